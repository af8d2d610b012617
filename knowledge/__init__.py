"""Knowledge layer: the guidance corpus, local embeddings, Chroma storage, ingestion and hybrid retrieval."""
