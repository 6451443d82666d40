"""A label read as the first part of an identifier stays outside it: "FMI-ID 41873", "PESEL 88021104178".

A code's letters may lead its digits ("HK-7713", "FX 2209 4471": the passport's series), so the value rules take a
capitalised prefix in; but a prefix that is itself a label, an "-ID" compound naming the register ("FMI-ID",
"Steuer-ID") or a country's name for its personal number ("PESEL", "JMBG", "BSN", "NIF"), says what the number is and is
not a part of it, as "personnummer" is not; so are Turkey's "T.C." and a device's "ISSI" or "IMEI". Applied to every
identifier finding, the rules' and the tagger's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.metering_point_rows import metering_word_opens_cell
from redact.types import Finding

# (Spain's "DNI" and "NIE" too, a space after them: "NIE X4471208P"; written as one code, "NIE-X4471208P", they stay in)
# (Turkey's "T.C." before the kimlik number; a radio terminal's "ISSI", a telephone's "IMEI" and a SIM card's "ICCID"
# name the kind of number as "PESEL" does)
# (Portugal's and Spain's tax number "NIF", France's "NIR", Canada's "SIN" and Bulgaria's "ЕГН" in Cyrillic too)
# (France's tax number "SPI", Greece's social security number "AMKA" and tax number "AFM")
# (Kazakhstan's "IIN", Russia's "SNILS" in either script, Ukraine's "RNOKPP", and Turkey's "TC" without its dots
# before the kimlik number's eleven digits: two capitals alone are a code's series elsewhere)
# (Vietnam's citizen card "CCCD", and Belgium's "NN" before the national number's dotted date and serial only:
# "NN 85.07.14-441.03")
_LABELS = (r"(?:[A-Za-zÅÄÖåäöÉéü]{2,14}-(?:ID|Id|id)|PESEL|JMBG|EMBG|EGN|ЕГН|CNP|OIB|BSN|CPR|SSN|NINO|CURP"
           r"|CPF|CNIC|NIN|NIF|NIR|SIN|RUT|RUN|DNI|NIE|SPI|AMKA|AFM|T\.C\.|ISSI|IMEI|ICCID|IIN|SNILS|СНИЛС|TCKN|RNOKPP"
           r"|РНОКПП|TC(?=[ \t\u00a0]+\d{11}(?!\d))|NN(?=[ \t\u00a0]+\d\d\.\d\d\.\d\d-\d{3}\.\d\d(?!\d))"
           # Hungary's social security number, Greece's identity card, India's seafarer's number, Vietnam's cards,
           # Slovenia's EMŠO, Czechia's rodné číslo
           r"|TAJ|ΑΔΤ|INDOS|INDoS|CCCD|CMND|EMŠO|RČ"
           # Poland's tax number, Argentina's labour and tax numbers; the form a birth date is written in
           # ("ÅÅMMDD 610304") names what the digits are as a label does
           r"|NIP|CUIL|CUIT|ÅÅMMDD|ÅÅÅÅMMDD|YYMMDD|YYYYMMDD"
           # Moldova's personal number, Morocco's identity card (old and electronic), Mauritania's national
           # identification number (numéro national d'identification); a horse's "UELN" stays inside its number, as
           # the sets mark it
           r"|IDNP|CIN|CNIE|NNI"
           # a payment reference's "OCR" before the number built for its payer: the kind of number, no part of it
           r"|OCR"
           # Switzerland's social security number and Ireland's personal public service number
           r"|AHV|PPS"
           # Australia's tax file number, South Korea's resident registration number and Kazakhstan's individual
           # identification number in Kazakh
           r"|TFN|RRN|ЖСН"
           # Portugal's, Italy's, Spain's and Austria's social security numbers, Germany's pension insurance number
           r"|NISS|INPS|NSS|SVNR|VSNR|DRV"
           # the Philippines' national identity system and health insurance, India's Aadhaar, Singapore's identity card,
           # Malaysia's MyKad, Hong Kong's and Qatar's identity cards: the systems' names, written before their numbers
           r"|PhilSys|PhilHealth|Aadhaar|AADHAAR|NRIC|MyKad|HKID|QID"
           # "ID" after the country's adjective in small letters ("kenyanskt ID 2207…", "polskt ID"), and a national
           # identity card's "NID", a population register's "NIK" ("indonesiskt NIK") or the Portuguese-speaking
           # countries' identity card, the "BI" (bilhete de identidade: "moçambikiskt BI 1101…"): the kind of number;
           # alone "ID 7730 5512" or "BI 4409 1183" may be a code's own letters
           r"|(?<=[a-zåäö]sk[ \t])(?:N?ID|NIK|BI)|(?<=[a-zåäö]skt[ \t])(?:N?ID|NIK|BI)|(?<=[a-zåäö]ska[ \t])(?:N?ID|NIK|BI)"
           # Bangladesh's "NID" before its card's ten, thirteen or seventeen digits written whole; a key card's or a
           # tag's "RFID" before its chip's number; Colombia's cédula de ciudadanía "C.C."
           r"|NID(?=[ \t\u00a0]+(?:\d{17}|\d{13}|\d{10})(?![\d-]))|RFID|C\.C\."
           # Czechia's identity card "OP" (občanský průkaz) before its nine digits written whole; El Salvador's
           # "DUI" (documento único de identidad) before its eight digits and check digit
           r"|OP(?=[ \t\u00a0]+\d{9}(?![\d-]))|DUI(?=[ \t\u00a0]+\d{8}-\d(?![\d-]))"
           # Sri Lanka's and Pakistan's national identity card "NIC" before its twelve digits, nine and a letter, or
           # the 5-7-1 groups; Ecuador's cédula "CI" before its ten digits written whole
           r"|NIC(?=[ \t\u00a0]+(?:\d{12}|\d{9}[VvXx]|\d{5}-\d{7}-\d)(?![\w-]))|CI(?=[ \t\u00a0]+\d{10}(?![\d-]))"
           # Azerbaijan's personal identification code "FIN" (fərdi identifikasiya nömrəsi) before its seven capitals
           # and digits written whole: alone the letters may be Finland's
           r"|FIN(?=[ \t\u00a0]+(?=[A-Z]*\d)[0-9A-Z]{7}(?![\w-]))"
           # Andorra's tax and register number "NRT" (número de registre tributari) before its letter, six digits
           # and check letter ("NRT F-441208-K"): alone the letters may be a place's or a code's
           r"|NRT(?=[ \t\u00a0]+[A-Z]-?\d{6}-?[A-Z](?![\w-]))"
           # Benin's personal identification number "NPI" before its ten digits, Mali's "NINA" before its twelve and a
           # letter, and the Portuguese-speaking countries' "BI" before Mozambique's twelve digits and a letter or
           # Angola's nine digits, two letters and three digits, written whole: alone the letters may be a name's or
           # a code's
           r"|NPI(?=[ \t\u00a0]+\d{10}(?![\w-]))|NINA(?=[ \t\u00a0]+\d{12}[A-Z](?![\w-]))"
           r"|BI(?=[ \t\u00a0]+(?:\d{12}[A-Z]|\d{9}[A-Z]{2}\d{3})(?![\w-])))")
# (a verb between the label and its number stays outside with it: "SIN är 544 182 207", "NIC is 1985…")
# (an EU social security form's code and its "nr" after the letters, "DRV A1 nr …", make the letters the issuing
# body's name on its certificate, no label: they stay in)
_LABEL_PREFIX = re.compile(rf"{_LABELS}[ \t\u00a0]*:?[ \t\u00a0\n]+(?:(?:är|var|is|was)[ \t\u00a0]+)?"
                           r"(?!(?:PD[ ]?)?[ASUE]\d{1,3}[ \t\u00a0]+(?:nr|Nr|no|No)\.?[ \t\u00a0])"
                           r"(?=[A-ZΑ-Ω]{0,3}[- ]?\d)")
_LABEL = re.compile(rf"{_LABELS}(?![\w.-])")
# a number's own word right before the letters ("skattenummer NIF 248 117 394"): the word is the label there, and
# the letters are written as the value's first part, as the foreign register prints it
_NUMBER_WORD_BEFORE = re.compile(r"(?i)(?:nummer|nr\.?|number|no\.?)[ \t\u00a0]*:?[ \t\u00a0]+$")


def id_label(letters: str) -> bool:
    """True for a country's or a device's name for its number ("PESEL", "CPR", "IMEI"): a label, no code's part."""
    return _LABEL.fullmatch(letters) is not None


def id_label_at(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is such a label read where it stands: "ID" after a country's adjective ("israeliskt
    ID") is one there, though the letters alone are not."""
    m = _LABEL.match(text, start)
    return m is not None and m.end() == len(text[:end].rstrip())


def label_words(words: str) -> bool:
    """True for capital words opening at a number's label and ending before or in its number ("NINO JT" of "NINO JT 77
    58 41 B"): what a name's rule reads there is the label and the number's letters, no one's name."""
    return all(w.split("-")[0].isupper() for w in words.split())


def label_before_number(text: str, start: int) -> bool:
    """True when a label of a number's kind opens at ``start`` with the number after it ("C.C. 1.031.552.907")."""
    return _LABEL_PREFIX.match(text, start) is not None


def trim_label_prefixes(findings: list[Finding], text: str) -> list[Finding]:
    """The identifier and account findings begun by a label, starting after it."""
    out = []
    for f in findings:
        # (an account's rule may read a foreign card's dotted groups as an account: "C.C. 1.031.552.907")
        if f.category in ("ID_NUMBER", "BANK_ACCOUNT") and f.start is not None and f.end is not None:
            m = _LABEL_PREFIX.match(text, f.start, f.end)
            if m is not None and m.end() < f.end and not _NUMBER_WORD_BEFORE.search(
                    text, max(0, f.start - 20), f.start) and not metering_word_opens_cell(text, f.start):
                f = replace(f, start=m.end(), text=text[m.end():f.end])
        out.append(f)
    return out
