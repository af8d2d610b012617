"""1-on-1 cues from the manager's words: the inherited report and the meeting with one's own manager, and the
clause each cue came from (what the agenda says was noticed)."""

from __future__ import annotations

import pytest

from agent.understanding.cues import cue_clause, detect_cues


@pytest.mark.parametrize(
    "text",
    [
        "first 1:1 with Ama next week, she's one of 6 reports I'm inheriting from another manager",
        "I just took over Ben's team; 1-on-1 with Lea on Monday",
        "1:1 with Omar, he came over from another manager last month",
    ],
)
def test_an_inherited_report(text):
    assert "inherited" in detect_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "1:1 with my own manager (VP Victor) wednesday, 30 min",
        "prep my 1-on-1 with my boss on Friday",
        "sync with my director tomorrow, I want to ask about headcount",
    ],
)
def test_a_meeting_with_ones_own_manager(text):
    assert "managing_up" in detect_cues(text)


@pytest.mark.parametrize("text", ["1:1 with Priya, my VP wants her on the summarizer", "agenda for Tom's 1:1, he is new"])
def test_a_report_is_neither(text):
    assert not {"inherited", "managing_up"} & set(detect_cues(text))


def test_the_clause_a_cue_came_from_is_short_and_in_the_managers_words():
    text = "priya's been online at midnight most of this week pushing fraud v3 and snapped at sam in standup. 1:1 tomorrow"
    clause = cue_clause(text, "burnout")
    assert "online at midnight" in clause and len(clause.split()) <= 8
    assert cue_clause(text, "new_hire") == ""


@pytest.mark.parametrize(
    "text, cue",
    [
        ("priya wants to talk staff promo at our 1:1 tues", "wants_promotion"),
        ("he was passed over for the lead role in the summer", "wants_promotion"),
        ("i hear she's talking to other companies", "retention_risk"),
        ("he might leave if nothing changes", "retention_risk"),
    ],
)
def test_promotion_and_flight_risk_in_plain_words(text, cue):
    assert cue in detect_cues(text)


def test_raising_a_topic_is_not_a_pay_raise():
    assert "wants_promotion" not in detect_cues("1:1 with my boss, I want to raise the on-call load")
    assert "wants_promotion" in detect_cues("she asked for a raise")


@pytest.mark.parametrize("text", ["skip-level with Hana next week", "first skip 1:1 with one of my manager's reports, Leo"])
def test_a_skip_level(text):
    assert "skip_level" in detect_cues(text)


@pytest.mark.parametrize("text", [
    "she told me on friday she's holding an offer and needs to answer them by the 15th",
    "pretty sure he's interviewing, two recruiters pinged me about him",
    "he's been talking to a couple of other firms",
    "i really don't want to lose her",
])
def test_someone_who_may_leave_is_a_retention_risk(text):
    assert "retention_risk" in detect_cues(text)


@pytest.mark.parametrize("text", [
    "we made an offer to the candidate yesterday",
    "she seems a bit bored lately",
    "he resigned himself to the rewrite",
])
def test_offers_we_make_and_boredom_are_no_retention_risk(text):
    assert "retention_risk" not in detect_cues(text)


@pytest.mark.parametrize("text", ["the new grad's first day is monday", "she starts on the 3rd", "he's joining our team in january"])
def test_someone_joining_is_a_new_hire(text):
    assert "new_hire" in detect_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "jonas missed the weekly metrics report again and nobody knew until friday",
        "the design doc she handed in was word for word copied from an old RFC, 1:1 thursday",
        "he has missed his sprint demo three sprints running",
    ],
)
def test_a_missed_deliverable_or_copied_work_is_underperformance(text):
    assert "underperforming" in detect_cues(text)


def test_copying_config_between_environments_is_not_underperformance():
    assert "underperforming" not in detect_cues("we copied the config from staging before the 1:1 demo")


@pytest.mark.parametrize(
    "text",
    [
        "she burned two days wrestling with the docker setup before anyone knew",
        "he's been fighting the cuda drivers on the new box all week",
        "spent most of the sprint battling the CI config",
    ],
)
def test_struggling_with_a_thing_is_being_stuck_not_a_conflict(text):
    cues = detect_cues(text)
    assert "stuck" in cues and "conflict" not in cues


@pytest.mark.parametrize(
    "text",
    [
        "wen and bo keep fighting over who owns the eval harness",
        "he's fighting with the infra team about quotas again",
        "the two of them have been at each other since the offsite",
        "it turned personal in friday's review and they're barely speaking now",
    ],
)
def test_people_fighting_or_no_longer_speaking_is_a_conflict(text):
    assert "conflict" in detect_cues(text)


def test_being_quiet_in_standup_alone_is_no_conflict():
    assert "conflict" not in detect_cues("he's not talking much in standup lately")


def test_going_up_for_a_level_is_a_promotion_ask():
    assert "wants_promotion" in detect_cues("kemi wants to know if she can go up for staff next round")


@pytest.mark.parametrize(
    "text",
    [
        "since the reorg he does only what's on the ticket and nothing more",
        "camera off in every call now, and nothing in retros",
        "she used to be the most vocal person in planning",
    ],
)
def test_signs_of_withdrawing_are_disengagement(text):
    assert "disengaged" in detect_cues(text)


def test_what_time_was_lost_on_is_the_blocker():
    from agent.understanding.cues import stuck_on

    assert stuck_on("she burned two days wrestling with the docker setup, then asked") == "two days on docker setup"


def test_work_killed_while_they_were_away_is_a_reprioritization():
    assert "reprioritized" in detect_cues("while she was out we cancelled the search ranking rebuild she led. 1:1 monday")


@pytest.mark.parametrize(
    "text",
    [
        "1:1 with dario. his eval harness has been 'nearly there' for six weeks... no wait: 'a week away' for six weeks",
        "1:1 with dario friday. he misses his own estimates and i only find out when i chase",
        "dario keeps slipping. raised it twice in passing, nothing has changed since",
        "he doesn't raise it until i ask, every single sprint",
    ],
)
def test_a_delivery_pattern_raised_before_is_an_underperformance_cue(text):
    assert "underperforming" in detect_cues(text)


def test_others_blocked_by_their_work_is_not_them_being_stuck():
    cues = detect_cues("1:1 with dario. the data team is now blocked on his schema change, and two teams are waiting")
    assert "stuck" not in cues
    assert "stuck" in detect_cues("1:1 with dario, he's blocked on the schema change since tuesday")


def test_reaching_a_level_in_a_named_cycle_is_a_promotion_ask_but_staffing_work_is_not():
    assert "wants_promotion" in detect_cues("kofi wants to know if he's getting to principal in the october cycle")
    assert "wants_promotion" in detect_cues("she asked whether she makes it in the june cycle")
    assert "wants_promotion" not in detect_cues("we're going to staff the fraud squad with two contractors")


def test_moving_the_managers_people_without_asking_is_someone_above_them():
    assert "managing_up" in detect_cues("second time this month she's pulled someone from my team without telling me")
    assert "managing_up" not in detect_cues("he moved the standup without asking me")


@pytest.mark.parametrize("text, cue", [
    ("she has been rerunning the nightly jobs at 5am before anyone is in, and replying to tickets at 10pm", "burnout"),
    ("1:1 with Kemal. he missed two of three release dates this half and I have to address his performance", "underperforming"),
    ("Ana is 10 weeks into the graph model, odds look low, I want to talk stop/continue", "research_go_no_go"),
    ("do we continue or stop the retrieval spike", "research_go_no_go"),
])
def test_terse_signs_of_each_situation(text, cue):
    assert cue in detect_cues(text)


@pytest.mark.parametrize("text", [
    "standup is at 9am and the demo at 2pm",
    "he hit three of four sprint commitments, nice",
    "we should continue the stop-word cleanup",
])
def test_ordinary_times_and_plans_are_no_cue(text):
    assert not {"burnout", "underperforming", "research_go_no_go"} & set(detect_cues(text))


@pytest.mark.parametrize(
    "text",
    [
        # out of character, and 'fine' said in quotes: signs of strain
        "30 min with ollie. he keeps saying he's 'fine' but he looks wrecked",
        "chat with beth on weds, she cried in retro, which was out of character",
    ],
)
def test_signs_of_strain_read_as_burnout(text):
    assert "burnout" in detect_cues(text)


def test_a_denial_about_a_thing_is_no_sign_of_strain():
    assert "burnout" not in detect_cues("the demo is not them, it is ours")


def test_a_temper_with_strain_keeps_both_readings():
    cues = detect_cues("1:1 w/ kemal tue. three weeks of 6am retrains and slack at 11pm, then he snapped at the support folks, so not him")
    assert cues[:1] == ["burnout"]  # the load comes first; the agenda treats the snap as a sign of it


def test_changing_a_colleagues_work_without_telling_them_is_a_conflict():
    assert "conflict" in detect_cues("1:1 with mo. sara says he keeps changing the label schema without telling her, broke her eval twice")


@pytest.mark.parametrize(
    "text",
    [
        "my director keeps cancelling our 1:1s and then reprioritises my team in meetings i'm not in. 20 min with her friday",
        "my cpo promised sales a churn dashboard by march without asking me. i have 30 min with him thursday",
    ],
)
def test_my_own_boss_bypassing_me_is_managing_up(text):
    assert "managing_up" in detect_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's ten weeks in and the ranker only beats the heuristic on about 15% of the shadow queries, wants two more months",
        "need a keep-or-kill on his diffusion prototype by the 20th",
        "do we keep funding it past january? it matches the old pipeline in ~40% of cases",
    ],
)
def test_a_research_bet_told_by_its_share_of_wins_or_the_keep_or_kill_call(text):
    assert "research_go_no_go" in detect_cues(text)


def test_a_clear_win_or_a_budget_line_is_no_research_bet():
    assert "research_go_no_go" not in detect_cues("the new model beats the old one on 90% of queries, let's ship it")
    assert "research_go_no_go" not in detect_cues("we keep funding the team offsite every year")


def test_not_wanting_to_lose_them_beside_another_cue_is_the_managers_stake_not_a_sign_of_leaving():
    text = ("hard 1:1 with ruslan thursday. three people told me his code reviews are cutting and personal. "
            "it has to stop and i don't want to lose him")
    assert "retention_risk" not in detect_cues(text)
    assert "retention_risk" in detect_cues("1:1 with ruslan, he's been talking to other companies and i don't want to lose him")


@pytest.mark.parametrize("text, cue", [
    ("first 1:1 with kolja wed, he starts mon 11 jan as a junior analyst", True),
    ("they're starting on the 18th of january, first check-in that friday", True),
    ("the billing migration starts jan 11, 1:1 with kolja wed", False),
])
def test_a_person_starting_on_a_date_is_a_new_joiner(text, cue):
    assert ("new_hire" in detect_cues(text)) is cue


def test_a_booking_reserved_for_someone_is_no_quiet_person():
    from agent.understanding.cues import detect_cues

    assert "quiet" not in detect_cues("his people keep grabbing the test rig we reserved for the audit run")
    assert "quiet" not in detect_cues("the room was reserved by finance")
    assert "quiet" in detect_cues("she's quite reserved in planning and rarely pushes back")


def test_work_said_to_drag_is_read_with_its_words():
    from agent.understanding.cues import slow_on

    assert slow_on("ngozi's been slow on the label audit, fwiw") == "slow on the label audit"
    assert slow_on("he is behind on the eval harness so") == "behind on the eval harness"
    assert slow_on("the rollout went fine") is None


@pytest.mark.parametrize("text", ["he seems to be spinning on the churn eval", "she's going round in circles with the spec", "rabbit-holing on drift again"])
def test_work_going_round_in_circles_is_stuck(text):
    from agent.understanding.cues import detect_cues

    assert "stuck" in detect_cues(text)


@pytest.mark.parametrize("text", [
    "two of the juniors came to me separately: he talks over them in every planning meeting",
    "at the client demo she described his dashboard as 'amateur stuff' in front of the whole room",
])
def test_how_someone_treats_others_told_by_those_on_the_receiving_end_is_conduct(text):
    from agent.understanding.cues import detect_cues

    assert "conduct" in detect_cues(text)
