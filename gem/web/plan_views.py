from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from gem.plans.selectors import plan_get_for_user, plan_indicators, plan_list_for_user
from gem.web.http import gem_errors


@require_GET
@login_required
def plan_list(request):
    plans = plan_list_for_user(user=request.user)
    return render(request, "web/plans/list.html", {"plans": plans})


@require_GET
@login_required
@gem_errors
def plan_detail(request, pk: int):
    plan = plan_get_for_user(pk=pk, user=request.user)
    indicators = list(plan_indicators(plan))
    objectives = []
    for objective in plan.objectives.order_by("position"):
        objectives.append((objective, [i for i in indicators if i.objective_id == objective.pk]))
    assignments = plan.assignments.prefetch_related("links__indicator").order_by("position")
    context = {
        "plan": plan,
        "objectives": objectives,
        "assignments": assignments,
        "duties": plan.duties.order_by("position"),
    }
    return render(request, "web/plans/detail.html", context)
