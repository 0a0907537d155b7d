"""Reading a module's top-level statements piece by piece says what parsing it whole says."""

from __future__ import annotations

import ast
import marshal
import random
from pathlib import Path

import pytest

from generator import statements
from generator.cache import NO_CACHE, Cache
from generator.load import load_spec
from generator.models import generate_models
from generator.normalize import hoist_inline_schemas
from generator.statements import top_level, whole
from tests.generator_helpers import GOLDEN, ROOT


def _same_both_ways(source: str, cache: Cache) -> None:
    """top_level with no cache, with an empty one and with it warm all equal `whole`,
    or all raise SyntaxError as `ast.parse` does."""
    try:
        expected = whole(source)
    except SyntaxError:
        for use in (NO_CACHE, cache, cache):
            with pytest.raises(SyntaxError):
                top_level(source, use)
        return
    for use in (NO_CACHE, cache, cache):
        assert top_level(source, use) == expected


def test_the_generated_definitions_modules(tmp_path: Path) -> None:
    folder = ROOT / "generated" / "oaiclient"
    modules = sorted((folder / "models").glob("_*.py")) + sorted((folder / "params").glob("_*.py"))
    assert len(modules) > 4
    for module in modules:
        _same_both_ways(module.read_text("utf-8"), Cache(tmp_path / module.stem))


def test_the_model_generators_own_output(tmp_path: Path) -> None:
    """Unformatted, as the splice and the split read it."""
    spec = GOLDEN / "shop" / "openapi.yaml"
    sources = generate_models(hoist_inline_schemas(load_spec(spec, NO_CACHE).document), "shopclient")
    cache = Cache(tmp_path)
    # The params hold the few schemas the requests reach.
    for source, at_least in ((sources.models, 10), (sources.params, 4)):
        assert len(top_level(source, cache)) > at_least
        _same_both_ways(source, cache)


# Statements, and pieces of them, that a cut at an empty line could split wrongly.
_STATEMENTS = [
    "class A(Base):\n    x: int\n\n    y: 'str' = Field(default='a')\n",
    'class Doc:\n    """A class.\n\nWith a paragraph at the margin.\n"""\n    z: list[int]\n',
    'Alias = dict[str, int]\n"""\nThe alias\'s docstring.\n\nSecond paragraph.\n"""\n',
    "Named: TypeAlias = Literal['a', 'b']\n",
    "@dataclass\n\nclass D:\n    a: int = 1\n",
    "def f(a, b):\n    return a + b\n",
    "if TYPE_CHECKING:\n    from x import y\n\nelse:\n    y = 1\n",
    "try:\n    import z\n\nexcept ImportError:\n    z = None\n",
    "x = [\n    1,\n\n2,\n]\n",
    "value = {'a': 1,\n\n'b': (1, 2,\n\n3)}  # trailing comment\n",
    "long = 1 + \\\n\n2\n",
    "text = '''\n\nend'''\n",
    "# a comment\nvalue = 1\n",
    "import os\n",
    "from typing import Any\n",
    "from __future__ import annotations\n",
    "'''A bare string.'''\n",
    "A.model_rebuild()\n",
    "print('x')\n",
    "class E: ...\n",
    "for i in range(3):\n    pass\n",
    ")\n",
    "class Broken(\n",
]
_GAPS = ["", "\n", "\n\n", "\n\n\n", "\n\n# between\n", "\n\n\n\n"]


@pytest.mark.parametrize("seed", range(80))
def test_random_modules(seed: int, tmp_path: Path) -> None:
    chooser = random.Random(seed)
    body = [chooser.choice(_STATEMENTS) for _ in range(chooser.randint(1, 14))]
    line_end = "\r\n" if seed % 10 == 9 else "\n"
    source = "".join(part + chooser.choice(_GAPS) for part in body).replace("\n", line_end)
    _same_both_ways(source, Cache(tmp_path))


@pytest.mark.parametrize(
    "source",
    [
        '"""Doc."""\n\nfrom __future__ import annotations\n\nx = 1\n',
        "# header\n\nfrom __future__ import annotations\n\nclass A:\n    pass\n",
        "class A:\n    pass\n\nelse:\n    pass\n",
        "",
        "\n\n\n",
    ],
)
def test_edge_cases(source: str, tmp_path: Path) -> None:
    _same_both_ways(source, Cache(tmp_path))


def test_an_edit_parses_only_the_changed_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "".join(f"class C{n}(Base):\n    field: int\n\n\n" for n in range(50))
    cache = Cache(tmp_path)
    top_level(source, cache)
    parsed: list[str] = []
    real = statements.whole
    monkeypatch.setattr(statements, "whole", lambda text: parsed.append(text) or real(text))
    edited = source.replace(
        "class C7(Base):\n    field: int", "class C7(Base):\n    field: str\n    more: int"
    )
    found = top_level(edited, cache)
    assert parsed == ["class C7(Base):\n    field: str\n    more: int\n\n"]
    assert found == real(edited)
    assert [s.name for s in found] == [f"C{n}" for n in range(50)]


def test_what_a_statement_says() -> None:
    source = (
        "from typing import Any as A, Literal\n"
        "import os\n"
        "\n"
        "@decorated\n"
        "class M(Base, closed=True):\n"
        "    x: 'Other'\n"
        '"""Its docstring."""\n'
        "Alias = TypeAliasType('Alias', int)\n"
        "M.model_rebuild()\n"
    )
    found = top_level(source)
    assert [(s.kind, s.start, s.end) for s in found] == [
        ("from-import", 0, 1),
        ("import", 1, 2),
        ("definition", 3, 6),
        ("docstring", 6, 7),
        ("definition", 7, 8),
        ("rebuild", 8, 9),
    ]
    assert found[0].module == "typing" and found[0].imported == ("A", "Literal")
    assert found[2].name == "M" and found[2].shape == "class(Base, closed=True)"
    assert {"Other", "Base", "decorated", "x"} <= found[2].names
    assert found[4].shape == "assign TypeAliasType"


def _memory(cache: Cache) -> object:
    data = cache.get_bytes(
        statements.CACHE_KIND, statements.content_key(statements.CACHE_KIND, marshal.version)
    )
    return None if data is None else marshal.loads(data)


def test_a_damaged_memory_is_only_slower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "class A:\n    x: int\n\n\nclass B:\n    y: A\n"
    cache = Cache(tmp_path)
    key = statements.content_key(statements.CACHE_KIND, marshal.version)
    for damaged in (
        marshal.dumps(["not", "a", "dict"]),
        marshal.dumps({"digest": "not statements"}),
        marshal.dumps({"x": [[1, 2]]}),
        b"not marshal data",
        marshal.dumps({"x": 1})[:-2],
    ):
        monkeypatch.setattr(statements, "_read_here", {})  # as in a new process
        cache.put_bytes(statements.CACHE_KIND, key, damaged)
        assert top_level(source, cache) == whole(source)
    # And the entry written back is good again.
    assert isinstance(_memory(cache), dict)
    assert top_level(source, cache) == whole(source)


def test_the_memory_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statements, "MAX_REMEMBERED", 5)
    cache = Cache(tmp_path)
    first = "".join(f"class A{n}:\n    pass\n\n\n" for n in range(3))
    second = "".join(f"class B{n}:\n    pass\n\n\n" for n in range(3))
    top_level(first, cache)
    top_level(second, cache)
    assert len(_memory(cache)) == 5  # type: ignore[arg-type]
    # The pieces of the last read are the ones kept (read from the entry, as in a new process).
    monkeypatch.setattr(statements, "_read_here", {})
    parsed: list[str] = []
    real = statements.whole
    monkeypatch.setattr(statements, "whole", lambda text: parsed.append(text) or real(text))
    top_level(second, cache)
    assert parsed == []
    top_level(first, cache)
    assert len(parsed) == 1  # the first of its pieces was dropped


def _spans_line_by_line(lines: list[str]) -> list[tuple[int, int]]:
    """The rule `_spans` applies, one line at a time (as it does for `\\r` line ends)."""
    starts = [0] + [
        index
        for index in range(1, len(lines))
        if not lines[index - 1].strip() and lines[index][:1] not in statements._NOT_A_START
    ]
    return list(zip(starts, starts[1:] + [len(lines)]))


@pytest.mark.parametrize("seed", range(40))
def test_pieces_are_found_as_line_by_line(seed: int) -> None:
    # Every character str.strip() treats as space, and each that may not begin a piece.
    chooser = random.Random(seed)
    alphabet = [" ", "\t", "\f", "\v", "\x1c", "\x85", "\xa0", "\u2028", "\u3000", "#", ")", "]", "}"]
    alphabet += ["a", "class A:", "x = 1", "'''", "\n", "\n", "\n", "\n"]
    source = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 300)))
    lines = statements.split_lines(source)
    assert statements._spans(source, lines) == _spans_line_by_line(lines)
    assert lines == statements.LINE_END.split(source)


def test_a_run_reads_each_piece_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces read in this process are neither decoded nor parsed again; a new one is."""
    source = "".join(f"class C{n}(Base):\n    field: int\n\n\n" for n in range(20))
    monkeypatch.setattr(statements, "_read_here", {})
    cache = Cache(tmp_path)
    top_level(source, cache)
    decoded: list[object] = []
    real_decoded = statements._decoded
    monkeypatch.setattr(statements, "_decoded", lambda stored: decoded.append(stored) or real_decoded(stored))
    parsed: list[str] = []
    real_whole = statements.whole
    monkeypatch.setattr(statements, "whole", lambda text: parsed.append(text) or real_whole(text))
    assert top_level(source, cache) == real_whole(source)
    assert decoded == [] and parsed == []
    edited = source.replace("class C3(Base):\n    field: int", "class C3(Base):\n    field: str")
    assert top_level(edited, cache) == real_whole(edited)
    assert parsed == ["class C3(Base):\n    field: str\n\n"]
    # A fresh process (nothing read here) finds every piece in the cache entry.
    monkeypatch.setattr(statements, "_read_here", {})
    monkeypatch.setattr(statements, "_entry_here", (None, {}))
    parsed.clear()
    decoded.clear()
    assert top_level(edited, cache) == real_whole(edited)
    assert parsed == [] and len(decoded) == 20
