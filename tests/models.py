"""Builders of tiny, random-weight models with the real Hugging Face classes.

Each builder writes a folder that ``AutoTokenizer.from_pretrained(path)`` and
``AutoModelForSeq2SeqLM.from_pretrained(path)`` load exactly like a hub model.
The sentencepiece vocabularies are trained here on the seed files (data/*.txt),
so French text tokenises into real sub-words. Weights are random but seeded, so
outputs are reproducible; a larger init scale makes them depend on the input.

    build_marian(path)              MarianMTModel + MarianTokenizer, fr -> en
    build_reversed_marian(path)     the same, labelled en -> fr (wrong direction)
    build_marian_es(path)           a tiny es -> en Marian, its sentencepiece trained on the
                                    Spanish releases of tests/fixtures/realworld (es_*.txt)
    build_marian_ar(path)           the same for Arabic (ar_*.txt)
    build_mbart50(path)             MBartForConditionalGeneration + MBart50Tokenizer
    build_mbart_summariser(path)    MBartForConditionalGeneration + BarthezTokenizer,
                                    128 input positions (like barthez-orangesum)
    build_mbart50_sentencepiece_only(path)   the tiny mBART-50, tokenizer as a sentencepiece
                                    model + tokenizer_config.json only (no tokenizer.json)
    build_barthez_sentencepiece_only(path)   a tiny BARThez-shaped summariser, the same way
    build_mt5_summariser(path)      MT5ForConditionalGeneration + T5Tokenizer (spiece.model only),
                                    shaped like csebuetnlp/mT5_multilingual_XLSum
    build_full_opus_arch(path)      opus-mt-fr-en's exact architecture (75M params),
                                    random weights, for benchmarks only
    build_full_opus_arch(path, "es") the same for opus-mt-es-en and opus-mt-ar-en ("ar"):
                                    one architecture, their own vocabulary sizes
    build_full_barthez_arch(path)   barthez-orangesum-abstract's architecture (165M params)
    build_full_mt5_arch(path)       csebuetnlp/mT5_multilingual_XLSum's (an mT5-base, 582M params)
    build_full_mbart50_arch(path)   facebook/mbart-large-50-many-to-one-mmt's (611M params)
    build_all(root)                 the tiny models above, cached (the Marian is already
                                    sentencepiece-only: source.spm, target.spm, vocab.json)
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = ROOT / "tests" / "fixtures" / "realworld"
MODEL_TEXT = ROOT / "tests" / "fixtures" / "model-text.txt"
SEED = 1234
VOCAB_SIZE = 600
# Large enough that random outputs differ from input to input (they never stop early:
# callers pass a small max_new_tokens).
INIT_STD = 0.5
TINY = dict(
    d_model=32,
    encoder_layers=2,
    decoder_layers=2,
    encoder_attention_heads=2,
    decoder_attention_heads=2,
    encoder_ffn_dim=64,
    decoder_ffn_dim=64,
    dropout=0.0,
    attention_dropout=0.0,
    activation_dropout=0.0,
    init_std=INIT_STD,
)


def seed_lines() -> list[str]:
    """Non-empty lines of the seed files: the sentencepiece training text."""
    lines = []
    for path in sorted(DATA.glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def fixture_lines(prefix: str) -> list[str]:
    """Non-empty lines of the real-world releases in one language (``es_*.txt``, ``ar_*.txt``)
    named in MODEL_TEXT: a fixed set, so that releases added to the corpus later change no
    test model (a tiny model's random outputs depend on the text its tokenizer learnt)."""
    names = [ln.strip() for ln in MODEL_TEXT.read_text(encoding="utf-8").splitlines() if ln.strip()[:1] not in "#"]
    lines = []
    for path in sorted(FIXTURES / name for name in names if name.startswith(f"{prefix}_")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def train_spm(vocab_size: int = VOCAB_SIZE, lines: list[str] | None = None, **special_ids: int) -> bytes:
    """A unigram sentencepiece model trained on the seed text (identity normalisation,
    so the sentencepiece and the *tokenizers* versions tokenise alike). ``special_ids``
    (bos_id, pad_id, eos_id, unk_id) lay out the special pieces as a model family expects."""
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines or seed_lines()),
        model_writer=buf,
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        num_threads=1,
        hard_vocab_limit=False,
        normalization_rule_name="identity",
        minloglevel=2,
        **special_ids,
    )
    return buf.getvalue()


def spm_pieces(proto: bytes) -> list[tuple[str, float]]:
    """(piece, score) in sentencepiece order: <unk>, <s>, </s>, then the pieces."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=proto)
    return [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]


def _seeded_model(cls, config, tokenizer):
    """Random weights from a fixed seed. End-of-sentence and the special tokens (language
    codes, <mask>, <unk>...) are made unlikely: a random model would otherwise give an
    empty output for some inputs. It now writes words until max_new_tokens, where
    generate forces the end token."""
    import torch

    torch.manual_seed(SEED)
    model = cls(config)
    model.eval()
    with torch.no_grad():
        for token_id in set(tokenizer.all_special_ids) | {config.eos_token_id}:
            model.final_logits_bias[0, token_id] = -10.0
    return model


# --- Marian ------------------------------------------------------------------------


def _marian_vocab(proto: bytes, size: int | None = None) -> dict[str, int]:
    """Marian layout: </s>=0, <unk>=1, the pieces, <pad> last (opus-mt style)."""
    vocab = {"</s>": 0, "<unk>": 1}
    for piece, _ in spm_pieces(proto)[3:]:
        vocab.setdefault(piece, len(vocab))
    if size is not None:
        while len(vocab) < size - 1:
            vocab[f"<extra_{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    return vocab


def _write_marian_tokenizer(path: Path, proto: bytes, vocab: dict[str, int], src: str, tgt: str, max_len: int):
    from transformers import MarianTokenizer

    with tempfile.TemporaryDirectory() as tmp:
        for name in ("source.spm", "target.spm"):
            Path(tmp, name).write_bytes(proto)
        Path(tmp, "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        tok = MarianTokenizer(
            source_spm=f"{tmp}/source.spm",
            target_spm=f"{tmp}/target.spm",
            vocab=f"{tmp}/vocab.json",
            source_lang=src,
            target_lang=tgt,
            model_max_length=max_len,
        )
        tok.save_pretrained(path)
    return tok


def _marian(
    path: Path,
    src: str,
    tgt: str,
    arch: dict,
    vocab_size: int | None = None,
    max_positions: int = 512,
    lines: list[str] | None = None,
) -> Path:
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    proto = train_spm(lines=lines)
    vocab = _marian_vocab(proto, vocab_size)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        max_position_embeddings=max_positions,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        scale_embedding=True,
        activation_function="swish",
        share_encoder_decoder_embeddings=True,
        architectures=["MarianMTModel"],
        **arch,
    )
    tok = _write_marian_tokenizer(path, proto, vocab, src, tgt, max_positions)
    model = _seeded_model(MarianMTModel, config, tok)
    model.generation_config = GenerationConfig(
        decoder_start_token_id=pad,
        pad_token_id=pad,
        eos_token_id=0,
        forced_eos_token_id=0,
        bad_words_ids=[[pad]],
        max_length=max_positions,
        num_beams=4,
    )
    model.save_pretrained(path)
    return Path(path)


def build_marian(path: str | Path) -> Path:
    """Tiny fr -> en MarianMTModel with a MarianTokenizer (source.spm, target.spm, vocab.json)."""
    return _marian(Path(path), "fr", "en", TINY)


def build_marian_es(path: str | Path) -> Path:
    """Tiny es -> en Marian; its sentencepiece learnt from the Spanish fixture releases."""
    return _marian(Path(path), "es", "en", TINY, lines=fixture_lines("es"))


def build_marian_ar(path: str | Path) -> Path:
    """Tiny ar -> en Marian; its sentencepiece learnt from the Arabic fixture releases."""
    return _marian(Path(path), "ar", "en", TINY, lines=fixture_lines("ar"))


def build_reversed_marian(path: str | Path) -> Path:
    """The tiny Marian, labelled English -> French (tokenizer source_lang/target_lang)."""
    return _marian(Path(path), "en", "fr", TINY)


# The opus-mt models the configs name share one architecture and differ only in their
# vocabulary (config.json's vocab_size, with decoder_vocab_size the same): fr-en 59514,
# es-en 65001, ar-en 62834.
OPUS_VOCAB = {"fr": 59514, "es": 65001, "ar": 62834}


def build_full_opus_arch(path: str | Path, src: str = "fr") -> Path:
    """Random weights with Helsinki-NLP/opus-mt-{src}-en's architecture (512 wide, 6+6 layers,
    8 heads, 2048 FFN; 75M parameters for fr-en, 78M for es-en, 77M for ar-en), the test
    sentencepiece of that language padded to the model's vocabulary, for benchmarks only."""
    arch = dict(
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        dropout=0.1,
        attention_dropout=0.0,
        activation_dropout=0.0,
        init_std=0.02,
    )
    lines = seed_lines() if src == "fr" else fixture_lines(src)
    return _marian(Path(path), src, "en", arch, vocab_size=OPUS_VOCAB[src], lines=lines)


# --- mBART -------------------------------------------------------------------------


def _mbart_config(vocab_size: int, max_positions: int, arch: dict | None = None, **extra):
    """An mBART config as the hub's are, with ``arch`` (default TINY) for its sizes."""
    from transformers import MBartConfig

    return MBartConfig(
        vocab_size=vocab_size,
        max_position_embeddings=max_positions,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
        scale_embedding=True,
        architectures=["MBartForConditionalGeneration"],
        # as in the hub's mBART config.json files (ctranslate2's converter reads them)
        normalize_before=True,
        add_final_layer_norm=True,
        **(TINY if arch is None else arch),
        **extra,
    )


def _mbart50_generation(**extra):
    """mBART-50's decoding settings (its generation_config.json), with ``extra``."""
    from transformers import GenerationConfig

    return GenerationConfig(
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
        max_length=200,
        num_beams=5,
        **extra,
    )


def build_mbart50(path: str | Path) -> Path:
    """Tiny many-to-many mBART-50: its vocabulary holds the 52 language codes, so
    ``forced_bos_token_id = tokenizer.convert_tokens_to_ids("en_XX")`` works."""
    from transformers import MBart50Tokenizer, MBartForConditionalGeneration

    path = Path(path)
    tok = MBart50Tokenizer(
        vocab=spm_pieces(train_spm()), src_lang="fr_XX", tgt_lang="en_XX", bos_token="<s>", model_max_length=1024
    )
    tok.save_pretrained(path)
    model = _seeded_model(
        MBartForConditionalGeneration, _mbart_config(len(tok), 1024, tokenizer_class="MBart50Tokenizer"), tok
    )
    model.generation_config = _mbart50_generation()
    model.save_pretrained(path)
    return path


def build_full_mbart50_arch(path: str | Path) -> Path:
    """Random weights with facebook/mbart-large-50-many-to-one-mmt's architecture (mBART,
    1024 wide, 12+12 layers, 16 heads, 4096 FFN, ReLU, vocabulary 250054, 1024 positions;
    611M parameters), the test MBart50Tokenizer padded to that vocabulary (the 52 language
    codes and <mask> last, as there), for benchmarks only."""
    from transformers import MBart50Tokenizer, MBartForConditionalGeneration

    path = Path(path)
    vocab_size, positions = 250054, 1024
    pieces = spm_pieces(train_spm())
    real = len(pieces) + 1  # ids of the real pieces: fairseq's <s>, <pad>, </s>, <unk>, then the rest
    added = len(MBart50Tokenizer(vocab=pieces)) - len(pieces)  # <pad>, the 52 language codes, <mask>
    pieces += [(f"<extra_{i}>", -100.0) for i in range(len(pieces), vocab_size - added)]
    tok = MBart50Tokenizer(
        vocab=pieces, src_lang="fr_XX", tgt_lang="en_XX", bos_token="<s>", model_max_length=positions
    )
    assert len(tok) == vocab_size, len(tok)
    tok.save_pretrained(path)
    arch = dict(
        d_model=1024,
        encoder_layers=12,
        decoder_layers=12,
        encoder_attention_heads=16,
        decoder_attention_heads=16,
        encoder_ffn_dim=4096,
        decoder_ffn_dim=4096,
        activation_function="relu",
        dropout=0.1,
        attention_dropout=0.0,
        activation_dropout=0.0,
        init_std=0.02,
    )
    config = _mbart_config(vocab_size, positions, arch, tokenizer_class="MBart50Tokenizer")
    model = _seeded_model(MBartForConditionalGeneration, config, tok)
    model.final_logits_bias[:, real : vocab_size - added + 1] = -1e4  # the padding pieces, as in BARThez's
    model.generation_config = _mbart50_generation(forced_bos_token_id=tok.convert_tokens_to_ids("en_XX"))
    model.save_pretrained(path)
    return path


def _barthez_tokenizer(max_len: int):
    """BarthezTokenizer (fairseq layout <s>,<pad>,</s>,<unk>, pieces, <mask>) that adds
    <s> ... </s> around each input like the hub's BARThez tokenizer.json does."""
    from tokenizers import processors
    from transformers import BarthezTokenizer

    pieces = spm_pieces(train_spm())
    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)] + pieces[3:] + [("<mask>", 0.0)]
    tok = BarthezTokenizer(vocab=vocab, model_max_length=max_len)
    tok.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>",
        pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", 0), ("</s>", 2)],
    )
    return tok


def _summariser_generation_config():
    """The decoding settings barthez-orangesum ships (generation_config.json)."""
    from transformers import GenerationConfig

    return GenerationConfig(
        bos_token_id=0,
        pad_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
        max_length=64,
        num_beams=4,
    )


def build_mbart_summariser(path: str | Path, max_positions: int = 128) -> Path:
    """Tiny French summariser shaped like moussaKam/barthez-orangesum-abstract
    (MBartForConditionalGeneration + BarthezTokenizer), limited to ``max_positions`` tokens."""
    from transformers import MBartForConditionalGeneration

    path = Path(path)
    tok = _barthez_tokenizer(max_positions)
    tok.save_pretrained(path)
    model = _seeded_model(
        MBartForConditionalGeneration, _mbart_config(len(tok), max_positions, tokenizer_class="BarthezTokenizer"), tok
    )
    model.generation_config = _summariser_generation_config()
    model.save_pretrained(path)
    return path


# --- mT5 (T5 family) -----------------------------------------------------------------

MT5_TINY = dict(
    d_model=32,
    d_kv=16,
    d_ff=64,
    num_layers=2,
    num_decoder_layers=2,
    num_heads=2,
    dropout_rate=0.0,
    feed_forward_proj="gated-gelu",
    # As INIT_STD for the others: peaked attention, so the output follows the input.
    initializer_factor=5.0,
)
# What csebuetnlp/mT5_multilingual_XLSum decodes with (its model card: beams, no repeated
# bigram, 84 tokens), kept in config.json as that model keeps them (no generation_config.json).
XLSUM_DECODING = dict(num_beams=4, no_repeat_ngram_size=2, max_length=84)


def _mt5_keep_to_words(model, specials: list[int]) -> None:
    """The mT5 counterpart of _seeded_model's bias (T5 has no final_logits_bias): the first
    hidden dimension of the decoder is held at a constant (every embedding has it, no layer
    writes to it, RMS norm does not centre), and the output rows of the special tokens read it
    with a large negative weight, so <pad>, </s> and <unk> are never written. The padding rows
    of the vocabulary (ids past the tokenizer's) stay as random as the words."""
    import torch

    with torch.no_grad():
        model.shared.weight[:, 0] = 4 * model.config.initializer_factor
        for block in model.decoder.block:
            block.layer[0].SelfAttention.o.weight[0, :] = 0.0
            block.layer[1].EncDecAttention.o.weight[0, :] = 0.0
            block.layer[2].DenseReluDense.wo.weight[0, :] = 0.0
        model.lm_head.weight[:, 0] = 0.0
        model.lm_head.weight[specials, 0] = -1e5


def build_mt5_summariser(path: str | Path) -> Path:
    """Tiny multilingual summariser shaped like csebuetnlp/mT5_multilingual_XLSum:
    MT5ForConditionalGeneration with its own output layer (not the input embeddings:
    tie_word_embeddings false, as mT5 checkpoints are saved), a vocabulary padded past the
    tokenizer's (250112 rows for 250100 pieces there; here up to a multiple of 64), the
    tokenizer as ``spiece.model`` + ``tokenizer_config.json`` (T5Tokenizer, <pad>, </s>,
    <unk> at 0-2, no sentinel pieces), its sentencepiece trained on French, Spanish and Arabic
    text, and the XL-Sum decoding settings in config.json."""
    from transformers import MT5Config

    path = Path(path)
    tok = _mt5_tokenizer(path)
    config = MT5Config(
        vocab_size=-(-len(tok) // 64) * 64,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
        tokenizer_class="T5Tokenizer",
        architectures=["MT5ForConditionalGeneration"],
        **MT5_TINY,
    )
    model = _random_mt5(config)
    _mt5_keep_to_words(model, tok.all_special_ids)
    return _save_mt5(model, path)


def _random_mt5(config):
    """An mT5 of seeded random weights with an output layer of its own, as mT5's are
    (transformers 5 ties every T5-family model's to the input embeddings whatever the
    config says; randn is T5's own initialisation of that layer)."""
    import torch
    from transformers import MT5ForConditionalGeneration

    torch.manual_seed(SEED)
    model = MT5ForConditionalGeneration(config).eval()
    with torch.no_grad():
        model.lm_head.weight = torch.nn.Parameter(torch.randn_like(model.shared.weight))
    return model


def _mt5_tokenizer(path: Path):
    """The test mT5 tokenizer written into ``path``: ``spiece.model`` (trained on French,
    Spanish and Arabic text; <pad>, </s>, <unk> at 0-2) + ``tokenizer_config.json``."""
    from transformers import AutoTokenizer

    path.mkdir(parents=True, exist_ok=True)
    proto = train_spm(
        1000, seed_lines() + fixture_lines("es") + fixture_lines("ar"), pad_id=0, eos_id=1, unk_id=2, bos_id=-1
    )
    (path / "spiece.model").write_bytes(proto)
    special = {"eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}
    (path / "special_tokens_map.json").write_text(json.dumps(special, indent=2), encoding="utf-8")
    (path / "tokenizer_config.json").write_text(
        json.dumps(
            {**special, "extra_ids": 0, "additional_special_tokens": None, "tokenizer_class": "T5Tokenizer"}, indent=2
        ),
        encoding="utf-8",
    )
    return AutoTokenizer.from_pretrained(path)


def _save_mt5(model, path: Path) -> Path:
    """Save an mT5 as the hub's checkpoints are: lm_head.weight beside shared.weight, the
    config saying they are apart, the XL-Sum decoding settings in config.json."""
    from safetensors.torch import load_file, save_file

    model.save_pretrained(path)
    weights = load_file(path / "model.safetensors")
    weights["lm_head.weight"] = model.lm_head.weight.detach().clone().contiguous()
    save_file(weights, path / "model.safetensors", metadata={"format": "pt"})
    saved = json.loads((path / "config.json").read_text(encoding="utf-8"))
    saved.update(tie_word_embeddings=False, **XLSUM_DECODING)
    (path / "config.json").write_text(json.dumps(saved, indent=2), encoding="utf-8")
    (path / "generation_config.json").unlink(missing_ok=True)
    return path


def build_full_mt5_arch(path: str | Path) -> Path:
    """Random weights with csebuetnlp/mT5_multilingual_XLSum's architecture (an mT5-base:
    vocabulary 250112, 768 wide, 12+12 layers, 12 heads of 64, gated-GELU FFN of 2048, its
    own output layer; 582M parameters) and the test mT5 tokenizer (a few hundred pieces: the
    embedding and output matrices have their full 250112 rows, the tokenizer does not need
    them), for benchmarks only. As in the tiny one, the special tokens and the rows past the
    tokenizer's are kept out of the output, as trained weights keep them."""
    from transformers import MT5Config

    path = Path(path)
    tok = _mt5_tokenizer(path)
    config = MT5Config(
        vocab_size=250112,
        d_model=768,
        d_kv=64,
        d_ff=2048,
        num_layers=12,
        num_decoder_layers=12,
        num_heads=12,
        relative_attention_num_buckets=32,
        relative_attention_max_distance=128,
        feed_forward_proj="gated-gelu",
        dropout_rate=0.1,
        initializer_factor=1.0,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
        tie_word_embeddings=False,
        tokenizer_class="T5Tokenizer",
        architectures=["MT5ForConditionalGeneration"],
    )
    model = _random_mt5(config)
    _mt5_keep_to_words(model, [*tok.all_special_ids, *range(len(tok), config.vocab_size)])
    return _save_mt5(model, path)


# --- tokenizer folders as the hub ships them: a sentencepiece model, no tokenizer.json ---


def _sentencepiece_only(path: Path, proto: bytes, tokenizer_config: dict) -> None:
    """Replace a folder's tokenizer by ``sentencepiece.bpe.model`` + ``tokenizer_config.json``:
    loading it means converting the sentencepiece model (what needs protobuf)."""
    for name in ("tokenizer.json", "special_tokens_map.json", "sentencepiece.bpe.model"):
        (path / name).unlink(missing_ok=True)
    (path / "sentencepiece.bpe.model").write_bytes(proto)
    (path / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2), encoding="utf-8")


def build_mbart50_sentencepiece_only(path: str | Path) -> Path:
    """The tiny mBART-50 with its tokenizer as facebook/mbart-large-50-many-to-many-mmt's
    older snapshots hold it (MBart50Tokenizer from sentencepiece.bpe.model)."""
    path = build_mbart50(path)
    config = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
    config.pop("backend", None)
    _sentencepiece_only(path, train_spm(), {**config, "src_lang": "fr_XX", "tgt_lang": "en_XX"})
    return path


def build_barthez_sentencepiece_only(path: str | Path, max_positions: int = 128) -> Path:
    """A tiny BARThez-shaped summariser whose tokenizer is only BARThez's own files: a
    sentencepiece model laid out <s>, <pad>, </s>, <unk> (ids 0-3) and tokenizer_config.json."""
    from transformers import AutoTokenizer, MBartForConditionalGeneration

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    proto = train_spm(bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    _sentencepiece_only(
        path,
        proto,
        {
            "tokenizer_class": "BarthezTokenizer",
            "model_max_length": max_positions,
            "bos_token": "<s>",
            "eos_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
        },
    )
    tok = AutoTokenizer.from_pretrained(path)
    model = _seeded_model(
        MBartForConditionalGeneration, _mbart_config(len(tok), max_positions, tokenizer_class="BarthezTokenizer"), tok
    )
    model.generation_config = _summariser_generation_config()
    model.save_pretrained(path)
    return path


def build_full_barthez_arch(path: str | Path) -> Path:
    """Random weights with moussaKam/barthez-orangesum-abstract's architecture (mBART,
    768 wide, 6+6 layers, 12 heads, 3072 FFN, vocabulary 50002, 1024 positions; 165M
    parameters), the test tokenizer padded to that vocabulary, for benchmarks only."""
    from tokenizers import processors
    from transformers import BarthezTokenizer, GenerationConfig, MBartConfig, MBartForConditionalGeneration

    path = Path(path)
    vocab_size, positions = 50002, 1024
    pieces = spm_pieces(train_spm())
    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)] + pieces[3:]
    vocab += [(f"<extra_{i}>", -100.0) for i in range(len(vocab), vocab_size - 1)] + [("<mask>", 0.0)]
    tok = BarthezTokenizer(vocab=vocab, model_max_length=positions)
    tok.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    tok.save_pretrained(path)
    config = MBartConfig(
        vocab_size=vocab_size,
        max_position_embeddings=positions,
        d_model=768,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=12,
        decoder_attention_heads=12,
        encoder_ffn_dim=3072,
        decoder_ffn_dim=3072,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        forced_eos_token_id=2,
        scale_embedding=True,
        normalize_before=True,
        add_final_layer_norm=True,
        dropout=0.1,
        init_std=0.02,
        tokenizer_class="BarthezTokenizer",
        architectures=["MBartForConditionalGeneration"],
    )
    model = _seeded_model(MBartForConditionalGeneration, config, tok)
    # Random weights would write mostly the padding pieces (<extra_N>), and a summary of them
    # costs the translator hundreds of tokens a word: keep it to real pieces, as trained
    # weights do, so the English half translates what looks like a summary.
    model.final_logits_bias[:, len(pieces) + 1 :] = -1e4
    model.generation_config = GenerationConfig(
        bos_token_id=0, pad_token_id=1, eos_token_id=2, decoder_start_token_id=2, forced_eos_token_id=2, num_beams=4
    )
    model.save_pretrained(path)
    return path


# --- cache -------------------------------------------------------------------------

BUILDERS = {
    "marian": build_marian,
    "mbart50": build_mbart50,
    "summariser": build_mbart_summariser,
    "marian_en_fr": build_reversed_marian,
    "mbart50_spm": build_mbart50_sentencepiece_only,
    "barthez_spm": build_barthez_sentencepiece_only,
    "marian_es": build_marian_es,
    "marian_ar": build_marian_ar,
    "mt5": build_mt5_summariser,
}


def cache_key() -> str:
    """Changes when this file, the seed text or the library versions change."""
    import sentencepiece
    import torch
    import transformers

    h = hashlib.sha256(Path(__file__).read_bytes())
    for line in seed_lines() + fixture_lines("es") + fixture_lines("ar"):
        h.update(line.encode("utf-8"))
    h.update(f"{transformers.__version__}|{torch.__version__}|{sentencepiece.__version__}".encode())
    return h.hexdigest()[:16]


def default_cache_root() -> Path:
    base = os.environ.get("SUMMARISE_TEST_MODELS") or Path.home() / ".cache" / "summarise-tests"
    return Path(base) / cache_key()


def _publish(tmp: Path, final: Path) -> None:
    """Rename a finished build into place; if another process got there first, keep theirs."""
    try:
        tmp.rename(final)
    except OSError:
        if not (final / "config.json").exists():  # a broken leftover: replace it
            shutil.rmtree(final, ignore_errors=True)
            tmp.rename(final)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def build_all(root: str | Path | None = None) -> dict[str, str]:
    """Build every tiny model once under ``root`` (default: the per-version cache);
    each is written to a temporary folder and renamed, so a crash never leaves half a model."""
    root = Path(root) if root else default_cache_root()
    root.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, builder in BUILDERS.items():
        final = root / name
        if not (final / "config.json").exists():
            tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
            builder(tmp)
            _publish(tmp, final)
        paths[name] = str(final)
    return paths


if __name__ == "__main__":
    import sys

    print(json.dumps(build_all(sys.argv[1] if len(sys.argv) > 1 else None), indent=2))
