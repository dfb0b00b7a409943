"""Fields a visitor reads, translated with django-modeltranslation (Italian first)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    ContactChannel,
    HelpDesk,
    HoursException,
    Language,
    Organisation,
    Protocol,
    ProtocolObjective,
    SupportService,
)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "short_name", "role", "logo_alt")


@register(Protocol)
class ProtocolTranslation(TranslationOptions):
    fields = ("title", "summary", "legal_basis", "body")


@register(ProtocolObjective)
class ProtocolObjectiveTranslation(TranslationOptions):
    fields = ("text",)


@register(SupportService)
class SupportServiceTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(HelpDesk)
class HelpDeskTranslation(TranslationOptions):
    fields = ("name", "description", "accessibility", "directions")


@register(ContactChannel)
class ContactChannelTranslation(TranslationOptions):
    fields = ("label",)


@register(HoursException)
class HoursExceptionTranslation(TranslationOptions):
    fields = ("note",)
