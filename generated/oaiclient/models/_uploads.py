# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal
from ._shared import OpenAIFile


class Upload(BaseModel):
    """
    A file being sent in parts.
    """

    id: str
    """
    The Upload ID.
    """
    object: Literal["upload"] | None = None
    """
    Always `upload`.
    """
    bytes: int
    """
    The size the finished file will have, in bytes.
    """
    created_at: int
    """
    When the Upload was started, in Unix seconds.
    """
    expires_at: int
    """
    When the Upload lapses if it is not completed, in Unix seconds.
    """
    filename: str
    """
    The name of the file being sent.
    """
    purpose: str
    """
    What the finished file is for.
    """
    status: Literal["pending", "completed", "cancelled", "expired"]
    """
    Where the Upload stands.
    """
    file: OpenAIFile | None = None
    """
    The finished File, once the Upload is completed; absent or null before.
    """


class UploadPart(BaseModel):
    """
    One part received for an Upload.
    """

    id: str
    """
    The part ID, listed when completing the Upload.
    """
    object: Literal["upload.part"] = "upload.part"
    """
    Always `upload.part`.
    """
    created_at: int
    """
    When the part arrived, in Unix seconds.
    """
    upload_id: str
    """
    The Upload this part belongs to.
    """
