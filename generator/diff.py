"""What changed between two specs, for code that uses the generated client.

Both documents are bundled first (so area files and `$ref`s do not matter) and
compared operation by operation. Every change is a `Change` with a kind, the
JSON pointer where it happened (in the new document, or the old one for
removals), whether it breaks code written against the old client, and a message.

The rule of thumb: what a caller sends may become more permissive and what a
caller receives may become more precise; the opposite breaks. A new response
enum value is not breaking (clients must expect the API to grow), nor is a
deprecation (it is a notice).
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from generator.diagnostics import join_pointer
from generator.load import load_spec
from generator.normalize import HTTP_METHODS
from generator.validate import resolve_local

Direction = Literal["request", "response"]
MAX_DEPTH = 24


@dataclass(frozen=True)
class Change:
    kind: str
    pointer: str
    breaking: bool
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_revision(spec: str, workdir: Path) -> dict[str, Any]:
    """A bundled document from a path, or from `REV:PATH` in the git repository."""
    rev, colon, path = spec.partition(":")
    if colon and not Path(spec).exists() and len(rev) > 1:
        return _load_from_git(rev, path, workdir)
    return load_spec(Path(spec)).document


def _load_from_git(rev: str, path: str, workdir: Path) -> dict[str, Any]:
    # The whole directory of the root file at that revision, so that area files
    # referred to by relative paths come along.
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=workdir, capture_output=True, text=True, check=True
    ).stdout.strip()
    relative = (Path(workdir).resolve() / path).resolve().relative_to(Path(top).resolve()).as_posix()
    directory = relative.rsplit("/", 1)[0] if "/" in relative else "."
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "--", directory], cwd=top, capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise FileNotFoundError(f"{rev}:{path}: {archive.stderr.decode(errors='replace').strip()}")
    with tempfile.TemporaryDirectory() as scratch:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(scratch, filter="data")
        return load_spec(Path(scratch) / relative).document


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    differ = _Differ(old, new)
    differ.compare()
    return sorted(differ.changes, key=lambda c: (not c.breaking, c.pointer, c.kind))


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._seen: set[tuple[int, int, str]] = set()

    def add(self, kind: str, pointer: str, breaking: bool, message: str) -> None:
        self.changes.append(Change(kind, pointer, breaking, message))

    def resolve(self, document: dict[str, Any], node: Any) -> Any:
        for _ in range(32):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                try:
                    node = resolve_local(document, node["$ref"])
                except KeyError:
                    return {}
            else:
                break
        return node

    # -- operations -------------------------------------------------------

    def operations(
        self, document: dict[str, Any]
    ) -> dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]]:
        found = {}
        for path, item in (document.get("paths") or {}).items():
            item = self.resolve(document, item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    found[(method, path)] = (item, item[method])
        return found

    def compare(self) -> None:
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            method, path = key
            name = old_ops[key][1].get("x-sdk-method") or old_ops[key][1].get("operationId") or ""
            self.add(
                "operation-removed",
                join_pointer("paths", path, method),
                True,
                f"{method.upper()} {path} ({name}) was removed",
            )
        for key in sorted(new_ops.keys() - old_ops.keys()):
            method, path = key
            self.add(
                "operation-added",
                join_pointer("paths", path, method),
                False,
                f"{method.upper()} {path} was added",
            )
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(key, old_ops[key], new_ops[key])

    def operation(
        self,
        key: tuple[str, str],
        old: tuple[dict[str, Any], dict[str, Any]],
        new: tuple[dict[str, Any], dict[str, Any]],
    ) -> None:
        method, path = key
        pointer = join_pointer("paths", path, method)
        (old_item, old_op), (new_item, new_op) = old, new
        label = f"{method.upper()} {path}"
        for field, kind in (
            ("x-sdk-method", "client-method-renamed"),
            ("operationId", "operation-id-changed"),
        ):
            if old_op.get(field) != new_op.get(field):
                self.add(
                    kind,
                    pointer + join_pointer(field),
                    field == "x-sdk-method",
                    f"{label}: {field} {old_op.get(field)!r} -> {new_op.get(field)!r}",
                )
        if not old_op.get("deprecated") and new_op.get("deprecated"):
            self.add("operation-deprecated", pointer, False, f"{label} is now deprecated")
        self.parameters(label, pointer, old_item, old_op, new_item, new_op)
        self.request_body(label, pointer, old_op, new_op)
        self.responses(label, pointer, old_op, new_op)

    def parameters(
        self,
        label: str,
        pointer: str,
        old_item: dict[str, Any],
        old_op: dict[str, Any],
        new_item: dict[str, Any],
        new_op: dict[str, Any],
    ) -> None:
        def collect(
            document: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
        ) -> dict[tuple[str, str], tuple[dict[str, Any], int]]:
            params: dict[tuple[str, str], tuple[dict[str, Any], int]] = {}
            for owner in (item, op):
                for index, raw in enumerate(owner.get("parameters") or []):
                    param = self.resolve(document, raw)
                    if isinstance(param, dict):
                        params[(str(param.get("in")), str(param.get("name")))] = (param, index)
            return params

        old_params, new_params = collect(self.old, old_item, old_op), collect(self.new, new_item, new_op)
        for key in sorted(old_params.keys() - new_params.keys()):
            self.add(
                "parameter-removed",
                pointer + "/parameters",
                True,
                f"{label}: {key[0]} parameter {key[1]!r} was removed",
            )
        for key in sorted(new_params.keys() - old_params.keys()):
            param, index = new_params[key]
            required = bool(param.get("required"))
            self.add(
                "parameter-added",
                f"{pointer}/parameters/{index}",
                required,
                f"{label}: {'required' if required else 'optional'} {key[0]} parameter {key[1]!r} was added",
            )
        for key in sorted(old_params.keys() & new_params.keys()):
            (old_param, _), (new_param, index) = old_params[key], new_params[key]
            where = f"{pointer}/parameters/{index}"
            if not old_param.get("required") and new_param.get("required"):
                self.add(
                    "parameter-now-required",
                    where,
                    True,
                    f"{label}: {key[0]} parameter {key[1]!r} is now required",
                )
            elif old_param.get("required") and not new_param.get("required"):
                self.add(
                    "parameter-now-optional",
                    where,
                    False,
                    f"{label}: {key[0]} parameter {key[1]!r} is now optional",
                )
            if not old_param.get("deprecated") and new_param.get("deprecated"):
                self.add(
                    "parameter-deprecated", where, False, f"{label}: parameter {key[1]!r} is now deprecated"
                )
            self.schema(
                f"{label}: parameter {key[1]!r}",
                where + "/schema",
                old_param.get("schema") or {},
                new_param.get("schema") or {},
                "request",
                0,
            )

    def request_body(self, label: str, pointer: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old_body = self.resolve(self.old, old_op.get("requestBody")) or {}
        new_body = self.resolve(self.new, new_op.get("requestBody")) or {}
        where = pointer + "/requestBody"
        if not old_body and not new_body:
            return
        if not old_body.get("required") and new_body.get("required"):
            self.add("request-body-now-required", where, True, f"{label}: the request body is now required")
        old_content, new_content = old_body.get("content") or {}, new_body.get("content") or {}
        for media in sorted(old_content.keys() - new_content.keys()):
            self.add(
                "request-content-type-removed",
                where + "/content",
                True,
                f"{label}: request body as {media} is no longer accepted",
            )
        for media in sorted(new_content.keys() - old_content.keys()):
            self.add(
                "request-content-type-added",
                where + join_pointer("content", media),
                False,
                f"{label}: request body as {media} is now accepted",
            )
        for media in sorted(old_content.keys() & new_content.keys()):
            self.schema(
                f"{label}: request",
                where + join_pointer("content", media, "schema"),
                (old_content[media] or {}).get("schema") or {},
                (new_content[media] or {}).get("schema") or {},
                "request",
                0,
            )

    def responses(self, label: str, pointer: str, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        old_responses, new_responses = old_op.get("responses") or {}, new_op.get("responses") or {}
        for status in sorted(set(old_responses) & set(new_responses), key=str):
            if not str(status).startswith("2"):
                continue
            where = pointer + join_pointer("responses", status)
            old_content = (self.resolve(self.old, old_responses[status]) or {}).get("content") or {}
            new_content = (self.resolve(self.new, new_responses[status]) or {}).get("content") or {}
            for media in sorted(old_content.keys() - new_content.keys()):
                kind = (
                    "streaming-removed" if media == "text/event-stream" else "response-content-type-removed"
                )
                self.add(
                    kind,
                    where + "/content",
                    True,
                    f"{label}: the {status} response no longer comes as {media}",
                )
            for media in sorted(new_content.keys() - old_content.keys()):
                kind = "streaming-added" if media == "text/event-stream" else "response-content-type-added"
                self.add(
                    kind,
                    where + join_pointer("content", media),
                    False,
                    f"{label}: the {status} response may now come as {media}",
                )
            for media in sorted(old_content.keys() & new_content.keys()):
                self.schema(
                    f"{label}: response",
                    where + join_pointer("content", media, "schema"),
                    (old_content[media] or {}).get("schema") or {},
                    (new_content[media] or {}).get("schema") or {},
                    "response",
                    0,
                )
        for status in sorted(set(old_responses) - set(new_responses), key=str):
            if str(status).startswith("2"):
                self.add(
                    "response-removed",
                    pointer + "/responses",
                    True,
                    f"{label}: the {status} response was removed",
                )

    # -- schemas ----------------------------------------------------------

    def schema(self, label: str, pointer: str, old: Any, new: Any, direction: Direction, depth: int) -> None:
        ref = new.get("$ref") if isinstance(new, dict) else None
        if isinstance(ref, str) and ref.startswith("#/"):
            # Point where the schema is written, not at the path that led to it.
            pointer = ref[1:]
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if not isinstance(old, dict) or not isinstance(new, dict) or depth > MAX_DEPTH:
            return
        seen = (id(old), id(new), direction)
        if seen in self._seen:
            return
        self._seen.add(seen)
        receiving = direction == "response"
        old_types, new_types = _types(self, self.old, old), _types(self, self.new, new)
        if old_types and new_types and old_types != new_types:
            lost, gained = old_types - new_types, new_types - old_types
            # Sending: fewer accepted types breaks callers. Receiving: more possible types breaks readers.
            breaking = bool(gained) if receiving else bool(lost)
            self.add(
                "type-changed", pointer, breaking, f"{label}: type {_show(old_types)} -> {_show(new_types)}"
            )
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            removed = [v for v in old_enum if v not in new_enum]
            added = [v for v in new_enum if v not in old_enum]
            if removed:
                self.add(
                    "enum-value-removed",
                    pointer + "/enum",
                    not receiving,
                    f"{label}: enum values {removed!r} were removed",
                )
            if added:
                self.add(
                    "enum-value-added", pointer + "/enum", False, f"{label}: enum values {added!r} were added"
                )
        elif isinstance(new_enum, list) and old_enum is None and not receiving:
            self.add("enum-introduced", pointer + "/enum", True, f"{label}: now limited to {new_enum!r}")
        if "default" in old or "default" in new:
            if old.get("default") != new.get("default"):
                self.add(
                    "default-changed",
                    pointer + "/default",
                    False,
                    f"{label}: default {old.get('default')!r} -> {new.get('default')!r}",
                )
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("deprecated", pointer, False, f"{label} is now deprecated")
        self.properties(label, pointer, old, new, direction, depth)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(f"{label}[]", pointer + "/items", old["items"], new["items"], direction, depth + 1)
        for keyword in ("oneOf", "anyOf", "allOf"):
            old_variants, new_variants = old.get(keyword) or [], new.get(keyword) or []
            if old_variants and new_variants:
                self.variants(label, pointer + "/" + keyword, old_variants, new_variants, direction, depth)

    def properties(
        self,
        label: str,
        pointer: str,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
        depth: int,
    ) -> None:
        old_props, new_props = _properties(self, self.old, old), _properties(self, self.new, new)
        if not old_props and not new_props:
            return
        old_required, new_required = _required(self, self.old, old), _required(self, self.new, new)
        receiving = direction == "response"
        noun = "response field" if receiving else "request field"
        for name in sorted(old_props.keys() - new_props.keys()):
            # Removing a field a caller could send breaks them; one they could read too.
            self.add(
                "field-removed",
                pointer + join_pointer("properties", name),
                True,
                f"{label}: {noun} {name!r} was removed",
            )
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            self.add(
                "field-added",
                pointer + join_pointer("properties", name),
                required and not receiving,
                f"{label}: {'required' if required else 'optional'} {noun} {name!r} was added",
            )
        for name in sorted(old_props.keys() & new_props.keys()):
            where = pointer + join_pointer("properties", name)
            was, now = name in old_required, name in new_required
            if was != now:
                # Sending: newly required breaks. Receiving: newly optional breaks readers.
                breaking = now if not receiving else not now
                self.add(
                    "field-now-required" if now else "field-now-optional",
                    where,
                    breaking,
                    f"{label}: {noun} {name!r} is now {'required' if now else 'optional'}",
                )
            self.schema(f"{label}.{name}", where, old_props[name], new_props[name], direction, depth + 1)

    def variants(
        self, label: str, pointer: str, old: list[Any], new: list[Any], direction: Direction, depth: int
    ) -> None:
        def keyed(document: dict[str, Any], variants: list[Any]) -> dict[str, tuple[Any, int]]:
            out = {}
            for index, variant in enumerate(variants):
                ref = variant.get("$ref") if isinstance(variant, dict) else None
                key = (
                    ref.rsplit("/", 1)[-1]
                    if isinstance(ref, str)
                    else _variant_key(self, document, variant, index)
                )
                out[key] = (variant, index)
            return out

        old_keyed, new_keyed = keyed(self.old, old), keyed(self.new, new)
        receiving = direction == "response"
        for key in sorted(old_keyed.keys() - new_keyed.keys()):
            self.add("variant-removed", pointer, not receiving, f"{label}: variant {key} was removed")
        for key in sorted(new_keyed.keys() - old_keyed.keys()):
            self.add(
                "variant-added", f"{pointer}/{new_keyed[key][1]}", False, f"{label}: variant {key} was added"
            )
        for key in sorted(old_keyed.keys() & new_keyed.keys()):
            (old_variant, _), (new_variant, index) = old_keyed[key], new_keyed[key]
            self.schema(
                f"{label}<{key}>", f"{pointer}/{index}", old_variant, new_variant, direction, depth + 1
            )


def _types(differ: _Differ, document: dict[str, Any], schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
    if schema.get("nullable") is True:
        kinds.add("null")
    for keyword in ("oneOf", "anyOf"):
        for variant in schema.get(keyword) or []:
            resolved = differ.resolve(document, variant)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                kinds.add("null")
    if "integer" in kinds and "number" in kinds:
        kinds.discard("integer")
    return frozenset(str(k) for k in kinds)


def _properties(differ: _Differ, document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        resolved = differ.resolve(document, part)
        if isinstance(resolved, dict):
            props.update(_properties(differ, document, resolved))
    props.update(schema.get("properties") or {})
    return props


def _required(differ: _Differ, document: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        resolved = differ.resolve(document, part)
        if isinstance(resolved, dict):
            required |= _required(differ, document, resolved)
    return required


def _variant_key(differ: _Differ, document: dict[str, Any], variant: Any, index: int) -> str:
    resolved = differ.resolve(document, variant)
    if isinstance(resolved, dict):
        for prop in ("type", "role", "object"):
            enum = ((resolved.get("properties") or {}).get(prop) or {}).get("enum")
            if isinstance(enum, list) and len(enum) == 1:
                return f"{prop}={enum[0]}"
        kind = resolved.get("type")
        if isinstance(kind, str):
            return kind
    return f"#{index}"


def _show(types: frozenset[str]) -> str:
    return "|".join(sorted(types))


# -- output ----------------------------------------------------------------


def render(changes: list[Change], style: str) -> str:
    if style == "json":
        import json

        return json.dumps([c.as_dict() for c in changes], indent=2) + "\n"
    breaking = [c for c in changes if c.breaking]
    if style == "markdown":
        lines = [f"### Spec changes: {len(changes)} ({len(breaking)} breaking)", ""]
        if changes:
            lines += ["| | change | where | what |", "|---|---|---|---|"]
            for change in changes:
                mark = "**breaking**" if change.breaking else ""
                message = change.message.replace("|", "\\|")
                lines.append(f"| {mark} | {change.kind} | `{change.pointer}` | {message} |")
        return "\n".join(lines) + "\n"
    out = [
        f"{'BREAKING' if c.breaking else 'change  '}  {c.kind}: {c.message}  (at {c.pointer})"
        for c in changes
    ]
    out.append(f"{len(changes)} change(s), {len(breaking)} breaking")
    return "\n".join(out) + "\n"


def iter_breaking(changes: list[Change]) -> Iterator[Change]:
    return (c for c in changes if c.breaking)
