"""Nicknames the document itself ties to a person: in brackets right after the full name ("Stig-Arne Wallgren
(Stickan)") or after the first name alone ("Reino (Repe)"), after a verb of calling ("Rêzan Kobani ... kallas Rê av
kamraterna"), also after the first name alone ("Oksana, som kollegerna kallade Ksenja"), and after a pronoun opening
the next sentence ("... väl. Han kallas Gaab").

No list nor rule of derivation holds every nickname ("Stickan" of Stig-Arne, "Vekku" of Veikko), but the text
says whose it is. The word must begin with the first two letters of the person's first name, be capitalised (not an abbreviation in
capitals), and be no ordinary word: not a title, not a function word, not written in lower case in the text.
In brackets right after the name any short word will do ("Sucaad (Fafa)"), unless it is written in brackets after
another person's name too (a role: "(Ers)"), a shortened role, a union or a country.
Further occurrences are left to propagation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.first_chars import compile_scanning, compiled
from redact.resolve.derived_short_forms import swedish_stop_words, title_words
from redact.types import Finding

SCORE = 0.6
_NICK = r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][a-zåäöéü\u00df-\u00ff\u0100-\u017f]{1,11}"
# the bracket may open the next line ("... Recep\n(Reco), ...")
_BRACKETED = re.compile(rf"[ \t]*(?:\n[ \t]*)?\((?P<nick>{_NICK})\)")
# A nickname in quotes right after the full name, in brackets or after a comma ('Ingrid Ek ("Ninni")',
# "Ingrid Ek, ”Ninni”,"): the quotes say it is what she is called.
_QUOTED_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*|,[ \t]*)[\"“”„«'‘’](?P<nick>{_NICK})[\"“”»'‘’]")
# The words of a phrase of calling may wrap onto the next line ("som alla kallar\nNono"): a space between two of its
# words is one or more blanks or a single line break.
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"


def _wrapping(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with each run of blanks widened to a blank gap that may hold one line break."""
    return re.compile(pattern.replace(r"[ \t]+", _GAP))


_CALLED = _wrapping(
    rf"(?<![\w-])(?i:kallas|kallad|kallade|kallades|kallar[ \t]+(?:honom|henne|hen|dem)|smeknamnet|smeknamn|"
    r"tilltalas|tilltalad|called|nicknamed|known[ \t]+as|goes[ \t]+by|heter|hette|"
    # the name someone signs with: "undertecknar med Rasse", "skriver under som Pato", "signerar sina bilder RezTa"
    r"undertecknar[ \t]+(?:med|som)|skriver[ \t]+under[ \t]+(?:med|som)|signerar(?:[ \t]+(?:med|som|sina[ \t]+\w+))?)"
    # the subject may stand between the verb and the nickname: "på avdelningen kallas han Sandis"
    rf"(?:[ \t]+(?:han|hon|hen|de|dom))?(?:[ \t]+för)?[ \t]+[\"“”'‘’]?(?P<nick>{_NICK})(?![\w-])"
)

# The nickname said of the person named just before, in the same clause ("Sakda Boonmee, som alla på lagret
# kallar Sak", "Anong Khamsing, som kallas Nong", "Erik-Jan Holm (kallas Ejje)"): the text says whose it is, so
# it need not share the name's opening letters.
_TIED = _wrapping(
    r"[ \t]*(?:,[ \t]*(?:\n[ \t]*)?(?:som[ \t]+(?:[^\W\d_]+[ \t]+){0,4}?(?:kallar|kallas|kallade|kallades|brukar[ \t]+kallas)"
    r"|kallad|kallas"
    # "Giorgos Papadakis, alias Jorgo", "Tomasz Nowak, mer känd som Tomek", "..., i familjen kallad Kasia"
    r"|alias|aka|a\.k\.a\.|(?:mer[ \t]+|mest[ \t]+)?känd[ \t]+som|(?:[^\W\d_]+[ \t]+){1,3}?(?:kallad|kallas))"
    r"|\([ \t]*(?:kallas|kallad|alias)|[ \t]+(?:kallas|kallades|kallad|alias)"
    # "Anneli Sund men kallas Nettan av alla", "Oluwaseun Adeyemi vill bli kallad Seun"
    r"|[ \t]+(?:men|och|som|vill)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:kallas|kallad|kallar[ \t]+sig))"
    rf"(?:[ \t]+(?:sig|för))?[ \t]+[\"“”'‘’]?(?P<nick>{_NICK})(?![\w-])"
)

# A nickname set off after the full name by the group or the place that uses it, no verb of calling ("Arbnor
# Kastrati, Noni bland kollegorna, ...", "Pirjo Lampi, Pipsa i byn, ..."): the people or the place in the definite
# form ("kollegorna", "grannarna", "byn", "laget"), and the apposition closes after it.
_GROUP_AFTER = _wrapping(
    rf",[ \t]*(?P<nick>{_NICK})[ \t]+(?:(?:bland|för|hos)[ \t]+(?:alla[ \t]+)?[a-zåäö]{{2,}}(?:na|en)"
    r"|(?:i|på|inom)[ \t]+[a-zåäö]{2,}(?:en|et|n|t|na))(?=[ \t]*[,;)])"
)
_GROUP_CUES = ("bland ", "för ", "hos ", "i ", "på ", "inom ")

# Words that say outright that a name follows, whoever bears it: "Hans smeknamn är Bullen", "Tilltalsnamn: Nisse",
# "går under namnet Jurga", "alias Jorgo". ("kallas" alone may name a room or a thing: "salen kallas Lyran".)
_NAMED_AS = _wrapping(
    r"(?<![\w-])(?i:smeknamn|smeknamnet|tilltalsnamn|tilltalsnamnet|alias|aka|a\.k\.a\.|"
    r"går[ \t]+(?:(?:han|hon|hen|de)[ \t]+)?under[ \t]+(?:namnet|smeknamnet)|"
    r"(?:mer[ \t]+|mest[ \t]+)?känd[ \t]+som|vill[ \t]+(?:bli[ \t]+)?(?:kallas|kallad))"
    rf"(?:[ \t]+(?:är|var|blir|blev))?[ \t]*:?[ \t]*[\"“”'‘’]?(?P<nick>{_NICK})(?![\w-])"
)
_CALLED_CUES = ("kalla", "Kalla", "smeknamn", "Smeknamn", "tilltala", "Tilltala", "called", "known as", "goes by",
                "heter", "hette", "undertecknar", "skriver under", "signerar")
# The nickname before the verb: "Hallis, som han kallas, ringer ofta".
_CALLED_BEFORE = _wrapping(rf"(?<![\w-])(?P<nick>{_NICK}),?[ \t]+som[ \t]+(?:han|hon|hen|de|alla|vi)[ \t]+"
                           r"(?:kallas|kallades|kallar[ \t]+(?:honom|henne|hen|dem)|brukar[ \t]+kallas)")
_NAMED_AS_CUES = ("smeknamn", "tilltalsnamn", "alias", "aka", "a.k.a.", "under namnet", "under smeknamnet",
                  "känd som", "vill bli", "vill kallas")


# A nickname's own shape, whatever name it comes from: a doubled consonant ("Ninni", "Pelle", "Lollo", "Gittan") or
# a pet name's ending ("Hallis", "Stickan", "Bosse", "Sussie", "Andy"). In brackets right after a person's full
# name such a word is that person's nickname even when it shares no letter with the name ("Ingrid ... (Ninni)").
_NICK_SHAPE = re.compile(r"^[^\W\d_][a-zåäöéü]*?(?:([b-df-hj-np-tv-zß])\1[a-zåäöéü]{1,3}|(?:is|an|isen|e|i|ie|y))$")


# an organisation's or a union's own name in brackets ("(Vision)", "(Kommunal)", "(Unionen)")
_ORG_WORD = re.compile(r"(?i)(?:ion|en|al|et|ab|förbund|verket|kassan|kommun|region)$")


# A short capitalised word in brackets right after a person's name is what that person is called, whatever its
# letters ("Sucaad (Fafa)", "Ploenpit (Fon)": many nicknames share nothing with the name), unless it is a label:
# the same word in brackets after another word too ("Anna Ek (Ers)", "Per Lind (Ers)"), a country, an
# organisation's word, or an ordinary word (checked by the caller). A nickname is short; a role is often longer.
_FREE_NICK_MAX = 7
_CAP_WORD = r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w-]*"
_AFTER_NAME = compile_scanning(rf"(?<![\w-])(?P<name>(?:{_CAP_WORD}[ \t]+){{0,2}}{_CAP_WORD})[ \t]*(?:\n[ \t]*)?"
                                  rf"\((?P<nick>{_NICK})\)")


def _bracket_labels(page_texts: dict[int, str], people: Sequence[Finding]) -> set[str]:
    """The words written in brackets after the names of two or more people on the pages ("Anna Ek (Ers)", "Per
    Lind (Ers)"; not "Eva Lund (Evi)" and "Lund (Evi)", one person named in full elsewhere): labels, not nicknames."""
    full = [set(f.text.split()) for f in people]
    after: dict[str, list[set[str]]] = {}
    for text in page_texts.values():
        if "(" in text:
            for m in _AFTER_NAME.finditer(text):
                words = set(m.group("name").split())
                words |= {w for name in full if name & words for w in name}
                after.setdefault(m.group("nick"), []).append(words)
    return {nick for nick, names in after.items()
            if any(not a & b for i, a in enumerate(names) for b in names[i + 1:])}


# a role shortened in a list of members ("Nils Ek (Sekr)", "Eva Lund (Ordf)") and the short names of Swedish unions
# ("Eva Dahl (Saco)"), written by hand
_ROLE_SHORT = frozenset({"ordf", "sekr", "ers", "just", "tjg", "tjänstg", "adj", "led", "suppl", "bitr", "frånv",
                         "närv", "jäv", "ej", "vice", "ledam", "tf", "avd", "enh", "förv",
                         "saco", "seko", "akavia", "ledarna", "handels", "byggnads", "ssr", "dik", "tco"})


def _bracketed(text: str, end: int, labels: set[str]) -> re.Match[str] | None:
    """A word in brackets right after ``end``, unless it is a label (see ``_bracket_labels``)."""
    m = _BRACKETED.match(text, end)
    return None if m is None or m.group("nick") in labels else m


def _free_nickname(nick: str, labels: set[str]) -> bool:
    """True for a word in brackets after a name that may be a nickname of any form (see ``_FREE_NICK_MAX``)."""
    return (len(nick) <= _FREE_NICK_MAX and nick not in labels and not _ORG_WORD.search(nick)
            and nick.casefold() not in _ROLE_SHORT)


def _place_word(word: str, text: str) -> bool:
    """True for a place the text names ("Anna Ek, Umeå i fjol"): a town after a name is where the person is."""
    from redact.detect.places import place_words, postal_towns

    return word in place_words(text) or word in postal_towns(text)


def _opening(word: str, n: int) -> str:
    """The first ``n`` letters without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word[:n]) if not unicodedata.combining(c)).casefold()


def _from_surname(nick: str, owner: Finding) -> bool:
    """True for a nickname made from the owner's surname, its first four letters and more ("Kalle Stjärnström
    (Stjärnan)", "Per Lindholm (Lindan)"): as long as a role may be, but no role opens as the surname does."""
    return len(nick) >= 5 and any(len(w) >= 5 and _opening(w, 4) == _opening(nick, 4)
                                  for w in owner.text.split()[1:])


def _initial(word: str) -> str:
    """The first two letters without accents ("Rê" -> "re"): a nickname keeps the name's opening, not always its
    accent ("Stickan" of Stig-Arne, "Vekku" of Veikko)."""
    return "".join(c for c in unicodedata.normalize("NFD", word[:2]) if not unicodedata.combining(c)).casefold()


def _people(findings: Sequence[Finding], page_texts: dict[int, str] | None = None) -> list[Finding]:
    return [*_full_names(findings), *(_widened(findings, page_texts) if page_texts else [])]


def _widened(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A surname found alone where the word before it is the first name of the same person found in full elsewhere
    ("Rewşen Zengin" in a table, "Rewşen Zengin (Rewo)" in a sentence where only "Zengin" was found): the full
    name as written there."""
    full = {" ".join(f.text.split()) for f in _full_names(findings)}
    # each full name's first names by its last word, in the order the names are met (a surname alone is looked up,
    # not compared with every full name: thousands of surnames times hundreds of names on a long document)
    firsts: dict[str, list[str]] = {}
    for name in full:
        first, _, last = name.rpartition(" ")
        firsts.setdefault(last, []).append(first)
    out: list[Finding] = []
    for f in findings:
        if f.category != "PERSON" or f.status == "rejected" or f.start is None or len(f.text.split()) != 1:
            continue
        for first in firsts.get(f.text, ()):
            a = f.start - len(first) - 1
            if first and a >= 0 and page_texts.get(f.page, "")[a:f.start] == f"{first} " \
                    and (a == 0 or not page_texts[f.page][a - 1].isalnum()):
                out.append(replace(f, start=a, text=f"{first} {f.text}"))
    return out


def _full_names(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.category == "PERSON" and f.status != "rejected" and f.start is not None
            and f.detector not in ("initials", "short_form") and len(f.text.split()) >= 2
            and f.text.split()[0][:1].isupper()]


_TIED_CUES = ("kalla", "alias", "aka", "känd som")


def _first_names_alone(findings: Sequence[Finding]) -> list[Finding]:
    """Persons found as one capitalised word ("Eleni", "Rodrigo"), the genitive aside."""
    return [f for f in findings if f.category == "PERSON" and f.status != "rejected" and f.start is not None
            and f.end is not None and f.detector not in ("initials", "short_form") and len(f.text.split()) == 1
            and f.text[:1].isupper() and not f.text.isupper() and f.text.replace("-", "").isalpha()]


def _ordinary(nick: str, texts: dict[int, str], named: set[str]) -> bool:
    from redact.detect.places import countries

    low = nick.casefold()
    # a country in brackets after a name is where the person is from ("Karin Berg (Sverige)")
    if nick in named or low in swedish_stop_words() or low in title_words() or (low,) in countries():
        return True
    # the word in lower case in running text is an ordinary word; in an e-mail address ("repe.heikura@...") it is
    # the person's own name again
    pattern = re.compile(rf"(?<![\w@.-]){re.escape(low)}(?![\w@-]|\.\w)")
    return any(pattern.search(t) for t in texts.values())


def find_named_nicknames(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A PERSON finding for each nickname the text ties to a person named in full (see the module docstring)."""
    people = _people(findings, page_texts)
    if not people:
        return []
    named = {w.strip(".,;:()") for f in people for w in f.text.split()}
    covered = {(f.page, f.start, f.end) for f in findings if f.start is not None}
    labels = _bracket_labels(page_texts, people)
    new: list[Finding] = []

    def add(page: int, m: re.Match[str], owner: Finding | None, owners_initials: set[str], why: str,
            tied: bool = False) -> None:
        nick = m.group("nick")
        a, b = m.start("nick"), m.end("nick")
        # a first name's first two letters, or a surname's first three ("Hallis" of Hallqvist)
        if (not tied and _initial(nick) not in owners_initials and _opening(nick, 3) not in owners_initials) \
                or (page, a, b) in covered:
            return
        if owner is not None and len(nick) > len(owner.text.split()[0]) + 2 and not _from_surname(nick, owner) \
                and not diminutive_of(nick, owner.text.split()[0]) and not doubled_syllable(nick, owner.text):
            return  # a nickname is short: "Anna Berg (Ansvarig)" adds a role; a diminutive may be longer ("Igusia")
        if _ordinary(nick, page_texts, named):
            return
        covered.add((page, a, b))
        new.append(Finding(
            id=f"p{page}-nick{len(new)}", page=page, start=a, end=b, text=nick, category="PERSON", score=SCORE,
            detector="short_form", reason=why,
            subject=" ".join(owner.text.split()).casefold() if owner is not None else None,
        ))

    for f in people:
        text = page_texts.get(f.page, "")
        m = _QUOTED_AFTER.match(text, f.end)
        if m:
            add(f.page, m, f, set(), "smeknamn inom citattecken efter namnet", tied=True)
            continue
        m = _bracketed(text, f.end, labels)
        if m:
            nick = m.group("nick")
            # a pet name's shape, or the first letter of one of the name's words ("Thanawat Srisuk (Tom)"); a party's
            # letter, a role or an organisation in brackets is none ("(M)", "(Ordförande)", "(Vision)")
            same_letter = any(_opening(w, 1) == _opening(nick, 1) for w in f.text.split())
            add(f.page, m, f, {_initial(f.text)}, "smeknamn inom parentes efter namnet",
                tied=bool(_NICK_SHAPE.match(nick)) or (same_letter and not _ORG_WORD.search(nick))
                or _free_nickname(nick, labels) or doubled_syllable(nick, f.text))
            continue
        if any(w in text[f.end:f.end + 60] for w in _TIED_CUES):
            m = _TIED.match(text, f.end)
            if m:
                add(f.page, m, f, set(), "smeknamn efter 'kallas' om personen just före", tied=True)
                continue
        if text[f.end:f.end + 1] == "," and any(w in text[f.end:f.end + 40] for w in _GROUP_CUES):
            m = _GROUP_AFTER.match(text, f.end)
            if m and len(m.group("nick")) <= _FREE_NICK_MAX and not _place_word(m.group("nick"), text):
                add(f.page, m, f, set(), "smeknamn efter namnet med kretsen som använder det", tied=True)
    # a first name alone in running text with a short form in brackets right after it ("Reino (Repe)", "Yrjö
    # (Jyri)"): the short form shares the name's opening letters, has a pet name's shape or is listed for it
    from redact.resolve.short_forms import short_forms_of  # (here: short_forms imports this module)

    for f in _first_names_alone(findings):
        text = page_texts.get(f.page, "")
        m = _bracketed(text, f.end, labels)
        if m and f.text[:1].isupper():
            nick = m.group("nick")
            listed = nick in short_forms_of(f.text)
            add(f.page, m, f, {_initial(f.text)}, "smeknamn inom parentes efter förnamnet",
                tied=listed or (bool(_NICK_SHAPE.match(nick)) and _opening(nick, 1) == _opening(f.text, 1))
                or _free_nickname(nick, labels) or doubled_syllable(nick, f.text))
    # a surname alone of a person named in full elsewhere, a short form in brackets right after it ("Lindqvist
    # (Hedde)" where "Hedvig Lindqvist" stands in a table): a pet name's shape opening as the first name or the surname
    owners_by_surname = {f.text.split()[-1]: f for f in people if f.text.split()[-1].replace("-", "").isalpha()}
    for f in _first_names_alone(findings):
        owner = owners_by_surname.get(f.text)
        text = page_texts.get(f.page, "")
        m = _bracketed(text, f.end, labels)
        if owner is None or m is None or owner.text.split()[0] == f.text:
            continue
        nick = m.group("nick")
        opens = {_opening(owner.text.split()[0], 1), _opening(f.text, 1)}
        add(f.page, m, owner, set(), "smeknamn inom parentes efter efternamnet",
            tied=bool(_NICK_SHAPE.match(nick)) and _opening(nick, 1) in opens)
    # a first name alone, already found as a person, ties the nickname said of it the same way ("Oksana, som
    # kollegerna kallade Ksiusha", "Dimitra kallas Mimika"): the clause says whose name it is
    alone = [(f.page, f.end, f) for f in _first_names_alone(findings)]
    # ... and so does the first name of a person named in full, wherever it stands alone (propagation marks it later)
    firsts = {f.text.split()[0]: f for f in people if f.text.split()[0].replace("-", "").isalpha()}
    if firsts:
        word = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True))
                          + r")(?![\w-])")
        for page, text in page_texts.items():
            if any(w in text for w in _TIED_CUES):
                alone += [(page, m.end(), firsts[m.group(0)]) for m in word.finditer(text)]
    for page, end, f in alone:
        text = page_texts.get(page, "")
        if any(w in text[end:end + 60] for w in _TIED_CUES):
            m = _TIED.match(text, end)
            if m:
                add(page, m, f, set(), "smeknamn efter 'kallas' om förnamnet just före", tied=True)
    initials = {}
    for f in people:
        initials.setdefault(_initial(f.text), []).append(f)
        for part in f.text.split()[1:]:
            if len(part) >= 4:  # a surname's opening: a nickname made from it ("Hallis" of Hallqvist)
                initials.setdefault(_opening(part, 3), []).append(f)
    for page, text in sorted(page_texts.items()):
        low = text.lower()
        if any(w in low for w in _NAMED_AS_CUES):
            for m in _NAMED_AS.finditer(text):
                add(page, m, None, set(), "smeknamn eller tilltalsnamn som texten säger är ett namn", tied=True)
        if not any(w in text for w in _CALLED_CUES):
            continue  # the cheap test: no verb of calling on the page
        for m in [*_CALLED.finditer(text), *_CALLED_BEFORE.finditer(text)]:
            owners = initials.get(_initial(m.group("nick")), []) or initials.get(_opening(m.group("nick"), 3), [])
            distinct = {" ".join(o.text.split()).casefold() for o in owners}
            said_of = _said_of_person_before(m, text, [f for f in people if f.page == page])
            if not owners and said_of is not None:
                # "Dušan Radulović ...; han kallas Gaga": the pronoun points back to the person just named
                add(page, m, said_of, set(), "smeknamn efter 'han/hon kallas' om personen just före", tied=True)
                continue
            if not owners and _KIN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                # "hans bror kallas Franek", "Sonen heter Mille": a relative is a person, whatever the name's letters
                add(page, m, None, set(), "smeknamn efter 'kallas' om en släkting", tied=True)
                continue
            add(page, m, owners[0] if len(distinct) == 1 else None, set(initials), "smeknamn efter 'kallas'")
    return new


# A relative (or a neighbour, a friend, a colleague) right before the verb of calling: the one called so is a person.
# With a possessive or a genitive before it ("hans bror", "Annas dotter"), or in the definite form ("Sonen").
_KIN_NOUNS = (r"bror|syster|son|dotter|far|mor|pappa|mamma|make|maka|fru|hustru|man|sambo|partner|kusin|farbror|"
              r"morbror|moster|faster|farmor|farfar|mormor|morfar|svåger|svägerska|svärson|svärdotter|svärfar|svärmor|"
              r"brorson|brorsdotter|systerson|systerdotter|barnbarn|lillebror|storebror|lillasyster|storasyster|"
              r"halvbror|halvsyster|styvson|styvdotter|tvillingbror|tvillingsyster|granne|vän|väninna|kompis|kollega")
_KIN_DEFINITE = (r"brodern|systern|sonen|dottern|fadern|modern|pappan|mamman|maken|makan|frun|hustrun|mannen|sambon|"
                 r"kusinen|svågern|svägerskan|grannen|vännen|kompisen|kollegan|barnbarnet")
_KIN_BEFORE = compiled(
    rf"(?<![\w-])(?:(?i:hans|hennes|hens|deras|sin|min|din|vår|er|dess)[ \t]+(?i:{_KIN_NOUNS})"
    rf"|[A-ZÅÄÖ][^\W\d_]+s[ \t]+(?i:{_KIN_NOUNS})|(?i:{_KIN_DEFINITE}))"
    r"(?:[ \t]*,[ \t]*som|[ \t]+(?:numera|oftast|alltid|bara|också|även))?[ \t]+$")

# Diminutive endings of Slavic, Baltic and other first names, added to the name's stem ("Iga" -> "Igusia", "Ola"
# -> "Olunia", "Jan" -> "Janek", "Kasia" -> "Kasieńka", "Natasja" -> "Natasjenka"): a pet name longer than the name.
_DIMINUTIVE_ENDINGS = ("usia", "unia", "usiu", "uś", "uńcia", "eczka", "eńka", "ieńka", "enka", "ochka", "otjka",
                       "usjka", "ushka", "ek", "ka", "sia", "nia", "cia", "zia", "ik", "iko", "itos", "ito", "ita",
                       "ina", "ino", "chen", "lein")


def diminutive_of(nick: str, first: str) -> bool:
    """True when ``nick`` is ``first``'s stem (its last vowel dropped) with a diminutive ending ("Igusia" of Iga)."""
    low, name = _opening(nick, len(nick)), _opening(first, len(first))
    stem = name[:-1] if len(name) >= 3 and name[-1] in "aeiouy" else name
    return (len(stem) >= 2 and low.startswith(stem) and len(low) > len(stem) + 1
            and low[len(stem):].endswith(_DIMINUTIVE_ENDINGS))


def doubled_syllable(nick: str, name: str) -> bool:
    """True when ``nick`` is one syllable said twice that opens a word of the name ("Yunyun" of Yao Yun, "Wenwen"
    of Xiao Wenjie, "Lili" of Li Na): the pet name Chinese families give, as long as the name or longer, and
    ending as an organisation's word may ("-en")."""
    low = _opening(nick, len(nick))
    half = len(low) // 2
    if len(low) % 2 or half < 2 or low[:half] != low[half:] or not low.isalpha():
        return False
    return any(_opening(w, len(w)).startswith(low[:half]) for w in name.split())


_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?:han|hon|hen)[ \t]+$", re.IGNORECASE)
_PRONOUN_START = re.compile(r"(?:Han|Hon|Hen)[ \t]+")
_PRONOUN_IN = re.compile(r"(?<![\w-])(?:han|hon|hen)(?![\w-])", re.IGNORECASE)
# a sentence's end: a full stop, a question or an exclamation before a capital
_SENTENCE_END = re.compile(r"[.!?][ \t\n]+[A-ZÅÄÖ]")


def _said_of_person_before(m: re.Match[str], text: str, people: Sequence[Finding]) -> Finding | None:
    """The person named last before a verb of calling with a personal pronoun ("han kallas", "kallas hon"), in the
    same sentence and within a few lines; None when no pronoun or no such person."""
    verb = m.start()
    if not (_PRONOUN_BEFORE.search(text, max(0, verb - 6), verb) or _PRONOUN_IN.search(text, verb, m.start("nick"))):
        return None
    before = [f for f in people if f.end is not None and f.end <= verb and verb - f.end <= 120
              and not _SENTENCE_END.search(text, f.end, verb)]
    if not before:
        # "Semir Hodžić har skött kassan väl. Han kallas Keko av barnen": a sentence that opens with the
        # pronoun speaks of the person the sentence before named last
        opening = list(_SENTENCE_END.finditer(text, max(0, verb - 200), verb))
        if opening and _PRONOUN_START.match(text, opening[-1].end() - 1) \
                and _PRONOUN_START.match(text, opening[-1].end() - 1).end() >= verb - 1:
            cut = opening[-1].start()
            before = [f for f in people if f.end is not None and f.end <= cut and cut - f.end <= 160
                      and not _SENTENCE_END.search(text, f.end, cut)]
    return max(before, key=lambda f: f.end) if before else None
