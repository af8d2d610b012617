"""Retrieval quality gate: hybrid recall@5 >= 0.90 on the manager-question set, and no worse than either half."""

from __future__ import annotations

import pytest

from evals.retrieval import format_retrieval_table, load_retrieval_dataset, run_retrieval_eval
from knowledge.corpus import load_corpus

MIN_HYBRID_RECALL = 0.90


@pytest.fixture(scope="module")
def report():
    from knowledge.retrieval import open_retriever

    return run_retrieval_eval(open_retriever(), load_retrieval_dataset(), k=5)


def test_dataset_is_large_and_labels_name_real_cards() -> None:
    dataset = load_retrieval_dataset()
    assert len(dataset) >= 60
    cards = {card.id for card in load_corpus()}
    unknown = sorted({g for item in dataset for g in item.gold} - cards)
    assert unknown == []


def test_hybrid_recall_at_5_meets_the_gate(report) -> None:
    hybrid = report["modes"]["hybrid"]
    assert hybrid["recall@5"] >= MIN_HYBRID_RECALL, format_retrieval_table(report)


def test_hybrid_is_not_worse_than_dense_or_bm25(report) -> None:
    modes = report["modes"]
    for metric in ("recall@5", "mrr@10"):
        for single in ("dense", "bm25"):
            assert modes["hybrid"][metric] >= modes[single][metric], format_retrieval_table(report)


def test_report_table_lists_every_mode_and_the_misses(report) -> None:
    table = format_retrieval_table(report)
    for mode in ("hybrid", "dense", "bm25"):
        assert f"| {mode} |" in table
    assert len(report["misses"]["hybrid"]) == table.count("\n- ")


def test_dataset_loader_rejects_duplicates_and_empty_gold(tmp_path) -> None:
    from pydantic import ValidationError

    from lead_core.errors import UserError

    dup = tmp_path / "dup.yaml"
    dup.write_text("- {id: q1, question: abc def, gold: [a]}\n- {id: q1, question: ghi jkl, gold: [b]}\n")
    with pytest.raises(UserError, match="repeats question id"):
        load_retrieval_dataset(dup)
    empty = tmp_path / "empty.yaml"
    empty.write_text("- {id: q1, question: abc def, gold: []}\n")
    with pytest.raises(ValidationError):
        load_retrieval_dataset(empty)
