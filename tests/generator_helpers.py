"""Shared helpers for the generator's tests."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from generator.diagnostics import Diagnostic

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

MINIMAL = """\
openapi: 3.1.0
info: {title: T, version: "1"}
paths: {}
"""


def write_spec(directory: Path, files: dict[str, str]) -> Path:
    """Write spec files (dedented) into `directory`; returns the root file."""
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
    return directory / next(iter(files))


def run_cli(
    *args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The generator's command line in a fresh process, with no cache unless `env` names one."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=(
            {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd), **(env or {})}
            if env is not None
            else {
                "PYTHONPATH": str(ROOT),
                "PATH": "/usr/bin:/bin",
                "OAICLIENT_GENERATOR_CACHE": "/nonexistent/no-cache",
            }
        ),
    )


def snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `directory` with its bytes and modification time."""
    return {
        path.relative_to(directory).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


@contextmanager
def imported_client(
    directory: Path, spec: str, package: str, *, lenient: bool = False
) -> Iterator[tuple[ModuleType, list[Diagnostic]]]:
    """Generate a client from `spec` (YAML text, dedented) into `directory`, import
    it as `package`, and hand it back with the warnings; unimported afterwards."""
    from generator.pipeline import generate_client
    from generator.write import write_tree

    root = write_spec(directory / "spec", {"openapi.yaml": spec})
    generated = generate_client(root, package, lenient=lenient)
    out = directory / "out"
    write_tree(out, generated.files)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(package), generated.warnings
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]
