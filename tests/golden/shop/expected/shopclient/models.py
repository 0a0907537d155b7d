# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from pydantic import Field


class FileObject(BaseModel):
    id: str
    bytes: int


class ItemEvent(BaseModel):
    type: str | None = None
    delta: str


Kind = TypeAliasType("Kind", Literal["book", "it's", 'say "hi"'])


class Screw(BaseModel):
    type: Literal["screw"] = "screw"
    length: float | None = None


class UploadFileForm(BaseModel):
    file: bytes
    """
    The file.
    """
    purpose: Literal["docs", "art"]
    tags: list[str] | None = None
    extra: list[bytes] | None = None
    public: bool | None = None


class PingResponse(BaseModel):
    ok: bool | None = None


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


class Item(BaseModel):
    id: str
    kind: Kind
    price: float | None
    class_: Annotated[str | None, Field(alias="class")] = None
    """
    A Python keyword as a field name.
    """
    x_rate: Annotated[int | None, Field(alias="x-rate")] = None
    parts: list[Part] | None = None


class ItemList(BaseModel):
    object: Literal["list"] = "list"
    data: list[Item]


class Panel(BaseModel):
    type: Literal["panel"] = "panel"
    parts: list[Part]


Part = TypeAliasType("Part", Annotated[Screw | Panel, Field(discriminator="type")])


Item.model_rebuild()
Panel.model_rebuild()
