"""Names and roles shown back as the manager wrote them: a step's name is its own words kept together, and a role
said of someone else is not the person's role."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _task_names(text: str) -> list[str]:
    return [t["name"] for t in parse_situation(text, None, TODAY).get("tasks") or []]


def test_step_names_keep_their_small_words_and_quantities():
    names = _task_names("left on the churn work: backfill two years of billing events from the warehouse, 1-2 weeks. "
                        "label and review, about 3 weeks. then a two week trial in four regions. due march 1, doable?")  # fmt: skip
    assert names == ["backfill 2 years of billing events", "label and review", "trial in 4 regions"]


def test_a_quantity_with_a_decimal_stays_whole_in_a_name():
    names = _task_names("score 2.5k invoices 2-3 days, then retrain 1 week. due friday the 18th")
    assert names[0] == "score 2.5k invoices"


def test_the_role_of_someone_the_work_is_shown_to_is_not_the_persons_role():
    s = parse_situation("ops wants jurgen for two weeks from monday. he's 2 weeks into the route model, 2 left, "
                        "and we show it to the depot manager on jan 20. ok to lend him?", None, TODAY)  # fmt: skip
    assert s.get("person") == "Jurgen" and s.get("person_role") is None


def test_a_role_given_with_an_abbreviated_title_is_read():
    s = parse_situation("1:1 thursday with oluwaseun, started last month as a junior NLP eng, very quiet so far", None, TODAY)
    assert s.get("person_role") == "junior NLP eng"


def test_who_gave_an_estimate_is_not_the_steps_name():
    names = _task_names("two streams in parallel: one, rebuild the demand model on the new sku data, Ayesha reckons 2 to 4 weeks, "
                        "and two, the checkout integration, the vendor says 3 to 6 weeks. start monday, need it by march 1")  # fmt: skip
    assert names == ["rebuild the demand model", "checkout integration"]


def test_the_role_of_the_person_asking_is_not_the_role_of_the_person_moved():
    s = parse_situation("our warehouse manager gintaras wants ayodele for 3 weeks from monday. she's 2 weeks into the slotting model, "
                        "about 2 left, due jan 15. can i?", None, TODAY)  # fmt: skip
    assert s.get("person_role") is None


def test_a_chat_asked_for_in_the_new_year_is_booked_after_the_break_not_due_on_new_years_day():
    s = parse_situation("triage pls, one day spare this week\n[10:05] Rhiannon (ops): weekly fill-rate export please, by friday\n"
                        "[16:40] CFO: had a thought about pricing elasticity, let's talk in the new year", None, TODAY)  # fmt: skip
    chat = next(r for r in s.get("requests") if r["requester_role"] == "CFO")
    assert chat["kind"] == "meeting" and chat["deadline"] > "2027-01-01"


def test_a_pronoun_inside_a_step_keeps_the_words_after_it():
    names = _task_names("retrain on the winter data 2-3 weeks, then she wants a week to walk through it with the dispatchers. due feb 12")
    assert names[-1] == "walk through it with the dispatchers"


def test_a_set_time_with_someone_is_a_meeting_to_prepare():
    from datetime import date

    from agent.understanding import parse_situation

    for q in ("45 min friday with odalys, she runs the warehouse team (peer). her pickers keep ignoring the slotting model. want a fix not a fight",
              "i've got twenty minutes with him tomorrow, bram has looked exhausted for weeks and missed two dates. how do i use it"):
        assert parse_situation(q, None, date(2026, 12, 4)).intent == "one_on_one", q
    q = "blocked 3 hours with sam to pair on the pipeline, fraud v3 due dec 18, will we make it?"
    assert parse_situation(q, None, date(2026, 12, 4)).intent != "one_on_one"
