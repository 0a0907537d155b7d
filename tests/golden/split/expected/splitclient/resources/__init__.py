# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from .notes import AsyncNotes, Notes

__all__ = [
    "Notes",
    "AsyncNotes",
]
