"""A minimal Outlook message (.msg) writer for tests: an OLE compound file (MS-CFB, version 3) holding MS-OXMSG streams.

No library installed here writes .msg files (olefile and extract-msg only read them), and no
sample under a licence that allows shipping it is in the repo, so tests build their own with
fictional content. Only what a reader needs is written: properties, recipients, attachments
by value. Streams under 4096 bytes go in the mini stream, as the format requires.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

_SECTOR, _MINI, _CUTOFF = 512, 64, 4096
_FREE, _END, _FATSECT, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_UNICODE, _BINARY, _LONG = 0x001F, 0x0102, 0x0003


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list["_Entry"] = field(default_factory=list)
    start: int = _END
    left: int = _NONE
    right: int = _NONE
    child: int = _NONE


def _order(entry: _Entry) -> tuple[int, str]:
    # the compound file's own order of names: shorter first, then case-insensitive
    return (len(entry.name), entry.name.upper())


def _flatten(root: _Entry) -> list[_Entry]:
    """Every entry in directory order; each storage's children chained as right siblings (a valid, if unbalanced, tree)."""
    out = [root]
    queue = [root]
    while queue:
        storage = queue.pop(0)
        kids = sorted(storage.children, key=_order)
        first = len(out)
        out.extend(kids)
        if kids:
            storage.child = first
        for i, kid in enumerate(kids[:-1]):
            kid.right = first + i + 1
        queue.extend(k for k in kids if k.kind == 1)
    return out


def _chain(fat: list[int], start: int, count: int) -> None:
    for i in range(count):
        fat[start + i] = start + i + 1 if i < count - 1 else _END


def write_compound(root: _Entry, path: Path) -> None:
    """Write the tree under ``root`` as a compound file."""
    entries = _flatten(root)
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        n = -(-len(data) // _SECTOR)
        start = len(sectors)
        for i in range(n):
            sectors.append(data[i * _SECTOR:(i + 1) * _SECTOR].ljust(_SECTOR, b"\0"))
        fat.extend([0] * n)
        _chain(fat, start, n)
        return start if n else _END

    mini, minifat = bytearray(), []
    for e in entries:
        if e.kind != 2 or not e.data:
            continue
        if len(e.data) >= _CUTOFF:
            e.start = place(e.data)
        else:
            n = -(-len(e.data) // _MINI)
            e.start = len(minifat)
            minifat.extend([0] * n)
            _chain(minifat, e.start, n)
            mini += e.data.ljust(n * _MINI, b"\0")
    root.start, root.data = place(bytes(mini)), bytes(mini)
    minifat_start = place(b"".join(struct.pack("<I", x) for x in minifat)) if minifat else _END
    minifat_count = -(-len(minifat) * 4 // _SECTOR)
    directory = bytearray()
    for e in entries:
        name = e.name.encode("utf-16-le") + b"\0\0"
        size = len(e.data) if e.kind != 1 else 0
        directory += struct.pack("<64sHBBIII16sIQQIQ", name, len(name), e.kind, 1, e.left, e.right, e.child,
                                 b"\0" * 16, 0, 0, 0, e.start if e.kind != 1 else 0, size)
    while len(directory) % _SECTOR:
        directory += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, _NONE, _NONE, _NONE, b"\0" * 16, 0, 0, 0, 0, 0)
    dir_start = place(bytes(directory))
    fat_count = 1
    while fat_count * (_SECTOR // 4) < len(sectors) + fat_count:
        fat_count += 1
    assert fat_count <= 109, "test messages stay small: no DIFAT sectors"
    fat_start = len(sectors)
    fat.extend([_FATSECT] * fat_count)
    fat.extend([_FREE] * (fat_count * (_SECTOR // 4) - len(fat)))
    table = b"".join(struct.pack("<I", x) for x in fat)
    sectors.extend(table[i * _SECTOR:(i + 1) * _SECTOR] for i in range(fat_count))
    difat = [fat_start + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"), b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6,
                         b"\0" * 6, 0, fat_count, dir_start, 0, _CUTOFF, minifat_start, minifat_count, _END, 0)
    header += b"".join(struct.pack("<I", x) for x in difat)
    path.write_bytes(header + b"".join(sectors))


def _properties(props: dict[int, str | bytes | int], header: bytes) -> list[_Entry]:
    """The __properties_version1.0 stream and one __substg1.0_ stream per variable-length property."""
    table, streams = bytearray(header), []
    for tag, value in props.items():
        kind = tag & 0xFFFF
        if kind == _LONG:
            table += struct.pack("<IIiI", tag, 6, int(value), 0)
            continue
        data = value.encode("utf-16-le") if kind == _UNICODE else bytes(value)  # type: ignore[union-attr]
        table += struct.pack("<IIII", tag, 6, len(data) + (2 if kind == _UNICODE else 0), 0)
        streams.append(_Entry(f"__substg1.0_{tag:08X}", 2, data))
    return [_Entry("__properties_version1.0", 2, bytes(table)), *streams]


def write_msg(path: Path, *, sender: tuple[str, str], to: list[tuple[str, str]], subject: str, body: str,
              date: str, attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
              message_class: str = "IPM.Note", fields: dict[int, str] | None = None,
              embedded: list[tuple[str, dict]] = ()) -> None:  # type: ignore[assignment]
    """An Outlook message: ``attachments`` as (file name, MIME type, bytes), all attached by value.

    ``message_class`` and ``fields`` (more string properties by tag) make other Outlook items (a contact:
    "IPM.Contact"); ``embedded``: attached Outlook messages as (file name, keyword arguments of this function).
    """
    children = _message(sender=sender, to=to, subject=subject, body=body, date=date, attachments=attachments,
                        message_class=message_class, fields=fields, embedded=embedded, top=True)
    root = _Entry("Root Entry", 5, children=children)
    root.children.append(_Entry("__nameid_version1.0", 1, children=[
        _Entry(f"__substg1.0_000{n}0102", 2) for n in (2, 3, 4)]))
    write_compound(root, path)


def _message(*, sender: tuple[str, str], to: list[tuple[str, str]], subject: str, body: str, date: str,
             attachments=(), message_class: str = "IPM.Note", fields: dict[int, str] | None = None,
             embedded=(), top: bool = False) -> list[_Entry]:
    """The entries of one message: the whole file's (``top``) or an attached message's storage."""
    headers = (f"From: {sender[0]} <{sender[1]}>\r\nTo: {', '.join(f'{n} <{a}>' for n, a in to)}\r\n"
               f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n\r\n")
    props: dict[int, str | bytes | int] = {
        0x001A001F: message_class, 0x0037001F: subject, 0x1000001F: body, 0x0C1A001F: sender[0],
        0x5D01001F: sender[1], 0x0E04001F: "; ".join(n for n, _ in to), 0x007D001F: headers, **(fields or {}),
    }
    n_att = len(attachments) + len(embedded)
    counts = struct.pack("<IIII", len(to), n_att, len(to), n_att)
    # the top's header has 8 reserved bytes more than an attached message's
    children = _properties(props, b"\0" * 8 + counts + (b"\0" * 8 if top else b""))
    for i, (name, address) in enumerate(to):
        recip = {0x3001001F: name, 0x3003001F: address, 0x39FE001F: address, 0x3002001F: "SMTP", 0x0C150003: 1}
        children.append(_Entry(f"__recip_version1.0_#{i:08X}", 1, children=_properties(recip, b"\0" * 8)))
    for i, (name, mime, data) in enumerate(attachments):
        att = {0x37050003: 1, 0x3707001F: name, 0x3704001F: name, 0x370E001F: mime, 0x37010102: data,
               0x0E210003: i}
        children.append(_Entry(f"__attach_version1.0_#{i:08X}", 1, children=_properties(att, b"\0" * 8)))
    for j, (name, inner) in enumerate(embedded, start=len(attachments)):
        att = {0x37050003: 5, 0x3707001F: name, 0x3704001F: name, 0x0E210003: j}  # 5: an attached message
        entries = _properties(att, b"\0" * 8)
        entries.append(_Entry("__substg1.0_3701000D", 1, children=_message(**inner)))
        children.append(_Entry(f"__attach_version1.0_#{j:08X}", 1, children=entries))
    return children
