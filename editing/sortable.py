"""Drag-and-drop ordering in the admin (django-admin-sortable2), for the lists whose order
visitors see (in ``network`` and ``pages``: network bodies, protocols, services, desks,
contact points, and the rows of a desk's contact channels and a protocol's objectives).
Staff drag rows instead of typing order numbers.

django-admin-sortable2 2.3.1 swaps Django's admin/js/actions.js for its own patched copy
named after the Django version, and ships copies up to Django 6.0; Django 6.1's
actions.js is unchanged in the part it patches, so the 6.0 copy is used when there is no
copy for the running version.
"""

from adminsortable2.admin import SortableAdminMixin as BaseSortableAdminMixin
from adminsortable2.admin import SortableInlineAdminMixin
from django import VERSION
from django.contrib.staticfiles import finders
from django.forms import Media

__all__ = ["SortableAdminMixin", "SortableInlineAdminMixin"]

ACTIONS_JS = "adminsortable2/js/actions-{}.{}.js".format(*VERSION[:2])
LATEST_ACTIONS_JS = "adminsortable2/js/actions-6.0.js"


class SortableAdminMixin(BaseSortableAdminMixin):
    @property
    def media(self):
        media = super().media
        if ACTIONS_JS not in media._js or finders.find(ACTIONS_JS):
            return media
        js = [LATEST_ACTIONS_JS if path == ACTIONS_JS else path for path in media._js]
        return Media(css=media._css, js=js)
