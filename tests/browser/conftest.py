"""Real Chromium (Debian's package) driven by Playwright, against pytest-django's live server."""

import os
import shutil
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.helpers import restore_editor_group

# Playwright's sync API runs an event loop in this thread; Django must allow ORM calls here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_JS = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
QUICK_EXIT_DESTINATION = "https://www.meteoam.it/"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="package")
def browser():
    """Chromium for the tests of this folder only.

    While Playwright's sync API runs, an event loop runs in this thread, and Django keeps
    this thread's database connections apart from the ones it had before (asgiref's Local
    behaves as a context variable while a loop runs). They are closed before Playwright
    stops, and the loop stops with the last browser test: a connection left in that
    storage would stay open to the end, and the test database could not be dropped.
    """
    from django.db import connections
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is missing: install Debian's package (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `npm ci`.")
    return AXE_JS.read_text(encoding="utf-8")


@pytest.fixture
def site(live_server, transactional_db):
    """The live server with the seed content loaded."""
    call_command("seed_content", stdout=StringIO())
    restore_editor_group()
    return live_server.url


class Visit:
    """A browser tab that records what a page asks for and what goes wrong."""

    def __init__(self, context, base_url):
        self.base = urlsplit(base_url)
        self.page = context.new_page()
        self.foreign_requests = []
        self.failed_responses = []
        self.console_errors = []
        self.page.on("request", self._on_request)
        self.page.on("response", self._on_response)
        self.page.on(
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        # The quick exit leads off the site; answer for it so no request leaves the machine.
        self.page.route(
            QUICK_EXIT_DESTINATION + "**",
            lambda route: route.fulfill(
                status=200, content_type="text/html", body="<title>Meteo</title>neutral"
            ),
        )

    def _on_request(self, request):
        url = urlsplit(request.url)
        if url.scheme in {"data", "blob"}:
            return
        if request.url.startswith(QUICK_EXIT_DESTINATION):
            return
        if (url.scheme, url.netloc) != (self.base.scheme, self.base.netloc):
            self.foreign_requests.append(request.url)

    def _on_response(self, response):
        if response.status >= 400:
            self.failed_responses.append(f"{response.status} {response.url}")


@pytest.fixture
def open_page(browser, site):
    contexts = []

    # A browser set to Italian, as most visitors' are: a browser asking for another of the
    # site's languages gets a line offering the page in it (static/js/language-offer.js).
    def _open(width=1280, javascript=True, locale="it-IT"):
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
            locale=locale,
        )
        contexts.append(context)
        return Visit(context, site)

    yield _open
    for context in contexts:
        context.close()


EDITOR_PASSWORD = "una-password-lunga-e-sicura"


def sign_in_as_editor(visit, site, next_url=None):
    """An editor (group "Redattori", staff, not a superuser) signs in with the real form."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import reverse

    next_url = next_url or reverse("admin:index")
    user = get_user_model().objects.create_user(
        "redattrice", "redattrice@example.org", EDITOR_PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name="Redattori"))
    visit.page.goto(f"{site}{reverse('admin:login')}?next={next_url}")
    visit.page.fill('input[name="username"]', "redattrice")
    visit.page.fill('input[name="password"]', EDITOR_PASSWORD)
    visit.page.locator('#login-form [type="submit"]').click()
    visit.page.wait_for_url(f"{site}{next_url}")
