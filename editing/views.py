"""Draft preview: a draft's page opens for the staff who may edit it, and for nobody else."""

# Who may preview is the staff admin site's rule, two-step verification included. That
# site is Django's default `admin.site`, made in django.contrib.admin.sites as an instance
# of staff.sites.StaffAdminSite because staff.apps.StaffAdminConfig names that class
# (tests/test_architecture.py checks it): its may_use_admin() is called here directly.
from django.contrib.admin.sites import site as staff_admin_site
from django.urls import reverse


def previewer(request):
    """The signed-in staff member who may use the admin (and so see drafts), or None.

    The staff admin site's own rule decides (StaffAdminSite.may_use_admin), two-step
    verification included.
    """
    return request.user if staff_admin_site.may_use_admin(request) else None


class DraftPreviewMixin:
    """A detail page that staff can preview while it is a draft; the public gets 404.

    The page then carries a banner saying it is a draft, is never cached and never indexed.
    """

    def get_preview_queryset(self, queryset):
        return queryset.visible_to(previewer(self.request))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.object.is_live():
            opts = self.object._meta
            context["draft_admin_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.object.pk]
            )
            if self.object.published:  # not yet or no longer, on its timetable
                context["scheduled_state"] = self.object.publication_sentence()
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_live():
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
        return response
