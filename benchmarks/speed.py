"""Speed on a CPU: the main command, the translate stage, a plain script and raw CTranslate2.

Builds (once, into a cache folder) random-weight models with Helsinki-NLP/opus-mt-fr-en's
and moussaKam/barthez-orangesum-abstract's exact architectures (tests/models.py:
build_full_opus_arch, build_full_barthez_arch), then measures, with every output forced to
the same length (random weights never stop on their own), one row per setting, each in a
fresh subprocess so peak memory does not mix. Rows run interleaved (A B C A B C ...) for
``--rounds`` rounds, so a slow moment of a shared machine falls on every row alike; the
table gives each row's median and its spread (max - min over the median).

    python benchmarks/speed.py                 # every row, 3 rounds (long: see README)
    python benchmarks/speed.py --rows main_default,main_extractive,main_transformers
    python benchmarks/speed.py --quick         # smoke run
    python benchmarks/speed.py --out benchmarks/out/speed.md --model PATH

Row ``main_multilingual``: ``configs/multilingual.toml`` end to end on a mixed folder (every
third document French as the main-command rows make them, the others real Spanish and Arabic
releases of tests/fixtures/realworld), each language routed to its translator (opus-mt-fr-en,
-es-en, -ar-en architectures) and summariser (BARThez for French, the mT5 XL-Sum architecture,
582M parameters, for Spanish and Arabic), the mBART-50 many-to-one fallback loaded as the
config asks; every language's outputs forced like the French rows' (speed_models.force_lengths).
It reports seconds, documents/min over the mixed folder (the manifest counts documents per
language, it does not time them), the stage split, peak RSS and, with ``--device cuda``, the
GPU's peak memory in use and torch's own (DevicePeak); ``main_multilingual_no_fallback`` is
the same without the fallback (what loading it costs). Their models are built (about 5.1 GB,
float32) and converted only when one of them is asked for:

    python benchmarks/speed.py --rows main_multilingual,main_default --main-docs 6 --rounds 1
    python benchmarks/speed.py --device cuda --rows main_multilingual,main_default --main-docs 15 --rounds 2

Rows: the main command (``configs/default.toml`` end to end: both models on the default
backend, abstractive summaries; the same with the summariser reading up to 1024 tokens, with
long bodies summarised in parts, with extractive summaries, and on the transformers backend,
as the main command ran before "auto"; every summary decoded to its forced length, then
replaced by a stand-in of a real one's size, see ``stand_in_summaries``), the common script (one
sentence per generate(), beam 4, over every distinct sentence), raw CTranslate2 (int8,
beam 4, 2x1 and 1x2 threads), the translate stage (transformers float32 / qint8,
ctranslate2 int8) and the whole ``summarise run`` (ctranslate2, extractive, --docs documents).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.output import emit  # noqa: E402
from benchmarks.speed_models import (  # noqa: E402
    ForcedLengthCT2,
    content_tokens,
    default_cache,
    ensure_model,
    ensure_multilingual,
    ensure_summariser,
    force_lengths,
    force_transformers_length,
    raw_ct2_dir,
    special_ids,
)

BEAM = 4
ROWS = {
    "main_default": "main command: configs/default.toml (both models, default backend, abstractive)",
    "main_full_input": "main command, the summariser reading up to 1024 tokens (summarise.max_input_tokens=1024)",
    "main_parts": "main command, a long body summarised in parts (summarise.long_input=parts)",
    "main_extractive": "main command, extractive summaries (summarise.method=extractive)",
    "main_beam2": "main command, beam 2 for both models (translate.num_beams=2, summarise.num_beams=2)",
    "main_transformers": "main command on transformers (both backends = transformers, abstractive)",
    "main_multilingual": "multilingual run: configs/multilingual.toml on French, Spanish and Arabic releases",
    "main_multilingual_no_fallback": 'the same without the fallback (translate.fallback = "": not loaded)',
    "main_before": "main command with 0.1's defaults (transformers, 1024 tokens, long bodies in parts, 8 a window)",
    "common": "common script (1 sentence per generate(), float32)",
    "ct2_raw_2x1": "raw CTranslate2 int8, inter 2 x intra 1",
    "ct2_raw_1x2": "raw CTranslate2 int8, inter 1 x intra 2",
    "stage_tf_fp32": "translate stage, transformers float32",
    "stage_tf_qint8": "translate stage, transformers quantize=true (qint8)",
    "stage_ct2_int8": "translate stage, ctranslate2 int8",
    "pipeline_ct2": "whole `summarise run` (ctranslate2 int8, extractive)",
}
# Raw CTranslate2 batching: translate_iterable's defaults (32 examples per batch).
RAW_BATCH = dict(max_batch_size=32, batch_type="examples")


# --- inputs --------------------------------------------------------------------------


def seed_sentences() -> list[str]:
    """The sentences of data/*.txt after read + clean + split (title and paragraphs)."""
    import summarise
    from summarise.text.segment import paragraphs, split_sentences

    sentences: list[str] = []
    for rec in summarise.read_and_clean([ROOT / "data"], summarise.load_config()):
        if rec.error is None:
            for block in [rec.title or ""] + paragraphs(rec.text):
                sentences += split_sentences(block)
    return sentences


def bench_sentences(count: int) -> list[str]:
    """``count`` distinct sentences: the seed sentences, repeats numbered ("... (2)"), since
    the stage translates a repeated sentence once and raw CTranslate2 every time."""
    seeds = seed_sentences()
    return [seeds[i % len(seeds)] + (f" ({i // len(seeds) + 1})" if i >= len(seeds) else "") for i in range(count)]


def write_documents(folder: Path, count: int, variant: str = "bench") -> Path:
    """``count`` distinct documents made from the seeds: each gets its own id and one
    sentence of its own after the title."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted((ROOT / "data").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    for i in range(count):
        title, sep, body = texts[i % len(texts)].partition("\n")
        line = f"Ce communiqué {variant} porte le numéro {i + 1} de la série {i % 97}."
        (folder / f"{i:06d}_{seeds[i % len(seeds)].stem}.txt").write_text(
            f"{title}{sep}{line}\n{body}", encoding="utf-8"
        )
    return folder


FIXTURES = ROOT / "tests" / "fixtures" / "realworld"


def write_mixed_documents(folder: Path, count: int) -> Path:
    """``count`` documents in French, Spanish and Arabic, in turn: French ones as
    ``write_documents`` makes them (data/*.txt, each with a line of its own), Spanish and
    Arabic ones the real releases of the cleaning corpus (tests/fixtures/realworld/es_*.txt,
    ar_*.txt: pages as saved, with their menus), each once up to 43 and 45 of them."""
    folder.mkdir(parents=True, exist_ok=True)
    french = write_documents(folder / "fr", -(-count // 3))
    others = {lang: sorted(FIXTURES.glob(f"{lang}_*.txt")) for lang in ("es", "ar")}
    for i in range(count):
        k, lang = divmod(i, 3)
        if lang == 0:
            source = sorted(french.glob("*.txt"))[k]
        else:
            pool = others["es" if lang == 1 else "ar"]
            source = pool[k % len(pool)]
        (folder / f"{i:06d}_{source.stem}.txt").write_bytes(source.read_bytes())
    shutil.rmtree(french)
    return folder


# --- the model -----------------------------------------------------------------------


def translate_section(model: Path, new_tokens: int, **overrides):
    from summarise.config import TranslateSection

    return TranslateSection(model=str(model), num_beams=BEAM, max_new_tokens=new_tokens, **overrides)


def source_tokens(tokenizer, sentences: list[str]) -> int:
    return sum(len(ids) for ids in tokenizer(sentences)["input_ids"])


# --- rows (each runs in its own process) -------------------------------------------------


def row_common(args, sentences):
    """The usual script: tokenizer + generate() on one sentence at a time."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForSeq2SeqLM.from_pretrained(args.model).eval().to(args.device)
    model.generation_config.max_length = None
    special = special_ids(tok)
    lengths: list[int] = []

    def one(sentence):
        with torch.inference_mode():
            out = model.generate(
                **tok(sentence, return_tensors="pt").to(args.device),
                num_beams=BEAM,
                max_new_tokens=args.new_tokens,
                min_new_tokens=args.new_tokens,
            )
        lengths.append(content_tokens(out[0], special))
        return tok.decode(out[0], skip_special_tokens=True)

    one(sentences[0])
    lengths.clear()
    # One sentence per call: the rate does not depend on repetition, so one pass over every
    # distinct seed sentence measures it (the other rows add numbered repeats of them).
    distinct = list(dict.fromkeys(seed_sentences()))[: args.common_limit or None]
    started = time.perf_counter()
    for sentence in distinct:
        one(sentence)
    seconds = time.perf_counter() - started
    return dict(seconds=seconds, sentences=len(distinct), src_tokens=source_tokens(tok, distinct), lengths=lengths)


def row_ct2_raw(args, sentences, inter: int, intra: int, batch: dict | None = None):
    import ctranslate2
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(args.model)
    model = ctranslate2.Translator(
        str(raw_ct2_dir(Path(args.model), Path(args.cache))),
        device=args.device.partition(":")[0],
        compute_type="int8" if args.device == "cpu" else "int8_float16",
        inter_threads=inter,
        intra_threads=intra,
    )
    n = args.new_tokens - 1  # the others make N tokens, the last being the end token

    def run(chunk):
        tokens = [tok.convert_ids_to_tokens(ids) for ids in tok(chunk)["input_ids"]]
        results = model.translate_batch(
            tokens, beam_size=BEAM, max_decoding_length=n, min_decoding_length=n, **(batch or RAW_BATCH)
        )
        return [r.hypotheses[0] for r in results]

    run(sentences[:2])
    started = time.perf_counter()
    hyps = run(sentences)
    seconds = time.perf_counter() - started
    return dict(
        seconds=seconds,
        sentences=len(sentences),
        src_tokens=source_tokens(tok, sentences),
        lengths=[len(h) for h in hyps],
    )


def load_stage(args, **overrides):
    from summarise.models.translate import load_translator

    if args.batch_tokens:
        overrides["batch_tokens"] = args.batch_tokens
    translator = load_translator(translate_section(Path(args.model), args.new_tokens, **overrides), args.device)
    if translator.backend == "ctranslate2":
        translator.model = ForcedLengthCT2(translator.model)
        return translator, translator.model.lengths
    lengths = force_transformers_length(translator.model, args.new_tokens, special_ids(translator.tokenizer))
    return translator, lengths


def row_stage(args, sentences, **overrides):
    """The project's Translator.translate on the whole list (one window of the stage)."""
    translator, lengths = load_stage(args, **overrides)
    translator.translate(sentences[:2])
    lengths.clear()
    started = time.perf_counter()
    outputs = translator.translate(sentences)
    seconds = time.perf_counter() - started
    assert len(outputs) == len(sentences)
    return dict(
        seconds=seconds,
        sentences=len(sentences),
        src_tokens=source_tokens(translator.tokenizer, sentences),
        lengths=lengths,
        info=f"batch_tokens={translator.batch_tokens} threads={translator.threads}",
    )


def row_pipeline(args, _sentences):
    """summarise.run over ``--docs`` documents (clean + segment + translate + checks + write)."""
    import summarise
    from summarise.pipeline.stages import Models

    translator, lengths = load_stage(args, backend="ctranslate2", compute_type="int8")
    config = summarise.load_config(
        overrides=[
            f"translate.model={args.model}",
            "translate.backend=ctranslate2",
            "translate.compute_type=int8",
            f"translate.num_beams={BEAM}",
            f"translate.max_new_tokens={args.new_tokens}",
            "summarise.method=extractive",
        ]
        + ([f"translate.batch_tokens={args.batch_tokens}"] if args.batch_tokens else [])
    )
    with tempfile.TemporaryDirectory() as tmp:
        docs = write_documents(Path(tmp) / "in", args.docs)
        translator.translate(["Bonjour."])
        lengths.clear()
        tokens_before = translator.stats["tokens_in"]
        started = time.perf_counter()
        result = summarise.run(config, [docs], Path(tmp) / "out", models=Models(translator), progress=False)
        seconds = time.perf_counter() - started
    return dict(
        seconds=seconds,
        sentences=len(lengths),
        documents=result.done,
        failed=result.failed,
        src_tokens=translator.stats["tokens_in"] - tokens_before,
        lengths=lengths,
    )


MAIN_ROWS = {  # overrides of configs/default.toml per main-command row
    "main_default": [],
    "main_full_input": ["summarise.max_input_tokens=1024"],
    "main_parts": ["summarise.long_input=parts"],
    "main_extractive": ["summarise.method=extractive"],
    "main_beam2": ["translate.num_beams=2", "summarise.num_beams=2"],
    "main_transformers": ["translate.backend=transformers", "summarise.backend=transformers"],
    # What `summarise run configs/default.toml` did when the speed work began (0.1): both on
    # transformers, the summariser reading up to its 1024 tokens, a longer body summarised in
    # parts, 8 documents a window.
    "main_before": [
        "translate.backend=transformers",
        "summarise.backend=transformers",
        "summarise.max_input_tokens=1024",
        "summarise.long_input=parts",
        "summarise.batch_size=8",
    ],
}


def main_config(args, name: str):
    import summarise

    return summarise.load_config(
        ROOT / "configs" / "default.toml",
        [
            f"translate.model={args.model}",
            f"summarise.model={args.summariser}",
            f"run.device={args.device}",
            f"translate.max_new_tokens={args.new_tokens}",
            f"summarise.max_new_tokens={args.summary_tokens}",
        ]
        + MAIN_ROWS[name],
    )


MULTI_ROWS = {  # overrides of configs/multilingual.toml per multilingual row
    "main_multilingual": [],
    # What the fallback costs (memory, loading) when no document needs it.
    "main_multilingual_no_fallback": ['translate.fallback=""'],
}


def multilingual_config(args, name: str = "main_multilingual"):
    """configs/multilingual.toml with every model replaced by its random-weight build, and
    every language's summaries forced to --summary-tokens like the French rows'."""
    import summarise

    built = ensure_multilingual(Path(args.cache))
    return summarise.load_config(
        ROOT / "configs" / "multilingual.toml",
        [
            f"translate.model={args.model}",
            f"translate.models.es={built['es']}",
            f"translate.models.ar={built['ar']}",
            f"translate.fallback={built['fallback']}",
            f"summarise.model={args.summariser}",
            f"run.device={args.device}",
            f"translate.max_new_tokens={args.new_tokens}",
            f"summarise.max_new_tokens={args.summary_tokens}",
        ]
        + [f"summarise.models.{lang}.model={built['mt5']}" for lang in ("es", "ar")]
        + [f"summarise.models.{lang}.max_new_tokens={args.summary_tokens}" for lang in ("es", "ar")]
        + MULTI_ROWS[name],
    )


def row_main(args, name: str):
    """``summarise run configs/default.toml`` (the README's main command) on --main-docs
    documents, models loaded first (their loading is not timed); ``main_multilingual``:
    ``configs/multilingual.toml`` on a mixed folder (write_mixed_documents)."""
    import summarise

    multilingual = name in MULTI_ROWS
    config = multilingual_config(args, name) if multilingual else main_config(args, name)
    loading = time.perf_counter()
    models = summarise.load_models(config)
    load_seconds = time.perf_counter() - loading
    lengths = force_lengths(models, args.new_tokens, args.summary_tokens)
    with tempfile.TemporaryDirectory() as tmp:
        write = write_mixed_documents if multilingual else write_documents
        docs = write(Path(tmp) / "in", args.main_docs)
        for translator in models.translators.loaded():  # each model's first call, untimed
            translator.translate(["Bonjour."])
        lengths.clear()
        tokens_before = models.translator.stats["tokens_in"]
        started = time.perf_counter()
        result = summarise.run(config, [docs], Path(tmp) / "out", models=models, progress=False)
        seconds = time.perf_counter() - started
        manifest = json.loads((Path(tmp) / "out" / "manifest.json").read_text())
    stages = {k: v for k, v in manifest["stage_seconds"].items() if k != "load"}
    info = manifest["models"]
    backends = "+".join(info[m]["backend"] for m in ("translator", "summariser") if m in info)
    if multilingual:  # each language's translator and summariser backends
        backends = ",".join(
            f"{lang}:{t.backend}" + (f"+{models.summarisers[lang].backend}" if lang in models.summarisers else "")
            for lang, t in models.translators.by_lang.items()
        )
    return dict(
        seconds=seconds,
        sentences=len(lengths),
        documents=result.done,
        failed=result.failed,
        src_tokens=models.translator.stats["tokens_in"] - tokens_before,
        lengths=lengths,
        stages=stages,
        info=backends,
        languages=manifest.get("languages", {}),
        load_seconds=load_seconds,
        # What the manifest says each language's summariser ran on (backend, device, dtype).
        summarisers={
            lang: "/".join(str(entry.get(k)) for k in ("backend", "device", "dtype", "path"))
            for lang, entry in info.get("summarisers", {}).items()
        },
    )


def run_row(args) -> dict:
    sentences = bench_sentences(args.sentences)
    name = args.row
    if name == "prepare":
        return prepare(args)
    if name == "common":
        out = row_common(args, sentences)
    elif name.startswith("diag:"):  # diag:INTERxINTRA:BATCH_TYPE:SIZE
        threads, batch_type, size = name.split(":")[1:]
        inter, intra = (int(x) for x in threads.split("x"))
        out = row_ct2_raw(args, sentences, inter, intra, dict(batch_type=batch_type, max_batch_size=int(size)))
    elif name.startswith("ct2_raw_"):
        inter, intra = (int(x) for x in name.removeprefix("ct2_raw_").split("x"))
        out = row_ct2_raw(args, sentences, inter, intra)
    elif name == "stage_tf_fp32":
        out = row_stage(args, sentences, backend="transformers", dtype="float32")
    elif name == "stage_tf_qint8":
        out = row_stage(args, sentences, backend="transformers", dtype="float32", quantize=True)
    elif name == "stage_ct2_int8":
        out = row_stage(args, sentences, backend="ctranslate2", compute_type="int8")
    elif name == "pipeline_ct2":
        out = row_pipeline(args, sentences)
    elif name in MAIN_ROWS or name in MULTI_ROWS:
        with DevicePeak(args.device) as device:
            out = row_main(args, name)
        out.update(device.figures())
    else:
        raise SystemExit(f"unknown row {name}")
    out["peak_rss_mib"] = peak_rss_mib()
    lengths = out.pop("lengths")
    out["out_tokens"] = sorted(set(lengths))
    out["outputs"] = len(lengths)
    return out


def peak_rss_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over from the parent across fork + exec, so a child would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the parent: prepare, run every row, print the table ----------------------------------------


class DevicePeak:
    """On a GPU, the row's peak memory: torch's own (torch.cuda.max_memory_allocated) and
    the device's in use, polled every 50 ms (mem_get_info: any allocator's, CTranslate2's
    included, and any other process's). Nothing on a CPU."""

    def __init__(self, device: str):
        self.cuda = device.startswith("cuda")
        self.peak = 0
        self.done = threading.Event()

    def __enter__(self):
        if self.cuda:
            import torch

            torch.cuda.init()
            self.thread = threading.Thread(target=self._poll, daemon=True)
            self.thread.start()
        return self

    def _poll(self):
        import torch

        while not self.done.wait(0.05):
            free, total = torch.cuda.mem_get_info()
            self.peak = max(self.peak, total - free)

    def __exit__(self, *exc):
        self.done.set()
        if self.cuda:
            self.thread.join()

    def figures(self) -> dict:
        if not self.cuda:
            return {}
        import torch

        return dict(gpu_peak_mib=self.peak / 2**20, torch_peak_mib=torch.cuda.max_memory_allocated() / 2**20)


def prepare(args) -> dict:
    """Build the model and both CTranslate2 conversions before any row is timed
    (run in a child, so the parent stays small)."""
    import summarise
    from summarise.errors import ModelLoadError
    from summarise.models.translate import load_translator

    args.model = str(ensure_model(Path(args.cache)) if not args.model else Path(args.model).resolve())
    args.summariser = str(
        ensure_summariser(Path(args.cache)) if not args.summariser else Path(args.summariser).resolve()
    )
    has_ct2 = importlib.util.find_spec("ctranslate2") is not None
    if not has_ct2:  # the "auto" rows run on transformers
        print("note: ctranslate2 is not installed: no conversion; the 'auto' rows run on transformers", file=sys.stderr)
    else:
        raw_ct2_dir(Path(args.model), Path(args.cache))
        load_translator(
            translate_section(Path(args.model), args.new_tokens, backend="ctranslate2", compute_type="int8"), "cpu"
        )
    if args.device != "cpu" and has_ct2:  # what the GPU rows load (int8_float16)
        try:
            load_translator(translate_section(Path(args.model), args.new_tokens, backend="ctranslate2"), args.device)
        except ModelLoadError as exc:  # a build that cannot compute there: the "auto" rows run on transformers
            print(f"note: {exc}", file=sys.stderr)
    summarise.load_models(main_config(args, "main_default"))  # converts both for ctranslate2
    took = {}
    if "main_multilingual" in (args.rows or ""):  # builds and converts the other models once
        started = time.perf_counter()
        ensure_multilingual(Path(args.cache))
        took["build"] = time.perf_counter() - started
        started = time.perf_counter()
        summarise.load_models(multilingual_config(args))
        took["load_and_convert"] = time.perf_counter() - started
    return {"model": args.model, "summariser": args.summariser, "multilingual_seconds": took}


def child(args, name: str) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--row",
        name,
        "--model",
        args.model or "",
        "--cache",
        args.cache,
        "--summariser",
        args.summariser or "",
        "--summary-tokens",
        str(args.summary_tokens),
        "--main-docs",
        str(args.main_docs),
        "--sentences",
        str(args.sentences),
        "--new-tokens",
        str(args.new_tokens),
        "--docs",
        str(args.docs),
        "--common-limit",
        str(args.common_limit),
        "--batch-tokens",
        str(args.batch_tokens),
        "--device",
        args.device,
        "--rows",
        args.rows or "",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=child_env(args))
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        return {"error": f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def child_env(args) -> dict:
    env = dict(
        os.environ,
        SUMMARISE_CACHE=str(Path(args.cache) / "summarise"),
        TOKENIZERS_PARALLELISM="false",
        HF_HUB_OFFLINE="1",
        TQDM_DISABLE="1",
    )
    if not args.omp_active:
        # On a shared CPU, OpenMP's default busy-waiting makes 2-thread torch several
        # times slower than 1 thread as soon as another process runs; passive waiting
        # keeps the rows comparable (see README).
        env.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    return env


def fmt(value, digits=1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def ratio(value, base) -> str:
    return f"{value / base:.2f}x" if value and base else "—"


def summary(runs: list[dict]) -> dict | None:
    """Median and spread of a row's rounds (None when every round failed)."""
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return None
    seconds = [r["seconds"] for r in ok]
    rates = [r["src_tokens"] / r["seconds"] for r in ok]
    median = statistics.median(seconds)
    out = dict(
        ok[0],
        rounds=len(ok),
        failed_rounds=len(runs) - len(ok),
        seconds=median,
        seconds_min=min(seconds),
        seconds_max=max(seconds),
        spread=(max(seconds) - min(seconds)) / median,
        tok_s=statistics.median(rates),
        peak_rss_mib=max(r["peak_rss_mib"] for r in ok),
        **{k: max(r[k] for r in ok) for k in ("gpu_peak_mib", "torch_peak_mib") if k in ok[0]},
        out_tokens=sorted({t for r in ok for t in r["out_tokens"]}),
    )
    if ok[0].get("documents"):
        out["docs_min"] = statistics.median(r["documents"] / r["seconds"] * 60 for r in ok)
    if "load_seconds" in ok[0]:
        out["load_seconds"] = statistics.median(r["load_seconds"] for r in ok)
    if ok[0].get("stages"):
        out["stages"] = {k: statistics.median(r["stages"][k] for r in ok) for k in ok[0]["stages"]}
    return out


def table(runs: dict[str, list[dict]], args) -> str:
    rows = {name: summary(r) for name, r in runs.items()}
    base = (rows.get("common") or {}).get("tok_s")
    raw = max([(rows.get(n) or {}).get("tok_s") or 0 for n in ("ct2_raw_2x1", "ct2_raw_1x2")], default=0) or None
    before = (rows.get("main_before") or rows.get("main_transformers") or {}).get("docs_min")
    where = "CPU" if args.device == "cpu" else args.device
    gpu = args.device != "cpu"
    gpu_head, gpu_rule = (" peak GPU in use / torch's (MiB) |", "---:|") if gpu else ("", "")
    lines = [
        f"Beam {BEAM}, {where}, random weights: opus-mt-fr-en architecture (75M params) and, for the "
        f"main command, barthez-orangesum-abstract architecture (165M params). Rows interleaved, "
        f"{args.rounds} rounds, each round of each row a fresh process; the figures are medians, "
        "'spread' is (slowest - fastest) / median of the seconds. Translations forced to "
        f"{args.new_tokens} tokens ({args.new_tokens - 1} + end token), summaries to "
        f"{args.summary_tokens}, then handed on as a 32-word stand-in taken from the input "
        f"(random weights write one piece over and over); main command: {args.main_docs} documents "
        f"made from data/*.txt (model loading not timed); translate rows: {args.sentences} sentences "
        f"(the {len(seed_sentences())} seed sentences, then numbered repeats); pipeline row: {args.docs} documents. "
        "The common script runs one pass over the distinct seed sentences"
        f"{f' (the first {args.common_limit})' if args.common_limit else ''}; 'vs raw CT2' is "
        "against the faster raw CTranslate2 row; 'vs before' is documents/min against the main "
        "command with 0.1's defaults (or, without that row, on transformers). "
        + ("OpenMP busy-waiting (default)." if args.omp_active else "OMP_WAIT_POLICY=PASSIVE.")
        + (
            " Multilingual row: every 3rd document French (as above), the others real Spanish and "
            "Arabic releases (tests/fixtures/realworld), opus-mt-es-en and -ar-en architectures "
            "(vocabularies 65001, 62834), the mT5 XL-Sum architecture (582M params) for Spanish and "
            "Arabic summaries, and the mBART-50 many-to-one fallback (611M params: configured, its "
            "tokenizer read at load, its weights not loaded: none of these documents needs it)."
            if any(name in runs for name in MULTI_ROWS)
            else ""
        ),
        "",
        "| row | backends | documents/min | vs before | source tokens/s | seconds (min–max) | spread "
        "| output tokens | peak RSS (MiB) | vs common script | vs raw CT2 |" + gpu_head,
        "|---|---|---:|---:|---:|---|---:|---|---:|---:|---:|" + gpu_rule,
    ]
    for name, label in ROWS.items():
        if name not in runs:
            continue
        r = rows[name]
        if r is None:
            lines.append(f"| {label} | {runs[name][0]['error']} |||||||||")
            continue
        lines.append(
            f"| {label} | {r.get('info', '').split(' ')[0] if name.startswith('main') else '—'} | "
            f"{fmt(r.get('docs_min'))} | {ratio(r.get('docs_min'), before) if name.startswith('main') else '—'} | "
            f"{fmt(r['tok_s'])} | {fmt(r['seconds'])} ({fmt(r['seconds_min'])}–{fmt(r['seconds_max'])}) | "
            f"{r['spread']:.0%} | {','.join(map(str, r['out_tokens']))} | {fmt(r['peak_rss_mib'], 0)} | "
            f"{ratio(r['tok_s'], base)} | {ratio(r['tok_s'], raw)} |"
            + (f" {fmt(r.get('gpu_peak_mib'), 0)} / {fmt(r.get('torch_peak_mib'), 0)} |" if gpu else "")
        )
    split = [(ROWS[n], rows[n]["stages"]) for n in ROWS if n in rows and rows[n] and rows[n].get("stages")]
    if split:
        lines += [
            "",
            "Seconds per stage (median, from each run's manifest):",
            "",
            "| row | " + " | ".join(split[0][1]) + " |",
            "|---|" + "---:|" * len(split[0][1]),
        ]
        lines += [f"| {label} | " + " | ".join(f"{v:.1f}" for v in stages.values()) + " |" for label, stages in split]
    multi = rows.get("main_multilingual")
    if multi and multi.get("languages"):
        by_lang = ", ".join(
            f"{lang} {sum((entry.get('documents') or {}).values())}" for lang, entry in multi["languages"].items()
        )
        lines += [
            "",
            f"Multilingual row, documents by language (the manifest's `languages`, first round): {by_lang}; "
            f"failed {multi.get('failed', 0)}. The manifest times stages, not languages: documents/min is "
            "over the mixed folder. Summarisers, as the manifest gives them (backend/device/dtype/path): "
            + "; ".join(f"{lang} {v}" for lang, v in multi.get("summarisers", {}).items())
            + ".",
        ]
    loads = [(ROWS[n], rows[n]["load_seconds"]) for n in ROWS if n in rows and rows[n] and "load_seconds" in rows[n]]
    if loads:
        lines += [
            "",
            "Loading the models (not in the seconds above), median: "
            + "; ".join(f"{label}: {v:.1f} s" for label, v in loads)
            + ".",
        ]
    abstractive, extractive = rows.get("main_default"), rows.get("main_extractive")
    if abstractive and extractive:
        lines += ["", f"Abstractive / extractive (seconds): {abstractive['seconds'] / extractive['seconds']:.2f}x."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", help="a saved translation model folder (default: build one into --cache)")
    parser.add_argument("--summariser", help="a saved summariser folder (default: build one into --cache)")
    parser.add_argument("--cache", default=str(default_cache()), help="where the built models are kept")
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    parser.add_argument("--rounds", type=int, help="interleaved rounds of every row (default 3, quick 1)")
    parser.add_argument("--sentences", type=int, help="sentences per translate row (default 292, quick 16)")
    parser.add_argument("--new-tokens", type=int, help="forced translation length (default 40, quick 8)")
    parser.add_argument("--summary-tokens", type=int, help="forced summary length (default 64, quick 8)")
    parser.add_argument("--main-docs", type=int, help="documents of the main-command rows (default 10, quick 2)")
    parser.add_argument("--docs", type=int, help="documents for the pipeline row (default 100, quick 5)")
    parser.add_argument(
        "--common-limit",
        type=int,
        default=0,
        help="at most this many distinct sentences for the common script (0: all)",
    )
    parser.add_argument(
        "--omp-active",
        action="store_true",
        help="keep OpenMP's default busy-waiting (default here: OMP_WAIT_POLICY=PASSIVE)",
    )
    parser.add_argument(
        "--batch-tokens",
        type=int,
        default=0,
        help="translate.batch_tokens for the stage and pipeline rows (0: the project default)",
    )
    parser.add_argument("--rows", help="comma-separated subset of: " + ",".join(ROWS))
    parser.add_argument(
        "--diag",
        action="store_true",
        help="raw CTranslate2 over a grid of threads and batch settings (why the stage "
        "is slower or faster than raw CTranslate2)",
    )
    parser.add_argument("--out", help="also write the table (markdown) to this file")
    parser.add_argument(
        "--device",
        default="cpu",
        help="where the models run: cpu (default) or cuda / cuda:N (the main command's run.device; the "
        "stage, common-script and raw rows too; the int8 stage rows keep their set compute type)",
    )
    parser.add_argument("--row", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.rounds = args.rounds or (1 if args.quick else 3)
    args.sentences = args.sentences or (16 if args.quick else 292)
    args.new_tokens = args.new_tokens or (8 if args.quick else 40)
    args.summary_tokens = args.summary_tokens or (8 if args.quick else 64)
    args.main_docs = args.main_docs or (2 if args.quick else 10)
    args.docs = args.docs or (5 if args.quick else 100)
    args.model = args.model or None
    args.summariser = args.summariser or None
    if args.row:
        print(json.dumps(run_row(args)))
        return 0
    prepared = child(args, "prepare")
    if "error" in prepared:
        raise SystemExit(f"preparing the models failed ({prepared['error']})")
    args.model, args.summariser = prepared["model"], prepared["summariser"]
    if prepared.get("multilingual_seconds"):
        print(f"multilingual models: {json.dumps(prepared['multilingual_seconds'])}", file=sys.stderr, flush=True)
    if args.diag:
        return diag(args)
    names = args.rows.split(",") if args.rows else list(ROWS)
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for round_ in range(args.rounds):  # interleaved: A B C, A B C, ...
        for name in names:
            r = child(args, name)
            runs[name].append(r)
            print(f"round {round_ + 1} {name}: {json.dumps(r)}", file=sys.stderr, flush=True)
    check_lengths(runs)
    text = table(runs, args)
    emit(text, args.out)
    return 0


DIAG = [
    "diag:2x1:examples:32",
    "diag:2x1:tokens:4096",
    "diag:1x2:tokens:4096",
    "diag:2x1:tokens:1024",
    "diag:2x1:tokens:2048",
    "diag:2x1:examples:16",
    "diag:1x2:examples:32",
    "diag:2x1:examples:64",
]


def diag(args) -> int:
    """Raw CTranslate2 with the stage's batching (tokens, ``batch_tokens``) and others."""
    lines = [
        "| raw CTranslate2 int8 setting | source tokens/s | seconds | output tokens | peak RSS (MiB) |",
        "|---|---:|---:|---|---:|",
    ]
    for name in DIAG:
        r = child(args, name)
        if "error" in r:
            lines.append(f"| {name[5:]} | {r['error']} | | |")
            continue
        lines.append(
            f"| {name[5:]} | {r['src_tokens'] / r['seconds']:,.1f} | {r['seconds']:.1f} | "
            f"{','.join(map(str, r['out_tokens']))} | {r['peak_rss_mib']:,.0f} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    print("\n".join(lines))
    return 0


def check_lengths(runs: dict[str, list[dict]]) -> None:
    """Every row must have made the same number of output tokens per sentence."""
    seen = {n: tuple(sorted({t for r in rs if "error" not in r for t in r["out_tokens"]})) for n, rs in runs.items()}
    if len(set(seen.values())) > 1:
        print(f"WARNING: output lengths differ between rows: {seen}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
