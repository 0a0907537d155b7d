"""List responses as pages: iterating a page walks every item of every page.

`SyncPage`/`AsyncPage` hold a whole list in one response. `SyncCursorPage`/
`AsyncCursorPage` follow `has_more` with `after=<id of the last item>`, and
stop at a page that says there is no more or that is empty (a server that says
`has_more: true` with no items would otherwise be asked forever).
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import pydantic
from typing_extensions import Self

from ._models import BaseModel

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Call

__all__ = ["BasePage", "SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage", "AsyncPaginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="BasePage[Any]")


class BasePage(BaseModel, Generic[ItemT]):
    data: list[ItemT]

    # Set by the client that fetched the page, to fetch the next one the same way.
    _client: Any = pydantic.PrivateAttr(default=None)
    _call: Any = pydantic.PrivateAttr(default=None)

    def _bind(self, client: Any, call: Call) -> None:
        self._client = client
        self._call = call

    def next_page_query(self) -> dict[str, object] | None:
        """The query that asks for the next page; None on the last page."""
        return None

    def has_next_page(self) -> bool:
        return self._client is not None and self.next_page_query() is not None

    def _next_call(self) -> Call:
        query = self.next_page_query()
        if query is None or self._call is None:
            raise RuntimeError("this is the last page; check has_next_page() first")
        call: Call = dataclasses.replace(self._call, params={**self._call.params, **query})
        return call

    def __len__(self) -> int:
        return len(self.data)

    @overload
    def __getitem__(self, index: int) -> ItemT: ...
    @overload
    def __getitem__(self, index: str) -> Any: ...
    def __getitem__(self, index: int | str) -> Any:
        """`page[0]`: an item of this page; `page["data"]`: a field, as on every model."""
        if isinstance(index, str):
            return super().__getitem__(index)
        return self.data[index]

    def __contains__(self, key: object) -> bool:
        # A string asks for a field (`"data" in page`); anything else for an item.
        if isinstance(key, str):
            return super().__contains__(key)
        return any(item == key for item in self)


def _cursor_query(data: list[Any], has_more: bool | None) -> dict[str, object] | None:
    """`after` the last item's id, while the server says there is more and the page is not empty."""
    if not has_more or not data:
        return None
    last = data[-1]
    cursor = last.get("id") if isinstance(last, dict) else getattr(last, "id", None)
    return {"after": cursor} if cursor else None


class SyncPage(BasePage[ItemT], Generic[ItemT]):
    """A page of a list operation. Iterating it yields the items of this page and of every later page."""

    object: str | None = None

    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        for page in self.iter_pages():
            yield from page.data

    def iter_pages(self) -> Iterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def get_next_page(self) -> Self:
        page: Self = self._client.page(self._next_call(), type(self))
        return page


class SyncCursorPage(SyncPage[ItemT], Generic[ItemT]):
    has_more: bool | None = None

    def next_page_query(self) -> dict[str, object] | None:
        return _cursor_query(self.data, self.has_more)


class AsyncPage(BasePage[ItemT], Generic[ItemT]):
    """The async twin of `SyncPage`: `async for` walks every item of every page."""

    object: str | None = None

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        """The items of this page only (fetching more needs `async for`)."""
        return iter(self.data)

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> Self:
        page: Self = await self._client.page(self._next_call(), type(self))
        return page


class AsyncCursorPage(AsyncPage[ItemT], Generic[ItemT]):
    has_more: bool | None = None

    def next_page_query(self) -> dict[str, object] | None:
        return _cursor_query(self.data, self.has_more)


APageT = TypeVar("APageT", bound=AsyncPage[Any])


class AsyncPaginator(Generic[APageT, ItemT]):
    """What an async list method returns: `await` it for the first page, or
    `async for` over it for every item of every page, as with the official client."""

    def __init__(self, client: AsyncAPIClient, call: Call, page_type: type[APageT]) -> None:
        self._client = client
        self._call = call
        self._page_type = page_type

    def __await__(self) -> Generator[Any, None, APageT]:
        return self._client.page(self._call, self._page_type).__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item
