"""HTML export: self-contained, language set, hotspots focusable in reading order, full text alternative."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from praatplaat.export import export
from praatplaat.layout import build_scene
from praatplaat.load import load_text
from praatplaat.render.html import render_html

VISION = """\
versie: 1
titel: Zo helpen wij u
organisatie: Gemeente </script><script>alert(1)</script>
huisstijl: {primair: "#00558C", accent: "#F39200"}
visie:
  kern: Wij werken met menselijke maat.
  toelichting: Iedereen moet ons kunnen bereiken.
principes:
  - naam: Wij zijn er om te helpen
    uitleg: We denken mee.
    voorbeelden: [We bellen terug, "We leggen uit <wat> & waarom"]
  - naam: Duidelijk en benaderbaar
fundament: {naam: Menselijke waardigheid, uitleg: Altijd.}
kanalen:
  - {naam: Website, soort: online, bereikbaarheid: dag en nacht, servicenorm: direct antwoord}
  - {naam: Telefoon, soort: telefoon, bereikbaarheid: "ma-vr 8-17 uur"}
  - {naam: Balie, soort: balie}
  - {naam: Brief, soort: post, servicenorm: binnen 2 werkdagen}
doelgroepen:
  - {naam: Nieuwe inwoner, uitleg: Net verhuisd.}
klantreizen:
  - naam: Verhuizen
    doelgroep: Nieuwe inwoner
    stappen:
      - {naam: Verhuizing doorgeven, kanaal: Website, beleving: -2, principes: [Duidelijk en benaderbaar]}
      - {naam: Vraag stellen, kanaal: Telefoon, beleving: 2, toelichting: Snel geholpen.}
verhalen:
  - {citaat: "Ik werd netjes teruggebeld.", wie: Mevrouw J., principe: Wij zijn er om te helpen}
agenda:
  - {naam: Chat invoeren, wanneer: 2026, status: bezig, principes: [Duidelijk en benaderbaar]}
"""


class Page(HTMLParser):
    """Collects tags with attributes, and the text inside the text-alternative region."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.alt_text: list[str] = []
        self._depth = 0  # >0 while inside the text alternative

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if self._depth:
            self._depth += tag not in ("br", "img", "meta")
        elif tag == "div" and attrs.get("id", "").endswith("-text"):
            self._depth = 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.alt_text.append(data)


def vision():
    result = load_text(VISION)
    assert result.ok, result.report()
    return result.vision


def page(view="overzicht", lang="nl", fragment=False) -> tuple[str, Page]:
    v = vision()
    html = render_html(build_scene(v, view, lang=lang), v, lang=lang, fragment=fragment)
    parsed = Page()
    parsed.feed(html)
    return html, parsed


@pytest.mark.parametrize("fragment", [False, True])
def test_self_contained(fragment):
    html, parsed = page(fragment=fragment)
    assert "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert all(u.startswith("data:") for u in re.findall(r"url\(\s*['\"]?([^'\")]+)", html))
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "iframe", "object", "embed")
        if tag == "script":
            assert "src" not in attrs
        for key in ("src", "href"):
            value = attrs.get(key)
            assert value is None or value.startswith(("#", "data:")), (tag, key, value)
    assert "@font-face" in html and "font/ttf;base64," in html


def test_user_text_cannot_break_out_of_the_page():
    html, parsed = page()
    assert [t for t, _ in parsed.tags].count("script") == 2  # the JSON data and the behaviour, nothing else
    assert "alert(1)</script>" not in html
    data = next(t for t in html.split('<script type="application/json" data-pp>')[1:])
    assert json.loads(data.split("</script>")[0])["_words"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_language(lang):
    html, parsed = page(lang=lang)
    assert parsed.tags[0] == ("html", {"lang": lang})
    assert ("Direct naar de tekstversie" in html) == (lang == "nl")
    assert ("Skip to the text version" in html) == (lang == "en")
    assert ("zeer negatief" in html) == (lang == "nl") and ("very negative" in html) == (lang == "en")


def test_hotspots_focusable_in_reading_order():
    v = vision()
    scene = build_scene(v, "overzicht")
    _, parsed = page()
    buttons = [a for t, a in parsed.tags if "pp-hs" in a.get("class", "").split()]
    assert [b["data-ref"] for b in buttons] == [h.ref for h in scene.hotspots]
    assert all(b["tabindex"] == "0" and b["role"] == "button" and b["aria-label"] for b in buttons)
    assert all(int(a.get("tabindex", "0")) <= 0 for _, a in parsed.tags)  # the tab order is the document order


def test_text_alternative_is_complete_and_semantic():
    v = vision()
    _, parsed = page()
    text = " ".join(" ".join(parsed.alt_text).split())
    names = [p.naam for p in v.principes] + [p.uitleg for p in v.principes if p.uitleg]
    names += [x for p in v.principes for x in p.voorbeelden] + [v.visie.kern, v.visie.toelichting, v.fundament.naam]
    names += [k.naam for k in v.kanalen] + ["dag en nacht", "direct antwoord", "binnen 2 werkdagen"]
    names += [g.naam for g in v.doelgroepen] + [r.naam for r in v.klantreizen]
    names += [s.naam for r in v.klantreizen for s in r.stappen] + ["Snel geholpen.", "zeer negatief", "zeer positief"]
    names += [x.citaat for x in v.verhalen] + ["Mevrouw J.", "Chat invoeren", "2026", "bezig"]
    names += ["Digitaal", "Telefonisch", "Persoonlijk", "Schriftelijk"]
    for name in names:
        assert name in text, name
    tags = [t for t, _ in parsed.tags]
    assert tags.count("h1") == 1 and "h2" in tags and "ol" in tags and "blockquote" in tags and "dl" in tags


def test_picture_is_a_labelled_group_with_a_live_details_panel():
    html, parsed = page()
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    group = next(a for _, a in parsed.tags if a.get("role") == "group")
    assert group["aria-labelledby"] in ids and group["aria-describedby"] in ids
    assert any(a.get("aria-live") == "polite" for _, a in parsed.tags)
    skip = next(a for t, a in parsed.tags if t == "a")
    assert skip["href"][1:] in ids


def test_fragment_is_scoped_under_one_unique_root():
    html, parsed = page(fragment=True)
    tags = [t for t, _ in parsed.tags]
    assert not {"html", "head", "body", "main", "h1"} & set(tags)
    root = parsed.tags[0][1]
    prefix = root["class"]
    assert re.fullmatch(r"pp[0-9a-f]{8}", prefix) and root["id"] == prefix and root["lang"] == "nl"
    ids = [a["id"] for _, a in parsed.tags if "id" in a]
    assert len(ids) == len(set(ids)) and all(i.startswith(prefix) for i in ids)
    for _, attrs in parsed.tags:
        for cls in attrs.get("class", "").split():
            assert cls.startswith((prefix, "pp-")), cls
    css = "".join(re.findall(r"<style>(.*?)</style>", html, re.S))
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@font-face\{[^}]*\}", "", css)
    css = re.sub(r"@media[^{]*\{", "", css)
    for rule in re.findall(r"([^{}]+)\{", css):
        for selector in rule.split(","):
            assert selector.strip().startswith(f".{prefix}"), selector


def test_other_content_other_prefix():
    v = vision()
    a = render_html(build_scene(v), v, fragment=True)
    v.titel = "Anders"
    b = render_html(build_scene(v), v, fragment=True)
    assert re.match(r'<div class="(\w+)"', a).group(1) != re.match(r'<div class="(\w+)"', b).group(1)


def test_export_entry_point():
    out = export(vision(), "html", lang="en", fragment=True).decode("utf-8")
    assert out.startswith("<div") and 'lang="en"' in out


@pytest.mark.parametrize("style", [{}, {"primair": "#FFD400", "accent": "#FFFF80", "tekst": "#999999"},
                                   {"achtergrond": "#14213D", "primair": "#1D3557", "tekst": "#333333"}])
def test_the_web_pages_take_their_colours_from_the_theme_and_each_passes(style):
    """One palette: the HTML export and the krant read the theme's roles, text 4.5:1 and lines 3:1 on their
    background, whatever the house style."""
    from praatplaat.krant.html import colours as krant_colours
    from praatplaat.model import Huisstijl
    from praatplaat.render.html import _colours
    from praatplaat.theme import Theme, contrast

    t = Theme.from_huisstijl(Huisstijl(**style))
    page = _colours(t)
    pairs = [("ink", "bg", 4.5), ("on-ink", "ink", 4.5), ("heading", "bg", 4.5), ("muted", "bg", 4.5),
             ("ink-panel", "panel", 4.5), ("muted-panel", "panel", 4.5), ("line", "panel", 3), ("select", "bg", 3)]
    assert all(contrast(page[fg], page[bg]) >= ratio for fg, bg, ratio in pairs)
    vision = load_text(VISION).vision.model_copy(update={"huisstijl": Huisstijl(**style)})
    krant = krant_colours(vision)
    assert (krant["tint"], krant["muted-tint"], krant["line"]) == (t.panel, page["muted-panel"], page["line"])
