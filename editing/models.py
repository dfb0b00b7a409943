"""What the editing toolkit keeps: the publication queryset, and the native-speaker checks
of translations (``TranslationReview``), which point at any object through its content
type. This app imports neither ``network`` nor ``pages``."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# --- Content with a ``published`` flag and, if an editor wants, a timetable (drafts are
# previewed by staff: editing/views.py).


def live(now, prefix=""):
    """A Q for items visitors see at `now`: published, and within their timetable.
    `prefix` reaches them through a relation ("protocols__")."""
    return (
        Q(**{f"{prefix}published": True})
        & (Q(**{f"{prefix}publish_from__isnull": True}) | Q(**{f"{prefix}publish_from__lte": now}))
        & (Q(**{f"{prefix}withdraw_at__isnull": True}) | Q(**{f"{prefix}withdraw_at__gt": now}))
    )


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """What visitors see now. The timetable needs no job to run on time: it is read
        here, and pages say they stop being true at the next scheduled change
        (next_scheduled_change, operations/freshness.py)."""
        return self.filter(live(timezone.now()))

    def visible_to(self, previewer):
        """Published items, plus drafts for a staff member who may view them (preview)."""
        opts = self.model._meta
        if previewer is not None and previewer.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self
        return self.published()


class Publishable(models.Model):
    """Published or a draft; published, it may wait for a moment to appear ("publish
    from") and leave the site at another ("withdraw on"), with nobody online."""

    published = models.BooleanField(_("published"), default=True)
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_(
            "Leave it empty to publish when you press “Publish”. With a date and time, "
            "it appears on the site at that moment, after you press “Publish”."
        ),
    )
    withdraw_at = models.DateTimeField(
        _("withdraw on"),
        null=True,
        blank=True,
        help_text=_(
            "Leave it empty to keep it on the site. With a date and time, it leaves the "
            "site at that moment: for example a notice of a holiday closure."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.publish_from and self.withdraw_at and self.withdraw_at <= self.publish_from:
            raise ValidationError(
                {"withdraw_at": _("Choose a moment after the one it is published from.")}
            )

    DRAFT = _("Draft: not on the site, visitors cannot see it.")

    def publication_sentence(self, now=None):
        """Where it is, in a sentence for its editor (the form, a message, the preview)."""
        now = now or timezone.now()
        start, end = self.publish_from, self.withdraw_at
        if not self.published:
            return self.DRAFT
        if start and now < start and end:
            return _("Scheduled: it appears on the site on %(start)s and leaves it on %(end)s.") % {
                "start": moment(start),
                "end": moment(end),
            }
        if start and now < start:
            return _("Scheduled: it appears on the site on %(start)s.") % {"start": moment(start)}
        if end and end <= now:
            return _("Withdrawn from the site on %(end)s, as scheduled.") % {"end": moment(end)}
        if end:
            return _("On the site until %(end)s: everyone can see it.") % {"end": moment(end)}
        return _("On the site: everyone can see it.")

    def is_live(self, now=None):
        """Whether visitors see it now (the object's form of PublishedQuerySet.published)."""
        now = now or timezone.now()
        return (
            self.published
            and (self.publish_from is None or self.publish_from <= now)
            and (self.withdraw_at is None or now < self.withdraw_at)
        )


def moment(value):
    """A moment of the timetable as editors type it, in Rome time: 10/12/2026 09:00."""
    return date_format(timezone.localtime(value), "d/m/Y H:i")


def next_scheduled_change(now):
    """The next moment something published appears on the site or leaves it on its
    timetable, or None. One query per publishable model."""
    moments = []
    for model in apps.get_models():
        if issubclass(model, Publishable):
            found = model._default_manager.filter(published=True).aggregate(
                appears=models.Min("publish_from", filter=Q(publish_from__gt=now)),
                leaves=models.Min("withdraw_at", filter=Q(withdraw_at__gt=now)),
            )
            moments += [moment for moment in found.values() if moment is not None]
    return min(moments, default=None)


# --- Translations checked by a native speaker (the admin's "Translation review").


def reviewed_languages():
    """(code, name) of the languages a translation is checked in: all but the default."""
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    return [(code, name) for code, name in settings.LANGUAGES if code != default]


class TranslationReview(models.Model):
    """A native speaker has checked the text of one object in one language.

    It keeps a digest (SHA-256) of that text as it was when checked: the translation
    counts as checked only while its text still has the same digest. Any later edit,
    from the admin, the seed or a restored version, makes it "to check" again with no
    code that must remember to reset a flag (editing/translation_status.py).
    """

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=7, choices=reviewed_languages)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )
    reviewed_at = models.DateTimeField(_("checked on"), default=timezone.now)
    digest = models.CharField(
        _("digest of the checked text"),
        max_length=64,
        help_text=_("SHA-256 of the object's texts in this language when they were checked."),
    )

    class Meta:
        # Created by the network app, which held this model before (its migration 0006):
        # the table keeps its name, and the checks already recorded.
        db_table = "network_translationreview"
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="translationreview_one_per_object_and_language",
            ),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in reviewed_languages()]),
                name="translationreview_not_the_default_language",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.name} #{self.object_id} ({self.get_language_display()})"
