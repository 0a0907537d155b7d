# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Any, Literal, cast, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._files import FileTypes
from .._pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from .._response import (
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import END_OF_BODY, AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class Images(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ImagesWithStreamingResponse(self)

    def generate(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Generate images from a text prompt.

        Args:
            prompt: What the images should show. The length limit depends on the model: 32000 characters for GPT image models, 4000 for dall-e-3 and 1000 for dall-e-2.
            model: The image model to use.
            n: How many images to generate; dall-e-3 only supports 1.
            quality: Image quality. GPT image models take `low`, `medium` or `high`; dall-e-3 takes `standard` or `hd`; `auto` picks for you.
            response_format: For dall-e models, whether images come back as URLs (valid for an hour) or base64 data. GPT image models always return base64.
            output_format: The file format of the images; GPT image models only.
            output_compression: Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
            size: The image size as `WIDTHxHEIGHT` in pixels, or `auto`. Which sizes are accepted depends on the model.
            moderation: How strictly to filter content; GPT image models only.
            background: Whether the background is transparent, opaque, or chosen by the model; GPT image models only. Transparent needs `png` or `webp`.
            style: For dall-e-3 only: `vivid` for dramatic, hyper-real images or `natural` for a plainer look.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["prompt"] = prompt
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if quality is not NOT_GIVEN:
            _body["quality"] = quality
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if output_format is not NOT_GIVEN:
            _body["output_format"] = output_format
        if output_compression is not NOT_GIVEN:
            _body["output_compression"] = output_compression
        if size is not NOT_GIVEN:
            _body["size"] = size
        if moderation is not NOT_GIVEN:
            _body["moderation"] = moderation
        if background is not NOT_GIVEN:
            _body["background"] = background
        if style is not NOT_GIVEN:
            _body["style"] = style
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/images/generations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.ImagesResponse)

    def edit(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: p.InputFidelity | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Edit or extend one or more uploaded images as a prompt describes.

        The images (and an optional mask) are sent as a multipart upload. Works with the GPT image models and dall-e-2.

        Args:
            image: The picture to change: one file, or a list of up to 16 for the GPT image models (png, webp or jpg, each under 50 MB). dall-e-2 takes a single square png under 4 MB. A list goes on the wire as `image[]` parts.
            prompt: The edit to make, in words. GPT image models take up to 32000 characters, dall-e-2 up to 1000.
            mask: A png the size of the (first) image; its fully transparent pixels mark the area that may be changed.
            background: Transparent, opaque, or left to the model; GPT image models only. Transparent needs `png` or `webp` output.
            model: The image model to use.
            n: How many edited images to return.
            size: The output size as `WIDTHxHEIGHT` in pixels, or `auto`; which sizes work depends on the model (dall-e-2: 256x256, 512x512 or 1024x1024).
            response_format: For dall-e-2, URLs (valid for an hour) or base64 data; GPT image models always return base64.
            output_format: The file format of the images; GPT image models only.
            output_compression: Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
            user: A stable identifier for your end user, to help detect abuse.
            quality: Image quality for GPT image models; `auto` picks for you.
        """
        _body: dict[str, object] = {}
        _body["image"] = image
        _body["prompt"] = prompt
        if mask is not NOT_GIVEN:
            _body["mask"] = mask
        if background is not NOT_GIVEN:
            _body["background"] = background
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if size is not NOT_GIVEN:
            _body["size"] = size
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if output_format is not NOT_GIVEN:
            _body["output_format"] = output_format
        if output_compression is not NOT_GIVEN:
            _body["output_compression"] = output_compression
        if user is not NOT_GIVEN:
            _body["user"] = user
        if input_fidelity is not NOT_GIVEN:
            _body["input_fidelity"] = input_fidelity
        if quality is not NOT_GIVEN:
            _body["quality"] = quality
        call = self._client.build_call(
            "post",
            "/images/edits",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return self._client.request(call, m.ImagesResponse)

    def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Make variations of an uploaded image (dall-e-2 only).

        Args:
            image: The starting picture, a square png under 4 MB.
            model: The image model; only dall-e-2 makes variations.
            n: How many variations to return.
            response_format: URLs (valid for an hour) or base64 data.
            size: The size of the variations in pixels.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["image"] = image
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if size is not NOT_GIVEN:
            _body["size"] = size
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/images/variations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return self._client.request(call, m.ImagesResponse)


class ImagesWithRawResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.generate = to_raw_response_wrapper(resource.generate)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.create_variation = to_raw_response_wrapper(resource.create_variation)


class ImagesWithStreamingResponse:
    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.generate = to_streamed_response_wrapper(resource.generate)
        self.edit = to_streamed_response_wrapper(resource.edit)
        self.create_variation = to_streamed_response_wrapper(resource.create_variation)


class AsyncImages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncImagesWithStreamingResponse(self)

    async def generate(
        self,
        *,
        prompt: str,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "dall-e-3",
                "gpt-image-1",
                "gpt-image-1-mini",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal[
                "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        moderation: Literal["low", "auto"] | None | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        style: Literal["vivid", "natural"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Generate images from a text prompt.

        Args:
            prompt: What the images should show. The length limit depends on the model: 32000 characters for GPT image models, 4000 for dall-e-3 and 1000 for dall-e-2.
            model: The image model to use.
            n: How many images to generate; dall-e-3 only supports 1.
            quality: Image quality. GPT image models take `low`, `medium` or `high`; dall-e-3 takes `standard` or `hd`; `auto` picks for you.
            response_format: For dall-e models, whether images come back as URLs (valid for an hour) or base64 data. GPT image models always return base64.
            output_format: The file format of the images; GPT image models only.
            output_compression: Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
            size: The image size as `WIDTHxHEIGHT` in pixels, or `auto`. Which sizes are accepted depends on the model.
            moderation: How strictly to filter content; GPT image models only.
            background: Whether the background is transparent, opaque, or chosen by the model; GPT image models only. Transparent needs `png` or `webp`.
            style: For dall-e-3 only: `vivid` for dramatic, hyper-real images or `natural` for a plainer look.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["prompt"] = prompt
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if quality is not NOT_GIVEN:
            _body["quality"] = quality
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if output_format is not NOT_GIVEN:
            _body["output_format"] = output_format
        if output_compression is not NOT_GIVEN:
            _body["output_compression"] = output_compression
        if size is not NOT_GIVEN:
            _body["size"] = size
        if moderation is not NOT_GIVEN:
            _body["moderation"] = moderation
        if background is not NOT_GIVEN:
            _body["background"] = background
        if style is not NOT_GIVEN:
            _body["style"] = style
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/images/generations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.ImagesResponse)

    async def edit(
        self,
        *,
        image: FileTypes | list[FileTypes],
        prompt: str,
        mask: FileTypes | NotGiven = NOT_GIVEN,
        background: Literal["transparent", "opaque", "auto"] | None | NotGiven = NOT_GIVEN,
        model: (
            str
            | Literal[
                "gpt-image-1.5",
                "gpt-image-2",
                "gpt-image-2-2026-04-21",
                "dall-e-2",
                "gpt-image-1",
                "gpt-image-1-mini",
                "chatgpt-image-latest",
            ]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        size: (
            str
            | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpeg", "webp"] | None | NotGiven = NOT_GIVEN,
        output_compression: int | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_fidelity: p.InputFidelity | None | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Edit or extend one or more uploaded images as a prompt describes.

        The images (and an optional mask) are sent as a multipart upload. Works with the GPT image models and dall-e-2.

        Args:
            image: The picture to change: one file, or a list of up to 16 for the GPT image models (png, webp or jpg, each under 50 MB). dall-e-2 takes a single square png under 4 MB. A list goes on the wire as `image[]` parts.
            prompt: The edit to make, in words. GPT image models take up to 32000 characters, dall-e-2 up to 1000.
            mask: A png the size of the (first) image; its fully transparent pixels mark the area that may be changed.
            background: Transparent, opaque, or left to the model; GPT image models only. Transparent needs `png` or `webp` output.
            model: The image model to use.
            n: How many edited images to return.
            size: The output size as `WIDTHxHEIGHT` in pixels, or `auto`; which sizes work depends on the model (dall-e-2: 256x256, 512x512 or 1024x1024).
            response_format: For dall-e-2, URLs (valid for an hour) or base64 data; GPT image models always return base64.
            output_format: The file format of the images; GPT image models only.
            output_compression: Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
            user: A stable identifier for your end user, to help detect abuse.
            quality: Image quality for GPT image models; `auto` picks for you.
        """
        _body: dict[str, object] = {}
        _body["image"] = image
        _body["prompt"] = prompt
        if mask is not NOT_GIVEN:
            _body["mask"] = mask
        if background is not NOT_GIVEN:
            _body["background"] = background
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if size is not NOT_GIVEN:
            _body["size"] = size
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if output_format is not NOT_GIVEN:
            _body["output_format"] = output_format
        if output_compression is not NOT_GIVEN:
            _body["output_compression"] = output_compression
        if user is not NOT_GIVEN:
            _body["user"] = user
        if input_fidelity is not NOT_GIVEN:
            _body["input_fidelity"] = input_fidelity
        if quality is not NOT_GIVEN:
            _body["quality"] = quality
        call = self._client.build_call(
            "post",
            "/images/edits",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return await self._client.request(call, m.ImagesResponse)

    async def create_variation(
        self,
        *,
        image: FileTypes,
        model: str | Literal["dall-e-2"] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | None | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ImagesResponse:
        """Make variations of an uploaded image (dall-e-2 only).

        Args:
            image: The starting picture, a square png under 4 MB.
            model: The image model; only dall-e-2 makes variations.
            n: How many variations to return.
            response_format: URLs (valid for an hour) or base64 data.
            size: The size of the variations in pixels.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["image"] = image
        if model is not NOT_GIVEN:
            _body["model"] = model
        if n is not NOT_GIVEN:
            _body["n"] = n
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if size is not NOT_GIVEN:
            _body["size"] = size
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/images/variations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return await self._client.request(call, m.ImagesResponse)


class AsyncImagesWithRawResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(resource.generate)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.create_variation = async_to_raw_response_wrapper(resource.create_variation)


class AsyncImagesWithStreamingResponse:
    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.generate = async_to_streamed_response_wrapper(resource.generate)
        self.edit = async_to_streamed_response_wrapper(resource.edit)
        self.create_variation = async_to_streamed_response_wrapper(resource.create_variation)
