"""Staff write a page body in the rich-text editor, in both language tabs, under the site's CSP."""

from django.urls import reverse
from playwright.sync_api import expect

from pages.models import Page

from .conftest import sign_in_as_editor


def editor_of(page, field):
    return page.locator(f'.prose-editor:has(#id_{field}) [contenteditable="true"]')


def test_an_editor_writes_both_languages_and_the_public_page_shows_them(open_page, site):
    page = Page.objects.create(
        title_it="Prova del testo", title_en="Text test", slug="prova-del-testo"
    )
    change_url = reverse("admin:pages_page_change", args=[page.pk])
    visit = open_page()
    sign_in_as_editor(visit, site, change_url)
    tab = visit.page

    # The Italian tab is open: a paragraph with bold text and a link.
    italian = editor_of(tab, "body_it")
    italian.wait_for()
    assert not editor_of(tab, "body_en").is_visible()
    italian.click()
    tab.keyboard.type("Il servizio è ")
    tab.keyboard.press("Control+b")
    tab.keyboard.type("gratuito")
    tab.keyboard.press("Control+b")
    tab.keyboard.type(". Scrivete al numero nazionale")
    # Every key typed has reached the editor before the selection starts from its end.
    expect(italian).to_contain_text("Scrivete al numero nazionale")
    for _ in "numero nazionale":
        tab.keyboard.press("Shift+ArrowLeft")
    tab.locator('.prose-editor:has(#id_body_it) button[title="insert link"]').click()
    # The editor's link dialog speaks Italian too (locale/it/LC_MESSAGES/djangojs.po).
    dialog = tab.locator("dialog[open]")
    assert "Modifica il link" in dialog.inner_text()
    dialog.get_by_label("Indirizzo (URL)").fill("https://www.1522.eu/")
    dialog.get_by_role("button", name="Applica").click()

    # The English tab, hidden until now, has its own editor.
    tab.locator('[role="tab"][aria-controls="tab_id_body_en"]').click()
    english = editor_of(tab, "body_en")
    english.wait_for()
    assert not italian.is_visible()
    english.click()
    tab.keyboard.type("The service is free.")

    tab.locator('input[name="_save"]').click()
    tab.wait_for_url(f"{site}{reverse('admin:pages_page_changelist')}")

    page.refresh_from_db()
    assert page.body_it == (
        "<p>Il servizio è <strong>gratuito</strong>. Scrivete al "
        '<a href="https://www.1522.eu/" rel="noreferrer">numero nazionale</a></p>'
    )
    assert page.body_en == "<p>The service is free.</p>"

    tab.goto(site + page.get_absolute_url())
    body = tab.locator(".rich-text")
    assert body.locator("strong").inner_text() == "gratuito"
    link = body.get_by_role("link", name="numero nazionale")
    assert link.get_attribute("href") == "https://www.1522.eu/"
    assert link.get_attribute("rel") == "noreferrer"
    tab.goto(site + "/en" + page.get_absolute_url())
    assert tab.locator(".rich-text").inner_text() == "The service is free."

    # Nothing was refused by the Content-Security-Policy, nothing came from elsewhere.
    assert visit.console_errors == []
    assert visit.failed_responses == []
    assert visit.foreign_requests == []
