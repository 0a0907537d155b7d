"""Unit tests of the hand-written runtime: the SSE decoder, transforms, status errors."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import socket
import struct
import sys
import threading
import time
import types
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Annotated

import httpx
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import oaiclient
from oaiclient import _headers, _models, _streaming
from oaiclient._exceptions import make_status_error
from oaiclient._sse import ServerSentEvent, SSEDecoder
from oaiclient._streaming import AsyncStream, Stream
from oaiclient._transforms import TRANSFORMS, EmbeddingsBase64, _floats

# -- helpers -------------------------------------------------------------------


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    """Every event a decoder gives for these chunks, the flush at close() included."""
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events + list(decoder.close())


def fed(*chunks: bytes) -> tuple[list[ServerSentEvent], SSEDecoder]:
    """Events given by feed() alone, before close(), and the decoder."""
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)], decoder


def reference_decode(stream: bytes) -> list[ServerSentEvent]:
    """A second, deliberately plain reading of the format, to check the decoder against.

    The whole stream is known up front, so lines are simply split on CRLF, CR
    or LF; a last line without its end, and an event without its blank line,
    still count (the decoder flushes them at close()).
    """
    if stream.startswith(b"\xef\xbb\xbf"):
        stream = stream[3:]
    lines = re.split(rb"\r\n|\r|\n", stream)
    events: list[ServerSentEvent] = []
    data: list[str] = []
    event_type: str | None = None
    last_id: str | None = None
    retry: int | None = None
    seen = False
    for raw in [*lines, b""]:
        line = raw.decode("utf-8", "replace")
        if line == "":
            if seen:
                events.append(ServerSentEvent("\n".join(data), event_type, last_id, retry))
            data, event_type, retry, seen = [], None, None, False
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "data":
            data.append(value)
        elif name == "event":
            event_type = value
        elif name == "id":
            if "\0" not in value:
                last_id = value
        elif name == "retry":
            if re.fullmatch(r"[0-9]+", value):
                retry = int(value)
        else:
            continue
        seen = True
    return events


def split_at(data: bytes, cuts: Iterable[int]) -> list[bytes]:
    points = sorted({0, len(data), *(min(max(c, 0), len(data)) for c in cuts)})
    return [data[a:b] for a, b in zip(points, points[1:])] or [b""]


# -- line endings ----------------------------------------------------------------


@pytest.mark.parametrize("newline", [b"\n", b"\r", b"\r\n"], ids=["LF", "CR", "CRLF"])
def test_every_line_ending_ends_lines_and_events(newline: bytes) -> None:
    # The comment after the last blank line settles a trailing CR, which on
    # its own could still be the first half of a CRLF.
    stream = newline.join([b"event: first", b"data: a", b"", b"data: b", b"data: c", b"", b": end", b""])
    events, decoder = fed(stream)
    assert events == [ServerSentEvent("a", event="first"), ServerSentEvent("b\nc")]
    assert list(decoder.close()) == []


def test_mixed_line_endings_in_one_stream() -> None:
    assert decode(b"data: a\rdata: b\ndata: c\r\n\r\ndata: d\n\r") == [
        ServerSentEvent("a\nb\nc"),
        ServerSentEvent("d"),
    ]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # Were the CR and the LF two line ends, the LF would be a blank line and
    # dispatch "a" on its own.
    events, decoder = fed(b"data: a\r", b"\ndata: b\r\n\r", b"\n")
    assert events == [ServerSentEvent("a\nb")]
    assert not decoder.pending


def test_cr_at_chunk_end_followed_by_another_line() -> None:
    # A held-back CR that turns out not to start a CRLF still ends the line.
    events, _ = fed(b"data: a\r", b"\r")
    assert events == []  # the second CR might still be half of a CRLF
    events2, _ = fed(b"data: a\r", b"\r", b"data: b\n\n")
    assert events2 == [ServerSentEvent("a"), ServerSentEvent("b")]


def test_cr_cr_is_a_blank_line() -> None:
    assert fed(b"data: x\r\r")[0] == []  # the last CR is held back...
    assert decode(b"data: x\r\r") == [ServerSentEvent("x")]  # ...and counted at close()
    assert fed(b"data: x\r\r", b"data: y\r\r", b"\n")[0] == [ServerSentEvent("x"), ServerSentEvent("y")]


def test_one_byte_at_a_time() -> None:
    stream = b"event: e\r\ndata: \xc3\xa9t\xc3\xa9\r\n: note\r\nid: 7\r\n\r\ndata: 2\r\n\r\n"
    events, _ = fed(*(stream[i : i + 1] for i in range(len(stream))))
    assert events == [ServerSentEvent("été", event="e", id="7"), ServerSentEvent("2", id="7")]


def test_utf8_character_split_across_chunks() -> None:
    assert decode(b"data: caf\xc3", b"\xa9\n\n") == [ServerSentEvent("café")]


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert decode(b"data: \xff\n\n") == [ServerSentEvent("\ufffd")]


# -- fields --------------------------------------------------------------------------


def test_comments_are_ignored() -> None:
    assert decode(b": keep-alive\n\n:\n\ndata: x\n: in the middle\ndata: y\n\n") == [ServerSentEvent("x\ny")]


def test_a_block_of_comments_only_is_no_event() -> None:
    events, decoder = fed(b": ping\n\n: ping\n\n")
    assert events == []
    assert not decoder.pending


def test_multi_line_data_joins_with_newlines() -> None:
    assert decode(b'data: {"a":\ndata: 1}\n\n') == [ServerSentEvent('{"a":\n1}')]


def test_empty_data_lines_keep_their_newlines() -> None:
    assert decode(b"data:\ndata:\n\n") == [ServerSentEvent("\n")]
    assert decode(b"data\n\n") == [ServerSentEvent("")]


def test_event_field_names_the_event_and_resets_after_it() -> None:
    assert decode(b"event: delta\ndata: 1\n\ndata: 2\n\n") == [
        ServerSentEvent("1", event="delta"),
        ServerSentEvent("2"),
    ]


def test_event_without_data_is_still_an_event() -> None:
    # The decoder reports it; the stream layer is the one that skips it.
    assert decode(b"event: ping\n\n") == [ServerSentEvent("", event="ping")]


def test_id_is_kept_for_the_events_after_it() -> None:
    assert decode(b"id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n") == [
        ServerSentEvent("a", id="1"),
        ServerSentEvent("b", id="1"),
        ServerSentEvent("c", id=""),
    ]


def test_id_with_a_nul_is_ignored() -> None:
    assert decode(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n") == [
        ServerSentEvent("a", id="1"),
        ServerSentEvent("b", id="1"),
    ]


def test_retry_takes_ascii_digits_only() -> None:
    assert decode(b"retry: 1500\ndata: a\n\n") == [ServerSentEvent("a", retry=1500)]
    assert decode(b"retry: 15s\ndata: b\n\n") == [ServerSentEvent("b")]
    assert decode(b"retry:\ndata: c\n\n") == [ServerSentEvent("c")]
    assert decode(b"retry: -1\ndata: d\n\n") == [ServerSentEvent("d")]


@pytest.mark.parametrize("value", ["²", "١٢", "１"], ids=["superscript", "arabic-indic", "fullwidth"])
def test_retry_with_non_ascii_digits_is_ignored(value: str) -> None:
    assert decode(f"retry: {value}\ndata: e\n\n".encode()) == [ServerSentEvent("e")]


def test_retry_applies_to_its_own_event_only() -> None:
    assert decode(b"retry: 10\ndata: a\n\ndata: b\n\n") == [
        ServerSentEvent("a", retry=10),
        ServerSentEvent("b"),
    ]


def test_field_without_colon_has_an_empty_value() -> None:
    assert decode(b"event\ndata\n\n") == [ServerSentEvent("", event="")]


def test_only_one_leading_space_is_stripped() -> None:
    assert decode(b"data:  two\n\n") == [ServerSentEvent(" two")]
    assert decode(b"data:none\n\n") == [ServerSentEvent("none")]
    assert decode(b"data: a: b \n\n") == [ServerSentEvent("a: b ")]
    assert decode(b"data:\tx\n\n") == [ServerSentEvent("\tx")]


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"foo: bar\n\n") == []
    assert decode(b"Data: x\ndata: y\n\n") == [ServerSentEvent("y")]  # names are case-sensitive
    assert decode(b" data: x\n\n") == []


def test_a_leading_byte_order_mark_is_skipped_once() -> None:
    assert decode(b"\xef\xbb\xbfdata: x\n\n") == [ServerSentEvent("x")]
    assert decode(b"\xef", b"\xbb", b"\xbfdata: y\n\n") == [ServerSentEvent("y")]
    # Only at the very start of the stream.
    assert decode(b"data: a\n\n\xef\xbb\xbfdata: b\n\n") == [ServerSentEvent("a")]


# -- end of stream -------------------------------------------------------------------


def test_final_event_without_blank_line_only_at_close() -> None:
    events, decoder = fed(b"data: 1\n\ndata: last\n")
    assert events == [ServerSentEvent("1")]
    assert decoder.pending
    assert list(decoder.close()) == [ServerSentEvent("last")]
    assert not decoder.pending


def test_final_line_without_its_newline_counts_at_close() -> None:
    events, decoder = fed(b"event: e\ndata: tail")
    assert events == []
    assert list(decoder.close()) == [ServerSentEvent("tail", event="e")]


def test_close_with_nothing_pending_gives_nothing() -> None:
    events, decoder = fed(b"data: x\n\n")
    assert events == [ServerSentEvent("x")]
    assert not decoder.pending
    assert list(decoder.close()) == []


def test_close_does_not_flush_a_lone_comment() -> None:
    assert decode(b": bye") == []


# -- property: chunking never matters --------------------------------------------

_PIECES = st.sampled_from(
    [
        b"data: x",
        b"data:",
        b"data",
        b"data:  y",
        b"event: e",
        b"id: 1",
        b"id: \x00",
        b"retry: 5",
        b"retry: \xc2\xb2",
        b": c",
        b":",
        b"\r",
        b"\n",
        b"\r\n",
        b"\n\n",
        b"\r\r",
        b" ",
        b"\xef\xbb\xbf",
        b"\xc3\xa9",
        b"\xc3",
        b"\xa9",
        b'{"a": 1}',
        b"[DONE]",
    ]
)
_STREAMS = st.one_of(st.lists(_PIECES, max_size=40).map(b"".join), st.binary(max_size=200))


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(stream=_STREAMS, data=st.data())
def test_any_chunking_gives_the_same_events(stream: bytes, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=12), label="cuts")
    whole = decode(stream)
    assert decode(*split_at(stream, cuts)) == whole
    # and against an independent reading of the format
    assert whole == reference_decode(stream)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(stream=_STREAMS)
def test_byte_by_byte_gives_the_same_events(stream: bytes) -> None:
    assert decode(*(stream[i : i + 1] for i in range(len(stream)))) == decode(stream)


_TEXT = st.text(st.characters(exclude_characters="\r\n", exclude_categories=["Cs"]), max_size=20)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    events=st.lists(
        st.tuples(st.lists(_TEXT, min_size=1, max_size=3), st.none() | _TEXT.filter(lambda s: s != "")),
        max_size=6,
    ),
    newline=st.sampled_from(["\n", "\r", "\r\n"]),
    data=st.data(),
)
def test_encoded_events_come_back(
    events: list[tuple[list[str], str | None]], newline: str, data: st.DataObject
) -> None:
    text = ""
    for lines, name in events:
        if name is not None:
            text += f"event: {name}{newline}"
        text += "".join(f"data: {line}{newline}" for line in lines)
        text += newline
    stream = text.encode()
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=8), label="cuts")
    assert decode(*split_at(stream, cuts)) == [
        ServerSentEvent("\n".join(lines), name) for lines, name in events
    ]


# -- the fast paths: whole `data:` events, decoded without going line by line ----------

# One bytes object per event, as a server flushes them; the comments say what each
# checks about the events around it.
_EVENTS = [
    b'data: {"id":"c1","choices":[{"delta":{"content":"caf\xc3\xa9"}}]}\n\n',
    b"data: two\n\n",
    b": keep-alive\n\n",
    b"event: delta\ndata: three\n\n",
    b"data: four\n\n",  # the event type before must not carry over
    b"id: 9\ndata: five\n\n",
    b"data: six\n\n",  # the id does carry over
    b"retry: 100\ndata: seven\n\n",
    b"data: eight\n\n",  # retry does not
    b"data: a\ndata: b\n\n",
    b"data: \xe2\x80\xa8, \x1c and \xc2\x85 end no line\n\n",
    b"data: nine\r\n\r\n",
    b"data: ten\r\rdata: eleven\n\n",
    b"data:twelve\n\n",
    b"\n\n",
    b"data:  thirteen\n\n",
    b"data: [DONE]\n\n",
]
_EXPECTED = [
    ServerSentEvent('{"id":"c1","choices":[{"delta":{"content":"café"}}]}'),
    ServerSentEvent("two"),
    ServerSentEvent("three", event="delta"),
    ServerSentEvent("four"),
    ServerSentEvent("five", id="9"),
    ServerSentEvent("six", id="9"),
    ServerSentEvent("seven", id="9", retry=100),
    ServerSentEvent("eight", id="9"),
    ServerSentEvent("a\nb", id="9"),
    ServerSentEvent("\u2028, \x1c and \x85 end no line", id="9"),
    ServerSentEvent("nine", id="9"),
    ServerSentEvent("ten", id="9"),
    ServerSentEvent("eleven", id="9"),
    ServerSentEvent("twelve", id="9"),
    ServerSentEvent(" thirteen", id="9"),
    ServerSentEvent("[DONE]", id="9"),
]


def test_typical_events_whole_or_one_per_chunk() -> None:
    whole = b"".join(_EVENTS)
    assert reference_decode(whole) == _EXPECTED
    assert decode(whole) == _EXPECTED
    assert decode(*_EVENTS) == _EXPECTED


def test_an_event_split_at_any_byte_among_whole_ones_decodes_the_same() -> None:
    # The events around the split one arrive one per chunk, the fast path's case.
    for k, event in enumerate(_EVENTS):
        for i in range(len(event) + 1):
            chunks = [*_EVENTS[:k], event[:i], event[i:], *_EVENTS[k + 1 :]]
            assert decode(*chunks) == _EXPECTED, (k, i)


def test_the_stream_split_once_at_any_byte_decodes_the_same() -> None:
    whole = b"".join(_EVENTS)
    for i in range(len(whole) + 1):
        assert decode(whole[:i], whole[i:]) == _EXPECTED, i


def test_chunks_of_an_event_and_a_half_decode_the_same() -> None:
    # Every chunk ends mid-event, so no chunk is one whole event.
    whole = b"".join(_EVENTS)
    for size in (7, 13, 29, 64):
        assert decode(*(whole[i : i + size] for i in range(0, len(whole), size))) == _EXPECTED, size


def test_decode_gives_the_same_events_as_tuples() -> None:
    decoder = SSEDecoder()
    fields = [event for chunk in _EVENTS for event in decoder.decode(chunk)] + decoder.decode_end()
    assert [ServerSentEvent(*event) for event in fields] == _EXPECTED


def test_a_whole_data_event_after_fields_still_pending_joins_them() -> None:
    assert fed(b"event: x\n", b"data: y\n\n")[0] == [ServerSentEvent("y", event="x")]
    assert fed(b"data: a\n", b"data: b\n\n")[0] == [ServerSentEvent("a\nb")]
    assert fed(b"retry: 5\n", b"data: c\n\n")[0] == [ServerSentEvent("c", retry=5)]
    assert fed(b"id: 7\n\n", b"data: d\n\n")[0] == [ServerSentEvent("", id="7"), ServerSentEvent("d", id="7")]
    # A line without its end yet is pending too.
    assert fed(b"data: e", b"data: f\n\n")[0] == [ServerSentEvent("e" + "data: f")]


def test_a_data_event_ended_by_cr_or_crlf_is_whole_too() -> None:
    assert fed(b"data: a\r\n\r\n")[0] == [ServerSentEvent("a")]
    assert fed(b"data: a\n\r\n", b"data: b\r\n\n")[0] == [ServerSentEvent("a"), ServerSentEvent("b")]
    # A CR at the end may be half of a CRLF: the event waits for what follows.
    events, decoder = fed(b"data: a\r\r")
    assert events == [] and decoder.pending
    assert list(decoder.feed(b"\n")) == [ServerSentEvent("a")]


# -- streams: events to chunk models ----------------------------------------------------


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def _chunk_event(content: str) -> bytes:
    delta = {"content": content}
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }
    return b"data: " + json.dumps(chunk).encode() + b"\n\n"


_STREAM_EVENTS = [_chunk_event(word) for word in ["Once", " upon", " a", " tim\u00e9"]] + [
    b": ping\n\n",
    b"event: x\ndata: " + _chunk_event(" ...")[6:],
    b"data: [DONE]\n\n",
    b"data: after the end\n\n",
]
_CONTENTS = ["Once", " upon", " a", " tim\u00e9", " ..."]


def _stream_contents(chunks: list[bytes]) -> list[str | None]:
    response = httpx.Response(200, stream=_Chunks(chunks), request=httpx.Request("POST", "http://test/"))
    with Stream(response, oaiclient.models.CreateChatCompletionStreamResponse) as stream:
        contents = [item.choices[0].delta.content for item in stream]
    assert response.is_closed
    return contents


def _astream_contents(chunks: list[bytes]) -> list[str | None]:
    async def read() -> list[str | None]:
        response = httpx.Response(200, stream=_Chunks(chunks), request=httpx.Request("POST", "http://test/"))
        async with AsyncStream(response, oaiclient.models.CreateChatCompletionStreamResponse) as stream:
            return [item.choices[0].delta.content async for item in stream]

    return asyncio.run(read())


@pytest.mark.parametrize("read", [_stream_contents, _astream_contents], ids=["sync", "async"])
def test_a_stream_reads_the_same_however_its_body_is_cut(
    read: Callable[[list[bytes]], list[str | None]],
) -> None:
    whole = b"".join(_STREAM_EVENTS)
    assert read(_STREAM_EVENTS) == _CONTENTS
    assert read([whole]) == _CONTENTS
    for i in range(0, len(whole) + 1, 3):
        assert read([whole[:i], whole[i:]]) == _CONTENTS, i


def test_streams_and_results_of_one_type_share_its_adapter() -> None:
    # Building an adapter for a model that defers its schema costs milliseconds a stream.
    model = oaiclient.models.CreateChatCompletionStreamResponse
    stream = _streaming.Stream(httpx.Response(200, content=b""), model)
    assert stream._parser.adapter is _models.type_adapter(model) is _models.type_adapter(model)


def test_answers_read_whole_are_validated_by_pydantic_core_and_results_keep_their_request_id() -> None:
    model = oaiclient.models.Model
    body = json.dumps({"id": "m1", "object": "model", "created": 1, "owned_by": "o"}).encode()
    validate, is_model = _models.json_validator(model)
    assert is_model and _models.json_validator(model) == (validate, is_model)  # kept
    assert validate(body) == _models.type_adapter(model).validate_json(body)

    client = oaiclient.OpenAI(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    call = client.build_call(
        "get", "/models/m1", path=None, query=None, headers=None, body=None,
        extra_headers=None, extra_query=None, extra_body=None, timeout=oaiclient.NOT_GIVEN,
    )  # fmt: skip
    response = httpx.Response(200, content=body, headers={"x-request-id": "req-9"}, request=_REQUEST)
    assert client._validated(response, call, model)._request_id == "req-9"
    # A union is not a model class, but the member it gives may be one.
    union = model | int
    assert _models.json_validator(union)[1] is False
    assert client._validated(response, call, union)._request_id == "req-9"  # type: ignore[arg-type]
    assert client._validated(httpx.Response(200, content=b"7", request=_REQUEST), call, union) == 7  # type: ignore[arg-type]
    with pytest.raises(oaiclient.APIResponseValidationError, match="does not match Model"):
        client._validated(httpx.Response(200, content=b"{}", request=_REQUEST), call, model)


def test_a_model_not_yet_fully_defined_is_validated_once_it_is() -> None:
    """Its adapter builds the validator when first asked after the missing class is
    defined; until then there is no validator of its own to keep."""
    module = types.ModuleType("oaiclient_test_later")
    namespace = module.__dict__
    namespace["BaseModel"] = _models.BaseModel
    sys.modules[module.__name__] = module  # where pydantic looks the missing name up
    exec("class Later(BaseModel):\n    other: 'Missing | None' = None", namespace)
    later = namespace["Later"]
    validate, is_model = _models.json_validator(later)
    assert is_model
    with pytest.raises(pydantic.PydanticUserError, match="not fully defined"):
        validate(b'{"other": null}')
    exec("class Missing(BaseModel):\n    x: int", namespace)
    validate, _ = _models.json_validator(later)
    assert validate(b'{"other": {"x": 1}}').other.x == 1  # type: ignore[attr-defined]
    assert _models.json_validator(later)[0](b"{}").other is None  # type: ignore[attr-defined]
    del sys.modules[module.__name__]


def test_an_unhashable_chunk_type_still_streams() -> None:
    class Unhashable:
        __hash__ = None  # type: ignore[assignment]

    chunk_type = Annotated[int, Unhashable()]
    response = httpx.Response(
        200,
        stream=_Chunks([b"data: 1\n\ndata: 2\n\ndata: [DONE]\n\n"]),
        request=httpx.Request("GET", "http://test/"),
    )
    assert list(Stream(response, chunk_type)) == [1, 2]  # type: ignore[arg-type]


# -- the drain watchdog -------------------------------------------------------------------


def _wait_for_end_of_file(sock: socket.socket, limit: float) -> float:
    """How long until a read on `sock` gives end-of-file (its peer never writes)."""
    sock.settimeout(limit)
    started = time.monotonic()
    assert sock.recv(10) == b""
    return time.monotonic() - started


def test_the_watchdog_shuts_a_socket_down_at_its_deadline() -> None:
    watchdog = _streaming._Watchdog()
    a, b = socket.socketpair()
    with a, b:
        watchdog.arm(a, 0.2)
        assert 0.1 < _wait_for_end_of_file(a, 5) < 2


def test_a_cancelled_watchdog_leaves_the_socket_alone() -> None:
    watchdog = _streaming._Watchdog()
    a, b = socket.socketpair()
    with a, b:
        watchdog.cancel(watchdog.arm(a, 0.1))
        time.sleep(0.3)
        b.sendall(b"still open")
        assert a.recv(20) == b"still open"


def test_one_watchdog_thread_serves_every_socket_and_an_earlier_deadline_wakes_it() -> None:
    watchdog = _streaming._Watchdog()
    pairs = [socket.socketpair() for _ in range(3)]
    try:
        late = watchdog.arm(pairs[0][0], 30)  # the thread now sleeps for 30 s...
        threads = threading.active_count()
        watchdog.arm(pairs[1][0], 0.1)  # ...but this one is due first
        watchdog.arm(pairs[2][0], 0.2)
        assert threading.active_count() == threads
        assert _wait_for_end_of_file(pairs[1][0], 5) < 2
        assert _wait_for_end_of_file(pairs[2][0], 5) < 2
        watchdog.cancel(late)
    finally:
        for a, b in pairs:
            a.close()
            b.close()


# -- transforms: embeddings as base64 --------------------------------------------


def _b64(*values: float) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def test_floats_are_little_endian_float32() -> None:
    assert _floats(_b64(1.0, -2.5, 0.125, 0.0)) == [1.0, -2.5, 0.125, 0.0]
    # big-endian bytes of 1.0 would read as a tiny denormal, not 1.0
    assert _floats(base64.b64encode(struct.pack(">f", 1.0)).decode()) != [1.0]
    assert _floats("") == []


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.floats(width=32, allow_nan=False), max_size=64))
def test_floats_round_trip(values: list[float]) -> None:
    assert _floats(_b64(*values)) == values


def test_inexact_values_come_back_as_their_float32() -> None:
    (expected,) = struct.unpack("<f", struct.pack("<f", 0.1))
    assert _floats(_b64(0.1)) == [expected]
    assert expected != 0.1


@pytest.mark.parametrize("bad", ["not base64!", _b64(1.0)[:-2] + "A"])
def test_bad_base64_raises_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        _floats(bad)


def test_bytes_not_a_whole_number_of_floats_raise_value_error() -> None:
    with pytest.raises(ValueError):
        _floats(base64.b64encode(b"\x00\x00\x80").decode())


def _response(*embeddings: object) -> dict[str, object]:
    return {
        "object": "list",
        "model": "m",
        "data": [{"object": "embedding", "index": i, "embedding": e} for i, e in enumerate(embeddings)],
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }


def test_transform_asks_for_base64_when_not_chosen_and_decodes() -> None:
    transform = TRANSFORMS["embeddings_base64"]
    body: dict[str, object] = {"input": "x", "model": "m"}
    state = transform.prepare(body)
    assert body == {"input": "x", "model": "m", "encoding_format": "base64"}
    data = transform.finish(_response(_b64(1.0, 2.0), _b64(-1.0)), state)
    # Decoded, and set aside while the model is validated.
    assert [item["embedding"] for item in data["data"]] == [[], []]
    result = oaiclient.models.CreateEmbeddingResponse.model_validate(data)
    transform.restore(result, state)
    assert [e.embedding for e in result.data] == [[1.0, 2.0], [-1.0]]


@pytest.mark.parametrize("chosen", ["float", "base64"])
def test_transform_leaves_a_chosen_format_alone(chosen: str) -> None:
    transform = EmbeddingsBase64()
    body: dict[str, object] = {"input": "x", "model": "m", "encoding_format": chosen}
    state = transform.prepare(body)
    assert body["encoding_format"] == chosen
    # Floats asked for: nothing to adjust, the answer is validated straight from its bytes.
    assert (state is None) == (chosen == "float")


def test_transform_keeps_base64_strings_when_asked_for_them() -> None:
    transform = EmbeddingsBase64()
    state = transform.prepare({"input": "x", "model": "m", "encoding_format": "base64"})
    encoded = _b64(3.0)
    data = transform.finish(_response(encoded, [1.5]), state)
    result = oaiclient.models.CreateEmbeddingResponse.model_validate(data)
    transform.restore(result, state)
    assert result.data[0].embedding == encoded  # type: ignore[comparison-overlap]
    assert result.data[1].embedding == [1.5]


def test_transform_leaves_float_lists_and_odd_bodies_alone() -> None:
    transform = EmbeddingsBase64()
    state = transform.prepare({"input": "x", "model": "m"})
    assert transform.finish(_response([0.5]), state)["data"][0]["embedding"] == [0.5]
    assert transform.finish(["not", "a", "dict"], state) == ["not", "a", "dict"]
    assert transform.finish({"data": None}, state) == {"data": None}


def test_transform_state_is_per_call() -> None:
    transform = TRANSFORMS["embeddings_base64"]
    wants_floats = transform.prepare({"input": "x", "model": "m"})
    wants_base64 = transform.prepare({"input": "x", "model": "m", "encoding_format": "base64"})
    assert wants_floats is not None and wants_base64 is not None
    transform.finish(_response(_b64(2.0)), wants_floats)
    assert wants_floats["kept"] == {0: [2.0]}
    kept = transform.finish(_response(_b64(2.0)), wants_base64)
    assert kept["data"][0]["embedding"] == []
    assert wants_base64["kept"] == {0: _b64(2.0)}


# -- make_status_error ----------------------------------------------------------------

_REQUEST = httpx.Request("POST", "https://api.example.test/v1/chat/completions")


def _error(
    status: int, *, body: object = None, content: bytes | None = None, headers: dict[str, str] | None = None
) -> oaiclient.APIStatusError:
    if content is None:
        response = httpx.Response(status, json=body, headers=headers, request=_REQUEST)
    else:
        response = httpx.Response(status, content=content, headers=headers, request=_REQUEST)
    return make_status_error(response, body if content is None else content.decode())


ERROR_BODY = {
    "error": {
        "message": "Invalid value for 'temperature'.",
        "type": "invalid_request_error",
        "param": "temperature",
        "code": "invalid_value",
    }
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, oaiclient.BadRequestError),
        (401, oaiclient.AuthenticationError),
        (403, oaiclient.PermissionDeniedError),
        (404, oaiclient.NotFoundError),
        (409, oaiclient.ConflictError),
        (422, oaiclient.UnprocessableEntityError),
        (429, oaiclient.RateLimitError),
        (500, oaiclient.InternalServerError),
        (502, oaiclient.InternalServerError),
        (503, oaiclient.InternalServerError),
        (418, oaiclient.APIStatusError),
        (402, oaiclient.APIStatusError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[oaiclient.APIStatusError]) -> None:
    error = _error(status, body=ERROR_BODY, headers={"x-request-id": "req_1"})
    assert type(error) is cls
    assert isinstance(error, oaiclient.APIStatusError)
    assert error.status_code == status
    assert error.request_id == "req_1"
    assert error.message == f"Error code: {status} - Invalid value for 'temperature'."
    assert str(error) == error.message
    assert error.body == ERROR_BODY["error"]
    assert (error.type, error.param, error.code) == ("invalid_request_error", "temperature", "invalid_value")
    assert error.request is _REQUEST


def test_message_from_a_body_without_an_error_wrapper() -> None:
    error = _error(400, body={"message": "flat message", "code": 7})
    assert error.message == "Error code: 400 - flat message"
    assert error.body == {"message": "flat message", "code": 7}
    assert error.code == "7"
    assert error.request_id is None


def test_message_when_the_body_has_no_message() -> None:
    error = _error(500, body={"error": {"type": "server_error"}})
    assert error.message == "Error code: 500"
    assert error.body == {"type": "server_error"}
    assert error.type == "server_error"
    assert _error(404, body={"error": {"message": ""}}).message == "Error code: 404"
    assert _error(404, body={"error": "just a string"}).message == "Error code: 404"


def test_message_from_a_text_body_is_cut_to_500_characters() -> None:
    error = _error(502, content=b"Bad gateway " + b"x" * 1000)
    assert isinstance(error, oaiclient.InternalServerError)
    assert error.message.startswith("Error code: 502 - Bad gateway xxx")
    assert len(error.message) == len("Error code: 502 - ") + 500
    assert error.body == "Bad gateway " + "x" * 1000
    assert error.code is None


def test_message_with_no_body_at_all() -> None:
    response = httpx.Response(503, request=_REQUEST)
    error = make_status_error(response, None)
    assert error.message == "Error code: 503"
    assert error.body is None


# -- headers read and made without httpx's per-header work ------------------------------------

_HEADER_BYTES = st.binary(min_size=0, max_size=6).filter(lambda b: b"\r" not in b and b"\n" not in b)


@given(
    st.lists(st.tuples(st.sampled_from([b"X-Request-ID", b"x-request-id", b"Other", b"A"]), _HEADER_BYTES))
)
def test_headers_from_bytes_and_header_value_agree_with_httpx(pairs: list[tuple[bytes, bytes]]) -> None:
    ours = _headers.headers_from_bytes(pairs)
    theirs = httpx.Headers(pairs)
    assert ours.raw == theirs.raw and ours.multi_items() == theirs.multi_items()
    assert _headers.header_value(ours, b"x-request-id") == theirs.get("x-request-id")
    assert _headers.header_value(ours, b"missing") is None
    _headers.add_new_header(ours, "Content-Length", "12")
    theirs["Content-Length"] = "12"
    assert ours.raw == theirs.raw and ours["content-length"] == "12"
