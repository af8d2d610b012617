"""Subcommands of the `lead` CLI, one module per area; each exposes `register(subparsers)`.

Command modules import heavy dependencies (Chroma, Gradio, NumPy) inside their handlers so that
`lead --help` and argument errors stay fast.
"""

COMMAND_MODULES = ("index", "forecast", "people", "ask", "rehearse", "ui", "eval", "doctor")
