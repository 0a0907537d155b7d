# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The request parameter types: TypedDicts that plain dicts type-check against.

Each name is imported from its submodule on first use (see `splitclient._lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._other import (
        Note as Note,
        Person as Person,
    )
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Note": "_other",
            "Person": "_other",
        },
        resource=None,
    )

__all__ = [
    "Note",
    "Person",
]
