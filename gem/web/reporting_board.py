"""The consolidator's status board: who has submitted, who is late, who was returned."""

from collections import Counter

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from gem.plans.selectors import plan_get_for_user, plan_list_for_user
from gem.reporting import selectors
from gem.web.forms_reporting import BoardFilterForm
from gem.web.http import gem_errors

STATUSES = ("not_started", "draft", "submitted", "returned", "approved")


def board_counts(rows) -> dict:
    counts = Counter(row.status or "not_started" for row in rows)
    out = {status: counts.get(status, 0) for status in STATUSES}
    out.update(total=len(rows), late=sum(1 for row in rows if row.is_late))
    return out


@require_GET
@login_required
@gem_errors
def board(request):
    filters = BoardFilterForm(request.GET or None)
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    plan_id = cleaned.get("plan")
    plan = plan_get_for_user(pk=plan_id, user=request.user) if plan_id else None
    periods = selectors.periods_for_user(user=request.user, plan=plan)
    codes = list(dict.fromkeys(p.code for p in periods))
    code = cleaned.get("period") or (codes[0] if codes else "")
    rows = selectors.status_board(user=request.user, period_code=code, plan=plan) if code else []
    context = {
        "rows": rows,
        "counts": board_counts(rows),
        "period_code": code,
        "period_codes": codes,
        "plan": plan,
        "plans": [p for p in plan_list_for_user(user=request.user) if not p.is_builtin],
    }
    return render(request, "web/reporting/board.html", context)
