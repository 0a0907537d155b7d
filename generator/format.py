"""Format generated Python with black, the style users read and diff.

Black is most of a cold generation's time, so files are formatted in parallel
processes when there is enough to format, and each result is cached by content
hash. Either way every file gets exactly what `black.format_str` gives for it.
"""

from __future__ import annotations

from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, SpecError
from generator.workers import can_fork, cores, forked_pool

LINE_LENGTH = 110
# Below this much source, starting worker processes (each imports black) costs more
# than it saves.
PARALLEL_MIN_CHARS = 200_000


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


def format_files(files: dict[str, str], skip: set[str], cache: Cache = NO_CACHE) -> dict[str, str]:
    """Black over every generated Python file; a file whose source is unchanged comes from the cache."""
    formatted: dict[str, str] = {}
    todo: dict[str, tuple[str, str]] = {}  # path -> (cache key, source)
    for path, text in files.items():
        if path in skip or not path.endswith(".py"):
            formatted[path] = text
            continue
        key = content_key("black", LINE_LENGTH, text)
        cached = cache.get("format", key)
        if cached is None:
            todo[path] = (key, text)
        else:
            formatted[path] = cached
    for path, result in zip(todo, _format_all([(path, text) for path, (_, text) in todo.items()])):
        cache.put("format", todo[path][0], result)
        formatted[path] = result
    # The order files came in, whatever order they were formatted in.
    return {path: formatted[path] for path in files}


def _format_all(jobs: list[tuple[str, str]]) -> list[str]:
    workers = min(len(jobs), cores())
    if workers < 2 or not can_fork() or sum(len(text) for _, text in jobs) < PARALLEL_MIN_CHARS:
        return [format_source(path, text) for path, text in jobs]
    import black  # noqa: F401 - imported once here, so the forked workers need not

    # Largest first, so no worker is left with a big file at the end.
    order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][1]))
    with forked_pool(workers) as pool:
        done = dict(zip(order, pool.map(_black, *zip(*(jobs[i] for i in order)))))
    results = []
    for index in range(len(jobs)):
        problem, text = done[index]
        if problem:
            raise SpecError([Diagnostic("error", problem, "")])
        results.append(text)
    return results
