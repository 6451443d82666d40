"""Reading a page again only where its pixels changed: the output's check reads what the masks touched.

When the output is checked, a scanned page is the page that was read on the way in
with boxes drawn over some words. Reading all of it again costs what reading the input
cost; reading only what changed costs a fraction. The proof is by comparison, never by
assumption: the source's pixels are kept (compressed) with its reading, the new image is
compared with them pixel by pixel, and

- a source word is reused only when not one pixel of its box changed (it is then a reading
  of the very pixels that are there now);
- a word with a changed pixel is read again, unless its whole box is now one colour (a
  mask's box lies over it: no letter can stand there);
- every other changed pixel is read again too, unless its group of changes is one box of
  one colour (but for the box's one-pixel anti-aliased edge);
- a clip read again takes in every source word it meets, whole: no word is read cut in two.

The pieces read again are stacked in one Tesseract run. Words read again join the source
line they stand on, left to right, so a name half reused and half read again still reads
as consecutive words, and lines keep the source's reading order.
"""

from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass

import numpy as np

from redact.ingest.ocr_image import downscale
from redact.ingest.ocr_rules import RULE_MIN_HEIGHT_IN, RULE_MIN_WIDTH_IN, remove_rules
from redact.ingest.ocr_tesseract import OcrSettings, TsvWord
from redact.ingest.ocr_turns import OcrResult, read_stacked

log = logging.getLogger(__name__)

#: Largest spread of grey levels in a box that counts as one colour (a mask's box, a blanked area).
FLAT_TOLERANCE = 8
#: Inches above and below a run of words within which the changes on its line are read with it.
EDGE_IN = 0.025
#: Inches between two words of a line read again below which they are read in one clip.
JOIN_IN = 0.12
#: A page whose clips cover more than this share of it is read whole (one reading costs less than the pieces).
MAX_CLIP_SHARE = 0.5
#: Tesseract's page segmentation for the stacked clips: one uniform block of text.
STACK_PSM = 6
#: Side (pixels) of the blocks changed pixels are grouped by before they are boxed.
_BLOCK = 8


@dataclass(frozen=True)
class Source:
    """An image as it was read (pixels compressed), and its reading's lines in the image's pixels."""

    shape: tuple[int, int]
    pixels: bytes  # zlib of the grey image, row-major
    lines: tuple[tuple[TsvWord, ...], ...]  # in reading order; word boxes in pixels of the image turned as read
    route: tuple | None
    turn: int = 0  # degrees clockwise the image was turned to be read

    @property
    def size(self) -> int:
        """Bytes this source holds (for the memo's budget)."""
        return len(self.pixels) + 64 * sum(len(line) for line in self.lines)

    def gray(self) -> np.ndarray:
        """The source image."""
        return np.frombuffer(zlib.decompress(self.pixels), dtype=np.uint8).reshape(self.shape)


def closest(gray: np.ndarray, sources: list[Source]) -> Source:
    """The source whose image differs from ``gray`` in the fewest pixels (the first of equals)."""
    if len(sources) == 1:
        return sources[0]

    def changed(source: Source) -> int:
        if source.shape != gray.shape:
            return gray.size + 1
        return int(np.count_nonzero(source.gray() != gray))

    return min(sources, key=changed)


def _turned(gray: np.ndarray, turn: int) -> np.ndarray:
    """``gray`` turned clockwise by ``turn`` degrees, as Tesseract read it."""
    return np.rot90(gray, k=-(turn // 90)) if turn else gray


def source_of(gray: np.ndarray, result: OcrResult) -> Source | None:
    """``result`` (a reading of ``gray``) kept for a later partial reading; None when it cannot serve one.

    The reading's words are kept in the pixels of the image turned as it was read (at full
    resolution), so its lines run across. A reading that keeps words of other turns too (an
    image on a text page, read in all four) does not qualify.
    """
    turn = result.rotation
    if result.extra or not result.words or result.width * result.height == 0 or turn not in (0, 90, 180, 270):
        return None
    h, w = gray.shape
    th, tw = (w, h) if turn in (90, 270) else (h, w)
    sx, sy = result.scale if turn in (0, 180) else result.scale[::-1]
    lines: dict[tuple[int, int, int], list[TsvWord]] = {}
    for word in result.words:
        left, top = max(0, int(np.floor(word.left * sx))), max(0, int(np.floor(word.top * sy)))
        right = min(tw, int(np.ceil((word.left + word.width) * sx)))
        bottom = min(th, int(np.ceil((word.top + word.height) * sy)))
        if right <= left or bottom <= top:
            continue
        lines.setdefault(word.line, []).append(TsvWord(word.text, left, top, right - left, bottom - top, word.conf,
                                                       word.line))
    pixels = zlib.compress(np.ascontiguousarray(gray).tobytes(), 1)
    return Source((h, w), pixels, tuple(tuple(v) for v in lines.values()), result.route, turn)


Box = tuple[int, int, int, int]


def _box_of(word: TsvWord) -> Box:
    return word.left, word.top, word.left + word.width, word.top + word.height


def _meets(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _union(a: Box, b: Box) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _grow(a: Box, d: int, shape: tuple[int, int]) -> Box:
    return max(0, a[0] - d), max(0, a[1] - d), min(shape[1], a[2] + d), min(shape[0], a[3] + d)


def changed_boxes(diff: np.ndarray) -> list[Box]:
    """Boxes (x0, y0, x1, y1 in pixels, end exclusive) round the groups of set pixels of ``diff``, exactly."""
    if not diff.any():
        return []
    h, w = diff.shape
    bh, bw = -(-h // _BLOCK), -(-w // _BLOCK)
    padded = np.zeros((bh * _BLOCK, bw * _BLOCK), dtype=bool)
    padded[:h, :w] = diff
    blocks = padded.reshape(bh, _BLOCK, bw, _BLOCK).any(axis=(1, 3))
    # Blocks that touch (8 ways) form one group: a mask's box and its anti-aliased edge are one change.
    seen = np.zeros(blocks.shape, dtype=bool)
    boxes: list[Box] = []
    for by, bx in zip(*np.nonzero(blocks)):
        if seen[by, bx]:
            continue
        seen[by, bx] = True
        stack = [(int(by), int(bx))]
        y0 = y1 = int(by)
        x0 = x1 = int(bx)
        while stack:
            cy, cx = stack.pop()
            y0, y1, x0, x1 = min(y0, cy), max(y1, cy), min(x0, cx), max(x1, cx)
            for ny in range(max(0, cy - 1), min(bh, cy + 2)):
                for nx in range(max(0, cx - 1), min(bw, cx + 2)):
                    if blocks[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        # the exact bounds of the set pixels in the group's blocks
        X0, Y0, X1, Y1 = x0 * _BLOCK, y0 * _BLOCK, min(w, (x1 + 1) * _BLOCK), min(h, (y1 + 1) * _BLOCK)
        part = diff[Y0:Y1, X0:X1]
        ys, xs = np.nonzero(part.any(axis=1))[0], np.nonzero(part.any(axis=0))[0]
        boxes.append((X0 + int(xs[0]), Y0 + int(ys[0]), X0 + int(xs[-1]) + 1, Y0 + int(ys[-1]) + 1))
    return boxes


def _flat(gray: np.ndarray, box: Box, inset: int = 0) -> bool:
    """True when the pixels of ``box`` (less ``inset`` on each side) are one colour: no letter can stand there."""
    x0, y0, x1, y1 = box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset
    if x1 <= x0 or y1 <= y0:
        return True  # a box two pixels thin: its edges are blends of the box and the page, no letter fits
    part = gray[y0:y1, x0:x1]
    return int(part.max()) - int(part.min()) <= FLAT_TOLERANCE


def plan_clips(source: Source, gray: np.ndarray, diff: np.ndarray, dpi: int
               ) -> tuple[list[Box], set[tuple[int, int]]] | None:
    """The clips of ``gray`` to read again, and the source words (line index, word index) not reused; None
    when the clips would cover more than ``MAX_CLIP_SHARE`` of the image.

    A source word with a changed pixel in its box is not reused: it is gone when its box is now one
    colour (a mask's box lies over it), else read again; the words read again on a line are read in
    runs, each run's clip holding the changes on its line. A group of changed pixels whose box is one
    colour (but for its one-pixel edge, where the box blends into the page) holds nothing to read.
    Then, until nothing moves: changed pixels neither in a clip nor in such a box get a clip of their
    own, and a source word whose box meets a clip is read again too (no word is read cut in two).
    So every changed pixel is read again or proven blank, and every word reused lies on unchanged pixels.
    """
    shape = gray.shape
    h, w = shape
    join = max(1, round(JOIN_IN * dpi))
    edge = max(1, round(EDGE_IN * dpi))
    changes = changed_boxes(diff)
    blank = np.zeros(shape, dtype=bool)
    inked: list[Box] = []
    for c in changes:
        if _flat(gray, c, inset=1):
            blank[c[1] : c[3], c[0] : c[2]] = True
        else:
            inked.append(c)
    words = [((i, j), _box_of(wd)) for i, line in enumerate(source.lines) for j, wd in enumerate(line)]
    touched = {key for key, b in words if diff[b[1] : b[3], b[0] : b[2]].any()}
    read = {key for key, b in words if key in touched and not _flat(gray, b)}
    alone: list[Box] = []  # changes read on their own
    while True:
        clips = _runs(source, read, inked, join, edge, shape) + alone
        covered = np.zeros(shape, dtype=bool)
        for c in clips:
            covered[c[1] : c[3], c[0] : c[2]] = True
        if covered.sum() > MAX_CLIP_SHARE * h * w:
            return None
        left = diff & ~covered & ~blank
        if left.any():
            alone += [_grow(b, 1, shape) for b in changed_boxes(left)]
            continue
        more = {key for key, b in words if key not in touched and covered[b[1] : b[3], b[0] : b[2]].any()}
        if not more:
            return clips, touched
        touched |= more
        read |= more


def _runs(source: Source, touched: set[tuple[int, int]], changes: list[Box], join: int, edge: int,
          shape: tuple[int, int]) -> list[Box]:
    """Clips of the touched words: on each line, words closer than ``join`` read as one run, with the changes it meets."""
    out: list[Box] = []
    for i, line in enumerate(source.lines):
        boxes = sorted(_box_of(wd) for j, wd in enumerate(line) if (i, j) in touched)
        run: Box | None = None
        for b in boxes:
            if run is not None and b[0] - run[2] <= join:
                run = _union(run, b)
                continue
            if run is not None:
                out.append(run)
            run = b
        if run is not None:
            out.append(run)
    clips = []
    for run in out:
        # the changes on the run's line, cut to its height and a little more (a mask's box is a word's and
        # a margin); a change reaching further up or down is read in a clip of its own (``plan_clips``)
        top, bottom = run[1] - edge, run[3] + edge
        for c in changes:
            if _meets((run[0], top, run[2], bottom), c):
                run = _union(run, (c[0], max(c[1], top), c[2], min(c[3], bottom)))
        clips.append(_grow(run, 1, shape))
    return clips


def _line_for(word: Box, lines: list[Box]) -> int | None:
    """The source line a word read in a clip belongs to: the one it shares most of its height with, in its column."""
    best, share = None, 0.5
    cx = (word[0] + word[2]) / 2
    for i, lb in enumerate(lines):
        if not lb[0] <= cx <= lb[2]:
            continue
        overlap = min(word[3], lb[3]) - max(word[1], lb[1])
        s = overlap / max(1, min(word[3] - word[1], lb[3] - lb[1]))
        if s > share:
            best, share = i, s
    return best


def _read_clips(gray: np.ndarray, clips: list[Box], settings: OcrSettings, dpi: int, route: tuple,
                page_label: str) -> tuple[list[list[TsvWord]], list[tuple[float, float]]]:
    """The words of each clip (in the clip's pixels as read) and the factors back to the image's pixels.

    Read as the source was read: at its resolution, with or without the rules. A rule is found by its
    length, so each clip's rules are looked for in a window that reaches a rule's length round it.
    """
    read_dpi = route[1] if route[1] < dpi * 0.9 else dpi
    reach = round(max(RULE_MIN_WIDTH_IN, RULE_MIN_HEIGHT_IN) * dpi) + 2
    shape = gray.shape
    windows = [_grow(c, reach, shape) for c in clips]
    whole = route[3] and sum((b[2] - b[0]) * (b[3] - b[1]) for b in windows) > gray.size
    image = remove_rules(gray, dpi) if whole else gray
    tiles, scales = [], []
    for c, win in zip(clips, windows):
        if route[3] and not whole:
            tile = remove_rules(gray[win[1] : win[3], win[0] : win[2]], dpi)[
                c[1] - win[1] : c[3] - win[1], c[0] - win[0] : c[2] - win[0]]
        else:
            tile = image[c[1] : c[3], c[0] : c[2]]
        scale = (1.0, 1.0)
        if read_dpi < dpi:
            tile, scale = downscale(tile, dpi / read_dpi)
        tiles.append(tile)
        scales.append(scale)
    # One block of text, line under line: Tesseract's page layout (psm 3) takes a column of pieces
    # with boxes in them for pictures and leaves words beside the boxes unread.
    return read_stacked(tiles, settings, page_label, round(read_dpi), psm=STACK_PSM), scales


def read_changed(gray: np.ndarray, source: Source, settings: OcrSettings, dpi: int, page_label: str = ""
                 ) -> OcrResult | None:
    """A reading of ``gray`` made of the source's words on unchanged pixels and fresh readings of the rest;
    None when the image differs too much (or in shape) for that to pay: it is then read whole."""
    route = source.route
    if gray.shape != source.shape or route is None or route[0] != "page":
        return None
    turn = source.turn
    image = _turned(gray, turn)  # everything below is in the pixels of the image turned as the source was read
    diff = _turned(source.gray(), turn) != image
    h, w = image.shape
    if not diff.any():
        return None  # not reached through the memo (same pixels, same reading); read whole to be plain
    planned = plan_clips(source, image, diff, dpi)
    if planned is None:
        log.debug("%småsken ändrade för mycket av sidan: den läses om hel", page_label)
        return None
    clips, touched = planned
    readings, scales = _read_clips(image, clips, settings, dpi, route, page_label) if clips else ([], [])
    line_boxes = [_box_of(line[0]) for line in source.lines]
    for i, line in enumerate(source.lines):
        for wd in line[1:]:
            line_boxes[i] = _union(line_boxes[i], _box_of(wd))
    # the source's lines with their touched words left out; words read again join the line they stand on
    rows: list[list[TsvWord]] = [[wd for j, wd in enumerate(line) if (i, j) not in touched]
                                 for i, line in enumerate(source.lines)]
    loose: dict[tuple[int, tuple[int, int, int]], list[TsvWord]] = {}
    for k, (clip, words, (sx, sy)) in enumerate(zip(clips, readings, scales)):
        for wd in words:
            x0, y0 = clip[0] + int(wd.left * sx), clip[1] + int(wd.top * sy)
            x1 = min(w, clip[0] + int(np.ceil((wd.left + wd.width) * sx)))
            y1 = min(h, clip[1] + int(np.ceil((wd.top + wd.height) * sy)))
            moved = TsvWord(wd.text, x0, y0, max(1, x1 - x0), max(1, y1 - y0), wd.conf, wd.line)
            i = _line_for(_box_of(moved), line_boxes)
            if i is None:
                loose.setdefault((k, wd.line), []).append(moved)
            else:
                rows[i].append(moved)
    out: list[TsvWord] = []
    for n, row in enumerate(rows):
        # in a line, left to right: a name half reused and half read again reads as one run of words
        for wd in sorted(row, key=lambda t: t.left) if len(row) > 1 else row:
            out.append(TsvWord(wd.text, wd.left, wd.top, wd.width, wd.height, wd.conf, (n, 0, 0)))
    for n, words in enumerate(loose.values(), start=len(rows)):  # read where the source read no line
        out.extend(TsvWord(wd.text, wd.left, wd.top, wd.width, wd.height, wd.conf, (n, 0, 0)) for wd in words)
    area = sum((c[2] - c[0]) * (c[3] - c[1]) for c in clips)
    log.debug("%s%d ord ändrades, %d utsnitt lästes om (%.1f %% av bilden); resten är oförändrade pixlar",
              page_label, len(touched), len(clips), 100 * area / (h * w))
    return OcrResult(out, turn, gray.shape[1], gray.shape[0], (1.0, 1.0), route=route)
