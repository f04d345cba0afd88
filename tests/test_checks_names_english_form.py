"""A name the output writes in English's own form: an exonym or English spelling with the name's
consonant frame ("Hizbulá" -> "Hezbollah", "Rosacruz" -> "Rosicrucians", "Raquel" -> "Rachel",
"Tutenchamon" -> "Tutankhamun"). Each source and good output is a line of a readable set as a
real system or the reference wrote it (line numbers counted from 1); the errors still caught are
the same lines with the name gone or swapped, and real system errors of the same shape."""

from __future__ import annotations

from summarise.quality.names import check_names
from summarise.quality.transliteration import frames_alike
from tests.flagged import critical as _critical

# benchmarks/data/news/open3 es line 88 (every system writes "Hezbollah")
HIZBULA = (
    "Deberán abandonar sus actuales relaciones con Irán, deberán abandonar sus relaciones con el Hizbulá "
    "(movimiento chita), deberán desprenderse del apoyo permanente que provoca el terrorismo de Hamas "
    '(movimiento chita), de Al Qaeda (la red terrorista) y de la Yihad (la Guerra Santa) en Iraq", '
    "concretó el primer ministro."
)
HIZBULA_EN = (
    "They will have to abandon their current relations with Iran, they will have to abandon their relations "
    "with Hezbollah (the Shiite movement), they will have to get rid of the permanent support that terrorism "
    "provokes from Hamas (the Shiite movement), Al Qaeda (the terrorist network) and Jihad (the Holy War) in "
    'Iraq", specified the prime minister.'
)
# benchmarks/data/news/open2 es line 586 (google, microsoft, bergamot-base-memory)
ROSACRUZ = (
    "Si visita una librería dedicada a publicaciones esotéricas, verá que cada obra repite (sobre el Grial, el "
    "misterio de Rennes-le-Château, los Templarios o los Rosacruz) exactamente lo que se había escrito en las "
    "obras anteriores."
)
ROSACRUZ_EN = (
    "If you visit a bookstore dedicated to esoteric publications, you will see that each work repeats (about "
    "the Grail, the mystery of Rennes-le-Château, the Templars or the Rosicrucians) exactly what had been "
    "written in the previous works."
)
# benchmarks/data/news/open3 es line 454 (microsoft)
RAQUEL = (
    "Su película Raquel, Raquel, en 1968 (según la novela de la canadiense Margaret Laurence), con su esposa "
    "Joanne Woodward en el papel principal, describía un retrato femenino de melancolía."
)
RAQUEL_EN = (
    "His film Rachel, Rachel, in 1968 (according to the novel by Canadian Margaret Laurence), with his wife "
    "Joanne Woodward in the title role, described a female portrait of melancholy."
)
# benchmarks/data/languages/dev pl line 407 (the reference; every system but one)
TUT = (
    "Tak! Król Tutenchamon, czasem nazywany „Król Tut” lub „Król chłopiec”, jest jednym z najbardziej "
    "współcześnie znanych królów starożytnego Egiptu."
)
TUT_EN = (
    'Yes! King Tutankhamun, sometimes referred to as "King Tut" or "The Boy King", is one of the most well '
    "known ancient Egyptian kings in modern times."
)


def test_a_name_written_in_its_english_form_is_no_drop():
    for src, good, lang in (
        (HIZBULA, HIZBULA_EN, "es"),
        (ROSACRUZ, ROSACRUZ_EN, "es"),
        (RAQUEL, RAQUEL_EN, "es"),
        (TUT, TUT_EN, "pl"),
    ):
        assert "name_missing" not in _critical(src, good, lang), good
    # a note stays: the reviewer may still look at the name's English form
    assert any(f["code"] == "name_missing" for f in check_names(HIZBULA, HIZBULA_EN, "es"))


def test_the_name_dropped_or_swapped_is_still_critical():
    assert "Hizbulá" in _critical(HIZBULA, HIZBULA_EN.replace("with Hezbollah", "with the group"), "es")["name_missing"]
    assert "Hizbulá" in _critical(HIZBULA, HIZBULA_EN.replace("with Hezbollah", "with Fatah"), "es")["name_missing"]
    assert "Rosacruz" in _critical(ROSACRUZ, ROSACRUZ_EN.replace(" or the Rosicrucians", ""), "es")["name_missing"]
    assert "Raquel" in _critical(RAQUEL, RAQUEL_EN.replace("Rachel, Rachel", "Rebecca, Rebecca"), "es")["name_missing"]
    assert "Tutenchamon" in _critical(TUT, TUT_EN.replace("King Tutankhamun", "King Ramesses"), "pl")["name_missing"]


def test_a_misspelt_name_or_a_lost_mention_is_still_critical():
    # benchmarks/data/news/open fr line 343 (bergamot-tiny): "Tork" shares the frame of "Türk", but
    # English pages write it less often than the name: a misspelling, no English form
    turk = (
        "La décision a été prise à l'unanimité des 11 juges, alors qu'une majorité qualifiée de sept voix était "
        "requise pour prononcer la dissolution, a indiqué M. Kiliç, ajoutant que 37 des cadres du parti, dont son "
        "président Ahmet Türk et la députée Aysel Tugluk, sont bannis de la vie politique pour une durée de cinq ans."
    )
    tork = (
        "The decision was taken unanimously by the 11 judges, while a qualified majority of seven votes was "
        "required to declare dissolution, said Mr. Kiliç, adding that 37 of the party's executives, including its "
        "president Ahmet Tork and MP Aysel Tugluk, were banned from political life for five years."
    )
    assert frames_alike("turk", "tork")
    assert "Türk" in _critical(turk, tork, "fr")["name_missing"]
    # benchmarks/data/languages/dev de line 59 (bergamot-tiny): one of the two mentions is gone
    provenzano = (
        "Die Polizei sagte, dass Lo Piccolo die Oberhand habe, weil er in Palermo Provenzanos rechte Hand war und "
        "seine größere Erfahrung ihm den Respekt der älteren Generationen einbrachte. Diese verfolgten "
        "Provenzanos Politik, keine Aufmerksamkeit auf sich zu ziehen, während sie ihr Machtnetzwerk stärkten."
    )
    provenzano_en = (
        "The police said that Lo Piccolo had the upper hand because he was the right hand in Palermo and his "
        "greater experience earned him the respect of the older generations. These pursued Provenzano's policy of "
        "not attracting attention while strengthening their network of power."
    )
    assert "Provenzanos" in _critical(provenzano, provenzano_en, "de")["name_missing"]


def test_frames_alike():
    assert frames_alike("hizbula", "hezbollah")
    assert frames_alike("rosacruz", "rosicrucians")  # an ending added
    assert frames_alike("tutenchamon", "tutankhamun")
    assert not frames_alike("hizbula", "fatah")
    assert not frames_alike("sena", "seine")  # two classes: too short to say
