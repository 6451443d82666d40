"""E-mail addresses, with a local regex and no public-suffix list (no network, no tldextract)."""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.mail_providers import public_provider
from redact.detect.patterns import NeedleGate, Rule, SwedishPatternRecognizer, Verdict, compile_rule
from redact.detect.switchboard_mailboxes import after_switchboard

# Letters of any alphabet: a Norwegian's, a Pole's or a Turk's name spells the local part ("bjørn.ås@",
# "łukasz.wójcik@", "kaan.yılmaz@") as an IDN spells the domain ("café-ñandú.es").
_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
# A long local part may be wrapped after a dot or a hyphen too ("anna.\nlindqvist@", "anna-karin.lind-\nqvist@"); a
# wrap after a dot is kept only where nothing but a cue stands before the address on its line (``_wrap_ok``): else
# the dot ends a sentence ("... per e-post.\nanna@...") and the address begins on the next line.
_WRAPPED_LOCAL = rf"{_ATOM}(?:(?:\.(?:\n[ \t]*)?|(?<=-)\n[ \t]*){_ATOM})*"
# a domain's label, maybe wrapped after a hyphen inside it ("ekström-\nmåleri.se")
_LABEL = r"[^\W_](?:(?:[^\W_]|-(?:\n[ \t]*)?){0,61}[^\W_])?"
# A long address may be broken after "@", "." or "-" by the PDF's line wrap, or before "@".
_BREAK = r"(?:\n[ \t]*)?"

_EMAIL = compile_rule(
    rf"""
    (?<![\w.@+-])
    {_WRAPPED_LOCAL}
    (?:[ \t]*\n[ \t]*)?@{_BREAK}
    (?:{_LABEL}\.{_BREAK})+
    [A-Za-z]{{2,24}}
    # (digits glued on are the next cell's, "anna@exempel.se070-112 45 67": the address ends at its top-level domain)
    (?![^\W\d]|_|@|-\w)
    """
)
# "anna.berg (at) exempel.se", "anna.berg[at]exempel.se", "anna.berg snabel-a exempel.se", "anna.berg @ exempel.se",
# "anna.berg [at] exempel punkt se", "anna.berg at exempel dot se" (a bare "at" only with a bare "dot" or "punkt"),
# "anna(a)exempel.fi"
# (the reader joins "snabel-" / "a" at a line end into "snabela")
_SNABEL = r"snabel-?(?:\n[ \t]*)?a"
# (a spaced "@" on either side, "anna @gmail.com"; the Nordic "(a)" glued between its words, "anna(a)exempel.fi")
_AT_MARK = (rf"(?:\(at\)|\[at\]|\{{at\}}|\((?:{_SNABEL}|at-tecken)\)|\[{_SNABEL}\]|(?<=\s)(?:{_SNABEL}|@)(?=\s)"
            r"|(?<=\s)@|@(?=[ \t\n])|(?<=\w)\(a\)(?=\w))")
_DOT_MARK = r"(?:\.|\(dot\)|\[dot\]|\(punkt\)|\[punkt\])"
_WORD_DOT = r"(?<=\s)(?:dot|punkt)(?=\s)"
_GAP = r"[ \t]*(?:\n[ \t]*)?"
_OBFUSCATED = compile_rule(
    rf"""
    (?<![\w.@+-])
    {_WRAPPED_LOCAL}
    # its dots written out too: "anna punkt berg at exempel punkt se"
    # (at most three: a run of "x punkt x punkt ..." is tried from each word only so far)
    (?:{_GAP}(?:\(dot\)|\[dot\]|\(punkt\)|\[punkt\]|{_WORD_DOT}){_GAP}{_ATOM}){{0,3}}
    (?:
      {_GAP}{_AT_MARK}{_GAP}
      (?:{_LABEL}{_GAP}(?:{_DOT_MARK}|{_WORD_DOT}){_GAP})+
    | [ \t]+at[ \t]+(?=[^\W\d_])  # a domain's name, not "at 10 punkt": a time
      (?:{_LABEL}[ \t]+{_WORD_DOT}[ \t]+){{1,4}}
    )
    [A-Za-z]{{2,24}}
    (?![\w@])
    """,
    re.IGNORECASE,
)
_WRAP_CUE = re.compile(r"(?:[<(\[:;,]|mailto:|(?i:e-post|epost|e-postadress|mejl|mail|e-mail|email|mailadress):?)[ \t]*$")


def _wrap_ok(text: str, start: int, found: str, at: int) -> str:
    """The address (its "@" or "(at)" at ``at``) without a first line that only ends a sentence: a dot-wrap is kept
    where the part before the wrap stands alone on its line or after a cue ("E-post: anna.\nlindqvist@..."), a
    hyphen-wrap always."""
    cut = found.rfind("\n", 0, at)
    if cut < 0 or found[:cut].rstrip().endswith("-") or found[cut:at].strip() == "":
        return found
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    # alone on its line in small letters (a narrow cell's "anna." over "lindqvist@..."), not a heading's "Kontakt."
    if _WRAP_CUE.search(before) or (not before.strip() and not any(c.isupper() for c in found[:cut])):
        return found
    return found[cut + 1:].lstrip()


# File extensions that are not top-level domains ("bild@2x.png" is a file name).
_FILE_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "odt", "txt", "jpg", "jpeg", "png", "gif", "tif", "tiff", "zip", "csv"})


# Shared mailboxes of an authority ("registrator@", "socialtjansten@"): public, never a person's.
FUNCTIONAL_MAILBOXES = frozenset({
    "registrator", "registratur", "diarium", "info", "information", "kontakt", "kontaktcenter", "kommun",
    "kommunen", "kommunstyrelsen", "socialtjanst", "socialtjansten", "socialförvaltningen", "socialforvaltningen",
    "bygglov", "miljo", "miljö", "servicecenter", "medborgarservice", "kundtjanst", "kundtjänst", "vaxel",
    "växel", "postmaster", "noreply", "no-reply", "support", "skola", "forskola", "barnochutbildning",
    "overformyndaren", "överförmyndaren", "raddningstjansten", "raddning", "räddning", "region", "stadsbyggnad",
    "ekonomi", "hr",
    "lon", "lön", "upphandling", "press", "webmaster", "registrator.sn", "kansli",
})


# More words of a unit's or a service's mailbox, and the endings of a unit's name ("gatukontoret").
_FUNCTION_WORDS = FUNCTIONAL_MAILBOXES | frozenset({
    "barn", "familj", "barnochfamilj", "vuxen", "aldreomsorg", "äldreomsorg", "omsorg", "funktionsstod", "lss", "ifo",
    "ekonomisktbistand", "forsorjningsstod", "försörjningsstöd", "bistand", "bistånd", "mottagning", "reception",
    "fritid", "kultur", "vatten", "va", "avfall", "renhallning", "parkering", "bostad", "bostadsanpassning",
    "fardtjanst", "färdtjänst", "halsa", "hälsa", "bibliotek", "arbetsmarknad", "naringsliv", "näringsliv",
    "planering", "it", "it-support", "helpdesk", "faktura", "fakturor", "leverantorsfakturor", "kommunikation",
    "dataskydd", "dataskyddsombud", "dso", "gdpr", "kundcenter", "arkiv", "post", "epost", "office", "admin",
    "fragor", "frågor", "anmalan", "anmälan", "ansokan", "ansökan", "jour", "socialjour", "larm", "trafik",
    "tillstand", "tillstånd", "serveringstillstand", "livsmedel", "skolskjuts", "skolval", "antagning",
    "vaktmastare", "vaktmästare", "personal", "rekrytering", "bemanning", "bemanningen", "vikarie", "vikarier", "sfi", "komvux", "vuxenutbildning", "elevhalsa",
    "elevhälsa", "grundskola", "gymnasium", "gymnasieskola", "overformyndare", "service", "kommunstyrelse",
    "nämnd", "namnd", "bygg", "elevhalsan", "elevhälsan", "ost", "vast", "norr", "syd", "city", "centrum", "miljo", "miljö", "och", "stod", "stöd", "registrering", "sekretariat",
    # placements and schooling ("vfu@", the student teachers' placements; "apl@", "praktik@", "feriejobb@")
    "vfu", "apl", "lia", "praktik", "utbildning", "feriejobb", "sommarjobb", "studievagledning", "studievägledning",
    # the district a service serves ("hemtjanst.norra@"): no first name or surname
    "norra", "sodra", "södra", "ostra", "östra", "vastra", "västra", "mellersta", "nordost", "nordvast", "sydost", "sydvast",
    # a state agency's region after its box ("registrator.mitt@", "kontakt.nord@": the police's and agencies' regions)
    "mitt", "nord",
})
_UNIT_ENDINGS = (
    "forvaltning", "förvaltning", "forvaltningen", "förvaltningen", "namnden", "nämnden", "tjansten", "tjänsten",
    "enheten", "kontoret", "centret", "center", "centrum", "skolan", "gymnasiet", "kansliet", "avdelningen",
    "service", "mottagningen", "boendet", "jouren", "kommun", "kommunen", "styrelsen", "registratur", "registrator",
    "tjanst", "tjänst",  # a municipal service: "hemtjanst", "fardtjanst"
    # a state agency by its name's ending, and a service's information desk ("rattshjalpsmyndigheten",
    # "skatteverket", "forsakringskassan", "fordonsinformation", "skatteupplysningen")
    "myndigheten", "myndighet", "verket", "kassan", "information", "upplysningen",
    # a court by its kind ("norrviks.tingsratt", "hovratten"), a register kept by an agency ("fartygsregistret",
    # "hundregister") and a central service ("blodcentralen", "larmcentral"): no one's surname ends so
    "tingsratt", "tingsrätt", "tingsratten", "tingsrätten", "hovratt", "hovrätt", "hovratten", "hovrätten",
    "forvaltningsratt", "förvaltningsrätt", "forvaltningsratten", "förvaltningsrätten", "domstol", "domstolen",
    "register", "registret", "central", "centralen",
)


def functional_mailbox(local: str) -> bool:
    """True for a unit's or service's shared mailbox ("registrator", "barn.familj", "gatukontoret")."""
    # a "+tag" names what the mail is about, not whose box it is: "anna.berg+kommunen" is Anna's
    low = local.lower().split("+", 1)[0]
    if low not in FUNCTIONAL_MAILBOXES and _owner_in_local(low):
        return False  # "ronnys.batservice", "lenasfotvard": a sole trader's box, named after its owner
    if low in FUNCTIONAL_MAILBOXES or low.endswith(_UNIT_ENDINGS):
        return True
    parts = [p for p in re.split(r"[._+-]", low) if p]
    return bool(parts) and all(p in _FUNCTION_WORDS or p.endswith(_UNIT_ENDINGS) or _definite_function_word(p)
                               for p in parts)


def _definite_function_word(part: str) -> bool:
    """A function word in its definite form ("biblioteket", "skolskjutsen", "receptionen"): the unit's own box."""
    return any(part.endswith(end) and part[:-len(end)] in _FUNCTION_WORDS and len(part) - len(end) >= 4
               for end in ("en", "et", "n"))


_FOLD = str.maketrans("åäöéèüøæ", "aaoeeuoa")


def _owner_in_local(low: str) -> bool:
    """True when a part of a mailbox is a listed first name or its genitive ("ronnys.batservice", "eva.service"), or
    a one-word box opens with a first name's genitive before a trade ("lenasfotvard"): the owner's own box, though it
    ends as a unit's does."""
    from redact.detect.name_words import load_lexicons

    firsts = _folded_names(load_lexicons())[0]
    parts = [p.translate(_FOLD) for p in re.split(r"[._+-]", low) if p]
    if len(parts) > 1:
        return any(p not in _FUNCTION_WORDS and len(p) >= 3 and (p in firsts or (p[-1] == "s" and p[:-1] in firsts))
                   for p in parts)
    word = parts[0] if parts else ""
    # (four letters at least and the genitive's "s", then a trade of five: "idrottsservice" opens with no name)
    return any(word[k] == "s" and word[:k] in firsts and len(word) - k - 1 >= 5 for k in range(4, len(word) - 5))


def _name_in_local(local: str) -> bool:
    """True when a one-word local part holds a listed name: "ahmed", "annab", "kbergstrom"."""
    from redact.detect.name_words import load_lexicons

    lex = load_lexicons()
    first, last = _folded_names(lex)
    if local in first or local in last:
        return True
    if any(local[:k] in first for k in range(4, len(local))):
        return True
    if any(local[j:] in last for j in (1, 2) if len(local) - j >= 4):
        return True
    # the surname first, then the first name: "lindqvistanna", "bergerik"
    return any(local[:k] in last and local[k:] in first for k in range(4, len(local) - 2))


_FOLDED: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _folded_names(lex) -> tuple[frozenset[str], frozenset[str]]:
    key = id(lex)
    if key not in _FOLDED:
        _FOLDED[key] = (frozenset(w.lower().translate(_FOLD) for w in lex.first),
                        frozenset(w.lower().translate(_FOLD) for w in lex.last))
    return _FOLDED[key]


def _authority_domain(text: str, domain: str) -> bool:
    """True for a domain named after a place the text names as an authority's ("norrvik.se" by "Norrviks kommun")."""
    from redact.detect.places import authority_places

    labels = domain.lower().split(".")
    if len(labels) < 2:
        return False
    owner = labels[-2]
    return any(p.lower().translate(_FOLD) == owner for p in authority_places(text))


# The ends of a unit's or an activity's compound noun ("krisledning", "familjeratten", "miljotillsyn"): a mailbox so
# named is a service's though its first letters spell a first name ("Kris", "Fami"). Not _FUNCTION_WORDS (whole
# words, any part of any mailbox) nor _UNIT_ENDINGS (taken anywhere): an ending taken only beside the staff's
# "first.last" addresses of the same domain, after at least three letters
_ACTIVITY_ENDINGS = ("ledning", "ledningen", "ratten", "rätten", "beredskap", "staben", "gruppen", "samordning",
                     "radgivning", "rådgivning", "utredning", "utredningen", "tillsyn", "tillsynen", "handlaggning",
                     "handläggning", "samverkan", "kontroll", "kontrollen")


def unit_mailbox(text: str, found: str) -> bool:
    """True for a one-word mailbox beside personal "first.last" addresses of the same domain.

    An organisation that gives its staff "anna.berg@norrvik.se" (or an authority named after the
    domain's place, "Norrviks kommun") names a unit's shared box by the unit ("bygglovochmiljo@norrvik.se"); a local part that holds a listed name
    ("ahmed@", "kbergstrom@") is still a person's.
    """
    local, _, domain = found.partition("@")
    low = local.lower()
    if not re.fullmatch(r"[a-zåäö]{4,}", low) or "\n" in domain:
        return False
    if not (re.search(rf"(?<![\w.-])[\w-]+\.[\w.-]+@{re.escape(domain)}(?![\w.-]*\w)", text, re.IGNORECASE)
            or _authority_domain(text, domain)):
        return False
    if any(low.endswith(e) and len(low) - len(e) >= 3 for e in _ACTIVITY_ENDINGS):
        return True
    return not _name_in_local(low.translate(_FOLD)) and not _spells_named_person(text, low.translate(_FOLD))


_FULL_NAME = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][a-zåäöéü]+)[ \t]+([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)")


def _spells_named_person(text: str, local: str) -> bool:
    """True when the local part is the first letters of a listed first name and a surname that stand together in
    the text ("annli" and "Anna Lindqvist", "alindqvist", "annalind"): a staff member's own box, not a unit's."""
    from redact.detect.name_words import load_lexicons

    firsts = _folded_names(load_lexicons())[0]
    for m in _FULL_NAME.finditer(text):
        first, last = (w.lower().translate(_FOLD) for w in m.groups())
        if first not in firsts:
            continue  # "Miljö Hälsa" of a unit's name: only a person's first name opens a staff member's box
        last = last.replace("-", "")
        for i in range(1, min(len(first), len(local) - 1) + 1):
            if local.startswith(first[:i]) and last.startswith(local[i:]) and len(local) - i >= 2:
                return True
    return False


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    found = _wrap_ok(text, m.start(), m.group(), m.group().find("@"))
    start = m.end() - len(found)
    cut = found.rfind("\n")
    if cut > found.find("@") and found[:cut].rstrip().endswith(".") and re.match(r"[ \t]*[A-ZÅÄÖ][a-zåäö]", found[cut + 1:]):
        # "bemanning@storsund.se." ends a line and "Kontaktperson ..." begins the next: the address ends at the line
        head = found[:cut].rstrip().rstrip(".")
        if "." in head.split("@", 1)[1]:  # else "anna@kommun.\nSe": the whole is the address
            found = head
    # (on a public provider's domain a one-word box is a private person's, "skogsmulle@gmail.com", unless it names an
    # association or a place the text names: "brattforsskytte@gmail.com" beside "Brattfors Skytteförening")
    if (not public_provider(found.partition("@")[2]) or _names_association(text, found.partition("@")[0])) and (
            unit_mailbox(text, found) or _named_by_unit_before(text, start, found) or _case_letters_box(text, found)
            or _company_box(text, found) or after_switchboard(text, start, found)) or _named_shared_box(text, found):
        return None
    return _verdict(start, found)


# The words that call an address a shared mailbox ("funktionsbrevlåda gransbacken@…", "Gruppbrevlåda:", "vår
# gemensamma brevlåda"): the unit's, whoever reads it, here and wherever else the page repeats it ("Till: …").
_SHARED_BOX_LABEL = (r"(?i:funktions(?:brevlåda|brevlådan|adress|adressen|mejl|mail|mejladress|e-post)|"
                     r"grupp(?:brevlåda|brevlådan|adress|adressen)|"
                     r"gemensamma?[ \t]+(?:brevlåda|brevlådan|e-postadress)|funktionell[ \t]+(?:brevlåda|e-postadress))")


# (a case-blind alternation gives re no first character to scan for: it tried every word at every position of the
# page, about a tenth of a millisecond for each address; every label, lowercased, holds one of these words)
_SHARED_BOX_LABEL_RE = NeedleGate(re.compile(_SHARED_BOX_LABEL), ("funktion", "grupp", "gemensam"))


def _named_shared_box(text: str, found: str) -> bool:
    """True when the page calls the address a shared mailbox by its label right before it."""
    # the expression below is compiled anew for every address (re's cache of 512 overflows with them and
    # drops other rules' expressions): a page that holds no label at all cannot match it
    if "\n" in found or _SHARED_BOX_LABEL_RE.search(text) is None:
        return False
    return re.search(rf"{_SHARED_BOX_LABEL}[ \t]*:?[ \t]*\n?[ \t]*{re.escape(found)}(?![\w@-])", text) is not None


_WORD = re.compile(r"[^\W\d_]+")


# Words of an association's or a club's name ("skytte", "schack", "idrott"), from the kinds of associations a
# municipality grants activity support: a provider's box so named is the association's.
_ASSOCIATION_WORDS = ("forening", "klubb", "skytte", "schack", "idrott", "sallskap", "scout", "orkester", "bygdegard",
                      "hembygd", "byalag", "samfallighet", "brf", "pensionar", "golf", "ridklubb", "fotboll", "hockey",
                      "innebandy", "handboll", "bandy", "teater", "fiske", "jakt", "vagforening", "forsamling", "koren",
                      "korforening", "musikkar", "dans", "gymnastik", "simklubb", "friidrott", "brottning", "boxning")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü]{4,}")


def _names_association(text: str, local: str) -> bool:
    """True when a mailbox's local part holds an association's word or a word of five letters or more the text
    writes with a capital and that is no listed name (a place, a club: "Brattfors" in "brattforsskytte")."""
    from redact.detect.name_words import load_lexicons

    low = local.lower().translate(_FOLD)
    if any(w in low for w in _ASSOCIATION_WORDS):
        return True
    firsts, lasts = _folded_names(load_lexicons())
    words = {w.group().lower().translate(_FOLD) for w in _CAPITALISED.finditer(text)}
    return any(w in low and w not in firsts and w not in lasts for w in words)


def _case_letters_box(text: str, found: str) -> bool:
    """True for a mailbox named by the letters the document's case numbers open with, on the authority's domain
    ("Dnr BUN 2026/88" and "bun@ekby.se"): the committee's box, whoever's initials the letters might be."""
    local, _, domain = found.partition("@")
    if not re.fullmatch(r"[a-z]{2,5}", local) or not _authority_domain(text, domain):
        return False
    return re.search(rf"(?<![\w-]){re.escape(local.upper())}[ \t]+(?:19|20)\d\d[/-]\d", text) is not None


def _company_box(text: str, found: str) -> bool:
    """True for a one-word mailbox that names no person on the domain of a company the text names by its form
    ("Sökande: Gransjön Vind AB" and "samrad@gransjon.se"): the company's box."""
    from redact.detect.company_forms import AFTER_NAME

    local, _, domain = found.partition("@")
    labels = domain.lower().split(".")
    if not re.fullmatch(r"[a-zåäö]{3,}", local.lower()) or len(labels) < 2 or _name_in_local(local.lower().translate(_FOLD)):
        return False
    owner = labels[-2]
    for m in re.finditer(rf"(?<![\w-])([A-ZÅÄÖ][\w-]+)(?:[ \t]+[A-ZÅÄÖ&][\w&-]*){{0,3}}[ \t]+{AFTER_NAME}(?![\w-])", text):
        if m.group(1).lower().translate(_FOLD) == owner:
            return True
    return False


def _named_by_unit_before(text: str, start: int, found: str) -> bool:
    """True for a mailbox named by a piece of the unit written just before it on its line ("Gatu- och
    parkavdelningen, park@…", "Valnämnden, val@…", "Mark- och exploateringsenheten, mark@…"): the unit's shared
    box, never a person's."""
    local = found.split("@", 1)[0].lower().translate(_FOLD)
    if not re.fullmatch(r"[a-z]{3,}", local):
        return False
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    before = text[max(line_start, start - 80):start]
    for w in _WORD.findall(before):
        low = w.lower()
        if low.endswith(_UNIT_ENDINGS) and local in low.translate(_FOLD):
            return True
    # the first part of a compound whose unit ending is shared ("Mark- och exploateringsenheten, mark@…")
    return any(m.group(2).lower().endswith(_UNIT_ENDINGS) and local in m.group(1).lower().translate(_FOLD)
               for m in _SHARED_END.finditer(before))


_SHARED_END = re.compile(r"(?<![\w-])([^\W\d_]+)-[ \t]+(?:och|&|eller)[ \t]+([^\W\d_]+)")


def _verdict(start: int, found: str) -> Verdict | None:
    local = found.split("@", 1)[0]
    if functional_mailbox(local):
        return None
    if len(local) > 64 or len(found) > 254:
        return None
    if found.rsplit(".", 1)[1].lower() in _FILE_EXTENSIONS:
        return None
    return Verdict(start, start + len(found), "local@domain.tld")


_LOCAL_END = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:[(\[{@]|(?i:snabel-a|at)[ \t])")


def _check_obfuscated(text: str, m: re.Match[str]) -> Verdict | None:
    at = _LOCAL_END.search(m.group(), 1)
    found = _wrap_ok(text, m.start(), m.group(), at.start() if at else len(m.group()))
    local = re.split(r"[ \t\n(\[{@]", found, maxsplit=1)[0]
    if functional_mailbox(local):
        return None  # "registrator(at)norrvik.se": the authority's box, written so to keep robots off
    return Verdict(m.end() - len(found), m.end(), "local (at) domain (dot) tld")


class EmailRecognizer(SwedishPatternRecognizer):
    """E-mail addresses, also when broken over a line or written with "(at)"."""

    ENTITY = "EMAIL"
    NAME = "email"
    CONTEXT = ctx.EMAIL
    RULES = (
        Rule("email", _EMAIL, score=0.9, context_score=1.0, check=_check, needs=("@",)),
        Rule("obfuscated", _OBFUSCATED, score=0.6, context_score=0.85, check=_check_obfuscated,
             needs=("(at)", "[at]", "{at}", "snabel", " @", "@ ", "@\n", "(a)", "at-tecken", " dot", " punkt")),
    )
