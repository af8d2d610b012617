"""A peer's agenda (tools side): built from the notes with no report's questions, every stated fact named, and the
shared rule about what the notes say their side keeps doing; the returner's own leaving is never the cover's."""

from datetime import date

from tools.agenda import AgendaInput, build_agenda
from tools.team import Person

TODAY = date(2026, 12, 4)


def _peer(notes: str, relationship: str = "peer"):
    return build_agenda(AgendaInput(person=Person(name="Agathe", role="team member"), minutes=30, today=TODAY, notes=notes,
                                    person_in_team=False, relationship=relationship, cues=["conflict"]))


def test_the_peer_set_replaces_the_report_set():
    notes = "agathe runs support, not my report. her agents keep closing our escalation tickets early, 9 reopened last week"
    agenda = _peer(notes)
    titles = [i.title for i in agenda.items]
    assert titles[0] == "Why you're meeting: the goal you share" and "One rule you both keep" in titles
    assert agenda.feedback_prompts == [] and agenda.growth_item == ""
    assert "closing the escalation tickets early" in agenda.markdown
    assert "9 reopened" in agenda.markdown
    assert "Situation:" not in agenda.markdown  # a peer's state is not assessed


def test_someone_in_another_team_gets_the_same_set():
    agenda = _peer("agathe is on another team and her analysts pulled our forecast early twice", relationship="other_team")
    assert "in another team, not your report" in agenda.markdown


def test_a_report_keeps_the_report_set():
    agenda = _peer("agathe keeps closing tickets early", relationship="report")
    assert "One rule you both keep" not in agenda.markdown


def test_leaving_before_the_leave_is_not_the_cover_having_left():
    notes = ("agathe is back from 4 months leave on monday. while she was out her pricing model got handed to a consultant who "
             "rebuilt part of it. she was mid-way through a promo case before she left")
    agenda = build_agenda(AgendaInput(person=Person(name="Agathe", role="team member"), minutes=45, today=TODAY, notes=notes,
                                      person_in_team=False, cues=["returning_from_leave", "reprioritized"]))
    assert "has since left" not in agenda.markdown


def test_what_the_manager_concedes_opens_the_peer_prep_and_the_line_held_is_the_rule():
    notes = ("Agathe runs customer support and is a peer. Her agents keep closing tickets our triage model flags as fraud. "
             "She is right that the model flags far too many refunds, 14 of 20 last week were fine. "
             "But closing a flagged ticket without a note cannot continue. Meeting Tuesday, 30 min.")
    text = _peer(notes).markdown
    agenda = text.split("## Agenda")[1].split("## Questions")[0]
    first = agenda.split("\n2. ")[0]
    assert "You're right that the model flags far too many refunds" in first
    assert "Say the line you hold, once: closing a flagged ticket without a note cannot continue." in agenda
    assert agenda.count("cannot continue") == 1  # said once, in the rule, not again among the facts


def test_a_peer_prep_without_a_concession_keeps_the_stock_opening():
    text = _peer("Agathe leads the data platform and is a peer; her team changed the schema twice without telling us. Meeting Thursday.").markdown
    assert "You're right that" not in text and "Say the line you hold" not in text


def test_what_their_side_did_is_said_whole_to_the_manager_and_the_rule_they_want_is_an_item():
    agenda = _peer("agathe heads the analytics team, peer not a report. her team keeps grabbing the labelling budget my team set aside "
                   "for the audit without asking. want a sign-off rule we both follow.")
    text = agenda.markdown
    assert "her team keeps grabbing the labelling budget your team set aside for the audit without asking" in text
    assert "The rule: a sign-off rule you both follow" in [i.title for i in agenda.items]
    assert "One rule you both keep" not in text and "peer of" not in text and "not a report" not in text
    assert "times her people were right" not in text  # what they did to your team has no other side's record


def test_a_numbered_ask_and_rule_keep_the_managers_order():
    from tools.agenda_peer import peer_case

    case = peer_case("i want (1) two of his engineers on the outage review this week and (2) a heads-up before any schema change going forward")
    assert case.asks == ["two of his engineers on the outage review this week"] and case.ask_first
    assert case.rule == "a heads-up before any schema change going forward"
    agenda = _peer("his team broke our loader twice. i want (1) two of his engineers on the outage review this week and (2) a heads-up before any schema change going forward")
    titles = [i.title for i in agenda.items]
    assert titles.index("Your ask: two of his engineers on the outage review this week") < titles.index("The rule: a heads-up before any schema change going forward")


def test_taking_without_asking_gets_a_rule_for_asking_first_not_a_stock_one():
    agenda = _peer("twice now her team moved our batch jobs off the shared cluster without telling us")
    assert any(i.title == "The rule: a rule for asking first" for i in agenda.items)


def test_requests_brought_straight_to_one_of_yours_get_an_intake_route_and_an_emergency_path():
    notes = ("agathe heads claims ops (peer). his adjusters keep pinging Oren on slack for threshold changes, which eats "
             "Oren's mornings during the model freeze. 30 min, want to stay friendly")
    agenda = _peer(notes)
    route = next(i for i in agenda.items if i.title == "A route for threshold changes")
    assert "not as direct messages to Oren" in route.notes and "emergency path" in route.notes
    assert "One rule you both keep" not in [i.title for i in agenda.items]
    assert "how misses are described" not in agenda.markdown


def test_direct_requests_read_the_side_the_person_and_the_kind():
    from tools.agenda_peer import direct_requests

    found = direct_requests("her analysts keep DMing Priya directly for rule tweaks and Priya's losing half a day")
    assert (found.side, found.person, found.what) == ("her analysts", "Priya", "rule tweaks")
    assert direct_requests("her analysts keep closing our escalation tickets early") is None


def test_their_people_going_straight_to_yours_is_the_fact_said_whole():
    agenda = _peer("agathe (peer) - his devs keep asking Marco on slack for schema changes, it's killing his focus. 20 min")
    facts = next(i for i in agenda.items if i.title == "What happened, as data you both look at")
    assert "his devs keep asking Marco on slack for schema changes" in facts.notes
