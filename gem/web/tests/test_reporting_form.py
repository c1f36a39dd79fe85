"""The form page: figures typed the Vietnamese way, errors next to the field, no overwrites."""
# ruff: noqa: F811  (pytest fixtures imported from gem.reporting.tests.fixtures)

from decimal import Decimal

import pytest

from gem.reporting.models import DataValue
from gem.reporting.services import ValueEntry, values_save
from gem.reporting.tests.fixtures import (  # noqa: F401
    outsider,
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
    syt,
    syt_reporter,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(period, snv):
    return f"/reporting/forms/{period.pk}/{snv.pk}/"


@pytest.fixture
def reporter_client(client, snv_reporter):
    client.force_login(snv_reporter)
    return client


def current_data(client, url) -> dict:
    """What the browser would post back unchanged: every field with its shown value."""
    response = client.get(url)
    assert response.status_code == 200
    values = response.context["values"]
    return {name: values[name].value() or "" for name in values.fields}


def stored(snv_form, code="1.1", sex=""):
    return DataValue.objects.filter(
        submission__agency=snv_form.agency, indicator_code=code, sex=sex
    ).first()


def test_it_shows_inputs_by_sex_where_the_indicator_is_broken_down(reporter_client, url):
    html = reporter_client.get(url).content.decode()
    assert 'name="v:3.2:0:female:numerator"' in html
    assert 'name="v:3.2:0:male:denominator"' in html
    assert 'name="v:1.1:0:total:numerator"' in html
    assert 'name="v:1.1:0:female:numerator"' not in html
    assert 'name="version"' in html


def test_it_saves_figures_written_with_a_decimal_comma(reporter_client, url, snv_form):
    data = current_data(reporter_client, url)
    data.update({"v:1.1:0:total:numerator": "12,5", "v:1.1:0:total:denominator": "1.250"})
    response = reporter_client.post(url, data)
    assert response.status_code == 302
    value = stored(snv_form)
    assert (value.numerator, value.denominator) == (Decimal("12.5"), Decimal("1250"))
    html = reporter_client.get(url).content.decode()
    assert 'value="12,5"' in html
    assert "= 1%" in html  # 12,5 / 1.250 × 100


@pytest.mark.parametrize(
    ("numerator", "denominator", "message"),
    [
        ("60", "50", "không được lớn hơn mẫu số"),
        ("-3", "50", "số âm"),
        ("abc", "50", "Nhập một số"),
    ],
)
def test_it_refuses_a_bad_figure_next_to_the_field_and_saves_nothing(
    reporter_client, url, snv_form, numerator, denominator, message
):
    data = current_data(reporter_client, url)
    data.update(
        {
            "v:1.1:0:total:numerator": numerator,
            "v:1.1:0:total:denominator": denominator,
            "v:3.2:0:female:numerator": "4",
            "v:3.2:0:female:denominator": "5",
        }
    )
    response = reporter_client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    errors = response.context["values"].errors
    assert "v:1.1:0:total:numerator" in errors
    assert DataValue.objects.filter(submission=snv_form).count() == 0
    assert f'value="{numerator}"' in html  # what was typed stays in the box


def test_a_stale_version_shows_the_current_figures_and_overwrites_nothing(
    reporter_client, url, snv_form, snv_reporter
):
    data = current_data(reporter_client, url)
    entry = ValueEntry(indicator="1.1", part=0, numerator=Decimal(7), denominator=Decimal(10))
    values_save(submission=snv_form, entries=[entry], actor=snv_reporter)  # someone else
    data.update({"v:1.1:0:total:numerator": "9", "v:1.1:0:total:denominator": "10"})
    response = reporter_client.post(url, data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Biểu mẫu đã được người khác cập nhật" in html
    assert 'value="7"' in html  # the current figure in the box
    assert "9 / 10" in html  # and what this user typed, beside it
    assert stored(snv_form).numerator == Decimal(7)


def test_another_units_form_is_not_found(client, outsider, url):
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    assert client.post(url, {"version": "1"}).status_code == 404


def test_a_support_agency_sees_the_lead_row_read_only(client, syt_reporter, period, syt):
    client.force_login(syt_reporter)
    html = client.get(f"/reporting/forms/{period.pk}/{syt.pk}/").content.decode()
    assert 'name="v:4.1:0:total:numerator"' in html
    assert 'name="v:3.2:0:female:numerator"' not in html
    assert "chỉ xem" in html  # the support row is marked read-only


def test_strangers_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_the_first_save_opens_a_form_nobody_started(client, syt_reporter, period, syt):
    url = f"/reporting/forms/{period.pk}/{syt.pk}/"
    client.force_login(syt_reporter)
    data = current_data(client, url)
    data.update({"v:4.1:0:total:numerator": "1.080", "v:4.1:0:total:denominator": "1.000"})
    response = client.post(url, data, follow=True)
    assert "Đã lưu: 1 số liệu mới" in response.content.decode()
    value = DataValue.objects.get(submission__agency=syt, indicator_code="4.1")
    assert (value.numerator, value.denominator) == (Decimal(1080), Decimal(1000))
    assert "= 108 bé trai/100 bé gái" in response.content.decode()
