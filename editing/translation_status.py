"""Which items still lack a translation, or a native speaker's check, in the admin.

For every model registered with modeltranslation:
- a column that names the languages (and fields) still empty where the Italian text is
  filled in, and the languages whose text no native speaker has checked as it is now,
  with a filter for each;
- on the change form, one box per language that has text: "checked by a native speaker".
  A check (``TranslationReview``) keeps the digest of the text it saw, so any later edit
  of that text undoes it by itself, wherever the edit comes from.
An item's text includes that of the rows edited inside its form (a desk's channels and
changes to its hours, a protocol's objectives), read in one query per kind of row.
Used by the admins of ``network`` and ``pages``, and by the admin home.
"""

import hashlib
import json
from functools import cache
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from .models import TranslationReview

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


# --- Checked by a native speaker.

# Whole sentences per language, not a sentence with a language put in: each catalogue
# then says it as its grammar wants ("Testo in albanese", "Албанський текст").
CHECKED_LABELS = {
    "en": _("English text checked by a native speaker"),
    "sq": _("Albanian text checked by a native speaker"),
    "ro": _("Romanian text checked by a native speaker"),
    "ar": _("Arabic text checked by a native speaker"),
    "mk": _("Macedonian text checked by a native speaker"),
    "uk": _("Ukrainian text checked by a native speaker"),
    "fr": _("French text checked by a native speaker"),
    "es": _("Spanish text checked by a native speaker"),
}
# Language names inside a list ("Da controllare: albanese, rumeno"), lower case where the
# language writes them so.
NAMES_IN_A_SENTENCE = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "sq": pgettext_lazy("language name inside a sentence", "Albanian"),
    "ro": pgettext_lazy("language name inside a sentence", "Romanian"),
    "ar": pgettext_lazy("language name inside a sentence", "Arabic"),
    "mk": pgettext_lazy("language name inside a sentence", "Macedonian"),
    "uk": pgettext_lazy("language name inside a sentence", "Ukrainian"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
}
CHECK_FIELD = "translation_checked_{}"


def check_field_name(language):
    return CHECK_FIELD.format(language)


def _texts(obj, language):
    return [(name, getattr(obj, f"{name}_{language}") or "") for name in _text_fields(type(obj))]


def _columns(model, language):
    """The columns a check's digest covers: each text in `language`, then in Italian."""
    names = _text_fields(model)
    return [f"{name}_{language}" for name in names] + [f"{name}_{DEFAULT}" for name in names]


# --- Rows edited inside an item's form (its inlines): their text is part of the item's.


def _inline_relations(model):
    """[(name, row model, foreign key name)] of the reverse foreign keys from model to
    models translated but without a list of their own with the translation status: the
    rows staff edit, and have checked, inside model's form. In a stable order."""
    registered = translator.get_registered_models()
    relations = []
    for relation in model._meta.related_objects:
        rows = relation.related_model
        if (
            relation.one_to_many
            and relation.field.target_field == model._meta.pk
            and rows in registered
            and _text_fields(rows)
            and not (
                admin.site.is_registered(rows)
                and isinstance(admin.site.get_model_admin(rows), TranslationStatusMixin)
            )
        ):
            relations.append((relation.get_accessor_name(), rows, relation.field.name))
    return sorted(relations, key=lambda item: item[0])


def _inline_rows(model, pks, languages):
    """{pk: rows} of the objects of model whose pks are given: rows holds, per relation of
    _inline_relations(model), its rows by pk as {column: text} in `languages` and Italian.
    One query per relation, whatever the number of objects."""
    relations = _inline_relations(model)
    found = {pk: tuple([] for _relation in relations) for pk in pks}
    if not found:
        return found
    for index, (_name, rows, key) in enumerate(relations):
        columns = [
            f"{name}_{code}" for code in (*languages, DEFAULT) for name in _text_fields(rows)
        ]
        values = (
            rows._default_manager.filter(**{f"{key}__in": list(found)})
            .order_by("pk")
            .values_list(key, *columns)
        )
        for owner, *texts in values:
            found[owner][index].append(dict(zip(columns, texts, strict=True)))
    return found


INLINE_ROWS = "_translation_inline_rows"


def attach_inline_rows(objects):
    """Give each object (all of one model) the texts of its inline rows in every language."""
    objects = list(objects)
    if objects:
        found = _inline_rows(type(objects[0]), [obj.pk for obj in objects], OTHER_LANGUAGES)
        for obj in objects:
            setattr(obj, INLINE_ROWS, found[obj.pk])


def _inline_rows_of(obj):
    if obj.pk is None:  # not saved yet: no rows
        return tuple([] for _relation in _inline_relations(type(obj)))
    if not hasattr(obj, INLINE_ROWS):
        attach_inline_rows([obj])
    return getattr(obj, INLINE_ROWS)


def _inline_texts(model, inline_rows, language):
    """[(column, text)] of the inline rows with text in `language` or Italian, by
    relation then by pk: each row's texts in `language`, then in Italian. A row added or
    removed changes the list; a row without any of these texts has nothing to check."""
    texts = []
    for (name, rows, _key), found in zip(_inline_relations(model), inline_rows, strict=True):
        columns = _columns(rows, language)
        for row in found:
            if any(row[column] for column in columns):
                texts.extend((f"{name}.{column}", row[column] or "") for column in columns)
    return texts


def _inline_has_text(model, inline_rows, language):
    return any(
        row[f"{name}_{language}"]
        for (_name, rows, _key), found in zip(_inline_relations(model), inline_rows, strict=True)
        for row in found
        for name in _text_fields(rows)
    )


def text_digest(texts):
    """SHA-256 of texts given as [(column, text)]: an object's texts in one language and
    the Italian ones they translate, so that a check also lapses when the Italian changes
    (a corrected number, an added sentence the translation does not have yet)."""
    payload = json.dumps([[name, text or ""] for name, text in texts], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def translation_digest(obj, language):
    """The digest of obj's texts in `language` and Italian, those of its inline rows too
    (read once per object, in one query per relation, unless attach_inline_rows did)."""
    model = type(obj)
    columns = _columns(model, language)
    return text_digest(
        [
            *((column, getattr(obj, column) or "") for column in columns),
            *_inline_texts(model, _inline_rows_of(obj), language),
        ]
    )


def _row_digest(model, language, values, inline_rows):
    """The digest of a row's `_columns(model, language)` values, as values_list reads them,
    and of its inline rows as _inline_rows gives them."""
    return text_digest(
        [
            *zip(_columns(model, language), values, strict=True),
            *_inline_texts(model, inline_rows, language),
        ]
    )


def languages_with_text(obj):
    model, inline_rows = type(obj), _inline_rows_of(obj)
    return [
        code
        for code in OTHER_LANGUAGES
        if any(text for _name, text in _texts(obj, code))
        or _inline_has_text(model, inline_rows, code)
    ]


def _own_text_q(model, languages):
    condition = Q(pk__in=[])
    for code in languages:
        for name in _text_fields(model):
            condition |= ~_empty(f"{name}_{code}")
    return condition


def _has_text_q(model, languages):
    """Objects with text in one of `languages`, their own or in one of their inline rows."""
    condition = _own_text_q(model, languages)
    for _name, rows, key in _inline_relations(model):
        condition |= Q(
            Exists(
                rows._default_manager.filter(**{key: OuterRef("pk")}).filter(
                    _own_text_q(rows, languages)
                )
            )
        )
    return condition


def attach_checks(objects):
    """Give each object (all of one model) the digests its checks hold, {language: digest},
    in one query for all of them, and the texts of their inline rows in one query per
    relation: a list of objects says which translations are checked."""
    objects = list(objects)
    if not objects:
        return
    attach_inline_rows(objects)
    checks = TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(type(objects[0])),
        object_id__in=[obj.pk for obj in objects],
    ).values_list("object_id", "language", "digest")
    digests = {}
    for object_id, language, digest in checks:
        digests.setdefault(object_id, {})[language] = digest
    for obj in objects:
        obj.checked_digests = digests.get(obj.pk, {})


def unchecked_languages(obj):
    """The languages in which obj has text that no native speaker checked as it is now."""
    if not hasattr(obj, "checked_digests"):
        attach_checks([obj])
    return [
        code
        for code in languages_with_text(obj)
        if obj.checked_digests.get(code) != translation_digest(obj, code)
    ]


def unchecked_ids(queryset, language):
    """Ids of the objects of queryset with text in `language` that no check matches, in two
    queries, plus one per inline relation, whatever their number (a digest is computed
    here, not in the database)."""
    model = queryset.model
    rows = list(
        queryset.filter(_has_text_q(model, [language])).values_list(
            "pk", *_columns(model, language)
        )
    )
    inline = _inline_rows(model, [pk for pk, *_texts in rows], [language])
    checked = dict(
        TranslationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(model), language=language
        ).values_list("object_id", "digest")
    )
    return [
        pk
        for pk, *texts in rows
        if checked.get(pk) != _row_digest(model, language, texts, inline[pk])
    ]


class UncheckedTranslationFilter(admin.SimpleListFilter):
    title = _("native-speaker check")
    parameter_name = "revisione"

    def lookups(self, request, model_admin):
        return [
            (code, gettext("%(language)s to check") % {"language": _language_name(code)})
            for code in OTHER_LANGUAGES
        ]

    def queryset(self, request, queryset):
        # Any other value (a typo, a hand-made address) lists everything.
        if self.value() in OTHER_LANGUAGES:
            return queryset.filter(pk__in=unchecked_ids(queryset, self.value()))
        return queryset


def _check_note(check, current):
    """Who checked the text and when, under its box."""
    if check is None:
        return ""
    # The admin shows help texts as HTML: a name is text, escaped.
    values = {
        "name": escape(check.reviewed_by.get_full_name() or check.reviewed_by.get_username())
        if check.reviewed_by
        else gettext("someone no longer registered"),
        "date": date_format(timezone.localtime(check.reviewed_at), "SHORT_DATE_FORMAT"),
    }
    if current:
        return gettext("Checked by %(name)s on %(date)s.") % values
    return (
        gettext("The text changed after %(name)s checked it on %(date)s: have it checked again.")
        % values
    )


def unchecked_translations(request, site=admin.site):
    """For the admin home: per language with unchecked text, how many objects, and the
    filtered lists that show them. One query per translated model and one per relation
    of its inline rows, plus one."""
    model_admins = []
    for model in translator.get_registered_models():
        if not site.is_registered(model):
            continue
        model_admin = site.get_model_admin(model)
        if isinstance(model_admin, TranslationStatusMixin) and (
            model_admin.has_view_or_change_permission(request)
        ):
            model_admins.append(model_admin)
    if not model_admins:
        return []
    content_types = ContentType.objects.get_for_models(*(ma.model for ma in model_admins))
    checked = {
        (content_type, object_id, language): digest
        for content_type, object_id, language, digest in TranslationReview.objects.filter(
            content_type__in=content_types.values()
        ).values_list("content_type", "object_id", "language", "digest")
    }
    counts = {code: [] for code in OTHER_LANGUAGES}
    for model_admin in sorted(model_admins, key=lambda ma: str(ma.model._meta.verbose_name_plural)):
        model = model_admin.model
        names = _text_fields(model)
        content_type = content_types[model].pk
        columns = [f"{name}_{code}" for code in (*OTHER_LANGUAGES, DEFAULT) for name in names]
        rows = list(
            model_admin.get_queryset(request)
            .filter(_has_text_q(model, OTHER_LANGUAGES))
            .values_list("pk", *columns)
        )
        inline = _inline_rows(model, [pk for pk, *_texts in rows], OTHER_LANGUAGES)
        unchecked = dict.fromkeys(OTHER_LANGUAGES, 0)
        for pk, *texts in rows:
            italian = texts[-len(names) :]
            for index, code in enumerate(OTHER_LANGUAGES):
                language_texts = texts[index * len(names) : (index + 1) * len(names)]
                has_text = any(language_texts) or _inline_has_text(model, inline[pk], code)
                if has_text and checked.get((content_type, pk, code)) != _row_digest(
                    model, code, [*language_texts, *italian], inline[pk]
                ):
                    unchecked[code] += 1
        opts = model._meta
        url = reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_changelist")
        for code, count in unchecked.items():
            if count:
                query = urlencode({UncheckedTranslationFilter.parameter_name: code})
                counts[code].append(
                    {
                        "name": capfirst(opts.verbose_name_plural),
                        "count": count,
                        "url": f"{url}?{query}",
                    }
                )
    return [
        {
            "language": _language_name(code),
            "count": sum(item["count"] for item in lists),
            "lists": lists,
        }
        for code, lists in counts.items()
        if lists
    ]


def translation_overview(obj):
    """Each other language of obj at a glance, for the top of its form: (code, name,
    state, text) with state "missing" (and which fields), "unchecked" or "checked";
    languages with nothing to translate are left out."""
    unchecked = unchecked_languages(obj)
    with_text = languages_with_text(obj)
    overview = []
    for code in OTHER_LANGUAGES:
        fields = missing_fields(obj, code)
        if fields:
            state, text = "missing", gettext("missing: %(fields)s") % {"fields": ", ".join(fields)}
        elif code in unchecked:
            state, text = "unchecked", pgettext("translation state", "to check")
        elif code in with_text:
            state, text = "checked", pgettext("translation state", "checked")
        else:
            continue
        overview.append((code, _language_name(code), state, text))
    return overview


class TranslationStatusMixin:
    """Adds to a translated model's admin the "Translation" column and filters, and on its
    change form one "checked by a native speaker" box per language that has text."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status"]

    def get_list_filter(self, request):
        return [
            *super().get_list_filter(request),
            MissingTranslationFilter,
            UncheckedTranslationFilter,
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context["translation_overview"] = translation_overview(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # The page's objects, whose query the list then reuses: one query for their checks.
        attach_checks(changelist.result_list)
        return changelist

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
        status = ["; ".join(gaps) if gaps else gettext("Complete")]
        unchecked = unchecked_languages(obj)
        if unchecked:
            names = ", ".join(str(NAMES_IN_A_SENTENCE.get(code, code)) for code in unchecked)
            status.append(gettext("To check: %(languages)s") % {"languages": names})
        return "; ".join(status)

    # --- The boxes on the change form.

    def checkable_languages(self, request, obj):
        """Languages with text on this object, offered only to who may change it."""
        if obj is None or not self.has_change_permission(request, obj):
            return []
        return languages_with_text(obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        names = [check_field_name(code) for code in self.checkable_languages(request, obj)]
        if not names:
            return fieldsets
        # Without declared fieldsets the form's own fields (the boxes too) come first.
        fieldsets = [
            (title, {**options, "fields": [f for f in options["fields"] if f not in names]})
            for title, options in fieldsets
        ]
        review = {
            "fields": names,
            "description": _(
                "Tick a language once a native speaker has read its text and found it "
                "correct. When that text changes, the tick goes away by itself: have the "
                "new text checked too."
            ),
        }
        return [*fieldsets, (_("Translation review"), review)]

    def get_form(self, request, obj=None, **kwargs):
        languages = self.checkable_languages(request, obj)
        if languages:
            checks = {
                check.language: check
                for check in TranslationReview.objects.filter(
                    content_type=ContentType.objects.get_for_model(self.model), object_id=obj.pk
                ).select_related("reviewed_by")
            }
            boxes = {}
            for code in languages:
                check = checks.get(code)
                # Read before the posted data reaches obj: the box shows the stored state.
                current = check is not None and check.digest == translation_digest(obj, code)
                boxes[check_field_name(code)] = forms.BooleanField(
                    label=CHECKED_LABELS.get(code, _language_name(code)),
                    required=False,
                    initial=current,
                    help_text=_check_note(check, current),
                )
            base = kwargs.get("form", self.form)
            kwargs["form"] = type(base.__name__, (base,), boxes)
        return super().get_form(request, obj, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.save_translation_checks(request, form)

    def save_translation_checks(self, request, form):
        """A box ticked now records the check of the text as saved; a box unticked removes
        it. A box left ticked records nothing: if its text changed, it is unchecked."""
        obj = form.instance
        # The inline rows as the form's formsets saved them, not as get_form read them.
        obj.__dict__.pop(INLINE_ROWS, None)
        content_type = ContentType.objects.get_for_model(self.model)
        for code in OTHER_LANGUAGES:
            name = check_field_name(code)
            if name not in form.fields or name not in form.changed_data:
                continue
            checks = TranslationReview.objects.filter(
                content_type=content_type, object_id=obj.pk, language=code
            )
            if form.cleaned_data[name] and code in languages_with_text(obj):
                checks.update_or_create(
                    content_type=content_type,
                    object_id=obj.pk,
                    language=code,
                    defaults={
                        "digest": translation_digest(obj, code),
                        "reviewed_by": request.user,
                        "reviewed_at": timezone.now(),
                    },
                )
            else:
                checks.delete()
