# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict
from ._items import Kind


class FileObject(TypedDict):
    id: str
    bytes: int


class ItemEvent(TypedDict):
    type: NotRequired[str]
    delta: str


class Screw(TypedDict):
    type: Literal["screw"]
    length: NotRequired[float]


class UploadFileForm(TypedDict):
    file: bytes
    """
    The file.
    """
    purpose: Literal["docs", "art"]
    tags: NotRequired[list[str]]
    extra: NotRequired[list[bytes]]
    public: NotRequired[bool]


class PingResponse(TypedDict):
    ok: NotRequired[bool]


CreateItem = TypedDict(
    "CreateItem",
    {
        "name": str,
        "from": NotRequired[str],
        "note": NotRequired[str | None],
        "timeout": NotRequired[float],
        "stream": NotRequired[bool],
        "kind": NotRequired[Kind],
    },
)


class FileList(TypedDict):
    object: Literal["list"]
    data: list[FileObject]
    has_more: bool


Item = TypedDict(
    "Item",
    {
        "id": str,
        "kind": Kind,
        "price": float | None,
        "class": NotRequired[str],
        "x-rate": NotRequired[int],
        "parts": NotRequired[list["Part"]],
    },
)


class ItemList(TypedDict):
    object: Literal["list"]
    data: list[Item]


class Panel(TypedDict):
    type: Literal["panel"]
    parts: list[Part]


Part: TypeAlias = Screw | Panel
