"""Errors that stop a command before any document is processed (exit code 2).

A document's own failure is never an exception that leaves a stage: it becomes the
record's ``error``. These are for what makes the whole run impossible.
"""


class UserError(Exception):
    """Something the user can fix: a config, a path, a model; the message says how."""


class ModelLoadError(UserError):
    """A model cannot be loaded or is the wrong kind for its job."""
