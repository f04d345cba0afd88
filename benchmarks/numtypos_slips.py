"""The misspelt number word's two readings, side by side: every slip of a word read through
text2num (the reading the check was written as) and its number words matched by one slip
(``numtypos._slip_words``), on wordfreq's commonest words of French, Spanish, English and
Arabic, every number word of the language and every slip of each of them that wordfreq
counts (the words a slip reading can say yes to). Prints, per language, the words read, those
whose decision differs (there must be none) and the time each reading took.

    python benchmarks/numtypos_slips.py             # 3000 common words per list
    python benchmarks/numtypos_slips.py --top 500   # quicker
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wordfreq import iter_wordlist  # noqa: E402

from summarise.quality import numtypos  # noqa: E402
from summarise.text.languages import vocabulary, zipf  # noqa: E402


def every_slip_value(word: str, lang: str) -> int | None:
    """``misspelt_value`` as first written: every slip of the word read through text2num."""
    if len(word) < numtypos.MIN_LETTERS or numtypos._value(word, lang) is not None:
        return None
    letters = numtypos._letters(lang)
    floor = zipf(word, lang) + numtypos.FREQUENCY_GAP
    values = {
        value
        for slip in numtypos._slips(word, letters)
        if (value := numtypos._value(slip, lang)) is not None and zipf(slip, lang) >= floor
    }
    return values.pop() if len(values) == 1 else None


def words_to_read(lang: str, top: int) -> list[str]:
    """The commonest words of ``lang``, French, Spanish and English (those a source writes
    lower case), every number word of ``lang`` and each of their slips wordfreq knows."""
    found: dict[str, None] = {}
    for code in dict.fromkeys((lang, "fr", "es", "en")):
        found.update(dict.fromkeys(w for w in vocabulary(code, top) if w.isalpha()))
    letters = numtypos._letters(lang)
    known = set(iter_wordlist(lang))
    for number in numtypos._number_words(lang):
        found[number] = None
        found.update(dict.fromkeys(sorted(numtypos._slips(number, letters) & known)))
    return list(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=3000, help="common words per wordfreq list (3000)")
    parser.add_argument("--langs", default="fr,es,ar")
    args = parser.parse_args(argv)
    differ = 0
    print("| language | words | misspelt (either) | differ | every slip (s) | one-slip match (s) |")
    print("|---|---:|---:|---:|---:|---:|")
    for lang in args.langs.split(","):
        words = words_to_read(lang, args.top)
        t = time.perf_counter()
        new = {w: numtypos.misspelt_value.__wrapped__(w, lang) for w in words}
        new_s = time.perf_counter() - t
        t = time.perf_counter()
        old = {w: every_slip_value(w, lang) for w in words}
        old_s = time.perf_counter() - t
        wrong = [w for w in words if old[w] != new[w]]
        differ += len(wrong)
        found = sum(1 for w in words if old[w] is not None or new[w] is not None)
        print(f"| {lang} | {len(words)} | {found} | {len(wrong)} | {old_s:.1f} | {new_s:.2f} |")
        for w in wrong[:20]:
            print(f"  {w!r}: every slip {old[w]}, one-slip match {new[w]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
