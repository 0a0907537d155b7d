"""A server-sent-events parser, as the HTML standard defines the format.

Lines end in CR, LF or CRLF (also across chunk boundaries); a blank line ends
an event; `:` starts a comment; `data` lines join with newlines; `event`, `id`
and `retry` are kept; unknown fields are ignored; one byte order mark at the
very start of the stream is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._has_fields = False
        self._at_start = True

    def feed(self, chunk: bytes) -> Iterator[ServerSentEvent]:
        """Events completed by this chunk."""
        buffer = self._buffer + chunk
        if self._at_start:
            # The mark may itself arrive split across chunks.
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                self._buffer = buffer
                return
            self._at_start = False
            if buffer.startswith(_BOM):
                buffer = buffer[len(_BOM) :]
        # A trailing CR may be the first half of a CRLF split across chunks.
        end = len(buffer) - 1 if buffer.endswith(b"\r") else len(buffer)
        lines = buffer[:end].splitlines(keepends=True)
        if lines and not lines[-1].endswith((b"\n", b"\r")):
            self._buffer = lines.pop() + buffer[end:]
        else:
            self._buffer = buffer[end:]
        for line in lines:
            event = self._line(line.rstrip(b"\r\n").decode("utf-8", "replace"))
            if event is not None:
                yield event

    def close(self) -> Iterator[ServerSentEvent]:
        """Flush at end of stream: a last line without its newline still counts."""
        if self._buffer:
            line, self._buffer = self._buffer, b""
            event = self._line(line.rstrip(b"\r\n").decode("utf-8", "replace"))
            if event is not None:
                yield event
        event = self._line("")
        if event is not None:
            yield event

    @property
    def pending(self) -> bool:
        """True while an event has fields but has not been ended by a blank line."""
        return self._has_fields or bool(self._buffer)

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._has_fields:
                return None
            event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
            self._data, self._event, self._retry, self._has_fields = [], None, None, False
            return event
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry":
            # ASCII digits only: str.isdigit() also accepts "²" or "١", which int() rejects or misreads.
            if value.isascii() and value.isdigit():
                self._retry = int(value)
        else:
            return None
        self._has_fields = True
        return None
