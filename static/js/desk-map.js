/* The map of the help desks, shown only when the visitor asks for it.
 *
 * The map's tiles come from another site, which would see the visitor's IP address, so
 * nothing is loaded until the visitor presses "Show the map": then Leaflet (served by this
 * site) and the tiles (from the tile server named in data-tile-url) are fetched. The list
 * of desks on the same page carries the same information without any of this.
 * Desk data comes from a JSON block written by the server with public places only.
 */
(function () {
  "use strict";

  function loadOnce(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function popup(point) {
    var content = document.createElement("div");
    var link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.name;
    var address = document.createElement("p");
    address.textContent = point.address;
    content.appendChild(link);
    content.appendChild(address);
    return content;
  }

  function draw(section, canvas, points) {
    var L = window.L;
    L.Icon.Default.imagePath = section.dataset.iconPath;
    var map = L.map(canvas, { attributionControl: false, scrollWheelZoom: false });
    L.tileLayer(section.dataset.tileUrl, {
      maxZoom: 18,
      // Tile servers such as OpenStreetMap's refuse requests without a Referer: send this
      // site's origin only, never the page's path.
      referrerPolicy: "strict-origin",
    }).addTo(map);
    var bounds = [];
    points.forEach(function (point) {
      var position = [point.lat, point.lon];
      bounds.push(position);
      L.marker(position, { title: point.name, alt: point.name })
        .bindPopup(popup(point))
        .addTo(map);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 15);
    } else {
      map.fitBounds(bounds, { padding: [32, 32] });
    }
  }

  function enhance(section) {
    var button = section.querySelector("[data-desk-map-show]");
    var canvas = section.querySelector("[data-desk-map-canvas]");
    var status = section.querySelector("[data-desk-map-status]");
    var data = document.getElementById(section.dataset.points);
    if (!button || !canvas || !data) return;
    var points = JSON.parse(data.textContent);
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      status.textContent = section.dataset.msgLoading;
      Promise.all([
        loadOnce("link", { rel: "stylesheet", href: section.dataset.leafletCss }),
        loadOnce("script", { src: section.dataset.leafletJs }),
      ]).then(function () {
        canvas.hidden = false;
        section.querySelectorAll("[data-desk-map-after]").forEach(function (element) {
          element.hidden = false;
        });
        button.hidden = true;
        draw(section, canvas, points);
        status.textContent = section.dataset.msgShown;
      }).catch(function () {
        button.disabled = false;
        status.textContent = section.dataset.msgFailed;
      });
    });
  }

  document.querySelectorAll("[data-desk-map]").forEach(enhance);
})();
