"""The top-level statements of a generated module, read piece by piece.

The models and params modules are a quarter of a megabyte each, and the steps after
model generation read them whole several times (the splice, the split). A change to
one schema changes one or two of their definitions, so the module is cut into pieces
at unindented lines that follow an empty line, each piece is parsed alone and
what the steps need to know about its statements is cached by the piece's text.

Why a piece read alone says what the whole module says: a piece that parses alone ends
outside any bracket, string or continued line, so the line after it begins a new
top-level statement, and a piece cannot parse if it begins with a clause that continues
the statement before it (`else:`) or ends with a decorator. A piece that does not parse
is read together with the pieces after it; when that does not help either, the module is
parsed whole, so errors are those of `ast.parse`. tests/test_generator_statements.py
compares the result with the whole module's.
"""

from __future__ import annotations

import ast
import hashlib
import marshal
import re
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from generator.cache import NO_CACHE, Cache, content_key

# The line ends Python counts (str.splitlines would also split on \u2028 and others
# inside docstrings, and the line numbers would no longer match).
LINE_END = re.compile(r"\r\n|\r|\n")

# Statement kinds.
IMPORT = "import"  # `import x`
FROM_IMPORT = "from-import"  # `from x import y` (`__future__` too)
REBUILD = "rebuild"  # `X.model_rebuild()`
DOCSTRING = "docstring"  # a string on its own
EXPR = "expr"  # any other expression on its own
DEFINITION = "definition"  # a class, or an assignment to one name
OTHER = "other"

CACHE_KIND = "statements"
# A line may begin a piece when the line before it is empty and it begins with none of these.
_NOT_A_START = ("", " ", "\t", "\f", "#", ")", "]", "}")
# Pieces read together before giving up and parsing the whole module.
MAX_JOINED = 32
# Pieces remembered (both definitions modules of a large spec hold a few thousand).
MAX_REMEMBERED = 20_000


class Statement(NamedTuple):
    start: int  # index of its first line, decorators included
    end: int  # index after its last line
    kind: str
    name: str | None = None  # what a DEFINITION defines
    shape: str = ""  # a DEFINITION's kind, class bases and keywords, or alias constructor
    names: frozenset[str] = frozenset()  # every name it mentions, in code and string annotations
    module: str = ""  # where a FROM_IMPORT imports from
    imported: tuple[str, ...] = ()  # the names a FROM_IMPORT binds
    node: str = ""  # the ast class name ("ClassDef", "FunctionDef", ...)
    # A class's methods after its first statement: (first line, end of the statement
    # before it), both counted from the class's first line (for format.units).
    methods: tuple[tuple[int, int], ...] = ()


def split_lines(source: str) -> list[str]:
    """`LINE_END.split(source)`, faster where `\n` is the only line end."""
    return LINE_END.split(source) if "\r" in source else source.split("\n")


def top_level(source: str, cache: Cache = NO_CACHE) -> list[Statement]:
    """`source`'s top-level statements in order. Raises SyntaxError as `ast.parse` does."""
    lines = split_lines(source)
    statements: list[Statement] = []
    memo = _memo_for(cache)
    spans = _spans(source, lines)
    index = 0
    while index < len(spans):
        start, last = spans[index][0], index
        while True:
            text = "\n".join(lines[start : spans[last][1]])
            found = memo.get(text)
            if found is not None:
                break
            last += 1
            if last == len(spans) or last - index >= MAX_JOINED:
                _done(memo)
                return whole(source)  # says why it does not parse, or reads it in one go
        statements += [Statement(s.start + start, s.end + start, *s[2:]) for s in found] if start else found
        index = last + 1
    _done(memo)
    return statements


def whole(source: str) -> list[Statement]:
    """`top_level` by parsing all of `source` at once."""
    return [summary(node) for node in ast.parse(source).body]


def summary(node: ast.stmt) -> Statement:
    """What the steps need to know of a top-level statement."""
    found = _summary(node)
    if isinstance(node, ast.ClassDef):
        methods = tuple(
            (statement_start(child) - found.start, (before.end_lineno or 0) - found.start)
            for before, child in zip(node.body, node.body[1:])
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
        )
        return found._replace(node="ClassDef", methods=methods)
    return found._replace(node=type(node).__name__)


def _summary(node: ast.stmt) -> Statement:
    start, end = statement_start(node), node.end_lineno or node.lineno
    if isinstance(node, ast.Import):
        return Statement(start, end, IMPORT)
    if isinstance(node, ast.ImportFrom):
        imported = tuple(alias.asname or alias.name for alias in node.names)
        return Statement(start, end, FROM_IMPORT, module=node.module or "", imported=imported)
    names = frozenset(names_in(node))
    if is_rebuild_call(node):
        return Statement(start, end, REBUILD, names=names)
    if isinstance(node, ast.Expr):
        docstring = isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        return Statement(start, end, DOCSTRING if docstring else EXPR, names=names)
    name = defined_name(node)
    if name is None:
        return Statement(start, end, OTHER, names=names)
    return Statement(start, end, DEFINITION, name, shape(node), names)


def shape(node: ast.stmt) -> str:
    """What decides a definition's place among the others and the imports it needs:
    the statement kind, a class's bases and keywords, an alias's constructor."""
    if isinstance(node, ast.ClassDef):
        arguments = [ast.unparse(b) for b in node.bases] + [ast.unparse(k) for k in node.keywords]
        return f"class({', '.join(arguments)})"
    if isinstance(node, ast.Assign):
        called = node.value.func if isinstance(node.value, ast.Call) else None
        return "assign " + (ast.unparse(called) if called is not None else "")
    if isinstance(node, ast.AnnAssign):
        return "annotated " + ast.unparse(node.annotation)
    return ""


# An empty line (spaces at most) and the line after it, which begins a piece.
_BEFORE_A_START = re.compile(r"^[^\S\n]*\n(?=[^ \t\f#)\]}\n])", re.MULTILINE)


def _spans(source: str, lines: list[str]) -> list[tuple[int, int]]:
    """Where pieces may begin and end: [start, end) line indices covering every line."""
    if "\r" in source:
        starts = [0] + [
            index
            for index in range(1, len(lines))
            if not lines[index - 1].strip() and lines[index][:1] not in _NOT_A_START
        ]
    else:  # the same, found by a regular expression: no Python loop over every line
        starts, line, position = [0], 0, 0
        for match in _BEFORE_A_START.finditer(source):
            line += source.count("\n", position, match.start())
            position = match.start()
            starts.append(line + 1)
    return list(zip(starts, starts[1:] + [len(lines)]))


# The pieces this process has read (text -> statements): a run reads the same pieces of
# the definitions modules several times. Emptied when it holds MAX_REMEMBERED.
_read_here: dict[str, list[Statement]] = {}
# The cache entry last read or written, as stored and as read: the next read decodes it
# again only if it changed.
_entry_here: tuple[bytes | None, dict[str, Any]] = (None, {})


# Within `saved_once`: the memo of each cache, written once at the end.
_batch: dict[Path | None, _Memo] | None = None


@contextmanager
def saved_once() -> Iterator[None]:
    """Within it, the pieces read are remembered in the cache entry once, at the end,
    not after each module read (a run reads several, and the entry is large)."""
    global _batch
    if _batch is not None:
        yield
        return
    _batch = {}
    try:
        yield
    finally:
        memos, _batch = _batch, None
        for memo in memos.values():
            memo.save()


def _memo_for(cache: Cache) -> _Memo:
    if _batch is None:
        return _Memo(cache)
    if cache.root not in _batch:
        _batch[cache.root] = _Memo(cache)
    return _batch[cache.root]


def _done(memo: _Memo) -> None:
    if _batch is None:
        memo.save()


class _Memo:
    """A piece's statements (lines counted from the piece's first), remembered or parsed;
    None when the piece does not parse alone.

    The pieces are remembered in one cache entry (one read, not one per piece; marshal
    data, read in a fraction of the time JSON takes), by a digest of their text: those of
    the last read first to go, at most MAX_REMEMBERED."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.key = content_key(CACHE_KIND, marshal.version)
        self.stored: dict[str, Any] | None = None  # the entry, read when first needed
        self.used: dict[str, list[Statement]] = {}  # the pieces of this read
        self.parsed = False

    def get(self, text: str) -> list[Statement] | None:
        found = _read_here.get(text)
        if found is None:
            found = _decoded(self._remembered().get(_digest(text)))
        if found is None:
            try:
                found = whole(text)
            except SyntaxError:
                return None
            self.parsed = True
        if len(_read_here) >= MAX_REMEMBERED:
            _read_here.clear()
        _read_here[text] = self.used[text] = found
        return found

    def _remembered(self) -> dict[str, Any]:
        global _entry_here
        if self.stored is None:
            data = self.cache.get_bytes(CACHE_KIND, self.key)
            if data is not None and data == _entry_here[0]:
                self.stored = _entry_here[1]
            else:
                try:
                    stored = marshal.loads(data) if data is not None else None
                except (EOFError, ValueError, TypeError):
                    stored = None
                self.stored = stored if isinstance(stored, dict) else {}
                _entry_here = (data, self.stored)
        return self.stored

    def save(self) -> None:
        global _entry_here
        if not self.parsed or self.cache.root is None:
            return
        used = {_digest(text): [_encoded(s) for s in found] for text, found in self.used.items()}
        room = max(0, MAX_REMEMBERED - len(used))
        others = [(digest, value) for digest, value in self._remembered().items() if digest not in used]
        value = dict(others[len(others) - room :] if room else []) | used
        data = marshal.dumps(value)
        self.cache.put_bytes(CACHE_KIND, self.key, data)
        _entry_here = (data, value)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _encoded(statement: Statement) -> list[Any]:
    return [
        statement.start,
        statement.end,
        statement.kind,
        statement.name,
        statement.shape,
        sorted(statement.names),
        statement.module,
        list(statement.imported),
        statement.node,
        [list(method) for method in statement.methods],
    ]


def _decoded(stored: Any) -> list[Statement] | None:
    """What `_encoded` wrote, or None when it is missing or not that."""
    if not isinstance(stored, list):
        return None
    try:
        return [
            Statement(
                start,
                end,
                kind,
                name,
                shape,
                frozenset(names),
                module,
                tuple(imported),
                node,
                tuple((first, before) for first, before in methods),
            )
            for start, end, kind, name, shape, names, module, imported, node, methods in stored
        ]
    except (TypeError, ValueError):
        return None


def statement_start(node: ast.stmt) -> int:
    """The index of a top-level statement's first line, its decorators included."""
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno] + [d.lineno for d in decorators]) - 1


def defined_name(node: ast.stmt) -> str | None:
    """The name a class or a single-target assignment defines; None for anything else."""
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def is_rebuild_call(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "model_rebuild"
    )


def names_in(node: ast.AST) -> set[str]:
    """Every name the statement mentions, in code and in string annotations."""
    names: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            names.add(child.id)
        elif isinstance(child, ast.Constant) and isinstance(child.value, str) and child.value.isidentifier():
            names.add(child.value)  # a forward reference written as a string
    return names


@dataclass
class Definition:
    start: int  # index of its first line
    end: int  # index after its last line (its docstring's, if any)
    shape: str  # what decides its place and the blank lines around it
    names: set[str]  # every name it and its docstring mention


@dataclass
class Module:
    lines: list[str]
    imports: dict[str, str]  # name -> module it comes from
    definitions: dict[str, Definition]

    def text(self, name: str) -> list[str]:
        definition = self.definitions[name]
        return self.lines[definition.start : definition.end]


def read_module(source: str, cache: Cache) -> Module:
    """A generated module as imports and definitions with their line spans. Raises
    ValueError for a statement of any other kind (an edit would not know its place)."""
    lines = split_lines(source)
    module = Module(lines, {}, {})
    last: Definition | None = None
    for statement in top_level(source, cache):
        if statement.kind == FROM_IMPORT and not module.definitions:
            if statement.module != "__future__":
                module.imports.update((name, statement.module) for name in statement.imported)
            continue
        if statement.kind == DOCSTRING and last is not None:
            if any(line.strip() for line in lines[last.end : statement.start]):
                raise ValueError(f"a comment before the docstring at line {statement.start + 1}")
            last.end = statement.end
            last.names |= statement.names
            continue
        if statement.kind == REBUILD:
            last = None  # kept where it is
            continue
        name = statement.name
        if statement.kind != DEFINITION or name is None or name in module.definitions:
            raise ValueError(f"unexpected statement at line {statement.start + 1}")
        last = Definition(statement.start, statement.end, statement.shape, set(statement.names))
        module.definitions[name] = last
    return module


def first_users(module: Module, names: Mapping[str, Collection[str]] | None = None) -> dict[str, str]:
    """Each module the imports come from -> the first definition using a name imported
    from it. The model generator writes its import lines in the order their modules are
    first used, so an edit that changes this moves them. `names` stands for what the
    named definitions use instead."""
    sources: dict[str, set[str]] = {}
    for name, source in module.imports.items():
        sources.setdefault(source, set()).add(name)
    found: dict[str, str] = {}
    for name, definition in sorted(module.definitions.items(), key=lambda item: item[1].start):
        used = (names or {}).get(name, definition.names)
        for source, imported in sources.items():
            if source not in found and not imported.isdisjoint(used):
                found[source] = name
    return found


def import_words(module: Module) -> set[str]:
    """Every word of the module's lines before its first definition (its imports). The
    model generator aliases an import that a field anywhere in the module is named like
    (`date as date_aliased`), so a field of such a name coming or going changes them."""
    first = min((d.start for d in module.definitions.values()), default=len(module.lines))
    return set(re.findall(r"\w+", "\n".join(module.lines[:first])))


def field_names(lines: list[str]) -> set[str]:
    """The names of the fields a definition's lines declare (a class's annotated names,
    a functional TypedDict's keys); empty for lines that do not parse alone."""
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Dict):
            names.update(
                key.value for key in node.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)
            )
    return names
