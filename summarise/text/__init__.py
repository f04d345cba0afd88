"""Text in, clean records out: reading inputs (``read``), cleaning them (``clean``, with the
lines a batch shares from ``boilerplate``), and cutting them into sentences (``segment``);
``patterns`` holds what they share (contacts, the language identifier, stop words).

Each stage is the function named like its module (``summarise.text.clean.clean``); for one
string or file: ``clean_text``, ``clean_file``.
"""

from summarise.text.clean import clean_file, clean_text

__all__ = ["clean_file", "clean_text"]
