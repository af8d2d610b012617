"""The Chat tab: the conversation list (rename, delete), the chat with example buttons, the box to correct
what the copilot understood and re-run the question, and comments on ratings. Each answer opens at its top."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ui.chat import EXAMPLES
from ui.context import AppContext
from ui.understood import correctable, current_text

# After a turn, show the last question at the top of the chat so the answer is read from its first line.
SCROLL_TO_ANSWER = """
() => {
  const chat = document.querySelector('#chatbot');
  if (!chat) return [];
  const rows = chat.querySelectorAll('.message-row.user-row, [data-testid="user"]');
  const last = rows[rows.length - 1];
  if (!last) return [];
  let box = last.parentElement;
  while (box && box !== chat && !(box.scrollHeight > box.clientHeight + 4 && getComputedStyle(box).overflowY !== 'visible')) {
    box = box.parentElement;
  }
  if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  return [];
}
"""

# When a question is sent, bring it and the "thinking" line into view (the chat does not follow the stream).
SCROLL_TO_QUESTION = """
() => {
  setTimeout(() => {
    const chat = document.querySelector('#chatbot');
    const box = chat && chat.querySelector('.bubble-wrap');
    if (box) box.scrollTop = box.scrollHeight;
  }, 400);
  return [];
}
"""


def build(ctx: AppContext) -> None:
    """Lay out the Chat tab and wire its events."""
    chat = ctx.chat
    with gr.Tab("Chat", id="chat"):
        with gr.Row(equal_height=True):
            ctx.threads = gr.Dropdown(label="Conversations", choices=[], value=None, scale=4, interactive=True,
                                      allow_custom_value=False, elem_id="conversations")
            new_btn = gr.Button("New conversation", scale=1, elem_id="new-conversation")
        with gr.Accordion("Rename or delete this conversation", open=False, elem_id="manage-conversation"):
            with gr.Row(equal_height=True):
                new_title = gr.Textbox(placeholder="New name", show_label=False, scale=4, elem_id="conversation-title")
                rename_btn = gr.Button("Rename", scale=1, elem_id="rename-conversation")
                delete_btn = gr.Button("Delete", variant="stop", scale=1, elem_id="delete-conversation")
            manage_note = gr.Markdown(elem_id="manage-note")
        chatbot = gr.Chatbot(
            label="Lead Copilot", show_label=False, height=600, elem_id="chatbot", autoscroll=False,
            examples=[{"display_text": label, "text": text} for label, text in EXAMPLES],
            placeholder="**Ask about reprioritising work, stakeholder messages, 1-on-1s, triage or your ML org.** "
                        "Or pick an example below.",
            feedback_options=("Like", "Dislike"), buttons=["copy"],
        )
        with gr.Row(equal_height=True):
            box = gr.Textbox(placeholder="Ask a leadership question\u2026", show_label=False, scale=6,
                             lines=1, max_lines=8, elem_id="question")
            send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
        situation = gr.State({})
        corrections = gr.State({})
        with gr.Accordion("Correct what I understood", open=False, visible=False, elem_id="correct") as correct_box:
            with gr.Row(equal_height=True):
                fact = gr.Dropdown(label="Fact", choices=[], value=None, scale=2, elem_id="correct-fact")
                value = gr.Textbox(label="Corrected value", scale=3, elem_id="correct-value",
                                   placeholder="e.g. 3, 5, 8 (weeks), 60%, a name or a date")
                rerun = gr.Button("Re-run with this correction", variant="primary", scale=2, elem_id="correct-rerun")
        with gr.Accordion("Comment on your last rating", open=False):
            with gr.Row(equal_height=True):
                comment = gr.Textbox(placeholder="What was good or wrong about it? (optional)", show_label=False, scale=6)
                comment_btn = gr.Button("Save comment", scale=1)
        feedback_note = gr.Markdown()
        feedback_id = gr.State(None)
    _wire_turns(ctx, chatbot, box, send, situation, corrections, correct_box, fact, value, rerun)
    _wire_conversations(ctx, chatbot, box, new_btn, new_title, rename_btn, delete_btn, manage_note, correct_box)
    _wire_feedback(chat, ctx, chatbot, comment, comment_btn, feedback_note, feedback_id)


def _refresh(ctx: AppContext):
    def refresh_threads(thread_id: str | None, owner: str | None, request: gr.Request | None = None) -> Any:
        choices = ctx.chat.thread_choices(ctx.current_owner(owner, request))
        ids = {value for _, value in choices}
        return gr.Dropdown(choices=choices, value=thread_id if thread_id in ids else None)

    return refresh_threads


def _correct_panel(ctx: AppContext, facts: dict[str, Any]) -> list[Any]:
    """The correction box for the last answer: shown when the copilot can re-run with corrections."""
    choices = correctable(facts)
    show = bool(choices) and ctx.chat.supports_corrections()
    return [gr.Accordion(visible=show), gr.Dropdown(choices=choices, value=None), ""]


def _wire_turns(ctx: AppContext, chatbot, box, send, situation, corrections, correct_box, fact, value, rerun) -> None:
    chat = ctx.chat
    refresh_threads = _refresh(ctx)
    list_io = ([ctx.thread_state, ctx.owner_state], ctx.threads)
    panel = [correct_box, fact, value]

    def submit(message: str, history: list[Any], thread_id: str | None, team: Any, owner: str | None,
               request: gr.Request | None = None):
        """Ask the copilot; streams the chat history."""
        owner = ctx.current_owner(owner, request)
        for shown, text, tid, facts in chat.turn(message, history, thread_id, ctx.team_or_none(team), owner):
            yield shown, text, tid, facts, {}

    def after_turn(facts: dict[str, Any]) -> list[Any]:
        return _correct_panel(ctx, facts)

    turn_io = dict(inputs=[box, chatbot, ctx.thread_state, ctx.team_state, ctx.owner_state],
                   outputs=[chatbot, box, ctx.thread_state, situation, corrections])

    def finish(event: Any) -> None:
        event.then(refresh_threads, *list_io, queue=False).then(after_turn, situation, panel, queue=False).then(
            None, js=SCROLL_TO_ANSWER)

    finish(box.submit(submit, **turn_io, api_name="chat"))
    finish(send.click(submit, **turn_io, api_name=False))
    for trigger in (box.submit, send.click, chatbot.example_select):
        trigger(None, js=SCROLL_TO_QUESTION, queue=False, api_name=False)

    def pick_example(evt: gr.SelectData) -> str:
        value = evt.value
        return value.get("text", "") if isinstance(value, dict) else str(value)

    finish(chatbot.example_select(pick_example, None, box, queue=False).then(submit, **turn_io, api_name=False))

    def retry(history: list[Any], thread_id: str | None, team: Any, owner: str | None, data: gr.RetryData,
              request: gr.Request | None = None):
        yield from chat.retry(history, thread_id, ctx.session_team(team), data, ctx.current_owner(owner, request))

    chatbot.retry(retry, [chatbot, ctx.thread_state, ctx.team_state, ctx.owner_state], [chatbot, box, ctx.thread_state],
                  api_name=False)

    def undo(history: list[Any], thread_id: str | None, owner: str | None, data: gr.UndoData,
             request: gr.Request | None = None):
        return chat.undo(history, data, thread_id, ctx.current_owner(owner, request))

    chatbot.undo(undo, [chatbot, ctx.thread_state, ctx.owner_state], [chatbot, box], api_name=False, queue=False).then(
        refresh_threads, *list_io, queue=False)

    fact.input(current_text, [situation, fact], value, api_name=False, queue=False)

    def correct(history: list[Any], thread_id: str | None, team: Any, owner: str | None, name: str, text: str,
                earlier: dict[str, Any], request: gr.Request | None = None):
        owner = ctx.current_owner(owner, request)
        yield from chat.correct(history, thread_id, ctx.team_or_none(team), name, text, earlier, owner)

    finish(rerun.click(correct, [chatbot, ctx.thread_state, ctx.team_state, ctx.owner_state, fact, value, corrections],
                       [chatbot, box, ctx.thread_state, situation, corrections], api_name=False))


def _wire_conversations(ctx: AppContext, chatbot, box, new_btn, new_title, rename_btn, delete_btn, note,
                        correct_box) -> None:
    chat = ctx.chat
    refresh_threads = _refresh(ctx)
    list_io = ([ctx.thread_state, ctx.owner_state], ctx.threads)

    def resume(thread_id: str | None, owner: str | None, request: gr.Request | None = None):
        return chat.resume(thread_id, ctx.current_owner(owner, request))

    ctx.threads.input(resume, [ctx.threads, ctx.owner_state], [chatbot, ctx.thread_state], api_name=False)
    new_btn.click(lambda: (*chat.new_conversation(), None, gr.Accordion(visible=False)), None,
                  [chatbot, ctx.thread_state, box, ctx.threads, correct_box], api_name=False, queue=False)

    def rename(thread_id: str | None, title: str, owner: str | None, request: gr.Request | None = None):
        return chat.rename(thread_id, title, ctx.current_owner(owner, request)), ""

    rename_btn.click(rename, [ctx.threads, new_title, ctx.owner_state], [note, new_title], api_name=False).then(
        refresh_threads, *list_io, queue=False)

    def delete(thread_id: str | None, current: str | None, owner: str | None, request: gr.Request | None = None):
        status = chat.delete(thread_id, ctx.current_owner(owner, request))
        if thread_id and thread_id == current and status.startswith(("Conversation deleted", "Removed")):
            history, fresh, text = chat.new_conversation()
            return status, history, fresh, text
        return status, gr.update(), current, gr.update()

    delete_btn.click(delete, [ctx.threads, ctx.thread_state, ctx.owner_state], [note, chatbot, ctx.thread_state, box],
                     api_name=False).then(refresh_threads, *list_io, queue=False)


def _wire_feedback(chat, ctx: AppContext, chatbot, comment, comment_btn, feedback_note, feedback_id) -> None:
    def like(history: list[Any], thread_id: str | None, note: str, data: gr.LikeData):
        fid, text = chat.like(history, thread_id, note, data)
        return fid, text, ("" if fid is not None and note else note)

    chatbot.like(like, [chatbot, ctx.thread_state, comment], [feedback_id, feedback_note, comment], api_name=False)
    comment_btn.click(lambda fid, text: (chat.comment(fid, text), ""), [feedback_id, comment],
                      [feedback_note, comment], api_name=False)
