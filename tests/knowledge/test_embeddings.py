"""Local MiniLM embeddings: shape, normalisation, batching, semantics, and model-file integrity checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from knowledge.embeddings import DIMENSIONS, ModelFiles, embed_texts, locate_model_files, verify_model_files
from knowledge.errors import KnowledgeError

SENTENCES = [
    "My engineer is two weeks from finishing the fraud model.",
    "She is almost done with the model and needs two more weeks.",
    "The cafeteria serves soup on Tuesdays.",
]


def test_vectors_are_unit_norm_and_384_dimensional() -> None:
    vectors = embed_texts(SENTENCES)
    assert vectors.shape == (3, DIMENSIONS) == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_batch_result_equals_single_results() -> None:
    batch = embed_texts(SENTENCES + ["short", "a much longer sentence " * 20])
    for i, text in enumerate(SENTENCES + ["short", "a much longer sentence " * 20]):
        assert np.allclose(batch[i], embed_texts([text])[0], atol=1e-5)


def test_similar_sentences_are_closer_than_unrelated_ones() -> None:
    a, b, c = embed_texts(SENTENCES)
    assert float(a @ b) > float(a @ c) + 0.2


def test_empty_input_gives_empty_matrix() -> None:
    assert embed_texts([]).shape == (0, DIMENSIONS)


def test_corrupt_model_file_is_reported(tmp_path: Path) -> None:
    files = locate_model_files()
    copy = tmp_path / "model.onnx"
    shutil.copyfile(files.model, copy)
    data = bytearray(copy.read_bytes())
    for pos in (100, len(data) // 2, len(data) - 10):
        data[pos] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(KnowledgeError, match="corrupt"):
        verify_model_files(ModelFiles(model=copy, tokenizer=files.tokenizer))


def test_missing_model_file_is_reported(tmp_path: Path) -> None:
    files = locate_model_files()
    with pytest.raises(KnowledgeError, match="missing"):
        verify_model_files(ModelFiles(model=tmp_path / "absent.onnx", tokenizer=files.tokenizer))
    verify_model_files(files)  # the installed files pass


def test_optimised_graph_is_cached_and_a_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch) -> None:
    from knowledge.embeddings import MiniLMEncoder, optimized_model_path

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cached = optimized_model_path()
    assert not cached.exists()
    reference = MiniLMEncoder(locate_model_files()).encode(SENTENCES)
    assert cached.is_file() and cached.stat().st_size > 1_000_000
    assert np.allclose(MiniLMEncoder(locate_model_files()).encode(SENTENCES), reference, atol=1e-6)
    cached.write_bytes(b"damaged")
    assert np.allclose(MiniLMEncoder(locate_model_files()).encode(SENTENCES), reference, atol=1e-6)
    assert cached.stat().st_size > 1_000_000
    assert not [p for p in cached.parent.iterdir() if p.name.endswith(".tmp")]


def test_many_texts_embedded_in_parallel_match_one_by_one() -> None:
    texts = [f"{SENTENCES[i % 3]} Item {i}." for i in range(23)]
    together = embed_texts(texts)
    assert np.allclose(together, np.vstack([embed_texts([t]) for t in texts]), atol=1e-5)


def test_preloading_shares_one_encoder_and_leaves_errors_to_the_real_call(monkeypatch) -> None:
    import knowledge.embeddings as embeddings

    embeddings._local_encoder.cache_clear()
    thread = embeddings.preload_encoder()
    encoder = embeddings.get_local_encoder()
    thread.join(timeout=120)
    assert embeddings.get_local_encoder() is encoder

    def missing():
        raise KnowledgeError("The embedding package is not installed.")

    embeddings._local_encoder.cache_clear()
    monkeypatch.setattr(embeddings, "locate_model_files", missing)
    embeddings.preload_encoder().join(timeout=60)
    with pytest.raises(KnowledgeError, match="not installed"):
        embeddings.get_local_encoder()
    monkeypatch.undo()
    embeddings._local_encoder.cache_clear()


def test_groups_embedded_ahead_match_each_group_embedded_alone() -> None:
    from knowledge.embeddings import get_local_encoder

    groups = [[f"{SENTENCES[(i + g) % 3]} Item {i}." for i in range(size)] for g, size in enumerate((9, 0, 1, 14))]
    streamed = list(get_local_encoder().encode_groups(groups))
    assert [len(vectors) for vectors in streamed] == [9, 0, 1, 14]
    for group, vectors in zip(groups, streamed):
        assert np.allclose(vectors, embed_texts(group), atol=1e-5)


def test_stopping_early_leaves_the_encoder_usable() -> None:
    from knowledge.embeddings import get_local_encoder

    stream = get_local_encoder().encode_groups([[f"text {i}" for i in range(40)], [f"more {i}" for i in range(40)]])
    next(stream)
    stream.close()
    assert np.allclose(embed_texts(SENTENCES), embed_texts(SENTENCES[:1] + SENTENCES[1:]), atol=1e-5)
