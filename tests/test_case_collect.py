"""Collecting a case: folders and zips expanded in a stable order; hostile archives refused or bounded."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from redact.case.collect import ZipLimits, collect, unpack_zip
from redact.errors import InputError


def _zip(path: Path, entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_folder_and_zip_expand_in_order_with_neutral_names_on_disk(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("två")
    (folder / "a.txt").write_text("ett")
    (folder / "sub" / "c.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".DS_Store").write_bytes(b"x")
    inner = _zip(tmp_path / "inner.zip", {"djup.txt": b"djup"})
    _zip(folder / "arkiv.zip", {"Intyg Amira Haddad.txt": b"text", "inre.zip": inner.read_bytes()})
    work = tmp_path / "work"
    work.mkdir()
    sources = collect([folder], work)
    origins = [s.origin for s in sources]
    assert origins == [
        f"{folder}/a.txt",
        f"{folder}/arkiv.zip/Intyg Amira Haddad.txt",
        f"{folder}/arkiv.zip/inre.zip/djup.txt",
        f"{folder}/b.txt",
        f"{folder}/sub/c.pdf",
    ]
    unpacked = [s for s in sources if "arkiv.zip" in s.origin]
    # what lies on disk is named by position, never by the entry's name
    assert all(s.path.is_relative_to(work) and "Amira" not in str(s.path) for s in unpacked)
    assert sources[1].path.read_bytes() == b"text" and sources[2].path.read_bytes() == b"djup"
    assert [s.parent for s in unpacked] == [f"{folder}/arkiv.zip", f"{folder}/arkiv.zip/inre.zip"]


def test_zip_entries_that_point_outside_are_refused_and_nothing_is_written_there(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../utanfor.txt", b"ut")
        zf.writestr("/etc/absolut.txt", b"abs")
        zf.writestr("C:/windows.txt", b"win")
        zf.writestr("ok.txt", b"ok")
        link = zipfile.ZipInfo("lank.txt")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    arc = tmp_path / "elak.zip"
    arc.write_bytes(buf.getvalue())
    sources = unpack_zip(arc, "elak.zip", work)
    by_name = {s.origin.split("/", 1)[1]: s for s in sources}
    assert by_name["ok.txt"].error is None and by_name["ok.txt"].path.read_bytes() == b"ok"
    for bad in ("../../utanfor.txt", "/etc/absolut.txt", "C:/windows.txt", "lank.txt"):
        assert by_name[bad].error, bad
    assert not (tmp_path / "utanfor.txt").exists() and not (tmp_path.parent / "utanfor.txt").exists()
    written = [p for p in work.rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in written] == [b"ok"]


def test_zip_bomb_and_too_many_entries_are_refused(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    bomb = _zip(tmp_path / "bomb.zip", {"noll.txt": b"\0" * (40 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError, match="zip-bomb|MB"):
        unpack_zip(bomb, "bomb.zip", work, ZipLimits(max_total_mb=2048))
    with pytest.raises(InputError, match="MB"):
        unpack_zip(bomb, "bomb.zip", work, ZipLimits(max_total_mb=10))
    many = _zip(tmp_path / "many.zip", {f"f{i}.txt": b"x" for i in range(30)})
    with pytest.raises(InputError, match="30 filer"):
        unpack_zip(many, "many.zip", work, ZipLimits(max_entries=20))
    assert not [p for p in work.rglob("*") if p.is_file()]  # nothing half-unpacked is left


def test_zip_whose_sizes_lie_is_stopped_at_the_budget(tmp_path):
    """A header that declares a small size does not let a large entry through."""
    work = tmp_path / "work"
    work.mkdir()
    arc = _zip(tmp_path / "ljuger.zip", {"stor.txt": b"A" * (3 * 1024 * 1024)}, zipfile.ZIP_STORED)
    data = bytearray(arc.read_bytes())
    real = (3 * 1024 * 1024).to_bytes(4, "little")
    fake = (100).to_bytes(4, "little")
    data = data.replace(real, fake)  # declared sizes in the local and central headers
    arc.write_bytes(bytes(data))
    with pytest.raises(InputError):
        unpack_zip(arc, "ljuger.zip", work, ZipLimits(max_total_mb=1))


def test_unknown_formats_and_broken_zips_are_refused_per_file(tmp_path):
    (tmp_path / "x.exe").write_bytes(b"MZ")
    (tmp_path / "trasig.zip").write_bytes(b"PK\x03\x04 inte en zip")
    work = tmp_path / "work"
    work.mkdir()
    sources = collect([tmp_path / "x.exe", tmp_path / "trasig.zip"], work)
    assert [bool(s.error) for s in sources] == [True, True]
    assert "filformatet" in sources[0].error and "skadad" in sources[1].error
    with pytest.raises(InputError, match="finns inte"):
        collect([tmp_path / "saknas.pdf"], work)


def test_links_in_a_folder_are_named_and_never_followed(tmp_path):
    outside = tmp_path / "hemlig.txt"
    outside.write_text("utanför")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lank.txt").symlink_to(outside)
    work = tmp_path / "work"
    work.mkdir()
    sources = collect([folder], work)
    assert len(sources) == 1 and sources[0].error and "länkar" in sources[0].error


def test_the_zip_bounds_hold_for_the_whole_case_not_each_archive(tmp_path):
    """Many archives (or archives nested in archives) cannot add up to what one is refused for."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        _zip(folder / f"a{n}.zip", {f"f{i}.txt": b"x" for i in range(40)})
    work = tmp_path / "work"
    work.mkdir()
    sources = collect([folder], work, ZipLimits(max_entries=100))
    refused = [s.origin for s in sources if s.error]
    assert refused == [f"{folder}/a2.zip"] and len(sources) == 81
    inner = _zip(tmp_path / "inner.zip", {"stor.txt": bytes(range(256)) * (24 * 1024)}, zipfile.ZIP_STORED)  # 6 MB
    _zip(tmp_path / "yttre.zip", {"ett.zip": inner.read_bytes(), "tva.zip": inner.read_bytes()}, zipfile.ZIP_STORED)
    work2 = tmp_path / "work2"
    work2.mkdir()
    nested = collect([tmp_path / "yttre.zip"], work2, ZipLimits(max_total_mb=20))
    assert [bool(s.error) for s in nested] == [False, True]  # 12 MB of outer entries + 6 MB, then no room
