"""A table's column headed by a thing's noun ("Lagrum", "Rum", "Larmkod", "Ordinerat"): its cells name no one.

A register's row beside the initials of those who handled it often ends in a short code: the law a step rests on
("SpelL", "RB"), the room or shelf ("B1012"), the device's kind ("CPAP"), an alarm's code ("HP"). Read one cell a line, such a code stands among the signatures, and the initials rules and the
learned tagger take it for someone's. The header over it says what it is: a law, a place in a building, a code, a
prescription or a body, never a person. The page's geometry tells which header a cell stands under (see
``redact.detect.table_geometry``); a finding that is a whole cell of such a column, or a word of its header row
read as a name ("Kontroll Lag"), is dropped. Only persons and identifiers: an address or a date there stays, but in
a landlord's column of the flats it lends while the tenants' own are rebuilt ("Evakuering").

A column of boats' makes and models or of firms ("Båt", "Bolag") names no one either: a person or a place read
within one of its cells ("Maxi" of "Maxi 77", a model's size read as a house number) is dropped; its numbers stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.first_chars import compile_scanning
from redact.detect.table_geometry import _borders, _row_cells, _runs, _split_at_edges, page_rows
from redact.detect.table_header_lines import header_words_only
from redact.detect.table_headers import header_kind
from redact.types import Finding, Page, Word

# The nouns a register heads a column of things with: laws and their paragraphs, rooms and shelves, a device's codes,
# what a doctor ordered (in lower case, without a dot). Not a bare "Kod", which may be each person's code, nor an
# association's column, which may hold each member's number (see association_columns).
THING_HEADERS = frozenset({
    "lag", "lagrum", "lagstöd", "författning", "paragraf", "rum", "lokal", "hylla", "hyllplats", "sal", "larmkod",
    "felkod", "ordinerat", "ordination",
    # a hospital's ward or a body's department ("HIA", "kirurgi 3" under "Avdelning")
    "avdelning", "avd", "vårdavdelning",
    # a ringed wild bird's ring, reported found beside its species ("7C 30418" under "Ring"): the bird's number
    "ring", "ringnr", "ringnummer",
    # a course's code and the site an exam is written at ("MAT104" under "Kurs", "KTH" under "Skrivplats"), a step's
    # result ("NIVÅ2 SV" under "Resultat") and a hunting or fishing area ("Norrskär S" under "Område")
    "kurs", "kurskod", "course", "skrivplats", "tentamensplats", "lärosäte", "resultat", "område", "jaktområde",
})
# The nouns of a column of makes and models or of firms ("Båt": "Maxi 77"; "Motor"; "Bolag": a gambling firm): the model and
# the name readers take a make, a model's size or a firm for a person or a place, though a cell there names a thing or
# a firm. Its identifiers stay: a boat's hull number may stand in the boat's own cell.
MAKE_HEADERS = frozenset({"båt", "båtar", "båttyp", "båtmodell", "fartyg", "bolag", "spelbolag",
                          # an engine's make and model ("Motor": "Selma Vind 4.0"), its serial in a column of its own
                          "motor", "motorer", "motortyp", "motormodell", "utombordare", "utombordsmotor", "fabrikat",
                          "märke", "modell"})
# The nouns of a column of animals' or boats' own names, a register keyed by them ("Häst": "Lucky Star"; "Husbåt":
# "Signe"): people's names given to a horse or a boat, no one's; read so only where the header says whose they are.
NAMED_HEADERS = frozenset({"häst", "hästar", "hästens namn", "hästnamn", "husbåt", "husbåtar", "båtnamn", "båtens namn",
                           "hund", "hundar", "hundens namn", "hundnamn", "katt", "katter", "djur", "djurets namn",
                           "sto", "hingst", "valack", "ponny", "fartygsnamn", "fartygets namn"})
# A landlord's column of the flats it lends its tenants while their own are rebuilt ("Evakuering" over "Granbacken 3",
# "Paviljong A"): the landlord's units by its own names, no one's home address (the tenant's mail address is asked
# for apart); there a whole cell's address goes.
LENT_HEADERS = frozenset({"evakuering", "evakueringslägenhet", "evakueringsbostad", "ersättningslägenhet"})
# A header's word as a cell of a row can hold it: the cells are the row's words, or their parts cut at a case change
# ("KontrollLag": a capital after a small letter, as table_headers' _GLUED cuts), so the word begins a word or a part
# and ends before its dots and colons, the word's end or the next part's capital. "lag" inside "underlaget" or "ring"
# inside "justering" begins no cell, and a page of running text is not read row by row for them.
# (each match and the characters looked at around it lie within one word: the gate of the words joined by spaces
# finds what the gate of any row's words finds; longest first, then in alphabetical order: the same text in every
# process, as the pattern store keeps its program by its text)
_THING_PART = compile_scanning(
    r"(?:(?<![^\W\d_])|(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ]))(?i:"
    + "|".join(sorted(THING_HEADERS | MAKE_HEADERS | NAMED_HEADERS | LENT_HEADERS, key=lambda w: (-len(w), w)))
    + r")(?=[.:]*(?![^\W\d_])|[A-ZÅÄÖÉÜ])")
_CATEGORIES = frozenset({"PERSON", "INITIALS", "ID_NUMBER"})
_MAKE_CATEGORIES = frozenset({"PERSON", "INITIALS", "ADDRESS"})
_LENT_CATEGORIES = frozenset({"ADDRESS"})
_ROWS = 60


def _name(ws: list[Word]) -> str:
    return " ".join(w.text for w in ws)


def _header_categories(cell: str) -> frozenset[str]:
    """The categories a cell under this header cannot be: none for another header."""
    head = " ".join(cell.lower().strip().rstrip(".:").split())
    return (_CATEGORIES if head in THING_HEADERS else _MAKE_CATEGORIES if head in MAKE_HEADERS | NAMED_HEADERS
            else _LENT_CATEGORIES if head in LENT_HEADERS else frozenset())


def _header_row(row: list[Word]) -> bool:
    """True for a row of two header cells or more and nothing else ("Ärende | Adress | Postort")."""
    names = [_name(ws) for ws in _row_cells(row)]
    return len(names) >= 2 and all(header_words_only(n) for n in names)


def thing_cells(page: Page) -> tuple[list[tuple[int, int, frozenset[str]]], list[tuple[int, int]]]:
    """The spans of the cells under a thing's header with the categories they cannot be, and those of the header
    rows' words over them."""
    return column_cells(page, _THING_PART, _header_categories)


# The last page's words that hold text and those words joined by spaces: the columns of things, firms, companies and
# statuses each look for their header's letters in them, page after page (a page's words are an immutable tuple, held
# here, so the same tuple is the same words).
_last_words: tuple[tuple[Word, ...] | None, list[Word], str] = (None, [], "")


def _page_words(page: Page) -> tuple[list[Word], str]:
    """The page's words that hold text, and their texts joined by spaces (kept for the next call on the same page)."""
    global _last_words
    held, words, joined = _last_words
    if held is not page.words:
        words = [w for w in page.words if w.text.strip()]
        joined = " ".join(w.text for w in words)
        _last_words = (page.words, words, joined)
    return words, joined


def column_cells(page: Page, part: re.Pattern[str], categories: Callable[[str], frozenset[str]]
                 ) -> tuple[list[tuple[int, int, frozenset[str]]], list[tuple[int, int]]]:
    """The spans of the cells under a header that ``categories`` gives categories (``part`` finds its letters in a
    row) with those categories, and the spans of the header rows' words over them."""
    words, joined = _page_words(page)
    # a thing's header is one word of the header row, or a part of one glued to its neighbour ("KontrollLag"): a page
    # (or a row) without its letters has no such column, and reading the rows' cells costs milliseconds a page
    # (the words joined rather than the page's text: a word keeps its own letters where the reading joined a broken
    # word's halves, "Kontroll-" / "lag" read "Kontrolllag", and a row reads those letters)
    if not words or getattr(page, "rotation", 0) % 360 or not part.search(joined):
        return [], []
    rows = page_rows(page)
    cells: list[tuple[int, int, frozenset[str]]] = []
    heads: list[tuple[int, int]] = []
    for r, row in enumerate(rows):
        if not part.search(" ".join(w.text for w in row)):
            continue
        # header cells set close together split where the values below them begin (as the table reading does)
        header = _split_at_edges(_row_cells(row), [_row_cells(k) for k in rows[r + 1: r + 4]], page.char_rects)
        names = [_name(ws) for ws in header]
        # a header row: three cells or more without a digit, a thing's among them and another of a known kind
        if len(header) < 3 or any(c.isdigit() for n in names for c in n):
            continue
        things = [n for n, name in enumerate(names) if categories(name)]
        # (a register keyed by its animals' or boats' names heads its other columns in words of its own: "Häst |
        # Stall eller hage | Postort")
        named = any(" ".join(names[n].lower().rstrip(".:").split()) in NAMED_HEADERS for n in things)
        if not things or not (any(header_kind(name) for name in names)
                              or (named and all(name[:1].isupper() and len(name.split()) <= 3 for name in names))):
            continue
        heads.extend((w.start, w.end) for w in row)
        spans = [(min(w.rect[0] for w in ws), max(w.rect[2] for w in ws)) for ws in header]
        mids = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]
        lefts = [b[0] - 1.5 for b in spans[1:]]
        height = max(w.rect[3] - w.rect[1] for w in row)
        last_y = max(w.rect[3] for w in row)
        for below in rows[r + 1: r + 1 + _ROWS]:
            if min(w.rect[1] for w in below) - last_y > 3.0 * height:
                break  # the table has ended
            if _header_row(below):
                break  # the next table's header row: a heading on the left above it need not have ended this one
            borders = _borders(below, mids, lefts)
            if borders is None:
                break  # a word over a border: running text below the table
            last_y = max(w.rect[3] for w in below)
            bounds = list(zip([0.0, *borders], [*borders, float("inf")]))
            for n in things:
                left, right = bounds[n]
                inside = [w for w in below if left - 2 <= (w.rect[0] + w.rect[2]) / 2 <= right]
                if inside:
                    cells.extend((a, b, categories(names[n])) for a, b in _runs(inside, page.text))
    return cells, heads


def drop_thing_cells(findings: list[Finding], page: Page) -> list[Finding]:
    """Without the persons and identifiers that are a whole cell of a thing's column, or header words only, and the
    addresses that are a whole cell of a landlord's column of lent flats."""
    if not any(f.category in _CATEGORIES | _MAKE_CATEGORIES for f in findings):
        return findings
    cells, heads = thing_cells(page)
    if not cells:
        return findings
    whole: dict[tuple[int, int], frozenset[str]] = {}
    for a, b, categories in cells:
        whole[a, b] = whole.get((a, b), frozenset()) | categories

    def drop(f: Finding) -> bool:
        if f.category not in _CATEGORIES | _MAKE_CATEGORIES or f.start is None or f.end is None:
            return False
        a, b = f.start, f.end
        text = page.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if f.category in whole.get((a, b), ()):
            return True
        # a make's or a firm's words read as a name or a place within a cell of their column ("Maxi" of "Maxi 77")
        if f.category in _MAKE_CATEGORIES and any(s <= a and b <= e and c == _MAKE_CATEGORIES
                                                  for (s, e), c in whole.items()):
            return True
        # the header row's words read as a name ("Kontroll Lag"): every word of it a header word
        inside = [(s, e) for s, e in heads if a <= s and e <= b]
        return f.category == "PERSON" and bool(inside) and sum(e - s for s, e in inside) >= len(text[a:b].replace(" ", ""))

    return [f for f in map(lambda f: _past_cell(f, whole, page.text), findings) if not drop(f)]


def _past_cell(f: Finding, whole: dict[tuple[int, int], frozenset[str]], text: str) -> Finding:
    """A person read over a line break from a whole cell of a column of makes or names into the next cell ("Signe" /
    "Poste restante" read as one name): the part after the cell, which is no part of the thing's name."""
    if f.category != "PERSON" or f.start is None or f.end is None or "\n" not in f.text:
        return f
    cut = text.find("\n", f.start, f.end)
    a = f.start + len(text[f.start:cut]) - len(text[f.start:cut].lstrip())
    if cut < 0 or whole.get((a, cut)) != _MAKE_CATEGORIES or not text[cut + 1:f.end].strip():
        return f
    return f.with_(start=cut + 1, text=text[cut + 1:f.end])
