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
