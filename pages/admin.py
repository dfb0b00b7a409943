"""Admin for pages, acts, contact points and the site settings."""

from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Max, Q
from django.middleware.csp import get_nonce
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.csp import CSP
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csp import csp_override
from modeltranslation.admin import TabbedTranslationAdmin

from editing.admin import PUBLICATION_ACTIONS, ContentAdmin
from editing.history import HistoryAdmin
from editing.sortable import SortableAdminMixin
from editing.translation_status import TranslationStatusMixin

from .models import ContactPoint, Deliberation, Page, PageFeedback, SeedRecord, SiteSettings


def _with_script_nonce(policy):
    """The site's policy that also runs inline scripts carrying the response's nonce."""
    return {**policy, "script-src": [*policy["script-src"], CSP.NONCE]}


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = ["title", "slug", "last_updated", "published"]
    list_editable = ["published"]
    list_filter = ["published"]
    search_fields = ["title_it", "title_en", "summary_it", "summary_en", "slug", "sources"]
    prepopulated_fields = {"slug": ("title_it",)}
    actions = PUBLICATION_ACTIONS
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body"]}),
        (
            _("Image"),
            {
                "fields": ["image", "image_alt"],
                "description": _(
                    "An image is optional. When you upload one, also describe what it shows."
                ),
            },
        ),
        (
            _("Sources"),
            {
                "fields": ["sources"],
                "description": _(
                    "Every fact on the page must come from a public source. Staff see this "
                    "list; visitors do not."
                ),
            },
        ),
        (_("Publication"), {"fields": ["last_updated", "published"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Every page links to these: their address and publication are not the editor's to
        # change (models.LINKED_FROM_EVERY_PAGE); the fieldset says why.
        fields = super().get_readonly_fields(request, obj)
        if obj is not None and obj.must_stay_published:
            return [*fields, "slug", "published"]
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.must_stay_published:
            # The publication fieldset, wherever it is (the translation review follows it).
            description = _(
                "Every page of the site links to this page (menu, emergency bar "
                "or footer). It stays published at its address: you can change "
                "its title and text, not withdraw or delete it."
            )
            fieldsets = [
                (title, {**options, "description": description})
                if "publication_state" in options["fields"]
                else (title, options)
                for title, options in fieldsets
            ]
        return fieldsets

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.must_stay_published:
            return {}  # The slug is read-only.
        return super().get_prepopulated_fields(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.must_stay_published:
            return False
        return super().has_delete_permission(request, obj)

    # The rich-text editor of the body finds its modules through an import map, an inline
    # <script type="importmap">. Only this form lets it in, by the response's nonce, which the
    # admin's templates put on their script tags; no 'unsafe-inline' anywhere.
    @method_decorator(csp_override(_with_script_nonce(settings.SECURE_CSP)))
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "csp_nonce": get_nonce(request)}
        return super().changeform_view(request, object_id, form_url, extra_context)


@admin.register(Deliberation)
class DeliberationAdmin(ContentAdmin):
    # The title first: the reference ("Giunta Provinciale n. 12/2015") says the body, the
    # number and the year; the protocol and the effect are filters (1,905 px wide before).
    list_display = ["title", "reference_label", "date", "published"]
    list_display_links = ["title", "reference_label"]
    list_editable = ["published"]
    list_filter = ["issuing_body", "effect", "protocol", "published"]
    list_select_related = ["protocol"]
    date_hierarchy = "date"
    search_fields = ["title_it", "title_en", "number", "slug"]
    prepopulated_fields = {"slug": ("title_it",)}
    autocomplete_fields = ["protocol", "organisations_added"]
    actions = PUBLICATION_ACTIONS

    @admin.display(description=Deliberation._meta.verbose_name, ordering="date")
    def reference_label(self, act):
        return str(act)

    fieldsets = [
        (
            _("Act"),
            {
                "fields": [
                    "issuing_body",
                    "number",
                    "date",
                    "title",
                    "slug",
                    "summary",
                    "document",
                ]
            },
        ),
        (
            _("Effect on the protocol"),
            {"fields": ["protocol", "effect", "organisations_added"]},
        ),
        (_("Publication"), {"fields": ["published"]}),
    ]


@admin.register(ContactPoint)
class ContactPointAdmin(SortableAdminMixin, ContentAdmin):
    list_display = ["name", "kind", "organisation", "verified_on", "published"]
    list_editable = ["published"]
    list_filter = ["kind", "published"]
    list_select_related = ["organisation"]
    search_fields = [
        "name_it",
        "name_en",
        "unit_it",
        "unit_en",
        "phone",
        "email",
        "pec",
    ]
    autocomplete_fields = ["organisation"]
    actions = PUBLICATION_ACTIONS
    fieldsets = [
        (
            _("Office"),
            {"fields": ["name", "unit", "kind", "organisation", "description"]},
        ),
        (
            _("Contacts"),
            {"fields": ["address", "phone", "email", "pec", "website", "hours"]},
        ),
        (_("Verification"), {"fields": ["verified_on", "source"]}),
        (_("Publication"), {"fields": ["published"]}),
    ]


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslationStatusMixin, HistoryAdmin, TabbedTranslationAdmin):
    fieldsets = [
        (_("Service"), {"fields": ["service_name", "body_name"]}),
        (_("Helpline"), {"fields": ["helpline_number", "helpline_text"]}),
        (_("Emergencies"), {"fields": ["emergency_number", "emergency_text"]}),
        (_("Quick exit"), {"fields": ["quick_exit_url"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        # There is only ever one row, and it is row 1.
        obj.pk = 1
        super().save_model(request, obj, form, change)


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    """What the seed command has loaded once and will never load again. Read only."""

    list_display = ["key", "loaded_at"]
    search_fields = ["key"]
    date_hierarchy = "loaded_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    """Visitors' ratings of the pages: read them, remove abuse, never edit them."""

    list_display = ["path", "rating", "reason", "comment", "language", "created_on"]
    list_filter = ["rating", "reason", "language", "created_on"]
    search_fields = ["path", "comment"]
    date_hierarchy = "created_on"
    change_list_template = "admin/pages/pagefeedback/change_list.html"
    SUMMARY_PERIODS = (30, 90, 365)

    def get_urls(self):
        summary = path(
            "riepilogo/",
            self.admin_site.admin_view(self.summary_view),
            name="pages_pagefeedback_summary",
        )
        return [summary, *super().get_urls()]

    def summary_view(self, request):
        """One row per page: how many ratings, their average, how many were low."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            days = int(request.GET.get("giorni", ""))
        except ValueError:
            days = None
        if days not in self.SUMMARY_PERIODS:
            days = None
        ratings = PageFeedback.objects.all()
        if days:
            ratings = ratings.filter(created_on__gt=timezone.localdate() - timedelta(days=days))
        rows = (
            ratings.values("path")
            .annotate(
                count=Count("pk"),
                average=Avg("rating"),
                low=Count("pk", filter=Q(rating__lte=PageFeedback.LOW_RATING)),
                comments=Count("pk", filter=~Q(comment="")),
                latest=Max("created_on"),
            )
            .order_by("average", "-count", "path")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Ratings by page"),
            "opts": self.model._meta,
            "rows": rows,
            "days": days,
            "periods": self.SUMMARY_PERIODS,
            "low_rating": PageFeedback.LOW_RATING,
        }
        return TemplateResponse(request, "admin/pages/pagefeedback/summary.html", context)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
