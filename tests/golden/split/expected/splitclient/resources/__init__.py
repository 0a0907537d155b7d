# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The resource classes, each imported from its module on first use (see `splitclient._lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .notes import AsyncNotes as AsyncNotes, Notes as Notes
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Notes": "notes",
            "AsyncNotes": "notes",
        },
    )

__all__ = [
    "Notes",
    "AsyncNotes",
]
