"""summarise export: English releases in each format, the digest, --only-reviewed, safe file names."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarise.cli import main
from summarise.record import recompose, summary_source
from summarise.review.docx_parts import DOCX_MISSING
from summarise.review.export import export
from summarise.review.page import apply_corrections, read_records
from summarise.review.release import CONTACT_HEADING

HISPANIOLA = "002_5ad4ddfa5634b5fc"  # its sentence 2 says "billion" where the French says "million"
CRICKET = "000_cd64a4c7dfd5f85e"
WORKSHOP = "001_9295c142cd2f8313"
VICTIMS = "003_6c8778f30a09c825"
FAILED = "004_5f70599fbf4e1951"


def write_records(run_dir: Path, records: list[dict]) -> None:
    (run_dir / "records.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


@pytest.fixture
def run(review_run, cleaned, tmp_path):
    """The seed run with each release's real contacts (as the cleaner found them), and a reviewer's
    correction of the Hispaniola sentence applied the way a reviewer applies it."""
    contacts = {r.id: r.contacts for r in cleaned}
    records = read_records(review_run)
    for rec in records:
        rec["contacts"] = contacts[rec["id"]]
    write_records(review_run, records)
    seg = next(r for r in records if r["id"] == HISPANIOLA)["translation"]["segments"][2]
    apply_corrections(
        review_run,
        write_jsonl(
            tmp_path / "c.jsonl",
            [
                {
                    "id": HISPANIOLA,
                    "segment": 2,
                    "src": seg["src"],
                    "tgt": seg["tgt"].replace("1.6 billion", "1.6 million"),
                    "status": "corrected",
                    "by": "Ana",
                    "at": "2026-11-23T05:00:00Z",
                }
            ],
        ),
    )
    return review_run


def expected(run_dir: Path, rec_id: str) -> tuple[str, list[str], dict]:
    rec = next(r for r in read_records(run_dir) if r["id"] == rec_id)
    title, body = recompose(rec["translation"])
    return title, body.split("\n\n"), rec["contacts"]


# ------------------------------------------------------------------ reading exported files back


def docx_blocks(path: Path) -> list[tuple[str, str]]:
    import docx

    return [(p.style.name, p.text) for p in docx.Document(path).paragraphs]


class _Blocks(HTMLParser):
    BLOCKS = {"h1", "h2", "p", "th", "td"}

    def __init__(self):
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self.links: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._open, self._tag = [], tag
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._open is not None:
            self.blocks.append((tag, "".join(self._open)))
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)


def html_blocks(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    parser = _Blocks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.blocks, parser.links


def md_plain(line: str) -> str:
    """A Markdown line as a reader sees it: links as their text, escapes and markers removed."""
    line = re.sub(r"\[((?:\\.|[^\]])*)\]\(<[^>]*>\)", r"\1", line)
    line = re.sub(r"(?<!\\)\*\*?", "", re.sub(r"^(#+ |> )", "", line.rstrip()))  # emphasis
    return re.sub(r"\\(.)", r"\1", line).strip()


def blocks(path: Path, fmt: str) -> list[tuple[str, str]]:
    """(kind, text) of each block of an exported release, whatever its format; kind "heading" for
    the title."""
    if fmt == "docx":
        return [("heading" if s.startswith("Heading") else "p", t) for s, t in docx_blocks(path)]
    if fmt == "html":
        return [("heading" if k == "h1" else "p", t) for k, t in html_blocks(path)[0]]
    lines = path.read_text(encoding="utf-8").splitlines()
    if fmt == "md":
        return [("heading" if x.startswith("# ") else "p", md_plain(x)) for x in lines if x.strip()]
    out = []  # txt: the title is the line above its "=====" underline
    for i, line in enumerate(lines):
        if line.strip() and not re.fullmatch(r"=+", line):
            under = i + 1 < len(lines) and re.fullmatch(r"=+", lines[i + 1])
            out.append(("heading" if under else "p", line.strip()))
    return out


# ------------------------------------------------------------------ releases in every format


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "txt"])
def test_release_has_title_body_correction_and_contacts(run, tmp_path, fmt):
    result = export(run, fmt, tmp_path / "out")
    assert sorted(result.written) == [CRICKET, WORKSHOP, HISPANIOLA, VICTIMS]
    assert FAILED in result.held_back and "CUDA out of memory" in result.held_back[FAILED]
    for rec_id, path in result.written.items():
        assert path == tmp_path / "out" / f"{rec_id}.{fmt}"
        title, paragraphs, contacts = expected(run, rec_id)
        found = blocks(path, fmt)
        texts = [t for _, t in found]
        assert [t for k, t in found if k == "heading"] == [title]
        at = [texts.index(p) for p in paragraphs]  # every body paragraph, whole, in order
        assert at == sorted(at)
        block = texts[texts.index(CONTACT_HEADING) :]
        assert texts.index(CONTACT_HEADING) > at[-1]
        for item in contacts["names"] + contacts["emails"] + contacts["phones"] + contacts["links"]:
            assert any(item in line for line in block), (rec_id, item)
    hispaniola = [t for _, t in blocks(result.written[HISPANIOLA], fmt)]
    assert any("The 1.6 million dollars given by" in t for t in hispaniola)  # the correction in place
    assert not any("billion" in t for t in hispaniola)


def test_docx_links_every_email_and_web_address(run, tmp_path):
    import docx

    path = export(run, "docx", tmp_path).written[CRICKET]
    document = docx.Document(path)
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert targets == {"mailto:cmueller@iom.int", "mailto:npineiro@iom.int", "http://www.iom.int/unitedstates"}
    assert [h.text for p in document.paragraphs for h in p.hyperlinks] == [
        "cmueller@iom.int",
        "npineiro@iom.int",
        "http://www.iom.int/unitedstates",
    ]


def test_html_is_standalone_and_links_contacts(run, tmp_path):
    path = export(run, "html", tmp_path).written[HISPANIOLA]
    page = path.read_text(encoding="utf-8")
    assert "<style>" in page and "<link " not in page and "<script" not in page and "src=" not in page
    _, links = html_blocks(path)
    assert links == ["mailto:mmacchiavello@iom.int", "mailto:ldoyle@iom.int"]


def test_dateline_and_summary_when_present(run, tmp_path):
    records = read_records(run)
    for rec in records:
        if rec["id"] == WORKSHOP:
            rec["dateline"] = {"place": "Kingston", "date": "2007-04-20"}
    write_records(run, records)
    for fmt in ("docx", "md", "html", "txt"):
        result = export(run, fmt, tmp_path / fmt, summary=True)
        texts = [t for _, t in blocks(result.written[WORKSHOP], fmt)]
        heading = next(t for k, t in blocks(result.written[WORKSHOP], fmt) if k == "heading")
        assert texts[texts.index(heading) + 1] == "Kingston, 20 April 2007"
        summary = next(r for r in records if r["id"] == WORKSHOP)["summary"]["en"]
        assert "Summary. " + summary in texts or "Summary: " + summary in texts
        without = export(run, fmt, tmp_path / (fmt + "-plain")).written[WORKSHOP]
        assert not any(t.startswith("Summary") for _, t in blocks(without, fmt))


# ------------------------------------------------------------------ review state: notes and --only-reviewed


def test_unreviewed_critical_flags_get_a_note_at_the_top(run, tmp_path):
    for fmt in ("docx", "md", "html", "txt"):
        result = export(run, fmt, tmp_path / fmt)
        first = blocks(result.written[CRICKET], fmt)[0][1]
        assert first.startswith("Not fully reviewed: 1 sentence with critical flags has not been checked")
        assert "sentence 5" in first  # the flagged sentence's number in the review page
        assert blocks(result.written[HISPANIOLA], fmt)[0][0] == "heading"  # corrected: no note


def test_only_reviewed_exports_exactly_the_fully_reviewed_documents(run, tmp_path):
    records = read_records(run)
    for rec in records:
        for seg in (rec.get("translation") or {}).get("segments") or []:
            if rec["id"] == VICTIMS:  # its only flag is a note: nothing critical to check
                seg["flags"] = [dict(f, severity="note") for f in seg["flags"]]
    write_records(run, records)
    workshop = next(r for r in records if r["id"] == WORKSHOP)["translation"]["segments"]
    flagged = next(i for i, s in enumerate(workshop) if s["flags"])
    apply_corrections(
        run,
        write_jsonl(
            tmp_path / "accept.jsonl",
            [  # accepted as the machine wrote it
                {
                    "id": WORKSHOP,
                    "segment": flagged,
                    "src": workshop[flagged]["src"],
                    "tgt": workshop[flagged]["tgt"],
                    "status": "accepted",
                    "by": "Ana",
                    "at": "2026-11-23T05:02:00Z",
                }
            ],
        ),
    )

    result = export(run, "md", tmp_path / "out", only_reviewed=True, digest=True)
    assert sorted(result.written) == [WORKSHOP, HISPANIOLA, VICTIMS]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"{i}.md" for i in (WORKSHOP, HISPANIOLA, VICTIMS)] + ["digest.md"]
    )
    assert result.held_back[CRICKET] == "1 sentence(s) with critical flags not yet checked"
    assert set(result.held_back) == {CRICKET, FAILED}
    assert CRICKET not in result.digest.read_text(encoding="utf-8")


# ------------------------------------------------------------------ the digest


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "txt"])
def test_digest_holds_every_title_and_summary_side_by_side(run, tmp_path, fmt):
    records = read_records(run)
    records[0]["dateline"] = {"place": "Genève", "date": "2007-03-15"}
    write_records(run, records)
    result = export(run, fmt, tmp_path, digest=True)
    assert result.digest == tmp_path / f"digest.{fmt}"
    if fmt == "docx":
        import docx

        document = docx.Document(result.digest)
        rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
        meta = [p.text for p in document.paragraphs]
        links = [h.address for p in document.paragraphs for h in p.hyperlinks]
        text = "\n".join(meta)
    elif fmt == "html":
        found, links = html_blocks(result.digest)
        cells = [t for k, t in found if k in ("th", "td")]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        text = "\n".join(t for _, t in found)
    else:
        text = result.digest.read_text(encoding="utf-8")
        lines = [md_plain(x) if fmt == "md" else x for x in text.splitlines()]
        text = "\n".join(lines)
        if fmt == "md":
            rows = [
                [md_plain(c.strip()) for c in x.strip("|").split(" | ")]
                for x in text.splitlines()
                if x.startswith("|") and "---" not in x
            ]
        else:  # "title fr  |  title en", then "FR: ..." and "EN: ..." lines
            rows = []
            for i, x in enumerate(lines):
                if x.startswith("  FR: "):
                    rows += [lines[i - 1].split("  |  "), [x[6:], lines[i + 1][6:]]]
        links = re.findall(r"\(<([^>]+)>\)", result.digest.read_text(encoding="utf-8"))
    translated = [r for r in records if r.get("translation")]
    for rec in translated:
        title_en, _ = recompose(rec["translation"])
        assert [rec["title"], title_en] in rows
        assert [rec["summary"]["fr"], rec["summary"]["en"]] in rows
    assert FAILED not in text and "Dolores" not in text
    assert "15 March 2007" in text and text.count("undated") == len(translated) - 1
    if fmt != "txt":  # a link to each source file
        assert links == [Path(r["source"]).resolve().as_uri() for r in translated]


# ------------------------------------------------------------------ file names from ids


def run_with_ids(tmp_path: Path, review_run: Path, ids: list[str]) -> Path:
    """A run whose translated records carry the given ids, each with its own English title."""
    template = next(r for r in read_records(review_run) if r["id"] == VICTIMS)
    records = []
    for n, rec_id in enumerate(ids):
        rec = json.loads(json.dumps(template))
        rec["id"] = rec_id
        rec["translation"]["segments"][0]["tgt"] = f"Release number {n}"
        records.append(rec)
    run_dir = tmp_path / "ids-run"
    run_dir.mkdir()
    write_records(run_dir, records)
    return run_dir


@pytest.mark.parametrize("rec_id", ["../../x", "/etc/x", "a\\b", "CON", "con.txt", "x" * 300, ".hidden", "..", " "])
def test_a_hostile_id_writes_one_file_inside_the_output_folder(tmp_path, review_run, rec_id):
    run_dir = run_with_ids(tmp_path, review_run, [rec_id])
    out = tmp_path / "nest" / "out"
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    result = export(run_dir, "txt", out)
    after = {p for p in tmp_path.rglob("*") if p.is_file()}
    [path] = after - before
    assert path.parent == out and result.written == {rec_id: path}
    assert not path.name.startswith(".") and len(path.name.encode()) < 128
    assert not re.match(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\.|$)", path.name)
    assert "Release number 0" in path.read_text(encoding="utf-8")


def test_ids_that_clean_to_one_name_never_overwrite_each_other(tmp_path, review_run):
    ids = ["a/b", "a_b", "A_B", "a\\b", "digest", "Digest", "x" * 300, "x" * 300 + "y", "CON", "_CON"]
    run_dir = run_with_ids(tmp_path, review_run, ids)
    result = export(run_dir, "docx", tmp_path / "out", digest=True)
    names = [p.name.casefold() for p in result.written.values()]
    assert len(set(names)) == len(ids) and "digest.docx" not in names  # distinct, even ignoring case
    assert len(list((tmp_path / "out").iterdir())) == len(ids) + 1
    for n, rec_id in enumerate(ids):
        assert [t for k, t in blocks(result.written[rec_id], "docx") if k == "heading"] == [f"Release number {n}"]
    again = export(run_dir, "docx", tmp_path / "out")  # the same names on every export
    assert again.written == result.written


def test_text_xml_cannot_hold_is_dropped_not_fatal(tmp_path, review_run):
    run_dir = run_with_ids(tmp_path, review_run, ["ctl"])
    records = read_records(run_dir)
    records[0]["translation"]["segments"][1]["tgt"] = "Bell\x07 and NUL\x00 here."
    write_records(run_dir, records)
    for fmt in ("docx", "html"):
        path = export(run_dir, fmt, tmp_path / fmt).written["ctl"]
        assert any(t.startswith("Bell and NUL here.") for _, t in blocks(path, fmt))


# ------------------------------------------------------------------ the command


def test_command_writes_releases_and_digest_and_lists_what_it_left_out(run, tmp_path, capsys):
    out = tmp_path / "releases"
    code = main(["export", str(run), "--format", "html", "-o", str(out), "--digest", "--only-reviewed"])
    err = capsys.readouterr().err
    assert code == 1  # one document of the run failed: it has no English to publish
    assert sorted(p.name for p in out.iterdir()) == [f"{HISPANIOLA}.html", "digest.html"]
    assert f"not exported: {CRICKET}: 1 sentence(s) with critical flags not yet checked" in err
    assert f"not exported: {FAILED}: failed at translate" in err
    assert f"1 releases (html) and the digest, 4 not exported -> {out}" in err
    assert main(["export", str(run)]) == 1 and (run / "export" / f"{CRICKET}.docx").is_file()  # docx by default


def test_command_user_mistakes_exit_2_with_one_line(run, tmp_path, capsys, monkeypatch):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    cases = [
        (["export", str(run), "--format", "md", "-o", str(a_file)], "is a file, not a folder"),
        (["export", str(tmp_path / "nowhere"), "--format", "md"], "no records here"),
    ]
    for argv, message in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    monkeypatch.setitem(sys.modules, "docx", None)  # python-docx not installed
    assert main(["export", str(run), "-o", str(tmp_path / "d")]) == 2
    assert capsys.readouterr().err.strip() == f"summarise export: error: {DOCX_MISSING}"
    assert not (tmp_path / "d").exists()
    assert 'pip install "summarise[docx]"' in DOCX_MISSING
    assert main(["export", str(run), "--format", "md", "-o", str(tmp_path / "md")]) == 1  # other formats work


def test_library_api_is_the_same_function(run, tmp_path):
    import summarise

    result = summarise.export(run, "txt", tmp_path, digest=True, summary=True)
    assert len(result.written) == 4 and result.digest.is_file()


def test_a_real_run_of_the_seeds_exports_every_release(tmp_path, tiny_models):
    """Records as the pipeline writes them (tiny real-class model: gibberish English, real flags)."""
    import summarise

    (tmp_path / "tiny.toml").write_text(
        "\n".join(
            [
                "[run]",
                'name = "seeds"',
                'device = "cpu"',
                "[translate]",
                f'model = "{tiny_models["marian"]}"',
                "num_beams = 1",
                "max_new_tokens = 16",
                "threads = 1",
                "[summarise]",
                'method = "extractive"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    config = summarise.load_config(tmp_path / "tiny.toml")
    run_dir = summarise.run(config, [str(Path(__file__).resolve().parent.parent / "data")], tmp_path / "run").output
    result = export(run_dir, "docx", digest=True, summary=True)
    records = read_records(run_dir)
    assert sorted(result.written) == sorted(r["id"] for r in records if not r.get("error"))
    for rec in records:
        if rec.get("error"):
            continue
        title, body = recompose(rec["translation"])
        texts = [t for _, t in blocks(result.written[rec["id"]], "docx")]
        assert [t for k, t in blocks(result.written[rec["id"]], "docx") if k == "heading"] == [title]
        assert all(p in texts for p in body.split("\n\n"))
        assert texts[0].startswith("Not fully reviewed:")  # gibberish English: its critical flags are unchecked
        contact_block = texts[texts.index(CONTACT_HEADING) :]
        for item in rec["contacts"]["emails"] + rec["contacts"]["phones"]:
            assert any(item in line for line in contact_block)
    import docx

    digest = "\n".join(c.text for t in docx.Document(result.digest).tables for row in t.rows for c in row.cells)
    assert all(
        summary_source(rec["summary"]) in digest and rec["summary"]["en"] in digest
        for rec in records
        if not rec.get("error")
    )


def test_a_link_in_the_output_folder_is_replaced_not_followed(tmp_path, review_run):
    run_dir = run_with_ids(tmp_path, review_run, ["doc"])
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    (out / "doc.txt").symlink_to(elsewhere)
    export(run_dir, "txt", out)
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert not (out / "doc.txt").is_symlink() and "Release number 0" in (out / "doc.txt").read_text(encoding="utf-8")


def test_a_scraped_link_of_another_scheme_stays_text(tmp_path, review_run):
    run_dir = run_with_ids(tmp_path, review_run, ["doc"])
    records = read_records(run_dir)
    records[0]["contacts"]["links"] = ["javascript:alert(1)", "www.iom.int"]
    write_records(run_dir, records)
    path = export(run_dir, "html", tmp_path / "out").written["doc"]
    found, links = html_blocks(path)
    assert links == ["mailto:cmueller@iom.int", "http://www.iom.int"]
    assert "Web: javascript:alert(1)" in [t for _, t in found]
