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


class ResponsesInputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ResponsesInputItemsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesInputItemsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: builtins.list[p.ResponseIncludable] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.ResponseItem]:
        """List the input items of a stored response.

        Pages through the items the response was given, following `after`.

        Args:
            response_id: The ID of the response, such as `resp_123`.
            limit: How many items to return on a page, between 1 and 100.
            order: `asc` for oldest first, `desc` for newest first.
            after: Start the page after the item with this ID.
            include: Extra data to include in the returned items.
        """
        call = self._client.build_call(
            "get",
            "/responses/{response_id}/input_items",
            path={
                "response_id": response_id,
            },
            query={
                "limit": limit,
                "order": order,
                "after": after,
                "include[]": include,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "include[]": "form",
            },
        )
        return self._client.page(call, SyncCursorPage[m.ResponseItem])


class ResponsesInputItemsWithRawResponse:
    def __init__(self, resource: ResponsesInputItems) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ResponsesInputItemsWithStreamingResponse:
    def __init__(self, resource: ResponsesInputItems) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class Responses(SyncAPIResource):
    @cached_property
    def input_items(self) -> ResponsesInputItems:
        return ResponsesInputItems(self._client)

    @cached_property
    def with_raw_response(self) -> ResponsesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ResponsesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ResponsesWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response: ...

    @overload
    def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[m.ResponseStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response | Stream[m.ResponseStreamEvent]: ...

    def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response | Stream[m.ResponseStreamEvent]:
        """Create a model response.

        Generates a response from text, image or file input, optionally calling tools along the way. Pass `previous_response_id` or `conversation` to continue earlier turns. With `stream: true` the result arrives as server-sent events, each one a typed `ResponseStreamEvent`.

        Args:
            model: The model to use, such as `gpt-4o` or `o3`. Any model ID is accepted; the known IDs include models that only the Responses API serves.
            input: What the model responds to: a string, or a list of messages and other items.
            instructions: A system (or developer) message placed before the input. It does not carry over to responses that continue this one through `previous_response_id`.
            tools: Tools the model may use: built-in tools, functions, custom tools, MCP servers.
            tool_choice: Which tool the model calls: a mode (`none`, `auto`, `required`) or an object that limits or names the tools.
            parallel_tool_calls: Whether the model may call several tools at once.
            max_tool_calls: The most calls to built-in tools the model may make in this response.
            text: How the model's text output is shaped.
            reasoning: Settings for reasoning models.
            previous_response_id: The ID of an earlier response to continue from, for a conversation over several turns. Cannot be combined with `conversation`.
            conversation: The conversation this response belongs to; its items are read as input, and the input and output of this response are added to it.
            store: Whether to keep the response so that it can be fetched later.
            background: Run the response in the background and return at once; poll it with `retrieve`.
            include: Extra data to include in the output.
            stream: Send the response back as server-sent events while it is generated.
            stream_options: Settings for streaming; only when `stream` is true.
            max_output_tokens: An upper limit on generated tokens, visible output and reasoning together.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            top_logprobs: How many of the likeliest tokens to return, with log probabilities, at each position.
            truncation: [deprecated] `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
            metadata: Up to 16 string key-value pairs for your own bookkeeping.
            prompt: A stored prompt template to use, with values for its variables.
            service_tier: The processing tier: `auto` uses the project's setting; the tier actually used is reported in the response.
            user: [deprecated] An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
            safety_identifier: A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
            prompt_cache_key: A key that groups similar requests to improve prompt cache hit rates.
            prompt_cache_retention: [deprecated] How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
            prompt_cache_options: How the prompt cache treats this request.
            context_management: Rules for keeping the context of a long conversation within bounds.
            moderation: Moderation of the input and output.
        """
        _body: dict[str, object] = {}
        if model is not NOT_GIVEN:
            _body["model"] = model
        if input is not NOT_GIVEN:
            _body["input"] = input
        if instructions is not NOT_GIVEN:
            _body["instructions"] = instructions
        if tools is not NOT_GIVEN:
            _body["tools"] = tools
        if tool_choice is not NOT_GIVEN:
            _body["tool_choice"] = tool_choice
        if parallel_tool_calls is not NOT_GIVEN:
            _body["parallel_tool_calls"] = parallel_tool_calls
        if max_tool_calls is not NOT_GIVEN:
            _body["max_tool_calls"] = max_tool_calls
        if text is not NOT_GIVEN:
            _body["text"] = text
        if reasoning is not NOT_GIVEN:
            _body["reasoning"] = reasoning
        if previous_response_id is not NOT_GIVEN:
            _body["previous_response_id"] = previous_response_id
        if conversation is not NOT_GIVEN:
            _body["conversation"] = conversation
        if store is not NOT_GIVEN:
            _body["store"] = store
        if background is not NOT_GIVEN:
            _body["background"] = background
        if include is not NOT_GIVEN:
            _body["include"] = include
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if max_output_tokens is not NOT_GIVEN:
            _body["max_output_tokens"] = max_output_tokens
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if top_logprobs is not NOT_GIVEN:
            _body["top_logprobs"] = top_logprobs
        if truncation is not NOT_GIVEN:
            _body["truncation"] = truncation
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if service_tier is not NOT_GIVEN:
            _body["service_tier"] = service_tier
        if user is not NOT_GIVEN:
            _body["user"] = user
        if safety_identifier is not NOT_GIVEN:
            _body["safety_identifier"] = safety_identifier
        if prompt_cache_key is not NOT_GIVEN:
            _body["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not NOT_GIVEN:
            _body["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not NOT_GIVEN:
            _body["prompt_cache_options"] = prompt_cache_options
        if context_management is not NOT_GIVEN:
            _body["context_management"] = context_management
        if moderation is not NOT_GIVEN:
            _body["moderation"] = moderation
        call = self._client.build_call(
            "post",
            "/responses",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return self._client.stream(
                call,
                m.ResponseStreamEvent,
                final_events=(
                    "response.completed",
                    "response.failed",
                    "response.incomplete",
                ),
            )
        return self._client.request(call, m.Response)

    def retrieve(
        self,
        response_id: str,
        *,
        include: list[p.ResponseIncludable] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response:
        """Fetch a stored response.

        Args:
            response_id: The ID of the response, such as `resp_123`.
            include: Extra data to include in the returned items.
        """
        call = self._client.build_call(
            "get",
            "/responses/{response_id}",
            path={
                "response_id": response_id,
            },
            query={
                "include[]": include,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "include[]": "form",
            },
        )
        return self._client.request(call, m.Response)

    def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a stored response.

        Args:
            response_id: The ID of the response, such as `resp_123`.
        """
        call = self._client.build_call(
            "delete",
            "/responses/{response_id}",
            path={
                "response_id": response_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        self._client.request_no_content(call)

    def cancel(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response:
        """Cancel a response running in the background.

        Only responses created with `background: true` can be cancelled. The cancelled response is returned.

        Args:
            response_id: The ID of the response, such as `resp_123`.
        """
        call = self._client.build_call(
            "post",
            "/responses/{response_id}/cancel",
            path={
                "response_id": response_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Response)


class ResponsesWithRawResponse:
    def __init__(self, resource: Responses) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.cancel = to_raw_response_wrapper(resource.cancel)

    @cached_property
    def input_items(self) -> ResponsesInputItemsWithRawResponse:
        return ResponsesInputItemsWithRawResponse(self._resource.input_items)


class ResponsesWithStreamingResponse:
    def __init__(self, resource: Responses) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.cancel = to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def input_items(self) -> ResponsesInputItemsWithStreamingResponse:
        return ResponsesInputItemsWithStreamingResponse(self._resource.input_items)


class AsyncResponsesInputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncResponsesInputItemsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncResponsesInputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesInputItemsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncResponsesInputItemsWithStreamingResponse(self)

    def list(
        self,
        response_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        include: builtins.list[p.ResponseIncludable] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.ResponseItem], m.ResponseItem]:
        """List the input items of a stored response.

        Pages through the items the response was given, following `after`.

        Args:
            response_id: The ID of the response, such as `resp_123`.
            limit: How many items to return on a page, between 1 and 100.
            order: `asc` for oldest first, `desc` for newest first.
            after: Start the page after the item with this ID.
            include: Extra data to include in the returned items.
        """
        call = self._client.build_call(
            "get",
            "/responses/{response_id}/input_items",
            path={
                "response_id": response_id,
            },
            query={
                "limit": limit,
                "order": order,
                "after": after,
                "include[]": include,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "include[]": "form",
            },
        )
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.ResponseItem])


class AsyncResponsesInputItemsWithRawResponse:
    def __init__(self, resource: AsyncResponsesInputItems) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncResponsesInputItemsWithStreamingResponse:
    def __init__(self, resource: AsyncResponsesInputItems) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class AsyncResponses(AsyncAPIResource):
    @cached_property
    def input_items(self) -> AsyncResponsesInputItems:
        return AsyncResponsesInputItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncResponsesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncResponsesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncResponsesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncResponsesWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response: ...

    @overload
    async def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[m.ResponseStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response | AsyncStream[m.ResponseStreamEvent]: ...

    async def create(
        self,
        *,
        model: p.ResponsesModel | NotGiven = NOT_GIVEN,
        input: str | list[p.ResponseInputItem] | NotGiven = NOT_GIVEN,
        instructions: str | None | NotGiven = NOT_GIVEN,
        tools: list[p.ResponseTool] | NotGiven = NOT_GIVEN,
        tool_choice: p.ResponseToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | None | NotGiven = NOT_GIVEN,
        max_tool_calls: int | None | NotGiven = NOT_GIVEN,
        text: p.ResponseTextConfig | NotGiven = NOT_GIVEN,
        reasoning: p.Reasoning | None | NotGiven = NOT_GIVEN,
        previous_response_id: str | None | NotGiven = NOT_GIVEN,
        conversation: str | p.ResponseConversationParam | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        include: list[p.ResponseIncludable] | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ResponseStreamOptions | None | NotGiven = NOT_GIVEN,
        max_output_tokens: int | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | None | NotGiven = NOT_GIVEN,
        metadata: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        prompt: p.ResponsePrompt | None | NotGiven = NOT_GIVEN,
        service_tier: (
            Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None | NotGiven
        ) = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_retention: Literal["in_memory", "24h"] | None | NotGiven = NOT_GIVEN,
        prompt_cache_options: p.ResponsePromptCacheOptionsParam | NotGiven = NOT_GIVEN,
        context_management: list[p.ResponseContextManagement] | None | NotGiven = NOT_GIVEN,
        moderation: p.ResponseModerationParam | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response | AsyncStream[m.ResponseStreamEvent]:
        """Create a model response.

        Generates a response from text, image or file input, optionally calling tools along the way. Pass `previous_response_id` or `conversation` to continue earlier turns. With `stream: true` the result arrives as server-sent events, each one a typed `ResponseStreamEvent`.

        Args:
            model: The model to use, such as `gpt-4o` or `o3`. Any model ID is accepted; the known IDs include models that only the Responses API serves.
            input: What the model responds to: a string, or a list of messages and other items.
            instructions: A system (or developer) message placed before the input. It does not carry over to responses that continue this one through `previous_response_id`.
            tools: Tools the model may use: built-in tools, functions, custom tools, MCP servers.
            tool_choice: Which tool the model calls: a mode (`none`, `auto`, `required`) or an object that limits or names the tools.
            parallel_tool_calls: Whether the model may call several tools at once.
            max_tool_calls: The most calls to built-in tools the model may make in this response.
            text: How the model's text output is shaped.
            reasoning: Settings for reasoning models.
            previous_response_id: The ID of an earlier response to continue from, for a conversation over several turns. Cannot be combined with `conversation`.
            conversation: The conversation this response belongs to; its items are read as input, and the input and output of this response are added to it.
            store: Whether to keep the response so that it can be fetched later.
            background: Run the response in the background and return at once; poll it with `retrieve`.
            include: Extra data to include in the output.
            stream: Send the response back as server-sent events while it is generated.
            stream_options: Settings for streaming; only when `stream` is true.
            max_output_tokens: An upper limit on generated tokens, visible output and reasoning together.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            top_logprobs: How many of the likeliest tokens to return, with log probabilities, at each position.
            truncation: [deprecated] `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
            metadata: Up to 16 string key-value pairs for your own bookkeeping.
            prompt: A stored prompt template to use, with values for its variables.
            service_tier: The processing tier: `auto` uses the project's setting; the tier actually used is reported in the response.
            user: [deprecated] An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
            safety_identifier: A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
            prompt_cache_key: A key that groups similar requests to improve prompt cache hit rates.
            prompt_cache_retention: [deprecated] How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
            prompt_cache_options: How the prompt cache treats this request.
            context_management: Rules for keeping the context of a long conversation within bounds.
            moderation: Moderation of the input and output.
        """
        _body: dict[str, object] = {}
        if model is not NOT_GIVEN:
            _body["model"] = model
        if input is not NOT_GIVEN:
            _body["input"] = input
        if instructions is not NOT_GIVEN:
            _body["instructions"] = instructions
        if tools is not NOT_GIVEN:
            _body["tools"] = tools
        if tool_choice is not NOT_GIVEN:
            _body["tool_choice"] = tool_choice
        if parallel_tool_calls is not NOT_GIVEN:
            _body["parallel_tool_calls"] = parallel_tool_calls
        if max_tool_calls is not NOT_GIVEN:
            _body["max_tool_calls"] = max_tool_calls
        if text is not NOT_GIVEN:
            _body["text"] = text
        if reasoning is not NOT_GIVEN:
            _body["reasoning"] = reasoning
        if previous_response_id is not NOT_GIVEN:
            _body["previous_response_id"] = previous_response_id
        if conversation is not NOT_GIVEN:
            _body["conversation"] = conversation
        if store is not NOT_GIVEN:
            _body["store"] = store
        if background is not NOT_GIVEN:
            _body["background"] = background
        if include is not NOT_GIVEN:
            _body["include"] = include
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if max_output_tokens is not NOT_GIVEN:
            _body["max_output_tokens"] = max_output_tokens
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if top_logprobs is not NOT_GIVEN:
            _body["top_logprobs"] = top_logprobs
        if truncation is not NOT_GIVEN:
            _body["truncation"] = truncation
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if service_tier is not NOT_GIVEN:
            _body["service_tier"] = service_tier
        if user is not NOT_GIVEN:
            _body["user"] = user
        if safety_identifier is not NOT_GIVEN:
            _body["safety_identifier"] = safety_identifier
        if prompt_cache_key is not NOT_GIVEN:
            _body["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not NOT_GIVEN:
            _body["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not NOT_GIVEN:
            _body["prompt_cache_options"] = prompt_cache_options
        if context_management is not NOT_GIVEN:
            _body["context_management"] = context_management
        if moderation is not NOT_GIVEN:
            _body["moderation"] = moderation
        call = self._client.build_call(
            "post",
            "/responses",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        if stream is True:
            return await self._client.stream(
                call,
                m.ResponseStreamEvent,
                final_events=(
                    "response.completed",
                    "response.failed",
                    "response.incomplete",
                ),
            )
        return await self._client.request(call, m.Response)

    async def retrieve(
        self,
        response_id: str,
        *,
        include: list[p.ResponseIncludable] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response:
        """Fetch a stored response.

        Args:
            response_id: The ID of the response, such as `resp_123`.
            include: Extra data to include in the returned items.
        """
        call = self._client.build_call(
            "get",
            "/responses/{response_id}",
            path={
                "response_id": response_id,
            },
            query={
                "include[]": include,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            query_styles={
                "include[]": "form",
            },
        )
        return await self._client.request(call, m.Response)

    async def delete(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a stored response.

        Args:
            response_id: The ID of the response, such as `resp_123`.
        """
        call = self._client.build_call(
            "delete",
            "/responses/{response_id}",
            path={
                "response_id": response_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        await self._client.request_no_content(call)

    async def cancel(
        self,
        response_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Response:
        """Cancel a response running in the background.

        Only responses created with `background: true` can be cancelled. The cancelled response is returned.

        Args:
            response_id: The ID of the response, such as `resp_123`.
        """
        call = self._client.build_call(
            "post",
            "/responses/{response_id}/cancel",
            path={
                "response_id": response_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Response)


class AsyncResponsesWithRawResponse:
    def __init__(self, resource: AsyncResponses) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)

    @cached_property
    def input_items(self) -> AsyncResponsesInputItemsWithRawResponse:
        return AsyncResponsesInputItemsWithRawResponse(self._resource.input_items)


class AsyncResponsesWithStreamingResponse:
    def __init__(self, resource: AsyncResponses) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.cancel = async_to_streamed_response_wrapper(resource.cancel)

    @cached_property
    def input_items(self) -> AsyncResponsesInputItemsWithStreamingResponse:
        return AsyncResponsesInputItemsWithStreamingResponse(self._resource.input_items)
