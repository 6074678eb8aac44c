"""An index built and searched on a Dask cluster, giving exactly what one machine gives.

The index on a cluster is the ordinary segmented index, kept where every worker and the
client can read it (a shared or network file system). A build reads the corpus here, as
one machine does, and sends each segment's documents to a worker, which splits,
tokenizes and writes the segment; the manifest that lists them is written here last,
with the corpus-wide statistics, so the index is the one a single machine would make
(segments as the cluster wrote them). A shard is a run of segments; a query is sent to
every shard on the worker that holds it (each worker opens the index once and keeps it),
each shard returns its k best sentences with the scores one index gives them, and the
lists are merged here, where answers are read from the global best passages.

Dask (`dask`, `distributed`) is the optional `cluster` extra; nothing here imports it
until a cluster is asked for.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Self

import numpy as np

from qa.errors import QAError

CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler ($NEWSQA_CLUSTER_TIMEOUT)
QUERY_TIMEOUT = 120.0  # seconds a shard may take to answer before the query fails, naming it
INFLIGHT_PER_WORKER = 2  # segments sent to the cluster at once, per worker (bounds the client's memory)
_OPEN: dict[tuple[str, int], Any] = {}  # on a worker: the indexes it opened, by (folder, build time)
_OPEN_LOCK = threading.Lock()


def dask_available() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def _brief(exc: BaseException) -> str:
    """An exception's message on one line, shortened."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:199] + "…"


class Cluster:
    """A connection to a Dask scheduler (or a LocalCluster started here, closed with it)."""

    def __init__(self, client: Any, local: Any = None, address: str = "") -> None:
        self.client, self.local, self.address = client, local, address
        self._workers: list[str] | None = None
        self._asked = 0.0

    def workers(self) -> list[str]:
        """The workers' addresses, sorted (shards go to them in this order); asked of the scheduler
        at most once a second."""
        now = time.monotonic()
        if self._workers is None or now - self._asked > 1.0 or not self._workers:
            self._workers = sorted(self.client.scheduler_info()["workers"])
            self._asked = now
        return self._workers

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.local is not None:
                self.local.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(address: str) -> Cluster:
    """`local` or `local:N` starts N worker processes here (default 2); anything else is a
    scheduler's address (`tcp://host:8786`). A scheduler that cannot be reached is a QAError."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise QAError("--cluster needs Dask: pip install 'newsqa[cluster]'") from None
    if address == "local" or address.startswith("local:"):
        n_text = address.partition(":")[2] or "2"
        if not n_text.isdigit() or not 1 <= int(n_text) <= 256:
            raise QAError(f"--cluster {address!r}: local:N wants N worker processes, 1 to 256")
        with warnings.catch_warnings():  # "port 8787 is in use" when another cluster runs here: it takes another
            warnings.simplefilter("ignore", UserWarning)
            local = LocalCluster(n_workers=int(n_text), threads_per_worker=1, processes=True, host="127.0.0.1",
                                 dashboard_address=None, silence_logs=logging.CRITICAL)
        return Cluster(Client(local, set_as_default=False), local, address)
    try:
        wait = float(os.environ.get("NEWSQA_CLUSTER_TIMEOUT") or CONNECT_TIMEOUT)
        client = Client(address, timeout=f"{wait}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise QAError(f"cannot reach the Dask scheduler at {address} ({exc.__class__.__name__}: "
                      f"{_brief(exc) or 'no answer'})") from None
    return Cluster(client, None, address)


class Remote:
    """What a build asks of the cluster: run a segment's build on some worker, and its result."""

    def __init__(self, cluster: Cluster, shards: int, on_state: Callable[[str], None] | None = None) -> None:
        self.cluster = cluster
        self.shards = shards
        self.max_inflight = max(1, INFLIGHT_PER_WORKER * len(cluster.workers()))
        self.on_state = on_state
        self.sent = 0
        self.written = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """fn(*args) on some worker. The documents go in the task itself, which the scheduler keeps
        until it is done: when a worker dies, the task runs again elsewhere (data scattered to a
        worker would die with it). At most max_inflight segments' documents are out at once."""
        self.sent += 1
        self._say()
        with warnings.catch_warnings():  # "Sending large graph": a segment's documents, on purpose
            warnings.simplefilter("ignore", UserWarning)
            return self.cluster.client.submit(fn, *args, pure=False, retries=1)

    def result(self, future: Any, seg: int) -> Any:
        try:
            got = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker's error, or KilledWorker: said in one line
            raise QAError(f"segment {seg} could not be built on the cluster ({exc.__class__.__name__}: "
                          f"{_brief(exc)}); run the build again: segments already written are kept") from None
        self.written += 1
        self._say()
        return got

    def _say(self) -> None:
        if self.on_state:
            self.on_state(f"{self.written} of {self.sent} segments written, {self.sent - self.written} on workers")


def _opened(where: str, corpus: str, built_ns: int) -> Any:
    """On a worker: the index at `where` as built at built_ns, opened once and kept."""
    key = (where, built_ns)
    with _OPEN_LOCK:
        found = _OPEN.get(key)
        if found is not None:
            return found
        from qa.store import Stored

        stored = Stored.load(Path(where), Path(corpus))
        if stored is None or stored.manifest["built_ns"] != built_ns:
            raise RuntimeError(f"the index at {where} changed since the query was sent")
        index = stored.index(Path(corpus))
        for old in [k for k in _OPEN if k[0] == where]:  # an older build of the same index
            del _OPEN[old]
        _OPEN[key] = index
        return index


def shard_top_k(where: str, corpus: str, built_ns: int, segments: list[int], query: list[str], k: int,
                weights: list[float] | None, allow_bits: np.ndarray | None, n_rows: int) -> tuple[np.ndarray, np.ndarray]:
    """On a worker: one shard's k best sentences (global rows, scores) for a query."""
    bm = _opened(where, corpus, built_ns).bm25
    allow = None if allow_bits is None else np.unpackbits(allow_bits, count=n_rows).astype(bool)
    return bm.top_k(query, k, weights, allow, only=segments)  # type: ignore[no-any-return]


def preload(where: str, corpus: str, built_ns: int) -> int:
    """On a worker: open the index now (so the first query does not wait for it); its sentences."""
    return int(_opened(where, corpus, built_ns).bm25.n_docs)


class ClusterBM25:
    """An index's BM25 whose top_k is scattered to the shards on the cluster and gathered here.
    Everything else (vocabulary, idf, get_scores) is the local index's, over the same files."""

    def __init__(self, local: Any, cluster: Cluster, where: Path, corpus: Path, built_ns: int, shards: int) -> None:
        self.local = local
        self.cluster = cluster
        self.where, self.corpus, self.built_ns = str(where), str(corpus), built_ns
        n = len(local.parts)
        s = max(1, min(shards, n))
        self.shards = [list(range(j * n // s, (j + 1) * n // s)) for j in range(s)]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.local, name)

    def warm(self) -> None:
        """Open the index on every worker."""
        client = self.cluster.client
        futures = [client.submit(preload, self.where, self.corpus, self.built_ns, workers=[w], pure=False)
                   for w in self.cluster.workers()]
        self._gather(futures, "opening the index")

    def top_k(self, query: Sequence[str], k: int = 10, weights: Sequence[float] | None = None,
              allow: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        from qa.bm25 import _best

        if k <= 0 or not any(self.local.df(t) for t in query):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        client = self.cluster.client
        workers = self.cluster.workers()
        if not workers:  # all gone, maybe being restarted: wait a while for one
            try:
                client.wait_for_workers(1, timeout=QUERY_TIMEOUT)
            except (TimeoutError, OSError):
                raise QAError(f"the Dask cluster at {self.cluster.address} has no workers") from None
            workers = self.cluster.workers()
        bits = None if allow is None else np.packbits(allow)
        tag = uuid.uuid4().hex
        futures = [client.submit(shard_top_k, self.where, self.corpus, self.built_ns, shard, list(query), k,
                                 None if weights is None else [float(w) for w in weights], bits, self.local.n_docs,
                                 workers=[workers[j % len(workers)]], allow_other_workers=True,
                                 key=f"qa-top-k-{tag}-{j}")
                   for j, shard in enumerate(self.shards)]
        got = self._gather(futures, "a query")
        ids = np.concatenate([g[0] for g in got]).astype(np.int64)
        return _best(ids, np.concatenate([g[1] for g in got]), k) if len(ids) else (ids, np.zeros(0))

    def _gather(self, futures: list[Any], what: str) -> list[Any]:
        out = []
        for j, f in enumerate(futures):
            try:
                out.append(f.result(timeout=QUERY_TIMEOUT))
            except Exception as exc:  # noqa: BLE001 - whatever the shard's worker raised: said in one line
                for other in futures:
                    other.cancel()
                raise QAError(f"shard {j} of the index could not be served by the cluster during {what} "
                              f"({exc.__class__.__name__}: {_brief(exc)})") from None
        return out


def attach(index: Any, corpus: Path, cluster: Cluster) -> Any:
    """The index, its retrieval now done by the cluster's workers (a stored index only)."""
    where = index.store_info.path if index.store_info is not None else None
    if where is None:
        raise QAError("--cluster needs the persistent index (not --no-cache), kept where the workers can read it")
    manifest = json.loads((Path(where) / "manifest.json").read_text(encoding="utf-8"))
    index.bm25 = ClusterBM25(index.bm25, cluster, Path(where), corpus, int(manifest["built_ns"]),
                             int(manifest.get("shards", 1)) if manifest.get("shards", 1) > 1
                             else len(cluster.workers()))
    index.bm25.warm()
    return index
