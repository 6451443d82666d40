"""redact: find, review and remove personal data in Swedish public documents.

The public API (everything else is internal and may change between versions)::

    import redact

    detector = redact.Detector()                      # loads the shipped model once (~1 s)
    findings = redact.analyze_text("Anna Svensson, tel. 070-123 45 67", detector=detector)
    text = redact.anonymize_text("...", operator="pseudonym", detector=detector)
    result = redact.redact_pdf(pdf_bytes, detector=detector)   # result.pdf holds the redacted PDF

Errors are subclasses of :class:`RedactError` with a one-line Swedish message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redact._version import __version__

__all__ = [
    "__version__",
    "analyze_text",
    "anonymize_text",
    "redact_pdf",
    "default_detector",
    "Detector",
    "Rule",
    "Finding",
    "Subject",
    "Disclosure",
    "Mask",
    "Verification",
    "CATEGORIES",
    "RedactError",
    "InputError",
    "FindingsError",
    "ModelMissingError",
    "VerificationError",
    "ContentLossError",
]

if TYPE_CHECKING:
    from redact.anonymize import anonymize_text
    from redact.api import analyze_text, default_detector, redact_pdf
    from redact.detect.engine import Detector
    from redact.detect.patterns import Rule
    from redact.errors import (
        ContentLossError,
        FindingsError,
        InputError,
        ModelMissingError,
        RedactError,
        VerificationError,
    )
    from redact.types import CATEGORIES, Disclosure, Finding, Mask, Subject, Verification

# Imported on first use: `import redact` (and `redact --version`) must not load spaCy and Presidio.
_WHERE = {
    "analyze_text": "redact.api",
    "redact_pdf": "redact.api",
    "default_detector": "redact.api",
    "anonymize_text": "redact.anonymize",
    "Detector": "redact.detect.engine",
    "Rule": "redact.detect.patterns",
    "Finding": "redact.types",
    "Subject": "redact.types",
    "Disclosure": "redact.types",
    "Mask": "redact.types",
    "Verification": "redact.types",
    "CATEGORIES": "redact.types",
    "RedactError": "redact.errors",
    "InputError": "redact.errors",
    "FindingsError": "redact.errors",
    "ModelMissingError": "redact.errors",
    "VerificationError": "redact.errors",
    "ContentLossError": "redact.errors",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'redact' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
