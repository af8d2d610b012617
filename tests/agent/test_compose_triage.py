"""The triage answer a manager reads: a single request is answered yes or no in its headline (with who does it
instead when the person asked for is busy), the internal priority score stays internal, request names are cut at a
word, and every requester who gets a no or a later gets a reply addressed to them, never to a bot."""

from __future__ import annotations

import json
from datetime import date

from agent.brains.base import TurnContext
from agent.brains.offline import plan_triage
from agent.compose import compose_triage, short_title
from agent.situation import Situation
from tools.team import load_team
from tools.triage import InboxInput, TriageInput, triage_inbox, triage_request

TODAY = date(2026, 12, 4)  # a Friday: planning is on Monday 7 Dec


def _ctx(s: Situation, team=None, question: str = "should we take it") -> TurnContext:
    return TurnContext(question=question, intent="triage", situation=s, team=team, passages=[], messages=[],
                       tool_calls=[], history=[], today=TODAY)


def _run(s: Situation, team=None, question: str = "should we take it") -> str:
    ctx = _ctx(s, team, question)
    records = []
    for c in plan_triage(ctx):
        args = json.loads(c["arguments"])
        run = triage_inbox(InboxInput.model_validate(args)) if c["name"] == "triage_inbox" else triage_request(TriageInput.model_validate(args))
        records.append({"name": c["name"], "arguments": args, "result": run.model_dump(mode="json"), "error": None})
    return "\n".join(compose_triage(records, s))


def test_a_loan_of_a_blocked_person_due_midweek_is_a_yes_with_someone_free_and_no_score(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("person", "Marco", "question", "marco")
    s.put("requester", "Hedda", "question", "hedda")
    s.put("request_title", "review the partner's scoring logs", "question", "review the partner's scoring logs")
    s.put("request_effort_weeks", [0.3, 0.3, 0.3], "question", "a day and a half")
    s.put("deadline", "2026-12-08", "question", "by tuesday")
    text = _run(s, team)
    head = text.splitlines()[0]
    assert head.startswith("**Hedda's request") and "yes, but not Marco: give it to Sam" in head
    assert "escalate" in text and "snapshot job" in text  # Marco's own blocker is what needs the push
    assert "**What to say to Hedda**" in text and "Priority" not in text and "hold for planning" not in text


def test_a_long_request_is_named_in_a_few_words_cut_at_a_word():
    title = 'ops: can someone rebuild the nightly export for the three biggest customers before the audit "maybe a week'
    short = short_title(title)
    assert short.endswith("…") and len(short.split()) < len(title.split())
    assert title.startswith(short.removesuffix("…"))
    assert short.removesuffix("…").split()[-1] in title.split()  # a whole word, never a piece of one
    assert short_title("list of licences per model") == "list of licences per model"
    assert short_title('monitoring alert at 03:10 today: "feature store returning stale rows"') == "feature store returning stale rows"
    assert short_title("can you size the GPU ask for Q2? no rush") == "can you size the GPU ask for Q2"


def test_a_no_or_a_later_goes_to_the_team_that_asked_and_an_alert_gets_no_reply():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "nightly scoring job failed for 2 customers", "requester_role": "ops-bot", "kind": "incident",
         "urgency": "critical", "effort_days": 1},
        {"title": "a bespoke dashboard for the spring campaign", "requester_role": "marketing", "kind": "report",
         "effort_days": 4, "urgency": "low"},
        {"title": "a tidy-up of the old feature notebooks", "kind": "feature", "effort_days": 2, "urgency": "low"},
    ], "question", "the pasted messages")
    s.put("interrupt_budget_days", 1.0, "question", "one day spare")
    text = _run(s)
    assert "To marketing (" in text
    assert 'To whoever asked for "a tidy-up of the old feature notebooks"' in text
    assert "**Push back on:**" in text or "**Can sit until planning:**" in text
    assert "…." not in text
    assert "To ops-bot" not in text and "nightly scoring job failed" not in text.split("**What to say to each of them**")[1]


def test_a_dated_ask_weeks_away_is_a_window_not_a_yes_for_that_date():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "a churn-driver analysis for the town hall", "requester": "Wendell", "kind": "feature", "effort_days": 3,
         "deadline": "2026-12-16"},
        {"title": "maybe a fairness audit of the pricing model next quarter", "requester": "Rosa", "kind": "feature",
         "effort_days": 8, "deadline": "2027-03-31"},
    ], "question", "the pasted messages")
    s.put("interrupt_budget_days", 0.5, "question", "half a day spare")
    text = _run(s)
    assert "Thanks Wendell, we'll aim for Wed 16 Dec" in text  # three days of work: an aim until planning sizes it
    assert "aim for Wed 31 Mar" not in text and "have this for Wed 31 Mar" not in text


def test_a_title_read_as_the_person_asked_for_names_the_work_or_nothing():
    from tools.team import Request

    from agent.compose import _triage_subject

    assert _triage_subject(Request(title="kemal to rerun the holdout numbers", requester="Yusuf", interrupts=["Kemal"])) == \
        "Yusuf's request (rerun the holdout numbers)"
    assert _triage_subject(Request(title="kemal for 2", requester="Yusuf", interrupts=["Kemal"])) == "Yusuf's request"


def test_an_inbox_request_restated_with_a_new_date_is_triaged_on_that_date(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("requester", "Olivia", "question", "olivia")
    s.put("request_title", "churn numbers by region, split by product too", "question", "churn numbers by region")
    s.put("request_kind", "ad_hoc_analysis", "question", "by region")
    s.put("deadline", "2026-12-09", "question", "by wednesday")
    ctx = TurnContext(question="olivia wants the churn numbers by region again", intent="triage", situation=s, team=team,
                      passages=[], messages=[], tool_calls=[], history=[], today=TODAY)
    call = plan_triage(ctx)[0]
    request = json.loads(call["arguments"])["request"]
    assert request["requester"] == "Olivia" and request["deadline"] == "2026-12-09"  # not the team file's past date
    assert "overdue" not in _run(s, team)


def test_what_blocks_people_now_leads_the_answer_and_its_reply_comes_first_and_the_budget_reads_as_days_left():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "a quick look at the pricing test's sample size, by tuesday", "requester": "Ilse", "kind": "ad_hoc_analysis",
         "deadline": "2026-12-08"},
        {"title": "our service account was revoked, the scoring queue has stopped for two squads", "requester_role": "platform team"},
        {"title": "a lightning talk for the data guild some time next quarter", "requester_role": "data guild"},
    ], "question", "the pasted messages")
    s.put("interrupt_budget_days", 2.0, "question", "two days of slack")
    text = _run(s)
    head = text.splitlines()[0]
    assert head.startswith("**First, today: our service account was revoked")
    replies = text.split("**What to say to each of them**")[1]
    assert replies.index("To platform team") < replies.index("To Ilse")
    assert "schedule it properly" not in replies.split("To Ilse")[0]
    assert "Interrupt budget: 1 of 2 days left this week" in text and "sized at about a day" in text
    assert "days used" not in text


def test_a_quiet_inbox_keeps_the_whole_budget():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "a lightning talk for the data guild some time next quarter", "requester_role": "data guild"},
        {"title": "a second opinion on the forecast deck wording", "requester": "Ilse", "kind": "question"},
    ], "question", "the pasted messages")
    s.put("interrupt_budget_days", 1.5, "question", "a day and a half")
    text = _run(s)
    assert "Interrupt budget: all 1.5 days left this week" in text and "First, today" not in text


def test_asks_named_only_by_a_placeholder_get_the_order_to_use_and_a_request_for_the_asks():
    s = Situation(intents=["triage"])
    s.put("request_title", "a few things from earlier", "question", "a few things from earlier")
    s.put("urgency", "high", "question", "urgent")
    text = _run(s)
    assert text.startswith("**Paste the asks") and "broken or blocking people now" in text
    assert "the team takes it now" not in text and "What to say" not in text


def test_an_inbox_answer_names_the_first_move_what_to_push_back_on_and_what_can_sit():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "search ranking is serving stale results since the morning deploy", "requester_role": "pager", "kind": "incident",
         "urgency": "critical"},
        {"title": "a price-elasticity readout for the pricing offsite", "requester": "Dario", "kind": "report", "effort_days": 3,
         "deadline": "2026-12-15"},
        {"title": "an experiment with graph features, whenever", "requester": "Mette", "kind": "feature", "deadline": "2027-06-30"},
    ], "question", "the pasted asks")
    text = _run(s)
    head = text.splitlines()[0]
    assert head.startswith("**First, today:") and "**First move:** roll back the deploy" in head
    groups = text.splitlines()[2]
    assert "**Their date is an aim until sized:** a price-elasticity readout for the pricing offsite (Dario, due Tue 15 Dec)" in groups
    assert "**Push back on:**" not in groups  # the reply says 'we'll aim for' its date: never listed as a no
    assert "**Can sit until planning:** an experiment with graph features" in groups and "(Mette, due Wed 30 Jun)" in groups
    assert "Dario, we'll aim for Tue 15 Dec" in text and "3 days is assumed" in text


def test_an_ask_that_goes_ahead_with_nobody_named_still_gets_its_reply():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "holdout metrics for the q1 review", "kind": "report", "effort_days": 2, "deadline": "2026-12-15"},
    ], "question", "the pasted asks")
    s.put("interrupt_budget_days", 2.0, "question", "two days spare")
    text = _run(s)
    assert 'To whoever asked for "holdout metrics for the q1 review" (yes):' in text


def test_a_yes_to_an_ask_that_lands_on_someone_mid_project_says_what_it_costs_their_project(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("person", "Aisha", "question", "aisha")
    s.put("requester", "Teodor", "question", "teodor")
    s.put("request_title", "consent flags on the event tables", "question", "consent flags on the event tables")
    s.put("request_kind", "compliance", "question", "the privacy office")
    s.put("request_effort_weeks", [0.8, 0.8, 0.8], "question", "four days")
    s.put("deadline", "2026-12-22", "question", "by the 22nd")
    text = _run(s, team)
    cost = next(line for line in text.splitlines() if line.startswith("- **What it costs:**"))
    assert "4 working days of Aisha's time" in cost and "Feature store migration" in cost


def test_a_not_now_is_named_as_a_push_back_never_beside_nobody_gets_a_no():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": "a playful churn quiz for the newsletter, no rush", "requester": "Ambra", "kind": "feature", "urgency": "low"},
    ], "question", "the pasted asks")
    s.put("interrupt_budget_days", 1.0, "question", "a day spare")
    text = _run(s)
    assert "**Push back on:** a playful churn quiz for the newsletter" in text
    assert "nobody gets a flat no" not in text


def test_a_vague_ask_is_labelled_as_a_question_back_not_as_later():
    s = Situation(intents=["triage"])
    s.put("requests", [
        {"title": 'someone in finance asks if we can "take a look" at refunds', "requester": "Pell", "kind": "feature"},
    ], "question", "the pasted asks")
    s.put("interrupt_budget_days", 1.0, "question", "a day spare")
    text = _run(s)
    assert "To Pell (a question first):" in text and ": a question back first, no work yet." in text


def test_a_single_incident_gets_its_first_move_before_the_reasons():
    s = Situation(intents=["triage"])
    s.put("request_title", "since the noon release the pricing model quotes zero for half the basket", "question", "x")
    s.put("request_kind", "incident", "question", "incident")
    s.put("requester", "Wim", "question", "wim")
    lines = _run(s).splitlines()
    assert lines[1].startswith("- **First move:** roll back the release it started with")


def test_a_dated_ask_that_names_nobody_says_what_a_yes_costs_the_planned_work_and_a_smaller_version():
    s = Situation(intents=["triage"])
    s.put("requester", "Ilse", "question", "ilse")
    s.put("request_title", "re-score every open subrogation file", "question", "re-score every open subrogation file")
    s.put("request_effort_weeks", [0.8, 0.8, 0.8], "question", "four days")
    s.put("deadline", "2026-12-10", "question", "by thursday")
    s.put("project", "reserving model", "question", "reserving model")
    s.put("current_deadline", "2027-02-12", "question", "feb 12")
    text = _run(s)
    assert "**What it costs:** about 4 working days" in text and "reserving model (due Fri 12 Feb)" in text
    assert "**A smaller version to offer**" in text and "by Thu 10 Dec" in text


def test_an_incident_has_no_cost_line_it_simply_goes_first():
    s = Situation(intents=["triage"])
    s.put("request_title", "the claims scorer is returning nulls since the deploy", "question", "the claims scorer")
    s.put("request_effort_weeks", [0.4, 0.4, 0.4], "question", "two days")
    text = _run(s)
    assert "What it costs" not in text and "smaller version" not in text


def test_a_new_ask_weighed_against_the_weeks_budget_is_triaged_with_the_inbox_not_alone(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("requester", "Iolanthe", "question", "iolanthe")
    s.put("request_title", "a churn-by-plan table for the pricing offsite", "question", "a churn-by-plan table")
    s.put("request_effort_weeks", [0.2, 0.2, 0.2], "question", "a day")
    s.put("interrupt_budget_days", 2.0, "question", "2 days of interrupt budget")
    ctx = TurnContext(question="", intent="triage", situation=s, team=team, passages=[], messages=[], tool_calls=[],
                      history=[], today=TODAY)
    call = plan_triage(ctx)[0]
    args = json.loads(call["arguments"])
    assert call["name"] == "triage_inbox" and args["interruption_budget_days"] == 2.0
    titles = [r["title"] for r in args["requests"]]
    assert titles[-1] == "a churn-by-plan table for the pricing offsite" and len(titles) == len(team.inbox) + 1
    assert "churn-by-plan table" in _run(s, team)


def test_a_new_ask_for_a_named_teammate_weighed_with_the_inbox_says_whose_work_it_moves(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("with_inbox", True, "question", "with everything else in the queue")
    s.put("person", "Aisha", "question", "aisha")
    s.put("request_title", "a one-off export of refund rates per store", "question", "a one-off export of refund rates per store")
    s.put("request_effort_weeks", [0.5, 0.6, 0.9], "question", "three days")
    s.put("deadline", "2026-12-18", "question", "by the 18th")
    text = _run(s, team)
    focal = text.split("**The rest of your inbox")[0]
    assert focal.lstrip().startswith("**") and "one-off export of refund rates" in focal.splitlines()[0]  # the asked-about ask first
    assert "Aisha" in focal and "Feature store migration" in focal  # whose work a yes moves, said beside the decision


def _weighed(team, title: str, days: list[float], due: str, person: str | None = None, requester: str = "Ottilie"):
    s = Situation(intents=["triage"])
    s.put("with_inbox", True, "question", "on top of what's in the inbox")
    if person:
        s.put("person", person, "question", person.lower())
    s.put("requester", requester, "question", requester.lower())
    s.put("request_title", title, "question", title)
    s.put("request_effort_weeks", days, "question", "some days")
    s.put("deadline", due, "question", "by then")
    return _run(s, team)


def test_an_ask_weighed_with_the_inbox_is_decided_first_with_the_line_for_its_requester(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    text = _weighed(team, "a dump of chargeback reasons by card scheme", [0.5, 0.6, 0.7], "2026-12-17", person="Tom")
    head, rest = text.split("**The rest of your inbox, for context**")
    first = head.strip().splitlines()[0]
    assert first.startswith("**Ottilie's ask (a dump of chargeback reasons") and "not in full" in first  # 3 days > 2 left
    assert "**To who:** Tom" in head and "**What to tell Ottilie**" in head
    assert "> Thanks Ottilie" in head and "Wed 16 Dec" not in head  # the date she gave, not another ask's
    assert "Thu 17 Dec" in head
    assert "To Olivia" not in text and "To Ben" not in text  # no replies to asks the manager did not ask about
    assert "Fraud alerts spiking" in rest  # the rest of the inbox is still shown, as context


def test_a_small_weighed_ask_that_fits_the_budget_is_a_yes_not_an_aim(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    text = _weighed(team, "a one-off look at refunds for the top ten stores", [0.3, 0.4, 0.5], "2026-12-18", person="Aisha")
    head = text.split("**The rest of your inbox")[0]
    assert "yes" in head.splitlines()[0].lower() and " aim " not in head
    assert "Aisha is also asked for: Document model lineage" in head  # what she already owes, before a yes adds to it


def test_several_asks_in_one_forwarded_message_get_one_reply_to_its_writer():
    from agent.understanding import parse_situation

    q = ("our CPO sent this, can you answer it for me:\n'Hi, a few asks before Christmas: 1) the retention uplift numbers "
         "for the January board pack, by the 16th; 2) could someone join the vendor call about the new CDP on the 10th; "
         "3) a view on whether we should rebuild the recommender next year. Thanks, Soraya'\nwe're flat out on the pricing "
         "launch until the 17th and i can't lose anyone for more than a day")
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.intents == ["triage"] and {r["requester"] for r in s.get("requests")} == {"Soraya"}
    assert s.get("interrupt_budget_days") == 1.0
    text = _run(s)
    assert "**What to say to Soraya** (one reply to all 3 asks)" in text
    reply = text.split("**What to say to Soraya**")[1]
    assert "> Hi Soraya, thanks for these. On each:" in reply and "> 1) The retention uplift numbers" in reply
    assert "To Soraya" not in text  # never three separate replies to one person


def _run_question(question: str, team) -> str:
    from agent.understanding import parse_situation

    return _run(parse_situation(question, team, TODAY), team, question)


def test_an_ask_about_trouble_that_started_when_a_live_incident_did_is_part_of_it(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")  # its inbox has fraud alerts spiking since last night's deploy
    text = _run_question("odile in merchant ops messaged: a grocery chain's contactless payments keep bouncing since last "
                         "night, she wants someone to pull their decline codes today, maybe half a day. "
                         "does that get in and who does it?", team)
    head = text.splitlines()[0]
    assert "part of 'Fraud alerts spiking" in head and "today" in head
    reply = text.split("**What to tell")[1]
    assert "already fixing" in reply and "today" in reply


def test_trouble_that_started_at_another_time_is_its_own_ask(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    text = _run_question("odile in merchant ops messaged: a grocery chain's contactless payments keep bouncing since "
                         "monday, she wants someone to pull their decline codes today, maybe half a day, on top "
                         "of what's in the inbox. does that get in and who does it?", team)
    assert "part of" not in text.splitlines()[0]


def test_the_live_incident_itself_asked_about_is_answered_alone_not_with_the_whole_inbox(repo_root):
    from agent.understanding import parse_situation

    team = load_team(repo_root / "examples" / "team.yaml")  # its inbox has fraud alerts spiking since last night's deploy
    question = "fraud alerts going wild since last night's deploy, the on-call engineer wants tom on it. ok to pull him?"
    s = parse_situation(question, team, TODAY)
    assert s.get("request_kind") == "incident"
    assert [c["name"] for c in plan_triage(_ctx(s, team, question))] == ["triage_request"]


def test_pasted_asks_on_top_of_the_inbox_are_triaged_with_the_team_files_inbox(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("requests", [{"title": "a discount-elasticity chart for pricing", "requester": "Ines", "effort_days": 1}], "question", "1 pasted request")
    s.put("with_inbox", True, "question", "on top of the inbox")
    ctx = TurnContext(question="one more on top of the inbox", intent="triage", situation=s, team=team,
                      passages=[], messages=[], tool_calls=[], history=[], today=TODAY)
    titles = [r["title"] for r in json.loads(plan_triage(ctx)[0]["arguments"])["requests"]]
    assert "a discount-elasticity chart for pricing" in titles and "Fraud alerts spiking since last night's deploy" in titles
    s.drop("with_inbox")
    titles = [r["title"] for r in json.loads(plan_triage(ctx)[0]["arguments"])["requests"]]
    assert titles == ["a discount-elasticity chart for pricing"]


def test_a_new_ask_with_the_same_deadline_as_its_requesters_inbox_ask_takes_that_date_and_reads_as_planning_not_a_yes(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["triage"])
    s.put("with_inbox", True, "question", "on top of the inbox")
    s.put("requester", "Grace", "question", "grace")
    s.put("person", "Aisha", "question", "aisha")
    s.put("request_title", "retention policy evidence for the audit", "question", "retention policy evidence")
    s.put("request_kind", "compliance", "question", "audit")
    s.put("request_effort_weeks", [0.2, 0.2, 0.2], "question", "a day")
    ctx = TurnContext(question="grace also wants the retention policy evidence for the audit, same deadline, a day for aisha",
                      intent="triage", situation=s, team=team, passages=[], messages=[], tool_calls=[], history=[], today=TODAY)
    new = json.loads(plan_triage(ctx)[0]["arguments"])["requests"][-1]
    assert new["title"] == "retention policy evidence for the audit" and new["deadline"] == "2026-12-15"  # Grace's audit date
    head = _run(s, team).split("**The rest of your inbox")[0]
    assert "at Monday's planning, not before" in head and "yes: it fits" not in head
