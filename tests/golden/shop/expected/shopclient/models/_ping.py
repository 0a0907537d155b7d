# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from shopclient._models import BaseModel


class PingResponse(BaseModel):
    ok: bool | None = None
