"""A change to the plain properties of schemas, found clean without the validator.

After prose, the most common edit is adding, removing or retyping a property whose
schema is plain (`name: {type: string}`). Revalidating it costs openapi-spec-validator's
import (0.2 s, as long as the rest of such a run) for a verdict that can be read off the
property: what the validator checks of it is its place in the meta-schemas, and the
`default` values validated against a schema that holds it.

So when parts are found clean, each also stores a key made as its part key is
(validation_parts) but from *skeletons*: component schemas with every plain property
taken out of the `properties` of the schemas they hold. A part whose own key is not
stored but whose skeleton key is was clean with other plain properties in the same
places, and is clean now when nothing could depend on them:
- a plain property's schema is a mapping of `type` (string, integer, number or
  boolean; in 3.1 also a list of them and "null", each once), `description`, `title`,
  `format` (strings), `deprecated` and, in 3.0, `nullable` (booleans), and nothing else:
  valid at any schema's place under the 3.0 meta-schemas and the 3.1 dialect alike, and
  holding nothing the validator walks into (no `$ref`, no `default`);
- a property meets a value only when a `default` holding a mapping is validated against
  a schema that holds it (`properties` constrain mappings alone), or through a `$ref`
  to the property itself: no changed part (nor the root) may have either. Every part
  that reaches a changed part has a changed key too (keys hash what they reach), so
  every such default and reference would be in a changed part. An operation's
  `default` response is not a schema's default and does not count;
- `$schema` and `jsonSchemaDialect` choose other meta-schemas: neither may appear;
  the document is OpenAPI 3.0.x or 3.1.x.
The values of enums of strings are taken out of a component's skeleton the same way
(the list of model IDs that grows with every release: a plain enum `{type: string,
enum: [...]}`, or the open form `anyOf: [{type: string}, {type: string, enum: [...]}]`),
when every `enum` in the component is a non-empty list of distinct strings on a schema
typed `string` (or not typed), and no `default` or `$schema` is in it. Whatever the
strings, each such `enum` is valid at its place under both meta-schemas and of its
schema's type (the check in validate.check_values), and the values meet another value
only when a `default` is validated against a schema reaching the enum (through its
`$ref`s and what they reach): so the skeleton key of a part keeps the values of every
such component a `default` of its own reaches (that part then has a changed skeleton key
when they change), and leaves out those of the others.
The checks that look across parts (duplicate operationIds and templates, required lists
with allOf) run on the whole document before this route is taken, as for the others.
tests/test_generator_validation_leaves.py compares its verdicts with the validator's on
random edits of our spec.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from generator.cache import content_key
from generator.diagnostics import join_pointer, split_pointer
from generator.validation_parts import ROOT, PartPlan, Refused, digest, every_value, scan

SKELETON_KIND = "valid-skeleton"
_PLAIN_TYPES = frozenset({"string", "integer", "number", "boolean"})
_PLAIN_KEYS = {
    "3.0": frozenset({"type", "description", "title", "format", "deprecated", "nullable"}),
    "3.1": frozenset({"type", "description", "title", "format", "deprecated"}),
}
_FLAGS = frozenset({"deprecated", "nullable"})
_SCHEMA_KEYWORDS = ("items", "additionalProperties", "not")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_SCHEMAS = join_pointer("components", "schemas") + "/"
# In place of a plain enum's values in its skeleton: a tuple is never a YAML value.
_ANY_STRINGS = ("any strings",)


def dialect(document: dict[str, Any]) -> str | None:
    """ "3.0" or "3.1" where this route may be taken, else None."""
    version = document.get("openapi")
    if not isinstance(version, str) or "jsonSchemaDialect" in document:
        return None
    for known in _PLAIN_KEYS:
        if version.startswith(known + "."):
            return known
    return None


def plain(schema: Any, version: str) -> bool:
    """Whether `schema` is a plain property's schema (module docstring)."""
    if not isinstance(schema, dict) or not schema.keys() <= _PLAIN_KEYS[version]:
        return False
    for key, value in schema.items():
        if key == "type":
            if not _plain_type(value, version):
                return False
        elif key in _FLAGS:
            if not isinstance(value, bool):
                return False
        elif not isinstance(value, str):
            return False
    return True


def enum_blanked(schema: Any) -> Any:
    """A component schema with the values of its enums of strings replaced by one marker,
    or None when it holds none or they may matter (module docstring)."""
    found = False

    def walk(node: Any) -> Any:
        nonlocal found
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "default" in node or "$schema" in node:
            raise _MayMatter
        blanked = {}
        for key, value in node.items():
            if key == "enum" and isinstance(value, list):
                # Distinct: a list of strings under another keyword's map (3.1's
                # `dependentRequired`, keyed by a property named `enum`) must be.
                if (
                    not value
                    or not all(isinstance(item, str) for item in value)
                    or len(set(value)) < len(value)
                ):
                    raise _MayMatter
                if node.get("type", "string") != "string":
                    raise _MayMatter
                blanked[key], found = _ANY_STRINGS, True
            else:
                blanked[key] = walk(value)
        return blanked

    try:
        shown = walk(schema)
    except _MayMatter:
        return None
    return shown if found else None


class _MayMatter(Exception):
    """An enum whose values may matter to the verdict."""


def _plain_type(value: Any, version: str) -> bool:
    if isinstance(value, str):
        return value in _PLAIN_TYPES
    return (
        version == "3.1"
        and isinstance(value, list)
        and bool(value)
        and all(isinstance(item, str) and (item in _PLAIN_TYPES or item == "null") for item in value)
        and len(set(value)) == len(value)
    )


def skeleton(schema: Any, version: str) -> Any:
    """`schema` without the plain properties of the schemas it holds (`schema` itself
    when it has none). A schema with a `$ref` is kept whole: what its siblings mean
    depends on the version and the validator."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return schema
    changed: dict[str, Any] = {}
    properties = schema.get("properties")
    if isinstance(properties, dict) and "$ref" not in properties:
        kept = {
            name: skeleton(value, version) for name, value in properties.items() if not plain(value, version)
        }
        if len(kept) != len(properties) or any(kept[name] is not properties[name] for name in kept):
            changed["properties"] = kept
    for key in _SCHEMA_KEYWORDS:
        if key in schema:
            inner = skeleton(schema[key], version)
            if inner is not schema[key]:
                changed[key] = inner
    for key in _SCHEMA_LISTS:
        members = schema.get(key)
        if isinstance(members, list):
            kept_members = [skeleton(member, version) for member in members]
            if any(new is not old for new, old in zip(kept_members, members)):
                changed[key] = kept_members
    return {**schema, **changed} if changed else schema


class SkeletonKeys:
    """The skeleton key of each part of a plan (the root too), computed when asked."""

    def __init__(self, plan: PartPlan, version: str) -> None:
        self.plan, self.version = plan, version
        self._digests: dict[str, str] = {}
        self._blanks: dict[str, Any] = {}  # part -> enum_blanked(its content)

    def key(self, part: str) -> str:
        plan = self.plan
        reached = plan.reached[part] if part != ROOT else sorted(plan.closure({ROOT}) - {ROOT})
        kept = self._enums_met(part, reached)
        return content_key(
            SKELETON_KIND,
            plan.context,
            part,
            self._digest(part),
            [[other, plan.digests[other] if other in kept else self._digest(other)] for other in reached],
        )

    def _enums_met(self, part: str, reached: list[str]) -> set[str]:
        """The plain enums among `reached` that a `default` in the part reaches (all of
        them when that cannot be told)."""
        plan = self.plan
        enums = {
            other for other in reached if other.startswith(_SCHEMAS) and self._blanked(other) is not None
        }
        if not enums:
            return enums
        met: set[str] = set()
        content = plan.contents[part]
        responses = _operation_responses(content, part)
        for node in every_value(content):
            if isinstance(node, dict) and "default" in node and id(node) not in responses:
                starts = _reached_from(plan, node)
                if starts is None:
                    return enums
                met |= plan.closure(starts) & enums
        return met

    def _blanked(self, part: str) -> Any:
        if part not in self._blanks:
            self._blanks[part] = enum_blanked(self.plan.contents[part])
        return self._blanks[part]

    def _digest(self, part: str) -> str:
        if part not in self._digests:
            content = self.plan.contents[part]
            if part == ROOT:
                self._digests[part] = digest(content)
            elif part.startswith(_SCHEMAS):
                blanked = self._blanked(part)
                shown = skeleton(content if blanked is None else blanked, self.version)
                self._digests[part] = self.plan.digests[part] if shown is content else digest(shown)
            else:
                self._digests[part] = self.plan.digests[part]
        return self._digests[part]


def keys_to_store(plan: PartPlan, document: dict[str, Any], parts: set[str]) -> list[str]:
    """The skeleton keys of `parts` (found clean) and of the root, validated with them."""
    version = dialect(document)
    if version is None:
        return []
    keys = SkeletonKeys(plan, version)
    return [keys.key(part) for part in sorted(parts | {ROOT})]


def skeleton_keys(plan: PartPlan, document: dict[str, Any]) -> dict[str, str]:
    """Every part's skeleton key (the root's too), kept with a document's findings."""
    version = dialect(document)
    if version is None:
        return {}
    keys = SkeletonKeys(plan, version)
    return {part: keys.key(part) for part in plan.contents}


def values_only(
    plan: PartPlan, document: dict[str, Any], parts: set[str], stored: dict[str, str]
) -> set[str]:
    """The `parts` whose skeleton keys are the `stored` ones (kept with a document's
    findings), and on which, as for `clean_by_leaves`, nothing could depend: they differ
    from that document's parts in enum values and plain properties alone."""
    version = dialect(document)
    if version is None:
        return set()
    keys = SkeletonKeys(plan, version)
    return {
        part
        for part in parts
        if part != ROOT and part in stored and keys.key(part) == stored[part] and _nothing_depends(plan, part)
    }


def clean_by_leaves(plan: PartPlan, document: dict[str, Any], changed: set[str]) -> bool:
    """Whether the `changed` parts (those without a stored clean verdict) differ from a
    clean state only in plain properties on which nothing depends."""
    version = dialect(document)
    if version is None or not changed:
        return False
    keys = SkeletonKeys(plan, version)
    checked = changed | {ROOT}
    if any(keys.key(part) not in plan.known for part in checked):
        return False
    return all(_nothing_depends(plan, part) for part in checked)


def _nothing_depends(plan: PartPlan, part: str) -> bool:
    """Whether nothing in `part` could depend on its plain properties or enum values:
    each of its references reaches a whole part, and it has no `$schema` and no default
    holding a mapping (module docstring)."""
    return all(_whole_part(plan, ref) for ref in plan.refs[part]) and not _depended_on(
        plan.contents[part], part
    )


def _whole_part(plan: PartPlan, ref: str) -> bool:
    """Whether `ref` reaches a whole part (read as written and percent-decoded)."""
    if not ref.startswith("#"):
        return False
    for form in dict.fromkeys((ref, unquote(ref))):
        try:
            pointer = join_pointer(*split_pointer(form[1:]))
        except ValueError:
            return False
        if pointer == ROOT or pointer not in plan.contents:
            return False
    return True


def _depended_on(content: Any, part: str) -> bool:
    """Whether `content` has a `$schema`, or a `default` holding a mapping (but an
    operation's default response)."""
    responses = _operation_responses(content, part)
    for node in every_value(content):
        if not isinstance(node, dict):
            continue
        if "$schema" in node:
            return True
        if "default" in node and id(node) not in responses and _holds_mapping(node["default"]):
            return True
    return False


def _operation_responses(content: Any, part: str) -> set[int]:
    """The ids of the `responses` of a path item's operations (a `default` response there
    is no schema's default)."""
    responses = set()
    if part.startswith(("/paths/", "/webhooks/")) and isinstance(content, dict):
        for method, operation in content.items():
            if method in _METHODS and isinstance(operation, dict):
                responses.add(id(operation.get("responses")))
    return responses


def _reached_from(plan: PartPlan, schema: dict[str, Any]) -> set[str] | None:
    """The parts `schema`'s references name (a discriminator may resolve a default's
    value to a schema too); None when one names less than a part."""
    try:
        refs, names = scan(schema, [])
    except Refused:
        return None
    starts: set[str] = set()
    for ref in refs:
        if not _whole_part(plan, ref):
            return None
        starts.update(join_pointer(*split_pointer(form[1:])) for form in {ref, unquote(ref)})
    starts.update(join_pointer("components", "schemas", name) for name in names)
    return starts & plan.contents.keys()


def _holds_mapping(value: Any) -> bool:
    return any(isinstance(node, dict) for node in every_value(value))
