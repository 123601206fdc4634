"""Build the dataset from a checkout: seeds -> annotations -> parsed records -> validated tables -> data/.

Needs the `build` extra (frictionless, pandera, pycountry, PyYAML, jsonschema).
"""

from .errors import BuildError
from .pipeline import build

__all__ = ["BuildError", "build"]
