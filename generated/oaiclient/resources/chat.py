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


class ChatCompletionsMessages(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ChatCompletionsMessagesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ChatCompletionsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsMessagesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ChatCompletionsMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.ChatCompletionStoreMessage]:
        """List the request messages of a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
            after: The ID of the last message on the previous page; this page starts after it.
            limit: How many messages to return in one page.
            order: Oldest first (`asc`, the default) or newest first (`desc`).
        """
        call = self._client.build_call(
            "get",
            "/chat/completions/{completion_id}/messages",
            path={
                "completion_id": completion_id,
            },
            query={
                "after": after,
                "limit": limit,
                "order": order,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(call, SyncCursorPage[m.ChatCompletionStoreMessage])


class ChatCompletionsMessagesWithRawResponse:
    def __init__(self, resource: ChatCompletionsMessages) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class ChatCompletionsMessagesWithStreamingResponse:
    def __init__(self, resource: ChatCompletionsMessages) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)


class ChatCompletions(SyncAPIResource):
    @cached_property
    def messages(self) -> ChatCompletionsMessages:
        return ChatCompletionsMessages(self._client)

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatCompletionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ChatCompletionsWithStreamingResponse(self)

    def list(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[m.CreateChatCompletionResponse]:
        """List the chat completions that were stored (created with `store` set to true).

        Args:
            model: Only completions made with this model.
            metadata: Only stored completions whose metadata has these key-value pairs (sent as `metadata[key]=value`).
            after: The ID of the last completion on the previous page; this page starts after it.
            limit: How many completions to return in one page.
            order: Oldest first (`asc`, the default) or newest first (`desc`).
        """
        call = self._client.build_call(
            "get",
            "/chat/completions",
            path=None,
            query={
                "model": model,
                "metadata": metadata,
                "after": after,
                "limit": limit,
                "order": order,
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
        return self._client.page(call, SyncCursorPage[m.CreateChatCompletionResponse])

    @overload
    def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[m.CreateChatCompletionStreamResponse]: ...

    @overload
    def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse | Stream[m.CreateChatCompletionStreamResponse]: ...

    def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse | Stream[m.CreateChatCompletionStreamResponse]:
        """Generate the next message in a chat conversation.

        Returns a chat completion, or a stream of chat completion chunks when `stream` is true. Some parameters are only accepted by some models.

        Args:
            model: Which model should write the reply, for example `gpt-4o`.
            messages: The conversation so far, oldest message first.
            frequency_penalty: Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
            logit_bias: Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
            logprobs: Whether to return the log probability of each output token.
            top_logprobs: How many of the most likely tokens to return, with log probabilities, at each position. Requires `logprobs` to be true.
            max_tokens: [deprecated] The most tokens to generate. Replaced by `max_completion_tokens`, and not accepted by reasoning models.
            max_completion_tokens: An upper limit on generated tokens, counting both visible output and reasoning tokens.
            n: How many alternative replies to generate. You pay for the tokens of all of them.
            modalities: The kinds of output wanted, such as `["text"]` or `["text", "audio"]` for models that can speak.
            prediction: Content that the reply is expected to largely repeat (for example a file being edited), which can make generation faster.
            audio: Voice and format for audio output; required when `modalities` includes `audio`.
            presence_penalty: Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
            response_format: The shape of the reply: plain text, JSON that follows a given schema, or any valid JSON object.
            seed: [deprecated] Ask for deterministic sampling on a best-effort basis; compare `system_fingerprint` in responses to spot backend changes.
            service_tier: The processing tier for this request. `auto` uses the project's setting; the tier actually used is echoed in the response.
            stop: Up to four sequences at which generation stops. Not supported by the latest reasoning models.
            store: Whether to keep the completion for later use in model distillation or evals.
            metadata: Up to 16 string key-value pairs to attach to the stored completion.
            stream: Send the reply back as server-sent events while it is generated.
            stream_options: Options for streaming; only allowed when `stream` is true.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            tools: Tools the model may call, either functions or custom tools.
            tool_choice: Which tool the model calls: `none` (reply with text), `auto` (the model decides; the default when tools are given), `required` (at least one tool), or an object that limits or names the tools.
            parallel_tool_calls: Whether the model may call several tools in one reply.
            user: [deprecated] An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
            safety_identifier: A stable, privacy-preserving identifier for your end user (for example a hashed ID), used to detect abuse.
            prompt_cache_key: A key that groups similar requests to improve prompt cache hit rates.
            reasoning_effort: How much effort a reasoning model should spend thinking before it answers.
            verbosity: How long and detailed the answer should be.
            web_search_options: Settings for models that search the web before answering.
            function_call: [deprecated] Replaced by `tool_choice`. `none`, `auto`, or an object naming the function the model must call.
            functions: [deprecated] Replaced by `tools`. Functions the model may call.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["messages"] = messages
        if frequency_penalty is not NOT_GIVEN:
            _body["frequency_penalty"] = frequency_penalty
        if logit_bias is not NOT_GIVEN:
            _body["logit_bias"] = logit_bias
        if logprobs is not NOT_GIVEN:
            _body["logprobs"] = logprobs
        if top_logprobs is not NOT_GIVEN:
            _body["top_logprobs"] = top_logprobs
        if max_tokens is not NOT_GIVEN:
            _body["max_tokens"] = max_tokens
        if max_completion_tokens is not NOT_GIVEN:
            _body["max_completion_tokens"] = max_completion_tokens
        if n is not NOT_GIVEN:
            _body["n"] = n
        if modalities is not NOT_GIVEN:
            _body["modalities"] = modalities
        if prediction is not NOT_GIVEN:
            _body["prediction"] = prediction
        if audio is not NOT_GIVEN:
            _body["audio"] = audio
        if presence_penalty is not NOT_GIVEN:
            _body["presence_penalty"] = presence_penalty
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if service_tier is not NOT_GIVEN:
            _body["service_tier"] = service_tier
        if stop is not NOT_GIVEN:
            _body["stop"] = stop
        if store is not NOT_GIVEN:
            _body["store"] = store
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if tools is not NOT_GIVEN:
            _body["tools"] = tools
        if tool_choice is not NOT_GIVEN:
            _body["tool_choice"] = tool_choice
        if parallel_tool_calls is not NOT_GIVEN:
            _body["parallel_tool_calls"] = parallel_tool_calls
        if user is not NOT_GIVEN:
            _body["user"] = user
        if safety_identifier is not NOT_GIVEN:
            _body["safety_identifier"] = safety_identifier
        if prompt_cache_key is not NOT_GIVEN:
            _body["prompt_cache_key"] = prompt_cache_key
        if reasoning_effort is not NOT_GIVEN:
            _body["reasoning_effort"] = reasoning_effort
        if verbosity is not NOT_GIVEN:
            _body["verbosity"] = verbosity
        if web_search_options is not NOT_GIVEN:
            _body["web_search_options"] = web_search_options
        if function_call is not NOT_GIVEN:
            _body["function_call"] = function_call
        if functions is not NOT_GIVEN:
            _body["functions"] = functions
        call = self._client.build_call(
            "post",
            "/chat/completions",
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
            return self._client.stream(call, m.CreateChatCompletionStreamResponse)
        return self._client.request(call, m.CreateChatCompletionResponse)

    def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse:
        """Get a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
        """
        call = self._client.build_call(
            "get",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.CreateChatCompletionResponse)

    def update(
        self,
        completion_id: str,
        *,
        metadata: p.Metadata | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse:
        """Replace the metadata of a stored chat completion.

        The metadata is the only part of a stored completion that can change.

        Args:
            completion_id: The ID of a stored chat completion.
            metadata: The key-value pairs that replace the current ones; null removes them all.
        """
        _body: dict[str, object] = {}
        _body["metadata"] = metadata
        call = self._client.build_call(
            "post",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.CreateChatCompletionResponse)

    def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ChatCompletionDeleted:
        """Delete a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
        """
        call = self._client.build_call(
            "delete",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.ChatCompletionDeleted)


class ChatCompletionsWithRawResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)

    @cached_property
    def messages(self) -> ChatCompletionsMessagesWithRawResponse:
        return ChatCompletionsMessagesWithRawResponse(self._resource.messages)


class ChatCompletionsWithStreamingResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.create = to_streamed_response_wrapper(resource.create)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)
        self.delete = to_streamed_response_wrapper(resource.delete)

    @cached_property
    def messages(self) -> ChatCompletionsMessagesWithStreamingResponse:
        return ChatCompletionsMessagesWithStreamingResponse(self._resource.messages)


class Chat(SyncAPIResource):
    @cached_property
    def completions(self) -> ChatCompletions:
        return ChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ChatWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ChatWithStreamingResponse(self)


class ChatWithRawResponse:
    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithRawResponse:
        return ChatCompletionsWithRawResponse(self._resource.completions)


class ChatWithStreamingResponse:
    def __init__(self, resource: Chat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> ChatCompletionsWithStreamingResponse:
        return ChatCompletionsWithStreamingResponse(self._resource.completions)


class AsyncChatCompletionsMessages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsMessagesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncChatCompletionsMessagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsMessagesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncChatCompletionsMessagesWithStreamingResponse(self)

    def list(
        self,
        completion_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.ChatCompletionStoreMessage], m.ChatCompletionStoreMessage]:
        """List the request messages of a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
            after: The ID of the last message on the previous page; this page starts after it.
            limit: How many messages to return in one page.
            order: Oldest first (`asc`, the default) or newest first (`desc`).
        """
        call = self._client.build_call(
            "get",
            "/chat/completions/{completion_id}/messages",
            path={
                "completion_id": completion_id,
            },
            query={
                "after": after,
                "limit": limit,
                "order": order,
            },
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.ChatCompletionStoreMessage])


class AsyncChatCompletionsMessagesWithRawResponse:
    def __init__(self, resource: AsyncChatCompletionsMessages) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncChatCompletionsMessagesWithStreamingResponse:
    def __init__(self, resource: AsyncChatCompletionsMessages) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)


class AsyncChatCompletions(AsyncAPIResource):
    @cached_property
    def messages(self) -> AsyncChatCompletionsMessages:
        return AsyncChatCompletionsMessages(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatCompletionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncChatCompletionsWithStreamingResponse(self)

    def list(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncCursorPage[m.CreateChatCompletionResponse], m.CreateChatCompletionResponse]:
        """List the chat completions that were stored (created with `store` set to true).

        Args:
            model: Only completions made with this model.
            metadata: Only stored completions whose metadata has these key-value pairs (sent as `metadata[key]=value`).
            after: The ID of the last completion on the previous page; this page starts after it.
            limit: How many completions to return in one page.
            order: Oldest first (`asc`, the default) or newest first (`desc`).
        """
        call = self._client.build_call(
            "get",
            "/chat/completions",
            path=None,
            query={
                "model": model,
                "metadata": metadata,
                "after": after,
                "limit": limit,
                "order": order,
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
        return AsyncPaginator(self._client, call, AsyncCursorPage[m.CreateChatCompletionResponse])

    @overload
    async def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[m.CreateChatCompletionStreamResponse]: ...

    @overload
    async def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse | AsyncStream[m.CreateChatCompletionStreamResponse]: ...

    async def create(
        self,
        *,
        model: str | p.ChatModel,
        messages: builtins.list[p.ChatCompletionRequestMessage],
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        modalities: builtins.list[Literal["text", "audio"]] | None | NotGiven = NOT_GIVEN,
        prediction: p.PredictionContent | None | NotGiven = NOT_GIVEN,
        audio: p.ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        response_format: p.ChatCompletionResponseFormat | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: p.ServiceTier | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        metadata: p.Metadata | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        tools: builtins.list[p.ChatCompletionToolUnion] | NotGiven = NOT_GIVEN,
        tool_choice: p.ChatCompletionToolChoiceOption | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        safety_identifier: str | None | NotGiven = NOT_GIVEN,
        prompt_cache_key: str | None | NotGiven = NOT_GIVEN,
        reasoning_effort: (
            Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None | NotGiven
        ) = NOT_GIVEN,
        verbosity: Literal["low", "medium", "high"] | None | NotGiven = NOT_GIVEN,
        web_search_options: p.WebSearchOptions | NotGiven = NOT_GIVEN,
        function_call: Literal["none", "auto"] | p.ChatCompletionFunctionCallOption | NotGiven = NOT_GIVEN,
        functions: builtins.list[p.ChatCompletionFunctions] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse | AsyncStream[m.CreateChatCompletionStreamResponse]:
        """Generate the next message in a chat conversation.

        Returns a chat completion, or a stream of chat completion chunks when `stream` is true. Some parameters are only accepted by some models.

        Args:
            model: Which model should write the reply, for example `gpt-4o`.
            messages: The conversation so far, oldest message first.
            frequency_penalty: Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
            logit_bias: Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
            logprobs: Whether to return the log probability of each output token.
            top_logprobs: How many of the most likely tokens to return, with log probabilities, at each position. Requires `logprobs` to be true.
            max_tokens: [deprecated] The most tokens to generate. Replaced by `max_completion_tokens`, and not accepted by reasoning models.
            max_completion_tokens: An upper limit on generated tokens, counting both visible output and reasoning tokens.
            n: How many alternative replies to generate. You pay for the tokens of all of them.
            modalities: The kinds of output wanted, such as `["text"]` or `["text", "audio"]` for models that can speak.
            prediction: Content that the reply is expected to largely repeat (for example a file being edited), which can make generation faster.
            audio: Voice and format for audio output; required when `modalities` includes `audio`.
            presence_penalty: Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
            response_format: The shape of the reply: plain text, JSON that follows a given schema, or any valid JSON object.
            seed: [deprecated] Ask for deterministic sampling on a best-effort basis; compare `system_fingerprint` in responses to spot backend changes.
            service_tier: The processing tier for this request. `auto` uses the project's setting; the tier actually used is echoed in the response.
            stop: Up to four sequences at which generation stops. Not supported by the latest reasoning models.
            store: Whether to keep the completion for later use in model distillation or evals.
            metadata: Up to 16 string key-value pairs to attach to the stored completion.
            stream: Send the reply back as server-sent events while it is generated.
            stream_options: Options for streaming; only allowed when `stream` is true.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            tools: Tools the model may call, either functions or custom tools.
            tool_choice: Which tool the model calls: `none` (reply with text), `auto` (the model decides; the default when tools are given), `required` (at least one tool), or an object that limits or names the tools.
            parallel_tool_calls: Whether the model may call several tools in one reply.
            user: [deprecated] An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
            safety_identifier: A stable, privacy-preserving identifier for your end user (for example a hashed ID), used to detect abuse.
            prompt_cache_key: A key that groups similar requests to improve prompt cache hit rates.
            reasoning_effort: How much effort a reasoning model should spend thinking before it answers.
            verbosity: How long and detailed the answer should be.
            web_search_options: Settings for models that search the web before answering.
            function_call: [deprecated] Replaced by `tool_choice`. `none`, `auto`, or an object naming the function the model must call.
            functions: [deprecated] Replaced by `tools`. Functions the model may call.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["messages"] = messages
        if frequency_penalty is not NOT_GIVEN:
            _body["frequency_penalty"] = frequency_penalty
        if logit_bias is not NOT_GIVEN:
            _body["logit_bias"] = logit_bias
        if logprobs is not NOT_GIVEN:
            _body["logprobs"] = logprobs
        if top_logprobs is not NOT_GIVEN:
            _body["top_logprobs"] = top_logprobs
        if max_tokens is not NOT_GIVEN:
            _body["max_tokens"] = max_tokens
        if max_completion_tokens is not NOT_GIVEN:
            _body["max_completion_tokens"] = max_completion_tokens
        if n is not NOT_GIVEN:
            _body["n"] = n
        if modalities is not NOT_GIVEN:
            _body["modalities"] = modalities
        if prediction is not NOT_GIVEN:
            _body["prediction"] = prediction
        if audio is not NOT_GIVEN:
            _body["audio"] = audio
        if presence_penalty is not NOT_GIVEN:
            _body["presence_penalty"] = presence_penalty
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if service_tier is not NOT_GIVEN:
            _body["service_tier"] = service_tier
        if stop is not NOT_GIVEN:
            _body["stop"] = stop
        if store is not NOT_GIVEN:
            _body["store"] = store
        if metadata is not NOT_GIVEN:
            _body["metadata"] = metadata
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if tools is not NOT_GIVEN:
            _body["tools"] = tools
        if tool_choice is not NOT_GIVEN:
            _body["tool_choice"] = tool_choice
        if parallel_tool_calls is not NOT_GIVEN:
            _body["parallel_tool_calls"] = parallel_tool_calls
        if user is not NOT_GIVEN:
            _body["user"] = user
        if safety_identifier is not NOT_GIVEN:
            _body["safety_identifier"] = safety_identifier
        if prompt_cache_key is not NOT_GIVEN:
            _body["prompt_cache_key"] = prompt_cache_key
        if reasoning_effort is not NOT_GIVEN:
            _body["reasoning_effort"] = reasoning_effort
        if verbosity is not NOT_GIVEN:
            _body["verbosity"] = verbosity
        if web_search_options is not NOT_GIVEN:
            _body["web_search_options"] = web_search_options
        if function_call is not NOT_GIVEN:
            _body["function_call"] = function_call
        if functions is not NOT_GIVEN:
            _body["functions"] = functions
        call = self._client.build_call(
            "post",
            "/chat/completions",
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
            return await self._client.stream(call, m.CreateChatCompletionStreamResponse)
        return await self._client.request(call, m.CreateChatCompletionResponse)

    async def retrieve(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse:
        """Get a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
        """
        call = self._client.build_call(
            "get",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.CreateChatCompletionResponse)

    async def update(
        self,
        completion_id: str,
        *,
        metadata: p.Metadata | None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateChatCompletionResponse:
        """Replace the metadata of a stored chat completion.

        The metadata is the only part of a stored completion that can change.

        Args:
            completion_id: The ID of a stored chat completion.
            metadata: The key-value pairs that replace the current ones; null removes them all.
        """
        _body: dict[str, object] = {}
        _body["metadata"] = metadata
        call = self._client.build_call(
            "post",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.CreateChatCompletionResponse)

    async def delete(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.ChatCompletionDeleted:
        """Delete a stored chat completion.

        Args:
            completion_id: The ID of a stored chat completion.
        """
        call = self._client.build_call(
            "delete",
            "/chat/completions/{completion_id}",
            path={
                "completion_id": completion_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.ChatCompletionDeleted)


class AsyncChatCompletionsWithRawResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)

    @cached_property
    def messages(self) -> AsyncChatCompletionsMessagesWithRawResponse:
        return AsyncChatCompletionsMessagesWithRawResponse(self._resource.messages)


class AsyncChatCompletionsWithStreamingResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
        self.delete = async_to_streamed_response_wrapper(resource.delete)

    @cached_property
    def messages(self) -> AsyncChatCompletionsMessagesWithStreamingResponse:
        return AsyncChatCompletionsMessagesWithStreamingResponse(self._resource.messages)


class AsyncChat(AsyncAPIResource):
    @cached_property
    def completions(self) -> AsyncChatCompletions:
        return AsyncChatCompletions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncChatWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncChatWithStreamingResponse(self)


class AsyncChatWithRawResponse:
    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithRawResponse:
        return AsyncChatCompletionsWithRawResponse(self._resource.completions)


class AsyncChatWithStreamingResponse:
    def __init__(self, resource: AsyncChat) -> None:
        self._resource = resource

    @cached_property
    def completions(self) -> AsyncChatCompletionsWithStreamingResponse:
        return AsyncChatCompletionsWithStreamingResponse(self._resource.completions)
