"""Which extracted text can be trusted: a whole page's text layer, and each span of it by its font.

A PDF font maps character codes to glyph shapes; the text a reader copies out
comes from a separate map (``/ToUnicode``) or from standard glyph names. A
Type 3 font draws whatever its glyph procedures say, and a font without a
usable Unicode map extracts as replacement characters, control codes or
shifted letters: a name drawn in such a font is visible on paper but no text
check can see it. Lines in those fonts are OCR'd as regions of the page, even
when the rest of the page reads well.
"""

from __future__ import annotations

import re
import unicodedata

import pymupdf

from redact.ingest.ocr_outlines import merge_boxes
from redact.types import Rect

#: Fewer non-space characters than this count as "no text layer".
MIN_TEXT_CHARS = 10
#: A text layer where more than this share of characters is implausible is garbage.
GARBAGE_SHARE = 0.15

# Letters a Swedish administrative text plausibly contains.
_PLAUSIBLE_SET = "A-Za-z0-9ÅÄÖåäöÉéÜüÆæØøÈèÁáÀàÍíÓóÚúÑñÇçßÔôÊêËëÏïÎî"
_PLAUSIBLE = re.compile(f"[{_PLAUSIBLE_SET}]")
# Printable ASCII and the plausible letters: never counted as bad.
_COMMON = re.compile(f"[\\x21-\\x7e{_PLAUSIBLE_SET}]+")
# The characters of three classes are counted, not found one by one (a page's text is thousands of characters): the
# plausible letters as what is left once the runs of other characters are taken out, the symbols (not a letter or
# digit, str.isalnum, and not ordinary punctuation) as what is left once the runs of word characters and punctuation
# are taken out, and the underscores; the vowels of either case ("aeiouyåäöé" lowered) one by one.
_NOT_COMMON_LETTER = re.compile(f"[^{_PLAUSIBLE_SET.replace('0-9', '')}]+")
_NOT_SYMBOL = re.compile(r"""[\w.,:;\-–()/%§'"!?@+&]+""")
_VOWELS = "aeiouyåäöéAEIOUYÅÄÖÉ"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: Letters from here on (Greek, Cyrillic, Hebrew, Arabic, Indic, CJK ...) belong to other scripts: text in
#: them with a proper Unicode mapping is a readable layer, garbage there is replacement or private-use
#: characters, which are counted on their own.
_OTHER_SCRIPTS = 0x0370


# Replacement, private-use and control characters (tab and line ends excepted) in extracted text.
_ODD = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Encodings of simple fonts that MuPDF maps to Unicode with a fixed table.
STANDARD_ENCODINGS = frozenset({"WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding", "MacExpertEncoding", "PDFDocEncoding"})
#: Points beyond either end of a line in an untrusted font (a glyph drawn a little past its advance).
FONT_REGION_MARGIN = 1.0
#: An untrusted line with fewer characters than this is a bullet or a symbol, not a name.
MIN_UNTRUSTED_CHARS = 2
_SUBSET = re.compile(r"^[A-Z]{6}\+")
# The plain-text extraction's flags for the block extraction: the same text, and no image blocks (their pixels).
_TEXT_FLAGS = pymupdf.TEXTFLAGS_TEXT


def text_is_garbage(text: str) -> bool:
    """True when extracted text is mostly replacement, private-use or implausible characters."""
    chars = "".join(text.split())
    if len(chars) < MIN_TEXT_CHARS:
        return False
    # Every page of a request passes here: the common characters (ASCII and the plausible
    # letters, none of them bad) are counted by regex, only the rest one by one.
    odd = _COMMON.sub("", chars)
    bad = 0
    odd_letters = 0
    for c in odd:
        cp = ord(c)
        alpha = c.isalpha()
        odd_letters += alpha
        if c == "\ufffd" or 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000 or unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs"):
            bad += 1
        elif alpha and cp < _OTHER_SCRIPTS and not _PLAUSIBLE.match(c):
            bad += 1  # a Latin letter no Swedish text has: the mojibake of a broken encoding ("Ã¤", "þÿ")
        elif alpha and cp >= _OTHER_SCRIPTS:
            odd_letters -= 1  # Greek, Cyrillic, Hebrew, Arabic, CJK ...: real text, but not for the vowel share
    if bad / len(chars) > GARBAGE_SHARE:
        return True
    # Fonts with a broken encoding often map glyphs to shifted ASCII: few vowels, many odd symbols
    # (among the Latin letters: a Japanese page has no vowels to count).
    letters = len(_NOT_COMMON_LETTER.sub("", chars)) + odd_letters
    symbols = len(_NOT_SYMBOL.sub("", chars)) + chars.count("_")
    if letters >= 40:
        vowels = sum(map(chars.count, _VOWELS))
        if vowels / letters < 0.15:
            return True
    return symbols / len(chars) > 0.35


def _font_key(name: str) -> str:
    """A font name comparable between the font dictionary and the text trace ('ABCDEF+Dejavu Sans Book' -> 'dejavusansbook')."""
    return "".join(c for c in _SUBSET.sub("", name) if c.isalnum()).casefold()


def _differences_standard(doc: pymupdf.Document, xref: int) -> bool:
    """True when a simple font's encoding is a standard one and every /Differences name is a known glyph name."""
    kind, value = doc.xref_get_key(xref, "Encoding")
    if kind == "null":
        return True  # the font's built-in encoding: glyph names of the font program
    if kind == "name":
        return value.lstrip("/") in STANDARD_ENCODINGS
    base_kind, base = doc.xref_get_key(xref, "Encoding/BaseEncoding")
    if base_kind == "name" and base.lstrip("/") not in STANDARD_ENCODINGS:
        return False
    kind, diffs = doc.xref_get_key(xref, "Encoding/Differences")
    if kind != "array":
        return True
    for name in re.findall(r"/([^\s/\[\]()<>{}%]+)", diffs):
        if name != ".notdef" and pymupdf.mupdf.fz_unicode_from_glyph_name(name) == 0xFFFD:
            return False
    return True


#: Adobe's registered character collections: a CID in one of them stands for a known Unicode character.
REGISTERED_ORDERINGS = frozenset({"Japan1", "GB1", "CNS1", "Korea1", "KR"})


def _registered_collection(doc: pymupdf.Document, xref: int, encoding: str) -> bool:
    """True when a composite font's CIDs are those of a registered Adobe collection (Japanese, Chinese, Korean).

    With a predefined CMap (``90ms-RKSJ-H``) the codes map to such CIDs whatever the font program; with
    ``Identity`` the codes are the CIDs, which a CID-keyed CFF font (``CIDFontType0``) is bound to, and a
    TrueType one with a /CIDToGIDMap stream; one with ``/Identity`` there numbers CIDs as its own glyphs
    and may claim a collection all the same.
    """
    kind, value = doc.xref_get_key(xref, "DescendantFonts")
    ref = re.search(r"(\d+) 0 R", value) if kind == "array" else None
    if ref is None:
        return False
    cid = int(ref.group(1))
    registry = doc.xref_get_key(cid, "CIDSystemInfo/Registry")[1].strip("()")
    ordering = doc.xref_get_key(cid, "CIDSystemInfo/Ordering")[1].strip("()")
    if registry != "Adobe" or ordering not in REGISTERED_ORDERINGS:
        return False
    if encoding.startswith("Identity"):
        if doc.xref_get_key(cid, "Subtype")[1] == "/CIDFontType0":
            return True
        return doc.xref_get_key(cid, "CIDToGIDMap")[0] == "xref"  # the collection's CIDs mapped to its glyphs
    return bool(encoding)


def untrusted_fonts(page: pymupdf.Page) -> tuple[set[str], int]:
    """Keys (see ``_font_key``) of the page's fonts whose text cannot be trusted, and the number of fonts.

    Type 3 fonts draw anything; a font without /ToUnicode is trusted only with a
    standard encoding (a composite font only with a predefined Unicode CMap).
    Reads the resources only: no content is interpreted.
    """
    doc = page.parent
    out: set[str] = set()
    fonts = page.get_fonts(full=True)
    for xref, _ext, ftype, basefont, _name, encoding, *_ in fonts:
        if ftype == "Type3":
            out.add("type3")
            continue
        try:
            if doc.xref_get_key(xref, "ToUnicode")[0] != "null":
                continue  # a broken map shows as odd characters or garbage, looked for per span
            if ftype == "Type0":
                trusted = encoding.startswith("Uni") or _registered_collection(doc, xref, encoding)
            else:
                trusted = _differences_standard(doc, xref)
        except Exception:  # damaged font dictionary: its text is not to be trusted
            trusted = False
        if not trusted:
            out.add(_font_key(basefont) or f"xref{xref}")
    return out, len(fonts)


def _matches(key: str, suspects: set[str]) -> bool:
    """True when a span's font (its ``_font_key``) may be one of the suspect fonts (names are compared loosely)."""
    if key.startswith("type3"):
        return True
    if not key:  # a span without a font name: suspect when a suspect font has no name either
        return any(s.startswith("xref") for s in suspects)
    return any(key.startswith(s) or s.startswith(key) for s in suspects)


def page_text(page: pymupdf.Page, fonts: tuple[set[str], int]) -> tuple[str, list[dict] | None]:
    """The page's text, and its text blocks when its spans will have to be judged one by one.

    A page with one trusted font gets the plain extraction; a page with several
    fonts, or a suspect one, gets the block extraction (spans with their fonts)
    once, and its text is joined from that.
    """
    suspects, n_fonts = fonts
    if not suspects and n_fonts < 2:
        return page.get_text("text"), None
    blocks = page.get_text("dict", flags=_TEXT_FLAGS)["blocks"]
    lines = ["".join(s["text"] for s in line["spans"]) for b in blocks for line in b.get("lines", ())]
    return "\n".join(lines) + ("\n" if lines else ""), blocks


def untrusted_spans(page: pymupdf.Page, text: str, fonts: tuple[set[str], int] | None = None,
                    blocks: list[dict] | None = None) -> list[Rect]:
    """Boxes (unrotated page points) of the spans whose extracted text cannot be trusted.

    Untrusted: a span in a font of ``untrusted_fonts``, a span with replacement,
    private-use or control characters, and every span of a font whose text on
    this page is garbage. A page with one trusted font and plausible text costs
    one look at its font resources; only a page with several fonts, a suspect
    font or odd characters has its spans looked at.
    """
    suspects, n_fonts = fonts if fonts is not None else untrusted_fonts(page)
    if not suspects and n_fonts < 2 and not _ODD.search(text):
        return []
    if blocks is None:
        try:
            blocks = page.get_text("dict", flags=_TEXT_FLAGS)["blocks"]
        except Exception:  # pragma: no cover - damaged content: the page-level checks decide
            return []
    out: list[Rect] = []
    by_font: dict[str, list[tuple[Rect, str]]] = {}
    for block in blocks:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                chars = span["text"]
                if not chars.strip():
                    continue
                key = _font_key(span.get("font", ""))
                bbox = tuple(span["bbox"])
                if _matches(key, suspects) or _ODD.search(chars):
                    out.append(bbox)  # type: ignore[arg-type]
                else:
                    by_font.setdefault(key, []).append((bbox, chars))  # type: ignore[arg-type]
    if len(by_font) > 1:
        for items in by_font.values():
            if text_is_garbage(" ".join(t for _, t in items)):
                out.extend(b for b, _ in items)
    return out


def font_regions(boxes: list[Rect]) -> tuple[Rect, ...]:
    """Regions to OCR around untrusted spans: one per line (neighbouring lines merged), with a margin.

    A lone bullet or symbol (fewer than ``MIN_UNTRUSTED_CHARS`` glyphs on its line, judged by width) is left out.
    """
    lines: list[list[float]] = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: ((b[1] + b[3]) / 2, b[0])):
        h = max(y1 - y0, 0.1)
        if lines:
            last = lines[-1]
            lh = last[3] - last[1]
            cy = (y0 + y1) / 2
            if last[1] <= cy <= last[3] and x0 - last[2] <= 2 * max(h, lh):
                last[0], last[1] = min(last[0], x0), min(last[1], y0)
                last[2], last[3] = max(last[2], x1), max(last[3], y1)
                continue
        lines.append([x0, y0, x1, y1])
    out: list[list[float]] = []
    for x0, y0, x1, y1 in lines:
        h = y1 - y0
        if h <= 0 or (x1 - x0) < MIN_UNTRUSTED_CHARS * 0.4 * h:
            continue  # narrower than two glyphs
        # Little room beyond the span: neighbouring trusted text in the region would glue onto its words
        # ("e:Vera"); the image OCR reads gets a white border of its own instead.
        mx, my = FONT_REGION_MARGIN, 0.2 * h
        out.append([x0 - mx, y0 - my, x1 + mx, y1 + my])
    return merge_boxes(out)
