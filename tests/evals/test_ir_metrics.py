"""IR metrics against values computed by hand."""

from __future__ import annotations

import math

import pytest

from evals.ir_metrics import mrr_at_k, ndcg_at_k, recall_at_k


def test_recall_counts_share_of_gold_in_top_k() -> None:
    ranked = ["a", "b", "c", "d", "e", "f"]
    assert recall_at_k(ranked, ["c", "f"], 5) == 0.5
    assert recall_at_k(ranked, ["c", "f"], 6) == 1.0
    assert recall_at_k(ranked, ["z"], 5) == 0.0
    assert recall_at_k(ranked, [], 5) == 0.0


def test_recall_ignores_repeated_ids() -> None:
    assert recall_at_k(["a", "a", "a", "b"], ["b"], 2) == 1.0


def test_mrr_is_inverse_rank_of_first_hit() -> None:
    ranked = ["a", "b", "c", "d"]
    assert mrr_at_k(ranked, ["c", "d"], 10) == pytest.approx(1 / 3)
    assert mrr_at_k(ranked, ["a"], 10) == 1.0
    assert mrr_at_k(ranked, ["d"], 3) == 0.0


def test_ndcg_hand_computed() -> None:
    # gold at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5); ideal = 1 + 1/log2(3)
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["a", "g1", "b", "g2"], ["g1", "g2"], 10) == pytest.approx(expected)
    assert ndcg_at_k(["g1", "g2", "a"], ["g1", "g2"], 10) == pytest.approx(1.0)
    assert ndcg_at_k(["a", "b"], ["g"], 10) == 0.0


def test_ndcg_ideal_is_capped_at_k() -> None:
    # three gold, k=1, hit at rank 1: DCG = 1, ideal = 1
    assert ndcg_at_k(["g1", "x"], ["g1", "g2", "g3"], 1) == pytest.approx(1.0)
