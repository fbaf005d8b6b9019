"""The national overview: ``python -m praatplaat vergelijk FOLDER --out overzicht.html|png|pdf|svg``.

For hundreds of visions (pure, no drawing here: praatplaat.vergelijk_export draws it): per base (``basis:``), which
organisations adopt, change or leave out each of its principles, counted per kind of organisation (gemeente,
provincie, waterschap, uitvoeringsorganisatie: from the first word of ``organisatie``); and the own
principles that many organisations share though no base has them (grouped by their content words, then
joined when their names score at least SHARED_SCORE by praatplaat.compare.name_score).

A principle counts as changed (aangepast) when the organisation changed a field of it that its base had not
already changed; left out (weggelaten) when the organisation does not have it (``weglaten:``).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from .compare import name_score
from .compare import words as content_words
from .words import lang_of, table

OVERGENOMEN, AANGEPAST, WEGGELATEN = "overgenomen", "aangepast", "weggelaten"
STATUSES = (OVERGENOMEN, AANGEPAST, WEGGELATEN)
KINDS = ("gemeente", "provincie", "waterschap", "uitvoeringsorganisatie")
SHARED_SCORE = 0.7  # stricter than comparing a few visions (0.6): among hundreds, chance likeness adds up
SHARED_SHARE = 0.05  # an own principle is "shared by many" from this share of the organisations (at least 3)

def words(lang: str) -> dict:
    """The overview's words (praatplaat.words.LANDELIJK)."""
    return table("landelijk", lang)


def kind_of(organisatie: str) -> str:
    """The kind of organisation from its name: 'Gemeente Beekdal' -> gemeente; a name that starts with
    no known kind is an uitvoeringsorganisatie (Dienst Inkomen, UWV, ...)."""
    first = organisatie.strip().split(" ", 1)[0].lower() if organisatie.strip() else ""
    return first if first in KINDS[:3] else "uitvoeringsorganisatie"


@dataclass
class Org:
    name: str
    kind: str
    file: str
    basis: str | None
    status: dict[str, str] = field(default_factory=dict)  # base principle id -> OVERGENOMEN/AANGEPAST/WEGGELATEN
    own: list[str] = field(default_factory=list)  # names of its own principles


@dataclass
class Base:
    name: str
    principles: list[tuple[str, str]]  # (id, naam) in the base's order
    orgs: list[Org] = field(default_factory=list)
    herkomst: dict = field(default_factory=dict)  # the base's own origins: the fields it changed itself

    def counts(self, pid: str, kind: str | None = None) -> Counter:
        return Counter(o.status[pid] for o in self.orgs if kind is None or o.kind == kind)

    @property
    def kinds(self) -> list[str]:
        present = {o.kind for o in self.orgs}
        return [k for k in KINDS if k in present]


@dataclass
class Shared:
    """An own principle many organisations have: its most common name, every name used, and who."""

    label: str
    names: list[str]
    orgs: list[Org]

    def per_kind(self) -> Counter:
        return Counter(o.kind for o in self.orgs)


@dataclass
class Overview:
    orgs: list[Org]
    bases: list[Base]  # the bases in use, most organisations first; a last Base("") for visions without one
    shared: list[Shared]
    threshold: int
    failed: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> Counter:
        return Counter(o.kind for o in self.orgs)


def _base_principles(name: str, folder: Path, cache: dict) -> tuple[list[tuple[str, str]], dict]:
    """The principles of base ``name`` (built-in, or a file next to the vision) and their origins."""
    from .basis import BUILTIN_DIR, builtins
    from .load import load_file

    path = BUILTIN_DIR / f"{name}.yaml" if name in builtins() else folder / name
    key = str(path)
    if key not in cache:
        result = load_file(path)
        cache[key] = ([(p.id, p.naam) for p in result.vision.principes], result.herkomst) if result.ok else ([], {})
    return cache[key]


def build(results: list, files: list[str] | None = None) -> Overview:
    """The overview of loaded visions (LoadResults that are ok; ``files``: where each came from)."""
    files = files or [r.filename for r in results]
    cache: dict = {}
    bases: dict[str, Base] = {}
    orgs: list[Org] = []
    own: list[tuple[Org, str]] = []
    base_names: list[str] = []
    for result, file in zip(results, files, strict=True):
        v = result.vision
        org = Org(v.organisatie or v.titel, kind_of(v.organisatie or ""), file, v.basis)
        orgs.append(org)
        key = v.basis or ""
        if key not in bases:
            principles, herkomst = _base_principles(v.basis, Path(file).parent, cache) if v.basis else ([], {})
            bases[key] = Base(key, principles, herkomst=herkomst)
            base_names += [n for _, n in principles]
        base = bases[key]
        base.orgs.append(org)
        mine = {p.id: p for p in v.principes}
        for pid, _ in base.principles:
            h = result.herkomst.get(("principes", pid))
            if pid not in mine or h is None or h.status == "eigen":
                org.status[pid] = WEGGELATEN
                continue
            before = base.herkomst.get(("principes", pid))
            changed = set(h.velden) - set(before.velden if before else ())
            org.status[pid] = AANGEPAST if changed else OVERGENOMEN
        for p in v.principes:
            h = result.herkomst.get(("principes", p.id))
            if h is None or h.status == "eigen":
                org.own.append(p.naam)
                own.append((org, p.naam))
    threshold = max(3, math.ceil(SHARED_SHARE * len(orgs)))
    ordered = sorted((b for b in bases.values() if b.name), key=lambda b: (-len(b.orgs), b.name))
    if "" in bases:
        ordered.append(bases[""])
    return Overview(orgs, ordered, shared_principles(own, base_names, threshold), threshold)


def shared_principles(own: list[tuple[Org, str]], base_names: list[str], threshold: int) -> list[Shared]:
    """Own principles held by at least ``threshold`` organisations and like no base principle."""
    groups: dict[frozenset, list[tuple[Org, str]]] = {}
    for org, naam in own:
        groups.setdefault(frozenset(content_words(naam)), []).append((org, naam))
    clusters: list[list[tuple[Org, str]]] = []
    labels: list[str] = []
    for members in sorted(groups.values(), key=len, reverse=True):
        label = Counter(n for _, n in members).most_common(1)[0][0]
        for i, other in enumerate(labels):
            if name_score(label, other) >= SHARED_SCORE:
                clusters[i] += members
                break
        else:
            clusters.append(list(members))
            labels.append(label)
    out = []
    for members in clusters:
        orgs = list({id(o): o for o, _ in members}.values())
        if len(orgs) < threshold:
            continue
        names = Counter(n for _, n in members)
        label = names.most_common(1)[0][0]
        if any(name_score(label, b) >= SHARED_SCORE for b in base_names):
            continue  # it is in a base after all, under its own id
        out.append(Shared(label, [n for n, _ in names.most_common()], orgs))
    return sorted(out, key=lambda s: (-len(s.orgs), s.label))


def load_folder(paths: list[str]) -> tuple[list, list[str]]:
    """The LoadResults of every *.yaml / *.yml in the folders (and files) named, and their file names."""
    from .batch import collect
    from .load import load_file

    files = collect(paths, unique=False)
    return [load_file(f) for f in files], [str(f) for f in files]


def kinds_text(counts: Counter, lang: str) -> str:
    w = words(lang)
    return ", ".join(f"{counts[k]} {w['k_' + k] if counts[k] != 1 else w[k]}" for k in KINDS if counts[k])


def status_text(counts: Counter, lang: str) -> str:
    w = words(lang)
    return " · ".join(f"{counts[s]} {w[s]}" for s in STATUSES)


# --- HTML: the accessible, searchable page --------------------------------------------------------

_STYLE = (
    "body{font-family:'Atkinson Hyperlegible',system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem;"
    "color:#1B1B1B;background:#fff;line-height:1.45}table{border-collapse:collapse;width:100%;margin:.5rem 0 2rem}"
    "th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#EEF2F7}"
    "caption{text-align:left;font-weight:bold;font-size:1.15rem;padding:.4rem 0}"
    "label{font-weight:bold;display:block;margin-top:1rem}input[type=search]{font:inherit;padding:.4rem;"
    "width:min(30rem,100%);border:2px solid #1B1B1B;border-radius:4px}input:focus{outline:3px solid #0B5FBF;"
    "outline-offset:2px}.wide{overflow-x:auto}[hidden]{display:none}"
)
_SCRIPT = """
(function () {
  var input = document.getElementById('filter'), status = document.getElementById('filter-status');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr[data-q]'));
  var template = status.getAttribute('data-template'), timer;
  function apply() {
    var q = input.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var on = !q || row.getAttribute('data-q').indexOf(q) >= 0;
      row.hidden = !on; if (on) shown++;
    });
    status.textContent = template.replace('{n}', shown).replace('{total}', rows.length);
  }
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
})();
"""


def _row(cells: list[str], search: str) -> str:
    return f'<tr data-q="{escape(search.lower())}">{"".join(cells)}</tr>'


def html_page(ov: Overview, lang: str = "nl") -> str:
    """The overview as one self-contained page: a filter input over every table, tables with captions and
    headers (per base, the shared own principles, every organisation)."""
    w = words(lang)
    lang = lang_of(lang)
    parts = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(w['titel'])}</title><style>{_STYLE}</style></head><body><main>",
        f"<h1>{escape(w['titel'])}</h1>",
        f"<p>{escape(w['intro'].format(n=len(ov.orgs), orgs=kinds_text(ov.kinds, lang)))}</p>",
    ]
    if ov.failed:
        parts.append(f"<p>{escape(w['mislukt'].format(n=len(ov.failed), files=', '.join(ov.failed)))}</p>")
    parts.append(f'<div role="search"><label for="filter">{escape(w["filter"])}</label>'
                 f'<input id="filter" type="search" autocomplete="off">'
                 f'<p id="filter-status" role="status" data-template="{escape(w["zichtbaar"])}"></p></div>')
    head = "".join(f'<th scope="col">{escape(w[s].capitalize())}</th>' for s in STATUSES)
    for base in ov.bases:
        if not base.name:
            continue
        title = w["basis"].format(name=base.name)
        parts.append(f"<h2>{escape(title)}</h2><p>{escape(w['orgs'].format(n=len(base.orgs)))}: "
                     f"{escape(kinds_text(Counter(o.kind for o in base.orgs), lang))}</p>")
        parts.append(f'<div class="wide"><table><caption>{escape(title)}: {escape(w["principes"])}'
                     f'</caption><thead><tr><th scope="col">{escape(w["principe"])}</th><th scope="col">'
                     f'{escape(w["soort"])}</th>{head}</tr></thead><tbody>')
        for pid, naam in base.principles:
            for kind in [None] + base.kinds:
                c = base.counts(pid, kind)
                label = w["totaal"] if kind is None else w[kind]
                who = " ".join(o.name for o in base.orgs if kind is None or o.kind == kind) if kind else ""
                cells = [f'<th scope="row">{escape(naam)}</th>', f"<td>{escape(label)}</td>"]
                cells += [f'<td class="n">{c[s]}</td>' for s in STATUSES]
                parts.append(_row(cells, f"{naam} {label} {who}"))
        parts.append("</tbody></table></div>")
    parts.append(f"<h2>{escape(w['gedeeld'])}</h2><p>{escape(w['drempel'].format(n=ov.threshold))}</p>")
    if ov.shared:
        kinds = [k for k in KINDS if ov.kinds[k]]
        kind_head = "".join(f'<th scope="col">{escape(w["k_" + k].capitalize())}</th>' for k in kinds)
        parts.append(f'<div class="wide"><table><caption>{escape(w["gedeeld_kort"])}</caption><thead><tr>'
                     f'<th scope="col">{escape(w["principe"])}</th><th scope="col">{escape(w["namen"])}</th>'
                     f'<th scope="col">{escape(w["aantal"])}</th>{kind_head}</tr></thead><tbody>')
        for s in ov.shared:
            per = s.per_kind()
            cells = [f'<th scope="row">{escape(s.label)}</th>', f"<td>{escape(' / '.join(s.names))}</td>",
                     f'<td class="n">{len(s.orgs)}</td>'] + [f'<td class="n">{per[k]}</td>' for k in kinds]
            parts.append(_row(cells, " ".join(s.names) + " " + " ".join(o.name for o in s.orgs)))
        parts.append("</tbody></table></div>")
    else:
        parts.append(f"<p>{escape(w['niets_gedeeld'].format(n=ov.threshold))}</p>")
    parts.append(f"<h2>{escape(w['organisaties'])}</h2>")
    parts.append(f'<div class="wide"><table><caption>{escape(w["organisaties"])} ({len(ov.orgs)})</caption>'
                 f'<thead><tr><th scope="col">{escape(w["organisatie"])}</th><th scope="col">{escape(w["soort"])}'
                 f'</th><th scope="col">{escape(w["basis_kol"])}</th>{head}<th scope="col">{escape(w["eigen"])}'
                 "</th></tr></thead><tbody>")
    names = {b.name: dict(b.principles) for b in ov.bases}
    for org in sorted(ov.orgs, key=lambda o: (KINDS.index(o.kind), o.name)):
        by = {s: [names[org.basis or ""].get(p, p) for p, st in org.status.items() if st == s] for s in STATUSES}
        cells = [f'<th scope="row">{escape(org.name)}</th>', f"<td>{escape(w[org.kind])}</td>",
                 f"<td>{escape(org.basis or w['geen'])}</td>"]
        cells += [f"<td>{escape(', '.join(by[s]) or '—')}</td>" for s in STATUSES]
        cells.append(f"<td>{escape(', '.join(org.own) or '—')}</td>")
        search = " ".join([org.name, w[org.kind], org.basis or ""] + org.own + [n for s in STATUSES for n in by[s]])
        parts.append(_row(cells, search))
    parts.append("</tbody></table></div>")
    parts.append(f"</main><script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts)


def tables_text(ov: Overview, lang: str = "nl") -> str:
    """The tables of the page without the filter: the text of the PDF after the picture."""
    page = html_page(ov, lang)
    body = page[page.index("<main>") + 6: page.index("</main>")]
    start = body.index('<div role="search">')
    end = body.index("</p></div>", start) + len("</p></div>")
    return body[:start] + body[end:]
