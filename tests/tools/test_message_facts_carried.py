"""Every fact the manager stated reaches the reader as a sentence: who owns a piece of work, a lost offer, a total
kept in its currency, a saving summed from its own figures, a line of notes said as prose, and the verdict a reader
asked for said before the facts behind it."""

from tools.message import DraftInput, _prepare, _time_at_stake, _total_cost, _with_dropped_points, polish, verdict_leads
from tools.reader_voice import has_verb, note_as_prose, note_label


def _input(purpose: str, *points: tuple[str, str], others: list[str] | None = None) -> DraftInput:
    return DraftInput.model_validate({
        "purpose": purpose, "audience": "own_team", "recipient": "",
        "facts": {"today": "2026-12-04", "points": [{"kind": k, "text": t} for k, t in points]},
        "reader": {"names": [], "others": others or []},
    })


def test_the_people_who_own_a_change_come_back_when_the_draft_drops_them():
    inp = _input("announce_change", ("point", "from feb 1 the on-call pager moves to the platform rotation"), ("point", "Tariq and Hana run the handover"), others=["tariq", "hana"])
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi team,\n\nFrom 1 February the on-call pager moves to the platform rotation.\n\nThanks,")
    assert back == ["Tariq and Hana run the handover."]
    assert body.index("Tariq and Hana") < body.index("Thanks,")


def test_two_named_people_and_their_verb_make_a_sentence():
    assert has_verb("Tariq and Hana run the handover.")
    assert not has_verb("Tariq and Hana.")


def test_an_offer_labelled_for_the_meantime_is_an_offer():
    assert note_label("what we can send them in the meantime: weekly hand-checked summaries") == ("offer", "weekly hand-checked summaries")
    assert note_label("what i can do meanwhile: a manual export every friday") == ("offer", "a manual export every friday")


def test_a_total_keeps_the_currency_of_the_per_person_cost():
    f = _prepare(DraftInput.model_validate({"purpose": "ask_for_resources", "audience": "executive", "facts": {"headcount": 3, "cost": "about €80k each", "points": []}}), [])
    assert _total_cost(f).startswith("about €240k in total")


def test_a_time_per_item_and_a_monthly_volume_are_summed_and_said_to_be_a_sum():
    said = _time_at_stake(_input("ask_for_resources", ("point", "triage takes 15 min per claim and we get ~4k claims a month")).facts.points)
    assert said == "That adds up to about 1,000 hours a month (15 min x 4k claims, my sum)."
    assert _time_at_stake(_input("ask_for_resources", ("point", "triage takes 15 min per claim")).facts.points) == ""


def test_minutes_before_per_stay_a_plural_and_before_a_noun_become_an_adjective():
    assert "12 minutes per ticket" in polish("saves 12 min per ticket")
    assert "a 30-minute call" in polish("book a 30 min call")
    assert "45 minutes with the panel" in polish("we get 45 min with the panel")
    assert "20 minutes longer" in polish("it took 20 min longer")


def test_a_verbless_line_of_numbers_is_said_as_a_sentence():
    assert note_as_prose("4 of us, about 120% loaded since june, queue ~9 weeks") == "There are 4 of us, we've been about 120% loaded since june, and the queue is ~9 weeks."
    assert note_as_prose("we shipped 3 models") == "we shipped 3 models"
    assert note_as_prose("the pilot is late, queue 2 weeks") == "the pilot is late, queue 2 weeks"


def test_a_question_asking_for_a_judgement_gets_the_managers_verdict_first():
    points = ["it's the share of calls answered in 20 seconds, the industry norm is 80%", "we think it's good enough for the winter peak"]
    assert verdict_leads("is that good or bad", points)[0] == "we think it's good enough for the winter peak"
    assert verdict_leads("why did it drop", points) == points


def test_a_volume_is_no_price_but_a_currency_or_a_cost_word_is():
    from tools.message import _is_money

    assert not _is_money("we handle ~6k tickets a month")
    assert _is_money("hosting is €6k a month") and _is_money("a senior hire is ~140k loaded")


def test_a_resource_ask_says_its_why_as_sentences_with_no_label_and_its_total_once():
    from tools.message import draft_message

    inp = DraftInput.model_validate({
        "purpose": "ask_for_resources", "audience": "executive", "recipient": "Odile",
        "facts": {"today": "2026-12-04", "headcount": 2, "resource": "data engineers", "cost": "about €120k each",
                  "points": [{"kind": "point", "text": "want 2 data engineers (about €120k each) for the ingestion rebuild"},
                             {"kind": "point", "text": "we are three people and the ingestion queue keeps growing"}]},
    })
    body = draft_message(inp).body
    assert "Why:" not in body and "We are three people and the ingestion queue keeps growing." in body
    assert body.count("120k") == 1 and "€240k" in body


def test_a_no_to_a_long_request_is_headed_by_what_was_asked_for_never_the_lead():
    from tools.message import draft_message

    inp = DraftInput.model_validate({
        "purpose": "decline_or_negotiate", "audience": "executive", "recipient": "Ilse",
        "facts": {"today": "2026-12-04", "offer": "a manual shortlist of the top 50 suppliers by 18 Dec",
                  "points": [{"kind": "request", "text": "you'd like a model that scores every supplier for late-delivery risk across all regions, for the board pack at the end of January, and you want it by 8 January"},
                             {"kind": "reason", "text": "the team is on the warehouse migration until mid-February"}]},
    })
    subject = draft_message(inp).subject
    assert not subject.startswith("I know") and "late-delivery risk" in subject


def test_the_readers_question_told_back_is_neither_the_answer_nor_a_fact_to_put_back():
    from tools.message import THEIR_QUESTION_TOLD_RE

    points = ["so you saw the churn dashboard and asked why we only flag 1 in 4 correctly", "most flagged accounts stay because we call them"]
    assert verdict_leads("why we only flag 1 in 4 correctly", points)[0] == "most flagged accounts stay because we call them"
    assert THEIR_QUESTION_TOLD_RE.match(points[0]) and not THEIR_QUESTION_TOLD_RE.match(points[1])


def test_a_plurals_that_agrees_with_its_verb():
    from tools.reader_voice import faults

    assert faults("We catch most of the outages that do happen.") == []
    assert faults("The file that are late is ours.") != []


def test_may_after_a_preposition_is_the_month_and_the_modal_stays():
    assert "report back in May" in polish("we'd report back in may on the spend")
    assert "It may slip a week." == polish("it may slip a week")


def test_the_ask_that_names_the_money_leads_a_resource_ask():
    from tools.message import draft_message

    inp = DraftInput.model_validate({
        "purpose": "ask_for_resources", "audience": "executive", "recipient": "Sunniva", "facts": {
            "today": "2026-12-04", "cost": "about €25k",
            "points": [{"kind": "point", "text": "we want an agency to transcribe 400 hours of the archive"},
                       {"kind": "ask", "text": "could we have a one-off budget of about €25k"}]},
    })
    msg = draft_message(inp)
    assert msg.body.split("\n\n")[1] == "Could we have a one-off budget of about €25k?"
    assert msg.subject == "Ask: A one-off budget of about €25k"
