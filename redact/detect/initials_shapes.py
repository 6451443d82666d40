"""The shapes initials are written in by hand, and the column headers and labels of the people who write them.

Staff sign in many ways: "c.am", "t.bl", "i-l.k", "J.v.D", "Pe-Ö", "Eva.N", "Ch.W", "AnnaK", "ÅsA", "UlfS".
Such a token is no word, but many ordinary abbreviations are written the same way ("t.ex.", "bl.a.",
"fr.o.m.", "SoL", "MWh"); those are listed here and never count. Whether a token of such a shape is a
person's initials is decided by where it stands (``redact.detect.initials``,
``redact.resolve.standing_initials``); this module only says what the shape is.

A column or a label names who handled, signed, decided, inspected or registered something by a role
noun ("Handläggare", "Inspektör", "Röstmottagare"), a participle ("Kontrollerad av") or their
abbreviation with a dot ("Handl.", "Insp.", "Besl.", "Kontr.", "Röstm.", "Bibl.", "Hl.").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Any letter of a Latin script, small or capital ("ö", "Å", "ł", "Đ").
_L = r"[^\W\d_]"
# Letter groups of one to three letters with dots or hyphens between ("c.am", "i-l.k", "Pe-Ö", "Eva.N",
# "J.v.D", "A.-K.L"); a trailing dot ends the last group ("g.sv.").
# (an Irish or Italian surname's apostrophe stays in its group: "T.O'N.", "G.D'A.")
_GROUP = rf"(?:[OD]['’])?{_L}{{1,3}}"
_GROUPED = re.compile(rf"{_L}{{1,3}}(?:\.?-{_GROUP}|\.{_GROUP}){{1,3}}\.?")
# A capital inside a short run of letters ("AnnaK", "ÅsA", "UlfS", "BeS", "AvH", "vdB", "MWi").
_CAMEL = re.compile(r"[A-ZÅÄÖÉÜØÆ]?[a-zåäöéüøæ]{0,4}[A-ZÅÄÖÉÜØÆ][a-zåäöéüøæ]{0,2}")
# Two or three capitals, a Dutch, German, French or Spanish particle's small letters and the surname's capital
# ("JMvdS" for van der, "MAdlR" for de la, "PJvdBe"): the first names' initials before the particle
_PARTICLE_CAMEL = re.compile(r"[A-ZÅÄÖÉÜØÆ]{2,3}(?:v|vd|vdr|van|vo|von|d|dl|de|da|du|dos|af|zu|l|la|le|y)[A-ZÅÄÖÉÜØÆ][A-ZÅÄÖÉÜØÆa-zåäöéüøæ]?")

# Abbreviations written with dots or hyphens between small letters, by their letters without the dots:
# "t.ex.", "bl.a.", "o.s.v.", "fr.o.m.", "m.fl.", "s.k.", "p.g.a.", "e.Kr.", "fil.dr", "p.p.".
ABBREVIATIONS = frozenset({
    "tex", "bla", "osv", "dvs", "pga", "mfl", "mm", "sk", "tom", "from", "ca", "ev", "resp", "ang", "jfr", "obs",
    "inkl", "exkl", "eg", "ie", "nb", "ps", "os", "od", "ed", "fd", "dy", "dä", "ff", "vg", "vv", "st", "tf", "tv",
    "th", "oa", "ua", "sas", "mao", "maw", "map", "mht", "mvh", "osa", "fvb", "upa", "isf", "istf", "iofs", "iom",
    "odyl", "eldyl", "fo", "fn", "fö", "ngn", "ngt", "em", "fm", "fkr", "ekr", "pa", "ok", "am", "pm", "nn", "eo",
    "vgv", "aa", "pp", "ppa", "öh", "möh", "fildr", "meddr", "tekndr", "jurdr", "filkand", "jurkand", "civek",
    "civing", "filmag", "fillic", "aka", "etc", "gd", "vd", "ssk", "usk",
})
# Abbreviations that only ever stand before a number ("ca 40 cm", "kl 9", "nr 3"): alone as the whole of a
# signing column's cell they are someone's initials ("ca" for Carl Alm), never the word.
NUMBER_LEADS = frozenset({"ca", "kl", "nr"})
# Hyphenated words of a letter and a word ("e-id", "A-lag", "T-bana", "e-tjänst"), never anyone's initials.
_HYPHEN_WORDS = frozenset({"eid", "alag", "blag", "clag", "ebok", "ehandel", "uland", "ibid", "xray", "tshirt",
                           "ekort", "emöte", "ekvitto"})
# Words and abbreviations with a capital inside ("SoL", "FoU", "MWh", "NaCl", "iPad", "PhD").
NOT_CAMEL = frozenset({
    "SoL", "FoU", "PuL", "OfL", "LoU", "LoB", "FoI", "LuF", "BoU", "KoM", "MoM", "SoU", "SoS", "HoL", "FöL", "VoB",
    "MWh", "GWh", "TWh", "KWh", "kWh", "MHz", "GHz", "THz", "KHz", "kHz", "NOx", "SOx", "COx", "CHx", "PHd", "MBq",
    "GBq", "TBq", "HCl", "NaCl", "CCl", "DCs", "MSc", "BSc", "PhD", "MBA", "iPad", "iPhone", "eBay", "pH", "mSv",
    "LiU", "KtH", "SvD", "DiK", "PwC", "McD", "AoB", "BiT",
    # brands and services written so ("sent by WhatsApp", "betalt med PayPal")
    "GitHub", "TikTok", "WhatsApp", "PayPal", "YouTube", "LinkedIn", "FaceTime", "BankID", "SciLife", "DeLa", "VoIP",
})
# The things a column of devices or rooms names in small letters ("tv" beside "sängterminal", "wc"): no initials.
# (and the short nouns of a place or a thing a register lists beside a person: "gym", "spa", "bad", "bok", "båt")
THING_WORDS = frozenset({"tv", "dvd", "wc", "lgh", "gym", "spa", "bad", "bok", "båt", "kök", "rum"})
# Short small words that fill cells or follow signing words without being initials ("ok", "ja", "mig").
SHORT_WORDS = frozenset({
    "mig", "dig", "sig", "oss", "er", "dem", "dom", "han", "hon", "den", "det", "de", "en", "ett", "för", "på", "av",
    "om", "med", "till", "vid", "hos", "som", "och", "att", "men", "nu", "ja", "nej", "ok", "ej", "alla", "vem", "var",
    "när", "hur", "sin", "sitt", "min", "mitt", "din", "ditt", "hans", "vår", "ert", "man", "du", "vi", "ni", "the",
    "and", "by", "of", "to", "in", "me", "us", "him", "her", "via", "kl", "st", "nr", "ca", "tel", "fax", "sms", "kr",
    "sek", "mm", "dvs", "osv", "pga", "mfl", "tex", "bl", "ex", "fm", "em", "tom", "mån", "tis", "ons", "tor", "fre",
    "lör", "sön", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "dag", "år",
    "tid", "ny", "nya", "bra", "fel", "obs", "ang", "avs", "se", "ute", "hem", "per", "adm", "dnr", "ref", "reg",
    "ers", "ut", "upp", "ned", "ner", "ev", "el", "kg", "km", "cm", "mg", "ml", "bil", "tåg", "mat", "gå", "går",
    "får", "ska", "kan", "har", "är", "gul", "röd", "jo", "nå", "ha", "fa", "fd", "nb", "ps", "vg", "mvh", "ink",
    "avg", "ank", "tf", "vik", "två", "tre", "fem", "sex", "sju", "nio", "tio", "all", "kom", "ig", "mvg", "fri",
    "inga", "ingen", "klar", "mail", "mejl", "post", "app", "tim", "dgr", "nn", "uu", "on", "at", "mor", "far",
    "son", "bor", "bud", "hus", "väg", "ort", "typ", "sak", "lgh", "utg", "jur", "dso", "led", "ja.", "is", "it",
    "as", "an", "or", "no", "so", "up", "we", "he", "be", "do", "go", "if", "my", "am", "pm", "ab", "hb", "kb",
}) | THING_WORDS

# Role nouns of those who handle, sign, decide, inspect, check or register; a compound ending in one is one too
# ("Miljöinspektör", "Bygglovshandläggare").
_ROLE_NOUNS = (
    "handläggare", "beslutsfattare", "beslutande", "inspektör", "kontrollant", "kontrollör", "röstmottagare",
    "bibliotekarie", "registrator", "utredare", "granskare", "attestant", "föredragande", "justerare", "utförare",
    "besiktningsman", "provtagare", "diarieförare", "signatur", "ansvarig",
    # who watched over a test, a lock or a door ("Provvakt", "Slussvakt", "Skrivvakt")
    "vakt",
)
# Their participles, whose abbreviation with a dot heads such a column too ("Kontr.", "Godk.", "Handl."); alone
# they may head a column of dates ("Registrerad"), so they count only abbreviated.
_ROLE_PARTICIPLES = (
    "handlagt", "handlagd", "beslutad", "beslutat", "inspekterad", "kontrollerad", "registrerad", "granskad",
    "attesterad", "justerad", "utförd", "signerad", "godkänd", "besiktigad", "kvitterad", "expedierad",
    "rättad",
    # who issued a certificate or handed it out ("Utfärdat", "Utlämnat" over the initials of the staff who did)
    "utfärdad", "utlämnad",
)
_ROLES = _ROLE_NOUNS + _ROLE_PARTICIPLES
# Short forms of those that are no start of the word ("Hl.", "Hdl", "Ssk", "Bitr. handl.").
_SHORT_ROLES = frozenset({"hl", "hdl", "hndl", "handl", "sign", "sgn", "init", "ansv", "utf", "kontr", "besl", "insp",
                          "just", "sekr", "attest", "godk", "gransk", "kvitt", "handl/sign",
                          "beslutsf", "besl.f", "bibl", "röstm", "utr", "föredr", "ssk", "hdl/sign"})


def _letters(token: str) -> str:
    return re.sub(r"[.\-]", "", token)


@lru_cache(maxsize=8192)
def hand_initials(token: str) -> bool:
    """True for a token in a shape only initials have: letter groups with dots or hyphens ("c.am", "i-l.k",
    "Pe-Ö", "Eva.N", "J.v.D"), or a capital inside a short run ("AnnaK", "ÅsA", "UlfS"); not an abbreviation
    of the same shape ("t.ex.", "fr.o.m.", "SoL", "MWh", "e-id")."""
    t = token.strip()
    if not t or len(t) > 12:
        return False
    letters = re.sub(r"['’]", "", _letters(t))
    low = letters.casefold()
    if _GROUPED.fullmatch(t):
        if low in ABBREVIATIONS or low in _HYPHEN_WORDS or len(letters) > 7:
            return False
        groups = [g for g in re.split(r"[.\-]+", t) if g]
        # one group of one letter ("c.am", "Ro.T"), or every group opening with a capital ("Ch.Wi");
        # else two short words joined ("ex-man", "fr.om")
        if not (any(len(g) == 1 for g in groups) or all(g[0].isupper() for g in groups)):
            return False
        # "e.Kr.", "f.Kr.": an era; "kl.ex" and the like are lowercase words of two letters and more
        if re.fullmatch(r"[a-zåäö]\.?Kr\.?", t):
            return False
        # a small letter and a hyphenated small word of three letters or more ("e-tjänst") is a word
        if re.fullmatch(r"[a-zåäöA-ZÅÄÖ]-[a-zåäö]{3,}", t):
            return False
        return True
    if _PARTICLE_CAMEL.fullmatch(t):
        return True
    if _CAMEL.fullmatch(t) and t not in NOT_CAMEL and sum(c.isupper() for c in t) >= 1:
        inner = t[1:]
        if not any(c.isupper() for c in inner):
            return False  # "Anna", "Ulf": a capitalised word
        if t.isupper():
            return False  # plain capitals are the uppercase rules' ("KT", "ELM")
        # "SDs", "KDs": an abbreviation's genitive; "TVn": its definite form
        if re.fullmatch(r"[A-ZÅÄÖ]{2,4}[sn]", t):
            return False
        return True
    return False


# A first name's initials, a name particle and the surname's initial ("K.af B.", "H. von B.", "K-E. de G."): a noble
# or a Dutch, German or French surname written as its owner signs it; the particle stays small.
# (the particle cut to its small initials, with its dot or joined to the surname's capital: "M.dS." for "de Sousa",
# "A-K.a.W." for "af Wetterstedt", "J.vd.B." for "van den Berg")
ABBREVIATED_PARTICLE = r"(?:a|d|v|vd|vdr|dl|dos|do|y)"
_PARTICLE_INITIALS = re.compile(r"[A-ZÅÄÖÉÜØÆ](?:\.|\.?-[A-ZÅÄÖÉÜØÆ]\.)[ \t]?(?:(?:af|von|van|de|der|den|di|da|du|la|le|zu)"
                                rf"(?:[ \t](?:der|den|la|le))?[ \t]?|{ABBREVIATED_PARTICLE}\.?)[A-ZÅÄÖÉÜØÆ]\.?")


def particle_initials(token: str) -> bool:
    """True for initials with a surname's particle between ("K.af B.", "H. von B."): a shape only initials have."""
    return _PARTICLE_INITIALS.fullmatch(token.strip()) is not None


def plain_lower_initials(token: str) -> bool:
    """True for two or three small letters that are no short word ("jk", "sw", "fro"): initials only
    where initials stand (a signing column's cell, right after a signing label)."""
    t = token.strip()
    return bool(re.fullmatch(r"[a-zåäöéü]{2,3}", t)) and t not in SHORT_WORDS and t not in ABBREVIATIONS


@lru_cache(maxsize=4096)
def signer_header(cell: str) -> bool:
    """True when a column header or label names who handled, signed, decided, inspected or registered:
    a role noun or participle ("Handläggare", "Inspektör", "Röstmottagare", "Kontrollerad"), a compound
    ending in one ("Miljöinspektör", "Bygglovshandläggare"), or its abbreviation ("Handl.", "Insp.", "Hl.")."""
    c = " ".join(cell.strip().rstrip(":").split()).casefold()
    if not c or len(c) > 30 or any(ch.isdigit() for ch in c):
        return False
    bare = c.rstrip(".")
    if bare in _SHORT_ROLES or c in _SHORT_ROLES:
        return True
    if " " in bare:
        return False
    if bare.endswith(_ROLE_NOUNS):
        return True
    # an abbreviation with its dot: the start of a role word, four letters or more ("Insp.", "Besl.", "Röstm.")
    return c.endswith(".") and bare.isalpha() and len(bare) >= 4 and any(r.startswith(bare) for r in _ROLES)


def signing_participle(cell: str) -> bool:
    """True for a role's participle alone as a column header ("Kvitterat", "Signerat", "Godkänt", "Rättat"): it may
    head a column of dates as well, so its cells decide (``redact.detect.initials_columns``)."""
    c = cell.strip().rstrip(":").casefold()
    # the neuter and plural forms of the same participle ("godkänt", "signerat", "kvitterade")
    stem = re.sub(r"(?:ade|ad|at|de|d|t)$", "", c)
    return c.isalpha() and len(stem) >= 3 and any(re.sub(r"(?:ad|d|t)$", "", p) == stem for p in _ROLE_PARTICIPLES)


# two persons' initials in one cell, joined by "och" or "&" ("AaS och M.Ch.", "L.M-H. & D.O."): a couple, each signed
_PAIR = re.compile(r"^(?P<a>\S{2,12})[ \t]+(?:och|&)[ \t]+(?P<b>\S{2,12})$")


def initials_pair(cell: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two persons' initials joined by "och" or "&" in one cell, each in a shape only initials have,
    else None: each is masked, the word between them stays readable."""
    m = _PAIR.match(cell)
    if m is None or not (hand_initials(m.group("a")) and hand_initials(m.group("b"))):
        return None
    return m.span("a"), m.span("b")
