"""The documentation's examples, run as written against the recording server.

Each file in tests/docs_examples/ is an example in the two styles the OpenAI
documentation (and the translations and proxy docs made from it) shows: the
module-level client of today's `openai` package, and the call style of the library
before 1.0. Only the import differs (`import oaiclient as openai`). A test runs the
file in this process, pointing it at the server through the setting the example's
own documentation uses (the environment, or by swapping a hard-coded URL), then
checks what went over the wire and what the example printed and kept.

The rest checks the compatibility layer's own rules: settings read on every call,
one warning per process, the dict-style reading of results, Azure, errors.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

import oaiclient
import oaiclient as openai
from oaiclient import _legacy, _module_client
from oaiclient import models as m
from tests.servers import HangResponse, JSONResponse, RecordingServer, SSEResponse, sse_event
from tests.test_wire_images_audio import MODERATION, PNG, multipart_parts

EXAMPLES = Path(__file__).parent / "docs_examples"
KEY = "sk-docs-0123456789abcdef"
AZURE_KEY = "azure-key-0123456789"
ORG = "org-Zx9Lp0Qa7Wb3Ec5Rd1Tf"

# Variables the compatibility layer (or the Azure client) reads beyond those `clean_env` clears.
COMPAT_ENVIRONMENT = (
    "OPENAI_API_BASE",
    "OPENAI_API_TYPE",
    "OPENAI_API_VERSION",
    "OPENAI_ORGANIZATION",
    "OPENAI_API_KEY_PATH",
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AD_TOKEN",
    "AZURE_OPENAI_KEY",
)
# The package's settings, as a fresh import has them.
SETTINGS = {
    "api_key": None,
    "organization": None,
    "project": None,
    "base_url": None,
    "timeout": _module_client.DEFAULT_TIMEOUT,
    "max_retries": _module_client.DEFAULT_MAX_RETRIES,
    "default_headers": None,
    "default_query": None,
    "http_client": None,
    "api_type": None,
    "api_version": None,
    "azure_endpoint": None,
    "azure_ad_token": None,
    "azure_ad_token_provider": None,
    "api_base": None,
    "api_key_path": None,
}


def _reset_module_state() -> None:
    for name, value in SETTINGS.items():
        setattr(oaiclient, name, value)
    _module_client._reset()
    _legacy._reset()


@pytest.fixture(autouse=True)
def compat_state(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh module state (settings, cached clients, the warning) before and after each test."""
    for name in COMPAT_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    _reset_module_state()
    with warnings.catch_warnings():
        # The examples warn once per process; the tests that care record it themselves.
        warnings.simplefilter("ignore", DeprecationWarning)
        yield
    _reset_module_state()


# -- canned answers --------------------------------------------------------------------

MODEL_LIST = {
    "object": "list",
    "data": [
        {"id": "gpt-3.5-turbo", "object": "model", "created": 1677610602, "owned_by": "openai"},
        {"id": "text-davinci-003", "object": "model", "created": 1669599635, "owned_by": "openai-internal"},
    ],
}
USAGE = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}


def chat_reply(*contents: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-abc",
        "object": "chat.completion",
        "created": 1677858242,
        "model": "gpt-3.5-turbo-0613",
        "choices": [
            {
                "index": i,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
            for i, text in enumerate(contents)
        ],
        "usage": USAGE,
    }


def completion_reply(text: str) -> dict[str, Any]:
    return {
        "id": "cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7",
        "object": "text_completion",
        "created": 1589478378,
        "model": "text-davinci-003",
        "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": "length"}],
        "usage": USAGE,
    }


def completion_chunk(text: str, finish: str | None = None) -> bytes:
    return sse_event(
        {
            "id": "cmpl-stream",
            "object": "text_completion",
            "created": 1589478378,
            "model": "text-davinci-003",
            "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": finish}],
        }
    )


def chat_chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    return sse_event(
        {
            "id": "chatcmpl-stream",
            "object": "chat.completion.chunk",
            "created": 1677858242,
            "model": "gpt-3.5-turbo-0613",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
    )


def embedding_reply(vector: list[float]) -> dict[str, Any]:
    return {
        "object": "list",
        "model": "text-embedding-ada-002",
        "data": [{"object": "embedding", "index": 0, "embedding": vector}],
        "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }


DONE = b"data: [DONE]\n\n"


# -- running an example ------------------------------------------------------------------


def run_example(name: str, replace: dict[str, str] | None = None) -> dict[str, Any]:
    """Runs tests/docs_examples/NAME as a script; returns its globals. `replace` swaps
    text (a hard-coded URL) that must be in the file."""
    path = EXAMPLES / name
    source = path.read_text("utf-8")
    assert "import oaiclient as openai\n" in source
    assert "\nimport openai" not in source and "from openai" not in source
    for old, new in (replace or {}).items():
        assert old in source, f"{name} does not contain {old!r}"
        source = source.replace(old, new)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": str(path)}
    exec(compile(source, str(path), "exec"), namespace)
    return namespace


# -- the pre-1.0 examples ----------------------------------------------------------------


def test_models_list_sends_the_organization(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    example = run_example("legacy_authentication.py")

    request = server.last
    assert (request.method, request.path) == ("GET", "/v1/models")
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["openai-organization"] == ORG
    assert capsys.readouterr().out == "gpt-3.5-turbo\n2\n"
    models = example["models"]
    assert models["object"] == "list" and models.object == "list"
    assert [model["id"] for model in models["data"]] == ["gpt-3.5-turbo", "text-davinci-003"]
    assert models.data[1].owned_by == "openai-internal"


def test_completion_with_echo(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route("POST", "/v1/completions", JSONResponse(completion_reply("Say this is a test\n\nThis is")))

    example = run_example("legacy_completion_echo.py")

    assert server.last.path == "/v1/completions"
    assert server.last.json == {
        "model": "text-davinci-003",
        "prompt": "Say this is a test",
        "max_tokens": 7,
        "temperature": 0,
        "echo": True,
    }
    assert server.last.headers["authorization"] == f"Bearer {KEY}"
    assert capsys.readouterr().out == "Say this is a test\n\nThis is\n12\n"
    assert isinstance(example["response"], m.CreateCompletionResponse)


def test_completion_streaming(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    pieces = ["4", ",", "5", ",", "6"]
    server.route(
        "POST",
        "/v1/completions",
        SSEResponse([completion_chunk(p) for p in pieces] + [completion_chunk("", "length"), DONE]),
    )

    example = run_example("legacy_completion_stream.py")

    assert server.last.json == {
        "model": "text-davinci-003",
        "prompt": "1,2,3,",
        "max_tokens": 20,
        "temperature": 0,
        "stream": True,
    }
    assert server.last.headers["accept"] == "text/event-stream"
    out = capsys.readouterr().out
    assert out.count("Text received:") == 6
    assert out.endswith("Full text received: 4,5,6\n")
    events = example["collected_events"]
    assert [e["choices"][0]["text"] for e in events] == pieces + [""]
    assert events[-1]["choices"][0]["finish_reason"] == "length"


def test_chat_completion_with_n(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route(
        "POST", "/v1/chat/completions", JSONResponse(chat_reply("Hi there!", "Hello! How can I help?"))
    )

    example = run_example("legacy_chat_n.py")

    assert server.last.path == "/v1/chat/completions"
    assert server.last.json == {
        "model": "gpt-3.5-turbo",
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Hello!"},
        ],
        "n": 2,
    }
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["0 Hi there!", "1 Hello! How can I help?"]
    assert "Hi there!" in lines[2]  # the message model's repr
    completion = example["completion"]
    assert completion["choices"][1]["message"]["content"] == completion.choices[1].message.content


def test_chat_streaming_reads_deltas_like_dicts(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route(
        "POST",
        "/v1/chat/completions",
        SSEResponse(
            [
                chat_chunk({"role": "assistant", "content": ""}),
                chat_chunk({"content": "Two"}),
                chat_chunk({"content": "."}),
                # The last delta is empty: `m.get('content', '')` must give ''.
                chat_chunk({}, "stop"),
                DONE,
            ]
        ),
    )

    example = run_example("legacy_chat_stream.py")

    assert server.last.json["stream"] is True
    assert capsys.readouterr().out == "Full conversation received: Two.\n"
    messages = example["collected_messages"]
    assert "content" not in messages[-1] and "content" in messages[1]
    assert messages[0]["role"] == "assistant"
    with pytest.raises(KeyError):
        messages[-1]["content"]


def test_embedding(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route("POST", "/v1/embeddings", JSONResponse(embedding_reply([0.5, -0.25, 0.125])))

    example = run_example("legacy_embedding.py")

    body = server.last.json
    assert server.last.path == "/v1/embeddings"
    assert (body["model"], body["input"]) == (
        "text-embedding-ada-002",
        "The food was delicious and the waiter...",
    )
    assert capsys.readouterr().out == "3\n"
    assert example["embeddings"] == [0.5, -0.25, 0.125]


def test_image_generation(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    urls = ["https://images.example/otter-1.png", "https://images.example/otter-2.png"]
    server.route(
        "POST",
        "/v1/images/generations",
        JSONResponse({"created": 1589478378, "data": [{"url": u} for u in urls]}),
    )

    example = run_example("legacy_image.py")

    assert server.last.path == "/v1/images/generations"
    assert server.last.json == {"prompt": "A cute baby sea otter", "n": 2, "size": "1024x1024"}
    assert capsys.readouterr().out == urls[0] + "\n"
    assert example["response"].data[1].url == urls[1]


def test_azure_deployment_call(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.origin)
    monkeypatch.setenv("AZURE_OPENAI_KEY", AZURE_KEY)
    path = "/openai/deployments/gpt-35-turbo/chat/completions"
    server.route("POST", path, JSONResponse(chat_reply("Yes, most of them do.")))

    run_example("legacy_azure_chat.py")

    request = server.last
    assert (request.method, request.path) == ("POST", path)
    assert request.query == [("api-version", "2023-05-15")]
    assert request.headers["api-key"] == AZURE_KEY
    assert "authorization" not in request.headers
    # The deployment is in the URL; the old library sent no model, and neither do we.
    assert "model" not in request.json
    assert len(request.json["messages"]) == 4
    assert capsys.readouterr().out.splitlines()[-1] == "Yes, most of them do."


def test_azure_from_the_old_environment_variables(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_TYPE", "azure")
    monkeypatch.setenv("OPENAI_API_BASE", server.origin + "/")
    monkeypatch.setenv("OPENAI_API_VERSION", "2023-07-01-preview")
    monkeypatch.setenv("OPENAI_API_KEY", AZURE_KEY)
    path = "/openai/deployments/YOUR_DEPLOYMENT_NAME/embeddings"
    server.route("POST", path, JSONResponse(embedding_reply([1.0, 2.0, 3.0])))

    run_example("legacy_azure_embedding_env.py")

    assert server.last.path == path
    assert server.last.query == [("api-version", "2023-07-01-preview")]
    assert server.last.headers["api-key"] == AZURE_KEY
    assert server.last.json["input"] == "Your text string goes here"
    assert capsys.readouterr().out == "[1.0, 2.0]\n"


def test_hosted_proxy_through_api_base(server: RecordingServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(chat_reply("你好！")))

    run_example("legacy_proxy_chat.py", {"https://api.proxy-example.com/v1": server.url})

    assert server.last.path == "/v1/chat/completions"
    assert server.last.headers["authorization"] == "Bearer sk-proxy-0123456789"
    assert server.last.json["messages"] == [{"role": "user", "content": "你好"}]
    assert capsys.readouterr().out == "你好！\n12\n"


def test_moderation_reads_slashed_categories(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    server.route("POST", "/v1/moderations", JSONResponse(MODERATION))

    example = run_example("legacy_moderation.py")

    assert server.last.json == {"input": "Sample text goes here"}
    # `self-harm/intent` is `self_harm_intent` on the model and its JSON name as a key.
    assert capsys.readouterr().out == "True False\n"
    assert example["output"]["categories"]["violence"] is True


def test_audio_transcription_upload(
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    audio = tmp_path / "audio.mp3"
    audio.write_bytes(b"ID3-not-really-audio")
    server.route("POST", "/v1/audio/transcriptions", JSONResponse({"text": "Hello there."}))

    example = run_example("legacy_audio_transcribe.py", {"/path/to/file/audio.mp3": str(audio)})
    example["audio_file"].close()

    parts = multipart_parts(server.last)
    assert parts["model"] == [(None, None, b"whisper-1")]
    assert parts["file"] == [("audio.mp3", "audio/mpeg", b"ID3-not-really-audio")]
    assert capsys.readouterr().out == "Hello there.\n"


def test_image_variation_upload(
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corgi_and_cat_paw.png").write_bytes(PNG)
    server.route(
        "POST",
        "/v1/images/variations",
        JSONResponse({"created": 1, "data": [{"url": "https://x.test/v.png"}]}),
    )

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the example leaves its file open
        run_example("legacy_image_variation.py")

    parts = multipart_parts(server.last)
    assert parts["image"] == [("corgi_and_cat_paw.png", "image/png", PNG)]
    assert (parts["n"], parts["size"]) == ([(None, None, b"1")], [(None, None, b"1024x1024")])
    assert capsys.readouterr().out == "https://x.test/v.png\n"


FINE_TUNING_JOB = {
    "id": "ftjob-abc123",
    "object": "fine_tuning.job",
    "created_at": 1692661014,
    "error": None,
    "fine_tuned_model": None,
    "finished_at": None,
    "hyperparameters": {"n_epochs": 4},
    "model": "gpt-3.5-turbo-0613",
    "organization_id": "org-123",
    "result_files": [],
    "status": "queued",
    "trained_tokens": None,
    "training_file": "file-abc123",
    "validation_file": None,
    "seed": 42,
}


def test_fine_tuning_jobs(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_BASE", server.url)
    jobs = "/v1/fine_tuning/jobs"
    server.route("POST", jobs, JSONResponse(FINE_TUNING_JOB))
    server.route("GET", jobs, JSONResponse({"object": "list", "data": [FINE_TUNING_JOB], "has_more": False}))
    server.route("GET", f"{jobs}/ftjob-abc123", JSONResponse(FINE_TUNING_JOB))
    server.route(
        "POST", f"{jobs}/ftjob-abc123/cancel", JSONResponse({**FINE_TUNING_JOB, "status": "cancelled"})
    )
    event = {
        "object": "fine_tuning.job.event",
        "id": "ftevent-1",
        "created_at": 1692661015,
        "level": "info",
        "message": "Job started.",
    }
    server.route(
        "GET",
        f"{jobs}/ftjob-abc123/events",
        JSONResponse({"object": "list", "data": [event], "has_more": False}),
    )

    run_example("legacy_fine_tuning.py")

    sent = [(r.method, r.path, r.query, r.json) for r in server.requests]
    assert sent == [
        ("POST", jobs, [], {"training_file": "file-abc123", "model": "gpt-3.5-turbo"}),
        ("GET", jobs, [("limit", "10")], None),
        ("GET", f"{jobs}/ftjob-abc123", [], None),
        ("POST", f"{jobs}/ftjob-abc123/cancel", [], None),
        ("GET", f"{jobs}/ftjob-abc123/events", [("limit", "10")], None),
    ]
    assert capsys.readouterr().out == "Job started.\n"


# -- the module-level client of today's package --------------------------------------------


def test_module_client_readme_example(server: RecordingServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(chat_reply("Use os.listdir().")))

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # today's style does not warn
        run_example("module_client_chat.py", {'"https://..."': repr(server.url)})

    request = server.last
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer ..."
    assert request.headers["x-foo"] == "true"
    assert request.json["model"] == "gpt-4o"
    assert capsys.readouterr().out == "Use os.listdir().\n"


def test_module_client_models_list(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    run_example("module_client_models.py")

    assert server.last.path == "/v1/models"
    assert server.last.headers["openai-organization"] == ORG
    assert server.last.headers["openai-project"] == "proj_Kd83hHs02Lm"
    assert server.last.headers["authorization"] == f"Bearer {KEY}"
    assert capsys.readouterr().out == "gpt-3.5-turbo\ntext-davinci-003\n"


def test_module_client_azure(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", AZURE_KEY)
    path = "/openai/deployments/my-gpt-4o-deployment/chat/completions"
    server.route("POST", path, JSONResponse(chat_reply("Hello from Azure.")))

    run_example("module_client_azure.py", {"https://example-resource.openai.azure.com": server.origin})

    assert server.last.path == path
    assert server.last.query == [("api-version", "2024-02-01")]
    assert server.last.headers["api-key"] == AZURE_KEY
    assert capsys.readouterr().out == "Hello from Azure.\n"


def test_module_client_chooses_azure_when_only_azure_is_configured(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.origin)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", AZURE_KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-06-01")
    server.route("GET", "/openai/models", JSONResponse(MODEL_LIST))

    assert [model.id for model in openai.models.list()] == ["gpt-3.5-turbo", "text-davinci-003"]
    assert isinstance(_module_client.load_client(), oaiclient.AzureOpenAI)
    assert server.last.headers["api-key"] == AZURE_KEY

    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with pytest.raises(oaiclient.OpenAIError, match="api_type"):
        openai.models.list()


# -- settings are read on every call -------------------------------------------------------


def test_changed_settings_take_effect_on_the_next_call(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    openai.base_url = server.url

    openai.api_key = "sk-first"
    openai.models.list()
    openai.api_key = "sk-second"
    openai.organization = "org-later"
    openai.models.list()
    openai.default_headers = {"X-Team": "a"}
    openai.Model.list()
    openai.default_headers["X-Team"] = "b"  # changed in place
    openai.Model.list()

    sent = [
        (r.headers["authorization"], r.headers.get("openai-organization"), r.headers.get("x-team"))
        for r in server.requests
    ]
    assert sent == [
        ("Bearer sk-first", None, None),
        ("Bearer sk-second", "org-later", None),
        ("Bearer sk-second", "org-later", "a"),
        ("Bearer sk-second", "org-later", "b"),
    ]


def test_unchanged_settings_reuse_the_client(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    openai.api_key = KEY
    openai.base_url = server.url
    first = _module_client.load_client()
    openai.models.list()
    openai.models.list()
    assert _module_client.load_client() is first
    assert len({r.connection for r in server.requests}) == 1  # one pool, kept alive
    openai.max_retries = 5
    assert _module_client.load_client() is not first


def test_max_retries_and_timeout_settings(server: RecordingServer) -> None:
    openai.api_key = KEY
    openai.base_url = server.url
    server.route(
        "GET",
        "/v1/models",
        JSONResponse({"error": {"message": "busy", "type": "server_error"}}, 503, {"retry-after-ms": "1"}),
    )
    openai.max_retries = 0
    with pytest.raises(oaiclient.InternalServerError):
        openai.models.list()
    assert len(server.requests) == 1
    openai.max_retries = 3
    with pytest.raises(oaiclient.InternalServerError):
        openai.Model.list()
    assert len(server.requests) == 1 + 4

    server.route("GET", "/v1/models", HangResponse(5))
    openai.max_retries = 0
    openai.timeout = 0.2
    with pytest.raises(oaiclient.APITimeoutError):
        openai.models.list()
    # The old per-call `request_timeout` wins over the setting.
    openai.timeout = 30.0
    started = time.monotonic()
    with pytest.raises(oaiclient.APITimeoutError):
        openai.Model.list(request_timeout=0.2)
    assert time.monotonic() - started < 5


def test_api_key_path_is_read_at_each_call(server: RecordingServer, tmp_path: Path) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    key_file = tmp_path / "key"
    key_file.write_text("sk-from-file-1\n")
    openai.api_key = "sk-ignored-when-a-path-is-set"
    openai.api_key_path = str(key_file)
    openai.api_base = server.url
    openai.Model.list()
    key_file.write_text("sk-from-file-2\n")
    openai.Model.list()
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer sk-from-file-1",
        "Bearer sk-from-file-2",
    ]


def test_the_reset_covers_every_setting() -> None:
    # Every annotated module attribute that is not a resource proxy is a setting; the
    # fixture must know each one, or a test could leak it into the next.
    declared = {
        name
        for name in oaiclient.__annotations__
        if not isinstance(getattr(oaiclient, name), _module_client.ResourceProxy)
    }
    assert declared == set(SETTINGS)


# -- the pre-1.0 arguments -----------------------------------------------------------------


def test_engine_is_the_model_outside_azure(server: RecordingServer) -> None:
    server.route("POST", "/v1/completions", JSONResponse(completion_reply("ok")))
    openai.api_key = KEY
    openai.api_base = server.url
    openai.Completion.create(engine="text-davinci-003", prompt="Hi")
    assert server.last.path == "/v1/completions"
    assert server.last.json == {"model": "text-davinci-003", "prompt": "Hi"}


def test_call_settings_headers_timeout_and_unknown_arguments(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(chat_reply("ok")))
    openai.api_key = KEY
    openai.api_base = "http://127.0.0.1:9/unused"
    openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Hi"}],
        api_key="sk-this-call",
        api_base=server.url,
        organization="org-this-call",
        headers={"X-Trace": "t-1"},
        request_id="req-42",
        request_timeout=(3, 7),
        brand_new_parameter={"a": 1},
    )
    request = server.last
    assert request.headers["authorization"] == "Bearer sk-this-call"
    assert request.headers["openai-organization"] == "org-this-call"
    assert (request.headers["x-trace"], request.headers["x-request-id"]) == ("t-1", "req-42")
    # Unknown to the method: sent in the body, as the old library sent every argument.
    assert request.json["brand_new_parameter"] == {"a": 1}
    assert set(request.json) == {"model", "messages", "brand_new_parameter"}
    assert _legacy._timeout((3, 7)) == httpx.Timeout(7, connect=3)


def test_a_reply_message_can_be_sent_back(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(chat_reply("First answer.")))
    openai.api_key = KEY
    openai.api_base = server.url
    messages: list[Any] = [{"role": "user", "content": "Hi"}]
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    messages.append(response["choices"][0]["message"])
    messages.append({"role": "user", "content": "And then?"})
    openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    assert server.last.json["messages"][1] == {
        "role": "assistant",
        "content": "First answer.",
        "refusal": None,
    }


def test_azure_ad_token_and_model_list(server: RecordingServer) -> None:
    server.route("GET", "/openai/models", JSONResponse(MODEL_LIST))
    openai.api_type = "azure_ad"
    openai.api_base = server.origin
    openai.api_key = "eyJ-an-entra-token"
    openai.api_version = "2023-05-15"
    models = openai.Model.list()
    assert models["data"][0]["id"] == "gpt-3.5-turbo"
    assert server.last.path == "/openai/models"
    assert server.last.query == [("api-version", "2023-05-15")]
    assert server.last.headers["authorization"] == "Bearer eyJ-an-entra-token"
    assert "api-key" not in server.last.headers


def test_azure_deployments_alternate(server: RecordingServer) -> None:
    for name in ("gpt-35", "gpt-4"):
        server.route("POST", f"/openai/deployments/{name}/chat/completions", JSONResponse(chat_reply(name)))
    openai.api_type = "azure"
    openai.api_base = server.origin
    openai.api_key = AZURE_KEY
    replies = [
        openai.ChatCompletion.create(deployment_id=name, messages=[])["choices"][0]["message"]["content"]
        for name in ("gpt-35", "gpt-4", "gpt-35")
    ]
    assert replies == ["gpt-35", "gpt-4", "gpt-35"]
    assert [r.path.split("/")[3] for r in server.requests] == ["gpt-35", "gpt-4", "gpt-35"]
    # One client per deployment, kept: the third call reused the first one's connection.
    assert server.requests[2].connection == server.requests[0].connection


def test_azure_needs_a_deployment_and_known_api_types() -> None:
    openai.api_type = "azure"
    openai.api_base = "https://example.openai.azure.com"
    openai.api_key = AZURE_KEY
    with pytest.raises(oaiclient.OpenAIError, match="engine="):
        openai.ChatCompletion.create(messages=[{"role": "user", "content": "Hi"}])
    openai.api_type = "open-ai-please"
    with pytest.raises(oaiclient.OpenAIError, match="Unknown api_type"):
        openai.Model.list()


def test_old_error_names_catch_our_errors(server: RecordingServer) -> None:
    openai.api_key = KEY
    openai.api_base = server.url
    openai.max_retries = 0
    server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse({"error": {"message": "slow down", "type": "requests"}}, 429),
    )
    with pytest.raises(openai.error.RateLimitError):
        openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[])
    server.route("GET", "/v1/models/nope", JSONResponse({"error": {"message": "no such model"}}, 404))
    try:
        openai.Model.retrieve("nope")
    except openai.error.InvalidRequestError as exc:
        assert isinstance(exc, oaiclient.NotFoundError)
    else:
        pytest.fail("no error raised")


def test_async_calls(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(chat_reply("async hi")))
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    openai.api_key = KEY
    openai.api_base = server.url

    async def main() -> tuple[Any, Any]:
        reply = await openai.ChatCompletion.acreate(model="gpt-3.5-turbo", messages=[])
        models = await openai.Model.alist()
        return reply, models

    reply, models = asyncio.run(main())
    assert reply["choices"][0]["message"]["content"] == "async hi"
    assert models["data"][1]["id"] == "text-davinci-003"
    assert [r.path for r in server.requests] == ["/v1/chat/completions", "/v1/models"]


def test_async_streaming(server: RecordingServer) -> None:
    server.route(
        "POST",
        "/v1/chat/completions",
        SSEResponse([chat_chunk({"content": "a"}), chat_chunk({"content": "b"}), DONE]),
    )
    openai.api_key = KEY
    openai.api_base = server.url

    async def main() -> str:
        text = ""
        async for chunk in await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo", messages=[], stream=True
        ):
            text += chunk["choices"][0]["delta"].get("content", "")
        return text

    assert asyncio.run(main()) == "ab"


# -- the warning ---------------------------------------------------------------------------


def test_the_old_style_warns_once_per_process(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    server.route("POST", "/v1/completions", JSONResponse(completion_reply("ok")))
    openai.api_key = KEY
    openai.api_base = server.url
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        openai.Model.list()
        openai.Model.list()
        openai.Completion.create(model="davinci-002", prompt="x")
        openai.models.list()
    old_style = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(old_style) == 1, [str(w.message) for w in caught]
    assert "Model.list" in str(old_style[0].message)
    assert "Migrating from the openai package" in str(old_style[0].message)
    # Pointed at the caller's line, so Python shows it for scripts run as __main__.
    assert old_style[0].filename == __file__
    assert len(server.requests) == 4


# -- reading results like dicts --------------------------------------------------------------


def test_results_read_like_the_old_dicts() -> None:
    reply = m.CreateChatCompletionResponse.model_validate({**chat_reply("hi"), "brand_new_field": [1]})
    assert reply["choices"][0]["message"]["content"] == "hi"
    assert reply["usage"]["total_tokens"] == 12
    assert reply["brand_new_field"] == [1]  # kept extra field
    assert "usage" in reply and "system_fingerprint" not in reply and 3 not in reply
    assert reply.get("system_fingerprint") is None and reply.get("system_fingerprint", "-") == "-"
    assert reply.get("model") == "gpt-3.5-turbo-0613"
    assert list(reply.to_dict()) == ["id", "object", "created", "model", "choices", "usage", "brand_new_field"]
    with pytest.raises(KeyError):
        reply["system_fingerprint"]  # a field the server did not send is absent, as from a dict
    assert reply.system_fingerprint is None  # while the attribute has its default
    with pytest.raises(KeyError):
        reply["choices"][0]["message"]["no_such_key"]


def test_dict_reading_uses_the_json_names() -> None:
    fmt = m.JsonSchema.model_validate({"name": "answer", "schema": {"type": "object"}})
    assert fmt["schema"] == {"type": "object"} and "schema" in fmt and "schema_" not in fmt
    assert fmt.schema_ == {"type": "object"}


def test_pages_read_like_dicts_and_lists() -> None:
    page = oaiclient.SyncPage[m.Model].model_validate(MODEL_LIST)
    assert page["object"] == "list"
    assert page["data"][0]["id"] == "gpt-3.5-turbo"
    assert page[1].id == "text-davinci-003"
    assert "data" in page and page[0] in page and "gpt-3.5-turbo" not in page


def test_pydantic_behaviour_is_unchanged() -> None:
    data = chat_reply("hi")
    reply = m.CreateChatCompletionResponse.model_validate(data)
    assert reply == m.CreateChatCompletionResponse.model_validate(data)
    assert reply.model_dump(mode="json", exclude_unset=True) == data
    assert dict(reply)["id"] == "chatcmpl-abc"  # pydantic's own iteration: (name, value) pairs
    assert reply.to_dict() == data
    assert bool(
        m.CompletionUsage.model_validate({"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0})
    )
    with pytest.raises(pydantic.ValidationError):
        m.CreateChatCompletionResponse.model_validate({"id": "x"})


# -- `oaiclient.models` is both the models module and the module client's `models` --------------


def test_models_module_keeps_its_models_and_gains_the_methods(server: RecordingServer) -> None:
    import oaiclient.models as models_module
    from oaiclient.models import Model

    assert models_module is oaiclient.models and models_module.Model is Model
    # No client is built to answer these (there is no key: building one would raise).
    assert not hasattr(oaiclient.models, "no_such_thing")
    assert callable(getattr(oaiclient.models, "CreateChatCompletionResponse"))
    with pytest.raises(oaiclient.OpenAIError, match="No API key"):
        oaiclient.models.list()

    server.route("GET", "/v1/models/gpt-3.5-turbo", JSONResponse(MODEL_LIST["data"][0]))
    openai.api_key = KEY
    openai.base_url = server.url
    assert oaiclient.models.retrieve("gpt-3.5-turbo").created == 1677610602
