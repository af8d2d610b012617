"""Gate: the offline intent classifier generalises (leave-one-out accuracy over the labelled prompts)."""

from __future__ import annotations

from collections import Counter

from agent.intents import INTENTS, IntentClassifier, classify_intent, load_examples


def test_dataset_is_big_and_balanced():
    examples = load_examples()
    counts = Counter(e.intent for e in examples)
    assert len(examples) >= 120
    assert set(counts) == set(INTENTS)
    assert min(counts.values()) >= 13


def test_leave_one_out_accuracy_at_least_95_percent():
    examples = load_examples()
    clf = IntentClassifier(examples)
    wrong = [
        (e.intent, clf.classify(e.text, exclude=i, vector=clf.vectors[i]).intent, e.text)
        for i, e in enumerate(examples)
        if clf.classify(e.text, exclude=i, vector=clf.vectors[i]).intent != e.intent
    ]
    accuracy = 1 - len(wrong) / len(examples)
    assert accuracy >= 0.95, f"LOO accuracy {accuracy:.3f}; misclassified: {wrong}"


def test_sensitive_rule_wins_over_other_cues():
    assert classify_intent("Draft a message to my VP: Marco said he wants to end his life").intent == "sensitive"
    assert classify_intent("Prepare my 1-on-1 with Tom, who says a lead is harassing him").intent == "sensitive"


def test_unseen_phrasings():
    assert classify_intent("Give me a 1:1 agenda for Aisha next week").intent == "one_on_one"
    assert classify_intent("What's a good lasagna recipe?").intent == "out_of_scope"
