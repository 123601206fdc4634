"""The YAML loader for curated files: PyYAML's safe loader, stricter. It refuses what would let a
file say something other than what a reader sees in it:

- a key given twice in one mapping (PyYAML keeps the last one silently);
- anchors, aliases and merge keys (a billion-laughs bomb; values copied out of sight);
- explicit tags (``!!python/object``, ``!custom``): curated files hold plain data only;
- a key that is not text (`5:`, `yes:`, `~:`);
- control and invisible characters (textspans.control_character, invisible_character) and text that
  is not UTF-8 (curated_text refuses them where YAML escapes write them).

Errors are BuildErrors naming the file, the line and the key or character.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent

from ..textspans import refuse_control_characters
from .errors import BuildError


class _Refused(Exception):
    def __init__(self, mark, message: str):
        super().__init__(message)
        self.line = mark.line + 1 if mark is not None else None
        self.message = message


# libyaml's parser where PyYAML was built with it (its wheels are): about ten times faster than the
# pure-Python one, and it composes nodes in C, so what a curated file may not hold is refused from
# its events first (_refuse_events), the same way for both parsers.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 64  # curated files nest a few levels; a deeper file is refused before it is composed


def _refuse_events(text: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_BASE):
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor is not None):
            raise _Refused(event.start_mark, "uses a YAML anchor or alias (&name, *name): curated files write "
                                             "every value out")
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":  # "!" is just a quoted scalar's non-specific tag
            raise _Refused(event.start_mark, f"has an explicit tag {tag!r}: curated files hold plain data, "
                                             "no tags (and never Python objects)")
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise RecursionError
        elif isinstance(event, CollectionEndEvent):
            depth -= 1


class StrictLoader(_BASE):
    """SafeLoader without duplicate keys or merge keys (anchors, aliases, tags and deep nesting are
    refused from the events before loading: _refuse_events)."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(key_node.start_mark, "uses a merge key '<<': write the keys out")
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):  # `5:`, `yes:`, `~:` or `2024-11-01:` would slip past the schemas
                raise _Refused(key_node.start_mark, f"has a key {key!r} ({type(key).__name__}) that is not text: "
                                                    "keys are names (quote it if it is one)")
            first = seen.get(key)
            if first is not None:
                raise _Refused(key_node.start_mark, f"key {key!r} is given twice in one mapping (first at line "
                                                    f"{first}); YAML would keep only the last: remove one")
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


_TOO_DEEP = "nests lists or mappings too deeply to be curated data"


def load_strict(data: bytes, rel: str):
    """Parse curated YAML bytes; raises BuildError naming `rel` and the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BuildError(rel, None, f"is not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})") from e
    refuse_control_characters(text.replace("\r\n", "\n"), rel, invisible=True)
    try:
        _refuse_events(text)
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506  (StrictLoader is a SafeLoader)
    except _Refused as e:
        raise BuildError(rel, f"line {e.line}", e.message) from None
    except yaml.YAMLError as e:
        if "maximum nesting depth" in str(e):  # libyaml's own limit, met before MAX_DEPTH's
            raise BuildError(rel, None, _TOO_DEEP) from None
        raise BuildError(rel, None, f"is not valid YAML: {e}") from e
    except RecursionError:
        raise BuildError(rel, None, _TOO_DEEP) from None


def read_strict(path: Path, rel: str):
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BuildError(rel, None, f"cannot read it: {e.strerror}") from e
    return load_strict(data, rel)
