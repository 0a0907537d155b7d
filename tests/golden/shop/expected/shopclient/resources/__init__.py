# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from .items import AsyncItems, Items
from .files import AsyncFiles, Files
from .parts import AsyncParts, Parts
from .ping import AsyncPing, Ping

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
