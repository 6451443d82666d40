"""What a cell under a headed column may hold: a value of the column's kind ("4 512" under
"Anst.nr", "Somchai" under "Förnamn", "IW / MWi" under "Sign."), never a header, a title or an
organisation.

Part of ``redact.detect.table_columns`` (which see). A birth column's values are
``redact.detect.table_birth_values``, a home column's ``redact.detect.table_home_values``, a column of names' or
initials' ``redact.detect.table_name_values``; the identifiers, bank numbers and properties are told here.
"""

from __future__ import annotations

import re

from redact.detect.address_asia import japanese_block_cell
from redact.detect.address_berth_cells import berth_cell, berth_header
from redact.detect.address_studio_cells import studio_cell, studio_header
from redact.detect.address_named_home_cells import farm_designation_cell, lodging_room_cell
from redact.detect.address_parking_cells import parking_cell, parking_header
from redact.detect.address_stable_cells import stable_cell, stable_header
from redact.detect.address_chains import care_home_before_street, named_home_with_parts
from redact.detect.birth_words import MONTH_YEAR
from redact.detect.booking_columns import booking_code, booking_header
from redact.detect.id_labels import policy_cell, sample_code
from redact.detect.identity_headers import boat_mark_header, identity_header, mark_by_shape_only, plate_text, plate_text_header
from redact.detect.make_model_serials import serial_after_make
from redact.detect.postal_columns import code_and_town, postal_header, postal_value
from redact.detect.table_birth_values import _BIRTH_VALUE, _DATE, _MONTH_DATE, birth_value_fits
from redact.detect.table_header_lines import header_words_only
from redact.detect.table_header_words import ADDRESS, BANK, BIRTH, CLEARING_HEADERS, ID, PROPERTY
from redact.detect.table_headers import _is_header, header_kind
from redact.detect.table_home_values import (
    _ADDRESS_VALUE, _ADDRESS_WORD, _DISTRICT_FIRST, _HOUSE_NO_COLON, _NOT_HOME, _ROOM_HOME, _UNIT_PART, home_with_number,
    home_without_number, parts_abroad, places_with_postcode,
)
from redact.detect.table_name_values import name_value_fits
from redact.detect.weapon_columns import weapon_cell
from redact.detect.charger_columns import charger_cell


# the number, after its bank's name or its label in the cell ("Kiwi Bank 12-3456-7890123-00", "acct 0052 3381 47")
_BANK_VALUE = re.compile(r"^(?:[A-Za-zÅÄÖåäö][\w.&]*[ \t]+){0,4}\d[\d \u00a0-]{3,24}\d$")
# a clearing number under its own header: four digits, Swedbank's with a check digit ("8105-9", "83279")
_CLEARING_VALUE = re.compile(r"^[1-9]\d{3}(?:[-\u2010-\u2013]?\d)?$")


_PROPERTY_VALUE = re.compile(
    # more units of the same tract may follow: "Kallholmen 1:25 och 1:26", "Björken 4, 5"
    r"^(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+\d{1,4}(?::\d{1,4})?"
    r"(?:(?:,|\s+och|\s+&)\s+\d{1,4}(?::\d{1,4})?)*$|^(?:S:t\s+)[\w\s]+\d{1,4}(?::\d{1,4})?$"
    # a village and its block and unit typed in lower case ("hemsjöbodarna 1:88")
    r"|^[a-zåäö][a-zåäö-]{3,}\s+\d{1,4}:\d{1,4}$"
)


# an invoice's address column ("Fakturaadress", "Faktureringsadress") and a post box in it
_INVOICE_HEADER = re.compile(r"(?i)faktur")
_BOX = re.compile(r"(?i)^box\s+\d")


# a key's or a lock's short code: two digits and a letter, joined ("K-33", "B7"); "C 14" is a grave or a seat
# a radio call sign as the ITU gives them to ships and boats: letters alone ("SFTG", "DKWH"), letters with a digit
# ("SJRB4") or a short series with its number ("OJ 2418"); two letters at least, capitals and digits only
_CALL_SIGN = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?=[A-Z0-9 ]{3,9}$)[A-Z0-9]{2,7}(?: [A-Z0-9]{1,4})?$")
# an aircraft's registration: the country's letters, a dash, the aircraft's letters ("SE-KLR", "OH-U12", "D-EFGH")
_REGISTRATION = re.compile(r"^[A-Z]{1,2}-[A-Z0-9]{3,5}$")
# a login as a university or a system hands them out: small letters of the person's names, then a digit or a few
# ("emrau-7", "kalj0042", "ab1234"), or a letter, the year of entry and the letters of the names ("v26marol")
_LOGIN = re.compile(r"^[a-zåäö]{2,10}[-._]?\d{1,6}$|^[a-zåäö]{1,2}\d{2}[a-zåäö]{3,8}$")
_LOGIN_HEADER = re.compile(r"(?i)student-?id|användar(?:namn|-?id)|anv\.?[ -]?(?:namn|id)|login|inloggning|user[ -]?(?:name|id)")
_SHORT_CODE = re.compile(r"^(?:[A-ZÅÄÖ]{1,2}-?\d\d|\d\d-?[A-ZÅÄÖ]{1,2})$")
# a private collection's item under a lender's number: the owner's name or the collection's, its word and the item's
# short number ("Ekholm Coll. 12", "Lindqvist Samling 7")
_COLLECTION_ITEM = re.compile(r"^(?:[A-ZÅÄÖ][\w'-]+[ ]){1,3}(?:Coll\.|Collection|Koll\.|Samling(?:en)?|Saml\.|Sammlung)"
                              r"[ ](?:nr[ ]?)?\d{1,4}[a-z]?$")


def collection_item(value: str) -> bool:
    """True for a private collection's item by its owner's name, the collection's word and a number ("Ekholm Coll.
    12"): the name is part of the lender's number there, no person's name of its own."""
    return _COLLECTION_ITEM.match(value.strip()) is not None


# a span of hours ("08–12", "13.00–17.00"): a work shift under "Pass", no identifier
_HOURS = re.compile(r"^(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?[ \t]*[-–][ \t]*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?$")
# a year or a span of years ("2027", "2025–2027"), or a month's name and a year ("oktober 2027", a dateline's end)
_YEARS = re.compile(rf"^(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?|{MONTH_YEAR})$")
# a date under an identifier's header: a year of four digits is this or the last century's ("0419/22" is a number)
_ID_DATE = re.compile(r"^(?:(?:19|20)\d\d|\d{1,2})[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")
# A weekday's name, whole or short: a roster's columns are headed by the days ("Lör 7/11", "Sön 8/11").
_WEEKDAY = re.compile(r"(?i)^(?:mån|tis|ons|tor|tors|fre|lör|sön)\.?$|^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?$")


def _day_headers(value: str) -> bool:
    """True for a roster's header cells read as one value ("Lör 7/11 Sön 8/11 Sign"): weekdays, their dates and
    header words only, a weekday among them."""
    words = value.split()
    return any(_WEEKDAY.match(w) for w in words) and all(
        _WEEKDAY.match(w) or _ID_DATE.match(w) or header_kind(w) is not None for w in words)


# the authority's own case number, letters, the year and a serial ("BN 2026-0493", "KS 2027/112"): where a table is
# read one cell a line and its columns slip, it may fall under a code's header; it is nobody's code
_CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]{1,6}[ \u00a0](?:19|20)\d\d[-/]\d{1,4}$")
# (or any number after the body's own register word, "Dnr 27-441820", "Diarienr 5.1-2207/27": the cell says whose
# register numbers it, even under a header that heads a person's file elsewhere)
_CASE_WORD_LED = re.compile(r"^(?:Dnr|DNR|D\.nr|Diarienr|Diarienummer|Ärendenr|Ärendenummer)\.?:?[ \u00a0]+"
                            r"(?:[A-ZÅÄÖ]{1,6}[ \u00a0])?\d[\d.]*(?:[-/:]\d{1,6})+$")


# a header naming what is issued to one person: a card, a certificate, a licence ("Jaktkort", "Kursintyg", "Licens")
_ISSUED_HEADER = re.compile(r"(?i)kort|intyg|bevis|licens|certifikat|legitimation|diplom|behörighet")


_PERSONNUMMER_HEADER = re.compile(r"(?i)^(?:personnummer|personnr\.?|pers\.?[ ]?nr\.?|pnr|p-nr|p\.nr|person-nr|"
                                  r"samordningsnummer|personnummer/samordningsnummer)$")


def birth_date_for_personnummer(value: str, header: str) -> bool:
    """True for a whole birth date in a personnummer's column: a person with no Swedish number (a visitor, a
    foreign guest) is identified by the date instead, and the date is theirs as the number would be."""
    v = value.strip()
    return ((bool(_PERSONNUMMER_HEADER.match(header.strip())) or identity_header(header)) and bool(_BIRTH_VALUE.match(v))
            and not re.fullmatch(r"(?:19|20)?\d{6}", v))


def askew_in_personnummer_column(value: str, header: str) -> bool:
    """True for a code of fewer than six digits placed under a personnummer's header by a row's stride: a row read
    askew (header cells nobody listed shift the cells), another column's code ("SV-27-041", "SR-3301")."""
    return bool(_PERSONNUMMER_HEADER.match(header.strip())) and sum(ch.isdigit() for ch in value) < 6


# "Bostad", "Bostad i Sverige", "Nuvarande bostad": the header names the dwelling itself, so a named home's numbered
# part under it is where the person lives ("Bor i", "Ateljé" name a town or a workplace: a school's or an arts
# centre's room there stays)
_DWELLING_HEADER = re.compile(r"(?i)(?<![\w-])bostad(?:en)?(?![\w-])")


def _home_header(header: str) -> bool:
    """True for a header naming where someone lives, in other words than "adress" ("Bostad i Sverige", "Bor")."""
    return bool(header) and header_kind(header) == ADDRESS and not berth_header(header) and not stable_header(header) \
        and not parking_header(header)


def value_fits(kind: str, value: str, header: str = "") -> bool:
    """True when ``value`` can be what a column of ``kind`` holds (an empty or header-like cell is not);
    ``header``, when given, is the column's header cell."""
    v = value.strip()
    # an address abroad in its parts runs longer than any other cell's value ("No. 7, Alley 3, Lane 120, ..., Taipei")
    longest = 100 if kind == ADDRESS and v.count(",") >= 3 else 60
    if not v or _is_header(v) or len(v) > longest or (not any(ch.isdigit() for ch in v) and header_words_only(v)):
        return False
    if kind == BANK:
        if header.strip().lower() in CLEARING_HEADERS:
            return bool(_CLEARING_VALUE.match(v))
        return bool(_BANK_VALUE.match(v)) and sum(ch.isdigit() for ch in v) >= 6 and not _DATE.match(v)
    if kind == BIRTH:
        return birth_value_fits(v, header)
    if kind == PROPERTY:
        return bool(_PROPERTY_VALUE.match(v))
    if kind == ADDRESS and berth_header(header) and berth_cell(v):
        return True  # "Vikholmen, plats B 12" under "Båtplats": the owner's berth (address_berth_cells)
    if kind == ADDRESS and studio_header(header) and studio_cell(v):
        return True  # "Konstnärshuset, ateljé 14" under "Ateljé": the artist's studio (address_studio_cells)
    if kind == ADDRESS and parking_header(header):
        # "Garage Luna, plats 7" under "Garageplats": the resident's garage place (address_parking_cells); a word alone
        # there is the next table's header read into the column ("Monterad"), no place
        return parking_cell(v)
    if kind == ADDRESS and stable_header(header) and stable_cell(v):
        return True  # "Stall Ekbacken, box 4" under "Stall eller hage": the keeper's stable (address_stable_cells)
    if kind == ADDRESS and postal_header(header):
        return postal_value(v)  # "871 95", "Ödsbyn" under "Postnr", "Ort" beside a column of homes
    if kind == ADDRESS and (((_ROOM_HOME.match(v) or named_home_with_parts(v)) and _ADDRESS_WORD.search(header))
                            or (named_home_with_parts(v) and _DWELLING_HEADER.search(header))
                            or ((lodging_room_cell(v) or farm_designation_cell(v))
                                and (_ADDRESS_WORD.search(header) or _home_header(header)))):
        # "Hagalund, rum 8", "Tallbo, sektion B" under "Tidigare adress": the header says the room is where someone
        # lived, whatever the part's word (address_chains)
        return True
    if kind == ADDRESS:
        # "No: 14", "Nr: 3" number a house abroad ("Atatürk Cad. No: 14"); any other colon is a label's
        if _MONTH_DATE.match(v) or (_INVOICE_HEADER.search(header) and _BOX.match(v)):
            return False  # a box under an invoice header is a company's or an authority's, where bills go
        # (a postal code and its town beside the street's cell, under "Postadress": "7500000 Providencia, Santiago")
        if not _NOT_HOME.search(v) and ((":" not in v and bool(_ADDRESS_VALUE.match(v))) or home_with_number(_HOUSE_NO_COLON.sub(r"\1 ", v))
                or home_without_number(v, header) or places_with_postcode(v) or parts_abroad(v)
                or japanese_block_cell(v) or (code_and_town(v) and _ADDRESS_WORD.search(header))):
            return True
        # "Ålidhem, Tvistevägen 48, rum 1104, 907 36 Umeå": a district before the street, a student's room or a
        # flat's number after it; the street and the postal town say it is a home
        # (a room alone, "Avd. 4, rum 12", is a ward's or a school's: the room counts only after a street's number)
        # (a care home and its room before the street: "Vasa korttidsboende Eken, rum 3, Ekgatan 4, 214 10 Malmö")
        bare = _UNIT_PART.sub("", _DISTRICT_FIRST.sub("", v[care_home_before_street(v):], count=1))
        return bare != v and bool(bare) and not _NOT_HOME.search(bare) and value_fits(kind, bare, header)
    if kind == ID and birth_date_for_personnummer(v, header):
        return True  # "1999-10-21" under "Personnummer": someone with no Swedish number gave a birth date
    if kind == ID and (_CALL_SIGN.match(v) or _REGISTRATION.match(v)) and boat_mark_header(re.sub(r"\s*\(.*\)$", "", header)):
        # "SFTG", "SJRB4", "OJ 2418" under "Anropssignal", "SM5QRT" under "Signal", "BN 14" under "Distr.", "SE-MFX"
        # under "Plan": a vessel's or an amateur's call sign or an aircraft's registration may hold few digits or none
        return True
    if kind == ID and plate_text_header(re.sub(r"\s*\(.*\)$", "", header)):
        # "MORMOR", "EK 1" under "Skylt": a personalised plate's text is any word, so its shape alone counts there
        return plate_text(v)
    if kind == ID and mark_by_shape_only(re.sub(r"\s*\(.*\)$", "", header)):
        return False  # "6 × 2 440" under a payment's "Plan": the word heads a mark only over a mark's shape
    if kind == ID and booking_header(header):
        return booking_code(v)  # "FP-0441822-AM" under "Provbokning"; a rank or a ward's name is no booking's code
    if kind == ID and not sample_code(header, v):
        return False  # "godkänt 2026-05-20" under "Prov": a test's result, no sample's code
    if kind == ID and not (policy_cell(header, v) and weapon_cell(header, v) and charger_cell(header, v)):
        # "1 250 kr", "Ja" under "Försäkring", "Sako 85 .308" under "Vapen": no insurer's policy, no licence's code
        return False
    if kind == ID and _LOGIN.match(v) and _LOGIN_HEADER.search(header):
        return True  # "emrau-7", "kalj0042" under "Studentid", "Användarnamn": a person's login has few digits
    if kind == ID:
        digits = sum(ch.isdigit() for ch in v)
        # three digits at least, as after a label: a found number is masked wherever it stands in the document
        # a key's or a lock's short code has two digits and a letter ("K-33", "B7")
        # (a make before a serial, "Audiva Lyra 7710 22 45", is part of the cell but no part of its length)
        return ((digits >= 3 or _SHORT_CODE.match(v) is not None or _COLLECTION_ITEM.match(v) is not None)
                and len(serial_after_make(header, v)) <= 24
                and not _ID_DATE.match(v)
                # (a day with its month's name too, "28 oktober 2027": a dateline read as the table's row)
                and not _MONTH_DATE.match(v)
                and not _HOURS.match(v) and not _day_headers(v)
                # a year alone ("2027", "2025–2027") or after its month is a period's or a dateline's, a row's cell
                # read askew: no number anyone is given
                and not _YEARS.match(v)
                # a card's or a certificate's code has the case number's shape too ("JK 2026-1187" under "Jaktkort")
                and (not _CASE_NUMBER.match(v) or bool(_ISSUED_HEADER.search(header)))
                and not _CASE_WORD_LED.match(v))
    return name_value_fits(kind, v, header)
