"""Base class of every generated response model."""

from __future__ import annotations

from typing import Any

import pydantic


class BaseModel(pydantic.BaseModel):
    # Fields the spec does not know yet are kept, not rejected, so an API that
    # grows does not break clients already deployed.
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    # The `x-request-id` of the response this came from, for support requests.
    _request_id: str | None = pydantic.PrivateAttr(default=None)

    def to_dict(self) -> dict[str, Any]:
        """The fields the server sent, as JSON-compatible Python values."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True, exclude_unset=True)
