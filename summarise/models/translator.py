"""The translator classes: one loaded model and how it decodes, on transformers (generate() on
token-budget batches) or CTranslate2 (its own batching, with constrained placeholders put back).
``translate.load_translator`` builds them; ``Translator.translate(sentences)`` is the entry point.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarise.models.constraint import constraint_for, forced_numbers, insertion_point, source_positions, word_tokens
from summarise.models.conversion import signed_revision
from summarise.models.placeholders import PLACEHOLDER, PLACEHOLDER_RE, placeholder_numbers
from summarise.models.runtime import halve_on_oom, spread_budget, token_batches
from summarise.models.terms import Terms
from summarise.record import Record, document_language
from summarise.text.segment import split_long

# Distinct sentences remembered by one run of the stage (titles, boilerplate, repeated
# paragraphs of an archive); about 40 MB at most.
MEMO_SIZE = 100_000


def _stats() -> dict[str, Any]:
    return {
        "tokens_in": 0,
        "tokens_out": 0,
        "sentences": 0,
        "reused": 0,
        "rows_done": 0,
        "batches": 0,
        "oom_splits": 0,
        "seconds": 0.0,
    }


class Decoded(str):
    """An output text that also says how it was decoded: its output token count and
    whether the decoder stopped at ``max_new_tokens`` (a str everywhere else)."""

    out_tokens: int = 0
    hit_limit: bool = False
    placed: tuple[int, ...] = ()  # placeholders the decoder dropped and was made to write

    @classmethod
    def of(cls, text: str, out_tokens: int, hit_limit: bool, placed: tuple[int, ...] = ()) -> Decoded:
        out = cls(text)
        out.out_tokens, out.hit_limit, out.placed = int(out_tokens), bool(hit_limit), tuple(placed)
        return out


@dataclass
class Translator:
    """A loaded model and how it decodes; ``translate(sentences)`` is the one entry point."""

    model_id: str
    path: str
    revision: str | None
    family: str
    backend: str
    device: str
    dtype: str
    num_beams: int
    max_new_tokens: int
    max_input_tokens: int
    batch_tokens: int
    max_batch_size: int
    tokenizer: Any
    model: Any
    forced_bos: str | None = None
    threads: int = 0
    backend_reason: str = ""
    memo: dict[str, Any] | None = None
    on_batch: Callable[[], None] | None = None  # called after each batch (the progress bar)
    stats: dict[str, Any] = field(default_factory=_stats)
    terms: Terms | None = None  # protected spans, glossary, memory (summarise/terms.py)
    source_lang: str | None = None  # the language it translates (None: whatever it is given)
    # A many-to-one model's source code for that language (es_XX, spa_Latn): one model, a
    # translator per language sharing it (routing.py); None: the tokenizer's own setting.
    src_code: str | None = None

    def pick(self, record: Record) -> Translator | None:
        """The translator for ``record`` (itself, if it translates the record's language)."""
        lang = document_language(record, self.source_lang or "fr")
        return self if self.source_lang is None or lang == self.source_lang else None

    def refusal(self, record: Record) -> str:
        lang = document_language(record, self.source_lang or "fr")
        return (
            f"no model translates {lang} (detected language); this translator reads "
            f"{self.source_lang}: set translate.models.{lang} or translate.fallback"
        )

    def _source(self) -> Any:
        if self.src_code is not None and getattr(self.tokenizer, "src_lang", None) != self.src_code:
            self.tokenizer.src_lang = self.src_code
        return self.tokenizer

    def count_tokens(self, text: str) -> int:
        """Source tokens of ``text`` with the model's special tokens (what its limit counts)."""
        return len(self._source()(text)["input_ids"])

    def translate(self, sentences: list[str]) -> list[str]:
        """Translations in input order; an over-long sentence is cut and its parts rejoined.
        Each distinct sentence goes to the model once per call, and once per run of the
        stage (``memo``, which the stage holds while it runs)."""
        started = time.perf_counter()
        memo = {} if self.memo is None else self.memo
        keys = [sentence.strip() for sentence in sentences]
        fresh = [key for key in dict.fromkeys(keys) if key and key not in memo]
        for key, text in zip(fresh, self._translate_distinct(fresh)):
            if len(memo) >= MEMO_SIZE:
                memo.pop(next(iter(memo)))
            memo[key] = text
        self.stats["sentences"] += len(sentences)
        self.stats["reused"] += sum(1 for key in keys if key) - len(fresh)
        self.stats["seconds"] += time.perf_counter() - started
        return [memo[key] if key else "" for key in keys]

    def _translate_distinct(self, sentences: list[str]) -> list[str]:
        owners = list(range(len(sentences)))
        rows = self._encode(sentences) if sentences else []
        owners, rows = self._fit_limit(owners, rows, sentences)
        self.stats["tokens_in"] += sum(map(len, rows))
        outputs = self._translate_ids(rows) if rows else []
        joined: list[list[str]] = [[] for _ in sentences]
        for index, text in zip(owners, outputs):
            joined[index].append(text)
        return [
            Decoded.of(
                " ".join(parts),
                sum(getattr(p, "out_tokens", 0) for p in parts),
                any(getattr(p, "hit_limit", False) for p in parts),
                tuple(n for p in parts for n in getattr(p, "placed", ())),
            )
            for parts in joined
        ]

    def _fit_limit(
        self, owners: list[int], rows: list[list[int]], sentences: list[str]
    ) -> tuple[list[int], list[list[int]]]:
        """Cut the (rare) rows over the model's input limit into pieces that fit."""
        if all(len(row) <= self.max_input_tokens for row in rows):
            return owners, rows
        fit_owners, fit_rows = [], []
        for owner, row in zip(owners, rows):
            if len(row) <= self.max_input_tokens:
                fit_owners.append(owner)
                fit_rows.append(row)
                continue
            pieces = split_long(sentences[owner].strip(), self.count_tokens, self.max_input_tokens)
            fit_owners += [owner] * len(pieces)
            fit_rows += self._encode(pieces)
        return fit_owners, fit_rows

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        raise NotImplementedError

    def _batch_done(self, rows: int) -> None:
        self.stats["batches"] += 1
        self.stats["rows_done"] += rows
        if self.on_batch is not None:
            self.on_batch()

    def _encode(self, pieces: list[str]) -> list[list[int]]:
        return self._source()(pieces)["input_ids"]

    def _decode(self, ids) -> str:
        return self.tokenizer.decode(ids, skip_special_tokens=True).strip()

    def signature(self) -> str:
        name = self.model_id.rstrip("/").split("/")[-1]
        return (
            f"model:{name}@{signed_revision(self.model_id, self.revision)}|backend:{self.backend}"
            f"|beam:{self.num_beams}|dtype:{self.dtype}"
            + (f"|src:{self.src_code}" if self.src_code else "")
            + (f"|{self.terms.signature()}" if self.terms else "")
        )

    def info(self) -> dict[str, Any]:
        return {
            "model": self.model_id,
            "revision": self.revision,
            "path": self.path,
            "family": self.family,
            "backend": self.backend,
            "device": self.device,
            "dtype": self.dtype,
            "num_beams": self.num_beams,
            "max_new_tokens": self.max_new_tokens,
            "max_input_tokens": self.max_input_tokens,
            "batch_tokens": self.batch_tokens,
            "threads": self.threads,
            "backend_reason": self.backend_reason,
            "source_lang": self.source_lang,
            "src_code": self.src_code,
            "terms": self.terms.info() if self.terms else None,
        }


class TransformersTranslator(Translator):
    """generate() on token-budget batches, longest first; CUDA out-of-memory halves a batch."""

    def _translate_ids(self, ids: list[list[int]]) -> list[str]:
        results: list[str] = [""] * len(ids)
        for batch in token_batches([len(row) for row in ids], self.batch_tokens, self.max_batch_size):
            for index, text in zip(batch, self._generate_halving([ids[i] for i in batch])):
                results[index] = text
        return results

    def _generate_halving(self, rows: list[list[int]]) -> list[str]:
        return halve_on_oom(self._generate, rows, self._count_split)

    def _count_split(self) -> None:
        self.stats["oom_splits"] += 1

    def _generate(self, rows: list[list[int]]) -> list[str]:
        import torch

        batch = self.tokenizer.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
        kwargs: dict[str, Any] = {"num_beams": self.num_beams, "max_new_tokens": self.max_new_tokens}
        if self.forced_bos:
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.forced_bos)
        # Each placeholder of a masked sentence comes out exactly once (constraint.py).
        keep = constraint_for(
            self.tokenizer, rows, self.num_beams, self.max_new_tokens, prefix=2 if self.forced_bos else 1
        )
        if keep is not None:
            kwargs["logits_processor"] = [keep]
        with torch.inference_mode():
            out = self.model.generate(**batch, **kwargs)
        self._batch_done(len(rows))
        # Generated tokens without the start, padding and end tokens (as ctranslate2 counts).
        body = out[:, 1:]
        kept = (body != self.tokenizer.pad_token_id) & (body != self.tokenizer.eos_token_id)
        self.stats["tokens_out"] += int(kept.sum())
        # Stopped at the limit: no end token, or the one generate() forces at the last step.
        is_eos = body == self.tokenizer.eos_token_id
        first_eos = torch.where(is_eos.any(dim=1), is_eos.int().argmax(dim=1), body.shape[1])
        hit = first_eos >= self.max_new_tokens - 1
        return [
            Decoded.of(self._decode(row), int(n), bool(h), forced_numbers(keep, b))
            for b, (row, n, h) in enumerate(zip(out, kept.sum(dim=1), hit))
        ]


class CTranslate2Translator(Translator):
    """ctranslate2.Translator.translate_batch: it batches by tokens itself. The rows go in
    longest first, in chunks of ``CHUNK_ROWS`` (many batches each, so every thread stays
    busy), and the progress bar hears of each chunk."""

    CHUNK_ROWS = 512

    def _translate_ids(self, rows: list[list[int]]) -> list[str]:
        order = sorted(range(len(rows)), key=lambda i: -len(rows[i]))
        results: list[str] = [""] * len(rows)
        for start in range(0, len(order), self.CHUNK_ROWS):
            chunk = order[start : start + self.CHUNK_ROWS]
            for index, text in zip(chunk, self._translate_chunk([rows[i] for i in chunk])):
                results[index] = text
            self._batch_done(len(chunk))
        return results

    def _translate_chunk(self, rows: list[list[int]]) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in rows]
        prefix = [[self.forced_bos] for _ in tokens] if self.forced_bos else None
        results = self.model.translate_batch(
            tokens,
            target_prefix=prefix,
            beam_size=self.num_beams,
            # generate() counts the end token in max_new_tokens; ctranslate2 does not.
            max_decoding_length=max(1, self.max_new_tokens - 1),
            max_batch_size=self._budget(tokens),
            batch_type="tokens",
            max_input_length=0,
            return_end_token=True,  # its absence says the decoder stopped at the limit
        )
        hypotheses = [result.hypotheses[0] for result in results]
        placed = self._put_back_placeholders(rows, tokens, hypotheses)
        outputs: list[str] = []
        for hypothesis, numbers in zip(hypotheses, placed):
            body = self._strip_end(hypothesis)
            ended, hypothesis = len(body) < len(hypothesis), body
            self.stats["tokens_out"] += len(hypothesis)
            text = self._decode(self.tokenizer.convert_tokens_to_ids(hypothesis))
            outputs.append(Decoded.of(text, len(hypothesis), not ended, numbers))
        return outputs

    def _put_back_placeholders(
        self, rows: list[list[int]], tokens: list[list[str]], hypotheses: list[list[str]]
    ) -> list[tuple[int, ...]]:
        """Constrained decoding for ctranslate2, which takes no logits processor. A row whose
        output lacks a placeholder of its source is decoded again with a forced prefix: its
        output up to where the decoder attended most to that placeholder, then the
        placeholder; the placeholders already written are suppressed, so none comes out twice.
        Once per missing placeholder, leaving room for the others; one still missing at the
        end (no room was left) goes in at that place. Rewrites ``hypotheses`` in place;
        returns the placeholders put back in each row."""
        # Only a row whose pieces spell a placeholder is decoded back to text to find which.
        sources = [
            self._decode(row) if PLACEHOLDER_RE.search("".join(pieces)) else "" for row, pieces in zip(rows, tokens)
        ]
        wanted = [sorted(set(placeholder_numbers(text))) for text in sources]
        placed: list[list[int]] = [[] for _ in rows]
        floors = [1 if self.forced_bos else 0 for _ in rows]
        limit = max(1, self.max_new_tokens - 1)  # as the first decoding: end token not counted
        pieces: dict[int, list[str]] = {}

        def piece(n: int) -> list[str]:
            if n not in pieces:
                ids = word_tokens(self.tokenizer, PLACEHOLDER.format(n=n), target=True)
                pieces[n] = self.tokenizer.convert_ids_to_tokens(ids)
            return pieces[n]

        def missing(i: int) -> list[int]:
            text = self._decode(self.tokenizer.convert_tokens_to_ids(hypotheses[i]))
            return [n for n in wanted[i] if n not in placeholder_numbers(text)]

        def spot(i: int, n: int, body: list[str], room: int) -> int:
            at = source_positions(self.tokenizer, rows[i], sources[i], n)
            return min(insertion_point(body, attention[i], at, floors[i]), max(floors[i], room))

        todo = [i for i in range(len(rows)) if wanted[i] and missing(i)]
        attention = self._attention(tokens, hypotheses, todo) if todo else {}
        for _ in range(max((len(wanted[i]) for i in todo), default=0)):
            lacking = {i: missing(i) for i in todo}  # each output decoded once a round
            todo = [i for i in todo if lacking[i]]
            if not todo:
                break
            prefixes = []
            for i in todo:
                body = self._strip_end(hypotheses[i])
                room = limit - sum(len(piece(n)) for n in lacking[i])
                spots = {n: spot(i, n, body, room) for n in lacking[i]}
                n = min(spots, key=lambda k: spots[k])
                prefixes.append(body[: spots[n]] + piece(n))
                floors[i] = len(prefixes[-1])
                placed[i].append(n)
            suppress = {tuple(piece(n)) for i in todo for n in wanted[i]}
            source = [tokens[i] for i in todo]
            results = self.model.translate_batch(
                source,
                target_prefix=prefixes,
                beam_size=self.num_beams,
                max_decoding_length=limit,
                max_batch_size=self._budget(source),
                batch_type="tokens",
                max_input_length=0,
                return_end_token=True,
                return_attention=True,
                suppress_sequences=[list(seq) for seq in suppress],
            )
            for i, result in zip(todo, results):
                hypotheses[i], attention[i] = result.hypotheses[0], result.attention[0]
        for i in todo:  # no room left to decode around them: put in where the decoder looked
            body = self._strip_end(hypotheses[i])
            end = hypotheses[i][len(body) :]
            at = sorted(((spot(i, n, body, len(body)), n) for n in missing(i)), reverse=True)
            for position, n in at:
                body = body[:position] + piece(n) + body[position:]
                placed[i].append(n)
            hypotheses[i] = body + end
        return [tuple(dict.fromkeys(numbers)) for numbers in placed]

    def _budget(self, tokens: list[list[str]]) -> int:
        return spread_budget(tokens, self.batch_tokens, self.model.num_translators)

    def _strip_end(self, hypothesis: list[str]) -> list[str]:
        return hypothesis[:-1] if hypothesis and hypothesis[-1] == self.tokenizer.eos_token else hypothesis

    def _attention(
        self, tokens: list[list[str]], hypotheses: list[list[str]], todo: list[int]
    ) -> dict[int, list[list[float]]]:
        """The decoder's attention over the source for each output of ``todo`` (its output
        forced as the prefix, so the text is the one already decoded)."""
        source = [tokens[i] for i in todo]
        results = self.model.translate_batch(
            source,
            target_prefix=[self._strip_end(hypotheses[i]) for i in todo],
            beam_size=1,
            max_decoding_length=max(len(hypotheses[i]) for i in todo) + 1,
            max_batch_size=self._budget(source),
            batch_type="tokens",
            max_input_length=0,
            return_attention=True,
        )
        return {i: result.attention[0] for i, result in zip(todo, results)}
