"""Spec text never becomes code: hostile text in every place it reaches the output."""

from __future__ import annotations

import ast
import builtins
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escape import Code, docstring, markdown, markdown_code, py_str
from generator.naming import identifier, python_name
from generator.pipeline import generate_client
from generator.render import UnescapedTextError, environment, runtime_files
from generator.write import write_tree

HOSTILE = [
    '"""; import builtins; builtins.PWNED = 1 #',
    "'''; import builtins; builtins.PWNED = 1 #",
    "'''\\",
    "{{ 7 * 7 }} {% for x in y %}{% endfor %}",
    "line\u2028separator\u2029para\x00nul\x0bvt\r\nCRLF",
    'ends with a quote"',
    "ends with a backslash \\",
    "class",
    "__import__('os')",
    "x" * 5000,
]

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200) | st.sampled_from(
    HOSTILE
)


@given(text)
def test_py_str_round_trips(value: str) -> None:
    assert ast.literal_eval(py_str(value)) == value


@given(text)
def test_docstring_round_trips_after_normalising_line_ends(value: str) -> None:
    source = f'"""{docstring(value)}"""'
    expected = value.replace("\r\n", "\n").replace("\r", "\n").strip().replace("\t", "    ")
    tree = ast.parse(source)
    assert len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)
    assert ast.literal_eval(source) == expected


@given(text)
def test_identifiers_are_always_valid_and_never_keywords(value: str) -> None:
    for name in (identifier(value), python_name(value), identifier(value, module_level=True)):
        assert name.isidentifier()
        assert name not in {"class", "def", "import", "lambda", "None", "True", "False", "self"}


def test_templates_refuse_unescaped_text() -> None:
    template = environment().from_string("x = {{ value }}")
    with pytest.raises(UnescapedTextError):
        template.render(value="__import__('os')")
    assert template.render(value=Code("1")) == "x = 1"


def _hostile_spec(payload: str) -> dict[str, object]:
    return {
        "openapi": "3.1.0",
        "info": {"title": payload, "version": payload},
        "servers": [{"url": payload}],
        "paths": {
            "/things/{thing_id}": {
                "post": {
                    "operationId": payload,
                    "summary": payload,
                    "description": payload,
                    "parameters": [
                        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {
                            "name": payload,
                            "in": "query",
                            "description": payload,
                            "schema": {"enum": [payload, "b"]},
                        },
                    ],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    },
                    "responses": {
                        "200": {
                            "description": payload,
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": payload,
                    "properties": {
                        payload: {
                            "type": "string",
                            "description": payload,
                            "default": payload,
                            "examples": [payload],
                        },
                        "kind": {"type": "string", "enum": [payload, "plain"], "description": payload},
                    },
                }
            }
        },
    }


def _assert_only_definitions(tree: ast.Module, path: str) -> None:
    """Module level holds imports, definitions, assignments and docstrings only:
    nothing a payload could have turned into a statement of its own."""
    for node in tree.body:
        if isinstance(node, ast.Expr):
            assert isinstance(node.value, ast.Constant) and isinstance(node.value.value, str), (
                path,
                ast.unparse(node),
            )
        elif isinstance(node, ast.If):
            assert ast.unparse(node.test) == "TYPE_CHECKING", (path, ast.unparse(node)[:200])
            _assert_only_definitions(ast.Module(node.body + node.orelse, []), path)
        else:
            # `pass`: the lazy `__init__` of a package with no definitions (no request reaches any).
            allowed = (
                ast.Import,
                ast.ImportFrom,
                ast.ClassDef,
                ast.FunctionDef,
                ast.Assign,
                ast.AnnAssign,
                ast.Pass,
            )
            assert isinstance(node, allowed), (path, ast.unparse(node)[:200])


@settings(deadline=None, max_examples=len(HOSTILE))
@given(st.sampled_from(HOSTILE))
def test_hostile_spec_text_compiles_and_runs_nothing_on_import(
    tmp_path_factory: pytest.TempPathFactory, payload: str
) -> None:
    directory = tmp_path_factory.mktemp("hostile")
    spec = directory / "spec.json"
    spec.write_text(json.dumps(_hostile_spec(payload)))
    generated = generate_client(spec, "hostileclient")
    for path, source in generated.files.items():
        if path.endswith(".py") and path not in runtime_files("hostileclient"):
            _assert_only_definitions(ast.parse(source, path), path)
    out = directory / "out"
    write_tree(out, generated.files)
    sys.path.insert(0, str(out))
    try:
        import hostileclient  # noqa: F401 - importing must run nothing but definitions

        hostileclient.models.Thing.model_rebuild()  # the lazily imported models too
        assert not hasattr(builtins, "PWNED")

        resources = Path(out, "hostileclient", "resources")
        doc_text = "".join(p.read_text() for p in resources.glob("*.py"))
        first_line = payload.replace("\r\n", "\n").split("\n")[0].strip()
        if first_line and "\\" not in first_line and '"""' not in first_line and first_line.isprintable():
            assert first_line[:100] in doc_text
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "hostileclient" or m.startswith("hostileclient.")]:
            del sys.modules[name]


@given(text)
def test_markdown_text_stays_on_one_line_and_in_its_table_cell(value: str) -> None:
    import re

    for rendered in (str(markdown(value)), str(markdown_code(value))):
        assert "\n" not in rendered and "\r" not in rendered
        # Every `|` has a backslash before it, which is what a GFM table row needs to
        # keep its cells (the row is split on pipes without one).
        assert not re.search(r"(?<!\\)\|", rendered), rendered


def test_the_api_reference_keeps_hostile_text_inside_its_table(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    directory = tmp_path_factory.mktemp("reference")
    spec = directory / "spec.json"
    spec.write_text(json.dumps(_hostile_spec("a | b\n# not a heading <script>`x`")))
    reference = generate_client(spec, "hostileclient").files["API.md"]
    rows = [line for line in reference.splitlines() if line.startswith("| `")]
    assert rows and all(len(re.split(r"(?<!\\)\|", row)) == 7 for row in rows), rows
    outside_code = re.sub(r"(`+).*?\1", "", reference)
    assert "\n# not a heading" not in reference and "<script>" not in outside_code
