"""Helpers shared by the command-line sub-commands."""

from ..core.base.errors import SlimStadError


class CliError(SlimStadError):
    """A problem the user can fix; printed as one line, exit code 2 unless given."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
