"""Where does vis-network stop being fluid? Measure whole-region actor maps of growing size in Chromium.

For each size N (municipalities, ``regienet synth --shape clusters``: about 13 actors and 60–90 relations
per municipality) this script writes the whole-region actor map (``regienet map --full``), opens it in
headless Debian Chromium (``/usr/bin/chromium``, 1400 × 900) and measures:

- **first draw**: seconds from navigation until the page says its fitted picture is on screen
  (``html[data-state=drawn]``);
- **pan fps**: redraws per second while the mouse drags the map for 3 s in 60 small steps per second, as a
  person panning would (vis-network redraws on every drag move; ``afterDrawing`` events are counted);
- **redraw**: milliseconds for one full redraw of the fitted view (``network.redraw()``, synchronous in
  vis-network 9.1.2; the mean of 10), so ``1000 / redraw`` is the most frames a second the map can give
  whatever the input — independent of how fast playwright can move the mouse;
- **JS heap**: the page's used JavaScript heap after the first draw (DevTools ``Performance.getMetrics``,
  ``JSHeapUsedSize``);
- **tab**: the resident memory (``VmRSS``) of the renderer processes of this script's own Chromium after
  the first draw (found through ``/proc``: descendants of the browser process started with a marker
  argument, so that other Chromiums on a shared machine do not count), less that of a blank page in the
  same browser (the renderers' shared code, about 380 MB here, counted once per process). One page is
  open at a time.

Results are printed as a Markdown table. The machine is shared: run it when it is quiet, best of
``--repeat``. Timings are never asserted by the test suite (docs/maps.md quotes the numbers).

Usage::

    python benchmarks/map_fluid.py --sizes 10,50,100,200,400 --workdir /tmp/fluid
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
#: an argument Chromium ignores, to find this script's browser among the machine's processes
MARKER = f"--regienet-bench={uuid.uuid4().hex}"


def _proc(pid: str, name: str) -> str:
    try:
        with open(f"/proc/{pid}/{name}", "rb") as fh:
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


def renderer_rss_mb() -> float:
    """Resident memory of the renderers under the browser started with :data:`MARKER` (0 without /proc)."""
    pids = [p for p in os.listdir("/proc") if p.isdigit()] if os.path.isdir("/proc") else []
    parent = {}
    for p in pids:
        stat = _proc(p, "stat")
        if stat:
            parent[p] = stat.rsplit(")", 1)[-1].split()[1]
    roots = {p for p in pids if MARKER in _proc(p, "cmdline").replace("\0", " ")}
    total = 0.0
    for p in pids:
        if "--type=renderer" not in _proc(p, "cmdline"):
            continue
        q, seen = p, 0
        while q in parent and q not in roots and seen < 20:
            q, seen = parent[q], seen + 1
        if q in roots:
            for line in _proc(p, "status").splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
    return total


def make_map(n: int, work: Path) -> tuple[Path, int, int]:
    data = work / f"synth-{n}"
    if not (data / "actors.csv").exists():
        subprocess.run(["regienet", "synth", "-n", str(n), "--seed", "1", "-o", str(data)], check=True)
    out = work / f"map-{n}.html"
    subprocess.run(["regienet", "map", "--data", str(data), "--full", "-q", "-o", str(out)], check=True)
    actors = len((data / "actors.csv").read_text(encoding="utf-8").splitlines()) - 1
    relations = len((data / "relations.csv").read_text(encoding="utf-8").splitlines()) - 1
    return out, actors, relations


def blank_rss(browser) -> float:
    """The renderers' resident memory with a blank page open: the baseline the *tab* column leaves out."""
    page = browser.new_page()
    page.goto("about:blank")
    time.sleep(0.5)
    rss = renderer_rss_mb()
    page.close()
    return rss


def measure(browser, path: Path, baseline: float = 0.0) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-state=drawn]", state="attached", timeout=300_000)
    first = time.perf_counter() - start
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    heap = metrics.get("JSHeapUsedSize", 0.0) / 2**20
    tab = renderer_rss_mb() - baseline
    redraw = page.evaluate(
        "() => { const n = window.regienetMap.network; n.redraw(); const t = performance.now();"
        " for (let i = 0; i < 10; i++) { n.redraw(); } return (performance.now() - t) / 10; }"
    )
    page.evaluate(
        "() => { window.__draws = 0; window.regienetMap.network.on('afterDrawing', () => { window.__draws++; }); }"
    )
    box = page.locator("#map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    t0 = time.perf_counter()
    steps = 0
    while time.perf_counter() - t0 < 3.0:
        steps += 1
        direction = -1 if (steps // 30) % 2 else 1  # back and forth, 120 px each way
        page.mouse.move(x + 120 * direction * ((steps % 30) / 30), y + (steps % 7))
        time.sleep(1 / 60)
    page.mouse.up()
    elapsed = time.perf_counter() - t0
    draws = page.evaluate("window.__draws")
    page.close()
    return {"first": first, "fps": draws / elapsed, "heap": heap, "redraw": redraw, "tab": tab}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,50,100,200,400")
    ap.add_argument("--workdir", default="/tmp/regienet-fluid")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    print("| municipalities | actors | relations | page | first draw | redraw | pan fps | JS heap | tab |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=[*ARGS, MARKER])
        for n in (int(s) for s in args.sizes.split(",")):
            path, actors, relations = make_map(n, work)
            runs = [measure(browser, path, blank_rss(browser)) for _ in range(args.repeat)]
            best = {
                "first": min(r["first"] for r in runs),
                "fps": max(r["fps"] for r in runs),
                "heap": min(r["heap"] for r in runs),
                "redraw": min(r["redraw"] for r in runs),
                "tab": min(r["tab"] for r in runs),
            }
            mb = path.stat().st_size / 2**20
            rows.append((n, actors, relations, mb, best))
            print(
                f"| {n} | {actors:,} | {relations:,} | {mb:.1f} MB | {best['first']:.1f} s | {best['redraw']:.0f} ms "
                f"| {best['fps']:.0f} | {best['heap']:.0f} MB | {best['tab']:.0f} MB |",
                flush=True,
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
