# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""Typed client for 'Split', generated from its OpenAPI description."""

from . import models, params
from ._client import AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from ._response import APIResponse, AsyncAPIResponse, BinaryResponse
from ._files import FileTypes
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven, Omit, omit
from ._version import __title__, __version__

__all__ = [
    "OpenAI",
    "AsyncOpenAI",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
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
    "Stream",
    "AsyncStream",
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "AsyncPaginator",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryResponse",
    "FileTypes",
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "omit",
    "models",
    "params",
    "__title__",
    "__version__",
]
