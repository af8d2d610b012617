"""What the manager says they want to raise, the feedback they owe and the load they list become items by name, not
template filler. Phrasings of our own."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person


def _agenda(notes: str, cues=(), goal=None, others=()):
    person = Person(name="Rhea", role="team member", **({"career_goal": goal} if goal else {}))
    return build_agenda(AgendaInput(person=person, today=date(2026, 12, 4), cues=list(cues), notes=notes, person_in_team=False, others=list(others)))


def test_a_topic_the_manager_wants_to_raise_is_an_item_tied_to_their_goal():
    agenda = _agenda("1:1 thursday. i want to ask if she'd lead the pricing platform rebuild next quarter", goal="Lead the pricing platform")
    item = next(i for i in agenda.items if i.title.startswith("Your topic:"))
    assert "whether she'd lead the pricing platform rebuild" in item.title
    assert "goal in the team file" in item.notes


def test_a_topic_already_carried_by_another_item_is_not_repeated():
    agenda = _agenda("she shipped the freight-eta model last week. i want to celebrate it and talk about the freight-eta model")
    assert not any(i.title.startswith("Your topic:") for i in agenda.items)


def test_feedback_the_manager_owes_is_named():
    agenda = _agenda("1:1 monday. also owe her feedback on the capacity plan she presented")
    assert any(i.title == "Feedback you owe: the capacity plan she presented" for i in agenda.items)


def test_a_load_taken_on_top_of_other_work_is_named_in_the_burnout_item():
    agenda = _agenda("she picked up jonas's alerting backlog on top of the ledger migration and it's too much", cues=["burnout"], others=["Jonas"])
    text = " ".join(i.notes for i in agenda.items)
    assert "Jonas's alerting backlog; ledger migration" in text


def test_a_promotion_goal_is_stated_whole_and_its_stretch_is_in_the_scope_it_names():
    person = Person(name="Rhea", role="ML engineer")
    agenda = build_agenda(AgendaInput(
        person=person, today=date(2026, 12, 4), cues=["wants_promotion"], person_in_team=False,
        notes="the churn model is almost shipped, she wants to be principal owning the pricing engine",
        their_work=["the dashboard refresh (Reporting)", "the price elasticity study (Pricing engine)"]))
    item = next(i for i in agenda.items if i.title == "Path to the next level")
    assert "Rhea's goal: to be principal owning the pricing engine." in item.notes
    assert "almost shipped, she wants" not in item.notes
    assert "price elasticity study" in item.notes and "dashboard refresh" not in item.notes  # only work inside that scope


def test_with_no_work_in_the_scope_the_stretch_is_a_piece_of_that_scope():
    agenda = build_agenda(AgendaInput(
        person=Person(name="Rhea", role="ML engineer"), today=date(2026, 12, 4), cues=["wants_promotion"], person_in_team=False,
        notes="she wants to be staff owning the search ranking stack", their_work=["the dashboard refresh (Reporting)"]))
    item = next(i for i in agenda.items if i.title == "Path to the next level")
    assert "a real piece of the search ranking stack" in item.notes and "dashboard refresh" not in item.notes


def test_a_counter_offer_with_pay_capped_gets_a_planned_answer_on_pay_and_the_decision_day():
    agenda = _agenda("he has an offer from a consultancy and says he'll decide by thursday. we can't match the money, salary band is fixed.",
                     cues=["retention_risk"])
    staying = next(i for i in agenda.items if i.title == "Staying: what would keep you here")
    assert "decides by thursday" in staying.notes
    pay = next(i for i in agenda.items if i.title == "What you can say about pay")
    assert "(1)" in pay.notes and "(2)" in pay.notes and "(3)" in pay.notes
    assert any("sits in the band" in n for n in agenda.prep_notes)
    assert not any(f.kind == "technical" for f in agenda.feedback_prompts)  # no critique of their work in a talk about staying


def test_no_pay_item_when_pay_is_not_the_constraint():
    agenda = _agenda("she might leave, a recruiter has been calling her", cues=["retention_risk"])
    assert not any(i.title == "What you can say about pay" for i in agenda.items)


def test_weeks_into_the_job_there_is_no_work_of_theirs_to_critique():
    agenda = _agenda("she joined the forecasting group from a logistics startup four weeks ago and seems restless", cues=["disengaged"])
    assert agenda.feedback_prompts and not any(f.kind == "technical" for f in agenda.feedback_prompts)


def test_the_team_files_goal_scope_chooses_the_stretch_too():
    agenda = build_agenda(AgendaInput(
        person=Person(name="Rhea", role="ML engineer", career_goal="Principal engineer owning the ranking platform"), today=date(2026, 12, 4),
        cues=["wants_promotion"], person_in_team=True, notes="", their_work=["the invoice parser (Back office)"]))
    item = next(i for i in agenda.items if i.title == "Path to the next level")
    assert "a real piece of the ranking platform" in item.notes and "invoice parser" not in item.notes


def test_what_the_manager_wants_is_quoted_whole_or_not_at_all():
    agenda = _agenda("i need to have a tough talk with rhea about the release notes. i want her to feel heard, not ambushed")
    assert "\u201ci want her to feel heard, not ambushed\u201d" in agenda.markdown
    assert "tough talk with rhea" not in agenda.markdown.split("## Agenda")[0]
    long = _agenda("i want to understand what is going on with the forecasting backlog and how it got this far behind since the summer")
    assert "What you want from this meeting" not in long.markdown  # too long to quote whole: not cut mid-phrase


def test_a_move_the_manager_never_asked_about_is_asked_about_first_not_explained():
    person = Person(name="Rhea", role="data scientist", recent_reprioritizations=["Switched from search tuning to the pricing study in October"])
    agenda = build_agenda(AgendaInput(person=person, today=date(2026, 12, 4), person_in_team=True,
                                      notes="1:1 friday. she switched teams in october and i haven't really checked in on how it's going"))
    item = next(i for i in agenda.items if i.title == "How the move has gone")
    assert "never properly asked" in item.notes and "switched from search tuning" in item.notes
    assert "Why the priority changed" not in [i.title for i in agenda.items]


def test_a_request_they_made_a_while_back_is_answered_not_left():
    agenda = _agenda("1:1 tuesday. she seems flat since the reorg, and she asked me back in october about a pycon ticket for spring")
    item = next(i for i in agenda.items if i.title == "Their ask: a pycon ticket for spring")
    assert "asked you back in october" in item.notes and "the date you will know" in item.notes


def test_the_facts_stated_lead_the_owed_work_and_their_asks():
    agenda = _agenda("she's been quiet in planning since the budget review, and the q1 capacity sheet she owes is two weeks late")
    titles = [i.title for i in agenda.items]
    owed = titles.index("Owed: the q1 capacity sheet")
    assert titles.index("What you'll bring up, concretely") < owed
