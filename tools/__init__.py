"""Deterministic tools: pure typed functions over pydantic models (no LangChain, Gradio or network)."""
