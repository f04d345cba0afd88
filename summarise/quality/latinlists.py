"""The other languages' small word lists as the names check reads them, without loading them.

``namefind.international`` weighs a common word of a French or Spanish sentence's start against
the median of wordfreq's small lists of the 24 other languages in Latin letters. Loading those
lists is 0.3 s of CPU and 100 MiB in every run, for a handful of words. The words it asks about
are common in English (``namefind.COMMON_ENGLISH_ZIPF``), so what a run needs of the lists is what
they hold of those words: a table of each list's entries whose key (``_key``) is the key of a word
at least ``ENGLISH_FLOOR`` frequent in English, built once from wordfreq and kept in the user cache
(``cachedir.cache_root()/wordlists``), in a file named by wordfreq's version and checked against
the data files it was read from; a stale or unreadable file is rebuilt.

A word is read from the table when wordfreq splits it into one token whose key is one the table
covers: then the table holds the token if the list does, with the figure wordfreq gives it (tokens
that wordfreq would split again, or digits it would smash, are left to wordfreq). Any other word is
read from wordfreq itself, so every figure is wordfreq's."""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from summarise.cachedir import cache_root
from summarise.errors import UserError
from summarise.quality.nametables import latin_script
from summarise.record import atomic_write_text
from summarise.text.languages import fold, zipf

log = logging.getLogger(__name__)

# Bump when the table's content or form changes: an older file is then rebuilt.
FORMAT = 1
# The English words the table covers: at least this frequent (Zipf) in English's full list, as the
# words the names check weighs are (a little lower, so a word at the floor is in for sure).
ENGLISH_FLOOR = 2.95
WORDLIST = "small"


def _key(token: str) -> str:
    """What a token of any list is filed under: folded, Turkish's dotless i read as i ("ındia")."""
    return fold(token).replace("ı", "i")


@dataclass(frozen=True)
class Table:
    """What the small lists of ``codes`` hold of the words keyed in ``english``: ``values[code]``
    maps a token to wordfreq's Zipf figure of it; ``odd[code]`` are tokens of a covered key that
    wordfreq would not read as one token of their own (read from wordfreq); ``frequency`` maps each
    figure to the frequency wordfreq combines a word of several tokens from."""

    codes: tuple[str, ...]
    english: frozenset[str]
    values: dict[str, dict[str, float]]
    odd: dict[str, frozenset[str]]
    # each figure's frequency in the lists (one per centibel step, the same in every language)
    frequency: dict[float, float]


def stamp(codes: tuple[str, ...]) -> dict[str, object]:
    """What the table was built from: the format, wordfreq's version and the size and time of each
    list file read. A file whose stamp differs is stale."""
    from importlib.metadata import version

    from wordfreq import DATA_PATH

    files = sorted(DATA_PATH.glob("*.msgpack.gz"))
    listed = [f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files]
    return {
        "format": FORMAT,
        "wordfreq": version("wordfreq"),
        "codes": list(codes),
        "floor": ENGLISH_FLOOR,
        "files": hashlib.sha256("\n".join(listed).encode()).hexdigest()[:16],
    }


def build(codes: tuple[str, ...]) -> Table:
    """Read the lists of ``codes`` and English's full list once, keep what the names check needs."""
    from wordfreq import get_frequency_dict, lossy_tokenize, zipf_frequency

    lowest = 10 ** (ENGLISH_FLOOR - 9)
    english = frozenset(_key(w) for w, f in get_frequency_dict("en", "best").items() if f >= lowest) - {""}
    english = frozenset(k for k in english if "\n" not in k)
    values: dict[str, dict[str, float]] = {}
    odd: dict[str, frozenset[str]] = {}
    frequency: dict[float, float] = {}
    for code in codes:
        kept, others = {}, set()
        for token, freq in get_frequency_dict(code, WORDLIST).items():
            if _key(token) not in english:
                continue
            figure = zipf_frequency(token, code, WORDLIST)
            if (
                lossy_tokenize(token, code) == [token]
                and not any(c.isdigit() or c.isspace() for c in token)
                and frequency.setdefault(figure, freq) == freq
            ):
                kept[token] = figure
            else:
                others.add(token)
        values[code], odd[code] = kept, frozenset(others)
    return Table(codes, english, values, odd, frequency)


def _path(codes: tuple[str, ...]) -> Path:
    from importlib.metadata import version

    named = hashlib.sha256(" ".join(codes).encode()).hexdigest()[:8]
    return cache_root() / "wordlists" / f"latin-small-v{FORMAT}-wordfreq-{version('wordfreq')}-{named}.json"


def _lines(joined: object) -> list[str]:
    if not isinstance(joined, str):
        raise TypeError("not a string")
    return joined.split("\n") if joined else []


def _read(path: Path, codes: tuple[str, ...]) -> Table | None:
    """The table in ``path`` when it is whole and was built from these lists; None otherwise. The
    file holds each list's tokens one string per figure, which reads in a tenth of the time of a
    mapping per token."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("stamp") != stamp(codes):
            return None
        values: dict[str, dict[str, float]] = {}
        for code in codes:
            values[code] = {}
            for figure, joined in data["values"][code].items():
                value = float(figure)
                if not math.isfinite(value):
                    return None
                values[code].update(dict.fromkeys(_lines(joined), value))
        odd = {c: frozenset(_lines(data["odd"][c])) for c in codes}
        english = frozenset(_lines(data["english"]))
        frequency = {float(figure): float(freq) for figure, freq in data["frequency"].items()}
    except (OSError, UnicodeError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, cut short, not ours
    figures = {v for table in values.values() for v in table.values()}
    if not figures <= frequency.keys() or not all(0 < f <= 1 for f in frequency.values()):
        return None
    return Table(codes, english, values, odd, frequency)


def _write(path: Path, table: Table) -> None:
    values: dict[str, dict[str, list[str]]] = {}
    for code, kept in table.values.items():
        values[code] = {}
        for token, value in kept.items():
            values[code].setdefault(repr(value), []).append(token)
    data = {
        "stamp": stamp(table.codes),
        "english": "\n".join(sorted(table.english)),
        "values": {c: {v: "\n".join(t) for v, t in groups.items()} for c, groups in values.items()},
        "odd": {c: "\n".join(sorted(t)) for c, t in table.odd.items()},
        "frequency": {repr(figure): freq for figure, freq in table.frequency.items()},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    except (OSError, UserError) as exc:  # a read-only or full cache: the run goes on with the table in memory
        log.warning("could not keep the names check's word-list table in %s: %s", path, exc)


@lru_cache(maxsize=4)
def table(codes: tuple[str, ...]) -> Table:
    """The table of ``codes``, from the user cache, or built and kept there."""
    path = _path(codes)
    found = _read(path, codes)
    if found is None:
        found = build(codes)
        _write(path, found)
    return found


@lru_cache(maxsize=1)
def latin_lists() -> tuple[str, ...]:
    """The languages in Latin letters that wordfreq has a list of."""
    from wordfreq import available_languages

    return tuple(sorted(code for code in available_languages("best") if latin_script(code)))


def other_zipf(word: str, code: str, wordlist: str = "best") -> float:
    """``languages.zipf(word, code, wordlist)`` for one of the other languages in Latin letters: from
    the table of their small lists (``table``) where it covers the word, from wordfreq otherwise. A
    word wordfreq splits ("C'est": "c", "est") is read from the table when it covers every token:
    wordfreq's minimum (Zipf 0) when the list lacks one, their combined frequency otherwise."""
    if wordlist != WORDLIST or code not in latin_lists():
        return zipf(word, code, wordlist)
    return _small_zipf(word, code)


@lru_cache(maxsize=65536)  # as ``languages.zipf``: the median asks the same words of 24 languages again
def _small_zipf(word: str, code: str) -> float:
    from wordfreq import lossy_tokenize

    known = table(tuple(c for c in latin_lists() if c != "en"))
    try:
        tokens = lossy_tokenize(word, code)
    except (UnicodeError, LookupError, ValueError):
        tokens = []
    if tokens and code in known.values and all(_covered(t, code, known) for t in tokens):
        figures = [known.values[code].get(t) for t in tokens]
        found = [f for f in figures if f is not None]
        if len(found) < len(figures):
            return 0.0
        return found[0] if len(found) == 1 else _combined([known.frequency[f] for f in found])
    return zipf(word, code, WORDLIST)


def _combined(frequencies: list[float]) -> float:
    """wordfreq's Zipf figure of a word of several tokens it lists (``wordfreq._word_frequency``):
    1 / f = 1 / f1 + 1 / f2 + ..., at least its minimum, to three significant digits."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    one_over = 0.0
    for freq in frequencies:
        one_over += 1.0 / freq
    unrounded = max(1.0 / one_over, zipf_to_freq(0.0))
    return round(freq_to_zipf(round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)), 2)


def _covered(token: str, code: str, known: Table) -> bool:
    """Whether the table says if the list of ``code`` holds ``token``, and with what figure."""
    return _key(token) in known.english and token not in known.odd[code] and not any(c.isdigit() for c in token)
