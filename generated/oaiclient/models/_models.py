# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal


class DeleteModelResponse(BaseModel):
    """
    The result of deleting a model.
    """

    id: str
    """
    The ID of the deleted model.
    """
    deleted: bool
    """
    Whether the model was deleted.
    """
    object: str
    """
    The kind of object that was deleted.
    """


class Model(BaseModel):
    """
    One model offered by the API, with its owner and creation time.
    """

    id: str
    """
    The model ID, used as `model` in other requests.
    """
    created: int
    """
    When the model was created, in Unix seconds.
    """
    object: Literal["model"] = "model"
    """
    Always `model`.
    """
    owned_by: str
    """
    The organization that owns the model.
    """
    shutdown_date: str | None = None
    """
    The date (YYYY-MM-DD) after which the model stops being served, or null if none is scheduled.
    """
