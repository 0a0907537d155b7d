"""Logging: `OPENAI_LOG`, the standard `logging` module, and what may never be logged.

The key must not appear in any log record at any level, the request body only
by its size; at INFO each attempt, retry and outcome is one line.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from oaiclient._logs import logger as package_logger
from tests.servers import DropResponse, JSONResponse, RecordingServer

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-LOGS-0123456789abcdefghijklmnop"
AZURE_KEY = "azure-LOGS-fedcba9876543210"
PROMPT = "a prompt that is nobody's business"
MODEL_LIST = {"object": "list", "data": [{"id": "m1", "object": "model", "created": 1, "owned_by": "me"}]}
EMBEDDINGS = {
    "object": "list",
    "model": "m",
    "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}],
    "usage": {"prompt_tokens": 1, "total_tokens": 1},
}


@pytest.fixture(autouse=True)
def restore_logger() -> Iterator[None]:
    """`OPENAI_LOG` changes the package logger for the process; undo it after each test."""
    level, handlers = package_logger.level, list(package_logger.handlers)
    yield
    package_logger.setLevel(level)
    package_logger.handlers[:] = handlers


def texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "oaiclient"]


def assert_secret_nowhere(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    assert caplog.records, "nothing was logged"
    for record in caplog.records:
        for secret in secrets:
            assert secret not in record.getMessage()
            assert secret not in str(record.msg)
            assert secret not in repr(record.args)


def run(mode: str, server: RecordingServer, fn: Any, **options: Any) -> Any:
    options = {"api_key": KEY, "base_url": server.url, "max_retries": 2, **options}
    if mode == "sync":
        with OpenAI(**options) as client:
            return fn(client)

    async def main() -> Any:
        async with AsyncOpenAI(**options) as client:
            return await fn(client)

    return asyncio.run(main())


def test_the_logger_is_named_after_the_package() -> None:
    assert package_logger.name == oaiclient.__name__ == "oaiclient"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_debug_logs_headers_redacted_and_the_body_by_size_only(
    mode: str, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("POST", "/v1/embeddings", JSONResponse(EMBEDDINGS, headers={"x-request-id": "req_42"}))
    caplog.set_level(logging.DEBUG, logger="oaiclient")
    run(
        mode,
        server,
        lambda c: c.embeddings.create(
            model="m", input=PROMPT, encoding_format="float", extra_headers={"api-key": AZURE_KEY}
        ),
        organization="org-visible",
    )
    lines = texts(caplog)
    (headers,) = [line for line in lines if line.startswith("Request headers:")]
    assert "'authorization': '<redacted>'" in headers
    assert "'api-key': '<redacted>'" in headers
    assert "'openai-organization': 'org-visible'" in headers  # the rest is shown as is
    assert f"Request body: {len(server.last.body)} bytes (application/json)" in lines
    assert any(
        line.startswith(f'HTTP Request: POST {server.url}/embeddings "200 OK" in ')
        and "request id req_42" in line
        for line in lines
    )
    assert_secret_nowhere(caplog, KEY, AZURE_KEY, PROMPT)
    # the server did get them
    assert server.last.headers["authorization"] == f"Bearer {KEY}"
    assert server.last.headers["api-key"] == AZURE_KEY


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_openai_log_info_gives_attempts_retries_and_timings(
    mode: str, server: RecordingServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "info")
    server.route(
        "GET",
        "/v1/models",
        [
            JSONResponse({"error": {"message": "slow down"}}, 429, {"retry-after-ms": "10"}),
            JSONResponse(MODEL_LIST),
        ],
    )

    async def alist(client: Any) -> Any:
        return await client.models.list()

    run(mode, server, alist if mode == "async" else (lambda c: c.models.list()))
    assert package_logger.level == logging.INFO
    url = f"{server.url}/models"
    lines = texts(caplog)
    time = r"\d+\.\d{3}s"
    assert re.fullmatch(
        rf'HTTP Request: GET {url} "429 Too Many Requests" in {time} \(attempt 1 of 3\)', lines[0]
    )
    assert lines[1] == f"Retrying GET {url} in 0.010s (retry 1 of 2) after status 429"
    assert re.fullmatch(rf'HTTP Request: GET {url} "200 OK" in {time} \(attempt 2 of 3\)', lines[2])
    assert re.fullmatch(rf"GET {url}: succeeded after 2 attempt\(s\) in {time}", lines[3])
    assert len(lines) == 4
    assert all(record.levelno == logging.INFO for record in caplog.records if record.name == "oaiclient")
    assert_secret_nowhere(caplog, KEY)


def test_connection_failures_and_giving_up_are_logged(
    server: RecordingServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "info")
    monkeypatch.setattr("oaiclient._base_client.BaseClient._retry_delay", lambda self, n, r: 0.0)
    server.route("GET", "/v1/models", DropResponse())
    with pytest.raises(oaiclient.APIConnectionError):
        run("sync", server, lambda c: c.models.list(), max_retries=1)
    url = f"{server.url}/models"
    lines = texts(caplog)
    assert lines[0].startswith(f"HTTP Request: GET {url} failed with RemoteProtocolError after ")
    assert lines[0].endswith("(attempt 1 of 2)")
    assert lines[1] == f"Retrying GET {url} in 0.000s (retry 1 of 1) after RemoteProtocolError"
    assert lines[2].endswith("(attempt 2 of 2)")
    assert lines[3].startswith(f"GET {url}: gave up (RemoteProtocolError) after 2 attempt(s) in ")


def test_openai_log_debug_sets_the_level(
    server: RecordingServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "DEBUG")
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run("sync", server, lambda c: c.models.list())
    assert package_logger.level == logging.DEBUG
    assert any(line.startswith("Request headers:") for line in texts(caplog))
    assert any(line.startswith("Response headers:") for line in texts(caplog))
    assert_secret_nowhere(caplog, KEY)


def test_silent_without_openai_log_or_logging_config(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run("sync", server, lambda c: c.models.list())
    assert package_logger.level == logging.NOTSET
    assert texts(caplog) == []


def test_an_unknown_openai_log_value_changes_nothing(
    server: RecordingServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "verbose")
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run("sync", server, lambda c: c.models.list())
    assert package_logger.level == logging.NOTSET
    assert texts(caplog) == []


def test_a_password_in_the_base_url_is_not_logged(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="oaiclient")
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run(
        "sync",
        server,
        lambda c: c.models.list(),
        base_url=f"http://user:s3cret-pw@127.0.0.1:{server.port}/v1",
    )
    assert any(f"GET http://127.0.0.1:{server.port}/v1/models" in line for line in texts(caplog))
    assert_secret_nowhere(caplog, "s3cret-pw", KEY)


def test_openai_log_without_any_logging_config_writes_to_stderr(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    program = (
        "import logging, sys\n"
        "from oaiclient import OpenAI\n"
        f"with OpenAI(api_key={KEY!r}, base_url={server.url!r}) as client:\n"
        "    client.models.list()\n"
        "assert logging.getLogger().handlers == [], 'the root logger was configured'\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    environment.update(OPENAI_LOG="debug", NO_PROXY="127.0.0.1")
    done = subprocess.run(
        [sys.executable, "-c", program],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert f'HTTP Request: GET {server.url}/models "200 OK"' in done.stderr
    assert "'authorization': '<redacted>'" in done.stderr
    assert "oaiclient DEBUG" in done.stderr
    assert KEY not in done.stderr + done.stdout
