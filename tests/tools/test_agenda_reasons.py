"""Agendas built from what the manager said about this person and this meeting: the reasons come first (news to
give, something a colleague did, a goal in their words, work to hand back), direct questions get a recommendation
with its why, a hard conversation opens with the issue, and cues that describe someone else are not applied."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.agenda_reasons import Words, second_person
from tools.message import longest_shared_run
from tools.team import Person

TODAY = date(2026, 12, 4)


def _agenda(name, notes, cues=(), others=(), minutes=30, observations=None):
    person = Person(name=name, role="team member")
    return build_agenda(AgendaInput(person=person, minutes=minutes, today=TODAY, cues=list(cues), notes=notes,
                                    person_in_team=False, others=list(others), observations=observations or {}))  # fmt: skip


def _titles(agenda):
    return [i.title for i in agenda.items]


def test_a_colleagues_action_opens_the_agenda_and_the_bring_it_up_question_is_answered_first():
    notes = ("ines reverted a big part of kofi's ranking PR last friday without a word, and kofi has barely spoken in "
             "standup since. 1:1 with kofi thursday, 30 min. should i raise ines with him?")
    agenda = _agenda("Kofi", notes, cues=["quiet"], others=["Ines"])
    assert agenda.items[0].title == "What happened with Ines"
    assert "Their topics" in _titles(agenda) and _titles(agenda).index("Their topics") > 0
    assert agenda.answers and "Ines" in agenda.answers[0].question and agenda.answers[0].answer.startswith("Yes")
    assert "separately" in agenda.answers[0].answer and agenda.answers[0].why
    assert "review" in agenda.items[0].notes  # a reverted PR: how changes to someone's code are agreed
    assert not any(t.startswith("Growth") for t in _titles(agenda))  # the meeting has its reason: no generic career item
    assert "Career goal (not stated yet" not in agenda.markdown


def test_news_they_do_not_have_yet_is_told_early_after_the_welcome_back():
    notes = ("oskar is back next week from parental leave. while he was away his search relevance project moved to the "
             "ads team and his conference talk got cancelled. he hasn't heard yet. 1:1 wednesday 45 min")
    agenda = _agenda("Oskar", notes, cues=["burnout"], minutes=45)
    titles = _titles(agenda)
    assert titles[0] == "Welcome back: re-onboarding" and titles[1].startswith("News for Oskar, told early")
    news = agenda.items[1]
    assert "doesn't know yet" in news.notes and "with the why" in news.notes
    assert "What would you want to happen next with your search relevance project?" in agenda.questions
    assert not any("time off" in q for q in agenda.questions)  # back from leave: never "when did you last take time off?"


def test_a_goal_in_their_words_replaces_the_unstated_career_goal_and_carries_the_managers_read():
    notes = ("1:1 with mira friday 30 min. mira wants to run the labelling team (her words) and a lead spot opens in march. "
             "i think she's close: great with stakeholders, never managed anyone. be straight with her")
    agenda = _agenda("Mira", notes)
    first = agenda.items[0]
    assert first.title == "Mira's goal: run the labelling team"
    assert "honest read" in first.notes and "never managed anyone" in first.notes
    assert "Career goal (not stated yet" not in agenda.markdown
    assert any("be straight with her" in a for a in agenda.aims)


def test_when_the_person_was_the_harsh_one_their_view_comes_first_then_the_delivery_and_a_joint_meeting_waits():
    notes = ("raj told wen her ranking eval was 'amateur hour' in the planning meeting, and wen went silent after. "
             "1:1 with raj friday 30 min. should i put them both in a room?")
    agenda = _agenda("Raj", notes, cues=["quiet", "conflict"], others=["Wen"], observations={"quiet": "wen went silent after"})
    assert agenda.items[0].title == "What happened with Wen: his side, then the delivery" or agenda.items[0].title.startswith("What happened with Wen:")
    assert "Room to speak up" not in agenda.markdown  # Wen went quiet, not Raj
    assert "What does \u201camateur hour\u201d mean to you, concretely?" in agenda.questions
    joint = agenda.answers[0]
    assert "room" in joint.question and joint.answer.startswith("Yes, but not yet") and "separately" in joint.answer


def test_starter_project_or_reading_gets_a_recommendation_and_a_new_hire_agenda():
    notes = "lukas starts monday straight from a phd, never deployed anything. first 1:1 tuesday. small first project or read the codebase for two weeks?"
    agenda = _agenda("Lukas", notes, minutes=45)
    assert agenda.answers[0].answer.startswith("A small, scoped starter project")
    assert "production" in agenda.answers[0].answer
    assert "Welcome: the first weeks" in _titles(agenda)  # their first 1-on-1: the welcome, not a settling-in check


def test_a_hard_conversation_opens_with_the_issue_not_their_topics():
    agenda = _agenda("Sam", "need to give sam tough feedback on the missed handoffs this sprint. 1:1 tomorrow, 30 min. how do i start it")
    titles = _titles(agenda)
    assert titles[0] == "The issue, said plainly" and "Their topics" not in titles
    assert titles.index("The facts and the impact") < titles.index("Sam's side: listen") < titles.index("Next steps and owners")
    assert agenda.answers[0].question == "How do you start it?" and "first two minutes" in agenda.answers[0].answer
    assert sum(i.minutes for i in agenda.items) == 30


def test_an_ordinary_agenda_without_reasons_still_opens_with_their_topics():
    agenda = _agenda("Dev", "weekly 1:1 with dev, 30 min", cues=["new_hire"])
    assert agenda.items[0].title == "Their topics" and agenda.questions[0] == "What's on your mind this week?" and not agenda.answers


def test_the_managers_words_name_things_but_are_never_pasted_back_whole():
    notes = ("while she was on leave her churn forecasting dashboard was handed over to the finance analytics team "
             "permanently, and she does not know yet. 1:1 with ana monday")
    agenda = _agenda("Ana", notes)
    assert agenda.items[0].title.startswith("News for Ana")
    assert longest_shared_run(notes, agenda.markdown) <= 8


def test_second_person_changes_only_the_persons_own_pronouns():
    w = Words("Yara", "she", "her", "her", "is", ("Omar",))
    assert second_person("omar presented her analysis as if it were his", w) == "omar presented your analysis as if it were his"
    assert second_person("yara's model was moved and she wasn't told", w) == "your model was moved and you weren't told"


def test_what_the_manager_noticed_is_never_quoted_as_a_clipped_fragment():
    seen = {"burnout": "pls: femi, senior MLE, back monday from a long break he took partly because he was fried and"}
    agenda = _agenda("Femi", "agenda pls: femi, senior MLE, back monday from a long break he took partly because he was fried and worn out", cues=["burnout"], observations=seen)
    item = next(i for i in agenda.items if i.title.startswith("How you're doing"))
    assert "From your notes" not in item.notes and "fried" not in item.notes


def test_a_short_whole_observation_is_quoted_but_a_guess_or_a_cut_clause_is_not():
    from tools.agenda import _whole_clause

    notes = "kai has been online at 2am most nights. i think he's fried. he keeps saying he'll finish the migration over the break"
    assert _whole_clause("online at 2am most nights", notes) == "online at 2am most nights"
    assert _whole_clause("but i think he's fried", notes) == ""
    assert _whole_clause("he keeps saying he'll finish the", notes) == ""


def test_work_they_took_on_unasked_is_credited_not_treated_as_an_incident():
    notes = "dara joined last month and took on priya's flaky data tests on his own initiative, which, great. 1:1 friday"
    agenda = _agenda("Dara", notes, cues=["new_hire"], others=["Priya"])
    titles = _titles(agenda)
    assert any(t.startswith("Recognise:") and "Priya" in t for t in titles)
    assert not any(t.startswith("What happened with") for t in titles)
    credit = next(i for i in agenda.items if i.title.startswith("Recognise:"))
    assert "scope with Priya" in credit.notes


def test_wanting_to_prove_they_belong_is_reassurance_not_a_career_goal():
    notes = "noor works weekends and told me 'i need to prove i deserve to be here'. 1:1 monday"
    agenda = _agenda("Noor", notes, cues=["burnout"])
    titles = _titles(agenda)
    assert "You belong here: what good looks like" in titles
    assert not any("'s goal:" in t for t in titles)
    item = agenda.items[titles.index("You belong here: what good looks like")]
    assert "\u201ci need to prove i deserve to be here\u201d" not in item.notes  # nine words: more than an echo check allows
    short = _agenda("Noor", "noor works weekends and said 'i have to prove myself'. 1:1 monday", cues=["burnout"])
    assert "said: \u201ci have to prove myself\u201d" in next(i.notes for i in short.items if i.title.startswith("You belong"))


def test_someone_back_from_leave_gets_a_re_entry_never_new_joiner_onboarding():
    notes = "maya is back from parental leave next week, her first week back. the temp (contractor covering her) changed her dashboards."
    agenda = _agenda("Maya", notes, cues=["returning_from_leave", "new_hire"])
    text = agenda.markdown
    assert "Welcome back" in text
    assert "two-hour rule" not in text and "buddy" not in text and "30, 60 and 90" not in text
    assert "Contractor" not in text


def test_a_complaint_about_how_they_treat_others_is_a_behaviour_conversation_with_the_hr_question_answered():
    notes = ("three of the analysts came to me about bruno this month: he calls their dashboards 'amateur hour' in "
             "standup and reverts their queries without a word. one of them is scared to ask him anything now. should i "
             "bring in HR? bruno is my best modeller")
    agenda = _agenda("Bruno", notes, cues=["conduct", "quiet"])
    titles = _titles(agenda)
    assert titles[:3] == ["How you treat the people you work with", "Bruno's side: listen", "The expectation and a follow-up date"]
    assert not any("speak up" in t or "Their topics" == t for t in titles)
    assert agenda.questions[0] != "What's on your mind this week?"
    examples = agenda.items[0].notes
    assert "amateur hour" in examples and "scared to ask" in examples
    assert any(a.question == "Do you have to loop in HR?" and a.answer.startswith("Yes") for a in agenda.answers)
    assert any("people who raised it" in n for n in agenda.prep_notes) and any("retaliation" in n for n in agenda.prep_notes)


def test_a_promotion_talk_starts_from_the_managers_read_and_the_concern_never_from_their_own_question():
    notes = ("rosa asked about staff again, 1:1 friday. i think she's nearly there but the ranking rewrite has slipped twice "
             "and calibration will focus on that. what do i say so she leaves feeling it's a plan, not a no")
    person = Person(name="Rosa", role="ML engineer", status="deep_work", career_goal="Own the ranking platform")
    agenda = build_agenda(AgendaInput(person=person, minutes=45, today=TODAY, cues=["wants_promotion"], notes=notes))
    first = agenda.items[0]
    assert first.title == "Path to the next level"
    assert "ranking rewrite has slipped" in first.notes and "own the ranking platform" in first.notes
    assert "not a no" in first.notes
    assert "what do i say" not in agenda.markdown  # the manager's own question is the ask, not a talking point
    assert not any("let them cook" in n for n in agenda.prep_notes)


def test_work_reworked_by_the_cover_while_they_were_away_is_told_first_and_ownership_is_the_managers_call():
    notes = ("lin is back from parental leave monday. dev (the temp covering her, with us until april) refactored most of "
             "her feature pipeline while she was away, and he now calls it 'the new pipeline' in planning. 1:1 tuesday")
    agenda = _agenda("Lin", notes, cues=["returning_from_leave", "conflict"], others=["Dev"])
    titles = _titles(agenda)
    assert titles[0] == "Welcome back: re-onboarding"
    item = next(i for i in agenda.items if i.title.startswith("What changed in your feature pipeline"))
    assert "your call, not Dev's" in item.notes and "before Dev leaves in April" in item.notes
    assert not any(t.startswith("The friction with") or t.startswith("What happened with") for t in titles)
    assert any("Talk to Dev separately" in n and "the new pipeline" in n for n in agenda.prep_notes)
    assert "ask first" not in agenda.markdown


def test_not_yet_leads_the_promotion_talk_and_what_to_ask_for_is_one_piece_of_work_per_gap():
    notes = ("omar wants senior. he's not there yet: his code reviews are rubber stamps and he never mentors the interns. "
             "1:1 friday, 30 min. what do i ask him to do?")
    agenda = _agenda("Omar", notes, cues=["wants_promotion"])
    assert agenda.items[0].title == "The honest answer: not yet" and "Answer it plainly and early: not yet" in agenda.items[0].notes
    ask = next(a for a in agenda.answers if a.question == "What do you ask Omar to do?")
    assert "own the quality of one release" in ask.answer and "mentor one junior" in ask.answer


def test_a_hard_time_outside_work_comes_first_with_flexibility_and_the_work_talk_still_happens():
    notes = "ines has missed her last three sprint goals and the eval report was wrong. her dad is in hospital. 1:1 monday"
    agenda = _agenda("Ines", notes, cues=["underperforming"])
    assert _titles(agenda)[:3] == ["How you're doing", "The issue, said plainly", "The facts and the impact"]
    assert "\u201cInes has missed her last three sprint goals and the eval report was wrong\u201d" in agenda.items[2].notes
    assert "flexibility" in agenda.items[0].notes and "the timeline can flex" in agenda.items[0].notes


def test_a_change_they_have_lived_with_for_weeks_is_not_news_to_break_to_them():
    notes = "yusuf has been flat since the reorg moved him off pricing onto the data platform. 1:1 friday"
    agenda = _agenda("Yusuf", notes, cues=["reprioritized"])
    assert not any(t.startswith("News for") for t in _titles(agenda))
    assert "Why the priority changed" in _titles(agenda)


def test_a_regular_1_on_1_with_nothing_special_covers_how_the_work_is_going():
    agenda = _agenda("Tal", "weekly 1:1 with tal, nothing special")
    assert _titles(agenda)[:2] == ["Their topics", "How the work is going"]
    assert "What's going well on your current work, and what's slower than you expected?" in agenda.questions


def test_a_wish_to_keep_going_on_the_work_is_a_go_no_go_with_the_managers_read_not_a_career_goal():
    notes = "noor wants to keep going on the retrieval experiments for another six weeks. i'm not convinced, nothing has beaten the baseline. 1:1 weds"
    agenda = _agenda("Noor", notes)
    first, case = agenda.items[:2]
    assert first.title.startswith("Go/no-go checkpoint") and "decided on evidence" in first.notes
    assert case.title == "Noor's case, then your odds" and "keep going on the retrieval" in case.notes
    assert not any("'s goal:" in t for t in _titles(agenda))


def test_feedback_they_asked_for_leads_and_what_to_tell_them_is_not_read_as_news_to_break():
    notes = "kemal asked me for feedback on his first quarter. what should i tell him? 1:1 tuesday"
    agenda = _agenda("Kemal", notes)
    assert agenda.items[0].title == "The feedback you asked for" and "first quarter" in agenda.items[0].notes
    assert not any(a.question.startswith("Do you tell") for a in agenda.answers)


def test_covering_for_an_absent_colleague_is_load_not_an_incident_between_them():
    notes = "dara is covering for vik who's off sick and looks swamped. 1:1 tomorrow"
    agenda = _agenda("Dara", notes, cues=["burnout"], others=["Vik"])
    assert not any(t.startswith("What happened with") for t in _titles(agenda))


def test_asking_to_lead_something_is_their_goal_with_the_managers_read():
    notes = "femi has been asking to lead the search revamp. i think he's ready but ola knows the code better"
    agenda = _agenda("Femi", notes, others=["Ola"])
    assert agenda.items[0].title == "Femi's goal: lead the search revamp"
    assert "i think he's ready" in agenda.items[0].notes


def test_a_result_the_manager_wants_to_recognise_leads_with_what_it_changed():
    notes = "1:1 with bea friday. she launched the fraud rules engine on tuesday and it cut chargebacks 12%. i want to thank her properly"
    agenda = _agenda("Bea", notes)
    first = agenda.items[0]
    assert first.title == "Recognise: the fraud rules engine"
    assert "cut chargebacks 12%" in first.notes and "who you will tell" in first.notes
    assert "What would you like to take on next?" in agenda.questions


def test_what_can_i_take_off_them_is_answered_from_the_load_the_manager_listed():
    notes = ("1:1 with nadia friday. she's on the fraud rules rota + the churn dashboard + filling in for the analyst who "
             "quit. exhausted lately. what can i realistically take off her")
    agenda = _agenda("Nadia", notes, cues=["burnout"])
    offload = next(a for a in agenda.answers if a.question == "What can you take off Nadia?")
    assert offload.answer.startswith("Hand over filling in for the analyst first")
    assert "defer or pause the churn dashboard" in offload.answer
    assert "keep the fraud rules rota" in offload.answer and "second person" in offload.answer


def test_the_managers_own_verdict_is_never_a_talking_point_only_a_prep_note():
    notes = "1:1 with omar monday. honestly i think he's checked out. missed two deadlines this month."
    agenda = _agenda("Omar", notes)
    said = " ".join(i.notes for i in agenda.items) + " ".join(agenda.questions)
    assert "checked out" not in said
    assert any("checked out" in p for p in agenda.prep_notes)


def test_snapping_at_one_of_a_group_names_the_role_never_a_person_called_one():
    notes = "1:1 with tariq tomorrow. he snapped at one of the designers in review, and someone complained."
    agenda = _agenda("Tariq", notes, cues=["conflict"])
    assert "The friction with the designer" in _titles(agenda)
    assert "One" not in agenda.markdown.replace("One-", "")


def test_a_joint_meeting_after_separate_talks_is_planned_as_the_joint_meeting():
    notes = ("mei and jonas keep clashing over who owns the feature store roadmap. i spoke to each of them separately "
             "last week; now i want to sit them down together on friday, 60 min.")
    agenda = _agenda("Mei and Jonas", notes, cues=["conflict"], minutes=60)
    titles = _titles(agenda)
    assert agenda.markdown.startswith("# Joint meeting with Mei and Jonas (60 min")
    assert titles[0] == "Why we're here and the ground rules"
    assert "Each of you: what you need from the outcome" in titles
    assert any(t.startswith("Your decision: who owns the feature store roadmap") for t in titles)
    assert not any("separately" in a.answer for a in agenda.answers)


def test_a_clipped_phrase_never_ends_mid_phrase():
    notes = ("ana and raj are fighting over the labelling vendor contract and who owns the quality metrics for the "
             "ranking models. do i decide? 1:1s thursday")
    agenda = _agenda("Ana and Raj", notes, cues=["conflict"])
    decision = next(t for t in _titles(agenda) if t.startswith("Your decision"))
    assert not decision.split()[-1] in {"the", "and", "who", "owns", "of", "for"}


def test_a_thin_case_is_a_plain_not_yet_and_the_managers_own_part_is_owned():
    notes = ("lena wants me to nominate her for staff this cycle. she's been stuck on maintenance tickets since march, "
             "that's on me, and her case looks weak. 1:1 friday 30 min. i want to be straight with her")
    agenda = _agenda("Lena", notes, cues=["wants_promotion"])
    first = agenda.items[0].notes
    assert "Say 'not yet' plainly" in first
    assert "stuck on maintenance tickets since march is on you" in first
    assert "want to be straight" not in first  # the manager's aim is not Lena's goal


def test_swapping_an_overloaded_buddy_is_answered_yes_before_day_one():
    notes = ("new grad ines joins tuesday. i'd lined up tomas as her buddy but he's swamped with the billing launch. "
             "first 1:1 wednesday 30 min. should i change the buddy?")
    agenda = _agenda("Ines", notes, cues=["new_hire"])
    swap = next(a for a in agenda.answers if a.question == "Do you swap the buddy?")
    assert swap.answer.startswith("Yes, before day one") and "Tomas" in swap.answer


def test_work_carried_on_by_a_colleague_during_leave_is_an_ownership_question_not_an_incident():
    notes = ("priya is back monday from parental leave, 1:1 that afternoon, 45 min. while she was out her anomaly "
             "detector was picked up by marek with a new approach, and the team moved to a new on-call rota. "
             "i'd like to keep her feeling it's still hers.")
    agenda = _agenda("Priya", notes, cues=["returning_from_leave"], others=["Marek"], minutes=45)
    titles = _titles(agenda)
    assert not any(t.startswith("What happened with") for t in titles)
    assert "What changed in your anomaly detector, and who owns it" in titles
    welcome = agenda.items[0].notes
    assert "on-call rota" in welcome and "i'd like" not in welcome.casefold()
    assert not any("standups" in n for n in agenda.prep_notes)  # carried on, not reworked behind her back: no credit talk


def test_a_joint_meeting_has_no_open_check_in_question():
    notes = ("kai and lin are at odds over the eval harness. had separate 1:1s with both already, now a joint meeting "
             "thursday, 30 min.")
    agenda = _agenda("Kai and Lin", notes, cues=["conflict"])
    assert "What's on your mind this week?" not in agenda.questions
    assert "Their topics" not in _titles(agenda)
    assert agenda.feedback_prompts == [] and "## Feedback prompts" not in agenda.markdown  # no 1-on-1 feedback in a joint meeting


def test_their_own_request_for_less_is_their_ask_to_discuss_and_their_own_act_is_not_news():
    notes = ("noor asked to pause her 10% open-source time until march, she skipped her last two days off. "
             "i think she's running on empty. 1:1 thursday")
    agenda = _agenda("Noor", notes, cues=["burnout"])
    titles = _titles(agenda)
    assert titles[0].startswith("How you're doing") and "Noor's request: pause her 10% open-source time until march" in titles
    assert not any(t.startswith("News for") or t == "Your honest read" for t in titles)
    assert any(q.startswith("You asked to pause your 10% open-source time") for q in agenda.questions)
    assert "running on empty" not in agenda.markdown  # the manager's guess is not read back to her


def test_back_from_a_secondment_with_a_wish_to_keep_that_work_is_a_return_not_a_go_no_go():
    notes = ("Ines is back on the 4th from a three-month rotation with the pricing team. While she was away, Bogdan took "
             "over her demand model and refactored the feature code. She said she would like to continue some of the "
             "pricing experiments she ran there. 1:1 on the 5th, 45 minutes")
    agenda = _agenda("Ines", notes, cues=[], others=["Bogdan"], minutes=45)
    titles = _titles(agenda)
    assert titles[0] == "Welcome back: re-onboarding" and not any(t.startswith("Go/no-go") for t in titles)
    changed = next(t for t in titles if t.startswith("What changed in") and t.endswith("and who owns it"))
    assert any(t.startswith("What she would like to keep: continue some of the pricing experiments") for t in titles)
    assert "Bogdan reworked" in agenda.items[titles.index(changed)].notes and "\u2026" not in agenda.items[titles.index(changed)].notes


def test_a_decision_made_above_them_is_news_told_as_final_with_credit_and_a_next_step():
    notes = ("our director decided to scrap the churn uplift model kai has built since june, it's final. i tell him "
             "tomorrow, 30 min. what do i do after?")
    agenda = _agenda("Kai", notes, cues=["reprioritized"])
    first = agenda.items[0]
    assert first.title == "News for Kai, told early: the churn uplift model"
    assert "your director decided to scrap the churn uplift model, and it is final" in first.notes
    assert "don't reopen the decision" in first.notes and "What would you like to work on next?" in agenda.questions
    assert any(n.startswith("Afterwards: ") for n in agenda.prep_notes)
    assert "Why the priority changed" not in _titles(agenda)


def test_a_request_to_move_to_a_colleagues_project_is_heard_and_answered_not_an_incident_with_the_colleague():
    notes = ("wen asked me whether she could switch to omar's search ranking work, says the labelling tool 'is busywork'. "
             "i'm not moving her this quarter but want to listen. 1:1 friday 30 min")
    agenda = _agenda("Wen", notes, others=["Omar"])
    titles = _titles(agenda)
    assert titles[0] == "Wen's request: switch to Omar's search ranking work"
    assert not any("What happened with Omar" in t for t in titles)
    first = agenda.items[0].notes
    assert "\u201cis busywork\u201d" in first and "not now, with the reason" in first


def test_a_clash_where_they_were_right_on_substance_says_so_and_agrees_a_repair_step():
    notes = ("1:1 with oona monday. in the roadmap review kwame called her churn model 'a toy' and she snapped that he "
             "can't read a confusion matrix, in front of everyone. honestly she's right. 30 min")
    agenda = _agenda("Oona", notes, others=["Kwame"])
    item = next(i for i in agenda.items if "Kwame" in i.title)
    assert "right on the substance" in item.notes and "one repair step with Kwame" in item.notes
    assert "How are you finding things here, honestly?" not in agenda.questions


def test_a_first_1_on_1_with_a_remote_joiner_who_may_not_ask_is_the_welcome_with_the_two_hour_rule_and_remote_habits():
    notes = ("new DS ama starts monday, fully remote from lisbon while we sit in berlin. first 1:1 thursday, 30 min. "
             "she seems shy. should i give her a week of flaky-test tickets as a starter task or is that too much")
    agenda = _agenda("Ama", notes, cues=["new_hire", "quiet"])
    welcome = agenda.items[0]
    assert welcome.title == "Welcome: the first weeks"
    assert "two-hour rule" in welcome.notes and "remote from the team" in welcome.notes
    assert not any(t.startswith("Growth") or t.startswith("Settling in") for t in _titles(agenda))
    answer = agenda.answers[0]
    assert answer.question == "Is a week of flaky-test tickets a fair starter task?"
    assert answer.answer.startswith("Yes, if it is scoped and paired") and "from the flaky-test tickets" in answer.answer


def test_news_decided_by_a_group_names_who_decided_and_what_when_the_notes_run_on():
    notes = "need to tell lin on friday that leadership decided to close the pricing lab she's run since march. 30 min"
    agenda = _agenda("Lin", notes, cues=["reprioritized"])
    first = agenda.items[0]
    assert first.title == "News for Lin, told early: the pricing lab"
    assert "leadership decided to close the pricing lab, and it is final" in first.notes


def test_two_shortfalls_in_one_sentence_are_two_facts_each_with_its_own_expectation():
    from tools.agenda_reasons import performance_examples

    notes = "bo missed the churn readout three weeks running and the last deck was lifted from a consultancy report"
    examples, expected = performance_examples(notes, Words("Bo", "he", "him", "his", "is"))
    assert examples == ["bo missed the churn readout three weeks running", "the last deck was lifted from a consultancy report"]
    assert expected[0].startswith("the churn readout lands on the day agreed; if it is going to slip, he says so")
    assert expected[1].startswith("work handed in is his own")


def test_a_performance_talk_opens_with_the_facts_said_to_the_person_and_no_formal_plan_yet():
    notes = "kemi missed the label audit again and the summary was plagiarised from a wiki page. not a PIP yet. 1:1 friday"
    agenda = _agenda("Kemi", notes, cues=["underperforming"])
    opening = agenda.items[0].notes
    assert "\u201cKemi, I want to talk about something specific: you missed the label audit again" in opening
    assert "this is not a formal plan (a PIP) today" in opening


def test_a_not_yet_the_answer_says_to_give_first_comes_before_their_topics():
    notes = ("ravi wants to know if he'll get to principal next round. frankly not yet, he's strong on systems but never "
             "mentored anyone. 1:1 wed, how do i break it to him without flattening him")
    agenda = _agenda("Ravi", notes, cues=["wants_promotion"])
    titles = _titles(agenda)
    assert titles.index("The honest answer: not yet") < titles.index("Their topics")
    assert any("first two minutes" in a.answer for a in agenda.answers)


def test_a_direct_question_answered_not_yet_keeps_its_tense():
    notes = "noor asked me flat out whether she'll be senior by summer. not yet, she hasn't owned a launch. 1:1 friday"
    agenda = _agenda("Noor", notes, cues=["wants_promotion"])
    first = agenda.items[0]
    assert first.title == "The honest answer: not yet"
    assert "whether she will be senior by summer. Answer it plainly and early: not yet" in first.notes


def test_work_taken_over_from_a_colleague_is_a_handover_not_something_that_happened_between_them():
    notes = ("first 1:1 with wen on monday, she joined this week. she'll take over the hand-tuned ranking rules from "
             "oskar, he moves to search in january")
    agenda = _agenda("Wen", notes, cues=["new_hire"], others=["Oskar"])
    titles = _titles(agenda)
    assert "Taking over the hand-tuned ranking rules from Oskar" in titles
    assert not any(t.startswith("What happened with Oskar") for t in titles)
    assert titles.index("Taking over the hand-tuned ranking rules from Oskar") > 0  # the welcome comes first
    assert any(n.startswith("Ask Oskar for a short handover note") for n in agenda.prep_notes)


def test_a_hyphenated_adjective_is_not_an_act_between_two_people():
    from tools.agenda_reasons import read_notes

    reading = read_notes("he reviews the well-tested pipeline with marta every week", Words("Ivo", "he", "him", "his", "is", ("Marta",)))
    assert not any(r.kind == "incident" for r in reading.reasons)


def test_a_gap_said_as_what_they_still_need_to_do_is_the_gap():
    from tools.agenda_reasons import gap_text

    assert gap_text("he's close but not there - still needs to own a launch end to end") == "own a launch end to end"
    assert gap_text("honestly she'd need to lead something with the payments team first") .startswith("lead something with the payments team")


def test_a_strength_is_never_the_but_clause_that_follows_it():
    from tools.agenda_reasons import stated_strength

    assert stated_strength("he's solid but the eval harness is still not written") == ""
    assert stated_strength("she's strong on modelling, but slow to write things down") == "the work on modelling"


def test_news_heard_second_hand_is_asked_about_first_and_named_whole_not_clipped():
    from tools.agenda import AgendaInput, build_agenda
    from tools.team import Person

    notes = ("taking over ruben after the split. apparently his old manager, who has since left, promised him the platform lead "
             "on the billing migration, which i've already given to dilys. and he was annoyed about the split. first 1:1 thursday")
    agenda = build_agenda(AgendaInput(person=Person(name="Ruben", role="engineer"), minutes=30, today=date(2026, 12, 4),
                                      cues=["inherited"], notes=notes, person_in_team=False, others=["Dilys"]))
    news = next(i for i in agenda.items if i.title.startswith("News for Ruben"))
    assert news.title.endswith("the platform lead on the billing migration")
    assert news.notes.startswith("You heard part of this second-hand, so start by asking what he was told")
    assert "has gone to dilys" in news.notes.lower()
    assert "annoyed about the" not in agenda.markdown
    assert "previous manager for a handover" not in agenda.markdown


def test_a_decision_the_manager_must_tell_them_is_said_whole_with_what_they_do_instead():
    notes = ("ana and i decided on friday: the pricing revamp is shelved, not paused. kofi has been prototyping for it for a month. "
             "he'll own the returns forecast next quarter instead, which is the end-to-end ownership he asked for. 1:1 tue. "
             "i have to tell him straight")
    agenda = _agenda("Kofi", notes, others=("Ana",))
    first = agenda.items[0]
    assert first.title == "News for Kofi, told early: the pricing revamp is shelved"
    assert "\u201cThe pricing revamp is shelved, not paused. You'll own the returns forecast next quarter instead." in first.notes
    assert "It's the end-to-end ownership you asked for." in first.notes
    assert "kofi has been prototyping for it for a month" in first.notes


def test_a_goal_is_read_as_its_own_phrase_with_the_scope_it_names():
    from tools.agenda_reasons import goal_words

    assert goal_words("the ledger port is almost finished, he wants to be principal owning the billing stack and i owe him a review") == (
        "to be principal owning the billing stack", "the billing stack")
    assert goal_words("she'd like to move into management") == ("to move into management", "")
    assert goal_words("the demo went well") == ("", "")


def test_someone_who_has_left_is_never_the_one_to_talk_to_separately():
    agenda = _agenda("Ines", "taking over ines from bertil, who left last month. bertil told her in front of the team that her model was sloppy.",
                     others=["Bertil"])
    text = agenda.markdown
    assert "talk to Bertil separately" not in text and "conversation with Bertil for after it" not in text
    assert "Bertil has left" in text


import pytest as _pytest


@_pytest.mark.parametrize("text", [
    "1:1 thurs w/ bastian. need to tell him the labelling work isn't good enough: 4 mislabelled batches",
    "she keeps missing standup and it has to change",
    "i want her to understand this stops",
    "been dreading this one, 30 min with cosmo",
])
def test_a_talk_said_as_what_it_must_do_is_a_hard_conversation(text):
    from tools.agenda_reasons import hard_conversation

    assert hard_conversation(text)


def test_an_ordinary_check_in_is_not_a_hard_conversation():
    from tools.agenda_reasons import hard_conversation

    assert not hard_conversation("1:1 with cosmo friday, 30 min, he wants to talk about the conference")
