"""The list cue, its 3+-item form measured and not kept (``benchmarks/list_one_fewer.py``; its
4+-item form is in the check), on real lines: FLORES dev fr-en line 749 (tune part; microsoft's good
line) and generator B's corruption of it, which no cue of the check catches; and ``structure.lists``
reading two-item coordinations when asked."""

from __future__ import annotations

from benchmarks.list_one_fewer import list_one_fewer, parallel
from summarise.quality.omission import check_omission
from summarise.quality.structure import enumerations, lists

SRC = (
    "Le cadre pourrait être un vieux bâtiment historique avec des meubles anciens, un terrain entretenu et une piscine."
)
GOOD = "The setting could be an old historic building with antique furniture, manicured grounds and swimming pool."
BAD = "The setting could be an old historic building with antique furniture and a swimming pool."


def test_two_item_coordinations_are_read_only_when_asked():
    assert enumerations(BAD, "en") == []
    assert [len(f.items) for f in lists(BAD, "en", 2)] == [2]
    assert [len(f.items) for f in lists(SRC, "fr", 2)] == [3]


def test_the_measured_cue_sees_the_list_one_item_short_the_check_lets_pass():
    (found,) = lists(SRC, "fr")
    assert parallel(found, "fr")
    assert list_one_fewer(SRC, GOOD, "fr") is None
    assert list_one_fewer(SRC, BAD, "fr", least=3) == found
    assert check_omission(SRC, BAD, "fr") == []  # a list of three: the check does not flag it
    assert list_one_fewer(SRC, BAD, "fr") is None  # the check's cue reads lists of 4+
