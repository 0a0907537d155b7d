"""Hostile specs, run where a failure cannot take the test run down with it.

Bombs run the command line in a child process under a memory and CPU-time
limit: a generator that expanded the aliases or recursed through the nesting
would be killed by the limit (or crash the C stack) instead of exiting 2 with a
located error. Remote references point at a socket listening on 127.0.0.1,
which must see no connection.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main
from tests.generator_helpers import ROOT, snapshot

HEAD = 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n'
# Far above what generating a small client needs (about 60 MB resident), far
# below what 10**9 expanded values or 100,000 nested frames would take.
MEMORY_LIMIT = 1024 * 1024 * 1024
CPU_SECONDS = 60


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def run_limited(
    spec: Path, out: Path, *options: str, user: int | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--no-cache",
            *options,
        ],
        cwd=spec.parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(spec.parent)},
        preexec_fn=_limited,
        user=user,
    )


def _billion_laughs() -> str:
    levels = ["  l0: &l0 [" + ", ".join(["lol"] * 10) + "]\n"]
    for level in range(1, 9):
        levels.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]\n")
    return HEAD + "x-lol:\n" + "".join(levels) + "x-all: *l8\n"


BOMBS = {
    "billion laughs": (
        "openapi.yaml",
        _billion_laughs(),
        r"openapi\.yaml:10:\d+: error: the document has more than 1000000 values once its aliases are "
        r"expanded \(an alias bomb\?\) \(at /x-lol/l5/\d\)",
    ),
    "100,000 nested YAML lists": (
        "openapi.yaml",
        HEAD + "x: " + "[" * 100_000 + "]" * 100_000 + "\n",
        r"openapi\.yaml:4:259: error: the document nests deeper than 256 levels \(at /x(/0){255}\)",
    ),
    "100,000 nested YAML mappings": (
        "openapi.yaml",
        HEAD + "x: " + "{a: " * 100_000 + "}" * 100_000 + "\n",
        r"openapi\.yaml:4:1024: error: the document nests deeper than 256 levels \(at /x(/a){255}\)",
    ),
    "100,000 nested YAML block sequences": (
        "openapi.yaml",
        HEAD + "x:\n" + "- " * 100_000 + "deep\n",
        r"openapi\.yaml:5:511: error: the document nests deeper than 256 levels \(at /x(/0){255}\)",
    ),
    "100,000 nested JSON arrays": (
        "openapi.json",
        '{"openapi": "3.1.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        r"openapi\.json:1:282: error: the document nests deeper than 256 levels \(at /x(/0){255}\)",
    ),
}


@pytest.mark.parametrize("name", BOMBS)
def test_a_bomb_fails_fast_with_a_located_error_under_a_resource_limit(name: str, tmp_path: Path) -> None:
    file_name, text, pattern = BOMBS[name]
    spec = tmp_path / file_name
    spec.write_text(text)
    out = tmp_path / "out"
    out.mkdir()
    (out / "kept.txt").write_text("kept\n")
    before = snapshot(out)
    result = run_limited(spec, out)
    assert result.returncode == 2, result.stderr[-2000:]
    assert re.fullmatch(pattern, result.stderr.splitlines()[0]), result.stderr[:2000]
    assert snapshot(out) == before


def test_the_resource_limit_leaves_room_for_an_ordinary_spec(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        HEAD.replace("paths: {}\n", "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n")
    )
    result = run_limited(spec, tmp_path / "out")
    assert result.returncode == 0, result.stderr


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A socket listening on 127.0.0.1; connecting would queue a connection on it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.setblocking(False)
        yield sock


def test_remote_references_are_never_fetched(
    listener: socket.socket,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = listener.getsockname()[1]
    refs = [
        f"http://127.0.0.1:{port}/schemas.yaml#/schemas/A",
        f"https://127.0.0.1:{port}/schemas.yaml#/schemas/A",
        f"//127.0.0.1:{port}/schemas.yaml#/schemas/A",
        f"HTTP://127.0.0.1:{port}/schemas.yaml",
    ]
    (tmp_path / "openapi.yaml").write_text(
        HEAD
        + "components:\n  schemas:\n"
        + "".join(f"    S{i}: {{$ref: '{ref}'}}\n" for i, ref in enumerate(refs))
        + "    Wrapper: {$ref: 'area.yaml#/schemas/Area'}\n"
    )
    (tmp_path / "area.yaml").write_text(
        "schemas:\n  Area:\n    type: object\n    properties:\n"
        f"      a: {{$ref: 'http://127.0.0.1:{port}/a.yaml#/A'}}\n"
    )
    monkeypatch.chdir(tmp_path)
    for mode in ("strict", "lenient"):
        code = main(
            ["generate", "--spec", "openapi.yaml", "--out", "out", "--no-cache", "--validation", mode]
        )
        lines = capsys.readouterr().err.splitlines()
        assert code == 2
        assert [line.split(": error: ")[0] for line in lines[:-1]] == [
            "openapi.yaml:6:5",
            "openapi.yaml:7:5",
            "openapi.yaml:8:5",
            "openapi.yaml:9:5",
            "area.yaml:5:7",
        ]
        assert all("is not supported: references are never fetched" in line for line in lines[:-1])
    with pytest.raises(BlockingIOError):
        listener.accept()
    assert not (tmp_path / "out").exists()


def test_an_output_directory_that_is_not_writable_is_refused() -> None:
    # Root may write anywhere; run the generator as an unprivileged user then.
    user = 65534 if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="oaiclient-readonly-"))
    try:
        folder.chmod(0o755)
        spec = folder / "openapi.yaml"
        spec.write_text(HEAD)
        out = folder / "out"
        (out / "oaiclient").mkdir(parents=True)
        (out / "oaiclient" / "__init__.py").write_text("# the previous client\n")
        for directory in (out / "oaiclient", out):
            directory.chmod(0o555)
        before = snapshot(out)
        result = run_limited(spec, out, user=user)
        assert result.returncode == 2, result.stderr
        assert result.stderr == f"{out}: error: {out} is not writable; nothing written\n"
        assert snapshot(out) == before
    finally:
        for directory in (folder / "out", folder / "out" / "oaiclient"):
            if directory.exists():
                directory.chmod(0o755)
        shutil.rmtree(folder)
