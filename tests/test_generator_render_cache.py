"""The definitions packages' `__init__` is rendered once for what its template is given
(generator/render.py), and again as soon as any of that changes."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline, render
from generator.cache import Cache
from generator.ir_build import build_ir
from generator.load import load_spec
from generator.normalize import hoist_inline_schemas
from generator.split import SplitModules
from tests.generator_helpers import GOLDEN


class _NoTemplates:
    def get_template(self, name: str) -> object:
        raise AssertionError(f"rendered {name} again")


def test_the_init_comes_from_the_cache_until_a_definition_moves(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    document = hoist_inline_schemas(load_spec(GOLDEN / "shop" / "openapi.yaml").document)
    sources = pipeline._models(document, "shopclient", cache)
    api, _ = build_ir(document, sources, "shopclient")
    split = SplitModules({"_a": "A = 1\n", "_b": "B = 2\n"}, {"A": "_a", "B": "_b"})
    env = render.environment(cache)

    first = render._definitions_package(env, api, "models", split, cache)["shopclient/models/__init__.py"]
    assert "'A': '_a'" in first and "'B': '_b'" in first
    again = render._definitions_package(_NoTemplates(), api, "models", split, cache)  # type: ignore[arg-type]
    assert again["shopclient/models/__init__.py"] == first

    moved = SplitModules({"_a": "A = 1\nB = 2\n", "_b": ""}, {"A": "_a", "B": "_a"})
    text = render._definitions_package(env, api, "models", moved, cache)["shopclient/models/__init__.py"]
    assert "'B': '_a'" in text and text != first
    other_kind = render._definitions_package(env, api, "params", split, cache)
    assert other_kind["shopclient/params/__init__.py"] != first
