"""The geometric reading of a headed table: the words under a header cell, row after row.

Part of ``redact.detect.table_columns`` (which see for what the columns hold): a page's word
boxes are grouped into visual rows and cells; a header row (also one written over two rows,
or with its cells set close together) gives the column borders, and each row below is cut at
them until the table ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.code_columns import code_cells, loose_columns
from redact.detect.home_columns import home_cells, homes_under_names
from redact.detect.initials_columns import (
    columns_beside_signers, initials_cells, initials_read_as_words, check_header,
)
from redact.detect.table_columns import _ROWS, Cell
from redact.detect.table_header_lines import (
    _GLUED, _HEAD_STARTS, _begins_header, _header_row, header_segments, split_glued,
)
from redact.detect.table_header_words import FIRST, LAST
from redact.detect.table_headers import _is_header, header_kind, model_number_header, row_kinds
from redact.detect.table_values import value_fits
from redact.types import Page, Rect, Word


def from_words(page: Page) -> list[Cell]:
    """Cells of headed columns found by geometry: words under a header cell, row by row."""
    words = [w for w in page.words if w.text.strip()]
    # No test of single words stands before the rows: a header cell of a kind may begin with any
    # word ("Utförd av", "Åtgärdas av", "Klar (sign)"), so only the rows below can tell (and they
    # look closer only at rows where a header can stand).
    # Word boxes are in unrotated page space: on a turned page (or a scan turned on its page) the
    # rows run down the page, and geometry would read a column of text as a header row. The text
    # readings cover such pages.
    if not words or getattr(page, "rotation", 0) % 360:
        return []
    long_words = upright = 0
    for w in words:
        if len(w.text) >= 3:
            long_words += 1
            x0, y0, x1, y1 = w.rect
            upright += x1 - x0 >= y1 - y0
    if upright * 2 < long_words:
        return []
    from redact.detect.name_words import unlisted

    rows = page_rows(page)
    out: list[Cell] = []
    skip = -1
    cached: dict[int, list[list[Word]]] = {}

    def cells_of(i: int) -> list[list[Word]]:
        if i not in cached:
            cached[i] = _row_cells(rows[i])
        return cached[i]

    def split(i: int) -> list[list[Word]]:
        return _split_at_edges(cells_of(i), [cells_of(k) for k in range(i + 1, min(len(rows), i + 4))],
                               page.char_rects)

    kinded: dict[int, bool] = {}

    def may(i: int) -> bool:
        """A row where a header cell of a kind can stand."""
        if i not in kinded:
            # a cell, or a word of a cell set close to the next ("Ansvarig Följs upp")
            kinded[i] = i < len(rows) and any(
                header_kind(" ".join(w.text for w in ws))
                or (1 < len(ws) <= 6 and any(w.text.lower().strip(":.") in _HEAD_STARTS for w in ws))
                or any(check_header(w.text) for w in ws)
                for ws in cells_of(i))
        return kinded[i]

    def fragments(i: int) -> bool:
        """A row of word ends wrapped from the row above ("n", "nummer", "."): a header's second row."""
        return i < len(rows) and len(rows[i]) <= 12 and all(
            len(w.text) <= 12 and (w.text[:1].islower() or not w.text[:1].isalnum()) for w in rows[i])

    def next_header(i: int) -> bool:
        """A row that opens another table: a name's header cell ("Efternamn") or header cells only
        ("Namn | E-post | Telefon"), or a lone caption ("Utbetalning") just above such a row."""
        def heads_only(k: int) -> bool:
            if k >= len(rows) or not may(k):
                return False
            cells = [" ".join(w.text for w in ws) for ws in cells_of(k)]
            return any(header_kind(c) in (FIRST, LAST) for c in cells) or (
                len(cells) >= 3 and all(_is_header(c) for c in cells))

        def heads_but_one(k: int) -> bool:
            # a row of four cells or more without a digit, all but one a header of a kind ("Ärende | Vittne | Född
            # | Bostadsort"): under a lone caption, the next table's header row (its own first column's header unlisted)
            if k >= len(rows) or not may(k):
                return False
            cells = [" ".join(w.text for w in ws) for ws in cells_of(k)]
            if _digit_but_numbered_heads(cells):
                return False
            # (a numbered header, "Kontroll 1", is its word's header: "Kontroll" alone is one)
            return len(cells) >= 4 and sum(not _is_header(_NUMBER_AFTER_HEAD.sub("", c)) for c in cells) <= 1

        def heads_half(k: int) -> bool:
            # a row of three cells or more without a digit, a header of a kind among them and the others words no
            # name list holds, half of them headers or some named by the caption above ("Fynd och jaktledare" /
            # "Upphittare | Fynd | Jaktledare | Telefon"): the next table's header row, the columns it adds unlisted
            if k >= len(rows):
                return False
            cells = [" ".join(w.text for w in ws) for ws in cells_of(k)]
            if _digit_but_numbered_heads(cells):
                return False
            others = [c for c in cells if not _is_header(_NUMBER_AFTER_HEAD.sub("", c))]
            # (two known headers and half the row, one of a kind: "Datum | Strand | Prov | Ledare Bedömare", a
            # header word that is a surname too among them; no row of values holds two headers and no digit)
            known = len(cells) - len(others)
            if len(cells) >= 3 and known >= 2 and 2 * known >= len(cells) and any(header_kind(c) for c in cells):
                return True
            if len(cells) < 3 or len(others) == len(cells) or not all(
                    c[:1].isupper() and len(c.split()) <= 3 and all(unlisted(w) for w in c.split()) for c in others):
                return False
            captioned = {w.text.lower().strip(".,:;") for w in rows[k - 1]} & {c.lower() for c in others}
            return 2 * (len(cells) - len(others)) >= len(cells) or bool(captioned)
        # (a header row of four cells or more under a title read as a header itself: "Begäran om förarbehörighet" split
        # at the column edges above "Ärende | Huvudman | Född | Ombud"; the title's reading ends there)
        return heads_only(i) or heads_but_one(i) or (len(cells_of(i)) == 1 and (heads_only(i + 1) or heads_but_one(i + 1)
                                                              or heads_half(i + 1) or caption(i)))

    def caption(i: int) -> bool:
        """A lone caption closed by a colon ("Utlånade pumpar:") above a row of two cells or more, no digit and a
        header cell of a kind ("Lånad av"): the title and header row of the next table ("Ersättare:" above more
        rows of names is a part of the table)."""
        text = " ".join(w.text for ws in cells_of(i) for w in ws).strip()
        return (text.endswith(":") and i + 1 < len(rows) and len(cells_of(i + 1)) >= 2 and may(i + 1)
                and not any(c.isdigit() for w in rows[i + 1] for c in w.text))

    for r, row in enumerate(rows):
        if r == skip:
            continue  # the lower half of a header read over two rows
        # the costlier readings only where a header can stand: most rows are text or values
        if not (may(r) or may(r + 1) or fragments(r + 1)):
            continue
        heads = split(r)
        names = [" ".join(w.text for w in ws) for ws in heads]
        first_below = r + 1
        if r + 1 < len(rows):
            two = _two_row_header(heads, split(r + 1))
            if two is not None:
                heads, names = two
                first_below = r + 2
                skip = r + 1
        kinds = row_kinds(names)
        # (a table of tasks whose only telling header is a check's or an inspection's, "Åtgärd | Besiktning")
        if len(heads) < 2 or not (any(kinds) or any(check_header(n) for n in names)):
            continue
        # a row holding a number or a comma is a line of text or of values ("Sökande: Olle Nyström,
        # personnummer 19850312-2395" read by OCR with wide gaps), never a header row; a numbered
        # period ("Vecka 47") is a header of a schedule
        # (nor a thing's number headed by its model's figure: "Ak 4 nr")
        plain = [n for n in names if not _NUMBERED_HEAD.match(n) and not model_number_header(n)]
        if not _header_row(plain) or any(n.rstrip().endswith((",", ";")) or any(c.isdigit() for c in n) for n in plain):
            continue
        # a border between two columns: midway between their header cells, or, where a value of the
        # left column reaches past that (a long surname under a narrow or empty header), just before
        # the right header (values written from the left edge of their cell, as the header)
        spans = [(min(w.rect[0] for w in ws), max(w.rect[2] for w in ws)) for ws in heads]
        mids = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]
        # (a header cut from the one before it at a case change, "studentid|Adress", has a left edge estimated from
        # its share of the glued word's letters: a few points either way)
        lefts = [b[0] - (4.0 if _glued_on(ws[0], page.text) else 1.5) for b, ws in zip(spans[1:], heads[1:])]
        height = max(w.rect[3] - w.rect[1] for ws in heads for w in ws)
        last_y = max(w.rect[3] for ws in heads for w in ws)
        # columns under a header nobody listed, in a table of persons: kept to be judged by their cells' shapes
        loose = loose_columns(kinds, names)
        # (in a table with a signing column, the others nobody listed are judged for a second signer's initials only)
        signers = {} if loose else columns_beside_signers(kinds, names)
        # the cells of each column of a kind the values took, and those they left (see initials_read_as_words)
        taken: dict[int, list[str]] = {}
        refused: dict[int, list[tuple[int, int]]] = {}
        # every run of each headed column, to judge a column of persons that holds homes (see homes_under_names)
        columns: dict[int, list[tuple[int, int]]] = {}
        for at, below in enumerate(rows[first_below : first_below + _ROWS], start=first_below):
            top = min(w.rect[1] for w in below)
            if top - last_y > 3.0 * height or next_header(at):
                break  # the table has ended
            if len(names) >= 2 and cells_of(at) and " ".join(w.text for w in cells_of(at)[0]).strip() == names[0].strip():
                break  # the first column's header again ("Ärende" / "Ärende | Fisk | Kundnr"): the next table's header
            # a word that straddles a column border is running text, not a row of the table
            borders = _borders(below, mids, lefts)
            if borders is None:
                break
            if len(heads) >= 3 and at + 1 < len(rows) and _one_cell(below, borders) and (_borders(
                    rows[at + 1], mids, lefts) is None or _sentence(rows[at + 1])):
                break  # a heading alone in the first column, running text below it: the table ended above it
            bounds = [(lo - 2, hi) for lo, hi in zip([0.0, *borders], [*borders, spans[-1][1] + 400])]
            last_y = max(w.rect[3] for w in below)
            for n, (kind, (left, right), head) in enumerate(zip(kinds, bounds, names)):
                if not kind and n not in loose and n not in signers:
                    continue
                inside = [w for w in below if left <= (w.rect[0] + w.rect[2]) / 2 <= right]
                if not inside:
                    continue
                if not kind:
                    (loose if n in loose else signers)[n].extend(_runs(inside, page.text))
                    continue
                for a, b in _runs(inside, page.text):
                    columns.setdefault(n, []).append((a, b))
                    if value_fits(kind, page.text[a:b], head):
                        out.append(Cell(a, b, kind, head))
                        taken.setdefault(n, []).append(page.text[a:b])
                    else:
                        refused.setdefault(n, []).append((a, b))
        out.extend(initials_read_as_words(taken, refused, kinds, names, page.text))
        out.extend(code_cells(loose, names, page.text))
        out.extend(initials_cells(loose, names, page.text))
        out.extend(initials_cells(signers, names, page.text))
        out.extend(home_cells(loose, names, page.text))
        out = homes_under_names(out, columns, kinds, names, page.text)
    return out


def _borders(row: list[Word], mids: Sequence[float], lefts: Sequence[float]) -> list[float] | None:
    """The column borders a row's words leave free (midway between header cells, or just before the right one);
    None when a word straddles one: running text, no row of the table.

    The midpoint may fall in the gap between two words of one cell ("8 september | 1971" under a narrow "Född"): a
    cut that splits no cell the reader read as one (its words on one line, close together) is taken first."""
    spans = _cell_spans(row)
    borders = []
    for mid, left in zip(mids, lefts):
        free = [x for x in (mid, left) if not any(w.rect[0] < x - 1 < w.rect[2] for w in row)]
        if not free:
            return None
        borders.append(next((x for x in free if not any(a < x - 1 < b for a, b in spans)), free[0]))
    return borders


def _cell_spans(row: list[Word]) -> list[tuple[float, float]]:
    """Where the row's cells run across the page: words of one reader line less than about two spaces apart."""
    spans: list[tuple[float, float]] = []
    prev: Word | None = None
    for w in row:
        if prev is not None and w.line == prev.line and w.rect[0] - prev.rect[2] <= 0.9 * (prev.rect[3] - prev.rect[1]):
            spans[-1] = (spans[-1][0], w.rect[2])
        else:
            spans.append((w.rect[0], w.rect[2]))
        prev = w
    return spans


def _one_cell(row: list[Word], borders: Sequence[float]) -> bool:
    """True for a row that reads as a heading: no word of it a listed first name or surname (a last row holding
    only a person's name stays a row), all of it left of the first border or words joined by a small word."""
    from redact.detect.name_words import unlisted

    if not borders or not all(unlisted(w.text.strip(".,:;")) for w in row):
        return False
    if all((w.rect[0] + w.rect[2]) / 2 < borders[0] for w in row):
        return True
    # a heading of words joined by a small word ("Ändringar och anteckningar") over the columns: no row of values
    words = [w.text for w in row]
    return not any(c.isdigit() for t in words for c in t) and words[0][:1].isupper() and any(
        t.isalpha() and t.islower() and len(t) >= 2 for t in words[1:])


def _sentence(row: list[Word]) -> bool:
    """True for a row that reads as running text: eight words or more, most of them small words of letters (its
    spaces may fall where the table's borders run)."""
    words = [w.text.strip(".,:;") for w in row]
    return len(words) >= 8 and sum(w.isalpha() and w.islower() for w in words) * 2 > len(words)


#: A header naming a numbered period or part: "Vecka 47", "Pass 2", "v. 48".
_NUMBERED_HEAD = re.compile(r"^[A-Za-zÅÄÖåäö]{1,8}\.?\s?\d{1,4}$")
# the number after a numbered header's word ("Kontroll 1", "Vecka 47")
_NUMBER_AFTER_HEAD = re.compile(r"(?<=[A-Za-zÅÄÖåäö.])\s?\d{1,4}$")


def _digit_but_numbered_heads(cells: Sequence[str]) -> bool:
    """True when a row's cells hold a digit other than a numbered header's ("Kontroll 1", "Vecka 47"): a row of
    values or of text, no header row (a row of headers may number two checks or two weeks)."""
    return any(ch.isdigit() for c in cells if not _NUMBERED_HEAD.match(c.strip()) for ch in c)


def _split_at_edges(cells: list[list[Word]], below: Sequence[list[list[Word]]],
                    char_rects: Sequence[Rect | None] = ()) -> list[list[Word]]:
    """Header cells set close together ("Arbets- Vecka 47 Vecka 48 Sign.") split where the cells of
    the rows below (``below``: their cells) begin: a header word standing at the left edge of a
    column's values begins that column; so does the capital of a word glued to the header before it, where
    ``char_rects`` (the page's character boxes) set it at such an edge."""
    if not below or (all(len(ws) < 2 for ws in cells) and not any(_GLUED.search(w.text) for ws in cells for w in ws)):
        return cells
    edges = [ws[0].rect[0] for row in below for ws in row]
    # the edge where the cells of two rows at least begin: a header set against it (a gap of a few points, a
    # long header filling its cell: "Vårdnadshavare Faktureras till") begins that column too
    shared = [e for e in edges if sum(abs(e - f) <= 1.5 for row in below for f in {ws[0].rect[0] for ws in row}) >= 2]
    if char_rects and shared:
        cells = [[p for w in ws for p in _cut_at_edges(w, shared, char_rects)] for ws in cells]
    out: list[list[Word]] = []
    for ws in cells:
        if len(ws) < 2 or len(ws) > 10:
            out.append(ws)
            continue
        part = [ws[0]]
        for prev, w in zip(ws, ws[1:]):
            h = w.rect[3] - w.rect[1]
            gap = w.rect[0] - prev.rect[2]
            if (gap > 0.25 * h and any(abs(w.rect[0] - e) <= 1.5 for e in edges)) or (
                    gap > 0.1 * h and any(abs(w.rect[0] - e) <= 1.0 for e in shared)) or (
                    w.start == prev.end and any(abs(w.rect[0] - e) <= 1.5 for e in shared)):  # cut glued (see above)
                out.append(part)
                part = []
            part.append(w)
        out.append(part)
    return out


def _cut_at_edges(word: Word, shared: Sequence[float], char_rects: Sequence[Rect | None]) -> list[Word]:
    """``word`` cut before a capital glued to the letters before it whose glyph begins at a column's edge
    (``shared``) ("passetFärdhandling" over two columns: the first header overflowed its cell and the reader
    joined the next header to it), each part with its glyphs' box; else the word alone."""
    if len(word.text) != word.end - word.start:
        return [word]  # a word the reading changed (a ligature spelt out): its letters are not its glyphs
    for m in _GLUED.finditer(word.text):
        at = word.start + m.start()
        box = char_rects[at] if at < len(char_rects) else None
        if box is None or not any(abs(box[0] - e) <= 1.5 for e in shared):
            continue
        head, tail = (_glyph_word(word, word.start, at, char_rects), _glyph_word(word, at, word.end, char_rects))
        if head is None or tail is None:
            return [word]
        return [head, *_cut_at_edges(tail, shared, char_rects)]
    return [word]


def _glyph_word(word: Word, a: int, b: int, char_rects: Sequence[Rect | None]) -> Word | None:
    """The part ``a:b`` of ``word`` (page offsets) with the box of its glyphs; None when a glyph has no box."""
    boxes = [char_rects[k] for k in range(a, b) if k < len(char_rects)]
    if len(boxes) != b - a or any(r is None for r in boxes):
        return None
    return Word(word.text[a - word.start:b - word.start], a, b,
                (min(r[0] for r in boxes), min(r[1] for r in boxes), max(r[2] for r in boxes), max(r[3] for r in boxes)),
                word.line, word.conf)


def _headerish(text: str) -> bool:
    """A short piece of a header: no sentence, no comma, digits only in a numbered period."""
    t = text.strip()
    return (0 < len(t) <= 30 and len(t.split()) <= 4 and not t.endswith((",", ";"))
            and (not any(c.isdigit() for c in t) or bool(_NUMBERED_HEAD.match(t))))


def _join_header(upper: str, lower: str) -> str:
    """A header cell written over two rows read as one ("Anst.-" / "nummer", "Kontakt-" / "person")."""
    u, low = upper.strip(), lower.strip()
    for joined in (u + low, u.rstrip("-") + low, f"{u} {low}"):
        if _is_header(joined):
            return joined
    return u.rstrip("-") + low if u.endswith("-") else f"{u} {low}"


def _two_row_header(upper: list[list[Word]], lower: list[list[Word]]) -> tuple[list[list[Word]], list[str]] | None:
    """The header cells of a header written over two rows, each upper cell joined to the lower
    cell under it; None when the two rows do not read as one header (the lower row is values,
    the upper a title)."""
    if not upper or not lower:
        return None
    height = max(w.rect[3] - w.rect[1] for ws in upper for w in ws)
    # two rows of one ruled table stand as far apart as its rows of values do
    if min(w.rect[1] for ws in lower for w in ws) - max(w.rect[3] for ws in upper for w in ws) > 1.5 * height:
        return None

    def text(ws: list[Word]) -> str:
        return " ".join(w.text for w in ws)

    def span(ws: list[Word]) -> tuple[float, float]:
        return min(w.rect[0] for w in ws), max(w.rect[2] for w in ws)

    if not all(_headerish(text(ws)) for ws in [*upper, *lower]):
        return None
    # a cell in small letters a space after the one before it goes on with that one's words: the upper row is a line
    # of text read in pieces ("Klagande i målen om" / "kapitalvinst på frimärken"), a title over the header row
    if any(text(b)[:1].islower() and span(b)[0] - span(a)[1] <= 0.9 * height for a, b in zip(upper, upper[1:])):
        return None
    under: dict[int, list[int]] = {}
    for j, lw in enumerate(lower):
        la, lb = span(lw)
        over = [i for i, uw in enumerate(upper) if span(uw)[0] < lb and la < span(uw)[1]]
        lt = text(lw)
        if len(over) > 1:
            return None
        if not over:
            if not _is_header(lt):
                return None
            continue
        ut = text(upper[over[0]])
        # the rest of a word wrapped in a narrow cell ("Efternam" / "n", "Handl" / "."), or after a hyphen
        if lt[:1].islower() or not lt[:1].isalnum() or ut.endswith("-"):
            under.setdefault(over[0], []).append(j)
        elif len(upper) == 1 and len(lower) >= 2 and _is_header(ut):
            return None  # "Hemadress" / "Placering | Adress": a header word alone over a whole header row titles it
        elif _is_header(f"{ut} {lt}"):
            under.setdefault(over[0], []).append(j)
        else:
            return None  # a title over a header row, or a header over its first values
    if not under:
        return None
    cells: list[tuple[float, list[Word], str]] = []
    used = {j for js in under.values() for j in js}
    for i, uw in enumerate(upper):
        js = under.get(i, [])
        if len(js) == 1:
            cells.append((span(uw)[0], uw + lower[js[0]], _join_header(text(uw), text(lower[js[0]]))))
        elif not js:
            cells.append((span(uw)[0], uw, text(uw)))
        else:  # a spanning upper cell over several columns: the columns are the lower cells
            cells.extend((span(lower[j])[0], lower[j], text(lower[j])) for j in js)
    cells.extend((span(lw)[0], lw, text(lw)) for j, lw in enumerate(lower) if j not in used)
    cells.sort(key=lambda c: c[0])
    names = [c[2] for c in cells]
    if not any(header_kind(n) for n in names):
        return None
    return [c[1] for c in cells], names


def _runs(words: list[Word], text: str) -> list[tuple[int, int]]:
    """Spans of the words of one cell, split where the text between them holds a line break."""
    words = sorted(words, key=lambda w: w.start)
    spans = [[words[0].start, words[0].end]]
    for w in words[1:]:
        if "\n" in text[spans[-1][1]:w.start]:
            spans.append([w.start, w.end])
        else:
            spans[-1][1] = w.end
    return [(a, b) for a, b in spans]


def page_rows(page: Page) -> list[list[Word]]:
    """The visual rows of the page's words that hold text (:func:`_visual_rows`)."""
    return _visual_rows([w for w in page.words if w.text.strip()])


def _visual_rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual rows by the vertical centre of their boxes, top to bottom."""
    centre = [(w.rect[1] + w.rect[3]) / 2 for w in words]
    ordered = sorted(range(len(words)), key=lambda i: (centre[i], words[i].rect[0]))
    rows: list[list[Word]] = []
    # the last row's centres and its tallest box, kept as the row grows (not summed again from its
    # boxes for every word: that made the grouping quadratic in a row's length)
    centres: list[float] = []
    height = 0.0
    for i in ordered:
        w, cy = words[i], centre[i]
        if rows and abs(cy - sum(centres) / len(centres)) <= height * 0.4:
            rows[-1].append(w)
            centres.append(cy)
            height = max(height, w.rect[3] - w.rect[1])
            continue
        rows.append([w])
        centres = [cy]
        height = w.rect[3] - w.rect[1]
    return [sorted(r, key=lambda w: w.rect[0]) for r in rows]


def _row_cells(row: list[Word]) -> list[list[Word]]:
    """The words of a visual row grouped into cells: a gap wider than about two spaces, or a new reader line, splits."""
    cells = [[row[0]]]
    for w in row[1:]:
        prev = cells[-1][-1]
        h = prev.rect[3] - prev.rect[1]
        # a wide gap, or another line of the reader (each cell of a ruled table is its own line)
        if w.rect[0] - prev.rect[2] > 0.9 * h or w.line != prev.line:
            cells.append([w])
        else:
            cells[-1].append(w)
    cells = [part for ws in cells for part in _cut_before_glued_kind(ws)]
    # header cells set close together read as one ("Efternamn Medlemsnummer Född år"), or glued
    # where a long header overflows its cell ("AnställningsnummerMobil"): a cell that is no header
    # but reads as several is split into them
    out: list[list[Word]] = []
    for ws in cells:
        # (a cell whose first word begins no header may still hold two glued: "Anmälningsnr / studentidAdress")
        if len(ws) > 8 or not (_begins_header(ws[0].text) or any(split_glued(w.text) != [w.text] for w in ws[1:])):
            out.append(ws)
            continue
        text = " ".join(w.text for w in ws)
        pieces = [p for w in ws for p in _glued_pieces(w)]
        # a header read whole is one cell, unless a word of it is two headers glued at a case change
        # ("Anmälningsnr / studentidAdress" reads as an address's header whole, but holds two cells)
        if any(ch.isdigit() for ch in text) or (_is_header(text) and len(pieces) == len(ws)):
            out.append(ws)
            continue
        sizes = header_segments([p.text for p in pieces]) if len(pieces) > 1 else None
        if sizes is None:  # glued to a header of two words ("OrdningsvaktskortGiltigt till")
            pieces = [p for w in ws for p in _glued_pieces(w, loose=True)]
            sizes = header_segments([p.text for p in pieces]) if len(pieces) > 1 else None
        if sizes is None or len(sizes) < 2:
            out.append(ws)
            continue
        i = 0
        for n in sizes:
            out.append(pieces[i : i + n])
            i += n
    return out


def _cut_before_glued_kind(ws: list[Word]) -> list[list[Word]]:
    """A cell cut where a word in lower case runs into a header of a kind with no space between ("Land i
    ursprungslandetPassnummer"): the last header filled its cell to the border and the reader joined the next
    header's first word to it; the header after the cut opens the next cell."""
    for j, w in enumerate(ws):
        for m in _GLUED.finditer(w.text):
            a, b = w.text[:m.start()], w.text[m.start():]
            if len(a) >= 3 and a.isalpha() and a.islower() and header_kind(b) is not None:
                head, tail = _glued_pieces(w, cut=m.start())
                return [[*ws[:j], head], *_cut_before_glued_kind([tail, *ws[j + 1:]])]
    return [ws]


def _glued_on(word: Word, text: str) -> bool:
    """True for a piece cut from a word glued to the one before it (its first letter follows a letter in the text)."""
    return 0 < word.start <= len(text) and text[word.start - 1].isalpha() and text[word.start:word.start + 1].isupper()


def _glued_pieces(word: Word, loose: bool = False, cut: int | None = None) -> list[Word]:
    """A word split where header cells are glued ("AnställningsnummerMobil"), each part with its share of the box
    (``cut``: split there only)."""
    parts = split_glued(word.text, loose) if cut is None else [word.text[:cut], word.text[cut:]]
    if len(parts) == 1:
        return [word]
    x0, y0, x1, y1 = word.rect
    per = (x1 - x0) / max(len(word.text), 1)
    out, pos = [], 0
    for part in parts:
        a = pos
        pos += len(part)
        out.append(Word(part, word.start + a, word.start + pos, (x0 + a * per, y0, x0 + pos * per, y1), word.line, word.conf))
    return out
