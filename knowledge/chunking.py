"""Read a team's own documents (Markdown, text, HTML, PDF) and split them into heading-sized chunks.

Chunks follow headings and are capped at about 1,200 characters (split on paragraphs, then sentences),
so each stays near the embedding model's 256-token window and a search hit points at one topic.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from lead_core.errors import LeadError

MAX_CHUNK_CHARS = 1200
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PDF_PAGES = 2000
MAX_PDF_CHARS = 5_000_000
PDF_SECONDS = 60.0
SUPPORTED_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".rst", ".html", ".htm", ".pdf"}


class SkipFile(LeadError):
    """This file is not ingested; the message is the one-line reason."""


@dataclass(frozen=True)
class Chunk:
    """A piece of a document: the heading path it sits under and its text."""

    heading: str
    text: str


class _TextExtractor(HTMLParser):
    """Collect visible text, turning <h1>-<h6> into Markdown headings and blocks into paragraphs."""

    _BLOCKS = {"p", "div", "li", "br", "tr", "section", "article", "pre", "blockquote", "table", "ul", "ol"}
    _HIDDEN = {"script", "style", "head", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, headings kept as Markdown headings."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n[ \t]+", "\n", re.sub(r"\n{3,}", "\n\n", text)).strip()


def _contents_key(page: object) -> object:
    """Which stream objects a page draws (None when they are inline), so shared streams are recognised."""
    contents = page.get("/Contents")  # type: ignore[attr-defined]
    if hasattr(contents, "idnum") and not isinstance(contents.get_object(), list):
        return contents.idnum
    items = contents.get_object() if contents is not None else None
    if isinstance(items, list):
        ids = tuple(getattr(item, "idnum", None) for item in items)
        return ids if None not in ids else None
    return None


def _pdf_text(path: Path) -> str:
    """The text of a PDF, bounded: pages sharing one content stream are read once, and a file with too many pages,
    too much text or too slow to read is skipped (one small PDF must not hold the ingest lock for minutes)."""
    from pypdf import PdfReader

    deadline = time.monotonic() + PDF_SECONDS
    try:
        reader = PdfReader(str(path))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise SkipFile(f"PDF has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}, so split it")
        parts: list[str] = []
        seen: set[object] = set()
        total = 0
        for page in reader.pages:
            key = _contents_key(page)
            if key is not None:
                if key in seen:  # the same stream drawn again: its text is already in
                    continue
                seen.add(key)
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_PDF_CHARS:
                raise SkipFile(f"PDF has more than {MAX_PDF_CHARS:,} characters of text; split it")
            if time.monotonic() > deadline:
                raise SkipFile(f"PDF took longer than {PDF_SECONDS:g} s to read; it may be malformed")
            parts.append(text)
        return "\n\n".join(parts)
    except SkipFile:
        raise
    except Exception as exc:
        raise SkipFile(f"unreadable PDF ({exc.__class__.__name__})") from exc


def read_document(path: Path) -> str:
    """The text of a supported document; raises SkipFile with a reason for anything not ingestible."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SkipFile(f"unsupported file type '{suffix or path.name}'")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SkipFile(f"unreadable ({exc.strerror})") from exc
    if size == 0:
        raise SkipFile("empty file")
    if size > MAX_FILE_BYTES:
        raise SkipFile(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if suffix == ".pdf":
        text = _pdf_text(path)
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SkipFile(f"unreadable ({exc.strerror})") from exc
        if b"\0" in raw[:8192]:
            raise SkipFile("binary content")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SkipFile("not UTF-8 text") from None
        if suffix in (".html", ".htm"):
            text = html_to_text(text)
    if not text.strip():
        raise SkipFile("no text content")
    return text


def _split_long(text: str, limit: int) -> list[str]:
    """Split text on paragraphs, then sentences, then hard cuts so every piece fits the limit."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for unit in re.split(r"\n\s*\n", text):
        if len(unit) <= limit:
            pieces.append(unit)
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", unit):
            pieces.extend(sentence[i : i + limit] for i in range(0, len(sentence), limit))
    out: list[str] = []
    current = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if current and len(current) + 2 + len(piece) > limit:
            out.append(current)
            current = piece
        else:
            current = f"{current}\n\n{piece}" if current else piece
    if current:
        out.append(current)
    return out


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    """Split text into chunks under Markdown headings, each at most max_chars long."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    trail: list[str] = []
    for line in text.splitlines():
        match = re.match(r"^(#{1,6})\s+(.*\S)\s*$", line)
        if match:
            level = len(match.group(1))
            trail = trail[: level - 1] + [match.group(2).strip("# ").strip()]
            sections.append((" > ".join(t for t in trail if t), []))
        else:
            sections[-1][1].append(line)
    chunks: list[Chunk] = []
    for heading, lines in sections:
        body = "\n".join(lines).strip()
        if not body:
            continue
        for piece in _split_long(body, max_chars):
            chunks.append(Chunk(heading=heading, text=piece))
    return chunks
