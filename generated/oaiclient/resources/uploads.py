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


class UploadsParts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UploadsPartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return UploadsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsPartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return UploadsPartsWithStreamingResponse(self)

    def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.UploadPart:
        """Send one part (a chunk of at most 64 MB) of an Upload.

        Parts may be sent in parallel; their order is given when the Upload is completed.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
            data: The bytes of this part.
        """
        _body: dict[str, object] = {}
        _body["data"] = data
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/parts",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return self._client.request(call, m.UploadPart)


class UploadsPartsWithRawResponse:
    def __init__(self, resource: UploadsParts) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class UploadsPartsWithStreamingResponse:
    def __init__(self, resource: UploadsParts) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class Uploads(SyncAPIResource):
    @cached_property
    def parts(self) -> UploadsParts:
        return UploadsParts(self._client)

    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return UploadsWithStreamingResponse(self)

    def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Start an Upload, to send a large file in parts.

        An Upload takes up to 8 GB in parts of at most 64 MB each and must be completed within an hour. Completing it turns the parts into one ordinary File. The new Upload is `pending`.

        Args:
            filename: The name the finished file will have.
            purpose: What the finished file is for, as for a file uploaded in one go.
            bytes: The total size of the file, in bytes; the parts must add up to it.
            mime_type: The file's MIME type, such as `text/jsonl`; it has to be one the purpose accepts.
            expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["filename"] = filename
        _body["purpose"] = purpose
        _body["bytes"] = bytes
        _body["mime_type"] = mime_type
        if expires_after is not NOT_GIVEN:
            _body["expires_after"] = expires_after
        call = self._client.build_call(
            "post",
            "/uploads",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Upload)

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Finish an Upload, joining its parts into a File.

        The parts' bytes must add up to the size announced when the Upload was created. No part can be added afterwards. The answer is the `completed` Upload, with the new File in `file`.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
            part_ids: The IDs of the parts, in the order their bytes belong in the file.
            md5: An MD5 checksum of the whole file, if you want the joined bytes checked against it.
        """
        _body: dict[str, object] = {}
        _body["part_ids"] = part_ids
        if md5 is not NOT_GIVEN:
            _body["md5"] = md5
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/complete",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Upload)

    def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Abandon an Upload; no more parts are accepted.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
        """
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/cancel",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Upload)


class UploadsWithRawResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.complete = to_raw_response_wrapper(resource.complete)
        self.cancel = to_raw_response_wrapper(resource.cancel)

    @cached_property
    def parts(self) -> UploadsPartsWithRawResponse:
        return UploadsPartsWithRawResponse(self._resource.parts)


class UploadsWithStreamingResponse:
    def __init__(self, resource: Uploads) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.complete = to_streamed_response_wrapper(resource.complete)
        self.cancel = to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def parts(self) -> UploadsPartsWithStreamingResponse:
        return UploadsPartsWithStreamingResponse(self._resource.parts)


class AsyncUploadsParts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUploadsPartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncUploadsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsPartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncUploadsPartsWithStreamingResponse(self)

    async def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.UploadPart:
        """Send one part (a chunk of at most 64 MB) of an Upload.

        Parts may be sent in parallel; their order is given when the Upload is completed.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
            data: The bytes of this part.
        """
        _body: dict[str, object] = {}
        _body["data"] = data
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/parts",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
        )
        return await self._client.request(call, m.UploadPart)


class AsyncUploadsPartsWithRawResponse:
    def __init__(self, resource: AsyncUploadsParts) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncUploadsPartsWithStreamingResponse:
    def __init__(self, resource: AsyncUploadsParts) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class AsyncUploads(AsyncAPIResource):
    @cached_property
    def parts(self) -> AsyncUploadsParts:
        return AsyncUploadsParts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncUploadsWithStreamingResponse(self)

    async def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Start an Upload, to send a large file in parts.

        An Upload takes up to 8 GB in parts of at most 64 MB each and must be completed within an hour. Completing it turns the parts into one ordinary File. The new Upload is `pending`.

        Args:
            filename: The name the finished file will have.
            purpose: What the finished file is for, as for a file uploaded in one go.
            bytes: The total size of the file, in bytes; the parts must add up to it.
            mime_type: The file's MIME type, such as `text/jsonl`; it has to be one the purpose accepts.
            expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["filename"] = filename
        _body["purpose"] = purpose
        _body["bytes"] = bytes
        _body["mime_type"] = mime_type
        if expires_after is not NOT_GIVEN:
            _body["expires_after"] = expires_after
        call = self._client.build_call(
            "post",
            "/uploads",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Upload)

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: list[str],
        md5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Finish an Upload, joining its parts into a File.

        The parts' bytes must add up to the size announced when the Upload was created. No part can be added afterwards. The answer is the `completed` Upload, with the new File in `file`.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
            part_ids: The IDs of the parts, in the order their bytes belong in the file.
            md5: An MD5 checksum of the whole file, if you want the joined bytes checked against it.
        """
        _body: dict[str, object] = {}
        _body["part_ids"] = part_ids
        if md5 is not NOT_GIVEN:
            _body["md5"] = md5
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/complete",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Upload)

    async def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Upload:
        """Abandon an Upload; no more parts are accepted.

        Args:
            upload_id: The ID of the Upload, for example `upload_abc123`.
        """
        call = self._client.build_call(
            "post",
            "/uploads/{upload_id}/cancel",
            path={
                "upload_id": upload_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Upload)


class AsyncUploadsWithRawResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.complete = async_to_raw_response_wrapper(resource.complete)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)

    @cached_property
    def parts(self) -> AsyncUploadsPartsWithRawResponse:
        return AsyncUploadsPartsWithRawResponse(self._resource.parts)


class AsyncUploadsWithStreamingResponse:
    def __init__(self, resource: AsyncUploads) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.complete = async_to_streamed_response_wrapper(resource.complete)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def parts(self) -> AsyncUploadsPartsWithStreamingResponse:
        return AsyncUploadsPartsWithStreamingResponse(self._resource.parts)
