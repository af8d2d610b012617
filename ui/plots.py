"""Matplotlib set-up for the app's charts: the non-interactive Agg backend, a consistent look, and the
process's private folder of rendered chart images."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

_chart_dir: Path | None = None
_chart_dir_lock = threading.Lock()


def new_figure(width: float = 7.0, height: float = 3.6) -> tuple[Figure, Any]:
    """A figure and axes that are not registered with pyplot's global state (safe across threads)."""
    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    ax.grid(axis="x", alpha=0.3)
    return fig, ax


def chart_dir() -> Path:
    """This process's folder of chart images: private (0700, unguessable name) under the system temp folder,
    which Gradio serves files from, and removed when the process exits."""
    global _chart_dir
    with _chart_dir_lock:
        if _chart_dir is None:
            _chart_dir = Path(tempfile.mkdtemp(prefix="lead-charts-"))
            atexit.register(shutil.rmtree, _chart_dir, True)
        return _chart_dir


__all__ = ["chart_dir", "new_figure", "plt"]
