# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property
from .resources.models import AsyncModels, Models
from .resources.completions import AsyncCompletions, Completions
from .resources.chat import AsyncChat, Chat
from .resources.embeddings import AsyncEmbeddings, Embeddings
from .resources.images import AsyncImages, Images

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI"]


class OpenAI(SyncAPIClient):
    default_base_url = "https://api.openai.com/v1"

    @cached_property
    def models(self) -> Models:
        return Models(self)

    @cached_property
    def completions(self) -> Completions:
        return Completions(self)

    @cached_property
    def chat(self) -> Chat:
        return Chat(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        return Embeddings(self)

    @cached_property
    def images(self) -> Images:
        return Images(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = "https://api.openai.com/v1"

    @cached_property
    def models(self) -> AsyncModels:
        return AsyncModels(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        return AsyncCompletions(self)

    @cached_property
    def chat(self) -> AsyncChat:
        return AsyncChat(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        return AsyncEmbeddings(self)

    @cached_property
    def images(self) -> AsyncImages:
        return AsyncImages(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
