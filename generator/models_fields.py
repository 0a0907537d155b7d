"""Models after edits to scalar fields, made without the model generator.

Importing the model generator and running it on even a small sub-document costs about a
second, several times the parse of the spec. The most common edit to a spec adds,
removes or rewords a scalar field of a request or response, and for that the
generator's output is known line by line. So when every changed schema is a plain
object schema (properties, required, additionalProperties, description) whose other
keywords did not change, and each field that changed, came or went is a scalar (string,
integer, number or boolean, maybe nullable, with at most a description), the class of
each changed schema is edited in place in both modules. Anything else returns why not,
and the sub-document run (models_incremental) or a full run follows.

Nothing else in a module can depend on such a field: it refers to no definition and
holds no inline object, so the definitions' order, names and imports stay as they are,
and other schemas' classes say nothing about a referenced class's scalar fields.
tests/test_generator_models_fields.py compares the result with full runs, on every
plain object schema of our spec at once.

Plain enum schemas (`type: string`, two or more distinct string values, maybe a
description: the list of model IDs that grows with every release) are the other common
edit. The model generator writes one as an alias of a `Literal` of the values' reprs,
and the definitions that refer to it name the alias, whatever the values: so when such a
schema stays one, its alias is written again in both modules and nothing else changes
(with one value, fields referring to it would get that value as their default, so a
single value is left to the model generator). For the same reason a field whose schema
holds one such enum inline (`reasoning_effort: {anyOf: [{enum: [...]}, {type: "null"}]}`)
and changed in nothing but its values has the values of its one `Literal` written again.
So does any other schema that holds exactly one enum (of two or more distinct strings)
and changed in nothing but its values: the model lists written `anyOf: [{type: string},
{type: string, enum: [...]}]`, which the model generator writes as an alias of `str |
Literal[...]`. Its definition must hold that one `Literal` (no inline object of its own
holds it), and the enum must not be a discriminator's property (whose `Literal` comes
from the mapping), nor the schema be part of another's `allOf` (which can copy it).
"""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache as cache_result
from typing import Any

from generator.cache import Cache, value_digest
from generator.models import ModelSources, _typed_dict_fields
from generator.statements import Module, first_users, import_words, read_module, whole

# The keywords of a schema whose class this module can edit, and of a field it can write.
PLAIN_KEYWORDS = frozenset({"type", "description", "properties", "required", "additionalProperties"})
FIELD_KEYWORDS = frozenset({"type", "description"})
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
# Field names the model generator renames (pydantic's own attributes; it also renames
# `model_*`), and the type names a field annotation here uses. Kept in step with the
# generator by a test.
RENAMED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "mro",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "register",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
    | set(SCALARS.values())
)
# A field line of each module as the model generator writes a scalar one.
_SCALAR_LINE = {
    "models": re.compile(r"    [a-z][a-z0-9_]*: (str|int|float|bool)( \| None)?( = None)?\Z"),
    "params": re.compile(r"    [a-z][a-z0-9_]*: (NotRequired\[)?(str|int|float|bool)( \| None)?\]?\Z"),
}

# [digest of the rest of the schema, [[property, digest, (digest without enum values)], ...]]
Parts = list[Any]
# What is remembered of a plain enum schema: that it is one (its values and description
# may change without the model generator). Never a digest, which is 64 hex digits.
ENUM_PARTS = "enum"
ENUM_KEYWORDS = frozenset({"type", "enum", "description"})
# What is remembered of any other schema holding one enum: this, then the digest of the
# schema with the enum's values left out.
VALUES_PARTS = "values "


def schema_parts(schema: Any) -> Parts | None:
    """What is remembered of a plain object schema to tell, next time, which of its
    fields changed: a digest of everything but its fields, and one of each field (its
    schema and whether it is required), in order; `[ENUM_PARTS, []]` for a plain enum
    schema. None for any other schema."""
    if _plain_enum(schema):
        return [ENUM_PARTS, []]
    if not _plain(schema):
        enums = _enums(schema)
        if len(enums) == 1 and _distinct_strings(enums[0]):
            return [VALUES_PARTS + digest(_without_values(schema)), []]
        return None
    required = set(schema.get("required", ()))
    rest = {key: value for key, value in schema.items() if key not in ("properties", "required")}
    return [
        digest(rest),
        [_field_entry(name, value, name in required) for name, value in schema["properties"].items()],
    ]


def _field_entry(name: str, schema: Any, required: bool) -> list[str]:
    """[name, digest of its schema and required-ness], and when its schema holds one enum,
    the digest of the same with the enum's values left out: a field whose first two
    digests changed and not the third changed in its values alone."""
    entry = [name, digest([schema, required])]
    if len(_enums(schema)) == 1:
        entry.append(digest([_without_values(schema), required]))
    return entry


def _enums(schema: Any) -> list[Any]:
    """The `enum` values of every schema inside `schema` (itself included)."""
    return [node["enum"] for node in _mappings(schema) if "enum" in node]


def _mappings(value: Any) -> Iterator[dict[Any, Any]]:
    """Every mapping in `value` (itself included)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _without_values(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            key: ("values",) if key == "enum" else _without_values(value) for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_without_values(item) for item in schema]
    return schema


def _distinct_strings(values: Any) -> bool:
    return (
        isinstance(values, list)
        and len(values) >= 2
        and all(type(value) is str for value in values)
        and len(set(values)) == len(values)
    )


def valid_parts(value: Any) -> bool:
    """Whether a stored value is what `schema_parts` gives (the cache may hold anything)."""
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and isinstance(value[1], list)
        and all(
            isinstance(entry, list) and len(entry) in (2, 3) and all(isinstance(x, str) for x in entry)
            for entry in value[1]
        )
    )


def digest(value: Any) -> str:
    # Key order kept: the order of properties is the order of fields.
    return value_digest(value)


def _plain(schema: Any) -> bool:
    if not isinstance(schema, dict) or not schema.keys() <= PLAIN_KEYWORDS or schema.get("type") != "object":
        return False
    properties, required = schema.get("properties"), schema.get("required", [])
    return (
        isinstance(properties, dict)
        and bool(properties)
        and all(isinstance(name, str) for name in properties)
        and isinstance(required, list)
        and all(isinstance(name, str) and name in properties for name in required)
        and schema.get("additionalProperties", False) in (True, False)
    )


def _plain_enum(schema: Any) -> bool:
    # Not validation_leaves.plain_enum, whose question is another: here two distinct values
    # (one would be its referrers' default), and no `title`, not checked against the generator.
    if not isinstance(schema, dict) or not schema.keys() <= ENUM_KEYWORDS or schema.get("type") != "string":
        return False
    values = schema.get("enum")
    return (
        isinstance(values, list)
        and len(values) >= 2
        and all(type(value) is str for value in values)
        and len(set(values)) == len(values)
    )


def enum_lines(kind: str, name: str, schema: Any) -> list[str] | None:
    """The lines of a plain enum schema's alias in the `kind` module as the model
    generator writes it, or None when this module does not write it."""
    if not _plain_enum(schema) or not name.isidentifier() or keyword.iskeyword(name):
        return None
    docstring = _docstring(schema.get("description"), indent="")
    if docstring is None:
        return None
    literal = f"Literal[{', '.join(repr(value) for value in schema['enum'])}]"
    line = (
        f'{name} = TypeAliasType("{name}", {literal})'
        if kind == "models"
        else f"{name}: TypeAlias = {literal}"
    )
    return [line, *docstring]


def field_lines(kind: str, name: str, schema: Any, required: bool) -> list[str] | None:
    """The lines of one field in the `kind` module ("models" or "params") as the model
    generator writes it, or None when it is not a scalar field this module can write."""
    if (
        not isinstance(schema, dict)
        or not schema.keys() <= FIELD_KEYWORDS
        or not _NAME.match(name)
        or keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in RENAMED
        or name.startswith("model_")
    ):
        return None
    declared, nullable = schema.get("type"), False
    if isinstance(declared, list) and len(declared) == 2 and "null" in declared:
        declared, nullable = declared[1] if declared[0] == "null" else declared[0], True
    python = SCALARS.get(declared) if isinstance(declared, str) else None
    docstring = _docstring(schema.get("description"))
    if python is None or docstring is None:
        return None
    if nullable:
        python += " | None"
    if kind == "models":
        line = (
            f"    {name}: {python}"
            if required
            else f"    {name}: {python.removesuffix(' | None')} | None = None"
        )
    else:
        line = f"    {name}: {python}" if required else f"    {name}: NotRequired[{python}]"
    return [line, *docstring]


def _docstring(description: Any, indent: str = "    ") -> list[str] | None:
    """The lines of a field's docstring, or None for a description this module does not
    write: one with a backslash, two quotes in a row, or any unprintable character but a
    line end (the model generator escapes those), a line of nothing but spaces, or
    nothing but line ends."""
    if description is None or description == "":
        return []
    if not isinstance(description, str) or "\\" in description or '""' in description:
        return None
    if not description.strip():
        return None  # the model generator writes no docstring for it
    lines = description.split("\n")
    if not all(line.isprintable() and (line.strip() or not line) for line in lines):
        return None
    return [f'{indent}"""', *(f"{indent}{line}" if line else "" for line in lines), f'{indent}"""']


def edit_in_place(
    document: dict[str, Any],
    previous: ModelSources,
    changed: set[str],
    stored_parts: Any,
    cache: Cache,
    reached: set[str] | None = None,
) -> ModelSources | str:
    """`previous` with the classes of the `changed` schemas edited to their new fields, or
    why that cannot be shown to equal a run of the model generator. `reached`: the
    schemas the params module holds (None: all)."""
    if not isinstance(stored_parts, dict):
        return "no fields remembered"
    schemas = document["components"]["schemas"]
    new_parts = {}
    for name in changed:
        parts, before = schema_parts(schemas[name]), stored_parts.get(name)
        if parts is None or before is None or not valid_parts(before):
            return f"{name} is not a plain object schema, now or before"
        if parts[0] != before[0]:
            return f"{name} changed more than its fields"
        if parts[0].startswith(VALUES_PARTS) and _in_all_of(name, schemas):
            return f"{name} is part of another schema's allOf"
        new_parts[name] = parts
    texts, edited_params = {}, {}
    # A field named like a discriminator's property takes its Literal from the union's
    # mapping in the models module, whatever its enum holds: its values are left alone.
    discriminators = cache_result(lambda: _discriminator_properties(schemas))
    for kind, source in (("models", previous.models), ("params", previous.params)):
        here = changed if kind == "models" or reached is None else changed & reached
        if not here:
            texts[kind] = source
            continue
        try:
            module = read_module(source, cache)
        except (SyntaxError, ValueError) as exc:
            return f"{kind}: {exc}"
        missing = here - module.definitions.keys()
        if missing:
            return f"{kind}: no definition of {sorted(missing)[0]}"
        lines = list(module.lines)
        # A field named like an import makes the model generator alias that import in the
        # whole module (`date as date_aliased`): such names are left to it, come or go.
        taken = import_words(module) | set(module.definitions)
        # From the last definition up, so the line numbers of the others hold.
        for name in sorted(here, key=lambda n: module.definitions[n].start, reverse=True):
            if new_parts[name][0] == ENUM_PARTS:
                edited = _edited_enum(kind, module.text(name), name, schemas[name])
            elif new_parts[name][0].startswith(VALUES_PARTS):
                if _discriminated(schemas[name], discriminators()):
                    return f"{kind}: {name}: its enum is a discriminator's property"
                edited = _values_rewritten(module.text(name), schemas[name], field=False)
                if kind == "params" and not isinstance(edited, str):
                    edited_params[name] = edited  # a TypedDict's fields are read again
            elif _inherited(name, module.definitions):
                return f"{kind}: another class inherits from {name}"
            else:
                edited = _edited_class(
                    kind,
                    module.text(name),
                    schemas[name],
                    stored_parts[name],
                    new_parts[name],
                    taken,
                    discriminators,
                )
                if kind == "params" and not isinstance(edited, str):
                    edited_params[name] = edited
            if isinstance(edited, str):
                return f"{kind}: {name}: {edited}"
            definition = module.definitions[name]
            lines[definition.start : definition.end] = edited
        if kind == "params":
            problem = _imports_kept(module, edited_params)
            if problem:
                return f"params: {problem}"
        texts[kind] = "\n".join(lines)
    param_fields = dict(previous.param_fields)
    classes = ast.parse("\n\n".join("\n".join(lines) for lines in edited_params.values()))
    param_fields.update(_typed_dict_fields(classes))
    return ModelSources(
        models=texts["models"],
        params=texts["params"],
        model_names=previous.model_names,
        param_names=previous.param_names,
        class_names=previous.class_names,
        param_fields=param_fields,
        param_imports=previous.param_imports,
        model_renamed=previous.model_renamed,
        param_renamed=previous.param_renamed,
        name_takers=previous.name_takers,
    )


def _inherited(name: str, definitions: Mapping[str, Any]) -> bool:
    base = re.compile(rf"[(,] ?{re.escape(name)}[,)]")
    return any(other != name and base.search(d.shape) for other, d in definitions.items())


def _imports_kept(module: Module, edited: Mapping[str, list[str]]) -> str | None:
    """Why the params module's imports would not be what the model generator writes once
    the `edited` classes read as given, or None. The scalar fields there use one imported
    name, NotRequired: it must be imported if used and used if imported, and the import
    lines must keep their order."""
    after = {name: whole("\n".join(lines))[0].names for name, lines in edited.items()}
    used = any("NotRequired" in names for names in after.values()) or any(
        "NotRequired" in definition.names
        for name, definition in module.definitions.items()
        if name not in edited
    )
    if "NotRequired" not in module.imports:
        return "NotRequired is not imported" if used else None
    if not used:
        return "the import of NotRequired would be left unused"
    if first_users(module) != first_users(module, after):
        return f"the import from {module.imports['NotRequired']} would move"
    return None


def _edited_enum(kind: str, text: list[str], name: str, schema: Any) -> list[str] | str:
    """The alias of a plain enum schema written again, or why not: the definition must be
    the alias the model generator wrote for it, of two or more strings, and its docstring."""
    written = enum_lines(kind, name, schema)
    if written is None:
        return "not a plain enum this module writes"
    head = written[0][: written[0].index("Literal[")]
    if not text or not text[0].startswith(head):
        return "not written as an alias of a Literal"
    try:
        statements = ast.parse("\n".join(text)).body
    except SyntaxError as exc:
        return f"does not parse alone: {exc}"
    value = statements[0].value if isinstance(statements[0], (ast.Assign, ast.AnnAssign)) else None
    if isinstance(value, ast.Call):  # TypeAliasType("Name", Literal[...])
        value = value.args[1] if len(value.args) == 2 else None
    if not (
        isinstance(value, ast.Subscript)
        and isinstance(value.value, ast.Name)
        and value.value.id == "Literal"
        and isinstance(value.slice, ast.Tuple)
        and len(value.slice.elts) >= 2
        and all(isinstance(e, ast.Constant) and type(e.value) is str for e in value.slice.elts)
    ):
        return "its Literal did not hold two or more strings"
    if len(statements) > 2 or (len(statements) == 2 and not _is_docstring(statements[1])):
        return "more than the alias and its docstring"
    return written


def _edited_class(
    kind: str,
    text: list[str],
    schema: dict[str, Any],
    before: Parts,
    after: Parts,
    taken: set[str],
    discriminators: Callable[[], set[str]] = set,
) -> list[str] | str:
    """The class's lines with its fields rewritten, or why not. `taken`: names a field
    written or removed here may not have; `discriminators`: names whose values are not
    rewritten."""
    spans = _field_spans(text)
    if isinstance(spans, str):
        return spans
    header_end, fields = spans
    old_entries = {str(entry[0]): entry for entry in before[1]}
    if [name for name, _, _ in fields] != [entry[0] for entry in before[1]]:
        return "its fields are not named as its properties were"
    old_fields = {name: text[start:end] for name, start, end in fields}
    required = set(schema.get("required", ()))
    lines = text[:header_end]
    for entry in after[1]:
        name, old = entry[0], old_entries.get(entry[0])
        if old is not None and old[1] == entry[1]:
            lines += old_fields[name]
            continue
        if name in taken:
            return f"{name} is the name of an import or a definition"
        if old is not None and len(old) == 3 and len(entry) == 3 and old[2] == entry[2]:
            if name in discriminators():
                return f"{name} is the property of a discriminator"
            rewritten = _values_rewritten(old_fields[name], schema["properties"][name])
            if isinstance(rewritten, str):
                return f"{name}: {rewritten}"
            lines += rewritten
            continue
        if name in old_fields and not _SCALAR_LINE[kind].match(old_fields[name][0]):
            return f"{name} was not a scalar field"
        written = field_lines(kind, name, schema["properties"][name], name in required)
        if written is None:
            return f"{name} is not a scalar field this module writes"
        lines += written
    for name, lines_before in old_fields.items():
        if name in schema["properties"]:
            continue
        if name in taken:
            return f"{name}, removed, is the name of an import or a definition"
        if not _SCALAR_LINE[kind].match(lines_before[0]):
            return f"{name}, removed, was not a scalar field"
    return lines


def _discriminator_properties(schemas: Mapping[str, Any]) -> set[str]:
    """Every `discriminator.propertyName` in the schemas."""
    found = set()
    for node in _mappings(list(schemas.values())):
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("propertyName"), str):
            found.add(discriminator["propertyName"])
    return found


def _values_rewritten(lines: list[str], schema: Any, field: bool = True) -> list[str] | str:
    """A field's lines (its first line parsed) or a definition's (`field` false: all of
    them) with the values of their one `Literal` written again from the one enum of the
    new schema, or why not. The `Literal` must be on one line."""
    [values] = _enums(schema)
    if not _distinct_strings(values):
        return "its enum is not two or more distinct strings"
    indent = "    " if field else ""
    if field and not lines[0].startswith(indent):
        return "not a field's line"
    try:
        # ast's columns count bytes
        tree = ast.parse(
            lines[0][len(indent) :].encode("utf-8") if field else "\n".join(lines).encode("utf-8")
        )
    except SyntaxError:
        return "its lines do not parse alone"
    literals = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal"
    ]
    if field and (len(tree.body) != 1 or not isinstance(tree.body[0], ast.AnnAssign)):
        return "not one Literal in one annotated line"
    if len(literals) != 1:
        return "not one Literal"
    literal = literals[0]
    elements = literal.slice.elts if isinstance(literal.slice, ast.Tuple) else []
    if len(elements) < 2 or not all(isinstance(e, ast.Constant) and type(e.value) is str for e in elements):
        return "its Literal did not hold two or more strings"
    if literal.lineno != literal.end_lineno:
        return "its Literal spans lines"
    index = literal.lineno - 1
    line = lines[index].encode("utf-8")
    start, end = len(indent) + literal.col_offset, len(indent) + (literal.end_col_offset or 0)
    written = f"Literal[{', '.join(repr(value) for value in values)}]".encode("utf-8")
    return [*lines[:index], (line[:start] + written + line[end:]).decode("utf-8"), *lines[index + 1 :]]


def _in_all_of(name: str, schemas: Mapping[str, Any]) -> bool:
    """Whether an `allOf` anywhere in the schemas refers to the schema `name`."""
    target = "#/components/schemas/" + name
    return any(
        isinstance(member, dict) and member.get("$ref") == target
        for node in _mappings(list(schemas.values()))
        if isinstance(node.get("allOf"), list)
        for member in node["allOf"]
    )


def _discriminated(schema: Any, properties: set[str]) -> bool:
    """Whether the one enum of `schema` sits under a property named like a
    discriminator's (somewhere in the document)."""
    return any(
        name in properties and _enums(value)
        for node in _mappings(schema)
        if isinstance(node.get("properties"), dict)
        for name, value in node["properties"].items()
    )


def _field_spans(text: list[str]) -> tuple[int, list[tuple[str, int, int]]] | str:
    """(index of the first field's line, [(name, start, end)] of each field with its
    docstring), for a class laid out as the model generator lays it out: a docstring and
    a `model_config` maybe, then the fields, each maybe followed by its docstring."""
    try:
        tree = ast.parse("\n".join(text))
    except SyntaxError as exc:
        return f"does not parse alone: {exc}"
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.ClassDef):
        return "not a class"
    body = tree.body[0].body
    fields: list[tuple[str, int, int]] = []
    for index, node in enumerate(body):
        after_field = index > 0 and isinstance(body[index - 1], ast.AnnAssign)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.simple:
            fields.append((node.target.id, node.lineno - 1, node.end_lineno or node.lineno))
        elif _is_docstring(node) and after_field:
            name, start, _ = fields[-1]
            fields[-1] = (name, start, node.end_lineno or node.lineno)
        elif fields or not ((_is_docstring(node) and index == 0) or _is_model_config(node)):
            return f"an unexpected statement at line {node.lineno}"
    if not fields:
        return "no fields"
    ends = [start for _, start, _ in fields[1:]] + [len(text)]
    if any(end != next_start for (_, _, end), next_start in zip(fields, ends)):
        return "lines between its fields"
    return fields[0][1], fields


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _is_model_config(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == "model_config"
    )
