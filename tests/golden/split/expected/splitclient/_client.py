# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property

# Each resource module (and the models it parses into) is imported when the client
# first uses it, so `import splitclient` stays cheap however large the API is.
if TYPE_CHECKING:
    from .resources.notes import AsyncNotes, Notes

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"]

# The top-level resources: attribute -> (module under `resources`, sync class name).
RESOURCES: dict[str, tuple[str, str]] = {
    "notes": ("notes", "Notes"),
}


class OpenAI(SyncAPIClient):
    default_base_url = ""

    @cached_property
    def notes(self) -> Notes:
        from .resources.notes import Notes

        return Notes(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = ""

    @cached_property
    def notes(self) -> AsyncNotes:
        from .resources.notes import AsyncNotes

        return AsyncNotes(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
