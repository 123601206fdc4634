"""The one error a release raises: it names the file and what to do."""


class ReleaseError(Exception):
    """The release could not be built or is not valid; dist/ was left as it was."""
