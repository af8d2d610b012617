"""The Gradio app layout: a banner, then Chat, Team, Planner, Org, Triage and 1-on-1 tabs wired to the
handlers in the sibling modules. Each browser session has its own thread id and its own team copy, and sees
only the conversations of its owner (its browser, or the logged-in user; see ui/threads.py)."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from agent.settings import Settings, load_settings  # noqa: E402
from ui import one_on_one, org, planner, team_tab, triage_tab  # noqa: E402
from ui.chat import EXAMPLES, ChatHandlers, new_thread_id  # noqa: E402
from ui.feedback import FeedbackStore  # noqa: E402
from ui.threads import (STORAGE_KEY, ThreadOwners, api_session_owner, db_path, is_browser_owner,  # noqa: E402
                        new_browser_owner, owner_for)

CONCURRENCY = 24
CSS = """
#banner {padding: 6px 12px; border-radius: 8px; background: var(--block-background-fill);}
"""


def theme() -> gr.themes.Base:
    """The Soft theme with system fonts, so the page fetches no web fonts."""
    return gr.themes.Soft(font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
                          font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"])


def launch_kwargs() -> dict[str, Any]:
    """Launch options shared by `lead ui`, the tests and the benchmark."""
    return {"theme": theme(), "css": CSS, "ssr_mode": False, "show_error": False, "mcp_server": False}


def _error(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return f"⚠️ {text}"


def build_app(copilot: Any = None, settings: Settings | None = None) -> gr.Blocks:
    """The whole app as a gr.Blocks (queue configured); `copilot` defaults to a real Copilot."""
    settings = settings or load_settings()
    if copilot is None:
        from agent.service import Copilot

        copilot = Copilot(settings)
    feedback = FeedbackStore(settings.feedback_db)
    owners = ThreadOwners(db_path(settings.home))
    chat = ChatHandlers(copilot, feedback, max_input_chars=settings.max_input_chars, owners=owners)
    team_file = team_tab.team_path(settings)

    def session_team(team: Any) -> Any:
        return team if team is not None else team_tab.load_session_team(settings)

    with gr.Blocks(title="Lead Copilot", analytics_enabled=False) as demo:
        thread_state = gr.State(None)
        team_state = gr.State(None)
        feedback_id = gr.State(None)
        owner_state = gr.State(None)  # this session's owner, set on load; API clients fall back to their session
        browser_owner = gr.BrowserState(None, storage_key=STORAGE_KEY, secret=owners.browser_secret())
        gr.Markdown(chat.banner(), elem_id="banner")

        with gr.Tabs():
            # ---------------------------------------------------------------- Chat
            with gr.Tab("Chat", id="chat"):
                with gr.Row():
                    threads = gr.Dropdown(label="Conversations", choices=[], value=None, scale=4, interactive=True,
                                          allow_custom_value=False)
                    new_btn = gr.Button("New conversation", scale=1)
                chatbot = gr.Chatbot(
                    label="Lead Copilot", height=560, elem_id="chatbot",
                    examples=[{"display_text": label, "text": text} for label, text in EXAMPLES],
                    placeholder="Ask about reprioritising work, stakeholder messages, 1-on-1s, triage or your ML org.",
                    feedback_options=("Like", "Dislike"), buttons=["copy"],
                )
                with gr.Row():
                    box = gr.Textbox(placeholder="Ask a leadership question…", show_label=False, scale=6,
                                     lines=1, max_lines=8, elem_id="question")
                    send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                with gr.Accordion("Comment on your last 👍/👎", open=False):
                    with gr.Row():
                        comment = gr.Textbox(placeholder="What was good or wrong about it? (optional)", show_label=False, scale=6)
                        comment_btn = gr.Button("Save comment", scale=1)
                feedback_note = gr.Markdown()

            # ---------------------------------------------------------------- Team
            with gr.Tab("Team", id="team"):
                gr.Markdown(f"Edit the team, then **Use in this session** or **Save to team file** (`{team_file}`). "
                            "Lists inside a cell are separated by `;`.")
                with gr.Row():
                    t_name = gr.Textbox(label="Team")
                    t_manager = gr.Textbox(label="Manager")
                    t_budget = gr.Number(label="Interruption budget (days/week)", minimum=0, maximum=100)
                people_df = gr.Dataframe(headers=team_tab.PEOPLE_COLUMNS, type="array", interactive=True,
                                         label="People", wrap=True, column_count=len(team_tab.PEOPLE_COLUMNS))
                projects_df = gr.Dataframe(headers=team_tab.PROJECT_COLUMNS, type="array", interactive=True,
                                           label="Projects", column_count=len(team_tab.PROJECT_COLUMNS))
                tasks_df = gr.Dataframe(headers=team_tab.TASK_COLUMNS, type="array", interactive=True,
                                        label="Tasks (working days)", column_count=len(team_tab.TASK_COLUMNS))
                inbox_df = gr.Dataframe(headers=team_tab.INBOX_COLUMNS, type="array", interactive=True,
                                        label="Inbox", wrap=True, column_count=len(team_tab.INBOX_COLUMNS))
                with gr.Row():
                    apply_btn = gr.Button("Use in this session")
                    save_btn = gr.Button("Save to team file", variant="primary")
                    reload_btn = gr.Button("Reload from file")
                team_status = gr.Markdown()

            # ---------------------------------------------------------------- Planner
            with gr.Tab("Planner", id="planner"):
                gr.Markdown("### Reprioritization what-if\nWhat happens to current and new work under each strategy?")
                with gr.Row():
                    w_person = gr.Dropdown(label="Person asked to switch", choices=[], elem_id="whatif-person")
                    w_low = gr.Number(label="New work: optimistic weeks", value=3, minimum=0.1)
                    w_likely = gr.Number(label="most likely weeks", value=5, minimum=0.1)
                    w_high = gr.Number(label="pessimistic weeks", value=8, minimum=0.1)
                    w_deadline = gr.Number(label="Deadline (weeks from now)", value=9, minimum=0.5)
                w_strategies = gr.CheckboxGroup(label="Strategies", choices=planner.strategy_choices(),
                                                value=planner.strategy_choices())
                w_btn = gr.Button("Run what-if", variant="primary", elem_id="run-whatif")
                w_plot = gr.Plot(label="Completion time by strategy", elem_id="whatif-plot")
                w_table = gr.Dataframe(label="Figures", interactive=False, wrap=True)
                w_note = gr.Markdown()
                gr.Markdown("### Plan forecast")
                with gr.Row():
                    f_project = gr.Dropdown(label="Project", choices=[])
                    f_btn = gr.Button("Forecast", variant="primary")
                f_plot = gr.Plot(label="Completion forecast")
                f_table = gr.Dataframe(label="Forecast", headers=["measure", "value", "date"], interactive=False, wrap=True)
                f_note = gr.Markdown()
                with gr.Row():
                    m_audience = gr.Dropdown(label="Message for", choices=planner.audience_choices(), value="product")
                    m_btn = gr.Button("Draft stakeholder message from the forecast shown")
                m_text = gr.Textbox(label="Draft message", lines=10, buttons=["copy"])
                last_forecast = gr.State(None)

            # ---------------------------------------------------------------- Org
            with gr.Tab("Org", id="org"):
                gr.Markdown("### What kind of ML organization are you?\nAnswer what you know; leave the rest as "
                            "“don't know”. A description fills in what it can.")
                questions = org.questionnaire()
                dropdowns = []
                with gr.Row():
                    for _name, question, choices in questions:
                        dropdowns.append(gr.Dropdown(label=question, choices=choices, value=org.UNKNOWN, min_width=220))
                o_desc = gr.Textbox(label="Describe how ML is organized (optional)", lines=3)
                o_btn = gr.Button("Score", variant="primary")
                o_plot = gr.Plot(label="Archetype scores")
                o_md = gr.Markdown()

            # ---------------------------------------------------------------- Triage
            with gr.Tab("Triage", id="triage"):
                gr.Markdown("### Triage the inbox\nDecisions for every request in the team's inbox (edit it in the Team tab).")
                with gr.Row():
                    tr_capacity = gr.Number(label="Days you can absorb yourself this week", value=1, minimum=0, maximum=20)
                    tr_btn = gr.Button("Triage inbox", variant="primary")
                tr_summary = gr.Markdown()
                tr_table = gr.Dataframe(headers=triage_tab.TRIAGE_COLUMNS, interactive=False, wrap=True, label="Decisions",
                                        column_widths=["7%", "20%", "11%", "6%", "7%", "26%", "23%"])

            # ---------------------------------------------------------------- 1-on-1
            with gr.Tab("1-on-1", id="one-on-one"):
                with gr.Row():
                    a_person = gr.Dropdown(label="Person", choices=[], elem_id="agenda-person")
                    a_minutes = gr.Slider(label="Minutes", minimum=15, maximum=90, step=5, value=30)
                    a_btn = gr.Button("Build agenda", variant="primary", elem_id="build-agenda")
                a_md = gr.Markdown()
                a_download = gr.DownloadButton("Download agenda (.md)", visible=False, elem_id="download-agenda")

        # ------------------------------------------------------------------ wiring
        def team_outputs(team: Any) -> list[Any]:
            tables = team_tab.team_to_tables(team)
            people = [p.name for p in team.people]
            projects = [p.name for p in team.projects]
            first = people[0] if people else None
            return [
                tables["team"], tables["manager"], tables["budget"], tables["people"], tables["projects"],
                tables["tasks"], tables["inbox"],
                gr.Dropdown(choices=people, value=first), gr.Dropdown(choices=projects, value=projects[0] if projects else None),
                gr.Dropdown(choices=people, value=first),
            ]

        team_widgets = [t_name, t_manager, t_budget, people_df, projects_df, tasks_df, inbox_df, w_person, f_project, a_person]

        def session_owner(stored: Any, request: gr.Request | None) -> tuple[str | None, Any]:
            """(owner, value to keep in the browser): the user when logged in, else the browser's own id."""
            browser = stored if is_browser_owner(stored) else new_browser_owner()
            return current_owner(browser, request), browser

        def current_owner(owner: str | None, request: gr.Request | None) -> str | None:
            """The owner of this event; turns the page sent before its owner was known are handed over to it."""
            resolved = owner_for(owner, request)
            session = api_session_owner(request)
            if resolved and session and resolved != session:
                owners.adopt(session, resolved)
            return resolved

        def on_load(stored: Any = None, request: gr.Request | None = None) -> list[Any]:
            owner, browser = session_owner(stored, request)
            team = None
            note = ""
            try:
                team = team_tab.load_session_team(settings)
                outs = team_outputs(team)
            except Exception as exc:  # noqa: BLE001 - a bad team file must not break the page
                note = _error(exc)
                outs = [gr.update()] * len(team_widgets)
            return [new_thread_id(), team, gr.Dropdown(choices=chat.thread_choices(owner), value=None), note, *outs,
                    browser, owner]

        demo.load(on_load, browser_owner, [thread_state, team_state, threads, team_status, *team_widgets,
                                           browser_owner, owner_state], queue=False)

        def on_browser_owner(stored: Any, thread_id: str | None, request: gr.Request | None = None) -> list[Any]:
            """The browser's stored owner id arrived (or changed): use it and list its conversations."""
            if not is_browser_owner(stored):
                return [gr.update(), gr.update()]
            owner = current_owner(stored, request)
            return [owner, refresh_threads(thread_id, owner, request)]

        browser_owner.change(on_browser_owner, [browser_owner, thread_state], [owner_state, threads], queue=False,
                             api_name=False)

        # chat
        def submit(message: str, history: list[Any], thread_id: str | None, team: Any, owner: str | None,
                   request: gr.Request | None = None):
            """Ask the copilot; streams the chat history."""
            yield from chat.respond(message, history, thread_id, _team_or_none(team), current_owner(owner, request))

        def _team_or_none(team: Any) -> Any:
            try:
                return session_team(team)
            except Exception:  # noqa: BLE001 - the chat works without a team file
                return None

        def refresh_threads(thread_id: str | None, owner: str | None, request: gr.Request | None = None) -> Any:
            choices = chat.thread_choices(current_owner(owner, request))
            ids = {value for _, value in choices}
            return gr.Dropdown(choices=choices, value=thread_id if thread_id in ids else None)

        chat_io = dict(inputs=[box, chatbot, thread_state, team_state, owner_state], outputs=[chatbot, box, thread_state])
        list_io = ([thread_state, owner_state], threads)
        box.submit(submit, **chat_io, api_name="chat").then(refresh_threads, *list_io, queue=False)
        send.click(submit, **chat_io, api_name=False).then(refresh_threads, *list_io, queue=False)

        def pick_example(evt: gr.SelectData) -> str:
            value = evt.value
            return value.get("text", "") if isinstance(value, dict) else str(value)

        chatbot.example_select(pick_example, None, box, queue=False).then(
            submit, **chat_io, api_name=False).then(refresh_threads, *list_io, queue=False)

        def retry(history: list[Any], thread_id: str | None, team: Any, owner: str | None, data: gr.RetryData,
                  request: gr.Request | None = None):
            yield from chat.retry(history, thread_id, session_team(team), data, current_owner(owner, request))

        chatbot.retry(retry, [chatbot, thread_state, team_state, owner_state], [chatbot, box, thread_state],
                      api_name=False)

        def undo(history: list[Any], thread_id: str | None, owner: str | None, data: gr.UndoData,
                 request: gr.Request | None = None):
            return chat.undo(history, data, thread_id, current_owner(owner, request))

        chatbot.undo(undo, [chatbot, thread_state, owner_state], [chatbot, box], api_name=False, queue=False).then(
            refresh_threads, *list_io, queue=False)

        def like(history: list[Any], thread_id: str | None, note: str, data: gr.LikeData):
            fid, text = chat.like(history, thread_id, note, data)
            return fid, text, ("" if fid is not None and note else note)

        chatbot.like(like, [chatbot, thread_state, comment], [feedback_id, feedback_note, comment], api_name=False)
        comment_btn.click(lambda fid, text: (chat.comment(fid, text), ""), [feedback_id, comment],
                          [feedback_note, comment], api_name=False)
        def resume(thread_id: str | None, owner: str | None, request: gr.Request | None = None):
            return chat.resume(thread_id, current_owner(owner, request))

        threads.input(resume, [threads, owner_state], [chatbot, thread_state], api_name=False)
        new_btn.click(lambda: (*chat.new_conversation(), None), None, [chatbot, thread_state, box, threads],
                      api_name=False, queue=False)

        # team
        def apply(*tables: Any):
            try:
                team = team_tab.apply_tables(*tables)
            except Exception as exc:  # noqa: BLE001
                return [gr.update(), _error(exc)] + [gr.update()] * len(team_widgets)
            return [team, "✅ Using the edited team in this session (not saved to the file)."] + team_outputs(team)

        def save(*tables: Any):
            try:
                team = team_tab.save_tables(team_file, *tables)
            except Exception as exc:  # noqa: BLE001
                return [gr.update(), _error(exc) + " Nothing was saved."] + [gr.update()] * len(team_widgets)
            return [team, f"✅ Saved to `{team_file}` (previous version kept as `.bak`)."] + team_outputs(team)

        def reload():
            try:
                team = team_tab.load_session_team(settings)
            except Exception as exc:  # noqa: BLE001
                return [gr.update(), _error(exc)] + [gr.update()] * len(team_widgets)
            return [team, f"Reloaded `{team_file}`."] + team_outputs(team)

        table_inputs = [t_name, t_manager, t_budget, people_df, projects_df, tasks_df, inbox_df]
        team_outs = [team_state, team_status, *team_widgets]
        apply_btn.click(apply, table_inputs, team_outs, api_name=False)
        save_btn.click(save, table_inputs, team_outs, api_name=False)
        reload_btn.click(reload, None, team_outs, api_name=False)

        # planner
        def run_whatif(team: Any, person: str, low: float, likely: float, high: float, deadline: float, strategies: list[str]):
            try:
                fig, rows, note = planner.whatif(session_team(team), person, low, likely, high, deadline, strategies)
            except Exception as exc:  # noqa: BLE001
                return None, None, _error(exc)
            return fig, rows, note

        w_btn.click(run_whatif, [team_state, w_person, w_low, w_likely, w_high, w_deadline, w_strategies],
                    [w_plot, w_table, w_note], api_name="whatif")

        def run_forecast(team: Any, project: str):
            try:
                fig, rows, note, result = planner.forecast(session_team(team), project)
            except Exception as exc:  # noqa: BLE001
                return None, None, _error(exc), None
            return fig, rows, note, result

        f_btn.click(run_forecast, [team_state, f_project], [f_plot, f_table, f_note, last_forecast], api_name="forecast")

        def draft(team: Any, project: str, forecast: Any, audience: str):
            try:
                return planner.draft_from_forecast(session_team(team), project, forecast, audience)
            except Exception as exc:  # noqa: BLE001
                return _error(exc)

        m_btn.click(draft, [team_state, f_project, last_forecast, m_audience], m_text, api_name=False)

        # org
        def run_org(*values: Any):
            *answers, description = values
            try:
                result = org.score({name: v for (name, _, _), v in zip(questions, answers)}, description)
            except Exception as exc:  # noqa: BLE001
                return None, _error(exc)
            return org.scores_figure(result), org.result_markdown(result)

        o_btn.click(run_org, [*dropdowns, o_desc], [o_plot, o_md], api_name="org")

        # triage
        def run_triage(team: Any, capacity: float):
            try:
                rows, summary = triage_tab.triage(session_team(team), capacity or 0)
            except Exception as exc:  # noqa: BLE001
                return None, _error(exc)
            return rows, summary

        tr_btn.click(run_triage, [team_state, tr_capacity], [tr_table, tr_summary], api_name="triage")

        # 1-on-1
        def run_agenda(team: Any, person: str, minutes: float):
            if not person:
                return "Pick a person first.", gr.DownloadButton(visible=False)
            try:
                md = one_on_one.agenda_markdown(session_team(team), person, int(minutes))
            except Exception as exc:  # noqa: BLE001
                return _error(exc), gr.DownloadButton(visible=False)
            path = one_on_one.write_agenda_file(md, person)
            return md, gr.DownloadButton(f"Download agenda for {person} (.md)", value=str(path), visible=True)

        a_btn.click(run_agenda, [team_state, a_person, a_minutes], [a_md, a_download], api_name="agenda")

    demo.queue(default_concurrency_limit=CONCURRENCY)
    return demo
