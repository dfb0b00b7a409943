"""The admin works for staff: every model is there and no page loads anything from elsewhere."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import timezone

from network.models import (
    HelpDesk,
    Language,
    Municipality,
    Organisation,
    Protocol,
    SupportService,
    localized_field_names,
)
from pages.models import ContactPoint, Deliberation, Page, SiteSettings

from .helpers import form_data

EDITABLE = [
    Organisation,
    Protocol,
    SupportService,
    Language,
    HelpDesk,
    Municipality,
    Page,
    Deliberation,
    ContactPoint,
]


@pytest.fixture
def staff_client(seeded, admin_client):
    return admin_client


@pytest.mark.parametrize("model", [*EDITABLE, SiteSettings])
def test_every_content_model_is_registered(model):
    assert model in admin.site._registry


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", EDITABLE)
def test_changelist_add_and_change_pages_open(staff_client, model):
    assert staff_client.get(admin_url(model, "changelist")).status_code == 200
    assert staff_client.get(admin_url(model, "changelist"), {"q": "asti"}).status_code == 200
    assert staff_client.get(admin_url(model, "add")).status_code == 200
    obj = model.objects.first()
    assert staff_client.get(admin_url(model, "change", obj.pk)).status_code == 200


def test_translation_tabs_use_the_sites_own_jquery_ui(staff_client):
    desk = HelpDesk.objects.first()
    html = staff_client.get(admin_url(HelpDesk, "change", desk.pk)).content.decode()
    assert "build/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html and "//ajax." not in html
    assert 'name="name_it"' in html and 'name="name_en"' in html


def test_a_confidential_location_is_refused_on_the_form(staff_client):
    desk = HelpDesk.objects.get(slug="posto-letto-segreto-asl-at")
    url = admin_url(HelpDesk, "change", desk.pk)
    form = staff_client.get(url).context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            data[name] = value.pk
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        else:
            data[name] = value
    for prefix in ("channels", "hours", "hours_exceptions"):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data["street_address"] = "via Segreta 1"
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "cannot have an address" in response.content.decode() or (
        "non può avere" in response.content.decode()
    )
    desk.refresh_from_db()
    assert desk.street_address == ""


def test_the_public_site_sets_no_cookie_but_the_admin_login_does(db, client):
    assert not client.get("/").cookies
    response = client.get(reverse("admin:login"))
    assert "csrftoken" in response.cookies


def test_the_admin_home_shows_what_needs_attention(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()
    assert 'id="attention"' in html
    # Chierese has never been verified; the Spazio Anna C. contacts date from 2020.
    assert "Consorzio dei Servizi Socio Assistenziali del Chierese" in html
    assert "Spazio Anna C." in html
    assert '?serving_body_known=no">48</a>' in html
    # "Le Pari Opportunità" was last updated on 2 December 2020.
    assert "02/12/2020" in html


def test_marking_contacts_verified_takes_one_action(staff_client):
    desk = HelpDesk.objects.get(slug="sportello-consorzio-chierese")
    response = staff_client.post(
        admin_url(HelpDesk, "changelist"),
        {"action": "mark_contacts_verified_today", "_selected_action": [desk.pk]},
    )
    assert response.status_code == 302
    desk.refresh_from_db()
    assert desk.contacts_verified_on == timezone.localdate()
    html = staff_client.get(reverse("admin:index")).content.decode()
    assert (
        "Consorzio dei Servizi Socio Assistenziali del Chierese"
        not in html.split('id="attention"')[1].split("</div>")[0]
    )


# --- Confidential places: their free text may not say where they are (issue 14).

LOCATION_TEXTS = [
    "Ingresso da via Segreta 1",
    "Per la posta: 14100",
    "Si trova presso l'ospedale",
    "Coordinate 44.9, 8.2",
    "Vicino a Nizza Monferrato",
]
REFUSED = "dice dove si trova un luogo riservato"


def desk_form(client, desk):
    """The desk's change page as a browser would submit it, unchanged."""
    url = admin_url(HelpDesk, "change", desk.pk)
    return url, form_data(client.get(url).content.decode())


def translated_columns(*field_names):
    return [column for name in field_names for column in localized_field_names(name)]


@pytest.mark.parametrize("column", translated_columns("name", "description"))
def test_a_confidential_place_whose_text_says_where_it_is_is_refused_on_that_field(
    staff_client, column
):
    desk = HelpDesk.objects.get(slug="posto-letto-segreto-asl-at")
    url, data = desk_form(staff_client, desk)
    before = getattr(desk, column)
    typed = f"{before} Ingresso da via Segreta 1".strip()
    data[column] = typed
    data["description_it"] = data["description_it"] if column != "description_it" else typed

    response = staff_client.post(url, data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert REFUSED in " ".join(form.errors[column])
    assert "«via Segreta 1»" in " ".join(form.errors[column])
    assert list(form.errors) == [column]
    # Everything typed is still there, and nothing was saved.
    assert form_data(response.content.decode())[column] == typed
    desk.refresh_from_db()
    assert getattr(desk, column) == before


@pytest.mark.parametrize("text", LOCATION_TEXTS)
@pytest.mark.parametrize("column", ["description_it", "description_en"])
def test_every_kind_of_location_hint_is_refused(staff_client, column, text):
    desk = HelpDesk.objects.get(slug="casa-rifugio-athena")
    url, data = desk_form(staff_client, desk)
    data[column] = text
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert REFUSED in " ".join(response.context["adminform"].form.errors[column])
    assert HelpDesk.objects.get(pk=desk.pk).description_it == desk.description_it


@pytest.mark.parametrize(
    "column", translated_columns("name", "description", "accessibility", "directions")
)
def test_the_same_text_on_a_public_desk_is_saved(staff_client, column):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url, data = desk_form(staff_client, desk)
    data[column] = "Ingresso da via Segreta 1, 14100, presso l'ospedale di Nizza Monferrato"
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    desk.refresh_from_db()
    assert getattr(desk, column).startswith("Ingresso da via Segreta 1")


def test_ticking_confidential_on_a_desk_whose_text_says_where_is_refused(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    desk.description_it = "Ingresso da via Segreta 1"
    desk.street_address = desk.postal_code = desk.locality = ""
    desk.save()
    url, data = desk_form(staff_client, desk)
    data["is_confidential"] = "on"
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert REFUSED in " ".join(response.context["adminform"].form.errors["description_it"])
    assert not HelpDesk.objects.get(pk=desk.pk).is_confidential


def test_a_confidential_place_is_not_offered_directions_or_accessibility_notes(staff_client):
    confidential = HelpDesk.objects.get(slug="casa-rifugio-athena")
    fields = (
        staff_client.get(admin_url(HelpDesk, "change", confidential.pk))
        .context["adminform"]
        .form.fields
    )
    for column in translated_columns("accessibility", "directions"):
        assert column not in fields
    assert "description_it" in fields
    public = HelpDesk.objects.get(slug="spazio-anna-c")
    fields = (
        staff_client.get(admin_url(HelpDesk, "change", public.pk)).context["adminform"].form.fields
    )
    for column in translated_columns("accessibility", "directions"):
        assert column in fields


@pytest.mark.parametrize("column", translated_columns("accessibility"))
def test_accessibility_notes_left_on_a_confidential_place_are_shown_and_refused(
    staff_client, column
):
    desk = HelpDesk.objects.get(slug="casa-rifugio-athena")
    HelpDesk.objects.filter(pk=desk.pk).update(**{column: "Rampa sul retro"})
    url, data = desk_form(staff_client, desk)
    assert data[column] == "Rampa sul retro"
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "non ha indicazioni per arrivarci" in " ".join(
        response.context["adminform"].form.errors[column]
    )
    data[column] = ""
    assert staff_client.post(url, data).status_code == 302
    assert getattr(HelpDesk.objects.get(pk=desk.pk), column) == ""


def test_a_channel_label_of_a_confidential_place_is_checked_too(staff_client):
    desk = HelpDesk.objects.get(slug="casa-rifugio-athena")
    url, data = desk_form(staff_client, desk)
    data.update(
        {
            "channels-TOTAL_FORMS": "1",
            "channels-0-kind": "phone",
            "channels-0-value": "0141 000000",
            "channels-0-label_it": "Citofono in corso Segreto 3",
            "channels-0-order": "10",
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    formset = next(
        f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "channels"
    )
    assert REFUSED in " ".join(formset.formset.forms[0].errors["label_it"])
    assert not desk.channels.exists()


def test_the_role_of_a_body_that_runs_a_confidential_place_is_checked(staff_client):
    body = Organisation.objects.get(slug="asl-at")
    url = admin_url(Organisation, "change", body.pk)
    data = form_data(staff_client.get(url).content.decode())
    data["role_en"] = "Provides the secret bed at the hospital in Nizza Monferrato."
    response = staff_client.post(url, data)
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors["role_en"])
    assert "Questo ente gestisce un luogo riservato" in errors and "Nizza Monferrato" in errors
    # A body that runs no confidential place may say where it works.
    other = Organisation.objects.get(slug="comune-di-asti")
    url = admin_url(Organisation, "change", other.pk)
    data = form_data(staff_client.get(url).content.decode())
    data["role_it"] = "Ha sede in piazza San Secondo 1, 14100 Asti."
    assert staff_client.post(url, data).status_code == 302


@pytest.mark.parametrize("model", [HelpDesk, Organisation])
def test_the_list_shows_an_old_location_text_on_its_row_instead_of_failing(staff_client, model):
    """A confidential place whose text was stored before the rule (or by a raw save):
    saving the list page, where each row only has "published", must show the problem on
    that row, never answer 500."""
    secret = HelpDesk.objects.get(kind=HelpDesk.Kind.SECRET_BED)
    if model is HelpDesk:
        HelpDesk.objects.filter(pk=secret.pk).update(description_it="Presso l'ospedale di Nizza")
    else:
        Organisation.objects.filter(pk=secret.organisation_id).update(
            role_it="Gestisce il posto letto presso l'ospedale di Nizza."
        )
    staff_client.raise_request_exception = False
    url = admin_url(model, "changelist")
    data = form_data(staff_client.get(url).content.decode())
    assert any(name.endswith("-published") for name in data)
    data["_save"] = "Salva"
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "dice dove si trova" in response.content.decode()


def test_the_admin_home_lists_confidential_places_whose_stored_text_says_where(staff_client):
    secret = HelpDesk.objects.get(kind=HelpDesk.Kind.SECRET_BED)
    attention = reverse("admin:index")
    html = staff_client.get(attention).content.decode()
    assert "Luoghi riservati il cui testo dice dove si trovano" not in html
    # Stored before the rule, or straight into the database: listed for staff to fix.
    HelpDesk.objects.filter(pk=secret.pk).update(description_en="Beside the Massaia hospital.")
    html = staff_client.get(attention).content.decode()
    assert "Luoghi riservati il cui testo dice dove si trovano" in html
    assert reverse("admin:network_helpdesk_change", args=[secret.pk]) in html


# --- Special hours and errors on a long form (issue 17).


def _desk_form_with_an_exception(staff_client, desk, **row):
    url = admin_url(HelpDesk, "change", desk.pk)
    data = form_data(staff_client.get(url).content.decode())
    index = int(data["hours_exceptions-TOTAL_FORMS"])
    data["hours_exceptions-TOTAL_FORMS"] = str(index + 1)
    # A new row as the form offers it: "closed all day" comes ticked.
    data.update({f"hours_exceptions-{index}-{name}": value for name, value in row.items()})
    data.setdefault(f"hours_exceptions-{index}-closed", "on")
    data["_save"] = "Salva"
    return url, index, data


def test_special_hours_typed_in_a_new_row_need_no_unticking(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url, _index, data = _desk_form_with_an_exception(
        staff_client, desk, starts_on="24/12/2026", opens="09:00", closes="12:00"
    )
    # The box came ticked and the editor left it: she typed hours, the desk is open then.
    response = staff_client.post(url, data)
    assert response.status_code == 302
    special = desk.hours_exceptions.get(starts_on="2026-12-24")
    assert (special.closed, f"{special.opens:%H:%M}", f"{special.closes:%H:%M}") == (
        False,
        "09:00",
        "12:00",
    )


def test_a_closure_over_several_days_is_one_row(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url, _index, data = _desk_form_with_an_exception(
        staff_client, desk, starts_on="24/12/2026", ends_on="26/12/2026", note_it="Natale"
    )
    assert staff_client.post(url, data).status_code == 302
    closure = desk.hours_exceptions.get()
    assert (closure.starts_on, closure.ends_on, closure.closed, closure.note_it) == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 26),
        True,
        "Natale",
    )
    # One day: the last day may be left empty.
    url, _index, data = _desk_form_with_an_exception(staff_client, desk, starts_on="31/12/2026")
    assert staff_client.post(url, data).status_code == 302
    assert desk.hours_exceptions.get(starts_on="2026-12-31").ends_on == datetime.date(2026, 12, 31)


def test_changes_that_overlap_are_refused_and_nothing_is_lost(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    desk.hours_exceptions.create(
        starts_on=datetime.date(2026, 12, 24), ends_on=datetime.date(2026, 12, 26)
    )
    url, index, data = _desk_form_with_an_exception(
        staff_client,
        desk,
        starts_on="26/12/2026",
        ends_on="27/12/2026",
        opens="09:00",
        closes="12:00",
        note_it="Solo la mattina",
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('<ul class="error-summary">')[1].split("</ul>")[0]
    assert f'href="#hours_exceptions-{index}"' in summary
    assert "Questi giorni si sovrappongono alla variazione del 24/12/2026–26/12/2026." in summary
    assert 'value="Solo la mattina"' in html
    assert desk.hours_exceptions.count() == 1
    # Ending the closure the day before makes room for the special hours.
    data["hours_exceptions-0-ends_on"] = "25/12/2026"
    assert staff_client.post(url, data).status_code == 302
    assert [str(row) for row in desk.hours_exceptions.all()] == [
        "24/12/2026–25/12/2026",
        "26/12/2026–27/12/2026",
    ]


@pytest.mark.parametrize(
    ("first", "last"), [("26/12/2026", "24/12/2026"), ("24/12/2026", "31/02/2026"), ("", "")]
)
def test_hostile_or_backward_dates_get_a_message(staff_client, first, last):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url, index, data = _desk_form_with_an_exception(
        staff_client, desk, starts_on=first, ends_on=last, note_it="Chiuso"
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    summary = response.content.decode().split('<ul class="error-summary">')[1].split("</ul>")[0]
    assert f'href="#id_hours_exceptions-{index}-' in summary
    assert not desk.hours_exceptions.exists()


def test_errors_are_listed_at_the_top_of_the_form_with_links(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url, index, data = _desk_form_with_an_exception(
        staff_client, desk, starts_on="24/12/2026", opens="12:00", closes="09:00"
    )
    data["name_it"] = ""
    response = staff_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('<ul class="error-summary">')[1].split("</ul>")[0]
    assert summary.index('href="#id_name_it"') < html.index('id="id_name_it"')
    assert f'href="#hours_exceptions-{index}"' in summary
    assert "Nome [it]</a>: Questo campo è obbligatorio." in summary
    assert f"Variazioni dell&#x27;orario {index + 1}</a>: Spuntare" in summary


def test_changing_a_phone_number_asks_whether_the_contacts_were_checked(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url = admin_url(HelpDesk, "change", desk.pk)
    data = form_data(staff_client.get(url).content.decode())
    value = next(name for name in data if name.startswith("channels-") and name.endswith("-value"))
    data[value] = "0141 111222"
    data["_save"] = "Salva"
    response = staff_client.post(url, data, follow=True)
    html = response.content.decode()
    assert "Hai cambiato numeri di telefono, indirizzi e-mail o orari." in html
    start = html.rindex("<form", 0, html.index('class="message-form"'))
    question = html[start : html.index("</form>", start) + len("</form>")]
    assert f'action="{admin_url(HelpDesk, "changelist")}"' in question
    assert desk.contacts_verified_on != timezone.localdate()

    # Her answer: the list's action, for this desk only.
    answer = form_data(question.replace("message-form", "question"))
    assert answer["action"] == "mark_contacts_verified_today"
    assert staff_client.post(admin_url(HelpDesk, "changelist"), answer).status_code == 302
    desk.refresh_from_db()
    assert desk.contacts_verified_on == timezone.localdate()
    assert (
        HelpDesk.objects.exclude(pk=desk.pk)
        .filter(contacts_verified_on=timezone.localdate())
        .count()
        == 0
    )


def test_no_question_when_the_date_is_set_or_nothing_of_the_contacts_changed(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url = admin_url(HelpDesk, "change", desk.pk)
    data = form_data(staff_client.get(url).content.decode())
    data["name_it"] = "Sportello «Spazio Anna C.»"
    data["_save"] = "Salva"
    html = staff_client.post(url, data, follow=True).content.decode()
    assert "message-form" not in html


# --- Save as draft or publish: two buttons, new items start as drafts (issue 17).


def _post_form(staff_client, url, button, **changes):
    data = form_data(staff_client.get(url).content.decode())
    data.update(changes)
    data[button] = "x"
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def test_a_published_item_is_saved_as_it_is_or_withdrawn_as_a_draft(staff_client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    url = admin_url(HelpDesk, "change", desk.pk)
    html = staff_client.get(url).content.decode()
    assert 'name="published"' not in html.split('id="helpdesk_form"')[1]
    assert "Sul sito: visibile a tutti." in html
    assert 'value="Ritira dal sito e salva come bozza" name="_draft"' in html
    _post_form(staff_client, url, "_save")
    desk.refresh_from_db()
    assert desk.published
    _post_form(staff_client, url, "_draft")
    desk.refresh_from_db()
    assert not desk.published
    html = staff_client.get(url).content.decode()
    assert html.index('name="_draft"') < html.index('name="_publish"')
    _post_form(staff_client, url, "_publish")
    desk.refresh_from_db()
    assert desk.published


def test_a_new_act_starts_as_a_draft_unless_published(staff_client):
    url = admin_url(Deliberation, "add")
    fields = {
        "issuing_body": "giunta_provinciale",
        "number": "77",
        "date": "12/03/2024",
        "title_it": "Rinnovo del tavolo di lavoro",
        "slug": "rinnovo-tavolo",
        "effect": "other",
    }
    _post_form(staff_client, url, "_continue", **fields)
    assert not Deliberation.objects.get(slug="rinnovo-tavolo").published
    _post_form(staff_client, url, "_publish", **{**fields, "number": "78", "slug": "rinnovo-2"})
    assert Deliberation.objects.get(slug="rinnovo-2").published


def test_a_page_every_page_links_to_cannot_be_saved_as_a_draft(staff_client):
    page = Page.objects.get(slug="privacy")
    url = admin_url(Page, "change", page.pk)
    html = staff_client.get(url).content.decode()
    assert 'name="_draft"' not in html and 'name="_publish"' not in html
    _post_form(staff_client, url, "_draft")  # a hand-made post
    page.refresh_from_db()
    assert page.published
