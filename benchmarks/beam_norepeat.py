"""Beam search with ``no_repeat_ngram_size`` on both backends: does renormalising after the ban
make transformers pick ctranslate2's hypothesis? (It does: the transformers summariser
renormalises wherever the model's decoding bans repeated n-grams.)

    python benchmarks/beam_norepeat.py                  # 119 inputs, 16 and 83 new tokens, ~10 min
    python benchmarks/beam_norepeat.py --files 3        # 12 inputs, ~1 min

ctranslate2 bans a repeated n-gram on the logits, then takes the softmax: the allowed tokens'
probabilities are renormalised. generate() takes the log-softmax, then bans: a beam pays for the
probability the model put on a banned token. transformers can renormalise after its logits
processors (``renormalize_logits=True``, which its documentation recommends "as the search
algorithms suppose the score logits are normalized"). Inputs: the first two long lines of the
Spanish and Arabic real-world releases (tests/fixtures/realworld); model: the tiny random mT5
shaped like XL-Sum (tests/models.py), float32 on both backends, XL-Sum's 4 beams and no
repeated bigram. A row counts the inputs whose output ids are the same on both backends.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.output import emit  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "realworld"


def inputs(files: int) -> list[str]:
    texts = []
    for lang in ("es", "ar"):
        for path in sorted(FIXTURES.glob(f"{lang}_*.txt"))[:files]:
            texts += [ln for ln in path.read_text(encoding="utf-8").splitlines() if len(ln) > 60][:2]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=30, help="releases per language (two lines each)")
    parser.add_argument("--tokens", default="16,83", help="max_new_tokens values, comma-separated")
    parser.add_argument("--out", help="also write the table here")
    args = parser.parse_args()
    os.environ.setdefault("SUMMARISE_CACHE", tempfile.mkdtemp())  # a fresh float32 conversion

    import torch
    from models import build_all

    from summarise.config import SummariseSection
    from summarise.models.summarise import load_summariser

    mt5 = build_all()["mt5"]
    cfg = SummariseSection(method="abstractive", model=mt5, backend="transformers", threads=1)
    slow = load_summariser(cfg, "cpu")
    fast = load_summariser(cfg.model_copy(update={"backend": "ctranslate2", "compute_type": "float32"}), "cpu")
    assert slow is not None and fast is not None
    tok = slow.tokenizer
    # ctranslate2's vocabulary, in id order (it names the rows past the tokenizer's <extra_id_N>).
    [vocab_file] = glob.glob(f"{os.environ['SUMMARISE_CACHE']}/**/shared_vocabulary.json", recursive=True)
    ct2_id = {token: i for i, token in enumerate(json.loads(Path(vocab_file).read_text(encoding="utf-8")))}

    def transformers_ids(ids: list[int], beams: int, n: int, no_repeat: int, renormalise: bool) -> list[int]:
        with torch.no_grad():
            out = slow.model.generate(
                torch.tensor([ids]),
                num_beams=beams,
                max_new_tokens=n,
                no_repeat_ngram_size=no_repeat,
                renormalize_logits=renormalise,
            )
        return [i for i in out[0, 1:].tolist() if i != tok.pad_token_id]

    def ctranslate2_ids(ids: list[int], beams: int, n: int, no_repeat: int) -> list[int]:
        [result] = fast.model.translate_batch(
            [tok.convert_ids_to_tokens(ids)],
            beam_size=beams,
            max_decoding_length=n,
            no_repeat_ngram_size=no_repeat,
            max_input_length=0,
        )
        return [ct2_id[t] for t in result.hypotheses[0]]

    texts = inputs(args.files)
    lines = [
        f"{len(texts)} inputs (Spanish and Arabic), tiny random mT5, float32; inputs alike on both backends",
        "",
        "| new tokens | beams | no repeated n-gram | transformers, not renormalising (before) |"
        " transformers, renormalize_logits (the summariser now) |",
        "|---|---|---|---|---|",
    ]
    for n in (int(x) for x in args.tokens.split(",")):
        for beams, no_repeat in ((4, 0), (4, 2), (1, 2)):
            plain = renormalised = 0
            for text in texts:
                ids = tok(text)["input_ids"]
                want = ctranslate2_ids(ids, beams, n, no_repeat)
                plain += transformers_ids(ids, beams, n, no_repeat, False) == want
                renormalised += transformers_ids(ids, beams, n, no_repeat, True) == want
            lines.append(f"| {n} | {beams} | {no_repeat or '-'} | {plain}/{len(texts)} | {renormalised}/{len(texts)} |")
            print(lines[-1], file=sys.stderr, flush=True)
    emit("\n".join(lines), args.out)


if __name__ == "__main__":
    main()
