"""A large corpus file read through a memory map, its pages let go once parsed.

A JSON Lines archive can be larger than memory (a 10M-sentence resample is 1.4 GB).
Reading it whole held all of it for the whole read; mapped, the pages already parsed
(and those a checksum has passed over) are handed back to the kernel with
MADV_DONTNEED, so what the process holds of the file stays about RELEASE_EVERY.
The object reads like the bytes it replaces where the readers use them: len, slices,
find, count of one byte, a checksum, whether it is all whitespace.
"""

from __future__ import annotations

import mmap
import zlib
from pathlib import Path

MAP_AT = 64 << 20  # JSON Lines files this large are mapped, not read
RELEASE_EVERY = 32 << 20  # bytes parsed between two hand-backs of pages
CHUNK = 8 << 20  # bytes a checksum, a count or a blank test reads at once


class Mapped:
    """A read-only map of a file, read like bytes."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._released = 0

    def __len__(self) -> int:
        return len(self._mm)

    def __getitem__(self, key: slice) -> bytes:
        return self._mm[key]

    def find(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        return self._mm.find(sub, start, len(self._mm) if end is None else end)

    def count(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        """Occurrences of one byte between start and end."""
        if len(sub) != 1:
            raise ValueError("count of one byte only")
        end = len(self._mm) if end is None else min(end, len(self._mm))
        n = 0
        for a in range(start, end, CHUNK):
            n += self._mm[a:min(a + CHUNK, end)].count(sub)
            self.release(min(a + CHUNK, end))
        return n

    def crc32(self, end: int | None = None) -> int:
        """zlib.crc32 of the first `end` bytes (all by default), the pages let go as it goes."""
        end = len(self._mm) if end is None else min(end, len(self._mm))
        crc = 0
        view = memoryview(self._mm)
        try:
            for a in range(0, end, CHUNK):
                crc = zlib.crc32(view[a:min(a + CHUNK, end)], crc)
                self.release(min(a + CHUNK, end))
        finally:
            view.release()
        return crc

    def blank(self) -> bool:
        """Whether the file holds only whitespace (it stops at the first other byte)."""
        for a in range(0, len(self._mm), CHUNK):
            if self._mm[a:a + CHUNK].strip():
                return False
        return True

    def release(self, upto: int) -> None:
        """Hand the pages before `upto` back (they are read again from the page cache if needed)."""
        upto -= upto % mmap.PAGESIZE
        if upto < self._released:  # a new pass from the start (a checksum, then the parse)
            self._released = 0
        if upto - self._released < RELEASE_EVERY and upto < len(self._mm) - mmap.PAGESIZE:
            return
        if upto <= self._released:
            return
        try:
            self._mm.madvise(mmap.MADV_DONTNEED, self._released, upto - self._released)
        except (AttributeError, OSError, ValueError):  # pragma: no cover - no madvise here
            pass
        self._released = upto


def crc32_of(data: bytes | Mapped, end: int | None = None) -> int:
    """zlib.crc32 of data[:end], without copying a mapped file."""
    if isinstance(data, Mapped):
        return data.crc32(end)
    return zlib.crc32(memoryview(data)[:end] if end is not None else data)


def blank(data: bytes | Mapped) -> bool:
    return data.blank() if isinstance(data, Mapped) else not data.strip()


def release(data: bytes | Mapped, upto: int) -> None:
    """Let a mapped file's pages before `upto` go (nothing for bytes)."""
    if isinstance(data, Mapped):
        data.release(upto)
