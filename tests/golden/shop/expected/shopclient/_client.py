# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property

# Each resource module (and the models it parses into) is imported when the client
# first uses it, so `import shopclient` stays cheap however large the API is.
if TYPE_CHECKING:
    from .resources.items import AsyncItems, Items
    from .resources.files import AsyncFiles, Files
    from .resources.parts import AsyncParts, Parts
    from .resources.ping import AsyncPing, Ping

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"]

# The top-level resources: attribute -> (module under `resources`, sync class name).
RESOURCES: dict[str, tuple[str, str]] = {
    "items": ("items", "Items"),
    "files": ("files", "Files"),
    "parts": ("parts", "Parts"),
    "ping": ("ping", "Ping"),
}


class OpenAI(SyncAPIClient):
    default_base_url = "https://shop.example/api"

    @cached_property
    def items(self) -> Items:
        from .resources.items import Items

        return Items(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def parts(self) -> Parts:
        from .resources.parts import Parts

        return Parts(self)

    @cached_property
    def ping(self) -> Ping:
        from .resources.ping import Ping

        return Ping(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = "https://shop.example/api"

    @cached_property
    def items(self) -> AsyncItems:
        from .resources.items import AsyncItems

        return AsyncItems(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def parts(self) -> AsyncParts:
        from .resources.parts import AsyncParts

        return AsyncParts(self)

    @cached_property
    def ping(self) -> AsyncPing:
        from .resources.ping import AsyncPing

        return AsyncPing(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
