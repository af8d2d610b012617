"""The Gradio app: chat with the copilot plus team, planner, org, triage and 1-on-1 tabs (`lead ui`)."""
