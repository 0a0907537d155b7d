"""Command line: `generate` writes the client, `check` compares it with the disk.

Exit codes: 0 done (or no drift), 1 drift found by `check` (or a breaking
change found by `diff --fail-on-breaking`), 2 spec error or unusable output
directory (nothing is written then).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.cache import Cache, default_cache_dir
from generator.cache_prune import DEFAULT_MAX_MB, MAX_MB_VARIABLE, budget_from, prune, prune_if_due
from generator.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_SCALAR_CHARS
from generator.pipeline import DEFAULT_OUT, DEFAULT_PACKAGE, DEFAULT_SPEC, GenerationFailed, generate_client
from generator.write import diff_tree, write_tree

EXIT_OK, EXIT_DRIFT, EXIT_SPEC_ERROR = 0, 1, 2
INPUT_LIMITS = (
    f"Spec files are refused (exit 2, located error) beyond these limits: {MAX_FILE_BYTES} bytes per "
    f"file, nesting {MAX_DEPTH} levels deep, {MAX_NODES} values with YAML aliases expanded, "
    f"{MAX_SCALAR_CHARS} characters per value. $refs to other files must stay in the root "
    "file's folder; remote ones are never fetched."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "regenerate the client from the spec into the output directory"),
        ("check", "regenerate in memory and diff against the output directory; write nothing"),
    ):
        command = commands.add_parser(name, help=help_text, epilog=INPUT_LIMITS)
        command.add_argument(
            "--spec", type=Path, default=DEFAULT_SPEC, help="root spec file (default: %(default)s)"
        )
        command.add_argument(
            "--out", type=Path, default=DEFAULT_OUT, help="output directory (default: %(default)s)"
        )
        command.add_argument("--package", default=DEFAULT_PACKAGE, help="package name (default: %(default)s)")
        command.add_argument("--strict", action="store_true", help="treat warnings as errors")
        command.add_argument(
            "--cache-dir",
            type=Path,
            default=default_cache_dir(),
            help="where results are cached by content hash; safe to delete (default: %(default)s)",
        )
        command.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
        _budget_option(command)
        command.add_argument(
            "--validation",
            choices=("strict", "lenient"),
            default="strict",
            help="strict: any validation error fails (default); lenient: they are warnings, "
            "and generation goes on where the meaning is clear (broken references, undeclared or unused path "
            "parameters, parameters declared twice and response keys that are not status codes still fail)",
        )
    prune = commands.add_parser(
        "prune-cache",
        help="delete the least recently used cache entries beyond the budget now "
        "(generate and check do it by themselves, at most every ten minutes)",
    )
    prune.add_argument(
        "--cache-dir", type=Path, default=default_cache_dir(), help="the cache (default: %(default)s)"
    )
    _budget_option(prune)
    diff = commands.add_parser("diff", help="what changed between two specs, for code using the client")
    diff.add_argument("old", help="the old spec: a path, or REV:PATH in this git repository")
    diff.add_argument("new", help="the new spec: a path, or REV:PATH")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking")
    return parser


def _budget_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--cache-max-mb",
        type=_budget,
        metavar="MB",
        help=f"keep the cache within this many MiB, deleting the least recently used entries "
        f"(default: {MAX_MB_VARIABLE}, else {DEFAULT_MAX_MB})",
    )


def _cache_budget(args: argparse.Namespace) -> int | None:
    """The budget given, else the environment's; None (after saying why) when the
    environment's is not a number."""
    if args.cache_max_mb is not None:
        return int(args.cache_max_mb)
    try:
        return budget_from(os.environ.get(MAX_MB_VARIABLE))
    except ValueError as exc:
        print(f"{MAX_MB_VARIABLE}: error: {exc}", file=sys.stderr)
        return None


def _budget(value: str) -> int:
    try:
        return budget_from(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _prune_now(cache_dir: Path, budget: int) -> int:
    pruned = prune(cache_dir, budget)
    print(
        f"{cache_dir}: {pruned.removed} file(s) deleted ({pruned.freed / 2**20:.1f} MiB), "
        f"{pruned.kept / 2**20:.1f} MiB kept",
        file=sys.stderr,
    )
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from generator.diagnostics import SpecError
    from generator.diff import diff_documents, load_revision, render

    documents = []
    for spec in (args.old, args.new):
        try:
            documents.append(load_revision(spec, Path.cwd()))
        except SpecError as failure:
            for diagnostic in failure.diagnostics:
                print(diagnostic.format(failure.locator), file=sys.stderr)
            return EXIT_SPEC_ERROR
        except (OSError, ValueError) as exc:
            print(f"{spec}: error: {exc}", file=sys.stderr)
            return EXIT_SPEC_ERROR
    changes = diff_documents(documents[0], documents[1])
    sys.stdout.write(render(changes, args.format))
    if args.fail_on_breaking and any(change.breaking for change in changes):
        return EXIT_DRIFT
    return EXIT_OK


def _output_problem(out: Path, spec: Path, writes: bool) -> str | None:
    """Why `out` cannot be the output directory, or None. Checked before the
    (slow) generation, and so that a mistake never overwrites the spec."""
    if out.exists() and not out.is_dir():
        return "the output directory exists and is not a directory"
    if not writes:
        return None
    target = out.resolve()
    spec_folder = spec.resolve().parent
    if spec_folder.is_relative_to(target):
        # Writing makes the directory hold exactly the generated files.
        return f"the output directory contains the spec {spec}: refusing to overwrite sources"
    nearest = next(folder for folder in (target, *target.parents) if folder.exists())
    if not nearest.is_dir():
        return f"{nearest} is not a directory"
    if not os.access(nearest, os.W_OK | os.X_OK):
        return f"{nearest} is not writable"
    return None


def main(argv: Sequence[str] | None = None, exiting: bool = False) -> int:
    """`exiting`: the process ends when this returns (`python -m generator`)."""
    args = _parser().parse_args(argv)
    if args.command == "diff":
        return _diff(args)
    budget = _cache_budget(args)
    if budget is None:
        return EXIT_SPEC_ERROR
    if args.command == "prune-cache":
        return _prune_now(args.cache_dir, budget)
    cache = Cache(None if args.no_cache else args.cache_dir)
    try:
        return _generate(args, cache, exiting)
    finally:
        if cache.root is not None and cache.stored:
            prune_if_due(cache.root, budget)


def _generate(args: argparse.Namespace, cache: Cache, exiting: bool) -> int:
    problem = _output_problem(args.out, args.spec, writes=args.command == "generate")
    if problem is not None:
        print(f"{args.out}: error: {problem}; nothing written", file=sys.stderr)
        return EXIT_SPEC_ERROR
    try:
        generated = generate_client(
            args.spec, args.package, cache, lenient=args.validation == "lenient", exiting=exiting
        )
    except GenerationFailed as failure:
        for diagnostic in failure.diagnostics:
            print(diagnostic.format(failure.locator), file=sys.stderr)
        print(f"{len(failure.diagnostics)} error(s); nothing written", file=sys.stderr)
        return EXIT_SPEC_ERROR
    for warning in generated.warnings:
        print(warning.format(generated.locator), file=sys.stderr)
    if args.strict and generated.warnings:
        print(f"{len(generated.warnings)} warning(s) with --strict; nothing written", file=sys.stderr)
        return EXIT_SPEC_ERROR
    if args.command == "check":
        chunks = diff_tree(args.out, generated.files)
        for chunk in chunks:
            sys.stdout.write(chunk)
        if chunks:
            print(
                f"{len(chunks)} file(s) differ from the spec; run `python -m generator generate`",
                file=sys.stderr,
            )
            return EXIT_DRIFT
        print(f"{args.out}: up to date ({len(generated.files)} files)", file=sys.stderr)
        return EXIT_OK
    try:
        changed = write_tree(args.out, generated.files)
    except OSError as exc:
        print(f"{args.out}: error: cannot write the client: {exc}", file=sys.stderr)
        return EXIT_SPEC_ERROR
    print(
        f"{args.out}: {'written' if changed else 'already up to date'} ({len(generated.files)} files)",
        file=sys.stderr,
    )
    return EXIT_OK
