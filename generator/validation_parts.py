"""Validating only the parts of a document that changed since a clean validation.

A part is one path item (`/paths/<key>`), one webhook, one entry of one `components`
section, or the root (everything else, always validated). A part's verdict depends on
its content, on every part it reaches (`$ref`s, discriminator `mapping` values, and the
`#/components/schemas/<value>` a discriminator resolves for a value of a `default`),
and on the root's `openapi` and `jsonSchemaDialect`: its cache key hashes all of them.
Only clean verdicts are stored. A document is clean when every part either has a
stored clean verdict or is clean in a sub-document made of the root, those parts and
what they reach (the same layout, so the same pointers), and the checks that look
across parts find nothing. Anything found sends the caller to the whole-document
validation, so the findings reported are always that validation's.

What openapi-spec-validator 0.9 reads across parts, and how each is handled:
- its meta-schema checks each value at its place: a part's key and content decide its
  errors (no count or uniqueness rule spans paths, webhooks or a components section);
- path items, operations, parameters, media types and `components/schemas` are walked
  with `$ref`s resolved (the closure holds their targets); path parameters are checked
  against the path key, part of the part; `default` values are checked against their
  schema, whose 3.0 discriminator resolves a `mapping` value or
  `#/components/schemas/<the value's property>` (both are edges of the closure);
- operationId uniqueness spans all paths: its error is replaced by our
  `check_duplicate_operation_ids`, run on the whole document like
  `check_duplicate_templates`; duplicate tags are checked in the root;
- "Required list has not defined properties" (allOf) is reported only if a schema's
  first visit is a top-level one, so it depends on the order of the whole document:
  `required_problem` refuses the incremental route whenever a schema could produce it;
- each schema is walked once (by identity); apart from the case above, what a walk
  finds does not depend on which part walked it first;
- security requirements, `links` (operationRef, operationId), operation tags,
  callbacks and webhooks are checked by the meta-schema only, each at its place.
Refused (the whole document is validated): a `$ref` or mapping value reaching the
root or a whole container, `$id`/`$anchor`/dynamic references (they change what a
reference resolves to), draft 2019-09's recursive ones where a schema or the document
names a dialect, keys that are not strings (a JSON hash would merge 200 and "200"), and
container entries named `default`, `enum` or `const` (our `check_values` walks into
them or not depending on their siblings).

A document with findings (OpenAI's published spec has 33) stores no clean verdicts, so
`since_found` takes another route: the last such document's findings and part keys are
kept, and a document that differs from it only in parts where it found nothing, and
whose changed parts (with what they reach) validate clean in a sub-document, has the
same findings in the same order. A finding is reported at the place of the part whose
walk met it (a `$ref`'s target at its referrer's pointer): a changed part that now
walks first what another part's finding came from reports it itself, in the
sub-document, and is found out there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.cache import Cache, content_key, value_digest
from generator.diagnostics import Diagnostic, join_pointer, split_pointer
from generator.validate import resolve_local

# The only entry stored: the `PartPlan.keys` of the parts found clean, in one entry (one
# read a run, not one per part), the oldest first to go beyond MAX_CLEAN.
CLEAN_KIND = "valid-parts"
MAX_CLEAN = 100_000
_SPLIT = ("paths", "webhooks")
# Keywords that make `$ref` resolution depend on more than a JSON pointer.
_RESOLUTION_KEYWORDS = frozenset({"$id", "$anchor", "$dynamicRef", "$dynamicAnchor"})
# Draft 2019-09's: only its own validator resolves them, which the validator uses only
# for a schema in that dialect (`$schema`, or the document's `jsonSchemaDialect`).
# Under OpenAPI's own dialects they are plain values (OpenAI's spec writes
# `$recursiveRef: "#"`), checked at their place.
_DRAFT_2019_KEYWORDS = frozenset({"$recursiveRef", "$recursiveAnchor"})
# Entry names our `check_values` skips or not depending on the entry's siblings.
_CONTEXT_NAMES = frozenset({"default", "enum", "const"})
ROOT = ""


class Refused(Exception):
    """The document has a construct whose validation might not split into parts."""


@dataclass
class PartPlan:
    """Every part of a document (by pointer, in document order), what each reaches,
    its cache key, and which parts have a stored clean verdict."""

    contents: dict[str, Any]
    reaches: dict[str, set[str]]
    keys: dict[str, str] = field(default_factory=dict)
    clean: set[str] = field(default_factory=set)
    all_of: list[dict[str, Any]] = field(default_factory=list)
    known: dict[str, None] = field(default_factory=dict)  # every key stored clean
    # What the keys are made of, kept for the keys of validation_leaves.
    context: list[Any] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)
    reached: dict[str, list[str]] = field(default_factory=dict)  # closure, sorted, less itself and the root
    refs: dict[str, list[str]] = field(default_factory=dict)

    def closure(self, starts: set[str]) -> set[str]:
        """`starts` and every part they reach, transitively."""
        seen, stack = set(starts), list(starts)
        while stack:
            for target in self.reaches.get(stack.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen


def plan_parts(document: dict[str, Any], cache: Cache) -> PartPlan:
    """The parts of `document`, keyed and looked up in `cache`; raises Refused."""
    contents = dict(_parts(document))
    plan = PartPlan(contents, {})
    names: dict[str, set[str]] = {}
    targets: dict[str, set[str]] = {}  # by reference: most are written many times
    dialect_words: set[str] = set()
    for part, content in contents.items():
        plan.refs[part], names[part] = scan(content, plan.all_of, dialect_words)
        reaches = plan.reaches[part] = set()
        for ref in plan.refs[part]:
            if ref not in targets:
                targets[ref] = _ref_targets(document, contents, ref)
            reaches |= targets[ref]
    if dialect_words & _DRAFT_2019_KEYWORDS and (
        "$schema" in dialect_words or "jsonSchemaDialect" in document
    ):
        raise Refused(f"the {min(dialect_words & _DRAFT_2019_KEYWORDS)} keyword with a dialect named")
    for part, found in names.items():
        # A discriminator (OpenAPI 3.0) with no mapping entry for a value of a default
        # resolves `#/components/schemas/{value}`, the value formatted as it is.
        for name in found:
            plan.reaches[part] |= _ref_targets(
                document, contents, "#/components/schemas/" + name, strict=False
            )
    digests = plan.digests = {part: digest(content) for part, content in contents.items() if part != ROOT}
    context = plan.context = [document.get("openapi"), document.get("jsonSchemaDialect")]
    stored = cache.get_json(CLEAN_KIND, content_key(CLEAN_KIND))
    if isinstance(stored, list) and all(isinstance(key, str) for key in stored):
        plan.known = dict.fromkeys(stored)
    for part, own in digests.items():
        reached = plan.reached[part] = sorted(plan.closure({part}) - {part, ROOT})
        plan.keys[part] = content_key(CLEAN_KIND, context, part, own, [[p, digests[p]] for p in reached])
        if plan.keys[part] in plan.known:
            plan.clean.add(part)
    return plan


def store_clean(plan: PartPlan, parts: set[str], cache: Cache, more: Sequence[str] = ()) -> None:
    """Store `parts` as clean, with `more` keys (validation_leaves' for the same parts)."""
    new = [plan.keys[part] for part in sorted(parts - plan.clean - {ROOT})]
    new += [key for key in more if key not in plan.known]
    plan.clean |= parts - {ROOT}
    if not new:
        return
    fresh = set(new)
    known = [key for key in plan.known if key not in fresh] + new
    plan.known = dict.fromkeys(known[-MAX_CLEAN:])
    cache.put_json(CLEAN_KIND, content_key(CLEAN_KIND), list(plan.known))


# The findings of the last document validated with findings, and its parts' keys.
FOUND_KIND = "valid-found"


def store_found(
    plan: PartPlan, findings: list[dict[str, Any]], cache: Cache, skeletons: dict[str, str] | None = None
) -> None:
    """Remember `findings` (a whole document's, as dicts) with the keys of its parts, their
    skeleton keys (validation_leaves.skeleton_keys), and the parts holding a finding whose
    message may show an enum's values (it holds one of the document's enum strings, as
    the validator writes it: the instance it shows may hold an enum)."""
    strings = {
        repr(value)
        for content in plan.contents.values()
        for node in every_value(content)
        if isinstance(node, dict) and isinstance(node.get("enum"), list)
        for value in node["enum"]
        if isinstance(value, str)
    }
    showing = {
        _holder(str(finding.get("pointer")), plan.keys)
        for finding in findings
        if any(string in str(finding.get("message")) for string in strings)
    }
    entry = {
        "parts": list(plan.keys.items()),
        "root": digest(plan.contents[ROOT]),
        "findings": findings,
        "skeletons": list((skeletons or {}).items()),
        "showing_values": sorted(part for part in showing if part is not None),
    }
    cache.put_json(FOUND_KIND, content_key(FOUND_KIND), entry)


# (the changed parts, the skeleton keys stored with the findings) -> the parts among them
# that differ from the stored document's only in what no verdict depends on.
ValuesOnly = Callable[[set[str], dict[str, str]], set[str]]


def since_found(
    plan: PartPlan, cache: Cache, max_findings: int, values_only: ValuesOnly | None = None
) -> tuple[set[str], list[Diagnostic]] | None:
    """(the parts that changed, the findings) when the last document stored with findings
    differs from this one only in parts where nothing was found, the root aside, and its
    findings were not cut at `max_findings`; else None. The findings are this document's
    too when a sub-document of the changed parts and what they reach finds nothing, and
    holds no part with a finding.

    `values_only` names the changed parts that need no validating (the values of enums
    that no default meets, validation_leaves.values_only): they meet what they met before,
    where the values decide nothing. A part with a finding may be one of them when none
    of its findings' messages showed enum values: the validator finds the same there,
    and says it in the same words."""
    stored = cache.get_json(FOUND_KIND, content_key(FOUND_KIND))
    try:
        before = {str(part): str(key) for part, key in stored["parts"]}
        root, findings = str(stored["root"]), [Diagnostic(**finding) for finding in stored["findings"]]
        pointers = [str(finding.pointer) for finding in findings]
        skeletons = {str(part): str(key) for part, key in stored.get("skeletons") or []}
        showing = {str(part) for part in stored["showing_values"]} if skeletons else set()
    except (KeyError, TypeError, ValueError):  # missing (None) or not what we write
        return None
    if not findings or len(findings) >= max_findings or root != digest(plan.contents[ROOT]):
        return None
    # The validator visits the parts in document order: the parts of both in the same.
    if [p for p in plan.keys if p in before] != [p for p in before if p in plan.keys]:
        return None
    changed = {part for part, key in plan.keys.items() if before.get(part) != key}
    holders = {_holder(pointer, before) for pointer in pointers}
    if None in holders or not holders <= plan.keys.keys():
        return None
    unvalidated = values_only(changed, skeletons) if values_only is not None and skeletons else set()
    if holders & changed - unvalidated or holders & unvalidated & showing:
        return None
    changed -= unvalidated
    if plan.closure(changed | {ROOT}) & holders:
        return None
    return changed, findings


def _holder(pointer: str, parts: dict[str, str]) -> str | None:
    """The part `pointer` is in, if any."""
    try:
        part = _part_pointer(split_pointer(pointer))
    except ValueError:
        return None
    return part if part in parts else None


def _part_pointer(tokens: list[str]) -> str | None:
    """The pointer of the part that `tokens` are in, were it one (`/paths/<key>`,
    `/components/<section>/<name>`); None when they stop short of one."""
    depth = 3 if tokens[:1] == ["components"] else 2
    return join_pointer(*tokens[:depth]) if len(tokens) >= depth else None


def sub_document(document: dict[str, Any], parts: set[str]) -> dict[str, Any]:
    """`document` with only `parts` in its containers; everything else (the root) as it is."""
    sub = dict(document)
    for top in _SPLIT:
        if isinstance(document.get(top), dict):
            sub[top] = {key: value for key, value in document[top].items() if join_pointer(top, key) in parts}
    components = document.get("components")
    if isinstance(components, dict):
        sub["components"] = {
            section: (
                {
                    name: entry
                    for name, entry in entries.items()
                    if join_pointer("components", section, name) in parts
                }
                if isinstance(entries, dict)
                else entries
            )
            for section, entries in components.items()
        }
    return sub


def _containers(document: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    for top in _SPLIT:
        if isinstance(document.get(top), dict):
            yield (top,), document[top]
    components = document.get("components")
    if isinstance(components, dict):
        for section, entries in components.items():
            if isinstance(entries, dict):
                yield ("components", section), entries


def _parts(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(pointer, content) of every part; the root's content is what no other part holds."""
    split: set[tuple[str, ...]] = set()
    for where, entries in _containers(document):
        split.add(where)
        for name, entry in entries.items():
            if not isinstance(name, str):
                raise Refused("a key that is not a string")
            if name in _CONTEXT_NAMES:
                raise Refused(f"an entry named {name!r} in {join_pointer(*where)}")
            yield join_pointer(*where, name), entry
    root = {key: value for key, value in document.items() if (key,) not in split and key != "components"}
    components = document.get("components")
    if isinstance(components, dict):
        root["components"] = {
            key: value for key, value in components.items() if ("components", key) not in split
        }
    elif "components" in document:
        root["components"] = components
    yield ROOT, root


def scan(
    content: Any, all_of: list[dict[str, Any]], dialect_words: set[str] | None = None
) -> tuple[list[str], set[str]]:
    """The references in `content` (`$ref` and mapping values), the scalars of its
    `default` values, and (added to `all_of`) its mappings that have an allOf; the
    draft 2019-09 keywords and `$schema`, where met, are added to `dialect_words`."""
    refs: list[str] = []
    names: set[str] = set()
    stack = [content]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if not isinstance(key, str):
                raise Refused("a key that is not a string")
            if key in _RESOLUTION_KEYWORDS:
                raise Refused(f"the {key} keyword")
            if dialect_words is not None and (key in _DRAFT_2019_KEYWORDS or key == "$schema"):
                dialect_words.add(key)
            if isinstance(value, (dict, list)):
                stack.append(value)
        if isinstance(node.get("$ref"), str):
            refs.append(node["$ref"])
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            for value in discriminator["mapping"].values():
                if isinstance(value, str):
                    refs.append(
                        value if value.startswith("#") else "#" + join_pointer("components", "schemas", value)
                    )
        if "default" in node:
            names.update(str(value) for value in every_value(node["default"]))
        if "allOf" in node:
            all_of.append(node)
    return refs, names


def every_value(value: Any) -> Iterator[Any]:
    """`value` and every value inside it."""
    stack = [value]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _ref_targets(
    document: dict[str, Any], contents: dict[str, Any], ref: str, strict: bool = True
) -> set[str]:
    """The parts a reference reaches, read as written and percent-decoded (as the
    validator's resolver reads it); raises Refused when it reaches the root or a
    container, unless not `strict` (then it reaches no part)."""
    targets: set[str] = set()
    if not ref.startswith("#"):
        return targets  # not resolvable by anyone: no part depends on another through it
    for form in dict.fromkeys((ref, unquote(ref))):
        try:
            tokens = split_pointer(form[1:])
        except ValueError:
            continue
        part = _part_pointer(tokens)
        if part is not None and part != ROOT and part in contents:
            targets.add(part)
            continue
        try:
            resolve_local(document, form)
        except (KeyError, ValueError):
            continue  # reaches nothing: reported by check_references, or not what is resolved
        if strict:
            raise Refused(f"$ref {ref!r} reaches beyond one part")
    return targets


def digest(content: Any) -> str:
    # Dict order counts: the validator visits in that order, which decides where it
    # reports (and, for `required_problem`'s case, whether); a reordered part is validated again.
    return value_digest(content)


class _Unsure(Exception):
    pass


def required_problem(document: dict[str, Any], all_of: list[dict[str, Any]]) -> bool:
    """Whether openapi-spec-validator could report "Required list has not defined
    properties" for one of `all_of` (a schema with allOf naming in `required` a property
    that neither it nor its allOf members define), or we cannot tell."""
    collected: dict[int, frozenset[str]] = {}
    try:
        for node in all_of:
            required = node.get("required") or []
            if not isinstance(required, list) or not all(isinstance(name, str) for name in required):
                raise _Unsure
            if not required:
                continue
            defined = _property_names(document, node) if "properties" in node else frozenset()
            members = _deref(document, node["allOf"])
            if not isinstance(members, list):
                raise _Unsure
            for member in members:
                defined |= _collect(document, member, collected, set())
            if set(required) - defined:
                return True
    except (_Unsure, KeyError, ValueError, RecursionError):
        return True
    return False


def _collect(
    document: dict[str, Any], schema: Any, collected: dict[int, frozenset[str]], active: set[int]
) -> frozenset[str]:
    """Every property name reachable from `schema`, as openapi-spec-validator collects them."""
    schema = _deref(document, schema)
    if not isinstance(schema, dict):
        return frozenset()
    if id(schema) in collected:
        return collected[id(schema)]
    if id(schema) in active:
        raise _Unsure  # the validator would recurse without end
    active.add(id(schema))
    names = _property_names(document, schema) if "properties" in schema else frozenset()
    for keyword in ("allOf", "anyOf", "oneOf"):
        if keyword in schema:
            members = _deref(document, schema[keyword])
            if not isinstance(members, list):
                raise _Unsure
            for member in members:
                names |= _collect(document, member, collected, active)
    for keyword in ("items", "not"):
        if keyword in schema:
            names |= _collect(document, schema[keyword], collected, active)
    active.discard(id(schema))
    collected[id(schema)] = names
    return names


def _property_names(document: dict[str, Any], schema: dict[str, Any]) -> frozenset[str]:
    properties = _deref(document, schema["properties"])
    if not isinstance(properties, dict):
        raise _Unsure
    return frozenset(properties)


def _deref(document: dict[str, Any], node: Any) -> Any:
    """`node` with `$ref`s followed, as the validator's path objects follow them."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or "%" in ref:
            raise _Unsure
        seen.add(ref)
        node = resolve_local(document, ref)
    return node
