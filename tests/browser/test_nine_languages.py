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


@pytest.mark.parametrize(
    ("locale", "path", "offered"),
    [
        ("ar-MA", "/sportelli/", ("/ar/sportelli/", "اقرئي هذه الصفحة بالعربية")),
        ("sq", "/en/", ("/sq/", "Lexoje këtë faqe në shqip")),
        ("de-DE", "/", None),  # a language the site does not speak: nothing
        ("it-IT", "/", None),  # the page's own language: nothing
        ("uk-UA", "/uk/sportelli/", None),
    ],
)
def test_the_page_offers_the_browser_s_language_and_never_imposes_it(
    browser, site, locale, path, offered
):
    context = browser.new_context(locale=locale, viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        response = page.goto(site + path)
        # Never a redirect: the page asked for is the page given.
        assert response.url == site + path and response.status == 200
        page.wait_for_load_state("load")
        offer = page.locator(".language-offer a")
        if offered is None:
            assert offer.count() == 0
            return
        href, text = offered
        assert offer.inner_text() == text
        assert offer.get_attribute("href") == href
        assert page.locator(".language-offer").get_attribute("lang") == href.split("/")[1]
        offer.click()
        page.wait_for_url(site + href)
        # On the page in her language, nothing more is offered.
        assert page.locator(".language-offer").count() == 0
        assert context.cookies() == []
    finally:
        context.close()


@pytest.mark.parametrize("code", CODES)
def test_a_desk_s_phone_is_on_the_first_screen_of_a_phone_in_every_language(browser, site, code):
    # Her browser speaks the page's language: nothing is offered above the page.
    context = browser.new_context(locale=code, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(site + in_language("/sportelli/spazio-anna-c/", code))
        own = page.locator('main a[href="tel:3482426119"]').first
        box = own.bounding_box()
        assert box["y"] + box["height"] <= 740, f"{code}: the desk's phone is below the fold"
        assert page.locator("#quick-exit").bounding_box()["y"] < 60
    finally:
        context.close()
