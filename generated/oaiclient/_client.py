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
from .resources.audio import AsyncAudio, Audio
from .resources.moderations import AsyncModerations, Moderations
from .resources.files import AsyncFiles, Files
from .resources.uploads import AsyncUploads, Uploads
from .resources.batches import AsyncBatches, Batches
from .resources.fine_tuning import AsyncFineTuning, FineTuning
from .resources.responses import AsyncResponses, Responses

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

    @cached_property
    def audio(self) -> Audio:
        return Audio(self)

    @cached_property
    def moderations(self) -> Moderations:
        return Moderations(self)

    @cached_property
    def files(self) -> Files:
        return Files(self)

    @cached_property
    def uploads(self) -> Uploads:
        return Uploads(self)

    @cached_property
    def batches(self) -> Batches:
        return Batches(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        return FineTuning(self)

    @cached_property
    def responses(self) -> Responses:
        return Responses(self)


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

    @cached_property
    def audio(self) -> AsyncAudio:
        return AsyncAudio(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        return AsyncModerations(self)

    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        return AsyncUploads(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        return AsyncBatches(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        return AsyncFineTuning(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        return AsyncResponses(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
