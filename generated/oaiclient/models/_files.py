# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal


class DeleteFileResponse(BaseModel):
    """
    The result of deleting a file.
    """

    id: str
    """
    The ID of the deleted file.
    """
    object: Literal["file"] = "file"
    """
    Always `file`.
    """
    deleted: bool
    """
    Whether the file was deleted.
    """
