"""Every text the review app shows a person, in one place (Swedish), so another language can be added beside it.

Python code and templates read ``TEXTS``; the browser gets the same table as
JSON. Law text is not quoted: provisions are named by chapter and section.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Category code (the CLI contract) -> Swedish name shown to reviewers.
CATEGORY_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "PERSON": "Namn",
        "PERSONNUMMER": "Personnummer",
        "PHONE": "Telefonnummer",
        "EMAIL": "E-postadress",
        "ADDRESS": "Adress",
        "POSTAL_CODE": "Postnummer och ort",
        "PROPERTY": "Fastighetsbeteckning",
        "ORG_NUMBER": "Organisationsnummer",
        "BANK_ACCOUNT": "Bankkonto",
        "IBAN": "IBAN-nummer",
        "LICENSE_PLATE": "Registreringsnummer",
        "IP_ADDRESS": "IP-adress",
        "DATE_OF_BIRTH": "Födelsedatum",
        "ID_NUMBER": "Identifikationsnummer",
        "MANUAL": "Manuell maskering",
    }
)

#: Provisions a reviewer can pick in the legal-ground list (beside the profile's own), with what each protects.
COMMON_GROUNDS: Mapping[str, str] = MappingProxyType(
    {
        "21 kap. 1 § OSL": "uppgifter om hälsa eller sexualliv",
        "21 kap. 3 § OSL": "adress m.m. för den som riskerar förföljelse (t.ex. skyddad identitet)",
        "21 kap. 7 § OSL": "personuppgifter som efter utlämnande kan antas behandlas i strid med dataskyddsregleringen",
        "23 kap. 1 § OSL": "förskola: barns och andra enskildas personliga förhållanden",
        "23 kap. 2 § OSL": "skola: elevers personliga förhållanden (elevhälsa, särskilt stöd)",
        "25 kap. 1 § OSL": "hälso- och sjukvård: hälsotillstånd och personliga förhållanden",
        "26 kap. 1 § OSL": "socialtjänst: enskildas personliga förhållanden",
        "35 kap. 1 § OSL": "brottsutredning: personliga och ekonomiska förhållanden",
        "39 kap. 1 § OSL": "personalsocial verksamhet: anställdas personliga förhållanden",
        "39 kap. 3 § OSL": "personaladministration: anställdas hemadress, privata telefonnummer m.m.",
    }
)

#: Finding states as the reviewer sees them.
STATUS_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "pending_mask": "föreslås maskeras",
        "pending_disclose": "föreslås lämnas ut",
        "masked": "maskeras",
        "disclosed": "lämnas ut",
        "manual": "manuell maskering",
    }
)

TEXTS: Mapping[str, str] = MappingProxyType(
    {
        "app_title": "Granskning av utlämnande",
        "cases": "Ärenden",
        "new_case": "Nytt ärende",
        "request_id": "Ärende-id (pseudonym)",
        "request_id_hint": "Lämna tomt för ett automatiskt id. Skriv inte sökandens namn här.",
        "received": "Inkom",
        "diarienummer": "Diarienummer",
        "profile": "Verksamhetsprofil",
        "create_case": "Skapa ärende",
        "open_case": "Öppna",
        "no_cases": "Inga ärenden ännu.",
        "documents": "Handlingar",
        "add_document": "Lägg till handling",
        "drop_here": "Släpp filen här för att lägga till den (PDF, e-post, Office, bild, text eller zip).",
        "attachment_of": "bilaga",
        "uploading": "Läser in och söker personuppgifter …",
        "upload_done": "Handlingen är inläst.",
        "page": "Sida",
        "of": "av",
        "previous_page": "Föregående sida",
        "next_page": "Nästa sida",
        "reviewer": "Granskare",
        "reviewer_missing": "Skriv ditt namn som granskare först.",
        "progress": "{reviewed} av {total} granskade",
        "pending_left": "{pending} kvar att granska",
        "by_subject": "Per person",
        "by_category": "Per kategori",
        "mentions": "{count} förekomster",
        "mention": "1 förekomst",
        "on_pages": "sid {pages}",
        "accept": "Maskera",
        "reject": "Lämna ut",
        "accept_all_subject": "Maskera alla",
        "reject_all_subject": "Lämna ut alla",
        "undo": "Ångra",
        "legal_ground": "Sekretessgrund",
        "profile_default": "(profilens standard)",
        "detector": "Hittad av",
        "score": "Säkerhet",
        "selected_none": "Välj en maskering i listan eller på sidan.",
        "search": "Maskera sökord",
        "search_placeholder": "Ord, namn eller nummer",
        "search_regex": "Mönster (reguljärt uttryck)",
        "search_button": "Maskera alla träffar",
        "search_result": "{count} träffar maskerade i ärendets alla handlingar.",
        "search_result_one": "1 träff maskerad i ärendets handlingar.",
        "search_none": "Inga nya träffar att maskera.",
        "draw_hint": "Dra en rektangel på sidan för att maskera ett område.",
        "manual_added": "Området maskeras.",
        "preview": "Förhandsgranska",
        "preview_off": "Tillbaka till granskning",
        "finalise": "Slutför",
        "finalise_title": "Slutför ärendet",
        "finalise_pending": "{pending} förslag är inte granskade.",
        "accept_all_pending": "Godta alla återstående förslag som de är",
        "finalise_button": "Skapa maskerade handlingar",
        "finalising": "Maskerar och verifierar …",
        "finalised": "Klart. Handlingarna är maskerade och verifierade.",
        "download": "Ladda ned",
        "audit_record": "granskningspost",
        "cancel": "Avbryt",
        "keys_help": "Tangenter: j/k nästa/föregående, a maskera, r lämna ut, u ångra, U gör om, +/− zooma",
        "undone": "Ångrat.",
        "nothing_to_undo": "Det finns inget att ångra.",
        "saved": "Sparat.",
        "error": "Fel",
        "stale": "Någon annan (eller en annan flik) har ändrat detta sedan du läste in sidan. Sidan har laddats om; gör om ditt val.",
        "not_found": "Finns inte.",
        "upload_too_large": "Filen är för stor (högst {mb} MB).",
        "upload_not_pdf": "Filen är ingen PDF.",
        "upload_missing": "Välj en fil.",
        "upload_unknown_format": "Filformatet kan inte läsas (tillåtna: {suffixes}).",
        "upload_added": "{n} handlingar är inlästa (e-post med bilagor eller zip).",
        "upload_refused": "Lästes inte: {errors}",
        "bad_request": "Ogiltig begäran.",
        "forbidden": "Begäran nekades (fel adress eller saknat huvud).",
        "internal_error": "Ett internt fel inträffade; försök igen. Inget har sparats av den åtgärden.",
        "manual_group": "Manuella maskeringar",
        "search_group": "Sökord: {term}",
        "login_title": "Logga in",
        "login_name": "Användarnamn",
        "login_password": "Lösenord",
        "login_button": "Logga in",
        "login_failed": "Fel användarnamn eller lösenord.",
        "login_sso_failed": "Inloggningen via organisationens inloggningstjänst gick inte igenom, eller så har du inget konto i granskningen; försök igen eller fråga en administratör.",
        "login_done": "Du är inloggad.",
        "login_continue": "Fortsätt till granskningen",
        "login_throttled": "För många misslyckade försök; vänta tio minuter och försök igen.",
        "login_needed": "Du är inte inloggad (eller sessionen har gått ut); logga in igen.",
        "logout": "Logga ut",
        "role_review": "Din roll får inte granska eller ändra maskeringar; be en granskare.",
        "role_finalise": "Din roll får inte slutföra ärenden; be en beslutsfattare.",
        "role_users": "Bara en administratör får hantera konton.",
        "role_name_granskare": "granskare",
        "role_name_beslutsfattare": "beslutsfattare",
        "role_name_admin": "administratör",
        "case_status": "Status",
        "reopen": "Öppna som ny version",
        "search_tick": "Sök först och markera de träffar som ska maskeras.",
        "search_hits_title": "Träffar – markera de som ska maskeras",
        "search_find": "Sök",
        "search_mask_ticked": "Maskera markerade",
        "search_tick_all": "Markera alla",
        "search_no_hits": "Inga träffar.",
        "find_title": "Sök i handlingarna",
        "outputs_title": "Utdata",
        "snap": "Fäst vid ord",
        "snap_hint": "En ritad eller flyttad ruta anpassas till hela ord den täcker",
        "box_label": "Text i rutorna",
        "box_label_none": "ingen",
        "box_label_category": "kategori",
        "box_label_ground": "rättslig grund (OSL)",
        "box_label_saved": "Rutornas text är vald för ärendet; förhandsgranska för att se den.",
        "outputs_letter": "Beslut (PDF)",
        "outputs_package": "Hela utlämnandet (zip: handlingar, beslut, logg)",
        "redo": "Gör om",
        "redone": "Gjort om.",
        "comment_label": "Kommentar till beslutet",
        "comment_placeholder": "Varför? (syns i historiken, inte i handlingen)",
        "comment_save": "Spara kommentar",
        "comment_saved": "Kommentaren är sparad.",
        "history_title": "Kommentar och historik",
        "history_comment": "kommentar",
        "history_undone": "ångrat av {by}",
        "history_none": "Inget beslut ännu.",
        "box_remove": "Ta bort rutan",
        "box_removed": "Rutan är borttagen (ångra med u).",
        "box_moved": "Rutan är flyttad.",
        "box_hint": "Dra i rutan för att flytta den, i ett hörn för att ändra storleken; Delete tar bort den.",
        "search_tick_one": "Markera träff",
        "search_count": "{count} träffar",
        "search_position": "Träff {n} av {count}",
        "search_prev": "Föregående träff",
        "search_next": "Nästa träff",
        "search_clear": "Rensa",
        "thumbnails": "Sidor",
        "page_number": "Gå till sida",
        "zoom_in": "Zooma in",
        "zoom_out": "Zooma ut",
        "fit_width": "Anpassa bredd",
        "fit_page": "Hela sidan",
        "upload_sending": "Skickar {name}: {pct} %",
        "upload_reading": "{name} är skickad; läser in och söker personuppgifter …",
        "error_title": "Något gick fel",
        "error_back": "Till ärendelistan",
        "case_missing": "Ärendet finns inte (det kan ha tagits bort, eller så är adressen fel).",
        "search_already": "redan maskerad",
        "notes_title": "Dolda anteckningar",
        "notes_left_out": "Syns inte på sidorna och lämnas inte ut i den maskerade kopian; granskningsposten säger att de lämnats bort.",
        "notes_where": "Sida {page}, {kind}",
        "admin_title": "Konton",
        "admin_link": "Konton",
        "user_name": "Användarnamn",
        "user_role": "Roll",
        "user_created": "Skapat",
        "user_add": "Lägg till konto",
        "user_added": "Kontot {name} är skapat.",
        "user_remove": "Ta bort",
        "user_remove_confirm": "Ta bort kontot {name}? Personens beslut finns kvar under namnet.",
        "user_removed": "Kontot {name} är borttaget.",
        "user_remove_self": "Du kan inte ta bort ditt eget konto; be en annan administratör.",
        "user_missing": "Kontot finns inte (kanske redan borttaget); läs in sidan igen.",
        "user_new_password": "Nytt lösenord",
        "user_new_password_for": "Nytt lösenord för {name}",
        "user_set_password": "Sätt lösenord",
        "user_password_set": "{name} har fått ett nytt lösenord och loggats ut.",
    }
)


def category_name(code: str) -> str:
    """The Swedish name of a category code (the code itself when unknown)."""
    return CATEGORY_NAMES.get(code, code)


def text(key: str, **values: object) -> str:
    """A text by key, with {placeholders} filled in."""
    return TEXTS[key].format(**values) if values else TEXTS[key]


def as_json() -> dict[str, object]:
    """All texts for the browser."""
    return {
        "texts": dict(TEXTS),
        "categories": dict(CATEGORY_NAMES),
        "statuses": dict(STATUS_NAMES),
    }
