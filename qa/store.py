"""The persistent index: built once per corpus, kept on disk, reused, and updated in place.

Where: <cache>/indexes/<name>-<hash of the resolved corpus path>/, with <cache> the
--index-dir, else $NEWSQA_CACHE_DIR, else the user cache directory. In it:

    manifest.json   what is indexed: format, corpus, every file's fingerprint (path,
                    size, mtime_ns, CRC-32), the current generation and a size and
                    xxh3-64 digest for each of its files. Written last, atomically.
    g-<id>/         one generation: numpy arrays (.npy, memory-mapped when loaded),
                    the document texts (texts.bin), the vocabulary and JSON metadata.
    .lock           held while building, so two processes never build at once.
    damaged         written when a file of the current generation fails its check
                    after opening: the next open rebuilds.

Everything here is created private (files 0600, folders 0700): the index holds the
full text of the corpus. The manifest is untrusted input like any file (validated
before use; it never names a file outside its generation).

Opening an index checks every corpus file's size and mtime (a file changed within
a few seconds of the last build is compared by content), and every index file's
size; each index file's xxh3 digest is checked on its first use in the process
(xxh3 reads about 7 GB/s, five times CRC-32), so bit rot that keeps sizes and
mtimes is caught before any of its bytes are used. An unchanged corpus is reused
with nothing parsed beyond the manifest. A changed one is updated: documents whose text
is already indexed (same SHA-256) keep their passages and tokens, only new texts are
split and tokenized, and the BM25 arrays are recomputed (idf depends on the whole
corpus). A generation is written in a temporary folder, fsynced and renamed; the
manifest that points to it is replaced last, so a crash or Ctrl-C at any moment
leaves the previous index (or none) intact. An index that is corrupt, incomplete or
of an older format is reported in one line and rebuilt.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import mmap
import os
import shutil
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np
import xxhash
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from qa import cache, sentences
from qa import corpus as corpus_mod
from qa import postings as postings_mod
from qa.bm25 import EPSILON, K1, B, Vocab, csr
from qa.errors import IndexDamaged, QAError
from qa.index import Built, CorpusIndex, PassageBuilder, Progress, auto_workers, batches
from qa.inputs import loads
from qa.mapped import Mapped, crc32_of
from qa.models import Document
from qa.segmented import MultiBM25, SegmentBM25, Stats, corpus_stats, live_df

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters

FORMAT = 8  # bump whenever the layout or the meaning of a stored array changes (8: sentences rejoined after an initialism)
MANIFEST = "manifest.json"
DAMAGED = "damaged"
PRIVATE_FILE, PRIVATE_DIR = 0o600, 0o700
RACY_NS = 3_000_000_000  # files modified this close to a build are compared by content
REBUILD_BELOW = 0.5  # an update reusing less of the corpus than this retrains Punkt instead
DOC_CACHE = 1024

Warn = Callable[[str], None]
Stage = Callable[[str, int, int], None]  # (what, done, total)


class IndexProblem(Exception):
    """What is wrong with a stored index, in a few words."""


# -- private files ------------------------------------------------------------------------
def _private(path: str, flags: int) -> int:
    """An `open` opener that creates files readable by their owner only."""
    return os.open(path, flags, PRIVATE_FILE)


def _private_dir(path: Path) -> None:
    """Make `path` (and missing parents) as folders only their owner can enter; an index
    folder made by an older version is closed to others too."""
    missing = []
    p = path
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass
    try:
        st = path.stat()
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            os.chmod(path, PRIVATE_DIR)
    except (OSError, AttributeError):
        pass


# -- the stored manifest ------------------------------------------------------------------
SEGMENT_FILES = frozenset(
    [f"{k}.npy" for k in ("doc_text_off", "doc_sha", "doc_date", "doc_line", "doc_id_off",
                          "title_off", "has_title", "doc_first", "p_start", "p_end", "p_kind",
                          "vocab_off", "doc_len", "indptr", "doc_outlet")]
    + [f"blk_{k}.npy" for k in ("first", "dbits", "fbits", "doff", "foff", "maxtf", "mindl")]
    + [f"{k}.bin" for k in ("doc_ids", "titles", "vocab", "texts", "docs", "freqs")] + ["authors.json", "punkt.json", "outlets.json"])
KNOWN_FILES = SEGMENT_FILES  # the files of each segment


class _StoredFile(BaseModel):
    rel: str
    size: int
    mtime_ns: int
    crc: int = Field(ge=0)
    docs: tuple[int, int]
    pieces: list[tuple[int, int, int]]  # (segment, first, end): the file's documents, in order
    warnings: list[str]
    checked_ns: int | None = None


class _Segment(BaseModel):
    name: str = Field(pattern=r"^s-[0-9a-f]+-[0-9]+-m?[0-9]+$")  # a folder beside the manifest, nothing else
    docs: int = Field(ge=0)
    passages: int = Field(ge=0)
    rows: int = Field(ge=0)
    terms: int = Field(ge=0)
    postings: int = Field(ge=0)
    checksums: dict[str, tuple[int, int, str]]

    @model_validator(mode="after")
    def _files(self) -> _Segment:
        if set(self.checksums) != SEGMENT_FILES:
            raise ValueError("unexpected index files")
        if any(size < 0 for size, _, _ in self.checksums.values()):
            raise ValueError("negative size")
        if self.rows > self.passages:
            raise ValueError("row counts")
        return self


class _Stats(BaseModel):
    rows: int = Field(ge=0)
    length: int = Field(ge=0)
    mean_idf: float
    max_idf: float
    terms: int = Field(ge=0)


class Manifest(BaseModel):
    """manifest.json as read back: every field checked before anything is opened by it."""

    model_config = ConfigDict(extra="ignore")

    format: int
    bm25: list[float]
    corpus: str
    built_ns: int = Field(ge=0)
    files: list[_StoredFile]
    segments: list[_Segment] = Field(min_length=1)
    stats: _Stats
    docs: int = Field(ge=0)
    passages: int = Field(ge=0)
    rows: int = Field(ge=0)
    shards: int = Field(default=1, ge=1, le=1_000_000)  # a cluster's: its segments grouped into this many

    @model_validator(mode="after")
    def _consistent(self) -> Manifest:
        at = 0
        used = [0] * len(self.segments)
        for f in self.files:
            if f.docs[0] != at or f.docs[1] < f.docs[0]:
                raise ValueError("document ranges")
            n = 0
            for s, a, b in f.pieces:
                if not 0 <= s < len(self.segments) or not 0 <= a < b <= self.segments[s].docs:
                    raise ValueError("pieces")
                n += b - a
                used[s] += b - a
            if n != f.docs[1] - f.docs[0]:
                raise ValueError("pieces")
            at = f.docs[1]
        if at != self.docs or self.rows > self.passages or self.stats.rows != self.rows:
            raise ValueError("document counts")
        if any(u > seg.docs for u, seg in zip(used, self.segments)):
            raise ValueError("pieces")
        if len({seg.name for seg in self.segments}) != len(self.segments):
            raise ValueError("segments")
        return self


@dataclass
class StoreInfo:
    status: str  # reused | built | updated | rebuilt | memory
    path: Path | None
    seconds: float = 0.0
    files_added: int = 0
    files_changed: int = 0
    files_removed: int = 0
    docs_reused: int = 0
    docs_processed: int = 0
    workers: int = 1
    note: str = ""
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent in each stage
    segments: int = 1  # segments of the index
    merged: int = 0  # segments merged into one by this build


# -- where --------------------------------------------------------------------------
def cache_root(index_dir: str | Path | None = None) -> Path:
    if index_dir:
        return Path(index_dir).expanduser()
    env = os.environ.get("NEWSQA_CACHE_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsqa"))


def index_path(corpus: Path, index_dir: str | Path | None = None) -> Path:
    """The folder of a corpus's index: keyed by the corpus's resolved path."""
    resolved = str(corpus.expanduser().resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in (corpus.resolve().name or "corpus"))[:40]
    return cache_root(index_dir) / "indexes" / f"{name}-{digest}"


# -- the corpus's files ---------------------------------------------------------------
@dataclass
class FileEntry:
    rel: str  # path within the corpus folder; "" when the corpus is this one file
    doc_id: str  # document id (text file) or id prefix (JSON Lines) as load_corpus gives it
    path: Path
    size: int = -1
    mtime_ns: int = -1

    @classmethod
    def scan(cls, root: Path, warn: Warn = lambda _: None,
             follow_links: bool = False) -> tuple[Path, list[FileEntry]]:
        given, found = corpus_mod.corpus_entries(root, warn, follow_links)
        entries = []
        for p, doc_id in found:
            e = cls("" if p == given and given.is_file() else p.relative_to(given).as_posix(), doc_id, p)
            try:
                st = p.stat()
                e.size, e.mtime_ns = st.st_size, st.st_mtime_ns
            except OSError:
                pass  # reading it will say why
            entries.append(e)
        return given, entries


# -- reading a stored index -------------------------------------------------------------
def _crc_file(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


def _digest(data: Any) -> str:
    return xxhash.xxh3_64_hexdigest(data)


def _map_bytes(path: Path, always: bool = False) -> bytes | mmap.mmap:
    """A file's bytes: mapped (read from the page cache as used), or read when small."""
    size = path.stat().st_size
    if size < (1 << 20) and not always:
        return path.read_bytes()
    with open(path, "rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _npy_header(buf: Any) -> tuple[tuple[int, ...], np.dtype, int]:
    """(shape, dtype, where the data starts) of a whole .npy file's bytes."""
    import io

    head = io.BytesIO(bytes(buf[:65536]))
    version = np.lib.format.read_magic(head)
    read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
    shape, fortran, dtype = read(head)
    if fortran or dtype.hasobject:
        raise ValueError("not a plain C-ordered array")
    return tuple(shape), dtype, head.tell()


def _npy_view(buf: Any) -> np.ndarray:
    """The array of a whole .npy file's bytes, as a read-only view (no copy)."""
    shape, dtype, offset = _npy_header(buf)
    count = int(np.prod(shape, dtype=np.int64))
    return np.frombuffer(buf, dtype=dtype, count=count, offset=offset).reshape(shape)


class _Files(Mapping[str, Any]):
    """The files of one generation by key ("postings", "texts", …). All are mapped when
    the index is opened (so an update that deletes them later does not matter); each
    one's digest is checked on its first use, and a file that fails marks the index
    damaged."""

    def __init__(self, where: Path, gen: Path, checksums: dict[str, tuple[int, int, str]],
                 mapped: bool = False) -> None:
        self.where, self.gen = where, gen
        self.names = {name.rsplit(".", 1)[0]: name for name in checksums}
        self.sums = checksums
        self._raw: dict[str, Any] = {}
        for name, (size, _, _) in checksums.items():
            try:
                self._raw[name] = _map_bytes(gen / name, mapped) if size else b""
            except FileNotFoundError:
                raise IndexProblem(f"corrupt ({name} is missing)") from None
            if len(self._raw[name]) != size:
                raise IndexProblem(f"corrupt ({name} has {len(self._raw[name])} bytes, not {size})")
        self._ready: dict[str, Any] = {}
        self._verified: set[str] = set()
        self.extra: dict[str, Any] = {}  # what is made from the files once (the packed postings' reader)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._ready[key]
        except KeyError:
            pass
        if key == "rows":  # the sentences among the passages: derived, not stored
            rows = self._ready["rows"] = np.flatnonzero(np.asarray(self["p_kind"]) == 0).astype(np.int32)
            return rows
        name = self.names[key]  # KeyError for an unknown key, as a dict
        self.verify(name)
        raw = self._raw[name]
        try:
            value = _npy_view(raw) if name.endswith(".npy") else raw
        except ValueError as exc:
            self.damaged(f"{name} is unreadable: {str(exc)[:60]}")
        self._ready[key] = value
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def shape(self, key: str) -> tuple[int, ...]:
        """An array's shape from its header, without checking or using its data."""
        try:
            return _npy_header(self._raw[self.names[key]])[0]
        except ValueError as exc:
            raise IndexProblem(f"corrupt ({key}: {str(exc)[:60]})") from None

    def release(self) -> None:
        """Hand the pages of the mapped files back (read again from the page cache if used again):
        a build or a merge that has read a segment does not keep it resident."""
        for raw in self._raw.values():
            if isinstance(raw, mmap.mmap):
                try:
                    raw.madvise(mmap.MADV_DONTNEED)
                except (AttributeError, OSError, ValueError):  # pragma: no cover - no madvise here
                    pass

    def verify(self, name: str) -> None:
        if name in self._verified:
            return
        if _digest(self._raw[name]) != self.sums[name][2]:
            self.damaged(f"{name} fails its checksum")
        self._verified.add(name)

    def damaged(self, problem: str) -> NoReturn:
        """Mark the index to be rebuilt on its next opening, and stop."""
        try:
            with open(self.where / DAMAGED, "w", encoding="utf-8", opener=_private) as f:
                json.dump({"generation": self.gen.name, "problem": problem}, f)
        except OSError:
            pass
        raise IndexDamaged(self.where, problem)


class Stored:
    """A validated index on disk: its manifest and each segment's (memory-mapped, lazily checked) files."""

    def __init__(self, where: Path, manifest: dict, segments: list[_Files]) -> None:
        self.where = where
        self.manifest = manifest
        self.segments = segments
        self.files: list[dict] = manifest["files"]

    @classmethod
    def load(cls, where: Path, corpus: Path, verify: bool = False) -> Stored | None:
        """The index at `where`, None if there is none; IndexProblem if it cannot be used.

        With `verify`, every file's digest is checked now; otherwise each is checked on
        its first use (IndexDamaged then)."""
        mpath = where / MANIFEST
        if not mpath.exists():
            if where.exists() and any(p.name.startswith(("g-", "s-", ".tmp-")) for p in where.iterdir()):
                raise IndexProblem("incomplete (no manifest)")
            return None
        try:
            manifest = loads(mpath.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexProblem(f"corrupt (unreadable manifest: {exc.__class__.__name__})") from None
        if not isinstance(manifest, dict):
            raise IndexProblem("corrupt (unreadable manifest)")
        fmt = manifest.get("format")
        if fmt != FORMAT:
            raise IndexProblem(f"in an old format (version {fmt!r:.20}, this qa reads version {FORMAT})")
        if manifest.get("bm25") != [K1, B, EPSILON]:
            raise IndexProblem("made with other BM25 parameters")
        if manifest.get("corpus") != str(corpus.resolve()):
            raise IndexProblem(f"for another corpus ({str(manifest.get('corpus'))[:200]})")
        try:
            Manifest.model_validate(manifest)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise IndexProblem(f"corrupt (manifest: {'.'.join(map(str, err['loc']))[:60]}: {err['msg'][:80]})") from None
        names = {seg["name"] for seg in manifest["segments"]}
        mark = where / DAMAGED
        if mark.exists():
            try:
                note = loads(mark.read_text(encoding="utf-8"))
                if note.get("generation") in names:
                    raise IndexProblem(f"corrupt ({str(note.get('problem'))[:120]})")
            except (OSError, ValueError, AttributeError, TypeError):
                pass  # an unreadable or stale mark: the files' own checks decide
        try:
            segments = [_Files(where, where / seg["name"], {k: tuple(v) for k, v in seg["checksums"].items()})
                        for seg in manifest["segments"]]
            if verify:
                for data in segments:
                    for name in data.sums:
                        data.verify(name)
            stored = cls(where, manifest, segments)
            for data, seg in zip(segments, manifest["segments"]):
                _check_shapes(data, seg)
            return stored
        except IndexDamaged as exc:
            raise IndexProblem(f"corrupt ({exc.problem})") from None
        except IndexProblem:
            raise
        except (KeyError, TypeError, ValueError, OSError) as exc:
            raise IndexProblem(f"corrupt ({exc.__class__.__name__}: {str(exc)[:80]})") from None

    @property
    def data(self) -> _Files:
        """The first segment's files (the one an index of a single segment has)."""
        return self.segments[0]

    def json(self, key: str, seg: int = 0) -> Any:
        data = self.segments[seg]
        try:
            return loads(bytes(data[key]).decode("utf-8"))
        except (OSError, ValueError) as exc:
            data.damaged(f"{key}.json is unreadable: {exc.__class__.__name__}")

    def fresh(self, entries: list[FileEntry]) -> bool:
        """Whether the corpus files are those indexed (by fingerprint; racy ones by content).

        A file modified shortly before it was read could change again within the same
        mtime tick, keeping its size: such a file is compared by content (CRC-32) until
        a check happens long enough after its mtime, which is then noted in the manifest.
        """
        if len(entries) != len(self.files):
            return False
        settled = []
        for e, f in zip(entries, self.files):
            if (e.rel, e.size, e.mtime_ns) != (f["rel"], f["size"], f["mtime_ns"]):
                return False
            if _racy(f, self.manifest["built_ns"]):
                now = time.time_ns()
                if not _same_content(e.path, f["crc"]):
                    return False
                if now - f["mtime_ns"] > RACY_NS:
                    settled.append((f["rel"], now))
        if settled:
            self._note_checked(dict(settled))
        return True

    def _note_checked(self, checked: dict[str, int]) -> None:
        """Record content checks in the manifest (best effort: never blocks, never fails)."""
        try:
            import fcntl

            with open(self.where / ".lock", "a+", opener=_private) as lock:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                mpath = self.where / MANIFEST
                manifest = loads(mpath.read_text(encoding="utf-8"))
                if manifest.get("built_ns") != self.manifest.get("built_ns"):
                    return
                for f in manifest["files"]:
                    if f["rel"] in checked:
                        f["checked_ns"] = checked[f["rel"]]
                _write_manifest(self.where, manifest)
        except (OSError, ValueError, ImportError, KeyError):
            pass

    def punkt(self) -> PunktParameters:
        return punkt_from_json(self.json("punkt"))

    def outlet_names(self, seg: int) -> list[str]:
        """A segment's outlet names (a few: read when the index opens, so that damage shows at once)."""
        outlets = self.json("outlets", seg)
        names = outlets.get("names") if isinstance(outlets, dict) else None
        if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
            self.segments[seg].damaged("outlets.json holds no list of names")
        if int(np.max(self.segments[seg]["doc_outlet"], initial=-1)) >= len(names):
            self.segments[seg].damaged("doc_outlet points past the outlet names")
        return names

    def runs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(segment, first, end) of the live documents in corpus order, adjacent pieces joined."""
        seg: list[int] = []
        a: list[int] = []
        b: list[int] = []
        for f in self.files:
            for s, x, y in f["pieces"]:
                if seg and seg[-1] == s and b[-1] == x:
                    b[-1] = y
                else:
                    seg.append(s)
                    a.append(x)
                    b.append(y)
        return (np.asarray(seg, dtype=np.int64), np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64))

    def doc_files(self) -> np.ndarray:
        """Each document's file (an index into the manifest's files)."""
        counts = [f["docs"][1] - f["docs"][0] for f in self.files]
        return np.repeat(np.arange(len(self.files), dtype=np.int32), counts)

    def index(self, given: Path) -> CorpusIndex:
        segs = self.segments
        seg, a, b = self.runs()
        names = [self.outlet_names(k) for k in range(len(segs))]
        return self._stitched(given, seg, a, b, names)

    def _authors(self, seg: int) -> dict[int, list[str]]:
        return {int(k): v for k, v in self.json("authors", seg).items()}

    def _stitched(self, given: Path, seg: np.ndarray, a: np.ndarray, b: np.ndarray,
                  names: list[list[str]]) -> CorpusIndex:
        """The index seen through several segments and their deletions: the documents of each
        piece in corpus order, passages and sentence rows numbered as one index would."""
        m, segs = self.manifest, self.segments
        counts = b - a
        seg_of = np.repeat(seg, counts)
        local = _ranges(a, counts)
        all_names = sorted(set().union(*names))
        to_global = [np.asarray([all_names.index(x) for x in n] + [-1], dtype=np.int32) for n in names]
        dates, outlets, n_pass = [], [], []
        parts: dict[str, list[np.ndarray]] = {"p_start": [], "p_end": [], "p_kind": []}
        row_maps = [np.zeros(len(d["doc_len"]), dtype=np.int64) for d in segs]
        dead = [np.ones(len(d["doc_len"]), dtype=bool) for d in segs]
        g = 0
        for s, x, y in zip(seg.tolist(), a.tolist(), b.tolist()):
            d = segs[s]
            first = d["doc_first"]
            pa, pb = int(first[x]), int(first[y])
            dates.append(d["doc_date"][x:y])
            outlets.append(to_global[s][d["doc_outlet"][x:y]])
            n_pass.append(np.diff(np.asarray(first[x:y + 1])))
            for k, part in parts.items():
                part.append(d[k][pa:pb])
            rows = d["rows"]
            ra, rb = int(np.searchsorted(rows, pa)), int(np.searchsorted(rows, pb))
            if not dead[s][ra:rb].all():
                segs[s].damaged("a document is listed twice")
            row_maps[s][ra:rb] = np.arange(g, g + rb - ra)
            dead[s][ra:rb] = False
            g += rb - ra
        for s, rm in enumerate(row_maps):
            live = rm[~dead[s]]
            if len(live) > 1 and bool(np.any(np.diff(live) <= 0)):
                segs[s].damaged("documents out of order")
        p_kind = np.concatenate(parts["p_kind"]) if parts["p_kind"] else np.zeros(0, dtype=np.int8)
        if len(p_kind) != m["passages"] or g != m["rows"]:
            segs[0].damaged("passage counts differ from the manifest's")
        counts_p = np.concatenate(n_pass) if n_pass else np.zeros(0, dtype=np.int64)
        doc_first = np.zeros(len(counts_p) + 1, dtype=np.int64)
        np.cumsum(counts_p, out=doc_first[1:])
        st = m["stats"]
        stats = Stats(st["rows"], st["length"], st["mean_idf"], st["max_idf"], st["terms"])
        bm_parts = [(SegmentBM25(Vocab(d["vocab"], d["vocab_off"]), d["doc_len"], d["indptr"], _packed(d),
                                 stats, dead=dead[s]), row_maps[s]) for s, d in enumerate(segs)]
        bm25 = MultiBM25(bm_parts, stats)
        docs = StoredDocs(segs, seg_of, local, self.doc_files(), _cat(dates, np.int32), _cat(outlets, np.int32),
                          all_names, self.files, [partial(self._authors, s) for s in range(len(segs))], given)
        rows = np.flatnonzero(p_kind == 0).astype(np.int32)
        p_doc = np.repeat(np.arange(len(counts_p), dtype=np.int32), counts_p)
        return CorpusIndex(docs, p_doc, _cat(parts["p_start"], np.int32), _cat(parts["p_end"], np.int32), p_kind,
                           doc_first, rows, bm25, punkt=self.punkt, by_id=docs.id_map)  # type: ignore[arg-type]


def _cat(arrays: list[np.ndarray], dtype: Any) -> np.ndarray:
    if len(arrays) == 1:  # one piece (a segment read whole): its mapped array, not a copy
        return np.asarray(arrays[0]).astype(dtype, copy=False)
    return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)


def _check_shapes(d: _Files, m: dict) -> None:
    """A segment's array shapes (from the .npy headers) and blob lengths agree with the manifest."""
    n, P, R, V = m["docs"], m["passages"], m["rows"], m["terms"]
    want = {
        "doc_text_off": (n + 1,), "doc_sha": (n, 32), "doc_date": (n,), "doc_line": (n,),
        "doc_id_off": (n + 1,), "title_off": (n + 1,), "has_title": (n,), "doc_first": (n + 1,), "doc_outlet": (n,),
        "p_start": (P,), "p_end": (P,), "p_kind": (P,), "doc_len": (R,),
        "vocab_off": (V + 1,), "indptr": (V + 1,),
    }
    shapes = {key: d.shape(key) for key, name in d.names.items() if name.endswith(".npy")}
    for key, shape in want.items():
        if shapes[key] != shape:
            raise IndexProblem(f"corrupt ({key} has shape {shapes[key]}, not {shape})")
    indptr = d["indptr"]
    nnz = int(indptr[-1]) if V else 0
    if V and (int(indptr[0]) != 0 or bool(np.any(np.diff(indptr) < 0))):
        raise IndexProblem("corrupt (postings offsets)")
    if nnz != m["postings"]:
        raise IndexProblem("corrupt (postings count differs from the manifest's)")
    _check_blocks(d, shapes, indptr if V else np.zeros(1, dtype=np.int64))
    ends = {"doc_text_off": "texts", "doc_id_off": "doc_ids", "title_off": "titles", "vocab_off": "vocab"}
    for off, blob in ends.items():
        o = d[off]
        if int(o[-1]) != d.sums[d.names[blob]][0] or int(o[0]) != 0 or bool(np.any(np.diff(o) < 0)):
            raise IndexProblem(f"corrupt ({blob} does not match its offsets)")
    first = d["doc_first"]
    if int(first[0]) != 0 or int(first[-1]) != P or bool(np.any(np.diff(first) < 0)):
        raise IndexProblem("corrupt (passage offsets)")
    if len(d["rows"]) != R:
        raise IndexProblem("corrupt (sentence rows)")


def _racy(f: dict, built_ns: int) -> bool:
    """Whether a stored file's mtime is too close to its last read for the mtime to be trusted."""
    return f["mtime_ns"] >= max(built_ns, f.get("checked_ns", 0)) - RACY_NS


def _same_content(path: Path, crc: int) -> bool:
    try:
        return _crc_file(path) == crc
    except OSError:
        return False


class StoredDocs(Sequence[Document]):
    """The documents of a stored index, made when asked for (and the last few remembered).
    Document i is document local[i] of segment seg_of[i] (both None: of the one segment)."""

    def __init__(self, segs: Sequence[Mapping[str, Any]], seg_of: np.ndarray | None, local: np.ndarray | None,
                 doc_file: np.ndarray, dates: np.ndarray, outlet: np.ndarray, outlet_names: list[str],
                 files: list[dict], authors: Sequence[Callable[[], dict[int, list[str]]]], given: Path) -> None:
        self._segs = segs
        self._seg_of, self._local = seg_of, local
        self._n = len(doc_file)
        self._doc_file, self._dates, self._outlet = doc_file, dates, outlet
        self._outlet_names = outlet_names
        self._paths = [given / f["rel"] if f["rel"] else given for f in files]
        self._authors_fn = authors
        self._authors: dict[int, dict[int, list[str]]] = {}
        self._cache: dict[Any, Document] = {}

    def __len__(self) -> int:
        return self._n

    def dates(self) -> np.ndarray:
        """Every document's date as a proleptic ordinal (0: undated), without making documents."""
        return np.asarray(self._dates, dtype=np.int64)

    def files(self) -> tuple[np.ndarray, list[Path]]:
        """Every document's file (an index into the list of the corpus's files)."""
        return np.asarray(self._doc_file, dtype=np.int64), list(self._paths)

    def outlets(self) -> tuple[np.ndarray, list[str]]:
        """Every document's outlet (an index into the names; -1: none), without making documents."""
        return np.asarray(self._outlet, dtype=np.int64), list(self._outlet_names)

    def _where(self, i: int) -> tuple[int, int]:
        if self._seg_of is None or self._local is None:
            return 0, i
        return int(self._seg_of[i]), int(self._local[i])

    def __getitem__(self, i):  # type: ignore[override]
        try:
            return self._cache[i]
        except (KeyError, TypeError):
            pass
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        j = int(i)
        if j < 0:
            j += self._n
        if not 0 <= j < self._n:
            raise IndexError(i)
        doc = self._cache.get(j) or self._load(j)
        self._cache[i] = doc
        if len(self._cache) > DOC_CACHE:  # forget the oldest
            del self._cache[next(iter(self._cache))]
        return doc

    def _load(self, i: int) -> Document:
        s, j = self._where(i)
        d = self._segs[s]
        if s not in self._authors:
            self._authors[s] = self._authors_fn[s]()
        f = int(self._doc_file[i])
        line = int(d["doc_line"][j])
        day = int(self._dates[i])
        o = int(self._outlet[i])
        return Document.model_construct(
            id=_blob_str(d["doc_ids"], d["doc_id_off"], j),
            title=_blob_str(d["titles"], d["title_off"], j) if d["has_title"][j] else None,
            date=dt.date.fromordinal(day) if day else None,
            source=f"{self._paths[f]}:{line}" if line else str(self._paths[f]),
            text=_blob_str(d["texts"], d["doc_text_off"], j),
            sha256=bytes(d["doc_sha"][j]).hex(),
            authors=list(self._authors[s].get(j, [])),
            outlet=self._outlet_names[o] if o >= 0 else None,
        )

    def __iter__(self) -> Iterator[Document]:
        for i in range(self._n):
            yield self[i]

    def id_map(self) -> dict[str, int]:
        out: dict[str, int] = {}
        blobs = [bytes(d["doc_ids"]) for d in self._segs]
        offs = [d["doc_id_off"].tolist() for d in self._segs]
        for i in range(self._n):
            s, j = self._where(i)
            out[blobs[s][offs[s][j]:offs[s][j + 1]].decode("utf-8", "surrogatepass")] = i
        return out


# -- Punkt parameters as JSON ---------------------------------------------------------
def punkt_to_json(params: PunktParameters) -> dict:
    return {
        "abbrev_types": sorted(params.abbrev_types),
        "collocations": sorted([list(c) for c in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": {k: v for k, v in sorted(params.ortho_context.items()) if v},
    }


def punkt_from_json(data: dict) -> PunktParameters:
    from collections import defaultdict

    params = sentences.punkt_module().PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(c) for c in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return params


# -- building and updating ----------------------------------------------------------------
BUILD_MB = 256  # default memory budget of a build: a segment is written when its share is reached
TEXT_SHARE = 8  # a segment's build holds about this many bytes per character of its text
MAX_SEGMENTS = 8  # past this many segments, the smallest are merged
EXPUNGE_DEAD = 0.5  # a segment with more than this share of deleted documents is rewritten
MERGE_POSTINGS = 64_000_000  # a fresh build's segments are merged into segments of at most this many postings


def build_budget_mb(given: int | None = None) -> int:
    """The build's memory budget in MB: given (--memory), else $NEWSQA_BUILD_MB, else BUILD_MB."""
    if given:
        return given
    env = os.environ.get("NEWSQA_BUILD_MB", "").strip()
    return int(env) if env.isdigit() and int(env) > 0 else BUILD_MB


@dataclass
class _FilePlan:
    entry: FileEntry
    old: dict | None  # the stored file it equals, kept whole
    prev: dict | None = None  # the stored file of the same name, changed or not
    records: list[corpus_mod.Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    crc: int = 0
    read: bool = False
    grown: dict | None = None  # the stored version of a JSON Lines file that grew: perhaps appended to
    appended: bool = False  # `old` is the file's unchanged start (kept), `records` what was appended
    slots: list[list[int]] = field(default_factory=list)  # runs [segment, first, end) of its documents;
    # segment -1: documents waiting to be written, numbered in the order they came


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """starts[0]..starts[0]+counts[0]-1, then starts[1].., as one array."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    return np.arange(total, dtype=np.int64) + np.repeat(np.asarray(starts, dtype=np.int64) - (ends - counts), counts)


def _add_slot(slots: list[list[int]], s: int, j: int) -> None:
    """Document j of segment s comes next: it extends the last run or starts one (a few runs a
    file, not a tuple a document: a 10M-sentence build held 300 MB of them)."""
    if slots and slots[-1][0] == s and slots[-1][2] == j:
        slots[-1][2] = j + 1
    else:
        slots.append([s, j, j + 1])


def _pieces(runs: Iterable[list[int]]) -> list[list[int]]:
    """A file's documents as runs [segment, first, end), adjacent runs joined."""
    out: list[list[int]] = []
    for s, a, b in runs:
        if out and out[-1][0] == s and out[-1][2] == a:
            out[-1][2] = b
        elif b > a:
            out.append([s, a, b])
    return out


class _Segments:
    """The segments of the index being made: those kept from the stored index, those written now.

    New documents wait in memory until their text reaches the budget's share; they are then
    split, tokenized and written as one segment (a folder renamed into place, fsynced), so a
    build's memory does not grow with the corpus. Nothing is visible until the manifest
    that lists the segments is written."""

    def __init__(self, maker: _Maker, where: Path) -> None:
        self.maker = maker
        self.where = where
        self.metas: list[dict] = []
        self.data: list[_Files] = []
        self.kept: dict[int, int] = {}  # stored segment -> position here
        self.written: list[Path] = []
        self.params: PunktParameters | None = None
        self.punkt_json: dict = {}
        self.pending: list[tuple[_FilePlan, corpus_mod.Record]] = []
        self.chars = 0
        self.n_pending = 0
        self.flushed: list[tuple[int, int, int]] = []  # (first, end, segment): where waiting documents went
        self.budget_chars = max(1, build_budget_mb(maker.budget_mb) * (1 << 20) // TEXT_SHARE)
        self.done = 0
        self.total = 0
        # segments being built on a cluster: (position, future, each document's file and line)
        self.inflight: list[tuple[int, Any, list[tuple[_FilePlan, int]]]] = []

    def keep(self, stored: Stored, s: int) -> int:
        if s not in self.kept:
            self.kept[s] = len(self.metas)
            self.metas.append(stored.manifest["segments"][s])
            self.data.append(stored.segments[s])
        return self.kept[s]

    def add(self, plan: _FilePlan, rec: corpus_mod.Record) -> None:
        _add_slot(plan.slots, -1, self.n_pending)
        self.pending.append((plan, rec))
        self.n_pending += 1
        self.chars += len(rec.text)
        if self.chars >= self.budget_chars and self.params is not None:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        assert self.params is not None
        m = self.maker
        pending, self.pending, self.chars = self.pending, [], 0
        first = self.n_pending - len(pending)
        if m.remote is not None:
            self._submit(pending, first)
            return
        workers = m.workers or auto_workers(sum(len(r.text) for _, r in pending))
        m.info.workers = max(m.info.workers, workers)

        def progress(done: int, _: int) -> None:
            m._stage("splitting", self.done + done, max(self.total, self.done + done))
            if m.progress:
                m.progress(self.done + done, max(self.total, self.done + done))

        texts = [r.text for _, r in pending]
        with PassageBuilder(self.params, workers if len(texts) > 1 else 1, progress, total=len(texts)) as pb:
            for batch in batches(texts, key=len):
                pb.add(batch)
            built = pb.finish()
        del texts
        self.done += len(pending)
        for k, note in sorted(built.notes.items()):  # said now, and again whenever the index is reused
            plan, r = pending[k]
            marker = str(plan.entry.path)
            msg = f"{marker}:{r.line}: {note}" if r.line else f"{marker}: {note}"
            m.warn(msg)
            plan.warnings.append(msg.replace(marker, "\x00", 1))
        m._stage("indexing", 0, 1)
        name = f"s-{time.time_ns():x}-{os.getpid()}-{len(self.written)}"
        tmp = self.where / f".tmp-{name}"
        tmp.mkdir(mode=PRIVATE_DIR)
        try:
            arrays, meta = _new_segment(pending, built, self.punkt_json, tmp)
            del pending, built
            m._stage("writing", 0, 1)
            meta["checksums"] = _write_segment(tmp, arrays)
            del arrays
            _crash_point("flush")
            os.rename(tmp, self.where / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self.written.append(self.where / name)
        meta["name"] = name
        seg = len(self.metas)
        self.metas.append(meta)
        # mapped, not read: a build holds no segment it has written in its own memory
        self.data.append(_Files(self.where, self.where / name, {k: tuple(v) for k, v in meta["checksums"].items()},  # type: ignore[misc]
                                mapped=True))
        self.flushed.append((first, self.n_pending, seg))

    def _submit(self, pending: list[tuple[_FilePlan, corpus_mod.Record]], first: int) -> None:
        """Send a segment's documents to a cluster worker, which splits, tokenizes and writes it
        where every worker and this process can read. Its name is a digest of what it holds, so
        a build run again after a failure finds the segments already written and reuses them."""
        m = self.maker
        assert m.remote is not None
        seg = len(self.metas)
        h = xxhash.xxh3_128(json.dumps(self.punkt_json, sort_keys=True).encode())
        for _, r in pending:
            h.update(json.dumps([r.id, r.title, r.date.toordinal() if r.date else 0, r.line, r.outlet]).encode())
            h.update(r.text.encode("utf-8", "surrogatepass"))
        name = f"s-{h.hexdigest()[:24]}-0-{seg}"
        self.metas.append({})
        self.data.append(None)  # type: ignore[arg-type]  # filled when the worker is done
        self.flushed.append((first, self.n_pending, seg))
        records = [r for _, r in pending]
        self.inflight.append((seg, m.remote.submit(build_segment, str(self.where), name, self.punkt_json, records),
                              [(plan, r.line) for plan, r in pending]))
        del pending, records
        while len(self.inflight) > m.remote.max_inflight:  # the client holds a bounded number of segments' texts
            self._collect()

    def _collect(self) -> None:
        """Wait for the oldest segment sent to the cluster; say its notes as a local build would."""
        m = self.maker
        assert m.remote is not None
        seg, future, where_from = self.inflight.pop(0)
        meta, notes = m.remote.result(future, seg)
        for k, note in sorted((int(k), v) for k, v in notes.items()):
            plan, line = where_from[k]
            marker = str(plan.entry.path)
            msg = f"{marker}:{line}: {note}" if line else f"{marker}: {note}"
            m.warn(msg)
            plan.warnings.append(msg.replace(marker, "\x00", 1))
        self.done += len(where_from)
        m._stage("splitting", self.done, max(self.total, self.done))
        if m.progress:
            m.progress(self.done, max(self.total, self.done))
        self.metas[seg] = meta
        self.data[seg] = _Files(self.where, self.where / meta["name"],
                                {k: tuple(v) for k, v in meta["checksums"].items()}, mapped=True)  # type: ignore[misc]

    def drain(self) -> None:
        """Every segment sent to the cluster, written."""
        while self.inflight:
            self._collect()

    def slots_of(self, plan: _FilePlan) -> Iterator[list[int]]:
        """The file's runs, those of waiting documents as the segments they were written to."""
        firsts = [f for f, _, _ in self.flushed]
        for s, a, b in plan.slots:
            if s >= 0:
                yield [s, a, b]
                continue
            i = bisect.bisect_right(firsts, a) - 1
            while a < b:
                f0, f1, seg = self.flushed[i]
                end = min(b, f1)
                yield [seg, a - f0, end - f0]
                a, i = end, i + 1


REMOTE_META = "segment.json"  # a cluster-built segment's manifest entry and notes, inside its folder


def build_segment(where: str, name: str, punkt_json: dict, records: list[corpus_mod.Record]) -> tuple[dict, dict]:
    """On a cluster worker: split, tokenize and write one segment of `records` as where/name
    (atomically: a temporary folder renamed), and return its manifest entry and notes. A segment
    already written under that name (the same documents, a build run again) is reused."""
    base = Path(where)
    final = base / name
    done = final / REMOTE_META
    if done.exists():
        got = json.loads(done.read_text(encoding="utf-8"))
        return got["meta"], got["notes"]
    params = punkt_from_json(punkt_json)
    texts = [r.text for r in records]
    with PassageBuilder(params, 1, None, total=len(texts)) as pb:
        for batch in batches(texts, key=len):
            pb.add(batch)
        built = pb.finish()
    del texts
    notes = {str(k): v for k, v in built.notes.items()}
    tmp = base / f".tmp-{name}-{os.getpid()}-{time.time_ns():x}"
    tmp.mkdir(mode=PRIVATE_DIR)
    try:
        arrays, meta = _new_segment([(None, r) for r in records], built, punkt_json, tmp)  # type: ignore[misc]
        del built
        meta["checksums"] = _write_segment(tmp, arrays)
        del arrays
        meta["name"] = name
        with open(tmp / REMOTE_META, "w", encoding="utf-8", opener=_private) as f:
            json.dump({"meta": meta, "notes": notes}, f)
            f.flush()
            os.fsync(f.fileno())
        _crash_point("flush")
        try:
            os.rename(tmp, final)
        except OSError:  # another attempt wrote it first (a worker thought lost came back)
            if not done.exists():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
        _fsync_dir(base)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta, notes


def _crash_point(where: str) -> None:
    """Tests end the process here ($NEWSQA_TEST_CRASH names the point) to check what a crash leaves."""
    if os.environ.get("NEWSQA_TEST_CRASH") == where:
        os._exit(17)
    flag = os.environ.get("NEWSQA_TEST_CRASH_ONCE")  # "where:file": once, the first process to get there
    if flag and flag.startswith(f"{where}:"):
        try:
            os.close(os.open(flag.split(":", 1)[1], os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os._exit(17)


class _Maker:
    """Makes the segments and the manifest of a new index from the corpus and, when there is
    one, the stored index: unchanged documents stay where they are, new ones go to new segments."""

    def __init__(self, old: Stored | None, where: Path, given: Path, entries: list[FileEntry], warn: Warn,
                 progress: Progress | None, stage: Stage | None, workers: int | None,
                 optimize: bool = False, budget_mb: int | None = None, remote: Any = None) -> None:
        self.old, self.where, self.given, self.entries = old, where, given, entries
        self.remote = remote  # a cluster that builds the new segments (qa.cluster.Remote), or None
        self.warn, self.progress, self.stage = warn, progress, stage
        self.workers = workers
        self.optimize = optimize
        self.budget_mb = budget_mb
        self.info = StoreInfo("built", None)

    def shards(self) -> int:
        """The shards the index is kept in for a cluster (1: not a cluster's index)."""
        if self.remote is not None:
            return int(self.remote.shards)
        return int(self.old.manifest.get("shards", 1)) if self.old is not None else 1

    def _stage(self, what: str, done: int = 0, total: int = 0) -> None:
        if self.stage:
            self.stage(what, done, total)

    def plan(self) -> list[_FilePlan]:
        old_files = {f["rel"]: f for f in self.old.files} if self.old else {}
        built_ns = self.old.manifest["built_ns"] if self.old else 0
        plans = []
        for e in self.entries:
            f = old_files.get(e.rel)
            same = (f is not None and (e.size, e.mtime_ns) == (f["size"], f["mtime_ns"]) and e.size >= 0
                    and (not _racy(f, built_ns) or _same_content(e.path, f["crc"])))
            plans.append(_FilePlan(e, f if same else None, prev=f))
            if f is not None and not same and e.size > f["size"] > 0 and e.path.suffix.lower() == ".jsonl":
                plans[-1].grown = f
            if f is None:
                self.info.files_added += 1
            elif not same:
                self.info.files_changed += 1
        self.info.files_removed = len(set(old_files) - {e.rel for e in self.entries})
        return plans

    def read(self, plans: list[_FilePlan]) -> None:
        """Read the files that are not kept whole; say the stored warnings of those that are."""
        todo = [p for p in plans if p.old is None and not p.read]
        n = 0
        for p in plans:  # in corpus order, so that the notes come in the order a fresh build says them
            if p.old is not None and not p.appended:
                for w in p.old["warnings"]:
                    self.warn(w.replace("\x00", str(p.entry.path), 1))
            elif p.old is None and not p.read:
                self._stage("reading", n, len(todo))
                n += 1
                self.read_one(p)
        self._stage("reading", len(todo), len(todo))

    def read_one(self, p: _FilePlan) -> None:
        p.records = list(self.iter_records(p))

    def iter_records(self, p: _FilePlan) -> Iterator[corpus_mod.Record]:
        """A file's records as they are read (its warnings noted in the plan)."""
        p.read = True
        e = p.entry
        marker = str(e.path)

        def record(msg: str, p: _FilePlan = p, marker: str = marker) -> None:
            self.warn(msg)
            p.warnings.append(msg.replace(marker, "\x00", 1))

        data = corpus_mod.read_bytes(e.path, record)
        if data is None:
            return
        p.crc = crc32_of(data)
        if p.grown is not None and self._read_appended(p, data, record):
            yield from p.records
            return
        yield from corpus_mod.iter_file_records(e.path, e.doc_id, record, data)

    def _old_docs(self, f: dict) -> Iterator[tuple[int, int]]:
        for s, a, b in f["pieces"]:
            for j in range(a, b):
                yield s, j

    def _read_appended(self, p: _FilePlan, data: bytes | Mapped, warn: Warn) -> bool:
        """A JSON Lines file whose stored start is unchanged and ends a line: only the lines
        after it are read (a wire archive grows at its end; re-reading it all was most of a
        1% update). Its stored documents are kept as they are."""
        f, old = p.grown, self.old
        assert f is not None and old is not None
        size = int(f["size"])
        if data[size - 1:size] != b"\n" or crc32_of(data, size) != f["crc"]:
            return False
        seen = set()
        for s, j in self._old_docs(f):
            d = old.segments[s]
            seen.add(_blob_str(d["doc_ids"], d["doc_id_off"], j))
        prefix = "" if p.entry.doc_id == "" else f"{p.entry.doc_id}#"
        tail = data[size:]
        p.records = [] if not tail.strip() else list(corpus_mod.jsonl_records(
            p.entry.path, warn, prefix, tail, lines_before=data.count(b"\n", 0, size), seen=seen))
        for w in f["warnings"]:  # the start's notes, said again as for a file kept whole
            self.warn(w.replace("\x00", str(p.entry.path), 1))
        p.warnings[:0] = list(f["warnings"])  # the start's, then the tail's
        p.old, p.appended = f, True
        return True

    def _keys(self, f: dict) -> dict[tuple, list[tuple[int, int]]]:
        """The stored documents of a changed file by everything a document holds: a record
        equal in all of it keeps its place (and its passages) without being split again."""
        assert self.old is not None
        out: dict[tuple, list[tuple[int, int]]] = {}
        names = {s: self.old.outlet_names(s) for s, _, _ in f["pieces"]}
        for s, j in self._old_docs(f):
            d = self.old.segments[s]
            o = int(d["doc_outlet"][j])
            key = (bytes(d["doc_sha"][j]), _blob_str(d["doc_ids"], d["doc_id_off"], j),
                   _blob_str(d["titles"], d["title_off"], j) if d["has_title"][j] else None,
                   int(d["doc_date"][j]), int(d["doc_line"][j]), names[s][o] if o >= 0 else None)
            out.setdefault(key, []).append((s, j))
        return out

    @staticmethod
    def _key(r: corpus_mod.Record) -> tuple:
        return (hashlib.sha256(r.text.encode("utf-8", "surrogatepass")).digest(), r.id, r.title,
                r.date.toordinal() if r.date else 0, r.line, r.outlet)

    def make(self) -> tuple[dict, _Segments]:
        segs = _Segments(self, self.where)
        plans = self.plan()
        if self.old is not None:
            self.read(plans)
            if self._update(plans, segs):
                return self._finish(plans, segs), segs
            self.info = StoreInfo("rebuilt", None, note="most of the corpus changed")
            self.old = None
            segs = _Segments(self, self.where)
            for p in plans:
                p.old, p.prev, p.grown, p.appended, p.slots = None, None, None, False, []
                p.read, p.records, p.warnings = False, [], []
        self._fresh(plans, segs)
        return self._finish(plans, segs), segs

    def _update(self, plans: list[_FilePlan], segs: _Segments) -> bool:
        """Keep what is unchanged, queue what is new; False when most of the corpus changed
        (then Punkt is learnt again from the corpus as it is now)."""
        old = self.old
        assert old is not None
        keyed = {id(p): self._keys(p.prev) for p in plans if p.prev is not None and p.old is None}
        kept = new = 0
        choice: list[list[tuple[int, int] | None]] = []
        for p in plans:
            mine: list[tuple[int, int] | None] = []
            if p.old is not None:
                mine.extend(self._old_docs(p.old))
                kept += len(mine)
            keys = keyed.get(id(p), {})
            for r in p.records:
                copies = keys.get(self._key(r)) if keys else None
                if copies:
                    mine.append(copies.pop(0))
                    kept += 1
                else:
                    mine.append(None)
                    new += 1
            choice.append(mine)
        if kept + new == 0:
            raise QAError(f"no readable articles in {self.given}")
        if kept < REBUILD_BELOW * (kept + new):
            return False
        self.info.status = "updated"
        self.info.docs_reused, self.info.docs_processed = kept, new
        segs.params = old.punkt()
        segs.punkt_json = punkt_to_json(segs.params)
        segs.total = new
        for p, mine in zip(plans, choice):
            rest = iter(p.records)
            for slot in mine:
                if slot is None:
                    segs.add(p, next(rest))
                else:
                    s, j = slot
                    _add_slot(p.slots, segs.keep(old, s), j)
                    if p.old is None:
                        next(rest)  # a changed file's record that keeps its stored place
            p.records = []
        segs.flush()
        segs.drain()
        return True

    def _fresh(self, plans: list[_FilePlan], segs: _Segments) -> None:
        """Read the files one at a time; Punkt learns from the first texts, then documents go
        to segments as they come, so only a budget's worth of text is held at once."""
        waiting: list[tuple[_FilePlan, corpus_mod.Record]] = []
        chars = 0
        total_bytes = sum(max(p.entry.size, 0) for p in plans) or 1
        if self.remote is not None:  # at least as many segments as shards (text is most of a file's bytes)
            segs.budget_chars = max(1, min(segs.budget_chars, int(0.9 * total_bytes / self.remote.shards)))
        seen_bytes = 0

        def start() -> None:
            self._stage("training", 0, 1)

            def trained(done: int, total: int) -> None:
                self._stage("training", done, total)

            segs.params = sentences.train((sentences.body(r.text) for _, r in waiting), progress=trained)
            segs.punkt_json = punkt_to_json(segs.params)

        for n, p in enumerate(plans):
            if segs.params is None:
                self._stage("reading", n, len(plans))
            for r in self.iter_records(p):  # a record at a time: a large file is not held as records
                self.info.docs_processed += 1
                if segs.params is None:
                    waiting.append((p, r))
                    chars += len(r.text)
                    if chars >= sentences.TRAIN_CHARS:
                        start()
                        for q, w in waiting:
                            segs.add(q, w)
                        waiting = []
                else:
                    segs.add(p, r)
            seen_bytes += max(p.entry.size, 0)
            segs.total = max(segs.total, int(self.info.docs_processed * total_bytes / max(seen_bytes, 1)))
        if segs.params is None:
            if not waiting:
                raise QAError(f"no readable articles in {self.given}")
            start()
            for q, r in waiting:
                segs.add(q, r)
        segs.total = self.info.docs_processed
        segs.flush()
        segs.drain()

    def _finish(self, plans: list[_FilePlan], segs: _Segments) -> dict:
        """Pieces, merges and corpus-wide statistics: the manifest's content."""
        files = []
        for p in plans:
            e = p.entry
            source = p.old if p.old is not None and not p.appended else p
            warnings = source["warnings"] if isinstance(source, dict) else p.warnings
            crc = source["crc"] if isinstance(source, dict) else p.crc
            files.append({"rel": e.rel, "size": e.size, "mtime_ns": e.mtime_ns, "crc": crc,
                          "pieces": _pieces(segs.slots_of(p)), "warnings": warnings})
        metas, data = segs.metas, segs.data
        metas, data, files = _merged(self, segs, metas, data, files)
        at = 0
        for f in files:
            n = sum(b - a for _, a, b in f["pieces"])
            f["docs"] = [at, at + n]
            at += n
        if not at:
            raise QAError(f"no readable articles in {self.given}")
        dead = _dead_rows(data, files)
        rows = sum(int(np.count_nonzero(~dd)) for dd in dead)
        length = sum(int(np.asarray(d["doc_len"])[~dd].sum(dtype=np.int64)) for d, dd in zip(data, dead))
        passages = 0
        for f in files:
            for s, a, b in f["pieces"]:
                first = data[s]["doc_first"]
                passages += int(first[b]) - int(first[a])
        parts = ((Vocab(d["vocab"], d["vocab_off"]).terms(), live_df(d["indptr"], _packed(d), dd))
                 for d, dd in zip(data, dead))  # one segment's vocabulary at a time
        stats = corpus_stats(parts, rows, length)
        segs.metas, segs.data = metas, data
        return {"files": files, "segments": metas, "docs": at, "passages": passages, "rows": rows,
                "shards": self.shards(),
                "stats": {"rows": stats.rows, "length": stats.length, "mean_idf": stats.mean_idf,
                          "max_idf": stats.max_idf, "terms": stats.terms}}


def _dead_rows(data: Sequence[Mapping[str, Any]], files: list[dict]) -> list[np.ndarray]:
    """Each segment's sentence rows that no file lists (deleted or replaced documents)."""
    dead = [np.ones(len(d["doc_len"]), dtype=bool) for d in data]
    for f in files:
        for s, a, b in f["pieces"]:
            d = data[s]
            pa, pb = int(d["doc_first"][a]), int(d["doc_first"][b])
            rows = d["rows"]
            dead[s][int(np.searchsorted(rows, pa)):int(np.searchsorted(rows, pb))] = False
    return dead


def _live_docs(data: Sequence[Mapping[str, Any]], files: list[dict]) -> list[int]:
    live = [0] * len(data)
    for f in files:
        for s, a, b in f["pieces"]:
            live[s] += b - a
    return live


def _merge_choice(metas: list[dict], live: list[int], optimize: bool, fresh: bool,
                  shards: int = 1) -> list[list[int]]:
    """Groups of segments to merge, each into one. --optimize: all. After a fresh build: the
    build's segments, in order, in groups of at most MERGE_POSTINGS postings (fewer, larger
    segments search faster; a merge streams, so memory stays bounded). Otherwise (a tiered
    policy: small segments merge often, a large one rarely): segments mostly deleted, and the
    smallest while there are more than MAX_SEGMENTS."""
    n = len(metas)
    if optimize:
        return [list(range(n))] if n > 1 or any(lv < m["docs"] for lv, m in zip(live, metas)) else []
    if fresh and shards > 1:  # a cluster's index: its segments are its shards' parts
        return []
    if fresh:
        groups: list[list[int]] = []
        size = 0
        for s in range(n):
            postings = int(metas[s]["postings"])
            if groups and size + postings <= MERGE_POSTINGS:
                groups[-1].append(s)
                size += postings
            else:
                groups.append([s])
                size = postings
        return [g for g in groups if len(g) > 1]
    chosen = {s for s in range(n) if live[s] == 0 or (metas[s]["docs"] and
                                                       1 - live[s] / metas[s]["docs"] > EXPUNGE_DEAD)}
    most = max(MAX_SEGMENTS, 2 * shards)
    if n > most:  # merging m segments into one leaves n - m + 1
        chosen.update(sorted(range(n), key=lambda s: live[s])[:n - most + 1])
    return [sorted(chosen)] if chosen else []


def _merged(maker: _Maker, segs: _Segments, metas: list[dict], data: list[_Files],
            files: list[dict]) -> tuple[list[dict], list[_Files], list[dict]]:
    """Segments after the merge policy: each chosen group is rewritten as one segment (its live
    documents, in corpus order: nothing is split again); segments no file lists are dropped."""
    live = _live_docs(data, files)
    groups = [[s for s in g if live[s] > 0] for g in _merge_choice(metas, live, maker.optimize,
                                                                    maker.old is None, maker.shards())]
    groups = [g for g in groups if g]
    maker.info.merged = sum(len(g) for g in groups)
    for n_group, chosen in enumerate(groups):
        maker._stage("merging", n_group, len(groups))
        ch = set(chosen)
        runs: list[tuple[int, int, int]] = []
        for f in files:
            for s, a, b in f["pieces"]:
                if s in ch:
                    runs.append((s, a, b))
        name = f"s-{time.time_ns():x}-{os.getpid()}-m{len(segs.written)}"
        tmp = segs.where / f".tmp-{name}"
        tmp.mkdir(mode=PRIVATE_DIR)
        try:
            arrays, meta = _merge_arrays(data, runs, tmp)
            meta["checksums"] = _write_segment(tmp, arrays)
            del arrays
            _crash_point("merge")
            os.rename(tmp, segs.where / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        segs.written.append(segs.where / name)
        meta["name"] = name
        merged = _Files(segs.where, segs.where / name, {k: tuple(v) for k, v in meta["checksums"].items()},  # type: ignore[misc]
                        mapped=True)
        metas, data = [*metas, meta], [*data, merged]
        at = 0
        m = len(metas) - 1
        for f in files:
            pieces = []
            for s, a, b in f["pieces"]:
                if s in ch:
                    pieces.append([m, at, at + b - a])
                    at += b - a
                else:
                    pieces.append([s, a, b])
            f["pieces"] = _join(pieces)
        live = _live_docs(data, files)
    keep = [s for s in range(len(metas)) if live[s] > 0]
    new_of = {s: k for k, s in enumerate(keep)}
    for f in files:
        f["pieces"] = [[new_of[s], a, b] for s, a, b in f["pieces"]]
    return [metas[s] for s in keep], [data[s] for s in keep], files


def _join(pieces: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for s, a, b in pieces:
        if out and out[-1][0] == s and out[-1][2] == a:
            out[-1][2] = b
        else:
            out.append([s, a, b])
    return out


def _new_segment(pending: list[tuple[_FilePlan, corpus_mod.Record]], built: Built, punkt_json: dict,
                 tmp: Path) -> tuple[dict[str, Any], dict]:
    """The arrays of a segment of new documents (their texts are written to tmp/texts.bin now)."""
    n = len(pending)
    text_off = [0]
    shas = []
    with open(tmp / "texts.bin", "wb", opener=_private) as texts:
        for _, r in pending:
            raw = r.text.encode("utf-8", "surrogatepass")
            shas.append(hashlib.sha256(raw).digest())
            texts.write(raw)
            text_off.append(text_off[-1] + len(raw))
        texts.flush()
        os.fsync(texts.fileno())
    recs = [r for _, r in pending]
    doc_first = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(built.n_pass, out=doc_first[1:])
    terms = sorted(built.terms)
    term_map = built.remap(terms)
    row_of = np.repeat(np.arange(len(built.row_len), dtype=np.int32), built.row_nterms)
    indptr, postings, tf = csr([(term_map[built.row_terms], row_of, built.row_tf)], len(terms),
                               len(built.row_len), len(row_of))
    del row_of
    built.row_terms = built.row_tf = np.zeros(0, dtype=np.int32)
    vocab = Vocab.from_sorted(terms)
    doc_len = np.asarray(built.row_len, dtype=np.int32)
    packed = postings_mod.encode(indptr, postings, tf, doc_len)
    del postings, tf
    outlet_names = sorted({r.outlet for r in recs if r.outlet is not None})
    outlet_of = {o: k for k, o in enumerate(outlet_names)}
    id_blob, id_off = _blob([r.id for r in recs])
    title_blob, title_off = _blob([r.title or "" for r in recs])
    arrays = {
        "doc_text_off": np.asarray(text_off, dtype=np.int64),
        "doc_sha": np.frombuffer(b"".join(shas), dtype=np.uint8).reshape(n, 32),
        "doc_date": np.asarray([r.date.toordinal() if r.date else 0 for r in recs], dtype=np.int32),
        "doc_line": np.asarray([r.line for r in recs], dtype=np.int32),
        "doc_ids": id_blob, "doc_id_off": id_off, "titles": title_blob, "title_off": title_off,
        "has_title": np.asarray([r.title is not None for r in recs], dtype=np.int8),
        "doc_outlet": np.asarray([outlet_of[r.outlet] if r.outlet is not None else -1 for r in recs], dtype=np.int32),
        "outlets": {"names": outlet_names},
        "doc_first": doc_first,
        "p_start": built.p_start.astype(np.int32), "p_end": built.p_end.astype(np.int32),
        "p_kind": built.p_kind.astype(np.int8),
        "vocab": vocab.blob, "vocab_off": vocab.offsets,
        "doc_len": doc_len, "indptr": indptr, **packed,
        "authors": {str(k): v for k, v in sorted(built.authors.items())}, "punkt": punkt_json,
    }
    meta = {"docs": n, "passages": len(built.p_kind), "rows": len(doc_len), "terms": len(vocab),
            "postings": int(indptr[-1]) if len(indptr) else 0}
    return arrays, meta


def _merge_arrays(data: list[_Files], runs: list[tuple[int, int, int]], tmp: Path) -> tuple[dict[str, Any], dict]:
    """The arrays of one segment holding the documents of `runs` (segment, first, end), in that
    order: passages, sentence lengths and postings are copied from the stored segments."""
    ids: list[str] = []
    titles: list[str | None] = []
    outlets: list[str | None] = []
    dates: list[np.ndarray] = []
    lines: list[np.ndarray] = []
    shas: list[bytes] = []
    authors: dict[str, list[str]] = {}
    text_off = [0]
    names = {s: [str(x) for x in loads(bytes(data[s]["outlets"]).decode("utf-8"))["names"]] for s, _, _ in runs}
    old_authors = {s: loads(bytes(data[s]["authors"]).decode("utf-8")) for s, _, _ in runs}
    p_parts: dict[str, list[np.ndarray]] = {"p_start": [], "p_end": [], "p_kind": []}
    n_pass: list[np.ndarray] = []
    len_parts: list[np.ndarray] = []
    final_row = {s: np.full(len(data[s]["doc_len"]), -1, dtype=np.int64) for s, _, _ in runs}
    n = 0
    g = 0
    with open(tmp / "texts.bin", "wb", opener=_private) as texts:
        for s, a, b in runs:
            d = data[s]
            for j in range(a, b):
                ids.append(_blob_str(d["doc_ids"], d["doc_id_off"], j))
                titles.append(_blob_str(d["titles"], d["title_off"], j) if d["has_title"][j] else None)
                names_j = old_authors[s].get(str(j))
                if names_j:
                    authors[str(n + j - a)] = names_j
            outlets.extend(names[s][o] if o >= 0 else None for o in d["doc_outlet"][a:b].tolist())
            dates.append(np.asarray(d["doc_date"][a:b]))
            lines.append(np.asarray(d["doc_line"][a:b]))
            shas.append(bytes(d["doc_sha"][a:b]))
            lo, hi = int(d["doc_text_off"][a]), int(d["doc_text_off"][b])
            texts.write(d["texts"][lo:hi])
            d.release()  # the pages read go back: a merge holds no segment's text
            text_off.extend((np.asarray(d["doc_text_off"][a + 1:b + 1]) - lo + text_off[-1]).tolist())
            first = d["doc_first"]
            pa, pb = int(first[a]), int(first[b])
            for k, part in p_parts.items():
                part.append(np.asarray(d[k][pa:pb]))
            n_pass.append(np.diff(np.asarray(first[a:b + 1])))
            rows = d["rows"]
            ra, rb = int(np.searchsorted(rows, pa)), int(np.searchsorted(rows, pb))
            final_row[s][ra:rb] = np.arange(g, g + rb - ra)
            len_parts.append(np.asarray(d["doc_len"][ra:rb]))
            g += rb - ra
            n += b - a
        texts.flush()
        os.fsync(texts.fileno())
    # the vocabulary of what is kept, and each kept term's live postings per segment
    step = 1 << 21
    live = {s: live_df(data[s]["indptr"], _packed(data[s]), final_row[s] < 0) for s in final_row}
    old_terms = {s: Vocab(data[s]["vocab"], data[s]["vocab_off"]).terms() for s in final_row}
    kept_terms = {s: [old_terms[s][i] for i in np.flatnonzero(live[s]).tolist()] for s in final_row}
    terms = sorted(set().union(*kept_terms.values()))
    where = {t: i for i, t in enumerate(terms)}
    maps = {}
    for s in final_row:
        mp = np.full(len(live[s]), -1, dtype=np.int32)
        mp[live[s] > 0] = np.fromiter((where[t] for t in kept_terms[s]), dtype=np.int32, count=len(kept_terms[s]))
        maps[s] = mp
    del where, old_terms, kept_terms
    doc_len = _cat(len_parts, np.int32)
    vocab = Vocab.from_sorted(terms)
    arrays: dict[str, Any] = {"vocab": vocab.blob, "vocab_off": vocab.offsets, "doc_len": doc_len}
    if _in_order(runs):
        # each segment's rows follow the previous one's: a term's postings are its lists laid end to
        # end, written a few million at a time (memory does not grow with the segments merged)
        arrays.update(_stream_postings(data, final_row, maps, live, len(terms), doc_len, tmp))
        for s in final_row:
            data[s].release()
    else:
        size = sum(int(v.sum()) for v in live.values())

        def triples() -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
            for s in final_row:
                d = data[s]
                indptr = np.asarray(d["indptr"])
                nnz = int(indptr[-1]) if len(indptr) > 1 else 0
                for lo in range(0, nnz, step):
                    hi = min(lo + step, nnz)
                    t = np.searchsorted(indptr, np.arange(lo, hi), side="right") - 1
                    docs, tf = _packed(d).span(lo, hi)
                    r = final_row[s][docs]
                    keep = r >= 0
                    yield maps[s][t[keep]], r[keep], tf[keep]

        indptr, postings, freq = csr(triples(), len(terms), len(doc_len), size)
        arrays.update({"indptr": indptr, **postings_mod.encode(indptr, postings, freq, doc_len)})
        del postings, freq
    counts = _cat(n_pass, np.int64)
    doc_first = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=doc_first[1:])
    p_kind = _cat(p_parts["p_kind"], np.int8)
    outlet_names = sorted({o for o in outlets if o is not None})
    outlet_of = {o: k for k, o in enumerate(outlet_names)}
    id_blob, id_off = _blob(ids)
    title_blob, title_off = _blob([t or "" for t in titles])
    first_seg = runs[0][0] if runs else 0
    arrays |= {
        "doc_text_off": np.asarray(text_off, dtype=np.int64),
        "doc_sha": np.frombuffer(b"".join(shas), dtype=np.uint8).reshape(n, 32),
        "doc_date": _cat(dates, np.int32), "doc_line": _cat(lines, np.int32),
        "doc_ids": id_blob, "doc_id_off": id_off, "titles": title_blob, "title_off": title_off,
        "has_title": np.asarray([t is not None for t in titles], dtype=np.int8),
        "doc_outlet": np.asarray([outlet_of[o] if o is not None else -1 for o in outlets], dtype=np.int32),
        "outlets": {"names": outlet_names},
        "doc_first": doc_first,
        "p_start": _cat(p_parts["p_start"], np.int32), "p_end": _cat(p_parts["p_end"], np.int32),
        "p_kind": p_kind,
        "authors": authors, "punkt": loads(bytes(data[first_seg]["punkt"]).decode("utf-8")),
    }
    meta = {"docs": n, "passages": len(p_kind), "rows": len(doc_len), "terms": len(vocab),
            "postings": int(arrays["indptr"][-1])}
    return arrays, meta


STREAM_POSTINGS = 1 << 22  # postings a streamed merge holds at once


def _in_order(runs: list[tuple[int, int, int]]) -> bool:
    """Whether each segment's runs come together (then its rows all follow the previous segment's)."""
    done: set[int] = set()
    last = None
    for s, _, _ in runs:
        if s != last:
            if s in done:
                return False
            if last is not None:
                done.add(last)
            last = s
    return True


class _NpyOut:
    """A .npy file written piece by piece: its header first (the length is known), then the data."""

    def __init__(self, path: Path, dtype: Any, n: int) -> None:
        self.f = open(path, "wb", opener=_private)  # noqa: SIM115 - closed by close()
        self.dtype = np.dtype(dtype)
        np.lib.format.write_array_header_1_0(
            self.f, {"descr": np.lib.format.dtype_to_descr(self.dtype), "fortran_order": False, "shape": (n,)})

    def write(self, values: np.ndarray) -> None:
        self.f.write(np.ascontiguousarray(values, dtype=self.dtype).tobytes())

    def close(self) -> None:
        self.f.flush()
        os.fsync(self.f.fileno())
        self.f.close()


def _stream_postings(data: list[_Files], final_row: dict[int, np.ndarray], maps: dict[int, np.ndarray],
                     live: dict[int, np.ndarray], n_terms: int, doc_len: np.ndarray, tmp: Path) -> dict[str, Any]:
    """Pack the postings of merged segments whose rows come in segment order, STREAM_POSTINGS at
    a time: the bit streams go to tmp as they are made; indptr and the per-block arrays are returned."""
    df = np.zeros(n_terms, dtype=np.int64)
    for s in final_row:
        used = maps[s] >= 0
        df[maps[s][used]] += live[s][used]
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    nnz = int(indptr[-1])
    # each segment's local term ids, filled forward so that a range of merged terms is a range of them
    reach = {s: np.maximum.accumulate(np.where(maps[s] >= 0, maps[s], -1)) for s in final_row}
    enc = postings_mod.Encoded(tmp)
    try:
        cuts = np.unique(np.concatenate([np.searchsorted(indptr, np.arange(0, nnz, STREAM_POSTINGS), "right") - 1,
                                         [n_terms]])) if nnz else np.asarray([0, n_terms])
        for t0, t1 in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
            if t1 <= t0:
                continue
            base = int(indptr[t0])
            size = int(indptr[t1]) - base
            rows = np.empty(size, dtype=np.int32)
            tfs = np.empty(size, dtype=np.int32)
            fill = indptr[t0:t1] - base
            for s in final_row:
                d = data[s]
                sp = np.asarray(d["indptr"])
                a = int(np.searchsorted(reach[s], t0, "left"))
                b = int(np.searchsorted(reach[s], t1, "left"))
                lo, hi = int(sp[a]), int(sp[b])
                if hi <= lo:
                    continue
                docs, tf = _packed(d).span(lo, hi)
                r = final_row[s][docs]
                keep = r >= 0
                t = (maps[s][np.searchsorted(sp, np.arange(lo, hi), side="right") - 1] - t0)[keep]
                first = np.searchsorted(t, t, "left")  # t is sorted: where each term's run starts
                pos = fill[t] + (np.arange(len(t)) - first)
                rows[pos] = r[keep]
                tfs[pos] = tf[keep]
                fill = fill + np.bincount(t, minlength=t1 - t0)
            starts, _ = postings_mod.block_layout(indptr[t0:t1 + 1] - base)
            enc.add(starts, rows, tfs, doc_len)
            for s in final_row:  # what this chunk read of each segment goes back
                data[s].release()
    finally:
        enc.close()
    return {"indptr": indptr, **enc.arrays()}


def _packed(d: _Files) -> postings_mod.Packed:
    """A segment's postings, read from their packed files (made once per opened segment)."""
    found = d.extra.get("packed")
    if found is None:
        found = d.extra["packed"] = postings_mod.Packed(np.asarray(d["indptr"]), d)
    return found


def _check_blocks(d: _Files, shapes: dict[str, tuple[int, ...]], indptr: np.ndarray) -> None:
    """The packed postings' block arrays agree with the postings offsets and the bit streams' lengths."""
    start, _ = postings_mod.block_layout(indptr)
    nb = len(start)
    for k in ("first", "dbits", "fbits", "doff", "foff", "maxtf", "mindl"):
        if shapes[f"blk_{k}"] != (nb,):
            raise IndexProblem(f"corrupt (blk_{k} has shape {shapes[f'blk_{k}']}, not ({nb},))")
    if not nb:
        return
    count = np.diff(np.append(start, int(indptr[-1])))
    for bits, off, stream in (("blk_dbits", "blk_doff", "docs"), ("blk_fbits", "blk_foff", "freqs")):
        w = np.asarray(d[bits]).astype(np.int64)
        o = np.asarray(d[off])
        room = 8 * (d.sums[d.names[stream]][0] - postings_mod.PAD)
        if int(w.max()) > 32 or int(o.min()) < 0 or int((o + w * count).max()) > room:
            raise IndexProblem(f"corrupt ({stream}.bin does not match its blocks)")


def _blob_str(blob: Any, off: np.ndarray, i: int) -> str:
    return bytes(blob[int(off[i]):int(off[i + 1])]).decode("utf-8", "surrogatepass")


def _blob(strings: list[str]) -> tuple[bytes, np.ndarray]:
    encoded = [s.encode("utf-8", "surrogatepass") for s in strings]
    off = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=off[1:])
    return b"".join(encoded), off


# -- writing --------------------------------------------------------------------------------
def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _file_digest(path: Path) -> str:
    h = xxhash.xxh3_64()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return h.hexdigest()


def _write_segment(tmp: Path, arrays: dict[str, Any]) -> dict[str, list]:
    """Write every array into `tmp` (texts.bin is already there), fsynced; their checksums."""
    names = []
    for key, value in arrays.items():
        if isinstance(value, np.ndarray):
            name = f"{key}.npy"
            with open(tmp / name, "wb", opener=_private) as f:
                np.lib.format.write_array(f, np.ascontiguousarray(value), allow_pickle=False)
                f.flush()
                os.fsync(f.fileno())
        else:
            name = f"{key}.json" if isinstance(value, dict) else f"{key}.bin"
            # ASCII JSON: a name that was not UTF-8 (a lone surrogate) is written as an escape
            data = json.dumps(value).encode("ascii") if isinstance(value, dict) else value
            with open(tmp / name, "wb", opener=_private) as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        names.append(name)
    names.append("texts.bin")
    names.extend(sorted(set(SEGMENT_FILES) - set(names)))  # written already (a streamed merge's postings)
    checksums = {}
    for name in names:
        p = tmp / name
        st = p.stat()
        checksums[name] = [st.st_size, st.st_mtime_ns, _file_digest(p)]
    _fsync_dir(tmp)
    return checksums


def _publish(where: Path, manifest: dict) -> None:
    """Point the manifest at the segments (the commit); segments it does not list go."""
    _fsync_dir(where)
    _write_manifest(where, manifest)
    try:
        (where / DAMAGED).unlink()
    except OSError:
        pass
    _clean(where, keep={seg["name"] for seg in manifest["segments"]})


def _write_manifest(where: Path, manifest: dict) -> None:
    mtmp = where / f".tmp-{os.getpid()}-{MANIFEST}"
    with open(mtmp, "w", encoding="ascii", opener=_private) as f:
        json.dump(manifest, f)  # ASCII: file names that are not UTF-8 are kept as escapes
        f.flush()
        os.fsync(f.fileno())
    os.replace(mtmp, where / MANIFEST)
    _fsync_dir(where)


def _clean(where: Path, keep: set[str]) -> None:
    """Remove segments, old generations and temporary files other than `keep` (call with the lock
    held). A reader that opened them keeps its mapped files: nothing it uses is pulled away."""
    try:
        items = list(where.iterdir())
    except OSError:
        return
    for p in items:
        if p.name in keep or not p.name.startswith(("g-", "s-", ".tmp-")):
            continue
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            try:
                p.unlink()
            except OSError:
                pass


@contextmanager
def _locked(where: Path, stage: Stage | None) -> Iterator[None]:
    _private_dir(where)
    _private_dir(where.parent)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    with open(where / ".lock", "a+", opener=_private) as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            if stage:
                stage("waiting for another qa process to finish the index", 0, 0)
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


# -- opening ----------------------------------------------------------------------------
def _try_load(where: Path, corpus: Path, verify: bool) -> tuple[Stored | None, str | None]:
    for attempt in range(2):
        try:
            return Stored.load(where, corpus, verify), None
        except IndexProblem as exc:
            if attempt == 0 and "missing" in str(exc):
                continue  # a concurrent update may have just replaced the generation: look again
            return None, str(exc)
    return None, None  # pragma: no cover


SKIPS_SHOWN = 5  # files skipped that are named one by one; the rest are counted


def open_index(root: Path, warn: Callable[[str], None], progress: Progress | None = None,
               index_dir: str | Path | None = None, *, stage: Stage | None = None, verify: bool = False,
               workers: int | None = None, follow_links: bool = False, all_skips: bool = False,
               optimize: bool = False, budget_mb: int | None = None, remote: Any = None) -> CorpusIndex:
    """The index of the corpus at `root`: reused, updated or built, and stored when it can be.

    Files the corpus walk skips (binary, unreadable, links leading out) are said when the
    index is built or updated, not again each time it is reused unchanged; `all_skips`
    says them every time, every one (`qa index`). `optimize` merges all segments into one
    (and drops deleted documents); `budget_mb` is the build's memory budget. `remote` (a
    qa.cluster.Remote) builds the new segments on a cluster's workers."""
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    clock: dict[str, Any] = {"what": "scanning", "since": t0}

    def timed(what: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if what != clock["what"]:
            timings[clock["what"]] = timings.get(clock["what"], 0.0) + now - clock["since"]
            clock["what"], clock["since"] = what, now
        if stage:
            stage(what, done, total)

    def finish(index: CorpusIndex) -> CorpusIndex:
        timed("done", 0, 0)
        index.store_info.timings = timings
        if index.store_info.path is not None:
            cache.mark_used(index.store_info.path)
            if index.store_info.status != "reused":  # the cache grew: keep it within its size limit
                _within_limit(index_dir, index.store_info.path, once)
        return index

    seen: set[str] = set()

    def once(msg: str) -> None:  # a file's warning is said once, whatever path leads to it
        if msg not in seen:
            seen.add(msg)
            warn(msg)

    skips: list[str] = []
    given, entries = FileEntry.scan(Path(root), skips.append, follow_links)
    where = index_path(given, index_dir)
    index, stored, problem = _try_open(where, given, entries, once, verify, t0, replay=all_skips)
    if index is not None and not (optimize and _mergeable(stored)):
        if all_skips:
            _say_skips(skips, once, every=True)
        return finish(index)
    try:
        with _locked(where, timed):
            # another process may have built it while this one waited for the lock
            index, stored, problem = _try_open(where, given, entries, once, verify, t0, replay=all_skips)
            if index is not None and not (optimize and _mergeable(stored)):
                _say_skips(skips, once, every=all_skips)
                return finish(index)
            if problem:
                once(f"index at {where} is {problem}; rebuilding")
                stored = None
            try:
                built = _build(stored, where, given, entries, skips.append, progress, timed, workers, t0,
                               rebuilt=problem is not None, optimize=optimize, budget_mb=budget_mb,
                               remote=remote)
            except IndexDamaged as exc:  # the stored index to update from is damaged: start afresh
                if stored is None:
                    raise
                once(f"index at {where} is corrupt ({exc.problem}); rebuilding")
                built = _build(None, where, given, entries, skips.append, progress, timed, workers, t0,
                               rebuilt=True, budget_mb=budget_mb, remote=remote)
            _say_skips(skips, once, every=all_skips)
            return finish(built)
    except TimeoutError:  # an OSError, but not the disk's: let it say what it is
        raise
    except OSError as exc:
        once(f"cannot store the index at {where} ({exc.strerror or exc}); keeping it in memory only")
        _say_skips(skips, once, every=all_skips)
        return finish(_in_memory(given, once, progress, follow_links))


def _mergeable(stored: Stored | None) -> bool:
    """Whether --optimize has anything to do: several segments, or deleted documents."""
    if stored is None:
        return False
    segs = stored.manifest["segments"]
    return len(segs) > 1 or stored.manifest["docs"] < sum(seg["docs"] for seg in segs)


def _within_limit(index_dir: str | Path | None, current: Path, warn: Warn) -> None:
    try:
        gone = cache.to_prune(cache.cached_indexes(cache_root(index_dir)), max_bytes=cache.limit_bytes(),
                              max_age_days=None, keep=[current])
    except OSError:
        return
    for ix, why in gone:
        cache.remove(ix)
        warn(f"removed the index of {ix.corpus or ix.path.name} ({why}: {ix.size / 1e6:.0f} MB)")


def _say_skips(skips: list[str], warn: Warn, every: bool) -> None:
    """What the walk and the build said of the corpus's files: the first few, then a count."""
    shown = skips if every else skips[:SKIPS_SHOWN]
    for msg in shown:
        warn(msg)
    if len(skips) > len(shown):
        warn(f"... and {len(skips) - len(shown)} more notes on the corpus's files ({len(skips)} in all; "
             "qa index lists them)")
    skips.clear()


def _try_open(where: Path, given: Path, entries: list[FileEntry], warn: Warn, verify: bool,
              t0: float, replay: bool = False) -> tuple[CorpusIndex | None, Stored | None, str | None]:
    """(the stored index, ready to use), or (None, the stored index to update or None,
    what is wrong with it or None)."""
    stored, problem = _try_load(where, given, verify)
    if stored is None or not stored.fresh(entries):
        return None, stored, problem
    try:
        return _reuse(stored, given, entries, warn, t0, replay), stored, None
    except IndexDamaged as exc:
        return None, None, f"corrupt ({exc.problem})"


def _reuse(stored: Stored, given: Path, entries: list[FileEntry], warn: Warn, t0: float,
           replay: bool = False) -> CorpusIndex:
    """The stored index as it is; what its build said of the files is said again only on request
    (`replay`), not on every command."""
    if replay:
        for e, f in zip(entries, stored.files):
            for w in f["warnings"]:
                warn(w.replace("\x00", str(e.path), 1))
    index = stored.index(given)
    index.store_info = StoreInfo("reused", stored.where, time.perf_counter() - t0, segments=len(stored.segments))
    return index


def _in_memory(given: Path, warn: Warn, progress: Progress | None, follow_links: bool = False) -> CorpusIndex:
    docs = corpus_mod.load_corpus(given, warn, follow_links)
    index = CorpusIndex.build(docs, progress, warn=warn)
    index.store_info = StoreInfo("memory", None)
    return index


def _build(stored: Stored | None, where: Path, given: Path, entries: list[FileEntry], warn: Warn,
           progress: Progress | None, stage: Stage | None, workers: int | None, t0: float,
           rebuilt: bool, optimize: bool = False, budget_mb: int | None = None, remote: Any = None) -> CorpusIndex:
    built_ns = time.time_ns()
    keep = set() if stored is None else {seg["name"] for seg in stored.manifest["segments"]}
    if remote is not None:  # segments a cluster wrote for a build that did not finish: reused if the same
        keep |= {p.name for p in where.glob("s-*-0-*") if (p / REMOTE_META).exists()}
    _clean(where, keep=keep)
    maker = _Maker(stored, where, given, entries, warn, progress, stage, workers, optimize, budget_mb, remote)
    segs: _Segments | None = None
    try:
        meta, segs = maker.make()
        manifest = {
            "format": FORMAT, "bm25": [K1, B, EPSILON], "corpus": str(given.resolve()),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "built_ns": built_ns, **meta,
        }
        _publish(where, manifest)
    except BaseException:
        # segments written for a manifest that was never written: the next build removes them
        # too (they are not listed), but nothing is left behind that need not be
        for p in getattr(segs, "written", []):
            shutil.rmtree(p, ignore_errors=True)
        raise
    fresh = Stored.load(where, given)
    assert fresh is not None
    index = fresh.index(given)
    info = maker.info
    if rebuilt and info.status == "built":
        info.status = "rebuilt"
    info.path = where
    info.seconds = time.perf_counter() - t0
    info.segments = len(fresh.segments)
    index.store_info = info
    return index
