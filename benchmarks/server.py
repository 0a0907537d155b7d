"""A canned-bytes HTTP/1.1 server for the client benchmarks (standard library only).

It runs in its own process (so the client being measured has the other core), binds
127.0.0.1 only, and answers from bytes prepared at start-up, so that the server costs as
little as possible per request: an `asyncio.Protocol` that finds the end of the headers,
reads `Content-Length` (or a chunked body), picks the prepared answer by method, path and
two substrings of the body, and writes it. Keep-alive and pipelining are supported.

    POST /v1/chat/completions   the chat completion; a text/event-stream of
                                `--stream-chunks` chunks when the body has "stream": true
    POST /v1/embeddings         `--vectors` x `--dims` floats; base64 when the body asks for it
    GET  /v1/models             a list of 20 models
    anything else               404 with an OpenAI-style error body

Start it with `python -m benchmarks.server`; it prints `PORT <n>` once listening and stops
when its standard input closes, on SIGTERM, or after `--max-seconds`, whichever is first.
`ServerProcess` does all of that from Python.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import canned

ROOT = Path(__file__).resolve().parent.parent
# Where the generator, the spec and the generated client are taken from: the project itself,
# or the snapshot of it that benchmarks/run.py takes at the start of a run (so that edits
# made while the suite runs do not change what it measures half-way).
SOURCE = Path(os.environ.get("BENCH_SOURCE") or ROOT).resolve()
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024


def _response(status: str, content_type: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "x-request-id: req_bench\r\n"
        "openai-processing-ms: 1\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _stream_response(events: list[bytes]) -> bytes:
    # One HTTP chunk per event, as a real server flushes each event on its own.
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
        b"transfer-encoding: chunked\r\nx-request-id: req_bench\r\n\r\n"
    )
    parts = [head]
    for event in events:
        parts.append(b"%x\r\n%s\r\n" % (len(event), event))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


class Answers:
    """Every answer the server gives, as prepared bytes."""

    def __init__(self, sizes: canned.Sizes) -> None:
        self.sizes = sizes
        self.chat = _response("200 OK", "application/json", canned.dumps(canned.chat_completion()))
        self.stream = _stream_response(canned.sse_events(sizes.stream_chunks))
        self.embeddings_float = _response(
            "200 OK",
            "application/json",
            canned.dumps(canned.embeddings_response(sizes.vectors, sizes.dims, "float")),
        )
        self.embeddings_base64 = _response(
            "200 OK",
            "application/json",
            canned.dumps(canned.embeddings_response(sizes.vectors, sizes.dims, "base64")),
        )
        self.models = _response("200 OK", "application/json", canned.dumps(canned.models_list()))
        self.not_found = _response(
            "404 Not Found",
            "application/json",
            b'{"error":{"message":"Unknown route","type":"invalid_request_error","param":null,"code":null}}',
        )

    def pick(self, method: bytes, target: bytes, body: bytes) -> bytes:
        path = target.split(b"?", 1)[0]
        if method == b"POST" and path == b"/v1/chat/completions":
            if b'"stream":true' in body or b'"stream": true' in body:
                return self.stream
            return self.chat
        if method == b"POST" and path == b"/v1/embeddings":
            return self.embeddings_base64 if b'"base64"' in body else self.embeddings_float
        if method == b"GET" and path == b"/v1/models":
            return self.models
        return self.not_found


class _Protocol(asyncio.Protocol):
    def __init__(self, answers: Answers, stats: dict[str, int]) -> None:
        self.answers = answers
        self.stats = stats
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.stats["connections"] += 1

    def data_received(self, data: bytes) -> None:
        self.buffer = self.buffer + data if self.buffer else data
        # Every complete request in the buffer (pipelining), in order.
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEADER_BYTES:
                    self._fail()
                return
            head = self.buffer[:end]
            request_line, _, header_block = head.partition(b"\r\n")
            parts = request_line.split(b" ")
            if len(parts) != 3:
                self._fail()
                return
            method, target = parts[0], parts[1]
            length = 0
            chunked = False
            close = False
            for line in header_block.split(b"\r\n"):
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip())
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            start = end + 4
            if chunked:
                decoded = _dechunk(self.buffer, start)
                if decoded is None:
                    if len(self.buffer) - start > MAX_BODY_BYTES:
                        self._fail()
                    return
                body, consumed = decoded
            else:
                if length > MAX_BODY_BYTES:
                    self._fail()
                    return
                if len(self.buffer) < start + length:
                    return
                body, consumed = self.buffer[start : start + length], start + length
            self.buffer = self.buffer[consumed:]
            self.stats["requests"] += 1
            self.transport.write(self.answers.pick(method, target, body))
            if close:
                self.transport.close()
                self.transport = None

    def _fail(self) -> None:
        if self.transport is not None:
            self.transport.write(_response("400 Bad Request", "text/plain", b"bad request"))
            self.transport.close()
            self.transport = None

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


def _dechunk(buffer: bytes, start: int) -> tuple[bytes, int] | None:
    """(body, offset after it) of a chunked body starting at `start`; None if incomplete."""
    parts: list[bytes] = []
    position = start
    while True:
        line_end = buffer.find(b"\r\n", position)
        if line_end < 0:
            return None
        size = int(buffer[position:line_end].split(b";", 1)[0], 16)
        position = line_end + 2
        if size == 0:
            trailer_end = buffer.find(b"\r\n\r\n", position - 2)
            if trailer_end < 0:
                return None
            return b"".join(parts), trailer_end + 4
        if len(buffer) < position + size + 2:
            return None
        parts.append(buffer[position : position + size])
        position += size + 2


async def serve(port: int, sizes: canned.Sizes, max_seconds: float, ready: object = None) -> None:
    loop = asyncio.get_running_loop()
    answers = Answers(sizes)
    stats = {"connections": 0, "requests": 0}
    server = await loop.create_server(
        lambda: _Protocol(answers, stats), "127.0.0.1", port, backlog=1024, reuse_address=True
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    # The parent holds our standard input: when it goes away, so do we.
    try:
        loop.add_reader(
            sys.stdin.fileno(), lambda: stop.set() if not os.read(sys.stdin.fileno(), 1) else None
        )
    except (OSError, ValueError):
        pass
    try:
        await asyncio.wait_for(stop.wait(), timeout=max_seconds)
    except TimeoutError:
        pass
    server.close()
    print(f"served {stats['requests']} requests on {stats['connections']} connections", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--stream-chunks", type=int, default=canned.Sizes.stream_chunks)
    parser.add_argument("--vectors", type=int, default=canned.Sizes.vectors)
    parser.add_argument("--dims", type=int, default=canned.Sizes.dims)
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    sizes = canned.Sizes(args.stream_chunks, args.vectors, args.dims)
    asyncio.run(serve(args.port, sizes, args.max_seconds))
    return 0


class ServerProcess:
    """The server in a child process: `with ServerProcess() as server: server.base_url`."""

    def __init__(
        self,
        sizes: canned.Sizes = canned.Sizes(),
        *,
        python: str = sys.executable,
        cpu: int | None = None,
        max_seconds: float = 1800.0,
    ) -> None:
        self.sizes = sizes
        command = [
            python,
            "-m",
            "benchmarks.server",
            "--stream-chunks",
            str(sizes.stream_chunks),
            "--vectors",
            str(sizes.vectors),
            "--dims",
            str(sizes.dims),
            "--max-seconds",
            str(max_seconds),
        ]
        if cpu is not None:
            command += ["--cpu", str(cpu)]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        self.port = int(line.split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def cpu_seconds(self) -> float:
        """User plus system CPU time the server has used so far (Linux; 0.0 elsewhere)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(main())
