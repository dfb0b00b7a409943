"""The admin works for staff: every model is there and no page loads anything from elsewhere."""

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
)
from pages.models import ContactPoint, Deliberation, Page, SiteSettings

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
        not in html.split('id="attention"')[1].split("</table>")[0]
    )
