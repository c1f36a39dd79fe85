"""DHIS2 dataValueSets JSON: export, import, round trip, all or nothing."""

from gem.reporting.models import DataValue

pytest_plugins = ["gem.reporting.tests.fixtures"]

URL = "/api/v1/dataValueSets"


def dv(element, coc, aoc, value, **more):
    return {
        "dataElement": element,
        "period": "2026S1",
        "orgUnit": "38",
        "categoryOptionCombo": coc,
        "attributeOptionCombo": aoc,
        "value": value,
        **more,
    }


FIGURES = [
    dv("3.2.0", "female", "numerator", "45"),
    dv("3.2.0", "female", "denominator", "50"),
    dv("3.2.0", "male", "numerator", "5"),
    dv("3.2.0", "male", "denominator", "10"),
    dv("1.1.0", "total", "numerator", "12"),
    dv("1.1.0", "total", "denominator", "40", comment="Khối cơ quan tỉnh"),
]


def test_it_imports_a_data_value_set(api_client, rplan, snv, snv_reporter):
    response = api_client(snv_reporter).post(f"{URL}?plan={rplan.pk}", {"dataValues": FIGURES})
    assert response.status_code == 200, response.json()
    summary = response.json()
    assert summary["status"] == "SUCCESS"
    assert summary["importCount"] == {"imported": 3, "updated": 0, "ignored": 0, "deleted": 0}
    female = DataValue.objects.get(indicator_code="3.2", sex="female")
    assert (female.numerator, female.denominator) == (45, 50)
    assert DataValue.objects.get(indicator_code="1.1").comment == "Khối cơ quan tỉnh"
    assert DataValue.objects.get(indicator_code="3.2", sex="").denominator == 60  # derived


def test_export_then_import_is_a_no_op(api_client, rplan, snv_reporter):
    client = api_client(snv_reporter)
    client.post(f"{URL}?plan={rplan.pk}", {"dataValues": FIGURES})
    exported = client.get(URL, {"plan": rplan.pk, "orgUnit": "38", "period": "2026S1"}).json()
    elements = {
        (d["dataElement"], d["categoryOptionCombo"], d["attributeOptionCombo"]): d["value"]
        for d in exported["dataValues"]
    }
    assert elements[("3.2.0", "female", "numerator")] == "45"
    assert elements[("3.2.0", "total", "denominator")] == "60"
    assert exported["dataValues"][0]["period"] == "2026S1"
    again = client.post(URL, {**exported, "dataSet": str(rplan.pk)}).json()
    assert again["status"] == "SUCCESS" and again["importCount"]["imported"] == 0
    assert again["importCount"]["updated"] == 0


def test_a_conflicting_set_stores_nothing(api_client, rplan, snv_reporter):
    bad = [*FIGURES, dv("4.1.0", "total", "numerator", "5400")]
    response = api_client(snv_reporter).post(f"{URL}?plan={rplan.pk}", {"dataValues": bad})
    assert response.status_code == 409
    summary = response.json()
    assert summary["status"] == "ERROR" and summary["conflicts"][0]["object"] == "4.1.0/total"
    assert summary["importCount"]["imported"] == 0
    assert DataValue.objects.count() == 0


def test_a_dry_run_stores_nothing(api_client, rplan, snv_reporter):
    response = api_client(snv_reporter).post(
        f"{URL}?plan={rplan.pk}&dryRun=true", {"dataValues": FIGURES}
    )
    assert response.json()["importCount"]["imported"] == 3
    assert DataValue.objects.count() == 0


def test_malformed_data_elements_are_400(api_client, rplan, snv_reporter):
    bad = [dv("3.2.x", "female", "numerator", "45")]
    response = api_client(snv_reporter).post(f"{URL}?plan={rplan.pk}", {"dataValues": bad})
    assert response.status_code == 400 and response.json()["message"]
    response = api_client(snv_reporter).post(f"{URL}?plan={rplan.pk}", {"values": []})
    assert response.status_code == 400


def test_another_provinces_user_gets_404(api_client, rplan, outsider):
    query = {"plan": rplan.pk, "orgUnit": "38", "period": "2026S1"}
    assert api_client(outsider).get(URL, query).status_code == 404
    response = api_client(outsider).post(f"{URL}?plan={rplan.pk}", {"dataValues": FIGURES})
    assert response.status_code == 404
