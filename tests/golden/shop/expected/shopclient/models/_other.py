# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel
from typing import Annotated, Literal
from pydantic import Field
from ._files import FileObject
from ._items import Item, Kind


class UploadFileForm(BaseModel):
    file: bytes
    """
    The file.
    """
    purpose: Literal["docs", "art"]
    tags: list[str] | None = None
    extra: list[bytes] | None = None
    public: bool | None = None


class CreateItem(BaseModel):
    name: str
    """
    The name.
    Second line with \"\"\" triple quotes.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Another keyword.
    """
    note: str | None = None
    timeout: float | None = None
    """
    Collides with the per-request option.
    """
    stream: bool | None = None
    kind: Kind | None = None


class FileList(BaseModel):
    object: Literal["list"] = "list"
    data: list[FileObject]
    has_more: bool


class ItemList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Item]
