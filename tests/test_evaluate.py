"""Scoring a run against reference translations with sacrebleu."""

from __future__ import annotations

import json

import pytest

from summarise.review.evaluate import ReferencesError, evaluate, read_references
from summarise.review.page import page_data, read_manifest, read_records, render_review, write_review

FAILED = "004_5f70599fbf4e1951"


def machine_english(run_dir) -> dict[str, str]:
    return {
        r["id"]: r["translation"]["title"] + "\n" + r["translation"]["text"]
        for r in read_records(run_dir)
        if r.get("translation")
    }


def test_identical_references_score_100_and_go_into_the_manifest(review_run, tmp_path):
    refs = tmp_path / "refs"
    refs.mkdir()
    english = machine_english(review_run)
    for rec_id, text in english.items():
        (refs / f"{rec_id}.txt").write_text(text, encoding="utf-8")
    (refs / "not_in_run.txt").write_text("An extra reference.", encoding="utf-8")
    (refs / f"{FAILED}.txt").write_text("The reference of a failed document.", encoding="utf-8")

    result = evaluate(review_run, refs)
    assert result["bleu"]["score"] == pytest.approx(100.0)
    assert result["chrf"]["score"] == pytest.approx(100.0)
    assert result["bleu"]["signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")
    assert result["chrf"]["signature"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:")
    assert result["document_signatures"]["bleu"].startswith("nrefs:1|case:mixed|eff:yes|")
    assert set(result["documents"]) == set(english)
    assert all(s == {"bleu": 100.0, "chrf": 100.0} for s in result["documents"].values())
    assert result["scored"] == 4
    assert result["untranslated"] == [FAILED]
    assert result["unused"] == ["not_in_run"]
    assert result["missing"] == []

    manifest = read_manifest(review_run)
    assert manifest["eval"] == result
    assert manifest["models"]  # what was there is kept
    assert '"bleu":{"score":100.0' in render_review(page_data(review_run))
    assert not (review_run / "review.html").exists()  # evaluate writes no page of its own...
    write_review(review_run)
    (refs / f"{FAILED}.txt").unlink()
    evaluate(review_run, refs)  # ...but keeps an existing one in step with the manifest
    assert '"untranslated":[]' in (review_run / "review.html").read_text(encoding="utf-8")


def test_jsonl_references_match_sacrebleu_on_the_same_pairs(review_run, tmp_path):
    import sacrebleu

    bodies = {r["id"]: r["translation"]["text"] for r in read_records(review_run) if r.get("translation")}
    first, second = list(bodies)[:2]
    changed = bodies[second].replace("workshop", "meeting").replace("data", "figures")
    refs = tmp_path / "refs.jsonl"
    refs.write_text(
        json.dumps({"id": second, "text": changed}) + "\n" + json.dumps({"id": first, "text": bodies[first]}) + "\n",
        encoding="utf-8",
    )

    result = evaluate(review_run, refs, include_title=False)
    assert result["scored"] == 2
    assert result["missing"] == [r["id"] for r in read_records(review_run) if r["id"] not in (first, second)]
    assert result["documents"][first]["bleu"] == pytest.approx(100.0)
    hyps = [" ".join(bodies[i].split()) for i in (first, second)]
    refs_in_order = [" ".join(bodies[first].split()), " ".join(changed.split())]
    assert result["bleu"]["score"] == pytest.approx(round(sacrebleu.corpus_bleu(hyps, [refs_in_order]).score, 2))
    assert result["documents"][second]["bleu"] == pytest.approx(
        round(sacrebleu.sentence_bleu(hyps[1], [refs_in_order[1]]).score, 2)
    )
    assert 50 < result["documents"][second]["bleu"] < 100


def test_reference_problems_are_reported(review_run, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(ReferencesError, match="line 2: id 'a' appears twice"):
        read_references(bad)
    bad.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(ReferencesError, match="line 1"):
        read_references(bad)
    with pytest.raises(ReferencesError, match="no such folder or file"):
        read_references(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ReferencesError, match="no reference matches"):
        evaluate(review_run, empty)
    assert "eval" not in read_manifest(review_run)
