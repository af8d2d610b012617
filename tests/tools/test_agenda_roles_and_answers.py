"""People and decisions as the manager's words give them: a level's bar not met yet is the gap and the answer for the
named cycle is said plainly ('not the June cycle'), the stretch options are new scope rather than the steps of the work
being finished, a colleague named as help that was there to ask is a buddy rather than someone who wronged them, and a
quiet new joiner's settling-in item owns the team's part and opens the meeting."""

from datetime import date

from tools.agenda import AgendaInput, agenda_input_from_team, build_agenda
from tools.agenda_reasons import bar_unmet, gap_asks, helper_named, read_notes, Words
from tools.team import CurrentWork, Person, Project, Task, Team

TODAY = date(2026, 12, 4)


def _agenda(name: str, notes: str, cues: list[str], minutes: int = 30, **extra):
    return build_agenda(AgendaInput(person=Person(name=name, role="team member", **extra.pop("person", {})), minutes=minutes,
                                    today=TODAY, cues=cues, notes=notes, person_in_team=False, **extra))


def test_the_levels_bar_said_beside_not_done_yet_is_the_gap():
    assert bar_unmet("principal at this company means setting direction for three teams, and he hasn't shown that yet") == \
        "setting direction for three teams"
    assert bar_unmet("senior means owning a launch. she owned two") == ""


def test_a_named_cycle_gets_a_plain_answer_with_credit_first_and_a_path_through_the_planned_work():
    notes = ("omar asked me whether he's going to principal in the june cycle. brilliant on the ranking rewrite, but principal "
             "here means setting direction across teams and he hasn't done that yet. how do i answer honestly")
    agenda = _agenda("Omar", notes, ["wants_promotion"], minutes=45,
                     their_work=["the ranking eval harness (Search relevance)"], person={"career_goal": "Principal engineer for search"})
    titles = [i.title for i in agenda.items]
    assert titles[0].startswith("Credit:")
    assert titles[1] == "The honest answer: not the June cycle, on current evidence"
    path = next(i for i in agenda.items if i.title.startswith("The path"))
    assert "the ranking eval harness (Search relevance)" in path.notes and "principal engineer for search" in path.notes
    assert "another team" in path.notes  # the step for a cross-team gap


def test_a_gap_said_with_yet_and_no_cycle_asked_keeps_the_path_item():
    agenda = _agenda("Lu", "lu keeps bringing up promotion. good engineer but hasn't led a launch yet", ["wants_promotion"])
    assert not any(i.title.startswith("The honest answer") for i in agenda.items)


def test_an_end_to_end_gap_gets_an_end_to_end_step():
    assert gap_asks("not yet led anything end to end") == ["lead one piece of work end to end: the plan, the risks, the result and presenting it"]


def test_the_goal_item_never_quotes_the_managers_notes_as_their_words():
    notes = "nia wants to lead the eval platform one day, and a lead here means owning a roadmap for other teams"
    agenda = _agenda("Nia", notes, [])
    goal = next(i for i in agenda.items if i.title.startswith("Nia's goal"))
    assert "in her words:" not in goal.notes and "a lead here means" not in goal.notes
    assert "lead the eval platform" in goal.notes


def test_stretch_options_skip_the_steps_of_the_work_being_finished():
    team = Team(team="T", people=[Person(name="Ada", role="MLE", current_work=CurrentWork(project="Churn v2", weeks_invested=3, remaining_weeks_low=1, remaining_weeks_likely=1, remaining_weeks_high=2, success_probability=0.9))],
                projects=[Project(name="Churn v2", tasks=[Task(name="Calibrate scores", optimistic=1, most_likely=2, pessimistic=3, assignee="Ada")]),
                          Project(name="Pricing API", tasks=[Task(name="Latency budget", optimistic=1, most_likely=2, pessimistic=3, assignee="Ada")])])
    assert agenda_input_from_team(team, "Ada", today=TODAY).their_work == ["the latency budget (Pricing API)"]


def test_a_colleague_who_could_have_helped_is_a_go_to_person_not_an_incident():
    notes = "ines lost three days decoding the billing export schema marek could have walked her through. she never asks"
    assert helper_named(notes) == ("Marek", "the billing export schema")
    reading = read_notes(notes, Words(name="Ines", they="she", them="her", their="her", others=("Marek",)))
    assert not any(r.kind == "incident" for r in reading.reasons)
    agenda = _agenda("Ines", notes + ". started four weeks ago", ["new_hire", "quiet"], others=["Marek"],
                     observations={"quiet": "never asks"})
    text = agenda.markdown
    assert "What happened with Marek" not in text and "talk to Marek" not in text
    assert "Marek knows the billing export schema" in text


def test_a_quiet_joiner_whose_pr_waited_gets_the_teams_part_first_and_a_standing_check_in():
    notes = ("joined three weeks ago, says 'all good' at every standup. his first PR sat unreviewed for a week and nobody noticed. "
             "prs come in finished but late")
    agenda = _agenda("Femi", notes, ["new_hire", "quiet"], observations={"quiet": "says 'all good' at every standup"})
    first = agenda.items[0]
    assert first.title == "Settling in: it's safe to ask"
    assert first.notes.startswith("From your notes") and "Own the team's part first: the first PR waited for a review for a week" in first.notes
    assert "draft PR" in first.notes
    assert "twice a week" in agenda.items[-1].notes


def _up(name: str, notes: str):
    return _agenda(name, notes, ["managing_up"])


def test_someone_senior_going_around_the_manager_gets_the_cases_the_cost_and_an_intake_proposal():
    notes = ("odile keeps messaging my engineers directly for dashboards. asked kai twice this week and ren for a forecast, skipping me. "
             "1:1 with odile wednesday, 30 min. i want to agree how requests reach the team")
    agenda = _up("Odile", notes)
    titles = [i.title for i in agenda.items]
    assert titles[0] == "The pattern: messaging your engineers directly for dashboards"
    raise_it = agenda.items[0]
    assert "Kai twice this week" in raise_it.notes and "Ren for a forecast" in raise_it.notes
    assert "pulled off planned work" in raise_it.notes
    settle = agenda.items[1]
    assert settle.title == "Agree: how requests reach the team"
    assert "asks come to you (or the team's inbox) first" in settle.notes and "the same day" in settle.notes
    assert not any(t in titles for t in ("Your growth", "Growth", "How the work is going"))


def test_a_count_in_brackets_is_a_fact_and_the_managers_numbers_are_the_cost():
    notes = ("1:1 with my vp on monday. she keeps borrowing my two best people for board prep (twice this month, a week each) and the "
             "fraud retrain is now 3 wks behind. the audit starts jan 12 and nobody is moving it. i want an agreed way that board asks "
             "come through me")
    agenda = _up("Your VP", notes)
    first = agenda.items[0]
    assert first.title == "The pattern: borrowing your two best people for board prep"
    assert "(twice this month, a week each)" in first.notes
    assert "the fraud retrain is now 3 weeks behind" in first.notes and "the audit starts Jan 12, and that date does not move" in first.notes
    assert agenda.items[1].title == "Agree: board asks come through you"


def test_a_counted_pattern_with_listed_cases_gets_the_count_the_cases_the_agreement_and_the_latest_apart():
    notes = ("1:1 with ngozi friday. fourth time since september she's reassigned someone on my team without telling me: lars to the "
             "billing fix, the ana-to-search thing, and now she asked dev directly to cover the release. i want us to agree that "
             "reassignments go through me")
    agenda = _agenda("Ngozi", notes, ["managing_up"], others=["Lars", "Ana", "Dev"])
    titles = [i.title for i in agenda.items]
    assert titles[:3] == ["The pattern: reassigned someone on your team without telling you", "Agree: reassignments go through you",
                          "Then, separately: the ask to Dev (cover the release)"]
    assert "fourth time since September: Lars to the billing fix" in agenda.items[0].notes
    assert not any(t.startswith("What happened with") for t in titles)  # the notes are the manager's asks, not incidents


def test_a_request_for_fewer_days_is_flexible_work_not_a_wish_to_move():
    agenda = _agenda("Hana", "hana is back from leave next week. she has asked to move to three days a week. 1:1 tuesday", ["returning_from_leave"])
    item = next(i for i in agenda.items if i.title == "Hana's request: move to three days a week")
    assert "flexible-working request with HR" in item.notes and "worth doing" not in item.notes


def test_work_reworked_by_someone_unnamed_who_has_left_is_theirs_again_to_review():
    notes = "jon returns from paternity leave monday. while he was away his pricing model went to a consultant and was partly rewritten; the consultant has since left"
    agenda = _agenda("Jon", notes, ["returning_from_leave"])
    item = next(i for i in agenda.items if i.title.startswith("What changed in your pricing model"))
    assert item.title.endswith("his again")
    assert "the consultant has since left" in item.notes and "decides what to keep" in item.notes


def test_a_later_cycle_named_as_realistic_is_the_plain_answer_and_confidences_are_kept():
    notes = ("yusuf asked me yesterday if he'll make staff in the april round. great on the fraud graph, but he rewrites people's "
             "notebooks instead of reviewing them and two analysts privately asked me not to pair with him. he could be ready for "
             "the october round")
    agenda = _agenda("Yusuf", notes, ["wants_promotion"], minutes=45)
    answer = next(i for i in agenda.items if i.title.startswith("The honest answer"))
    assert answer.title == "The honest answer: not the April round; the October round is the realistic aim"
    assert "never name or hint at the people who told you in confidence" in answer.notes
    path = next(i for i in agenda.items if i.title.startswith("The path"))
    assert path.title == "The path: to the October round" and "instead of rewriting it" in path.notes


def test_not_wanting_to_lose_them_over_a_promotion_talk_is_no_sign_they_are_leaving():
    from agent.understanding.cues import detect_cues

    assert detect_cues("she asked about staff. i really don't want to lose her over this") == ["wants_promotion"]
    assert "retention_risk" in detect_cues("she has an offer from a startup and i don't want to lose her")


def test_a_tool_nobody_showed_them_is_the_teams_gap_and_shown_in_the_meeting():
    notes = "two weeks in, never asks. spent three days writing a csv parser because she didn't know we have an ingestion library"
    agenda = _agenda("Lea", notes, ["new_hire", "quiet"], observations={"quiet": "never asks"})
    first = agenda.items[0]
    assert "nobody showed Lea the ingestion library" in first.notes and "Show the ingestion library in the meeting" in first.notes


def test_burnout_before_a_stated_date_has_the_manager_own_the_date_and_no_separate_item_for_the_snap():
    person = {"current_work": {"project": "Ranker v2", "remaining_weeks_low": 1, "remaining_weeks_likely": 1, "remaining_weeks_high": 2}}
    notes = "mo has been online till 1am all week to land ranker v2 by the 15th and snapped at jess in review. 1:1 monday"
    agenda = _agenda("Mo", notes, ["burnout", "conflict"], others=["Jess"], due=date(2026, 12, 15), person=person)
    titles = [i.title for i in agenda.items]
    assert not any(t.startswith("What happened with Jess") for t in titles)
    load = agenda.items[0]
    assert load.title == "How you're doing: workload and rest"
    assert "you own Ranker v2's date (Tue 15 Dec)" in load.notes and "agree what to drop or defer" not in load.notes


def test_a_formal_concern_lists_the_leak_and_the_absences_as_facts_and_never_the_managers_aim():
    from tools.agenda_reasons import performance_examples

    notes = ("this quarter she missed two agreed deadlines on the churn scorer, the model she handed over had a target leakage issue we "
             "only caught in the pilot, and she has twice not turned up to sprint review without notice. i want to make clear this is "
             "now formal, without ambushing her")
    examples, expected = performance_examples(notes, Words(name="Rita", they="she", them="her", their="her"))
    assert any("leakage" in e for e in examples) and any("not turned up" in e for e in examples)
    assert not any(e.lower().startswith("i want") for e in examples)
    assert "she comes to the agreed meetings, or says in advance when she can't" in expected
    assert not any(x.startswith("nothing ships without the notice") or "ambush" in x for x in expected)


def test_work_said_to_be_done_that_still_is_not_in_is_a_fact_with_a_dated_expectation():
    from tools.agenda_reasons import performance_examples

    notes = "two missed sprint goals, and the cache invalidation patch she said was nearly finished last month still isn't merged"
    examples, expected = performance_examples(notes, Words(name="Ute", they="she", them="her", their="her"))
    assert any("still isn't merged" in e for e in examples)
    assert "the cache invalidation patch is merged by a date you agree in this meeting, with what is left said plainly if it slips" in expected
