/* "Rate this page": after a rating, ask only the matching question.
 *
 * Without JavaScript both questions are shown, each saying which ratings it is for. With
 * it, no reason is asked until a rating is chosen; then a low rating asks what went wrong
 * and a high one what went well (as the Designers Italia component does). A reason chosen
 * in the question that gets hidden is cleared, so what is sent is what the visitor sees.
 */
(function () {
  "use strict";

  function enhance(form) {
    var groups = form.querySelectorAll("[data-feedback-reasons]");
    var ratings = form.querySelectorAll('input[name="rating"]');
    if (!groups.length || !ratings.length) return;
    var low = parseInt(form.dataset.lowRating, 10);

    form.querySelectorAll("[data-feedback-no-js]").forEach(function (element) {
      element.hidden = true;
    });

    function update() {
      var chosen = form.querySelector('input[name="rating"]:checked');
      var wanted = chosen ? (parseInt(chosen.value, 10) <= low ? "low" : "high") : null;
      groups.forEach(function (group) {
        var show = group.dataset.feedbackReasons === wanted;
        group.hidden = !show;
        if (!show) {
          group.querySelectorAll("input").forEach(function (input) { input.checked = false; });
        }
      });
    }

    ratings.forEach(function (input) { input.addEventListener("change", update); });
    update();
  }

  document.querySelectorAll("form[data-low-rating]").forEach(enhance);
})();
