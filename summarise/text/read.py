"""Read inputs into records: files, folders and JSONL, decoded and repaired.

``read`` never raises for a bad input: an empty, binary, undecodable, missing
or unreadable input becomes a record whose ``error`` says what is wrong, and
the other inputs go on. The text a record carries in ``original`` is the
decoded text with its encoding repairs applied (line endings, mojibake, HTML
entities, and for a whole HTML page its article); each repair is logged in
``record.cleaning`` so a reviewer can see what reading changed.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import ftfy

from summarise.record import Record, text_hash
from summarise.text.htmlpage import extract_html, is_html_page

STAGE = "read"
TEXT_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIX = ".jsonl"

# Encodings a French press release plausibly uses when it is not UTF-8: tried
# first, because charset-normalizer alone misreads short Latin-1 text as UTF-16.
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]
ENCODING_NAMES = {
    "cp1252": "windows-1252",
    "latin_1": "latin-1",
    "iso8859_15": "iso-8859-15",
    "utf_8": "utf-8",
    "ascii": "utf-8",
}

# File signatures of common binary formats a scrape folder may contain.
MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
]
BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8 (with BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
]
# C0 control bytes other than tab, newline, form feed and carriage return:
# text files hardly contain them, binary files are full of them.
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Control characters to drop from decoded text (same set, plus C1 controls).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
# An HTML entity with its semicolon (&eacute; &#233; &#xE9;): a bare "&" in
# "AT&T" or "R&D" stays as it is.
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # keep the source's ’ “ ” (ftfy would make them ASCII)
    unescape_html=False,  # entities are handled (and logged) by unescape_entities
    fix_line_breaks=False,  # line endings are handled (and logged) by normalise_newlines
    fix_character_width=False,
    normalization="NFC",  # NFC only: NFKC would rewrite typography
)


class InputError(Exception):
    """An input that cannot give a document; ``kind`` is the error type the user sees."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Unit:
    """One input as ``read`` reads it: a path (a file, or one that gives an error record)
    and the id of its record (for a JSONL file, the stem of its lines' fallback ids)."""

    path: str
    id: str


def read(
    inputs: Iterable[str | os.PathLike | Unit] | str | os.PathLike, max_text_mb: float | None = None
) -> Iterator[Record]:
    """Yield one record per input file (one per line for JSONL), lazily, in a stable order.

    Ids are unique by construction: a file in a folder input is named by its path under the
    folder without its suffix (``a/release``); two files that would share that name keep their
    suffixes (``x.txt``, ``x.html``); a file given on its own is named by its stem, and any
    name already taken gets ``~2``, ``~3``... A JSONL line whose id is taken is an error
    record (``DuplicateId``) under a free id. An input over ``max_text_mb`` of text is a
    ``TooLarge`` error record, read no further."""
    max_bytes = int(max_text_mb * 1_000_000) if max_text_mb else None
    taken: set[str] = set()
    for unit in iter_units(inputs, taken):
        if not unit.path:
            yield Record(id=unit.id, source="").fail(STAGE, "MissingInput", "empty path given")
        elif is_folder(Path(unit.path)):  # input_units keeps a folder only when it has no files
            yield Record(id=unit.id, source=unit.path).fail(
                STAGE, "EmptyInput", f"folder {unit.path} holds no .txt, .html or .htm files"
            )
        elif Path(unit.path).suffix.lower() == JSONL_SUFFIX:
            for record in read_jsonl(unit.path, max_bytes):
                yield unique_line(record, taken)
        else:
            yield read_file(unit, max_bytes)


def unique_line(record: Record, taken: set[str]) -> Record:
    """A JSONL record whose id an earlier record of this read already has becomes an
    error record under a free id (the later line is the one reported)."""
    if record.id not in taken:
        taken.add(record.id)
        return record
    first = record.id
    record.id = claim(first, taken)
    record.error = None
    return record.fail(
        STAGE,
        "DuplicateId",
        f"{record.source}: the id {first!r} is already used by an earlier input; give each line its own id",
    )


def claim(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted~2``, ``wanted~3``... the first that is free; marked taken."""
    name, n = wanted, 2
    while name in taken:
        name, n = f"{wanted}~{n}", n + 1
    taken.add(name)
    return name


def input_units(inputs: Iterable[str | os.PathLike | Unit] | str | os.PathLike) -> list[Unit]:
    """The inputs as ``read`` reads them: each unit can be its own task, and ``read([unit])``
    over the units, in order, yields what ``read(inputs)`` yields (ids included)."""
    return list(iter_units(inputs, set()))


def iter_units(inputs: Iterable[str | os.PathLike | Unit] | str | os.PathLike, taken: set[str]) -> Iterator[Unit]:
    """Lazily: a folder becomes its files, anything else stays as given; a folder with no
    files stays one unit (read reports it). Each file's id is claimed in ``taken``."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for given in inputs:
        if isinstance(given, Unit):
            yield given if given.path.lower().endswith(JSONL_SUFFIX) else Unit(given.path, claim(given.id, taken))
            continue
        name = os.fspath(given)
        units = list(folder_units(name)) if name and is_folder(Path(name)) else []
        if not units:
            path = Path(name)
            wanted = (path.stem or path.name or name) if name else ""
            units = [Unit(name, wanted if path.suffix.lower() == JSONL_SUFFIX else claim(wanted, taken))]
            yield from units
            continue
        for unit in units:
            yield Unit(unit.path, claim(unit.id, taken))


def folder_units(folder: str) -> list[Unit]:
    """The text and HTML files under ``folder`` with their ids: the path under the folder
    without its suffix, or with it where two files would share a name (``x.txt``/``x.html``)."""
    found = list(iter_folder(folder))
    bare = [rel.with_suffix("").as_posix() for rel, _ in found]
    shared = {name for name in bare if bare.count(name) > 1}
    return [Unit(path, rel.as_posix() if name in shared else name) for (rel, path), name in zip(found, bare)]


def is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long or otherwise invalid: read_path reports it
        return False


def iter_folder(folder: str | os.PathLike) -> Iterator[tuple[Path, str]]:
    """(relative path, path) of the text and HTML files under ``folder``, recursively, sorted
    by relative path; hidden ones skipped."""
    root = Path(folder)
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                found.append(Path(dirpath, name).relative_to(root))
    for rel in sorted(found, key=lambda p: p.as_posix()):
        yield rel, os.path.join(os.fspath(folder), os.fspath(rel))


def read_path(source: str, max_bytes: int | None = None) -> Iterator[Record]:
    """Records of one file: one for a text/HTML file, one per non-blank line of a JSONL file."""
    if Path(source).suffix.lower() == JSONL_SUFFIX:
        yield from read_jsonl(source, max_bytes)
    else:
        path = Path(source)
        yield read_file(Unit(source, path.stem or path.name or source), max_bytes)


def read_file(unit: Unit, max_bytes: int | None = None) -> Record:
    """The record of one text or HTML file."""
    record = Record(id=unit.id, source=unit.path)
    try:
        text, steps = decode_bytes(load_bytes(Path(unit.path), max_bytes))
        fill(record, text, steps)
    except InputError as exc:
        record.fail(STAGE, exc.kind, str(exc))
    except Exception as exc:  # a library failing on one odd file must not stop the batch
        record.fail(STAGE, exc, f"could not read {unit.path}: {type(exc).__name__}: {exc}")
    return record


def too_large(size: int, max_bytes: int | None) -> None:
    """InputError TooLarge when ``size`` bytes of text are over the configured limit."""
    if max_bytes is not None and size > max_bytes:
        limit = max_bytes / 1_000_000
        raise InputError(
            "TooLarge",
            f"{size / 1_000_000:.1f} MB of text, over run.max_text_mb={limit:g}; "
            f"raise it with --set run.max_text_mb={max(limit * 2, size // 1_000_000 + 1):g}",
        )


def load_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, or an InputError saying why there are none."""
    too_large(check_file(path), max_bytes)
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise InputError("UnreadableInput", f"cannot read {path}: {reason}") from exc
    if not data:
        raise InputError("EmptyInput", "file is empty (0 bytes)")
    return data


def check_file(path: Path) -> int:
    """The size of ``path``; InputError when it is missing or empty (without reading it)."""
    try:
        size = path.stat().st_size
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL in the name
        raise InputError("MissingInput", f"no such file or folder: {path}") from None
    except OSError as exc:
        raise InputError("UnreadableInput", f"cannot read {path}: {exc.strerror or exc}") from exc
    if size == 0:
        raise InputError("EmptyInput", "file is empty (0 bytes)")
    return size


def read_jsonl(source: str, max_bytes: int | None = None) -> Iterator[Record]:
    """One record per non-blank line of ``{"id", "text"}``, read lazily (an archive of any
    size stays in constant memory); a bad line is an error record, the rest go on."""
    path = Path(source)
    stem = path.stem or "line"
    try:
        check_file(path)
        fh = path.open("rb")
    except (InputError, OSError) as exc:
        kind = exc.kind if isinstance(exc, InputError) else "UnreadableInput"
        yield Record(id=stem, source=source).fail(STAGE, kind, str(exc))
        return
    seen = False
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            seen = True
            yield jsonl_line(raw, source, stem, lineno, max_bytes)
    if not seen:
        yield Record(id=stem, source=source).fail(STAGE, "EmptyInput", "JSONL file has no lines")


def jsonl_line(raw: bytes, source: str, stem: str, lineno: int, max_bytes: int | None = None) -> Record:
    """Decode one line (JSONL is UTF-8; anything else is guessed for that line alone)."""
    where, fallback_id = f"{source}:{lineno}", f"{stem}-{lineno}"
    try:
        too_large(len(raw), max_bytes)
    except InputError as exc:
        return Record(id=fallback_id, source=where).fail(STAGE, exc.kind, f"line {lineno}: {exc}")
    try:
        line, steps = raw.decode("utf-8-sig").rstrip("\r\n"), [{"rule": "decode", "text": "utf-8"}]
    except UnicodeDecodeError:
        try:
            line, steps = decode_bytes(raw)
        except InputError as exc:
            return Record(id=fallback_id, source=where).fail(STAGE, exc.kind, f"line {lineno}: {exc}")
    return jsonl_record(line, where, fallback_id, lineno, steps)


def jsonl_record(line: str, source: str, fallback_id: str, lineno: int, steps: list[dict[str, str]]) -> Record:
    """The record of one JSONL line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return Record(id=fallback_id, source=source).fail(
            STAGE, "BadJsonLine", f"line {lineno} is not valid JSON ({exc.msg}, column {exc.colno})"
        )
    if not isinstance(data, dict):
        return Record(id=fallback_id, source=source).fail(
            STAGE, "BadJsonLine", f'line {lineno} is not a JSON object with "id" and "text"'
        )
    raw_id = data.get("id")
    record = Record(id=str(raw_id) if raw_id not in (None, "") else fallback_id, source=source)
    text = data.get("text")
    if not isinstance(text, str):
        return record.fail(STAGE, "BadJsonLine", f'line {lineno} has no "text" string')
    try:
        fill(record, text, steps)
    except InputError as exc:
        record.fail(STAGE, exc.kind, f"line {lineno}: {exc}")
    except Exception as exc:  # a library failing on one odd line must not stop the others
        record.fail(STAGE, exc, f"line {lineno}: {type(exc).__name__}: {exc}")
    return record


def record_from_text(text: str, id: str = "text", source: str = "<text>") -> Record:
    """A read record for a string (the same repairs as a file; an error record if it is empty)."""
    record = Record(id=id, source=source)
    try:
        fill(record, text, [])
    except InputError as exc:
        record.fail(STAGE, exc.kind, str(exc))
    except Exception as exc:  # same contract as a file: an error record, never an exception
        record.fail(STAGE, exc, f"{type(exc).__name__}: {exc}")
    return record


def fill(record: Record, text: str, steps: list[dict[str, str]]) -> Record:
    """Repair decoded ``text`` and store it as the record's original, with the repairs logged."""
    for step in steps:
        record.cleaning.append(dict(step))
    if not text.strip():
        raise InputError("EmptyInput", "text holds only whitespace" if text else "text is empty")
    text = repair_text(text, record)
    if not text.strip():
        raise InputError("EmptyInput", "the HTML page has no visible text")
    record.original = text
    record.input_hash = text_hash(text)
    return record


def repair_text(text: str, record: Record) -> str:
    """Line endings, mojibake, control characters, HTML page extraction, entities."""
    text = normalise_newlines(text, record)
    text = fix_mojibake(text, record)
    text = drop_control_chars(text, record)
    if is_html_page(text):
        text = extract_html(text, record)
    return unescape_entities(text, record)


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, list[dict[str, str]]]:
    """Decode ``data``; returns the text and a "decode" log entry naming the encoding."""
    if not data.strip():
        raise InputError("EmptyInput", f"file holds only whitespace ({len(data)} bytes)")
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return decode_with(data, codec, name)
    check_binary(data)
    try:
        return data.decode("utf-8"), [{"rule": "decode", "text": "utf-8"}]
    except UnicodeDecodeError:
        return guess_encoding(data)


def decode_with(data: bytes, codec: str, name: str) -> tuple[str, list[dict[str, str]]]:
    try:
        return data.decode(codec), [{"rule": "decode", "text": name}]
    except UnicodeDecodeError as exc:
        raise InputError(
            "UndecodableInput",
            f"file starts with a {name} byte-order mark but is not valid {name} (bad byte at offset {exc.start})",
        ) from exc


def check_binary(data: bytes) -> None:
    """Raise BinaryInput for NUL bytes, a known binary signature or many control bytes."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError("BinaryInput", f"file is {what}, not text")
    if b"\x00" in data:
        raise InputError("BinaryInput", "file is binary, not text (it contains NUL bytes)")
    controls = len(CONTROL_BYTES.findall(data))
    if controls > max(2, len(data) // 100):
        raise InputError("BinaryInput", f"file is binary, not text ({controls} control bytes)")


def guess_encoding(data: bytes) -> tuple[str, list[dict[str, str]]]:
    """Western encodings first (charset-normalizer, then plain Windows-1252), then any."""
    best = charset_normalizer.from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    if best is None:
        text = plausible_cp1252(data)
        if text is not None:
            return text, [{"rule": "decode", "text": "windows-1252"}]
        best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(
            "UndecodableInput",
            "could not work out the file's text encoding (it is not UTF-8, Windows-1252 or another known encoding)",
        )
    name = ENCODING_NAMES.get(best.encoding, best.encoding.replace("_", "-"))
    return str(best), [{"rule": "decode", "text": name}]


def plausible_cp1252(data: bytes) -> str | None:
    """Windows-1252 text of ``data`` if it decodes and reads like Western text (short inputs)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return text if letters and foreign <= len(letters) / 2 else None


# ---------------------------------------------------------------- repairs


def normalise_newlines(text: str, record: Record) -> str:
    crlf, cr = text.count("\r\n"), text.replace("\r\n", "").count("\r")
    if crlf or cr:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        record.cleaning.append({"rule": "line_endings", "text": f"{crlf} \\r\\n and {cr} \\r made \\n"})
    return text


def fix_mojibake(text: str, record: Record) -> str:
    """Undo UTF-8 read as Windows-1252 ("Ã©" -> "é") with ftfy, keeping typography as it is."""
    fixed, explanation = ftfy.fix_and_explain(text, config=FTFY_CONFIG)
    if fixed == text:
        return text
    steps = [f"{action} {detail}" for action, detail in (explanation or [])]
    if any(action in ("encode", "decode", "transcode") for action, _ in (explanation or [])):
        record.flag("mojibake_repaired")
        record.cleaning.append({"rule": "mojibake", "text": "; ".join(steps)})
    else:
        record.cleaning.append({"rule": "unicode_fixes", "text": "; ".join(steps)})
    return fixed


def drop_control_chars(text: str, record: Record) -> str:
    found = CONTROL_CHARS.findall(text)
    if found:
        record.cleaning.append({"rule": "control_chars", "text": " ".join(sorted({f"U+{ord(c):04X}" for c in found}))})
        text = CONTROL_CHARS.sub("", text)
    return text


def unescape_entities(text: str, record: Record) -> str:
    found = ENTITY.findall(text)
    if not found:
        return text
    record.cleaning.append({"rule": "html_entities", "text": " ".join(dict.fromkeys(found))})
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
