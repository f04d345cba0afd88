"""Which protection keeps more spans: placeholder shapes, with and without constrained decoding.

    python benchmarks/placeholders.py            # tiny test model + the opus-mt-fr-en architecture
    python benchmarks/placeholders.py --quick    # tiny model only

Sentences: each e-mail, URL and phone number of the seeds in a French sentence, and the
seeds' sentences that hold a glossary term (configs/glossary-iom.tsv), masked with each
placeholder shape of summarise/models/placeholders.py. For each shape: does the placeholder tokenise
without <unk> and decode back to itself (the tokens a model could copy), how many tokens it
takes, and the share of spans restored byte for byte after generate(), plain and with
KeepPlaceholders (constrained decoding). Both models have random weights: this measures
tokenisation and the decoding constraint, not what a trained model copies on its own.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

BEAM = 2
MAX_NEW_TOKENS = 48


def sentences() -> list[str]:
    from summarise.models.glossary import load_glossary
    from summarise.quality.checks import contacts
    from summarise.text.clean import clean
    from summarise.text.read import read
    from summarise.text.segment import split_sentences

    glossary = load_glossary(ROOT / "configs" / "glossary-iom.tsv")
    found, with_terms = [], []
    for rec in clean(read([str(ROOT / "data")])):
        found += rec.contacts["emails"] + rec.contacts["phones"] + rec.contacts["links"]
        for kind in contacts(rec.text).values():
            found += kind
        with_terms += [s for s in split_sentences(rec.text) if glossary.find(s) and len(s) < 200]
    found = list(dict.fromkeys(found))
    return [f"Pour plus d'informations, contactez le bureau : {c}." for c in found] + with_terms[:8]


def measure(model_path: str, texts: list[str], label: str) -> list[list[str]]:
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from summarise.models.constraint import KeepPlaceholders, placeholder_tokens
    from summarise.models.glossary import load_glossary
    from summarise.models.placeholders import SHAPES, SPAN_KINDS, mask, restore

    torch.set_num_threads(1)
    tok = AutoTokenizer.from_pretrained(model_path)
    model = AutoModelForSeq2SeqLM.from_pretrained(model_path).eval()
    model.generation_config.max_length = None  # max_new_tokens rules
    glossary = load_glossary(ROOT / "configs" / "glossary-iom.tsv")
    rows = []
    for shape in SHAPES:
        masked = [mask(t, SPAN_KINDS, glossary, shape=shape) for t in texts]
        probe = shape.format(n=1)
        ids = placeholder_tokens(tok, [probe], shape)[0][0]
        decodes = tok.decode(ids, skip_special_tokens=True).strip() == probe
        unk = tok.unk_token_id in ids
        spans = sum(len(m.spans) for m in masked)
        required = placeholder_tokens(tok, [m.text for m in masked], shape)
        for constrained in (False, True):
            batch = tok([m.text for m in masked], return_tensors="pt", padding=True)
            kwargs = {"num_beams": BEAM, "max_new_tokens": MAX_NEW_TOKENS}
            if constrained:
                kwargs["logits_processor"] = [KeepPlaceholders(required, BEAM, tok.eos_token_id, MAX_NEW_TOKENS)]
            started = time.perf_counter()
            with torch.inference_mode():
                out = model.generate(**batch, **kwargs)
            seconds = time.perf_counter() - started
            kept = dup = 0
            for m, row in zip(masked, out):
                text, flags = restore(tok.decode(row, skip_special_tokens=True), m, shape=shape)
                lost = sum(f["code"] == "placeholder_lost" for f in flags)
                dup += sum(f["code"] == "placeholder_duplicated" for f in flags)
                kept += len(m.spans) - lost
            rows.append(
                [
                    label,
                    shape,
                    "yes" if decodes and not unk else "no",
                    str(len(ids)),
                    "constrained" if constrained else "plain",
                    f"{kept}/{spans}",
                    f"{100 * kept / spans:.0f}%",
                    str(dup),
                    f"{seconds:.1f}",
                ]
            )
            print(" | ".join(rows[-1]), file=sys.stderr)
    return rows


def measure_ctranslate2(model_path: str, texts: list[str], label: str) -> list[list[str]]:
    """The project's placeholder shape on the ctranslate2 backend: one plain decoding, then the
    translator's own (a dropped placeholder decoded again behind a forced prefix)."""
    from summarise.config import TranslateSection
    from summarise.models.glossary import load_glossary
    from summarise.models.placeholders import PLACEHOLDER, SPAN_KINDS, mask, restore
    from summarise.models.translate import load_translator

    cfg = TranslateSection(
        model=model_path, backend="ctranslate2", num_beams=BEAM, max_new_tokens=MAX_NEW_TOKENS, threads=1
    )
    translator = load_translator(cfg, "cpu")
    tok = translator.tokenizer
    glossary = load_glossary(ROOT / "configs" / "glossary-iom.tsv")
    masked = [mask(t, SPAN_KINDS, glossary) for t in texts]
    spans = sum(len(m.spans) for m in masked)
    rows = []
    for decoding in ("plain", "forced prefix"):
        started = time.perf_counter()
        if decoding == "plain":
            tokens = [tok.convert_ids_to_tokens(tok(m.text)["input_ids"]) for m in masked]
            results = translator.model.translate_batch(tokens, beam_size=BEAM, max_decoding_length=MAX_NEW_TOKENS - 1)
            outputs = [tok.convert_tokens_to_string(r.hypotheses[0]) for r in results]
            placed = [()] * len(outputs)
        else:
            outputs = translator.translate([m.text for m in masked])
            placed = [o.placed for o in outputs]
        seconds = time.perf_counter() - started
        kept = dup = put_back = 0
        for m, out, numbers in zip(masked, outputs, placed):
            _, flags = restore(str(out), m, numbers)
            kept += len(m.spans) - sum(f["code"] == "placeholder_lost" for f in flags)
            dup += sum(f["code"] == "placeholder_duplicated" for f in flags)
            put_back += sum(f["code"] == "placeholder_placed" for f in flags)
        rows.append(
            [
                label + ", ctranslate2",
                PLACEHOLDER,
                "yes",
                "-",
                decoding,
                f"{kept}/{spans}",
                f"{100 * kept / spans:.0f}%",
                str(dup),
                f"{seconds:.1f}",
            ]
        )
        print(" | ".join(rows[-1]) + f" | put back: {put_back}", file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="the tiny model only")
    args = parser.parse_args()
    from models import build_all

    texts = sentences()
    tiny = build_all()["marian"]
    rows = measure(tiny, texts, "tiny Marian (d=32)") + measure_ctranslate2(tiny, texts, "tiny Marian")
    if not args.quick:
        from speed import default_cache, ensure_model

        full = str(ensure_model(default_cache()))
        rows += measure(full, texts, "opus-mt-fr-en architecture (75M)")
        rows += measure_ctranslate2(full, texts, "opus-mt-fr-en architecture")
    head = [
        "model",
        "placeholder",
        "decodes to itself, no <unk>",
        "tokens",
        "decoding",
        "spans kept",
        "share",
        "duplicated",
        "seconds",
    ]
    print(
        f"{len(texts)} sentences, beam {BEAM}, max_new_tokens {MAX_NEW_TOKENS}, random weights "
        "(tokenisation and the constraint, not a trained model's copying)\n"
    )
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
