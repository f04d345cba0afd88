"""Export a run: the English release of each document, and a bilingual digest.

:func:`export` reads a run's records and writes, per document, the English release a
press office can publish: the title, the dateline, the body paragraphs (a reviewer's
English where there is one, else the machine's), and the contact block rebuilt in
English from ``contacts`` (names, e-mails, phones and links are copied, never passed
through a model). Formats: DOCX (python-docx, the ``docx`` extra), Markdown, standalone
HTML and plain text. ``digest=True`` adds one document with, per release, the French and
English titles and summaries side by side, the date and a link to the source.

A document whose critical flags are not all accepted or corrected is exported with a
visible note at its top, or held back with ``only_reviewed=True``; a failed document is
never exported. File names come from ids, made safe (:func:`file_stems`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from summarise.errors import UserError
from summarise.record import atomic_write_bytes
from summarise.review import page as review
from summarise.review.docx_parts import require_docx
from summarise.review.export_docx import digest_docx, release_docx
from summarise.review.export_html import digest_html, release_html
from summarise.review.export_md import digest_md, release_md
from summarise.review.export_txt import digest_txt, release_txt
from summarise.review.release import release

FORMATS = ("docx", "md", "html", "txt")
EXPORT_DIR = "export"  # the default output folder, inside the run folder
DIGEST = "digest"  # the digest's file name (without its extension); no release takes it

# Characters no file name may hold on Linux, macOS or Windows (separators, Windows' reserved
# punctuation, control characters) and whitespace; each run becomes one "_".
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\s]+')
# Names Windows reserves whatever the extension (CON.docx is the console).
_RESERVED_NAME = re.compile(r"^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$", re.IGNORECASE)
MAX_STEM_BYTES = 100  # well under the 255-byte name limit, leaving room for "-hash.docx"


@dataclass
class ExportResult:
    """What :func:`export` wrote: ``written`` maps id -> file; ``held_back`` id -> why not."""

    out_dir: Path
    fmt: str
    written: dict[str, Path] = field(default_factory=dict)
    held_back: dict[str, str] = field(default_factory=dict)
    failed: int = 0  # documents not exported because the run failed on them
    digest: Path | None = None


# ---------------------------------------------------------------- file names


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _safe_stem(doc_id: str) -> str:
    stem = _UNSAFE_NAME.sub("_", unicodedata.normalize("NFC", doc_id)).strip(" ._")
    while len(stem.encode("utf-8", "replace")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(" .")  # Windows drops a trailing dot or space
    if not stem or _RESERVED_NAME.match(stem):
        stem = "_" + stem
    # A changed id keeps a trace of the original, so "a/b" and "a_b" never meet.
    return stem if stem == doc_id else f"{stem}-{_short_hash(doc_id)}"


def file_stems(ids: Iterable[str]) -> dict[str, str]:
    """A safe, distinct file name stem for each id (no separator, no leading dot, no Windows
    device name, at most ~110 bytes), distinct even on a case-insensitive file system and
    never the digest's name."""
    used = {DIGEST}
    stems: dict[str, str] = {}
    for doc_id in ids:
        base = stem = _safe_stem(doc_id)
        n = 1
        while stem.casefold() in used:  # "A" beside "a", or an id equal to another's safe name
            n += 1
            stem = f"{base}-{_short_hash(doc_id)}" + (f"-{n}" if n > 2 else "")
        used.add(stem.casefold())
        stems[doc_id] = stem
    return stems


WRITERS: dict[str, Callable[..., str | bytes]] = {
    "docx": release_docx,
    "md": release_md,
    "html": release_html,
    "txt": release_txt,
}
DIGESTS: dict[str, Callable[..., str | bytes]] = {
    "docx": digest_docx,
    "md": digest_md,
    "html": digest_html,
    "txt": digest_txt,
}


# ---------------------------------------------------------------- the entry point


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is a file, not a folder: give -o a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the output folder {out_dir}: {exc.strerror}") from None


def _write(out_dir: Path, name: str, content: str | bytes) -> Path:
    if Path(name).name != name or name in (".", ".."):  # file_stems never makes one; never allow it
        raise ValueError(f"{name!r} is not a plain file name")
    path = out_dir / name  # an existing link there is replaced, never followed
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
    return path


def export(
    run_dir: str | Path,
    fmt: str = "docx",
    out_dir: str | Path | None = None,
    *,
    only_reviewed: bool = False,
    digest: bool = False,
    summary: bool = False,
) -> ExportResult:
    """Write the English release of each translated document of a run (``fmt``: docx, md,
    html or txt) into ``out_dir`` (default ``RUN_DIR/export``).

    ``only_reviewed`` exports only documents whose critical flags are all accepted or
    corrected (the others are listed in ``held_back``); otherwise such a document gets a
    note at its top. ``digest`` adds ``digest.<fmt>``: per release, the French and English
    titles and summaries side by side, the date and the source. ``summary`` adds the English
    summary to each release. Failed documents are never exported (``held_back`` says why).
    Raises :class:`UserError` for a bad format, a missing run, or python-docx missing.
    """
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "docx":
        require_docx()
    run_dir = Path(run_dir)
    records = review.read_records(run_dir)
    out = Path(out_dir) if out_dir is not None else run_dir / EXPORT_DIR
    result = ExportResult(out_dir=out, fmt=fmt)
    releases = []
    for record in records:
        if record.get("error") or not record.get("translation"):
            error = record.get("error") or {}
            result.held_back[record["id"]] = (
                f"failed at {error.get('stage', '?')}: {error.get('message', '')}" if error else "not translated"
            )
            result.failed += 1
            continue
        rel = release(record)
        if only_reviewed and not rel.reviewed:
            result.held_back[rel.id] = f"{len(rel.unchecked)} sentence(s) with critical flags not yet checked"
            continue
        releases.append(rel)
    _prepare(out)
    stems = file_stems(rel.id for rel in releases)
    for rel in releases:
        result.written[rel.id] = _write(out, f"{stems[rel.id]}.{fmt}", WRITERS[fmt](rel, summary))
    if digest:
        heading = f"Digest · {review.run_name(run_dir, review.read_manifest(run_dir))} · {len(releases)} releases"
        result.digest = _write(out, f"{DIGEST}.{fmt}", DIGESTS[fmt](releases, heading))
    return result
