"""Contract cases for files, uploads and batches.

`CASES` and `RESPONSE_MODELS` are run by test_contract.py with the other areas'.
The tests here add what a single call cannot show: the local judge reading
multipart bodies (and refusing bad ones), the contract checks noticing a file
or a download that did not arrive whole, and cursor pages followed through Prism.
"""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

import httpx
import pytest

import oaiclient
from oaiclient import models as m
from tests.contract.casekit import DYNAMIC, Case, _method, check_result, check_sent
from tests.contract.conftest import FormPart, form_to_dict, parse_multipart

pytestmark = pytest.mark.contract

FILE_ID = "file-abc123"
UPLOAD_ID = "upload_abc123"
BATCH_ID = "batch_abc123"

# Two lines of a batch input file, as the API expects them.
BATCH_JSONL = (
    b'{"custom_id": "r1", "method": "POST", "url": "/v1/chat/completions", '
    b'"body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hi"}]}}\n'
    b'{"custom_id": "r2", "method": "POST", "url": "/v1/embeddings", '
    b'"body": {"model": "text-embedding-3-small", "input": "Hi"}}\n'
)
# A PNG signature and some bytes that are not UTF-8, to see binary content survive.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00\x80"
# A file on disk, for the path form of a file argument: this module itself.
THIS_FILE = Path(__file__)
WEEK = {"anchor": "created_at", "seconds": 7 * 24 * 3600}


def upload_file(id: str, **kwargs: Any) -> Case:
    return Case(f"files-create-{id}", "files.create", m.OpenAIFile, kwargs=kwargs)


def create_upload(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("filename", "training.jsonl")
    kwargs.setdefault("purpose", "fine-tune")
    kwargs.setdefault("bytes", 2_147_483_648)
    kwargs.setdefault("mime_type", "text/jsonl")
    return Case(f"uploads-create-{id}", "uploads.create", m.Upload, kwargs=kwargs)


def create_batch(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("input_file_id", FILE_ID)
    kwargs.setdefault("completion_window", "24h")
    return Case(f"batches-create-{id}", "batches.create", m.Batch, kwargs=kwargs)


CASES = [
    # --- files ----------------------------------------------------------------
    upload_file("bytes", file=BATCH_JSONL, purpose="batch"),
    upload_file(
        "tuple-with-type", file=("requests.jsonl", BATCH_JSONL, "application/jsonl"), purpose="batch"
    ),
    upload_file("tuple-binary", file=("chart.png", PNG_BYTES), purpose="vision"),
    upload_file("path", file=THIS_FILE, purpose="user_data"),
    upload_file("expires-after", file=("train.jsonl", BATCH_JSONL), purpose="fine-tune", expires_after=WEEK),
    upload_file("assistants", file=("notes.txt", b"Meeting at noon.\n", "text/plain"), purpose="assistants"),
    upload_file("evals", file=("cases.jsonl", b'{"item": {"q": "2+2"}}\n'), purpose="evals"),
    Case("files-list", "files.list", m.OpenAIFile, page=True),
    Case(
        "files-list-filtered",
        "files.list",
        m.OpenAIFile,
        kwargs={"purpose": "fine-tune", "limit": 50, "order": "asc", "after": "file-abc000"},
        page=True,
    ),
    Case("files-retrieve", "files.retrieve", m.OpenAIFile, args=(FILE_ID,)),
    Case("files-delete", "files.delete", m.DeleteFileResponse, args=(FILE_ID,)),
    Case("files-content", "files.content", oaiclient.BinaryResponse, args=(FILE_ID,)),
    # --- uploads --------------------------------------------------------------
    create_upload("fine-tune"),
    create_upload(
        "batch-expiring",
        filename="requests.jsonl",
        purpose="batch",
        bytes=len(BATCH_JSONL),
        mime_type="text/jsonl",
        expires_after={"anchor": "created_at", "seconds": 3600},
    ),
    create_upload("vision", filename="photo.png", purpose="vision", bytes=1024, mime_type="image/png"),
    create_upload("assistants", filename="manual.pdf", purpose="assistants", mime_type="application/pdf"),
    Case(
        "uploads-parts-bytes",
        "uploads.parts.create",
        m.UploadPart,
        args=(UPLOAD_ID,),
        kwargs={"data": BATCH_JSONL},
    ),
    Case(
        "uploads-parts-tuple",
        "uploads.parts.create",
        m.UploadPart,
        args=(UPLOAD_ID,),
        kwargs={"data": ("part-2", PNG_BYTES, "application/octet-stream")},
    ),
    Case(
        "uploads-complete",
        "uploads.complete",
        m.Upload,
        args=(UPLOAD_ID,),
        kwargs={"part_ids": ["part_def456", "part_ghi789"]},
    ),
    Case(
        "uploads-complete-md5",
        "uploads.complete",
        m.Upload,
        args=(UPLOAD_ID,),
        kwargs={"part_ids": ["part_def456"], "md5": "9e107d9d372bb6826bd81d3542a419d6"},
    ),
    Case("uploads-cancel", "uploads.cancel", m.Upload, args=(UPLOAD_ID,)),
    # --- batches --------------------------------------------------------------
    create_batch("chat", endpoint="/v1/chat/completions"),
    create_batch(
        "responses-with-metadata",
        endpoint="/v1/responses",
        metadata={"customer_id": "user_123", "description": "nightly eval"},
        output_expires_after={"anchor": "created_at", "seconds": 2_592_000},
    ),
    create_batch("embeddings-null-metadata", endpoint="/v1/embeddings", metadata=None),
    create_batch("completions", endpoint="/v1/completions"),
    create_batch("moderations", endpoint="/v1/moderations"),
    create_batch("image-generations", endpoint="/v1/images/generations"),
    create_batch("image-edits", endpoint="/v1/images/edits"),
    create_batch("videos", endpoint="/v1/videos"),
    Case("batches-retrieve", "batches.retrieve", m.Batch, args=(BATCH_ID,)),
    Case("batches-list", "batches.list", m.Batch, page=True),
    Case(
        "batches-list-after", "batches.list", m.Batch, kwargs={"limit": 5, "after": "batch_abc000"}, page=True
    ),
    Case("batches-cancel", "batches.cancel", m.Batch, args=(BATCH_ID,)),
]

RESPONSE_MODELS: dict[str, dict[str, Any]] = {
    "files.create": {"application/json": m.OpenAIFile},
    # The page class declares only `data`, `has_more` and `object` (as the official
    # package's does); it keeps the reference's required `first_id` and `last_id`
    # as extra fields, so the walk checks the full model they are declared on.
    "files.list": {"application/json": m.ListFilesResponse},
    "files.retrieve": {"application/json": m.OpenAIFile},
    "files.delete": {"application/json": m.DeleteFileResponse},
    # Bytes, not a model (the reference's JSON string is not what the API sends).
    "files.content": {"application/octet-stream": oaiclient.BinaryResponse},
    "uploads.create": {"application/json": m.Upload},
    "uploads.parts.create": {"application/json": m.UploadPart},
    "uploads.complete": {"application/json": m.Upload},
    "uploads.cancel": {"application/json": m.Upload},
    "batches.create": {"application/json": m.Batch},
    "batches.retrieve": {"application/json": m.Batch},
    "batches.list": {"application/json": oaiclient.SyncCursorPage[m.Batch]},
    "batches.cancel": {"application/json": m.Batch},
}


def _case(id: str) -> Case:
    return next(case for case in CASES if case.id == id)


# ------------------------------------------------------------- reading forms


def test_form_reads_back_nested_names() -> None:
    parts = [
        FormPart("purpose", None, None, b"fine-tune"),
        FormPart("expires_after[anchor]", None, None, b"created_at"),
        FormPart("expires_after[seconds]", None, None, b"3600"),
        FormPart("include[]", None, None, b"logprobs"),
        FormPart("include[]", None, None, b"usage"),
        FormPart("image[]", "a.png", "image/png", b"\x89PNG\xff"),
        FormPart("chunking[static][sizes][]", None, None, b"800"),
    ]
    assert form_to_dict(parts) == {
        "purpose": "fine-tune",
        "expires_after": {"anchor": "created_at", "seconds": "3600"},
        "include": ["logprobs", "usage"],
        "image": ["\x89PNG\xff"],
        "chunking": {"static": {"sizes": ["800"]}},
    }
    with pytest.raises(AssertionError):
        form_to_dict([FormPart("model", None, None, b"a"), FormPart("model", None, None, b"b")])
    with pytest.raises(AssertionError):
        form_to_dict([FormPart("x[]", None, None, b"a"), FormPart("x[k]", None, None, b"b")])


def test_multipart_parser_reads_what_httpx_writes() -> None:
    request = httpx.Request(
        "POST",
        "http://test/v1/files",
        data={"purpose": "batch", "note": "naïve"},
        files=[("file", ("in.jsonl", BATCH_JSONL, "application/jsonl")), ("data", ("blob", PNG_BYTES))],
    )
    parts = parse_multipart(request.headers["content-type"], request.read())
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("purpose", None, b"batch"),
        ("note", None, "naïve".encode()),
        ("file", "in.jsonl", BATCH_JSONL),
        ("data", "blob", PNG_BYTES),
    ]
    assert parts[2].content_type == "application/jsonl"
    assert parts[0].content_type is None


# ------------------------------------------------------------- the judge and multipart


def _multipart(judge: Any, path: str, data: dict[str, str], files: list[Any]) -> list[str]:
    """The judge's view of a multipart body with these fields and (name, (filename, bytes)) files."""
    boundary = "contract-test-boundary"
    chunks = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in data.items()
    ]
    for name, (filename, content, *_) in files:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n\r\n'
        chunks.append(head.encode() + content + b"\r\n")
    body = b"".join(chunks) + f"--{boundary}--\r\n".encode()
    return judge.problems("POST", path, f"multipart/form-data; boundary={boundary}", body)


JSONL_FILE = ("file", ("in.jsonl", BATCH_JSONL, "application/jsonl"))


def test_local_judge_accepts_a_good_upload(judge: Any) -> None:
    form = {"purpose": "batch", "expires_after[anchor]": "created_at", "expires_after[seconds]": "3600"}
    assert _multipart(judge, "/files", form, [JSONL_FILE]) == []
    assert _multipart(judge, f"/uploads/{UPLOAD_ID}/parts", {}, [("data", ("p", PNG_BYTES))]) == []


# (id, path, form fields, file parts, words the judge's complaint must contain)
BAD_FORMS = [
    ("unknown-purpose", "/files", {"purpose": "training"}, [JSONL_FILE], "purpose: 'training' is not one of"),
    ("no-file", "/files", {"purpose": "batch"}, [], "'file' is a required property"),
    ("no-purpose", "/files", {}, [JSONL_FILE], "'purpose' is a required property"),
    (
        "expiry-too-short",
        "/files",
        {"purpose": "batch", "expires_after[anchor]": "created_at", "expires_after[seconds]": "60"},
        [JSONL_FILE],
        "expires_after/seconds: 60 is less than the minimum",
    ),
    (
        "expiry-not-a-number",
        "/files",
        {"purpose": "batch", "expires_after[anchor]": "created_at", "expires_after[seconds]": "a week"},
        [JSONL_FILE],
        "expires_after/seconds: 'a week' is not of type 'integer'",
    ),
    (
        "expiry-without-anchor",
        "/files",
        {"purpose": "batch", "expires_after[seconds]": "3600"},
        [JSONL_FILE],
        "'anchor' is a required property",
    ),
    (
        "unknown-field",
        "/files",
        {"purpose": "batch", "colour": "red"},
        [JSONL_FILE],
        "'colour' was unexpected",
    ),
    (
        "file-as-text",
        "/files",
        {"purpose": "batch", "file": "requests.jsonl"},
        [],
        "file: the reference wants a file here",
    ),
    (
        "purpose-as-file",
        "/files",
        {},
        [JSONL_FILE, ("purpose", ("p.txt", b"batch"))],
        "purpose: sent as a file",
    ),
    ("part-without-data", f"/uploads/{UPLOAD_ID}/parts", {"md5": "x"}, [], "'data' is a required property"),
    ("list-for-a-file", "/files", {"purpose": "batch"}, [("file[]", ("a", b"1"))], "file: "),
]


@pytest.mark.parametrize(
    "path, data, files, expected", [bad[1:] for bad in BAD_FORMS], ids=[bad[0] for bad in BAD_FORMS]
)
def test_local_judge_rejects_a_bad_upload(
    judge: Any, path: str, data: dict[str, Any], files: list[Any], expected: str
) -> None:
    problems = _multipart(judge, path, data, files)
    assert any(expected in problem for problem in problems), problems


def test_local_judge_stops_a_bad_upload_from_the_client(client: Any, judge: Any) -> None:
    with pytest.raises(judge.Error) as info:
        client.files.create(file=BATCH_JSONL, purpose="training")  # type: ignore[arg-type]
    assert "\n  - purpose: " in str(info.value), str(info.value)
    with pytest.raises(judge.Error) as info:
        client.files.create(
            file=BATCH_JSONL, purpose="batch", expires_after={"anchor": "created_at", "seconds": 60}
        )
    assert "\n  - expires_after/seconds: 60 is less than the minimum" in str(info.value), str(info.value)


def test_prism_checks_multipart_bodies_too(harness: Any) -> None:
    """Prism validates these multipart bodies itself as well: a wrong purpose gets its 422."""
    with httpx.Client(trust_env=False, timeout=30) as http:
        response = http.post(
            harness.url + "/files",
            data={"purpose": "training"},
            files=[JSONL_FILE],
            headers={"Authorization": f"Bearer {harness.api_key}"},
        )
    assert response.status_code == 422, response.text
    assert any(item.get("location") == ["body", "purpose"] for item in response.json()["validation"])


# ------------------------------------------------- the contract checks can fail


def test_check_sent_notices_a_file_that_did_not_arrive_whole(client: Any, recorder: Any) -> None:
    case = _case("files-create-tuple-with-type")
    client.files.create(**case.kwargs)
    check_sent(case, recorder)
    wrong = [
        {"file": ("requests.jsonl", BATCH_JSONL[:-1], "application/jsonl")},
        {"file": ("other.jsonl", BATCH_JSONL, "application/jsonl")},
        {"file": ("requests.jsonl", BATCH_JSONL, "text/plain")},
        {"purpose": "fine-tune"},
        {"expires_after": WEEK},
    ]
    for change in wrong:
        altered = dataclasses.replace(case, kwargs={**case.kwargs, **change})
        with pytest.raises(AssertionError):
            check_sent(altered, recorder)
    # A field that was sent but not asked for is noticed too.
    with pytest.raises(AssertionError):
        check_sent(dataclasses.replace(case, kwargs={"file": case.kwargs["file"]}), recorder)


def test_check_result_notices_a_download_that_did_not_arrive_whole(client: Any, recorder: Any) -> None:
    case = _case("files-content")
    result = client.files.content(FILE_ID)
    check_result(case, result, recorder)
    sent = recorder.last.response_bytes
    recorder.last.response_bytes = sent + b"!"
    try:
        with pytest.raises(AssertionError):
            check_result(case, result, recorder)
    finally:
        recorder.last.response_bytes = sent


# ------------------------------------------------------------- pages, one after another

PAGED = [
    ("files.list", m.OpenAIFile, "/files"),
    ("batches.list", m.Batch, "/batches"),
]
PAGES = 3


def _check_walk(exchanges: list[Any], pages: list[Any], path: str, item_type: type) -> None:
    assert [e.path for e in exchanges] == [path] * len(pages)
    assert exchanges[0].query == {"limit": "2"}
    for page, later in zip(pages, exchanges[1:]):
        assert page.has_more is True and page.data, "Prism's page did not claim more"
        # The next request asks for what follows the last item of the page before.
        assert later.query == {"limit": "2", "after": page.data[-1].id}
    for page, exchange in zip(pages, exchanges):
        assert all(isinstance(item, item_type) for item in page.data)
        assert page.to_dict() == exchange.response_json


@pytest.mark.parametrize("headers", [None, DYNAMIC], ids=["static", "dynamic"])
@pytest.mark.parametrize("method, item_type, path", PAGED, ids=[p[0] for p in PAGED])
def test_cursor_pages_through_prism_sync(
    client: Any, recorder: Any, method: str, item_type: type, path: str, headers: Any
) -> None:
    first = _method(client, method)(limit=2, extra_headers=headers)
    start = len(recorder.exchanges) - 1
    pages = []
    for page in first.iter_pages():
        pages.append(page)
        if len(pages) == PAGES or not page.has_next_page():
            break
    # The walk stops early only where a page says nothing more follows.
    assert len(pages) == PAGES or pages[-1].has_more is False or not pages[-1].data
    _check_walk(recorder.exchanges[start:], pages, path, item_type)


@pytest.mark.parametrize("method, item_type, path", PAGED, ids=[p[0] for p in PAGED])
def test_cursor_pages_through_prism_async(harness: Any, method: str, item_type: type, path: str) -> None:
    async def scenario() -> list[Any]:
        async with harness.async_client() as client:
            first = await _method(client, method)(limit=2)
            pages = []
            async for page in first.iter_pages():
                pages.append(page)
                if len(pages) == PAGES:
                    break
            return pages

    start = len(harness.recorder.exchanges)
    pages = asyncio.run(scenario())
    assert len(pages) == PAGES or pages[-1].has_more is False or not pages[-1].data
    _check_walk(harness.recorder.exchanges[start:], pages, path, item_type)
