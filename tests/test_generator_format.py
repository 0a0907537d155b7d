"""Formatting piece by piece gives exactly what black gives for the whole module."""

from __future__ import annotations

import marshal
import random
from functools import partial
from pathlib import Path

import pytest

import generator.format as formatting
from generator.cache import NO_CACHE, Cache
from generator.pipeline import DEFAULT_SPEC, generate_client
from generator.render import runtime_files
from tests.generator_helpers import GOLDEN


def _black_alone(source: str) -> str:
    """black's own `format_str`, both passes: what every join is held to."""
    import black

    return str(black.format_str(source, mode=formatting.black_mode()))


SPECS = {
    "our spec": (DEFAULT_SPEC, "oaiclient"),
    "golden shop": (GOLDEN / "shop" / "openapi.yaml", "shopclient"),
    "golden split": (GOLDEN / "split" / "openapi.yaml", "splitclient"),
}


def _unformatted(spec: Path, package: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every generated module as rendered, before black."""
    with monkeypatch.context() as patch:
        patch.setattr(formatting, "format_files", lambda files, skip, cache=NO_CACHE, ahead=None: dict(files))
        files = generate_client(spec, package, NO_CACHE, lenient=True).files
    skip = runtime_files(package)
    return {path: text for path, text in files.items() if path.endswith(".py") and path not in skip}


@pytest.mark.parametrize("name", SPECS)
def test_every_generated_module_formats_the_same_in_pieces(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, package = SPECS[name]
    modules = _unformatted(spec, package, monkeypatch)
    cut = classes_cut = 0
    for path, text in modules.items():
        parts = formatting.pieces(text)
        assert parts is not None, path
        cut += len(parts) > 1
        joined = formatting._JOIN.join(formatting.format_source(path, part) for part in parts)
        whole = _black_alone(text)
        assert joined == whole, path
        # And with each class cut between its methods, as `format_files` does.
        cut_classes = [formatting.members(part) for part in parts]
        classes_cut += sum(units is not None for units in cut_classes)
        # What `format_files` uses: the same cuts, from one parse of the module.
        assert formatting.units(text) == [units or [part] for part, units in zip(parts, cut_classes)], path
        assert _joined_members(path, parts, cut_classes) == whole, path
    # The definitions modules are what the cutting is for: they must be cut.
    assert cut >= len([path for path in modules if "/models/_" in path or "/params/_" in path]) > 0
    # So are the resource classes (two a resource module: sync and async).
    assert classes_cut >= len([path for path in modules if "/resources/" in path]) > 0


@pytest.mark.parametrize("name", SPECS)
def test_one_pass_of_black_where_a_second_changes_nothing(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`black_format_str` leaves out black's second pass when the first changed only
    spaces, line breaks and quotes: on every unit `format_files` formats, the result is
    black's own, and most units need only the one pass."""
    import black

    spec, package = SPECS[name]
    mode = formatting.black_mode()
    units = one_pass = 0
    for text in _unformatted(spec, package, monkeypatch).values():
        for part in formatting.units(text) or [[text]]:
            for index, unit in enumerate(part):
                source = formatting._MEMBER_CLASS + unit if index else unit
                assert formatting.black_format_str(source, mode) == _black_alone(source), source
                first = black._format_str_once(source, mode=mode)
                units += 1
                one_pass += first != source and not formatting.second_pass_needed(source, first)
    assert one_pass > units / 3, (one_pass, units)


_NAMES = ["a", "bb", "some_name", "another_long_name_here", "x" * 30, "value_with_a_long_name_" * 2]


def _expression(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 2 or roll < 0.3:
        return rng.choice(_NAMES)
    inner = [_expression(rng, depth + 1) for _ in range(rng.randint(0 if roll < 0.55 else 1, 4))]
    comma = "," if rng.random() < 0.3 and inner else ""
    if roll < 0.55:
        return f"{rng.choice(_NAMES)}({', '.join(inner)}{comma})"
    if roll < 0.7:
        return f"{rng.choice(_NAMES)}[{', '.join(inner)}{comma}]"
    if roll < 0.8:
        return f"{inner[0]}.{rng.choice(_NAMES)}({_expression(rng, depth + 1)})"
    if roll < 0.9:
        return f"({inner[0]} + {_expression(rng, depth + 1)})"
    return f"{inner[0]} | {_expression(rng, depth + 1)}"


def _statement(rng: random.Random) -> str:
    e = partial(_expression, rng)
    return rng.choice(
        [
            lambda: f"x = {e()}\n",
            lambda: f"def f({', '.join(f'{rng.choice(_NAMES)}: {e()}' for _ in range(rng.randint(0, 3)))}) -> {e()}:\n"
            f"    return {e()}\n",
            lambda: f"assert {e()}, {e()}\n",
            lambda: f"value: {e()} = {e()}\n",
            lambda: f"if {e()}:\n    {rng.choice(_NAMES)} = {e()}\n",
            lambda: f"del {e()}, {e()}\n",
        ]
    )()


def test_black_needs_its_second_pass_where_the_first_adds_tokens() -> None:
    """Long random statements, with and without trailing commas: some need black's second
    pass (a comma or parentheses the first added change how it splits), and for those
    `black_format_str` makes it; its result is black's own for every statement."""
    import black

    mode = formatting.black_mode()
    rng = random.Random(5)
    second_pass_mattered = one_pass = 0
    for _ in range(1000):
        source = _statement(rng)
        assert formatting.black_format_str(source, mode) == _black_alone(source), source
        first = black._format_str_once(source, mode=mode)
        second_pass_mattered += black._format_str_once(first, mode=mode) != first
        one_pass += first != source and not formatting.second_pass_needed(source, first)
    assert second_pass_mattered > 5 and one_pass > 50, (second_pass_mattered, one_pass)


def test_the_pieces_of_a_module_read_before_are_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from generator import statements

    modules = _unformatted(DEFAULT_SPEC, "oaiclient", monkeypatch)
    expected = {path: formatting.units(text) for path, text in modules.items()}
    cache = Cache(tmp_path)
    for _ in range(2):  # as in a new process each time: nothing read here yet
        monkeypatch.setattr(statements, "_read_here", {})
        monkeypatch.setattr(statements, "_entry_here", (None, {}))
        assert {path: formatting.units(text, cache) for path, text in modules.items()} == expected
    # The second time, every piece came from the cache entry: none is parsed now (but
    # the few lines that do not parse alone, such as a docstring's first paragraph).
    monkeypatch.setattr(statements, "_read_here", {})
    monkeypatch.setattr(statements, "_entry_here", (None, {}))
    parse = statements.whole

    def parsed(source: str) -> list[statements.Statement]:
        parse(source)  # raises SyntaxError for lines that do not parse alone
        raise AssertionError(f"parsed again: {source[:80]!r}")

    monkeypatch.setattr(statements, "whole", parsed)
    assert {path: formatting.units(text, cache) for path, text in modules.items()} == expected


def _joined_members(path: str, parts: list[str], cut_classes: list[list[str] | None]) -> str:
    def formatted(units: list[str]) -> str:
        texts = [formatting.format_source(path, units[0])]
        for unit in units[1:]:
            alone = formatting.format_source(path, formatting._MEMBER_CLASS + unit)
            texts.append(formatting._without_member_class(path, alone))
        return formatting._MEMBER_JOIN.join(texts)

    return formatting._JOIN.join(formatted(units or [part]) for part, units in zip(parts, cut_classes))


# Top-level statements of every kind black treats differently, for the random modules below.
_STATEMENTS = [
    "class A(Base):\n    x: int\n    y: 'str' = Field( default = 'a' )\n",
    'class Doc:\n    """A class.\n\n    With a long docstring.   """\n    z: list[int]\n',
    "Alias: TypeAlias = Literal[ 'a','b' ]\n",
    'Alias2 = dict[str,int]\n"""\nThe alias\'s docstring.\n"""\n',
    "@dataclass\nclass D:\n    a: int=1\n",
    "def f( a ,b ):\n  return a+b\n",
    "@overload\ndef g(x: int) -> int: ...\n",
    "async def h():\n    await x\n",
    "if TYPE_CHECKING:\n    from x import y\nelse:\n    y = 1\n",
    "# a comment\nvalue = 1\n",
    "import os\n",
    "from typing import Any\n",
    "'''A bare string.'''\n",
    "x = [\n    1,\n    2,\n]\n",
    "value = {  'a':1,\n 'b' :[1,2,\n3]}  # trailing comment\n",
    "class E: ...\n",
    "for i in range(3):\n    pass\n",
]
_GAPS = ["", "\n", "\n\n", "\n\n\n", "\n\n# between\n", "\n\n\n\n"]


@pytest.mark.parametrize("seed", range(60))
def test_random_modules_format_the_same_in_pieces(seed: int) -> None:
    """Statements of every kind, in random order with random gaps (comments included):
    wherever `pieces` cuts, the joined result is black's for the whole module."""
    rng = random.Random(seed)
    source = '"""Module docstring."""\nfrom __future__ import annotations\n'
    for _ in range(rng.randint(2, 12)):
        source += rng.choice(_GAPS) + rng.choice(_STATEMENTS)
    parts = formatting.pieces(source)
    assert parts is not None
    assert formatting._JOIN.join(parts) == source
    assert formatting.units(source) == [formatting.members(part) or [part] for part in parts]
    joined = formatting._JOIN.join(formatting.format_source("m.py", part) for part in parts)
    assert joined == _black_alone(source)


# Members of a class, of every kind black treats differently, for the random classes below.
_MEMBERS = [
    "    def f(self, a ,b ):\n        return a+b\n",
    '    def g(self):\n        """A docstring.   """\n        x = [\n            1,\n        ]\n',
    "    @property\n    def p(self) -> int:\n        return 1\n",
    "    @overload\n    def o(self, x: int) -> int: ...\n",
    "    async def h(self):\n        await x\n",
    "    def nested(self):\n        def inner():\n            pass\n        class Inner:\n            y = 1\n        return inner\n",
    "    x: int = 1\n",
    "    # a comment\n    def c(self): pass\n",
    "    def long(self, argument_one: int, argument_two: str, argument_three: float, argument_four: bytes) -> None:\n        pass\n",
    "    class Config:\n        frozen = True\n",
]
_MEMBER_GAPS = ["", "\n", "\n\n", "\n    # between\n"]


@pytest.mark.parametrize("seed", range(60))
def test_random_classes_format_the_same_cut_between_methods(seed: int) -> None:
    """Members of every kind, in random order with random gaps: wherever `members` cuts a
    class, the joined result is black's for the whole class."""
    rng = random.Random(seed)
    head = rng.choice(
        ["class A(Base):\n", '@decorator\nclass A:\n    """Doc."""\n\n', "class A:\n    x = 1\n"]
    )
    source = head + rng.choice(_MEMBERS)
    for _ in range(rng.randint(1, 8)):
        source += rng.choice(_MEMBER_GAPS) + rng.choice(_MEMBERS)
    units = formatting.members(source)
    if units is None:
        return
    assert formatting._MEMBER_JOIN.join(units) == source
    whole = _black_alone(source)
    assert _joined_members("m.py", [source], [units]) == whole


def test_where_classes_are_cut() -> None:
    source = (
        "class A(Base):\n"
        '    """Doc."""\n\n'
        "    def f(self):\n        pass\n"  # no empty line: no cut
        "    def g(self):\n        pass\n\n"
        "    @property\n    def h(self):\n        pass\n\n"
        "    x = 1\n\n"  # not a method: no cut
        "    async def i(self):\n        pass\n"
    )
    assert formatting.members(source) == [
        'class A(Base):\n    """Doc."""\n',
        "    def f(self):\n        pass\n    def g(self):\n        pass\n",
        "    @property\n    def h(self):\n        pass\n\n    x = 1\n",
        "    async def i(self):\n        pass\n",
    ]
    assert formatting.members("x = 1\n") is None
    assert formatting.members("class A:\n    def f(self):\n        pass\n") is None
    assert formatting.members("class A:\n    pass\n\n\nclass B:\n    pass\n") is None


def test_where_pieces_are_cut() -> None:
    source = (
        "from x import y\n\n\n"  # no cut right after an import
        "A = 1\n\n\n"
        "class B:\n    pass\n\n"  # one empty line: no cut
        "class C:\n    pass\n\n\n"
        "'''a string'''\n\n\n"  # never starts a piece
        "@decorator\ndef d():\n    pass\n"
    )
    assert formatting.pieces(source) == [
        "from x import y\n\n\nA = 1\n",
        "class B:\n    pass\n\nclass C:\n    pass\n\n\n'''a string'''\n",
        "@decorator\ndef d():\n    pass\n",
    ]
    assert formatting.pieces("x = 1\n\n\n# fmt: off\ny = [1,2]\n") is None
    assert formatting.pieces("def (:\n") is None
    assert formatting.pieces("x = 1\r\n\r\n\r\ny = 2\r\n") is None  # black keeps \r\n: not cut


def test_a_changed_definition_formats_only_its_piece(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the pieces: an edit to one definition of a large module formats that
    definition again, not the module; the result is black's for the whole module."""
    cache = Cache(tmp_path)
    definitions = [f"class M{i}(Base):\n    field_{i}: int=  {i}\n" for i in range(30)]
    module = "from base import Base\n\n\n" + "\n\n".join(definitions)
    formatting.format_files({"pkg/m.py": module}, skip=set(), cache=cache)
    black = formatting._black
    formatted = _counting_black(monkeypatch)
    edited = module.replace("field_7: int=  7", "field_7: int=  7\n    added :str = 'x'")
    result = formatting.format_files({"pkg/m.py": edited}, skip=set(), cache=cache)
    assert formatted == ["class M7(Base):\n    field_7: int=  7\n    added :str = 'x'\n"]
    assert result == {"pkg/m.py": black("pkg/m.py", edited)[1]}
    # Unchanged, the whole file comes from the cache.
    formatted.clear()
    assert formatting.format_files({"pkg/m.py": edited}, skip=set(), cache=cache) == result
    assert formatted == []


def _counting_black(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    formatted: list[str] = []
    black = formatting._black

    def counting(path: str, source: str) -> tuple[str, str]:
        formatted.append(source)
        return black(path, source)

    monkeypatch.setattr(formatting, "_black", counting)
    return formatted


MODULE = "from base import Base\n\n\n" + "\n\n".join(
    f"class M{i}(Base):\n    field_{i}: int=  {i}\n" for i in range(6)
)


def test_a_damaged_memory_of_pieces_is_only_slower(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path)
    expected = formatting.format_files({"pkg/m.py": MODULE}, skip=set(), cache=cache)
    key = formatting.content_key(formatting.UNITS_KIND, formatting.LINE_LENGTH, marshal.version)
    formatted = _counting_black(monkeypatch)
    edits = [MODULE.replace(f"int=  {i}", f"int=  {i + 10}") for i in range(4)]
    for damaged, edited in zip(
        [b"not marshal", marshal.dumps([1, 2]), marshal.dumps({"x": 1})[:-1], marshal.dumps({"d": 3})], edits
    ):
        cache.put_bytes(formatting.UNITS_KIND, key, damaged)
        formatted.clear()
        result = formatting.format_files({"pkg/m.py": edited}, skip=set(), cache=cache)
        assert len(formatted) == 6  # every piece again
        assert result == {"pkg/m.py": formatting._black("pkg/m.py", edited)[1]}
    assert expected == {"pkg/m.py": formatting._black("pkg/m.py", MODULE)[1]}
    # Written back whole: the next edit formats its piece only.
    formatted.clear()
    formatting.format_files({"pkg/m.py": edits[3].replace("int=  5", "int=  25")}, skip=set(), cache=cache)
    assert len(formatted) == 1


def test_the_memory_of_pieces_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "MAX_UNITS", 8)
    cache = Cache(tmp_path)
    formatting.format_files({"pkg/m.py": MODULE}, skip=set(), cache=cache)  # 6 pieces
    other = MODULE.replace("class M", "class N")
    formatting.format_files({"pkg/n.py": other}, skip=set(), cache=cache)  # 6 others
    data = cache.get_bytes(
        formatting.UNITS_KIND,
        formatting.content_key(formatting.UNITS_KIND, formatting.LINE_LENGTH, marshal.version),
    )
    assert data is not None and len(marshal.loads(data)) == 8
    # The pieces of the last run are kept; of the run before, what room is left.
    formatted = _counting_black(monkeypatch)
    formatting.format_files({"pkg/n.py": other.replace("int=  0", "int=  9")}, skip=set(), cache=cache)
    assert len(formatted) == 1 and "field_0: int=  9" in formatted[0]
    formatted.clear()
    formatting.format_files({"pkg/m.py": MODULE.replace("int=  0", "int=  9")}, skip=set(), cache=cache)
    assert len(formatted) == 5  # of the first module's pieces, only the last had room
