"""A content-addressed cache for the expensive steps.

Validation, model generation, formatting and whole results are stored under
the hash of everything they depend on: their input, the package name, and a
fingerprint of the generator itself (its code, templates, runtime and the
versions of the libraries whose output we commit). Deleting the cache at any
time changes nothing but speed; a damaged entry is treated as missing. Reading an
entry marks it used (its modification time), for cache_prune, which keeps the
cache within a size budget.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
from functools import cache as memoize
from pathlib import Path
from typing import Any

_TOOL_ROOT = Path(__file__).resolve().parent.parent
_SOURCES = ("generator", "templates", "runtime")
_LIBRARIES = ("black", "datamodel-code-generator", "jinja2", "openapi-spec-validator", "pyyaml")
# What a file is named while it is written (cache_prune deletes those a dead write left).
PARTIAL_PREFIX = ".partial-"


def default_cache_dir() -> Path:
    configured = os.environ.get("OAICLIENT_GENERATOR_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "oaiclient-generator"


@memoize
def fingerprint() -> str:
    """Changes whenever the generator could produce different output."""
    digest = hashlib.sha256()
    for folder in _SOURCES:
        for path in sorted((_TOOL_ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_TOOL_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    versions = _installed_versions(_LIBRARIES)
    for library in _LIBRARIES:
        digest.update(f"{library}=={versions.get(library, 'missing')}".encode())
    return digest.hexdigest()


def _installed_versions(libraries: tuple[str, ...]) -> dict[str, str]:
    """Versions from the `NAME-VERSION.dist-info` folders on sys.path, the first
    found winning as imports do: what importlib.metadata reads, without the cost
    of importing it (a fifth of an unchanged run)."""
    wanted = {_normalized(library): library for library in libraries}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:  # a zip file, or a folder that went away
            continue
        for item in sorted(listing):
            name, _, version = item.removesuffix(".dist-info").partition("-")
            library = wanted.get(_normalized(name))
            if item.endswith(".dist-info") and library is not None:
                found.setdefault(library, version)
    return found


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def content_key(*parts: Any) -> str:
    """A key for JSON-able parts. Dict order counts: the order of a schema's properties
    is the order of its model's fields."""
    digest = hashlib.sha256(f"{fingerprint()}\0".encode())
    digest.update(encoded(parts))
    return digest.hexdigest()


def value_digest(value: Any) -> str:
    """The sha256 of `encoded(value)`, for the keys of a document's parts."""
    return hashlib.sha256(encoded(value)).hexdigest()


def encoded(value: Any) -> bytes:
    """Bytes that two values share only when they are equal, of the same types and in the
    same order: what a key hashes. marshal's format 2 writes plain values (dicts, lists,
    strings, numbers, None) four times faster than JSON, and unlike JSON tells a NaN or an
    infinity from null; it has no references between objects (format 3 does), so equal
    values give equal bytes however they are shared. Anything else (a date from YAML) is
    written as JSON with the object's type and repr, under another first byte."""
    try:
        return b"m" + marshal.dumps(value, 2)
    except ValueError:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=_tagged)
        return b"j" + text.encode("utf-8", "surrogatepass")


def _tagged(value: Any) -> Any:
    # A date and the string of it validate differently: they get different keys.
    return {"$python": type(value).__name__, "repr": repr(value)}


def text_key(label: str, text: str) -> str:
    """`content_key` of one large text under a fixed label, hashed as it is: a run keys a
    megabyte of generated code, which JSON would first copy with its escapes."""
    digest = hashlib.sha256(f"{fingerprint()}\0{label}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class Cache:
    def __init__(self, root: Path | None) -> None:
        self.root = root
        self.stored = 0  # entries written: a run that wrote none has nothing to prune

    def _path(self, kind: str, key: str) -> Path:
        assert self.root is not None
        return self.root / kind / key[:2] / key

    def get(self, kind: str, key: str) -> str | None:
        value = self.get_bytes(kind, key)
        return None if value is None else value.decode("utf-8", "surrogatepass")

    def put(self, kind: str, key: str, value: str) -> None:
        self.put_bytes(kind, key, value.encode("utf-8", "surrogatepass"))

    def get_json(self, kind: str, key: str) -> Any:
        """A value `put_json` stored, or None when it is missing or damaged."""
        text = self.get(kind, key)
        try:
            return None if text is None else json.loads(text)
        except ValueError:
            return None

    def put_json(self, kind: str, key: str, value: Any) -> None:
        self.put(kind, key, json.dumps(value))

    def get_bytes(self, kind: str, key: str) -> bytes | None:
        if self.root is None:
            return None
        path = self._path(kind, key)
        try:
            stored = path.read_bytes()
        except OSError:
            return None
        try:
            os.utime(path)  # used now: pruning deletes the least recently used first
        except OSError:
            pass  # a read-only cache
        # Each entry starts with the hash of its value: a truncated or edited
        # entry is a miss, never a wrong result.
        checksum, _, value = stored.partition(b"\n")
        if hashlib.sha256(value).hexdigest().encode() != checksum:
            return None
        return value

    def put_bytes(self, kind: str, key: str, value: bytes) -> None:
        if self.root is None:
            return
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "wb", dir=path.parent, prefix=PARTIAL_PREFIX, delete=False
            ) as out:
                out.write(hashlib.sha256(value).hexdigest().encode() + b"\n" + value)
            os.replace(out.name, path)
            self.stored += 1
        except OSError:
            pass  # a cache that cannot be written is only slower


NO_CACHE = Cache(None)
