"""The nine languages of the site (issue 15): the switcher, the head's alternates, and
whether 1522 answers in her language."""

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst

from network.models import HELPLINE_LANGUAGES

from .helpers import tag_attrs, visible_text

CODES = [code for code, _name in settings.LANGUAGES]


def test_the_site_speaks_nine_languages_italian_first():
    assert CODES == ["it", "en", "sq", "ro", "ar", "mk", "uk", "fr", "es"]
    assert tuple(CODES) == settings.MODELTRANSLATION_LANGUAGES
    with translation.override("ar"):
        assert translation.get_language_bidi()


@pytest.mark.parametrize("code", CODES)
def test_the_switcher_is_one_control_with_every_language_named_in_itself(seeded, client, code):
    prefix = "" if code == "it" else f"/{code}"
    html = client.get(f"{prefix}/sportelli/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert switcher.count("<details") == 1 and switcher.count("<summary") == 1
    links = list(tag_attrs(switcher, "a"))
    assert [link["hreflang"] for link in links] == [c for c in CODES if c != code]
    for link in links:
        # Named in its own language, and a plain link to the same page in it.
        assert link["lang"] == link["hreflang"]
        expected = "/sportelli/" if link["hreflang"] == "it" else f"/{link['hreflang']}/sportelli/"
        assert link["href"] == expected
    names = [capfirst(translation.get_language_info(other)["name_local"]) for other in CODES]
    assert names == [
        "Italiano",
        "English",
        "Shqip",
        "Română",
        "العربيّة",
        "Македонски",
        "Українська",
        "Français",
        "Español",
    ]
    for name in names:
        assert name in switcher
    assert "<form" not in switcher


def test_every_page_head_lists_the_nine_languages_and_a_default(seeded, client):
    html = client.get("/ar/sportelli/").content.decode()
    alternates = [
        attrs["hreflang"]
        for attrs in tag_attrs(html, "link")
        if attrs.get("rel") == "alternate" and "hreflang" in attrs
    ]
    assert alternates == [*CODES, "x-default"]
    assert '<html lang="ar" dir="rtl">' in html


def test_the_browser_language_never_redirects(seeded, client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,fr;q=0.8")
    assert response.status_code == 200
    assert '<html lang="it"' in response.content.decode()
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("sq", "1522 përgjigjet edhe në shqip."),
        ("ar", "يردّ 1522 بالعربية أيضًا."),
        ("uk", "1522 відповідає також українською."),
        ("fr", "Le 1522 répond aussi en français."),
        ("es", "El 1522 también responde en español."),
        ("ro", "1522 nu răspunde în română."),
        ("mk", "1522 не одговара на македонски."),
    ],
)
def test_the_help_numbers_say_whether_1522_answers_in_her_language(seeded, client, code, note):
    text = visible_text(client.get(f"/{code}/").content.decode())
    assert note in text
    # 1522 lists Albanian, Arabic, Ukrainian, French and Spanish, not Romanian or Macedonian.
    assert (code in HELPLINE_LANGUAGES) == (code not in {"ro", "mk"})


def test_italian_pages_do_not_say_it():
    # 1522 answers in Italian: the sentence would only add words to the first screen.
    from network.templatetags.network_tags import helpline_language_note

    with translation.override("it"):
        assert helpline_language_note() == ""
    with translation.override("ro"):
        assert "Italian" not in helpline_language_note()


def test_a_desk_written_in_italian_only_says_so_in_her_language(seeded, client):
    from network.models import HelpDesk, Organisation

    desk = HelpDesk.objects.create(
        slug="nuovo-sportello",
        kind="desk",
        organisation=Organisation.objects.get(slug="comune-di-asti"),
        name_it="Nuovo sportello di prova",
        description_it="Uno sportello aperto da poco, descritto solo in italiano.",
        published=True,
    )
    html = client.get(f"/ar/sportelli/{desk.slug}/").content.decode()
    assert 'class="content-languages"' in html
    assert '<h1 lang="it">Nuovo sportello di prova</h1>' in html
    seeded_desk = client.get("/ar/sportelli/spazio-anna-c/").content.decode()
    assert 'class="content-languages"' not in seeded_desk
