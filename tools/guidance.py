"""search_guidance: find guidance passages for a question the model asks mid-turn. The search itself is
passed in by the agent (its retriever, numbering hits as citations), so this module needs no knowledge layer."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, Field, RootModel, field_validator

from tools.errors import ToolInputError


class GuidanceQuery(BaseModel):
    """What to look up in the leadership guidance."""

    query: str = Field(description="What to look up, in a few words.")
    use_for: str | None = Field(default=None, description="Prefer cards meant for this intent, e.g. reprioritization.")

    @field_validator("query")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("search_guidance needs a non-empty 'query'")
        return value.strip()


class GuidanceHit(BaseModel):
    """One passage found: cite it as [n]."""

    n: int = Field(description="The number to cite the passage by.")
    id: str = Field(description="Passage id.")
    title: str = Field(description="Card title and section.")
    text: str = Field(description="The passage.")


class GuidanceHits(RootModel[list[GuidanceHit]]):
    """The passages found, best first."""


GuidanceSearch = Callable[[str, "str | None"], list[dict]]


def search_guidance(inp: GuidanceQuery, search: GuidanceSearch | None) -> GuidanceHits:
    """Search the leadership guidance for passages about a topic; cite what you use as [n]."""
    if search is None:
        raise ToolInputError("no guidance search is available in this run")
    return GuidanceHits([GuidanceHit.model_validate(hit) for hit in search(inp.query, inp.use_for or None)])
