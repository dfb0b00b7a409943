"""Issue 15 on a phone: a desk's page shows its name, whether it is open, who answers
while it is closed, and its own number to tap, on the first screen (360 by 740 px)."""

import datetime

from django.utils import timezone

from network.models import ROME, HelpDesk, OpeningHours

from .test_accessibility import run_axe

FIRST_SCREEN = {"width": 360, "height": 740}


def closed_now(desk):
    """Open only on another day of the week: closed while the test runs."""
    desk.hours.all().delete()
    desk.hours_exceptions.all().delete()
    other_day = (timezone.now().astimezone(ROME) + datetime.timedelta(days=2)).weekday()
    OpeningHours.objects.create(
        help_desk=desk, weekday=other_day, opens=datetime.time(15), closes=datetime.time(18)
    )


def bottom(locator):
    box = locator.bounding_box()
    assert box is not None, locator
    return box["y"] + box["height"]


def test_a_closed_desk_s_name_status_and_phone_are_on_the_first_screen_of_a_phone(
    open_page, site, axe_source
):
    desk = HelpDesk.objects.get(slug="spazio-anna-c")
    closed_now(desk)
    visit = open_page(width=360)
    page = visit.page
    page.set_viewport_size(FIRST_SCREEN)
    page.goto(site + desk.get_absolute_url())

    main = page.locator("main")
    assert bottom(main.locator("h1")) <= FIRST_SCREEN["height"]
    status = main.locator(".opening-status")
    assert "Chiuso ora" in status.inner_text()
    assert bottom(status) <= FIRST_SCREEN["height"]
    # Who answers now, tap to call, right under the status.
    answer = main.locator(".answer-now")
    assert answer.locator('a[href="tel:1522"]').count() == 1
    assert answer.locator('a[href="tel:3669287198"]').count() == 1
    # The desk's own number, without scrolling.
    own = main.locator('a[href="tel:3482426119"]')
    assert bottom(own) <= FIRST_SCREEN["height"], "the desk's phone is below the first screen"
    assert page.evaluate("window.scrollY") == 0

    assert run_axe(page, axe_source) == []
    assert visit.foreign_requests == [] and visit.console_errors == []


def test_a_comune_with_no_known_body_lists_whom_to_call_accessibly(open_page, site, axe_source):
    for width in (360, 1280):
        visit = open_page(width=width)
        page = visit.page
        page.goto(site + "/sportelli/comune/005001/")
        main = page.locator("main")
        assert main.locator('a[href="tel:1522"]').first.is_visible()
        assert main.locator('a[href="tel:3669287198"]').first.is_visible()
        assert main.locator(".help-path__bodies > li").count() == 4
        assert run_axe(page, axe_source) == [], width
        # Nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
