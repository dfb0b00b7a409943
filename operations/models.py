from django.db import models


class ContentVersion(models.Model):
    """One row: the version of everything the public pages show, new after every edit
    and when the publication timetable moves (operations/freshness.py); pages carry it in
    their ETag. Not shown in the admin."""

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()
    # When something published appears or leaves on its timetable: the version ends then.
    next_change = models.DateTimeField(null=True)

    def __str__(self):
        return self.token
