"""A document with findings is validated again only where it changed, with the same
findings as validating it whole (validation_parts.since_found).

Each test validates a document with findings, changes it, and compares what
`ValidationRun` reports with `validate_document` on the whole changed document: the same
findings, messages, pointers and order. The real validator runs throughout.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.cache import Cache, content_key
from generator.load import load_spec
from generator.validate import validate_document
from generator.validation_parts import FOUND_KIND, Refused, plan_parts
from generator.validation_run import ValidationRun
from tests.generator_helpers import ROOT
from tests.test_generator_validation_incremental import (  # noqa: F401 - a fixture
    Document,
    _assert_as_whole,
    _document,
    _schemas,
    any_share,
)

REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"

# Shared holds a wrong default, walked by /a; Plain and Other are clean.
WALKED = """\
    openapi: 3.1.0
    info: {title: Walked, version: "1"}
    paths:
      /a:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Shared'}
      /b:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Plain'}
    components:
      schemas:
        Shared:
          type: object
          properties:
            n: {type: object, default: 3}
        Plain:
          type: object
          properties:
            s: {type: string}
        Other:
          type: object
          properties:
            t: {type: integer}
"""

BOUNDED = {"type": "string", "maxLength": 64}
SHARED_REF = {"$ref": "#/components/schemas/Shared"}


def _with_findings(document: Document, folder: Path) -> Cache:
    """A cache that has validated `document` (which has findings) whole."""
    cache = Cache(folder)
    run = ValidationRun(document, cache, lenient=True)
    assert run.finish() and run.route == "full"
    assert cache.get_json(FOUND_KIND, _found_key()) is not None
    return cache


def _found_key() -> str:
    return content_key(FOUND_KIND)


@pytest.mark.usefixtures("any_share")
def test_an_edit_elsewhere_validates_only_what_changed_and_keeps_the_findings(tmp_path: Path) -> None:
    base = _document(WALKED)
    cache = _with_findings(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    _schemas(changed)["Other"]["properties"]["u"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.found and run.route == "incremental" and run.kept is not None
    assert run.found == validate_document(base)
    assert "/components/schemas/Other" in run.revalidated
    assert "/components/schemas/Shared" not in run.revalidated and "/paths/~1a" not in run.revalidated
    # The findings are kept for the new document too: the next edit builds on it.
    again = copy.deepcopy(changed)
    _schemas(again)["Plain"]["properties"]["v"] = BOUNDED
    run = _assert_as_whole(again, cache)
    assert run is not None and run.route == "incremental" and run.kept is not None


def _break_other(document: Document) -> None:
    _schemas(document)["Other"]["properties"]["t"] = {"type": 12}


def _fix_shared(document: Document) -> None:
    del _schemas(document)["Shared"]["properties"]["n"]["default"]


def _walk_shared_first(document: Document) -> None:
    # A new path item before /a walks Shared first: its finding moves there.
    paths = document["paths"]
    first = copy.deepcopy(paths["/a"])
    document["paths"] = {"/0": first, **paths}


def _plain_reaches_shared(document: Document) -> None:
    _schemas(document)["Plain"]["properties"]["shared"] = SHARED_REF


def _other_reaches_shared(document: Document) -> None:
    _schemas(document)["Other"]["properties"]["shared"] = SHARED_REF


def _drop_walker(document: Document) -> None:
    del document["paths"]["/a"]


def _retitle(document: Document) -> None:
    document["info"]["title"] = "Renamed"


def _reorder(document: Document) -> None:
    schemas = _schemas(document)
    document["components"]["schemas"] = dict(reversed(list(schemas.items())))


def _add_clean_schema(document: Document) -> None:
    _schemas(document)["Added"] = {"type": "object", "properties": {"x": BOUNDED}}


CHANGES = {
    # name: (change, the route the run takes)
    "a clean part made invalid": (_break_other, "full"),
    "the finding fixed": (_fix_shared, "full"),
    "a new part walks the finding's schema first": (_walk_shared_first, "full"),
    "a part /b walks reaches the finding's schema": (_plain_reaches_shared, "full"),
    "a part nothing walks reaches it": (_other_reaches_shared, "full"),
    "the part holding the finding removed": (_drop_walker, "full"),
    "the root changed": (_retitle, "full"),
    "the parts reordered": (_reorder, "full"),
    "a clean part added": (_add_clean_schema, "incremental"),
}


@pytest.mark.parametrize("name", CHANGES)
@pytest.mark.usefixtures("any_share")
def test_changes_report_the_whole_documents_findings(name: str, tmp_path: Path) -> None:
    change, route = CHANGES[name]
    base = _document(WALKED)
    cache = _with_findings(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    change(changed)
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == route, run and run.why_whole


def test_findings_cut_at_the_limit_are_not_kept(tmp_path: Path) -> None:
    base = _document(WALKED)
    many = {
        f"Bad{i}": {"type": "object", "properties": {"n": {"type": "object", "default": i}}}
        for i in range(60)
    }
    _schemas(base).update(many)
    cache = Cache(tmp_path / "cache")
    run = ValidationRun(base, cache, lenient=True)
    assert len(run.finish()) == 50  # validate.MAX_ERRORS: more were found
    assert cache.get_json(FOUND_KIND, _found_key()) is None


@pytest.mark.parametrize(
    ("extra", "refused"),
    [
        ({}, False),
        ({"$schema": "https://json-schema.org/draft/2019-09/schema"}, True),
        ({"jsonSchemaDialect": "https://json-schema.org/draft/2019-09/schema"}, True),
    ],
)
def test_draft_2019_recursive_references_split_unless_a_dialect_is_named(
    extra: dict[str, str], refused: bool, tmp_path: Path
) -> None:
    document = _document(WALKED)
    other = _schemas(document)["Other"]
    other["$recursiveAnchor"] = True
    other["properties"]["self"] = {"$recursiveRef": "#"}
    if "$schema" in extra:
        other["$schema"] = extra["$schema"]
    document.update({k: v for k, v in extra.items() if k != "$schema"})
    if refused:
        with pytest.raises(Refused, match=r"\$recursive\w+ keyword with a dialect named"):
            plan_parts(document, Cache(tmp_path))
    else:
        plan_parts(document, Cache(tmp_path))


def test_an_edit_of_the_published_spec_keeps_its_findings(tmp_path: Path) -> None:
    # 35 findings, two `$recursiveRef`s: every edit validated all of it (8 s) before.
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    base = load_spec(REFERENCE).document
    cache = _with_findings(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    _schemas(changed)["CreateEmbeddingRequest"]["properties"]["benchmark_field_1"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "incremental" and run.kept is not None
    assert len(run.found) == 35 and len(run.revalidated) <= 10, run.revalidated
    # A model ID added: 25 parts reach the list, CreateResponse (which has a finding)
    # among them, and none needs validating.
    _schemas(changed)["ModelIdsShared"]["anyOf"][1]["enum"].insert(0, "gpt-next")
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "incremental" and run.kept is not None
    assert len(run.found) == 35 and run.revalidated == [""], run.revalidated


def _with_model_list(document: Document) -> Document:
    """WALKED with an open model list, Model, that Shared (which has the finding) holds."""
    _schemas(document)["Model"] = {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["m-1", "m-2"]}]}
    _schemas(document)["Shared"]["properties"]["model"] = {"$ref": "#/components/schemas/Model"}
    return document


def _models(values: list[str]) -> Any:
    return lambda d: _schemas(d)["Model"]["anyOf"][1].update(enum=values)


@pytest.mark.usefixtures("any_share")
def test_enum_values_changed_under_a_finding_keep_it_without_validating(tmp_path: Path) -> None:
    base = _with_model_list(_document(WALKED))
    cache = _with_findings(base, tmp_path / "cache")
    for values in (["m-1", "m-2", "m-3"], ["it's", "é"]):
        changed = copy.deepcopy(base)
        _models(values)(changed)
        run = _assert_as_whole(changed, cache)
        assert run is not None and run.route == "incremental" and run.kept is not None
        assert run.revalidated == [""] and run.found == validate_document(base)


def _show_values(document: Document) -> None:
    # 3.1 wants a schema for `items`: the finding shows the list it was given, enum and all.
    _schemas(document)["Other"]["properties"]["tags"] = {"type": "array", "items": [{"enum": ["m-1", "m-2"]}]}


def _meet_values(document: Document) -> None:
    _schemas(document)["Colour"] = {"type": "string", "enum": ["m-1", "m-2"]}
    _schemas(document)["Plain"]["properties"]["c"] = {
        "allOf": [{"$ref": "#/components/schemas/Colour"}],
        "default": "m-1",
    }


@pytest.mark.parametrize(
    ("before", "edit", "route"),
    [
        # The finding's message shows the values that change: found again, in new words.
        pytest.param(
            _show_values,
            lambda d: _schemas(d)["Other"]["properties"]["tags"]["items"][0].update(enum=["m-3", "m-4"]),
            "full",
            id="a finding showing them",
        ),
        # A default meets them: the part holding it is validated, and finds it broken.
        pytest.param(
            _meet_values,
            lambda d: _schemas(d)["Colour"].update(enum=["m-2", "m-3"]),
            "full",
            id="a default meets them",
        ),
        pytest.param(
            _meet_values,
            lambda d: _schemas(d)["Colour"].update(enum=["m-1", "m-3"]),
            "incremental",
            id="a default still met",
        ),
    ],
)
@pytest.mark.usefixtures("any_share")
def test_enum_values_that_may_matter_are_validated(
    before: Any, edit: Any, route: str, tmp_path: Path
) -> None:
    base = _document(WALKED)
    before(base)
    cache = _with_findings(base, tmp_path / "cache")
    changed = copy.deepcopy(base)
    edit(changed)
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == route, run and run.why_whole
    if route == "incremental":
        assert "/components/schemas/Plain" in run.revalidated


@pytest.mark.usefixtures("any_share")
def test_findings_stored_without_skeleton_keys_validate_a_changed_holder(tmp_path: Path) -> None:
    base = _with_model_list(_document(WALKED))
    cache = _with_findings(base, tmp_path / "cache")
    stored = cache.get_json(FOUND_KIND, _found_key())
    del stored["skeletons"]
    cache.put_json(FOUND_KIND, _found_key(), stored)
    changed = copy.deepcopy(base)
    _models(["m-1", "m-3"])(changed)
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "full" and run.kept is None


@pytest.mark.parametrize(
    "stored",
    [
        {"parts": [], "root": "x", "findings": [{"bogus": 1}]},
        {"parts": "nope", "root": "x", "findings": []},
        {"findings": [{"severity": "error", "message": "m", "pointer": "/paths/~1a"}]},
        ["not", "a", "mapping"],
    ],
)
@pytest.mark.usefixtures("any_share")
def test_a_damaged_entry_is_not_used(stored: Any, tmp_path: Path) -> None:
    base = _document(WALKED)
    cache = _with_findings(base, tmp_path / "cache")
    cache.put_json(FOUND_KIND, _found_key(), stored)
    changed = copy.deepcopy(base)
    _schemas(changed)["Other"]["properties"]["u"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.route == "full" and run.kept is None


@pytest.mark.usefixtures("any_share")
def test_a_clean_document_that_gets_a_finding_then_keeps_it(tmp_path: Path) -> None:
    # Clean verdicts for every part first; then a finding; then an edit elsewhere.
    base = _document(WALKED)
    del _schemas(base)["Shared"]["properties"]["n"]["default"]
    cache = Cache(tmp_path / "cache")
    run = ValidationRun(base, cache, lenient=True)
    assert run.finish() == [] and run.route == "full"
    broken = copy.deepcopy(base)
    _schemas(broken)["Shared"]["properties"]["n"]["default"] = 3
    run = _assert_as_whole(broken, cache)
    assert run is not None and run.found and run.route == "full"
    changed = copy.deepcopy(broken)
    _schemas(changed)["Other"]["properties"]["u"] = BOUNDED
    run = _assert_as_whole(changed, cache)
    assert run is not None and run.found and run.route == "incremental" and run.kept is not None
    # Fixed again: the clean verdicts stored before serve.
    fixed = copy.deepcopy(changed)
    del _schemas(fixed)["Shared"]["properties"]["n"]["default"]
    run = _assert_as_whole(fixed, cache)
    assert run is not None and run.found == [] and run.route == "incremental" and run.kept is None
