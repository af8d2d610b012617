"""Screen updates of a streamed turn: a burst of events becomes a few batches, an event followed by a silence is
shown before the next one arrives, and an error in the stream still shows what came before it."""

from __future__ import annotations

import threading
import time

import pytest

from ui.throttle import batched


def test_a_burst_becomes_a_few_batches_and_nothing_is_lost():
    batches = list(batched(iter(range(500)), interval=0.1))
    assert [e for b in batches for e in b] == list(range(500))
    assert len(batches) <= 3  # a burst of 500 answer chunks is at most a few screen updates, not 500


def test_an_event_before_a_silence_is_shown_during_the_silence():
    late = threading.Event()

    def events():
        yield "tool started"
        yield "tool finished"  # arrives right after the first: held back by the throttle
        time.sleep(1.0)  # a slow model thinking
        late.set()
        yield "answer"

    seen_before_answer = []
    for batch in batched(events(), interval=0.1):
        if not late.is_set():
            seen_before_answer += batch
    assert seen_before_answer == ["tool started", "tool finished"]


def test_an_error_is_raised_after_the_events_before_it():
    def events():
        yield 1
        yield 2
        raise RuntimeError("model endpoint unreachable")

    got = []
    with pytest.raises(RuntimeError, match="unreachable"):
        for batch in batched(events(), interval=0.05):
            got += batch
    assert got == [1, 2]


def test_an_event_after_a_quiet_spell_waits_briefly_for_the_ones_right_behind_it():
    def events():
        yield "thinking"
        time.sleep(0.5)  # quiet: the next event would be shown at once
        yield "tool started"
        time.sleep(0.005)
        yield "tool finished"  # a fast tool: one screen update shows both

    assert list(batched(events(), interval=0.1, gather=0.2)) == [["thinking"], ["tool started", "tool finished"]]
