"""`httpx.Headers` made and read without httpx's work on each header, on the busy path.

httpx keeps a `Headers` object's headers in `_list`, as (name, lower-case name, value)
triples of bytes, and checks and converts every header it is given; reading one header
lowers and encodes the name and works out the encoding of them all. For headers already
in bytes (a response's, as aiohttp read them) and for one plain ASCII value, these do the
same work directly. Whether `_list` holds such triples is checked once, here: where it
does not (another httpx), they use httpx's public API, with the same results.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

__all__ = ["add_new_header", "header_value", "headers_from_bytes"]


def _keeps_triples() -> bool:
    try:
        return httpx.Headers([(b"A", b"b")])._list == [(b"A", b"a", b"b")]
    except AttributeError:
        return False


_TRIPLES = _keeps_triples()


def headers_from_bytes(pairs: Iterable[tuple[bytes, bytes]]) -> httpx.Headers:
    """`httpx.Headers(pairs)`, for names and values that are bytes already."""
    if not _TRIPLES:
        return httpx.Headers(list(pairs))
    headers = httpx.Headers()
    headers._list = [(name, name.lower(), value) for name, value in pairs]
    return headers


def add_new_header(headers: httpx.Headers, name: str, value: str) -> None:
    """`headers[name] = value`, for a header the caller knows is not there yet."""
    if not _TRIPLES:
        headers[name] = value
        return
    raw_name = name.encode("ascii")
    headers._list.append((raw_name, raw_name.lower(), value.encode("ascii")))


def header_value(headers: httpx.Headers, lower_name: bytes) -> str | None:
    """`headers.get(name)` for a lower-case ASCII name."""
    if _TRIPLES:
        found: list[bytes] = [value for _, name, value in headers._list if name == lower_name]
        if not found:
            return None
        if len(found) == 1 and found[0].isascii():
            # What any of the encodings httpx may pick makes of ASCII.
            return found[0].decode("ascii")
    value: str | None = headers.get(lower_name.decode("ascii"))
    return value
