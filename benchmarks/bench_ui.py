"""Load on the app: `lead ui` (offline brain) in a subprocess, then 20 concurrent gradio_client sessions of
5 chat turns each. Reports errors, p50/p95 turn latency, the ratio to one session alone (same run), and CPU per
turn measured separately for the server process (from /proc) and for the load generator (this process).
`LEAD_BENCH_BASELINE=<another checkout>` also runs that checkout's app beside this one's and loads the two in turn,
for a paired comparison of server CPU per turn in the same minutes."""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from benchmarks.stats import percentile

SESSIONS = 20
TURNS = 5
QUESTIONS = [
    "My VP wants Priya moved off the fraud model to the LLM summarizer on Monday. Should I move her now?",
    "Draft a message to the head of product about when the LLM summarizer will realistically launch.",
    "Prepare my 1-on-1 with Marco this week.",
    "Triage the five incoming requests in my inbox.",
    "What kind of ML organization are we? ML sits in an R&D arm and we publish often.",
]
REPO = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(home: Path, root: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start `lead ui`: the installed command, or, for a checkout given as `root`, its own code."""
    port = _free_port()
    env = {**os.environ, "LEAD_HOME": str(home), "LEAD_UI_PORT": str(port), "LEAD_UI_HOST": "127.0.0.1",
           "LEAD_BRAIN": "offline", "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
           "NO_PROXY": "127.0.0.1,localhost"}
    env.pop("LEAD_UI_AUTH", None)
    lead = Path(sys.executable).with_name("lead")
    cmd = [str(lead), "ui"] if lead.exists() and root is None else [sys.executable, "-m", "agent.cli", "ui"]
    proc = subprocess.Popen(cmd, env=env, cwd=root or REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"`lead ui` exited with {proc.returncode}: {proc.stderr.read()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("`lead ui` did not answer within 180 s")


def _session(url: str, index: int, turns: int, latencies: list[float], errors: list[str], lock: threading.Lock,
             deadline: float | None = None) -> None:
    """One client session: up to `turns` turns, stopping early at `deadline` (time.monotonic) if given."""
    from gradio_client import Client

    try:
        client = Client(url, verbose=False, download_files=False)
    except Exception as exc:
        with lock:
            errors.append(f"connect: {exc}")
        return
    for turn in range(turns):
        if deadline is not None and time.monotonic() >= deadline:
            return
        question = QUESTIONS[(index + turn) % len(QUESTIONS)]
        start = time.perf_counter()
        try:
            history, _ = client.predict(question, [], api_name="/chat")
            ok = any(m.get("role") == "assistant" and m.get("content") for m in history)
            problem = None if ok else "no assistant message"
            if ok and any("Sorry, that failed" in str(m.get("content")) for m in history):
                problem = "turn failed: " + str(history[-1].get("content"))[:200]
        except Exception as exc:
            problem = f"{exc.__class__.__name__}: {exc}"
        elapsed = time.perf_counter() - start
        with lock:
            if problem:
                errors.append(problem)
            else:
                latencies.append(elapsed)


def _load(url: str, sessions: int, turns: int) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    threads = [threading.Thread(target=_session, args=(url, i, turns, latencies, errors, lock)) for i in range(sessions)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - start


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc; NaN elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run() -> list[dict]:
    """Start the app, measure one session alone, then 20 concurrent sessions; return the rows."""
    home = Path(tempfile.mkdtemp(prefix="lead-bench-ui-"))
    proc, url = _start(home)
    try:
        _load(url, 1, 1)  # warm-up (index, models, caches)
        solo, solo_errors, _ = _load(url, 1, TURNS)
        server_before, client_before = _cpu_seconds(proc.pid), time.process_time()
        lat, errors, wall = _load(url, SESSIONS, TURNS)
        server_cpu, client_cpu = _cpu_seconds(proc.pid) - server_before, time.process_time() - client_before
    finally:
        _stop(proc)
        shutil.rmtree(home, ignore_errors=True)
    for problem in (solo_errors + errors)[:5]:
        print(f"   error: {problem}", flush=True)
    solo_p50 = statistics.median(solo) if solo else float("nan")
    p50, p95 = percentile(lat, 0.5), percentile(lat, 0.95)
    total = SESSIONS * TURNS
    return [
        {"name": f"ui load: errors in {SESSIONS} sessions x {TURNS} turns", "value": len(errors) + len(solo_errors),
         "unit": "errors", "target": "0", "ok": not errors and not solo_errors},
        {"name": "ui load: turns completed", "value": len(lat), "unit": "turns", "target": str(total), "ok": len(lat) == total},
        {"name": "ui turn latency, one session alone, p50", "value": solo_p50, "unit": "s"},
        {"name": f"ui turn latency, {SESSIONS} sessions, p50", "value": p50, "unit": "s"},
        {"name": f"ui turn latency, {SESSIONS} sessions, p95", "value": p95, "unit": "s", "target": "< 10 s",
         "ok": p95 < 10},
        {"name": "ui p50 under load / alone (ratio)", "value": p50 / solo_p50 if solo_p50 else float("nan"), "unit": "x"},
        {"name": "ui throughput under load", "value": len(lat) / wall if wall else 0.0, "unit": "turns/s"},
        {"name": f"ui server CPU per turn, {SESSIONS} sessions", "value": 1000 * server_cpu / max(len(lat), 1), "unit": "ms",
         "target": "<= 60 ms", "ok": 1000 * server_cpu / max(len(lat), 1) <= 60},
        {"name": "ui load generator CPU per turn (gradio_client)", "value": 1000 * client_cpu / max(len(lat), 1), "unit": "ms"},
    ] + (_paired_rows(Path(os.environ["LEAD_BENCH_BASELINE"]).resolve()) if os.environ.get("LEAD_BENCH_BASELINE") else [])


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _paired_rows(baseline: Path, rounds: int = 4) -> list[dict]:
    """Server CPU per turn of this checkout's app and the baseline's, both running, loaded in turn with the same
    20 sessions x 5 turns, the order alternating; an idle server uses next to no CPU."""
    roots = {"": REPO, "baseline": baseline}
    homes = {name: Path(tempfile.mkdtemp(prefix="lead-bench-ui-pair-")) for name in roots}
    servers: dict[str, tuple[subprocess.Popen, str]] = {}
    try:
        for name, root in roots.items():
            servers[name] = _start(homes[name], root)
            _load(servers[name][1], 1, 1)  # warm-up
        cpu, turns = dict.fromkeys(roots, 0.0), dict.fromkeys(roots, 0)
        for i in range(rounds):
            for name in sorted(roots, reverse=i % 2 == 1):
                proc, url = servers[name]
                before = _cpu_seconds(proc.pid)
                lat, _errors, _wall = _load(url, SESSIONS, TURNS)
                cpu[name] += _cpu_seconds(proc.pid) - before
                turns[name] += len(lat)
    finally:
        for proc, _url in servers.values():
            _stop(proc)
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
    this, base = (1000 * cpu[name] / max(turns[name], 1) for name in ("", "baseline"))
    return [
        {"name": f"ui server CPU per turn, paired run ({rounds} rounds each)", "value": this, "unit": "ms"},
        {"name": f"baseline ui server CPU per turn ({baseline.name})", "value": base, "unit": "ms"},
        {"name": "ui server CPU per turn / baseline's (paired)", "value": this / max(base, 1e-3), "unit": "x"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
