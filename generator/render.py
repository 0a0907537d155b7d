"""Render the intermediate representation with the Jinja2 templates.

`finalize` refuses to print anything that is not `Code`, so a template cannot
paste spec text that skipped the escaping step.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator import ir
from generator.cache import NO_CACHE, Cache, content_key, text_key
from generator.escape import Code, docstring, markdown, markdown_code, py_str
from generator.models import HEADER, ModelSources
from generator.split import OTHER, SplitModules, split_definitions

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


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in the generator's cache (checksummed like its other
    entries; Jinja checks each against its template's text): compiling them is most of
    a small run's rendering time."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        stored = self.cache.get_bytes("templates", bucket.key)
        if stored is not None:
            bucket.bytecode_from_string(stored)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.cache.put_bytes("templates", bucket.key, bucket.bytecode_to_string())


def environment(cache: Cache = NO_CACHE) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        bytecode_cache=_CompiledTemplates(cache),
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


def render_files(api: ir.Api, sources: ModelSources, cache: Cache = NO_CACHE) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file of the package, one by one as each is made: the
    formatting step takes each as it comes, so black works on the first while the rest
    are rendered."""
    env = environment(cache)
    package = str(api.package)
    header = Code(HEADER)
    context = {"api": api, "header": header, "typing_imports": _typing_imports(api)}
    resource_sources: dict[str, str] = {}
    for resource in api.resources:
        text = _resource_module(env, resource, header, context["typing_imports"], cache)
        resource_sources[str(resource.module)] = text
        yield f"{package}/resources/{resource.module}.py", text
    for template in ("__init__.py", "_client.py", "_version.py", "resources/__init__.py"):
        yield f"{package}/{template}", env.get_template(template + ".jinja").render(**context)
    yield "API.md", env.get_template("API.md.jinja").render(**context)
    used = _names_used(resource_sources, cache)
    for kind, alias, source in (("models", "m", sources.models), ("params", "p", sources.params)):
        users = {module: names.get(alias, set()) for module, names in used.items()}
        split = _split(source, users, cache)
        if kind == "params":
            # A TypedDict types a request: one that no operation's request reaches (a
            # response, a webhook's payload) would only be written, formatted and shipped.
            split = split.without(OTHER)
        yield from _definitions_package(env, api, kind, split, cache).items()
    for path in sorted(RUNTIME.iterdir()):
        if path.suffix == ".py" or path.name == "py.typed":
            yield f"{package}/{path.name}", path.read_text("utf-8")


def _resource_module(
    env: jinja2.Environment, resource: ir.Resource, header: Code, typing_imports: list[Code], cache: Cache
) -> str:
    """One resource's module, cached by what the template is given (the template sees
    nothing else: no `api`), as a change to one operation leaves the others as they were."""
    key = content_key("resource-module", repr(resource), header, typing_imports)
    stored = cache.get("rendered", key)
    if stored is not None:
        return stored
    text = env.get_template("resource.py.jinja").render(
        resource=resource, resources=_walk([resource]), header=header, typing_imports=typing_imports
    )
    cache.put("rendered", key, text)
    return text


DEFINITIONS_DOCS = {
    "models": "The response models: pydantic classes the API's answers are parsed into.",
    "params": "The request parameter types: TypedDicts that plain dicts type-check against.",
}


def _names_used(resource_sources: dict[str, str], cache: Cache) -> dict[str, dict[str, set[str]]]:
    """Resource module -> alias -> the names it takes from the package it imports as
    that alias (`m.Foo` gives {"m": {"Foo"}}); cached by source, as a change to one
    operation leaves the other modules as they were."""
    used: dict[str, dict[str, set[str]]] = {}
    for module, source in resource_sources.items():
        key = text_key("names-used", source)
        stored = cache.get_json("names-used", key)
        if isinstance(stored, dict):
            used[module] = {alias: set(names) for alias, names in stored.items()}
            continue
        names: dict[str, set[str]] = {}
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                names.setdefault(node.value.id, set()).add(node.attr)
        cache.put_json("names-used", key, {alias: sorted(found) for alias, found in names.items()})
        used[module] = names
    return used


def _split(source: str, users: dict[str, set[str]], cache: Cache) -> SplitModules:
    """`split_definitions`, cached: it parses the whole module, and a change to an
    operation leaves the definitions and their users as they were."""
    key = content_key("split", source, {module: sorted(names) for module, names in users.items()})
    stored = cache.get_json("split", key)
    if isinstance(stored, dict) and {"sources", "locations"} <= stored.keys():
        return SplitModules(stored["sources"], stored["locations"])
    split = split_definitions(source, users, cache)
    cache.put_json("split", key, {"sources": split.sources, "locations": split.locations})
    return split


def _definitions_package(
    env: jinja2.Environment, api: ir.Api, kind: str, split: SplitModules, cache: Cache = NO_CACHE
) -> dict[str, str]:
    """`models` or `params` as a package: one submodule per area and a lazy `__init__`."""
    package = str(api.package)
    resource = py_str(kind) if any(str(r.attribute) == kind for r in api.resources) else Code("None")
    files = {f"{package}/{kind}/{module}.py": text for module, text in split.sources.items()}
    # Cached by all the template is given: most edits move no definition between modules.
    key = content_key("definitions-init", package, kind, str(resource), list(split.sources), split.locations)
    init = cache.get("rendered", key)
    if init is None:
        names = sorted(split.locations)
        modules = [
            (Code(module), [Code(name) for name in names if split.locations[name] == module])
            for module in split.sources
        ]
        init = env.get_template("definitions.py.jinja").render(
            api=api,
            header=Code(HEADER),
            doc=Code(DEFINITIONS_DOCS[kind]),
            modules=modules,
            all_names=[Code(name) for name in names],
            resource=resource,
        )
        cache.put("rendered", key, init)
    files[f"{package}/{kind}/__init__.py"] = init
    return files


def runtime_files(package: str) -> set[str]:
    return {f"{package}/{p.name}" for p in RUNTIME.iterdir() if p.suffix == ".py" or p.name == "py.typed"}
