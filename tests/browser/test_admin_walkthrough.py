"""An editor's day in the real admin, in Chromium: fix a desk's phone number in Italian and
English, see the mistake in the history and restore the earlier version, upload an image,
preview a draft and publish it."""

import io
import re

from django.urls import reverse
from django.utils import timezone
from PIL import Image

from network.models import HelpDesk
from pages.models import Deliberation, Page
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
    tab.get_by_text("Bozza: non è sul sito, resta invisibile ai visitatori.").first.wait_for()
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


def set_moment(tab, site, obj, field, day, time):
    """Type a moment of obj's timetable on its form and save: the messages shown."""
    opts = obj._meta
    tab.goto(site + reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    tab.fill(f'input[name="{field}_0"]', day)
    tab.fill(f'input[name="{field}_1"]', time)
    save(tab)
    return tab.locator(".messagelist").inner_text()


def test_an_editor_closes_a_desk_for_the_holidays_and_schedules_publication(
    open_page, browser, site
):
    """Issue 17: a closure over several days is one row; overlapping rows are refused at
    the top of the form with nothing typed lost; an act waits for its moment and a page
    leaves the site on its date."""
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    desk.hours_exceptions.all().delete()
    visit = open_page(width=1280)
    tab = visit.page
    sign_in_as_editor(visit, site)
    public = browser.new_page()

    url = site + reverse("admin:network_helpdesk_change", args=[desk.pk])
    tab.goto(url)
    tab.locator("#hours_exceptions-group .add-row a").click()
    tab.fill('input[name="hours_exceptions-0-starts_on"]', "24/12/2031")
    tab.fill('input[name="hours_exceptions-0-ends_on"]', "26/12/2031")
    tab.fill('input[name="hours_exceptions-0-note_it"]', "Festività natalizie")
    assert tab.locator('input[name="hours_exceptions-0-closed"]').is_checked()
    save(tab)
    html = public.goto(site + desk.get_absolute_url()).text()
    assert "da mercoledì 24 dicembre 2031 a venerdì 26 dicembre 2031: chiuso" in " ".join(
        re.sub(r"<[^>]+>", "", html).split()
    )

    # Special hours on a day the closure covers: refused, said at the top, nothing lost.
    tab.goto(url)
    tab.locator("#hours_exceptions-group .add-row a").click()
    tab.fill('input[name="hours_exceptions-1-starts_on"]', "26/12/2031")
    tab.fill('input[name="hours_exceptions-1-opens"]', "09:00")
    tab.fill('input[name="hours_exceptions-1-closes"]', "12:00")
    tab.fill('input[name="hours_exceptions-1-note_it"]', "Solo la mattina")
    tab.locator('input[name="_save"]').click()
    summary = tab.locator("ul.error-summary")
    summary.wait_for()
    assert summary.bounding_box()["y"] < 600  # at the top, seen without scrolling
    assert "si sovrappongono alla variazione del 24/12/2031–26/12/2031" in summary.inner_text()
    assert tab.locator('input[name="hours_exceptions-1-note_it"]').input_value() == (
        "Solo la mattina"
    )
    # Ending the closure a day earlier makes room.
    tab.fill('input[name="hours_exceptions-0-ends_on"]', "25/12/2031")
    save(tab)
    assert desk.hours_exceptions.count() == 2

    # An act scheduled for a moment to come: not on the site yet, dated in the list.
    act = Deliberation.objects.get(number="231")
    said = set_moment(tab, site, act, "publish_from", "10/01/2032", "09:00")
    assert "In programma: compare sul sito il 10/01/2032 09:00." in said
    assert public.goto(site + act.get_absolute_url()).status == 404
    tab.goto(site + reverse("admin:pages_deliberation_changelist") + "?timetable=waiting")
    rows = tab.locator("#result_list tbody tr")
    assert rows.count() == 1 and "dal 10/01/2032 09:00" in rows.first.inner_text()

    # A notice that leaves the site on its date.
    page = page_that_may_be_withdrawn()
    said = set_moment(tab, site, page, "withdraw_at", "07/01/2032", "18:00")
    assert "Sul sito fino al 07/01/2032 18:00: visibile a tutti." in said
    assert public.goto(site + page.get_absolute_url()).status == 200
    assert visit.foreign_requests == []
    public.close()


def test_an_editor_checks_contacts_compares_versions_and_meets_her_limits(open_page, site):
    """Issue 17, the remaining flows at 1280 px: after a new phone number the admin asks
    whether all contacts are right and one click dates the check; two versions side by
    side; restoring one says what it undoes; a page her role does not allow says so in
    Italian with a way back; the admin's language is hers to choose."""
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    phone = desk.channels.filter(kind="phone").first()
    original = phone.value
    visit = open_page(width=1280)
    tab = visit.page
    sign_in_as_editor(visit, site)

    tab.goto(site + reverse("admin:network_helpdesk_change", args=[desk.pk]))
    tab.locator(f'input[name$="-id"][value="{phone.pk}"]').locator("xpath=ancestor::tr").locator(
        'input[name$="-value"]'
    ).fill("0141 654321")
    save(tab)
    question = tab.locator(".messagelist form.message-form")
    assert (
        "tutti i contatti di questo sportello sono giusti?"
        in tab.locator(".messagelist").inner_text()
    )
    question.get_by_role("button", name="Sì: segnali come verificati oggi").click()
    tab.get_by_text("Contatti di 1 sportello segnati come verificati oggi.").wait_for()
    desk.refresh_from_db()
    assert desk.contacts_verified_on == timezone.localdate()

    # The two newest versions, side by side.
    tab.goto(site + reverse("admin:network_helpdesk_history", args=[desk.pk]))
    tab.get_by_role("button", name="Confronta le due versioni scelte").click()
    table = tab.locator("#compare-versions")
    table.wait_for()
    assert "Contatti verificati il" in table.inner_text()
    assert tab.locator(".breadcrumbs").get_by_role("link", name="Cronologia").is_visible()

    # Restoring the version before the new number: the form says what goes back and what
    # later change it undoes, under the breadcrumbs.
    tab.goto(site + reverse("admin:network_helpdesk_history", args=[desk.pk]))
    tab.get_by_role("link", name="Ripristina questa versione").last.click()
    tab.wait_for_url(re.compile(r".*/history/\d+/$"))
    assert tab.locator(".breadcrumbs").get_by_role("link", name="Cronologia").is_visible()
    preview = tab.locator(".restore-preview").inner_text()
    assert f"0141 654321 → {original}" in preview
    assert "Annulla anche queste modifiche successive" in preview  # the verification
    assert tab.locator(f'input[name$="-value"][value="{original}"]').count() == 1

    # A page her role does not allow.
    response = tab.goto(site + reverse("admin:auth_user_changelist"))
    assert response.status == 403
    assert tab.get_by_role("heading", name="Accesso negato").is_visible()
    tab.get_by_role("link", name="Torna alla pagina iniziale dell’amministrazione").click()
    tab.wait_for_url(site + reverse("admin:index"))

    # Her browser asks for English; the admin stays Italian until she chooses.
    assert tab.locator("html").get_attribute("lang") == "it"
    tab.select_option("#admin-language", "en")
    tab.get_by_role("button", name="Cambia lingua").click()
    tab.locator("html[lang=en]").wait_for()
    tab.select_option("#admin-language", "it")
    tab.get_by_role("button", name="Change language").click()
    tab.locator("html[lang=it]").wait_for()
    assert visit.foreign_requests == []
