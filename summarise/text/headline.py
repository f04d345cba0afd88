"""What a headline is, and what a page prints around it that is not the release's: a person's
name (a byline), a list of other stories' headlines, a breadcrumb trail ending in the headline,
the headline printed again under it; the page's title and its headline printed alike; the line
above the text that says most of it."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.text import boilerplate
from summarise.text.contacts import LABEL_MAX_CHARS, NAME_PARTICLES, carries_contact_data, is_label, is_name_word
from summarise.text.dateline import credit_place, dateline_match, is_date_stamp
from summarise.text.markup import Log
from summarise.text.shapes import (
    CLAUSE_END,
    COPYRIGHT,
    DATELINE_WITHIN,
    ENDS_SENTENCE,
    GLUED_WORDS,
    PAGE_LANGUAGE,
    TITLE_MAX_CHARS,
    TRUNCATION,
    first_paragraph,
    function_words,
    has_lower_case,
    is_bullet,
    is_foreign,
    is_furniture,
    is_header_bar,
    is_photo_credit,
    is_release_label,
    page_stoplist,
    starts_sentence,
)
from summarise.text.stems import shared_stems

# A headline shares at least this many words with the text under it ...
MIN_SHARED_WORDS = 2
# ... looked for in this many lines of it.
OVERLAP_LINES = 12
# A headline has at least this many words (an image's markup, "![]() |", has none).
MIN_HEADLINE_WORDS = 2
# A byline is a name of at most this many words, particles aside.
BYLINE_MAX_WORDS = 4
# A run of at least this many headlines, none about the text, is a list of other stories.
STORY_LIST_MIN_LINES = 4
# A headline's copy under it has at least this many words (a short line may match by chance).
MIN_COPY_WORDS = 3
# The page's title printed again as the headline shares at least this many words with the text ...
MIN_AGREEING_WORDS = 1
# At most this many rubric or date lines are dropped between the title and the text.
KICKER_MAX_LINES = 3
# ... and stands right above it: at most this many lines between (a date, a byline, a rubric).
HEADLINE_TO_TEXT_LINES = 3
# A line of fewer words that shares none with the text under it is a label, not a headline.
MIN_TOPIC_WORDS = 3
# A full stop and a space inside a line: where one sentence may end and the next begin.
SENTENCE_STOP = re.compile(r"(\S+)\.\s+(?=\S)")
# The headline is looked for among this many lines right above the text, beside the page's first.
NEAR_TEXT_LINES = 4
# Each of two sentences has at least this many words (a rubric before its stop, "Santé. Le ...",
# has one).
MIN_SENTENCE_WORDS = 3
# A label glued before a headline is at least this long ("Accueil").
GLUED_MIN_CHARS = 4
# A breadcrumb trail's separators: an arrow, spaced or not ("Startseite » Aktuelles »", "Startseite>Beauty>") ...
TRAIL_ARROW = re.compile(r"\s*[»›>]\s*")
# ... or a spaced slash or a bar ("Judicial / ...", "Business|...") where it parts this many crumbs or more.
TRAIL_BAR = re.compile(r"\s+/\s+|\s*\|\s*")
TRAIL_MIN_BARRED = 3
# The marks that open a quote where "»" or "›" close it (or, in German, open it and "«" close it).
QUOTE_OPENERS = ("«", "‹")
# A crumb before the headline is a label of at most this many words ("Sie sind hier: Startseite1").
TRAIL_LABEL_WORDS = 4
# A link printed after a headline (its share link).
TRAIL_LINK = re.compile(r"\s+https?://\S+$")


def is_byline(line: str) -> bool:
    """A line that is only a person's name, two to four capitalised words with their particles
    ("José del Carmen Perales Rodríguez"): the author's byline, not a headline."""
    words = line.split()
    core = [w for w in words if w.casefold() not in NAME_PARTICLES]
    return 2 <= len(core) <= BYLINE_MAX_WORDS and len(words) <= BYLINE_MAX_WORDS + 2 and all(map(is_name_word, core))


def is_headline(line: str) -> bool:
    """Could be a headline: a short line without sentence-final punctuation, not chrome."""
    return _is_headline(line, PAGE_LANGUAGE.get())


@lru_cache(maxsize=4096)  # the header rules ask of the same lines again and again
def _is_headline(line: str, page_language: str) -> bool:
    """``is_headline`` on a page in ``page_language``: the rules below read that page's profile
    (its stop words, chrome phrases, what is foreign), so the answer is cached per language."""
    return (
        bool(line)
        and len(line) <= TITLE_MAX_CHARS
        and len(boilerplate.words(line)) >= MIN_HEADLINE_WORDS
        and not line.endswith(CLAUSE_END)
        and not is_bullet(line)
        and not COPYRIGHT.search(line)
        and not is_foreign(line)
        and not is_date_stamp(line)
        and not boilerplate.is_chrome(line)
        and not is_header_bar(line)
        and not is_release_label(line)
        and not is_byline(line)
        and not is_photo_credit(line)
        and not is_furniture(line)
        and not is_sentences(line)
    )


def is_sentences(line: str) -> bool:
    """Two sentences or more on the line: a full stop after a lower-case word of three letters or
    more, three words or more on each side, the next opening as a sentence does ("Un jugement ne
    fait pas une vérité scientifique. Les prétendus effets ..."). A deck, a lead or a caption,
    which a headline, one statement, is not; an abbreviation ("Dr.", "EE.UU.") is no stop. Only
    where a capital shows the next sentence: a script without capitals (Arabic) writes headlines
    of two clauses with a stop between them."""
    for match in SENTENCE_STOP.finditer(line):
        word = match.group(1).lstrip("(«\"“'")
        if len(word) < MIN_SENTENCE_WORDS or not word.islower():
            continue
        before, after = line[: match.start(1)].split() + [word], line[match.end() :].split()
        if len(before) >= MIN_SENTENCE_WORDS and len(after) >= MIN_SENTENCE_WORDS and after[0][:1].isupper():
            return True
    return False


def is_headline_candidate(line: str) -> bool:
    """A headline's shape: three words or more, mixed case, not glued to a label, not
    ending on an article or preposition (a wrapped sentence does)."""
    cut = bool(TRUNCATION.search(line))  # a teaser's headline may stop on any word
    found = boilerplate.words(TRUNCATION.sub("", line))
    return (
        is_headline(line)
        and len(found) >= 3
        and bool(starts_sentence(line) or line[:1].isdigit())
        and has_lower_case(line)
        and not GLUED_WORDS.search(line)
        and (cut or found[-1].casefold() not in function_words())
    )


def restated_headline(line: str, lead: str) -> bool:
    """A headline closed by a colon ("Injustificados ... los despidos de trabajadores
    sindicalizados:") right above a lead that says it again, most of its words in it: the colon
    opens the text it sums up, not a list (a line introducing a list shares few words with it)."""
    bare = line.rstrip(":：").rstrip()
    if bare == line or not is_headline_candidate(bare):
        return False
    said = boilerplate.content_words(bare, page_stoplist())
    again = said & boilerplate.content_words(lead, page_stoplist())
    return len(again) >= MIN_SHARED_WORDS and 2 * len(again) > len(said)


def shared_words(line: str, body: set[str], forms: bool = False) -> int:
    """Words of ``line`` found in the text, rubric phrases aside ("PAM: Communiqué de Presse").
    With ``forms``, a word found in another form of its own counts too: a language that inflects or
    compounds its words writes "Verkehrsprojekte" in the headline and "Projekte" in the text
    (``stems``)."""
    found = boilerplate.content_words(boilerplate.CHROME_PHRASE.sub(" ", line), page_stoplist())
    return shared_stems(found, body, PAGE_LANGUAGE.get()) if forms else len(found & body)


def is_section_label(title: str, text: list[str]) -> bool:
    """A line taken by its place alone (the first after the menu, the last short label before the
    text) of one or two words, none of them the text's ("Justicia", "TINTERO", "Texte d'intention"):
    the page's section or a widget's heading, not the headline (a headline says something of its
    text; a short one shares a word with it). Where no text is found there is nothing to judge by."""
    body = boilerplate.content_words(" ".join(text), page_stoplist())
    return bool(body) and len(boilerplate.words(title)) < MIN_TOPIC_WORDS and shared_words(title, body) == 0


def unwrap_title_copy(lines: list[str], log: Log) -> list[str]:
    """A line printed again further down above the text, wrapped over two lines (the page's title in
    one line, its heading cut in two by the dump: "34 منظمات ... و اجنبية" / "تدين قمع ... والتعبير"):
    the two lines are one, the copy of the line above, so that it reads as a line printed twice
    (``title_printed_twice``)."""
    reach = min(first_paragraph(lines), DATELINE_WITHIN * 2)
    seen = {" ".join(lines[i].split()).casefold(): i for i in range(reach) if len(lines[i].split()) >= MIN_COPY_WORDS}
    filled = [i for i in range(reach) if lines[i]]
    for a, b in zip(filled, filled[1:]):
        joined = " ".join(f"{lines[a]} {lines[b]}".split())
        if seen.get(joined.casefold(), a) < a:
            log("title_copy_wrapped", f"{lines[a]}\n{lines[b]}")
            return lines[:a] + [joined] + lines[a + 1 : b] + [""] + lines[b + 1 :]
    return lines


def drop_story_list(lines: list[str], log: Log) -> list[str]:
    """On a page whose headline did not survive the copy (no line above the text shares words with
    it), a run of headlines of three words or more one under the other (a ticker, "most read"):
    other stories, none of them this one's headline."""
    text_at = first_paragraph(lines)
    if text_at == len(lines):
        return lines  # no running text under the run: its lines are the text, their stops lost
    body = boilerplate.content_words(" ".join(lines[text_at : text_at + OVERLAP_LINES]), page_stoplist())
    if any(is_headline(line) and shared_words(line, body) >= MIN_SHARED_WORDS for line in lines[:text_at]):
        return lines
    run: list[int] = []
    for k in range(min(text_at, DATELINE_WITHIN * 4) + 1):
        line = lines[k] if k < text_at else ""
        if line and is_story_headline(line) and shared_words(line, body) < MIN_SHARED_WORDS:
            run.append(k)
            continue
        if len(run) >= STORY_LIST_MIN_LINES:
            log("navigation", "\n".join(lines[j] for j in run))
            return [x for j, x in enumerate(lines) if j not in set(run)]
        run = []
    return lines


def is_story_headline(line: str) -> bool:
    """A headline of another story in a list: three words or more, opening as a sentence does (a
    hard-wrapped line of a paragraph goes on in lower case) or with a number."""
    return is_headline(line) and len(line.split()) >= 3 and bool(starts_sentence(line) or line[:1].isdigit())


def drop_breadcrumb(lines: list[str], log: Log) -> list[str]:
    """A breadcrumb trail ending in the headline printed above it ("Inicio ACTUALIDAD Politica
    Gobernadora lidera ..." / "Gobernadora lidera ..."): the trail goes, the headline stays. The
    copy may have lost the separators between the trail's items, gluing each to the next as a menu
    glues its labels ("AccueilActualitésSAMEDI : LA PRÉFECTURE ..." / "SAMEDI : LA PRÉFECTURE ...")."""
    shown = [k for k, line in enumerate(lines) if line][: DATELINE_WITHIN * 2]
    for k, nxt in zip(shown, shown[1:]):
        line, title = " ".join(lines[k].split()), " ".join(lines[nxt].split())
        if (
            len(line) > len(title)
            and (line.endswith(" " + title) or ends_glued(line, title))
            and is_headline(title)
            and len(title.split()) >= MIN_COPY_WORDS
        ):
            log("navigation", lines[k])
            return lines[:k] + lines[k + 1 :]
    return lines


def ends_glued(line: str, title: str) -> bool:
    """``line`` is ``title`` with labels glued before it, no space between ("ActualitésSAMEDI"):
    a letter in lower case right before the title's first letter, a capital."""
    if not line.endswith(title):
        return False
    before = line[: -len(title)]
    return len(before) >= GLUED_MIN_CHARS and before[-1].islower() and title[:1].isupper()


def drop_title_copies(title: str, body: list[str], log: Log) -> list[str]:
    """The headline printed again above the text, whole or cut short (an image's caption: "محافظة
    القاهرة: لا صحة ... من الأحد للثلا"), among the first lines under it: the page's, not the text."""
    folded = " ".join(title.split()).casefold()
    if len(folded.split()) < MIN_COPY_WORDS:
        return body
    first = [k for k, line in enumerate(body) if line][:DATELINE_WITHIN]
    copies = set()
    for k in first:
        line = " ".join(body[k].split()).casefold()
        if (
            line == folded
            or len(line.split()) >= MIN_COPY_WORDS
            and 2 * len(line) >= len(folded)
            and folded.startswith(line)
        ):
            copies.add(k)
        elif not is_date_stamp(body[k]):
            break  # the text has begun: a copy is only looked for above it
    if copies:
        log("title_copy", "\n".join(body[k] for k in sorted(copies)))
    return [line for k, line in enumerate(body) if k not in copies]


def title_printed_twice(lines: list[str]) -> int | None:
    """The page's title and its headline agree: a line the page prints two times or more above its
    text (its title at the top, its heading right above the text: what a page's <title> and <h1>
    become in a text dump) with a headline's shape and words of the text is the headline, when its
    last copy stands right above the text (a menu label printed in two menus stands further up).
    The index of its last copy; None when no line, or more than one, is printed so."""
    text_at = first_paragraph(lines)
    seen: dict[str, list[int]] = {}
    for i in range(min(text_at, DATELINE_WITHIN * 2)):
        if lines[i]:
            seen.setdefault(" ".join(lines[i].split()).casefold(), []).append(i)
    body = boilerplate.content_words(" ".join(lines[text_at : text_at + OVERLAP_LINES]), page_stoplist())
    found = [
        at[-1]
        for at in seen.values()
        if len(at) >= 2
        and is_headline_candidate(lines[at[-1]])
        and not is_release_label(lines[at[-1]])
        and shared_words(lines[at[-1]], body) >= MIN_AGREEING_WORDS
        and sum(1 for line in lines[at[-1] + 1 : text_at] if line) <= HEADLINE_TO_TEXT_LINES
    ]
    return found[0] if len(found) == 1 else None


def headline_by_overlap(lines: list[str], before: int, near: bool = False) -> int | None:
    """The line above the text that shares most words with it (a headline repeats the
    article's subject; a site name, a rubric or a slug does not). Its words count as they are
    first; counted in any of their forms too (a headline "Verkehrsprojekte", its text "Projekte"),
    they make a line of too few whole words one, and break a tie (a menu of nouns shares forms
    with the text as readily as a headline does); then ties go to the longer. When that line is a
    deck under a headline that shares words (as they are) with the text too, the headline."""
    text = " ".join(lines[before : before + OVERLAP_LINES])
    body = boilerplate.content_words(text, page_stoplist())
    best, best_key = None, (0, 0, 0)
    for i in overlap_reach(lines, before, near):
        if lines[i] and is_headline_candidate(lines[i]) and not is_name_in_text(lines[i], text):
            forms = shared_words(lines[i], body, forms=True)
            key = (shared_words(lines[i], body), forms, len(lines[i]))
            if i >= DATELINE_WITHIN * 2 and not says_the_text(lines[i], body):
                continue  # a line below the page's first is taken only for what it says of the text
            if forms >= MIN_SHARED_WORDS and key > best_key:
                best, best_key = i, key
    if best is None:
        return None
    # a deck sits right under its headline and says more of the text: the line above it, when it
    # could be a headline about the same text, is the headline; a kicker between them ("RUIDOS", one
    # or two words in capitals over the deck) is passed over
    above = next((j for j in range(best - 1, -1, -1) if lines[j] and not is_kicker(lines[j])), None)
    if (
        above is not None
        and is_headline_candidate(lines[above])
        and shared_words(lines[above], body) >= MIN_SHARED_WORDS
    ):
        return above
    return best


def is_kicker(line: str) -> bool:
    """A kicker: one or two words in capitals over a deck or a headline ("RUIDOS", "CONFLICTO")."""
    return len(line.split()) <= 2 and not has_lower_case(line) and any(c.isalpha() for c in line)


def overlap_reach(lines: list[str], before: int, near: bool) -> list[int]:
    """The lines a headline is looked for in: the page's first ones, and with ``near`` the few right
    above the text (below a long menu, the headline stands over its text, not among the page's first
    lines)."""
    top = set(range(min(before, DATELINE_WITHIN * 2)))
    return sorted(top | set(near_text(lines, before)) if near else top)


def near_text(lines: list[str], before: int) -> list[int]:
    """The last few lines above the text (``before``), nearest first."""
    return [j for j in range(before - 1, -1, -1) if lines[j]][:NEAR_TEXT_LINES]


def says_the_text(line: str, body: set[str]) -> bool:
    """Most of the line's words are the text's: a headline below a long menu says what its text
    says; a share prompt, a section's name or a caption's credit does not."""
    found = boilerplate.content_words(boilerplate.CHROME_PHRASE.sub(" ", line), page_stoplist())
    return bool(found) and 2 * len(found & body) >= len(found)


def weak_title(lines: list[str], title: str, after: int) -> bool:
    """A title found by shape that does not look like this article's headline."""
    text = " ".join(lines[after : after + OVERLAP_LINES])
    body = boilerplate.content_words(text, page_stoplist())
    return (
        not title
        or not is_headline_candidate(title)
        or shared_words(title, body) < MIN_SHARED_WORDS
        or is_name_in_text(title, text)
    )


def is_name_in_text(line: str, text: str) -> bool:
    """The line is a name the text prints, each word capitalised ("MÉDICOS SIN FRONTERAS" above
    "... Médicos Sin Fronteras (MSF) publica ..."): the organisation's or the site's name, which a
    headline, a clause, is not."""
    found = line.split()
    if len(found) < 2 or not any(c.isupper() for c in line):
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, found)) + r"(?!\w)"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        printed = match.group(0).split()
        if all(w[:1].isupper() or w.casefold() in function_words() for w in printed):
            return True
    return False


def trail_end(title: str, log: Log) -> str:
    """The headline a breadcrumb trail ends in, when the trail is all the page printed of it
    ("Startseite » Aktuelles » Jetzt noch Plätze ...", "Front Page » Transportation » Transit tax
    ..."): each crumb before it a label of a few words, the headline longer than any of them. A
    slash or a bar marks a trail only where it parts three crumbs or more ("Syrie / Liban : ..."
    is a headline). A link printed after the headline ("... Stumped https://nyti.ms/...") goes too."""
    tidy = TRAIL_LINK.sub("", title)
    # guillemets that open a quote ("« Non » : ...", "zu »Digitales Lernen ...«") are no arrows
    quoted = any(mark in tidy for mark in QUOTE_OPENERS)
    crumbs = [c.strip() for c in TRAIL_ARROW.split(tidy)] if not quoted else [tidy]
    if len(crumbs) < 2:
        crumbs = [c.strip() for c in TRAIL_BAR.split(tidy)]
        crumbs = crumbs if len(crumbs) >= TRAIL_MIN_BARRED else [tidy]
    *labels, last = crumbs
    if (
        labels
        and all(0 < len(c.split()) <= TRAIL_LABEL_WORDS for c in labels)
        and len(last.split()) >= MIN_COPY_WORDS
        and all(len(last.split()) > len(c.split()) for c in labels)
    ):
        tidy = last
    if tidy != title:
        log("navigation", title)  # the trail and the link, with the headline they were printed around
    return tidy


def headline_over_stamp(lines: list[str]) -> tuple[int, int] | None:
    """The headline the page prints over its date stamp, and the stamp's index: headline, date, then the
    deck, byline or text ("الكلمة الافتتاحية ..." / "23 تموز/يوليو 2025" / the text; a menu's label
    / "مركز الدراسات العالمية يفتتح فرعا له بغزة" / "2012-12-17T05:55:29+02:00"). Above the text,
    the first stamp's line right above it is the headline when only short lines that end no sentence
    (a menu's labels) stand over that one, and it has a headline's shape: a headline whose words the
    text need not repeat (a speech's); a two-word one ("Rapport moral") only as the page's first
    line and with both its words in the text. Over the stamp, a headline printed with a full stop
    ("Prefeitura abre crédito especial para novas obras.") is one all the same: a sentence of the
    text does not stand over the page's date."""
    text_at = first_paragraph(lines)
    shown = [k for k, line in enumerate(lines[:text_at]) if line][:DATELINE_WITHIN]
    stamp = next((n for n, k in enumerate(shown) if n and is_date_stamp(lines[k])), None)
    after = next((line for line in lines[shown[stamp] + 1 :] if line), "") if stamp is not None else ""
    if stamp is None or not starts_sentence(after) or is_date_stamp(after):
        return None
    at = shown[stamp - 1]
    if any(ENDS_SENTENCE.search(lines[k]) or len(lines[k]) > LABEL_MAX_CHARS for k in shown[: stamp - 1]):
        return None
    first = lines[at][:-1] if lines[at].endswith(".") and not lines[at].endswith("..") else lines[at]
    if is_release_label(first):
        return None
    if is_headline_candidate(first):
        return at, shown[stamp]
    text = boilerplate.content_words(" ".join(lines[text_at : text_at + OVERLAP_LINES]), page_stoplist())
    found = boilerplate.content_words(first, page_stoplist())
    two = len(boilerplate.words(first)) == MIN_HEADLINE_WORDS and starts_sentence(first) and has_lower_case(first)
    return (at, shown[stamp]) if two and stamp == 1 and found and found <= text else None


def over_stamp(lines: list[str], at: int, found: str, log: Log) -> tuple[str, list[str]]:
    """The headline printed over the page's date stamp (``headline_over_stamp``) and the lines
    under it (the stamp goes with the kicker, a deck stays); what stands above it is the page's,
    and so is a line taken for the title before (a label, a deck under the stamp)."""
    removed = [line for line in lines[:at] if line and line != found]
    if removed:
        log("navigation", "\n".join(removed))
    log("title", lines[at])
    return lines[at], lines[at + 1 :]


def drop_kicker(lines: list[str], log: Log) -> list[str]:
    """Short label or date lines before the first paragraph ("Compte rendu de séance",
    "PAM: Communiqué de Presse", "11 avril 2024"): a rubric or stamp, not text."""
    i, removed, credit = 0, list[str](), False
    while len(removed) < KICKER_MAX_LINES:
        j = next((k for k in range(i, len(lines)) if lines[k]), None)
        if j is None:
            return lines
        line = lines[j]
        # a credit line naming the place ("غزة- الرسالة نت") opens the text: what is above it goes
        credit = credit_place(line, next((x for x in lines[j + 1 :] if x), "")) is not None
        if (
            credit
            or dateline_match(line)
            or not (
                is_date_stamp(line)
                or (is_label(line) and not line.endswith(("?", "!")) and not carries_contact_data(line))
            )
        ):
            break
        removed.append(line)
        i = j + 1
    j = next((k for k in range(i, len(lines)) if lines[k]), None)
    opens = credit or j is not None and len(lines[j]) > LABEL_MAX_CHARS and starts_sentence(lines[j])
    # a date alone is a stamp whatever follows it (a greeting opening a speech is short)
    if not removed or not opens and not all(map(is_date_stamp, removed)):
        return lines
    log("kicker", "\n".join(removed))
    return lines[i:]
