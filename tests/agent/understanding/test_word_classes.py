"""Word classes: the same classes lemminflect gives every word, read back from a cached list per copy of its table."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas
from lemminflect.core.Lemmatizer import Lemmatizer

from agent.understanding import word_classes as wc


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder and no table loaded in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    wc.word_classes.cache_clear()
    yield tmp_path
    wc.word_classes.cache_clear()


def _library_words() -> set[str]:
    lemmatizer = Lemmatizer()
    return set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())


def test_every_word_read_back_from_the_cache_has_the_librarys_classes(fresh):
    wc.word_classes()  # read from the library and written
    wc.word_classes.cache_clear()
    assert wc.cache_path(wc.data_file(), wc.CACHE_PREFIX).is_file()
    words = _library_words() | {"Here", "LATENCY", "priya", "xqzv", "deep-dive", ""}
    wrong = [w for w in words if wc.classes_of(w) != frozenset(getAllLemmas(w.casefold()))]
    assert not wrong, wrong[:10]


def test_everyday_words_and_names(fresh):
    assert wc.classes_of("Here") == {"ADV"} and wc.classes_of("may") == {"AUX", "VERB"}
    assert "NOUN" in wc.classes_of("Latency") and wc.classes_of("Priya") == frozenset()


def test_second_load_reads_the_cache_file(fresh):
    wc.word_classes()
    wc.cache_path(wc.data_file(), wc.CACHE_PREFIX).write_text("zork\tNOUN,VERB\nquux\tADV", encoding="utf-8")
    wc.word_classes.cache_clear()
    assert wc.classes_of("Zork") == {"NOUN", "VERB"} and wc.classes_of("here") == frozenset()


def test_unwritable_cache_folder_still_gives_the_classes(fresh, monkeypatch):
    blocker = fresh / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert wc.classes_of("here") == {"ADV"}
