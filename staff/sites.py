from functools import wraps

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device

from operations.freshness import content_changed

from . import language, views
from .forms import StaffAuthenticationForm
from .otp import requires_two_factor


def allowed_before_two_factor(view):
    """Mark an admin view as reachable by an administrator who has not set up a device yet."""
    view.allowed_before_two_factor = True
    return view


class StaffAdminSite(admin.AdminSite):
    """The admin of the site, with two-step verification.

    - Sign-in asks for the app's code from users who turned two-step verification on.
    - A session that was not verified with the user's device does not open the admin.
    - Users who must use two-step verification (administrators) and have not set it up
      yet reach only the set-up page (and can sign out).
    """

    site_header = _("Equal Opportunities Service – Provincia di Asti")
    site_title = _("Equal Opportunities Service administration")
    # No list of every model beside each page: at 1280 px, with a list's filters, it left
    # the list 631 px and hid its last columns (issue 17). The home page lists them all,
    # and the breadcrumbs lead back to it.
    enable_nav_sidebar = False
    login_form = StaffAuthenticationForm
    login_template = "staff/login.html"

    def has_permission(self, request):
        if not super().has_permission(request):
            return False
        user = request.user
        # Someone with a device must have typed its code in this session.
        return user.is_verified() or not user_has_device(user)

    def may_use_admin(self, request):
        """Whether the admin's pages (not just its set-up page) open for this request's user.

        The public site asks this before showing staff a draft preview.
        """
        if not self.has_permission(request):
            return False
        return not (requires_two_factor(request.user) and not request.user.is_verified())

    def admin_view(self, view, cacheable=False):
        if view == self.logout or getattr(view, "allowed_before_two_factor", False):
            return super().admin_view(view, cacheable)

        @wraps(view)
        def two_factor_gate(request, *args, **kwargs):
            if requires_two_factor(request.user) and not request.user.is_verified():
                return redirect(reverse("admin:two_factor", current_app=self.name))
            response = view(request, *args, **kwargs)
            # Whatever the admin changed (a save, a deletion, an action, a new order, a
            # restored version) shows on every public page at the next request.
            if request.method == "POST" and response.status_code < 400:
                content_changed()
            return response

        return super().admin_view(two_factor_gate, cacheable)

    def get_urls(self):
        # Before the admin's own URLs, which end with a catch-all.
        return [
            path(
                "verifica-in-due-passaggi/",
                self.admin_view(self.two_factor),
                name="two_factor",
            ),
            path("lingua/", self.admin_view(self.choose_language), name="language"),
            *super().get_urls(),
        ]

    @allowed_before_two_factor
    def two_factor(self, request):
        return views.two_factor(request, self)

    @allowed_before_two_factor
    def choose_language(self, request):
        return language.choose(request, self)
