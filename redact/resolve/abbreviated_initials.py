"""Initials written as people write them by hand: lowercase ("sw", "fro"), with particles ("vdB",
"s.af.K", "cvk"), with a hyphenated first name ("J-P.R") or with a later letter of the surname ("G.Sk").

The uppercase forms are found in ``redact.resolve.person_initials.find_initials``; these forms look like
words or abbreviations, so they are taken only where initials stand (alone in a table cell, in
brackets, after a signing word) and only when they abbreviate a person the document names; a
shape that no word has ("ha-k", "g.s.") is taken after a signing word even when no one is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from redact.detect.id_label_prefixes import label_before_number
from redact.detect.first_chars import compile_scanning
from redact.detect.language import PageLanguages
from redact.detect.patterns import leading_letters
from redact.resolve.page_spans import spans_by_page
from redact.types import Finding

_L = "A-Za-zÅÄÖåäöÉéÜüØøÆæ"
# two to six letters with dots or hyphens between them ("g.s.", "s.af.K", "J-P.R", "ha-k"), letters with a
# capital inside ("vdB", "cvK"), or two to four small letters ("sw", "fro")
# a slash after a space, a line's start or other initials signs ("Beslutat av Carina Holm /ch", "G.T./hn");
# after a small word or a number it joins two words ("och/eller", "km/h", "3/4")
_TOKEN = re.compile(
    rf"(?<![\w.\-@&])(?<![a-zåäöéü0-9]/)([{_L}]{{1,3}}(?:[.\-][{_L}]{{1,3}}){{1,3}}\.?|[{_L}][a-zåäöéü]{{0,3}}[A-ZÅÄÖÉÜØÆ][{_L}]{{0,3}}"
    rf"|[a-zåäöéü]{{2,4}})(?![\w\-@]|\.[{_L}\d])")
_CUE_WORDS = r"(?i:sign|attest|gransk|juster|kvitter|handl|ansv|kontroller|bokad|bokat|noter|utförd|utfört|godkän|upprätt)"
# the words' first letters tested first: re tries a case-insensitive alternation whole at every position
_CUES = compile_scanning(leading_letters(_CUE_WORDS) + _CUE_WORDS)
# Before the initials on their line: the line's start, a cell border, a bracket, a list separator or a signing word.
_ALONE_BEFORE = re.compile(
    r"(?:^|\t|\||  |\(|/ |(?:^|[ \t.A-ZÅÄÖ])/|, |; |"
    r"(?i:\b(?:sign\.?|signatur|signum|attest|attesterat|granskat|granskad|justerat|handl\.?|ansv\.?|kvitterat)"
    r"(?:[ \t]+av)?[ \t]*:?[ \t]))[ \t]*$"
)
_ALONE_AFTER = re.compile(r"[ \t]*(?:$|\n|\t|\||  |\)|[ \t]/|,|;|:(?=[ \t]))")
_SIGNING_BEFORE = re.compile(
    r"(?i:\b(?:sign\.?|signatur|signum|signer(?:ad|at|as|ar|ade)|attest|attesterat|granskat|granskad|justerat|kvitterat)"
    r"(?:[ \t]+av)?[ \t]*:?)[ \t]+$"
)
# A participle of checking or booking and "av" ("kontrollerad av cm", "Bokad av: e-ms"): initials follow, but
# a word may too, so only a person's initials of the document are taken there.
_DONE_BY_BEFORE = re.compile(
    r"(?i:\b(?:kontrollerad|kontrollerat|kontrollerades|bokad|bokat|bokades|noterad|noterat|noterades|utförd|utfört|"
    r"utfördes|godkänd|godkänt|godkändes|upprättad|upprättat|upprättades)[ \t]+av[ \t]*:?)[ \t]+$"
)
# After the initials: "=" or a colon or dash and then the name they abbreviate ("mn = Mona Nyström").
_DEFINED_AFTER = re.compile(r"[ \t]*(?:[=:–—][ \t]*)?")
# Small dotted letters that abbreviate words ("t.v.", "bl.a.", "m.fl."), never taken in running text.
_DOTTED_WORDS = frozenset({
    "mm", "sk", "tex", "dvs", "osv", "pga", "ed", "od", "fd", "tom", "from", "fn", "iom", "mfl", "ca", "ev", "ie", "eg",
    "nb", "ps", "os", "dy", "ff", "vg", "vv", "st", "kl", "nr", "bl", "bla", "ex", "tf", "mn", "tv", "th", "oa", "ua",
    "sas", "mao", "maw", "isf", "istf", "iofs", "odyl", "eldyl", "fo", "ngn", "ngt", "em", "fm", "fkr", "ekr", "pa",
    "ok", "am", "pm", "nn", "jfr", "obs", "ang", "resp", "inkl", "exkl", "ev", "kr", "se",
})
# Short words and abbreviations that stand alone in cells or brackets ("ja", "st", "ca", "tel").
_WORDS = frozenset({
    "ja", "nej", "ok", "st", "kr", "ca", "tel", "tfn", "fax", "mob", "nr", "se", "ej", "bl", "mm", "ev", "jfr",
    "inkl", "exkl", "tex", "dvs", "osv", "pga", "mfl", "obs", "ang", "avs", "resp", "kl", "vid", "av", "på", "och",
    "i", "om", "en", "ett", "den", "det", "de", "du", "vi", "ni", "han", "hon", "man", "har", "ska", "kan", "var",
    "är", "nu", "ny", "nya", "bra", "alla", "inga", "ingen", "klar", "klart", "sms", "mail", "mejl", "post",
    "app", "fri", "fritt", "mån", "tis", "ons", "tor", "fre", "lör", "sön", "jan", "feb", "mar", "apr", "maj",
    "jun", "jul", "aug", "sep", "okt", "nov", "dec", "tim", "min", "sek", "dag", "dgr", "vecka", "v", "fm", "em",
    "am", "pm", "fd", "ff", "from", "tom", "vg", "mvh", "nn", "uu", "the", "and", "of", "to", "in", "on", "at",
    "mor", "far", "son", "bor", "bil", "bud", "hus", "tid", "väg", "ort", "typ", "sak", "hem", "ute", "gata", "lgh",
    "ink", "utg", "avg", "ref", "dnr", "reg", "jur", "dso", "adm", "ekon", "sekr", "ordf", "ers", "led", "sms",
    # the ground of a claim or a payment in a creditors' or a ledger's column ("Grund": "lön", "lån", "hyra")
    "lön", "lån", "hyra",
})
_PARTICLES = frozenset({"af", "av", "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le",
                        "al", "el", "bin", "ibn", "abu", "zu", "dos"})


@lru_cache(maxsize=1024)
def _parts(name: str) -> list[str]:
    """A name's parts in order, hyphenated ones split ("Jan-Peter Rudberg" -> jan, peter, rudberg)."""
    out = []
    for word in name.split():
        word = word.strip(".,;:()[]\"'")
        out.extend(p.casefold() for p in word.split("-") if p.isalpha())
    return out


def abbreviates(letters: str, name: str) -> bool:
    """True when ``letters`` (lowercase, no dots) abbreviate ``name``: each letter group the start of one
    of its parts in order (parts may be left out, the first name only before a particle, as in "vdB"
    for "Elin van den Berg"); the surname's group may take a later letter too ("Sk" for Stenmark)."""
    parts = _parts(name)
    if len(parts) < 2 or len(letters) < 2:
        return False

    def fit(i: int, k: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        for j in range(k, len(parts)):
            if j > k and k == 0 and parts[j] not in _PARTICLES:
                return False  # the first name is left out only before a particle
            p = parts[j]
            if p[0] != letters[i]:
                continue
            n = 1
            while n <= len(p) and i + n <= len(letters) and p[:n] == letters[i:i + n]:
                if fit(i + n, j + 1, used + 1):
                    return True
                n += 1
            # the surname's first letter and one later letter ("G.Sk" for Gunilla Stenmark)
            if j == len(parts) - 1 and i + 2 == len(letters) and letters[i + 1] in p[2:] and used >= 1:
                return True
        return False

    return fit(0, 0, 0)


def _written_as_initials(raw: str) -> bool:
    """A shape no word has: a dot or hyphen between letters, or a capital after the first letter ("vdB")."""
    core = raw.rstrip(".")
    return "." in core or "-" in core or any(c.isupper() for c in core[1:])


def find_abbreviated_initials(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """Hand-written initials (see the module docstring) that stand where initials stand."""
    names: dict[str, Finding] = {}
    for f in findings:
        if f.category == "PERSON" and f.status != "rejected" and len(f.text.split()) >= 2:
            names.setdefault(" ".join(f.text.split()).casefold(), f)
    covered = spans_by_page(findings)
    new: list[Finding] = []
    languages = PageLanguages(page_texts)
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        cues = [c.end() for c in _CUES.finditer(text)]  # where a signing word ends, to look up by position
        for m in _TOKEN.finditer(text):
            raw = m.group(1)
            a = m.start()
            if raw.islower() and raw.isalpha() and a >= 2 and text[a - 1] == " " and text[a - 2] not in " \t|/(,;" and (
                    not cues or bisect_left(cues, a - 24) == bisect_left(cues, a)) and "=" not in text[m.end():m.end() + 3]:
                continue  # a small word in running text, not after a signing word: the common case, decided cheaply
            letters = re.sub(r"[.\-]", "", raw).casefold()
            shaped = _written_as_initials(raw)
            plain_word = raw.isalpha() and (raw.islower() or raw.istitle() or raw.isupper())
            # a hyphen between small letters makes no word ("mo-r" is no "mor"); dots may abbreviate one ("o.k.")
            hyphened = "-" in raw and "." not in raw
            if (raw.isupper() or raw.istitle()) and raw.isalpha() or (letters in _DOTTED_WORDS if hyphened else letters in _WORDS) \
                    or plain_word and len(raw) > 4:
                continue  # capitals are propagate's; a capitalised word is a word
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start:m.start()]
            if len(before) > 40:
                before = "\x00" + before[-40:]  # the line's tail: "^" must not match inside the line
            signing = _SIGNING_BEFORE.search(before) is not None
            # a capital inside ("vdB", "G.Sk") is no word's nor abbreviation's shape: initials wherever they stand
            capital_inside = shaped and any(c.isupper() for c in raw)
            alone = capital_inside or signing or (_ALONE_BEFORE.search(before) and _ALONE_AFTER.match(text, m.end()))
            # in running text only a person's initials of the document, and only where initials stand: after
            # "kontrollerad av", dotted or hyphenated ("t.vh", "e-ms"), or before the name they abbreviate
            running = not alone and (_DONE_BY_BEFORE.search(before) is not None
                                     or shaped and raw.islower() and letters not in _DOTTED_WORDS)
            if not alone and not running and "=" not in text[m.end():m.end() + 3] and not shaped:
                continue
            # a part found alone ("Eva" of "Eva.N") does not cover the initials; a longer finding does
            if any(s < m.end() and m.start() < e and not (m.start() <= s and e <= m.end() and e - s < len(raw))
                   for s, e in spans):
                continue
            if plain_word and not languages.swedish_rules_at(page, m.start()):
                continue  # on English text "it", "as", "see" after a comma are words, not Aaron Swartz's initials
            if label_before_number(text, m.start()):
                continue  # "C.C. 1.031.552.907": the kind of number before it (see id_label_prefixes)
            owners = [f for key, f in names.items() if abbreviates(letters, key)]
            if not alone and not running:
                owners = [f for f in owners if _name_follows(text, m.end(), f.text)]
                if not owners:
                    continue
            if owners:
                origin = owners[0] if len(owners) == 1 else None
                why = "förkortning av ett namn i dokumentet"
            elif shaped and not plain_word and signing and alone:
                origin, why = None, "initialer efter signering"
            else:
                continue
            new.append(Finding(
                id=f"p{page}-abini{len(new)}", page=page, start=m.start(), end=m.end(), text=raw,
                category="PERSON", score=0.6, detector="initials",
                reason=f"{why} (sida {origin.page})" if origin is not None else why,
                subject=" ".join(origin.text.split()).casefold() if origin is not None else None,
            ))
            spans.append((m.start(), m.end()))
    return new + _repeated([*findings, *new], names, page_texts, covered)


def _name_follows(text: str, end: int, name: str) -> bool:
    """True when ``name`` follows at ``end`` after "=", a colon or a dash, or a space ("mn = Mona Nyström")."""
    at = _DEFINED_AFTER.match(text, end).end()
    if at == end and text[end:end + 1] not in (" ", "\t"):
        return False
    words = name.split()
    got = text[at:at + len(name) + 20].split()[:len(words)]
    return [w.strip(".,;:()").casefold() for w in got] == [w.casefold() for w in words]


def _repeated(findings: Sequence[Finding], names: dict[str, Finding], page_texts: dict[int, str],
              covered: dict[int, list[tuple[int, int]]]) -> list[Finding]:
    """A person's hand-written initials taken once ("(hl)") are the person's wherever else they stand as a
    word ("ring via mentorn hl"), but not after a number, where small letters are a unit ("30 cm")."""
    tokens: dict[str, Finding] = {}
    for f in findings:
        t = f.text
        if (f.category != "PERSON" or f.status == "rejected" or f.start is None or not 2 <= len(t) <= 10
                or not any(c.islower() for c in t) or (t.isalpha() and t.istitle()) or not _TOKEN.fullmatch(t)):
            continue
        letters = re.sub(r"[.\-]", "", t).casefold()
        if letters in _WORDS or letters in _DOTTED_WORDS or letters in _PARTICLES or t in tokens:
            continue
        if any(abbreviates(letters, key) for key in names):
            tokens[t] = f
    if not tokens:
        return []
    pattern = re.compile(r"(?<![\w.\-/@&])(" + "|".join(map(re.escape, sorted(tokens, key=len, reverse=True)))
                         + rf")(?![\w\-@]|\.[{_L}\d])")
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            if re.search(r"\d[ \t]?$", text[max(0, m.start() - 2):m.start()]):
                continue
            origin = tokens[m.group(1)]
            new.append(Finding(
                id=f"p{page}-abrep{len(new)}", page=page, start=m.start(), end=m.end(), text=m.group(1),
                category="PERSON", score=0.6, detector="initials",
                reason=f"samma initialer som på sida {origin.page}", subject=origin.subject,
            ))
            spans.append((m.start(), m.end()))
    return new
