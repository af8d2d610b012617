"""Knowledge benchmarks: built-in index rebuild time, ingest throughput against raw embedding, query latency per
mode, retrieval figures on the manager-question set (must not move), peak RSS."""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import percentile

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


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run() -> list[dict]:
    """Measure the knowledge layer on a throwaway LEAD_HOME."""
    from knowledge.embeddings import get_local_encoder
    from knowledge.retrieval import open_retriever
    from knowledge.store import open_client
    from lead_core.settings import load_settings

    tmp = Path(tempfile.mkdtemp(prefix="lead-bench-knowledge-"))
    try:
        get_local_encoder()  # model load is measured by the embeddings, not here
        settings = load_settings(home=tmp / "home", chroma_url=None)
        open_client(settings)  # Chroma's import is a cold-start cost (bench_agent), not a rebuild cost
        rows = _rebuild_rows(settings)
        retriever = open_retriever(settings)
        rows += _retrieval_rows(retriever) + _latency_rows(retriever) + _ingest_rows(tmp / "docs", settings)
        rows.append({"name": "peak RSS", "value": _peak_rss_mb(), "unit": "MB"})
    finally:
        from knowledge.store import release_local_clients

        release_local_clients(tmp / "home" / "index")
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def _rebuild_rows(settings) -> list[dict]:
    """Rebuilding the built-in index: its time, its passages, and how many it had to embed (none: shipped vectors)."""
    import knowledge.embeddings as embeddings
    from knowledge.ingest import rebuild_index

    embedded: list[int] = []
    encode = embeddings.MiniLMEncoder.encode
    embeddings.MiniLMEncoder.encode = lambda self, texts, *a, **k: embedded.append(len(texts)) or encode(self, texts, *a, **k)
    try:
        start = time.perf_counter()
        passages = rebuild_index(settings).builtin_passages
        build = time.perf_counter() - start
    finally:
        embeddings.MiniLMEncoder.encode = encode
    return [
        {"name": "built-in index rebuild (lead index rebuild)", "value": build, "unit": "s", "target": "<= 1.0 s", "ok": build <= 1.0},
        {"name": "built-in passages", "value": passages, "unit": "passages"},
        {"name": "passages embedded by the rebuild (shipped vectors)", "value": sum(embedded), "unit": "passages", "target": "0", "ok": not embedded},
    ]


def _retrieval_rows(retriever) -> list[dict]:
    """The backend with nothing ingested, and recall@5 / MRR@10 per mode on the manager-question set (must not move)."""
    from evals.retrieval import load_retrieval_dataset, run_retrieval_eval

    numpy_backend = type(retriever.collection).__name__ == "BuiltinArray"
    rows = [{"name": "retriever backend with nothing ingested", "value": int(numpy_backend), "unit": "1=NumPy", "target": "1", "ok": numpy_backend}]
    report = run_retrieval_eval(retriever, load_retrieval_dataset(), k=5)
    for mode, recall, mrr in (("hybrid", 0.929, 0.866), ("dense", 0.827, 0.704), ("bm25", 0.893, 0.750)):
        figures = report["modes"][mode]
        rows.append({"name": f"retrieval recall@5 ({mode}, 84 questions)", "value": figures["recall@5"], "unit": "",
                     "target": f">= {recall}", "ok": figures["recall@5"] >= recall - 5e-4})
        rows.append({"name": f"retrieval MRR@10 ({mode})", "value": figures["mrr@10"], "unit": "",
                     "target": f">= {mrr}", "ok": figures["mrr@10"] >= mrr - 5e-4})
    return rows


def _latency_rows(retriever) -> list[dict]:
    """Query latency p50/p95 per mode after a warm-up, and hybrid's cost relative to dense."""
    for q in QUERIES:
        retriever.search(q, k=5)  # warm up caches and the ONNX session
    rows: list[dict] = []
    latencies: dict[str, list[float]] = {}
    for mode in ("hybrid", "dense", "bm25"):
        timings = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                retriever.search(q, k=5, mode=mode)
                timings.append((time.perf_counter() - t) * 1000)
        latencies[mode] = timings
        p95 = percentile(timings, 0.95)
        rows.append({"name": f"query p50 ({mode})", "value": percentile(timings, 0.5), "unit": "ms"})
        rows.append({"name": f"query p95 ({mode})", "value": p95, "unit": "ms", "target": "< 30 ms", "ok": p95 < 30})
    rows.append({
        "name": "hybrid / dense p50 latency ratio",
        "value": percentile(latencies["hybrid"], 0.5) / max(1e-9, percentile(latencies["dense"], 0.5)),
        "unit": "x",
    })
    return rows


def _ingest_rows(docs: Path, settings) -> list[dict]:
    """Ingesting 1,000 generated files: time, throughput against raw embedding in the same run, and a re-ingest."""
    from knowledge.embeddings import get_local_encoder
    from knowledge.ingest import ingest_paths
    from knowledge.store import get_collection, open_client

    docs.mkdir()
    _generate_docs(docs, 1000)
    start = time.perf_counter()
    report = ingest_paths([docs], settings, progress=False)
    elapsed = time.perf_counter() - start
    rate = report.chunks_written / elapsed
    rows = [{"name": "ingest 1,000 files", "value": elapsed, "unit": "s"},
            {"name": "ingest throughput", "value": rate, "unit": "chunks/s", "target": ">= 80", "ok": rate >= 80}]
    # Baseline in the same run: embedding alone on a sample of the same chunks, so a busy machine shows
    # up in both figures and the ratio isolates the cost of reading, chunking and storing.
    sample = get_collection(open_client(settings), settings).get(where={"kind": "doc"}, limit=200)["documents"]
    start = time.perf_counter()
    get_local_encoder().encode(list(sample))
    raw_rate = len(sample) / (time.perf_counter() - start)
    rows.append({"name": "raw embedding throughput (baseline)", "value": raw_rate, "unit": "chunks/s"})
    rows.append({"name": "ingest / raw embedding throughput", "value": rate / raw_rate, "unit": "x", "target": ">= 0.9", "ok": rate / raw_rate >= 0.9})
    start = time.perf_counter()
    again = ingest_paths([docs], settings, progress=False)
    rows.append({"name": "re-ingest unchanged 1,000 files", "value": time.perf_counter() - start, "unit": "s"})
    assert again.chunks_written == 0
    return rows
