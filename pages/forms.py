from django import forms
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from .models import PageFeedback

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
        if not path.startswith("/") or not url_has_allowed_host_and_scheme(
            path, allowed_hosts=None
        ):
            raise forms.ValidationError(_("This form belongs to a page of this site."))
        return path

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
