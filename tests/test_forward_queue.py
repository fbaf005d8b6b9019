"""components/forward_queue.py: a fragment run that starts before a finished whole-page run's output was sent keeps
that output (else the browser removes the fragment's elements it never got: the editor remounts, the page blanks)."""

from __future__ import annotations

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

from components.forward_queue import keep_finished_page_runs

FRAGMENT = "workbench"


@pytest.fixture(autouse=True)
def fixed(monkeypatch):
    monkeypatch.setattr(ForwardMsgQueue, "clear", ForwardMsgQueue.clear)  # undone after the test
    keep_finished_page_runs()


def delta(path: list[int], fragment: str = "") -> ForwardMsg:
    msg = ForwardMsg()
    msg.metadata.delta_path[:] = path
    msg.delta.new_element.markdown.body = f"at {path}"
    msg.delta.fragment_id = fragment
    return msg


def finished(status) -> ForwardMsg:
    msg = ForwardMsg()
    msg.script_finished = status
    return msg


def test_a_fragment_run_keeps_a_finished_page_runs_output():
    queue = ForwardMsgQueue()
    page_run = [delta([0, 0]), delta([0, 4, 0], FRAGMENT), delta([0, 4, 1], FRAGMENT),
                finished(ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY)]
    for msg in page_run:
        queue.enqueue(msg)
    queue.clear(retain_lifecycle_msgs=True, fragment_ids_this_run=[FRAGMENT])
    queue.enqueue(delta([0, 4, 0], FRAGMENT))  # the fragment run's own output follows, never replacing it
    assert queue.flush() == [*page_run, delta([0, 4, 0], FRAGMENT)]


def test_an_unfinished_or_fragment_run_is_still_dropped_as_streamlit_does():
    queue = ForwardMsgQueue()
    fragment_done = finished(ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)
    for msg in (delta([0, 4, 0], FRAGMENT), fragment_done):
        queue.enqueue(msg)
    queue.clear(retain_lifecycle_msgs=True, fragment_ids_this_run=[FRAGMENT])
    assert [m.WhichOneof("type") for m in queue.flush()] == ["script_finished"]

    for msg in (delta([0, 0]), finished(ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY)):
        queue.enqueue(msg)
    queue.clear(retain_lifecycle_msgs=True)  # a new page run: the old one's deltas are superseded
    assert [m.WhichOneof("type") for m in queue.flush()] == ["script_finished"]

