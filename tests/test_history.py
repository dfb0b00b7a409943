"""History and undo: every change staff make is recorded, shown field by field, and put back
in two clicks (open the version, save it)."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils.html import strip_tags
from reversion.models import Version

from network.models import ContactChannel, HelpDesk
from pages.models import Page

from .helpers import form_data, visible_text


@pytest.fixture
def editor_client(seeded, admin_client):
    return admin_client


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def history_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


def save_form(client, url, **changes):
    data = form_data(client.get(url).content.decode())
    for name, value in changes.items():
        assert name in data or name.endswith("-DELETE"), name
        data[name] = value
    data["_save"] = "Salva"
    response = client.post(url, data)
    assert response.status_code == 302, visible_text(response.content.decode())[:2000]
    return response


def centre_phone_changed(client, value):
    """The 24-hour centre's phone number changed to `value` through its form: the desk,
    and its phone as it was."""
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    phone = desk.channels.filter(kind="phone").first()
    url = change_url(desk)
    data = form_data(client.get(url).content.decode())
    index = next(
        key.split("-")[1]
        for key, value in data.items()
        if key.startswith("channels-") and key.endswith("-id") and value == str(phone.pk)
    )
    save_form(client, url, **{f"channels-{index}-value": value})
    return desk, phone


def test_a_wrong_phone_number_is_visible_in_the_history_and_put_back(editor_client, client):
    # The seed content is the first version of every object; this save is the mistake.
    desk, phone = centre_phone_changed(editor_client, "0141 999999")
    original = phone.value
    phone.refresh_from_db()
    assert phone.value == "0141 999999"

    html = editor_client.get(history_url(desk)).content.decode()
    text = visible_text(html)
    assert "Maria Rossi" in text
    assert f"{original} → 0141 999999" in text
    assert "Canale di contatto: " in text
    assert "Versione attuale" in text
    restore_links = re.findall(r'<a class="button" href="([^"]+)">Ripristina questa versione', html)
    assert len(restore_links) == 1  # every version but the current one

    # Click 1: the form opens filled in with that version; nothing is changed yet.
    revision_html = editor_client.get(restore_links[0]).content.decode()
    assert original in revision_html
    phone.refresh_from_db()
    assert phone.value == "0141 999999"
    # Click 2: save.
    data = form_data(revision_html)
    data["_save"] = "Salva"
    assert editor_client.post(restore_links[0], data).status_code == 302
    phone.refresh_from_db()
    assert phone.value == original
    assert original in client.get(desk.get_absolute_url()).content.decode()
    # The restore is itself in the history.
    assert "0141 999999 → " + original in visible_text(
        editor_client.get(history_url(desk)).content.decode()
    )


def test_a_page_title_change_is_shown_in_both_languages(editor_client):
    page = Page.objects.get(slug="servizio")
    url = change_url(page)
    save_form(editor_client, url, title_en="Equal opportunities in Asti")
    text = visible_text(editor_client.get(history_url(page)).content.decode())
    assert "Equal Opportunities → Equal opportunities in Asti" in text


def test_publishing_from_the_list_is_recorded_too(editor_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    response = editor_client.post(
        reverse("admin:network_helpdesk_changelist"),
        {"action": "make_unpublished", "_selected_action": [desk.pk]},
    )
    assert response.status_code == 302
    latest, seeded = Version.objects.get_for_object(desk)
    assert seeded.field_dict["published"] is True and seeded.revision.user is None
    assert latest.revision.user.username == "mrossi"
    assert latest.field_dict["published"] is False
    assert latest.revision.get_comment() == "Ritirato dal sito"


def test_inline_rows_added_and_removed_are_listed(editor_client):
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    url = change_url(desk)
    channel = desk.channels.first()
    data = form_data(editor_client.get(url).content.decode())
    index = next(
        key.split("-")[1]
        for key, value in data.items()
        if key.startswith("channels-") and key.endswith("-id") and value == str(channel.pk)
    )
    save_form(editor_client, url, **{f"channels-{index}-DELETE": "on"})
    assert not ContactChannel.objects.filter(pk=channel.pk).exists()
    text = visible_text(editor_client.get(history_url(desk)).content.decode())
    assert f"{channel.value}" in text and "(rimosso)" in text


def test_seeding_again_adds_no_history(seeded):
    from io import StringIO

    from django.core.management import call_command

    before = Version.objects.count()
    assert before > 100  # every seeded object has its first version
    call_command("seed_content", stdout=StringIO())
    assert Version.objects.count() == before


def test_admin_lists_show_and_filter_missing_translations(editor_client):
    Page.objects.filter(slug="servizio").update(summary_en="", title_en="")
    url = reverse("admin:pages_page_changelist")
    html = editor_client.get(url).content.decode()
    assert "Inglese mancante: Titolo, Sommario" in visible_text(html)
    assert "Completa" in visible_text(html)
    missing = visible_text(editor_client.get(url, {"traduzione": "en"}).content.decode())
    assert "Le Pari Opportunità" in missing
    assert "Navigare in sicurezza" not in missing


def test_the_history_names_fields_and_rows_in_italian(editor_client):
    """Django records the labels and the rows' names untranslated ("Contacts verified on",
    "Monday 06:00-20:00") and the history showed them in English."""
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    url = change_url(desk)
    data = form_data(editor_client.get(url).content.decode())
    total = int(data["hours-TOTAL_FORMS"])
    data.update(
        {
            "contacts_verified_on": "01/12/2026",
            "hours-TOTAL_FORMS": str(total + 1),
            f"hours-{total}-weekday": "0",
            f"hours-{total}-opens": "06:00",
            f"hours-{total}-closes": "20:00",
            "_save": "Salva",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, visible_text(response.content.decode())[:2000]
    comment = Version.objects.get_for_object(desk).first().revision.get_comment()
    assert comment == (
        "Campi modificati: Contatti verificati il. "
        "Nuova riga: orario di apertura “Lunedì 06:00–20:00”."
    )
    text = visible_text(editor_client.get(history_url(desk)).content.decode())
    assert comment in text


@pytest.mark.parametrize(
    ("model", "slug", "name"),
    [(Page, "note-legali", "pagina"), (HelpDesk, "spazio-anna-c", "sportello")],
)
def test_messages_about_an_object_are_right_for_its_gender(editor_client, model, slug, name):
    obj = model.objects.get(slug=slug)
    response = save_form(editor_client, change_url(obj))
    shown = [strip_tags(str(message)) for message in response.wsgi_request._messages]
    assert shown == [f"Hai salvato le modifiche a “{obj}” ({name})."]


def test_adding_a_row_is_offered_right_for_every_gender(editor_client):
    html = unescape(editor_client.get(change_url(HelpDesk.objects.first())).content.decode())
    # The inlines' button text travels in their data-inline-formset attribute.
    assert '"addText": "Aggiungi: Variazione dell\'orario"' in html
    assert "un altro" not in html


def test_the_list_of_deleted_pages_says_so_in_italian(editor_client):
    html = editor_client.get(reverse("admin:pages_page_recoverlist")).content.decode()
    assert "Recupera elementi eliminati: pagine" in html
    assert "cancellati" not in html


def test_a_text_saved_empty_where_it_was_null_is_no_change():
    from editing.history import _field_changes

    before = {"directions_it": None, "name_it": "Sportello"}
    after = {"directions_it": "", "name_it": "Sportello di Asti"}
    assert _field_changes(HelpDesk, before, after) == [
        ("Nome [it]", "Sportello", "Sportello di Asti")
    ]


def test_a_translated_text_is_listed_once_in_its_language():
    from editing.history import _field_changes

    before = {"description": "Vecchia", "description_it": "Vecchia"}
    after = {"description": "Nuova", "description_it": "Nuova"}
    assert _field_changes(HelpDesk, before, after) == [("Descrizione [it]", "Vecchia", "Nuova")]


def test_restoring_says_what_it_changes_and_which_later_changes_it_undoes(editor_client):
    """A restore to the seed version silently undid a verification date set minutes
    before: the form now says so before anything is saved."""
    desk, phone = centre_phone_changed(editor_client, "0141 999999")
    url = change_url(desk)
    save_form(editor_client, url, contacts_verified_on="07/12/2026")

    seed_version = Version.objects.get_for_object(desk).order_by("pk").first()
    revision_url = reverse("admin:network_helpdesk_revision", args=[desk.pk, seed_version.pk])
    text = visible_text(editor_client.get(revision_url).content.decode())
    assert "Salvando, queste cose tornano come erano in questa versione:" in text
    assert f"0141 999999 → {phone.value}" in text
    assert "Contatti verificati il: 07 dicembre 2026 → 01 gennaio 2023" in text
    assert "Annulla anche queste modifiche successive:" in text
    assert text.count("Maria Rossi") >= 2
    assert "Campi modificati: Contatti verificati il." in text
    # Nothing is changed yet.
    desk.refresh_from_db()
    assert desk.contacts_verified_on.isoformat() == "2026-12-07"

    latest = Version.objects.get_for_object(desk).order_by("pk").last()
    same = reverse("admin:network_helpdesk_revision", args=[desk.pk, latest.pk])
    assert "salvando non cambia niente" in visible_text(editor_client.get(same).content.decode())


def test_two_versions_side_by_side(editor_client):
    desk, phone = centre_phone_changed(editor_client, "0141 999999")
    url = change_url(desk)
    save_form(editor_client, url, name_it="Centro antiviolenza di Asti")

    history = editor_client.get(history_url(desk)).content.decode()
    choices = re.findall(r'<input type="checkbox" name="v" value="(\d+)"', history)
    assert len(choices) == 3 and "Confronta le due versioni scelte" in history
    newest, _middle, oldest = choices
    compare = history_url(desk) + "compare/"
    html = editor_client.get(compare, {"v": [newest, oldest]}).content.decode()
    table = visible_text(html.split('id="compare-versions"')[1].split("</table>")[0])
    assert f"Numero o indirizzo {phone.value} 0141 999999" in table
    assert "Nome [it] Centro antiviolenza «L'orecchio di Venere»" in table
    assert table.count("Versione del") == 2
    same = editor_client.get(compare, {"v": [newest, newest]})
    assert same.status_code == 302  # one version is not two


@pytest.mark.parametrize("choice", [[], ["abc"], ["1"], ["99999", "99998"], ["1'--", "2"]])
def test_comparing_without_two_versions_of_this_item_goes_back_to_the_history(
    editor_client, choice
):
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    response = editor_client.get(history_url(desk) + "compare/", {"v": choice}, follow=True)
    assert response.status_code == 200
    assert "Scegli due versioni da confrontare." in response.content.decode()


def test_comparing_needs_a_staff_member(client, seeded):
    desk = HelpDesk.objects.get(slug="orecchio-di-venere")
    response = client.get(history_url(desk) + "compare/", {"v": ["1", "2"]})
    assert response.status_code == 302 and "/login/" in response["Location"]
