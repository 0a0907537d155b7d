# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Literal, TypeAlias


class ImageUrl1(TypedDict):
    """
    Where the image is.
    """

    url: str
    """
    An image URL, or a `data:` URL with the image base64-encoded.
    """


class ModerationImageURLInput(TypedDict):
    """
    An image to check.
    """

    type: Literal["image_url"]
    """
    Always `image_url`.
    """
    image_url: ImageUrl1
    """
    Where the image is.
    """


class ModerationTextInput(TypedDict):
    """
    A piece of text to check.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """


ModerationInputPart: TypeAlias = ModerationImageURLInput | ModerationTextInput
"""
One part of a multi-modal moderation input.
"""
