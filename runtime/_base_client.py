"""All HTTP mechanics of a client: configuration, requests, retries, parsing.

Generated resource methods only gather their arguments into a `Call` with
`build_call` and hand it to `request`, `stream` or `page`; everything that
touches the network is here, once for sync and once for async.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote

import anyio
import httpx
import pydantic
from pydantic_core import to_json

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OpenAIError,
    make_status_error,
)
from ._retries import retry_delay, should_retry
from ._streaming import AsyncStream, Stream
from ._transforms import Transform
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, Timeout
from ._version import __title__, __version__

__all__ = ["Call", "SyncAPIClient", "AsyncAPIClient", "SyncAPIResource", "AsyncAPIResource"]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)


@dataclass
class Call:
    """One API call, ready to send (and to send again on a retry)."""

    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str | Omit]
    body: dict[str, Any] | None
    timeout: Timeout | NotGiven
    transform: Transform | None = None
    transform_state: dict[str, Any] = field(default_factory=dict)


def _fill_path(route: str, path: Mapping[str, object] | None) -> str:
    if not path:
        return route
    values = {}
    for name, value in path.items():
        text = str(value)
        if not text:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        if text in (".", ".."):
            # A dot segment would be resolved away and send the call to another path.
            raise ValueError(f"`{name}` cannot be {value!r}")
        values[name] = quote(text, safe="")
    return route.format_map(values)


class BaseClient:
    """Configuration and the parts of a call that do no I/O."""

    default_base_url: ClassVar[str] = ""

    api_key: str
    organization: str | None
    project: str | None
    max_retries: int
    timeout: Timeout

    def __init__(
        self,
        *,
        api_key: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise OpenAIError(
                "No API key: pass api_key=... to the client or set the OPENAI_API_KEY environment variable."
            )
        self.api_key = api_key
        self.organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        self.project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL") or self.default_base_url
        url = httpx.URL(str(base_url))
        # Relative routes are appended to the base path, never replace it.
        self.base_url = url if url.raw_path.endswith(b"/") else url.copy_with(raw_path=url.raw_path + b"/")
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    @property
    def default_headers(self) -> dict[str, str | Omit]:
        headers: dict[str, str | Omit] = {
            "Accept": "application/json",
            "User-Agent": f"{__title__}/Python {__version__}",
            **self.auth_headers,
        }
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return _merge_headers(headers, self._default_headers)

    def build_call(
        self,
        method: str,
        route: str,
        *,
        path: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
        transform: Transform | None = None,
    ) -> Call:
        params = {**self._default_query}
        if query:
            params.update((k, v) for k, v in query.items() if not isinstance(v, NotGiven))
        if extra_query:
            params.update(extra_query)
        call_headers = _merge_headers(
            {k: str(v) for k, v in (headers or {}).items() if not isinstance(v, (NotGiven, type(None)))},
            extra_headers or {},
        )
        json_body: dict[str, Any] | None = None
        if body is not None or extra_body:
            json_body = {k: v for k, v in (body or {}).items() if not isinstance(v, NotGiven)}
            if extra_body:
                json_body.update(extra_body)
        call = Call(
            method.upper(), _fill_path(route, path).lstrip("/"), params, call_headers, json_body, timeout
        )
        if transform is not None and json_body is not None:
            call.transform = transform
            call.transform_state = transform.prepare(json_body)
        return call

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: Call, retries_taken: int
    ) -> httpx.Request:
        headers = _merge_headers(self.default_headers, call.headers)
        if retries_taken:
            headers["x-stainless-retry-count"] = str(retries_taken)
        content: bytes | None = None
        if call.body is not None:
            if not _has_header(headers, "Content-Type"):
                headers["Content-Type"] = "application/json"
            content = to_json(call.body)
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else call.timeout
        return http.build_request(
            call.method,
            self.base_url.join(call.url),
            params={k: _query_value(v) for k, v in call.params.items()} or None,
            headers={k: v for k, v in headers.items() if not isinstance(v, Omit)},
            content=content,
            timeout=timeout if timeout is not None else httpx.Timeout(None),
        )

    def _parse(self, response: httpx.Response, call: Call, cast_to: type[T]) -> T:
        try:
            if call.transform is None:
                return _adapter(cast_to).validate_json(response.content)
            data = call.transform.finish(json.loads(response.content), call.transform_state)
            result = _adapter(cast_to).validate_python(data)
            call.transform.restore(result, call.transform_state)
            return result
        except (pydantic.ValidationError, ValueError) as exc:
            raise APIResponseValidationError(
                response, _body_of(response), message=f"The response does not match {_name(cast_to)}: {exc}"
            ) from None

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        return make_status_error(response, _body_of(response))

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        return retry_delay(retries_taken, response)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.Client(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True)

    def _send(self, call: Call, *, stream: bool = False) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build_request(self._http, call, retries_taken)
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if retries_taken < self.max_retries:
                    time.sleep(self._retry_delay(retries_taken, None))
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < self.max_retries:
                    time.sleep(self._retry_delay(retries_taken, None))
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from exc
            if response.is_success:
                return response
            if retries_taken < self.max_retries and should_retry(response):
                response.close()
                time.sleep(self._retry_delay(retries_taken, response))
                retries_taken += 1
                continue
            if stream:
                response.read()
                response.close()
            raise self._status_error(response)

    def request(self, call: Call, cast_to: type[T]) -> T:
        return self._parse(self._send(call), call, cast_to)

    def request_no_content(self, call: Call) -> None:
        self._send(call)

    def page(self, call: Call, page_type: type[T]) -> T:
        return self.request(call, page_type)

    def stream(self, call: Call, chunk_type: type[T]) -> Stream[T]:
        if not _has_header(call.headers, "Accept"):
            call.headers["Accept"] = "text/event-stream"
        return Stream(self._send(call, stream=True), chunk_type)

    def close(self) -> None:
        self._http.close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True)

    async def _send(self, call: Call, *, stream: bool = False) -> httpx.Response:
        retries_taken = 0
        while True:
            request = self._build_request(self._http, call, retries_taken)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if retries_taken < self.max_retries:
                    await anyio.sleep(self._retry_delay(retries_taken, None))
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if retries_taken < self.max_retries:
                    await anyio.sleep(self._retry_delay(retries_taken, None))
                    retries_taken += 1
                    continue
                raise APIConnectionError(request=request) from exc
            if response.is_success:
                return response
            if retries_taken < self.max_retries and should_retry(response):
                await response.aclose()
                await anyio.sleep(self._retry_delay(retries_taken, response))
                retries_taken += 1
                continue
            if stream:
                await response.aread()
                await response.aclose()
            raise self._status_error(response)

    async def request(self, call: Call, cast_to: type[T]) -> T:
        return self._parse(await self._send(call), call, cast_to)

    async def request_no_content(self, call: Call) -> None:
        await self._send(call)

    async def stream(self, call: Call, chunk_type: type[T]) -> AsyncStream[T]:
        if not _has_header(call.headers, "Accept"):
            call.headers["Accept"] = "text/event-stream"
        return AsyncStream(await self._send(call, stream=True), chunk_type)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(cast_to: type[T]) -> pydantic.TypeAdapter[T]:
    adapter = _ADAPTERS.get(cast_to)
    if adapter is None:
        adapter = _ADAPTERS[cast_to] = pydantic.TypeAdapter(cast_to)
    return adapter


def _name(cast_to: Any) -> str:
    return getattr(cast_to, "__name__", str(cast_to))


def _body_of(response: httpx.Response) -> object | None:
    try:
        body: object = response.json()
        return body
    except (ValueError, httpx.ResponseNotRead):
        return response.text or None


def _merge_headers(*layers: Mapping[str, str | Omit]) -> dict[str, str | Omit]:
    """Later layers win. Header names are case-insensitive, so `authorization` in
    `extra_headers` replaces the client's `Authorization` rather than adding a second one."""
    merged: dict[str, tuple[str, str | Omit]] = {}
    for layer in layers:
        for name, value in layer.items():
            merged[name.lower()] = (name, value)
    return dict(merged.values())


def _has_header(headers: Mapping[str, object], name: str) -> bool:
    wanted = name.lower()
    return any(key.lower() == wanted for key in headers)


def _query_value(value: object) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
