"""Sentinels and argument types shared by every generated method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias

import httpx


class NotGiven:
    """An argument the caller did not pass: it is left out of the request.

    `None` is different: it is sent as JSON `null`.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


class Omit:
    """Passed as a header value, removes a header the client would send."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


NOT_GIVEN: Final = NotGiven()
omit: Final = Omit()

Headers: TypeAlias = Mapping[str, "str | Omit"]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = "float | httpx.Timeout | None"
JSON: TypeAlias = Any
