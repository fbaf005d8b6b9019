"""One edition of the newsletter as HTML: one source for the web page and, through WeasyPrint, the PDF.

The page is semantic HTML (header, main, article, section, figure, blockquote, ol) with the house
style's colours (praatplaat.theme.Theme, each text colour chosen against what lies behind it),
the Atkinson Hyperlegible font inline, pictures inline, no script and no network. On screen it is
one column on a phone and newspaper columns from 900 px on; for print (``media="print"``, what
WeasyPrint reads) it has A4/A3 pages, columns, page numbers in the margin, headings kept with
their text and paragraphs never split, so an article only continues on the next page at the end
of a paragraph. The articles' columns are balanced on their last page only in an edition of at most
BALANCED_CHARS characters: WeasyPrint balances by laying that page out again 1 px taller at a time, which
took up to 10 s of CPU for some editions at the text limit; a larger edition fills its columns in order.
"""

from __future__ import annotations

import base64
import html
import re
from functools import cache
from pathlib import Path

from .. import fonts
from ..alttext import alt_text, word
from ..export import export
from ..layout.common import grouped_channels
from ..model import STATUSSEN, Artikel, Vision
from ..theme import Theme
from ..tokens import CSS_PROPS
from ..words import lang_of, table
from .check import edition_chars
from .edition import Edition, edition, long_date
from .photo import mime, read_photo

SIZES = ("a4", "a3")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@cache
def _font_b64(bold: bool) -> str:
    return base64.b64encode(fonts.path(bold).read_bytes()).decode("ascii")


BALANCED_CHARS = 6_000  # an edition with at most this much text has balanced columns on its last article page


def _font_css(inline: bool) -> str:
    out = []
    for bold in (False, True):
        src = (f"data:font/ttf;base64,{_font_b64(bold)}" if inline else fonts.path(bold).as_uri())
        out.append(f"@font-face{{font-family:'{fonts.FAMILY}';src:url('{src}') format('truetype');"
                   f"font-weight:{700 if bold else 400};font-style:normal}}")
    return "".join(out)


def colours(vision: Vision) -> dict[str, str]:
    """The newsletter's colours by their CSS names, from the theme; every text colour passes 4.5:1 on its
    background (``tint``: the panel)."""
    t = Theme.from_huisstijl(vision.huisstijl)
    return {
        "bg": t.background, "ink": t.text, "tint": t.panel, "ink-tint": t.text_panel,
        "head": t.heading_bg, "head-tint": t.heading, "mast": t.primary, "on-mast": t.on_primary,
        "accent": t.accent, "accent-text": t.accent_text, "muted": t.muted_bg, "muted-tint": t.muted,
        "line": t.line, "klaar": t.status_text("klaar"), "bezig": t.status_text("bezig"),
    }


# Text/background pairs the page uses (for the contrast test and the checker).
TEXT_PAIRS = (("ink", "bg"), ("ink-tint", "tint"), ("head", "bg"), ("head-tint", "tint"), ("on-mast", "mast"),
              ("accent-text", "bg"), ("muted", "bg"), ("muted-tint", "tint"), ("klaar", "tint"),
              ("bezig", "tint"))


def _css(c: dict[str, str], size: str, inline_fonts: bool, page_word: str, font: str | None = None,
         balance: bool = True) -> str:
    columns = 3 if size == "a3" else 2
    fill = "balance" if balance else "auto"
    base_pt = 11 if size == "a3" else 9.5
    # Colours and font read the NL Design System properties when a theme sets them (praatplaat.tokens.CSS_PROPS).
    nlds = {"bg": CSS_PROPS["bg"], "ink": CSS_PROPS["ink"], "head": CSS_PROPS["heading"]}
    v = ";".join(f"--{k}:var({nlds[k]}, {val})" if k in nlds else f"--{k}:{val}" for k, val in c.items())
    family = (f"'{font}', " if font else "") + f"'{fonts.FAMILY}', sans-serif"
    return _font_css(inline_fonts) + f"""
:root{{{v};--font:var({CSS_PROPS['font']}, {family})}}
*{{box-sizing:border-box}}
html{{font-family:var(--font);color:var(--ink);background:var(--bg);line-height:1.45}}
body{{margin:0 auto;max-width:72rem;padding:0 1rem 2rem;font-size:1.0625rem}}
h1,h2,h3{{line-height:1.2;color:var(--head);break-after:avoid}}
h2{{font-size:1.5rem;margin:1.5rem 0 .5rem}} h3{{font-size:1.15rem;margin:1rem 0 .35rem}}
p{{margin:0 0 .7em;orphans:3;widows:3}}
a{{color:var(--head)}}
.mast{{background:var(--mast);color:var(--on-mast);padding:1rem 1.25rem;display:flex;gap:1rem;align-items:center;
  margin:0 -1rem 1rem;flex-wrap:wrap}}
.mast img{{height:3.5rem;width:auto;background:#fff;padding:.25rem;border-radius:.25rem}}
.mast h1{{color:var(--on-mast);font-size:clamp(1.6rem,5vw,2.6rem);margin:0}}
.mast p{{margin:.2rem 0 0;font-weight:700}}
.lead{{font-size:clamp(1.3rem,3.5vw,1.9rem);font-weight:700;color:var(--head);margin:.5rem 0}}
.kicker{{display:block;font-size:.85rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;
  color:var(--accent-text);margin-bottom:.2rem}}
figure{{margin:0 0 1rem}}
figcaption{{font-size:.9rem;color:var(--muted)}}
.plaat svg{{width:100%;height:auto;display:block;border:1px solid var(--line)}}
.toc{{border-top:.2rem solid var(--mast);padding-top:.4rem;margin:1rem 0 1.5rem}}
.toc h2{{font-size:1.1rem;margin:0 0 .3rem}} .toc ol{{margin:0;padding-left:1.2rem}}
.opening{{font-size:1.15rem;border-left:.35rem solid var(--accent);padding-left:.8rem}}
.cols{{column-gap:2rem}}
article{{margin:0 0 1.5rem}}
article h2{{margin-top:0}}
.intro{{font-weight:700}}
.verder,.vervolg{{font-weight:700;font-size:.9rem;color:var(--accent-text)}}
.foto{{width:100%;aspect-ratio:3/2;object-fit:cover;display:block;border-radius:.25rem}}
blockquote{{margin:1rem 0;padding:.5rem 0 .5rem 1rem;border-left:.35rem solid var(--accent)}}
blockquote p{{font-size:1.25rem;font-weight:700;color:var(--head);margin:0}}
.byline,.refs{{font-size:.9rem;color:var(--muted)}}
.band{{background:var(--tint);color:var(--ink-tint);padding:1rem 1.25rem;border-radius:.5rem;margin:1.5rem 0}}
.band h2,.band h3{{color:var(--head-tint)}} .band .byline,.band .refs,.band figcaption{{color:var(--muted-tint)}}
.groups{{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}}
.groups ul,.timeline,.changes,.principles{{list-style:none;margin:0;padding:0}}
.groups li{{margin:0 0 .7rem;break-inside:avoid}}
.groups li strong{{display:block;margin-bottom:.1rem}}
.timeline li{{position:relative;padding:0 0 .6rem 2rem;break-inside:avoid}}
.timeline li::before{{content:"";position:absolute;left:.6rem;top:1.2rem;bottom:0;border-left:2px solid var(--line)}}
.timeline li:last-child::before{{display:none}}
.mark{{position:absolute;left:.1rem;top:.2rem;width:1rem;height:1rem;border-radius:50%;border:.2rem solid var(--line)}}
.mark-klaar{{background:var(--klaar);border-color:var(--klaar)}}
.mark-bezig{{border-color:var(--bezig);border-width:.5rem .2rem .2rem .2rem}}
.mark-gepland{{background:var(--bg);border-color:var(--muted-tint)}}
.status{{font-weight:700}}
.st-klaar{{color:var(--klaar)}} .st-bezig{{color:var(--bezig)}} .st-gepland{{color:var(--muted-tint)}}
.changes li{{margin:0 0 .4rem;break-inside:avoid}}
.quote{{margin:.6rem 0 .8rem}} .quote blockquote{{margin:0 0 .2rem;padding:.1rem 0 .1rem .8rem}}
.quote blockquote p{{font-size:1.05rem}}
.principles{{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem;counter-reset:p}}
.principles li{{border-top:.3rem solid var(--mast);padding-top:.5rem;break-inside:avoid}}
.fundament{{margin-top:1rem}}
@media (min-width:900px){{
  .cols{{column-count:2}} .cols article{{break-inside:avoid-column}}
}}
@media print{{
  @page{{size:{size.upper()} portrait;margin:14mm 13mm 16mm;
    @bottom-left{{content:string(krant) " · " string(meta);
      font-family:'{fonts.FAMILY}';font-size:8pt;color:{c['muted']}}}
    @bottom-right{{content:"{page_word} " counter(page) " / " counter(pages);font-family:'{fonts.FAMILY}';
      font-size:8pt;color:{c['muted']}}}}}
  html{{font-size:{base_pt}pt}}
  body{{max-width:none;padding:0;width:auto}}
  .mast{{margin:0 0 4mm}}
  .mast h1{{font-size:2.6rem;string-set:krant content()}}
  .mast p{{string-set:meta content()}}
  .lead{{font-size:1.9rem}}
  .cols{{column-count:{columns};column-gap:6mm;column-fill:{fill}}}
  .timeline{{display:grid;grid-template-columns:repeat({columns},1fr);column-gap:6mm}}
  .timeline li::before{{display:none}}
  .toc a::after{{content:" · {page_word} " target-counter(attr(href), page)}}
  .groups,.principles{{grid-template-columns:repeat({columns},1fr);gap:4mm 6mm}}
  .groups>div{{break-inside:avoid}}
  .plaat svg{{max-height:{'150mm' if size == 'a3' else '105mm'}}}
  p,li,figure,blockquote{{break-inside:avoid}}
  h2,h3,.kicker,.intro{{break-after:avoid}}
  article{{break-inside:auto}}
  .band{{break-inside:avoid}}
  .agenda,.kanalen{{break-inside:auto}}
  .back{{break-before:page}}
  .verder{{position:absolute;left:0;top:100%;white-space:nowrap;font-style:normal;text-transform:none;
    letter-spacing:0}}
  .vervolg{{break-after:avoid}}
  .cols article{{margin:0;padding-bottom:1.5rem}}
  .cols p,.cols h2,.cols h3,.cols figure{{margin-top:0;margin-bottom:0}}
  .cols p{{padding-bottom:.7em}} .cols h2{{padding-bottom:.5rem}} .cols h3{{padding-bottom:.35rem}}
  .cols figure{{padding-bottom:1rem}} .cols .kicker{{margin:0;padding-bottom:.2rem}}
  .cols blockquote{{margin:0 0 .7em}} .cols blockquote p{{padding:0}}
  .byline,.refs{{break-before:avoid}}
  .foto{{height:{"57mm" if size == "a3" else "58mm"};object-fit:cover}}
  .kanalen>p,.agenda>p{{break-after:avoid}}
  a{{text-decoration:none}}
}}
"""


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _article(a: Artikel, aid: str, vision: Vision, w: dict, base_dir: Path | None,
             notes: dict[str, dict[str, int]]) -> str:
    """The article's blocks, each with an id ``<aid>-<k>`` so the PDF can say where a split article goes on."""
    names = {p.id: p.naam for p in vision.principes}
    reizen = {r.id: r.naam for r in vision.klantreizen}
    parts = [f'<p class="kicker">{esc(w["soort"][a.soort])}</p>', f"<h2>{esc(a.titel)}</h2>"]
    if a.intro:
        parts.append(f'<p class="intro">{esc(a.intro)}</p>')
    photo = read_photo(a.foto, base_dir) if a.foto else None
    if photo:
        src = f"data:{mime(photo)};base64,{base64.b64encode(photo).decode('ascii')}"
        parts.append(f'<figure><img class="foto" src="{src}" alt="{esc(a.foto_tekst or "")}"></figure>')
    for i, p in enumerate(_paragraphs(a.tekst)):
        parts.append(f"<p>{esc(p)}</p>")
        if i == 0 and a.citaat:
            parts.append(f'<blockquote class="pull"><p>“{esc(a.citaat)}”</p></blockquote>')
    refs = []
    if a.principe in names:
        refs.append(w["principe"].format(name=names[a.principe]))
    if a.reis in reizen:
        refs.append(w["reis"].format(name=reizen[a.reis]))
    if refs:
        parts.append(f'<p class="refs">{esc(" · ".join(refs))}</p>')
    if a.auteur:
        parts.append(f'<p class="byline">{esc(w["door"].format(who=a.auteur))}</p>')
    out = []
    for k, part in enumerate(parts):
        block = f"{aid}-{k}"
        note = notes.get(block, {})
        if "vervolg" in note:
            out.append(f'<p class="vervolg">{esc(w["vervolg"].format(title=a.titel, n=note["vervolg"]))}</p>')
        if "verder" in note:  # out of the flow, hanging below the block: it never moves the page break
            end = part.rindex("</")
            part = (part[:end] + f'<span class="verder">{esc(w["verder"].format(n=note["verder"]))}</span>'
                    + part[end:])
            out.append(re.sub(r"^<(\w+)", rf'<\1 id="{block}" style="position:relative"', part, count=1))
        else:
            out.append(re.sub(r"^<(\w+)", rf'<\1 id="{block}"', part, count=1))
    return "".join(out)


def _plaat_svg(vision: Vision, lang: str, logo: bytes | None, herkomst: bool) -> str:
    svg = export(vision, "svg", lang=lang, logo=logo, herkomst=herkomst).decode("utf-8")
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    title = esc(alt_text(vision, "overzicht", lang))
    return re.sub(r"(<title[^>]*>).*?(</title>)", lambda m: m.group(1) + title + m.group(2), svg, count=1,
                  flags=re.S)


def _kanalen(vision: Vision, w: dict, lang: str, intro: Artikel | None) -> str:
    out = ['<section class="kanalen band" aria-labelledby="kanalen-kop">',
           f'<h2 id="kanalen-kop">{esc(intro.titel if intro else w["kanalen"])}</h2>']
    if intro:
        out += [f"<p>{esc(p)}</p>" for p in _paragraphs(intro.tekst)]
    out.append('<div class="groups">')
    ways = table("ccf_group", lang)  # "online", "bellen"...: how each group of channels is used
    for group, members in grouped_channels(vision):
        out.append(f"<div><h3>{esc(word(group, lang))} <span class=\"refs\">· {esc(ways[group])}</span></h3><ul>")
        for k in members:
            facts = []
            if k.bereikbaarheid:
                facts.append(f"{esc(w['bereikbaarheid'])}: {esc(k.bereikbaarheid)}")
            if k.servicenorm:
                facts.append(f"{esc(w['servicenorm'])}: {esc(k.servicenorm)}")
            out.append(f"<li><strong>{esc(k.naam)}</strong>{'<br>'.join(facts)}</li>")
        out.append("</ul></div>")
    out.append("</div></section>")
    return "".join(out)


def _agenda(vision: Vision, ed: Edition, w: dict, intro: Artikel | None) -> str:
    out = ['<section class="agenda band" aria-labelledby="agenda-kop">',
           f'<h2 id="agenda-kop">{esc(intro.titel if intro else w["agenda"])}</h2>']
    if intro:
        out += [f"<p>{esc(p)}</p>" for p in _paragraphs(intro.tekst)]
    if ed.previous is None:
        out.append(f"<p>{esc(w['eerste'])}</p>")
    else:
        out.append(f"<h3>{esc(w['veranderd'].format(n=ed.previous.nummer))}</h3>")
        if ed.changes:
            out.append('<ul class="changes">')
            for ch in ed.changes:
                change = w["was"].format(before=w["status"][ch.before], after=w["status"][ch.after])
                out.append(f"<li><strong>{esc(ch.punt.naam)}</strong>: {esc(change)}</li>")
            out.append("</ul>")
        else:
            out.append(f"<p>{esc(w['niets_veranderd'].format(n=ed.previous.nummer))}</p>")
    out.append(f'<h3>{esc(w["agenda"])}</h3><ol class="timeline">' if intro else '<ol class="timeline">')
    order = sorted(vision.agenda, key=lambda p: (-STATUSSEN.index(ed.status[p.id]), p.wanneer or ""))
    for p in order:
        st = ed.status[p.id]
        when = f" · {esc(p.wanneer)}" if p.wanneer else ""
        out.append(f'<li><span class="mark mark-{st}" aria-hidden="true"></span>'
                   f'<strong>{esc(p.naam)}</strong><br><span class="status st-{st}">{esc(w["status"][st])}</span>'
                   f"{when}</li>")
    out.append("</ol></section>")
    return "".join(out)


def _toc(articles: list[Artikel], vision: Vision, w: dict) -> str:
    items = [(f"artikel-{i + 1}", a.titel) for i, a in enumerate(articles)]
    items += [("agenda-kop", w["agenda"])] if vision.agenda else []
    items += [("kanalen-kop", w["kanalen"])] if vision.kanalen else []
    items += [("principes-kop", w["principes"])]
    links = "".join(f'<li><a href="#{ref}">{esc(title)}</a></li>' for ref, title in items)
    return f'<nav class="toc" aria-labelledby="toc-kop"><h2 id="toc-kop">{esc(w["inhoud"])}</h2><ol>{links}</ol></nav>'


def _quote(v) -> str:
    who = f"<figcaption>— {esc(v.wie)}</figcaption>" if v.wie else ""
    return f'<figure class="quote"><blockquote><p>“{esc(v.citaat)}”</p></blockquote>{who}</figure>'


def _back(vision: Vision, w: dict) -> str:
    """The back page: the core, every principle with the quotes that carry it, the foundation."""
    out = ['<section class="back" aria-labelledby="principes-kop">',
           f'<h2 id="principes-kop">{esc(w["principes"])}</h2>',
           f'<p class="lead">{esc(vision.visie.kern or "")}</p><ol class="principles">']
    ids = {p.id for p in vision.principes}
    for p in vision.principes:
        out.append(f"<li><h3>{esc(p.naam)}</h3>")
        if p.uitleg:
            out.append(f"<p>{esc(p.uitleg)}</p>")
        out += [_quote(v) for v in vision.verhalen if v.principe == p.id]
        out.append("</li>")
    loose = [v for v in vision.verhalen if v.principe not in ids]
    if loose:
        out.append(f"<li><h3>{esc(w['verhalen'])}</h3>{''.join(_quote(v) for v in loose)}</li>")
    out.append("</ol>")
    if vision.fundament:
        out.append(f'<div class="fundament band"><h3>{esc(w["fundament"])}: {esc(vision.fundament.naam)}</h3>')
        if vision.fundament.uitleg:
            out.append(f"<p>{esc(vision.fundament.uitleg)}</p>")
        out.append("</div>")
    out.append(f'<p class="refs">{esc(vision.organisatie)} · {esc(vision.titel)}</p></section>')
    return "".join(out)


def render_krant_html(vision: Vision, nummer: int | None = None, *, lang: str = "nl", size: str = "a4",
                      logo: bytes | None = None, base_dir: Path | None = None, for_print: bool = False,
                      notes: dict[str, dict[str, int]] | None = None, herkomst: bool = False) -> str:
    """The whole edition as one self-contained HTML page (``for_print``: fonts by file for WeasyPrint); the
    picture in it has origin marks only with ``herkomst`` (an edition is for the public).

    ``notes`` maps an article block id to {"verder": page} (a "continued on page" line after it) and/or
    {"vervolg": page} (a "continued from page" line before it); praatplaat.krant.pdf computes them.
    """
    notes = notes or {}
    lang = lang_of(lang)
    w = table("krant", lang)
    ed = edition(vision, nummer)
    e = ed.editie
    c = colours(vision)
    krant = vision.krant
    kinds = {a.soort: a for a in e.artikelen if a.soort in ("agenda", "kanalen")}
    articles = [a for a in e.artikelen if a not in kinds.values()]
    logo_img = ""
    if logo:
        logo_img = (f'<img src="data:image/png;base64,{base64.b64encode(logo).decode("ascii")}" '
                    f'alt="{esc(vision.organisatie)}">')
    when = long_date(e.datum, lang).replace(" ", "\u00a0")
    meta = f"{vision.organisatie} · {w['editie'].format(n=e.nummer)} · {when}"
    body = [f'<header class="mast">{logo_img}<div><h1>{esc(krant.naam)}</h1><p>{esc(meta)}</p></div></header>',
            '<main><div class="front">',
            f'<p class="kicker">{esc(w["lead"])}</p><p class="lead">{esc(vision.visie.kern or "")}</p>']
    if vision.visie.toelichting:
        body.append(f"<p>{esc(vision.visie.toelichting)}</p>")
    body.append(f'<figure class="plaat">{_plaat_svg(vision, lang, logo, herkomst)}'
                f"<figcaption>{esc(w['plaat'])}: {esc(vision.titel)}. {esc(w['plaat_hint'])}</figcaption></figure>")
    if e.opening:
        body.append(f'<p class="opening">{esc(e.opening)}</p>')
    body.append(_toc(articles, vision, w))
    body.append("</div>")
    if articles:
        body.append('<div class="cols">')
        body += [f'<article id="artikel-{i + 1}">{_article(a, f"artikel-{i + 1}", vision, w, base_dir, notes)}'
                 "</article>" for i, a in enumerate(articles)]
        body.append("</div>")
    if vision.agenda:
        body.append(_agenda(vision, ed, w, kinds.get("agenda")))
    if vision.kanalen:
        body.append(_kanalen(vision, w, lang, kinds.get("kanalen")))
    body.append(_back(vision, w))
    body.append("</main>")
    title = f"{krant.naam} · {w['editie'].format(n=e.nummer)}"
    # The organisation's font is for the reader's browser; a PDF is made here, where it is not installed.
    font = None if for_print else vision.huisstijl.lettertype
    css = _css(c, size if size in SIZES else "a4", not for_print, w["pagina"], font,
               balance=edition_chars(e) <= BALANCED_CHARS)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{css}</style></head><body>{''.join(body)}</body></html>")
