"""A printed page (issue 18: "a print stylesheet for every page"): a desk's page handed to
a woman on paper keeps the help numbers and the desk's contacts, and drops what only
works on a screen: the exit button, menus, search, languages, the rating form."""

import io

import pytest
from pypdf import PdfReader

from network.models import HelpDesk


@pytest.mark.parametrize("language", ["", "/ar"])
def test_a_printed_desk_page_keeps_the_help_and_drops_the_screen_controls(
    open_page, site, language
):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    visit = open_page()
    tab = visit.page
    tab.goto(site + language + desk.get_absolute_url())
    tab.emulate_media(media="print")
    for selector in (".quick-exit", ".main-nav", ".site-search", ".language-switcher", ".feedback"):
        assert not tab.locator(selector).first.is_visible(), selector
    assert tab.locator("h1").is_visible()
    assert tab.locator('.emergency-bar a[href="tel:1522"]').is_visible()

    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(tab.pdf(format="A4"))).pages
    )
    assert "1522" in text and "112" in text
    assert "0141 399490" in text  # the desk's own number
    if not language:
        assert "Spazio Anna C." in text
        for screen_only in ("Esci dalla pagina", "Valuta questa pagina", "Cerca nel sito"):
            assert screen_only not in text, screen_only
