"""What every content admin shares: publish and withdraw actions, and ``ContentAdmin``
(language tabs, translation status, history and undo, uploads that fail without losing
what the editor typed). Used by the admins of ``network`` and ``pages``.
"""

import errno
import logging

from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from .history import HistoryAdmin, recorded_change
from .models import Publishable, moment
from .translation_status import TranslationStatusMixin

# --- Actions shared by every model with a ``published`` flag.


def _set_published(request, queryset, value, comment):
    """Save each item (not a bulk update) so that its history records the change."""
    changed = [item for item in queryset if item.published != value]
    with recorded_change(request, str(comment)):
        for item in changed:
            item.published = value
            item.save(update_fields=["published"])
    return len(changed)


@admin.action(description=_("Publish the selected items"))
def make_published(modeladmin, request, queryset):
    count = _set_published(request, queryset, True, _("Published"))
    modeladmin.message_user(
        request,
        ngettext("%(count)d item published.", "%(count)d items published.", count)
        % {"count": count},
    )


@admin.action(description=_("Withdraw the selected items from the site"))
def make_unpublished(modeladmin, request, queryset):
    # Some items stay published (`must_stay_published`: pages every page links to).
    kept = [item for item in queryset if getattr(item, "must_stay_published", False)]
    queryset = queryset.exclude(pk__in=[item.pk for item in kept])
    count = _set_published(request, queryset, False, _("Withdrawn from the site"))
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d item withdrawn from the site.",
            "%(count)d items withdrawn from the site.",
            count,
        )
        % {"count": count},
    )
    if kept:
        modeladmin.message_user(
            request,
            _("Still published, because every page of the site links to them: %(items)s.")
            % {"items": ", ".join(f"“{item}”" for item in kept)},
            messages.WARNING,
        )


PUBLICATION_ACTIONS = [make_published, make_unpublished]


class TimetableFilter(admin.SimpleListFilter):
    """Items whose publication waits for a moment, ends on one, or has ended."""

    title = _("timetable")
    parameter_name = "timetable"

    def lookups(self, request, model_admin):
        return [
            ("waiting", _("Waiting to appear")),
            ("leaving", _("Leaving the site on a date")),
            ("ended", _("Withdrawn on their date")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = queryset.filter(published=True)
        if self.value() == "waiting":
            return published.filter(publish_from__gt=now)
        if self.value() == "leaving":
            return published.filter(withdraw_at__gt=now)
        if self.value() == "ended":
            return published.filter(withdraw_at__lte=now)
        return queryset


class PublishOrSaveAsDraft:
    """Two buttons on the form of anything with a ``published`` flag, instead of a box to
    tick: "Salva come bozza" and "Pubblica" on a draft or on a new item (which starts as
    a draft: nothing reaches the site by mistake), "Salva" and "Ritira dal sito e salva
    come bozza" on a published one; only "Salva" for an item that must stay published
    (``must_stay_published``). The draft button comes first, so that Enter in a field
    never publishes. The form shows where the item is instead of the box, and the
    timetable ("publish from", "withdraw on") beside it; the list shows the timetable
    and filters by it."""

    TIMETABLE = ["publish_from", "withdraw_at"]

    def _has_publication(self):
        return issubclass(self.model, Publishable)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._has_publication():
            return fieldsets
        fixed = getattr(obj, "must_stay_published", False)
        timetable = [] if fixed else self.TIMETABLE

        def replaced(name):
            return ["publication_state", *timetable] if name == "published" else [name]

        return [
            (
                title,
                {
                    **options,
                    "fields": [
                        new
                        for name in options["fields"]
                        if name not in self.TIMETABLE
                        for new in replaced(name)
                    ],
                },
            )
            for title, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "publication_state"] if self._has_publication() else fields

    def get_list_display(self, request):
        columns = super().get_list_display(request)
        if not self._has_publication() or "published" not in columns:
            return columns
        at = list(columns).index("published") + 1
        return [*columns[:at], "timetable", *columns[at:]]

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        return [*filters, TimetableFilter] if self._has_publication() else filters

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in self.TIMETABLE and field is not None:
            field.widget.widgets[1].format = "%H:%M"  # 09:00, not 09:00:00
        return field

    # Not "Publication": that is the title of the fieldset it stands in.
    @admin.display(description=_("Where it is now"))
    def publication_state(self, obj):
        if obj is None or obj.pk is None:
            return Publishable.DRAFT
        return obj.publication_sentence()

    @admin.display(description=_("Timetable"))
    def timetable(self, obj):
        parts = []
        if obj.publish_from:
            parts.append(_("from %(moment)s") % {"moment": moment(obj.publish_from)})
        if obj.withdraw_at:
            parts.append(_("until %(moment)s") % {"moment": moment(obj.withdraw_at)})
        return " ".join(str(part) for part in parts)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if self._has_publication():
            context.update(
                publication_buttons=True,
                is_published=bool(obj is not None and obj.published),
                stays_published=bool(getattr(obj, "must_stay_published", False)),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if self._has_publication():
            before = obj.published if change else None
            to_draft = "_draft" in request.POST and not getattr(obj, "must_stay_published", False)
            if "_publish" in request.POST:
                obj.published = True
            elif to_draft or not change:  # a new item starts as a draft
                obj.published = False
            if obj.published != before or set(self.TIMETABLE) & set(form.changed_data):
                self.message_user(request, obj.publication_sentence())
        super().save_model(request, obj, form, change)


logger = logging.getLogger(__name__)


class KeepTypedTextOnStorageFailure:
    """When an uploaded file cannot be written (disk full, read-only or failing disk), the
    editor gets the form back with everything typed and a message, not an error page.

    The save runs in the admin's transaction, which the failure rolls back; the form is
    then shown again from the same request with the message as a form error.
    """

    STORAGE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO, errno.EACCES}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except OSError as error:
            if request.method != "POST" or error.errno not in self.STORAGE_ERRORS:
                raise
            logger.error("An uploaded file could not be stored: %s", error.strerror)
            request.storage_failure = error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        failure = getattr(request, "storage_failure", None)
        if failure is None:
            return form_class
        if failure.errno in (errno.ENOSPC, errno.EDQUOT):
            message = _(
                "The file could not be stored: the server's disk is full. Nothing was saved "
                "and what you typed is still here. Tell the site's technical staff, then "
                "choose the file again and save."
            )
        else:
            message = _(
                "The file could not be stored: the server cannot write to its disk. Nothing "
                "was saved and what you typed is still here. Tell the site's technical "
                "staff, then choose the file again and save."
            )

        class NotStoredForm(form_class):
            def clean(self):
                super().clean()
                raise ValidationError(message, code="not_stored")

        return NotStoredForm


class RowErrorsOnTheRow:
    """A list row's form (list_editable) holds a few fields, but the model's clean() checks
    the whole object and may name a field the row does not show (a confidential place's
    description). Such an error is shown on the row instead of ending in a 500."""

    def add_error(self, field, error):
        if field is None and hasattr(error, "error_dict"):
            on_the_row = {}
            for name, errors in error.error_dict.items():
                key = name if name in self.fields else NON_FIELD_ERRORS
                on_the_row.setdefault(key, []).extend(errors)
            error = ValidationError(on_the_row)
        super().add_error(field, error)


class ContentAdmin(
    PublishOrSaveAsDraft,
    KeepTypedTextOnStorageFailure,
    TranslationStatusMixin,
    HistoryAdmin,
    TabbedTranslationAdmin,
):
    """Translated content: language tabs, a "translation missing" column, history and undo;
    a file that cannot be stored loses nothing else the editor typed."""

    def get_changelist_form(self, request, **kwargs):
        form = super().get_changelist_form(request, **kwargs)
        return type(form.__name__, (RowErrorsOnTheRow, form), {})
