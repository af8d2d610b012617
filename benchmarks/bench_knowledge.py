"""Knowledge benchmarks: built-in index rebuild time, ingest throughput against raw embedding of the same chunks
(interleaved rounds), query latency per mode, retrieval figures on the manager-question set (must not move), peak RSS."""

from __future__ import annotations

import random
import resource
import shutil
import statistics
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


INGEST_FILES = 1000
INGEST_ROUNDS = 4


def _cpu_seconds() -> float:
    """CPU time of this process, every thread included (onnxruntime's and Chroma's too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _chunk_texts(folder: Path) -> list[str]:
    """The texts ingest embeds for the files of a folder, made by ingest's own reading and chunking code."""
    from knowledge.chunking import read_document
    from knowledge.ingest import _display_path, _file_chunks, iter_files

    files, _missing = iter_files([folder])
    return [text for path in files for text in _file_chunks(path, read_document(path), _display_path(path))[1]]


def _ingest_rows(docs: Path, settings) -> list[dict]:
    """Ingest 1,000 generated files in rounds, each paired with raw embedding of exactly the texts that round
    stores (same encoder, batch size and workers), alternating which goes first; the target is the median of
    the rounds' ratios, so a change of machine load between two long runs does not decide it."""
    from knowledge.embeddings import get_local_encoder
    from knowledge.ingest import ingest_paths

    docs.mkdir()
    _generate_docs(docs, INGEST_FILES)
    parts = [docs / f"part_{k}" for k in range(INGEST_ROUNDS)]
    for k, part in enumerate(parts):
        part.mkdir()
        for i in range(k * INGEST_FILES // INGEST_ROUNDS, (k + 1) * INGEST_FILES // INGEST_ROUNDS):
            (docs / f"note_{i:04d}.md").rename(part / f"note_{i:04d}.md")
    encoder = get_local_encoder()

    def raw(texts: list[str]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        encoder.encode(texts)
        return time.perf_counter() - wall, _cpu_seconds() - cpu

    def ingest(part: Path) -> tuple[float, float, int]:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        written = ingest_paths([part], settings, progress=False).chunks_written
        return time.perf_counter() - wall, _cpu_seconds() - cpu, written

    rounds = []
    for k, part in enumerate(parts):
        texts = _chunk_texts(part)
        if k % 2 == 0:
            raw_wall, raw_cpu = raw(texts)
            ingest_wall, ingest_cpu, written = ingest(part)
        else:
            ingest_wall, ingest_cpu, written = ingest(part)
            raw_wall, raw_cpu = raw(texts)
        assert written == len(texts), (written, len(texts))
        rounds.append({"chunks": written, "ingest_wall": ingest_wall, "ingest_cpu": ingest_cpu,
                       "raw_wall": raw_wall, "raw_cpu": raw_cpu})
    chunks = sum(r["chunks"] for r in rounds)
    ingest_time = sum(r["ingest_wall"] for r in rounds)
    rate = chunks / ingest_time
    ratios = [r["raw_wall"] / r["ingest_wall"] for r in rounds]  # same chunks: the ratio of throughputs
    median = statistics.median(ratios)
    cpu_ratio = sum(r["ingest_cpu"] for r in rounds) / sum(r["raw_cpu"] for r in rounds)
    rows = [
        {"name": f"ingest 1,000 files ({INGEST_ROUNDS} runs of {INGEST_FILES // INGEST_ROUNDS})", "value": ingest_time, "unit": "s"},
        {"name": "ingest throughput", "value": rate, "unit": "chunks/s", "target": ">= 80", "ok": rate >= 80},
        {"name": "raw embedding throughput, same chunks (baseline)", "value": chunks / sum(r["raw_wall"] for r in rounds), "unit": "chunks/s"},
        {"name": f"ingest / raw embedding throughput, median of {INGEST_ROUNDS} paired rounds", "value": median, "unit": "x",
         "target": ">= 0.9", "ok": median >= 0.9},
        {"name": "ingest / raw embedding throughput, lowest round", "value": min(ratios), "unit": "x"},
        {"name": "ingest / raw embedding throughput, highest round", "value": max(ratios), "unit": "x"},
        {"name": "ingest CPU / raw embedding CPU, same chunks", "value": cpu_ratio, "unit": "x"},
    ]
    start = time.perf_counter()
    again = ingest_paths([docs], settings, progress=False)
    rows.append({"name": "re-ingest unchanged 1,000 files", "value": time.perf_counter() - start, "unit": "s"})
    assert again.chunks_written == 0
    return rows
