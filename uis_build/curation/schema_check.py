"""JSON Schema checks of curated files, with the two places where Python's jsonschema is laxer than the
schema means closed:

- "integer" is an int, never a float (jsonschema counts 2.0 as an integer, and `occurrence: 2.0` then
  failed as a list index) and never a bool;
- a pattern's final `$` is the end of the text (as in ECMA-262, which JSON Schema patterns follow), not
  Python's `$`, which also matches before a final newline: "GB\\n" no longer passes `^[A-Z]{2}$`.
"""

from __future__ import annotations

import re
from functools import cache

import jsonschema
from jsonschema import ValidationError


def _is_integer(checker, instance) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


@cache
def _python_pattern(pattern: str) -> re.Pattern:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not _python_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


StrictValidator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    validators={"pattern": _pattern},
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


def schema_errors(doc, schema: dict) -> list[ValidationError]:
    """Every way `doc` breaks `schema`, the one nearest the top of the file first."""
    return sorted(StrictValidator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
