"""The werksessie's "Resultaten tonen" switch (the studio, with AppTest) and the participant page (web/meedoen.py):
participants see nothing of others until the facilitator shows the results, and names only when the facilitator
chose so."""

from __future__ import annotations

from praatplaat.load import load_text
from tests.test_app import db, started_room, text  # noqa: F401 - db: each test its own database
from tests.webroom import Phone, serving


def _shown(phone: Phone, token: str) -> str:
    """The results a phone can fetch now ('' while they are hidden)."""
    status, body, _url = phone.get(f"/meedoen/resultaten?j={token}")
    return body if status == 200 else ""


def test_results_reach_participants_only_when_shown_and_names_only_when_chosen(db):  # noqa: F811
    at, _, room = started_room(db)
    vision = load_text(text(at)).vision
    anna = db.join(room.id, name="Anna", role="inwoner")
    db.add_contribution(anna, "verhaal", {"quote": "De balie was <b>dicht</b>", "who": "moeder van twee"})
    db.add_contribution(anna, "stem", {"principles": [vision.principes[1].id]})
    journey = vision.klantreizen[0]
    db.add_contribution(anna, "beoordeling", {"journey": journey.id, "step": "1", "score": 2, "remark": ""})

    with serving(db) as base:
        phone = Phone(base)
        _status, page, _url = phone.get(f"/meedoen?j={room.join_token}")
        assert "Anna" not in page and "dicht" not in page, "nothing of others on the page"
        assert not _shown(phone, room.join_token), "nothing of others while hidden"

        at.toggle(key=f"show-res-{room.id}").set_value(True).run()
        assert db.room(room.id).show_results and not db.room(room.id).show_names
        shown = _shown(phone, room.join_token)
        assert "2 mensen doen mee" in shown, "Anna and this phone"
        assert vision.principes[1].naam in shown and "1 stem<" in shown, "votes per principle"
        assert f"{journey.naam}: {journey.stappen[0].naam}" in shown and "Heel goed (1 persoon)" in shown
        assert "De balie was &lt;b&gt;dicht&lt;/b&gt;" in shown, "others' stories, as plain text"
        assert "Anna" not in shown and "moeder van twee" not in shown, "no names unless the facilitator chose so"

        at.toggle(key=f"show-names-{room.id}").set_value(True).run()
        shown = _shown(phone, room.join_token)
        assert "Anna" in shown and "moeder van twee" in shown

        at.toggle(key=f"show-res-{room.id}").set_value(False).run()
        assert not db.room(room.id).show_names, "hiding the results hides the names too"
        assert not _shown(phone, room.join_token)


def test_the_room_switches_carry_their_value_in_every_run(db):  # noqa: F811
    """Each run draws the werksessie's switches with their value (see test_app's required choices): a browser
    that drew them from a run without it showed them off, and its next report switched the activities off."""
    at, _, room = started_room(db)
    at.run()  # a run that changes none of them
    for name in ("verhaal", "stem"):
        switch = at.toggle(key=f"act-{room.id}-{name}")
        assert switch.proto.set_value and switch.value, f"the {name} switch is drawn without its value"
    assert {"verhaal", "stem"} <= set(db.room(room.id).activities)
