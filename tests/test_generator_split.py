"""The generated definitions are split by the resources that use them."""

from __future__ import annotations

import ast
from pathlib import Path

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


HEADED = """# header comment

from __future__ import annotations

import collections.abc
from pydantic import AnyUrl, BaseModel, Field as F
from typing import Any, Literal, Union


class Link(BaseModel):
    url: AnyUrl
    kind: Literal["a", "b"] = F("a")


class Plain(BaseModel):
    count: int
    rest: Union[int, collections.abc.Sequence[int]]
"""


def test_each_submodule_imports_only_the_names_its_definitions_mention() -> None:
    split = split_definitions(HEADED, {"links": {"Link"}, "plain": {"Plain"}})
    links, plain = split.sources["_links"], split.sources["_plain"]
    assert links.startswith("# header comment\n\nfrom __future__ import annotations\n\n")
    assert "from pydantic import AnyUrl, BaseModel, Field as F\nfrom typing import Literal\n" in links
    assert "import collections" not in links
    # `import a.b` binds `a`.
    assert "import collections.abc\nfrom pydantic import BaseModel\nfrom typing import Union\n" in plain
    assert "AnyUrl" not in plain and "Any," not in plain
    for module, text in split.sources.items():
        ast.parse(text, module)


def test_no_generated_definitions_module_imports_a_name_it_does_not_use() -> None:
    """An unused import is not only noise: `AnyUrl` imported for nothing loaded
    pydantic.networks into every program making a chat call."""
    package = Path(__file__).resolve().parent.parent / "generated" / "oaiclient"
    checked = 0
    for path in sorted([*package.glob("models/_*.py"), *package.glob("params/_*.py")]):
        tree = ast.parse(path.read_text("utf-8"))
        imported = {
            alias.asname or alias.name.split(".")[0]
            for node in tree.body
            if isinstance(node, (ast.Import, ast.ImportFrom)) and getattr(node, "module", "") != "__future__"
            for alias in node.names
        }
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        used |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        assert imported <= used, f"{path.name} imports {sorted(imported - used)} for nothing"
        checked += 1
    assert checked >= 20


def test_the_params_package_holds_only_what_requests_reach() -> None:
    """A TypedDict no operation's request reaches (a response, a webhook's payload) is not
    written; the models keep theirs (`models._other`), a webhook's payload parses with them."""
    package = Path(__file__).resolve().parent.parent / "generated" / "oaiclient"
    named = {
        node.attr
        for path in package.glob("resources/*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "p"
    }
    defined: dict[str, set[str]] = {}
    for path in set(package.glob("params/_*.py")) - {package / "params" / "__init__.py"}:
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, (ast.ClassDef, ast.Assign, ast.AnnAssign)):
                target = (
                    node
                    if isinstance(node, ast.ClassDef)
                    else (node.targets[0] if isinstance(node, ast.Assign) else node.target)
                )
                name = target.name if isinstance(target, ast.ClassDef) else getattr(target, "id", "")
                defined[name] = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
                    n.value
                    for n in ast.walk(node)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                }  # forward references are strings
    reached: set[str] = set()
    stack = [name for name in named if name in defined]
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            stack.extend(defined[name] & defined.keys())
    assert named <= defined.keys() and reached == defined.keys() and len(defined) > 200
    assert not (package / "params" / "_other.py").exists() and (package / "models" / "_other.py").exists()
