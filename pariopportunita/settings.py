"""Settings for the Servizio Pari Opportunità website.

One module for every environment: what differs in production comes from environment
variables, with safe defaults for development. With debug off the site refuses to start
without a secret key.
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from js_asset import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def admin_url_path(value):
    """The admin's URL prefix as `path()` wants it, e.g. "gestione/" or "uffici/gestione/".

    Segments of letters, digits and `.-_~` (not just dots), each ending with "/"; no
    leading "/".
    """
    if not re.fullmatch(r"((?!\.+/)[A-Za-z0-9._~-]+/)+", value):
        raise ImproperlyConfigured(
            "DJANGO_ADMIN_URL must be a path such as 'gestione/': letters, digits and "
            f"'.-_~', no leading slash, a trailing slash (got {value!r})."
        )
    return value


DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
            "For local development set DJANGO_DEBUG=1 (the Makefile does)."
        )
    SECRET_KEY = "insecure-development-key-never-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its admin classes win.
    "modeltranslation",
    # The staff app before the admin so that its templates extend the admin's.
    "staff.apps.StaffConfig",
    # The admin, with admin.site replaced by staff.sites.StaffAdminSite.
    "staff.apps.StaffAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "reversion",
    "adminsortable2",
    # The editing toolkit, used by network and pages (it imports neither).
    "editing",
    "network",
    "opendata",
    "pocketcard",
    "pages",
    "operations",
    "django_prose_editor",
    "dbbackup",
]

MIDDLEWARE = [
    # First: it sees the response as it leaves Django and says how long it is true
    # (nginx in front keeps it); it answers a revalidation before anything else runs.
    "operations.freshness.FreshnessMiddleware",
    # Pages compressed once, as nginx stores them (Brotli or gzip, as the browser asks).
    "compression_middleware.middleware.CompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "operations.headers.PermissionsPolicyMiddleware",
    # ETag and 304 for the other answers (a search, a staff member's page) when the app is
    # reached directly; nginx asks without a validator (it keeps pages itself).
    "django.middleware.http.ConditionalGetMiddleware",
    # After SecurityMiddleware: the admin's forms need the Origin header (see the module).
    "pariopportunita.middleware.AdminReferrerPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware: the admin in the language its user chose (Italian otherwise).
    "staff.language.AdminLanguageMiddleware",
    # After LocaleMiddleware: an address with a control character gets the 404 page in
    # the visitor's language; the query string loses them before any view reads it.
    "operations.controls.ControlCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Refuses a body larger than its path can need before anything reads it (the CSRF
    # check, the view), with the site's error page and every header above.
    "operations.limits.RequestBodyLimitMiddleware",
    # Last: it turns a locked-out sign-in into the "blocked for a while" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pariopportunita.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "pariopportunita.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server costs a visitor a few seconds, not a worker's whole timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DJANGO_DB_CONNECT_TIMEOUT", "3"))
    )

# The cache: Redis when REDIS_URL is set (shared by every app server: the rating form's
# limits), local memory otherwise (one process only). Pages are kept by nginx, not here.
# A Redis that stops answering is treated as empty, never as an error for visitors.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "pariopportunita"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    # Not one traceback per cache call while Redis is down: /readyz says it is unreachable.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 10000},
        }
    }
# The longest a shared cache (nginx) may serve a public page without asking the app again
# (operations/freshness.py): an edit reaches visitors within about this many seconds. 0
# says nothing about freshness (the default with DEBUG: a developer sees every change).
PAGE_FRESH_SECONDS = int(os.environ.get("DJANGO_PAGE_FRESH_SECONDS", "0" if DEBUG else "5"))
# The apps whose rows public pages show: any write to one of them starts a new content
# version, so every page renders again at its next request. Not the rows visitors write
# or no page shows (a rating must not make every page render again).
CONTENT_APPS = ("network", "pages")
CONTENT_APPS_EXCEPT = ("pages.pagefeedback", "pages.seedrecord")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        # Django's rule with its message in Italian (see staff/passwords.py).
        "NAME": "staff.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Italian at the root, the other languages under a prefix.
LANGUAGE_CODE = "it"
# The order of the language switcher: Italian, English, then the languages of the
# province's largest foreign communities (docs/design.md; README: "Languages").
LANGUAGES = [
    ("it", _("Italian")),
    ("en", _("English")),
    ("sq", _("Albanian")),
    ("ro", _("Romanian")),
    ("ar", _("Arabic")),
    ("mk", _("Macedonian")),
    ("uk", _("Ukrainian")),
    ("fr", _("French")),
    ("es", _("Spanish")),
]
# The project's catalogues, then Italian for Django's own strings that Django's Italian
# catalogue lacks (locale-upstream/it/LC_MESSAGES/django.po, written by hand).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-upstream"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "it"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("it",)
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# The tabbed translation admin loads jQuery UI from Google's CDN unless told otherwise;
# serve the copy that the set-up vendors from npm instead (a relative path goes through
# static()).
JQUERY_UI_URL = "build/vendor/jquery-ui/jquery-ui.min.js"

# The rich-text editor of page bodies (django-prose-editor, configured in pages/fields.py).
# "NoInlineStyle" is the site's own small extension: Tiptap would add a <style> element, which
# the Content-Security-Policy refuses; the extension loads the same rules from a stylesheet.
# It produces no HTML, so it adds nothing to the sanitiser's allow-list.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("pages/admin/rich-text-editor.js")],
        "extensions": {"NoInlineStyle": lambda config, allow_list: None},
    },
]

STATIC_URL = "static/"
# Hashed names and Brotli/gzip copies made by collectstatic, served by WhiteNoise
# (pariopportunita/wsgi.py) and by nginx. With DEBUG on, runserver serves the source files.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or env_bool("DJANGO_PLAIN_STATIC_FILES")
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Uploads are served by the proxy (deploy/nginx/, also in `make serve`); `1` makes the app
# serve them itself, for a server without one.
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=False)

# Backups (django-dbbackup; operations/backups.py): `manage.py sitebackup` writes the
# database (pg_dump's custom format on PostgreSQL, a copy made with SQLite's backup API on
# SQLite) and every file under MEDIA_ROOT as a pair of gzip files with one date. They hold
# password hashes and two-step verification secrets: mode 0600, in a folder created 0700,
# never inside MEDIA_ROOT (a system check, operations.E001, stops every command then).
BACKUP_DIR = Path(os.environ.get("DJANGO_BACKUP_DIR") or BASE_DIR / "var" / "backups")
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": str(BACKUP_DIR),
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
DBBACKUP_DATE_FORMAT = "%Y%m%d-%H%M%S"
DBBACKUP_FILENAME_TEMPLATE = "pariopportunita-{datetime}-database.{extension}"
DBBACKUP_MEDIA_FILENAME_TEMPLATE = "pariopportunita-{datetime}-media.{extension}"
# A failure shows in the command's exit status and the journal; no mail is configured.
DBBACKUP_SEND_EMAIL = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DBBACKUP_CONNECTORS = {
        "default": {
            "CONNECTOR": "dbbackup.db.postgresql.PgDumpBinaryConnector",
            # Rows that are no content: sessions (everyone signs in again), sign-in
            # lockouts, and the content version (a restore starts a new one).
            "EXCLUDE": [
                "django_session",
                "axes_accessattempt",
                "axes_accessattemptexpiration",
                "axes_accessfailurelog",
                "axes_accesslog",
                "operations_contentversion",
            ],
            # The restoring role owns what it restores, whatever role made the dump.
            "RESTORE_SUFFIX": "--no-owner --no-privileges",
        }
    }
else:
    DBBACKUP_CONNECTORS = {"default": {"CONNECTOR": "operations.backups.SqliteConnector"}}

# Visitors get no cookie; only staff in the admin get session and CSRF cookies.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Staff security (the staff app). The admin lives at DJANGO_ADMIN_URL.
ADMIN_URL = admin_url_path(os.environ.get("DJANGO_ADMIN_URL", "admin/"))
# Where a sign-in lands when `next` is missing or points elsewhere (another site): the
# admin's home, not Django's default /accounts/profile/, which this site does not have.
LOGIN_REDIRECT_URL = "admin:index"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses sign-in while a username is locked out from an address.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lock out a username from one address after this many failed sign-ins (wrong password or
# wrong verification code), for this many minutes since the last failure.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "staff.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "staff.throttling.client_ip"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
# Keep only what the lockout needs: no log of every sign-in, no English admin pages.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False
# Reverse proxies in front of the site that append the client to X-Forwarded-For (0: none,
# REMOTE_ADDR is the client).
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
# Two-step verification: always required of administrators (superusers); of every staff
# account too when this is on.
OTP_REQUIRED_FOR_STAFF = env_bool("DJANGO_OTP_REQUIRED_FOR_STAFF", default=False)
OTP_TOTP_ISSUER = "Pari Opportunità Provincia di Asti"

# Security headers.
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
# The proxy's health checks may come over plain HTTP from the same host.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=False)

# Uploads: the limits staff see in the admin.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
MAX_DOCUMENT_SIZE = 20 * 1024 * 1024
MAX_IMAGE_SIZE = 8 * 1024 * 1024
# Width times height of an uploaded image; more is refused as a possible decompression bomb.
MAX_IMAGE_PIXELS = 40_000_000
# Request bodies (operations/limits.py), refused with 413 before they are read, as nginx does
# (deploy/nginx/). The public site takes only the rating form: a few short fields. The
# admin: a document and the rest of its form, with the multipart overhead.
REQUEST_BODY_LIMIT_PUBLIC = 16 * 1024
REQUEST_BODY_LIMIT_ADMIN = MAX_DOCUMENT_SIZE + DATA_UPLOAD_MAX_MEMORY_SIZE + 1024 * 1024

# Logs: one JSON object per line on stdout with the request's id (operations/logs.py);
# plain text with DEBUG on. Never a visitor's IP address, search or comment.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "operations.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "operations.logs.JsonFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": os.environ.get("DJANGO_LOG_FORMAT", "plain" if DEBUG else "json"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # runserver's own access log names the client's address; AccessLog replaces it.
        "django.server": {"level": "WARNING"},
        # The pocket card's PDF (pocketcard/): each step and each font read is not news.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# The open-data catalogue (/dati/catalogo.jsonld, DCAT-AP_IT) names its publisher by the
# code IndicePA (indicepa.gov.it) gives the Provincia, under which dati.gov.it harvests it.
# No source of the site gives it: set it when the Provincia registers on the portal.
OPEN_DATA_PUBLISHER_ID = os.environ.get("DJANGO_OPEN_DATA_PUBLISHER_ID", "").strip()
OPEN_DATA_PUBLISHER_NAME = os.environ.get("DJANGO_OPEN_DATA_PUBLISHER_NAME", "Provincia di Asti")

# The map of the help desks: its tiles come from another site, so the page loads them only
# when a visitor asks to see the map (design rule 2). An empty URL turns the map off.
MAP_TILE_URL = os.environ.get(
    "DJANGO_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = os.environ.get("DJANGO_MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
MAP_TILE_ATTRIBUTION_URL = os.environ.get(
    "DJANGO_MAP_TILE_ATTRIBUTION_URL", "https://www.openstreetmap.org/copyright"
)

# The admin home page lists desks whose contacts were not verified for this many months.
CONTACTS_STALE_AFTER_MONTHS = int(os.environ.get("DJANGO_CONTACTS_STALE_AFTER_MONTHS", "12"))
