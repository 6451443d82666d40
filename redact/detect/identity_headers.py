"""Header cells of a column that identifies each row's person by whatever the person has: a personnummer, a
samordningsnummer, or a date of birth when there is no Swedish number ("Id", "Identitet", "Pnr/födelsedatum",
"Personnummer eller födelsedatum", "Id-uppgift").

A register of both Swedish residents and people from abroad (a marriage investigation's foreign partner, a
visitor, a guest) keeps them in one column: the header names the person's identity, not one number. A whole
date in such a column is that person's date of birth, as it would be under "Personnummer".
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compiled

# a personnummer's or a samordningsnummer's short and long labels
_NUMBER = r"(?:personnummer|personnr\.?|pers\.?[ ]?nr\.?|pnr|p-nr|p\.nr|person-nr|samordningsnummer|samordningsnr\.?)"
# a date of birth's labels, written out or short
_BIRTH = r"(?:födelsedatum|födelsedata|födelsedag|född|f\.d\.|f-dat(?:um)?|fdat)"
_OR = r"[ ]?(?:/|eller|el\.|alt\.|resp\.)[ ]?"
_IDENTITY_HEADER = compiled(
    rf"(?i)^(?:id|identitet|identitetsuppgift(?:er)?|id-uppgift(?:er)?|personuppgift(?:er)?"
    # "Pnr/födelsedatum", "Födelsedatum eller pnr", "Pnr/samordningsnr"
    rf"|{_NUMBER}{_OR}(?:{_BIRTH}|{_NUMBER})|{_BIRTH}{_OR}{_NUMBER}"
    # "Personnummer (födelsedatum)", "Identitet (pnr)": the bracket says what else may stand there
    rf"|(?:{_NUMBER}|identitet|id)[ ]?\((?:{_BIRTH}|{_NUMBER})\)"
    # "Hemlandets handling": the document the home country issued a person, whatever its kind
    r"|(?:hemlandets|ursprungslandets)[ ](?:handling|handlingar|legitimation|identitet))$"
)


def identity_header(header: str) -> bool:
    """True for a header that names a person's identity, a number or a date of birth (see the module)."""
    return _IDENTITY_HEADER.match(" ".join(header.strip().rstrip(":").split())) is not None


# The marks that identify a private boat (a leisure boat's radio number, its hull's identification number, its call
# sign, a fishing vessel's district number), a radio amateur's call sign, a distress beacon or a private aircraft (its
# registration) as a log's or a register's column names them: the thing leads to its owner as a car's plate does.
_BOAT_MARKS = frozenset({"mmsi", "mmsi-nr", "mmsi nr", "cin", "hin", "cin-nr", "hin-nr", "skrov-id", "skrov-nr",
                         "anropssignal", "anropssignaler", "call sign", "callsign",
                         # the register's word for the call sign, and the inland waterways' radio code
                         "signalbokstäver", "signalbokstav", "atis", "atis-kod", "atis-nr", "atis-nummer",
                         # a licence register's short header for the call sign, a radio amateur's as a ship station's
                         "signal", "signaler",
                         # a distress beacon carried on board or by the person, registered to its owner by its id
                         "nödsändare", "nödradiosändare", "nödradiofyr", "plb", "epirb", "plb-id", "epirb-id",
                         # a fishing vessel's district letters and number ("GG 318"), a register's column for it
                         "distr.", "distr", "distrikt", "distriktsnr", "distriktsnr.", "distriktsnummer",
                         "distriktsbeteckning",
                         # a private aircraft's registration ("SE-KLR") under the aircraft's own word
                         "plan", "flygplan", "luftfartyg", "flygplanet", "luftfartyget", "registreringsbeteckning",
                         "nationalitetsbeteckning", "nationalitets- och registreringsbeteckning"})
# two headers in one cell, either of which the column holds ("MMSI eller CIN", "Kundnr eller pnr", "MMSI/CIN")
_JOINED = re.compile(r"[ ]?/[ ]?|[ ](?:eller|el\.|alt\.|resp\.)[ ]")


# the marks among them whose header word has other meanings ("Plan" a payment plan or a floor, "Signal" an alarm's,
# "Distr." a care district): their column holds the mark only where the cell has a call sign's or a registration's
# shape ("SM4RQZ", "GG 318", "SE-MFX"); other values under them are no one's code
_SHAPE_ONLY_MARKS = frozenset({"signal", "signaler", "distr.", "distr", "distrikt", "plan", "flygplan", "luftfartyg",
                               "flygplanet", "luftfartyget"})


def mark_by_shape_only(header: str) -> bool:
    """True for a mark's header whose word has other meanings ("Plan", "Signal", "Distr."): see _SHAPE_ONLY_MARKS."""
    return " ".join(header.strip().rstrip(":").split()).lower() in _SHAPE_ONLY_MARKS


def boat_mark_header(header: str) -> bool:
    """True for a column's header naming a private boat's, radio's or aircraft's identifying mark ("MMSI", "CIN",
    "Anropssignal", "Distr.", "Plan")."""
    return " ".join(header.strip().rstrip(":").split()).lower() in _BOAT_MARKS


def joined_identifier_header(header: str, kind_of) -> bool:
    """True for two or three headers in one cell ("MMSI eller CIN", "Kundnr eller pnr") each of which names an
    identifier (``kind_of`` a part is ``"id"``, or a boat's mark): a column holding whichever of them a row has; also
    where one names a person's identifier and the others another number of the row's person ("Anmälningsnr /
    studentid", "Ert kundnr/avtalsnr"): an application's or a contract's number held beside the person's own code
    is that person's too."""
    parts = [p.strip() for p in _JOINED.split(" ".join(header.strip().rstrip(":").split()).lower())]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return False
    personal = [boat_mark_header(p) or kind_of(p) == "id" for p in parts]
    if all(personal):
        return True
    return any(personal) and all(ok or (_NUMBER_LABEL.match(p) is not None and not _FIRMS_NUMBER.match(p))
                                 for ok, p in zip(personal, parts))


# a number's label in one word: a "-nr", "-nummer" or "-id" compound ("Anmälningsnr", "Avtalsnr", "Ansökningsnummer")
_NUMBER_LABEL = re.compile(r"^[a-zåäöéü][a-zåäöéü.-]{1,24}(?:nr\.?|nummer|-?id)$")
# an organisation's number: a column of firms' numbers and persons' is no column of persons' codes alone (the firms'
# numbers have a shape of their own, found by their own rule)
_FIRMS_NUMBER = re.compile(r"^(?:org|organisations|företags|bolags)")


# The text of a personalised number plate as a register's column names it ("Skylt", "Skylttext", "Personlig
# skylt"): the plate replaces the car's registration number and leads to its holder as that does, though its text
# is any word ("MORMOR", "RÖR UFFE"); only the column says it is a plate, so a cell counts in a plate's shape only
_PLATE_TEXT_HEADERS = frozenset({"skylt", "skylttext", "skyltext", "personlig skylt", "personlig skylttext",
                                 "personlig registreringsskylt", "önskad skylt", "önskad skylttext", "önskad text",
                                 "text på skylten", "skyltens text", "skylttext (personlig)", "personlig text"})
# two to seven capitals, digits and Swedish letters, one space at most between two groups: a personalised plate
_PLATE_TEXT = re.compile(r"^(?=(?:[ ]?[A-ZÅÄÖÜ0-9]){2,7}$)(?=.*[A-ZÅÄÖÜ])[A-ZÅÄÖÜ0-9]+(?:[ ][A-ZÅÄÖÜ0-9]+)?$")


def plate_text_header(header: str) -> bool:
    """True for a column's header naming a vehicle's personalised plate text ("Skylt", "Skylttext")."""
    return " ".join(header.strip().rstrip(":").split()).lower() in _PLATE_TEXT_HEADERS


def plate_text(value: str) -> bool:
    """True for a cell in a personalised plate's shape: two to seven capitals or digits ("MORMOR", "EK 1")."""
    return _PLATE_TEXT.match(value.strip()) is not None
