"""Outlook messages (.msg) read with extract-msg and handed on as standard e-mail (.eml)."""

from __future__ import annotations

import email.policy
import html
import logging
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any

from redact.errors import InputError

MAX_MSG_BYTES = 100 * 1024 * 1024
#: Heading of the fields an Outlook item keeps outside its body (a contact's, a meeting's, a task's).
FIELDS_HEADING = "--- Uppgifter i Outlook-posten ---"
#: Said in the body when only the HTML or RTF version could not be read (the plain text is shown).
UNREADABLE_HTML = "(Meddelandets HTML-/RTF-version kunde inte läsas; den oformaterade texten visas.)"


def msg_to_eml(path: Path, dest: Path, name: str) -> Path:
    """Write the Outlook message ``path`` as an RFC 5322 message (attachments included) to ``dest``."""
    if path.stat().st_size > MAX_MSG_BYTES:
        raise InputError("{name}: Outlook-filen är större än {value} MB", name=name, value=MAX_MSG_BYTES >> 20)
    try:
        import extract_msg
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("{name}: Outlook-filer (.msg) kräver paketet extract-msg; kör scripts/setup.sh", name=name) from None
    # extract-msg logs every odd property it meets, and its own errors on a file it cannot read (which
    # the refusal says again): the registrar gets one line per refused file instead
    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        msg = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:
        raise InputError("{name}: Outlook-filen kan inte läsas ({kind}); spara meddelandet som .eml och försök igen", name=name, kind=type(exc).__name__) from None
    try:
        message = as_email(msg)
        dest.write_bytes(message.as_bytes(policy=email.policy.default))
    except Exception as exc:
        raise InputError("{name}: Outlook-filen kan inte läsas ({kind}); spara meddelandet som .eml och försök igen", name=name, kind=type(exc).__name__) from None
    finally:
        msg.close()
    return dest


def as_email(msg: Any) -> EmailMessage:
    """An Outlook item as an e-mail: its fields beside the body shown, attached items as attached messages.

    extract-msg's own conversion leaves out what a contact, meeting or task keeps in fields (name,
    phone, place, attendees), puts an attached message's parts among the outer message's own with
    its sender, recipients and subject dropped, and fails on the whole item when only the HTML it
    derives from the RTF body cannot be decoded.
    """
    fields = _fields_text(msg)
    if fields:  # shown first in both versions of the body, so the two still read alike
        rich = _safe(lambda: msg.htmlBody)  # before the body changes: extract-msg may derive it from the body
        body = _safe(lambda: msg.body) or ""
        msg.body = f"{fields}\n\n{body}"
        if rich:
            msg.htmlBody = f"<pre>{html.escape(fields)}</pre>".encode() + rich
    try:
        message = msg.asEmailMessage()
    except (UnicodeError, LookupError, ValueError):
        if _safe(lambda: msg.htmlBody, failed=True) is not True:
            raise
        msg.htmlBody = None  # the plain text carries the message; the lost version is said in it
        msg.body = f"{UNREADABLE_HTML}\n\n{_safe(lambda: msg.body) or ''}"
        message = msg.asEmailMessage()
    _attached_items_as_messages(msg, message)
    return message


def _safe(read: Any, failed: Any = None) -> Any:
    """A property extract-msg derives (a body), or ``failed`` when deriving it raises."""
    try:
        return read()
    except Exception:
        return failed


def _fields_text(msg: Any) -> str:
    """The fields of a contact, meeting, task or note as "Label: value" lines ('' for a plain message).

    A plain message's fields are its sender, recipients, date and subject, which the header block shows.
    """
    from extract_msg.msg_classes.message_base import MessageBase

    if type(msg).headerFormatProperties is MessageBase.headerFormatProperties:
        return ""
    props = _safe(lambda: msg.headerFormatProperties) or {}
    lines: list[str] = []
    for key, value in props.items():
        for label, shown in (value.items() if isinstance(value, dict) else [(key, value)]):
            if shown is None or shown == [] or not str(shown).strip():
                continue
            text = "\n    ".join(ln.strip() for ln in str(shown).replace("\r\n", "\n").split("\n") if ln.strip())
            lines.append(f"{label}: {text}")
    return f"{FIELDS_HEADING}\n" + "\n".join(lines) if lines else ""


def _attached_items_as_messages(msg: Any, message: EmailMessage) -> None:
    """Replace each attached Outlook item's parts with the item as an attached message (message/rfc822).

    extract-msg adds an attached item's converted parts to the outer message's related part, one
    part per attachment that has data, in the order of the attachments.
    """
    related = message.get_payload()[0] if message.is_multipart() else None
    if not isinstance(related, Message) or not related.is_multipart():
        return
    parts = related.get_payload()[1:]  # the first is the body
    with_data = [att for att in msg.attachments if getattr(att, "dataType", None)]
    if len(parts) != len(with_data):
        return  # not the layout described above: left as it is rather than paired wrongly
    for i, att in enumerate(with_data):
        if not hasattr(att.dataType, "asEmailMessage"):
            continue
        inner = as_email(att.data)
        wrapper = EmailMessage()
        stem = (getattr(att, "name", None) or "bifogat-meddelande").removesuffix(".msg")
        wrapper.set_content(inner, disposition="attachment", filename=f"{stem}.eml")
        parts[i] = wrapper
    related.set_payload([related.get_payload()[0], *parts])
