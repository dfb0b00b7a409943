"""Fields a visitor reads, translated with django-modeltranslation (Italian first)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactPoint, Deliberation, Page, SiteSettings


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(Deliberation)
class DeliberationTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(ContactPoint)
class ContactPointTranslation(TranslationOptions):
    fields = ("name", "unit", "description", "hours")


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("service_name", "helpline_text", "emergency_text")
    # These fields have a default (the Italian text), which modeltranslation would take as
    # the only "no text" value: an empty text in a language shows the Italian instead.
    fallback_undefined = dict.fromkeys(fields, "")
