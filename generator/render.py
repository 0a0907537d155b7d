"""Render the intermediate representation with the Jinja2 templates.

`finalize` refuses to print anything that is not `Code`, so a template cannot
paste spec text that skipped the escaping step.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator import ir
from generator.escape import Code, docstring, markdown, markdown_code, py_str
from generator.models import HEADER, ModelSources
from generator.split import split_definitions

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = Path(__file__).resolve().parent.parent / "runtime"


class UnescapedTextError(TypeError):
    pass


def _finalize(value: Any) -> Any:
    # Markup is either Code or the output of a macro built from Code.
    if isinstance(value, (Markup, int)):
        return value
    raise UnescapedTextError(f"template printed unescaped {type(value).__name__}: {str(value)[:80]!r}")


def _indent(value: Code, width: int) -> Code:
    pad = " " * width
    return Code("\n".join((pad + line) if line else "" for line in value.splitlines()).lstrip(" "))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        # On so that macro output is Markup; nothing here is HTML.
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["indent_code"] = _indent
    env.filters["md"] = markdown
    env.filters["md_code"] = markdown_code
    env.filters["py_str"] = py_str
    env.filters["docstring"] = docstring
    # Only for the template's own constants, never for spec text.
    env.filters["code"] = Code
    return env


def _walk(resources: list[ir.Resource]) -> list[ir.Resource]:
    """Children before parents, so a parent's properties name defined classes."""
    ordered: list[ir.Resource] = []
    for resource in resources:
        ordered.extend(_walk(resource.children))
        ordered.append(resource)
    return ordered


def _typing_imports(api: ir.Api) -> list[Code]:
    modules: dict[str, set[str]] = {"typing": {"Literal", "cast", "overload"}}
    for module, names in api.typing_imports.items():
        modules.setdefault(module, set()).update(names)
    return [
        Code(f"from {module} import {', '.join(sorted(names))}") for module, names in sorted(modules.items())
    ]


def render(api: ir.Api, sources: ModelSources) -> dict[str, str]:
    """Relative path -> file text, for every file of the package."""
    env = environment()
    package = str(api.package)
    header = Code(HEADER)
    files: dict[str, str] = {}
    context = {"api": api, "header": header, "typing_imports": _typing_imports(api)}
    for resource in api.resources:
        files[f"{package}/resources/{resource.module}.py"] = env.get_template("resource.py.jinja").render(
            resource=resource, resources=_walk([resource]), **context
        )
    for template in ("__init__.py", "_client.py", "_version.py", "resources/__init__.py"):
        files[f"{package}/{template}"] = env.get_template(template + ".jinja").render(**context)
    files["API.md"] = env.get_template("API.md.jinja").render(**context)
    resource_sources = {str(r.module): files[f"{package}/resources/{r.module}.py"] for r in api.resources}
    for kind, alias, source in (("models", "m", sources.models), ("params", "p", sources.params)):
        files.update(_definitions_package(env, api, kind, source, _names_used(resource_sources, alias)))
    for path in sorted(RUNTIME.iterdir()):
        if path.suffix == ".py" or path.name == "py.typed":
            files[f"{package}/{path.name}"] = path.read_text("utf-8")
    return files


DEFINITIONS_DOCS = {
    "models": "The response models: pydantic classes the API's answers are parsed into.",
    "params": "The request parameter types: TypedDicts that plain dicts type-check against.",
}


def _names_used(resource_sources: dict[str, str], alias: str) -> dict[str, set[str]]:
    """Resource module -> the names it takes from the package it imports as `alias`."""
    return {
        module: {
            node.attr
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == alias
        }
        for module, source in resource_sources.items()
    }


def _definitions_package(
    env: jinja2.Environment, api: ir.Api, kind: str, source: str, users: dict[str, set[str]]
) -> dict[str, str]:
    """`models` or `params` as a package: one submodule per area and a lazy `__init__`."""
    package = str(api.package)
    split = split_definitions(source, users)
    modules = [
        (Code(module), [Code(name) for name in sorted(split.locations) if split.locations[name] == module])
        for module in split.sources
    ]
    resource = py_str(kind) if any(str(r.attribute) == kind for r in api.resources) else Code("None")
    files = {f"{package}/{kind}/{module}.py": text for module, text in split.sources.items()}
    files[f"{package}/{kind}/__init__.py"] = env.get_template("definitions.py.jinja").render(
        api=api,
        header=Code(HEADER),
        doc=Code(DEFINITIONS_DOCS[kind]),
        modules=modules,
        all_names=[Code(name) for name in sorted(split.locations)],
        resource=resource,
    )
    return files


def runtime_files(package: str) -> set[str]:
    return {f"{package}/{p.name}" for p in RUNTIME.iterdir() if p.suffix == ".py" or p.name == "py.typed"}
