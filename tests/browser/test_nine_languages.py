"""The help path in each of the nine languages, in real Chromium (issue 15, "done means"):
no WCAG 2.2 AA violation at 360 and 1280 px, no sideways scroll at 320 px, the quick exit
in all three ways, the desks' phone numbers, and a language switcher that fits a phone."""

import re

import pytest
from django.conf import settings

from pages.seed import content

from .conftest import QUICK_EXIT_DESTINATION
from .test_accessibility import run_axe

CODES = [code for code, _name in settings.LANGUAGES]

# Every page of the help path: home, desk list, desk pages (a desk, the 24-hour centre, a
# confidential place), comune pages (mapped and unmapped), and the help pages.
HELP_PATH = [
    "/",
    "/sportelli/",
    "/sportelli/spazio-anna-c/",
    "/sportelli/orecchio-di-venere/",
    "/sportelli/posto-letto-segreto-asl-at/",
    "/sportelli/comune/005005/",
    "/sportelli/comune/005001/",
    "/navigare-in-sicurezza/",
    "/cosa-succede-quando-chiami/",
    "/se-non-puoi-parlare/",
    "/riconoscere-la-violenza/",
]


def in_language(path, code):
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


@pytest.mark.parametrize("width", [360, 1280])
def test_the_help_path_has_no_wcag_violations_in_any_language(open_page, site, axe_source, width):
    visit = open_page(width=width)
    problems = []
    for code in CODES:
        for path in HELP_PATH:
            url = site + in_language(path, code)
            response = visit.page.goto(url)
            if response.status != 200:
                problems.append(f"{url}: status {response.status}")
                continue
            problems += [f"{url}: {violation}" for violation in run_axe(visit.page, axe_source)]
    assert visit.foreign_requests == []
    assert visit.failed_responses == []
    assert visit.console_errors == []
    # The error page too, in her language (its 404 status is a failed response).
    errors = open_page(width=width)
    for code in CODES:
        url = site + in_language("/non-esiste/", code)
        assert errors.page.goto(url).status == 404
        problems += [f"{url}: {violation}" for violation in run_axe(errors.page, axe_source)]
    assert errors.foreign_requests == []
    assert problems == []


def test_no_help_path_page_scrolls_sideways_at_320_px_in_any_language(open_page, site):
    visit = open_page(width=320)
    overflowing = []
    for code in CODES:
        for path in HELP_PATH:
            visit.page.goto(site + in_language(path, code))
            overflow = visit.page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                overflowing.append((code, path, overflow))
    assert overflowing == []


@pytest.mark.parametrize("code", CODES)
def test_the_quick_exit_works_in_three_ways_in_every_language(open_page, site, code):
    url = site + in_language("/sportelli/", code)
    # A click.
    page = open_page().page
    page.goto(url)
    page.click("#quick-exit")
    page.wait_for_url(QUICK_EXIT_DESTINATION)
    # Shift three times.
    page = open_page().page
    page.goto(url)
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(QUICK_EXIT_DESTINATION)
    # Without JavaScript: a plain link.
    page = open_page(javascript=False).page
    page.goto(url)
    page.click("#quick-exit")
    page.wait_for_url(QUICK_EXIT_DESTINATION)


def _digits(text):
    return re.sub(r"\D", "", text)


def test_every_desk_page_shows_the_seed_phone_numbers_in_every_language(open_page, site):
    page = open_page(width=360).page
    missing = []
    for desk in content.HELP_DESKS:
        numbers = {
            _digits(c["value"]) for c in desk["channels"] if c["kind"] in ("phone", "mobile")
        }
        for code in CODES:
            page.goto(site + in_language(f"/sportelli/{desk['slug']}/", code))
            shown = {
                _digits(href)
                for href in page.locator('main a[href^="tel:"]').evaluate_all(
                    "links => links.filter(a => a.getClientRects().length)"
                    ".map(a => a.getAttribute('href'))"
                )
            }
            missing += [(desk["slug"], code, number) for number in numbers - shown]
    assert missing == []


@pytest.mark.parametrize("code", ["it", "ar", "uk"])
def test_the_language_switcher_opens_within_a_phone_screen(open_page, site, code):
    page = open_page(width=360).page
    screen = page.viewport_size
    page.goto(site + in_language("/sportelli/", code))
    toggle = page.locator(".language-switcher summary")
    box = toggle.bounding_box()
    assert box["height"] >= 44
    # The switcher is closed: the help still comes first on the screen.
    assert not page.locator(".language-switcher ul").is_visible()
    toggle.click()
    links = page.locator(".language-switcher ul a")
    assert links.count() == len(CODES) - 1
    for index in range(links.count()):
        link = links.nth(index).bounding_box()
        assert link["height"] >= 44
        assert link["x"] >= 0 and link["x"] + link["width"] <= screen["width"]
        assert link["y"] + link["height"] <= screen["height"]
    # A plain link to the same page in the chosen language.
    links.filter(has_text="Español").click()
    page.wait_for_url(site + "/es/sportelli/")
