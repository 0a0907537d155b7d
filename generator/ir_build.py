"""The bundled, validated document becomes the intermediate representation.

Each operation turns into an `ir.Operation` in a tree of resources named by its
`x-sdk-method` (`chat.completions.create`), or else by its first path segment
and its operationId (or method and path); request-body fields become keyword
arguments typed with the request TypedDicts (a body that is not an object, or
text or bytes, is one `body` argument); the success response names the model
to parse, the page to wrap it in, or the chunk type of its event stream.
What cannot be generated is skipped with a warning naming its pointer.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from generator import ir
from generator.diagnostics import Diagnostic, SpecError, join_pointer, split_pointer
from generator.escape import Code, docstring, py_str
from generator.models import ModelSources
from generator.naming import Scope, identifier, pascal, python_name, snake
from generator.normalize import (
    EVENT_STREAM_MEDIA,
    HTTP_METHODS,
    NORMALIZE_WARNINGS,
    event_stream_media,
    is_binary_media,
    is_text_media,
    json_media,
    media_base,
    request_media,
    success_status,
)
from generator.ir_types import BUILTIN_TYPES, TypeNames, query_style

# Names every generated method has; spec parameters that collide are renamed.
METHOD_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})
# Response transforms the runtime implements (runtime/_transforms.py).
KNOWN_TRANSFORMS = frozenset({"embeddings_base64"})
# x-sdk-pagination value -> the runtime's page class (Sync.../Async... + this).
PAGINATION_STYLES = {"list": "Page", "cursor": "CursorPage"}
# Attributes of the runtime's resource classes that a spec must not shadow.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
# The package's module-level settings (`pkg.api_key = ...`), beside its resources.
MODULE_SETTINGS = frozenset(
    {
        "api_key",
        "organization",
        "project",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "default_query",
        "http_client",
        "api_type",
        "api_version",
        "azure_endpoint",
        "azure_ad_token",
        "azure_ad_token_provider",
        "api_base",
        "api_key_path",
        "error",
        "omit",
    }
)
_SEGMENT = re.compile(r"[a-z_][a-z0-9_]*\Z")
# A leading path segment that is an API version (`v1`, `2.0`) names no resource.
_VERSION_SEGMENT = re.compile(r"v?\d+(\.\d+)*\Z", re.IGNORECASE)


class _Builder(TypeNames):
    def __init__(self, document: dict[str, Any], sources: ModelSources, package: str) -> None:
        super().__init__(document, sources)
        self.package = package

    # -- operations -------------------------------------------------------

    def check_discriminators(self) -> None:
        """A union member left out of a partial discriminator mapping is tagged with
        its schema name (as OpenAPI says), which is rarely what the author meant."""
        for name, schema in ((self.document.get("components") or {}).get("schemas") or {}).items():
            if not isinstance(schema, dict) or not isinstance(schema.get("discriminator"), dict):
                continue
            mapping = schema["discriminator"].get("mapping") or {}
            if not mapping:
                continue
            mapped = {str(target).rsplit("/", 1)[-1] for target in mapping.values()}
            for index, member in enumerate(schema.get("oneOf") or schema.get("anyOf") or []):
                ref = member.get("$ref", "") if isinstance(member, dict) else ""
                member_name = ref.rsplit("/", 1)[-1]
                if ref and member_name not in mapped:
                    keyword = "oneOf" if "oneOf" in schema else "anyOf"
                    self.warn(
                        self.schema_pointer(name, keyword, index),
                        f"{member_name!r} is not in the discriminator mapping, so its tag is "
                        f"its schema name {member_name!r}; add it to the mapping",
                    )

    def check_schema_classes(self) -> None:
        """A schema whose class the model generator named otherwise (an inline schema it
        met first took the name): the client uses the class it became, and says so, as
        `models.Name` is then another schema's class."""
        sources = self.sources
        for name in (self.document.get("components") or {}).get("schemas") or {}:
            model, param = sources.model_class(name), sources.param_class(name)
            if model == name and param == name:
                continue
            if param in (name, model):
                became = f"class {model!r}"
            elif model == name:
                became = f"TypedDict {param!r}"
            else:
                became = f"class {model!r} (TypedDict {param!r})"
            taker = sources.name_takers.get(name)
            if taker:
                tokens = split_pointer(taker)
                if tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
                    taker = self.schema_pointer(tokens[2], *tokens[3:])
                why = (
                    f"the schema at {taker}, met first, took the name {name!r}; give it a name "
                    f"of its own in components/schemas to keep {name!r} for this schema"
                )
            else:
                why = f"the name {name!r} was taken"
            origin = self.schema_origins.get(name, name)
            self.warn(self.schema_pointer(name), f"schema {origin!r} is generated as {became}: {why}")

    def build(self) -> ir.Api:
        for pointer, message in self.document.get(NORMALIZE_WARNINGS) or []:
            self.warn(pointer, message)
        self.check_discriminators()
        self.check_schema_classes()
        operations: list[ir.Operation] = []
        seen_methods: dict[tuple[str, ...], str] = {}
        for path, path_item in (self.document.get("paths") or {}).items():
            path_item = self.resolve(path_item)
            if not isinstance(path_item, dict):
                continue
            for method in HTTP_METHODS:
                operation = path_item.get(method)
                if not isinstance(operation, dict):
                    continue
                pointer = join_pointer("paths", path, method)
                built = self.operation(path, method, path_item, operation, pointer)
                if built is None:
                    continue
                key = (*built.resource, built.name)
                if key in seen_methods and "x-sdk-method" in operation:
                    self.error(
                        pointer,
                        f"client method {'.'.join(key)!r} is already used by the operation at {seen_methods[key]}",
                    )
                    continue
                if key in seen_methods:
                    built = self.renamed_duplicate(built, seen_methods)
                    key = (*built.resource, built.name)
                seen_methods[key] = pointer
                operations.append(built)
        # Webhooks are calls the API makes, not the client: their bodies became
        # models (see normalize), and nothing else is generated for them.
        resources = self.resources(operations)
        self.check_security()
        info = self.document.get("info") or {}
        servers = self.document.get("servers") or [{}]
        base_url = _server_url(servers[0]) if isinstance(servers[0], dict) else ""
        if base_url and "://" not in base_url:
            self.warn(
                "/servers/0/url",
                f"server URL {base_url!r} is relative to where the document is served, which the "
                "client cannot know: pass base_url= to the client",
            )
        if self.errors:
            raise SpecError(self.errors)
        return ir.Api(
            package=identifier(self.package, module_level=True),
            title=str(info.get("title", "")),
            version=py_str(str(info.get("x-sdk-version", "0.1.0"))),
            api_version=py_str(str(info.get("version", ""))),
            base_url=py_str(base_url if isinstance(base_url, str) else ""),
            resources=resources,
            operations=operations,
            typing_imports={module: sorted(names) for module, names in sorted(self.typing_imports.items())},
        )

    def check_security(self) -> None:
        """The client sends its key as `Authorization: Bearer` (an OAuth 2 or OpenID
        Connect access token goes the same way); other schemes are not generated."""
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        for name, scheme in schemes.items():
            scheme = self.resolve(scheme)
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            if kind in ("oauth2", "openIdConnect"):
                continue
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                continue
            described = f"{kind} {scheme.get('scheme', '')}".strip() if kind == "http" else str(kind)
            if kind == "apiKey":
                described = f"apiKey in {scheme.get('in')} {scheme.get('name')!r}"
            self.warn(
                join_pointer("components", "securitySchemes", name),
                f"security scheme {name!r} ({described}) is not generated: the client sends its "
                "api_key as a bearer token; pass other credentials with default_headers or default_query",
            )

    def renamed_duplicate(self, built: ir.Operation, seen: dict[tuple[str, ...], str]) -> ir.Operation:
        """Two operations whose names meet (a repeated operationId, `getPet` and
        `get_pet`): the later one is numbered, in document order, with a warning."""
        taken = {key[-1] for key in seen if key[:-1] == built.resource}
        number = 2
        while f"{built.name}_{number}" in taken:
            number += 1
        name = Code(f"{built.name}_{number}")
        dotted = ".".join(built.resource)
        self.warn(
            built.pointer,
            f"client method '{dotted}.{built.name}' is already used by the operation at "
            f"{seen[(*built.resource, built.name)]}; this one is '{dotted}.{name}'",
        )
        return dataclasses.replace(built, name=name)

    def operation(
        self, path: str, method: str, path_item: dict[str, Any], operation: dict[str, Any], pointer: str
    ) -> ir.Operation | None:
        resource, name = self.client_method(path, method, operation, pointer)
        if not resource:
            return None
        scope = Scope(METHOD_OPTIONS | {"self"})
        params = self.parameters(path, path_item, operation, pointer, scope)
        body = self.body(operation, pointer, scope)
        if body is None:
            return None
        body_params, encoding, content_type = body
        params.extend(body_params)
        response, stream = self.response(operation, pointer, body_params)
        for callback in operation.get("callbacks") or {}:
            self.warn(
                join_pointer("paths", path, method, "callbacks", callback),
                f"callback {callback!r} is not generated (the client only sends requests); skipped",
            )
        transform = operation.get("x-sdk-transform")
        if transform is not None and transform not in KNOWN_TRANSFORMS:
            self.error(
                pointer + "/x-sdk-transform",
                f"unknown transform {transform!r}; known: {', '.join(sorted(KNOWN_TRANSFORMS))}",
            )
            transform = None
        return ir.Operation(
            pointer=pointer,
            operation_id=str(operation.get("operationId", "")),
            resource=resource,
            name=name,
            http_method=py_str(method),
            path=py_str(path),
            params=params,
            response=response,
            multipart=encoding == "multipart",
            form=encoding == "form",
            content_type=content_type,
            stream=stream,
            transform=Code(transform) if transform else None,
            doc=self.operation_doc(operation, params),
            deprecated=bool(operation.get("deprecated")),
            summary=str(operation.get("summary") or operation.get("description") or "").strip(),
            http=f"{method.upper()} {path}",
        )

    def client_method(
        self, path: str, method: str, operation: dict[str, Any], pointer: str
    ) -> tuple[tuple[str, ...], Code]:
        dotted = operation.get("x-sdk-method")
        if dotted is None:
            # Without a name from the spec: the first path segment (after a
            # version) is the resource; the operationId, or else the method and
            # the rest of the path (`get_by_pet_id`), is the method.
            segments = [s for s in path.split("/") if s]
            while segments and _VERSION_SEGMENT.match(segments[0]):
                segments = segments[1:]
            first = segments[0] if segments and not segments[0].startswith("{") else ""
            resource = snake(first) or "default"
            rest = segments[1:] if first else segments
            derived = [method] + [f"by {s[1:-1]}" if s.startswith("{") else s for s in rest]
            operation_id = operation.get("operationId")
            name = (snake(operation_id) if isinstance(operation_id, str) else "") or snake(" ".join(derived))
            return (identifier(resource, reserved=RESOURCE_ATTRIBUTES | client_attributes()),), python_name(
                name or method, reserved=RESOURCE_ATTRIBUTES
            )
        parts = dotted.split(".") if isinstance(dotted, str) else []
        if (
            len(parts) < 2
            or not all(_SEGMENT.match(p) for p in parts)
            or any(identifier(p) != p or p in RESOURCE_ATTRIBUTES for p in parts)
        ):
            self.error(
                pointer + "/x-sdk-method",
                f"x-sdk-method must be dotted lower-case identifiers like 'chat.completions.create', got {dotted!r}",
            )
            return (), Code("")
        return tuple(Code(p) for p in parts[:-1]), Code(parts[-1])

    def parameters(
        self, path: str, path_item: dict[str, Any], operation: dict[str, Any], pointer: str, scope: Scope
    ) -> list[ir.Param]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_pointer in ((path_item, pointer.rsplit("/", 1)[0]), (operation, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                param = self.resolve(raw)
                if isinstance(param, dict):
                    merged[(str(param.get("name")), str(param.get("in")))] = (
                        param,
                        f"{owner_pointer}/parameters/{index}",
                    )
        in_path = re.findall(r"\{([^}]*)\}", path)
        declared = {name for name, location in merged if location == "path"}
        for missing in sorted(set(in_path) - declared):
            self.error(pointer, f"path parameter {{{missing}}} is used in the path but not declared")
        for extra in sorted(declared - set(in_path)):
            self.error(pointer, f"path parameter {extra!r} is declared but not used in the path {path!r}")
        ordered = sorted(
            merged.values(),
            key=lambda item: (
                item[0].get("in") != "path",
                in_path.index(item[0]["name"]) if item[0].get("name") in in_path else 0,
            ),
        )
        params: list[ir.Param] = []
        for param, param_pointer in ordered:
            location = param.get("in")
            if location not in ("path", "query", "header"):
                self.warn(
                    param_pointer, f"{location} parameter {param.get('name')!r} is not supported; skipped"
                )
                continue
            wire = str(param.get("name"))
            params.append(
                ir.Param(
                    wire_name=py_str(wire),
                    name=scope.claim(python_name(wire)),
                    location=location,
                    annotation=self.schema_annotation(param.get("schema") or {}, param_pointer + "/schema"),
                    required=bool(param.get("required")) or location == "path",
                    doc=docstring(str(param.get("description") or "")),
                    deprecated=bool(param.get("deprecated")),
                    description=str(param.get("description") or ""),
                    default=_json_default(self.resolve(param.get("schema") or {})),
                    query_style=query_style(self, param, param_pointer) if location == "query" else None,
                )
            )
        return params

    def body(
        self, operation: dict[str, Any], pointer: str, scope: Scope
    ) -> tuple[list[ir.Param], ir.BodyEncoding, Code | None] | None:
        """The body as arguments, how it is encoded, and the media type of a text or
        binary body (sent whole, as `body=`); None to skip the operation."""
        body = self.resolve(operation.get("requestBody"))
        if not isinstance(body, dict):
            return [], "json", None
        content = body.get("content") or {}
        if not content:
            return [], "json", None
        chosen = request_media(content)
        if chosen is None:
            self.warn(
                pointer + "/requestBody",
                f"request body media types {sorted(content)} are not supported; operation skipped",
            )
            return None
        media, kind = chosen
        if kind in ("text", "binary"):
            return (
                [self.whole_body(body, Code("str" if kind == "text" else "bytes"), scope)],
                "json",
                py_str(media),
            )
        encoding: ir.BodyEncoding = (
            "json" if kind == "json" else "multipart" if kind == "multipart" else "form"
        )
        schema_ref = (content[media] or {}).get("schema")
        if not schema_ref and encoding == "json":
            # JSON the spec does not describe: any value the caller gives.
            return [self.whole_body(body, Code("object"), scope)], "json", py_str(media)
        if not schema_ref:
            self.warn(
                pointer + "/requestBody",
                f"request body {media!r} has no schema, so its fields are unknown; operation skipped",
            )
            return None
        schema_name = self.component_name(schema_ref, pointer + "/requestBody")
        if schema_name is None:
            return None
        class_name = self.sources.param_class(schema_name)
        fields = self.sources.param_fields.get(class_name)
        if fields is None:
            fields = self.union_fields(class_name, schema_ref)
        if fields is None and encoding == "json" and class_name in self.sources.param_names:
            # Not an object (an array, a string...): one argument, sent as the JSON body.
            return [self.whole_body(body, Code(f"p.{class_name}"), scope)], "json", py_str(media)
        if fields is None:
            self.warn(
                pointer + "/requestBody",
                f"request body schema {self.schema_origins.get(schema_name, schema_name)!r} is neither "
                f"an object nor a union of objects, which {media} needs; operation skipped",
            )
            return None
        schema = self.resolve(schema_ref)
        properties = self.object_properties(schema)
        params = []
        for field in fields:
            prop = self.resolve(properties.get(field.key) or {})
            annotation = self.file_annotation(prop) if encoding == "multipart" else None
            params.append(
                ir.Param(
                    wire_name=py_str(field.key),
                    name=scope.claim(python_name(field.key)),
                    location="body",
                    annotation=annotation
                    or self.param_annotation(field.annotation, pointer + "/requestBody"),
                    required=field.required,
                    doc=docstring(str(prop.get("description") or "")),
                    deprecated=bool(prop.get("deprecated")),
                    description=str(prop.get("description") or ""),
                    default=_json_default(prop),
                )
            )
        # Required arguments first, each group in spec order.
        return sorted(params, key=lambda p: not p.required), encoding, None

    def whole_body(self, body: dict[str, Any], annotation: Code, scope: Scope) -> ir.Param:
        """The argument (`body=`) for a request body sent as one value."""
        description = str(body.get("description") or "")
        return ir.Param(
            wire_name=py_str("body"),
            name=scope.claim("body"),
            location="content",
            annotation=annotation,
            required=bool(body.get("required")),
            doc=docstring(description),
            description=description,
        )

    def response(
        self, operation: dict[str, Any], pointer: str, body_params: list[ir.Param]
    ) -> tuple[ir.Response, ir.Stream | None]:
        responses = operation.get("responses") or {}
        status = success_status(responses)
        if status is None:
            return ir.Response("none"), None
        response_pointer = pointer + join_pointer("responses", status)
        content = (self.resolve(responses[status]) or {}).get("content") or {}
        result = ir.Response("none")
        schema_name: str | None = None
        has_text = any(is_text_media(m) for m in content)
        json = json_media(content)
        if json is not None and not (content[json] or {}).get("schema"):
            # JSON the spec does not describe: handed back as parsed.
            result = ir.Response("json")
        elif json is not None:
            schema_name = self.component_name((content[json] or {}).get("schema") or {}, response_pointer)
            if schema_name:
                name = self.sources.model_class(schema_name)
                alias = name not in self.sources.class_names
                result = ir.Response("model", Code(name), text_alternative=has_text, alias=alias)
        elif any(is_binary_media(media) for media in content):
            result = ir.Response("binary")
        elif has_text:
            result = ir.Response("text")
        elif content and event_stream_media(content) is None:
            # A format the client does not read (XML, SDP...): the bytes, as they came.
            result = ir.Response("binary")
        if result.kind in ("binary", "text"):
            # Asked for by its media types (the client's default Accept is JSON), with
            # anything else welcome after them: the caller gets the bytes either way.
            answered = [m for m in content if "*" not in m and media_base(m) != EVENT_STREAM_MEDIA]
            if answered:
                result = dataclasses.replace(result, accept=py_str(", ".join([*answered, "*/*;q=0.1"])))
        accept = operation.get("x-sdk-accept")
        if accept is not None:
            if isinstance(accept, str) and accept:
                # The Accept header this operation sends (the official client sets
                # some per operation, e.g. application/octet-stream for speech).
                result = dataclasses.replace(result, accept=py_str(accept))
            else:
                self.error(pointer + "/x-sdk-accept", "x-sdk-accept must be a media type string")
        stream = self.stream(operation, content, response_pointer, body_params)
        pagination = operation.get("x-sdk-pagination")
        if pagination is not None:
            if pagination not in PAGINATION_STYLES:
                self.error(
                    pointer + "/x-sdk-pagination",
                    f"unknown pagination style {pagination!r}; known: {', '.join(sorted(PAGINATION_STYLES))}",
                )
            elif result.kind == "model" and schema_name:
                item = self.page_item(schema_name, response_pointer)
                if item is not None:
                    return ir.Response("page", item, Code(PAGINATION_STYLES[pagination])), stream
        return result, stream

    def stream(
        self, operation: dict[str, Any], content: dict[str, Any], pointer: str, body_params: list[ir.Param]
    ) -> ir.Stream | None:
        media = event_stream_media(content)
        if media is None:
            return None
        flag = next((p for p in body_params if p.wire_name == py_str("stream")), None)
        if flag is None and len(content) > 1:
            self.warn(pointer, "event-stream response but no boolean `stream` body field; not exposed")
            return None
        if not (content[media] or {}).get("schema"):
            self.warn(pointer, "event-stream response without a schema for its events; not exposed")
            return None
        chunk_schema = self.component_name((content[media] or {}).get("schema") or {}, pointer)
        if not chunk_schema:
            return None
        chunk = self.sources.model_class(chunk_schema)
        # Without a flag the operation answers only with events: it always streams.
        nullable = flag is not None and "None" in flag.annotation.split(" | ")
        final = operation.get("x-sdk-stream-final-events", [])
        if not isinstance(final, list) or not all(isinstance(e, str) for e in final):
            self.error(
                pointer.split("/responses/")[0] + "/x-sdk-stream-final-events",
                "x-sdk-stream-final-events must be a list of event type names",
            )
            final = []
        return ir.Stream(
            flag=flag, chunk=Code(chunk), nullable=nullable, final_events=tuple(map(py_str, final))
        )

    def page_item(self, schema_name: str, pointer: str) -> Code | None:
        schema = self.resolve({"$ref": "#/components/schemas/" + schema_name})
        data = self.resolve(self.object_properties(schema).get("data") or {})
        items = data.get("items") if isinstance(data, dict) else None
        name = self.component_name(items or {}, pointer) if items else None
        if name is None:
            self.error(pointer, "a paginated response needs a `data` array of a named schema")
        return Code(self.sources.model_class(name)) if name else None

    def operation_doc(self, operation: dict[str, Any], params: list[ir.Param]) -> Code:
        lines = [str(operation.get("summary") or "").strip()]
        description = str(operation.get("description") or "").strip()
        if description and description != lines[0]:
            lines += ["", description]
        if operation.get("deprecated"):
            lines += ["", "Deprecated: the API description marks this operation deprecated."]
        documented = [p for p in params if p.doc]
        if documented:
            lines += ["", "Args:"]
            for param in documented:
                first, *rest = str(param.doc).splitlines() or [""]
                prefix = "[deprecated] " if param.deprecated else ""
                lines.append(f"    {param.name}: {prefix}{first}")
                lines.extend(f"        {line}" if line else "" for line in rest)
        # Param docs are escaped already; escape only the operation's own text.
        head = docstring("\n".join(lines[: lines.index("Args:")] if documented else lines))
        tail = "\n".join(lines[lines.index("Args:") :]) if documented else ""
        return Code(f"{head}\n\n{tail}".strip() if tail else head)

    # -- resources --------------------------------------------------------

    def resources(self, operations: list[ir.Operation]) -> list[ir.Resource]:
        roots: dict[str, ir.Resource] = {}
        nodes: dict[tuple[str, ...], ir.Resource] = {}

        def node(path: tuple[str, ...]) -> ir.Resource:
            if path not in nodes:
                class_name = identifier(pascal("_".join(path)) or "Resource", module_level=True)
                nodes[path] = ir.Resource(path=path, attribute=Code(path[-1]), class_name=class_name)
                if len(path) == 1:
                    roots[path[0]] = nodes[path]
                else:
                    node(path[:-1]).children.append(nodes[path])
            return nodes[path]

        for operation in operations:
            node(operation.resource).operations.append(operation)
        for resource in nodes.values():
            _unshadow_builtins(resource)
            children = {child.attribute for child in resource.children}
            for operation in resource.operations:
                if operation.name in children:
                    self.error(
                        operation.pointer + "/x-sdk-method",
                        f"method {operation.name!r} clashes with the sub-resource of the same name",
                    )
        return list(roots.values())


@cache
def client_attributes() -> frozenset[str]:
    """Names a top-level resource may not take: what the runtime's client classes
    define (`organization`, `close`, `with_options`...) and the module settings."""
    names = set(MODULE_SETTINGS)
    for module in ("_base_client.py", "_azure.py"):
        tree = ast.parse((RUNTIME / module).read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Client"):
                for member in node.body:
                    if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        names.add(member.name)
                    elif isinstance(member, (ast.Assign, ast.AnnAssign)):
                        targets = member.targets if isinstance(member, ast.Assign) else [member.target]
                        names.update(t.id for t in targets if isinstance(t, ast.Name))
                for child in ast.walk(node):
                    if (
                        isinstance(child, ast.Attribute)
                        and isinstance(child.ctx, ast.Store)
                        and isinstance(child.value, ast.Name)
                        and child.value.id == "self"
                    ):
                        names.add(child.attr)
    return frozenset(names)


def _server_url(server: dict[str, Any]) -> str:
    """The server's URL with each `{variable}` at its default."""
    url = server.get("url", "")
    variables = server.get("variables") or {}
    if not isinstance(url, str):
        return ""

    def default(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1)) if isinstance(variables, dict) else None
        value = variable.get("default") if isinstance(variable, dict) else None
        return str(value) if value is not None else match.group(0)

    return re.sub(r"\{([^{}]*)\}", default, url)


def _json_default(schema: Any) -> str | None:
    if not isinstance(schema, dict) or "default" not in schema:
        return None
    return json.dumps(schema["default"], ensure_ascii=False, default=str)


def _unshadow_builtins(resource: ir.Resource) -> None:
    """A method named `list` hides the builtin from annotations in its class:
    spell such builtins `builtins.list` in that class's signatures."""
    shadowed = {str(op.name) for op in resource.operations} & BUILTIN_TYPES
    if not shadowed:
        return
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\b")
    for index, operation in enumerate(resource.operations):
        params = [
            dataclasses.replace(param, annotation=Code(pattern.sub(r"builtins.\1", param.annotation)))
            for param in operation.params
        ]
        stream = operation.stream
        if stream is not None and stream.flag is not None:
            flag_name = stream.flag.name
            stream = dataclasses.replace(stream, flag=next(p for p in params if p.name == flag_name))
        resource.operations[index] = dataclasses.replace(operation, params=params, stream=stream)


def build_ir(
    document: dict[str, Any], sources: ModelSources, package: str
) -> tuple[ir.Api, list[Diagnostic]]:
    builder = _Builder(document, sources, package)
    api = builder.build()
    return api, builder.warnings
