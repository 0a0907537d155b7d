"""Import time and memory, each sample a fresh process.

    python -m benchmarks.startup --json OUT [--quick]

- Import: `python -c "t0; import X; print(elapsed)"` for httpx, httpx + pydantic, the
  official `openai` and `oaiclient`, interleaved over many rounds (after one discarded run
  of each, so bytecode caches are written).
- Memory and cold start: `benchmarks.probe` imports a client, builds it and makes one
  chat call to the canned server; peak RSS, and in a second run the tracemalloc peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from benchmarks.server import ROOT, SOURCE, ServerProcess
from benchmarks.stats import Group, dump_groups, rotations
from benchmarks.wire import bench_env

IMPORTS = {
    "httpx": "import httpx",
    "httpx + pydantic": "import httpx, pydantic",
    "openai": "import openai",
    "oaiclient": "import oaiclient",
}
PROBES = ["httpx + json", "httpx + pydantic", "openai", "oaiclient"]


def import_seconds(statement: str, env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds the import took inside the process, its CPU seconds, wall seconds of the whole process)."""
    code = (
        "import time; c = time.process_time(); t = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - t, time.process_time() - c)"
    )
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout
    wall, cpu = (float(x) for x in out.split())
    return wall, cpu, time.perf_counter() - started


def probe(variant: str, base_url: str, trace: bool) -> dict[str, object]:
    command = [sys.executable, "-m", "benchmarks.probe", variant, base_url]
    if trace:
        command.append("--tracemalloc")
    out = subprocess.run(
        command, cwd=ROOT, env=bench_env(), capture_output=True, text=True, check=True, timeout=60
    ).stdout
    result: dict[str, object] = json.loads(out)
    if result["answer"] != "Hello! How can I help you today?":
        raise RuntimeError(f"{variant}: wrong answer {result['answer']!r}")
    return result


def run_imports(rounds: int) -> tuple[Group, Group]:
    env = bench_env()
    # Only the generated client's directory: the same sys.path length for every variant.
    env["PYTHONPATH"] = str(SOURCE / "generated")
    group = Group("import", "Import time (fresh process each)", "time", "ms", "openai")
    walls = Group("import_wall", "Whole process: interpreter start + import", "time", "ms", "openai")
    for statement in IMPORTS.values():
        import_seconds(statement, env)  # writes bytecode caches
    for number, order in enumerate(rotations(list(IMPORTS), rounds), 1):
        for name in order:
            inside, cpu, wall = import_seconds(IMPORTS[name], env)
            group.add(name, inside, cpu)
            walls.add(name, wall)
        if number % 5 == 0 or number == rounds:
            print(f"  import: round {number}/{rounds}", file=sys.stderr, flush=True)
    return group, walls


def run_memory(rounds: int, trace: bool) -> list[Group]:
    rss = Group("memory_rss", "Peak RSS after import + one chat call", "size", "MiB", "httpx + json")
    traced = Group(
        "memory_traced",
        "Peak Python allocations (tracemalloc) after import + one call",
        "size",
        "MiB",
        "httpx + json",
    )
    cold = Group("cold_start", "Cold start: import + build client + first call", "time", "ms", "httpx + json")
    first = Group(
        "first_call", "First call in a fresh process (after import and build)", "time", "ms", "httpx + json"
    )
    with ServerProcess() as server:
        for variant in PROBES:
            probe(variant, server.base_url, False)
        for number, order in enumerate(rotations(PROBES, rounds), 1):
            for name in order:
                result = probe(name, server.base_url, False)
                rss.add(name, float(result["maxrss_kib"]) / 1024)  # type: ignore[arg-type]
                cold.add(name, float(result["total_s"]))  # type: ignore[arg-type]
                first.add(name, float(result["first_call_s"]))  # type: ignore[arg-type]
                if trace:
                    traced_result = probe(name, server.base_url, True)
                    traced.add(name, float(traced_result["traced_peak_bytes"]) / 2**20)  # type: ignore[arg-type]
            print(f"  memory: round {number}/{rounds}", file=sys.stderr, flush=True)
    bare = subprocess.run(
        [sys.executable, "-c", "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rss.extra["bare_interpreter_mib"] = int(bare) / 1024
    return [rss, traced, cold, first] if trace else [rss, cold, first]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.clear()
    os.environ.update(bench_env())
    imports, walls = run_imports(2 if args.quick else 10)
    groups = [imports, walls, *run_memory(1 if args.quick else 3, trace=not args.quick)]
    dump_groups(groups, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
