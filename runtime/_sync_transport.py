"""The sync client's default transport: httpx's own, with TLS set up on first use.

httpx builds an SSL context whenever it makes a transport: OpenSSL's configuration and
certifi's root certificates, about 20 to 40 ms and 2 to 3 MiB, even for a client that
only ever speaks plain HTTP (a local OpenAI-compatible server, a proxy on the same
machine, a test server). Here plain-HTTP requests go to a transport made without a
context, and https requests to one made, with httpx's defaults (certifi's roots, or
SSL_CERT_FILE / SSL_CERT_DIR), when the first of them is sent. Proxies from the
environment are not affected: httpx mounts transports of its own for them.
"""

from __future__ import annotations

import threading
from typing import Any, cast

import httpx

__all__ = ["LazyTLSTransport"]


class LazyTLSTransport(httpx.BaseTransport):
    def __init__(self, *, limits: httpx.Limits) -> None:
        self._limits = limits
        self._plain: httpx.BaseTransport | None = None
        self._tls: httpx.BaseTransport | None = None
        self._lock = threading.Lock()
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http":
            transport = self._plain or self._make("plain")
        else:
            transport = self._tls or self._make("tls")
        return transport.handle_request(request)

    def _make(self, kind: str) -> httpx.BaseTransport:
        with self._lock:  # two threads sending the first request make one transport
            if self._closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            if kind == "plain":
                if self._plain is None:
                    self._plain = _plain_transport(self._limits)
                return self._plain
            if self._tls is None:
                self._tls = httpx.HTTPTransport(limits=self._limits)
            return self._tls

    def close(self) -> None:
        with self._lock:
            self._closed = True
            made = [t for t in (self._plain, self._tls) if t is not None]
        for transport in made:
            transport.close()


def _plain_transport(limits: httpx.Limits) -> httpx.BaseTransport:
    """A transport for plain HTTP only, made without an SSL context where httpx allows.

    httpx 0.28 and later pass a `verify` that is not a bool or a string through as the
    context itself, so None leaves the connection pool without one (httpcore would make
    its own default only for a TLS connection, which this transport never opens). Older
    versions reject None: they get a transport with a context, as before."""
    no_context = cast(Any, None)
    try:
        passes_through = httpx.create_ssl_context(verify=no_context) is None
    except Exception:  # an httpx that insists on a context
        passes_through = False
    if passes_through:
        return httpx.HTTPTransport(limits=limits, verify=no_context)
    return httpx.HTTPTransport(limits=limits)
