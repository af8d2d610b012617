"""A run-on note typed with no stops is split into its thoughts before the points are read (b37-d02): fresh phrasings."""

from __future__ import annotations

from agent.draft_content import content_points, run_on_sentences

RUN_ON = (
    "need a note to halvard he runs ops at brekke freight so the cold chain alerts we said would go live on nov 30 are now "
    "more like feb 8 the reasons are the door sensors on the older reefers report every few minutes instead of every few "
    "seconds so we had to rebuild the thaw model for all nine of their trailers plus the carrier API kept timing out in "
    "testing meanwhile their drivers keep the paper temperature log like today and our night desk phones the driver if a "
    "reading is missing for more than twenty minutes dont make it sound like excuses and dont promise feb 8 as a sure thing"
)


def test_a_run_on_note_is_split_where_a_new_thought_starts():
    parts = run_on_sentences(RUN_ON)
    assert any(x.startswith("the reasons are the door sensors") for x in parts)
    assert any(x.startswith("also, the carrier API") for x in parts)
    assert any(x.startswith("meanwhile their drivers") for x in parts)
    assert any(x.startswith("dont promise feb 8") for x in parts)
    assert not any(x.endswith(" and") for x in parts)


def test_a_punctuated_or_short_sentence_is_left_as_it_is():
    said = "The retrain slipped a week, so the demo moves to the 14th and we need the labels by Friday."
    assert run_on_sentences(said) == [said]
    assert run_on_sentences("so the demo moves to the 14th") == ["so the demo moves to the 14th"]


def test_every_fact_of_a_run_on_note_reaches_the_points_and_the_writer_notes_do_not():
    said = " ".join(p.text for p in content_points(RUN_ON, recipient="Halvard"))
    for fact in ("feb 8", "nine of their trailers", "carrier API", "twenty minutes", "paper temperature log"):
        assert fact in said
    assert "excuses" not in said and "sure thing" not in said


def test_a_what_it_means_label_heads_content_not_a_question_to_the_copilot():
    question = ("our CFO read that the churn model has 'precision 0.7' and says it's right 70% of the time. what it really means: of the "
                "customers it flags, about 7 in 10 do leave within the quarter. write her a short friendly note")
    said = " ".join(p.text for p in content_points(question, recipient="Ines"))
    assert "7 in 10 do leave within the quarter" in said
    assert not any("what should" in p.text for p in content_points("what should i tell her? the demo moved to friday", recipient="Ines"))


def test_a_dictated_run_on_splits_before_a_named_subject_and_the_words_to_the_writer():
    said = ("so the plant manager odile wants rasmus off the defect classifier for a week from tuesday to build slides for the "
            "investor visit rasmus is four weeks into the classifier with two weeks left maybe three and the line supervisor "
            "needs it before the february audit draft odile a reply with what we can do instead")
    parts = run_on_sentences(said)
    assert any(x.startswith("rasmus is four weeks into") for x in parts)
    assert any(x.startswith("the line supervisor needs it") for x in parts)
    assert any(x.startswith("draft odile a reply") for x in parts)
    assert not any(x.endswith("manager") for x in parts)  # 'the plant manager odile wants': one subject
    assert not any("draft odile" in p.text.lower() for p in content_points(said, recipient="odile"))
