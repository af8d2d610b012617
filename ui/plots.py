"""Matplotlib set-up for the app's charts: the non-interactive Agg backend, a consistent look, and the
private folder of rendered chart images."""

from __future__ import annotations

import atexit
import os
import shutil
import stat
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
    """This user's folder of chart images under the system temp folder, which Gradio serves files from. Every
    run reuses it (a server stopped by a signal leaves no new folder behind); when it is not a real folder
    owned by this user and closed to others, this process makes a private one, removed at exit."""
    global _chart_dir
    with _chart_dir_lock:
        if _chart_dir is None:
            user = os.getuid() if hasattr(os, "getuid") else os.getpid()
            _chart_dir = own_private_folder(Path(tempfile.gettempdir()) / f"lead-charts-{user}")
            if _chart_dir is None:
                _chart_dir = Path(tempfile.mkdtemp(prefix="lead-charts-"))
                atexit.register(shutil.rmtree, _chart_dir, True)
        return _chart_dir


def own_private_folder(path: Path) -> Path | None:
    """`path` as a folder only this user can open (created 0700 if missing), or None when it is a link, not a
    folder, someone else's, or open to others."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return None
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or not mine or info.st_mode & 0o077:
        return None
    return path


__all__ = ["chart_dir", "new_figure", "plt"]
