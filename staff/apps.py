from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Staff security: sign-in throttling, two-step verification, the admin site itself."""

    name = "staff"
    verbose_name = _("Staff security")


class StaffAdminConfig(AdminConfig):
    """Django's admin, with `admin.site` replaced by the staff site.

    Every `admin.site.register()` and `@admin.register` in the project lands on the staff
    site, which asks for the two-step verification code.
    """

    default_site = "staff.sites.StaffAdminSite"

    def ready(self):
        super().ready()
        from django.contrib import admin
        from django_otp.plugins.otp_totp.models import TOTPDevice

        # django-otp's own device admin is in English and shows the secret keys; staff
        # manage their device on the "two-step verification" page, administrators reset a
        # lost one with `manage.py reset_two_factor`.
        if admin.site.is_registered(TOTPDevice):
            admin.site.unregister(TOTPDevice)
