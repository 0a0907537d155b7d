"""Incremental, deterministic regeneration: the cache, per-file writes, byte-identical output."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator import format as formatting
from generator import load, models, validation_run
from generator.load import load_spec
from generator.models import generate_models
from generator.normalize import hoist_inline_schemas
from generator.cache import Cache
from generator.diagnostics import SpecError
from generator.parse import read_document
from generator.pipeline import GenerationFailed, generate_client
from tests.generator_helpers import GOLDEN, ROOT, run_cli, snapshot, write_spec

SHOP = GOLDEN / "shop" / "openapi.yaml"


def _generate(spec: Path, out: Path, cache: Path, *extra: str) -> str:
    result = run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package",
        "shopclient",
        *extra,
        env={"OAICLIENT_GENERATOR_CACHE": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_changing_one_operation_rewrites_only_the_files_that_depend_on_it(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    shutil.copy(SHOP, spec)
    out, cache = tmp_path / "out", tmp_path / "cache"
    _generate(spec, out, cache)
    before = snapshot(out)
    assert "already up to date" in _generate(spec, out, cache)
    assert snapshot(out) == before
    spec.write_text(spec.read_text().replace("summary: Create an item.", "summary: Make an item."))
    _generate(spec, out, cache)
    after = snapshot(out)
    changed = sorted(path for path in after if after[path] != before.get(path))
    # The resource module and the API reference, which shows the summary.
    assert changed == ["API.md", "shopclient/resources/items.py"]
    assert "Make an item." in (out / changed[1]).read_text()


def test_the_cache_changes_speed_only(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cold = generate_client(SHOP, "shopclient").files
    warm_first = generate_client(SHOP, "shopclient", Cache(cache_dir)).files
    warm_second = generate_client(SHOP, "shopclient", Cache(cache_dir)).files
    assert cold == warm_first == warm_second
    # A damaged cache is a missing cache: entries cut short or edited are not trusted.
    for number, entry in enumerate(p for p in sorted(cache_dir.rglob("*")) if p.is_file()):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if number % 2 else data + b"x")
    assert generate_client(SHOP, "shopclient", Cache(cache_dir)).files == cold
    shutil.rmtree(cache_dir)
    assert generate_client(SHOP, "shopclient", Cache(cache_dir)).files == cold


def test_output_is_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"out-{seed}"
        result = run_cli(
            "generate",
            "--spec",
            SHOP,
            "--out",
            out,
            "--package",
            "shopclient",
            "--no-cache",
            env={"PYTHONHASHSEED": seed},
        )
        assert result.returncode == 0, result.stderr
        trees.append({path: data for path, (data, _) in snapshot(out).items()})
    assert trees[0] == trees[1] == trees[2]


def test_formatting_in_parallel_gives_what_black_gives_file_by_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker processes change the speed only: every file, in order, as black formats it
    alone; a file that does not parse is still named in the error."""
    sources = {
        f"pkg/m{i}.py": f"x = {{  'a':{i},\n 'b' :[1,2,\n3]}}\ndef f( a ,b ):\n  return a+b*{i}\n"
        for i in range(5)
    }
    sources["pkg/notes.md"] = "left  as   it is"
    monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARS", 0)
    parallel = formatting.format_files(sources, skip=set())
    assert list(parallel) == list(sources)
    assert parallel == {
        path: text if not path.endswith(".py") else formatting.format_source(path, text)
        for path, text in sources.items()
    }
    with pytest.raises(SpecError) as failed:
        formatting.format_files({**sources, "pkg/broken.py": "def (:\n"}, skip=set())
    assert "generated pkg/broken.py does not parse" in failed.value.diagnostics[0].message


def test_the_two_model_runs_give_the_same_modules_in_one_process_or_two(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a large document the params run goes to a forked worker; the result is the same."""
    document = load_spec(SHOP).document
    serial = generate_models(hoist_inline_schemas(document), "shopclient")
    monkeypatch.setattr(models, "PARALLEL_MIN_SCHEMAS", 0)
    parallel = generate_models(hoist_inline_schemas(document), "shopclient")
    assert (parallel.models, parallel.params, parallel.warnings) == (
        serial.models,
        serial.params,
        serial.warnings,
    )
    assert "class Panel(BaseModel)" in parallel.models and "CreateItem = TypedDict(" in parallel.params
    # The params run is given the schemas the requests reach; Panel is in answers only.
    assert "class Panel(" not in parallel.params


def test_a_description_edit_reuses_the_validation_and_a_type_edit_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec" / "openapi.yaml"
    shutil.copytree(SHOP.parent, spec.parent)
    cache = Cache(tmp_path / "cache")
    generate_client(spec, "shopclient", cache)
    calls: list[int] = []
    real = validation_run.validate_document
    monkeypatch.setattr(validation_run, "validate_document", lambda doc: calls.append(1) or real(doc))
    text = spec.read_text()
    assert "Makes a new item." in text
    spec.write_text(text.replace("Makes a new item.", "Edited, makes a new item.", 1))
    edited = generate_client(spec, "shopclient", cache)
    assert calls == [] and any("Edited, makes" in source for source in edited.files.values())
    spec.write_text(text.replace("{type: boolean}", "{type: integer}", 1))
    assert "{type: boolean}" in text
    generate_client(spec, "shopclient", cache)
    assert calls == [1]


TWO_FILES = {
    "openapi.yaml": """\
        openapi: 3.1.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            $ref: 'pets.yaml#/paths/~1pets'
        """,
    "pets.yaml": """\
        paths:
          /pets:
            get: {operationId: getPet, responses: {"200": {description: one, content: {application/json: {schema: {$ref: '#/schemas/Pet'}}}}}}
            post: {operationId: getPet, responses: {"204": {description: none}}}
        schemas:
          Pet:
            type: object
            properties:
              name: {type: string}
        """,
}


def test_unchanged_spec_files_are_hashed_not_parsed_and_any_edit_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "spec", TWO_FILES)
    cache = Cache(tmp_path / "cache")
    first = generate_client(spec, "petclient", cache, lenient=True)
    real_read = load.read_document
    parsed: list[str] = []
    monkeypatch.setattr(
        load, "read_document", lambda path, *rest: parsed.append(path.name) or real_read(path, *rest)
    )

    again = generate_client(spec, "petclient", cache, lenient=True)
    assert parsed == [] and again.files == first.files
    # Warnings from the stored result still point into the file that holds the operation.
    shown = [w.format(again.locator) for w in again.warnings]
    assert shown == [w.format(first.locator) for w in first.warnings]
    assert re.match(r"\S*pets\.yaml:4:5: warning: client method 'pets\.get_pet' is already used", shown[1])

    assert parsed == []  # their places were stored with them

    # An edit in the file the root only refers to is seen.
    area = spec.parent / "pets.yaml"
    area.write_text(
        area.read_text().replace("name: {type: string}", "name: {type: string}\n      tag: {type: string}")
    )
    edited = generate_client(spec, "petclient", cache, lenient=True)
    assert sorted(parsed) == ["openapi.yaml", "pets.yaml"]
    assert any("tag: str | None" in source for source in edited.files.values())
    # Back to the first bytes: parsed once (the entry for unparsed runs holds the last
    # bytes seen), then the first result again, from the cache.
    area.write_text(textwrap.dedent(TWO_FILES["pets.yaml"]))
    parsed.clear()
    assert generate_client(spec, "petclient", cache, lenient=True).files == first.files
    assert sorted(parsed) == ["openapi.yaml", "pets.yaml"]
    parsed.clear()
    assert generate_client(spec, "petclient", cache, lenient=True).files == first.files and parsed == []
    # A file that went away is a located error, never the stored result.
    area.unlink()
    with pytest.raises(GenerationFailed) as failure:
        generate_client(spec, "petclient", cache, lenient=True)
    assert "pets.yaml does not exist" in failure.value.diagnostics[0].message


def test_the_fingerprint_reads_the_versions_importlib_metadata_reads() -> None:
    from importlib import metadata

    versions = cache_module._installed_versions(cache_module._LIBRARIES)
    assert versions == {library: metadata.version(library) for library in cache_module._LIBRARIES}
    assert cache_module._installed_versions(("no-such-library-anywhere",)) == {}


def test_an_unchanged_run_loads_no_yaml_parser_validator_model_generator_or_formatter(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    _generate(SHOP, out, cache)
    heavy = ("yaml", "jinja2", "black", "datamodel_code_generator", "openapi_spec_validator", "pydantic")
    loaded, stderr = _modules_loaded_by_generate(SHOP, out, cache, heavy)
    assert "already up to date" in stderr and loaded == []


def _modules_loaded_by_generate(
    spec: Path, out: Path, cache: Path, wanted: tuple[str, ...]
) -> tuple[list[str], str]:
    """Which of `wanted` (top-level module names) a `generate` run in a fresh process
    loads, and what it printed to stderr."""
    # What `python -m generator` runs, short of its leaving without teardown (then
    # nothing could be printed after it).
    script = (
        "import sys\n"
        "from generator.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "assert code == 0, code\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(wanted)!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "generate", "--spec", spec, "--out", out, "--package", "shopclient"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "OAICLIENT_GENERATOR_CACHE": str(cache)},
    )
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip()), result.stderr


def test_a_summary_edit_loads_no_validator_model_generator_or_process_pool(tmp_path: Path) -> None:
    """The most common edit reuses the cached validation and models, and formats one
    resource module's changed pieces in the process forked to import black meanwhile
    (see generator/black_ahead.py), so this one loads none of them."""
    spec, out, cache = tmp_path / "openapi.yaml", tmp_path / "out", tmp_path / "cache"
    shutil.copy(SHOP, spec)
    _generate(spec, out, cache)
    spec.write_text(spec.read_text().replace("summary: Create an item.", "summary: Make an item."))
    wanted = ("datamodel_code_generator", "openapi_spec_validator", "multiprocessing", "concurrent", "black")
    assert _modules_loaded_by_generate(spec, out, cache, wanted)[0] == []
    assert "Make an item." in (out / "shopclient" / "resources" / "items.py").read_text()


def test_a_parsed_file_comes_back_from_the_cache_with_the_same_values_and_types(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    plain = tmp_path / "plain.yaml"
    plain.write_text('a: {200: [1, 2.5, true, null, !!binary aGk=]}\n"b": !!set {x}\n')
    dated = tmp_path / "dated.yaml"
    dated.write_text("when: 2024-01-02\n")
    first = [read_document(path, cache) for path in (plain, dated)]
    second = [read_document(path, cache) for path in (plain, dated)]
    assert first == second and first[0][0] == {"a": {200: [1, 2.5, True, None, b"hi"]}, "b": {"x"}}
    assert type(second[0][0]["a"][200][1]) is float
    # marshal holds no dates: that file is parsed each time, and only the other is stored.
    assert len([p for p in (tmp_path / "cache" / "parsed").rglob("*") if p.is_file()]) == 1


# Edits of every kind the cached steps tell apart, applied one after another.
_EDITS = [
    # Two properties swapped: the same content in another order, and other models.
    (
        '        name: {type: string, description: "The name.\\nSecond line with \\"\\"\\" triple quotes."}\n'
        "        from: {type: string, description: Another keyword.}\n",
        "        from: {type: string, description: Another keyword.}\n"
        '        name: {type: string, description: "The name.\\nSecond line with \\"\\"\\" triple quotes."}\n',
    ),
    ("summary: Create an item.", "summary: Make an item."),
    (
        "        stream: {type: boolean}\n",
        "        stream: {type: boolean}\n        added: {type: integer}\n",
    ),
    ("        kind: {$ref: '#/components/schemas/Kind'}\n", ""),
    (
        "        - name: in_stock\n",
        "        - name: on_sale\n          in: query\n          schema: {type: boolean}\n        - name: in_stock\n",
    ),
    ("summary: List items.", "summary: List items.\n      deprecated: true"),
    (
        "        note: {type: [string, 'null']}\n",
        "        note: {type: object, properties: {text: {type: string}}}\n",
    ),
]


def test_a_warm_cache_after_each_edit_gives_what_a_cold_run_gives(tmp_path: Path) -> None:
    """Each cached step (validation, models, rendering, formatting piece by piece) is
    keyed by what it reads: after every edit, the warm run equals a run with no cache."""
    spec = tmp_path / "openapi.yaml"
    shutil.copy(SHOP, spec)
    cache = Cache(tmp_path / "cache")
    before = generate_client(spec, "shopclient", cache).files
    for old, new in _EDITS:
        text = spec.read_text()
        assert old in text
        spec.write_text(text.replace(old, new, 1))
        warm = generate_client(spec, "shopclient", cache)
        cold = generate_client(spec, "shopclient")
        assert warm.files == cold.files, f"after replacing {old!r}"
        assert warm.warnings == cold.warnings
        assert warm.files != before, f"replacing {old!r} changed nothing: not an edit this test can use"
        before = warm.files


def test_a_run_about_to_exit_leaves_the_collector_as_it_set_it(tmp_path: Path) -> None:
    # `python -m generator` ends right after the run: setting the collector back would only
    # start collections over everything the run made.
    import gc

    threshold = gc.get_threshold()
    try:
        generate_client(GOLDEN / "shop" / "openapi.yaml", "shopclient", Cache(tmp_path), exiting=True)
        assert gc.get_threshold()[0] == 50_000 and gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_the_command_line_runs_no_collection_for_an_edit(tmp_path: Path) -> None:
    # A regeneration after a field is added to our spec: everything alive is frozen after
    # loading and after hoisting, so the collector never walks the run's objects.
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    cache, out = tmp_path / "cache", tmp_path / "out"
    script = textwrap.dedent(f"""
        import gc, os, runpy, sys
        sys.path.insert(0, {str(ROOT)!r})
        main, seen = os.getpid(), []
        gc.callbacks.append(lambda phase, info: seen.append(info["generation"]) if phase == "start" and os.getpid() == main else None)
        leave = os._exit
        def report(code):
            if os.getpid() == main:  # forked children leave this way too
                print("collections", len(seen), flush=True)
            leave(code)
        os._exit = report
        sys.argv = ["generator", "generate", "--spec", {str(spec / "openapi.yaml")!r}, "--out", {str(out)!r}]
        runpy.run_module("generator", run_name="__main__")
        """)
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "OAICLIENT_GENERATOR_CACHE": str(cache)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    embeddings = spec / "embeddings.yaml"
    text = embeddings.read_text("utf-8")
    at = text.index("    properties:\n", text.index("  CreateEmbeddingRequest:\n")) + len("    properties:\n")
    embeddings.write_text(
        text[:at] + "      gc_probe: {type: string, description: A probe.}\n" + text[at:], "utf-8"
    )
    edited = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert edited.returncode == 0, edited.stderr
    assert "gc_probe" in (out / "oaiclient" / "resources" / "embeddings.py").read_text("utf-8")
    assert edited.stdout.split() == ["collections", "0"], edited.stdout


@pytest.mark.parametrize("caller_froze", [False, True])
def test_a_run_leaves_the_garbage_collector_as_it_found_it(
    caller_froze: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    seen: list[tuple[int, int]] = []
    format_files = formatting.format_files

    def watched(*args: object, **kwargs: object) -> dict[str, str]:
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))
        return format_files(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(formatting, "format_files", watched)
    threshold = gc.get_threshold()
    if caller_froze:
        gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        generate_client(GOLDEN / "shop" / "openapi.yaml", "shopclient", Cache(tmp_path))
        assert len(seen) == 1
        during, raised = seen[0]
        assert raised > threshold[0]  # fewer collections meanwhile
        assert gc.get_threshold() == threshold
        # The loaded document frozen out of collections, unless the caller froze objects
        # itself: then nothing of ours is frozen, and its freeze is left as it was (the
        # count can only fall, as frozen objects nobody refers to any more are freed).
        if caller_froze:
            assert 0 < during <= frozen and 0 < gc.get_freeze_count() <= frozen
        else:
            assert frozen == 0 and during > 1000 and gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
