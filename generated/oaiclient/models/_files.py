# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import AnyUrl, ConfigDict, Field, StringConstraints
from typing import Annotated, Any, Literal, Union
from typing_extensions import TypeAliasType


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
