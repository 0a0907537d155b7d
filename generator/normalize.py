"""Prepare the document for model generation: safe schema names, named bodies.

Model generation only names `components/schemas`, and it renames (or, for some
names, merges or splits) schemas whose names are not class names. So first
every schema gets a class name of its own (`pet-store` -> `PetStore`) with each
`$ref` and discriminator mapping following it; the renames are kept under
`SCHEMA_ORIGINS` so warnings can still point at the spec's own names.

Then an inline request body, response or event schema is moved into
`components/schemas` (as `<Operation>Body`, `<Operation>Form`,
`<Operation>Response`, `<Operation>Event`) so every operation refers to a named
model; webhook bodies become `<Webhook>Webhook` models. The input document is
not changed: the parts on the way to a changed one are copied.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.diagnostics import join_pointer, split_pointer
from generator.naming import pascal, schema_class_names
from generator.validate import resolve_local

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = "application/json"
EVENT_STREAM_MEDIA = "text/event-stream"
MULTIPART_MEDIA = "multipart/form-data"
FORM_MEDIA = "application/x-www-form-urlencoded"
SCHEMA_PREFIX = "#/components/schemas/"
# Top-level key of the normalized document: new schema name -> the spec's name.
SCHEMA_ORIGINS = "x-generator-schema-origins"
# Top-level key: [pointer, message] warnings about rewrites normalizing made.
NORMALIZE_WARNINGS = "x-generator-warnings"
_BINARY_MEDIA_PREFIXES = (
    "application/octet-stream",
    "audio/",
    "image/",
    "video/",
    "application/pdf",
    "application/zip",
)


def media_base(media: str) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    return media.split(";", 1)[0].strip().lower()


def is_json_media(media: str) -> bool:
    base = media_base(media)
    return base == JSON_MEDIA or base.endswith("+json")


def is_binary_media(media: str) -> bool:
    return media_base(media).startswith(_BINARY_MEDIA_PREFIXES)


def is_text_media(media: str) -> bool:
    base = media_base(media)
    return base.startswith("text/") and base != EVENT_STREAM_MEDIA


def request_media(content: Mapping[str, Any]) -> tuple[str, str] | None:
    """(media type, kind) of the body the client sends, by preference: JSON,
    multipart, form-encoded, text, binary, any other; None when none is named."""
    for kind, matches in (
        ("json", is_json_media),
        ("multipart", lambda m: media_base(m) == MULTIPART_MEDIA),
        ("form", lambda m: media_base(m) == FORM_MEDIA),
        ("text", is_text_media),
        ("binary", is_binary_media),
    ):
        found = next((m for m in content if matches(m)), None)
        if found is not None:
            return found, kind
    # Anything else (XML, a vendor format) is sent as the caller's bytes; for a
    # wildcard (`*/*`) they go as application/octet-stream.
    named = next((m for m in content if "*" not in m), None)
    if named is None and content:
        return "application/octet-stream", "binary"
    return (named, "binary") if named is not None else None


def json_media(content: Mapping[str, Any]) -> str | None:
    return next((m for m in content if is_json_media(m)), None)


def event_stream_media(content: Mapping[str, Any]) -> str | None:
    return next((m for m in content if media_base(m) == EVENT_STREAM_MEDIA), None)


def success_status(responses: Mapping[str, Any]) -> str | None:
    """The response a successful call gets: the lowest 2xx (`200`, `2XX`), else `default`."""
    success = sorted(str(code) for code in responses if str(code).startswith("2"))
    if success:
        return success[0]
    return "default" if "default" in responses else None


def operation_base_name(path: str, method: str, operation: dict[str, Any]) -> str:
    operation_id = operation.get("operationId")
    name = pascal(operation_id) if isinstance(operation_id, str) else ""
    return _class_start(name or pascal(f"{method} {path}") or "Operation")


def _names_a_schema(schema: dict[str, Any]) -> bool:
    """A `$ref` to a whole schema of `components/schemas` (not to a part of one)."""
    ref = schema.get("$ref")
    return isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]


def _class_start(name: str) -> str:
    """`name`, made fit to begin a class name (`2fa` -> `Op2fa`)."""
    return "Op" + name if name[0].isdigit() else name


def hoist_inline_schemas(document: dict[str, Any]) -> dict[str, Any]:
    document = tag_discriminators(simplify_schemas(rename_schemas(document)))
    components = dict(document.get("components") or {})
    schemas = dict(components.get("schemas") or {})

    def name_for(base: str) -> str:
        name, number = base, 2
        while name in schemas:
            name, number = f"{base}{number}", number + 1
        return name

    def resolved(node: Any) -> Any:
        try:
            return (
                resolve_local(document, node["$ref"]) if isinstance(node, dict) and "$ref" in node else node
            )
        except KeyError:
            return None

    def hoisted(content: Any, choices: dict[str, str], base: str) -> Any:
        """`content` with the schema of each chosen media type (-> name suffix) named."""
        if not isinstance(content, dict):
            return content
        out = dict(content)
        for media, suffix in choices.items():
            media_object = content.get(media)
            if not isinstance(media_object, dict):
                continue
            schema = media_object.get("schema")
            if isinstance(schema, dict) and not _names_a_schema(schema):
                name = name_for(base + suffix)
                schemas[name] = schema
                out[media] = {**media_object, "schema": {"$ref": SCHEMA_PREFIX + name}}
        return out

    def with_body(operation: dict[str, Any], base: str) -> dict[str, Any]:
        body = resolved(operation.get("requestBody"))
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return operation
        chosen = request_media(body["content"])
        if chosen is None or chosen[1] in ("text", "binary"):
            return operation
        suffix = "Body" if chosen[1] == "json" else "Form"
        content = hoisted(body["content"], {chosen[0]: suffix}, base)
        return {**operation, "requestBody": {**body, "content": content}}

    def with_responses(operation: dict[str, Any], base: str) -> dict[str, Any]:
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            return operation
        status = success_status(responses)
        response = resolved(responses.get(status)) if status else None
        if not isinstance(response, dict) or not isinstance(response.get("content"), dict):
            return operation
        content = response["content"]
        choices = {}
        for media, suffix in ((json_media(content), "Response"), (event_stream_media(content), "Event")):
            if media is not None:
                choices[media] = suffix
        new_response = {**response, "content": hoisted(content, choices, base)}
        return {**operation, "responses": {**responses, status: new_response}}

    paths = dict(document.get("paths") or {})
    for path, path_item in list(paths.items()):
        path_item = resolved(path_item)
        if not isinstance(path_item, dict):
            continue
        new_item = dict(path_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                base = operation_base_name(path, method, operation)
                new_item[method] = with_responses(with_body(operation, base), base)
        paths[path] = new_item
    webhooks = dict(document.get("webhooks") or {})
    for hook, hook_item in list(webhooks.items()):
        hook_item = resolved(hook_item)
        if not isinstance(hook_item, dict):
            continue
        new_item = dict(hook_item)
        for method in HTTP_METHODS:
            operation = hook_item.get(method)
            if isinstance(operation, dict):
                # Models only: the client never receives these calls, but their
                # payloads are what a receiving application parses.
                new_item[method] = with_body(operation, _class_start(pascal(hook) or "Hook") + "Webhook")
        webhooks[hook] = new_item
    components["schemas"] = schemas
    result = {**document, "components": components}
    if "paths" in document:
        result["paths"] = paths
    if "webhooks" in document:
        result["webhooks"] = webhooks
    return result


def rename_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every schema under a class name of its own, refs following."""
    schemas = (document.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict) or not schemas:
        return document
    names = schema_class_names([str(name) for name in schemas])
    renames = {old: new for old, new in names.items() if old != new}
    if not renames:
        return document

    def ref(target: str) -> str:
        if not target.startswith(SCHEMA_PREFIX):
            return target
        tokens = split_pointer(target[1:])
        if len(tokens) < 3 or tokens[2] not in renames:
            return target
        return "#" + join_pointer(*tokens[:2], renames[tokens[2]], *tokens[3:])

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: rewrite(value) for key, value in node.items()}
        if isinstance(node.get("$ref"), str):
            out["$ref"] = ref(node["$ref"])
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            # Mapping values are refs or, as OpenAPI allows, bare schema names.
            mapping = {
                tag: (
                    (ref(target) if target.startswith("#") else renames.get(target, target))
                    if isinstance(target, str)
                    else target
                )
                for tag, target in discriminator["mapping"].items()
            }
            out["discriminator"] = {**out["discriminator"], "mapping": mapping}
        return out

    rewritten: dict[str, Any] = rewrite(document)
    rewritten["components"]["schemas"] = {
        names[str(name)]: schema for name, schema in rewritten["components"]["schemas"].items()
    }
    rewritten[SCHEMA_ORIGINS] = {new: old for old, new in renames.items()}
    return rewritten


def tag_discriminators(document: dict[str, Any]) -> dict[str, Any]:
    """Discriminator mappings filled in from the tags the members declare.

    Without a mapping, OpenAPI tags each member by its schema name. When a member's
    discriminating property instead lists its own values (`type: {enum: [eq, ne]}`),
    those values are what the author meant, so they are mapped to the member. When the
    tags are values but one member cannot carry one (a nested union, or null among its
    values), or two members claim one value, no tag tells them apart: the discriminator is
    dropped (the union still parses, trying each member) and a warning says so.
    """
    origins: dict[str, str] = document.get(SCHEMA_ORIGINS) or {}
    warnings: list[list[str]] = []

    def values_of(member: Any, prop: str) -> tuple[list[str], bool, bool]:
        """The tag values a member declares for `prop`, whether null is one, and whether
        the member is itself a union (whose members carry the tags)."""
        schema = _resolved(document, member)
        if not schema:
            return [], False, False
        is_union = "oneOf" in schema or "anyOf" in schema
        prop_schema = _resolved(document, (schema.get("properties") or {}).get(prop))
        if not prop_schema:
            return [], False, is_union
        parts = [
            _resolved(document, part) or {}
            for part in prop_schema.get("anyOf") or prop_schema.get("oneOf") or []
        ]
        values: list[Any] = []
        for part in parts or [prop_schema]:
            if isinstance(part.get("enum"), list):
                values += part["enum"]
            elif "const" in part:
                values.append(part["const"])
        # Null as a tag value means the member need not say what it is.
        nullable = any(_allows_null(part) for part in [prop_schema, *parts])
        return [v for v in values if isinstance(v, str)], nullable, is_union

    def dropped(node: dict[str, Any], tokens: tuple[str, ...], why: str) -> dict[str, Any]:
        warnings.append(
            [_spec_pointer(tokens, origins), f"{why}; the union is parsed by trying each member instead"]
        )
        return {key: value for key, value in node.items() if key != "discriminator"}

    def tagged(node: dict[str, Any], tokens: tuple[str, ...]) -> dict[str, Any]:
        discriminator, members = node["discriminator"], node.get("oneOf") or node.get("anyOf")
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str) or not isinstance(members, list):
            return node
        mapping = dict(discriminator.get("mapping") or {})
        mapped = {target.rsplit("/", 1)[-1] for target in mapping.values() if isinstance(target, str)}
        unmapped = []
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref.rsplit("/", 1)[-1] not in mapped:
                unmapped.append((ref, ref.rsplit("/", 1)[-1], *values_of(member, prop)))
        # Tags are values (a mapping, or members listing values other than their names):
        # a member that is a union, or whose tag may be null, cannot be told apart by one.
        by_value = bool(mapping) or any(values and name not in values for _, name, values, _, _ in unmapped)
        if not by_value:
            return node  # every member tagged by its schema name, as OpenAPI says
        for ref, name, values, nullable, is_union in unmapped:
            if (not values and is_union) or nullable:
                what = "no value of its own (it is a union)" if not values else "null among its values"
                return dropped(node, tokens, f"discriminator {prop!r}: member {name!r} has {what}")
            if not values:
                continue  # tagged by its schema name, as OpenAPI says (the IR warns)
            taken = [v for v in values if v in mapping and mapping[v] != ref]
            if taken:
                return dropped(
                    node,
                    tokens,
                    f"discriminator {prop!r}: value {taken[0]!r} is claimed by more than one member",
                )
            mapping.update((value, ref) for value in values)
        if mapping == (discriminator.get("mapping") or {}):
            return node
        return {**node, "discriminator": {**discriminator, "mapping": mapping}}

    def walk(node: Any, tokens: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, (*tokens, str(index))) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("discriminator"), dict):
            node = tagged(node, tokens)
        return {key: walk(value, (*tokens, str(key))) for key, value in node.items()}

    result = {
        key: walk(value, (key,)) if key in ("paths", "components", "webhooks") else value
        for key, value in document.items()
    }
    if warnings:
        result[NORMALIZE_WARNINGS] = warnings
    return result


def _allows_null(schema: dict[str, Any]) -> bool:
    """Null is said to be allowed (unlike `_takes_null`, a schema without a type does not count)."""
    return (
        schema.get("nullable") is True
        or "null" in _as_list(schema.get("type", []))
        or None in _as_list(schema.get("enum", []))
    )


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any] | None:
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        try:
            node = resolve_local(document, node["$ref"])
        except KeyError:
            return None
    return node if isinstance(node, dict) else None


def _spec_pointer(tokens: tuple[str, ...], origins: dict[str, str]) -> str:
    """A pointer into the normalized document, with schema names as the spec spells them."""
    if len(tokens) >= 3 and tokens[:2] == ("components", "schemas"):
        tokens = (*tokens[:2], origins.get(tokens[2], tokens[2]), *tokens[3:])
    return join_pointer(*tokens)


def simplify_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Two rewrites the model generator needs to give mypy-clean classes.

    An `allOf` of object schemas becomes one object with all their properties
    (the later definition of a property wins, as the more specific one): class
    inheritance would break where a part narrows a property of another. An
    `allOf` of one reference with only notes beside it stays a reference.
    A `default: null` on a schema that does not take null is dropped, and so is a
    `format` that does not fit the type (`type: number, format: unixtime` would become
    an `int` field that refuses the numbers the schema allows).
    """

    def target(node: Any, seen: frozenset[str]) -> tuple[Any, frozenset[str]]:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return None, seen
            seen = seen | {ref}
            try:
                node = resolve_local(document, ref)
            except KeyError:
                return None, seen
        return node, seen

    def merged(node: dict[str, Any], seen: frozenset[str]) -> dict[str, Any] | None:
        parts = node.get("allOf")
        if not isinstance(parts, list) or not parts:
            return None
        if len(parts) == 1 and "properties" not in node:
            return None
        properties: dict[str, Any] = {}
        required: list[Any] = []
        extra: dict[str, Any] = {}
        for part in parts:
            schema, part_seen = target(part, seen)
            if isinstance(schema, dict) and "allOf" in schema:
                schema = merged(schema, part_seen)
            if not _is_plain_object(schema):
                return None
            assert isinstance(schema, dict)
            properties.update(schema.get("properties") or {})
            required += schema.get("required") or []
            if "additionalProperties" in schema:
                extra["additionalProperties"] = schema["additionalProperties"]
        own = {key: value for key, value in node.items() if key != "allOf"}
        properties.update(own.get("properties") or {})
        required += own.get("required") or []
        result = {**extra, **own, "type": "object", "properties": properties}
        if required:
            result["required"] = list(dict.fromkeys(r for r in required if isinstance(r, str)))
        return result

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "allOf" in node:
            node = _notes_folded(node)
            node = merged(node, frozenset()) or node
        if "format" in node and not _format_fits(node):
            node = {key: value for key, value in node.items() if key != "format"}
        if "default" in node and node["default"] is None and not _takes_null(target(node, frozenset())[0]):
            node = {key: value for key, value in node.items() if key != "default"}
        return {key: walk(value) for key, value in node.items()}

    return {
        key: walk(value) if key in ("paths", "components", "webhooks") else value
        for key, value in document.items()
    }


# Keywords that say something about a schema without constraining its values.
_NOTE_KEYWORDS = frozenset(
    {
        "nullable",
        "description",
        "title",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "example",
        "examples",
    }
)


def _is_note(part: Any) -> bool:
    return (
        isinstance(part, dict)
        and bool(part)
        and all(key in _NOTE_KEYWORDS or str(key).startswith("x-") for key in part)
    )


def _notes_folded(node: dict[str, Any]) -> dict[str, Any]:
    """`allOf` parts that are only notes (`{nullable: true}`) moved beside the others,
    so `allOf: [Union, {nullable: true}]` means a nullable Union, not an intersection."""
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    notes = [part for part in parts if _is_note(part)]
    if not notes or len(notes) == len(parts):
        return node
    folded: dict[str, Any] = {}
    for note in notes:
        folded.update(note)
    return {**folded, **node, "allOf": [part for part in parts if not _is_note(part)]}


def _is_plain_object(schema: Any) -> bool:
    """An object schema with no union or composition of its own."""
    return (
        isinstance(schema, dict)
        and (schema.get("type") == "object" or "properties" in schema)
        and not any(key in schema for key in ("oneOf", "anyOf", "allOf", "not"))
    )


_NUMBER_FORMATS = frozenset({"float", "double", "decimal"})


def _format_fits(schema: dict[str, Any]) -> bool:
    """Whether the model generator's reading of `format` keeps every value of the type."""
    # (A properties map may have properties named `format` and `type`: not a schema.)
    kinds = _as_list(schema.get("type", []))
    fmt = schema.get("format")
    if not isinstance(fmt, str) or not all(isinstance(kind, str) for kind in kinds):
        return True
    types = set(kinds) - {"null"}
    if not types or "string" in types:
        return True
    if "number" in types:
        return fmt in _NUMBER_FORMATS
    if "integer" in types:
        return fmt == "unixtime" or fmt.startswith(("int", "uint"))
    return True


def _takes_null(schema: Any) -> bool:
    """Whether null is a valid value; True when it cannot be told (no type given)."""
    if not isinstance(schema, dict):
        return True
    if schema.get("nullable") is True or "null" in _as_list(schema.get("type", [])):
        return True
    if None in _as_list(schema.get("enum", [])) or ("const" in schema and schema["const"] is None):
        return True
    variants = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(variants, list):
        return any(_takes_null(v) or not isinstance(v, dict) or "$ref" in v for v in variants)
    return "type" not in schema


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
