# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""Typed client for Shop, generated from its OpenAPI description."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

# -- The module-level client -------------------------------------------------------------
# `shopclient.api_key = "..."`, then `shopclient.chat.completions.create(...)` as with the
# official package, or `shopclient.ChatCompletion.create(...)` as before its 1.0. Each call
# reads these settings again (`_module_client`); None means: from the environment.

from collections.abc import Callable as _Callable, Mapping as _Mapping

import httpx as _httpx

from . import _module_client
from ._legacy import (
    Audio as Audio,
    ChatCompletion as ChatCompletion,
    Completion as Completion,
    Embedding as Embedding,
    FineTuningJob as FineTuningJob,
    Image as Image,
    Model as Model,
    Moderation as Moderation,
    error as error,
)
from ._lazy import lazy_submodules as _lazy_submodules

# The response models, parameter types and pages are imported on first use (`_lazy`):
# they are pydantic classes, and pydantic costs more to import than the rest together.
if TYPE_CHECKING:
    from . import models as models, params as params
    from ._pagination import (
        AsyncCursorPage as AsyncCursorPage,
        AsyncPage as AsyncPage,
        AsyncPaginator as AsyncPaginator,
        SyncCursorPage as SyncCursorPage,
        SyncPage as SyncPage,
    )
    from .resources.items import Items as _Items
    from .resources.files import Files as _Files
    from .resources.parts import Parts as _Parts
    from .resources.ping import Ping as _Ping
else:
    __getattr__ = _lazy_submodules(
        __name__,
        frozenset({"models", "params"}),
        dict.fromkeys(
            ("AsyncCursorPage", "AsyncPage", "AsyncPaginator", "SyncCursorPage", "SyncPage"), "_pagination"
        ),
    )

api_key: str | None = None
organization: str | None = None
project: str | None = None
base_url: str | _httpx.URL | None = None
timeout: float | _httpx.Timeout | None = _module_client.DEFAULT_TIMEOUT
max_retries: int = _module_client.DEFAULT_MAX_RETRIES
default_headers: _Mapping[str, str] | None = None
default_query: _Mapping[str, object] | None = None
http_client: _httpx.Client | None = None
# Azure: api_type "azure" (or only Azure settings present) makes the client an AzureOpenAI.
api_type: str | None = None
api_version: str | None = None
azure_endpoint: str | None = None
azure_ad_token: str | None = None
azure_ad_token_provider: _Callable[[], str] | None = None
# The names before 1.0: `api_base` is `base_url` (the Azure endpoint when api_type is
# "azure"); `api_key_path` names a file holding the key.
api_base: str | None = None
api_key_path: str | None = None

items: _Items = _module_client.resource("items")
files: _Files = _module_client.resource("files")
parts: _Parts = _module_client.resource("parts")
ping: _Ping = _module_client.resource("ping")
