"""Contact blocks: where a release's contact block starts, and the names, e-mails, phones and
links it holds. Cleaning moves the block out of the body (``clean.split_contacts``); reading a
whole HTML page takes it from the page's text dump when the article lacks it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarise.record import empty_contacts
from summarise.text.language_data import EXTRA
from summarise.text.patterns import EMAIL, NUMERIC_DATE, PHONE, URL

# Runs of spaces and tabs inside a line (NBSP is French typography: kept).
SPACES = re.compile(r"[ \t]+")
# Sentence-final punctuation at the end of a line (optionally followed by a
# closing quote or bracket), or a closing guillemet: the line may end a paragraph.
ENDS_PARAGRAPH = re.compile(r"(?:[.!?:…؟][\s\u00a0]*[»”\"’')\]]?|»)$")
# Header lines: at most this many words and characters make a short menu label.
LABEL_MAX_WORDS = 5
LABEL_MAX_CHARS = 50
# A line of this many words that ends a sentence is running text, not a contact line.
RUNNING_TEXT_WORDS = 12
# A page's contact block is at most this many lines after its marker.
CONTACT_BLOCK_MAX_LINES = 15
# The line that opens a contact block ("Pour plus d'informations, veuillez
# contacter", "Pour toute information", "Contact presse", "Contacts :", ...).
CONTACT_MARKER = re.compile(
    r"^(?:pour (?:obtenir )?(?:plus d['’ ]\s*|plus de |toute(?:s)? |tout |de plus amples |des )"
    r"(?:informations?|renseignements?|précisions?|demandes?)|pour (?:en savoir plus|nous contacter)|"
    r"veuillez communiquer avec|personnes?[- ]ressources?|"
    r"contacts?(?: presse| médias?| pour la presse)?\s*(?::|$)|relations? (?:presse|médias)|"
    r"personnes? à contacter|"
    r"informations?\s*:|renseignements\s*:|sources?\s*:|service de presse|attachée? de presse|"
    r"veuillez contacter)",
    re.IGNORECASE,
)
# The contact headings and field labels of every language with a profile entry ("Contactos de
# prensa", "بيانات الاتصال", "Teléfono:", "هاتف:"): a page in one language may use another's
# (an English "Media contacts" on a Spanish release), and the words are distinctive.
_HEADINGS = sorted({h for extra in EXTRA.values() for h in extra.get("contact_headings", ())}, key=len, reverse=True)
CONTACT_HEADING = re.compile(r"^(?:" + "|".join(map(re.escape, _HEADINGS)) + r")\s*(?:[:：,،]|$)", re.IGNORECASE)
_LABELS = sorted({h for extra in EXTRA.values() for h in extra.get("contact_labels", ())}, key=len, reverse=True)
# A slash between spaces separates two phone numbers ("01 53 38 66 00 / 06 76 94 37 05").
PHONE_ALTERNATIVES = re.compile(r"\s+/\s+")
# A number that reads as a date is a date ("Créé: 12.12.2019" under a text), not a phone; so is a
# span of years ("© 2017-2023", "1998 - 2020").
DATE_NUMBER = re.compile(rf"(?:{NUMERIC_DATE})|(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")
# What a site template prints until someone fills it in is nobody's contact: an e-mail at a domain
# reserved for examples (RFC 2606, RFC 6761: example.com, *.example, *.test, *.invalid) or at "your
# domain", and a number of one digit repeated or of the digits counted up ("+1 234 567 890",
# "000 000 000", "123-456-7890").
PLACEHOLDER_EMAIL = re.compile(
    r"@(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:example|test|invalid|localhost)|your[\w-]*\.\w+)$",
    re.IGNORECASE,
)
COUNTING = "01234567890"
# Field labels at the start of a contact line ("Tél. :", "E-mail :", "Fax").
CONTACT_LABEL = re.compile(
    r"^(?:e-?mail|courriel|mél|t[ée]l(?:[ée]phone)?\.?|tel\.?|mobile|portable|gsm|cell\.?|fax|"
    r"site(?: web| internet)?|web|internet|" + "|".join(map(re.escape, _LABELS)) + r")(?![^\W\d_])\s*:?\s*",
    re.IGNORECASE,
)
# Separators between several names on one contact line.
NAME_SEPARATOR = re.compile(r"\s+(?:ou|et|and|or|&)\s+|[,;:/|()]|\s[-–—]\s")
# A courtesy title before a name ("M. Jean Dupont", "Mme Anne Roy", "Dr Ali Said").
HONORIFIC = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Dr|Pr|Me|Mr\.?|Mrs\.?|Ms\.?|Dra?\.|Sra?\.|Srta\.|Lic\.)\s+")
# Particles inside a person's name ("Jean de La Fontaine").
NAME_PARTICLES = {
    "de",
    "da",
    "das",
    "del",
    "della",
    "der",
    "di",
    "do",
    "dos",
    "du",
    "la",
    "le",
    "van",
    "von",
    "y",
    "bin",
    "ben",
    "al",
}
# Capitalised words that are labels or institutions, never part of a person's name.
NOT_NAME_WORDS = {
    "email",
    "e-mail",
    "mail",
    "courriel",
    "tél",
    "tel",
    "téléphone",
    "fax",
    "mobile",
    "portable",
    "bureau",
    "contact",
    "contacts",
    "presse",
    "site",
    "internet",
    "web",
    "pour",
    "information",
    "informations",
    "service",
    "communication",
    "direction",
    "département",
    "ministère",
    "organisation",
    "relations",
    "nations",
    "unies",
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "au",
    "aux",
    "en",
    "un",
    "une",
    "mission",
    "programme",
    "cabinet",
    "centre",
    "office",
    "agence",
    "madame",
    "monsieur",
    "mme",
    "mr",
    "m",
    "dr",
    "porte-parole",
    "chargé",
    "chargée",
}


def is_contact_marker(line: str) -> bool:
    """The line opening a contact block: a French marker (CONTACT_MARKER) or a contact heading of
    any language's profile, alone or before a colon ("Contactos de prensa", "للتواصل:")."""
    return bool(CONTACT_MARKER.match(line) or CONTACT_HEADING.match(line.strip()))


def is_running_text(line: str) -> bool:
    """A paragraph of running text: many words and a sentence's end (a contact block has none)."""
    return len(line.split()) >= RUNNING_TEXT_WORDS and bool(ENDS_PARAGRAPH.search(line))


def is_label(line: str) -> bool:
    """A short line without sentence punctuation: a menu label (or a short title)."""
    return (
        len(line) <= LABEL_MAX_CHARS
        and len(line.split()) <= LABEL_MAX_WORDS
        and not line.endswith((".", ",", ";", ":"))
    )


def is_contact_line(line: str) -> bool:
    """A short line of a contact block: an e-mail, a phone, a field label, a name, "ou", an office."""
    bare = PHONE.sub(" ", URL.sub(" ", EMAIL.sub(" ", CONTACT_LABEL.sub("", line))))
    if len(bare.split()) > 6:
        return False
    return (
        not line
        or bool(EMAIL.search(line))
        or bool(phone_numbers(URL.sub(" ", line)))
        or not bare.strip()
        or bool(CONTACT_LABEL.match(line))
        or line.casefold() in ("ou", "et", "or", "and")
        or bool(person_names(line))
        or (is_label(line) and len(line.split()) <= 4)
    )


# A contact heading under this many labels in a row is one link of the site's menu ("Qui est qui /
# Contact / Logos", "Quiénes somos / Contacto / Aviso Legal"): a release prints its contact heading
# under its text, an end mark or a date, not under a list of links.
MENU_LABELS_ABOVE = 2


def is_menu_label(line: str) -> bool:
    """A link of a menu: a short line of words that ends no sentence, holds no digit, no contact
    data and no contact heading ("Qui est qui", "Aviso Legal")."""
    return (
        is_label(line)
        and any(c.isalpha() for c in line)
        and not any(c.isdigit() for c in line)
        and not carries_contact_data(line)
        and not is_contact_marker(line)
    )


def is_menu_entry(lines: list[str], i: int) -> bool:
    """The contact heading at ``i`` is a menu's link: MENU_LABELS_ABOVE menu labels right above it."""
    above = [line for line in lines[:i] if line][-MENU_LABELS_ABOVE:]
    return len(above) == MENU_LABELS_ABOVE and all(map(is_menu_label, above))


def find_contact_marker(lines: list[str]) -> int | None:
    """The contact block's opening line: the last marker followed by an e-mail, a phone or a name
    (``data_follows``) before any paragraph of running text (a "Source:" line above the article is
    no marker; a menu's "Contact" link, ``is_menu_entry``, neither), moved up to an earlier marker
    when only contact lines lie between the two."""
    start = None
    for i in range(len(lines) - 1, -1, -1):
        if not (is_contact_marker(lines[i]) and (len(lines[i]) <= 160 or carries_contact_data(lines[i]))):
            continue
        if is_menu_entry(lines, i):
            continue
        if start is None:
            if data_follows(lines, i):
                start = i
        elif all(is_contact_line(line) for line in lines[i + 1 : start]):
            start = i
    return start


def data_follows(lines: list[str], i: int) -> bool:
    """An e-mail, a phone or a name on the marker line ``i`` or after it, before any running text.
    Under a bare "Contact" (``is_bare_heading``) a name-shaped line is no evidence: the word is the
    site's link to its contact page, and its menu goes on ("Contacto / Contratar Publicidad")."""
    head = lines[i].split(":", 1)[1] if ":" in lines[i] else ""
    if carries_contact_data(lines[i]) or person_names(head):
        return True
    found = carries_contact_data if is_bare_heading(lines[i]) else carries_contact
    for line in lines[i + 1 :]:
        if is_running_text(line) and not carries_contact_data(line):
            return False
        if found(line):
            return True
    return False


def is_bare_heading(line: str) -> bool:
    """A contact heading of one word and nothing after it ("Contact", "CONTACTO", "Contacts :"),
    where a press heading says whom it is for ("Contact presse", "Personnes-ressources :")."""
    return len(line.rstrip(" :：").split()) == 1 and is_contact_marker(line)


def contact_block(lines: list[str], start: int = 0) -> list[str]:
    """The first contact block of a page's text dump from line ``start`` on (the first of the
    page when none is there): a marker line and the contact lines right after it, holding an
    e-mail, a phone or a name (a footer's "Contact" link holds none)."""
    blocks = list(contact_blocks(lines))
    after = [block for at, block in blocks if at >= start]
    return after[0] if after else (blocks[0][1] if blocks else [])


def contact_blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Every contact block of a text dump, with the index of its marker line: a marker that is no
    menu's link (``is_menu_entry``) and the contact lines under it, holding an e-mail, a phone or a
    name (under a bare "Contact", ``is_bare_heading``, an e-mail or a phone)."""
    for i, line in enumerate(lines):
        if not (is_contact_marker(line) and len(line) <= 160) or is_menu_entry(lines, i):
            continue
        j = i + 1
        while j < len(lines) and j - i <= CONTACT_BLOCK_MAX_LINES and is_contact_line(lines[j]):
            j += 1
        block = [x for x in lines[i:j] if x]
        while len(block) > 1 and not carries_contact(block[-1]):
            block.pop()  # a heading of what follows ("Articles liés") is not the block's
        tail = line.split(":", 1)[1] if ":" in line else ""
        found = carries_contact_data if is_bare_heading(line) else carries_contact
        if person_names(tail) or any(found(x) for x in block[1:]):
            yield i, block


# Two lines in a row that are no contact lines end a contact block: the page goes on after it
# (a list of press mentions after "Nous contacter : e-mail").
CONTACT_BLOCK_GAP = 2


def contact_run(block: list[str]) -> list[str]:
    """The lines of a block read for contacts: its marker and what follows, up to the first
    CONTACT_BLOCK_GAP lines in a row that are no contact lines, or up to a menu after its last
    e-mail or phone (``menu_after``: the page goes on with its links)."""
    gap = 0
    for end in range(1, len(block)):
        gap = 0 if is_contact_line(block[end]) else gap + 1
        if gap >= CONTACT_BLOCK_GAP:
            block = block[: end - gap + 1]
            break
    menu = menu_after(block)
    return block if menu is None else block[:menu]


# A contact entry opens with the name, then the title, then the phone and e-mail: this many menu
# labels in a row after a block's e-mail or phone are no entry but the page's links going on
# ("Quiénes somos / Contacto / Aviso Legal / Edición Mallorca").
MENU_RUN = 3


def menu_after(lines: list[str]) -> int | None:
    """Where a run of MENU_RUN menu labels (``is_menu_label``; a contact heading among them too)
    starts after the last e-mail or phone of ``lines``; None when there is none."""
    data = [i for i, line in enumerate(lines) if carries_contact_data(line)]
    if not data:
        return None
    run: list[int] = []
    for i in range(data[-1] + 1, len(lines)):
        if lines[i]:
            run = run + [i] if is_menu_label(lines[i]) or is_contact_marker(lines[i]) else []
        if len(run) >= MENU_RUN:
            return run[0]
    return None


def carries_contact_data(line: str) -> bool:
    """An e-mail or a phone number."""
    return bool(EMAIL.search(line) or phone_numbers(URL.sub(" ", line)))


def carries_contact(line: str) -> bool:
    """An e-mail, a phone number or a person's name."""
    return bool(EMAIL.search(line) or phone_numbers(URL.sub(" ", line)) or person_names(line))


def find_trailing_contacts(lines: list[str]) -> int | None:
    """Without a marker: a run of contact lines at the very end holding an e-mail or phone."""
    start = len(lines)
    while (
        start
        and is_contact_line(lines[start - 1])
        and (not ENDS_PARAGRAPH.search(lines[start - 1]) or CONTACT_LABEL.match(lines[start - 1]))
    ):
        start -= 1
    tail = "\n".join(lines[start:])
    if menu_after(lines[start:]) is not None:
        return None  # the page's footer: its address and phone, then its menu
    if start < len(lines) and (EMAIL.search(tail) or phone_numbers(URL.sub(" ", tail))):
        return start
    return None


def phone_numbers(text: str) -> list[str]:
    """Phone numbers in ``text`` (7 digits or more), spaces tidied: "+ 509 3245" -> "+509 3245";
    "01 53 38 66 00 / 06 76 94 37 05" is two numbers. A bracket opened and not closed inside the
    match is a reference, not a phone: "résolution 1218 (2024)" gives "1218 (2024"; a date in
    digits ("12.12.2019") is a date."""
    found = []
    for match in PHONE.finditer(text):
        for number in PHONE_ALTERNATIVES.split(match.group(0).strip()):
            if (
                sum(c.isdigit() for c in number) >= 7
                and number.count("(") == number.count(")")
                and not DATE_NUMBER.fullmatch(number.strip())
            ):
                found.append(re.sub(r"^\+\s+", "+", SPACES.sub(" ", number.strip())))
    return found


def is_placeholder_number(number: str) -> bool:
    """A template's number: its digits one digit repeated, or counted up from 0 or 1 for the most
    part ("234 567 890" after a country code "+1")."""
    digits = "".join(c for c in number if c.isdigit())
    return len(set(digits)) == 1 or any(len(part) >= 6 and part in COUNTING for part in (digits, digits[1:]))


def person_names(line: str) -> list[str]:
    """The person names on a contact line ("Dolores Cortés ou Oscar Sandoval" -> two)."""
    bare = URL.sub(" ", EMAIL.sub(" ", CONTACT_LABEL.sub("", line)))
    parts = (HONORIFIC.sub("", part.strip()) for part in NAME_SEPARATOR.split(bare))
    return [part for part in parts if is_person_name(part)]


def is_person_name(text: str) -> bool:
    """Two or three capitalised words (particles allowed), none of them a label or institution word."""
    words = text.split()
    if not words or len(words) > 5:
        return False
    core = [words[0]] + [w for w in words[1:] if w.casefold() not in NAME_PARTICLES]
    return 2 <= len(core) <= 3 and all(is_name_word(w) for w in core)


def is_name_word(word: str) -> bool:
    parts = re.split(r"[-'’]", word)
    if word.casefold() in NOT_NAME_WORDS or not all(parts):
        return False
    return (
        word[0].isupper()
        and all(p[0].isupper() or p in ("d", "l") for p in parts)
        and all(c.isalpha() or c in "-'’" for c in word)
        and any(c.islower() for c in word)
    )


def parse_contacts(block: list[str], contacts: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Names, e-mails, phones and links of a contact block, added to ``contacts`` (or new)."""
    contacts = empty_contacts() if contacts is None else contacts
    previous_names = False
    opens_entry = True  # the block's first line, or the line after a marker, an e-mail or a phone
    for line in block:
        for email in EMAIL.findall(line):
            if not PLACEHOLDER_EMAIL.search(email):  # a template's field: the line is the site's
                add_unique(contacts["emails"], email)
        for url in URL.findall(line):
            add_unique(contacts["links"], url)
        rest = URL.sub(" ", EMAIL.sub(" ", line))
        for phone in phone_numbers(rest):
            if not is_placeholder_number(phone):
                add_unique(contacts["phones"], phone)
        marker = is_contact_marker(line)
        if marker:
            line = line.split(":", 1)[1] if ":" in line else ""
        names = person_names(line)
        if names and previous_names and names == [line.strip()] and not carries_contact_data(line):
            names = []  # a name-shaped line under a name is its title ("Especialista Regional de Comunicación")
        for name in names:
            add_unique(contacts["names"], name)
        previous_names = bool(names)
        if opens_entry and is_caseless_name(line):
            add_unique(contacts["names"], line.strip())
        opens_entry = marker or carries_contact_data(line) or (opens_entry and not line.strip())
    return contacts


def is_caseless_name(line: str) -> bool:
    """A person's name in a script without capitals ("جولييت توما"), told by its place, not its
    shape: two to four words without digits or labels opening an entry of the block (a contact
    entry opens with the name, then the title, then the phone and e-mail)."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and all(w.isalpha() for w in words)
        and not any(c.isalpha() and c.upper() != c.lower() for c in line)
        and not CONTACT_LABEL.match(line)
        and not is_contact_marker(line)
    )


def add_unique(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)
