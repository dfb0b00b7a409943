"""The help-desk map: public places only, and nothing from another site unless asked for."""

import json
import re
from decimal import Decimal

from django.test import override_settings

from network.models import HelpDesk


def map_points(html):
    match = re.search(r'<script id="desk-map-points" type="application/json">(.*?)</script>', html)
    return json.loads(match.group(1)) if match else None


def test_without_coordinates_there_is_no_map_but_each_desk_links_its_address(seeded, client):
    assert not HelpDesk.objects.filter(latitude__isnull=False).exists()  # none in the seed
    html = client.get("/sportelli/").content.decode()
    assert map_points(html) is None and "desk-map.js" not in html
    html = client.get("/sportelli/spazio-anna-c/").content.decode()
    assert (
        'href="https://www.openstreetmap.org/search?query=via+Natta+3%2C+14100+Asti"'
        ' rel="noreferrer"' in html
    )


def test_the_map_shows_public_desks_with_coordinates_only(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(
        latitude=Decimal("44.900300"), longitude=Decimal("8.207000")
    )
    response = client.get("/sportelli/")
    html = response.content.decode()
    points = map_points(html)
    assert points == [
        {
            "name": HelpDesk.objects.get(slug="spazio-anna-c").name,
            "url": "/sportelli/spazio-anna-c/",
            "address": "via Natta 3, 14100 Asti",
            "lat": 44.9003,
            "lon": 8.207,
        }
    ]
    # The button that loads the map is hidden until the script shows it; the list stays.
    assert "data-desk-map-show>" in html and "hidden data-desk-map-show" in html
    assert html.count('href="/sportelli/spazio-anna-c/"') >= 1
    assert html.index('id="list-title"') < html.index('id="map-title"')
    # Only this page may show tiles from the tile server, and only images.
    policy = response["Content-Security-Policy"]
    assert "img-src 'self' data: https://tile.openstreetmap.org;" in policy
    assert "script-src 'self';" in policy and "connect-src 'self';" in policy
    assert "tile.openstreetmap.org" not in client.get("/").headers["Content-Security-Policy"]
    # The desk's own page links to the exact point.
    html = client.get("/sportelli/spazio-anna-c/").content.decode()
    assert "https://www.openstreetmap.org/?mlat=44.900300&amp;mlon=8.207000" in html


def test_confidential_places_never_reach_the_map(seeded, client):
    HelpDesk.objects.filter(is_confidential=False).update(
        latitude=Decimal("44.9"), longitude=Decimal("8.2")
    )
    points = map_points(client.get("/sportelli/").content.decode())
    names = {point["name"] for point in points}
    for desk in HelpDesk.objects.filter(is_confidential=True):
        assert desk.map_point() is None and desk.external_map_url() is None
        assert desk.name not in names
    assert len(points) == HelpDesk.objects.filter(is_confidential=False, published=True).count()


@override_settings(MAP_TILE_URL="")
def test_an_empty_tile_url_turns_the_map_off(seeded, client):
    HelpDesk.objects.filter(slug="spazio-anna-c").update(latitude=44.9, longitude=8.2)
    html = client.get("/sportelli/").content.decode()
    assert map_points(html) is None
