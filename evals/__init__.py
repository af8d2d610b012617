"""Offline and model-backed evaluation of Lead Copilot: datasets, metrics, runner, judge and reports."""
