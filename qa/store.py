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

import datetime as dt
import hashlib
import json
import mmap
import os
import shutil
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import numpy as np
import xxhash
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from qa import cache, sentences
from qa import corpus as corpus_mod
from qa.bm25 import BM25, EPSILON, K1, B, Vocab, csr
from qa.errors import IndexDamaged, QAError
from qa.index import Built, CorpusIndex, PassageBuilder, Progress, auto_workers, batches
from qa.inputs import loads
from qa.models import Document

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters

FORMAT = 5  # bump whenever the layout or the meaning of a stored array changes
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
KNOWN_FILES = frozenset(
    [f"{k}.npy" for k in ("doc_text_off", "doc_sha", "doc_date", "doc_file", "doc_line", "doc_id_off",
                          "title_off", "has_title", "doc_first", "p_doc", "p_start", "p_end", "p_kind", "rows",
                          "vocab_off", "doc_len", "indptr", "postings", "tf", "idf", "weights", "max_weight",
                          "doc_outlet")]
    + [f"{k}.bin" for k in ("doc_ids", "titles", "vocab", "texts")] + ["authors.json", "punkt.json", "outlets.json"])


class _StoredFile(BaseModel):
    rel: str
    size: int
    mtime_ns: int
    crc: int = Field(ge=0)
    docs: tuple[int, int]
    warnings: list[str]
    checked_ns: int | None = None


class Manifest(BaseModel):
    """manifest.json as read back: every field checked before anything is opened by it."""

    model_config = ConfigDict(extra="ignore")

    format: int
    bm25: list[float]
    corpus: str
    generation: str = Field(pattern=r"^g-[0-9a-f]+-[0-9]+$")  # a folder beside the manifest, nothing else
    built_ns: int = Field(ge=0)
    files: list[_StoredFile]
    docs: int = Field(ge=0)
    passages: int = Field(ge=0)
    rows: int = Field(ge=0)
    terms: int = Field(ge=0)
    checksums: dict[str, tuple[int, int, str]]

    @model_validator(mode="after")
    def _consistent(self) -> Manifest:
        if set(self.checksums) != KNOWN_FILES:
            raise ValueError("unexpected index files")
        if any(size < 0 for size, _, _ in self.checksums.values()):
            raise ValueError("negative size")
        at = 0
        for f in self.files:
            if f.docs[0] != at or f.docs[1] < f.docs[0]:
                raise ValueError("document ranges")
            at = f.docs[1]
        if at != self.docs or self.rows > self.passages:
            raise ValueError("document counts")
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


def _map_bytes(path: Path) -> bytes | mmap.mmap:
    size = path.stat().st_size
    if size < (1 << 20):
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

    def __init__(self, where: Path, gen: Path, checksums: dict[str, tuple[int, int, str]]) -> None:
        self.where, self.gen = where, gen
        self.names = {name.rsplit(".", 1)[0]: name for name in checksums}
        self.sums = checksums
        self._raw: dict[str, Any] = {}
        for name, (size, _, _) in checksums.items():
            try:
                self._raw[name] = _map_bytes(gen / name) if size else b""
            except FileNotFoundError:
                raise IndexProblem(f"corrupt ({name} is missing)") from None
            if len(self._raw[name]) != size:
                raise IndexProblem(f"corrupt ({name} has {len(self._raw[name])} bytes, not {size})")
        self._ready: dict[str, Any] = {}
        self._verified: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        try:
            return self._ready[key]
        except KeyError:
            pass
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
    """A validated index on disk: its manifest and (memory-mapped, lazily checked) files."""

    def __init__(self, where: Path, manifest: dict, data: _Files) -> None:
        self.where = where
        self.manifest = manifest
        self.data = data
        self.files: list[dict] = manifest["files"]

    @classmethod
    def load(cls, where: Path, corpus: Path, verify: bool = False) -> Stored | None:
        """The index at `where`, None if there is none; IndexProblem if it cannot be used.

        With `verify`, every file's digest is checked now; otherwise each is checked on
        its first use (IndexDamaged then)."""
        mpath = where / MANIFEST
        if not mpath.exists():
            if where.exists() and any(p.name.startswith(("g-", ".tmp-")) for p in where.iterdir()):
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
        mark = where / DAMAGED
        if mark.exists():
            try:
                note = loads(mark.read_text(encoding="utf-8"))
                if note.get("generation") == manifest["generation"]:
                    raise IndexProblem(f"corrupt ({str(note.get('problem'))[:120]})")
            except (OSError, ValueError, AttributeError):
                pass  # an unreadable or stale mark: the files' own checks decide
        try:
            data = _Files(where, where / manifest["generation"],
                          {k: tuple(v) for k, v in manifest["checksums"].items()})  # type: ignore[misc]
            if verify:
                for name in data.sums:
                    data.verify(name)
            stored = cls(where, manifest, data)
            stored._check_shapes()
            return stored
        except IndexDamaged as exc:
            raise IndexProblem(f"corrupt ({exc.problem})") from None
        except IndexProblem:
            raise
        except (KeyError, TypeError, ValueError, OSError) as exc:
            raise IndexProblem(f"corrupt ({exc.__class__.__name__}: {str(exc)[:80]})") from None

    def _check_shapes(self) -> None:
        """Array shapes (from the .npy headers) and blob lengths agree with the manifest."""
        d, m = self.data, self.manifest
        n, P, R, V = m["docs"], m["passages"], m["rows"], m["terms"]
        want = {
            "doc_text_off": (n + 1,), "doc_sha": (n, 32), "doc_date": (n,), "doc_file": (n,), "doc_line": (n,),
            "doc_id_off": (n + 1,), "title_off": (n + 1,), "has_title": (n,), "doc_first": (n + 1,), "doc_outlet": (n,),
            "p_doc": (P,), "p_start": (P,), "p_end": (P,), "p_kind": (P,), "rows": (R,), "doc_len": (R,),
            "vocab_off": (V + 1,), "indptr": (V + 1,), "idf": (V,), "max_weight": (V,),
        }
        shapes = {key: d.shape(key) for key, name in d.names.items() if name.endswith(".npy")}
        for key, shape in want.items():
            if shapes[key] != shape:
                raise IndexProblem(f"corrupt ({key} has shape {shapes[key]}, not {shape})")
        indptr = d["indptr"]
        nnz = int(indptr[-1]) if V else 0
        if V and (int(indptr[0]) != 0 or bool(np.any(np.diff(indptr) < 0))):
            raise IndexProblem("corrupt (postings offsets)")
        for key in ("postings", "tf", "weights"):
            if shapes[key] != (nnz,):
                raise IndexProblem(f"corrupt ({key} has shape {shapes[key]}, not ({nnz},))")
        ends = {"doc_text_off": "texts", "doc_id_off": "doc_ids", "title_off": "titles", "vocab_off": "vocab"}
        for off, blob in ends.items():
            o = d[off]
            if int(o[-1]) != m["checksums"][d.names[blob]][0] or int(o[0]) != 0 or bool(np.any(np.diff(o) < 0)):
                raise IndexProblem(f"corrupt ({blob} does not match its offsets)")
        first = d["doc_first"]
        if int(first[0]) != 0 or int(first[-1]) != P or bool(np.any(np.diff(first) < 0)):
            raise IndexProblem("corrupt (passage offsets)")

    def json(self, key: str) -> Any:
        try:
            return loads(bytes(self.data[key]).decode("utf-8"))
        except (OSError, ValueError) as exc:
            self.data.damaged(f"{key}.json is unreadable: {exc.__class__.__name__}")

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
                if manifest.get("generation") != self.manifest.get("generation"):
                    return
                for f in manifest["files"]:
                    if f["rel"] in checked:
                        f["checked_ns"] = checked[f["rel"]]
                _write_manifest(self.where, manifest)
        except (OSError, ValueError, ImportError, KeyError):
            pass

    def punkt(self) -> PunktParameters:
        return punkt_from_json(self.json("punkt"))

    def index(self, given: Path) -> CorpusIndex:
        d = self.data
        bm25 = BM25(Vocab(d["vocab"], d["vocab_off"]), d["doc_len"], d["indptr"], d["postings"], d["tf"],
                    idf=d["idf"], weights=d["weights"], max_weight=d["max_weight"])
        outlets = self.json("outlets")  # a few names: read now, so that damage shows at once
        names = outlets.get("names") if isinstance(outlets, dict) else None
        if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
            self.data.damaged("outlets.json holds no list of names")
        if int(np.max(d["doc_outlet"], initial=-1)) >= len(names):
            self.data.damaged("doc_outlet points past the outlet names")
        docs = StoredDocs(d, self.files, lambda: {int(k): v for k, v in self.json("authors").items()}, given,
                          lambda: list(names))
        return CorpusIndex(docs, d["p_doc"], d["p_start"], d["p_end"], d["p_kind"], d["doc_first"], d["rows"],
                           bm25, punkt=self.punkt, by_id=docs.id_map)


def _racy(f: dict, built_ns: int) -> bool:
    """Whether a stored file's mtime is too close to its last read for the mtime to be trusted."""
    return f["mtime_ns"] >= max(built_ns, f.get("checked_ns", 0)) - RACY_NS


def _same_content(path: Path, crc: int) -> bool:
    try:
        return _crc_file(path) == crc
    except OSError:
        return False


class StoredDocs(Sequence[Document]):
    """The documents of a stored index, made when asked for (and the last few remembered)."""

    def __init__(self, data: Mapping[str, Any], files: list[dict], authors: Callable[[], dict[int, list[str]]],
                 given: Path, outlet_names: Callable[[], list[str]] = list) -> None:
        self._d = data
        self._n = len(data["doc_sha"])
        self._paths = [given / f["rel"] if f["rel"] else given for f in files]
        self._authors_fn = authors
        self._authors: dict[int, list[str]] | None = None
        self._outlet_names_fn = outlet_names
        self._outlet_names: list[str] | None = None
        self._cache: dict[Any, Document] = {}

    def __len__(self) -> int:
        return self._n

    def dates(self) -> np.ndarray:
        """Every document's date as a proleptic ordinal (0: undated), without making documents."""
        return np.asarray(self._d["doc_date"], dtype=np.int64)

    def files(self) -> tuple[np.ndarray, list[Path]]:
        """Every document's file (an index into the list of the corpus's files)."""
        return np.asarray(self._d["doc_file"], dtype=np.int64), list(self._paths)

    def outlets(self) -> tuple[np.ndarray, list[str]]:
        """Every document's outlet (an index into the names; -1: none), without making documents."""
        if self._outlet_names is None:
            self._outlet_names = self._outlet_names_fn()
        return np.asarray(self._d["doc_outlet"], dtype=np.int64), list(self._outlet_names)

    def _str(self, blob: str, off: str, i: int) -> str:
        o = self._d[off]
        return bytes(self._d[blob][int(o[i]):int(o[i + 1])]).decode("utf-8", "surrogatepass")

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
        d = self._d
        if self._authors is None:
            self._authors = self._authors_fn()
        f = int(d["doc_file"][i])
        line = int(d["doc_line"][i])
        day = int(d["doc_date"][i])
        o = int(d["doc_outlet"][i])
        if o >= 0 and self._outlet_names is None:
            self._outlet_names = self._outlet_names_fn()
        return Document.model_construct(
            id=self._str("doc_ids", "doc_id_off", i),
            title=self._str("titles", "title_off", i) if d["has_title"][i] else None,
            date=dt.date.fromordinal(day) if day else None,
            source=f"{self._paths[f]}:{line}" if line else str(self._paths[f]),
            text=self._str("texts", "doc_text_off", i),
            sha256=bytes(d["doc_sha"][i]).hex(),
            authors=list(self._authors.get(i, [])),
            outlet=self._outlet_names[o] if o >= 0 and self._outlet_names is not None else None,
        )

    def __iter__(self) -> Iterator[Document]:
        for i in range(self._n):
            yield self[i]

    def id_map(self) -> dict[str, int]:
        blob = bytes(self._d["doc_ids"])
        off = self._d["doc_id_off"].tolist()
        return {blob[off[i]:off[i + 1]].decode("utf-8", "surrogatepass"): i for i in range(self._n)}


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

    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(c) for c in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return params


# -- building and updating ----------------------------------------------------------------
@dataclass
class _FilePlan:
    entry: FileEntry
    old: dict | None  # the stored file it equals, kept whole
    records: list[corpus_mod.Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    crc: int = 0
    read: bool = False
    grown: dict | None = None  # the stored version of a JSON Lines file that grew: perhaps appended to
    appended: bool = False  # `old` is the file's unchanged start (kept), `records` what was appended


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """starts[0]..starts[0]+counts[0]-1, then starts[1].., as one array."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    return np.arange(total, dtype=np.int64) + np.repeat(np.asarray(starts, dtype=np.int64) - (ends - counts), counts)


class _Maker:
    """Makes the arrays of a new generation from the corpus and, when there is one, the stored index."""

    def __init__(self, old: Stored | None, given: Path, entries: list[FileEntry], warn: Warn,
                 progress: Progress | None, stage: Stage | None, workers: int | None) -> None:
        self.old, self.given, self.entries = old, given, entries
        self.warn, self.progress, self.stage = warn, progress, stage
        self.workers = workers
        self.info = StoreInfo("built", None)

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
            plans.append(_FilePlan(e, f if same else None))
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
        for p in plans:
            if p.old is not None:
                for w in p.old["warnings"]:
                    self.warn(w.replace("\x00", str(p.entry.path), 1))
                continue
            if p.read:
                continue
            self._stage("reading", n, len(todo))
            n += 1
            p.read = True
            e = p.entry
            marker = str(e.path)

            def record(msg: str, p: _FilePlan = p, marker: str = marker) -> None:
                self.warn(msg)
                p.warnings.append(msg.replace(marker, "\x00", 1))

            data = corpus_mod.read_bytes(e.path, record)
            if data is None:
                continue
            p.crc = zlib.crc32(data)
            if p.grown is not None and self._read_appended(p, data, record):
                continue
            p.records = corpus_mod.file_records(e.path, e.doc_id, record, data)
        self._stage("reading", len(todo), len(todo))

    def _read_appended(self, p: _FilePlan, data: bytes, warn: Warn) -> bool:
        """A JSON Lines file whose stored start is unchanged and ends a line: only the lines
        after it are read (a wire archive grows at its end; re-reading it all was most of a
        1% update). Its stored documents are kept as they are."""
        f, old = p.grown, self.old
        assert f is not None and old is not None
        size = int(f["size"])
        if data[size - 1:size] != b"\n" or zlib.crc32(data[:size]) != f["crc"]:
            return False
        a, b = f["docs"]
        od = old.data
        seen = {_blob_str(od["doc_ids"], od["doc_id_off"], j) for j in range(a, b)}
        prefix = "" if p.entry.doc_id == "" else f"{p.entry.doc_id}#"
        tail = data[size:]
        p.records = [] if not tail.strip() else list(corpus_mod.jsonl_records(
            p.entry.path, warn, prefix, tail, lines_before=data.count(b"\n", 0, size), seen=seen))
        for w in f["warnings"]:  # the start's notes, said again as for a file kept whole
            self.warn(w.replace("\x00", str(p.entry.path), 1))
        p.warnings[:0] = list(f["warnings"])  # the start's, then the tail's
        p.old, p.appended = f, True
        return True

    def make(self, tmp: Path) -> tuple[dict[str, Any], dict]:
        old = self.old
        plans = self.plan()
        self.read(plans)
        # Which stored document each new record can reuse (same text), each at most once. Every
        # stored copy of a text is offered: wire services repeat stories, and offering one copy
        # per text made an archive of repeats rebuild whole for a 1% change.
        reuse: dict[tuple[int, int], int] = {}
        if old is not None and any(p.records for p in plans):
            by_sha: dict[bytes, list[int]] = {}
            kept = np.zeros(len(old.data["doc_sha"]), dtype=bool)
            for p in plans:
                if p.old is not None:
                    kept[p.old["docs"][0]:p.old["docs"][1]] = True
            sha = old.data["doc_sha"]
            for j in reversed(np.flatnonzero(~kept).tolist()):  # reversed: pop() gives the first copy first
                by_sha.setdefault(bytes(sha[j]), []).append(j)
            for fi, p in enumerate(plans):
                for ri, r in enumerate(p.records):
                    digest = hashlib.sha256(r.text.encode("utf-8", "surrogatepass")).digest()
                    copies = by_sha.get(digest)
                    if copies:
                        reuse[fi, ri] = copies.pop()
        n_docs = sum((p.old["docs"][1] - p.old["docs"][0] if p.old else 0) + len(p.records) for p in plans)
        if not n_docs:
            raise QAError(f"no readable articles in {self.given}")
        reused = sum(p.old["docs"][1] - p.old["docs"][0] for p in plans if p.old) + len(reuse)
        if old is not None and reused < REBUILD_BELOW * n_docs:
            # most of the corpus is new: start afresh (and learn Punkt from the corpus as it is now)
            self.old = old = None
            self.info = StoreInfo("rebuilt", None, note="most of the corpus changed")
            for p in plans:
                if p.appended:  # read it whole after all
                    p.read, p.appended, p.grown, p.records, p.warnings = False, False, None, [], []
                p.old = None
            self.read(plans)
            reuse = {}
        if old is not None:
            self.info.status = "updated"
        self.info.docs_reused = reused if old is not None else 0

        # Documents to split, in corpus order.
        new_recs = [(fi, ri, r) for fi, p in enumerate(plans) for ri, r in enumerate(p.records)
                    if (fi, ri) not in reuse]
        self.info.docs_processed = len(new_recs)
        if old is None:
            self._stage("training", 0, 1)

            def trained(done: int, total: int) -> None:
                self._stage("training", done, total)

            params = sentences.train((sentences.body(r.text) for _, _, r in new_recs), progress=trained)
        else:
            params = old.punkt()
        punkt_json = punkt_to_json(params)
        workers = self.workers or auto_workers(sum(len(r.text) for _, _, r in new_recs))
        self.info.workers = workers
        total = len(new_recs)
        self._stage("splitting", 0, total)

        def progress(done: int, of: int) -> None:
            self._stage("splitting", done, of)
            if self.progress:
                self.progress(done, of)

        with PassageBuilder(params, workers if total else 1, progress, total=total) as builder:
            for batch in batches(new_recs, key=lambda x: len(x[2].text)):
                builder.add([r.text for _, _, r in batch])
            built = builder.finish()
        for k, note in sorted(built.notes.items()):  # said now, and again whenever the index is reused
            fi, _, r = new_recs[k]
            plan = plans[fi]
            marker = str(plan.entry.path)
            msg = f"{marker}:{r.line}: {note}" if r.line else f"{marker}: {note}"
            self.warn(msg)
            plan.warnings.append(msg.replace(marker, "\x00", 1))
        self._stage("indexing", 0, 1)
        new_pos = {(fi, ri): k for k, (fi, ri, _) in enumerate(new_recs)}
        del new_recs  # the texts go as soon as they are written
        return self._assemble(plans, reuse, new_pos, built, punkt_json, tmp)

    def _assemble(self, plans: list[_FilePlan], reuse: dict[tuple[int, int], int],
                  new_pos: dict[tuple[int, int], int], built: Built, punkt_json: dict,
                  tmp: Path) -> tuple[dict[str, Any], dict]:
        old = self.old
        od = old.data if old is not None else None
        old_names: list[str] = [str(x) for x in old.json("outlets")["names"]] if old is not None else []
        # For each document of the new index: where its content comes from.
        src_old: list[int] = []  # stored document, or -1
        src_new: list[int] = []  # position in `built`, or -1
        ids: list[str] = []
        titles: list[str | None] = []
        outlets: list[str | None] = []
        dates: list[int] = []
        lines: list[int] = []
        doc_file: list[int] = []
        shas: list[bytes] = []
        files_meta: list[dict] = []
        texts_path = tmp / "texts.bin"
        text_off = [0]
        with open(texts_path, "wb", opener=_private) as texts:
            for fi, p in enumerate(plans):
                first = len(src_old)
                e = p.entry
                if p.old is not None:
                    assert od is not None
                    a, b = p.old["docs"]
                    src_old.extend(range(a, b))
                    src_new.extend([-1] * (b - a))
                    for j in range(a, b):
                        ids.append(_blob_str(od["doc_ids"], od["doc_id_off"], j))
                        titles.append(_blob_str(od["titles"], od["title_off"], j) if od["has_title"][j] else None)
                    outlets.extend(old_names[o] if o >= 0 else None for o in od["doc_outlet"][a:b].tolist())
                    dates.extend(od["doc_date"][a:b].tolist())
                    lines.extend(od["doc_line"][a:b].tolist())
                    shas.append(bytes(od["doc_sha"][a:b]))
                    lo, hi = int(od["doc_text_off"][a]), int(od["doc_text_off"][b])
                    texts.write(od["texts"][lo:hi])
                    base = text_off[-1] - lo
                    text_off.extend((od["doc_text_off"][a + 1:b + 1] + base).tolist())
                    warnings, crc = p.old["warnings"], p.old["crc"]
                if p.old is None or p.appended:  # a file read now, or what was appended to one
                    for ri, r in enumerate(p.records):
                        j = reuse.get((fi, ri), -1)
                        src_old.append(j)
                        src_new.append(new_pos[fi, ri] if j < 0 else -1)
                        ids.append(r.id)
                        titles.append(r.title)
                        outlets.append(r.outlet)
                        dates.append(r.date.toordinal() if r.date else 0)
                        lines.append(r.line)
                        raw = r.text.encode("utf-8", "surrogatepass")
                        shas.append(hashlib.sha256(raw).digest())
                        texts.write(raw)
                        text_off.append(text_off[-1] + len(raw))
                    warnings, crc = p.warnings, p.crc
                    p.records = []
                doc_file.extend([fi] * (len(src_old) - first))
                files_meta.append({"rel": e.rel, "size": e.size, "mtime_ns": e.mtime_ns, "crc": crc,
                                   "docs": [first, len(src_old)], "warnings": warnings})
            texts.flush()
            os.fsync(texts.fileno())
        n = len(src_old)
        s_old = np.asarray(src_old, dtype=np.int64)
        s_new = np.asarray(src_new, dtype=np.int64)
        is_old = s_old >= 0

        # Passages: the stored ones then the built ones form one pool; each document takes a run of it.
        if od is not None:
            o_first = np.asarray(od["doc_first"], dtype=np.int64)
            o_pk = np.asarray(od["p_kind"])
            pools = {k: np.concatenate([np.asarray(od[k]), getattr(built, k)]) for k in ("p_start", "p_end")}
            pool_kind = np.concatenate([o_pk, built.p_kind])
            n_old_p = len(o_pk)
            o_doc_len = np.asarray(od["doc_len"])
        else:
            o_first = np.zeros(1, dtype=np.int64)
            pools = {"p_start": built.p_start, "p_end": built.p_end}
            pool_kind = built.p_kind
            n_old_p = 0
            o_doc_len = np.zeros(0, dtype=np.int32)
        b_first = np.zeros(len(built.n_pass) + 1, dtype=np.int64)
        np.cumsum(built.n_pass, out=b_first[1:])
        starts = np.zeros(n, dtype=np.int64)
        counts = np.zeros(n, dtype=np.int64)
        old_ix, new_ix = s_old[is_old], s_new[~is_old]
        starts[is_old], counts[is_old] = o_first[old_ix], o_first[old_ix + 1] - o_first[old_ix]
        starts[~is_old], counts[~is_old] = n_old_p + b_first[new_ix], b_first[new_ix + 1] - b_first[new_ix]
        gather = _ranges(starts, counts)
        p_kind = pool_kind[gather]
        doc_first = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(counts, out=doc_first[1:])
        rows = np.flatnonzero(p_kind == 0).astype(np.int32)
        # Sentence rows of the pool: stored rows first, then built rows, each in passage order.
        pool_row = np.cumsum(pool_kind == 0) - 1
        row_src = pool_row[gather[p_kind == 0]]
        n_old_rows = len(o_doc_len)
        doc_len = np.concatenate([o_doc_len, built.row_len])[row_src].astype(np.int32)
        final_row = np.full(n_old_rows + len(built.row_len), -1, dtype=np.int32)
        final_row[row_src] = np.arange(len(row_src), dtype=np.int32)
        del row_src, pool_row

        # (term, row, tf) triples, with terms numbered in the sorted vocabulary of what is kept.
        step = 1 << 21
        if od is not None:
            o_indptr = np.asarray(od["indptr"])
            o_post, o_tf = od["postings"], od["tf"]
            o_nnz = int(o_indptr[-1])
            used = np.zeros(len(o_indptr) - 1, dtype=bool)
            for a in range(0, o_nnz, step):
                b = min(a + step, o_nnz)
                t = np.searchsorted(o_indptr, np.arange(a, b), side="right") - 1
                used[t[final_row[o_post[a:b]] >= 0]] = True
            old_terms = Vocab(od["vocab"], od["vocab_off"]).terms()
            kept_old = [old_terms[i] for i in np.flatnonzero(used).tolist()]
            del old_terms
        else:
            o_nnz = 0
            kept_old = []
        terms = sorted(set(kept_old).union(built.terms))
        where = {t: i for i, t in enumerate(terms)}
        b_map = np.fromiter((where[t] for t in built.terms), dtype=np.int32, count=len(built.terms))
        if od is not None:
            o_map = np.full(len(used), -1, dtype=np.int32)
            o_map[used] = np.fromiter((where[t] for t in kept_old), dtype=np.int32, count=len(kept_old))
        del where, kept_old
        t_first = np.zeros(len(built.row_nterms) + 1, dtype=np.int64)
        np.cumsum(built.row_nterms, out=t_first[1:])

        def triples() -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
            for a in range(0, o_nnz, step):  # stored postings of the kept sentences
                b = min(a + step, o_nnz)
                t = np.searchsorted(o_indptr, np.arange(a, b), side="right") - 1
                r = final_row[o_post[a:b]]
                keep = r >= 0
                yield o_map[t[keep]], r[keep], o_tf[a:b][keep]
            per = max(1, step // 16)
            for r0 in range(0, len(built.row_len), per):  # new sentences
                r1 = min(r0 + per, len(built.row_len))
                a, b = int(t_first[r0]), int(t_first[r1])
                r = final_row[n_old_rows + np.repeat(np.arange(r0, r1), built.row_nterms[r0:r1])]
                yield b_map[built.row_terms[a:b]], r, built.row_tf[a:b]

        indptr, postings, freq = csr(triples(), len(terms), len(doc_len), o_nnz + int(t_first[-1]))
        built.row_terms = built.row_tf = np.zeros(0, dtype=np.int32)
        vocab = Vocab.from_sorted(terms)
        del terms
        bm25 = BM25(vocab, doc_len, indptr, postings, freq)

        # Authors: stored ones of reused documents, found ones of built documents.
        old_authors = {int(k): v for k, v in old.json("authors").items()} if old is not None else {}
        authors: dict[str, list[str]] = {}
        for i in range(n):
            names = old_authors.get(src_old[i]) if src_old[i] >= 0 else built.authors.get(src_new[i])
            if names:
                authors[str(i)] = names

        outlet_names = sorted({o for o in outlets if o is not None})
        outlet_of = {o: k for k, o in enumerate(outlet_names)}
        id_blob, id_off = _blob(ids)
        title_blob, title_off = _blob([t or "" for t in titles])
        arrays: dict[str, Any] = {
            "doc_text_off": np.asarray(text_off, dtype=np.int64),
            "doc_sha": np.frombuffer(b"".join(shas), dtype=np.uint8).reshape(n, 32),
            "doc_date": np.asarray(dates, dtype=np.int32),
            "doc_file": np.asarray(doc_file, dtype=np.int32),
            "doc_line": np.asarray(lines, dtype=np.int32),
            "doc_ids": id_blob, "doc_id_off": id_off,
            "titles": title_blob, "title_off": title_off,
            "has_title": np.asarray([t is not None for t in titles], dtype=np.int8),
            "doc_outlet": np.asarray([outlet_of[o] if o is not None else -1 for o in outlets], dtype=np.int32),
            "outlets": {"names": outlet_names},
            "doc_first": doc_first,
            "p_doc": np.repeat(np.arange(n, dtype=np.int32), counts),
            "p_start": pools["p_start"][gather].astype(np.int32),
            "p_end": pools["p_end"][gather].astype(np.int32),
            "p_kind": p_kind.astype(np.int8),
            "rows": rows,
            "vocab": vocab.blob, "vocab_off": vocab.offsets,
            "doc_len": doc_len, "indptr": bm25.indptr, "postings": bm25.postings, "tf": bm25.tf,
            "idf": bm25.idf, "weights": bm25.weights, "max_weight": bm25.max_weight,
            "authors": authors, "punkt": punkt_json,
        }
        meta = {
            "files": files_meta, "docs": n, "passages": len(p_kind), "rows": len(rows),
            "terms": len(vocab),
        }
        return arrays, meta


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


def _write_generation(tmp: Path, arrays: dict[str, Any]) -> dict[str, list]:
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
    checksums = {}
    for name in names:
        p = tmp / name
        st = p.stat()
        checksums[name] = [st.st_size, st.st_mtime_ns, _file_digest(p)]
    _fsync_dir(tmp)
    return checksums


def _publish(where: Path, tmp: Path, gen: str, manifest: dict) -> None:
    """Move the generation into place, then point the manifest at it; old generations go."""
    os.rename(tmp, where / gen)
    _fsync_dir(where)
    _write_manifest(where, manifest)
    try:
        (where / DAMAGED).unlink()
    except OSError:
        pass
    _clean(where, keep=gen)


def _write_manifest(where: Path, manifest: dict) -> None:
    mtmp = where / f".tmp-{os.getpid()}-{MANIFEST}"
    with open(mtmp, "w", encoding="ascii", opener=_private) as f:
        json.dump(manifest, f)  # ASCII: file names that are not UTF-8 are kept as escapes
        f.flush()
        os.fsync(f.fileno())
    os.replace(mtmp, where / MANIFEST)
    _fsync_dir(where)


def _clean(where: Path, keep: str | None) -> None:
    """Remove generations and temporary files other than `keep` (call with the lock held)."""
    try:
        items = list(where.iterdir())
    except OSError:
        return
    for p in items:
        if p.name == keep or not p.name.startswith(("g-", ".tmp-")):
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
               workers: int | None = None, follow_links: bool = False, all_skips: bool = False) -> CorpusIndex:
    """The index of the corpus at `root`: reused, updated or built, and stored when it can be.

    Files the corpus walk skips (binary, unreadable, links leading out) are said when the
    index is built or updated, not again each time it is reused unchanged; `all_skips`
    says them every time, every one (`qa index`)."""
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
    if index is not None:
        if all_skips:
            _say_skips(skips, once, every=True)
        return finish(index)
    try:
        with _locked(where, timed):
            # another process may have built it while this one waited for the lock
            index, stored, problem = _try_open(where, given, entries, once, verify, t0, replay=all_skips)
            if index is not None:
                _say_skips(skips, once, every=all_skips)
                return finish(index)
            if problem:
                once(f"index at {where} is {problem}; rebuilding")
                stored = None
            try:
                built = _build(stored, where, given, entries, skips.append, progress, timed, workers, t0,
                               rebuilt=problem is not None)
            except IndexDamaged as exc:  # the stored index to update from is damaged: start afresh
                if stored is None:
                    raise
                once(f"index at {where} is corrupt ({exc.problem}); rebuilding")
                built = _build(None, where, given, entries, skips.append, progress, timed, workers, t0,
                               rebuilt=True)
            _say_skips(skips, once, every=all_skips)
            return finish(built)
    except TimeoutError:  # an OSError, but not the disk's: let it say what it is
        raise
    except OSError as exc:
        once(f"cannot store the index at {where} ({exc.strerror or exc}); keeping it in memory only")
        _say_skips(skips, once, every=all_skips)
        return finish(_in_memory(given, once, progress, follow_links))


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
    index.store_info = StoreInfo("reused", stored.where, time.perf_counter() - t0)
    return index


def _in_memory(given: Path, warn: Warn, progress: Progress | None, follow_links: bool = False) -> CorpusIndex:
    docs = corpus_mod.load_corpus(given, warn, follow_links)
    index = CorpusIndex.build(docs, progress, warn=warn)
    index.store_info = StoreInfo("memory", None)
    return index


def _build(stored: Stored | None, where: Path, given: Path, entries: list[FileEntry], warn: Warn,
           progress: Progress | None, stage: Stage | None, workers: int | None, t0: float,
           rebuilt: bool) -> CorpusIndex:
    built_ns = time.time_ns()
    gen = f"g-{built_ns:x}-{os.getpid()}"
    tmp = where / f".tmp-{gen}"
    _clean(where, keep=None if stored is None else stored.manifest["generation"])
    tmp.mkdir(mode=PRIVATE_DIR)
    try:
        maker = _Maker(stored, given, entries, warn, progress, stage, workers)
        arrays, meta = maker.make(tmp)
        if stage:
            stage("writing", 0, 1)
        checksums = _write_generation(tmp, arrays)
        manifest = {
            "format": FORMAT, "bm25": [K1, B, EPSILON], "corpus": str(given.resolve()), "generation": gen,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "built_ns": built_ns,
            **meta, "checksums": checksums,
        }
        _publish(where, tmp, gen, manifest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fresh = Stored.load(where, given)
    assert fresh is not None
    index = fresh.index(given)
    info = maker.info
    if rebuilt and info.status == "built":
        info.status = "rebuilt"
    info.path = where
    info.seconds = time.perf_counter() - t0
    index.store_info = info
    return index
