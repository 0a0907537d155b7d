# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from .models import AsyncModels, Models
from .completions import AsyncCompletions, Completions
from .chat import AsyncChat, Chat
from .embeddings import AsyncEmbeddings, Embeddings
from .images import AsyncImages, Images

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
]
