"""Run every benchmark module, print a table, and write benchmarks/results.json with the date.

Each `benchmarks/bench_*.py` exposes `run() -> list[dict]`; a row has `name`, `value`, `unit`, and
optionally `target` (a human-readable goal) and `ok` (whether the target was met). Ratios against
baselines measured in the same run are rows too, so noisy machines still give comparable figures. Each group
records when it ran and the load average around it, so a partial run's figures keep their own context.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

HERE = Path(__file__).resolve().parent


def _load_average() -> list[float] | None:
    """The machine's 1, 5 and 15 minute load averages (None where the OS does not say): a shared machine's
    figures mean little without them."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _now() -> str:
    """The UTC time to the second, ISO format."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(argv: list[str]) -> int:
    only = set(argv)
    started = _now()
    load_at_start = _load_average()
    print(f"load average (1/5/15 min) at start: {load_at_start}", flush=True)
    rows: list[dict] = []
    groups: dict[str, dict] = {}
    failed = False
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    for name in names:
        if only and name.removeprefix("bench_") not in only and name not in only:
            continue
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        context = {"started_utc": _now(), "load_at_start": _load_average()}
        try:
            module_rows = importlib.import_module(f"benchmarks.{name}").run()
        except Exception as exc:
            print(f"   failed: {exc.__class__.__name__}: {exc}", flush=True)
            failed = True
            continue
        for row in module_rows:
            row.setdefault("group", name.removeprefix("bench_"))
            rows.append(row)
            mark = "" if "ok" not in row else ("  ok" if row["ok"] else "  MISSED")
            target = f"  (target {row['target']})" if row.get("target") else ""
            print(f"   {row['name']:<58} {row['value']:>12.4g} {row.get('unit', ''):<8}{target}{mark}", flush=True)
        seconds = time.perf_counter() - start
        groups[name.removeprefix("bench_")] = {**context, "seconds": round(seconds, 1), "load_at_end": _load_average()}
        print(f"   ({seconds:.1f} s)", flush=True)
    ran = sorted(groups)
    out = HERE / "results.json"
    if only and out.exists():
        # A partial run replaces only the groups it ran; the other groups keep their last figures.
        try:
            previous = json.loads(out.read_text())
        except (OSError, ValueError):
            previous = {}
        rows = [row for row in previous.get("rows", []) if row.get("group") not in ran] + rows
        groups = {**{k: v for k, v in previous.get("groups", {}).items() if k not in ran}, **groups}
    load_at_end = _load_average()
    print(f"load average (1/5/15 min) at end: {load_at_end}", flush=True)
    report = {
        "date": started[:10],
        "last_run": {"started_utc": started, "groups": ran, "load_at_start": load_at_start, "load_at_end": load_at_end},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "groups": dict(sorted(groups.items())),
        "rows": rows,
    }
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(report, indent=2) + "\n")
    tmp.replace(out)
    print(f"wrote {out.relative_to(HERE.parent)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
