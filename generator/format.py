"""Format generated Python with black, the style users read and diff.

Black takes time in proportion to the size of what it is given (more, on large
modules), and most regenerations change a few definitions in large modules. So a
module is cut into top-level pieces where black's own rules make the cut invisible,
each piece is formatted alone and cached by content hash, and the pieces are joined
again. `pieces` says where a cut is allowed; tests/test_generator_format.py checks on
every module the generator writes for its test specs that the join is exactly what
`black.format_str` gives for the whole module. A piece that is one class (a resource
class holds every method of its resource: 20 KB for chat completions) is cut again
between its methods (`members`), each formatted inside a stand-in class line. Large
amounts are formatted in forked worker processes.
"""

from __future__ import annotations

import hashlib
import marshal
import re

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from generator.cache import NO_CACHE, Cache, content_key, text_key
from generator.diagnostics import Diagnostic, SpecError
from generator.statements import FROM_IMPORT, IMPORT, Statement, top_level, whole
from generator.workers import can_fork, cores, forked_pool

if TYPE_CHECKING:
    from generator.black_ahead import BlackAhead

LINE_LENGTH = 110
# Below this much source, starting worker processes (each imports black) costs more
# than it saves.
PARALLEL_MIN_CHARS = 200_000
# Black keeps two blank lines between top-level statements when the source has two,
# whatever the statements are; each piece is joined to the next by them.
_JOIN = "\n\n"
# A piece may start only with one of these (a string would become a module docstring,
# an import would change the blank lines black puts after the imports above it).
_PIECE_STARTS = frozenset({"ClassDef", "FunctionDef", "AsyncFunctionDef", "Assign", "AnnAssign"})
# Methods of a class are cut where one empty line parts them (black keeps exactly one
# between methods); a method is formatted after this line, which is then taken off.
_MEMBER_JOIN = "\n"
_MEMBER_CLASS = "class _:\n"
# Formatted pieces and methods are remembered in one cache entry (one read a run, not one
# per piece); those the last run did not use first to go beyond MAX_UNITS.
UNITS_KIND = "format-units"
MAX_UNITS = 50_000
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

    try:
        return "", black_format_str(source)
    except black.InvalidInput as exc:
        return f"internal error: generated {path} does not parse: {exc}", ""


def black_mode() -> Any:
    """The black settings of every generated module."""
    import black

    return black.Mode(line_length=LINE_LENGTH, target_versions={black.TargetVersion.PY311})


def black_format_str(source: str, mode: Any = None) -> str:
    """What `black.format_str` gives, without its second pass where that pass cannot
    change anything.

    black formats a source twice when the first pass changed it: a trailing comma the
    first pass adds where it explodes brackets, or parentheses it adds, can make the
    second pass split a line otherwise. When the first pass changed only spaces, line
    breaks, empty lines and which quotes strings have, it added and removed no token, so
    the second pass sees what the first saw and gives its input back: it is left out.
    That is most of what the generator writes (the model generator writes 'x' and no
    empty line after a class docstring; the templates leave indentation to black): a
    third less time in black on OpenAI's published spec. tests/test_generator_format.py
    compares this with `black.format_str` on every unit of the modules the generator
    writes for its test specs and for ours."""
    import black

    mode = mode or black_mode()
    once = getattr(black, "_format_str_once", None)
    if once is None:  # a black without it: its own two passes
        return str(black.format_str(source, mode=mode))
    first = str(once(source, mode=mode))
    return str(once(first, mode=mode)) if second_pass_needed(source, first) else first


def second_pass_needed(source: str, first: str) -> bool:
    """Whether black's second pass can change `first`, its first pass over `source`: only
    when the first changed more than spaces, line breaks and quotes."""
    return first != source and _tokens_alike(first) != _tokens_alike(source)


_SPACE = re.compile(r"\s+")


def _tokens_alike(source: str) -> str:
    """`source` without spaces and line breaks, every quote the same character: equal
    for two sources only when they differ in nothing else."""
    return _SPACE.sub("", source).replace("'", '"')


def pieces(source: str) -> list[str] | None:
    """`source` cut before each top-level class, function or assignment that follows
    exactly two empty lines and no import, or None when it cannot be cut safely (it
    does not parse, holds a formatter directive, or has `\\r` line ends, which black
    keeps by looking at the first line). The pieces joined by `_JOIN` are `source`."""
    found = _pieces(source, whole)
    return None if found is None else [text for text, _ in found]


def members(piece: str) -> list[str] | None:
    """A piece that is one class, cut before each method that follows exactly one empty
    line; None when the piece is not one class or has no such method. The first member
    is the class statement up to the first cut (a class by itself); each later one is a
    method, indented as in the class. The members joined by `_MEMBER_JOIN` are `piece`."""
    try:
        body = whole(piece)
    except SyntaxError:
        return None
    return _members(piece, body, 0)


def units(source: str, cache: Cache = NO_CACHE) -> list[list[str]] | None:
    """`pieces(source)`, each as its `members` (a piece not cut: itself alone). The
    statements come from `statements.top_level`: the pieces of a module read before (by
    this process, or remembered in `cache`) are not parsed again."""
    found = _pieces(source, lambda text: top_level(text, cache))
    if found is None:
        return None
    return [_members(text, nodes, start) or [text] for text, (start, nodes) in found]


def _pieces(
    source: str, statements_of: Callable[[str], list[Statement]]
) -> list[tuple[str, tuple[int, list[Statement]]]] | None:
    """`pieces`, each with the index of its first line in `source` and its statements."""
    if "\r" in source or _FORMATTER_DIRECTIVE.search(source):
        return None
    try:
        body = statements_of(source)
    except SyntaxError:
        return None  # black says why, for the whole module
    lines = source.split("\n")  # the only line end left (str.splitlines knows others)
    cuts = [0]
    firsts = [0]  # the index in `body` of each piece's first statement
    for index, (before, node) in enumerate(zip(body, body[1:]), 1):
        start = node.start
        gap = lines[before.end : start]
        if node.node in _PIECE_STARTS and before.kind not in (IMPORT, FROM_IMPORT) and gap == ["", ""]:
            cuts.append(start)
            firsts.append(index)
    statements = [body[first:last] for first, last in zip(firsts, firsts[1:] + [len(body)])]
    # Each piece ends with its last line's end; the two empty lines go to the join.
    return list(zip(_split(lines, cuts, len(_JOIN)), zip(cuts, statements)))


def _members(piece: str, statements: list[Statement], offset: int) -> list[str] | None:
    """`members` of `piece`, whose statements (lines counted from line `offset` of the
    module) are given."""
    if len(statements) != 1 or statements[0].node != "ClassDef":
        return None
    lines = piece.split("\n")
    base = statements[0].start - offset
    cuts = [0] + [
        base + first for first, before in statements[0].methods if lines[base + before : base + first] == [""]
    ]
    if len(cuts) == 1:
        return None
    return _split(lines, cuts, len(_MEMBER_JOIN))  # the empty line goes to the join


def _split(lines: list[str], cuts: list[int], join_lines: int) -> list[str]:
    """The text of `lines` cut before each line in `cuts`, each part but the last losing
    its last `join_lines` empty lines (a join puts them back) and ending with its line end."""
    ends = [cut - join_lines for cut in cuts[1:]]
    return ["\n".join(lines[start:end]) + "\n" for start, end in zip(cuts, ends)] + [
        "\n".join(lines[cuts[-1] :])
    ]


def format_files(
    files: Mapping[str, str] | Iterable[tuple[str, str]],
    skip: set[str],
    cache: Cache = NO_CACHE,
    ahead: BlackAhead | None = None,
) -> dict[str, str]:
    """Black over every generated Python file; a file or piece whose source is unchanged
    comes from the cache. `files`: a mapping, or (path, text) pairs taken as they come
    (rendered meanwhile). `ahead`: a process that has imported black meanwhile, sent the
    pieces of each file as soon as they are found (up to the amount worth a pool)."""
    formatted: dict[str, str] = {}
    order: dict[str, None] = {}
    # path -> (file's cache key, for each piece its members' keys)
    plans: dict[str, tuple[str, list[list[str]]]] = {}
    done: dict[str, str] = {}  # unit's digest -> formatted unit
    todo: dict[str, tuple[str, str, bool]] = {}  # unit's digest -> (path, unit, is a method)
    jobs = _Jobs(ahead)
    remembered = _Remembered(cache)
    for path, text in files.items() if isinstance(files, Mapping) else files:
        order[path] = None
        if path in skip or not path.endswith(".py"):
            formatted[path] = text
            continue
        key = text_key(f"black {LINE_LENGTH}", text)
        cached = cache.get("format", key)
        if cached is not None:
            formatted[path] = cached
            continue
        piece_keys = []
        for part_units in units(text, cache) or [[text]]:
            keys = []
            for index, unit in enumerate(part_units):
                method = index > 0
                unit_key = _unit_digest(unit, method)
                keys.append(unit_key)
                if unit_key in done or unit_key in todo:
                    continue
                stored = remembered.get(unit_key)
                if stored is None:
                    todo[unit_key] = (path, unit, method)
                    jobs.add(path, _MEMBER_CLASS + unit if method else unit)
                else:
                    done[unit_key] = stored
            piece_keys.append(keys)
        plans[path] = (key, piece_keys)
        jobs.send()
    for (unit_key, (path, _, method)), result in zip(todo.items(), jobs.results()):
        if method:
            result = _without_member_class(path, result)
        done[unit_key] = result
    remembered.save(done)
    for path, (key, piece_keys) in plans.items():
        result = _JOIN.join(_MEMBER_JOIN.join(done[unit_key] for unit_key in keys) for keys in piece_keys)
        cache.put("format", key, result)
        formatted[path] = result
    # The order files came in, whatever order they were formatted in.
    return {path: formatted[path] for path in order}


def _unit_digest(unit: str, method: bool) -> str:
    # A method is formatted inside a stand-in class, which is taken off after.
    return hashlib.sha256(
        ("m" if method else "p").encode() + unit.encode("utf-8", "surrogatepass")
    ).hexdigest()


class _Remembered:
    """Formatted units by digest, from the one cache entry that remembers them (marshal
    data: a few megabytes on a large spec, read in milliseconds)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.key = content_key(UNITS_KIND, LINE_LENGTH, marshal.version)
        self.stored: dict[str, object] | None = None  # read when first needed

    def get(self, digest: str) -> str | None:
        if self.stored is None:
            self.stored = self._read()
        found = self.stored.get(digest)
        return found if isinstance(found, str) else None

    def _read(self) -> dict[str, object]:
        data = self.cache.get_bytes(UNITS_KIND, self.key)
        try:
            stored = marshal.loads(data) if data is not None else None
        except (EOFError, ValueError, TypeError):
            stored = None
        return stored if isinstance(stored, dict) else {}

    def save(self, used: dict[str, str]) -> None:
        """Remember `used` (every unit of the files formatted this run) and, room
        permitting, the others remembered before."""
        if self.stored is None or self.cache.root is None:
            return  # nothing was looked up: nothing was formatted
        if all(self.stored.get(digest) == text for digest, text in used.items()):
            return
        room = max(0, MAX_UNITS - len(used))
        others = [(digest, text) for digest, text in self.stored.items() if digest not in used]
        value = dict(others[len(others) - room :] if room else []) | used
        self.cache.put_bytes(UNITS_KIND, self.key, marshal.dumps(value))


class _Jobs:
    """The sources to format, in order: the first ones sent to the helper process as they
    come (it formats them while the rest are found), while they add up to less than the
    worker pool is for; the others formatted at the end, by the pool when they are many."""

    def __init__(self, ahead: BlackAhead | None) -> None:
        self.ahead = ahead
        self.jobs: list[tuple[str, str]] = []
        self.sending = ahead is not None
        self.sent = 0  # how many of `jobs` (the first ones) the helper has
        self.sent_chars = 0

    def add(self, path: str, source: str) -> None:
        self.jobs.append((path, source))

    def send(self) -> None:
        """Hand the jobs added since the last call to the helper, if it may have them."""
        batch = self.jobs[self.sent :]
        if not self.sending or not batch:
            return
        assert self.ahead is not None
        chars = sum(len(source) for _, source in batch)
        if self.sent_chars + chars >= PARALLEL_MIN_CHARS or not self.ahead.send(batch):
            self.sending = False  # the rest at the end
            return
        self.sent += len(batch)
        self.sent_chars += chars

    def results(self) -> list[str]:
        """The formatted text of every job, in order."""
        if not self.sent:
            return _format_all(self.jobs)
        assert self.ahead is not None
        rest = _format_all(self.jobs[self.sent :])  # while the helper formats the first
        first = self.ahead.formatted()
        if first is None:  # the helper failed: those here too
            return _format_all(self.jobs[: self.sent]) + rest
        return _checked(first) + rest


def _without_member_class(path: str, formatted: str) -> str:
    if not formatted.startswith(_MEMBER_CLASS):  # black never touches that line
        raise SpecError(
            [Diagnostic("error", f"internal error: a method of {path} formatted alone lost its class", "")]
        )
    return formatted[len(_MEMBER_CLASS) :]


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
    return _checked([done[index] for index in range(len(jobs))])


def _checked(formatted: list[tuple[str, str]]) -> list[str]:
    """The texts of `_black`'s results; the first problem, if any, as an error."""
    for problem, _ in formatted:
        if problem:
            raise SpecError([Diagnostic("error", problem, "")])
    return [text for _, text in formatted]
