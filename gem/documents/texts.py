"""The fixed wording of a report: issuer lines, document number, titles, signature, recipients.

Pure functions over plain facts (see compose.py); all wording goes through gettext, so the
Vietnamese official text lives in the catalogue gem/documents/locale.
"""

from django.utils.translation import gettext as _

from gem.documents import vn

COMMITTEE, DEPARTMENT = "committee", "department"


def issuer(facts: dict) -> dict:
    """Who issues the report: the unit's People's Committee or an agency of the unit."""
    unit, agency = facts["unit"], facts["agency"]
    place_upper = vn.unit_kind_upper(unit["name"], unit["level"])
    if facts["issuer_kind"] == COMMITTEE:
        return {
            "kind": COMMITTEE,
            "parent": "",
            "lines": [_("PEOPLE'S COMMITTEE"), place_upper],
            "abbr": "UBND",
            "name": _("the People's Committee of %(place)s") % {"place": _place_full(unit)},
        }
    return {
        "kind": DEPARTMENT,
        "parent": _("PC OF %(place)s") % {"place": place_upper},
        "lines": [agency["name"].upper()],
        "abbr": agency["short_name"] or vn.abbreviation(agency["name"]),
        "name": agency["name"],
    }


def _place_full(unit: dict) -> str:
    if unit["level"] == "province" and not unit["name"].startswith(vn.UNIT_PREFIXES):
        return _("%(name)s province") % {"name": unit["name"]}
    return unit["name"][:1].lower() + unit["name"][1:]


def document_number(abbr: str) -> str:
    """ "Số: …/BC-SNV": the number is left for the clerk, as the state format does."""
    return _("No.: …/BC-%(abbr)s") % {"abbr": abbr}


def period_phrase(period: dict) -> str:
    kind, year = period["kind"], period["year"]
    if kind == "semiannual":
        if str(period["code"]).endswith("S2"):
            return _("the last 6 months of %(year)s") % {"year": year}
        return _("the first 6 months of %(year)s") % {"year": year}
    if kind == "annual":
        return _("the year %(year)s") % {"year": year}
    if kind == "midterm":
        return _("the first half of the plan period, up to %(year)s") % {"year": year}
    return _("the whole plan period, up to %(year)s") % {"year": year}


def subtitle(facts: dict) -> list[str]:
    kind, plan = facts["kind"], facts["plan"]
    if kind == "midterm":
        return [_("Mid-term review of the Plan %(plan)s") % {"plan": _plan_title(plan)}]
    if kind == "final":
        return [_("Final review of the Plan %(plan)s") % {"plan": _plan_title(plan)}]
    return [
        _("Results of gender equality work in %(period)s")
        % {"period": period_phrase(facts["period"])}
    ]


def _plan_title(plan: dict) -> str:
    return vn.sentence_case(plan["title"])


def plan_citation(plan: dict) -> str:
    values = {"title": _plan_title(plan), "issuer": plan["issuer"] or ""}
    if plan["number"] and plan["issued_on"]:
        values.update(number=plan["number"], date=vn.dmy(plan["issued_on"]))
        return _("Plan No. %(number)s of %(date)s of %(issuer)s on %(title)s") % values
    if plan["issuer"]:
        return _("the Plan %(title)s of %(issuer)s") % values
    return _("the Plan %(title)s") % values


def intro(facts: dict, who: str) -> str:
    return _("Pursuant to %(plan)s, %(issuer)s reports the results for %(period)s as follows:") % {
        "plan": plan_citation(facts["plan"]),
        "issuer": who,
        "period": period_phrase(facts["period"]),
    }


def closing(facts: dict, who: str) -> str:
    return _("Above is the report of %(issuer)s on the results for %(period)s./.") % {
        "issuer": who,
        "period": period_phrase(facts["period"]),
    }


def signature(facts: dict, issuer_: dict) -> dict:
    if issuer_["kind"] == COMMITTEE:
        lines = [_("ON BEHALF OF THE PEOPLE'S COMMITTEE"), _("FOR THE CHAIR"), _("VICE CHAIR")]
    else:
        name = facts["agency"]["name"]
        if name.startswith(("Sở ", "Công an ")):
            lines = [_("DIRECTOR")]
        elif name.startswith("Phòng "):
            lines = [_("HEAD OF OFFICE")]
        else:
            lines = [_("HEAD OF AGENCY")]
    return {"lines": lines, "name": ""}


def recipients(facts: dict, issuer_: dict) -> dict:
    level = facts["unit"]["level"]
    if issuer_["kind"] == COMMITTEE and level == "province":
        items = [
            _("Ministry of Home Affairs (to report);"),
            _("Standing Committee of the Provincial Party Committee (to report);"),
            _("Standing Committee of the Provincial People's Council (to report);"),
            _("Chair and Vice Chairs of the Provincial People's Committee;"),
            _("Department of Home Affairs;"),
        ]
    elif issuer_["kind"] == COMMITTEE:
        items = [
            _("Provincial Department of Home Affairs (to report);"),
            _("Standing Committee of the Commune Party Committee (to report);"),
            _("Chair and Vice Chairs of the Commune People's Committee;"),
        ]
    else:
        place = _place_full(facts["unit"])
        items = [_("The People's Committee of %(place)s (to report);") % {"place": place}]
        if not facts["agency"]["is_consolidator"]:
            items.append(_("Department of Home Affairs (to consolidate);"))
        else:
            items.append(_("Ministry of Home Affairs (to report);"))
        items.append(_("Head of the agency;"))
    items.append(_("Archived: clerical office."))
    return {"heading": _("Recipients:"), "items": [f"- {item}" for item in items]}
