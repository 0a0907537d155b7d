"""Incremental validation gives exactly the whole-document findings.

Each test validates a clean document with a cache (so every part gets a stored clean
verdict), changes it, and compares what `ValidationRun` reports for the changed
document with `validate_document` run on all of it: the same findings, messages,
pointers and order. The real validator runs throughout; nothing is mocked (small
documents only lower the share of changed parts allowed, so they take the incremental
route too). Where the
change is an error of the tier checked before validation (a broken reference, an
undeclared path parameter), a run with a warm cache must raise exactly what a run
without a cache raises.
"""

from __future__ import annotations

import copy
import os
import random
import shutil
import signal
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import validation_parts, validation_run
from generator.black_ahead import BlackAhead
from generator.cache import NO_CACHE, Cache, content_key
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec
from generator.validate import validate_document
from generator.validation_parts import CLEAN_KIND, Refused, plan_parts, sub_document
from generator.validation_run import ValidationRun, without_prose
from tests.generator_helpers import GOLDEN, ROOT
from tests.test_generator_errors import CASES, write_case

Document = dict[str, Any]

OUR_SPEC = ROOT / "spec" / "openapi.yaml"


@pytest.fixture(scope="module")
def ours() -> Document:
    return load_spec(OUR_SPEC).document


@pytest.fixture(scope="module")
def ours_warm(ours: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding the verdicts of our clean spec (copied by each test that uses it)."""
    folder = tmp_path_factory.mktemp("warm")
    run = ValidationRun(ours, Cache(folder), lenient=False)
    assert run.finish() == [] and run.route == "full"
    return folder


@pytest.fixture
def cache(ours_warm: Path, tmp_path: Path) -> Cache:
    shutil.copytree(ours_warm, tmp_path / "cache")
    return Cache(tmp_path / "cache")


def _findings(document: Document, cache: Cache) -> tuple[list[Diagnostic] | SpecError, ValidationRun | None]:
    """What a lenient run reports: its findings, or the SpecError raised before validating."""
    try:
        run = ValidationRun(document, cache, lenient=True)
    except SpecError as exc:
        return exc, None
    run.finish()
    assert run.found is not None
    return run.found, run


def _assert_as_whole(document: Document, cache: Cache) -> ValidationRun | None:
    """The run with `cache` reports what validating the whole document reports."""
    found, run = _findings(document, cache)
    if isinstance(found, SpecError):
        cold = _findings(document, NO_CACHE)[0]
        assert isinstance(cold, SpecError) and found.diagnostics == cold.diagnostics
        return None
    assert found == validate_document(document)
    return run


def _schemas(document: Document) -> dict[str, Any]:
    return document["components"]["schemas"]


# -- our spec ----------------------------------------------------------------------


# A property with more than the plain keywords (a plain one takes validation_leaves' route).
BOUNDED = {"type": "string", "maxLength": 64}


def test_a_field_added_revalidates_a_few_parts_and_finds_nothing(ours: Document, cache: Cache) -> None:
    changed = copy.deepcopy(ours)
    _schemas(changed)["CreateEmbeddingRequest"]["properties"]["benchmark_field_1"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.found == [] and run.route == "incremental", run and run.why_whole
    assert "/components/schemas/CreateEmbeddingRequest" in run.revalidated
    assert "/paths/~1embeddings" in run.revalidated  # it reaches the changed schema
    assert "/paths/~1chat~1completions" not in run.revalidated
    assert len(run.revalidated) <= 10, run.revalidated
    # The new verdicts are stored: the next edit builds on them.
    again = copy.deepcopy(changed)
    _schemas(again)["CreateEmbeddingRequest"]["properties"]["benchmark_field_2"] = {"type": "integer", "minimum": 0}
    run = _assert_as_whole(again, cache)
    assert run is not None and run.route == "incremental"


def test_the_changed_parts_are_validated_in_the_process_forked_for_it(ours: Document, cache: Cache) -> None:
    changed = copy.deepcopy(ours)
    _schemas(changed)["CreateEmbeddingRequest"]["properties"]["benchmark_field_1"] = BOUNDED
    ahead = BlackAhead()
    told: list[str] = []
    import_validator = ahead.import_validator
    ahead.import_validator = lambda: told.append("import") or import_validator()  # type: ignore[method-assign]
    sent: list[dict[str, Any]] = []
    validate = ahead.validate
    ahead.validate = lambda document: sent.append(document) or validate(document)  # type: ignore[method-assign]
    try:
        run = ValidationRun(changed, cache, lenient=False, ahead=ahead)
        assert run.ahead is ahead and run.pool is None  # no worker pool of its own
        assert told == ["import"]  # before the parts were worked out
        assert run.finish() == [] and run.route == "incremental"
        assert ahead.validation() == 0  # the child's answer
        assert len(sent) == 1 and "/embeddings" in sent[0]["paths"]
        assert "/chat/completions" not in sent[0]["paths"]  # the changed parts only
    finally:
        ahead.close()
    # A verdict found in the cache tells the child nothing, and stops it.
    ahead = BlackAhead()
    pid = ahead._checker.pid
    try:
        assert ValidationRun(changed, cache, lenient=False, ahead=ahead).route == "cached"
        assert ahead._checker.pid == 0
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped
    finally:
        ahead.close()


@pytest.mark.parametrize("killed", [False, True])
def test_findings_or_a_dead_helper_process_mean_the_same_findings(
    ours: Document, cache: Cache, killed: bool
) -> None:
    changed = copy.deepcopy(ours)
    _type_12(changed)
    ahead = BlackAhead()
    try:
        if killed:
            os.kill(ahead._checker.pid, signal.SIGKILL)
        run = ValidationRun(changed, cache, lenient=True, ahead=ahead)
        assert [d.message for d in run.finish()] == [d.message for d in validate_document(changed)]
        assert run.found == validate_document(changed) and run.route == "full"
    finally:
        ahead.close()


Mutation = Callable[[Document], None]


def _type_12(document: Document) -> None:
    _schemas(document)["CreateEmbeddingRequest"]["properties"]["benchmark_field_1"] = {"type": 12}


def _bad_default(document: Document) -> None:
    _schemas(document)["CreateEmbeddingRequest"]["properties"]["dimensions"]["default"] = "many"


def _duplicate_operation_id(document: Document) -> None:
    # Only /embeddings changes; the operation that had the id first does not.
    document["paths"]["/embeddings"]["post"]["operationId"] = document["paths"]["/models"]["get"][
        "operationId"
    ]


def _undeclared_path_parameter(document: Document) -> None:
    document["paths"]["/embeddings"]["post"].setdefault("parameters", []).append(
        {"name": "extra", "in": "path", "required": True, "schema": {"type": "string"}}
    )


def _missing_schema(document: Document) -> None:
    _schemas(document)["CreateEmbeddingRequest"]["properties"]["x"] = {"$ref": "#/components/schemas/Nowhere"}


def _bad_security_scheme(document: Document) -> None:
    document["components"]["securitySchemes"]["ApiKeyAuth"] = {"type": "apiKey"}  # no `name`, no `in`


def _path_without_slash(document: Document) -> None:
    document["paths"] = {
        (key.lstrip("/") if key == "/embeddings" else key): item for key, item in document["paths"].items()
    }


MUTATIONS: dict[str, tuple[Mutation, str]] = {
    # name: (change, how the incremental attempt ends)
    "a schema made invalid (type: 12)": (_type_12, "the changed parts have findings"),
    "a default of the wrong type": (_bad_default, "the changed parts have findings"),
    "an operationId used by another path item": (
        _duplicate_operation_id,
        "a check across parts found something",
    ),
    "a path parameter not in the template": (_undeclared_path_parameter, "raised"),
    "a $ref to a missing schema": (_missing_schema, "raised"),
    "a securitySchemes entry made invalid": (_bad_security_scheme, "the changed parts have findings"),
    "a path key without its /": (_path_without_slash, "the changed parts have findings"),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_change_with_findings_reports_the_whole_documents_findings(
    name: str, ours: Document, cache: Cache
) -> None:
    mutate, ending = MUTATIONS[name]
    changed = copy.deepcopy(ours)
    mutate(changed)
    run = _assert_as_whole(changed, cache)
    if ending == "raised":
        assert run is None
        return
    assert run is not None and run.found and run.route == "full"
    assert run.why_whole == ending


def test_a_valid_change_to_a_security_scheme_is_validated_alone(ours: Document, cache: Cache) -> None:
    changed = copy.deepcopy(ours)
    changed["components"]["securitySchemes"]["ApiKeyAuth"] = {"type": "http", "scheme": "basic"}
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "incremental"
    assert run.revalidated == ["", "/components/securitySchemes/ApiKeyAuth"]


def test_a_verdict_missing_or_damaged_is_validated_again(ours: Document, cache: Cache) -> None:
    entry = content_key(CLEAN_KIND)
    # One part's verdict gone from the entry: that part is validated again.
    models_key = plan_parts(without_prose(ours), NO_CACHE).keys["/paths/~1models"]
    stored = cache.get_json(CLEAN_KIND, entry)
    assert models_key in stored
    cache.put_json(CLEAN_KIND, entry, [key for key in stored if key != models_key])
    changed = copy.deepcopy(ours)
    _schemas(changed)["CreateEmbeddingRequest"]["properties"]["benchmark_field_1"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "incremental"
    assert "/paths/~1models" in run.revalidated
    assert models_key in cache.get_json(CLEAN_KIND, entry)  # found clean again, and stored
    # The entry damaged: nothing to build on, the whole document is validated.
    assert cache.root is not None
    for path in (cache.root / CLEAN_KIND).rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes()[:-3])
    changed = copy.deepcopy(ours)
    _schemas(changed)["CreateEmbeddingRequest"]["properties"]["benchmark_field_3"] = {"type": "string"}
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "full" and run.found == []


def test_the_verdicts_kept_are_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(validation_parts, "MAX_CLEAN", 3)
    cache = Cache(tmp_path)
    plan = validation_parts.PartPlan({}, {}, keys={f"/paths/p{n}": f"key{n}" for n in range(5)})
    validation_parts.store_clean(plan, {"/paths/p0", "/paths/p1"}, cache)
    validation_parts.store_clean(plan, {"/paths/p2", "/paths/p3", "/paths/p4"}, cache)
    # The newest kept; and what a run found clean stays clean for it.
    assert cache.get_json(CLEAN_KIND, content_key(CLEAN_KIND)) == ["key2", "key3", "key4"]
    assert plan.clean == {f"/paths/p{n}" for n in range(5)}


# -- small documents ---------------------------------------------------------------


@pytest.fixture
def any_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small documents take the incremental route too, however much of them changed."""
    monkeypatch.setattr(validation_run, "INCREMENTAL_MAX_SHARE", 1.0)


def _document(text: str) -> Document:
    loaded = yaml.safe_load(textwrap.dedent(text))
    assert isinstance(loaded, dict)
    return loaded


def _warm(document: Document, folder: Path) -> Cache:
    cache = Cache(folder)
    run = ValidationRun(document, cache, lenient=False)
    assert run.finish() == []
    return cache


@pytest.mark.parametrize("golden", ["shop", "split"])
@pytest.mark.parametrize("change", ["field", "bounded field", "type 12", "bad default"])
@pytest.mark.usefixtures("any_share")
def test_golden_specs(golden: str, change: str, tmp_path: Path) -> None:
    base = load_spec(GOLDEN / golden / "openapi.yaml").document
    cache = _warm(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    name, schema = next((n, s) for n, s in _schemas(changed).items() if "properties" in s)
    schema["properties"]["benchmark_field_1"] = {
        "field": {"type": "string"},
        "bounded field": BOUNDED,
        "type 12": {"type": 12},
        "bad default": {"type": "integer", "default": "x"},
    }[change]
    strict_cache = tmp_path / "strict"
    shutil.copytree(tmp_path / "cache", strict_cache)
    run = _assert_as_whole(changed, cache)
    assert run is not None
    assert f"/components/schemas/{name}" in run.revalidated
    assert run.route == {"field": "leaves", "bounded field": "incremental"}.get(change, "full")
    # Strict mode: the same findings, raised.
    strict = ValidationRun(changed, Cache(strict_cache), lenient=False)
    if run.found:
        with pytest.raises(SpecError) as raised:
            strict.finish()
        assert raised.value.diagnostics == run.found
    else:
        assert strict.finish() == [] and strict.route == run.route


# OpenAPI 3.0: the validator resolves discriminators there (3.1 makes them annotations).
PETS = """\
    openapi: 3.0.3
    info: {title: Pets, version: "1"}
    paths:
      /pets:
        get:
          operationId: listPets
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
      /owners:
        get:
          operationId: listOwners
          responses: {'200': {description: ok}}
    components:
      schemas:
        Pet:
          oneOf: [{type: object}]
          discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}
          default: {kind: cat, lives: 9}
        Cat:
          type: object
          properties: {kind: {type: string}, lives: {type: integer}}
        Dog:
          type: object
          properties: {kind: {type: string}}
          default: {kind: Cat, lives: 9}
          oneOf: [{type: object}]
          discriminator: {propertyName: kind}
        Owner: {type: object, properties: {name: {type: string}}}
    """


@pytest.mark.usefixtures("any_share")
def test_a_discriminator_reaches_its_mapping_and_a_default_names_a_schema(tmp_path: Path) -> None:
    base = _document(PETS)
    cache = _warm(base, tmp_path / "cache")
    # Cat changes: Pet (whose default maps to Cat) and Dog (whose default names Cat)
    # reach it, though neither has a $ref to it.
    changed = copy.deepcopy(base)
    _schemas(changed)["Cat"]["properties"]["lives"] = {"type": "string"}
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.found, "the defaults no longer match Cat"
    assert {"/components/schemas/Pet", "/components/schemas/Dog"} <= set(run.revalidated)
    assert "/components/schemas/Owner" not in run.revalidated
    # A change that keeps the defaults valid is found clean without Owner or /owners.
    changed = copy.deepcopy(base)
    _schemas(changed)["Cat"]["properties"]["name"] = {"type": "string"}
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "incremental"
    assert "/paths/~1owners" not in run.revalidated and "/components/schemas/Owner" not in run.revalidated


REQUIRED_BY_ORDER = """\
    openapi: 3.1.0
    info: {title: T, version: "1"}
    paths:
      /first:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: object, properties: {x: {$ref: '#/components/schemas/X'}}}
      /second:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/X'}
    components:
      schemas:
        X: {allOf: [{type: object}], required: [a]}
    """


@pytest.mark.usefixtures("any_share")
def test_a_finding_that_depends_on_the_order_of_parts_is_never_missed(tmp_path: Path) -> None:
    # openapi-spec-validator reports X's undefined required property only when its first
    # visit is not a nested one: removing /first, which changes no other part, reveals it.
    base = _document(REQUIRED_BY_ORDER)
    cache = _warm(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    del changed["paths"]["/first"]
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.found and run.route == "full"
    assert run.why_whole == "a required property that allOf may not define"


@pytest.mark.parametrize(
    "construct, why",
    [
        ({"$id": "https://example.com/a"}, "the $id keyword"),
        ({"$ref": "#/info"}, "$ref '#/info' reaches beyond one part"),
        ({"$ref": "#/components/schemas"}, "$ref '#/components/schemas' reaches beyond one part"),
    ],
)
@pytest.mark.usefixtures("any_share")
def test_constructs_that_do_not_split_are_validated_whole(construct: Any, why: str, tmp_path: Path) -> None:
    base = _document(PETS)
    cache = _warm(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    _schemas(changed)["Owner"]["properties"]["odd"] = construct
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "full" and run.why_whole == why


HOOKS = """\
    openapi: 3.1.0
    info: {title: Hooks, version: "1"}
    paths:
      /a:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: object, properties: {n: {type: integer}}}
      /b:
        get:
          responses:
            '200': {$ref: '#/paths/~1a/get/responses/200'}
      /c:
        get:
          responses: {'200': {description: ok}}
    webhooks:
      done:
        post:
          requestBody:
            content:
              application/json:
                schema: {type: object}
          responses: {'200': {description: ok}}
    """


@pytest.mark.parametrize(
    "change, revalidated",
    [
        ("webhook", ["", "/webhooks/done"]),
        ("webhook made invalid", None),
        ("path item another one reaches into", ["", "/paths/~1a", "/paths/~1b"]),
        ("that path item made invalid", None),
    ],
)
@pytest.mark.usefixtures("any_share")
def test_webhooks_and_references_into_path_items(
    change: str, revalidated: list[str] | None, tmp_path: Path
) -> None:
    base = _document(HOOKS)
    cache = _warm(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    hook = changed["webhooks"]["done"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    shared = changed["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    if change == "webhook":
        hook["properties"] = {"id": {"type": "string"}}
    elif change == "webhook made invalid":
        del changed["webhooks"]["done"]["post"]["requestBody"]["content"]  # required
    elif change == "path item another one reaches into":
        shared["properties"]["m"] = {"type": "string"}
    else:
        shared["properties"]["n"]["default"] = "x"
    run = _assert_as_whole(changed, cache)
    assert run is not None
    if revalidated is None:
        assert run.found and run.route == "full" and run.why_whole == "the changed parts have findings"
    else:
        assert run.route == "incremental" and run.revalidated == revalidated


def _random_change(document: Document, rng: random.Random) -> None:
    """One change to a random mapping of `document`, of a kind that may or may not break it."""
    mappings: list[dict[str, Any]] = []
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            mappings.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    node = rng.choice(mappings)
    names = list(_schemas(document))
    kind = rng.randrange(8)
    if kind == 0:
        node["type"] = rng.choice([12, "string", "object"])
    elif kind == 1:
        node["default"] = rng.choice(["x", 5, None, [1], {"kind": rng.choice(names)}])
    elif kind == 2:
        node.setdefault("properties", {})["added"] = rng.choice(
            [{"type": "string"}, {"$ref": f"#/components/schemas/{rng.choice(names)}"}]
        )
    elif kind == 3 and node:
        del node[rng.choice(list(node))]
    elif kind == 4:
        node["allOf"], node["required"] = [{"$ref": f"#/components/schemas/{rng.choice(names)}"}], ["id"]
    elif kind == 5:
        node["enum"] = rng.choice([[1, "a"], [], "x"])
    elif kind == 6:
        _schemas(document)[rng.choice(names)] = rng.choice(
            [{"type": "string"}, {"type": 3}, {"required": "x"}]
        )
    else:
        operations = [
            op for item in document["paths"].values() for op in item.values() if isinstance(op, dict)
        ]
        rng.choice(operations)["operationId"] = rng.choice(["listItems", "createItem", "fresh"])


@pytest.mark.usefixtures("any_share")
def test_random_changes_report_as_a_whole_validation_does(tmp_path: Path) -> None:
    base = load_spec(GOLDEN / "shop" / "openapi.yaml").document
    _warm(base, tmp_path / "warm")
    rng = random.Random(20261203)
    routes: set[str] = set()
    for attempt in range(60):
        changed = copy.deepcopy(base)
        for _ in range(rng.randint(1, 2)):
            _random_change(changed, rng)
        shutil.copytree(tmp_path / "warm", tmp_path / str(attempt))
        run = _assert_as_whole(changed, Cache(tmp_path / str(attempt)))
        routes.add("raised" if run is None else run.route)
    assert routes == {"raised", "incremental", "full", "leaves"}


# -- the bad-input corpus ------------------------------------------------------------


def _clean_bases(document: Document) -> list[Document]:
    """The root with each part of `document` (and what it reaches) that is clean so."""
    document = without_prose(document)
    plan = plan_parts(document, NO_CACHE)
    alone = [sub_document(document, plan.closure({part, ""})) for part in plan.contents if part]
    return [base for base in alone if not validate_document(base)]


# A clean path item beside a case's own parts, so that the case has a part with a stored
# verdict to build on (most cases are one broken part and the root).
FILLER = {"get": {"operationId": "fillerPing", "responses": {"200": {"description": "ok"}}}}


def _loaded_case(name: str, folder: Path) -> Document | None:
    """The case's document, or None when loading refuses it (it is never validated)."""
    folder.mkdir()
    try:
        return load_spec(write_case(folder, CASES[name].files)).document
    except SpecError:
        return None


def _validated_cases() -> list[Any]:
    """(case, filler) for each bad input that loads, with the filler where it has paths."""
    with tempfile.TemporaryDirectory() as scratch:
        documents = {name: _loaded_case(name, Path(scratch) / str(i)) for i, name in enumerate(CASES)}
    return [
        pytest.param(name, filler, id=f"{name}-{'with a clean path item beside' if filler else 'as written'}")
        for name, document in documents.items()
        if document is not None
        for filler in (False, True)
        if not filler or isinstance(document.get("paths"), dict)
    ]


@pytest.mark.parametrize(("name", "filler"), _validated_cases())
@pytest.mark.usefixtures("any_share")
def test_every_bad_input_reports_as_a_whole_validation_does(name: str, filler: bool, tmp_path: Path) -> None:
    document = _loaded_case(name, tmp_path / "spec")
    assert document is not None
    if filler:
        document["paths"]["/incremental-filler"] = FILLER
    try:
        bases = _clean_bases(document)
    except Refused:
        bases = []  # does not split: validated whole in any case
    for base in bases:
        try:
            _warm(base, tmp_path / "cache")
        except SpecError:
            pass  # unclear without the rest: no verdict to store
    found, run = _findings(document, Cache(tmp_path / "cache"))
    cold = _findings(document, NO_CACHE)[0]
    if isinstance(found, SpecError):
        assert isinstance(cold, SpecError) and found.diagnostics == cold.diagnostics
        return
    assert found == cold == validate_document(without_prose(document))
