"""Models for a document that differs from an earlier one in a few schemas.

The model generator takes seconds on a large document, and its output is not a sum of
independent parts: it names inline objects by what else the document holds, and orders
definitions by what they refer to. So a change is regenerated from a sub-document (the
changed schemas, every schema that refers to them, and what all of those refer to), and
the result is spliced into the previous modules only when it agrees with them in every
definition but the changed schemas' own, and those keep the names they refer to and
their shape, which decide their place (see `splice`); otherwise the caller does the full
run. Checked against full runs on our spec in tests/test_generator_models_incremental.py.

A stored "base" entry remembers, for one package and one set of schema names in
order, a digest of each schema, the schemas the requests reach (those the params run is
given, see `schema_refs`) and the models result made from them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from generator.cache import NO_CACHE, Cache, content_key
from generator.models import (
    _FAILED,
    ModelSources,
    _generate,
    _typed_dict_fields,
    only_schemas,
    sources_from_cache,
)
from generator.models_fields import Parts, digest, edit_in_place, schema_parts, valid_parts
from generator.schema_refs import closure, references, request_roots, request_schemas
from generator.statements import Module, field_names, first_users, import_words, read_module

BASE_KIND = "models-base"
# Above this share of the schemas, the sub-document saves too little to be worth trying.
MAX_SUBSET_SHARE = 0.5
# Document parts the model generator does not read (the models cache key leaves them out too).
_UNREAD = ("paths", "webhooks")


@dataclass(frozen=True)
class Update:
    sources: ModelSources
    given: frozenset[str]  # the schemas the model generator was given (none: edited in place)


@dataclass(frozen=True)
class Refused:
    reason: str
    # Schemas that hold inline objects named like those the runs named otherwise.
    holders: frozenset[str] = frozenset()


class SchemaDigests:
    """The digests of a document's schemas and of their fields, and the schemas the
    requests reach, computed once a run: the update and `remember` both need them."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas = _schemas(document)
        # The base entry's digests and fields, when read: a schema whose digest is the
        # stored one has the stored fields too.
        self.stored: tuple[dict[str, str], dict[str, Parts]] = ({}, {})

    @cached_property
    def each(self) -> dict[str, str]:
        return {name: digest(schema) for name, schema in (self.schemas or {}).items()}

    @cached_property
    def reached(self) -> set[str] | None:
        return request_schemas(self.document)

    @cached_property
    def fields(self) -> dict[str, Parts]:
        """What the next run needs to tell which fields of a plain object schema changed."""
        stored_digests, stored_fields = self.stored
        found = {}
        for name, schema in (self.schemas or {}).items():
            parts: Parts | None
            if stored_digests.get(name) == self.each[name] and valid_parts(stored_fields.get(name)):
                parts = stored_fields[name]
            else:
                parts = schema_parts(schema)
            if parts is not None:
                found[name] = parts
        return found


def update_models(
    document: dict[str, Any], package: str, cache: Cache, digests: SchemaDigests | None = None
) -> ModelSources | None:
    """The models of `document` from the last result stored for its schema names, or None
    when there is none or the splice cannot be shown equal to a full run."""
    found = try_update(document, package, cache, digests)
    return found.sources if isinstance(found, Update) else None


def remember(
    document: dict[str, Any],
    package: str,
    cache: Cache,
    result_key: str,
    digests: SchemaDigests | None = None,
) -> None:
    """Store that the models entry `result_key` was made from `document`'s schemas."""
    digests = digests or SchemaDigests(document)
    if cache.root is None or digests.schemas is None:
        return
    reached = digests.reached
    cache.put_json(
        BASE_KIND,
        _base_key(document, package, digests.schemas),
        {
            "schemas": digests.each,
            "result": result_key,
            "fields": digests.fields,
            "reached": None if reached is None else sorted(reached),
        },
    )


def try_update(
    document: dict[str, Any], package: str, cache: Cache, digests: SchemaDigests | None = None
) -> Update | str:
    """The spliced models, or why there are none."""
    digests = digests or SchemaDigests(document)
    schemas = digests.schemas
    if cache.root is None or not schemas:
        return "no cache or no schemas"
    base = cache.get_json(BASE_KIND, _base_key(document, package, schemas))
    try:
        stored_digests, result_key = dict(base["schemas"]), str(base["result"])
    except (KeyError, TypeError, ValueError):  # missing (None) or not what we write
        return "no earlier result for these schema names"
    previous = sources_from_cache(cache.get_json("models", result_key))
    if previous is None:
        return "the earlier result is gone"
    if set(stored_digests) != set(digests.each):
        return "the stored digests name other schemas"
    changed = {name for name, value in digests.each.items() if stored_digests[name] != value}
    if not changed:
        return "no schema changed"
    # The params hold the schemas the requests reach; a changed reference can change which.
    reached = digests.reached
    if base.get("reached", False) != (None if reached is None else sorted(reached)):
        return "the schemas the requests reach changed"
    # Scalar fields are written without the model generator (models_fields).
    stored_fields = base.get("fields")
    if isinstance(stored_fields, dict):
        digests.stored = (stored_digests, stored_fields)
    edited = edit_in_place(document, previous, changed, stored_fields, cache, reached)
    if isinstance(edited, ModelSources):
        # An edit in place adds, removes or rewrites only fields and enums the model
        # generator never warns about, and no definition comes, goes or is renamed: a full
        # run would give the same warnings, in the same order (they name definitions).
        return Update(replace(edited, warnings=list(previous.warnings)), frozenset())
    if previous.warnings:
        # A sub-document run warns about its own schemas only, in its own order.
        return "the earlier result has warnings"
    refs = references(schemas)
    if refs is None:
        return "a reference the splice cannot follow"
    referrers: dict[str, set[str]] = {}
    for name, targets in refs.items():
        for target in targets:
            referrers.setdefault(target, set()).add(name)
    # A definition's text can depend on the schemas it refers to (a field of a nullable
    # one becomes `X | None`), so whatever refers to a change is regenerated too.
    affected = closure(changed, referrers)
    spliced = _spliced(document, package, previous, affected, closure(affected, refs), refs, cache, reached)
    if isinstance(spliced, str):
        return spliced
    given, spliced_models, spliced_params = spliced
    # Names, shapes and imports are those of `previous`; only fields can differ.
    sources = ModelSources(
        models=spliced_models,
        params=spliced_params,
        model_names=previous.model_names,
        param_names=previous.param_names,
        class_names=previous.class_names,
        param_fields=_typed_dict_fields(ast.parse(spliced_params)),
        param_imports=previous.param_imports,
        model_renamed=previous.model_renamed,
        param_renamed=previous.param_renamed,
        name_takers=previous.name_takers,
    )
    return Update(sources, frozenset(given))


def _spliced(
    document: dict[str, Any],
    package: str,
    previous: ModelSources,
    affected: set[str],
    given: set[str],
    refs: Mapping[str, set[str]],
    cache: Cache,
    reached: set[str] | None = None,
) -> tuple[set[str], str, str] | str:
    """(the schemas given, models, params) spliced from runs on a sub-document, or why not.

    When the runs name an inline object otherwise than the full run did (`Function1` for
    `Function2`), the names collided with those of other schemas' inline objects: the
    schemas holding any of that family of names join the sub-document, once."""
    schemas = document["components"]["schemas"]
    retried = False
    while True:
        if len(given) > MAX_SUBSET_SHARE * len(schemas):
            return f"{len(given)} of {len(schemas)} schemas are involved"
        results: list[str] = []
        refused: Refused | None = None
        for kind, old in (("models", previous.models), ("params", previous.params)):
            # The params run is given what the requests reach, as in a full run.
            present = set(schemas) if kind == "models" or reached is None else reached
            names = given & present
            if not names & affected:
                results.append(old)  # no definition of this module changed
                continue
            source, warnings, renamed = _generate(only_schemas(document, names), package, kind)
            if source.startswith(_FAILED) or warnings:
                return f"the {kind} run on the sub-document failed or warned"
            before = previous.model_renamed if kind == "models" else previous.param_renamed
            if {name: value for name, (value, _) in renamed.items()} != {
                name: value for name, value in before.items() if name in names
            }:
                return f"the {kind} run on the sub-document named a schema's class otherwise"
            result = splice(old, source, affected & present, names, present, cache)
            if isinstance(result, Refused):
                refused = Refused(f"{kind}: {result.reason}", result.holders)
                break
            results.append(result)
        if refused is None:
            return given, results[0], results[1]
        more = closure(refused.holders, refs) - given
        if retried or not more:
            return refused.reason
        given, retried = given | more, True


def _schemas(document: dict[str, Any]) -> dict[str, Any] | None:
    schemas = (document.get("components") or {}).get("schemas")
    return schemas if isinstance(schemas, dict) else None


def _base_key(document: dict[str, Any], package: str, schemas: dict[str, Any]) -> str:
    """What the models depend on besides the schemas' contents: the names in order (the
    generator keeps the document's order), the other components and document parts, and
    the schemas the requests name (the params run is given what they reach)."""
    rest = {key: value for key, value in document.items() if key not in _UNREAD and key != "components"}
    others = {key: value for key, value in document["components"].items() if key != "schemas"}
    return content_key(BASE_KIND, package, list(schemas), others, rest, request_roots(document))


def splice(
    previous: str,
    subset: str,
    affected: set[str],
    given: set[str],
    schema_names: set[str],
    cache: Cache = NO_CACHE,
) -> str | Refused:
    """`previous` with the definitions of the `affected` schemas taken from `subset`
    (one run on the sub-document of the `given` schemas), or why not.

    Accepted only when the subset run emits exactly the definitions that the given
    schemas have in `previous` (the same names: no inline object was named otherwise),
    every one of them byte-identical except the affected schemas' own definitions, and
    those keep their shape and the definitions they refer to: then the generator sorts
    them as before, puts the same blank lines around them, and adds the same rebuild
    calls. The changed definitions may use only names the module imports already, and
    must leave none of those unused."""
    try:
        old, new = read_module(previous, cache), read_module(subset, cache)
    except (SyntaxError, ValueError) as exc:
        return Refused(str(exc))

    def renamed(reason: str, names: set[str]) -> Refused:
        inline = {name for name in names if name not in schema_names}
        return Refused(reason, frozenset(_holders(old, _families(old, inline), schema_names)))

    expected = _owned(old, given, schema_names)
    if set(new.definitions) != expected:
        differ = set(new.definitions) ^ expected
        return renamed(f"the definitions differ: {sorted(differ)[:5]}", differ)
    replaced = {}
    for name, definition in new.definitions.items():
        if new.text(name) == old.text(name):
            continue
        if name not in affected:
            return renamed(f"{name} differs and its schema did not change", {name})
        before = old.definitions[name]
        if definition.shape != before.shape:
            return Refused(f"{name} changed shape")
        uses, used_before = definition.names & old.definitions.keys(), before.names & old.definitions.keys()
        if uses != used_before:
            return renamed(f"{name} refers to other definitions", uses ^ used_before)
        for used in definition.names & new.imports.keys():
            # Where a name comes from is decided for the module (TypedDict from
            # typing_extensions when some class is `closed`): a run on fewer schemas may
            # decide otherwise for a name the definition used before as well.
            if used not in old.imports or (
                old.imports[used] != new.imports[used] and used not in before.names
            ):
                return Refused(f"{name} needs an import of {used}")
        replaced[name] = new.text(name)
    # The generator imports what the definitions use, nothing else.
    unused = set(old.imports).difference(*(new.definitions[name].names for name in replaced))
    for name, definition in old.definitions.items():
        if not unused:
            break
        # Asked of the definitions whose text holds the name: finding the names of all
        # of them would cost more than the rest of the splice.
        if name not in replaced and any(i in line for line in old.text(name) for i in unused):
            unused -= definition.names
    if unused:
        return Refused(f"the import of {sorted(unused)[0]} would be left unused")
    if first_users(old) != first_users(old, {name: new.definitions[name].names for name in replaced}):
        return Refused("the import lines would change order")
    words = import_words(old) | import_words(new)
    for name, text in replaced.items():
        if field_names(old.text(name)) & words != field_names(text) & words:
            return Refused(f"{name} gains or loses a field named like an import")
    lines = list(old.lines)
    for name in sorted(replaced, key=lambda n: old.definitions[n].start, reverse=True):
        definition = old.definitions[name]
        lines[definition.start : definition.end] = replaced[name]
    return "\n".join(lines)


def _families(module: Module, names: set[str]) -> set[str]:
    """The definitions named like `names` but for a number at the end (`Function`,
    `Function1`, `Function2`): the generator numbers inline objects whose names meet."""
    stems = {re.sub(r"\d+\Z", "", name) for name in names}
    pattern = re.compile("|".join(re.escape(stem) + r"\d*" for stem in sorted(stems)))
    return {name for name in module.definitions if stems and pattern.fullmatch(name)}


def _holders(module: Module, names: set[str], schema_names: set[str]) -> set[str]:
    """The schemas whose definitions refer to `names`, through inline objects only."""
    holders: set[str] = set()
    seen: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in schema_names:
            holders.add(name)
            continue
        for other, definition in module.definitions.items():
            if (
                other != name
                and any(name in line for line in module.text(other))
                and name in definition.names
            ):
                stack.append(other)
    return holders


def _owned(module: Module, given: set[str], schema_names: set[str]) -> set[str]:
    """The definitions of the `given` schemas and the inline objects they hold: those
    reachable from them without passing through another schema's definition."""
    seen: set[str] = set()
    stack = [name for name in given if name in module.definitions]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        for used in module.definitions[name].names:
            if (
                used in module.definitions
                and used not in seen
                and (used in given or used not in schema_names)
            ):
                stack.append(used)
    return seen
