"""The editors' group can edit content and nothing else."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

CONTENT = [
    "network_organisation",
    "network_protocol",
    "network_supportservice",
    "network_language",
    "network_helpdesk",
    "network_municipality",
    "pages_page",
    "pages_deliberation",
    "pages_contactpoint",
    "pages_pagefeedback",
]
FORBIDDEN = ["auth_user", "auth_group", "pages_sitesettings", "pages_seedrecord"]


@pytest.fixture
def editor_client(seeded, client):
    user = get_user_model().objects.create_user("redattrice", password="x" * 16, is_staff=True)
    user.groups.add(Group.objects.get(name="Redattori"))
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", CONTENT)
def test_an_editor_reaches_every_kind_of_content(editor_client, name):
    assert editor_client.get(reverse(f"admin:{name}_changelist")).status_code == 200


@pytest.mark.parametrize("name", FORBIDDEN)
def test_an_editor_cannot_reach_users_groups_or_settings(editor_client, name):
    response = editor_client.get(
        reverse(f"admin:{name}_changelist"), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9"
    )
    assert response.status_code == 403
    # The admin's own page, in Italian, with the way back: not Django's bare "403 Forbidden".
    html = response.content.decode()
    assert '<html lang="it"' in html and 'id="site-name"' in html
    assert html.count("<h1") == 1 and "<h1>Accesso negato</h1>" in html
    assert f'<a href="{reverse("admin:index")}">Torna alla pagina iniziale' in html
    assert "Forbidden" not in html


def test_a_public_address_refused_gets_the_sites_page_with_the_help_numbers(rf):
    from pariopportunita.views import permission_denied

    response = permission_denied(rf.get("/sportelli/"))
    html = response.content.decode()
    assert response.status_code == 403
    assert 'href="tel:1522"' in html and "<h1>Accesso negato</h1>" in html


def test_an_editor_can_change_a_desk_but_not_add_comuni(editor_client):
    user = get_user_model().objects.get(username="redattrice")
    assert user.has_perm("network.change_helpdesk")
    assert user.has_perm("network.change_municipality")
    assert not user.has_perm("network.add_municipality")
    assert not user.has_perm("pages.change_pagefeedback")
    assert not user.has_perm("auth.change_user")
