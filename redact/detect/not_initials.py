"""Short capital words that are no person's initials: one module, so every rule that asks "initials or not?"
reads the same lists.

Each list is one kind of word (answers in a sign column, units, parties, clubs' and associations' letters, the
authority's organs, laws, roles, common abbreviations) and keeps the meaning its rules gave it; a rule that needs
more than one kind joins them where it reads them. Every list was written by the project's developers from
Swedish administrative usage and general knowledge (party and club letters, law abbreviations and units are
facts; no outside list was copied); same licence as the project.
"""

from __future__ import annotations

import re

# Short capitals that fill a sign column without being anyone's initials: an answer, a state, a unit.
# (and "INGA", "INGEN": none, in a column of damages or remarks; "AVSL": a refusal in a column of decisions)
NOT_INITIALS = frozenset({"OK", "JA", "NEJ", "NA", "NR", "ST", "KR", "SEK", "ALLA", "EJ", "KLAR", "KLART", "PÅGÅR",
                          "INGA", "INGEN", "INGET", "AVSL", "AVSLAG"})
# Marks that fill a table's cell in place of initials (a cross, a dash).
CELL_MARKS = frozenset({"X", "-"})
# The units among NOT_INITIALS: under a "Sign." header they are someone's ("SEK": Samira El-Khatib).
UNITS = frozenset({"SEK", "KR", "ST"})

#: The parties of the Riksdag whose letters look like initials: after a name in brackets, in a party column.
PARTIES = frozenset({"KD", "MP", "SD", "FP", "FI"})

# A sports club's letters before or after its place: "IK Ekby", "IFK Norrvik", "Åsby IF", "Ekby BK".
# (Not the two letters that are as often a person's initials: "SK", "HK", "OK".)
CLUB_LETTERS = frozenset({"IF", "IK", "BK", "FK", "GIF", "IFK", "AIK", "BIK", "FF", "SOK", "IBK", "IBF", "BTK", "SSK",
                          "GoIF", "SoIK"})
# The two letters that are as often a person's initials ("SK", "HK", "OK", "IS"): a club's only right after one
# place word that no name list holds.
WEAK_CLUB_LETTERS = frozenset({"SK", "HK", "OK", "IS", "SF", "GK", "TK", "RK", "KK", "BS", "HC"})
# The abbreviated forms of sports clubs and associations a name column's cells end in ("Fågelsångs IK", "Kallholmens
# BK", "Norrviks HBF"): the clubs' letters a staff list does not also hold ("SSK" is a nurse there), "SK", and the
# associations' letters.
CLUB_FORMS = frozenset({"IK", "IF", "BK", "FK", "GIF", "BIK", "FF"}) | {"SK"} | {"HBF", "SPF", "PRO", "KFUM", "KFUK"}

# The authority's organs and committees and a few laws ("KS/au", "BUN/au", "SoL"): not a writer and a typist.
ORGANS = frozenset({"EU", "FN", "KS", "KF", "BUN", "SN", "MBN", "TN", "KFN", "SBN", "VN", "ON", "UN", "SoL", "LSS",
                    "PBL"})
# Laws and other abbreviations written with small letters inside, read by the model as a name.
# (and the laws of compulsory care and reception, which a form's column names as the care's kind: "LPT", "LRV",
# "LSU", "LMA")
LAW_ABBREVIATIONS = frozenset({"SoL", "BrB", "SkolL", "FörvL", "OSL", "LSS", "LVU", "LVM", "HSL", "PBL", "SFB", "LAS",
                               "MBL", "LOU", "AML", "FL", "KL", "TF", "RF", "YGL", "GDPR", "SoF", "PuL", "ÄB", "FB",
                               "LPT", "LRV", "LSU", "LMA"})

#: Upper-case abbreviations common in Swedish administrative text; never taken as initials
#: unless the document ties them to a name explicitly ("Anna Berg (AB)").
COMMON_ABBREVIATIONS = frozenset({
    "AB", "HB", "KB", "EU", "KS", "KF", "SN", "BN", "MN", "UN", "OSL", "LSS", "SOL", "LVU", "LVM", "HSL",
    "IT", "HR", "VD", "PM", "NN", "OK", "JA", "NEJ", "SMS", "PDF", "GDPR", "SKR", "SCB", "BBIC", "IVO",
    "FK", "AF", "TV", "USA", "MVH", "ANM", "NR", "ST", "ÄO", "SOU", "RF", "TF", "FL", "KL", "EKB",
    "MB", "PBL", "SFS", "ID", "BG", "PG", "SEK", "KR", "MOMS", "ORG", "CC", "BCC", "RE", "FW", "VB",
    # the countries English text abbreviates on every page ("the US market", "UK guidance")
    "US", "UK",
})
#: The names of file formats, written in capitals in every letter that sends or asks for a file ("skickas som PDF",
#: "som PDF eller JPG"): the learned tagger, which has seen few, reads them as initials.
FILE_FORMATS = frozenset({
    "PDF", "PDFA", "JPG", "JPEG", "PNG", "GIF", "TIF", "TIFF", "HEIC", "BMP", "SVG", "DOC", "DOCX", "XLS", "XLSX", "PPT",
    "PPTX", "ODT", "ODS", "ODP", "RTF", "TXT", "CSV", "XML", "JSON", "HTML", "HTM", "ZIP", "RAR", "MP3", "MP4", "MOV",
    "AVI", "WAV", "EML", "MSG", "DWG", "DXF",
})
#: Kinds of vehicle written in capitals ("hans ATV reg.nr …", "en EPA-traktor"): the learned tagger reads them as
#: initials. ("MC" is left out: it is as often a person's initials.)
VEHICLE_KINDS = frozenset({"ATV", "UTV", "SUV", "EPA", "MPV"})
# Roles written in capitals after the verbs of signing ("Ansvarig: MAS", "godkänt av VC"): no one's initials.
ROLE_ABBREVIATIONS = frozenset({"MAS", "MAR", "SSK", "USK", "VC", "EC", "SAS", "RC", "HSL", "FSK", "OSA"})
# Dotted capitals that are not a person's initials ("P.S.", "U.S.A.", "t.ex." in capitals), by their letters.
DOTTED_NOT_INITIALS = frozenset({
    "PS", "NB", "OBS", "USA", "US", "UK", "OSV", "EU", "FN", "AB", "HB", "KB", "TEX", "ST", "NR", "VD", "TV", "CD", "DVD",
    "AM", "PM", "BA", "MA", "MD", "BSC", "MSC", "PHD", "RIP", "OK", "EG", "IE", "ETC",
    "DOB",  # "D.O.B.": the English label of a date of birth
})


# The issuing state's dotted letters before its identity code's own word ("T.C. kimlik", the Turkish Republic's
# identity number), or before the code itself, its eleven digits ("T.C. 10472056321" in an identity column): the
# code's label, no one's initials.
_IDENTITY_WORD_AFTER = re.compile(r"\.?[ \t]+(?:(?i:kimlik|nüfus)(?![\w])|\d{11}(?![\d-]))")


def state_before_identity_word(text: str, end: int) -> bool:
    """True when an identity code's own word or its eleven digits follow dotted capitals ending at ``end`` ("T.C." of
    "T.C. kimlik", "T.C. 10472056321")."""
    return _IDENTITY_WORD_AFTER.match(text, end) is not None
