"""Content history for staff, on django-reversion.

Every save through the admin (and every admin action that changes content) is stored as a
revision: who, when, and the state of the object together with its inline rows (a desk's
contact channels and hours, a protocol's objectives). The history page lists the revisions
newest first and says, field by field, what each one changed; "Restore this version" opens
the form filled in with that version, and saving it puts it back — two clicks.

Used by the admins of ``network`` and ``pages``.
"""

from contextlib import contextmanager

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.formats import localize
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from reversion.admin import VersionAdmin
from reversion.models import Version


@contextmanager
def recorded_change(request, comment):
    """A revision for changes made outside a change form (e.g. by an admin action)."""
    with reversion.create_revision():
        reversion.set_user(request.user)
        reversion.set_comment(comment)
        yield


def _display(field, value):
    """A stored value as staff read it: labels for choices, names for relations."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(field, models.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ManyToManyField):
        related = field.remote_field.model._default_manager.filter(pk__in=value)
        return ", ".join(sorted(str(obj) for obj in related)) or "—"
    if isinstance(field, models.ForeignKey):
        related = field.remote_field.model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if isinstance(field, models.FileField):
        return str(value).rsplit("/", 1)[-1]
    return str(localize(value))


def _translated_fields(model):
    """The names of a model's fields kept in every language ("name", beside "name_it",
    "name_en"…): the field itself only repeats one of them."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def _field_changes(model, before, after, skip=()):
    """[(label, old, new)] for the fields whose stored value differs."""
    changes = []
    skip = {*skip, *_translated_fields(model)}
    for name, new in after.items():
        old = before.get(name)
        if name in skip or old == new:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.primary_key:
            continue
        # A text saved empty where it was NULL changed nothing anyone can see ("— → —").
        shown = (_display(field, old), _display(field, new))
        if shown[0] != shown[1]:
            changes.append((capfirst(field.verbose_name), *shown))
    return changes


def _children(version):
    """The inline rows stored with a version: {(model, pk): Version}."""
    return {
        (child.content_type_id, child.object_id): child
        for child in version.revision.version_set.all()
        if not (
            child.content_type_id == version.content_type_id
            and child.object_id == version.object_id
        )
    }


def describe_changes(versions):
    """For versions of one object, oldest first: what each changed since the one before.

    Returns a list of (version, [change]) where a change is a dict with the row it is about
    ("" for the object itself) and its (label, old, new) field changes, or a note that an
    inline row was added or removed.
    """
    described = []
    previous = None
    for version in versions:
        changes = []
        if previous is None:
            described.append((version, changes))
            previous = version
            continue
        model = version._model
        fields = _field_changes(model, previous.field_dict, version.field_dict)
        if fields:
            changes.append({"row": "", "fields": fields})
        before, after = _children(previous), _children(version)
        for key, child in after.items():
            child_model = child._model
            parent_fk = [
                f.name
                for f in child_model._meta.fields
                if isinstance(f, models.ForeignKey) and f.remote_field.model is model
            ]
            row = f"{capfirst(child_model._meta.verbose_name)}: {child.object_repr}"
            if key not in before:
                changes.append({"row": row, "note": _("added"), "fields": []})
                continue
            fields = _field_changes(
                child_model, before[key].field_dict, child.field_dict, skip=parent_fk
            )
            if fields:
                changes.append({"row": row, "fields": fields})
        for key, child in before.items():
            if key not in after:
                row = f"{capfirst(child._model._meta.verbose_name)}: {child.object_repr}"
                changes.append({"row": row, "note": _("removed"), "fields": []})
        described.append((version, changes))
        previous = version
    return described


def _labels(form, names):
    return [str(form.fields[name].label or name) if name in form.fields else name for name in names]


def change_message(form, formsets, add):
    """What a save changed, as Django's admin records it (its JSON, which the history and
    the revision's comment turn into a sentence), with the field labels and the rows'
    names in the site's language. Django records them untranslated, for translation when
    they are read; but a label is "Contacts verified on", which no catalogue has, and a
    row's name is whatever str() gives without a language ("Monday 06:00-20:00"): the
    history showed them in English."""
    with translation.override(settings.LANGUAGE_CODE):
        message = [{"added": {}}] if add else []
        if not add and form.changed_data:
            message.append({"changed": {"fields": _labels(form, form.changed_data)}})
        for formset in formsets or ():
            for row in formset.new_objects:
                message.append({"added": _row(row)})
            for row, fields in formset.changed_objects:
                labels = _labels(formset.forms[0], fields)
                message.append({"changed": {**_row(row), "fields": labels}})
            for row in formset.deleted_objects:
                message.append({"deleted": _row(row)})
        return message


def _row(row):
    return {"name": str(row._meta.verbose_name), "object": str(row)}


class HistoryAdmin(VersionAdmin):
    """VersionAdmin with a history page that shows what changed and restores in two clicks."""

    object_history_template = "admin/history/object_history.html"

    revision_form_template = "admin/history/revision_form.html"

    def construct_change_message(self, request, form, formsets, add=False):
        return change_message(form, formsets, add)

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
        return [compare, *super().get_urls()]

    def compare_view(self, request, object_id):
        """Two versions of an object side by side (?v=…&v=…, ticked on its history page):
        each field and row that differs, with its value in each."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = {
            str(version.pk): version
            for version in Version.objects.get_for_object(obj)
            .select_related("revision", "revision__user")
            .prefetch_related("revision__version_set")
        }
        chosen = sorted(
            {versions[key] for key in request.GET.getlist("v") if key in versions},
            key=lambda version: version.pk,
        )
        opts = self.model._meta
        history = reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_history",
            args=(quote(obj.pk),),
        )
        if len(chosen) != 2:
            self.message_user(request, _("Choose two versions to compare."), messages.WARNING)
            return redirect(history)
        older, newer = chosen
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare two versions"),
            "subtitle": str(obj),
            "opts": opts,
            "object": obj,
            "history_url": history,
            "older": older,
            "newer": newer,
            "changes": describe_changes([older, newer])[1][1],
        }
        return TemplateResponse(request, "admin/history/compare.html", context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """The form that restores a version, saying before anything is saved what the save
        will change (current value → restored value) and which later changes it undoes,
        with who made them and when: a restore must not undo a check made minutes before
        without saying so."""
        context = dict(extra_context or {})
        if request.method == "GET":
            versions = list(
                Version.objects.get_for_object_reference(self.model, unquote(object_id))
                .select_related("revision", "revision__user")
                .prefetch_related("revision__version_set")
                .order_by("pk")
            )
            chosen = next((v for v in versions if str(v.pk) == str(version_id)), None)
            if chosen is not None and versions:
                _version, changes = describe_changes([versions[-1], chosen])[1]
                context["restore_changes"] = changes
                context["undone_revisions"] = [
                    version.revision for version in versions if version.pk > chosen.pk
                ]
        return super().revision_view(request, object_id, version_id, context)

    def history_view(self, request, object_id, extra_context=None):
        # Django's own history view (permissions, missing objects, breadcrumbs) with our rows;
        # VersionAdmin's version of it would query a list that this template does not show.
        obj = self.get_object(request, unquote(object_id))
        rows = []
        if obj is not None and self.has_view_or_change_permission(request, obj):
            rows = self._history_rows(obj)
        context = {"history_rows": rows, **(extra_context or {})}
        return admin.ModelAdmin.history_view(self, request, object_id, context)

    def _history_rows(self, obj):
        """The revisions of obj, newest first, each with what it changed."""
        opts = self.model._meta
        versions = (
            Version.objects.get_for_object(obj)
            .select_related("revision", "revision__user")
            .prefetch_related("revision__version_set")
            .order_by("pk")
        )
        rows = [
            {
                "revision": version.revision,
                "version": version.pk,
                "changes": changes,
                "url": reverse(
                    f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                    args=(quote(version.object_id), version.pk),
                ),
            }
            for version, changes in describe_changes(list(versions))
        ]
        rows.reverse()
        if rows:
            rows[0]["current"] = True
        return rows
