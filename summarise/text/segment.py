"""Sentence splitting: each record's title and paragraphs become translation segments.

``segment`` fills ``record.translation`` with one segment per sentence (``para`` 0 is
the title, 1..N the body paragraphs); ``translate`` fills each segment's ``tgt``.
A sentence longer than the model accepts is cut at ; : , or spaces, never truncated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from summarise.errors import ModelLoadError
from summarise.record import Record, document_language
from summarise.text.languages import UnknownLanguage, profile
from summarise.text.patterns import EMAIL, URL

# Abbreviations pysbd's French rules end a sentence after, though the sentence goes on
# ("chap. 3", "MM. Dupont", "19 avr. 2007", "J. Dupont"); matched at a piece's end.
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(«\"'’])(?:(?i:chap|ch|cf|pp|coll|fig|al|env|MM|Mmes|Mlle|Mgr|av|bd|réf|janv|févr|avr|"
    r"juil|oct|nov|déc)|St|Ste|Pr|Dr|Drs|Mme|Mgr|[A-Z])\.\s*$"
)
# Abbreviations that are also French words ("l'art.", "un tel.", "ils étaient sept.",
# "le vol."): they go on only when a number follows ("art. 5", "p. 12", "Tel. +1").
_NUMBER_ABBREVIATION_END = re.compile(r"(?:^|[\s(«\"'’])(?i:art|arts|no|nos|p|vol|sept|tél|tel)\.\s*$")
_NUMBER_START = re.compile(r"^\s*[+(]?\d")
# A piece that starts like the middle of a sentence (lower case, or : ; , ) ») belongs to
# the piece before it: pysbd split after an abbreviation it does not know.
_CONTINUATION_START = re.compile(r"^\s*(?:[a-zà-ÿ]|[:;,)»\]])")
# Runs of spaces and line breaks become one space; a single no-break or thin space
# (U+00A0, U+202F, U+2009 in "9 000", "« Elle") is typography and stays.
_SPACES = re.compile(r"\s{2,}|[\t\n\r\f\v]")
# A number with inner separators ("1,6", "9 000", "19.04.2007"): never cut inside.
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009 ]\d+)+")
# Blank lines separate paragraphs in a cleaned record's text.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Where an over-long sentence may be cut, best first: after ; then : then , then any space.
_CUT_LEVELS = (
    re.compile(r"(?<=;)\s+"),
    re.compile(r"(?<=:)\s+"),
    re.compile(r"(?<=,)\s+"),
    re.compile(r"\s+"),
)


# Where a sentence ends in a language pysbd does not segment: . ! ? … and the Arabic question
# mark and full stop, then a space (a closing quote or bracket stays with its sentence).
_PUNCTUATION_END = re.compile(r"(?:(?<=[.!?…؟۔])|(?<=[.!?…؟۔][\"'»”’)\]]))\s+")


# pysbd's Arabic rules end a sentence at the Arabic comma "،": Arabic is cut by punctuation.
_PUNCTUATION_ONLY = frozenset({"ar"})
# Spanish titles and abbreviations pysbd ends a sentence after ("Sr. García", "núm. 5").
_ABBREVIATION_END_ES = re.compile(
    r"(?:^|[\s(«\"'’])(?:Sr|Sra|Srta|Sres|Dr|Dra|Ud|Uds|Dña|D|Lic|Ing|Excmo|Excma|(?i:núm|art|pág|tel|aprox|etc)|"
    r"[A-Z])\.\s*$"
)


@lru_cache(maxsize=16)
def _segmenter(lang: str = "fr"):
    """pysbd's segmenter for ``lang``; None when pysbd does not know the language."""
    import pysbd

    try:
        # French, as always, without building its profile (CLDR's calendars: most of a second)
        code = "fr" if lang == "fr" else None if lang in _PUNCTUATION_ONLY else profile(lang).segmenter
    except UnknownLanguage:
        code = None
    return pysbd.Segmenter(language=code, clean=False) if code else None


def _pieces(text: str, lang: str) -> list[str]:
    segmenter = _segmenter(lang)
    if segmenter is None:
        return _PUNCTUATION_END.split(text)
    return segmenter.segment(text)


def _should_merge(previous: str, piece: str, lang: str = "fr") -> bool:
    if lang == "es":
        return bool(_CONTINUATION_START.match(piece) or _ABBREVIATION_END_ES.search(previous))
    if lang != "fr":
        return False
    if _CONTINUATION_START.match(piece) or _ABBREVIATION_END.search(previous):
        return True
    return bool(_NUMBER_ABBREVIATION_END.search(previous) and _NUMBER_START.match(piece))


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans no sentence boundary may fall inside: URLs ("news?id=123&x=4"), e-mails, numbers."""
    return [m.span() for pattern in (URL, EMAIL, _NUMBER) for m in pattern.finditer(text)]


def split_sentences(text: str, lang: str = "fr") -> list[str]:
    """Sentences of ``text`` in ``lang`` (whitespace collapsed, each stripped, none empty):
    pysbd's rules for the language (``profile(lang).segmenter``), else its punctuation.

    A boundary put inside a URL, an e-mail or a number is undone, and (French) one after
    an abbreviation; the text between the pieces is kept as written (no space added).
    The last few thousand paragraphs are remembered: the resume rule reads a document's
    sentences (its memory entries) just before the segment stage splits it again."""
    return list(_split_sentences(text, lang))


@lru_cache(maxsize=4096)
def _split_sentences(text: str, lang: str = "fr") -> tuple[str, ...]:
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return ()
    spans = _protected(text)
    sentences: list[tuple[int, int]] = []  # (start, end) offsets in text
    pos = 0
    for piece in _pieces(text, lang):
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:  # pysbd changed the text: keep its piece as it is
            start = pos
        end = start + len(piece)
        pos = end
        if sentences:
            prev = text[sentences[-1][0] : sentences[-1][1]]
            inside = any(a < start < b or a < sentences[-1][1] < b for a, b in spans)
            if inside or _should_merge(prev, piece, lang):
                sentences[-1] = (sentences[-1][0], end)
                continue
        sentences.append((start, end))
    return tuple(text[a:b].strip() for a, b in sentences)


def split_long(sentence: str, count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """Cut ``sentence`` into pieces of at most ``limit`` tokens, at ; : , then spaces.

    Nothing is dropped: ``" ".join(pieces) == sentence`` for a sentence with single
    spaces; only a single word longer than the limit is cut inside (by characters).
    """
    return _split_at(sentence, count_tokens, limit, 0)


def _split_at(text: str, count: Callable[[str], int], limit: int, level: int) -> list[str]:
    if count(text) <= limit:
        return [text]
    if level == len(_CUT_LEVELS):
        return _split_word(text, count, limit)
    parts = _CUT_LEVELS[level].split(text)
    if len(parts) == 1:
        return _split_at(text, count, limit, level + 1)
    pieces: list[str] = []
    for chunk in pack(parts, count, limit):
        pieces += _split_at(chunk, count, limit, level + 1)
    return pieces


def pack(parts: list[str], count: Callable[[str], int], limit: int) -> list[str]:
    """Greedily join consecutive parts (with a space) while the result fits the limit."""
    chunks: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current} {part}" if current else part
        if current and count(candidate) > limit:
            chunks.append(current)
            current = part
        else:
            current = candidate
    chunks.append(current)
    return chunks


def _split_word(word: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Halve a single over-long word until each half fits (a URL, a long number)."""
    if count(word) <= limit or len(word) < 2:
        return [word]
    middle = len(word) // 2
    return _split_word(word[:middle], count, limit) + _split_word(word[middle:], count, limit)


def paragraphs(text: str) -> list[str]:
    """Body paragraphs of a cleaned text (separated by blank lines), none empty."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text or "") if p.strip()]


def build_segments(
    title: str, text: str, count_tokens: Callable[[str], int], limit: int, lang: str = "fr"
) -> list[dict]:
    """Segments for a title (para 0) and body paragraphs (1..N), each fitting ``limit``."""
    segments = []
    blocks = [(0, title or "")] + list(enumerate(paragraphs(text), start=1))
    for para, block in blocks:
        for sentence in split_sentences(block, lang):
            for piece in split_long(sentence, count_tokens, limit):
                segments.append({"para": para, "src": piece, "tgt": None, "flags": []})
    return segments


def segment_record(record: Record, translator) -> Record:
    """Set ``record.translation`` (segments with empty ``tgt``, the language and model they
    go to), or an UnsupportedLanguage error when no configured model translates its language
    (a ModelLoadError one when its model, the fallback, cannot load).
    ``translator`` is one translator or the run's translators by language (models/routing.py):
    its ``pick(record)`` is the one for this record, or None."""
    pick = getattr(translator, "pick", None)
    try:
        chosen = pick(record) if pick is not None else translator
    except ModelLoadError as exc:  # its language's model (the fallback, loaded when first needed) cannot load
        return record.fail("translate", exc)
    if chosen is None:
        return record.fail("translate", "UnsupportedLanguage", translator.refusal(record))
    lang = getattr(chosen, "source_lang", None) or document_language(record)
    segments = build_segments(record.title, record.text, chosen.count_tokens, chosen.max_input_tokens, lang)
    record.translation = {
        "title": None,
        "text": None,
        "segments": segments,
        "source_lang": lang,
        "model": getattr(chosen, "model_id", None),
    }
    return record


def segment(records: Iterable[Record], translator) -> Iterator[Record]:
    """Split every record into sentences; records with an error pass through untouched."""
    for record in records:
        if record.error is None and record.translation is None:
            try:
                segment_record(record, translator)
            except Exception as exc:  # one document's failure must not stop the others
                record.fail("segment", exc)
        yield record
