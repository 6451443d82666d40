"""The findings file has a versioned JSON Schema (schemas/redact-findings-1.schema.json) and what
`redact detect` writes satisfies it; `redact apply` reads a file with a custom category.

jsonschema is not installed in the project's environment, so the schema is checked with the small
validator below, which implements exactly the keywords the schema uses (and refuses any other).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from redact.findings_io import FORMAT
from tests.conftest import mupdf_text, pdftotext, write_text_pdf

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / f"{FORMAT}.schema.json"
KEYWORDS = {"$schema", "$id", "title", "description", "$defs", "type", "required", "properties", "items", "const",
            "enum", "minimum", "maximum", "minLength", "minItems", "maxItems", "pattern", "$ref", "anyOf"}
TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """Where ``value`` breaks ``schema`` (draft 2020-12, the keywords in KEYWORDS only)."""
    unknown = set(schema) - KEYWORDS
    assert not unknown, f"the test validator does not implement {unknown}"
    if "$ref" in schema:
        node: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        return errors(value, node, root, where)
    out: list[str] = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[k](value) for k in kinds):
            return [f"{where}: expected {kinds}"]
    if "const" in schema and value != schema["const"]:
        out.append(f"{where}: must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{where}: not one of {schema['enum']}")
    if TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{where}: below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{where}: above {schema['maximum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            out.append(f"{where}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{where}: does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            out.append(f"{where}: wrong number of items")
        for i, item in enumerate(value):
            out += errors(item, schema.get("items", {}), root, f"{where}[{i}]")
    if isinstance(value, dict):
        out += [f"{where}: {key} is required" for key in schema.get("required", []) if key not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                out += errors(value[key], sub, root, f"{where}.{key}")
    if "anyOf" in schema and all(errors(value, s, root, where) for s in schema["anyOf"]):
        out.append(f"{where}: matches none of anyOf")
    return out


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _redact(*args: object, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    env.pop("REDACT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


def test_the_validator_rejects_what_the_schema_forbids(schema):
    good = {"format": FORMAT, "document": {"name": "a.pdf", "sha256": "ab" * 32, "pages": 1},
            "findings": [{"page": 1, "rects": [[1, 2, 3, 4]], "category": "EMPLOYEE_ID"}], "notes": []}
    assert errors(good, schema, schema) == []
    for broken in (
        {**good, "format": "redact-findings-2"},
        {**good, "findings": [{"page": 0, "rects": [[1, 2, 3, 4]]}]},
        {**good, "findings": [{"page": 1}]},  # neither rects nor start/end
        {**good, "findings": [{"page": 1, "rects": [[1, 2, 3]]}]},
        {**good, "findings": [{"page": 1, "rects": [[1, 2, 3, 4]], "category": "employee id"}]},
        {**good, "findings": [{"page": 1, "rects": [[1, 2, 3, 4]], "status": "maybe"}]},
        {**good, "findings": [{"page": 1, "start": 1, "end": 2, "score": 1.5}]},
        {key: value for key, value in good.items() if key != "document"},
    ):
        assert errors(broken, schema, schema), broken


def test_detect_writes_a_valid_versioned_file_and_apply_reads_a_custom_category(schema, tmp_path):
    pdf = write_text_pdf(tmp_path / "brev.pdf", [["Beslut om bistånd", "Klienten Fatima Lindqvist, tel. 070-123 45 67.",
                                                  "Anställningsnummer EMP-00123."]])
    r = _redact("detect", pdf, "-v", "-o", "-")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["format"] == FORMAT
    assert errors(data, schema, schema) == []
    assert {f["text"] for f in data["findings"]} >= {"Fatima Lindqvist", "070-123 45 67"}
    # an integrator's own detector found the employee number; apply masks it like any category
    with pymupdf.open(pdf) as doc:
        hit = doc[0].search_for("EMP-00123")[0]
        emp = [hit.x0, hit.y0, hit.x1, hit.y1]
    data["findings"].append({"id": "emp1", "page": 1, "rects": [emp], "category": "EMPLOYEE_ID", "text": "EMP-00123",
                             "status": "accepted", "detector": "custom"})
    assert errors(data, schema, schema) == []
    (tmp_path / "f.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "ut.pdf"
    r = _redact("apply", pdf, tmp_path / "f.json", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "EMPLOYEE_ID" in r.stdout
    for text in (mupdf_text(out), pdftotext(out)):
        assert "EMP-00123" not in text and "Lindqvist" not in text and "Beslut om bistånd" in text
    # another format version is refused with one line
    data["format"] = "redact-findings-9"
    (tmp_path / "g.json").write_text(json.dumps(data), encoding="utf-8")
    r = _redact("apply", pdf, tmp_path / "g.json", "-o", tmp_path / "x.pdf")
    assert r.returncode == 2 and "redact-findings-1" in r.stderr and r.stderr.count("\n") == 1
