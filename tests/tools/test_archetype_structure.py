"""How ML is laid out (centralized, embedded, hub and spoke, federated) is named from a description, with that
layout's usual fixes, and the description's direct questions (move under another org? conditions before saying yes?
which fix works without authority?) get a recommendation."""

from tools.archetype import ArchetypeInput, score_archetype
from tools.archetype_structure import answer_org_questions, read_structure


def test_a_central_platform_with_analysts_in_product_teams_is_hub_and_spoke_and_a_name_question_is_short():
    text = "our ML engineers are all in one platform group and the analysts live in the product teams. name for this?"
    s = read_structure(text)
    assert s is not None and s.layout == "hub_and_spoke" and "hub-and-spoke" in s.name
    res = score_archetype(ArchetypeInput(description="what do you call it when " + text))
    assert res.short and res.structure.layout == "hub_and_spoke"


def test_units_with_their_own_teams_and_a_hub_without_a_mandate_is_federated_with_fixes_that_need_no_authority():
    text = ("every region has its own DS team under the regional GM; my central ML platform group (5 people) runs the "
            "feature store but can't make anyone use it. the COO wants fewer duplicate pipelines by summer. "
            "which fix actually works when I have no authority?")
    s = read_structure(text)
    assert s.layout == "federated" and len(s.fixes) == 3 and "paved road" in s.fixes[0]
    answers = answer_org_questions(text, s)
    assert [a.question for a in answers] == ["Which fix works without authority?"]
    assert "sponsor" in answers[0].answer and "pilot" in answers[0].answer


def test_an_embedded_team_asking_to_move_gets_fix_the_dependency_first():
    text = ("our speech team (6) sits inside the devices division and owns its models end to end; GPUs come from the "
            "corporate IT cluster and we wait days. is this the embedded model, and should we lobby to move under the central AI org?")
    s = read_structure(text)
    assert s.layout == "embedded"
    answers = answer_org_questions(text, s)
    assert answers[0].question == "Is this the 'embedded' model?" and answers[0].answer.startswith("Yes")
    assert answers[1].question == "Should you push to move under the central AI org?"
    assert answers[1].answer.startswith("Not as your first move") and "service level" in answers[1].answer


def test_taking_on_a_team_gets_the_conditions_to_ask_for():
    text = "the VP wants to fold the BI reporting team (3 analysts) into my ML team next quarter. what should I ask for before I agree?"
    answers = answer_org_questions(text, read_structure(text))
    assert answers and answers[0].question == "What do you ask for before you say yes?"
    assert "mandate" in answers[0].answer and "priority list" in answers[0].answer and "ladders" in answers[0].answer


def test_a_description_without_a_layout_names_none_and_asks_nothing():
    text = "we're three people doing ML ad hoc for the ops team, nothing in production yet"
    assert read_structure(text) is None and answer_org_questions(text, None) == []


def test_the_layout_decides_where_ml_reports_when_the_description_does_not_say():
    res = score_archetype(ArchetypeInput(description="each business unit has its own data science team; a small central platform team offers tooling but has no mandate"))
    assert res.answers["ml_reports_to"] == "product_engineering_lead" and res.top == "product_embedded"


def test_a_central_service_an_it_platform_and_business_embedded_scientists_is_named_a_hybrid_and_the_pull_in_question_answered():
    text = ("I run ML at a retailer. we build forecasts for merchandising on request. a platform group under IT owns the "
            "kubernetes cluster and the GPU budget. every region has a couple of data scientists who report to the "
            "regional directors, not to me, and they duplicate our pipelines. what would you call this, and should i bring "
            "them into my team?")
    structure = read_structure(text)
    assert structure is not None and structure.layout == "hybrid"
    assert "owned by IT" in structure.name and "embedded in the business" in structure.name
    answers = answer_org_questions(text, structure)
    pull = next(a for a in answers if a.question.startswith("Should you pull"))
    assert pull.answer.startswith("Not as your first move") and "dotted line" in pull.answer


def test_embedded_people_who_report_to_the_ml_head_are_not_outside_the_line():
    text = "we build models for the sales team when they ask; the two data scientists in each region report to me"
    structure = read_structure(text)
    assert structure is None or structure.layout != "hybrid"


def test_asked_to_give_people_to_a_new_central_platform_the_answer_is_yes_with_conditions_and_the_plan_is_not_read_as_today():
    text = ("my 9-person ML team sits inside the payments product org. the VP wants to set up a central ML platform team and "
            "move two of my engineers into it. do i agree?")
    res = score_archetype(ArchetypeInput(description=text))
    assert res.structure is not None and res.structure.layout == "embedded"
    assert res.answers.get("ml_reports_to") == "product_engineering_lead"  # the proposed central team is a plan, not today
    give = next(a for a in res.org_answers if a.question.startswith("Should you agree to move 2"))
    assert give.answer.startswith("Yes, with conditions") and "2 fewer people" in give.answer  # 7 of 9 keep the product's work


def test_a_solo_ml_person_whose_models_never_ship_is_told_to_get_one_to_production_first():
    text = "i'm the only ML person at a 60-person insurer. the product team keeps asking for models but nothing ever ships."
    res = score_archetype(ArchetypeInput(description=text))
    assert res.answers.get("ml_team_size") == "few"
    assert res.next_moves[0].startswith("Get one model to production with engineering first")


def test_a_research_lab_beside_embedded_data_scientists_with_no_platform_is_named_as_that():
    text = ("we have a 'research lab' of five PhDs who mostly prototype, and every one of our three product teams has a "
            "data scientist of its own who reports to that team's lead. no one owns serving, each team built its own.")
    s = read_structure(text)
    assert s is not None and s.layout == "hybrid" and s.no_platform
    assert "research lab" in s.name and "nobody owns pipelines or serving" in s.name
    assert "owner for the shared stack" in s.fixes[0]


def test_a_proposal_to_centralise_the_embedded_people_is_answered_with_what_it_breaks_and_conditions():
    text = ("central ML lab of 4 doing research, each squad has one data scientist embedded. no shared platform. "
            "our VP wants to move the embedded data scientists into the lab. what would that break?")
    s = read_structure(text)
    answers = answer_org_questions(text, s)
    assert len(answers) == 1 and "pulling the embedded data scientists" in answers[0].question
    body = answers[0].answer
    assert body.startswith("It breaks the squads first") and "product context" in body
    assert "owner for feature pipelines and serving first" in body and "handover" in body
    res = score_archetype(ArchetypeInput(description=text))
    assert "what_breaks" in res.asked and res.org_answers


def test_a_lab_with_no_embedded_people_is_not_read_as_that_hybrid():
    assert read_structure("our AI lab of 6 does research for the whole company; it serves all product teams on request").layout == "centralized"


def _asked(text: str) -> dict[str, str]:
    return {a.question: a.answer for a in answer_org_questions(text, read_structure(text))}


def test_a_choice_between_merging_and_a_platform_team_is_made_with_the_stated_pain_and_what_would_change_it():
    text = ("insurance startup. claims ML (3) sits under ops, pricing ML (4) under the CFO. every team builds its own feature "
            "pipelines and last month ops dropped a shared customer feature and broke our pricing model. the CEO asks "
            "whether we consolidate both groups into one ML team or set up a platform team first. what do you recommend")
    answers = _asked(text)
    call = answers["Bring the ML people together, or a platform team first?"]
    assert call.startswith("Stand up the platform first")
    assert '"every team builds its own feature pipelines"' in call and "broke our pricing model" in call
    assert "What would change it" in call
    assert not any(q.startswith("Should you pull") for q in answers)  # one answer to one choice
    assert read_structure(text) is None or read_structure(text).layout != "hub_and_spoke"  # a proposed platform is not today's hub


def test_splitting_a_pod_off_a_small_team_is_answered_with_the_share_it_takes():
    text = ("i run forecasting, my team of 6 builds the demand models. my director wants to try splitting off a dedicated "
            "experimentation pod of 3 from my team next quarter. good idea?")
    answers = _asked(text)
    question, call = next(iter(answers.items()))
    assert question == "Should an experimentation pod of 3 split off from your team?"
    assert call.startswith("Not as a standing experimentation pod") and "3 of your 6 people, 50% of the team" in call
    assert "What would change it: new headcount" in call


def test_another_division_hiring_its_own_ml_people_gets_support_with_conditions():
    text = ("my central ML group of 12 reports to the CTO and runs the inference service. the payments division wants two "
            "ML engineers of its own. should I back their request or ask that those roles report to me?")
    call = _asked(text)["Support their hires, or ask for the roles to sit with you?"]
    assert call.startswith("Support it, with conditions") and "dotted line" in call and "What would change it" in call


def test_whether_a_group_should_move_under_me_is_answered():
    text = "finance has 2 analysts building churn models in excel. my boss asks whether the finance analysts should move under me."
    assert any("the finance analysts" in q for q in _asked(text))


def test_a_split_someone_proposes_is_not_todays_layout():
    from tools.archetype_structure import read_structure

    text = ("me plus five data scientists in one team under the COO, our models ship through the data warehouse's nightly job. "
            "the CPO wants to split us up and embed one in each product squad from Q3.")
    found = read_structure(text)
    assert found is None or found.layout != "embedded"


def test_conditions_for_a_team_split_up_are_about_what_the_pieces_keep():
    text = ("the ceo wants to dissolve my team and place one data scientist in each hospital. what conditions should i ask for?")
    asked = [a for a in answer_org_questions(text, None) if a.question == "What do you ask for before you say yes?"]
    assert asked and asked[0].answer.startswith("If it goes ahead: one named owner for each model")
    assert "combined team" not in asked[0].answer
