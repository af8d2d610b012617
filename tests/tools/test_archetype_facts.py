"""Facts an org description states that decide the answer: the path to production, missing ML engineers, duplicated
pipelines, a model only one person knows; and archetype statements those facts contradict."""

from tools.archetype import ArchetypeInput, next_hire, score_archetype
from tools.archetype_facts import fact, mentioned, read_facts

WATER = (
    "Regional water utility. I have 5 analysts who build leak-prediction models; they sit with the network operations "
    "teams and report to those departments, with a dotted line to me. We have zero MLOps engineers. Every model ships "
    "through the vendor's annual release, and our last two models waited 6 months to go live. Each team runs its own "
    "feature pipelines. Our pump failure model is critical and only Ingrid understands it. Who should I hire next?"
)


def test_the_deciding_facts_keep_the_managers_words():
    facts = read_facts(WATER)
    assert "6 months to go live" in fact(facts, "slow_to_production").evidence
    assert fact(facts, "no_ml_engineers").evidence == "zero MLOps engineers"
    assert fact(facts, "duplicated_pipelines") is not None
    key = fact(facts, "key_person")
    assert key is not None and key.subject == "the pump failure model"


def test_a_slow_path_to_production_makes_the_hire_an_ml_engineer_with_the_reason_and_what_would_change_it():
    hire = score_archetype(ArchetypeInput(description=WATER)).next_hire
    assert "ML engineer" in hire.role and "production" in hire.role
    assert "6 months to go live" in hire.because
    assert "the pump failure model" in hire.why  # the hire also covers the one-person risk
    assert hire.unless.startswith("If ") and "data engineer" in hire.unless


def test_with_no_stated_bottleneck_the_answers_still_decide_the_hire():
    assert next_hire({"model_deployment": "ml_engineers_own_in_product", "data_access": "hard"}, read_facts("we are four people")).role == "a data engineer"


def test_a_shared_feature_that_broke_another_team_calls_for_a_platform_owner():
    text = "the growth team renamed a shared session feature and broke our churn model last month"
    hire = next_hire({}, read_facts(text))
    assert "platform" in hire.role and "renamed a shared session feature and broke" in hire.because


def test_no_ml_engineers_is_not_read_as_engineers_with_some_ml():
    result = score_archetype(ArchetypeInput(description="six data scientists, no ML engineers, we build churn models"))
    assert result.answers["talent_density"] != "engineers_with_some_ml"


def test_generic_archetype_claims_the_description_contradicts_are_flagged():
    text = ("our ML engineers sit in the product teams and report to the team's engineering lead at a software company; "
            "models reach production through a quarterly release train and it took five months to get the last one live")
    result = score_archetype(ArchetypeInput(description=text))
    assert result.top == "product_embedded"
    flagged = {c.statement for c in result.checks}
    assert any("feedback cycle" in s.lower() for s in flagged)
    assert any("fully own the models" in s for s in flagged)


def test_topics_the_description_covers_are_never_asked_back():
    covered = mentioned("they report into the clinics; nothing is deployed; the data team owns the warehouse")
    assert {"ml_reports_to", "model_deployment", "data_access"} <= covered
    assert "leadership_investment" not in covered
