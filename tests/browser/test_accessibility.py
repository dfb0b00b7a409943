"""Every kind of public page, in Italian and English, at 360 and 1280 px: axe-core finds no
WCAG 2.2 A/AA violation, nothing is requested from another origin, nothing fails, and no
page scrolls sideways at 320 px."""

import pytest

from tests.network.test_desk_list_pages import add_desks

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

PAGES = [
    "/",
    "/servizio/",
    "/rete/",
    "/rete/membri/comune-di-asti/",
    "/rete/protocolli/protocollo-intesa-violenza-donne/",
    "/sportelli/",
    "/sportelli/orecchio-di-venere/",
    "/sportelli/posto-letto-segreto-asl-at/",
    "/sportelli/comune/005005/",
    "/sportelli/comune/005001/",
    "/atti/",
    "/atti/2010/approvazione-protocollo-intesa-violenza-donne/",
    "/contatti/",
    "/navigare-in-sicurezza/",
    "/cerca/?q=sportello",
    "/cerca/?q=zzzqqq",
]


def run_axe(page, axe_source):
    page.evaluate(axe_source)
    return page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags},
                                      resultTypes: ["violations"]})
              .then(r => r.violations.map(v => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))""",
        AXE_TAGS,
    )


@pytest.mark.parametrize("width", [360, 1280])
def test_pages_have_no_wcag_violations_and_stay_on_the_site(open_page, site, axe_source, width):
    visit = open_page(width=width)
    problems = []
    for path in PAGES:
        for prefix in ("", "/en"):
            url = site + prefix + path
            response = visit.page.goto(url)
            if response.status != 200:
                problems.append(f"{url}: status {response.status}")
                continue
            for violation in run_axe(visit.page, axe_source):
                problems.append(f"{url}: {violation}")
    assert visit.foreign_requests == []
    assert visit.failed_responses == []
    assert visit.console_errors == []
    assert problems == []


def test_not_found_page_is_accessible(open_page, site, axe_source):
    visit = open_page(width=360)
    response = visit.page.goto(site + "/non/esiste/")
    assert response.status == 404
    assert run_axe(visit.page, axe_source) == []
    assert visit.page.locator("#quick-exit").is_visible()


def test_no_horizontal_scroll_at_320_px(open_page, site):
    visit = open_page(width=320)
    for path in PAGES:
        visit.page.goto(site + path)
        overflow = visit.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


def test_keyboard_skip_links_and_visible_focus(open_page, site):
    visit = open_page()
    page = visit.page
    page.goto(site + "/sportelli/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main-content"
    # The focused skip link is on screen and outlined.
    box = page.evaluate("JSON.stringify(document.activeElement.getBoundingClientRect())")
    assert '"x":0' in box or '"left":0' in box
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    # The second skip link reaches the exit button.
    page.goto(site + "/sportelli/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#quick-exit"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "quick-exit"


def test_finder_without_javascript_is_a_plain_form(open_page, site):
    page = open_page(javascript=False).page
    page.goto(site + "/sportelli/")
    page.select_option("#finder-comune", label="Canelli")
    page.locator("#finder-comune").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/sportelli/comune/005017/")
    assert "Canelli" in page.locator("h1").inner_text()


def test_finder_autocomplete_works_with_the_keyboard(open_page, site):
    visit = open_page()
    page = visit.page
    page.goto(site + "/sportelli/")
    combobox = page.get_by_role("combobox", name="Il tuo comune")
    combobox.fill("cane")
    options = page.get_by_role("option")
    assert options.first.inner_text() == "Canelli"
    assert combobox.get_attribute("aria-expanded") == "true"
    assert "trovat" in page.locator(".autocomplete [role=status]").inner_text()
    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    page.keyboard.press("Enter")
    assert combobox.input_value() == "Canelli"
    page.keyboard.press("Enter")
    page.wait_for_url("**/sportelli/comune/005017/")
    assert visit.console_errors == []


def test_finder_autocomplete_ignores_accents_and_explains_a_wrong_name(open_page, site):
    page = open_page(width=360).page
    page.goto(site + "/en/")
    combobox = page.get_by_role("combobox", name="Your comune")
    combobox.fill("san dami")
    assert "San Damiano d'Asti" in page.get_by_role("option").all_inner_texts()
    combobox.fill("Torino")
    page.keyboard.press("Enter")
    error = page.locator(".autocomplete .form-error")
    assert error.is_visible() and "Choose a comune" in error.inner_text()
    assert combobox.get_attribute("aria-invalid") == "true"
    assert page.url == site + "/en/"


@pytest.mark.parametrize("width", [360, 1280])
def test_the_pages_of_a_long_desk_list_are_accessible(open_page, site, axe_source, width):
    add_desks(30)
    visit = open_page(width=width)
    problems = []
    for path in ("/sportelli/", "/sportelli/pagina/2/", "/ar/sportelli/pagina/2/"):
        visit.page.goto(site + path)
        assert visit.page.locator(".pagination .page-link").count() >= 3
        problems += [f"{path}: {violation}" for violation in run_axe(visit.page, axe_source)]
        scroll = visit.page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, (path, scroll)
    assert problems == []
