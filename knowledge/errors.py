"""Errors the knowledge layer raises for problems a user can fix (missing model, bad index, bad path)."""


class KnowledgeError(Exception):
    """A problem with the index, the model files or an ingested document, explained in one sentence."""
