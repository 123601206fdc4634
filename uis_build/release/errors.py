"""The one error a release raises: it names the file and what to do."""

from uk_iraq_security.errors import UkIraqSecurityError


class ReleaseError(UkIraqSecurityError):
    """The release could not be built or is not valid; dist/ was left as it was."""
