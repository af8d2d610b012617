

def test_a_gentler_version_of_a_pasted_message_is_a_rewrite_of_it():
    from datetime import date

    from agent.understanding import parse_situation

    q = 'calmer version of this before it goes to the night shift lead ines pls:\n\n"Ines, your team left the kiln logs blank again. Fix it today."'
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.intent == "stakeholder_message" and s.get("purpose") == "rewrite"
