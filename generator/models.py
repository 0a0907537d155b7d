"""Models from `components/schemas`, by datamodel-code-generator used as a library.

Two modules come out of the same schemas: `models` (pydantic v2 classes that
responses parse into) and `params` (TypedDicts that request arguments are typed
with, so plain dicts type-check as they do with the official client). The
fields of each request-body TypedDict are read back from the generated source
with `ast`, so method signatures use exactly the types the models use.

A schema's class is not always named like the schema: the model generator names models
in the order it meets them, so an inline schema met first (a field `image` holding an
array, say) can take the name `Image` and leave `Image1` to the schema `Image`. Which
class each schema became is read from the generator's model metadata (`renamed_schemas`), and
the rest of the pipeline names classes through `ModelSources.model_class`/`param_class`.
"""

from __future__ import annotations

import ast
import json
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, SpecError, join_pointer
from generator.workers import can_fork, forked_pool

HEADER = "# Generated from the OpenAPI spec by `python -m generator`; do not edit."


class Field:
    """One field of a request-body TypedDict: its name on the wire, its annotation
    (without NotRequired[...]) and whether it is required."""

    __slots__ = ("key", "required", "source", "_annotation")

    def __init__(self, key: str, annotation: ast.expr | None, required: bool, source: str = "") -> None:
        if annotation is None and not source:
            raise ValueError(f"field {key!r}: an annotation or its source is needed")
        self.key, self.required = key, required
        # The annotation's source when it was read from the cache: writing it back then
        # costs nothing (unparsing every annotation of a large spec costs more than the rest).
        self.source = source
        self._annotation = annotation

    @property
    def annotation(self) -> ast.expr:
        # Parsed when first used: a run reads every field back from the cache (1,758 for
        # our spec, 17 ms to parse) and uses those of the bodies it renders again.
        if self._annotation is None:
            self._annotation = ast.parse(self.source, mode="eval").body
        return self._annotation

    def __repr__(self) -> str:
        return (
            f"Field({self.key!r}, {self.source or ast.unparse(self.annotation)!r}, required={self.required})"
        )


@dataclass
class ModelSources:
    models: str
    params: str
    model_names: set[str]
    param_names: set[str]
    class_names: set[str] = field(default_factory=set)  # models that are classes, not aliases
    # TypedDict name -> its fields, bases included, in declaration order.
    param_fields: dict[str, list[Field]] = field(default_factory=dict)
    # Name -> module it is imported from in the params module (typing, pydantic...).
    param_imports: dict[str, str] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)
    # Schema name -> its class's name in each module, where the two differ (module docstring).
    model_renamed: dict[str, str] = field(default_factory=dict)
    param_renamed: dict[str, str] = field(default_factory=dict)
    # Such a schema -> the pointer of the inline schema that took its name, where one did.
    name_takers: dict[str, str] = field(default_factory=dict)

    def model_class(self, schema: str) -> str:
        """The name of the class (or alias) the schema `schema` became in the models module."""
        return self.model_renamed.get(schema, schema)

    def param_class(self, schema: str) -> str:
        """The name of the TypedDict (or alias) the schema `schema` became in the params module."""
        return self.param_renamed.get(schema, schema)


def _options(package: str) -> dict[str, Any]:
    from datamodel_code_generator import InputFileType, LiteralType, PythonVersion

    return dict(
        input_file_type=InputFileType.OpenAPI,
        target_python_version=PythonVersion.PY_311,
        enum_field_as_literal=LiteralType.All,
        strict_nullable=True,
        use_union_operator=True,
        use_standard_collections=True,
        use_schema_description=True,
        use_field_description=True,
        use_double_quotes=True,
        use_type_alias=True,
        disable_timestamp=True,
        enable_version_header=False,
        custom_file_header=HEADER,
        formatters=[],
        # Spec text never names code to run: no remote schemas, no custom templates.
        allow_remote_refs=False,
    )


def generate_models(document: dict[str, Any], package: str) -> ModelSources:
    """The pydantic models and the TypedDicts of the request params, from one document.

    They are two runs of the model generator; on a large document the second runs in a
    forked process meanwhile (each takes seconds), with the same result. The params run
    is given only the schemas the requests reach (`schema_refs.request_schemas`)."""
    if not (document.get("components") or {}).get("schemas"):
        return models_from_sources(_EMPTY, _EMPTY, [], {}, {})
    from generator.schema_refs import request_schemas

    params_document = only_schemas(document, request_schemas(document))
    pool = (
        forked_pool(1)
        if len(document["components"]["schemas"]) >= PARALLEL_MIN_SCHEMAS and can_fork()
        else None
    )
    try:
        pending = pool.submit(_generate, params_document, package, "params") if pool else None
        models, model_warnings, model_renamed = _generate(document, package, "models")
        params, param_warnings, param_renamed = (
            pending.result() if pending else _generate(params_document, package, "params")
        )
    finally:
        if pool is not None:
            pool.shutdown()
    for source in (models, params):
        if source.startswith(_FAILED):
            raise SpecError([Diagnostic("error", source[len(_FAILED) :], "/components/schemas")])
    diagnostics = [
        Diagnostic("warning", f"model generation: {message}", "/components/schemas")
        for message in model_warnings + param_warnings
    ]
    sources = models_from_sources(
        models,
        params,
        diagnostics,
        {schema: name for schema, (name, _) in model_renamed.items()},
        {schema: name for schema, (name, _) in param_renamed.items()},
    )
    sources.name_takers = {
        schema: taker for schema, (_, taker) in {**param_renamed, **model_renamed}.items() if taker
    }
    return sources


# Schemas above which the second run of the model generator goes to another process.
PARALLEL_MIN_SCHEMAS = 200
# Marks a failure in what `_generate` returns (plain strings cross a process boundary).
_FAILED = "\0failed: "
# The module of a run given no schemas.
_EMPTY = HEADER + "\n\nfrom __future__ import annotations\n"


def only_schemas(document: dict[str, Any], names: set[str] | None) -> dict[str, Any]:
    """`document` with only the schemas `names` (in their order); None: all of them."""
    if names is None:
        return document
    schemas = document["components"]["schemas"]
    kept = {name: schema for name, schema in schemas.items() if name in names}
    return {**document, "components": {**document["components"], "schemas": kept}}


def _generate(
    document: dict[str, Any], package: str, kind: str
) -> tuple[str, list[str], dict[str, tuple[str, str]]]:
    """One run: (module source or _FAILED + why, warning messages, `renamed_schemas`)."""
    if not (document.get("components") or {}).get("schemas"):  # no request reaches any
        return _EMPTY, [], {}
    from datamodel_code_generator import DataModelType, Error, generate

    options = _options(package)
    if kind == "models":
        options.update(
            output_model_type=DataModelType.PydanticV2BaseModel,
            base_class=f"{package}._models.BaseModel",
            use_annotated=True,
            use_one_literal_as_default=True,
        )
    else:
        options.update(output_model_type=DataModelType.TypingTypedDict)
    with tempfile.TemporaryDirectory(prefix="oaiclient-models-") as scratch:
        metadata = Path(scratch) / "models.json"
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                source = generate(document, **options, emit_model_metadata=metadata)
        except Error as exc:
            return f"{_FAILED}model generation failed: {exc}", [], {}
        if not isinstance(source, str):
            return f"{_FAILED}model generation produced more than one module", [], {}
        try:
            renamed = renamed_schemas(json.loads(metadata.read_text("utf-8")))
        except (OSError, ValueError) as exc:
            return f"{_FAILED}the model generator's metadata is unreadable: {exc}", [], {}
    return source, [str(warning.message) for warning in _about_the_schemas(caught)], renamed


def renamed_schemas(metadata: Any) -> dict[str, tuple[str, str]]:
    """Schema name -> (the class it became, the pointer of the schema that took its name
    or ""), for each schema of `components/schemas` whose class is named otherwise, from
    the model generator's metadata. A schema can also be the source of a derived class (a
    union member combined with its union): its own class is the one named like it, when
    there is one. Raises ValueError for metadata not of the expected form."""
    try:
        found: dict[str, list[str]] = {}
        paths: dict[str, list[Any]] = {}  # class name -> the schema it was made from
        for model in metadata["models"]:
            path, name = model["source_path"], model["class_name"]
            if not (isinstance(name, str) and isinstance(path, list)):
                raise TypeError("a model without a class name or a source path")
            paths.setdefault(name, path)
            if len(path) == 3 and path[:2] == ["components", "schemas"] and isinstance(path[2], str):
                found.setdefault(path[2], []).append(name)
    except (KeyError, TypeError) as exc:
        raise ValueError(f"unexpected model metadata ({exc})") from None
    renamed = {}
    for schema, names in found.items():
        if schema not in names:
            if len(set(names)) != 1:
                raise ValueError(f"schema {schema!r} became several classes: {sorted(set(names))}")
            taker = paths.get(schema)
            renamed[schema] = (names[0], join_pointer(*map(str, taker)) if taker else "")
    return renamed


def _about_the_schemas(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    """The recorded warnings that come from model generation: a ResourceWarning is the
    garbage collector finding some other object's unclosed socket or file meanwhile."""
    return [warning for warning in caught if not issubclass(warning.category, ResourceWarning)]


def models_from_sources(
    models: str,
    params: str,
    diagnostics: list[Diagnostic],
    model_renamed: dict[str, str],
    param_renamed: dict[str, str],
) -> ModelSources:
    """What the rest of the pipeline needs to know about the two generated modules."""
    models_tree, params_tree = ast.parse(models), ast.parse(params)
    sources = ModelSources(
        models=models,
        params=params,
        model_names=_defined_names(models_tree),
        param_names=_defined_names(params_tree),
        param_imports=_imported_names(params_tree),
        warnings=diagnostics,
        model_renamed=model_renamed,
        param_renamed=param_renamed,
    )
    sources.param_fields = _typed_dict_fields(params_tree)
    sources.class_names = {node.name for node in models_tree.body if isinstance(node, ast.ClassDef)}
    return sources


def sources_to_cache(sources: ModelSources) -> dict[str, Any]:
    """`sources` as JSON values, with what `models_from_sources` found in them: reading
    that back is many times faster than parsing the two modules again."""
    return {
        "models": sources.models,
        "params": sources.params,
        "model_names": sorted(sources.model_names),
        "param_names": sorted(sources.param_names),
        "class_names": sorted(sources.class_names),
        "param_fields": {
            name: [[f.key, f.source or ast.unparse(f.annotation), f.required] for f in fields]
            for name, fields in sources.param_fields.items()
        },
        "param_imports": sources.param_imports,
        "warnings": [asdict(w) for w in sources.warnings],
        "model_renamed": sources.model_renamed,
        "param_renamed": sources.param_renamed,
        "name_takers": sources.name_takers,
    }


def sources_from_cache(found: Any) -> ModelSources | None:
    """What `sources_to_cache` gave, or None if it is missing or damaged."""
    try:
        return ModelSources(
            models=found["models"],
            params=found["params"],
            model_names=set(found["model_names"]),
            param_names=set(found["param_names"]),
            class_names=set(found["class_names"]),
            param_fields={
                name: [
                    Field(key, None, required, _checked(annotation)) for key, annotation, required in fields
                ]
                for name, fields in found["param_fields"].items()
            },
            param_imports=found["param_imports"],
            warnings=[Diagnostic(**w) for w in found["warnings"]],
            model_renamed=_names(found["model_renamed"]),
            param_renamed=_names(found["param_renamed"]),
            name_takers=_names(found["name_takers"]),
        )
    except (KeyError, TypeError, ValueError, SyntaxError):
        return None


def _names(found: Any) -> dict[str, str]:
    if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
        raise TypeError("a mapping of names was expected")
    return dict(found)


def _checked(source: Any) -> str:
    """An annotation's source read from the cache, parsed only when used."""
    if not isinstance(source, str) or not source:
        raise TypeError("an annotation's source was expected")
    return source


def _defined_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _imported_names(tree: ast.Module) -> dict[str, str]:
    return {
        alias.asname or alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module and node.module != "__future__"
        for alias in node.names
    }


def _typed_dict_fields(tree: ast.Module) -> dict[str, list[Field]]:
    own: dict[str, list[Field]] = {}
    bases: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name) and b.id != "TypedDict"]
            own[node.name] = [
                _field(stmt.target.id, stmt.annotation)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            ]
        elif _is_functional_typed_dict(node):
            assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            name = node.targets[0].id  # type: ignore[attr-defined]
            mapping = node.value.args[1]
            assert isinstance(mapping, ast.Dict)
            own[name] = [
                _field(key.value, value)
                for key, value in zip(mapping.keys, mapping.values)
                if isinstance(key, ast.Constant) and isinstance(key.value, str)
            ]
            bases[name] = []

    def collect(name: str, seen: frozenset[str]) -> list[Field]:
        fields: dict[str, Field] = {}
        for base in bases.get(name, []):
            if base in own and base not in seen:
                fields.update((f.key, f) for f in collect(base, seen | {base}))
        fields.update((f.key, f) for f in own[name])
        return list(fields.values())

    return {name: collect(name, frozenset({name})) for name in own}


def _is_functional_typed_dict(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == "TypedDict"
        and len(node.value.args) >= 2
        and isinstance(node.value.args[1], ast.Dict)
    )


def _field(key: str, annotation: ast.expr) -> Field:
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id in ("NotRequired", "Required")
    ):
        return Field(key, annotation.slice, annotation.value.id == "Required")
    return Field(key, annotation, True)
