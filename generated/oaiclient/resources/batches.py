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


class Batches(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BatchesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return BatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BatchesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return BatchesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.Batch]:
        """List the batches of your organization, newest first.

        Args:
            after: The ID of the last batch of the previous page; the page starts right after it. Walking a page follows this cursor for you.
            limit: Largest number of batches in one page (1 to 100).
        """
        call = self._client.build_call(
            "get",
            "/batches",
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
        return self._client.page(call, SyncCursorPage[m.Batch])

    def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        output_expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Run the requests of an uploaded JSONL file as one batch, at a lower price.

        Args:
            input_file_id: A file uploaded with purpose `batch`: a JSONL file of up to 50000 requests and 200 MB, all for the same endpoint.
            endpoint: The endpoint every request of the file goes to. Embedding batches may hold at most 50000 inputs in all.
            completion_window: How long the batch may take; only `24h` for now.
            metadata: Up to 16 string key-value pairs to attach to the batch.
            output_expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["input_file_id"] = input_file_id
        _body["endpoint"] = endpoint
        _body["completion_window"] = completion_window
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if output_expires_after is not NOT_GIVEN:
            _body["output_expires_after"] = output_expires_after
        call = self._client.build_call(
            "post",
            "/batches",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Batch)

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Get the current state of a batch.

        Args:
            batch_id: The ID of the batch, for example `batch_abc123`.
        """
        call = self._client.build_call(
            "get",
            "/batches/{batch_id}",
            path={
                "batch_id": batch_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Batch)

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Stop a batch that is still running.

        The batch is `cancelling` for up to ten minutes and then `cancelled`; the results of requests that finished before that stay in its output file.

        Args:
            batch_id: The ID of the batch, for example `batch_abc123`.
        """
        call = self._client.build_call(
            "post",
            "/batches/{batch_id}/cancel",
            path={
                "batch_id": batch_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Batch)


class BatchesWithRawResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.cancel = to_raw_response_wrapper(resource.cancel)


class BatchesWithStreamingResponse:
    def __init__(self, resource: Batches) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.cancel = to_streamed_response_wrapper(resource.cancel)


class AsyncBatches(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBatchesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncBatchesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBatchesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncBatchesWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.Batch], m.Batch]:
        """List the batches of your organization, newest first.

        Args:
            after: The ID of the last batch of the previous page; the page starts right after it. Walking a page follows this cursor for you.
            limit: Largest number of batches in one page (1 to 100).
        """
        call = self._client.build_call(
            "get",
            "/batches",
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
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.Batch])

    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: Literal[
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos",
        ],
        completion_window: Literal["24h"],
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        output_expires_after: p.FileExpirationAfter | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Run the requests of an uploaded JSONL file as one batch, at a lower price.

        Args:
            input_file_id: A file uploaded with purpose `batch`: a JSONL file of up to 50000 requests and 200 MB, all for the same endpoint.
            endpoint: The endpoint every request of the file goes to. Embedding batches may hold at most 50000 inputs in all.
            completion_window: How long the batch may take; only `24h` for now.
            metadata: Up to 16 string key-value pairs to attach to the batch.
            output_expires_after: When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
        """
        _body: dict[str, object] = {}
        _body["input_file_id"] = input_file_id
        _body["endpoint"] = endpoint
        _body["completion_window"] = completion_window
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if output_expires_after is not NOT_GIVEN:
            _body["output_expires_after"] = output_expires_after
        call = self._client.build_call(
            "post",
            "/batches",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Batch)

    async def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Get the current state of a batch.

        Args:
            batch_id: The ID of the batch, for example `batch_abc123`.
        """
        call = self._client.build_call(
            "get",
            "/batches/{batch_id}",
            path={
                "batch_id": batch_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Batch)

    async def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Batch:
        """Stop a batch that is still running.

        The batch is `cancelling` for up to ten minutes and then `cancelled`; the results of requests that finished before that stay in its output file.

        Args:
            batch_id: The ID of the batch, for example `batch_abc123`.
        """
        call = self._client.build_call(
            "post",
            "/batches/{batch_id}/cancel",
            path={
                "batch_id": batch_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Batch)


class AsyncBatchesWithRawResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)


class AsyncBatchesWithStreamingResponse:
    def __init__(self, resource: AsyncBatches) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
