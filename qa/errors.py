"""One exception type for every user-facing failure, so front ends print one line."""


class QAError(Exception):
    """A problem the user can fix (bad path, bad question, bad file); never a bug."""

    exit_code = 2


class NoAnswer(QAError):
    exit_code = 1
