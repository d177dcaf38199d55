"""Per-municipality work in a process pool (``--jobs N``), with the same result as running it serially.

The rules and the connectivity metrics look at one municipality at a time and
read the :class:`~regienet.model.Region` without changing what it answers
(its caches only save work), so municipalities can be computed in separate
processes. :func:`map_municipalities` runs the standard library's
:class:`concurrent.futures.ProcessPoolExecutor` with ``jobs - 1`` workers
forked from this process (``fork`` start method: they inherit the region,
nothing is pickled on the way in but a chunk's number). The chunks of
:data:`CHUNK` municipalities are all submitted at once; the workers take
them from the start, and this process — the last of the *jobs* processes —
first runs the region-wide work that does not wait for the municipalities,
then takes chunks from the end until it meets the workers (a shared pair
``[first chunk no worker has taken, first chunk this process has taken]``
under a lock; a worker handed a chunk this process took returns at once). The results are
put together in municipality order — so the output is byte-identical to
``--jobs 1``.

Faults end cleanly (issue 26):

* **a worker never outlives this process**, whatever ends it (``kill -9``
  included): each worker asks the Linux kernel for ``SIGKILL`` when its
  parent dies (``prctl(PR_SET_PDEATHSIG)``), and checks after that whether
  the parent already died while it started. Workers ignore Ctrl-C: the
  parent handles it and kills them;
* **a worker that dies or is stopped does not hang the run**: a dead worker
  breaks the pool (:class:`~concurrent.futures.process.BrokenProcessPool`,
  seen at once), a stopped one (``SIGSTOP``, state ``T`` in ``/proc``) is
  noticed after :data:`STOPPED_GRACE` seconds of polling. Either way the
  workers are killed and this process computes the chunks still missing
  itself — the functions are deterministic, so the output is still that of
  ``--jobs 1`` — and says so on stderr;
* an exception raised by the work in a worker is raised here, as serially.

What stays serial, and bounds the speed-up (the ceiling): loading and
validating the data, building the region's indexes, unpickling and merging
the results, and writing the output (the region rules of ``check`` run here
while the workers check the municipalities).

Below :data:`MIN_PARALLEL` municipalities, or where ``fork`` is not available
(Windows, macOS' default), the work runs serially: starting the pool and
sending the results back cost more than they save.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any

__all__ = [
    "CHUNK",
    "MIN_PARALLEL",
    "POLL",
    "STOPPED_GRACE",
    "can_fork",
    "default_jobs",
    "die_with_parent",
    "map_municipalities",
]

#: Fewer municipalities than this run serially whatever ``--jobs`` says: the pool's start-up and the
#: pickling of the results back cost about as much as the work they share out (measured on the 2-core
#: machine of docs/benchmarks.md: at 300 municipalities, two processes save nothing measurable).
MIN_PARALLEL = 400
#: Municipalities per task: small enough to keep both cores busy to the end, large enough that the
#: per-task overhead (a pickled list of results) stays small.
CHUNK = 50
#: Seconds between two looks at the workers while this process waits for them.
POLL = 0.5
#: A worker seen stopped (``SIGSTOP``, a debugger) for this many seconds is given up on.
STOPPED_GRACE = 2.0
#: ``PR_SET_PDEATHSIG`` of ``<linux/prctl.h>``.
_PR_SET_PDEATHSIG = 1

_state: tuple[Callable[..., Any], tuple[Any, ...], list[list[str]], Any] | None = None


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


def _run_chunk(i: int) -> list[Any]:
    """The results of chunk *i* (in a worker, or in this process)."""
    if _state is None:  # pragma: no cover - set by map_municipalities before the pool forks
        raise RuntimeError("map_municipalities: worker started without work")
    func, args, chunks, _bounds = _state
    return [_call(func, args, m) for m in chunks[i]]


def _worker_chunk(i: int) -> list[Any] | None:
    """In a worker: chunk *i*'s results, or None when the parent has taken it already (from the end)."""
    assert _state is not None
    bounds = _state[3]
    with bounds.get_lock():
        if i >= bounds[1]:
            return None
        bounds[0] = max(bounds[0], i + 1)
    return _run_chunk(i)


def die_with_parent() -> None:
    """Ask the kernel to ``SIGKILL`` this process when its parent ends (Linux; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):  # pragma: no cover - Linux only
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl: the parent's checks remain
        pass


def _init_worker(parent: int) -> None:
    """Each worker, as it starts: die with the parent, leave Ctrl-C to it, and stop if it is already gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the console script's handler (cli.run): just end
    die_with_parent()
    if os.getppid() != parent:  # the parent died before prctl took effect: nobody to work for
        os._exit(0)


def _stopped(pid: int) -> bool:
    """True when process *pid* is stopped (``SIGSTOP``, ``SIGTSTP``, traced), from ``/proc`` (False elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] in ("T", "t")
    except (OSError, IndexError):
        return False


def _lost(reason: str) -> None:
    """One line on stderr: a worker was lost and this process finishes its work."""
    from regienet.i18n import resolve_language, t

    lang = resolve_language(None)
    with_warning = f"{t('cli.warning', lang)}: {t('jobs.worker_lost', lang, reason=reason)}"
    with contextlib.suppress(OSError, ValueError):  # stderr closed
        print(with_warning, file=sys.stderr, flush=True)


def map_municipalities(
    func: Callable[..., Any],
    municipalities: Sequence[str],
    *args: Any,
    jobs: int = 1,
    step: Callable[[], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Any]:
    """``[func(*args, m) for m in municipalities]``, in that order, on *jobs* processes.

    *func* must read, not change, what its arguments answer (a cache is fine), and give the same result
    wherever it runs. *step*, if given, is called once per municipality as results arrive (a progress
    bar's advance). *meanwhile*, if given, is called once in this process while the workers run
    (serially: after the municipalities) — the region-wide work that would otherwise wait for them.
    Runs serially when ``jobs <= 1``, below :data:`MIN_PARALLEL` municipalities, or where ``fork`` is
    not available. An exception in a worker is raised here, as it would be serially; a worker that
    dies or stays stopped is given up on, and its municipalities are computed here (see the module).
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

    def keep(i: int, part: list[Any]) -> None:
        parts[i] = part
        for _ in range(len(part) if step is not None else 0):
            step()  # type: ignore[misc]  # not None here

    context = multiprocessing.get_context("fork")
    bounds = context.Array("l", [0, len(chunks)])  # [first chunk no worker has taken, first the parent has]
    _state = (func, args, chunks, bounds)
    pool = cf.ProcessPoolExecutor(
        max_workers=min(jobs - 1, len(chunks)),
        mp_context=context,
        initializer=_init_worker,
        initargs=(os.getpid(),),
    )
    workers: list[Any] = []
    clean = False
    try:
        futures = [pool.submit(_worker_chunk, i) for i in range(len(chunks))]
        workers = list(pool._processes.values())  # forked at the first submit (the fork start method)

        def collect() -> None:
            for i, part in enumerate(parts):
                if part is None and futures[i].done():
                    got = futures[i].result()  # a worker's exception is raised here (a broken pool's too)
                    if got is not None:  # None: a chunk this process took
                        keep(i, got)

        if meanwhile is not None:
            meanwhile()
        stopped_since: dict[int, float] = {}
        try:
            while True:  # this process: chunks from the end, until it meets the workers
                with bounds.get_lock():
                    i = bounds[1] - 1
                    if i < bounds[0]:
                        break
                    bounds[1] = i
                keep(i, _run_chunk(i))
                collect()
            while any(part is None for part in parts):  # the workers' chunks still on their way
                waiting = [futures[i] for i, part in enumerate(parts) if part is None]
                cf.wait(waiting, timeout=POLL, return_when=cf.FIRST_COMPLETED)
                collect()
                now = time.monotonic()
                for w in workers:
                    if w.pid is not None and _stopped(w.pid):
                        if now - stopped_since.setdefault(w.pid, now) >= STOPPED_GRACE:
                            raise _WorkerStopped(w.pid)
                    else:
                        stopped_since.pop(w.pid, None)
        except (BrokenProcessPool, _WorkerStopped) as exc:
            _kill(workers)
            pool.shutdown(wait=False)  # no cancel_futures: 3.11 trips over a cancelled one
            _lost(str(exc) if isinstance(exc, _WorkerStopped) else _exit_codes(workers))
            for i, part in enumerate(parts):
                if part is None:
                    keep(i, _run_chunk(i))
        clean = True
    finally:
        _state = None
        if not clean:  # an error or Ctrl-C: the workers' results are not wanted
            _kill(workers)
            pool.shutdown(wait=False)  # no cancel_futures: 3.11 trips over a cancelled one
        else:
            pool.shutdown(wait=True)
    return [result for part in parts for result in part or ()]


class _WorkerStopped(Exception):
    def __init__(self, pid: int):
        super().__init__(f"pid {pid} stopped")


def _kill(workers: Sequence[Any]) -> None:
    """SIGKILL every worker (a stopped one too) and reap it."""
    for w in workers:
        if w.is_alive():
            w.kill()
    for w in workers:
        w.join(5)


def _exit_codes(workers: Sequence[Any]) -> str:
    return "exit codes " + ", ".join(str(w.exitcode) for w in workers)
