"""Findings + profile (+ staff directory) -> proposed decisions with legal grounds.

A proposal to disclose is a finding with status "rejected" and a reason that
starts with "disclose:" (``redact apply`` masks everything not rejected); the
review app shows it as "proposed to disclose". Human decisions (accepted,
rejected without "disclose:", manual, auto-accepted) are never changed; they
only get the profile's ground when they have none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from redact.officials import Directory, normalize_name
from redact.organisation import Organisation
from redact.policy import Profile
from redact.types import Finding

log = logging.getLogger(__name__)

DISCLOSE = "disclose:"
_OPEN = ("proposed", "uncertain")  # machine proposals that propose() may decide


def _is_machine_disclosure(f: Finding) -> bool:
    return f.status == "rejected" and f.reason.startswith(DISCLOSE)


def _original_reason(f: Finding) -> str:
    """The detector's reason under an earlier "disclose: why; reason"."""
    if not f.reason.startswith(DISCLOSE):
        return f.reason
    _, _, rest = f.reason.partition("; ")
    return rest


def _disclose(f: Finding, why: str) -> Finding:
    orig = _original_reason(f)
    why = " ".join(why.replace(";", ",").split())
    return f.with_(status="rejected", reason=f"{DISCLOSE} {why}" + (f"; {orig}" if orig else ""))


def _reopen(f: Finding) -> Finding:
    """An earlier machine disclosure that no longer applies becomes a proposal to mask again."""
    return f.with_(status="proposed", reason=_original_reason(f)) if _is_machine_disclosure(f) else f


def _legal_entity_number(text: str) -> bool:
    """True for an organisation number of a legal person (third digit >= 2); a sole trader's is a personnummer."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    return len(digits) == 10 and digits[2] >= "2"


class _Groups:
    """Union-find over PERSON findings: same subject id or same normalised name is one person."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Smallest key as root keeps the result independent of input order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _official_people(findings: Sequence[Finding], officials: Directory) -> dict[int, str]:
    """Index of each PERSON finding that refers to an official -> that official's name."""
    persons = [(i, f) for i, f in enumerate(findings) if f.category == "PERSON"]
    groups = _Groups()
    for i, f in persons:
        node = f"f{i}"
        groups.find(node)
        if f.subject:
            groups.union(node, f"s:{f.subject}")
        name = normalize_name(f.text)
        if len(name.split()) >= 2:
            official = officials.match_name(f.text)
            groups.union(node, "n:" + (normalize_name(official.name) if official else name))
    members: dict[str, list[tuple[int, Finding]]] = {}
    for i, f in persons:
        members.setdefault(groups.find(f"f{i}"), []).append((i, f))
    result: dict[int, str] = {}
    for items in members.values():
        named = {}
        conflict = False
        for _, f in items:
            if len(normalize_name(f.text).split()) < 2:
                continue
            o = officials.match_name(f.text)
            if o is None:
                conflict = True  # a full name in the group that is not an official: not sure who this is
            else:
                named[normalize_name(o.name)] = o
        if conflict or len(named) != 1:
            continue
        official = next(iter(named.values()))
        tokens = set(normalize_name(official.name).split())
        for i, f in items:
            short = normalize_name(f.text).split()
            # A short mention linked to the official must still look like part of the name ("Svenssons").
            if all(t in tokens or t.rstrip("s") in tokens or t.rstrip("'’s") in tokens for t in short):
                result[i] = official.name
    return result


def propose(findings: Sequence[Finding], profile: Profile, officials: Directory | None = None,
            organisation: Organisation | None = None) -> list[Finding]:
    """Set each finding's legal ground and proposed status from the profile, staff directory and organisation.

    The authority's own details (``organisation``) are proposed for disclosure with the reason, whatever the
    profile masks: they name the authority, not a private person.
    """
    in_office = _official_people(findings, officials) if officials is not None and profile.officials_in_office else {}
    out: list[Finding] = []
    counts = {"mask": 0, "disclose": 0, "official": 0, "organisation": 0, "kept": 0}
    for i, f in enumerate(findings):
        if not f.legal_ground:
            f = f.with_(legal_ground=profile.ground_for(f.category))
        if f.status not in _OPEN and not _is_machine_disclosure(f):
            counts["kept"] += 1
            out.append(f)
            continue
        work_contact = (
            officials is not None
            and profile.officials_in_office
            and f.category in ("EMAIL", "PHONE")
            and officials.match(f) is not None
        )
        own = organisation.reason(f) if organisation is not None else None
        if own:
            counts["organisation"] += 1
            out.append(_disclose(f, own))
        elif i in in_office or work_contact:
            counts["official"] += 1
            out.append(_disclose(f, profile.officials_reason))
        elif not profile.masks(f.category) and (f.category != "ORG_NUMBER" or _legal_entity_number(f.text)):
            counts["disclose"] += 1
            out.append(_disclose(f, profile.disclose_reason(f.category)))
        else:
            counts["mask"] += 1
            out.append(_reopen(f))
    log.info("propose (%s): %s", profile.name, counts)
    return out


def propose_request(
    documents: Mapping[str, Sequence[Finding]], profile: Profile, officials: Directory | None = None,
    organisation: Organisation | None = None,
) -> dict[str, list[Finding]]:
    """propose() over all documents of one request, with subject ids scoped per document.

    Subject ids ("S1") are numbered per document, so the same id in two
    documents is not the same person; names still link across documents.
    """
    flat: list[Finding] = []
    spans: list[tuple[str, int, int]] = []
    for doc, items in documents.items():
        start = len(flat)
        flat.extend(f.with_(subject=f"{doc}\x00{f.subject}") if f.subject else f for f in items)
        spans.append((doc, start, len(flat)))
    decided = propose(flat, profile, officials, organisation)
    result: dict[str, list[Finding]] = {}
    for doc, start, end in spans:
        originals = documents[doc]
        result[doc] = [d.with_(subject=o.subject) for d, o in zip(decided[start:end], originals)]
    return result
