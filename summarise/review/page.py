"""The review page, reviewers' corrections, and a terminal summary of a run.

A run directory holds ``records.jsonl`` (one record per line) and ``manifest.json``.
:func:`write_review` writes one self-contained ``review.html`` beside them (data,
CSS and JS inline: it opens from a shared drive with no server and no network).
Reviewers correct English sentences in the page and download a corrections file;
:func:`apply_corrections` adds it to the run's reviews store (``reviews.jsonl``, owned by
:class:`~summarise.rundir.RunDir`, which re-attaches reviews on every rerun) and puts it on
the records as reviewed text kept beside the machine output. :func:`stats` prints counts
for the terminal.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from summarise.errors import UserError
from summarise.record import atomic_write_text, iter_jsonl, summary_source
from summarise.store.memory import add_reviews, run_memory_path
from summarise.store.reviews import REVIEW_STATUSES
from summarise.store.rundir import RunDir
from summarise.text.languages import UnknownLanguage, profile

REVIEW = "review.html"

# Placeholders in review_page.html, filled in one pass so inserted text is never re-scanned.
_SLOT = re.compile(r"/\*@(CSS|JS|DATA)@\*/|@@TITLE@@")
# Characters that could end the <script> element or confuse an HTML parser inside embedded
# JSON; each is replaced by its JSON \u escape, which JSON.parse reads back unchanged.
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


class CorrectionError(UserError, ValueError):
    """A corrections file does not fit the run; ``problems`` lists every line that is wrong.

    Nothing is written when this is raised: fix the file (or drop the lines) and apply again.
    """

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(
            f"nothing applied: {len(problems)} line(s) do not fit the run; fix or drop "
            "them and apply again:\n  " + "\n  ".join(problems)
        )


# ---------------------------------------------------------------- reading and writing a run


def read_records(run_dir: str | Path) -> list[dict[str, Any]]:
    """The records of a run as plain dicts (keys this version does not know are kept)."""
    return RunDir(run_dir).read_records()


def read_manifest(run_dir: str | Path) -> dict[str, Any]:
    """The run's manifest, or an empty dict when the run has none yet."""
    return RunDir(run_dir).read_manifest()


# ---------------------------------------------------------------- the review page


def _script_json(data: Any) -> str:
    """JSON safe to place inside <script type="application/json"> (no '</script>', no '<!--')."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _page_asset(name: str) -> str:
    return resources.files("summarise.review").joinpath(name).read_text(encoding="utf-8")


def run_name(run_dir: Path, manifest: dict[str, Any]) -> str:
    name = (manifest.get("config") or {}).get("run", {}).get("name")
    return str(name or run_dir.resolve().name)


def model_line(role: str, spec: Any) -> str:
    """A model of the manifest as one short line: "translator: opus-mt-fr-en @ 1a2b3c4d5e · transformers · beam 4".

    ``spec`` is the manifest's dict for the model or, in older manifests, its signature string
    ("model:NAME@REV|backend:B|beam:N|...")."""
    if isinstance(spec, str):
        fields = dict(part.split(":", 1) for part in spec.split("|") if ":" in part)
        name, _, revision = fields.get("model", spec).partition("@")
        spec = {"model": name, "revision": revision, "backend": fields.get("backend"), "num_beams": fields.get("beam")}
    if not isinstance(spec, dict):
        return f"{role}: {spec}"
    name = str(spec.get("model") or "?")
    if Path(name).is_absolute():  # a local folder: its own name says enough, the path is in the manifest
        name = Path(name).name + " (local folder)"
    revision = str(spec.get("revision") or "")
    parts = [
        name + (f" @ {revision[:10]}" if revision and revision != "local" else ""),
        spec.get("backend"),
        f"beam {spec['num_beams']}" if spec.get("num_beams") else None,
    ]
    return f"{role}: " + " · ".join(str(p) for p in parts if p)


def model_lines(models: dict[str, Any]) -> list[str]:
    """The manifest's models, a line each; with other languages, a line per language's model."""
    lines = [model_line(role, spec) for role, spec in models.items() if role not in ("languages", "summarisers")]
    languages = models.get("languages") or {}
    if len(languages) > 1:
        lines += [f"translator ({lang}): {Path(str(spec.get('model'))).name}" for lang, spec in languages.items()]
    summarisers = models.get("summarisers") or {}
    if len(summarisers) > 1:
        lines += [_summariser_line(lang, spec) for lang, spec in summarisers.items()]
    return lines


def _summariser_line(lang: str, spec: Any) -> str:
    """A language's summariser: its model and the settings it decodes with (a manifest from
    before per-language settings names only the model)."""
    if not isinstance(spec, dict):
        return f"summariser ({lang}): {Path(str(spec)).name}"
    parts = [
        Path(str(spec.get("model") or "?")).name,
        f"beam {spec['num_beams']}" if spec.get("num_beams") else None,
        f"up to {spec['max_new_tokens']} tokens" if spec.get("max_new_tokens") else None,
    ]
    return f"summariser ({lang}): " + " · ".join(str(p) for p in parts if p)


def _severities(record: dict[str, Any]) -> tuple[int, int]:
    """(critical, note) flags of a record: its ``severity_counts``, or counted from its
    flags in records written before severities (a flag without one is critical)."""
    counts = record.get("severity_counts")
    if counts:
        return int(counts.get("critical", 0)), int(counts.get("note", 0))
    flags = [f for seg in (record.get("translation") or {}).get("segments") or [] for f in seg.get("flags") or []]
    summary = record.get("summary")
    if isinstance(summary, dict):
        flags += summary.get("flags") or []
    notes = sum(1 for f in flags if isinstance(f, dict) and f.get("severity") == "note")
    return len(flags) - notes, notes


def review_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records in the order a reviewer works through them: documents with critical
    flags first (most first), then those with only notes, then the clean ones; input
    order within each. Only the page is ordered so; ``records.jsonl`` keeps its order."""

    def key(item: tuple[int, dict[str, Any]]) -> tuple[int, int, int]:
        critical, notes = _severities(item[1])
        return (0 if critical else 1 if notes else 2), -critical, item[0]

    return [rec for _, rec in sorted(enumerate(records), key=key)]


def page_data(
    run_dir: str | Path, records: list[dict[str, Any]] | None = None, manifest: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Everything the page shows, as one JSON-able dict (records and manifest are read
    from ``run_dir`` unless the caller already holds them); the documents in
    :func:`review_order`."""
    run_dir = Path(run_dir)
    manifest = read_manifest(run_dir) if manifest is None else manifest
    return {
        "run": {
            "name": run_name(run_dir, manifest),
            "dir": str(run_dir),
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "model_lines": model_lines(manifest.get("models") or {}),
            "counts": manifest.get("counts") or {},
        },
        "eval": manifest.get("eval"),
        "docs": [with_language(doc) for doc in review_order(read_records(run_dir) if records is None else records)],
    }


def source_language(record: dict[str, Any]) -> dict[str, str]:
    """The language a record's source text is in, for the page and the exports: its code,
    English name and direction ("rtl" for Arabic), from what translated it, else what
    cleaning detected (French for records written before languages were recorded)."""
    code = (
        (record.get("translation") or {}).get("source_lang")
        or (record.get("summary") or {}).get("lang")
        or record.get("lang")
        or "fr"
    )
    try:
        lang = profile(code)
    except UnknownLanguage:
        return {"code": code, "name": code, "dir": "ltr"}
    return {"code": lang.code, "name": lang.name, "dir": lang.direction}


def with_language(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the page shows it: its ``source_language``, and the summary's source
    half as ``src`` (older records wrote it as "fr")."""
    doc = dict(record, source_language=source_language(record))
    if isinstance(doc.get("summary"), dict):
        doc["summary"] = dict(doc["summary"], src=summary_source(doc["summary"]))
    return doc


def render_review(data: dict[str, Any]) -> str:
    """The whole page as one HTML string, with CSS, JS and data inline."""
    fill = {
        "CSS": _page_asset("review_page.css"),
        "JS": _page_asset("review_page.js"),
        "DATA": _script_json(data),
    }
    title = html.escape(f"Review · {data['run']['name']}")
    return _SLOT.sub(lambda m: fill[m.group(1)] if m.group(1) else title, _page_asset("review_page.html"))


def write_review(
    run_dir: str | Path,
    out: str | Path | None = None,
    *,
    records: list[dict[str, Any]] | None = None,
    manifest: dict[str, Any] | None = None,
) -> Path:
    """Write the self-contained review page (``review.html`` beside the records by default)."""
    path = Path(out) if out is not None else Path(run_dir) / REVIEW
    atomic_write_text(path, render_review(page_data(run_dir, records, manifest)))
    return path


# ---------------------------------------------------------------- corrections


def read_corrections(path: str | Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """Parse a corrections JSONL file: (line number, correction) pairs and the problems of
    every line that is not one (not UTF-8, not JSON, or the wrong shape)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: no such corrections file (the file the review page's Download corrections saved)")
    found, problems = [], []
    for n, item, problem in iter_jsonl(path):
        problem = problem or _correction_shape_problem(item)
        if problem:
            problems.append(f"line {n}: {problem}")
        else:
            found.append((n, item))
    return found, problems


def _correction_shape_problem(item: Any) -> str | None:
    if not isinstance(item, dict):
        return "not a JSON object"
    if not isinstance(item.get("id"), str):
        return "'id' must be a string"
    seg = item.get("segment")
    if not isinstance(seg, int) or isinstance(seg, bool) or seg < 0:
        return "'segment' must be a segment index (an integer, 0 or more)"
    if not isinstance(item.get("tgt"), str):
        return "'tgt' must be a string"
    for key in ("by", "at", "src"):
        if item.get(key) is not None and not isinstance(item[key], str):
            return f"'{key}' must be a string"
    if item.get("status") is not None and item["status"] not in REVIEW_STATUSES:
        return f"'status' must be one of {', '.join(REVIEW_STATUSES)}"
    return None


def _match_problem(item: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str | None:
    rec = by_id.get(item["id"])
    if rec is None:
        return f"unknown document id {item['id']!r}"
    segments = (rec.get("translation") or {}).get("segments") or []
    if item["segment"] >= len(segments):
        return f"{item['id']}: no segment {item['segment']} (the document has {len(segments)})"
    src = item.get("src")
    if src is not None and src != segments[item["segment"]]["src"]:
        return f"{item['id']} segment {item['segment']}: the French sentence has changed since the edit"
    return None


def apply_corrections(run_dir: str | Path, corrections_path: str | Path) -> int:
    """Add a corrections file to the run's reviews store and re-attach the reviews to the
    records; return how many segments it corrects.

    Each line becomes an entry of ``reviews.jsonl`` (keyed by document id and the hash of
    the French sentence, so it survives every rerun while that French is unchanged) and
    ``segment["reviewed"] = {"tgt", "status", "by", "at"}`` on the record (``segment["tgt"]``,
    the machine output, is kept); ``translation["reviewed_text"]`` / ``["reviewed_title"]``
    are recomposed. When one segment is corrected more than once, the line latest in the
    file wins. All or nothing: any line that is not JSON, has the wrong shape, names an
    unknown id or segment, or whose French has changed raises :class:`CorrectionError`
    listing every such line, and nothing is written.
    """
    found, problems = read_corrections(corrections_path)
    with RunDir(run_dir).open(create=False) as folder:
        records = folder.read_records()
        by_id = {r["id"]: r for r in records}
        latest: dict[tuple[str, int], dict[str, Any]] = {}
        for n, item in found:
            problem = _match_problem(item, by_id)
            if problem:
                problems.append(f"line {n}: {problem}")
            else:
                latest[(item["id"], item["segment"])] = item
        if problems:
            raise CorrectionError(problems)
        entries = []
        for (rec_id, index), item in latest.items():
            translation = by_id[rec_id]["translation"]
            entries.append(
                {
                    "id": rec_id,
                    "segment": index,
                    "src": translation["segments"][index]["src"],
                    "tgt": item["tgt"].strip(),
                    "status": item.get("status") or "corrected",
                    "by": item.get("by") or "",
                    "at": item.get("at") or "",
                    # the memory serves it to documents of this language; the model is the record of who drafted it
                    "lang": translation.get("source_lang"),
                    "model": translation.get("model"),
                }
            )
        if entries:
            folder.add_reviews(entries)
            folder.rewrite_records(records)
            add_reviews(run_memory_path(run_dir), entries)  # the translation memory learns them
    return len(latest)


# ---------------------------------------------------------------- terminal summary


def _table(rows: list[tuple[str, Any]], width: int = 34) -> list[str]:
    return [f"  {label:<{width}}{value:>8}" for label, value in rows]


def _count_rows(counter: Counter, indent: str = "  ") -> list[tuple[str, Any]]:
    return [(indent + str(key), n) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _code(flag: Any) -> str:
    """A flag's code; flags are {"code", "detail"} dicts, a bare string is taken as the code."""
    return str(flag.get("code", "?")) if isinstance(flag, dict) else str(flag)


def stats(run_dir: str | Path) -> str:
    """A plain-text table of a run: documents, sentences, flags by kind, failures by stage/type."""
    records = read_records(run_dir)
    segments = [s for r in records for s in ((r.get("translation") or {}).get("segments") or [])]
    flagged = [s for s in segments if s.get("flags")]
    kinds = Counter(_code(f) for s in segments for f in s.get("flags") or [])
    summary_kinds = Counter(_code(f) for r in records for f in (r.get("summary") or {}).get("flags") or [])
    doc_flags = Counter(code for r in records for code in r.get("flags") or [])
    failed = Counter(
        f"{r['error'].get('stage', '?')} / {r['error'].get('type', '?')}" for r in records if r.get("error")
    )
    share = f"{100 * len(flagged) / len(segments):.1f}%" if segments else "-"
    rows: list[tuple[str, Any]] = [
        ("documents", len(records)),
        ("  translated", sum(1 for r in records if r.get("translation") and not r.get("error"))),
        ("  needing review", sum(1 for r in records if r.get("needs_review"))),
        ("  failed", sum(failed.values())),
        ("sentences", len(segments)),
        (f"flagged sentences ({share})", len(flagged)),
        ("reviewed sentences", sum(1 for s in segments if s.get("reviewed"))),
    ]
    lines = [f"Run {Path(run_dir)}", *_table(rows)]
    for heading, counter in (
        ("flagged sentences by kind", kinds),
        ("summary flags by kind", summary_kinds),
        ("document flags", doc_flags),
        ("failed documents by stage / type", failed),
    ):
        if counter:
            lines += [heading, *_table(_count_rows(counter))]
    return "\n".join(lines) + "\n"
