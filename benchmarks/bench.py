"""Benchmark regienet on synthetic regions of several shapes, as whole processes, against a floor.

For each shape (``--shapes``, default ``clusters,hubs``: see ``regienet synth
--help``) and each size N (default 13, 300 and 3,000 municipalities) this
script generates a region with ``regienet synth --shape S``, then times, as
separate processes, every command of issue 16: ``validate``, ``check --format
json``, ``report``, ``gaps``, ``region``, ``map``, ``map --view region``,
``export --to gexf``, ``workshop -m`` (the first municipality), ``whatif``
(the first municipality informing its first actor: ``--add M A informs``) and ``diff``
(against the region of the next seed, same shape and size) — a command missing
from this checkout is skipped, and the output says so — and the *floor*:
``benchmarks/floor.py``, which only reads both CSVs with pandas and builds the
networkx MultiDiGraph. Each measurement is the best wall time of ``--repeat``
runs; CPU time and peak RSS come from the child's own rusage (``os.wait4``),
so one big child does not mask the next.

It prints one Markdown table per shape (time, × floor, peak memory), how time
grows between the two largest sizes, ``regienet --help`` start-up time, and
the targets of issue 16 with met / NOT met per row. With ``--write`` the
results go into ``docs/benchmarks.md`` between the ``bench:start``/``bench:end``
markers, with the machine noted. Timings are never asserted by the test suite.

Usage::

    python benchmarks/bench.py                       # clusters and hubs; 13, 300, 3000; best of 3
    python benchmarks/bench.py --shapes clusters,hubs,flat,dense,grid --sizes 300,3000
    python benchmarks/bench.py --sizes 13 --repeat 1 --workdir /tmp/b
    python benchmarks/bench.py --only check,map      # some commands only
    python benchmarks/bench.py --write               # update docs/benchmarks.md
    python benchmarks/bench.py --cmd "regienet"      # another command prefix
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = Path(__file__).resolve().parent / "floor.py"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SHAPES = ("clusters", "hubs", "flat", "dense", "grid")  # as regienet.synth.SHAPES (tests/test_benchmark.py checks)

#: row label -> (subcommand and arguments; exit codes that mean success). Placeholders:
#: {data} the region, {other} the region of the next seed, {m} its first municipality, {a}
#: the first enterprise or support organisation seated there, {out} a file or folder in the
#: work directory for this run.
COMMANDS: dict[str, tuple[list[str], tuple[int, ...]]] = {
    "validate": (["validate", "--data", "{data}"], (0,)),
    "check": (["check", "--data", "{data}", "--format", "json"], (0, 1)),  # 1 = findings at or above --fail-on
    "report": (["report", "--data", "{data}"], (0,)),
    "gaps": (["gaps", "--data", "{data}"], (0,)),
    "region": (["region", "--data", "{data}"], (0,)),
    "map": (["map", "--data", "{data}", "-o", "{out}.html"], (0,)),
    "map --view region": (["map", "--view", "region", "--data", "{data}", "-o", "{out}.html"], (0,)),
    "export --to gexf": (["export", "--to", "gexf", "--data", "{data}", "-o", "{out}.gexf"], (0,)),
    "workshop -m": (["workshop", "-m", "{m}", "--data", "{data}", "-o", "{out}"], (0,)),
    "whatif": (["whatif", "-m", "{m}", "--add", "{m}", "{a}", "informs", "--data", "{data}"], (0,)),
    "diff": (["diff", "{data}", "{other}"], (0, 1)),
}

#: Issue 16's targets at N = 3,000 on every shape: × the floor, and peak memory in MB.
TARGET_RATIO = {"check": 2.0, "report": 3.0, "gaps": 3.0, "map": 5.0, "map --view region": 5.0, "export --to gexf": 3.0}
TARGET_MEMORY_MB = {
    "check": 1024,
    "report": 1024,
    "gaps": 1024,
    "map": 1024,
    "map --view region": 1024,
    "export --to gexf": 1536,
}
TARGET_GROWTH = 12.0  # 10× the data (300 → 3,000) costs ≤ 12× the time, for every command
TARGET_HELP_S = 0.3


@dataclass
class Run:
    """Best of several runs of one command."""

    wall: float = float("inf")
    cpu: float = float("inf")
    rss_mb: float = 0.0
    error: str = ""
    runs: list[float] = field(default_factory=list)


def measure(argv: list[str], repeat: int, ok: tuple[int, ...] = (0,), timeout: float = 3600) -> Run:
    """Run *argv* *repeat* times (stdout discarded); best wall and CPU time, largest peak RSS."""
    result = Run()
    for _ in range(repeat):
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
            status, usage = _wait(proc, timeout)
            wall = time.perf_counter() - start
            if status is None:
                result.error = f"timeout after {timeout:.0f} s"
                return result
            code = os.waitstatus_to_exitcode(status)
            if code not in ok:
                err.seek(0)
                tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
                result.error = f"exit {code}: " + " / ".join(tail)
                return result
        result.runs.append(wall)
        result.wall = min(result.wall, wall)
        result.cpu = min(result.cpu, usage.ru_utime + usage.ru_stime)
        scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
        result.rss_mb = max(result.rss_mb, usage.ru_maxrss * scale / 2**20)
    return result


def _wait(proc: subprocess.Popen, timeout: float):
    """``os.wait4`` on the child, with a timeout; ``(None, None)`` when it had to be killed."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return status, usage
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            proc.returncode = -9
            return None, None
        time.sleep(0.005)


def available(prefix: list[str], command: str) -> bool:
    """Whether this checkout has *command* (``regienet COMMAND --help`` exits 0)."""
    proc = subprocess.run([*prefix, command, "--help"], cwd=ROOT, capture_output=True, check=False)
    return proc.returncode == 0


def count_rows(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh) - 1


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, Python, pandas, networkx versions, date, load average."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "pandas": version("pandas"),
        "networkx": version("networkx"),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "load average at start (1, 5, 15 min)": load,
    }


def fmt_s(x: float) -> str:
    return "-" if x == float("inf") else f"{x:.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="13,300,3000", help="comma-separated municipality counts")
    ap.add_argument("--shapes", default="clusters,hubs", help=f"comma-separated synth shapes: {', '.join(SHAPES)}")
    ap.add_argument("--only", default="", help="comma-separated commands to run (default: all): " + ", ".join(COMMANDS))
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", default=None, help="where regions are generated (default: a temp dir)")
    ap.add_argument("--cmd", default=None, help="command prefix (default: this Python -m regienet)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per run before giving up")
    ap.add_argument("--write", action="store_true", help=f"write the results into {DOC.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--sizes must be whole numbers, not {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.repeat < 1:
        ap.error("--sizes and --repeat must be at least 1")
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    if not shapes or any(s not in SHAPES for s in shapes):
        ap.error(f"--shapes must name shapes of {', '.join(SHAPES)}, not {args.shapes!r}")
    wanted = [c.strip() for c in args.only.split(",") if c.strip()] or list(COMMANDS)
    if any(c not in COMMANDS for c in wanted):
        ap.error(f"--only must name commands of {', '.join(COMMANDS)}, not {args.only!r}")
    prefix = shlex.split(args.cmd) if args.cmd else [sys.executable, "-m", "regienet"]
    info = machine()

    with tempfile.TemporaryDirectory(prefix="regienet-bench-") as tmp:
        workdir = Path(args.workdir) if args.workdir else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        subcommands = sorted({COMMANDS[c][0][0] for c in wanted} | {"synth"})
        have = {c for c in subcommands if available(prefix, c)}
        present = [c for c in wanted if COMMANDS[c][0][0] in have]
        missing = [c for c in wanted if c not in present]
        out = ["## Results", ""]
        results: dict[str, dict[int, dict[str, Run]]] = {}
        for shape in shapes:
            lines, results[shape] = run_sizes(prefix, sizes, args, workdir, present, shape)
            out += [f"### Shape `{shape}`", "", *lines, ""]
            out += growth(sizes, results[shape], present, shape)
        help_run = measure([*prefix, "--help"], max(args.repeat, 5))
        bare = measure([sys.executable, "-c", "pass"], max(args.repeat, 5))
        heavy = heavy_imports_on_help(prefix)

    if missing:
        out += [f"Not benchmarked — not in this checkout: {', '.join(missing)}.", ""]
    out += [
        "### Start-up",
        "",
        f"- `regienet --help`: {fmt_s(help_run.wall)} s (best of {max(args.repeat, 5)}); "
        f"a bare `python -c pass` takes {fmt_s(bare.wall)} s on this machine.",
        f"- Heavy imports on the `--help` path (`-X importtime`): {heavy or 'none'}.",
        "",
    ]
    out += targets(sizes, results, help_run, heavy)
    out += ["### Machine", "", *[f"- {k}: {v}" for k, v in info.items()], ""]
    out += [
        f"Command prefix: `{' '.join(prefix)}`; shapes {', '.join(shapes)}; seed {args.seed} "
        f"(`diff` against seed {args.seed + 1}); best of {args.repeat}.",
        "",
    ]
    text = "\n".join(out)
    print(text)
    if args.write:
        write_doc(text)
        print(f"Wrote {DOC}", file=sys.stderr)
    return 0


def synth_argv(prefix: list[str], n: int, seed: int, shape: str, folder: Path) -> list[str]:
    return [*prefix, "synth", "-n", str(n), "--seed", str(seed), "--shape", shape, "-o", str(folder), "--force", "-q"]


def first_municipality(folder: Path) -> tuple[str, str]:
    """The first municipality in *folder*'s actors.csv and its first seated actor (for ``workshop`` and ``whatif``)."""
    import csv

    m = a = ""
    with (folder / "actors.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not m and row.get("kind") == "municipality":
                m = row["id"]
            elif m and row.get("kind") in ("enterprise", "support") and row.get("municipality") == m:
                a = row["id"]
                break
    return m, a


def run_sizes(prefix, sizes, args, workdir, present, shape="clusters"):
    """Generate each region of *shape* and time the floor and every present command; table lines + results."""
    header = "| N | actors | relations | command | wall s (best) | CPU s | × floor | peak RSS MB |"
    lines = [header, "|---:|---:|---:|---|---:|---:|---:|---:|"]
    results: dict[int, dict[str, Run]] = {}
    for n in sizes:
        data = workdir / f"{shape}-n{n}"
        runs: dict[str, Run] = {
            "synth": measure(synth_argv(prefix, n, args.seed, shape, data), 1, timeout=args.timeout)
        }
        if runs["synth"].error:
            lines.append(f"| {n} | | | synth | failed: {runs['synth'].error} | | | |")
            results[n] = runs
            continue
        other = workdir / f"{shape}-n{n}-seed{args.seed + 1}"
        if "diff" in present:
            measure(synth_argv(prefix, n, args.seed + 1, shape, other), 1, timeout=args.timeout)
        n_actors, n_rel = count_rows(data / "actors.csv"), count_rows(data / "relations.csv")
        runs["floor"] = measure([sys.executable, str(FLOOR), str(data)], args.repeat, timeout=args.timeout)
        m, a = first_municipality(data)
        values = {"data": str(data), "other": str(other), "m": m, "a": a}
        for name in present:
            argv, ok = COMMANDS[name]
            out = workdir / f"out-{shape}-{n}-{name.replace(' ', '_').replace('-', '')}"
            argv = [x.format(out=out, **values) for x in argv]
            runs[name] = measure([*prefix, *argv], args.repeat, ok, timeout=args.timeout)
        results[n] = runs
        floor = runs["floor"].wall
        for name, run in runs.items():
            if run.error:
                lines.append(f"| {n:,} | {n_actors:,} | {n_rel:,} | {name} | failed: {run.error} | | | |")
                continue
            ratio = "1.00" if name == "floor" else ("-" if name == "synth" else f"{run.wall / floor:.2f}")
            lines.append(
                f"| {n:,} | {n_actors:,} | {n_rel:,} | {name} | {fmt_s(run.wall)} "
                f"| {fmt_s(run.cpu)} | {ratio} | {run.rss_mb:.0f} |"
            )
        print(f"{shape}: N = {n:,} done", file=sys.stderr)
    return lines, results


def growth(sizes, results, present, shape="clusters") -> list[str]:
    """How time grows between the two largest sizes (300 → 3,000 by default)."""
    done = [n for n in sorted(set(sizes)) if "floor" in results.get(n, {})]
    if len(done) < 2:
        return []
    small, big = done[-2], done[-1]
    data = big / small
    out = [
        f"#### Growth of `{shape}` from N = {small:,} to N = {big:,} ({data:.0f}× the municipalities)",
        "",
        "| command | time × | time × per data × |",
        "|---|---:|---:|",
    ]
    for name in ["floor", *present]:
        a, b = results[small].get(name), results[big].get(name)
        if a and b and not a.error and not b.error:
            out.append(f"| {name} | {b.wall / a.wall:.1f} | {b.wall / a.wall / data:.2f} |")
    return [*out, ""]


def heavy_imports_on_help(prefix: list[str]) -> str:
    """Which of pandas, networkx, pyvis ``regienet --help`` imports (default prefix only)."""
    if prefix[:2] != [sys.executable, "-m"]:
        return "not checked (custom --cmd)"
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *prefix[1:], "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found = set()
    for line in proc.stderr.splitlines():
        name = line.rsplit("|", 1)[-1].strip()
        if name.split(".")[0] in ("pandas", "networkx", "pyvis"):
            found.add(name.split(".")[0])
    return ", ".join(sorted(found))


def targets(sizes, results, help_run: Run, heavy: str) -> list[str]:
    """The targets of issue 16, per shape, each with its measured value and met / NOT met."""
    out = ["### Targets (issue 16)", ""]

    def line(what: str, value: str, ok: bool) -> None:
        out.append(f"- {what}: {value} — {'met' if ok else 'NOT met'}")

    big = 3000 if 3000 in sizes else None
    for shape, by_n in results.items():
        runs = by_n.get(big, {}) if big else {}
        for name, limit in TARGET_RATIO.items():
            run, floor = runs.get(name), runs.get("floor")
            if run and floor and not run.error and not floor.error:
                ratio = run.wall / floor.wall
                line(f"`{shape}`: `{name}` ≤ {limit:g}× the floor at N = 3,000", f"{ratio:.2f}×", ratio <= limit)
        for name, limit in TARGET_MEMORY_MB.items():
            run = runs.get(name)
            if run and not run.error:
                line(
                    f"`{shape}`: peak memory of `{name}` < {limit / 1024:g} GB at N = 3,000",
                    f"{run.rss_mb:.0f} MB",
                    run.rss_mb < limit,
                )
        if 300 in by_n and big:
            for name in by_n[300]:
                if name in ("synth", "floor"):
                    continue
                a, b = by_n[300].get(name), runs.get(name)
                if a and b and not a.error and not b.error:
                    g = b.wall / a.wall
                    line(
                        f"`{shape}`: 10× the data costs ≤ 12× the time (`{name}`, 300 → 3,000)",
                        f"{g:.1f}×",
                        g <= TARGET_GROWTH,
                    )
    line("`regienet --help` ≤ 0.3 s", f"{fmt_s(help_run.wall)} s", help_run.wall <= TARGET_HELP_S)
    line("no pandas/networkx/pyvis on the `--help` path", heavy or "none", not heavy)
    if not big:
        out.append("- (run sizes 300 and 3000 to check the timing and memory targets)")
    return [*out, ""]


def write_doc(text: str) -> None:
    """Replace the text between the markers in docs/benchmarks.md (create the file if missing)."""
    block = f"{START}\n{text.rstrip()}\n{END}"
    if DOC.exists():
        doc = DOC.read_text(encoding="utf-8")
        if START in doc and END in doc:
            head, rest = doc.split(START, 1)
            doc = head + block + rest.split(END, 1)[1]
        else:
            doc = doc.rstrip() + "\n\n" + block + "\n"
    else:
        doc = "# Benchmarks\n\nGenerated by `python benchmarks/bench.py --write`.\n\n" + block + "\n"
    tmp = DOC.with_suffix(".md.tmp")
    tmp.write_text(doc, encoding="utf-8")
    os.replace(tmp, DOC)


if __name__ == "__main__":
    sys.exit(main())
