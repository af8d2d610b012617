"""Knowledge benchmarks: built-in index build time, ingest throughput, query latency per mode, peak RSS."""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "model data pipeline review deadline feature label drift rollout metric owner team incident budget "
    "roadmap latency training evaluation baseline experiment stakeholder priority quarter launch"
).split()
QUERIES = [
    "one of my engineers is two weeks from finishing and my VP wants her on something new",
    "how often should I hold one-on-ones with senior engineers",
    "my team keeps getting pulled into ad-hoc requests from sales",
    "how do I explain to leadership that ML timelines are uncertain",
    "we are a small team doing ad-hoc ML, how should we be organized",
    "hiring a strong ML researcher versus an ML engineer",
    "an engineer has been stuck for three days without asking for help",
    "how do I give feedback to a research scientist",
]


def _generate_docs(root: Path, files: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(files):
        parts = [f"# Note {i}"]
        for j in range(rng.randint(1, 3)):
            sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))) + "." for _ in range(6)]
            parts.append(f"## Section {j}\n\n" + " ".join(sentences))
        (root / f"note_{i:04d}.md").write_text("\n\n".join(parts) + "\n")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run() -> list[dict]:
    """Measure the knowledge layer on a throwaway LEAD_HOME."""
    from agent.settings import load_settings
    from knowledge.embeddings import get_local_encoder
    from knowledge.ingest import index_builtin, ingest_paths
    from knowledge.retrieval import open_retriever
    from knowledge.store import get_collection, open_client

    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="lead-bench-knowledge-"))
    try:
        get_local_encoder()  # model load is measured by the embeddings, not here
        settings = load_settings(home=tmp / "home", chroma_url=None)
        start = time.perf_counter()
        passages = index_builtin(get_collection(open_client(settings), settings))
        build = time.perf_counter() - start
        rows.append({"name": "built-in index build", "value": build, "unit": "s", "target": "< 15 s", "ok": build < 15})
        rows.append({"name": "built-in passages", "value": passages, "unit": "passages"})

        retriever = open_retriever(settings)
        for q in QUERIES:
            retriever.search(q, k=5)  # warm up caches and the ONNX session
        latencies: dict[str, list[float]] = {}
        for mode in ("hybrid", "dense", "bm25"):
            timings = []
            for _ in range(5):
                for q in QUERIES:
                    t = time.perf_counter()
                    retriever.search(q, k=5, mode=mode)
                    timings.append((time.perf_counter() - t) * 1000)
            latencies[mode] = timings
            p95 = _percentile(timings, 0.95)
            rows.append({"name": f"query p50 ({mode})", "value": _percentile(timings, 0.5), "unit": "ms"})
            rows.append({"name": f"query p95 ({mode})", "value": p95, "unit": "ms", "target": "< 30 ms", "ok": p95 < 30})
        rows.append({
            "name": "hybrid / dense p50 latency ratio",
            "value": _percentile(latencies["hybrid"], 0.5) / max(1e-9, _percentile(latencies["dense"], 0.5)),
            "unit": "x",
        })

        docs = tmp / "docs"
        docs.mkdir()
        _generate_docs(docs, 1000)
        start = time.perf_counter()
        report = ingest_paths([docs], settings, progress=False)
        elapsed = time.perf_counter() - start
        rate = report.chunks_written / elapsed
        rows.append({"name": "ingest 1,000 files", "value": elapsed, "unit": "s"})
        rows.append({"name": "ingest throughput", "value": rate, "unit": "chunks/s", "target": ">= 50", "ok": rate >= 50})
        # Baseline in the same run: embedding alone on a sample of the same chunks, so a busy machine shows
        # up in both figures and the ratio isolates the cost of reading, chunking and storing.
        sample = get_collection(open_client(settings), settings).get(where={"kind": "doc"}, limit=200)["documents"]
        start = time.perf_counter()
        get_local_encoder().encode(list(sample))
        raw_rate = len(sample) / (time.perf_counter() - start)
        rows.append({"name": "raw embedding throughput (baseline)", "value": raw_rate, "unit": "chunks/s"})
        rows.append({"name": "ingest / raw embedding throughput", "value": rate / raw_rate, "unit": "x"})
        start = time.perf_counter()
        again = ingest_paths([docs], settings, progress=False)
        rows.append({"name": "re-ingest unchanged 1,000 files", "value": time.perf_counter() - start, "unit": "s"})
        assert again.chunks_written == 0
        rows.append({"name": "peak RSS", "value": _peak_rss_mb(), "unit": "MB"})
    finally:
        from knowledge.store import release_local_clients

        release_local_clients(tmp / "home" / "index")
        shutil.rmtree(tmp, ignore_errors=True)
    return rows
