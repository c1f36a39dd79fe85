"""What the benchmark needs inside the synthetic data set: users with tokens, the periods,
the communes whose form is still missing in the period being reported now, their forms."""

import random
from dataclasses import dataclass, field

from gem.accounts.models import Role
from gem.accounts.services import grant_ensure, token_create, user_ensure
from gem.analytics.services import rollup_rebuild
from gem.orgs.models import Agency, OrgUnit
from gem.plans.models import AssignmentIndicator, Part, Plan
from gem.plans.selectors import plan_builtin_national
from gem.reporting.models import ReportingPeriod, Submission
from gem.web.synth_plans import COMMUNE_OFFICE, synthetic_plans

SHARE_UNITS = {"%", "per_100000_live_births", "per_1000_women"}


@dataclass
class Reporter:
    unit: OrgUnit
    plan: Plan
    agency: Agency
    token: str
    parts: list[Part] = field(default_factory=list)

    def form(self, period_code: str, seed: int = 0) -> list[dict]:
        """Every figure of the commune's form: plausible, totals = female + male."""
        rng = random.Random(f"{self.unit.code}:{period_code}:{seed}")
        values = []
        for part in self.parts:
            values += part_values(part, rng)
        return values

    def payload(self, period_code: str, values: list[dict]) -> dict:
        return {
            "plan": self.plan.pk,
            "orgUnit": self.unit.code,
            "period": period_code,
            "values": values,
        }


def part_values(part: Part, rng: random.Random) -> list[dict]:
    code, number = part.indicator.code, part.number
    if part.measure == Part.Measure.BOOL:
        return [{"indicator": code, "part": number, "value": rng.choice([0, 1])}]
    if part.measure == Part.Measure.VALUE:
        return [{"indicator": code, "part": number, "value": rng.randint(2, 8)}]
    rows = []
    sexes = ("female", "male") if part.is_by_sex else (None,)
    total_n = total_d = 0
    for sex in sexes:
        den = rng.randint(20, 200)
        num = rng.randint(0, den) if part.unit in SHARE_UNITS else round(den * 1.1)
        total_n, total_d = total_n + num, total_d + den
        row = {"indicator": code, "part": number, "numerator": num, "denominator": den}
        rows.append({**row, "sex": sex} if sex else row)
    if part.is_by_sex:
        rows.append(
            {"indicator": code, "part": number, "numerator": total_n, "denominator": total_d}
        )
    return rows


def periods() -> tuple[str, str]:
    """(the last complete period, the period being reported now), by their codes."""
    plan = synthetic_plans().filter(level="commune").order_by("id").first()
    if plan is None:
        raise RuntimeError("no synthetic data set: run `python -m gem synth` first")
    codes = list(
        ReportingPeriod.objects.filter(plan=plan, kind__in=["semiannual", "annual"])
        .order_by("ends_on")
        .values_list("code", flat=True)
    )
    return codes[-2], codes[-1]


def reset_bench_forms(period_code: str) -> int:
    """Remove the forms earlier benchmark runs posted in the period, so that every run finds
    communes without a form. The benchmark's own database only: rows are deleted directly and
    the period's rollups rebuilt from what remains (the synthetic figures)."""
    touched = Submission.objects.filter(
        period__code=period_code, values__updated_by__username__startswith="bench-"
    ).distinct()
    count = touched.count()
    if count:
        Submission.objects.filter(pk__in=list(touched.values_list("pk", flat=True))).delete()
        rollup_rebuild(period_code=period_code)
    return count


def ministry_token() -> str:
    nation = OrgUnit.objects.get(code="VN", valid_to__isnull=True)
    user = user_ensure(username="bench-ministry", password="bench-ministry-Password-1")
    grant_ensure(user=user, role=Role.MINISTRY, org_unit=nation)
    return token_create(user=user, name="bench")[1]


def missing_form_communes(period_code: str, count: int, skip: int = 0) -> list[Plan]:
    """Commune plans whose commune office has no form yet in the period, spread out."""
    plans = synthetic_plans().filter(level="commune").select_related("org_unit").order_by("id")
    done = set(
        Submission.objects.filter(
            period__code=period_code, period__plan__level="commune"
        ).values_list("org_unit_id", flat=True)
    )
    free = [p for p in plans if p.org_unit_id not in done]
    step = max(1, len(free) // max(count + skip, 1))
    return free[::step][skip : skip + count]


def reporter_for(plan: Plan) -> Reporter:
    agency = Agency.objects.get(org_unit=plan.org_unit, name=COMMUNE_OFFICE)
    user = user_ensure(username=f"bench-{plan.org_unit.code}", password="bench-Password-123")
    grant_ensure(user=user, role=Role.REPORTER, org_unit=plan.org_unit, agency=agency)
    indicators = AssignmentIndicator.objects.filter(
        assignment__plan=plan, assignment__agency=agency, assignment__role="lead"
    ).values_list("indicator_id", flat=True)
    parts = list(
        Part.objects.filter(indicator_id__in=indicators)
        .select_related("indicator")
        .order_by("indicator__objective__position", "indicator__position", "number")
    )
    return Reporter(plan.org_unit, plan, agency, token_create(user=user, name="bench")[1], parts)


def national_plan() -> Plan:
    return plan_builtin_national()
