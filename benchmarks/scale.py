"""Scale: cold generation time and peak memory against the size of the document.

    python -m benchmarks.scale --json OUT [--quick] [--rounds N]

Not part of the default run (8 to 15 minutes for one round): `python3 benchmarks/run.py
--only scale`.

The documents are the reference spec with its content copied k = 1, 2 and 4 times
(`scale_document`): every copy after the first renames its components (`Foo` ->
`FooCopy2`), its paths (`/chat/completions` -> `/chat_copy2/completions`), its webhooks
and its operationIds, and every reference inside a copy points into the same copy, so
the whole document grows, not only its models. With --quick the base is a slice of
the reference (its first few paths and the components they need), so the section ends
in about a minute.

For each k, one fresh process per sample, as a user runs it, each under
benchmarks/peakrss.py (which reads the wall clock, the CPU time and the peak RSS of
the command and its children):
- the parse floor: pyyaml's C loader over the same file;
- a cold generation: empty output, empty `--cache-dir`, `--validation lenient` (the
  reference has validation errors, and so have its copies).
Also once per round, the constant part: a cold generation of a one-operation document
(the interpreter, the libraries, the templates, the runtime copied into the output).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.generation import (
    REFERENCE,
    Runner,
    generate_command,
    generator_env,
    generator_options,
)
from benchmarks.stats import Group, dump_groups, rotations
from benchmarks.wire import bench_env

COPIES = (1, 2, 4)
# Seconds one measured command may take (1x takes about 100 s on a 2-core machine).
TIMEOUT = 2400
# With --quick: the reference's first paths only (and what they reference).
QUICK_PATHS = 8
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Named by security requirements, not by $ref: one set, shared by every copy.
SHARED_COMPONENTS = frozenset({"securitySchemes"})
# A leading path segment that is an API version names no resource in the generator
# (generator/ir_build.py), so the copy marker goes on the segment after it.
_VERSION_SEGMENT = re.compile(r"v?\d+(\.\d+)*\Z", re.IGNORECASE)

BASE = "constant part: one-operation document"


def floor_name(copies: int) -> str:
    return f"parse floor {copies}x"


def generation_name(copies: int) -> str:
    return f"cold generation {copies}x"


# -- building the scaled documents ------------------------------------------------------------


def renamed(name: str, copy: int) -> str:
    """A component's name in copy `copy` (the first copy keeps the original names)."""
    return name if copy == 1 else f"{name}Copy{copy}"


def copied_path(path: str, copy: int) -> str:
    """`/chat/completions` -> `/chat_copy2/completions`.

    The marker goes on the first segment (not a leading version) because the generator
    makes that segment the resource: each copy then has resources of its own, like the
    original, and the client grows in the same shape (a `/copy2` prefix would instead put
    all of a copy's operations into one resource)."""
    if copy == 1:
        return path
    segments = path.split("/")
    for index, segment in enumerate(segments):
        if segment and not segment.startswith("{") and not _VERSION_SEGMENT.match(segment):
            segments[index] = f"{segment}_copy{copy}"
            return "/".join(segments)
    return f"/copy{copy}" + ("" if path == "/" else path)


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _component(ref: str) -> tuple[str, str] | None:
    """(section, name) of a local reference to a component, else None."""
    if not ref.startswith("#/components/"):
        return None
    parts = ref[len("#/components/") :].split("/")
    if len(parts) < 2:
        return None
    return parts[0], _unescape(parts[1])


def rewrite_ref(ref: str, copy: int) -> str:
    target = _component(ref)
    if target is None or target[0] in SHARED_COMPONENTS:
        return ref
    parts = ref[len("#/components/") :].split("/")
    parts[1] = _escape(renamed(target[1], copy))
    return "#/components/" + "/".join(parts)


def copy_node(node: Any, copy: int) -> Any:
    """A deep copy of `node` whose references point into copy `copy`.

    Every dict and list is new, so the YAML writer never finds one object twice (it
    would write anchors and aliases, which the original may not have)."""
    if isinstance(node, list):
        return [copy_node(item, copy) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[Any, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            out[key] = rewrite_ref(value, copy)
        elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
            out[key] = copy_node(value, copy)
            # A mapping names its schemas by reference or by bare schema name.
            out[key]["mapping"] = {
                tag: (
                    (rewrite_ref(target, copy) if target.startswith("#") else renamed(target, copy))
                    if isinstance(target, str)
                    else target
                )
                for tag, target in value["mapping"].items()
            }
        else:
            out[key] = copy_node(value, copy)
    return out


def _copy_path_item(item: Any, copy: int) -> Any:
    out = copy_node(item, copy)
    if copy == 1 or not isinstance(out, dict):
        return out
    for method in HTTP_METHODS:
        operation = out.get(method)
        if not isinstance(operation, dict):
            continue
        # Unique operationIds and client method names, as in a real, larger API.
        if isinstance(operation.get("operationId"), str):
            operation["operationId"] += f"Copy{copy}"
        dotted = operation.get("x-sdk-method")
        if isinstance(dotted, str) and "." in dotted:
            first, _, rest = dotted.partition(".")
            operation["x-sdk-method"] = f"{first}_copy{copy}.{rest}"
    return out


def _copies(
    entries: dict[str, Any],
    copies: int,
    rename: Callable[[str, int], str],
    copy_value: Callable[[Any, int], Any],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for copy in range(1, copies + 1):
        for name, value in entries.items():
            new_name = rename(name, copy)
            if new_name in out:
                raise ValueError(f"copy {copy}: {new_name!r} clashes with a name already in the document")
            out[new_name] = copy_value(value, copy)
    return out


def scale_document(document: dict[str, Any], copies: int) -> dict[str, Any]:
    """The document with its paths, webhooks and components `copies` times over.

    Copy 1 keeps every name; copy k renames (see `renamed`, `copied_path`) and points
    every reference into itself. What is named once for the whole API (info, servers,
    tags, security schemes, top-level extensions) stays single."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    scaled: dict[str, Any] = {}
    for key, value in document.items():
        if key == "paths" and isinstance(value, dict):
            scaled[key] = _copies(value, copies, copied_path, _copy_path_item)
        elif key == "webhooks" and isinstance(value, dict):
            scaled[key] = _copies(
                value, copies, lambda name, copy: name if copy == 1 else f"{name}_copy{copy}", _copy_path_item
            )
        elif key == "components" and isinstance(value, dict):
            scaled[key] = {
                section: (
                    copy_node(entries, 1)
                    if section in SHARED_COMPONENTS or not isinstance(entries, dict)
                    else _copies(entries, copies, renamed, copy_node)
                )
                for section, entries in value.items()
            }
        else:
            scaled[key] = copy_node(value, 1)
    return scaled


def references(node: Any) -> Iterator[str]:
    """Every reference in `node`: `$ref` values, and discriminator mapping targets (a bare
    schema name given as its reference)."""
    if isinstance(node, list):
        for item in node:
            yield from references(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            elif (
                key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict)
            ):
                for target in value["mapping"].values():
                    if isinstance(target, str):
                        yield target if target.startswith("#") else f"#/components/schemas/{_escape(target)}"
                yield from references(value)
            else:
                yield from references(value)


def slice_document(document: dict[str, Any], paths: int) -> dict[str, Any]:
    """The document's first `paths` paths, no webhooks, and only the components those need
    (followed transitively): a smaller document of the same kind."""
    kept = dict(list((document.get("paths") or {}).items())[:paths])
    components = document.get("components") or {}
    needed: set[tuple[str, str]] = set()
    todo: list[Any] = [kept]
    while todo:
        for ref in references(todo.pop()):
            target = _component(ref)
            if target is None or target in needed:
                continue
            section, name = target
            if name in (components.get(section) or {}):
                needed.add(target)
                todo.append(components[section][name])
    sliced: dict[str, Any] = {}
    for key, value in document.items():
        if key == "paths":
            sliced[key] = kept
        elif key == "components" and isinstance(value, dict):
            sections = {
                section: {
                    name: entry
                    for name, entry in entries.items()
                    if section in SHARED_COMPONENTS or (section, name) in needed
                }
                for section, entries in value.items()
                if isinstance(entries, dict)
            }
            sliced[key] = {section: entries for section, entries in sections.items() if entries}
        elif key != "webhooks":
            sliced[key] = value
    return sliced


def dangling_refs(document: dict[str, Any]) -> list[str]:
    """Local references that point at nothing (remote ones are not followed)."""
    missing = []
    for ref in sorted(set(references(document))):
        if not ref.startswith("#"):
            continue
        node: Any = document
        for part in ref[1:].split("/")[1:]:
            part = _unescape(part)
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                missing.append(ref)
                break
    return missing


def count_operations(document: dict[str, Any]) -> int:
    return sum(
        1
        for item in (document.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )


def count_schemas(document: dict[str, Any]) -> int:
    return len((document.get("components") or {}).get("schemas") or {})


def write_document(document: dict[str, Any], path: Path) -> None:
    import yaml  # here, not at the top: the report imports this module's names, with no yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100000)
    path.write_text(text, "utf-8")


def one_operation_document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "One operation", "version": "1.0.0"},
        "paths": {
            "/ping": {
                "get": {"operationId": "ping", "responses": {"200": {"description": "Pong."}}},
            }
        },
    }


# -- measuring ------------------------------------------------------------------------------------


def measured(runner: Runner, command: list[str], env: dict[str, str]) -> dict[str, Any]:
    """The command run under benchmarks/peakrss.py, a fresh wrapper per sample."""
    # The wrapper stops the command itself at the time limit (so that no generator is left
    # running); the limit is generous, so that a phase growing faster than linearly at 4x
    # still gives a number.
    _, code, out, err = runner.run(
        [sys.executable, "-m", "benchmarks.peakrss", "--timeout", str(TIMEOUT), *command],
        env=env,
        timeout=TIMEOUT + 120,
    )
    if code != 0 or not out.strip():
        raise RuntimeError(f"peakrss failed (exit {code}): {err}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def tree_size(root: Path) -> tuple[int, int]:
    """(files, bytes) under root, bytecode left out."""
    files = [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return len(files), sum(p.stat().st_size for p in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of every measurement (default 1)")
    args = parser.parse_args(argv)
    import yaml

    options = generator_options()
    if not options["lenient"]:
        raise SystemExit("the generator has no --validation lenient, which the reference spec needs")

    group = Group(
        "scale",
        "Cold generation against document size, each a fresh process",
        "time",
        "s",
        generation_name(COPIES[0]),
    )
    documents: dict[str, dict[str, Any]] = {}
    outputs: dict[str, list[dict[str, Any]]] = {}
    memory: dict[str, list[float]] = {}
    failures: list[str] = []

    with tempfile.TemporaryDirectory(prefix="oaiclient-bench-scale-") as scratch:
        runner = Runner(Path(scratch))
        folder = runner.fresh("documents")
        reference = yaml.load(REFERENCE.read_bytes(), Loader=yaml.CSafeLoader)
        base = slice_document(reference, QUICK_PATHS) if args.quick else reference
        del reference
        files: dict[str, Path] = {}
        for copies in COPIES:
            document = scale_document(base, copies)
            missing = dangling_refs(document)
            if missing:
                raise RuntimeError(
                    f"{copies}x: {len(missing)} references point at nothing, e.g. {missing[0]}"
                )
            path = folder / f"scaled-{copies}x.yaml"
            write_document(document, path)
            files[f"{copies}x"] = path
            documents[f"{copies}x"] = {
                "copies": copies,
                "mb": path.stat().st_size / 1e6,
                "operations": count_operations(document),
                "schemas": count_schemas(document),
            }
            print(f"  scale: wrote {path.name}: {documents[f'{copies}x']}", file=sys.stderr, flush=True)
        del document, base  # the measured processes should have the machine's memory
        files["base"] = folder / "one-operation.yaml"
        write_document(one_operation_document(), files["base"])

        def sample(name: str, command: list[str], env: dict[str, str], out: Path | None = None) -> None:
            result = measured(runner, command, env)
            if result["exit"] != 0:
                # The generator refused the scaled document: no number, but say why.
                failures.append(f"{name}: exit {result['exit']}: {result['stderr_tail']}")
                return
            group.add(name, result["wall_s"], result["cpu_s"])
            memory.setdefault(name, []).append(result["peak_rss_mib"])
            if out is not None:
                count, size = tree_size(out)
                outputs.setdefault(name, []).append(
                    {"files": count, "mib": size / 2**20, "stderr_lines": result["stderr_lines"]}
                )
                shutil.rmtree(out.parent, ignore_errors=True)  # the 4x output is large

        def floor(label: str) -> Callable[[], None]:
            def run() -> None:
                command = [sys.executable, "-m", "benchmarks.genprobe", "floor", str(files[label])]
                sample(floor_name(documents[label]["copies"]), command, bench_env())

            return run

        def generation(label: str, name: str) -> Callable[[], None]:
            def run() -> None:
                out, cache = runner.fresh("out") / "out", runner.fresh("cache")
                command = generate_command(files[label], out, cache, options, "--validation", "lenient")
                sample(name, command, generator_env(cache), out)

            return run

        variants: dict[str, Callable[[], None]] = {BASE: generation("base", BASE)}
        for copies in COPIES:
            variants[floor_name(copies)] = floor(f"{copies}x")
            variants[generation_name(copies)] = generation(f"{copies}x", generation_name(copies))
        for number, order in enumerate(rotations(list(variants), args.rounds), 1):
            for name in order:
                variants[name]()
                print(f"  scale: {name} done", file=sys.stderr, flush=True)
            print(f"  scale: round {number}/{args.rounds}", file=sys.stderr, flush=True)

    if args.quick:
        group.notes.append(
            f"With --quick the base document is a slice of the reference (its first {QUICK_PATHS} paths "
            "and the components they need), not the whole of it."
        )
    group.extra.update(
        documents=documents,
        outputs=outputs,
        peak_rss_mib=memory,
        failures=failures,
        quick=args.quick,
        reference=REFERENCE.name,
    )
    dump_groups([group], args.json)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
