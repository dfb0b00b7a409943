"""The Arabic pages as a woman reading Arabic sees them: mirrored, with phone numbers and
hours that read left to right inside Arabic sentences, the quick exit first, the Arabic
font; and the Italian pages, which download no font for other scripts."""

import pytest

from tests.helpers import page_that_may_be_withdrawn

from .test_accessibility import run_axe

PHONE = {"width": 360, "height": 740}
# A desk with a mobile number written in two groups ("366 9287198") and opening hours.
DESK = "/ar/sportelli/orecchio-di-venere/"
HOURS_DESK = "/ar/sportelli/spazio-anna-c/"

# For each visible element matched by the selector whose text has several groups of
# digits: whether its first character is drawn to the left of its last one.
READS_LEFT_TO_RIGHT_JS = """selector => [...document.querySelectorAll(selector)]
  .filter(element => element.getClientRects().length && /\\d\\D+\\d/.test(element.textContent))
  .map(element => {
    const text = element.textContent.trim();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.trim()) nodes.push(node);
    }
    const rect = (node, index) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const first = nodes[0], last = nodes[nodes.length - 1];
    const start = first.data.search(/\\S/);
    const end = last.data.length - 1 - (last.data.length - last.data.trimEnd().length);
    return [text, rect(first, start).left < rect(last, end).left];
  })"""


def reads_left_to_right(page, selector):
    found = page.evaluate(READS_LEFT_TO_RIGHT_JS, selector)
    assert found, f"nothing with several groups of digits matches {selector}"
    return found


@pytest.mark.parametrize("width", [360, 1280])
def test_phone_numbers_and_hours_read_left_to_right_in_arabic(open_page, site, width):
    page = open_page(width=width).page
    page.goto(site + DESK)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    # "366 9287198", not "9287198 366".
    for text, left_to_right in reads_left_to_right(page, 'main a[href^="tel:"]'):
        assert left_to_right, text
    page.goto(site + HOURS_DESK)
    # The opening time on the left of the closing one, not on its right.
    for text, left_to_right in reads_left_to_right(page, ".hours dd"):
        assert left_to_right, text


def test_a_phone_number_an_editor_wrote_in_an_arabic_page_reads_left_to_right(open_page, site):
    """Numbers in page bodies come from the database as <a href="tel:…">: the stylesheet
    isolates them, whatever text is around them."""
    page = open_page(width=360).page
    page.goto(site + "/ar/")
    page.evaluate(
        """() => {
          const paragraph = document.createElement("p");
          paragraph.id = "written";
          paragraph.innerHTML = 'اتصلي بالرقم <a href="tel:0141433230">0141 433230</a> الآن.';
          document.querySelector("main").prepend(paragraph);
        }"""
    )
    [(text, left_to_right)] = reads_left_to_right(page, '#written a[href^="tel:"]')
    assert left_to_right, text


def test_the_arabic_layout_is_mirrored_with_the_quick_exit_first(open_page, site):
    visit = open_page(width=1280)
    page = visit.page
    page.goto(site + "/ar/")
    width = page.evaluate("document.documentElement.clientWidth")
    # The exit button at the top right, where an Arabic reader starts.
    button = page.locator("#quick-exit").bounding_box()
    assert button["y"] < 20 and button["x"] > width / 2
    # A list's bullets in its indent on the right, not hanging out of the column.
    indent = page.evaluate(
        """() => {
          const list = document.querySelector("#desks-title ~ ul");
          const item = list.firstElementChild;
          return list.getBoundingClientRect().right - item.getBoundingClientRect().right;
        }"""
    )
    assert indent >= 16
    # The search field and its button make one box with rounded outer corners.
    field = page.evaluate(
        "(() => { const style = getComputedStyle(document.querySelector('#site-search-q'));"
        " return [style.borderTopRightRadius, style.borderTopLeftRadius]; })()"
    )
    assert field == ["4px", "0px"]
    # The first skip link shows on screen when focused, and the exit comes after the three.
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getBoundingClientRect().toJSON()")
    assert focused["left"] >= 0 and focused["right"] <= width
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "quick-exit"
    assert visit.failed_responses == [] and visit.console_errors == []


def test_italian_shown_for_a_missing_arabic_translation_reads_left_to_right(open_page, site):
    """A page written in Italian only (marked lang="it") on the Arabic site: its lines
    start on the left and its full stop ends them, as Italian text does."""
    italian = page_that_may_be_withdrawn()
    page = open_page(width=360).page
    page.goto(f"{site}/ar/{italian.slug}/")
    summary = page.locator('[lang="it"] .lead')
    assert summary.inner_text().endswith(".")
    start, end = page.evaluate(
        """() => {
          const node = document.querySelector('[lang="it"] .lead').firstChild;
          const box = (index) => {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            return range.getBoundingClientRect();
          };
          const text = node.data.trimEnd();
          return [box(node.data.search(/\\S/)).left, box(text.length - 1).left];
        }"""
    )
    assert start < end
    column = page.locator("main .col-lg-8").bounding_box()
    assert start - column["x"] < 20


@pytest.mark.parametrize("path", ["/ar/", "/ar/sportelli/", DESK, "/ar/servizio/", "/ar/rete/"])
def test_arabic_pages_fit_a_phone_and_have_no_wcag_violations(open_page, site, axe_source, path):
    visit = open_page(width=PHONE["width"])
    page = visit.page
    assert page.goto(site + path).status == 200
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    assert run_axe(page, axe_source) == []
    assert visit.foreign_requests == [] and visit.failed_responses == []
    assert visit.console_errors == []


FONTS_JS = """() => document.fonts.ready.then(() =>
  [...document.fonts].filter(face => face.status === "loaded").map(face => face.family))"""


@pytest.mark.parametrize(
    ("path", "family"),
    [("/ar/", "Noto Sans Arabic"), ("/mk/", "Noto Sans"), ("/uk/", "Noto Sans")],
)
def test_pages_in_other_scripts_show_them_in_the_site_s_own_fonts(open_page, site, path, family):
    page = open_page(width=360).page
    page.goto(site + path)
    loaded = [name.strip('"') for name in page.evaluate(FONTS_JS)]
    assert family in loaded and "Titillium Web" in loaded


def test_italian_pages_download_no_font_for_the_other_scripts(open_page, site):
    """The language switcher names Arabic, Macedonian and Ukrainian in themselves: those
    words take the system's fonts, Italian pages download only Titillium Web."""
    visit = open_page(width=1280)
    fonts = []
    visit.page.on(
        "request", lambda request: request.resource_type == "font" and fonts.append(request.url)
    )
    visit.page.goto(site + "/")
    switcher = visit.page.locator(".language-switcher summary")
    if switcher.count():
        switcher.click()  # the names in the other scripts show
    assert visit.page.locator('.language-switcher a[hreflang="ar"]').is_visible()
    visit.page.evaluate(FONTS_JS)
    visit.page.wait_for_load_state("networkidle")
    assert fonts and all("/titillium-web-" in url for url in fonts), fonts
