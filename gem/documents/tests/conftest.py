"""The demo province with figures entered through the reporting services, for report tests."""

from datetime import date
from decimal import Decimal as D

import pytest

from gem.orgs.models import Agency
from gem.plans.models import Plan
from gem.reporting.models import ReportingPeriod
from gem.reporting.services import (
    ValueEntry,
    narrative_save,
    periods_generate,
    submission_open,
    submission_submit,
    values_save,
)

ISSUED = date(2026, 6, 25)


def _form(plan, code, agency_name, unit, admin):
    period = ReportingPeriod.objects.get(plan=plan, code=code)
    agency = Agency.objects.get(org_unit=unit, name=agency_name)
    return submission_open(period=period, agency=agency, actor=admin)


def enter(form, admin, rows):
    entries = [
        ValueEntry(indicator=i, part=p, sex=s, numerator=n, denominator=d) for i, p, s, n, d in rows
    ]
    summary = values_save(submission=form, entries=entries, actor=admin)
    assert summary.ok, summary.errors
    form.refresh_from_db()
    return form


@pytest.fixture
def figures(demo, province, admin_user):
    """Demo plan + periods; Sở Nội vụ reports 1.1, 3.2 and 6.1, the first commune 3.2."""
    plan = Plan.objects.get(pk=demo["plan"])
    periods_generate(plan=plan, actor=admin_user)
    snv = _form(plan, "2026S1", "Sở Nội vụ", province, admin_user)
    enter(
        snv,
        admin_user,
        [
            ("1.1", 0, "", D(31), D(100)),
            ("3.2", 0, "female", D(3), D(30)),
            ("3.2", 0, "male", D(1), D(15)),
            ("6.1", 0, "female", D(40), D(50)),
            ("6.1", 0, "male", D(35), D(50)),
        ],
    )
    narrative_save(
        submission=snv,
        objective_code="3",
        actor=admin_user,
        text="Tổ chức 12 lớp tập huấn về phòng, chống bạo lực gia đình.",
    )
    submission_submit(submission=snv, actor=admin_user)
    commune_plan = (
        Plan.objects.filter(org_unit__parent=province, is_demo=True)
        .select_related("org_unit")
        .order_by("org_unit__code")
        .first()
    )
    commune = commune_plan.org_unit
    periods_generate(plan=commune_plan, actor=admin_user)
    office = _form(commune_plan, "2026S1", "Phòng Văn hóa - Xã hội", commune, admin_user)
    enter(office, admin_user, [("3.2", 0, "female", D(2), D(4)), ("3.2", 0, "male", D(0), D(1))])
    return {"plan": plan, "province": province, "commune": commune, "snv": snv, "office": office}
