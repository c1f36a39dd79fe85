"""The write path's SQL statement count: one POST /api/v1/datavalues of 8 values."""

import pytest

from gem.analytics.models import Rollup
from gem.analytics.services import rollup_rebuild
from gem.core.models import AuditEvent
from gem.plans.models import Assignment, AssignmentIndicator, Indicator
from gem.reporting.models import DataValue
from gem.reporting.selectors import value_history

pytest_plugins = ["gem.reporting.tests.fixtures"]

URL = "/api/v1/datavalues"


def fig(indicator, part, sex, numerator, denominator):
    return {
        "indicator": indicator,
        "part": part,
        "sex": sex,
        "numerator": numerator,
        "denominator": denominator,
    }


EIGHT = [
    fig("1.1", 0, None, 10, 20),
    fig("4.2", 0, None, 21, 50000),
    fig("3.2", 0, "female", 40, 50),
    fig("3.2", 0, "male", 5, 10),
    fig("3.2", 0, None, 45, 60),
    fig("3.2", 1, "female", 2, 4),
    fig("3.2", 1, "male", 6, 8),
    fig("3.2", 1, None, 8, 12),
]


@pytest.fixture
def snv_leads_too(rplan, snv):
    """Sở Nội vụ also leads 4.2 (with Sở Y tế): a reporter's own agency wins."""
    lead = Assignment.objects.create(plan=rplan, agency_name=snv.name, agency=snv, role="lead")
    AssignmentIndicator.objects.create(
        assignment=lead, indicator=Indicator.objects.get(objective__plan=rplan, code="4.2")
    )


def body(plan, values):
    return {"plan": plan.pk, "orgUnit": "38", "period": "2026S1", "values": values}


def rollups():
    return sorted(
        (r.key, tuple(getattr(r, f.attname) for f in r._meta.concrete_fields[1:]))
        for r in Rollup.objects.all()
    )


def test_it_posts_eight_values_in_few_statements(
    api_client, rplan, snv_reporter, snv_leads_too, django_assert_max_num_queries
):
    client = api_client(snv_reporter)
    with django_assert_max_num_queries(39):
        response = client.post(URL, body(rplan, EIGHT))
    assert response.status_code == 200, [c["message"] for c in response.json()["conflicts"]]
    assert response.json()["imported"] == 8
    assert DataValue.objects.count() == 8


def test_it_updates_eight_values_in_few_statements(
    api_client, rplan, snv_reporter, snv_leads_too, django_assert_max_num_queries
):
    client = api_client(snv_reporter)
    client.post(URL, body(rplan, EIGHT))
    changed = [*EIGHT]
    changed[0] = fig("1.1", 0, None, 9, 20)
    changed[1] = fig("4.2", 0, None, 20, 50000)
    changed[2] = fig("3.2", 0, "female", 39, 50)
    changed[4] = fig("3.2", 0, None, 44, 60)
    with django_assert_max_num_queries(29):
        summary = client.post(URL, body(rplan, changed)).json()
    assert (summary["updated"], summary["ignored"]) == (4, 4), summary


def test_it_keeps_the_audit_history_and_rollups_of_each_value(
    api_client, rplan, snv_reporter, snv_leads_too
):
    client = api_client(snv_reporter)
    client.post(URL, body(rplan, EIGHT))
    client.post(URL, body(rplan, [fig("3.2", 0, "female", 41, 50), fig("3.2", 0, None, 46, 60)]))
    client.post(
        URL,
        body(
            rplan,
            [
                {
                    "indicator": "3.2",
                    "part": 1,
                    "sex": "male",
                    "numerator": None,
                    "denominator": None,
                }
            ],
        ),
    )
    events = AuditEvent.objects.filter(action="datavalue.change")
    assert events.count() == 8 + 2 + 1  # 3.2 part 1: male removed, the total kept as given
    dv = DataValue.objects.get(indicator_code="3.2", part_number=0, sex="female")
    event = events.filter(extra__sex="female", extra__indicator="3.2").order_by("-id").first()
    assert event.actor == snv_reporter and event.object_id == str(dv.submission_id)
    assert event.before["numerator"] == "40.0000" and event.after["numerator"] == "41.0000"
    assert event.extra == {"indicator": "3.2", "part": 0, "sex": "female", "datavalue_id": dv.pk}
    gone = events.filter(extra__sex="male", extra__part=1).order_by("-id").first()
    assert gone.after is None and gone.before["numerator"] == "6.0000"
    history = value_history(submission=dv.submission)
    assert len(history) == 11 and history[0]["sex"] == "male" and history[0]["new"] == ""
    incremental = rollups()
    rollup_rebuild(period_code="2026S1")
    assert rollups() == incremental
