"""The bundled, validated document becomes the intermediate representation.

Each operation turns into an `ir.Operation` in a tree of resources named by its
`x-sdk-method` (`chat.completions.create`); request-body fields become keyword
arguments typed with the request TypedDicts; the success response names the
model to parse, the page to wrap it in, or the chunk type of its event stream.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from typing import Any

from generator import ir
from generator.diagnostics import Diagnostic, SpecError, join_pointer
from generator.escape import Code, docstring, py_str
from generator.models import Field, ModelSources
from generator.naming import Scope, identifier, pascal, python_name, snake
from generator.normalize import EVENT_STREAM_MEDIA, HTTP_METHODS, JSON_MEDIA, MULTIPART_MEDIA
from generator.validate import resolve_local

# Names every generated method has; spec parameters that collide are renamed.
METHOD_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})
# Response transforms the runtime implements (runtime/_transforms.py).
KNOWN_TRANSFORMS = frozenset({"embeddings_base64"})
# x-sdk-pagination value -> the runtime's page class (Sync.../Async... + this).
PAGINATION_STYLES = {"list": "Page", "cursor": "CursorPage"}
_BINARY_MEDIA_PREFIXES = (
    "application/octet-stream",
    "audio/",
    "image/",
    "video/",
    "application/pdf",
    "application/zip",
)
# Attributes of the runtime's resource classes that a spec must not shadow.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
_SEGMENT = re.compile(r"[a-z_][a-z0-9_]*\Z")
_BUILTIN_TYPES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "set", "tuple", "None", "object"}
)
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class _Builder:
    def __init__(self, document: dict[str, Any], sources: ModelSources, package: str) -> None:
        self.document = document
        self.sources = sources
        self.package = package
        self.errors: list[Diagnostic] = []
        self.warnings: list[Diagnostic] = list(sources.warnings)
        self.typing_imports: dict[str, set[str]] = {}

    def error(self, pointer: str, message: str) -> None:
        self.errors.append(Diagnostic("error", message, pointer))

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(Diagnostic("warning", message, pointer))

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 64:
            node = resolve_local(self.document, node["$ref"])
            seen += 1
        return node

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
                        join_pointer("components", "schemas", name, keyword, index),
                        f"{member_name!r} is not in the discriminator mapping, so its tag is "
                        f"its schema name {member_name!r}; add it to the mapping",
                    )

    def build(self) -> ir.Api:
        self.check_discriminators()
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
                if key in seen_methods:
                    self.error(
                        pointer,
                        f"client method {'.'.join(key)!r} is already used by the operation at {seen_methods[key]}",
                    )
                    continue
                seen_methods[key] = pointer
                operations.append(built)
        resources = self.resources(operations)
        info = self.document.get("info") or {}
        servers = self.document.get("servers") or [{}]
        base_url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
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
        body_params, multipart = body
        params.extend(body_params)
        response, stream = self.response(operation, pointer, body_params)
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
            multipart=multipart,
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
            # Without a name from the spec: first path segment as the resource,
            # operationId (or method) as the method.
            segments = [s for s in path.split("/") if s and not s.startswith("{")]
            resource = snake(segments[0]) if segments else "default"
            name = snake(str(operation.get("operationId") or method)) or method
            return (identifier(resource or "default"),), python_name(name, reserved=RESOURCE_ATTRIBUTES)
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
                )
            )
        return params

    def body(
        self, operation: dict[str, Any], pointer: str, scope: Scope
    ) -> tuple[list[ir.Param], bool] | None:
        """The body's fields as arguments, and whether it is multipart; None to skip the operation."""
        body = self.resolve(operation.get("requestBody"))
        if not isinstance(body, dict):
            return [], False
        content = body.get("content") or {}
        media = next((m for m in (JSON_MEDIA, MULTIPART_MEDIA) if m in content), None)
        if media is None:
            self.warn(
                pointer + "/requestBody",
                f"request body media types {sorted(content)} are not supported yet; operation skipped",
            )
            return None
        schema_ref = (content[media] or {}).get("schema") or {}
        class_name = self.component_name(schema_ref, pointer + "/requestBody")
        if class_name is None:
            return None
        fields = self.sources.param_fields.get(class_name)
        if fields is None:
            fields = self.union_fields(schema_ref)
        if fields is None:
            self.warn(
                pointer + "/requestBody",
                f"request body schema {class_name!r} is neither an object nor a union of objects; "
                "operation skipped",
            )
            return None
        schema = self.resolve(schema_ref)
        properties = self.object_properties(schema)
        multipart = media == MULTIPART_MEDIA
        params = []
        for field in fields:
            prop = self.resolve(properties.get(field.key) or {})
            annotation = self.file_annotation(prop) if multipart else None
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
        return sorted(params, key=lambda p: not p.required), multipart

    def union_fields(self, schema_ref: Any) -> list[Field] | None:
        """Keyword arguments for a body that is a union of objects: every field of
        every variant, required where all variants require it (as the official
        client flattens such bodies)."""
        schema = self.resolve(schema_ref)
        variants = (schema.get("oneOf") or schema.get("anyOf")) if isinstance(schema, dict) else None
        if not variants:
            return None
        per_variant = []
        for variant in variants:
            ref = variant.get("$ref", "") if isinstance(variant, dict) else ""
            fields = self.sources.param_fields.get(ref.rsplit("/", 1)[-1]) if ref else None
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

    def response(
        self, operation: dict[str, Any], pointer: str, body_params: list[ir.Param]
    ) -> tuple[ir.Response, ir.Stream | None]:
        responses = operation.get("responses") or {}
        success = [code for code in responses if str(code).startswith("2")]
        if not success:
            return ir.Response("none"), None
        status = sorted(success, key=str)[0]
        response_pointer = pointer + join_pointer("responses", status)
        content = (self.resolve(responses[status]) or {}).get("content") or {}
        result = ir.Response("none")
        has_text = any(m.startswith("text/") and m != EVENT_STREAM_MEDIA for m in content)
        if JSON_MEDIA in content:
            name = self.component_name((content[JSON_MEDIA] or {}).get("schema") or {}, response_pointer)
            if name:
                alias = name not in self.sources.class_names
                result = ir.Response("model", Code(name), text_alternative=has_text, alias=alias)
        elif any(_is_binary_media(media) for media in content):
            result = ir.Response("binary")
        elif has_text:
            result = ir.Response("text")
        elif content and EVENT_STREAM_MEDIA not in content:
            self.warn(
                response_pointer,
                f"response media types {sorted(content)} are not supported; the method returns None",
            )
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
            elif result.kind == "model" and result.model is not None:
                item = self.page_item(result.model, response_pointer)
                if item is not None:
                    return ir.Response("page", item, Code(PAGINATION_STYLES[pagination])), stream
        return result, stream

    def stream(
        self, operation: dict[str, Any], content: dict[str, Any], pointer: str, body_params: list[ir.Param]
    ) -> ir.Stream | None:
        if EVENT_STREAM_MEDIA not in content:
            return None
        chunk = self.component_name((content[EVENT_STREAM_MEDIA] or {}).get("schema") or {}, pointer)
        flag = next((p for p in body_params if p.wire_name == py_str("stream")), None)
        if flag is None:
            self.warn(pointer, "event-stream response but no boolean `stream` body field; not exposed")
            return None
        if not chunk:
            return None
        nullable = "None" in flag.annotation.split(" | ")
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

    def page_item(self, model: str, pointer: str) -> Code | None:
        schema = self.resolve({"$ref": "#/components/schemas/" + model})
        data = self.resolve(self.object_properties(schema).get("data") or {})
        items = data.get("items") if isinstance(data, dict) else None
        name = self.component_name(items or {}, pointer) if items else None
        if name is None:
            self.error(pointer, "a paginated response needs a `data` array of a named schema")
        return Code(name) if name else None

    # -- schemas and types ------------------------------------------------

    def component_name(self, schema: Any, pointer: str) -> str | None:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        prefix = "#/components/schemas/"
        if not isinstance(ref, str) or not ref.startswith(prefix):
            self.error(pointer, "expected a reference to a schema in components/schemas")
            return None
        name = ref[len(prefix) :]
        if name not in self.sources.model_names:
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
                elif node.id not in _BUILTIN_TYPES:
                    builder.error(pointer, f"cannot place type {node.id!r} in a signature")
                return node

        # Annotations come from generated source, never straight from spec text.
        return Code(ast.unparse(Qualify().visit(annotation)))

    def schema_annotation(self, schema: Any, pointer: str) -> Code:
        """Type of a path, query or header parameter: primitives, enums, arrays."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
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
                values = schema.get("additionalProperties")
                value = (
                    self.schema_annotation(values, pointer + "/additionalProperties")
                    if isinstance(values, dict) and values
                    else Code("str")
                )
                rendered.append(f"dict[str, {value}]")
            elif kind in _PRIMITIVES:
                rendered.append(_PRIMITIVES[kind])
        if not rendered:
            self.warn(pointer, "parameter schema is not a primitive, enum or array; typed as str")
            rendered = ["str"]
        return Code(" | ".join(rendered))

    def operation_doc(self, operation: dict[str, Any], params: list[ir.Param]) -> Code:
        lines = [str(operation.get("summary") or "").strip()]
        description = str(operation.get("description") or "").strip()
        if description and description != lines[0]:
            lines += ["", description]
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


def _json_default(schema: Any) -> str | None:
    if not isinstance(schema, dict) or "default" not in schema:
        return None
    return json.dumps(schema["default"], ensure_ascii=False, default=str)


def _unshadow_builtins(resource: ir.Resource) -> None:
    """A method named `list` hides the builtin from annotations in its class:
    spell such builtins `builtins.list` in that class's signatures."""
    shadowed = {str(op.name) for op in resource.operations} & _BUILTIN_TYPES
    if not shadowed:
        return
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\b")
    for index, operation in enumerate(resource.operations):
        params = [
            dataclasses.replace(param, annotation=Code(pattern.sub(r"builtins.\1", param.annotation)))
            for param in operation.params
        ]
        stream = operation.stream
        if stream is not None:
            stream = dataclasses.replace(stream, flag=next(p for p in params if p.name == stream.flag.name))
        resource.operations[index] = dataclasses.replace(operation, params=params, stream=stream)


def _is_binary_media(media: str) -> bool:
    return media.startswith(_BINARY_MEDIA_PREFIXES)


def build_ir(
    document: dict[str, Any], sources: ModelSources, package: str
) -> tuple[ir.Api, list[Diagnostic]]:
    builder = _Builder(document, sources, package)
    api = builder.build()
    return api, builder.warnings
