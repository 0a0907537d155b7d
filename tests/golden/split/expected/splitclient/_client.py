# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property
from .resources.notes import AsyncNotes, Notes

__all__ = ["OpenAI", "AsyncOpenAI"]


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
