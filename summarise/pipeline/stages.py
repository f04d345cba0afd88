"""The stages in order, without I/O: what both executors (this process, Ray) run.

A run is ``read -> clean -> segment -> summarise -> translate -> check -> write``, each stage
a generator over records, so memory stays flat whatever the number of documents.
:func:`process` chains the model stages; :func:`read_and_clean` the text stages.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from summarise.config import Config
from summarise.errors import UserError
from summarise.models.required import required_models
from summarise.models.routing import Translators, load_translators, summarisers_for
from summarise.models.source import check_models
from summarise.models.summarise import load_summariser, summarise
from summarise.models.terms import load_terms
from summarise.models.translate import translate
from summarise.quality.checks import check
from summarise.record import RECORDS, Record, atomic_write, text_hash
from summarise.store.memory import memory_path
from summarise.text.boilerplate import repeated_lines
from summarise.text.clean import CLEAN_VERSION, clean
from summarise.text.read import read
from summarise.text.segment import segment
from summarise.version import __version__

# Settings that change how fast a run goes or where it runs, never what it writes: left out of
# the signature, so changing them redoes nothing ([run] holds the device and the executor).
OUTPUT_NEUTRAL = (
    "run",
    "translate.threads",
    "translate.batch_tokens",
    "translate.max_batch_size",
    "translate.window_sentences",
    "summarise.batch_size",
)
# Which model each language gets: in each document's signature through the models it used,
# so left out of the config part (a French document's signature is what it always was). So are
# the other languages' glossaries: a document's signature holds the entries it holds. A
# language's summariser table (summarise.models.<code>) is named by that summariser's signature:
# its model, revision, backend, beams, dtype and input limit always, its max_new_tokens when set.
ROUTING = (
    "translate.source",
    "translate.models",
    "translate.fallback",
    "translate.fallback_codes",
    "summarise.models",
    "translate.glossaries",
)


@dataclass
class Models:
    """The models a run needs, loaded once and passed to the stages: ``translator`` and
    ``summariser`` are the primary language's (French by default); ``translators`` and
    ``summarisers`` every language's (built from the first two when not given)."""

    translator: Any
    summariser: Any = None
    translators: Any = None  # routing.Translators
    summarisers: dict[str, Any] = None  # type: ignore[assignment]  # language -> abstractive summariser (set in __post_init__)
    # Each language's signature under a config, made once: a local model folder's part of it
    # reads the folder (file stamps, a cached hash), which must not happen for every document.
    _signatures: dict[tuple[str, str], str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.translators is None:
            if isinstance(self.translator, Translators):
                self.translators, self.translator = self.translator, self.translator.first
            else:
                lang = getattr(self.translator, "source_lang", None) or "fr"
                self.translators = Translators({lang: self.translator}, {lang: "translate.model"}, primary=lang)
        if self.summarisers is None:
            self.summarisers = {self.translators.primary: self.summariser} if self.summariser is not None else {}

    def signature(self, config: Config, lang: str | None = None) -> str:
        """What made a document in ``lang`` (default: the primary language): the version,
        its translator and summariser, and the settings that change a record's content."""
        lang = lang or self.translators.primary
        settings = config.hash(without=OUTPUT_NEUTRAL + ROUTING)[:8]
        if (lang, settings) not in self._signatures:
            self._signatures[lang, settings] = self._signature(config, lang, settings)
        return self._signatures[lang, settings]

    def _signature(self, config: Config, lang: str, settings: str) -> str:
        summariser = self.summarisers.get(lang)
        parts = [f"summarise:{__version__}", CLEAN_VERSION, self.translators.signature(lang)]
        if summariser is not None:
            parts.append(summariser.signature())
        elif config.summarise.method == "abstractive" and lang != self.translators.primary:
            parts.append("summary:extractive")  # no summariser for this language
        else:
            parts.append(f"summary:{config.summarise.method}")
        # The settings that change a record's content; the others only say where and how fast.
        return "|".join(parts) + f"|cfg:{settings}"

    def document_signature(self, config: Config, rec: Record) -> str:
        """The run's signature for this document's language (record_signature adds the rest)."""
        return self.signature(config, self.translators.language(rec))

    def document_terms(self, rec: Record) -> Any:
        """The terms the document is translated with: its language's glossary and memory."""
        return self.translators.terms_for(rec)

    def set_terms(self, terms: Any) -> None:
        self.translators.set_terms(terms)
        self._signatures.clear()  # the translators' signatures name their terms

    def info(self) -> dict[str, Any]:
        """The manifest's ``models``: the primary translator and summariser, and each language's."""
        out: dict[str, Any] = {"translator": self.translator.info()}
        if self.summariser is not None:
            out["summariser"] = self.summariser.info()
        out["languages"] = self.translators.info()
        out["summarisers"] = {lang: s.info() for lang, s in self.summarisers.items()}  # each its own settings
        return out


def record_signature(signature: str, rec: Record, terms: Any) -> str:
    """The run's ``signature`` and what this document's output also depends on: its cleaned
    text (the batch's repetition table can change it while the input stays the same), the
    glossary entries it holds and the memory's entries for its sentences (``terms``: those of
    its language and model, Models.document_terms). A record is done
    when this is what made it (the resume rule, rundir.already_done)."""
    if rec.error is not None:
        return signature
    made_from = text_hash(f"{rec.title}\n{rec.text}")[:8]
    part = terms.document_part(rec.title, rec.text) if terms is not None else ""
    return f"{signature}|doc:{made_from}" + (f"+{part}" if part else "")


def load_models(config: Config) -> Models:
    """Load every model the config needs; raises ``ModelLoadError`` before any document,
    naming at once every model that is missing."""

    check_models(required_models(config), config.path)
    terms = load_run_terms(config, config.output_dir)
    translators = load_translators(config)
    translators.set_terms(terms)
    summarisers = summarisers_for(config, load_summariser)
    primary = translators.primary
    return Models(translators.first, summarisers.get(primary), translators, summarisers)


def load_run_terms(config: Config, run_dir: Path):
    """Protected spans, glossary and the translation memory of a run in ``run_dir``."""

    return load_terms(config.translate, memory_path(config.translate.memory, run_dir))


def process(
    records: Iterable[Record], config: Config, models: Models, times: StageTimes | None = None
) -> Iterator[Record]:
    """Run the model stages over cleaned records: the pipeline without its I/O.
    ``times`` collects the seconds of each stage (the records' own source as read+clean)."""

    times = times or StageTimes()
    summarisers = models.summarisers if config.summarise.method == "abstractive" else models.summariser
    data: Iterable[Record] = segment(times.wrap("read+clean", records), models.translators)
    data = summarise(times.wrap("segment", data), summarisers, config.summarise)
    data = translate(times.wrap("summarise", data), models.translators, config.translate)
    # The limit the translator really used (it caps the configured one at the model's size).
    data = check(
        times.wrap("translate", data), config.checks, models.translator.max_new_tokens, config.summarise.max_words
    )
    return times.wrap("check", data)


class StageTimes:
    """Seconds per stage of a chain of generators, each net of the stages upstream of it:
    ``wrap`` times every ``next()`` of a stage's output, which includes the upstream stages'
    work; the difference between consecutive stages is the stage's own."""

    def __init__(self) -> None:
        self.inclusive: dict[str, float] = {}
        self.outside: dict[str, float] = {}  # stages outside the chain (loading, writing)

    def wrap(self, name: str, records: Iterable[Record]) -> Iterator[Record]:
        self.inclusive.setdefault(name, 0.0)  # now, in chain order (a generator body runs late)
        return self._timed(name, iter(records))

    def _timed(self, name: str, source: Iterator[Record]) -> Iterator[Record]:
        while True:
            started = time.perf_counter()
            try:
                record = next(source)
            except StopIteration:
                self.inclusive[name] += time.perf_counter() - started
                return
            self.inclusive[name] += time.perf_counter() - started
            yield record

    def add(self, name: str, seconds: float) -> None:
        self.outside[name] = self.outside.get(name, 0.0) + seconds

    def seconds(self) -> dict[str, float]:
        out, upstream = {}, 0.0
        for name, total in self.inclusive.items():
            out[name] = round(max(total - upstream, 0.0), 3)
            upstream = total
        return {**out, **{name: round(v, 3) for name, v in self.outside.items()}}


def read_and_clean(inputs: Iterable[Any], config: Config, repeated: Any = None) -> Iterator[Record]:
    """Read and clean; the lines the inputs share (a first pass over them) are chrome.
    Pass ``repeated`` (``boilerplate.repeated_lines`` over all the inputs) to clean a part
    of a run as the whole run would."""

    inputs = list(inputs)
    if repeated is None:
        repeated = repeated_lines(read(inputs, max_text_mb=config.run.max_text_mb))
    return clean(
        read(inputs, max_text_mb=config.run.max_text_mb), languages=tuple(config.clean.languages), repeated=repeated
    )


@dataclass
class RunResult:
    output: Path
    status: str = "running"
    done: int = 0
    skipped: int = 0
    failed: int = 0
    failures: Counter = field(default_factory=Counter)
    exit_code: int = 0
    needs_review: int = 0  # documents of the run folder that need review
    critical: int | None = None  # critical flags of this run's documents (None: no severities)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def records_path(self) -> Path:
        return self.output / RECORDS


T = TypeVar("T")


def select(records: Iterable[T], limit: int | None, shard: tuple[int, int] | None) -> Iterator[T]:
    """Keep shard I of N (by position) and at most ``limit`` documents."""
    kept = 0
    for pos, rec in enumerate(records):
        if shard and pos % shard[1] != shard[0]:
            continue
        if limit is not None and kept >= limit:
            return
        kept += 1
        yield rec


def clean_to_jsonl(inputs: Iterable[str | Path], output: str | Path, languages: tuple[str, ...] = ("fr",)) -> Counter:
    """``summarise clean``: read and clean inputs into one JSONL file, written atomically
    (a crash leaves the old file or none, never half of one). Returns counts by outcome:
    ``ok`` and ``<stage>:<type>`` for each kind of error."""

    inputs = list(inputs)
    repeated = repeated_lines(read(inputs))  # boilerplate shared by the batch
    out = Path(output)
    if out.is_dir():
        raise UserError(f"{out} is a folder: give -o a file name, e.g. {out / 'clean.jsonl'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {out.parent}: {exc.strerror or exc}; choose another -o") from None
    counts: Counter = Counter(ok=0)
    with atomic_write(out) as fh:
        for rec in clean(read(inputs), languages=languages, repeated=repeated):
            fh.write(rec.to_json() + "\n")
            counts["ok" if rec.error is None else f"{rec.error['stage']}:{rec.error['type']}"] += 1
    return counts
