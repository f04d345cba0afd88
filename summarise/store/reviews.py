"""The reviews store, ``reviews.jsonl``: what reviewers wrote, appended, never rewritten, never
lost. The latest entry for a (document id, French sentence hash) is put on every segment with
that French (:func:`attach_reviews`); an entry whose French is gone is stale."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import iter_jsonl_lines, recompose, text_hash

REVIEWS = "reviews.jsonl"
REVIEW_STATUSES = ("corrected", "accepted")


def read_reviews(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """(document id, src_hash) -> the latest review entry for that French sentence."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    if path.exists():
        for line in iter_jsonl_lines(path):
            problem = line.problem or review_problem(line.value)
            if problem:
                raise UserError(
                    f"{path} line {line.n}: {problem}; it holds what "
                    "reviewers wrote: repair that line by hand, never delete the file"
                )
            found[(line.value["id"], line.value["src_hash"])] = line.value
    return found


def append_reviews(path: Path, lines: list[dict[str, Any]]) -> None:
    """Append checked entries to the store, synced to disk (OSError when it cannot)."""
    with path.open("a", encoding="utf-8") as fh:
        for full in lines:
            fh.write(json.dumps(full, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def attach_reviews(reviews: dict[tuple[str, str], dict[str, Any]], rid: str, translation: dict[str, Any]) -> bool:
    """Put the store's review on every segment of ``translation`` whose French it was
    written for, and recompose the reviewed title and text; True when any is attached."""
    if not reviews:
        return False
    attached = False
    for seg in translation.get("segments") or []:
        entry = reviews.get((rid, text_hash(seg.get("src") or "")))
        if entry is not None:
            seg["reviewed"] = {k: entry[k] for k in ("tgt", "status", "by", "at")}
            attached = True
    if attached or any(seg.get("reviewed") for seg in translation.get("segments") or []):
        translation["reviewed_title"], translation["reviewed_text"] = recompose(translation)
    return attached


def review_problem(entry: Any) -> str | None:
    """Why a reviews-store entry is malformed (None when it is fine)."""
    if not isinstance(entry, dict):
        return "not a JSON object"
    for key in ("id", "src", "src_hash", "tgt"):
        if not isinstance(entry.get(key), str):
            return f"'{key}' must be a string"
    if entry.get("status") not in REVIEW_STATUSES:
        return f"'status' must be one of {', '.join(REVIEW_STATUSES)}"
    if entry["src_hash"] != text_hash(entry["src"]):
        return "'src_hash' is not the hash of 'src'"
    return None


def reviews_on_records(reviews: dict[tuple[str, str], dict[str, Any]], records: Iterable[dict[str, Any]]) -> list[dict]:
    """The reviews found on records (as dicts) but not in the store ``reviews``: a run folder
    from before the store existed."""
    found = []
    for value in records:
        for index, seg in enumerate((value.get("translation") or {}).get("segments") or []):
            done = seg.get("reviewed")
            if not (isinstance(done, dict) and isinstance(seg.get("src"), str) and isinstance(done.get("tgt"), str)):
                continue
            if (value["id"], text_hash(seg["src"])) not in reviews:
                status = done.get("status") if done.get("status") in REVIEW_STATUSES else None
                found.append(
                    {
                        "id": value["id"],
                        "segment": index,
                        "src": seg["src"],
                        "tgt": done["tgt"],
                        "status": status,
                        "by": done.get("by"),
                        "at": done.get("at"),
                    }
                )
    return found


def stale_reviews(reviews: dict[tuple[str, str], dict[str, Any]], records: Iterable[dict[str, Any]]) -> list[dict]:
    """The entries of ``reviews`` whose French sentence no longer appears in its document."""
    if not reviews:
        return []
    present = set()
    for value in records:
        for seg in (value.get("translation") or {}).get("segments") or []:
            present.add((value["id"], text_hash(seg.get("src") or "")))
    return [entry for key, entry in reviews.items() if key not in present]
