# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Literal, cast, overload

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
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.FileObject]:
        call = self._client.build_call(
            "get",
            "/files",
            path=None,
            query={
                "after": after,
                "limit": limit,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(call, SyncCursorPage[m.FileObject])

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["docs", "art"],
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra: builtins.list[FileTypes] | NotGiven = NOT_GIVEN,
        public: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FileObject:
        """Args:
        file: The file.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["purpose"] = purpose
        if tags is not NOT_GIVEN:
            _body["tags"] = tags
        if extra is not NOT_GIVEN:
            _body["extra"] = extra
        if public is not NOT_GIVEN:
            _body["public"] = public
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
        return self._client.request(call, m.FileObject)

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
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
            accept="application/octet-stream",
        )
        return self._client.request(call, BinaryResponse)

    def summary(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FileObject | str:
        call = self._client.build_call(
            "get",
            "/files/{file_id}/summary",
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
            accept_text=True,
        )
        return self._client.request(call, m.FileObject)


class FilesWithRawResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.content = to_raw_response_wrapper(resource.content)
        self.summary = to_raw_response_wrapper(resource.summary)


class FilesWithStreamingResponse:
    def __init__(self, resource: Files) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.content = to_streamed_response_wrapper(resource.content)
        self.summary = to_streamed_response_wrapper(resource.summary)


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
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.FileObject], m.FileObject]:
        call = self._client.build_call(
            "get",
            "/files",
            path=None,
            query={
                "after": after,
                "limit": limit,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.FileObject])

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["docs", "art"],
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        extra: builtins.list[FileTypes] | NotGiven = NOT_GIVEN,
        public: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FileObject:
        """Args:
        file: The file.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["purpose"] = purpose
        if tags is not NOT_GIVEN:
            _body["tags"] = tags
        if extra is not NOT_GIVEN:
            _body["extra"] = extra
        if public is not NOT_GIVEN:
            _body["public"] = public
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
        return await self._client.request(call, m.FileObject)

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
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
            accept="application/octet-stream",
        )
        return await self._client.request(call, BinaryResponse)

    async def summary(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FileObject | str:
        call = self._client.build_call(
            "get",
            "/files/{file_id}/summary",
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
            accept_text=True,
        )
        return await self._client.request(call, m.FileObject)


class AsyncFilesWithRawResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.content = async_to_raw_response_wrapper(resource.content)
        self.summary = async_to_raw_response_wrapper(resource.summary)


class AsyncFilesWithStreamingResponse:
    def __init__(self, resource: AsyncFiles) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.content = async_to_streamed_response_wrapper(resource.content)
        self.summary = async_to_streamed_response_wrapper(resource.summary)
