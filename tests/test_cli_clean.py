"""`summarise clean`: what a user sees for good and bad input, from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def clean_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "summarise.cli", "clean", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_seeds_clean_with_exit_0_and_a_summary_line(tmp_path):
    out = tmp_path / "clean.jsonl"
    proc = clean_cli(str(DATA), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == f"summarise clean: 5 read, 5 cleaned, 0 failed -> {out}"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == sorted(p.stem for p in DATA.glob("*.txt"))
    for rec in records:
        assert rec["lang"] == "fr" and rec["error"] is None
        assert "Qui sommes nous" not in rec["text"]
        assert "veuillez contacter" not in rec["text"]
        assert rec["contacts"]["emails"]


def test_bad_inputs_give_error_records_exit_1_and_leave_the_others(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = DATA / "003_6c8778f30a09c825.txt"
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03" * 20)
    out = tmp_path / "clean.jsonl"
    proc = clean_cli(str(folder), str(tmp_path / "missing.txt"), "-o", str(out))
    assert proc.returncode == 1
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {good.stem, "empty", "blank", "binary", "missing"}
    for bad in ("empty", "blank", "binary", "missing"):
        assert records[bad]["error"]["stage"] == "read"
        assert records[bad]["error"]["message"]
    assert records[good.stem]["error"] is None
    assert records[good.stem]["title"] == "L'aide aux victimes de la traite"
    assert proc.stderr.startswith("summarise clean: 5 read, 1 cleaned, 4 failed (read:")


def test_output_is_replaced_atomically(tmp_path):
    out = tmp_path / "clean.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    assert clean_cli(str(DATA / "000_cd64a4c7dfd5f85e.txt"), "-o", str(out)).returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert not list(tmp_path.glob("*.tmp"))


def test_usage_error_exits_2(tmp_path):
    proc = clean_cli(str(DATA))
    assert proc.returncode == 2
    assert "-o/--output" in proc.stderr
