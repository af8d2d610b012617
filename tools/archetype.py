"""Org archetype scoring: which of the five ML organization archetypes (Full Stack Deep Learning,
lecture 8, "ML Teams and Project Management") a company resembles, the team-structure design choices the
lecture recommends for it, and concrete next moves for its leader. Scores come from a transparent weight
table (`WEIGHTS`: question -> answer -> {archetype: weight}); a free-text description is read into answers by
a rule table, each answer keeping the words it came from.
"""

from __future__ import annotations

import re
from typing import Callable, Literal

from pydantic import BaseModel, ConfigDict, Field

from lead_core.number_words import SAID_NUMBER, number
from tools.archetype_facts import ProfileCheck, StatedFact, contradiction, fact, mentioned, read_facts
from tools.archetype_structure import PROPOSED as _PROPOSED
from tools.archetype_structure import CONDITIONS_QUESTION, REPORTS_TO, OrgAnswer, OrgStructure, answer_org_questions, read_structure, wants_short
from tools.org_proposal import first_hire_answer, fragile_answer, limits_answer, proposal_answer, stated_conditions, units_structure

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

# Free-text rules: (question, answer, regex), matched case-insensitively. Within a question the first
# matching rule wins, so specific and negated phrasings come before general ones. The matched words are
# kept as the evidence for the answer.
_ML = r"(?:ml|machine[- ]learning|ai|data[- ]science)"
_EMBEDDED = (
    r"(?:inside|within|embedded in|in each|in every|part of|sits? in|sits? inside|lives? in|lives? inside) "
    r"(?:each |every |the |our |their )?(?:product|feature|business)[- ](?:teams?|squads?|units?|lines?)"
)
TEXT_RULES: tuple[tuple[str, str, str], ...] = (
    # Where ML reports.
    ("ml_reports_to", "ceo_across_business",
     rf"our (?:model|models|{_ML}) (?:is|are) (?:the|our) (?:core )?product|we are an? {_ML}(?:[- ]first)? (?:company|startup|shop)"
     rf"|{_ML}[- ]first|\bceo\b.{{0,40}}\b(?:invests?|champions?|drives?|backs?|bets?)\b|across the (?:business|company)"),
    ("ml_reports_to", "product_engineering_lead",
     rf"{_EMBEDDED}|report(?:s|ing)? to (?:its|their|the|each team'?s|the team'?s|the squad'?s|their squad'?s|their team'?s) (?:eng(?:ineering)?|tech|product) (?:leads?|managers?)"
     r"|report(?:s|ing)? to (?:its|their|the|each)(?: squad'?s| team'?s)? (?:pms?|ems?|product managers?|engineering managers?)\b|\b(?:pms?|product managers?) set (?:their|our) priorities"
     r"|priorities (?:come|are set) (?:from|by) (?:the |our |a )?(?:[\w-]+ )?(?:vp|head|director|gm|general manager|business (?:unit|line))\b"
     r"|product[- ]embedded|each (?:product )?(?:team|squad) has (?:its|their) own (?:ml|data scientists?|ml engineers?)"
     rf"|{_ML} (?:team|group) (?:inside|within|in|under) (?:the |a |our )?[\w-]+(?: [\w-]+)? (?:product |business )?(?:org|organi[sz]ation|division)\b"),
    ("ml_reports_to", "rnd_arm",
     r"\br&d\b|research (?:lab|arm|division|centre|center|institute)|research and development|innovation lab"
     r"|(?:phds?|researchers?) doing research|research the business (?:barely|rarely|never) uses|\b(?:research|ml|ai) lab\b"),
    ("ml_reports_to", "senior_leadership",
     rf"(?:central|centrali[sz]ed|shared|independent|separate|standalone) {_ML} (?:team|group|org|organi[sz]ation|division|function|platform team)"
     rf"|{_ML} division|(?:under|reports? (?:directly )?(?:in)?to|reporting (?:directly )?(?:in)?to) (?:the )?(?:cto|cpto|ceo|cio|cdo|cpo|chief (?:\w+ )?(?:and \w+ )?officer|head of (?:product|engineering)|vp (?:of )?(?:product|engineering)|senior leadership|c-suite|executive team|exec team)"
     r"|serv(?:es|ing) (?:several|many|multiple|all|all the|the|other) (?:product|business) (?:teams|units|lines)|cent(?:re|er) of excellence"),
    ("ml_reports_to", "no_one",
     rf"(?:nobody|no ?one) (?:really )?(?:does|is doing|works on|knows) {_ML}|no {_ML} team|(?:don'?t|do not) do {_ML}"
     rf"|not doing {_ML} yet|one analyst (?:tried|built|made)|\bad[- ]hoc\b|(?:no|don'?t have any) data scientists"),
    # Leadership investment.
    ("leadership_investment", "ceo_driven",
     r"\bceo\b.{0,40}\b(?:invests?|champions?|drives?|backs?|bets?|obsessed)\b|(?:bet|betting) the company on"),
    ("leadership_investment", "none",
     r"little support|no support|no budget|no (?:executive|leadership) (?:support|buy-?in)"
     r"|leadership (?:doesn'?t|does not) (?:care|invest|see)|leadership is (?:sceptical|skeptical)"),
    ("leadership_investment", "small",
     r"(?:investment|budget|funding) (?:is|remains|stays) (?:small|tight|limited)|small (?:investment|budget)"
     r"|the business (?:barely|rarely) uses|(?:a )?side project"),
    ("leadership_investment", "strong",
     r"senior leaders? (?:marshal|invest|back|support)|heavily invest|invests? heavily|strong (?:investment|support|backing)"
     r"|(?:cto|vp|leadership|the board|executives?) (?:backs?|champions?|sponsors?|funds?) (?:us|it|ml|the team)|well[- ]funded|executive sponsor"),
    ("leadership_investment", "moderate",
     r"(?:some|modest|moderate|reasonable) (?:budget|investment|support|headcount)|leadership is (?:supportive|interested)"),
    # Data access.
    ("data_access", "very_hard",
     r"(?:can'?t|cannot|can not) (?:get|access) (?:the |any |our )?(?:\w+ )?data|no data (?:infrastructure|warehouse|pipelines?|platform)"
     r"|data (?:is|are|lives|sits) (?:mostly |all )?in (?:spreadsheets|excel|email)"),
    ("data_access", "excellent",
     r"best data access|data thinking permeates|excellent data|data is everywhere"
     r"|(?:easy|instant|self[- ]serve) access to (?:all |any )?(?:the |our )?data|anyone can query"),
    ("data_access", "lagging",
     r"(?:data|compute)(?: and compute| and data)? (?:access )?lags?|access to data (?:and compute )?lags"
     r"|wait(?:ing)? (?:days|weeks|months) for (?:data|access)|tickets? (?:to|for) (?:get |access )?(?:the )?data"
     r"|(?:data|access) (?:is|comes) slow|data (?:eng\w*|team|platform)(?: team)? (?:is|are) (?:\w+ and )?slow|slow to get (?:the )?data|(?:have to|must|need to) ask (?:another team|the data team|data engineering|it) for (?:data|access)"),
    ("data_access", "hard",
     r"(?:hard|difficult|struggle|painful|a fight) to (?:get|access|obtain|find) (?:quality |good |clean |the |any )?data"
     r"|getting (?:quality |good |clean |the )?data is (?:hard|difficult|painful|a fight)"
     r"|data (?:is|are) (?:siloed|locked away|scattered|messy)|(?:little|limited|no) access to (?:the |production )?data"),
    ("data_access", "good",
     r"(?:can )?marshal data|good (?:data )?access|robust data engineering|(?:good|easy|decent|direct) access to (?:the |our )?(?:data|warehouse)"
     r"|access to (?:the )?data is (?:good|easy|fine)|data is easy to get"),
    # Who deploys and maintains models.
    ("model_deployment", "rarely_deployed",
     r"rarely (?:deployed|deploy|ships?|shipped|makes? it|reach|in production|translates?)|never (?:deployed|reach(?:es)? production|ship(?:ped)?)"
     r"|the business (?:barely|rarely|never) uses"
     r"|(?:nothing|no model|few models|none of (?:it|them|our models))(?: we (?:built|made|trained))? (?:is |are |has |have )?(?:ever )?(?:been )?(?:in production|shipped|deployed)"
     r"|stays? in (?:notebooks|slides|papers)|\bzero (?:in )?production\b|\bnothing (?:in production|deployed|shipped)\b|\bonly (?:pocs|prototypes|demos)\b"
     r"|\bnothing (?:ever )?(?:ships|gets shipped|gets deployed|goes live|makes it (?:to|into) production)\b"),
    ("model_deployment", "users_operate_and_maintain",
     r"(?:build|ship|train|run|deploy)s? (?:their|its) own models? (?:on|through|thru|with|using) (?:our|the (?:shared |central )?(?:platform|stack|infra))|(?:other teams'?|their|product teams'?) (?:ds|data scientists|mles?|engineers) ship (?:their )?models (?:thru|through|on|via) our (?:stack|platform)|we own (?:zero|no) models|users? (?:operate|maintain|run) (?:them|the models)|product teams (?:operate|maintain|run) (?:them|the models|models)"
     r"|(?:product|feature) teams (?:deploy|ship|run) (?:them|the models|our models) (?:themselves|on their own)"
     rf"|\b(?:\d+|two|three|four|five|six|seven|eight|several|many|the|our) product {_ML} teams\b"),
    ("model_deployment", "ml_team_hands_off_and_maintains",
     r"hand(?:s|ed|ing)? (?:the )?(?:models? )?(?:off|over) to|handoffs?"
     r"|(?:we|the (?:central |ml )?team|they) (?:deploys?|ships?) (?:them|the models|models)(?: for (?:them|the product teams))? and (?:maintains?|monitors?|supports?|looks? after)"
     r"|(?:we|the (?:central |ml )?team) (?:maintains?|monitors?|runs?) (?:them|the models|models) (?:for|on behalf of) (?:the )?(?:product|business)"),
    ("model_deployment", "ml_engineers_own_in_product",
     r"(?:own|deploy|ship|put)s? (?:the |their (?:own )?|its (?:own )?)?models? (?:into|to|in) production|productioni[sz]e"
     r"|(?:each team|ml engineers?|data scientists?|engineers) (?:deploys?|ships?|maintains?|runs?|owns?) (?:their|its) (?:own )?models?"
     r"|you build it,? you run it|(?:deploy|ship) (?:it|them|their models) themselves|\bwe (?:deploy|ship) (?:it |them |models )?ourselves\b|\bown (?:\w+ )*models? end to end\b"
     r"|\bwe (?:own|run|do|handle) (?:our|the) (?:own )?(?:deploys|deployments|releases|serving|models in production)\b"
     r"|\bwe (?:run|serve|host|operate) (?:our|the) own models?\b"
     r"|\bwe (?:deploy|ship|put|push) (?:our |the )?(?:own )?models? (?:straight )?(?:into|to|in) (?:the |our )?(?:product|production|app)\b"),
    ("model_deployment", "ad_hoc",
     r"(?:one[- ]off|ad[- ]hoc) (?:models?|scripts?|analys[ie]s|forecasts?|reports?)|spreadsheets?|\bexcel\b|tried a model"
     r"|(?:on|from) (?:his|her|their|a) laptop"),
    # Research or product emphasis.
    ("work_emphasis", "quick_wins_and_long_term", r"quick wins"),
    ("work_emphasis", "mixed",
     r"researchers and engineers|engineers and researchers|(?:ml )?product managers|mix of research and engineering"),
    ("work_emphasis", "research",
     r"(?<!n't )(?<!not )(?<!never )publish|papers|phds?\b|doctora|long[- ]term research|researchers|doing research|research projects"),
    ("work_emphasis", "product", rf"\bno research (?:function|team|group|arm)\b|product improvements?|ship(?:ping)? features|{_EMBEDDED}|product roadmap|\bproduct(?:\s+(?:team|teams|people|managers?|folks|side))?\s+(?:keeps?|keep on|always)\s+(?:asking|asks?|wants?|requests?)\b"),
    ("work_emphasis", "none", rf"(?:nobody|no ?one) (?:really )?does {_ML}|not doing {_ML} yet"),
    # Kind of company.
    ("company_kind", "big_tech_or_ml_startup",
     rf"{_ML}[- ](?:focused|first|native) (?:startup|company)|we are an? {_ML} (?:company|startup|shop)|big tech|large tech|tech giant"
     r"|our (?:model|models) (?:is|are) (?:the|our) (?:core )?product|(?:llm|foundation model) (?:startup|company)"),
    ("company_kind", "large_financial_services",
     r"(?:large|big|global|national|major) (?:bank|insurer|financial|insurance)|\bbank\b|\bbanking\b|insurance (?:company|group|firm)|financial services|insurer|asset manag"),
    ("company_kind", "large_industrial",
     r"\boil\b|gas company|manufactur|telecom|industrial|energy company|\butility\b|automotive|chemical|pharma"),
    ("company_kind", "software_or_fintech",
     r"software (?:company|business|firm|vendor|startup)|\bsaas\b|fintech|e-?commerce (?:company|business|firm|startup|site|platform)|\bwe(?:'re| are) an? e-?commerce|marketplace|mobile app"),
    ("company_kind", "smb_or_traditional",
     r"logistics|education|\bschools?\b|small business|(?:small|mid)[- ]sized|retailer|\bretail\b|family business|hospital"
     r"|government|non-?profit|law firm|restaurant|hotel chain|\b(?:about|around|roughly|some|~)\s?[1-9]\d{1,2} (?:people|staff|employees)\b"),
    # Talent.
    ("talent_density", "top_everywhere",
     r"(?:experts|ml people|ml engineers|data scientists) (?:across|throughout|in every (?:part|corner) of) the (?:business|company|org)"
     r"|attracts? top talent|everyone (?:here )?knows ml"),
    ("talent_density", "research_phds", r"phds?\b|doctora|ml researchers|publishing papers"),
    ("talent_density", "high", r"talent density|top practitioners|world[- ]class|very strong (?:ml )?team"),
    ("talent_density", "little_expertise",
     rf"little (?:{_ML} )?expertise|no (?:{_ML} )?expertise|(?:a |one |two |couple of )(?:analysts?|data analysts?)"
     rf"|(?:nobody|no ?one) (?:really )?knows {_ML}|no data scientists|self[- ]taught"),
    ("talent_density", "engineers_with_some_ml",
     r"(?<!no )(?<!zero )(?<!without )ml engineers|alongside (?:their )?(?:software|analytics)|(?:software|backend) engineers (?:who|that) (?:do|dabble in|know) (?:some )?ml"
     r"|data scientists? (?:in|on) (?:each|every|the) (?:product )?team"),
    # Feedback loop.
    ("feedback_cycle", "none",
     r"no feedback|never (?:hear|get feedback)|nobody uses (?:them|it|the models)|the business (?:barely|rarely|never) uses"),
    ("feedback_cycle", "very_fast",
     r"(?:ships?|deploys?|retrains?|releases?) (?:models? )?(?:daily|every day|several times a day|hourly|continuously)"
     r"|a/b tests? (?:every day|daily|constantly)|instant feedback|real[- ]time feedback"),
    ("feedback_cycle", "slow",
     r"(?:feedback|iteration) (?:cycles?|loops?) (?:are|is) (?:slow|long)|slow feedback|long feedback"
     r"|(?:months|quarters?) (?:to|before) (?:we )?(?:hear|get|see) (?:back|feedback|results)|feedback takes (?:months|weeks)"
     r"|(?:quarterly|yearly|annual) releases?|releases? (?:changes |models )?(?:once|twice) (?:a|per|each) (?:year|quarter|term|semester)"),
    ("feedback_cycle", "fast",
     r"tight feedback|fast feedback|quick (?:feedback|iteration)|iterate quickly|short feedback|feedback (?:within|in) (?:days|a week|hours)"
     r"|(?:ships?|releases?|deploys?) (?:models? |features? |changes )?(?:weekly|every week|every sprint|every two weeks)"),
    # ML as the product.
    ("ml_core_product", "no",
     rf"{_ML} is (?:not|n't) (?:core|our product|central)|(?:a )?side project|the business (?:barely|rarely|never) uses"
     rf"|(?:nobody|no ?one) (?:really )?does {_ML}|not doing {_ML} yet"),
    ("ml_core_product", "yes",
     rf"(?:our )?(?:{_ML}|the model|our models?) (?:is|are) (?:the|our) (?:core )?product|{_ML}[- ](?:focused|first|native) (?:startup|company)"
     rf"|we are an? {_ML} (?:company|startup|shop)|we sell (?:a |an |our )?(?:model|predictions|ai)"),
    ("ml_core_product", "partly",
     r"(?:ml|models?) (?:powers?|improves?|drives?|personali[sz]es?|ranks?) |ml features?|recommendations? in (?:the|our) (?:app|product)"
     rf"|serv(?:es|ing) (?:several|many|multiple|all|all the|the|other) (?:product|business) (?:teams|units|lines)|{_EMBEDDED}"),
    # Data ownership.
    ("data_owner", "unclear", r"(?:nobody|no ?one) (?:really )?owns (?:the )?data|data ownership is (?:unclear|messy)|\bno data eng\w*|\bno data engineers?\b"),
    ("data_owner", "ml_owns_infrastructure",
     rf"(?:{_ML}|we|our team)(?: team| org| group| division)? owns? (?:the )?(?:company[- ]wide )?data (?:infrastructure|platform|warehouse|lake|pipelines)"
     r"|(?:team|we|group)(?: of \d+)? owns? (?:the )?(?:training|ml|feature|serving) (?:infra(?:structure)?|platform|store|stack)"
     rf"|\b(?:we are|we're|i (?:run|lead|manage)|our|we have) (?:an? |the )?{_ML} platform team\b|(?<!data )\bplatform team\b(?:(?!\bnot\b|n't\b)[^.]){{0,60}}\b(?:serving|training)\b"),
    ("data_owner", "ml_voice_in_governance", r"data governance|(?:seat|voice) (?:at|on|in) the (?:data )?(?:governance|table|council)|data council"),
    ("data_owner", "product_teams", r"product teams? owns? (?:the |their )?data|each team owns (?:its|their) (?:own )?data"),
    ("data_owner", "other_teams",
     r"(?:it|the data team|data engineering|another team|a separate team|the warehouse team|the platform team|central data team) owns (?:the |all )?data"
     r"|(?:separate|another|different|other) (?:data )?(?:platform |engineering |infra(?:structure)? )?team[^.]{0,40}\bowns? (?:the |all )?(?:[\w-]+ ){0,2}(?:warehouse|data|pipelines|airflow|lake)"
     r"|\bthe (?!(?:ml|ai|data science|machine learning|research)\b)(?:[\w-]+ ){1,2}team owns? (?:the |all )?(?:[\w-]+ ){0,2}(?:warehouse|data|pipelines|lake)\b"
     r"|data (?:is|are) owned by|(?:we|the ml team) (?:do(?:es)?n'?t|do(?:es)? not|never) own (?:the )?data|no control over (?:the )?data"
     r"|(?:have to|must|need to) ask (?:another team|the data team|data engineering|it) for (?:data|access)"),
    # Publishing.
    ("publishing", "never", r"(?:don'?t|do not|never|rarely|no time to) publish|no (?:papers|publishing)"),
    ("publishing", "sometimes", r"sometimes publish|occasionally publish|the odd (?:paper|blog post)|a paper (?:now and then|once a year)"),
    ("publishing", "often", r"publish(?:es|ing)? (?:papers|research|at|a lot|regularly)|papers at|neurips|icml|iclr|\bcvpr\b|(?:regularly|often) publish"),
)
_COMPILED = tuple((q, a, re.compile(p, re.IGNORECASE)) for q, a, p in TEXT_RULES)

# Team size: a number (digits or words) before words for ML people, or "a team of N".
# Counts said as an estimate, not a number ('a handful of', 'dozens of'); numbers themselves are lead_core.number_words'.
_ROUGH_COUNTS = {
    "only": 1, "sole": 1, "a single": 1, "a few": 3, "a handful of": 5, "dozens of": 36, "hundreds of": 200, "several hundred": 300,
}
_COUNT = r"(\d{1,5}|" + "|".join(sorted((re.escape(w) for w in _ROUGH_COUNTS), key=len, reverse=True)) + rf"|{SAID_NUMBER})"
_ML_PEOPLE = rf"(?:{_ML}|research|data) (?:engineers?|scientists?|researchers?|people|folks|practitioners|specialists)"
_SPECIALISTS = r"(?:researchers?|phds?|data scientists?|mles?|data analysts?|analysts?)"
_SIZE_PATTERNS = (
    re.compile(rf"\b(?:i'?m|i am) the (only|sole|one) (?:{_ML}|data|research) (?:person|engineer|scientist|hire|practitioner)\b|\b(one)-(?:person|man|woman) (?:{_ML} )?team\b", re.IGNORECASE),
    re.compile(rf"\b(?:my|our) (?:{_ML} |data |research )?(?:group|team|org)(?: is|'s| has)(?: about| around| roughly)? {_COUNT}(?: people| folks| of us| engineers| scientists)?\b", re.IGNORECASE),
    re.compile(rf"\b{_COUNT}(?:[- ]person| strong)? (?:{_ML}|research|data)(?: platform| infra(?:structure)?)? (?:team|group|org)\b", re.IGNORECASE),
    re.compile(rf"\b{_COUNT} of us (?:do|doing|work on|working on|handle) {_ML}\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_ML}|research|data) (?:team|group|org|division) of (?:about |around |roughly |some )?{_COUNT}\b", re.IGNORECASE),
    re.compile(rf"\b{_COUNT} (?:(?:full[- ]time|dedicated|senior|junior) )?{_ML_PEOPLE}\b", re.IGNORECASE),
    re.compile(rf"\b{_COUNT} (?:(?:full[- ]time|dedicated|senior|junior) )?{_SPECIALISTS}\b", re.IGNORECASE),
    re.compile(rf"\bteam of (?:about |around |roughly |some )?{_COUNT}\b", re.IGNORECASE),
)


def _size_answer(count: int) -> str:
    if count <= 0:
        return "none"
    return "few" if count <= 5 else "small" if count <= 20 else "medium" if count <= 100 else "large"


def _team_size(text: str) -> tuple[str, str] | None:
    """(answer, evidence) for the ML team size stated in numbers or words, or None."""
    for pattern in _SIZE_PATTERNS:
        match = pattern.search(text)
        if match:
            word = match.group(1).lower()
            count = _ROUGH_COUNTS.get(word) or int(number(word) or 0)
            return _size_answer(count), match.group(0)
    none = re.search(rf"(?:nobody|no ?one) (?:really )?(?:does|is doing|works on) {_ML}|no {_ML} team", text, re.IGNORECASE)
    return ("none", none.group(0)) if none else None


class InferredAnswer(BaseModel):
    """One questionnaire answer read from a description, with the words it came from."""

    question: str = Field(description="Question id, e.g. ml_reports_to.")
    answer: str = Field(description="The answer inferred.")
    evidence: str = Field(description="The words of the description it came from.")

    def __str__(self) -> str:
        return f'{self.question}={self.answer} (from "{self.evidence}")'


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
    next_moves: list[str] = Field(description="Three to five concrete actions for a leader in this archetype.")


class Contribution(BaseModel):
    """One answer and the weight it added to the top archetype."""

    question: str = Field(description="Question id.")
    answer: str = Field(description="The answer given or inferred.")
    weight: float = Field(description="Weight it added to the top archetype.")
    inferred: bool = Field(description="True when inferred from the description.")


Ask = Literal["next_hire", "investor_line", "what_breaks", "whats_left"]
# What a description asks beyond 'what are we', each answered in its own words.
_ASKS: tuple[tuple[Ask, re.Pattern[str]], ...] = (
    ("next_hire", re.compile(r"\bnext hire|\bhire next\b|\bwho (?:should|do) (?:we|i) hire\b|\bwhat (?:role|roles|person) (?:should we |do we )?(?:hire|add)\b|\bfirst hire\b", re.I)),
    # a line for the board is asked for ('for the board', 'on one slide'), not the board merely mentioned ('whatever the board is angry about')
    ("investor_line", re.compile(r"\binvestors?\b|\bpitch\b|\bone[- ]liner\b|\b(?:for|to|tell|show|present to|explain to|convince) (?:the |our )?board\b|"
                                 r"\bboard (?:deck|slide|update|meeting|pack|wants|asked|asks)\b|\bslide\b", re.I)),
    ("what_breaks", re.compile(r"\bwhat (?:breaks|would break|will break|goes wrong|could go wrong)\b|\bwhat (?:does|would|will|could) (?:that|this|the|it|his|her|their)(?: [\w-]+){0,2} break\b|\bbreaks? first\b|\brisks? of (?:this|the) (?:reorg|change|proposal)\b", re.I)),
    ("whats_left", re.compile(r"\bwhat'?s left\b|\bwhat is left\b|\bstill a platform team\b|\bwhat remains\b", re.I)),
)


class NextHire(BaseModel):
    """The hire that removes the bottleneck the answers show, and why."""

    role: str = Field(description="The role, in plain words ('a data engineer').")
    why: str = Field(description="What it unblocks.")
    because: str = Field(default="", description="The description's words that name the bottleneck, when it names one.")
    unless: str = Field(default="", description="What would change the call.")


class PlatformSplit(BaseModel):
    """A proposal to split a platform team and embed some of it in product teams, in the description's numbers."""

    team_size: int = Field(description="People on the platform team today.")
    embedded: int = Field(description="People the proposal moves into product teams.")
    product_teams: int = Field(description="Product teams that each get someone.")
    left: int = Field(description="People left on the platform.")
    pods: int = Field(description="Pods the rest is split into (1 when not split).")
    per_pod: float = Field(description="People per pod, on average.")


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
    inferred: list[InferredAnswer] = Field(
        description="Answers inferred from the description, each with the words it came from."
    )
    unknown: list[str] = Field(description="Questions still unknown.")
    profile: ArchetypeProfile = Field(
        description="Typical companies, strengths, challenges and design choices of the top archetype."
    )
    runner_up_profile: ArchetypeProfile = Field(description="The same for the runner-up.")
    label: str = Field(description="Human label of the best match, for charts and headings.")
    next_moves: list[str] = Field(description="Concrete next moves for a leader in the best-matching archetype.")
    next_hire: NextHire = Field(description="The next hire the answers point to, and why.")
    platform_split: PlatformSplit | None = Field(
        default=None, description="A platform team split or embedded into product teams, when the description proposes one."
    )
    asked: list[Ask] = Field(default_factory=list, description="What the description asks beyond the archetype itself.")
    structure: OrgStructure | None = Field(
        default=None, description="How ML is laid out (centralized, embedded, hub and spoke, federated), when the description says."
    )
    org_answers: list[OrgAnswer] = Field(default_factory=list, description="The description's direct questions about its org, answered.")
    short: bool = Field(default=False, description="True when only a name was asked for (answer in a few sentences).")
    facts: list[StatedFact] = Field(default_factory=list, description="Deciding facts the description states (slow path to production, a key person...).")
    checks: list[ProfileCheck] = Field(default_factory=list, description="The archetype's generic statements the description contradicts.")
    covered: list[str] = Field(default_factory=list, description="Questions the description talks about, read or not: never asked back.")


ARCHETYPE_LABELS: dict[ArchetypeId, str] = {
    "nascent_ad_hoc": "Nascent / ad hoc",
    "rnd": "ML R&D",
    "product_embedded": "Product-embedded ML",
    "independent_division": "Independent ML division",
    "ml_first": "ML-first",
}

# Human labels for every questionnaire answer, for dropdowns and charts (question -> answer -> label).
ANSWER_LABELS: dict[str, dict[str, str]] = {
    "ml_reports_to": {
        "no_one": "Nobody: there is no ML function yet",
        "rnd_arm": "The R&D arm",
        "product_engineering_lead": "Each product team's engineering lead",
        "senior_leadership": "Senior leadership (its own ML division)",
        "ceo_across_business": "The CEO: ML runs across the business",
    },
    "leadership_investment": {
        "none": "None", "small": "Small", "moderate": "Moderate", "strong": "Strong", "ceo_driven": "Driven by the CEO",
    },
    "data_access": {
        "very_hard": "Very hard", "hard": "Hard", "lagging": "Slow, it lags", "good": "Good", "excellent": "Excellent",
    },
    "model_deployment": {
        "ad_hoc": "Ad hoc (scripts, notebooks)",
        "rarely_deployed": "Models rarely reach production",
        "ml_engineers_own_in_product": "ML engineers in product teams own them",
        "ml_team_hands_off_and_maintains": "The ML team hands them off and maintains them",
        "users_operate_and_maintain": "Users and product teams operate and maintain them",
    },
    "work_emphasis": {
        "none": "No ML work yet", "research": "Research-led", "product": "Product-led",
        "mixed": "A mix of research and engineering", "quick_wins_and_long_term": "Quick wins plus long-term bets",
    },
    "company_kind": {
        "smb_or_traditional": "Small or traditional business",
        "large_industrial": "Large industrial (energy, manufacturing, telecoms)",
        "software_or_fintech": "Software or fintech",
        "large_financial_services": "Large financial services",
        "big_tech_or_ml_startup": "Big tech or an ML startup",
    },
    "talent_density": {
        "little_expertise": "Little ML expertise", "research_phds": "Research PhDs",
        "engineers_with_some_ml": "Engineers with some ML", "high": "High", "top_everywhere": "Top talent everywhere",
    },
    "feedback_cycle": {"none": "No feedback loop", "slow": "Slow (months)", "fast": "Fast (weeks)", "very_fast": "Very fast (days)"},
    "ml_team_size": {
        "none": "None", "few": "A few (1-5)", "small": "Small (6-20)", "medium": "Medium (21-100)", "large": "Large (100+)",
    },
    "ml_core_product": {"no": "No", "partly": "Partly", "yes": "Yes, ML is the product"},
    "data_owner": {
        "unclear": "Unclear", "other_teams": "Other teams", "product_teams": "Product teams",
        "ml_voice_in_governance": "ML has a voice in data governance", "ml_owns_infrastructure": "ML owns the data infrastructure",
    },
    "publishing": {"never": "Never", "sometimes": "Sometimes", "often": "Often"},
}

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
            software_vs_research_note="Not settled yet: hire or grow people who can ship a simple model end to end before anyone does research.",
            data_ownership_note="Not settled yet: find who owns the data the first project needs and agree access before modelling starts.",
            model_ownership_note="Not settled yet: name who will run and fix the first model in production before it ships.",
        ),
        next_moves=[
            "Pick one business problem with data you already have and a clear owner, and ship a simple baseline in weeks, not months.",
            "Write down who owns that data and get access agreed in writing before any modelling starts.",
            "Name one executive sponsor who will use the result and report the outcome to them in money or hours saved.",
            "Hire or grow one engineer who can take a model to production before hiring researchers.",
        ],
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
        next_moves=[
            "Pair each research bet with a product or operations owner who commits to trying the result.",
            "Set a go/no-go checkpoint for every project, with the evidence that would stop it.",
            "Get one data engineer, or a standing agreement with the data team, so data requests stop blocking research.",
            "Ship one model to production this year, even a modest one, to prove the path and earn investment.",
        ],
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
        next_moves=[
            "Protect a slice of capacity (for example a fifth) for longer ML bets the sprint cadence would otherwise crowd out.",
            "Agree data and compute access with the platform or data team as a service level, not favours.",
            "Create a cross-team ML guild for reviews, shared tooling and career growth, since each ML person sits alone.",
            "Track the product metric each model moves, so ML work competes on the same terms as features.",
        ],
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
        next_moves=[
            "Give every model a named business owner and a hand-off plan agreed before the work starts.",
            "Shorten feedback: put an ML engineer with each main client team for launches and the weeks after.",
            "Publish a service catalogue (what the division builds, how to ask, typical lead times) for the product teams.",
            "Invest in shared tooling (features, monitoring, deployment) so hand-offs stop being bespoke.",
        ],
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
        next_moves=[
            "Keep a small central group on long-term problems and platform, with the quick wins in the product teams.",
            "Make model ownership explicit: product teams operate their models, the platform team owns the tooling.",
            "Spend on data quality and documentation, since everyone depends on the same data.",
            "Watch culture: hire and promote for ML literacy outside the ML teams too.",
        ],
    ),
}


# The hire each bottleneck calls for, first match wins: (condition on the answers, role, why).
_HIRES: tuple[tuple[Callable[[dict[str, str]], bool], str, str], ...] = (
    (lambda a: a.get("model_deployment") in (None, "ad_hoc") and a.get("ml_team_size") in (None, "none", "few"),
     "an ML engineer who can take a model to production", "so the first models reach users and keep running"),
    (lambda a: a.get("model_deployment") == "rarely_deployed",
     "an ML engineer who turns research results into production systems", "so the research starts paying back"),
    (lambda a: a.get("data_owner") == "unclear" or a.get("data_access") in ("very_hard", "hard", "lagging"),
     "a data engineer", "to own pipelines, data quality and access, so the people who build models stop spending their week on plumbing"),
    (lambda a: a.get("model_deployment") == "ml_engineers_own_in_product" and a.get("ml_team_size") == "few",
     "an ML engineer to own production", "monitoring, retraining and on-call, so the people who build models are not also the whole platform"),
    (lambda a: a.get("model_deployment") == "ml_team_hands_off_and_maintains",
     "an ML product manager", "to own hand-offs and adoption with the business lines"),
    (lambda a: a.get("model_deployment") == "users_operate_and_maintain",
     "a platform engineer", "so the shared training and serving stack keeps up with the product teams that run on it"),
)  # fmt: skip


# Moves the stated problem calls for, before the archetype's own (first match wins): (condition on the answers, move).
_STATED_MOVES: tuple[tuple[Callable[[dict[str, str]], bool], str], ...] = (
    (lambda a: a.get("model_deployment") == "rarely_deployed" and a.get("work_emphasis") == "product",
     "Get one model to production with engineering first: agree who deploys it and who watches it once live, pick the "
     "smallest model the product team asked for, and ship it by a date; one shipped model proves the path and earns the next."),
)  # fmt: skip


def _stated_moves(answers: dict[str, str]) -> list[str]:
    """The move the described problem calls for, ahead of the archetype's usual ones (at most one)."""
    return [move for cond, move in _STATED_MOVES if cond(answers)][:1]


def _stated_hire(facts: list[StatedFact]) -> NextHire | None:
    """The hire the bottleneck the description names calls for, in its own words, or None when it names none."""
    slow, none, dup = fact(facts, "slow_to_production"), fact(facts, "no_ml_engineers"), fact(facts, "duplicated_pipelines")
    key, broken, serving = fact(facts, "key_person"), fact(facts, "broken_shared_feature"), fact(facts, "babysat_serving")
    if slow or (none and (dup or key)):
        also = [part for part, f in (("a shared feature pipeline in place of the separate ones", dup),
                                     (f"the second pair of hands on {key.subject or 'the model only one person knows'}" if key else "", key)) if f]
        why = ("getting models live is what holds you back, not building them. One person who owns deployment, monitoring and "
               "retraining shortens that path for every group at once" + (", and takes on " + " and ".join(also) if also else ""))
        unless = ("If models get their own faster route to production without a hire (a monthly release slot, or IT letting your "
                  "team deploy), the constraint moves to data" + (": then hire a data engineer to merge the separate feature pipelines" if dup else
                  ": then ask what the last model waited on longest before opening the role") + ".")
        return NextHire(role="an ML engineer (MLOps) who owns the path to production", why=why, unless=unless,
                        because="; ".join(f.evidence for f in (slow, none) if f))
    if broken or serving:
        return NextHire(role="a platform (MLOps) engineer who owns the shared features and serving",
                        why="so a change to a shared feature is versioned and tested before it reaches another team's model, and nobody "
                            "babysits serving on the side",
                        unless="If the teams agree a written contract for shared features (owner, versioning, a test before changes) and "
                               "serving is handed to an existing platform team, hire for the model work instead.",
                        because="; ".join(f.evidence for f in (broken, serving) if f))
    return None


def next_hire(answers: dict[str, str], facts: list[StatedFact] | None = None) -> NextHire:
    """The hire that removes the bottleneck the description names, else the one the answers show (data, deployment, hand-offs, platform)."""
    stated = _stated_hire(facts or [])
    if stated is not None:
        return stated
    role, why = next(((r, w) for cond, r, w in _HIRES if cond(answers)), (
        "whoever removes your current bottleneck", "ask the team what they waited on most last month: data, deployment or reviews"
    ))  # fmt: skip
    return NextHire(role=role, why=why)


def profile_checks(profile: ArchetypeProfile, answers: dict[str, str | None], facts: list[StatedFact], inferred: list[InferredAnswer]) -> list[ProfileCheck]:
    """The archetype's design notes and strengths that the description contradicts, each with what was said instead."""
    evidence = {q: ANSWER_LABELS.get(q, {}).get(a or "", "") for q, a in answers.items()}  # a given answer: its label
    evidence.update({item.question: item.evidence for item in inferred})
    dc = profile.design_choices
    statements = [dc.software_vs_research_note, dc.data_ownership_note, dc.model_ownership_note, *profile.strengths]
    return [c for s in statements if (c := contradiction(s, answers, facts, evidence)) is not None]


_NUMBER = rf"(\d{{1,3}}|{SAID_NUMBER}|an?)"
_PLATFORM_SIZE = re.compile(rf"\b{_NUMBER}[- ](?:person|people|strong|engineer)?\s*(?:{_ML} |data |ai )?platform team\b|\bplatform team of {_NUMBER}\b", re.I)
_EMBED = re.compile(
    rf"\bembed(?:ding|s)?\s+{_NUMBER}\s+(?:platform\s+)?(?:eng\w*|people|persons?|mles?|engineers?)\b[^.]{{0,40}}?\b(?:in|into|with)\s+"
    rf"(?:each|every)\s+(?:of\s+)?(?:the\s+|our\s+)?{_NUMBER}\b",
    re.I,
)
_PODS = re.compile(r"\b(\w+)[- ]pod\b", re.I)


def _count(word: str) -> int:
    return int(number(word, article=True) or 0)


def platform_split(text: str) -> PlatformSplit | None:
    """A proposal to embed part of a platform team in product teams ('embed 1 platform eng in each of the 4 product
    teams') and split the rest into pods, in the description's own numbers; None when there is none."""
    size, embed = _PLATFORM_SIZE.search(text or ""), _EMBED.search(text or "")
    if not (size and embed):
        return None
    team = _count(size.group(1) or size.group(2))
    each, teams = _count(embed.group(1)), _count(embed.group(2))
    left = max(team - each * teams, 0)
    pods = len({m.group(1).lower() for m in _PODS.finditer(text) if m.group(1).lower() not in ("a", "one", "each", "the")}) or 1
    return PlatformSplit(team_size=team, embedded=each * teams, product_teams=teams, left=left, pods=pods, per_pod=round(left / pods, 1))


# The manager's own ML or data group, said to exist and to build models ('I lead the enrolment analytics group ... we build
# the enrolment forecast'): words of absence said of other units ('each faculty's data person builds ad-hoc models') do
# not make the whole organisation one where nobody does ML.
_OWN_ML_TEAM = re.compile(rf"\b(?:i (?:lead|run|manage|head)|my|our) (?:the |a )?(?:[\w-]+ ){{0,3}}?(?:{_ML}|data|analytics|data science|research) (?:group|team|function|unit)\b"
                          # 'my team is 4 ML ppl', 'my team of three data scientists'
                          rf"|\bmy team(?: is| of|'s)? (?:\w+ ){{0,2}}?(?:{_ML}|data|analytics|research)\b", re.IGNORECASE)
# What the group builds, or its models said to be live ('infra ships our models in their release train', 'our ranking
# models are in production').
_WE_BUILD = re.compile(r"\bwe (?:build|built|run|own|maintain|ship|deploy|train)\b[^.]{0,80}\b(?:model|models|forecast|forecasts|classifier|predict\w*)\b"
                       r"|\b(?:ships?|shipped|deploys?|deployed|serves?|rolled back|rolls back) (?:our|my team's|the team's) (?:[\w-]+ ){0,2}?models?\b"
                       r"|\bour (?:[\w-]+ ){0,2}?models? (?:are|is|run|runs|went|go|goes) (?:live|in production|in prod)\b", re.IGNORECASE)
_ABSENCE = frozenset({("ml_reports_to", "no_one"), ("model_deployment", "ad_hoc"), ("talent_density", "little_expertise"),
                      ("work_emphasis", "none"), ("ml_core_product", "no")})


def has_own_model_team(text: str) -> bool:
    """The manager leads a group that builds models: the organisation does ML, so it is not 'nascent: no one does ML'."""
    return _OWN_ML_TEAM.search(text or "") is not None and _WE_BUILD.search(text or "") is not None


def _said_of_us(text: str, match: re.Match[str]) -> bool:
    """The sentence the words stand in speaks of the manager's own group (I, we, my, our)."""
    start = max(text.rfind(".", 0, match.start()), text.rfind("?", 0, match.start()), text.rfind("!", 0, match.start())) + 1
    end = min((i for i in (text.find(".", match.end()), text.find("?", match.end())) if i >= 0), default=len(text))
    return re.search(r"\b(?:i|we|my|our|us)\b", text[start:end], re.IGNORECASE) is not None


def infer_with_evidence(text: str) -> list[InferredAnswer]:
    """Read a free-text description of an ML org into questionnaire answers, each with the words it came from."""
    found: dict[str, InferredAnswer] = {}
    text = _PROPOSED.sub(" ", text or "")  # "the CTO wants to create a central platform team": a plan, not how it is today
    own_team = has_own_model_team(text)
    for question, answer, pattern in _COMPILED:
        if question in found:
            continue
        match = next((m for m in pattern.finditer(text or "") if not (own_team and (question, answer) in _ABSENCE and not _said_of_us(text, m))), None)
        if match:
            found[question] = InferredAnswer(question=question, answer=answer, evidence=match.group(0).strip())
    size = _team_size(text or "")
    if size is not None:
        found["ml_team_size"] = InferredAnswer(question="ml_team_size", answer=size[0], evidence=size[1].strip())
    return [found[q] for q in QUESTIONS if q in found]


def infer_answers(text: str) -> tuple[dict[str, str], list[InferredAnswer], list[str]]:
    """Map a free-text description to questionnaire answers: (answers, the evidence for each, unknown questions)."""
    inferred = infer_with_evidence(text)
    answers = {item.question: item.answer for item in inferred}
    return answers, inferred, [q for q in QUESTIONS if q not in answers]


def _with_proposal(answers: list[OrgAnswer], text: str) -> list[OrgAnswer]:
    """The direct questions answered, plus the call on the change the description floats when none of them made it,
    and what limits the team beyond its shape when the description says (how rarely models ship, data held back)."""
    limits = [a for a in (limits_answer(text),) if a is not None]
    if any(a.moves for a in answers):
        return answers + limits
    floated = proposal_answer(text)
    if floated is None:  # the remit itself is the question: its conditions come from what the description states
        stated = stated_conditions(text)
        return [a.model_copy(update={"moves": stated, "moves_heading": "From what you described, also ask for"})
                if a.question == CONDITIONS_QUESTION and stated else a for a in answers] + limits
    same_change = re.compile(r"\b(?:pull|pulling|move|moving|central)\b", re.I)  # the generic answer to the same move
    hire = None if floated.whole_answer else first_hire_answer(text)  # 'and whom should we hire first': asked beside the change
    fragile = None if floated.whole_answer or hire else fragile_answer(text)  # a server under a desk: fixed whatever the chart
    extra = [a for a in (hire, fragile) if a is not None]
    return [floated, *extra, *(a for a in answers if not same_change.search(a.question)), *limits]


def score_archetype(inp: ArchetypeInput) -> ArchetypeResult:
    """Score which of the five ML org archetypes (nascent/ad-hoc, R&D, product-embedded, independent division, ML-first) an organization resembles, from questionnaire answers and/or a description, with the lecture's recommended team design choices."""
    given = {k: v for k, v in inp.answers.model_dump().items() if v is not None}
    from_text, evidence, _ = infer_answers(inp.description)
    structure = read_structure(inp.description) or units_structure(inp.description)
    if structure is not None and structure.layout in REPORTS_TO and "ml_reports_to" not in from_text and not structure.small_team:
        # 'each BU has its own DS team reporting to the BU head': where ML reports follows from the layout
        from_text["ml_reports_to"] = REPORTS_TO[structure.layout]
        evidence = [*evidence, InferredAnswer(question="ml_reports_to", answer=REPORTS_TO[structure.layout], evidence=structure.why)]
    inferred_keys = {q for q in from_text if q not in given}
    answers = {**{q: from_text[q] for q in inferred_keys}, **given}
    inferred = [item for item in evidence if item.question in inferred_keys]

    facts = read_facts(inp.description)
    raw = {a: PRIOR for a in ARCHETYPES}
    for question, answer in answers.items():
        for archetype, weight in WEIGHTS[question][answer].items():
            raw[archetype] += weight
    total = sum(raw.values())
    scores = {a: raw[a] / total for a in ARCHETYPES}
    builds = "ml_reports_to" not in given and has_own_model_team(inp.description)
    ranked = sorted(ARCHETYPES, key=lambda a: (a == "nascent_ad_hoc" and builds, -scores[a], ARCHETYPES.index(a)))
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
        label=ARCHETYPE_LABELS[top],
        next_moves=_stated_moves(answers) + list(PROFILES[top].next_moves),
        next_hire=next_hire(answers, facts),
        platform_split=platform_split(inp.description),
        asked=[ask for ask, pattern in _ASKS if pattern.search(inp.description)],
        structure=structure,
        org_answers=_with_proposal(answer_org_questions(inp.description, structure), inp.description),
        short=wants_short(inp.description) and structure is not None,
        facts=facts,
        checks=profile_checks(PROFILES[top], answers, facts, evidence),
        covered=sorted(mentioned(inp.description) | set(answers)),
    )
