"""Proposed names cut back to the name: a title inside a run of capitalised words splits it
("Gunvor Lindahl Justerande Hamid Rostami" is two people and a role), and a lone unlisted
word with the ending of a Swedish common noun ("Dialogmöte", "Bostadsanpassning") is no name
wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from redact.detect.first_chars import compiled
from redact.detect.not_initials import LAW_ABBREVIATIONS
from redact.detect.sentence_start import NOUN_ENDINGS
from redact.resolve.name_forms import trade_firm_spans
from redact.types import Finding

_WORD = re.compile(r"\S+")


def split_at_titles(findings: list[Finding], text: str, titles: frozenset[str],
                    is_name: Callable[[str], bool] = lambda w: False) -> list[Finding]:
    """Each PERSON finding of two words or more split where one of its words is a title, the title left out."""
    out: list[Finding] = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or len(f.text.split()) < 2:
            # one word that is a role's genitive or a compound ending in a role ("Handläggarens",
            # "Hjälpmedelskonsulent"): no name; a listed role alone is left to the other rules
            w = f.text.strip().strip(".,:;")
            if (f.category == "PERSON" and f.detector == "names" and " " not in w and w[:1].isupper()
                    and w.lower() not in titles and (_role_word(w, titles) or w.lower() in _SIGNING_VERBS)
                    and not is_name(w)):
                continue  # "Justeras" alone after "Vid protokollet": the verb of the signature line
            out.append(f)
            continue
        from redact.detect.common_nouns import definite_plural

        words = [(f.start + m.start(), f.start + m.end(), m.group()) for m in _WORD.finditer(f.text)]
        # a title that is also a name ("Bror", "Pastor") stays
        cuts = [i for i, (_, _, w) in enumerate(words)
                if (w.strip(".,:;").lower() in titles or _role_word(w.strip(".,:;"), titles)
                    or _definite_title(w.strip(".,:;"), titles)
                    or (i == 0 and (w.strip(".,:;").lower() in _SIGNING_VERBS
                                    or definite_plural(w.strip(".,:;"))))
                    or (i > 0 and w in _NICKNAME_VERBS))
                and not is_name(w.strip(".,:;"))]
        if (cuts and cuts[-1] == len(words) - 1 and (cuts[-1] >= 2 or cuts == [1] and is_name(words[0][2]))
                and _surname_spelt_as_title(text, f, words)):
            # "Randi Kvikkjokk Påve, 070-...": a capitalised title after two names in a sentence is a second
            # surname ("Påve", "Biskop"); a role comes before the name, or after a comma in small letters
            cuts = cuts[:-1]
        if cuts and cuts[-1] == len(words) - 1 and cuts[0] > 0 and NAME_CELL_NOTE in f.reason:
            # "Sunna Kung" filling a name column's cell: a surname spelt as a title ("Kung", "Präst") after the given
            # name, no role (a role opens the cell: "Rektor Eva Holm")
            cuts = cuts[:-1]
        if not cuts:
            out.append(f)
            continue
        pieces, last = [], 0
        for i in [*cuts, len(words)]:
            if i > last:
                pieces.append((words[last][0], words[i - 1][1]))
            last = i + 1
        for n, (a, b) in enumerate(pieces):
            out.append(replace(f, id=f"{f.id}-{n}", start=a, end=b, text=text[a:b]))
    return out


# a lowercase word of running text, then blanks, right before a name on its line ("Hans barnbarn Randi ...")
_PROSE_BEFORE = re.compile(r"(?<![\w-])[a-zåäöé][a-zåäöé]*,?[ \t]+$")


def _surname_spelt_as_title(text: str, f: Finding, words: list[tuple[int, int, str]]) -> bool:
    """True when a span's last word, a title, ends a name of three words or more in running text: one blank before
    it, a comma, a semicolon or a bracket after it, and a lowercase word of the sentence before the span on its
    line (not a table row's cells nor a signature line, where a role may follow the name)."""
    (_, prev_end, _), (start, end, word) = words[-2], words[-1]
    if word[-1:] in ",;)":
        end -= 1
    if (text[prev_end:start] != " " or not word[:1].isupper() or word.isupper()
            or text[end:end + 1] not in (",", ";", ")")):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    if not text[line_start:f.start].strip() and line_start > 0:
        # the name opens its line: the sentence wrapped before it ("Hans barnbarn\nRandi Kvikkjokk Påve, ...")
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    before = text[line_start:f.start].replace("\n", " ")
    return _PROSE_BEFORE.search(before) is not None and "|" not in before


# The note a name column's cell carries (cell_findings._column_supported, table_column findings).
NAME_CELL_NOTE = "namn i en kolumn under rubriken"


# A verb or noun that opens a note of who checked or signed, before the initials ("Justerat KN", "Attest ÅWe"):
# ordinary Swedish participles, supines and nouns, written for this project. A noun in the definite plural
# opening a span is cut the same way ("Makarna Lindholm": the couple, then their name).
_SIGNING_VERBS = frozenset({
    "attest", "justering", "justerat", "justerad", "justeras", "signerat", "signerad", "attesterat", "attesterad", "granskat", "granskad",
    "godkänt", "godkänd", "kontrollerat", "kontrollerad", "upprättat", "upprättad", "utfärdat", "utfärdad",
    "beslutat", "handlagt", "registrerat", "registrerad", "noterat", "antecknat", "kvitterat", "kvitterad",
})


# The verb between a name and the name a person goes by ("Robel kallas Robi"): two names, the verb no part of them.
_NICKNAME_VERBS = frozenset({"kallas", "kallad", "kallade", "kallades"})


def _definite_title(word: str, titles: frozenset[str]) -> bool:
    """A listed title in the definite form the list leaves out ("Optikern", "Kuratorn", "Tandhygienisten")."""
    low = word.lower()
    return low.isalpha() and len(low) >= 6 and (low.endswith("n") and low[:-1] in titles
                                                or low.endswith("en") and low[:-2] in titles)


# The kinship words a patronymic surname ends in ("Eriksdotter", "Olofsdottir"): titles too, no role there.
_PATRONYMIC_ENDS = frozenset({"dotter", "dottir", "datter", "broder", "syster"})


# Short roles that end a compound role no list holds ("Volontärchef", "Kulturstrateg", "Eventledare", "Lägervärd"): too
# short for the ending test below, which would take surnames' ends, but no Swedish surname ends so.
_SHORT_ROLE_HEADS = ("chef", "chefen", "strateg", "strategen", "ledare", "ledaren", "värd", "värden")


def _role_word(word: str, titles: frozenset[str]) -> bool:
    """A role's genitive ("Handläggarens") or a compound ending in a role of seven letters or more
    ("Hjälpmedelskonsulent", "Anhörigkonsulentens"): a title too, though no list holds it."""
    low = word.lower()
    if not low.isalpha() or len(low) < 8:
        return False
    if any(low.endswith(head) and len(low) - len(head) >= 4 for head in _SHORT_ROLE_HEADS):
        return True  # "Volontärchef", "Kulturstrateg", "Eventledare": a compound ending in a short role
    if low.endswith(("iker", "ikern")):
        return True  # "Keramiker", "Elektrikern", "Statistiker": a trade's noun of that ending, no name has it
    for form in (low, low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("ns") else None,
                 low[:-3] if low.endswith("ens") else None):
        if form and form in titles and form != low:
            return True
        # (each of the form's endings looked up in the titles: a scan of every title costs a hundred times more)
        if form and any(form[-k:] in titles for k in range(7, len(form) - 2)):
            return True
        # a shorter role after a compound's joining "s" ("Digitaliseringscoach", "Föreningscoach"): the joint
        # says the word is a compound; a patronymic is a surname of that shape ("Eriksdotter")
        if form and any(form[-k - 1] == "s" and form[-k:] in titles and form[-k:] not in _PATRONYMIC_ENDS
                        for k in range(5, len(form) - 4)):
            return True
    return False




# an abbreviation inflected after a colon, as Swedish writes it ("sms:en", "cd:n", "USB:n", "SMS:et"): no name; the
# abbreviation is all lower case or all capitals, as a short name with its ending after a colon ("Mari:s") is not
_COLON_INFLECTED = re.compile(r"(?:[a-zåäö]{2,5}|[A-ZÅÄÖ]{2,5}):(?:a|ar|arna|or|orna|er|erna|n|en|et|s|ns|ens|ets|ade|at)")


def ordinary_noun(f: Finding, is_name: Callable[[str], bool]) -> bool:
    """True for a proposed name that is a law's abbreviation ("SoL"), an abbreviation inflected after a colon
    ("sms:en"), or unlisted words one of which,
    of seven letters or more, has a common-noun ending ("Dialogmöte", "Bostadsanpassning Ekvik"), or is an address's
    word or a number's label ("Skadad Gatuadress", "Hyresgäst Regnr": a header row read as one)."""
    if f.category != "PERSON":
        return False
    words = [w.strip(".,:;()") for w in f.text.split()]
    if len(words) == 1 and (words[0] in LAW_ABBREVIATIONS or _COLON_INFLECTED.fullmatch(words[0])):
        return True
    if not words or len(words) > 3 or any(not w.isalpha() or not w[:1].isupper() or w.isupper() for w in words):
        return False
    if any(is_name(w) for w in words):
        return False
    return any((len(w) >= 7 and w.lower().endswith(NOUN_ENDINGS + _HEADER_NOUN_ENDINGS))
               or (len(w) >= 8 and w.lower().endswith(_AGENT_GENITIVE_ENDINGS))
               or w.lower().endswith(_ADDRESS_NOUN_ENDINGS + _NUMBER_LABEL_ENDINGS) for w in words)



def names_a_field(f: Finding) -> bool:
    """True for a proposed name one of whose words ends as a header's noun does ("Gatuadress", "Regnr",
    "Kontaktuppgifter", "Fastighetsägarens"): a header row read as a name column's cell, whatever the column."""
    words = [w.strip(".,:;()").lower() for w in f.text.split()]
    return any(w.endswith(_ADDRESS_NOUN_ENDINGS + _NUMBER_LABEL_ENDINGS)
               or (len(w) >= 7 and w.endswith(_HEADER_NOUN_ENDINGS))
               or (len(w) >= 8 and w.endswith(_AGENT_GENITIVE_ENDINGS)) for w in words)


# What a table's or a section's header names, as a word's end ("Kontaktuppgifter", "Lönekonto", "Personuppgifter").
_HEADER_NOUN_ENDINGS = ("uppgift", "uppgifter", "uppgifterna", "konto", "kontot", "ekonomi", "ekonomin", "avgift",
                        "avgifter", "belopp", "beloppet", "kommentar", "kommentarer", "information", "skulder")
# The definite genitive of a doer's noun in "-are" ("Fastighetsägarens adress", "Fordonsägarens", "Innehavarnas"): a header
# cell's or a sentence's noun, no name ends so
_AGENT_GENITIVE_ENDINGS = ("arens", "arnas")
# An address's word, alone or as a compound's end ("Adress", "Gatuadress", "Hemadresser"): no name ends so,
# however short
_ADDRESS_NOUN_ENDINGS = ("adress", "adressen", "adresser", "adresserna")
# A number's label, whole or short ("Regnr", "Kundnummer", "Kundreferens"): a header cell beside a name's header
# ("Hyresgäst Regnr" read as one), no name ends so
_NUMBER_LABEL_ENDINGS = ("nr", "nummer", "referens")


_NAME_LINE = re.compile(r"(?m)^[ \t]*([A-ZÅÄÖÉÜ][\w'’-]+(?:[ \t]+[A-ZÅÄÖÉÜ][\w'’-]+){1,4})[ \t]*$")


def extend_to_recipient_line(findings: list[Finding], text: str) -> list[Finding]:
    """A name found in part on the line above an address ("Faduma Abdi Hassan" / "Norrgårdsvägen 31")
    widened to the whole line: a letter's recipient block holds the name and nothing else."""
    addresses = [f.start for f in findings if f.category == "ADDRESS" and f.start is not None]
    if not addresses:
        return findings
    out = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or "\n" in f.text:
            out.append(f)
            continue
        a = text.rfind("\n", 0, f.start) + 1
        b = text.find("\n", f.end)
        b = len(text) if b < 0 else b
        m = _NAME_LINE.match(text, a, b)
        nxt = b + 1
        if m and (m.start(1), m.end(1)) != (f.start, f.end) and len(f.text.split()) >= 2 and any(
                nxt <= s <= nxt + 3 for s in addresses):
            out.append(replace(f, start=m.start(1), end=m.end(1), text=m.group(1)))
        else:
            out.append(f)
    return out


# A sole trader's trade after the name ("Olle Bergqvist Snickeri", "Wanjiru Kamau Catering"): the firm's
# line of business, no part of the person's name.
TRADE = compiled(
    r"(?i:[a-zåäö]{3,}(?:eri|ering)|[a-zåäö]*(?:översättning|redovisning|tjänst|tjänster|service|konsult|"
    r"konsulting|consulting|design|transport|handel|teknik|förlag|trädgård|åkeri|tolkning|juridik|frisör|ekonomi|"
    # "Familjestöd", "Thaimassage", "Konstsmide", "Hemomsorg"
    r"stöd|massage|smide|omsorg|coaching|"
    # a taxi's, a school bus's, a machine contractor's firm ("Rödnäs Taxi", "Kallbäckens Skolskjuts", "Lillmyrans
    # Maskin", "Åsby Entreprenad")
    r"taxi|skjuts|maskin|maskiner|entreprenad)"
    # short trade words only as the whole word: "-el" and "-data" end names too ("Daniel")
    r"|bygg|foto|städ|frakt|media|massage|el|vvs|data|catering|import|export|"
    # a coach firm by its region ("Dala Buss", "Norrlands Bussresor"), a digging contractor by its village ("Ekeby Gräv"),
    # a plumber's or a floor layer's ("Ekeby Rör", "Åsby Golv")
    r"buss|bussar|bussresor|gräv|rör|golv|"
    # a storage firm by its place ("Åsby Lager", "Ekeby Förråd", "Norrviks Magasin"), a berry or fruit grower's by
    # its region ("Dala Bär")
    r"lager|förråd|förvaring|magasin|bär|frukt)")
# A signature label after a name broken over the line ("Hawa Jama" / "Justerandes signatur").
_SIGNATURE_AFTER = re.compile(r"[ \t]+(?:signatur|underskrift|namnförtydligande|sign\b)", re.IGNORECASE)
_ROLE_GENITIVE = re.compile(r"(?i:[a-zåäö]+(?:andes|endes))")


def _surname_written_whole(word: str, text: str, at: int) -> bool:
    """True when the text writes ``word`` after a given name elsewhere ("Karim Al-Sayed" beside "Al-Sayed Bygg")."""
    w = word.strip(".,:;")
    if not w[:1].isupper():
        return False
    whole = re.compile(rf"(?<![\w-])[A-ZÅÄÖ][^\W\d_]+[ \t]+({re.escape(w)})(?![\w-])")
    return any(m.start(1) != at for m in whole.finditer(text))


def trim_trade_and_role_words(findings: list[Finding], text: str,
                              is_name: Callable[[str], bool] = lambda w: False) -> list[Finding]:
    """PERSON findings without a trailing trade word of a sole trader's firm, or a role's genitive that
    opens the next line before "signatur"; the name itself (two words at least) is kept. A finding inside a firm
    named by a surname and its trade ("Erikssons Snickeri") is dropped."""
    out: list[Finding] = []
    firms = trade_firm_spans(text) if any(f.category == "PERSON" for f in findings) else []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None:
            out.append(f)
            continue
        if any(a <= f.start and f.end <= b for a, b in firms):
            continue  # "Erikssons Snickeri", "Karimi Mark & Schakt": a sole trader's firm by its name (see name_forms)
        words = [(f.start + m.start(), f.start + m.end(), m.group()) for m in _WORD.finditer(f.text)]
        # (a surname and the trade alone, "Al-Sayed Bygg", when the text writes the surname after a given name too)
        if len(words) >= 3 or len(words) == 2 and _surname_written_whole(words[0][2], text, words[0][0]):
            a, _, last = words[-1]
            bare = last.strip(".,:;")
            trade = TRADE.fullmatch(bare) is not None and not is_name(bare)
            role = (_ROLE_GENITIVE.fullmatch(bare) is not None and "\n" in text[words[-2][1]:a]
                    and _SIGNATURE_AFTER.match(text, words[-1][1]) is not None)
            if trade or role:
                end = words[-2][1]
                out.append(replace(f, end=end, text=text[f.start:end]))
                continue
        out.append(f)
    return out


# A street's name as one word ("Myrbergsvägen", "Kvarngatan"): a name read by the model may have taken it in.
# Only the endings no surname has ("-hagen", "-backen", "-gården" end surnames as well).
_STREET_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:vägen|gatan|gränden|stigen|torget|allén|leden|gången)")


def trim_street_words(findings: list[Finding], is_name: Callable[[str], bool] = lambda w: False) -> list[Finding]:
    """PERSON findings without a street's name at their start or end ("Mäta Myrbergsvägen" read as a name
    in a list of tasks); a finding left with one unlisted word is no name at all."""
    out: list[Finding] = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or f.detector in ("table_column", "initials"):
            out.append(f)
            continue
        words = [(f.start + m.start(), f.start + m.end(), m.group().strip(".,:;")) for m in _WORD.finditer(f.text)]
        if len(words) < 2 or not any(_STREET_WORD.fullmatch(w) and not is_name(w) for _, _, w in (words[0], words[-1])):
            out.append(f)
            continue
        while words and _STREET_WORD.fullmatch(words[-1][2]) and not is_name(words[-1][2]):
            words.pop()
        while words and _STREET_WORD.fullmatch(words[0][2]) and not is_name(words[0][2]):
            words.pop(0)
        if not words or (len(words) == 1 and not is_name(words[0][2])):
            continue
        a, b = words[0][0], words[-1][1]
        out.append(replace(f, start=a, end=b, text=f.text[a - f.start:b - f.start]))
    return out


# an English function word as a sentence opens it: a capital and small letters, three or more, no initial's dot
_OPENER = re.compile(r"[A-Z][a-z]{2,}")


def trim_english_openers(findings: list[Finding], is_name: Callable[[str], bool] = lambda w: False) -> list[Finding]:
    """PERSON findings but those of capitalised English function words and a country or a listed place abroad
    ("Before Norway I lived …", "After Bergen …": a sentence's first words read as a name). Any other finding is
    left whole: one that holds a listed name ("Even Dahl": "Even" is a given name too), opens with an initial
    ("A. Orlova") or names a home ("The Old Mill" of an address, which its mask covers whole)."""
    from redact.detect.foreign_words import FUNCTION_WORDS
    from redact.detect.places import listed_abroad

    out: list[Finding] = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or f.detector in ("table_column", "initials"):
            out.append(f)
            continue
        words = [m.group().strip(".,:;") for m in _WORD.finditer(f.text)]
        cut = 0
        while cut < len(words) - 1 and _OPENER.fullmatch(words[cut]) and words[cut].lower() in FUNCTION_WORDS:
            cut += 1
        if not cut or cut != len(words) - 1 or any(is_name(w) for w in words) or not listed_abroad(words[-1]):
            out.append(f)
    return out


# a noun that labels a number of the one it names ("Kund KN 5514 7752", "Ämne: Klient SFV-K 20533"), never a name
_NUMBER_OWNER_NOUN = re.compile(r"(?i)(?:kund|kunden|klient|klienten|patient|patienten|abonnent|abonnenten|"
                                r"medlem|medlemmen|elev|eleven|sökande|sökanden|arrendator|arrendatorn|hyresgäst|"
                                r"hyresgästen)")


def drop_label_before_codes(findings: list[Finding], text: str,
                            is_name: Callable[[str], bool] = lambda w: False) -> list[Finding]:
    """Without a PERSON finding that is a label's or a vehicle's noun and the letters opening an identifier or a plate
    right after it ("Kund KN" of "Kund KN 5514 7752", "Skotern SXL" of "Skotern SXL 07D"): the model read the label
    and the code's series as a first name and a surname. The noun stays readable; the letters and the digits after
    them are the identifier (one no rule found yet becomes one). A listed name before the code ("Berg KN …") stays a
    name."""
    from redact.detect.license_plate import vehicle_noun

    codes = [(f.start, f.end) for f in findings
             if f.category in ("ID_NUMBER", "LICENSE_PLATE") and f.start is not None and f.end is not None]
    out = []
    for f in findings:
        if f.category == "PERSON" and f.start is not None and f.end is not None:
            m = re.match(r"([^\W\d_]+)[ \t]+", f.text)
            # the owner's noun ("Kund KN 5514 …") or the vehicle's ("Skotern SXL 07D är såld")
            if m is not None and (_NUMBER_OWNER_NOUN.fullmatch(m.group(1)) or vehicle_noun(m.group(1))) and not is_name(
                    m.group(1)):
                if any(f.start + m.end() <= a < f.end <= b for a, b in codes):
                    continue
                digits = _DIGITS_AFTER.match(text, f.end)
                if _SERIES_BEFORE_DIGITS.fullmatch(f.text, m.end()) and digits is not None:
                    a = f.start + m.end()
                    out.append(replace(f, start=a, end=digits.end(), text=text[a:digits.end()], category="ID_NUMBER",
                                       reason=f"{f.reason}; serie och siffror efter etiketten {m.group(1)!r}"))
                    continue
        out.append(f)
    return out


# the year and the serial of the body's own numbering after a series' letters ("EM 2027-004418", "SBF 2027/441")
# (or the year's two figures and a serial, "LST VG 27-4421", or a code of the unit's letters, its serial and the
# year's two figures: "SU FV-4418-27")
_YEAR_SERIAL_AFTER = re.compile(r"[ \t\u00a0]+(?:(?:19|20)\d\d[-/:]\d+|\d\d-\d{3,}(?![\w-])"
                                r"|[A-ZÅÄÖ]{1,4}-\d{3,}-\d\d(?![\w-]))")


def drop_own_paper_series(findings: list[Finding], text: str, is_name: Callable[[str], bool]) -> list[Finding]:
    """Without a PERSON finding of the noun of the body's own paper and a series' letters (one group or two) right
    before the year and the serial of its number ("Beslut EM" of "Beslut EM 2027-004418"): the model read the noun
    and the letters as a first name and a surname; the paper is the authority's own, its number no one's, so neither
    becomes an identifier. A listed name as the noun ("Berg EM 2027-…") stays a name."""
    from redact.detect.code_columns import _names_own_paper

    out = []
    for f in findings:
        if f.category == "PERSON" and f.start is not None and f.end is not None:
            words = f.text.split()
            if (len(words) in (2, 3) and _names_own_paper(words[0]) and not is_name(words[0])
                    and all(_SERIES_BEFORE_DIGITS.fullmatch(w) for w in words[1:])
                    and _YEAR_SERIAL_AFTER.match(text, f.end)):
                continue
        out.append(f)
    return out


# a code right after a word: its capitals, a dash or a space perhaps, its digits ("BR-08", "TR 12")
_CODE_AFTER = re.compile(r"[ \t\u00a0]+(?P<letters>[A-ZÅÄÖ]{2,4})[- \u00a0]?\d")


def drop_code_nouns(findings: list[Finding], text: str, is_name: Callable[[str], bool]) -> list[Finding]:
    """Without a PERSON finding of one word no name list holds right before a code whose capitals are the word's first
    letters ("Bron" of "Bron BR-08", "Trumma" of "Trumma TR-12"): the register writes what it numbers into the code,
    so the word is the thing's noun, no name. A listed name there ("Bror BR-08") stays a name."""
    out = []
    for f in findings:
        if f.category == "PERSON" and f.start is not None and f.end is not None:
            word = f.text.strip()
            code = _CODE_AFTER.match(text, f.end)
            if (code is not None and word.isalpha() and " " not in word and len(word) > len(code.group("letters"))
                    and word.upper().startswith(code.group("letters")) and not is_name(word)):
                continue
        out.append(f)
    return out


# a number's word and the number after a word: the word names a numbered thing ("Revers nr 2019-0441")
_NUMBER_WORD_AFTER = re.compile(r"[ \t]+(?:nr\.?|nummer|no\.)[ \t]*:?[ \t]*[A-ZÅÄÖ]{0,3}[ -]?\d")


def drop_numbered_nouns(findings: list[Finding], text: str, is_name: Callable[[str], bool]) -> list[Finding]:
    """Without a PERSON finding of one word no name list holds right before "nr" and a number ("Revers nr
    2019-0441", "Kvitto nr 118"): the model read a numbered document's noun as a name; the noun names the kind of
    thing and stays readable, as a label does. A listed name there ("Berg nr 4") stays a name."""
    return [f for f in findings if not (
        f.category == "PERSON" and f.start is not None and f.end is not None and f.text.strip().isalpha()
        and not is_name(f.text.strip()) and _NUMBER_WORD_AFTER.match(text, f.end))]


# the series' capitals of a code the page writes with its digits after them ("KN" of "KN 5514 7752", "SFV-K" of …)
_SERIES_BEFORE_DIGITS = re.compile(r"[A-ZÅÄÖ]{1,5}(?:-[A-ZÅÄÖ]{1,3})?")
_DIGITS_AFTER = re.compile(r"[ \t\u00a0-]?\d+(?:[ \u00a0-]\d+)*")


# a compass word opening a span of two words: a place's or an event's name ("övningen Södra Sköld"), never a first
# name; the surname after it alone is no one either
_DIRECTED_NAME = re.compile(r"(?:Norra|Södra|Östra|Västra|Övre|Nedre|Mellersta)[ \t]+"
                            r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
# an event's noun in its definite form right before: the name is the event's ("övningen Södra Sköld"); without it
# the compass word and the name may be a farm someone lives on ("Östra Hyttan" in an address's cell), masked as read
_EVENT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:övningen|övningarna|operationen|insatsen|manövern|projektet|kampanjen|"
                           r"evenemanget|tävlingen|loppet|festivalen|mässan)[ \t]+$")


def drop_directed_names(findings: list[Finding], text: str) -> list[Finding]:
    """Without a PERSON finding that is an event's name of a compass word and one name, after the event's noun
    ("övningen Södra Sköld"): the name list's surname or the language model read it as a person."""
    return [f for f in findings if not (f.category == "PERSON" and f.start is not None
                                        and _DIRECTED_NAME.fullmatch(f.text)
                                        and _EVENT_BEFORE.search(text, max(0, f.start - 30), f.start))]


# A label's colon and a signer's initials after it, ending the line ("Kontroll: HåL", "Granskning: A.Re."): the label
# of a signature (a short capitalised token, dotted or not, the line's last); whom a copy goes to may stand before the
# colon ("Kopia till handläggaren: A.Re.", "Copy to the inspector: HåL")
_INITIALS_SIGNED_AFTER = re.compile(r"(?:[ \t]+(?:till|to)(?:[ \t]+[a-zåäöéü]+){1,2})?"
                                    r":[ \t]*[A-ZÅÄÖ][A-Za-zÅÄÖåäö.-]{0,7}[ \t]*(?:\n|$)")


def signing_label(f: Finding, text: str) -> bool:
    """True for a one-word name proposal closed by a colon and a signer's initials after it ("Kontroll: HåL"): the
    signature's label, no name (the caller decides that the word is no listed name)."""
    if f.category != "PERSON" or f.end is None or " " in f.text.strip() or "\n" in f.text:
        return False
    end = f.end - 1 if f.text.endswith(":") else f.end
    return f.text.strip(":")[:1].isupper() and _INITIALS_SIGNED_AFTER.match(text, end) is not None
