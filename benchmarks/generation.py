"""Generation: our generator, its peers, the parse floor, and black against ruff.

    python -m benchmarks.generation --json OUT [--quick]

Every sample is a fresh process (a command as a user runs it), timed by its wall clock.

- Our own spec (a copy in a temporary folder): the parse floor (pyyaml's C loader over
  every spec file), a cold generation (empty output, empty cache), a no-op regeneration,
  and regenerations after one operation changed (its description edited; a field added
  to its request body). Every change is new, so no cache can have seen it before.
- The reference spec (not with --quick): the parse floor, our load + validate phases,
  our full generation when the generator can do it, a no-op regeneration, the same two
  changes to one operation (createEmbedding) of a copy, openapi-python-client and
  datamodel-code-generator with their default settings.
- Formatting: black (the generator's way, `format_str` file by file; and its command
  line) against `ruff format` on our client as the templates render it, and (not with
  --quick) on the reference spec's models as datamodel-code-generator writes them
  unformatted; with a check that the outputs are identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.server import ROOT, SOURCE
from benchmarks.stats import Group, dump_groups, rotations
from benchmarks.wire import bench_env

REFERENCE = (ROOT.parent / "shared" / "reference" / "openai-openapi.yaml").resolve()
OWN_SPEC = SOURCE / "spec"
BIN = Path(sys.executable).parent
OURS_FULL_TIMEOUT = 900.0
# A first cold run slower than this is not repeated: it would take the whole run's budget.
TOO_SLOW_TO_REPEAT = 40.0

FLOOR = "parse floor (C loader)"
COLD = "cold: empty output, empty cache"
NOOP = "no-op: nothing changed"
EDIT_DOC = "one operation: description edited"
EDIT_FIELD = "one operation: request field added"
EDIT_ENUM = "one enum: a model ID added"
EDIT_OPEN_ENUM = "one open model list: a model ID added"
OURS_PHASES = "oaiclient: load + validate only"
OURS_FULL = "oaiclient: full generation, cold"
OURS_NOOP = "oaiclient: no-op regeneration (nothing changed)"
OPC = "openapi-python-client"
DMCG = "datamodel-code-generator (models only)"
BLACK_SERIAL = "black format_str, file by file"
BLACK_CLI = "black command line"
RUFF = "ruff format"


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


class Runner:
    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.count = 0
        # CPU seconds (user + system) of the last command, its own child processes included.
        self.last_cpu = 0.0

    def fresh(self, name: str) -> Path:
        self.count += 1
        path = self.scratch / f"{name}-{self.count}"
        path.mkdir(parents=True)
        return path

    def run(
        self, command: list[str], *, env: dict[str, str] | None = None, timeout: float = 600.0
    ) -> tuple[float, int, str, str]:
        """(wall seconds, exit code, stdout, tail of stderr)."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                cwd=SOURCE,
                env=env or bench_env(),
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return time.perf_counter() - started, -1, "", f"timed out after {timeout:.0f} s"
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.last_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, done.returncode, done.stdout, "\n".join(done.stderr.strip().splitlines()[-3:])

    def probe(self, *args: str, timeout: float = 600.0) -> tuple[float, dict[str, Any]]:
        wall, code, out, err = self.run([sys.executable, "-m", "benchmarks.genprobe", *args], timeout=timeout)
        if code != 0:
            raise RuntimeError(f"genprobe {args[0]} failed: {err}")
        return wall, json.loads(out.strip().splitlines()[-1])


def generator_options() -> dict[str, bool]:
    """What the generator's command line offers (it is being worked on: ask, don't assume)."""
    text = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--help"],
        cwd=SOURCE,
        env=bench_env(),
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return {"cache_dir": "--cache-dir" in text, "lenient": "--validation" in text and "lenient" in text}


def generate_command(spec: Path, out: Path, cache: Path, options: dict[str, bool], *extra: str) -> list[str]:
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    if options["cache_dir"]:
        command += ["--cache-dir", str(cache)]
    return command + list(extra)


def generator_env(cache: Path) -> dict[str, str]:
    env = bench_env()
    # Wherever a cache would go by default, it goes here.
    env["XDG_CACHE_HOME"] = str(cache)
    env["OAICLIENT_GENERATOR_CACHE"] = str(cache / "oaiclient-generator")
    return env


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# -- editing one operation of the spec copy -------------------------------------------------------


class SpecEditor:
    """Changes one operation (the one named `embeddings.create`, else the first) of a spec copy.

    Each call makes one new change relative to the state before it: a new description
    suffix, or the benchmark's request field renamed. The area file is written back with
    yaml.safe_dump (its layout changes, its meaning only by the edit)."""

    def __init__(self, spec_dir: Path) -> None:
        import yaml

        self.yaml = yaml
        self.file, self.operation, self.label = self._find(spec_dir)
        self.document = yaml.load(self.file.read_bytes(), Loader=yaml.CSafeLoader)
        self.operation_node = self._node(self.document)
        self.body_schema = self._body_schema()
        self.original_description = self.operation_node.get("description") or ""
        self.edits = 0

    def _find(self, spec_dir: Path) -> tuple[Path, tuple[str, str], str]:
        first: tuple[Path, tuple[str, str], str] | None = None
        for path in sorted(spec_dir.glob("*.yaml")):
            document = self.yaml.load(path.read_bytes(), Loader=self.yaml.CSafeLoader) or {}
            for route, item in (document.get("paths") or {}).items():
                for method, operation in (item or {}).items():
                    if not isinstance(operation, dict) or "responses" not in operation:
                        continue
                    found = (path, (route, method), f"{method.upper()} {route}")
                    if (
                        operation.get("x-sdk-method") == "embeddings.create"
                        or operation.get("operationId") == "createEmbedding"
                    ):
                        return found
                    first = first or found
        if first is None:
            raise RuntimeError(f"no operation found in {spec_dir}")
        return first

    def _node(self, document: dict[str, Any]) -> dict[str, Any]:
        route, method = self.operation
        node: dict[str, Any] = document["paths"][route][method]
        return node

    def _body_schema(self) -> dict[str, Any] | None:
        schema = (
            ((self.operation_node.get("requestBody") or {}).get("content") or {}).get("application/json")
            or {}
        ).get("schema")
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            target, _, fragment = schema["$ref"].partition("#")
            parts = fragment.strip("/").split("/")
            # An area file's `#/schemas/X`, or a single file's `#/components/schemas/X`.
            if parts[:1] == ["components"]:
                parts = parts[1:]
                container = self.document.get("components") or {}
            else:
                container = self.document
            if target or len(parts) != 2 or parts[0] != "schemas":
                return None  # in another file: not worth following for a benchmark
            schema = (container.get("schemas") or {}).get(parts[1])
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            return schema
        return None

    def edit_description(self) -> None:
        self.edits += 1
        suffix = f" (benchmark edit {self.edits})"
        self.operation_node["description"] = self.original_description.rstrip() + suffix
        self._write()

    def add_field(self) -> bool:
        if self.body_schema is None:
            return False
        self.edits += 1
        properties = self.body_schema["properties"]
        for name in [n for n in properties if str(n).startswith("benchmark_field_")]:
            del properties[name]
        properties[f"benchmark_field_{self.edits}"] = {
            "type": "string",
            "description": "A field the benchmark adds.",
        }
        self._write()
        return True

    def _write(self) -> None:
        _write_yaml(self.file, self.document)


def _write_yaml(file: Path, document: Any) -> None:
    import yaml

    # libyaml's emitter when there is one: the reference spec takes seconds in Python's.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100000)
    file.write_text(text, "utf-8")


def _one_enum(schema: Any) -> list[Any] | None:
    """The one `enum` list a schema holds (itself or inside), or None."""
    found, stack = [], [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("enum"), list):
                found.append(node["enum"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found[0] if len(found) == 1 else None


class EnumEditor:
    """Adds a value to the one enum of a schema (the model IDs every release adds to:
    ChatModel, a plain enum; ResponsesModel or the reference's ModelIdsShared, `anyOf` a
    string or a known ID) of a spec copy, in place of the value the last call added.
    `shared`: the operation editor of the same copy, whose document is edited when the
    schema is in its file (each writes its file whole)."""

    def __init__(self, spec_dir: Path, name: str = "ChatModel", shared: SpecEditor | None = None) -> None:
        import yaml

        self.name, self.edits = name, 0
        for path in sorted(spec_dir.glob("*.yaml")):
            same = shared is not None and path == shared.file
            document = shared.document if shared is not None and same else None
            if document is None:
                document = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader) or {}
            schemas = document.get("schemas") or (document.get("components") or {}).get("schemas") or {}
            values = _one_enum(schemas.get(name))
            if values is not None:
                self.file, self.document, self.values = path, document, values
                return
        raise RuntimeError(f"no enum schema {name} in {spec_dir}")

    def add_value(self) -> None:
        self.edits += 1
        self.values[:] = [v for v in self.values if not str(v).startswith("benchmark-model-")]
        self.values.insert(0, f"benchmark-model-{self.edits}")
        _write_yaml(self.file, self.document)


# -- our own spec -------------------------------------------------------------------------------


# Rounds of the parse floor, the no-op and the edits of our spec (the cold run has `rounds`).
OWN_EDIT_ROUNDS = 9


def own_spec(runner: Runner, rounds: int, options: dict[str, bool], quick: bool) -> Group:
    group = Group("gen_own", "Our own spec (7 files), each a fresh process", "time", "s", FLOOR)
    spec_dir = runner.fresh("spec")
    for path in OWN_SPEC.glob("*.yaml"):
        shutil.copy2(path, spec_dir / path.name)
    spec = spec_dir / "openapi.yaml"
    files = [str(p) for p in sorted(spec_dir.glob("*.yaml"))]
    editor = SpecEditor(spec_dir)
    group.notes.append(f"The operation changed is {editor.label} (in {editor.file.name}).")
    warm_out, warm_cache = runner.fresh("out-warm"), runner.fresh("cache-warm")
    failures: list[str] = []
    checks = {"no-op left the output alone": 0, "change changed the output": 0, "runs": 0}

    def generate(out: Path, cache: Path) -> float:
        wall, code, _, err = runner.run(generate_command(spec, out, cache, options), env=generator_env(cache))
        if code != 0:
            failures.append(f"exit {code}: {err}")
        return wall

    # The warm output and cache the no-op and change runs start from; a cold run itself.
    first_cold = generate(warm_out, warm_cache)
    first_cold_cpu = runner.last_cpu

    def floor() -> float:
        return runner.probe("floor", *files)[0]

    def cold() -> float:
        return generate(runner.fresh("out-cold") / "out", runner.fresh("cache-cold"))

    def noop() -> float:
        before = tree_digest(warm_out)
        wall = generate(warm_out, warm_cache)
        checks["no-op left the output alone"] += tree_digest(warm_out) == before
        return wall

    def changed(edit: Callable[[], object]) -> Callable[[], float]:
        def run() -> float:
            before = tree_digest(warm_out)
            edit()
            wall = generate(warm_out, warm_cache)
            checks["change changed the output"] += tree_digest(warm_out) != before
            checks["runs"] += 1
            return wall

        return run

    variants: dict[str, Callable[[], float]] = {FLOOR: floor, COLD: cold, NOOP: noop}
    if quick:
        # One round: the set-up run above is the cold sample (saves a cold run).
        del variants[COLD]
        group.add(COLD, first_cold, first_cold_cpu)
    variants[EDIT_DOC] = changed(editor.edit_description)
    if quick:
        group.notes.append("With --quick, the field edit is skipped.")
    elif editor.body_schema is not None:
        variants[EDIT_FIELD] = changed(editor.add_field)
    else:
        group.notes.append(
            "The changed operation's body schema has no properties to add to: field edit skipped."
        )
    if not quick:
        for variant, name in ((EDIT_ENUM, "ChatModel"), (EDIT_OPEN_ENUM, "ResponsesModel")):
            try:
                enums = EnumEditor(spec_dir, name)
            except RuntimeError as exc:
                group.notes.append(f'The edit "{variant}" is skipped: {exc}.')
            else:
                variants[variant] = changed(enums.add_value)
                group.notes.append(f'For "{variant}", the schema edited is {name} (in {enums.file.name}).')
    run_rounds(group, variants, rounds, runner)
    # The edits' ratios sit near their goals, and a round without the cold run takes about a
    # second: more rounds of the others, paired by round as before (the cold run's samples
    # pair with the first rounds' floors).
    more = 0 if quick else OWN_EDIT_ROUNDS - rounds
    if more > 0:
        run_rounds(group, {name: run for name, run in variants.items() if name != COLD}, more, runner)
        group.notes.append(
            f"The cold run: {rounds} rounds; the others: {rounds + more} (the last {more} without the cold run)."
        )
    group.extra.update(checks)
    group.extra["failures"] = failures
    if not quick:
        _, phase_result = runner.probe("phases", str(spec))
        group.extra["phases"] = phase_result
    return group


def run_rounds(group: Group, variants: dict[str, Callable[[], float]], rounds: int, runner: Runner) -> None:
    for number, order in enumerate(rotations(list(variants), rounds), 1):
        for name in order:
            group.add(name, variants[name](), runner.last_cpu)
        print(f"  {group.id}: round {number}/{rounds}", file=sys.stderr, flush=True)


# -- the reference spec -----------------------------------------------------------------------------


def reference_spec(runner: Runner, rounds: int, options: dict[str, bool]) -> Group:
    size = REFERENCE.stat().st_size
    group = Group(
        "gen_reference",
        f"The reference spec ({size / 1e6:.1f} MB), each a fresh process",
        "time",
        "s",
        FLOOR,
    )
    group.extra["versions"] = {
        OPC: version("openapi-python-client"),
        DMCG: version("datamodel-code-generator"),
    }
    phases: list[dict[str, Any]] = []
    ours_state: dict[str, Any] = {"mode": "lenient" if options["lenient"] else "strict", "active": True}
    mode_flags = ["--validation", "lenient"] if options["lenient"] else []

    def floor() -> float:
        return runner.probe("floor", str(REFERENCE))[0]

    def ours_phases() -> float:
        wall, result = runner.probe("phases", str(REFERENCE), timeout=900)
        phases.append(result)
        return wall

    def ours_full() -> float:
        cache = runner.fresh("ref-cache")
        command = generate_command(REFERENCE, runner.fresh("ref-ours") / "out", cache, options, *mode_flags)
        wall, code, _, err = runner.run(command, env=generator_env(cache), timeout=OURS_FULL_TIMEOUT)
        ours_state["exit"], ours_state["stderr"] = code, err
        if code != 0:
            ours_state["active"] = False
            return float("nan")
        if wall > TOO_SLOW_TO_REPEAT:
            ours_state["active"] = False
            ours_state["too_slow"] = True
        return wall

    warm_out, warm_cache = runner.fresh("ref-warm") / "out", runner.fresh("ref-warm-cache")

    def ours_noop() -> float:
        command = generate_command(REFERENCE, warm_out, warm_cache, options, *mode_flags)
        if not warm_out.exists():  # the output and cache it starts from: one full run, not measured
            _, code, _, err = runner.run(command, env=generator_env(warm_cache), timeout=OURS_FULL_TIMEOUT)
            if code != 0:
                raise RuntimeError(f"the warm-up generation failed: {err}")
        before = tree_digest(warm_out)
        wall, code, _, err = runner.run(command, env=generator_env(warm_cache))
        if code != 0 or tree_digest(warm_out) != before:
            raise RuntimeError(f"the no-op regeneration failed or changed the output: {err}")
        return wall

    # One operation changed in a copy, from the output and cache of the copy's last run.
    edit_dir = runner.fresh("ref-edit")
    shutil.copy2(REFERENCE, edit_dir / "openapi.yaml")
    editor = SpecEditor(edit_dir)
    edit_out, edit_cache = runner.fresh("ref-edit-out") / "out", runner.fresh("ref-edit-cache")
    edit_checks = {"change changed the output": 0, "runs": 0}

    def ours_changed(edit: Callable[[], object]) -> Callable[[], float]:
        def run() -> float:
            command = generate_command(editor.file, edit_out, edit_cache, options, *mode_flags)
            if not edit_out.exists():  # the output and cache it starts from: not measured
                _, code, _, err = runner.run(
                    command, env=generator_env(edit_cache), timeout=OURS_FULL_TIMEOUT
                )
                if code != 0:
                    raise RuntimeError(f"the warm-up generation failed: {err}")
            before = tree_digest(edit_out)
            edit()
            wall, code, _, err = runner.run(command, env=generator_env(edit_cache), timeout=OURS_FULL_TIMEOUT)
            if code != 0:
                raise RuntimeError(f"the regeneration after an edit failed: {err}")
            edit_checks["change changed the output"] += tree_digest(edit_out) != before
            edit_checks["runs"] += 1
            return wall

        return run

    def opc() -> float:
        out = runner.fresh("opc") / "client"
        wall, code, _, err = runner.run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(REFERENCE),
                "--output-path",
                str(out),
            ],
        )
        if code != 0:
            raise RuntimeError(f"openapi-python-client failed: {err}")
        group.extra["opc_files"] = sum(1 for _ in out.rglob("*.py"))
        shutil.rmtree(out, ignore_errors=True)
        return wall

    def dmcg() -> float:
        out = runner.fresh("dmcg") / "models.py"
        wall, code, _, err = runner.run(
            [
                str(BIN / "datamodel-codegen"),
                "--input",
                str(REFERENCE),
                "--input-file-type",
                "openapi",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--output",
                str(out),
            ]
        )
        if code != 0:
            raise RuntimeError(f"datamodel-codegen failed: {err}")
        group.extra["dmcg_lines"] = len(out.read_text("utf-8").splitlines())
        return wall

    variants = {
        FLOOR: floor,
        OURS_PHASES: ours_phases,
        OURS_FULL: ours_full,
        OURS_NOOP: ours_noop,
        OPC: opc,
        DMCG: dmcg,
        EDIT_DOC: ours_changed(editor.edit_description),
    }
    if editor.body_schema is not None:
        variants[EDIT_FIELD] = ours_changed(editor.add_field)
    group.notes.append(f"The operation changed is {editor.label}.")
    try:
        model_ids = EnumEditor(edit_dir, "ModelIdsShared", shared=editor)
    except RuntimeError as exc:
        group.notes.append(f"The enum edit is skipped: {exc}.")
    else:
        variants[EDIT_ENUM] = ours_changed(model_ids.add_value)
        group.notes.append("The enum edited is ModelIdsShared (`anyOf` a string or a known model ID).")
    for number, order in enumerate(rotations(list(variants), rounds), 1):
        for name in order:
            if name in (OURS_FULL, OURS_NOOP, EDIT_DOC, EDIT_FIELD, EDIT_ENUM) and not ours_state["active"]:
                continue
            if name == DMCG and len(group.samples.get(DMCG, [])) >= 2:
                continue  # the slower peer, not the target's baseline: two samples are enough
            value = variants[name]()
            if not math.isnan(value):
                group.add(name, value, runner.last_cpu)
        print(f"  {group.id}: round {number}/{rounds}", file=sys.stderr, flush=True)
    group.extra["phases"] = phases
    group.extra["ours_full"] = {k: v for k, v in ours_state.items() if k != "active"}
    group.extra.update(edit_checks)
    return group


# -- formatting ---------------------------------------------------------------------------------------


def formatting(runner: Runner, rounds: int, source: Path, group: Group, variants: list[str]) -> Group:
    outputs: dict[str, Path] = {}

    def copy() -> Path:
        target = runner.fresh("fmt") / "src"
        shutil.copytree(source, target)
        return target

    def black_serial() -> float:
        target = copy()
        wall = runner.probe("black", str(target), timeout=900)[0]
        outputs[BLACK_SERIAL] = target
        return wall

    def black_cli() -> float:
        target = copy()
        env = bench_env()
        env["BLACK_CACHE_DIR"] = str(runner.fresh("black-cache"))
        wall, code, _, err = runner.run(
            [str(BIN / "black"), "-q", "--line-length", "110", "--target-version", "py311", str(target)],
            env=env,
            timeout=900,
        )
        if code != 0:
            raise RuntimeError(f"black failed: {err}")
        outputs[BLACK_CLI] = target
        return wall

    def ruff() -> float:
        target = copy()
        wall, code, _, err = runner.run(
            [
                str(BIN / "ruff"),
                "format",
                "--isolated",
                "--no-cache",
                "--line-length",
                "110",
                "--target-version",
                "py311",
                "-q",
                str(target),
            ]
        )
        if code != 0:
            raise RuntimeError(f"ruff failed: {err}")
        outputs[RUFF] = target
        return wall

    table = {BLACK_SERIAL: black_serial, BLACK_CLI: black_cli, RUFF: ruff}
    run_rounds(group, {name: table[name] for name in variants}, rounds, runner)
    # Is ruff's output what black alone gives?
    files = sorted(p.relative_to(source) for p in source.rglob("*.py"))
    reference = outputs[variants[0]]
    group.extra["files"] = len(files)
    group.extra["lines"] = sum(len((source / f).read_text("utf-8").splitlines()) for f in files)
    group.extra["identical_to_black"] = {
        name: sum((reference / f).read_bytes() == (outputs[name] / f).read_bytes() for f in files)
        for name in variants[1:]
    }
    return group


def own_formatting(runner: Runner, rounds: int, quick: bool) -> Group:
    group = Group(
        "format_own", "Formatting our client (as the templates render it)", "time", "s", BLACK_SERIAL
    )
    source = runner.fresh("unformatted") / "oaiclient"
    source.mkdir()
    if quick:  # rendering the client takes most of a generation: use the committed one
        result = {"unavailable": "skipped with --quick"}
    else:
        _, result = runner.probe("unformatted", str(OWN_SPEC / "openapi.yaml"), str(source))
    if "unavailable" in result:
        # The generator's insides moved: format the committed client instead.
        shutil.rmtree(source)
        shutil.copytree(
            SOURCE / "generated" / "oaiclient", source, ignore=shutil.ignore_patterns("__pycache__")
        )
        group.notes.append(
            f"Input: the committed client (unformatted output unavailable: {result['unavailable']})."
        )
    else:
        group.notes.append("Input: every .py file of the client as the templates render it, before black.")
    variants = [BLACK_SERIAL, RUFF] if quick else [BLACK_SERIAL, BLACK_CLI, RUFF]
    return formatting(runner, rounds, source, group, variants)


def reference_formatting(runner: Runner, rounds: int) -> Group:
    group = Group(
        "format_reference",
        "Formatting the reference spec's models (datamodel-code-generator output, unformatted)",
        "time",
        "s",
        BLACK_SERIAL,
    )
    source = runner.fresh("ref-models") / "models"
    source.mkdir()
    wall, code, _, err = runner.run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(REFERENCE),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--no-formatters",
            "--output",
            str(source / "models.py"),
        ]
    )
    if code != 0:
        raise RuntimeError(f"datamodel-codegen failed: {err}")
    group.extra["dmcg_unformatted_s"] = wall
    return formatting(runner, rounds, source, group, [BLACK_SERIAL, RUFF])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    options = generator_options()
    groups = []
    with tempfile.TemporaryDirectory(prefix="oaiclient-bench-") as scratch:
        runner = Runner(Path(scratch))
        groups.append(own_spec(runner, 1 if args.quick else 3, options, args.quick))
        groups.append(own_formatting(runner, 1 if args.quick else 2, args.quick))
        if not args.quick:
            groups.append(reference_spec(runner, 3, options))
            groups.append(reference_formatting(runner, 2))
    for group in groups:
        group.extra["generator_options"] = options
    dump_groups(groups, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
