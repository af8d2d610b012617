"""The parts of speech lemminflect's English dictionary gives each word (NOUN, VERB, ADV...), for telling everyday
words from names. Reading its 70,000-word gzip table through the library takes about 0.12 s, once per process and
on nearly every question; the classes alone are kept as a plain list in the user cache folder (beside the first
names), keyed by the table's path, size and modification time, and read back in about 20 ms."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from agent.understanding.first_names import cache_path, write_list

CACHE_PREFIX = "word-classes-"


def data_file() -> Path:
    """lemminflect's word table, where the installed package keeps it."""
    from lemminflect import config

    return Path(config.lemma_lu_fn).resolve()


def read_classes() -> dict[str, frozenset[str]]:
    """Every word the dictionary knows, lower case, with the classes `lemminflect.getAllLemmas` gives it: the
    table's and the overrides', merged as that function merges them (it looks words up in lower case, so the
    table's capitalised proper nouns are never found and are left out)."""
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()  # its tables, read once here; `getAllLemmas` would deep-copy them word by word
    table, overrides = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    words = {word for word in table.keys() | overrides.keys() if word == word.lower()}
    return {word: frozenset(table.get(word, {})) | frozenset(overrides.get(word, {})) for word in words}


def _parse(text: str) -> dict[str, frozenset[str]]:
    shared: dict[str, frozenset[str]] = {}  # about 30 distinct sets of classes for 70,000 words
    table = {}
    for line in text.split("\n"):
        word, _, found = line.partition("\t")
        table[word] = shared.setdefault(found, frozenset(found.split(",")) if found else frozenset())
    return table


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """Each known word's classes: from the cache when it matches the installed table, else read and cached."""
    path = cache_path(data_file(), CACHE_PREFIX)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if text:
        return _parse(text)
    classes = read_classes()
    write_list(path, "\n".join(f"{word}\t{','.join(sorted(found))}" for word, found in sorted(classes.items())))
    return classes


def classes_of(word: str) -> frozenset[str]:
    """The parts of speech English gives a word (empty when the dictionary does not know it)."""
    return word_classes().get(word.casefold().lower(), frozenset())
