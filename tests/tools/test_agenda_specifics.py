"""The facts a manager states before a 1-on-1 are read as short clauses, even from run-on notes, and an agenda that
does not carry one names it in an item of its own, condensed so the notes are never pasted whole."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_specifics import carried, condensed, stated_guesses, stated_specifics
from tools.message import longest_shared_run
from tools.team import Person

TODAY = date(2026, 12, 4)


def _texts(notes: str, name: str = "") -> list[str]:
    return [x.text for x in stated_specifics(notes, name)]


def test_money_counts_and_quotes_are_facts_but_the_meetings_own_length_is_not():
    notes = ("1:1 with odile on tues, 30 mins. her batch jobs blew the cloud budget by 12k in november, "
             "and at the planning sync she said 'nobody told us about the quota'. i want her to own the fix")
    texts = _texts(notes, "odile")
    assert any("12k" in t for t in texts)
    assert any("nobody told us about the quota" in t for t in texts)
    assert not any("30 mins" in t or "tues" in t.split() for t in texts)
    assert not any(t.startswith("i want") for t in texts)


def test_a_run_on_note_is_cut_where_a_new_subject_starts():
    notes = ("quick prep for bogdan thurs he's been slow lately four code reviews left unanswered for a week "
             "his last two migrations to the ledger service were rolled back")
    texts = _texts(notes, "bogdan")
    assert any(t.startswith("four code reviews left unanswered") for t in texts)
    assert any(t.startswith("his last two migrations") and "rolled back" in t for t in texts)


def test_a_span_of_time_alone_is_no_fact_to_name():
    assert _texts("she has been here for two years and it has been a good run overall") == []


def test_a_fact_is_carried_only_when_its_numbers_and_most_words_are_there():
    fact = stated_specifics("the pricing model cost us about 7k in refunds last month")[0]
    assert carried(fact, "Name it: the pricing model cost 7k in refunds last month.")
    assert not carried(fact, "Name it: the pricing model cost money in refunds.")
    assert not carried(fact, "Something about 7k.")


def test_a_condensed_fact_keeps_its_numbers_and_quotes_but_never_a_long_run_of_the_managers_words():
    text = "in the monthly risk forum she says 'the thresholds were never signed off' and the audit found 3 gaps"
    note = condensed(text)
    assert "'the thresholds were never signed off'" in note
    assert longest_shared_run(text, note) <= 8


def test_what_the_manager_cannot_tell_apart_is_read_as_guesses():
    notes = "not sure whether she's bored with the forecasting work or whether the new reorg has rattled her"
    assert stated_guesses(notes) == ["she's bored with the forecasting work", "the new reorg has rattled her"]


def _agenda(cues, notes, name="Ilse", relationship="report", minutes=30):
    person = Person(name=name, role="team member")
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=cues, notes=notes, person_in_team=False,
                                    relationship=relationship))


def test_stated_specifics_of_a_performance_talk_become_an_item_of_their_own():
    notes = ("ilse missed three release dates in a row, and her last two dashboards shipped with the wrong currency. "
             "need to be clear this has to change")
    agenda = _agenda(["underperforming"], notes)
    text = agenda.markdown
    assert "three release dates" in text and "wrong currency" in text
    assert longest_shared_run(notes, text) <= 8


def test_a_guess_becomes_a_prep_note_to_ask_about_both():
    notes = "ilse missed three release dates in a row. i don't know if it's the new team or something at home"
    agenda = _agenda(["underperforming"], notes)
    prep = " ".join(agenda.prep_notes)
    assert "new team" in prep and "something at home" in prep


def test_an_agenda_that_already_names_every_fact_adds_no_item():
    agenda = _agenda(["burnout"], "ilse seems tired and stressed lately")
    assert not any(i.title.startswith("What you'll bring up") for i in agenda.items)


def test_a_date_inside_a_long_clause_is_no_place_to_cut_and_two_changes_joined_by_and_are_two_facts():
    notes = ("lots changed while she was out: we retired the legacy scoring service on sep 9 and the weekly risk report "
             "is owned by fenna now, who she has never met")
    texts = _texts(notes, "Ilse")
    assert any(t.endswith("on sep 9") for t in texts)
    assert any("owned by fenna" in t for t in texts)


def test_a_returners_changes_are_framed_as_what_changed():
    notes = ("ilse is back from leave monday, she missed a lot. we retired the legacy scoring service on sep 9 and the weekly "
             "risk report is owned by fenna now")
    agenda = _agenda(["returning_from_leave"], notes)
    item = next(i for i in agenda.items if i.title == "What changed, concretely")
    assert "weekly risk report" in item.notes and "fenna" in item.notes and "who she should meet first" in item.notes


def test_a_change_from_one_number_to_another_keeps_both_numbers_when_condensed():
    from tools.agenda_specifics import condensed

    note = condensed("her weekly triage accuracy numbers slid from 94 to 88% since october")
    assert "94" in note and "88%" in note


def test_who_they_are_is_no_fact_but_the_cost_in_days_of_rework_is():
    notes = ("she's not my report, she heads the billing team. her team keeps renaming fields without notice and broke our "
             "ingestion job twice this month, about 2 days of rework each time")
    texts = _texts(notes, "Noor")
    assert not any("not my report" in t or "heads the billing team" in t for t in texts)
    assert any("broke our ingestion job twice" in t for t in texts)
    assert any("2 days of rework" in t for t in texts)


def test_a_day_of_the_month_and_a_slip_make_a_fact():
    assert any("slipped to the 22nd" in t for t in _texts("the pilot slipped to the 22nd and nobody told sales"))


def test_a_guess_without_its_own_subject_takes_the_first_ones():
    assert stated_guesses("not sure if he's overloaded or just careless") == ["he's overloaded", "he's careless"]


def test_a_clause_that_only_points_back_with_it_joins_the_clause_before():
    texts = _texts("she built the churn export, the finance forecast depends on it, and she's away in march", "Ines")
    assert any("churn export" in t and "finance forecast depends on it" in t for t in texts)
    assert not any(t.startswith("the finance forecast") for t in texts)


def test_who_the_person_is_and_who_told_the_manager_are_no_facts_to_raise():
    texts = _texts("she's our most senior data scientist (she built the churn model), but three analysts came to me separately: "
                   "her comments in 2 design reviews were 'lazy work'", "Runa")
    assert not any("senior data scientist" in t for t in texts)
    assert not any("came to me" in t for t in texts)
    assert any("lazy work" in t for t in texts)
    assert _texts("skip-level with abebe on fri. he's a junior analyst on tamsin's team (tamsin is one of my three leads)", "Abebe") == []


def test_an_aside_in_brackets_is_its_own_phrase_so_no_word_is_dropped_from_it():
    texts = _texts("great modelling work overall (the churn model is hers)", "Runa")
    assert "great modelling work overall (the churn model is hers)" in [condensed(t) for t in texts]


def test_a_shared_reporting_line_is_no_fact_to_raise():
    assert not any("report to" in t for t in _texts("she runs analytics, we both report to the COO, and 3 dashboards broke last week", "Mira"))


def test_a_note_stopped_mid_clause_ends_where_a_clause_ends_not_on_a_helper_word():
    assert condensed("we haven't even started billing exports and refund matching on mobile devices is maybe 30% done") == "we haven't even started billing exports"
    assert condensed("our scoring of cough recordings will handle asthma and croup 'by march'") == "our scoring of cough recordings"


def test_a_day_month_date_is_never_read_as_a_one_on_one():
    assert not any("meeting" in t for t in _texts("the sensor dropped out on 11/11 and again on 21/11, 40 minutes each time"))


def test_a_private_read_of_the_person_is_no_fact_to_name_but_shapes_the_prep():
    from tools.agenda_specifics import private_reads

    notes = "his last lead told me he's very touchy about reviews of his pipeline code. he owns the 3 ingestion jobs"
    assert private_reads(notes) == ["he's very touchy about reviews of his pipeline code"]
    assert not any("touchy" in t for t in _texts(notes, "Ruben"))
    text = build_agenda(AgendaInput(person=Person(name="Ruben", role="team member"), minutes=30, today=date(2026, 12, 10),
                                    notes=notes, person_in_team=False)).markdown
    agenda, prep = text.split("## Questions")[0], text.split("## Prep notes")[1]
    assert "touchy" not in agenda
    assert "Keep your read to yourself" in prep and "never say it to him" in prep


def test_who_a_joiner_is_and_the_team_file_aside_are_no_facts_to_raise():
    texts = _texts("he starts tue feb 2 as a senior data engineer (not in my team file yet). he'll own the 3 nightly exports", "Kolja")
    assert not any("engineer" in t or "team file" in t for t in texts)
    assert any("3 nightly exports" in t for t in texts)


def test_the_managers_wish_about_a_formal_process_is_never_said_as_a_fact():
    notes = ("hard 1:1 w tariq fri, 30 min. second late handover in a row: the churn report was due nov 6, then nov 13, now 'monday'. "
             "no warning either time. need this to stop without going to a formal process.")
    text = build_agenda(AgendaInput(person=Person(name="Tariq", role="team member"), minutes=30, today=date(2026, 12, 10), cues=["underperforming"],
                                notes=notes, person_in_team=False)).markdown.split("## Questions")[0]
    assert "formal process" not in text and "need this to stop" not in text
    assert "the churn report was due nov 6, then nov 13" in text
