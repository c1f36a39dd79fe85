"""Facts (plain data gathered by data.py) -> the report's data tree the renderers lay out.

Pure: no database, no ORM objects. Figures stay Decimal; every text is final (Vietnamese number
notation, dd/mm/yyyy dates), so renderers only lay things out.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from gem.documents import texts, vn
from gem.documents.annex import annex_tree


def status_text(code: str | None) -> str:
    labels = {
        "achieved": _("Achieved"),
        "on_track": _("On track"),
        "acceleration_needed": _("Acceleration needed"),
        "limited_progress": _("Limited progress"),
        "deterioration": _("Deterioration"),
        "not_enough_data": _("Not enough data"),
        "not_achieved": _("Not achieved"),
    }
    return labels.get(code or "not_enough_data", labels["not_enough_data"])


def decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def compose(facts: dict) -> dict:
    issuer = texts.issuer(facts)
    objectives, by_sex_rows = _objectives(facts)
    has_data = any(row["value"] is not None for o in objectives for row in o["rows"])
    unit = facts["unit"]
    return {
        "kind": facts["kind"],
        "has_data": has_data,
        "issuer": issuer,
        "header": {
            "number": texts.document_number(issuer["abbr"]),
            "motto": [_("SOCIALIST REPUBLIC OF VIET NAM"), _("Independence - Freedom - Happiness")],
            "place_date": vn.place_date(vn.place_name(unit["name"]), facts["issued_on"]),
        },
        "title": _("REPORT"),
        "subtitle": texts.subtitle(facts),
        "intro": texts.intro(facts, issuer["name"]),
        "labels": _labels(facts),
        "no_data": _(
            "No figures have been reported for %(period)s yet (data from %(start)s to %(end)s)."
        )
        % {
            "period": texts.period_phrase(facts["period"]),
            "start": vn.dmy(facts["period"]["starts_on"]),
            "end": vn.dmy(facts["period"]["ends_on"]),
        },
        "objectives": objectives,
        "by_sex_rows": by_sex_rows,
        "charts": _charts(objectives, by_sex_rows),
        "completeness": _completeness(facts["completeness"]),
        "difficulties": _difficulties(objectives, facts["completeness"]),
        "recommendations": _recommendations(objectives, facts, issuer),
        "closing": texts.closing(facts, issuer["name"]),
        "signature": texts.signature(facts, issuer),
        "recipients": texts.recipients(facts, issuer),
        "meta": {
            "plan": facts["plan"]["id"],
            "unit": unit["code"],
            "period": facts["period"]["code"],
            "issued_on": vn.dmy(facts["issued_on"]),
        },
        "annex": annex_tree(facts),
    }


def _labels(facts: dict) -> dict:
    year = facts["period"]["year"]
    return {
        "results": _("Results against the objectives and indicators"),
        "overall": _("Overall results"),
        "table_results": _("Table 1. Results of the indicators in %(period)s")
        % {"period": texts.period_phrase(facts["period"])},
        "results_columns": [_("No."), _("Indicator"), _("Result"), _("Target"), _("Assessment")],
        "by_sex": _("Figures by sex"),
        "table_by_sex": _("Table 2. Sex-disaggregated figures, %(year)s") % {"year": year},
        "by_sex_columns": [_("No."), _("Indicator"), _("Female"), _("Male"), _("Total")],
        "no_by_sex": _("No sex-disaggregated figures have been reported in this period."),
        "by_objective": _("Results by objective"),
        "narratives": _("What the reporting units report:"),
        "completeness": _("Reporting by the units"),
        "difficulties": _("Difficulties and obstacles"),
        "recommendations": _("Recommendations and proposals"),
    }


def _objectives(facts: dict) -> tuple[list[dict], list[dict]]:
    progress = _progress_index(facts["progress"])
    objectives, by_sex_rows, counter = [], [], 0
    for objective in facts["objectives"]:
        rows = []
        for indicator in objective["indicators"]:
            counter += 1
            for position, part in enumerate(indicator["parts"]):
                found = progress.get((indicator["code"], part["number"]), {})
                row = _row(facts, indicator, part, found, position, counter)
                rows.append(row)
                if row["by_sex"]:
                    by_sex_rows.append({**row["by_sex"], "stt": str(len(by_sex_rows) + 1)})
        heading = _("Objective %(code)s: %(title)s") % objective
        narratives = facts["narratives"].get(objective["code"], [])
        sentences = [r["sentence"] for r in rows]
        objectives.append(
            {
                "code": objective["code"],
                "heading": heading,
                "rows": rows,
                "sentences": sentences,
                "narratives": narratives,
            }
        )
    return objectives, by_sex_rows


def _progress_index(progress: dict) -> dict:
    index = {}
    for indicator in progress.get("indicators", []) or []:
        for part in indicator.get("parts", []) or []:
            index[(str(indicator["code"]), int(part.get("part", 0)))] = part
    return index


def _next_target(part: dict, year: int) -> dict | None:
    targets = sorted(part["targets"], key=lambda t: t["year"])
    due = [t for t in targets if t["year"] >= year]
    return (due or targets or [None])[0]


def _value_text(value: Decimal | None, part: dict) -> str:
    if value is None:
        return _("No data")
    if part["measure"] == "bool" or part["unit"] == "bool":
        return _("Yes") if value else _("No")
    return vn.quantity(value, part["unit"])


def _row(facts, indicator, part, found, position, counter) -> dict:
    value = decimal(found.get("value"))
    target = _next_target(part, facts["period"]["year"])
    label = f" ({part['label']})" if part["label"] else ""
    name = f"{indicator['code']}. {indicator['text']}" if position == 0 else ""
    name = f"{name}{label}" if name else f"{indicator['code']}{label}"
    status = found.get("status") or "not_enough_data"
    row = {
        "stt": str(counter) if position == 0 else "",
        "code": indicator["code"],
        "part": part["number"],
        "short": f"{indicator['code']}{label}",
        "name": name,
        "unit": part["unit"],
        "value": value,
        "numerator": decimal(found.get("numerator")),
        "denominator": decimal(found.get("denominator")),
        "value_text": _value_text(value, part),
        "target_value": target["value"] if target else None,
        "target_text": vn.target_phrase(target, _("Yes")) if target else "",
        "status": status,
        "status_text": status_text(status),
    }
    row["sentence"] = _sentence(row)
    row["by_sex"] = _by_sex(row, part, found.get("bySex") or {})
    return row


def _sentence(row: dict) -> str:
    values = {"code": row["short"], "status": row["status_text"].lower()}
    if row["value"] is None:
        return _("Indicator %(code)s: no figures reported in this period.") % values
    values.update(value=row["value_text"], target=row["target_text"] or "–")
    if row["numerator"] is not None and row["denominator"] is not None:
        values["value"] += f" ({vn.number(row['numerator'])}/{vn.number(row['denominator'])})"
    return (
        _("Indicator %(code)s: result %(value)s; target %(target)s; assessment: %(status)s.")
        % values
    )


def _by_sex(row: dict, part: dict, by_sex: dict) -> dict | None:
    female = decimal((by_sex.get("female") or {}).get("value"))
    male = decimal((by_sex.get("male") or {}).get("value"))
    if female is None and male is None:
        return None
    return {
        "code": row["code"],
        "part": row["part"],
        "short": row["short"],
        "name": row["name"] or row["short"],
        "unit": part["unit"],
        "female": female,
        "male": male,
        "value": row["value"],
        "female_text": _value_text(female, part),
        "male_text": _value_text(male, part),
        "value_text": row["value_text"],
    }


def _charts(objectives: list[dict], by_sex_rows: list[dict]) -> list[dict]:
    rows = [r for o in objectives for r in o["rows"] if r["unit"] == "%" and r["value"] is not None]
    charts = []
    if rows:
        charts.append(
            _chart(
                _("Chart 1. Indicators measured in percent: result and target"),
                _("Result and target (%)"),
                [r["short"] for r in rows],
                [
                    (_("Result"), [r["value"] for r in rows]),
                    (_("Target"), [r["target_value"] for r in rows]),
                ],
            )
        )
    sexed = [r for r in by_sex_rows if r["unit"] == "%"]
    if sexed:
        charts.append(
            _chart(
                _("Chart %(n)s. Indicators measured in percent, by sex") % {"n": len(charts) + 1},
                _("Female and male (%)"),
                [r["short"] for r in sexed],
                [
                    (_("Female"), [r["female"] for r in sexed]),
                    (_("Male"), [r["male"] for r in sexed]),
                ],
            )
        )
    return charts


def _chart(caption: str, title: str, categories: list[str], series: list) -> dict:
    return {
        "caption": caption,
        "title": title,
        "categories": categories,
        "number_format": "0",
        "series": [
            {"name": name, "values": values, "labels": [vn.number(v) for v in values]}
            for name, values in series
        ],
    }


def _completeness(c: dict) -> dict:
    sentences = []
    if not c["expected"]:
        sentences.append(_("No unit was due to report in this period."))
    else:
        sentences.append(
            _(
                "%(submitted)s of %(expected)s reporting units have sent their reports, "
                "%(on_time)s of them on time."
            )
            % c
        )
    if c["late"]:
        sentences.append(_("Sent late: %(units)s.") % {"units": ", ".join(c["late"])})
    if c["missing"]:
        sentences.append(_("Not yet sent: %(units)s.") % {"units": ", ".join(c["missing"])})
    return {**c, "sentences": sentences}


def _codes(objectives: list[dict], statuses: set[str]) -> list[str]:
    return [r["short"] for o in objectives for r in o["rows"] if r["status"] in statuses]


def _difficulties(objectives: list[dict], completeness: dict) -> list[str]:
    out = []
    if completeness["late"] or completeness["missing"]:
        out.append(
            _(
                "Some units sent their reports late or have not sent them yet (see "
                "section II), which delays the consolidation of the figures."
            )
        )
    missing = _codes(objectives, {"not_enough_data"})
    if missing:
        out.append(
            _("%(n)s indicators do not yet have enough data to assess progress: %(codes)s.")
            % {"n": len(missing), "codes": ", ".join(missing)}
        )
    slow = _codes(objectives, {"limited_progress", "deterioration"})
    if slow:
        out.append(
            _("Progress is limited or has gone backwards for the indicators %(codes)s.")
            % {"codes": ", ".join(slow)}
        )
    if not out:
        out.append(_("In this period the plan was carried out without major difficulties."))
    return out


def _recommendations(objectives: list[dict], facts: dict, issuer: dict) -> list[str]:
    out = [
        _(
            "The reporting units are asked to keep sending complete, sex-disaggregated "
            "figures on time."
        )
    ]
    behind = _codes(
        objectives,
        {"acceleration_needed", "limited_progress", "deterioration", "not_achieved"},
    )
    if behind:
        out.append(
            _(
                "The units in charge of the indicators %(codes)s are asked to step up "
                "their measures to meet the targets."
            )
            % {"codes": ", ".join(behind)}
        )
    if issuer["kind"] == texts.COMMITTEE and facts["unit"]["level"] == "province":
        out.append(
            _(
                "The Ministry of Home Affairs is asked to keep guiding and supporting the "
                "province in carrying out the National Strategy on Gender Equality."
            )
        )
    return out
