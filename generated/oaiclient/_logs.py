"""Logging of requests, responses and retries.

Everything goes to the standard `logging` module, under the logger named after
this package (`logging.getLogger("oaiclient")` for the package as generated):
configure that logger as you would any other. Without configuration nothing
shows, since the messages are INFO and DEBUG.

`OPENAI_LOG=info` or `OPENAI_LOG=debug`, read when a client is created, sets
the logger's level and, when neither it nor the root logger has a handler yet,
gives it one that writes to stderr. (It never configures the root logger.)

INFO: one line per attempt with method, URL, status (or the error), time
taken, attempt number and request id; one line per retry with the wait and
why; the totals when a call needed retries or gives up.
DEBUG: also the request headers, with credentials (`Authorization`, `api-key`
and the like) redacted, and the size of the body. Never body contents: prompts
and completions do not belong in logs.
"""

from __future__ import annotations

import logging
import os
import sys

import httpx

__all__ = ["logger", "setup_logging", "redacted_headers", "SENSITIVE_HEADERS"]

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

# Header names (lower case) whose values are never logged.
SENSITIVE_HEADERS = frozenset(
    {"authorization", "api-key", "x-api-key", "proxy-authorization", "cookie", "set-cookie"}
)
REDACTED = "<redacted>"

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "[%(asctime)s %(name)s %(levelname)s] %(message)s"


def setup_logging() -> None:
    """Apply `OPENAI_LOG` to the package's logger; leave it alone when unset."""
    level = _LEVELS.get(os.environ.get("OPENAI_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.hasHandlers():
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers as a dict for a log line, credentials replaced by a marker."""
    shown: dict[str, str] = {}
    for name, value in headers.multi_items():
        key = name.lower()
        value = REDACTED if key in SENSITIVE_HEADERS else value
        shown[key] = f"{shown[key]}, {value}" if key in shown else value
    return shown


def _target(request: httpx.Request) -> str:
    url = request.url
    if url.userinfo:  # a password in the base URL stays out of the logs too
        url = url.copy_with(userinfo=b"")
    return f"{request.method} {url}"


def _attempt(attempt: int, attempts: int) -> str:
    return f"attempt {attempt} of {attempts}"


def requests_logged() -> bool:
    """Whether `log_request` writes anything: a caller may skip making the request for it."""
    return logger.isEnabledFor(logging.DEBUG)


def responses_logged() -> bool:
    """Whether `log_response` writes anything."""
    return logger.isEnabledFor(logging.INFO)


def log_request(request: httpx.Request, attempt: int, attempts: int) -> None:
    """DEBUG: what is about to be sent, headers redacted, body by size only."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug("Sending %s (%s)", _target(request), _attempt(attempt, attempts))
    logger.debug("Request headers: %s", redacted_headers(request.headers))
    try:
        size: int | None = len(request.content)
    except httpx.RequestNotRead:
        size = None
    kind = request.headers.get("content-type", "").partition(";")[0] or "no content type"
    if size is None:
        logger.debug("Request body: streamed (%s)", kind)
    elif size:
        logger.debug("Request body: %d bytes (%s)", size, kind)


def log_response(response: httpx.Response, elapsed: float, attempt: int, attempts: int) -> None:
    """INFO: the status an attempt got, and how long it took to arrive."""
    if not logger.isEnabledFor(logging.INFO):
        return
    request_id = response.headers.get("x-request-id")
    logger.info(
        'HTTP Request: %s "%d %s" in %.3fs (%s)%s',
        _target(response.request),
        response.status_code,
        response.reason_phrase,
        elapsed,
        _attempt(attempt, attempts),
        f", request id {request_id}" if request_id else "",
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("Response headers: %s", redacted_headers(response.headers))


def log_error(
    request: httpx.Request, error: BaseException, elapsed: float, attempt: int, attempts: int
) -> None:
    """INFO: an attempt that got no answer."""
    logger.info(
        "HTTP Request: %s failed with %s after %.3fs (%s)",
        _target(request),
        type(error).__name__,
        elapsed,
        _attempt(attempt, attempts),
    )


def log_retry(request: httpx.Request, delay: float, retry: int, max_retries: int, reason: str) -> None:
    """INFO: a retry is coming, after what, and when."""
    logger.info(
        "Retrying %s in %.3fs (retry %d of %d) after %s", _target(request), delay, retry, max_retries, reason
    )


def log_outcome(request: httpx.Request, outcome: str, attempts: int, total: float) -> None:
    """INFO: how a call that needed more than one attempt, or failed, ended."""
    logger.info("%s: %s after %d attempt(s) in %.3fs", _target(request), outcome, attempts, total)
