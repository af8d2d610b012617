"""Subcommands of the `lead` CLI, one module per area; each exposes `register(subparsers)`.

Command modules import heavy dependencies (Chroma, Gradio, NumPy) inside their handlers so that
`lead --help` and argument errors stay fast. `COMMANDS` says which module registers each command, so a
command's run registers only its own module.
"""

COMMANDS = {
    "index": "index", "ingest": "index", "retrieve": "index",
    "simulate": "forecast", "whatif": "forecast",
    "archetype": "people", "triage": "people", "agenda": "people", "draft": "people", "lint": "people",
    "ask": "ask", "chat": "ask",
    "rehearse": "rehearse",
    "ui": "ui", "feedback": "ui",
    "eval": "eval",
    "doctor": "doctor",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
