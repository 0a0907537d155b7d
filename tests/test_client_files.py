"""Files, uploads and batches against the local recording server.

What the contract tests against Prism cannot show: a file's content
downloaded to disk and streamed chunk by chunk, listings of several pages
walked to their real end (sync and async), and the forms a file argument can
take (bytes, path, open file, tuple) arriving whole, also after a retry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import oaiclient
from oaiclient import models as m
from tests.servers import JSONResponse, RawResponse, RecordedRequest, RecordingServer, SSEResponse
from tests.test_wire_files import BATCH, FILE, PART, UPLOAD
from tests.test_wire_images_audio import multipart_parts

pytestmark = pytest.mark.usefixtures("clean_env")

# About 300 KiB with no repeating pattern, so a lost or reordered chunk shows.
CONTENT = b"".join(i.to_bytes(3, "big") for i in range(100_000))
JSONL = b'{"custom_id": "a", "method": "POST", "url": "/v1/embeddings", "body": {"input": "x"}}\n'


def client(server: RecordingServer, **options: Any) -> oaiclient.OpenAI:
    options.setdefault("max_retries", 0)
    return oaiclient.OpenAI(api_key="sk-test", base_url=server.url, **options)


def async_client(server: RecordingServer, **options: Any) -> oaiclient.AsyncOpenAI:
    options.setdefault("max_retries", 0)
    return oaiclient.AsyncOpenAI(api_key="sk-test", base_url=server.url, **options)


CONTENT_PATH = "/v1/files/file-abc123/content"


# ------------------------------------------------------------------ downloads


def test_content_is_written_to_a_file(server: RecordingServer, tmp_path: Path) -> None:
    server.route("GET", CONTENT_PATH, RawResponse(CONTENT, content_type="application/octet-stream"))
    target = tmp_path / "out.bin"
    with client(server) as c:
        download = c.files.content("file-abc123")
        assert isinstance(download, oaiclient.BinaryResponse)
        download.write_to_file(target)
        assert download.content == CONTENT
    assert target.read_bytes() == CONTENT
    request = server.last
    assert (request.method, request.path, request.body) == ("GET", CONTENT_PATH, b"")


def test_content_is_written_to_a_file_async(server: RecordingServer, tmp_path: Path) -> None:
    server.route("GET", CONTENT_PATH, RawResponse(CONTENT, content_type="application/octet-stream"))
    target = tmp_path / "out.bin"

    async def main() -> bytes:
        async with async_client(server) as c:
            download = await c.files.content("file-abc123")
            await download.awrite_to_file(target)
            return b"".join([chunk async for chunk in (await c.files.content("file-abc123")).aiter_bytes()])

    assert asyncio.run(main()) == CONTENT
    assert target.read_bytes() == CONTENT


def test_jsonl_content_is_not_parsed(server: RecordingServer) -> None:
    """A batch's output file is JSON lines, served as JSON by some proxies: it stays bytes."""
    server.route("GET", CONTENT_PATH, RawResponse(JSONL * 3, content_type="application/json"))
    with client(server) as c:
        assert c.files.content("file-abc123").content == JSONL * 3


CHUNKS = [CONTENT[i : i + 65536] for i in range(0, len(CONTENT), 65536)]


def test_streaming_download_to_a_file(server: RecordingServer, tmp_path: Path) -> None:
    server.route("GET", CONTENT_PATH, SSEResponse(CHUNKS, content_type="application/octet-stream"))
    target = tmp_path / "streamed.bin"
    with client(server) as c:
        with c.files.with_streaming_response.content("file-abc123") as response:
            assert response.status_code == 200
            response.parse().write_to_file(target)
    assert target.read_bytes() == CONTENT


def test_streaming_download_does_not_hold_the_body(server: RecordingServer) -> None:
    """The server never ends this body: only a client that streams gets the first chunks,
    and leaving the block hangs up on the rest."""
    server.route(
        "GET",
        CONTENT_PATH,
        SSEResponse(CHUNKS[:2], content_type="application/octet-stream", wait_for_disconnect=True),
    )
    with client(server, timeout=10) as c:
        with c.files.with_streaming_response.content("file-abc123") as response:
            received = b""
            for chunk in response.iter_bytes():
                received += chunk
                if len(received) >= 65536:
                    break
        assert received.startswith(CHUNKS[0])
        assert server.wait_for_disconnect(), "the client kept the download open"


def test_streaming_download_does_not_hold_the_body_async(server: RecordingServer, tmp_path: Path) -> None:
    server.route(
        "GET",
        CONTENT_PATH,
        SSEResponse(CHUNKS[:2], content_type="application/octet-stream", wait_for_disconnect=True),
    )

    async def main() -> bytes:
        async with async_client(server, timeout=10) as c:
            async with c.files.with_streaming_response.content("file-abc123") as response:
                download = await response.parse()
                async for chunk in download.aiter_bytes():
                    return chunk
        raise AssertionError("no chunk arrived")

    first = asyncio.run(main())
    assert first and CHUNKS[0].startswith(first)
    assert server.wait_for_disconnect(), "the client kept the download open"


def test_a_failed_download_raises(server: RecordingServer) -> None:
    error = {
        "error": {
            "message": "No such File object: file-nope",
            "type": "invalid_request_error",
            "param": "id",
            "code": None,
        }
    }
    server.route("GET", "/v1/files/file-nope/content", JSONResponse(error, status=404))
    with client(server) as c:
        with pytest.raises(oaiclient.NotFoundError) as info:
            c.files.content("file-nope")
    assert "No such File object" in info.value.message


# ------------------------------------------------------------------ listings


def _pages(
    items: list[dict[str, Any]], size: int, *, ids: bool = True
) -> Callable[[RecordedRequest], JSONResponse]:
    """A listing served `size` items at a time after the `after` cursor."""

    def answer(request: RecordedRequest) -> JSONResponse:
        after = request.query_dict.get("after")
        start = 0 if after is None else [item["id"] for item in items].index(after) + 1
        page = items[start : start + size]
        body: dict[str, Any] = {"object": "list", "data": page, "has_more": start + size < len(items)}
        if ids:
            body["first_id"] = page[0]["id"] if page else None
            body["last_id"] = page[-1]["id"] if page else None
        return JSONResponse(body)

    return answer


FILES = [{**FILE, "id": f"file-{n:03}", "filename": f"part{n}.jsonl"} for n in range(7)]
BATCHES = [{**BATCH, "id": f"batch_{n:03}"} for n in range(5)]


def test_files_list_walks_every_page(server: RecordingServer) -> None:
    server.route("GET", "/v1/files", _pages(FILES, 3))
    with client(server) as c:
        page = c.files.list(purpose="batch", limit=3, order="asc")
        assert isinstance(page, oaiclient.SyncCursorPage)
        walked = [item.id for item in page]
        pages = [
            [item.id for item in p.data]
            for p in c.files.list(purpose="batch", limit=3, order="asc").iter_pages()
        ]
    assert walked == [f["id"] for f in FILES]
    assert all(isinstance(item, m.OpenAIFile) for item in page.data)
    assert pages == [["file-000", "file-001", "file-002"], ["file-003", "file-004", "file-005"], ["file-006"]]
    first, second, third = server.requests[:3]
    # The filters stay on every request; only the cursor moves.
    assert first.query_dict == {"purpose": "batch", "limit": "3", "order": "asc"}
    assert second.query_dict == {**first.query_dict, "after": "file-002"}
    assert third.query_dict == {**first.query_dict, "after": "file-005"}
    assert len(server.requests) == 6


def test_files_list_walks_every_page_async(server: RecordingServer) -> None:
    server.route("GET", "/v1/files", _pages(FILES, 2))

    async def main() -> tuple[list[str], list[str]]:
        async with async_client(server) as c:
            every = [item.id async for item in c.files.list(limit=2)]
            first = await c.files.list(limit=2)
            pages = [p.last_id async for p in first.iter_pages()]  # type: ignore[attr-defined]
            return every, pages

    every, last_ids = asyncio.run(main())
    assert every == [f["id"] for f in FILES]
    # The page keeps the listing's own fields beside `data` and `has_more`.
    assert last_ids == ["file-001", "file-003", "file-005", "file-006"]
    assert [r.query_dict.get("after") for r in server.requests[:4]] == [
        None,
        "file-001",
        "file-003",
        "file-005",
    ]


def test_batches_list_walks_every_page(server: RecordingServer) -> None:
    server.route("GET", "/v1/batches", _pages(BATCHES, 2, ids=False))
    with client(server) as c:
        walked = [batch.id for batch in c.batches.list(limit=2)]
        first = c.batches.list(limit=2)
        assert first.has_next_page()
        last = first.get_next_page().get_next_page()
        assert not last.has_next_page()
    assert walked == [b["id"] for b in BATCHES]
    assert [b.id for b in last.data] == ["batch_004"]
    assert [r.query_dict.get("after") for r in server.requests[:3]] == [None, "batch_001", "batch_003"]


def test_batches_list_walks_every_page_async(server: RecordingServer) -> None:
    server.route("GET", "/v1/batches", _pages(BATCHES, 3, ids=False))

    async def main() -> list[Any]:
        async with async_client(server) as c:
            return [batch async for batch in c.batches.list()]

    batches = asyncio.run(main())
    assert [b.id for b in batches] == [b["id"] for b in BATCHES]
    assert all(isinstance(b, m.Batch) for b in batches)
    assert batches[0].request_counts is not None and batches[0].request_counts.completed == 40
    assert [r.query_dict for r in server.requests] == [{}, {"after": "batch_002"}]


def test_an_empty_listing_is_one_request(server: RecordingServer) -> None:
    server.route("GET", "/v1/files", _pages([], 3))
    with client(server) as c:
        assert list(c.files.list()) == []
    assert len(server.requests) == 1


# ------------------------------------------------------------------ uploads


def _forms(tmp_path: Path) -> list[tuple[str, Callable[[], Any], tuple[str, str | None]]]:
    """(id, a fresh file argument, (filename, content type) the server should see)."""
    path = tmp_path / "requests.jsonl"
    path.write_bytes(JSONL)
    return [
        ("bytes", lambda: JSONL, ("upload", "application/octet-stream")),
        ("path", lambda: path, ("requests.jsonl", None)),
        ("open-file", lambda: open(path, "rb"), ("requests.jsonl", None)),
        ("tuple", lambda: ("batch.jsonl", JSONL, "application/jsonl"), ("batch.jsonl", "application/jsonl")),
        ("tuple-without-type", lambda: ("in.jsonl", JSONL), ("in.jsonl", None)),
    ]


def _the_file(request: RecordedRequest, name: str) -> tuple[str | None, str | None, bytes]:
    parts = multipart_parts(request)
    assert len(parts[name]) == 1, parts
    return parts[name][0]


def test_every_form_of_a_file_is_uploaded(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/files", JSONResponse(FILE))
    server.route("POST", "/v1/uploads/upload_abc123/parts", JSONResponse(PART))
    with client(server) as c:
        for form_id, make, (filename, content_type) in _forms(tmp_path):
            file_argument, data_argument = make(), make()
            try:
                created = c.files.create(file=file_argument, purpose="batch")
                part = c.uploads.parts.create("upload_abc123", data=data_argument)
            finally:
                for argument in (file_argument, data_argument):
                    if hasattr(argument, "close"):
                        argument.close()
            assert created.id == FILE["id"] and part.id == PART["id"]
            file_request, part_request = server.requests[-2:]
            for request, name in ((file_request, "file"), (part_request, "data")):
                sent_name, sent_type, data = _the_file(request, name)
                assert data == JSONL, form_id
                assert sent_name == filename, form_id
                if content_type is not None:
                    assert sent_type == content_type, form_id
            assert multipart_parts(file_request)["purpose"] == [(None, None, b"batch")]


def test_every_form_of_a_file_is_uploaded_async(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/files", JSONResponse(FILE))

    async def main() -> None:
        async with async_client(server) as c:
            for _, make, _ in _forms(tmp_path):
                argument = make()
                try:
                    await c.files.create(file=argument, purpose="fine-tune")
                finally:
                    if hasattr(argument, "close"):
                        argument.close()

    asyncio.run(main())
    sent = [(_the_file(r, "file")[0], _the_file(r, "file")[2]) for r in server.requests]
    assert sent == [(expected[0], JSONL) for _, _, expected in _forms(tmp_path)]


def test_a_retried_upload_sends_the_same_file_again(server: RecordingServer, tmp_path: Path) -> None:
    """An open file is read once; the retry after a 500 sends the same bytes, not an empty part."""
    busy = {"error": {"message": "try again", "type": "server_error", "param": None, "code": None}}
    server.route("POST", "/v1/files", [JSONResponse(busy, status=500), JSONResponse(FILE)])
    path = tmp_path / "data.jsonl"
    path.write_bytes(JSONL)
    with client(server, max_retries=1) as c, open(path, "rb") as handle:
        created = c.files.create(
            file=handle, purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600}
        )
    assert created.id == FILE["id"]
    first, second = server.requests
    for request in (first, second):
        assert _the_file(request, "file")[::2] == ("data.jsonl", JSONL)
        assert multipart_parts(request)["expires_after[seconds]"] == [(None, None, b"3600")]


def test_a_file_opened_in_text_mode_is_refused(server: RecordingServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with client(server) as c, open(path) as handle:
        with pytest.raises(TypeError, match="binary mode"):
            c.files.create(file=handle, purpose="assistants")  # type: ignore[arg-type]
    assert server.requests == []


def test_a_large_upload_in_parts(server: RecordingServer) -> None:
    """The whole Upload flow: create, send parts, complete with their order."""
    size = 3 * 65536
    data = CONTENT[:size]
    server.route("POST", "/v1/uploads", JSONResponse({**UPLOAD, "bytes": size}))
    part_ids = iter(["part_a", "part_b", "part_c"])
    server.route(
        "POST",
        "/v1/uploads/upload_abc123/parts",
        lambda request: JSONResponse({**PART, "id": next(part_ids)}),
    )
    server.route(
        "POST",
        "/v1/uploads/upload_abc123/complete",
        JSONResponse({**UPLOAD, "bytes": size, "status": "completed", "file": {**FILE, "bytes": size}}),
    )
    with client(server) as c:
        upload = c.uploads.create(
            filename="big.bin", purpose="assistants", bytes=size, mime_type="text/plain"
        )
        ids = [c.uploads.parts.create(upload.id, data=data[i : i + 65536]).id for i in range(0, size, 65536)]
        done = c.uploads.complete(upload.id, part_ids=ids)
    assert done.status == "completed" and done.file is not None and done.file.bytes == size
    create, *parts, complete = server.requests
    assert create.json == {
        "filename": "big.bin",
        "purpose": "assistants",
        "bytes": size,
        "mime_type": "text/plain",
    }
    assert b"".join(_the_file(p, "data")[2] for p in parts) == data
    assert complete.json == {"part_ids": ["part_a", "part_b", "part_c"]}
