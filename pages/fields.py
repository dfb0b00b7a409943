"""Rich text that is safe to print: what staff write in the editor is sanitised when saved.

There is one allow-list. EDITOR_EXTENSIONS says what the editor (django-prose-editor) lets
staff create, and the nh3 sanitiser allows exactly the elements and attributes those
extensions produce, derived with django-prose-editor's own `allowlist_from_extensions`.
The sanitiser runs on the server whatever the browser sends: the editor is no security
boundary.
"""

import functools
import re
from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from django.db.models import signals
from django_prose_editor.config import allowlist_from_extensions
from django_prose_editor.fields import ProseEditorField

# What the editor's toolbar offers: what the public templates render well. Headings start at
# h2 because every page has exactly one h1, its title. No images, tables, classes or inline
# styles; links never open a new window.
EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": {"enableListAttributes": False},
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False},
    # The site's own extension (settings.DJANGO_PROSE_EDITOR_EXTENSIONS): no inline <style>.
    "NoInlineStyle": True,
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
EXTERNAL_LINK_REL = "noreferrer"


@functools.cache
def allow_list():
    """The nh3 arguments that allow what the editor's extensions produce, and nothing else."""
    config = allowlist_from_extensions(EDITOR_EXTENSIONS)
    # The sanitiser decides `rel` (see add_external_link_rel) and never keeps `target`.
    config.pop("link_rel", None)
    if "a" in config["attributes"]:
        config["attributes"]["a"] -= {"rel", "target"}
    config["url_schemes"] = set(URL_SCHEMES)
    return config


def _drop_empty(tag, attribute, value):
    # The editor sends title="" for a link without a title.
    return value or None


@functools.cache
def _cleaner():
    return nh3.Cleaner(
        **allow_list(), attribute_filter=_drop_empty, link_rel=None, strip_comments=True
    )


def is_external(href):
    """Whether a link leads to another site: it names a host ("https://…", "//…").

    Read as a browser reads it: tabs and line breaks dropped, backslashes taken as slashes.
    """
    href = re.sub(r"[\t\n\r]", "", href).strip().replace("\\", "/")
    try:
        parts = urlsplit(href)
    except ValueError:  # e.g. a malformed IPv6 host: treat it as another site
        return True
    return bool(parts.netloc) or parts.scheme.lower() in {"http", "https"}


class _ExternalLinkRel(HTMLParser):
    """Copies nh3's output unchanged but for rel="noreferrer" on links to other sites."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and is_external(dict(attrs).get("href") or ""):
            attrs = [*attrs, ("rel", EXTERNAL_LINK_REL)]
            self.parts.append(
                "<a"
                + "".join(f' {name}="{escape(value or "", quote=True)}"' for name, value in attrs)
                + ">"
            )
        else:
            self.parts.append(self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.parts.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.parts.append(f"</{tag}>")

    def handle_data(self, data):
        self.parts.append(data)

    def handle_entityref(self, name):
        self.parts.append(f"&{name};")

    def handle_charref(self, name):
        self.parts.append(f"&#{name};")


def add_external_link_rel(html):
    parser = _ExternalLinkRel()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


_EMPTY_BLOCK = re.compile(r"^<(\w+)></\1>$")


def sanitise_html(html):
    """Keep the editor's allow-list; links to other sites never send a referrer."""
    if not html:
        return html
    cleaned = add_external_link_rel(_cleaner().clean(html))
    # The editor always holds one paragraph: an empty one means no text at all.
    return "" if _EMPTY_BLOCK.match(cleaned) else cleaned


class SanitisedHTMLField(ProseEditorField):
    """A TextField edited with the rich-text editor and cleaned with nh3 on every save."""

    def __init__(self, *args, **kwargs):
        kwargs["extensions"] = EDITOR_EXTENSIONS
        kwargs["sanitize"] = sanitise_html
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # Skip ProseEditorField's, which calls the field a plain TextField; the editor's
        # configuration lives in this module, not in migrations.
        return super(ProseEditorField, self).deconstruct()

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def contribute_to_class(self, cls, name, *args, **kwargs):
        super().contribute_to_class(cls, name, *args, **kwargs)
        if not cls._meta.abstract:
            # Raw saves (loaddata) write the values as they are and skip pre_save(): a
            # fixture's HTML is cleaned as well before it reaches the page. (A restore
            # writes rows around Django: operations/backups.py cleans them afterwards.)
            signals.pre_save.connect(
                self._sanitise_raw_save,
                sender=cls,
                weak=False,
                dispatch_uid=f"sanitise-{cls._meta.label_lower}-{self.attname}",
            )

    def _sanitise_raw_save(self, sender, instance, raw=False, **kwargs):
        if raw:
            self.pre_save(instance, add=False)
