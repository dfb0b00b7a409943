"""Admin for the network: bodies, protocols, help desks and comuni.

Translated models use modeltranslation's tabbed admin, which shows one tab per
language for every translated field (e.g. ``name_it`` / ``name_en``).
"""

from django import forms
from django.contrib import admin
from django.contrib.admin import widgets
from django.db import models
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from editing.admin import PUBLICATION_ACTIONS, ContentAdmin
from editing.history import HistoryAdmin, recorded_change
from editing.sortable import SortableAdminMixin, SortableInlineAdminMixin

from .models import (
    ContactChannel,
    HelpDesk,
    HoursException,
    Language,
    Municipality,
    OpeningHours,
    Organisation,
    Protocol,
    ProtocolObjective,
    SupportService,
    localized_field_names,
)

# --- Bodies, services, languages


@admin.register(Organisation)
class OrganisationAdmin(SortableAdminMixin, ContentAdmin):
    list_display = ["name", "short_name", "kind", "website", "published"]
    list_editable = ["published"]
    list_filter = ["kind", "published"]
    search_fields = ["name_it", "name_en", "short_name_it", "short_name_en", "slug"]
    prepopulated_fields = {"slug": ("name_it",)}
    actions = PUBLICATION_ACTIONS
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind", "role", "website"]}),
        (
            _("Logo"),
            {
                "fields": ["logo", "logo_alt"],
                "description": _(
                    "A logo is optional. When you upload one, also write its alternative text."
                ),
            },
        ),
        (_("Publication"), {"fields": ["published"]}),
    ]


class ProtocolObjectiveInline(SortableInlineAdminMixin, TranslationTabularInline):
    model = ProtocolObjective
    fields = ["text", "order"]
    extra = 0


@admin.register(Protocol)
class ProtocolAdmin(SortableAdminMixin, ContentAdmin):
    list_display = ["title", "published"]
    list_editable = ["published"]
    list_filter = ["published"]
    search_fields = ["title_it", "title_en", "slug"]
    prepopulated_fields = {"slug": ("title_it",)}
    autocomplete_fields = ["adherents"]
    inlines = [ProtocolObjectiveInline]
    actions = PUBLICATION_ACTIONS
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "legal_basis", "body", "source"]}),
        (_("Network"), {"fields": ["adherents", "updates"]}),
        (_("Publication"), {"fields": ["published"]}),
    ]


@admin.register(SupportService)
class SupportServiceAdmin(SortableAdminMixin, ContentAdmin):
    list_display = ["name", "description"]
    search_fields = ["name_it", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_it",)}
    fields = ["name", "slug", "description"]


@admin.register(Language)
class LanguageAdmin(ContentAdmin):
    list_display = ["name", "code"]
    search_fields = ["name_it", "name_en", "code"]
    fields = ["code", "name"]


# --- Help desks


class ContactChannelInline(SortableInlineAdminMixin, TranslationTabularInline):
    model = ContactChannel
    fields = ["kind", "value", "label", "available_24h", "order"]
    extra = 0


# Hours as a timetable writes them: 09:00, not 09:00:00.
HOURS_AND_MINUTES = {models.TimeField: {"widget": widgets.AdminTimeWidget(format="%H:%M")}}


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    fields = ["weekday", "opens", "closes"]
    formfield_overrides = HOURS_AND_MINUTES
    extra = 0


class HoursExceptionForm(forms.ModelForm):
    """A new row comes with "closed all day" ticked. An editor who types special hours
    and leaves that box as it came means the desk is open then: it was an error at the
    bottom of a long form. Ticked on purpose beside the hours, it still is one."""

    def clean(self):
        cleaned = super().clean()
        hours = cleaned.get("opens") or cleaned.get("closes")
        if hours and cleaned.get("closed") and "closed" not in self.changed_data:
            cleaned["closed"] = False
        return cleaned


class HoursExceptionFormSet(forms.BaseInlineFormSet):
    """Two rows cannot both hold on a day: a closure and anything else, or hours that
    overlap. The database cannot see a range overlap, so the form checks each pair and
    marks the later row, naming the earlier one's days."""

    def clean(self):
        super().clean()
        rows = []
        for form in self.forms:
            unused = form.instance.pk is None and not form.has_changed()
            if unused or self._should_delete_form(form) or not form.is_valid():
                continue
            row = form.instance
            earlier = next((other for other in rows if row.conflicts_with(other)), None)
            if earlier is None:
                rows.append(row)
                continue
            message = gettext(
                "These days overlap the change of %(days)s. Change the dates or the hours, "
                "or delete one of the two rows."
            )
            form.add_error(None, message % {"days": earlier})


class HoursExceptionInline(TranslationTabularInline):
    model = HoursException
    form = HoursExceptionForm
    formset = HoursExceptionFormSet
    fields = ["starts_on", "ends_on", "closed", "opens", "closes", "note"]
    formfield_overrides = HOURS_AND_MINUTES
    extra = 0


@admin.register(HelpDesk)
class HelpDeskAdmin(SortableAdminMixin, ContentAdmin):
    # What fits 1280 px with the filters beside it; a confidential place is a filter.
    list_display = ["name", "kind", "organisation", "contacts_verified_on", "published"]
    list_editable = ["published"]
    list_filter = [
        "kind",
        "is_confidential",
        "published",
        ("organisation", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["organisation"]
    search_fields = ["name_it", "name_en", "slug", "locality"]
    prepopulated_fields = {"slug": ("name_it",)}
    autocomplete_fields = ["organisation", "services", "languages"]
    inlines = [ContactChannelInline, OpeningHoursInline, HoursExceptionInline]
    actions = [*PUBLICATION_ACTIONS, "mark_contacts_verified_today"]
    fieldsets = [
        (
            _("General"),
            {
                "fields": [
                    "name",
                    "slug",
                    "kind",
                    "organisation",
                    "services",
                    "description",
                    "serves_whole_province",
                    "languages",
                    "accessibility",
                ],
                "description": _(
                    "For a confidential place (a shelter, the secret hospital bed), the "
                    "texts must not say where it is: no street, house number, postal code, "
                    "comune, hospital or other building. Write who runs it and how a woman "
                    "is placed there. A text that says where it is will not be saved. A "
                    "confidential place has no accessibility notes and no directions: "
                    "these fields are not offered for it."
                ),
            },
        ),
        (
            _("Location"),
            {
                "fields": [
                    "is_confidential",
                    "street_address",
                    "postal_code",
                    "locality",
                    "latitude",
                    "longitude",
                    "directions",
                ],
                "description": _(
                    "A confidential place (a shelter, the secret hospital bed) "
                    "cannot have an address, a postal code, a town, coordinates or "
                    "directions: leave all of these empty, in every language, or the "
                    "desk will not be saved."
                ),
            },
        ),
        (
            _("Contacts"),
            {
                "fields": ["contacts_verified_on", "contacts_source"],
                "description": _(
                    "Phone numbers, e-mails and opening hours are edited at the bottom "
                    "of the page. Each time you check them, write the date here."
                ),
            },
        ),
        (_("Publication"), {"fields": ["published"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        """A confidential place is not offered the fields that only make sense for a
        place a woman may walk into, unless one still holds text: then it is shown, so
        that the editor sees why the desk is refused and can empty it."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not obj.is_confidential:
            return fieldsets
        hidden = {
            column
            for field_name in HelpDesk.PUBLIC_PLACE_ONLY
            if not any(
                (getattr(obj, column, "") or "").strip()
                for column in localized_field_names(field_name)
            )
            for column in [field_name, *localized_field_names(field_name)]
        }
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in hidden]})
            for name, options in fieldsets
        ]

    # The rows whose change means the contacts were looked at: phone numbers and e-mail
    # addresses, weekly hours.
    CONTACT_INLINES = (ContactChannel, OpeningHours)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        request.contacts_changed = (
            change
            and "contacts_verified_on" not in form.changed_data
            and any(
                formset.model in self.CONTACT_INLINES and formset.has_changed()
                for formset in formsets
            )
        )

    def response_change(self, request, obj):
        """After a save that changed phone numbers, e-mails or hours but not "contacts
        verified on": asks whether they were all checked, with a button that sets it to
        today (the list's action, for this desk)."""
        response = super().response_change(request, obj)
        if getattr(request, "contacts_changed", False):
            self.message_user(request, self._verified_today_question(request, obj))
        return response

    def _verified_today_question(self, request, desk):
        return format_html(
            '{} <form method="post" action="{}" class="message-form">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<input type="hidden" name="action" value="mark_contacts_verified_today">'
            '<input type="hidden" name="_selected_action" value="{}">'
            '<button type="submit">{}</button></form>',
            _(
                "You changed phone numbers, e-mail addresses or hours. Are all the "
                "contacts of this desk right now?"
            ),
            reverse("admin:network_helpdesk_changelist"),
            get_token(request),
            desk.pk,
            _("Yes: mark them as verified today"),
        )

    @admin.action(description=_("Mark the contacts as verified today"))
    def mark_contacts_verified_today(self, request, queryset):
        today = timezone.localdate()
        with recorded_change(request, str(_("Contacts marked as verified"))):
            for desk in queryset:
                desk.contacts_verified_on = today
                desk.save(update_fields=["contacts_verified_on"])
        count = len(queryset)
        self.message_user(
            request,
            ngettext(
                "Contacts of %(count)d desk marked as verified today.",
                "Contacts of %(count)d desks marked as verified today.",
                count,
            )
            % {"count": count},
        )


# --- Comuni


class ServingBodyKnownFilter(admin.SimpleListFilter):
    title = _("serving body known")
    parameter_name = "serving_body_known"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(managing_body__isnull=False)
        if self.value() == "no":
            return queryset.filter(managing_body__isnull=True)
        return queryset


@admin.register(Municipality)
class MunicipalityAdmin(HistoryAdmin):
    list_display = ["istat_code", "name", "managing_body"]
    list_display_links = ["istat_code", "name"]
    list_filter = [
        ServingBodyKnownFilter,
        ("managing_body", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["managing_body"]
    search_fields = ["name", "istat_code"]
    autocomplete_fields = ["managing_body"]
    fields = [
        "istat_code",
        "name",
        "cadastral_code",
        "managing_body",
        "managing_body_source",
    ]
