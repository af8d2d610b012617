"""The message brief renders a money ask and a no-with-offers from typed facts, written to the reader: the ask names
its object (money, never an engineer), notes to the writer are withheld, the closing fits the reader, and what is
declined is never what is offered."""

from __future__ import annotations

from tools.message_brief import MessageBrief, adds_up, amount_of, closing_for, fitting_closing, offers_of, points_of, render, said_to_reader, subject_of
from tools.reader_voice import Reader

READER = Reader(names=["Hedda", "the Larkspur Trust"])


def test_a_money_ask_to_a_funder_leads_with_the_amount_and_what_it_pays_for():
    brief = MessageBrief(relation="funder", ask_kind="money", ask="an extra £30k on top of this year's £90k", ask_for="to run the reading tutor in 5 more schools",
                         facts=["each new school needs a week of setup, so it's about 3 months of one engineer", "you decide at your march 9 grants meeting"])
    r = render(brief, READER)
    assert r is not None and r.lead.startswith("I'm writing to ask for an extra £30k")
    assert "5 more schools" in r.lead
    assert "your march 9 grants meeting" in r.closing and "your team can do this" not in r.closing
    assert not any("decide" in x for x in r.body)  # the meeting is said once, in the closing


def test_a_note_about_what_the_reader_cares_about_is_never_said_to_them():
    said = said_to_reader("pupils gained on average 4 months of reading age, which is exactly what the trust funds us for", READER)
    assert said.startswith("Pupils gained") and "funds us" not in said and "trust" not in said


def test_the_managers_own_feelings_are_withheld_and_listed():
    brief = MessageBrief(relation="funder", ask_kind="money", ask="£12k", facts=["i really hate asking for money", "the pilot ran in 3 schools"])
    r = render(brief, READER)
    assert r is not None and r.withheld == ["i really hate asking for money"]
    assert all("hate" not in x for x in r.body)


def test_a_capacity_question_is_never_put_to_a_funder_or_customer():
    for relation in ("funder", "customer"):
        closing = fitting_closing(MessageBrief(relation=relation, ask_kind="money", ask="$20k"), "Could you confirm whether your team can do this, and by when?")
        assert "your team" not in closing and closing.endswith(("?", "it.", "need."))
    assert fitting_closing(MessageBrief(relation="peer"), "Could someone on your team help, or could you point me to the right person?").startswith("Could someone")
    assert closing_for(MessageBrief(relation="exec", ask_kind="money", ask="$20k")).startswith("Can you approve")


def test_a_no_thanks_them_for_what_they_asked_and_offers_what_we_can_with_their_things_as_yours():
    brief = MessageBrief(relation="customer", declined="whether we could forecast footfall for each of their 40 branches", declined_by="the end of March",
                         offers=offers_of("a weekly footfall summary for their top 5 branches from feb 1, and a planning call with their ops team in april"),
                         reasons=["we have no till data from their branches yet"])
    r = render(brief, READER)
    assert r is not None
    assert r.lead.startswith("Thank you for asking whether we could forecast footfall for each of your 40 branches") and "by the end of March" in r.lead
    assert "The reason: we have no till data from your branches yet." in r.body
    offers = [x for x in r.body[-1].splitlines() if x.startswith("- ")]
    assert len(offers) == 2 and "your top 5 branches" in offers[0] and "your ops team" in offers[1]
    assert r.closing == "Would these help in the meantime?"


def test_subjects_say_the_ask_or_the_request_and_stop_at_a_phrase_end():
    money = MessageBrief(ask_kind="money", ask="an extra €40k on top of this year's €150k", ask_for="to extend the flood model to the two northern valleys")
    assert subject_of(money) == "Request: an extra €40k on top of this year's €150k"
    no = MessageBrief(declined="whether we could build a model that scores every claim their adjusters open", offers=["a monthly claims summary"])
    assert subject_of(no) == "Your request to build a model"


def test_a_list_splits_at_its_and_but_never_inside_a_number_in_words():
    from tools.message_brief import offers_of

    assert offers_of("a weekly export of three hundred and two sites, and a call with the ops lead") == [
        "a weekly export of three hundred and two sites", "a call with the ops lead"]


def test_a_range_for_a_reader_who_wants_one_number_says_why_and_why_the_suggestion_is_safe():
    brief = MessageBrief(want="one number for the spring lamb count, so you can book the abattoir slots", range_low=1200, range_high=1500,
                         range_unit="lambs", range_chance=0.9, drivers="how cold march is", suggestion="book slots for 1250 now and add more in april")
    r = render(brief, READER)
    assert r is not None and r.lead.startswith("I know you'd like one number for the spring lamb count, so you can book")
    assert "between 1,200 and 1,500 lambs, and about 9 times in 10" in r.body[0]
    assert any(x.startswith("A single number would hide that spread") for x in r.body)
    assert "What we suggest: book slots for 1250 now and add more in april." in r.body
    assert "1,250 lambs sits near the bottom of the range" in r.body[-1]
    assert subject_of(brief) == "The spring lamb count: why it's a range, and what we suggest"


# ---- The manager's cost and payoff, added up (b37-d04): fresh phrasings.


def test_amounts_in_words_and_figures():
    assert amount_of("sixty-two thousand pounds", "a year").model_dump() == {"value": 62000.0, "currency": "£", "per": "a year"}
    assert amount_of("€240k").value == 240000.0
    assert amount_of("four hundred k").value == 400000.0
    assert amount_of("a lot") is None


def test_steps_in_points():
    assert points_of("half a point") == 0.5
    assert points_of("tenth of a percent") == 0.1
    assert points_of("3 points") == 3.0
    assert points_of("a percent") == 1.0


def test_cost_and_payoff_are_added_up_with_the_ratio():
    said = adds_up(
        "ask kwame (CFO) for three more labelling contractors. each contractor costs about sixty thousand dollars a year. "
        "every point of recall on the chargeback model is worth roughly $250k a year, and the relabelling push is targeting 2 points.", 3)
    assert "$180k a year (3 × $60k, my sum)" in said
    assert "worth about $500k a year (2 × $250k, my sum)" in said
    assert "about 3 times what they cost" in said


def test_a_payoff_alone_is_worked_out_and_no_payoff_says_nothing():
    said = adds_up("every tenth of a percent of yield on line 4 is worth about €90k a year and the new scheduler is aiming for half a point.")
    assert said == "Adding it up: the new scheduler aims for half a point, which at about €90k a year for every tenth of a percent is worth about €450k a year (5 × €90k, my sum)."
    assert adds_up("each hire is about 95k a year and we need two") == ""


def test_a_question_about_a_model_is_answered_first_then_the_figures_then_a_line_to_repeat():
    brief = MessageBrief(
        relation="exec",
        answers=[{"asked": "why the rota model 'panics'", "kind": "false_alarms", "answer": "we set it to catch almost every real shortage, and the price is that some warnings turn out fine."}],
        occasion="It warned of 12 short shifts last week and only 2 were short",
        explained=["It catches about 9 of every 10 short shifts", "The duty manager checks every warning"],
        line="It's set to catch about 9 of every 10 short shifts.",
    )
    r = render(brief, Reader(names=["Yusuf"], pronoun="he"))
    assert r is not None and r.paragraphs
    assert r.lead == "It warned of 12 short shifts last week and only 2 were short, so you asked why the rota model 'panics'."
    assert r.body[0].startswith("The short answer: we set it")  # the answer comes before the figures
    assert r.body[1] == "It catches about 9 of every 10 short shifts. The duty manager checks every warning."
    assert r.body[2] == "If it helps, you could put it this way: it's set to catch about 9 of every 10 short shifts."
    assert subject_of(brief) == "Why the rota model 'panics'"


def test_a_long_question_is_said_back_by_its_kind_and_a_proposed_use_is_advised_against():
    two = MessageBrief(answers=[
        {"asked": "why the scanner still misses some hairline fractures even though it is supposed to be smart", "kind": "misses", "answer": "no model like this catches every case."},
        {"asked": "whether it could catch every one", "kind": "catch_all", "answer": "only by raising far more false alarms."},
    ])
    r = render(two, Reader())
    assert r.lead == "You asked why it still misses some, and whether it could catch every one."  # the long one by its kind, the short one in their words
    assert r.body[0] == "Why it misses some: no model like this catches every case. Could it catch every one? Only by raising far more false alarms."
    assert subject_of(two) == "Why the scanner still misses some hairline fractures"
    use = MessageBrief(answers=[{"asked": "use it to rank the bids", "kind": "misuse", "answer": "'80% accurate' says much less than it sounds here."}], occasion="at Tuesday's panel")
    assert render(use, Reader()).lead == "I know you're thinking of proposing at Tuesday's panel that we use it to rank the bids, and I'd advise against it."


def test_costs_said_one_by_one_and_a_share_of_a_loss_are_added_up():
    said = adds_up(
        "need to ask brigid, our finance director, for two more people: a data engineer and a soil scientist. the data engineer is about "
        "ninety thousand pounds a year all in, the soil scientist contract about seventy thousand. last spring's late frost cost us around "
        "one point five million in lost yield, and a three-day warning would have saved maybe half of that.", 2)
    assert said == ("Adding it up: the two hires cost about £160k a year together (£90k + £70k, my sum); half of that £1.5M loss is about "
                    "£750k (my sum), about 5 times what they cost.")


def test_a_share_of_a_loss_is_worked_out_without_a_cost_and_nothing_is_summed_without_either():
    said = adds_up("returns cost us about $400k last year, and the new grader should catch about a quarter of those.", 1)
    assert said == "Adding it up: a quarter of that $400k loss is about $100k (my sum)."
    assert adds_up("we need one more analyst; the backlog is about nine weeks and growing.", 1) == ""


def test_what_the_answer_means_for_the_readers_own_plan_follows_the_one_verdict():
    from tools.message_brief import what_it_means

    brief = MessageBrief(if_not="move the launch webinar", can_say="announce it at the conference")
    yes = what_it_means(brief, "likely", "Tuesday 2 March")
    assert yes == "So there's no need to move the launch webinar now. You can announce it at the conference for Tuesday 2 March."
    no = what_it_means(brief, "unlikely", "Tuesday 2 March", "Friday 19 March")
    assert no == ("So I'd move the launch webinar now rather than wait. I wouldn't announce it at the conference for Tuesday 2 March; "
                  "Friday 19 March is a date I'd stand behind (8 in 10).")
    assert what_it_means(MessageBrief(), "no", "Tuesday 2 March") == ""


def test_what_they_would_tell_their_own_audience_is_answered_in_short_with_the_date_to_stand_behind():
    from tools.message_brief import what_it_means

    brief = MessageBrief(can_say="tell the regional heads on 12 February that the new routing model will be live in all depots from the start of March")
    no = what_it_means(brief, "unlikely", "Monday 1 March", "Monday 15 March")
    assert no == "I wouldn't tell the regional heads on 12 February that it will be ready for Monday 1 March; Monday 15 March is a date I'd stand behind (8 in 10)."
    dated = what_it_means(MessageBrief(can_say="quote it in the april newsletter"), "likely", "Monday 1 March")
    assert dated == "You can quote it in the april newsletter."  # their own date stays theirs, no second one added


def test_one_hire_against_a_loss_cut_by_a_share_is_worked_out_and_its_cover_said():
    said = adds_up("A planner costs around €60k a year all in. Last winter we binned about €90k of unsold bread, "
                   "and the demand model should cut that by a third.", 1)  # fmt: skip
    assert said == "Adding it up: the hire costs about €60k a year; a third of that €90k loss is about €30k (my sum), so on its own it covers about half of what it costs."
    more = adds_up("One analyst costs about £50k a year. We wrote off roughly £300k of stock last year and the forecast should cut that by half.", 1)
    assert more.endswith("about 3 times what it costs.")


def test_what_a_model_can_and_cannot_do_is_rendered_from_its_typed_limits():
    from tools.message_brief import ModelLimits

    limits = ModelLimits(thing="the lameness camera", verb="spotted", caught="about four in five", caught_what="lame cows", early="three days before the herdsman did",
                         missed="one in five", who="the herdsman", false_alarms="about one in six of its alerts were false alarms", not_replaced="the weekly foot check",
                         weaker_on="black cows", weaker_why="the camera sees their gait less clearly")
    r = render(MessageBrief(limits=limits), READER)
    assert r is not None and r.lead == "In short: the lameness camera can give the herdsman a head start, but it does not replace the weekly foot check; the two work together."
    assert r.body[0] == "What it can do: it spotted about four in five lame cows three days before the herdsman did."
    assert r.body[1].startswith("What it can't do: it gave no early warning for the other one in five, and about one in six of its alerts were false alarms.")
    assert "we still need the weekly foot check" in r.body[1]
    assert r.body[2] == "It is less reliable on black cows, because the camera sees their gait less clearly."
    assert subject_of(MessageBrief(limits=limits)) == "What the lameness camera can and can't do"


def test_limits_without_a_belief_or_a_rest_say_only_what_was_given():
    from tools.message_brief import ModelLimits

    r = render(MessageBrief(limits=ModelLimits(false_alarms="about 1 in 3 of its flags are false alarms")), READER)
    assert r is not None and r.lead.endswith("but it is not perfect.")
    assert not any("What it can do" in x or "still need" in x for x in r.body)


def test_a_team_status_is_counted_in_its_lead_and_says_each_item_on_its_own_line():
    from tools.message_brief import StatusItem

    items = [StatusItem(work="Ranker retrain", who="Ines", state="blocked", left_low=1, left_likely=2, left_high=4, blocker="GPU quota not approved", days_stuck=5),
             StatusItem(work="Search eval", who="Kofi", state="at_risk", due="Friday 15 January", left_low=3, left_likely=5, left_high=7),
             StatusItem(work="Label audit", who="Mo", state="undated", left_low=1, left_likely=1, left_high=2)]
    r = render(MessageBrief(status=items), READER)
    assert r is not None and r.lead == "Where the team's work stands: three pieces of work; one is blocked and one is at risk."
    lines = r.body[0].split("\n")
    assert len(lines) == 3 and all(x.startswith("- ") for x in lines)
    assert lines[0] == "- Ranker retrain (Ines): blocked for 5 working days: GPU quota not approved. Once it moves, about 2 weeks of work left (1 to 4)."
    assert "at risk for its date; due Friday 15 January" in lines[1]
    assert lines[2] == "- Label audit (Mo): about 1 week of work left (1 to 2); no fixed date."
    assert subject_of(MessageBrief(status=items)).startswith("Team status")


def test_an_expected_question_is_said_with_the_answer_or_a_place_for_it():
    from tools.message_brief import ANTICIPATED_GAP, anticipated_said

    assert anticipated_said(MessageBrief(anticipated="whether your rota changes", anticipated_answer="It doesn't.")) == "You may be wondering whether your rota changes: it doesn't."
    assert anticipated_said(MessageBrief(anticipated="whether your rota changes")).endswith(f": {ANTICIPATED_GAP}.")
    assert anticipated_said(MessageBrief()) == ""
