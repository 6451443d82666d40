"""Personal identifiers named by a label: employee, customer, client, patient, pupil, member,
insurance and account numbers ("Anställningsnummer 448 210", "Kundnr: K-55021-3"), and the
numbers of a person's passport, driving licence, identity card, LMA card, Migration Agency
file or patient record.

Such numbers have no shape of their own, so the label decides: the value is the first
token with a digit after the label, on the label's own line ("Label: value", running text
"har klientnummer 30-8812") or, when the label ends its line, on the next line (the next
cell of a table row read by MuPDF). An account number is reported as BANK_ACCOUNT.

Labels nobody listed are read too (``redact.detect.id_labels`` decides what they name, and ``unlisted_id_labels``
checks their values): any "-nummer"/"-nr"/"-id" compound ("Lånekortsnummer", "Köplats-nr"), a noun and "nr" ("kö
nr"), the nouns a register's codes follow ("Lånekort", "Kontrakt", "id"), English customer numbers, a "Label:
HK-7713" line, and another organisation's case number of a person ("Försäkringskassans ärendenummer …"; with the
other numbers a sentence says are a person's in ``whose_numbers``). The authority's own case number ("Dnr",
"ärendenummer KS 2026/112") stays.
"""

from __future__ import annotations

import re

from redact.detect import (
    access_codes, aircraft_registrations, animal_chips, bare_make_serials, birth_dated_references, booking_references,
    dated_ids_abroad, described_things, documents_abroad, ear_tags, engine_plates, firm_references, held_documents, hive_marks,
    identity_code_labels, issuer_numbers, make_model_serials, masked_card_numbers, metering_points, nordic_ids,
    numbered_plates, parcel_numbers, person_matters, phone_imeis, placed_identifiers, plates_in_sentences,
    receipt_numbers, report_numbers, researcher_ids, short_named_ids, vehicle_identification, whose_numbers,
)
from redact.detect import commitment_numbers, demonym_ids, lock_key_numbers, national_ids_abroad
from redact.detect import national_id_names, national_ids_americas_africa, national_ids_asia, national_ids_sri_lanka
from redact.detect import airline_bookings, booking_columns, civil_registration_numbers, exam_codes, national_ids_west_europe
from redact.detect import civil_registry_records
from redact.detect import card_numbers, firm_kind_numbers, firm_labelled_numbers, horse_ids, organisation_file_codes
from redact.detect import container_numbers, firm_noun_cells, foreign_certificates, grave_rights, health_insurance_cards
from redact.detect import device_addresses, id_numbers_in_own_words, order_cells, participant_numbers
from redact.detect.id_value import _VALUE, _wrapped_rest, held_code
from redact.detect.id_labels import FOREIGN_LABELS
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_, leading_letters, luhn_ok, only_digits
from redact.detect.unlisted_id_labels import check_generic

# Label stems; each may be followed by "nummer", "nr", "-nr", "nr." or "id".
_STEMS = (
    "anställnings", "anst", "personal", "kund", "klient", "patient", "elev", "medlems", "medlem",
    "försäkrings", "konto", "bankkonto", "löne", "anställd", "brukar", "vårdtagar", "abonnent",
    "pass", "körkorts", "id-korts", "legitimations", "lma-korts", "dossier", "journal", "brukare", "deltagar",
    # a personnummer after its label is the personnummer detector's; a short or mistyped one is still an identifier
    "pers", "person", "samordnings",
    # abbreviated: "Medl.nr", "Pat.nr"
    "medl", "pat",
)
# "-numret": the label in its definite form ("Personalnumret 55 210", "försäkringsnumret var 88-77123-4")
_LABEL = rf"(?i:(?P<label>(?:{'|'.join(_STEMS)})(?:-?nummer|-?numret|-?nr\.?|-?id)|(?:{'|'.join(_STEMS)})\.?\s?nr\.?))"
# A bracket between a label and its number, naming the register or the thing ("registreringsnummer (UELN)
# 752004000118934", "licensnummer (Svenska Skyttesportförbundet): SSF-44 1187"), then a colon or a verb.
_BRACKET = (r"[ \t\u00a0]*\([^()\n\d:]{1,50}\)(?:[ \t\u00a0]*[:=]|[ \t\u00a0]+(?:är|var|blir|nr\.?|har[ \t\u00a0]+nummer))?"
            r"[ \t\u00a0]*")
# Where the number is held, named by up to four words, then a verb, the value maybe on the next line: "medlemsnummer
# i Lönnbacka Ryttarförening är" / "LRF 2217".
# (a paragraph's line may end anywhere in the phrase: "Ditt patientnummer hos" / "smittskyddsenheten är SMI-26-3318")
_HELD_VERB = (r"[ \t\u00a0]+(?:i|hos|vid|på)(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+"
              r"(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+){0,3}?(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?:är|var|blir"
              # the number as someone states it: "medlemsnummer i facket uppges som" / "anges till"
              r"|(?:uppges|uppgavs|anges|angavs|uppgetts|angetts)[ \t\u00a0]+(?:som|till|vara))"
              r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)")
LABELLED = compile_(
    rf"""
    (?<![\w])
    {leading_letters("|".join(_STEMS))}  # the label's first letters first: its words in any case are tried whole
    {_LABEL}
    (?:[ \t\u00a0]*[:.=]?[ \t\u00a0]*|[ \t\u00a0]+(?:är|var|blir|nr)[ \t\u00a0]+
       # a bracket naming what or whose the number is: "Försäkringsnummer (hemförsäkringen) är HF 2209-4418"
       |{_BRACKET}
       |{_HELD_VERB}
       # where the number is held, then a colon: "Medlemsnummer i Unionen: 7 218 904", "Kundnummer hos nätbolaget
       # Kristinehamns Energi AB: 7 041 229 833" (the holder's kind, then its name in up to three words; a line may
       # wrap between them: "Kundnummer hos hyresvärden" / "Åby Bostäder AB: 52-2207")
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[\w&.-]+(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\w&.-]+){{0,4}}[ \t\u00a0]*:[ \t\u00a0]*
       # what the number is for, up to a colon: "Kundnummer för elabonnemanget (för mätning av …): 204 771 395"
       |[ \t\u00a0]+för[ \t\u00a0]+[^\n:;.]{{1,70}}?:[ \t\u00a0]*
       # where it is held, without a colon, a comma perhaps: "medlemsnummer i förbundet K 3381 2047", "medlemsnummer
       # i Naturskyddsföreningen, NSF-20 7714"
       |(?P<held>[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+
         (?:[a-zåäö][a-zåäö-]*|[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{{2,6}})(?:[ \t\u00a0]+[a-zåäö]+){{0,2}}
         (?:,[ \t\u00a0]*|[ \t\u00a0]+)))
    (?:\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w])
    """
)


# A value in groups of three broken at a line end ("DHR 118" / "470", "1 550" / "887 203"): its last groups go on.
_GROUPED_END = re.compile(r"[ \u00a0]\d{3}$")
_NEXT_GROUP = re.compile(r"[ \t]*\n[ \t]*(\d{3}(?:[ \u00a0]\d{3}){0,3})(?![\w]|[-/.:]\d)")


def _value(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    label = m.group("label").lower()
    end = m.end("value")
    if ":" in value and not value[:1].isalpha():
        # a colon joins a code's groups after its register's letters only ("KTR:5512:07"); figures alone around one
        # are a time or a law's number ("14:30", "2026:112"), read as before: up to the colon
        end = m.start("value") + value.index(":")
        value = value[:value.index(":")]
    if _GROUPED_END.search(value):
        more = _NEXT_GROUP.match(text, end)
        if more:
            end = more.end(1)
    else:
        end = _wrapped_rest(text, m.start("label"), end)
    # (the digits a wrapped line carried over count: "klient-ID SOC 88" / "4410 enligt …")
    if sum(c.isdigit() for c in text[m.start("value"):end]) < 3:
        return None  # "Elevnummer: 1" is an item of a list more often than an identifier
    return Verdict(m.start("value"), end, f"labelled identifier after '{label}'")


def _check_id(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("label").lower().startswith(("konto", "bankkonto")):
        return None
    digits = only_digits(m.group("value"))
    # (with the groups a sentence's wrapped line carried over: "i simskolan 558" / "2091 enligt …")
    whole = " ".join(text[m.start("value"):_wrapped_rest(text, m.start("label"), m.end("value"))].split())
    if "held" in m.groupdict() and m.group("held") is not None and not held_code(whole):
        return None  # "i förbundet K 3381 2047" names where a code is held; "i klassen 1 2 3" counts
    if m.group("label").lower().startswith(("pers", "samordnings")) and len(digits) in (10, 12) and luhn_ok(digits[-10:]):
        return None  # a valid personnummer or samordningsnummer: the personnummer detector's
    return _value(text, m)


def check_account(text: str, m: re.Match[str]) -> Verdict | None:
    """An account number after "Kontonummer" or "Bankkonto", whatever its shape (a rule of bank_account)."""
    return _value(text, m) if m.group("label").lower().startswith(("konto", "bankkonto")) else None


# Any label word, or a noun and "nr"/"nummer" ("kö nr", "customer number"): id_labels decides what it names.
# (the two words may stand either side of a paragraph's line end: "har ett id-kort med" / "nummer BK 4410 2281")
# (a form's code may lead the word: "S1-intyg nr", "E104-intyg", "A1-intyg", the EU's forms for social insurance)
_ANY_LABEL = (r"(?P<label>(?:[A-Z]{1,2}\d{1,3}-)?[A-Za-zÅÄÖåäöÉéü][A-Za-zÅÄÖåäöÉéü\-]{1,24},?(?:[ \u00a0]|[ \t]*\n[ \t]*)"
              # (an English label's "No." in capitals too, "Passport No."; not "Nummer": "Betalningssätt Nummer" is
              # two header cells read as one line)
              # (an English role's "reference" or "code": "Customer reference", "Applicant ref.")
              r"(?:nr\.?|nummer|numret|number|[Nn]o\.|reference|ref\.?|code)"
              r"|[A-Za-zÅÄÖåäöÉéü][\wåäöÅÄÖéü.\-]{0,30}?(?:nr\.)?)")
GENERIC = compile_(
    rf"""
    (?<![\w.-])
    {_ANY_LABEL}
    # every separator below begins with one of these (or stands before a line end): one test ends a label
    # inside a word, where the lazy label tried each separator in turn at every letter
    (?=[ \t\u00a0\n:=,(])
    (?P<sep>[ \t\u00a0]*[:=][ \t\u00a0]*|[ \t\u00a0]*(?=\n)|[ \t\u00a0]+(?:(?:är|var|blir|is|was)[ \t\u00a0]+)?
       # the number set off by commas after its label: "kortnummer, FV 3312, gäller sommaren"
       |,[ \t\u00a0]+(?=(?:[A-ZÅÄÖ]{{1,4}}[- \u00a0]?)?\d)
       # the verb ends a wrapped line: "SchoolSoft-id är" / "KB-70915"; or opens the next: "hjälpmedelsnumret" / "är
       # HM-B 0412 7731"
       |[ \t\u00a0]+(?:är|var|blir)[ \t\u00a0]*(?=\n)|[ \t\u00a0]*\n[ \t\u00a0]*(?:är|var|blir)[ \t\u00a0]+
       # the number in brackets after its thing: "ett medlemskort (nr 4471-22)"
       |[ \t\u00a0]*\([ \t\u00a0]*(?:nr\.?|nummer)?[ \t\u00a0]*
       # where it is held after a comma, up to the cell's border: "| Kundnummer, ekonomisystemet | 500 213 884"
       # (no digit in it: a number there is the value of a label the comma's words hold, "Folksam, skadenummer LF 77")
       |,[ \t\u00a0]+[a-zåäö][^\n|:,\d]{{1,40}}?[ \t\u00a0]*(?=\||\n)
       # a bracket naming what or whose the number is: "registreringsnummer (UELN) 752004000118934"
       |{_BRACKET}
       |{_HELD_VERB}
       # where it is held, then a comma: "medlemsnummer i samebyn, SB-0419"; "kundnummer där KE-601 992"
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[a-zåäö][\wåäö-]*(?:[ \t\u00a0]+[a-zåäö][\wåäö-]*){{0,2}},[ \t\u00a0]*
       |[ \t\u00a0]+där[ \t\u00a0]+
       |[ \t\u00a0]+(?:with[ ]us|at[ ]\w+|hos[ ]\w+)[ \t\u00a0]+(?:is|was|är)[ \t\u00a0]+
       # the holder named in up to three capitalised words, a line end anywhere: "referens hos Kommunassurans Syd
       # är KA-26-0118", "kundnummer hos" / "Jordbruksverket är JV 330 418 276"
       |[ \t\u00a0\n]+hos[ \t\u00a0\n]+[A-ZÅÄÖ][\w&.-]*(?:[ \t\u00a0\n]+[A-ZÅÄÖ][\w&.-]*){{0,2}}[ \t\u00a0\n]+(?:är|var)[ \t\u00a0\n]+
       # where the number is held, then a colon: "Identitetsnummer i det norska registret: NO-4410 227"
       |[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+[\w&.-]+(?:[ \t\u00a0]+[\w&.-]+){{0,2}}[ \t\u00a0]*:[ \t\u00a0]*
       # whose or what it is for, then a colon: "Fiskekortsnummer för sökanden: FK 2231 0947"
       |[ \t\u00a0]+för[ \t\u00a0]+[^\n:;.]{{1,50}}?:[ \t\u00a0]*)
    (?P<next>\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# An unlisted "-nummer" or "-kod" compound, where the number is held, then the code without a colon ("ombudsnummer hos
# förbundet LO 44 1029", "deltagarkod i kohorten UMEÅKOL-HJ 0412-B"); a rule of its own, so that a longer miss
# ("ärendet hos dem har nummer") cannot hide it.
GENERIC_HELD = compile_(
    rf"""
    (?<![\w.-])
    (?P<label>[A-Za-zÅÄÖåäöÉéü][\wåäöÅÄÖéü.\-]{{1,30}}?(?:nummer|numret|nr\.?|-(?i:id)|kod(?:en)?))
    (?P<sep>(?P<held>[ \t\u00a0]+(?:i|hos|vid|på)[ \t\u00a0]+(?:[a-zåäö][a-zåäö-]*|[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{{2,6}})(?:[ \t\u00a0]+[a-zåäö]+){{0,2}}(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)))
    (?P<next>)
    {_VALUE}
    (?![\w]|[-/.,:]\d)
    """
)
# A person's number after a foreign form's label ("Kundennummer 4471 2209", "asiakasnro AS-77 1302", "numer klienta
# K 88 1204"): a colon, "#", or the language's "is" between; the value as after a Swedish label.
FOREIGN = compile_(
    rf"""
    (?<![\w])
    (?=(?i:[achjkmnoprsv]))  # the labels' first letters: one class test passes over most positions
    (?i:(?P<label>{FOREIGN_LABELS}))
    (?:[ \t\u00a0]*[:=\#][ \t\u00a0]*|[ \t\u00a0]+(?i:ist|on|jest|est|es|è|is)[ \t\u00a0]+|[ \t\u00a0]+)
    (?:\n[ \t\u00a0]*|\|[ \t\u00a0]*)?
    {_VALUE}
    (?![\w])
    """
)


class LabelledIdRecognizer(SwedishPatternRecognizer):
    """A number after a label naming a personal identifier (employee, customer, patient...)."""

    ENTITY = "ID_NUMBER"
    NAME = "labelled_id"
    CONTEXT = ("anställningsnummer", "personalnummer", "kundnummer", "klientnummer", "patientnummer",
               "elevnummer", "medlemsnummer", "försäkringsnummer")
    RULES = (
        Rule("labelled_identifier", LABELLED, score=0.85, check=_check_id, needs=tuple(s[:4] for s in _STEMS),
             rescan="label"),
        # no cheap gate: any label word may start it ("Båtplats: BP-4471"); id_labels decides in the check
        Rule("unlisted_label_identifier", GENERIC, score=0.8, check=check_generic, rescan="label"),
        Rule("foreign_label_identifier", FOREIGN, score=0.8, check=_check_id,
             needs=("numm", "nr", "nro", "numer", "número", "numéro", "tunnus", "n°", "nº", "codice")),
        Rule("held_label_identifier", GENERIC_HELD, score=0.8, check=check_generic,
             needs=("nummer", "nr", "-id", "kod"), rescan="label"),
        # another organisation's case number of a person
        whose_numbers.OTHERS_CASE_RULE,
        # a person's police report, damage claim, permit held or matter at a firm, by its shape and the words before it
        *report_numbers.RULES, *firm_references.RULES,
        # any matter's number (a case, an invoice, a booking, a permit) whose sentence says a person holds it
        *person_matters.RULES, *receipt_numbers.RULES,
        # the codes of a person's tag, door, key box or alarm
        *access_codes.RULES,
        # a student's anonymous code for one examination after the examination's word for it
        *exam_codes.RULES,
        # a thing's code in the genitive, a code beside the name, a possessive's number, a number in a register
        *whose_numbers.RULES,
        # another body's payment commitment for one person ("betalningsförbindelse från socialtjänsten, SoT …")
        *commitment_numbers.RULES,
        # a key's stamped number after its lock's maker ("ASSA 4418-22-07")
        *lock_key_numbers.RULES,
        # Norway's, Finland's and other countries' identity numbers, by their own check digits or their labels
        *nordic_ids.RULES, *national_ids_abroad.RULES, *dated_ids_abroad.RULES,
        # Switzerland's, Luxembourg's, Germany's, China's, South Korea's, Thailand's, Sri Lanka's, Brazil's, Mexico's
        # and South Africa's by their checks, birth dates and shapes; any country's after its number's own name
        *national_ids_west_europe.RULES, *national_ids_asia.RULES, *national_ids_sri_lanka.RULES,
        *national_ids_americas_africa.RULES,
        *national_id_names.RULES,
        # any country's after its adjective in English and "ID" ("Kenyan ID 34418275")
        *demonym_ids.RULES, *id_numbers_in_own_words.RULES,
        # a birth certificate's series of the former Soviet states, a registry's number after its Portuguese or Spanish word
        *civil_registration_numbers.RULES,
        # a Lebanese or Syrian civil-registry record by its word, number and place ("sijil 47/Zahlé")
        *civil_registry_records.RULES,
        # a passport or a licence by its country's own noun, a Green Card, Hungary's tax identifier, a Turkish
        # hospital's patient number
        *documents_abroad.RULES,
        # India's PAN, Singapore's NRIC and FIN, Israel's TZ, Australia's TFN after their short names, checked
        *short_named_ids.RULES,
        # a researcher's ORCID iD by its shape and its check character
        *researcher_ids.RULES,
        # a household's metering point, by the grid's own prefix
        *metering_points.RULES,
        # a payment card's number with its middle hidden, by its shape
        *masked_card_numbers.RULES,
        # a payment card's whole number after its scheme's name
        *card_numbers.RULES,
        # the European health insurance card's number by its shape, the card's short name before it
        *health_insurance_cards.RULES,
        # a foreign body's certificate for a person by the body's letters and the document's word
        *foreign_certificates.RULES,
        # a country's personal code, a professional's, an identity document's or a certificate's number, a boat's
        # MMSI, by labels that are no "-nummer" compound; a farm animal's ear tag by its shape
        *identity_code_labels.RULES, *ear_tags.RULES,
        # a beekeeper's marks on the hives, the keeper's letters and each hive's number
        *hive_marks.RULES,
        # a weapon's, an engine's or a machine's serial after its make and model; a lost note's, share's or deed's number
        *make_model_serials.RULES, *held_documents.RULES,
        # a maker's name and a serial alone in a cell among the plates of a column of things
        *bare_make_serials.RULES,
        # a thing's maker, model and serial after a bare "nr" where the run is the thing's whole description
        *numbered_plates.RULES,
        # a thing's whole description before its serial: the maker, the model, the thing's noun and size, "nr" or "order"
        *described_things.RULES,
        # an engine's maker, its model with its power or size and its serial after the engine's noun
        *engine_plates.RULES,
        # a thing's maker, its model's coded words and its serial in a row in a sentence
        *plates_in_sentences.RULES,
        # a landlord's, an insurer's or a card issuer's number for a person, after the contract's noun and its name
        *issuer_numbers.RULES,
        # a firm's or a maker's name, a short label for what the number is and the number, as one run
        *firm_labelled_numbers.RULES,
        # the same with the kind of thing in small letters between the firm and the number ("… bolånelöfte 5520 9183")
        *firm_kind_numbers.RULES,
        # a firm's name, what the number is of in any words in small letters and the number, filling a table's cell
        *firm_noun_cells.RULES,
        # a parish's or a cemetery's name and its grave deed's number
        *grave_rights.RULES,
        # a person's order and its number filling a register's cell
        *order_cells.RULES,
        # a network device's hardware address, its maker, noun and label before it
        *device_addresses.RULES,
        # an organisation's own file number for a person, its letters the organisation's, after its name
        *organisation_file_codes.RULES,
        # an animal's transponder number (a pet's chip, a horse's UELN) by its shape, wherever it stands
        *animal_chips.RULES,
        # a horse's FEIF number after its register's letters
        *horse_ids.RULES,
        # a parcel's number by its check digit, a traveller's booking reference after its label
        *parcel_numbers.RULES, *booking_references.RULES, *booking_columns.RULES,
        # a participant's place on a course or a booking, the activity's code and the person's suffix, after its label
        *participant_numbers.RULES,
        # a freight container's number by its check digit, its noun before it
        *container_numbers.RULES,
        # a flight's booking reference after the bare word for a booking or after its airline's name
        *airline_bookings.RULES,
        # a payment reference that opens with the birth date of a personnummer on the page: the payer's own
        *birth_dated_references.RULES,
        # a vehicle's identification number (VIN) by its shape, its check digit or the vehicle named before it; a
        # telephone's IMEI by its check digit after its maker and model
        *vehicle_identification.RULES, *phone_imeis.RULES,
        # a private aircraft's registration by its state's mark, under an aircraft's heading or beside its word
        *aircraft_registrations.RULES,
        # a code by where it stands (a person's block, a person's row), whatever its label or header
        *placed_identifiers.RULES,
    )
