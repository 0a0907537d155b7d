# Generated from the OpenAPI spec by `python -m generator`; do not edit.
"""The response models: pydantic classes the API's answers are parsed into.

Each name is imported from its submodule on first use (see `shopclient._lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._files import (
        FileObject as FileObject,
    )
    from ._items import (
        Item as Item,
        ItemEvent as ItemEvent,
        Kind as Kind,
    )
    from ._other import (
        CreateItem as CreateItem,
        FileList as FileList,
        ItemList as ItemList,
        UploadFileForm as UploadFileForm,
    )
    from ._ping import (
        PingResponse as PingResponse,
    )
    from ._shared import (
        Panel as Panel,
        Part as Part,
        Screw as Screw,
    )
else:
    from .._lazy import lazy_definitions

    __getattr__, __dir__ = lazy_definitions(
        __name__,
        {
            "FileObject": "_files",
            "Item": "_items",
            "ItemEvent": "_items",
            "Kind": "_items",
            "CreateItem": "_other",
            "FileList": "_other",
            "ItemList": "_other",
            "UploadFileForm": "_other",
            "PingResponse": "_ping",
            "Panel": "_shared",
            "Part": "_shared",
            "Screw": "_shared",
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
