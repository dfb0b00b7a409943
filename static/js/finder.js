/* The comune finder as an accessible autocomplete (WAI-ARIA combobox pattern).
 *
 * Progressive enhancement of a plain <select data-autocomplete>: without JavaScript the
 * select and its submit button work as they are. With it, the select is hidden and a text
 * box with a list of suggestions takes its place; the select still carries the value
 * that the form submits. Interface texts come from data-* attributes, translated by the
 * template.
 */
(function () {
  "use strict";

  function normalise(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[’']/g, "'")
      .toLowerCase()
      .trim();
  }

  function enhance(select) {
    var form = select.form;
    var label = document.querySelector('label[for="' + select.id + '"]');
    var options = Array.prototype.slice
      .call(select.options)
      .filter(function (option) { return option.value; })
      .map(function (option) {
        return { value: option.value, name: option.text, key: normalise(option.text) };
      });
    var maxShown = 8;

    var wrapper = document.createElement("div");
    wrapper.className = "autocomplete";
    var input = document.createElement("input");
    var listbox = document.createElement("ul");
    var status = document.createElement("p");
    var error = document.createElement("p");
    var inputId = select.id + "-input";
    var listId = select.id + "-listbox";

    input.type = "text";
    input.id = inputId;
    input.className = "autocomplete__input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    input.setAttribute("aria-describedby", select.id + "-hint");

    listbox.id = listId;
    listbox.className = "autocomplete__listbox";
    listbox.setAttribute("role", "listbox");
    listbox.hidden = true;
    if (label) {
      listbox.setAttribute("aria-label", label.textContent.trim());
    }

    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    error.className = "form-error";
    error.id = select.id + "-error";
    error.hidden = true;

    var hint = document.createElement("p");
    hint.id = select.id + "-hint";
    hint.className = "autocomplete__hint";
    hint.textContent = select.getAttribute("data-msg-hint") || "";

    select.hidden = true;
    select.removeAttribute("required");
    select.setAttribute("tabindex", "-1");
    select.parentNode.insertBefore(wrapper, select);
    wrapper.appendChild(hint);
    wrapper.appendChild(error);
    wrapper.appendChild(input);
    wrapper.appendChild(listbox);
    wrapper.appendChild(status);
    if (label) {
      label.setAttribute("for", inputId);
    }

    var shown = [];
    var active = -1;

    function message(name, count) {
      var text = select.getAttribute("data-msg-" + name) || "";
      return text.replace("{count}", String(count));
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function render() {
      listbox.innerHTML = "";
      shown.forEach(function (item, index) {
        var li = document.createElement("li");
        li.id = listId + "-" + index;
        li.className = "autocomplete__option";
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", index === active ? "true" : "false");
        li.textContent = item.name;
        li.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the text box
          choose(item);
        });
        listbox.appendChild(li);
      });
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", listId + "-" + active);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function update() {
      var query = normalise(input.value);
      select.value = "";
      error.hidden = true;
      input.removeAttribute("aria-invalid");
      if (!query) {
        shown = [];
        close();
        status.textContent = "";
        return;
      }
      var starts = options.filter(function (o) { return o.key.indexOf(query) === 0; });
      var contains = options.filter(function (o) {
        return o.key.indexOf(query) > 0;
      });
      var matches = starts.concat(contains);
      shown = matches.slice(0, maxShown);
      active = -1;
      var exact = options.filter(function (o) { return o.key === query; })[0];
      if (exact) {
        select.value = exact.value;
      }
      render();
      listbox.hidden = shown.length === 0;
      input.setAttribute("aria-expanded", shown.length ? "true" : "false");
      status.textContent = shown.length
        ? message(matches.length === 1 ? "one" : "many", matches.length)
        : message("none", 0);
    }

    function choose(item) {
      input.value = item.name;
      select.value = item.value;
      close();
      status.textContent = "";
    }

    function move(step) {
      if (!shown.length) {
        return;
      }
      if (listbox.hidden) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      active = (active + step + shown.length) % shown.length;
      render();
    }

    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        move(1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        move(-1);
      } else if (event.key === "Enter" && active >= 0 && !listbox.hidden) {
        event.preventDefault();
        choose(shown[active]);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(close, 0);
    });

    form.addEventListener("submit", function (event) {
      if (!select.value && shown.length === 1) {
        choose(shown[0]);
      }
      if (!select.value) {
        event.preventDefault();
        error.textContent = message("invalid", 0);
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", error.id + " " + hint.id);
        input.focus();
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("select[data-autocomplete]"), enhance);
})();
