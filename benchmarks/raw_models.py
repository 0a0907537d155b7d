"""Hand-written pydantic models for the canned answers: the "raw transport + pydantic" baseline.

They describe the same fields as the generated `oaiclient.models` (and the official
package's types), with plain pydantic defaults, so that the baseline pays for validation
into typed objects and for nothing else. `LIKE_OURS` is the same family on a base class
configured as oaiclient's (`extra="allow"`, a private attribute), and `EXTRA_ALLOW` and
`PRIVATE_ATTR` have one of the two each, to show what each costs by itself.
"""

# No `from __future__ import annotations`: the classes are built inside a function, and
# their annotations must be objects, not names to look up later.
from types import SimpleNamespace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr

FinishReason = Literal["stop", "length", "tool_calls", "content_filter", "function_call"]


class OursLikeBase(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())
    _request_id: str | None = PrivateAttr(default=None)


class ExtraAllowBase(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())


class PrivateAttrBase(BaseModel):
    _request_id: str | None = PrivateAttr(default=None)


def _family(Base: Any) -> SimpleNamespace:
    class PromptTokensDetails(Base):
        cached_tokens: int | None = None
        audio_tokens: int | None = None

    class CompletionTokensDetails(Base):
        reasoning_tokens: int | None = None
        audio_tokens: int | None = None
        accepted_prediction_tokens: int | None = None
        rejected_prediction_tokens: int | None = None

    class Usage(Base):
        prompt_tokens: int
        completion_tokens: int
        total_tokens: int
        prompt_tokens_details: PromptTokensDetails | None = None
        completion_tokens_details: CompletionTokensDetails | None = None

    class Message(Base):
        role: Literal["assistant"]
        content: str | None = None
        refusal: str | None = None
        annotations: list[dict[str, Any]] | None = None

    class Choice(Base):
        index: int
        message: Message
        logprobs: dict[str, Any] | None = None
        finish_reason: FinishReason

    class ChatCompletion(Base):
        id: str
        object: Literal["chat.completion"]
        created: int
        model: str
        choices: list[Choice]
        usage: Usage | None = None
        service_tier: str | None = None
        system_fingerprint: str | None = None

    class Delta(Base):
        role: Literal["assistant"] | None = None
        content: str | None = None
        refusal: str | None = None

    class ChunkChoice(Base):
        index: int
        delta: Delta
        logprobs: dict[str, Any] | None = None
        finish_reason: FinishReason | None = None

    class ChatCompletionChunk(Base):
        id: str
        object: Literal["chat.completion.chunk"]
        created: int
        model: str
        choices: list[ChunkChoice]
        usage: Usage | None = None
        service_tier: str | None = None
        system_fingerprint: str | None = None

    class Embedding(Base):
        object: Literal["embedding"]
        index: int
        embedding: list[float]

    class EmbeddingUsage(Base):
        prompt_tokens: int
        total_tokens: int

    class CreateEmbeddingResponse(Base):
        object: Literal["list"]
        data: list[Embedding]
        model: str
        usage: EmbeddingUsage

    return SimpleNamespace(
        PromptTokensDetails=PromptTokensDetails,
        CompletionTokensDetails=CompletionTokensDetails,
        Usage=Usage,
        Message=Message,
        Choice=Choice,
        ChatCompletion=ChatCompletion,
        Delta=Delta,
        ChunkChoice=ChunkChoice,
        ChatCompletionChunk=ChatCompletionChunk,
        Embedding=Embedding,
        EmbeddingUsage=EmbeddingUsage,
        CreateEmbeddingResponse=CreateEmbeddingResponse,
    )


PLAIN = _family(BaseModel)
LIKE_OURS = _family(OursLikeBase)
EXTRA_ALLOW = _family(ExtraAllowBase)
PRIVATE_ATTR = _family(PrivateAttrBase)
PromptTokensDetails = PLAIN.PromptTokensDetails
CompletionTokensDetails = PLAIN.CompletionTokensDetails
Usage = PLAIN.Usage
Message = PLAIN.Message
Choice = PLAIN.Choice
ChatCompletion = PLAIN.ChatCompletion
Delta = PLAIN.Delta
ChunkChoice = PLAIN.ChunkChoice
ChatCompletionChunk = PLAIN.ChatCompletionChunk
Embedding = PLAIN.Embedding
EmbeddingUsage = PLAIN.EmbeddingUsage
CreateEmbeddingResponse = PLAIN.CreateEmbeddingResponse
