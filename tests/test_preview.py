"""Staff preview drafts on the site, with a banner; the public gets 404."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from network.models import HelpDesk, Organisation, Protocol
from pages.models import Deliberation

from .helpers import blank_pdf, login_verified, page_that_may_be_withdrawn

BANNER = "Bozza: questa pagina non è pubblicata."


@pytest.fixture
def editor(seeded):
    user = get_user_model().objects.create_user("redattrice", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redattori"))
    return user


def drafts():
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    member = Organisation.objects.get(slug="questura-di-asti")
    act = Deliberation.objects.get(number="231")
    page = page_that_may_be_withdrawn()
    protocol = Protocol.objects.get(slug="protocollo-intesa-violenza-donne")
    objects = [desk, member, act, page, protocol]
    for obj in objects:
        type(obj).objects.filter(pk=obj.pk).update(published=False)
    return objects


def test_staff_preview_drafts_with_a_banner_and_the_public_gets_404(editor, client):
    objects = drafts()
    urls = {obj: obj.get_absolute_url() for obj in objects}
    for obj in objects:
        assert client.get(urls[obj]).status_code == 404
    client.force_login(editor)
    for obj in objects:
        for prefix in ("", "/en"):
            url = prefix + urls[obj]
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            opts = obj._meta
            edit = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert f'<a href="{edit}">' in html, url
            assert response["Cache-Control"] == "private, no-store", url
            assert response["X-Robots-Tag"] == "noindex", url
    assert BANNER in client.get(urls[objects[0]]).content.decode()
    # A published page has no banner, even for staff.
    html = client.get(HelpDesk.objects.get(slug="orecchio-di-venere").get_absolute_url())
    assert BANNER not in html.content.decode()


def test_drafts_stay_out_of_lists_even_for_staff(editor, client):
    desk, *_ = drafts()
    client.force_login(editor)
    assert desk.get_absolute_url() not in client.get("/sportelli/").content.decode()


def test_an_administrator_without_two_step_verification_sees_no_draft(seeded, client):
    desk, *_ = drafts()
    admin = get_user_model().objects.create_superuser("capo", "c@example.org", "x" * 16)
    client.force_login(admin)  # signed in, but not verified with the app's code
    assert client.get(desk.get_absolute_url()).status_code == 404
    login_verified(client, admin)
    assert client.get(desk.get_absolute_url()).status_code == 200


def test_the_admin_offers_view_on_site_for_drafts(seeded, admin_client):
    desk, *_ = drafts()
    html = admin_client.get(
        reverse("admin:network_helpdesk_change", args=[desk.pk])
    ).content.decode()
    assert "viewsitelink" in html


def test_staff_previewing_a_draft_act_can_download_its_document(editor, client):
    from django.core.files.base import ContentFile

    act = Deliberation.objects.get(number="231")
    act.document.save("atto.pdf", ContentFile(blank_pdf()))
    Deliberation.objects.filter(pk=act.pk).update(published=False)
    url = act.get_absolute_url() + "documento/"
    assert client.get(url).status_code == 404
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
