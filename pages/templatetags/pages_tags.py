"""Editable text and acts that templates of other apps show beside their own data."""

from django import template

from ..forms import PageFeedbackForm
from ..models import Deliberation, Page

register = template.Library()


@register.inclusion_tag("includes/page_intro.html")
def page_intro(slug):
    """The summary and text of a published page, used as the intro of a listing."""
    return {"intro": Page.objects.published().filter(slug=slug).first()}


@register.simple_tag
def protocol_acts(protocol):
    """The published acts linked to a protocol, oldest first: its timeline."""
    return Deliberation.objects.published().filter(protocol=protocol).order_by("date")


@register.inclusion_tag("includes/feedback.html", takes_context=True)
def page_feedback(context):
    """The "How clear is this page?" form, or the thanks after answering."""
    request = context["request"]
    return {
        "form": PageFeedbackForm(initial={"path": request.path}),
        "thanks": request.GET.get("valutazione") == "grazie",
    }
