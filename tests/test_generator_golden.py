"""Golden trees: generate from small specs and compare every file.

After an intended change to the output, rebuild them with
`UPDATE_GOLDEN=1 python3 dev.py test tests/test_generator_golden.py` and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import DEFAULT_OUT, DEFAULT_PACKAGE, generate_client
from generator.render import RUNTIME, runtime_files
from generator.write import diff_tree, write_tree
from tests.generator_helpers import GOLDEN, ROOT

CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "openapi.yaml").is_file())


def _package(case: str) -> str:
    return f"{case}client"


@pytest.mark.parametrize("case", CASES)
def test_output_matches_the_golden_tree(case: str) -> None:
    package = _package(case)
    generated = generate_client(GOLDEN / case / "openapi.yaml", package)
    # The runtime is copied verbatim and checked on its own below.
    files = {k: v for k, v in generated.files.items() if k not in runtime_files(package)}
    expected = GOLDEN / case / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        write_tree(expected, files)
    chunks = diff_tree(expected, files)
    assert not chunks, "golden tree differs:\n" + "".join(chunks)


@pytest.mark.parametrize("case", CASES)
def test_generation_is_deterministic(case: str) -> None:
    first = generate_client(GOLDEN / case / "openapi.yaml", _package(case)).files
    second = generate_client(GOLDEN / case / "openapi.yaml", _package(case)).files
    assert first == second


def test_runtime_is_copied_verbatim() -> None:
    generated = generate_client(GOLDEN / "shop" / "openapi.yaml", "shopclient")
    for path in sorted(RUNTIME.iterdir()):
        if path.suffix == ".py" or path.name == "py.typed":
            assert generated.files[f"shopclient/{path.name}"] == path.read_text("utf-8"), path.name


def test_generated_packages_pass_mypy_strict(tmp_path: Path) -> None:
    """The project's client, every golden client and a typed usage file, in one mypy run."""
    packages = ["-p", DEFAULT_PACKAGE, "-m", "usage"]
    paths = [str(DEFAULT_OUT), str(ROOT / "tests" / "typing")]
    for case in CASES:
        out = tmp_path / case
        write_tree(out, generate_client(GOLDEN / case / "openapi.yaml", _package(case)).files)
        packages += ["-p", _package(case)]
        paths.append(str(out))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": os.pathsep.join(paths)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
