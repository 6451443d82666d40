"""What the measurement scripts of one kind of data share (``check_addresses_abroad.py``, ``check_bank_accounts.py``,
``check_identifiers.py``): the detector, the masks of a text, what of an item is left readable, the command line
and the halves printed apart. They print figures and assert nothing."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable


def arguments(doc: str, item: str, halves: dict[str, list[str]]) -> argparse.Namespace:
    """The command line: -v, --blank, --half (a name of ``halves``, each a list of half names) and item names."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("-v", action="store_true", help=f"print what each {item} left readable")
    ap.add_argument("--blank", action="store_true", help="spacy.blank('sv') instead of the shipped model")
    ap.add_argument("--half", choices=list(halves), default="both",
                    help="which half to measure (default both: tuned and held-out, printed apart)")
    ap.add_argument("names", nargs="*", help="only these (case-insensitive)")
    args = ap.parse_args()
    args.half_names = halves[args.half]
    return args


#: Halves written blind to measure whether the rules generalise: ``-v`` never lists their texts.
HELD_OUT_HALVES = frozenset({"held-out", "held-out2", "held-out3", "held-out4"})


def half_arguments(doc: str, item: str, present: list[str]) -> argparse.Namespace:
    """The command line of a check whose halves are ``present`` (tuned first); sets ``args.verbose_for(half)``.

    ``--half`` takes one half, ``both`` (tuned and held-out) or, with three halves, ``all``. ``-v`` lists the
    texts of the tuned half only: a held-out half prints its verdicts and summary, never what it left readable."""
    halves = {half: [half] for half in present}
    halves["both"] = ["tuned", "held-out"]
    if len(present) > 2:
        halves["all"] = list(present)
    args = arguments(doc, item, halves)
    for half in args.half_names:
        if args.v and half in HELD_OUT_HALVES:
            print(f"note: the {half} half is never run with -v; showing it without the per-text lines")
    args.verbose_for = lambda half: args.v and half not in HELD_OUT_HALVES
    return args


def cut_near_middle(item: str, at_char: str = " ") -> tuple[str, str] | None:
    """The item cut at its ``at_char`` nearest the middle (the text after it stripped), or None when it has none."""
    places = [i for i, c in enumerate(item) if c == at_char]
    if not places:
        return None
    at = min(places, key=lambda i: abs(i - len(item) / 2))
    return item[:at], item[at + 1:].strip()


def make_detector(blank: bool):
    """The shipped detector, or one on spacy.blank('sv') (rules only)."""
    from redact.detect.engine import Detector

    if not blank:
        return Detector()
    import spacy

    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    return Detector(nlp=nlp)


def masks_of(text: str, detector) -> list[tuple[int, int]]:
    """The spans of every finding in ``text`` that is not rejected."""
    from redact.document_detection import detect_text

    det = detect_text(text, detector)
    return [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.start is not None and f.end is not None]


def left_readable(text: str, spans: list[tuple[int, int]], masks: list[tuple[int, int]],
                  counted: Callable[[str], bool] = str.isalnum) -> tuple[str, int, int]:
    """The item's counted characters left unmasked (masked ones as '·'), how many and out of how many."""
    left, count, total = [], 0, 0
    for a, b in spans:
        for i in range(a, b):
            if not counted(text[i]):
                left.append(text[i] if not text[i].isspace() else " ")
                continue
            total += 1
            if any(s <= i < e for s, e in masks):
                left.append("·")
            else:
                count += 1
                left.append(text[i])
        left.append(" ")
    return " ".join("".join(left).split()), count, total


def verdict(whole: int, missed: int, n: int) -> str:
    """A kind's verdict: full when every text is whole, missed when none has anything masked."""
    return "full" if whole == n else ("missed" if missed == n else "partial")


def kinds_line(verdicts: dict[str, str], noun: str = "kinds") -> str:
    """The half's count of full, partial and missed kinds."""
    counts = {k: sum(v == k for v in verdicts.values()) for k in ("full", "partial", "missed")}
    return f"{noun}: {len(verdicts)}  full {counts['full']}  partial {counts['partial']}  missed {counts['missed']};"


def keep_line(keep: list[tuple[str, str]], detector, title: str, counted: Callable[[str], bool] = str.isalnum,
              show: bool = True) -> str:
    """How many of the things that must stay readable had a counted character masked (and which, when ``show``)."""
    masked = []
    for text, kept in keep:
        s = text.index(kept)
        _, count, total = left_readable(text, [(s, s + len(kept))], masks_of(text, detector), counted)
        if count < total:
            masked.append(kept)
    return f"KEEP ({title}): {len(masked)}/{len(keep)} masked" + (f"  ({', '.join(masked)})" if masked and show else "")


def measure_kinds(kinds: dict[str, list], wanted: set[str], texts_for: Callable[[str, object], dict], detector,
                  verbose: bool, counted: Callable[[str], bool] = str.isalnum, noun: str = "items", width: int = 18,
                  group_of: Callable[[str], str] | None = None, kinds_noun: str = "kinds",
                  by_frame: dict[str, list[int]] | None = None, shown: Callable[[object], object] = lambda item: item,
                  frame_width: int = 8) -> str:
    """Print each kind's verdict over its items' texts and return the half's summary line (per group if given).

    ``by_frame`` (frame: [whole, texts]) is counted up when given; ``shown`` is what ``-v`` prints of an item."""
    verdicts: dict[str, str] = {}
    all_whole = all_part = all_missed = all_n = items_n = 0
    groups: dict[str, list[int]] = {}
    for kind, items in kinds.items():
        if wanted and kind.lower() not in wanted:
            continue
        whole = part = missed = n = 0
        notes = []
        for item in items:
            items_n += 1
            for frame, (text, spans) in texts_for(kind, item).items():
                left, count, total = left_readable(text, spans, masks_of(text, detector), counted)
                n += 1
                if by_frame is not None:
                    by_frame.setdefault(frame, [0, 0])[1] += 1
                if count == 0:
                    whole += 1
                    if by_frame is not None:
                        by_frame[frame][0] += 1
                elif count == total:
                    missed += 1
                else:
                    part += 1
                if count:
                    notes.append(f"    {frame:{frame_width}} {shown(item)!r}: left {left!r}")
        verdicts[kind] = verdict(whole, missed, n)
        if group_of is not None:
            group = groups.setdefault(group_of(kind), [0, 0])
            group[0] += whole
            group[1] += n
        all_whole, all_part, all_missed, all_n = all_whole + whole, all_part + part, all_missed + missed, all_n + n
        print(f"{kind:{width}} {verdicts[kind]:8} {len(items):3} {noun}  {whole:3}/{n:<3} texts whole, "
              f"{part} partial, {missed} missed")
        if verbose and notes:
            print("\n".join(notes))
    by_group = "  ".join(f"{g} {w}/{n}" for g, (w, n) in groups.items() if n)
    return (f"{kinds_line(verdicts, kinds_noun)}  {noun} {items_n};  texts whole {all_whole}/{all_n}"
            f"  partial {all_part}"
            f"  missed {all_missed}" + (f"  ({by_group})" if by_group else ""))


def print_halves(halves: list[str], measure: Callable[[str], str]) -> None:
    """Measure each half under its own heading, then print their summary lines together."""
    summaries = []
    for half in halves:
        print(f"== {half} ==")
        summaries.append((half, measure(half)))
    print()
    for half, line in summaries:
        print(f"{half:9}  {line}")


def measure_by_frame(kinds: dict[str, list], wanted: set[str], texts_for: Callable[[str, object], dict], detector,
                     verbose: bool, frames: dict[str, str], **options) -> str:
    """``measure_kinds`` over texts set in ``frames``, then the texts whole per frame and the time; the summary line."""
    by_frame = {f: [0, 0] for f in frames}
    started = time.perf_counter()
    line = measure_kinds(kinds, wanted, texts_for, detector, verbose, by_frame=by_frame, **options)
    print("texts whole per frame: " + "  ".join(f"{f} {w}/{n}" for f, (w, n) in by_frame.items() if n))
    print(f"({time.perf_counter() - started:.0f} s)")
    return line


def run_halves(doc: str, item: str, present: list[str], measure: Callable[..., str],
               keeps: list[tuple[list[tuple[str, str]], str]]) -> int:
    """A check's main: parse the command line, measure each half with ``measure(half, wanted, detector, verbose)``,
    print each KEEP line and the elapsed time."""
    args = half_arguments(doc, item, present)
    started = time.perf_counter()
    detector = make_detector(args.blank)
    wanted = {k.lower() for k in args.names}
    print_halves(args.half_names, lambda half: measure(half, wanted, detector, args.verbose_for(half)))
    for keep, title in keeps:
        print(keep_line(keep, detector, title))
    print(f"elapsed {time.perf_counter() - started:.0f} s")
    return 0
