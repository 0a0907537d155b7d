"""When to try a request again, and how long to wait first.

Worth another attempt: no answer at all (the connection failed, broke or timed
out) and the statuses 408, 409, 429 and 5xx; the server's `x-should-retry:
true|false` overrides the status. Never retried: any other 4xx, errors that
would only repeat (an unsupported URL scheme, a request httpx refuses to send,
a redirect loop, a body that cannot be decoded, a certificate that does not
verify), cancellation (`KeyboardInterrupt`, `asyncio.CancelledError`: they are
not `Exception`s and are never caught), and any other exception, which is a
bug to surface rather than to repeat.

The wait before a retry is what the server asks for with `retry-after-ms` or
`Retry-After` (seconds, or an HTTP date), when that is between 0 and
`MAX_RETRY_AFTER` seconds; when it asks for longer, the error is raised at once
instead (blocking that long is worse than letting the caller decide, and
retrying sooner would go against the server's word). Otherwise exponential
backoff from `INITIAL_RETRY_DELAY`, capped at `MAX_RETRY_DELAY`, less up to a
quarter at random so that clients which failed together do not retry together.
"""

from __future__ import annotations

import email.utils
import math
import random
import ssl
import time

import anyio
import httpx

__all__ = [
    "should_retry",
    "retry_delay",
    "retry_after",
    "is_retryable_error",
    "TRANSPORT_ERRORS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_AFTER",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server may ask for a longer pause than our own backoff, but not forever.
MAX_RETRY_AFTER = 120.0
RETRYABLE_STATUS = frozenset({408, 409, 429})

# What a failed attempt can raise from the HTTP layer: httpx's own errors, and
# two that can escape its mapping during a TLS handshake. Nothing else is
# turned into an APIConnectionError.
TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (httpx.RequestError, ssl.SSLError, anyio.EndOfStream)

# Errors that another attempt would only repeat.
_DETERMINISTIC_ERRORS: tuple[type[BaseException], ...] = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.TooManyRedirects,
    httpx.DecodingError,
    ssl.SSLCertVerificationError,
)


def is_retryable_error(error: BaseException) -> bool:
    """Whether an attempt that raised `error` (one of TRANSPORT_ERRORS) is worth repeating."""
    if isinstance(error, _DETERMINISTIC_ERRORS):
        return False
    # httpx reports a certificate that does not verify as a ConnectError caused by it.
    cause = error.__cause__ or error.__context__
    if isinstance(error, httpx.ConnectError) and isinstance(cause, ssl.SSLCertVerificationError):
        return False
    return isinstance(error, TRANSPORT_ERRORS)


def should_retry(response: httpx.Response) -> bool:
    """Whether an error response is worth another attempt; the server may say."""
    asked = retry_after(response.headers)
    if asked is not None and asked > MAX_RETRY_AFTER:
        return False
    override = response.headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return response.status_code in RETRYABLE_STATUS or response.status_code >= 500


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number `retries_taken + 1`."""
    if response is not None:
        asked = retry_after(response.headers)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
    # min() first: 2.0**retries_taken overflows for absurd retry counts.
    delay: float = INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32)
    return min(delay, MAX_RETRY_DELAY) * (1 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait the server asks for, in seconds: `retry-after-ms` first, then
    `Retry-After` as seconds or as an HTTP date. None when absent or unreadable;
    a date in the past gives a negative number, an absurdly large one `inf`."""
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) / scale
        except ValueError:
            continue
        if math.isnan(seconds):
            continue
        return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return email.utils.mktime_tz(parsed) - time.time()
    except (TypeError, ValueError, OverflowError):
        return None
