"""Generate a client from a small spec, import it, and call it against a local server.

The golden `shop` spec has what our own spec lacks: query and header
parameters, path parameters on the path item, a nested resource, a 204
response, names that are Python keywords or collide with per-request options.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.pipeline import generate_client
from generator.write import write_tree
from tests.generator_helpers import GOLDEN
from tests.servers import JSONResponse, RawResponse, RecordingServer, SSEResponse, sse_event

ITEM = {"id": "i1", "kind": "it's", "price": None, "class": "c", "x-rate": 3, "parts": []}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("shop")
    write_tree(out, generate_client(GOLDEN / "shop" / "openapi.yaml", "shopclient").files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("shopclient")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == "shopclient"]:
            del sys.modules[name]


def test_query_header_and_paged_response(shop: ModuleType, server: RecordingServer, clean_env: None) -> None:
    server.route("GET", "/v1/items", JSONResponse({"object": "list", "data": [ITEM, {**ITEM, "id": "i2"}]}))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    page = client.items.list(order="desc", tag=["a", "b"], in_stock=True, x_trace="t-1")
    assert [item.id for item in page] == ["i1", "i2"]
    assert page.data[0].class_ == "c" and page.data[0].kind == "it's" and page.data[0].price is None
    sent = server.last
    # `tag` is a form-style array (OpenAPI's default): the name repeated.
    assert sent.query == [("order", "desc"), ("tag", "a"), ("tag", "b"), ("in_stock", "true")]
    assert sent.headers["x-trace"] == "t-1"
    client.items.list()
    assert server.last.query == [] and "x-trace" not in server.last.headers


def test_keyword_and_colliding_names_go_out_under_their_wire_names(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    server.route("POST", "/v1/items", JSONResponse(ITEM))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    item = client.items.create(name="n", from_="f", timeout_=1.5, note=None, timeout=5)
    assert item.id == "i1"
    assert server.last.json == {"name": "n", "from": "f", "timeout": 1.5, "note": None}


def test_nested_resource_path_parameters_and_no_content(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    server.route("DELETE", "/v1/items/a%2Fb%20c/parts/7", RawResponse(status=204))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    assert client.items.parts.delete("a/b c", 7) is None
    assert server.last.method == "DELETE"
    with pytest.raises(ValueError, match="non-empty value for `item_id`"):
        client.items.parts.delete("", 7)


def test_stream_and_async(shop: ModuleType, server: RecordingServer, clean_env: None) -> None:
    events = [sse_event({"delta": "a"}), sse_event({"delta": "b"}), b"data: [DONE]\n\n"]
    server.route("POST", "/v1/items", SSEResponse(events))

    async def run() -> list[str]:
        async with shop.AsyncOpenAI(api_key="k", base_url=server.url) as client:
            stream = await client.items.create(name="n", stream=True)
            return [event.delta async for event in stream]

    assert asyncio.run(run()) == ["a", "b"]
    assert server.last.json == {"name": "n", "stream": True}


def test_operation_without_a_client_name_gets_one_from_its_path(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    server.route("GET", "/v1/ping", JSONResponse({"ok": True}))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    assert client.ping.ping().ok is True


def test_the_default_base_url_comes_from_the_spec(shop: ModuleType, clean_env: None) -> None:
    assert str(shop.OpenAI(api_key="k").base_url) == "https://shop.example/api/"
    assert Path(shop.__file__).name == "__init__.py"


# -- pages, uploads, binary bodies, raw responses ---------------------------------


def _file(n: int) -> dict[str, object]:
    return {"id": f"file-{n}", "bytes": n}


def _route_file_pages(server: RecordingServer, *, empty_last: bool = False) -> None:
    def answer(request: object) -> JSONResponse:
        after = dict(getattr(request, "query")).get("after")
        if after is None:
            return JSONResponse({"object": "list", "data": [_file(1), _file(2)], "has_more": True})
        if after == "file-2":
            return JSONResponse({"object": "list", "data": [_file(3)], "has_more": True})
        # An empty page that still claims more must end the walk.
        assert empty_last and after == "file-3"
        return JSONResponse({"object": "list", "data": [], "has_more": True})

    server.route("GET", "/v1/files", answer)


def test_cursor_pages_are_walked_to_the_end(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    _route_file_pages(server, empty_last=True)
    client = shop.OpenAI(api_key="k", base_url=server.url)
    page = client.files.list(limit=2)
    assert [f.id for f in page.data] == ["file-1", "file-2"] and page.has_next_page()
    assert [f.id for f in page] == ["file-1", "file-2", "file-3"]
    assert [len(p.data) for p in page.iter_pages()] == [2, 1, 0]
    queries = [r.query for r in server.requests_to("GET", "/v1/files")]
    assert queries[:3] == [
        [("limit", "2")],
        [("limit", "2"), ("after", "file-2")],
        [("limit", "2"), ("after", "file-3")],
    ]


def test_async_cursor_pages_are_walked_to_the_end(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    _route_file_pages(server, empty_last=True)

    async def run() -> tuple[list[str], bool]:
        async with shop.AsyncOpenAI(api_key="k", base_url=server.url) as client:
            ids = [f.id async for f in client.files.list()]
            first = await client.files.list()
            return ids, first.has_next_page()

    assert asyncio.run(run()) == (["file-1", "file-2", "file-3"], True)


def test_multipart_upload_sends_files_and_form_fields(
    shop: ModuleType, server: RecordingServer, clean_env: None, tmp_path: Path
) -> None:
    server.route("POST", "/v1/files", JSONResponse(_file(7)))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    on_disk = tmp_path / "notes.txt"
    on_disk.write_bytes(b"from a path")
    with open(on_disk, "rb") as opened:
        result = client.files.create(
            file=("report.csv", b"a,b\n1,2\n", "text/csv"),
            purpose="docs",
            tags=["x", "y"],
            extra=[on_disk, opened, b"raw"],
            public=False,
        )
    assert result.id == "file-7" and result._request_id is None
    request = server.last
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    parts = _multipart_parts(request.body, content_type.split("boundary=")[1])
    assert parts == [
        ('name="purpose"', None, b"docs"),
        ('name="tags[]"', None, b"x"),
        ('name="tags[]"', None, b"y"),
        ('name="public"', None, b"false"),
        ('name="file"; filename="report.csv"', "text/csv", b"a,b\n1,2\n"),
        # httpx guesses the type from the file name when none is given.
        ('name="extra[]"; filename="notes.txt"', "text/plain", b"from a path"),
        ('name="extra[]"; filename="notes.txt"', "text/plain", b"from a path"),
        ('name="extra[]"; filename="upload"', None, b"raw"),
    ]


def _multipart_parts(body: bytes, boundary: str) -> list[tuple[str, str | None, bytes]]:
    parts = []
    for chunk in body.split(b"--" + boundary.encode())[1:-1]:
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        disposition = headers["Content-Disposition"].removeprefix("form-data; ")
        content_type = headers.get("Content-Type")
        parts.append(
            (disposition, None if content_type == "application/octet-stream" else content_type, content)
        )
    return parts


def test_binary_body_read_written_and_streamed(
    shop: ModuleType, server: RecordingServer, clean_env: None, tmp_path: Path
) -> None:
    payload = bytes(range(256)) * 64
    server.route("GET", "/v1/files/f1/content", RawResponse(payload, content_type="application/octet-stream"))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    assert client.files.content("f1").content == payload
    target = tmp_path / "out.bin"
    client.files.content("f1").write_to_file(target)
    assert target.read_bytes() == payload
    with client.files.with_streaming_response.content("f1") as response:
        assert response.status_code == 200
        chunks = list(response.parse().iter_bytes(1024))
    assert b"".join(chunks) == payload and len(chunks) > 1


def test_a_body_that_is_json_or_text(shop: ModuleType, server: RecordingServer, clean_env: None) -> None:
    server.route(
        "GET",
        "/v1/files/f1/summary",
        [
            RawResponse("short résumé".encode(), content_type="text/plain; charset=utf-8"),
            JSONResponse(_file(1)),
        ],
    )
    client = shop.OpenAI(api_key="k", base_url=server.url)
    assert client.files.summary("f1") == "short résumé"
    assert client.files.summary("f1").id == "file-1"  # type: ignore[union-attr]


def test_a_stream_may_end_after_a_final_event(shop: ModuleType, server: RecordingServer, clean_env: None) -> None:
    events = [sse_event({"type": "item.delta", "delta": "a"}), sse_event({"type": "item.done", "delta": ""})]
    server.route("POST", "/v1/items", [SSEResponse(events), SSEResponse(events[:1])])
    client = shop.OpenAI(api_key="k", base_url=server.url)
    assert [e.type for e in client.items.create(name="n", stream=True)] == ["item.delta", "item.done"]
    with pytest.raises(shop.APIConnectionError, match=r"ended before its \[DONE\] or item\.done event"):
        list(client.items.create(name="n", stream=True))


def test_raw_and_streaming_responses(shop: ModuleType, server: RecordingServer, clean_env: None) -> None:
    server.route("POST", "/v1/items", JSONResponse(ITEM, headers={"x-request-id": "req-1"}))
    client = shop.OpenAI(api_key="k", base_url=server.url)
    item = client.items.create(name="n")
    assert item._request_id == "req-1"
    raw = client.items.with_raw_response.create(name="n")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "req-1" and raw.request_id == "req-1"
    assert raw.parse().id == "i1" and raw.parse() is raw.parse()
    assert raw.json()["id"] == "i1"
    with client.items.with_streaming_response.create(name="n") as response:
        assert response.http_response.is_stream_consumed is False
        assert response.parse().kind == "it's"
    server.route("GET", "/v1/items", JSONResponse({"object": "list", "data": [ITEM]}))
    raw_page = client.items.with_raw_response.list(order="asc")
    assert [i.id for i in raw_page.parse()] == ["i1"]
    assert client.items.parts.with_raw_response.delete.__name__ == "delete"

    async def run() -> tuple[str, str]:
        async with shop.AsyncOpenAI(api_key="k", base_url=server.url) as aclient:
            raw_async = await aclient.items.with_raw_response.create(name="n")
            async with aclient.items.with_streaming_response.create(name="n") as streamed:
                parsed = await streamed.parse()
            return raw_async.parse().id, parsed.id

    assert asyncio.run(run()) == ("i1", "i1")


def test_a_union_as_the_result_parses_into_its_variant(
    shop: ModuleType, server: RecordingServer, clean_env: None
) -> None:
    server.route(
        "GET",
        "/v1/parts/p1",
        [JSONResponse({"type": "screw", "length": 2.5}), JSONResponse({"type": "panel", "parts": []})],
    )
    client = shop.OpenAI(api_key="k", base_url=server.url)
    screw, panel = client.parts.retrieve("p1"), client.parts.retrieve("p1")
    assert type(screw).__name__ == "Screw" and screw.length == 2.5
    assert type(panel).__name__ == "Panel" and panel.parts == []
