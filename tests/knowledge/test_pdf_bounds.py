"""PDF ingestion is bounded: pages that share one content stream are read once, and a PDF with too many pages,
too much text or too slow to read is skipped with a reason, so one small file cannot hold the ingest lock."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

import knowledge.chunking as chunking
from knowledge.chunking import SkipFile, read_document

pytestmark = pytest.mark.timeout(120)
LINE = b"BT /F1 12 Tf 72 712 Td (Escalate after two hours stuck) Tj ET\n"


def shared_stream_pdf(path: Path, pages: int, ops: bytes) -> Path:
    """A PDF whose every page draws the same (large) content stream."""
    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                                NameObject("/Subtype"): NameObject("/Type1"),
                                                NameObject("/BaseFont"): NameObject("/Helvetica")}))
    stream = DecodedStreamObject()
    stream.set_data(ops)
    shared = writer._add_object(stream)
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = shared
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_pages_sharing_one_stream_are_read_once(tmp_path):
    pdf = shared_stream_pdf(tmp_path / "small.pdf", 300, LINE * 1500)
    assert pdf.stat().st_size < 200_000
    started = time.monotonic()
    text = read_document(pdf)
    assert time.monotonic() - started < 30
    assert "Escalate after two hours stuck" in text


def test_too_many_pages_is_skipped_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(chunking, "MAX_PDF_PAGES", 50)
    writer = PdfWriter()
    for _ in range(51):
        writer.add_blank_page(612, 792)
    path = tmp_path / "long.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(SkipFile, match="51 pages; the limit is 50"):
        read_document(path)


def test_too_much_text_or_time_is_skipped_with_a_reason(tmp_path, monkeypatch):
    pdf = shared_stream_pdf(tmp_path / "wordy.pdf", 1, LINE * 200)
    monkeypatch.setattr(chunking, "MAX_PDF_CHARS", 1000)
    with pytest.raises(SkipFile, match="more than 1,000 characters"):
        read_document(pdf)
    monkeypatch.setattr(chunking, "MAX_PDF_CHARS", 10**9)
    monkeypatch.setattr(chunking, "PDF_SECONDS", 0.0)
    with pytest.raises(SkipFile, match="took longer than"):
        read_document(pdf)
