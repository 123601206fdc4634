"""Which URLs may lead out of the dataset: http(s) ones with a host, nothing else. The explorer links no
other (a ``javascript:``, ``data:`` or ``file:`` link runs script or opens local files when clicked), and
``validate`` refuses a descriptor that names one. Standard library only."""

from __future__ import annotations

from urllib.parse import urlsplit

from .dataset_paths import shown

# descriptor keys whose value is a URL, and lists whose items' `path` is a URL rather than a file of the package
URL_KEYS = frozenset({"homepage", "$schema", "url", "image"})
LINK_LISTS = frozenset({"licenses", "sources", "contributors"})


def web_url(value: object) -> bool:
    """True for an http(s) URL with a host and no whitespace or control characters."""
    if not isinstance(value, str) or not value.isprintable() or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def url_problems(descriptor: object, where: str = "datapackage.json") -> list[str]:
    """Each URL of a descriptor (homepage, $schema, url, image, and the `path` of licenses, sources and
    contributors, at any depth) that is not an http(s) URL."""
    out: list[str] = []
    todo: list[tuple[str, object]] = [("", descriptor)]  # a stack, not recursion: the JSON may nest deeply
    while todo:
        at, node = todo.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            here = f"{at}[{key}]" if isinstance(key, int) else f"{at}.{key}" if at else str(key)
            urls = [(here, value)] if key in URL_KEYS else []
            if key in LINK_LISTS and isinstance(value, list):
                urls += [(f"{here}[{i}].path", item["path"]) for i, item in enumerate(value)
                         if isinstance(item, dict) and "path" in item]
            out += [f"{where}: {field} is {shown(url)}; expected an http(s) URL (a link of another kind, such as "
                    "javascript:, data: or file:, can run script or open local files when clicked)"
                    for field, url in urls if not web_url(url)]
            todo.append((here, value))
    return sorted(out)
