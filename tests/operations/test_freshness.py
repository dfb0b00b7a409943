"""What a public page says about how long it is true (operations/freshness.py), through
the WSGI stack gunicorn runs; nginx in front keeps pages as these headers say
(tests/integration/test_proxy.py)."""

import datetime
import gzip
import re

import brotli
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from network.models import HelpDesk
from operations import freshness
from operations.freshness import current_version
from pages.models import Page
from tests.helpers import form_data, page_that_may_be_withdrawn

from .wsgi import call, site_stack


@pytest.fixture
def app(seeded, settings):
    settings.PAGE_FRESH_SECONDS = 5
    return site_stack()


def cache_control(answer):
    """{"public": True, "s-maxage": 5, ...} from an answer's Cache-Control."""
    directives = {}
    for part in answer.headers.get("cache-control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name] = int(value) if value.isdigit() else True
    return directives


def etag_until(answer):
    """The moment the ETag says the page stops being true."""
    seconds = re.fullmatch(r'W/"[0-9a-f]+\.(\d+)"', answer.headers["etag"]).group(1)
    return datetime.datetime.fromtimestamp(int(seconds), tz=datetime.UTC)


def test_a_public_page_says_how_long_a_shared_cache_may_keep_it(app):
    answer = call(app, "/sportelli/")
    assert answer.status == 200
    directives = cache_control(answer)
    assert directives["public"] and directives["max-age"] == 0
    assert 0 < directives["s-maxage"] <= 5
    # Served at most a minute after the app could have changed it, while it asks again.
    assert directives["s-maxage"] + directives.get("stale-while-revalidate", 0) <= 60
    assert "set-cookie" not in answer.headers
    assert answer.headers["etag"].startswith('W/"')


def test_a_revalidation_is_answered_without_rendering(app):
    first = call(app, "/sportelli/")
    with CaptureQueriesContext(connection) as queries:
        again = call(app, "/sportelli/", headers={"If-None-Match": first.headers["etag"]})
    assert (again.status, again.body) == (304, b"")
    assert len(queries) == 1  # the content version, nothing the page shows
    assert again.headers["etag"] == first.headers["etag"]
    assert cache_control(again)["s-maxage"] > 0
    # A validator that names another moment is not this page's either.
    digest, _, seconds = first.headers["etag"][3:-1].partition(".")
    forged = f'W/"{digest}.{int(seconds) + 86400}"'
    assert call(app, "/sportelli/", headers={"If-None-Match": forged}).status == 200
    # Another page's validator is not this page's.
    other = call(app, "/rete/", headers={"If-None-Match": first.headers["etag"]})
    assert other.status == 200


def test_an_edit_in_the_admin_makes_every_page_render_again(app, admin_client):
    before = call(app, "/servizio/")
    page = Page.objects.get(slug="servizio")
    url = reverse("admin:pages_page_change", args=[page.pk])
    data = form_data(admin_client.get(url).content.decode())
    data["title_it"] = "Il servizio, nuovo titolo"
    data["_save"] = "Salva"
    assert admin_client.post(url, data).status_code == 302
    after = call(app, "/servizio/", headers={"If-None-Match": before.headers["etag"]})
    assert after.status == 200
    assert "Il servizio, nuovo titolo" in after.body.decode()
    assert after.headers["etag"] != before.headers["etag"]


def test_the_seed_starts_a_new_version(db, django_capture_on_commit_callbacks):
    assert current_version() == "-"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_content", verbosity=0)
    assert current_version() != "-"


def test_open_now_is_never_kept_after_it_changes(app, monkeypatch):
    desk = HelpDesk.objects.with_details().get(slug="spazio-anna-c")
    now = timezone.now()
    status = desk.opening_status(now)
    changes_at = min(status.closes_at or status.next_opening, freshness._local_midnight_after(now))
    answer = call(app, desk.get_absolute_url())
    directives = cache_control(answer)
    # Kept fresh, then served while it is asked for again: never past the change.
    kept = directives["s-maxage"] + directives.get("stale-while-revalidate", 0)
    assert 0 < kept <= (changes_at - now).total_seconds() + 1
    assert abs((etag_until(answer) - changes_at).total_seconds()) < 1
    # Asked again after the change, the page is rendered again.
    monkeypatch.setattr(freshness.timezone, "now", lambda: changes_at + datetime.timedelta(0, 1))
    again = call(app, desk.get_absolute_url(), headers={"If-None-Match": answer.headers["etag"]})
    assert again.status == 200


def test_every_page_stops_being_true_at_local_midnight(app):
    answer = call(app, reverse("pages:service"))
    local = timezone.localtime()
    midnight = datetime.datetime.combine(
        local.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=local.tzinfo
    )
    assert etag_until(answer) <= midnight
    directives = cache_control(answer)
    assert directives["s-maxage"] + directives.get("stale-while-revalidate", 0) <= (
        (midnight - timezone.now()).total_seconds() + 1
    )


def test_staff_searches_errors_and_drafts_are_never_kept(app, admin_client):
    cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in admin_client.cookies.items())
    staff = call(app, "/sportelli/", headers={"Cookie": cookie})
    assert staff.status == 200 and "s-maxage" not in cache_control(staff)
    signed_out = call(app, "/sportelli/", headers={"Cookie": "csrftoken=def"})
    assert "s-maxage" not in cache_control(signed_out)
    # A visitor's own cookie (none of the site's) changes nothing.
    visitor = call(app, "/sportelli/", headers={"Cookie": "cookie-consent=no"})
    assert cache_control(visitor)["s-maxage"] > 0
    search = call(app, "/cerca/?q=asti")
    assert search.status == 200 and "s-maxage" not in cache_control(search)
    missing = call(app, "/non-esiste/")
    assert missing.status == 404 and "s-maxage" not in cache_control(missing)
    draft = page_that_may_be_withdrawn()
    Page.objects.filter(pk=draft.pk).update(published=False)
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert preview["Cache-Control"] == "private, no-store"
    health = call(app, "/readyz")
    assert "s-maxage" not in cache_control(health)


def test_a_link_shared_with_tracking_parameters_is_the_plain_page(app):
    plain = call(app, "/sportelli/")
    shared = call(app, "/sportelli/?fbclid=IwAR0x9Q&utm_source=facebook&UTM_Campaign=25nov")
    assert cache_control(shared)["s-maxage"] > 0
    assert shared.headers["etag"] == plain.headers["etag"]


def test_a_new_release_makes_every_page_render_again(app, settings):
    before = call(app, "/servizio/")
    settings.SECURE_CSP = {**settings.SECURE_CSP, "upgrade-insecure-requests": True}
    # The app servers restart with a new release: each computes it again.
    freshness.release.cache_clear()
    after = call(app, "/servizio/", headers={"If-None-Match": before.headers["etag"]})
    assert after.status == 200
    assert "upgrade-insecure-requests" in after.headers["content-security-policy"]


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        'W/"abc.99999999999999999999999"',
        'W/"abc.-1"',
        'W/".1"',
        '"' + "a" * 5000 + '"',
        ", ".join(['W/"x.1"'] * 500),
        'W/"\x00.\x7f"',
        'W/"x.\u00b2"',  # a digit to str.isdigit(), not to int()
        'W/"x.999999999999"',  # past the year 9999
        'W/"x.99999999999"',
    ],
)
def test_a_hostile_validator_gets_the_page(app, value):
    answer = call(app, "/servizio/", headers={"If-None-Match": value})
    assert answer.status == 200
    assert b"<h1" in answer.body


def test_head_gets_the_headers_of_get(app):
    get = call(app, "/rete/")
    head = call(app, "/rete/", method="HEAD")
    assert head.status == 200  # the server (gunicorn, nginx) sends no body
    assert head.headers["etag"] == get.headers["etag"]
    assert cache_control(head)["s-maxage"] > 0


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_pages_are_compressed_once_as_the_browser_asks(app, encoding):
    plain = call(app, "/sportelli/")
    answer = call(app, "/sportelli/", headers={"Accept-Encoding": f"{encoding}, identity"})
    assert answer.headers["content-encoding"] == encoding
    assert "Accept-Encoding" in answer.headers["vary"]
    body = brotli.decompress(answer.body) if encoding == "br" else gzip.decompress(answer.body)
    assert body == plain.body
    assert len(answer.body) < len(plain.body) / 3
    assert answer.headers["etag"] == plain.headers["etag"]


def version_writes(queries):
    return [
        query
        for query in queries
        if "operations_contentversion" in query["sql"] and not query["sql"].startswith("SELECT")
    ]


def test_a_write_outside_the_admin_starts_a_new_version(seeded, django_capture_on_commit_callbacks):
    """The shell, a command, loaddata: whatever writes a row pages show, pages render
    again, once per transaction."""
    before = current_version()
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        desk.name = "Spazio Anna C, nuovo nome"
        desk.save()
        desk.channels.first().delete()
        desk.services.clear()
    assert len(callbacks) == 1
    assert len(version_writes(queries)) == 1
    after = current_version()
    assert after != before
    # A row no page shows (an account, a visitor's rating) starts nothing.
    from django.contrib.auth import get_user_model

    from pages.models import PageFeedback

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        get_user_model().objects.create_user("someone", password="x-long-password-1")
        PageFeedback.objects.create(path="/servizio/", rating=5, language="it")
    assert callbacks == []
    assert current_version() == after


def test_a_write_rolled_back_starts_no_version_and_the_next_one_does(
    seeded, django_capture_on_commit_callbacks
):
    from django.db import transaction

    before = current_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            Page.objects.filter(slug="servizio").get().save()
            raise RuntimeError("rolled back")
        assert callbacks == []
        assert current_version() == before
        Page.objects.filter(slug="servizio").get().save()
    assert len(callbacks) == 1
    assert current_version() != before


def test_an_act_s_document_is_kept_and_revalidated_like_a_page(
    app, django_capture_on_commit_callbacks
):
    """nginx keeps the PDF too: otherwise every download waits for the app, and nginx's
    cache lock makes concurrent ones wait for each other in half-second steps."""
    from django.core.files.base import ContentFile

    from pages.models import Deliberation
    from tests.helpers import blank_pdf

    act = Deliberation.objects.get(number="231")
    # Stored without a signal: the test's one transaction then starts the version below.
    act.document.save("atto.pdf", ContentFile(blank_pdf()), save=False)
    Deliberation.objects.filter(pk=act.pk).update(document=act.document.name)
    url = act.get_absolute_url() + "documento/"
    first = call(app, url)
    assert first.status == 200 and first.headers["content-type"] == "application/pdf"
    directives = cache_control(first)
    assert directives["public"] and 0 < directives["s-maxage"] <= 5
    again = call(app, url, headers={"If-None-Match": first.headers["etag"]})
    assert (again.status, again.body) == (304, b"")
    # A new file for the act is a new version: the download is read again.
    with django_capture_on_commit_callbacks(execute=True):
        act.document.save("atto-nuovo.pdf", ContentFile(blank_pdf()))
    assert call(app, url, headers={"If-None-Match": first.headers["etag"]}).status == 200


def test_only_the_content_is_listened_to(db):
    """A listener on every model would make each bulk delete (expired sessions, ratings)
    load its rows one by one."""
    from django.contrib.sessions.models import Session
    from django.db.models.deletion import Collector

    from network.models import ContactChannel
    from pages.models import PageFeedback

    collector = Collector("default")
    assert collector.can_fast_delete(Session.objects.all())
    assert collector.can_fast_delete(PageFeedback.objects.all())
    assert not collector.can_fast_delete(ContactChannel.objects.all())


def test_a_failed_version_leaves_the_write_saved(
    seeded, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    from django.db import DatabaseError

    from operations.models import ContentVersion

    def refuse(*args, **kwargs):
        raise DatabaseError("the database blinked")

    monkeypatch.setattr(ContentVersion.objects, "update_or_create", refuse)
    page = Page.objects.get(slug="servizio")
    page.title_it = "Il servizio, salvato"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save()
    assert len(callbacks) == 1
    assert Page.objects.get(slug="servizio").title_it == "Il servizio, salvato"
    assert "the database blinked" in caplog.text


def test_what_is_scheduled_appears_and_leaves_on_time_with_nobody_online(
    app, monkeypatch, django_capture_on_commit_callbacks
):
    """Nobody writes anything at the moment an act is scheduled to appear: the version
    ends then, so nginx asks again and the page is rendered with the act on it."""
    from operations.models import ContentVersion
    from pages.models import Deliberation

    now = timezone.now()
    appears, leaves = now + datetime.timedelta(hours=2), now + datetime.timedelta(hours=5)
    act = Deliberation.objects.get(number="231")
    act.title_it = "Atto in programma"
    act.publish_from, act.withdraw_at = appears, leaves
    with django_capture_on_commit_callbacks(execute=True):
        act.save()
    assert ContentVersion.objects.get().next_change == appears
    listing = call(app, "/atti/")
    assert "Atto in programma" not in listing.body.decode()
    assert call(app, act.get_absolute_url()).status == 404
    assert etag_until(listing) <= appears
    assert cache_control(listing)["s-maxage"] > 0

    def at(moment):
        monkeypatch.setattr(freshness.timezone, "now", lambda: moment)

    at(appears + datetime.timedelta(seconds=1))
    again = call(app, "/atti/", headers={"If-None-Match": listing.headers["etag"]})
    assert again.status == 200 and "Atto in programma" in again.body.decode()
    assert call(app, act.get_absolute_url()).status == 200
    assert ContentVersion.objects.get().next_change == leaves
    assert etag_until(again) <= leaves

    at(leaves + datetime.timedelta(seconds=1))
    gone = call(app, "/atti/", headers={"If-None-Match": again.headers["etag"]})
    assert gone.status == 200 and "Atto in programma" not in gone.body.decode()
    assert call(app, act.get_absolute_url()).status == 404
    assert ContentVersion.objects.get().next_change is None
