"""Staff security, through the real admin: throttled sign-in, strong passwords, two-step
verification (required of administrators), sessions that expire, the admin's address."""

import importlib
import re
from base64 import b32encode
from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings as django_settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import clear_url_caches, reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

import pariopportunita.urls
from pariopportunita.settings import admin_url_path
from staff.throttling import client_ip

from .helpers import login_verified, visible_text

pytestmark = pytest.mark.django_db

PASSWORD = "una-password-lunga-e-sicura"
User = get_user_model()


def code(device, steps_ahead=0):
    """The code the user's app shows now (or `steps_ahead` periods of 30 s later)."""
    return f"{totp(device.bin_key, step=device.step, drift=steps_ahead):06d}"


def sign_in(client, username, password=PASSWORD, otp_token="", **extra):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "otp_token": otp_token},
        **extra,
    )


FAILED_SIGN_IN = (
    "Nome utente, password o codice non corretti. Se il tuo account usa la verifica in due "
    "passaggi, inserisci anche il codice che l'app sul telefono mostra in questo momento."
)


def wrong_code(device):
    return f"{(int(code(device)) + 500_000) % 1_000_000:06d}"


def error_notes(response):
    """The sign-in page's error messages, as sent."""
    return re.findall(r'<p class="errornote">(.*?)</p>', response.content.decode(), re.S)


def signed_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.fixture
def administrator():
    return User.objects.create_superuser("amministratrice", "a@example.org", PASSWORD)


@pytest.fixture
def editor():
    user = User.objects.create_user("redattore", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Redattori"))
    return user


@pytest.fixture
def no_code_throttle(settings):
    """django-otp makes a device wait after a wrong code; let a test type the right one at once."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def device_for(user):
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def admin_pages():
    """Every admin page an administrator can open: home, each app, each model's list and form."""
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    for model in admin.site._registry:
        opts = model._meta
        urls.append(reverse("admin:app_list", args=[opts.app_label]))
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        urls.append(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    return sorted(set(urls))


# Throttling ------------------------------------------------------------------------------


def test_sign_in_is_locked_after_repeated_failures_even_with_the_right_password(client, editor):
    limit = django_settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        response = sign_in(client, "redattore", "wrong password")
        assert response.status_code == 200
        assert FAILED_SIGN_IN in visible_text(response.content.decode())

    response = sign_in(client, "redattore", "wrong password")
    assert response.status_code == 429
    text = visible_text(response.content.decode())
    assert "Troppi tentativi di accesso non riusciti" in text
    assert "15 minuti" in text
    assert "staff/lockout.html" in [template.name for template in response.templates]
    assert "style=" not in response.content.decode()

    response = sign_in(client, "redattore")
    assert response.status_code == 429
    assert signed_in_user_id(client) is None

    # The lockout is for this username from this address: from another one the right
    # password works.
    response = sign_in(client, "redattore", REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(editor.pk)


def test_the_lockout_ends_after_the_cool_off_period(client, editor):
    for _ in range(django_settings.AXES_FAILURE_LIMIT):
        sign_in(client, "redattore", "wrong password")
    assert sign_in(client, "redattore").status_code == 429

    AccessAttempt.objects.update(
        attempt_time=timezone.now() - django_settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    assert sign_in(client, "redattore").status_code == 302
    assert signed_in_user_id(client) == str(editor.pk)


def test_wrong_verification_codes_count_as_failed_sign_ins(client, editor):
    device = device_for(editor)
    wrong = f"{(int(code(device)) + 500_000) % 1_000_000:06d}"
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "redattore", otp_token=wrong).status_code == 200
    assert sign_in(client, "redattore", otp_token=wrong).status_code == 429
    assert sign_in(client, "redattore", otp_token=code(device)).status_code == 429
    assert signed_in_user_id(client) is None


def test_a_failed_sign_in_does_not_say_which_factor_was_wrong(client, editor, no_code_throttle):
    device = device_for(editor)
    User.objects.create_user("visitatrice", password=PASSWORD)
    attempts = {
        "wrong password, right code": ("redattore", "wrong password", code(device)),
        "wrong password, no code": ("redattore", "wrong password", ""),
        "right password, no code": ("redattore", PASSWORD, ""),
        "right password, wrong code": ("redattore", PASSWORD, wrong_code(device)),
        "unknown user": ("nessuno", PASSWORD, code(device)),
        "right password, not staff": ("visitatrice", PASSWORD, ""),
    }
    answers = {}
    for case, (username, password, otp_token) in attempts.items():
        response = sign_in(client, username, password, otp_token)
        assert signed_in_user_id(client) is None, case
        # Only the form's attributes (the username typed, the CSRF token) may differ.
        answers[case] = (
            response.status_code,
            tuple(error_notes(response)),
            visible_text(response.content.decode()),
        )
    assert len(set(answers.values())) == 1, answers
    status, notes, _text = answers["right password, no code"]
    assert status == 200
    assert [visible_text(note) for note in notes] == [FAILED_SIGN_IN]
    # And each of them counts towards the lockout.
    failures = dict(AccessAttempt.objects.values_list("username", "failures_since_start"))
    assert failures == {"redattore": 4, "nessuno": 1, "visitatrice": 1}


@pytest.mark.parametrize(
    "typed_code",
    [
        pytest.param("", id="no code"),
        pytest.param("12345", id="a code too short"),
    ],
)
def test_the_right_password_without_the_right_code_counts_as_a_failed_sign_in(
    client, editor, no_code_throttle, typed_code
):
    # (A wrong code: test_wrong_verification_codes_count_as_failed_sign_ins.)
    device = device_for(editor)
    for _ in range(django_settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "redattore", otp_token=typed_code).status_code == 200
    assert sign_in(client, "redattore", otp_token=typed_code).status_code == 429
    # Locked: the right password and the right code are refused too.
    assert sign_in(client, "redattore", otp_token=code(device)).status_code == 429
    assert signed_in_user_id(client) is None


def test_every_failed_sign_in_does_the_same_work(client, editor, monkeypatch):
    """Wall-clock times are not compared (they are noise on a shared machine); instead,
    every kind of failure hashes one password and checks one code."""
    device = device_for(editor)
    hasher = type(get_hasher())
    calls = []

    def spy(name, function):
        def wrapper(*args, **kwargs):
            calls.append(name)
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(hasher, "encode", spy("hash", hasher.encode))
    monkeypatch.setattr(TOTPDevice, "verify_token", spy("code", TOTPDevice.verify_token))
    attempts = [
        ("redattore", "wrong password", code(device)),
        ("redattore", "wrong password", ""),
        ("redattore", PASSWORD, ""),
        ("redattore", PASSWORD, wrong_code(device)),
        ("nessuno", PASSWORD, ""),
    ]
    work = []
    for username, password, otp_token in attempts:
        calls.clear()
        assert sign_in(client, username, password, otp_token).status_code == 200
        work.append(sorted(calls))
    assert work == [["code", "hash"]] * len(attempts)


def test_nothing_is_recorded_and_no_cookie_set_for_visitors(seeded, client):
    for path in ["/", "/servizio/", "/sportelli/", "/rete/", "/en/", "/robots.txt"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
    assert client.get(reverse("admin:login")).status_code == 200
    assert not AccessAttempt.objects.exists()
    assert not AccessFailureLog.objects.exists()
    assert not AccessLog.objects.exists()
    assert not Session.objects.exists()


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),
        (1, "203.0.113.9", "203.0.113.9"),
        # A client may send its own X-Forwarded-For: only what the trusted proxy added counts.
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (2, "198.51.100.1, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (1, "", "10.0.0.1"),
    ],
)
def test_the_client_address_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post(
        "/admin/login/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
    )
    assert client_ip(request) == expected


# Where a sign-in lands ----------------------------------------------------------------


@pytest.mark.parametrize(
    "unsafe_next",
    ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com", "javascript:x"],
)
def test_a_sign_in_with_an_unsafe_next_lands_on_the_admin_home(client, editor, unsafe_next):
    response = client.post(
        reverse("admin:login"),
        {"username": "redattore", "password": PASSWORD, "otp_token": "", "next": unsafe_next},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert signed_in_user_id(client) == str(editor.pk)


def test_a_sign_in_with_an_unsafe_next_in_the_address_lands_on_the_admin_home(client, editor):
    url = reverse("admin:login") + "?next=https://evil.example.com/"
    response = client.post(url, {"username": "redattore", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_sign_in_goes_on_to_the_admin_page_asked_for(client, editor):
    page = reverse("admin:network_helpdesk_changelist")
    response = client.post(
        reverse("admin:login"),
        {"username": "redattore", "password": PASSWORD, "otp_token": "", "next": page},
    )
    assert response.status_code == 302
    assert response["Location"] == page


# Two-step verification: administrators must set it up ----------------------------------


def test_an_administrator_without_a_device_reaches_only_the_set_up_page(client, administrator):
    client.force_login(administrator)
    set_up = reverse("admin:two_factor")
    pages = admin_pages()
    assert reverse("admin:auth_user_changelist") in pages
    assert reverse("admin:network_helpdesk_changelist") in pages
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == set_up, url

    response = client.get(set_up)
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Gli amministratori devono attivare la verifica in due passaggi" in text
    # Signing out still works.
    assert client.post(reverse("admin:logout")).status_code == 200
    assert signed_in_user_id(client) is None


def test_an_administrator_turns_on_two_step_verification_with_the_apps_code(
    client, administrator, no_code_throttle
):
    client.force_login(administrator)
    url = reverse("admin:two_factor")
    html = client.get(url).content.decode()

    device = TOTPDevice.objects.get(user=administrator)
    assert not device.confirmed
    # The QR code is drawn in the page, and the key is there to type by hand.
    assert re.search(r'<svg role="img"[^>]*class="two-factor-qr"', html)
    assert "<title>" in html
    secret = b32encode(device.bin_key).decode().rstrip("=")
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in html
    assert "otpauth://" not in html
    assert "style=" not in html and "<script>" not in html
    # Reloading shows the same key: a QR code already scanned keeps working.
    client.get(url)
    assert TOTPDevice.objects.filter(user=administrator).count() == 1

    response = client.post(url, {"code": f"{(int(code(device)) + 1) % 1_000_000:06d}"})
    assert response.status_code == 200
    assert "Il codice non è corretto" in visible_text(response.content.decode())
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(reverse("admin:index")).status_code == 302

    response = client.post(url, {"code": code(device)})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    device.refresh_from_db()
    assert device.confirmed
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "La verifica in due passaggi è attiva" in visible_text(response.content.decode())
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200


def test_sign_in_asks_for_the_code_once_two_step_verification_is_on(
    client, administrator, no_code_throttle
):
    device = device_for(administrator)
    form = client.get(reverse("admin:login")).content.decode()
    assert 'name="otp_token"' in form and 'autocomplete="one-time-code"' in form
    assert "Codice di verifica" in visible_text(form)

    response = sign_in(client, "amministratrice")
    assert response.status_code == 200
    assert FAILED_SIGN_IN in visible_text(response.content.decode())
    assert signed_in_user_id(client) is None

    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    response = sign_in(client, "amministratrice", otp_token=wrong)
    assert response.status_code == 200
    assert FAILED_SIGN_IN in visible_text(response.content.decode())
    assert signed_in_user_id(client) is None

    # A wrong password with the right code is refused too.
    assert sign_in(client, "amministratrice", "wrong password", code(device)).status_code == 200
    assert signed_in_user_id(client) is None

    right = code(device)
    response = sign_in(client, "amministratrice", otp_token=right)
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(administrator.pk)
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200

    # The same code cannot be used twice.
    client.logout()
    assert sign_in(client, "amministratrice", otp_token=right).status_code == 200
    assert signed_in_user_id(client) is None


def test_a_session_not_verified_with_the_users_device_does_not_open_the_admin(client, editor):
    device_for(editor)
    client.force_login(editor)
    response = client.get(reverse("admin:network_helpdesk_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_an_editor_signs_in_with_the_password_alone_until_they_turn_it_on(client, editor):
    response = sign_in(client, "redattore")
    assert response.status_code == 302
    html = client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("admin:two_factor")}"' in html
    assert client.get(reverse("admin:network_helpdesk_changelist")).status_code == 200


def test_an_editor_can_turn_on_two_step_verification_and_keep_working(client, editor):
    client.force_login(editor)
    url = reverse("admin:two_factor")
    html = client.get(url).content.decode()
    assert "Gli amministratori devono" not in visible_text(html)
    device = TOTPDevice.objects.get(user=editor)

    assert client.post(url, {"code": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("admin:network_helpdesk_changelist")).status_code == 200

    # Next time, the password alone is not enough.
    client.logout()
    assert sign_in(client, "redattore").status_code == 200
    assert signed_in_user_id(client) is None
    assert sign_in(client, "redattore", otp_token=code(device, steps_ahead=1)).status_code == 302
    assert client.get(reverse("admin:network_helpdesk_changelist")).status_code == 200


def test_removing_the_device_takes_a_fresh_code(client, administrator, no_code_throttle):
    device = login_verified(client, administrator)
    url = reverse("admin:two_factor")
    html = client.get(url).content.decode()
    assert "Rimuovi la verifica in due passaggi" in html

    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    assert client.post(url, {"code": wrong}).status_code == 200
    assert TOTPDevice.objects.filter(pk=device.pk).exists()

    response = client.post(url, {"code": code(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=administrator, confirmed=True).exists()
    # An administrator must set up the new phone before anything else.
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"] == url


def test_every_staff_account_can_be_required_to_use_it(client, editor, settings):
    settings.OTP_REQUIRED_FOR_STAFF = True
    client.force_login(editor)
    response = client.get(reverse("admin:network_helpdesk_changelist"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:two_factor")


def test_the_device_admin_of_django_otp_is_not_exposed():
    assert TOTPDevice not in admin.site._registry


def test_an_administrator_resets_the_device_of_a_lost_phone(client, administrator):
    device_for(administrator)
    out = StringIO()
    call_command("reset_two_factor", "amministratrice", stdout=out)
    assert "removed" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=administrator).exists()
    # The password alone signs in again, straight to setting up the new phone.
    assert sign_in(client, "amministratrice").status_code == 302
    assert client.get(reverse("admin:index"))["Location"] == reverse("admin:two_factor")

    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody", stdout=StringIO())


# Passwords and sessions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Asti2026!x", "troppo corta"),
        ("password1234", "troppo comune"),
        ("384756192038", "interamente numerica"),
    ],
)
def test_the_admin_refuses_a_weak_password_for_a_new_user(client, administrator, password, message):
    login_verified(client, administrator)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "nuovo.collega",
            "usable_password": "true",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert message in visible_text(response.content.decode())
    assert not User.objects.filter(username="nuovo.collega").exists()


def test_the_admin_accepts_a_strong_password_for_a_new_user(client, administrator):
    login_verified(client, administrator)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "nuovo.collega",
            "usable_password": "true",
            "password1": "cavallo-batteria-graffetta",
            "password2": "cavallo-batteria-graffetta",
        },
    )
    assert response.status_code == 302
    assert User.objects.get(username="nuovo.collega").check_password("cavallo-batteria-graffetta")


def test_the_staff_session_ends_with_the_browser_and_after_eight_hours(client, editor):
    assert django_settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert django_settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    response = sign_in(client, "redattore")
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    # No expiry on the cookie: the browser drops it when it closes.
    assert not cookie["expires"] and not cookie["max-age"]
    session = Session.objects.get(session_key=cookie.value)
    remaining = session.expire_date - timezone.now()
    assert timedelta(hours=7, minutes=59) < remaining <= timedelta(hours=8)

    # Once expired on the server, the session no longer opens the admin.
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


# The admin's address ----------------------------------------------------------------------


@pytest.fixture
def admin_at(settings):
    """Mount the admin at another address, as DJANGO_ADMIN_URL does at start-up."""
    original = settings.ADMIN_URL

    def mount(url):
        settings.ADMIN_URL = url
        importlib.reload(pariopportunita.urls)
        clear_url_caches()

    yield mount
    settings.ADMIN_URL = original
    importlib.reload(pariopportunita.urls)
    clear_url_caches()


def test_the_admin_can_live_at_another_address(client, administrator, admin_at):
    admin_at("uffici/gestione-riservata/")
    assert reverse("admin:index") == "/uffici/gestione-riservata/"
    response = client.get("/uffici/gestione-riservata/")
    assert response.status_code == 302
    assert response["Location"].startswith("/uffici/gestione-riservata/login/")
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404

    login_verified(client, administrator)
    assert client.get("/uffici/gestione-riservata/").status_code == 200
    robots = client.get("/robots.txt").content.decode()
    assert "gestione-riservata" not in robots


@pytest.mark.parametrize("value", ["admin/", "gestione/", "uffici/gestione-2026/", "a.b_c~d/"])
def test_valid_admin_addresses(value):
    assert admin_url_path(value) == value


@pytest.mark.parametrize(
    "value", ["", "/admin/", "admin", "admin//", "ges tione/", "../", "gestione/?x=1/", "<x>/"]
)
def test_invalid_admin_addresses_stop_the_start_up(value):
    with pytest.raises(ImproperlyConfigured):
        admin_url_path(value)


def test_no_template_hardcodes_the_admin_address():
    base = django_settings.BASE_DIR
    offenders = [
        str(path.relative_to(base))
        for folder in ("templates", "staff", "editing", "pages", "network", "pariopportunita")
        for path in (base / folder).rglob("*")
        if path.suffix in {".html", ".txt", ".py"} and re.search(r"[\"']/admin/", path.read_text())
    ]
    assert offenders == []
