"""Fixtures shared by the client tests: a recording server and a clean environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers import RecordingServer

# Variables either client reads; a developer's own settings must not leak into a test.
CLIENT_ENVIRONMENT = (
    "OPENAI_API_KEY",
    "OPENAI_ADMIN_KEY",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_BASE_URL",
    "OPENAI_WEBHOOK_SECRET",
    "OPENAI_LOG",
)
# httpx honours these; the tests talk to 127.0.0.1 directly, never through a proxy.
PROXY_ENVIRONMENT = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    """A started `RecordingServer`, stopped after the test."""
    with RecordingServer() as running:
        yield running


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No OPENAI_* settings and no proxies from the environment."""
    for name in CLIENT_ENVIRONMENT + PROXY_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
