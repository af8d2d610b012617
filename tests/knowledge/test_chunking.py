"""Reading and chunking a team's documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.chunking import MAX_CHUNK_CHARS, SkipFile, chunk_text, html_to_text, read_document


def test_chunks_follow_headings_with_their_trail() -> None:
    text = "intro line\n# Guide\nabout\n## Setup\nstep one\n## Use\nstep two\n# Other\nend"
    chunks = chunk_text(text)
    assert [(c.heading, c.text) for c in chunks] == [
        ("", "intro line"),
        ("Guide", "about"),
        ("Guide > Setup", "step one"),
        ("Guide > Use", "step two"),
        ("Other", "end"),
    ]


def test_long_sections_are_capped() -> None:
    paragraph = "This sentence is about on-call rotations and pages. " * 10
    text = "# Long\n" + "\n\n".join([paragraph] * 8) + "\n\n" + "x" * 3000
    chunks = chunk_text(text)
    assert len(chunks) > 3
    assert all(len(c.text) <= MAX_CHUNK_CHARS for c in chunks)
    assert all(c.heading == "Long" for c in chunks)
    joined = "".join(c.text for c in chunks).replace("\n", "").replace(" ", "")
    assert joined.count("x") == 3000


def test_html_keeps_visible_text_and_headings() -> None:
    html = "<html><head><title>t</title><style>p{}</style></head><body><h2>Rota</h2><p>Swap &amp; cover</p>" \
           "<script>alert(1)</script></body></html>"
    assert html_to_text(html) == "## Rota\n\nSwap & cover"


def test_read_document_skips_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"abc\0def")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "img.png").write_bytes(b"\x89PNG")
    (tmp_path / "big.md").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    reasons = {}
    for path in sorted(tmp_path.iterdir()):
        with pytest.raises(SkipFile) as info:
            read_document(path)
        reasons[path.name] = str(info.value)
    assert reasons["empty.md"] == "empty file"
    assert reasons["bin.txt"] == "binary content"
    assert reasons["latin.txt"] == "not UTF-8 text"
    assert "unsupported" in reasons["img.png"]
    assert "larger than 5 MB" in reasons["big.md"]
    assert "PDF" in reasons["bad.pdf"]


def test_reads_a_real_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(_tiny_pdf("Escalate incidents to the on-call lead"))
    assert "Escalate incidents" in read_document(pdf)


def _tiny_pdf(text: str) -> bytes:
    """A minimal one-page PDF with one line of text (hand-built, no PDF library needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
