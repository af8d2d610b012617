"""The SQLite feedback store and `lead feedback export`."""

from __future__ import annotations

import sqlite3

import pytest
import yaml

from agent.cli import main
from ui.feedback import FeedbackStore, export_cases


def test_round_trip_and_comment(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite")
    a = store.add(thread_id="t1", question="Q1", answer="A1", rating=1)
    b = store.add(thread_id="t2", question="Q2", answer="A2", rating=-1, comment="  wrong numbers ")
    assert store.set_comment(a, "nice") is True
    assert store.set_comment(999, "nobody") is False
    rows = FeedbackStore(tmp_path / "fb.sqlite").all()  # reopened: it persisted
    assert [(r.id, r.question, r.rating, r.comment) for r in rows] == [(a, "Q1", 1, "nice"), (b, "Q2", -1, "wrong numbers")]
    assert rows[0].created_at.endswith("+00:00")


def test_rating_must_be_plus_or_minus_one(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite")
    with pytest.raises(ValueError):
        store.add(thread_id="t", question="q", answer="a", rating=0)
    with sqlite3.connect(tmp_path / "fb.sqlite") as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO feedback (created_at, thread_id, question, answer, rating) VALUES ('x','t','q','a',5)")
    assert store.all() == []


def test_export_writes_eval_cases(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite")
    store.add(thread_id="t1", question="Should Priya switch?", answer="No [1].", rating=-1, comment="missed deadline")
    target = tmp_path / "out" / "cases.yaml"
    assert export_cases(store, target) == 1
    (case,) = yaml.safe_load(target.read_text())
    assert list(case) == ["question", "answer", "rating", "comment", "thread_id", "created_at"]
    assert (case["question"], case["rating"], case["comment"]) == ("Should Priya switch?", -1, "missed deadline")
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_cli_feedback_export(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LEAD_HOME", str(tmp_path))
    FeedbackStore(tmp_path / "feedback.sqlite").add(thread_id="t", question="q", answer="a", rating=1)
    out = tmp_path / "cases.yaml"
    assert main(["feedback", "export", str(out)]) == 0
    assert "Wrote 1 rated answer(s)" in capsys.readouterr().out
    assert yaml.safe_load(out.read_text())[0]["answer"] == "a"
