"""Recompute the shipped vector pack (knowledge/vectors/) after the corpus or the intent examples change.

Run `python scripts/build_vectors.py`; tests/knowledge/test_vector_pack.py fails while the pack is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.intents import load_examples
from knowledge.corpus import corpus_passages
from knowledge.embeddings import VECTORS_DIR, write_pack


def shipped_texts() -> list[str]:
    """Every fixed text embedded at run time: built-in passages and the intent classifier's examples."""
    return [p.embed_text for p in corpus_passages()] + [e.text for e in load_examples()]


def main() -> int:
    count = write_pack(shipped_texts())
    print(f"wrote {count} vectors to {VECTORS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
