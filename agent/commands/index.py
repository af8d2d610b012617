"""`lead index status|rebuild`, `lead ingest` (add a team's documents) and `lead retrieve` (search the guidance)."""

from __future__ import annotations

import argparse
import sys

from agent.commands.common import print_json
from knowledge.corpus import USE_FOR
from lead_core.errors import UserError

INDEX_HELP = """Inspect or rebuild the guidance index (built automatically on first use).

Examples:
  lead index status             what is indexed, where, and whether it is current
  lead index status --ensure    build the index if it is missing or stale
  lead index rebuild            build a new index aside (the built-in guidance and the
                                documents added with `lead ingest`), then swap it in
"""

INGEST_HELP = """Add your team's own documents (Markdown, text, HTML, PDF) to the guidance index.

Re-running is safe: unchanged files are skipped, changed files replace their old passages.

Examples:
  lead ingest docs/playbooks
  lead ingest docs/ notes/oncall.md --prune     also drop passages of files that are gone
"""

RETRIEVE_HELP = """Search the guidance the way the copilot does (hybrid dense + BM25 by default).

Examples:
  lead retrieve "my VP wants someone moved off a model that is two weeks from done"
  lead retrieve "how often should I meet my reports" -k 3 --use-for one_on_one --json
"""



def register(sub) -> None:
    """Register `index`, `ingest` and `retrieve`."""
    raw = argparse.RawDescriptionHelpFormatter
    index = sub.add_parser("index", help="inspect or rebuild the guidance index", description=INDEX_HELP,
                           formatter_class=raw)
    isub = index.add_subparsers(dest="index_command", metavar="ACTION")
    status = isub.add_parser("status", help="show what is indexed and whether it is current")
    status.add_argument("--ensure", action="store_true", help="build the index if it is missing or stale")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(func=run_status)
    rebuild = isub.add_parser("rebuild", help="rebuild the index; documents added with `lead ingest` are re-ingested")
    rebuild.add_argument("--json", action="store_true", help="print the result as JSON")
    rebuild.set_defaults(func=run_rebuild)
    index.set_defaults(func=lambda args: _index_help(index))

    ingest = sub.add_parser("ingest", help="add your own documents to the index", description=INGEST_HELP,
                            formatter_class=raw)
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    ingest.add_argument("--prune", action="store_true", help="remove passages of files that no longer exist")
    ingest.add_argument("--json", action="store_true", help="print a JSON summary")
    ingest.set_defaults(func=run_ingest)

    retrieve = sub.add_parser("retrieve", help="search the guidance", description=RETRIEVE_HELP,
                              formatter_class=raw)
    retrieve.add_argument("query", help="what you want guidance on")
    retrieve.add_argument("-k", type=int, default=5, help="number of passages (default 5)")
    retrieve.add_argument("--mode", choices=("hybrid", "dense", "bm25"), default="hybrid",
                          help="retrieval mode (default hybrid)")
    retrieve.add_argument("--use-for", action="append", choices=USE_FOR, metavar="TAG",
                          help=f"only cards tagged for this use (repeatable): {', '.join(USE_FOR)}")
    retrieve.add_argument("--topic", action="append", help="only cards with this topic (repeatable)")
    retrieve.add_argument("--json", action="store_true",
                          help='print a JSON list of {"id","card_id","title","source","text","score"}')
    retrieve.set_defaults(func=run_retrieve)


def _index_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Print the index status."""
    from knowledge.ingest import index_status

    status = index_status(ensure=args.ensure)
    if args.json:
        print_json(status)
        return 0
    if not status["exists"]:
        print(f"No index yet at {status['location']}; run `lead index status --ensure` or just ask a question.")
        return 0
    state = {"fresh": "fresh", "stale": "stale (run `lead index status --ensure` to update)"}[status["state"]]
    if status["built_now"]:
        state += ", built now"
    print(f"collection       {status['collection']} ({status['backend']})")
    print(f"location         {status['location']}")
    print(f"embedding model  {status['embedding_model']}")
    print(f"passages         {status['passages']} ({status['builtin_passages']} built-in, "
          f"{status['ingested_passages']} from {status['ingested_files']} ingested file(s))")
    print(f"built-in corpus  {state}")
    return 0


def run_rebuild(args: argparse.Namespace) -> int:
    """Rebuild the index from the built-in corpus and re-ingest the team's documents it held."""
    from knowledge.ingest import rebuild_index

    def on_skip(path: str, reason: str) -> None:
        print(f"skipped {path}: {reason}", file=sys.stderr)

    report = rebuild_index(on_skip=on_skip)
    if args.json:
        print_json(report.to_dict())
        return 0
    again = report.reingested
    restored = len(again.files_added) + len(again.files_replaced) + len(again.files_unchanged)
    line = f"Rebuilt the index with {report.builtin_passages} built-in passages"
    if restored:
        line += f" and re-ingested {restored} of your document(s) ({again.chunks_written} passages)"
    print(line + ".")
    for shown in report.missing:
        print(f"not re-ingested (file no longer exists): {shown}")
    if not report.recovered:
        print("The old index could not be read, so the list of your ingested documents could not be recovered; "
              "re-run `lead ingest` for them.")
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest files and folders."""
    from knowledge.ingest import ingest_paths

    def on_skip(path: str, reason: str) -> None:
        print(f"skipped {path}: {reason}", file=sys.stderr)

    report = ingest_paths(args.paths, prune=args.prune, on_skip=on_skip)
    # Every file given was skipped: nothing usable was found, which the user needs to fix.
    nothing_usable = bool(report.skipped) and not (report.files_added or report.files_replaced or report.files_unchanged)
    if args.json:
        print_json(report.to_dict())
        return 2 if nothing_usable else 0
    if nothing_usable:
        print("error: none of the given files could be ingested (see the reasons above); pass Markdown, text, HTML or PDF files.", file=sys.stderr)
        return 2
    print(
        f"Ingested {len(report.files_added)} new and {len(report.files_replaced)} changed file(s) "
        f"({report.chunks_written} passages); {len(report.files_unchanged)} unchanged, "
        f"{len(report.skipped)} skipped" + (f", {len(report.pruned)} pruned." if args.prune else ".")
    )
    return 0


def run_retrieve(args: argparse.Namespace) -> int:
    """Search and print passages."""
    from knowledge.retrieval import open_retriever

    if args.k < 1 or args.k > 50:
        raise UserError("-k must be between 1 and 50.")
    if not args.query.strip():
        raise UserError("Give a non-empty query.")
    retriever = open_retriever()
    passages = retriever.search(args.query, k=args.k, mode=args.mode, use_for=args.use_for, topics=args.topic)
    if args.json:
        print_json([p.to_dict() for p in passages])
        return 0
    if not passages:
        print("No matching guidance.")
        return 0
    for n, p in enumerate(passages, start=1):
        print(f"[{n}] {p.title}  ({p.id}, score {p.score:.4f})")
        print(f"    source: {p.source}")
        text = " ".join(p.text.split())
        print(f"    {text[:400]}{'...' if len(text) > 400 else ''}")
    return 0
