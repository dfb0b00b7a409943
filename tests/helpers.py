"""Small helpers shared by the tests."""

import ast
from html.parser import HTMLParser
from importlib import import_module


class TagCounter(HTMLParser):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.count = 0
        self.attrs = []

    def handle_starttag(self, tag, attrs):
        if tag == self.tag:
            self.count += 1
            self.attrs.append(dict(attrs))


# The security headers every answer of the site carries.
SECURITY_HEADERS = (
    "content-security-policy",
    "permissions-policy",
    "referrer-policy",
    "x-content-type-options",
    "cross-origin-opener-policy",
    "x-frame-options",
)


def blank_pdf():
    """A real, well-formed PDF document of one blank page, as Pillow writes it (uploads are
    parsed: a few bytes that merely look like a PDF are refused)."""
    import io

    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", (100, 140), "white").save(output, "PDF")
    return output.getvalue()


def confidential_centre(place, phone):
    """A confidential anti-violence centre of place's body, for the whole province,
    answering 24 hours a day on its own `phone`: a number no other page or file may show."""
    from network.models import HelpDesk

    centre = HelpDesk.objects.create(
        name="Casa segreta del centro",
        slug="casa-segreta-centro",
        kind=HelpDesk.Kind.CENTRE,
        organisation=place.organisation,
        is_confidential=True,
        serves_whole_province=True,
    )
    centre.channels.create(kind="phone", value=phone, available_24h=True)
    return centre


def page_that_may_be_withdrawn():
    """A published page that no other page links to (those stay published)."""
    from pages.models import Page

    return Page.objects.create(
        title="Orari estivi", slug="orari-estivi", summary="Gli orari di luglio e agosto."
    )


def count_tags(html, tag):
    parser = TagCounter(tag)
    parser.feed(html)
    return parser.count


def tag_attrs(html, tag):
    parser = TagCounter(tag)
    parser.feed(html)
    return parser.attrs


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def visible_text(html):
    """The page's text with whitespace folded, as a reader would see it."""
    parser = TextExtractor()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def po_entries(path):
    """The entries of a .po/.pot file, obsolete ones left out, each a dict of its keywords:
    "msgctxt", "msgid", "msgid_plural", "msgstr" and "msgstr[0]", "msgstr[1]"…"""
    entries, current, key = [], {}, None
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if line.startswith("#~"):
            continue
        if not line:
            if current.get("msgid"):
                entries.append(current)
            current, key = {}, None
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"') and key:
            current[key] += ast.literal_eval(line)
        else:
            key, _space, value = line.partition(" ")
            current[key] = ast.literal_eval(value)
    return entries


def po_msgids(path):
    """The msgids of a .po/.pot file (plural ids included), obsolete entries left out."""
    return {(entry.get("msgctxt", ""), entry["msgid"]) for entry in po_entries(path)}


def po_translations(path):
    """{(msgctxt, msgid): msgstr} of a .po file's singular entries."""
    return {
        (entry.get("msgctxt", ""), entry["msgid"]): entry.get("msgstr", "")
        for entry in po_entries(path)
        if "msgid_plural" not in entry
    }


def login_verified(client, user):
    """Sign `user` in on the test client as after a sign-in with the app's code.

    The user gets a confirmed two-step verification device and the session is marked as
    verified by it (what django_otp.login does), so the admin lets an administrator in.
    `client.login()` cannot be used: django-axes needs the request to authenticate.
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="test phone", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


# Forms of the admin's header and messages, before the page's own: sign-out, the admin's
# language ("admin-language"), a message's question ("message-form").
NOT_THE_PAGES_FORM = ("logout", "admin-language", "message-form")


class _FormCollector(HTMLParser):
    """What a browser would submit from the page's first POST form (the header's and the
    messages' own forms left aside)."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self.in_form = False
        self.done = False
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.done:
            return
        if tag == "form" and attrs.get("method", "").lower() == "post":
            marks = " ".join(attrs.get(name) or "" for name in ("action", "id", "class"))
            self.in_form = not any(mark in marks for mark in NOT_THE_PAGES_FORM)
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and "__prefix__" not in name and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name and "__prefix__" not in name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))
        elif tag == "textarea" and name and "__prefix__" not in name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            self.fields.append((name, text.removeprefix("\n")))
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


def form_data(html):
    """The POST data of a page's form as rendered: {name: value or [values]}."""
    collector = _FormCollector()
    collector.feed(html)
    data = {}
    for name, value in collector.fields:
        if name in data:
            previous = data[name]
            data[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            data[name] = value
    return data


def restore_editor_group():
    """The "Redattori" group with its permissions, as pages/migrations/0003 makes it: a
    transactional test's flush removes it (content types and permissions come back)."""
    from django.contrib.auth.models import Group, Permission

    migration = import_module("pages.migrations.0003_editor_group")
    group, _created = Group.objects.get_or_create(name=migration.EDITOR_GROUP)
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            for app_label, model, actions in migration.CONTENT_PERMISSIONS
            for action in actions
        ]
    )
