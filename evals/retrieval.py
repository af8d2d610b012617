"""Retrieval evaluation: manager questions with gold card ids, scored for hybrid, dense-only and BM25-only.

Metrics are computed over the ranked list of distinct card ids behind the retrieved passages:
recall@k (k=5 by default), MRR@10 and nDCG@10, plus the questions each mode missed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from evals.ir_metrics import mrr_at_k, ndcg_at_k, recall_at_k

DATASET = Path(__file__).resolve().parent / "datasets" / "retrieval.yaml"
MODES = ("hybrid", "dense", "bm25")
DEPTH = 10


class RetrievalQuestion(BaseModel):
    """One question and the card ids a good retriever returns for it."""

    id: str = Field(description="Stable question id.")
    question: str = Field(min_length=3, description="What a manager would type.")
    gold: list[str] = Field(min_length=1, description="Card ids that answer it.")


def load_retrieval_dataset(path: str | Path | None = None) -> list[RetrievalQuestion]:
    """Load and validate the YAML dataset (a list of {id, question, gold})."""
    from lead_core.datafiles import load_data_file
    from lead_core.errors import UserError

    source = Path(path) if path else DATASET
    data = load_data_file(source)
    if not isinstance(data, list) or not data:
        raise UserError(f"{source} must be a non-empty list of {{id, question, gold}} items.")
    questions = [RetrievalQuestion.model_validate(item) for item in data]
    ids = [q.id for q in questions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise UserError(f"{source} repeats question id(s) {', '.join(duplicates)}.")
    return questions


def ranked_cards(retriever: Any, question: str, mode: str, depth: int = DEPTH) -> list[str]:
    """Distinct card ids behind the retrieved passages, best first."""
    passages = retriever.search(question, k=depth, mode=mode)
    return list(dict.fromkeys(p.card_id for p in passages))


def run_retrieval_eval(
    retriever: Any, dataset: list[RetrievalQuestion], k: int = 5, modes: tuple[str, ...] = MODES
) -> dict:
    """Score every mode on the dataset; returns metrics per mode and the questions each mode missed."""
    depth = max(DEPTH, k)
    report: dict[str, Any] = {"k": k, "depth": depth, "questions": len(dataset), "modes": {}, "misses": {}}
    for mode in modes:
        totals = {f"recall@{k}": 0.0, f"mrr@{DEPTH}": 0.0, f"ndcg@{DEPTH}": 0.0}
        misses = []
        for item in dataset:
            ranked = ranked_cards(retriever, item.question, mode, depth)
            recall = recall_at_k(ranked, item.gold, k)
            totals[f"recall@{k}"] += recall
            totals[f"mrr@{DEPTH}"] += mrr_at_k(ranked, item.gold, DEPTH)
            totals[f"ndcg@{DEPTH}"] += ndcg_at_k(ranked, item.gold, DEPTH)
            if recall < 1.0:
                misses.append(
                    {
                        "id": item.id,
                        "question": item.question,
                        "gold": item.gold,
                        "missing": [g for g in item.gold if g not in ranked[:k]],
                        "retrieved": ranked[:k],
                    }
                )
        n = max(1, len(dataset))
        report["modes"][mode] = {name: round(value / n, 4) for name, value in totals.items()}
        report["misses"][mode] = misses
    return report


def format_retrieval_table(report: dict) -> str:
    """A Markdown table of the metrics per mode, followed by the hybrid misses."""
    modes = report["modes"]
    metrics = list(next(iter(modes.values())).keys()) if modes else []
    lines = [
        f"Retrieval eval: {report['questions']} questions, metrics over distinct card ids",
        "",
        "| mode | " + " | ".join(metrics) + " |",
        "|---|" + "---:|" * len(metrics),
    ]
    for mode, values in modes.items():
        lines.append(f"| {mode} | " + " | ".join(f"{values[m]:.3f}" for m in metrics) + " |")
    misses = report["misses"].get("hybrid", [])
    if misses:
        lines += ["", f"Hybrid misses at k={report['k']} ({len(misses)}):"]
        for miss in misses:
            lines.append(
                f"- {miss['id']}: missing {', '.join(miss['missing'])}; got {', '.join(miss['retrieved'])}"
            )
    return "\n".join(lines)
