"""Negation: a negation of the source that the output drops, or one the output adds. What the
source says negatively is read by ``negation_source``; this module reads the English and
compares the two."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from summarise.quality.cognates import english_cognate, has_counterpart, output_words, source_keys
from summarise.quality.flags import LETTERS_RE, Flag, flag, fold, quote
from summarise.quality.nametables import zipf
from summarise.quality.negation_arabic import AR_NEGATED_SUBJUNCTIVE_RE, plain_arabic
from summarise.quality.negation_english import (
    EN_CONCESSIVE_RE,
    EN_CONTRAST_RE,
    EN_FAR_FROM_RE,
    EN_IF_NOT_RE,
    EN_UNTIL_RE,
    english_negative,
    said_by_affixed_words,
    said_by_negative_adjectives,
    said_by_prefixed_nouns,
    says_negation,
    uncounted_nots,
)
from summarise.quality.negation_lexical import (
    EN_LITOTES_SENSE_RE,
    LEXICAL_NEGATION_RE,
    LITOTES,
    MIN_STEM_ZIPF,
    NEGATED_COPULA,
    PREFIXED_RE,
    cares_said,
    knowing_said_at_a_loss,
    litotes_said_once,
    not_caring_said_caring,
    not_knowing_said_known,
    paired_word_negations,
)
from summarise.quality.negation_positive import EN_ONLY_RE, said_positively
from summarise.quality.negation_source import (
    ANSWER_ONLY,
    AR_PRIVATIVE,
    CLITICS,
    CONTRAST,
    EN_CERTAINTY_RE,
    FAR_FROM,
    FR_CLITICS,
    IF_NOT,
    JOINED_NOT_NEGATION,
    NEGATED_DOUBT,
    NOT_COUNTED,
    ONLY_RESTRICTION,
    PRIVATIVE,
    RESTRICTION,
    SUPERLATIVES,
    WRITTEN_NEGATION,
    rendered_idioms,
    source_negation,
)
from summarise.text.languages import profile

# What English says a restriction ("ne ... que", "لا ... إلا": only) with (EN_ONLY_RE), or, keeping the
# source's negation, the exception after it: "nothing but", "none other than",
# "not until", "not ... unless", "no one except" (a "but" after a comma joins clauses instead).
EN_EXCEPTION_RE = re.compile(
    r"(?<![,;]\s)\bbut\b|\b(?:except|save for|other than|apart from|besides|until|till|unless)\b", re.IGNORECASE
)
# English words that carry a negation in themselves ("failed", "refused", "unavailable",
# "relentless", "toll-free"): the words that say it by their sense ("declined to comment": refused
# to, a "n'a pas souhaité commenter", "no quiso comentar"; not "prices declined")...
EN_WORD_NEGATION = (
    r"\b(?:fail\w*|lack\w*|unable|refus\w*|absen\w*|impossible|devoid|den(?:y|ied|ies)|declin(?:e|es|ed|ing)(?=\s+to\s)"
    r"|dis(?:agree|like|approv)\w*)\b"
    r"|\b(?:prohibit\w*|forbid\w*|ban|bans|banned|banning|prevent\w*|reject\w*|short(?:age|fall|ness)s?|defici\w*)\b"
    # not allowed, not required, not found ("لم يُسمح": "barred"; "لا يحتاج": "exempt"; "لم يُعثر": "missing")
    r"|\b(?:barred|barring|exempt\w*|missing)\b"
    # adverbs that half negate: they answer a "ne ... guère" / "apenas", or translate a word of
    # their own in the source ("rara vez", "rarement", "نادرا"), counted like it below
    r"|\b(?:hardly|barely|scarcely|rarely|seldom)\b"
    # and "little" before its verb, not much ("لا يعرف الكثير", "on ne sait pas grand-chose": "little is known")
    r"|(?<!\ba )\blittle(?=\s+(?:is|was|has|had|can|could|will|would|remains?|changed)\b)"
)
# ...and those that say it with a prefix or a suffix, a negation made inside the word
# ("unmanned", "invincible", "meaningless", "toll-free", "free of charge")
EN_AFFIXED_NEGATION_RE = re.compile(
    r"\bun(?!ivers)[a-z]{3,}(?:ed|ar|al|able|ible|ful)\b|\bi[nm][a-z]{3,}(?:able|ible|ability|ibility)\b"
    r"|\b\w{3,}less\b|\w-free\b|\bfree of\b"
    r"|\b(?:illegal|illicit|illegitimate|irregular|irrelevant|irresponsible|irreversible)\b"
    # the negating prefix un- on the adjectives the forms above miss ("unsure", "unknown"), and
    # non- on any word ("nonlinear"; not "nonetheless"), un- on a participle ("unheard"); not "unlike", "unfortunately"
    r"|\bun(?:sure|certain|known|aware|clear|seen|hurt|well|fit|true|safe|fair|wise|even|heard|met|paid|spoken|written)\b"
    r"|\bnon-?(?!etheless)[a-z]{3,}\b",
    re.IGNORECASE,
)
EN_LEXICAL_NEGATION_RE = re.compile(EN_WORD_NEGATION + "|" + EN_AFFIXED_NEGATION_RE.pattern, re.IGNORECASE)
# English that says a noun's absence ("sans arme", "sin hielo": "lose the weapon", "ice free", "run
# out of"), besides "without", "no" and the words negative by themselves.
EN_PRIVATIVE_RE = re.compile(
    r"(?<!-)\b(?:free|los[et]|loses|losing|rid|deprived|short of|(?:run|runs|ran|running) out)\b", re.IGNORECASE
)
# "عدم" before a noun negates the noun itself ("بعدم الثقة", by a lack of trust; "عدم توفر", the
# unavailability of): English may say it in one noun negative by its prefix (said_by_prefixed_nouns).
AR_NOT_NOUN_RE = re.compile(r"(?<![\u0621-\u064a])[وف]?[بلك]?عدم\s+[\u0621-\u064a]")
# An English word negative by its prefix, and the positive word after it ("unpopular": "popular").
EN_PREFIX_STEM_RE = re.compile(r"(?:un|in|im|il|ir|non-?|dis)([a-z]{4,})", re.IGNORECASE)
# A source word negative by its prefix (NEGATIVE_PREFIX_RE, below), and the word after it.
SOURCE_PREFIX_STEM_RE = re.compile(r"(?:i[nmlr]|d[eé]s|dis|non)([^\W\d_]{4,})", re.IGNORECASE)
# A "not" right before an adjective negative by its prefix says the positive ("not illegal",
# "not entirely unlike"; not "not an invisible force").
EN_LITOTES_RE = re.compile(
    r"\b(?:not|n['’]t)\s+(?:(?:be|so|entirely|always|totally|necessarily|completely)\s+)?(?=([\w-]+))", re.I
)
# English negations an output may add: "not", "n't", "never", "no", "nothing", "without"...
# Not "No. 5", "flight No. CG4684" (number), nor a bound: "no less than 7", "no later than May"; nor
# "more often than not", nor the free-choice "no matter where" ("où que", "sea cual sea"): no clause negated.
EN_ADDED_NEGATION_RE = re.compile(
    r"(?<!\bor )(?<!\bthan )\b(?:not|never|none|nothing|nobody|neither|nor|cannot|nowhere)\b|n\s?['’]t\b"
    r"|\bno\b(?!\.\s?[^\W\d_]*\d|-\w|\s+matter\b|\s+(?:less|fewer|more|later|earlier|sooner)\s+than\b)",
    re.IGNORECASE,
)
# "not ... until": English for a restriction ("erst 1818", "pas in 1818": only in 1818) where the
# source has no negation; read so where the language's restriction is not (RESTRICTION).
EN_NOT_UNTIL_RE = re.compile(r"(?:\bnot\b|n['’]t\b)[^.;:!?]{0,80}?\b(?:until|till)\b", re.IGNORECASE)
# "ever" after a superlative ("the most violent ever recorded"): English for a word that elsewhere
# means "never" (Italian "mai", French "jamais"); read so where the language's superlatives are not
# (SUPERLATIVES).
EN_SUPERLATIVE_EVER_RE = re.compile(
    r"\b(?:most|least|best|worst|first|only|largest|biggest|highest|greatest|[^\W\d_]{3,}est)\b"
    r"(?:\s+[^\W\d_]+){0,4}\s+ever\b",
    re.IGNORECASE,
)

# A negation on an infinitive ("pour ne pas être repérés", "de ne plus l'utiliser", "para no ser
# visto"; the word after it ends as the profile's infinitives do): English may say it with a verb
# whose complement does not happen ("to avoid being spotted", "to stop using it"). Read only there:
# a finite "did not stop working" said "stopped working" has lost its negation.
NEGATED_INFINITIVE = {
    "fr": re.compile(r"\b(?:ne\b|n['’])\s*(?:pas|plus|jamais)\s+" + FR_CLITICS + r"([^\W\d_]+)", re.IGNORECASE),
    "es": re.compile(
        r"\bno\s+(?:(?:se|le|les|lo|la|los|las|me|te|nos)\s+)*([^\W\d_]+?)(?:l[oae]s?|se|me|te|nos)?\b", re.I
    ),
    "ar": AR_NEGATED_SUBJUNCTIVE_RE,  # "ألا تشرب": the subjunctive after "أن" is the infinitive, no ending to read
}
EN_NOT_DOING_RE = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?|refrain(?:s|ed|ing)?)\b", re.I
)

# English that says "other than" (غير بلدك, "a country other than yours"; "salvo", "sauf"): it
# answers a negative word of the source, as a negative English word does.
EN_OTHER_THAN_RE = re.compile(r"\b(?:other than|except|apart from|besides|else)\b", re.IGNORECASE)
# A source word that English writes alike ("illégal" / "illegal") answers a negative English
# word only when it is negative by its own prefix.
NEGATIVE_PREFIX_RE = re.compile(r"(?:i[nmlr]|d[eé]s|dis|non)", re.IGNORECASE)


def _counted_text(src: str, lang: str, tgt: str) -> str:
    """The source with what only looks negative taken out (NOT_COUNTED), the idioms the
    output says positively ("ما لم" -> "unless", "طائرة بدون طيار" -> "drone"), and a restriction
    ("ne ... que", "لا ... إلا") the output says with "only" or without its exception ("but",
    "except", "until"): a "not" of the output then stands for none of the source's."""
    text = plain_arabic(src) if lang == "ar" else src
    for pattern in NOT_COUNTED.get(lang, ()):
        text = pattern.sub(" ", text)
    if lang == "ar":
        for idiom, _ in rendered_idioms(tgt):
            text = idiom.sub(" ", text)
    if lang in RESTRICTION and (EN_ONLY_RE.search(tgt) or not EN_EXCEPTION_RE.search(tgt)):
        text = RESTRICTION[lang].sub(" ", text)
    elif lang in ONLY_RESTRICTION and EN_ONLY_RE.search(tgt):
        text = ONLY_RESTRICTION[lang].sub(" ", text)  # "no ... más que" said "only"
    if lang in NEGATED_DOUBT and EN_CERTAINTY_RE.search(tgt):
        text = NEGATED_DOUBT[lang].sub(" ", text)  # "sans aucun doute" said "undoubtedly"
    if lang in LITOTES and not EN_LITOTES_SENSE_RE.search(tgt):
        text = LITOTES[lang].sub(" ", text)  # "n'arrêtent pas de" said "keep": it answers no "not"
    return said_positively(text, lang, tgt, summed=False)


def _negation_words(src: str, text: str, lang: str) -> int:
    """The profile's negation words in ``text`` (the source ``src``, idioms taken out), read
    liberally: "non sans" -> "not without" counts two. "jamais" after a superlative ("ever")
    is not counted; a word negative by itself ("غير") is counted with those (_source_lexical)."""
    lexical = LEXICAL_NEGATION_RE.get(lang)
    # "ما" is "what" far more often than "not". Accents count ("Né", born, is not "ne").
    negation = {plain_arabic(w).lower() for w in profile(lang).negation if w != "ما"} | {"non"}
    superlative = SUPERLATIVES.get(lang)
    written = WRITTEN_NEGATION.get(lang)
    words = len(written.findall(src)) if written else 0
    # a word the language negates by its prefix ("niedostępne", unavailable; "недалеко", not far):
    # the English may say it with "not", "no"; counted liberally (it only excuses)
    prefixes = profile(lang).negation_prefixes
    if lang == "ar":
        text = re.sub(AR_PRIVATIVE, " ", text)  # "لا نهائي": a word negative by itself
    clitics = CLITICS.get(lang)
    joined = JOINED_NOT_NEGATION.get(lang)
    for m in re.finditer(r"[^\W\d_]+(?:['’](?=\w))?", text):
        word = m.group().lower()
        if joined and joined.fullmatch(word):
            continue  # "كلا" (both), "كلما" (whenever)
        if clitics and word not in negation:  # "فلا", "ولم", "بدون"
            word = next((word[k:] for k in (1, 2) if clitics.fullmatch(word[:k]) and word[k:] in negation), word)
        if prefixes and word not in negation and any(word.startswith(p) and len(word) > len(p) + 2 for p in prefixes):
            words += 1
            continue
        if word not in negation or (lexical and lexical.fullmatch(word)):
            continue
        if (
            superlative
            and word in ("jamais", "nunca", "jamas")
            and superlative.search(text[max(0, m.start() - 60) : m.start()])
        ):
            continue
        words += 1
    return words


def _source_lexical(text: str, lang: str) -> list[str]:
    """The words of the source negative by themselves ("refusé", "غير", "impossible")."""
    lexical = LEXICAL_NEGATION_RE.get(lang)
    if lexical is None:
        return []
    found = []
    for m in lexical.finditer(text):
        prefixed = PREFIXED_RE.fullmatch(m.group())
        if prefixed and zipf(prefixed.group(1).lower(), lang) < MIN_STEM_ZIPF:
            continue  # "imprimable": no prefix
        found.append(m.group())
    return found


def _cognate(word: str, others: list[str], lang: str) -> bool:
    """Whether ``word`` (English) is written like one of ``others`` (source words) in the
    language's cognate spellings ("illegal" / "illégal", "illicit" / "ilícitas"), or, both
    negative by a prefix, their positive words are ("unpopular" / "impopular": "popular")."""
    out = output_words(word)
    if any(has_counterpart(other, lang, out) for other in others if len(other) >= 4):
        return True
    stem = EN_PREFIX_STEM_RE.fullmatch(word)
    if not stem:
        return False
    out = output_words(stem.group(1))
    stems = (SOURCE_PREFIX_STEM_RE.fullmatch(other) for other in others)
    return any(has_counterpart(s.group(1), lang, out) for s in stems if s)


class _English(NamedTuple):
    """The English's negations, once the words that translate a word of the source by spelling
    are set aside: its "not"s, its words negative by themselves, of those the ones negative by
    a prefix or suffix; and the source's words negative by themselves none of those answers."""

    nots: int
    lexical: int
    affixed: int
    source: int
    excusing: int  # of the source's words left over, those that may stand for a "not"


def _english(src_text: str, tgt: str, lang: str) -> _English:
    """A negative English word written like a word of the source negative by its prefix
    translates that word ("n'est pas illégal" -> "illegal" keeps "illégal" and drops the
    "pas"); only the English words left over can stand for a negation of the source, and only
    the source's words left over for a "not" of the English. A "not" before a word negative by
    its prefix ("not illegal") says the positive: neither counts."""
    english = [
        w
        for w in EN_LEXICAL_NEGATION_RE.findall(tgt)
        if english_negative(w, src_text) or (lang not in NOT_COUNTED and EN_CONCESSIVE_RE.fullmatch(w))
    ]
    source = _source_lexical(src_text, lang)
    if profile(lang).cognate_endings and english:
        words = [w for w in LETTERS_RE.findall(src_text) if NEGATIVE_PREFIX_RE.match(fold(w))]
        free = [w for w in english if not _cognate(w, words, lang)]
        if len(free) < len(english):
            source = [w for w in source if not _cognate(" ".join(english), [w], lang)]
        english = free
    litotes = sum(1 for m in EN_LITOTES_RE.finditer(tgt) if _litotes(m.group(1), src_text, lang))
    affixed = sum(1 for w in english if EN_AFFIXED_NEGATION_RE.fullmatch(w)) - litotes
    nots = len(EN_ADDED_NEGATION_RE.findall(tgt)) - litotes - uncounted_nots(src_text, tgt, EN_ADDED_NEGATION_RE)
    if lang not in RESTRICTION:
        nots -= len(EN_NOT_UNTIL_RE.findall(tgt))
    lexical = len(english) - litotes
    # the English negative words and "other than"s answer the source's words, those whose English
    # is mostly positive first; the words left over may each stand for a "not"
    only = ANSWER_ONLY.get(lang)
    answer_only = len(only.findall(src_text)) if only else 0
    answers = lexical + len(EN_OTHER_THAN_RE.findall(tgt))
    excusing = max(0, len(source) - answer_only - max(0, answers - answer_only))
    return _English(nots, lexical, affixed, len(source), excusing)


def _litotes(word: str, src_text: str, lang: str) -> bool:
    """Whether ``word``, after a "not", is a negative English adjective whose positive the
    source says in a word written alike ("es legal" -> "it is not illegal": the positive twice
    negated); not "were not unbreakable" for "incassables"."""
    positive = re.match(r"(?:un|in|im|il|ir|non-?|dis)(\w{4,})", word, re.IGNORECASE)
    if not positive or not EN_AFFIXED_NEGATION_RE.fullmatch(word) or not profile(lang).cognate_endings:
        return False
    words = [w for w in LETTERS_RE.findall(src_text) if not NEGATIVE_PREFIX_RE.match(fold(w))]
    return _cognate(positive.group(1), words, lang)


EN_WITH_RE = re.compile(r"\bwith\b", re.IGNORECASE)


# What says "instead of" in the source ("au lieu d'argent", "en vez de dinero", "بدلا من"): an English
# "instead of" that translates it answers no negation.
SOURCE_INSTEAD = {
    # (not "plutôt A et non B", "más bien A y no B": one contrast with its negation, which "rather than" says)
    "fr": re.compile(r"\bau lieu d(?:e\b|['’])|\bplutôt\b(?![^.;:!?]*\b(?:et|mais)\s+(?:non|pas)\b)", re.IGNORECASE),
    "es": re.compile(r"\ben (?:vez|lugar) de\b|\bmás bien\b(?![^.;:!?]*\b(?:y|pero)\s+no\b)", re.IGNORECASE),
    "ar": re.compile(r"(?<![\u0621-\u064a])[وف]?(?:بدلا|بدل|عوضا)(?![\u0621-\u064a])"),
}


def _contrasts(src: str, lang: str, tgt: str) -> int:
    """The English "rather than", "instead of" beyond those that translate a word of the source."""
    own = SOURCE_INSTEAD.get(lang)
    return max(0, len(EN_CONTRAST_RE.findall(tgt)) - (len(own.findall(src)) if own else 0))


def _not_doing(src: str, lang: str, tgt: str) -> int:
    """How many of the source's negated infinitives ("pour ne pas être repérés") an English verb of not
    doing ("to avoid being spotted") answers: the word after the negation ends as the profile's
    infinitives do."""
    negated = NEGATED_INFINITIVE.get(lang)
    endings = profile(lang).infinitive_endings
    if negated is None:
        return 0
    infinitives = sum(1 for m in negated.finditer(src) if not endings or m.group(1).lower().endswith(endings))
    return min(infinitives, len(EN_NOT_DOING_RE.findall(tgt)))


def _privative_rephrased(src: str, lang: str, tgt: str) -> bool:
    """Whether each privative of the source ("sans problèmes", "sin problemas") is on a noun English
    writes alike (a cognate: "problems") and the English does not write it: the phrase is said in a
    word of its own ("everything went smoothly"), which cannot be read. Said "with problems", or with
    a noun English writes otherwise, the negation is read as lost; so is any English with a "with"
    ("give up with a fight" for "sans combat")."""
    if EN_WITH_RE.search(tgt):
        return False
    out = output_words(tgt)
    nouns = [re.match(r"\s*([^\W\d_]+)", src[m.end() :]) for m in PRIVATIVE[lang].finditer(src)]
    return bool(nouns) and all(
        noun is not None
        and any(english_cognate(key, lang) for key in source_keys(fold(noun.group(1)), lang))
        and not has_counterpart(noun.group(1), lang, out)
        for noun in nouns
    )


@lru_cache(maxsize=16)
def _clause_re(lang: str) -> re.Pattern[str]:
    """Where a source sentence's clauses meet: punctuation, and the profile's clause words
    ("mais", "pero", "لكن"), which a language that writes its conjunctions joined (Arabic
    "ولكني") writes at a word's start."""
    lp = profile(lang)
    if lp.coordinator_prefixes:
        words = "|".join(re.escape(w) for w in sorted(lp.clause_words, key=len, reverse=True) if len(w) > 1)
        joined = "|".join(re.escape(p) for p in lp.coordinator_prefixes)
        return re.compile(rf"[,;:.!?،؛]|(?<![^\W\d_])(?:{joined})?(?:{words})" if words else r"[,;:.!?،؛]")
    words = "|".join(re.escape(w) for w in lp.clause_words)
    return re.compile(rf"[,;:.!?،؛]|\b(?:{words})\b" if words else r"[,;:.!?،؛]", re.IGNORECASE)


def _negated_clauses(src: str, lang: str, tgt: str) -> int:
    """How many clauses of the source negate (at least one); an Arabic clause with two negations
    not joined by "و" counts twice ("لا يوجد شيء لا مفر منه", there is nothing inevitable: one antonym,
    "something inevitable", says it positive)."""
    pieces = _clause_re(lang).split(plain_arabic(src) if lang == "ar" else src)
    found = [(piece, first) for piece in pieces if (first := source_negation(piece, lang, tgt))]
    if lang == "ar":
        alone = r"(?<![\u0621-\u064a]){}(?![\u0621-\u064a])"  # the particle as a word, not inside "خلال"
        seconds = (
            source_negation(re.sub(alone.format(re.escape(first)), " ", p, count=1), lang, tgt) for p, first in found
        )
        return max(1, len(found) + sum(1 for second in seconds if second and not second.startswith(("و", "ف"))))
    return max(1, len(found))


def check_negation(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """See ``_check_negation``; then, each word-level "non" of the source ("non réparables") taken out
    with the English word that says it ("non-reparable", ``paired_word_negations``), the source's
    other negations must still be said: "n'a pas cette possibilité" -> "does have" is lost."""
    flags = _check_negation(src, tgt, lang)
    paired = None if flags else paired_word_negations(src, lang, tgt, EN_AFFIXED_NEGATION_RE)
    if paired and any(f["code"] == "negation_lost" for f in _check_negation(*paired, lang)):
        detail = f"source negates beside its word-level negation, the output does not: {quote(tgt)}"
        return [flag("negation_lost", detail)]
    return flags


def _check_negation(src: str, tgt: str, lang: str = "fr") -> list[Flag]:
    """The source negates and the output has no negation at all (``negation_lost``): no
    "not", "never", "without"..., and not as many words that negate by themselves
    ("unfamiliar", "fail") as the source has negated clauses, beyond those that translate such
    a word of the source ("refusé" -> "refused", "rechazó" -> "refused", "illégal" ->
    "illegal"): the sentence now says the opposite. A restriction ("ne ... que", "لا ... إلا") said with
    "until" and neither "only" nor "not" is one too ("not until" -> "until"). Or the output
    negates more often than the source says anything negative (``negation_added``).

    Where the language's profile holds no negation words, the source's negations cannot be
    read, and neither is claimed: no flag. Where the language also negates inside a word
    (``Language.negation_in_word``: Turkish "gelmedi"), a source with none of the words may
    still negate: a negation lost is read, none is claimed added."""
    language = profile(lang)
    if not language.negation:
        return []
    read_src = src
    if lang in ONLY_RESTRICTION and EN_ONLY_RE.search(tgt):
        # "no han encontrado más que 300" -> "found only 300": the restriction is said, not lost
        read_src = ONLY_RESTRICTION[lang].sub(" ", src)
    if once := litotes_said_once(read_src, lang, tgt):  # "je n'ignore pas" -> "I am unaware"
        return [flag("negation_lost", f"source negates twice ({once!r}), the output once: {quote(tgt)}")]
    if lang in LITOTES:
        read_src = LITOTES[lang].sub(" ", read_src)  # "je n'ignore pas" -> "I am aware": no negation lost
    read_src = said_positively(read_src, lang, tgt)
    if lang in FAR_FROM and EN_FAR_FROM_RE.search(tgt):  # "loin d'être" said "far from": that clause alone
        read_src = FAR_FROM[lang].sub(" ", read_src)
    negation = read = source_negation(read_src, lang, tgt)
    if negation is None:  # "ignorent encore son nom" -> "still do know his name"
        negation = not_knowing_said_known(read_src, lang, tgt) or not_caring_said_caring(read_src, lang, tgt)
    text = _counted_text(src, lang, tgt)
    if negation is None and lang in RESTRICTION and EN_UNTIL_RE.search(tgt) and not EN_ONLY_RE.search(tgt):
        restriction = RESTRICTION[lang].search(text)
        negation = restriction.group() + " ... (only)" if restriction else None
    english = _english(text, tgt, lang)
    far_from = False
    if lang not in FAR_FROM and lang not in SUPERLATIVES and lang not in CONTRAST:
        # a language whose idioms of negation are not read: English "far from" ("nog lang niet"),
        # "ever" after a superlative ("il più violento mai registrato") and a contrast ("a nie
        # ...": "rather than") answer its negation
        far_from = bool(EN_FAR_FROM_RE.search(tgt) or EN_SUPERLATIVE_EVER_RE.search(tgt) or EN_CONTRAST_RE.search(tgt))
    if negation is not None and not says_negation(src, lang, tgt) and not far_from:
        contrast = CONTRAST.get(lang)
        if contrast and contrast.search(text) and not EN_CONTRAST_RE.search(tgt):
            # "ليس عجزا بل خللا" -> "a deficit but a failure": the negative words are the nouns'
            detail = f"source negates to contrast ({negation!r}), the output does not: {quote(tgt)}"
            return [flag("negation_lost", detail)]
        source = english.source
        lexical = LEXICAL_NEGATION_RE.get(lang)
        if lexical and lexical.fullmatch(plain_arabic(negation) if lang == "ar" else negation):
            source -= 1  # the negation is such a word itself ("بعدم"): "lack of" answers it
        lexical_words, copula = english.lexical, NEGATED_COPULA.get(lang)
        if lang == "ar" and AR_NOT_NOUN_RE.search(text):
            lexical_words += said_by_prefixed_nouns(tgt, EN_LEXICAL_NEGATION_RE)
        # "rather than" ("y no por vandalismo"), "avoid" (a negated infinitive), "at a loss" answer a negation
        lexical_words += (
            _contrasts(text, lang, tgt)
            + _not_doing(read_src, lang, tgt)
            + knowing_said_at_a_loss(read_src, lang, tgt)
            + said_by_negative_adjectives(len(copula.findall(read_src)) if copula else 0, tgt, EN_LEXICAL_NEGATION_RE)
        )
        # "ne connaissez pas" -> "unfamiliar"; not "a refusé" -> "refused"
        if lexical_words - source < _negated_clauses(read_src, lang, tgt):
            detail = f"source negates ({negation!r}), the output does not: {quote(tgt)}"
            privative = PRIVATIVE.get(lang)
            if privative and read and source_negation(privative.sub(" ", read_src), lang, tgt) is None:
                # the source's only negation a noun's absence ("sin hielo", "sin arma"): the English
                # may say it with any privative word ("ice free", "lose your weapon") beyond those
                # that translate a word of the source ("gratuit": "free")
                # or in one word negative by its affix ("sin sorpresa": unsurprisingly; "sans-emploi": unemployment)
                affixed = said_by_affixed_words(tgt, EN_LEXICAL_NEGATION_RE)
                if english.lexical + affixed + len(EN_PRIVATIVE_RE.findall(tgt)) - source >= _negated_clauses(
                    read_src, lang, tgt
                ):
                    return []
                if _privative_rephrased(read_src, lang, tgt):
                    return []
            return [flag("negation_lost", detail)]
        return []
    if english.nots <= 0 or language.negation_in_word:
        return []
    # each negative word of the source may come out as "not" ("غير قادر": "not able") or as a
    # negative word ("invisible"), and a word negative by its prefix may stand for a negation of
    # the source ("ne connaissez pas": "unfamiliar"): the "not"s left over are added
    # the source's words negative by themselves can be read only with the language's table
    # (LEXICAL_NEGATION_RE): without it, an English "illegal", "unclear" stands for nothing of
    # the source that can be told apart ("nicht illegal" -> "not illegal")
    surplus = max(0, min(english.affixed, english.lexical - english.source)) if lang in LEXICAL_NEGATION_RE else 0
    # a "loin d'être" the English says "far from" is answered already: it excuses no "not"
    far = FAR_FROM.get(lang)
    answered = min(len(far.findall(text)), len(EN_FAR_FROM_RE.findall(tgt))) if far else 0
    # a "sinon" the English says "if not" answers that "not" (not where it says "otherwise")
    if_not = IF_NOT.get(lang)
    said_if_not = min(len(if_not.findall(text)), len(EN_IF_NOT_RE.findall(tgt))) if if_not else 0
    said_if_not += cares_said(text, lang, tgt)  # "se moquait de" said "didn't care": that "not" is answered
    # the source's negations an "avoid" (a negated infinitive) or a word for a privative ("sin problemas":
    # "smoothly") said already: the larger of the two readings, which may overlap (not a "rather than",
    # which may also say a comparison of the source: "prefieren A a B")
    said = _not_doing(text, lang, tgt) + (lang in PRIVATIVE and _privative_rephrased(text, lang, tgt))
    surplus = max(surplus, said)
    if english.nots + surplus > _negation_words(src, text, lang) - answered + english.excusing + said_if_not:
        added = EN_ADDED_NEGATION_RE.findall(tgt)
        return [flag("negation_added", f"the output negates ({added[0]!r}), the source does not: {quote(tgt)}")]
    return []
