"""The generated definitions are split by the resources that use them."""

from __future__ import annotations

import ast

import pytest

from generator.split import OTHER, SHARED, split_definitions

SOURCE = '''# header comment

from __future__ import annotations

from pydantic import BaseModel
from typing_extensions import TypeAliasType


class Leaf(BaseModel):
    """A leaf\u2028with a line separator in its docstring."""

    value: int


class ChatOnly(BaseModel):
    leaf: Leaf


class Both(BaseModel):
    items: list["Leaf"]


Alias = TypeAliasType("Alias", ChatOnly | Both)
"""The alias's own docstring."""


class EmbeddingsOnly(BaseModel):
    both: Both


class Unused(BaseModel):
    chat: ChatOnly


Unused.model_rebuild()
'''


def test_each_definition_goes_to_the_one_area_using_it_or_to_shared_or_other() -> None:
    split = split_definitions(SOURCE, {"chat": {"Alias"}, "embeddings": {"EmbeddingsOnly"}})
    assert split.locations == {
        "Leaf": SHARED,  # chat reaches it through ChatOnly, embeddings through Both
        "ChatOnly": "_chat",
        "Both": SHARED,
        "Alias": "_chat",
        "EmbeddingsOnly": "_embeddings",
        "Unused": OTHER,
    }
    assert sorted(split.sources) == ["_chat", "_embeddings", OTHER, SHARED]


def test_every_submodule_imports_what_it_uses_from_its_siblings_and_runs() -> None:
    split = split_definitions(SOURCE, {"chat": {"Alias"}, "embeddings": {"EmbeddingsOnly"}})
    chat = split.sources["_chat"]
    assert "from ._shared import Both, Leaf" in chat
    assert "from pydantic import BaseModel" in chat and chat.startswith("# header comment")
    assert '"""The alias\'s own docstring."""' in chat  # a docstring stays with its definition
    assert "from ._chat import ChatOnly" in split.sources[OTHER]
    # The shared module imports from no area, so the imports can never form a cycle.
    assert "from ._" not in split.sources[SHARED]
    assert "model_rebuild" not in "".join(split.sources.values())
    for module, text in split.sources.items():
        ast.parse(text, module)
    assert "\u2028with a line separator" in split.sources[SHARED]


def test_a_name_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="'Leaf' is defined twice"):
        split_definitions(SOURCE + "\n\nclass Leaf(BaseModel):\n    pass\n", {})


def test_an_area_named_like_the_shared_module_keeps_its_own_module() -> None:
    split = split_definitions(SOURCE, {"shared": {"EmbeddingsOnly"}})
    assert split.locations["EmbeddingsOnly"] == "_shared_area"
    assert split.locations["Unused"] == OTHER
