"""Check the bundled document in two tiers.

Errors in every mode (`check_references`, `check_unambiguous`): broken
references, and operations whose meaning is unclear (an undeclared path
parameter, a parameter declared twice, a response keyed by something that is
not a status code). Validation errors (`validate_document`): what
openapi-spec-validator finds plus our own checks of the same weight
(`default` and `enum` values of the wrong type, path templates that differ only
in parameter names, operationIds used twice). Lenient mode reports this second
tier as warnings.

openapi-spec-validator reports semantic errors relative to the schema it was
checking, not to the document; the validator subclasses below remember where
each keyword validator was called so every error gets an absolute pointer.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from datetime import date
from functools import partial
from typing import Any

from generator.diagnostics import Diagnostic, join_pointer, split_pointer

MAX_ERRORS = 50
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# A response key: a status code, a range like 2XX, or "default" (OpenAPI 3.0 and 3.1).
_STATUS_KEY = re.compile(r"[1-5](?:[0-9]{2}|XX)|default")
_TEMPLATE_NAME = re.compile(r"\{([^{}]*)\}")
# How openapi-spec-validator begins the message of a required list naming undefined properties.
_UNDEFINED_REQUIRED = "Required list has not defined properties: "
# Subtrees that hold example or literal data, not schemas. A response may be
# keyed "default" too, so those keys are only skipped inside a schema.
_EXAMPLE_KEYS = frozenset({"example", "examples"})
_VALUE_KEYS = frozenset({"default", "enum", "const"})
_SCHEMA_KEYS = frozenset({"type", "$ref", "anyOf", "oneOf", "allOf", "properties", "items", "format"})
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str, date),  # YAML reads an unquoted 2024-01-01 as a date
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def check_references(document: dict[str, Any]) -> list[Diagnostic]:
    """Every `$ref` is local, points at something, and ends at a value that is not only a `$ref`."""
    errors: list[Diagnostic] = []
    problems: dict[str, str | None] = {}  # by reference: most are written many times
    # (node, its parent's entry, its key there): a pointer is spelled out only for an error.
    stack: list[tuple[Any, Any, str | int]] = [(document, None, "")]
    while stack:
        entry = stack.pop()
        node = entry[0]
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref not in problems:
                    problems[ref] = _reference_problem(document, ref)
                problem = problems[ref]
                if problem:
                    errors.append(Diagnostic("error", problem, _pointer(entry)))
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, entry, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, entry, index))
    errors.sort(key=lambda d: d.pointer)
    return errors


def _pointer(entry: tuple[Any, Any, str | int]) -> str:
    keys: list[str | int] = []
    while entry[1] is not None:
        keys.append(entry[2])
        entry = entry[1]
    return join_pointer(*reversed(keys))


def resolve_local(document: Any, ref: str) -> Any:
    """The value a local `$ref` names; raises KeyError when it names nothing."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = document
    for token in split_pointer(ref[1:]):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node


def _reference_problem(document: dict[str, Any], ref: str) -> str | None:
    seen = [ref]
    while True:
        if not ref.startswith("#"):
            return f"$ref {ref!r} is not a local reference"
        try:
            target = resolve_local(document, ref)
        except (KeyError, ValueError):
            return f"$ref {ref!r} points to nothing"
        if not (isinstance(target, dict) and isinstance(target.get("$ref"), str) and len(target) == 1):
            return None
        ref = target["$ref"]
        if ref in seen:
            return f"$ref cycle with no schema in it: {' -> '.join(seen + [ref])}"
        seen.append(ref)


def check_unambiguous(document: dict[str, Any]) -> list[Diagnostic]:
    """Operations whose meaning is unclear; errors in every validation mode."""
    errors: list[Diagnostic] = []
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return errors
    for path, path_item in paths.items():
        if not isinstance(path_item, dict):
            continue
        path_pointer = join_pointer("paths", path)
        in_template = _TEMPLATE_NAME.findall(str(path))
        shared = _parameters(document, path_item, path_pointer, errors)
        _check_path_parameters_used(shared, in_template, str(path), errors)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            pointer = path_pointer + join_pointer(method)
            own = _parameters(document, operation, pointer, errors)
            _check_path_parameters_used(own, in_template, str(path), errors)
            declared = {name for name, location in (*shared, *own) if location == "path"}
            for name in dict.fromkeys(in_template):
                if name not in declared:
                    errors.append(
                        Diagnostic(
                            "error",
                            f"path parameter {{{name}}} is used in the path but not declared "
                            "(no parameter with this name and 'in: path' here or on the path item)",
                            pointer,
                        )
                    )
            _check_status_keys(operation.get("responses"), pointer, errors)
    return errors


def _parameters(
    document: dict[str, Any], owner: dict[str, Any], pointer: str, errors: list[Diagnostic]
) -> dict[tuple[str, str], str]:
    """(name, in) -> pointer of each parameter an operation or path item declares."""
    found: dict[tuple[str, str], str] = {}
    parameters = owner.get("parameters")
    if not isinstance(parameters, list):
        return found
    for index, raw in enumerate(parameters):
        param = raw
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            try:
                param = resolve_local(document, raw["$ref"])
            except (KeyError, ValueError):
                continue  # reported by check_references
        if not isinstance(param, dict):
            continue
        key = (str(param.get("name")), str(param.get("in")))
        param_pointer = f"{pointer}/parameters/{index}"
        if key in found:
            errors.append(
                Diagnostic(
                    "error",
                    f"parameter {key[0]!r} (in: {key[1]}) is declared twice; the first is at {found[key]}",
                    param_pointer,
                )
            )
            continue
        found[key] = param_pointer
    return found


def _check_path_parameters_used(
    declared: dict[tuple[str, str], str], in_template: list[str], path: str, errors: list[Diagnostic]
) -> None:
    for (name, location), pointer in declared.items():
        if location == "path" and name not in in_template:
            errors.append(
                Diagnostic(
                    "error", f"path parameter {name!r} is declared but {path!r} has no {{{name}}}", pointer
                )
            )


def _check_status_keys(responses: Any, pointer: str, errors: list[Diagnostic]) -> None:
    if not isinstance(responses, dict):
        return
    for key in responses:
        if not _STATUS_KEY.fullmatch(str(key)):
            errors.append(
                Diagnostic(
                    "error",
                    f"response key {str(key)!r} is not a status code: use 100 to 599, a range like '2XX', "
                    "or 'default'",
                    pointer + join_pointer("responses", key),
                )
            )


def check_values(document: dict[str, Any]) -> list[Diagnostic]:
    """`default` values and `enum` members that do not have their schema's type.

    Only the type is checked (openapi-spec-validator checks the rest of a
    default, but reports it at the schema rather than at the value); examples
    are illustrations and are not checked.
    """
    problems: list[Diagnostic] = []
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            types = _declared_types(node)
            if types is not None:
                if "default" in node and not _has_type(node["default"], types):
                    problems.append(
                        Diagnostic(
                            "error",
                            f"default {node['default']!r} is not of type {_type_text(types)}",
                            pointer + "/default",
                        )
                    )
                if isinstance(node.get("enum"), list):
                    for index, member in enumerate(node["enum"]):
                        if not _has_type(member, types):
                            problems.append(
                                Diagnostic(
                                    "error",
                                    f"enum member {member!r} is not of type {_type_text(types)}",
                                    f"{pointer}/enum/{index}",
                                )
                            )
            skipped = _EXAMPLE_KEYS if _SCHEMA_KEYS.isdisjoint(node) else _EXAMPLE_KEYS | _VALUE_KEYS
            for key, value in node.items():
                if isinstance(value, (dict, list)) and key not in skipped and not str(key).startswith("x-"):
                    stack.append((value, pointer + join_pointer(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{pointer}/{index}"))
    problems.sort(key=lambda d: d.pointer)
    return problems


def _declared_types(schema: dict[str, Any]) -> list[str] | None:
    declared = schema.get("type")
    types = [declared] if isinstance(declared, str) else declared
    if not isinstance(types, list) or not types or not all(t in _JSON_TYPES for t in types):
        return None  # not a schema, or not one we can judge
    if schema.get("nullable") is True:  # OpenAPI 3.0
        types = [*types, "null"]
    return types


def _has_type(value: Any, types: list[str]) -> bool:
    for name in types:
        if isinstance(value, bool) and name != "boolean":
            continue  # bool is an int to Python, not to JSON Schema
        if isinstance(value, _JSON_TYPES[name]):
            return True
        if name == "integer" and isinstance(value, float) and value.is_integer():
            return True
    return False


def _type_text(types: list[str]) -> str:
    return " or ".join(repr(t) for t in types)


def check_duplicate_templates(document: dict[str, Any]) -> list[Diagnostic]:
    """Paths like /a/{x} and /a/{y}: OpenAPI forbids them, as they match the same URLs."""
    problems: list[Diagnostic] = []
    paths = document.get("paths")
    seen: dict[str, str] = {}
    for path in paths if isinstance(paths, dict) else ():
        shape = _TEMPLATE_NAME.sub("{}", str(path))
        if shape in seen:
            problems.append(
                Diagnostic(
                    "error",
                    f"path {path!r} matches the same URLs as {seen[shape]!r}: only parameter names differ",
                    join_pointer("paths", path),
                )
            )
        else:
            seen[shape] = str(path)
    return problems


def check_duplicate_operation_ids(document: dict[str, Any]) -> list[Diagnostic]:
    """Every operation after the first that reuses an operationId.

    A validation error, so lenient mode reports it as a warning and naming
    decides what the second operation is called.
    """
    problems: list[Diagnostic] = []
    first: dict[str, str] = {}
    for pointer, operation in _operations(document):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        if operation_id in first:
            problems.append(
                Diagnostic(
                    "error",
                    f"operationId {operation_id!r} is not unique: the operation at {first[operation_id]} has it too",
                    pointer + "/operationId",
                )
            )
        else:
            first[operation_id] = pointer
    return problems


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    paths = document.get("paths")
    for path, path_item in paths.items() if isinstance(paths, dict) else ():
        if isinstance(path_item, dict):
            for method in HTTP_METHODS:
                if isinstance(path_item.get(method), dict):
                    yield join_pointer("paths", path, method), path_item[method]


# openapi-spec-validator's own report of a duplicate operationId.
_THEIR_DUPLICATE_ID = re.compile(r"Operation ID '.*' for '.*' in '.*' is not unique")


def validate_document(document: dict[str, Any]) -> list[Diagnostic]:
    """All validation errors, each with its absolute pointer: openapi-spec-validator's
    and ours (`check_values`, `check_duplicate_templates`, `check_duplicate_operation_ids`)."""
    ours = (
        check_values(document) + check_duplicate_templates(document) + check_duplicate_operation_ids(document)
    )
    # openapi-spec-validator reports some of the same problems, less precisely
    # (a wrong default at its schema rather than at the value): keep ours.
    restated = {
        (d.pointer[: -len("/default")], repr(_value_at(document, d.pointer)) + " is not")
        for d in ours
        if d.pointer.endswith("/default")
    }
    theirs = [
        d
        for d in _spec_validator_errors(document)
        if not _THEIR_DUPLICATE_ID.fullmatch(d.message)
        and not any(d.pointer == at and d.message.startswith(start) for at, start in restated)
    ]
    return (ours + theirs)[:MAX_ERRORS]


def _value_at(document: dict[str, Any], pointer: str) -> Any:
    try:
        return resolve_local(document, "#" + pointer)
    except (KeyError, ValueError):
        return None


def _spec_validator_errors(document: dict[str, Any]) -> list[Diagnostic]:
    version = str(document.get("openapi", ""))
    if not version:
        return [Diagnostic("error", "not an OpenAPI document: no 'openapi' version field", "")]
    validator_cls = _validator_for(version)
    if validator_cls is None:
        return [
            Diagnostic(
                "error", f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)", "/openapi"
            )
        ]
    diagnostics: list[Diagnostic] = []
    try:
        errors = list(validator_cls(document).iter_errors())
    except Exception as exc:  # the validator itself failed on an odd document
        return [Diagnostic("error", f"the spec could not be validated: {type(exc).__name__}: {exc}", "")]
    # The whole-document check's errors come first, untagged; jsonschema walks some of the
    # document's mappings as sets, so their order followed the hash seed.
    whole = sorted(
        (error for error in errors if not hasattr(error, "located_at")),
        key=lambda error: _written_order(document, error),
    )
    for error in whole + [error for error in errors if hasattr(error, "located_at")]:
        base = getattr(error, "located_at", ())
        tokens = [*base, *getattr(error, "absolute_path", ())]
        message = error.message if hasattr(error, "message") else str(error)
        diagnostics.append(Diagnostic("error", message, join_pointer(*tokens)))
        if len(diagnostics) >= MAX_ERRORS:
            break
    return diagnostics


def import_validator() -> None:
    """Import openapi-spec-validator (0.3 s) now, ahead of a validation to come."""
    import openapi_spec_validator  # noqa: F401


def _validator_for(version: str) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    if version.startswith("3.1"):
        return _locating(OpenAPIV31SpecValidator)
    if version.startswith("3.0"):
        return _locating(OpenAPIV30SpecValidator)
    return None


def _document_schema(spec_validator: type) -> Any:
    """The OpenAPI schema the whole document is checked against, for its version."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    if issubclass(spec_validator, OpenAPIV31SpecValidator):
        return dict(schema_v31)
    if issubclass(spec_validator, OpenAPIV30SpecValidator):
        return dict(schema_v30)
    return None


class _ScreenedDocumentCheck:
    """The whole-document check, by jsonschema as the library's default backend does it,
    after a screen (`validation_screen`): the library would use jsonschema-rs itself
    once installed, and word its errors otherwise."""

    def __init__(self, schema: Any) -> None:
        from jsonschema.validators import validator_for  # type: ignore[import-untyped]

        from generator.validation_screen import openapi_resources, screen_for

        self.validator = validator_for(schema)(schema)  # no format checker: structure only
        self.passes = screen_for(schema, openapi_resources())

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        if self.passes is not None and self.passes(instance):
            return iter(())
        return self.validator.iter_errors(instance)  # type: ignore[no-any-return]


_LOCATING: dict[type, type] = {}


def _locating(spec_validator: type) -> type:
    """A subclass of the validator whose keyword validators tag their errors, and whose
    schema keyword reports the same errors whatever the hash seed (`_every_meta_error`)."""
    if spec_validator not in _LOCATING:
        keyword_validators = {
            name: _tagging(_every_meta_error(cls) if name == "schema" else cls)
            for name, cls in spec_validator.keyword_validators.items()  # type: ignore[attr-defined]
        }
        members: dict[str, Any] = {"keyword_validators": keyword_validators}
        schema = _document_schema(spec_validator)
        if schema is not None:
            members["schema_validator"] = _ScreenedDocumentCheck(schema)
        _LOCATING[spec_validator] = type("Locating" + spec_validator.__name__, (spec_validator,), members)
    return _LOCATING[spec_validator]


def _every_meta_error(schema_validator: type) -> type:
    """The schema keyword, reporting every error of a schema against its dialect, in the
    order the schema is written.

    openapi-spec-validator reports the first error jsonschema finds in a schema and skips
    the rest of it. Which error is first depended on the hash seed: jsonschema walks the
    properties a keyword does not name (those of `properties`, for one) as a set. So two
    runs over one document could disagree on their findings. A required list naming
    several undefined properties had the same fault, in the order of its message."""
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    def __call__(
        self: Any, schema: Any, require_properties: bool = True, meta_checked: bool = False
    ) -> Iterator[Any]:
        value = schema.read_value()
        checked = self.meta_checked_schema_ids
        if not meta_checked and isinstance(value, (Mapping, bool)) and id(value) not in checked:
            checked.append(id(value))
            errors = _meta_errors(self, schema, value, OpenAPIValidationError)
            if errors:
                yield from errors
                return
        for error in schema_validator.__call__(self, schema, require_properties, meta_checked=True):
            yield _required_in_order(error, value)

    return type(schema_validator.__name__, (schema_validator,), {"__call__": __call__})


def _meta_errors(keyword: Any, schema: Any, value: Any, error_type: type) -> list[Any]:
    try:
        checker = keyword._get_schema_checker(schema, value)
    except ValueError as exc:  # a dialect it does not know
        return [error_type(str(exc))]
    meta = _meta_validator(checker)
    if meta is None:  # a checker of another shape: its first error, as the library reports
        found = keyword._validate_schema_meta(schema, value)
        return [] if found is None else [found]
    passes = _meta_screen(meta)
    if passes is not None and passes(value):
        return []
    ordered = sorted(meta.iter_errors(value), key=lambda error: _written_order(value, error))
    return [error_type.create_from(error) for error in ordered]  # type: ignore[attr-defined]


def _meta_validator(checker: Any) -> Any:
    """The validator behind a schema checker, to ask it for every error, not the first.

    The checker is a dialect's `check_schema`, maybe given a format checker: jsonschema's
    own, or openapi-schema-validator's `check_openapi_schema`, which resolves references
    in its registry of OpenAPI dialects. Both validate with the validator for the
    dialect's meta-schema; None for any other shape."""
    from jsonschema.validators import validator_for

    bound, options = (checker.func, checker.keywords) if isinstance(checker, partial) else (checker, {})
    dialect = getattr(bound, "__self__", None)
    meta_schema = getattr(dialect, "META_SCHEMA", None)
    extra: dict[str, Any] = {}
    if getattr(bound, "__name__", "") == "check_openapi_schema":
        from openapi_schema_validator._specifications import REGISTRY

        extra["registry"] = REGISTRY
    elif getattr(bound, "__name__", "") != "check_schema":
        return None
    if meta_schema is None:
        return None
    meta = validator_for(meta_schema, default=dialect)
    format_checker = options.get("format_checker", dialect.FORMAT_CHECKER)  # type: ignore[union-attr]
    return meta(meta_schema, format_checker=format_checker, **extra)


_META_SCREENS: dict[tuple[int, int], tuple[Any, Any, Any]] = {}


def _meta_screen(meta: Any) -> Any:
    """The screen (`validation_screen`) of a meta-validator's schema, made once per
    meta-schema and format checker: the formats the checker asserts are never screened."""
    from generator.validation_screen import Formats, openapi_resources, screen_for, used_formats

    key = (id(meta.schema), id(meta.format_checker))
    if key not in _META_SCREENS:
        resources = openapi_resources()
        checker = meta.format_checker
        formats = Formats(
            frozenset(checker.checkers if checker is not None else ()),
            used_formats([meta.schema, *resources.values()]),
        )
        # The schema and checker are kept with the screen: their ids stay theirs.
        _META_SCREENS[key] = (meta.schema, checker, screen_for(meta.schema, resources, formats))
    return _META_SCREENS[key][2]


def _written_order(instance: Any, error: Any) -> tuple[Any, ...]:
    """Where an error's place comes in the instance as written, then its keyword and message."""
    places: list[int] = []
    node = instance
    for token in error.absolute_path:
        if isinstance(node, Mapping) and token in node:
            places.append(list(node).index(token))
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            places.append(token)
        else:
            places.append(-1)
            break
        node = node[token]
    return tuple(places), str(error.validator), error.message


def _required_in_order(error: Any, schema: Any) -> Any:
    """A required list's undefined properties named in the list's own order."""
    required = schema.get("required") if isinstance(schema, Mapping) else None
    prefix = _UNDEFINED_REQUIRED
    if type(error).__name__ != "ExtraParametersError" or getattr(error, "_in_order", False):
        return error
    error._in_order = True  # the nested schemas' errors pass through every level above
    if isinstance(required, list) and error.message.startswith(prefix):
        try:
            named = set(ast.literal_eval(error.message[len(prefix) :]))
        except (ValueError, SyntaxError, TypeError):
            return error
        in_order = [name for name in required if isinstance(name, str) and name in named]
        error.message = prefix + repr(list(dict.fromkeys(in_order)))
    return error


def _tagging(keyword_validator: type) -> type:
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        # The first argument that is a spec path (some take a URL or name first).
        parts = next((getattr(a, "parts") for a in args if hasattr(a, "parts")), None)
        for error in keyword_validator.__call__(self, *args, **kwargs):  # type: ignore[operator]
            if not isinstance(error, OpenAPIValidationError):
                # The library re-wraps plain jsonschema errors later; do it
                # here so the location survives.
                error = OpenAPIValidationError.create_from(error)
            if parts is not None and not hasattr(error, "located_at"):
                error.located_at = tuple(parts)
            yield error

    return type(keyword_validator.__name__, (keyword_validator,), {"__call__": __call__})
