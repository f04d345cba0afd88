"""Generator B's negation classes: the output's negation dropped, or one added."""

from __future__ import annotations

import random
import re

from benchmarks.generator_b.text import at_sentence_start, replace_span, same_case, tidy

NEGATION_RE = re.compile(
    r"\b(?:not|never|no|none|nothing|nobody|nowhere|neither|nor|without|cannot)\b|n['’]t\b", re.IGNORECASE
)
CONTRACTED_BASE = {"ca": "can", "wo": "will", "sha": "shall"}
NOT_KEPT_AFTER = re.compile(r"\s+(?:only|just|least|to mention|necessarily only)\b", re.IGNORECASE)
NO_KEPT_BEFORE = re.compile(r"\s+(?:more|less|matter|doubt|sooner|fewer)\b|\.", re.IGNORECASE)


def negation_count(text: str) -> int:
    """Negations in ``text``; "neither ... nor" counts once."""
    words = [w.lower() for w in NEGATION_RE.findall(text)]
    return len(words) - (1 if "neither" in words and "nor" in words else 0)


def _positive(text: str, m: re.Match) -> str | None:
    """``text`` with the negation at ``m`` taken out or turned positive, or None where that
    would not read as a plain positive statement."""
    word, low = m.group(), m.group().lower()
    after = text[m.end() :]
    if low in ("n't", "n’t"):  # "doesn't" -> "does", "can't" -> "can", "won't" -> "will"
        start = re.search(r"\w*$", text[: m.start()]).start()
        base = text[start : m.start()]
        return replace_span(text, start, m.end(), same_case(CONTRACTED_BASE.get(base.lower(), base), base))
    if low == "cannot":
        return replace_span(text, m.start(), m.end(), same_case("can", word))
    if low == "not":
        if NOT_KEPT_AFTER.match(after) or re.search(r"\b(?:or|if|whether)\s+$", text[: m.start()], re.IGNORECASE):
            return None
        if re.match(r"\s+yet\b", after):
            return tidy(replace_span(text, m.start(), m.end() + len(re.match(r"\s+yet", after).group()), "already"))
        return tidy(replace_span(text, m.start(), m.end(), ""))
    if low == "never":
        if at_sentence_start(text, m.start()):
            return None  # "Never has ..." needs the word order changed
        return tidy(replace_span(text, m.start(), m.end(), ""))
    if low == "no":
        if re.match(r"\s+longer\b", after):
            return replace_span(
                text, m.start(), m.end() + len(re.match(r"\s+longer", after).group()), same_case("still", word)
            )
        if re.match(r"\s+one\b", after):
            return replace_span(
                text, m.start(), m.end() + len(re.match(r"\s+one", after).group()), same_case("someone", word)
            )
        if NO_KEPT_BEFORE.match(after) or not re.match(r"\s+[a-z]", after):
            return None
        return replace_span(text, m.start(), m.end(), same_case("some", word))
    if low == "none":
        if not re.match(r"\s+of\b", after):
            return None
        return replace_span(text, m.start(), m.end(), same_case("all", word))
    if low in ("nothing", "nobody", "nowhere"):
        return replace_span(text, m.start(), m.end(), same_case("some" + low[2:], word))
    if low == "without":
        return replace_span(text, m.start(), m.end(), same_case("with", word))
    return None  # a lone "nor" (or "neither" without its "nor") reads wrong once removed


def negation_dropped(tgt: str, src: str, rng: random.Random) -> str | None:
    """The output's one negation removed or turned positive: "did not" -> "did", "isn't" ->
    "is", "cannot" -> "can", "never" removed, "no longer" -> "still", "no" -> "some",
    "nothing" -> "something", "without" -> "with", "neither A nor B" -> "both A and B".
    Only where the output holds exactly one negation (two could cancel out)."""
    if negation_count(tgt) != 1:
        return None
    both = re.search(r"\b(neither)\b(.+?)\b(nor)\b", tgt, re.IGNORECASE)
    if both:
        text = replace_span(tgt, both.start(3), both.end(3), same_case("and", both.group(3)))
        return replace_span(text, both.start(1), both.end(1), same_case("both", both.group(1)))
    return _positive(tgt, NEGATION_RE.search(tgt))


AUXILIARY_RE = re.compile(r"\b(is|are|was|were|will|can|has|have|had|would|should|could|must|may|does|did)\b")
NOT_A_VERB_AFTER = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|it|"
    r"them|him|me|us|so|what|to)\b|[,.;:]",
    re.IGNORECASE,
)
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|free|own|good|political)\s+$", re.IGNORECASE)
PARTICIPLE = re.compile(
    r"\s+(?:(?:\w+ly|already|also|just|since|still|ever|now|recently)\s+)?"
    r"(?:been|\w{2,}ed|known|taken|given|written|shown|seen|done|gone|grown|drawn|thrown|flown|"
    r"broken|chosen|spoken|stolen|frozen|fallen|eaten|beaten|forgotten|hidden|driven|risen|begun|"
    r"run|won|lost|made|said|had|found|left|put|set|built|told|held|paid|sent|kept|brought|bought|"
    r"thought|taught|caught|fought|sought|spent|hit|cut|become|come|led|met|read|struck|fled|sold|"
    r"got|gotten|felt|heard|meant|understood|stood|let|shut|spread|hurt|cost|dealt|lent|shot|lit|"
    r"fed|laid|spun|stuck|hung|dug)\b"
)


def negation_added(tgt: str, src: str, rng: random.Random) -> str | None:
    """ "not" after the first auxiliary or modal of an output with no negation ("was
    elected" -> "was not elected", "can" -> "cannot"). "have / has / had" count only before
    a past participle, "does / did" only before a verb, "can / will" not as nouns."""
    if negation_count(tgt):
        return None
    for m in AUXILIARY_RE.finditer(tgt):
        word, after, before = m.group(1), tgt[m.end() :], tgt[: m.start()]
        if word in ("has", "have", "had") and not PARTICIPLE.match(after):
            continue
        if word in ("does", "did") and (NOT_A_VERB_AFTER.match(after) or not re.match(r"\s+[a-z]", after)):
            continue
        if word in ("can", "will", "may") and NOUN_BEFORE.search(before):
            continue
        if re.match(r"\s*[,.;:!?)]", after) or not after.strip():
            continue  # "..., as it is." / "that is,"
        if word == "can":
            return replace_span(tgt, m.start(), m.end(), "cannot")
        return replace_span(tgt, m.end(), m.end(), " not")
    return None
