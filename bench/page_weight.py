"""Page weight: what a visitor's browser transfers, compressed, on a first and a second visit.

Starts the site on a throw-away SQLite database with the seed content and, for each language
in LANGUAGES, loads its home page in Chromium with an empty cache and then a second page
(its /sportelli/), and reports the compressed size of everything each visit fetches:
Italian (the default), Arabic (the mirrored right-to-left stylesheet and the Arabic fonts)
and Macedonian (the Cyrillic fonts), the pages that download the most:

- static files (CSS, JS, fonts, icons) as the production stack serves them: pre-compressed
  with Brotli at the highest level (WhiteNoise), and cached forever under hashed names, so
  the second page fetches only what the first did not;
- HTML as a reverse proxy compresses it on the fly (Brotli level 5).

Usage: `make weight` (or `.venv/bin/python bench/page_weight.py`). Writes
bench/results/page-weight.json. Targets, in every language: first visit <= 150 KB, second
page <= 20 KB; exits with status 1 when a language is over one.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import brotli

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS = BASE_DIR / "bench" / "results" / "page-weight.json"
TARGETS = {"first_visit": 150 * 1024, "second_page": 20 * 1024}
# Each language's first visit and second page, under its prefix (Italian has none).
LANGUAGES = {"it": "", "ar": "/ar", "mk": "/mk"}
PAGES = {"first_visit": "/", "second_page": "/sportelli/"}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def compressed_size(body, content_type):
    quality = 5 if content_type.startswith("text/html") else 11
    return len(brotli.compress(body, quality=quality))


def start_site(workdir):
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{workdir / 'weight.sqlite3'}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    for command in (["migrate", "--no-input", "-v", "0"], ["seed_content"]):
        subprocess.run([*manage, *command], env=env, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the site did not start")


def visit(page, url, seen):
    fetched = []

    def on_response(response):
        if response.request.method != "GET" or response.status >= 300:
            return
        path = urlsplit(response.url).path
        is_static = path.startswith("/static/")
        if is_static and path in seen:
            return  # cached forever under its hashed name in production
        body = response.body()
        content_type = response.headers.get("content-type", "")
        fetched.append(
            {
                "path": path,
                "type": content_type.split(";")[0],
                "bytes": len(body),
                "compressed": compressed_size(body, content_type),
            }
        )
        if is_static:
            seen.add(path)

    page.on("response", on_response)
    page.goto(url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", on_response)
    return fetched


def main():
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="page-weight-"))
    server, base = start_site(workdir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS
            )
            report = {}
            for code, prefix in LANGUAGES.items():
                # A new context for each language: an empty cache, as on a first visit.
                context = browser.new_context(viewport={"width": 360, "height": 800})
                page = context.new_page()
                seen = set()
                report[code] = {
                    name: visit(page, base + prefix + path, seen) for name, path in PAGES.items()
                }
                context.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)

    summary = {}
    over = []
    for code, visits in report.items():
        summary[code] = {}
        for name, files in visits.items():
            total = sum(item["compressed"] for item in files)
            summary[code][name] = {
                "path": LANGUAGES[code] + PAGES[name],
                "compressed_bytes": total,
                "target_bytes": TARGETS[name],
                "files": files,
            }
            verdict = "within target" if total <= TARGETS[name] else "OVER TARGET"
            if total > TARGETS[name]:
                over.append(f"{code} {name}")
            print(
                f"{code} {name} ({LANGUAGES[code] + PAGES[name]}): {total / 1024:.1f} KB "
                f"compressed ({verdict}, {TARGETS[name] // 1024} KB)"
            )
            for item in sorted(files, key=lambda item: -item["compressed"]):
                print(f"  {item['compressed'] / 1024:7.1f} KB  {item['type']:<24} {item['path']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(BASE_DIR)}")
    if over:
        print("over target: " + ", ".join(over))
        sys.exit(1)


if __name__ == "__main__":
    main()
