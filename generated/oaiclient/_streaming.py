"""Streams of typed events from a `text/event-stream` response.

A stream ends at `data: [DONE]`; events with no data are skipped, never parsed
as JSON; an error event raises `APIError`; a connection that ends before
`[DONE]` raises `APIConnectionError` instead of ending quietly. The response is
closed (its connection returned to the pool) however iteration stops.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._exceptions import APIConnectionError, APIError, APIResponseValidationError
from ._sse import ServerSentEvent, SSEDecoder

__all__ = ["Stream", "AsyncStream"]

T = TypeVar("T")
DONE = "[DONE]"


class _EventParser(Generic[T]):
    def __init__(self, response: httpx.Response, chunk_type: type[T]) -> None:
        self.response = response
        self.adapter: pydantic.TypeAdapter[T] = pydantic.TypeAdapter(chunk_type)
        self.done = False

    def parse(self, event: ServerSentEvent) -> T | None:
        """The chunk an event carries; None for events that carry none."""
        if event.data == DONE:
            self.done = True
            return None
        if not event.data:
            return None
        if event.event == "error":
            raise APIError(_error_message(event.data), self.response.request, body=_loads(event.data))
        if '"error"' in event.data:
            # Whatever the spacing or line breaks: `{ "error": {...} }` is an error too.
            body = _loads(event.data)
            if isinstance(body, dict) and body.get("error") is not None:
                raise APIError(_error_message(event.data), self.response.request, body=body["error"])
        try:
            return self.adapter.validate_json(event.data)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                self.response, _loads(event.data), message=f"stream event does not match its model: {exc}"
            ) from None

    def ended_early(self) -> APIConnectionError:
        return APIConnectionError(
            message="The stream ended before its [DONE] event.", request=self.response.request
        )


class Stream(Generic[T]):
    """Iterate to receive each event's model; use as a context manager or call close()."""

    def __init__(self, response: httpx.Response, chunk_type: type[T]) -> None:
        self.response = response
        self._parser = _EventParser(response, chunk_type)
        self._iterator = self._events()

    def _events(self) -> Generator[T, None, None]:
        decoder = SSEDecoder()
        parser = self._parser
        try:
            for chunk in self.response.iter_bytes():
                for event in decoder.feed(chunk):
                    item = parser.parse(event)
                    if parser.done:
                        return
                    if item is not None:
                        yield item
            for event in decoder.close():
                item = parser.parse(event)
                if parser.done:
                    return
                if item is not None:
                    yield item
            raise parser.ended_early()
        except httpx.TransportError as exc:
            raise APIConnectionError(
                message=f"The stream was cut: {type(exc).__name__}", request=self.response.request
            ) from exc
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """`async for` to receive each event's model; `async with` or `await aclose()`."""

    def __init__(self, response: httpx.Response, chunk_type: type[T]) -> None:
        self.response = response
        self._parser = _EventParser(response, chunk_type)
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[T, None]:
        decoder = SSEDecoder()
        parser = self._parser
        try:
            async for chunk in self.response.aiter_bytes():
                for event in decoder.feed(chunk):
                    item = parser.parse(event)
                    if parser.done:
                        return
                    if item is not None:
                        yield item
            for event in decoder.close():
                item = parser.parse(event)
                if parser.done:
                    return
                if item is not None:
                    yield item
            raise parser.ended_early()
        except httpx.TransportError as exc:
            raise APIConnectionError(
                message=f"The stream was cut: {type(exc).__name__}", request=self.response.request
            ) from exc
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _loads(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return data


def _error_message(data: str) -> str:
    body = _loads(data)
    error = body.get("error", body) if isinstance(body, dict) else body
    message = error.get("message") if isinstance(error, dict) else None
    return message if isinstance(message, str) and message else f"The stream reported an error: {data[:500]}"
