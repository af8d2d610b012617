"""Org archetype scoring: each lecture archetype is recognised from answers and from text, the design
choices match the lecture's table, scores are normalised, and unknown answers lower confidence."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.archetype import (
    ANSWER_LABELS,
    ARCHETYPE_LABELS,
    ARCHETYPES,
    PROFILES,
    QUESTIONS,
    WEIGHTS,
    ArchetypeAnswers,
    ArchetypeInput,
    infer_answers,
    infer_with_evidence,
    score_archetype,
)
from tools.errors import ToolInputError

# Paraphrases of the lecture's description of each archetype.
DESCRIPTIONS = {
    "nascent_ad_hoc": "We are a mid-sized logistics company and nobody really does ML here; a couple of analysts "
    "build ad-hoc models now and then, with little support and little in-house expertise.",
    "rnd": "Our ML work sits in the R&D lab of a large manufacturing company; we hire PhD researchers who publish "
    "papers, but it is hard to get quality data and models are rarely deployed.",
    "product_embedded": "We are a software company where ML engineers sit inside product teams and report to the "
    "team's engineering lead; there is a tight feedback cycle between ideas and product improvements.",
    "independent_division": "We are a large bank with an independent ML division that reports directly to senior "
    "leadership; ML product managers work with researchers and engineers, we hand models off to business lines, "
    "and feedback cycles are slow.",
    "ml_first": "We are an ML-first startup: the CEO invests heavily in ML, experts across the business chase quick "
    "wins, and ML is our core product; data thinking permeates the company.",
}

CANONICAL_ANSWERS = {
    "nascent_ad_hoc": dict(
        ml_reports_to="no_one",
        leadership_investment="none",
        data_access="very_hard",
        model_deployment="ad_hoc",
        work_emphasis="none",
        company_kind="smb_or_traditional",
        talent_density="little_expertise",
        feedback_cycle="none",
        ml_team_size="few",
        ml_core_product="no",
        data_owner="unclear",
        publishing="never",
    ),
    "rnd": dict(
        ml_reports_to="rnd_arm",
        leadership_investment="small",
        data_access="hard",
        model_deployment="rarely_deployed",
        work_emphasis="research",
        company_kind="large_industrial",
        talent_density="research_phds",
        feedback_cycle="slow",
        ml_team_size="small",
        ml_core_product="no",
        data_owner="other_teams",
        publishing="often",
    ),
    "product_embedded": dict(
        ml_reports_to="product_engineering_lead",
        leadership_investment="moderate",
        data_access="lagging",
        model_deployment="ml_engineers_own_in_product",
        work_emphasis="product",
        company_kind="software_or_fintech",
        talent_density="engineers_with_some_ml",
        feedback_cycle="fast",
        ml_team_size="small",
        ml_core_product="partly",
        data_owner="product_teams",
        publishing="never",
    ),
    "independent_division": dict(
        ml_reports_to="senior_leadership",
        leadership_investment="strong",
        data_access="good",
        model_deployment="ml_team_hands_off_and_maintains",
        work_emphasis="mixed",
        company_kind="large_financial_services",
        talent_density="high",
        feedback_cycle="slow",
        ml_team_size="medium",
        ml_core_product="partly",
        data_owner="ml_voice_in_governance",
        publishing="sometimes",
    ),
    "ml_first": dict(
        ml_reports_to="ceo_across_business",
        leadership_investment="ceo_driven",
        data_access="excellent",
        model_deployment="users_operate_and_maintain",
        work_emphasis="quick_wins_and_long_term",
        company_kind="big_tech_or_ml_startup",
        talent_density="top_everywhere",
        feedback_cycle="very_fast",
        ml_team_size="large",
        ml_core_product="yes",
        data_owner="ml_owns_infrastructure",
        publishing="often",
    ),
}

# The lecture's "Team Structure Design Choices" table (FSDL lecture 8).
EXPECTED_DESIGN = {
    "nascent_ad_hoc": ("not_yet_defined", "not_yet_defined", "not_yet_defined"),
    "rnd": ("research", "no_control", "rarely_deployed"),
    "product_embedded": ("software_engineering", "works_with_data_engineers", "owns_deployed_models"),
    "independent_division": ("engineering_and_research_mix", "voice_in_governance", "hands_off_and_maintains"),
    "ml_first": ("varies_research_collaborates", "owns_company_data_infrastructure", "hands_off_users_maintain"),
}


def test_questionnaire_has_ten_to_twelve_questions_all_in_the_weight_table():
    assert 10 <= len(QUESTIONS) <= 12
    assert set(WEIGHTS) == set(QUESTIONS) == set(ArchetypeAnswers.model_fields)
    for question, answers in WEIGHTS.items():
        assert all(w >= 0 for table in answers.values() for w in table.values()), question
        assert set(ArchetypeAnswers.model_fields[question].annotation.__args__[0].__args__) == set(answers)


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_canonical_answers_score_as_their_archetype(archetype):
    result = score_archetype(ArchetypeInput(answers=CANONICAL_ANSWERS[archetype]))
    assert result.top == archetype
    assert result.confidence == "high"
    assert result.unknown == [] and result.answered == len(QUESTIONS)
    assert result.drivers and result.drivers[0].weight >= result.drivers[-1].weight > 0
    assert all(not d.inferred for d in result.drivers)


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_canonical_description_scores_as_its_archetype(archetype):
    result = score_archetype(ArchetypeInput(description=DESCRIPTIONS[archetype]))
    assert result.top == archetype
    assert result.inferred, "the description should fill some answers"
    assert all(item.evidence and item.evidence in DESCRIPTIONS[archetype] for item in result.inferred)
    assert set(result.unknown) == {q for q, a in result.answers.items() if a is None}
    assert any(d.inferred for d in result.drivers)


@pytest.mark.parametrize("archetype", ARCHETYPES)
def test_design_choices_match_the_lecture_table(archetype):
    result = score_archetype(ArchetypeInput(answers=CANONICAL_ANSWERS[archetype]))
    dc = result.profile.design_choices
    assert (dc.software_vs_research, dc.data_ownership, dc.model_ownership) == EXPECTED_DESIGN[archetype]


def test_profiles_carry_the_lecture_facts():
    assert "Large financial services companies" in PROFILES["independent_division"].typical_companies
    assert any("oil and gas" in c for c in PROFILES["rnd"].typical_companies)
    assert any("ML-focused startups" in c for c in PROFILES["ml_first"].typical_companies)
    assert any("feedback cycle" in s.lower() for s in PROFILES["product_embedded"].strengths)
    assert any("hard to hire" in c.lower() for c in PROFILES["nascent_ad_hoc"].challenges)
    assert "no control" in PROFILES["rnd"].design_choices.data_ownership_note


def test_scores_sum_to_one_and_runner_up_differs():
    result = score_archetype(ArchetypeInput(answers={"ml_reports_to": "rnd_arm"}))
    assert math.isclose(sum(result.scores.values()), 1.0, abs_tol=1e-3)
    assert result.runner_up != result.top
    assert result.scores[result.top] >= result.scores[result.runner_up]


def test_no_answers_is_uniform_and_low_confidence():
    result = score_archetype(ArchetypeInput())
    assert all(math.isclose(s, 0.2) for s in result.scores.values())
    assert result.confidence == "low" and result.confidence_score == 0
    assert len(result.unknown) == len(QUESTIONS)


def test_unknown_answers_lower_confidence():
    full = CANONICAL_ANSWERS["product_embedded"]
    half = dict(list(full.items())[:4])
    strong = score_archetype(ArchetypeInput(answers=full))
    weak = score_archetype(ArchetypeInput(answers=half))
    assert weak.top == strong.top == "product_embedded"
    assert weak.confidence_score < strong.confidence_score
    assert len(weak.unknown) == len(QUESTIONS) - 4


def test_explicit_answers_win_over_text():
    result = score_archetype(
        ArchetypeInput(answers={"company_kind": "large_industrial"}, description=DESCRIPTIONS["ml_first"])
    )
    assert result.answers["company_kind"] == "large_industrial"
    assert all(item.question != "company_kind" for item in result.inferred)


def test_infer_answers_reports_inferred_and_unknown():
    answers, notes, unknown = infer_answers("Our R&D group hires PhDs.")
    assert answers["ml_reports_to"] == "rnd_arm" and answers["talent_density"] == "research_phds"
    assert ("ml_reports_to", "rnd_arm", "R&D") in [(n.question, n.answer, n.evidence) for n in notes]
    assert "feedback_cycle" in unknown and "ml_reports_to" not in unknown
    assert infer_answers("") == ({}, [], list(QUESTIONS))


def test_invalid_answer_names_the_field():
    with pytest.raises(ValidationError, match="ml_reports_to"):
        ArchetypeInput.model_validate({"answers": {"ml_reports_to": "the moon"}})
    with pytest.raises(ValidationError, match="answers.colour"):
        ArchetypeInput.model_validate({"answers": {"colour": "blue"}})


_answer_values = st.one_of(
    st.none(), st.sampled_from([a for table in WEIGHTS.values() for a in table]), st.text(max_size=5)
)


@settings(max_examples=50, deadline=None)
@given(
    answers=st.dictionaries(st.sampled_from(list(QUESTIONS) + ["bogus"]), _answer_values, max_size=12),
    description=st.one_of(st.text(max_size=300), st.sampled_from(list(DESCRIPTIONS.values()))),
)
def test_fuzz_archetype_input(answers, description):
    try:
        inp = ArchetypeInput.model_validate({"answers": answers, "description": description})
    except (ValidationError, ToolInputError):
        return
    result = score_archetype(inp)
    assert math.isclose(sum(result.scores.values()), 1.0, abs_tol=1e-3)
    assert all(math.isfinite(v) and 0 <= v <= 1 for v in result.scores.values())
    assert math.isfinite(result.confidence_score) and result.top in ARCHETYPES


@pytest.mark.parametrize(
    "name", ["score_archetype", "triage_request", "triage_inbox", "build_agenda", "draft_message", "lint_message"]
)
def test_people_tools_are_registered_with_described_schemas(name):
    from tools.registry import TOOLS

    spec = TOOLS[name]
    _, model = spec.load()
    description = spec.description()
    assert 20 < len(description) < 600 and description.count(". ") <= 1
    schema = model.model_json_schema()
    assert all(prop.get("description") for prop in schema["properties"].values()), name


# --- reading descriptions written the way managers write them ---------------------------------------------

# (description, expected archetype, answers it must fill). Written for these tests, not taken from the lecture.
READ_CASES = [
    ("We have a central ML team under the CTO that serves several product teams; we deploy the models and maintain "
     "them for the product teams, and access to data is good.",
     "independent_division",
     {"ml_reports_to": "senior_leadership", "model_deployment": "ml_team_hands_off_and_maintains", "data_access": "good"}),
    ("ML sits inside each product team reporting to its eng lead. Each team deploys its own models, and we wait "
     "weeks for data from the platform team.",
     "product_embedded",
     {"ml_reports_to": "product_engineering_lead", "model_deployment": "ml_engineers_own_in_product", "data_access": "lagging"}),
    ("Our model is the product - we are an AI company. About 60 ML engineers, we ship models daily and anyone can "
     "query the warehouse.",
     "ml_first",
     {"ml_core_product": "yes", "company_kind": "big_tech_or_ml_startup", "ml_team_size": "medium",
      "feedback_cycle": "very_fast", "data_access": "excellent"}),
    ("A couple of PhDs doing research the business barely uses. Hard to get clean data.",
     "rnd",
     {"ml_reports_to": "rnd_arm", "talent_density": "research_phds", "ml_team_size": "few", "data_access": "hard",
      "model_deployment": "rarely_deployed"}),
    ("Nobody does ML yet; one analyst tried a model in a spreadsheet last year.",
     "nascent_ad_hoc",
     {"ml_reports_to": "no_one", "model_deployment": "ad_hoc", "talent_density": "little_expertise"}),
    ("I run a 12-person data science group at a regional insurance company. We report to the chief data officer, "
     "hand models over to the underwriting teams and keep maintaining them. Feedback cycles are slow, months before we hear back.",
     "independent_division",
     {"ml_reports_to": "senior_leadership", "ml_team_size": "small", "company_kind": "large_financial_services",
      "model_deployment": "ml_team_hands_off_and_maintains", "feedback_cycle": "slow"}),
    ("Fintech, around forty engineers overall. Two ML engineers sit in the payments product team and report to its "
     "engineering lead; they put their models into production themselves and we iterate quickly.",
     "product_embedded",
     {"ml_reports_to": "product_engineering_lead", "ml_team_size": "few", "company_kind": "software_or_fintech",
      "feedback_cycle": "fast"}),
    ("We're a telecom operator with an R&D lab of fifteen researchers. We publish papers at NeurIPS but models rarely "
     "make it to production, and the data team owns all data.",
     "rnd",
     {"ml_reports_to": "rnd_arm", "ml_team_size": "small", "publishing": "often", "model_deployment": "rarely_deployed",
      "data_owner": "other_teams", "company_kind": "large_industrial"}),
    ("Family-owned logistics business. There's no ML team; our ops manager built ad-hoc forecasts in Excel. "
     "Leadership doesn't see the point yet.",
     "nascent_ad_hoc",
     {"ml_reports_to": "no_one", "ml_team_size": "none", "leadership_investment": "none", "company_kind": "smb_or_traditional"}),
    ("Big tech company: ML experts across the business chase quick wins while a research division works on long-term "
     "problems; the CEO champions AI and the ML org owns the data platform.",
     "ml_first",
     {"ml_reports_to": "ceo_across_business", "leadership_investment": "ceo_driven", "talent_density": "top_everywhere",
      "data_owner": "ml_owns_infrastructure"}),
    ("Large bank. Our independent AI division of about 80 people reports directly to the COO; we have a seat on the "
     "data governance council, and models are handed off to business lines who need a lot of convincing.",
     "independent_division",
     {"ml_reports_to": "senior_leadership", "ml_team_size": "medium", "data_owner": "ml_voice_in_governance",
      "model_deployment": "ml_team_hands_off_and_maintains"}),
    ("SaaS company. Each squad has its own data scientist; they ship features weekly, the product teams own their data, "
     "and ML powers our search ranking. We don't publish.",
     "product_embedded",
     {"ml_reports_to": "product_engineering_lead", "feedback_cycle": "fast", "data_owner": "product_teams",
      "ml_core_product": "partly", "publishing": "never"}),
    ("Pharma company, R&D arm has maybe twenty data scientists; we can't get the clinical data without months of "
     "legal review and nothing we built is in production.",
     "rnd",
     {"ml_reports_to": "rnd_arm", "ml_team_size": "small", "data_access": "very_hard", "model_deployment": "rarely_deployed"}),
]


@pytest.mark.parametrize("text, archetype, expected", READ_CASES, ids=[c[1] + str(i) for i, c in enumerate(READ_CASES)])
def test_descriptions_are_read_into_answers_with_evidence(text, archetype, expected):
    result = score_archetype(ArchetypeInput(description=text))
    got = {item.question: item.answer for item in result.inferred}
    assert {q: got.get(q) for q in expected} == expected
    assert result.top == archetype
    assert all(item.evidence.lower() in text.lower() for item in result.inferred)
    assert infer_with_evidence(text) == result.inferred


def test_reporting_line_deployment_and_data_access_fill_at_least_those_three_answers():
    text = READ_CASES[0][0]
    answers, evidence, _ = infer_answers(text)
    assert {"ml_reports_to", "model_deployment", "data_access"} <= set(answers)
    assert next(e for e in evidence if e.question == "ml_reports_to").evidence == "central ML team"


@pytest.mark.parametrize("text, size", [
    ("a team of 4 ML engineers", "few"), ("we are eight data scientists", "small"), ("two dozen researchers", "medium"),
    ("a 150-person AI org", "large"), ("no ML team at all", "none"),
])
def test_team_size_is_read_from_numbers_and_words(text, size):
    assert infer_answers(text)[0]["ml_team_size"] == size


def test_general_headcount_is_not_taken_for_the_ml_team():
    assert "ml_team_size" not in infer_answers("We are about 300 engineers and nobody owns the data.")[0]


def test_every_profile_has_concrete_next_moves_and_no_repeated_wording():
    for archetype, profile in PROFILES.items():
        assert 3 <= len(profile.next_moves) <= 5, archetype
        sentences = [profile.summary, *profile.strengths, *profile.challenges, *profile.next_moves,
                     profile.design_choices.software_vs_research_note, profile.design_choices.data_ownership_note,
                     profile.design_choices.model_ownership_note]
        assert len(sentences) == len(set(sentences)), archetype
        assert not any("gives no" in s for s in sentences)
    result = score_archetype(ArchetypeInput(description=READ_CASES[4][0]))
    assert result.next_moves == PROFILES["nascent_ad_hoc"].next_moves and result.label == "Nascent / ad hoc"


def test_labels_cover_every_archetype_and_every_answer():
    assert set(ARCHETYPE_LABELS) == set(ARCHETYPES)
    assert ARCHETYPE_LABELS["independent_division"] == "Independent ML division"
    assert set(ANSWER_LABELS) == set(QUESTIONS)
    for question, table in WEIGHTS.items():
        assert set(ANSWER_LABELS[question]) == set(table), question
        assert all(label and "_" not in label for label in ANSWER_LABELS[question].values())


def test_prose_descriptions_of_common_setups_are_read():
    from tools.archetype import infer_with_evidence

    def answers(text):
        return {i.question: i.answer for i in infer_with_evidence(text)}

    assert answers("research lab inside a bank, 6 phds, we publish, zero production")["ml_reports_to"] == "rnd_arm"
    assert answers("research lab inside a bank, 6 phds, we publish, zero production")["model_deployment"] == "rarely_deployed"
    assert answers("our ML folks report to their product managers, PMs set their priorities")["ml_reports_to"] == "product_engineering_lead"
    assert answers("we own fraud and churn models end to end, we deploy ourselves")["model_deployment"] == "ml_engineers_own_in_product"
    assert answers("BU champions build their own models on our stack; we own zero models")["model_deployment"] == "users_operate_and_maintain"


def test_shipping_models_ourselves_is_owning_them_in_production_not_an_open_question():
    answers, _, _ = infer_answers("six engineers, two of us do ML and we ship models into the app ourselves; no data engineers")
    assert answers["model_deployment"] == "ml_engineers_own_in_product"
    assert answers["ml_team_size"] == "few" and answers["data_owner"] == "unclear"


def test_the_next_hire_follows_the_bottleneck_the_answers_show():
    from tools.archetype import next_hire

    assert next_hire({"model_deployment": "ml_engineers_own_in_product", "data_owner": "unclear"}).role == "a data engineer"
    assert next_hire({"model_deployment": "ml_engineers_own_in_product", "ml_team_size": "few"}).role == "an ML engineer to own production"
    assert "production" in next_hire({}).role  # nobody ships yet: someone who can
    assert next_hire({"model_deployment": "rarely_deployed", "data_access": "hard"}).role.startswith("an ML engineer who turns research")


def test_a_platform_team_split_is_read_in_the_descriptions_numbers():
    from tools.archetype import platform_split

    split = platform_split("split my eight person ML platform team into a serving pod and a training pod, and embed one platform "
                           "engineer in each of the three product teams")  # fmt: skip
    assert (split.team_size, split.embedded, split.left, split.pods, split.per_pod) == (8, 3, 5, 2, 2.5)
    assert platform_split("Our platform team owns serving and training for 4 product ML teams") is None  # no split proposed


def test_what_the_description_asks_is_recorded_for_the_answer():
    result = score_archetype(ArchetypeInput(description="We are an ML-first startup. What should our first hire be, and what's a one-liner for investors?"))
    assert result.asked == ["next_hire", "investor_line"]
    assert score_archetype(ArchetypeInput(description="We are an ML-first startup.")).asked == []


def test_what_the_description_says_of_other_teams_and_of_options_is_not_read_as_the_ml_teams_own():
    from tools.archetype import infer_answers

    text = ("we sell insurance online, ~60 engineers. my pricing ML group of 4 reports into the CPTO. a separate data "
            "engineering team of 3 owns the warehouse and the dbt jobs but not model serving, so we host our own models "
            "on a VM we patch ourselves. there's no research team. the CTO floated creating an ML platform team next year.")
    answers, _, _ = infer_answers(text)
    assert answers["ml_reports_to"] == "senior_leadership"
    assert answers["data_owner"] == "other_teams"
    assert answers["model_deployment"] == "ml_engineers_own_in_product"
    assert answers["work_emphasis"] == "product"


def test_absence_said_of_other_units_does_not_make_an_org_with_a_model_team_nascent():
    text = ("I run the pricing data science group at a regional grocer: three data scientists and an engineer, and we maintain the "
            "markdown model and the demand forecast. The store ops people keep ad-hoc spreadsheets of their own. The BI team owns "
            "the sales warehouse and releases changes twice a quarter. What are we?")
    answers, _, _ = infer_answers(text)
    assert answers.get("ml_reports_to") != "no_one"
    assert answers.get("data_owner") == "other_teams" and answers.get("feedback_cycle") == "slow"
    assert score_archetype(ArchetypeInput(description=text)).top != "nascent_ad_hoc"


def test_a_description_with_nobody_doing_ml_is_still_nascent():
    text = "We're a 40-person logistics firm. Nobody does ML; one analyst tried a model in excel last year. Where do we start?"
    assert score_archetype(ArchetypeInput(description=text)).top == "nascent_ad_hoc"


def test_the_call_on_a_floated_move_replaces_the_generic_answer_to_the_same_move() -> None:
    text = ("ML is: me + 2 analysts in pricing, and a data engineer who reports to IT. the COO asked whether the data engineer "
            "should move under me. half his time goes on finance's reporting though. yes or no?")
    res = score_archetype(ArchetypeInput(description=text))
    questions = [a.question for a in res.org_answers]
    assert questions[0].startswith("Should the data engineer") and not any(q.startswith("Should you pull") for q in questions)


def test_a_team_whose_models_ship_is_never_read_as_nobody_doing_ml():
    from tools.archetype import has_own_model_team

    live = ("my team is 5 data scientists doing search ranking. the app team ships our models every two weeks and the "
            "two analysts in finance keep their own spreadsheets. what are we?")
    assert has_own_model_team(live)
    assert score_archetype(ArchetypeInput(description=live)).top != "nascent_ad_hoc"
    assert not has_own_model_team("my team is 5 people in finance and we keep spreadsheets. what are we?")
