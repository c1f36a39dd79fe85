"""The report page and download: access by role, audit, bad input as a page, not a 500."""

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from gem.accounts.models import User
from gem.core.models import AuditEvent
from gem.orgs.models import Agency
from gem.orgs.selectors import orgunit_get_by_code
from gem.plans.models import Plan
from gem.reporting.services import periods_generate
from gem.web.demo import demo_communes

URL = "/reports/"


@pytest.fixture
def setup(demo, client):
    plan = Plan.objects.get(pk=demo["plan"])
    periods_generate(plan=plan, actor=None)
    province = orgunit_get_by_code("38")
    return {"plan": plan, "province": province, "communes": demo_communes(province)}


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def query(setup, **extra):
    params = {"plan": setup["plan"].pk, "unit": "38", "period": "2026S1", "format": "docx"}
    params.update(extra)
    return params


def test_it_shows_the_page_to_choose_a_report(setup, client):
    response = as_user(client, "snv").get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Báo cáo chính thức" in page and 'value="2026S1"' in page
    assert "Tải báo cáo (.docx)" in page


def test_it_lets_the_consolidator_download_and_audits_it(setup, client):
    response = as_user(client, "snv").get(URL, query(setup))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bao-cao-semiannual-2026S1-38.docx"' in response["Content-Disposition"]
    doc = Document(io.BytesIO(response.content))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.tables[0].rows[0].cells[1].text
    event = AuditEvent.objects.get(action="report.export")
    assert event.actor.username == "snv" and event.extra["period"] == "2026S1"


def test_it_lets_a_leader_download_the_annex(setup, client):
    response = as_user(client, "lanhdao").get(URL, query(setup, format="xlsx"))
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.content)).sheetnames[0] == "Mục tiêu 1"


def test_it_gives_a_reporter_only_its_own_report(setup, client):
    as_user(client, "syt")
    assert client.get(URL, query(setup)).status_code == 403
    own = Agency.objects.get(org_unit=setup["province"], name="Sở Y tế")
    assert client.get(URL, query(setup, agency=own.pk)).status_code == 200
    snv = Agency.objects.get(org_unit=setup["province"], name="Sở Nội vụ")
    assert client.get(URL, query(setup, agency=snv.pk)).status_code == 403


def test_it_gives_a_commune_reporter_its_commune_report_only(setup, client):
    first, second = setup["communes"][:2]
    as_user(client, "xa01")
    plan = Plan.objects.get(org_unit=first, is_demo=True)
    periods_generate(plan=plan, actor=None)
    ok = client.get(
        URL, {"plan": plan.pk, "unit": first.code, "period": "2026S1", "format": "docx"}
    )
    assert ok.status_code == 200
    other = Plan.objects.get(org_unit=second, is_demo=True)
    assert (
        client.get(
            URL, {"plan": other.pk, "unit": second.code, "period": "2026S1", "format": "docx"}
        ).status_code
        == 404
    )


def test_it_hides_another_provinces_unit(setup, client, make_user):
    from gem.accounts.models import Role

    make_user("snv-hanoi", Role.CONSOLIDATOR, orgunit_get_by_code("01"))
    client.force_login(User.objects.get(username="snv-hanoi"))
    assert client.get(URL, query(setup)).status_code == 404


def test_it_explains_bad_input_on_the_page(setup, client):
    as_user(client, "snv")
    response = client.get(URL, query(setup, period="2026X"))
    assert response.status_code == 400
    assert "Không phải mã kỳ báo cáo" in response.content.decode()
    response = client.get(URL, query(setup, period="2040S1"))
    assert response.status_code == 400
    assert "nằm ngoài thời gian" in response.content.decode()
    assert not AuditEvent.objects.filter(action="report.export").exists()


def test_it_asks_anonymous_users_to_sign_in(setup, client):
    response = client.get(URL, query(setup))
    assert response.status_code == 302 and "/login/" in response["Location"]
