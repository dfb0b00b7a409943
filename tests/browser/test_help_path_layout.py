"""The help path as a woman on a phone sees it: what the first screen holds, the order of
the help desks page, and pages that still fit at 320 px with the text at 200 %."""

import pytest

from .conftest import QUICK_EXIT_DESTINATION

PHONE = {"width": 360, "height": 740}

# For each heading on the page, the words that the browser split over two lines.
BROKEN_WORDS_JS = """() => {
  const broken = [];
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, .it-brand-title")) {
    if (!heading.getClientRects().length) continue;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A hyphen or a dash is a place where a line may break.
      for (const match of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()]
          .filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(heading.tagName + ": " + match[0]);
      }
    }
  }
  return broken;
}"""


@pytest.fixture
def new_context(browser):
    contexts = []

    def _new(**options):
        options.setdefault("locale", "it-IT")  # as tests/browser/conftest.py's open_page
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield _new
    for context in contexts:
        context.close()


def _box(page, selector):
    locator = page.locator(selector)
    assert locator.count() == 1, selector
    assert locator.is_visible(), selector
    return locator.bounding_box()


@pytest.mark.parametrize("touch", [True, False], ids=["touch-phone", "narrow-window"])
def test_the_first_screen_of_the_home_on_a_phone_holds_the_exit_the_numbers_and_finder(
    new_context, site, touch
):
    page = new_context(viewport=PHONE, has_touch=touch, is_mobile=touch).new_page()
    page.goto(site + "/")
    things = {
        "quick exit": "#quick-exit",
        "1522": '.emergency-bar a[href="tel:1522"]',
        "112": '.emergency-bar a[href="tel:112"]',
        "comune": "form.finder",
        "finder button": 'form.finder [type="submit"]',
    }
    for name, selector in things.items():
        box = _box(page, selector)
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (name, box)
    # The choice of the comune itself: the select, or the text box that takes its place.
    control = page.locator("form.finder").get_by_role("combobox").first
    box = control.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    # The finder says what it does: it asks for her comune, it does not locate her.
    button = page.locator('form.finder [type="submit"]').inner_text()
    assert button == "Trova l'aiuto"
    assert "vicino a me" not in page.locator("main").inner_text()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_on_a_phone_the_menu_opens_from_its_button(new_context, site, javascript):
    page = new_context(viewport=PHONE, java_script_enabled=javascript).new_page()
    page.goto(site + "/")
    menu = page.get_by_role("navigation", name="Menu principale")
    link = menu.get_by_role("link", name="La rete", exact=True)
    assert not link.is_visible()
    toggle = menu.locator("summary", has_text="Menu")
    # On the line of the service's name, not on a row of its own.
    brand = page.locator(".it-brand-title").bounding_box()
    button = toggle.bounding_box()
    assert button["y"] < brand["y"] + brand["height"]
    assert brand["y"] < button["y"] + button["height"]
    toggle.click()
    assert link.is_visible()
    assert menu.get_by_role("link", name="Cerca nel sito").is_visible()
    link.click()
    page.wait_for_url(site + "/rete/")


def test_on_a_desktop_the_menu_links_show_without_a_button(new_context, site):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto(site + "/")
    menu = page.get_by_role("navigation", name="Menu principale")
    assert menu.get_by_role("link", name="La rete", exact=True).is_visible()
    # The same menu as on a phone: its button is there, hidden.
    assert menu.locator("summary").count() == 1
    assert not menu.locator("summary").is_visible()
    # Reached with the keyboard straight after the search.
    page.focus("#site-search-q")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Il servizio"


def test_the_help_desks_page_starts_with_the_help_that_answers_at_any_hour(new_context, site):
    page = new_context(viewport=PHONE, has_touch=True, is_mobile=True).new_page()
    page.goto(site + "/sportelli/")
    around_the_clock = page.locator("section", has=page.locator("#around-the-clock-title"))
    assert around_the_clock.locator('a[href="tel:1522"]').is_visible()
    # The Red Cross centre answers around the clock: its numbers, ready to tap.
    assert around_the_clock.locator('a[href="tel:3669287198"]').is_visible()
    assert around_the_clock.get_by_role("link", name="L'orecchio di Venere").is_visible()
    # Desks that answer only in office hours are in the list, not here.
    assert around_the_clock.locator('a[href="tel:0141720400"]').count() == 0

    def top(selector):
        return page.locator(selector).first.bounding_box()["y"]

    order = ["h1", "#around-the-clock-title", "#finder-title", ".intro", "#list-title"]
    tops = [top(selector) for selector in order]
    assert tops == sorted(tops), dict(zip(order, tops, strict=True))
    # The 1522 button is on the first screen.
    box = around_the_clock.locator('a[href="tel:1522"]').bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]


def test_the_shift_hint_shows_where_a_keyboard_is_likely(new_context, site):
    phone = new_context(viewport=PHONE, has_touch=True, is_mobile=True).new_page()
    phone.goto(site + "/servizio/")
    hint = phone.locator("[data-quick-exit-hint]")
    assert not hint.is_visible()
    # Shift pressed three times still leaves, on a phone too (a keyboard may be attached).
    phone.route(QUICK_EXIT_DESTINATION + "**", lambda route: route.fulfill(body="neutral"))
    phone.keyboard.press("Shift")
    assert hint.is_visible()  # a key was pressed: there is a keyboard after all
    phone.keyboard.press("Shift")
    phone.keyboard.press("Shift")
    phone.wait_for_url(QUICK_EXIT_DESTINATION)

    desktop = new_context(viewport={"width": 1280, "height": 800}).new_page()
    desktop.goto(site + "/servizio/")
    assert desktop.locator("[data-quick-exit-hint]").is_visible()


def _pages_of_the_help_path():
    from network.models import HelpDesk

    desk = HelpDesk.objects.published().filter(is_confidential=False).first()
    return [
        "/",
        "/sportelli/",
        desk.get_absolute_url(),
        "/sportelli/comune/005005/",  # Asti
        "/navigare-in-sicurezza/",
    ]


def test_at_320_px_with_text_at_200_percent_nothing_scrolls_sideways(new_context, site):
    """WCAG 1.4.4 (text resized to 200 %) and 1.4.10 (reflow) on a 320 px phone.

    The text is made twice as large the way a browser's own "font size" setting does it:
    Chromium's default font size goes from 16 to 32 px (DevTools protocol
    `Page.setFontSizes`), so every size in rem or em doubles while the window stays 320
    CSS px wide, and media queries in em see a screen half as wide for its text. (Page
    zoom instead shrinks the window in CSS px: 320 px at 200 % is a 160 px layout, narrower
    than the 320 CSS px that WCAG 1.4.10 asks for.) Then: no sideways scrolling, and no
    heading word cut over two lines.
    """
    for path in _pages_of_the_help_path():
        context = new_context(viewport={"width": 320, "height": 740})
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
        page.goto(site + path)
        assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (path, width)
        assert page.evaluate(BROKEN_WORDS_JS) == [], path
        context.close()
