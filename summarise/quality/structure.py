"""What a sentence's punctuation says about its structure, counted the same way in the source
and in the English: a translation keeps the clauses and the list items of its source, and
mostly the commas that join them.

* ``commas``: commas and semicolons (the Arabic "،" and "؛" too), not those inside a number
  ("3,5", "104,500").
* ``clause_joints``: the separators (commas, semicolons, colons, brackets, quotation marks)
  with a stretch of at least ``CLAUSE_WORDS`` words on each side: where one clause meets
  another. A comma around a short aside ("Sin embargo,", "a, por lo menos, cinco") joins no
  clause, since translations often drop it.
* ``enumerations``: the size of each coordinated list, "A, B et C" = 3: items of at most
  ``ITEM_WORDS`` words, separated by commas, the last joined by one of the language's
  coordinators (``profile(lang).coordinators``; Arabic writes "و" joined to the next word).
  The first item is the end of the stretch before the first comma, whatever its length.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.text.languages import ascii_digits, profile

# A stretch between separators of this many words is a clause (the shortest clause an
# omission is counted for); shorter ones are asides.
CLAUSE_WORDS = 4
# A list item has at most this many words.
ITEM_WORDS = 4
# A list has at least this many items ("A, B and C").
MIN_ITEMS = 3

_COMMA = re.compile(r"(?<!\d)[,،;؛](?!\d)|[,،;؛](?=\s)")
_SEPARATOR = re.compile(r"(?<!\d)[,،;؛:](?!\d)|[,،;؛:](?=\s)|[()«»“”\"]")
_LIST_COMMA = re.compile(r"(?<!\d)[,،](?!\d)|[,،](?=\s)")


def commas(text: str) -> int:
    """Commas and semicolons of ``text``, not counting those inside numbers."""
    return len(_COMMA.findall(ascii_digits(text)))


def stretches(text: str) -> list[str]:
    """``text`` cut at its separators (commas, semicolons, colons, brackets, quotation marks)."""
    return _SEPARATOR.split(ascii_digits(text))


def clause_joints(text: str) -> int:
    """Separators with at least CLAUSE_WORDS words on each side."""
    sizes = [len(part.split()) for part in stretches(text)]
    return sum(1 for a, b in zip(sizes, sizes[1:]) if a >= CLAUSE_WORDS and b >= CLAUSE_WORDS)


@cache
def _last_item(lang: str) -> re.Pattern[str] | None:
    """What opens a list's last stretch: up to ITEM_WORDS words (the item before the
    coordinator, none after an Oxford comma), then a coordinator of ``lang``."""
    lp = profile(lang)
    words = "|".join(re.escape(w) for w in lp.coordinators)
    prefixes = "|".join(re.escape(w) for w in lp.coordinator_prefixes)
    if not words:
        return None
    joined = rf"|(?:{prefixes})(?=\w)" if prefixes else ""
    return re.compile(rf"\s*(.*?)(?<!\S)(?:(?:{words})\s{joined})")


def enumerations(text: str, lang: str) -> list[int]:
    """The number of items of each list of ``text`` (MIN_ITEMS or more), read with ``lang``'s
    coordinators."""
    pattern = _last_item(lang)
    if pattern is None:
        return []
    chunks = _LIST_COMMA.split(ascii_digits(text))
    sizes: dict[int, int] = {}  # where a list opens -> its items (Arabic repeats "و" on each)
    for k in range(1, len(chunks)):
        m = pattern.match(chunks[k])
        if not m or len(m.group(1).split()) > ITEM_WORDS:
            continue
        n = 2 if m.group(1).split() else 1  # the last item, and the one before the coordinator
        j = k - 1
        while j > 0 and len(chunks[j].split()) <= ITEM_WORDS:  # the items before
            n += 1
            j -= 1
        n += 1  # the end of the stretch that opens the list
        if n >= MIN_ITEMS:
            sizes[j] = max(n, sizes.get(j, 0))
    return list(sizes.values())


def list_lacking(src_sizes: list[int], tgt_sizes: list[int]) -> int | None:
    """The size of a list of the source that the output has no list as long for (the largest
    such), or None: the output's lists must match the source's, size for size."""
    lacking = [n for n in sorted(set(src_sizes)) if sum(s >= n for s in src_sizes) > sum(t >= n for t in tgt_sizes)]
    return lacking[-1] if lacking else None
