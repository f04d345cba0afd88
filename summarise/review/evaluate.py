"""Score a run's English against reference translations with sacrebleu (BLEU and chrF).

References are either a folder of ``<id>.txt`` files or a JSONL file of ``{"id", "text"}``
lines, matched to records by id. Scores go into ``manifest.json`` under ``"eval"``, where
the review page shows them. Each document is one segment: corpus scores are over all
scored documents, per-document scores use sentence-level settings (effective order for
BLEU); every score comes with sacrebleu's signature string so it can be reproduced.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import iter_jsonl
from summarise.review.page import REVIEW, read_records, write_review
from summarise.store.rundir import RunDir
from summarise.text.read import folder_units


class ReferencesError(UserError, ValueError):
    """The references cannot be read or matched; the message says which file and line."""


def read_references(refs: str | Path) -> dict[str, str]:
    """``{id: English text}`` from a folder of ``<id>.txt`` files (ids as ``summarise run``
    names documents: the path under the folder without its suffix) or a JSONL of {"id","text"}."""
    refs = Path(refs)
    found: dict[str, str] = {}
    if refs.is_dir():
        for unit in folder_units(str(refs)):
            if unit.path.lower().endswith(".txt"):
                try:
                    found[unit.id] = Path(unit.path).read_text(encoding="utf-8-sig")
                except UnicodeDecodeError as exc:
                    raise ReferencesError(
                        f"{unit.path}: not UTF-8 text (byte {exc.start}); save the references as UTF-8"
                    ) from None
        return found
    if not refs.is_file():
        raise ReferencesError(f"{refs}: no such folder or file of references")
    for n, item, problem in iter_jsonl(refs):
        if problem:
            raise ReferencesError(f"{refs} line {n}: {problem}")
        if not (isinstance(item, dict) and isinstance(item.get("id"), str) and isinstance(item.get("text"), str)):
            raise ReferencesError(f'{refs} line {n}: expected {{"id": "...", "text": "..."}}')
        if item["id"] in found:
            raise ReferencesError(f"{refs} line {n}: id {item['id']!r} appears twice")
        found[item["id"]] = item["text"]
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def hypothesis(record: dict[str, Any], include_title: bool = True) -> str | None:
    """The machine English of one record (title and body), or None when it was not translated."""
    translation = record.get("translation") or {}
    if record.get("error") or not translation.get("text"):
        return None
    parts = [translation.get("title") if include_title else None, translation["text"]]
    return _one_line(" ".join(p for p in parts if p))


def score(hyps: dict[str, str], refs: dict[str, str]) -> dict[str, Any]:
    """Corpus and per-document BLEU and chrF for the ids in ``hyps`` (all must be in ``refs``)."""
    from sacrebleu.metrics import BLEU, CHRF

    ids = list(hyps)
    ref_lines = [_one_line(refs[i]) for i in ids]
    bleu, chrf = BLEU(), CHRF()
    doc_bleu, doc_chrf = BLEU(effective_order=True), CHRF()
    corpus_bleu = bleu.corpus_score([hyps[i] for i in ids], [ref_lines])
    corpus_chrf = chrf.corpus_score([hyps[i] for i in ids], [ref_lines])
    documents = {
        i: {
            "bleu": round(doc_bleu.sentence_score(hyps[i], [ref]).score, 2),
            "chrf": round(doc_chrf.sentence_score(hyps[i], [ref]).score, 2),
        }
        for i, ref in zip(ids, ref_lines)
    }
    return {
        "bleu": {"score": round(corpus_bleu.score, 2), "signature": str(bleu.get_signature())},
        "chrf": {"score": round(corpus_chrf.score, 2), "signature": str(chrf.get_signature())},
        "documents": documents,
        "document_signatures": {"bleu": str(doc_bleu.get_signature()), "chrf": str(doc_chrf.get_signature())},
    }


def evaluate(run_dir: str | Path, refs: str | Path, *, include_title: bool = True) -> dict[str, Any]:
    """Score the run against ``refs``, store the result in manifest.json under "eval", return it.

    Lists ``missing`` (records with no reference), ``untranslated`` (a reference but no
    English: failed records) and ``unused`` (references that match no record). Raises
    :class:`ReferencesError` when no document can be scored. A ``review.html`` already in
    the run directory is rewritten so that it shows the new scores.
    """
    records = read_records(run_dir)
    references = read_references(refs)
    hyps, untranslated, missing = {}, [], []
    for rec in records:
        if rec["id"] not in references:
            missing.append(rec["id"])
            continue
        hyp = hypothesis(rec, include_title)
        if hyp is None:
            untranslated.append(rec["id"])
        else:
            hyps[rec["id"]] = hyp
    if not hyps:
        raise ReferencesError(f"{refs}: no reference matches a translated record of {run_dir} (ids are file stems)")
    known = {rec["id"] for rec in records}
    result = {
        "references": str(refs),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "include_title": include_title,
        "scored": len(hyps),
        **score(hyps, references),
        "missing": missing,
        "untranslated": untranslated,
        "unused": sorted(set(references) - known),
    }
    with RunDir(run_dir).open(create=False) as folder:
        manifest = folder.read_manifest()
        manifest["eval"] = result
        folder.write_manifest(manifest)
    if (Path(run_dir) / REVIEW).exists():
        write_review(
            run_dir, records=records, manifest=manifest
        )  # the page shows the scores: keep it in step with the manifest
    return result
