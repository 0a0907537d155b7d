"""Enum values written in place (generator/models_fields.py) on OpenAI's published spec.

Our spec has ten plain enums and a few dozen inline ones; the published spec has a
hundred of each kind, and discriminated unions everywhere. Every one of them is edited at
once here, and what is written in place must be what the model generator writes for the
edited document. (A run on that spec never takes the in-place route itself: its models
come with warnings, which send every edit to the model generator.)
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import models_fields, pipeline
from generator.cache import NO_CACHE, Cache
from generator.load import load_spec
from generator.models import generate_models, sources_from_cache, sources_to_cache
from generator.models_incremental import BASE_KIND, SchemaDigests, _base_key
from generator.schema_refs import request_schemas
from generator.normalize import hoist_inline_schemas
from generator.statements import read_module
from tests.generator_helpers import ROOT

REFERENCE = ROOT.parent / "shared" / "reference" / "openai-openapi.yaml"
PACKAGE = "oaiclient"


def _edit_every_enum(schemas: dict[str, Any], models: str) -> tuple[int, int, int]:
    """Plain enums reversed, with an awkward value added; inline enums of fields reversed,
    less their last value; the one enum of other schemas (the open model lists) reversed,
    with an awkward value added, where the rule can take it: not a discriminator's
    property, not in an allOf, its definition in `models` holding one Literal. Returns how
    many of each were edited."""
    discriminators = models_fields._discriminator_properties(schemas)
    definitions = read_module(models, NO_CACHE)
    components = fields = holders = 0
    for name, schema in list(schemas.items()):
        if models_fields._plain_enum(schema):
            schema["enum"].reverse()
            schema["enum"].append("it's \\ é")
            components += 1
            continue
        parts = models_fields.schema_parts(schema)
        if parts is None:
            continue
        if parts[0].startswith(models_fields.VALUES_PARTS):
            literals = (
                "\n".join(definitions.text(name)).count("Literal[") if name in definitions.definitions else 0
            )
            if (
                literals == 1
                and not models_fields._discriminated(schema, discriminators)
                and not models_fields._in_all_of(name, schemas)
            ):
                [values] = models_fields._enums(schema)
                values.reverse()
                values.append("it's \\ é")
                holders += 1
            continue
        for field, value in schema["properties"].items():
            enums = models_fields._enums(value)
            inline = "properties" not in str(value) and "$ref" not in str(value)
            if field in discriminators or len(enums) != 1 or not inline:
                continue
            values = enums[0]
            if isinstance(values, list) and all(type(v) is str for v in values) and len(set(values)) >= 3:
                values.reverse()
                values.pop()
                fields += 1
    return components, fields, holders


def test_every_enum_of_the_published_spec_edited_in_place_equals_a_full_run(tmp_path: Path) -> None:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not there")
    document = hoist_inline_schemas(load_spec(REFERENCE, NO_CACHE).document)
    schemas = document["components"]["schemas"]
    cache = Cache(tmp_path / "cache")
    pipeline._models(document, PACKAGE, cache)
    base = cache.get_json(BASE_KIND, _base_key(document, PACKAGE, schemas))
    previous = sources_from_cache(cache.get_json("models", base["result"]))
    assert previous is not None
    edited = copy.deepcopy(document)
    components, fields, holders = _edit_every_enum(edited["components"]["schemas"], previous.models)
    assert components >= 80 and fields >= 40 and holders >= 30, (components, fields, holders)
    assert edited["components"]["schemas"]["ModelIdsShared"] != schemas["ModelIdsShared"]
    stored = base["schemas"]
    changed = {name for name, value in SchemaDigests(edited).each.items() if stored[name] != value}
    found = models_fields.edit_in_place(
        edited, previous, changed, base["fields"], cache, request_schemas(edited)
    )
    assert not isinstance(found, str), found
    full = sources_to_cache(generate_models(edited, PACKAGE))
    assert full.pop("warnings")  # the reason a run never takes this route on this spec
    assert sources_to_cache(found) == {**full, "warnings": []}
