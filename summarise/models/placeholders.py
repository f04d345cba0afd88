"""Protected spans as placeholders: :func:`mask` replaces every protected span of a sentence
(an e-mail, URL or phone number, a number with its unit where configured, a glossary term) by
a numbered placeholder before it goes into the model; :func:`restore` puts back the original
bytes (a "keep" term, a contact) or the glossary's English, and returns a ``critical`` flag for
a placeholder the model dropped or repeated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from summarise.config import SpanKind
from summarise.models.glossary import Glossary
from summarise.quality.checks import flag  # the severity of each code is the checks' (checks.SEVERITY)
from summarise.text.patterns import EMAIL, PHONE, URL, URL_TRAIL, is_phone

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


def placeholder_numbers(text: str) -> list[int]:
    """The numbers of the placeholders in ``text``, in order, repeats included."""
    return [int(m.group(1)) for m in PLACEHOLDER_RE.finditer(text)]
