"""Reading a text file the registrar points at (a staff list, an organisation profile), with one-line errors."""

from __future__ import annotations

from pathlib import Path

from redact.errors import InputError


def read_text_file(path: str | Path, what: str, save_as: str = "UTF-8") -> str:
    """The file's text (UTF-8, with or without BOM); ``what`` names it in the errors ("personallistan")."""
    path = Path(path)
    if not path.is_file():
        raise InputError("{path}: {what} finns inte", path=path, what=what)
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("{path}: {what} är inte UTF-8; spara den som {save_as} och försök igen", path=path, what=what, save_as=save_as) from None
