"""The generated client on the wire, beside the official package and raw transports.

    python -m benchmarks.wire --json OUT [--quick]

Starts the canned server (`benchmarks.server`) in its own process, checks its capacity
with `benchmarks.loadgen`, then measures, each comparison interleaved in rounds:

- sync chat call latency: raw httpx (+json, +pydantic models, +the generated models),
  raw httpx2 +json, the official `openai` package, and `oaiclient`;
- streaming chunks per second: raw line iteration + json (and + pydantic), the clients;
- embeddings, floats on the wire and base64 on the wire decoded to floats;
- async calls per second at concurrency 1, 10 and 50: raw httpx, httpx2 and aiohttp
  (+json), and both clients (ours on its default aiohttp transport, and on httpx's);
- building a client (what each constructor costs, the TLS context included; not with --quick);
- decoding a chat completion and a stream chunk without the network: json.loads,
  hand-written pydantic models (plain, with `extra="allow"`, with a private attribute,
  with both as oaiclient's base class has), and the generated models.

Third-party packages are imported inside the variants, so that this module imports with
the standard library alone (the smoke test relies on that).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gc
import json
import os
import subprocess
import sys
import time
from array import array
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from benchmarks import canned
from benchmarks.server import ROOT, SOURCE, ServerProcess
from benchmarks.stats import Group, dump_groups, interleave, per_op_times, rotations

API_KEY = "sk-bench"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
STREAM_REQUEST = {**canned.CHAT_REQUEST, "stream": True}
EMBEDDING_MODEL = "text-embedding-3-small"

# Variant names, as they appear in the report.
HTTPX_JSON = "httpx + json"
HTTPX_PYDANTIC = "httpx + pydantic"
HTTPX_GENERATED = "httpx + oaiclient.models"
HTTPX2_JSON = "httpx2 + json"
AIOHTTP_JSON = "aiohttp + json"
OPENAI = "openai"
OURS = "oaiclient"
# The async client on httpx's own pool (its default before it moved to aiohttp).
OURS_ON_HTTPX = "oaiclient, httpx transport"
RAW_ASYNC = [HTTPX_JSON, HTTPX2_JSON, AIOHTTP_JSON]


@dataclass(frozen=True)
class Settings:
    rounds: int
    chat_calls: int
    streams: int
    embedding_calls: int
    async_calls: int
    constructions: int
    decodes: int
    concurrency: tuple[int, ...] = (1, 10, 50)
    # An async sample of a fast client lasts about this long (its calls are counted from
    # its warm-up rate, at least `async_calls`, at most ten times that); 0: `async_calls`.
    # A sample of 400 calls of a fast client lasted a tenth of a second, short enough
    # for one disturbance to move it by half.
    async_seconds: float = 0.0

    @classmethod
    def for_mode(cls, quick: bool) -> Settings:
        if quick:
            return cls(
                rounds=2,
                chat_calls=40,
                streams=2,
                embedding_calls=5,
                async_calls=100,
                constructions=0,
                decodes=300,
            )
        # Nine rounds: with five, one disturbed round in a comparison of six variants moved
        # the sync chat ratio by 0.15 between runs.
        return cls(
            rounds=9,
            chat_calls=300,
            streams=5,
            embedding_calls=30,
            async_calls=400,
            constructions=10,
            decodes=3000,
            async_seconds=0.4,
        )


# -- clients ---------------------------------------------------------------------------


def _pool_limits(module: Any) -> Any:
    # The same pool as both clients use (httpx keeps only 20 idle connections by default,
    # which would make the raw transport reconnect at concurrency 50).
    return module.Limits(max_connections=1000, max_keepalive_connections=100)


def raw_httpx(base_url: str) -> Any:
    import httpx

    return httpx.Client(base_url=base_url, headers=AUTH, limits=_pool_limits(httpx))


def raw_httpx2(base_url: str) -> Any:
    import httpx2

    return httpx2.Client(base_url=base_url, headers=AUTH, limits=_pool_limits(httpx2))


def official_client(base_url: str) -> Any:
    import openai

    return openai.OpenAI(api_key=API_KEY, base_url=base_url)


def our_client(base_url: str) -> Any:
    import oaiclient

    return oaiclient.OpenAI(api_key=API_KEY, base_url=base_url)


def _checked(response: Any) -> Any:
    if response.status_code != 200:
        raise RuntimeError(f"unexpected status {response.status_code}")
    return response


Variant = tuple[Callable[[], Any], Callable[[], None]]  # (one operation, close)


# -- sync chat ---------------------------------------------------------------------------


def chat_variants(base_url: str) -> dict[str, Callable[[], Variant]]:
    def httpx_json() -> Variant:
        http = raw_httpx(base_url)
        return (
            lambda: json.loads(_checked(http.post("/chat/completions", json=canned.CHAT_REQUEST)).content),
            http.close,
        )

    def httpx_pydantic() -> Variant:
        from benchmarks.raw_models import ChatCompletion

        http = raw_httpx(base_url)
        return (
            lambda: ChatCompletion.model_validate_json(
                _checked(http.post("/chat/completions", json=canned.CHAT_REQUEST)).content
            ),
            http.close,
        )

    def httpx_generated() -> Variant:
        from oaiclient.models import CreateChatCompletionResponse

        http = raw_httpx(base_url)
        return (
            lambda: CreateChatCompletionResponse.model_validate_json(
                _checked(http.post("/chat/completions", json=canned.CHAT_REQUEST)).content
            ),
            http.close,
        )

    def httpx2_json() -> Variant:
        http = raw_httpx2(base_url)
        return (
            lambda: json.loads(_checked(http.post("/chat/completions", json=canned.CHAT_REQUEST)).content),
            http.close,
        )

    def official() -> Variant:
        client = official_client(base_url)
        return lambda: client.chat.completions.create(**canned.CHAT_REQUEST), client.close

    def ours() -> Variant:
        client = our_client(base_url)
        return lambda: client.chat.completions.create(**canned.CHAT_REQUEST), client.close

    return {
        HTTPX_JSON: httpx_json,
        HTTPX_PYDANTIC: httpx_pydantic,
        HTTPX_GENERATED: httpx_generated,
        HTTPX2_JSON: httpx2_json,
        OPENAI: official,
        OURS: ours,
    }


def chat_text(result: Any) -> str:
    if isinstance(result, dict):
        return str(result["choices"][0]["message"]["content"])
    return str(result.choices[0].message.content)


# -- streaming -----------------------------------------------------------------------------


def stream_variants(base_url: str) -> dict[str, Callable[[], Variant]]:
    """Each operation reads one whole stream and returns how many chunks it parsed."""

    def lines(http: Any, parse: Callable[[str], object]) -> Callable[[], int]:
        def run() -> int:
            count = 0
            with http.stream("POST", "/chat/completions", json=STREAM_REQUEST) as response:
                _checked(response)
                for line in response.iter_lines():
                    if line.startswith("data: "):
                        data = line[6:]
                        if data != "[DONE]":
                            parse(data)
                            count += 1
            return count

        return run

    def httpx_json() -> Variant:
        http = raw_httpx(base_url)
        return lines(http, json.loads), http.close

    def httpx_pydantic() -> Variant:
        from benchmarks.raw_models import ChatCompletionChunk

        http = raw_httpx(base_url)
        return lines(http, ChatCompletionChunk.model_validate_json), http.close

    def httpx2_json() -> Variant:
        http = raw_httpx2(base_url)
        return lines(http, json.loads), http.close

    def client_stream(client: Any) -> Callable[[], int]:
        def run() -> int:
            count = 0
            for _ in client.chat.completions.create(**STREAM_REQUEST):
                count += 1
            return count

        return run

    def official() -> Variant:
        client = official_client(base_url)
        return client_stream(client), client.close

    def ours() -> Variant:
        client = our_client(base_url)
        return client_stream(client), client.close

    return {
        HTTPX_JSON: httpx_json,
        HTTPX_PYDANTIC: httpx_pydantic,
        HTTPX2_JSON: httpx2_json,
        OPENAI: official,
        OURS: ours,
    }


# -- embeddings ------------------------------------------------------------------------------


def _floats(encoded: str) -> list[float]:
    vector = array("f")
    vector.frombytes(base64.b64decode(encoded))
    return vector.tolist()


def embedding_variants(base_url: str, encoding: str) -> dict[str, Callable[[], Variant]]:
    """`encoding` is what travels on the wire; every variant hands back lists of floats."""
    body = {"input": canned.EMBEDDING_INPUTS, "model": EMBEDDING_MODEL, "encoding_format": encoding}

    def raw_data(http: Any) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(_checked(http.post("/embeddings", json=body)).content)
        if encoding == "base64":
            for item in data["data"]:
                item["embedding"] = _floats(item["embedding"])
        return data

    def httpx_json() -> Variant:
        http = raw_httpx(base_url)
        return (lambda: raw_data(http)), http.close

    def httpx_pydantic() -> Variant:
        from benchmarks.raw_models import CreateEmbeddingResponse

        http = raw_httpx(base_url)
        if encoding == "float":
            return (
                lambda: CreateEmbeddingResponse.model_validate_json(
                    _checked(http.post("/embeddings", json=body)).content
                ),
                http.close,
            )
        return (lambda: CreateEmbeddingResponse.model_validate(raw_data(http))), http.close

    # Floats on the wire: the clients are asked for them. Base64 on the wire: the clients'
    # default (both ask for base64 and decode it to floats themselves).
    options = {"encoding_format": "float"} if encoding == "float" else {}

    def official() -> Variant:
        client = official_client(base_url)
        return (
            lambda: client.embeddings.create(input=canned.EMBEDDING_INPUTS, model=EMBEDDING_MODEL, **options),
            client.close,
        )

    def ours() -> Variant:
        client = our_client(base_url)
        return (
            lambda: client.embeddings.create(input=canned.EMBEDDING_INPUTS, model=EMBEDDING_MODEL, **options),
            client.close,
        )

    return {HTTPX_JSON: httpx_json, HTTPX_PYDANTIC: httpx_pydantic, OPENAI: official, OURS: ours}


def first_vector(result: Any) -> list[float]:
    if isinstance(result, dict):
        return list(result["data"][0]["embedding"])
    return list(result.data[0].embedding)


# -- decoding alone, no network ---------------------------------------------------------------

DECODE_JSON = "json.loads"
DECODE_PLAIN = "pydantic, hand-written models"
DECODE_EXTRA = "the same + extra=allow"
DECODE_PRIVATE = "the same + a PrivateAttr"
DECODE_LIKE_OURS = "the same + both (oaiclient's base)"
DECODE_GENERATED = "oaiclient.models"


def decode_variants(kind: str) -> dict[str, Callable[[], Variant]]:
    """Turning one answer's bytes into objects: the share of a call that is not transport."""

    def make(build: Callable[[], Callable[[bytes], Any]]) -> Callable[[], Variant]:
        def factory() -> Variant:
            decode = build()
            return (lambda: decode(payload)), lambda: None

        return factory

    from benchmarks import raw_models

    model = "ChatCompletion" if kind == "chat" else "ChatCompletionChunk"
    generated_name = (
        "CreateChatCompletionResponse" if kind == "chat" else "CreateChatCompletionStreamResponse"
    )
    payload = canned.dumps(canned.chat_completion() if kind == "chat" else canned.stream_chunks(1)[1])

    def hand_written(family: Any) -> Callable[[], Callable[[bytes], Any]]:
        return lambda: getattr(family, model).model_validate_json

    def generated() -> Callable[[bytes], Any]:
        import pydantic

        from oaiclient import models

        return pydantic.TypeAdapter(getattr(models, generated_name)).validate_json

    return {
        DECODE_JSON: make(lambda: json.loads),
        DECODE_PLAIN: make(hand_written(raw_models.PLAIN)),
        DECODE_EXTRA: make(hand_written(raw_models.EXTRA_ALLOW)),
        DECODE_PRIVATE: make(hand_written(raw_models.PRIVATE_ATTR)),
        DECODE_LIKE_OURS: make(hand_written(raw_models.LIKE_OURS)),
        DECODE_GENERATED: make(generated),
    }


# -- client construction ---------------------------------------------------------------------


def construction_variants(base_url: str) -> dict[str, Callable[[], Variant]]:
    def make(build: Callable[[str], Any]) -> Callable[[], Variant]:
        return lambda: ((lambda: build(base_url).close()), lambda: None)

    return {HTTPX_JSON: make(raw_httpx), OPENAI: make(official_client), OURS: make(our_client)}


# -- async -------------------------------------------------------------------------------------

AsyncVariant = tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]


def async_variants(base_url: str) -> dict[str, Callable[[], Awaitable[AsyncVariant]]]:
    async def httpx_json() -> AsyncVariant:
        import httpx

        http = httpx.AsyncClient(base_url=base_url, headers=AUTH, limits=_pool_limits(httpx))

        async def call() -> Any:
            return json.loads(
                _checked(await http.post("/chat/completions", json=canned.CHAT_REQUEST)).content
            )

        return call, http.aclose

    async def httpx2_json() -> AsyncVariant:
        import httpx2

        http = httpx2.AsyncClient(base_url=base_url, headers=AUTH, limits=_pool_limits(httpx2))

        async def call() -> Any:
            return json.loads(
                _checked(await http.post("/chat/completions", json=canned.CHAT_REQUEST)).content
            )

        return call, http.aclose

    async def aiohttp_json() -> AsyncVariant:
        import aiohttp

        session = aiohttp.ClientSession(headers=AUTH, connector=aiohttp.TCPConnector(limit=1000))
        url = base_url + "/chat/completions"
        headers = {"Content-Type": "application/json"}

        async def call() -> Any:
            # Encoded per call, as the other variants do.
            payload = json.dumps(canned.CHAT_REQUEST).encode()
            async with session.post(url, data=payload, headers=headers) as response:
                if response.status != 200:
                    raise RuntimeError(f"unexpected status {response.status}")
                return json.loads(await response.read())

        return call, session.close

    async def official() -> AsyncVariant:
        import openai

        client = openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url)
        return (lambda: client.chat.completions.create(**canned.CHAT_REQUEST)), client.close

    async def ours() -> AsyncVariant:
        import oaiclient

        client = oaiclient.AsyncOpenAI(api_key=API_KEY, base_url=base_url)
        return (lambda: client.chat.completions.create(**canned.CHAT_REQUEST)), client.close

    async def ours_on_httpx() -> AsyncVariant:
        import httpx
        import oaiclient

        http = httpx.AsyncClient(limits=_pool_limits(httpx), follow_redirects=True)
        client = oaiclient.AsyncOpenAI(api_key=API_KEY, base_url=base_url, http_client=http)
        return (lambda: client.chat.completions.create(**canned.CHAT_REQUEST)), client.close

    return {
        HTTPX_JSON: httpx_json,
        HTTPX2_JSON: httpx2_json,
        AIOHTTP_JSON: aiohttp_json,
        OPENAI: official,
        OURS: ours,
        OURS_ON_HTTPX: ours_on_httpx,
    }


async def calls_per_second(
    call: Callable[[], Awaitable[Any]], total: int, concurrency: int
) -> tuple[float, float]:
    """Calls per second by the wall clock, and per second of this process's CPU time, on
    a warm pool: one untimed call per worker first. Between two samples of a client the
    other clients run for longer than httpx's 5 s keep-alive, and a sample at concurrency
    50 would otherwise time opening 50 connections for the clients that keep idle ones 5 s
    (ours, httpx, openai) but not for aiohttp, which keeps them 15 s."""
    await asyncio.gather(*(call() for _ in range(concurrency)))
    each = max(1, total // concurrency)

    async def worker() -> None:
        for _ in range(each):
            await call()

    cpu = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return each * concurrency / wall, each * concurrency / cpu if cpu > 0 else float("nan")


def sample_calls(rate: float, settings: Settings) -> int:
    """Calls in one async sample of a client that made `rate` calls/s while warming up."""
    wanted = int(rate * settings.async_seconds)
    return min(max(wanted, settings.async_calls), 10 * settings.async_calls)


async def run_async(base_url: str, settings: Settings, server: ServerProcess) -> list[Group]:
    factories = async_variants(base_url)
    variants = {name: await factory() for name, factory in factories.items()}
    calls: dict[str, int] = {}
    try:
        for name, (call, _) in variants.items():
            text = chat_text(await call())
            if text != canned.CHAT_TEXT:
                raise RuntimeError(f"{name}: wrong answer {text!r}")
            # Warm: connections opened, code paths hot; and the rate that sizes the samples,
            # the best of three short runs after a collection: a pause in a single run once
            # cut a client's samples to a third, and ten calls a worker at concurrency 50
            # measure the ramp more than the calls.
            gc.collect()
            rate = max([(await calls_per_second(call, 60, 10))[0] for _ in range(3)])
            calls[name] = sample_calls(rate, settings)
        groups = []
        for concurrency in settings.concurrency:
            group = Group(
                id=f"async_c{concurrency}",
                title=f"Async chat calls, concurrency {concurrency}",
                kind="rate",
                unit="calls/s",
                baseline=HTTPX_JSON,
                baseline_pool=list(RAW_ASYNC),
            )
            cpu, wall = server.cpu_seconds(), time.perf_counter()
            for number, order in enumerate(rotations(list(variants), settings.rounds), 1):
                for name in order:
                    gc.collect()
                    rate, cpu_rate = await calls_per_second(variants[name][0], calls[name], concurrency)
                    group.add(name, rate, cpu_rate)
                print(f"  {group.id}: round {number}/{settings.rounds}", file=sys.stderr, flush=True)
            _server_share(group, server, cpu, wall)
            group.notes.append(
                "Calls per sample (sized by each client's warm-up rate): "
                + ", ".join(f"{name} {count:,}" for name, count in calls.items())
                + "."
            )
            groups.append(group)
        return groups
    finally:
        for _, close in variants.values():
            await close()


# -- running ---------------------------------------------------------------------------------


def _server_share(group: Group, server: ServerProcess, cpu_before: float, wall_before: float) -> None:
    wall = time.perf_counter() - wall_before
    group.extra["server_cpu_share"] = (server.cpu_seconds() - cpu_before) / wall if wall > 0 else 0.0


def measure(
    group: Group,
    factories: dict[str, Callable[[], Variant]],
    settings: Settings,
    server: ServerProcess,
    *,
    count: int,
    check: Callable[[str, Any], None],
    to_value: Callable[[float, Any], float] = lambda seconds, _: seconds,
    warm: int = 5,
) -> Group:
    """Build every variant, check one answer of each, warm it up, then interleave."""
    built = {name: factory() for name, factory in factories.items()}
    try:
        last: dict[str, Any] = {}
        for name, (operation, _) in built.items():
            last[name] = operation()
            check(name, last[name])
            for _ in range(warm):
                operation()

        def timed(name: str) -> Callable[[], tuple[float, float]]:
            operation = built[name][0]

            def run() -> tuple[float, float]:
                wall, cpu = per_op_times(operation, count)
                return to_value(wall, last[name]), to_value(cpu, last[name])

            return run

        cpu, wall = server.cpu_seconds(), time.perf_counter()
        interleave(group, {name: timed(name) for name in built}, settings.rounds)
        _server_share(group, server, cpu, wall)
        return group
    finally:
        for _, close in built.values():
            close()


def run_sync(base_url: str, settings: Settings, server: ServerProcess) -> list[Group]:
    sizes = server.sizes
    groups = []

    def check_chat(name: str, result: Any) -> None:
        if chat_text(result) != canned.CHAT_TEXT:
            raise RuntimeError(f"{name}: wrong answer {chat_text(result)!r}")

    groups.append(
        measure(
            Group("sync_chat", "Sync chat call", "time", "us/call", HTTPX_PYDANTIC),
            chat_variants(base_url),
            settings,
            server,
            count=settings.chat_calls,
            check=check_chat,
            warm=20,
        )
    )

    expected_chunks = sizes.stream_chunks + 2

    def check_stream(name: str, count: int) -> None:
        if count != expected_chunks:
            raise RuntimeError(f"{name}: {count} chunks, expected {expected_chunks}")

    groups.append(
        measure(
            Group("stream", f"Streaming ({expected_chunks} chunks a stream)", "rate", "chunks/s", HTTPX_JSON),
            stream_variants(base_url),
            settings,
            server,
            count=settings.streams,
            check=check_stream,
            to_value=lambda seconds, count: count / seconds,
            warm=2,
        )
    )

    expected_vector = canned.embedding_vectors(1, sizes.dims)[0]

    def check_vectors(name: str, result: Any) -> None:
        if first_vector(result) != expected_vector:
            raise RuntimeError(f"{name}: wrong vector")

    for encoding in ("float", "base64"):
        groups.append(
            measure(
                Group(
                    f"embeddings_{encoding}",
                    f"Embeddings, {encoding} on the wire ({sizes.vectors} x {sizes.dims} floats back)",
                    "rate",
                    "calls/s",
                    HTTPX_JSON,
                ),
                embedding_variants(base_url, encoding),
                settings,
                server,
                count=settings.embedding_calls,
                check=check_vectors,
                to_value=lambda seconds, _: 1.0 / seconds,
                warm=3,
            )
        )

    for kind, title in (("chat", "the chat completion"), ("chunk", "one stream chunk")):
        groups.append(
            measure(
                Group(f"decode_{kind}", f"Decoding {title}, no network", "time", "us/decode", DECODE_PLAIN),
                decode_variants(kind),
                settings,
                server,
                count=settings.decodes,
                check=lambda name, result: None,
                warm=50,
            )
        )

    if settings.constructions == 0:
        return groups
    groups.append(
        measure(
            Group("construct", "Building a client (and closing it)", "time", "us/client", HTTPX_JSON),
            construction_variants(base_url),
            settings,
            server,
            count=settings.constructions,
            check=lambda name, result: None,
            warm=1,
        )
    )
    return groups


def capacity(server: ServerProcess, quick: bool) -> dict[str, Any]:
    """What the server sustains, from a pipelining load generator in a third process."""
    results = {}
    for route in ("chat", "stream"):
        command = [
            sys.executable,
            "-m",
            "benchmarks.loadgen",
            "--port",
            str(server.port),
            "--route",
            route,
            "--seconds",
            "1" if quick else "2",
        ]
        before = server.cpu_seconds()
        started = time.perf_counter()
        output = subprocess.run(
            command, cwd=ROOT, env=bench_env(), capture_output=True, text=True, check=True, timeout=60
        ).stdout
        wall = time.perf_counter() - started
        result = json.loads(output)
        result["server_cpu_share"] = (server.cpu_seconds() - before) / wall
        results[route] = result
    return results


def bench_env() -> dict[str, str]:
    """The environment of every benchmark process: no proxies, no OPENAI_* settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("OPENAI_") and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")
    }
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    # The generator and the client from SOURCE first; `benchmarks` itself from the project.
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), str(SOURCE / "generated"), str(ROOT)])
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True, help="write the results here")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    os.environ.clear()
    os.environ.update(bench_env())
    settings = Settings.for_mode(args.quick)
    # Not pinned to CPUs on purpose: pinning the server and the client to different cores
    # made a loopback round trip 4x slower here (cross-core wake-ups), which would add a
    # constant to every call; the scheduler's placement is also what users get.
    with ServerProcess(canned.Sizes()) as server:
        started = time.perf_counter()
        cap = capacity(server, args.quick)
        groups = run_sync(server.base_url, settings, server)
        groups += asyncio.run(run_async(server.base_url, settings, server))
        elapsed = time.perf_counter() - started
    for group in groups:
        group.extra.setdefault("rounds", settings.rounds)
    groups.append(
        Group(
            "wire_meta",
            "wire settings",
            "meta",
            "",
            "",
            extra={"capacity": cap, "settings": settings.__dict__, "seconds": elapsed},
        )
    )
    dump_groups(groups, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
