"""A participant's phone at the protocol level: one Streamlit session of ``/meedoen`` over the websocket
``/_stcore/stream``, sending the same BackMsgs the browser sends (Streamlit's own protobufs).

It opens the page with the join code, learns the widget ids from the ForwardMsg deltas, answers the
page's ``run_every`` fragment timers like a browser does, and submits the proposal form (name, text,
submit button) as one rerun, exactly what a tap on "Versturen" sends.
"""

from __future__ import annotations

import asyncio
import time

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ANSWER_S = 60.0  # a send without an answer within this time counts as an error


def _widgets(element) -> tuple[str, object] | None:
    """The (kind, proto) of a widget element, None for anything else."""
    kind = element.WhichOneof("type")
    proto = getattr(element, kind) if kind else None
    return (kind, proto) if proto is not None and getattr(proto, "id", "") else None


class Phone:
    """One participant; ``send`` returns when the server has run the submit (True when it said thanks)."""

    def __init__(self, url: str, code: str, name: str):
        self.ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.origin, self.code, self.name = url, code, name
        self.widgets: dict[str, tuple[str, object]] = {}
        self.alerts: list[str] = []
        self.timers: dict[str, asyncio.Task] = {}
        self.finished = asyncio.Event()
        self.fragment_of: dict[str, str] = {}  # widget id -> the fragment it is drawn in ('' for none)
        self.answered = asyncio.Event()  # the fragment of the last submit showed its message
        self.submitting: str | None = None
        self.ws = None
        self.reader: asyncio.Task | None = None

    async def open(self) -> None:
        self.ws = await websockets.connect(self.ws_url, subprotocols=["streamlit"], max_size=2**26,
                                           origin=self.origin, open_timeout=60)
        self.reader = asyncio.create_task(self._read())
        await self._rerun([])

    async def close(self) -> None:
        for task in self.timers.values():
            task.cancel()
        if self.reader:
            self.reader.cancel()
        if self.ws:
            await self.ws.close()

    def _id(self, suffix: str) -> str | None:
        return next((i for i in self.widgets if i.endswith(suffix)), None)

    def _base_states(self) -> list[WidgetState]:
        """What the browser keeps sending: the name typed outside any form."""
        name_id = self._id("-mee-name")
        return [WidgetState(id=name_id, string_value=self.name)] if name_id else []

    async def _rerun(self, states: list[WidgetState], fragment_id: str = "") -> None:
        msg = BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = f"code={self.code}"
        rerun.page_name = "meedoen"
        rerun.widget_states.widgets.extend(states)
        if fragment_id:
            rerun.fragment_id, rerun.is_auto_rerun = fragment_id, True
        else:
            self.finished.clear()
            self.alerts = []
        await self.ws.send(msg.SerializeToString())
        if not fragment_id:
            await asyncio.wait_for(self.finished.wait(), ANSWER_S)

    async def send(self, text: str) -> bool:
        """Type ``text`` into the proposal form and tap its send button. Like the browser, the rerun is of the
        fragment the form is drawn in (the whole page when it is in none); done when that shows its message."""
        area = self._id("-mee-proposal")
        if area is None:
            raise RuntimeError("no proposal form on the participant page")
        form = self.widgets[area][1].form_id
        submit = next(i for i, (kind, p) in self.widgets.items()
                      if kind == "button" and p.is_form_submitter and p.form_id == form)
        fragment = self.fragment_of.get(submit, "")
        states = [*self._base_states(), WidgetState(id=area, string_value=text),
                  WidgetState(id=submit, trigger_value=True)]
        if not fragment:
            await self._rerun(states)
            return any("ontvangen" in a or "received" in a for a in self.alerts)
        self.submitting, self.alerts = fragment, []
        self.answered.clear()
        msg = BackMsg()
        msg.rerun_script.query_string = f"code={self.code}"
        msg.rerun_script.page_name = "meedoen"
        msg.rerun_script.fragment_id = fragment
        msg.rerun_script.widget_states.widgets.extend(states)
        await self.ws.send(msg.SerializeToString())
        try:
            await asyncio.wait_for(self.answered.wait(), ANSWER_S)
        finally:
            self.submitting = None
        return any("ontvangen" in a or "received" in a for a in self.alerts)

    async def _tick(self, fragment_id: str, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self.submitting is None:  # the browser does not start a timer's rerun while the page runs
                await self._rerun(self._base_states(), fragment_id)

    async def _read(self) -> None:
        async for data in self.ws:
            msg = ForwardMsg()
            msg.ParseFromString(data)
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                element = msg.delta.new_element
                widget = _widgets(element)
                if widget:
                    self.widgets[widget[1].id] = widget
                    self.fragment_of[widget[1].id] = msg.delta.fragment_id
                elif element.WhichOneof("type") == "alert":
                    self.alerts.append(element.alert.body)
                    if self.submitting and msg.delta.fragment_id == self.submitting:
                        self.answered.set()
            elif kind == "auto_rerun":
                fid = msg.auto_rerun.fragment_id
                if fid not in self.timers:
                    self.timers[fid] = asyncio.create_task(self._tick(fid, msg.auto_rerun.interval))
            elif kind == "script_finished" and msg.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                self.finished.set()


async def _demo(url: str, code: str) -> None:
    phone = Phone(url, code, "Demo")
    await phone.open()
    t0 = time.monotonic()
    ok = await phone.send("LOAD-demo een proef")
    print(ok, round(time.monotonic() - t0, 3), phone.alerts, sorted(phone.widgets)[:8])
    await phone.close()


if __name__ == "__main__":
    import sys

    asyncio.run(_demo(sys.argv[1], sys.argv[2]))
