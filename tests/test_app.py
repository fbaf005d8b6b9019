"""The studio's flows with Streamlit's AppTest: gallery, live editing, errors, selection, export,
undo/redo, persistence and session isolation; plus the pure helpers behind the forms."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

import store
from components import editor, forms, huisstijl, yamldump
from live import hub
from praatplaat.embed import source_from_png
from praatplaat.export import export
from praatplaat.load import load_text
from praatplaat.yamlload import load_yaml

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
EXAMPLE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"


@pytest.fixture(autouse=True)
def db(tmp_path, monkeypatch):
    """Each test has its own SQLite database (and an empty legacy workspace directory)."""
    monkeypatch.setenv("PRAATPLAAT_WORKSPACES", str(tmp_path / "ws"))
    monkeypatch.setenv("PRAATPLAAT_DATABASE_URL", f"sqlite:///{tmp_path / 'praatplaat.db'}")
    return store.open_store()


def start(ws_id: str | None = None, browser: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    if ws_id:
        at.query_params["ws"] = ws_id
    for name, value in params.items():
        at.query_params[name] = value
    if browser:
        at.session_state["browser_id"] = browser  # what the browser-id component reports in a real browser
    return at.run()


def opened(example: str = "gemeente-groothaven", browser: str | None = None) -> AppTest:
    at = start(browser=browser)
    assert "ws" not in at.query_params and at.session_state["workspace"] is None, "the start page creates nothing"
    at.button(key=f"open-{example}").click().run()
    assert not at.exception
    return at


def text(at: AppTest) -> str:
    return at.session_state["workspace"].text


def type_text(at: AppTest, new_text: str, event_id: str) -> AppTest:
    """Typing in the editor: its peer of the shared document syncs the change (saved by the sync route), and
    the component reports its text for the picture."""
    ws = at.session_state["workspace"]
    hub.get(store.open_store()).edit(ws.id, new_text, at.session_state["tab_id"], base=ws.text)  # its tab
    key = editor.key_of(ws.id)
    at.session_state[key] = {"edit": {"text": new_text, "seq": event_id, "base": key}}
    return at.run()


def saved(ws_id: str) -> str:
    """The shared document's text (what every editor and a reload get)."""
    return hub.get(store.open_store()).state(ws_id).text


def problems(at: AppTest) -> str:
    """What the editor's problem list shows: its heading, then each problem's place and message."""
    data = next(json.loads(e.proto.json) for e in at.get("bidi_component")
                if e.proto.component_name == "praatplaat_editor")
    return " ".join([data["labels"]["summary"]] + [f"{p['where']}: {p['message']}" for p in data["problems"]])


def uploader(at: AppTest, key: str):
    return next(u for u in at.get("file_uploader") if u.key == key)


def component(at: AppTest, name: str) -> dict:
    """The data a components-v2 component (e.g. the picture, praatplaat_picture) was given."""
    found = [e for e in at.get("bidi_component") if e.proto.component_name == name]
    assert found, f"{name} is shown"
    return json.loads(found[0].proto.json)


def spec(at: AppTest) -> str:
    """The picture's SVG."""
    return component(at, "praatplaat_picture")["svg"]


def test_gallery_opens_an_example_with_its_picture():
    at = opened()
    assert text(at) == EXAMPLE.read_text(encoding="utf-8")
    assert at.session_state["mode"] == "edit"
    assert "Gemeente Groothaven" in spec(at)
    assert at.query_params["ws"], "the workspace id is in the URL"


def test_edit_valid_then_invalid_yaml_keeps_text_and_last_good_picture():
    at = opened()
    edited = text(at).replace("titel: Zo helpen wij u", "titel: Samen verder in Groothaven")
    type_text(at, edited, "e1")
    assert text(at) == edited
    assert "Samen verder in Groothaven" in spec(at), "the picture follows the text"

    broken = edited.replace("principes:\n", "principes:\n  - naam: [niet afgesloten\n", 1)
    type_text(at, broken, "e2")
    assert text(at) == broken, "invalid text is kept exactly"
    assert saved(at.query_params["ws"]) == broken, "saved in the shared document"
    errors = problems(at)
    line = broken.splitlines().index("  - naam: [niet afgesloten") + 1
    assert f"Regel {line + 1}, kolom" in errors or f"Regel {line}, kolom" in errors, errors
    assert "Samen verder in Groothaven" in spec(at), "the last good picture stays"
    assert "laatste geldige versie" in errors


def test_unknown_key_error_is_located_and_translated():
    at = opened()
    type_text(at, text(at).replace("titel:", "tietel:", 1), "e1")
    assert "Regel 3, kolom 1: onbekende sleutel 'tietel'" in problems(at)
    at.session_state["lang"] = "en"
    at.run()
    assert "Line 3, column 1: unknown key 'tietel'" in problems(at)


def test_selecting_an_element_shows_details_and_highlights_links():
    at = opened()
    vision = load_text(text(at)).vision
    principle = vision.principes[0]
    before = component(at, "praatplaat_picture")
    assert before["selected"] is None
    at.session_state["selected"] = f"principe:{principle.id}"
    at.run()
    markdown = " ".join(m.value for m in at.markdown)
    assert principle.naam in markdown.replace("\\", "")
    shown = markdown.replace("\\", "") + " ".join(str(w.value) for w in at.text_area)
    assert principle.uitleg.split(".")[0] in shown, "its explanation is in the side panel"
    after = component(at, "praatplaat_picture")
    assert after["selected"] == f"principe:{principle.id}", "the picture shows the selection"
    assert after["svg"] == before["svg"], "selecting draws nothing new: the browser lights it up"
    lit = after["spots"][f"principe:{principle.id}"][2]
    assert any(ref.startswith("stap:") for ref in lit), "the principle's steps light up with it"
    assert "Hangt samen met" in markdown
    at.button(key="clear-selection").click().run()
    assert at.session_state["selected"] is None


def test_export_png_carries_the_yaml_source():
    at = opened()
    at.selectbox(key="export-format").set_value("png-scherm").run()
    at.button(key="export-make").click().run()
    done = at.session_state["export"]
    assert done["name"] == "zo-helpen-wij-u.png"
    assert done["data"].startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(done["data"])).size == (1920, 1080)
    assert source_from_png(done["data"]).decode("utf-8") == text(at)


def test_export_pdf_a4_is_named_after_the_title():
    at = opened()
    at.selectbox(key="export-format").set_value("pdf-a4").run()
    at.button(key="export-make").click().run()
    done = at.session_state["export"]
    assert done["name"] == "zo-helpen-wij-u-a4.pdf" and done["data"].startswith(b"%PDF")


def test_required_choices_carry_their_value_in_every_run():
    """Each page run draws the mode, view and language controls with their value (set through the session state):
    Streamlit drops what a run has not sent when the next starts, and a browser that draws a control from a later
    run without its value shows nothing chosen (on a busy machine right after a reload: CI)."""
    at = opened()
    at.run()  # a run that changes none of them
    for key in ("mode", "view", "lang"):
        control = at.button_group(key=key)
        assert control.proto.set_value, f"the {key} control is drawn without its value"
        assert control.value == {"mode": "edit", "view": "overzicht", "lang": "nl"}[key]


def test_a_choice_the_browser_reports_empty_never_breaks_the_export_panel():
    """A browser that drew a control with nothing chosen reports None (see above); the page goes on with a valid
    choice, and the export panel (drawn before the view picker) still offers 'Bestand maken'."""
    at = opened()
    for key in ("view", "mode", "lang"):
        at.button_group(key=key).set_value(None)
    at.run()
    assert not at.error, [e.value for e in at.error]
    assert (at.session_state["view"], at.session_state["mode"], at.session_state["lang"]) == ("overzicht", "edit", "nl")
    at.button(key="export-make").click().run()
    assert at.session_state["export"]["name"] == "zo-helpen-wij-u.png"


def test_undo_and_redo():
    at = opened()
    original = text(at)
    edited = original.replace("titel: Zo helpen wij u", "titel: Anders")
    type_text(at, edited, "e1")
    at.button(key="undo").click().run()
    assert text(at) == original
    at.button(key="redo").click().run()
    assert text(at) == edited
    at.button(key="undo").click().run()
    assert text(at) == original
    assert at.button(key="undo").disabled, "the workspace was created with the example: nothing before it"


def test_reload_restores_the_workspace_and_its_history():
    at = opened()
    edited = text(at).replace("titel: Zo helpen wij u", "titel: Bewaard")
    type_text(at, edited, "e1")
    ws_id = at.query_params["ws"]
    again = start(ws_id)
    assert text(again) == edited
    assert again.session_state["mode"] == "edit"
    assert again.button(key="undo").disabled, "undo is per tab: a new tab has changed nothing yet"
    hub.get(store.open_store()).settle(ws_id)
    assert [store.open_store().revision(ws_id, r.n).text for r in store.open_store().history(ws_id)][:2] == \
        [edited, EXAMPLE.read_text(encoding="utf-8")], "the history keeps each version"


def test_two_sessions_do_not_share_a_workspace(db):
    browser = store.new_id()
    first, second = opened(browser=browser), start(browser=browser)
    type_text(first, text(first).replace("titel: Zo helpen wij u", "titel: Alleen van mij"), "e1")
    second.session_state["lang"] = "en"
    second.run()
    assert "ws" not in second.query_params and second.session_state["workspace"] is None
    hub.get(db).settle(first.query_params["ws"])  # the recent list shows the snapshot (taken ~2 s after typing)
    assert [w.title for w in db.recent(browser)] == ["Alleen van mij"], "switching the language created nothing"


def test_forms_show_the_yaml_and_write_changes_back():
    at = opened()
    at.session_state["mode"] = "forms"
    at.run()
    data = load_yaml(text(at)).data
    assert len(at.dataframe) == 7, "tables: principes, kanalen, klantreizen, stappen, verhalen, agenda, doelgroepen"
    assert list(at.dataframe[0].value["naam"]) == [p["naam"] for p in data["principes"]]
    title = next(w for w in at.text_input if w.key.startswith("fld-titel-"))
    title.input("Dichtbij en duidelijk").run()
    assert "titel: Dichtbij en duidelijk\n" in text(at)
    assert text(at).startswith("# Praatplaat"), "comments elsewhere survive"
    assert "Dichtbij en duidelijk" in spec(at)
    at.button(key="undo").click().run()
    assert "titel: Zo helpen wij u\n" in text(at)


def test_projector_holds_every_slide_and_keeps_its_own_selection():
    at = opened()
    vision = load_text(text(at)).vision
    at.session_state["selected"] = f"kanaal:{vision.kanalen[0].id}"
    at.button(key="project").click().run()
    assert not at.exception and at.session_state["projecting"]
    assert all(b.key != "undo" for b in at.button), "no toolbar while projecting"
    data = component(at, "praatplaat_picture")["projector"]
    refs = [s["ref"] for s in data["slides"]]
    principles = [f"principe:{p.id}" for p in vision.principes]
    steps = [f"stap:{r.id}/{i + 1}" for r in vision.klantreizen for i in range(len(r.stappen))]
    assert refs[1:1 + len(principles)] == principles, "the vision, then the principles in order"
    assert [r for r in refs if r.startswith("stap:")] == steps, "then every journey's steps"
    assert refs[-len(vision.agenda):] == [f"agenda:{a.id}" for a in vision.agenda], "the whole agenda last"
    assert set(data["pictures"]) == {"overzicht"} | {f"reis:{r.id}" for r in vision.klantreizen}
    second = data["slides"][2]
    assert second["title"] == vision.principes[1].naam and vision.principes[1].uitleg in second["body"]
    assert data["start"] == f"kanaal:{vision.kanalen[0].id}", "starts at the selection (the browser falls back)"
    at.session_state["projecting"] = False
    at.run()
    assert any(b.key == "undo" for b in at.button), "the toolbar is back after leaving"
    assert at.session_state["mode"] == "edit"
    assert at.session_state["selected"] == f"kanaal:{vision.kanalen[0].id}", "the edit selection is untouched"


def test_colour_change_is_written_back_into_the_yaml():
    at = opened()
    key = f"colour-accent-{huisstijl.current(load_yaml(text(at)).data)['accent']}"
    at.color_picker(key=key).pick("#AA2200").run()
    data = load_yaml(text(at)).data
    assert data["huisstijl"]["accent"] == "#AA2200"
    assert "# Praatplaat" in text(at), "the rest of the text, comments included, is untouched"


def test_upload_of_an_exported_png_restores_its_yaml_exactly():
    source = (ROOT / "praatplaten" / "gemeente-kleindorp.yaml").read_text(encoding="utf-8")
    png = export(load_text(source).vision, "png", source=source)
    at = start()
    uploader(at, "upload").upload("kleindorp.png", png, "image/png").run()
    assert text(at) == source
    assert at.session_state["mode"] == "edit"


def test_upload_of_a_png_without_source_is_refused_and_costs_nothing():
    at = opened()
    before = text(at)
    at.session_state["mode"] = "gallery"
    at.run()
    plain = io.BytesIO()
    Image.new("RGB", (10, 10)).save(plain, "PNG")
    uploader(at, "upload").upload("foto.png", plain.getvalue(), "image/png").run()
    assert text(at) == before
    assert any("geen praatplaat-tekst" in e.value for e in at.error)


def test_logo_upload_is_validated_and_written_into_the_yaml():
    at = opened("gemeente-kleindorp")
    uploader(at, "logo-upload").upload("logo.png", b"no image", "image/png").run()
    assert any("geen afbeelding" in e.value for e in at.error)
    assert "logo:" not in text(at)
    logo = io.BytesIO()
    Image.new("RGB", (300, 120), "#00558C").save(logo, "JPEG")
    uploader(at, "logo-upload").upload("logo.jpg", logo.getvalue(), "image/jpeg").run()
    assert load_yaml(text(at)).data["logo"] == "logo.png"
    saved = at.session_state["workspace"].dir / "logo.png"
    assert Image.open(saved).format == "PNG"


# --- pure helpers ----------------------------------------------------------------------------


def test_replace_section_keeps_other_sections_and_comments():
    source = "# kop\nversie: 1\ntitel: A  # commentaar\nprincipes:\n  - naam: X\n\n# over agenda\nagenda: []\n"
    result = yamldump.replace_section(source, "principes", [{"naam": "Y", "voorbeelden": ["a: b", "c"]}])
    assert result.startswith("# kop\nversie: 1\ntitel: A  # commentaar\n")
    assert "# over agenda\nagenda: []" in result
    assert load_yaml(result).data["principes"] == [{"naam": "Y", "voorbeelden": ["a: b", "c"]}]
    inserted = yamldump.replace_section(source, "ondertitel", "Nieuw")
    assert inserted.index("ondertitel:") < inserted.index("principes:")
    assert "principes" not in yamldump.replace_section(source, "principes", [])


SMALL = """versie: 1
titel: Klein
organisatie: Dorp
visie: {kern: Dichtbij}
principes:
  - naam: Persoonlijk
kanalen:
  - naam: Balie aan huis
    soort: thuis
  - naam: Telefoon
    soort: telefoon
klantreizen:
  - naam: Hulp
    stappen:
      - naam: Bellen
        kanaal: Balie aan huis
        principes: [Persoonlijk]
"""


def test_apply_delta_edits_deletes_adds_and_keeps_references_valid():
    data = load_yaml(SMALL).data
    refs = frozenset(forms._references(data))
    delta = {"edited_rows": {"0": {"naam": "Thuisbezoek"}}, "deleted_rows": [1],
             "added_rows": [{"bereikbaarheid": "24/7"}]}
    out = forms.apply_delta("kanalen", data["kanalen"], delta, "nl", refs)
    assert out == [
        {"naam": "Thuisbezoek", "id": "balie-aan-huis", "soort": "thuis"},
        {"naam": "Nieuw 1", "soort": "online", "bereikbaarheid": "24/7"},
    ]
    text = yamldump.replace_section(SMALL, "kanalen", out)
    assert load_text(text).ok, load_text(text).report()
    steps = forms.apply_delta("stappen", data["klantreizen"][0]["stappen"],
                              {"edited_rows": {"0": {"beleving": 2.0, "principes": []}}}, "nl", refs)
    assert steps == [{"naam": "Bellen", "kanaal": "Balie aan huis", "beleving": 2}]


def test_logo_validation_messages():
    assert "geen afbeelding" in huisstijl.logo_problem(b"not an image at all")
    assert "2 MB" in huisstijl.logo_problem(b"\x89PNG" + b"0" * (3 * 1024 * 1024))
    good = io.BytesIO()
    Image.new("RGB", (40, 20), "#00558C").save(good, "PNG")
    assert huisstijl.logo_problem(good.getvalue()) is None


# --- the shared store: start page, share links, two tabs, werksessie -------------------------


def test_start_page_lists_recent_work_with_open_copy_and_delete(db):
    browser = store.new_id()
    first = opened(browser=browser)
    ws_id = first.query_params["ws"]
    at = start(browser=browser)
    assert at.button(key=f"open-ws-{ws_id}")
    assert "Zo helpen wij u" in " ".join(m.value for m in at.markdown)
    at.button(key=f"copy-ws-{ws_id}").click().run()
    copy_id = at.query_params["ws"]
    assert copy_id != ws_id and text(at) == EXAMPLE.read_text(encoding="utf-8")
    listing = start(browser=browser)
    listing.button(key=f"del-ws-{ws_id}").click().run()
    assert [w.id for w in db.recent(browser)] == [copy_id]
    assert db.get(ws_id) is None, "deleted when no browser lists it any more"


def test_unknown_workspace_link_shows_the_start_page():
    at = start(ws_id=store.new_id())
    assert any("hoort niet bij een praatplaat" in w.value for w in at.warning)
    assert not at.get("plotly_chart")


def test_read_only_share_link_shows_the_picture_without_editing_and_can_be_revoked(db):
    at = opened()
    at.button(key="share-make").click().run()
    token = db.share_token(at.query_params["ws"])
    assert token and token not in at.query_params["ws"]
    reader = start(lees=token)
    assert "Zo helpen wij u" in spec(reader)
    assert "ws" not in reader.query_params
    assert not [b for b in reader.button if b.key in ("undo", "redo", "share-make")], "no editing controls"
    type_text(at, text(at).replace("titel: Zo helpen wij u", "titel: Net getypt"), "e1")
    reader.run()
    assert "Net getypt" in spec(reader), "the read-only view follows the shared document, not a late snapshot"
    shown = " ".join(str(e.value) for e in [*reader.code, *reader.caption, *reader.markdown])
    assert at.query_params["ws"] not in shown, "the editing secret is not shown"
    at.button(key="share-revoke").click().run()
    assert any("werkt niet" in e.value for e in start(lees=token).error)


def test_edits_of_two_tabs_on_other_lines_are_merged(db):
    first = opened()
    second = start(first.query_params["ws"])
    original = text(first)
    type_text(first, original.replace("titel: Zo helpen wij u", "titel: Eerste"), "f1")
    type_text(second, original.replace("organisatie: Gemeente Groothaven", "organisatie: Tweede"), "s1")
    merged = saved(first.query_params["ws"])
    assert "titel: Eerste" in merged and "organisatie: Tweede" in merged, "neither tab undid the other's change"
    second.session_state["mode"] = "forms"  # no editor: the tab takes the document's text itself
    second.run()
    assert text(second) == merged


def started_room(db):
    """The studio with a werksessie started on a new workspace: (app test, workspace id, room)."""
    at = opened()
    ws_id = at.query_params["ws"]
    at.session_state["mode"] = "room"
    at.run()
    at.button(key="room-start").click().run()
    return at, ws_id, next(r for r in db.rooms(ws_id) if r.is_open)


def test_werksessie_start_contribution_accept_and_undo(db):
    at, ws_id, room = started_room(db)
    assert room.code in " ".join(h.proto.body for h in at.get("html"))
    participant = db.join(room.id, name="Anna", role="inwoner")
    quote = db.add_contribution(participant, "verhaal", {"quote": "Ik werd <b>snel</b> geholpen", "who": "Anna"})
    db.add_contribution(participant, "stem", {"principles": [load_text(text(at)).vision.principes[0].id]})
    at.session_state["room_view"] = "inbox"
    at.run()
    assert "Ik werd" in " ".join(m.value for m in at.markdown)
    at.button(key=f"accept-{quote.id}").click().run()
    assert "Ik werd <b>snel</b> geholpen" in text(at)
    assert load_text(text(at)).ok
    assert db.contributions(room.id)[0].status == "geaccepteerd"
    at.session_state["mode"] = "edit"
    at.run()
    at.button(key="undo").click().run()
    assert "Ik werd" not in text(at), "accepting can be undone"
    assert db.results(room.id).votes, "the vote is counted for the results"


def test_werksessie_inbox_groups_ratings_counts_phones_and_pages(db):
    """Three participants rating a journey make three cards (not one per step); the inbox counts joined and
    active phones from the moment a phone opens the page; 2,000 contributions are paged, newest first."""
    at, _ws_id, room = started_room(db)
    vision = load_text(text(at)).vision
    journey = vision.klantreizen[0]
    db.join_device(room.id, "device-of-a-silent-phone", "10.0.0.1")
    people = [db.join(room.id, name=f"P{i}") for i in range(3)]
    for p in people:
        for step in range(len(journey.stappen)):
            db.add_contribution(p, "beoordeling", {"journey": journey.id, "step": str(step + 1), "score": 1})
    at.session_state["room_view"] = "inbox"
    at.run()
    page = " ".join(m.value for m in at.markdown)
    assert "4 telefoons doen mee, 4 actief" in page, "a phone that only opened the page counts too"
    keys = {b.key for b in at.button if b.key and b.key.startswith("hide-phone-")}
    assert len(keys) == 3, "one card per participant's ratings of the journey"
    assert journey.stappen[0].naam in page and journey.stappen[-1].naam in page

    import sqlalchemy as sa

    from store import schema
    from store.clock import now

    many = db.join(room.id, name="Veel")
    with db.engine.begin() as conn:  # directly: the store's per-phone limit is 60 contributions
        at_ = now()
        conn.execute(sa.insert(schema.contributions), [
            {"room_id": room.id, "participant_id": many.id, "kind": "voorstel", "payload": {"text": f"Idee {i}"},
             "status": "nieuw", "edited": None, "merged_into": None, "created_at": at_, "updated_at": at_}
            for i in range(2000)])
        conn.execute(sa.update(schema.rooms).where(schema.rooms.c.id == room.id).values(head=schema.rooms.c.head + 1))
    at.run()
    page = " ".join(m.value for m in at.markdown)
    assert "Idee 1999" in page and "Idee 1979" not in page, "newest first, 20 cards a page"
    assert any("van 2003" in c.value for c in at.caption), "2,000 stories and 3 rating cards"
    at.button(key="room-older").click().run()
    page = " ".join(m.value for m in at.markdown)
    assert "Idee 1979" in page and "Idee 1999" not in page


def test_werksessie_lock_and_hide_a_phone(db):
    at, _ws_id, room = started_room(db)
    at.toggle(key=f"room-lock-{room.id}").set_value(True).run()
    assert db.room(room.id).locked, "the facilitator locked the room"
    spam = db.join(room.id, name="Spam")
    db.add_contribution(spam, "verhaal", {"quote": "Koop nu"})
    at.session_state["room_view"] = "inbox"
    at.run()
    card = next(b for b in at.button if b.key and b.key.startswith("hide-phone-"))
    card.click().run()
    assert {c.status for c in db.contributions(room.id)} == {"verborgen"}
    assert any("Alles van deze telefoon is verborgen" in s.value for s in at.success)
    db.add_contribution(spam, "verhaal", {"quote": "Nog meer"})
    assert db.contributions(room.id)[-1].status == "verborgen", "also what it sends later"


def test_opnemen_says_what_happened(db):
    at, _ws_id, room = started_room(db)
    p = db.join(room.id, name="Anna")
    quote = db.add_contribution(p, "verhaal", {"quote": "De balie was fijn"})
    at.session_state["room_view"] = "inbox"
    at.run()
    at.button(key=f"accept-{quote.id}").click().run()
    assert any("Opgenomen in de visie" in s.value for s in at.success)
    assert not at.error, "taken in: no error"
    assert db.contributions(room.id)[0].status == "geaccepteerd"
    assert "De balie was fijn" in text(at)
    at.run()
    assert f"accept-{quote.id}" not in {b.key for b in at.button}, "accepted once: no second button"


def test_participant_page_wrong_code_closed_room_and_a_plain_text_story(db):
    """The participant page (web/meedoen.py, no Streamlit session) on the studio's database."""
    from tests.webroom import Phone, serving

    at = opened()
    room = db.start_room(at.query_params["ws"], activities=["verhaal", "voorstel"])
    with serving(db) as base:
        assert "kennen we niet" in Phone(base).get("/meedoen?code=ZZZZZZ")[1]
        phone = Phone(base)
        _status, page, _url = phone.get(f"/meedoen?code={room.code}")
        assert at.query_params["ws"] not in page, "the editing secret stays hidden"
        answer = phone.send({"j": room.join_token, "kind": "verhaal", "quote": "*Heel* <i>fijn</i> geholpen"})
        assert answer["ok"] and "Dank u" in answer["message"]
        stored = db.contributions(room.id)
        assert [c.payload["quote"] for c in stored] == ["*Heel* <i>fijn</i> geholpen"], "kept as plain text"
        db.close_room(room.id)
        assert "gesloten" in Phone(base).get(f"/meedoen?code={room.code}")[1]


def test_the_journey_view_follows_the_selected_step():
    """A step of journey X selected (in the overview) → the Klantreis view shows journey X; choosing another
    journey there keeps it while that step stays selected."""
    at = opened()
    vision = load_text(text(at)).vision
    first, second = vision.klantreizen[0], vision.klantreizen[1]
    at.session_state["selected"] = f"stap:{second.id}/2"
    at.run()
    at.session_state["view"] = "reis"
    at.run()
    assert not at.exception
    assert at.selectbox(key="journey").value == second.id
    at.selectbox(key="journey").set_value(first.id).run()
    assert at.selectbox(key="journey").value == first.id, "a journey chosen by hand stays"
    at.session_state["selected"] = f"klantreis:{vision.klantreizen[2].id}"
    at.run()
    assert at.selectbox(key="journey").value == vision.klantreizen[2].id


@pytest.mark.parametrize("mode", ["edit", "forms"])
def test_the_workbench_columns_fit_every_page_width(mode):
    """Every column gets a positive width at every page width (st.columns refuses others: a crash page on a
    phone); side by side they fill the page, the picture at least PICTURE_MIN_PX wide when the details are beside
    it; on a narrow page they stack."""
    from components import studio

    for width in range(studio.viewport.MIN_WIDTH, 4001, 20):
        widths, beside = studio.columns(mode, width)
        assert all(w > 0 for w in widths), (width, widths)
        if width < studio.STACKED_PX:
            assert (widths, beside) == ([1, 1], False)
            continue
        assert sum(widths) + studio.GAP_PX * (len(widths) - 1) == pytest.approx(width), (width, widths)
        assert beside == (len(widths) == 3)
        if beside:
            assert widths[1] >= studio.PICTURE_MIN_PX
