#!/usr/bin/env python3
"""Instructions per async chat call, counted by valgrind: a figure this machine's noise
does not move.

    python3 benchmarks/instructions.py [--calls N] [--concurrency 1,10,50]

On a shared two-core machine the async rates swing by a third between rounds, which
hides a change of a few per cent in the client's own code. The number of instructions
the client process runs per call varies by about 1 % from run to run (without the
network, with the hash seed fixed, it repeats exactly, but a change of memory layout
moves it by up to about 2,000 instructions: smaller differences are not resolved). So
each variant runs under `valgrind --tool=cachegrind --cache-sim=no` twice: once making
BASE_CALLS calls, once BASE_CALLS + N calls. The difference divided by N is the count per call;
start-up, imports and warm-up cancel out. The canned server (benchmarks/server.py) runs
in its own process, outside valgrind.

Variants:
- aiohttp + json: the baseline of the async targets (as in benchmarks/wire.py);
- aiohttp + pydantic: aiohttp sending exactly our request (our headers, the body from
  pydantic-core's `to_json`) and pydantic-core validating the answer into our model:
  our client's work on aiohttp's client, with nothing of ours in between;
- oaiclient: our client (its plain calls on its own connections, runtime/_http11.py).

Two more lines say where our client's instructions go, without the network: our client
with its connection pool replaced by one that answers the canned chat completion at once
(our code, pydantic-core's work and the event loop's), and pydantic-core's work alone
(`to_json` of the request, `validate_json` of the answer).

Instructions are not time (a cache miss costs more than an add), so this judges changes
to our own code; the targets are judged by benchmarks/run.py. Needs valgrind (Debian's
package `valgrind`) and the client environment that benchmarks/run.py creates.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AIOHTTP_JSON = "aiohttp + json"
AIOHTTP_PYDANTIC = "aiohttp + pydantic"
OURS = "oaiclient"
VARIANTS = (AIOHTTP_JSON, AIOHTTP_PYDANTIC, OURS)
# Without the network (concurrency 1 only).
OURS_ALONE = "oaiclient, its connection pool answering at once"
PYDANTIC_ALONE = "pydantic-core alone: to_json + validate_json"
OFFLINE = (OURS_ALONE, PYDANTIC_ALONE)
# Calls made before the counted ones in both runs (per worker, to warm the pool and the code).
WARM_CALLS = 20
BASE_CALLS = 100
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _shaped_pydantic(base_url: str) -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
    """aiohttp sending the request our client sends, validated as our client does."""
    import aiohttp
    from pydantic_core import to_json
    from yarl import URL

    from benchmarks import canned
    from benchmarks.wire import API_KEY
    from oaiclient._models import type_adapter
    from oaiclient.models import CreateChatCompletionResponse

    validator = type_adapter(CreateChatCompletionResponse).validator
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1000, limit_per_host=0),
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        trust_env=False,
    )
    timeout = aiohttp.ClientTimeout(total=None, connect=605, sock_connect=5, sock_read=600)
    url = URL(base_url + "/chat/completions", encoded=True)
    headers = [
        ("Host", f"{url.raw_host}:{url.port}"),
        ("Accept-Encoding", "gzip, deflate"),
        ("Connection", "keep-alive"),
        ("Accept", "application/json"),
        ("User-Agent", "oaiclient/Python 0.1.0"),
        ("Authorization", f"Bearer {API_KEY}"),
        ("Content-Type", "application/json"),
    ]

    async def call() -> Any:
        payload = to_json(canned.CHAT_REQUEST)
        answer = await session.request(
            "POST",
            url,
            headers=[*headers, ("Content-Length", str(len(payload)))],
            skip_auto_headers=None,
            data=payload,
            allow_redirects=False,
            timeout=timeout,
        )
        if answer.status != 200:
            raise RuntimeError(f"unexpected status {answer.status}")
        return validator.validate_json(await answer.read())

    return call, session.close


def _ours_alone() -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
    """Our client, its connections replaced by a pool that answers at once (our own
    transport code still runs, and the answer is made as a connection makes it)."""
    import oaiclient
    from benchmarks import canned
    from benchmarks.wire import API_KEY
    from oaiclient._aiohttp_transport import _version
    from oaiclient._http11 import Answer

    body = canned.dumps(canned.chat_completion())
    headers = (
        (b"Content-Type", b"application/json"),
        (b"x-request-id", b"req-1"),
        (b"Content-Length", str(len(body)).encode()),
    )

    class Pool:
        async def fetch(self, *args: Any) -> tuple[Answer, bytes]:
            noted = {b"content-length": [headers[2][1]], b"x-request-id": [b"req-1"]}
            return Answer(200, "OK", _version("1.1"), headers, noted), body

    client = oaiclient.AsyncOpenAI(api_key=API_KEY, base_url="http://127.0.0.1:9/v1")
    pool = Pool()
    client._http._aiohttp._current_pool = lambda: pool  # type: ignore[attr-defined]
    return (lambda: client.chat.completions.create(**canned.CHAT_REQUEST)), client.close


def _pydantic_alone() -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
    from pydantic_core import to_json

    from benchmarks import canned
    from oaiclient._models import type_adapter
    from oaiclient.models import CreateChatCompletionResponse

    validator = type_adapter(CreateChatCompletionResponse).validator
    body = canned.dumps(canned.chat_completion())

    async def call() -> Any:
        to_json(canned.CHAT_REQUEST)
        return validator.validate_json(body)

    async def close() -> None:
        return None

    return call, close


async def _calls(variant: str, base_url: str, calls: int, concurrency: int) -> None:
    """The child: WARM_CALLS per worker, then `calls` in all, `concurrency` at a time."""
    from benchmarks.wire import async_variants

    if variant == AIOHTTP_PYDANTIC:
        call, close = _shaped_pydantic(base_url)
    elif variant == OURS_ALONE:
        call, close = _ours_alone()
    elif variant == PYDANTIC_ALONE:
        call, close = _pydantic_alone()
    else:
        call, close = await async_variants(base_url)[variant]()

    async def worker(count: int) -> None:
        for _ in range(count):
            await call()

    await asyncio.gather(*(worker(WARM_CALLS) for _ in range(concurrency)))
    await asyncio.gather(*(worker(calls // concurrency) for _ in range(concurrency)))
    await close()


def count(python: str, variant: str, base_url: str, calls: int, concurrency: int) -> int:
    """Instructions run by a child making `calls` calls (plus its start-up)."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        python,
        "-m",
        "benchmarks.instructions",
        "--child",
        variant,
        base_url,
        str(calls),
        str(concurrency),
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    env["PYTHONHASHSEED"] = "0"  # the same dict layouts in every run: counts repeat more closely
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{variant} at concurrency {concurrency} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_call(python: str, variant: str, base_url: str, calls: int, concurrency: int) -> float:
    # The two runs are independent: side by side on the two cores (counts do not depend on timing).
    with ThreadPoolExecutor(2) as pool:
        short, long = pool.map(
            lambda n: count(python, variant, base_url, n, concurrency), (BASE_CALLS, BASE_CALLS + calls)
        )
    return (long - short) / calls


def table(results: dict[str, dict[int, float]], concurrencies: list[int]) -> list[str]:
    lines = [
        "| variant | " + " | ".join(f"c={c}: instructions per call, ratio" for c in concurrencies) + " |",
        "|---|" + "---:|" * len(concurrencies),
    ]
    for variant in VARIANTS:
        cells = []
        for concurrency in concurrencies:
            value, base = results[variant][concurrency], results[AIOHTTP_JSON][concurrency]
            cells.append(f"{value / 1000:,.1f}k, {value / base:.3f}x")
        lines.append(f"| {variant} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500, help="counted calls per variant (default 500)")
    parser.add_argument("--concurrency", default="1,10,50")
    parser.add_argument("--child", nargs=4, metavar=("VARIANT", "BASE_URL", "CALLS", "CONCURRENCY"))
    args = parser.parse_args(argv)
    if args.child:
        variant, base_url, calls, concurrency = args.child
        asyncio.run(_calls(variant, base_url, int(calls), int(concurrency)))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    if args.calls <= 0 or any(c <= 0 or args.calls % c for c in concurrencies):
        parser.error("--calls must be a positive multiple of every concurrency")

    from benchmarks.run import ensure_venv
    from benchmarks.server import ServerProcess

    python = str(ensure_venv("client"))
    results: dict[str, dict[int, float]] = {variant: {} for variant in VARIANTS}
    with ServerProcess() as server:
        for concurrency in concurrencies:
            for variant in VARIANTS:
                results[variant][concurrency] = per_call(
                    python, variant, server.base_url, args.calls, concurrency
                )
                print(
                    f"  c={concurrency} {variant}: {results[variant][concurrency]:,.0f} instructions per call",
                    file=sys.stderr,
                    flush=True,
                )
        offline = {variant: per_call(python, variant, server.base_url, args.calls, 1) for variant in OFFLINE}
    print("\n".join(table(results, concurrencies)))
    print()
    for variant, value in offline.items():
        print(f"- {variant}: {value / 1000:,.1f}k instructions per call")
    print(f"- so our own code: {(offline[OURS_ALONE] - offline[PYDANTIC_ALONE]) / 1000:,.1f}k per call")
    return 0


if __name__ == "__main__":
    sys.exit(main())
