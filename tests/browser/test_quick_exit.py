"""The quick exit, as a woman in a hurry would use it."""

from .conftest import QUICK_EXIT_DESTINATION


def test_click_leaves_and_back_does_not_return_to_the_page(open_page, site):
    page = open_page().page
    page.goto(site + "/")
    page.goto(site + "/sportelli/")
    page.click("#quick-exit")
    page.wait_for_url(QUICK_EXIT_DESTINATION)
    page.go_back()
    # location.replace took /sportelli/ out of the history: Back goes to the page before.
    assert page.url == site + "/"


def test_the_page_is_hidden_the_instant_the_exit_is_used(open_page, site):
    page = open_page().page
    page.goto(site + "/")
    page.goto(site + "/sportelli/")
    # Runs right after the exit's own click handler, before the next page arrives, and
    # keeps what it saw in this tab's storage for the site.
    page.evaluate(
        """document.addEventListener("click", () => sessionStorage.setItem("seen",
               document.documentElement.classList.contains("quick-exit-active") + " " +
               getComputedStyle(document.body).visibility))"""
    )
    page.click("#quick-exit")
    page.wait_for_url(QUICK_EXIT_DESTINATION)
    page.go_back()
    assert page.url == site + "/"
    assert page.evaluate("sessionStorage.getItem('seen')") == "true hidden"


def test_shift_three_times_leaves_with_visible_and_spoken_progress(open_page, site):
    page = open_page().page
    page.goto(site + "/servizio/")
    hint = page.locator("[data-quick-exit-hint]")
    assert hint.is_visible()
    page.keyboard.press("Shift")
    assert page.get_attribute("[data-quick-exit-indicator]", "data-presses") == "1"
    assert "2" in page.locator("[data-quick-exit-status]").inner_text()
    page.keyboard.press("Shift")
    assert page.get_attribute("[data-quick-exit-indicator]", "data-presses") == "2"
    page.keyboard.press("Shift")
    page.wait_for_url(QUICK_EXIT_DESTINATION)


def test_typing_between_shift_presses_does_not_exit(open_page, site):
    page = open_page().page
    page.goto(site + "/servizio/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    assert page.url == site + "/servizio/"
    assert page.get_attribute("[data-quick-exit-indicator]", "data-presses") == "1"


def test_without_javascript_the_exit_is_a_plain_link(open_page, site):
    page = open_page(javascript=False).page
    page.goto(site + "/contatti/")
    assert not page.locator("[data-quick-exit-hint]").is_visible()
    page.click("#quick-exit")
    page.wait_for_url(QUICK_EXIT_DESTINATION)


def test_the_exit_stays_on_screen_while_scrolling(open_page, site):
    page = open_page(width=360).page
    page.goto(site + "/navigare-in-sicurezza/")
    page.mouse.wheel(0, 3000)
    page.wait_for_function("window.scrollY > 1000")
    top = page.evaluate("document.getElementById('quick-exit').getBoundingClientRect().top")
    assert 0 <= top < 60
