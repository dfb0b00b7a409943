"""Editable pages, acts, contact points and site settings. May use ``network``."""

import logging

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editing.fallback import ITALIAN, falls_back
from editing.models import Publishable, PublishedQuerySet
from editing.uploads import SafeImageField, SafePDFField, SafeUploadTo
from network.models import Organisation, Protocol, translated_field_is_set

from .fields import SanitisedHTMLField


def today():
    return timezone.localdate()


# Pages that every page of the site links to: the main menu ("servizio"), the emergency
# bar and the footer. The law asks a public body for the last three. Withdrawn or renamed,
# every page would link to "page not found", so they stay published at their address.
LINKED_FROM_EVERY_PAGE = (
    "servizio",
    "navigare-in-sicurezza",
    "accessibilita",
    "privacy",
    "note-legali",
)


class Page(Publishable):
    """A page staff edit: the service description, safe browsing, legal pages, intros."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("The last part of the page's address. Changing it breaks existing links."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = SanitisedHTMLField(
        _("text"),
        blank=True,
        help_text=_("Paragraphs, lists, headings and links. Anything else is removed on save."),
    )
    image = SafeImageField(
        _("image"),
        upload_to=SafeUploadTo("pages/"),
        blank=True,
        help_text=_("Shown under the summary."),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    last_updated = models.DateField(
        _("last updated"),
        default=today,
        help_text=_("Shown on the page. Change it when the content changes."),
    )
    # For staff only, in Italian: never shown on the site, so not translated.
    sources = models.TextField(
        _("sources"),
        blank=True,
        help_text=_(
            "Write where the information comes from: the name of the site or document "
            "and the date. It does not appear on the site."
        ),
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        constraints = [
            models.CheckConstraint(
                condition=Q(image="") | translated_field_is_set("image_alt"),
                name="page_image_has_alt",
                violation_error_message=_("An image needs its alternative text."),
            ),
            models.CheckConstraint(
                condition=Q(published=True, publish_from=None, withdraw_at=None)
                | ~Q(slug__in=LINKED_FROM_EVERY_PAGE),
                name="page_linked_from_every_page_stays_published",
                violation_error_message=_(
                    "Every page of the site links to this page: it stays published."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        special = {"servizio": "pages:service"}
        if self.slug in special:
            return reverse(special[self.slug])
        return reverse("pages:page", kwargs={"slug": self.slug})

    @property
    def fallback_language(self):
        """The language a visitor reads the page in when it has no title in hers (an
        easy-to-read page is written in Italian only); empty when it is translated."""
        return ITALIAN if falls_back(self, "title") else ""

    @property
    def must_stay_published(self):
        """True for the pages the menu, the emergency bar and the footer link to."""
        return self.slug in LINKED_FROM_EVERY_PAGE

    def clean(self):
        super().clean()
        saved_slug = (
            None
            if self._state.adding
            else Page.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
        )
        if saved_slug in LINKED_FROM_EVERY_PAGE and self.slug != saved_slug:
            raise ValidationError(
                {
                    "slug": _(
                        "Keep the address “%(slug)s”: every page of the site links to it. "
                        "You can change the title and the text."
                    )
                    % {"slug": saved_slug}
                }
            )
        if self.must_stay_published and (
            not self.published or self.publish_from or self.withdraw_at
        ):
            # For the whole page: its form shows where the page is, not a "published" box
            # (a list's "published" column still leads here: the constraint alone would
            # be skipped by a form that lacks its other fields, and fail in the database).
            raise ValidationError(
                _(
                    "This page stays published: every page of the site links to it "
                    "(menu, emergency bar or footer). You can change its text."
                )
            )


class DeliberationQuerySet(PublishedQuerySet):
    def with_relations(self):
        return self.select_related("protocol").prefetch_related(
            models.Prefetch("organisations_added", queryset=Organisation.objects.published())
        )


class Deliberation(Publishable):
    """An act: a deliberation, decree or plan, with its document."""

    class IssuingBody(models.TextChoices):
        GIUNTA_PROVINCIALE = "giunta_provinciale", _("Provincial Executive (Giunta Provinciale)")
        PRESIDENTE = "presidente_provincia", _("President of the Province")
        CONSIGLIO_PROVINCIALE = "consiglio_provinciale", _("Provincial Council")
        GIUNTA_REGIONALE = "giunta_regionale", _("Regional Executive (Giunta Regionale)")
        PREFETTURA = "prefettura", _("Prefecture of Asti")

    class Effect(models.TextChoices):
        BASIS = "basis", _("Legal basis of the protocol")
        APPROVES = "approves", _("Approves the protocol")
        AMENDS = "amends", _("Amends or extends the protocol")
        OTHER = "other", _("Other act")

    issuing_body = models.CharField(_("issuing body"), max_length=32, choices=IssuingBody.choices)
    number = models.CharField(
        _("number"), max_length=20, help_text=_("As written on the act, e.g. 231 or 2-9099.")
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=400)
    slug = models.SlugField(_("slug"), max_length=150)
    summary = models.TextField(_("summary"), blank=True)
    document = SafePDFField(
        _("document (PDF)"),
        upload_to=SafeUploadTo("acts/%Y/"),
        blank=True,
        help_text=_("The text of the act."),
    )
    protocol = models.ForeignKey(
        Protocol,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deliberations",
        verbose_name=_("protocol"),
    )
    effect = models.CharField(
        _("effect on the protocol"), max_length=16, choices=Effect.choices, default=Effect.OTHER
    )
    organisations_added = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="deliberations_adding",
        verbose_name=_("bodies added to the network"),
    )

    objects = DeliberationQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "number"]
        verbose_name = _("act")
        verbose_name_plural = _("acts")
        constraints = [
            models.UniqueConstraint(
                F("issuing_body"),
                F("number"),
                ExtractYear("date"),
                name="deliberation_unique_number_per_body_and_year",
                violation_error_message=_(
                    "This body already has an act with this number in the same year."
                ),
            ),
            models.UniqueConstraint(
                ExtractYear("date"),
                F("slug"),
                name="deliberation_unique_slug_per_year",
                violation_error_message=_("Another act of the same year has this slug."),
            ),
        ]

    def __str__(self):
        return f"{self.get_issuing_body_display()} n. {self.number}/{self.date.year}"

    def get_absolute_url(self):
        return reverse("pages:act", kwargs={"year": self.date.year, "slug": self.slug})

    @property
    def reference(self):
        return _("n. %(number)s of %(date)s") % {
            "number": self.number,
            "date": self.date.strftime("%d/%m/%Y"),
        }


class ContactPoint(Publishable):
    class Kind(models.TextChoices):
        SERVICE = "service", _("The Equal Opportunities Service")
        PARTNER = "partner", _("Partner bodies of the service")
        OTHER = "other", _("Other useful contacts")

    name = models.CharField(_("office"), max_length=200)
    unit = models.CharField(
        _("organisation unit"),
        max_length=200,
        blank=True,
        help_text=_("The area or department the office belongs to."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_points",
        verbose_name=_("network body"),
    )
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    pec = models.EmailField(_("certified e-mail (PEC)"), blank=True)
    website = models.URLField(_("website"), blank=True)
    hours = models.TextField(_("opening hours"), blank=True)
    verified_on = models.DateField(_("verified on"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("For staff only.")
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("pages:contacts") + f"#contatto-{self.pk}"

    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


logger = logging.getLogger(__name__)

# What the error pages and a fresh database show before staff save the settings.
DEFAULT_SETTINGS_TEXTS = {
    "service_name": {"it": "Servizio Pari Opportunità", "en": "Equal Opportunities Service"},
    "helpline_text": {
        "it": "Numero antiviolenza e stalking: gratuito, 24 ore su 24, anonimo, in 11 lingue",
        "en": "Anti-violence and stalking helpline: free, 24 hours a day, anonymous, "
        "in 11 languages",
    },
    "emergency_text": {
        "it": "Numero unico di emergenza: gratuito, anche senza credito",
        "en": "Single emergency number: free, even without credit",
    },
}


class SiteSettings(models.Model):
    """The one row of settings staff can change. Always pk=1."""

    service_name = models.CharField(
        _("service name"), max_length=120, default="Servizio Pari Opportunità"
    )
    body_name = models.CharField(_("body"), max_length=120, default="Provincia di Asti")
    helpline_number = models.CharField(_("helpline number"), max_length=20, default="1522")
    helpline_text = models.CharField(
        _("helpline description"),
        max_length=250,
        default="Numero antiviolenza e stalking: gratuito, 24 ore su 24, anonimo, in 11 lingue",
    )
    emergency_number = models.CharField(_("emergency number"), max_length=20, default="112")
    emergency_text = models.CharField(
        _("emergency description"),
        max_length=250,
        default="Numero unico di emergenza: gratuito, anche senza credito",
    )
    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default="https://www.meteoam.it/",
        help_text=_("A neutral page with nothing personal on it, where the exit button leads."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="sitesettings_single_row"),
        ]

    def __str__(self):
        return str(_("Site settings"))

    @classmethod
    def load(cls):
        """The saved row; the defaults when there is none or the database is unreachable.

        Reading never writes, and a page can always show the help numbers.
        """
        try:
            return cls.objects.filter(pk=1).first() or cls.defaults()
        except DatabaseError:
            logger.exception("Site settings unavailable; using the defaults")
            return cls.defaults()

    @classmethod
    def defaults(cls):
        """Unsaved settings with the default values, translated for every language."""
        from .seed import translations

        row = cls(pk=1)
        for field, texts in DEFAULT_SETTINGS_TEXTS.items():
            for code, text in texts.items():
                setattr(row, f"{field}_{code}", text)
            for code in translations.languages():
                setattr(row, f"{field}_{code}", translations.texts(code).get(f"settings:{field}"))
        return row


class SeedRecord(models.Model):
    """A seed item that was loaded once, so that a later run never reloads or overwrites it."""

    key = models.CharField(_("key"), max_length=200, unique=True)
    loaded_at = models.DateTimeField(_("loaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("loaded seed item")
        verbose_name_plural = _("loaded seed items")

    def __str__(self):
        return self.key


class PageFeedback(models.Model):
    """An answer to "How clear is the information on this page?".

    Deliberately anonymous: no IP address, no user agent, no cookie, only the day.
    """

    class Reason(models.TextChoices):
        NOT_CLEAR = "not_clear", _("Sometimes the information was not clear")
        NOT_COMPLETE = "not_complete", _("Sometimes the information was not complete")
        NOT_SURE = "not_sure", _("Sometimes I did not understand what to do")
        TECHNICAL = "technical", _("I had technical problems")
        CLEAR = "clear", _("The information was clear")
        COMPLETE = "complete", _("The information was complete")
        FOUND = "found", _("I found what I was looking for")
        OTHER = "other", _("Something else")

    # As in the Designers Italia component: a low rating asks what went wrong, a high one
    # what went well; "something else" fits both.
    NEGATIVE_REASONS = (Reason.NOT_CLEAR, Reason.NOT_COMPLETE, Reason.NOT_SURE, Reason.TECHNICAL)
    POSITIVE_REASONS = (Reason.CLEAR, Reason.COMPLETE, Reason.FOUND)
    LOW_RATING = 3

    path = models.CharField(_("page"), max_length=300)
    rating = models.PositiveSmallIntegerField(_("rating"))
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices, blank=True)
    comment = models.CharField(_("comment"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8)
    created_on = models.DateField(_("date"), default=today)

    class Meta:
        ordering = ["-created_on", "-pk"]
        verbose_name = _("page rating")
        verbose_name_plural = _("page ratings")
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="pagefeedback_rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.path} ({self.rating}/5)"
