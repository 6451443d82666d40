"""A tagged structure tree that runs in a circle is dropped from the working copy every stage reads.

MuPDF walks the structure tree while it reads a tagged page; a tree whose table row holds its own
table (and whose parent links point back and forth) made one real file take minutes per page.
The tree is tagging only: the pages read the same without it, and the output never carries it.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.ingest.flatten import flat_input
from redact.ingest.structure_tree import structure_tree_is_broken
from redact.pipeline import RunOptions, run_file

NAME = "Zeynep Arslan"
CELLS = ("Handläggare", NAME, "Bygglov", "Ärende 14")


def _tagged_table(path: Path, circular: bool) -> Path:
    """A one-page PDF whose text is a tagged table; with ``circular`` the first row also holds the table."""
    doc = b.new_pdf()
    page = doc.new_page()
    page.insert_text((72, 60), "Anteckning om bygglov", fontname="helv", fontsize=11)
    ops = [f"/TD <</MCID {i}>> BDC BT /helv 11 Tf {72 + i * 120} 700 Td ({cell}) Tj ET EMC"
           for i, cell in enumerate(CELLS)]
    first = page.get_contents()[0]
    extra = doc.get_new_xref()
    doc.update_object(extra, "<<>>")
    doc.update_stream(extra, "\n".join(ops).encode("latin-1"))
    doc.xref_set_key(page.xref, "Contents", f"[{first} 0 R {extra} 0 R]")
    doc.xref_set_key(page.xref, "StructParents", "0")
    root, table = doc.get_new_xref(), doc.get_new_xref()
    rows = [doc.get_new_xref() for _ in CELLS]
    cells = [doc.get_new_xref() for _ in CELLS]
    parent_of_table = rows[0] if circular else root
    doc.update_object(table, f"<</Type/StructElem/S/Table/P {parent_of_table} 0 R/K [{' '.join(f'{r} 0 R' for r in rows)}]>>")
    for i, (row, cell) in enumerate(zip(rows, cells)):
        kids = f"{cell} 0 R" + (f" {table} 0 R" if circular and i == 0 else "")
        doc.update_object(row, f"<</Type/StructElem/S/TR/P {table} 0 R/K [{kids}]>>")
        doc.update_object(cell, f"<</Type/StructElem/S/TD/P {row} 0 R/Pg {page.xref} 0 R/K {i}>>")
    parent_tree = doc.get_new_xref()
    doc.update_object(parent_tree, f"<</Nums [0 [{' '.join(f'{c} 0 R' for c in cells)}]]>>")
    doc.update_object(root, f"<</Type/StructTreeRoot/K [{table} 0 R]/ParentTree {parent_tree} 0 R>>")
    doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(doc.pdf_catalog(), "MarkInfo", "<</Marked true>>")
    return b.save(doc, path)


def _has_tree(path: Path) -> bool:
    with pymupdf.open(path) as doc:
        return doc.xref_get_key(doc.pdf_catalog(), "StructTreeRoot")[0] != "null"


def test_a_circular_tree_is_told_from_a_sound_one(tmp_path: Path):
    with pymupdf.open(_tagged_table(tmp_path / "circle.pdf", circular=True)) as doc:
        assert structure_tree_is_broken(doc)
    with pymupdf.open(_tagged_table(tmp_path / "sound.pdf", circular=False)) as doc:
        assert not structure_tree_is_broken(doc)


def test_every_stage_reads_a_copy_without_the_circular_tree(tmp_path: Path):
    src = _tagged_table(tmp_path / "circle.pdf", circular=True)
    before = src.read_bytes()
    with flat_input(src) as flat:
        assert flat.flattened and not _has_tree(flat.path)
        assert mupdf_text(flat.path) == mupdf_text(src)  # the pages read the same without it
    assert src.read_bytes() == before
    sound = _tagged_table(tmp_path / "sound.pdf", circular=False)
    with flat_input(sound) as flat:  # a sound tree is read as it is, from the original
        assert not flat.flattened


def test_a_file_with_a_circular_tree_is_redacted(tmp_path: Path):
    src = _tagged_table(tmp_path / "circle.pdf", circular=True)
    out = tmp_path / "out.pdf"
    disclosure = run_file(src, out, options=RunOptions())
    assert disclosure.verification.ok
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Arslan" not in text and "Zeynep" not in text
        assert "Handläggare" in text and "Ärende 14" in text
    assert not _has_tree(out)
