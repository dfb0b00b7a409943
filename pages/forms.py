from django import forms
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _

from network.models import HelpDesk, Organisation, Protocol

from .models import Deliberation, Page, PageFeedback

# The pages that ask "How clear is this page?" (`{% page_feedback %}`), and for those
# that show one object, whether it is published: a rating for any other address, a draft or
# a page that does not exist is refused.
RATED_PAGES = {
    "pages:service": None,
    "pages:acts": None,
    "pages:contacts": None,
    "network:network": None,
    "network:helpdesks": None,
    "pages:page": lambda slug: Page.objects.published().filter(slug=slug),
    "pages:act": lambda year, slug: Deliberation.objects.published().filter(
        date__year=year, slug=slug
    ),
    "network:member": lambda slug: Organisation.objects.published().filter(slug=slug),
    "network:protocol": lambda slug: Protocol.objects.published().filter(slug=slug),
    "network:helpdesk": lambda slug: HelpDesk.objects.published().filter(slug=slug),
}


def is_rated_page(path):
    """True when `path` is, exactly, the address of a published page that has the form,
    in the current language."""
    try:
        match = resolve(path)
        if reverse(match.view_name, args=match.args, kwargs=match.kwargs) != path:
            return False
    except (Resolver404, NoReverseMatch):
        return False
    if match.view_name not in RATED_PAGES:
        return False
    rows = RATED_PAGES[match.view_name]
    return rows is None or rows(*match.args, **match.kwargs).exists()


RATING_CHOICES = [
    (5, _("5 out of 5: very clear")),
    (4, _("4 out of 5")),
    (3, _("3 out of 5")),
    (2, _("2 out of 5")),
    (1, _("1 out of 5: not clear at all")),
]


class PageFeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How clear is the information on this page?"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a rating from 1 to 5.")},
    )
    reason = forms.ChoiceField(
        label=_("What is the main reason for your rating?"),
        choices=PageFeedback.Reason.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    comment = forms.CharField(
        label=_("Anything else? (optional, at most 200 characters)"),
        help_text=_("Do not write personal data such as your name, phone number or address."),
        max_length=200,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 200}),
    )
    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)
    path = forms.CharField(max_length=300, widget=forms.HiddenInput)

    class Meta:
        model = PageFeedback
        fields = ["rating", "reason", "comment", "path"]

    low_rating = PageFeedback.LOW_RATING

    def _reason_radios(self, reasons):
        values = {str(reason) for reason in reasons}
        return [radio for radio in self["reason"] if radio.data["value"] in values]

    def negative_reason_radios(self):
        return self._reason_radios(PageFeedback.NEGATIVE_REASONS)

    def positive_reason_radios(self):
        return self._reason_radios(PageFeedback.POSITIVE_REASONS)

    def other_reason_radios(self):
        return self._reason_radios([PageFeedback.Reason.OTHER])

    def clean_path(self):
        path = self.cleaned_data["path"]
        if not is_rated_page(path):
            raise forms.ValidationError(_("This form belongs to a page of this site."))
        return path

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
