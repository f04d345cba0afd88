"""Constrained decoding: each placeholder of a masked sentence comes out exactly once. On the
transformers backend :class:`KeepPlaceholders` makes the decoder write it; on CTranslate2 a
dropped one is put back where the decoder attended (:func:`insertion_point`)."""

from __future__ import annotations

from typing import Any

from summarise.models.placeholders import PLACEHOLDER, PLACEHOLDER_RE, SHAPES, placeholder_numbers


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
