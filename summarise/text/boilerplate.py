"""Boilerplate by content and by repetition across a batch.

By content: a line is chrome when it is made only of the phrases every site uses around
its articles (skip links, share and print buttons, cookie notices, "Lire aussi", tags,
breadcrumbs, calls to action), or when it is written in another language than the page
(a German or English menu on a French release, an English caption on an Arabic one). Signals in
the spirit of jusText: the page language's and English stop-word counts from jusText's own lists,
sentence punctuation, length; no word of one website.

By repetition: a line found in many documents of the same run (the site's menu, footer,
"about us" paragraph) is chrome. ``repeated_lines`` makes one pass over the read records
and keeps a bounded count of line hashes (Misra-Gries: memory is fixed whatever the
number of documents, and a count is never over the truth, so a removed line really is in
at least ``MIN_SHARED_DOCUMENTS`` documents). The resulting table is a plain value:
computed once over all the inputs, it gives every executor and every resumed run the
same decisions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from summarise.record import Record
from summarise.text.markup import Log, record_lines
from summarise.text.patterns import stopwords

# Lines of at least this many words are the text a copy is recognised by.
COPY_LINE_WORDS = 8

# ---------------------------------------------------------------- by content

# Phrases of site chrome, French and English, matched as whole phrases (the line must be
# made of them alone, see ``is_chrome``): navigation and skip links, share/print widgets,
# calls to action, cookie banners, reading aids. Each is common to many sites.
_CHROME = [
    r"aller (?:au|à la) (?:contenu|navigation|recherche|menu)(?: principal)?",
    r"passer (?:au|à la) (?:contenu|navigation)(?: principal)?",
    r"contenu principal",
    r"skip to (?:the )?(?:main )?(?:content|navigation)",
    r"main menu",
    r"menu principal",
    r"fil d['’]ariane",
    r"vous êtes ici\s*:?",
    r"you are here\s*:?",
    r"breadcrumbs?",
    r"menu",
    r"fermer",
    r"close",
    r"rechercher",
    r"recherche",
    r"search",
    r"partager(?: (?:sur|via|par) [\w.+-]+| cet article| la page| l['’]article)?",
    r"partagez",
    r"share(?: on [\w.+-]+| this(?: page| article)?)?",
    r"tweet(?:er)?",
    r"envoyer par (?:e-?mail|courriel)",
    r"copier le lien",
    r"copy link",
    r"facebook",
    r"twitter",
    r"linkedin",
    r"whatsapp",
    r"instagram",
    r"youtube",
    r"bluesky",
    r"imprimer(?: (?:la page|cet article))?",
    r"print(?: this page)?",
    r"pdf",
    r"télécharger(?: le pdf| le communiqué)?",
    r"download",
    r"retour(?: en haut(?: de (?:la )?page)?| à la liste| aux actualités)?",
    r"haut de page",
    r"back to top",
    r"lire (?:aussi|la suite|plus)",
    r"à lire aussi",
    r"sur le même sujet",
    r"related(?: articles?)?",
    r"voir (?:aussi|plus|tout)",
    r"read (?:more|also)",
    r"see (?:also|more)",
    r"en savoir plus",
    r"learn more",
    r"découvrir",
    r"discover",
    r"donnez votre avis",
    r"votre avis",
    r"faire un don",
    r"je donne",
    r"donate",
    r"(?:s['’])?abonnez?(?:-vous)?(?: à (?:la|notre) newsletter)?",
    r"newsletter",
    r"subscribe",
    r"suivez-nous(?: sur)?",
    r"follow us(?: on)?",
    r"article (?:suivant|précédent)",
    r"(?:next|previous) (?:article|post)",
    r"accueil",
    r"home",
    r"tout accepter",
    r"accepter",
    r"refuser",
    r"accept(?: all)?(?: cookies)?",
    r"reject all",
    r"paramétrer(?: les cookies)?",
    r"gérer (?:les|mes) cookies",
    r"cookies?",
    r"temps de lecture\s*:?\s*\d+\s*min\w*",
    r"\d+\s*min(?:utes?)? de lecture",
    r"\d+\s*min read",
    r"logo",
    r"photo",
    r"vidéo",
    r"video",
    r"image",
    r"crédit photo",
    r"illustration",
    # rubrics and end marks around a release: "(Communiqué)", "Pour diffusion immédiate", "-30-"
    r"communiqués?(?: de presse)?",
    r"press releases?",
    r"pour (?:diffusion|publication) immédiate",
    r"for immediate release",
    r"[-–—]\s*30\s*[-–—]",
    r"#{3}",
    r"actualités?",
    r"news",
    r"avis aux médias",
    r"media advisory",
    r"texte intégral",
    r"accès rapide",
    r"sommaire",
    r"plan du site",
    r"english",
    r"français",
    r"deutsch",
    r"italiano",
    r"español",
    r"en|fr|de",
]
CHROME_PHRASE = re.compile(r"(?<![\w-])(?:" + "|".join(_CHROME) + r")(?![\w-])", re.IGNORECASE)
# Lines that are chrome whatever follows their opening: cookie notices, tag lists,
# "published/updated on" stamps, breadcrumbs ("Accueil > Actualités > ...").
CHROME_OPENING = re.compile(
    r"^(?:(?:mots[- ]clés|tags|étiquettes|thèmes|thématiques?|topics|catégories?|rubriques?)\s*:"
    r"|(?:ce site|notre site|nous) utilis\w+ des cookies|this (?:web)?site uses cookies"
    r"|we use cookies|en poursuivant votre navigation"
    r"|(?:publié|mis à jour|modifié|dernière mise à jour|updated|published)\b.{0,40}\d{4}\s*$"
    r"|(?:accueil|home)\s*[>›»/|]"
    r"|!?\[[^\]]*\]\([^)\s]*\)\s*$)",
    re.IGNORECASE,
)  # a markdown image or link alone
# A keyword field printed as it is stored: three items or more, each a few words, joined by commas
# with no space after them ("وزارة الخارجية,مصر تدين,تهجير الفلسطينيين", "Santé,Vaccins,Afrique").
# A line of hashtags only ("#40MilhõesEmInvestimentos #TrabalhoQueGeraResultados"): a post's tags.
HASHTAGS = re.compile(r"^#\w[\w-]*(?:[\s,]+#\w[\w-]*)*$")
TAG_LIST = re.compile(r"^[^,،.!?]{2,40}(?:[,،](?=[^\W\d_])[^,،.!?]{2,40}){2,}$")
# A "read also" line: the teaser headlines after it are other articles.
READ_ALSO = re.compile(
    r"^(?:à )?(?:lire|voir) aussi\b|^(?:read|see) also\b|^related\b|^sur le même sujet\b", re.IGNORECASE
)
# A link to another story set inside the text: a "read" verb, a colon, that story's headline ("Lire
# aussi : Les critiques de la CNIL ...", "Lire : Que sont les IMSI-catchers ... ?", "Lee también:
# ...", "اقرأ أيضا: ..."); a headline ends on no full stop.
READ_LINK = re.compile(
    r"^(?:(?:à )?(?:lire|voir)(?: aussi| également)?|(?:lee|leer|ver|vea)(?: también| más| además)?"
    r"|(?:read|see)(?: also| more)?|اقرأ(?: أيضا| أيضاً)?)\s*:\s*\S.*(?<![.:])$",
    re.IGNORECASE,
)
# What may stay beside chrome phrases on a chrome line: separators, the glue of widgets and a
# site's domain ("Lire aussi sur regards.fr").
_CHROME_GLUE = re.compile(r"[\W\d_]+|\b(?:et|ou|and|or|sur|on|le|la|les|de|du|des|the|of|to|à)\b", re.IGNORECASE)
_SITE_DOMAIN = re.compile(r"\b[\w-]+\.[a-z]{2,6}\b", re.IGNORECASE)
# A foreign line must have this many words (below, language is guesswork) ...
FOREIGN_MIN_WORDS = 3
# ... and be this sure to be another language when it has no French stop-word.
FOREIGN_MIN_CONFIDENCE = 0.9
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words(line: str) -> list[str]:
    return WORD.findall(line)


def stopword_count(line: str, language: str | None) -> int:
    stop = stopwords(language) if language else frozenset()
    return sum(1 for word in words(line) if word.casefold() in stop)


@lru_cache(maxsize=16)
def own_stopwords(language: str) -> frozenset[str]:
    """Stop-words of a language that are not English ones, and for "English" those that are not
    French ones (web French or Spanish says "the" and "of" often enough to be in jusText's lists)."""
    other = "French" if language == "English" else "English"
    return stopwords(language) - stopwords(other)


def is_chrome(line: str) -> bool:
    """A line made only of chrome phrases ("Partagez Donnez votre avis", "Aller au contenu
    principal", "Facebook Twitter Imprimer"), or a cookie notice, tag list or stamp."""
    if not line or len(line) > 200:
        return False
    if CHROME_OPENING.match(line) or TAG_LIST.match(line) or HASHTAGS.match(line) or READ_LINK.match(line):
        return True
    if not CHROME_PHRASE.search(line):
        return False
    rest = _CHROME_GLUE.sub("", CHROME_PHRASE.sub("", _SITE_DOMAIN.sub(" ", line)))
    return not rest


def is_foreign(line: str, language_identifier, language: str | None = "French", code: str = "fr") -> bool:
    """Written in another language than the page's (``language``, jusText's name, ``code`` its
    ISO code): none of its own stop-words, and either two English stop-words or a confident guess
    of another language ("UNHCR Büro für die Schweiz und Liechtenstein", "Skip to the main page").
    ``language`` None: jusText has no list for the page's language, only the guess counts."""
    found = [w.casefold() for w in words(line)]
    own = own_stopwords(language) if language else frozenset()
    if len(found) < FOREIGN_MIN_WORDS or any(w in own for w in found):
        return False
    if sum(1 for w in found if w in own_stopwords("English")) >= 2:
        return True
    lang, confidence = language_identifier().classify(line)
    return lang != code and confidence >= FOREIGN_MIN_CONFIDENCE


def content_words(text: str, language: str | None = "French") -> set[str]:
    """Words of three letters or more that are not stop-words of ``language``, casefolded."""
    stop = stopwords(language) if language else frozenset()
    return {w for w in (x.casefold() for x in words(text)) if len(w) >= 3 and w not in stop}


# ---------------------------------------------------------------- by repetition

# A line shared by fewer documents of a run is never taken for chrome: two or three
# releases may quote the same sentence; a site's menu and footer are in all its pages.
MIN_SHARED_DOCUMENTS = 4
# Line hashes counted at once; when full, every count drops by one (Misra-Gries). About
# 100 bytes each: some 20 MiB at most, whatever the number of documents.
COUNT_CAPACITY = 200_000
# Lines shorter than this are not counted: "ou", "et", "-" carry structure.
MIN_LINE_CHARS = 4


def line_key(line: str) -> int:
    """A stable 64-bit hash of a line, spaces and case ignored."""
    norm = " ".join(line.split()).casefold()
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


@dataclass
class RepeatedLines:
    """Line hash -> number of documents of the run holding it (only those at the floor)."""

    counts: dict[int, int] = field(default_factory=dict)
    documents: int = 0
    floor: int = MIN_SHARED_DOCUMENTS

    def shared_by(self, line: str) -> int:
        """How many documents of the run hold this line (0 below the floor)."""
        if len(line) < MIN_LINE_CHARS:
            return 0
        return self.counts.get(line_key(line), 0)


def document_lines(record: Record) -> set[int]:
    """Hashes of the distinct lines of one read record, as cleaning will see them."""
    return {line_key(line) for line in record_lines(record.original) if len(line) >= MIN_LINE_CHARS}


def repeated_lines(
    records: Iterable[Record], floor: int = MIN_SHARED_DOCUMENTS, capacity: int = COUNT_CAPACITY
) -> RepeatedLines:
    """One pass over read records: the lines found in at least ``floor`` documents.

    Memory holds at most ``capacity`` counts; with fewer than ``floor`` documents the
    table is empty, so a small run (one document) is never changed."""
    counts: dict[int, int] = {}
    documents = 0
    for record in records:
        if record.error is not None:
            continue
        documents += 1
        for key in document_lines(record):
            if key in counts:
                counts[key] += 1
            elif len(counts) < capacity:
                counts[key] = 1
            else:  # full: one less for every line (this one included), zeros go
                counts = {k: c - 1 for k, c in counts.items() if c > 1}
    return RepeatedLines({k: c for k, c in counts.items() if c >= floor}, documents, floor)


def drop_printed_twice(lines: list[str], log: Log) -> list[str]:
    """A run of lines printed again right after itself, opening on running text (a page's last
    paragraphs and their credit shown twice by its template): the second print goes."""
    shown = [i for i, line in enumerate(lines) if line]
    keys = [lines[i].casefold() for i in shown]
    dropped: set[int] = set()
    p = 0
    while p < len(keys):
        text = len(keys[p].split()) >= COPY_LINE_WORDS
        q = next((j for j in range(p + 1, len(keys)) if keys[j] == keys[p]), None) if text else None
        if q is not None and keys[p:q] == keys[q : 2 * q - p]:
            dropped.update(shown[q : 2 * q - p])
            log("repeated_here", "\n".join(lines[i] for i in shown[q : 2 * q - p]))
            p = 2 * q - p
            continue
        p += 1
    return [line for i, line in enumerate(lines) if i not in dropped]
