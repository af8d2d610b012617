"""A rewrite the check after it finds short of the goal is never presented as done: the lead line says so and the
'Not met' lines say what is left."""


def test_a_shorter_rewrite_that_cannot_reach_half_says_it_is_not_done_in_its_lead_line(offline_copilot):
    r = offline_copilot.ask('shorten this please:\n"The vendor moved the GPU delivery from 8 Jan to 22 Jan. Training starts 25 Jan, so we lose 3 of our 5 buffer days and the 2 Feb demo is at risk."')
    assert "Not met:" in r.answer
    assert "does not fully do what you asked yet" in r.answer and "**Your message, shorter:" not in r.answer


def test_a_softer_rewrite_that_meets_the_check_keeps_its_usual_lead_line(offline_copilot):
    r = offline_copilot.ask('make this softer, it goes to our annotation vendor:\n"Your boxes are wrong again. Redo batch 7 by Friday or we stop sending you work."')
    assert "**Your message, softer:" in r.answer and "Not met:" not in r.answer
    assert "or we stop" not in r.answer and "we would have to stop sending" in r.answer
