"""The network layer's errors: one type per way a request or its answer can fail.

Every message is translated, names the URL without credentials and, where the server said something, its own
words. Raised by network.py (transfers) and answers.py (documents); import them from either.
"""

from .errors import SlimStadError


class NetworkError(SlimStadError):
    """Base class: a request failed. ``url`` never contains credentials."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class NetworkTimeoutError(NetworkError):
    """No complete answer within the deadline."""


class HostUnreachableError(NetworkError):
    """DNS failure, connection refused, no connection within the deadline, network down, or remembered so."""


class HttpStatusError(NetworkError):
    """The server answered with an HTTP error status; ``server_message`` is what its error page says."""

    def __init__(self, message: str, url: str = "", status: int = 0, server_message: str = "") -> None:
        super().__init__(message, url)
        self.status = status
        self.server_message = server_message


class AuthenticationError(HttpStatusError):
    """401/403, or the authcfg could not be applied: wrong or missing credentials."""


class BadPayloadError(NetworkError):
    """The answer arrived but is not what was asked for (cut off, not XML/JSON, an error document)."""


class AnswerTooLargeError(BadPayloadError):
    """The answer is larger than the configured limit; the transfer was stopped."""


class UnsupportedUrlError(NetworkError):
    """Only http and https URLs are fetched."""


class ServiceReportedError(BadPayloadError):
    """The server answered with an error document (whatever the HTTP status); ``server_message`` is its text."""

    def __init__(self, message: str, url: str = "", server_message: str = "") -> None:
        super().__init__(message, url)
        self.server_message = server_message


class WrongDocumentError(BadPayloadError):
    """A readable answer, but not the kind of document that was asked for."""
