"""The exceptions a client raises, in one hierarchy.

    OpenAIError
    └── APIError
        ├── APIStatusError                 the server answered 4xx or 5xx
        │   ├── BadRequestError            400
        │   ├── AuthenticationError        401
        │   ├── PermissionDeniedError      403
        │   ├── NotFoundError              404
        │   ├── ConflictError              409
        │   ├── UnprocessableEntityError   422
        │   ├── RateLimitError             429
        │   └── InternalServerError        >= 500
        ├── APIConnectionError             no answer
        │   └── APITimeoutError
        └── APIResponseValidationError     an answer that does not fit its model

Messages come from the server's error body; no message or repr includes
request headers, so an API key cannot leak through an exception.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "make_status_error",
]


class OpenAIError(Exception):
    pass


class APIError(OpenAIError):
    message: str
    request: httpx.Request | None
    body: object | None
    code: str | None
    param: str | None
    type: str | None

    def __init__(self, message: str, request: httpx.Request | None, *, body: object | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        error = body if isinstance(body, dict) else {}
        self.code = _text(error.get("code"))
        self.param = _text(error.get("param"))
        self.type = _text(error.get("type"))


class APIStatusError(APIError):
    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: httpx.Request | None) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request | None) -> None:
        super().__init__(message="Request timed out.", request=request)


class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(
            message or "The response does not match the expected model.", response.request, body=body
        )
        self.response = response
        self.status_code = response.status_code


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response, body: object | None) -> APIStatusError:
    """The exception for an error response, its message taken from the body."""
    error = body.get("error", body) if isinstance(body, dict) else body
    message = error.get("message") if isinstance(error, dict) else None
    if not isinstance(message, str) or not message:
        message = f"Error code: {response.status_code}"
        if isinstance(body, str) and body:
            message += f" - {body[:500]}"
    else:
        message = f"Error code: {response.status_code} - {message}"
    if response.status_code >= 500:
        cls: type[APIStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(response.status_code, APIStatusError)
    return cls(message, response=response, body=error if isinstance(error, dict) else body)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None if value is None else str(value)
