"""An org question told in prose gets the layout named first and the question asked answered; a weak maturity label
does not bury them under staffing notes."""

from __future__ import annotations


def test_a_layout_question_leads_with_the_name_and_the_answer_not_the_staffing_notes(offline_copilot):
    question = ("org question: i lead a 6-person ML group at an insurer and we build pricing models for the actuaries when "
                "they ask. a cloud team under IT owns the platform and the GPU budget, and each business line has one or "
                "two data scientists who report to the business, not to me. what is this called, and should i pull those "
                "data scientists under me?")
    r = offline_copilot.ask(question)
    assert r.intent == "archetype"
    assert r.answer.startswith("**What you have: a hybrid of centralized and embedded ML")
    assert "**Should you pull those data scientists under you?** Not as your first move" in r.answer
    assert "What it means for how you staff" not in r.answer


def test_a_small_team_pulled_onto_urgent_asks_gets_moves_from_its_facts_and_guidance_on_intake(offline_copilot):
    question = ("org question: we're 6 people doing ML for a city parking authority. 3 on occupancy forecasting, 2 on "
                "the fines classifier, 1 data engineer shared with the GIS dept. everyone rotates onto whatever the mayor "
                "is annoyed about that week. how should we be structured?")
    r = offline_copilot.ask(question)
    assert r.intent == "archetype"
    assert r.answer.startswith("**What you have: one small central ML team of 6 serving the whole authority")
    assert "**What it should look like**" in r.answer and "Trade-off:" in r.answer
    assert "**The usual fixes**" not in r.answer  # the moves from their facts replace the layout's generic list
    assert "FSDL archetypes" not in r.answer  # no weak maturity label on top of an answer built from their facts
    assert "single intake point" in r.answer  # guidance that fits the rotation, cited


def test_an_org_question_someone_asked_the_manager_gets_the_call_and_what_to_tell_them(offline_copilot):
    question = ("we're a regional water utility. 3 data scientists in asset management (me + 2) and an 'innovation' team of 4 "
                "doing drone pilots that never go live. the new COO asked me what structure we should have and whether "
                "innovation should fold into my group. what do i tell him")
    r = offline_copilot.ask(question)
    assert r.intent == "archetype"
    assert "**What to tell the COO**" in r.answer and "> On whether the innovation team should fold into my group: yes, if" in r.answer
