"""What a hostile visitor controls (the path, the query string) never gives a 500 and never
makes the site print a link to another site."""

import re
from urllib.parse import quote, unquote_to_bytes

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from .helpers import tag_attrs
from .operations.wsgi import call, site_stack

# Addresses that browsers read as another site when they are printed as a link.
HOSTILE_PATHS = [
    "//evil.example.com/",
    "/%5Cevil.example.com/",
    "/%2F%2Fevil.example.com/",
    "/%5C%5Cevil.example.com/",
    "///evil.example.com/sportelli/",
    "/en//evil.example.com/",
    "/en/%5Cevil.example.com/",
    "/sportelli/%5Cevil.example.com/",
    "/sportelli/comune/%5Cevil.example.com/",
]


def visitor():
    """A visitor's browser: answers are returned, even a 500, never raised."""
    return Client(raise_request_exception=False)


def raw_get(address):
    """GET `address` through the site's WSGI stack as a server passes it on: the path
    percent-decoded to bytes (read as Latin-1, as WSGI says), `//` and `\\` kept (the test
    client would read `//evil.example.com/` as another host)."""
    path, _, query = address.partition("?")
    environ_path = unquote_to_bytes(path).decode("latin-1")
    return call(site_stack(), environ_path + ("?" + query if query else ""))


def links_that_leave(html, origin="http://testserver"):
    """The canonical, hreflang, og:url and language-switcher links of a page that do not
    point at this site (`origin`)."""
    found = []
    for link in tag_attrs(html, "link"):
        if link.get("rel") in ("canonical", "alternate"):
            found.append(link.get("href", ""))
    for meta in tag_attrs(html, "meta"):
        if meta.get("property") == "og:url":
            found.append(meta.get("content", ""))
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    found += [a.get("href", "") for a in tag_attrs(switcher, "a")]
    assert found, "no link found: the page's layout changed"
    return [href for href in found if _leaves(href, origin)]


def _leaves(href, origin):
    """Absolute on this site, or a path of it ("/x", never "//x" nor "/\\x") stays."""
    path = href.split("?", 1)[0]
    if "\\" in path:
        return True
    if href.startswith(origin + "/"):
        return False
    return not href.startswith("/") or href.startswith("//")


@pytest.mark.django_db
@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_an_error_page_never_links_to_another_site(path):
    answer = raw_get(path)
    assert answer.status == 404
    html = answer.body.decode()
    assert links_that_leave(html) == []
    # An error page is not a page of the site: no canonical link, no og:url, and the
    # language switcher leads to each language's home page.
    assert 'rel="canonical"' not in html
    assert 'property="og:url"' not in html
    assert "evil.example.com" not in html
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    hrefs = [a["href"] for a in tag_attrs(switcher, "a")]
    homes = {
        "/" if code == settings.LANGUAGE_CODE else f"/{code}/" for code, _ in settings.LANGUAGES
    }
    assert set(hrefs) <= homes
    assert len(hrefs) == len(settings.LANGUAGES) - 1


def test_links_that_leave_sees_each_kind_of_off_site_link():
    """The check above can fail: each hostile form is caught."""
    page = (
        '<link rel="canonical" href="{}"><nav class="language-switcher"><a href="/en/"></a></nav>'
    )
    for href in ["//evil.example.com/", "/\\evil.example.com/", "https://evil.example.com/"]:
        assert links_that_leave(page.format(href)) == [href]
    assert links_that_leave(page.format("http://testserver/sportelli/")) == []


@pytest.mark.django_db
def test_a_search_for_an_address_keeps_the_links_on_this_site(seeded):
    response = visitor().get("/cerca/", {"q": "//evil.example.com/"})
    assert response.status_code == 200
    html = response.content.decode()
    assert links_that_leave(html) == []
    # The switcher keeps the search (encoded, after the page's own path).
    assert 'href="/en/cerca/?q=%2F%2Fevil.example.com%2F"' in html


# --- 500s from input alone ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/cerca/?q=abc%00def",
        "/en/cerca/?q=a%00",
        "/cerca/?q=%01%02%1f%7f",
        "/sportelli/comune/?comune=%00",
        "/sportelli/comune/?comune=00%0001",
        "/sportelli/?pagina=%00",
    ],
)
def test_control_characters_in_the_query_are_dropped(seeded, url):
    response = visitor().get(url)
    assert response.status_code in (200, 302), url


@pytest.mark.django_db
def test_a_search_with_a_nul_is_the_search_without_it(seeded):
    response = visitor().get("/cerca/?q=Can%00elli")
    assert response.status_code == 200
    assert 'value="Canelli"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/sportelli/comune/%00/", "/sportelli/%00/", "/%00/", "/en/sportelli/comune/%0A/"],
)
def test_control_characters_in_the_path_are_page_not_found(seeded, path):
    response = visitor().get(path)
    assert response.status_code == 404
    lang = "en" if path.startswith("/en/") else "it"
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'href="tel:1522"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/atti/0/x/",
        "/atti/0000/x/",
        "/atti/10000/x/",
        "/atti/0/x/documento/",
        "/atti/9999999999999999999999/x/documento/",
        "/en/atti/00/x/",
    ],
)
def test_years_a_date_cannot_hold_are_page_not_found(seeded, path):
    assert visitor().get(path).status_code == 404


# A value of each hostile kind, for every parameter of every public address.
HOSTILE_VALUES = [
    "%00",
    "a%00b",
    "%0D%0ASet-Cookie:%20x=1",
    "x" * 10_000,
    "9" * 40,
    "0",
    "-1",
    "..",
    "%2E%2E",
    "..%2F..%2Fetc%2Fpasswd",
    "%2F%2Fevil.example.com",
    "%5Cevil.example.com",
    "%FF%FE%C3%28",
    "%E2%80%AE",
    "%3Cscript%3E",
    "'%20OR%201=1--",
]
QUERY_NAMES = ["q", "comune", "pagina", "valutazione", "next", "lang"]
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def routes(admin=False):
    """Every route of the site outside the admin (or only the admin's), as a template such
    as "atti/<year:year>/<slug:slug>/" (regular expressions included, with their groups)."""
    found = []

    def walk(patterns, prefix, in_admin):
        for entry in patterns:
            text = str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = in_admin or getattr(entry, "app_name", None) == "admin"
                walk(entry.url_patterns, prefix + text, inner)
            elif isinstance(entry, URLPattern) and in_admin == admin:
                found.append(prefix + text)

    walk(get_resolver().url_patterns, "", False)
    return found


def public_routes():
    return routes(admin=False)


def addresses_for(route, value, languages=True):
    """`route` with every parameter set to `value`, in Italian and English."""
    route = route.replace("^", "").replace("$", "").replace("\\Z", "")
    filled = CONVERTER.sub(value, route)
    filled = re.sub(r"\(\?P<[^>]+>[^)]*\)", value, filled)
    filled = re.sub(r"\([^)]*\)", value, filled)
    filled = filled.replace("\\", "")
    paths = ["/" + filled]
    if languages and not filled.startswith(("sitemap", "robots", "healthz", "readyz", "media")):
        paths.append("/en/" + filled)
    return paths


def test_every_public_route_is_tried():
    routes = public_routes()
    for expected in ["atti/<year:year>/<slug:slug>/documento/", "cerca/", "<slug:slug>/"]:
        assert any(route.endswith(expected) for route in routes), expected
    assert not any(route.startswith(settings.ADMIN_URL) for route in routes)


@pytest.mark.django_db
def test_hostile_values_in_every_parameter_never_give_a_server_error(seeded):
    client = visitor()
    failures = []
    for route in public_routes():
        for value in HOSTILE_VALUES:
            for path in addresses_for(route, value):
                query = "&".join(f"{name}={value}" for name in QUERY_NAMES)
                for url in (path, f"{path}?{query}"):
                    status = client.get(url).status_code
                    if status >= 500:
                        failures.append((status, url[:120]))
                # The rating form, with the hostile value in every field.
                if route.endswith("valutazione/"):
                    data = dict.fromkeys(["path", "rating", "reason", "comment", "website"], value)
                    status = client.post(path, data).status_code
                    if status >= 500:
                        failures.append((status, f"POST {path[:120]}"))
    assert failures == []


@pytest.mark.django_db
def test_raw_values_reach_the_views_unencoded_too(seeded):
    """The test client percent-decodes paths as a server does: NUL, invalid UTF-8 and
    encoded slashes arrive at the resolver as themselves."""
    client = visitor()
    for value in ["\x00", "\udcff", "../..", "x" * 10_000]:
        for template in ["/sportelli/comune/{}/", "/cerca/?q={}", "/atti/2020/{}/"]:
            url = template.format(quote(value, safe="/", errors="surrogateescape"))
            assert client.get(url).status_code < 500, url


ADMIN_QUERY_NAMES = ["q", "o", "p", "e", "_changelist_filters", "published__exact", "next"]


@pytest.mark.django_db
def test_hostile_values_in_the_admin_never_give_a_server_error(seeded, admin_client):
    """The same for a signed-in administrator, on every route of the admin (fewer values:
    there are a hundred routes)."""
    admin_client.raise_request_exception = False
    failures = []
    admin_routes = routes(admin=True)
    assert len(admin_routes) > 50
    for route in admin_routes:
        if "logout" in route:
            continue
        for value in ["%00", "x" * 10_000, "9" * 40, "..", "%FF%FE", "%2F%2Fevil.example.com"]:
            for path in addresses_for(route, value, languages=False):
                query = "&".join(f"{name}={value}" for name in ADMIN_QUERY_NAMES)
                for url in (path, f"{path}?{query}"):
                    status = admin_client.get(url).status_code
                    if status >= 500:
                        failures.append((status, url[:140]))
    assert failures == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("host", "path", "lang"),
    [
        ("evil.example.com", "/", "it"),
        ("evil.example.com", "/en/sportelli/", "en"),
        ("testserver/../evil", "/", "it"),
        ("test server", "/", "it"),
    ],
)
def test_a_host_the_site_does_not_serve_gets_the_sites_page_with_the_help_numbers(
    seeded, host, path, lang
):
    response = visitor().get(path, HTTP_HOST=host)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'href="tel:1522"' in html and 'id="quick-exit"' in html
    assert host not in html
    assert links_that_leave(html) == []
