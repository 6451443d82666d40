"""Outlook messages (.msg) read with extract-msg and handed on as standard e-mail (.eml)."""

from __future__ import annotations

import email.policy
import logging
from pathlib import Path

from redact.errors import InputError

MAX_MSG_BYTES = 100 * 1024 * 1024


def msg_to_eml(path: Path, dest: Path, name: str) -> Path:
    """Write the Outlook message ``path`` as an RFC 5322 message (attachments included) to ``dest``."""
    if path.stat().st_size > MAX_MSG_BYTES:
        raise InputError("{name}: Outlook-filen är större än {value} MB", name=name, value=MAX_MSG_BYTES >> 20)
    try:
        import extract_msg
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError("{name}: Outlook-filer (.msg) kräver paketet extract-msg; kör scripts/setup.sh", name=name) from None
    # extract-msg logs every odd property it meets; the registrar gets one line per refused file instead
    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        msg = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:
        raise InputError("{name}: Outlook-filen kan inte läsas ({kind}); spara meddelandet som .eml och försök igen", name=name, kind=type(exc).__name__) from None
    try:
        message = msg.asEmailMessage()
        dest.write_bytes(message.as_bytes(policy=email.policy.default))
    except Exception as exc:
        raise InputError("{name}: Outlook-filen kan inte läsas ({kind}); spara meddelandet som .eml och försök igen", name=name, kind=type(exc).__name__) from None
    finally:
        msg.close()
    return dest
