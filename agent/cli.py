"""The `lead` command line: one entry point that dispatches to the subcommands in `agent.commands`."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Lead Copilot uses no pydantic plugins; looking for them reads every installed package's entry points (10-20 ms).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from agent.deferred_imports import defer_unused_package_inits

defer_unused_package_inits()  # before anything imports LangGraph: a cold `lead ask` skips ~0.3 s of imports

from lead_core import regex_cache

regex_cache.install()  # before our modules compile their patterns: a cold `lead ask` skips ~0.3 s of compiling

from agent.commands import COMMAND_MODULES, COMMANDS
from lead_core.errors import LeadError, describe_validation_error

EMBEDDING_COMMANDS = frozenset({"ask", "chat", "retrieve"})  # commands whose first step will need the model
# Commands that only read the index and close what they write (the conversation) before `main` returns.
QUICK_EXIT_COMMANDS = EMBEDDING_COMMANDS

DESCRIPTION = """Lead Copilot: a leadership copilot for managers and tech leads of ML teams.

Start here:
  lead ask "My VP wants Priya off the fraud model on Monday. How do I respond?" --team examples/team.yaml
  lead chat --team examples/team.yaml        talk it through, resumable with --thread NAME
  lead ui                                    the app on http://127.0.0.1:7860
  lead whatif examples/whatif.yaml           compare switching strategies
"""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: with a known `command`, only the module that registers it (a command's run does not
    import the others'); otherwise every subcommand, for the help and for the error on an unknown one."""
    parser = argparse.ArgumentParser(
        prog="lead", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES:
        module = importlib.import_module(f"agent.commands.{name}")
        module.register(sub)
    return parser


def _storage_error(exc: OSError) -> Exception | None:
    from knowledge.errors import storage_error

    return storage_error(exc, exc.filename or os.environ.get("LEAD_HOME") or "LEAD_HOME")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the process exit code (0 ok, 1 failure, 2 user error, 130 interrupted)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words and words[0] in EMBEDDING_COMMANDS and not {"-h", "--help"} & set(words):
        from knowledge.embeddings import preload_encoder

        preload_encoder()  # first thing: the load overlaps every import that follows
    parser = build_parser(words[0] if words else None)
    args = parser.parse_args(words)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        code = args.func(args)
        return int(code or 0)
    except KeyboardInterrupt:
        print("Interrupted; nothing was lost (re-run the command to continue).", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # boundary: the CLI's top level, one line and an exit code
        from pydantic import ValidationError

        if isinstance(exc, ValidationError):
            print(f"error: {describe_validation_error(exc)}", file=sys.stderr)
            return 2
        if isinstance(exc, LeadError):
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if isinstance(exc, OSError) and (storage := _storage_error(exc)) is not None:
            print(f"error: {storage}", file=sys.stderr)  # a read-only or full LEAD_HOME is the user's to fix
            return 2
        if os.environ.get("LEAD_DEBUG"):
            raise
        print(
            f"error: unexpected {exc.__class__.__name__}: {exc}. Re-run with LEAD_DEBUG=1 for details.",
            file=sys.stderr,
        )
        return 1


def entry() -> None:
    """Console-script entry point."""
    code = main()
    if sys.argv[1:2] and sys.argv[1] in QUICK_EXIT_COMMANDS:
        exit_without_teardown(code)
    sys.exit(code)


def exit_without_teardown(code: int) -> None:
    """End the process once its output is out, skipping the interpreter's teardown (freeing every module and
    the model took 0.2-0.4 s of a cold `lead ask`). Like a normal exit, it first waits for running threads."""
    import logging
    import threading

    regex_cache.save()  # the exit below skips atexit
    embeddings = sys.modules.get("knowledge.embeddings")
    if embeddings is not None:
        embeddings.shutdown_workers()  # idle pool workers would be waited on for ever
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can be written anyway
    os._exit(code)


if __name__ == "__main__":
    entry()
