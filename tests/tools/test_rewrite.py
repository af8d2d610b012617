"""Rewrites that meet their goal, measured: shorter (limit or about half, numbers kept), softer (the problem not
the person, a request with its why, help offered, the one reader greeted), firmer (no hedges, the dated ask
first with what happens if it is missed), plainer (jargon explained); a 'What changed' list read off the texts;
a goal still missed is said."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tools.message import DraftInput, draft_message
from tools.rewrite import dated_need, rewrite, what_changed

TODAY = date(2026, 12, 4)
PADDED = (
    "Hi Tomasz, hope the week is treating you well! Just a quick note on the search ranking work. So we finally got the "
    "new click model trained last week, which took ages because the labelling queue was backed up over the holidays. "
    "The good news is that NDCG went from 0.412 to 0.447 on the holdout, which is really encouraging. We think we can "
    "start the A/B test on Jan 11, assuming nothing else goes wrong. Anyway, that's the update, let me know if you have any questions!"
)


def _words(text: str) -> int:
    return len(text.split())


def _draft(original: str, goal: str = "", **kw: object) -> object:
    facts = {"original": original, "rewrite_goal": goal, "today": TODAY, **kw.pop("facts", {})}  # type: ignore[dict-item]
    return draft_message(DraftInput(audience=kw.pop("audience", "peer_team"), purpose="rewrite", facts=facts, **kw))  # type: ignore[arg-type]


def test_shorter_with_no_limit_is_about_half_and_keeps_every_number_and_the_date():
    r = rewrite(PADDED, "tighten")
    body = " ".join(r.sentences)
    assert _words(body) <= _words(PADDED) * 0.6 and not r.shortfalls
    for kept in ("0.412", "0.447", "Jan 11", "NDCG"):
        assert kept in body
    for gone in ("hope the week", "So we", "finally", "really encouraging", "labelling queue", "good news", "Anyway"):
        assert gone.lower() not in body.lower(), gone
    assert r.topic == "the search ranking work"


def test_a_sentence_limit_is_met_and_the_sentences_with_numbers_stay():
    original = "Hey all, just wanted to flag a couple of things. The reranker is live for 20% of traffic and clicks are up 3.1%. We had a scare on Tuesday when a cache filled up, but it's fixed. Next we go to 50% on Dec 14 if the metrics hold. Thanks!"
    r = rewrite(original, "tighten", max_sentences=2)
    assert len(r.sentences) <= 2 and "3.1%" in r.sentences[0] and "Dec 14" in r.sentences[1]
    assert r.greeting == "Hi all," and not r.shortfalls


def test_shorter_says_so_when_every_sentence_carries_a_fact_and_it_cannot_reach_half():
    dense = "Recall is 84%, up from 71%. Precision held at 0.9. Latency is 40ms. We start the test on Jan 11 with 5% of traffic."
    r = rewrite(dense, "tighten")
    assert r.shortfalls and "every sentence left carries" in r.shortfalls[0]
    assert all(n in " ".join(r.sentences) for n in ("84%", "71%", "0.9", "40ms", "Jan 11", "5%"))


def test_softer_names_the_problem_asks_with_the_why_offers_help_and_greets_the_one_reader():
    original = "Dmitri, your config change took down the recs endpoint for an hour on Friday. Code review is not optional. Roll it back and never push to prod without review again."
    msg = _draft(original, "soften", audience="own_team")
    body = msg.body
    assert body.startswith("Hi Dmitri,") and "Hi team" not in body
    assert "The recs endpoint failed for an hour on Friday after the config change went in." in body
    assert "not optional" not in body and "your config change" not in body.lower() and "never" not in body
    assert "Could you make sure code review is part of every change? It's what catches problems like this before they reach the recs endpoint." in body
    assert "From now on, let's not push to prod without review." in body and "happy to help" in body
    assert not any(n.startswith("Not met") for n in msg.notes)


def test_firmer_cuts_hedges_and_leads_with_the_dated_need_and_what_a_miss_costs():
    original = "Hi Lucia! Sorry to keep nagging, I was just wondering if maybe the feature store access could possibly be sorted sometime soon? I know you're super busy, no worries if not 😊"
    r = rewrite(original, "firm", need="access by friday the 11th, otherwise the pricing test can't start before the freeze on the 18th", today=TODAY)
    text = r.text()
    assert r.sentences[0] == "I need the feature store access by Fri 11 Dec."
    assert "Fri 18 Dec" in text and "2026" not in text and "pricing test" in text and r.closing.startswith("Can you confirm Fri 11 Dec works?")
    for gone in ("sorry", "maybe", "just", "possibly", "no worries", "busy", "😊", "!"):
        assert gone not in text.lower(), gone
    assert not r.shortfalls


def test_firmer_without_a_date_says_the_ask_has_none():
    r = rewrite("hey, no pressure, but maybe you could look at the eval dashboard at some point?", "firm")
    assert "maybe" not in r.text() and "no pressure" not in r.text()
    assert any("no date" in x for x in r.shortfalls)


def test_plainer_explains_jargon_and_other_goals_keep_acronyms_in_capitals():
    r = rewrite("Recall is up from 71% to 84% and p95 latency is 40ms, within the SLA.", "plain")
    text = r.text()
    assert "how many real cases we catch" in text and "95% of requests" in text and "SLA" not in text and "p95" not in text
    short = rewrite("So the new ASR model cut WER from 12.8% to 11.1% on the GPU cluster, which is great.", "tighten")
    assert all(a in short.text() for a in ("ASR", "WER", "GPU")) and "great" not in short.text()
    shouted = rewrite("The ASR numbers are wrong AGAIN. Please rerun them.").text()
    assert "ASR" in shouted and "again" in shouted and "AGAIN" not in shouted


@pytest.mark.parametrize(
    "original, goal",
    [(PADDED, "tighten"), ("Yaw, your PR #88 broke the nightly build again. Tests are not optional. Fix it today.", "soften"),
     ("hey sam!! sorry to bother, just wondering if the export might be ready at some point? no pressure 🙏", "firm"),
     ("Team, the numbers were OBVIOUSLY wrong!!! You need to rerun them by Thursday.", "")],
)  # fmt: skip
def test_what_changed_is_read_off_the_two_texts_and_never_repeats_what_was_cut(original, goal):
    after = rewrite(original, goal).text()
    notes = what_changed(original, after)
    assert notes and notes[0] == f"{len(original.split())} words became {len(after.split())}"
    flat = re.sub(r"\s+", " ", after).lower()
    for phrase in re.findall(r"'([^']*)'", " ".join(notes)):
        assert len(phrase.split()) == 1 or phrase.lower().replace("…", "").split()[0] in flat, phrase  # only new words are quoted
    gone = [w for w in re.findall(r"\w+(?: \w+){2}", original.lower()) if w not in flat]
    assert not any(g in " ".join(notes).lower() for g in gone)  # a cut phrase is named by its kind, never quoted back


def test_what_changed_names_the_kinds_of_cuts():
    notes = " ".join(what_changed(PADDED, rewrite(PADDED, "tighten").text()))
    for kind in ("pleasantries", "the topic line", "the story of the cause", "filler"):
        assert kind in notes, kind


def test_the_managers_instruction_never_reaches_the_rewrite_and_a_message_that_reads_fine_is_kept():
    msg = _draft("Could you send the labelling numbers by Thursday? We need them for the planning review.", "firm", recipient="Ana",
                 source_text="i'm a pushover, make this firmer. it's for ana")  # fmt: skip
    assert "pushover" not in msg.body and "make this firmer" not in msg.body
    assert "Could you send the labelling numbers by Thursday 10 Dec?" in msg.body and "Can you confirm Thursday 10 Dec works?" in msg.body


def test_softer_says_an_unannounced_change_as_what_happened_and_drops_the_bare_anger():
    r = rewrite("Your team renamed the user table without telling anyone and now our ETL job is broken again. I'm furious. Please warn us next time.", "soften")
    text = r.text()
    assert text.startswith("The user table was renamed without notice and our ETL job broke")
    assert "furious" not in text and "Your team" not in text and "Please warn us next time." in text


def test_firmer_carries_the_facts_said_next_to_the_message_after_its_ask():
    r = rewrite("Hi Ines, I think it might be worth considering whether we could get a second annotator, if that's ok? No rush at all.", "firm",
                need="without one the labelling backlog grows to 6 weeks and the Feb 3 launch slips", today=TODAY)  # fmt: skip
    assert r.sentences[0] == "We need a second annotator."
    assert "6 weeks" in r.sentences[1] and "Feb" in r.sentences[1] and r.closing.startswith("When can you get back to me on this?")
    assert not any(w in r.text().lower() for w in ("i think", "might", "if that's ok", "no rush"))


def test_plainer_explains_each_term_once_and_never_inside_another_explanation():
    text = rewrite("Precision@5% is 0.71 and recall is 0.64; recall on new merchants is 0.5 and inference runs on one GPU.", "plain").text()
    assert text.count("how many real cases we catch") == 1 and "precision in the top 5% (how often a flag there is right)" in text.lower()
    assert "precision (how often a flag is right) in the top" not in text.lower() and "the model runs on one GPU" in text


def test_softer_says_a_habit_as_what_keeps_happening_and_an_order_to_stop_as_a_request():
    r = rewrite("Lena, you always skip the design review and then we find the problems in prod. Stop merging big changes on Fridays.", "soften")
    assert r.sentences[0] == "The design review has been skipped a few times and then we find the problems in prod."
    assert "Could you avoid merging big changes on Fridays?" in r.sentences and "you always" not in r.text().lower()


def test_firmer_to_the_own_team_puts_the_date_on_the_request_it_names_and_asks_no_approval():
    r = rewrite("Hey Omar, whenever you get a chance, it would be great if you could maybe write up the postmortem? Totally fine if it takes a while.",
                "firm", need="it by monday the 7th for the ops review", today=TODAY, team=True)  # fmt: skip
    assert r.sentences == ["Please write up the postmortem by Mon 7 Dec for the ops review."]
    assert "confirm" not in r.closing.lower() and "tell me now" in r.closing


def test_an_email_keeps_its_signature_and_a_dated_promise_becomes_likely():
    r = rewrite("Hi Noor,\n\nThe recommender will definitely be live by Jan 8.\n\nBest,\nKai")
    assert r.text().endswith("Best,\nKai") and "will likely be live by Jan 8" in r.text() and "definitely" not in r.text()


def test_softer_turns_a_verdict_on_someones_work_into_the_problem_and_a_request():
    r = rewrite("the eval you sent was not usable. the test set leaks into train and nobody checked. redo it before friday.", "soften")
    text = r.text()
    assert "not usable" not in text and "nobody checked" not in text
    assert "There's a problem with the eval you sent." in text and "Could you redo it before Friday?" in text


def test_shorter_keeps_a_cause_still_in_play_and_cuts_one_that_is_over():
    r = rewrite("The A/B test couldn't start because the logging service is still down. The retrain took a week because the cluster was busy. We restart on Dec 14.", "tighten")
    text = r.text()
    assert "logging service is still down" in text and "cluster was busy" not in text and "Dec 14" in text


def test_firmer_drops_the_check_in_the_sympathy_and_the_small_talk_and_names_the_thing_in_full():
    original = ("Hi Tomas, hope all is well! Just checking in on the 20k annotation batch - I know things have been hectic on your side, "
                "but do you think there's any chance it could be delivered sometime next week? Sorry for the repeated follow-ups!")  # fmt: skip
    r = rewrite(original, "firm", need="the batch by Dec 11, otherwise we move the Q1 work elsewhere", today=TODAY)
    assert r.sentences[0] == "I need the 20k annotation batch by Fri 11 Dec."
    for gone in ("hope all is well", "checking in", "hectic", "any chance", "sorry", "sometime"):
        assert gone not in r.text().lower(), gone


def test_shorter_cuts_framing_that_only_announces_the_point():
    r = rewrite("As you might remember, we started the pilot three weeks ago. The results so far are encouraging: the bot resolves 41% of chats. We did have one incident.", "tighten")
    assert r.sentences[:2] == ["We started the pilot three weeks ago.", "The bot resolves 41% of chats."] or "The bot resolves 41% of chats." in r.sentences
    assert "As you might remember" not in r.text() and "encouraging" not in r.text()


def test_firmer_leaves_no_dangling_but_no_trailing_bit_and_a_request_is_not_a_question():
    r = rewrite("Hey Petra, no worries if not, but would it be possible to maybe review the label spec sometime soon? It's slowing us down a bit.", "firm")
    assert r.sentences[0] == "Please review the label spec."
    assert not any(w in r.text().lower() for w in ("but please", "a bit", "no worries", "maybe", "sometime"))


def test_a_two_sentence_summary_keeps_the_proposal_and_its_date_not_only_the_numbers():
    original = (
        "Hi Omar! Quick context on the invoice-matching pilot we wrapped up. We matched 1,200 invoices from three vendors. "
        "It was right 91% of the time against a 97% bar from finance, up from 64% with the old rules. "
        "Most errors came from invoices in two currencies, about 1 in 10. "
        "If finance can flag those invoices for us, we'd like to go live on single-currency invoices from March 2. Happy to walk through it!"
    )
    r = rewrite(original, "tighten", max_sentences=2)
    body = " ".join(r.sentences)
    assert len(r.sentences) <= 2 and "March 2" in body and "91%" in body and body.startswith("The invoice-matching pilot was right")
    assert "any questions" not in body and "Happy to walk" not in body and body.endswith("does that work for you?")


def test_firmer_turns_the_condition_said_beside_the_message_into_a_dated_ask_and_keeps_its_facts():
    need = "anya has moved the label export 2 times, it's held up three annotators for a week, and if it's not done by fri we lose the jan 6 launch slot"
    r = rewrite("Hi Anya, sorry to bug you, could you maybe look at the label export when you get a chance? It's holding us up.", "firm", need=need, today=TODAY, recipient="Anya")
    text = r.text()
    assert r.sentences[0] == "I need the label export done by Fri 11 Dec."
    for kept in ("Jan", "three annotators", "a week", "2 times"):
        assert kept in text, kept
    assert not any(w in text.lower() for w in ("sorry", "maybe", "when you get a chance", "anya has", "it's held"))
    assert r.closing.startswith("Can you confirm Fri 11 Dec works")


def test_softer_to_someone_going_through_a_hard_time_says_the_facts_asks_and_offers_ways_to_make_the_date_work():
    text = rewrite(
        "Mei, this is the third time the churn dashboard is late. I need it by Thursday, no excuses.", "soften",
        recipient="Mei", source="softer please, her mum is in hospital this month", team=True,
    ).text()  # fmt: skip
    assert "third time" not in text and "no excuses" not in text and "hospital" not in text
    assert "The churn dashboard has been late three times now." in text and "Could you get it to me by Thursday?" in text
    assert "If Thursday isn't realistic" in text and "a lot going on" in text


def test_softer_turns_a_teams_blame_and_a_missing_notice_into_what_happened_and_the_verdict_into_the_ask():
    original = "Your group's nightly sync wiped our feature cache twice this week. No one warned us the bucket was moving. This is unacceptable, and we need a rollback and a change calendar before Monday."
    r = rewrite(original, "soften", recipient="Odile")
    text = r.text()
    assert r.sentences[0] == "The nightly sync wiped our feature cache twice this week."
    assert "We didn't get a heads-up that the bucket was moving." in r.sentences
    assert "Could we have a rollback and a change calendar before Monday?" in r.sentences
    for gone in ("your group", "no one warned", "unacceptable"):
        assert gone not in text.lower(), gone
    assert r.closing == "If anything puts Monday at risk on your side, tell me early and we'll work it out together." and not r.shortfalls


def test_softer_says_a_standalone_verdict_as_the_fact_and_a_concrete_ask():
    r = rewrite("Hi Tariq, the staging cluster went down during our demo prep. This keeps happening!", "soften")
    assert r.sentences == ["The staging cluster went down during our demo prep.", "This has happened more than once now.", "Could we work out together how to stop it happening again?"]
    assert "keeps happening" not in r.text() and "happy to help" not in r.text()


def test_softer_joins_a_count_said_as_a_charge_to_the_fact_it_counts():
    r = rewrite("Jonas, your script broke the label export. That's the third time in two weeks. Please add a dry run.", "soften", team=True)
    assert r.sentences[0] == "The label export failed after the script went in, the third time in two weeks."
    assert "That's the third time" not in r.text() and r.sentences[1] == "Could you add a dry run?"


def test_softer_closing_fits_the_reader_help_for_a_report_working_it_out_together_for_a_partner():
    original = "The churn features are late again. I need them by Thursday."
    own = rewrite(original, "soften", team=True).closing
    partner = rewrite(original, "soften").closing
    assert "someone to pair with" in own and "pair" not in partner and "together" in partner and "Thursday" in partner


def test_firmer_puts_the_date_the_message_only_hoped_for_on_the_ask_and_says_the_slip_plainly():
    original = (
        "Hey Dana, really sorry to nag! I know everyone is flat out before the break. Any chance the cleaned invoice sample could be ready at some point? "
        "We were hoping to have it by the 16th, but completely understand if that's a stretch. If it arrives later that'll probably push the forecast review back a week, but no worries!"
    )
    r = rewrite(original, "firm", today=TODAY)
    assert r.sentences == ["I need the cleaned invoice sample ready by Wed 16 Dec.", "If it comes later, the forecast review slips by a week."]
    assert r.closing.startswith("Can you confirm Wed 16 Dec works?") and not r.shortfalls
    for gone in ("sorry", "flat out", "any chance", "hoping", "stretch", "probably", "no worries"):
        assert gone not in r.text().lower(), gone


def test_firmer_and_shorter_cuts_filler_too_and_says_when_it_is_not_half():
    padded = (
        "Hi Ravi, hope you had a good weekend! So, just following up on the GPU quota. I was wondering if the extra 8 A100s could maybe be approved? "
        "We'd ideally hoped for them by Dec 10. Basically, without them the ranking retrain takes 9 days instead of 4, which honestly is painful. Thanks so much!"
    )
    r = rewrite(padded, "firm", today=TODAY, shorter=True)
    body = " ".join(r.sentences)
    assert _words(body) <= _words(padded) * 0.6 and not r.shortfalls
    assert body.startswith("I need the extra 8 A100s approved by Thu 10 Dec.") and "9 days instead of 4" in body
    for gone in ("hope you", "basically", "honestly", "thanks", "wondering", "maybe"):
        assert gone not in r.text().lower(), gone
    dense = "Please approve the 8 A100s by Dec 10. Without them the retrain takes 9 days, not 4. The Jan 12 launch depends on it."
    assert any("words" in x for x in rewrite(dense, "firm", today=TODAY, shorter=True).shortfalls)  # every sentence carries a fact: said, not claimed


def test_a_deadline_said_as_a_weekday_gets_its_date_and_a_past_weekday_does_not():
    r = rewrite("The dashboard broke on Monday. Could you send the fix by thursday?", "", today=TODAY)
    assert "Could you send the fix by Thursday 10 Dec?" in r.sentences and "broke on Monday." in r.sentences[0]


def test_a_softer_rewrite_that_changed_no_sentence_says_so_instead_of_claiming_it():
    r = rewrite("The offline metrics dropped after the relabel. Could you look into the label mapping by Friday?", "soften")
    assert r.sentences[0] == "The offline metrics dropped after the relabel."
    assert r.unchanged and not rewrite("Your job broke the nightly build. Fix it.", "soften").unchanged


def test_a_cleaned_up_chat_message_reads_as_sentences_for_any_reader():
    r = rewrite("hey guys!! so the eval rerun is DONE, F1 went 0.72 -> 0.79 which is amazing 🚀 we wanna start the pilot on feb 3. lmk if u have qs", today=TODAY)
    text = r.text()
    assert text.startswith("Hi all,") and "F1 went from 0.72 to 0.79." in text and "We want to start the pilot on Feb 3." in text
    for gone in ("guys", "DONE", "->", "amazing", "🚀", "wanna", "lmk", " u ", "qs", "So "):
        assert gone not in text, gone
    assert text.count("Let me know if you have questions") == 1


def test_bullets_asked_for_are_one_point_a_line_within_the_count():
    r = rewrite("The relabel is finished. Accuracy is 91%, up from 86%. We start the rollout on Jan 6. Thanks!", max_sentences=3, bullets=True)
    lines = [x for x in r.text().split("\n") if x.startswith("- ")]
    assert lines == ["- The relabel is finished.", "- Accuracy is 91%, up from 86%.", "- We start the rollout on Jan 6."]


def test_a_sentence_limit_joins_two_short_facts_before_dropping_one():
    original = "Hi Mo, a quick note on the billing model. We moved all 9 markets to the new features, which took four weeks instead of three. Refund errors fell 12%. We'd like to switch off the old scorer on Feb 2 once finance signs the data agreement. Cheers!"
    r = rewrite(original, "tighten", max_sentences=2)
    text = " ".join(r.sentences)
    assert len(r.sentences) == 2 and "all 9 markets" in text and "refund errors fell 12%" in text and "Feb 2" in text
    assert "instead of three" not in text


def test_softer_says_a_bare_no_as_what_will_not_happen_and_a_repeated_ask_as_an_offer_to_unblock():
    r = rewrite("No. We're not taking on the pricing dashboard this quarter. I've asked for the spec three times already.", "soften")
    assert r.sentences[0] == "We won't be able to take on the pricing dashboard this quarter."
    assert "I've asked for the spec three times now, so if something's in the way, tell me." in r.sentences and r.closing == ""


def test_plainer_says_experiment_words_in_everyday_words():
    text = rewrite("The A/B test lifted CTR by 1.8% at p<0.05 versus the holdout; we ramp to 100% after a one-week burn-in.", "plain").text()
    for plain in ("side-by-side comparison", "share of people who click", "unlikely to be chance", "comparison group", "roll it out to everyone", "settling-in period"):
        assert plain in text, plain
    assert "CTR" not in text and "p<" not in text and "burn-in" not in text


def test_an_email_signature_after_a_longer_thanks_stays_a_signature():
    r = rewrite("Hello Mark,\n\nCould you confirm the GPU pricing by Dec 15?\n\nThanks so much,\nAna", "firm", today=TODAY)
    assert r.text().endswith("Thanks so much,\nAna") and "Ana." not in " ".join(r.sentences)


def test_softer_asks_what_is_in_the_way_instead_of_why_it_is_not_done():
    r = rewrite("Why haven't you merged the feature flag yet? I shouldn't have to remind you. Don't deploy on Fridays again.", "soften")
    assert r.sentences == ["Is anything stopping the feature flag from being merged?", "I'm happy to help unblock it.", "Please avoid deploying on Fridays from now on."]
    assert rewrite("Why is this still not fixed??", "soften").sentences[0] == "Is anything blocking this?"
    assert rewrite("I expect you to rerun the backfill immediately.", "soften").sentences == ["Could you rerun the backfill as soon as you can?"]
    assert rewrite("Don't merge without a green build.", "soften").sentences == ["Please avoid merging without a green build from now on."]


def test_firmer_turns_a_gentle_reminder_into_the_topic_and_the_ask_without_the_cushioning():
    r = rewrite("Hi Zoe, just a gentle reminder about the label audit. I don't want to be a pain, but do you think you could send it by Friday, if it's not too much trouble?", "firm")
    assert r.sentences == ["Following up on the label audit.", "Please send it by Friday."]
    assert r.closing.startswith("Can you confirm Friday works?")


def test_firmer_keeps_the_count_the_pasted_ask_said_and_drops_what_undoes_the_date():
    original = (
        "Hi Anouk, so sorry to chase, any chance the annotated scans for the last 3 months could reach us soon? "
        "No worries if it's hectic, it's just that the triage model can't be validated without them and we were hoping to demo it to radiology. "
        "Whenever suits!"
    )
    r = rewrite(original, "firm", need="the annotated scans by tuesday the 15th or the triage model misses the radiology board on the 18th:", today=TODAY)
    text = " ".join(r.sentences)
    assert r.sentences[0].startswith("I need the annotated scans for the last 3 months by Tue 15 Dec")
    assert "If they come later, the triage model will miss the radiology board" in text
    assert "Whenever" not in text and "if it's hectic" not in text.lower() and "it's just that" not in text
    assert ":." not in text and "hoping" not in text and "we want to demo it" in text


def test_a_decision_the_writer_needs_is_the_ask_a_sentence_limit_keeps_first_with_no_extra_question():
    original = (
        "Dear Malik, I hope the planning week is going fine. The new fraud scorer caught 81% of confirmed cases in the March replay, against 70% for the rules. "
        "It flags 2% of payments for review, the same as now. We plan to switch it on for card payments in February. "
        "There's one outstanding question, which is that legal has not yet cleared the new reason codes, so I'd need your sign-off by 9 January on whether we launch without them. "
        "Happy to talk whenever."
    )
    r = rewrite(original, "tighten", max_sentences=4)
    assert r.sentences[0].startswith("Open issue: legal has not yet cleared the new reason codes")
    assert "sign-off by 9 January" in r.sentences[0]
    assert not any("any questions" in x for x in r.sentences) and len(r.sentences) + bool(r.closing) <= 4
    assert "81%" in " ".join(r.sentences)


@pytest.mark.parametrize(
    "threat, kept, gone",
    [("The sync has been pushed three times. If it gets rescheduled again, we'll finalise the roadmap without your input.",
      ["I'd like your input before we finalise the roadmap", "find a time that works for you and keep it?"], ["without your input", "If it gets rescheduled"]),
     ("If the export isn't fixed by Thursday I'm escalating this to your director.",
      ["Could we get the export fixed by Thursday"], ["escalat", "director"]),
     ("If we don't get the annotations by Monday we will cut the feature from the release.",
      ["Could we get the annotations by Monday", "we'd have to cut the feature from the release, which I'd like to avoid"], ["we will cut"])],
)  # fmt: skip
def test_softer_says_the_need_behind_a_threat_never_the_threat(threat, kept, gone):
    text = rewrite(threat, "soften", recipient="Ola", today=TODAY).text()
    for x in kept:
        assert x in text, x
    for x in gone:
        assert x not in text, x


def test_softer_says_a_meeting_moved_again_and_again_as_what_happened():
    r = rewrite("This is the third time this sync has been cancelled.", "soften", recipient="Ola")
    assert r.sentences[0] == "This sync has been cancelled three times now."


def test_firmer_with_no_date_on_the_ask_confirms_against_the_date_a_miss_costs():
    r = rewrite("Hi Mo, maybe we could get a second annotator at some point? No rush!", "firm", need="without one the audit takes 3 weeks, and we miss the Feb 2 filing", today=TODAY)
    assert r.closing.startswith("Can you confirm we'll have it in time for the") and "2 Feb filing" in r.closing


def test_typed_smileys_go_and_times_stay():
    text = rewrite("Thanks for the fix :) the sync is at 10:30 tomorrow ;-)", "tighten").text()
    assert ":)" not in text and ";-)" not in text and "10:30" in text


def test_shorter_keeps_the_topic_of_a_follow_up_opener_and_cuts_asides_that_were_always_planned():
    original = ("Hi, hope all is well! I wanted to follow up on our call on Monday about the annotation budget, since a few people asked "
                "why it doubled. The reason is that we brought the medical labelling in-house in September, which was always the plan, "
                "and that added about $9k a month. Dropping the agency saves roughly $6k a month from March, so the net rise is more like "
                "$3k a month. Happy to walk through it, sorry for the long note!")  # fmt: skip
    r = rewrite(original, "tighten")
    body = " ".join(r.sentences)
    assert body.startswith("Annotation budget: we brought the medical labelling in-house in September")
    assert "always the plan" not in body and "about $3k a month" in body and all(n in body for n in ("$9k", "$6k", "March"))


def test_for_an_executive_the_decision_asked_for_leads_and_keeps_the_label():
    original = ("Search update: we retrained the ranker and clicks are up 4%. Serving costs rose 8%, about $2k a month. "
                "If we get approval for the extra spend by Jan 8, the new ranker ships in February.")  # fmt: skip
    r = rewrite(original, "plain", executive=True)
    assert r.sentences[0] == "Search update: if we get approval for the extra spend by Jan 8, the new ranker ships in February."
    assert r.sentences[1].startswith("We retrained the ranker")


def test_softer_keeps_a_rule_and_the_urgency_without_the_verdict_or_the_shouting():
    original = "Three teams skipped the pre-deploy check this month, and the check is NOT optional. This needs to stop now."
    text = rewrite(original, "soften", recipient="Ines").text()
    assert "Three teams skipped the pre-deploy check this month, and the check needs to happen every time." in text
    assert "Could we make sure it doesn't happen again, starting now?" in text
    assert "NOT" not in text and "needs to stop" not in text and "not optional" not in text


def test_firmer_cuts_doubt_about_whose_fault_and_soft_requests_and_keeps_two_asks_with_one_consequence():
    original = ("Hi Ana, the sync job seemed to have some trouble again, not sure if it was on your side or ours. Would it be possible to "
                "maybe look into it? Also it would be really helpful if we could get a changelog before upgrades, if that's not too much trouble.")  # fmt: skip
    r = rewrite(original, "firm", need="a written incident summary by dec 11 and a changelog before any upgrade; otherwise i will raise it with their vendor manager",
                today=TODAY, background="Your sync job has failed four times in six weeks.")  # fmt: skip
    text = r.text()
    assert r.sentences[0].startswith("I need a written incident summary by Fri 11 Dec")
    assert "If I don't have this by Fri 11 Dec, I will raise it with your vendor manager." in text and "Your sync job has failed four times in six weeks." in text
    assert text.index("Your sync job has failed") < text.index("I will raise it")  # why first, then what follows a miss
    assert "The sync job had some trouble again." in text and "Please look into it." in text
    for gone in ("not sure", "seemed", "not too much trouble", "helpful", "maybe", "their vendor"):
        assert gone not in text, gone
    assert r.closing.startswith("Can you confirm Fri 11 Dec works?")


def test_a_line_limit_with_room_left_splits_a_long_sentence_at_its_join_rather_than_keeping_a_wall_of_text():
    original = ("Quick context on the churn dashboard thing since finance asked. The refresh now takes 12 minutes instead of 40. "
                "Costs fell from about $900 to $300 a month, and analysts noticed the faster loads right away, so we're thinking we should "
                "move the other 6 dashboards over in January, that's maybe 3 weeks of work.")  # fmt: skip
    r = rewrite(original, "tighten", max_sentences=3)
    assert len(r.sentences) == 3 and r.topic == "the churn dashboard"
    assert r.sentences[2].startswith("Next step: move the other 6 dashboards over in January") and "about 3 weeks" in r.sentences[2]
    assert all(len(x.split()) <= 25 for x in r.sentences)


def test_softer_drops_a_bare_contradiction_and_says_a_sensitivity_as_what_gets_missed():
    original = "Please stop saying the triage model never misses. It's not true. The model is 95% sensitive, which means it misses some."
    text = rewrite(original, "soften", recipient="Tuula").text()
    assert "It's not true" not in text and "The model catches 95% of real cases, so it still misses some." in text


def test_a_line_limit_puts_each_line_on_its_own_and_a_plan_that_only_informs_is_not_put_to_the_reader():
    original = ("Hey Lars, quick context on the pricing model thing. We tested it on 3 regions and margin rose 2.4%. "
                "Returns went up from 1.1% to 1.3%, which we're watching. We're thinking we should roll it out to 5 more regions in February.")  # fmt: skip
    r = rewrite(original, "tighten", max_sentences=3, recipient="Lars")
    text = r.text()
    assert text.count("\n\n") == len(r.sentences) and "does that work" not in text
    assert r.sentences[-1].startswith("Next step: roll it out to 5 more regions in February")


def test_a_rewrite_with_no_topic_has_no_made_up_subject_line():
    msg = _draft("Hi Noor, sorry to bug you, any chance the eval set could land soon?", "firm")
    assert msg.subject == ""


def test_softer_says_whose_work_as_what_happened():
    assert rewrite("Your forecasts have been too optimistic for three quarters.", "soften").sentences[0] == "The forecasts have been too optimistic for three quarters."


def test_a_rewrite_that_finds_nothing_to_change_says_so_in_one_sentence_and_its_draft_is_the_message_itself():
    msg = _draft("The export finished 2 hours late on Tuesday. Could we check the schedule together?", "soften")
    assert len(msg.notes) == 1 and msg.notes[0].startswith("Unchanged: None of your sentences reads as blame") and msg.lint.clean
    assert msg.body == "The export finished 2 hours late on Tuesday.\n\nCould we check the schedule together?"


@pytest.mark.parametrize(
    "original, kept, gone",
    [("As per my previous email, the eval set was due Tuesday. As I have pointed out more than once, nothing ships without it. Please advise.",
      ["The eval set was due Tuesday.", "Could you let me know where this stands?"], ["per my", "pointed out", "Please advise"]),
     ("WHO pushed the untested migration to prod last night??? Whoever did it needs to start writing rollback notes. Every. Single. Time.",
      ["The untested migration was pushed to prod last night.", "From now on, let's all make sure we're writing rollback notes."], ["Who", "Whoever", "Every single", "Single."]),
     ("Frankly the weekly status deck is a complete waste of time. We should replace it with a written update.",
      ["The weekly status deck isn't paying off for us.", "I'd suggest we replace it with a written update.", "Let me know if you'd like to talk it through."], ["waste", "Frankly", "in the way"]),
     ("The dataset you shared had duplicates in every split. This has to be fixed by Friday.",
      ["Could we get it fixed by Friday"], ["has to be"])],
)  # fmt: skip
def test_softer_reads_passive_aggression_hunts_for_the_culprit_and_verdicts_as_the_need(original, kept, gone):
    text = rewrite(original, "soften").text()
    for x in kept:
        assert x in text, x
    for x in gone:
        assert x not in text, x


def test_firmer_turns_a_hoped_for_maybe_around_date_and_an_ideal_need_into_the_dated_ask_first():
    r = rewrite("Hi Ravi, I was kind of hoping we might be able to get the cleaned audio maybe around the 14th? Totally fine if not!", "firm", shorter=True)
    assert r.sentences[0] == "We need the cleaned audio by the 14th." and r.closing.startswith("Can you confirm the 14th works?")
    r = rewrite("Hi Gail, just checking if there's any update on the vendor contract? I know there are lots of sign-offs. We'd ideally need it by Jan 8 for the pilot, no pressure!", "firm")
    assert r.sentences[0] == "We need it by Jan 8 for the pilot." and "I need an update on the vendor contract." in r.sentences and "sign-offs" not in r.text()


def test_a_re_line_is_the_subject_and_an_incident_tldr_keeps_the_fix():
    msg = _draft("Re: search latency. We moved the index to SSDs and response times fell 40%.", "plain", audience="executive")
    assert msg.subject == "Search latency" and not msg.body.startswith("Hi Re") and "Re:" not in msg.body
    incident = ("Following up on the review from Monday: the root cause was an expired certificate on the feature service, which nobody noticed "
                "because the alert only checked uptime, not errors. We've now added an expiry alert, and we're adding a renewal runbook over the next "
                "two weeks. Impact was 2 hours of stale scores for about 8% of users. No data was lost.")  # fmt: skip
    text = " ".join(rewrite(incident, "tighten").sentences)
    assert text.startswith("The root cause was an expired certificate") and "expiry alert" in text and "not errors" not in text and "8%" in text


def test_chat_speak_is_written_out_for_any_reader():
    text = rewrite("hey priya!! so the churn dashboard thing is kinda late, my bad, the export was messed up for like a week. aiming for the 21st-ish. will send an update friday", recipient="Priya").text()
    assert "The churn dashboard work is late" in text and "the export had problems for about a week" in text and "around the 21st" in text
    assert "I'll send an update friday" in text.lower() or "I'll send an update Friday" in text
    for gone in ("kinda", "my bad", "messed", "like a week", "-ish", "!!"):
        assert gone not in text, gone


def test_firmer_for_an_update_states_it_with_the_risk_and_asks_nothing():
    r = rewrite("I think we could possibly be ready for the Feb 2 go-live, but there's a chance the vendor API could be late. We're maybe 70% through testing.", "firm")
    assert r.sentences[0] == "We're ready for the Feb 2 go-live; the main risk is that the vendor API could be late."
    assert r.closing == "Let me know if you have questions." and "maybe" not in r.text()


def test_softer_asks_what_is_blocking_instead_of_what_is_going_on_and_drops_the_put_down():
    text = rewrite("Ola, we asked for the label audit a month ago and it still hasn't started. What's the holdup? I expected more from a lead.", "soften", recipient="Ola").text()
    assert "it hasn't started yet" in text and "Is something blocking it on your side?" in text and "expected" not in text
    assert "It isn't the right fit for us right now" in rewrite("No. It doesn't make sense for one customer.", "soften").text()


def test_a_shortened_request_names_the_thing_the_cut_sentence_named():
    original = "Ana, I went through your rollout plan and honestly it's not ready. The rollback step is missing and the traffic numbers are off by 2x. Please redo it by Monday."
    r = rewrite(original, "soften", shorter=True, recipient="Ana")
    assert any("redo the rollout plan by Monday" in x for x in r.sentences)


def test_plainer_says_memory_and_speed_problems_in_words_a_cfo_reads():
    text = rewrite("We need 2 more A100s because the fine-tuning jobs are OOMing at batch size 64 and gradient accumulation tanks throughput.", "plain").text()
    assert "running out of memory" in text and "slows training sharply" in text and "OOM" not in text and "batch size 64" not in text


def test_softer_for_a_channel_says_the_outage_and_the_request_not_who_did_it():
    text = rewrite("You all took the feature store offline for an upgrade without warning anyone and we lost a day of backfills. Next time send a heads-up.", "soften").text()
    assert "The feature store went offline for an upgrade without notice" in text and "Next time, could you send a heads-up?" in text and "You all" not in text


def test_softer_keeps_the_date_and_what_a_miss_costs_as_two_sentences_and_asks_for_detail_not_calls_it_vague():
    text = rewrite("The brief you sent is too vague to plan from. We need the target users and the budget by Friday or we can't start.", "soften", recipient="Leon").text()
    assert "The brief needs a bit more detail before we can plan from it." in text
    assert "Could you get the target users and the budget to me by Friday? Otherwise we can't start." in text


def test_firmer_to_the_team_turns_a_gentle_maybe_into_what_everyone_needs_to_do():
    r = rewrite("Hey all, just a gentle reminder that it would be great if everyone could maybe try to join the incident retro on Fridays if possible? No worries if you can't make it!", "firm", team=True)
    assert r.sentences == ["Everyone needs to join the incident retro on Fridays."] and "worries" not in r.text()


def test_corporate_speech_is_said_as_a_person_would_and_a_standup_rule_is_no_code_check():
    text = rewrite("Please be advised that, effective immediately, all dataset changes must be accompanied by a data card. Non-compliance will be escalated. We appreciate your cooperation.", team=True).text()
    assert "From today, all dataset changes need a data card." in text and "advised" not in text and "escalated" not in text
    assert "part of every change" not in rewrite("Attendance at the Monday sync is mandatory.", "soften", team=True).text()


def test_shorter_drops_list_words_and_a_generic_opener_and_keeps_every_item_and_the_cost_of_no_decision():
    original = ("Hi Ines, I just wanted to give you a quick update on a few things from the last two weeks. First of all, the ranker v2 is in "
                "shadow mode and lifts clicks 6%. Secondly, two people were out so the eval work slipped a week, to Jan 20. Thirdly, I wanted to "
                "flag that we need your decision on the GPU renewal by Dec 16, because otherwise the reservation lapses. Let me know if you have questions!")  # fmt: skip
    text = " ".join(rewrite(original, "tighten").sentences)
    assert all(x in text for x in ("6%", "Jan 20", "Dec 16", "otherwise the reservation lapses"))
    assert not any(w in text for w in ("First of all", "Secondly", "Thirdly", "wanted to flag", "a few things"))


def test_firmer_drops_the_begging_and_keeps_the_need():
    text = rewrite("Owen, I'm so sorry to keep pestering but we're totally stuck and desperate for the GPU quota. Please, please can you help? Anything would be great.", "firm", recipient="Owen").text()
    assert "We're blocked until we get the GPU quota." in text and "Can you help?" in text
    for gone in ("sorry", "desperate", "please, please", "Anything"):
        assert gone.lower() not in text.lower(), gone


def test_softer_drops_a_defensive_opener_and_the_not_our_fault_line_and_keeps_the_facts():
    text = rewrite("To be fair, the delay wasn't our fault. The vendor sent the audio 10 days late and nobody told us the format changed. We did everything we could. The new date is Mar 2.", "soften").text()
    assert "The vendor sent the audio 10 days late and we didn't hear the format changed." in text and "The new date is Mar 2." in text
    for gone in ("To be fair", "fault", "everything we could"):
        assert gone not in text, gone


def test_softer_to_a_boss_says_a_no_and_its_risk_without_a_warning_shot():
    text = rewrite("I can't take on the search revamp. We're at 120% already. If you push it on us, the fraud work will break.", "soften").text()
    assert "I don't see how we can take on the search revamp right now." in text and "If we take it on now, the fraud work is likely to slip." in text
    assert "It's hard for us to keep fixing the same bug every sprint." in rewrite("We can't keep fixing the same bug every sprint!", "soften").text()


def test_firmer_turns_wondering_if_it_might_be_possible_into_the_need_and_drops_the_gratitude():
    r = rewrite("Hi all, we were wondering if it might be possible to get the privacy review booked sometime before Dec 18? We'd be so grateful. Thanks so much!", "firm")
    assert r.sentences == ["We need the privacy review booked by Dec 18."]


def test_shorter_cuts_hyphenated_news_labels_and_milestone_hype():
    text = " ".join(rewrite("The good news is that recall hit 90% on Monday, which is a huge milestone for the team. The not-so-good news is that costs rose 12%.", "tighten").sentences)
    assert text == "Recall hit 90% on Monday. Costs rose 12%."


def test_softer_says_a_missed_deadline_as_what_happened_and_never_again_as_working_it_out():
    text = rewrite("Ana, you missed the Monday deadline for the churn analysis. Don't let this happen again.", "soften", recipient="Ana").text()
    assert "The Monday deadline for the churn analysis was missed." in text and "Let's work out together how to avoid it next time." in text


def test_stiff_formal_wording_is_said_plainly_and_firmer_carries_what_the_reader_promised():
    text = rewrite("To whom it may concern, we require the signed DPA no later than Friday. Failure to deliver will delay the pilot by two weeks.", "soften").text()
    assert "whom it may concern" not in text and "no later than" not in text and "If it comes later, it would delay the pilot by two weeks." in text
    r = rewrite("Hi Tariq, hope all's well! Any news on the GPU quota? We're kind of stuck. Thanks!", "firm", background="You promised the GPU quota two weeks ago.")
    assert r.sentences[:2] == ["I need an update on the GPU quota.", "You promised the GPU quota two weeks ago."]


# ---------------------------------------------------------------- softer removes what makes it harsh; firmer removes every hedge
def test_softer_drops_a_sweeping_verdict_and_turns_exasperation_into_its_cost():
    original = "The churn dashboard numbers were off by 12% again this sprint. This is useless. We can't plan on this and we're sick of double-checking your people's queries."
    r = rewrite(original, "soften")
    text = r.text()
    for harsh in ("useless", "sick of", "your people's"):
        assert harsh not in text, harsh
    assert "12%" in text and "spending time double-checking the queries" in text


def test_softer_turns_an_order_at_the_readers_process_into_a_look_together_and_keeps_its_timing():
    r = rewrite("The export failed twice. Sort out your review before the next release.", "soften")
    assert "Could we look at the review together before the next release?" in r.sentences
    assert "Sort out your" not in r.text()


def test_softer_keeps_the_managers_dated_need_as_one_clear_request():
    original = "Your annotators missed the spec on 30% of the rooftop images. Fix your labelling guide before the next delivery."
    r = rewrite(original, "soften", need="the next delivery (due the 15th) below 5% rework", today=TODAY)
    assert r.sentences[-1] == "I need the next delivery by Tue 15 Dec, below 5% rework."
    assert "15 Dec" in r.closing and not r.shortfalls


def test_firmer_drops_a_plea_that_repeats_the_dated_ask_and_says_a_fact_without_a_question_mark():
    original = (
        "Hey Ines, sorry to chase! Just following up on the speaker diarisation outputs, they were meant to arrive on Monday? "
        "If there's any chance we could have them sometime this week that would be amazing."
    )
    need = "all 300 hours by fri the 11th or the eval slips to january. the statement of work says 5 days, its been 9"
    r = rewrite(original, "firm", need=need, today=TODAY, recipient="Ines")
    text = r.text()
    assert r.sentences[0] == "I need all 300 hours by Fri 11 Dec."
    assert r.sentences[1].startswith("If they come later, ")
    assert "The speaker diarisation outputs were due on Monday." in r.sentences
    for hedge in ("any chance", "amazing", "?", "its been"):
        assert hedge not in " ".join(r.sentences), hedge
    assert "it's been 9" in text and not r.shortfalls


def test_a_line_limit_on_an_update_names_its_next_step_instead_of_appending_a_question():
    original = "Hi Noor, the translation model scored 41 BLEU on the new set, up from 37. Latency held at 120 ms. Next we roll it out to 10% of users on Jan 6."
    r = rewrite(original, "tighten", max_sentences=2)
    assert r.sentences[-1].startswith("Next step: roll it out to 10% of users on Jan 6") and "questions" not in r.text()


def test_what_a_rewrite_kept_or_lost_is_read_off_the_texts():
    from tools.rewrite import facts_lost, harsh_kept, hedges_in

    original = "This is sloppy and I'm fed up with chasing it. I need the fix by the 10th, 2 of 3 tests still fail."
    assert harsh_kept(original, "Hi. This is sloppy. Could we talk?") == ["This is sloppy"]
    assert harsh_kept(original, "Hi. Could we talk about the tests?") == []
    assert hedges_in("I need it by Wed. If possible, that would be really great.") == ["that would be really great"] or "possible" in " ".join(hedges_in("If possible, maybe by Wed?"))
    assert facts_lost(original, "", "I need the fix by Thu 10 Dec; 2 of 3 tests still fail.", TODAY) == []
    assert facts_lost(original, "", "I need the fix soon.", TODAY) == ["the date you need it by, Thu 10 Dec", "the figure 2", "the figure 3"]


def test_softer_says_a_count_as_how_often_and_a_gate_through_the_manager_as_the_check_itself():
    original = "This is the third time this month staging broke after a Friday deploy. From now on nothing ships without my sign-off."
    r = rewrite(original, "soften")
    assert r.sentences[0] == "Three times this month, staging broke after a Friday deploy."
    assert "my sign-off" not in r.text() and "checks that run before anything goes out" in r.text()  # a check agreed together, not a gate


def test_shorter_cuts_the_bottom_line_filler_aims_for_half_and_reads_than_wed_like_as_no_proposal():
    original = (
        "Hi Mira, hope the offsite was fun! Quick note on the routing model since it came up on Tuesday. The bottom line is that "
        "the new model cuts average delivery time by 7% on the 3 test depots, up from 4% last month. The rollout to all 40 depots "
        "starts on Jan 18 and takes about four weeks. Recruiting for the second data engineer is slower than we'd like. Shout if "
        "anything is unclear, happy to walk you through it!"
    )
    r = rewrite(original, "tighten")
    body = " ".join(r.sentences)
    assert "bottom line" not in body and "slower than" not in body and not r.shortfalls
    assert all(x in body for x in ("7%", "3 test depots", "4%", "40 depots", "Jan 18", "four weeks"))
    assert _words(body) <= _words(original) * 0.55


def test_softer_takes_the_dig_out_of_a_passive_aggressive_note():
    original = "As per my previous email, dataset access was meant to be granted on Monday. I'm not sure why it's still pending. Going forward, please make sure our tickets are actually read."
    text = rewrite(original, "soften", recipient="Dario").text()
    assert "Is anything holding it up on your side?" in text and "From now on, please make sure our tickets are read." in text
    for gone in ("per my", "not sure why", "actually", "isn't certain", "let's make sure please"):
        assert gone not in text, gone


def test_firmer_states_the_need_first_and_drops_the_pleading_and_the_advance_excuse():
    original = "Hi Sofia, so sorry to bug you, we're totally swamped. Any chance we could get a second annotator for January? I completely understand if that's not possible. Even a few hours a week would help."
    r = rewrite(original, "firm")
    assert r.sentences[0] == "We need a second annotator for January." and "We're over capacity." in r.sentences
    for gone in ("sorry", "swamped", "understand if", "Even a few", "?"):
        assert gone not in " ".join(r.sentences), gone


def test_softer_turns_a_told_you_so_and_a_not_our_fault_into_the_facts():
    original = "In our defence, we warned you in September that the GPUs were short. It wasn't our fault that the cluster move slipped. The retrain now lands Feb 2 if the new nodes arrive by Jan 15."
    r = rewrite(original, "soften", recipient="Ines")
    assert r.sentences[:2] == ["We flagged in September that the GPUs were short.", "The cluster move slipped."]
    assert "Jan 15" not in r.closing and "fault" not in r.text()


def test_softer_asks_a_colleague_to_check_first_instead_of_telling_them_what_they_cannot_promise():
    r = rewrite("You can't tell the client we'll ship next week. It would wreck our sprint.", "soften")
    assert r.sentences[0].startswith("Could you check with us before you tell the client") and "derail" in r.text()


def test_firmer_puts_the_day_the_work_starts_on_the_ask_for_what_it_waits_on():
    original = "Hey Omar, hoping the survey exports might be ready soon? We were hoping to start the analysis on Thursday. No rush if things are busy!"
    r = rewrite(original, "firm", today=TODAY)
    assert "by Thursday 10 Dec" in r.sentences[0] and "We start the analysis on Thursday." in r.sentences
    assert "rush" not in r.text() and "hoping" not in r.text()


def test_clearer_cuts_the_filler_and_says_the_jargon_and_the_hedged_figure_plainly():
    from agent.drafting import rewrite_goal

    assert rewrite_goal("can you make this clearer for finance") == "plain"
    original = "So basically the inference costs rose because the p99 latency target needs bigger GPUs, but caching should cut it by maybe 30% in March, assuming the eval holds up, which it probably will."
    text = rewrite(original, "plain").text()
    assert "the cost of running the model rose" in text.lower() and "response-time target" in text
    assert "about 30%" in text and "if the test holds" in text
    for gone in ("basically", "maybe", "probably will", "p99"):
        assert gone not in text, gone


def test_more_confident_says_the_estimate_as_an_expectation_and_keeps_its_condition():
    r = rewrite("We think the new router might maybe cut costs by 12%, if the load test is right, but we're not sure yet. We'd probably be ready in March, hopefully.", "firm")
    assert r.sentences == ["The new router should cut costs by 12%, if the load test is right.", "We expect to be ready in March."]


def test_firmer_turns_a_hope_for_a_signature_into_the_need_and_confirms_a_timing_that_is_no_date():
    r = rewrite("Hi Lou, I know it's hectic, but we were hoping to get it approved before the holidays if at all possible. Thanks!", "firm")
    assert r.sentences[0] == "I need it approved before the holidays." and r.closing.startswith("Can you confirm that timing works?")


def test_softer_says_what_the_delays_cost_instead_of_covering_for_someone_and_names_no_one_in_a_fault():
    r = rewrite("I can't keep covering for you with the client. The demo broke because Ravi's script had a bug and Lena didn't test the build before Friday.", "soften")
    text = r.text()
    assert "The delays are starting to show with the client." in text
    assert "the script had a bug and the build wasn't tested before Friday" in text and "Ravi" not in text and "Lena" not in text


def test_a_tone_only_rewrite_cleans_chat_speak_and_keeps_an_offer_last():
    r = rewrite("hey omar!! the forecast model is kinda done lol, error is like 6% which is pretty sweet. needs more checks tho, prob live by feb 2 or so. lmk if u wanna see it", "")
    text = r.text()
    for gone in ("lol", "like 6%", "sweet", "tho", "prob", "or so", "kinda"):
        assert not re.search(rf"\b{gone}\b", text), gone
    assert "about 6%" in text and "around Feb 2" in text and r.sentences[-1].startswith("Let me know if you want to see it")


def test_a_limit_keeps_a_risk_with_the_ask_that_points_back_to_it():
    original = ("The ranker retrain finished and NDCG rose from 0.41 to 0.44. We go to 20% of traffic on Dec 14. The data licence ends "
                "Dec 31 and the renewal isn't signed yet. I'd like your help getting legal to sign it by Dec 18.")  # fmt: skip
    r = rewrite(original, "tighten", max_sentences=3, bullets=True)
    risk = next(i for i, x in enumerate(r.sentences) if "licence ends Dec 31" in x)
    assert len(r.sentences) == 3 and "sign it by Dec 18" in " ".join(r.sentences[risk : risk + 2]) and "0.44" in r.text() and "Dec 14" in r.text()
    r = rewrite(original, "tighten", max_sentences=2)
    assert "licence ends Dec 31" in r.sentences[-1] and "sign it by Dec 18" in r.sentences[-1]


def test_more_constructive_drops_the_frustration_and_asks_to_fix_a_recurring_fault_together():
    r = rewrite("The staging cluster went down twice this week and each time we lost a day. Nobody tells us when upgrades happen. It's so frustrating and it's costing us our dates.", "soften")
    text = r.text()
    assert "We don't get a heads-up when upgrades happen." in text and "frustrating" not in text
    assert "Could we work out together how to stop it happening again?" in text


def test_firmer_to_a_boss_names_the_decision_asked_for_and_leaves_no_filler_behind():
    original = "Hi Amara, sorry to nag! I was wondering if you'd had a chance to look at the GPU reservation? No rush at all, just whenever you get a moment. Thanks!"
    r = rewrite(original, "firm", need="his decision by fri the 11th because the quote expires monday", today=TODAY, recipient="Amara")
    assert r.sentences[0] == "I need your decision on the GPU reservation by Fri 11 Dec because the quote expires Monday."
    assert not any(re.fullmatch(r"\W*just\W*", x, re.I) for x in r.sentences) and "wondering" not in r.text()


def test_shorter_drops_a_quick_update_label_and_keeps_an_ask_after_what_it_points_back_to():
    assert rewrite("Quick update: the churn model is live for 40% of stores.", "tighten").sentences == ["The churn model is live for 40% of stores."]
    original = "We shortlisted two vendors this week. We'd like to sign one by Jan 8 so onboarding starts in February. Can you make sure legal has reviewed the contract by then?"
    r = rewrite(original, "tighten", max_words=40)
    assert r.sentences[-1] == "Can you make sure legal has reviewed the contract by then?"


def test_a_speakers_run_up_is_no_name_and_a_shortened_softer_rewrite_is_never_called_unchanged():
    from tools.rewrite import greeting_name

    assert greeting_name("Look, the dates were always tight.") == ""
    original = "Look, we warned you up front the scope was big. We did what we could. The pilot now starts Feb 2 if the data lands by Jan 12."
    r = rewrite(original, "soften", shorter=True)
    assert not r.unchanged and "Look" not in r.text() and "Feb 2" in r.text() and "did what we could" not in r.text()


def test_softer_keeps_a_dated_demand_and_its_consequence_as_a_request_and_drops_a_draft_label():
    original = "My draft: Your last two exports were late and incomplete. We are paying for accuracy and not getting it. The January export must land by Jan 8 with every field filled or we will cancel the licence."
    r = rewrite(original, "soften")
    text = r.text()
    assert r.sentences[0] == "The last two exports were late and incomplete." and "My draft" not in text
    assert "Could we get the January export by Jan 8 with every field filled? Otherwise we'd have to cancel the licence, which I'd like to avoid." in text
    assert r.closing.startswith("If anything puts Jan 8 at risk")


def test_less_formal_greets_a_group_plainly_and_says_the_rule_and_its_consequence_plainly():
    original = "Dear colleagues, please be advised that effective 4 January all dashboards must be accompanied by an owner. Failure to comply will result in the dashboard being archived. Thank you for your cooperation."
    r = rewrite(original, "", tone="warm")
    assert r.greeting == "Hi all," and "Otherwise, the dashboard will be archived." in r.sentences and "please be advised" not in r.text()


def test_more_direct_keeps_the_proposal_and_states_the_plan_instead_of_asking_permission():
    original = ("Hi Teo, I wanted to reach out because I think there might be a chance that we could potentially benefit from moving the batch "
                "jobs to spot instances, since it seems like it could maybe cut the bill by something like a third, although I'm not completely "
                "sure about the migration effort yet. Would it be okay if I wrote up a plan by next Thursday?")  # fmt: skip
    r = rewrite(original, "firm", shorter=True)
    assert r.sentences == ["We could benefit from moving the batch jobs to spot instances, since it should cut the bill by about a third (the migration effort to be confirmed).", "I'll write up a plan by next Thursday."]
    from tools.rewrite import _base_form

    assert [_base_form(v) for v in ("drafted", "planned", "scheduled", "shared", "booked", "created", "sent")] == ["draft", "plan", "schedule", "share", "book", "create", "send"]


def test_a_titled_greeting_keeps_its_title_and_a_firmer_polite_ask_gets_the_start_date():
    from tools.rewrite import greeting_name

    original = ("Dear Dr. Okafor, I hope you are well. I was wondering whether it might be possible to receive the labelled scans at some point "
                "in February, if that's not too much trouble? We would ideally like to start training by February 15. Many thanks.")  # fmt: skip
    r = rewrite(original, "firm", today=TODAY)
    assert greeting_name(original) == "Dr. Okafor" and r.greeting == "Dear Dr. Okafor,"
    assert r.sentences[0] == "We need the labelled scans by Mon 15 Feb." and "We start training on Mon 15 Feb." in r.sentences


def test_less_annoyed_drops_the_shouted_again_and_turns_an_ultimatum_into_a_request_with_its_reason():
    r = rewrite("AGAIN, the schema changed mid-sprint. Freeze the schema before planning or we won't commit to a release date.", "soften")
    assert r.sentences[0] == "The schema changed mid-sprint."
    assert r.sentences[1:] == ["Could we freeze the schema before planning?", "Without that, it's hard for us to commit to a release date."]


def test_an_update_label_is_kept_as_a_label_and_never_turned_into_an_order():
    r = rewrite("Update on the churn model: recall rose from 70% to 78%. We ship it on Jan 6. Legal is still reviewing the EU part.", "tighten", max_sentences=2)
    assert r.sentences[0].startswith("The churn model: recall rose from 70% to 78%") and "Could you" not in r.text()


def test_firmer_keeps_the_fact_after_a_not_sure_opener_and_asks_plainly():
    original = "Hi Ana, not sure if this is the right channel, but our December invoice (INV-981) bills 40 seats instead of 25. Would it be possible for someone to fix it when they get a chance? Sorry!"
    r = rewrite(original, "firm", today=TODAY)
    assert r.sentences[:2] == ["Our December invoice (INV-981) bills 40 seats instead of 25.", "Please fix it by Wed 9 Dec."] and not r.shortfalls  # 'it' stays after what it is


def test_softer_says_what_keeps_happening_instead_of_who_keeps_doing_it():
    r = rewrite("Your team keeps dropping our staging tables without asking. Stop doing this and post in the channel like everyone else.", "soften")
    assert r.sentences == ["Our staging tables keep getting dropped without notice.", "Could you post in the channel?"]


def test_firmer_keeps_an_ask_that_follows_a_permission_to_ask_and_says_it_as_the_need():
    original = "Hi Ruth, I hope it's ok to ask, but I was wondering if we could maybe talk about getting a third annotator at some point? We're about 4 days behind a week. No pressure!"
    r = rewrite(original, "firm")
    assert r.sentences[0] == "We need a third annotator." and "4 days" in r.text() and "hope" not in r.text()


def test_kinder_to_someone_struggling_offers_help_instead_of_telling_them_to_pick_it_up():
    r = rewrite("Your reviews are slow lately. I need you to step it up. Have the design doc ready by Friday.", "soften", team=True, today=TODAY, recipient="Sunil")
    assert r.sentences == ["The reviews are slow lately.", "I'd like to help you get back on track.", "Could you have the design doc ready by Friday 11 Dec?"]


def test_softer_keeps_no_tally_on_the_readers_own_slip():
    r = rewrite("Marit - the latency figures you shared in #perf were wrong again. This is the fourth time. Please rerun before sharing, the launch call uses them.", "soften")
    said = " ".join(r.sentences)
    assert not re.search(r"\bagain\b|fourth time|four times", said, re.I)
    assert "you shared" not in said and "latency figures" in said and "rerun" in said


def test_firmer_leaves_no_stranded_fragment_of_a_cut_pleasantry():
    r = rewrite("Hi Bo, any chance of the signed DPA soon? It would be really helpful for me if possible. Thanks!", "firm")
    assert not any(re.fullmatch(r"(?i)for (?:me|us)\W*", x) for x in r.sentences)


def test_shorter_drops_praise_that_carries_no_fact_first():
    r = rewrite(
        "Hi Noor, some context on the ranking refresh. Everyone has done brilliant work on the feature store. Offline NDCG is up 6% on last "
        "quarter's set. We need one more week of A/B before launch, so the date moves from 3 Mar to 10 Mar. Can you approve the extra week by Friday?",
        "tighten",
    )
    assert "brilliant work" not in r.text() and "6%" in r.text() and "10 Mar" in r.text()


# --- softer restructures (the fact, the request with its why, a check agreed together); firmer drops the hedged asks ---


def test_softer_says_what_went_out_without_which_step_and_asks_for_that_step_instead_of_a_sign_off():
    original = ("Priyanka, you deployed the ranking model to the EU shops on Monday without running the holdout check AGAIN. "
                "Conversion dipped for two days and the shop owners are livid with us. Going forward nothing ships without my approval.")
    text = rewrite(original, "soften", recipient="Priyanka").text()
    assert "The ranking model went to the EU shops on Monday without the holdout check." in text
    assert "the shop owners have raised it with us" in text
    assert "the holdout check runs before every release" in text and "happened before" in text
    for gone in ("livid", "my approval", "AGAIN", "you deployed"):
        assert gone not in text


def test_softer_says_a_habit_as_what_keeps_happening_and_an_order_with_its_reason_as_a_way_found_together():
    r = rewrite("Your crew keep skipping the torque check and signing the sheet anyway. It makes the audit trail worthless. "
                "Stop doing it or we can't certify the line.", "soften", source="make this kinder, to be fair to him the sheet is a pain")
    text = r.text()
    assert text.startswith("I know this has been frustrating on your side too")
    assert "Skipping the torque check and signing the sheet anyway keeps happening." in text
    assert "It means we can't use the audit trail." in text and "Otherwise we can't certify the line." in text
    assert "worthless" not in text and "Stop doing it" not in text


def test_firmer_with_a_dated_need_in_the_note_drops_the_chasing_and_the_sympathy_and_says_the_wait():
    need = "the labelling agency has been sitting on this for 5 weeks and our launch needs the audio batch by the 9th or we lose the trade-show demo"
    r = rewrite("Hi Marta, just following up again on the audio batch - any news on when we could get it? I completely understand you're swamped. "
                "No rush, whenever suits!", "firm", recipient="Marta", need=need, today=TODAY)
    text = r.text()
    assert r.sentences[0].startswith("We need the audio batch by ") and "for our launch" in r.sentences[0]
    assert "we will lose the trade-show demo" in text and "We've been waiting on this for 5 weeks." in text
    for gone in ("following up", "any news", "understand", "No rush", "sitting on"):
        assert gone not in text
    assert not [x for x in r.shortfalls if "hedge" in x]


def test_firmer_names_the_chased_thing_when_the_need_says_it():
    r = rewrite("Hi Ola, checking in on the consent export - I know you're busy! Would be great to have it ideally sometime next month if that works?",
                "firm", recipient="Ola", need="we need it by jan 8 or the pilot slips", today=TODAY)
    assert r.sentences[0] == "I need the consent export by Fri 8 Jan."
    assert "ideally" not in r.text() and "if that works" not in r.text()


def test_softer_drops_a_one_word_tally_and_turns_a_threat_over_a_skipped_step_into_that_step_agreed():
    original = ("Bea, you pushed the churn features into the nightly job on Friday without a dry run. Again. "
                "It wiped two days of scores. Next time you skip the dry run I'm revoking your deploy access.")
    text = rewrite(original, "soften", recipient="Bea").text()
    assert "The churn features went into the nightly job on Friday without a dry run." in text
    assert "Again" not in text and "revoking" not in text and "deploy access" not in text
    assert "Since this has happened before, could we make sure the dry run runs before every release?" in text
    assert "It wiped two days of scores." in text  # the impact stays, as a fact


def test_firmer_says_a_vendors_wait_to_them_and_keeps_the_next_chance_with_the_cost():
    need = "supplier's had our request for 6 wks. need the calibration files by the 16th or we lose the february test slot, and the next one's in june"
    r = rewrite("Hi Noor, sorry to chase! Any news on the calibration files? No worries if not, I know it's hectic.", "firm", recipient="Noor", need=need, today=TODAY)
    text = r.text()
    assert r.sentences[0] == "We need the calibration files by Wed 16 Dec."
    assert "we will lose the february test slot, and the next one's in june" in text.lower()
    assert "We've been waiting on this for 6 weeks." in text or "We've been waiting on this for 6 wks." in text
    for gone in ("sorry", "Any news", "No worries", "supplier's had"):
        assert gone not in text


def test_softer_takes_out_a_told_you_so_and_keeps_the_dated_fact():
    r = rewrite("The churn dashboard you shared with finance was a draft. I've warned you about this twice. It won't be final until the audit on March 3.", "soften")
    text = r.text()
    assert "warned you" not in text and "twice" not in text
    assert "March 3" in text and "draft" in text


def test_softer_takes_out_calling_the_work_basic_and_the_writers_grievance():
    r = rewrite("The invoice export skipped the refunds column. That's basic stuff and I shouldn't have to review it. Redo the export today.", "soften")
    text = r.text()
    assert "basic" not in text and "shouldn't have to" not in text
    assert "refunds column" in text and "today" in text


def test_softer_offers_words_for_what_the_reader_tells_others():
    r = rewrite("The demand forecast you presented to the board was an experiment. Please stop calling it production-ready.", "soften")
    words = next(x for x in r.sentences if x.startswith("If it helps"))
    assert words == 'If it helps, you could put it to the board like this: "The demand forecast is still an experiment."'


def test_softer_says_who_a_fix_is_for_and_offers_a_check_for_the_missed_step():
    r = rewrite("The pricing table was wrong all week because the currency rates for Mexico were never refreshed. "
                "The sales team made pricing decisions on wrong numbers. Fix it and send me the corrected table.", "soften")  # fmt: skip
    text = r.text()
    assert "so the sales team can re-check their pricing decisions?" in text
    assert "a check that the currency rates gets refreshed" not in text and "the currency rates get refreshed whenever" in text


def test_firmer_says_a_hedged_proposal_as_the_rule_with_its_one_way_round():
    r = rewrite("I was just wondering if maybe we could consider whether data requests could go through the intake form instead? no worries if not", "firm")
    assert r.sentences == ["From now on, data requests will go through the intake form."]
    assert r.closing.startswith("If something can't wait for the intake form, please tell me what it should replace")


def test_firmer_drops_a_plea_and_a_gushing_opener():
    r = rewrite("Totally understand things are busy and we'd love to help! Can you send the schema by Friday the 11th? Would be super helpful if it could happen.", "firm", today=TODAY)
    text = r.text()
    assert "super helpful" not in text and "love to help" not in text and "Totally" not in text
    assert "schema" in text


def test_firmer_reads_a_need_said_as_what_happens_without_it():
    r = rewrite("Hi Ines, sorry to chase! Any news on the store export?", "firm", need="the store team has owed us the weekly store export for three weeks. "
                "if we don't have it by the 11th we miss the january repricing", today=TODAY)  # fmt: skip
    first = r.sentences[0]
    assert first == "I need the weekly store export by Fri 11 Dec."
    assert "We've been waiting on this for three weeks." in r.sentences
    assert not any(re.match(r"I need (?:the store team|we)\b", x) for x in r.sentences)


def test_shorter_puts_the_proposal_before_a_bare_ask_for_an_answer_and_cuts_the_backstory():
    original = ("Dear Olu, I am writing to give you an update on the river gauge project and also to ask for something. As you know, we began in 2023 with "
                "three gauges and plenty of setbacks. Since March the model has cut false flood alerts from 20 a month to 4. We would like to add "
                "the Ogun basin, which needs 12 more gauges (about $9,000). We would need your answer by the 20th of January so we can order them "
                "before the rains. Please do not hesitate to get in touch if you have any questions.")  # fmt: skip
    r = rewrite(original, "tighten")
    assert r.sentences[0].startswith("We would like to add the Ogun basin") and r.sentences[1].startswith("We would need your answer by the 20th of January")
    text = r.text()
    assert "As you know" not in text and "2023" not in text and "hesitate" not in text and "also to ask" not in text


def test_shorter_moving_an_ask_first_drops_the_words_that_pointed_back_and_the_false_starts():
    original = ("Hi Mara, hope the trip went well. Last month we built a first version of the churn scorer, and after a few false starts with the "
                "billing data it now ranks accounts within 5% of the analysts. Next we want to score all 3 regions from March 2. For that we need "
                "one of your analysts for 2 weeks in February, and we need your go-ahead by January 20. Thanks so much for all the help!")  # fmt: skip
    r = rewrite(original, "tighten")
    assert r.sentences[0] == "We need one of your analysts for 2 weeks in February, and we need your go-ahead by January 20."
    assert "false starts" not in r.text() and "churn scorer, and it now ranks" in r.text()


def test_softer_says_a_skipped_check_as_what_happened_and_the_sanction_as_a_check_agreed_together():
    r = rewrite("Pia, the churn model you pushed Friday scores every new account as zero. You didn't run the backtest. "
                "Fix it today and don't deploy anything else without me reviewing it.", "soften")  # fmt: skip
    text = r.text()
    assert "The backtest wasn't run before it went out." in text
    assert "Could you fix it today?" in text and "without me" not in text
    assert "Could we make sure the backtest runs before every release?" in text


def test_shorter_puts_the_spend_before_an_approval_asked_with_if_you_can():
    original = ("Hi Bo, hope the audit went well. The pilot cut rework on line 2 by 22%, about €90k a year across lines 1 and 3. "
                "To do that we need three more sensors (€12k in total) and two days of the electricians' time. "
                "If you can approve by January 9 we can fit them in the February stop. Thanks again for the support!")  # fmt: skip
    r = rewrite(original, "tighten", executive=True)
    assert r.sentences[0] == "We need three more sensors (€12k in total) and two days of the electricians' time."
    assert r.sentences[1].startswith("If you can approve by January 9")


def test_softer_keeps_the_fact_behind_a_told_you_so_and_does_not_miss_the_tally():
    r = rewrite("We've told you three times the pallet scans are late. Send the corrected scans by Friday the 11th.", "soften", today=TODAY)
    assert r.sentences[0] == "The pallet scans are late."
    assert "three times" not in r.text() and not any("3" in x for x in r.shortfalls)


def test_a_firmer_version_drops_whenever_works_for_you():
    body = _draft("Hi Noor, any update on the label audit? Whenever works for you is fine. We need it by Fri 11 Dec.", "firm").body
    assert "whenever" not in body.lower() and "11 Dec" in body


def test_softer_turns_an_order_to_stop_into_a_request_and_never_keeps_it():
    r = rewrite("Priya, you merged the schema change without telling anyone. I need you to stop pushing to main without a review.", "soften")
    assert "I need you to stop" not in r.text()
    assert "Could you avoid pushing to main without a review from now on?" in r.sentences


def test_shorter_names_the_thing_an_it_stood_for_once_its_sentence_is_cut():
    text = ("Hi Ola, hope the move went well. I'm writing with an update on the pallet damage classifier. "
            "We spent most of the autumn retraining on the new warehouse photos. Over the last month it flagged 88% of damaged pallets against 60% for the manual checks. "
            "We'd like to turn it on at the Leeds site from February 2 and need your sign-off by January 20.")
    r = rewrite(text, "tighten", executive=True)
    first_it = next(x for x in r.sentences if re.search(r"\bit\b", x) or "classifier" in x)
    assert "pallet damage classifier" in first_it


def test_softer_says_a_told_you_so_about_a_safeguard_as_what_the_safeguard_is_for():
    r = rewrite("Bo, the pricing job you deployed last night double-charged 300 orders. This is exactly why we have the release gate. Don't skip it again.", "soften")
    assert "exactly why" not in r.text()
    assert "The release gate is there to catch exactly this kind of problem." in r.sentences


def test_firmer_names_what_them_stands_for_and_drops_an_open_ended_deadline():
    text = "Hi Maud, hope all is well! Any update on the route survey files? No rush, whenever works for you is fine."
    r = rewrite(text, "firm", need="them by fri the 11th or the depot pilot slips to january", today=TODAY)
    assert r.sentences[0].startswith("I need the route survey files by")
    assert "whenever" not in r.text().lower()


def test_firmer_says_how_long_we_have_waited_not_that_the_reader_sat_on_it():
    from tools.rewrite import _told

    assert _told("the print vendor has sat on the proofs for 2 wks", TODAY, "Idris") == "We've been waiting on this for 2 weeks."


def test_firmer_drops_the_shrug_and_the_self_doubt_and_says_the_told_fact_to_its_reader():
    from tools.rewrite import _told

    r = rewrite("Hi Noemi, just a small thing, and maybe I've got this wrong, but I think two clients heard the app ships in March? Thanks!", "firm")
    assert not any(re.search(r"(?i)small thing|got this wrong|\bI think\b", x) for x in r.sentences)
    assert _told("head of sales noemi promised two clients a march launch", TODAY, "Noemi").startswith("You promised two clients")


# ---- Softer and shorter keep what the manager stated (b36-d10, b37-d11): fresh phrasings.
_TODAY = date(2026, 12, 4)


def test_softer_drops_the_insult_and_the_told_you_so_with_its_when_and_keeps_the_threats_date():
    text = ("Marit, your tagging team is STILL skipping the QA pass, so our defect model learns from bad labels and that's why "
            "your weekly scrap report is garbage. I already told you this back in October. If it's not fixed by 11 Jan we're "
            "switching the report off for your line.")
    out = rewrite(text, "soften", today=_TODAY).text()
    assert "garbage" not in out.lower() and "not working as well as it should" in out
    assert "told you" not in out.lower() and "back in october" not in out.lower()
    assert "11 Jan" in out
    assert "switch" in out.lower()  # the consequence stays, said as what we'd rather avoid


def test_softer_says_the_work_is_not_working_instead_of_rubbish():
    out = rewrite("Ines, the shift roster your planners made is rubbish. Could you redo it by Friday?", "soften", today=_TODAY).text()
    assert "rubbish" not in out.lower()
    assert "not working as well as it should" in out


def test_a_told_you_so_clause_leaves_no_stub():
    out = rewrite("Pavel, the export is late again. We told you this last month. Please send it by 9 Dec.", "soften", today=_TODAY).text()
    assert "last month" not in out.lower() and "told you" not in out.lower()
    assert "9 Dec" in out


def test_a_threat_with_its_date_keeps_the_date_said_as_a_request():
    out = rewrite("If the invoices aren't sent by 20 Jan we're pausing the pilot.", "soften", today=_TODAY).text()
    assert "20 Jan" in out and "pause" in out.lower()


def test_shorter_under_a_line_limit_keeps_the_payoff_before_a_detail():
    text = ("Hi Oona, hope the move went well! We have been working on the freight model for a while. The routing change is "
            "what we'd like to roll out to every depot in the north region after the pilot. The drivers would keep their current "
            "apps and shift patterns, and dispatch would get one new screen for 6 weeks. We think it could save about 220k a year "
            "in fuel. We would need your approval by 20 January to start on 1 February. Thanks so much!")
    r = rewrite(text, "tighten", 3, today=_TODAY)
    assert "220k" in r.text()
    assert any("6 weeks" in x for x in r.left_out)  # what the limit cut is said back, never dropped silently


def test_shorter_with_every_figure_kept_leaves_nothing_out():
    r = rewrite("Hi Kai, just checking in. The backfill finished and covers 14 months. We start scoring on 3 Feb.", "tighten", today=_TODAY)
    assert r.left_out == []


def test_softer_asks_a_from_now_on_order_with_please():
    out = rewrite("Jonas, the stock report was in units not pallets. From now on cc me on anything that goes to customers.", "soften", today=_TODAY).text()
    assert "please cc me" in out and "make sure cc" not in out



def test_shorter_drops_the_standing_offer_and_the_history_and_says_the_history_was_left_out():
    text = ("Dear Ms Okafor, Thank you so much for your time at the audit visit on 12 November. As you may remember, you asked how we "
            "check the triage model once it is live. I should probably start by explaining that the model has been through several "
            "versions since 2023, and we learned a lot along the way about note quality. In brief, we now compare its priority score "
            "with the nurses' own triage every week across all seven hospitals; over the last quarter they agreed in 88% of cases. "
            "We will send you the last twelve weekly reports by 15 January, as you asked. Please do not hesitate to get in touch should "
            "you need anything else; I would be more than happy to set up a call whenever suits you.")
    r = rewrite(text, "tighten", today=_TODAY)
    out = r.text()
    assert "hesitate" not in out and "set up a call" not in out and "should you need" not in out.lower()
    assert "since 2023" not in out and any("since 2023" in x for x in r.left_out)
    assert "88%" in out and "15 January" in out and not out.split("\n\n")[1].startswith("In brief")
    assert len(out.split()) <= len(text.split()) * 0.6


def test_firmer_leads_with_the_dated_need_the_manager_wrote_beside_the_message():
    original = ("Hi Wiebke, so sorry to chase! Just wondering if there's any update on the soil moisture exports from the October "
                "drives? No rush at all, I know it's a hectic month. Whenever works :)")
    notes = "Survey contractor, 3 wks overdue on the moisture exports. Need them by fri 11th or the irrigation plan for the co-op board goes out on last year's numbers."
    body = _draft(original, "firm", recipient="Wiebke", facts={"reason": notes}).body
    first = body.split("\n\n")[1]
    assert first.startswith("I need the soil moisture exports") and "Fri" in first and "11" in first
    assert "last year's numbers" in body
    assert "wondering" not in body.lower() and "no rush" not in body.lower() and "firm date" not in body.lower()


def test_dated_need_finds_the_need_and_keeps_the_rest():
    need, rest = dated_need("Vendor is 2 weeks late. We really need the labels by Jan 8 or the retrain slips. They know.")
    assert need == "we need the labels by Jan 8 or the retrain slips." and rest == "Vendor is 2 weeks late. They know."
    assert dated_need("Vendor is 2 weeks late.") == ("", "Vendor is 2 weeks late.")


def test_shorter_is_never_longer_than_the_original():
    for text in ("Hi Jo, the export is done. The report ships on 9 Dec.", "Deploy moved to Thu 10 Dec because the canary failed."):
        r = rewrite(text, "tighten", today=_TODAY)
        assert len(" ".join([*r.sentences, r.closing]).split()) <= len(text.split())


def test_a_product_recall_is_never_glossed_as_the_metric():
    from tools.rewrite import _plainer

    assert _plainer(["A contaminated batch that ships means a recall."]) == ["A contaminated batch that ships means a recall."]
    assert "how many real cases we catch" in " ".join(_plainer(["Our recall rose to 0.9 this month."]))


def test_a_weekday_said_with_its_day_in_words_is_not_given_another_date():
    out = " ".join(rewrite("Hi Oskar, no pressure, but could we get the calibration data by friday the twenty-second? Thanks!", "firm", recipient="Oskar", today=date(2026, 12, 4)).sentences)
    assert "Fri 11 Dec" not in out and "11 Dec" not in out
    dated = " ".join(rewrite("Hi Oskar, no pressure, but could we get the calibration data by friday? Thanks!", "firm", recipient="Oskar", today=date(2026, 12, 4)).sentences)
    assert "Fri 11 Dec" in dated or "Friday 11 Dec" in dated


def test_softer_says_an_accusing_you_as_what_went_out_and_its_impact():
    original = ("Oskar, you pushed the routing model to every depot on Monday with no canary, and took down the van "
                "planner for three hours. From now on nothing goes to prod without my approval.")
    r = rewrite(original, "soften")
    text = r.text()
    assert "The routing model went to every depot on Monday with no canary." in text
    assert "It took down the van planner for three hours." in text
    assert "you pushed" not in text.lower() and "the canary runs before every release" in text
    assert any("is now a check agreed together" in x for x in r.picked)  # the manager's gate changed: said, never silent


def test_softer_keeps_a_you_sentence_with_no_skipped_step_and_no_harm():
    assert "You merged the parser on Thursday." in rewrite("You merged the parser on Thursday. Thanks!", "soften").text()


def test_shorter_to_a_line_limit_keeps_what_stays_the_same_leads_with_the_proposal_and_drops_a_dangling_opener():
    original = ("Dear Ilse, I hope the holidays were restful! As you know, the province funds the evening bus runs on our four "
                "routes, and we have been studying how to use the late slots better. Our team built a ridership model that has "
                "been close this autumn (within 8 riders most nights). Based on it, we would like to move 3 of the 12 late runs "
                "from Sunday to Friday. The drivers' union agreed. Nothing changes to the funding amount. We would need the "
                "province's approval before 20/1 so we can publish the timetable on 15/2. Warm regards")
    r = rewrite(original, "tighten", max_sentences=4)
    assert r.sentences[0].startswith("We would like to move 3 of the 12 late runs")  # the proposal the approval is on, first
    assert any("province's approval before 20/1" in x for x in r.sentences[:2])
    assert "Nothing changes to the funding amount." in r.sentences
    assert not any(x.startswith("Based on it") for x in r.sentences)


def test_firmer_dates_a_weekday_by_the_day_of_the_month_said_in_words():
    from datetime import date

    r = rewrite("Hi Piet, any chance of the sensor logs soon?", "firm", need="the sensor logs by monday the twenty-first or the audit slips", today=date(2026, 12, 4))
    text = r.text()
    assert "Mon 21 Dec" in text and "twenty-first" not in text and "7 Dec" not in text


def test_firmer_keeps_the_overdue_date_and_tells_the_cost_to_the_reader():
    from datetime import date

    bg = ("Wiebke at scanco (our scanner vendor) still hasn't sent the calibration sheets, they were due 20 nov. Without them "
          "the triage model can't be retrained and we keep rejecting parcels her own depots later accept.")
    r = rewrite("Hi Wiebke, any news on the calibration sheets? No rush!", "firm", need="the calibration sheets by friday",
                today=date(2026, 12, 4), background=bg, recipient="Wiebke")
    text = r.text()
    assert "You still haven't sent the calibration sheets, they were due Fri 20 Nov." in text
    assert "your own depots" in text and "scanco" not in text


def test_the_ask_leads_when_the_manager_says_so_whatever_the_goal():
    original = "Hi Bram, the vendor shipped the new sensors on Monday. The pilot is going well. Could you sign the order for 40 more by Thursday?"
    assert rewrite(original, "soften", ask_first=True).sentences[0].startswith("Could you sign the order for 40 more by Thursday")
    assert not rewrite(original, "soften").sentences[0].startswith("Could you sign")


def test_softer_says_an_unannounced_change_as_without_notice_and_keeps_how_often_it_happened():
    text = rewrite("Your team changed the feature tables without telling anyone and now our nightly scoring has failed for "
                   "the second time. Give us a week's warning next time.", "soften").text()
    assert "without notice" in text and "second time" in text and "without telling anyone" not in text


def test_softer_says_a_reckless_verdict_as_the_risk_and_drops_a_slammed_door():
    text = rewrite("Ines, merging the pricing change at 11pm with no rollback plan was completely irresponsible. Three "
                   "shops showed zero prices for an hour. No more late merges, end of story.", "soften").text()
    assert "irresponsible" not in text and "end of story" not in text
    assert "a bigger risk than we can take" in text and "Three shops showed zero prices for an hour." in text


def _softer(original: str, source: str = "") -> str:
    r = rewrite(original, "soften", recipient="Oskar", today=TODAY, source=source)
    return " ".join(r.sentences)


def test_softer_says_a_gate_through_the_manager_as_a_review_done_together():
    said = _softer("Oskar, do not send forecasts to the plant managers without my sign-off again.")
    assert "before you send forecasts to the plant managers, could we do a quick review together first?" in said
    assert "do not" not in said.lower() and "sign-off again" not in said


def test_softer_says_a_rule_slammed_shut_as_a_rule_agreed_together():
    said = _softer("Oskar, the retrain on Sunday broke the pricing page. No more Sunday retrains, period.")
    assert "Could we agree a simple rule from now on: no Sunday retrains?" in said and "period" not in said.lower()


def test_softer_puts_the_missing_check_not_the_reader_at_the_centre():
    said = _softer("You shared an untested churn score with the board, based on one week of data.")
    assert said.startswith("The churn score you shared with the board hadn't been tested yet, and it was based on one week of data.")


def test_softer_drops_a_bare_count_and_says_what_went_unchecked():
    said = _softer("Oskar, the price file you sent the store leads was wrong again. Fourth time. Nobody checked the Welsh stores and they ordered too much.")
    assert "Fourth time" not in said and "sent to the store leads" in said
    assert "The Welsh stores weren't checked and they ordered too much." in said


def test_softer_keeps_who_sees_it_first_in_an_ask_before_it_goes_out():
    said = _softer("Oskar, the report had two wrong totals. Send drafts to me before they go to the client.")
    assert "to me before they go to the client" in said


def test_a_percent_in_words_is_the_same_figure_as_the_sign():
    from tools.rewrite import facts_lost

    assert facts_lost("a claimed saving of twelve percent", "", "a 12% saving", TODAY) == []
    assert facts_lost("a claimed saving of twelve percent", "", "a saving", TODAY) == ["the figure 12%"]


def test_shorter_drops_a_conditional_offer_to_explain_and_keeps_a_period_that_is_a_time():
    r = rewrite(
        "Dear Ms Okafor, we would need your go-ahead by 15 January to set the system up before the spring period. "
        "Of course I would be glad to walk you through the method should that be useful.",
        "tighten",
        today=TODAY,
    )
    said = " ".join(r.sentences)
    assert "before the spring period" in said and "walk you through" not in said


def test_an_ask_labelled_in_standup_notes_is_said_to_the_reader_and_leads():
    notes = "- churn model live for 9 of 12 markets\n- eval set refreshed, recall up 4 points\n- backfill done for march\n- need from him: budget ok for 2 more labellers before 18/12"
    r = rewrite(notes, "plain", recipient="Anselm", today=TODAY, bullets=True)
    assert r.sentences[0].startswith("What I need from you: budget ok for 2 more labellers") and r.sentences[0].endswith(".")
    assert not any("need from him" in x for x in r.sentences)


def test_a_heading_before_an_emoji_is_joined_to_what_follows_it():
    r = rewrite("- one slip 😬 the holiday uplift came in 20% low, so stores ran short", "plain", today=TODAY, bullets=True)
    assert r.sentences[0].startswith("One slip: the holiday uplift came in 20% low")


def test_shorter_leads_with_what_the_go_ahead_is_on_when_the_proposal_has_an_adverb():
    r = rewrite(
        "Hi Ilse, hope the audit went well. We tested the route model on two depots for eight weeks and it cut empty runs by 18%. "
        "We would now like to roll the route model out to all 6 depots from 8 March. We would need your go-ahead by 29 January so the depots can plan. Best regards",
        "tighten",
        today=TODAY,
    )
    assert r.sentences[0].startswith("We would now like to roll the route model out to all 6 depots")


def test_firmer_with_background_says_the_ask_then_why_then_what_follows_a_miss_to_the_other_side():
    r = rewrite(
        "Hi Paulo, sorry to bother you, any chance of an update on the label export? No worries if not!",
        "firm",
        recipient="Paulo",
        today=TODAY,
        need="I need the full label export by Thursday 10 Dec, otherwise I will escalate to their head of delivery.",
        background="Their export has been failing since the 20th of November. Without it we cannot retrain the returns model before January.",
    )
    said = r.sentences
    assert said[0].startswith("I need the full label export by Thu 10 Dec")
    assert any(x.startswith("Your export has been failing since") for x in said)
    last_fact = max(i for i, x in enumerate(said) if "retrain the returns model" in x)
    threat = next(i for i, x in enumerate(said) if "escalate" in x)
    assert threat > last_fact and said[threat].startswith("If I don't have this by Thu 10 Dec, I will escalate to your head of delivery")


# --- rewrites that rewrite: softer, shorter and firmer each do what they say (b45-d08, b45-d09, b45-d10; b44-d08,
# b42-d09, b41-d10..d12, b40-d10..d12). Fresh phrasings, typos and lists included.

SOFTER_WHOLE = [
    # (the manager's instruction, their message, words that must be gone, words that must stay)
    ("make it softer, it's for Piotr", "Piotr, the churn labels you pushed were useless again. Four days of annotation wasted. Stick to the schema.",
     ["useless", "again", "wasted"], ["churn labels", "four days of annotation", "Could you stick to the schema?"]),
    ("pls make it less harsh, 'total waste of time' is too much", "Hi Sunniva, your eval notebook was a total waste of time, the splits leaked. Redo it by Tuesday.",
     ["waste of time"], ["the splits leaked", "Could you redo it by Tuesday 8 Dec?"]),
    ("softer pls its for leopold", "Leopold - you skipped the data review and broke the nightly build for everyone. As usual. Read the runbook.",
     ["you skipped", "As usual", "broke the"], ["The data review was skipped and the nightly build broke for everyone.", "Could you read the runbook?"]),
    ("soften this for my team", "Team,\n- the holdout metrics were wrong again\n- sloppy mistakes in the config\n- fix the config by Friday",
     ["again", "sloppy", "rushed"], ["The holdout metrics were wrong.", "There were mistakes in the config.", "Could you fix the config by Friday 11 Dec?"]),
    ('can you soften this? "careless" sounds too harsh', "Agnieszka, the careless typos in the deck embarassed us in front of the client. Proofread before sending.",
     ["careless"], ["typos in the deck", "Could you proofread before sending?"]),
]  # fmt: skip


@pytest.mark.parametrize(("instruction", "message", "gone", "kept"), SOFTER_WHOLE)
def test_softer_takes_out_every_harsh_word_and_the_ones_the_manager_names(instruction, message, gone, kept):
    r = rewrite(message, "soften", today=TODAY, source=instruction)
    text = r.text()
    for word in gone:
        assert word.lower() not in text.lower(), (word, text)
    for said in kept:
        assert said in text, (said, text)
    assert not r.unchanged and not [x for x in r.shortfalls if "harsh" in x or "blame" in x], r.shortfalls


def test_softer_never_claims_nothing_reads_harsh_while_a_harsh_word_is_still_there():
    r = rewrite("The ticket backlog is a shambles, frankly pathetic.", "soften", today=TODAY, source="softer please")
    assert "pathetic" not in r.text()
    kept = rewrite("The ticket backlog is long.", "soften", today=TODAY, source='softer, "long" sounds harsh')
    assert "long" not in " ".join(kept.sentences) or any("harsh" in x for x in kept.shortfalls)


SHORTER_WHOLE = [
    # (the message, words that must be gone, words that must stay)
    ("Hi Mateus, I just wanted to let you know that, as I mentioned in passing on Thursday, the drift dashboard will be offline on Tuesday 8 Dec between 9 and 11 in "
     "the morning so that we can migrate it to the new cluster, which hopefully will make it a lot faster. Let me know if that causes any problems at all!",
     ["as I mentioned", "wanted to", "hopefully", "at all"], ["drift dashboard", "Tuesday 8 Dec", "9 to 11am", "new cluster"]),
    ("Hey all, as we discussed at length in the planning meeting, the recommender retrain, which we covered in standup too, is moving to 15 Dec because the GPU quota "
     "ran out, and at this point in time we expect results on 18 Dec. Thanks so much in advance for your patience!",
     ["as we discussed", "which we covered", "at this point in time", "Thanks"], ["The recommender retrain is moving to 15 Dec", "18 Dec"]),
    ("Hello Ottoline, I am writing to follow up on the labelling budget that we discussed on our call last month. As you may remember, we need sign-off on £9,500 by "
     "11 December so that the vendor can start on 4 January. Would it be possible for you to approve it by then? Please do not hesitate to reach out if you have any questions at all.",
     ["that we discussed", "As you may remember", "hesitate"], ["£9,500", "11 December", "4 January", "approve it"]),
    ("Hi Bram, just wanted to give you a quick heads up that the ASR model will need to be rolled back tonight, which we talked about briefly yesterday, because the "
     "word error rate went up by 3 points on the call-centre audio.",
     ["heads up", "which we talked about"], ["ASR model", "rolled back tonight", "3 points"]),
    ("hey Sol, so basicaly i wanted to let you know that the label audit, as we agreed last week, wil finish on 11 Dec, and at this point in time its looking like 4% of labels need fixing.",
     ["as we agreed", "at this point in time"], ["label audit", "11 Dec", "4%"]),
]  # fmt: skip


@pytest.mark.parametrize(("message", "gone", "kept"), SHORTER_WHOLE)
def test_shorter_cuts_filler_and_references_back_and_keeps_the_facts(message, gone, kept):
    r = rewrite(message, "tighten", today=TODAY)
    text = r.text()
    for word in gone:
        assert word.lower() not in text.lower(), (word, text)
    for said in kept:
        assert said in text, (said, text)
    assert len(" ".join(r.sentences).split()) <= 0.75 * len(message.split()), text


def test_shorter_reports_the_word_counts_and_joins_a_bulleted_list_into_a_sentence():
    message = "Hi all, as discussed, please could everyone:\n- merge the hotfix\n- tag the release\nbefore Thursday. Thanks so much!"
    r = rewrite(message, "tighten", today=TODAY)
    assert "merge the hotfix and tag the release before Thursday" in r.text()
    assert any(re.match(r"\d+ words became \d+", x) for x in what_changed(message, r.text()))


FIRMER_WHOLE = [
    # (the manager's instruction, their message, words that must be gone, words that must stay)
    ("firmer please, this is the 3rd time I've asked", "Hi Cosima, sorry to be a pain again, could you maybe try to send the vendor invoice when you get a chance? No worries if not!",
     ["sorry", "pain", "maybe", "try to", "when you get", "No worries"], ["Please send the vendor invoice by Wed 9 Dec.", "This is the third time I've asked."]),
    ("make it more firm, ive asked twice already", "hey Ruairi, if its not too much trouble could your analysts possibly start tagging the escalations? only if possible, thx!",
     ["too much trouble", "possibly", "only if possible"], ["Please have your analysts start tagging the escalations by Wed 9 Dec.", "This is the third time I've asked."]),
    ("Make this firmer please, it's the second time I've asked.", "Hi, sorry to bother you again, could your crews maybe try to photograph the meters after each visit? Only if possible!",
     ["sorry", "again,", "try to", "maybe", "Only if"], ["Please have your crews photograph the meters after each visit, starting Mon 7 Dec.", "This is the second time I've asked."]),
    ("firmer pls, second time asking", "Hi all, if possible could everyone maybe:\n- close stale tickets\n- link PRs to tickets\nThanks so much!",
     ["if possible", "maybe", "Thanks"], ["Everyone needs to close stale tickets and link PRs to tickets by Wed 9 Dec.", "This is the second time I've asked."]),
    ("make this firmer", "Hi Fenwick, sorry to chase, could your team maybe try to restore the staging database? It's blocking the demo on Thursday.",
     ["sorry", "maybe", "try to"], ["Please have your team restore the staging database by Wed 9 Dec.", "It's blocking the demo on Thursday"]),
]  # fmt: skip


@pytest.mark.parametrize(("instruction", "message", "gone", "kept"), FIRMER_WHOLE)
def test_firmer_asks_first_with_a_date_says_the_count_of_asks_and_cuts_every_hedge(instruction, message, gone, kept):
    r = rewrite(message, "firm", today=TODAY, source=instruction)
    text = r.text()
    for word in gone:
        assert word.lower() not in text.lower(), (word, text)
    for said in kept:
        assert said in text, (said, text)
    assert r.sentences[0] == kept[0]
    assert any("a date I picked" in x for x in r.picked)  # the date is said to be the tool's pick


def test_firmer_adds_no_count_of_asks_the_manager_did_not_give():
    r = rewrite("Hi Ada, could you maybe send the slides?", "firm", today=TODAY, source="make this firmer, she's the design lead")
    assert "time I've asked" not in r.text() and r.sentences[0] == "Please send the slides by Wed 9 Dec."


def test_shorter_cuts_a_reference_back_inside_a_clause_and_keeps_the_main_verb():
    r = rewrite("The pricing plan that we discussed on Monday is approved, and the pilot starts on 11 Jan. Let me know if that causes any issues at all!", "tighten", today=TODAY)
    assert r.sentences[0] == "The pricing plan is approved, and the pilot starts on 11 Jan."
    assert "at all" not in r.text()


def test_shorter_cutting_a_past_cause_takes_its_hedge_with_it():
    r = rewrite("The backfill will take about 3 more days, mostly because the source tables had a schema change, so the new ETA is 9 Dec.", "tighten", today=TODAY)
    assert "mostly" not in r.text() and "9 Dec" in r.text()


def test_softer_keeps_a_short_order_as_a_request_and_drops_a_verdict_tacked_on():
    r = rewrite("Your dashboard is always wrong and frankly useless. Fix it.", "soften", today=TODAY, source='make this nicer, "frankly useless" is too much')
    assert r.sentences == ["The dashboard is often wrong.", "Could you fix it?"]


def test_softer_says_what_broke_after_which_part_went_in_when_the_fault_is_inside_the_readers_work():
    r = rewrite("Dagny, the lazy hacks in your ingest job broke staging twice this week. Add tests before you merge.", "soften", today=TODAY, source="kinder please")
    assert r.sentences[0] == "Staging failed twice this week after the hacks in the ingest job went in."
    assert "lazy" not in r.text() and "rushed" not in r.text()


def test_shorter_drops_the_history_the_reader_was_there_for_and_keeps_the_news_whole():
    original = ("Dear Tobias, I write because, as we agreed briefly at the site meeting on Monday, we will need to pause the "
                "kiln-temperature alerts for one morning, on 9/12, to deploy the retrained model. During that morning the "
                "shift lead checks the kilns by hand every hour.")
    body = " ".join(rewrite(original, "tighten").sentences)
    assert "site meeting" not in body and "I write because" not in body
    assert body.startswith("We will need to pause the kiln-temperature alerts")
