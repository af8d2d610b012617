"""Matplotlib set-up for the app's charts: the non-interactive Agg backend and a consistent look."""

from __future__ import annotations

from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure


def new_figure(width: float = 7.0, height: float = 3.6) -> tuple[Figure, Any]:
    """A figure and axes that are not registered with pyplot's global state (safe across threads)."""
    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    ax.grid(axis="x", alpha=0.3)
    return fig, ax


__all__ = ["new_figure", "plt"]
