# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from .models import AsyncModels, Models
from .completions import AsyncCompletions, Completions
from .chat import AsyncChat, Chat
from .embeddings import AsyncEmbeddings, Embeddings
from .images import AsyncImages, Images
from .audio import AsyncAudio, Audio
from .moderations import AsyncModerations, Moderations
from .files import AsyncFiles, Files
from .uploads import AsyncUploads, Uploads
from .batches import AsyncBatches, Batches
from .fine_tuning import AsyncFineTuning, FineTuning
from .responses import AsyncResponses, Responses

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
