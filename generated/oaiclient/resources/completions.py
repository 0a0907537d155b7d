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


class Completions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return CompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return CompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Stream[m.CreateCompletionResponse]: ...

    @overload
    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse | Stream[m.CreateCompletionResponse]: ...

    def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse | Stream[m.CreateCompletionResponse]:
        """Complete a text prompt (legacy).

        Returns a completion for the prompt, or a stream of partial completions when `stream` is true.

        Args:
            model: The ID of the completions model to use.
            prompt: The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
            best_of: Generate this many candidates on the server and return the best ones (highest log probability per token). Must exceed `n` when both are given; cannot be used with streaming.
            echo: Whether to repeat the prompt before the completion.
            frequency_penalty: Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
            logit_bias: Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
            logprobs: Return the log probabilities of this many most likely tokens at each position (at most 5).
            max_tokens: The most tokens to generate for each completion.
            n: The number of completions to return per prompt.
            presence_penalty: Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
            seed: Best-effort deterministic sampling: sending this number again with identical settings tends to reproduce the output.
            stop: Up to four sequences at which generation stops; the stop text is not returned.
            stream: Send the completion back as server-sent events while it is generated.
            stream_options: Options for streaming; only allowed when `stream` is true.
            suffix: Text that follows the inserted completion; only `gpt-3.5-turbo-instruct` accepts it.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["prompt"] = prompt
        if best_of is not NOT_GIVEN:
            _body["best_of"] = best_of
        if echo is not NOT_GIVEN:
            _body["echo"] = echo
        if frequency_penalty is not NOT_GIVEN:
            _body["frequency_penalty"] = frequency_penalty
        if logit_bias is not NOT_GIVEN:
            _body["logit_bias"] = logit_bias
        if logprobs is not NOT_GIVEN:
            _body["logprobs"] = logprobs
        if max_tokens is not NOT_GIVEN:
            _body["max_tokens"] = max_tokens
        if n is not NOT_GIVEN:
            _body["n"] = n
        if presence_penalty is not NOT_GIVEN:
            _body["presence_penalty"] = presence_penalty
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if stop is not NOT_GIVEN:
            _body["stop"] = stop
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if suffix is not NOT_GIVEN:
            _body["suffix"] = suffix
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/completions",
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
            return self._client.stream(call, m.CreateCompletionResponse)
        return self._client.request(call, m.CreateCompletionResponse)


class CompletionsWithRawResponse:
    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class CompletionsWithStreamingResponse:
    def __init__(self, resource: Completions) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncCompletions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCompletionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCompletionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[m.CreateCompletionResponse]: ...

    @overload
    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse | AsyncStream[m.CreateCompletionResponse]: ...

    async def create(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[p.PromptItem] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, Any] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: p.StopConfiguration | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | Literal[True] | None | NotGiven = NOT_GIVEN,
        stream_options: p.ChatCompletionStreamOptions | None | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateCompletionResponse | AsyncStream[m.CreateCompletionResponse]:
        """Complete a text prompt (legacy).

        Returns a completion for the prompt, or a stream of partial completions when `stream` is true.

        Args:
            model: The ID of the completions model to use.
            prompt: The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
            best_of: Generate this many candidates on the server and return the best ones (highest log probability per token). Must exceed `n` when both are given; cannot be used with streaming.
            echo: Whether to repeat the prompt before the completion.
            frequency_penalty: Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
            logit_bias: Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
            logprobs: Return the log probabilities of this many most likely tokens at each position (at most 5).
            max_tokens: The most tokens to generate for each completion.
            n: The number of completions to return per prompt.
            presence_penalty: Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
            seed: Best-effort deterministic sampling: sending this number again with identical settings tends to reproduce the output.
            stop: Up to four sequences at which generation stops; the stop text is not returned.
            stream: Send the completion back as server-sent events while it is generated.
            stream_options: Options for streaming; only allowed when `stream` is true.
            suffix: Text that follows the inserted completion; only `gpt-3.5-turbo-instruct` accepts it.
            temperature: Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
            top_p: Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["prompt"] = prompt
        if best_of is not NOT_GIVEN:
            _body["best_of"] = best_of
        if echo is not NOT_GIVEN:
            _body["echo"] = echo
        if frequency_penalty is not NOT_GIVEN:
            _body["frequency_penalty"] = frequency_penalty
        if logit_bias is not NOT_GIVEN:
            _body["logit_bias"] = logit_bias
        if logprobs is not NOT_GIVEN:
            _body["logprobs"] = logprobs
        if max_tokens is not NOT_GIVEN:
            _body["max_tokens"] = max_tokens
        if n is not NOT_GIVEN:
            _body["n"] = n
        if presence_penalty is not NOT_GIVEN:
            _body["presence_penalty"] = presence_penalty
        if seed is not NOT_GIVEN:
            _body["seed"] = seed
        if stop is not NOT_GIVEN:
            _body["stop"] = stop
        if stream is not NOT_GIVEN:
            _body["stream"] = stream
        if stream_options is not NOT_GIVEN:
            _body["stream_options"] = stream_options
        if suffix is not NOT_GIVEN:
            _body["suffix"] = suffix
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if top_p is not NOT_GIVEN:
            _body["top_p"] = top_p
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/completions",
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
            return await self._client.stream(call, m.CreateCompletionResponse)
        return await self._client.request(call, m.CreateCompletionResponse)


class AsyncCompletionsWithRawResponse:
    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncCompletionsWithStreamingResponse:
    def __init__(self, resource: AsyncCompletions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
