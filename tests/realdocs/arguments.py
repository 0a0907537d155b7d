"""The keyword arguments for one generated method, built from its operation's schemas.

The intermediate representation says which Python argument stands for which
parameter or body field (`ir.Param.wire_name` -> `ir.Param.name`); the document
says what a valid value of each looks like (see `schema_values`). Every
parameter and top-level body field is sent, optional ones too, so that the
client's handling of each is judged; only a stream switch is left out, as the
sweep wants one answer, not an event stream.
"""

from __future__ import annotations

import ast
import base64
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import split_pointer
from generator.normalize import is_json_media
from tests.realdocs.schema_values import SchemaValues, UnbuildableSchema, without_bytes

API_KEY = "sk-realdocs"
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


@dataclass
class Call:
    """How one method is called: its keyword arguments and the credentials Prism checks."""

    kwargs: dict[str, Any]
    extra_headers: dict[str, str] = field(default_factory=dict)
    extra_query: dict[str, str] = field(default_factory=dict)
    json_body: dict[str, Any] | None = None  # the JSON body these arguments must come out as


class ArgumentBuilder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.values = SchemaValues(document)

    def spec_operation(self, pointer: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(path item, operation) at an operation's pointer (`/paths/~1pets/get`)."""
        _, path, method = split_pointer(pointer)
        path_item = self.values.resolve(self.document["paths"][path])
        return path_item, path_item[method]

    def call(self, operation: Any) -> Call:
        """Arguments for an `ir.Operation`; raises UnbuildableSchema."""
        path_item, spec = self.spec_operation(operation.pointer)
        kwargs: dict[str, Any] = {}
        json_body: dict[str, Any] = {}
        parameters = self.parameters(path_item, spec)
        stream_flag = operation.stream.flag.name if operation.stream and operation.stream.flag else None
        body = (
            self.body(operation, spec)
            if any(p.location in ("body", "content") for p in operation.params)
            else {}
        )
        for param in operation.params:
            wire = ast.literal_eval(param.wire_name)
            if param.location in ("path", "query", "header"):
                spec_param = parameters.get((wire, param.location))
                if spec_param is None:
                    raise UnbuildableSchema(f"no {param.location} parameter {wire!r} in the document")
                kwargs[param.name] = self.parameter_value(spec_param)
            elif param.location == "content":
                kwargs[param.name] = body[None]
            elif wire in body:
                value = body.pop(wire)
                if param.name != stream_flag:
                    kwargs[param.name] = value
                    json_body[wire] = value
        unmatched = sorted(key for key in body if key is not None)
        if unmatched and operation.content_param is None:
            raise UnbuildableSchema(f"body fields without an argument: {unmatched}")
        headers, query = self.credentials(spec)
        is_json = json_body and not (operation.multipart or operation.form)
        return Call(kwargs, headers, query, json_body if is_json else None)

    # -- parameters -----------------------------------------------------

    def parameters(self, path_item: dict[str, Any], spec: dict[str, Any]) -> dict[tuple[str, str], Any]:
        found = {}
        for owner in (path_item, spec):
            for raw in owner.get("parameters") or ():
                param = self.values.resolve(raw)
                found[(param.get("name"), param.get("in"))] = param
        return found

    def undeclared_query(self, pointer: str, sent: set[str]) -> list[str]:
        """The query parameters sent that the operation does not declare.

        A deepObject parameter goes as `name[key]`; a fixed query may sit in the
        path key itself (`/responses?beta=true`)."""
        path_item, spec = self.spec_operation(pointer)
        declared = {
            name: param
            for (name, location), param in self.parameters(path_item, spec).items()
            if location == "query"
        }
        _, path, _ = split_pointer(pointer)
        fixed = {pair.split("=")[0] for pair in path.partition("?")[2].split("&") if pair}
        deep = {name for name, param in declared.items() if param.get("style") == "deepObject"}
        return sorted(
            name
            for name in sent
            if name not in declared and name not in fixed and name.split("[")[0] not in deep
        )

    def parameter_value(self, param: dict[str, Any]) -> Any:
        where = f"{param.get('in')} parameter {param.get('name')}"
        schema = param.get("schema")
        if schema is None:
            media: dict[str, Any] = next(iter((param.get("content") or {}).values()), {})
            schema = media.get("schema") or {}
        offered = self.offered_example(param)
        if offered is not None and self.values.fits(offered[0], self.values.flatten(schema)):
            return offered[0]
        return self.values.value(schema, where)

    def offered_example(self, owner: dict[str, Any]) -> tuple[Any] | None:
        """A parameter's or media type's own `example`, or its first `examples` entry."""
        if "example" in owner:
            return (owner["example"],)
        for example in (owner.get("examples") or {}).values():
            example = self.values.resolve(example)
            if isinstance(example, dict) and "value" in example:
                return (example["value"],)
        return None

    # -- the body -------------------------------------------------------

    def body(self, operation: Any, spec: dict[str, Any]) -> dict[Any, Any]:
        """The body as {wire name: value}; a whole text or binary body under the key None."""
        request = self.values.resolve(spec.get("requestBody")) or {}
        content = request.get("content") or {}
        if operation.content_type is not None:
            media_type = ast.literal_eval(operation.content_type)
            media = content.get(media_type) or {}
            value = self.media_value(media, f"{media_type} body", optional=False)
            if isinstance(value, str) and not media_type.startswith("text/"):
                value = value.encode()
            elif not isinstance(value, (str, bytes)):
                value = str(value)
            return {None: value}
        if operation.multipart:
            media_type = MULTIPART
        elif operation.form:
            media_type = FORM
        else:
            media_type = next((m for m in content if is_json_media(m)), "")
        media = content.get(media_type)
        if media is None:
            raise UnbuildableSchema(f"the document has no {media_type or 'JSON'} request body")
        value = self.media_value(media, "body", optional=True)
        if not isinstance(value, dict):
            raise UnbuildableSchema(f"the body is not an object: {value!r}")
        if media_type == MULTIPART:
            value = {name: self.as_file(name, item, media) for name, item in value.items()}
        else:
            value = without_bytes(value)
        return dict(value)

    def media_value(self, media: dict[str, Any], where: str, *, optional: bool) -> Any:
        offered = self.offered_example(media)
        schema = media.get("schema") or {}
        if offered is not None and self.values.fits(offered[0], self.values.flatten(schema)):
            return offered[0]
        return self.values.value(schema, where, optional=optional)

    @staticmethod
    def as_file(name: str, value: Any, media: dict[str, Any]) -> Any:
        """Binary parts go as (filename, content, content type) files."""
        if isinstance(value, list) and value and all(isinstance(v, bytes) for v in value):
            return [ArgumentBuilder.as_file(name, v, media) for v in value]
        if not isinstance(value, bytes):
            return value
        encoding = (media.get("encoding") or {}).get(name) or {}
        content_type = str(encoding.get("contentType") or "application/octet-stream").split(",")[0].strip()
        return (f"{name}.bin", value, content_type)

    # -- credentials ----------------------------------------------------

    def credentials(self, spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
        """Headers and query parameters that satisfy the operation's first security alternative.

        The client always sends `Authorization: Bearer <api key>`, which covers
        bearer, OAuth 2 and OpenID Connect schemes; API keys and basic auth are added.
        """
        requirements = spec.get("security", self.document.get("security")) or []
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        headers: dict[str, str] = {}
        query: dict[str, str] = {}
        if not requirements or any(not alternative for alternative in requirements):
            return headers, query
        for name in requirements[0]:
            scheme = self.values.resolve(schemes.get(name) or {})
            kind = scheme.get("type")
            if kind == "apiKey" and scheme.get("in") == "header":
                headers[str(scheme.get("name"))] = API_KEY
            elif kind == "apiKey" and scheme.get("in") == "query":
                query[str(scheme.get("name"))] = API_KEY
            elif kind == "apiKey" and scheme.get("in") == "cookie":
                headers["Cookie"] = f"{scheme.get('name')}={API_KEY}"
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                headers["Authorization"] = (
                    "Basic " + base64.b64encode(b"realdocs:" + API_KEY.encode()).decode()
                )
        return headers, query
