# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The resource classes, each imported from its module on first use (see `oaiclient._lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import AsyncModels as AsyncModels, Models as Models
    from .completions import AsyncCompletions as AsyncCompletions, Completions as Completions
    from .chat import AsyncChat as AsyncChat, Chat as Chat
    from .embeddings import AsyncEmbeddings as AsyncEmbeddings, Embeddings as Embeddings
    from .images import AsyncImages as AsyncImages, Images as Images
    from .audio import AsyncAudio as AsyncAudio, Audio as Audio
    from .moderations import AsyncModerations as AsyncModerations, Moderations as Moderations
    from .files import AsyncFiles as AsyncFiles, Files as Files
    from .uploads import AsyncUploads as AsyncUploads, Uploads as Uploads
    from .batches import AsyncBatches as AsyncBatches, Batches as Batches
    from .fine_tuning import AsyncFineTuning as AsyncFineTuning, FineTuning as FineTuning
    from .responses import AsyncResponses as AsyncResponses, Responses as Responses
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Models": "models",
            "AsyncModels": "models",
            "Completions": "completions",
            "AsyncCompletions": "completions",
            "Chat": "chat",
            "AsyncChat": "chat",
            "Embeddings": "embeddings",
            "AsyncEmbeddings": "embeddings",
            "Images": "images",
            "AsyncImages": "images",
            "Audio": "audio",
            "AsyncAudio": "audio",
            "Moderations": "moderations",
            "AsyncModerations": "moderations",
            "Files": "files",
            "AsyncFiles": "files",
            "Uploads": "uploads",
            "AsyncUploads": "uploads",
            "Batches": "batches",
            "AsyncBatches": "batches",
            "FineTuning": "fine_tuning",
            "AsyncFineTuning": "fine_tuning",
            "Responses": "responses",
            "AsyncResponses": "responses",
        },
    )

__all__ = [
    "Models",
    "AsyncModels",
    "Completions",
    "AsyncCompletions",
    "Chat",
    "AsyncChat",
    "Embeddings",
    "AsyncEmbeddings",
    "Images",
    "AsyncImages",
    "Audio",
    "AsyncAudio",
    "Moderations",
    "AsyncModerations",
    "Files",
    "AsyncFiles",
    "Uploads",
    "AsyncUploads",
    "Batches",
    "AsyncBatches",
    "FineTuning",
    "AsyncFineTuning",
    "Responses",
    "AsyncResponses",
]
