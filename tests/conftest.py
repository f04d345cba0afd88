"""Shared fixtures: the seed files, and tiny real models built once per test session."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

from summarise.record import Record
from summarise.text.clean import clean
from summarise.text.read import read
from summarise.text.shapes import PAGE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@pytest.fixture(autouse=True, scope="session")
def own_cache(tmp_path_factory):
    """The suite keeps what the project derives once (CTranslate2 conversions, the names check's
    word-list table) in a folder of its own, never in the user's ``~/.cache/summarise``; a test that
    needs another sets ``SUMMARISE_CACHE`` itself."""
    mp = pytest.MonkeyPatch()
    if "SUMMARISE_CACHE" not in os.environ:
        mp.setenv("SUMMARISE_CACHE", str(tmp_path_factory.mktemp("summarise-cache")))
    yield
    mp.undo()


@pytest.fixture
def page_language():
    """Run a rule as on a page in the given language (what clean sets before its rules run)."""
    tokens = []

    def use(code: str) -> None:
        tokens.append(PAGE_LANGUAGE.set(code))

    yield use
    for token in reversed(tokens):
        PAGE_LANGUAGE.reset(token)


@pytest.fixture(scope="session")
def cleaned() -> list[Record]:
    """The seeds read and cleaned once; tests take deep copies through ``seeds``."""
    return list(clean(read([str(DATA)])))


@pytest.fixture
def seeds(cleaned) -> list[Record]:
    return copy.deepcopy(cleaned)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


# --- A finished run directory for the review page and evaluation tests -------------
# Records are made from the seed files by a crude split (the real cleaner is not used):
# the title line, then the first paragraphs, then hand-written English beside each
# French sentence. Some sentences carry check flags; one document failed to translate.

_SENTENCE_END = __import__("re").compile(r"(?<=[.!?»])\s+(?=[«A-ZÀ-ÖØ-Ý])")  # crude split for fixtures

REVIEW_EN = {
    "Sensibilisation à la traite des êtres humains à l’occasion de la coupe du monde de cricket": "Raising awareness of human trafficking at the Cricket World Cup",
    "A l’occasion de la coupe du monde de cricket 2007, organisée dans neuf pays des Caraïbes et qui a réuni près de 100000 spectateurs et des millions de supporters, l’OIM et ses partenaires de la région Caraïbe ont lancé une campagne de sensibilisation au problème de la traite d’êtres humains.": "On the occasion of the 2007 Cricket World Cup, held in nine Caribbean countries and attended by nearly 100,000 spectators and millions of fans, IOM and its partners in the Caribbean region launched a campaign to raise awareness of human trafficking.",
    "En coopération avec ses partenaires des Caraïbes, l’OIM a développé de nouveaux supports de lutte contre la traite diffusés à la télévision et sur les radios, ainsi que dans les magazines disponibles à bord des avions.": "In cooperation with its Caribbean partners, IOM developed new counter-trafficking materials broadcast on television and radio, as well as in in-flight magazines.",
    "La diffusion de messages en faveur de la lutte contre la traite auprès du grand public est essentielle, puisque certains éléments semblent indiquer que les victimes potentielles sont souvent identifiées par des personnes issues du grand public (un chauffeur de taxi, un client, un petit commerçant ou un voisin).": "Spreading counter-trafficking messages to the general public is essential, since there is evidence that potential victims are often identified by members of the public (a taxi driver, a customer, a shopkeeper or a neighbour).",
    "Durant la coupe du monde de cricket, une série de communiqués ont été diffusés sur les télévisions et les radios aux Bahamas, à la Barbade, en Guyana, en Jamaïque, dans les Antilles néerlandaises et à Sainte-Lucie.": "During the Cricket World Cup, a series of announcements were broadcast on television and radio in the Bahamas, Barbados, Guyana, Jamaica, the Netherlands Antilles and Saint Lucia.",
    "Ces communiqués abordent les trois principales formes de traite dans la région Caraïbe – l’exploitation à des fins sexuelles ou de travail forcé et la servitude domestique – et incitent le public à appeler le service téléphonique local pour obtenir des informations ou pour obtenir de l’aide.": "The announcements address the main forms of trafficking in the Caribbean region and urge the public to call the local hotline.",
    "L’OIM organise un atelier visant à renforcer la justice pénale et à aider les victimes de traite aux Caraïbes": "IOM holds a workshop to strengthen criminal justice and assist trafficking victims in the Caribbean",
    "Trinité-et-Tobago - L’OIM a organisé un atelier de deux jours sur la lutte contre la traite, à Kingston, en Jamaïque, qui se termine aujourd’hui.": "Trinidad and Tobago - IOM has organised a two-day counter-trafficking workshop in Kingston, Jamaica, which ends today.",
    "A cette occasion, les participants originaires des Bahamas, de la Barbade, de Jamaïque et de Sainte-Lucie, ont débattu des plans d’action nationaux et de l’amélioration des outils pour la collecte et l’analyse des données.": "Participants from the Bahamas, Barbados, Jamaica and Saint Lucia discussed national action plans and better tools for collecting and analysing data.",
    "La session de cette semaine est la première de deux ateliers de coopération destinés à 16 agents techniques, membres de l’équipe de travail nationale et des unités de lutte contre la traite, ainsi qu’à d’autres responsables formés par l’OIM des ministères du Travail, de l’Immigration, de la Police, des bureaux du procureur public et des services sociaux.": "This week's session is the first of two cooperation workshops for 60 technical officers, members of the national task force and counter-trafficking units, as well as other IOM-trained officials from the ministries of Labour, Immigration, Police, the public prosecutor's offices and social services.",
    "La première journée était centrée sur les plans d’action nationaux, en particulier sur la façon dont les pays ont défini les objectifs et les activités, ont formalisé leur plan et ont mesuré la réussite de leur plan.": "The first day focused on national action plans, in particular on how countries defined goals and activities, formalised their plan and measured its success.",
    "Aujourd’hui, les pays présenteront et amélioreront les outils de collecte et d’analyse des données et les mécanismes de partage des données.": "Today, countries will present and improve data collection and analysis tools and data-sharing mechanisms.",
    "L'OIM intensifie ses efforts de lutte contre la traite sur Hispaniola": "IOM steps up counter-trafficking efforts on Hispaniola",
    "De nouveaux fonds destinés à financer le travail de l'OIM de lutte contre la traite en Haïti permettront à l'Organisation non seulement de poursuivre l'aide directe aux victimes de ce crime mais également de conduire une nouvelle étude sur la traite des mineurs dans l'industrie du sexe en Haïti et en République dominicaine.": "New funding for IOM's counter-trafficking work in Haiti will allow the Organization not only to continue direct assistance to victims of this crime but also to conduct a new study on the trafficking of minors in the sex industry in Haiti and the Dominican Republic.",
    "Le 1,6 million de dollars donné par le Bureau de contrôle et de lutte contre la traite des personnes du Département d'Etat américain et par le Fonds des Nations Unies pour l'Enfance (UNICEF), permettra de soutenir un programme centré sur les enfants entraînés dans le système restavèk d'esclavage domestique en Haïti et en République dominicaine.": "The 1.6 billion dollars given by the US State Department's Office to Monitor and Combat Trafficking in Persons and by the United Nations Children's Fund (UNICEF) will support a programme focused on children drawn into the restavèk system of domestic slavery in Haiti and the Dominican Republic.",
    "Il s'agit notamment pour l'OIM et ses partenaires de sensibiliser au problème, là où ce phénomène naît, en partie par le biais d'un programme de communication de masse comprenant des messages radio.": "IOM and its partners will raise awareness of the problem where it begins, partly through a mass communication programme including radio messages.",
    "L'aide aux victimes de la traite": "Assistance to victims of trafficking",
    "Le bureau de l'OIM à Managua a lancé un projet-pilote en vue de fournir une aide à la réintégration aux victimes de la traite dans la province de Chinandega.": "The IOM office in Managua has launched a pilot project to provide reintegration assistance to victims of trafficking in the province of Chinandega.",
    "Cette province, située dans le sud-ouest du Nicaragua, à la frontière avec le Honduras, est considérée comme étant la plus vulnérable face à la traite.": "This province, located in the south-west of Nicaragua on the border with Honduras, is considered the most vulnerable to trafficking trafficking trafficking.",
    "Sur 26 victimes ayant bénéficié d'une aide pour regagner leur village d'origine entre janvier et octobre 2006, 13 étaient originaires de communautés de Chinandega.": "Of 26 victims who received assistance to return to their home villages between January and October 2006, 13 came from communities in Chinandega.",
}

REVIEW_FLAGS = {  # (record id, French sentence start) -> flags the checks would set
    ("001_9295c142cd2f8313", "La session de cette"): [
        {"code": "number_mismatch", "detail": "'16' not in output; '60' not in source"}
    ],
    ("000_cd64a4c7dfd5f85e", "Ces communiqués abordent"): [
        {"code": "length_ratio", "detail": "output is 0.45 of the source length (min 0.5)"}
    ],
    ("002_5ad4ddfa5634b5fc", "Le 1,6 million"): [{"code": "number_mismatch", "detail": "'1,6 million' not in output"}],
    ("003_6c8778f30a09c825", "Cette province"): [
        {"code": "repeated_ngram", "detail": "'trafficking' repeated 3 times"}
    ],
}


def _seed_document(path: Path) -> tuple[str, list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("- 2030 AGENDA")) + 1
    paras, current = [], []
    for line in lines[start + 1 :]:
        if line.startswith("Pour plus d"):
            break
        current.append(line.strip())
        if line.rstrip().endswith((".", ":", "»")):
            paras.append(" ".join(current))
            current = []
    return lines[start].strip(), paras + ([" ".join(current)] if current else [])


def _seed_translation(rec_id: str, title: str, paras: list[str]) -> dict:
    segments = []
    for para, text in enumerate([title, *paras]):
        for src in _SENTENCE_END.split(text):
            flags = [
                f for (rid, start), fl in REVIEW_FLAGS.items() if rid == rec_id and src.startswith(start) for f in fl
            ]
            segments.append({"para": para, "src": src, "tgt": REVIEW_EN[src], "flags": flags})
    by_para: dict[int, list[str]] = {}
    for seg in segments:
        by_para.setdefault(seg["para"], []).append(seg["tgt"])
    return {
        "title": " ".join(by_para.pop(0)),
        "segments": segments,
        "text": "\n\n".join(" ".join(t) for _, t in sorted(by_para.items())),
    }


def _seed_record(path: Path, n_paras: int) -> dict:
    from summarise.record import Record, text_hash

    original = path.read_text(encoding="utf-8")
    title, paras = _seed_document(path)
    paras = paras[:n_paras]
    rec = Record(
        id=path.stem,
        source=str(path),
        original=original,
        lang="fr",
        title=title,
        text="\n\n".join(paras),
        input_hash=text_hash(original),
    )
    rec.contacts = {
        "names": ["Chissey Mueller"],
        "emails": ["cmueller@iom.int"],
        "phones": ["+1 202 862 1826 x 236"],
        "links": ["http://www.iom.int/unitedstates"],
    }
    rec.cleaning = [{"rule": "site_menu", "text": "Qui sommes nous"}]
    if path.stem.startswith("004"):
        rec.fail("translate", "RuntimeError", "CUDA out of memory while translating 41 sentences")
        return rec.to_dict()
    rec.translation = _seed_translation(rec.id, title, paras)
    flagged = [f for s in rec.translation["segments"] for f in s["flags"]]
    rec.summary = {
        "fr": paras[0],
        "en": rec.translation["segments"][1]["tgt"],
        "method": "extractive",
        "model": None,
        "flags": [],
    }
    if rec.id.startswith("002"):
        rec.summary["flags"] = [{"code": "number_mismatch", "detail": "'1,6 million' not in English summary"}]
    rec.needs_review = bool(flagged or rec.summary["flags"])
    rec.flag_counts = {f["code"]: flagged.count(f) for f in flagged}
    if rec.id.startswith("003"):  # raw scraped text may hold markup that must not break the page
        rec.original += '\n<script>alert("x")</script></script><!-- end -->'
    return rec.to_dict()


@pytest.fixture
def review_run(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """A finished run directory (records.jsonl + manifest.json) built from the seed files."""
    import json

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    records = [_seed_record(p, n_paras=3) for p in seed_paths]
    with open(run_dir / "records.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    manifest = {
        "config": {"run": {"name": "seed-review"}},
        "counts": {"documents": len(records), "failed": 1},
        "models": {"translate": "model:opus-mt-fr-en@main|backend:transformers|beam:4|dtype:float32"},
        "times": {"started": "2026-11-23T04:00:00Z", "finished": "2026-11-23T04:02:10Z"},
    }
    (run_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return run_dir


@pytest.fixture(scope="session")
def tiny_models() -> dict[str, str]:
    """Folders of tiny random-weight models with the real classes, loadable with
    AutoTokenizer / AutoModelForSeq2SeqLM like hub models; built once (a few seconds)
    and cached under ~/.cache/summarise-tests/<hash>/ (tests/models.py).
    Keys: "marian" (fr->en MarianMT), "mbart50" (mBART-50 with language codes),
    "summariser" (mBART + BARThez tokenizer, 128 input positions),
    "marian_en_fr" (a Marian labelled en->fr, the wrong direction), "marian_es" and "marian_ar"
    (es->en, ar->en Marians, their sentencepiece trained on the fixtures' Spanish and Arabic),
    "mt5" (an mT5 summariser shaped like csebuetnlp/mT5_multilingual_XLSum, fr/es/ar pieces)."""
    from models import build_all

    return build_all()
