"""A manager's clause reaches the message only on positive evidence that it is content for the reader
(agent/understanding/reader_content.py). Fresh phrasings of our own, none from a blind set, plus the labelled dev set
harvested from the used blind judgements (fixtures/manager_clauses_devset.yaml): tuned on v30-v44, held out v45-v48."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from agent.draft_content import content_points
from agent.understanding.reader_content import has_evidence, kept_out, reader_clauses

NOTES = [
    ("shes a details person", "nadia"),
    ("he reads everything on his phone", ""),
    ("the trustees are mostly retired teachers", ""),
    ("go easy on her", "nadia"),
    ("make it sound less like a lawyer wrote it", ""),
    ("sign off as the whole team", ""),
    ("tone it down a notch", ""),
    ("Ines wants a one-pager before the steering group", ""),
    ("the ops director asked for a quick written summary", ""),
    ("three short paragraphs tops", ""),
    ("im dreading this conversation", ""),
    ("I know it sounds like an excuse", ""),
    ("cc my boss", ""),
    ("our cfo hates surprises", ""),
    ("Bettina is a stickler for dates", "bettina"),
    ("they prefer bullet points", ""),
    ("reply before lunch if you can", ""),
    ("frame it as a pilot, not a launch", ""),
    ("he will complain whatever we send", ""),
    ("I'm so nervous", ""),
    ("Marguerite needs something she can read out to the committee", "marguerite"),
    ("the committee skims anything longer than a page", ""),
    ("keep the numbers up front", ""),
    ("nothing too salesy", ""),
    ("be straight with him", ""),
    ("our director, Odile (ex-lawyer, hates hedging), is furious about the outage", "odile"),
]

CONTENT = [
    ("the vendor patch lands on the 14th", ""),
    ("label backlog is down to 300 images", ""),
    ("Rafa is out until 6 January", ""),
    ("we lost two days to the cluster outage", ""),
    ("the pilot costs about €30k", ""),
    ("without the export we can't retrain before the audit", ""),
    ("she has to pick a go-live date by Wednesday", "nadia"),
    ("accuracy on the night shift is still poor", ""),
    ("the retrain is blocked on legal sign-off", ""),
    ("two of the five clinics are live", ""),
    ("Mira and Joss own the rollout checklist", ""),
    ("we roll back automatically if error rate passes 2%", ""),
    ("the old rules engine stays on as a fallback until March", ""),
    ("the contract renews in April, so a decision after that costs us a year", ""),
    ("demand forecast was off by 12% last quarter", ""),
    ("dashboards refresh nightly instead of hourly from Monday", ""),
    ("Ola's team will run the A/B test for three weeks", ""),
    ("GPU spend is up 40% since September", ""),
    ("half the labels came back wrong from the agency", ""),
    ("the supplier changed their file format without notice", ""),
    ("risk: the new scanner firmware may not ship before the pilot", ""),
    ("customers in the north region see the new prices first", ""),
    ("he's the only one who knows the billing pipeline", ""),
    ("Priya is on leave next week", ""),
    ("blocker: the data-sharing agreement still unsigned", ""),
]


@pytest.mark.parametrize(("clause", "reader"), NOTES)
def test_a_note_to_the_writer_never_reaches_the_message(clause, reader):
    assert content_points(clause, recipient=reader) == []


@pytest.mark.parametrize(("clause", "reader"), CONTENT)
def test_a_fact_of_the_work_reaches_the_message(clause, reader):
    assert content_points(clause, recipient=reader)


def test_what_is_kept_out_is_handed_back_with_why():
    kept: list = []
    points = content_points("we have no test rig and one engineer, shes a stickler for detail, keep it short", recipient="hanne", kept_out=kept)
    assert [p.text for p in points] == ["we have no test rig and one engineer"]
    assert [(k.text, k.why) for k in kept] == [("shes a stickler for detail", "a description of the reader, for the writer")]


def test_a_continuation_goes_with_the_content_before_it_and_a_connective_with_what_follows():
    kept, out = reader_clauses(["Lars is on the billing incident", "then the design review with legal"])
    assert len(kept) == 2 and out == []
    kept, out = reader_clauses(["Then", "we switch the scoring to the new labels"])
    assert len(kept) == 2
    kept, out = reader_clauses(["be gentle", "then the design review with legal"])
    assert kept == [] and [o.why for o in out][0] == "an instruction to the writer"


def test_why_names_the_kind_of_note():
    assert kept_out("Sven wants a short update for the ops review") == "the request for the message itself"
    assert kept_out("four bullets max") == "an instruction on the message's format"
    assert kept_out("im kind of panicking") == "your own feelings, for you, not the reader"
    assert kept_out("the vendor slipped two weeks") == "" and has_evidence("the vendor slipped two weeks")


_DEVSET = yaml.safe_load((Path(__file__).parent / "fixtures" / "manager_clauses_devset.yaml").read_text())


def _scores(held_out: bool) -> tuple[float, float]:
    """Precision and recall of 'content' over the dev set's split: a clause is carried when it gives any point."""
    tp = fp = fn = 0
    for row in (r for r in _DEVSET if (int(r["case"][1:3]) >= 45) == held_out):
        carried, content = bool(content_points(row["clause"], recipient=row["reader"])), row["label"] == "content"
        tp, fp, fn = tp + (carried and content), fp + (carried and not content), fn + (content and not carried)
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


@pytest.mark.parametrize("held_out", [False, True], ids=["tune_v30_v44", "held_out_v45_v48"])
def test_the_gate_keeps_notes_out_and_facts_in_on_the_blind_dev_set(held_out):
    precision, recall = _scores(held_out)
    assert precision >= 0.9 and recall >= 0.95  # before the flip: 0.78/0.98 (tune), 0.74/1.00 (held out)


def test_a_clause_with_no_subject_of_its_own_needs_a_fact_in_it():
    assert not has_evidence("Would be a real win for the marketing team")  # the reader's own words, echoed
    assert has_evidence("has to be done before the board meets on 12 March")


@pytest.mark.parametrize(("clause", "reader"), [
    ("the board will want to see the payback in year one", ""),
    ("he is the sort who forwards everything to legal", "klaus"),
    ("this goes to the exec team on friday", ""),
    ("she doesnt do detail", "ines"),
    ("the execs only read the first line", ""),
])
def test_how_the_reader_takes_in_a_message_is_a_note(clause, reader):
    assert content_points(clause, recipient=reader) == []


@pytest.mark.parametrize("clause", ["Lena reads the drift logs every morning", "this goes to production on the 14th", "she wants a risk score for every account by 31/12"])
def test_a_colleagues_habit_a_release_and_the_readers_request_stay_content(clause):
    assert content_points(clause, recipient="ines")


@pytest.mark.parametrize("clause", ["no regressions in the shadow run", "tried a bigger model, no gain", "models fine, the data is the problem", "legal hasnt signed"])
def test_a_terse_finding_or_our_own_past_action_is_content(clause):
    assert content_points(clause)


@pytest.mark.parametrize("clause", ["no grovelling", "no jargon please"])
def test_a_bare_no_of_a_style_is_a_note(clause):
    assert content_points(clause) == []


def test_the_readers_obligation_to_tell_us_is_content_and_our_need_to_write_is_not():
    assert kept_out("he needs to tell us by next tuesday whether we go ahead with the pilot") == ""
    assert kept_out("I need to write to Gunnhild about the outage") == "the request for the message itself"
