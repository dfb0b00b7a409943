"""An editor's day in the real admin, in Chromium: fix a desk's phone number in Italian and
English, see the mistake in the history and restore the earlier version, upload an image,
preview a draft and publish it."""

import io
import re

from django.urls import reverse
from PIL import Image

from network.models import HelpDesk
from pages.models import Page
from tests.helpers import page_that_may_be_withdrawn

from .conftest import sign_in_as_editor


def save(tab, button="_save"):
    tab.locator(f'input[name="{button}"]').click()
    tab.locator(".messagelist .success").wait_for()


def test_an_editor_fixes_a_desk_restores_it_uploads_and_publishes(open_page, browser, site):
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    phone = desk.channels.filter(kind="phone").first()
    original = phone.value
    visit = open_page()
    tab = visit.page
    sign_in_as_editor(visit, site)

    # The phone number and its English label, on the desk's form.
    tab.goto(site + reverse("admin:network_helpdesk_change", args=[desk.pk]))
    row = tab.locator(f'input[name$="-id"][value="{phone.pk}"]').locator("xpath=ancestor::tr")
    row.locator('input[name$="-value"]').fill("0141 123456")
    english_label = row.locator('input[name$="-label_en"]')
    # Each translated field of a row has its own language tabs: open "en", then type.
    tab.locator(f'a[href="#tab_{english_label.get_attribute("id")}"]').click()
    english_label.fill("Reception desk")
    save(tab)
    public = browser.new_page()
    html = public.goto(site + desk.get_absolute_url()).text()
    assert "0141 123456" in html and original not in html
    assert "Reception desk" in public.goto(site + "/en" + desk.get_absolute_url()).text()

    # It was a mistake: the history shows it, and two clicks put the number back.
    tab.goto(site + reverse("admin:network_helpdesk_history", args=[desk.pk]))
    assert f"{original} → 0141 123456" in tab.locator("#change-history").inner_text()
    assert "redattrice" in tab.locator("#change-history").inner_text()
    tab.get_by_role("link", name="Ripristina questa versione").first.click()
    tab.wait_for_url(re.compile(r".*/history/\d+/$"))
    assert tab.locator(f'input[name$="-value"][value="{original}"]').count() == 1
    save(tab)
    assert original in public.goto(site + desk.get_absolute_url()).text()

    # An image for a page, described for screen readers.
    page = Page.objects.get(slug="servizio")
    tab.goto(site + reverse("admin:pages_page_change", args=[page.pk]))
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (40, 90, 160)).save(buffer, "JPEG")
    tab.set_input_files(
        'input[name="image"]',
        files=[{"name": "foto.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}],
    )
    tab.fill('input[name="image_alt_it"]', "La sede del servizio")
    save(tab)
    html = public.goto(site + page.get_absolute_url()).text()
    assert 'alt="La sede del servizio"' in html and ".webp" in html

    # A draft: withdrawn, previewed with its banner, then published again (a page of its
    # own: the pages every page links to stay published).
    page = page_that_may_be_withdrawn()
    tab.goto(site + reverse("admin:pages_page_change", args=[page.pk]))
    assert tab.get_by_text("Sul sito: visibile a tutti.").is_visible()
    save(tab, "_draft")  # "Ritira dal sito e salva come bozza"
    tab.get_by_text("Bozza: non è sul sito, i visitatori non la vedono.").first.wait_for()
    assert public.goto(site + page.get_absolute_url()).status == 404
    tab.goto(site + reverse("admin:pages_page_change", args=[page.pk]))
    tab.locator("a.viewsitelink").click()
    tab.get_by_text("Bozza: questa pagina non è pubblicata.").wait_for()
    tab.get_by_role("link", name="Modificala nell'amministrazione").click()
    # A draft's buttons: "Salva come bozza" first (Enter in a field never publishes).
    buttons = tab.locator(".submit-row input[type=submit]")
    assert buttons.nth(0).get_attribute("value") == "Salva come bozza"
    save(tab, "_publish")
    assert public.goto(site + page.get_absolute_url()).status == 200
    assert "Bozza" not in public.content()
    assert visit.foreign_requests == []
    public.close()


LISTS = [
    "network_helpdesk",
    "pages_deliberation",
    "pages_page",
    "network_organisation",
    "pages_contactpoint",
    "network_protocol",
    "network_supportservice",
    "network_municipality",
]


def test_at_1280_px_every_list_and_inline_fits_and_needs_attention_is_readable(open_page, site):
    """Issue 17: with the filters beside it, the desks' list hid "Pubblicato" and
    "Traduzione", the acts' list was 1,905 px wide, a desk's contact channels hid
    "Cancellare?", and the home page's "Da controllare" had a 22 px column."""
    visit = open_page(width=1280)
    tab = visit.page
    sign_in_as_editor(visit, site)

    tab.goto(site + reverse("admin:index"))
    headings = tab.locator("#attention h3")
    assert headings.count() >= 4
    for index in range(headings.count()):
        assert headings.nth(index).bounding_box()["width"] > 300

    for name in LISTS:
        tab.goto(site + reverse(f"admin:{name}_changelist"))
        sizes = tab.evaluate(
            "() => { const t = document.querySelector('#result_list');"
            " return [t.scrollWidth, t.parentElement.clientWidth]; }"
        )
        assert sizes[0] <= sizes[1], (name, sizes)
    headers = tab.locator("#result_list thead th").all_inner_texts()
    assert any("NOME" in header.upper() for header in headers)

    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    tab.goto(site + reverse("admin:network_helpdesk_change", args=[desk.pk]))
    for group in ("channels-group", "hours-group", "hours_exceptions-group"):
        sizes = tab.evaluate(
            f"() => {{ const t = document.querySelector('#{group} table');"
            " return [t.scrollWidth, t.parentElement.clientWidth]; }"
        )
        assert sizes[0] <= sizes[1], (group, sizes)
    # The whole name in its box.
    name = tab.locator('input[name="name_it"]')
    assert name.evaluate("box => box.scrollWidth <= box.clientWidth")
    assert tab.get_by_text("Risponde 24 ore su 24").first.is_visible()
