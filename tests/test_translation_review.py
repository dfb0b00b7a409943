"""A translation checked by a native speaker: one box per language on the change form, a
column and a filter in the lists, a line per language on the admin home. A check holds
the digest of the text it saw: an edit of that text makes it "to check" again."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editing.models import TranslationReview
from editing.translation_status import translation_digest
from network.models import (
    ContactChannel,
    HelpDesk,
    HoursException,
    Protocol,
    ProtocolObjective,
)
from pages.models import Page

from .helpers import form_data, login_verified, tag_attrs, visible_text

SAFE_BROWSING = "navigare-in-sicurezza"  # a help-path page, seeded in all nine languages
ALBANIAN_BOX = "translation_checked_sq"


@pytest.fixture
def staff_client(seeded, admin_client):
    return admin_client


def change_url(obj):
    return reverse("admin:pages_page_change", args=[obj.pk])


def changelist(name="pages_page"):
    return reverse(f"admin:{name}_changelist")


def save_form(client, url, **changes):
    """Post the change form with every field as the browser would, after `changes`
    (a value of None unticks a box)."""
    data = form_data(client.get(url).content.decode())
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    data["_save"] = "Salva"
    response = client.post(url, data)
    assert response.status_code == 302, visible_text(response.content.decode())[:2000]
    return response


def albanian_box(html):
    """The Albanian box on a change form ({attribute: value}), or None."""
    boxes = [attrs for attrs in tag_attrs(html, "input") if attrs.get("name") == ALBANIAN_BOX]
    return boxes[0] if boxes else None


def listed(client, language):
    """The titles listed by the "to check in `language`" filter of the pages list."""
    response = client.get(changelist(), {"revisione": language})
    return [page.title for page in response.context["cl"].result_list]


def test_checking_an_albanian_page_through_the_form_until_its_text_changes(staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    url = change_url(page)
    html = staff_client.get(url).content.decode()
    text = visible_text(html)
    assert "Revisione delle traduzioni" in text
    assert "Testo in albanese controllato da una persona madrelingua" in text
    assert "Testo in rumeno controllato da una persona madrelingua" in text
    assert "checked" not in albanian_box(html)
    assert "Navigare in sicurezza" in listed(staff_client, "sq")
    assert "albanese" in visible_text(staff_client.get(changelist()).content.decode())

    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})

    check = TranslationReview.objects.get(object_id=page.pk, language="sq")
    assert check.reviewed_by.username == "mrossi"
    assert check.content_object == page
    html = staff_client.get(url).content.decode()
    assert "checked" in albanian_box(html)
    assert "Controllato da Maria Rossi il " in visible_text(html)
    assert "Navigare in sicurezza" not in listed(staff_client, "sq")
    assert "Navigare in sicurezza" in listed(staff_client, "ro")  # only Albanian was ticked
    # Saving the form again, the box still ticked, changes nothing.
    save_form(staff_client, url, title_it="Navigare in sicurezza")
    assert TranslationReview.objects.get(pk=check.pk).reviewed_at == check.reviewed_at

    # An edit of the Albanian text, the box left ticked as the form shows it: to check again.
    save_form(staff_client, url, title_sq="Shfletim i sigurt në internet")
    html = staff_client.get(url).content.decode()
    assert "checked" not in albanian_box(html)
    assert "Il testo è cambiato dopo il controllo di Maria Rossi del " in visible_text(html)
    assert "Navigare in sicurezza" in listed(staff_client, "sq")

    # Ticked again: checked again, with the new text.
    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})
    assert "Navigare in sicurezza" not in listed(staff_client, "sq")
    # Any edit counts, not only one made on this form (here, straight into the database).
    checked_summary = Page.objects.get(pk=page.pk).summary_sq
    Page.objects.filter(pk=page.pk).update(summary_sq="Këshilla për të lënë më pak gjurmë.")
    assert "Navigare in sicurezza" in listed(staff_client, "sq")
    # ... and putting the checked text back (as restoring a version does) makes it checked.
    Page.objects.filter(pk=page.pk).update(summary_sq=checked_summary)
    assert "Navigare in sicurezza" not in listed(staff_client, "sq")


def overview(client, url):
    """The languages at the top of a change form: {code: text shown beside it}."""
    html = client.get(url).content.decode()
    if 'class="translation-overview"' not in html:
        return {}
    section = html.split('class="translation-overview"')[1].split("</section>")[0]
    items = re.findall(
        r'<li class="translation-overview__(\w+)"><abbr title="[^"]+">(\w+)</abbr> ([^<]*)</li>',
        section,
    )
    return {code: (state, text) for state, code, text in items}


def test_a_form_shows_every_language_at_a_glance(staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    url = change_url(page)
    assert set(overview(staff_client, url)) == {"EN", "SQ", "RO", "AR", "MK", "UK", "FR", "ES"}
    assert overview(staff_client, url)["SQ"] == ("unchecked", "da controllare")
    save_form(staff_client, url, **{ALBANIAN_BOX: "on", "title_ro": ""})
    shown = overview(staff_client, url)
    assert shown["SQ"] == ("checked", "controllata")
    assert shown["RO"] == ("missing", "mancano: Titolo")
    # A new item has nothing to show yet.
    assert overview(staff_client, reverse("admin:pages_page_add")) == {}


def test_a_change_of_the_italian_text_makes_the_translation_to_check_again(staff_client):
    # The Italian gained a sentence (a corrected number, a new way to ask for help): the
    # Albanian checked before does not say it yet.
    page = Page.objects.get(slug=SAFE_BROWSING)
    save_form(staff_client, change_url(page), **{ALBANIAN_BOX: "on"})
    assert "Navigare in sicurezza" not in listed(staff_client, "sq")
    checked_body = page.body_it
    Page.objects.filter(pk=page.pk).update(body_it=checked_body + "<p>Una frase nuova.</p>")
    assert "Navigare in sicurezza" in listed(staff_client, "sq")
    home = visible_text(staff_client.get(reverse("admin:index")).content.decode())
    assert "albanese" in home.lower()
    Page.objects.filter(pk=page.pk).update(body_it=checked_body)
    assert "Navigare in sicurezza" not in listed(staff_client, "sq")


def test_the_name_of_who_checked_is_shown_as_text(staff_client):
    user = get_user_model().objects.get(username="mrossi")
    user.first_name = '<img src="x" onerror="alert(1)">'
    user.last_name = "<b>Rossi</b>"
    user.save()
    page = Page.objects.get(slug=SAFE_BROWSING)
    url = change_url(page)
    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})
    html = staff_client.get(url).content.decode()
    assert '<img src="x"' not in html and "<b>Rossi</b>" not in html
    assert "&lt;img src=" in html


def test_unticking_the_box_removes_the_check(staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    url = change_url(page)
    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})
    assert TranslationReview.objects.filter(object_id=page.pk, language="sq").exists()
    save_form(staff_client, url, **{ALBANIAN_BOX: None})
    assert not TranslationReview.objects.filter(object_id=page.pk, language="sq").exists()
    assert "checked" not in albanian_box(staff_client.get(url).content.decode())
    assert "Navigare in sicurezza" in listed(staff_client, "sq")


def test_a_check_is_in_the_history_of_the_page(staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    save_form(staff_client, change_url(page), **{ALBANIAN_BOX: "on"})
    history = reverse("admin:pages_page_history", args=[page.pk])
    text = visible_text(staff_client.get(history).content.decode())
    assert "Testo in albanese controllato da una persona madrelingua" in text


def test_a_language_without_text_has_no_box(staff_client):
    page = Page.objects.get(slug="privacy")
    Page.objects.filter(pk=page.pk).update(title_sq="", summary_sq="", body_sq="", image_alt_sq="")
    html = staff_client.get(change_url(page)).content.decode()
    assert albanian_box(html) is None
    assert 'name="translation_checked_en"' in html
    assert 'name="translation_checked_it"' not in html  # Italian is the original


def test_the_list_names_the_languages_to_check(staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    text = visible_text(staff_client.get(changelist(), {"q": "Navigare"}).content.decode())
    assert "Da controllare: inglese, albanese, rumeno, arabo, macedone, ucraino" in text
    save_form(staff_client, change_url(page), **{ALBANIAN_BOX: "on"})
    text = visible_text(staff_client.get(changelist(), {"q": "Navigare"}).content.decode())
    assert "Da controllare: inglese, rumeno, arabo" in text


def test_the_admin_home_has_a_line_per_language_to_check(staff_client):
    home = reverse("admin:index")
    html = staff_client.get(home).content.decode()
    text = visible_text(html)
    assert "Traduzioni non ancora controllate da una persona madrelingua" in text
    for language in ("Inglese", "Albanese", "Rumeno", "Arabo", "Macedone", "Ucraino"):
        assert re.search(rf"{language}: \d+ – ", text), language
    assert f'href="{changelist()}?revisione=sq"' in html
    before = int(re.search(r"Albanese: (\d+) – ", text).group(1))
    pages_before = int(re.search(r"revisione=sq\">Pagine</a> \((\d+)\)", html).group(1))

    save_form(
        staff_client, change_url(Page.objects.get(slug=SAFE_BROWSING)), **{ALBANIAN_BOX: "on"}
    )

    html = staff_client.get(home).content.decode()
    assert int(re.search(r"Albanese: (\d+) – ", visible_text(html)).group(1)) == before - 1
    assert int(re.search(r"revisione=sq\">Pagine</a> \((\d+)\)", html).group(1)) == (
        pages_before - 1
    )
    # Each link lists exactly as many items as the home counts.
    links = re.findall(r'<a href="([^"]+\?revisione=sq)">[^<]+</a> \((\d+)\)', html)
    assert len(links) > 3
    for link, count in links:
        response = staff_client.get(link)
        assert response.context["cl"].result_count == int(count), link


@pytest.fixture
def viewer_client(seeded):
    """Staff who may read pages but not change them."""
    user = get_user_model().objects.create_user("lettrice", password="x" * 16, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_page"))
    client = Client()
    client.force_login(user)
    return client


def test_staff_who_may_not_change_the_page_cannot_check_it(viewer_client, staff_client):
    page = Page.objects.get(slug=SAFE_BROWSING)
    url = change_url(page)
    html = viewer_client.get(url).content.decode()
    assert viewer_client.get(url).status_code == 200
    assert albanian_box(html) is None
    data = form_data(staff_client.get(url).content.decode())
    data[ALBANIAN_BOX] = "on"
    data["_save"] = "Salva"
    assert viewer_client.post(url, data).status_code == 403
    assert not TranslationReview.objects.exists()


def test_an_editor_may_check_a_page(seeded, client):
    user = get_user_model().objects.create_user("redattrice", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redattori"))
    login_verified(client, user)
    page = Page.objects.get(slug=SAFE_BROWSING)
    save_form(client, change_url(page), **{ALBANIAN_BOX: "on"})
    assert TranslationReview.objects.get(object_id=page.pk, language="sq").reviewed_by == user


@pytest.mark.parametrize(
    "value",
    ["xx", "it", "<script>alert(1)</script>", "sq' OR 1=1 --", "é" * 5000, "sq\x00"],
)
@pytest.mark.parametrize("name", ["pages_page", "network_helpdesk"])
def test_hostile_filter_values_give_the_whole_list(staff_client, name, value):
    response = staff_client.get(changelist(name), {"revisione": value})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_the_list_takes_as_many_queries_for_one_page_as_for_all(staff_client):
    for page in Page.objects.all():  # each page checked in Albanian
        TranslationReview.objects.create(
            content_object=page, language="sq", digest=translation_digest(page, "sq")
        )
    assert Page.objects.count() > 5
    with CaptureQueriesContext(connection) as one:
        response = staff_client.get(changelist(), {"q": "Navigare"})
    assert visible_text(response.content.decode()).count("Da controllare:") == 1
    with CaptureQueriesContext(connection) as every:
        response = staff_client.get(changelist())
    assert visible_text(response.content.decode()).count("Da controllare:") > 5
    assert len(every) == len(one)
    with CaptureQueriesContext(connection) as filtered_one:
        staff_client.get(changelist(), {"q": "Navigare", "revisione": "ro"})
    with CaptureQueriesContext(connection) as filtered_every:
        staff_client.get(changelist(), {"revisione": "ro"})
    assert len(filtered_every) == len(filtered_one)


def test_the_admin_home_takes_as_many_queries_whatever_the_content(staff_client):
    home = reverse("admin:index")
    with CaptureQueriesContext(connection) as before:
        staff_client.get(home)
    for number in range(5):
        Page.objects.create(
            title=f"Orari {number}", slug=f"orari-{number}", title_sq=f"Orari {number}"
        )
    with CaptureQueriesContext(connection) as after:
        staff_client.get(home)
    assert len(after) == len(before)


# --- Texts edited on an item's form as inline rows: a desk's channels and changes to its
# hours, a protocol's objectives. They are part of the text a check covers.

DESK = "spazio-anna-c"
PROTOCOL = "protocollo-intesa-violenza-donne"


def admin_change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def listed_slugs(client, name, language):
    """The slugs listed by the "to check in `language`" filter of a list."""
    response = client.get(changelist(name), {"revisione": language})
    return [obj.slug for obj in response.context["cl"].result_list]


def column_languages(client, name, query):
    """The languages the "Translation" column names as to check, for the one item found."""
    response = client.get(changelist(name), {"q": query})
    assert response.context["cl"].result_count == 1
    found = re.search(r"Da controllare: (\w+(?:, \w+)*)", visible_text(response.content.decode()))
    return found.group(1).split(", ") if found else []


def home_count(client, name, language):
    """How many items of a list the admin home counts as to check in `language`."""
    html = client.get(reverse("admin:index")).content.decode()
    link = re.escape(f'href="{changelist(name)}?revisione={language}">')
    found = re.search(rf"{link}[^<]+</a> \((\d+)\)", html)
    return int(found.group(1)) if found else 0


def assert_desk_to_check(client, to_check):
    assert (DESK in listed_slugs(client, "network_helpdesk", "sq")) is to_check
    assert ("albanese" in column_languages(client, "network_helpdesk", DESK)) is to_check
    html = client.get(admin_change_url(HelpDesk.objects.get(slug=DESK))).content.decode()
    assert ("checked" not in albanian_box(html)) is to_check


@pytest.fixture
def checked_desk(staff_client):
    """The desk, its Albanian text ticked as checked on its form."""
    desk = HelpDesk.objects.get(slug=DESK)
    save_form(staff_client, admin_change_url(desk), **{ALBANIAN_BOX: "on"})
    assert_desk_to_check(staff_client, False)
    return desk


def test_an_edited_channel_label_makes_the_desk_to_check_again(staff_client, checked_desk):
    home = home_count(staff_client, "network_helpdesk", "sq")
    channel = checked_desk.channels.order_by("pk").last()
    assert channel.label_sq
    checked_label = channel.label_sq
    ContactChannel.objects.filter(pk=channel.pk).update(label_sq="Numri i emergjencës, 24 orë")
    assert_desk_to_check(staff_client, True)
    assert home_count(staff_client, "network_helpdesk", "sq") == home + 1
    html = staff_client.get(admin_change_url(checked_desk)).content.decode()
    assert "Il testo è cambiato dopo il controllo di Maria Rossi del " in visible_text(html)
    # The checked label put back: checked again.
    ContactChannel.objects.filter(pk=channel.pk).update(label_sq=checked_label)
    assert_desk_to_check(staff_client, False)
    assert home_count(staff_client, "network_helpdesk", "sq") == home
    # A change of the Italian label the Albanian translates counts too.
    ContactChannel.objects.filter(pk=channel.pk).update(label_it="Segreteria")
    assert_desk_to_check(staff_client, True)


def test_a_check_ticked_with_an_edited_label_covers_the_label_as_saved(staff_client, checked_desk):
    url = admin_change_url(checked_desk)
    channel = checked_desk.channels.order_by("pk").first()
    data = form_data(staff_client.get(url).content.decode())
    row = next(
        key.removesuffix("-id")
        for key, value in data.items()
        if key.startswith("channels-") and key.endswith("-id") and value == str(channel.pk)
    )
    # Edited on the form, the box left ticked: to check again.
    save_form(staff_client, url, **{f"{row}-label_sq": "Sporteli, në telefon"})
    assert ContactChannel.objects.get(pk=channel.pk).label_sq == "Sporteli, në telefon"
    assert_desk_to_check(staff_client, True)
    # Edited and ticked on the same form: the check is of the label as saved.
    save_form(staff_client, url, **{f"{row}-label_sq": "Sporteli", ALBANIAN_BOX: "on"})
    assert_desk_to_check(staff_client, False)


def test_changes_to_the_hours_with_a_note_make_the_desk_to_check_again(staff_client, checked_desk):
    home = home_count(staff_client, "network_helpdesk", "sq")
    # A closure without a note has nothing to translate: the check stands.
    HoursException.objects.create(help_desk=checked_desk, starts_on=date(2031, 12, 26))
    assert_desk_to_check(staff_client, False)
    holiday = HoursException.objects.create(
        help_desk=checked_desk,
        starts_on=date(2031, 12, 24),
        note_it="Chiuso per le feste",
        note_sq="Mbyllur për festat",
    )
    assert_desk_to_check(staff_client, True)
    assert home_count(staff_client, "network_helpdesk", "sq") == home + 1
    # The row removed: the text is again the one checked.
    holiday.delete()
    assert_desk_to_check(staff_client, False)
    assert home_count(staff_client, "network_helpdesk", "sq") == home


def test_an_edited_objective_makes_the_protocol_to_check_again(staff_client):
    protocol = Protocol.objects.get(slug=PROTOCOL)
    objective = protocol.objectives.order_by("pk").first()
    Protocol.objects.filter(pk=protocol.pk).update(title_sq="Protokolli i mirëkuptimit")
    ProtocolObjective.objects.filter(pk=objective.pk).update(text_sq="Identifikimi i veprimeve")
    url = admin_change_url(protocol)
    home = home_count(staff_client, "network_protocol", "sq")
    assert PROTOCOL in listed_slugs(staff_client, "network_protocol", "sq")
    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})
    assert PROTOCOL not in listed_slugs(staff_client, "network_protocol", "sq")
    assert "albanese" not in column_languages(staff_client, "network_protocol", PROTOCOL)
    assert home_count(staff_client, "network_protocol", "sq") == home - 1
    ProtocolObjective.objects.filter(pk=objective.pk).update(
        text_sq="Parandalimi i dhunës ndaj grave"
    )
    assert PROTOCOL in listed_slugs(staff_client, "network_protocol", "sq")
    assert "albanese" in column_languages(staff_client, "network_protocol", PROTOCOL)
    assert home_count(staff_client, "network_protocol", "sq") == home
    assert "checked" not in albanian_box(staff_client.get(url).content.decode())


def test_a_translation_only_in_the_rows_of_the_form_is_to_check_too(staff_client):
    # The protocol's own texts have no Albanian, one of its objectives has.
    protocol = Protocol.objects.get(slug=PROTOCOL)
    url = admin_change_url(protocol)
    assert albanian_box(staff_client.get(url).content.decode()) is None
    assert PROTOCOL not in listed_slugs(staff_client, "network_protocol", "sq")
    objective = protocol.objectives.order_by("pk").last()
    ProtocolObjective.objects.filter(pk=objective.pk).update(text_sq="Fushata ndërgjegjësimi")
    assert PROTOCOL in listed_slugs(staff_client, "network_protocol", "sq")
    assert "albanese" in column_languages(staff_client, "network_protocol", PROTOCOL)
    assert home_count(staff_client, "network_protocol", "sq") >= 1
    save_form(staff_client, url, **{ALBANIAN_BOX: "on"})
    assert "checked" in albanian_box(staff_client.get(url).content.decode())
    assert PROTOCOL not in listed_slugs(staff_client, "network_protocol", "sq")
    assert home_count(staff_client, "network_protocol", "sq") == 0


def test_the_desk_list_takes_as_many_queries_for_one_desk_as_for_all(staff_client):
    home = reverse("admin:index")
    with CaptureQueriesContext(connection) as home_before:
        staff_client.get(home)
    desks = list(HelpDesk.objects.all())
    assert len(desks) > 5
    for number, desk in enumerate(desks):  # each desk checked in Albanian
        # (The admin home reads the rows of confidential places once each, for the words
        # that would say where they are: rows for public desks only.)
        if not desk.is_confidential:
            HoursException.objects.create(
                help_desk=desk,
                starts_on=date(2031, 1, 1 + number),
                note_it="Chiuso",
                note_sq="Mbyllur",
            )
            ContactChannel.objects.create(
                help_desk=desk, kind="web", value="https://example.org", label_sq=f"Faqja {number}"
            )
        TranslationReview.objects.create(
            content_object=desk, language="sq", digest=translation_digest(desk, "sq")
        )
    with CaptureQueriesContext(connection) as home_after:
        staff_client.get(home)
    assert len(home_after) == len(home_before)
    assert home_count(staff_client, "network_helpdesk", "sq") == 0

    with CaptureQueriesContext(connection) as one:
        response = staff_client.get(changelist("network_helpdesk"), {"q": DESK})
    assert visible_text(response.content.decode()).count("Da controllare:") == 1
    with CaptureQueriesContext(connection) as every:
        response = staff_client.get(changelist("network_helpdesk"))
    text = visible_text(response.content.decode())
    assert text.count("Da controllare:") == len(desks)
    assert "albanese" not in text  # the digests of the list are those of the form
    assert len(every) == len(one)
    with CaptureQueriesContext(connection) as filtered_one:
        staff_client.get(changelist("network_helpdesk"), {"q": DESK, "revisione": "ro"})
    with CaptureQueriesContext(connection) as filtered_every:
        response = staff_client.get(changelist("network_helpdesk"), {"revisione": "ro"})
    assert response.context["cl"].result_count == len(desks)
    assert len(filtered_every) == len(filtered_one)
    assert listed_slugs(staff_client, "network_helpdesk", "sq") == []
