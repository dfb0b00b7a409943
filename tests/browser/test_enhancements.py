"""Scripts that enhance a page: the help-desk map on request, the rating's follow-up question."""

import io
from decimal import Decimal

from PIL import Image

from network.models import HelpDesk
from pages.models import PageFeedback

from .test_accessibility import run_axe


def blank_tile():
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (230, 236, 230)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_map_loads_only_when_asked_and_only_tiles_come_from_elsewhere(
    open_page, site, axe_source
):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(
        latitude=Decimal("44.9003"), longitude=Decimal("8.2070")
    )
    HelpDesk.objects.filter(slug="sportello-cisa-asti-sud").update(
        latitude=Decimal("44.7775"), longitude=Decimal("8.3540")
    )
    visit = open_page(width=360)
    tile = blank_tile()
    visit.page.route(
        "https://tile.openstreetmap.org/**",
        lambda route: route.fulfill(status=200, content_type="image/png", body=tile),
    )
    visit.page.goto(site + "/sportelli/")
    button = visit.page.get_by_role("button", name="Mostra la mappa")
    button.wait_for()
    visit.page.wait_for_load_state("networkidle")
    assert visit.foreign_requests == []
    assert visit.page.locator(".leaflet-container").count() == 0

    button.focus()
    visit.page.keyboard.press("Enter")
    visit.page.locator(".leaflet-marker-icon").first.wait_for()
    visit.page.wait_for_load_state("networkidle")
    assert visit.page.locator(".leaflet-marker-icon").count() == 2
    assert visit.page.get_by_role("status").filter(has_text="La mappa è qui sotto").count() == 1
    assert visit.foreign_requests, "the map asked for no tile"
    assert all(u.startswith("https://tile.openstreetmap.org/") for u in visit.foreign_requests)
    # A marker opens the desk's name, linked to its page.
    visit.page.locator(".leaflet-marker-icon").first.click()
    popup = visit.page.locator(".leaflet-popup-content a")
    popup.wait_for()
    assert popup.get_attribute("href").startswith("/sportelli/")
    assert run_axe(visit.page, axe_source) == []
    assert visit.failed_responses == [] and visit.console_errors == []


def test_the_rating_asks_the_question_that_fits_the_rating(open_page, site):
    visit = open_page()
    visit.page.goto(site + "/servizio/")
    low = visit.page.locator('[data-feedback-reasons="low"]')
    high = visit.page.locator('[data-feedback-reasons="high"]')
    assert not low.is_visible() and not high.is_visible()

    visit.page.get_by_label("2 su 5").check()
    assert low.is_visible() and not high.is_visible()
    assert low.locator("legend").inner_text().startswith("Dove hai incontrato")
    visit.page.get_by_label("A volte le indicazioni non erano chiare").check()

    visit.page.get_by_label("5 su 5: molto chiare").check()
    assert high.is_visible() and not low.is_visible()
    # The reason chosen under the hidden question is not sent.
    assert low.locator("input:checked").count() == 0
    high.get_by_label("Ho trovato quello che cercavo").check()
    visit.page.get_by_role("button", name="Invia la valutazione").click()
    visit.page.get_by_text("Grazie").first.wait_for()
    feedback = PageFeedback.objects.get()
    assert (feedback.rating, feedback.reason) == (5, "found")


def test_without_javascript_both_questions_say_whom_they_are_for(open_page, site):
    visit = open_page(javascript=False)
    visit.page.goto(site + "/servizio/")
    assert visit.page.get_by_text("Se hai dato 3 o meno:").is_visible()
    assert visit.page.get_by_text("Se hai dato 4 o più:").is_visible()
    assert visit.page.get_by_role("button", name="Mostra la mappa").count() == 0
