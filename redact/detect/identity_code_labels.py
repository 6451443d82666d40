"""Identifiers named by labels that are no "-nummer" compound, read by ``labelled_id``'s recognizer:

* a country's personal identity code by its Swedish name or its own ("finsk personbeteckning 140750-227K",
  "estnisk personkod 38702142719", "isikukood", "henkilötunnus", "fødselsnummer", "PESEL", "JMBG", "CNP",
  "kennitala", "BSN", "codice fiscale", "social security number"); the check digits of these codes are not
  asked for: the label names the person's code, and a paper quoted with a slip is still that person's;
* a licensed professional's code in the health registers ("förskrivarkod 8812405", "läkarkod", "HSA-id");
* an identity document named in its definite form before its number ("Id-kortet 70418235 skickas",
  "passet 95418227", "körkortet nr 7731 0417"), where the label rules read a bare noun only before a code
  with letters;
* a certificate's number set off after the certificate and its issuer ("ett CENOMAR-intyg från Philippine
  Statistics Authority, nr CN-2026-0418877"): the number is the certificate's, issued to one person;
* a boat's radio identities after their labels: the number after "MMSI" ("MMSI 211 408 736"), the call sign after
  "Signalbokstäver" or "Anropssignal" ("Signalbokstäver: SFKB", "anropssignal SJ 4417"; letters alone, no digit
  need stand in it) and the inland-waterway radio's code after "ATIS" ("ATIS-kod 9 211 42 1187"): a private boat
  leads to its owner;
* a radio amateur's call sign by its shape ("SM5QRT") on a page about radio amateurs or call signs, or after a
  signal's word in its sentence ("har haft signalen SM5QRT"): the licence is a private person's;
* a berth or a hangar place a person holds ("hans båtplats B-114", "hyr hangarplats H-12");
* a fishing vessel's district number after the vessel's word ("båten SD 88", "hans fartyg GG 318");
* a pilot's licence number by its European shape ("SE.FCL.PPL.41187"), whatever the label's language;
* a patient's reserve number of a birth date and a letter's tail ("RV 19760221-K117"), wherever it stands.
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.identity_headers import boat_mark_header
from redact.detect.national_ids_abroad import names_national_id
from redact.detect.patterns import NeedlesGate, Rule, Verdict, compile_, compile_rule, rule_regex

# the value: letters and a dash or a slash maybe ("BDA/2207/11"), then digits with spaces, dashes, dots or slashes
# inside, a check letter
# (or Italy's codice fiscale of letters and digits: "RSSMRA85T10A562S")
_VALUE = (r"(?P<value>[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]|(?:[A-ZÅÄÖ]{1,4}[-/]?)?\d[\dA-Z]*"
          r"(?:(?:[ \u00a0]|[-/.])[\dA-Z]*\d[\dA-Z]*){0,4}(?:-[A-Z]|(?<=\d)[A-Z])?)(?![\w]|[-/.]\d)")
# between the label and the value: "nr", "nummer", a verb, a colon; a paragraph may wrap before the value
# (in a letter in English too: "My codice fiscale is RSSMRA85T10A562S"; and in the languages of the papers that
# name these codes, as a relative's mail says it: "Il mio codice fiscale è …", "Meine Steuer-ID lautet …", "Моят ЕГН
# е …", "Mano asmens kodas yra …", "Mans personas kods ir …", "Mój PESEL to …", "Moje rodné číslo je …"; the
# country it is of between, in Swedish: "personliga nummer i Georgien är …")
# (and "my", "his", "her" where a language puts the owner after the noun, before its verb: the Maltese "karta
# tal-identità tiegħi hu …", the Romanian "… meu este …", the Greek "… μου είναι …")
_SEP = (r"(?:[ \t\u00a0]+(?:i|från)[ \t\u00a0]+[A-ZÅÄÖ][a-zåäö]+)?"
        r"(?:[ \t\u00a0]+(?:tiegħi|tiegħu|tagħha|tieghi|tieghu|taghha|meu|mea|său|lui|μου|του|της))?"
        r"(?:[ \t\u00a0]+(?:nr\.?|nummer|är|var|blir|is|was|è|é|es|ist|lautet|yra|ir|er|to|je|este|е|є|је"
        r"|hu|huwa|hija|είναι))?"
        r"(?:[ \t\u00a0]*[:=])?"
        r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)")

# A country's personal identity code: the Swedish nouns ("personbeteckning", "personkod", "identitetskod") and the
# codes' own names in their countries (the names as their registers write them; not "personnummer", the label
# rules' own); the short names in capitals only ("NIE", "EGN" are words or names in small letters); Nigeria's
# "NIN", Tanzania's "NIDA", Myanmar's "NRC", Bangladesh's "NID" and Chile's "RUT"/"RUN" among them
# (and a foreign personal number by the Swedish words, "personligt nummer", as a translation names Georgia's or
# Bulgaria's: "личен номер")
_NATIONAL = (r"(?i:personbeteckning(?:en)?|personkod(?:en)?|identitetskod(?:en)?|personlig[ ](?:identitets)?kod"
             r"|personlig(?:t|a)?[ ]nummer|личен[ ]номер"
             r"|isikukood|henkilötunnus|hetu|fødselsnummer(?:et)?|personnummeret|kennitala|pesel|rodné[ ]číslo"
             r"|rodné[ ]cislo|asmens[ ]kodas|personas[ ]kods|codice[ ]fiscale|burgerservicenummer|aadhaar"
             r"|social[ ]security[ ]number|national[ ]insurance[ ]number|pps[ ]number|ahv-nummer|ahv-nr"
             r"|t\.?c\.?[ ]kimlik[ ]no|kimlik[ ]no|kimlik[ ]numar(?:am|an|ası|asi|amız)"
             # the Yugoslav states' JMBG by its own words, "(jedinstveni) matični broj (građana)", in Latin or
             # Cyrillic letters ("serbiskt matični broj 0101990123456")
             r"|matični[ ]broj|maticni[ ]broj|матични[ ]број|матичен[ ]број"
             # the national identity cards and registers known by their own names: Ghana's, the Emirates', Malaysia's,
             # Afghanistan's tazkira (on paper or electronic, "e-tazkira"), Iran's birth book (shenasnameh) and
             # Ukraine's taxpayer number (РНОКПП)
             r"|ghana[ ]card|emirates[ ]id|mykad|(?:e-)?tazkira|(?:e-)?tazkera|shenasnameh|rnokpp|рнокпп"
             # Iran's national code and its card as Swedish papers transliterate them ("kod-e melli 112-509347-2")
             r"|(?:kod|code)-?e?[ -]melli|kart-?e[ -]melli|shomare(?:-?ye)?[ -]melli"
             # Hungary's personal card and address card by their own names
             r"|személyi[ ]igazolvány|szemelyi[ ]igazolvany|lakcímkártya|lakcimkartya)"
             r"|CPR|JMBG|EMBG|EGN|ЕГН|CNP|OIB|EMŠO|EMSO|BSN|NIF|NIE|CURP|CPF|CNIC|SSN|NINO|PESEL|NIN|NIDA|NRC|NID|RUT|RUN"
             # Vietnam's citizen's identity card and its older one (căn cước công dân, chứng minh nhân dân),
             # Hungary's social security number (TAJ), Greece's (AMKA) and its identity card (ΑΔΤ), India's
             # seafarer's number (INDoS), Czechia's and Slovakia's rodné číslo (RČ)
             r"|CCCD|CMND|TAJ|AMKA|ΑΔΤ|INDOS|INDoS|RČ"
             # Ireland's Personal Public Service number by its short name ("PPS 1234567TA")
             r"|PPS"
             # Argentina's labour and tax codes of a person (Código Único de Identificación Laboral, the CUIT of one
             # who works on their own), its DNI's number in the middle: "CUIL 20-44182207-3"
             r"|CUIL|CUIT"
             # Colombia's personal number (número único de identificación personal) and its citizen's card; the
             # Spanish-speaking countries' identity cards by their own words (a minor's "tarjeta de identidad")
             r"|NUIP|(?i:cédula[ ]de[ ]ciudadanía|cédula|(?:tarjeta|documento|carnet|carné)[ ](?:nacional[ ])?de[ ]identidad)"
             # Azerbaijan's personal code (fərdi identifikasiya nömrəsi, "FİN", seven letters and digits; "FIN" alone
             # is Finland's letters, so with its "-kod" only) and Uzbekistan's personal number (JShShIR, PINFL)
             r"|FİN(?:-(?i:kod|kodu|koden))?|FIN-(?i:kod|kodu|koden)|JSHSHIR|JShShIR|PINFL")
# A licensed professional's code in the health registers
_PROFESSIONAL = r"förskrivarkod(?:en)?|förskrivar-id|förskrivarnummer|läkarkod(?:en)?|tandläkarkod(?:en)?|hsa-id"
# what every label holds: the names in any case lowercased, the short names in capitals as written (most pages hold
# "person" and "nin" in small letters, "kontaktperson", "anmärkning")
_NATIONAL_GATE = NeedlesGate(
    ("personbeteckning", "personkod", "identitetskod", "personlig", "личен", "isikukood", "henkilötunnus", "hetu",
     "fødselsnummer", "personnummeret", "kennitala", "pesel", "rodné", "asmens", "personas", "codice",
     "burgerservice", "aadhaar", "social security", "national insurance", "pps", "ahv-n", "kimlik", "matični",
     "maticni", "матични", "матичен", "ghana card", "emirates id", "mykad", "tazk", "shenasnameh", "rnokpp", "рнокпп",
     "melli", "személyi", "szemelyi", "lakc", "cédula", "de identidad", "förskrivar", "läkarkod", "hsa-id"),
    ("CPR", "JMBG", "EMBG", "EGN", "ЕГН", "CNP", "OIB", "EMŠO", "EMSO", "BSN", "NIF", "NIE", "CURP", "CPF", "CNIC", "SSN",
     "NINO", "PESEL", "NIN", "NIDA", "NRC", "NID", "RUT", "RUN", "CCCD", "CMND", "TAJ", "AMKA", "ΑΔΤ", "INDOS", "INDoS",
     "RČ", "NUIP", "PPS", "CUIL", "CUIT", "FİN", "FIN-", "JSHSHIR", "JShShIR", "PINFL"))
# the label may stand in brackets after the Swedish words ("identitetsnummer (NUIP) är 1.014.588.302")
NATIONAL = compile_rule(rf"(?<![\w-])(?P<label>{_NATIONAL}|(?i:{_PROFESSIONAL}))\)?{_SEP}{_VALUE}")
# the same labels as a column's header, whose country may stand before them ("Finsk personbeteckning", "PESEL")
_HEADER = compile_(rf"(?:(?i:[a-zåäöéü]+)[ ])?(?:{_NATIONAL}|(?i:{_PROFESSIONAL}))")


def names_identity_code(header: str) -> bool:
    """True for a header naming a country's personal code or a professional's ("Personkod", "Isikukood",
    "Förskrivarkod"): its column holds each row's person's code."""
    return _HEADER.fullmatch(" ".join(header.strip().rstrip(":").split())) is not None or names_national_id(header)

# An identity document in its definite form (its indefinite form is a label rule's "noun", which asks a code with
# letters), and an identity card in its indefinite form, which names no other card ("har id-kort 004418207")
_DOCUMENT = (r"(?:nationella[ ])?id-kortet|id-kort|identitetskort|identitetskortet|id-handlingen|passet|främlingspasset|nödpasset|körkortet"
             r"|legitimationen|uppehållstillståndskortet|uppehållskortet|resedokumentet|lma-kortet|ut-kortet"
             # the address card some countries issue beside the identity card (Hungary's lakcímkártya)
             r"|adresskortet|adresskort"
             # the identity card by its own country's name: Hungary's "(személy)azonosító igazolvány" (any
             # "…azonosító igazolvány", an identifying card), the Bosnian, Serbian, Montenegrin "osobna/lična karta"
             # and the Croatian "osobna iskaznica"
             r"|[a-zäáéíóöőúüű]*azonosító[ ]igazolvány|(?:osobn[ae]|ličn[ae]|licn[ae])[ ]kart[ae]|лична[ ]карта"
             r"|osobn[ae][ ]iskaznic[ae]"
             # Malta's identity card by its own words ("karta tal-identità 0522400M", seven digits and a letter),
             # its article joined to it ("Il-karta …"), or "of the" after "the number" ("in-numru tal-karta …")
             r"|(?:tal-|il-)?karta[ ]tal-identit[àa]|(?:tal-|il-)?karta[ ]ta['’][ ]l-identit[àa]")
DOCUMENT = compile_rule(rf"(?<![\w-])(?P<label>(?i:{_DOCUMENT})){_SEP}{_VALUE}")

# A certificate or a card, up to six words of who issued it (no digit, no sentence's end), then ", nr" and its number
_ISSUED = r"[\w-]*(?:intyg|intyget|bevis|beviset|certifikat|certifikatet|attest|attesten|licens|licensen|kort|kortet)"
_ISSUER = r"(?:(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[^\W\d_][\w&.'’-]*){0,6}?"
ISSUED = compile_rule(rf"(?<![\w-])(?P<label>(?i:{_ISSUED})){_ISSUER}[ \t\u00a0]*(?:,|\()[ \t\u00a0]*\n?[ \t\u00a0]*"
                  rf"(?i:nr\.?|nummer)[ \t\u00a0]*:?[ \t\u00a0]*\n?[ \t\u00a0]*{_VALUE}")
# what every match holds: the number's word after a comma or a bracket
_ISSUED_GATE = rule_regex(r"[,(][ \t]*\n?[ \t]*(?:nr|Nr|NR|nummer|Nummer)")
# a certificate of a thing, not of a person ("besiktningsintyg", "registreringsbevis", "energicertifikat")
_THINGS = re.compile(r"(?i)skrotning|besiktning|fordon|energi|överlåtelse|registrering|garanti|leverans|kontroll|"
                     r"mät|bygg|slutbevis|slutbesked|startbesked|miljö|kvitto|betal")

# A boat's radio number: nine digits, in groups of three or not
MMSI = compile_rule(r"(?<![\w-])(?P<label>(?i:mmsi)(?:-?(?i:nummer|nr\.?))?)(?:[ \t\u00a0]*:)?(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
                r"(?P<value>\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\w]|[-/.]\d)")

# A boat's call sign after its label: capitals and digits, two letters at least ("SFKB", "SJ 4417", "LM2209"); the
# label may be the register's plural ("Signalbokstäver") or the radio's word ("Anropssignal", "Call sign"). On the
# label's own line only: a column's header is followed by the next header ("Anropssignal" / "MMSI").
CALL_SIGN = compile_rule(r"(?<![\w-])(?P<label>(?i:signalbokstäver(?:na)?|signalbokstav(?:en)?|(?:radio)?anropssignal(?:en)?"
                     r"|call[ ]sign|signal[ ]letters))(?:[ \t\u00a0]*:)?[ \t\u00a0]+"
                     r"(?P<value>(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,7}(?:[ \u00a0][A-Z0-9]{1,4})?)(?![\w-])")
# A radio station's call sign as the radio amateurs' prefixes build it, without a label: a country's one or two
# letters (or a digit and a letter), one digit, one to four letters ("SM5QRT", "SA2BKT", "OH6LX", "7S4AB", "LA9XY"),
# a portable station's suffix maybe ("SM4RQZ/P"). The shape alone is also a product's or a firm's code: it is read as
# a call sign on a page about radio amateurs or call signs, or with a signal's word just before it in its sentence
AMATEUR_CALL_SIGN = compile_rule(r"(?<![\w/-])(?P<value>(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\d[A-Z]{1,4}(?:/[A-Z0-9]{1,3})?)"
                             r"(?![\w/-])")
# the page's words that say its codes are stations' call signs: radio amateurs, their call signs, the licences
_RADIO_PAGE = re.compile(r"(?i)radioamatör|sändaramatör|amatörradio|anropssignal|call[ ]signs?\b")
# a call sign's word just before the code in its sentence ("har haft signalen SM5QRT", "signalen byts till SA2BKT")
_SIGNAL_BEFORE = re.compile(r"(?i)\bsignal(?:en|er|erna)?\b[^.!?\n]{0,40}$")

# A berth, a hangar place or a pitch a club, a harbour or an airfield lets to one person, by its word and its code
# ("båtplats B-114", "hangarplats H 12", "uppställningsplats 41"): held by a person, it leads to the person as a
# locker's number does. A harbour's own list of its berths is nobody's: the sentence must say whose the place is
# (a possessive before the word, "hans fars båtplats") or that someone holds it ("hyr hangarplats")
HELD_PLACE = compile_rule(r"(?<![\w-])(?P<label>(?i:båtplats|bryggplats|förtöjningsplats|hangarplats|uppställningsplats"
                      r"|vinterplats|husvagnsplats|carport|garageplats))(?:en)?(?:[ \t\u00a0]+(?i:nr\.?|nummer))?"
                      r"[ \t\u00a0]*:?[ \t\u00a0]+"
                      r"(?P<value>[A-ZÅÄÖ]{1,2}[- ]?\d{1,4}[A-Za-z]?|\d{1,4}[A-Z]?)(?![\w-]|[.,]\d)")
_HOLDER_BEFORE = re.compile(r"(?i)(?:\b(?:hans|hennes|sin|sitt|deras|min|mitt|din|ditt|vår|er)|[a-zåäö]s)[ \t\n]+$"
                            r"|\b(?:hyr|hyrde|hyrt|har|hade|innehar|innehade|arrenderar|tilldelats|tilldelades|fått|fick"
                            r"|sagt[ ]upp|säger[ ]upp|byter|bytt)\b[^.!?\n]{0,30}$")

# A fishing vessel's district number right after the vessel's word ("båten SD 88", "hans fartyg GG 318",
# "trålaren VG 40"): the district's letters and the boat's number, as its owner is registered by it (a boat's name
# after the word is left: "båten Tärnan")
DISTRICT_NUMBER = compile_rule(r"(?<![\w-])(?P<label>(?i:båt|båten|båtens|fartyg|fartyget|fartygets|fiskebåt|fiskebåten"
                           r"|fiskefartyg|fiskefartyget|trålare|trålaren|snurrevadsbåt(?:en)?|garnbåt(?:en)?))"
                           r"(?:[ \t\u00a0]+(?i:nr\.?))?[ \t\u00a0]+"
                           r"(?P<value>[A-ZÅÄÖ]{1,3}[ \u00a0]\d{1,4})(?![\w-]|[.,/:]\d)")

# A pilot's licence number in the European shape: the issuing state's letters, "FCL" (flight crew licensing), the
# licence's kind maybe and its number ("SE.FCL.PPL.41187", "DE.FCL.12345", "AT.FCL.LAPL.0412"); only flight crew
# licences carry it, each issued to one person, so the shape says what it is whatever the label's language. The kind
# may name the aircraft's category after it, aeroplane, helicopter, sailplane, balloon or airship ("PPL.A",
# "PPL(H)", "LAPL-S"), as some states write it into the number
FLIGHT_CREW_LICENCE = compile_rule(r"(?<![\w.-])(?P<value>[A-Z]{2}[.](?:FCL|fcl)[.]"
                                   r"(?:[A-Z]{2,5}(?:(?:[.-](?:A|H|S|B|As)|\((?:A|H|S|B|As)\))(?=[.-]))?[.(-])?"
                                   r"[A-Z0-9]*\d[A-Z0-9]*"
                                   r"(?:[.-][A-Z0-9]+)?)(?![\w-]|[.]\w)")

# A reserve number as the regions' care systems build it for a patient with no personnummer: the birth date, a dash,
# and a letter and digits where the personnummer's last four stand ("19760221-K117", "RV 760221-K117"), the
# register's letters maybe before it. A birth date with a letter in the number's tail is nobody's case or invoice
RESERVE_NUMBER = compile_rule(r"(?<![\w-])(?P<value>(?:[A-Z]{1,3}[ \u00a0-]?)?(?P<date>(?:19|20)?\d{6})-[A-Z]{1,2}\d{2,3})"
                          r"(?![\w-])")

# A boat's ATIS code (the inland waterways' radio identity): ten digits, "9" and the country's maritime digits first,
# written whole or in groups ("9 211 42 1187", "9211421187")
ATIS = compile_rule(r"(?<![\w-])(?P<label>(?i:atis)(?:-?(?i:kod(?:en)?|nummer|nr\.?|id))?)(?:[ \t\u00a0]*:)?"
                r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
                r"(?P<value>9(?:[ \u00a0]?\d){9})(?![\w]|[-/.,]\d|[ \u00a0]\d)")

# what no identifier is however labelled: a date, a year, a time
_NOT_A_CODE = re.compile(r"^(?:(?:19|20)\d\d[-./]\d\d[-./]\d\d|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[.:]\d\d"
                         r"|(?:19|20)\d\d)$")
# the authority's case number after a certificate's "nr" or a unit's letters: the year and a short serial ("KS
# 2026:118", "SSN 2026/62")
_CASE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}[ /-])?(?:19|20)\d\d[/:-]\d{1,5}$")


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _ok(text: str, m: re.Match[str], least: int) -> bool:
    """Enough digits, no date, sum or case number ("Ärende SSN 2026/62": a unit's letters before its case)."""
    value = m.group("value")
    return (_digits(value) >= least and not _NOT_A_CODE.match(value) and not _CASE_NUMBER.match(value)
            and not MONEY_AFTER.match(text, m.end("value")))


# a short name in capitals may be a unit's letters too ("Ärende SSN 2026/62"): the codes these name are long
_ACRONYM = re.compile(r"[A-ZŠ]{3,5}")


# Azerbaijan's personal code: seven capitals and digits, a digit among them, few perhaps ("5KX4418", "2AB7QXZ")
_AZERBAIJANI_CODE = re.compile(r"(?=[A-Z]*\d)[0-9A-Z]{7}")


def _check_national(text: str, m: re.Match[str]) -> Verdict | None:
    label = m.group("label")
    least = 5 if not _ACRONYM.fullmatch(label) else 6 if label == "NINO" else 7
    if label.upper().startswith(("FIN", "FİN")) and _AZERBAIJANI_CODE.fullmatch(m.group("value")):
        return Verdict(m.start("value"), m.end("value"), f"personlig kod efter '{label.lower()}'")
    if not _ok(text, m, least):
        return None
    return Verdict(m.start("value"), m.end("value"), f"personlig kod efter '{m.group('label').lower()}'")


# A card's number of capitals and digits mixed in one run, as newer identity cards print it (France's since 2021,
# "K7MZQWR2T"): few digits, but its length and the letters between them make it no word
_MIXED_CARD_NUMBER = re.compile(r"^(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){3})[A-Z\d]{8,12}$")


def _check_document(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if not _ok(text, m, 6 if value[:1].isdigit() else 4) and not (
            _MIXED_CARD_NUMBER.match(value) and not MONEY_AFTER.match(text, m.end("value"))):
        return None
    return Verdict(m.start("value"), m.end("value"), f"handlingens nummer efter '{m.group('label').lower()}'")


def _check_issued(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if _THINGS.search(m.group("label")) or "\n\n" in text[m.start():m.end()]:
        return None
    if re.search(r"[.!?;:](?:[ \t\n]|$)", text[m.end("label"):m.start("value")]):
        return None  # the sentence ended before the number: another sentence's "nr"
    if not _ok(text, m, 6 if value[:1].isdigit() else 4):
        return None
    return Verdict(m.start("value"), m.end("value"), f"nummer på ett utfärdat {m.group('label').lower()}")


def _check_mmsi(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "båtens MMSI-nummer")


def _check_call_sign(text: str, m: re.Match[str]) -> Verdict | None:
    if boat_mark_header(m.group("value")) or m.group("value") in ("IMO", "ID", "NR"):
        return None  # "Anropssignal MMSI": the next header cell of a row read as one line, no call sign
    return Verdict(m.start("value"), m.end("value"), "båtens anropssignal")


def _check_amateur_call_sign(text: str, m: re.Match[str]) -> Verdict | None:
    if _RADIO_PAGE.search(text) or _SIGNAL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return Verdict(m.start("value"), m.end("value"), "radiostationens anropssignal")
    return None


def _check_held_place(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if _NOT_A_CODE.match(value) or not _HOLDER_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return None
    return Verdict(m.start("value"), m.end("value"), f"en persons {m.group('label').lower()}")


def _check_district_number(text: str, m: re.Match[str]) -> Verdict | None:
    if _NOT_A_CODE.match(m.group("value").split()[-1]) and len(m.group("value").split()[-1]) == 4:
        return None  # "båten VT 2024": a season's year after a name, no district number
    return Verdict(m.start("value"), m.end("value"), "fiskefartygets distriktsnummer")


def _check_flight_crew_licence(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "pilotens licensnummer")


def _check_reserve_number(text: str, m: re.Match[str]) -> Verdict | None:
    import datetime as _dt

    date = m.group("date")
    year = int(date[:4]) if len(date) == 8 else None
    month, day = int(date[-4:-2]), int(date[-2:])
    try:
        _dt.date(year or 2000, month, day)
    except ValueError:
        return None  # no birth date before the dash: another code's digits
    return Verdict(m.start("value"), m.end("value"), "reservnummer med födelsedatum")


def _check_atis(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "båtens ATIS-kod")


RULES = (
    Rule("national_identity_code", NATIONAL, score=0.85, check=_check_national,
         needs=("person", "личен", "identitetskod", "isikukood", "henkilötunnus", "hetu", "fødsels", "cpr", "kennitala",
                "pesel", "jmbg", "embg", "egn", "егн", "cnp", "oib", "emšo", "emso", "rodné", "kodas", "kods", "fiscale",
                "bsn", "burgerservice", "nif", "nie", "curp", "cpf", "cnic", "aadhaar", "ssn", "social security",
                "insurance", "nino", "pps", "ahv", "kimlik", "nin", "nida", "nrc", "nid", "rut", "run", "förskrivar", "läkarkod",
                "nuip", "cuil", "cuit", "cédula", "de identidad", "broj", "број", "ghana card", "emirates id", "mykad", "tazk", "shenasnameh", "rnokpp",
                "melli", "рнокпп", "igazolv", "lakc", "cccd", "cmnd", "taj", "amka", "αδτ", "indos", "rč",
                "hsa-id", "fin-", "fi\u0307n", "jshshir", "pinfl"), gate=_NATIONAL_GATE),
    Rule("identity_document_definite", DOCUMENT, score=0.8, check=_check_document,
         needs=("kortet", "passet", "handlingen", "legitimationen", "dokumentet", "id-kort", "identitetskort",
                "adresskort", "igazolvány", "karta", "карта", "iskaznic")),
    Rule("issued_certificate_number", ISSUED, score=0.8, check=_check_issued, needs=("nr", "nummer"),
         gate=_ISSUED_GATE),
    Rule("boat_mmsi", MMSI, score=0.85, check=_check_mmsi, needs=("mmsi",)),
    Rule("boat_call_sign", CALL_SIGN, score=0.8, check=_check_call_sign,
         needs=("signalbokst", "anropssignal", "call sign", "signal letters")),
    Rule("amateur_call_sign", AMATEUR_CALL_SIGN, score=0.8, check=_check_amateur_call_sign,
         needs=("radioamatör", "sändaramatör", "amatörradio", "anropssignal", "call sign", "signal")),
    Rule("held_place_number", HELD_PLACE, score=0.75, check=_check_held_place,
         needs=("båtplats", "bryggplats", "förtöjningsplats", "hangarplats", "uppställningsplats", "vinterplats",
                "husvagnsplats", "carport", "garageplats")),
    Rule("vessel_district_number", DISTRICT_NUMBER, score=0.75, check=_check_district_number,
         needs=("båt", "fartyg", "trålare")),
    Rule("flight_crew_licence", FLIGHT_CREW_LICENCE, score=0.85, check=_check_flight_crew_licence, needs=(".fcl.",)),
    Rule("reserve_number_with_birth_date", RESERVE_NUMBER, score=0.8, check=_check_reserve_number),
    Rule("boat_atis_code", ATIS, score=0.85, check=_check_atis, needs=("atis",)),
)
