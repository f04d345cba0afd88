"""The glossary: a TSV file, one entry a line, ``French<TAB>English`` (an empty English column
means "keep as it is"), its terms found in a text, and the check that flags a required
English term missing from an output. A glossary is of one source language: the run's
(``translate.glossary``) or another's (``translate.glossaries.<code>``, ``Spanish<TAB>English``);
its terms are looked for only in documents of that language (terms.py).

Matching knows French elision and capitalisation: the entry ``OIM`` matches ``l'OIM`` and
``L’OIM``; ``directrice générale`` matches ``Directrice générale``; an all-capitals word (an
acronym) matches only in capitals.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from summarise.errors import UserError
from summarise.quality.checks import flag  # the severity of each code is the checks' (checks.SEVERITY)

APOSTROPHES = "'’"
# An acronym: an all-capitals word of two letters or more; it matches only in capitals.
_ACRONYM = re.compile(r"^[^\W\d_a-zà-ÿ]{2,}$")
_WORDS = re.compile(r"(\w+)")


class GlossaryError(UserError):
    """A glossary file is missing or malformed; the message names the file and line."""


@dataclass(frozen=True)
class Entry:
    french: str
    english: str  # "" = keep the French as it is

    @property
    def keep(self) -> bool:
        return not self.english


def _term_pattern(term: str) -> str:
    """A regex for ``term``: any apostrophe, any run of spaces, acronyms in capitals only,
    other words in any case."""
    out = []
    for part in _WORDS.split(term):
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif _WORDS.fullmatch(part):
            out.append(re.escape(part) if _ACRONYM.match(part) else f"(?i:{re.escape(part)})")
        else:
            out.append(
                "".join(
                    f"[{APOSTROPHES}]" if c in APOSTROPHES else r"\s+" if c.isspace() else re.escape(c) for c in part
                )
            )
    return "".join(out)


@dataclass
class Glossary:
    entries: list[Entry]
    path: str = ""
    pattern: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.entries:  # longest first: "bureau de l'OIM" before "OIM"
            terms = sorted(self.entries, key=lambda e: -len(e.french))
            self._by_key = {_key(e.french): e for e in self.entries}
            alternatives = "|".join(f"(?:{_term_pattern(e.french)})" for e in terms)
            self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        """(start, end, entry) of every glossary term in ``text``, left to right."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.entry_for(m.group())) for m in self.pattern.finditer(text)]

    def entry_for(self, matched: str) -> Entry:
        return self._by_key[_key(matched)]

    def hash(self) -> str:
        blob = "\n".join(f"{e.french}\t{e.english}" for e in sorted(self.entries, key=lambda e: e.french))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def _key(term: str) -> str:
    """What two spellings of one term share: case folded, apostrophes and spaces unified."""
    term = unicodedata.normalize("NFC", term).replace("’", "'")
    return " ".join(term.split()).casefold()


def load_glossary(path: str | Path, key: str = "translate.glossary", language: str = "French") -> Glossary:
    """Read a ``French<TAB>English`` TSV (``language``: the source column's; UTF-8; ``#``
    starts a comment line; columns after the second are ignored). Raises GlossaryError naming
    the file and line of a bad entry, or the file and the config ``key`` that named it when it
    cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: glossary file not found ({key})") from None
    except IsADirectoryError:
        raise GlossaryError(f"{path} is a folder: give {key} a glossary file (a TSV)") from None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot read the glossary ({exc.strerror or exc}) ({key})") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: the glossary is not UTF-8 text; save it as UTF-8 ({key})") from None
    entries: dict[str, tuple[int, Entry]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise GlossaryError(
                f"{path} line {n}: no tab between the {language} and the English "
                f"({line.strip()!r}); write {language}<TAB>English, or {language}<TAB> to keep it as is"
            )
        french, english = (c.strip() for c in line.split("\t")[:2])
        if not french:
            raise GlossaryError(f"{path} line {n}: the {language} column is empty")
        key = _key(french)
        if key in entries and entries[key][1].english != english:
            raise GlossaryError(
                f"{path} line {n}: {french!r} is already on line {entries[key][0]} "
                f"with another English ({entries[key][1].english!r})"
            )
        entries[key] = (n, Entry(french, english))
    return Glossary([e for _, e in entries.values()], str(path))


def check_glossary(src: str, tgt: str, glossary: Glossary | None) -> list[dict[str, str]]:
    """A ``glossary`` flag for each term of ``src`` whose required English (or kept French)
    is not in ``tgt`` (case and apostrophes ignored)."""
    if glossary is None or not tgt:
        return []
    have = _key(tgt)
    missed = []
    for _, _, entry in glossary.find(src):
        want = entry.english or entry.french
        if _key(want) not in have and entry not in missed:
            missed.append(entry)
    return [
        flag(
            "glossary",
            f"{e.french!r} must read {(e.english or e.french)!r} "
            f"({'kept as is' if e.keep else 'glossary'}), not in the output",
        )
        for e in missed
    ]
