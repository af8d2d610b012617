"""The shipped vector pack: it covers every fixed text (this fails when it is stale), matches the model, and
texts found in it are never embedded again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import knowledge.embeddings as embeddings
from agent.intents import load_examples
from knowledge.corpus import corpus_passages
from knowledge.embeddings import VECTORS_DIR, embed_cached, embed_texts, read_pack, shipped_pack

STALE = "the shipped vectors are stale: run `python scripts/build_vectors.py` and commit knowledge/vectors/"


def _fixed_texts() -> list[str]:
    return [p.embed_text for p in corpus_passages()] + [e.text for e in load_examples()]


def test_pack_covers_every_builtin_passage_and_intent_example() -> None:
    pack = shipped_pack()
    missing = [text for text in _fixed_texts() if embeddings.text_key(text) not in pack.rows]
    assert missing == [], f"{len(missing)} texts missing; {STALE}"


def test_pack_vectors_equal_what_the_model_computes_now() -> None:
    texts = _fixed_texts()[::23]
    stored, misses = shipped_pack().lookup(texts)
    assert misses == []
    assert np.allclose(stored, embed_texts(texts), atol=1e-5), STALE


def test_texts_in_the_pack_do_not_load_the_model(monkeypatch) -> None:
    texts = [p.embed_text for p in corpus_passages()[:5]]

    def no_model():
        raise AssertionError("the model was loaded for texts that are in the pack")

    monkeypatch.setattr(embeddings, "get_local_encoder", no_model)
    assert embed_cached(texts).shape == (5, 384)
    with pytest.raises(AssertionError, match="model was loaded"):
        embed_cached(texts + ["a question nobody has asked before"])


def test_new_texts_are_embedded_and_mixed_in_order() -> None:
    known = corpus_passages()[0].embed_text
    new = "My VP wants a launch date I cannot promise."
    mixed = embed_cached([new, known, new])
    assert np.allclose(mixed[0], embed_texts([new])[0], atol=1e-5)
    assert np.allclose(mixed[1], shipped_pack().lookup([known])[0][0])
    assert np.array_equal(mixed[0], mixed[2])


def test_pack_made_with_another_model_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "vectors"
    shutil.copytree(VECTORS_DIR, folder)
    assert len(read_pack(folder).rows) == len(shipped_pack().rows)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["model_sha256"] = "0" * 64
    (folder / "manifest.json").write_text(json.dumps(manifest))
    assert read_pack(folder).rows == {}


def test_damaged_pack_is_ignored_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "vectors"
    shutil.copytree(VECTORS_DIR, folder)
    (folder / "vectors.npy").write_bytes(b"not numpy")
    assert read_pack(folder).rows == {}
    assert read_pack(tmp_path / "absent").rows == {}
