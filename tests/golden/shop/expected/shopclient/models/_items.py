# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from pydantic import Field
from ._shared import Part


class ItemEvent(BaseModel):
    type: str | None = None
    delta: str


Kind = TypeAliasType("Kind", Literal["book", "it's", 'say "hi"'])


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
