// communique web app: select an event to light its words; filter table rows; toggle mark kinds.
// The page is changed through classes, attributes and textContent only: document text is
// never parsed as HTML here.
(function () {
  "use strict";

  function eventsOf(el) {
    return (el.getAttribute("data-ev") || "").split(" ").filter(Boolean);
  }

  function selectEvent(n, scroll) {
    var text = document.getElementById("doctext");
    if (!text) return;
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll("button.select").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    var card = document.getElementById("ev-" + n);
    if (!card) return;
    card.classList.add("active");
    var button = card.querySelector("button.select");
    if (button) button.setAttribute("aria-pressed", "true");
    var first = null;
    text.querySelectorAll("[data-ev]").forEach(function (el) {
      if (eventsOf(el).indexOf(String(n)) >= 0) {
        el.classList.add("active");
        if (!first) first = el;
      }
    });
    text.classList.add("selecting");
    if (scroll && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function clearSelection() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    var text = document.getElementById("doctext");
    if (text) text.classList.remove("selecting");
  }

  // A field of an event card: show its words and rule beside it and light its words in the text.
  function showWhy(button, keepOpen) {
    var id = button.getAttribute("data-why");
    var open = keepOpen || button.getAttribute("aria-expanded") !== "true";
    document.querySelectorAll(".why-lit").forEach(function (el) { el.classList.remove("why-lit"); });
    document.querySelectorAll("button.why[aria-expanded=true]").forEach(function (b) {
      b.setAttribute("aria-expanded", "false");
      var shown = b.nextElementSibling;
      if (shown) shown.hidden = true;
    });
    if (!open) return;
    button.setAttribute("aria-expanded", "true");
    var detail = button.nextElementSibling;
    if (detail) detail.hidden = false;
    var first = null;
    document.querySelectorAll("#doctext [data-why]").forEach(function (el) {
      if ((el.getAttribute("data-why") || "").split(" ").indexOf(id) >= 0) {
        el.classList.add("why-lit");
        if (!first) first = el;
      }
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", function (e) {
    var why = e.target.closest("button.why");
    if (why) {
      showWhy(why);
      return;
    }
    var button = e.target.closest("button.select");
    if (button) {
      var n = button.getAttribute("data-ev");
      if (button.getAttribute("aria-pressed") === "true") {
        clearSelection();
        button.setAttribute("aria-pressed", "false");
        history.replaceState(null, "", location.pathname + location.search);
      } else {
        selectEvent(n, true);
        history.replaceState(null, "", "#ev-" + n);
      }
      return;
    }
    var mark = e.target.closest("#doctext [data-ev]");
    if (mark) {
      var numbers = eventsOf(mark);
      if (numbers.length) {
        selectEvent(numbers[0], false);
        var card = document.getElementById("ev-" + numbers[0]);
        // Words that support a field of that event open the field's explanation in its card.
        var whys = (mark.getAttribute("data-why") || "").split(" ").filter(function (w) {
          return w.split(".")[0] === numbers[0];
        });
        var field = whys.length && card ? card.querySelector('button.why[data-why="' + whys[0] + '"]') : null;
        if (field) showWhy(field, true);
        if (card) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
    }
  });

  document.addEventListener("change", function (e) {
    var box = e.target.closest("#legend input[data-kind]");
    if (!box) return;
    var text = document.getElementById("doctext");
    if (text) text.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
  });

  document.addEventListener("input", function (e) {
    var input = e.target.closest("#table-filter");
    if (!input) return;
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) return;
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !keep;
      if (keep) shown += 1;
    });
    var counter = document.getElementById("shown");
    if (counter) counter.textContent = String(shown);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var m = /^#ev-(\d+)$/.exec(location.hash);
    if (m) selectEvent(m[1], true);
  });
})();
