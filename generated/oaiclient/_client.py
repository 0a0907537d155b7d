# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import TYPE_CHECKING

from ._azure import AsyncAzureAPIClient, SyncAzureAPIClient
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._utils import cached_property

# Each resource module (and the models it parses into) is imported when the client
# first uses it, so `import oaiclient` stays cheap however large the API is.
if TYPE_CHECKING:
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

# The top-level resources: attribute -> (module under `resources`, sync class name).
RESOURCES: dict[str, tuple[str, str]] = {
    "models": ("models", "Models"),
    "completions": ("completions", "Completions"),
    "chat": ("chat", "Chat"),
    "embeddings": ("embeddings", "Embeddings"),
    "images": ("images", "Images"),
    "audio": ("audio", "Audio"),
    "moderations": ("moderations", "Moderations"),
    "files": ("files", "Files"),
    "uploads": ("uploads", "Uploads"),
    "batches": ("batches", "Batches"),
    "fine_tuning": ("fine_tuning", "FineTuning"),
    "responses": ("responses", "Responses"),
}


class OpenAI(SyncAPIClient):
    default_base_url = "https://api.openai.com/v1"

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def moderations(self) -> Moderations:
        from .resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def uploads(self) -> Uploads:
        from .resources.uploads import Uploads

        return Uploads(self)

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses import Responses

        return Responses(self)


class AsyncOpenAI(AsyncAPIClient):
    default_base_url = "https://api.openai.com/v1"

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from .resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        from .resources.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses import AsyncResponses

        return AsyncResponses(self)


class AzureOpenAI(SyncAzureAPIClient, OpenAI):
    """`OpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""


class AsyncAzureOpenAI(AsyncAzureAPIClient, AsyncOpenAI):
    """`AsyncOpenAI` for an Azure OpenAI resource: Azure's URLs, `api-version` and credentials."""
