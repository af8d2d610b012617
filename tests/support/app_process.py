"""`lead ui` in a subprocess for tests: a free port on the default host (which must be loopback), offline brain,
its own LEAD_HOME (reusing the session's built index when there is one), output captured for inspection."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class AppProcess:
    """A running `lead ui`: its URL, home folder and process; `output()` stops it and returns stdout+stderr."""

    url: str
    home: Path
    proc: subprocess.Popen
    log: Path

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop within 10 s)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def output(self) -> str:
        """Everything the server printed so far (stdout and stderr interleaved)."""
        return self.log.read_text(encoding="utf-8", errors="replace")


def start_app(home: Path, *, index_from: Path | None = None, extra_env: dict[str, str] | None = None,
              timeout: float = 150) -> AppProcess:
    """Start `lead ui` with LEAD_HOME=home and wait until it answers on 127.0.0.1; raises with its output if it dies."""
    home.mkdir(parents=True, exist_ok=True)
    if index_from is not None and (index_from / "index").is_dir() and not (home / "index").exists():
        shutil.copytree(index_from / "index", home / "index")
    port = free_port()
    env = {**os.environ, "LEAD_HOME": str(home), "LEAD_UI_PORT": str(port),
           "LEAD_BRAIN": "offline", "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
           "ORT_DISABLE_TELEMETRY": "1", "NO_PROXY": "127.0.0.1,localhost", **(extra_env or {})}
    for name in ("LEAD_UI_AUTH", "LEAD_UI_HOST"):  # the default address is part of what is tested
        env.pop(name, None)
    lead = Path(sys.executable).with_name("lead")
    cmd = [str(lead), "ui"] if lead.exists() else [sys.executable, "-m", "agent.cli", "ui"]
    log = Path(tempfile.mkstemp(prefix="lead-ui-", suffix=".log")[1])
    with log.open("wb") as sink:  # a file, not a pipe: a chatty server can never block on a full pipe
        proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=sink, stderr=subprocess.STDOUT)
    app = AppProcess(f"http://127.0.0.1:{port}/", home, proc, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"`lead ui` exited with {proc.returncode}:\n{app.output()[-3000:]}")
        try:
            with urllib.request.urlopen(app.url, timeout=2) as resp:
                if resp.status == 200:
                    return app
        except OSError:
            time.sleep(0.3)
    app.stop()
    raise RuntimeError(f"`lead ui` did not answer on {app.url} within {timeout:.0f} s:\n{app.output()[-3000:]}")
