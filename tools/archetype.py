"""Org archetype scoring: which of the five ML organization archetypes (Full Stack Deep Learning,
lecture 8, "ML Teams and Project Management") a company resembles, and the team-structure design
choices the lecture recommends for it. Scores come from a transparent weight table
(`WEIGHTS`: question -> answer -> {archetype: weight}); free text is mapped to answers by keyword rules.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ArchetypeId = Literal["nascent_ad_hoc", "rnd", "product_embedded", "independent_division", "ml_first"]
ARCHETYPES: tuple[str, ...] = ("nascent_ad_hoc", "rnd", "product_embedded", "independent_division", "ml_first")

Emphasis = Literal[
    "not_yet_defined",
    "research",
    "software_engineering",
    "engineering_and_research_mix",
    "varies_research_collaborates",
]
DataOwnership = Literal[
    "not_yet_defined",
    "no_control",
    "works_with_data_engineers",
    "voice_in_governance",
    "owns_company_data_infrastructure",
]
ModelOwnership = Literal[
    "not_yet_defined", "rarely_deployed", "owns_deployed_models", "hands_off_and_maintains", "hands_off_users_maintain"
]

# Each question's answers are enumerated; None means unknown.
MlReportsTo = Literal["no_one", "rnd_arm", "product_engineering_lead", "senior_leadership", "ceo_across_business"]
LeadershipInvestment = Literal["none", "small", "moderate", "strong", "ceo_driven"]
DataAccess = Literal["very_hard", "hard", "lagging", "good", "excellent"]
ModelDeployment = Literal[
    "ad_hoc",
    "rarely_deployed",
    "ml_engineers_own_in_product",
    "ml_team_hands_off_and_maintains",
    "users_operate_and_maintain",
]
WorkEmphasis = Literal["none", "research", "product", "mixed", "quick_wins_and_long_term"]
CompanyKind = Literal[
    "smb_or_traditional",
    "large_industrial",
    "software_or_fintech",
    "large_financial_services",
    "big_tech_or_ml_startup",
]
TalentDensity = Literal["little_expertise", "research_phds", "engineers_with_some_ml", "high", "top_everywhere"]
FeedbackCycle = Literal["none", "slow", "fast", "very_fast"]
TeamSize = Literal["none", "few", "small", "medium", "large"]
MlCoreProduct = Literal["no", "partly", "yes"]
DataOwner = Literal["unclear", "other_teams", "product_teams", "ml_voice_in_governance", "ml_owns_infrastructure"]
Publishing = Literal["never", "sometimes", "often"]

QUESTIONS: dict[str, str] = {
    "ml_reports_to": "Where does ML report?",
    "leadership_investment": "How much does leadership invest in ML?",
    "data_access": "How easy is it for ML people to get the data they need?",
    "model_deployment": "Who deploys and maintains models?",
    "work_emphasis": "Is ML work research-led or product-led?",
    "company_kind": "What kind of company is it?",
    "talent_density": "How dense is ML talent?",
    "feedback_cycle": "How fast is the loop from ML idea to product feedback?",
    "ml_team_size": "How many ML people are there (none, few 1-5, small 6-20, medium 21-100, large 100+)?",
    "ml_core_product": "Is ML the core product?",
    "data_owner": "Who owns the data ML needs?",
    "publishing": "Does the ML group publish research?",
}

_N, _R, _P, _I, _F = ARCHETYPES

# question -> answer -> {archetype: weight}. Weights are non-negative evidence points, read straight
# off the lecture's descriptions of each archetype (who ML reports to, the typical companies, strengths
# and challenges). A uniform prior of PRIOR points per archetype keeps scores defined with no answers.
WEIGHTS: dict[str, dict[str, dict[str, float]]] = {
    "ml_reports_to": {
        "no_one": {_N: 3},
        "rnd_arm": {_R: 3},
        "product_engineering_lead": {_P: 3},
        "senior_leadership": {_I: 3, _F: 0.5},
        "ceo_across_business": {_F: 3, _I: 0.5},
    },
    "leadership_investment": {
        "none": {_N: 2},
        "small": {_N: 1, _R: 1.5},
        "moderate": {_P: 1.5, _R: 0.5},
        "strong": {_I: 1.5, _F: 0.5},
        "ceo_driven": {_F: 2.5},
    },
    "data_access": {
        "very_hard": {_N: 1.5, _R: 1.5},
        "hard": {_R: 2, _N: 0.5},
        "lagging": {_P: 2},
        "good": {_I: 1.5, _P: 0.5},
        "excellent": {_F: 2, _I: 0.5},
    },
    "model_deployment": {
        "ad_hoc": {_N: 2},
        "rarely_deployed": {_R: 2.5},
        "ml_engineers_own_in_product": {_P: 2.5},
        "ml_team_hands_off_and_maintains": {_I: 2.5},
        "users_operate_and_maintain": {_F: 2.5},
    },
    "work_emphasis": {
        "none": {_N: 1.5},
        "research": {_R: 2, _I: 0.5},
        "product": {_P: 2, _N: 0.5},
        "mixed": {_I: 1.5, _F: 0.5},
        "quick_wins_and_long_term": {_F: 2, _I: 0.5},
    },
    "company_kind": {
        "smb_or_traditional": {_N: 2},
        "large_industrial": {_R: 2},
        "software_or_fintech": {_P: 2},
        "large_financial_services": {_I: 2, _P: 0.5},
        "big_tech_or_ml_startup": {_F: 2},
    },
    "talent_density": {
        "little_expertise": {_N: 2},
        "research_phds": {_R: 2},
        "engineers_with_some_ml": {_P: 1.5, _N: 0.5},
        "high": {_I: 1.5, _F: 0.5},
        "top_everywhere": {_F: 2},
    },
    "feedback_cycle": {
        "none": {_N: 1.5, _R: 0.5},
        "slow": {_R: 1, _I: 1},
        "fast": {_P: 1.5, _F: 0.5},
        "very_fast": {_F: 1.5, _P: 0.5},
    },
    "ml_team_size": {
        "none": {_N: 2},
        "few": {_N: 1, _P: 0.5},
        "small": {_R: 0.5, _P: 1},
        "medium": {_I: 1, _R: 0.5},
        "large": {_F: 1, _I: 0.5},
    },
    "ml_core_product": {
        "no": {_N: 0.5, _R: 0.5, _I: 0.25},
        "partly": {_P: 1, _I: 0.5},
        "yes": {_F: 2},
    },
    "data_owner": {
        "unclear": {_N: 1.5},
        "other_teams": {_R: 1.5},
        "product_teams": {_P: 1.5},
        "ml_voice_in_governance": {_I: 1.5},
        "ml_owns_infrastructure": {_F: 1.5},
    },
    "publishing": {
        "never": {_N: 0.5, _P: 0.5},
        "sometimes": {_I: 1, _F: 0.25},
        "often": {_R: 1.5, _F: 0.5},
    },
}
PRIOR = 0.5

# Free-text rules: (question, answer, regex). The first matching rule per question wins.
TEXT_RULES: tuple[tuple[str, str, str], ...] = (
    (
        "ml_reports_to",
        "ceo_across_business",
        r"\bceo\b.{0,40}\b(invest|champion|drives?|backs?)|ml[- ]first|across the (business|company)",
    ),
    ("ml_reports_to", "rnd_arm", r"\br&d\b|research (lab|arm|division|group|center|centre)|research and development"),
    (
        "ml_reports_to",
        "senior_leadership",
        r"reports? (directly )?to (senior leadership|the cto|the ceo|the c-suite|executives?)|(independent|separate|central) (ml|ai|machine learning) (division|org|organi[sz]ation|group)|(ml|ai) division",
    ),
    (
        "ml_reports_to",
        "product_engineering_lead",
        r"(inside|within|embedded in|sit in|sits in|part of) (the )?product teams?|report(s)? to (the )?(team'?s )?(engineering|tech) lead|product[- ]embedded",
    ),
    (
        "ml_reports_to",
        "no_one",
        r"no ?one (really )?(does|is doing|works on) (ml|machine learning)|nobody (really )?(does|is doing|works on) (ml|machine learning)|no ml team|ad[- ]hoc",
    ),
    ("leadership_investment", "ceo_driven", r"\bceo\b.{0,40}\b(invest|champion|drives?|backs?)"),
    (
        "leadership_investment",
        "none",
        r"little support|no support|no budget|leadership (doesn'?t|does not) (care|invest)",
    ),
    (
        "leadership_investment",
        "small",
        r"(investment|budget|funding) (is|remains|stays) small|small (investment|budget)",
    ),
    (
        "leadership_investment",
        "strong",
        r"senior leaders? (marshal|invest|back|support)|heavily invest|strong (investment|support)",
    ),
    ("data_access", "excellent", r"best data access|data thinking permeates|excellent data|data is everywhere"),
    (
        "data_access",
        "hard",
        r"(hard|difficult|struggle) to (get|access|obtain) (quality |good )?data|getting (quality |good )?data is (hard|difficult)",
    ),
    (
        "data_access",
        "lagging",
        r"(data|compute)( and compute| and data)? (access )?lags?|access to data (and compute )?lags",
    ),
    ("data_access", "good", r"(can )?marshal data|good (data )?access|robust data engineering"),
    (
        "model_deployment",
        "rarely_deployed",
        r"rarely (deployed|deploy|ship|make it to production|in production)|never (deployed|reach production)|rarely translates?",
    ),
    (
        "model_deployment",
        "users_operate_and_maintain",
        r"users? (operate|maintain|run) (them|the models)|product teams (operate|maintain|run)",
    ),
    (
        "model_deployment",
        "ml_team_hands_off_and_maintains",
        r"hand(s|ed)? (models )?(off|over) to (the )?(business lines?|users|clients)|handoffs?",
    ),
    (
        "model_deployment",
        "ml_engineers_own_in_product",
        r"(own|deploy|ship)s? (the |their )?models? (into|to|in) production|productioni[sz]e",
    ),
    ("model_deployment", "ad_hoc", r"(one[- ]off|ad[- ]hoc) (models|scripts|analys[ie]s)|spreadsheets?"),
    ("work_emphasis", "quick_wins_and_long_term", r"quick wins"),
    ("work_emphasis", "mixed", r"researchers and engineers|engineers and researchers|(ml )?product managers"),
    ("work_emphasis", "research", r"publish|papers|phds?\b|doctora|long[- ]term research|researchers"),
    ("work_emphasis", "product", r"product improvements?|ship features|product teams?"),
    (
        "work_emphasis",
        "none",
        r"no ?one (really )?does (ml|machine learning)|nobody (really )?does (ml|machine learning)",
    ),
    (
        "company_kind",
        "big_tech_or_ml_startup",
        r"(ml|ai|machine learning)[- ](focused|first|native) (startup|company)|big tech|large tech|tech giant",
    ),
    (
        "company_kind",
        "large_financial_services",
        r"(large|big|global) (bank|insurer|financial)|\bbank\b|insurance company|financial services",
    ),
    ("company_kind", "large_industrial", r"oil|gas company|manufactur|telecom|industrial"),
    ("company_kind", "software_or_fintech", r"software company|saas|fintech|software business"),
    (
        "company_kind",
        "smb_or_traditional",
        r"logistics|education|small business|(small|mid)[- ]sized|retailer|family business",
    ),
    (
        "talent_density",
        "top_everywhere",
        r"(experts|ml people) (across|throughout) the (business|company)|attracts? top talent",
    ),
    ("talent_density", "research_phds", r"phds?\b|doctora|ml researchers|publishing papers"),
    ("talent_density", "high", r"talent density|top practitioners|world[- ]class"),
    (
        "talent_density",
        "little_expertise",
        r"little (ml )?expertise|no (ml )?expertise|(a |one |two |couple of )(analysts?|data analysts?)",
    ),
    ("talent_density", "engineers_with_some_ml", r"ml engineers|alongside (their )?(software|analytics)"),
    ("feedback_cycle", "slow", r"(feedback|iteration) (cycles?|loops?) (are|is) slow|slow feedback"),
    ("feedback_cycle", "fast", r"tight feedback|fast feedback|quick (feedback|iteration)|iterate quickly"),
    (
        "ml_core_product",
        "yes",
        r"(ml|ai|machine learning) is (the|our) (core )?product|(ml|ai)[- ](focused|first|native) (startup|company)",
    ),
    ("data_owner", "ml_owns_infrastructure", r"(ml|we) owns? (the )?(company[- ]wide )?data (infrastructure|platform)"),
    ("data_owner", "ml_voice_in_governance", r"data governance"),
    ("data_owner", "product_teams", r"product teams? owns? (the )?data"),
    ("publishing", "often", r"publish(es|ing)? (papers|research)|papers"),
    ("publishing", "sometimes", r"sometimes publish|occasionally publish"),
)


class ArchetypeAnswers(BaseModel):
    """Questionnaire answers; leave a field empty (null) when unknown."""

    model_config = ConfigDict(extra="forbid")

    ml_reports_to: MlReportsTo | None = Field(default=None, description=QUESTIONS["ml_reports_to"])
    leadership_investment: LeadershipInvestment | None = Field(
        default=None, description=QUESTIONS["leadership_investment"]
    )
    data_access: DataAccess | None = Field(default=None, description=QUESTIONS["data_access"])
    model_deployment: ModelDeployment | None = Field(default=None, description=QUESTIONS["model_deployment"])
    work_emphasis: WorkEmphasis | None = Field(default=None, description=QUESTIONS["work_emphasis"])
    company_kind: CompanyKind | None = Field(default=None, description=QUESTIONS["company_kind"])
    talent_density: TalentDensity | None = Field(default=None, description=QUESTIONS["talent_density"])
    feedback_cycle: FeedbackCycle | None = Field(default=None, description=QUESTIONS["feedback_cycle"])
    ml_team_size: TeamSize | None = Field(default=None, description=QUESTIONS["ml_team_size"])
    ml_core_product: MlCoreProduct | None = Field(default=None, description=QUESTIONS["ml_core_product"])
    data_owner: DataOwner | None = Field(default=None, description=QUESTIONS["data_owner"])
    publishing: Publishing | None = Field(default=None, description=QUESTIONS["publishing"])


class ArchetypeInput(BaseModel):
    """Answers to the questionnaire and/or a free-text description of the organization."""

    model_config = ConfigDict(extra="forbid")

    answers: ArchetypeAnswers = Field(
        default_factory=ArchetypeAnswers, description="Questionnaire answers (explicit answers win over text)."
    )
    description: str = Field(
        default="",
        max_length=5000,
        description="Free-text description of how ML is organized; recognised phrases fill unknown answers.",
    )


class DesignChoices(BaseModel):
    """The lecture's recommended team-structure design choices for an archetype."""

    software_vs_research: Emphasis = Field(description="Software engineering vs research emphasis.")
    data_ownership: DataOwnership = Field(description="How much the ML team controls data.")
    model_ownership: ModelOwnership = Field(description="Who deploys and maintains models.")
    software_vs_research_note: str = Field(description="The lecture's guidance on emphasis.")
    data_ownership_note: str = Field(description="The lecture's guidance on data ownership.")
    model_ownership_note: str = Field(description="The lecture's guidance on model ownership.")


class ArchetypeProfile(BaseModel):
    """What the lecture says about one archetype."""

    id: ArchetypeId = Field(description="Archetype id.")
    name: str = Field(description="Display name.")
    summary: str = Field(description="One-sentence description.")
    typical_companies: list[str] = Field(description="Kinds of company that usually look like this.")
    strengths: list[str] = Field(description="What works in this archetype.")
    challenges: list[str] = Field(description="What is hard in this archetype.")
    design_choices: DesignChoices = Field(description="Recommended team-structure design choices.")


class Contribution(BaseModel):
    """One answer and the weight it added to the top archetype."""

    question: str = Field(description="Question id.")
    answer: str = Field(description="The answer given or inferred.")
    weight: float = Field(description="Weight it added to the top archetype.")
    inferred: bool = Field(description="True when inferred from the description.")


class ArchetypeResult(BaseModel):
    """Scores for the five archetypes and what follows from the best match."""

    scores: dict[str, float] = Field(description="Normalised score per archetype (sums to 1).")
    top: ArchetypeId = Field(description="Best-matching archetype.")
    runner_up: ArchetypeId = Field(description="Second-best archetype.")
    confidence: Literal["high", "medium", "low"] = Field(description="How sure the match is.")
    confidence_score: float = Field(
        ge=0, le=1, description="Margin over the runner-up times share of questions answered, scaled to 0-1."
    )
    margin: float = Field(description="Top score minus runner-up score.")
    answered: int = Field(description="Questions answered (given or inferred).")
    total_questions: int = Field(description="Questions in the questionnaire.")
    drivers: list[Contribution] = Field(description="Answers that contributed most to the top archetype.")
    answers: dict[str, str | None] = Field(description="The answers used (given or inferred); null = unknown.")
    inferred: list[str] = Field(
        description="Answers inferred from the description, as 'question=answer (matched \"text\")'."
    )
    unknown: list[str] = Field(description="Questions still unknown.")
    profile: ArchetypeProfile = Field(
        description="Typical companies, strengths, challenges and design choices of the top archetype."
    )
    runner_up_profile: ArchetypeProfile = Field(description="The same for the runner-up.")


_NYD = "The lecture gives no team-structure table for this stage; decide these as ML matures."
PROFILES: dict[str, ArchetypeProfile] = {
    "nascent_ad_hoc": ArchetypeProfile(
        id="nascent_ad_hoc",
        name="Nascent and ad-hoc ML",
        summary="No one does ML, or ML is done ad hoc; little in-house ML expertise.",
        typical_companies=[
            "Small-to-medium businesses",
            "Less technology-forward large companies (e.g. education, logistics)",
        ],
        strengths=["Often low-hanging fruit for ML"],
        challenges=["Little support for ML projects", "Hard to hire and retain good talent"],
        design_choices=DesignChoices(
            software_vs_research="not_yet_defined",
            data_ownership="not_yet_defined",
            model_ownership="not_yet_defined",
            software_vs_research_note=_NYD,
            data_ownership_note=_NYD,
            model_ownership_note=_NYD,
        ),
    ),
    "rnd": ArchetypeProfile(
        id="rnd",
        name="Research and development ML",
        summary="ML is centred in the R&D arm; ML researchers and PhDs who publish papers.",
        typical_companies=["Larger companies in oil and gas", "Manufacturing", "Telecommunications"],
        strengths=["Can hire experienced researchers", "Work on long-term business priorities for big wins"],
        challenges=[
            "Very hard to get quality data",
            "Research rarely translates into business value, so investment stays small",
        ],
        design_choices=DesignChoices(
            software_vs_research="research",
            data_ownership="no_control",
            model_ownership="rarely_deployed",
            software_vs_research_note="Research is prioritised over software engineering; collaboration between the two groups can lack.",
            data_ownership_note="The ML team has no control over the data and typically has no data engineers supporting it.",
            model_ownership_note="Models are rarely deployed into production.",
        ),
    ),
    "product_embedded": ArchetypeProfile(
        id="product_embedded",
        name="Product-embedded ML",
        summary="Product teams or business units have ML people alongside software/analytics talent, reporting to the team's engineering or tech lead.",
        typical_companies=["Software companies", "Financial services companies"],
        strengths=[
            "ML improvements likely lead to business value",
            "Tight feedback cycle between idea iteration and product improvement",
        ],
        challenges=[
            "Very hard to hire and develop top talent",
            "Access to data and compute can lag",
            "ML project cycles conflict with engineering management; long-term ML projects are hard to justify",
        ],
        design_choices=DesignChoices(
            software_vs_research="software_engineering",
            data_ownership="works_with_data_engineers",
            model_ownership="owns_deployed_models",
            software_vs_research_note="Software engineering is prioritised over research; researchers need strong engineering skills because everyone productionises their models.",
            data_ownership_note="ML teams generally do not own data production and management; they work with data engineers to build pipelines.",
            model_ownership_note="ML engineers fully own the models they deploy into production.",
        ),
    ),
    "independent_division": ArchetypeProfile(
        id="independent_division",
        name="Independent ML division",
        summary="The ML division reports directly to senior leadership; ML PMs, researchers and engineers build ML into client-facing products.",
        typical_companies=["Large financial services companies"],
        strengths=[
            "Talent density to hire and train top practitioners",
            "Senior leaders can marshal data and compute",
            "Can invest in ML tooling, practices and culture",
        ],
        challenges=["Model handoffs to business lines need user buy-in and education", "Feedback cycles can be slow"],
        design_choices=DesignChoices(
            software_vs_research="engineering_and_research_mix",
            data_ownership="voice_in_governance",
            model_ownership="hands_off_and_maintains",
            software_vs_research_note="Each team has a potent mix of engineering and research skills working closely together.",
            data_ownership_note="The ML team has a voice in data governance and a robust data engineering function.",
            model_ownership_note="The ML team hands models off to users but remains responsible for maintaining them.",
        ),
    ),
    "ml_first": ArchetypeProfile(
        id="ml_first",
        name="ML-first",
        summary="The CEO invests in ML, experts across the business chase quick wins, and an ML division works on long-term problems.",
        typical_companies=["Large tech companies", "ML-focused startups"],
        strengths=[
            "Best data access: data thinking permeates the organization",
            "Most attractive recruiting funnel",
            "Easiest deployment: product teams understand ML",
        ],
        challenges=["Hard to implement: culturally difficult to embed ML thinking everywhere"],
        design_choices=DesignChoices(
            software_vs_research="varies_research_collaborates",
            data_ownership="owns_company_data_infrastructure",
            model_ownership="hands_off_users_maintain",
            software_vs_research_note="Teams are more or less research-oriented, but research teams collaborate closely with engineering.",
            data_ownership_note="The ML team often owns the company-wide data infrastructure.",
            model_ownership_note="The ML team hands models to users, who operate and maintain them.",
        ),
    ),
}


def infer_answers(text: str) -> tuple[dict[str, str], list[str], list[str]]:
    """Map a free-text description to questionnaire answers: (answers, inferred notes, unknown questions)."""
    answers: dict[str, str] = {}
    notes: list[str] = []
    lowered = (text or "").lower()
    for question, answer, pattern in TEXT_RULES:
        if question in answers:
            continue
        match = re.search(pattern, lowered)
        if match:
            answers[question] = answer
            notes.append(f'{question}={answer} (matched "{text[match.start() : match.end()]}")')
    unknown = [q for q in QUESTIONS if q not in answers]
    return answers, notes, unknown


def score_archetype(inp: ArchetypeInput) -> ArchetypeResult:
    """Score which of the five ML org archetypes (nascent/ad-hoc, R&D, product-embedded, independent division, ML-first) an organization resembles, from questionnaire answers and/or a description, with the lecture's recommended team design choices."""
    given = {k: v for k, v in inp.answers.model_dump().items() if v is not None}
    from_text, notes, _ = infer_answers(inp.description)
    inferred_keys = {q for q in from_text if q not in given}
    answers = {**{q: from_text[q] for q in inferred_keys}, **given}
    inferred = [n for n in notes if n.split("=", 1)[0] in inferred_keys]

    raw = {a: PRIOR for a in ARCHETYPES}
    for question, answer in answers.items():
        for archetype, weight in WEIGHTS[question][answer].items():
            raw[archetype] += weight
    total = sum(raw.values())
    scores = {a: raw[a] / total for a in ARCHETYPES}
    ranked = sorted(ARCHETYPES, key=lambda a: (-scores[a], ARCHETYPES.index(a)))
    top, runner = ranked[0], ranked[1]
    margin = scores[top] - scores[runner]
    share = len(answers) / len(QUESTIONS)
    # A margin of 0.15 or more counts as a clear separation; unanswered questions scale confidence down.
    value = round(min(1.0, margin / 0.15) * share, 3)
    label = "high" if value >= 0.6 else "medium" if value >= 0.3 else "low"
    drivers = sorted(
        (
            Contribution(question=q, answer=a, weight=WEIGHTS[q][a].get(top, 0.0), inferred=q in inferred_keys)
            for q, a in answers.items()
            if WEIGHTS[q][a].get(top, 0.0) > 0
        ),
        key=lambda c: (-c.weight, list(QUESTIONS).index(c.question)),
    )[:5]
    return ArchetypeResult(
        scores={a: round(scores[a], 4) for a in ARCHETYPES},
        top=top,
        runner_up=runner,
        confidence=label,
        confidence_score=value,
        margin=round(margin, 4),
        answered=len(answers),
        total_questions=len(QUESTIONS),
        drivers=drivers,
        answers={q: answers.get(q) for q in QUESTIONS},
        inferred=inferred,
        unknown=[q for q in QUESTIONS if q not in answers],
        profile=PROFILES[top],
        runner_up_profile=PROFILES[runner],
    )
