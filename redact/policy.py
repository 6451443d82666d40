"""Profiles: which categories are masked by default and on which legal ground.

A profile is a TOML file an authority can edit (built-ins live in
``redact/profiles/``). Law text stays out of the code: grounds are referred to
by chapter and section ("26 kap. 1 § OSL"); the profile carries the short
label printed in a box and the reasoning text used in a decision letter.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from redact.errors import InputError
from redact.types import CATEGORIES, MANUAL_CATEGORY, is_category

log = logging.getLogger(__name__)

_KNOWN = (*CATEGORIES, MANUAL_CATEGORY)
_DEFAULT_OFFICIALS_REASON = "tjänsteman i tjänsteutövning"
_DEFAULT_DISCLOSE_REASON = "omfattas inte av profilens standardmaskering"


@dataclass(frozen=True)
class Profile:
    """Category -> legal ground, what is masked by default, and the texts that go with each ground."""

    name: str
    title: str
    grounds: Mapping[str, str]  # category -> ground reference, e.g. "26 kap. 1 § OSL"
    masked_by_default: frozenset[str]
    labels: Mapping[str, str]  # ground reference -> short label, e.g. "26:1 OSL"
    officials_in_office: bool
    reasoning: Mapping[str, str]  # ground reference -> reasoning text for the decision letter
    default_ground: str = "21 kap. 7 § OSL"
    description: str = ""
    ground_titles: Mapping[str, str] = field(default_factory=dict)  # ground -> what it protects
    disclose_reasons: Mapping[str, str] = field(default_factory=dict)  # category -> why not masked
    officials_reason: str = _DEFAULT_OFFICIALS_REASON
    source: Path | None = None

    def ground_for(self, category: str) -> str:
        """The default legal ground for a category (the profile's default ground when unlisted)."""
        return self.grounds.get(category, self.default_ground)

    def masks(self, category: str) -> bool:
        """True when findings of this category are masked by default."""
        return category in self.masked_by_default or category not in self.grounds

    def label(self, ground: str) -> str:
        """The short label of a ground, as printed in a mask box."""
        return self.labels.get(ground) or ground_label(ground)

    def reasoning_for(self, ground: str) -> str | None:
        """The reasoning text of a ground for the decision letter, if the profile has one."""
        return self.reasoning.get(ground)

    def disclose_reason(self, category: str) -> str:
        """Why a category is not masked by default, for the "disclose:" reason."""
        return self.disclose_reasons.get(category, _DEFAULT_DISCLOSE_REASON)


_GROUND_RE = re.compile(
    r"^\s*(\d+)\s*kap\.?\s*(\d+\s*[a-z]?)\s*§\s*(?:(\d+)\s*st\.?\s*)?(?:(\d+)\s*p\.?\s*)?([A-ZÅÄÖa-zåäö]+)?\s*$"
)


def ground_label(ground: str) -> str:
    """Short form of a ground reference: "26 kap. 1 § OSL" -> "26:1 OSL"; other text is returned trimmed."""
    m = _GROUND_RE.match(ground or "")
    if not m:
        return " ".join((ground or "").split())
    chapter, section, para, point, law = m.groups()
    label = f"{chapter}:{section.replace(' ', '')}"
    if para:
        label += f" {para} st."
    if point:
        label += f" {point} p."
    return f"{label} {law}" if law else label


def _builtin_dir() -> Path:
    return Path(str(resources.files("redact") / "profiles"))


def list_profiles() -> list[str]:
    """Names of the built-in profiles, sorted."""
    return sorted(p.stem for p in _builtin_dir().glob("*.toml"))


def load_profile(name_or_path: str | Path) -> Profile:
    """A built-in profile by name, or an authority's own profile from a TOML file."""
    raw = str(name_or_path)
    path = Path(raw)
    looks_like_path = isinstance(name_or_path, Path) or raw.endswith(".toml") or "/" in raw or "\\" in raw
    if not looks_like_path:
        builtin = _builtin_dir() / f"{raw}.toml"
        if not builtin.is_file():
            raise InputError("okänd profil {raw!r}; välj en av: {value} eller ange en sökväg till en .toml-fil", raw=raw, value=', '.join(list_profiles()))
        path = builtin
    if not path.is_file():
        raise InputError("{path}: profilfilen finns inte", path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise InputError("{path}: profilfilen är inte UTF-8 ({reason})", path=path, reason=err.reason) from None
    except tomllib.TOMLDecodeError as err:
        raise InputError("{path}: profilfilen går inte att läsa: {err}", path=path, err=err) from None
    return profile_from_dict(data, source=path)


def _str(data: Mapping[str, object], key: str, where: Path | None, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise InputError("{value}: {key!r} måste vara en text", value=where or 'profilen', key=key)
    return value.strip()


def _check_custom_category(cat: str, where: object) -> None:
    """A custom recognizer's category ("EMPLOYEE_ID") may be given a ground; a misspelt known one may not."""
    import difflib

    close = difflib.get_close_matches(cat, _KNOWN, n=1, cutoff=0.85)
    if close:
        raise InputError("{where}: okänd kategori {cat!r}; menade du {close}?", where=where, cat=cat, close=close[0])
    if not is_category(cat):
        raise InputError("{where}: ogiltig kategori {cat!r}; kända kategorier: {value} (egna kategorier skrivs med versaler, siffror och _, t.ex. EMPLOYEE_ID)", where=where, cat=cat, value=', '.join(_KNOWN))


def profile_from_dict(data: Mapping[str, object], source: Path | None = None) -> Profile:
    """Build and check a profile from parsed TOML."""
    where = source or "profilen"
    name = _str(data, "name", source, default=source.stem if source else None)
    default_ground = _str(data, "default_ground", source)
    officials = data.get("officials_in_office", True)
    if not isinstance(officials, bool):
        raise InputError("{where}: officials_in_office måste vara true eller false", where=where)

    labels: dict[str, str] = {}
    reasoning: dict[str, str] = {}
    titles: dict[str, str] = {}
    grounds_tbl = data.get("grounds", {})
    if not isinstance(grounds_tbl, dict):
        raise InputError("{where}: [grounds] måste vara en tabell", where=where)
    for ref, spec in grounds_tbl.items():
        if not isinstance(spec, dict):
            raise InputError("{where}: [grounds.\"{ref}\"] måste vara en tabell", where=where, ref=ref)
        labels[ref] = str(spec.get("label") or ground_label(ref))
        if spec.get("reasoning"):
            reasoning[ref] = " ".join(str(spec["reasoning"]).split())
        if spec.get("title"):
            titles[ref] = str(spec["title"]).strip()

    grounds: dict[str, str] = {}
    masked: set[str] = set()
    disclose: dict[str, str] = {}
    cats = data.get("categories", {})
    if not isinstance(cats, dict):
        raise InputError("{where}: [categories] måste vara en tabell", where=where)
    for cat, spec in cats.items():
        if cat not in _KNOWN:
            _check_custom_category(cat, where)
        if isinstance(spec, str):
            spec = {"ground": spec}
        if not isinstance(spec, dict):
            raise InputError("{where}: kategori {cat} måste vara en text eller en tabell", where=where, cat=cat)
        ground = str(spec.get("ground") or default_ground).strip()
        mask = spec.get("mask", True)
        if not isinstance(mask, bool):
            raise InputError("{where}: kategori {cat}: mask måste vara true eller false", where=where, cat=cat)
        grounds[cat] = ground
        if mask:
            masked.add(cat)
        elif spec.get("disclose"):
            disclose[cat] = " ".join(str(spec["disclose"]).split())
        labels.setdefault(ground, ground_label(ground))
    if MANUAL_CATEGORY not in grounds:
        # A hand-drawn mask is always a mask; it takes the profile's main ground unless told otherwise.
        grounds[MANUAL_CATEGORY] = default_ground
        masked.add(MANUAL_CATEGORY)
    labels.setdefault(default_ground, ground_label(default_ground))
    missing = [c for c in CATEGORIES if c not in grounds]
    if missing:
        log.info("profile %s does not list %s; they are masked under %s", name, ", ".join(missing), default_ground)
    return Profile(
        name=name,
        title=str(data.get("title") or name),
        grounds=MappingProxyType(grounds),
        masked_by_default=frozenset(masked),
        labels=MappingProxyType(labels),
        officials_in_office=officials,
        reasoning=MappingProxyType(reasoning),
        default_ground=default_ground,
        description=" ".join(str(data.get("description", "")).split()),
        ground_titles=MappingProxyType(titles),
        disclose_reasons=MappingProxyType(disclose),
        officials_reason=" ".join(str(data.get("officials_reason") or _DEFAULT_OFFICIALS_REASON).split()),
        source=source,
    )
