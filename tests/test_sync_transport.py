"""The sync client's default transport (runtime/_sync_transport.py): plain HTTP without an
SSL context, https with httpx's defaults made on the first https request; against real
servers on 127.0.0.1 (plain, and TLS with a certificate made for the test)."""

from __future__ import annotations

import http.server
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from oaiclient import APIConnectionError, OpenAI
from oaiclient._sync_transport import LazyTLSTransport
from tests.servers import JSONResponse, RecordingServer, self_signed_certificate

KEY = "sk-transport-SECRET-0123456789"
MODEL_LIST = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "o"}]}

pytestmark = pytest.mark.usefixtures("clean_env")


@pytest.fixture
def contexts_made(monkeypatch: pytest.MonkeyPatch) -> list[type]:
    """Every `ssl.SSLContext` made from now on (its class), whoever makes it."""
    made: list[type] = []
    original = ssl.SSLContext.__new__

    def spy(cls: type, *args: Any, **kwargs: Any) -> Any:
        made.append(cls)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "__new__", spy)
    return made


def test_a_client_speaking_plain_http_makes_no_ssl_context(
    server: RecordingServer, contexts_made: list[type]
) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        assert [m.id for m in client.models.list()] == ["m"]
        client.models.list()
    assert contexts_made == []


def test_the_old_way_would_make_one(contexts_made: list[type]) -> None:
    # What the spy above would catch: httpx's own transport makes a context when built.
    httpx.HTTPTransport().close()
    assert contexts_made


def test_one_transport_per_kind_made_once_even_from_many_threads(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    transport = LazyTLSTransport(limits=httpx.Limits())
    made: list[object] = []
    original = transport._make

    def counting(kind: str) -> httpx.BaseTransport:
        made_now = original(kind)
        made.append(made_now)
        return made_now

    transport._make = counting  # type: ignore[method-assign]
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    # Requests sent together through one transport (not closed in between).
    http = httpx.Client(transport=transport)

    def send() -> None:
        try:
            start.wait()
            assert http.get(server.url + "/models").status_code == 200
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert transport._tls is None, "no https request was sent"
    assert transport._plain is not None
    assert len({id(t) for t in made}) == 1, "every thread got the same plain transport"
    http.close()


def test_closing_closes_what_was_made_and_refuses_new_requests(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    transport = LazyTLSTransport(limits=httpx.Limits())
    transport.close()  # nothing made yet: nothing to close
    with pytest.raises(RuntimeError, match="closed"):
        transport.handle_request(httpx.Request("GET", server.url + "/models"))

    transport = LazyTLSTransport(limits=httpx.Limits())
    with httpx.Client(transport=transport) as http:
        http.get(server.url + "/models")
        assert server.open_connections == 1
    assert transport._plain is not None
    assert server.wait_for_open_connections(0), "the plain transport's connection was closed"


# -- https -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


class _Models(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(MODEL_LIST).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def tls_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    """An https server on 127.0.0.1 with the test's own certificate; its base URL."""
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Models)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_https_verifies_with_httpx_defaults_made_on_the_first_https_request(
    tls_url: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, contexts_made: list[type]
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR")
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # httpx's default reads it
    with OpenAI(api_key=KEY, base_url=tls_url, max_retries=0) as client:
        assert contexts_made == [], "nothing made before the first request"
        assert [m.id for m in client.models.list()] == ["m"]
        client.models.list()
        assert len(contexts_made) == 1, "one context, made once"
        transport = client._http._transport
        assert isinstance(transport, LazyTLSTransport)
        assert transport._plain is None and transport._tls is not None


def test_https_refuses_a_certificate_it_cannot_verify(tls_url: str) -> None:
    # clean_env points SSL_CERT_DIR at an empty folder: nothing trusts the test's certificate.
    with OpenAI(api_key=KEY, base_url=tls_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.models.list()
    assert "CERTIFICATE_VERIFY_FAILED" in repr(caught.value.__cause__)


def test_a_redirect_from_plain_http_to_https_goes_over_tls(
    server: RecordingServer, tls_url: str, certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR")
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    server.route("GET", "/v1/models", JSONResponse({}, status=307, headers={"Location": tls_url + "/models"}))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        assert [m.id for m in client.models.list()] == ["m"]
        transport = client._http._transport
        assert isinstance(transport, LazyTLSTransport)
        assert transport._plain is not None and transport._tls is not None
