"""The Jinja2 side of the explorer: the templates (templates/*.html, autoescaped), the stylesheet
(style.css) and the one script (templates/filter.js, inlined in the table pages).

Jinja2 is the optional extra `site`; it is imported on the first page rendered, and without it the
explorer raises MissingExtraError saying what to install.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import MissingExtraError

STYLESHEET = "style.css"


@dataclass(frozen=True)
class Link:
    """A link for a template to draw (`value` in macros.html); href and text are escaped there."""
    href: str
    text: str


@lru_cache(maxsize=1)
def environment():
    try:
        import jinja2
    except ImportError as e:
        raise MissingExtraError("the explorer", "site", e.name) from e
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(__package__, "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the build instead of vanishing
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        finalize=lambda v: "" if v is None else v,  # a missing text is empty, not "None"
    )
    env.tests["link"] = lambda v: isinstance(v, Link)
    return env


def render(template: str, **context) -> bytes:
    return environment().get_template(template).render(**context).encode("utf-8")


def stylesheet() -> bytes:
    return files(__package__).joinpath(STYLESHEET).read_text(encoding="utf-8").encode("utf-8")
