"""The Lead Copilot agent: settings, LangGraph graph, brains, service API and the `lead` CLI."""
