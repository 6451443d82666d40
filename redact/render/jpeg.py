"""Keep of a JPEG stream only what a decoder needs to draw it.

EXIF and XMP (APP1), Photoshop/IPTC (APP13), other application segments and
comments can hold a photographer's or subject's name; bytes after the end
marker can hold anything. The compressed image data is kept byte for byte.
"""

from __future__ import annotations

#: JPEG markers kept: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform).
_KEEP_APP = frozenset({0xE0, 0xE2, 0xEE})


def clean_jpeg(data: bytes) -> bytes | None:
    """``data`` with only the segments a decoder needs; None when it is not a readable JPEG."""
    read = read_jpeg(data)
    return None if read is None else read[0]


def read_jpeg(data: bytes, start: int = 0) -> tuple[bytes, int] | None:
    """The JPEG at ``start`` with only the segments a decoder needs, and where its end marker ends."""
    if data[start: start + 2] != b"\xff\xd8":
        return None
    out = [b"\xff\xd8"]
    i, n = start + 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            return None
        while i < n and data[i] == 0xFF:  # fill bytes before a marker
            i += 1
        if i >= n:
            return None
        marker = data[i]
        i += 1
        if marker == 0xD9:
            out.append(b"\xff\xd9")
            return b"".join(out), i  # anything after the end marker goes
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(bytes((0xFF, marker)))
            continue
        if i + 2 > n:
            return None
        length = int.from_bytes(data[i: i + 2], "big")
        if length < 2 or i + length > n:
            return None
        segment = data[i: i + length]
        i += length
        application = 0xE0 <= marker <= 0xEF
        if marker != 0xFE and (not application or marker in _KEEP_APP):
            out.append(bytes((0xFF, marker)) + segment)
        if marker == 0xDA:  # start of scan: entropy-coded data runs to the next real marker
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    out.append(data[i:])
                    out.append(b"\xff\xd9")
                    return b"".join(out), n  # no end marker: decoders stop at the end of the data
                following = data[j + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    j += 1
                    continue
                break
            out.append(data[i:j])
            i = j
    return None
