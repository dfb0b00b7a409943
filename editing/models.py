"""What the editing toolkit keeps: the publication queryset, and the native-speaker checks
of translations (``TranslationReview``), which point at any object through its content
type. This app imports neither ``network`` nor ``pages``."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# --- Content with a ``published`` flag (drafts are previewed by staff: editing/views.py).


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def visible_to(self, previewer):
        """Published items, plus drafts for a staff member who may view them (preview)."""
        opts = self.model._meta
        if previewer is not None and previewer.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            return self
        return self.published()


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
