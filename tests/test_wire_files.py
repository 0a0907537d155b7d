"""Wire compatibility for files, uploads and batches.

The same call through our client and the official `openai` package must send
the same request (the runner is test_wire_compat.py's): method, path, query,
the JSON body or, for uploads, every multipart part (name, filename, content
type, bytes; compared as test_wire_images_audio.py does), and the
authentication headers. What the clients hand back (ids, statuses, downloaded
bytes) must agree too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from tests.servers import JSONResponse, RawResponse, RecordingServer
from tests.test_wire_compat import KEY, Case, _both, assert_same_request
from tests.test_wire_images_audio import assert_same_upload, multipart_parts

pytestmark = pytest.mark.usefixtures("clean_env", "disk_files")

JSONL = b'{"custom_id": "r1", "method": "POST", "url": "/v1/embeddings", "body": {"input": "hi"}}\n'
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00\xff\xfe"
FILE = {
    "id": "file-abc123",
    "object": "file",
    "bytes": len(JSONL),
    "created_at": 1_700_000_000,
    "expires_at": 1_700_604_800,
    "filename": "requests.jsonl",
    "purpose": "batch",
    "status": "processed",
}
UPLOAD = {
    "id": "upload_abc123",
    "object": "upload",
    "bytes": 2048,
    "created_at": 1_719_184_911,
    "expires_at": 1_719_188_511,
    "filename": "training.jsonl",
    "purpose": "fine-tune",
    "status": "pending",
}
PART = {
    "id": "part_def456",
    "object": "upload.part",
    "created_at": 1_719_185_911,
    "upload_id": "upload_abc123",
}
BATCH = {
    "id": "batch_abc123",
    "object": "batch",
    "endpoint": "/v1/chat/completions",
    "errors": None,
    "input_file_id": "file-abc123",
    "completion_window": "24h",
    "status": "in_progress",
    "output_file_id": None,
    "error_file_id": None,
    "created_at": 1_711_471_533,
    "in_progress_at": 1_711_471_538,
    "expires_at": 1_711_557_933,
    "completed_at": None,
    "request_counts": {"total": 100, "completed": 40, "failed": 2},
    "metadata": {"team": "search"},
}

# Files on disk for the path and open-file forms (see the `disk_files` fixture).
FILES: dict[str, Path] = {}
OPENED: list[IO[bytes]] = []


@pytest.fixture
def disk_files(tmp_path: Path) -> Iterator[None]:
    for name, data in (("requests.jsonl", JSONL), ("photo.png", PNG)):
        FILES[name] = tmp_path / name
        FILES[name].write_bytes(data)
    yield
    while OPENED:
        OPENED.pop().close()


def opened(name: str) -> IO[bytes]:
    """A fresh open binary file for each call, closed when the test ends."""
    handle = open(FILES[name], "rb")
    OPENED.append(handle)
    return handle


def _file(result: Any) -> Any:
    return (result.id, result.filename, result.purpose, result.bytes)


def _ids(page: Any) -> Any:
    return ([item.id for item in page.data], page.has_more)


def _batch(result: Any) -> Any:
    return (result.id, result.status, result.request_counts.completed, result.metadata)


def _upload(result: Any) -> Any:
    return (result.id, result.status, result.file.id if result.file else None)


UPLOADS = [
    Case(
        "files.create-bytes",
        "POST",
        ("/v1/files",),
        JSONResponse(FILE),
        lambda c: c.files.create(file=JSONL, purpose="batch"),
        _file,
    ),
    Case(
        "files.create-path-expiring",
        "POST",
        ("/v1/files",),
        JSONResponse(FILE),
        lambda c: c.files.create(
            file=FILES["requests.jsonl"],
            purpose="batch",
            expires_after={"anchor": "created_at", "seconds": 86400},
        ),
        _file,
    ),
    Case(
        "files.create-open-file",
        "POST",
        ("/v1/files",),
        JSONResponse({**FILE, "filename": "photo.png", "purpose": "vision"}),
        lambda c: c.files.create(file=opened("photo.png"), purpose="vision"),
        _file,
    ),
    Case(
        "files.create-tuple",
        "POST",
        ("/v1/files",),
        JSONResponse({**FILE, "purpose": "user_data"}),
        lambda c: c.files.create(file=("notes.md", b"# Notes\n", "text/markdown"), purpose="user_data"),
        _file,
    ),
    Case(
        "uploads.parts.create-bytes",
        "POST",
        ("/v1/uploads/upload_abc123/parts",),
        JSONResponse(PART),
        lambda c: c.uploads.parts.create("upload_abc123", data=JSONL[:40]),
        lambda part: (part.id, part.upload_id),
    ),
    Case(
        "uploads.parts.create-tuple",
        "POST",
        ("/v1/uploads/upload_abc123/parts",),
        JSONResponse(PART),
        lambda c: c.uploads.parts.create("upload_abc123", data=("chunk-2", PNG, "application/octet-stream")),
        lambda part: (part.id, part.upload_id),
    ),
]

REQUESTS = [
    Case(
        "files.list",
        "GET",
        ("/v1/files",),
        JSONResponse(
            {
                "object": "list",
                "data": [FILE],
                "first_id": "file-abc123",
                "last_id": "file-abc123",
                "has_more": False,
            }
        ),
        lambda c: c.files.list(),
        _ids,
    ),
    Case(
        "files.list-filtered",
        "GET",
        ("/v1/files",),
        JSONResponse(
            {
                "object": "list",
                "data": [FILE],
                "first_id": "file-abc123",
                "last_id": "file-abc123",
                "has_more": False,
            }
        ),
        lambda c: c.files.list(purpose="batch", limit=100, order="asc", after="file-abc000"),
        _ids,
    ),
    Case(
        "files.retrieve",
        "GET",
        ("/v1/files/file-abc123",),
        JSONResponse(FILE),
        lambda c: c.files.retrieve("file-abc123"),
        _file,
    ),
    Case(
        "files.delete",
        "DELETE",
        ("/v1/files/file-abc123",),
        JSONResponse({"id": "file-abc123", "object": "file", "deleted": True}),
        lambda c: c.files.delete("file-abc123"),
        lambda result: (result.id, result.deleted),
    ),
    Case(
        "files.content",
        "GET",
        ("/v1/files/file-abc123/content",),
        RawResponse(PNG + JSONL, content_type="application/octet-stream"),
        lambda c: c.files.content("file-abc123"),
        lambda result: result.content,
    ),
    Case(
        "uploads.create",
        "POST",
        ("/v1/uploads",),
        JSONResponse(UPLOAD),
        lambda c: c.uploads.create(
            filename="training.jsonl",
            purpose="fine-tune",
            bytes=2048,
            mime_type="text/jsonl",
            expires_after={"anchor": "created_at", "seconds": 3600},
        ),
        _upload,
    ),
    Case(
        "uploads.complete",
        "POST",
        ("/v1/uploads/upload_abc123/complete",),
        JSONResponse({**UPLOAD, "status": "completed", "file": FILE}),
        lambda c: c.uploads.complete(
            "upload_abc123", part_ids=["part_def456", "part_ghi789"], md5="9e107d9d372bb6826bd81d3542a419d6"
        ),
        _upload,
    ),
    Case(
        "uploads.cancel",
        "POST",
        ("/v1/uploads/upload_abc123/cancel",),
        JSONResponse({**UPLOAD, "status": "cancelled"}),
        lambda c: c.uploads.cancel("upload_abc123"),
        _upload,
    ),
    Case(
        "batches.create",
        "POST",
        ("/v1/batches",),
        JSONResponse(BATCH),
        lambda c: c.batches.create(
            input_file_id="file-abc123",
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"team": "search"},
            output_expires_after={"anchor": "created_at", "seconds": 604800},
        ),
        _batch,
    ),
    Case(
        "batches.create-null-metadata",
        "POST",
        ("/v1/batches",),
        JSONResponse(BATCH),
        lambda c: c.batches.create(
            input_file_id="file-abc123", endpoint="/v1/embeddings", completion_window="24h", metadata=None
        ),
        _batch,
    ),
    Case(
        "batches.retrieve",
        "GET",
        ("/v1/batches/batch_abc123",),
        JSONResponse(BATCH),
        lambda c: c.batches.retrieve("batch_abc123"),
        _batch,
    ),
    Case(
        "batches.list",
        "GET",
        ("/v1/batches",),
        JSONResponse({"object": "list", "data": [BATCH], "has_more": False}),
        lambda c: c.batches.list(limit=10, after="batch_abc000"),
        _ids,
    ),
    Case(
        "batches.cancel",
        "POST",
        ("/v1/batches/batch_abc123/cancel",),
        JSONResponse({**BATCH, "status": "cancelling"}),
        lambda c: c.batches.cancel("batch_abc123"),
        _batch,
    ),
]

CASES = UPLOADS + REQUESTS


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", UPLOADS, ids=[case.id for case in UPLOADS])
def test_same_upload_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_upload(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours is not None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", REQUESTS, ids=[case.id for case in REQUESTS])
def test_same_request_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_request(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours


def _parts_of(case_id: str, server: RecordingServer) -> dict[str, Any]:
    case = next(case for case in CASES if case.id == case_id)
    _, _, ours, _ = _both("sync", server, case)
    return multipart_parts(ours)


def test_file_forms_reach_the_server_as_file_parts(server: RecordingServer) -> None:
    """Each form of a file argument arrives whole, with the filename it implies."""
    expected = {
        "files.create-bytes": ("upload", JSONL),
        "files.create-path-expiring": ("requests.jsonl", JSONL),
        "files.create-open-file": ("photo.png", PNG),
        "files.create-tuple": ("notes.md", b"# Notes\n"),
    }
    for case_id, (filename, data) in expected.items():
        parts = _parts_of(case_id, server)
        server.clear()
        assert [(name, content) for name, _, content in parts["file"]] == [(filename, data)], case_id
    assert _parts_of("files.create-tuple", server)["file"][0][1] == "text/markdown"


def test_expiry_goes_as_bracketed_form_fields(server: RecordingServer) -> None:
    parts = _parts_of("files.create-path-expiring", server)
    assert parts["purpose"] == [(None, None, b"batch")]
    assert parts["expires_after[anchor]"] == [(None, None, b"created_at")]
    assert parts["expires_after[seconds]"] == [(None, None, b"86400")]
    assert "expires_after" not in parts


def test_upload_part_is_sent_as_data(server: RecordingServer) -> None:
    parts = _parts_of("uploads.parts.create-tuple", server)
    assert list(parts) == ["data"]
    assert parts["data"] == [("chunk-2", "application/octet-stream", PNG)]


def test_every_operation_of_these_areas_has_a_case() -> None:
    """Including `uploads.parts.create`, which the client-wide check cannot see."""
    import yaml

    spec = Path(__file__).resolve().parents[1] / "spec"
    methods = {
        operation["x-sdk-method"]
        for name in ("files.yaml", "uploads.yaml", "batches.yaml")
        for item in yaml.safe_load((spec / name).read_text())["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-sdk-method" in operation
    }
    assert len(methods) == 13, methods
    missing = [m for m in sorted(methods) if not any(case.id.split("-")[0] == m for case in CASES)]
    assert not missing, missing
