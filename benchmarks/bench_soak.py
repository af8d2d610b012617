"""Soak: `lead ui` (offline brain) in a subprocess, 20 gradio_client sessions chatting without pause for
LEAD_SOAK_SECONDS (default 120) on 127.0.0.1. Reports errors, turns completed, p50/p95 turn latency and the
server's memory growth (RSS after warm-up vs at the end, from /proc/<pid>/status)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.bench_ui import SESSIONS, _load, _session, _start
from benchmarks.stats import percentile

MAX_TURNS_PER_SESSION = 10_000  # a bound on the loop whatever the duration


def _rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (NaN when /proc is not available)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _drain(stream) -> None:
    """Read the server's stderr so a chatty server never blocks on a full pipe."""
    for _ in iter(stream.readline, ""):
        pass


def run() -> list[dict]:
    """Start the app, warm it up, soak it with 20 sessions, and report errors, latency and memory growth."""
    seconds = float(os.environ.get("LEAD_SOAK_SECONDS", "120"))
    home = Path(tempfile.mkdtemp(prefix="lead-bench-soak-"))
    proc, url = _start(home)
    threading.Thread(target=_drain, args=(proc.stderr,), daemon=True).start()
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(2.0):
            peak[0] = max(peak[0], _rss_mb(proc.pid))

    try:
        _load(url, 1, 1)  # index, models, caches
        _load(url, SESSIONS, 1)  # every session's first-turn allocations
        rss_start = _rss_mb(proc.pid)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = time.monotonic() + seconds
        started = time.perf_counter()
        workers = [threading.Thread(target=_session, args=(url, i, MAX_TURNS_PER_SESSION, latencies, errors, lock, deadline))
                   for i in range(SESSIONS)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=seconds + 120)
        wall = time.perf_counter() - started
        rss_end = _rss_mb(proc.pid)
        alive = proc.poll() is None
    finally:
        stop.set()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(home, ignore_errors=True)
    for problem in errors[:5]:
        print(f"   error: {problem}", flush=True)
    growth = rss_end - rss_start
    growth_pct = 100 * growth / rss_start if rss_start else float("nan")
    return [
        {"name": f"soak: errors, {SESSIONS} sessions for {seconds:.0f} s", "value": len(errors), "unit": "errors",
         "target": "0", "ok": not errors and alive},
        {"name": "soak: turns completed", "value": len(latencies), "unit": "turns", "target": "> 0",
         "ok": len(latencies) > 0},
        {"name": "soak: throughput", "value": len(latencies) / wall if wall else 0.0, "unit": "turns/s"},
        {"name": "soak: turn latency p50", "value": percentile(latencies, 0.5), "unit": "s"},
        {"name": "soak: turn latency p95", "value": percentile(latencies, 0.95), "unit": "s", "target": "< 10 s",
         "ok": percentile(latencies, 0.95) < 10},
        {"name": "soak: server RSS after warm-up", "value": rss_start, "unit": "MB"},
        {"name": "soak: server RSS at the end", "value": rss_end, "unit": "MB"},
        {"name": "soak: server RSS peak", "value": max(peak[0], rss_end), "unit": "MB"},
        {"name": "soak: server memory growth", "value": growth_pct, "unit": "%", "target": "< 25 %",
         "ok": growth_pct < 25},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
