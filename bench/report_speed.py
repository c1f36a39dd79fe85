"""Report speed: the annual report of Thanh Hóa (166 communes) against one commune's report.

    .venv/bin/python -m bench.report_speed

Builds its data set in a throw-away test database through the services, like real use: the
demo province plan, a commune plan for each of the province's 166 communes, the annual periods,
and a filled-in, submitted annual form for every commune and for Sở Nội vụ. Then it times
report_data + the .docx and .xlsx renderers (median of 5). Goals: the province report under
5 s; province / commune at most 3x. Prints the figures; asserts nothing.
"""

import os
import random
import statistics
import time
from decimal import Decimal

ROUNDS = 5
PERIOD = "2026"


def build() -> dict:
    from gem.accounts.models import User
    from gem.orgs.models import Agency, OrgUnit
    from gem.orgs.selectors import orgunit_get_by_code
    from gem.plans.models import Part, Plan
    from gem.plans.services import plan_import
    from gem.reporting.models import ReportingPeriod
    from gem.reporting.services import (
        narrative_save,
        periods_generate,
        submission_open,
        submission_submit,
    )
    from gem.web.demo import (
        COMMUNE_OFFICE,
        commune_plan_document,
        load_demo,
        province_plan_document,
    )

    plan = Plan.objects.get(pk=load_demo()["plan"])
    admin = User.objects.get(username="admin")  # the demo's administrator enters the figures
    province = orgunit_get_by_code("38")
    periods_generate(plan=plan)
    doc = province_plan_document()
    communes = list(OrgUnit.objects.filter(parent=province, level="commune", valid_to__isnull=True))
    rng = random.Random(38)
    for commune in communes:
        commune_plan = Plan.objects.filter(org_unit=commune, is_deleted=False).first()
        if commune_plan is None:
            commune_plan = plan_import(
                data=commune_plan_document(doc, commune), org_unit=commune, parent=plan
            )
        periods_generate(plan=commune_plan)
        period = ReportingPeriod.objects.get(plan=commune_plan, code=PERIOD)
        agency = Agency.objects.get(org_unit=commune, name=COMMUNE_OFFICE)
        form = submission_open(period=period, agency=agency, actor=admin)
        parts = Part.objects.filter(indicator__plan=commune_plan).select_related("indicator")
        _fill(form, parts, rng, admin)
        narrative_save(
            submission=form,
            objective_code="3",
            actor=admin,
            text=f"{commune.name} tổ chức tuyên truyền phòng, chống bạo lực gia đình.",
        )
        submission_submit(submission=form, actor=admin)
    snv = Agency.objects.get(org_unit=province, name="Sở Nội vụ")
    form = submission_open(
        period=ReportingPeriod.objects.get(plan=plan, code=PERIOD), agency=snv, actor=admin
    )
    _fill(
        form,
        Part.objects.filter(indicator__plan=plan, indicator__code__in=["1.1", "6.2"]),
        rng,
        admin,
    )
    return {"plan": plan, "province": province, "commune": communes[0], "count": len(communes)}


def _fill(form, parts, rng, admin) -> None:
    from gem.reporting.services import ValueEntry as entry_class
    from gem.reporting.services import values_save

    entries = []
    for part in parts:
        code = part.indicator.code
        if part.measure == "bool":
            entries.append(entry_class(indicator=code, part=part.number, value=Decimal(1)))
            continue
        if part.measure == "value":
            value = Decimal(rng.randint(1, 12))
            entries.append(entry_class(indicator=code, part=part.number, value=value))
            continue
        for sex in ("female", "male") if part.is_by_sex else ("",):
            den = Decimal(rng.randint(20, 400))
            num = (den * Decimal(rng.randint(30, 100)) / 100).quantize(Decimal(1))
            entries.append(
                entry_class(
                    indicator=code, part=part.number, sex=sex, numerator=num, denominator=den
                )
            )
    for entry in entries:  # a comment answers any plausibility warning, so the form submits
        entry.comment = "Số liệu tổng hợp từ báo cáo của các thôn, tổ dân phố."
    summary = values_save(submission=form, entries=entries, actor=admin)
    if not summary.ok:
        raise SystemExit(f"could not save {form}: {summary.errors[:3]}")


def timed(data: dict, unit) -> tuple[float, int]:
    from gem.documents.data import report_data
    from gem.documents.renderers import docx, xlsx

    runs, size = [], 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        tree = report_data(
            plan=data["plan"], org_unit=unit, period_code=PERIOD, kind="annual", user=None
        )
        size = len(docx.render(tree)) + len(xlsx.render(tree))
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), size


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gem.test_settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        start = time.perf_counter()
        data = build()
        print(
            f"data set: {data['count']} communes with submitted annual forms, "
            f"built through the services in {time.perf_counter() - start:.1f} s "
            f"({connection.vendor})"
        )
        timed(data, data["commune"])  # warm-up: imports, translations, templates
        province, p_size = timed(data, data["province"])
        commune, c_size = timed(data, data["commune"])
        print(
            f"province annual report (.docx + .xlsx): median {province:.2f} s, "
            f"{p_size:,} bytes (goal < 5 s)"
        )
        print(f"one commune's report:                  median {commune:.2f} s, {c_size:,} bytes")
        print(f"province / commune: {province / commune:.1f}x (goal <= 3x)")
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
