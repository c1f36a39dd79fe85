"""The permission matrix: every URL and API route x every role -> the expected answer.

The routes are enumerated from the URL configuration (admin/ and static files excepted) and
from the API's OpenAPI schema; a route without an entry in EXPECTED fails the test, so a new
route cannot ship without a decision on who may use it.

The roles act on objects of Thanh Hóa (38, the demo): the consolidator, reporters and leader of
38 are "own unit"; the consolidator of Hà Nội (01), the reporter of another agency and the
commune reporter are "another unit" for them. Each request runs in a savepoint rolled back
afterwards, so a POST by one role does not change what the next one sees.

Answers: "ok" = 200 or a redirect that is not to the sign-in page (the action was taken, or
refused with a message on the page: e.g. a workflow step in the wrong state, 400 form errors
count as "400"); "login" = a redirect to sign in (pages) or 401 (API); otherwise the status.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLResolver, get_resolver

from gem.accounts.models import Role, User
from gem.accounts.services import grant_ensure, token_create, user_ensure
from gem.orgs.models import Agency
from gem.orgs.selectors import orgunit_get_by_code
from gem.plans.models import Plan
from gem.plans.selectors import plan_export
from gem.reporting.models import Submission

# The module's tests need the test database even when run alone (pytest -k): pytest-django
# sets databases up only for tests marked as using them.
pytestmark = pytest.mark.django_db

# --- the world the roles act on: the demo (38), a user per role, a form of Sở Y tế with a
# piece of evidence, an API token, a plan draft, and a plan whose texts are markup (every HTML
# answer is checked to show it escaped).

ROLES = [
    "admin",
    "cons_own",
    "cons_other",
    "rep_own",
    "rep_other_agency",
    "rep_commune",
    "leader",
    "ministry",
]
XSS = "<script>alert('gem')</script>"
DEMO_TEXT = Path(__file__).resolve().parents[1] / "demo_data" / "thanh-hoa-2026-2030.txt"


@dataclass
class World:
    plan: Plan
    period: object
    agency: Agency
    submission: Submission
    evidence: object
    draft: object
    own_token_pk: int
    users: dict[str, User]
    tokens: dict[int, str] = field(default_factory=dict)

    def url_kwargs(self, route: str) -> dict:
        form = {"period_id": self.period.pk, "agency_id": self.agency.pk}
        return {
            "web:plan_detail": {"pk": self.plan.pk},
            "web:token_revoke": {"pk": self.own_token_pk},
            "web:password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
            "web:analytics_unit": {"code": "38"},
            "web:analytics_indicator": {"code": "4.1"},
            "web:analytics_alignment": {"pk": self.plan.pk},
            "web:reporting_evidence_download": {**form, "evidence_id": self.evidence.pk},
            "web:reporting_evidence_remove": {**form, "evidence_id": self.evidence.pk},
        }.get(route) or (
            form
            if route.startswith("web:reporting_")
            else {"pk": self.draft.pk}
            if route.startswith("web:ingest_draft")
            else {}
        )

    def query_values(self) -> dict:
        form_query = f"plan={self.plan.pk}&orgUnit=38&period={self.period.code}"
        return {"plan": self.plan.pk, "form_query": form_query}

    def token_for(self, user: User) -> str:
        return self.tokens[user.pk]

    def json_body(self, kind: str):
        indicator = self.syt_indicator()
        if kind == "plan":
            doc = plan_export(self.plan)
            doc["title"] = "Kế hoạch thử quyền"
            return doc
        if kind == "datavalues":
            return {
                "plan": self.plan.pk,
                "orgUnit": "38",
                "period": self.period.code,
                "agency": self.agency.pk,
                "values": [{"indicator": indicator, "numerator": 1, "denominator": 2}],
            }
        return {
            "agency": self.agency.pk,
            "dataValues": [
                {
                    "dataElement": f"{indicator}.0",
                    "period": self.period.code,
                    "orgUnit": "38",
                    "categoryOptionCombo": "total",
                    "attributeOptionCombo": attribute,
                    "value": value,
                }
                for attribute, value in (("numerator", "1"), ("denominator", "2"))
            ],
        }

    def submitted(self) -> None:
        """Put the Sở Y tế form in review (for return, approve and reopen)."""
        Submission.objects.filter(pk=self.submission.pk).update(status=Submission.Status.SUBMITTED)

    def syt_indicator(self) -> str:
        link = (
            self.plan.assignments.filter(agency=self.agency, role="lead")
            .values_list("links__indicator__code", flat=True)
            .first()
        )
        return link or "4.1"

    def check_escaped(self, route: str, response) -> None:
        content_type = response.get("Content-Type", "")
        if response.status_code == 200 and content_type.startswith("text/html"):
            html = response.content.decode("utf-8", "replace")
            assert XSS not in html, f"{route} shows markup from a document unescaped"


def _users(province, other_province, communes, syt, other_agency) -> dict[str, User]:
    by_name = {u.username: u for u in User.objects.filter(username__in=["admin", "snv", "syt"])}
    by_name.update({u.username: u for u in User.objects.filter(username__in=["xa01", "lanhdao"])})
    by_name["bonv"] = User.objects.get(username="bonv")
    cons_other = user_ensure(username="cons-01", password="x")
    grant_ensure(user=cons_other, role=Role.CONSOLIDATOR, org_unit=other_province)
    rep_other = user_ensure(username="rep-other", password="x")
    grant_ensure(user=rep_other, role=Role.REPORTER, org_unit=province, agency=other_agency)
    return {
        "admin": by_name["admin"],
        "cons_own": by_name["snv"],
        "cons_other": cons_other,
        "rep_own": by_name["syt"],
        "rep_other_agency": rep_other,
        "rep_commune": by_name["xa01"],
        "leader": by_name["lanhdao"],
        "ministry": by_name["bonv"],
    }


def build_world() -> World:
    from gem.ingest.services import draft_create
    from gem.reporting.services import evidence_add, periods_generate, submission_open
    from gem.web.demo import demo_communes, load_demo

    load_demo()
    province, other_province = orgunit_get_by_code("38"), orgunit_get_by_code("01")
    plan = Plan.objects.get(org_unit=province, is_demo=True, is_deleted=False)
    syt = Agency.objects.get(org_unit=province, name="Sở Y tế")
    other_agency = (
        Agency.objects.filter(assignments__plan=plan)
        .exclude(pk=syt.pk)
        .exclude(name="Sở Nội vụ")
        .first()
    )
    users = _users(province, other_province, demo_communes(province), syt, other_agency)
    admin = users["admin"]
    _hostile_plan(province, admin)
    period = periods_generate(plan=plan, actor=admin)[0]
    submission = submission_open(period=period, agency=syt, actor=users["rep_own"])
    evidence = evidence_add(submission=submission, upload=_pdf(), actor=users["rep_own"])
    upload = SimpleUploadedFile("ke-hoach.txt", DEMO_TEXT.read_bytes())
    draft = draft_create(upload=upload, org_unit=province, actor=users["cons_own"])
    token, _raw = token_create(user=users["rep_own"], name="own")
    tokens = {user.pk: token_create(user=user, name="matrix")[1] for user in users.values()}
    return World(
        plan=plan,
        period=period,
        agency=syt,
        submission=submission,
        evidence=evidence,
        draft=draft,
        own_token_pk=token.pk,
        users=users,
        tokens=tokens,
    )


def _pdf():
    return SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")


def _hostile_plan(province, actor) -> Plan:
    from gem.plans.services import plan_import

    doc = plan_export(Plan.objects.get(org_unit=province, is_demo=True, is_deleted=False))
    doc["title"] = f"Kế hoạch {XSS}"
    doc["objectives"][0]["title"] = XSS
    doc["objectives"][0]["indicators"][0]["text"] = XSS
    return plan_import(data=doc, org_unit=province, actor=actor)


# --- the expected answers -------------------------------------------------------------------

OK, LOGIN = "ok", "login"
ANON, ADMIN = "anon", "admin"
CONS, CONS_OTHER = "cons_own", "cons_other"
REP, REP_OTHER, REP_COMMUNE = "rep_own", "rep_other_agency", "rep_commune"
LEADER, MINISTRY = "leader", "ministry"
assert set(ROLES) == {ADMIN, CONS, CONS_OTHER, REP, REP_OTHER, REP_COMMUNE, LEADER, MINISTRY}


def answers(default: str, anon: str = LOGIN, **by_role: str) -> dict[str, str]:
    out = dict.fromkeys(ROLES, default)
    out[ANON] = anon
    out.update(by_role)
    return out


EVERYONE = answers(OK, anon=OK)
SIGNED_IN = answers(OK)
ADMINS = answers("403", **{ADMIN: OK})
# Reads of the province (38) and its objects: readers of 38 see it; others get 404.
READ_38 = answers(OK, **{CONS_OTHER: "404", REP_COMMUNE: "404"})
# Managing 38 (plans, approvals): admin and its consolidator; readers 403; outsiders 404.
MANAGE_38 = answers("403", **{ADMIN: OK, CONS: OK, CONS_OTHER: "404", REP_COMMUNE: "404"})
# The Sở Y tế form of 38: viewers of all forms, and its own reporter.
FORM_READ = answers(OK, **{CONS_OTHER: "404", REP_OTHER: "404", REP_COMMUNE: "404"})
FORM_WRITE = answers(
    "403", **{ADMIN: OK, CONS: OK, REP: OK, CONS_OTHER: "404", REP_OTHER: "404",
              REP_COMMUNE: "404"}
)  # fmt: skip
FORM_REVIEW = answers(
    "403", **{ADMIN: OK, CONS: OK, CONS_OTHER: "404", REP_OTHER: "404", REP_COMMUNE: "404"}
)
PLAN_UPLOADERS = answers("403", **{ADMIN: OK, CONS: OK, CONS_OTHER: OK})
DRAFT_38 = answers("404", **{ADMIN: OK, CONS: OK})


@dataclass
class Call:
    method: str
    expected: dict[str, str]
    data: dict = field(default_factory=dict)
    query: str = ""
    json: object = None
    setup: str = ""  # a World method run first, in the same savepoint


def pdf(world=None):
    return SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")


def xlsx(world=None):
    import io

    from openpyxl import Workbook

    buf = io.BytesIO()
    Workbook().save(buf)
    return SimpleUploadedFile("bieu-mau.xlsx", buf.getvalue())


def version(world):
    world.submission.refresh_from_db()
    return str(world.submission.version)


# One entry per route: the URL name (web) or "METHOD /api/v1/path" (API) -> calls.
EXPECTED: dict[str, list[Call]] = {
    # --- site and accounts
    "web:home": [Call("GET", SIGNED_IN)],
    "web:healthz": [Call("GET", EVERYONE)],
    "web:login": [Call("GET", EVERYONE), Call("POST", EVERYONE, {"username": "x"})],
    "web:login_code": [Call("GET", answers(LOGIN))],  # no password step: back to sign in
    "web:logout": [Call("GET", answers("405", anon="405")), Call("POST", answers(LOGIN))],
    "web:account": [Call("GET", SIGNED_IN)],
    "web:password_change": [Call("GET", SIGNED_IN)],
    "web:token_list": [Call("GET", SIGNED_IN)],
    "web:token_new": [Call("POST", SIGNED_IN, {"name": "matrix"})],
    "web:token_revoke": [Call("POST", answers("404", **{REP: OK}))],  # rep_own's token
    "web:two_factor": [
        Call("GET", SIGNED_IN),
        Call("POST", answers("403", **{ADMIN: OK, CONS: OK, CONS_OTHER: OK}), {"action": "begin"}),
    ],
    "web:password_reset": [Call("GET", EVERYONE)],
    "web:password_reset_done": [Call("GET", EVERYONE)],
    "web:password_reset_confirm": [Call("GET", EVERYONE)],
    "web:password_reset_complete": [Call("GET", EVERYONE)],
    "web:audit_log": [Call("GET", ADMINS)],
    # --- plans
    "web:plan_list": [Call("GET", SIGNED_IN)],
    "web:plan_detail": [Call("GET", READ_38)],
    # --- reporting
    "web:reporting_my_forms": [Call("GET", SIGNED_IN)],
    "web:reporting_board": [Call("GET", SIGNED_IN)],
    "web:reporting_form": [
        Call("GET", FORM_READ),
        Call("POST", FORM_WRITE, {"version": version}),
    ],
    "web:reporting_return": [
        Call("POST", FORM_REVIEW, {"reason": "Thiếu số liệu"}, setup="submitted")
    ],
    "web:reporting_approve": [Call("POST", FORM_REVIEW, setup="submitted")],
    "web:reporting_reopen": [
        Call("POST", FORM_REVIEW, {"reason": "Sửa số liệu"}, setup="submitted")
    ],
    "web:reporting_evidence_upload": [Call("POST", FORM_WRITE, {"file": pdf})],
    "web:reporting_evidence_download": [Call("GET", FORM_READ)],
    "web:reporting_evidence_remove": [Call("POST", FORM_WRITE)],
    "web:reporting_xlsx_export": [Call("GET", FORM_READ)],
    "web:reporting_xlsx_upload": [Call("POST", FORM_WRITE, {"file": xlsx})],
    # Without a file uploaded first there is nothing to confirm: a message, for every viewer.
    "web:reporting_xlsx_confirm": [Call("POST", FORM_READ)],
    # --- analytics
    "web:analytics_overview": [Call("GET", SIGNED_IN)],
    "web:analytics_unit": [Call("GET", READ_38)],
    "web:analytics_indicator": [Call("GET", READ_38, query="unit=38")],
    "web:analytics_completeness": [Call("GET", SIGNED_IN)],
    "web:analytics_alignment": [Call("GET", READ_38)],
    # --- documents
    "web:documents_reports": [Call("GET", SIGNED_IN)],
    # --- ingest (plan documents): those who manage a unit's plans
    "web:ingest_drafts": [Call("GET", PLAN_UPLOADERS)],
    "web:ingest_upload": [Call("GET", PLAN_UPLOADERS)],
    "web:ingest_draft": [Call("GET", DRAFT_38)],
    "web:ingest_draft_edit": [Call("GET", DRAFT_38)],
    "web:ingest_draft_confirm": [Call("POST", DRAFT_38)],
    "web:ingest_draft_discard": [Call("POST", DRAFT_38)],
    "web:ingest_draft_file": [Call("GET", DRAFT_38)],
    # --- the API's own pages
    "api:openapi-json": [Call("GET", EVERYONE)],
    "api:openapi-view": [Call("GET", EVERYONE)],
    "api:api-root": [Call("GET", answers("404", anon="404"))],
    # --- the JSON API (bearer tokens)
    "GET /api/v1/orgunits": [Call("GET", SIGNED_IN)],
    "GET /api/v1/plans": [Call("GET", SIGNED_IN)],
    "POST /api/v1/plans": [Call("POST", MANAGE_38, query="orgUnit=38", json="plan")],
    "GET /api/v1/plans/{plan_id}": [Call("GET", READ_38)],
    "GET /api/v1/plans/{plan_id}/progress": [Call("GET", READ_38)],
    "GET /api/v1/periods": [Call("GET", READ_38, query="plan={plan}")],
    "GET /api/v1/datavalues": [Call("GET", READ_38, query="{form_query}")],
    # Another agency's reporter reads the plan and the unit, so a write is forbidden (403).
    "POST /api/v1/datavalues": [Call("POST", {**FORM_WRITE, REP_OTHER: "403"}, json="datavalues")],
    "GET /api/v1/dataValueSets": [Call("GET", READ_38, query="{form_query}")],
    "POST /api/v1/dataValueSets": [
        Call("POST", {**FORM_WRITE, REP_OTHER: "403"}, query="plan={plan}", json="dhis2")
    ],
}


# --- enumerating the routes ------------------------------------------------------------------


def web_routes() -> dict[str, str]:
    """URL name -> pattern, for every URL pattern but the admin's and the API's operations."""

    def walk(patterns, prefix="", ns=""):
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern), ns + (p.namespace or ""))
            else:
                yield prefix + str(p.pattern), f"{ns}:{p.name}" if ns else p.name

    routes = {}
    for pattern, name in walk(get_resolver().url_patterns):
        if pattern.startswith(("admin/", "static/", "media/")):
            continue
        if name and name.startswith("api:") and name not in API_PAGES:
            continue  # API operations are enumerated from the schema, by method
        assert name, f"an unnamed URL pattern: {pattern}"
        routes[name] = pattern
    return routes


API_PAGES = {"api:openapi-json", "api:openapi-view", "api:api-root"}


def api_routes() -> list[str]:
    from gem.api.urls import api

    schema = api.get_openapi_schema()
    return [f"{m.upper()} {path}" for path, ops in schema["paths"].items() for m in ops]


def all_routes() -> list[str]:
    return sorted(web_routes()) + sorted(api_routes())


def test_every_route_has_an_entry_and_every_entry_a_route(db):
    routes = set(all_routes())
    missing = sorted(routes - set(EXPECTED))
    stale = sorted(set(EXPECTED) - routes)
    assert not missing, f"routes without an entry in the permission matrix: {missing}"
    assert not stale, f"entries for routes that no longer exist: {stale}"


# --- running the calls -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    with (
        override_settings(MEDIA_ROOT=str(media)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield build_world()
        transaction.set_rollback(True)


def classify(response, is_api: bool) -> str:
    status = response.status_code
    if status in (301, 302, 303):
        return LOGIN if re.match(r"^/login/(\?|$)", response.url) else OK
    if status == 401 and is_api:
        return LOGIN
    return OK if status in (200, 201) else str(status)


def url_for(route: str, world) -> str:
    if " " in route:
        path = route.split(" ", 1)[1]
        return path.replace("{plan_id}", str(world.plan.pk))
    pattern = web_routes()[route]
    kwargs = world.url_kwargs(route)
    url = "/" + pattern
    for key, value in kwargs.items():
        url = re.sub(rf"<(?:\w+:)?{key}>", str(value), url)
    assert "<" not in url, f"no test value for a parameter of {route}: {url}"
    return url


def run_call(route: str, call: Call, role: str, world) -> str:
    is_api = " " in route
    url = url_for(route, world)
    if call.query:
        url += "?" + call.query.format(**world.query_values())
    with transaction.atomic():
        if call.setup:
            getattr(world, call.setup)()
        client = Client()
        headers = {}
        user = world.users.get(role)
        if user is not None:
            if is_api:
                headers["HTTP_AUTHORIZATION"] = f"Bearer {world.token_for(user)}"
            else:
                client.force_login(user)
        if call.method == "GET":
            response = client.get(url, **headers)
        elif call.json is not None:
            body = world.json_body(call.json)
            response = client.post(url, body, content_type="application/json", **headers)
        else:
            data = {k: v(world) if callable(v) else v for k, v in call.data.items()}
            response = client.post(url, data, **headers)
        world.check_escaped(route, response)
        transaction.set_rollback(True)
    return classify(response, is_api), response


@pytest.mark.parametrize("route", sorted(EXPECTED))
def test_each_role_gets_the_expected_answer(route, world, django_db_blocker):
    problems = []
    with django_db_blocker.unblock():
        for call in EXPECTED[route]:
            for role in [ANON, *ROLES]:
                got, response = run_call(route, call, role, world)
                want = call.expected[role]
                if got != want:
                    body = response.content[:200].decode("utf-8", "replace")
                    problems.append(f"{call.method} as {role}: expected {want}, got {got} {body}")
    assert not problems, f"{route}:\n" + "\n".join(problems)


def test_the_matrix_covers_every_route_and_role():
    cells = sum(len(calls) for calls in EXPECTED.values()) * (len(ROLES) + 1)
    assert len(EXPECTED) >= 55 and cells >= 60 * 9
