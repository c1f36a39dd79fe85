/* GEM analytics charts: draws every <div data-chart="ID"> from the JSON in
   <script type="application/json" id="ID"> with the vendored uPlot. No inline scripts (CSP).
   JSON: {"periods": [...], "lines": [{"label", "values": [...]}], "target": n|null,
          "targetLabel": "..."}. Without JavaScript the table next to the chart shows the same. */
(function () {
  "use strict";
  var COLOURS = ["#9b1c31", "#c2410c", "#1d4ed8"];

  function fmt(v) {
    if (v === null || v === undefined) return "–";
    return Number(v).toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  }

  function draw(el) {
    var source = document.getElementById(el.getAttribute("data-chart"));
    if (!source || typeof uPlot === "undefined") return;
    var data = JSON.parse(source.textContent);
    var xs = data.periods.map(function (_, i) { return i; });
    var columns = [xs];
    var series = [{ label: "", value: function (u, i) { return data.periods[i] || ""; } }];
    data.lines.forEach(function (line, i) {
      columns.push(line.values);
      series.push({ label: line.label, stroke: COLOURS[i % COLOURS.length], width: 2,
        points: { size: 6 }, value: function (u, v) { return fmt(v); } });
    });
    if (data.target !== null && data.target !== undefined) {
      columns.push(xs.map(function () { return data.target; }));
      series.push({ label: data.targetLabel, stroke: "#1e7d32", dash: [6, 4], width: 1.5,
        points: { show: false }, value: function (u, v) { return fmt(v); } });
    }
    var width = Math.max(280, Math.min(el.clientWidth || 800, 1100));
    el.classList.add("chart-ready");
    new uPlot({
      width: width, height: 260,
      scales: { x: { time: false } },
      axes: [
        { values: function (u, ticks) {
          return ticks.map(function (t) { return data.periods[t] || ""; }); },
          incrs: [1] },
        { values: function (u, ticks) { return ticks.map(fmt); }, size: 60 }
      ],
      series: series
    }, columns, el);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-chart]"), draw);
    Array.prototype.forEach.call(document.querySelectorAll(".print-button"), function (b) {
      b.addEventListener("click", function () { window.print(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
