"""Curation: seeds -> annotations -> parsed records -> validated tables -> data/.

Needs the `validate` extra and the `build` dependency group (frictionless, pandera, pycountry, PyYAML, jsonschema). Imports are lazy,
so drafting can use the annotation schemas without loading pandas, pandera or frictionless.
"""

from uk_iraq_security.errors import BuildError

__all__ = ["BuildError", "build"]


def __getattr__(name: str):
    if name == "build":
        from .pipeline import build

        return build
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
