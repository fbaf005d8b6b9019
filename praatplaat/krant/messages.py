"""Messages about the ``krant:`` section, registered in praatplaat.diagnostics.MESSAGES on import."""

from __future__ import annotations

from ..diagnostics import MESSAGES

KRANT_MESSAGES = {
    "krant_number": {
        "nl": "het editienummer moet 1 of hoger zijn, niet {value}",
        "en": "the edition number must be 1 or more, not {value}",
    },
    "krant_duplicate_number": {
        "nl": "editie {number} bestaat al (regel {first}); elk editienummer mag maar één keer voorkomen",
        "en": "edition {number} already exists (line {first}); every edition number may appear only once",
    },
    "krant_date": {
        "nl": "'{value}' is geen geldige datum; schrijf jaar-maand-dag, zoals \"2026-09-01\"",
        "en": "'{value}' is not a valid date; write year-month-day, such as \"2026-09-01\"",
    },
    "krant_too_much_text": {
        "nl": "editie {number} heeft te veel tekst voor de krant ({size} tekens; maximaal {limit}); verdeel de "
              "artikelen over twee edities of kort ze in",
        "en": "edition {number} has too much text for the newsletter ({size} characters; at most {limit}); spread "
              "the articles over two editions or shorten them",
    },
    "krant_photo_name": {
        "nl": "foto '{name}' moet een gewone bestandsnaam zijn van een bestand naast de visie (zonder map, "
              "'/', '\\\\' of een punt vooraan)",
        "en": "photo '{name}' must be a plain name of a file next to the vision (no folder, '/', '\\\\' or "
              "leading dot)",
    },
    "krant_photo_missing": {
        "nl": "foto '{name}' niet gevonden naast het bestand",
        "en": "photo '{name}' not found next to the file",
    },
    "krant_alt_missing": {
        "nl": "de foto bij '{title}' heeft geen beschrijving; schrijf onder 'foto' een 'foto_tekst' voor wie de "
              "foto niet kan zien",
        "en": "the photo of '{title}' has no description; add 'foto_tekst' below 'foto' for readers who cannot "
              "see it",
    },
    "krant_status": {
        "nl": "'{value}' is geen geldige status; kies uit: gepland, bezig, klaar{hint}",
        "en": "'{value}' is not a valid status; choose from: gepland, bezig, klaar{hint}",
    },
    "krant_passive": {
        "nl": "lijdende vorm in {field}: '{start} …'; schrijf liever actief (wie doet wat?)",
        "en": "passive voice in {field}: '{start} …'; prefer the active voice (who does what?)",
    },
}

MESSAGES.update(KRANT_MESSAGES)
