# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from pydantic import Field


class Screw(BaseModel):
    type: Literal["screw"] = "screw"
    length: float | None = None


class Panel(BaseModel):
    type: Literal["panel"] = "panel"
    parts: list[Part]


Part = TypeAliasType("Part", Annotated[Screw | Panel, Field(discriminator="type")])
