# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from pydantic import Field


class PingResponse(BaseModel):
    ok: bool | None = None
