# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal


class Image(BaseModel):
    """
    One generated image, given either as base64 data or as a URL.
    """

    b64_json: str | None = None
    """
    The image, base64-encoded; what GPT image models return.
    """
    url: str | None = None
    """
    A URL to the image, valid for an hour; dall-e models with `response_format` `url` only.
    """
    revised_prompt: str | None = None
    """
    The prompt dall-e-3 actually used after rewriting yours.
    """


class ImageGenInputUsageDetails(BaseModel):
    """
    A breakdown of the input tokens.
    """

    text_tokens: int
    """
    Text tokens in the input.
    """
    image_tokens: int
    """
    Image tokens in the input.
    """


class ImageGenOutputTokensDetails(BaseModel):
    """
    A breakdown of the output tokens.
    """

    image_tokens: int
    """
    Image tokens in the output.
    """
    text_tokens: int
    """
    Text tokens in the output.
    """


class ImageGenUsage(BaseModel):
    """
    Token counts for an image request; GPT image models only.
    """

    input_tokens: int
    """
    Tokens in the input (text and images).
    """
    output_tokens: int
    """
    Tokens the model generated.
    """
    total_tokens: int
    """
    All tokens the request used.
    """
    input_tokens_details: ImageGenInputUsageDetails
    output_tokens_details: ImageGenOutputTokensDetails | None = None


class ImagesResponse(BaseModel):
    """
    The result of an image request.
    """

    created: int
    """
    When the images were created, in Unix seconds.
    """
    data: list[Image] | None = None
    """
    The generated images.
    """
    background: Literal["transparent", "opaque"] | None = None
    """
    The background the images were generated with.
    """
    output_format: Literal["png", "webp", "jpeg"] | None = None
    """
    The file format of the images.
    """
    size: Literal["1024x1024", "1024x1536", "1536x1024"] | None = None
    """
    The size of the images.
    """
    quality: Literal["low", "medium", "high"] | None = None
    """
    The quality of the images.
    """
    usage: ImageGenUsage | None = None
