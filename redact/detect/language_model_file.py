"""py3langid's model read restricted to some languages, without holding its full table.

``LanguageIdentifier.from_model_file`` then ``set_languages`` reads the whole feature table (every language's
column, 28 MB) and the byte automaton twice over (once as NumPy's array, once as the ``array`` it keeps, 39 MB each)
before it keeps the few columns asked for, and it holds the full table for as long as the identifier lives: 106 MB
more at the peak, 75 MB kept. A process that loads the model for the workers it forks keeps it for its whole life.
Here the table is read a block of rows at a time, only the columns of ``languages`` kept, and the automaton read
straight into its ``array``: the identifier has the same arrays, of the same types and layout, as the two calls
leave (the full model aside, which only a later ``set_languages`` would read).
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
import zipfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

#: Rows of the feature table read at a time (each row a feature's weight in every language).
ROWS_AT_A_TIME = 8192
# py3langid's own mapping of an unsigned integer's size to the array type it keeps (py3langid.modelio._TYPECODE)
_TYPECODE = {2: "H", 4: "I", 8: "L"}


def load_identifier(languages: Sequence[str], model_file: str | Path = MODEL_FILE) -> LanguageIdentifier:
    """What ``from_model_file(model_file, norm_probs=False)`` then ``set_languages(languages)`` make."""
    path = Path(model_file)
    if not path.is_absolute():
        path = MODEL_DIR / path
    with tempfile.TemporaryFile(suffix=".npz") as tmp:
        with lzma.open(path) as src:  # the uncompressed archive is streamed to disk, as py3langid does
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.seek(0)
        with zipfile.ZipFile(tmp) as archive:
            classes = _small(archive, "classes").tolist()
            wanted = set(languages)
            unknown = wanted - set(classes)
            if unknown:
                raise ValueError(f"Unknown language code(s): {unknown}")
            indices = [i for i, c in enumerate(classes) if c in wanted]
            pc = _small(archive, "pc")
            with archive.open("ptc.npy") as member:
                ptc = _columns(member, indices)
            with archive.open("nextmove.npy") as member:
                nextmove = _as_array(member)
            with archive.open("nextmove_row.npy") as member:
                row = _as_array(member)
            output = _small(archive, "out_feat").tolist()
    return LanguageIdentifier(ptc, np.asarray(pc)[indices], [classes[i] for i in indices], nextmove, output,
                              norm_probs=False, tk_row=row)


def _small(archive: zipfile.ZipFile, name: str) -> np.ndarray:
    with archive.open(f"{name}.npy") as member:
        return np.load(member, allow_pickle=False)


def _header(member: IO[bytes]) -> tuple[tuple[int, ...], bool, np.dtype]:
    """The shape, order and type of an ``.npy`` member, read up to its data."""
    version = np.lib.format.read_magic(member)
    read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran_order, dtype = read(member)
    if dtype.hasobject:
        raise ValueError("an array of objects in the language model")
    return shape, fortran_order, dtype


#: Bytes read from the archive at a time: a zip member's readinto reads into a bytes object of the size asked first.
READ_AT_A_TIME = 1 << 20


def _read_into(member: IO[bytes], buffer: memoryview) -> None:
    """Fill ``buffer`` from ``member``, a piece at a time."""
    done = 0
    while done < len(buffer):
        n = member.readinto(buffer[done:done + READ_AT_A_TIME])
        if not n:
            raise ValueError("the language model ends early")
        done += n


def _columns(member: IO[bytes], indices: list[int]) -> np.ndarray:
    """``table[:, indices]`` of the 2-D ``.npy`` member ``table``, read a block of rows at a time, laid out as NumPy
    lays out that indexing's result (the transpose of a C-ordered array of the columns)."""
    shape, fortran_order, dtype = _header(member)
    rows, width = shape
    if fortran_order:  # (py3langid writes C order) a column-major table cannot be read by rows: read whole
        table = np.empty(shape, dtype=dtype, order="F")
        _read_into(member, memoryview(table.reshape(-1, order="A")).cast("B"))
        return table[:, indices]
    out = np.empty((len(indices), rows), dtype=dtype)
    block = np.empty((ROWS_AT_A_TIME, width), dtype=dtype)
    for start in range(0, rows, ROWS_AT_A_TIME):
        n = min(ROWS_AT_A_TIME, rows - start)
        part = block[:n]
        _read_into(member, memoryview(part.reshape(-1)).cast("B"))
        out[:, start:start + n] = part[:, indices].T
    return out.T


def _as_array(member: IO[bytes]) -> array:
    """The 1-D unsigned ``.npy`` member as the ``array`` py3langid keeps (``modelio._to_array``), read into it."""
    shape, fortran_order, dtype = _header(member)
    if dtype.kind != "u" or dtype.itemsize not in _TYPECODE or len(shape) != 1:
        raise ValueError(f"an unexpected array in the language model: {dtype} {shape}")
    typecode = _TYPECODE[dtype.itemsize]
    if array(typecode).itemsize != dtype.itemsize or dtype.byteorder == (">" if np.little_endian else "<"):
        raise ValueError("the language model's integers are not this machine's")
    out = array(typecode, [0]) * shape[0]  # the whole size at once, no bytes object in between
    _read_into(member, memoryview(out).cast("B"))
    return out
