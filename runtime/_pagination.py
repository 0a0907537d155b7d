"""List responses: a page is its items, and iterating a paginator walks them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._models import BaseModel

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Call

__all__ = ["SyncPage", "AsyncPaginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT", bound="SyncPage[Any]")


class SyncPage(BaseModel, Generic[ItemT]):
    """One response of a list operation; iterating it yields `data`."""

    data: list[ItemT]
    object: str | None = None

    def __iter__(self) -> Iterator[ItemT]:  # type: ignore[override]
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __getitem__(self, index: int) -> ItemT:
        return self.data[index]


class AsyncPaginator(Generic[PageT, ItemT]):
    """What an async list method returns: `await` it for the page, or
    `async for` over it for the items, as with the official client."""

    def __init__(self, client: AsyncAPIClient, call: Call, page_type: type[PageT]) -> None:
        self._client = client
        self._call = call
        self._page_type = page_type

    async def _get_page(self) -> PageT:
        return await self._client.request(self._call, self._page_type)

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._get_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._get_page()
        for item in page.data:
            yield item
