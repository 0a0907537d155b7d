"""Keeps the benchmark suite (benchmarks/) from rotting, without timing anything.

The suite itself runs with `python3 benchmarks/run.py` in its own environments; this test
only uses this project's environment: it imports every benchmark module, has the canned
server answer a chat call, a stream and an embeddings call, runs the smallest
interleaved comparison through the same code the suite uses, and renders its table.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from benchmarks import canned, instructions, report, scale, stats, wire
from benchmarks.generation import EnumEditor, SpecEditor
from benchmarks.server import ServerProcess

MODULES = [
    "benchmarks.canned",
    "benchmarks.generation",
    "benchmarks.genprobe",
    "benchmarks.instructions",
    "benchmarks.loadgen",
    "benchmarks.peakrss",
    "benchmarks.probe",
    "benchmarks.profiles",
    "benchmarks.raw_models",
    "benchmarks.report",
    "benchmarks.run",
    "benchmarks.scale",
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


def test_the_enum_editor_keeps_one_added_model_id(tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parent.parent / "spec"
    for path in spec.glob("*.yaml"):
        shutil.copy2(path, tmp_path / path.name)
    editor = EnumEditor(tmp_path)
    before = list(editor.values)
    editor.add_value()
    editor.add_value()
    values = yaml.safe_load(editor.file.read_text())["schemas"]["ChatModel"]["enum"]
    assert values == ["benchmark-model-2", *before]
    with pytest.raises(RuntimeError, match="no enum schema Nothing"):
        EnumEditor(tmp_path, "Nothing")
    # An open list (anyOf a string or a known ID), and one in the file another editor
    # writes: the two edits go to one document.
    open_list = EnumEditor(tmp_path, "ResponsesModel")
    open_list.add_value()
    [values] = [
        v["enum"]
        for v in yaml.safe_load(open_list.file.read_text())["schemas"]["ResponsesModel"]["anyOf"]
        if "enum" in v
    ]
    assert values[0] == "benchmark-model-1"
    single = tmp_path / "single"
    single.mkdir()
    (single / "openapi.yaml").write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1"},
                "paths": {
                    "/embeddings": {
                        "post": {
                            "operationId": "createEmbedding",
                            "requestBody": {
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/Body"}}
                                }
                            },
                            "responses": {"200": {"description": "ok"}},
                        }
                    }
                },
                "components": {
                    "schemas": {
                        "Body": {
                            "type": "object",
                            "properties": {"model": {"$ref": "#/components/schemas/Ids"}},
                        },
                        "Ids": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["a", "b"]}]},
                    }
                },
            }
        )
    )
    operations = SpecEditor(single)
    ids = EnumEditor(single, "Ids", shared=operations)
    assert operations.add_field()
    ids.add_value()
    written = yaml.safe_load((single / "openapi.yaml").read_text())["components"]["schemas"]
    assert "benchmark_field_1" in written["Body"]["properties"]
    assert written["Ids"]["anyOf"][1]["enum"] == ["benchmark-model-1", "a", "b"]


def test_rotations_interleave_every_variant_once_per_round() -> None:
    orders = stats.rotations(["a", "b", "c"], 4)
    assert orders == [["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"], ["a", "b", "c"]]


def _tiny_document() -> dict[str, object]:
    pet = {"$ref": "#/components/schemas/Pet"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "paths": {
            "/v1/pets/{pet_id}": {
                "get": {
                    "operationId": "getPet",
                    "security": [{"key": []}],
                    "parameters": [{"$ref": "#/components/parameters/PetId"}],
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": pet}}}
                    },
                }
            },
            "/stores": {
                "post": {
                    "operationId": "addStore",
                    "responses": {"429": {"$ref": "#/components/responses/Busy"}},
                }
            },
        },
        "webhooks": {
            "pet_born": {"post": {"requestBody": {"content": {"application/json": {"schema": pet}}}}}
        },
        "components": {
            "schemas": {
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {"cat": "#/components/schemas/Cat", "dog": "Dog"},
                    },
                },
                "Cat": {
                    "type": "object",
                    "properties": {"owner": {"$ref": "#/components/schemas/Owner/properties/name"}},
                },
                "Dog": {"type": "object"},
                "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Unused": {"type": "string"},
            },
            "parameters": {
                "PetId": {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}
            },
            "responses": {
                "Busy": {
                    "description": "busy",
                    "headers": {"Retry-After": {"$ref": "#/components/headers/Wait"}},
                }
            },
            "headers": {"Wait": {"schema": {"type": "integer"}}},
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
        },
    }


def test_scaled_copies_are_renamed_and_point_into_themselves() -> None:
    original = _tiny_document()
    scaled = scale.scale_document(original, 3)
    assert scale.dangling_refs(scaled) == []
    assert scale.count_schemas(scaled) == 3 * scale.count_schemas(original)
    assert scale.count_operations(scaled) == 3 * scale.count_operations(original)
    assert list(scaled["paths"])[2:4] == ["/v1/pets_copy2/{pet_id}", "/stores_copy2"]
    assert list(scaled["webhooks"]) == ["pet_born", "pet_born_copy2", "pet_born_copy3"]
    # Shared once: what the API has a single one of.
    assert scaled["components"]["securitySchemes"] == original["components"]["securitySchemes"]
    assert scaled["info"] == original["info"]
    # Copy 1 is the original itself (a copy of it).
    assert scaled["paths"]["/v1/pets/{pet_id}"] == original["paths"]["/v1/pets/{pet_id}"]
    assert scaled["components"]["schemas"]["Pet"] == original["components"]["schemas"]["Pet"]
    operation_ids = [
        operation["operationId"] for item in scaled["paths"].values() for operation in item.values()
    ]
    assert len(set(operation_ids)) == len(operation_ids) and "getPetCopy3" in operation_ids
    # Every reference of copy k names a component of copy k (a name ending in Copyk).
    for copy in (2, 3):
        suffix = f"Copy{copy}"
        parts = [
            scaled["paths"][f"/v1/pets_copy{copy}/{{pet_id}}"],
            scaled["paths"][f"/stores_copy{copy}"],
            scaled["webhooks"][f"pet_born_copy{copy}"],
            *(
                entry
                for section, entries in scaled["components"].items()
                if section != "securitySchemes"
                for name, entry in entries.items()
                if name.endswith(suffix)
            ),
        ]
        refs = [ref for part in parts for ref in scale.references(part)]
        assert refs and all(ref.split("/")[3].endswith(suffix) for ref in refs), refs
        mapping = scaled["components"]["schemas"][f"Pet{suffix}"]["discriminator"]["mapping"]
        assert mapping == {"cat": f"#/components/schemas/Cat{suffix}", "dog": f"Dog{suffix}"}
    assert scaled["components"]["schemas"]["CatCopy2"]["properties"]["owner"] == {
        "$ref": "#/components/schemas/OwnerCopy2/properties/name"
    }


def test_a_slice_keeps_what_its_paths_need(tmp_path: Path) -> None:
    sliced = scale.slice_document(_tiny_document(), 1)
    assert list(sliced["paths"]) == ["/v1/pets/{pet_id}"] and "webhooks" not in sliced
    assert sorted(sliced["components"]["schemas"]) == ["Cat", "Dog", "Owner", "Pet"]
    assert sorted(sliced["components"]) == ["parameters", "schemas", "securitySchemes"]
    assert scale.dangling_refs(sliced) == []
    # Written and read back, the scaled slice is the same document.
    scaled = scale.scale_document(sliced, 2)
    scale.write_document(scaled, tmp_path / "doc.yaml")
    assert yaml.safe_load((tmp_path / "doc.yaml").read_text()) == scaled


def test_a_dangling_reference_is_found() -> None:
    document = _tiny_document()
    del document["components"]["schemas"]["Dog"]  # type: ignore[index]
    assert scale.dangling_refs(document) == ["#/components/schemas/Dog"]


def test_the_scale_table_renders() -> None:
    group = stats.Group("scale", "Scale", "time", "s", scale.generation_name(1))
    documents = {}
    for copies in scale.COPIES:
        documents[f"{copies}x"] = {
            "copies": copies,
            "mb": 1.0 * copies,
            "operations": 2 * copies,
            "schemas": 3 * copies,
        }
        group.add(scale.floor_name(copies), 0.1 * copies, 0.1 * copies)
        group.add(scale.generation_name(copies), 1.0 + 2.0 * copies, 1.0 + 2.0 * copies)
    group.add(scale.BASE, 1.0, 1.0)
    memory = {scale.generation_name(c): [50.0 + 10 * c] for c in scale.COPIES} | {scale.BASE: [50.0]}
    group.extra.update(documents=documents, peak_rss_mib=memory, outputs={}, failures=[])
    text = "\n".join(report.scale_tables(group))
    assert "| 4x | 4.00 | 8 | 12 |" in text
    assert "CPU time above the constant part grew 4.00x for 4x the document, 1.00 per copy" in text


def test_the_instruction_count_variants_call_the_canned_server(
    clean_env: None, canned_server: ServerProcess
) -> None:
    """What each child under valgrind runs (without valgrind here): warm-up and counted
    calls, each answer checked by the variant (a wrong status or body raises)."""
    for variant in instructions.VARIANTS + instructions.OFFLINE:
        asyncio.run(instructions._calls(variant, canned_server.base_url, 4, 2))


def test_instruction_counts_are_read_and_tabled() -> None:
    found = instructions._REFS.search("==4242== I   refs:      1,788,844,874\n")
    assert found is not None and int(found.group(1).replace(",", "")) == 1_788_844_874
    results = {name: {1: 1000.0 * (i + 1), 10: 2000.0} for i, name in enumerate(instructions.VARIANTS)}
    lines = instructions.table(results, [1, 10])
    assert lines[2] == "| aiohttp + json | 1.0k, 1.000x | 2.0k, 1.000x |"
    assert lines[4] == "| oaiclient | 3.0k, 3.000x | 2.0k, 1.000x |"


def _section(seconds: float, **stamp: str) -> dict[str, object]:
    return {"exit": 0, "seconds": seconds, "load_before": 0.5, "load_after": 1.0, **stamp}


def test_a_partial_run_keeps_the_sections_it_did_not_repeat(tmp_path: Path) -> None:
    from benchmarks import run

    for name in ("startup", "wire", "generation"):
        (tmp_path / f"{name}.json").write_text("[]")
    earlier = {
        "command": "python3 benchmarks/run.py",
        "date": "2026-12-01 10:00 UTC",
        "machine": {"commit (from .git/HEAD)": "aaaaaaaaaaaa"},
        # profiles has no results file any more (failed or removed): it must not be reported.
        "sections": {name: _section(60) for name in ("startup", "wire", "profiles", "generation")},
    }
    ran = {
        "generation": _section(
            400,
            command="python3 benchmarks/run.py --only generation",
            date="2026-12-02 11:00 UTC",
            commit="bbbbbbbbbbbb",
        )
    }
    merged = run.merge_sections(earlier, ran, tmp_path)
    assert list(merged) == ["startup", "wire", "generation"]
    assert merged["generation"] == ran["generation"]
    assert merged["wire"]["commit"] == "aaaaaaaaaaaa" and merged["wire"]["date"] == "2026-12-01 10:00 UTC"

    table = "\n".join(report.sections_table({"sections": merged}))
    assert "kept from the earlier runs" in table
    assert "| wire | `python3 benchmarks/run.py` | 2026-12-01 10:00 UTC | aaaaaaaaaaaa | 60 |" in table
    assert (
        "| generation | `python3 benchmarks/run.py --only generation` | 2026-12-02 11:00 UTC | bbbbbbbbbbbb |"
        in table
    )


def test_a_full_run_names_no_earlier_run() -> None:
    stamp = {"date": "2026-12-02 11:00 UTC", "commit": "bbbbbbbbbbbb"}
    table = report.sections_table(
        {"sections": {"wire": _section(60, **stamp), "startup": _section(9, **stamp)}}
    )
    assert table[0] == "| section | seconds | load average before, after | outcome |"
    assert "| wire | 60 | 0.50, 1.00 | done |" in table and "earlier" not in "\n".join(table)
