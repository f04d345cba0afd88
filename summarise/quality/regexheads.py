"""Where a pattern of a list can match a text, read from the characters a match begins with.

A unit pattern is an alternation of words after a word start (``units._patterns``): "km" and
"kilomètre" begin with "k", so neither can match but where a word of the text begins with a "k"
(in any case). ``heads`` reads the characters a pattern's match may begin with from its parse
(the parse ``re`` compiles), and ``Scanner`` tries each pattern (``match``) only at the word
starts that hold one of them, and past its last match as ``finditer`` does: the same matches,
without running 30-60 case-blind patterns over every character of the text. A pattern whose
first character this cannot bound (a class like ``\\w``, an empty match) runs as ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

# The parse ``re`` compiles from, and its opcodes: private modules of ``re`` (CPython 3.11 on); a
# Python without them runs every pattern whole (``heads`` is None).
_parser: Any = getattr(re, "_parser", None)
sre: Any = getattr(re, "_constants", None)

# A word's start as the unit patterns write it: no letter before (a digit may be: "20km").
WORD_START = r"(?<![^\W\d_])"
# The characters at a word's start, read by the same assertion.
_HEAD_RE = re.compile(WORD_START + ".", re.DOTALL)


def _first(items: Any) -> tuple[set[int] | None, bool]:
    """(the code points a match of the parsed ``items`` may begin with, None for any; whether
    the match may be empty)."""
    chars: set[int] = set()
    for op, av in items:
        if op is sre.ASSERT_NOT and not av[1]:
            return chars, False  # "(?!)": nothing matches past it
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: the next item gives the character
        if op is sre.LITERAL:
            return chars | {av}, False
        if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            return chars | {c for _, c in av}, False
        found: set[int] | None
        if op is sre.SUBPATTERN and not (av[1] or av[2]):  # a group without flags of its own
            found, empty = _first(av[3])
        elif op is sre.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                more, more_empty = _first(branch)
                if more is None:
                    return None, False
                found |= more
                empty = empty or more_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False  # a class, any character, a back reference: unbounded
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


@lru_cache(maxsize=4096)
def heads(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """A class of the characters a match of ``pattern`` begins with, in the pattern's case
    sensitivity, and whether a match begins only at a word start (the pattern opens with
    WORD_START); None where the first character is not bounded."""
    if _parser is None or sre is None:
        return None
    try:
        found, empty = _first(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parse this module does not know: the pattern runs whole
        return None
    if found is None or empty:
        return None
    chars = "".join(re.escape(chr(c)) for c in sorted(found))
    return re.compile(f"[{chars}]" if chars else "(?!)", pattern.flags & re.IGNORECASE), pattern.pattern.startswith(
        WORD_START
    )


class Scanner:
    """``patterns``' matches in a text (``finditer``), each pattern tried only where it may begin."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        self.patterns = tuple(patterns)
        self.heads = tuple(heads(p) for p in self.patterns)
        self._by_char: dict[str, tuple[int, ...]] = {}

    def _starting(self, char: str) -> tuple[int, ...]:
        """The indices of the word-start patterns whose match may begin with ``char``."""
        found = self._by_char.get(char)
        if found is None:
            found = self._by_char[char] = tuple(
                i for i, head in enumerate(self.heads) if head is not None and head[1] and head[0].match(char)
            )
        return found

    def scan(self, text: str) -> list[list[re.Match[str]]]:
        """``list(pattern.finditer(text))`` for each pattern: a pattern whose match begins at a
        word start is tried (``match`` at that place) only where a word of the text begins with
        one of its first characters, and not before its last match's end, as ``finditer`` would."""
        starts: dict[int, list[int]] = {}
        for begin in _HEAD_RE.finditer(text):
            for i in self._starting(begin.group()):
                starts.setdefault(i, []).append(begin.start())
        found: list[list[re.Match[str]]] = []
        for i, (pattern, head) in enumerate(zip(self.patterns, self.heads)):
            if head is None or not head[1]:
                found.append(list(pattern.finditer(text)))
                continue
            matches: list[re.Match[str]] = []
            end = 0
            for start in starts.get(i, ()):
                if start >= end and (m := pattern.match(text, start)):
                    matches.append(m)
                    end = m.end()
            found.append(matches)
        return found
