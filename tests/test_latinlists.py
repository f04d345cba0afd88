"""The names check reads the other languages' small word lists from a table kept in the user cache
(``summarise.quality.latinlists``) instead of loading 24 lists a run: the same figures, so the same
names, whether the table was just built (cold), read back from its file (warm), or not used at all
(wordfreq's own lists); a stale or broken file is rebuilt, never a traceback."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarise.quality import latinlists
from summarise.quality.latinlists import Table, latin_lists, other_zipf, table
from summarise.quality.namefind import WORD_RE, international, shared_with_english
from summarise.text.languages import fold, zipf

ROOT = Path(__file__).resolve().parent.parent
# Real news (WMT newstest2010 in French and Spanish, in this repository: every clone has it).
NEWS = ROOT / "benchmarks" / "data" / "news" / "open"
# A few lists, for the tests that build the table again and again (Turkish: its dotless i).
FEW = ("it", "pt", "tr")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A user cache of the test's own, and no table read yet in this process."""
    monkeypatch.setenv("SUMMARISE_CACHE", str(tmp_path))
    forget()
    yield tmp_path
    forget()


def forget() -> None:
    """No table and no figure read from one yet in this process."""
    table.cache_clear()
    latinlists._small_zipf.cache_clear()


def real_words() -> list[tuple[str, str]]:
    """(language, word) for the capitalised words of the seed releases and of the open news set
    (French and Spanish) that the names check may weigh against the other languages: common in
    English (``namefind.COMMON_ENGLISH_ZIPF``)."""
    texts = [("fr", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "data").glob("*.txt"))]
    texts += [(lang, (NEWS / f"{lang}-en" / f"src.{lang}").read_text(encoding="utf-8")) for lang in ("fr", "es")]
    words = {(lang, m.group()) for lang, text in texts for m in WORD_RE.finditer(text) if m.group()[0].isupper()}
    return sorted((lang, w) for lang, w in words if zipf(fold(w), "en") >= 3.0)


def decisions(words: list[tuple[str, str]]) -> list[tuple[bool, bool]]:
    return [(international(w, lang, folded=True), shared_with_english(w, lang)) for lang, w in words]


def test_the_names_are_the_same_from_the_table_cold_or_warm_as_from_every_list(cache, monkeypatch):
    words = real_words()
    assert len(words) > 300
    codes = [c for c in latin_lists() if c != "en"]
    cold = decisions(words)  # the table built now, no file before
    assert list((cache / "wordlists").glob("latin-small-*.json"))
    forget()
    warm = decisions(words)  # read back from the file
    # a run with the table kept reads no other language's list: wordfreq loads French and English
    probe = (
        "import wordfreq\n"
        "from summarise.quality.namefind import shared_with_english\n"
        f"for lang, w in {words!r}: shared_with_english(w, lang)\n"
        "print(wordfreq.get_frequency_list.cache_info().currsize)"
    )
    env = {**os.environ, "SUMMARISE_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    loaded = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert int(loaded.stdout.split()[-1]) <= 3  # French and English, Spanish for the Spanish lines
    # wordfreq's own lists, every one loaded: a table that covers no word sends each to wordfreq
    monkeypatch.setattr(latinlists, "table", lambda codes: Table(codes, frozenset(), {}, {}, {}))
    forget()
    assert cold == warm == decisions(words)
    assert any(kept for kept, _ in cold) and any(shared for _, shared in cold)
    monkeypatch.undo()
    monkeypatch.setenv("SUMMARISE_CACHE", str(cache))
    forget()
    # and every figure the median is made of, word by word and language by language
    forms = sorted({f for _, w in words for f in (w, fold(w))})
    assert all(other_zipf(f, c, "small") == zipf(f, c, "small") for f in forms for c in codes)


@pytest.fixture(scope="module")
def built() -> Table:
    return latinlists.build(FEW)


def _valid_text(built: Table) -> str:
    data = {"stamp": latinlists.stamp(FEW), "english": "\n".join(sorted(built.english))}
    data["values"] = {c: {"3.5": "\n".join(sorted(t for t, v in built.values[c].items() if v == 3.5))} for c in FEW}
    data["odd"] = {c: "" for c in FEW}
    data["frequency"] = {repr(figure): freq for figure, freq in built.frequency.items()}
    return json.dumps(data)


@pytest.mark.parametrize(
    "broken",
    [
        "",  # an empty file (a disk that filled up)
        "cut short",  # the first half of a good file
        "not json {",
        "[]",
        "other wordfreq",  # built from another wordfreq
        "other format",  # by an older version of this code
        "a figure no number",
        "a list no string",
    ],
)
def test_a_stale_or_broken_table_file_is_built_again(cache, built, broken):
    path = latinlists._path(FEW)
    path.parent.mkdir(parents=True)
    text = _valid_text(built)
    data = json.loads(text)
    if broken == "cut short":
        text = text[: len(text) // 2]
    elif broken in ("", "not json {", "[]"):
        text = broken
    elif broken == "other wordfreq":
        data["stamp"]["wordfreq"] = "0.0.1"
    elif broken == "other format":
        data["stamp"]["format"] = latinlists.FORMAT - 1
    elif broken == "a figure no number":
        data["values"]["it"] = {"abc": "ciao"}
    elif broken == "a list no string":
        data["values"]["pt"]["3.5"] = ["de"]
    if broken in ("other wordfreq", "other format", "a figure no number", "a list no string"):
        text = json.dumps(data)
    path.write_text(text, encoding="utf-8")
    assert latinlists._read(path, FEW) is None
    assert table(FEW) == built
    assert latinlists._read(path, FEW) == built  # kept for the next run


def test_a_good_table_file_is_read_not_built(cache, built, monkeypatch):
    table(FEW)
    forget()
    monkeypatch.setattr(latinlists, "build", lambda codes: pytest.fail("built again"))
    assert table(FEW) == built


def test_a_cache_that_cannot_be_written_leaves_the_table_in_memory(tmp_path, monkeypatch, built, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SUMMARISE_CACHE", str(blocked))
    forget()
    with caplog.at_level(logging.WARNING, logger="summarise.quality.latinlists"):
        assert table(FEW) == built
    forget()
    assert "could not keep" in caplog.text
