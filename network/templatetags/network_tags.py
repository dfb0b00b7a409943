import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from editing.fallback import ITALIAN, current_language
from editing.templatetags.editing_tags import lang_fallback
from network.models import HELPLINE_LANGUAGES, HelpDesk
from operations.freshness import page_true_until

register = template.Library()


@register.simple_tag
def helpline_language_note():
    """Whether 1522 answers in the visitor's language, said in it ("" in Italian, where
    it goes without saying). Each catalogue names its own language in the sentence."""
    language = current_language()
    if language == ITALIAN:
        return ""
    if language in HELPLINE_LANGUAGES:
        return gettext("1522 also answers in your language.")
    return gettext(
        "1522 does not answer in your language. It answers in Italian, English, French, "
        "Spanish, Arabic, Farsi, Albanian, Russian, Ukrainian, Portuguese and Polish."
    )


# Languages that capitalise day and month names inside a sentence.
CAPITALISED_DATE_NAMES = {"en", "de"}
# Languages that join day, month and year with "de".
DE_DATES = {"es"}


@register.filter
def inline_date(value, fmt="j E Y"):
    """A date as it reads inside a sentence: "1 dicembre 2026", "1 December 2026".

    Django's Italian catalogue capitalises day and month names ("Dicembre"), which is
    right at the start of a label but wrong mid-sentence.
    """
    if not value:
        return ""
    language = (get_language() or "").split("-")[0]
    if language in DE_DATES:
        # "8 de diciembre de 2026", "martes 1 de diciembre", "diciembre de 2026".
        fmt = fmt.replace("j E", r"j \d\e E").replace("E Y", r"E \d\e Y")
    text = date_format(value, fmt)
    return text if language in CAPITALISED_DATE_NAMES else text.lower()


def _day(value):
    return format_html(
        '<time datetime="{}">{}</time>', value.isoformat(), inline_date(value, "l j E Y")
    )


@register.filter
def exception_days(exception):
    """The days a change to the hours holds, as a sentence's start: one day, or "from
    thursday 24 december 2026 to saturday 26 december 2026" in the visitor's language."""
    if exception.lasts_one_day:
        return _day(exception.starts_on)
    sentence = conditional_escape(gettext("from %(first_day)s to %(last_day)s"))
    days = {"first_day": _day(exception.starts_on), "last_day": _day(exception.ends_on)}
    # The sentence is escaped and both days are built by format_html.
    return mark_safe(sentence % days)


def round_the_clock_centres(context):
    """The province's anti-violence centres that answer 24 hours a day (with their
    channels), read once per page however many desks it shows; a view that already holds
    them gives them as `round_the_clock_centres`."""
    if "round_the_clock_centres" in context:
        return context["round_the_clock_centres"]
    request = context.get("request")
    if request is None:
        return list(HelpDesk.objects.round_the_clock_centres())
    if not hasattr(request, "round_the_clock_centres"):
        request.round_the_clock_centres = list(HelpDesk.objects.round_the_clock_centres())
    return request.round_the_clock_centres


def _answer_now(context, desk):
    """Who a woman can call instead of `desk`: the national helpline and the 24-hour
    centres (not the desk itself), each with the numbers that answer around the clock."""
    site_settings = context.get("site_settings")
    return {
        "helpline": getattr(site_settings, "helpline_number", "") or "1522",
        "centres": [
            (centre, phones)
            for centre in round_the_clock_centres(context)
            if centre.pk != getattr(desk, "pk", None)
            and (phones := centre.round_the_clock_phones())
        ],
    }


def _filled(sentence, **values):
    """A translated sentence that holds markup (ours, like blocktranslate's), with its
    values escaped."""
    return mark_safe(sentence % {name: conditional_escape(value) for name, value in values.items()})


def _hour(moment):
    return time_format(timezone.localtime(moment), "H:i")


# Named whole, so that the front-end build keeps the icon in its sprite.
CLOCK_ICON = "build/svg/sprites.svg#it-clock"


def _clock():
    sprite, icon = CLOCK_ICON.split("#")
    return format_html(
        '<svg class="icon" aria-hidden="true" focusable="false"><use href="{}#{}"></use></svg>',
        static(sprite),
        icon,
    )


def _status_line(clock, state, label, after=""):
    """One line of the opening status: the clock, the state in bold, what follows."""
    return format_html(
        '<p class="opening-status {}"><strong>{}{}</strong>{}</p>\n', state, clock, label, after
    )


def _answer_now_line(others, closed, card):
    """Who answers instead: 1522, then each 24-hour centre's first number."""
    if closed:
        sentence = gettext(
            'Answering now: <a href="tel:%(helpline)s">%(helpline)s</a>, free, 24 hours a day.'
        )
    else:
        sentence = gettext(
            'If no one answers: <a href="tel:%(helpline)s">%(helpline)s</a>, free, 24 hours a day.'
        )
    parts = [_filled(sentence, helpline=others["helpline"])]
    for centre, phones in others["centres"]:
        phone = phones[0]
        if card:
            sentence = gettext(
                'Or the anti-violence centre, at any hour: <a href="%(href)s">%(number)s</a>.'
            )
            parts.append(_filled(sentence, href=phone.href(), number=phone.value))
        else:
            sentence = gettext(
                'Or <a href="%(url)s">the anti-violence centre</a>, at any hour: '
                '<a href="%(href)s">%(number)s</a>.'
            )
            parts.append(
                _filled(
                    sentence, url=centre.get_absolute_url(), href=phone.href(), number=phone.value
                )
            )
    return format_html('<p class="answer-now">{}</p>\n', mark_safe(" ".join(parts)))


@register.simple_tag(takes_context=True)
def opening_status(context, desk, now=None, card=False, answer_now=True):
    """Open now / closes at … / opens on …, in Rome time, for a desk with prefetched hours.

    While the desk is closed, or publishes no hours, it says who answers now instead:
    a woman who finds a desk closed is never left without a next step. `card`: the short
    form of a desk's card; `answer_now=False` where the page already gives those numbers.

    The page is told when this stops being true, so that no cache serves it later. Built
    here rather than in a template: it is on every card, and a template took twice as
    long as the rest of the card to say it.
    """
    now = timezone.localtime(now)
    status = desk.opening_status(now)
    if status:
        page_true_until(context.get("request"), status.closes_at or status.next_opening)
    answers_24h = desk.answers_around_the_clock()
    # Hours unknown: only worth saying for a place she can call (a confidential place is
    # reached through the centre, its page says how).
    hours_unknown = status is None and not answers_24h and bool(desk.phone_channels())
    closed = status is not None and not status.is_open and not answers_24h
    # Read in any case, so that a page asks the database as often whatever the time.
    others = _answer_now(context, desk)
    clock = _clock()
    lines = []
    if answers_24h:
        lines.append(_status_line(clock, "is-open", gettext("Answers the phone 24 hours a day")))
    if status and status.is_open:
        closes = _filled(gettext("closes at %(time)s"), time=_hour(status.closes_at))
        lines.append(
            _status_line(clock, "is-open", gettext("Open now"), format_html(" · {}", closes))
        )
    elif status:
        after = ""
        if status.next_opening:
            opening = timezone.localtime(status.next_opening)
            time = _hour(opening)
            days = (opening.date() - now.date()).days
            if days == 0:
                sentence = _filled(gettext("opens today at %(time)s"), time=time)
            elif days == 1:
                sentence = _filled(gettext("opens tomorrow at %(time)s"), time=time)
            else:
                day = inline_date(opening, "l j E")
                sentence = _filled(gettext("opens %(day)s at %(time)s"), day=day, time=time)
            after = format_html(" · {}", sentence)
        lines.append(_status_line(clock, "is-closed", gettext("Closed now"), after))
    if hours_unknown:
        after = format_html(" · {}", gettext("call to ask"))
        lines.append(_status_line(clock, "is-unknown", gettext("Hours not published yet"), after))
    if answer_now and (closed or hours_unknown):
        lines.append(_answer_now_line(others, closed, card))
    return mark_safe("".join(lines))


@register.inclusion_tag("includes/contacts_checked.html", takes_context=True)
def contacts_checked(context, desk, today=None):
    """When a desk's numbers were last checked: reassuring when recent; when older (or
    never), with the numbers that always answer next to it."""
    recent = desk.contacts_recently_verified(today or timezone.localdate())
    return {
        "verified_on": desk.contacts_verified_on,
        "recent": recent,
        "answer_now": None if recent else _answer_now(context, desk),
    }


@register.simple_tag(takes_context=True)
def answer_now(context):
    """The helpline and the 24-hour centres with their numbers, for a page to list."""
    return _answer_now(context, None)


# What json_script escapes, so that the data can never close its <script> element.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def structured_data(data):
    """A schema.org JSON-LD block (a data block: no script runs, so the CSP allows it)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag
def municipality_options(choices):
    """The finder's <option> for each (ISTAT code, name): one pass, not a template loop
    over 117 rows on the home page and the desk list."""
    return format_html_join("", '<option value="{}">{}</option>', choices)


@register.simple_tag
def member_links(organisations):
    """Each body's name, linked to its page, as the items of a list: one pass, not a
    template loop over a network of a hundred bodies (a protocol's adherents)."""
    return format_html_join(
        "",
        '<li><a href="{}"{}>{}</a></li>',
        (
            (
                organisation.get_absolute_url(),
                lang_fallback(organisation, "name"),
                organisation.name,
            )
            for organisation in organisations
        ),
    )
