"""The explorer's error: a clear message naming the folder, table or record that is wrong."""

from __future__ import annotations

from ..errors import UkIraqSecurityError


class SiteError(UkIraqSecurityError, ValueError):
    """The site cannot be written: a bad output folder, an unsafe record id, or inconsistent data."""
