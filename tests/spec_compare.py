"""Compare one operation of our bundled spec with the same operation in OpenAI's spec.

Both documents are plain dicts with local `$ref`s only. A schema is reduced to
its *leaves*: the alternatives it allows, one JSON type each. `$ref` is
followed (siblings merged in), `anyOf`/`oneOf` become a union of leaves,
`allOf` an intersection (properties merged, `required` lists joined, a field
defined by several parts gets the intersection of those definitions), and the
3.0 habit `nullable: true` adds a `null` leaf. Comparing two schemas is then
comparing their leaves: JSON types, enum values per scalar type, numeric and
length bounds, formats, defaults and deprecation; array alternatives are paired
by the types of their items, object alternatives by the value of their
discriminating property (`type`, `role`, ...), and paired objects are compared
field by field, recursively.

Requests are held to equality (what we send must be exactly what the API
accepts); responses must fit inside the reference (every field we declare and
every enum value we expect must exist there). Each problem becomes a `Finding`
that names the operation and a JSON pointer into our document; reference
fields we leave out become `Omission`s, which are only information.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCALAR_TYPES = ("string", "integer", "number", "boolean")
BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
)
ARRAY_BOUNDS = ("minItems", "maxItems", "uniqueItems")
OBJECT_BOUNDS = ("minProperties", "maxProperties")
_LOWER_BOUNDS = {"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"}
_UPPER_BOUNDS = {"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"}
# Properties that usually tell union members apart, tried in this order after
# any declared `discriminator.propertyName`.
LIKELY_DISCRIMINATORS = ("type", "role", "object", "event")
MAX_DEPTH = 40
_MISSING = object()

REQUEST = "request"
RESPONSE = "response"


# ---------------------------------------------------------------------- results


@dataclass(frozen=True)
class Finding:
    """One disagreement with the reference."""

    operation: str  # "POST /chat/completions"
    pointer: str  # JSON pointer into our bundled document
    code: str  # kind of disagreement, e.g. "enum-differs"
    where: str  # readable path of the field, e.g. "request.messages[]<role=user>.content"
    message: str
    ref_pointer: str = ""  # JSON pointer into the reference document

    def __str__(self) -> str:
        ref = f"  [reference {self.ref_pointer}]" if self.ref_pointer else ""
        return f"{self.code}: {self.pointer}  ({self.where}) {self.message}{ref}"


@dataclass(frozen=True)
class Omission:
    """Something the reference has at a place where we declare less."""

    operation: str
    mode: str  # REQUEST or RESPONSE
    where: str  # the object (or union) that lacks it
    name: str  # field name, or "<prop=value>" for a union member
    required: bool
    ref_pointer: str

    def __str__(self) -> str:
        flag = " (REQUIRED in the reference)" if self.required else ""
        return f"{self.where}.{self.name}{flag}"


@dataclass
class Report:
    operation: str
    findings: list[Finding] = field(default_factory=list)
    omissions: list[Omission] = field(default_factory=list)


# ---------------------------------------------------------------------- pointers


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: object) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


def resolve_pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.lstrip("#").split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


# ---------------------------------------------------------------------- leaves


@dataclass(frozen=True)
class Loc:
    """A schema together with where it sits in its document."""

    schema: Any
    pointer: str


@dataclass
class Leaf:
    """One alternative of a schema, with a single JSON type ("any" if untyped)."""

    type: str
    pointer: str
    enum: list[Any] | None = None  # None: any value of the type
    bounds: dict[str, Any] = field(default_factory=dict)
    format: str | None = None
    default: Any = _MISSING
    deprecated: bool = False
    items: list[Loc] | None = None  # several Locs: all must hold (allOf)
    properties: dict[str, list[Loc]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    # None or True: open; False: closed; list of Locs: a map with these values.
    additional: Any = None
    discriminator: str | None = None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _fits(value: Any, type_: str) -> bool:
    actual = _json_type(value)
    return actual == type_ or (type_ == "number" and actual == "integer") or type_ == "any"


def _meet_type(a: str, b: str) -> str | None:
    if a == b or b == "any":
        return a
    if a == "any":
        return b
    if {a, b} == {"integer", "number"}:
        return "integer"
    return None


def _meet_bound(key: str, a: Any, b: Any) -> Any:
    if a is None:
        return b
    if b is None or a == b:
        return a
    if key in _LOWER_BOUNDS:
        return max(a, b)
    if key in _UPPER_BOUNDS:
        return min(a, b)
    return a


def _meet(a: Leaf, b: Leaf) -> Leaf | None:
    """The values allowed by both leaves, or None if there are none."""
    type_ = _meet_type(a.type, b.type)
    if type_ is None:
        return None
    if a.enum is not None and b.enum is not None:
        enum: list[Any] | None = [v for v in a.enum if v in b.enum]
    else:
        enum = a.enum if a.enum is not None else b.enum
    if enum is not None:
        enum = [v for v in enum if _fits(v, type_)]
    properties = {k: list(v) for k, v in a.properties.items()}
    for name, locs in b.properties.items():
        properties.setdefault(name, []).extend(locs)
    if a.additional is False or b.additional is False:
        additional: Any = False
    elif isinstance(a.additional, list) and isinstance(b.additional, list):
        additional = a.additional + b.additional
    elif isinstance(a.additional, list) or isinstance(b.additional, list):
        additional = a.additional if isinstance(a.additional, list) else b.additional
    else:
        additional = a.additional if a.additional is not None else b.additional
    items = None if a.items is None and b.items is None else (a.items or []) + (b.items or [])
    return Leaf(
        type=type_,
        # Keep the pointer of the more specific side.
        pointer=b.pointer if a.type == "any" and b.type != "any" else a.pointer,
        enum=enum,
        bounds={k: _meet_bound(k, a.bounds.get(k), b.bounds.get(k)) for k in {*a.bounds, *b.bounds}},
        format=a.format or b.format,
        default=a.default if a.default is not _MISSING else b.default,
        deprecated=a.deprecated or b.deprecated,
        items=items,
        properties=properties,
        required=a.required | b.required,
        additional=additional,
        discriminator=a.discriminator or b.discriminator,
    )


def _bounds(schema: dict[str, Any]) -> dict[str, Any]:
    """The bounds a schema sets, exclusive ones in the 3.1 spelling.

    OpenAPI 3.0 writes "above 0" as `minimum: 0, exclusiveMinimum: true`; 3.1
    (JSON Schema) as `exclusiveMinimum: 0`. Both become the latter, so the two
    spellings compare equal and any real difference in the limit still shows.
    """
    bounds = {k: schema[k] for k in (*BOUNDS, *ARRAY_BOUNDS, *OBJECT_BOUNDS) if k in schema}
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = bounds.get(exclusive)
        if isinstance(flag, bool):
            del bounds[exclusive]
            if flag and inclusive in bounds:
                bounds[exclusive] = bounds.pop(inclusive)
    return bounds


def _intersect(left: list[Leaf], right: list[Leaf]) -> list[Leaf]:
    return [m for a in left for b in right if (m := _meet(a, b)) is not None]


class Document:
    """A parsed OpenAPI document that can reduce its schemas to leaves."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def deref(self, loc: Loc) -> Loc:
        """Follow `$ref` chains; keywords next to a `$ref` are kept."""
        schema, pointer = loc.schema, loc.pointer
        extra: dict[str, Any] = {}
        for _ in range(64):
            if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
                break
            for key, value in schema.items():
                if key != "$ref":
                    extra.setdefault(key, value)
            pointer = schema["$ref"].lstrip("#")
            schema = resolve_pointer(self.document, pointer)
        else:  # pragma: no cover - only a broken document loops
            raise ValueError(f"$ref loop at {loc.pointer}")
        if extra and isinstance(schema, dict):
            schema = {**schema, **{k: v for k, v in extra.items() if k != "description"}}
        return Loc(schema, pointer)

    def leaves(self, loc: Loc) -> list[Leaf]:
        loc = self.deref(loc)
        schema, pointer = loc.schema, loc.pointer
        if schema is False:
            return []
        if not isinstance(schema, dict):
            return [Leaf("any", pointer)]
        result = self._own_leaves(schema, pointer)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                discriminator = (schema.get("discriminator") or {}).get("propertyName")
                union: list[Leaf] = []
                for i, member in enumerate(schema[keyword]):
                    for leaf in self.leaves(Loc(member, join(pointer, keyword, i))):
                        if discriminator and leaf.type == "object" and not leaf.discriminator:
                            leaf.discriminator = discriminator
                        union.append(leaf)
                result = _intersect(result, union)
        for i, part in enumerate(schema.get("allOf", [])):
            result = _intersect(result, self.leaves(Loc(part, join(pointer, "allOf", i))))
        if schema.get("nullable") is True and not any(leaf.type in ("null", "any") for leaf in result):
            result.append(Leaf("null", pointer))
        return result

    def leaves_of(self, locs: list[Loc]) -> list[Leaf]:
        """The leaves allowed by every Loc (a field defined in several allOf parts)."""
        return reduce(_intersect, (self.leaves(loc) for loc in locs))

    @staticmethod
    def _own_leaves(schema: dict[str, Any], pointer: str) -> list[Leaf]:
        """Leaves from the keywords of this schema alone, ignoring the combinators."""
        enum = schema.get("enum")
        if "const" in schema:
            enum = [schema["const"]]
        types = schema.get("type")
        if types is None:
            if enum is not None:
                types = sorted({_json_type(v) for v in enum})
            elif {"properties", "additionalProperties", "required"} & schema.keys():
                types = ["object"]
            elif "items" in schema:
                types = ["array"]
            else:
                types = ["any"]
        elif isinstance(types, str):
            types = [types]
        if enum is not None and None in enum and "null" not in types:
            types = [*types, "null"]
        leaves = []
        for type_ in types:
            leaf = Leaf(
                type_,
                pointer,
                default=schema.get("default", _MISSING),
                deprecated=bool(schema.get("deprecated")),
            )
            if type_ != "null":
                if enum is not None:
                    leaf.enum = [v for v in enum if _fits(v, type_)]
                leaf.bounds = _bounds(schema)
                leaf.format = schema.get("format")
            if type_ in ("object", "any"):
                leaf.properties = {
                    name: [Loc(sub, join(pointer, "properties", name))]
                    for name, sub in (schema.get("properties") or {}).items()
                }
                leaf.required = set(schema.get("required") or [])
                extra = schema.get("additionalProperties")
                if isinstance(extra, dict) and extra:
                    leaf.additional = [Loc(extra, join(pointer, "additionalProperties"))]
                elif extra is not None:
                    leaf.additional = bool(extra) if not isinstance(extra, dict) else True
            if type_ in ("array", "any") and "items" in schema:
                leaf.items = [Loc(schema["items"], join(pointer, "items"))]
            leaves.append(leaf)
        return leaves


# ---------------------------------------------------------------------- comparison


def _fmt(values: Iterable[Any]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


class Comparison:
    """Compares one operation; collects findings and omissions into a Report."""

    def __init__(self, ours: Document, ref: Document, operation: str) -> None:
        self.ours, self.ref = ours, ref
        self.report = Report(operation)
        self._seen: set[Any] = set()

    # -- recording

    def find(self, pointer: str, code: str, where: str, message: str, ref_pointer: str = "") -> None:
        self.report.findings.append(
            Finding(self.report.operation, pointer, code, where, message, ref_pointer)
        )

    def omit(self, mode: str, where: str, name: str, required: bool, ref_pointer: str) -> None:
        self.report.omissions.append(
            Omission(self.report.operation, mode, where, name, required, ref_pointer)
        )

    # -- schemas

    def schemas(self, ours: list[Loc], ref: list[Loc], where: str, mode: str, depth: int = 0) -> None:
        """Compare two schemas (each given as the Locs that must all hold)."""
        key = (tuple(l.pointer for l in ours), tuple(l.pointer for l in ref), mode)
        if key in self._seen or depth > MAX_DEPTH:
            return
        self._seen.add(key)
        here, there = ours[0].pointer, ref[0].pointer
        o_leaves = self.ours.leaves_of(ours)
        r_leaves = self.ref.leaves_of(ref)
        o_types = {leaf.type for leaf in o_leaves}
        r_types = {leaf.type for leaf in r_leaves}
        if "any" not in r_types and o_types != r_types:
            self.find(
                here,
                "type-differs",
                where,
                f"types {sorted(o_types)} != reference {sorted(r_types)}",
                there,
            )
        self._defaults(o_leaves, r_leaves, here, there, where)
        for type_ in SCALAR_TYPES:
            o_group = [leaf for leaf in o_leaves if leaf.type == type_]
            r_group = [leaf for leaf in r_leaves if leaf.type == type_]
            if o_group and r_group:
                self._scalars(type_, o_group, r_group, here, where, mode)
        self._arrays(o_leaves, r_leaves, here, where, mode, depth)
        self._objects(o_leaves, r_leaves, here, where, mode, depth)

    def _defaults(
        self, o_leaves: list[Leaf], r_leaves: list[Leaf], here: str, there: str, where: str
    ) -> None:
        o_defaults = {_dumps(l.default) for l in o_leaves if l.default is not _MISSING}
        r_defaults = {_dumps(l.default) for l in r_leaves if l.default is not _MISSING}
        if o_defaults - r_defaults:
            self.find(
                here,
                "default-differs",
                where,
                f"default {sorted(o_defaults)} not among reference defaults {sorted(r_defaults)}",
                there,
            )
        elif r_defaults and not o_defaults:
            self.find(here, "default-dropped", where, f"reference default {sorted(r_defaults)}", there)

    def _scalars(
        self, type_: str, o_group: list[Leaf], r_group: list[Leaf], here: str, where: str, mode: str
    ) -> None:
        o_open = any(leaf.enum is None for leaf in o_group)
        r_open = any(leaf.enum is None for leaf in r_group)
        o_values = list(dict.fromkeys(v for leaf in o_group for v in leaf.enum or []))
        r_values = list(dict.fromkeys(v for leaf in r_group for v in leaf.enum or []))
        enum_at = next((leaf.pointer for leaf in o_group if leaf.enum is not None), here)
        ref_at = next((leaf.pointer for leaf in r_group if leaf.enum is not None), r_group[0].pointer)
        extra = [v for v in o_values if v not in r_values]
        missing = [v for v in r_values if v not in o_values]
        label = f"{type_} enum"
        if mode == REQUEST:
            if extra or missing or o_open != r_open:
                self.find(
                    enum_at,
                    "enum-differs",
                    where,
                    f"{label}: extra {_fmt(extra)}, missing {_fmt(missing)}, "
                    f"open {o_open} vs reference {r_open}",
                    ref_at,
                )
        else:
            if extra and not (r_open and not r_values):
                self.find(enum_at, "enum-value-not-in-reference", where, f"{label}: {_fmt(extra)}", ref_at)
            if missing and not o_open:
                self.find(
                    enum_at,
                    "response-enum-narrower",
                    where,
                    f"{label} lacks reference values {_fmt(missing)}",
                    ref_at,
                )
            if r_open and not o_open:
                self.find(
                    enum_at,
                    "response-enum-closed",
                    where,
                    f"{label} is closed; the reference's is open",
                    ref_at,
                )
        for key in BOUNDS:
            o_bound = sorted({_dumps(leaf.bounds.get(key)) for leaf in o_group})
            r_bound = sorted({_dumps(leaf.bounds.get(key)) for leaf in r_group})
            if o_bound != r_bound:
                self.find(
                    here,
                    "bound-differs",
                    where,
                    f"{type_} {key} {', '.join(o_bound)} != reference {', '.join(r_bound)}",
                    r_group[0].pointer,
                )
        o_formats = {leaf.format for leaf in o_group if leaf.format}
        r_formats = {leaf.format for leaf in r_group if leaf.format}
        for fmt in sorted(o_formats - r_formats):
            self.find(here, "format-not-in-reference", where, f"format {fmt!r}", r_group[0].pointer)
        for fmt in sorted(r_formats - o_formats):
            self.find(here, f"format-dropped:{fmt}", where, f"reference format {fmt!r}", r_group[0].pointer)
        o_dep = any(leaf.deprecated for leaf in o_group)
        r_dep = any(leaf.deprecated for leaf in r_group)
        if o_dep != r_dep:
            self.find(
                here,
                "deprecated-differs",
                where,
                f"deprecated {o_dep} != reference {r_dep}",
                r_group[0].pointer,
            )

    def _item_types(self, document: Document, leaf: Leaf) -> frozenset[str]:
        if not leaf.items:
            return frozenset({"any"})
        return frozenset(l.type for l in document.leaves_of(leaf.items))

    def _arrays(
        self, o_leaves: list[Leaf], r_leaves: list[Leaf], here: str, where: str, mode: str, depth: int
    ) -> None:
        o_arrays = [leaf for leaf in o_leaves if leaf.type == "array"]
        r_arrays = [leaf for leaf in r_leaves if leaf.type == "array"]
        if not o_arrays or not r_arrays:
            return
        if len(o_arrays) == 1 and len(r_arrays) == 1:
            pairs = [(o_arrays[0], r_arrays[0], "")]
        else:
            r_by_items: dict[frozenset[str], list[Leaf]] = {}
            for leaf in r_arrays:
                r_by_items.setdefault(self._item_types(self.ref, leaf), []).append(leaf)
            pairs = []
            for leaf in o_arrays:
                kinds = self._item_types(self.ours, leaf)
                tag = "<items:" + "|".join(sorted(kinds)) + ">"
                if r_by_items.get(kinds):
                    pairs.append((leaf, r_by_items[kinds].pop(0), tag))
                else:
                    self.find(leaf.pointer, "variant-not-in-reference", where, f"array variant {tag}")
            for kinds, rest in r_by_items.items():
                for leaf in rest:
                    self._missing_variant(mode, where, "<items:" + "|".join(sorted(kinds)) + ">", leaf, here)
        for o_leaf, r_leaf, tag in pairs:
            path = where + tag
            for key in ARRAY_BOUNDS:
                if o_leaf.bounds.get(key) != r_leaf.bounds.get(key):
                    self.find(
                        o_leaf.pointer,
                        "bound-differs",
                        path,
                        f"{key} {o_leaf.bounds.get(key)} != reference {r_leaf.bounds.get(key)}",
                        r_leaf.pointer,
                    )
            if o_leaf.deprecated != r_leaf.deprecated:
                self.find(
                    o_leaf.pointer,
                    "deprecated-differs",
                    path,
                    f"deprecated {o_leaf.deprecated} != reference {r_leaf.deprecated}",
                    r_leaf.pointer,
                )
            if o_leaf.items and r_leaf.items:
                self.schemas(o_leaf.items, r_leaf.items, path + "[]", mode, depth + 1)
            elif o_leaf.items and not r_leaf.items:
                self.find(o_leaf.pointer, "items-not-in-reference", path, "the reference leaves items open")

    def _missing_variant(self, mode: str, where: str, tag: str, leaf: Leaf, here: str) -> None:
        if mode == RESPONSE:
            self.find(
                here,
                "response-variant-missing",
                where,
                f"reference variant {tag} is not declared",
                leaf.pointer,
            )
        else:
            self.omit(mode, where, tag, False, leaf.pointer)

    def _single_value(self, document: Document, leaf: Leaf, name: str) -> Any:
        """The one value field `name` can take in this object, or _MISSING."""
        locs = leaf.properties.get(name)
        if not locs:
            return _MISSING
        kinds = [l for l in document.leaves_of(locs) if l.type != "null"]
        values = {_dumps(l.enum[0]) for l in kinds if l.enum and len(l.enum) == 1}
        if len(values) == 1 and all(l.enum and len(l.enum) == 1 for l in kinds):
            return json.loads(values.pop())
        return _MISSING

    def _pair_objects(
        self, o_objects: list[Leaf], r_objects: list[Leaf]
    ) -> tuple[list[tuple[Leaf, Leaf, str]], list[Leaf], list[tuple[Leaf, str]]]:
        if len(o_objects) == 1 and len(r_objects) == 1:
            return [(o_objects[0], r_objects[0], "")], [], []
        candidates = [
            *(leaf.discriminator for leaf in o_objects + r_objects if leaf.discriminator),
            *LIKELY_DISCRIMINATORS,
        ]
        shared_tags: str | None = None
        for name in dict.fromkeys(candidates):
            o_keys = [self._single_value(self.ours, leaf, name) for leaf in o_objects]
            r_keys = [self._single_value(self.ref, leaf, name) for leaf in r_objects]
            if _MISSING in o_keys or all(k is _MISSING for k in r_keys):
                continue
            if len({_dumps(k) for k in o_keys}) != len(o_keys):
                shared_tags = shared_tags or name
                continue
            r_index = {_dumps(k): leaf for k, leaf in zip(r_keys, r_objects) if k is not _MISSING}
            pairs, unmatched_ours = [], []
            for key, leaf in zip(o_keys, o_objects):
                match = r_index.pop(_dumps(key), None)
                if match is None:
                    unmatched_ours.append(leaf)
                else:
                    pairs.append((leaf, match, f"<{name}={key}>"))
            unmatched_ref = [
                (leaf, f"<{name}={k if k is not _MISSING else '?'}>")
                for k, leaf in zip(r_keys, r_objects)
                if k is _MISSING or _dumps(k) in r_index
            ]
            return pairs, unmatched_ours, unmatched_ref
        if shared_tags is not None:
            return self._pair_by_tag_then_fields(shared_tags, o_objects, r_objects)
        # No discriminating property: pair by the overlap of field names.
        pairs, rest = [], list(r_objects)
        unmatched_ours = []
        for leaf in o_objects:
            best = max(rest, key=lambda r: len(r.properties.keys() & leaf.properties.keys()), default=None)
            if best is not None and (best.properties.keys() & leaf.properties.keys() or len(rest) == 1):
                rest.remove(best)
                pairs.append((leaf, best, "<" + ",".join(sorted(leaf.properties)) + ">"))
            else:
                unmatched_ours.append(leaf)
        return pairs, unmatched_ours, [(leaf, "<" + ",".join(sorted(leaf.properties)) + ">") for leaf in rest]

    def _pair_by_tag_then_fields(
        self, name: str, o_objects: list[Leaf], r_objects: list[Leaf]
    ) -> tuple[list[tuple[Leaf, Leaf, str]], list[Leaf], list[tuple[Leaf, str]]]:
        """Pairs variants by their tag where several share one (the Responses API has three
        kinds of `message`): among the variants with the same tag, by the overlap of field names."""
        groups: dict[str, list[Leaf]] = {}
        for leaf in r_objects:
            value = self._single_value(self.ref, leaf, name)
            groups.setdefault("?" if value is _MISSING else _dumps(value), []).append(leaf)
        pairs, unmatched_ours = [], []
        for leaf in o_objects:
            key = _dumps(self._single_value(self.ours, leaf, name))
            group = groups.get(key, [])
            best = max(group, key=lambda r: len(r.properties.keys() & leaf.properties.keys()), default=None)
            if best is None:
                unmatched_ours.append(leaf)
                continue
            group.remove(best)
            pairs.append((leaf, best, f"<{name}={json.loads(key)}:" + ",".join(sorted(leaf.properties)) + ">"))
        unmatched_ref = [
            (leaf, f"<{name}={key if key == '?' else json.loads(key)}>")
            for key, group in groups.items()
            for leaf in group
        ]
        return pairs, unmatched_ours, unmatched_ref

    def _objects(
        self, o_leaves: list[Leaf], r_leaves: list[Leaf], here: str, where: str, mode: str, depth: int
    ) -> None:
        o_objects = [leaf for leaf in o_leaves if leaf.type == "object"]
        r_objects = [leaf for leaf in r_leaves if leaf.type == "object"]
        if not o_objects or not r_objects:
            return
        pairs, unmatched_ours, unmatched_ref = self._pair_objects(o_objects, r_objects)
        for leaf in unmatched_ours:
            self.find(
                leaf.pointer, "variant-not-in-reference", where, "object variant has no reference match"
            )
        for leaf, tag in unmatched_ref:
            self._missing_variant(mode, where, tag, leaf, here)
        for o_leaf, r_leaf, tag in pairs:
            self.fields(o_leaf, r_leaf, where + tag, mode, depth)

    def fields(self, o: Leaf, r: Leaf, where: str, mode: str, depth: int) -> None:
        key = ("object", o.pointer, r.pointer, tuple(o.properties), tuple(r.properties), mode)
        if key in self._seen:
            return
        self._seen.add(key)
        if o.deprecated != r.deprecated:
            self.find(
                o.pointer,
                "deprecated-differs",
                where,
                f"deprecated {o.deprecated} != reference {r.deprecated}",
                r.pointer,
            )
        for bound in OBJECT_BOUNDS:
            if o.bounds.get(bound) != r.bounds.get(bound):
                self.find(
                    o.pointer,
                    "bound-differs",
                    where,
                    f"{bound} {o.bounds.get(bound)} != reference {r.bounds.get(bound)}",
                    r.pointer,
                )
        for name, locs in o.properties.items():
            if name not in r.properties:
                self.find(
                    locs[0].pointer, "field-not-in-reference", f"{where}.{name}", "no such field", r.pointer
                )
            else:
                self.schemas(locs, r.properties[name], f"{where}.{name}", mode, depth + 1)
        for name, locs in r.properties.items():
            if name not in o.properties:
                self.omit(mode, where, name, name in r.required, locs[0].pointer)
        if mode == REQUEST and o.required != r.required:
            self.find(
                join(o.pointer, "required"),
                "required-differs",
                where,
                f"extra {sorted(o.required - r.required)}, missing {sorted(r.required - o.required)}",
                r.pointer,
            )
        if mode == RESPONSE and not o.required <= r.required:
            self.find(
                join(o.pointer, "required"),
                "required-not-in-reference",
                where,
                f"{sorted(o.required - r.required)} are optional in the reference",
                r.pointer,
            )
        self._additional(o, r, where, mode, depth)

    def _additional(self, o: Leaf, r: Leaf, where: str, mode: str, depth: int) -> None:
        def kind(value: Any) -> str:
            return "map" if isinstance(value, list) else "closed" if value is False else "open"

        o_kind, r_kind = kind(o.additional), kind(r.additional)
        if o_kind == r_kind == "map":
            self.schemas(o.additional, r.additional, where + "{}", mode, depth + 1)
        elif o_kind != r_kind and not (mode == RESPONSE and r_kind == "closed" and o_kind == "open"):
            self.find(
                join(o.pointer, "additionalProperties"),
                "additional-properties-differs",
                where,
                f"extra fields {o_kind} vs reference {r_kind}",
                r.pointer,
            )


# ---------------------------------------------------------------------- operations


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(method, path) of every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in item:
            if method in HTTP_METHODS:
                yield method, path


def operation_name(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def compare_operation(ours: dict[str, Any], reference: dict[str, Any], method: str, path: str) -> Report:
    """Everything in which our `method path` disagrees with the reference's."""
    name = operation_name(method, path)
    cmp = Comparison(Document(ours), Document(reference), name)
    item_ptr = join("/paths", path)
    op_ptr = join(item_ptr, method)
    o_item = ours["paths"][path]
    r_item = (reference.get("paths") or {}).get(path)
    if r_item is None:
        cmp.find(item_ptr, "path-not-in-reference", name, "the reference has no such path")
        return cmp.report
    if method not in r_item:
        cmp.find(op_ptr, "method-not-in-reference", name, "the reference has no such method on this path")
        return cmp.report
    o_op, r_op = o_item[method], r_item[method]
    if o_op.get("operationId") != r_op.get("operationId"):
        cmp.find(
            join(op_ptr, "operationId"),
            "operation-id-differs",
            name,
            f"{o_op.get('operationId')!r} != reference {r_op.get('operationId')!r}",
            join(op_ptr, "operationId"),
        )
    _compare_parameters(cmp, o_item, o_op, r_item, r_op, item_ptr, op_ptr)
    _compare_request_body(cmp, o_op, r_op, op_ptr)
    _compare_responses(cmp, o_op, r_op, op_ptr)
    return cmp.report


def _parameters(
    doc: Document, item: dict[str, Any], op: dict[str, Any], item_ptr: str, op_ptr: str
) -> dict[tuple[str, str], Loc]:
    """Path-level and operation-level parameters by (name, in); the operation's win."""
    found: dict[tuple[str, str], Loc] = {}
    for params, pointer in ((item.get("parameters") or [], item_ptr), (op.get("parameters") or [], op_ptr)):
        for i, raw in enumerate(params):
            loc = doc.deref(Loc(raw, join(pointer, "parameters", i)))
            found[(loc.schema["name"], loc.schema["in"])] = loc
    return found


def _compare_parameters(
    cmp: Comparison,
    o_item: dict[str, Any],
    o_op: dict[str, Any],
    r_item: dict[str, Any],
    r_op: dict[str, Any],
    item_ptr: str,
    op_ptr: str,
) -> None:
    ours = _parameters(cmp.ours, o_item, o_op, item_ptr, op_ptr)
    ref = _parameters(cmp.ref, r_item, r_op, item_ptr, op_ptr)
    for key, loc in ours.items():
        where = f"parameter {key[1]}:{key[0]}"
        if key not in ref:
            cmp.find(loc.pointer, "parameter-not-in-reference", where, "no such parameter")
            continue
        r_loc = ref[key]
        o_required, r_required = bool(loc.schema.get("required")), bool(r_loc.schema.get("required"))
        if o_required != r_required:
            cmp.find(
                join(loc.pointer, "required"),
                "parameter-required-differs",
                where,
                f"required {o_required} != reference {r_required}",
                r_loc.pointer,
            )
        cmp.schemas([_child(loc, "schema")], [_child(r_loc, "schema")], where, REQUEST)
    for key, r_loc in ref.items():
        if key not in ours:
            required = bool(r_loc.schema.get("required"))
            if required:
                cmp.find(
                    op_ptr, "parameter-missing", f"parameter {key[1]}:{key[0]}", "required", r_loc.pointer
                )
            cmp.omit(REQUEST, "parameters", f"{key[1]}:{key[0]}", required, r_loc.pointer)


def _child(loc: Loc, *tokens: str) -> Loc:
    """The node under `loc` at `tokens`, or an empty schema if there is none."""
    node = loc.schema
    for token in tokens:
        node = node.get(token, {}) if isinstance(node, dict) else {}
    return Loc(node, join(loc.pointer, *tokens))


def _content(loc: Loc) -> dict[str, Any]:
    return loc.schema.get("content") or {}


def _compare_request_body(cmp: Comparison, o_op: dict[str, Any], r_op: dict[str, Any], op_ptr: str) -> None:
    body_ptr = join(op_ptr, "requestBody")
    if "requestBody" not in o_op and "requestBody" not in r_op:
        return
    if "requestBody" not in o_op or "requestBody" not in r_op:
        cmp.find(body_ptr, "request-body-differs", "request", "only one side has a request body")
        return
    o_body = cmp.ours.deref(Loc(o_op["requestBody"], body_ptr))
    r_body = cmp.ref.deref(Loc(r_op["requestBody"], body_ptr))
    if bool(o_body.schema.get("required")) != bool(r_body.schema.get("required")):
        cmp.find(join(o_body.pointer, "required"), "request-body-differs", "request", "`required` differs")
    o_content, r_content = _content(o_body), _content(r_body)
    for media in o_content:
        where = "request" if media == "application/json" else f"request[{media}]"
        if media in r_content:
            cmp.schemas(
                [_child(o_body, "content", media, "schema")],
                [_child(r_body, "content", media, "schema")],
                where,
                REQUEST,
            )
        else:
            cmp.find(
                join(o_body.pointer, "content", media),
                "request-content-type-differs",
                where,
                f"the reference does not accept {media}",
            )
    for media in r_content.keys() - o_content.keys():
        cmp.find(
            join(o_body.pointer, "content", media),
            "request-content-type-differs",
            "request",
            f"the reference also accepts {media}",
            join(r_body.pointer, "content", media),
        )


def _compare_responses(cmp: Comparison, o_op: dict[str, Any], r_op: dict[str, Any], op_ptr: str) -> None:
    base = join(op_ptr, "responses")
    o_responses, r_responses = o_op.get("responses") or {}, r_op.get("responses") or {}
    if "200" not in o_responses or "200" not in r_responses:
        cmp.find(base, "response-200-differs", "response", "a 200 response is missing on one side")
        return
    o_ok = cmp.ours.deref(Loc(o_responses["200"], join(base, "200")))
    r_ok = cmp.ref.deref(Loc(r_responses["200"], join(base, "200")))
    o_content, r_content = _content(o_ok), _content(r_ok)
    for media in o_content:
        where = "response" if media == "application/json" else f"response[{media}]"
        if media in r_content:
            cmp.schemas(
                [_child(o_ok, "content", media, "schema")],
                [_child(r_ok, "content", media, "schema")],
                where,
                RESPONSE,
            )
        else:
            cmp.find(
                join(o_ok.pointer, "content", media),
                "response-content-type-not-in-reference",
                where,
                f"the reference's 200 has no {media}",
            )
    for media in r_content:
        if media not in o_content:
            cmp.find(
                join(o_ok.pointer, "content", media),
                "response-content-type-missing",
                "response",
                f"the reference's 200 also sends {media}",
                join(r_ok.pointer, "content", media),
            )
    # Other statuses: each must be declared, or stood in for by our `default`,
    # whose JSON body must then fit the reference's body for that status.
    for code in r_responses:
        if code == "200":
            continue
        where = f"response[{code}]"
        if code in o_responses:
            ours_code = code
        elif "default" in o_responses:
            ours_code = "default"
            cmp.find(
                join(base, code),
                "status-covered-by-default",
                where,
                "our `default` response stands in for it",
                join(base, code),
            )
        else:
            cmp.find(join(base, code), "status-missing", where, "not declared", join(base, code))
            continue
        o_status = cmp.ours.deref(Loc(o_responses[ours_code], join(base, ours_code)))
        r_status = cmp.ref.deref(Loc(r_responses[code], join(base, code)))
        if "application/json" in _content(o_status) and "application/json" in _content(r_status):
            cmp.schemas(
                [_child(o_status, "content", "application/json", "schema")],
                [_child(r_status, "content", "application/json", "schema")],
                where,
                RESPONSE,
            )
    for code in o_responses:
        if code not in r_responses and code not in ("default", "200"):
            cmp.find(join(base, code), "status-not-in-reference", f"response[{code}]", "not in the reference")


# ---------------------------------------------------------------------- prose

_WORD = re.compile(r"[a-z0-9_]+")
PROSE_KEYS = ("description", "summary", "title")


def descriptions(document: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """(pointer, text) of every description, summary and title in a document."""
    if isinstance(document, dict):
        for key, value in document.items():
            child = join(pointer, key)
            if key in PROSE_KEYS and isinstance(value, str):
                yield child, value
            else:
                yield from descriptions(value, child)
    elif isinstance(document, list):
        for i, value in enumerate(document):
            yield from descriptions(value, join(pointer, i))


def words(text: str) -> list[str]:
    """Lower-case words; whitespace, punctuation and markup are ignored."""
    return _WORD.findall(text.lower())


def shingles(text: str, size: int) -> Iterator[str]:
    w = words(text)
    for i in range(len(w) - size + 1):
        yield " ".join(w[i : i + size])


def shared_prose(ours: Any, reference: Any, size: int = 8) -> list[tuple[str, str]]:
    """(pointer, phrase) for every run of `size` words of ours found in the reference."""
    known = {s for _, text in descriptions(reference) for s in shingles(text, size)}
    hits = []
    for pointer, text in descriptions(ours):
        for phrase in shingles(text, size):
            if phrase in known:
                hits.append((pointer, phrase))
                break
    return hits
