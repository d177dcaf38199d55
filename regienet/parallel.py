"""Per-municipality work in a process pool (``--jobs N``), with the same result as running it serially.

The rules and the connectivity metrics look at one municipality at a time and
read the :class:`~regienet.model.Region` without changing what it answers
(its caches only save work), so municipalities can be computed in separate
processes. :func:`map_municipalities` forks ``jobs - 1`` worker processes that
inherit the region built by the parent (``fork`` start method: nothing is
pickled on the way in) and hands them chunks of municipalities from the
start of the list; the parent is the last of the *jobs* processes: it runs
the region-wide work that does not wait for the municipalities, then takes
chunks from the end until it meets the workers. The results are collected
in municipality order — so the output is byte-identical to ``--jobs 1``.

What stays serial, and bounds the speed-up (the ceiling): loading and
validating the data, building the region's indexes, unpickling and merging
the results, and writing the output (the region rules of ``check`` run in
the parent while the workers check the municipalities). On the 2-core
machine of docs/benchmarks.md that is over half of ``check`` at 3,000
municipalities: two processes make it about a sixth faster, ``report``
about a quarter.

Below :data:`MIN_PARALLEL` municipalities, or where ``fork`` is not available
(Windows, macOS' default), the work runs serially: starting the pool and
sending the results back cost more than they save.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from queue import SimpleQueue
from typing import Any, cast

#: Fewer municipalities than this run serially whatever ``--jobs`` says: the pool's start-up and the
#: pickling of the results back cost about as much as the work they share out (measured on the 2-core
#: machine of docs/benchmarks.md: at 300 municipalities, two processes save nothing measurable).
MIN_PARALLEL = 400
#: Municipalities per task: small enough to keep both cores busy to the end, large enough that the
#: per-task overhead (a pickled list of results) stays small.
CHUNK = 50

_state: tuple[Callable[..., Any], tuple[Any, ...]] | None = None


def default_jobs() -> int:
    """The default of ``--jobs``: the cores this process may use, and 1 when the ``CI`` variable is set."""
    if os.environ.get("CI"):
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """True where the ``fork`` start method exists (the workers then share the parent's region)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _call(func: Callable[..., Any], args: tuple[Any, ...], m: str) -> Any:
    """``func(*args, m)``, then the cyclic garbage of that call freed when the collector is off.

    The console script turns the cyclic collector off (``regienet.cli.main``), but every networkx graph
    is a reference cycle (it caches views of itself), so each municipality's graphs stayed in memory to
    the end of the run — about 300 MB for ``report`` at 3,000 municipalities. Collecting the youngest
    generation after each municipality scans only what that municipality allocated since.
    """
    out = func(*args, m)
    if not gc.isenabled():
        gc.collect(0)
    return out


def _run_chunk(chunk: Sequence[str]) -> list[Any]:
    if _state is None:  # pragma: no cover - set by map_municipalities before the pool forks
        raise RuntimeError("map_municipalities: worker started without work")
    func, args = _state
    return [_call(func, args, m) for m in chunk]


def _worker(chunks: Sequence[Sequence[str]], bounds: Any, conn: Connection, parent: int) -> None:
    """A forked worker: take chunks from the start of *bounds* (``[next from the start, end]``) until it meets
    the parent, and send ``(index, results)`` pickled on *conn* (or ``(-1, exception)`` and stop).

    A thread of the worker writes to the pipe, so that the worker goes on with the next chunk while the parent
    is busy with its own and does not read: a pipe holds only 64 KB, a chunk's results about 150 KB.
    """
    outbox: SimpleQueue[bytes | None] = SimpleQueue()

    def send() -> None:
        try:
            while (data := outbox.get()) is not None:
                conn.send_bytes(data)
        except OSError:  # the parent has gone (it raised, or was interrupted): nothing to send to
            pass

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        while os.getppid() == parent:  # a parent that was killed leaves no reader: stop, not go on alone
            with bounds.get_lock():
                i = bounds[0]
                if i >= bounds[1]:
                    break
                bounds[0] = i + 1
            outbox.put(pickle.dumps((i, _run_chunk(chunks[i])), pickle.HIGHEST_PROTOCOL))
    except BaseException as error:  # raised again in the parent
        try:
            data = pickle.dumps((-1, error), pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception that cannot be pickled: its name and text
            data = pickle.dumps((-1, RuntimeError(f"{type(error).__name__}: {error}")), pickle.HIGHEST_PROTOCOL)
        outbox.put(data)
    outbox.put(None)
    sender.join()
    conn.close()


def map_municipalities(
    func: Callable[..., Any],
    municipalities: Sequence[str],
    *args: Any,
    jobs: int = 1,
    step: Callable[[], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Any]:
    """``[func(*args, m) for m in municipalities]``, in that order, on *jobs* processes.

    *func* must read, not change, what its arguments answer (a cache is fine).
    *step*, if given, is called once per municipality as results arrive (a
    progress bar's advance). *meanwhile*, if given, is called once in this
    process while the workers run (serially: after the municipalities) — the
    region-wide work that would otherwise wait for them. Runs serially when
    ``jobs <= 1``, below :data:`MIN_PARALLEL` municipalities, or where
    ``fork`` is not available. An exception in a worker is raised here, as
    it would be serially; a worker that dies raises :class:`RuntimeError`.

    How the work is shared: the chunks of :data:`CHUNK` municipalities are
    numbered; a shared pair ``[next from the start, end]`` under a lock hands
    them out, the workers from the start and this process from the end, so
    that nobody waits for anybody to be given work. Each worker sends each
    chunk's results on its own pipe as it finishes them (a thread of the
    worker writes, so it never waits for this process to read); this process
    takes what has arrived between its own chunks. Only the worker holds the
    writing end of its pipe, so a worker that dies is seen here as the end of
    its pipe. (A ``ProcessPoolExecutor`` fed the workers from a thread of this
    process, which had to win the interpreter lock from the rules running
    here: its worker idled about 40 % of the time at 3,000 municipalities.)
    """
    global _state
    munis = list(municipalities)
    if jobs <= 1 or len(munis) < MIN_PARALLEL or not can_fork():
        out = []
        for m in munis:
            out.append(_call(func, args, m))
            if step is not None:
                step()
        if meanwhile is not None:
            meanwhile()
        return out
    chunks = [munis[i : i + CHUNK] for i in range(0, len(munis), CHUNK)]
    parts: list[list[Any] | None] = [None] * len(chunks)
    context = multiprocessing.get_context("fork")
    bounds = context.Array("l", [0, len(chunks)])  # [next chunk from the start, one past the last left]
    readers: list[Connection] = []  # one per worker still sending

    def done(i: int) -> None:
        """Chunk *i* is in *parts*: one progress step per municipality."""
        for _ in range(len(chunks[i]) if step is not None else 0):
            step()  # type: ignore[misc]  # not None here

    def receive(timeout: float | None) -> None:
        """Take what the workers have sent into *parts* (waiting up to *timeout* s for something; None: no limit)."""
        for reader in wait(readers, timeout):
            conn = cast(Connection, reader)
            try:
                i, part = pickle.loads(conn.recv_bytes())
            except EOFError:  # that worker has sent everything, or has died
                readers.remove(conn)
                conn.close()
                continue
            if i < 0:
                raise part
            parts[i] = part
            done(i)

    _state = (func, args)
    workers = []
    try:
        for _ in range(min(jobs - 1, len(chunks))):
            reader, writer = context.Pipe(duplex=False)
            worker = context.Process(target=_worker, args=(chunks, bounds, writer, os.getpid()), daemon=True)
            worker.start()
            writer.close()  # this process's copy: the worker's end of the pipe is then the only one
            workers.append(worker)
            readers.append(reader)
        if meanwhile is not None:
            meanwhile()
        while True:  # this process: chunks from the end, taking what the workers sent in between
            with bounds.get_lock():
                i = bounds[1] - 1
                if i < bounds[0]:
                    break
                bounds[1] = i
            parts[i] = _run_chunk(chunks[i])
            done(i)
            receive(0)
        while any(part is None for part in parts):  # the workers' chunks still on their way
            if not readers:
                codes = ", ".join(str(w.exitcode) for w in workers)
                raise RuntimeError(f"a --jobs worker process ended before sending its results (exit codes {codes})")
            receive(None)
    finally:
        _state = None
        for reader in readers:
            reader.close()
        for worker in workers:
            if worker.is_alive() and any(part is None for part in parts):
                worker.terminate()  # after an error: its results are not wanted
            worker.join()
    return [result for part in parts for result in cast(list[Any], part)]
