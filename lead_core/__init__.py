"""Shared plumbing every layer may import and that imports none of them: settings, errors, atomic files,
data files, units, endpoints and number helpers."""
