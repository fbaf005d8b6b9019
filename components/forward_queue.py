"""A fix for Streamlit's message queue (installed once per server process by app.py).

When a fragment run starts, Streamlit drops the queued, not yet sent deltas of that fragment, but keeps the
previous run's "finished successfully". After a whole-page run that is the page's own end: the browser then takes
the fragment's elements it never received for stale and removes them. The editor is mounted anew (the keys typed
meanwhile reach the page's body, see assets/editor/src/keycatch.mjs), and removed blocks shift the page's later
elements, so that a later delta no longer fits ("Bad delta path index 6 (should be between [0, 5])") and the page
goes blank. Seen on a busy machine with five people typing at once (every key reruns a fragment in every
session, and a whole-page run now and then). So a finished whole-page run's output goes to the browser whole.
"""

from __future__ import annotations

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

_streamlit_clear = ForwardMsgQueue.clear


def _page_run_finished(queue: ForwardMsgQueue) -> bool:
    return any(msg.WhichOneof("type") == "script_finished"
               and msg.script_finished == ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
               for msg in queue._queue)


def _clear(self: ForwardMsgQueue, retain_lifecycle_msgs: bool = False,
           fragment_ids_this_run: list[str] | None = None) -> None:
    if retain_lifecycle_msgs and fragment_ids_this_run is not None and _page_run_finished(self):
        self._delta_index_map = {}  # the fragment's new deltas follow; they never replace the page run's
        return
    _streamlit_clear(self, retain_lifecycle_msgs, fragment_ids_this_run)


def keep_finished_page_runs() -> None:
    """Install the fix (idempotent)."""
    ForwardMsgQueue.clear = _clear
