"""Text parsers shared by the build and the drafting tool (standard library only)."""

from .errors import ParseError
from .money import Money, parse_money
from .numbers import Quantity, parse_number, parse_quantity
from .periods import Period, parse_period

__all__ = [
    "Money", "ParseError", "Period", "Quantity",
    "parse_money", "parse_number", "parse_period", "parse_quantity",
]
