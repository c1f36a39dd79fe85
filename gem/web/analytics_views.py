"""Analytics dashboards: province/national overview, indicator, unit, completeness, alignment.

Thin views: the scope (plan, unit, period) and every figure come from gem.analytics selectors,
which read rollups only.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from gem.analytics.alignment import alignment_get_for_user
from gem.analytics.completeness import completeness_by_child, completeness_get
from gem.analytics.dashboard import (
    agency_figures,
    children_for_user,
    dashboard_scope,
    part_for,
    ranking,
)
from gem.analytics.progress import STATUS_LABELS, STATUS_TONES
from gem.analytics.selectors import progress_build
from gem.web.analytics_charts import (
    history_chart,
    rate_text,
    sparkline,
    target_text,
    value_text,
)
from gem.web.http import gem_errors


def _int(value) -> int | None:
    return int(value) if value and str(value).isdigit() else None


def _scope(request, unit_code=None):
    return dashboard_scope(
        user=request.user,
        plan_id=_int(request.GET.get("plan")),
        unit_code=unit_code or request.GET.get("unit") or None,
        period_code=request.GET.get("period") or None,
    )


def _decorate(progress: dict) -> list[dict]:
    """Parts flattened for the templates, with status label, tone and sparkline."""
    rows = []
    for indicator in progress["indicators"]:
        for part in indicator["parts"]:
            rows.append(
                {
                    "indicator": indicator,
                    "part": part,
                    "status_label": STATUS_LABELS.get(part["status"], part["status"]),
                    "tone": STATUS_TONES.get(part["status"], ""),
                    "spark": sparkline(part),
                    "value_text": value_text(part["value"], part.get("unit"), part.get("measure")),
                    "target_text": target_text(part),
                }
            )
    return rows


def _context(scope, **more) -> dict:
    return {"scope": scope, "query": f"plan={scope.plan.pk}&period={scope.period or ''}", **more}


@require_GET
@login_required
@gem_errors
def overview(request):
    scope = _scope(request)
    progress = progress_build(
        plan=scope.plan, org_unit=scope.unit, period_code=scope.period, detail=True
    )
    context = _context(scope, rows=_decorate(progress), completeness=progress["completeness"])
    return render(request, "web/analytics/overview.html", context)


@require_GET
@login_required
@gem_errors
def unit_page(request, code: str):
    scope = _scope(request, unit_code=code)
    progress = progress_build(
        plan=scope.plan, org_unit=scope.unit, period_code=scope.period, detail=True
    )
    context = _context(
        scope,
        rows=_decorate(progress),
        completeness=progress["completeness"],
        children=children_for_user(user=request.user, unit=scope.unit),
    )
    return render(request, "web/analytics/unit.html", context)


@require_GET
@login_required
@gem_errors
def indicator_page(request, code: str):
    scope = _scope(request)
    number = _int(request.GET.get("part")) or 0
    part = part_for(scope.plan, code, number)
    progress = progress_build(
        plan=scope.plan, org_unit=scope.unit, period_code=scope.period, detail=True
    )
    row = next(r for r in _decorate(progress) if r["indicator"]["code"] == code
               and r["part"]["part"] == number)  # fmt: skip
    context = _context(
        scope,
        row=row,
        part=part,
        rates=_rates(row["part"]["assessment"]),
        chart=history_chart(row["part"], _chart_labels()),
        ranking=ranking(user=request.user, part=part, unit=scope.unit, period_code=scope.period),
        agencies=agency_figures(part=part, unit=scope.unit, period_code=scope.period),
    )
    return render(request, "web/analytics/indicator.html", context)


def _rates(assessment) -> dict:
    return {
        "observed": rate_text(assessment.observed_rate, assessment.method),
        "required": rate_text(assessment.required_rate, assessment.method),
    }


def _chart_labels() -> dict:
    return {"total": _("Total"), "female": _("Female"), "male": _("Male"), "target": _("Target")}


@require_GET
@login_required
@gem_errors
def completeness_board(request):
    scope = _scope(request)
    context = _context(
        scope,
        total=completeness_get(org_unit=scope.unit, period_code=scope.period),
        rows=completeness_by_child(org_unit=scope.unit, period_code=scope.period)
        if scope.period
        else [],
    )
    return render(request, "web/analytics/completeness.html", context)


@require_GET
@login_required
@gem_errors
def alignment_page(request, pk: int):
    result = alignment_get_for_user(user=request.user, plan_id=pk)
    return render(request, "web/analytics/alignment.html", {"result": result})
