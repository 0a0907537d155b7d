"""Format generated Python with black, the style users read and diff.

Black takes time in proportion to the size of what it is given (more, on large
modules), and most regenerations change a few definitions in large modules. So a
module is cut into top-level pieces where black's own rules make the cut invisible,
each piece is formatted alone and cached by content hash, and the pieces are joined
again. `pieces` says where a cut is allowed; tests/test_generator_format.py checks on
every module the generator writes for its test specs that the join is exactly what
`black.format_str` gives for the whole module. Large amounts are formatted in forked
worker processes.
"""

from __future__ import annotations

import ast
import re

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, SpecError
from generator.statements import statement_start
from generator.workers import can_fork, cores, forked_pool

LINE_LENGTH = 110
# Below this much source, starting worker processes (each imports black) costs more
# than it saves.
PARALLEL_MIN_CHARS = 200_000
# Black keeps two blank lines between top-level statements when the source has two,
# whatever the statements are; each piece is joined to the next by them.
_JOIN = "\n\n"
# A piece may start only with one of these (a string would become a module docstring,
# an import would change the blank lines black puts after the imports above it).
_PIECE_STARTS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.Assign, ast.AnnAssign)
# Comments that make black treat lines beyond their statement specially.
_FORMATTER_DIRECTIVE = re.compile(r"#\s*(fmt|yapf)\s*:")


def format_source(path: str, source: str) -> str:
    problem, formatted = _black(path, source)
    if problem:
        # Generated code that does not parse is a generator bug, never a spec
        # problem; say which file so it can be reproduced.
        raise SpecError([Diagnostic("error", problem, "")])
    return formatted


def _black(path: str, source: str) -> tuple[str, str]:
    """(problem, formatted): plain strings, so a worker process can send them back."""
    import black

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})
    try:
        return "", black.format_str(source, mode=mode)
    except black.InvalidInput as exc:
        return f"internal error: generated {path} does not parse: {exc}", ""


def pieces(source: str) -> list[str] | None:
    """`source` cut before each top-level class, function or assignment that follows
    exactly two empty lines and no import, or None when it cannot be cut safely (it
    does not parse, holds a formatter directive, or has `\\r` line ends, which black
    keeps by looking at the first line). The pieces joined by `_JOIN` are `source`."""
    if "\r" in source or _FORMATTER_DIRECTIVE.search(source):
        return None
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return None  # black says why, for the whole module
    lines = source.split("\n")  # the only line end left (str.splitlines knows others)
    cuts = [0]
    for before, node in zip(body, body[1:]):
        start = statement_start(node)
        gap = lines[(before.end_lineno or 0) : start]
        if (
            isinstance(node, _PIECE_STARTS)
            and not isinstance(before, (ast.Import, ast.ImportFrom))
            and gap == ["", ""]
        ):
            cuts.append(start)
    # Each piece ends with its last line's end; the two empty lines go to the join.
    ends = [cut - len(_JOIN) for cut in cuts[1:]]
    return ["\n".join(lines[start:end]) + "\n" for start, end in zip(cuts, ends)] + [
        "\n".join(lines[cuts[-1] :])
    ]


def format_files(files: dict[str, str], skip: set[str], cache: Cache = NO_CACHE) -> dict[str, str]:
    """Black over every generated Python file; a file or piece whose source is unchanged
    comes from the cache."""
    formatted: dict[str, str] = {}
    plans: dict[str, tuple[str, list[str]]] = {}  # path -> (file's cache key, its pieces' keys)
    done: dict[str, str] = {}  # piece's cache key -> formatted piece
    todo: dict[str, tuple[str, str]] = {}  # piece's cache key -> (path, piece)
    for path, text in files.items():
        if path in skip or not path.endswith(".py"):
            formatted[path] = text
            continue
        key = content_key("black", LINE_LENGTH, text)
        cached = cache.get("format", key)
        if cached is not None:
            formatted[path] = cached
            continue
        parts = pieces(text) or [text]
        part_keys = [content_key("black", LINE_LENGTH, part) for part in parts]
        plans[path] = (key, part_keys)
        for part_key, part in zip(part_keys, parts):
            if part_key in done or part_key in todo:
                continue
            stored = cache.get("format", part_key)
            if stored is None:
                todo[part_key] = (path, part)
            else:
                done[part_key] = stored
    for part_key, result in zip(todo, _format_all(list(todo.values()))):
        cache.put("format", part_key, result)
        done[part_key] = result
    for path, (key, part_keys) in plans.items():
        result = _JOIN.join(done[part_key] for part_key in part_keys)
        cache.put("format", key, result)
        formatted[path] = result
    # The order files came in, whatever order they were formatted in.
    return {path: formatted[path] for path in files}


def _format_all(jobs: list[tuple[str, str]]) -> list[str]:
    workers = min(len(jobs), cores())
    if workers < 2 or sum(len(text) for _, text in jobs) < PARALLEL_MIN_CHARS or not can_fork():
        return [format_source(path, text) for path, text in jobs]
    import black  # noqa: F401 - imported once here, so the forked workers need not

    # Largest first, so no worker is left with a big piece at the end; small pieces go
    # to the workers in batches.
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    batch = max(1, len(jobs) // (workers * 16))
    with forked_pool(workers) as pool:
        done = dict(zip(order, pool.map(_black, *zip(*(jobs[i] for i in order)), chunksize=batch)))
    results = []
    for index in range(len(jobs)):
        problem, text = done[index]
        if problem:
            raise SpecError([Diagnostic("error", problem, "")])
        results.append(text)
    return results
