"""The settings of one run: what the CLI, the review app and the case runner hand to the stages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from redact.detect.threshold import DEFAULT_THRESHOLD
from redact.errors import InputError
from redact.ingest.guard import Limits
from redact.ingest.ocr import OcrSettings
from redact.ingest.ocr_memo import OcrMemo
from redact.types import RenderOptions

#: A stage's sign of life: (stage, done, total).
Progress = Callable[[str, int, int], None]


def limits_from_options(page_seconds: float, memory_mb: int, max_pages: int | None = None) -> Limits:
    """The run's limits from the command line's options; a bound of zero or less would refuse every file."""
    for option, value in (("--page-seconds", page_seconds), ("--memory-mb", memory_mb), ("--max-pages", max_pages)):
        if value is not None and value <= 0:
            raise InputError("{option} måste vara större än noll", option=option)
    if max_pages is None:
        return Limits(page_seconds=page_seconds, memory_mb=memory_mb)
    return Limits(page_seconds=page_seconds, memory_mb=memory_mb, max_pages=max_pages)


@dataclass(frozen=True)
class RunOptions:
    """Settings of one run; recorded in the audit record."""

    render: RenderOptions = field(default_factory=RenderOptions)
    threshold: float = DEFAULT_THRESHOLD
    use_pdftotext: bool = True
    reviewer: str = "auto"
    profile: str = "default"
    officials: Path | None = None  # staff directory CSV: officials acting in office
    organisation: Path | None = None  # the authority's own details (TOML): proposed for disclosure
    # OCR of scanned pages
    ocr: bool = True
    ocr_text_layer: bool = True
    ocr_dpi: int = 300
    limits: Limits = field(default_factory=Limits)  # time, memory and structure bounds
    include_notes: bool = False  # comments, attachments and hidden fields as appendix pages
    # readings of images OCR'd earlier in this run (made per run by redact run; not a setting, not recorded)
    ocr_memo: OcrMemo | None = field(default=None, repr=False, compare=False)

    def ocr_settings(self) -> OcrSettings:
        """How this run OCRs pages."""
        return OcrSettings(dpi=self.ocr_dpi, memo=self.ocr_memo)

    def as_record(self) -> dict[str, object]:
        """The settings as plain JSON values."""
        return {
            "label": self.render.label,
            "remove_hidden_text": self.render.remove_hidden_text,
            "threshold": self.threshold,
            "verify_with_pdftotext": self.use_pdftotext,
            "profile": self.profile,
            "officials": self.officials.name if self.officials else None,
            "organisation": self.organisation.name if self.organisation else None,
            "limits": self.limits.as_record(),
            "ocr": self.ocr,
            "ocr_text_layer": self.ocr_text_layer,
            "ocr_dpi": self.ocr_dpi,
            "include_notes": self.include_notes,
        }
