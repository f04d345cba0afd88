"""The review page (in a real headless Chromium), corrections, and the terminal stats."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarise.evaluate import evaluate
from summarise.review import CorrectionError, apply_corrections, read_records, stats, write_review

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
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
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": HISPANIOLA, "segment": 2, "tgt": "first try", "by": "Ana", "at": "2026-11-23T05:00:00Z"},
        {"id": HISPANIOLA, "segment": 2, "tgt": fixed, "by": "Ana", "at": "2026-11-23T05:01:00Z"},
    ])
    assert apply_corrections(review_run, path) == 1
    rec = next(r for r in read_records(review_run) if r["id"] == HISPANIOLA)
    seg = rec["translation"]["segments"][2]
    assert seg["tgt"] == machine  # the machine output is never overwritten
    assert seg["reviewed"] == {"tgt": fixed, "status": "corrected", "by": "Ana",
                              "at": "2026-11-23T05:01:00Z"}  # last line wins
    assert "1.6 million dollars" in rec["translation"]["reviewed_text"]
    assert "1.6 billion" in rec["translation"]["text"]
    assert rec["translation"]["reviewed_title"] == rec["translation"]["title"]


def test_apply_corrections_reports_every_problem_and_writes_nothing(review_run, tmp_path):
    before = (review_run / "records.jsonl").read_bytes()
    path = write_jsonl(tmp_path / "c.jsonl", [
        {"id": HISPANIOLA, "segment": 1, "tgt": "ok", "by": "", "at": ""},
        {"id": "no_such_doc", "segment": 0, "tgt": "x"},
        {"id": HISPANIOLA, "segment": 999, "tgt": "x"},
        {"id": HISPANIOLA, "segment": 1, "tgt": "x", "src": "Une autre phrase."},
        {"id": "004_5f70599fbf4e1951", "segment": 0, "tgt": "x"},  # failed: it has no segments
        {"id": HISPANIOLA, "segment": "1", "tgt": "x"},
    ])
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
    for external in ("http://cdn", "https://cdn", "<link ", "@import", "src=\"http", "fonts.googleapis"):
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
    assert table[""] == {"documents": "5", "translated": "4", "needing review": "4", "failed": "1",
                         "sentences": "20", "flagged sentences (20.0%)": "4", "reviewed sentences": "1"}
    assert table["flagged sentences by kind"] == {"number_mismatch": "2", "length_ratio": "1", "repeated_ngram": "1"}
    assert table["summary flags by kind"] == {"number_mismatch": "1"}
    assert table["failed documents by stage / type"] == {"translate / RuntimeError": "1"}


# ------------------------------------------------------------------ the page in a real browser


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install playwright")
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
    ids = [r["id"] for r in read_records(review_run)]
    assert page.locator("#doc-list li").evaluate_all("els => els.map(e => e.dataset.id)") == ids
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

    page.keyboard.press("j")
    assert page.locator("article.doc").get_attribute("data-id") == "000_cd64a4c7dfd5f85e"
    assert page.locator(".seg.current.flagged").count() == 1
    page.keyboard.press("j")
    assert page.locator("article.doc").get_attribute("data-id") == "001_9295c142cd2f8313"
    page.keyboard.press("e")  # edit the current sentence from the keyboard
    page.keyboard.type(" Edited.")
    page.keyboard.press("Escape")
    assert page.locator("#edit-count").inner_text() == "1"
    assert page.locator(".seg.current .tgt").inner_text().endswith(" Edited.")
    page.keyboard.press("ArrowRight")
    assert page.locator("article.doc").get_attribute("data-id") == HISPANIOLA
    assert "BLEU" in page.locator("#scores").inner_text()

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


@pytest.mark.browser
def test_edit_survives_reload_downloads_and_applies(page, review_run, tmp_path):
    doc = f"#doc-list li[data-id='{VICTIMS}']"
    page.locator("#reviewer").fill("Ana")
    page.locator("#reviewer").press("Tab")
    page.locator(doc + " a").click()
    english = page.locator("#seg-2 .tgt")
    machine = english.inner_text()
    fixed = machine.replace("trafficking trafficking trafficking", "trafficking")
    english.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(fixed)
    page.keyboard.press("Enter")
    assert page.locator("#edit-count").inner_text() == "1"
    assert "1 edited" in page.locator(doc).inner_text()

    page.reload()
    page.locator(doc + " a").click()
    assert page.locator("#seg-2 .tgt").inner_text() == fixed
    assert page.locator("#reviewer").input_value() == "Ana"
    page.keyboard.press("j")  # to the flagged sentence
    assert page.locator(".seg.current").get_attribute("data-index") == "2"
    page.evaluate("window.scrollTo(0, 0)")
    shot = Path(os.environ.get("SUMMARISE_SCREENSHOT") or tmp_path / "review.png")
    page.screenshot(path=str(shot))

    with page.expect_download() as info:
        page.locator("#download").click()
    saved = tmp_path / "corrections.jsonl"
    info.value.save_as(saved)
    [line] = [json.loads(x) for x in saved.read_text(encoding="utf-8").splitlines()]
    assert {k: line[k] for k in ("id", "segment", "tgt", "by")} == {"id": VICTIMS, "segment": 2, "tgt": fixed, "by": "Ana"}
    assert apply_corrections(review_run, saved) == 1
    seg = segment_of(review_run, VICTIMS, 2)
    assert seg["tgt"] == machine and seg["reviewed"]["tgt"] == fixed and seg["reviewed"]["by"] == "Ana"

    write_review(review_run)  # rebuilt with the corrections applied: the saved edit is now done
    page.reload()
    page.locator(doc + " a").click()
    assert page.locator("#edit-count").inner_text() == "0"
    assert page.locator("#seg-2 .tgt").inner_text() == fixed
    assert "Reviewed by Ana" in page.locator("#seg-2").inner_text()
