from django.db import models


class ContentVersion(models.Model):
    """One row: the version of everything the public pages show, new after every edit
    (operations/freshness.py); pages carry it in their ETag. Not shown in the admin."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()

    def __str__(self):
        return self.token
