"""Publication on a timetable (issue 17): "publish from" and "withdraw on" on everything
that can be published, applied on time with nobody online, shown in lists and forms."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from editing.models import next_scheduled_change
from network.models import HelpDesk, Organisation, Protocol
from pages.models import Deliberation, Page

from .helpers import form_data, login_verified

HOUR = datetime.timedelta(hours=1)


def schedule(obj, publish_from=None, withdraw_at=None, published=True):
    obj.published, obj.publish_from, obj.withdraw_at = published, publish_from, withdraw_at
    obj.save()


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


@pytest.mark.parametrize(
    ("start", "end", "live"),
    [
        (None, None, True),
        (-1, None, True),
        (1, None, False),  # waiting to appear
        (None, 1, True),
        (None, -1, False),  # withdrawn on its date
        (-2, -1, False),
        (-1, 1, True),
    ],
)
def test_visitors_see_an_item_only_within_its_timetable(seeded, client, start, end, live):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    now = timezone.now()
    schedule(desk, start and now + start * HOUR, end and now + end * HOUR)
    assert desk.is_live() is live
    assert HelpDesk.objects.published().filter(pk=desk.pk).exists() is live
    url = desk.get_absolute_url()
    assert client.get(url).status_code == (200 if live else 404)
    assert (url in client.get("/sportelli/").content.decode()) is live
    assert (url in client.get("/cerca/?q=Anna").content.decode()) is live
    assert (url in client.get("/sitemap.xml").content.decode()) is live


def test_a_draft_never_appears_whatever_its_dates(seeded, client):
    act = Deliberation.objects.get(number="231")
    schedule(act, timezone.now() - HOUR, None, published=False)
    assert not act.is_live()
    assert client.get(act.get_absolute_url()).status_code == 404


def test_the_network_is_the_bodies_of_a_protocol_on_the_site_now(seeded):
    assert Organisation.objects.network_members().exists()
    schedule(Protocol.objects.get(slug="protocollo-intesa-violenza-donne"), timezone.now() + HOUR)
    assert not Organisation.objects.network_members().exists()


def test_the_next_change_is_the_nearest_moment_of_anything_published(seeded):
    now = timezone.now()
    assert next_scheduled_change(now) is None
    schedule(HelpDesk.objects.get(slug="spazio-anna-c"), now + 3 * HOUR)
    schedule(Deliberation.objects.get(number="231"), None, now + 2 * HOUR)
    # A draft's dates do nothing until it is published; past moments are past.
    schedule(Page.objects.get(slug="servizio"), None, None)
    schedule(Organisation.objects.first(), now + HOUR, None, published=False)
    schedule(Protocol.objects.get(slug="protocollo-intesa-violenza-donne"), now - HOUR, None)
    assert next_scheduled_change(now) == now + 2 * HOUR


def test_the_last_moment_comes_after_the_first(seeded):
    act = Deliberation.objects.get(number="231")
    act.publish_from = timezone.now() + 2 * HOUR
    act.withdraw_at = act.publish_from - HOUR
    with pytest.raises(ValidationError) as refused:
        act.full_clean()
    assert refused.value.message_dict == {
        "withdraw_at": ["Scegli un momento successivo a quello di “Pubblica dal”."]
    }


def test_pages_every_page_links_to_keep_no_timetable(seeded, staff_client):
    privacy = Page.objects.get(slug="privacy")
    html = staff_client.get(change_url(privacy)).content.decode()
    assert 'name="publish_from_0"' not in html and 'name="withdraw_at_0"' not in html
    privacy.withdraw_at = timezone.now() + HOUR
    with pytest.raises(ValidationError, match="resta pubblicata"):
        privacy.full_clean()


# --- In the admin.


@pytest.fixture
def staff_client(seeded, admin_client):
    return admin_client


def local(moment):
    return timezone.localtime(moment)


def post(client, url, button, **changes):
    data = form_data(client.get(url).content.decode())
    data.update(changes)
    data[button] = "x"
    return client.post(url, data)


def test_an_editor_schedules_an_act_and_sees_it_in_the_list(staff_client):
    act = Deliberation.objects.get(number="231")
    url = change_url(act)
    html = staff_client.get(url).content.decode()
    assert 'name="publish_from_0"' in html and 'name="withdraw_at_0"' in html
    tomorrow = local(timezone.now() + 24 * HOUR).date()
    fields = {"publish_from_0": f"{tomorrow:%d/%m/%Y}", "publish_from_1": "09:00"}
    response = post(staff_client, url, "_publish", **fields)
    assert response.status_code == 302
    shown = [strip_tags(str(m)) for m in response.wsgi_request._messages]
    when = f"{tomorrow:%d/%m/%Y} 09:00"
    assert f"In programma: compare sul sito il {when}." in shown
    act.refresh_from_db()
    assert local(act.publish_from).strftime("%d/%m/%Y %H:%M") == when
    assert Client().get(act.get_absolute_url()).status_code == 404  # a visitor
    # The form says where it is; the list shows the timetable and filters by it.
    assert f"In programma: compare sul sito il {when}." in staff_client.get(url).content.decode()
    changelist = reverse("admin:pages_deliberation_changelist")
    assert f"dal {when}" in staff_client.get(changelist).content.decode()
    waiting = staff_client.get(changelist, {"timetable": "waiting"}).content.decode()
    assert url in waiting and "Programmazione" in waiting
    assert url not in staff_client.get(changelist, {"timetable": "leaving"}).content.decode()


def test_a_notice_leaves_the_site_on_its_date(staff_client):
    page = Page.objects.create(title="Chiusura per le feste", slug="chiusura-feste")
    url = change_url(page)
    end = local(timezone.now() + 48 * HOUR).date()
    fields = {"withdraw_at_0": f"{end:%d/%m/%Y}", "withdraw_at_1": "18:00"}
    assert post(staff_client, url, "_publish", **fields).status_code == 302
    assert Client().get(page.get_absolute_url()).status_code == 200
    html = staff_client.get(url).content.decode()
    assert f"Sul sito fino al {end:%d/%m/%Y} 18:00: visibile a tutti." in html
    changelist = reverse("admin:pages_page_changelist")
    assert url in staff_client.get(changelist, {"timetable": "leaving"}).content.decode()


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        (
            {
                "publish_from_0": "10/12/2030",
                "publish_from_1": "09:00",
                "withdraw_at_0": "09/12/2030",
                "withdraw_at_1": "09:00",
            },
            "Scegli un momento successivo a quello di “Pubblica dal”.",
        ),
        ({"publish_from_0": "31/02/2030", "publish_from_1": "09:00"}, "Inserisci una data valida"),
        ({"publish_from_0": "10/12/2030", "publish_from_1": "25:99"}, "un&#x27;ora valida"),
        ({"withdraw_at_0": "<script>", "withdraw_at_1": "'; DROP"}, "Inserisci una data valida"),
    ],
)
def test_wrong_moments_get_a_message_and_nothing_is_lost(staff_client, fields, error):
    act = Deliberation.objects.get(number="231")
    response = post(staff_client, change_url(act), "_publish", title_it="Titolo nuovo", **fields)
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('<ul class="error-summary">')[1].split("</ul>")[0]
    assert error in summary
    assert 'value="Titolo nuovo"' in html
    act.refresh_from_db()
    assert (act.publish_from, act.withdraw_at) == (None, None)


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "waiting'--", "x" * 5000, ""])
def test_hostile_timetable_filters_list_everything(staff_client, value):
    changelist = reverse("admin:network_helpdesk_changelist")
    response = staff_client.get(changelist, {"timetable": value})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_staff_preview_a_scheduled_item_with_its_timetable(seeded, client):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    start = timezone.now() + 5 * HOUR
    schedule(desk, start)
    assert client.get(desk.get_absolute_url()).status_code == 404
    editor = get_user_model().objects.create_user("redattrice", password="x" * 16, is_staff=True)
    editor.groups.add(Group.objects.get(name="Redattori"))
    login_verified(client, editor)
    response = client.get(desk.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    expected = f"In programma: compare sul sito il {local(start):%d/%m/%Y %H:%M}."
    assert expected in response.content.decode()


def test_a_scheduled_page_given_an_address_every_page_links_to_gets_a_message(staff_client):
    page = Page.objects.create(title="Avviso", slug="avviso", withdraw_at=timezone.now() + HOUR)
    response = post(staff_client, change_url(page), "_save", slug="privacy")
    assert response.status_code == 200
    assert "Questa pagina resta pubblicata" in response.content.decode()


def test_the_moment_of_the_timetable_starts_one_new_version(seeded):
    from operations.freshness import content_changed, content_version
    from operations.models import ContentVersion

    schedule(HelpDesk.objects.get(slug="spazio-anna-c"), timezone.now() + HOUR)
    content_changed()
    moment = ContentVersion.objects.get().next_change
    later = moment + datetime.timedelta(seconds=1)
    first = content_version(later)
    # Every request after the moment finds the version the first one made.
    assert content_version(later) == first
    assert first[0] != "-" and first[1] is None
