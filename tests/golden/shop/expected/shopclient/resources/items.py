# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Literal, cast, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._files import FileTypes
from .._pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from .._response import (
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import END_OF_BODY, AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class ItemsParts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ItemsPartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ItemsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsPartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ItemsPartsWithStreamingResponse(self)

    def delete(
        self,
        item_id: str,
        part: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        call = self._client.build_call(
            "delete",
            "/items/{item_id}/parts/{part}",
            path={
                "item_id": item_id,
                "part": part,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.request_no_content(call)


class ItemsPartsWithRawResponse:
    def __init__(self, resource: ItemsParts) -> None:
        self._resource = resource
        self.delete = to_raw_response_wrapper(resource.delete)


class ItemsPartsWithStreamingResponse:
    def __init__(self, resource: ItemsParts) -> None:
        self._resource = resource
        self.delete = to_streamed_response_wrapper(resource.delete)


class Items(SyncAPIResource):
    @cached_property
    def parts(self) -> ItemsParts:
        return ItemsParts(self._client)

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ItemsWithStreamingResponse(self)

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        tag: builtins.list[str] | NotGiven = NOT_GIVEN,
        in_stock: bool | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[m.Item]:
        """List items."""
        call = self._client.build_call(
            "get",
            "/items",
            path=None,
            query={
                "order": order,
                "tag": tag,
                "in_stock": in_stock,
            },
            headers={
                "X-Trace": x_trace,
            },
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "tag": "form",
            },
        )
        return self._client.page(call, SyncPage[m.Item])

    @overload
    def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item: ...

    @overload
    def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[m.ItemEvent]: ...

    @overload
    def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: bool,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item | Stream[m.ItemEvent]: ...

    def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | NotGiven = NOT_GIVEN,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item | Stream[m.ItemEvent]:
        """Create an item.

        Makes a new item. Text with "quotes", a backslash \\ and {{ braces }}.

        Args:
            name: The name.
                Second line with \"\"\" triple quotes.
            from_: Another keyword.
            timeout_: Collides with the per-request option.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if from_ is not NOT_GIVEN:
            _body["from"] = from_
        if note is not NOT_GIVEN:
            _body["note"] = note
        if timeout_ is not NOT_GIVEN:
            _body["timeout"] = timeout_
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if kind is not NOT_GIVEN:
            _body["kind"] = kind
        call = self._client.build_call(
            "post",
            "/items",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.stream(call, m.ItemEvent, final_events=("item.done",))
        return self._client.request(call, m.Item)


class ItemsWithRawResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)

    @cached_property
    def parts(self) -> ItemsPartsWithRawResponse:
        return ItemsPartsWithRawResponse(self._resource.parts)


class ItemsWithStreamingResponse:
    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)

    @cached_property
    def parts(self) -> ItemsPartsWithStreamingResponse:
        return ItemsPartsWithStreamingResponse(self._resource.parts)


class AsyncItemsParts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncItemsPartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncItemsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsPartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncItemsPartsWithStreamingResponse(self)

    async def delete(
        self,
        item_id: str,
        part: int,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        call = self._client.build_call(
            "delete",
            "/items/{item_id}/parts/{part}",
            path={
                "item_id": item_id,
                "part": part,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        await self._client.request_no_content(call)


class AsyncItemsPartsWithRawResponse:
    def __init__(self, resource: AsyncItemsParts) -> None:
        self._resource = resource
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncItemsPartsWithStreamingResponse:
    def __init__(self, resource: AsyncItemsParts) -> None:
        self._resource = resource
        self.delete = async_to_streamed_response_wrapper(resource.delete)


class AsyncItems(AsyncAPIResource):
    @cached_property
    def parts(self) -> AsyncItemsParts:
        return AsyncItemsParts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncItemsWithStreamingResponse(self)

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        tag: builtins.list[str] | NotGiven = NOT_GIVEN,
        in_stock: bool | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncPage[m.Item], m.Item]:
        """List items."""
        call = self._client.build_call(
            "get",
            "/items",
            path=None,
            query={
                "order": order,
                "tag": tag,
                "in_stock": in_stock,
            },
            headers={
                "X-Trace": x_trace,
            },
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "tag": "form",
            },
        )
        return AsyncPaginator(self._client, call, AsyncPage[m.Item])

    @overload
    async def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[m.ItemEvent]: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: bool,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item | AsyncStream[m.ItemEvent]: ...

    async def create(
        self,
        *,
        name: str,
        from_: str | NotGiven = NOT_GIVEN,
        note: str | None | NotGiven = NOT_GIVEN,
        timeout_: float | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | NotGiven = NOT_GIVEN,
        kind: p.Kind | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Item | AsyncStream[m.ItemEvent]:
        """Create an item.

        Makes a new item. Text with "quotes", a backslash \\ and {{ braces }}.

        Args:
            name: The name.
                Second line with \"\"\" triple quotes.
            from_: Another keyword.
            timeout_: Collides with the per-request option.
        """
        _body: dict[str, object] = {}
        _body["name"] = name
        if from_ is not NOT_GIVEN:
            _body["from"] = from_
        if note is not NOT_GIVEN:
            _body["note"] = note
        if timeout_ is not NOT_GIVEN:
            _body["timeout"] = timeout_
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if kind is not NOT_GIVEN:
            _body["kind"] = kind
        call = self._client.build_call(
            "post",
            "/items",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.stream(call, m.ItemEvent, final_events=("item.done",))
        return await self._client.request(call, m.Item)


class AsyncItemsWithRawResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)

    @cached_property
    def parts(self) -> AsyncItemsPartsWithRawResponse:
        return AsyncItemsPartsWithRawResponse(self._resource.parts)


class AsyncItemsWithStreamingResponse:
    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)

    @cached_property
    def parts(self) -> AsyncItemsPartsWithStreamingResponse:
        return AsyncItemsPartsWithStreamingResponse(self._resource.parts)
