"""Checks shared by the tests of addresses abroad: what of an address a detection leaves readable."""

from __future__ import annotations

from redact.document_detection import detect_text


def readable_letters(detector, text: str, address: str) -> str:
    """The letters and digits of ``address`` in ``text`` that no address finding masks."""
    det = detect_text(text, detector)
    masks = [(f.start, f.end) for f in det.findings if f.category in ("ADDRESS", "POSTAL_CODE")
             and f.status != "rejected" and f.start is not None and f.end is not None]
    at = text.index(address)
    return "".join(text[i] for i in range(at, at + len(address))
                   if text[i].isalnum() and not any(a <= i < b for a, b in masks))


def unmasked_characters(detector, text: str, address: str) -> str:
    """The characters of ``address`` in ``text`` (spaces and line ends aside, commas and dots not) that no address
    finding masks: where the gold counts a home's punctuation as part of it."""
    masks = [(f.start, f.end) for f in detect_text(text, detector).findings if f.category == "ADDRESS"]
    at = text.index(address)
    return "".join(text[i] for i in range(at, at + len(address))
                   if not text[i].isspace() and not any(a <= i < b for a, b in masks))


def addresses_over(detector, text: str, word: str) -> list:
    """The address findings in ``text`` that take in the first letter of ``word``."""
    at = text.index(word)
    return [f for f in detect_text(text, detector).findings if f.category == "ADDRESS" and f.start <= at < f.end]
