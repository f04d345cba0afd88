"""The review page (in a real headless Chromium), corrections, and the terminal stats."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarise.review.evaluate import evaluate
from summarise.review.page import CorrectionError, apply_corrections, read_records, stats, write_review

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HISPANIOLA = "002_5ad4ddfa5634b5fc"
VICTIMS = "003_6c8778f30a09c825"


def write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return path


def segment_of(run_dir: Path, rec_id: str, index: int) -> dict:
    rec = next(r for r in read_records(run_dir) if r["id"] == rec_id)
    return rec["translation"]["segments"][index]


# ------------------------------------------------------------------ apply_corrections


def test_apply_corrections_keeps_machine_text_and_adds_reviewed(review_run, tmp_path):
    machine = segment_of(review_run, HISPANIOLA, 2)["tgt"]
    fixed = machine.replace("1.6 billion", "1.6 million")
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": HISPANIOLA, "segment": 2, "tgt": "first try", "by": "Ana", "at": "2026-11-23T05:00:00Z"},
            {"id": HISPANIOLA, "segment": 2, "tgt": fixed, "by": "Ana", "at": "2026-11-23T05:01:00Z"},
        ],
    )
    assert apply_corrections(review_run, path) == 1
    rec = next(r for r in read_records(review_run) if r["id"] == HISPANIOLA)
    seg = rec["translation"]["segments"][2]
    assert seg["tgt"] == machine  # the machine output is never overwritten
    assert seg["reviewed"] == {
        "tgt": fixed,
        "status": "corrected",
        "by": "Ana",
        "at": "2026-11-23T05:01:00Z",
    }  # last line wins
    assert "1.6 million dollars" in rec["translation"]["reviewed_text"]
    assert "1.6 billion" in rec["translation"]["text"]
    assert rec["translation"]["reviewed_title"] == rec["translation"]["title"]


def test_apply_corrections_reports_every_problem_and_writes_nothing(review_run, tmp_path):
    before = (review_run / "records.jsonl").read_bytes()
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": HISPANIOLA, "segment": 1, "tgt": "ok", "by": "", "at": ""},
            {"id": "no_such_doc", "segment": 0, "tgt": "x"},
            {"id": HISPANIOLA, "segment": 999, "tgt": "x"},
            {"id": HISPANIOLA, "segment": 1, "tgt": "x", "src": "Une autre phrase."},
            {"id": "004_5f70599fbf4e1951", "segment": 0, "tgt": "x"},  # failed: it has no segments
            {"id": HISPANIOLA, "segment": "1", "tgt": "x"},
        ],
    )
    with pytest.raises(CorrectionError) as err:
        apply_corrections(review_run, path)
    problems = err.value.problems
    assert len(problems) == 5
    assert "line 2: unknown document id 'no_such_doc'" in problems
    assert any(p.startswith("line 3:") and "no segment 999" in p for p in problems)
    assert any(p.startswith("line 4:") and "changed" in p for p in problems)
    assert any(p.startswith("line 5:") and "no segment 0" in p for p in problems)
    assert any(p.startswith("line 6:") and "'segment'" in p for p in problems)
    assert (review_run / "records.jsonl").read_bytes() == before


# ------------------------------------------------------------------ page file and stats


def test_page_is_one_offline_file_and_data_cannot_close_the_script(review_run):
    page = write_review(review_run).read_text(encoding="utf-8")
    assert page.count("</script>") == 2  # only the page's own two script elements
    assert "<!-- end -->" not in page
    for external in ("http://cdn", "https://cdn", "<link ", "@import", 'src="http', "fonts.googleapis"):
        assert external not in page


def stats_sections(text: str) -> dict[str, dict[str, str]]:
    """The stats table as {section heading: {row label: value}} (the first section is "")."""
    sections: dict[str, dict[str, str]] = {"": {}}
    heading = ""
    for line in text.splitlines()[1:]:
        if not line.startswith(" "):
            heading = line
            sections[heading] = {}
        else:
            label, value = line.strip().rsplit(None, 1)
            sections[heading][label] = value
    return sections


def test_stats_table(review_run, tmp_path):
    apply_corrections(review_run, write_jsonl(tmp_path / "c.jsonl", [{"id": HISPANIOLA, "segment": 0, "tgt": "x"}]))
    table = stats_sections(stats(review_run))
    assert table[""] == {
        "documents": "5",
        "translated": "4",
        "needing review": "4",
        "failed": "1",
        "sentences": "20",
        "flagged sentences (20.0%)": "4",
        "reviewed sentences": "1",
    }
    assert table["flagged sentences by kind"] == {"number_mismatch": "2", "length_ratio": "1", "repeated_ngram": "1"}
    assert table["summary flags by kind"] == {"number_mismatch": "1"}
    assert table["failed documents by stage / type"] == {"translate / RuntimeError": "1"}


# ------------------------------------------------------------------ the page in a real browser


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install playwright"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: apt-get install -y chromium")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, review_run):
    refs = review_run.parent / "refs"
    refs.mkdir()
    for rec in read_records(review_run):
        if rec.get("translation"):
            text = rec["translation"]["title"] + "\n" + rec["translation"]["text"]
            (refs / f"{rec['id']}.txt").write_text(text.replace("billion", "million"), encoding="utf-8")
    evaluate(review_run, refs)
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("request", lambda req: None if req.url.startswith(("file:", "blob:", "data:")) else errors.append(req.url))
    page.goto(write_review(review_run).as_uri())
    yield page
    context.close()
    assert errors == []


@pytest.mark.browser
def test_page_lists_every_document_and_filters_flagged(page, review_run):
    # Hispaniola has two critical flags (a sentence and its summary), three others one each
    # (in input order), and the failed release none: the page lists them critical-first
    ids = [r["id"] for r in read_records(review_run)]
    assert page.locator("#doc-list li").evaluate_all("els => els.map(e => e.dataset.id)") == [
        HISPANIOLA,
        ids[0],
        ids[1],
        VICTIMS,
        ids[4],
    ]
    assert "failed · translate" in page.locator("#doc-list li", has_text="réseau régional").inner_text()

    page.locator(f"#doc-list li[data-id='{HISPANIOLA}'] a").click()
    flagged = page.locator(".seg.flagged")
    assert flagged.count() == 1
    assert "'1,6 million' not in output" in flagged.inner_text()
    unflagged = page.locator(".seg:not(.flagged)")
    assert unflagged.count() == 3 and unflagged.first.is_visible()
    page.locator("#only-flagged").check()
    assert all(not unflagged.nth(i).is_visible() for i in range(unflagged.count()))
    assert flagged.is_visible()
    page.keyboard.press("f")  # the same filter from the keyboard
    assert unflagged.first.is_visible()


@pytest.mark.browser
def test_keyboard_search_and_raw_markup(page):
    from playwright.sync_api import expect

    # the page opens on the document with most critical flags: Hispaniola (its summary first)
    page.keyboard.press("j")
    assert page.locator("article.doc").get_attribute("data-id") == HISPANIOLA
    assert "BLEU" in page.locator("#scores").inner_text()
    page.keyboard.press("j")
    assert page.locator(".seg.current.flagged").count() == 1
    page.keyboard.press("j")  # then the next document in the page's order
    assert page.locator("article.doc").get_attribute("data-id") == "000_cd64a4c7dfd5f85e"
    page.keyboard.press("e")  # edit the current sentence from the keyboard
    page.keyboard.type(" Edited.")
    page.keyboard.press("Escape")
    assert page.locator("#edit-count").inner_text() == "1"
    assert page.locator(".seg.current .tgt").inner_text().endswith(" Edited.")
    page.keyboard.press("ArrowRight")
    assert page.locator("article.doc").get_attribute("data-id") == "001_9295c142cd2f8313"
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert page.locator("article.doc").get_attribute("data-id") == HISPANIOLA

    page.keyboard.press("/")
    page.keyboard.type("hispaniola")
    expect(page.locator("#doc-list li:not([hidden])")).to_have_count(1)  # the search box waits for a pause in typing
    assert page.locator("#doc-list li:not([hidden])").get_attribute("data-id") == HISPANIOLA
    page.locator("#search").fill("")

    page.locator("#doc-list li[data-id^='003'] a").click()
    page.locator("details.original-box summary").click()
    assert '<script>alert("x")</script></script><!-- end -->' in page.locator("pre.original").inner_text()
    page.locator("#doc-list li[data-id^='004'] a").click()
    assert "CUDA out of memory" in page.locator(".error").inner_text()


def flagged_index(run_dir: Path, rec_id: str) -> int:
    rec = next(r for r in read_records(run_dir) if r["id"] == rec_id)
    return next(i for i, s in enumerate(rec["translation"]["segments"]) if s["flags"])


def row_status(page, index: int) -> str:
    return page.locator(f"#seg-{index}").get_attribute("data-status")


@pytest.mark.browser
def test_accept_and_correct_survive_reload_download_and_apply(page, review_run, tmp_path):
    from playwright.sync_api import expect

    from summarise.cli import main

    cricket, workshop = "000_cd64a4c7dfd5f85e", "001_9295c142cd2f8313"
    total = page.locator("#total-text")
    page.locator("#reviewer").fill("Ana")
    page.locator("#reviewer").press("Tab")
    assert total.inner_text() == "0 of 4 flagged sentences checked · 4 documents left"

    # accept with the key: the sentence is checked and the next one to review is current
    page.locator(f"#doc-list li[data-id='{cricket}'] a").click()
    page.locator("#doc").focus()
    page.keyboard.press("j")
    accepted_at = flagged_index(review_run, cricket)
    assert page.locator(".seg.current").get_attribute("data-index") == str(accepted_at)
    assert row_status(page, accepted_at) == "todo"
    machine_cricket = page.locator(".seg.current .tgt").inner_text()
    page.keyboard.press("a")
    assert page.locator("article.doc").get_attribute("data-id") == workshop
    assert page.locator(".seg.current").get_attribute("data-index") == str(flagged_index(review_run, workshop))
    assert total.inner_text() == "1 of 4 flagged sentences checked · 3 documents left"
    assert "1 of 1 checked" in page.locator(f"#doc-list li[data-id='{cricket}']").inner_text()
    assert page.locator("#edit-count").inner_text() == "1"

    # correct: the highlight goes, the machine flags stay one click away
    doc = f"#doc-list li[data-id='{VICTIMS}']"
    page.locator(doc + " a").click()
    assert "0 of 1 checked" in page.locator("#doc-progress").inner_text()
    english = page.locator("#seg-2 .tgt")
    machine = english.inner_text()
    fixed = machine.replace("trafficking trafficking trafficking", "trafficking")
    english.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(fixed)
    page.keyboard.press("Enter")
    assert page.locator("#edit-count").inner_text() == "2"
    assert row_status(page, 2) == "corrected" and page.locator("#seg-2.todo").count() == 0
    reason = page.locator("#seg-2 .reasons")
    assert not reason.is_visible()
    page.locator("#seg-2 .machine-flags summary").click()
    assert reason.is_visible() and "Repeated ngram" in reason.inner_text()
    assert "1 of 1 checked" in page.locator("#doc-progress").inner_text()
    assert "1 of 1 checked" in page.locator(doc).inner_text()
    assert total.inner_text() == "2 of 4 flagged sentences checked · 2 documents left"

    page.reload()  # everything is kept in the browser (read back once the page has loaded it)
    expect(total).to_have_text("2 of 4 flagged sentences checked · 2 documents left")
    assert page.locator("#edit-count").inner_text() == "2"
    page.locator(doc + " a").click()
    assert page.locator("#seg-2 .tgt").inner_text() == fixed and row_status(page, 2) == "corrected"
    assert page.locator("#reviewer").input_value() == "Ana"
    page.evaluate("window.scrollTo(0, 0)")
    page.locator(f"#doc-list li[data-id='{HISPANIOLA}'] a").click()
    shot = Path(os.environ.get("SUMMARISE_SCREENSHOT") or tmp_path / "review.png")
    page.screenshot(path=str(shot))

    with page.expect_download() as info:
        page.locator("#download").click()
    saved = tmp_path / "corrections.jsonl"
    info.value.save_as(saved)
    lines = [json.loads(x) for x in saved.read_text(encoding="utf-8").splitlines()]
    assert [{k: x[k] for k in ("id", "segment", "tgt", "status", "by")} for x in lines] == [
        {"id": cricket, "segment": accepted_at, "tgt": machine_cricket, "status": "accepted", "by": "Ana"},
        {"id": VICTIMS, "segment": 2, "tgt": fixed, "status": "corrected", "by": "Ana"},
    ]
    assert all(x["src"] and x["at"] for x in lines)

    assert main(["review", str(review_run), "--apply", str(saved)]) == 0  # also rebuilds review.html
    kept = segment_of(review_run, cricket, accepted_at)
    assert kept["reviewed"]["tgt"] == kept["tgt"] == machine_cricket and kept["reviewed"]["by"] == "Ana"
    assert kept["reviewed"].get("status", "accepted") == "accepted"  # older apply: no status, same text
    seg = segment_of(review_run, VICTIMS, 2)
    assert seg["tgt"] == machine and seg["reviewed"]["tgt"] == fixed and seg["reviewed"]["by"] == "Ana"
    assert seg["reviewed"].get("status", "corrected") == "corrected"

    page.reload()  # rebuilt with the decisions in the records: nothing left to download
    assert page.locator("#edit-count").inner_text() == "0"
    assert total.inner_text() == "2 of 4 flagged sentences checked · 2 documents left"
    page.locator(doc + " a").click()
    assert page.locator("#seg-2 .tgt").inner_text() == fixed and row_status(page, 2) == "corrected"
    assert "Corrected by Ana" in page.locator("#seg-2").inner_text()
    page.locator(f"#doc-list li[data-id='{cricket}'] a").click()
    assert row_status(page, accepted_at) == "accepted"
    assert "Accepted by Ana" in page.locator(f"#seg-{accepted_at}").inner_text()


@pytest.mark.browser
def test_filter_what_is_left_and_accept_the_rest(page, review_run):
    left = page.locator("#doc-list li:not([hidden])")
    page.locator("#only-left").check()
    assert left.evaluate_all("els => els.map(e => e.dataset.id)") == [
        HISPANIOLA,
        "000_cd64a4c7dfd5f85e",
        "001_9295c142cd2f8313",
        VICTIMS,
    ]
    page.locator(f"#doc-list li[data-id='{HISPANIOLA}'] a").click()
    rows = page.locator(".seg")
    assert [rows.nth(i).is_visible() for i in range(rows.count())] == [False, False, True, False]
    page.locator("#doc-progress .accept-rest").click()
    assert left.count() == 3  # the document has nothing left, so the filter hides it
    assert page.locator("#seg-2").get_attribute("data-status") == "accepted"
    assert "1 of 1 checked" in page.locator("#doc-progress").inner_text()
    page.keyboard.press("l")  # the filter off: every document, every sentence
    assert left.count() == 5 and rows.nth(0).is_visible()
    page.locator("#seg-2 .undo").click()
    assert page.locator("#seg-2").get_attribute("data-status") == "todo"
    assert "0 of 1 checked" in page.locator("#doc-progress").inner_text()
    assert page.locator("#edit-count").inner_text() == "0"
    page.keyboard.press("l")
    assert left.count() == 4


def open_page(browser, run_dir: Path, width: int = 1280):
    """The review page of ``run_dir`` in a fresh browser context, and the list of its errors."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(write_review(run_dir).as_uri())
    return page, errors


def rewrite_records(run_dir: Path, change) -> list[dict]:
    records = read_records(run_dir)
    for rec in records:
        change(rec)
    write_jsonl(run_dir / "records.jsonl", records)
    return records


def test_page_orders_documents_critical_first_and_leaves_the_records_alone(review_run):
    from summarise.config import ChecksSection
    from summarise.quality.checks import check
    from summarise.record import Record
    from summarise.review.page import page_data

    # the records as the check stage leaves them (severity_counts from their real flags):
    # in the victims release, the loop's sentence becomes one whose only flag is a note (a
    # name that is a French word, "Terre", translated freely); a copy of the workshop with
    # a second critical flag (in its summary) is added last
    def stage(rec):
        if rec["id"] == VICTIMS:
            rec["translation"]["segments"][2].update(
                src="Stardust sera le vaisseau spatial le plus rapide à revenir sur Terre.",
                tgt="Stardust will be the fastest spacecraft to return to the ground.",
                flags=[],
            )

    records = rewrite_records(review_run, stage)
    twice = json.loads(json.dumps(records[1]))
    twice["id"] = "005_workshop_again"
    twice["summary"]["flags"] = [{"code": "number_mismatch", "detail": "'60' not in source", "severity": "critical"}]
    checked = [r.to_dict() for r in check((Record.from_dict(r) for r in [*records, twice]), ChecksSection(), 256)]
    write_jsonl(review_run / "records.jsonl", checked)
    # 000's shortened sentence ("les trois principales formes ... servitude domestique" left out)
    # is too short by the ratio and leaves a clause unanswered: one error, one critical flag
    assert [r["severity_counts"].get("critical", 0) for r in checked] == [1, 1, 2, 0, 0, 2]
    assert checked[0]["flag_counts"].get("length_ratio") == 1 and "omission" not in checked[0]["flag_counts"]
    assert checked[3]["severity_counts"]["note"] == 1
    docs = page_data(review_run)["docs"]
    # most critical first, input order among equals; the note-only release; the failed one
    assert [d["id"] for d in docs] == [
        HISPANIOLA,
        "005_workshop_again",
        "000_cd64a4c7dfd5f85e",
        "001_9295c142cd2f8313",
        VICTIMS,
        "004_5f70599fbf4e1951",
    ]
    assert [r["id"] for r in read_records(review_run)] == [r["id"] for r in checked]  # records.jsonl as it was


def test_models_as_one_short_line():
    from summarise.review.page import model_line

    assert (
        model_line(
            "translator",
            {
                "model": "Helsinki-NLP/opus-mt-fr-en",
                "revision": "0f5bd7d8a1b2c3d4e5f6",
                "family": "marian",
                "backend": "ctranslate2",
                "device": "cpu",
                "num_beams": 4,
            },
        )
        == "translator: Helsinki-NLP/opus-mt-fr-en @ 0f5bd7d8a1 · ctranslate2 · beam 4"
    )
    assert (
        model_line(
            "summariser",
            {"model": "/root/.cache/t/summariser", "revision": "local", "backend": "transformers", "num_beams": 2},
        )
        == "summariser: summariser (local folder) · transformers · beam 2"
    )
    assert (
        model_line("translate", "model:opus-mt-fr-en@main|backend:transformers|beam:4|dtype:float32")
        == "translate: opus-mt-fr-en @ main · transformers · beam 4"
    )


@pytest.mark.browser
def test_index_shows_id_both_titles_severity_and_progress(browser, review_run):
    def note_only(rec):  # the victims release's only flag is a note: nothing critical to check
        for seg in (rec.get("translation") or {}).get("segments") or []:
            if rec["id"] == VICTIMS:
                seg["flags"] = [dict(f, severity="note") for f in seg["flags"]]
            elif rec["id"] == HISPANIOLA and seg["flags"]:
                seg["flags"] = seg["flags"] + [{"code": "name_unsure", "detail": "'Hispaniola'", "severity": "note"}]

    records = {rec["id"]: rec for rec in rewrite_records(review_run, note_only)}
    page, errors = open_page(browser, review_run)
    entries = page.locator("#doc-list li")
    # critical first (Hispaniola: a sentence and its summary), then input order; the
    # note-only victims release; the failed one, with no flag, last
    order = [HISPANIOLA, "000_cd64a4c7dfd5f85e", "001_9295c142cd2f8313", VICTIMS, "004_5f70599fbf4e1951"]
    for i, rec_id in enumerate(order):
        rec = records[rec_id]
        lines = entries.nth(i).inner_text().splitlines()
        assert lines[:2] == [rec["id"], rec["title"]]
        if rec.get("translation"):
            assert lines[2] == rec["translation"]["title"]
    assert [r["id"] for r in read_records(review_run)] == sorted(order)  # records.jsonl keeps its order
    assert entries.nth(0).inner_text().splitlines()[3:6] == ["1 critical", "1 note", "summary"]
    assert "0 of 1 checked" in entries.nth(0).inner_text()
    victims = entries.nth(3).inner_text()
    assert "1 note" in victims and "critical" not in victims and "nothing to check" in victims
    page.locator(f"#doc-list li[data-id='{VICTIMS}'] a").click()
    assert page.locator("#seg-2").get_attribute("data-status") == "machine"  # a note is not a sentence to review
    assert page.locator("#seg-2 .reasons").is_hidden()
    assert "0 of 3 flagged sentences checked" in page.locator("#total-text").inner_text()
    assert page.locator("#models").inner_text() == "translate: opus-mt-fr-en @ main · transformers · beam 4"
    assert errors == []


@pytest.mark.browser
def test_long_unbroken_strings_wrap_inside_the_window(browser, review_run):
    long = "https://example.org/" + "x" * 3000

    def add_long(rec):
        rec["title"] += " " + long
        rec["original"] += "\n" + long
        rec["contacts"]["links"].append(long)
        for seg in (rec.get("translation") or {}).get("segments") or []:
            seg["src"] += " " + long
            seg["tgt"] += " " + long
            seg["flags"] = seg["flags"] + [{"code": "contact_lost", "detail": long}]

    rewrite_records(review_run, add_long)
    page, errors = open_page(browser, review_run, width=1024)
    page.locator("details.original-box summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1024
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1024
    assert errors == []


@pytest.mark.browser
def test_a_thousand_documents(browser, review_run):
    records = read_records(review_run)
    many = []
    for n in range(1000):
        rec = json.loads(json.dumps(records[n % len(records)]))
        rec["id"] = f"{n:04d}_{rec['id']}"
        many.append(rec)
    write_jsonl(review_run / "records.jsonl", many)
    page, errors = open_page(browser, review_run)
    assert page.locator("#doc-list li").count() == 1000
    total = page.locator("#total-text")
    assert total.inner_text() == "0 of 800 flagged sentences checked · 800 documents left"
    page.locator("#doc").focus()
    page.keyboard.press("j")  # the first document's flagged summary, then its flagged sentence;
    page.keyboard.press("j")  # then accept it and the next two
    for _ in range(3):
        page.keyboard.press("a")
    assert total.inner_text() == "3 of 800 flagged sentences checked · 797 documents left"
    page.keyboard.press("/")
    page.keyboard.type("hispaniola")
    from playwright.sync_api import expect

    expect(page.locator("#doc-list li:not([hidden])")).to_have_count(200)
    assert errors == []
