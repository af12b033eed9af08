"""A live ``timeline serve`` (gunicorn) for the tests that talk to the real server over HTTP."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(**extra: str) -> dict:
    """The environment without any key settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TIMELINE_API_KEY", "TIMELINE_API_KEYS_FILE", "TIMELINE_READS_NEED_KEY")}
    env.update(extra)
    return env


@contextmanager
def served(db: Path, *, workers: int = 2, env: dict | None = None, args: tuple = (), log=None):
    """``timeline serve`` on ``db`` at a free port, once /health answers; yields (port, process)."""
    port = free_port()
    process = subprocess.Popen(
        [str(BIN / "timeline"), "--db", str(db), "serve", "--port", str(port), "--workers", str(workers), *args],
        env=env or clean_env(), stdout=log or subprocess.DEVNULL, stderr=log or subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the server did not start")
                time.sleep(0.2)
        yield port, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Server:
    """``served`` as an object for session fixtures: started now, until ``stop``."""

    def __init__(self, db: Path, *, workers: int = 1):
        self._stack = ExitStack()
        self.port, self.process = self._stack.enter_context(served(db, workers=workers))
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop the server."""
        self._stack.close()
