"""Editable text and acts that templates of other apps show beside their own data."""

import datetime

from django import template
from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from editing.translation_status import unchecked_translations
from network.models import HelpDesk, Municipality, contacts_stale_before

from ..forms import PageFeedbackForm
from ..models import Deliberation, Page

register = template.Library()


@register.inclusion_tag("includes/page_intro.html")
def page_intro(slug):
    """The summary and text of a published page, used as the intro of a listing."""
    return {"intro": Page.objects.published().filter(slug=slug).first()}


# The pages that explain what happens when she asks for help, linked from the home page
# and the desks' pages: only those published are linked, so a page staff withdraw or
# delete leaves no link to "page not found".
HELP_PAGES = (
    "cosa-succede-quando-chiami",
    "se-non-puoi-parlare",
    "riconoscere-la-violenza",
    "chiedere-aiuto-parole-semplici",
)


@register.inclusion_tag("includes/help_links.html")
def help_links(count=None):
    """Links to the first `count` help pages (all by default) that are published, titled
    as each page is (in Italian, marked so, where it has no translation)."""
    slugs = HELP_PAGES[:count]
    # Only what a link shows: not the pages' bodies, in nine languages.
    pages = Page.objects.published().filter(slug__in=slugs).only("slug", "title")
    found = {page.slug: page for page in pages}
    return {"pages": [found[slug] for slug in slugs if slug in found]}


@register.simple_tag(takes_context=True)
def language_urls(context):
    """{language code: address of this page in it}, as the language switcher links."""
    return {item["code"]: item["url"] for item in context.get("language_alternates", ())}


@register.simple_tag
def protocol_acts(protocol):
    """The published acts linked to a protocol, oldest first: its timeline."""
    # What the timeline shows of an act, and no more of each row.
    return (
        Deliberation.objects.published()
        .filter(protocol=protocol)
        .only("date", "slug", "title", "number", "issuing_body", "effect")
        .order_by("date")
    )


@register.inclusion_tag("includes/feedback.html", takes_context=True)
def page_feedback(context):
    """The "How clear is this page?" form, or the thanks after answering."""
    request = context["request"]
    return {
        # Built only if the form is rendered, not when it comes from memory.
        "form": SimpleLazyObject(lambda: PageFeedbackForm(initial={"path": request.path})),
        "thanks": request.GET.get("valutazione") == "grazie",
        "path": request.path,
    }


@register.inclusion_tag("admin/includes/attention.html", takes_context=True)
def attention_items(context):
    """What staff should look at: stale contacts, comuni with no body, old pages, pages
    that do not say where their facts come from, translations no native speaker checked."""
    today = timezone.localdate()
    months = settings.CONTACTS_STALE_AFTER_MONTHS
    contacts_cutoff = contacts_stale_before(today)
    stale_desks = HelpDesk.objects.filter(
        Q(contacts_verified_on__isnull=True) | Q(contacts_verified_on__lt=contacts_cutoff)
    ).order_by(F("contacts_verified_on").asc(nulls_first=True), "name")
    return {
        "months": months,
        "stale_desks": stale_desks,
        "unmapped_comuni": Municipality.objects.filter(managing_body__isnull=True).count(),
        "stale_pages": Page.objects.filter(
            last_updated__lt=today - datetime.timedelta(days=365)
        ).order_by("last_updated"),
        "pages_without_sources": Page.objects.filter(sources="").order_by("title"),
        "confidential_places_located": [
            desk
            for desk in HelpDesk.objects.filter(is_confidential=True)
            .select_related("organisation")
            .prefetch_related("channels", "hours_exceptions")
            if desk.stored_text_says_where_it_is()
        ],
        "unchecked_translations": unchecked_translations(context["request"]),
    }
