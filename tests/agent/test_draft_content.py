"""The manager's own content for a draft: words to the writer left out, labelled clauses kept with their
kind, the reader addressed as 'you', and a relayed question or a flat refusal not repeated."""

from __future__ import annotations

from agent.draft_content import content_points, instruction_only, voice


def _kinds(question: str, recipient: str = "") -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in content_points(question, recipient=recipient)]


def test_instructions_to_the_writer_are_left_out_and_content_is_kept():
    q = "message to the infra leads: the GPU quota resets on the 1st and unused hours don't roll over. short, no jargon, friendly"
    points = _kinds(q)
    assert points == [("point", "the GPU quota resets on the 1st and unused hours don't roll over")]


def test_labels_say_what_kind_of_content_follows():
    q = ("reply to omar. we can't host the hackathon data. reason: the export has customer emails in it. "
         "counter: a synthetic sample of 10k rows by friday. ask: tell us which columns matter most")
    kinds = dict((k, t) for k, t in _kinds(q, "Omar"))
    assert kinds["reason"] == "the export has customer emails in it"
    assert kinds["offer"] == "a synthetic sample of 10k rows by friday"
    assert kinds["ask"] == "tell us which columns matter most"


def test_the_readers_request_is_said_to_them_and_split_from_the_managers_point():
    q = "ingrid (head of ops) wants my team to rebuild the routing model by march and the only person who knows it is on leave. write back"
    points = _kinds(q, "Ingrid")
    assert points[0] == ("request", "you'd like our team to rebuild the routing model by march")
    assert ("point", "the only person who knows it is on leave") in points


def test_a_refusal_a_relayed_question_and_a_question_to_the_copilot_are_not_points():
    q = "paolo asked if the pricing model is ready for the board? no way. the features land on the 20th. what do i even say"
    assert _kinds(q, "Paolo") == [("point", "the features land on the 20th")]


def test_a_message_told_to_someone_starts_after_their_name():
    q = "tell our partner mei (at shiplane) the api pilot moves to the second week of march"
    assert _kinds(q, "Mei") == [("point", "the api pilot moves to the second week of march")]


def test_voice_turns_the_managers_team_into_ours_and_the_reader_into_you():
    assert voice("my data team will own it", "") == "our data team will own it"
    assert voice("vp ruth wants the report and ruth's deadline is friday", "Ruth") == "you want the report and your deadline is friday"


def test_the_instruction_part_keeps_only_what_was_said_to_the_writer():
    q = "reply to kai: the migration finishes next tuesday. keep it short"
    left = instruction_only(q, content_points(q, recipient="Kai"))
    assert "migration finishes" not in left and "keep it short" in left


def test_a_refusal_clause_goes_and_an_offer_clause_stands_on_its_own():
    q = "the infra lead asked to borrow our only SRE for a month. we can't. short friendly reply, offer a pairing hour on fridays instead"
    kinds = _kinds(q)
    assert ("offer", "a pairing hour on fridays") in kinds
    assert not any(t in ("we can't", "short friendly reply") for _, t in kinds)


def test_a_lower_case_name_doing_something_gets_its_capital_and_a_told_date_stays():
    assert _kinds("tell the team: from mar 2 standups move to 10:00 and lotte owns the agenda") == [
        ("point", "from mar 2 standups move to 10:00 and Lotte owns the agenda")
    ]


def test_the_readers_relayed_question_is_found_in_their_words():
    from agent.draft_content import relayed_question

    assert relayed_question("our cto wants a straight answer: can the ranker ship before the freeze? we think so") == "Can the ranker ship before the freeze?"
    assert relayed_question("the ranker ships before the freeze. write it up") == ""


def test_a_message_label_before_a_dash_is_words_to_the_writer_and_what_follows_is_content():
    from agent.draft_content import content_points

    points = content_points("firm note to the data eng manager (yusuf) - third time this month a schema change broke our pipeline with zero notice. i want a 48h heads-up going forward", recipient="Yusuf")
    assert [p.text for p in points][0].startswith("third time this month a schema change broke our pipeline")


def test_an_offer_we_make_speaks_to_the_reader_it_is_about():
    from agent.draft_content import content_points

    points = content_points("ilona wants per-city models by march. no. what i can offer: we tune the global model on her 5 worst cities so she can see where it's off", recipient="Ilona")
    offer = next(p.text for p in points if p.kind == "offer")
    assert "your 5 worst cities" in offer and "so you can see" in offer
    named = content_points("ilona wants per-city models by march. what i can offer: Sam joins her weekly review", recipient="Ilona")
    assert "her weekly review" in next(p.text for p in named if p.kind == "offer")  # someone else is named: left as said


def _texts(question: str, recipient: str) -> list[str]:
    return [p.text for p in content_points(question, recipient=recipient)]


def test_one_and_two_word_notes_never_reach_the_message():
    texts = _texts("forecast gives 40% by mar 3 and 85% by mar 20. Candid. Two sentences. email to ruth", "Ruth")
    assert texts == ["40% by mar 3 and 85% by mar 20"]


def test_a_refusal_label_introduces_the_reasons_and_is_not_said():
    points = content_points("won't build it: needs 8 weeks and the data is not ours. offer: a half-day workshop in feb", recipient="Omar")
    assert [(p.kind, p.text) for p in points] == [("reason", "needs 8 weeks and the data is not ours"), ("offer", "a half-day workshop in feb")]
    points = content_points("not doing it: we have no labels yet", recipient="Omar")
    assert [(p.kind, p.text) for p in points] == [("reason", "we have no labels yet")]


def test_the_list_of_messages_wanted_is_words_to_the_writer():
    texts = _texts("decided: mira joins the infra team on feb 2. i need both: a note to jon with the date and a quick post for my team", "Jon")
    assert [t.casefold() for t in texts] == ["mira joins the infra team on feb 2"]


def test_a_readers_question_quoted_after_a_colon_is_answered_not_repeated():
    texts = _texts("cfo dana asked in the finance channel: 'why did the churn model cost twice the plan?' answer: we retrained it three times after the data fix", "Dana")
    assert texts == ["we retrained it three times after the data fix"]


def test_he_after_a_named_colleague_is_that_colleague_not_the_reader():
    texts = _texts("Jonas joins your platform team on mar 1. he wraps up the billing migration first", "Priya")
    assert texts[1].startswith("Jonas wraps up the billing migration")


def test_what_the_reader_wants_to_hear_and_where_they_forward_it_are_notes_not_content():
    from agent.understanding.writer_notes import is_writer_note

    assert is_writer_note("she'll want a firm date") and is_writer_note("he forwards everything to legal")
    assert is_writer_note("they pass these on to the board")
    assert not is_writer_note("the pipeline sends these to the warehouse") and not is_writer_note("the board wants the deck by friday")


def test_a_tone_with_its_limit_is_a_note():
    from agent.understanding.writer_notes import is_writer_note

    for note in ("sorry but not spineless", "warm, not gushing", "calm and factual", "tone: candid but kind"):
        assert is_writer_note(note), note
    assert not is_writer_note("calm weeks ahead for the platform team")


def test_the_wish_to_thank_people_becomes_a_constraint_naming_them_and_leaves_the_content():
    from agent.understanding.writer_notes import note_constraints

    q = "post for the team: from feb we move to one feature store. ravi and mei kept the old stores alive and i'd like to thank them, not erase them"
    assert note_constraints(q).thank == ["Ravi", "Mei"]
    assert [t for _, t in _kinds(q)] == ["from feb we move to one feature store", "ravi and mei kept the old stores alive"]
    assert note_constraints("note to the team: we ship friday. make sure to credit jonas for the eval harness").thank == ["Jonas"]


def test_an_apology_request_and_a_finance_reader_shape_the_draft():
    from agent.understanding.writer_notes import note_constraints

    c = note_constraints("email to the client: the export slips a week. sorry-ish, apologetic but not crawling. he sends these on to finance")
    assert c.apology and c.no_fluff
    assert not note_constraints("the export slips a week").apology


def test_the_readers_organisation_is_theirs_said_as_yours():
    assert voice("their billing export dropped rows and we need a clean week after they patch it", "Joost", org="Harbor Logistics") == (
        "your billing export dropped rows and we need a clean week after you patch it")
    assert voice("the drivers said their app froze", "Joost", org="Harbor Logistics") == "the drivers said their app froze"  # 'their' is the drivers'
    assert voice("their billing export dropped rows", "Joost") == "their billing export dropped rows"


def test_the_reader_named_with_a_title_is_spoken_to():
    said = voice("our head of clinical operations prof. okafor read the report and thinks the triage model slipped", "Prof. Okafor")
    assert said == "you read the report and think the triage model slipped"


def test_a_who_does_it_aside_leaves_a_message_to_someone_else():
    from agent.draft_content import private_asides

    assert private_asides("once search v2 ships (tomas, 22nd-ish) we run a review", "Ezra") == "once search v2 ships (around the 22nd) we run a review"
    assert private_asides("after the audit (tomas) we start", "Ezra") == "after the audit we start"
    assert private_asides("the new model (beta) goes out", "Ezra") == "the new model (beta) goes out"


def test_a_request_about_another_partys_thing_keeps_it_theirs():
    points = _kinds("noa (head of sales) wants us to score a reseller's leads before their quarter closes. we can't. write back", "Noa")
    assert ("request", "you'd like us to score a reseller's leads before their quarter closes") in points


def test_a_customer_reader_named_with_their_company_in_brackets_hears_your():
    from agent.drafting import draft_input
    from agent.understanding import parse_situation
    from datetime import date

    q = "reply to bram (head of planning at northwind, a customer): the demand pilot moves to the week of jan 11 because their ERP export has been missing stores since nov 16"
    inp = draft_input(parse_situation(q, None, date(2026, 12, 4)), q, date(2026, 12, 4), [])
    said = " ".join(p["text"] for p in inp["facts"]["points"])
    assert "your ERP export" in said and "their" not in said


def test_no_apology_is_added_when_the_manager_rules_it_out_and_credit_is_a_thanks():
    from agent.understanding.writer_notes import is_writer_note, note_constraints

    assert not note_constraints("note to the vendor: the batch is late. apologetic is wrong here, be firm").apology
    assert not note_constraints("the batch is late. don't be apologetic").apology
    assert is_writer_note("apologetic is wrong here")
    assert note_constraints("post for the team: we move to one harness. ana and li built it and i want to give them proper credit").thank == ["Ana", "Li"]


def test_a_reader_named_in_brackets_after_their_role_starts_the_message_after_the_bracket():
    assert _kinds("tell the data platform lead (amara) we can't own the ingestion jobs from march", "Amara") == [
        ("point", "we can't own the ingestion jobs from march")]


def test_a_point_said_after_the_readers_quoted_question_is_content_not_words_to_the_writer():
    q = "cfo lena, a bit cross: 'you said 40 hires and we made 31. why?' answer: the plan was a range of 28 to 45 and we landed inside it. keep it plain"
    left = instruction_only(q, content_points(q, recipient="Lena"))
    assert "range of 28 to 45" not in left and "keep it plain" in left


def test_a_label_made_of_notes_to_the_writer_is_followed_by_the_content():
    q = "already decided, only need the wording: from march 1 on-call moves to a weekly rota. teams post for the squad, not a novel"
    assert _kinds(q) == [("point", "from march 1 on-call moves to a weekly rota")]
    q = "the plain version: the new scorer flags about 1 in 20 claims for review, not 1 in 5"
    assert _kinds(q) == [("point", "the new scorer flags about 1 in 20 claims for review, not 1 in 5")]


def test_a_tone_instruction_and_the_reason_given_for_it_never_reach_the_message():
    q = ("heads up to the platform team: the batch cluster goes read-only on friday at 6pm. "
         "two of the seniors hate freezes so make it sound like a pause, not a ban. slack post to the whole team")
    assert _kinds(q) == [("point", "the batch cluster goes read-only on friday at 6pm")]


def test_a_note_about_the_reader_as_a_type_of_person_is_a_note():
    q = "reply to odile: no to the extra dashboard, the ingestion rewrite comes first. odile's an economist, likes it blunt, for a numbers person"
    assert all("economist" not in t and "blunt" not in t and "numbers person" not in t for _, t in _kinds(q, "Odile"))


def test_fragments_of_a_note_become_whole_sentences():
    from agent.draft_content import whole_sentence

    assert whole_sentence("was planned for the 3rd, now mid march") == "it was planned for the 3rd and is now mid march"
    assert whole_sentence("reranker patch is merged") == "the reranker patch is merged"
    assert whole_sentence("lena is on it") == "lena is on it"  # a name keeps no article
    assert whole_sentence("after lunch it was fine") == "after lunch it was fine"
    assert whole_sentence("is blocked on legal", has_subject=False) == "is blocked on legal"  # nothing named before it


def test_an_offer_about_the_readers_own_things_says_your():
    q = "reply to bo: no to the new model. what i can offer: priya for two days to check their current scoring sheet"
    assert ("offer", "Priya for two days to check your current scoring sheet") in [(k, t[:1].upper() + t[1:]) for k, t in _kinds(q, "Bo")]


def test_a_verbless_also_line_becomes_a_sentence():
    from agent.draft_content import whole_sentence

    assert whole_sentence("also deploy freeze dec 20 to jan 3 except hotfixes") == "there's also a deploy freeze from dec 20 to jan 3, except for hotfixes"


def test_notes_about_ownership_warmth_and_grumbling_become_constraints():
    from agent.understanding.writer_notes import note_constraints

    c = note_constraints("tell ines the pilot slips to march. own it. she's been really supportive with us. the analysts will grumble about the new template")
    assert c.own_it and c.valued == "really supportive" and c.grumble == "the new template"
    assert not note_constraints("the pilot slips to march").own_it


def test_a_question_the_reader_will_ask_is_answered_and_the_note_on_how_to_say_it_is_not_said():
    q = ("reply to dana: it didn't get worse, the eval set changed on monday. but i need to say that without sounding defensive. "
         "she'll also ask when the score recovers, and honestly we won't know until the january retrain")
    points = _kinds(q, "Dana")
    assert ("point", "as for when the score recovers: we won't know until the january retrain") in points
    assert not any("defensive" in t or "need to say" in t for _, t in points)


def test_an_ask_named_in_the_request_to_the_writer_is_the_ask_of_the_message():
    from agent.draft_content import asked_for

    q = "need to ask ruth (head of finance) for 2 annotators, about 4.5k a month each, and to renew the label tool licence. numbers: ..."
    assert asked_for(q) == "2 annotators, about 4.5k a month each, and your OK to renew the label tool licence"


def test_the_readers_observation_of_a_number_is_read_as_their_message():
    from agent.draft_content import quoted_message

    assert quoted_message("our cfo saw churn jump from 3% to 5% on the board pack and asked if pricing broke. it didn't") == (
        "our cfo saw churn jump from 3% to 5% on the board pack and asked if pricing broke.")


def test_an_ask_dictated_in_the_request_to_the_writer_is_content_not_an_instruction():
    q = "need to ask ruth (head of finance) for 2 annotators, about 4.5k a month each, and to renew the label tool licence. keep it short"
    left = instruction_only(q, content_points(q, recipient="Ruth"))
    assert "annotators" not in left and "keep it short" in left


def test_things_kept_as_they_are_stay_theirs_in_a_note_to_a_customer():
    from agent.draft_content import _theirs_as_yours

    assert _theirs_as_yours("nothing changes for them: the timetables stay as they are for now") == "nothing changes for you: the timetables stay as they are for now"
    assert _theirs_as_yours("the scans from their older scanners are blurrier") == "the scans from your older scanners are blurrier"
    assert _theirs_as_yours("the nurses told us their shifts changed") == "the nurses told us their shifts changed"


def test_a_prefixed_word_is_no_misspelling_and_no_ending_is_added_to_it():
    from agent.draft_content import respelt

    assert respelt("ready for the march relaunch") == "ready for the march relaunch"
    assert respelt("the predictive maintanence dashboard") == "the predictive maintenance dashboard"


def test_what_the_manager_says_to_say_is_content_even_without_that():
    from agent.draft_content import content_points

    points = content_points("write ines two lines and say we think the pilot is ready for the north depots", recipient="Ines")
    assert any("the pilot is ready for the north depots" in p.text for p in points)


def test_a_message_quoted_on_its_own_line_after_the_notes_is_the_one_to_rework():
    from agent.understanding.messages import pasted_message

    text = 'firmer please. the vendor still has not sent the logs and we need them by tuesday.\n"Hi Joss, no pressure at all, but any chance of the logs at some point soon? Thanks!"'
    pasted = pasted_message(text)
    assert pasted is not None and pasted[0].startswith("Hi Joss")


def test_the_owner_named_on_a_status_line_stays_in_the_update():
    from agent.draft_content import private_asides

    assert private_asides("- pricing experiment (ingrid): results due jan 20", "Mireille") == "- pricing experiment (Ingrid): results due jan 20"
    assert private_asides("once the export lands (ingrid) we retrain", "Mireille") == "once the export lands we retrain"


def test_an_offer_said_as_what_i_can_offer_is_is_an_offer_and_a_decline_label_gives_the_reason():
    from agent.draft_content import content_points

    q = ("Please draft a reply to Odette, our Head of Retail. She asked whether we could build a shelf-gap detector for the spring refit. "
         "I have to decline: the camera data is not labelled and the team is on the pricing engine until April. "
         "What I can offer is a one-page review of two off-the-shelf vendors by 16 December.")
    points = content_points(q, recipient="Odette")
    assert any(p.kind == "offer" and p.text.startswith("a one-page review of two off-the-shelf vendors") for p in points)
    assert any(p.kind == "reason" and "camera data is not labelled" in p.text for p in points)


def test_the_point_to_make_inside_an_instruction_is_content_and_a_view_label_opens_content():
    from agent.draft_content import content_points

    q = ("our cfo saw the churn dashboard. what she's looking at is basically: of the accounts we flag, about 1 in 4 leave within a quarter. "
         "write her three lines, no jargon, and make the point that the flag is a prompt to call the account, not a forecast of loss")
    texts = [p.text for p in content_points(q, recipient="Wren")]
    assert any(t.startswith("of the accounts we flag, about 1 in 4 leave") for t in texts)
    assert any(t.startswith("the flag is a prompt to call the account") for t in texts)


def test_a_background_opener_is_no_part_of_the_content():
    from agent.draft_content import _label

    assert _label("for context, we bill 4,000 clinics a month") == ("point", "for context, we bill 4,000 clinics a month")
    assert _label("the context is, we bill 4,000 clinics a month") == ("point", "we bill 4,000 clinics a month")


def test_a_name_or_a_term_is_never_respelt_into_another_word():
    from agent.draft_content import respelt

    assert respelt("the old riesling rows and halvard's budget") == "the old riesling rows and halvard's budget"
    assert respelt("beatrix wants the maintanence alerts") == "beatrix wants the maintenance alerts"



def test_the_reader_described_between_commas_is_you_once():
    from agent.draft_content import voice

    said = voice("Benedikt, our board observer at Halvard Capital, asked why churn rose.", "Benedikt")
    assert said == "you asked why churn rose."
    assert voice("Benedikt, our forecast is late.", "Benedikt").startswith("you, our forecast is late")


def test_them_is_the_reader_only_where_a_person_is_meant():
    from agent.draft_content import _theirs_as_yours

    assert _theirs_as_yours("The new sensors add to them, they don't replace the audits.").startswith("The new sensors add to them")
    assert _theirs_as_yours("we will send them the export so their analysts can start") == "we will send you the export so your analysts can start"


def test_a_question_the_reader_will_ask_is_answered_before_it_is_asked():
    points = content_points("need to tell bernard the depot pilot slips to march. he'll ask if we can run it on paper - we can't, the rota needs the app.", recipient="Bernard")
    said = " ".join(p.text for p in points)
    assert "you may ask whether we can run it on paper: we can't" in said and "as for if" not in said.lower(), points


def test_a_document_asked_for_frames_the_ask_it_carries():
    points = content_points("I need a one-pager for Casimir, our head of finance, asking for three more annotators for the parts catalogue.", recipient="Casimir")
    assert [p.kind for p in points] == ["ask"] and "three more annotators for the parts catalogue" in points[0].text
    assert "one-pager" not in points[0].text and "you, you" not in points[0].text


def test_there_typed_for_their_before_a_thing_of_theirs_is_their_and_there_as_a_place_or_subject_stays():
    from agent.draft_content import respelt

    assert respelt("we still need there stock file by friday") == "we still need their stock file by friday"
    assert respelt("Bronwen (there head of logistics) asked twice") == "Bronwen (their head of logistics) asked twice"
    assert respelt("they run there own checks") == "they run their own checks"
    for kept in ("there needs to be a second check", "there is no stock file yet", "is there room in the budget", "we were there yesterday",
                 "there wont be a second run", "there seems to be a gap", "and there are two options", "when we got there priya said no"):
        assert respelt(kept) == kept, kept


def test_a_word_missing_one_letter_is_mended_even_where_two_short_words_could_spell_it():
    from agent.draft_content import respelt

    assert respelt("the new forcast for chilled lines") == "the new forecast for chilled lines"
    for kept in ("the backfill ran overnight", "after the standup", "the rollout plan", "a new dataset"):
        assert respelt(kept) == kept, kept


def test_a_pronoun_after_someone_else_named_is_that_person_never_the_reader():
    from agent.draft_content import content_points

    asked = "ingrid wants tobias to redo the pallet forecast by friday. no. he's stuck on the label migration until thursday. draft the reply"
    said = " ".join(p.text for p in content_points(asked, recipient="Ingrid", names=["Tobias"]))
    assert "Tobias is stuck on the label migration" in said and "you're stuck" not in said.lower()


def test_a_pronoun_that_fits_only_the_reader_is_still_said_to_them():
    from agent.draft_content import content_points

    asked = "reply to ingrid: she wants tobias on her pallet forecast. she's been asking since october. no, he's on the migration"
    said = " ".join(p.text for p in content_points(asked, recipient="Ingrid", names=["Tobias"]))
    assert "you've been asking since october" in said.lower() and "Tobias's been" not in said and "Tobias has been asking" not in said


def test_a_role_slash_joined_to_the_readers_title_and_name_is_one_you():
    from agent.draft_content import voice

    assert voice("our founder/MD Ekaterina wants one number per depot", "Ekaterina") == "you want one number per depot"
    assert voice("read/write access stays with the analysts", "Ekaterina") == "read/write access stays with the analysts"


def test_email_headers_above_a_forwarded_message_never_become_points():
    from agent.draft_content import content_points

    asked = "reply to Imre, short.\nFrom: Imre Balogh\nSent: Wednesday, December 2, 2026 09:14\nSubject: pallets\nour side: the pallet model is live in 3 of 5 depots."
    said = " ".join(p.text for p in content_points(asked, recipient="Imre"))
    assert "Sent" not in said and "09:14" not in said and "3 of 5 depots" in said


def test_what_the_reader_asks_for_is_said_to_them():
    points = content_points("I cant do what shes asking before the spring launch: we have no labelled photos.", recipient="Ottilie")
    assert "what you're asking" in points[0].text
    assert "what you want" in content_points("we can do part of what he wants by march, the rest in q2.", recipient="Bram")[0].text


def test_a_verb_and_its_particle_run_together_is_a_word_never_a_slip():
    from agent.draft_content import respelt

    assert respelt("the payback on the cooler retrofit is under a year") == "the payback on the cooler retrofit is under a year"
    assert respelt("we'll need a signoff from legal and a clean setup") == "we'll need a signoff from legal and a clean setup"
    assert respelt("the new forcast for chilled lines") == "the new forecast for chilled lines"
