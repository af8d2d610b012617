"""Pseudonymisation: stable placeholders, whole words, round trip through nested objects."""

from __future__ import annotations

from agent.privacy import Pseudonymizer


def test_round_trip_and_whole_words(example_team):
    p = Pseudonymizer.for_team(example_team)
    text = "Priya and marco met Victor; Tomato soup is not Tom."
    encoded = p.encode(text)
    for name in ("Priya", "marco", "Victor"):
        assert name not in encoded
    assert "Tomato" in encoded and "Tom." not in encoded
    assert p.decode(encoded) == text.replace("marco", "Marco")


def test_placeholders_are_stable_and_nested(example_team):
    a, b = Pseudonymizer.for_team(example_team), Pseudonymizer.for_team(example_team)
    assert a.encode("Priya") == b.encode("Priya") and a.encode("Priya").startswith("Person_")
    obj = {"current": {"person": "Priya"}, "list": ["Sam", 3]}
    enc = a.encode_obj(obj)
    assert "Priya" not in str(enc) and a.decode_obj(enc) == obj


def test_no_team_is_identity():
    p = Pseudonymizer.for_team(None)
    assert not p.active and p.encode("Priya") == "Priya"


def _team(**extra):
    from tools.team import Team

    data = {
        "manager": "Dana Whitfield",
        "people": [
            {"name": "Priya Raman", "role": "ML engineer",
             "blockers": ["Waiting on Jonas Berg from Platform to approve the schema"]},
            {"name": "Will Turner", "role": "Data scientist"},
            {"name": "Mark", "role": "ML engineer"},
            {"name": "王伟", "role": "ML engineer"},
            {"name": "Zoë", "role": "ML researcher"},
        ],
        "projects": [{"name": "Fraud model", "tasks": [
            {"name": "Labels", "optimistic": 1, "most_likely": 2, "pessimistic": 3, "assignee": "Aiko Tanaka"}]}],
        "inbox": [{"title": "Demo", "requester": "Carla Mendes", "interrupts": ["Oskar Lind"]}],
    }
    data.update(extra)
    return Team.model_validate(data)


def test_every_name_bearing_field_and_name_part_is_masked():
    p = Pseudonymizer.for_team(_team())
    text = ("Aiko owes the labels; Carla Mendes asked for a demo that pulls in Oskar Lind. "
            "Tanaka and Lind disagree; Priya and Raman are the same person; ask Whitfield. Jonas blocks Priya.")
    encoded = p.encode(text)
    for part in ("Aiko", "Tanaka", "Carla", "Mendes", "Oskar", "Lind", "Priya", "Raman", "Whitfield", "Jonas"):
        assert part not in encoded, f"{part} was sent: {encoded}"
    assert p.encode("Priya") == p.encode("Priya Raman") == p.encode("Raman")  # one person, one placeholder
    assert "Platform" in p.encode("Platform team")  # a team name after 'from' is not a person


def test_unicode_variants_of_a_name_are_masked():
    import unicodedata

    p = Pseudonymizer.for_team(_team())
    variants = [unicodedata.normalize("NFD", "Zoë"), "ZOË", "Priya\u00a0Raman", "Priya  Raman", "PRIYA raman",
                "Priya\u202fRaman"]
    for variant in variants:
        out = p.encode(f"Talk to {variant} today")
        assert out.startswith("Talk to Person_") and out.endswith(" today"), (variant, out)
    assert "王伟" not in p.encode("王伟说他被阻塞了")  # CJK is written without spaces between words


def test_common_word_names_are_masked_only_where_used_as_names():
    p = Pseudonymizer.for_team(_team())
    will, mark = p.encode("Will Turner"), p.encode_obj("Mark")
    # Used as a name: capitalised mid-sentence, possessive, vocative, followed by a verb, or in a structured field.
    for text in ("I met Will today.", "Will's model is late.", "Mark, can you help?", "Mark said the job failed.",
                 "Ask Mark about it."):
        assert "Will" not in p.encode(text) and "Mark" not in p.encode(text), text
    assert p.encode_obj({"person": "Mark"}) == {"person": mark}
    assert mark in p.encode('Team context: {"requester": "Mark", "title": "Demo"} (truncated')
    # Used as a word: lower case, or sentence-initial with no sign of being a name.
    for text in ("We will ship on Friday.", "Will this slip? Mark the task as done.", "Please mark it; it will pass."):
        assert p.encode(text) == text, text
    assert p.decode(f"{will} and {mark}") == "Will Turner and Mark"
