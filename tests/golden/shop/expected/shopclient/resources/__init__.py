# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The resource classes, each imported from its module on first use (see `shopclient._lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .items import AsyncItems as AsyncItems, Items as Items
    from .files import AsyncFiles as AsyncFiles, Files as Files
    from .parts import AsyncParts as AsyncParts, Parts as Parts
    from .ping import AsyncPing as AsyncPing, Ping as Ping
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Items": "items",
            "AsyncItems": "items",
            "Files": "files",
            "AsyncFiles": "files",
            "Parts": "parts",
            "AsyncParts": "parts",
            "Ping": "ping",
            "AsyncPing": "ping",
        },
    )

__all__ = [
    "Items",
    "AsyncItems",
    "Files",
    "AsyncFiles",
    "Parts",
    "AsyncParts",
    "Ping",
    "AsyncPing",
]
