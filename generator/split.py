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
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# The line ends Python counts (str.splitlines would also split on \u2028 and others
# inside docstrings, and the line numbers would no longer match).
LINE_END = re.compile(r"\r\n|\r|\n")
SHARED = "_shared"
OTHER = "_other"


@dataclass
class Definition:
    name: str
    lines: list[str]  # its source, with the string literals documenting it
    uses: set[str] = field(default_factory=set)  # names of other definitions it refers to


@dataclass
class SplitModules:
    sources: dict[str, str]  # submodule name (`_chat`) -> its source
    locations: dict[str, str]  # definition name -> submodule name


def split_definitions(source: str, users: Mapping[str, set[str]]) -> SplitModules:
    """`users`: area (a resource module's name) -> the definitions it names directly."""
    header, definitions = _parse(source)
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
        result[module] = "\n".join(header + imports + body) + "\n"
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


def _parse(source: str) -> tuple[list[str], dict[str, Definition]]:
    """The module's header (comments and imports) and its definitions in order."""
    lines = LINE_END.split(source)
    tree = ast.parse(source)
    header_end = 0
    definitions: dict[str, Definition] = {}
    last: Definition | None = None
    for node in tree.body:
        text = lines[statement_start(node) : node.end_lineno]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            header_end = node.end_lineno or header_end
            continue
        if is_rebuild_call(node):
            # The base model defers building every class to its first use, when all
            # names exist; rebuilding at import would build the largest ones eagerly.
            continue
        if isinstance(node, ast.Expr) and last is not None:
            last.lines.extend(text)  # the docstring of the definition above
            continue
        name = defined_name(node)
        if name is None:
            raise ValueError(f"unexpected statement at line {node.lineno} of the generated definitions")
        if name in definitions:
            raise ValueError(f"{name!r} is defined twice in the generated definitions")
        last = Definition(name, text, names_in(node))
        definitions[name] = last
    for definition in definitions.values():
        definition.uses = {
            used for used in definition.uses if used in definitions and used != definition.name
        }
    return lines[:header_end], definitions


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


def _reachable(start: Iterable[str], definitions: Mapping[str, Definition]) -> set[str]:
    seen: set[str] = set()
    stack = [name for name in start if name in definitions]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(definitions[name].uses - seen)
    return seen
