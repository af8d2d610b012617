"""`lead ui` starts the Gradio app; `lead feedback export FILE` turns rated answers into eval cases."""

from __future__ import annotations

import argparse


def register(sub) -> None:
    """Register `lead ui` and `lead feedback export`."""
    ui = sub.add_parser(
        "ui", help="start the app (http://127.0.0.1:7860 by default)",
        description="Start the Lead Copilot app. LEAD_UI_HOST/LEAD_UI_PORT choose the address; "
                    "listening beyond this machine requires LEAD_UI_AUTH=user:password.",
    )
    ui.add_argument("--host", help="address to bind (default LEAD_UI_HOST or 127.0.0.1)")
    ui.add_argument("--port", type=int, help="port (default LEAD_UI_PORT or 7860)")
    ui.add_argument("--team", help="team file to edit and use (default LEAD_TEAM or LEAD_HOME/team.yaml)")
    ui.set_defaults(func=run_ui)

    fb = sub.add_parser("feedback", help="rated answers from the app", description="Work with 👍/👎 ratings given in the app.")
    fb_sub = fb.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    export = fb_sub.add_parser(
        "export", help="write rated answers as eval cases (YAML)",
        description="Write every rated answer as a YAML list of {question, answer, rating, comment, thread_id, "
                    "created_at}, so thumbs-down answers become regression cases.",
    )
    export.add_argument("file", help="where to write the YAML (replaced atomically)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists (or is a symlink)")
    export.set_defaults(func=run_feedback_export)


def _settings(args: argparse.Namespace):
    from lead_core.settings import load_settings

    overrides = {}
    if getattr(args, "host", None):
        overrides["ui_host"] = args.host
    if getattr(args, "port", None):
        overrides["ui_port"] = args.port
    if getattr(args, "team", None):
        overrides["team"] = args.team
    return load_settings(**overrides)


def run_ui(args: argparse.Namespace) -> int:
    """Check the address and password rules, then serve the app until interrupted."""
    from ui.server import check_bind, launch

    settings = _settings(args)
    check_bind(settings)  # refuse before importing anything heavy
    launch(settings)
    return 0


def run_feedback_export(args: argparse.Namespace) -> int:
    """Export the feedback store to a YAML file of eval cases."""
    from agent.commands.common import check_output_path
    from lead_core.settings import load_settings
    from ui.feedback import FeedbackStore, export_cases

    check_output_path(args.file, force=args.force)
    settings = load_settings()
    count = export_cases(FeedbackStore(settings.feedback_db), args.file)
    print(f"Wrote {count} rated answer(s) to {args.file}.")
    return 0
