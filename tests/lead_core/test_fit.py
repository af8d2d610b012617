"""A long paste is cut to what a typed model takes, at a sentence or clause end, instead of failing validation."""

from pydantic import BaseModel, Field

from lead_core.fit import cut_text, fit_to


class _Inner(BaseModel):
    note: str = Field(default="", max_length=40)


class _Outer(BaseModel):
    title: str = Field(default="", max_length=30)
    items: list[_Inner] = Field(default_factory=list, max_length=2)
    inner: _Inner | None = None
    free: str = ""


def test_a_long_text_is_cut_at_its_last_sentence_that_fits():
    text = "The pilot slipped a week. Labels came late, and the vendor changed twice in November."
    assert cut_text(text, 40) == "The pilot slipped a week."


def test_a_text_with_no_sentence_end_is_cut_at_a_clause_then_a_word():
    assert cut_text("first clause here, second clause goes on and on", 30) == "first clause here"
    assert cut_text("onewordafteranother and more words", 25) == "onewordafteranother and"


def test_nested_models_and_lists_are_fitted_and_other_fields_kept():
    data = {
        "title": "Budget ask for labelling, and a note on timing",
        "items": [{"note": "x" * 50}, {"note": "ok"}, {"note": "third"}],
        "inner": {"note": "short"},
        "free": "y" * 500,
    }
    fitted = _Outer.model_validate(fit_to(_Outer, data))
    assert fitted.title == "Budget ask for labelling"
    assert len(fitted.items) == 2 and len(fitted.items[0].note) <= 40
    assert fitted.inner.note == "short" and len(fitted.free) == 500
