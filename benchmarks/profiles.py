"""Where our client spends its time: pyinstrument over chat calls and streams, -X importtime
over `import oaiclient`.

    python -m benchmarks.profiles --json OUT --dir PROFILES [--quick]

Writes each profile as text (the call tree, open it to dig in) into PROFILES, and a digest
into OUT that the report turns into tables: for each profile, time by area (our code,
httpx, httpcore, h11, pydantic, the socket...), and the functions that take the most time
including what they call (each counted once per call path, so recursion is not counted twice).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import sysconfig
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks import canned
from benchmarks.server import ROOT, SOURCE, ServerProcess
from benchmarks.wire import API_KEY, STREAM_REQUEST, bench_env

STDLIB = sysconfig.get_paths()["stdlib"]
AREAS = [
    ("oaiclient", re.compile(r"/generated/oaiclient/|/site-packages/oaiclient/")),
    ("benchmark loop", re.compile(r"/benchmarks/")),
    ("httpx", re.compile(r"/site-packages/httpx/")),
    ("httpcore", re.compile(r"/site-packages/httpcore/")),
    ("h11", re.compile(r"/site-packages/h11/")),
    ("pydantic", re.compile(r"/site-packages/pydantic(_core)?/")),
    ("anyio / sniffio", re.compile(r"/site-packages/(anyio|sniffio)/")),
    ("ssl / certifi", re.compile(r"/site-packages/certifi/|/ssl\.py$")),
    ("socket.py / selectors.py", re.compile(r"/(socket|selectors)\.py$")),
    ("asyncio", re.compile(r"/asyncio/")),
    ("json", re.compile(r"/json/")),
    ("logging", re.compile(r"/logging/")),
    ("threading", re.compile(r"/threading\.py$")),
]


# The same for the generator (`python -m benchmarks.genprobe profile`).
GENERATOR_AREAS = [
    ("black", re.compile(r"/site-packages/(black|blib2to3|pytokens)/")),
    ("datamodel-code-generator", re.compile(r"/site-packages/datamodel_code_generator/")),
    ("isort", re.compile(r"/site-packages/isort/")),
    (
        "openapi-spec-validator, jsonschema",
        re.compile(
            r"/site-packages/(openapi_spec_validator|openapi_schema_validator|jsonschema|jsonschema_path"
            r"|jsonschema_specifications|referencing|rpds|pathable|lazy_object_proxy)/"
        ),
    ),
    ("pydantic", re.compile(r"/site-packages/pydantic(_core)?/")),
    ("yaml", re.compile(r"/site-packages/(yaml|_yaml)/")),
    ("jinja2", re.compile(r"/site-packages/(jinja2|markupsafe)/")),
    # black is compiled (mypyc): its functions make no Python frames, so its time shows up
    # as the self time of the generator function that called it.
    ("black (compiled; seen as generator/format.py)", re.compile(r"/generator/format\.py$")),
    # So is jsonschema-rs, the validation's first look (a Rust extension).
    (
        "jsonschema-rs (compiled; seen as generator/validation_screen.py)",
        re.compile(r"/generator/validation_screen\.py$"),
    ),
    ("generator (ours)", re.compile(r"/generator/[a-z_]+\.py$")),
    ("json, hashlib", re.compile(r"/(json/|hashlib\.py$)")),
    ("ast, tokenize", re.compile(r"/(ast|tokenize)\.py$")),
]


def area_of(path: str | None, areas: list[tuple[str, re.Pattern[str]]] | None = None) -> str:
    if not path:
        return "other"
    for name, pattern in areas or AREAS:
        if pattern.search(path):
            return name
    if path.startswith(STDLIB) and "site-packages" not in path:
        return "stdlib, other"
    return "other"


SOCKET_CALLS = ("socket.", "_socket.", "select.", "epoll.", "SSLSocket.", "_ssl.")


def digest_tree(
    root: Any, calls: int, top: int = 15, areas: list[tuple[str, re.Pattern[str]]] | None = None
) -> dict[str, Any]:
    """Per-call microseconds by area (self time), the top functions by inclusive time, and
    the calls our code makes into other code ("oaiclient function -> callee"), by inclusive time.

    Built-in functions count for the area of the Python code that called them, except
    socket and selector calls (sending, receiving, waiting), which are an area of their own."""
    by_area: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)
    edges: dict[str, float] = defaultdict(float)
    own_self: dict[str, float] = defaultdict(float)

    def visit(frame: Any, on_path: frozenset[str], parent_area: str, parent_name: str) -> None:
        if frame.is_synthetic:
            by_area[parent_area] += frame.time
            if parent_area == "oaiclient":
                own_self[parent_name] += frame.time
            return
        path = frame.file_path or ""
        if path.startswith("<"):  # <built-in>: C code
            area = "socket / select (C calls)" if frame.function.startswith(SOCKET_CALLS) else parent_area
        else:
            area = area_of(path, areas)
        name = f"{frame.class_name + '.' if frame.class_name else ''}{frame.function}"
        key = f"{frame.function} ({_short(frame.file_path)}:{frame.line_no})"
        fresh = key not in on_path
        if fresh:
            inclusive[key] += frame.time
            if parent_area == "oaiclient" and area != "oaiclient":
                edges[f"{parent_name} -> {name} ({_short(frame.file_path)})"] += frame.time
        for child in frame.children:
            visit(child, on_path | {key}, area, name)

    visit(root, frozenset(), "other", "")
    total = root.time
    per_call = 1e6 / calls

    def rows(table: dict[str, float]) -> list[list[Any]]:
        ordered = sorted(table.items(), key=lambda item: -item[1])[:top]
        return [[name, seconds * per_call, seconds / total if total else 0.0] for name, seconds in ordered]

    return {
        "calls": calls,
        "us_per_call": total * per_call,
        "by_area": rows(by_area),
        "inclusive": rows(inclusive),
        "calls_out": rows(edges),
        "own_self": rows(own_self),
    }


def _short(path: str | None) -> str:
    if not path:
        return "?"
    for marker in ("/site-packages/", "/generated/", str(SOURCE) + "/", str(ROOT) + "/"):
        if marker in path:
            return path.split(marker, 1)[1]
    if path.startswith(STDLIB):
        return path[len(STDLIB) + 1 :]
    return path


def profile(name: str, operation: Any, calls: int, out_dir: Path, *, run_all: Any = None) -> dict[str, Any]:
    """Sample `calls` runs of `operation` (or one `run_all()` that makes `calls` calls)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0002)
    profiler.start()
    if run_all is not None:
        run_all()
    else:
        for _ in range(calls):
            operation()
    profiler.stop()
    (out_dir / f"{name}.txt").write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
    session = profiler.last_session
    digest = digest_tree(session.root_frame(), calls)
    # Below 1: the process waited (for the server, or for a core other processes held).
    digest["cpu_share"] = session.cpu_time / session.duration if session.duration else 0.0
    return digest


def import_profile(out_dir: Path) -> dict[str, Any]:
    """`python -X importtime -c "import oaiclient"`: self time by package, the slowest modules."""
    env = bench_env()
    env["PYTHONPATH"] = str(SOURCE / "generated")
    subprocess.run([sys.executable, "-c", "import oaiclient"], env=env, check=True)  # bytecode written
    runs = []
    for _ in range(3):
        err = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import oaiclient"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        runs.append(err)
    # The median run by total: the cumulative time of the `oaiclient` line.
    parsed = sorted((_parse_importtime(text) for text in runs), key=lambda rows: _total(rows))
    rows = parsed[len(parsed) // 2]
    (out_dir / "import.txt").write_text(runs[0], "utf-8")
    total = _total(rows)
    by_package: dict[str, float] = defaultdict(float)
    for module, self_us, _ in rows:
        top = module.split(".")[0]
        if module.startswith("oaiclient."):
            top = ".".join(module.split(".")[:2])
        by_package[top] += self_us
    packages = sorted(by_package.items(), key=lambda item: -item[1])[:12]
    modules = sorted(rows, key=lambda row: -row[1])[:12]
    return {
        "total_ms": total / 1000,
        "by_package": [[name, us / 1000, us / total] for name, us in packages],
        "modules": [[name, self_us / 1000, cumulative / 1000] for name, self_us, cumulative in modules],
    }


def _parse_importtime(text: str) -> list[tuple[str, float, float]]:
    rows = []
    for line in text.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((match.group(4), float(match.group(1)), float(match.group(2))))
    return rows


def _total(rows: list[tuple[str, float, float]]) -> float:
    return next((cumulative for name, _, cumulative in rows if name == "oaiclient"), sum(r[1] for r in rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.clear()
    os.environ.update(bench_env())
    out_dir = Path(args.dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    import oaiclient

    results: dict[str, Any] = {}
    with ServerProcess() as server:
        client = oaiclient.OpenAI(api_key=API_KEY, base_url=server.base_url)
        for _ in range(30):
            client.chat.completions.create(**canned.CHAT_REQUEST)
        results["chat"] = profile(
            "chat",
            lambda: client.chat.completions.create(**canned.CHAT_REQUEST),
            100 if args.quick else 1000,
            out_dir,
        )

        def stream() -> None:
            for _ in client.chat.completions.create(**STREAM_REQUEST):
                pass

        stream()
        results["stream"] = profile("stream", stream, 3 if args.quick else 20, out_dir)
        results["stream"]["chunks_per_stream"] = server.sizes.stream_chunks + 2

        def embeddings() -> None:
            client.embeddings.create(input=canned.EMBEDDING_INPUTS, model="text-embedding-3-small")

        embeddings()
        results["embeddings_base64"] = profile(
            "embeddings_base64", embeddings, 10 if args.quick else 60, out_dir
        )
        client.close()

        async_client = oaiclient.AsyncOpenAI(api_key=API_KEY, base_url=server.base_url)

        async def concurrent(calls: int) -> None:
            async def worker(count: int) -> None:
                for _ in range(count):
                    await async_client.chat.completions.create(**canned.CHAT_REQUEST)

            await asyncio.gather(*(worker(calls // 10) for _ in range(10)))

        loop = asyncio.new_event_loop()
        loop.run_until_complete(concurrent(100))
        calls = 100 if args.quick else 1000
        results["async_c10"] = profile(
            "async_c10", None, calls, out_dir, run_all=lambda: loop.run_until_complete(concurrent(calls))
        )
        loop.run_until_complete(async_client.close())
        loop.close()
    results["import"] = import_profile(out_dir)
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump(results, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
