"""The praatplaat format v1 as a pydantic model (Dutch keys, as written in the YAML)."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from . import filenames

SOORTEN = ("online", "email", "chat", "sociale-media", "telefoon", "video", "balie", "thuis", "post")
STATUSSEN = ("gepland", "bezig", "klaar")
ICONEN = (
    "hart", "hand", "mens", "mensen", "oog", "ster", "schild", "sleutel", "lamp", "kompas",
    "weegschaal", "klok", "check", "praat", "boek", "huis",
)


def _to_text(value: object) -> object:
    """Let numbers and dates written without quotes count as text (e.g. ``wanneer: 2026``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _no_bool(value: object) -> object:
    """YAML's true equals 1 to Python; refuse it where a number is meant."""
    return str(value).lower() if isinstance(value, bool) else value


def _only_one(value: object) -> object:
    """The version is the whole number 1: not true, not 1.0."""
    if isinstance(value, float):
        raise PydanticCustomError("literal_error", "Input should be 1", {"expected": "1"})
    return _no_bool(value)


def _plain_name(value: str) -> str:
    """A logo is a plain file name next to the vision (praatplaat.filenames)."""
    problem = filenames.problem(value)
    if problem:
        raise PydanticCustomError("logo_name", "not a plain file name ({reason})", {"reason": problem})
    return value


def _text(max_length: int):
    return Annotated[
        str,
        BeforeValidator(_to_text),
        StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length),
    ]


Naam = _text(160)
Tekst = _text(1200)
Ref = _text(160)
Kleur = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


def slug(text: str) -> str:
    """A stable id from a name: 'Wij zijn er om te helpen' -> 'wij-zijn-er-om-te-helpen'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return text or "x"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class _Named(_Strict):
    naam: Naam
    id: Ref | None = None

    def model_post_init(self, _context) -> None:
        if self.id is None:
            self.id = slug(self.naam)


HUISSTIJL_KLEUREN = ("primair", "accent", "achtergrond", "tekst")


class Huisstijl(_Strict):
    """House style: colours, the font of web pages and the corner radius (also from design tokens)."""

    primair: Kleur = "#00558C"
    accent: Kleur = "#F39200"
    achtergrond: Kleur = "#FFFFFF"
    tekst: Kleur = "#1B1B1B"
    lettertype: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,59}$")] | None = Field(
        default=None, description="Lettertype van webpagina's (HTML, krant); de plaat blijft Atkinson Hyperlegible")
    hoekstraal: int | None = Field(default=None, ge=0, le=40, description="Hoekstraal van vlakken en kaarten (px)")


def _none_is_empty(empty):
    """A key written with nothing after it (``principes:`` while the list is still to be typed) counts as empty."""
    return BeforeValidator(lambda value: empty() if value is None else value)


class Visie(_Strict):
    kern: Tekst | None = None  # None: not written yet (the studio shows an empty place to type it)
    toelichting: Tekst | None = None


class Principe(_Named):
    uitleg: Tekst | None = None
    voorbeelden: list[Tekst] = Field(default_factory=list, max_length=20)
    icoon: Literal[ICONEN] | None = None  # type: ignore[valid-type]


class Fundament(_Strict):
    naam: Naam
    uitleg: Tekst | None = None


class Kanaal(_Named):
    soort: Literal[SOORTEN]  # type: ignore[valid-type]
    bereikbaarheid: Tekst | None = None
    servicenorm: Tekst | None = None


class Doelgroep(_Named):
    uitleg: Tekst | None = None


class Stap(_Strict):
    naam: Naam
    kanaal: Ref | None = None
    principes: list[Ref] = Field(default_factory=list, max_length=12)
    beleving: StrictInt | None = Field(default=None, ge=-2, le=2)
    toelichting: Tekst | None = None


class Klantreis(_Named):
    doelgroep: Ref | None = None
    stappen: Annotated[list[Stap], _none_is_empty(list)] = Field(default_factory=list, max_length=40)


class Verhaal(_Strict):
    citaat: Tekst
    wie: Naam | None = None
    principe: Ref | None = None


class Agendapunt(_Named):
    wanneer: Naam | None = None
    status: Literal[STATUSSEN] = "gepland"  # type: ignore[valid-type]
    principes: list[Ref] = Field(default_factory=list, max_length=12)


ARTIKELSOORTEN = ("nieuws", "verhaal", "inwoner-aan-zet", "agenda", "kanalen")


class Artikel(_Strict):
    """An article of a newsletter edition; ``tekst`` holds paragraphs separated by a blank line."""

    titel: Naam
    tekst: _text(6000)
    soort: Literal[ARTIKELSOORTEN] = "nieuws"  # type: ignore[valid-type]
    intro: Tekst | None = None
    citaat: Tekst | None = None
    principe: Ref | None = None
    reis: Ref | None = None
    foto: Annotated[str, StringConstraints(max_length=200)] | None = None
    foto_tekst: Tekst | None = None
    auteur: Naam | None = None


class Editie(_Strict):
    """One edition; ``stand`` records agenda statuses at its date (agenda item -> status)."""

    nummer: StrictInt = Field(json_schema_extra={"minimum": 1})
    datum: Naam
    opening: Tekst | None = None
    artikelen: list[Artikel] = Field(default_factory=list, max_length=30)
    stand: dict[Ref, Naam] = Field(default_factory=dict, max_length=40,
                                   json_schema_extra={"additionalProperties": {"enum": list(STATUSSEN)}})


class Krant(_Strict):
    """The service newsletter (dienstverleningskrant) made from the vision."""

    naam: Naam
    edities: list[Editie] = Field(min_length=1, max_length=100)


class Vision(_Strict):
    """A service vision (dienstverleningsvisie), format version 1."""

    versie: Annotated[Literal[1], BeforeValidator(_only_one)]
    basis: Ref | None = Field(
        default=None, examples=["overheid", "mens-centraal"],
        description="Een ingebouwde basis (overheid, mens-centraal) of de naam van een YAML-bestand naast deze visie",
    )
    weglaten: list[Ref] = Field(
        default_factory=list, max_length=60, description="Ids van overgenomen elementen die wegvallen",
    )
    _herkomst: dict = PrivateAttr(default_factory=dict)  # set by load when built on a base (praatplaat.basis)

    @property
    def herkomst(self) -> dict:
        """Where elements come from when the vision builds on a base: (collection, id) -> basis.Herkomst."""
        return self._herkomst

    titel: Naam
    ondertitel: Naam | None = None
    organisatie: Naam
    logo: Annotated[
        str,
        StringConstraints(max_length=filenames.MAX_NAME_CHARS, pattern=filenames.NAME_PATTERN),
        AfterValidator(_plain_name),
    ] | None = None
    huisstijl: Huisstijl = Field(default_factory=Huisstijl)
    visie: Annotated[Visie, _none_is_empty(dict)] = Field(default_factory=Visie)
    principes: Annotated[list[Principe], _none_is_empty(list)] = Field(default_factory=list, max_length=12)
    fundament: Fundament | None = None
    kanalen: list[Kanaal] = Field(default_factory=list, max_length=36)
    doelgroepen: list[Doelgroep] = Field(default_factory=list, max_length=24)
    klantreizen: list[Klantreis] = Field(default_factory=list, max_length=60)
    verhalen: list[Verhaal] = Field(default_factory=list, max_length=40)
    agenda: list[Agendapunt] = Field(default_factory=list, max_length=40)
    krant: Krant | None = None
