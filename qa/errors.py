"""One exception type for every user-facing failure, so front ends print one line."""


class QAError(Exception):
    """A problem the user can fix (bad path, bad question, bad file); never a bug."""

    exit_code = 2


class IndexDamaged(QAError):
    """A file of an opened index failed its check; the index is marked to be rebuilt."""

    def __init__(self, where: object, problem: str) -> None:
        super().__init__(f"the index at {where} is corrupt ({problem})")
        self.where, self.problem = where, problem
