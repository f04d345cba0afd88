"""What a person does with a finished run: the review page and corrections (``page``),
publishable documents (``export.export``), and scores against reference translations
(``evaluate.evaluate``).
"""

from summarise.review.page import apply_corrections, stats, write_review

__all__ = ["apply_corrections", "stats", "write_review"]
