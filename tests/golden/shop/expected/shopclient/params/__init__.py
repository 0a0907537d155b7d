# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The request parameter types: TypedDicts that plain dicts type-check against.

Each name is imported from its submodule on first use (see `shopclient._lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._items import (
        Kind as Kind,
    )
    from ._other import (
        CreateItem as CreateItem,
        FileList as FileList,
        FileObject as FileObject,
        Item as Item,
        ItemEvent as ItemEvent,
        ItemList as ItemList,
        Panel as Panel,
        Part as Part,
        PingResponse as PingResponse,
        Screw as Screw,
        UploadFileForm as UploadFileForm,
    )
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "Kind": "_items",
            "CreateItem": "_other",
            "FileList": "_other",
            "FileObject": "_other",
            "Item": "_other",
            "ItemEvent": "_other",
            "ItemList": "_other",
            "Panel": "_other",
            "Part": "_other",
            "PingResponse": "_other",
            "Screw": "_other",
            "UploadFileForm": "_other",
        },
        resource=None,
    )

__all__ = [
    "CreateItem",
    "FileList",
    "FileObject",
    "Item",
    "ItemEvent",
    "ItemList",
    "Kind",
    "Panel",
    "Part",
    "PingResponse",
    "Screw",
    "UploadFileForm",
]
