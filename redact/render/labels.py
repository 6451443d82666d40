"""The text printed in a mask's box: a short category name or the legal ground, as the options say."""

from __future__ import annotations

import re

from redact.types import Mask, RenderOptions

#: Short Swedish labels printed in the box when ``RenderOptions.label == "category"``.
CATEGORY_LABELS: dict[str, str] = {
    "PERSON": "Namn",
    "PERSONNUMMER": "Personnr",
    "PHONE": "Telefon",
    "EMAIL": "E-post",
    "ADDRESS": "Adress",
    "POSTAL_CODE": "Postort",
    "PROPERTY": "Fastighet",
    "ORG_NUMBER": "Org.nr",
    "BANK_ACCOUNT": "Konto",
    "IBAN": "IBAN",
    "LICENSE_PLATE": "Reg.nr",
    "IP_ADDRESS": "IP-adress",
    "DATE_OF_BIRTH": "Födelsedag",
    "ID_NUMBER": "Id-nr",
    "MANUAL": "Maskerat",
}


def short_ground(ground: str) -> str:
    """'26 kap. 1 § OSL' -> '26:1 OSL'; anything else is returned trimmed."""
    m = re.search(r"(\d+)\s*kap\.?\s*(\d+)\s*§\s*(?:(\d+)\s*p\.?\s*)?([A-ZÅÄÖa-zåäö]+)?", ground)
    if not m:
        return ground.strip()
    chapter, section, point, law = m.groups()
    core = f"{chapter}:{section}" + (f" p{point}" if point else "")
    return f"{core} {law.upper() if law and len(law) <= 5 else 'OSL'}"


def label_for(mask: Mask, options: RenderOptions) -> str:
    """The text printed in a mask's box under ``options`` ('' for a plain box)."""
    if options.label == "none":
        return ""
    if options.label == "ground" and mask.legal_ground:
        return short_ground(mask.legal_ground)
    return CATEGORY_LABELS.get(mask.category, mask.category)
