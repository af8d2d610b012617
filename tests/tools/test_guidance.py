"""search_guidance through the registry: the query is checked, the injected search runs, and its hits come back
typed and in order; without a search it says so in one sentence."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.errors import ToolInputError
from tools.guidance import GuidanceQuery, search_guidance
from tools.registry import TOOLS


def fake_search(seen):
    def search(query, use_for):
        seen.append((query, use_for))
        return [{"n": 2, "id": "card-a#do", "title": "A > Do", "text": "Protect focus."}]

    return search


def test_hits_come_back_numbered_as_the_search_gave_them():
    seen = []
    hits = TOOLS["search_guidance"].run({"query": "  focus time ", "use_for": "guidance"}, search=fake_search(seen))
    assert seen == [("focus time", "guidance")]
    assert [h.n for h in hits.root] == [2] and hits.model_dump(mode="json")[0]["id"] == "card-a#do"


def test_blank_query_is_refused_before_any_search():
    seen = []
    with pytest.raises(ValidationError, match="non-empty"):
        TOOLS["search_guidance"].run({"query": "   "}, search=fake_search(seen))
    assert seen == []


def test_without_a_search_the_tool_says_so():
    with pytest.raises(ToolInputError, match="no guidance search"):
        search_guidance(GuidanceQuery(query="focus"), None)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.dictionaries(st.sampled_from(["query", "use_for", "other"]), st.one_of(st.none(), st.text(max_size=20), st.integers())))
def test_guidance_query_fuzz(arguments):
    try:
        query = GuidanceQuery.model_validate(arguments)
    except ValidationError:
        return
    assert query.query and query.query == query.query.strip()
