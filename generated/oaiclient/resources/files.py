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


class Files(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return FilesWithStreamingResponse(self)

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.OpenAIFile]:
        """List the files you have uploaded, newest first unless asked otherwise.

        Args:
            purpose: Only list files uploaded for this purpose.
            limit: Largest number of files in one page (1 to 10000).
            order: `asc` for oldest first by `created_at`, `desc` for newest first.
            after: The ID of the last file of the previous page; the page starts right after it. Walking a page follows this cursor for you.
        """
        call = self._client.build_call(
            "get",
            "/files",
            path=None,
            query={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(call, SyncCursorPage[m.OpenAIFile])

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.OpenAIFile:
        """Upload a file for use with other endpoints (fine-tuning, batches, assistants ...).

        One file may be up to 512 MB. Fine-tuning and batch inputs must be `.jsonl` files; a batch input may be up to 200 MB. For larger files, or to send one in pieces, use an Upload.

        Args:
            file: The content to upload (the file itself, not its name).
            purpose: What the file is for: `assistants`, `batch` input, `fine-tune` training data, `vision` fine-tuning images, `user_data` for anything else, or `evals` data sets.
            expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["purpose"] = purpose
        if expires_after is not NOT_GIVEN:
            _body["expires_after"] = expires_after
        call = self._client.build_call(
            "post",
            "/files",
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
        return self._client.request(call, m.OpenAIFile)

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.OpenAIFile:
        """Get the details of one uploaded file.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "get",
            "/files/{file_id}",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.OpenAIFile)

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteFileResponse:
        """Delete a file; it is also taken out of every vector store that holds it.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "delete",
            "/files/{file_id}",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.DeleteFileResponse)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download what a file holds, as raw bytes.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "get",
            "/files/{file_id}/content",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            accept="application/octet-stream, */*;q=0.1",
        )
        return self._client.request(call, BinaryResponse)


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.content = to_raw_response_wrapper(resource.content)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.content = to_streamed_response_wrapper(resource.content)


class AsyncFiles(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncFilesWithStreamingResponse(self)

    def list(
        self,
        *,
        purpose: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.OpenAIFile], m.OpenAIFile]:
        """List the files you have uploaded, newest first unless asked otherwise.

        Args:
            purpose: Only list files uploaded for this purpose.
            limit: Largest number of files in one page (1 to 10000).
            order: `asc` for oldest first by `created_at`, `desc` for newest first.
            after: The ID of the last file of the previous page; the page starts right after it. Walking a page follows this cursor for you.
        """
        call = self._client.build_call(
            "get",
            "/files",
            path=None,
            query={
                "purpose": purpose,
                "limit": limit,
                "order": order,
                "after": after,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.OpenAIFile])

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.OpenAIFile:
        """Upload a file for use with other endpoints (fine-tuning, batches, assistants ...).

        One file may be up to 512 MB. Fine-tuning and batch inputs must be `.jsonl` files; a batch input may be up to 200 MB. For larger files, or to send one in pieces, use an Upload.

        Args:
            file: The content to upload (the file itself, not its name).
            purpose: What the file is for: `assistants`, `batch` input, `fine-tune` training data, `vision` fine-tuning images, `user_data` for anything else, or `evals` data sets.
            expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["purpose"] = purpose
        if expires_after is not NOT_GIVEN:
            _body["expires_after"] = expires_after
        call = self._client.build_call(
            "post",
            "/files",
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
        return await self._client.request(call, m.OpenAIFile)

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.OpenAIFile:
        """Get the details of one uploaded file.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "get",
            "/files/{file_id}",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.OpenAIFile)

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteFileResponse:
        """Delete a file; it is also taken out of every vector store that holds it.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "delete",
            "/files/{file_id}",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.DeleteFileResponse)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Download what a file holds, as raw bytes.

        Args:
            file_id: The ID of the file, for example `file-abc123`.
        """
        call = self._client.build_call(
            "get",
            "/files/{file_id}/content",
            path={
                "file_id": file_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            accept="application/octet-stream, */*;q=0.1",
        )
        return await self._client.request(call, BinaryResponse)


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.content = async_to_raw_response_wrapper(resource.content)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.content = async_to_streamed_response_wrapper(resource.content)
