"""Who a message is for (or from), read from the words around a message, whatever the case of the name."""

import pytest

from agent.understanding.addressee import addressee_in, name_like


@pytest.mark.parametrize(
    ("text", "name", "role", "direction"),
    [
        ("note to kofi (our head of payments): the fraud retrain slips", "Kofi", "our head of payments", "to"),
        ("draft a reply, fwd from ingrid (CRO): \"why did false positives jump?\"", "Ingrid", "CRO", "from"),
        ("aiko (PM) on slack: \"can we still demo ranking v2 on jan 12?\"", "Aiko", "PM", "from"),
        ("pavel just pinged 'are we still good for the 20th?'", "Pavel", "", "from"),
        ("write the ask to our research director (dr. okonkwo) for two more GPU nodes", "Okonkwo", "research director", "to"),
        ("biweekly update to director siobhan + the three team leads", "Siobhan", "director", "to"),
        ("tell our pilot customer renata (at shipwise) the launch moves", "Renata", "pilot customer at shipwise", "to"),
        ("email the steering committee chair, yusra, that the audit model slips", "Yusra", "steering committee chair", "to"),
        ("message for wojciech, our vp eng: we need one more MLE", "Wojciech", "vp eng", "to"),
        ("Draft my reply to Victor (VP Eng). I want to push back", "Victor", "VP Eng", "to"),
    ],
)
def test_the_person_a_message_is_for(text: str, name: str, role: str, direction: str) -> None:
    found = addressee_in(text)
    assert found is not None
    assert (found.name, found.role, found.direction) == (name, role, direction)


@pytest.mark.parametrize(
    "text",
    [
        "tell me what you think about moving priya",
        "should i tell the team before or after the offsite",
        "update to the roadmap: we dropped the churn work",
        "explain to the board why the forecast slipped",
        "tell them we can't do it before march",
        "message for the whole team about the reorg",
        "email my VP flagging we're at 140% load",
        "Explain to our CEO, no jargon, why the pricing model is late",
        "zero slack till feb, can we take it?",
        "aisha asked for a 1:1 about team dynamics",
        "Should I let Lena keep going on the research?",
    ],
)
def test_no_person_where_none_is_named(text: str) -> None:
    assert addressee_in(text) is None


def test_names_are_first_names_or_words_english_does_not_have() -> None:
    assert name_like("zainab") and name_like("okonkwo")
    assert not name_like("committee") and not name_like("flagging") and not name_like("the")
    assert name_like("harder", after_title=True)


@pytest.mark.parametrize(
    ("question", "recipient", "audience"),
    [
        ("note to kofi (our head of payments): the fraud retrain slips from jan 8 to jan 22, labels came late", "Kofi", "exec"),
        ("biweekly update to director siobhan + the three team leads: labeling pipeline 70% migrated, eta jan 15", "Siobhan", "director"),
        ("tell our pilot customer renata (at shipwise) the forecasting launch moves to late feb", "Renata", "customer"),
        ("cto bartholomew wants a yes/no on the voice bot by april. truth: unknown until the pilot ends feb 5. explain, no jargon", "Bartholomew", "cto"),
    ],
)
def test_a_question_that_opens_with_a_message_asks_for_that_message(question: str, recipient: str, audience: str) -> None:
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation(question, None, date(2026, 12, 4))
    assert s.intent == "stakeholder_message"
    assert (s.get("recipient"), s.get("audience")) == (recipient, audience)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pls draft a reply to the platform team lead (bongani) - he wants us to own the feature store oncall from january. no. we can do a shared rota with them from feb, 1 person per week. keep it collegial",
         {"purpose": "decline_or_negotiate", "recipient": "Bongani", "audience": "peer_team", "offer": "a shared rota with them from feb, 1 person per week"}),
        ("answer our head of sales (rodrigo) who asked 'can the pricing model be live for the jan 15 kickoff?' - honest answer is 40% for the 15th, 80% by feb 1",
         {"purpose": "answer_question", "recipient": "Rodrigo", "audience": "exec"}),
        ("tell the ML team that from january we're moving to 2-week sprints with a demo every other friday. some of them will grumble",
         {"purpose": "announce_change", "audience": "own_team", "decision": "from january we're moving to 2-week sprints with a demo every other friday"}),
        ("firm note to the data eng manager (yusuf) - third time this month a schema change broke our training pipeline with zero notice",
         {"recipient": "Yusuf", "audience": "peer_team"}),
        ("help me ask finance for 40k more annotation budget for q1 - without it the medical NER model stalls at 0.71 F1 and we miss the hospital pilot in march",
         {"purpose": "ask_for_resources", "cost": "40k", "reason": "without it the medical NER model stalls at 0.71 F1 and we miss the hospital pilot in march"}),
    ],
)
def test_what_a_message_is_for_and_what_it_carries(question: str, expected: dict) -> None:
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation(question, None, date(2026, 12, 4))
    assert s.intent == "stakeholder_message"
    assert {k: s.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("help me ask finance for 40k more annotation budget for q1 - without it the NER model stalls", "ask for 40k more annotation budget for q1"),
        ("my vp wants a one-pager on why we need a second GPU node. numbers: we wait 3 days per run", "ask for a second GPU node"),
    ],
)
def test_a_resource_ask_names_what_it_asks_for(question: str, title: str) -> None:
    from datetime import date

    from agent.understanding import parse_situation

    assert parse_situation(question, None, date(2026, 12, 4)).get("request_title") == title


def test_a_budget_ask_and_a_shorten_request_are_messages() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    ask = parse_situation("need to make a budget ask to our cfo amara for 2 more annotators, 30k for q1", None, date(2026, 12, 4))
    assert (ask.intent, ask.get("purpose"), ask.get("recipient"), ask.get("cost")) == ("stakeholder_message", "ask_for_resources", "Amara", "30k")
    short = parse_situation('shorten this for me: "Hi team, a quick update on the fraud model. We finished the backfill and training is underway."', None, date(2026, 12, 4))
    assert short.get("purpose") == "rewrite"


def test_why_i_cant_give_one_date_is_what_to_explain_not_its_reason() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation("Explain to our CFO, no jargon, why I can't give her one date for the pricing model", None, date(2026, 12, 4))
    assert s.get("purpose") == "explain_uncertainty" and s.get("reason") is None


def test_a_quoted_senders_line_after_the_ask_names_who_the_reply_is_for():
    from agent.understanding.addressee import addressee_in

    found = addressee_in("reply to this for me:\n> Wiremu (Head of Ops, East): could you have the roster model by the 12th?")
    assert found is not None and found.name == "Wiremu" and found.direction == "from"


def test_a_name_with_its_role_in_brackets_after_it_is_the_name():
    from agent.understanding.addressee import addressee_in

    found = addressee_in("henrike (founder) wants a single churn number for the board. explain why it is a range")
    assert found is not None and found.name == "Henrike" and found.role == "founder"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ask for 3 more annotators on the seed-sorting model. our CFO is anneliese, she reads everything on her phone", "Anneliese"),
        ("need £8k for a second GPU box. finance director's name is gunnar. keep it tight", "Gunnar"),
        ("let our distributor (a chain of garden centres, contact is perpetua) know the stock model slips a week", "Perpetua"),
        ("update for the port authority's head of safety, name's ewan: the berth model is late", "Ewan"),
        ("update our distributor's IT lead fenwick: the sync job moves to friday", "Fenwick"),
    ],
)
def test_a_name_stated_beside_the_readers_role_is_the_reader(text, name):
    found = addressee_in(text)
    assert found is not None and found.name == name and found.direction == "to"


def test_a_role_owned_by_an_organisation_keeps_the_titled_name():
    found = addressee_in("tell the partner clinic's pathology head, dr amadi, that the slide model is late")
    assert found is None or found.name != "Pathology"


def test_no_name_is_stated_when_the_words_name_no_person():
    assert addressee_in("the model is ready and the plan is fine") is None


def test_a_pasted_message_greeting_someone_by_title_names_them_with_it() -> None:
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation('make this shorter for the assessor:\n"Dear Ms Okonkwo, thank you for the visit on 2 December; as you asked, '
                        'we will send the validation pack and the drift reports for the last quarter by 15 December. Kind regards"',
                        None, date(2026, 12, 4))
    assert s.get("recipient") == "Ms Okonkwo"


@pytest.mark.parametrize(
    ("text", "name", "direction"),
    [
        # a name with its role beside it, and the reader meant by a pronoun in the ask
        ("ignatius (chair of the allotment board) read our pilot report and now says the model is 90% right. need a short note he can use", "Ignatius", "to"),
        ("the museum trustee (rosalind) is uneasy about our visitor counter. she needs something she can read out on monday", "Rosalind", "to"),
        ("bartholomew our cfo keeps asking why the churn range is so wide, write him something he can forward", "Bartholomew", "to"),
        # 'name, our role, asked ...': the reply goes back to them
        ("Marisol, our programme officer at the Fenwick Trust, asked why the triage score cannot simply flag every case. Draft a reply", "Marisol", "from"),
    ],
)
def test_a_reader_named_beside_their_role(text: str, name: str, direction: str) -> None:
    found = addressee_in(text)
    assert found is not None
    assert (found.name, found.direction) == (name, direction)


def test_a_pronoun_reader_with_two_people_introduced_is_nobody_in_particular() -> None:
    text = "ignatius (chair of the board) and rosalind (our treasurer) disagree about the model. need a note he can use"
    assert addressee_in(text) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # The name first in the brackets after a role, with asides about the person after a comma.
        ("treasurer (oswin, ex-auditor, hates slides) wants to know whether the forecast holds. two lines", "Oswin", "treasurer"),
        # A department in the brackets, and the question put in passing ('stopped me', 'caught me').
        ("bronwen (procurement) stopped me after standup: can the matcher be live by friday? reply short", "Bronwen", "procurement"),
        ("our cfo (ingeborg, old-school) caught me at lunch: is the churn model ready for q1? draft a reply", "Ingeborg", "our cfo"),
    ],
)
def test_a_reader_named_in_brackets_beside_a_role_asks_the_question(text: str, name: str, role: str) -> None:
    found = addressee_in(text)
    assert found is not None
    assert (found.name, found.role) == (name, role)


def test_catching_someone_is_no_asker_without_a_person_caught() -> None:
    # 'caught' without 'me' or 'us' is an ordinary verb: no reader is read from it.
    assert addressee_in("the monitor (grafana) caught the drift on tuesday") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # b45-d04, d11 showed the class: the reader was named but the draft opened "Hello"
        ("i have to ask our CFO, Ms Imogen Blackwood, for a second GPU budget line", "Imogen Blackwood"),
        ("ask my director, priyanka, for two more annotators this quarter", "Priyanka"),
        ("the village choir (morwenna runs it) wants a rota model by easter. write her a short note", "Morwenna"),
        ("the allotment society, run by gwendolyn, wants a yield model by march. draft her a reply", "Gwendolyn"),
        ("the school bursar, Mr Ignatius Pellow, asked if the meal model is ready by 1 March. write him an answer: yes", "Ignatius"),
    ],
)
def test_a_reader_named_away_from_the_message_word(text: str, name: str) -> None:
    found = addressee_in(text)
    assert found is not None and found.direction == "to"
    assert found.name == name


def test_asking_a_group_for_something_names_nobody() -> None:
    assert addressee_in("i want to ask the team for ideas on the roadmap") is None
