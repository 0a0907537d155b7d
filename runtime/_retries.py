"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

__all__ = ["should_retry", "retry_delay", "retry_after"]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server may ask for a longer pause than our own backoff, but not forever.
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUS = frozenset({408, 409, 429})


def should_retry(response: httpx.Response) -> bool:
    """Whether an error response is worth another attempt; the server may say."""
    override = response.headers.get("x-should-retry")
    if override == "true":
        return True
    if override == "false":
        return False
    return response.status_code in RETRYABLE_STATUS or response.status_code >= 500


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """Seconds to wait: what the server asked for within bounds, else exponential backoff with jitter."""
    if response is not None:
        asked = retry_after(response.headers)
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            return asked
    delay: float = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def retry_after(headers: httpx.Headers) -> float | None:
    """`retry-after-ms`, or `Retry-After` in seconds or as an HTTP date, in seconds."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return email.utils.mktime_tz(parsed) - time.time()
