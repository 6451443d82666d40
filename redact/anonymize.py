"""Anonymise a text (a diary entry, an e-mail body, an open-data export) with Presidio's AnonymizerEngine.

Detection is :func:`redact.api.analyze_text`; this module only decides what each finding becomes:
``replace`` -> "[PERSON]", ``mask`` -> "*****", ``pseudonym`` -> "[PERSON 1]", the same number
wherever the same subject stands (a surname alone, a genitive), numbered in order of first mention.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from redact.types import Finding

if TYPE_CHECKING:
    from presidio_anonymizer import AnonymizerEngine

    from redact.api import Deny
    from redact.detect.engine import Detector
    from redact.policy import Profile

Operator = Literal["replace", "mask", "pseudonym"]
OPERATORS: tuple[str, ...] = ("replace", "mask", "pseudonym")

_engine: AnonymizerEngine | None = None


def _anonymizer() -> AnonymizerEngine:
    global _engine
    if _engine is None:
        from presidio_anonymizer import AnonymizerEngine  # 1.5 s of imports: only when a text is anonymised

        _engine = AnonymizerEngine()
    return _engine


def anonymize_text(
    text: str,
    *,
    operator: Operator = "replace",
    mask_char: str = "*",
    categories: Iterable[str] | None = None,
    allow: Iterable[str] = (),
    deny: Deny = (),
    profile: str | os.PathLike[str] | Profile | None = None,
    detector: Detector | None = None,
) -> str:
    """The text with its personal data replaced ("[PERSON]"), masked ("*****") or pseudonymised ("[PERSON 1]").

    The other keywords are those of :func:`redact.analyze_text`; with a profile, what it proposes
    to disclose stays in the text.
    """
    from redact.api import analyze_text

    if operator not in OPERATORS:
        raise ValueError(f"operator must be one of {', '.join(OPERATORS)}, not {operator!r}")
    findings = analyze_text(text, categories=categories, allow=allow, deny=deny, profile=profile, detector=detector)
    # analyze_text keeps offsets on the text as given (line ends are read length for length)
    return anonymize_findings(text, findings, operator=operator, mask_char=mask_char)


def anonymize_findings(text: str, findings: Sequence[Finding], *, operator: Operator = "replace",
                       mask_char: str = "*") -> str:
    """Apply an operator to the findings of ``text`` (every finding whose status is not "rejected")."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    todo = [f for f in findings if f.status != "rejected" and f.start is not None and f.end is not None]
    labels = pseudonyms(todo) if operator == "pseudonym" else {}
    results: list[RecognizerResult] = []
    operators: dict[str, OperatorConfig] = {}
    for n, f in enumerate(todo):
        # one entity type per finding, so each can get its own replacement (Presidio keys operators by type)
        key = f"R{n}"
        results.append(RecognizerResult(entity_type=key, start=f.start, end=f.end, score=f.score))  # type: ignore[arg-type]
        if operator == "mask":
            operators[key] = OperatorConfig("mask", {"masking_char": mask_char, "chars_to_mask": f.end - f.start,  # type: ignore[operator]
                                                     "from_end": False})
        else:
            operators[key] = OperatorConfig("replace", {"new_value": labels.get(f.id, f"[{f.category}]")})
    if not results:
        return text
    return _anonymizer().anonymize(text=text, analyzer_results=results, operators=operators).text


def pseudonyms(findings: Sequence[Finding]) -> dict[str, str]:
    """Finding id -> "[CATEGORY n]": one number per subject and category, in order of first mention."""
    numbers: dict[tuple[str, str], int] = {}
    count: dict[str, int] = {}
    out: dict[str, str] = {}
    for f in sorted(findings, key=lambda f: (f.page, f.start or 0)):
        who = f.subject or " ".join(f.text.casefold().split())
        key = (f.category, who)
        if key not in numbers:
            count[f.category] = count.get(f.category, 0) + 1
            numbers[key] = count[f.category]
        out[f.id] = f"[{f.category} {numbers[key]}]"
    return out

