"""TikTok Open API failures as typed errors.

000 and 001 document one status: 401 (the access token expired after its 24 hours, or the
player revoked it) means "ask the game to sign in again"; any other answer than 200 is a
failure. The token endpoint follows "the standard OAuth2.0 protocol" (000), so its error codes
are RFC 6749's (`invalid_grant`: the code is used or expired; `invalid_client`: the key or
secret is wrong). Every other code TikTok sends is kept as text in `code`, not guessed at.
"""

from __future__ import annotations


class OpenAPIError(Exception):
    """A call to TikTok's Open API that did not succeed."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "",
                 log_id: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status  # the HTTP status, None when no answer came
        self.code = code  # TikTok's error code text, "" when it gave none
        self.log_id = log_id  # TikTok's log id, for its support

    def __str__(self) -> str:
        parts = [self.message]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.code:
            parts.append(f"code {self.code}")
        if self.log_id:
            parts.append(f"log_id {self.log_id}")
        return " — ".join(parts)


class NoAnswerError(OpenAPIError):
    """No answer: the connection failed or timed out (after the retries that were safe)."""


class ResponseFormatError(OpenAPIError):
    """An answer pyminis cannot read (not JSON, or a required field missing)."""


class SignInAgainError(OpenAPIError):
    """The player must sign in again (tt.login / tt.authorize) before this works: HTTP 401
    (000/001), or the login code is used or expired (OAuth `invalid_grant`)."""


class ClientCredentialsError(OpenAPIError):
    """TikTok refused the client key or secret (OAuth `invalid_client`): check the server's
    TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET."""


class RateLimitedError(OpenAPIError):
    """HTTP 429: too many calls; `retry_after` seconds when TikTok said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServiceError(OpenAPIError):
    """HTTP 5xx: TikTok failed; try again later."""


class RequestRejectedError(OpenAPIError):
    """Any other refusal (a 4xx, or an error code in a 200 answer)."""


class NotDocumentedError(OpenAPIError):
    """A call whose endpoint the platform documents do not give (configure it first)."""
