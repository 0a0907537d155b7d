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


class FineTuningJobsCheckpoints(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningJobsCheckpointsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return FineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsCheckpointsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return FineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.FineTuningJobCheckpoint]:
        """List the model checkpoints a fine-tuning job has saved.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
            after: The ID of the last checkpoint on the previous page; this page starts after it.
            limit: How many checkpoints to return in one page.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
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
        return self._client.page(call, SyncCursorPage[m.FineTuningJobCheckpoint])


class FineTuningJobsCheckpointsWithRawResponse:
    def __init__(self, resource: FineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class FineTuningJobsCheckpointsWithStreamingResponse:
    def __init__(self, resource: FineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class FineTuningJobs(SyncAPIResource):
    @cached_property
    def checkpoints(self) -> FineTuningJobsCheckpoints:
        return FineTuningJobsCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningJobsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return FineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return FineTuningJobsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.FineTuningJob]:
        """List the fine-tuning jobs of your organization, newest first.

        Args:
            after: The ID of the last job on the previous page; this page starts after it.
            limit: How many jobs to return in one page.
            metadata: Only jobs whose metadata has these key-value pairs (sent as `metadata[key]=value`).
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs",
            path=None,
            query={
                "after": after,
                "limit": limit,
                "metadata": metadata,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "metadata": "deep",
            },
        )
        return self._client.page(call, SyncCursorPage[m.FineTuningJob])

    def create(
        self,
        *,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"],
        training_file: str,
        hyperparameters: p.CreateFineTuningJobHyperparameters | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: builtins.list[p.FineTuningIntegration] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: p.FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Start a fine-tuning job that trains a new model on your data.

        The job is queued and runs in the background; poll it, or list its events, to follow it. When it succeeds, `fine_tuned_model` names the new model.

        Args:
            model: The base model to train, for example `gpt-4o-mini`.
            training_file: ID of an uploaded JSONL file (purpose `fine-tune`) holding the training examples, in chat, completions or preference format.
            hyperparameters: [deprecated] Training settings; superseded by `method`, where they now belong.
            suffix: Up to 64 characters to put into the name of the fine-tuned model, to tell your models apart.
            validation_file: ID of an uploaded JSONL file of held-out examples; metrics on it are reported while training. Must not overlap the training file.
            integrations: Outside services to report the job's progress to.
            seed: Fixes the randomness of training, so that a repeated job gives (nearly always) the same model. Chosen for you when left out.
            method: The training method: `type` names it, and the field of the same name holds its settings.
            metadata: Up to 16 string key-value pairs to keep with the job.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["training_file"] = training_file
        if hyperparameters is not NOT_GIVEN:
            _body["hyperparameters"] = hyperparameters
        if suffix is not NOT_GIVEN:
            _body["suffix"] = suffix
        if validation_file is not NOT_GIVEN:
            _body["validation_file"] = validation_file
        if integrations is not NOT_GIVEN:
            _body["integrations"] = integrations
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if method is not NOT_GIVEN:
            _body["method"] = method
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        call = self._client.build_call(
            "post",
            "/fine_tuning/jobs",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.FineTuningJob)

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Get the current state of a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.FineTuningJob)

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Stop a fine-tuning job that has not finished yet.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        call = self._client.build_call(
            "post",
            "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.FineTuningJob)

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.FineTuningJobEvent]:
        """List the progress messages and metrics a fine-tuning job has logged.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
            after: The ID of the last event on the previous page; this page starts after it.
            limit: How many events to return in one page.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}/events",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
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
        return self._client.page(call, SyncCursorPage[m.FineTuningJobEvent])


class FineTuningJobsWithRawResponse:
    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.list_events = to_raw_response_wrapper(resource.list_events)

    @cached_property
    def checkpoints(self) -> FineTuningJobsCheckpointsWithRawResponse:
        return FineTuningJobsCheckpointsWithRawResponse(self._resource.checkpoints)


class FineTuningJobsWithStreamingResponse:
    def __init__(self, resource: FineTuningJobs) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.cancel = to_streamed_response_wrapper(resource.cancel)
        self.list_events = to_streamed_response_wrapper(resource.list_events)

    @cached_property
    def checkpoints(self) -> FineTuningJobsCheckpointsWithStreamingResponse:
        return FineTuningJobsCheckpointsWithStreamingResponse(self._resource.checkpoints)


class FineTuning(SyncAPIResource):
    @cached_property
    def jobs(self) -> FineTuningJobs:
        return FineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return FineTuningWithStreamingResponse(self)


class FineTuningWithRawResponse:
    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> FineTuningJobsWithRawResponse:
        return FineTuningJobsWithRawResponse(self._resource.jobs)


class FineTuningWithStreamingResponse:
    def __init__(self, resource: FineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> FineTuningJobsWithStreamingResponse:
        return FineTuningJobsWithStreamingResponse(self._resource.jobs)


class AsyncFineTuningJobsCheckpoints(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsCheckpointsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncFineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncFineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.FineTuningJobCheckpoint], m.FineTuningJobCheckpoint]:
        """List the model checkpoints a fine-tuning job has saved.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
            after: The ID of the last checkpoint on the previous page; this page starts after it.
            limit: How many checkpoints to return in one page.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
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
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.FineTuningJobCheckpoint])


class AsyncFineTuningJobsCheckpointsWithRawResponse:
    def __init__(self, resource: AsyncFineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncFineTuningJobsCheckpointsWithStreamingResponse:
    def __init__(self, resource: AsyncFineTuningJobsCheckpoints) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class AsyncFineTuningJobs(AsyncAPIResource):
    @cached_property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpoints:
        return AsyncFineTuningJobsCheckpoints(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncFineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncFineTuningJobsWithStreamingResponse(self)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: dict[str, str] | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.FineTuningJob], m.FineTuningJob]:
        """List the fine-tuning jobs of your organization, newest first.

        Args:
            after: The ID of the last job on the previous page; this page starts after it.
            limit: How many jobs to return in one page.
            metadata: Only jobs whose metadata has these key-value pairs (sent as `metadata[key]=value`).
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs",
            path=None,
            query={
                "after": after,
                "limit": limit,
                "metadata": metadata,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "metadata": "deep",
            },
        )
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.FineTuningJob])

    async def create(
        self,
        *,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"],
        training_file: str,
        hyperparameters: p.CreateFineTuningJobHyperparameters | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        validation_file: str | None | NotGiven = NOT_GIVEN,
        integrations: builtins.list[p.FineTuningIntegration] | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        method: p.FineTuneMethod | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Start a fine-tuning job that trains a new model on your data.

        The job is queued and runs in the background; poll it, or list its events, to follow it. When it succeeds, `fine_tuned_model` names the new model.

        Args:
            model: The base model to train, for example `gpt-4o-mini`.
            training_file: ID of an uploaded JSONL file (purpose `fine-tune`) holding the training examples, in chat, completions or preference format.
            hyperparameters: [deprecated] Training settings; superseded by `method`, where they now belong.
            suffix: Up to 64 characters to put into the name of the fine-tuned model, to tell your models apart.
            validation_file: ID of an uploaded JSONL file of held-out examples; metrics on it are reported while training. Must not overlap the training file.
            integrations: Outside services to report the job's progress to.
            seed: Fixes the randomness of training, so that a repeated job gives (nearly always) the same model. Chosen for you when left out.
            method: The training method: `type` names it, and the field of the same name holds its settings.
            metadata: Up to 16 string key-value pairs to keep with the job.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["training_file"] = training_file
        if hyperparameters is not NOT_GIVEN:
            _body["hyperparameters"] = hyperparameters
        if suffix is not NOT_GIVEN:
            _body["suffix"] = suffix
        if validation_file is not NOT_GIVEN:
            _body["validation_file"] = validation_file
        if integrations is not NOT_GIVEN:
            _body["integrations"] = integrations
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if method is not NOT_GIVEN:
            _body["method"] = method
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        call = self._client.build_call(
            "post",
            "/fine_tuning/jobs",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.FineTuningJob)

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Get the current state of a fine-tuning job.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.FineTuningJob)

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.FineTuningJob:
        """Stop a fine-tuning job that has not finished yet.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
        """
        call = self._client.build_call(
            "post",
            "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.FineTuningJob)

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.FineTuningJobEvent], m.FineTuningJobEvent]:
        """List the progress messages and metrics a fine-tuning job has logged.

        Args:
            fine_tuning_job_id: The ID of the fine-tuning job.
            after: The ID of the last event on the previous page; this page starts after it.
            limit: How many events to return in one page.
        """
        call = self._client.build_call(
            "get",
            "/fine_tuning/jobs/{fine_tuning_job_id}/events",
            path={
                "fine_tuning_job_id": fine_tuning_job_id,
            },
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
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.FineTuningJobEvent])


class AsyncFineTuningJobsWithRawResponse:
    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.list_events = async_to_raw_response_wrapper(resource.list_events)

    @cached_property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpointsWithRawResponse:
        return AsyncFineTuningJobsCheckpointsWithRawResponse(self._resource.checkpoints)


class AsyncFineTuningJobsWithStreamingResponse:
    def __init__(self, resource: AsyncFineTuningJobs) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)
        self.list_events = async_to_streamed_response_wrapper(resource.list_events)

    @cached_property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        return AsyncFineTuningJobsCheckpointsWithStreamingResponse(self._resource.checkpoints)


class AsyncFineTuning(AsyncAPIResource):
    @cached_property
    def jobs(self) -> AsyncFineTuningJobs:
        return AsyncFineTuningJobs(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncFineTuningWithStreamingResponse(self)


class AsyncFineTuningWithRawResponse:
    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncFineTuningJobsWithRawResponse:
        return AsyncFineTuningJobsWithRawResponse(self._resource.jobs)


class AsyncFineTuningWithStreamingResponse:
    def __init__(self, resource: AsyncFineTuning) -> None:
        self._resource = resource

    @cached_property
    def jobs(self) -> AsyncFineTuningJobsWithStreamingResponse:
        return AsyncFineTuningJobsWithStreamingResponse(self._resource.jobs)
