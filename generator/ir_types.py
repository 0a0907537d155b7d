"""Schemas as Python types, for the signatures the IR builder writes.

Annotations are read from the generated models and params modules (never
written from spec text): a request-body field is typed as its TypedDict field
is, a parameter by its schema (primitives, enums, arrays, `p.<Name>`).
"""

from __future__ import annotations

import ast
import copy
from typing import Any

from generator.diagnostics import Diagnostic, join_pointer
from generator.escape import Code, py_str
from generator.models import Field, ModelSources
from generator.normalize import SCHEMA_ORIGINS
from generator.validate import resolve_local

BUILTIN_TYPES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "None", "object"}
)
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class TypeNames:
    """Python types for schemas, and the diagnostics found on the way."""

    def __init__(self, document: dict[str, Any], sources: ModelSources) -> None:
        self.document = document
        self.sources = sources
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = list(sources.warnings)
        self.typing_imports: dict[str, set[str]] = {}
        self.schema_origins: dict[str, str] = document.get(SCHEMA_ORIGINS) or {}
        self._param_aliases: dict[str, list[str]] | None = None

    def error(self, pointer: str, message: str) -> None:
        self.errors.append(Diagnostic("error", message, pointer))

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(Diagnostic("warning", message, pointer))

    def schema_pointer(self, name: str, *tokens: str | int) -> str:
        """Pointer to a schema under the name the spec gave it (before renaming)."""
        return join_pointer("components", "schemas", self.schema_origins.get(name, name), *tokens)

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 64:
            node = resolve_local(self.document, node["$ref"])
            seen += 1
        return node

    def union_fields(self, class_name: str, schema_ref: Any) -> list[Field] | None:
        """Keyword arguments for a body that is a union of objects: every field of
        every variant, required where all variants require it (as the official
        client flattens such bodies)."""
        schema = self.resolve(schema_ref)
        variants = (schema.get("oneOf") or schema.get("anyOf")) if isinstance(schema, dict) else None
        if not variants:
            return None
        refs = [v.get("$ref", "") if isinstance(v, dict) else "" for v in variants]
        # Inline variants are named by the model generator (`Body1`, `Body2`):
        # read their names from the union it wrote.
        names = (
            [self.sources.param_class(r.rsplit("/", 1)[-1]) for r in refs]
            if all(refs)
            else self.param_union_members(class_name)
        )
        per_variant = []
        for name in names or [""]:
            fields = self.sources.param_fields.get(name) if name else None
            if fields is None:
                return None
            per_variant.append({field.key: field for field in fields})
        merged: dict[str, Field] = {}
        for fields_of_variant in per_variant:
            for key, field in fields_of_variant.items():
                if key not in merged:
                    annotations = [v[key].annotation for v in per_variant if key in v]
                    unique = list({ast.dump(a): a for a in annotations}.values())
                    annotation = unique[0]
                    for extra in unique[1:]:
                        annotation = ast.BinOp(annotation, ast.BitOr(), extra)
                    required = all(key in v and v[key].required for v in per_variant)
                    merged[key] = Field(key, annotation, required)
        return list(merged.values())

    def param_union_members(self, name: str) -> list[str] | None:
        """The classes of `name = A | B | ...` in the params module, if it is such a union."""
        if self._param_aliases is None:
            self._param_aliases = {}
            for node in ast.parse(self.sources.params).body:
                target, value = None, None
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    target, value = node.target.id, node.value
                elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                    first = node.targets[0]
                    target, value = (first.id if isinstance(first, ast.Name) else None), node.value
                members = _union_names(value) if target and value is not None else None
                if target and members:
                    self._param_aliases[target] = members
        return self._param_aliases.get(name)

    def file_annotation(self, schema: Any) -> Code | None:
        """`FileTypes` for a binary field, `list[FileTypes]` for an array of them, else None."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if schema.get("format") == "binary" or "contentMediaType" in schema:
            return Code("FileTypes")
        items = schema.get("items")
        if items is not None and self.file_annotation(items):
            return Code("list[FileTypes]")
        variants = [self.file_annotation(v) for v in (schema.get("oneOf") or schema.get("anyOf") or [])]
        found = [v for v in variants if v]
        if found:
            return Code(" | ".join(dict.fromkeys(found)))
        return None

    def component_name(self, schema: Any, pointer: str) -> str | None:
        """The name of the component schema that `schema` refers to (its class in each
        module: `sources.model_class`, `sources.param_class`), or None after an error."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        prefix = "#/components/schemas/"
        if not isinstance(ref, str) or not ref.startswith(prefix):
            self.error(pointer, "expected a reference to a schema in components/schemas")
            return None
        name = ref[len(prefix) :]
        if self.sources.model_class(name) not in self.sources.model_names:
            self.error(
                pointer, f"schema {name!r} did not become a model class (names must be Python identifiers)"
            )
            return None
        return name

    def object_properties(self, schema: Any) -> dict[str, Any]:
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        properties: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            properties.update(self.object_properties(part))
        properties.update(schema.get("properties") or {})
        return properties

    def param_annotation(self, annotation: ast.expr, pointer: str) -> Code:
        builder = self

        class Qualify(ast.NodeTransformer):
            def visit_Name(self, node: ast.Name) -> ast.AST:
                if node.id in builder.sources.param_names:
                    return ast.copy_location(
                        ast.Attribute(ast.Name("p", ast.Load()), node.id, ast.Load()), node
                    )
                module = builder.sources.param_imports.get(node.id)
                if module is not None:
                    builder.typing_imports.setdefault(module, set()).add(node.id)
                elif node.id not in BUILTIN_TYPES:
                    builder.error(pointer, f"cannot place type {node.id!r} in a signature")
                return node

        # Annotations come from generated source, never straight from spec text. A copy is
        # qualified: the same field's annotation serves every operation sharing its body.
        return Code(ast.unparse(Qualify().visit(copy.deepcopy(annotation))))

    def schema_annotation(self, schema: Any, pointer: str) -> Code:
        """Type of a path, query or header parameter: primitives, enums, arrays."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = self.sources.param_class(ref.rsplit("/", 1)[1])
            if name in self.sources.param_names:
                return Code(f"p.{name}")
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return Code("str")
        variants = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(variants, list) and variants:
            parts = [
                self.schema_annotation(variant, f"{pointer}/{index}")
                for index, variant in enumerate(variants)
            ]
            return Code(" | ".join(dict.fromkeys(parts)))
        if "enum" in schema:
            values = [v for v in schema["enum"] if isinstance(v, (str, int, bool)) or v is None]
            literals = [py_str(v) if isinstance(v, str) else Code(repr(v)) for v in values if v is not None]
            self.typing_imports.setdefault("typing", set()).add("Literal")
            text = f"Literal[{', '.join(literals)}]" if literals else "None"
            return Code(text + (" | None" if None in values and literals else ""))
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types]
        rendered: list[str] = []
        for kind in type_list:
            if kind == "array":
                rendered.append(
                    f"list[{self.schema_annotation(schema.get('items') or {}, pointer + '/items')}]"
                )
            elif kind == "object":
                # Sent as `name[key]=value` (deepObject), as the API reads such filters.
                extra = schema.get("additionalProperties")
                value = (
                    self.schema_annotation(extra, pointer + "/additionalProperties")
                    if isinstance(extra, dict) and extra
                    else Code("str")
                )
                rendered.append(f"dict[str, {value}]")
            elif kind in _PRIMITIVES:
                rendered.append(_PRIMITIVES[kind])
        if not rendered:
            self.warn(pointer, "parameter schema is not a primitive, enum or array; typed as str")
            rendered = ["str"]
        return Code(" | ".join(rendered))


# (OpenAPI style, explode) of an array or object query value -> the runtime's name for it.
_QUERY_STYLES = {
    ("form", True): "form",
    ("form", False): "form-joined",
    ("spaceDelimited", False): "space-joined",
    ("pipeDelimited", False): "pipe-joined",
    ("spaceDelimited", True): "form",  # exploded, these mean repeated names, as form does
    ("pipeDelimited", True): "form",
    ("deepObject", True): "deep",
}


def value_shape(types: TypeNames, schema: Any) -> str:
    """ "array", "object" or "scalar": what a parameter's value is, looking through
    references and nullable unions (`anyOf: [array, null]`, `type: [array, "null"]`)."""
    schema = types.resolve(schema)
    if not isinstance(schema, dict):
        return "scalar"
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    if "array" in kinds or "items" in schema:
        return "array"
    if "object" in kinds or "properties" in schema or "additionalProperties" in schema:
        return "object"
    shapes = {value_shape(types, part) for part in schema.get("anyOf") or schema.get("oneOf") or []}
    shapes.discard("scalar")
    return shapes.pop() if len(shapes) == 1 else "scalar"


def query_style(types: TypeNames, param: dict[str, Any], pointer: str) -> Code | None:
    """Literal: how an array or object query parameter goes on the wire (None for a scalar),
    from its `style` and `explode` (defaults: form, exploded)."""
    shape = value_shape(types, param.get("schema") or {})
    if shape == "scalar":
        return None
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    known = _QUERY_STYLES.get((str(style), bool(explode)))
    if known is None or (known == "deep" and shape != "object"):
        types.warn(
            pointer,
            f"query parameter {param.get('name')!r}: style {style!r} with explode {bool(explode)} "
            f"does not apply to an {shape}; written as style 'form' (exploded) instead",
        )
        known = "form"
    return py_str(known)


def _union_names(node: ast.expr) -> list[str] | None:
    """`A | B | C` -> ["A", "B", "C"]; None for anything else."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _union_names(node.left), _union_names(node.right)
        return left + right if left and right else None
    return None
