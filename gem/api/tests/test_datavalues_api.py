"""POST/GET /api/v1/datavalues: upsert by key, idempotent, dry run, all or nothing, access."""

import pytest

from gem.core.models import AuditEvent
from gem.reporting.models import DataValue, Submission
from gem.reporting.services import submission_approve, submission_submit

pytest_plugins = ["gem.reporting.tests.fixtures"]

URL = "/api/v1/datavalues"


def body(plan, values, **more):
    return {"plan": plan.pk, "orgUnit": "38", "period": "2026S1", "values": values, **more}


SYT_VALUES = [
    {"indicator": "4.1", "part": 0, "numerator": 5400, "denominator": 4950},
    {"indicator": "4.2", "part": 0, "numerator": 21, "denominator": 50000},
]


def test_a_reporter_posts_figures_for_its_agency(api_client, rplan, syt, syt_reporter):
    response = api_client(syt_reporter).post(URL, body(rplan, SYT_VALUES))
    assert response.status_code == 200, response.json()
    summary = response.json()
    assert summary["status"] == "OK" and summary["imported"] == 2 and not summary["dryRun"]
    dv = DataValue.objects.get(indicator_code="4.1")
    assert dv.submission.agency == syt and (dv.numerator, dv.denominator) == (5400, 4950)


def test_posting_the_same_figures_twice_is_idempotent(api_client, rplan, syt_reporter):
    client = api_client(syt_reporter)
    client.post(URL, body(rplan, SYT_VALUES))
    again = client.post(URL, body(rplan, SYT_VALUES)).json()
    assert (again["imported"], again["updated"], again["ignored"]) == (0, 0, 2)
    assert DataValue.objects.count() == 2
    assert AuditEvent.objects.filter(action="datavalue.change").count() == 2


def test_an_update_keeps_what_was_not_posted(api_client, rplan, syt_reporter):
    client = api_client(syt_reporter)
    client.post(URL, body(rplan, [{**SYT_VALUES[0], "comment": "Số liệu sơ bộ"}]))
    summary = client.post(URL, body(rplan, [{"indicator": "4.1", "numerator": 5410}])).json()
    assert summary["updated"] == 1
    dv = DataValue.objects.get(indicator_code="4.1")
    assert (dv.numerator, dv.denominator, dv.comment) == (5410, 4950, "Số liệu sơ bộ")


def test_a_dry_run_stores_nothing(api_client, rplan, syt_reporter):
    summary = api_client(syt_reporter).post(f"{URL}?dryRun=true", body(rplan, SYT_VALUES)).json()
    assert summary["dryRun"] and summary["imported"] == 2
    assert DataValue.objects.count() == 0 and Submission.objects.count() == 0


def test_a_rejected_request_stores_nothing(api_client, rplan, syt_reporter):
    values = [*SYT_VALUES, {"indicator": "1.1", "numerator": 1, "denominator": 2}]
    response = api_client(syt_reporter).post(URL, body(rplan, values))
    assert response.status_code == 409
    summary = response.json()
    assert summary["status"] == "ERROR" and summary["imported"] == 0 and summary["ignored"] == 3
    assert [c["indicator"] for c in summary["conflicts"]] == ["1.1"]
    assert DataValue.objects.count() == 0 and Submission.objects.count() == 0


def test_invalid_figures_answer_400_with_the_field(api_client, rplan, snv_reporter):
    values = [{"indicator": "3.2", "sex": "female", "numerator": 60, "denominator": 50}]
    response = api_client(snv_reporter).post(URL, body(rplan, values))
    assert response.status_code == 400
    conflict = response.json()["conflicts"][0]
    assert (conflict["sex"], conflict["field"], conflict["kind"]) == (
        "female",
        "numerator",
        "invalid",
    )
    assert DataValue.objects.count() == 0


def test_sex_disaggregated_figures_get_a_derived_total(api_client, rplan, snv_reporter):
    values = [
        {"indicator": "3.2", "part": 0, "sex": "female", "numerator": 45, "denominator": 50},
        {"indicator": "3.2", "part": 0, "sex": "male", "numerator": 9, "denominator": 12},
    ]
    assert api_client(snv_reporter).post(URL, body(rplan, values)).status_code == 200
    total = DataValue.objects.get(indicator_code="3.2", sex="")
    assert (total.numerator, total.denominator) == (54, 62)
    rows = (
        api_client(snv_reporter)
        .get(URL, {"plan": rplan.pk, "orgUnit": "38", "period": "2026S1"})
        .json()["items"]
    )
    assert [(r["sex"], r["numerator"], r["denominator"]) for r in rows] == [
        (None, 54, 62),
        ("female", 45, 50),
        ("male", 9, 12),
    ]
    assert rows[0]["agency"] and rows[0]["updatedAt"]


def test_a_locked_form_refuses_figures(api_client, rplan, syt_reporter, consolidator):
    api_client(syt_reporter).post(URL, body(rplan, SYT_VALUES))
    sub = Submission.objects.get()
    submission_submit(submission=sub, actor=syt_reporter)
    submission_approve(submission=sub, actor=consolidator)
    changed = [{**SYT_VALUES[0], "numerator": 1}]
    response = api_client(syt_reporter).post(URL, body(rplan, changed))
    assert response.status_code == 409
    assert DataValue.objects.get(indicator_code="4.1").numerator == 5400


def test_a_closed_period_refuses_figures(api_client, rplan, period, syt_reporter, consolidator):
    from gem.reporting.services import period_close

    period_close(period=period, actor=consolidator)
    response = api_client(syt_reporter).post(URL, body(rplan, SYT_VALUES))
    assert response.status_code == 409
    assert "đã đóng" in response.json()["conflicts"][0]["message"]
    assert Submission.objects.count() == 0


def test_the_consolidator_posts_for_the_lead_agency(api_client, rplan, syt, consolidator):
    response = api_client(consolidator).post(URL, body(rplan, SYT_VALUES))
    assert response.status_code == 200
    assert Submission.objects.get().agency == syt


def test_an_indicator_with_two_leads_needs_the_agency_named(api_client, rplan, snv, consolidator):
    values = [{"indicator": "3.2", "sex": "female", "numerator": 4, "denominator": 5}]
    response = api_client(consolidator).post(URL, body(rplan, values))
    assert response.status_code == 409
    assert "agency" in response.json()["conflicts"][0]["message"]
    response = api_client(consolidator).post(URL, body(rplan, values, agency=snv.pk))
    assert response.status_code == 200
    assert Submission.objects.get().agency == snv


def test_unknown_plan_unit_or_period_is_404(api_client, rplan, syt_reporter):
    client = api_client(syt_reporter)
    assert client.post(URL, {**body(rplan, SYT_VALUES), "plan": 999999}).status_code == 404
    assert client.post(URL, {**body(rplan, SYT_VALUES), "orgUnit": "XX9"}).status_code == 404
    assert client.post(URL, {**body(rplan, SYT_VALUES), "period": "2099S1"}).status_code == 404


def test_other_units_are_404_and_read_only_users_403(api_client, rplan, outsider, leader):
    response = api_client(outsider).post(URL, body(rplan, SYT_VALUES))
    assert response.status_code == 404
    query = {"plan": rplan.pk, "orgUnit": "38", "period": "2026S1"}
    assert api_client(outsider).get(URL, query).status_code == 404
    response = api_client(leader).post(URL, body(rplan, SYT_VALUES))
    assert response.status_code == 403
    assert response.json()["message"]
    assert api_client(leader).get(URL, query).status_code == 200
    assert DataValue.objects.count() == 0


@pytest.mark.parametrize(
    "bad",
    [
        {"values": []},
        {"values": [{"indicator": "4.1", "part": -1, "numerator": 1, "denominator": 1}]},
        {"values": [{"indicator": "4.1", "sex": "other", "numerator": 1, "denominator": 1}]},
        {"values": [{"indicator": "4.1", "sex": {}, "numerator": 1, "denominator": 1}]},
        {"values": [{"indicator": "4.1", "numerator": [1], "denominator": 1}]},
        {"values": [{"indicator": "4.1", "numerator": "abc", "denominator": 1}]},
        {"values": [{"indicator": "4.1", "numerator": True, "denominator": 1}]},
        {"period": ""},
    ],
)
def test_malformed_bodies_are_400_with_a_message(api_client, rplan, syt_reporter, bad):
    response = api_client(syt_reporter).post(URL, {**body(rplan, SYT_VALUES), **bad})
    assert response.status_code == 400
    assert response.json()["message"]


def test_a_body_that_is_not_json_is_400(api_client, rplan, syt_reporter):
    response = api_client(syt_reporter).post(URL, "{not json", content_type="application/json")
    assert response.status_code == 400


def test_anonymous_callers_are_401(api_client, rplan):
    assert api_client().post(URL, body(rplan, SYT_VALUES)).status_code == 401


@pytest.mark.parametrize(
    "bad",
    [
        {"plan": "abc"},
        {"agency": "Sở Y tế"},
        {"values": [{"indicator": "4.1", "numerator": "1e400", "denominator": 1}]},
        {"values": [{"indicator": "4.1", "numerator": "NaN", "denominator": 1}]},
    ],
)
def test_odd_ids_and_numbers_are_400_not_500(api_client, rplan, syt_reporter, bad):
    response = api_client(syt_reporter).post(URL, {**body(rplan, SYT_VALUES), **bad})
    assert response.status_code == 400, response.json()
    answer = response.json()
    assert answer.get("message") or answer["conflicts"][0]["message"] == "Số quá lớn."
    assert DataValue.objects.count() == 0
