"""A translation checked by a native speaker: one box per language on the change form, a
column and a filter in the lists, a line per language on the admin home. A check holds
the digest of the text it saw: an edit of that text makes it "to check" again."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from network.models import TranslationReview
from network.translation_status import translation_digest
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
