"""The canned answers of the benchmark server, shaped like the real API's (standard library only).

Everything is deterministic: the same arguments give the same bytes, so a client and the
server can each build them and agree on what a correct answer looks like.
"""

from __future__ import annotations

import base64
import json
import random
from array import array
from dataclasses import dataclass
from typing import Any

CHAT_TEXT = "Hello! How can I help you today?"
MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1_726_000_000
FINGERPRINT = "fp_bench0001"

# What every client sends for a chat call.
CHAT_REQUEST: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "Say hello"}],
}
EMBEDDING_INPUTS = ["The quick brown fox jumps over the lazy dog"] * 8


def chat_completion() -> dict[str, object]:
    return {
        "id": "chatcmpl-bench0000000000000000000000",
        "object": "chat.completion",
        "created": CREATED,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": CHAT_TEXT, "refusal": None, "annotations": []},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": 9,
            "completion_tokens": 9,
            "total_tokens": 18,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }


def stream_words(count: int) -> list[str]:
    """The content pieces of a stream of `count` content chunks."""
    words = ["Once", " upon", " a", " time", ",", " there", " was", " a", " small", " client", "."]
    return [words[i % len(words)] for i in range(count)]


def stream_chunks(count: int) -> list[dict[str, object]]:
    """`count` chunks that carry content, plus a first (role) and a last (finish) chunk."""

    def chunk(delta: dict[str, object], finish: str | None) -> dict[str, object]:
        return {
            "id": "chatcmpl-bench0000000000000000000000",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": MODEL,
            "service_tier": "default",
            "system_fingerprint": FINGERPRINT,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }

    chunks = [chunk({"role": "assistant", "content": "", "refusal": None}, None)]
    chunks += [chunk({"content": word}, None) for word in stream_words(count)]
    chunks.append(chunk({}, "stop"))
    return chunks


def sse_events(count: int) -> list[bytes]:
    """The server-sent events of a stream, `data: [DONE]` last, one bytes object each."""
    events = [
        b"data: " + json.dumps(c, separators=(",", ":")).encode() + b"\n\n" for c in stream_chunks(count)
    ]
    events.append(b"data: [DONE]\n\n")
    return events


def embedding_vectors(vectors: int, dims: int) -> list[list[float]]:
    """Deterministic float32 vectors, as Python floats (exactly what base64 decodes to)."""
    rng = random.Random(1234)
    out = []
    for _ in range(vectors):
        values = array("f", (rng.uniform(-0.1, 0.1) for _ in range(dims)))
        out.append(values.tolist())
    return out


def embeddings_response(vectors: int, dims: int, encoding: str) -> dict[str, object]:
    data = []
    for index, vector in enumerate(embedding_vectors(vectors, dims)):
        if encoding == "base64":
            embedding: object = base64.b64encode(array("f", vector).tobytes()).decode("ascii")
        else:
            embedding = vector
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    return {
        "object": "list",
        "data": data,
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 8 * vectors, "total_tokens": 8 * vectors},
    }


def models_list() -> dict[str, object]:
    return {
        "object": "list",
        "data": [
            {"id": f"model-{i}", "object": "model", "created": CREATED, "owned_by": "system"}
            for i in range(20)
        ],
    }


@dataclass(frozen=True)
class Sizes:
    """How big the canned answers are; the server and the clients must use the same."""

    stream_chunks: int = 500
    vectors: int = 8
    dims: int = 1536


def dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()
