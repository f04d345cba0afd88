"""The abstractive summariser classes: one loaded seq2seq model and how it decodes, on
transformers (generate() on token-budget batches, longest first) or CTranslate2 (its own
batching); out of memory halves a batch. ``summarise.load_summariser`` builds them."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from summarise.models.conversion import signed_revision
from summarise.models.runtime import halve_on_oom, spread_budget, token_batches


def _summary_stats() -> dict[str, int]:
    return {"tokens_in": 0, "tokens_out": 0, "batches": 0, "oom_splits": 0}


@dataclass
class Summariser:
    """A loaded seq2seq summariser: inputs that fit its limit, sorted by length and batched
    by a padded-token budget across documents; out of memory halves a batch."""

    model: Any
    tokenizer: Any
    model_id: str
    path: str
    revision: str
    family: str
    backend: str
    backend_reason: str
    device: str
    dtype: str
    num_beams: int
    max_new_tokens: int
    max_input_tokens: int
    batch_tokens: int
    max_batch_size: int
    threads: int = 0
    # The model's own decoding settings that both backends apply (generation_config.json).
    decoding: dict[str, Any] = field(default_factory=dict)
    # generate() ends every output with the end token at the length limit (forced_eos_token_id,
    # as BART and mBART set it); a T5-family model has none and writes words to the limit.
    forced_eos: bool = True
    # max_new_tokens was set for this summariser's language alone (summarise.models.<code>), so
    # no config hash holds it: the signature names it.
    signs_output_limit: bool = False
    stats: dict[str, int] = field(default_factory=_summary_stats)

    def signature(self) -> str:
        name = self.model_id.rstrip("/").rsplit("/", 1)[-1]
        return (
            (
                f"summary:{name}@{signed_revision(self.model_id, self.revision)}|backend:{self.backend}"
                f"|beam:{self.num_beams}|dtype:{self.dtype}|in:{self.max_input_tokens}"
            )
            + (f"|out:{self.max_new_tokens}" if self.signs_output_limit else "")
            + ("|renorm" if self.renormalises else "")
        )

    @property
    def renormalises(self) -> bool:
        """Whether this backend renormalises the scores after banning tokens (transformers
        only, and only where the model's decoding bans some: ``TransformersSummariser``)."""
        return False

    def info(self) -> dict[str, Any]:
        return {
            "model": self.model_id,
            "revision": self.revision,
            "path": self.path,
            "family": self.family,
            "backend": self.backend,
            "backend_reason": self.backend_reason,
            "device": self.device,
            "dtype": self.dtype,
            "max_input_tokens": self.max_input_tokens,
            "num_beams": self.num_beams,
            "max_new_tokens": self.max_new_tokens,
            "batch_tokens": self.batch_tokens,
            "threads": self.threads,
        }

    def count_tokens(self, text: str) -> int:
        # verbose=False: counting a text longer than the model's limit is the point here.
        return len(self.tokenizer(text, verbose=False)["input_ids"])

    def generate(self, texts: list[str], max_new_tokens: int | None = None) -> list[str]:
        """Summaries of ``texts`` in input order. An input over ``max_input_tokens`` is an
        error, never silently cut."""
        if not texts:
            return []
        rows = self.tokenizer(texts, verbose=False)["input_ids"]
        longest = max(map(len, rows))
        if longest > self.max_input_tokens:
            raise ValueError(f"summariser input of {longest} tokens is over its limit of {self.max_input_tokens}")
        self.stats["tokens_in"] += sum(map(len, rows))
        outputs = self._generate_ids(rows, max_new_tokens or self.max_new_tokens)
        return [" ".join(text.split()) for text in outputs]

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        raise NotImplementedError

    def _count_split(self) -> None:
        self.stats["oom_splits"] += 1

    def _decode(self, ids) -> str:
        """The text of generated ids. Rows of the output layer past the tokenizer's vocabulary
        (mT5's is padded to 250112 for 250100 pieces) are no text: dropped, like the special
        tokens."""
        known = len(self.tokenizer)
        return self.tokenizer.decode([i for i in ids if i < known], skip_special_tokens=True)


class TransformersSummariser(Summariser):
    """generate() on token-budget batches, longest first.

    Where the model's decoding bans repeated n-grams, the scores are renormalised after the ban
    (``renormalize_logits``), as ctranslate2 does by banning before its softmax: otherwise a beam
    pays for the probability the model put on a banned token, and the two backends keep different
    hypotheses (benchmarks/beam_norepeat.py: 15 of 119 inputs alike at 16 tokens without it, 119
    with it, on the tiny mT5). BARThez bans nothing: its decoding and signature are as before."""

    @property
    def renormalises(self) -> bool:
        return bool(self.decoding.get("no_repeat_ngram_size"))

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        out: list[str] = [""] * len(rows)
        for batch in token_batches([len(r) for r in rows], self.batch_tokens, self.max_batch_size):
            texts = halve_on_oom(
                lambda part: self._generate(part, max_new_tokens), [rows[i] for i in batch], self._count_split
            )
            for i, text in zip(batch, texts):
                out[i] = text
        return out

    def _generate(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        import torch

        enc = self.tokenizer.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
        config = copy.deepcopy(self.model.generation_config)
        config.num_beams = self.num_beams
        config.max_new_tokens = max_new_tokens
        config.renormalize_logits = bool(config.renormalize_logits) or self.renormalises
        with torch.inference_mode():
            output = self.model.generate(**enc, generation_config=config)
        self.stats["batches"] += 1
        # Generated tokens without the start, padding and end tokens (as ctranslate2 counts).
        body = output[:, 1:]
        kept = (body != self.tokenizer.pad_token_id) & (body != self.tokenizer.eos_token_id)
        self.stats["tokens_out"] += int(kept.sum())
        return [self._decode(row) for row in output]


class CTranslate2Summariser(Summariser):
    """ctranslate2.Translator.translate_batch: it sorts and batches by tokens itself."""

    def _generate_ids(self, rows: list[list[int]], max_new_tokens: int) -> list[str]:
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in rows]
        return halve_on_oom(lambda part: self._translate(part, max_new_tokens), tokens, self._count_split)

    def _translate(self, tokens: list[list[str]], max_new_tokens: int) -> list[str]:
        bos = self.decoding.get("forced_bos")
        results = self.model.translate_batch(
            tokens,
            target_prefix=[[bos] for _ in tokens] if bos else None,
            beam_size=self.num_beams,
            # generate() counts a forced end token in max_new_tokens; ctranslate2 does not.
            max_decoding_length=max(1, max_new_tokens - 1) if self.forced_eos else max_new_tokens,
            max_batch_size=spread_budget(tokens, self.batch_tokens, self.model.num_translators),
            batch_type="tokens",
            max_input_length=0,
            **{k: v for k, v in self.decoding.items() if k != "forced_bos"},
        )
        self.stats["batches"] += 1
        outputs = []
        for result in results:
            hypothesis = result.hypotheses[0]
            self.stats["tokens_out"] += len(hypothesis)
            outputs.append(self._decode(self._token_ids(hypothesis)))
        return outputs

    def _token_ids(self, tokens: list[str]) -> list[int]:
        """Ids of the tokenizer for ctranslate2's tokens; the pieces its converter added past the
        tokenizer's vocabulary (``<extra_id_N>`` up to the model's size) have none and go."""
        unk = self.tokenizer.unk_token
        ids = self.tokenizer.convert_tokens_to_ids(tokens)
        return [i for t, i in zip(tokens, ids) if i is not None and (i != self.tokenizer.unk_token_id or t == unk)]
