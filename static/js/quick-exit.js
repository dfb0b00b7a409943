/* Quick exit, to the standard of GOV.UK's "Exit this page".
 *
 * Without JavaScript the button is a plain link to a neutral site. With it:
 * - the page is hidden the instant the button is used, then replaced in history
 *   (location.replace), so "Back" does not return to it;
 * - pressing Shift three times (within 5 seconds, with no other key between) exits too,
 *   with a visible indicator and a spoken announcement of each press; the hint that says
 *   so shows where a keyboard is likely (CSS) or once a key was pressed, never on a phone
 *   that has no Shift key;
 * - if the visitor comes back (back/forward cache), the page is shown again and reset.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-quick-exit]");
  if (!root) {
    return;
  }
  var button = root.querySelector("[data-quick-exit-button]");
  var status = root.querySelector("[data-quick-exit-status]");
  var hint = root.querySelector("[data-quick-exit-hint]");
  var indicator = root.querySelector("[data-quick-exit-indicator]");
  var destination = button.getAttribute("href");
  var PRESSES_NEEDED = 3;
  var TIMEOUT_MS = 5000;
  var presses = 0;
  var timer = null;

  if (hint) {
    hint.hidden = false;
  }
  if (indicator) {
    indicator.hidden = false;
  }

  function announce(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function showProgress() {
    if (indicator) {
      indicator.setAttribute("data-presses", String(presses));
    }
    if (presses > 0 && presses < PRESSES_NEEDED) {
      announce(root.getAttribute("data-message-" + presses) || "");
    }
  }

  function reset() {
    presses = 0;
    window.clearTimeout(timer);
    timer = null;
    showProgress();
    announce("");
  }

  function leave() {
    document.documentElement.classList.add("quick-exit-active");
    announce(root.getAttribute("data-message-leaving") || "");
    document.title = root.getAttribute("data-neutral-title") || ".";
    window.location.replace(destination);
  }

  button.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return; // let the browser open a new tab or window as asked
    }
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", function (event) {
    // A key was pressed: there is a keyboard, so the hint may show on a touch screen too.
    root.classList.add("quick-exit--keyboard");
    if (event.key !== "Shift") {
      // Shift held while typing a capital letter is not a press of the exit shortcut.
      if (presses > 0) {
        reset();
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(reset, TIMEOUT_MS);
    showProgress();
    if (presses >= PRESSES_NEEDED) {
      leave();
    }
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("quick-exit-active");
      reset();
    }
  });
})();
