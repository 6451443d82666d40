"""Link mentions into subjects: one person (or one number, one address) is one decision."""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.resolve.person_initials import person_initials
from redact.resolve.short_forms import full_names_of
from redact.types import Finding, Subject

# Initials as a detector proposes them on a signature line or in a column ("IW", "B.N.", "AvH").
_INITIALS_SHAPE = re.compile(
    r"^(?:[A-ZÅÄÖÉ]-[A-ZÅÄÖÉ]{1,3}|[A-ZÅÄÖÉ]{2}[a-zåäö]|[A-ZÅÄÖÉ][a-zåäö][A-ZÅÄÖÉ][a-zåäö]|[A-ZÅÄÖÉ]{2,4}|(?:[A-ZÅÄÖÉ]\.){2,4}|"
    r"[A-ZÅÄÖÉ]\.?[a-z]{1,3}\.?[A-ZÅÄÖÉ]\.?)$"
)
_PARTICLES = {"von", "af", "de", "del", "der", "van", "den", "la", "le", "di", "da", "al", "el", "bin", "ibn"}


def _tokens(text: str) -> list[str]:
    return [t.strip(".,;:()[]\"'’").casefold() for t in text.split() if t.strip(".,;:()[]\"'’")]


def _degenitive(tok: str, known: set[str]) -> str:
    for suffix in ("'s", "’s", "'", "’", "s"):
        if tok.endswith(suffix) and tok[: -len(suffix)] in known:
            return tok[: -len(suffix)]
    return tok


def _plain_key(f: Finding) -> str:
    text = f.text.casefold()
    if sum(c.isdigit() for c in text) >= 5:
        return re.sub(r"[^0-9a-z]", "", text)
    return " ".join(text.split())


def link(findings: Sequence[Finding]) -> tuple[list[Finding], list[Subject]]:
    """Give every finding a subject id; return the findings and the subjects, in order of first mention."""
    ordered = sorted(findings, key=lambda f: (f.page, f.start if f.start is not None else -1, f.id))
    persons = [f for f in ordered if f.category == "PERSON"]
    known = {t for f in persons for t in _tokens(f.text)}
    full: dict[tuple[str, ...], str] = {}  # token tuple of a full name -> key
    key_of: dict[str, str] = {}
    for f in persons:
        toks = tuple(_degenitive(t, known) for t in _tokens(f.text))
        if len([t for t in toks if t not in _PARTICLES]) >= 2 and f.detector != "initials":
            full.setdefault(toks, " ".join(toks))
    part_owner: dict[str, set[str]] = {}
    for toks, key in full.items():
        for t in toks:
            if t not in _PARTICLES:
                part_owner.setdefault(t, set()).add(key)
            for sub in t.split("-"):
                if sub and sub != t:
                    part_owner.setdefault(sub, set()).add(key)
    # initials -> the full names they can stand for (written as in the text, "AvH" keeps its case)
    initials_owner: dict[str, set[str]] = {}
    for f in persons:
        toks = tuple(_degenitive(t, known) for t in _tokens(f.text))
        if toks in full and f.detector != "initials":
            for ini in person_initials(f.text):
                initials_owner.setdefault(ini, set()).add(full[toks])
    for f in persons:
        toks = tuple(_degenitive(t, known) for t in _tokens(f.text))
        written = f.text.strip()
        if f.detector != "initials" and _INITIALS_SHAPE.match(written):
            # initials a detector found in a signature position: the person they match, if one
            owners_ini = initials_owner.get(written.replace(".", ""), set())
            key_of[f.id] = next(iter(owners_ini)) if len(owners_ini) == 1 else f"initials:{written.replace('.', '')}"
        elif f.detector in ("initials", "short_form") and f.subject:
            owner = " ".join(_degenitive(t, known) for t in _tokens(f.subject))
            key_of[f.id] = owner if owner in full.values() else f"initials:{f.text}"
        elif toks in full:
            key_of[f.id] = full[toks]
        else:
            owners = set.intersection(*(part_owner.get(t, set()) for t in toks)) if toks else set()
            if not owners and len(toks) == 1 and f.text.strip()[:1].isupper():
                # a short form of a named person's first name ("Micke" beside "Mikael Strand")
                word = f.text.strip()
                forms = {word, word[:-1]} if word.endswith("s") else {word}  # "Maggans" is Maggan's
                fulls = {n.casefold() for w in forms for n in full_names_of(w)}
                owners = {key for t, key in ((k[0], v) for k, v in full.items()) if t in fulls}
            if len(owners) == 1:
                key_of[f.id] = next(iter(owners))
            else:
                # Unknown or ambiguous ("Andersson" when two Anderssons are named): its own subject.
                key_of[f.id] = "person:" + " ".join(toks)
    for f in ordered:
        if f.id not in key_of:
            key_of[f.id] = f"{f.category}:{_plain_key(f)}" if f.start is not None else f"manual:{f.id}"

    subject_id: dict[str, str] = {}
    members: dict[str, list[Finding]] = {}
    for f in ordered:
        key = key_of[f.id]
        if key not in subject_id:
            subject_id[key] = f"S{len(subject_id) + 1}"
        members.setdefault(subject_id[key], []).append(f)
    linked = [f.with_(subject=subject_id[key_of[f.id]]) for f in ordered]
    subjects = [
        Subject(
            id=sid,
            category=ms[0].category,
            finding_ids=tuple(m.id for m in ms),
            label=max((m.text for m in ms), key=len),
        )
        for sid, ms in members.items()
    ]
    return linked, subjects
