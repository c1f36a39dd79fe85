// Reporting form helpers (progressive: the form works without this script).
// - Shows the computed figure (numerator / denominator × factor) while typing.
// - Warns before leaving the page with unsaved figures.
// The form may be swapped in place by htmx after a save, so listeners live on the document.
(function () {
  "use strict";

  function parseVn(text) {
    var s = (text || "").replace(/[\s\u00a0%]/g, "");
    if (s === "") { return null; }
    if (/^[+-]?\d+\.\d{1,2}$/.test(s)) { return Number(s); }
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) { s = s.replace(/\./g, ""); }
    if (!/^[+-]?\d+(,\d+)?$/.test(s)) { return NaN; }
    return Number(s.replace(",", "."));
  }

  function formatVn(n) {  // as gem.lib.numbers.format_vn_number: 2 decimals, zeros stripped
    var parts = n.toFixed(2).split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    var decimals = parts[1].replace(/0+$/, "");
    return decimals ? parts[0] + "," + decimals : parts[0];
  }

  function update(cell) {
    var num = cell.querySelector("input[name$=':numerator']");
    var den = cell.querySelector("input[name$=':denominator']");
    var out = cell.querySelector(".computed");
    if (!num || !den || !out) { return; }
    var a = parseVn(num.value), b = parseVn(den.value);
    var factor = Number(cell.getAttribute("data-factor") || "1");
    if (a === null || b === null || isNaN(a) || isNaN(b) || b === 0) {
      out.textContent = "";
      return;
    }
    out.textContent = "= " + formatVn(a / b * factor) + (cell.getAttribute("data-suffix") || "");
  }

  var dirty = false;
  document.addEventListener("input", function (event) {
    if (!event.target.closest("#values-form")) { return; }
    dirty = true;
    var cell = event.target.closest("td.cell-figures");
    if (cell) { update(cell); }
  });
  document.addEventListener("submit", function (event) {
    if (event.target.id === "values-form") { dirty = false; }
  });
  document.addEventListener("htmx:afterSwap", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
})();
