"""Keeps the benchmark suite (benchmarks/) from rotting, without timing anything.

The suite itself runs with `python3 benchmarks/run.py` in its own environments; this test
only uses this project's environment: it imports every benchmark module, has the canned
server answer a chat call, a stream and an embeddings call, runs the smallest
interleaved comparison through the same code the suite uses, and renders its table.
"""

from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from benchmarks import canned, report, stats, wire
from benchmarks.generation import SpecEditor
from benchmarks.server import ServerProcess

MODULES = [
    "benchmarks.canned",
    "benchmarks.generation",
    "benchmarks.genprobe",
    "benchmarks.loadgen",
    "benchmarks.probe",
    "benchmarks.profiles",
    "benchmarks.raw_models",
    "benchmarks.report",
    "benchmarks.run",
    "benchmarks.server",
    "benchmarks.startup",
    "benchmarks.stats",
    "benchmarks.wire",
]
SMALL = canned.Sizes(stream_chunks=3, vectors=2, dims=4)


@pytest.mark.parametrize("name", MODULES)
def test_every_benchmark_module_imports(name: str) -> None:
    importlib.import_module(name)


@pytest.fixture(scope="module")
def canned_server() -> Iterator[ServerProcess]:
    with ServerProcess(SMALL, max_seconds=120) as server:
        yield server


def test_the_canned_server_answers_what_the_clients_expect(
    clean_env: None, canned_server: ServerProcess
) -> None:
    with httpx.Client(base_url=canned_server.base_url, trust_env=False) as http:
        chat = http.post("/chat/completions", json=canned.CHAT_REQUEST)
        assert chat.status_code == 200
        assert wire.chat_text(chat.json()) == canned.CHAT_TEXT

        streamed = http.post("/chat/completions", json=wire.STREAM_REQUEST)
        data = [line[6:] for line in streamed.text.splitlines() if line.startswith("data: ")]
        assert data[-1] == "[DONE]"
        assert len(data) == SMALL.stream_chunks + 3  # role chunk, content, finish chunk, [DONE]
        assert json.loads(data[1])["choices"][0]["delta"]["content"] == "Once"

        floats = http.post(
            "/embeddings", json={"input": ["x"], "model": "m", "encoding_format": "float"}
        ).json()
        encoded = http.post(
            "/embeddings", json={"input": ["x"], "model": "m", "encoding_format": "base64"}
        ).json()
        expected = canned.embedding_vectors(SMALL.vectors, SMALL.dims)[0]
        assert floats["data"][0]["embedding"] == expected
        assert wire._floats(encoded["data"][0]["embedding"]) == expected

        assert http.get("/nowhere").status_code == 404


def test_the_smallest_comparison_runs_and_renders(clean_env: None, canned_server: ServerProcess) -> None:
    settings = wire.Settings(
        rounds=2, chat_calls=2, streams=1, embedding_calls=1, async_calls=2, constructions=0, decodes=2
    )
    factories = wire.chat_variants(canned_server.base_url)
    chosen = {name: factories[name] for name in (wire.HTTPX_JSON, wire.OURS)}
    group = stats.Group("sync_chat", "Sync chat call", "time", "us/call", wire.HTTPX_JSON)

    def check(name: str, result: object) -> None:
        assert wire.chat_text(result) == canned.CHAT_TEXT, name

    wire.measure(group, chosen, settings, canned_server, count=2, check=check, warm=1)
    assert {name: len(values) for name, values in group.samples.items()} == {wire.HTTPX_JSON: 2, wire.OURS: 2}
    assert stats.ratio(group, wire.HTTPX_JSON) == 1.0
    table = "\n".join(report.group_table(group))
    assert "**httpx + json** (baseline)" in table and "| oaiclient |" in table


def test_the_spec_editor_changes_one_operation(tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parent.parent / "spec"
    for path in spec.glob("*.yaml"):
        shutil.copy2(path, tmp_path / path.name)
    editor = SpecEditor(tmp_path)
    editor.edit_description()
    route, method = editor.operation
    document = yaml.safe_load(editor.file.read_text())
    assert document["paths"][route][method]["description"].endswith("(benchmark edit 1)")
    if editor.add_field():
        document = yaml.safe_load(editor.file.read_text())
        assert "benchmark_field_2" in yaml.safe_dump(document)


def test_rotations_interleave_every_variant_once_per_round() -> None:
    orders = stats.rotations(["a", "b", "c"], 4)
    assert orders == [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"], ["a", "b", "c"]]
