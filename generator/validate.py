"""Check the bundled document: references first, then openapi-spec-validator.

openapi-spec-validator reports semantic errors relative to the schema it was
checking, not to the document; the validator subclasses below remember where
each keyword validator was called so every error gets an absolute pointer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import Diagnostic, join_pointer, split_pointer

MAX_ERRORS = 50


def check_references(document: dict[str, Any]) -> list[Diagnostic]:
    """Every `$ref` is local, points at something, and ends at a value that is not only a `$ref`."""
    errors: list[Diagnostic] = []
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                problem = _reference_problem(document, ref)
                if problem:
                    errors.append(Diagnostic("error", problem, pointer))
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, pointer + join_pointer(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{pointer}/{index}"))
    errors.sort(key=lambda d: d.pointer)
    return errors


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


def validate_document(document: dict[str, Any]) -> list[Diagnostic]:
    """All errors openapi-spec-validator finds, each with its absolute pointer."""
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
    for error in errors:
        base = getattr(error, "located_at", ())
        tokens = [*base, *getattr(error, "absolute_path", ())]
        message = error.message if hasattr(error, "message") else str(error)
        diagnostics.append(Diagnostic("error", message, join_pointer(*tokens)))
        if len(diagnostics) >= MAX_ERRORS:
            break
    return diagnostics


def _validator_for(version: str) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    if version.startswith("3.1"):
        return _locating(OpenAPIV31SpecValidator)
    if version.startswith("3.0"):
        return _locating(OpenAPIV30SpecValidator)
    return None


_LOCATING: dict[type, type] = {}


def _locating(spec_validator: type) -> type:
    """A subclass of the validator whose keyword validators tag their errors."""
    if spec_validator not in _LOCATING:
        keyword_validators = {
            name: _tagging(cls) for name, cls in spec_validator.keyword_validators.items()  # type: ignore[attr-defined]
        }
        _LOCATING[spec_validator] = type(
            "Locating" + spec_validator.__name__,
            (spec_validator,),
            {"keyword_validators": keyword_validators},
        )
    return _LOCATING[spec_validator]


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
