"""Fixtures shared by the client tests: a recording server and a clean environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
    """A started `RecordingServer`, stopped after the test; fails it if a handler crashed."""
    with RecordingServer() as running:
        yield running
    assert not running.errors, "the test server failed:\n" + "\n".join(running.errors)


@pytest.fixture(scope="session")
def _no_ca_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("no-ca-certificates")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, _no_ca_bundle: Path) -> None:
    """No OPENAI_* settings and no proxies from the environment.

    The tests speak plain HTTP to 127.0.0.1 only, so certificate settings point
    at an empty directory: otherwise every client built parses the system's CA
    bundle first, some 30 ms each, which over a few hundred clients is most of
    the run time. (A test that tried HTTPS would now fail to verify, as it should.)
    """
    for name in CLIENT_ENVIRONMENT + PROXY_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(_no_ca_bundle))


# Variables only the Azure clients read.
AZURE_ENVIRONMENT = (
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_AD_TOKEN",
    "AZURE_OPENAI_ENDPOINT",
    "OPENAI_API_VERSION",
)


@pytest.fixture
def clean_azure_env(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """`clean_env`, and none of the Azure settings from the environment either."""
    for name in AZURE_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def other_server() -> Iterator[RecordingServer]:
    """A second recording server, on another port: another origin, for redirect tests."""
    with RecordingServer() as running:
        yield running
    assert not running.errors, "the second test server failed:\n" + "\n".join(running.errors)
