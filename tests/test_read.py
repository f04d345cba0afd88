"""Reading: files, folders and JSONL; decoding, repairs, HTML pages, and bad inputs as error records."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarise.record import text_hash
from summarise.text.htmlpage import fallback_article
from summarise.text.read import read, record_from_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FRENCH = "L’OIM a lancé une campagne « Un appel, une vie » – déjà 650 victimes aidées à Noël."


def one(path: Path | str):
    records = list(read([path]))
    assert len(records) == 1
    return records[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def decode_rule(record) -> str:
    return next(c["text"] for c in record.cleaning if c["rule"] == "decode")


# ---------------------------------------------------------------- seeds, files, folders


def test_seed_files_read_as_utf8_with_stem_ids(seed_paths):
    records = list(read([str(p) for p in seed_paths]))
    assert [r.id for r in records] == [p.stem for p in seed_paths]
    for record, path in zip(records, seed_paths):
        assert record.ok
        assert record.source == str(path)
        assert record.original == path.read_text(encoding="utf-8")
        assert record.input_hash == text_hash(record.original)
        assert decode_rule(record) == "utf-8"
        assert record.flags == []


def test_read_is_lazy():
    records = read(["does-not-exist-1.txt", "does-not-exist-2.txt"])
    assert isinstance(records, Iterator)
    assert next(records).id == "does-not-exist-1"


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.txt", b"Deuxieme texte.")
    write(tmp_path, "a.htm", b"Premier texte.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.html", b"Troisieme texte.")
    write(tmp_path, "notes.md", b"Pas un communique.")
    write(tmp_path, ".hidden.txt", b"Cache.")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "x.txt", b"Cache.")
    records = list(read([tmp_path]))
    assert [r.id for r in records] == ["a", "b", "sub/c"]  # the path under the folder
    assert records[2].source == os.path.join(str(tmp_path), "sub", "c.html")
    assert [r.id for r in read([tmp_path])] == ["a", "b", "sub/c"]  # stable


def test_folder_without_text_files_is_one_error_record(tmp_path):
    write(tmp_path, "notes.md", b"Rien.")
    record = one(tmp_path)
    assert record.error["type"] == "EmptyInput" and "holds no .txt" in record.error["message"]


# ---------------------------------------------------------------- bad inputs

BAD_INPUTS = [
    ("empty.txt", b"", "EmptyInput", "file is empty (0 bytes)"),
    ("blank.txt", b" \n\t\r\n  \n", "EmptyInput", "only whitespace"),
    ("nul.txt", b"Bonjour\x00\x00\x01 le monde", "BinaryInput", "NUL bytes"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "BinaryInput", "PNG image"),
    ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "BinaryInput", "PDF document"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x06\x00", "BinaryInput", "zip archive"),
    ("noise.txt", bytes(range(0x80, 0x100)) * 3, "UndecodableInput", "text encoding"),
]


@pytest.mark.parametrize("name,data,kind,message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_an_error_record_and_others_go_on(tmp_path, name, data, kind, message):
    good = write(tmp_path, "good.txt", FRENCH.encode())
    bad = write(tmp_path, name, data)
    before, failed, after = read([good, bad, good])
    assert failed.id == Path(name).stem and failed.source == str(bad)
    assert failed.error["stage"] == "read" and failed.error["type"] == kind
    assert message in failed.error["message"]
    assert failed.original == ""
    assert before.ok and after.ok and before.original == after.original == FRENCH


def test_missing_path_is_an_error_record(tmp_path):
    good = write(tmp_path, "good.txt", FRENCH.encode())
    missing = str(tmp_path / "absent.txt")
    records = list(read([missing, good]))
    assert records[0].error == {
        "stage": "read",
        "type": "MissingInput",
        "message": f"no such file or folder: {missing}",
    }
    assert records[0].source == missing and records[0].id == "absent"
    assert records[1].ok


@pytest.mark.parametrize(
    "given,kind", [("", "MissingInput"), ("x" * 5000 + ".txt", "UnreadableInput"), ("a\x00b.txt", "MissingInput")]
)
def test_impossible_paths_are_error_records(given, kind):
    assert one(given).error["type"] == kind


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error_record(tmp_path):
    path = write(tmp_path, "locked.txt", FRENCH.encode())
    path.chmod(0)
    assert one(path).error["type"] == "UnreadableInput"


# ---------------------------------------------------------------- encodings and repairs

ENCODINGS = [
    ("cp1252", FRENCH.encode("cp1252"), {"windows-1252"}),
    (
        "latin-1",
        "Été à Noël, déjà : la traite des êtres humains.".encode("latin-1"),
        {"windows-1252", "latin-1", "iso-8859-15"},
    ),
    ("utf-8-bom", b"\xef\xbb\xbf" + FRENCH.encode(), {"utf-8 (with BOM)"}),
    ("utf-16", FRENCH.encode("utf-16"), {"utf-16"}),
    ("short-cp1252", "Été à Noël".encode("cp1252"), {"windows-1252"}),
]


@pytest.mark.parametrize("label,data,names", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_are_decoded_and_named(tmp_path, label, data, names):
    record = one(write(tmp_path, "doc.txt", data))
    assert record.ok
    expected = data.decode(
        {
            "cp1252": "cp1252",
            "latin-1": "latin-1",
            "utf-8-bom": "utf-8-sig",
            "utf-16": "utf-16",
            "short-cp1252": "cp1252",
        }[label]
    )
    assert record.original == expected
    assert "\ufeff" not in record.original
    assert decode_rule(record) in names


def test_mojibake_is_repaired_keeping_typography(tmp_path):
    mangled = FRENCH.encode("utf-8").decode("cp1252").encode("utf-8")  # "lâ€™OIM", "Ã "
    record = one(write(tmp_path, "moji.txt", mangled))
    assert record.original == FRENCH  # ’ « » – kept as they were, not made ASCII
    assert "mojibake_repaired" in record.flags
    assert any(c["rule"] == "mojibake" for c in record.cleaning)


def test_clean_utf8_is_not_touched_by_the_mojibake_repair():
    record = record_from_text(FRENCH)
    assert record.original == FRENCH and record.flags == []


@pytest.mark.parametrize("data", [b"Un.\r\nDeux.\r\nTrois.", b"Un.\rDeux.\rTrois.", b"Un.\r\nDeux.\rTrois."])
def test_line_endings_are_normalised(tmp_path, data):
    record = one(write(tmp_path, "crlf.txt", data))
    assert record.original == "Un.\nDeux.\nTrois."
    assert any(c["rule"] == "line_endings" for c in record.cleaning)


def test_html_entities_are_unescaped_but_bare_ampersands_kept(tmp_path):
    data = b"L&#8217;OIM et l&rsquo;UNICEF &laquo;&nbsp;aident&nbsp;&raquo; R&D, AT&T &amp; co."
    record = one(write(tmp_path, "ent.txt", data))
    assert record.original == "L’OIM et l’UNICEF «\u00a0aident\u00a0» R&D, AT&T & co."
    assert any(c["rule"] == "html_entities" for c in record.cleaning)


# ---------------------------------------------------------------- HTML pages

PAGE = FIXTURES / "press_release_page.html"
NAV_WORDS = [
    "Qui sommes nous",
    "Partenariats",
    "dataLayer",
    "trackPage",
    "Mentions légales",
    "Plan du site",
    "Tous droits réservés",
    "Articles liés",
    "ONU Migration",
]


def check_article(original: str) -> None:
    title, *paragraphs = original.split("\n\n")
    assert title == "L'aide aux victimes de la traite"
    assert any(p.startswith("Le bureau de l'OIM à Managua") for p in paragraphs[:2])
    assert "« Un appel, une vie »" in original.replace("\u00a0", " ")
    for word in NAV_WORDS:
        assert word not in original


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_html_page_gives_its_article_whatever_the_extension(tmp_path, name):
    record = one(write(tmp_path, name, PAGE.read_bytes()))
    assert record.ok and "html_page" in record.flags
    check_article(record.original)
    assert any(c["rule"] == "html_extract" for c in record.cleaning)


def test_html_fallback_extractor_skips_navigation_scripts_and_footer():
    title, paragraphs = fallback_article(PAGE.read_text(encoding="utf-8"))
    check_article("\n\n".join([title] + paragraphs))


def test_html_page_without_text_is_an_error(tmp_path):
    page = b"<!DOCTYPE html><html><body><nav>Accueil</nav><script>x()</script></body></html>"
    record = one(write(tmp_path, "vide.html", page))
    assert record.error["type"] == "EmptyInput"
    assert "no visible text" in record.error["message"]


def test_text_mentioning_tags_is_not_an_html_page():
    record = record_from_text("Le fichier <html> est vide. La balise <p> ouvre un paragraphe.")
    assert "html_page" not in record.flags
    assert record.original.startswith("Le fichier <html>")


# ---------------------------------------------------------------- JSONL


def test_jsonl_lines_are_records_and_a_bad_line_is_an_error(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Premier communiqué."}, ensure_ascii=False),
        '{"id": "b", "text": "cassé"',
        "",
        json.dumps({"id": "c", "text": "Troisi&egrave;me communiqué."}),
        json.dumps({"id": "d"}),
        json.dumps(["pas", "un", "objet"]),
        json.dumps({"text": "Sans identifiant."}),
        json.dumps({"id": "e", "text": "   "}),
    ]
    path = write(tmp_path, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    records = list(read([path]))
    assert [r.id for r in records] == ["a", "batch-2", "c", "d", "batch-6", "batch-7", "e"]
    assert [r.source for r in records] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7, 8)]
    assert records[0].ok and records[0].original == "Premier communiqué."
    assert records[1].error["type"] == "BadJsonLine" and "line 2" in records[1].error["message"]
    assert records[2].ok and records[2].original == "Troisième communiqué."
    assert records[3].error["type"] == "BadJsonLine" and '"text"' in records[3].error["message"]
    assert records[4].error["type"] == "BadJsonLine"
    assert records[5].ok and records[5].original == "Sans identifiant."
    assert records[6].error["type"] == "EmptyInput" and "line 8" in records[6].error["message"]


def test_empty_jsonl_file_is_one_error_record(tmp_path):
    record = one(write(tmp_path, "vide.jsonl", b"\n\n"))
    assert record.error["type"] == "EmptyInput"


def test_jsonl_is_read_only_when_named(tmp_path):
    write(tmp_path, "batch.jsonl", b'{"id": "x", "text": "Texte."}\n')
    write(tmp_path, "doc.txt", b"Texte.")
    assert [r.id for r in read([tmp_path])] == ["doc"]
    assert [r.id for r in read([tmp_path / "batch.jsonl"])] == ["x"]


def test_jsonl_is_read_line_by_line(tmp_path):
    """A JSONL archive streams: records come before the file has been read to its end."""
    path = tmp_path / "archive.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"doc{i}", "text": f"Le bureau {i} a lancé un projet."}) + "\n")
    records = read([path])
    first = next(records)
    with path.open("a", encoding="utf-8") as fh:  # appended after the first record came out
        fh.write(json.dumps({"id": "late", "text": "Ajouté plus tard."}) + "\n")
    assert first.id == "doc0"
    assert [r.id for r in records] == ["doc1", "doc2", "late"]


def test_jsonl_line_in_windows_1252_is_decoded_on_its_own(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "\xc3\xa9t\xc3\xa9 en France"}\n'
        b'{"id": "b", "text": "\xe9t\xe9 \xe0 No\xebl, \xe0 Paris et \xe0 Lyon"}\n'
    )
    a, b = read([path])
    assert a.original == "été en France"
    assert b.original == "été à Noël, à Paris et à Lyon"
    assert {"rule": "decode", "text": "windows-1252"} in b.cleaning


# ---------------------------------------------------------------- HTML pages: title, date, contacts

ARTICLE = """
<p>Genève (ots) - Le HCR salue la décision du Conseil fédéral de participer au programme de
répartition des réfugiés adopté par l'Union européenne.</p>
<p>Ceci contribuera à faire face à la crise actuelle et à assurer une protection aux personnes
concernées, a déclaré le représentant du HCR en Suisse.</p>
<p>Le HCR appelle la Suisse à accueillir davantage de réfugiés syriens directement depuis la
région en crise, par la réinstallation et le regroupement familial.</p>
"""
CONTACT_BOX = """<aside class="contact-box"><h2>Contact presse</h2><div>Anja Klug</div>
<div>Cheffe du bureau</div><div>Tél. : +41 22 739 86 44</div>
<div><a href="mailto:klug@unhcr.org">klug@unhcr.org</a></div></aside>"""


def page(h1s: list[str], contact_box: str = CONTACT_BOX) -> str:
    headings = "".join(f"<h1>{h}</h1>" for h in h1s)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Actualités | Le site du HCR</title>
<meta property="og:title" content="Le HCR salue la décision du Conseil fédéral">
<meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/presse">Presse</a></nav>
<main><article>{headings}{ARTICLE}</article></main>{contact_box}
<footer><a href="/contact">Contact</a> <a href="/legal">Mentions légales</a> © 2024 HCR</footer>
</body></html>"""


def test_html_title_is_the_h1_and_the_date_the_page_metadata(tmp_path):
    from summarise.text.clean import clean

    path = write(tmp_path, "page.html", page(["Le HCR salue la décision du Conseil fédéral"]).encode())
    (record,) = clean(read([path]))
    assert record.title == "Le HCR salue la décision du Conseil fédéral"
    assert record.text.startswith("Genève (ots) - Le HCR salue")
    assert record.dateline == {"place": "Genève", "date": "2024-03-05"}  # place in the text, date in the page


def test_html_title_is_og_title_when_the_page_has_several_h1(tmp_path):
    from summarise.text.clean import clean

    path = write(tmp_path, "page.html", page(["Le HCR en Suisse", "Réfugiés syriens"]).encode())
    (record,) = clean(read([path]))
    assert record.title == "Le HCR salue la décision du Conseil fédéral"


def test_html_contacts_are_those_of_a_text_dump_of_the_page(tmp_path):
    from summarise.text.clean import clean, clean_text
    from summarise.text.htmlpage import page_lines

    html = page(["Le HCR salue la décision du Conseil fédéral"])
    (record,) = clean(read([write(tmp_path, "page.html", html.encode())]))
    dump = clean_text("\n".join(page_lines(html)))
    assert (
        record.contacts
        == dump.contacts
        == {"names": ["Anja Klug"], "emails": ["klug@unhcr.org"], "phones": ["+41 22 739 86 44"], "links": []}
    )
    assert any(c["rule"] == "html_contacts" for c in record.cleaning)
    assert "Anja Klug" not in record.text and "Mentions légales" not in record.text


def test_html_contacts_the_article_kept_are_not_added_twice(tmp_path):
    record = one(write(tmp_path, "page.html", PAGE.read_bytes()))
    assert record.original.count("Raul Rivas") == 1
    assert not any(c["rule"] == "html_contacts" for c in record.cleaning)


def test_html_page_without_contacts_gets_none(tmp_path):
    from summarise.text.clean import clean

    (record,) = clean(read([write(tmp_path, "page.html", page(["Un titre du HCR en Suisse"], "").encode())]))
    assert record.contacts == {"names": [], "emails": [], "phones": [], "links": []}
