# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Literal, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._pagination import AsyncPaginator, SyncPage
from .._streaming import AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class ItemsParts(SyncAPIResource):
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


class Items(SyncAPIResource):
    @cached_property
    def parts(self) -> ItemsParts:
        return ItemsParts(self._client)

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        tag: list[str] | NotGiven = NOT_GIVEN,
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
        call = self._client.build_call(
            "post",
            "/items",
            path=None,
            query=None,
            headers=None,
            body={
                "name": name,
                "from": from_,
                "note": note,
                "timeout": timeout_,
                "stream": stream,
                "kind": kind,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.stream(call, m.ItemEvent)
        return self._client.request(call, m.Item)


class AsyncItemsParts(AsyncAPIResource):
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


class AsyncItems(AsyncAPIResource):
    @cached_property
    def parts(self) -> AsyncItemsParts:
        return AsyncItemsParts(self._client)

    def list(
        self,
        *,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        tag: list[str] | NotGiven = NOT_GIVEN,
        in_stock: bool | NotGiven = NOT_GIVEN,
        x_trace: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[SyncPage[m.Item], m.Item]:
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
        )
        return AsyncPaginator(self._client, call, SyncPage[m.Item])

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
        call = self._client.build_call(
            "post",
            "/items",
            path=None,
            query=None,
            headers=None,
            body={
                "name": name,
                "from": from_,
                "note": note,
                "timeout": timeout_,
                "stream": stream,
                "kind": kind,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.stream(call, m.ItemEvent)
        return await self._client.request(call, m.Item)
