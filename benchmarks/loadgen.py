"""How much the canned server sustains: a pipelining load generator (standard library only).

    python -m benchmarks.loadgen --port N --route chat|stream [--seconds S]

Opens a few keep-alive connections to 127.0.0.1:N and on each sends requests in batches
of `--depth` at once (HTTP/1.1 pipelining), reading back exactly as many bytes as that
many answers hold (the server's answers are canned, so their length is known after the
first). Stops after `--seconds` or `--max-requests`, whichever comes first, and prints one
JSON line: requests, seconds, requests per second, and for streams, chunks per second.
The generator is Python too, so the numbers are lower bounds of what the server can do.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

from benchmarks import canned


def _request(route: str) -> bytes:
    body = canned.dumps({**canned.CHAT_REQUEST, "stream": True} if route == "stream" else canned.CHAT_REQUEST)
    return (
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        b"authorization: Bearer sk-bench\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)
    )


async def _answer_length(port: int, request: bytes) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16 * 1024 * 1024)
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head:
        body = await reader.readuntil(b"\r\n0\r\n\r\n")
    else:
        length = int(head.split(b"content-length: ", 1)[1].split(b"\r\n", 1)[0])
        body = await reader.readexactly(length)
    writer.close()
    return len(head) + len(body)


async def run(port: int, route: str, seconds: float, connections: int, depth: int, max_requests: int) -> dict:
    request = _request(route)
    size = await _answer_length(port, request)
    deadline = time.perf_counter() + seconds
    done = 0

    async def connection() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        batch = request * depth
        try:
            while time.perf_counter() < deadline and done < max_requests:
                writer.write(batch)
                await reader.readexactly(size * depth)
                done += depth
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(connections)))
    elapsed = time.perf_counter() - started
    result = {"route": route, "requests": done, "seconds": elapsed, "requests_per_s": done / elapsed}
    if route == "stream":
        chunks = len(canned.sse_events(canned.Sizes().stream_chunks)) - 1
        result["chunks_per_s"] = done * chunks / elapsed
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--route", choices=("chat", "stream"), default="chat")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--depth", type=int, default=32)
    parser.add_argument("--max-requests", type=int, default=2_000_000)
    args = parser.parse_args(argv)
    seconds = min(args.seconds, 30.0)
    result = asyncio.run(run(args.port, args.route, seconds, args.connections, args.depth, args.max_requests))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
