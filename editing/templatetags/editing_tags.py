"""Template tags of the editing toolkit, for any content app's templates.

- ``lang_fallback``: marks an element that shows the Italian text of a field the
  visitor's language has none for (editing/fallback.py);
- ``in_its_language``: a field's text to put inside a translated sentence, marked the same
  way when it is the Italian one;
- ``picture``: an uploaded image with its WebP renditions (editing/uploads.py).
"""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from editing.fallback import ITALIAN, falls_back

register = template.Library()


@register.simple_tag
def lang_fallback(obj, field):
    """` lang="it"` for the element that shows `obj.field` when the visitor's language has
    no text for it and the page shows the Italian one (modeltranslation's fallback), so
    that a screen reader reads it as Italian; "" otherwise.

    `<h1{% lang_fallback protocol "title" %}>{{ protocol.title }}</h1>`; with `as name`, for
    an element of an included template (the breadcrumbs)."""
    if not falls_back(obj, field):
        return ""
    return mark_safe(f' lang="{ITALIAN}"')


@register.inclusion_tag("includes/picture.html")
def picture(image, alt, css_class="", sizes="100vw"):
    """An uploaded image with its WebP renditions (editing/uploads.py) and its size.

    ``sizes`` tells the browser how wide the image is shown, so that it downloads the
    smallest rendition that is sharp enough.
    """
    dimensions = getattr(image, "dimensions", None)
    return {
        "src": image.url,
        "alt": alt,
        "css_class": css_class,
        "sizes": sizes,
        "srcset": image.srcset() if hasattr(image, "srcset") else "",
        "width": dimensions[0] if dimensions else None,
        "height": dimensions[1] if dimensions else None,
    }


@register.simple_tag
def in_its_language(obj, field):
    """`obj.field` for a translated sentence: escaped, and inside `<span lang="it">` when
    it is the Italian text shown for want of the visitor's language, so that a screen
    reader reads the name in Italian and the sentence in her language.

    `{% in_its_language body "name" as name %}{% blocktranslate with name=name %}…`"""
    text = getattr(obj, field)
    if not falls_back(obj, field):
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span>', ITALIAN, text)
