"""The change an org description floats is read in any words and answered from the description's own facts (a
deployment queue, a platform serving other departments, nobody owning the shared stack, work nobody reviews); a group
described as it is today is no proposal. Descriptions written for this test."""

from __future__ import annotations

import pytest

from tools.org_proposal import org_facts, proposal_answer, read_proposal, read_units, stated_conditions, units_structure

TAKE = ("my team of 5 sits in Claims and builds the fraud scoring. a three-person platform team under IT does every deployment, "
        "and they support four other departments too, so we wait about six weeks for a slot. our COO wants to move the platform "
        "team under me. sensible?")
HIRE = ("we're a furniture retailer. my team of seven builds the pricing and demand models, and each of us runs our own training "
        "jobs on a rented box. the VP wants me to hire an MLOps engineer instead of another data scientist. right call?")
MERGE = ("publishing house, ~200 staff. my team is 3 people doing recommendation and metadata models. finance has three analysts "
         "who do all the dashboards, and the CEO is floating merging the analysts into my team as one data team. thoughts?")
CENTRAL = ("our new CTO wants to pull all the ML people into one central AI team. today it's my group of 4 in supply chain, "
           "2 people embedded in the routing team, and one analyst who sits in pricing. does that make sense?")


@pytest.mark.parametrize(("text", "kind"), [(TAKE, "take_platform"), (HIRE, "hire_choice"), (MERGE, "merge_in"), (CENTRAL, "centralise")])
def test_the_change_is_read_whatever_the_words(text: str, kind: str) -> None:
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == kind


def test_a_group_described_as_it_is_is_no_proposal() -> None:
    text = ("my central ML platform group (5 of us) runs the feature store and the registry, and the regions build their own "
            "pipelines. what structure is this?")
    assert read_proposal(text) is None


def test_moving_the_platform_under_me_is_answered_with_the_queue_and_who_else_it_serves() -> None:
    facts = org_facts(TAKE)
    assert "six weeks" in facts.queue and "four other departments" in facts.serves_others
    answer = proposal_answer(TAKE)
    assert answer is not None and answer.answer.startswith("Yes, with conditions")
    assert "six weeks" in answer.answer and "four other departments" in answer.answer
    assert any("service level" in m for m in answer.moves)


def test_a_platform_hire_wins_when_everyone_runs_their_own_setup() -> None:
    answer = proposal_answer(HIRE)
    assert answer is not None and answer.answer.startswith("The platform person")
    assert "7 of you" in answer.answer and "each of us runs our own training jobs" in answer.answer


def test_merging_analysts_in_says_what_breaks_first() -> None:
    answer = proposal_answer(MERGE)
    assert answer is not None and answer.answer.startswith("Not as proposed")
    assert "What breaks first" in answer.answer and any("Two intakes" in m for m in answer.moves)


def test_centralising_keeps_embedded_people_where_they_sit() -> None:
    answer = proposal_answer(CENTRAL)
    assert answer is not None and answer.answer.startswith("Centralise the shared parts, not the people")
    assert "routing team" in answer.answer


def test_the_groups_are_read_with_their_size_and_home() -> None:
    units = read_units(TAKE)
    assert units[0].mine and units[0].size == 5 and units[0].sits_in == "Claims"
    assert any(u.name == "platform team" and u.size == 3 and u.sits_in == "IT" for u in units)
    structure = units_structure(TAKE)
    assert structure is not None and "your ML team of 5 in Claims" in structure.name


def test_one_team_alone_is_no_hybrid() -> None:
    assert units_structure("my team of 4 sits in ops and does the forecasting. what kind of ML org are we?") is None


def test_merging_a_data_loads_team_into_mine_is_a_platform_move() -> None:
    text = ("my team is three people doing the forecasting models. a separate two-person etl team owns the nightly data loads and "
            "reports to the head of IT. the new CIO wants to merge the etl team into mine. good idea?")
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "take_platform"


SCATTERED = ("we make garden furniture, around 400 people. it's me and two statisticians sitting in planning doing the demand "
             "curves, three data scientists in online sales under the ecommerce director, and a lone analyst in HR. nobody owns "
             "the servers, the curves run on a laptop in the planning office. the COO wants to fold everyone into a single data "
             "and AI group reporting to me by summer. good idea?")


def test_people_counted_where_they_sit_and_a_fold_into_one_group_is_centralising() -> None:
    units = read_units(SCATTERED)
    assert [(u.size, u.sits_in, u.mine) for u in units] == [(3, "planning", True), (3, "online sales", False), (1, "HR", False)]
    proposal = read_proposal(SCATTERED)
    assert proposal is not None and proposal.kind == "centralise"
    facts = org_facts(SCATTERED)
    assert facts.no_platform.startswith("nobody owns the servers")
    answer = proposal_answer(SCATTERED)
    assert answer is not None and "All told that is 7 people" in answer.answer and "nobody owns the servers" in answer.answer


LONE_ENGINEER = ("ferry company, about 900 staff. ML is: me + 3 in revenue management, and a data engineer who reports to IT and "
                 "keeps the booking warehouse running. the CFO asked whether the data engineer should come over to me. a third of "
                 "her time goes to finance's month-end packs though. thoughts?")


def test_a_person_who_should_move_under_me_is_the_platform_call_with_who_else_they_serve() -> None:
    proposal = read_proposal(LONE_ENGINEER)
    assert proposal is not None and proposal.kind == "take_platform"
    assert org_facts(LONE_ENGINEER).serves_others.startswith("a third of her time goes to finance")
    assert read_units(LONE_ENGINEER)[0].mine and read_units(LONE_ENGINEER)[0].size == 4


def test_splitting_a_small_team_into_pods_is_not_yet_with_an_owner_instead() -> None:
    text = ("ML = 4 of us, reporting to the COO, and we run our models end to end. the new VP asked whether we should split "
            "into an 'infra' squad and a 'science' squad next quarter. thoughts?")
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "split"
    answer = proposal_answer(text)
    assert answer is not None and answer.answer.startswith("Not yet. At 4 people") and answer.question == "Should a team of 4 split into pods?"


def test_a_department_headcount_is_no_ml_group_and_a_release_gate_survives_the_move() -> None:
    text = ("council data team. about 40 people in IT overall; my team is three analysts and me. a two-person 'ETL' team "
            "reports to the head of IT and runs the nightly loads. every change to the public site waits for the monthly "
            "release train. the CIO wants to move the ETL team under me. good idea?")
    assert [u.name for u in read_units(text) if not u.mine] == ["ETL team"]
    answer = proposal_answer(text)
    assert answer is not None and "The monthly release train you mentioned stays" in answer.answer


@pytest.mark.parametrize("text", [
    "we're a 200-person insurance broker: two data scientists in pricing under the actuaries, one ML engineer in IT. the COO "
    "wants to pull them into one analytics team by june. should we?",
    "museum group, three sites. each site has one analyst, and i run a team of two doing visitor forecasts. the director wants "
    "to fold everyone into a single data team under me by spring. good idea?",
])
def test_groups_put_into_one_team_in_other_words_are_a_centralisation(text: str) -> None:
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "centralise"


def test_another_kind_of_group_folding_into_mine_gets_its_own_call_with_the_deployment_wait() -> None:
    text = ("there's 3 of us in pricing (me + 2), and a 'labs' team of 4 who build chatbot demos that never ship. every "
            "release needs a change request that takes about a month. the COO asked whether labs should fold into my team.")
    answer = proposal_answer(text)
    assert answer is not None and answer.question == "Should the labs team fold into your group?"
    assert answer.answer.startswith("Yes, if the move gives their work a path to production") and "(a team of 7)" in answer.answer
    assert "chatbot demos that never ship" in answer.answer and "change request" in answer.answer


def test_splitting_my_team_across_the_sites_is_not_yet_with_the_facts_that_decide_it() -> None:
    text = ("we run 4 bakeries. 'ML' is: me + 3 in the data team under the CFO. each bakery manager has a demand "
            "spreadsheet nobody reviews. no platform, the models run on a laptop in the office and deploys are me "
            "emailing csvs. the COO wants to split my 3 across the bakeries, reporting to the bakery managers. what happens?")
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "embed"
    answer = proposal_answer(text)
    assert answer is not None and answer.answer.startswith("Not yet. Split across sites, 3 people become one person per site")
    assert "no platform, the models run on a laptop in the office" in answer.answer


def test_a_new_platform_group_built_from_some_of_my_people_says_what_their_work_loses() -> None:
    text = ("we're a dairy co-op, 6 creameries. my team: 5 people, milk yield forecasting + a vat temperature anomaly model. "
            "releases go out when ops can fit a change window, maybe every six weeks. our COO wants a new ML platform team "
            "of 4: three of mine and one of the BI folks. what happens if i agree?")
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "carve_out" and proposal.by.lower().endswith("coo")
    units = read_units(text)
    mine = next(u for u in units if u.mine)
    assert mine.size == 5 and mine.work.startswith("milk yield forecasting")
    answer = proposal_answer(text)
    assert answer is not None and answer.answer.startswith("Not as proposed.")
    assert "3 of your 5 people leave milk yield forecasting + a vat temperature anomaly model, which 2 then carry" in answer.answer
    assert "change window" in answer.answer  # the wait the group would fix, in their words
    assert any("first deliverable" in m for m in answer.moves)


def test_taking_two_of_my_people_for_a_central_team_reads_as_the_same_change() -> None:
    text = "the CTO is taking two of my engineers for a central mlops team next quarter. my team is 6 people. good idea?"
    proposal = read_proposal(text)
    assert proposal is not None and proposal.kind == "carve_out"
    answer = proposal_answer(text)
    assert answer is not None and answer.answer.startswith("Yes, with conditions") and "2 fewer people (2 of 6)" in answer.answer  # a third: the work stays staffed


EMBED_SOME = ("dairy co-op, 6 creameries. me + 2 run the milk-yield forecast + the cheese-grading vision. the packaging line "
              "supplier owns the cameras and won't share raw footage without a paid change request. we release models roughly "
              "quarterly, i copy them onto each plant's server. plant managers often override the grading. the ceo wants to "
              "put 1 of my 2 at the biggest plant. what changes if i agree?")


def test_some_of_the_team_placed_at_sites_is_an_embed_with_who_stays_and_the_stated_limits() -> None:
    proposal = read_proposal(EMBED_SOME)
    assert proposal is not None and proposal.kind == "embed" and proposal.words.startswith("put 1 of my 2")
    answer = proposal_answer(EMBED_SOME)
    assert answer is not None and answer.answer.startswith("Not yet.")
    assert "The one who stays (and you) carry every model" in answer.answer
    assert "It changes neither how often models ship nor the data held back from you." in answer.answer
    assert "trust and use the models" in answer.answer


def test_the_limits_beyond_the_shape_are_read_in_the_managers_words_with_a_move_each() -> None:
    from tools.org_proposal import limits_answer

    facts = org_facts(EMBED_SOME)
    assert facts.releases == "we release models roughly quarterly"
    assert facts.data_gate.startswith("the packaging line supplier owns the cameras and won't share raw footage")
    assert facts.advice_ignored == "plant managers often override the grading"
    limits = limits_answer(EMBED_SOME)
    assert limits is not None and len(limits.moves) == 3
    assert "release path for models" in limits.moves[0] and "in writing" in limits.moves[1] and "owner on the operations side" in limits.moves[2]
    assert limits_answer("we're 6 people doing ML for a regional insurer. should we split into two pods?") is None
    assert org_facts("what date can i give the vp? ignore the churn model, that's separate").advice_ignored == ""  # the manager's own aside


def test_work_nobody_reviews_is_put_under_review_whatever_the_central_call() -> None:
    text = ("our new CFO wants to pull all the ML people into one central AI team. today it's my group of 4 in logistics, and two "
            "pricing analysts who build their own elasticity models and nobody reviews them. what should i ask for?")
    answer = proposal_answer(text)
    assert answer is not None and answer.question == "Should every ML person move into one central group?"
    assert answer.moves[0].startswith('Whatever the org chart, put the work you described as "')
    assert org_facts(text).unreviewed.endswith("nobody reviews them")


def test_a_leader_hired_above_the_manager_is_answered_first_from_what_the_team_lacks():
    text = ("we run 3 bakeries, about 60 staff. my analytics team is me and one analyst, we do the daily bake forecast. the "
            "shop managers keep their own waste sheets and nobody checks them. IT is one contractor two days a week. our "
            "founder is thinking of bringing in a chief data officer over me. what should i say?")
    answer = proposal_answer(text)
    assert answer is not None and answer.question == "Should they hire a chief data officer above you?"
    assert answer.answer.startswith("Not as the next hire. Your founder wants a leader above you")
    assert '"the shop managers keep their own waste sheets and nobody checks them"' in answer.answer or "nobody checks them" in answer.answer
    assert "IT is one contractor" in answer.answer
    assert any("light check" in m for m in answer.moves) and any("IT is one contractor" in m for m in answer.moves)


def test_a_head_of_ai_named_without_a_hire_is_no_proposal():
    assert read_proposal("our head of AI left in june and the team reports to the COO now. what kind of org are we?") is None


def test_conditions_for_a_wider_remit_come_from_the_stated_facts():
    text = ("platform ops deploys everything in a quarterly release train, and in march they switched off our pricing model "
            "without telling us. the finance analysts run their own forecast that nobody reviews. the CPO wants my team to "
            "serve models for every team. what do i ask for before i say yes?")
    asks = stated_conditions(text)
    assert len(asks) == 3
    assert '"quarterly release train"' in asks[0]
    assert "switched off our pricing model" in asks[1] and "without telling" in asks[1]
    assert "nobody reviews" in asks[2]
    assert stated_conditions("the CTO wants my team to serve models for everyone. what do i ask for before i say yes?") == []


def test_a_team_dissolved_into_one_person_per_site_is_an_embed_answered_from_its_facts():
    text = ("i run a data team of five at a ferry operator with four ports. the engine telemetry belongs to the engine maker, "
            "who sends it in a weekly export. the captains ignore our fuel advice most days. the new COO wants to disband my "
            "team and put one analyst in each port, reporting to the harbour master. what breaks?")
    answer = proposal_answer(text)
    assert answer is not None and answer.question == "Should your team be split across the sites?"
    assert "1 people" not in answer.answer  # one per port is the shape, not the team's size
    facts = org_facts(text)
    assert "ignore our fuel advice" in facts.advice_ignored


def test_data_owned_by_the_manufacturer_is_data_held_back():
    facts = org_facts("the turbine readings belong to the manufacturer, who shares them through a portal a day late.")
    assert "belong to the manufacturer" in facts.data_gate
