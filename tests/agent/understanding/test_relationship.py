"""Who the other person in a 1-on-1 is to the manager: a peer or someone in another team from what is said of them,
their boss and a skip-level from the cues, else a report; a former peer who now reports to the manager is a report."""

import pytest

from agent.understanding.relationship import relationship_of, relationship_words


@pytest.mark.parametrize("text", [
    "tough talk with ferdinand next week, he's a peer and runs the packaging line, not my report",
    "need to sort things out with yolanda, she is a fellow manager on the logistics side",
    "prep me for a chat with my counterpart in finance about the forecast misses",
    "meeting cyrus tomorrow, he doesn't report to me but his analysts keep ignoring our flags",
    "1:1 with imogen on friday, she runs the data platform team and keeps pushing our launch",
])
def test_a_peer_is_read_from_what_is_said_of_them(text):
    assert relationship_of(text, [], in_team=False) == "peer"


def test_someone_in_another_team_who_leads_nothing_said():
    assert relationship_of("coffee with piet, an analyst on another team who keeps asking my people for data", [], in_team=False) == "other_team"


@pytest.mark.parametrize("text", [
    "first 1:1 with tamsin since i got promoted, she's my old peer and applied for the role too",
    "1:1 with odo, we were peers until last month",
    "1:1 with bram on monday, he has been quiet lately",
])
def test_a_former_peer_or_anyone_else_is_a_report(text):
    assert relationship_of(text, [], in_team=False) == "report"


def test_the_boss_and_the_skip_level_come_from_the_cues():
    assert relationship_of("1:1 with my boss wednesday", ["managing_up"], in_team=False) == "boss"
    assert relationship_of("skip-level with the ICs", ["skip_level"], in_team=False) == "skip"


def test_someone_in_the_team_file_is_a_report_whatever_the_words():
    assert relationship_of("he's a peer of mine really, we joined together", [], in_team=True) == "report"


def test_the_words_it_was_read_from():
    assert relationship_words("hard chat with leon, he's a peer, not my report") == "he's a peer"


def test_peer_not_report_without_a_comma_is_a_peer():
    assert relationship_of("sync with ottokar friday, he heads billing ops, peer not report", [], in_team=False) == "peer"
    assert relationship_of("my peers not happy with the rota", [], in_team=False) == "report"
