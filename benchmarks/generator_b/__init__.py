"""Generator B: corrupt a good English MT output with one error of one class, for
``benchmarks/corruptions.py`` to measure how many the checks catch.

The classes follow the MQM / WMT critical-error categories for numbers and facts: each one
makes a change of meaning that a reviewer must catch, and never leaves the output as it was.
Every class is a function ``(output, source, rng) -> corrupted output or None`` (None: the
class cannot apply to that line); ``entity_swapped`` also takes the names it may swap in.

* ``date_day``: the day of a date next to a month ("5 March" -> "12 March"), or a weekday.
* ``date_month``: a month name, or its abbreviation ("Jan." -> "Oct.").
* ``date_year``: a year 1900-2099 moved by 1 to 10.
* ``date_dropped``: one date of a list or range ("April and May", "5 and 7 March", "2019 to
  2021") dropped, or written as a copy of another date of the list ("May and May").
* ``scale``: thousand / million / billion / trillion swapped, or "bn" / "m" after an amount.
* ``unit``: a unit of length, mass, temperature or area, or a currency, swapped for another
  of the same kind.
* ``number``: one digit of a number changed, or a number word ("three" -> "four").
* ``negation_dropped``: the output's only negation removed or turned positive.
* ``negation_added``: "not" after the first auxiliary or modal of an output with none.
* ``omission_clause``: a clause of 4 words or more (at most half of the line) dropped.
* ``omission_list_item``: one item dropped from an enumeration "A, B and C".
* ``entity_dropped`` / ``entity_swapped``: a capitalised name (not at a sentence start, found
  in the source in the same form) removed, or replaced by a name from another line.

It shares no code with ``summarise`` nor with ``benchmarks/checks.py`` (generator A): the
corruptions are written apart from the checks they measure.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from benchmarks.generator_b.amounts import number, scale, unit
from benchmarks.generator_b.dates import date_day, date_dropped, date_month, date_year
from benchmarks.generator_b.names import entity_dropped, entity_swapped
from benchmarks.generator_b.negation import negation_added, negation_dropped
from benchmarks.generator_b.omission import omission_clause, omission_list_item

CLASSES: dict[str, Callable[..., str | None]] = {
    "date_day": date_day,
    "date_month": date_month,
    "date_year": date_year,
    "date_dropped": date_dropped,
    "scale": scale,
    "unit": unit,
    "number": number,
    "negation_dropped": negation_dropped,
    "negation_added": negation_added,
    "omission_clause": omission_clause,
    "omission_list_item": omission_list_item,
    "entity_dropped": entity_dropped,
    "entity_swapped": entity_swapped,
}


def corrupt(cls: str, tgt: str, src: str, rng: random.Random, pool: Sequence[str] = ()) -> str | None:
    """``tgt`` with one error of class ``cls``, or None when the class cannot apply (or would
    leave the output as it was)."""
    if cls == "entity_swapped":
        out = entity_swapped(tgt, src, rng, pool)
    else:
        out = CLASSES[cls](tgt, src, rng)
    return out if out is not None and out != tgt else None


def line_rng(seed: int, cls: str, system: str, line: int) -> random.Random:
    return random.Random(f"B:{seed}:{cls}:{system}:{line}")
