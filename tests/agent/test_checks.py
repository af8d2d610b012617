"""The draft checks the check node runs: recipient named, leads with the answer, no paste-back,
an ask that fits the audience, agreement with the recommendation, no past date."""

from __future__ import annotations

from datetime import date

from agent.checks import draft_problems, longest_echo, rewrite_problems
from agent.situation import Situation

TODAY = date(2026, 12, 4)


def _situation(**facts) -> Situation:
    s = Situation(intents=["stakeholder_message"])
    for name, value in facts.items():
        s.put(name, value, "question", str(value))
    return s


def _checks(body: str, question: str = "q", recommendation: str | None = None, **facts) -> set[str]:
    return {p.check for p in draft_problems(body, _situation(**facts), question, TODAY, recommendation=recommendation)}


def test_a_good_draft_passes():
    body = "Hi Victor,\n\nShort answer: likely yes, about 85% by 18 Dec 2026.\n\nWhat would change it: the backfill."
    assert _checks(body, "can we hit the date?", recipient="Victor", audience="vp") == set()


def test_each_problem_is_found():
    assert "recipient" in _checks("Hi,\n\nShort answer: yes.", recipient="Victor")
    assert "lead" in _checks("Hi,\n\nHere is where the project stands.")
    question = "tell my team priya moves to the summarizer after fraud v3 ships"
    assert "echo" in _checks("Priya moves to the summarizer after fraud v3 ships.", question)
    assert "ask-fit" in _checks("Priya will move. Can you confirm?", audience="own_team")
    assert "agrees" in _checks("Recommendation: switch now. Closing it out first keeps the work.", recommendation="switch_now")
    assert "past-date" in _checks("We will deliver by Fri 27 Nov 2026.")
    assert "greeting" in _checks("Hi ,\n\nShort answer: yes.") and "greeting" not in _checks("Hello,\n\nShort answer: yes.")
    assert "gap" in _checks("Hello,\n\nAn update on search: [add what changed and what comes next].")


def test_a_pasted_message_reworked_is_not_an_echo():
    pasted = "the eval numbers last week were wrong and nobody checked them at all"
    question = f"clean this up: '{pasted}'"
    assert "echo" in _checks(f"Hi team,\n\n{pasted}.", question)
    assert "echo" not in _checks(f"Hi team,\n\n{pasted}.", question, draft_text=pasted)


def test_options_may_name_the_other_strategies():
    body = "Recommendation: switch now.\n\nOptions:\n- Finish first: she finishes it first, then starts."
    assert "agrees" not in _checks(body, recommendation="switch_now")


def test_longest_echo_counts_consecutive_shared_words():
    assert longest_echo("we should ship the model by friday", "can we ship the model by friday?") == 5
    assert longest_echo("nothing alike", "entirely different") == 0


def _content(body: str, question: str, records: list | None = None, **facts) -> set[str]:
    from agent.checks import content_problems, numbers_given

    return {p.check for p in content_problems(body, question, numbers_given(question, records or []), _situation(**facts))}


def test_words_to_the_writer_in_the_body_are_caught():
    question = "note to lena: the rollout pauses until the audit clears. keep it warm, just the facts"
    assert "instruction" in _content("Hi Lena,\n\nThe rollout pauses until the audit clears. Keep it warm, just the facts.", question)
    assert "instruction" not in _content("Hi Lena,\n\nThe rollout pauses until the audit clears.", question)


def test_a_number_from_nowhere_is_caught_and_one_a_tool_gave_is_not():
    question = "tell finance we need 3 more annotators, about 12k a month"
    assert "wrong-number" in _content("Hi,\n\nWe need 4 more annotators, about 12k a month.", question)
    assert "wrong-number" not in _content("Hi,\n\nWe need three more annotators, about 12k a month.", question)
    from tools.simulate import PlanInput, WorkItem, forecast_completion

    plan = PlanInput(tasks=[WorkItem(name="build", optimistic=10, most_likely=20, pessimistic=40)], trials=2000, seed=7, deadline_days=20)
    result = forecast_completion(plan)
    chance = round(result.deadline_probability * 100)
    records = [{"name": "forecast_completion", "arguments": {}, "result": result.model_dump(mode="json")}]
    assert "wrong-number" not in _content(f"Hi,\n\nThe chance of making it is {chance}%.", "will it ship?", records)
    assert "wrong-number" in _content(f"Hi,\n\nThe chance of making it is {chance + 13}%.", "will it ship?", records)
    sure = [{"name": "forecast_completion", "arguments": {}, "result": result.model_copy(update={"deadline_probability": 0.996}).model_dump(mode="json")}]
    assert "wrong-number" not in _content("Hi,\n\nThe chance of making it is over 99%.", "will it ship?", sure)  # 0.999 said as 'over 99%'



def test_a_rewrite_longer_than_asked_is_caught():
    pasted = "First point here. Second point here. Third point here. Fourth point here."
    question = f'trim this to two sentences for my director: "{pasted}"'
    long_body = "Hi,\n\nFirst point here. Second point here. Third point here."
    assert "length" in _content(long_body, question, purpose="rewrite", draft_text=pasted)
    assert "length" not in _content("Hi,\n\nFirst point here. Third point here.", question, purpose="rewrite", draft_text=pasted)


def test_notes_to_the_writer_in_the_body_are_found():
    assert "note" in _checks("Hi Ines,\n\nYou're not technical. The model ships in March.", recipient="Ines")
    assert "note" in _checks("Hi Ines,\n\nThe model ships in March. Omar and a couple of others will grumble.", recipient="Ines")
    assert "note" in _checks("Hello,\n\nPost for the team channel. Deploys move to Tuesday.")
    assert "note" not in _checks("Hi Ines,\n\nYou asked about March: the model ships then.", recipient="Ines")


def test_a_decided_change_asks_for_no_agreement():
    question = "tell the ops leads the pricing model moves to feb. decision's made, no options"
    assert "decided" in _checks("Hello,\n\nThe pricing model moves to February. Can we agree the start date?", question)
    assert "decided" not in _checks("Hello,\n\nThe pricing model moves to February.", question)
    assert "decided" not in _checks("Hello,\n\nThe pricing model moves to February. Does this work for you?", "tell the ops leads the pricing model moves to feb")


def test_a_message_to_one_person_never_greets_the_team():
    assert "private" in _checks("Hi team,\n\nOla, your change broke the build.", recipient="Ola", audience="report")
    assert "private" not in _checks("Hi team,\n\nDeploys move to Tuesday.", audience="own_team")


def test_an_executive_gets_no_pleasantries_or_keep_you_posted():
    assert "exec-filler" in _checks("Hi Ruth, hope you are well.\n\nNothing broke.", recipient="Ruth", audience="ceo")
    assert "exec-filler" in _checks("Hi Ruth,\n\nNothing broke. I'll keep you posted.", recipient="Ruth", audience="ceo")
    assert "exec-filler" not in _checks("Hi Ruth,\n\nNothing broke.", recipient="Ruth", audience="ceo")
    assert "exec-filler" not in _checks("Hi Ruth, hope you are well.\n\nNothing broke.", recipient="Ruth", audience="product")


def test_a_draft_that_speaks_about_its_reader_is_caught():
    assert "voice" in _checks("Hi Dr Osei,\n\nOur head of research dr. Osei asked why the scores moved.", recipient="Dr Osei")
    assert "voice" in _checks("Hi Lena,\n\nLena thinks the model regressed, but the test set changed.", recipient="Lena")
    assert "voice" in _checks("Hi Lena,\n\nFrom January we send her a weekly export.", recipient="Lena")
    assert "voice" not in _checks("Hi Lena,\n\nFrom January we send you a weekly export; Priya will send her notes too.", recipient="Lena")
    assert "voice" not in _checks("Hi Lena,\n\nYou asked why the scores moved: the test set changed.", recipient="Lena")


def test_a_calendar_stamp_in_prose_and_a_tone_note_in_the_body_are_caught():
    assert "date-form" in _checks("Hi Lena,\n\nThe export moves to Mon 18 Jan 2027.", recipient="Lena")
    assert "date-form" not in _checks("Hi Lena,\n\nThe export moves to Monday 18 January.", recipient="Lena")
    assert "note" in _checks("Hi Lena,\n\nThe export moves a week. Sorry but not spineless.", recipient="Lena")
    assert "note" in _checks("Hi team,\n\nMo built the loaders and I want to thank him, not bury him.")
    assert "note" not in _checks("Hi team,\n\nA real thank-you to Mo, who built the loaders.")


def test_a_number_the_draft_says_it_summed_from_the_managers_figures_is_grounded():
    from agent.checks import content_problems

    question = "ask for 3 engineers, each about 90k, we run 12 pipelines and the audit adds 5 more"
    good = "Hi Ana,\n\nI'm asking for three engineers: about 270k in total (my sum). We would run 17 pipelines (my sum)."
    assert not [p for p in content_problems(good, question, {3.0, 90.0, 12.0, 5.0}, _situation()) if p.check == "wrong-number"]
    bad = "Hi Ana,\n\nI'm asking for three engineers: about 280k in total (my sum)."
    assert [p for p in content_problems(bad, question, {3.0, 90.0, 12.0, 5.0}, _situation()) if p.check == "wrong-number"]


def test_an_offer_the_manager_made_must_reach_the_draft():
    offer = "the labelling guide by feb 3, and 2 hrs of kofi in the wk of feb 8"
    dropped = "Hi Aroha,\n\nKofi is on the payments launch until it ships.\n\nThanks,"
    kept = ("Hi Aroha,\n\nWe can't take it on as asked. Kofi is on the payments launch.\n\nWhat I can offer instead:\n"
            "- The labelling guide by Wednesday 3 February\n- 2 hours of Kofi in the week of 8 February\n\nWould that work for you?")
    assert "dropped-fact" in _checks(dropped, recipient="Aroha", offer=offer)
    assert "dropped-fact" not in _checks(kept, recipient="Aroha", offer=offer)


def test_the_readers_question_said_back_to_them_is_caught_and_an_answer_is_not():
    asked = "Can you promise the scanner will never misread a passport number? Yes or no."
    echoed = "Hi Ines,\n\nCan you expect the scanner will never misread a passport number?\n\nYes or no."
    answered = "Hi Ines,\n\nNo, we can't promise that. In testing it misread 1 in 500 numbers."
    assert "said-back" in _checks(echoed, recipient="Ines", question_asked=asked)
    assert "said-back" not in _checks(answered, recipient="Ines", question_asked=asked)


def test_an_unfinished_aside_in_the_body_is_caught():
    assert "aside" in _checks("Hi Bo,\n\nThe release moves a week. We're not blaming anyone even though, well.", recipient="Bo")
    assert "aside" in _checks("Hi Bo,\n\nThe release moves a week, but, like...", recipient="Bo")
    assert "aside" not in _checks("Hi Bo,\n\nThe release moves a week, though the beta stays on Monday.", recipient="Bo")


def test_a_rewrite_that_keeps_a_harsh_phrase_a_hedge_or_loses_a_dated_ask_is_caught():
    original = "This is a mess. I'm fed up with chasing the eval results. Send them by the 10th."
    softer = {"facts": {"original": original, "rewrite_goal": "soften", "ask": ""}}
    kept = rewrite_problems("Hi Lin,\n\nThis is a mess. Could you send the eval results by Thu 10 Dec?", softer, TODAY)
    assert [p.check for p in kept] == ["harsh-kept"] and "This is a mess" in kept[0].detail
    lost = rewrite_problems("Hi Lin,\n\nCould you send the eval results soon?", softer, TODAY)
    assert [p.check for p in lost] == ["fact-lost"] and "Thu 10 Dec" in lost[0].detail
    firmer = {"facts": {"original": "Maybe send the results when you can?", "rewrite_goal": "firm", "ask": "the results by the 10th"}}
    hedged = rewrite_problems("Hi Lin,\n\nI need the results by Thu 10 Dec, if possible.", firmer, TODAY)
    assert [p.check for p in hedged] == ["hedge-kept"]
    assert rewrite_problems("Hi Lin,\n\nI need the results by Thu 10 Dec. Can you confirm?", firmer, TODAY) == []


def test_a_softer_rewrite_that_drops_a_told_you_so_count_has_lost_no_fact():
    softer = {"facts": {"original": "I've flagged this four times. The join is wrong on 2 of the 5 tables.", "rewrite_goal": "soften", "ask": ""}}
    assert rewrite_problems("Hi Ada,\n\nThe join is wrong on 2 of the 5 tables. Could we look at it together?", softer, TODAY) == []
    lost = rewrite_problems("Hi Ada,\n\nThe join is wrong on some tables.", softer, TODAY)
    assert [p.check for p in lost] == ["fact-lost", "fact-lost"]


def test_fragments_stray_capitals_and_drafter_typos_are_caught():
    from agent.checks import sentence_problems

    checks = {p.check for p in sentence_problems("Hi Noor,\n\nThe pilot slips. Was due 3 March, now mid-April. We lost about Five days and its been hard.\n\nThanks,")}
    assert checks == {"fragment", "capital", "typo"}
    assert sentence_problems("Hi Noor,\n\nThe pilot slips: it was due 3 March and is now mid-April. Is that a problem for you?") == []


def test_a_yes_no_question_needs_its_answer_in_the_opening():
    from agent.checks import answer_problems

    s = Situation()
    s.put("purpose", "answer_question", "question", "asks if")
    s.put("question_asked", "will the churn scores be ready by march 3?", "question", "will the churn scores be ready by march 3?")
    assert [p.check for p in answer_problems("Hi Noor,\n\nOur forecast: about 35% by 3 March and 80% by 17 March.\n\nThanks", s)] == ["unanswered"]  # odds alone: "so, yes or no?"
    assert answer_problems("Hi Noor,\n\nShort answer: probably not by 3 March.", s) == []


def test_a_subject_must_say_the_content():
    from agent.checks import subject_problems

    assert [p.check for p in subject_problems("The honest version")] == ["subject"]
    assert [p.check for p in subject_problems("Re: Can you confirm")] == ["subject"]
    assert [p.check for p in subject_problems("Re: Churn scores for the")] == ["subject"]
    assert subject_problems("Berth-window pilot: now the week of 11 Jan") == []


def test_a_why_question_is_no_yes_no_question():
    from agent.checks import YES_NO_ASKED

    assert not YES_NO_ASKED.match("Why did the block rate go from 1.1% to 1.6%?")
    assert not YES_NO_ASKED.match("our coo asks: why did accuracy fall?")
    assert YES_NO_ASKED.match("is the new recommender going to be ready for feb 9?")
    assert YES_NO_ASKED.match("whether the ranker broke")


def test_a_private_note_or_a_request_to_the_drafter_left_in_the_body_is_found():
    assert "note" in _checks("Hi Joss,\n\nThe churn model retrains weekly. You're a designer not a data person.")
    assert "note" in _checks("Hi Joss,\n\nThe churn model retrains weekly. You're nervous customers will notice.")
    assert "note" in _checks("Hi Joss,\n\nIt need a quick message that lets him answer the board.")
    assert "note" not in _checks("Hi Joss,\n\nThe churn model retrains weekly, so you'll see fresher scores from Monday.")


def test_a_percentage_said_in_tenths_is_a_number_the_manager_gave():
    from agent.checks import numbers_given

    assert {4.0, 5.0, 8.0, 10.0} <= numbers_given("the model says 80% range 140-230", [])


def test_a_holiday_said_in_full_carries_the_shorthand_date():
    from datetime import date

    from agent.checks import _date_carried

    assert _date_carried(date(2026, 12, 25), "before xmas", "Final numbers before Christmas.")


def test_a_reader_greeted_by_first_name_is_named():
    assert "recipient" not in _checks("Dear Tindra,\n\nShort answer: yes, by Fri 18 Dec.", recipient="Tindra Holmqvist")
    assert "recipient" in _checks("Dear colleague,\n\nShort answer: yes, by Fri 18 Dec.", recipient="Tindra Holmqvist")


def test_echo_source_leaves_out_the_managers_pasted_draft_and_the_context_that_retells_it():
    from agent.checks import echo_source, longest_echo

    pasted = "Lena, the churn dashboard went to the CFO with last month's numbers. I now have to correct it in front of the exec team."
    question = f"make this gentler, she's new. the dashboard went out yesterday and I now have to correct it in front of the exec team on monday. draft: {pasted}"
    body = "Hi Lena, the churn dashboard went to the CFO with last month's numbers, and I now have to correct it in front of the exec team."
    assert longest_echo(body, echo_source(question, pasted)) < 5
    assert longest_echo("she's new. the dashboard went out yesterday", echo_source(question, pasted)) >= 5  # the manager's own context is still theirs
    assert echo_source(question, None) == question
