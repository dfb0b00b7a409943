"""Which items still lack a translation, visible in the admin's lists.

For every model registered with modeltranslation: a column that names the languages (and
fields) still empty where the Italian text is filled in, and a filter to list only those.
Used by the admins of ``network`` and ``pages``.
"""

from functools import cache

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = [code for code in settings.MODELTRANSLATION_LANGUAGES if code != DEFAULT]


@cache
def _text_fields(model):
    """The translated text fields worth translating (files and numbers left aside)."""
    names = translator.get_options_for_model(model).all_fields.keys()
    return [
        field.name
        for field in model._meta.fields  # in the order of the form
        if field.name in names
        and model._meta.get_field(f"{field.name}_{DEFAULT}").get_internal_type()
        in {"CharField", "TextField"}
    ]


def _empty(name):
    return Q(**{f"{name}__isnull": True}) | Q(**{name: ""})


def missing_translation_q(model, language):
    """Items whose Italian text is filled in for a field whose `language` text is not."""
    condition = Q(pk__in=[])
    for name in _text_fields(model):
        condition |= ~_empty(f"{name}_{DEFAULT}") & _empty(f"{name}_{language}")
    return condition


def missing_fields(obj, language):
    return [
        str(capfirst(obj._meta.get_field(name).verbose_name))
        for name in _text_fields(type(obj))
        if getattr(obj, f"{name}_{DEFAULT}") and not getattr(obj, f"{name}_{language}")
    ]


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "traduzione"

    def lookups(self, request, model_admin):
        return [
            (code, gettext("%(language)s missing") % {"language": _language_name(code)})
            for code in OTHER_LANGUAGES
        ]

    def queryset(self, request, queryset):
        if self.value() in OTHER_LANGUAGES:
            return queryset.filter(missing_translation_q(queryset.model, self.value()))
        return queryset


def _language_name(code):
    return capfirst(gettext(get_language_info(code)["name"]))


class TranslationStatusMixin:
    """Adds the "Translation" column and filter to a translated model's admin list."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    @admin.display(description=_("Translation"))
    def translation_status(self, obj):
        gaps = []
        for code in OTHER_LANGUAGES:
            fields = missing_fields(obj, code)
            if fields:
                gaps.append(
                    gettext("%(language)s missing: %(fields)s")
                    % {"language": _language_name(code), "fields": ", ".join(fields)}
                )
        return "; ".join(gaps) if gaps else gettext("Complete")
