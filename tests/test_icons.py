"""Every icon a page uses is in the sprite the front-end build writes (it keeps only the
icons it finds named in the templates and the template tags)."""

import re
from pathlib import Path

from django.conf import settings

SPRITE = Path(settings.BASE_DIR) / "static" / "build" / "svg" / "sprites.svg"
USED = re.compile(r'sprites(?:\.[0-9a-f]+)?\.svg#(it-[a-z0-9-]+)"')


def test_every_icon_a_page_draws_is_in_the_sprite(seeded, client):
    pages = ["/", "/sportelli/", "/sportelli/spazio-anna-c/", "/sportelli/comune/005005/"]
    pages += ["/atti/2015/integrazione-tavolo-lavoro-violenza-donne/", "/cerca/?q=asti"]
    used = set()
    for path in pages:
        used |= set(USED.findall(client.get(path).content.decode()))
    assert "it-clock" in used  # drawn by network_tags.opening_status, in Python
    kept = set(re.findall(r'<symbol id="(it-[a-z0-9-]+)"', SPRITE.read_text()))
    assert used <= kept, used - kept
