# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property
from .resources.notes import AsyncNotes, Notes

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"]


class OpenAI(SyncAPIClient):
    default_base_url = ""

    @cached_property
    def notes(self) -> Notes:
        return Notes(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = ""

    @cached_property
    def notes(self) -> AsyncNotes:
        return AsyncNotes(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
