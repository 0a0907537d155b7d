"""The command line: generate, check (the drift check), exit codes, atomic writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import generator.write
from generator.pipeline import generate_client
from generator.write import write_tree
from tests.generator_helpers import GOLDEN, ROOT, run_cli, snapshot

SHOP = GOLDEN / "shop" / "openapi.yaml"


def test_the_committed_client_has_not_drifted_from_the_spec() -> None:
    """The drift check CI relies on: `check` on the project's own spec and generated/."""
    result = run_cli("check")
    assert result.returncode == 0, "generated/ differs from spec/:\n" + result.stdout + result.stderr


def test_generate_then_check_is_clean_and_regenerating_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_cli("generate", "--spec", SHOP, "--out", out, "--package", "shopclient")
    assert first.returncode == 0, first.stderr
    assert (out / "shopclient" / "py.typed").is_file()
    before = snapshot(out)
    assert run_cli("check", "--spec", SHOP, "--out", out, "--package", "shopclient").returncode == 0
    again = run_cli("generate", "--spec", SHOP, "--out", out, "--package", "shopclient")
    assert again.returncode == 0 and "already up to date" in again.stderr
    assert snapshot(out) == before


@pytest.mark.parametrize("change", ["edit", "delete", "extra"])
def test_check_reports_drift_with_a_unified_diff_and_writes_nothing(tmp_path: Path, change: str) -> None:
    out = tmp_path / "out"
    assert run_cli("generate", "--spec", SHOP, "--out", out, "--package", "shopclient").returncode == 0
    client = out / "shopclient" / "_client.py"
    if change == "edit":
        client.write_text(client.read_text() + "# local edit\n")
        expected = ["--- a/shopclient/_client.py", "+++ b/shopclient/_client.py", "-# local edit"]
    elif change == "delete":
        client.unlink()
        expected = ["--- /dev/null", "+++ b/shopclient/_client.py"]
    else:
        (out / "shopclient" / "stray.py").write_text("x = 1\n")
        expected = ["--- a/shopclient/stray.py", "+++ /dev/null", "-x = 1"]
    before = snapshot(out)
    result = run_cli("check", "--spec", SHOP, "--out", out, "--package", "shopclient")
    assert result.returncode == 1
    for line in expected:
        assert line in result.stdout.splitlines(), result.stdout
    assert "1 file(s) differ" in result.stderr
    assert snapshot(out) == before


def test_a_long_report_arrives_whole_through_a_pipe(tmp_path: Path) -> None:
    # The command leaves without tearing the interpreter down: what it printed must be
    # flushed first, all of it (here far more than a pipe holds).
    result = run_cli("check", "--spec", SHOP, "--out", tmp_path / "empty", "--package", "shopclient")
    generated = run_cli("generate", "--spec", SHOP, "--out", tmp_path / "out", "--package", "shopclient")
    assert generated.returncode == 0
    files = snapshot(tmp_path / "out")
    assert result.returncode == 1 and len(result.stdout) > 65_536
    added = {line[len("+++ b/") :] for line in result.stdout.splitlines() if line.startswith("+++ b/")}
    assert added == {path for path, (data, _) in files.items() if data}  # py.typed is empty
    assert result.stderr.endswith(
        f"{len(files)} file(s) differ from the spec; run `python -m generator generate`\n"
    )


def test_a_spec_error_exits_2_with_file_line_col_and_pointer_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("generate", "--spec", SHOP, "--out", out, "--package", "shopclient").returncode == 0
    before = snapshot(out)
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        SHOP.read_text().replace(
            "$ref: '#/components/schemas/ItemEvent'", "$ref: '#/components/schemas/Nope'"
        )
    )
    line = next(i for i, text in enumerate(broken.read_text().splitlines(), 1) if "schemas/Nope" in text)
    for command in ("generate", "check"):
        result = run_cli(command, "--spec", broken, "--out", out, "--package", "shopclient")
        assert result.returncode == 2
        first = result.stderr.splitlines()[0]
        assert re.fullmatch(
            rf".*broken\.yaml:{line}:\d+: error: \$ref '#/components/schemas/Nope' points to nothing "
            r"\(at /paths/~1items/post/responses/200/content/text~1event-stream/schema\)",
            first,
        ), result.stderr
        assert "nothing written" in result.stderr
    assert snapshot(out) == before


def test_a_failed_write_leaves_the_old_tree_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    files = generate_client(SHOP, "shopclient").files
    write_tree(out, files)
    before = snapshot(out)
    written = 0
    real_write = generator.write._write_new_file

    def failing_write(path: Path, data: bytes) -> None:
        nonlocal written
        written += 1
        if written > 1:
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(generator.write, "_write_new_file", failing_write)
    changed = {
        **files,
        "shopclient/_client.py": files["shopclient/_client.py"] + "# changed\n",
        "shopclient/models/__init__.py": files["shopclient/models/__init__.py"] + "# changed\n",
        "shopclient/new/module.py": "x = 1\n",
    }
    with pytest.raises(OSError):
        generator.write.write_tree(out, changed)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "no staging directory is left behind"


def test_strict_turns_warnings_into_exit_2(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      parameters: [{name: c, in: cookie, schema: {type: string}}]\n"
        "      responses: {'200': {description: ok}}\n"
    )
    out = tmp_path / "out"
    lenient = run_cli("generate", "--spec", spec, "--out", out)
    assert lenient.returncode == 0
    assert re.search(
        r"openapi\.yaml:6:\d+: warning: cookie parameter 'c' is not supported; skipped", lenient.stderr
    )
    before = snapshot(out)
    strict = run_cli("generate", "--spec", spec, "--out", out, "--strict")
    assert strict.returncode == 2 and "with --strict; nothing written" in strict.stderr
    assert snapshot(out) == before


def test_help_lists_both_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "generate" in result.stdout and "check" in result.stdout
    assert ROOT.exists()


def test_lenient_validation_reports_errors_as_warnings_and_generates(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      type: object\n      required: [n, n]\n      properties:\n        n: {type: integer}\n"
    )
    out = tmp_path / "out"
    strict = run_cli("generate", "--spec", spec, "--out", out)
    assert strict.returncode == 2 and "has non-unique elements" in strict.stderr
    assert not out.exists()
    lenient = run_cli("generate", "--spec", spec, "--out", out, "--validation", "lenient")
    assert lenient.returncode == 0, lenient.stderr
    assert re.search(r"openapi\.yaml:8:\d+: warning: .*non-unique elements", lenient.stderr), lenient.stderr
    assert (out / "oaiclient" / "models" / "__init__.py").is_file()
    # Broken references are never lenient.
    spec.write_text(spec.read_text().replace("{type: integer}", "{$ref: '#/components/schemas/Nope'}"))
    assert run_cli("generate", "--spec", spec, "--out", out, "--validation", "lenient").returncode == 2


def test_a_partial_discriminator_mapping_is_warned_about(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {kind: {type: string}}}\n"
        "    B: {type: object, properties: {kind: {type: string}}}\n"
        "    U:\n      oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]\n"
        "      discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A'}}\n"
    )
    result = run_cli("generate", "--spec", spec, "--out", tmp_path / "out")
    assert result.returncode == 0
    assert re.search(
        r"openapi\.yaml:9:\d+: warning: 'B' is not in the discriminator mapping.* \(at /components/schemas/U/oneOf/1\)",
        result.stderr,
    ), result.stderr
    assert run_cli("generate", "--spec", spec, "--out", tmp_path / "out", "--strict").returncode == 2
