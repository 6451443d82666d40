"""What a table's header cell says its column holds: an identifier ("Anst.nr", "Klientnr"), a first
name ("Förnamn"), a surname ("Efternamn"), a name ("Namn", "Kontaktperson"), initials ("Sign.",
"Ansvarig"), a bank number, a date of birth, a property or an address; and whether a cell is a header at all.

Part of ``redact.detect.table_columns`` (which see): the readings of a table ask these functions
which cells are headers. The header words are ``redact.detect.table_header_words``; how a line or a row of
text reads as header cells is ``redact.detect.table_header_lines``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from redact.detect.association_columns import membership_column
from redact.detect.birth_words import names_birth_date
from redact.detect.booking_columns import booking_header
from redact.detect.id_labels import contract_column, names_key, names_register_column, names_thing_number
from redact.detect.charger_columns import charger_header
from redact.detect.exam_codes import names_exam_code
from redact.detect.header_variants import header_variant, without_footnote, without_phrase_after
from redact.detect.identity_code_labels import names_identity_code
from redact.detect.identity_headers import boat_mark_header, identity_header, joined_identifier_header, plate_text_header
from redact.detect.initials_shapes import signer_header, signing_participle
from redact.detect.participant_numbers import names_participant_number
from redact.detect.postal_columns import with_postal_beside_homes
from redact.detect.supplier_columns import supplier_number_column
from redact.detect.table_header_words import (
    ADDRESS, BIRTH, FIRST, FULL, ID, LAST, PROPERTY, SIGN, _BIRTH_HEADER, _HEADER_KIND, _HOME_HEADER, _ID_HEADER,
    _NOT_A_HOME_ADDRESS, _OTHER_HEADERS, _PERSON_COMPOUND, _PLACE_ADDRESS_HEADER, _SIGN_HEADER,
)


def _next_header(tail: str) -> bool:
    """True when the words after a birth word are the next header cell ("Födelsedatum Grupp", two cells read as
    one line), not whose birth it is ("Födelsedatum barn")."""
    from redact.detect.table_header_lines import header_parts  # reads lines with header_kind

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
    if kind is None and names_exam_code(low):
        return ID  # "Tentakod", "Anonymitetskod": each student's code for one examination
    if kind is None and charger_header(low):
        return ID  # "Laddbox": each resident's charger by its maker, model and serial (see charger_columns)
    if kind is None and booking_header(low):
        return ID  # "Provbokning", "Placering": one person's booking or place by its code (see booking_columns)
    if kind is None and (_SIGN_HEADER.match(low) or signer_header(low) or signing_participle(low)):
        # "Utförd av", "Insp.", "Röstmottagare", "Kvitterat": who handled it signs there (a date under a participle
        # alone is no signer's value: the cells are judged by value_fits)
        return SIGN
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
        kinds = [ID if k is None and (names_key(c.strip()) or contract_column(c, cells) or membership_column(c, cells)
                                      or names_participant_number(c))
                 else k for k, c in zip(kinds, cells)]
    if any(" ".join(c.split()).lower() in _THINGS_HEADERS for c in cells):
        kinds = [ID if k is None and c.strip().lower() == THINGS_NUMBER_HEADER else k for k, c in zip(kinds, cells)]
    if BIRTH in kinds:
        # "Säljare | Född | Leverantörsnr": a supplier with a birth date is a private person (supplier_columns)
        kinds = [ID if k is None and supplier_number_column(c, kinds) else k for k, c in zip(kinds, cells)]
    if len(cells) >= 3 and any(k in (FULL, FIRST, LAST, BIRTH) for k in kinds) and _cases_first(cells[0]):
        kinds = [ID if k is None and n > 0 and _persons_number_header(c) else k for n, (k, c) in enumerate(zip(kinds, cells))]
    return kinds


# a number's header: a "-nummer", "-nr" or "-id" compound, or the bare "Nummer" ("Referensnummer", "Ärende-id")
_NUMBER_HEADER = re.compile(r"(?i)^(?:[a-zåäö][a-zåäö-]*(?:nummer|nr\.?|-id)|nummer)$")
# the numbers that are no person's own in such a row: a telephone's, a postal code, an organisation's, a giro's
_NOT_PERSONS_NUMBER = re.compile(r"(?i)^(?:telefon|tel|mobil|fax|post|org|bankgiro|plusgiro|bg|pg|konto|bankkonto)")


def _cases_first(cell: str) -> bool:
    """True when a header row's first cell names the authority's own case ("Ärende", "Mål"), by its register's number
    too ("Dnr", "Ärendenr", "Diarienr"): the case is numbered there all the same."""
    from redact.detect.case_columns import names_case_itself
    from redact.detect.code_columns import _names_own_paper

    return _names_own_paper(cell.strip()) or names_case_itself(cell.strip())


def _persons_number_header(cell: str) -> bool:
    """True for a number's header, beside a column of persons or of their birth dates in a row that opens with the
    authority's own case: the case is numbered in the first column, so the other number is each row's person's
    ("Ärende" / "Köpare" / "Född" / "Referensnummer"). So is a decision's number there ("Ärende" / "Sökande" /
    "Beslutsnr"): the case has its number, and the decision each person was given and shows is theirs; so is a
    booking's number there ("Ärende" / "Person" / "Född" / "Bokningsnr"), as "Bokningsnummer" is."""
    from redact.detect.code_columns import _names_own_paper

    head = " ".join(cell.split())
    return (_NUMBER_HEADER.match(head) is not None and not _NOT_PERSONS_NUMBER.match(head)
            and (not _names_own_paper(head) or _PERSONS_OWN_NUMBER.fullmatch(head) is not None))


# a decision's or a booking's number as a header cell ("Beslutsnr", "Beslutsnummer", "Bokningsnr")
_PERSONS_OWN_NUMBER = re.compile(r"(?i)(?:besluts|boknings)(?:nr\.?|nummer)")


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
            if n == 1 and len(lead) == 1 and (lead[0] in _PERSON_ROLES or _ROLE_GENITIVE.fullmatch(lead[0])):
                return ID  # "Employee ID", "Member No.", "Långivarens nr": a person's number by their role
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
#: a person's role in the Swedish genitive, an agent's noun ("långivarens", "ägarens", "sökandens") or a few others
_ROLE_GENITIVE = re.compile(r"[a-zåäö]{2,}(?:arens|andens|endens)|(?:kund|patient|elev|medlem|hyresgäst|klient)ens")
#: the roles of a person in English headers, before a bare number's word
_PERSON_ROLES = frozenset({"employee", "customer", "client", "member", "patient", "student", "pupil", "staff", "user",
                           "applicant", "tenant", "resident", "participant", "person", "personal"})


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
    # "Gravs.nr", "Vägnr": a column of the authority's own numbers or a thing's; "Bokningsnr", "Beslutsnr": a
    # booking's or a decision's, the body's own or the row's person's by the row (see _persons_number_header)
    if (c in _OTHER_HEADERS or (c.endswith("datum") and c.isalpha() and len(c) <= 24) or names_thing_number(c)
            or _PERSONS_OWN_NUMBER.fullmatch(c)):
        return True
    if "/" in c and len(c) <= 40 and all(p.strip() and _is_header(p) for p in c.split("/")):
        return True  # "Org.nr/personnr": one column for whichever of two known headers' values the row has
    # "Skuld kr", "Hyra (kr)", "Avstånd km": a quantity's header with its unit is one header cell, not two
    m = _WITH_UNIT.match(c)
    return m is not None and (_is_header(m.group(1)) or m.group(1).isalpha())


_WITH_UNIT = re.compile(r"^([^\W\d_][\w.]*)(?:[ \t]+|[ \t]*,[ \t]*)(?:kr|sek|tkr|km|mil|st|h|tim|min|%|\((?:kr|sek|tkr|km|st|h|%)\))$")
