# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The response models: pydantic classes the API's answers are parsed into.

Each name is imported from its submodule on first use (see `splitclient._lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._notes import (
        Note as Note,
        Person as Person,
    )
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Note": "_notes",
            "Person": "_notes",
        },
        resource=None,
    )

__all__ = [
    "Note",
    "Person",
]
