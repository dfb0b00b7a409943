"""Which release is running: a digest of everything besides the content that renders
pages. The logs name it at start (pariopportunita/wsgi.py) and every page's ETag holds it
(operations/freshness.py), so that a new release renders every page again."""

import functools
import hashlib
import os
from importlib.metadata import distributions
from pathlib import Path

from django.conf import settings

# Settings whose value shows in a page or its headers: a change is a new release.
RELEASE_SETTING_PREFIXES = (
    "SECURE_",
    "PERMISSIONS_POLICY",
    "X_FRAME_OPTIONS",
    "MAP_TILE_",
    "CONTACTS_",
    "LANGUAGE",
    "MODELTRANSLATION_",
    "TIME_ZONE",
    "STATIC_URL",
    "MEDIA_URL",
)
SOURCE_SUFFIXES = (".py", ".html", ".mo")
SKIPPED_FOLDERS = {
    ".git",
    ".venv",
    "node_modules",
    "static",
    "staticfiles",
    "media",
    "var",
    "tests",
}


@functools.cache
def release():
    """A digest of what renders pages besides the content: the source, the templates, the
    compiled translations, the static files' manifest, the installed packages (Django's own
    templates and translations) and the settings pages show. The same on every app server
    of one release; computed once per process."""
    digest = hashlib.blake2b(digest_size=8)
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in distributions())
    digest.update("\n".join(packages).encode())
    for name in sorted(dir(settings)):
        if name.startswith(RELEASE_SETTING_PREFIXES):
            digest.update(f"{name}={getattr(settings, name)!r}".encode())
    paths = []
    for folder, folders, files in os.walk(settings.BASE_DIR):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_FOLDERS)
        paths += [os.path.join(folder, n) for n in sorted(files) if n.endswith(SOURCE_SUFFIXES)]
    # The hashed names of the styles and scripts pages link to.
    paths.append(os.path.join(settings.STATIC_ROOT or "", "staticfiles.json"))
    for path in paths:
        if os.path.isfile(path):
            digest.update(os.path.basename(path).encode() + Path(path).read_bytes())
    return digest.hexdigest()
