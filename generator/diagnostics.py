"""Errors and warnings about the input document, as values.

Every step reports problems as `Diagnostic`s carrying a JSON pointer into the
bundled document; `SourceMap` turns that pointer into FILE:LINE:COL only when the
message is printed, so the fast path never pays for source positions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

Level = Literal["error", "warning"]


class Locator(Protocol):
    def locate(self, pointer: str) -> tuple[str, int, int]: ...


@dataclass(frozen=True)
class Diagnostic:
    level: Level
    message: str
    pointer: str = ""
    # Set when the problem is in a file we could not parse into a document.
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def format(self, locator: Locator | None) -> str:
        file, line, column = self.file, self.line, self.column
        if file is None and locator is not None:
            file, line, column = locator.locate(self.pointer)
        where = f"{file or '<spec>'}:{line or 1}:{column or 1}"
        # Messages may quote spec text: keep them on one line.
        message = self.message.replace("\r", "\\r").replace("\n", "\\n")
        return f"{where}: {self.level}: {message} (at {self.pointer or '/'})"


class SpecError(Exception):
    """Raised by a step that cannot go on; carries every error found so far."""

    def __init__(self, diagnostics: list[Diagnostic], locator: Locator | None = None) -> None:
        super().__init__(f"{len(diagnostics)} error(s) in the spec")
        self.diagnostics = diagnostics
        self.locator = locator


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(*tokens: str | int) -> str:
    return "".join("/" + escape_pointer_token(t) for t in tokens)


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape_pointer_token(t) for t in pointer[1:].split("/")]


def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
