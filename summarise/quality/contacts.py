"""Contacts: an e-mail, URL or phone number of the source must be in the output, as a whole token."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.quality.flags import Flag, flag, quote
from summarise.text.patterns import EMAIL, PHONE, URL, URL_TRAIL, is_phone


def _urls(text: str) -> list[str]:
    return [u.rstrip(URL_TRAIL) for u in URL.findall(text)]


def _phones(text: str, strict: bool = True) -> list[str]:
    """PHONE matches in ``text``; ``strict`` keeps only what is_phone accepts in prose."""
    return [p.strip() for p in PHONE.findall(text) if (is_phone(p) if strict else sum(c.isdigit() for c in p) >= 7)]


# An e-mail has an "@" and a phone number digits: a text without them skips those patterns.
DIGIT_RE = re.compile(r"\d")


def _no_mail(text: str) -> str:
    return EMAIL.sub(" ", text) if "@" in text else text


def contacts(text: str) -> dict[str, list[str]]:
    """E-mails, URLs and phone numbers in ``text``, as written."""
    emails = EMAIL.findall(text) if "@" in text else []
    no_mail = _no_mail(text)
    return {"emails": emails, "urls": _urls(no_mail), "phones": _phones(URL.sub(" ", no_mail))}


@lru_cache(maxsize=1024)  # every check of a segment strips the same source and output
def strip_contacts(text: str) -> str:
    text = URL.sub(" ", _no_mail(text))
    if not DIGIT_RE.search(text):
        return text
    return PHONE.sub(lambda m: " " if is_phone(m.group()) else m.group(), text)


def url_key(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def _tight(text: str) -> str:
    """Spaces an MT output puts around the "@" of an e-mail removed: "x @ y.org"."""
    return re.sub(r"\s*@\s*", "@", text)


def output_contacts(tgt: str) -> tuple[set[str], set[str], set[str]]:
    """(e-mails, URL keys, phone digit strings) of an output, each a whole token."""
    tight = _tight(tgt)
    emails = {e.lower() for e in EMAIL.findall(tight)}
    urls = {url_key(u) for u in _urls(EMAIL.sub(" ", tight))}
    phones = {digits_of(p) for p in _phones(URL.sub(" ", EMAIL.sub(" ", tgt)), strict=False)}
    return emails, urls, phones


def check_contacts(src: str, tgt: str) -> list[Flag]:
    """An e-mail, URL or phone number of the source missing from the output, compared as
    whole tokens (``xcmueller@iom.int.org`` is not ``cmueller@iom.int``); spaces MT puts
    inside them are ignored."""
    found = contacts(src)
    if not any(found.values()):
        return []  # nothing of the source's to look for in the output
    emails, urls, phones = output_contacts(tgt)
    lost = [e for e in found["emails"] if e.lower() not in emails]
    lost += [u for u in found["urls"] if url_key(u) not in urls]
    lost += [p for p in found["phones"] if digits_of(p) not in phones]
    if not lost:
        return []
    return [flag("contact_lost", ", ".join(quote(c) for c in lost) + " not in output")]
