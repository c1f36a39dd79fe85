// Plan review pages: pointing at an item (hover, focus or click on its ¶ link) highlights the
// sentence it was read from in the source text and scrolls the text panel to it. Without this
// script the ¶ links still jump to the #ev-<n> anchors (highlighted by CSS :target).
(function () {
  "use strict";
  var panel = document.querySelector("[data-source-panel]");
  if (!panel) {
    return;
  }
  var current = null;

  function marks(n) {
    return panel.querySelectorAll('mark[data-ev~="' + n + '"]');
  }

  function show(n, scroll) {
    if (current !== null && current !== n) {
      marks(current).forEach(function (m) { m.classList.remove("is-active"); });
    }
    current = n;
    marks(n).forEach(function (m) { m.classList.add("is-active"); });
    var first = document.getElementById("ev-" + n);
    if (scroll && first) {
      var top = first.offsetTop - panel.clientHeight / 3;
      panel.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
    }
  }

  function evOf(target) {
    if (!(target instanceof Element) || panel.contains(target)) {
      return null;
    }
    var item = target.closest("[data-ev]");
    return item ? item.getAttribute("data-ev") : null;
  }

  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.src-link") : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    show(link.getAttribute("data-ev"), true);
  });
  document.addEventListener("mouseover", function (event) {
    var n = evOf(event.target);
    if (n !== null && n !== current) {
      show(n, true);
    }
  });
  document.addEventListener("focusin", function (event) {
    var n = evOf(event.target);
    if (n !== null && n !== current) {
      show(n, true);
    }
  });
})();
