"""Terminology that holds: protected spans, the glossary, and their checks.

Before a sentence goes into the model, :func:`mask` replaces every protected span (an
e-mail, URL or phone number, a number with its unit where configured, a glossary term)
by a placeholder; after, :func:`restore` puts back the original bytes (a "keep" term,
a contact) or the glossary's English, and returns a ``critical`` flag for a placeholder
the model dropped or repeated. On the transformers backend, :class:`KeepPlaceholders`
makes the decoder write each placeholder exactly once (constrained decoding).
:func:`check_glossary` flags a required English term missing from an output.

A glossary is a TSV file, one entry a line, ``French<TAB>English``; an empty English
column means "keep as it is". Matching knows French elision and capitalisation: the
entry ``OIM`` matches ``l'OIM`` and ``L’OIM``; ``directrice générale`` matches
``Directrice générale``; an all-capitals word (an acronym) matches only in capitals.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from summarise.config import SpanKind
from summarise.errors import UserError
from summarise.quality.checks import flag  # the severity of each code is the checks' (checks.SEVERITY)
from summarise.store.memory import Memory
from summarise.text.patterns import EMAIL, PHONE, URL, URL_TRAIL, is_phone
from summarise.text.segment import paragraphs, split_sentences

# The kinds of span ``translate.protect`` may name.
SPAN_KINDS: tuple[str, ...] = get_args(SpanKind)

# The placeholder that stands for span n. Letters and digits every sentencepiece vocabulary
# holds, so it tokenises without <unk> and decodes back to itself; measured against other
# shapes in benchmarks/placeholders.py.
PLACEHOLDER = "QQ{n}QQ"
PLACEHOLDER_RE = re.compile(r"QQ(\d{1,3})QQ")
# What is left of a placeholder the decoder began and did not finish.
_FRAGMENT = re.compile(r"(?<!\w)QQ\d{0,3}Q?(?!\w)")
# Other shapes compared by the benchmark (format, pattern).
SHAPES = {
    "QQ{n}QQ": PLACEHOLDER_RE,
    "__{n}__": re.compile(r"__(\d{1,3})__"),
    "@{n}@": re.compile(r"@(\d{1,3})@"),
    "PH{n}": re.compile(r"PH(\d{1,3})(?!\d)"),
    "⟦{n}⟧": re.compile(r"⟦(\d{1,3})⟧"),
    "[{n}]": re.compile(r"\[(\d{1,3})\]"),
}

# A number with its unit: "25 %", "3,5 km", "120 km²", "40 °C", "2 MW". Off by default
# (translate.protect = [..., "unit"]): the English then keeps the French decimal comma.
UNIT_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?[ \u00a0\u202f]?"
    r"(?:%|‰|km²|km/h|km|m²|m³|kg|mg|ha|°C|kWh|kW|MW|GW|mm|cm)(?![\w²³])"
)
APOSTROPHES = "'’"
# An acronym: an all-capitals word of two letters or more; it matches only in capitals.
_ACRONYM = re.compile(r"^[^\W\d_a-zà-ÿ]{2,}$")
_WORDS = re.compile(r"(\w+)")


class GlossaryError(UserError):
    """A glossary file is missing or malformed; the message names the file and line."""


# --- the glossary ------------------------------------------------------------------------


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


def load_glossary(path: str | Path) -> Glossary:
    """Read a ``French<TAB>English`` TSV (UTF-8; ``#`` starts a comment line; columns after
    the second are ignored). Raises GlossaryError naming the file and line of a bad entry."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: glossary file not found (translate.glossary)") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: the glossary is not UTF-8 text; save it as UTF-8") from None
    entries: dict[str, tuple[int, Entry]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise GlossaryError(
                f"{path} line {n}: no tab between the French and the English "
                f"({line.strip()!r}); write French<TAB>English, or French<TAB> to keep it as is"
            )
        french, english = (c.strip() for c in line.split("\t")[:2])
        if not french:
            raise GlossaryError(f"{path} line {n}: the French column is empty")
        key = _key(french)
        if key in entries and entries[key][1].english != english:
            raise GlossaryError(
                f"{path} line {n}: {french!r} is already on line {entries[key][0]} "
                f"with another English ({entries[key][1].english!r})"
            )
        entries[key] = (n, Entry(french, english))
    return Glossary([e for _, e in entries.values()], str(path))


# --- protected spans ----------------------------------------------------------------------


@dataclass
class Span:
    kind: str  # one of SPAN_KINDS
    source: str  # the text as written in the French
    target: str  # what the English gets: the same bytes, or the glossary's English
    term: str = ""  # the glossary entry's French, for glossary spans


@dataclass
class Masked:
    text: str  # what the model sees
    spans: list[Span] = field(default_factory=list)  # span n-1 is placeholder n


def _urls(text: str) -> list[tuple[int, int]]:
    out = []
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in URL_TRAIL:
            end -= 1
        out.append((m.start(), end))
    return out


def find_spans(text: str, protect: list[str], glossary: Glossary | None) -> list[tuple[int, int, Span]]:
    """The protected spans of ``text`` (no two overlap; earlier kinds win), in order."""
    found: list[tuple[int, int, Span]] = []

    def add(start: int, end: int, span: Span) -> None:
        if start < end and all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, span))

    def add_all(kind: str, positions: list[tuple[int, int]]) -> None:
        if kind in protect:
            for start, end in positions:
                add(start, end, Span(kind, text[start:end], text[start:end]))

    add_all("email", [m.span() for m in EMAIL.finditer(text)])
    add_all("url", _urls(text))  # before phones: a URL's digits are not a phone number
    add_all(
        "phone", [(m.start(), m.start() + len(m.group().rstrip())) for m in PHONE.finditer(text) if is_phone(m.group())]
    )
    add_all("unit", [m.span() for m in UNIT_RE.finditer(text)])
    if "glossary" in protect and glossary is not None:
        for start, end, entry in glossary.find(text):
            add(start, end, Span("glossary", text[start:end], entry.english or text[start:end], entry.french))
    return sorted(found, key=lambda t: t[0])


def mask(text: str, protect: list[str], glossary: Glossary | None = None, shape: str = PLACEHOLDER) -> Masked:
    """``text`` with each protected span replaced by a numbered placeholder. A sentence that
    already holds something shaped like a placeholder is left as it is (nothing to confuse)."""
    if SHAPES[shape].search(text):
        return Masked(text)
    spans = find_spans(text, protect, glossary)
    if not spans:
        return Masked(text)
    parts, last = [], 0
    for n, (start, end, _) in enumerate(spans, 1):
        parts += [text[last:start], shape.format(n=n)]
        last = end
    parts.append(text[last:])
    return Masked("".join(parts), [span for _, _, span in spans])


def restore(
    output: str, masked: Masked, placed: tuple[int, ...] = (), shape: str = PLACEHOLDER
) -> tuple[str, list[dict[str, str]]]:
    """The model's ``output`` with each placeholder replaced by its span's text, a
    ``critical`` flag for each placeholder the model dropped or wrote more than once, and a
    ``note`` for each one in ``placed`` (put back by the decoding constraint where the
    decoder looked: its place is worth a glance)."""
    if not masked.spans:
        return output, []
    counts = [0] * len(masked.spans)

    def put_back(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(masked.spans):
            return m.group()  # not one of ours: left for the reviewer to see
        counts[n - 1] += 1
        return masked.spans[n - 1].target

    if shape == PLACEHOLDER:  # a placeholder begun but not finished ("QQ8Q" at the limit)
        output = " ".join(_FRAGMENT.sub("", output).split())
    text = SHAPES[shape].sub(put_back, output)
    flags = []
    for span, count in zip(masked.spans, counts):
        what = f"{span.source!r} ({span.kind})"
        if count == 0:
            flags.append(
                flag(
                    "placeholder_lost", f"{what} was dropped by the model: it is not in the output; put it back by hand"
                )
            )
        elif count > 1:
            flags.append(flag("placeholder_duplicated", f"{what} came out {count} times"))
    for n in dict.fromkeys(placed):
        if 1 <= n <= len(masked.spans) and counts[n - 1] == 1:
            span = masked.spans[n - 1]
            flags.append(
                flag(
                    "placeholder_placed",
                    f"{span.source!r} ({span.kind}) was dropped by the "
                    "model and put back where it attended: check its place",
                )
            )
    return text, flags


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


# --- constrained decoding (transformers backend) ------------------------------------------


class KeepPlaceholders:
    """A logits processor for ``generate()``: each placeholder of a row's source comes out
    exactly once. A placeholder the decoder has begun is finished; when a row would end
    (its end token scores highest) or only just room is left for the missing placeholders,
    the next missing one is begun; one that is out is not begun again.

    ``required[b]`` holds the token ids of each placeholder of source row ``b``; rows of
    ``input_ids`` are ``b * num_beams + beam`` (how generate() lays out beams)."""

    def __init__(
        self, required: list[list[list[int]]], num_beams: int, eos_id: int, max_new_tokens: int, prefix: int = 1
    ):
        self.required, self.num_beams, self.eos_id = required, num_beams, eos_id
        self.max_new_tokens, self.prefix = max_new_tokens, prefix
        self._begun: set[tuple[int, ...]] = set()  # prefixes right after a forced first token
        # For each source row, the indexes (into required[b]) of the placeholders begun by
        # force in any of its beams: the model would have left them out.
        self.forced: list[set[int]] = [set() for _ in required]
        self.numbers: list[list[int]] = []  # each row's placeholder numbers, as in required

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        length = input_ids.shape[1]
        if length < self.prefix:
            return scores
        left = self.max_new_tokens - (length - 1)  # tokens still allowed, the end token among them
        best = scores.argmax(dim=-1).tolist()
        rows = input_ids.tolist()  # one copy from the device per step, not one per row
        for row, ids in enumerate(rows):
            needs = self.required[row // self.num_beams]
            if needs:
                token = self._next(ids, needs, best[row], left, self.forced[row // self.num_beams])
                if token is not None:
                    keep = scores[row, token].clone()
                    scores[row] = float("-inf")
                    scores[row, token] = keep if keep > float("-inf") else 0.0
        return scores

    def _next(self, ids: list[int], needs: list[list[int]], best: int, left: int, forced: set[int]) -> int | None:
        out = ids[self.prefix :]
        missing = [seq for seq in needs if not _contains(out, seq)]
        for seq in missing:  # finish a placeholder already begun
            for j in range(len(seq) - 1, 0, -1):
                if out[-j:] == seq[:j] and (j >= 2 or tuple(ids) in self._begun):
                    return seq[j]
        if not missing:
            return None
        if best == self.eos_id or left - 1 <= sum(map(len, missing)):
            self._begun.add(tuple(ids) + (missing[0][0],))
            forced.add(needs.index(missing[0]))
            return missing[0][0]
        return None


def _contains(ids: list[int], seq: list[int]) -> bool:
    n = len(seq)
    return any(ids[i : i + n] == seq for i in range(len(ids) - n + 1))


def placeholder_tokens(tokenizer: Any, sources: list[str], shape: str = PLACEHOLDER) -> list[list[list[int]]]:
    """For each source sentence, the target-side token ids of each placeholder it holds."""
    cache: dict[str, list[int]] = {}
    out = []
    for text in sources:
        found = [m.group() for m in SHAPES[shape].finditer(text)]
        for ph in found:
            if ph not in cache:
                cache[ph] = word_tokens(tokenizer, ph, target=True)
        out.append([cache[ph] for ph in dict.fromkeys(found)])
    return out


def placeholder_numbers(text: str) -> list[int]:
    """The numbers of the placeholders in ``text``, in order, repeats included."""
    return [int(m.group(1)) for m in PLACEHOLDER_RE.finditer(text)]


def source_positions(tokenizer: Any, row: list[int], text: str, number: int) -> list[int]:
    """Where placeholder ``number`` sits among the source tokens ``row`` of ``text``: the
    positions of its tokens, or (tokenised another way in context) the one token at the same
    share of the sentence."""
    seq = word_tokens(tokenizer, PLACEHOLDER.format(n=number))
    # After an apostrophe ("L’QQ1QQ") the word-start piece is not there: look for the rest.
    for want in (seq, seq[1:]):
        for i in range(len(row) - len(want) + 1):
            if want and row[i : i + len(want)] == want:
                return list(range(i, i + len(want)))
    at = text.find(PLACEHOLDER.format(n=number))
    share = at / max(1, len(text)) if at >= 0 else 1.0
    return [min(len(row) - 1, int(share * len(row)))]


def word_tokens(tokenizer: Any, word: str, target: bool = False) -> list[int]:
    """The token ids of ``word`` as it comes after a space inside a sentence, source side or
    (``target``) target side."""
    side = "text_target" if target else "text"
    ids = tokenizer(**{side: f"x {word}"}, add_special_tokens=False)["input_ids"]
    lone = tokenizer(**{side: "x"}, add_special_tokens=False)["input_ids"]
    return ids[len(lone) :] if ids[: len(lone)] == lone else ids


def insertion_point(tokens: list[str], attention: list[list[float]], positions: list[int], floor: int) -> int:
    """Where a placeholder the decoder dropped goes back in its output ``tokens``: before the
    output token that attended most to the placeholder's source ``positions`` (``attention``
    is one row per output token), moved back to the start of its word, never before ``floor``."""
    steps = range(floor, min(len(tokens), len(attention)))
    if not steps:
        return max(floor, min(len(tokens), floor))
    best = max(steps, key=lambda t: sum(attention[t][p] for p in positions if p < len(attention[t])))
    while best > floor and not tokens[best].startswith("\u2581"):
        best -= 1
    return best


def constraint_for(
    tokenizer: Any, rows: list[list[int]], num_beams: int, max_new_tokens: int, prefix: int = 1
) -> KeepPlaceholders | None:
    """A KeepPlaceholders for a batch of source rows, or None when no row holds a placeholder."""
    sources = [tokenizer.decode(row, skip_special_tokens=True) for row in rows]
    if not any(PLACEHOLDER_RE.search(s) for s in sources):
        return None
    required = placeholder_tokens(tokenizer, sources)
    keep = KeepPlaceholders(required, num_beams, tokenizer.eos_token_id, max_new_tokens, prefix)
    keep.numbers = [list(dict.fromkeys(placeholder_numbers(s))) for s in sources]
    return keep


def forced_numbers(keep: KeepPlaceholders | None, row: int) -> tuple[int, ...]:
    """The placeholders of source ``row`` that ``keep`` had to begin (from constraint_for)."""
    if keep is None:
        return ()
    return tuple(keep.numbers[row][i] for i in sorted(keep.forced[row]))


# --- what the translate stage holds ---------------------------------------------------------


@dataclass
class Terms:
    """The protection and glossary of a run, and its translation memory."""

    protect: list[str]
    glossary: Glossary | None = None
    memory: Any = None  # a memory.Memory, or None

    def signature(self) -> str:
        """The run's part: which kinds of span are protected. What the glossary and the memory
        hold for one document is in :meth:`document_part`, so a change redoes only the
        documents it touches."""
        return f"protect:{','.join(sorted(self.protect)) or 'none'}"

    def document_part(self, title: str, text: str) -> str:
        """A short hash of the glossary entries found in a document and of the memory's
        entries for its sentences ("" when neither holds anything for it)."""
        found: list[str] = []
        if self.glossary is not None:
            entries = {entry for block in (title, text) for _, _, entry in self.glossary.find(block or "")}
            found += sorted(f"g\t{e.french}\t{e.english}" for e in entries)
        if self.memory is not None and self.memory.by_src:
            for block in [title or ""] + paragraphs(text):
                for sentence in split_sentences(block):
                    hit = self.memory.lookup(sentence)
                    if hit is not None:
                        found.append(f"m\t{sentence}\t{hit['tgt']}")
        if not found:
            return ""
        return hashlib.sha256("\n".join(found).encode("utf-8")).hexdigest()[:8]

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"protect": list(self.protect), "glossary": None, "memory": None}
        if self.glossary is not None:
            info["glossary"] = {
                "path": self.glossary.path,
                "hash": self.glossary.hash(),
                "entries": len(self.glossary.entries),
            }
        if self.memory is not None:
            info["memory"] = self.memory.info()
        return info

    def prepare(self, segments: list[dict]) -> list[tuple[dict, Masked]]:
        """Fill segments the memory knows (``from_memory``); mask the others' French.
        Returns (segment, masked) for the segments the model must translate."""
        todo = []
        for seg in segments:
            hit = self.memory.lookup(seg["src"]) if self.memory is not None else None
            if hit is not None:
                seg.update(
                    tgt=hit["tgt"], from_memory=True, reviewed_by=hit.get("by") or "", reviewed_at=hit.get("at") or ""
                )
            else:
                todo.append((seg, mask(seg["src"], self.protect, self.glossary)))
        return todo

    def finish(self, seg: dict, masked: Masked, output: str, placed: tuple[int, ...] = ()) -> None:
        """Set the segment's English from the model's output, with the flags of its spans
        (``placed``: the placeholders the decoder dropped and was made to write back)."""
        seg["tgt"], flags = restore(output, masked, placed)
        flags += check_glossary(seg["src"], seg["tgt"], self.glossary)
        seg.setdefault("flags", []).extend(flags)


def load_terms(cfg: Any, memory_path: str | Path | None) -> Terms:
    """The Terms a translate section asks for (GlossaryError for a bad glossary file)."""
    glossary = load_glossary(cfg.glossary) if cfg.glossary else None
    memory = Memory.load(memory_path) if memory_path else None
    return Terms(list(cfg.protect), glossary, memory)
