"""Words of dates and times that CLDR's calendar names lack: "today" before a weekday (a
dateline's "hoy lunes" names the text's day) and the parts of the day CLDR does not name. One
entry per language, joined with the other concerns' in ``language_data.EXTRA``."""

# ``today_words``: the word for today; ``day_periods``: parts of the day CLDR does not name,
# "word:am" or "word:pm".

TIME: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "today_words": ("aujourd'hui",),
    },
    "es": {
        "today_words": ("hoy",),
    },
    "ar": {
        "today_words": ("اليوم",),
        "day_periods": ("عصرا:pm",),  # the afternoon of the asr prayer, which CLDR does not name
    },
    "en": {
        "today_words": ("today",),
    },
}
