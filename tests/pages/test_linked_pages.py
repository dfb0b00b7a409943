"""The pages every page links to (menu, emergency bar, footer) cannot be withdrawn, renamed
or deleted: otherwise every page of the site would link to "page not found"."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from pages.models import LINKED_FROM_EVERY_PAGE, Page
from tests.helpers import form_data, tag_attrs, visible_text


@pytest.fixture
def staff_client(seeded, admin_client):
    return admin_client


def changelist():
    return reverse("admin:pages_page_changelist")


def footer_and_bar_links():
    html = Client().get("/").content.decode()
    return [a["href"] for a in tag_attrs(html, "a") if a.get("href", "").startswith("/")]


def test_every_page_links_to_each_of_them(seeded):
    links = footer_and_bar_links()
    for slug in LINKED_FROM_EVERY_PAGE:
        assert Page.objects.get(slug=slug).get_absolute_url() in links, slug


@pytest.mark.parametrize("slug", LINKED_FROM_EVERY_PAGE)
def test_the_change_form_keeps_it_published_and_at_its_address(staff_client, slug):
    page = Page.objects.get(slug=slug)
    url = reverse("admin:pages_page_change", args=[page.pk])
    html = staff_client.get(url).content.decode()
    assert "Resta pubblicata al suo indirizzo" in visible_text(html)
    data = form_data(html)
    assert "slug" not in data and "published" not in data  # shown, not editable
    # What a hand-made post could still send is ignored: the fields are read-only.
    data.update(slug="altro-indirizzo", title_it="Titolo nuovo")
    data.pop("published", None)
    response = staff_client.post(url, data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.slug, page.published, page.title_it) == (slug, True, "Titolo nuovo")
    # No delete link, and the delete page refuses.
    assert staff_client.get(reverse("admin:pages_page_delete", args=[page.pk])).status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_the_list_cannot_withdraw_it(staff_client):
    page = Page.objects.get(slug="privacy")
    html = staff_client.get(changelist()).content.decode()
    data = form_data(html)
    # Untick "published" on every row, as an editor could.
    rows = [name for name in data if name.endswith("-published")]
    assert rows
    for name in rows:
        data.pop(name)
    data["_save"] = "Salva"
    response = staff_client.post(changelist(), data)
    assert response.status_code == 200  # the list again, with the errors
    assert "every page of the site links to it" in response.content.decode() or (
        "ogni pagina del sito" in visible_text(response.content.decode())
    )
    page.refresh_from_db()
    assert page.published


def test_the_withdraw_action_leaves_them_and_says_so(staff_client):
    other = Page.objects.exclude(slug__in=LINKED_FROM_EVERY_PAGE).first()
    linked = Page.objects.filter(slug__in=LINKED_FROM_EVERY_PAGE)
    selected = [other.pk, *linked.values_list("pk", flat=True)]
    response = staff_client.post(
        changelist(),
        {"action": "make_unpublished", "_selected_action": selected},
        follow=True,
    )
    text = visible_text(response.content.decode())
    assert "1 elemento ritirato dal sito." in text or "1 item withdrawn" in text
    assert "ogni pagina del sito" in text or "every page of the site links" in text
    other.refresh_from_db()
    assert not other.published
    assert all(page.published for page in Page.objects.filter(slug__in=LINKED_FROM_EVERY_PAGE))


def test_the_delete_action_refuses_them(staff_client):
    page = Page.objects.get(slug="note-legali")
    response = staff_client.post(
        changelist(),
        {"action": "delete_selected", "_selected_action": [page.pk], "post": "yes"},
    )
    assert Page.objects.filter(pk=page.pk).exists()
    assert response.status_code in (200, 403)


def test_the_model_and_the_database_refuse_it(seeded):
    from django.core.exceptions import ValidationError

    page = Page.objects.get(slug="accessibilita")
    page.published = False
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    # For the whole page (its form shows no "published" box).
    assert "Questa pagina resta pubblicata" in error.value.message_dict["__all__"][0]
    page.refresh_from_db()
    page.slug = "dichiarazione"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "slug" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.filter(pk=page.pk).update(published=False)


def test_the_public_links_keep_working_after_all_that(staff_client):
    test_the_withdraw_action_leaves_them_and_says_so(staff_client)
    visitor = Client()
    for slug in LINKED_FROM_EVERY_PAGE:
        with translation.override("it"):
            url = Page.objects.get(slug=slug).get_absolute_url()
        assert visitor.get(url).status_code == 200, url
        assert visitor.get("/en" + url).status_code == 200, url
