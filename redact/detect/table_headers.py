"""What a table's header cell says its column holds: an identifier ("Anst.nr", "Klientnr"), a first
name ("Förnamn"), a surname ("Efternamn"), a name ("Namn", "Kontaktperson"), initials ("Sign.",
"Ansvarig"), a bank number, a date of birth, a property or an address; and the other header cells
that open a table.

Part of ``redact.detect.table_columns`` (which see): the readings of a table ask these functions
which lines, words and cells are headers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from redact.detect.association_columns import membership_column
from redact.detect.birth_cues_abroad import BIRTH_HEADERS as BIRTH_HEADERS_ABROAD
from redact.detect.birth_words import names_birth_date
from redact.detect.id_labels import contract_column, names_key, names_register_column, names_thing_number
from redact.detect.header_variants import header_variant, without_footnote, without_phrase_after
from redact.detect.identity_code_labels import names_identity_code
from redact.detect.identity_headers import boat_mark_header, identity_header, joined_identifier_header, plate_text_header
from redact.detect.initials_shapes import signer_header
from redact.detect.postal_columns import with_postal_beside_homes

# What a column holds, from its header cell.
ID, FIRST, LAST, FULL, SIGN, BANK = "id", "first", "last", "full", "sign", "bank"
BIRTH, PROPERTY, ADDRESS = "birth", "property", "address"

_ID_STEMS = (
    "anställnings", "anst", "personal", "pers", "person", "kund", "klient", "patient", "elev", "medlems", "medlem",
    "försäkrings", "löne", "anställd", "brukar", "brukare", "vårdtagar", "abonnent", "deltagar", "samordnings",
    "student", "barn", "hyresgäst", "låntagar", "låne", "kort", "pass", "journal", "dossier", "lma", "id",
    "medl", "pat", "försäkr", "anstn",
)
_ID_HEADER = re.compile(
    rf"(?i)^(?:{'|'.join(_ID_STEMS)})(?:\.\s?|[-\s])?(?:nummer|nr\.?|no\.?|id)$|^(?:personnummer|pnr|p-nr|id|id-nr|idnr|"
    r"anställningsnummer|personalnummer|kundnummer|klientnummer|patientnummer|elevnummer|medlemsnummer|"
    # (the Migration Agency's file on one person, "Dossier" alone over its numbers: "8-4410227")
    r"samordningsnummer|födelsenummer|identitetsnummer|dossier)$"
)
_NAME_HEADERS = {
    FIRST: ("förnamn", "tilltalsnamn", "förnamn/tilltalsnamn"),
    LAST: ("efternamn", "släktnamn"),
    FULL: (
        "namn", "fullständigt namn", "namn (för- och efternamn)", "för- och efternamn", "kontaktperson",
        "kontaktpersoner", "elev", "elevens namn", "barn", "barnets namn", "vårdnadshavare", "deltagare",
        "medarbetare", "anställd", "personal", "sökande", "klient", "patient", "brukare", "hyresgäst",
        "namnförtydligande", "ledamot", "ersättare", "närvarande", "ombud", "god man", "förvaltare",
        "kontakt", "boende", "vårdtagare", "mottagare", "handläggare", "ansvarig handläggare",
        "efternamn, förnamn", "förnamn och efternamn", "namn (efternamn, förnamn)",
        "elevens namn", "barnets namn", "vårdnadshavares namn", "deltagarens namn", "patient", "patientens namn",
        # a register's persons: borrowers, card holders, co-applicants, members, tenants
        "låntagare", "kortinnehavare", "medsökande", "hyresgäster", "medlem", "medlemmar", "kund", "kunder",
        "anhörig", "anhörigvårdare", "förälder", "resenär", "passagerare", "name", "customer", "tenant", "person", "personer",
        # who stays or visits: a camping's, a hostel's or a home's guests
        "gäst", "gäster", "besökare",
        # a party or a role in a complaint, a report, a case or a voyage: the complainant, the one who reported, the
        # injured party, the master of a boat ("Klagande" over "Amra och Edin Mujić")
        "klagande", "klaganden", "anmälare", "anmälaren", "anmälande", "ansökande", "målsägande", "målsäganden",
        # a case's parties, by name or by initials ("Part" over "HB"; not "Motpart": a firm or a board as often)
        "part", "parter",
        # the other party of a claim or a court case, the one a claim is made against ("Svarande" over "KL")
        "svarande", "svaranden",
        # the staff member who opened a record in a log of accesses
        "användare",
        # a court's or a board's witnesses, heard in the case
        "vittne", "vittnen",
        "befälhavare", "skeppare", "studerande",
        # whom a register of veterans or young offenders lists
        "veteran", "veteraner", "ungdom", "ungdomar",
        # a guardian's header cut short to fit a narrow column
        "vårdnadsh.", "vårdnadsh", "vårdn.h.",
        # who ordered a service of the authority (a survey, a copy, a map): a person or a firm, the cells tell
        "beställare", "uppdragsgivare",
        # an adviser a person is matched with (a start-up's, a debt's); who found a lost thing or a ringed bird
        "rådgivare", "upphittare",
    ),
    SIGN: ("sign", "sign.", "signatur", "signum", "initialer", "ansvarig", "ansv", "ansv.", "utförare", "vem",
           "utfört av", "ansvarig (sign)", "kortnamn", "förkortning", "handl", "handl.", "handläggare (sign)", "sign/datum", "kontrollerad av", "godkänd av", "attest", "attesterad av",
           # the one who reported, treated, inspected or checked, abbreviated ("Rapp.", "Beh.", "Insp.")
           "rapp", "rapp.", "behandlare", "beh", "beh.", "hand", "hand.", "insp", "insp.", "kontr", "kontr.",
           "utf", "utf.", "handlagd", "handlagt", "registrerad", "regist.", "ledsagare",
           # the staff who watched and who marked a written test
           "skrivvakt", "tentamensvakt", "rättare", "bedömare"),
}
_HEADER_KIND = {h: kind for kind, hs in _NAME_HEADERS.items() for h in hs}
# Who did something, by a participle and "av" ("Rapp. av", "Utförd av", "Ifylld av"), or the one
# responsible by role ("Ansv. ssk", "Ansvarig chef"): such columns hold initials or names.
_SIGN_HEADER = re.compile(
    r"^(?:(?:rapp|utf|sign|kontr|godk|attest|gransk|ifylld|rapporterad|utförd|signerad|kontrollerad|godkänd|"
    r"granskad|åtgärdad|dokumenterad|registrerad|besl|beslutad|handlagd|inlagd|ändrad|upprättad)\.?\s+av|"
    r"ansv\.\s?[a-zåäö]{2,12}\.?|ansvarig\s+(?:ssk|sjuksköterska|chef|lärare|personal|pedagog|person)|"
    # "Ansvar", "Åtgärdas av", "Utförs av", "Klar (sign)"
    r"ansvar|ansvariga|ansvarar|[a-zåäö]{3,14}(?:as|s)\s+av|"
    # any participle and "av": "Spärrad av", "Kvitterad av", "Utlämnat av", "Mottagen av", "Sedd av"
    r"[a-zåäö]{2,14}(?:ad|at|ade|d|t|dd|tt|en|et)\.?\s+av|[a-zåäö/]{2,14}\s*\(sign\.?\)|sign\.?\s*/\s*[a-zåäö]+)$"
)
# A bank number column ("Bankgiro", "Plusgiro", "Kontonummer"), and "Konto" (a ledger's account codes under it are
# four digits, no bank account's: ``value_fits`` wants six digits at least).
_HEADER_KIND.update({h: BANK for h in (
    "konto", "bankgiro", "plusgiro", "bg", "pg", "bankgironummer", "plusgironummer", "bankgiro/plusgiro", "kontonummer",
    "kontonr", "konto nr", "bankkonto", "bankkontonummer", "clearing- och kontonummer", "kontonummer för återbetalning",
    "utbetalningskonto", "bankgiro eller plusgiro",
    # the clearing number and the account in one column ("8169-5 922 448 017-9")
    "clearing och konto", "clearing och kontonummer", "clearingnr och konto", "clearingnummer och kontonummer",
    "clearing/konto", "clearingnr/kontonr")})
# A clearing number's own column beside the account's ("Clearingnr" | "Kontonr"): the clearing number is a part of
# the account (it names the bank and the branch); its cell holds four or five digits (table_values.value_fits).
CLEARING_HEADERS = ("clearing", "clearingnr", "clearingnr.", "clearingnummer", "clnr", "clnr.", "cl.nr", "cl.nr.",
                    "clearing nr", "clearing-nr")
_HEADER_KIND.update({h: BANK for h in CLEARING_HEADERS})
# A date of birth column ("Födelsedatum", "Född"; a birth year alone is not taken) and a column of
# property designations ("Fastighet": "Björken 4" under it is a property, not a tree).
_HEADER_KIND.update({h: BIRTH for h in ("födelsedatum", "född", "född den", "födelsedag", "f. datum", "f.d.",
                                         "d.o.b.", "d.o.b",
                                         "födelsedatum (åååå-mm-dd)", "född (datum)", "f-datum", "f.datum", "fdatum",
                                         "f-dat.", "f-dat", "födelsedata", "född (åååå-mm-dd)", "född datum",
                                         "date of birth", "birth date", "dob", "born")})
_HEADER_KIND.update({h: BIRTH for h in BIRTH_HEADERS_ABROAD})  # "Geburtsdatum", "Data urodzenia", "Født"
_HEADER_KIND.update({h: PROPERTY for h in ("fastighet", "fastigheter", "fastighetsbeteckning", "fastighetsbet.",
                                            "fastighetsbet", "fast.bet.", "fastighet (beteckning)", "grannfastighet",
                                            "berörd fastighet", "fastighet som berörs")})
# Where a person lives: "Åsbränna 114" under it is a village and a house number, with no street word.
_HEADER_KIND.update({h: ADDRESS for h in ("adress", "nuvarande adress", "bostadsadress", "hemadress", "gatuadress",
                                           "folkbokföringsadress", "ny adress", "tidigare adress", "boendeadress",
                                           "adress (gata)", "gata", "hemvist", "bostad",
                                           # an artist's studio: a cell with a house number there points to the
                                           # person as the home does ("Fritidshus", "Sommarstuga" are not among
                                           # them: a form's "Användning: Fritidshus" is a value, and what follows
                                           # it no home)
                                           "ateljé", "ateljéer")})
# Other header cells that open a table one cell a line: they count as columns.
_OTHER_HEADERS = frozenset({
    # the parties of a change of owner in a register of boats, aircraft or vehicles: persons or firms, read by the
    # name rules; the cells open the table all the same
    "säljare", "köpare",
    # a vehicle's driver: staff by their initials in a pool car's log as often as a person's name (the column is
    # judged by its cells, see JUDGED_BY_CELLS)
    "förare",
    "befattning", "titel", "roll", "funktion", "enhet", "avdelning", "arbetsplats", "datum", "tid", "telefon",
    "tfn", "tel", "mobil", "e-post", "epost", "adress", "postadress", "kommentar", "kommentarer", "anteckning",
    "åtgärd", "åtgärder", "klart", "status", "klass", "grupp", "skola", "förskola", "avdelning", "ärende",
    "närvaro", "frånvaro", "belopp", "summa", "antal", "timmar", "startdatum", "slutdatum", "födelsedatum",
    "ort", "postort", "postnummer", "postnr", "relation", "typ", "beslut", "insats", "nr", "löpnr", "rad", "uppgift",
    "mejl", "referens",
    "arbetsuppgift", "tjänst", "tjänstgöringsgrad", "omfattning", "schema", "pass",
    "född", "född år", "födelseår", "år", "ålder", "kön", "kontor", "anmärkning", "beslutsdatum",
    "uppdrag", "parti", "partibeteckning", "mandat", "land", "bic", "iban", "form",
    "leverantör", "org.nr", "orgnr", "organisationsnummer", "lokal", "kurs", "kursdag", "underlag", "kostnad",
    # the days of a schedule's columns, and the numbers staff are reached on
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
    "lördag", "söndag", "vecka", "händelse", "händelser", "beskrivning", "avvikelse", "ämne", "plats",
    # how a person is reached: the cell holds a mail address or a number, never a name
    "kontaktväg", "kontaktvägar", "kontaktsätt", "kontaktuppgift", "kontaktuppgifter", "svarsväg", "nås via",
    "ägare", "svar", "yttrande", "synpunkter", "synpunkt", "tjänstemobil", "tjänstetelefon", "arbetstelefon", "direktnummer", "direkt",
    "mobilnummer", "telefonnummer", "tel.", "tfn.", "mobiltelefon", "arbetstid", "arbetstid %", "tjänstgöring",
    # a register's other columns: the flat, the rent, the debt, the days in a queue
    "lgh", "lgh.", "lägenhet", "hyra", "månadshyra", "hyra/mån", "skuld", "skuld, kr", "lån", "ködagar", "köpoäng",
    # a debtor's creditors and their claims
    "borgenär", "borgenärer", "fordran", "fordringar", "fordran, kr",
    "poäng", "kr", "belopp, kr", "vara", "varor", "innehavare", "avgift", "avgifter", "avgift, kr", "betald", "betalt",
    "saldo", "giltigt t.o.m.", "giltig t.o.m.", "giltig till", "giltigt till", "böcker",
    "orsak", "skäl", "anledning", "hållplats", "avstånd", "avstånd, km", "km", "sträcka", "resa", "kategori",
    "prioritet", "förtur", "fr.o.m.", "t.o.m.", "giltighet", "inkom", "inkommen", "registrerad",
    # a decision's outcome and where a person lives (a town, not a name)
    "besked", "utfall", "bor i", "bostadsort", "hemort",
    # when and where a log's access was made
    "tidpunkt", "vårdenhet",
    # the firm hired for the work: a company's name, whoever runs it
    "firma", "installatör", "installatörer", "entreprenör", "entreprenörer",
    # an unlabelled account column: a header that opens the row, whatever the cells hold
    "konto",
    # the headings of notes under a table, read as the next row's first cell ("Anmärkningar", "Noteringar")
    "anmärkningar", "noteringar", "anteckningar", "övrigt", "upplysningar", "sammanfattning", "motivering",
    "bakgrund", "bedömning", "slutsats", "slutsatser",
    # a quantity's or a price's column: what was bought or sold, never who
    "mängd", "volym", "vikt", "kvantitet", "pris", "styckpris", "enhetspris", "à-pris", "a-pris", "totalt", "total",
    "areal", "längd", "storlek", "moms", "rabatt", "andel",
    # when a stay, a loan or a booking runs
    "period", "perioder",
    # a register of estates: the estate's row or number, never a name ("Dödsbo | Adress | Postadress")
    "dödsbo", "dödsboet", "dödsbon",
    # the numbered points of a list or a walk's notes ("Punkt | Plats | Lämnad av")
    "punkt", "punkter",
    # staff's trade beside their names, a patient's medicine, a bid for a plot
    "yrke", "yrkesroll", "läkemedel", "bud",
    # an action list's questions beside "Vem" ("Vad | Vem | När"): what is to be done and by when
    "vad", "när", "hur", "klart när",
    # a vehicle's column (license_plate reads its plates): a header, so that one glued after another cell splits off
    # ("Pass/ID-handlingFordon" keeps the identity documents' column its own)
    "fordon", "fordonet",
    # a court's or the police's seizures by their numbers (the seized things' own numbers are read by their makers)
    "beslag",
    # a minute's or a decision list's columns: the paragraph, the matter, the law it rests on, the report back; and
    # the body's own invoices (the number under "Faktura" is the sender's, never a private person's)
    "§", "paragraf", "fråga", "grund", "lagrum", "återrapport", "faktura",
})
# Known headers whose column may hold persons' names or staff's initials and units alike: the header line is no one's,
# and in a register of persons the column's cells are judged by their shapes as an unlisted header's would be.
JUDGED_BY_CELLS = frozenset({"förare"})
# a header cell's shape: one to three words, the first capitalised, no digits ("Föreståndare", "Sökt belopp")
# (up to four words where commas list what the column may hold: "Gata, gård eller box")
_HEADER_WORDS = re.compile(r"^[A-ZÅÄÖÉÜ][\w.\-/]*(?: [\w.\-/()]+){0,2}$"
                           r"|^[A-ZÅÄÖÉÜ][\w.\-/]*,(?: [\w.\-/()]+,?){1,3}$")

# A birth date column's header with more words ("Född (ååmmdd)", "Födelsedatum barn"), whose it is named first
# ("Barnets födelsedatum", "Sökandens födelsedag", "Child's date of birth"); a year, a place or a country of birth
# is no date ("Född år", "Födelseort", "Födelseland"), but a column of years or dates is ("Född år/datum").
_BIRTH_HEADER = re.compile(
    r"^(?:[a-zåäöé]+(?:s|'s|’s)\s+)?(?:född|födelsedatum|födelsedag|f-?datum|date of birth|birth date|dob)\b"
    r"(?!.*\b(?:ort|land|plats|ålder|place|country)\b)(?!(?:(?!datum|date).)*\b(?:år|year)\b(?!.*(?:datum|date)))"
    r"(?P<tail>[\w ,./()-]{0,25})$"
)


# A one-word "-adress" compound names where something reaches a person ("Besöksadress", "Leveransadress",
# "Vistelseadress", "Fakturaadress": where a private payer's bill goes is home); the compounds of a mail box, a web
# page or a network are no place, and a post address column stays a column of its own.
# More words may follow in the header cell ("Adress (gata och nr)", "Besöksadress/ort").
_PLACE_ADDRESS_HEADER = re.compile(r"^(?:[a-zåäö]{3,20})?adress(?:[ ,(/][\w ,()/.-]{0,25})?$")
_NOT_A_HOME_ADDRESS = re.compile(r"^(?:e?post|e-post|mejl|mail|webb|web|ip|mac|hemsides?|internet|nät|returpost)"
                                 r"adress|.*\b(?:e-post|epost|mejl|mail|webb)")


# A header that names where someone lives or gets mail, in any wording: a home word, alone or with a few more
# words ("Postadress", "Bor", "Bor under veckan", "Nuvarande bostad", "Hemort", "Adress i hemlandet", "Home
# address"). Its cells count as an address only when they hold a house number (``table_values``), so a column
# of towns ("Hemort", "Bor i") keeps its town names.
_HOME_HEADER = re.compile(
    # a usual or a passing home too: "Ordinarie bostad", "Tillfällig adress", "Bor tillfälligt"
    r"^(?:(?:nuvarande|tidigare|ny|nya|aktuell|permanent|faktisk|home|postal|mailing|senast|senaste|nu|numera|"
    r"ordinarie|tillfällig|tillfälliga|stadigvarande|egen|fast)\s+)?"
    r"(?:post|utdelnings|hem|bostads|folkbokförings|kontakt|vistelse|utlands)?(?:adress|address|adr\.?|bostad|"
    r"bostaden|hemvist|hemort|bostadsort|bor|vistelseort|uppehållsort|domicil|"
    # where someone is registered or stays, as a participle or a verb: "Folkbokförd", "Senast folkbokförd", "Vistas"
    r"folkbokförd|folkbokförda|folkbokföring|bosatt|bosatta|skriven|vistas|vistelse|bor nu|bor numera)"
    # a bracket or a preposition's phrase may follow, never another header cell ("Adress Telefon")
    r"(?:\s+\([^)]{1,25}\)|\s+(?:i|på|utomlands|abroad)(?:\s+[a-zåäö]+){0,2}|\s+(?:tillfälligt|temporärt|nu|numera))?$"
    # where a letter or a reply was sent: "Svaret skickat till", "Beslutet sänt till", "Skickas till"
    r"|^(?:[a-zåäö]+\s+){0,2}(?:skickat|skickad|skickade|skickades|skickas|sänt|sänd|sändes|sänds|postat|postad|"
    r"postades|postas)\s+till$"
    # what is done at home, and where: a phrase ending in a preposition of place ("Bedriver i hemmet på")
    r"|^(?:[a-zåäö]+\s+){0,3}i\s+(?:hemmet|bostaden)\s+(?:på|vid)$"
)


# A compound naming the person a service, a grant or an insurance is for: one word, something before the ending.
_PERSON_COMPOUND = re.compile(r"^[a-zåäö]{3,}(?:användare|brukare|tagare)$")


def _next_header(tail: str) -> bool:
    """True when the words after a birth word are the next header cell ("Födelsedatum Grupp", two cells read as
    one line), not whose birth it is ("Födelsedatum barn")."""
    t = tail.strip(" ,")
    parts = header_parts(t) if t else None
    return parts is not None and not (len(parts) == 1 and header_kind(parts[0]) == FULL)


def _header_before_birth(cell: str) -> bool:
    """True when the word before a birth word is a header cell of its own ("Kundnummer Född", "Barn Född": two cells
    read as one line), not whose birth it is ("Barnet född", "Modern född")."""
    words = cell.split()
    return len(words) == 2 and words[1].lower().startswith("föd") and _is_header(words[0])


_NUMBER_WORD_AFTER = re.compile(r"(.+?)[ ](?:nr\.?|nummer|no\.?)")


@lru_cache(maxsize=8192)  # a pure function of the cell's text, asked for every word of every row
def header_kind(cell: str) -> str | None:
    """What a header cell says its column holds (ID, FIRST, LAST, FULL, SIGN, BANK), or None."""
    c = " ".join(cell.strip().rstrip(":").split())
    if len(c) > 40 and c.endswith(")") and 0 < c.rfind("(") <= 30 and not any(ch.isdigit() for ch in c):
        # "Tysk skatte-ID (Steuerliche Identifikationsnummer)": a long bracket names the number in its own
        # language; the words before it are the header
        kind = header_kind(c[:c.rindex("(")].strip())
        return kind if kind in (ID, BIRTH) else None
    if not c or len(c) > 40:
        return None
    low = c.lower()
    if _ID_HEADER.match(low):
        return ID
    kind = _HEADER_KIND.get(low)
    if kind is None and names_register_column(low):
        return ID  # "Lånekort", "Kö-nr", "Kontraktsnr": a label nobody listed
    if kind is None and (_SIGN_HEADER.match(low) or signer_header(low)):
        return SIGN  # "Utförd av", "Insp.", "Röstmottagare": who handled it signs there
    if kind is None and (m := _BIRTH_HEADER.match(low)) and not _next_header(m.group("tail")):
        return BIRTH  # "Född (ååmmdd)", "Födelsedatum, barn": a birth column however the form spells it
    if kind is None and identity_header(low):
        return ID  # "Identitet", "Pnr/födelsedatum": a person's number, or a birth date where none is (identity_headers)
    if kind is None and names_birth_date(c) and not _header_before_birth(c):
        return BIRTH  # "Födelse-datum", "Ålder/född", "Födelsetid", "F. dat.": a birth word by its stem (birth_words)
    if kind is None and (boat_mark_header(low) or plate_text_header(low) or joined_identifier_header(low, header_kind)
                         or names_identity_code(c)):
        # "MMSI", "MMSI eller CIN": a private boat's mark, or either of two identifiers, or a personalised plate's text
        # ("Skylt") (identity_headers); "Personkod",
        # "PESEL", "Förskrivarkod": a country's or a profession's personal code (identity_code_labels)
        return ID
    if kind is None and _PLACE_ADDRESS_HEADER.match(low) and not _NOT_A_HOME_ADDRESS.match(low):
        return ADDRESS  # "Besöksadress", "Leveransadress": where a visit or a delivery goes is where the person lives
    if kind is None and _HOME_HEADER.match(low):
        return ADDRESS  # "Postadress", "Bor", "Hemort", "Adress i hemlandet": the cell names where someone lives
    if kind is None and _PERSON_COMPOUND.match(low):
        return FULL  # "Assistansanvändare", "Bidragstagare", "Insatsbrukare": the person a service or a grant is for
    if kind is None and low.endswith(")") and 0 < low.rfind("(") and not low.startswith("("):
        # "ID-nummer (chip)", "Skatte-ID (Tyskland)": the bracket says which or whose
        inner = c[:c.rindex("(")].strip()
        if inner and (kind := header_kind(inner)) in (ID, BIRTH):
            return kind
        kind = None
    if kind is None and (qualified := _qualified_id(low)):
        return qualified  # "Hemtjänst kundnr", "Nationellt id-kort nr", "danskt CPR-nummer": whose or which number
    if kind is None and (m := _NUMBER_WORD_AFTER.fullmatch(low)) and header_kind(m.group(1)) == ID:
        return ID  # "Båtplatskontrakt nr": the number of a thing whose header alone already holds identifiers
    if kind is None and ("/" in low or " och " in low or " & " in low or ", " in low or " eller " in low):
        # "Fastighet/adress", "Adress och telefon", "Gata, gård eller box", "Gata eller gård": a joined header whose
        # only kind is an address's
        parts = [p.strip() for p in re.split(r"/| och | & |, | eller ", low) if p.strip()]
        kinds = {header_kind(p) for p in parts if p != low}
        if ADDRESS in kinds and kinds <= {ADDRESS, None, PROPERTY}:
            return ADDRESS
        if "/" in low and kinds == {BIRTH}:
            # "Fødselsdato / Geburtsdatum", "Geburtsdatum / date of birth": one header in two languages
            return BIRTH
    if kind is None:
        # "Medlemsnr*", "Fartygets anropssignal", "Medlemsnr i a-kassan", "Pass-/ID-nummer": a known header in
        # another form (header_variants)
        kind = header_variant(c, header_kind, (ID, BIRTH))
    return kind


# a column of the things a person handed in or keeps ("Föremål", "Tillhörigheter"): the bare "Nummer" beside it is
# each thing's own number (a phone's IMEI, a watch's serial, a gym's key tag), which leads to its owner
_THINGS_HEADERS = frozenset({"föremål", "tillhörighet", "tillhörigheter", "förvarade föremål", "egendom", "utrustning"})
THINGS_NUMBER_HEADER = "nummer"


def things_header(cell: str) -> bool:
    """True for the header of a column of things a person handed in or keeps ("Föremål"): no one's name."""
    return " ".join(cell.strip().rstrip(":").split()).lower() in _THINGS_HEADERS


def row_kinds(cells: Sequence[str]) -> list[str | None]:
    """What each header cell of a row says its column holds; a key's number ("Nyckelnr") is a person's code when
    the row also heads a column of names: the key handed to the person on each row; a postal code's and a town's
    column are part of the address when the row also heads a column of homes; so is an association's column
    (``association_columns``), the members' numbers there; a bare "Nummer" beside a column of
    things is the things' numbers."""
    kinds = with_postal_beside_homes([header_kind(c) for c in cells], cells, ADDRESS)
    if any(k in (FULL, FIRST, LAST) for k in kinds):
        kinds = [ID if k is None and (names_key(c.strip()) or contract_column(c, cells) or membership_column(c, cells))
                 else k for k, c in zip(kinds, cells)]
    if any(" ".join(c.split()).lower() in _THINGS_HEADERS for c in cells):
        kinds = [ID if k is None and c.strip().lower() == THINGS_NUMBER_HEADER else k for k, c in zip(kinds, cells)]
    return kinds


# what the words before an identifier's header may be: whose, which country's or which service's number it is
_QUALIFIER = re.compile(r"^[^\W\d_][\w-]*$")
# the number of a case, a document, an order or a thing, whatever words stand before it
_THING_BEFORE = re.compile(r"(?i)^(?:ärende|ärendets|faktura|fakturans|order|artikel|rum|lokal|objekt|dokument|"
                           r"bilaga|beslut|avtal|avtals|projekt|referens|ref)")


def _qualified_id(low: str) -> str | None:
    """ID for a header of a qualifier or two and an identifier's header ("hemtjänst kundnr", "employee id",
    "föremål, serienr")."""
    # the thing and its number set off by a comma ("Föremål, serienr") as by "och" ("Föremål och serienr"); a number's
    # word must end it ("klocka, pass" is a cell of things)
    words = re.sub(r"^([^\W\d_][\w-]*)[ \t]*,[ \t]*(?=\S+(?:nr\.?|nummer|id)$)", r"\1 och ", low).split()
    if not 2 <= len(words) <= 4 or "/" in low or "(" in low:
        return None
    for n in (2, 1):
        tail, lead = " ".join(words[-n:]), words[:-n]
        if not lead or not all(_QUALIFIER.match(w) for w in lead) or _THING_BEFORE.match(lead[0]):
            continue
        if any(header_kind(w) or _is_header(w) for w in lead):
            return None  # "Efternamn Medlemsnummer": two header cells read as one line, no qualified number
        if tail in _BARE_NUMBER:
            if n == 1 and len(lead) == 1 and lead[0] in _PERSON_ROLES:
                return ID  # "Employee ID", "Member No.": a person's number by their role
            continue  # "Kurs ID", "Namn ID" (two cells read as one): the number of a thing, or no header
        if _ID_HEADER.match(tail) or names_register_column(tail):
            return ID
        if n == 1 and len(lead) == 1 and _OWNED_THING.match(lead[0]) and _REGISTRATION.match(tail):
            return ID  # "Hundens registreringsnummer", "Båtens reg.nr": the register's number of a person's animal or thing
    return None


# a thing or an animal in the genitive ("hundens", "båtens", "hästens"); not an organisation's or a property's
_OWNED_THING = re.compile(r"^(?!(?:företag|bolag|förening|organisation|fastighet|kommun|myndighet|verksamhet|anläggning)"
                          r")[a-zåäö]{2,20}(?:ens|ets)$")
_REGISTRATION = re.compile(r"^reg(?:istrerings)?[-.]?\s?(?:nr\.?|nummer)$")


#: a number's word alone, which says nothing of whose number it is
_BARE_NUMBER = frozenset({"id", "id-nr", "no", "no.", "number", "nr", "nr.", "nummer"})
#: the roles of a person in English headers, before a bare number's word
_PERSON_ROLES = frozenset({"employee", "customer", "client", "member", "patient", "student", "pupil", "staff", "user",
                           "applicant", "tenant", "resident", "participant", "person", "personal"})


#: First words of the known name headers, the identifier stems and the whole identifiers' words: a cell of a few
#: words holding one may be header cells set close together ("Ansvarig Följs upp", "Personnummer Reg.nr Antal").
_HEAD_STARTS = (frozenset(h.split()[0].rstrip(":.") for h in _HEADER_KIND) | frozenset(_ID_STEMS)
                | frozenset({"personnummer", "pnr", "p-nr", "samordningsnummer", "födelsenummer", "identitetsnummer"}))


# A thing's number headed by its model's name and figure ("Ak 4 nr", "Glock 17 nr", "Ksp 58 serienr", "Volvo 740
# reg.nr"): the figure is the model's, so the cell is a header with a digit, not a row's value
_MODEL_NUMBER_HEAD = re.compile(r"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{0,11}[ ]?\d{1,3}[A-Za-z]?[ ]"
                                r"(?i:nr\.?|nummer|serienr\.?|serienummer|tillverkningsnr\.?|reg\.?[ ]?nr\.?)$")


def model_number_header(cell: str) -> bool:
    """True for a header naming the number of a model's thing ("Ak 4 nr"): its digit is the model's figure."""
    return bool(_MODEL_NUMBER_HEAD.match(" ".join(cell.split())))


@lru_cache(maxsize=8192)  # a pure function of the cell's text, asked for the same words and cells again and again
def _is_header(cell: str) -> bool:
    """True when a cell is a header cell: of a kind, another known header, or a date column's."""
    if header_kind(cell) is not None or model_number_header(cell):
        return True
    if (bare := without_footnote(cell)) and bare != cell.strip():
        return _is_header(bare)  # "Belopp*", "Beslut¹": a footnote's mark changes no header
    if (head := without_phrase_after(cell)) != cell.strip():
        # "Ägare enligt registret", "Ägare i registret": a phrase saying where its values were read or hold changes no
        # header, and the cell stays one (read as two, "Ägare" and "i registret", its column border would cut every
        # name under it)
        return _is_header(head)
    c = " ".join(cell.strip().rstrip(":").split()).lower()
    # "Spärrdatum", "Inflyttningsdatum": a date column's header (a birth date's is a kind of its own); "Anm.nr",
    # "Gravs.nr", "Vägnr": a column of the authority's own numbers or a thing's
    if c in _OTHER_HEADERS or (c.endswith("datum") and c.isalpha() and len(c) <= 24) or names_thing_number(c):
        return True
    if "/" in c and len(c) <= 40 and all(p.strip() and _is_header(p) for p in c.split("/")):
        return True  # "Org.nr/personnr": one column for whichever of two known headers' values the row has
    # "Skuld kr", "Hyra (kr)", "Avstånd km": a quantity's header with its unit is one header cell, not two
    m = _WITH_UNIT.match(c)
    return m is not None and (_is_header(m.group(1)) or m.group(1).isalpha())


_WITH_UNIT = re.compile(r"^([^\W\d_][\w.]*)(?:[ \t]+|[ \t]*,[ \t]*)(?:kr|sek|tkr|km|mil|st|h|tim|min|%|\((?:kr|sek|tkr|km|st|h|%)\))$")


_GLUED = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")


def split_glued(word: str, loose: bool = False) -> list[str]:
    """A header word glued to the next header cell ("AnställningsnummerMobil", a cell overflowing its
    column) split at the case change where both parts are headers; else the word alone.

    ``loose``: the part after a header need only begin the next cell, whose other words follow the glued word
    ("OrdningsvaktskortGiltigt till" → "Ordningsvaktskort", "Giltigt" + "till"); for a caller that then reads
    every part as header cells (header_segments), so a word glued to no header is never cut; there the part
    before a whole header may also be a lower-case word ending a header of more words ("date of birthIdentitet")."""
    for m in _GLUED.finditer(word):
        a, b = word[: m.start()], word[m.start():]
        if _is_header(a) and (loose or _is_header(b) or split_glued(b) != [b]):
            return [a, *split_glued(b, loose)]
        if loose and a.islower() and _is_header(b):
            return [a, b]
    return [word]


def header_segments(words: Sequence[str]) -> list[int] | None:
    """The sizes of the header cells a run of words reads as when set close together
    ("Efternamn Medlemsnummer Född år" → 1, 1, 2), longest known header first; None when it does not."""
    sizes: list[int] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            if n == 5 and "/" not in words[i : i + n]:
                continue  # five words only as one header in two languages ("Geburtsdatum / date of birth")
            if _is_header(" ".join(words[i : i + n])):
                sizes.append(n)
                i += n
                break
        else:
            return None
    return sizes


def header_parts(line: str) -> list[str] | None:
    """The header cells one line of text holds: the line itself, or several cells read as one
    line ("Handläggare Klientnummer", "AnställningsnummerMobil"); None when it is not header cells."""
    s = line.strip()
    if not s:
        return None
    if _is_header(s):
        return [s]
    words = [p for w in s.split() for p in split_glued(w)]
    if len(words) > 8:
        return None
    sizes = header_segments(words)
    if sizes is None:  # a cell glued to a header of two words or more ("OrdningsvaktskortGiltigt till")
        words = [p for w in s.split() for p in split_glued(w, loose=True)]
        sizes = header_segments(words) if len(words) <= 8 else None
    if sizes is None:
        return None
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(words[i : i + n]))
        i += n
    return out


def _fragment_join(first: str, second: str) -> str | None:
    """A header cell broken over two lines ("Anställnings-" / "nummer", "Personalnumm" / "er",
    "Personal" / "nr", "Kund- och" / "leveransnr"): the joined header when it names an identifier and the second
    line begins in lower case; else None."""
    a, b = first.strip(), second.strip()
    if not a or not b or not b[:1].islower() or len(b) > 16 or " " in b:
        return None
    # a first line of several words broke at a space ("Kund- och" / "leveransnr"), one word inside itself
    tries = (f"{a} {b}", a + b) if " " in a and not a.endswith("-") else (a + b, a.rstrip("-") + b, f"{a} {b}")
    for joined in tries:
        if header_kind(joined) == ID:
            return joined
    return None


def names_a_number(text: str) -> bool:
    """True when a proposed name holds the label of a number ("Kundnummer Avläst", "Kontonummer"):
    no name ends in "-nummer" or is an identifier's header."""
    for word in text.split():
        for w in split_glued(word.strip(".,;:()")):
            w = w.lower()
            if w.endswith(("nummer", "numret", "numren")) or (len(w) > 2 and header_kind(w) == ID):
                return True
    return False


_PARTS = re.compile(r"\n|\s{2,}|\t|\|")


def header_words_only(text: str) -> bool:
    """True when a proposed name is nothing but table header cells ("Förnamn", "Efternamn\nKontaktperson")."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if parts and all(_is_header(p) for p in parts):
        return True
    words = text.split()
    return bool(words) and all(_is_header(w) for w in words)


def _before_bracket(cell: str) -> str:
    """The header cell without a bracket that ends it."""
    c = cell.strip()
    return c[:c.rindex("(")] if c.endswith(")") and c.rfind("(") > 0 else c


def _header_row(cells: Sequence[str]) -> bool:
    """True for a row of header cells: short, no digits, at least half of them known headers."""
    # (a bracket after a header says which number in its own language: "Skatte-ID (Steuerliche Identifikationsnummer)")
    # (a model's figure in a thing's number's header is no value: "Ak 4 nr")
    # (a slash between one header's two languages is no word: "Geburtsdatum / date of birth")
    if any(len(b.strip()) > 40 or len([w for w in b.split() if w != "/"]) > 4
           or (any(ch.isdigit() for ch in c) and not model_number_header(c))
           for c, b in ((c, _before_bracket(c)) for c in cells)):
        return False
    known = sum(_is_header(c) for c in cells)
    if known * 2 >= len(cells):
        return True
    # a register's header row names some columns in its own words ("Förening | Ledare | Leg. | Medl.nr | Visat |
    # Kontr."): a third of known header cells, one of them of a kind, the rest header-shaped words
    if known * 3 >= len(cells) and any(header_kind(c) for c in cells) and len(cells) <= 10 and all(
            _HEADER_WORDS.match(c.strip()) for c in cells):
        return True
    # "Förening | Föreståndare | Född | Kontrollant": a birth column's header among header words nobody
    # listed still opens a table; the cells under it are taken only when they are whole dates
    return any(header_kind(c) == BIRTH for c in cells) and len(cells) <= 8 and all(
        _HEADER_WORDS.match(c.strip()) for c in cells)



#: First words of every known header cell, and the identifier stems (cheap gates for the costlier readings).
_FIRST_WORDS = frozenset(h.split()[0].rstrip(":.") for h in (*_HEADER_KIND, *_OTHER_HEADERS)) | frozenset(_ID_STEMS)
_STEM_STARTS = tuple(s for s in _ID_STEMS if len(s) >= 4)


def _begins_header(word: str) -> bool:
    """True when a word can begin a header cell, alone, glued to the next or broken over two lines."""
    low = word.lower().rstrip(":.-")
    if low in _FIRST_WORDS or low.startswith(_STEM_STARTS) or _GLUED.search(word):
        return True
    return len(low) <= 14 and header_kind(low) is not None

