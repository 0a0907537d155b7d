#!/usr/bin/env python3
"""Run the benchmark suite and write its results into BENCHMARKS.md.

    python3 benchmarks/run.py            the full run (about 10 minutes), into BENCHMARKS.md
    python3 benchmarks/run.py --quick    a smoke run (about a minute), into
                                         .cache/bench-results/quick/BENCHMARKS.md
    python3 benchmarks/run.py --only wire,startup   some sections only; the results of the others
                                                    stay, each named with the run that measured it
    python3 benchmarks/run.py --only scale          generation time and memory of the reference
                                                    spec copied 1, 2, 4 times (8 to 15 minutes;
                                                    opt-in: not part of the full run)

Needs only Python 3.11 and the package registries: it creates (or updates) its own
environments in .cache/bench-venv/ (`client`: the runtime's packages, the official
`openai`, httpx2, aiohttp, pyinstrument; `generation`: the generator's pinned packages,
openapi-python-client, ruff), from benchmarks/requirements-*.txt and pyproject.toml.
They are kept apart because the generation peers bring click, rich and pygments, which
httpx imports at start-up whenever they are installed: that would inflate every import
time measured. Each section runs in a fresh process; the report is written from their
JSON results (kept in .cache/bench-results/MODE/) by benchmarks/report.py.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VENVS = ROOT / ".cache" / "bench-venv"
RESULTS = ROOT / ".cache" / "bench-results"
SECTIONS = {
    # name: (environment, module)
    "startup": ("client", "benchmarks.startup"),
    "wire": ("client", "benchmarks.wire"),
    "profiles": ("client", "benchmarks.profiles"),
    "generation": ("generation", "benchmarks.generation"),
    "scale": ("generation", "benchmarks.scale"),
}
# Run only when asked for with --only (too long for every full run).
OPT_IN = frozenset({"scale"})
# Shown in the report, per environment.
SHOWN_PACKAGES = {
    "client": [
        "httpx",
        "httpcore",
        "h11",
        "pydantic",
        "pydantic-core",
        "anyio",
        "openai",
        "httpx2",
        "aiohttp",
        "pyinstrument",
    ],
    "generation": [
        "pyyaml",
        "openapi-spec-validator",
        "jsonschema-rs",
        "datamodel-code-generator",
        "black",
        "jinja2",
        "openapi-python-client",
        "ruff",
    ],
}


def python_of(name: str) -> Path:
    return VENVS / name / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def requirements(name: str) -> list[str]:
    """The environment's requirement lines: its pinned file, plus what the project declares."""
    lines = [
        line.strip()
        for line in (ROOT / "benchmarks" / f"requirements-{name}.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    if name == "client":
        lines += project.get("dependencies", [])
    else:
        lines += project.get("optional-dependencies", {}).get("generator", [])
    return lines


def ensure_venv(name: str) -> Path:
    wanted = requirements(name)
    stamp_text = hashlib.sha256(json.dumps([sys.version, wanted]).encode()).hexdigest()
    python = python_of(name)
    stamp = VENVS / name / ".bench-installed"
    if python.exists() and stamp.exists() and stamp.read_text() == stamp_text:
        return python
    if not python.exists():
        print(f"+ creating {python.parent.parent}", file=sys.stderr, flush=True)
        venv.create(VENVS / name, with_pip=True, clear=True)
    listing = VENVS / name / "requirements.in"
    listing.write_text("\n".join(wanted) + "\n")
    command = [
        str(python),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "-r",
        str(listing),
    ]
    print("+ " + shlex.join(command), file=sys.stderr, flush=True)
    subprocess.run(command, check=True)
    stamp.write_text(stamp_text)
    return python


def versions(python: Path, names: list[str]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {}\n"
        "for n in sys.argv[1:]:\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))"
    )
    return json.loads(
        subprocess.run([str(python), "-c", code, *names], capture_output=True, text=True, check=True).stdout
    )


def machine(source: Path) -> dict[str, str]:
    facts = {
        "cores (nproc)": str(
            len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        ),
        "python": platform.python_version() + f" ({platform.python_implementation()})",
        "system": platform.platform(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                facts["processor"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                facts["memory"] = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    facts["commit (from .git/HEAD)"] = head_commit()
    facts["source digest (generator, templates, runtime, spec, generated)"] = source_digest(source)
    return facts


def head_commit() -> str:
    """The checked-out commit, read from the files (the working tree may differ from it)."""
    try:
        head = (ROOT / ".git" / "HEAD").read_text().strip()
        if head.startswith("ref: "):
            ref = head[5:]
            path = ROOT / ".git" / ref
            if path.exists():
                return path.read_text().strip()[:12]
            for line in (ROOT / ".git" / "packed-refs").read_text().splitlines():
                if line.endswith(" " + ref):
                    return line.split()[0][:12]
            return "unknown"
        return head[:12]
    except OSError:
        return "unknown"


def source_digest(source: Path) -> str:
    digest = hashlib.sha256()
    for folder in SNAPSHOT:
        for path in sorted((source / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(source).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


SNAPSHOT = ("generator", "templates", "runtime", "spec", "generated")


def snapshot(folder: Path) -> Path:
    """A copy of what the suite measures, taken once: edits made while it runs do not leak in."""
    target = folder / "source"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for name in SNAPSHOT:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def run_section(name: str, python: Path, folder: Path, quick: bool, source: Path) -> dict[str, Any]:
    _, module = SECTIONS[name]
    command = [str(python), "-m", module, "--json", str(folder / f"{name}.json")]
    if name == "profiles":
        command += ["--dir", str(folder / "profiles")]
    if quick:
        command.append("--quick")
    env = dict(os.environ)
    env["BENCH_SOURCE"] = str(source)
    env["PYTHONPATH"] = os.pathsep.join([str(source), str(source / "generated"), str(ROOT)])
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"== {name}", file=sys.stderr, flush=True)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    if code != 0:
        print(f"== {name} failed (exit {code}); the report leaves it out", file=sys.stderr, flush=True)
    return {
        "exit": code,
        "seconds": time.perf_counter() - started,
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")


def merge_sections(earlier: dict[str, Any], ran: dict[str, Any], folder: Path) -> dict[str, Any]:
    """This run's sections, plus the earlier runs' that this one did not repeat.

    With --only, the published results keep every section still on record, each with the
    command, date and commit that measured it, so a partial run never hides the rest.
    """
    merged = {}
    for name, info in earlier.get("sections", {}).items():
        if name in ran or name not in SECTIONS or not (folder / f"{name}.json").exists():
            continue
        # Records written before sections carried their own stamp share the run's.
        merged[name] = {
            "command": earlier.get("command", "unknown"),
            "date": earlier.get("date", "unknown"),
            "commit": earlier.get("machine", {}).get("commit (from .git/HEAD)", "unknown"),
            **info,
        }
    merged.update(ran)
    return {name: merged[name] for name in SECTIONS if name in merged}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run of about a minute")
    parser.add_argument(
        "--only",
        default="",
        help=f"comma-separated sections of: {', '.join(SECTIONS)} ({', '.join(sorted(OPT_IN))}: only when named)",
    )
    parser.add_argument("--out", type=Path, default=None, help="the Markdown file to write the results into")
    args = parser.parse_args(argv)
    chosen = [s for s in args.only.split(",") if s] or [s for s in SECTIONS if s not in OPT_IN]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    mode = "quick" if args.quick else "full"
    out = args.out or (RESULTS / "quick" / "BENCHMARKS.md" if args.quick else ROOT / "BENCHMARKS.md")
    folder = RESULTS / mode
    folder.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    pythons = {name: ensure_venv(name) for name in sorted({SECTIONS[s][0] for s in chosen})}
    source = snapshot(folder)
    command = "python3 benchmarks/run.py" + (" --quick" if args.quick else "")
    if args.only:
        command += f" --only {args.only}"
    stamp = {"command": command, "commit": head_commit(), "source_digest": source_digest(source)}
    sections = {}
    for name in chosen:
        (folder / f"{name}.json").unlink(missing_ok=True)  # never report a stale result
        sections[name] = run_section(name, pythons[SECTIONS[name][0]], folder, args.quick, source)
    date = now()  # the run's, for each of its sections: they are told apart from other runs' by it
    for info in sections.values():
        info.update(stamp, date=date)

    from benchmarks.report import Results, render, write_report

    earlier = json.loads((folder / "facts.json").read_text()) if (folder / "facts.json").exists() else {}
    if args.only:
        sections = merge_sections(earlier, sections, folder)
    versions_now = {name: versions(python, SHOWN_PACKAGES[name]) for name, python in pythons.items()}
    facts = {
        "command": command,
        "mode": mode,
        "date": date,
        "elapsed_s": time.perf_counter() - started,
        "machine": machine(source),
        "versions": {**(earlier.get("versions", {}) if args.only else {}), **versions_now},
        "sections": sections,
        "profiles_dir": (folder / "profiles").relative_to(ROOT).as_posix(),
    }
    (folder / "facts.json").write_text(json.dumps(facts, indent=1))
    write_report(out, render(Results(folder, tuple(sections)), facts))
    print(f"results: {out}", file=sys.stderr)
    return 1 if any(info["exit"] for info in sections.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
