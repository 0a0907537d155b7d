"""Small jobs the generation benchmark runs in fresh processes, each printing one JSON line.

    python -m benchmarks.genprobe floor FILE...        parse with pyyaml's C loader: the floor
    python -m benchmarks.genprobe phases SPEC          time load / references / validation
    python -m benchmarks.genprobe unformatted SPEC DIR write the generated files as rendered, before black
    python -m benchmarks.genprobe black DIR            black.format_str over DIR/**.py, one by one
    python -m benchmarks.genprobe profile SPEC OUT [--lenient]
                                                       one cold generation in memory under
                                                       pyinstrument: the call tree into OUT,
                                                       time by package as JSON (needs pyinstrument)

`phases` and `unformatted` reach into the generator's modules, which other work may
reshape: when a step cannot be found they say so in their output instead of failing the
whole run (the command-line measurements never depend on them).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml


def floor(files: list[str]) -> dict[str, Any]:
    started = time.perf_counter()
    for name in files:
        yaml.load(Path(name).read_bytes(), Loader=yaml.CSafeLoader)
    return {"seconds": time.perf_counter() - started}


def phases(spec: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    try:
        from generator.load import load_spec
        from generator.validate import check_references, validate_document
    except ImportError as exc:
        return {"unavailable": f"generator modules moved: {exc}"}
    started = time.perf_counter()
    loaded = load_spec(Path(spec))
    result["load_s"] = time.perf_counter() - started
    started = time.perf_counter()
    reference_errors = check_references(loaded.document)
    result["references_s"] = time.perf_counter() - started
    started = time.perf_counter()
    errors = validate_document(loaded.document)
    result["validate_s"] = time.perf_counter() - started
    result["reference_errors"] = len(reference_errors)
    result["validation_errors"] = len(errors)
    if errors:
        # What the command line does next: turn pointers into FILE:LINE:COL.
        started = time.perf_counter()
        lines = [d.format(loaded.source_map) for d in errors]
        result["locate_errors_s"] = time.perf_counter() - started
        result["first_error"] = lines[0]
    return result


def unformatted(spec: str, out: str) -> dict[str, Any]:
    """The client's files as the templates render them, black left out."""
    try:
        from generator import format as formatting
        from generator import pipeline

        formatting.format_files = lambda files, *args, **kwargs: dict(files)  # type: ignore[assignment]
        files = pipeline.generate_client(Path(spec)).files
    except Exception as exc:  # noqa: BLE001 - reported, the caller falls back
        return {"unavailable": f"{type(exc).__name__}: {exc}"}
    try:  # the runtime is copied verbatim: the generator never formats it
        from generator.render import runtime_files

        skip = set(runtime_files("oaiclient"))
    except Exception:  # noqa: BLE001
        skip = set()
    count = 0
    for relative, text in files.items():
        if relative.endswith(".py") and relative not in skip:
            target = Path(out, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
            count += 1
    return {"files": count}


def black_serial(folder: str) -> dict[str, Any]:
    import black

    mode = black.Mode(line_length=110, target_versions={black.TargetVersion.PY311})
    started = time.perf_counter()
    for path in sorted(Path(folder).rglob("*.py")):
        path.write_text(black.format_str(path.read_text("utf-8"), mode=mode), "utf-8")
    return {"seconds": time.perf_counter() - started}


def profile(spec: str, out: str, lenient: bool) -> dict[str, Any]:
    from pyinstrument import Profiler

    from benchmarks.profiles import GENERATOR_AREAS, digest_tree
    from generator import pipeline

    profiler = Profiler(interval=0.001)
    profiler.start()
    outcome = "generated"
    try:
        if lenient:
            pipeline.generate_client(Path(spec), lenient=True)
        else:
            pipeline.generate_client(Path(spec))
    except pipeline.GenerationFailed as failure:
        outcome = f"failed: {failure}"
    profiler.stop()
    Path(out).write_text(profiler.output_text(unicode=True), "utf-8")
    digest = digest_tree(profiler.last_session.root_frame(), 1, areas=GENERATOR_AREAS)
    by_area = [[name, round(us / 1e6, 3), round(share, 3)] for name, us, share in digest["by_area"]]
    return {"outcome": outcome, "seconds": digest["us_per_call"] / 1e6, "seconds_by_area": by_area}


def main(argv: list[str]) -> int:
    command, args = argv[0], argv[1:]
    if command == "floor":
        result = floor(args)
    elif command == "phases":
        result = phases(args[0])
    elif command == "unformatted":
        result = unformatted(args[0], args[1])
    elif command == "black":
        result = black_serial(args[0])
    elif command == "profile":
        result = profile(args[0], args[1], "--lenient" in args[2:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
