"""Rich text that is safe to print: editor-written HTML is sanitised when saved."""

import nh3
from django.db import models

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitise_html(html):
    """Keep an allow-list of tags; links to other sites never send a referrer."""
    if not html:
        return html
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class SanitisedHTMLField(models.TextField):
    """A TextField whose value is cleaned with nh3 on every save."""

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
