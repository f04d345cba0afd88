"""Real lines of the open benchmark sets (readable: rules may be read from them), one file per
language, that the speed tests run the checks' readers over to show a faster reader gives the
same result (``tests/test_checks_speed.py``, ``tests/test_regexheads.py``)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
SOURCES = {
    "fr": DATA / "news" / "open" / "fr-en" / "src.fr",
    "es": DATA / "news" / "open" / "es-en" / "src.es",
    "ar": DATA / "talks-open" / "ar-en" / "src.ar",
    "pl": DATA / "languages" / "dev" / "pl-en" / "src.pl",
    "de": DATA / "languages" / "dev" / "de-en" / "src.de",
    "ru": DATA / "languages" / "dev" / "ru-en" / "src.ru",
    "tr": DATA / "languages" / "dev" / "tr-en" / "src.tr",
}
# English outputs of a system, of a Latin-script and an Arabic source
OUTPUTS = [DATA / "news" / "open" / "fr-en" / "google.en", DATA / "talks-open" / "ar-en" / "google.en"]
