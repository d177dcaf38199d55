"""The screenshots of docs/maps.md and docs/region.md, made from the bundled data in headless Chromium.

Writes into ``docs/img/`` (issue 28: look at what you make):

- ``map-zwevegem-{1400,1024}.png``: ``regienet map -m Zwevegem --gaps --lang nl``, and
  ``map-zwevegem-text-1400.png``, the same page with *Kaart als tekst* open;
- ``map-region-{1400,1024}.png``: ``regienet map`` (the whole region, English);
- ``region-view-{1400,1024}.png``: ``regienet map --view region --lang nl``;
- ``handout-zwevegem-{1400,1024}.png``: ``regienet workshop -m Zwevegem``, scrolled to its diagram;
- ``handout-region-{1400,1024}.png``: ``regienet workshop --region`` (page 1, the region view in print);
- ``map-and-handout-zwevegem.png``: the map of Zwevegem and the handout's diagram side by side.

Sizes are the viewport, 1400 × 900 (a laptop) and 1024 × 768 (a town-hall projector). The pictures use
Debian's chromium and the fonts it finds; run it again after a visual change and look at every image.

Usage::

    python scripts/docs_screenshots.py            # → docs/img/
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
SIZES = ((1400, 900), (1024, 768))


def regienet(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "regienet", *args], check=True, capture_output=True)


def main() -> int:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        maps = {
            "map-zwevegem": ("map", "-m", "Zwevegem", "--gaps", "--lang", "nl"),
            "map-region": ("map",),
            "region-view": ("map", "--view", "region", "--lang", "nl"),
        }
        for name, args in maps.items():
            regienet(*args, "-q", "-o", str(work / f"{name}.html"))
        regienet("workshop", "-m", "Zwevegem", "-o", str(work))
        regienet("workshop", "--region", "-o", str(work))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for width, height in SIZES:
                for name in maps:
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto((work / f"{name}.html").as_uri())
                    page.wait_for_selector("html[data-state=drawn]", state="attached", timeout=60_000)
                    page.wait_for_timeout(200)
                    page.screenshot(path=str(OUT / f"{name}-{width}.png"))
                    if name == "map-zwevegem" and width == 1400:
                        page.click("#text-toggle")
                        page.wait_for_timeout(100)
                        page.screenshot(path=str(OUT / "map-zwevegem-text-1400.png"))
                    page.close()
                for name, file, anchor in (
                    ("handout-zwevegem", "workshop-zwevegem.html", "#p2 h2"),
                    ("handout-region", "workshop-region.html", "#p1 h1"),
                ):
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto((work / file).as_uri())
                    page.evaluate("sel => document.querySelector(sel).scrollIntoView()", anchor)
                    page.wait_for_timeout(100)
                    page.screenshot(path=str(OUT / f"{name}-{width}.png"))
                    page.close()
            # side by side: the projected map and the printed diagram of the same network
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto((work / "workshop-zwevegem.html").as_uri())
            diagram = page.locator("#p2").screenshot()
            page.close()
            shot = (OUT / "map-zwevegem-1400.png").read_bytes()

            def uri(png: bytes) -> str:
                return "data:image/png;base64," + base64.b64encode(png).decode("ascii")

            page = browser.new_page(viewport={"width": 2200, "height": 900})
            page.set_content(
                '<html><body style="margin:0;display:flex;gap:16px;align-items:flex-start;background:#d5d9e0">'
                f'<img src="{uri(shot)}" style="height:900px"><img src="{uri(diagram)}" style="height:900px">'
                "</body></html>"
            )
            page.wait_for_timeout(200)
            width = page.evaluate("document.body.scrollWidth")
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(OUT / "map-and-handout-zwevegem.png"))
            page.close()
            browser.close()
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(ROOT), f"{png.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
