"""Contract tests: the generated client against OpenAI's published spec.

Every operation of our spec is called through `oaiclient.OpenAI` and
`oaiclient.AsyncOpenAI` with realistic arguments. For each call:

* the request body must be accepted by the reference spec: by Prism (a 422
  would raise `UnprocessableEntityError`) and by the local `ReferenceJudge`
  (see conftest.py for why Prism alone is not enough);
* every argument given must be on the wire, unchanged, so that the judges
  really saw it;
* the answer Prism generates from the reference schemas must parse into the
  generated model the method promises, and dump back to the same JSON (a field
  our models coerce or reshape shows up as a difference).

Prism answers with the spec's examples by default, and with random data drawn
from the schemas when the request says `Prefer: dynamic=true`; the dynamic
calls are repeated to see more shapes.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import types
import typing
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
import yaml

import oaiclient
from oaiclient import models as m
from tests.contract.casekit import (
    Case,
    _explain,
    _method,
    call_async,
    call_sync,
    check_result,
    check_sent,
)

pytestmark = pytest.mark.contract

REPO = Path(__file__).resolve().parents[2]
# Fixtures from conftest.py: `client` (a sync client whose requests are judged),
# `harness` (makes more clients, holds the recorder), `recorder` (what was sent
# and received) and `judge` (the local judge, with the reference document).

DYNAMIC = {"Prefer": "dynamic=true"}
# Random answers per case and test; raise it to soak-test the models, e.g.
# CONTRACT_DYNAMIC_REPEATS=50.
DYNAMIC_REPEATS = int(os.environ.get("CONTRACT_DYNAMIC_REPEATS", "4"))

# --------------------------------------------------------------------- test data

# A few bytes of real file formats, base64-encoded, so parts look like the real thing.
WAV_B64 = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA="
PNG_DATA_URL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
PDF_DATA_URL = (
    "data:application/pdf;base64,JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCg=="
)

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "City name, e.g. Paris"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}
TIME_TOOL = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "The local time in a time zone.",
        "parameters": {
            "type": "object",
            "properties": {"timezone": {"type": "string"}},
            "required": ["timezone"],
        },
    },
}
SQL_TOOL = {
    "type": "custom",
    "custom": {
        "name": "run_sql",
        "description": "Run a read-only SQL query.",
        "format": {
            "type": "grammar",
            "grammar": {"syntax": "lark", "definition": 'start: "SELECT " /[a-z_, ]+/ " FROM " /[a-z_]+/'},
        },
    },
}
NOTES_TOOL = {"type": "custom", "custom": {"name": "take_note", "format": {"type": "text"}}}

USER_HI = {"role": "user", "content": "Hello! Who are you?"}
TOOL_CALL = {
    "id": "call_abc123",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"city": "Paris", "unit": "celsius"}'},
}


def chat(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("model", "gpt-4o")
    return Case(f"chat-{id}", "chat.completions.create", m.CreateChatCompletionResponse, kwargs=kwargs)


def completion(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("model", "gpt-3.5-turbo-instruct")
    return Case(f"completions-{id}", "completions.create", m.CreateCompletionResponse, kwargs=kwargs)


def embedding(id: str, **kwargs: Any) -> Case:
    return Case(f"embeddings-{id}", "embeddings.create", m.CreateEmbeddingResponse, kwargs=kwargs)


def image(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("prompt", "A watercolour of a sea otter floating on its back, holding a shell")
    return Case(f"images-{id}", "images.generate", m.ImagesResponse, kwargs=kwargs)


FT_MODEL = "ft:gpt-4o-mini:acemeco:suffix:abc123"

CASES = [
    # --- models ---------------------------------------------------------------
    Case("models-list", "models.list", m.Model, page=True),
    Case("models-retrieve", "models.retrieve", m.Model, args=("gpt-4o-mini",)),
    Case("models-retrieve-fine-tuned", "models.retrieve", m.Model, args=(FT_MODEL,)),
    Case("models-delete", "models.delete", m.DeleteModelResponse, args=(FT_MODEL,)),
    # --- legacy completions ---------------------------------------------------
    completion("string-prompt", prompt="Say this is a test", max_tokens=7, temperature=0),
    completion(
        "list-of-strings", prompt=["Once upon a time", "In a galaxy far away"], n=2, best_of=3, max_tokens=16
    ),
    completion("tokens", model="davinci-002", prompt=[1212, 318, 257, 1332, 13], max_tokens=5),
    completion("token-arrays", model="babbage-002", prompt=[[1212, 318], [257, 1332, 13]]),
    # Scoring a prompt: echo it back with the log probabilities and generate nothing.
    completion("echo-logprobs", prompt="The quick brown fox", echo=True, logprobs=5, max_tokens=0),
    completion(
        "suffix-and-sampling",
        prompt="def fibonacci(n):\n",
        suffix="\n    return result\n",
        stop=["\n\n", "###"],
        frequency_penalty=0.5,
        presence_penalty=-0.5,
        top_p=0.95,
        logit_bias={"50256": -100},
        seed=42,
        user="user-1234",
    ),
    completion("stop-string", prompt="Q: What is 2+2?\nA:", stop="\n", temperature=1.5),
    completion(
        "explicit-nulls",
        prompt=None,
        best_of=None,
        echo=None,
        frequency_penalty=None,
        logit_bias=None,
        logprobs=None,
        max_tokens=None,
        n=None,
        presence_penalty=None,
        seed=None,
        stop=None,
        stream=False,
        stream_options=None,
        suffix=None,
        temperature=None,
        top_p=None,
    ),
    # --- chat completions -----------------------------------------------------
    chat(
        "system-and-user-strings",
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You are a terse assistant."},
            {"role": "user", "content": "Name three primary colours."},
        ],
        temperature=0.2,
        max_completion_tokens=64,
        n=1,
    ),
    chat(
        "developer-and-image-parts",
        model="gpt-4.1",
        messages=[
            {"role": "developer", "content": [{"type": "text", "text": "Answer in French."}], "name": "ops"},
            {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
            {
                "role": "user",
                "name": "alice",
                "content": [
                    {"type": "text", "text": "What is in these two images?"},
                    {
                        "type": "image_url",
                        "image_url": {"url": "https://example.com/otter.jpg", "detail": "high"},
                    },
                    {"type": "image_url", "image_url": {"url": PNG_DATA_URL, "detail": "low"}},
                    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
                ],
            },
        ],
    ),
    chat(
        "input-audio-and-audio-output",
        model="gpt-4o-audio-preview",
        modalities=["text", "audio"],
        audio={"voice": "alloy", "format": "wav"},
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is said in this recording?"},
                    {"type": "input_audio", "input_audio": {"data": WAV_B64, "format": "wav"}},
                ],
            },
        ],
    ),
    chat(
        "custom-voice-and-earlier-audio",
        model="gpt-4o-audio-preview",
        modalities=["audio", "text"],
        audio={"voice": {"id": "voice_1234"}, "format": "mp3"},
        messages=[
            USER_HI,
            {"role": "assistant", "audio": {"id": "audio_abc123"}},
            {"role": "user", "content": "Say that again, slower."},
        ],
    ),
    chat(
        "file-parts",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Summarise both documents."},
                    {"type": "file", "file": {"filename": "report.pdf", "file_data": PDF_DATA_URL}},
                    {"type": "file", "file": {"file_id": "file-abc123"}},
                ],
            },
        ],
    ),
    chat(
        "tool-call-round-trip",
        messages=[
            {"role": "user", "content": "What's the weather in Paris?"},
            {"role": "assistant", "content": None, "tool_calls": [TOOL_CALL]},
            {"role": "tool", "tool_call_id": "call_abc123", "content": '{"temperature": 18, "sky": "clear"}'},
            {"role": "tool", "tool_call_id": "call_abc124", "content": [{"type": "text", "text": "18 C"}]},
        ],
        tools=[WEATHER_TOOL, TIME_TOOL],
        tool_choice="auto",
        parallel_tool_calls=False,
    ),
    chat(
        "named-tool-choice",
        messages=[{"role": "user", "content": "Weather in Oslo and Lima?"}],
        tools=[WEATHER_TOOL],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        parallel_tool_calls=True,
        n=2,
    ),
    chat(
        "custom-tools-required",
        model="gpt-5",
        messages=[{"role": "user", "content": "How many users signed up today?"}],
        tools=[WEATHER_TOOL, SQL_TOOL, NOTES_TOOL],
        tool_choice="required",
    ),
    chat(
        "allowed-tools-choice",
        model="gpt-5",
        messages=[{"role": "user", "content": "Plan my day in Rome."}],
        tools=[WEATHER_TOOL, TIME_TOOL],
        tool_choice={
            "type": "allowed_tools",
            "allowed_tools": {
                "mode": "auto",
                "tools": [{"type": "function", "function": {"name": "get_time"}}],
            },
        },
    ),
    chat(
        "named-custom-tool-choice",
        model="gpt-5",
        messages=[{"role": "user", "content": "List the tables."}],
        tools=[SQL_TOOL],
        tool_choice={"type": "custom", "custom": {"name": "run_sql"}},
    ),
    chat("tool-choice-none", messages=[USER_HI], tools=[WEATHER_TOOL], tool_choice="none"),
    chat("response-format-text", messages=[USER_HI], response_format={"type": "text"}),
    chat(
        "response-format-json-object",
        messages=[
            {"role": "system", "content": "Reply with a JSON object with keys `name` and `age`."},
            {"role": "user", "content": "Ada Lovelace, 36."},
        ],
        response_format={"type": "json_object"},
    ),
    chat(
        "response-format-json-schema",
        model="gpt-4o-2024-08-06",
        messages=[{"role": "user", "content": "Weather report for Paris, please."}],
        response_format={
            "type": "json_schema",
            "json_schema": {
                "name": "weather_report",
                "description": "A short weather report.",
                "schema": {
                    "type": "object",
                    "properties": {
                        "city": {"type": "string"},
                        "temperature_c": {"type": "number"},
                        "conditions": {"type": "string", "enum": ["sunny", "cloudy", "rain"]},
                    },
                    "required": ["city", "temperature_c", "conditions"],
                    "additionalProperties": False,
                },
                "strict": True,
            },
        },
    ),
    chat(
        "logprobs-and-sampling",
        messages=[USER_HI],
        logprobs=True,
        top_logprobs=5,
        n=3,
        seed=1234,
        stop=["\n\n", "END"],
        frequency_penalty=0.5,
        presence_penalty=0.3,
        top_p=0.9,
        temperature=0.7,
        logit_bias={"50256": -100, "1734": 5},
        max_tokens=100,
    ),
    chat("stop-string", messages=[USER_HI], stop="\n"),
    chat(
        "store-metadata-tier",
        messages=[USER_HI],
        store=True,
        metadata={"project": "contract-tests", "run": "42"},
        service_tier="flex",
        user="user-1234",
        safety_identifier="5f2b8e0c9a",
        prompt_cache_key="contract-tests-v1",
    ),
    chat(
        "reasoning-effort",
        model="o3-mini",
        messages=[
            {"role": "developer", "content": "Think carefully, answer briefly."},
            {"role": "user", "content": "Is 2^61 - 1 prime?"},
        ],
        reasoning_effort="high",
        max_completion_tokens=2000,
        service_tier="priority",
    ),
    chat(
        "verbosity-and-minimal-reasoning",
        model="gpt-5-mini",
        messages=[USER_HI],
        reasoning_effort="minimal",
        verbosity="low",
        service_tier="default",
    ),
    chat(
        "prediction-string",
        messages=[
            {"role": "user", "content": "Rename `add` to `plus` in this code."},
            {"role": "user", "content": "def add(a, b):\n    return a + b\n"},
        ],
        prediction={"type": "content", "content": "def add(a, b):\n    return a + b\n"},
    ),
    chat(
        "prediction-parts",
        messages=[{"role": "user", "content": "Fix the typo: 'Helo world'."}],
        prediction={"type": "content", "content": [{"type": "text", "text": "Helo world"}]},
    ),
    chat(
        "web-search",
        model="gpt-4o-search-preview",
        messages=[{"role": "user", "content": "What happened in London today?"}],
        web_search_options={
            "user_location": {
                "type": "approximate",
                "approximate": {
                    "country": "GB",
                    "city": "London",
                    "region": "London",
                    "timezone": "Europe/London",
                },
            },
            "search_context_size": "low",
        },
    ),
    chat(
        "web-search-defaults",
        model="gpt-4o-mini-search-preview",
        messages=[USER_HI],
        web_search_options={},
    ),
    chat(
        "assistant-history-parts",
        messages=[
            USER_HI,
            {
                "role": "assistant",
                "name": "helper",
                "content": [
                    {"type": "text", "text": "I am an assistant."},
                    {"type": "refusal", "refusal": "I cannot share my system prompt."},
                ],
                "refusal": None,
            },
            {"role": "assistant", "content": "Anything else?"},
            {"role": "user", "content": "No, thanks."},
        ],
    ),
    chat(
        "legacy-functions",
        model="gpt-3.5-turbo",
        messages=[
            {"role": "user", "content": "Weather in Paris?"},
            {
                "role": "assistant",
                "content": None,
                "function_call": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            },
            {"role": "function", "name": "get_weather", "content": '{"temperature": 18}'},
        ],
        functions=[
            {
                "name": "get_weather",
                "description": "Current weather for a city.",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ],
        function_call={"name": "get_weather"},
    ),
    chat(
        "legacy-function-call-auto",
        model="gpt-3.5-turbo-0125",
        messages=[USER_HI],
        functions=[{"name": "get_time"}],
        function_call="auto",
    ),
    # Every request field our spec declares nullable, sent as null. Except
    # `top_logprobs`: the reference rejects `"top_logprobs": null` (its
    # CreateModelResponseProperties piece declares a plain integer), which our
    # spec allows; reported to the lead rather than hidden behind an xfail.
    chat(
        "explicit-nulls",
        messages=[USER_HI],
        frequency_penalty=None,
        logit_bias=None,
        logprobs=None,
        max_tokens=None,
        max_completion_tokens=None,
        n=None,
        modalities=None,
        prediction=None,
        audio=None,
        presence_penalty=None,
        seed=None,
        service_tier=None,
        stop=None,
        store=None,
        metadata=None,
        stream=False,
        stream_options=None,
        temperature=None,
        top_p=None,
        safety_identifier=None,
        prompt_cache_key=None,
        reasoning_effort=None,
        verbosity=None,
    ),
    chat(
        "nested-nulls",
        messages=[
            {"role": "user", "content": "Weather in Paris?"},
            {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "audio": None,
                "function_call": None,
                "tool_calls": [TOOL_CALL],
            },
            {"role": "tool", "tool_call_id": "call_abc123", "content": "18 C"},
            {"role": "function", "name": "get_weather", "content": None},
        ],
        tools=[{"type": "function", "function": {"name": "get_weather", "strict": None}}],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": None},
        },
        web_search_options={"user_location": None, "search_context_size": "medium"},
    ),
    # --- embeddings -----------------------------------------------------------
    # Without encoding_format the client asks for base64 and decodes it itself.
    embedding("string-default-format", model="text-embedding-3-small", input="The food was delicious."),
    embedding(
        "strings-float",
        model="text-embedding-ada-002",
        input=["The food was delicious.", "The waiter was friendly.", "Too loud."],
        encoding_format="float",
    ),
    embedding(
        "tokens-base64",
        model="text-embedding-3-large",
        input=[1212, 318, 257, 1332, 13],
        encoding_format="base64",
        dimensions=256,
    ),
    embedding(
        "token-arrays",
        model="text-embedding-3-small",
        input=[[1212, 318], [257, 1332, 13]],
        dimensions=1024,
        user="user-1234",
    ),
    # --- images ---------------------------------------------------------------
    image("dall-e-2-defaults"),
    image("dall-e-2-options", model="dall-e-2", n=2, size="512x512", response_format="url", user="user-1234"),
    image(
        "dall-e-3",
        model="dall-e-3",
        n=1,
        quality="hd",
        style="natural",
        size="1792x1024",
        response_format="b64_json",
    ),
    image(
        "gpt-image-1",
        model="gpt-image-1",
        n=2,
        quality="high",
        size="1536x1024",
        output_format="webp",
        output_compression=80,
        background="transparent",
        moderation="low",
    ),
    image(
        "gpt-image-1-mini",
        model="gpt-image-1-mini",
        quality="low",
        size="1024x1536",
        output_format="jpeg",
        output_compression=60,
        background="opaque",
        moderation="auto",
    ),
    image("gpt-image-1.5-auto", model="gpt-image-1.5", quality="auto", size="auto", background="auto"),
    image(
        "gpt-image-2-custom-size", model="gpt-image-2", size="1536x864", quality="medium", output_format="png"
    ),
    image(
        "explicit-nulls",
        model=None,
        n=None,
        quality=None,
        response_format=None,
        output_format=None,
        output_compression=None,
        size=None,
        moderation=None,
        background=None,
        style=None,
    ),
]


# ------------------------------------------------------------------------- tests

BASE_CASES = CASES


def _area_cases() -> list[Case]:
    """`CASES` of every `test_contract_<area>.py` beside this file."""
    found: list[Case] = []
    for path in sorted(Path(__file__).parent.glob("test_contract_*.py")):
        module = importlib.import_module(f"tests.contract.{path.stem}")
        found.extend(getattr(module, "CASES", []))
    return found


# Every case runs here; the area modules only declare them.
CASES = BASE_CASES + _area_cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_sync_static(client: Any, judge: Any, recorder: Any, case: Case) -> None:
    result = call_sync(client, judge, case)
    check_sent(case, recorder)
    check_result(case, result, recorder)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_sync_dynamic(client: Any, judge: Any, recorder: Any, case: Case) -> None:
    if case.static_only:
        pytest.skip(case.static_only)
    for _ in range(DYNAMIC_REPEATS):
        result = call_sync(client, judge, case, DYNAMIC)
        assert recorder.last.headers.get("prefer") == "dynamic=true"
        check_sent(case, recorder)
        check_result(case, result, recorder)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_async(harness: Any, case: Case) -> None:
    async def scenario() -> None:
        async with harness.async_client() as client:
            for headers in (None,) if case.static_only else (None, DYNAMIC):
                result = await call_async(client, harness.judge, case, headers)
                check_sent(case, harness.recorder)
                check_result(case, result, harness.recorder)

    asyncio.run(scenario())


def _spec_operations() -> set[tuple[str, str, str]]:
    """(METHOD, path, x-sdk-method) of every operation in our spec."""
    found = set()
    for spec_file in sorted((REPO / "spec").glob("*.yaml")):
        document = yaml.safe_load(spec_file.read_text())
        for path, item in (document.get("paths") or {}).items():
            if not isinstance(item, dict) or "$ref" in item:
                continue
            for method, operation in item.items():
                if isinstance(operation, dict) and "x-sdk-method" in operation:
                    found.add((method.upper(), path, operation["x-sdk-method"]))
    return found


def test_every_operation_has_cases(judge: Any) -> None:
    """A new operation in spec/ must come with contract cases, and exist in the reference."""
    operations = _spec_operations()
    assert operations, "no operations found in spec/*.yaml"
    covered = {case.method for case in CASES}
    missing = sorted(sdk for _, _, sdk in operations if sdk not in covered)
    assert not missing, f"operations without contract cases: {missing}"
    unknown = sorted(
        f"{method} {path}" for method, path, _ in operations if judge.operation(method, path) is None
    )
    assert not unknown, f"operations the reference does not have: {unknown}"


# ------------------------------------------------- response models, field by field
#
# Prism's random answers always include every optional property (its faker
# runs with `alwaysFakeOptionals`), so they can never show that one of our
# models requires a field the real API may leave out. This walks each
# response model alongside the reference's response schema instead: a field we
# require must be required there, a field the reference lets be null must
# accept None, and a Literal must cover every value of the reference's enum.

RESPONSE_MODELS: dict[str, dict[str, Any]] = {
    "models.list": {"application/json": oaiclient.SyncPage[m.Model]},
    "models.retrieve": {"application/json": m.Model},
    "models.delete": {"application/json": m.DeleteModelResponse},
    "completions.create": {
        "application/json": m.CreateCompletionResponse,
        "text/event-stream": m.CreateCompletionResponse,
    },
    "chat.completions.create": {
        "application/json": m.CreateChatCompletionResponse,
        "text/event-stream": m.CreateChatCompletionStreamResponse,
    },
    "embeddings.create": {"application/json": m.CreateEmbeddingResponse},
    "images.generate": {"application/json": m.ImagesResponse},
}
# The area modules declare theirs as `RESPONSE_MODELS`, beside their `CASES`.
for _area in sorted(Path(__file__).parent.glob("test_contract_*.py")):
    RESPONSE_MODELS.update(
        getattr(importlib.import_module(f"tests.contract.{_area.stem}"), "RESPONSE_MODELS", {})
    )
# Findings of the walk below that are mistakes of the reference, not of our models
# (a field listed as required that it never declares, say): a piece of the finding's
# text -> why it is not ours to fix. Area modules declare theirs as `REFERENCE_QUIRKS`.
REFERENCE_QUIRKS: dict[str, str] = {}
for _area in sorted(Path(__file__).parent.glob("test_contract_*.py")):
    REFERENCE_QUIRKS.update(
        getattr(importlib.import_module(f"tests.contract.{_area.stem}"), "REFERENCE_QUIRKS", {})
    )


class _ModelWalk:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas = document["components"]["schemas"]
        self.findings: list[str] = []
        self.seen: set[tuple[Any, ...]] = set()

    def deref(self, schema: Any) -> Any:
        for _ in range(20):
            if not (isinstance(schema, dict) and "$ref" in schema):
                break
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def objects(self, schema: Any) -> list[dict[str, Any]]:
        """The object schemas a value (or the items of an array value) may follow."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return []
        found: list[dict[str, Any]] = []
        if "items" in schema:
            found += self.objects(schema["items"])
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key, ()):
                found += self.objects(branch)
        if "properties" in schema or "allOf" in schema:
            found.append(schema)
        return found

    def members(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        schema = self.deref(schema)
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for piece in schema.get("allOf", ()):
            more, needed = self.members(piece)
            properties.update(more)
            required |= needed
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        return properties, required

    def allows_null(self, schema: Any, depth: int = 0) -> bool:
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 10:
            return False
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        return any(self.allows_null(b, depth + 1) for key in ("anyOf", "oneOf") for b in schema.get(key, ()))

    def enum(self, schema: Any, depth: int = 0) -> set[Any] | None:
        """The closed set of values a string may take, or None if any string goes."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 10:
            return None
        values = {v for v in schema.get("enum") or () if v is not None}
        branches = [self.deref(b) for key in ("anyOf", "oneOf") for b in schema.get(key, ())]
        for branch in branches:
            if isinstance(branch, dict) and branch.get("type") == "string" and "enum" not in branch:
                return None
            values |= self.enum(branch, depth + 1) or set()
        return values or None

    def walk(self, model: Any, candidates: list[dict[str, Any]], where: str) -> None:
        key = (model, tuple(id(c) for c in candidates))
        if key in self.seen:
            return
        self.seen.add(key)
        # Models are built on first use; a recursive one resolves its fields only then.
        model.model_rebuild()
        names = {info.alias or name: info for name, info in model.model_fields.items()}
        if not candidates:
            self.findings.append(f"{where}: the reference has no object schema here for {model.__name__}")
            return
        # With several alternatives (a oneOf), compare with the closest one: among those
        # whose tag (`type`, then `role`) takes one of our Literal's values, if any do.
        for tag in ("type", "role"):
            ours = _literals(names[tag].annotation) if tag in names else None
            tagged = [c for c in candidates if ours and ours & (self.enum(self.members(c)[0].get(tag)) or set())]
            candidates = tagged or candidates
        schema = max(candidates, key=lambda c: len(set(names) & set(self.members(c)[0])))
        properties, required = self.members(schema)
        for name, info in names.items():
            place = f"{where}.{name}"
            if name not in properties:
                self.findings.append(f"{place}: our {model.__name__} has it, the reference does not")
                continue
            if info.is_required() and name not in required:
                self.findings.append(f"{place}: required by our {model.__name__}, optional in the reference")
            if self.allows_null(properties[name]) and not _accepts_none(info.annotation):
                self.findings.append(f"{place}: the reference allows null, our {model.__name__} does not")
            ours, theirs = _literals(info.annotation), self.enum(properties[name])
            if ours is not None and theirs is not None and theirs - ours:
                self.findings.append(
                    f"{place}: reference values {sorted(theirs - ours)} are not in our Literal"
                )
            for sub in _models(info.annotation):
                self.walk(sub, self.objects(properties[name]), place)
        for name in sorted(required - set(names)):
            self.findings.append(
                f"{where}.{name}: required by the reference, missing from our {model.__name__}"
            )


def _unalias(annotation: Any) -> Any:
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif hasattr(annotation, "__value__") and type(annotation).__name__ == "TypeAliasType":
            annotation = annotation.__value__
        else:
            return annotation


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _accepts_none(annotation: Any) -> bool:
    annotation = _unalias(annotation)
    if annotation is type(None) or annotation is Any:
        return True
    return _is_union(annotation) and any(_accepts_none(a) for a in typing.get_args(annotation))


def _literals(annotation: Any) -> set[Any] | None:
    """The values a Literal-typed field takes, or None if it is not a closed set of strings."""
    annotation = _unalias(annotation)
    if typing.get_origin(annotation) is typing.Literal:
        return set(typing.get_args(annotation))
    if _is_union(annotation):
        values: set[Any] = set()
        for arg in typing.get_args(annotation):
            arg = _unalias(arg)
            if arg is type(None):
                continue
            more = _literals(arg)
            if more is None:
                return None
            values |= more
        return values
    return None


def _models(annotation: Any) -> list[Any]:
    annotation = _unalias(annotation)
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models(arg)]


def test_response_models_accept_what_the_reference_allows(judge: Any) -> None:
    walk = _ModelWalk(judge.document)
    for method, path, sdk in sorted(_spec_operations()):
        assert sdk in RESPONSE_MODELS, f"add the response models of `{sdk}` to RESPONSE_MODELS"
        # A 200 without a body (deleting a response) has nothing to compare.
        content = judge.document["paths"][path][method.lower()]["responses"]["200"].get("content", {})
        for media_type, model in RESPONSE_MODELS[sdk].items():
            # The reference has no event stream for /completions; nothing to compare.
            if media_type in content:
                # A union (of stream events, say) is walked member by member.
                for member in _models(model):
                    walk.walk(member, walk.objects(content[media_type]["schema"]), f"{sdk} {media_type}")
    assert len(walk.seen) > 30, f"the walk reached only {len(walk.seen)} models"
    stale = [quirk for quirk in REFERENCE_QUIRKS if not any(quirk in f for f in walk.findings)]
    assert not stale, f"REFERENCE_QUIRKS entries that match no finding any more: {stale}"
    findings = [f for f in walk.findings if not any(quirk in f for quirk in REFERENCE_QUIRKS)]
    if findings:
        pytest.fail("Our response models disagree with the reference:\n" + "\n".join(findings), pytrace=False)


# --------------------------------------------------------------------- streaming
#
# What Prism does with `stream=True` (checked by hand against Prism 5.16):
#
# * POST /chat/completions: the reference declares `text/event-stream` for the
#   200 response, with the chunk's JSON schema. Prism validates the request,
#   picks that media type because the client asks for it, and then fails with
#   500 NO_COMPLEX_OBJECT_TEXT: it can only write a string schema as text, so
#   it never produces an event stream. No events to parse, then; what we can
#   check is that the client asked for an event stream (Prism would otherwise
#   have answered with JSON), that the request got past validation (with
#   `--errors`, a bad request gets its 422 before any media type is chosen,
#   though Prism's own body check is empty for this operation, see conftest.py;
#   the local judge checks the body as for every other call), and that the
#   stream arguments are on the wire.
# * POST /completions: the reference declares only `application/json` for the
#   200 response, so Prism answers 406 NOT_ACCEPTABLE to `Accept:
#   text/event-stream`, again after validating the request.
#
# If a Prism upgrade starts sending real event streams, these tests fail and
# should grow to parse the chunks into the generated models.

CHAT_STREAM = chat(
    "stream",
    messages=[{"role": "system", "content": "Be brief."}, USER_HI],
    stream=True,
    stream_options={"include_usage": True, "include_obfuscation": False},
    tools=[WEATHER_TOOL],
    logprobs=True,
    top_logprobs=2,
)
COMPLETION_STREAM = completion(
    "stream", prompt="Say this is a test", stream=True, stream_options={"include_usage": True}, max_tokens=7
)


def _check_stream_refusal(case: Case, exc: oaiclient.APIStatusError, recorder: Any) -> None:
    assert recorder.last.headers.get("accept") == "text/event-stream", "the client did not ask for SSE"
    check_sent(case, recorder)
    body = exc.body if isinstance(exc.body, dict) else {}
    kind = str(body.get("type", ""))
    if case is CHAT_STREAM:
        assert exc.status_code == 500 and kind.endswith("#NO_COMPLEX_OBJECT_TEXT"), _explain(case, exc)
    else:
        assert exc.status_code == 406 and kind.endswith("#NOT_ACCEPTABLE"), _explain(case, exc)


@pytest.mark.parametrize("case", [CHAT_STREAM, COMPLETION_STREAM], ids=lambda c: c.id)
def test_stream_request_accepted_sync(client: Any, recorder: Any, case: Case) -> None:
    with pytest.raises(oaiclient.APIStatusError) as info:
        stream = _method(client, case.method)(**case.kwargs)
        stream.close()
    _check_stream_refusal(case, info.value, recorder)


@pytest.mark.parametrize("case", [CHAT_STREAM, COMPLETION_STREAM], ids=lambda c: c.id)
def test_stream_request_accepted_async(harness: Any, case: Case) -> None:
    async def scenario() -> oaiclient.APIStatusError:
        async with harness.async_client() as client:
            try:
                stream = await _method(client, case.method)(**case.kwargs)
            except oaiclient.APIStatusError as exc:
                return exc
            await stream.aclose()
            raise AssertionError(f"{case.id}: Prism unexpectedly streamed; extend this test")

    _check_stream_refusal(case, asyncio.run(scenario()), harness.recorder)


# -------------------------------------------------------------- negative controls


def test_prism_rejects_an_invalid_request(harness: Any) -> None:
    """Prism really judges (where it can): a realistic mistake gets a 422, with reasons."""
    # No local judge on this client: the request must reach Prism.
    with harness.sync_client(judged=False) as raw:
        with pytest.raises(oaiclient.UnprocessableEntityError) as info:
            raw.embeddings.create(model="text-embedding-3-small", input="hello", dimensions=0)
    body = info.value.body
    assert isinstance(body, dict), body
    validation = body.get("validation") or []
    assert any(item.get("location") == ["body", "dimensions"] for item in validation), body


# A realistic mistake per operation, each against a limit the reference sets.
INVALID_CALLS = [
    (chat("empty-conversation", messages=[]), "messages"),
    (chat("too-many-top-logprobs", messages=[USER_HI], logprobs=True, top_logprobs=25), "top_logprobs"),
    (completion("too-many-logprobs", prompt="Hello", logprobs=10), "logprobs"),
    (embedding("zero-dimensions", model="text-embedding-3-small", input="hello", dimensions=0), "dimensions"),
    (image("too-many-images", model="dall-e-2", n=12), "n"),
]


@pytest.mark.parametrize("case, field_name", INVALID_CALLS, ids=[case.id for case, _ in INVALID_CALLS])
def test_local_judge_rejects_invalid_request(client: Any, judge: Any, case: Case, field_name: str) -> None:
    """The local judge really judges: the same kind of mistakes, for every operation."""
    with pytest.raises(judge.Error) as info:
        _method(client, case.method)(**case.kwargs)
    assert f"\n  - {field_name}: " in str(info.value), str(info.value)


# Prism's own request validation, operation by operation. It fails to compile
# three of these schemas (see conftest.py) and then lets any body through;
# these expected failures keep that limitation visible, and turn into errors
# the day Prism (or the reference) fixes it, so the local judge can be revisited.
PRISM_SKIPS = pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="Prism 5.16 cannot compile this request schema (`nullable` without `type`) and accepts any body",
)


@pytest.mark.parametrize(
    "path, body",
    [
        pytest.param(
            "/embeddings",
            {"model": "text-embedding-3-small", "input": "hi", "dimensions": 0},
            id="embeddings",
        ),
        pytest.param("/chat/completions", {"model": "gpt-4o", "messages": []}, id="chat", marks=PRISM_SKIPS),
        pytest.param(
            "/completions",
            {"model": "gpt-3.5-turbo-instruct", "prompt": "hi", "logprobs": 10},
            id="completions",
            marks=PRISM_SKIPS,
        ),
        pytest.param("/images/generations", {"prompt": "otter", "n": 12}, id="images", marks=PRISM_SKIPS),
    ],
)
def test_prism_validates_request_body(harness: Any, path: str, body: dict[str, Any]) -> None:
    with httpx.Client(trust_env=False, timeout=30) as http:
        response = http.post(
            harness.url + path, json=body, headers={"Authorization": f"Bearer {harness.api_key}"}
        )
    assert response.status_code == 422, f"Prism answered {response.status_code} to an invalid body"
