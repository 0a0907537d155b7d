"""The validator's findings are the same on every run, whatever the hash seed.

openapi-spec-validator reported the first error jsonschema found in each schema, and
jsonschema walks some mappings as sets of strings, whose order follows the hash seed. So
two runs over one document named different properties (the published spec's
`FineTuneDPOHyperparameters` has the same fault in two of them). Each case below runs
in fresh interpreters under several seeds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from generator.validate import _every_meta_error, validate_document
from tests.generator_helpers import ROOT

SEEDS = ("0", "1", "2", "3", "4", "5")
REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"
BAD_30 = {
    "type": "number",
    "minimum": 0,
    "exclusiveMinimum": 1,
    "maximum": "high",
}  # 3.0: a boolean, a number
BAD_31 = {"type": "number", "exclusiveMinimum": True}  # 3.1: a number


def _document(version: str) -> dict[str, Any]:
    bad = BAD_30 if version.startswith("3.0") else BAD_31
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": 5},
                                "text/plain": {"schema": 6},
                                "text/csv": {"schema": 7},
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Hyper": {"type": "object", "properties": {name: dict(bad) for name in ("a", "b", "c", "d")}},
                "Joined": {
                    "allOf": [{"type": "object", "properties": {"x": {"type": "string"}}}],
                    "required": ["x", "s", "p", "r", "q"],
                },
            }
        },
    }


def _findings_under(seed: str, code: str) -> list[list[str]]:
    """The findings `code` prints as JSON, run in a fresh interpreter under `seed`."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[list[str]] = json.loads(result.stdout)
    return found


def _validating(document_code: str) -> str:
    return (
        "import json\n"
        "from generator.validate import validate_document\n"
        f"found = validate_document({document_code})\n"
        "print(json.dumps([[d.pointer, d.message] for d in found]))\n"
    )


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_every_fault_is_reported_in_the_documents_order_under_every_seed(version: str) -> None:
    code = _validating(repr(_document(version)))
    runs = {seed: _findings_under(seed, code) for seed in SEEDS}
    assert all(found == runs["0"] for found in runs.values()), runs
    found = runs["0"]
    hyper = [pointer for pointer, _ in found if pointer.startswith("/components/schemas/Hyper/")]
    # Every property's fault, not the one jsonschema met first, in the order written.
    faults = ["exclusiveMinimum", "maximum"] if version.startswith("3.0") else ["exclusiveMinimum"]
    assert hyper == [
        f"/components/schemas/Hyper/properties/{name}/{fault}" for name in "abcd" for fault in faults
    ]
    media = [pointer.split("/")[7] for pointer, _ in found if pointer.endswith("/schema")]
    assert list(dict.fromkeys(media)) == ["application~1json", "text~1plain", "text~1csv"]
    assert [
        "/components/schemas/Joined",
        "Required list has not defined properties: ['s', 'p', 'r', 'q']",
    ] in found


def test_the_published_specs_findings_are_the_same_under_two_seeds() -> None:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    code = _validating(f"load_spec(Path({str(REFERENCE)!r})).document").replace(
        "import json\n", "import json\nfrom pathlib import Path\nfrom generator.load import load_spec\n"
    )
    # Before, each run named one of the two faulty fields, which one changing from run to run.
    first, second = (_findings_under(seed, code) for seed in ("0", "4"))
    assert first == second
    dpo = [pointer for pointer, _ in first if "/FineTuneDPOHyperparameters/" in pointer]
    assert len(dpo) == 2 and len({pointer.split("/")[5] for pointer in dpo}) == 2, dpo


def test_a_checker_of_an_unknown_shape_keeps_the_librarys_first_error() -> None:
    """Should the library hand over another kind of checker, its own report stands."""
    from openapi_spec_validator import OpenAPIV30SpecValidator
    from openapi_spec_validator.validation.keywords import OpenAPIV30SchemaValidator

    def check(value: Any) -> None:
        OpenAPIV30SchemaValidator.schema_validator_cls.check_schema(value)

    class Opaque(OpenAPIV30SchemaValidator):  # type: ignore[misc]
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Any:
            return check

    keywords = {**OpenAPIV30SpecValidator.keyword_validators, "schema": _every_meta_error(Opaque)}
    validator = type("Opaque30", (OpenAPIV30SpecValidator,), {"keyword_validators": keywords})
    document = _document("3.0.3")
    errors = [e for e in validator(document).iter_errors() if list(e.absolute_path)[:1] == ["properties"]]
    assert len(errors) == 1, [e.message for e in errors]
    # The library's own classes report every fault.
    assert len([d for d in validate_document(document) if "/Hyper/properties/" in d.pointer]) == 8
