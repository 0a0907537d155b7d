"""Read the spec and bundle it into one document.

A spec may be one file or a root file plus area files. An area file holds
`paths:` (path items keyed by path) and `schemas:` (schemas keyed by component
name); the root refers to its path items with `$ref: 'chat.yaml#/paths/~1chat'`
and any file refers to a schema with `$ref: 'common.yaml#/schemas/Error'` (or
`#/schemas/Error` inside the same file). Bundling inlines the path items and
moves every schema to `#/components/schemas/NAME`, so the rest of the pipeline
only ever sees local references.

Positions are not tracked while loading (the C loader cannot, and it is the
fast path); `SourceMap.locate` re-reads a file's node tree only when a message
needs a line number. Reading one file, and the limits on what it may hold, is
`generator.parse`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator.cache import NO_CACHE, Cache
from generator.diagnostics import Diagnostic, SpecError, display_path, join_pointer, split_pointer
from generator.limits import MAX_DEPTH, MAX_NODES
from generator.parse import YAML_LOADER, read_document
from generator.positions import event_positions


@dataclass
class SourceMap:
    """Maps pointers in the bundled document back to FILE:LINE:COL."""

    root: Path
    # Bundled pointer prefix -> (file, pointer of the same node in that file).
    origins: dict[str, tuple[Path, str]] = field(default_factory=dict)
    _trees: dict[Path, Any] = field(default_factory=dict)

    def origin(self, pointer: str) -> tuple[Path, str]:
        best = ""
        for prefix in self.origins:
            if len(prefix) > len(best) and (pointer == prefix or pointer.startswith(prefix + "/")):
                best = prefix
        if not best:
            return self.root, pointer
        file, file_pointer = self.origins[best]
        return file, file_pointer + pointer[len(best) :]

    def locate(self, pointer: str) -> tuple[str, int, int]:
        file, line, column = self.position(pointer)
        return display_path(file), line, column

    def position(self, pointer: str) -> tuple[Path, int, int]:
        """The file (absolute), line and column of the node at `pointer`."""
        file, file_pointer = self.origin(pointer)
        node = self._tree(file)
        key = None
        for token in split_pointer(file_pointer):
            found = _child_node(node, token)
            if found is None:
                break
            key, node = found
        if node is None:
            return file, 1, 1
        # A scalar is shown where its value is; a mapping or list where its
        # key is, which is the line a reader looks for.
        mark = (
            key.start_mark if key is not None and not isinstance(node, yaml.ScalarNode) else node.start_mark
        )
        return file, mark.line + 1, mark.column + 1

    def positions(self, pointers: list[str]) -> list[tuple[Path, int, int]]:
        """`position` of each of `pointers`, each file read once as an event stream
        (generator.positions); what the stream cannot answer is found in the tree."""
        origins = [self.origin(pointer) for pointer in pointers]
        wanted: dict[Path, dict[str, None]] = {}
        for file, file_pointer in origins:
            wanted.setdefault(file, {})[file_pointer] = None
        found: dict[Path, dict[str, tuple[int, int]]] = {}
        for file, file_pointers in wanted.items():
            try:
                text = file.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                text = None
            found[file] = {} if text is None else event_positions(text, file_pointers)
        out = []
        for pointer, (file, file_pointer) in zip(pointers, origins):
            answer = found[file].get(file_pointer)
            out.append((file, *answer) if answer is not None else self.position(pointer))
        return out

    def _tree(self, file: Path) -> Any:
        if file not in self._trees:
            try:
                self._trees[file] = yaml.compose(file.read_text("utf-8"), Loader=YAML_LOADER)
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                self._trees[file] = None
        return self._trees[file]


def _child_node(node: Any, token: str) -> tuple[Any, Any] | None:
    """(key node or None, value node) of one pointer step."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return key, value
    elif isinstance(node, yaml.SequenceNode) and token.isdecimal() and int(token) < len(node.value):
        return None, node.value[int(token)]
    return None


@dataclass
class LoadedSpec:
    document: dict[str, Any]
    source_map: SourceMap
    files: list[Path]
    # SHA-256 of each file's bytes as parsed: what an unchanged run compares.
    digests: dict[Path, str]


def load_spec(root: Path, cache: Cache = NO_CACHE) -> LoadedSpec:
    return _Bundler(root.resolve(), cache).bundle()


class _Bundler:
    def __init__(self, root: Path, cache: Cache) -> None:
        self.root, self.cache = root, cache
        self.files: dict[Path, Any] = {}
        self.digests: dict[Path, str] = {}
        self.source_map = SourceMap(root)
        self.errors: list[Diagnostic] = []
        # Component name -> where its schema lives.
        self.schemas: dict[str, tuple[Path, str]] = {}
        self.pending: list[str] = []
        self.nodes = 0
        self.targets: dict[tuple[Path, str], tuple[Path, bool, bool]] = {}

    def bundle(self) -> LoadedSpec:
        document = self.read(self.root)
        if not isinstance(document, dict):
            raise SpecError(
                [
                    Diagnostic(
                        "error",
                        "the document is not a mapping: not an OpenAPI document",
                        file=display_path(self.root),
                    )
                ]
            )
        problem = _not_openapi(document)
        if problem is not None:
            raise SpecError([problem], self.source_map)
        for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
            self.schemas[str(name)] = (self.root, join_pointer("components", "schemas", name))
        try:
            bundled = self.bundle_from(document)
        except SpecError as exc:
            exc.locator = self.source_map
            raise
        if self.errors:
            raise SpecError(self.errors, self.source_map)
        if "components" in bundled and "schemas" in bundled["components"]:
            # Area schemas arrive in discovery order; sort for stable output.
            schemas = bundled["components"]["schemas"]
            bundled["components"]["schemas"] = {k: schemas[k] for k in sorted(schemas, key=str)}
        return LoadedSpec(bundled, self.source_map, list(self.files), self.digests)

    def bundle_from(self, document: dict[str, Any]) -> dict[str, Any]:
        bundled: dict[str, Any] = self.copy(document, self.root, "", "", 0)
        while self.pending:
            name = self.pending.pop()
            file, file_pointer = self.schemas[name]
            target = self.resolve(file, file_pointer)
            pointer = join_pointer("components", "schemas", name)
            self.source_map.origins[pointer] = (file, file_pointer)
            schemas = bundled.setdefault("components", {}).setdefault("schemas", {})
            schemas[name] = self.copy(target, file, file_pointer, pointer, 0)
        return bundled

    def read(self, path: Path) -> Any:
        if path not in self.files:
            self.files[path], self.digests[path] = read_document(path, self.cache)
        return self.files[path]

    def resolve(self, file: Path, file_pointer: str) -> Any:
        node = self.read(file)
        for token in split_pointer(file_pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return _MISSING
        return node

    def error(self, pointer: str, message: str) -> None:
        self.errors.append(Diagnostic("error", message, pointer))

    def copy(self, node: Any, file: Path, file_pointer: str, pointer: str, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise SpecError(
                [
                    Diagnostic(
                        "error", f"document expands to more than {MAX_NODES} nodes (alias bomb?)", pointer
                    )
                ]
            )
        if depth > MAX_DEPTH:
            raise SpecError([Diagnostic("error", f"document nests deeper than {MAX_DEPTH} levels", pointer)])
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                return self.copy_ref(node, ref, file, file_pointer, pointer, depth)
            out = {}
            for key, value in node.items():
                # YAML reads `200:` as an int, which means "200"; other
                # non-string keys (`yes:`, `null:`, `1.0:`) do not say what
                # their author wrote.
                if isinstance(key, int) and not isinstance(key, bool):
                    key = str(key)
                elif not isinstance(key, str):
                    self.error(
                        join_pointer(*split_pointer(pointer), str(key)),
                        f"mapping key {key!r} is not a string: quote it",
                    )
                    key = str(key)
                out[key] = self.copy_child(value, file, file_pointer, pointer, key, depth)
            return out
        if isinstance(node, list):
            return [
                self.copy_child(item, file, file_pointer, pointer, i, depth) for i, item in enumerate(node)
            ]
        return node

    def copy_child(
        self, node: Any, file: Path, file_pointer: str, pointer: str, token: str | int, depth: int
    ) -> Any:
        """`copy` of the child at `token`; a scalar within the limits is counted without
        building its pointers (most of a document's values are scalars)."""
        if not isinstance(node, (dict, list)) and self.nodes < MAX_NODES and depth < MAX_DEPTH:
            self.nodes += 1
            return node
        step = (
            "/" + token
            if isinstance(token, str) and "~" not in token and "/" not in token
            else join_pointer(token)
        )
        return self.copy(node, file, file_pointer + step, pointer + step, depth + 1)

    def copy_ref(
        self, node: dict[str, Any], ref: str, file: Path, file_pointer: str, pointer: str, depth: int
    ) -> Any:
        siblings = {
            key: self.copy(
                value, file, file_pointer + join_pointer(key), pointer + join_pointer(key), depth + 1
            )
            for key, value in node.items()
            if key != "$ref"
        }
        target_file_text, _, fragment = ref.partition("#")
        if _URL.match(target_file_text) or target_file_text.startswith("//"):
            self.error(pointer, f"remote $ref {ref!r} is not supported: references are never fetched")
            return node
        target_file, inside, exists = self.target_file(file, target_file_text)
        if not inside:
            self.error(
                pointer,
                f"$ref {ref!r} leaves the spec's folder {display_path(self.root.parent)}: "
                "a spec may only refer to files beside or below its root file",
            )
            return node
        target_pointer = unquote(fragment)
        if target_file == self.root and file == self.root:
            return {"$ref": ref, **siblings}
        if target_file_text and not exists:
            self.error(pointer, f"$ref {ref!r}: file {display_path(target_file)} does not exist")
            return node
        tokens = split_pointer(target_pointer) if target_pointer.startswith("/") else None
        if tokens is None:
            self.error(pointer, f"$ref {ref!r} has no JSON pointer after '#'")
            return node
        if self.resolve(target_file, target_pointer) is _MISSING:
            self.error(pointer, f"$ref {ref!r} points to nothing")
            return node
        if target_file != self.root and len(tokens) == 2 and tokens[0] == "schemas":
            return {"$ref": self.register_schema(tokens[1], target_file, target_pointer, pointer), **siblings}
        if target_file == self.root and len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            return {"$ref": "#" + target_pointer, **siblings}
        if len(tokens) == 2 and tokens[0] == "paths" and split_pointer(pointer)[:1] == ["paths"]:
            self.source_map.origins[pointer] = (target_file, target_pointer)
            target = self.resolve(target_file, target_pointer)
            return self.copy(target, target_file, target_pointer, pointer, depth + 1)
        self.error(
            pointer,
            f"$ref {ref!r}: a reference to another file must point at FILE#/schemas/NAME, "
            "or at FILE#/paths/PATH for a path item",
        )
        return node

    def target_file(self, file: Path, text: str) -> tuple[Path, bool, bool]:
        """The file a reference's file part names (`file` itself when empty), whether it is
        inside the spec's folder, and whether it is a file; once per file and text (a
        document repeats a few of them hundreds of times, and resolving asks the disk)."""
        found = self.targets.get((file, text))
        if found is None:
            target = (file.parent / unquote(text)).resolve() if text else file
            inside = target.is_relative_to(self.root.parent)
            found = self.targets[(file, text)] = (target, inside, inside and target.is_file())
        return found

    def register_schema(self, name: str, file: Path, file_pointer: str, pointer: str) -> str:
        known = self.schemas.get(name)
        if known is None:
            self.schemas[name] = (file, file_pointer)
            self.pending.append(name)
        elif known != (file, file_pointer):
            self.error(
                pointer,
                f"schema name {name!r} is defined twice: in {display_path(known[0])} and {display_path(file)}",
            )
        return "#" + join_pointer("components", "schemas", name)


_MISSING = object()
# A URL scheme (`https:`, `file:`, `urn:`); one letter would be a Windows drive.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")
_SUPPORTED_VERSION = re.compile(r"3\.[01](\.|$)")


def _not_openapi(document: dict[Any, Any]) -> Diagnostic | None:
    """Why the root document is not OpenAPI 3.0/3.1, or None.

    Checked before anything else because no later step, not even lenient
    validation, can make sense of another kind of document.
    """
    if "openapi" not in document:
        if "swagger" in document:
            return Diagnostic(
                "error",
                f"Swagger {document['swagger']} is not supported: convert the document to OpenAPI 3",
                "/swagger",
            )
        if "$schema" in document or "type" in document or "properties" in document:
            return Diagnostic(
                "error", "this is a JSON Schema, not an OpenAPI document (no 'openapi' field)", ""
            )
        return Diagnostic("error", "not an OpenAPI document: no 'openapi' version field", "")
    version = document["openapi"]
    if not isinstance(version, str):
        return Diagnostic(
            "error", f"the 'openapi' version {version!r} is not a string: quote it, as in '3.1.0'", "/openapi"
        )
    if not _SUPPORTED_VERSION.match(version):
        return Diagnostic(
            "error", f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)", "/openapi"
        )
    return None
