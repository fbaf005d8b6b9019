"""Every interface string of the studio, Dutch first, English selectable."""

from __future__ import annotations

import streamlit as st

LANGS = {"nl": "Nederlands", "en": "English"}

STRINGS: dict[str, dict[str, str]] = {
    # page and navigation
    "app_title": {"nl": "Praatplaat studio", "en": "Praatplaat studio"},
    "tagline": {
        "nl": "Van dienstverleningsvisie naar praatplaat",
        "en": "From service vision to talking picture",
    },
    "language": {"nl": "Taal", "en": "Language"},
    "mode": {"nl": "Werkwijze", "en": "Mode"},
    "mode_edit": {"nl": "Bewerken", "en": "Edit"},
    "mode_forms": {"nl": "Formulieren", "en": "Forms"},
    "mode_gallery": {"nl": "Galerij", "en": "Gallery"},
    "mode_present": {"nl": "Presenteren", "en": "Present"},
    # workspace
    "workspace": {"nl": "Werkruimte", "en": "Workspace"},
    "undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "redo": {"nl": "Opnieuw", "en": "Redo"},
    "download_yaml": {"nl": "Download YAML", "en": "Download YAML"},
    "autosaved": {
        "nl": "Alles wordt automatisch bewaard. Bewaar de link van deze pagina om later verder te werken.",
        "en": "Everything is saved automatically. Keep this page's link to continue later.",
    },
    "workspace_id": {"nl": "Werkruimte-id: `{id}`", "en": "Workspace id: `{id}`"},
    # editor and diagnostics
    "editor_label": {"nl": "Visie in YAML", "en": "Vision in YAML"},
    "errors_title": {"nl": "{n} fout(en) in de tekst", "en": "{n} error(s) in the text"},
    "more_errors": {"nl": "en nog {n} fout(en) verderop", "en": "and {n} more error(s) further down"},
    "warnings_title": {"nl": "{n} waarschuwing(en)", "en": "{n} warning(s)"},
    "at_line": {"nl": "Regel {line}, kolom {col}", "en": "Line {line}, column {col}"},
    "showing_last_good": {
        "nl": "De plaat toont de laatste geldige versie. Uw tekst blijft staan; herstel de fouten en de plaat volgt.",
        "en": "The picture shows the last valid version. Your text is kept; fix the errors and the picture follows.",
    },
    "no_picture_yet": {
        "nl": "Nog geen plaat: herstel eerst de fouten in de tekst.",
        "en": "No picture yet: first fix the errors in the text.",
    },
    "empty_workspace": {
        "nl": "Deze werkruimte is leeg. Kies een voorbeeld of het lege sjabloon in de galerij.",
        "en": "This workspace is empty. Pick an example or the empty template in the gallery.",
    },
    # picture
    "view": {"nl": "Weergave", "en": "View"},
    "view_overzicht": {"nl": "Overzicht", "en": "Overview"},
    "view_huis": {"nl": "Huis", "en": "House"},
    "view_kanalen": {"nl": "Kanalen", "en": "Channels"},
    "view_reis": {"nl": "Klantreis", "en": "Journey"},
    "journey": {"nl": "Klantreis", "en": "Journey"},
    "picture_alt": {"nl": "Praatplaat: {title}", "en": "Talking picture: {title}"},
    "render_failed": {
        "nl": "Deze plaat kon niet worden getekend. Uw tekst is bewaard; probeer een andere weergave of "
              "maak de laatste wijziging ongedaan.",
        "en": "This picture could not be drawn. Your text is saved; try another view or undo the last change.",
    },
    "click_hint": {
        "nl": "Klik op een onderdeel van de plaat voor de details en wat ermee samenhangt.",
        "en": "Click a part of the picture for its details and what is linked to it.",
    },
    # details
    "details": {"nl": "Details", "en": "Details"},
    "clear_selection": {"nl": "Selectie opheffen", "en": "Clear selection"},
    "linked": {"nl": "Hangt samen met", "en": "Linked to"},
    "open_journey": {"nl": "Toon deze klantreis", "en": "Show this journey"},
    "kind_visie": {"nl": "Visie", "en": "Vision"},
    "kind_principe": {"nl": "Principe", "en": "Principle"},
    "kind_fundament": {"nl": "Fundament", "en": "Foundation"},
    "kind_kanaal": {"nl": "Kanaal", "en": "Channel"},
    "kind_stap": {"nl": "Stap", "en": "Step"},
    "kind_klantreis": {"nl": "Klantreis", "en": "Journey"},
    "kind_verhaal": {"nl": "Verhaal", "en": "Quote"},
    "kind_agenda": {"nl": "Agendapunt", "en": "Agenda item"},
    "kind_doelgroep": {"nl": "Doelgroep", "en": "Target group"},
    "f_uitleg": {"nl": "Uitleg", "en": "Explanation"},
    "f_voorbeelden": {"nl": "Voorbeelden", "en": "Examples"},
    "f_icoon": {"nl": "Icoon", "en": "Icon"},
    "f_toelichting": {"nl": "Toelichting", "en": "Explanation"},
    "f_soort": {"nl": "Soort", "en": "Kind"},
    "f_bereikbaarheid": {"nl": "Bereikbaarheid", "en": "Availability"},
    "f_servicenorm": {"nl": "Servicenorm", "en": "Service norm"},
    "f_kanaal": {"nl": "Kanaal", "en": "Channel"},
    "f_principes": {"nl": "Principes", "en": "Principles"},
    "f_principe": {"nl": "Principe", "en": "Principle"},
    "f_beleving": {"nl": "Beleving", "en": "Experience"},
    "f_wie": {"nl": "Wie", "en": "Who"},
    "f_wanneer": {"nl": "Wanneer", "en": "When"},
    "f_status": {"nl": "Status", "en": "Status"},
    "f_doelgroep": {"nl": "Doelgroep", "en": "Target group"},
    "f_stappen": {"nl": "Stappen", "en": "Steps"},
    "f_klantreis": {"nl": "Klantreis", "en": "Journey"},
    "step_of": {"nl": "Stap {n} van {total}", "en": "Step {n} of {total}"},
    "status_gepland": {"nl": "gepland", "en": "planned"},
    "status_bezig": {"nl": "bezig", "en": "in progress"},
    "status_klaar": {"nl": "klaar", "en": "done"},
    # forms
    "forms_intro": {
        "nl": "Wijzig de tabellen; de YAML-tekst en de plaat volgen. Een lege regel onderaan voegt een rij toe.",
        "en": "Change the tables; the YAML text and the picture follow. The empty row at the bottom adds a row.",
    },
    "forms_need_yaml": {
        "nl": "De formulieren werken zodra de tekst weer leesbare YAML is. Herstel eerst deze fout:",
        "en": "The forms work again once the text is readable YAML. First fix this error:",
    },
    "section_algemeen": {"nl": "Algemeen", "en": "General"},
    "section_principes": {"nl": "Principes", "en": "Principles"},
    "section_kanalen": {"nl": "Kanalen", "en": "Channels"},
    "section_doelgroepen": {"nl": "Doelgroepen", "en": "Target groups"},
    "section_klantreizen": {"nl": "Klantreizen", "en": "Journeys"},
    "section_verhalen": {"nl": "Verhalen", "en": "Quotes"},
    "section_agenda": {"nl": "Agenda", "en": "Agenda"},
    "steps_of": {"nl": "Stappen van de klantreis", "en": "Steps of the journey"},
    "no_journeys": {"nl": "Nog geen klantreizen: voeg er hierboven een toe.", "en": "No journeys yet: add one above."},
    "col_naam": {"nl": "Naam", "en": "Name"},
    "col_id": {"nl": "Id (optioneel)", "en": "Id (optional)"},
    "col_citaat": {"nl": "Citaat", "en": "Quote"},
    "f_titel": {"nl": "Titel", "en": "Title"},
    "f_ondertitel": {"nl": "Ondertitel", "en": "Subtitle"},
    "f_organisatie": {"nl": "Organisatie", "en": "Organisation"},
    "f_kern": {"nl": "Kern van de visie", "en": "Core of the vision"},
    "f_visie_toelichting": {"nl": "Toelichting op de visie", "en": "Explanation of the vision"},
    "f_fundament": {"nl": "Fundament", "en": "Foundation"},
    "f_fundament_uitleg": {"nl": "Uitleg bij het fundament", "en": "Explanation of the foundation"},
    "new_item": {"nl": "Nieuw", "en": "New"},
    "new_quote": {"nl": "Nieuw citaat", "en": "New quote"},
    "first_step": {"nl": "Eerste stap", "en": "First step"},
    "help_list": {"nl": "Meerdere waarden: typ en kies, of voeg nieuwe toe.", "en": "Several values: type and pick."},
    # gallery
    "gallery_title": {"nl": "Kies een vertrekpunt", "en": "Pick a starting point"},
    "gallery_intro": {
        "nl": "Open een voorbeeld, begin met het lege sjabloon of laad uw eigen bestand. "
              "Uw huidige tekst gaat niet verloren: met Ongedaan maken komt hij terug.",
        "en": "Open an example, start from the empty template or load your own file. "
              "Your current text is not lost: Undo brings it back.",
    },
    "open": {"nl": "Openen", "en": "Open"},
    "template_title": {"nl": "Leeg sjabloon", "en": "Empty template"},
    "template_text": {
        "nl": "Een korte opzet met uitleg in de tekst. Vul zelf uw visie in.",
        "en": "A short outline with explanations in the text. Fill in your own vision.",
    },
    "start_empty": {"nl": "Begin leeg", "en": "Start empty"},
    "upload": {"nl": "Eigen bestand openen (YAML, of een PNG uit Praatplaat)", "en": "Open your own file (YAML, or a "
               "PNG made by Praatplaat)"},
    "upload_png_no_source": {
        "nl": "Deze PNG bevat geen praatplaat-tekst. Alleen PNG's die Praatplaat zelf maakte kunt u weer openen.",
        "en": "This PNG carries no praatplaat text. Only PNGs made by Praatplaat can be opened again.",
    },
    "upload_too_large": {"nl": "Het bestand is te groot (maximaal {limit}).", "en": "The file is too large (at most "
                         "{limit})."},
    "upload_unreadable": {"nl": "Dit bestand kan niet worden gelezen: {reason}", "en": "This file cannot be read: "
                          "{reason}"},
    "upload_done": {"nl": "'{name}' is geopend.", "en": "'{name}' has been opened."},
    "example_broken": {"nl": "(dit voorbeeld bevat fouten)", "en": "(this example has errors)"},
    "no_thumbnail": {"nl": "Geen voorbeeldafbeelding", "en": "No preview"},
    # huisstijl
    "huisstijl": {"nl": "Huisstijl", "en": "House style"},
    "c_primair": {"nl": "Primair", "en": "Primary"},
    "c_accent": {"nl": "Accent", "en": "Accent"},
    "c_achtergrond": {"nl": "Achtergrond", "en": "Background"},
    "c_tekst": {"nl": "Tekst", "en": "Text"},
    "logo": {"nl": "Logo (PNG, JPG, GIF of WebP; tot 2 MB)", "en": "Logo (PNG, JPG, GIF or WebP; up to 2 MB)"},
    "logo_remove": {"nl": "Logo verwijderen", "en": "Remove logo"},
    "logo_saved": {"nl": "Logo opgeslagen en in de YAML gezet.", "en": "Logo saved and set in the YAML."},
    "logo_too_large": {
        "nl": "Dit logo is te groot ({size}); het mag hoogstens 2 MB zijn.",
        "en": "This logo is too large ({size}); it may be at most 2 MB.",
    },
    "logo_too_wide": {
        "nl": "Dit logo is te groot ({w}×{h} pixels); hoogstens 4000 pixels breed en hoog.",
        "en": "This logo is too large ({w}×{h} pixels); at most 4000 pixels wide and high.",
    },
    "logo_not_image": {
        "nl": "Dit bestand is geen afbeelding die we kunnen lezen. Kies een PNG, JPG, GIF of WebP.",
        "en": "This file is not an image we can read. Choose a PNG, JPG, GIF or WebP.",
    },
    "huisstijl_needs_valid": {
        "nl": "De huisstijl is te wijzigen zodra de tekst leesbare YAML is.",
        "en": "The house style can be changed once the text is readable YAML.",
    },
    # export
    "export": {"nl": "Exporteren", "en": "Export"},
    "export_format": {"nl": "Formaat", "en": "Format"},
    "export_make": {"nl": "Bestand maken", "en": "Create file"},
    "export_download": {"nl": "Download {name}", "en": "Download {name}"},
    "exporting": {"nl": "Bezig met {label}…", "en": "Creating {label}…"},
    "export_failed": {
        "nl": "Dit bestand kon niet worden gemaakt. Probeer een ander formaat of een andere weergave.",
        "en": "This file could not be created. Try another format or view.",
    },
    "export_needs_valid": {
        "nl": "Exporteren kan zodra de tekst geen fouten meer heeft.",
        "en": "Exporting is possible once the text has no errors.",
    },
    "export_view": {"nl": "Weergave: {view}", "en": "View: {view}"},
    "fmt_png_scherm": {"nl": "PNG – scherm (1920 × 1080)", "en": "PNG – screen (1920 × 1080)"},
    "fmt_png_2x": {"nl": "PNG – 2× scherm (3840 × 2160)", "en": "PNG – 2× screen (3840 × 2160)"},
    "fmt_png_a4": {"nl": "PNG – A4 drukwerk (300 dpi)", "en": "PNG – A4 print (300 dpi)"},
    "fmt_png_a3": {"nl": "PNG – A3 drukwerk (300 dpi)", "en": "PNG – A3 print (300 dpi)"},
    "fmt_svg": {"nl": "SVG – vector", "en": "SVG – vector"},
    "fmt_pdf_a4": {"nl": "PDF – A4", "en": "PDF – A4"},
    "fmt_pdf_a3": {"nl": "PDF – A3", "en": "PDF – A3"},
    "fmt_html": {"nl": "HTML – interactief en toegankelijk", "en": "HTML – interactive and accessible"},
    "fmt_yaml": {"nl": "YAML – de brontekst", "en": "YAML – the source text"},
    "png_editable": {
        "nl": "PNG's bevatten de YAML-tekst: open zo'n PNG later weer in de galerij om verder te werken.",
        "en": "PNGs carry the YAML text: open such a PNG in the gallery later to continue working.",
    },
    # presenter
    "present_what": {"nl": "Wat presenteert u?", "en": "What are you presenting?"},
    "present_principles": {"nl": "De principes", "en": "The principles"},
    "present_journey": {"nl": "Klantreis: {name}", "en": "Journey: {name}"},
    "previous": {"nl": "Vorige", "en": "Previous"},
    "next": {"nl": "Volgende", "en": "Next"},
    "position": {"nl": "{n} van {total}", "en": "{n} of {total}"},
    "keys_hint": {
        "nl": "Toetsen: ← vorige · → volgende",
        "en": "Keys: ← previous · → next",
    },
    "nothing_to_present": {
        "nl": "Er is nog niets om te presenteren: herstel eerst de fouten in de tekst.",
        "en": "Nothing to present yet: first fix the errors in the text.",
    },
    # general
    "unexpected": {
        "nl": "Er ging iets mis. Uw werk is bewaard; probeer het opnieuw.",
        "en": "Something went wrong. Your work is saved; please try again.",
    },
    # --- krant ---
    "mode_krant": {"nl": "Krant", "en": "Newsletter"},
    "k_intro": {
        "nl": "Maak van de visie een dienstverleningskrant: per editie artikelen, de agenda, de kanalen en de "
              "verhalen, als PDF om te drukken en als webpagina.",
        "en": "Turn the vision into a service newsletter: per edition articles, the agenda, the channels and the "
              "quotes, as a PDF for print and as a web page.",
    },
    "k_name": {"nl": "Naam van de krant", "en": "Name of the newsletter"},
    "k_start": {"nl": "Krant beginnen", "en": "Start a newsletter"},
    "k_default_name": {"nl": "Dienstverleningskrant", "en": "Dienstverleningskrant"},
    "k_edition": {"nl": "Editie", "en": "Edition"},
    "k_edition_label": {"nl": "Editie {n} · {date}", "en": "Edition {n} · {date}"},
    "k_new_edition": {"nl": "Nieuwe editie", "en": "New edition"},
    "k_new_edition_help": {
        "nl": "Begint editie {n}. De huidige stand van de agenda wordt bewaard bij editie {prev}, zodat de nieuwe "
              "editie laat zien wat er verandert.",
        "en": "Starts edition {n}. The agenda's current statuses are kept with edition {prev}, so the new edition "
              "shows what changes.",
    },
    "k_date": {"nl": "Datum", "en": "Date"},
    "k_opening": {"nl": "Openingstekst", "en": "Opening text"},
    "k_save": {"nl": "Opslaan", "en": "Save"},
    "k_articles": {"nl": "Artikelen", "en": "Articles"},
    "k_add_article": {"nl": "Artikel toevoegen", "en": "Add article"},
    "k_new_title": {"nl": "Nieuw artikel", "en": "New article"},
    "k_new_text": {"nl": "Schrijf hier het artikel.", "en": "Write the article here."},
    "k_title": {"nl": "Kop", "en": "Headline"},
    "k_kind": {"nl": "Soort", "en": "Kind"},
    "k_intro_field": {"nl": "Intro (vet onder de kop)", "en": "Intro (bold below the headline)"},
    "k_text": {"nl": "Tekst (alinea's gescheiden door een lege regel)",
               "en": "Text (paragraphs separated by an empty line)"},
    "k_quote": {"nl": "Uitgelicht citaat", "en": "Pull quote"},
    "k_principle": {"nl": "Principe", "en": "Principle"},
    "k_journey": {"nl": "Klantreis", "en": "Journey"},
    "k_photo": {"nl": "Foto", "en": "Photo"},
    "k_photo_alt": {"nl": "Beschrijving van de foto (alt-tekst)", "en": "Description of the photo (alt text)"},
    "k_author": {"nl": "Auteur", "en": "Author"},
    "k_none": {"nl": "(geen)", "en": "(none)"},
    "k_upload": {"nl": "Foto uploaden (JPEG, PNG of WebP)", "en": "Upload a photo (JPEG, PNG or WebP)"},
    "k_upload_bad": {"nl": "Dit bestand is geen bruikbare foto.", "en": "This file is not a usable photo."},
    "k_up": {"nl": "Omhoog", "en": "Up"},
    "k_down": {"nl": "Omlaag", "en": "Down"},
    "k_delete": {"nl": "Verwijderen", "en": "Delete"},
    "k_preview": {"nl": "Voorbeeld", "en": "Preview"},
    "k_size": {"nl": "Papier", "en": "Paper"},
    "k_page": {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"},
    "k_download_pdf": {"nl": "PDF ({size})", "en": "PDF ({size})"},
    "k_download_html": {"nl": "Webpagina (HTML)", "en": "Web page (HTML)"},
    "k_making": {"nl": "De krant wordt opgemaakt…", "en": "Laying out the newsletter…"},
    "k_fix_errors": {
        "nl": "Herstel eerst de fouten in de tekst; dan volgen voorbeeld en export.",
        "en": "Fix the errors in the text first; the preview and export follow.",
    },
    "k_no_agenda_note": {
        "nl": "De agenda van deze editie: wat niet bij 'stand' staat, telt met de huidige status.",
        "en": "This edition's agenda: what is not in 'stand' counts with its current status.",
    },
}


def lang() -> str:
    """The interface language of this session."""
    value = st.session_state.get("lang", "nl")
    return value if value in LANGS else "nl"


def tr(key: str, language: str, **params) -> str:
    """The string ``key`` in ``language`` (Dutch when missing), formatted with ``params``."""
    entry = STRINGS[key]
    text = entry.get(language) or entry["nl"]
    return text.format(**params) if params else text


def t(key: str, **params) -> str:
    """The string ``key`` in this session's language."""
    return tr(key, lang(), **params)
