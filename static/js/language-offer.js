/* Offer the page in the language the browser asks for, never impose it.
 *
 * The first of the browser's languages that the site speaks decides: if it is the page's
 * own, nothing happens; otherwise a line at the top of the page, written in that language,
 * links to the same page in it (the language switcher's own link). Nothing is stored and
 * nothing is sent: the page stays the same for everyone (and for the cache in front), the
 * visitor chooses. Without JavaScript there is only the switcher.
 */
(function () {
  "use strict";

  function offer() {
    var page = (document.documentElement.lang || "").toLowerCase();
    var links = {};
    document.querySelectorAll(".language-switcher a[hreflang][data-offer]").forEach(function (link) {
      links[link.hreflang.toLowerCase()] = link;
    });
    var wanted = navigator.languages && navigator.languages.length
      ? navigator.languages : [navigator.language || ""];
    for (var index = 0; index < wanted.length; index += 1) {
      var code = String(wanted[index]).toLowerCase().split("-")[0];
      if (code === page) return;
      var link = links[code];
      if (!link) continue;
      var main = document.getElementById("main-content");
      if (!main) return;
      var line = document.createElement("p");
      line.className = "language-offer";
      line.lang = code;
      line.dir = "auto";
      var anchor = document.createElement("a");
      anchor.href = link.getAttribute("href");
      anchor.hreflang = code;
      anchor.textContent = link.dataset.offer;
      line.appendChild(anchor);
      var container = document.createElement("div");
      container.className = "container";
      container.appendChild(line);
      main.insertBefore(container, main.firstChild);
      return;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", offer);
  } else {
    offer();
  }
})();
