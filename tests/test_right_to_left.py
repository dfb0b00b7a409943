"""Arabic, right to left, and the languages written in scripts Titillium Web lacks: the
stylesheet and the fonts each page links, and the files the build (`make assets`) writes
for them (scripts/build-assets.mjs)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from network.models import HelpDesk
from pages.models import Page

from .helpers import tag_attrs

BUILD = Path(settings.BASE_DIR) / "static" / "build"
SITE_CSS = "/static/build/css/site.css"
SITE_RTL_CSS = "/static/build/css/site-rtl.css"
# The languages whose pages need each script's fonts.
SCRIPT_FONTS = {
    "/static/build/css/fonts-cyrillic.css": {"mk", "uk"},
    "/static/build/css/fonts-arabic.css": {"ar"},
}


def stylesheets(html):
    return [link["href"] for link in tag_attrs(html, "link") if link.get("rel") == "stylesheet"]


def is_bidi(code):
    return translation.get_language_info(code)["bidi"]


def sample_urls(code):
    """The home page, the help desks, a desk's page and an editable page, in `code`."""
    with translation.override(code):
        return [
            reverse("pages:home"),
            reverse("network:helpdesks"),
            HelpDesk.objects.published().first().get_absolute_url(),
            Page.objects.published().get(slug="privacy").get_absolute_url(),
        ]


def test_arabic_is_the_right_to_left_language_the_site_offers():
    # Else the tests below would check nothing on a right-to-left page.
    assert "ar" in dict(settings.LANGUAGES)
    assert [code for code, _name in settings.LANGUAGES if is_bidi(code)] == ["ar"]


def test_right_to_left_pages_link_the_mirrored_stylesheet_instead_of_the_plain_one(seeded, client):
    for code, _name in settings.LANGUAGES:
        for url in sample_urls(code):
            html = client.get(url).content.decode()
            sheets = stylesheets(html)
            if is_bidi(code):
                assert '<html lang="ar" dir="rtl">' in html, url
                assert SITE_RTL_CSS in sheets and SITE_CSS not in sheets, (url, sheets)
            else:
                assert f'<html lang="{code}" dir="ltr">' in html, url
                assert SITE_CSS in sheets and SITE_RTL_CSS not in sheets, (url, sheets)


def test_each_script_s_fonts_are_linked_only_on_pages_in_a_language_written_in_it(seeded, client):
    for code, _name in settings.LANGUAGES:
        for url in sample_urls(code):
            sheets = stylesheets(client.get(url).content.decode())
            for sheet, languages in SCRIPT_FONTS.items():
                assert (sheet in sheets) == (code in languages), (url, sheets)


def test_hours_and_addresses_on_an_arabic_desk_page_read_left_to_right(seeded, client):
    desk = next(
        desk
        for desk in HelpDesk.objects.published()
        if desk.hours.exists() and desk.public_location()
    )
    with translation.override("ar"):
        html = client.get(desk.get_absolute_url()).content.decode()
    slot = desk.hours.first()
    hours = f"{slot.opens:%H:%M}–{slot.closes:%H:%M}"
    assert f'<bdi dir="ltr">{hours}</bdi>' in html
    location = desk.public_location()
    assert re.search(
        rf'<bdi dir="ltr">{re.escape(location["street_address"])}<br>'
        rf"{location['postal_code']} {re.escape(location['locality'])}</bdi>",
        html,
    )


# The build's output (the suite runs after `make assets`).


def css_rules(css):
    """`selector{declarations}` pairs of a compressed stylesheet, at any depth."""
    return [
        (selector.rpartition(";")[2].strip().lstrip("\ufeff"), body)  # no @charset, no BOM
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    ]


def declarations(text):
    return {
        name.strip(): value.strip()
        for name, _colon, value in (part.partition(":") for part in text.split(";"))
        if value
    }


def test_the_build_writes_the_mirrored_stylesheet():
    plain = (BUILD / "css" / "site.css").read_text(encoding="utf-8")
    mirrored = (BUILD / "css" / "site-rtl.css").read_text(encoding="utf-8")
    rules = dict(css_rules(plain))
    mirrored_rules = dict(css_rules(mirrored))
    # The skip links wait off screen on the left of a left-to-right page, on the right of a
    # right-to-left one (off screen on the left, they would widen an Arabic page).
    assert declarations(rules[".skip-links a"])["left"] == "-10000px"
    assert declarations(mirrored_rules[".skip-links a"])["right"] == "-10000px"
    assert "left" not in declarations(mirrored_rules[".skip-links a"])
    # The search box's rounded corners: on its left in Italian, on its right in Arabic.
    assert declarations(rules[".site-search input"])["border-radius"] == "4px 0 0 4px"
    assert declarations(mirrored_rules[".site-search input"])["border-radius"] == "0 4px 4px 0"
    # rtlcss's directives do not reach the plain stylesheet.
    assert "rtl:ignore" not in plain and "rtl:ignore" not in mirrored


@pytest.mark.parametrize("name", ["site.css", "site-rtl.css"])
def test_phone_links_read_left_to_right_isolated_from_the_sentence_around_them(name):
    """Also the numbers that editors write in page bodies, which come from the database."""
    rules = css_rules((BUILD / "css" / name).read_text(encoding="utf-8"))
    tel = [declarations(body) for selector, body in rules if selector == 'a[href^="tel:"]']
    assert {"unicode-bidi": "isolate", "direction": "ltr"} in tel


def test_text_in_another_language_keeps_its_direction_on_an_arabic_page():
    """Italian shown where a page has no Arabic translation yet (lang="it")."""
    rules = dict(css_rules((BUILD / "css" / "site-rtl.css").read_text(encoding="utf-8")))
    island = declarations(rules["[dir=rtl] main [lang]:not(:lang(ar))"])
    assert island == {"unicode-bidi": "isolate", "direction": "ltr"}


def font_faces(css):
    return [declarations(body) for selector, body in css_rules(css) if selector == "@font-face"]


@pytest.mark.parametrize(
    ("script", "family", "weights", "letter"),
    [
        ("cyrillic", "Noto Sans", {"400", "600", "700"}, "Ѓ"),  # Macedonian
        ("arabic", "Noto Sans Arabic", {"400", "700"}, "ع"),
    ],
)
def test_the_build_writes_each_script_s_fonts_with_their_licence(script, family, weights, letter):
    css = (BUILD / "css" / f"fonts-{script}.css").read_text(encoding="utf-8")
    faces = font_faces(css)
    assert {face["font-weight"] for face in faces} == weights
    for face in faces:
        assert face["font-family"] == f'"{family}"'
        assert face["font-display"] == "swap"
        source = re.fullmatch(
            r'url\("\.\./fonts/([a-z0-9-]+\.woff2)"\) format\("woff2"\)', face["src"]
        )
        assert source, face["src"]
        font = BUILD / "fonts" / source.group(1)
        assert font.read_bytes()[:4] == b"wOF2"
        # Downloaded only for the script's letters: not for the Latin ones Titillium Web has.
        ranges = [
            [int(bound, 16) for bound in part.strip().removeprefix("U+").split("-")]
            for part in face["unicode-range"].split(",")
        ]
        assert any(r[0] <= ord(letter) <= r[-1] for r in ranges)
        assert not any(r[0] <= ord("a") <= r[-1] for r in ranges)
    licence = BUILD / "fonts" / f"{family.lower().replace(' ', '-')}-OFL.txt"
    assert "SIL Open Font License" in licence.read_text(encoding="utf-8")
    # The script's font after Titillium Web, and the system's fonts last.
    stack = dict(css_rules(css))[":root"]
    assert stack.startswith(f'--bs-font-sans-serif:"Titillium Web","{family}",')
    assert stack.endswith("sans-serif")


def test_the_plain_and_the_mirrored_stylesheets_declare_no_font_for_other_scripts():
    """Every page names each language in itself (the language switcher): declared in
    site.css, the Arabic and Cyrillic fonts would be downloaded on every Italian page for
    those words, which the system's fonts show instead."""
    for name in ("site.css", "site-rtl.css"):
        css = (BUILD / "css" / name).read_text(encoding="utf-8")
        assert {face["font-family"] for face in font_faces(css)} == {'"Titillium Web"'}, name
        assert "noto" not in css.lower(), name
        stack = declarations(dict(css_rules(css))[":root"])["--bs-font-sans-serif"]
        assert stack.startswith('"Titillium Web"') and stack.endswith("sans-serif"), name
