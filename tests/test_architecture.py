"""Which app may import which: the domain core holds only the domain (issue 16).

- ``editing`` (the editing toolkit) imports neither ``network`` nor ``pages``;
- ``network`` (the domain core) imports nothing from ``pages`` or ``opendata``;
- ``opendata`` (the network as open data) and ``pocketcard`` (the pocket safety card)
  import nothing from ``pages``.
Imports are read from the source with ``ast``, so one inside a function counts too.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

BASE = Path(settings.BASE_DIR)


def imported_modules(path):
    """The absolute module names a Python file imports (relative imports left aside)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def offending_imports(app, forbidden):
    """[(file, module)] for each import in app's Python files of a forbidden app."""
    return sorted(
        (str(path.relative_to(BASE)), name)
        for path in (BASE / app).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in forbidden
    )


@pytest.mark.parametrize(
    ("app", "forbidden"),
    [
        ("editing", {"network", "pages", "opendata", "pocketcard"}),
        ("network", {"pages", "opendata", "pocketcard"}),
        ("opendata", {"pages", "pocketcard"}),
        ("pocketcard", {"pages", "opendata"}),
    ],
)
def test_an_app_does_not_import_the_apps_built_on_it(app, forbidden):
    assert list((BASE / app).rglob("*.py")), f"no Python files in {app}/"
    assert offending_imports(app, forbidden) == []


def test_the_check_sees_every_kind_of_import(tmp_path):
    source = tmp_path / "module.py"
    source.write_text(
        "import network\nimport pages.models as m\nfrom network.models import HelpDesk\n"
        "def f():\n    from pages import views\n"
    )
    assert {"network", "pages.models", "network.models", "pages"} <= imported_modules(source)
    # A relative import names the app's own modules (e.g. editing/models.py).
    source.write_text("from . import network\nfrom .models import PublishedQuerySet\n")
    assert imported_modules(source) == set()


def test_editing_is_installed_before_the_apps_that_use_it():
    apps = settings.INSTALLED_APPS
    assert apps.index("editing") < apps.index("network") < apps.index("pages")


def test_draft_preview_asks_the_staff_admin_site():
    """editing.views calls the staff site's rule (two-step verification included) on
    Django's default admin site: that site must be the staff one."""
    from editing.views import staff_admin_site
    from staff.sites import StaffAdminSite

    assert isinstance(staff_admin_site, StaffAdminSite)
