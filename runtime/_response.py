"""Raw access to responses, and binary response bodies.

`client.<resource>.with_raw_response.<method>(...)` returns an `APIResponse`
(status, headers, request id, `.parse()` for what the method would have
returned); `with_streaming_response` does the same as a context manager whose
body is not read until asked, so large bodies can be streamed. Both work by
setting `RESPONSE_MODE` for the duration of the call; the base client reads it.
"""

from __future__ import annotations

import contextvars
import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Literal, ParamSpec, TypeVar

import httpx

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "RESPONSE_MODE",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")

ResponseMode = Literal["raw", "streamed"]
# None: parse as usual. "raw": read the body, hand back an APIResponse.
# "streamed": hand back the response with its body unread.
RESPONSE_MODE: contextvars.ContextVar[ResponseMode | None] = contextvars.ContextVar(
    "response_mode", default=None
)


class BinaryResponse:
    """A non-JSON body (audio, file content): bytes, text, or written to a file."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.read()

    @property
    def text(self) -> str:
        self.response.read()
        return self.response.text

    @property
    def encoding(self) -> str | None:
        return self.response.encoding

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to `file`, chunk by chunk."""
        with open(file, "wb") as out:
            for chunk in self.response.iter_bytes():
                out.write(chunk)

    stream_to_file = write_to_file

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        async for chunk in self.response.aiter_bytes(chunk_size):
            yield chunk

    async def awrite_to_file(self, file: str | os.PathLike[str]) -> None:
        with open(file, "wb") as out:
            async for chunk in self.response.aiter_bytes():
                out.write(chunk)

    def close(self) -> None:
        self.response.close()

    async def aclose(self) -> None:
        await self.response.aclose()


class _ResponseInfo:
    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url}>"


class APIResponse(_ResponseInfo, Generic[R]):
    """A response with its parsing deferred to `parse()`."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], R]) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: R | None = None
        self._is_parsed = False

    def parse(self) -> R:
        """What the method returns without `with_raw_response` (parsed once)."""
        if not self._is_parsed:
            self._parsed = self._parse(self.http_response)
            self._is_parsed = True
        return self._parsed  # type: ignore[return-value]

    def read(self) -> bytes:
        return self.http_response.read()

    @property
    def content(self) -> bytes:
        return self.read()

    @property
    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to `file` as it arrives, never holding all of it."""
        with open(file, "wb") as out:
            for chunk in self.http_response.iter_bytes():
                out.write(chunk)

    stream_to_file = write_to_file

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_ResponseInfo, Generic[R]):
    """The async twin of `APIResponse`, for `with_streaming_response` on async clients."""

    def __init__(
        self, response: httpx.Response, parse: Callable[[httpx.Response], R], *, read_first: bool = True
    ) -> None:
        super().__init__(response)
        self._parse = parse
        self._parsed: R | None = None
        self._is_parsed = False
        # Parsers of streams and binary bodies read as they go; the others need the body.
        self._read_first = read_first

    async def parse(self) -> R:
        if not self._is_parsed:
            if self._read_first:
                await self.http_response.aread()
            self._parsed = self._parse(self.http_response)
            self._is_parsed = True
        return self._parsed  # type: ignore[return-value]

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to `file` as it arrives, never holding all of it."""
        with open(file, "wb") as out:
            async for chunk in self.http_response.aiter_bytes():
                out.write(chunk)

    stream_to_file = write_to_file

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[R]):
    """Sends the request on `__enter__`, closes the response on `__exit__`."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RESPONSE_MODE.set("raw")
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RESPONSE_MODE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RESPONSE_MODE.set("raw")
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            RESPONSE_MODE.reset(token)

    return wrapped


def to_streamed_response_wrapper(method: Callable[P, R]) -> Callable[P, ResponseContextManager[R]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[R]:
        def send() -> APIResponse[R]:
            token = RESPONSE_MODE.set("streamed")
            try:
                return method(*args, **kwargs)  # type: ignore[return-value]
            finally:
                RESPONSE_MODE.reset(token)

        return ResponseContextManager(send)

    return wrapped


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[R]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[R]:
        async def send() -> AsyncAPIResponse[R]:
            token = RESPONSE_MODE.set("streamed")
            try:
                return await method(*args, **kwargs)  # type: ignore[return-value]
            finally:
                RESPONSE_MODE.reset(token)

        return AsyncResponseContextManager(send)

    return wrapped
