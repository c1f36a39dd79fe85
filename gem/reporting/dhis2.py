"""DHIS2 dataValueSets JSON: export and import of figures (mapping in docs/dhis2.md).

dataElement "<indicator>.<part>" ("3.2.0"), period as GEM's code ("2026S1"), orgUnit the official
code, categoryOptionCombo "female" | "male" | "total", attributeOptionCombo "numerator" |
"denominator" | "value", value a string ("45", "1.6"; "1"/"0" for yes/no).
"""

from django.db import transaction
from django.utils.translation import gettext as _

from gem.core.errors import ValidationError
from gem.plans.calc import number_for_json
from gem.reporting.datavalues import (
    FIGURES,
    Partial,
    datavalues_for_user,
    resolve_target,
    save_partials,
    to_decimal,
)

COC = {"female": "female", "male": "male", "total": "", "": ""}
BOOL_TEXT = {"true": "1", "false": "0"}


def _text(number) -> str:
    return str(number_for_json(number))


def dhis2_export(*, user, plan_id, unit_code, period_code) -> dict:
    rows = datavalues_for_user(
        user=user, plan_id=plan_id, unit_code=unit_code, period_code=period_code
    )
    out = []
    for dv in rows:
        for attribute in FIGURES:
            number = getattr(dv, attribute)
            if number is None:
                continue
            item = {
                "dataElement": f"{dv.indicator_code}.{dv.part_number}",
                "period": dv.period_code,
                "orgUnit": dv.org_unit.code,
                "categoryOptionCombo": dv.sex or "total",
                "attributeOptionCombo": attribute,
                "value": _text(number),
                "lastUpdated": dv.updated_at.isoformat(),
            }
            if dv.comment:
                item["comment"] = dv.comment
            out.append(item)
    return {"dataSet": str(plan_id), "period": period_code, "orgUnit": unit_code, "dataValues": out}


def _conflict(obj: str, message: str) -> dict:
    return {"object": obj, "value": str(message)}


def _parse_item(item, defaults: dict, index: int) -> tuple[tuple, Partial, str]:
    """((orgUnit, period), row, attribute) of one dataValue; raises ValidationError."""
    where = f"dataValues.{index}"
    if not isinstance(item, dict):
        raise ValidationError(_("Each data value must be an object."), field=where)
    element = str(item.get("dataElement") or "")
    indicator, _dot, part = element.rpartition(".")
    if not indicator or not part.isdigit():
        raise ValidationError(
            _("dataElement must be <indicator>.<part>, e.g. 3.2.0."), field=f"{where}.dataElement"
        )
    coc = str(item.get("categoryOptionCombo") or "total")
    attribute = str(item.get("attributeOptionCombo") or "value")
    if coc not in COC or attribute not in FIGURES:
        raise ValidationError(
            _("Unknown categoryOptionCombo or attributeOptionCombo."), field=where
        )
    unit = item.get("orgUnit") or defaults.get("orgUnit")
    period = item.get("period") or defaults.get("period")
    if not unit or not period:
        raise ValidationError(_("Each data value needs an orgUnit and a period."), field=where)
    raw = item.get("value")
    raw = BOOL_TEXT.get(str(raw).lower(), raw) if raw is not None else None
    number = None if raw in (None, "") else to_decimal(raw, f"{where}.value")
    row = Partial(indicator, int(part), COC[coc], {attribute: number})
    if "comment" in item:
        row.given["comment"] = str(item.get("comment") or "")[:2000]
    return (str(unit), str(period)), row, attribute


def _group(data_values, defaults: dict) -> dict:
    """{(orgUnit, period): [rows]} with a dataElement's attributes merged into one row."""
    groups: dict[tuple, dict] = {}
    for i, item in enumerate(data_values):
        key, row, _attribute = _parse_item(item, defaults, i)
        rows = groups.setdefault(key, {})
        found = rows.setdefault((row.indicator, row.part, row.sex), row)
        if found is not row:
            found.given.update(row.given)
    return {key: list(rows.values()) for key, rows in groups.items()}


def dhis2_import(*, user, plan_id, payload: dict, dry_run: bool = False) -> dict:
    """POST dataValueSets: all or nothing; answers a DHIS2-like importSummary."""
    if not isinstance(payload, dict) or not isinstance(payload.get("dataValues"), list):
        raise ValidationError(_("The body needs a dataValues list."), field="dataValues")
    plan_id = plan_id or payload.get("dataSet")
    if not plan_id:
        raise ValidationError(_("Name the plan: ?plan=ID or dataSet."), field="plan")
    groups = _group(payload["dataValues"], payload)
    counts = {"imported": 0, "updated": 0, "ignored": 0, "deleted": 0}
    conflicts, warnings = [], []
    with transaction.atomic():
        for (unit_code, period_code), rows in groups.items():
            plan, unit, period = resolve_target(
                user=user, plan_id=plan_id, unit_code=unit_code, period_code=period_code
            )
            outcome = save_partials(
                user=user,
                plan=plan,
                unit=unit,
                period=period,
                agency_id=payload.get("agency"),
                partials=rows,
                dry_run=dry_run,
            )
            for name in counts:
                counts[name] += getattr(outcome.summary, name)
            conflicts += [_conflict(_obj(c), c["message"]) for c in outcome.conflicts]
            warnings += [_conflict(_obj(w), w["message"]) for w in outcome.summary.warnings]
        if dry_run or conflicts:
            transaction.set_rollback(True)
    if conflicts:
        total = sum(len(rows) for rows in groups.values())
        counts = {"imported": 0, "updated": 0, "ignored": total, "deleted": 0}
    status = "ERROR" if conflicts else ("WARNING" if warnings else "SUCCESS")
    return {
        "responseType": "ImportSummary",
        "status": status,
        "importCount": counts,
        "conflicts": conflicts,
        "warnings": warnings,
        "dryRun": dry_run,
    }


def _obj(item: dict) -> str:
    sex = item.get("sex") or "total"
    return f"{item['indicator']}.{item['part']}/{sex}"
