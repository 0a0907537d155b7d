"""Generate a client for a document (lenient validation), keep its IR, import it, type-check it.

The sweep needs the intermediate representation the client was rendered from
(which method stands for which operation, which argument for which field), so
the pipeline runs in this process with its `build_ir` step wrapped to keep the
result. The whole-result cache entry is never read, so that step always runs;
the expensive steps it caches (validation, models, formatting) still hit.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import generator.ir_build as ir_build
import generator.pipeline as pipeline
from generator.cache import Cache
from generator.diagnostics import Diagnostic
from generator.write import write_tree

REPO = Path(__file__).resolve().parents[2]


class _EveryStepButTheResult(Cache):
    """The generator's cache, except that a whole generated client is never served from it."""

    def get(self, kind: str, key: str) -> str | None:
        return None if kind == "client" else super().get(kind, key)


@dataclass
class GeneratedClient:
    package: str
    out: Path  # the directory holding the package
    api: Any  # the generator's `ir.Api`
    warnings: list[Diagnostic]
    errors: list[str] = field(default_factory=list)  # why generation failed, when it did

    @property
    def operations(self) -> list[Any]:
        return list(self.api.operations) if self.api is not None else []

    def warned_about(self, pointer: str) -> list[Diagnostic]:
        """The warnings about an operation (its pointer or anything below it)."""
        return [w for w in self.warnings if w.pointer == pointer or w.pointer.startswith(pointer + "/")]


def generate(spec: Path, package: str, out: Path, cache_dir: Path | None) -> GeneratedClient:
    """Generate and write the client; a failed generation is returned with its errors."""
    kept: list[Any] = []
    original = getattr(ir_build, "build_ir")

    def keeping_build_ir(*args: Any, **kwargs: Any) -> Any:
        api, warnings = original(*args, **kwargs)
        kept.append(api)
        return api, warnings

    setattr(ir_build, "build_ir", keeping_build_ir)
    try:
        generated = pipeline.generate_client(spec, package, _EveryStepButTheResult(cache_dir), lenient=True)
    except pipeline.GenerationFailed as failure:
        messages = [d.format(failure.locator) for d in failure.diagnostics]
        return GeneratedClient(package, out, None, [], errors=messages)
    finally:
        setattr(ir_build, "build_ir", original)
    write_tree(out, generated.files)
    return GeneratedClient(package, out, kept[-1] if kept else None, list(generated.warnings))


@contextmanager
def imported(client: GeneratedClient) -> Iterator[ModuleType]:
    """The generated package, importable for the duration (and forgotten afterwards)."""
    sys.path.insert(0, str(client.out))
    try:
        yield importlib.import_module(client.package)
    finally:
        sys.path.remove(str(client.out))
        for name in [n for n in sys.modules if n == client.package or n.startswith(client.package + ".")]:
            del sys.modules[name]


def mypy_errors(client: GeneratedClient) -> int | None:
    """How many errors `mypy --strict` finds in the package; None if mypy could not run."""
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--cache-dir", "/dev/null", "-p", client.package],
        cwd=client.out,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "MYPYPATH": str(client.out)},
    )
    summary = result.stdout.strip().splitlines()[-1:] or [""]
    if summary[0].startswith("Success"):
        return 0
    if summary[0].startswith("Found "):
        return int(summary[0].split()[1])
    return None
