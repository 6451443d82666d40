"""Swedish context words for the pattern detectors, and a raw-text context check.

Two consumers:

* Presidio's ``LemmaContextAwareEnhancer`` reads ``recognizer.context`` and
  compares it with the lemmas of the words before a match.  The lists below
  are therefore lowercase lemmas (plus the compounds a lemmatizer leaves
  whole, such as "telefonnummer").
* Our own recognizers also look at the raw text around a match with
  :func:`find_context_word`, so context works without an NLP pipeline
  (unit tests, plain-text input) and for abbreviations a lemmatizer does not
  know ("tfn", "reg.nr", "f.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Space and dash characters that PDF text layers use in numbers and addresses.
SP = "[ \u00a0\u2009\u202f]"
DASH = "[-\u2010\u2011\u2012\u2013]"
# the Latin letters of the names of streets and towns in Sweden and its neighbours ("Østerbrogade", "Athína"), and
# of Central Europe and the Baltic states, whose addresses the cards of visitors carry ("České Budějovice", "Łódź",
# "Šiauliai")
U = "A-ZÅÄÖÉÜØÆÁÍÓÚÑČĆŁŃŚŹŻŠŽŘĚŮŇŤĎĖŪĄĘĮŲĀĒĪĶĻŅŐŰ"
L = "a-zåäöéüßøæáàâçèêëíìîïñóòôõúùûýœčćłńśźżšžřěůňťďėūąęįųāēīķļņőű"

PERSONNUMMER = (
    "personnummer", "personnr", "pers.nr", "pnr", "p-nr", "prsnr",
    "samordningsnummer", "samordningsnr", "födelsenummer", "identitetsnummer",
)
PHONE = (
    "telefon", "telefonnummer", "telefonnr", "tel", "tfn", "mobil", "mobilnummer",
    "mobiltelefon", "mobilnr", "mob", "hemtelefon", "arbetstelefon",
    "direktnummer", "växel", "fax", "telefax", "sms", "ring", "ringa", "nås",
)
# Labels that say the number right after them is not a phone number although it looks like one.
NOT_PHONE = (
    "ocr", "ocr-nummer", "ocr-nr", "faktura", "fakturanummer", "fakturanr", "dnr", "diarienummer",
    "diarienr", "ärende", "ärendenummer", "ärendenr", "kundnummer", "kundnr", "referens", "ref",
    "referensnummer", "ordernummer", "ordernr", "avtalsnummer", "avtalsnr", "löpnummer",
    "artikelnummer", "artnr", "serienummer", "bankgiro", "plusgiro", "bg", "pg", "konto",
    "kontonummer", "clearingnummer", "clearing", "iban",
)
EMAIL = ("e-post", "epost", "e-postadress", "mejl", "mejla", "mail", "e-mail", "mailadress")
ADDRESS = (
    "adress", "bor", "boende", "bosatt", "bostad", "bostadsadress", "hemadress",
    "postadress", "gatuadress", "besöksadress", "folkbokförd", "folkbokföringsadress",
    "flytta", "flyttat", "c/o", "adressen",
)
POSTAL_CODE = ("postnummer", "postnr", "postort", "ort", "adress", "postadress", "bor", "folkbokförd")
PROPERTY = (
    "fastighet", "fastigheten", "fastighetsbeteckning", "fastighetsbet", "fastighetsägare",
    "kvarter", "kvarteret", "kv", "tomt", "tomten", "lagfart", "bygglov", "servitut",
    "avstyckning", "fastighetsreglering",
)
ORG_NUMBER = (
    "organisationsnummer", "organisationsnr", "orgnr", "org.nr", "org", "org.nummer",
    "momsregistreringsnummer", "momsreg.nr", "vat", "företag", "bolag", "förening",
)
BANK_ACCOUNT = (
    "bankgiro", "bankgironummer", "bg", "bg-nr", "bgnr", "plusgiro", "plusgironummer",
    "pg", "pg-nr", "postgiro", "konto", "kontot", "kontonummer", "kontonr", "bankkonto",
    "bankkontonummer", "lönekonto", "clearing", "clearingnummer", "clearingnr", "clnr",
    "utbetalning", "utbetalas", "betalas", "insättning", "bank", "banken",
    # the heading of a person's bank details
    "bankuppgifter", "bankuppgift", "kontouppgifter", "betalningsuppgifter",
)
BANKGIRO = ("bankgiro", "bankgironummer", "bg", "bg-nr", "bgnr")
PLUSGIRO = ("plusgiro", "plusgironummer", "pg", "pg-nr", "postgiro", "postgironummer")
IBAN = ("iban", "bic", "swift", "konto", "kontonummer", "bankkonto")
LICENSE_PLATE = (
    "regnr", "reg.nr", "reg", "registreringsnummer", "registreringsnr", "registreringsskylt",
    "bil", "bilen", "bilar", "fordon", "fordonet", "fordonsägare", "personbil", "personbilen",
    "lastbil", "lastbilen", "husbil", "motorcykel", "motorcykeln", "mc", "moped", "mopeden",
    "släpvagn", "släpet", "taxi", "parkering", "parkerad", "parkerade", "felparkering",
    "felparkerad", "parkeringsanmärkning", "parkeringsbot", "p-bot", "kontrollavgift",
    "trafikolycka", "körde", "framförde", "skylt", "skylten", "skyltar", "vagnen",
    # a private car by its make, the make standing right before its plate ("kör sin egen Skoda XLN 27C"); the
    # authority's own vehicles are named by what they do ("sopbilen HJS 201") and stay
    "milersättning",
    "volvo", "saab", "skoda", "škoda", "toyota", "volkswagen", "vw", "ford", "kia", "audi", "bmw", "tesla",
    "renault", "peugeot", "opel", "nissan", "hyundai", "mazda", "mercedes", "citroën", "fiat", "honda",
    "subaru", "dacia", "mitsubishi", "suzuki", "polestar", "lexus", "porsche", "jeep", "cupra",
)
# Letter triples that are not plates: currencies, standards and document codes.
NOT_PLATE = frozenset({
    "SEK", "EUR", "USD", "NOK", "DKK", "GBP", "CHF", "JPY", "ISK", "PLN", "CAD", "AUD",
    "ISO", "SFS", "SOU", "PDF", "CPU", "RAM", "LSS", "LVU", "LVM", "LOU", "KPI", "MOM",
    "ART", "KAP", "BIL", "NUM", "TEL", "FAX", "ORG", "REF", "DNR", "AFS", "BFS", "NFS",
    "EKN", "HSL", "SOL", "TFS",
})
IP_ADDRESS = (
    "ip", "ip-adress", "ipadress", "ip-nummer", "ipv4", "ipv6", "inloggning", "inloggad",
    "loggad", "loggades", "server", "servern", "nätverk", "dator", "datorn", "router",
    "uppkoppling", "ansluten", "anslutning",
)
DATE_OF_BIRTH = ("född", "födelsedatum", "födelsedag", "födelseår", "föddes", "födda", "f.")

# Capitalised words that start a sentence or a label before an address or a
# property and are not part of it.
NOT_A_NAME = frozenset({
    "adress", "adressen", "bostadsadress", "hemadress", "postadress", "gatuadress",
    "besöksadress", "leveransadress", "fakturaadress", "folkbokföringsadress", "bor", "bosatt",
    "boende", "till", "från", "på", "i", "vid", "och",
    "fastighet", "fastigheten", "fastigheterna", "fastighetsbeteckning", "tomten", "tomt",
    "kvarteret", "kv", "inom", "för", "avser", "ang", "angående", "om", "se", "enligt",
    "den", "det", "de", "att", "som", "med", "av", "hos", "utanför", "mot", "via", "ort",
    "postort", "hemort", "kommun", "kommunen", "län", "tel", "telefon", "mobil",
    "e-post", "datum", "beslut", "ärende", "plats", "lokal", "lokalen", "plan",
    "sammanträde", "sammanträdet", "mötet", "möte", "kl", "klockan", "tid", "tiden",
    "start", "slut", "paus", "lunch", "sfs", "sou", "ds", "prop", "dir", "jo", "rå",
    "hfd", "nja", "afs", "bfs", "kap", "bilaga", "sida", "punkt", "avsnitt", "tabell",
    "figur", "paragraf", "mål", "målnummer", "dom", "kammarrätten", "förvaltningsrätten",
    "kapitel", "version", "steg", "fas", "del", "etapp", "rum", "sal", "bord", "nr", "nummer",
    "utredningen", "rapport", "rapporten", "bilagan", "protokoll", "protokollet", "paragrafen",
})

_TOKEN = re.compile(r"[\wåäöÅÄÖéü./:-]+")
_STRIP = ".:,;()[]\"'"


@lru_cache(maxsize=128)
def _word_sets(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact-match set and prefix tuple for a context list (built once per list)."""
    exact = frozenset(w.rstrip(_STRIP) or w for w in words) | frozenset(words)
    # Prefix match catches compounds and inflections ("telefonnumret");
    # short words must match whole ("bil" must not match "bilaga").
    prefixes = tuple(w for w in words if len(w) >= 5)
    return exact, prefixes


def context_word_in(raw: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> str:
    """The context word that the lowercase token ``raw`` supports, or ""."""
    token = raw.strip(_STRIP) or raw
    # "Tel.nr:" and "reg.nr" style labels are also checked piece by piece.
    pieces = [token, *re.split(r"[./:]", token)] if any(c in token for c in "./:") else [token]
    for piece in pieces:
        if piece in exact:
            return piece
        if prefixes and piece.startswith(prefixes):
            return next(w for w in prefixes if piece.startswith(w))
    return ""


def label_before(text: str, start: int, words: Iterable[str], skip: frozenset[str] = frozenset({"nr", "nummer", "no"})) -> str:
    """The word of ``words`` that is the last word before ``start`` (a label such as "OCR:"), or ""."""
    exact, prefixes = _word_sets(tuple(words))
    for raw in reversed(_TOKEN.findall(text[max(0, start - 40) : start].lower())):
        token = raw.strip(_STRIP)
        if not token or token in skip:
            continue
        return context_word_in(raw, exact, prefixes)
    return ""


def find_context_word(
    text: str,
    start: int,
    end: int,
    words: Iterable[str],
    before: int = 40,
    after: int = 0,
) -> str:
    """Return the context word from ``words`` nearest to ``text[start:end]`` (raw text), or ""."""
    exact, prefixes = _word_sets(tuple(words))
    lo = max(0, start - before)
    # Do not start inside a word: a fragment could fake a context word.
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    tokens = _TOKEN.findall(text[lo:start].lower())[::-1]  # nearest first
    if after:
        tokens += _TOKEN.findall(text[end : end + after].lower())
    for raw in tokens:
        word = context_word_in(raw, exact, prefixes)
        if word:
            return word
    return ""


def trim_leading_words(text: str, start: int, end: int, stop: frozenset[str] = NOT_A_NAME) -> int:
    """Move ``start`` past leading words in ``stop`` (labels, prepositions); return the new start."""
    pos = start
    while pos < end:
        m = re.match(r"([^\s]+)\s+", text[pos:end])
        if not m or m.group(1).lower().strip(_STRIP) not in stop:
            break
        pos += m.end()
    return pos
