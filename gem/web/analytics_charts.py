"""Chart data for the analytics pages: server-drawn SVG sparklines (no JavaScript needed) and
the JSON the history chart (static/gem/charts.js with the vendored uPlot) reads."""

from decimal import Decimal

from django.utils.translation import gettext as _

from gem.lib.numbers import format_vn_number
from gem.web.templatetags.gem_format import UNIT_SUFFIX

WIDTH, HEIGHT, PAD = 120, 32, 3


def _target_value(part: dict) -> float | None:
    targets = [t for t in part["targets"] if t["value"] is not None]
    return targets[-1]["value"] if targets else None


def sparkline(part: dict) -> dict | None:
    """Polyline points of the total series and the y of the target line, in a 120×32 box."""
    values = [s["value"] for s in part.get("series", [])]
    known = [v for v in values if v is not None]
    if not known:
        return None
    target = _target_value(part)
    low = min(known + ([target] if target is not None else []))
    high = max(known + ([target] if target is not None else []))
    span = (high - low) or 1
    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)

    def y(v) -> str:
        share = (Decimal(str(v)) - Decimal(str(low))) / Decimal(str(span))
        return f"{HEIGHT - PAD - share * (HEIGHT - 2 * PAD):.1f}"

    points = [f"{PAD + i * step:.1f},{y(v)}" for i, v in enumerate(values) if v is not None]
    last = points[-1].split(",")
    return {
        "points": " ".join(points),
        "target_y": y(target) if target is not None else None,
        "last_x": last[0],
        "last_y": last[1],
        "width": WIDTH,
        "height": HEIGHT,
    }


def history_chart(part: dict, labels: dict) -> dict:
    """Data for charts.js: periods, total / female / male series and the target line."""
    series = part.get("series", [])
    lines = [{"label": labels["total"], "values": [s["value"] for s in series]}]
    for sex in ("female", "male"):
        values = [s[sex] for s in series]
        if any(v is not None for v in values):
            lines.append({"label": labels[sex], "values": values})
    return {
        "periods": [s["period"] for s in series],
        "lines": lines,
        "target": _target_value(part),
        "targetLabel": labels["target"],
    }


SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "≈"}


def value_text(value, unit: str | None, measure: str | None) -> str:
    """A figure as people read it: "21%", "113 bé trai/100 bé gái", "Có" for a yes."""
    if value is None:
        return "–"
    if measure == "bool":
        if value == 100:
            return _("Yes")
        if value == 0:
            return _("No")
        return _("%(share)s%% yes") % {"share": format_vn_number(value)}
    return f"{format_vn_number(value)}{UNIT_SUFFIX.get(unit or '', '')}"


def target_text(part: dict) -> str:
    """The target for the last due year: "≥ 90% (2030)"."""
    targets = part["targets"]
    if not targets:
        return "–"
    last = max(targets, key=lambda t: t["year"])
    if last["value"] is None:
        return f"{_('Yes')} ({last['year']})"
    suffix = UNIT_SUFFIX.get(part.get("unit") or "", "")
    symbol = SYMBOLS.get(last["comparator"], last["comparator"])
    return f"{symbol} {format_vn_number(last['value'])}{suffix} ({last['year']})"


def rate_text(rate, method: str) -> str:
    """A growth rate per year: compound and band rates in %, linear ones in the figure's unit."""
    if rate is None:
        return "–"
    if method == "linear":
        return _("%(rate)s per year") % {"rate": format_vn_number(rate)}
    return _("%(rate)s%% per year") % {"rate": format_vn_number(rate * 100)}
