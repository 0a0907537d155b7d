"""Give every request body and response schema a name.

Model generation only names `components/schemas`; an inline body or response
schema is moved there (as `<Operation>Body`, `<Operation>Response`,
`<Operation>Event`) so every operation refers to a named model. The input
document is not changed: the parts on the way to a moved schema are copied.
"""

from __future__ import annotations

from typing import Any

from generator.naming import pascal
from generator.validate import resolve_local

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA = "application/json"
EVENT_STREAM_MEDIA = "text/event-stream"
MULTIPART_MEDIA = "multipart/form-data"


def operation_base_name(path: str, method: str, operation: dict[str, Any]) -> str:
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and pascal(operation_id):
        return pascal(operation_id)
    return pascal(f"{method} {path}") or "Operation"


def hoist_inline_schemas(document: dict[str, Any]) -> dict[str, Any]:
    components = dict(document.get("components") or {})
    schemas = dict(components.get("schemas") or {})
    paths = dict(document.get("paths") or {})

    def name_for(base: str) -> str:
        name, number = base, 2
        while name in schemas:
            name, number = f"{base}{number}", number + 1
        return name

    def hoisted(content: Any, suffix_for: dict[str, str], base: str) -> Any:
        if not isinstance(content, dict):
            return content
        out = dict(content)
        for media, suffix in suffix_for.items():
            media_object = content.get(media)
            if not isinstance(media_object, dict):
                continue
            schema = media_object.get("schema")
            if isinstance(schema, dict) and "$ref" not in schema:
                name = name_for(base + suffix)
                schemas[name] = schema
                out[media] = {**media_object, "schema": {"$ref": f"#/components/schemas/{name}"}}
        return out

    for path, path_item in list(paths.items()):
        if not isinstance(path_item, dict):
            continue
        new_item = dict(path_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            base = operation_base_name(path, method, operation)
            new_operation = dict(operation)
            body = operation.get("requestBody")
            if isinstance(body, dict) and ("$ref" in body or "content" in body):
                if "$ref" in body:
                    try:
                        body = resolve_local(document, body["$ref"])
                    except KeyError:
                        body = None
                if isinstance(body, dict):
                    new_operation["requestBody"] = {
                        **body,
                        "content": hoisted(
                            body.get("content"), {JSON_MEDIA: "Body", MULTIPART_MEDIA: "Form"}, base
                        ),
                    }
            responses = operation.get("responses")
            if isinstance(responses, dict):
                new_responses = dict(responses)
                for status, response in responses.items():
                    if not str(status).startswith("2"):
                        continue
                    if isinstance(response, dict) and "$ref" in response:
                        try:
                            response = resolve_local(document, response["$ref"])
                        except KeyError:
                            continue
                    if isinstance(response, dict) and "content" in response:
                        content = hoisted(
                            response.get("content"),
                            {JSON_MEDIA: "Response", EVENT_STREAM_MEDIA: "Event"},
                            base,
                        )
                        new_responses[status] = {**response, "content": content}
                new_operation["responses"] = new_responses
            new_item[method] = new_operation
        paths[path] = new_item
    components["schemas"] = schemas
    return {**document, "paths": paths, "components": components}
