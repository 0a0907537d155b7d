"""Split a generated definitions module (`models` or `params`) by the resources using it.

datamodel-code-generator writes every schema into one module. Importing all of it
costs more than everything else in the client together, and a program calling one
endpoint needs a few dozen of the definitions. So each definition goes to the module
of the one resource that uses it (directly or through other definitions), to
`_shared` when several resources use it, or to `_other` when no operation does (a
webhook payload, an unused component). Imports then only point one way, area ->
`_shared` and `_other` -> anything, so no cycle can arise.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from generator.cache import NO_CACHE, Cache
from generator.statements import (
    DEFINITION,
    DOCSTRING,
    EXPR,
    FROM_IMPORT,
    IMPORT,
    REBUILD,
    split_lines,
    top_level,
)

SHARED = "_shared"
OTHER = "_other"


@dataclass
class Definition:
    name: str
    lines: list[str]  # its source, with the string literals documenting it
    uses: set[str] = field(default_factory=set)  # names of other definitions it refers to
    mentions: set[str] = field(default_factory=set)  # every name it mentions, imported ones too


@dataclass
class Header:
    lines: list[str]  # comments, blank lines and imports, as written
    imports: list[tuple[int, int]]  # (first line, line after) of each import statement


@dataclass
class SplitModules:
    sources: dict[str, str]  # submodule name (`_chat`) -> its source
    locations: dict[str, str]  # definition name -> submodule name

    def without(self, module: str) -> SplitModules:
        """These modules less `module` and the definitions in it (nothing imports from
        `OTHER`, so it can go)."""
        return SplitModules(
            {name: text for name, text in self.sources.items() if name != module},
            {name: home for name, home in self.locations.items() if home != module},
        )


def split_definitions(source: str, users: Mapping[str, set[str]], cache: Cache = NO_CACHE) -> SplitModules:
    """`users`: area (a resource module's name) -> the definitions it names directly."""
    header, definitions = _parse(source, cache)
    closure = {area: _reachable(names, definitions) for area, names in users.items()}
    modules = {area: _area_module(area) for area in users}
    locations: dict[str, str] = {}
    for name in definitions:
        areas = [area for area in sorted(closure) if name in closure[area]]
        if len(areas) == 1:
            locations[name] = modules[areas[0]]
        else:
            locations[name] = SHARED if areas else OTHER
    sources: dict[str, list[str]] = {}
    for name, definition in definitions.items():
        sources.setdefault(locations[name], []).extend(["", ""] + definition.lines)
    result = {}
    for module, body in sources.items():
        names = [name for name in definitions if locations[name] == module]
        imports = _imports_from_siblings(module, names, definitions, locations)
        mentioned = set().union(*(definitions[name].mentions for name in names))
        result[module] = "\n".join(_header_for(header, mentioned) + imports + body) + "\n"
    return SplitModules(dict(sorted(result.items())), locations)


def _area_module(area: str) -> str:
    module = f"_{area}"
    return f"{module}_area" if module in (SHARED, OTHER) else module


def _imports_from_siblings(
    module: str, names: Iterable[str], definitions: Mapping[str, Definition], locations: Mapping[str, str]
) -> list[str]:
    needed: dict[str, set[str]] = {}
    for name in names:
        for used in definitions[name].uses:
            home = locations[used]
            if home != module:
                needed.setdefault(home, set()).add(used)
    return [f"from .{home} import {', '.join(sorted(used))}" for home, used in sorted(needed.items())]


def _header_for(header: Header, mentioned: set[str]) -> list[str]:
    """The header without the imported names the module never mentions. Each module holds
    only some of the definitions, and an import used by none of them costs every program
    importing the module: pydantic's `AnyUrl` alone imports `pydantic.networks`."""
    lines: list[str] = []
    done = 0
    for start, end in header.imports:
        lines += header.lines[done:start]
        lines += _used_import(header.lines[start:end], mentioned)
        done = end
    return lines + header.lines[done:]


def _used_import(text: list[str], mentioned: set[str]) -> list[str]:
    node = ast.parse("\n".join(text)).body[0]
    if not isinstance(node, (ast.Import, ast.ImportFrom)) or (
        isinstance(node, ast.ImportFrom) and node.module == "__future__"
    ):
        return text
    kept = [alias for alias in node.names if alias.name == "*" or _bound_name(alias) in mentioned]
    if len(kept) == len(node.names):
        return text
    if not kept:
        return []
    node.names = kept
    return [ast.unparse(node)]


def _bound_name(alias: ast.alias) -> str:
    # `import a.b` binds `a`; `from m import a as b` binds `b`.
    return alias.asname or alias.name.split(".")[0]


def _parse(source: str, cache: Cache) -> tuple[Header, dict[str, Definition]]:
    """The module's header (comments and imports) and its definitions in order."""
    lines = split_lines(source)
    header_end = 0
    imports: list[tuple[int, int]] = []
    definitions: dict[str, Definition] = {}
    last: Definition | None = None
    for statement in top_level(source, cache):
        text = lines[statement.start : statement.end]
        if statement.kind in (IMPORT, FROM_IMPORT):
            header_end = statement.end
            imports.append((statement.start, statement.end))
            continue
        if statement.kind == REBUILD:
            # The base model defers building every class to its first use, when all
            # names exist; rebuilding at import would build the largest ones eagerly.
            continue
        if statement.kind in (DOCSTRING, EXPR) and last is not None:
            last.lines.extend(text)  # the docstring of the definition above
            last.mentions |= statement.names
            continue
        name = statement.name
        if statement.kind != DEFINITION or name is None:
            raise ValueError(
                f"unexpected statement at line {statement.start + 1} of the generated definitions"
            )
        if name in definitions:
            raise ValueError(f"{name!r} is defined twice in the generated definitions")
        last = Definition(name, text, set(statement.names), set(statement.names))
        definitions[name] = last
    for definition in definitions.values():
        definition.uses = {
            used for used in definition.uses if used in definitions and used != definition.name
        }
    return Header(lines[:header_end], imports), definitions


def _reachable(start: Iterable[str], definitions: Mapping[str, Definition]) -> set[str]:
    seen: set[str] = set()
    stack = [name for name in start if name in definitions]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(definitions[name].uses - seen)
    return seen
