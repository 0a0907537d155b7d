"""All HTTP mechanics of a client: configuration, requests, retries, parsing.

Generated resource methods only gather their arguments into a `Call` with
`build_call` and hand it to `request`, `stream` or `page`; everything that
touches the network is here, once for sync and once for async.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NamedTuple, Self, TypeVar, cast, overload
from urllib.parse import quote

import anyio
import httpx

from ._files import multipart_fields, to_multipart
from ._headers import header_value
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    OpenAIError,
    make_status_error,
)
from ._response import RESPONSE_MODE, APIResponse, AsyncAPIResponse, BinaryResponse
from ._logs import (
    log_error,
    log_outcome,
    log_request,
    log_response,
    log_retry,
    requests_logged,
    responses_logged,
    setup_logging,
)
from ._retries import TRANSPORT_ERRORS, is_retryable_error, retry_delay, should_retry
from ._streaming import AsyncStream, Stream
from ._sync_transport import LazyTLSTransport
from ._transforms import Transform
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, Timeout
from ._version import __title__, __version__

if TYPE_CHECKING:
    import pydantic

    # The module imports aiohttp: only a client built without `http_client` loads it.
    from ._aiohttp_transport import PlainAnswer, PlainRequest

__all__ = ["Call", "SyncAPIClient", "AsyncAPIClient", "SyncAPIResource", "AsyncAPIResource"]

T = TypeVar("T")
PageT = TypeVar("PageT")

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
# `timeout=None`: one object for all such calls, which HTTP clients may recognise by identity.
_NO_TIMEOUT = httpx.Timeout(None)


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
    # The operation answers plain text for some arguments (e.g. a transcript as srt).
    accept_text: bool = False
    # A multipart body: form fields and file parts (then `body` is None).
    form: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, Any]] | None = None
    # A form-encoded body is `form` with `files` None and this set.
    form_encoded: bool = False
    # A body sent as it is (text or bytes, its Content-Type in `headers`).
    content: bytes | None = None
    # Retries for this call alone; None: the client's `max_retries`.
    max_retries: int | None = None
    # How the document says each array or object query parameter is written (see
    # `_query_pairs`); names not here (extra_query, default_query) get the official
    # client's spelling.
    query_styles: Mapping[str, str] = field(default_factory=dict)


class _Pydantic(NamedTuple):
    to_json: Callable[[Any], bytes]
    ValidationError: type[Exception]
    BaseModel: type[pydantic.BaseModel]
    type_adapter: Callable[[Any], pydantic.TypeAdapter[Any]]
    json_validator: Callable[[Any], tuple[Callable[[bytes], Any], bool]]


@functools.cache
def _pydantic() -> _Pydantic:
    """What the clients use of pydantic on every call: imported with the first call, not
    with the package, then kept (an import statement costs about a microsecond a call)."""
    from pydantic import ValidationError
    from pydantic_core import to_json

    from ._models import BaseModel, json_validator, type_adapter

    return _Pydantic(to_json, ValidationError, BaseModel, type_adapter, json_validator)


def _encode_content(content: object, content_type: str | None) -> bytes:
    """A body sent whole: JSON of any value for a JSON media type, else text or bytes."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return _pydantic().to_json(content)
    if isinstance(content, str):
        return content.encode("utf-8")
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content)
    raise TypeError(f"a {content_type} body must be str or bytes, not {type(content).__name__}")


_PATH_TEMPLATE = re.compile(r"\{([^{}]*)\}")


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
    # Not str.format: a parameter name may hold `.` or `[` (`{user.id}`), which it reads as lookups.
    return _PATH_TEMPLATE.sub(lambda match: values.get(match.group(1), match.group(0)), route)


class BaseClient:
    """Configuration and the parts of a call that do no I/O."""

    default_base_url: ClassVar[str] = ""

    # The key when it is a string; "" when it comes from a callable, asked per request.
    api_key: str
    organization: str | None
    project: str | None
    max_retries: int
    timeout: Timeout

    def __init__(
        self,
        *,
        api_key: str | Callable[[], object] | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        api_key = self._api_key_or_default(api_key)
        self._api_key_provider: Callable[[], object] | None = None
        if callable(api_key):
            # Asked again before every request, so a rotated key is used at once.
            self.api_key = ""
            self._api_key_provider = api_key
        else:
            self.api_key = api_key or ""
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
        self._headers_cache: dict[tuple[Any, ...], dict[str, str]] = {}
        # Where each route goes: joining URLs (about 27 us) is a large share of a call's own time.
        self._urls: dict[str, httpx.URL] = {}
        self._urls_base = self.base_url

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    # -- credentials ---------------------------------------------------------------

    def _api_key_or_default(
        self, api_key: str | Callable[[], object] | None
    ) -> str | Callable[[], object] | None:
        """The key to use: the argument, else OPENAI_API_KEY; without either, an error."""
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise OpenAIError(
                "No API key: pass api_key=... to the client or set the OPENAI_API_KEY environment variable."
            )
        return api_key

    def _credential(self) -> str | Callable[[], object]:
        """What authenticates a request: a fixed secret, or a callable asked before each one."""
        return self._api_key_provider if self._api_key_provider is not None else self.api_key

    def _auth_headers_for(self, secret: str) -> dict[str, str]:
        """The headers that carry `secret`."""
        return {"Authorization": f"Bearer {secret}"}

    def _checked_secret(self, value: object) -> str:
        """What a credential callable returned, if it is a non-empty string. The value is
        never put in the message: it may well be a key."""
        if isinstance(value, str) and value:
            return str.__str__(value)
        raise OpenAIError(f"The api_key callable must return a non-empty string, not {_kind(value)}.")

    @property
    def auth_headers(self) -> dict[str, str]:
        """The headers of a fixed credential; empty for a callable, which is only asked when sending."""
        credential = self._credential()
        if callable(credential) or not credential:
            return {}
        return self._auth_headers_for(credential)

    @property
    def default_headers(self) -> dict[str, str | Omit]:
        return self._headers_with(self.auth_headers)

    def _headers_with(self, auth: Mapping[str, str]) -> dict[str, str | Omit]:
        """The client's own headers around the credentials `auth`; `default_headers` win."""
        headers: dict[str, str | Omit] = {
            "Accept": "application/json",
            "User-Agent": f"{__title__}/Python {__version__}",
            **auth,
        }
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return _merge_headers(headers, self._default_headers)

    def _url_for(self, call: Call) -> httpx.URL:
        """Where `call` is sent: its route under the base URL."""
        if self._urls_base is not self.base_url:  # the base URL was set anew
            self._urls, self._urls_base = {}, self.base_url
        url = self._urls.get(call.url)
        if url is None:
            url = self.base_url.join(call.url)
            if len(self._urls) < _URL_CACHE_SIZE:
                self._urls[call.url] = url
        return url

    def _copy_options(
        self,
        *,
        organization: str | None,
        project: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        set_default_query: Mapping[str, object] | None,
    ) -> dict[str, Any]:
        """Constructor arguments for `with_options`: this client's settings, overridden by
        the ones given. `default_*` merge into the client's; `set_default_*` replace them."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Pass default_headers (merged) or set_default_headers (replacing), not both.")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Pass default_query (merged) or set_default_query (replacing), not both.")
        if set_default_headers is not None:
            headers = dict(set_default_headers)
        else:
            # Later names win case-insensitively when sent: a new `x-team` replaces `X-Team`.
            headers = {**self._default_headers, **(default_headers or {})}
        if set_default_query is not None:
            query = dict(set_default_query)
        else:
            query = {**self._default_query, **(default_query or {})}
        return {
            "organization": self.organization if organization is None else organization,
            "project": self.project if project is None else project,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": headers,
            "default_query": query,
        }

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
        multipart: bool = False,
        accept_text: bool = False,
        accept: str | None = None,
        form: bool = False,
        content: object = None,
        content_type: str | None = None,
        query_styles: Mapping[str, str] | None = None,
    ) -> Call:
        params = {**self._default_query}
        if query:
            params.update((k, v) for k, v in query.items() if v is not NOT_GIVEN)
        if extra_query:
            params.update(extra_query)
        call_headers: dict[str, str | Omit] = {}
        if headers or extra_headers:  # most calls have neither
            call_headers = _merge_headers(
                {k: str(v) for k, v in (headers or {}).items() if not isinstance(v, (NotGiven, type(None)))},
                extra_headers or {},
            )
        json_body: dict[str, Any] | None = None
        if body is not None or extra_body:
            # NotGiven is a singleton: comparing identity costs less than isinstance, per argument.
            json_body = {k: v for k, v in (body or {}).items() if v is not NOT_GIVEN}
            if extra_body:
                json_body.update(extra_body)
        call = Call(
            method.upper(), _fill_path(route, path).lstrip("/"), params, call_headers, json_body, timeout
        )
        if transform is not None and json_body is not None:
            state = transform.prepare(json_body)
            if state is not None:  # None: this call's answer is validated as it comes
                call.transform, call.transform_state = transform, state
        call.accept_text = accept_text
        if query_styles:
            call.query_styles = query_styles
        if accept is not None and not _has_header(call.headers, "Accept"):
            # A binary answer is asked for by its media type, as the official client does.
            call.headers["Accept"] = accept
        if multipart and json_body is not None:
            # Encoded once, file contents read, so a retry sends the same bytes.
            call.form, call.files = to_multipart(json_body)
            call.body = None
        elif form and json_body is not None:
            # application/x-www-form-urlencoded, named as multipart fields are.
            call.form, _ = to_multipart(json_body)
            call.form_encoded, call.body = True, None
        if content is not None and not isinstance(content, NotGiven):
            call.content = _encode_content(content, content_type)
            if content_type is not None and not _has_header(call.headers, "Content-Type"):
                call.headers["Content-Type"] = content_type
        return call

    def _attempt_headers(self, call: Call, retries_taken: int, auth: Mapping[str, str]) -> dict[str, str]:
        """The headers of one attempt at `call`, with the credentials `auth`: the client's,
        the call's, the retry count, and the Content-Type of a JSON body. They repeat from
        call to call, so they are kept; the same object each time also lets an HTTP client
        keep what it derives from them. Callers must not change the dict."""
        key = (
            tuple(auth.items()),
            tuple(call.headers.items()),
            retries_taken,
            call.body is not None,
            self.organization,
            self.project,
        )
        headers = self._headers_cache.get(key)
        if headers is None:
            merged = _merge_headers(self._headers_with(auth), call.headers)
            if retries_taken:
                merged["x-stainless-retry-count"] = str(retries_taken)
            if call.body is not None and not _has_header(merged, "Content-Type"):
                merged["Content-Type"] = "application/json"
            headers = {k: v for k, v in merged.items() if not isinstance(v, Omit)}
            if len(self._headers_cache) >= 64:
                self._headers_cache.clear()
            self._headers_cache[key] = headers
        return headers

    def _timeout_for(self, call: Call) -> httpx.Timeout | float:
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else call.timeout
        return _NO_TIMEOUT if timeout is None else timeout

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        call: Call,
        retries_taken: int,
        auth: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        # `auth`: the credentials asked for this attempt (else the client's fixed ones).
        headers = self._attempt_headers(call, retries_taken, self.auth_headers if auth is None else auth)
        content: bytes | None = None
        form: dict[str, list[str]] | None = None
        if call.body is not None:
            content = _pydantic().to_json(call.body)
        elif call.files == [] and not call.form_encoded:
            headers = _without_content_type(headers)
            content, headers["Content-Type"] = multipart_fields(call.form)
        elif call.files is not None or call.form_encoded:
            # httpx writes the Content-Type (multipart with its boundary, or form-encoded).
            headers = _without_content_type(headers)
            form = {}
            for name, value in call.form:
                form.setdefault(name, []).append(value)
        elif call.content is not None:
            content = call.content
        url = self._url_for(call)
        return http.build_request(
            call.method,
            url,
            params=_query_pairs(call.params, call.query_styles) or None,
            headers=headers,
            content=content,
            data=form,
            files=call.files or ([] if call.files is not None else None),
            timeout=self._timeout_for(call),
            # Where the credentials may go; see `_drop_credentials_off_origin`.
            extensions={_CREDENTIALS_ORIGIN: _origin(url)},
        )

    def _parse(self, response: httpx.Response, call: Call, cast_to: type[T]) -> T:
        if cast_to is BinaryResponse:
            return BinaryResponse(response)  # type: ignore[return-value]
        response.read()
        if cast_to is str or (call.accept_text and not _is_json(response)):
            return response.text  # type: ignore[return-value]
        return self._validated(response, call, cast_to)

    def _validated(self, answer: httpx.Response | PlainAnswer, call: Call, cast_to: type[T]) -> T:
        """The JSON body of `answer` (read whole) as `cast_to`."""
        parts = _pydantic()
        content = answer.content
        validate_json, is_model = parts.json_validator(cast_to)
        try:
            if call.transform is None:
                result = validate_json(content)
            else:
                data = call.transform.finish(json.loads(content), call.transform_state)
                result = parts.type_adapter(cast_to).validate_python(data)
                call.transform.restore(result, call.transform_state)
        except (parts.ValidationError, ValueError) as exc:
            response = answer if isinstance(answer, httpx.Response) else answer.response()
            raise APIResponseValidationError(
                response, _body_of(response), message=f"The response does not match {_name(cast_to)}: {exc}"
            ) from None
        if is_model or isinstance(result, parts.BaseModel):  # a union's member may be one
            request_id = (
                header_value(answer.headers, b"x-request-id")
                if isinstance(answer, httpx.Response)
                else answer.header("x-request-id")
            )
            object.__setattr__(result, "_request_id", request_id)
        return cast(T, result)

    def _parse_page(self, response: httpx.Response, call: Call, page_type: type[PageT]) -> PageT:
        return self._bound(self._parse(response, call, page_type), call)

    def _bound(self, page: PageT, call: Call) -> PageT:
        from ._pagination import BasePage

        if isinstance(page, BasePage):
            # So that the page can ask for the next one the same way.
            page._bind(self, call)
        return page

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        return make_status_error(response, _body_of(response))

    def _retry_delay(self, retries_taken: int, response: httpx.Response | None) -> float:
        return retry_delay(retries_taken, response)

    def _max_retries_for(self, call: Call) -> int:
        return self.max_retries if call.max_retries is None else call.max_retries

    def _connection_error(self, request: httpx.Request, error: BaseException) -> APIConnectionError:
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(request)
        return APIConnectionError(request=request)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(**options)
        setup_logging()
        self._http = http_client or httpx.Client(
            transport=LazyTLSTransport(limits=DEFAULT_CONNECTION_LIMITS), follow_redirects=True
        )
        _guard_redirects(self._http)

    def with_options(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
    ) -> Self:
        """A copy of this client with the given settings changed. It shares this client's
        connection pool unless `http_client` is given (closing either closes the pool).
        `default_headers`/`default_query` merge into the current ones; `set_default_headers`/
        `set_default_query` replace them."""
        return self.__class__(
            api_key=api_key if api_key is not None else self._api_key_provider or self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            http_client=http_client or self._http,
            **self._copy_options(
                organization=organization,
                project=project,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
            ),
        )

    copy = with_options

    def _request_auth_headers(self) -> dict[str, str]:
        """The credentials for one attempt: a callable credential is asked every time."""
        credential = self._credential()
        if callable(credential):
            return self._auth_headers_for(self._checked_secret(credential()))
        return self._auth_headers_for(credential) if credential else {}

    def _send(self, call: Call, *, stream: bool = False) -> httpx.Response:
        """Send `call`, retried as `_retries` says. A streamed call is retried only
        until its response starts: once events flow, the caller has them.

        Only the HTTP layer's errors are caught; anything else, our own bugs and
        cancellation included, leaves at once, unretried and unwrapped. Every
        response not returned is closed first, so no attempt keeps a connection."""
        max_retries = self._max_retries_for(call)
        attempts = max_retries + 1
        started = time.monotonic()
        retries_taken = 0
        while True:
            request = self._build_request(self._http, call, retries_taken, self._request_auth_headers())
            attempt = retries_taken + 1
            log_request(request, attempt, attempts)
            sent = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except TRANSPORT_ERRORS as exc:
                log_error(request, exc, time.monotonic() - sent, attempt, attempts)
                if retries_taken < max_retries and is_retryable_error(exc):
                    delay = self._retry_delay(retries_taken, None)
                    log_retry(request, delay, attempt, max_retries, type(exc).__name__)
                    time.sleep(delay)
                    retries_taken += 1
                    continue
                if retries_taken:
                    log_outcome(
                        request, f"gave up ({type(exc).__name__})", attempt, time.monotonic() - started
                    )
                raise self._connection_error(request, exc) from exc
            log_response(response, time.monotonic() - sent, attempt, attempts)
            if response.is_success:
                if retries_taken:
                    log_outcome(request, "succeeded", attempt, time.monotonic() - started)
                return response
            if retries_taken < max_retries and should_retry(response):
                delay = self._retry_delay(retries_taken, response)
                _finish_error_response(response)
                log_retry(request, delay, attempt, max_retries, f"status {response.status_code}")
                time.sleep(delay)
                retries_taken += 1
                continue
            _finish_error_response(response)
            if retries_taken:
                log_outcome(
                    request, f"gave up (status {response.status_code})", attempt, time.monotonic() - started
                )
            raise self._status_error(response)

    def request(self, call: Call, cast_to: type[T]) -> T:
        return self._respond(call, lambda response: self._parse(response, call, cast_to))

    def request_any(self, call: Call, cast_to: object) -> Any:
        """As `request`, for a result type that is not a class (a union alias)."""
        return self.request(call, cast(Any, cast_to))

    def request_no_content(self, call: Call) -> None:
        self._respond(call, lambda response: None)

    def page(self, call: Call, page_type: type[PageT]) -> PageT:
        return self._respond(call, lambda response: self._parse_page(response, call, page_type))

    @overload
    def stream(self, call: Call, chunk_type: type[T], final_events: Iterable[str] = ()) -> Stream[T]: ...

    @overload
    def stream(self, call: Call, chunk_type: object, final_events: Iterable[str] = ()) -> Stream[Any]: ...

    def stream(self, call: Call, chunk_type: Any, final_events: Iterable[str] = ()) -> Stream[Any]:
        """The events of a stream; `chunk_type` may also be a union alias (typed `Stream[Any]`)."""
        if not _has_header(call.headers, "Accept"):
            call.headers["Accept"] = "text/event-stream"
        final = frozenset(final_events)
        return self._respond(call, lambda response: Stream(response, chunk_type, final), stream=True)

    def _respond(self, call: Call, parse: Callable[[httpx.Response], T], *, stream: bool = False) -> T:
        """Send and parse, or, inside `with_raw_response`/`with_streaming_response`,
        hand back the response with parsing deferred to `.parse()`."""
        mode = RESPONSE_MODE.get()
        if mode is None:
            response = self._send(call, stream=stream)
            try:
                return parse(response)
            except BaseException:
                # A parser that failed never took ownership of the response.
                response.close()
                raise
        response = self._send(call, stream=stream or mode == "streamed")
        return cast(T, APIResponse(response, parse))

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
        setup_logging()
        self._http = http_client or _default_async_http_client()
        _guard_redirects(self._http)
        # Our own aiohttp client builds a plain call's request by a shorter road than
        # `build_request` (None for any other HTTP client); see `_plain_request`.
        self._plain_builder: Callable[..., PlainRequest | None] | None = getattr(
            self._http, "build_plain_request", None
        )
        self._plain_sender: Callable[..., Awaitable[httpx.Response]] | None = getattr(
            self._http, "send_plain", None
        )
        # The same, for an answer read whole: a plain success (2xx, nothing to decode, no
        # cookie) comes without httpx's request and response; any other answer goes
        # through the finisher, which makes them and runs hooks, cookies and redirects.
        self._plain_finisher: Callable[[PlainRequest, Any], Awaitable[httpx.Response]] | None = getattr(
            self._http, "finish_plain", None
        )
        self._plain_fetcher: Callable[[PlainRequest], Awaitable[PlainAnswer | httpx.Response]] | None = (
            getattr(self._http, "fetch_plain", None) if self._plain_finisher is not None else None
        )
        self._origins: dict[int, tuple[httpx.URL, dict[str, Any]]] = {}
        # A route's URL with a query (Azure's api-version, a list's filters), by the route's
        # URL and the query's pairs: the same URL object each time, which the HTTP client
        # recognises by identity.
        self._queried: dict[tuple[int, tuple[tuple[str, type, Any], ...]], tuple[httpx.URL, httpx.URL]] = {}

    def with_options(
        self,
        *,
        api_key: str | Callable[[], str | Awaitable[str]] | None = None,
        organization: str | None = None,
        project: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> Self:
        """A copy of this client with the given settings changed. It shares this client's
        connection pool unless `http_client` is given (closing either closes the pool).
        `default_headers`/`default_query` merge into the current ones; `set_default_headers`/
        `set_default_query` replace them."""
        return self.__class__(
            api_key=api_key if api_key is not None else self._api_key_provider or self.api_key,
            base_url=base_url if base_url is not None else self.base_url,
            http_client=http_client or self._http,
            **self._copy_options(
                organization=organization,
                project=project,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                set_default_headers=set_default_headers,
                default_query=default_query,
                set_default_query=set_default_query,
            ),
        )

    copy = with_options

    async def _request_auth_headers(self) -> dict[str, str]:
        """The credentials for one attempt: a callable credential (sync or async) is asked every time."""
        credential = self._credential()
        if callable(credential):
            secret = credential()
            if inspect.isawaitable(secret):
                secret = await secret
            return self._auth_headers_for(self._checked_secret(secret))
        return self._auth_headers_for(credential) if credential else {}

    @overload
    async def _send(self, call: Call, *, stream: bool = False) -> httpx.Response: ...

    @overload
    async def _send(self, call: Call, *, whole: Literal[True]) -> httpx.Response | PlainAnswer: ...

    async def _send(
        self, call: Call, *, stream: bool = False, whole: bool = False
    ) -> httpx.Response | PlainAnswer:
        """As the sync client's `_send`. Cancellation (of the task, or of an anyio
        cancel scope) is never caught: it leaves at once, and httpx closes the
        connection of the attempt it interrupted. `whole`: the answer will be read whole
        and nothing is logged per response, so a plain success may come back as a
        `PlainAnswer` (our own aiohttp client only)."""
        max_retries = self._max_retries_for(call)
        attempts = max_retries + 1
        started = time.monotonic()
        retries_taken = 0
        while True:
            credential = self._credential()
            if callable(credential):
                auth = await self._request_auth_headers()
            else:
                # A fixed key: no need to go through a coroutine for it.
                auth = self._auth_headers_for(credential) if credential else {}
            plain = self._plain_request(call, retries_taken, auth)
            request: httpx.Request | None = None
            if plain is None:
                request = self._build_request(self._http, call, retries_taken, auth)
            elif requests_logged():
                request = plain.request()
            attempt = retries_taken + 1
            if request is not None:
                log_request(request, attempt, attempts)
            sent = time.monotonic()
            try:
                if plain is None:
                    assert request is not None
                    response = await self._http.send(request, stream=stream)
                elif whole and self._plain_fetcher is not None:
                    answer = await self._plain_fetcher(plain)
                    if not isinstance(answer, httpx.Response) and answer.plain_success:
                        if retries_taken and responses_logged():
                            log_outcome(plain.request(), "succeeded", attempt, time.monotonic() - started)
                        return answer
                    assert self._plain_finisher is not None
                    response = await self._plain_finisher(plain, answer)
                else:
                    assert self._plain_sender is not None
                    response = await self._plain_sender(plain, stream=stream)
            except TRANSPORT_ERRORS as exc:
                if request is None:
                    assert plain is not None
                    request = plain.request()
                log_error(request, exc, time.monotonic() - sent, attempt, attempts)
                if retries_taken < max_retries and is_retryable_error(exc):
                    delay = self._retry_delay(retries_taken, None)
                    log_retry(request, delay, attempt, max_retries, type(exc).__name__)
                    await anyio.sleep(delay)
                    retries_taken += 1
                    continue
                if retries_taken:
                    log_outcome(
                        request, f"gave up ({type(exc).__name__})", attempt, time.monotonic() - started
                    )
                raise self._connection_error(request, exc) from exc
            if request is None:
                request = response.request
            log_response(response, time.monotonic() - sent, attempt, attempts)
            if response.is_success:
                if retries_taken:
                    log_outcome(request, "succeeded", attempt, time.monotonic() - started)
                return response
            if retries_taken < max_retries and should_retry(response):
                delay = self._retry_delay(retries_taken, response)
                await _afinish_error_response(response)
                log_retry(request, delay, attempt, max_retries, f"status {response.status_code}")
                await anyio.sleep(delay)
                retries_taken += 1
                continue
            await _afinish_error_response(response)
            if retries_taken:
                log_outcome(
                    request, f"gave up (status {response.status_code})", attempt, time.monotonic() - started
                )
            raise self._status_error(response)

    def _plain_request(self, call: Call, retries_taken: int, auth: Mapping[str, str]) -> PlainRequest | None:
        """What `_build_request` builds, by a shorter road, for a call with a JSON body,
        bytes or nothing, when the HTTP client is our own aiohttp one and nobody else's
        hooks, auth or cookies are on it; None otherwise. It makes the `httpx.Request` only
        when asked for it."""
        build = self._plain_builder
        if build is None or call.files is not None or call.form_encoded:
            return None
        url = self._url_for(call)
        if call.params:
            queried = self._with_query(url, call)
            if queried is None:
                return None
            url = queried
        kept = self._origins.get(id(url))
        if kept is None or kept[0] is not url:
            # The URL is kept with its origin, so its id cannot be reused by another meanwhile.
            kept = self._origins[id(url)] = (url, {_CREDENTIALS_ORIGIN: _origin(url)})
            if len(self._origins) > _URL_CACHE_SIZE:
                self._origins = {id(url): kept}
        return build(
            call.method,
            url,
            self._attempt_headers(call, retries_taken, auth),
            _pydantic().to_json(call.body) if call.body is not None else call.content,
            self._timeout_for(call),
            # Where the credentials may go; see `_drop_credentials_off_origin`.
            kept[1],
            _adrop_credentials_off_origin,
        )

    def _with_query(self, url: httpx.URL, call: Call) -> httpx.URL | None:
        """`url` with the call's query, as `build_request` merges it; None for a value
        that cannot be a key of the cache (the general road takes the call)."""
        pairs = tuple(_query_pairs(call.params, call.query_styles))
        if not pairs:
            return url
        # With each value's type: 1 and 1.0 are equal keys but different queries.
        key = (id(url), tuple((name, value.__class__, value) for name, value in pairs))
        try:
            kept = self._queried.get(key)
        except TypeError:
            return None
        if kept is None or kept[0] is not url:
            # Kept with the route's URL, so its id cannot be reused by another meanwhile.
            kept = (url, url.copy_merge_params(pairs))
            if len(self._queried) >= _URL_CACHE_SIZE:
                self._queried = {}
            self._queried[key] = kept
        return kept[1]

    async def request(self, call: Call, cast_to: type[T]) -> T:
        if RESPONSE_MODE.get() is None:
            # What `_respond` does for a plain call, without a parser to make and a
            # coroutine more to go through: this is the path of nearly every call.
            if (
                self._plain_fetcher is not None
                and cast_to is not BinaryResponse
                and cast_to is not str
                and not call.accept_text
                and not responses_logged()
            ):
                answer = await self._send(call, whole=True)
                if not isinstance(answer, httpx.Response):
                    return self._validated(answer, call, cast_to)
                response = answer
            else:
                response = await self._send(call)
            try:
                return self._parse(response, call, cast_to)
            except BaseException:
                await response.aclose()
                raise
        return await self._respond(
            call, lambda response: self._parse(response, call, cast_to), binary=cast_to is BinaryResponse
        )

    async def request_any(self, call: Call, cast_to: object) -> Any:
        """As `request`, for a result type that is not a class (a union alias)."""
        return await self.request(call, cast(Any, cast_to))

    async def request_no_content(self, call: Call) -> None:
        await self._respond(call, lambda response: None)

    async def page(self, call: Call, page_type: type[PageT]) -> PageT:
        if RESPONSE_MODE.get() is None:
            return self._bound(await self.request(call, page_type), call)
        return await self._respond(call, lambda response: self._parse_page(response, call, page_type))

    @overload
    async def stream(
        self, call: Call, chunk_type: type[T], final_events: Iterable[str] = ()
    ) -> AsyncStream[T]: ...

    @overload
    async def stream(
        self, call: Call, chunk_type: object, final_events: Iterable[str] = ()
    ) -> AsyncStream[Any]: ...

    async def stream(self, call: Call, chunk_type: Any, final_events: Iterable[str] = ()) -> AsyncStream[Any]:
        if not _has_header(call.headers, "Accept"):
            call.headers["Accept"] = "text/event-stream"
        final = frozenset(final_events)
        return await self._respond(
            call, lambda response: AsyncStream(response, chunk_type, final), stream=True, binary=True
        )

    async def _respond(
        self, call: Call, parse: Callable[[httpx.Response], T], *, stream: bool = False, binary: bool = False
    ) -> T:
        """As the sync client's; `binary` parsers read the body themselves, as it streams."""
        mode = RESPONSE_MODE.get()
        if mode is None:
            response = await self._send(call, stream=stream)
            try:
                return parse(response)
            except BaseException:
                # A parser that failed never took ownership of the response.
                await response.aclose()
                raise
        if mode == "raw":
            response = await self._send(call, stream=stream)
            return cast(T, APIResponse(response, parse))
        response = await self._send(call, stream=True)
        return cast(T, AsyncAPIResponse(response, parse, read_first=not binary))

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _default_async_http_client() -> httpx.AsyncClient:
    """aiohttp underneath (see `_aiohttp_transport`), imported only now: `import oaiclient`
    and the sync client never load it."""
    from ._aiohttp_transport import default_async_http_client

    return default_async_http_client(DEFAULT_CONNECTION_LIMITS)


# Routes remembered per async client; calls naming resources by id add one each.
_URL_CACHE_SIZE = 256

_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def _name(cast_to: Any) -> str:
    return getattr(cast_to, "__name__", str(cast_to))


def _body_of(response: httpx.Response) -> object | None:
    try:
        body: object = response.json()
        return body
    except httpx.ResponseNotRead:
        # A streamed error response whose body could not be read.
        return None
    except ValueError:
        return response.text or None


def _finish_error_response(response: httpx.Response) -> None:
    """Read an error response to its end (a streamed one has not been), so that its
    connection can serve the next attempt, and close it whatever happens."""
    try:
        response.read()
    except TRANSPORT_ERRORS:
        pass  # the body is lost; the status still tells what happened
    finally:
        response.close()


async def _afinish_error_response(response: httpx.Response) -> None:
    try:
        await response.aread()
    except TRANSPORT_ERRORS:
        pass
    finally:
        await response.aclose()


def _merge_headers(*layers: Mapping[str, str | Omit]) -> dict[str, str | Omit]:
    """Later layers win. Header names are case-insensitive, so `authorization` in
    `extra_headers` replaces the client's `Authorization` rather than adding a second one."""
    merged: dict[str, tuple[str, str | Omit]] = {}
    for layer in layers:
        for name, value in layer.items():
            merged[name.lower()] = (name, value)
    return dict(merged.values())


def _without_content_type(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() != "content-type"}


def _has_header(headers: Mapping[str, object], name: str) -> bool:
    wanted = name.lower()
    return any(key.lower() == wanted for key in headers)


def _is_json(response: httpx.Response) -> bool:
    media: str = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _query_pairs(
    params: Mapping[str, object], styles: Mapping[str, str] | None = None
) -> list[tuple[str, Any]]:
    """The query as name/value pairs; booleans as `true`/`false`, None leaves a parameter out.

    A parameter named in `styles` is written as its OpenAPI style says: "form" (exploded:
    `name=a&name=b`, an object as its own `key=value` pairs), "form-joined" (`name=a,b`),
    "space-joined", "pipe-joined", "deep" (`name[key]=value`). Others as the official
    client writes them: lists as `name[]=a&name[]=b`, objects as `name[key]=value`."""
    pairs: list[tuple[str, Any]] = []
    if not params:
        return pairs
    # Module-level helpers, not closures: a recursive closure is a reference cycle on
    # every call, which keeps the garbage collector busy under concurrent load.
    for name, value in params.items():
        style = styles.get(name) if styles else None
        if style is None:
            _add_pairs(pairs, name, value)
        else:
            _add_styled_pairs(pairs, name, value, style)
    return pairs


def _query_scalar(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _add_pairs(pairs: list[tuple[str, Any]], name: str, value: object) -> None:
    if value is None or isinstance(value, NotGiven):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _add_pairs(pairs, f"{name}[{key}]", item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _add_pairs(pairs, f"{name}[]", item)
    else:
        pairs.append((name, _query_scalar(value)))


def _add_styled_pairs(pairs: list[tuple[str, Any]], name: str, value: object, style: str) -> None:
    if value is None or isinstance(value, NotGiven):
        return
    joiner = _STYLE_JOINERS.get(style)
    if isinstance(value, Mapping):
        if style == "deep":
            _add_pairs(pairs, name, value)
        elif joiner is not None:
            flat = (str(_query_scalar(part)) for item in value.items() for part in item if part is not None)
            pairs.append((name, joiner.join(flat)))
        else:
            pairs.extend((str(key), _query_scalar(item)) for key, item in value.items() if item is not None)
    elif isinstance(value, (list, tuple)):
        if joiner is not None:
            pairs.append((name, joiner.join(str(_query_scalar(item)) for item in value)))
        else:
            pairs.extend((name, _query_scalar(item)) for item in value if item is not None)
    else:
        pairs.append((name, _query_scalar(value)))


_STYLE_JOINERS = {"form-joined": ",", "space-joined": " ", "pipe-joined": "|"}


# -- credentials on redirects ------------------------------------------------------------
#
# httpx follows a redirect with the request's headers (it drops only Authorization, and
# only across hosts). So every request records the origin it was built for, in an extension
# httpx carries over to each redirect, and a request hook on the HTTP client removes the
# credential headers from any hop to another origin (scheme, host or port).

_CREDENTIALS_ORIGIN = "oaiclient.credentials_origin"
_CREDENTIAL_HEADERS = ("Authorization", "api-key")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    port = url.port if url.port is not None else {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def _drop_credentials_off_origin(request: httpx.Request) -> None:
    origin = request.extensions.get(_CREDENTIALS_ORIGIN)
    if origin is not None and origin != _origin(request.url):
        for name in _CREDENTIAL_HEADERS:
            request.headers.pop(name, None)


async def _adrop_credentials_off_origin(request: httpx.Request) -> None:
    _drop_credentials_off_origin(request)


def _guard_redirects(http: httpx.Client | httpx.AsyncClient) -> None:
    """Installs the hook on `http`, once (a pool shared by copies of a client, or one the
    caller passed in, gets it once; requests of other users of that client are untouched)."""
    hook = _drop_credentials_off_origin if isinstance(http, httpx.Client) else _adrop_credentials_off_origin
    hooks = http.event_hooks["request"]
    if hook not in hooks:
        hooks.append(hook)


def _kind(value: object) -> str:
    """Names what a credential callable returned, without showing it. A coroutine (an
    async callable given to a sync client) is closed, as it will never be awaited."""
    if inspect.iscoroutine(value):
        value.close()
        return "a coroutine: an async callable needs the async client"
    return "an empty string" if isinstance(value, str) else type(value).__name__
