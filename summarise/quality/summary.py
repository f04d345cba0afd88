"""Summary checks: a summary must not state a number, date, contact or name that the release
does not, and its two halves (source language and English) must agree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from summarise.quality.contacts import (
    check_contacts,
    contacts,
    digits_of,
    output_contacts,
    strip_contacts,
    url_key,
)
from summarise.quality.dates import check_dates, month_words, months
from summarise.quality.flags import Flag, flag, fold
from summarise.quality.namefind import ABBREVIATION_RE, WORD_RE, group_adjacent, labels, names
from summarise.quality.namematch import name_found, translations, words_of
from summarise.quality.names import check_names
from summarise.quality.nametables import zipf
from summarise.quality.negation import check_negation
from summarise.quality.numbers import check_numbers, magnitudes, numbers, word_numbers
from summarise.quality.units import check_units, converted_numbers
from summarise.record import Record, summary_language, summary_source
from summarise.text.languages import ascii_digits, profile
from summarise.text.patterns import NUMERIC_DATE

# A number says something of the words around it ("14 abstentions"): a summary's number must
# be in a sentence of the release that shares one of the content words (4 letters or more, not
# stop words, compared by their first 5 letters) within this many words either side of it.
CONTEXT_WORDS = 6
# A sentence's first word this common in its language (wordfreq Zipf) is a word, not a name,
# even when English writes it alike ("Questions" 5.2); dateline places are rarer ("Berne" 3.8).
MAX_ZIPF_AT_START = 4.5
STEM = 5
# A sentence whose words of four letters or more (after the first) are capitalised at least this
# share is in title case ("Hablar Más Fuerte Para Combatir"): its capitals mark no name.
TITLE_CASE_SHARE = 0.8
# A name of a summary is misattributed when another run of names of the release shares this many
# content words of what the summary says around it, and more than the name itself shares.
MIN_SHARED = 2
# What a release sentence is read for (the fields of ``_Support.sentences``).
NUMBER, MONTH, NAME, STEMS = range(4)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?؟])\s+|\n+")
_CONTENT_RE = re.compile(r"[^\W\d_]{4,}")
_NUMERIC_DATE_RE = re.compile(rf"(?<![\d./-])(?:{NUMERIC_DATE})(?![\d/-]|\.\d)")


def source_texts(record: Record) -> tuple[str, str]:
    """(source title + body, English title + body): what a summary is checked against."""
    tr = record.translation or {}
    src = "\n\n".join(p for p in (record.title, record.text) if p)
    en = "\n\n".join(p for p in (tr.get("title"), tr.get("text")) if p)
    return src, en


def agreement_flags(pairs: list[tuple[str, str]], lang: str = "fr") -> list[Flag]:
    """The two halves of a summary must say the same thing: each source sentence (language
    ``lang``) against its English translation, for numbers and scale, dates, units, names,
    contacts and negation (the translation checks)."""
    flags = []
    for number, (src, en) in enumerate(pairs, 1):
        found = [
            *check_numbers(src, en, lang, converted_numbers(src, en, lang)),
            *check_dates(src, en, lang),
            *check_units(src, en, lang),
            *check_names(src, en, lang),
            *check_contacts(src, en),
            *check_negation(src, en, lang),
        ]
        for item in found:  # as sure as the check it wraps: an unsure name stays a note
            flags.append(
                flag(
                    "summary_halves_differ",
                    f"sentence {number}: {item['code']}: {item['detail']}",
                    item.get("severity"),
                )
            )
    return flags


def _number_keys(text: str, lang: str) -> set[str]:
    """Value keys of every number in ``text`` (read in ``lang`` and in English), and of number
    words."""
    keys = set().union(*(k for _, k in [*numbers(text, lang), *numbers(text, "any")]))
    return keys | word_numbers(text, lang) | word_numbers(text, "en")


@lru_cache(maxsize=16)
def _stop(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in profile(lang).stopwords)


def _stems(text: str, lang: str) -> frozenset[str]:
    """The first letters of the content words of ``text``: what a number in it is said of."""
    return frozenset(w[:STEM] for w in _CONTENT_RE.findall(fold(text)) if w not in _stop(lang))


def spelt_out(acronym: str, text: str, lang: str = "fr") -> bool:
    """Whether ``text``, in the same language, spells ``acronym`` out: consecutive words, the
    first capitalised, whose initials are its letters, the language's short stop words skipped
    ("DG" <- "Directeur général", "DGC" <- "Dotation Générale aux Communes"). What a summary
    may abbreviate of its own release."""
    if not 2 <= len(acronym) <= 6:
        return False
    key = fold(acronym)
    # articles and prepositions (the short stop words: "de", "aux", "del") are skipped, not "général"
    words = [w for w in WORD_RE.findall(text) if not (len(w) <= 3 and fold(w) in _stop(lang))]
    return any(
        words[i][0].isupper() and all(fold(w)[0] == c for w, c in zip(words[i : i + len(key)], key, strict=False))
        for i in range(len(words) - len(key) + 1)
    )


def _ends(text: str) -> list[re.Match[str]]:
    """Where the sentences of ``text`` end: a full stop after a title or an initial ("M. Dupont",
    "J. Martin") ends none."""
    found = _SENTENCE_END_RE.finditer(text)
    # the longest abbreviation and the character before it fit in the 8 characters before a stop
    return [m for m in found if not ABBREVIATION_RE.search(text[max(0, m.start() - 8) : m.start()])]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in _sentence_spans(text) if text[a:b].strip()]


def _window(text: str, start: int, end: int, lang: str, ends: list[re.Match[str]] | None = None) -> frozenset[str]:
    """The content words within ``CONTEXT_WORDS`` words either side of ``text[start:end]`` in its
    sentence (``ends``: where the sentences of ``text`` end, when known): what the number, month
    or name there is said of."""
    ends = _ends(text) if ends is None else ends
    before = [e.end() for e in ends if e.end() <= start]
    stop = next((e.start() for e in ends if e.start() >= end), len(text))
    words = text[before[-1] if before else 0 : start].split()[-CONTEXT_WORDS:]
    words += text[end:stop].split()[:CONTEXT_WORDS]
    return _stems(" ".join(words), lang)


def _context(summary: str, written: str, lang: str) -> frozenset[str]:
    """The context (``_window``) of each place of the number or month ``written`` in ``summary``
    (none when it cannot be placed)."""
    text = ascii_digits(summary)
    found = re.finditer(rf"(?<![\w.,]){re.escape(written)}(?!\w|[.,]\d)", text)
    return frozenset().union(*(_window(text, m.start(), m.end(), lang) for m in found))


@dataclass(frozen=True)
class _Support:
    """What one source text can support, read once: both halves of a summary, and each of
    their names, are checked against the same release."""

    text: str
    lang: str
    number_keys: frozenset[str]
    months: frozenset[int]
    sizes: frozenset[int]  # the powers of ten of its quantities (numbers and scale words)
    days: frozenset[tuple[int, int]]  # the (month, day) of its dates
    emails: frozenset[str]
    urls: frozenset[str]
    phones: frozenset[str]
    words: frozenset[str]
    english_names: frozenset[str]  # the known English forms of its words (OIM -> iom)
    runs: tuple[tuple[str, frozenset[str], frozenset[str]], ...]  # its runs of names: (label, words, context)
    # each sentence's (number keys, month numbers, words, stems): where a number, month or name
    # is said of what
    sentences: tuple[tuple[frozenset[str], frozenset[int], frozenset[str], frozenset[str]], ...]
    date_lines: tuple[bool, ...]  # whether each sentence is a date line (``_date_line``)

    def says(self, keys: set[str] | set[int], context: frozenset[str], lang: str, kind: int = NUMBER) -> bool:
        """The number (its value keys) or month (``kind`` MONTH: its number) in one sentence with
        a word of its ``context``, or in a date line of the release (``_date_line``: said of the
        whole release), when the release is in the summary's language ``lang`` and the context
        has words; else anywhere in the release."""
        anywhere = (self.number_keys, self.months)[kind]
        if self.lang != lang or not context:
            return bool(keys & anywhere)
        return any(
            keys & sentence[kind] and (dated or context & sentence[STEMS])
            for sentence, dated in zip(self.sentences, self.date_lines, strict=True)
        )

    def has_name(self, name: str) -> bool:
        """Spelt alike (or in the plural of a word the release writes: "Etablissements"), as the
        French of an English name (IOM <- OIM), or an acronym of words the release spells out in
        its own language (DG <- "Directeur général")."""
        key = fold(name)
        return (
            name_found(name, self.text, self.words, self.lang)
            or key in self.english_names
            or (len(key) > 3 and key.endswith("s") and key[:-1] in self.words)
            or (name.isupper() and self.lang != "en" and spelt_out(name, self.text, self.lang))
        )


def _numeric_dates(text: str) -> list[tuple[re.Match[str], int, int]]:
    """The dates ``text`` writes in figures ("27/03/2020", "2020-03-27"): (where, the month's
    field, its number), day first as in the release's languages unless it can only be month
    first ("03/27/2020")."""
    found = []
    for m in _NUMERIC_DATE_RE.finditer(text):
        fields = [int(x) for x in re.split(r"[./-]", m.group())]
        field = 1 if fields[0] > 31 or fields[1] <= 12 else 0  # year first (ISO) or day first
        if 1 <= fields[field] <= 12:
            found.append((m, field, fields[field]))
    return found


def _numeric_months(text: str) -> set[int]:
    return {month for _, _, month in _numeric_dates(ascii_digits(text))}


def _days(text: str, lang: str) -> set[tuple[int, int]]:
    """The dates of ``text`` as (month, day): a month named beside a day number, or a date in
    figures (its day is the field before or after the month's that is no year)."""
    found = {(m.number, m.day) for m in months(text, lang) if m.day is not None}
    for m, field, month in _numeric_dates(ascii_digits(text)):
        fields = [int(x) for x in re.split(r"[./-]", m.group())]
        day = fields[2] if field == 1 and fields[0] > 31 else fields[1 - field]
        found.add((month, day))
    return found


def _counted(text: str) -> str:
    """``text`` (ASCII digits) with the month field of its dates in figures blanked: "03" in
    "27/03/2020" is March (read by ``_numeric_months``), not a number said of anything."""
    for m, field, _ in reversed(_numeric_dates(text)):
        parts = re.split(r"([./-])", m.group())
        parts[2 * field] = " " * len(parts[2 * field])
        text = text[: m.start()] + "".join(parts) + text[m.end() :]
    return text


def _month_numbers(text: str, lang: str) -> set[int]:
    """The months ``text`` names, or writes in a date in figures."""
    return {m.number for m in months(text, lang)} | {n for _, n in month_words(text)} | _numeric_months(text)


def _date_line(sentence: str, stems: frozenset[str], month_numbers: frozenset[int]) -> bool:
    """Whether a release sentence is only a date ("27/03/2020.", "Le 3 mars 2021 -"): no content
    word, and a date in figures or a named month. A date line dates the whole release: its
    numbers and month are said of what any sentence says. A bare year left by a split ("DÉC.
    2019") is no date line."""
    return not stems and bool(month_numbers) and any(c.isdigit() for c in sentence)


@lru_cache(maxsize=64)
def _support(text: str, lang: str) -> _Support:
    # Each sentence is read once; what the release says anywhere is the union of its sentences
    # (the same sets as reading the whole text: no number, month or word spans a sentence end).
    parts = _sentences(text)
    keys = [frozenset(_number_keys(_counted(ascii_digits(p)), lang)) for p in parts]
    month_numbers = [frozenset(_month_numbers(p, lang)) for p in parts]
    said = [frozenset(words_of(p)) for p in parts]
    stems_of = [_stems(p, lang) for p in parts]
    words = frozenset[str]().union(*said)
    emails, urls, phones = output_contacts(text)
    return _Support(
        text,
        lang,
        frozenset[str]().union(*keys),
        frozenset[int]().union(*month_numbers),
        frozenset(magnitudes(text, lang)),
        frozenset(_days(text, lang)),
        frozenset(emails),
        frozenset(urls),
        frozenset(phones),
        words,
        frozenset(e for w in words for e in translations(w, lang)),
        tuple(_name_runs(text, _names(text, lang, titled=False), lang)),
        tuple(zip(keys, month_numbers, said, stems_of, strict=True)),
        tuple(_date_line(p, stems, m) for p, stems, m in zip(parts, stems_of, month_numbers, strict=True)),
    )


def _unsupported(summary: str, sources: list[tuple[str, str]], lang: str = "fr") -> list[str]:
    """What ``summary`` (language ``lang``) states that no source text (text, language)
    contains: numbers, scale, months, contacts, names."""
    support = [_support(text, text_lang) for text, text_lang in sources]

    def anywhere(field: str) -> set:
        return set().union(*(getattr(s, field) for s in support))

    keys = anywhere("number_keys")
    out = []
    for w, k in numbers(_counted(ascii_digits(summary)), lang):
        if not k & keys:
            out.append(f"number {w!r}")
        elif not any(sup.says(k, context := _context(summary, w, lang), lang) for sup in support):
            out.append(f"number {w!r} beside {', '.join(sorted(context))}")
    out += [f"scale 10^{p}" for p in sorted(magnitudes(summary, lang, bare_only=True) - anywhere("sizes"))]
    have_months = anywhere("months")
    out += [f"date {m.group()!r}" for m, _, n in _numeric_dates(ascii_digits(summary)) if n not in have_months]
    days = anywhere("days")
    for m in months(summary, lang):
        # a day beside a month is a date: one of the release's dates in that month, when it dates it
        given = {d for n, d in days if n == m.number}
        if m.strict and m.day is not None and given and m.day not in given:
            out.append(f"date {m.day} {m.written!r}")
        if m.strict and m.number not in have_months:
            out.append(f"date {m.written!r}")
        elif m.strict and not any(
            sup.says({m.number}, context := _context(summary, m.written, lang), lang, MONTH) for sup in support
        ):
            out.append(f"date {m.written!r} beside {', '.join(sorted(context))}")
    emails, urls, phones = anywhere("emails"), anywhere("urls"), anywhere("phones")
    said = contacts(summary)
    out += [f"e-mail {e!r}" for e in said["emails"] if e.lower() not in emails]
    out += [f"URL {u!r}" for u in said["urls"] if url_key(u) not in urls]
    out += [f"phone {p!r}" for p in said["phones"] if digits_of(p) not in phones]
    text = strip_contacts(summary)
    found = _names(text, lang)
    missing = [s for s in found if not any(sup.has_name(s[2]) for sup in support)]
    out += [f"name {n!r}" for n in labels(group_adjacent(text, missing))]
    out += _misattributed(text, [s for s in found if s not in missing], support, lang)
    return list(dict.fromkeys(out))


_CAPITALISED_BEFORE_RE = re.compile(r"(?:^|(?<=\s))[^\W\d_][\w'’.-]*\s+$")
_CAPITALISED_AFTER_RE = re.compile(r"\s+[^\W\d_][\w'’-]*")


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the capitalised words right before and after it: the whole
    name ("Paul Martin" when only "Martin" is read as one, "Paul" starting the sentence)."""
    while (m := _CAPITALISED_BEFORE_RE.search(text, max(0, start - 80), start)) and m.group()[0].isupper():
        start = m.start()
    while (m := _CAPITALISED_AFTER_RE.match(text, end)) and m.group().lstrip()[0].isupper():
        end = m.end()
    return start, end


def _name_runs(
    text: str, found: list[tuple[int, int, str]], lang: str
) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each run of the names ``found`` in ``text`` ("Marie Dupont"): (its label, its folded words,
    the context stems around it: ``_window`` of the run widened to its capitalised words)."""
    ends = _ends(text)
    return [
        (
            labels([group])[0],
            frozenset(w for _, _, name in group for w in words_of(name)),
            _window(text, *_run(text, group[0][0], group[-1][1]), lang, ends),
        )
        for group in group_adjacent(text, found)
    ]


def _misattributed(text: str, found: list[tuple[int, int, str]], support: list[_Support], lang: str) -> list[str]:
    """A name the release gives, but not with what the summary says of it (a misattribution).
    The content words around a run of names in the summary ("le ministre", "a annoncé") are its
    context, as for a number (``_window``); in a release in the summary's language each run of
    names has its own. A name of the run is misattributed when another run of the release, one
    without it and not wholly in the summary, shares at least ``MIN_SHARED`` words of that context
    and more than the name shares where it stands: beside its own runs, or anywhere in a sentence
    of it (a role the release gives in a long apposition: "le ministre de la Sécurité publique,
    ..., M. Ian Lafrenière"). A name no such release writes, or with no content word around it,
    is read as before (anywhere)."""
    out = []
    said = set(words_of(text))
    same = [sup for sup in support if sup.lang == lang]
    for label, keys, context in _name_runs(text, found, lang):
        for key in sorted(keys) if context else []:
            placed = [sup for sup in same if key in sup.words]
            own = [len(context & stems) for sup in placed for _, words, stems in sup.runs if key in words]
            own += [len(context & s[STEMS]) for sup in placed for s in sup.sentences if key in s[NAME]]
            other = [
                (len(context & stems), theirs)
                for sup in same
                for theirs, words, stems in sup.runs
                if key not in words and words - said
            ]
            shared, theirs = max(other, default=(0, ""))
            if placed and shared >= MIN_SHARED and shared > max(own, default=0):
                out.append(f"name {label!r} beside {', '.join(sorted(context))} (said of {theirs!r})")
                break
    return out


def _names(text: str, lang: str, titled: bool = True) -> list[tuple[int, int, str]]:
    """The names of a summary half: inside its sentences, and, in a source language (not English,
    where the frequency tests do not apply), a sentence's first word that the name check reads as
    a name and that is no common word of the language ("Berne, 3.12.2021 -", not "Questions").
    With ``titled`` (a summary, not its release, which only supports), a capitalised word of a
    title-case sentence is read as a first word is ("Hablar Más Fuerte": "Fuerte" is a word)."""
    inside = names(text, starts=False, lang=lang)
    if lang == "en":
        return inside
    # a word capitalised only as its sentence's first, or in a title-case sentence, is read as a
    # sentence's first word is: a name unless it is a common word of the language
    spans = [(a, b) for a, b in _sentence_spans(text) if titled and _title_case(text[a:b])]
    inside = [
        s for s in inside if not any(a <= s[0] < b for a, b in spans) or zipf(s[2].lower(), lang) < MAX_ZIPF_AT_START
    ]
    first = [s for s in names(text, starts=True, lang=lang) if s not in inside]
    return sorted(inside + [s for s in first if zipf(s[2].lower(), lang) < MAX_ZIPF_AT_START])


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(x for m in _ends(text) for x in (m.start(), m.end())), len(text)]
    return list(zip(bounds[::2], bounds[1::2], strict=True))


def _title_case(sentence: str) -> bool:
    """A sentence in title case ("UNICEF Insta a Hablar Más Fuerte Para Combatir la Violencia"):
    at least ``TITLE_CASE_SHARE`` of its words of four letters or more after the first are
    capitalised, and at least four are. Its capitals say nothing of what is a name."""
    words = [w for w in sentence.split()[1:] if _CONTENT_RE.match(w.lstrip("\"'“«¿¡(#"))]
    capitalised = sum(w.lstrip("\"'“«¿¡(#")[0].isupper() for w in words)
    return capitalised >= 4 and capitalised >= TITLE_CASE_SHARE * len(words)


def _check_summary_text(
    text: str | None, sources: list[tuple[str, str]], max_words: int, lang: str = "fr"
) -> list[Flag]:
    if not text or not text.strip():
        return [flag("summary_empty", "summary is empty")]
    flags = []
    n_words = len(text.split())
    if n_words > max_words:
        flags.append(flag("summary_too_long", f"{n_words} words, over the {max_words}-word limit"))
    unsupported = _unsupported(text, [s for s in sources if s[0]], lang)
    if unsupported:
        flags.append(flag("summary_unsupported", ", ".join(unsupported) + " not in the source"))
    return flags


def check_summary(
    summary: dict[str, Any] | str,
    source_text: str,
    translation_text: str = "",
    *,
    max_words: int = 80,
    lang: str = "fr",
) -> list[Flag]:
    """Flag a summary: empty (``summary_empty``), over ``max_words`` words
    (``summary_too_long``), or stating a number, date, e-mail or name that its source
    does not (``summary_unsupported``).

    ``summary`` is the summary dict (its source-language half, ``record.summary_source``, is
    checked against ``source_text``, the source body in ``lang``; its "en" half against the source
    or ``translation_text``; details start with the half's language, "fr: " / "en: ") or one
    summary text checked against ``source_text`` alone, both in ``lang``. Numbers, scale words
    and months are read with each text's language.
    """
    if isinstance(summary, str):
        return _check_summary_text(summary, [(source_text, lang)], max_words, lang)
    lang = summary_language(summary, lang)
    flags = []
    halves = (
        (lang, summary_source(summary), [(source_text, lang)]),
        ("en", summary.get("en"), [(translation_text, "en"), (source_text, lang)]),
    )
    for half_lang, text, sources in halves:
        if text is not None:
            for f in _check_summary_text(text, sources, max_words, half_lang):
                flags.append(flag(f["code"], f"{half_lang}: {f['detail']}", f.get("severity")))
    return flags
