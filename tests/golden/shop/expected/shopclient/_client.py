# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property
from .resources.items import AsyncItems, Items
from .resources.files import AsyncFiles, Files
from .resources.parts import AsyncParts, Parts
from .resources.ping import AsyncPing, Ping

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"]


class OpenAI(SyncAPIClient):
    default_base_url = "https://shop.example/api"

    @cached_property
    def items(self) -> Items:
        return Items(self)

    @cached_property
    def files(self) -> Files:
        return Files(self)

    @cached_property
    def parts(self) -> Parts:
        return Parts(self)

    @cached_property
    def ping(self) -> Ping:
        return Ping(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = "https://shop.example/api"

    @cached_property
    def items(self) -> AsyncItems:
        return AsyncItems(self)

    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self)

    @cached_property
    def parts(self) -> AsyncParts:
        return AsyncParts(self)

    @cached_property
    def ping(self) -> AsyncPing:
        return AsyncPing(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
