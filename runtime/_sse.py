"""A server-sent-events parser, as the HTML standard defines the format.

Lines end in CR, LF or CRLF (also across chunk boundaries); a blank line ends
an event; `:` starts a comment; `data` lines join with newlines; `event`, `id`
and `retry` are kept; unknown fields are ignored; one byte order mark at the
very start of the stream is skipped.

Streams are read on this parser's hot path: a chat stream is hundreds of small
`data: {...}` events, often one per network chunk. So a chunk is cut once at its
last line end, decoded once, and split into events with `str` methods (in C);
an event that is a single `data: ` line with nothing pending before it is taken
whole, without going line by line. Everything else goes through `_line`, which
follows the standard field by field.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_BOM = b"\xef\xbb\xbf"

# An event as `decode` gives it: (data, event, id, retry). A plain tuple: creating
# an object per event is a measurable share of a stream's time.
EventFields = tuple[str, str | None, str | None, int | None]


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    def __init__(self) -> None:
        # The unfinished last line (and a CR that may be half of a CRLF).
        self._buffer = b""
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._has_fields = False
        self._at_start = True

    def feed(self, chunk: bytes) -> Iterator[ServerSentEvent]:
        """Events completed by this chunk."""
        for fields in self.decode(chunk):
            yield ServerSentEvent(*fields)

    def close(self) -> Iterator[ServerSentEvent]:
        """Flush at end of stream: a last line without its newline still counts."""
        for fields in self.decode_end():
            yield ServerSentEvent(*fields)

    def decode(self, chunk: bytes) -> list[EventFields]:
        """As `feed`, as tuples: the streams' hot path."""
        buffer = self._buffer + chunk if self._buffer else chunk
        if self._at_start:
            # The mark may itself arrive split across chunks.
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                self._buffer = buffer
                return []
            self._at_start = False
            if buffer.startswith(_BOM):
                buffer = buffer[len(_BOM) :]
        if b"\r" not in buffer:
            # LF only, the usual case: everything up to the last LF is whole lines.
            cut = buffer.rfind(b"\n") + 1
            self._buffer = buffer[cut:]
            if not self._has_fields and buffer.startswith(b"data: ") and buffer.find(b"\n") == cut - 2:
                # The usual chunk: its whole lines are one event of one data line.
                return [(buffer[6 : cut - 2].decode("utf-8", "replace"), None, self._id, None)]
            complete = buffer[:cut]
        else:
            # A trailing CR may be the first half of a CRLF split across chunks.
            end = len(buffer) - 1 if buffer.endswith(b"\r") else len(buffer)
            cut = max(buffer.rfind(b"\n", 0, end), buffer.rfind(b"\r", 0, end)) + 1
            self._buffer = buffer[cut:]
            # Once every line end is an LF, the rest is the LF-only case.
            complete = buffer[:cut].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if not complete:
            return []
        # Whole lines only, so no UTF-8 sequence is cut (none contains an LF byte).
        # Not str.splitlines(): it would also split at U+2028 and the like.
        return self._lines(complete.decode("utf-8", "replace"))

    def decode_end(self) -> list[EventFields]:
        """As `close`, as tuples."""
        events: list[EventFields] = []
        if self._buffer:
            line, self._buffer = self._buffer, b""
            self._line(line.rstrip(b"\r\n").decode("utf-8", "replace"), events)
        self._line("", events)
        return events

    @property
    def pending(self) -> bool:
        """True while an event has fields but has not been ended by a blank line."""
        return self._has_fields or bool(self._buffer)

    def _lines(self, text: str) -> list[EventFields]:
        """The events in `text`: whole lines, each ended by an LF."""
        events: list[EventFields] = []
        # Each "\n\n" ends a line and then is a blank line, so every block but the
        # last is an event's lines; the last holds lines whose event goes on.
        blocks = text.split("\n\n")
        rest = blocks.pop()
        for block in blocks:
            if block.startswith("data: ") and "\n" not in block and not self._has_fields:
                # The common event, one data line and nothing else: no field state.
                events.append((block[6:], None, self._id, None))
                continue
            for line in block.split("\n"):
                self._line(line, events)
            self._line("", events)
        if rest:
            # `rest` ends with its last line's LF.
            for line in rest[:-1].split("\n"):
                self._line(line, events)
        return events

    def _line(self, line: str, events: list[EventFields]) -> None:
        if not line:
            if self._has_fields:
                events.append(("\n".join(self._data), self._event, self._id, self._retry))
                self._data, self._event, self._retry, self._has_fields = [], None, None, False
            return
        if line.startswith(":"):
            return
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
            return
        self._has_fields = True
