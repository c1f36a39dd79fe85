"""The structural extractor: normalised text -> gem.plan/1 dict, evidence and review notes."""

import re
from dataclasses import dataclass, field

from gem.ingest import agency_tables, assignments, citations, fallbacks, meta, reporting
from gem.ingest.document import Document
from gem.ingest.errors import fail
from gem.ingest.labels import LEXICON
from gem.ingest.objectives import find_objectives, indicator_code, loose_indicators
from gem.ingest.quantities import find_quantities
from gem.ingest.references import Index
from gem.ingest.targets import parse_targets


@dataclass
class Result:
    plan: dict
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    optional: dict[str, str] = field(default_factory=dict)


def build_plan(text: str) -> Result:
    doc = Document(text)
    title, title_end = meta.find_title(doc)
    raw_objectives = find_objectives(doc)
    if not _looks_like_plan(doc, title, raw_objectives):
        raise fail("not_a_plan")
    issuer, level, area = meta.find_issuer(doc, title)
    period = meta.find_period(title, doc)
    cited = citations.find_citations(citations.preamble(doc, title_end))
    plan = {
        "format": "gem.plan/1",
        "title": title,
        "issuer": issuer,
        "level": level,
        "area": area,
        "period": period,
        "legal_bases": citations.legal_bases(cited),
        "parent": citations.find_parent(cited),
    }
    result = Result(plan)
    for key, value in (("title", title), ("issuer", issuer), ("period", period)):
        if not value:
            result.warnings.append((key, "not found in the document"))
    inline: list[assignments.Found] = []
    plan["objectives"] = _objectives(raw_objectives, period, result, inline)
    index = Index(
        {o["code"]: [i["code"] for i in o["indicators"]] for o in plan["objectives"]},
        {i["code"]: i["text"] for o in plan["objectives"] for i in o["indicators"]},
    )
    plan["assignments"] = _assignments(doc, index, result, inline)
    plan["reporting"] = _reporting(doc, period, result)
    return result


def _looks_like_plan(doc: Document, title, raw_objectives) -> bool:
    if raw_objectives and any(o.indicators or o.bullets for o in raw_objectives):
        return True
    has_sections = doc.find_heading(re.compile(r"NHIỆM VỤ|TỔ CHỨC THỰC HIỆN|MỤC TIÊU", re.I))
    return meta.title_index(doc) is not None and has_sections is not None


def _objectives(raw_objectives, period, result: Result, inline: list) -> list[dict]:
    start_year, end_year = (period["start"], period["end"]) if period else (None, None)
    out = []
    for i, raw in enumerate(raw_objectives):
        items = raw.indicators or raw.bullets
        loose = [] if raw.indicators else loose_indicators(raw, _has_target)
        fallback = len(loose) > len(items)
        items = loose if fallback else items
        indicators = []
        for j, item in enumerate(items):
            path = f"objectives[{i}].indicators[{j}]"
            text, agencies = assignments.inline_agencies(item.text)
            targets, notes = parse_targets(text, end_year, start_year)
            code = indicator_code(raw, item, j + 1)
            indicators.append({"code": code, "text": text, "targets": targets})
            inline.extend(
                assignments.Found(name, role, [code], [], item.start, item.end)
                for name, role, _only in agencies
            )
            result.evidence[path] = (item.start, item.end)
            for k in range(len(targets)):
                result.evidence[f"{path}.targets[{k}]"] = (item.start, item.end)
            result.warnings.extend((path, note) for note in notes)
            for k, target in enumerate(targets):
                if target["label"] and target["label"] not in LEXICON:
                    result.warnings.append((f"{path}.targets[{k}]", "part label guessed"))
            if fallback:
                result.warnings.append(
                    (
                        path,
                        "low confidence: no indicator marker, read an enumerated item with "
                        "a target as an indicator (coded by order)",
                    )
                )
            elif not raw.indicators:
                result.warnings.append((path, "indicator without a 'Chỉ tiêu' number"))
        if indicators:
            out.append({"code": raw.code, "title": raw.title, "indicators": indicators})
            if raw.by_field:
                result.warnings.append(
                    (
                        f"objectives[{len(out) - 1}]",
                        "low confidence: no 'Mục tiêu' number, the objective is coded by its order",
                    ),
                )
    return out


def _has_target(text: str) -> bool:
    return bool(find_quantities(text))


def _assignments(doc: Document, index: dict[str, list[str]], result: Result, inline) -> list[dict]:
    consumed = {
        span[0] for path, span in result.evidence.items() if path.endswith("]") and "]." in path
    }  # the paragraphs read as indicators ("objectives[i].indicators[j]")
    found = inline + assignments.find_assignments(doc, index)
    found += assignments.annex_assignments(doc, index, consumed)
    found += agency_tables.agency_rows(doc, index)
    low = not found
    if low:  # no recognised assignment section: read the triples anywhere in the plan
        found = fallbacks.scan_assignments(doc, index, consumed)
    merged, spans, notes = assignments.merge(found)
    if low:
        result.warnings.extend(
            (f"assignments[{i}]", "low confidence: read outside a recognised assignment section")
            for i in range(len(merged))
        )
    for i, (span, note) in enumerate(zip(spans, notes, strict=True)):
        result.evidence[f"assignments[{i}]"] = span
        if note:
            result.optional[f"assignments[{i}].note"] = note
    return merged


def _reporting(doc: Document, period, result: Result) -> list[dict]:
    annual = bool(period) and period["start"] == period["end"]
    duties = reporting.find_duties(doc, 0, annual)
    low: set[int] = set()
    table, rows = fallbacks.table_duties(doc)
    if table:  # a reporting table: its rows, not the sentence reader's reading of them
        duties = [d for d in duties if not any(d.start <= r <= d.end for r in rows)]
        duties = reporting._dedupe(table + duties)
        low = {id(d) for d in table}
    if not duties:  # nothing recognised: any dated sentence with a report word
        duties = reporting._dedupe(fallbacks.scan_duties(doc, fallbacks.consolidator_of(doc)))
        low = {id(d) for d in duties}
    duties.sort(key=lambda d: d.start)
    out = []
    for i, d in enumerate(duties):
        out.append({"kind": d.kind, "by": d.by, "due": d.due})
        if id(d) in low:
            result.warnings.append((f"reporting[{i}]", "low confidence: " + _WHY[d in table]))
        result.evidence[f"reporting[{i}]"] = (d.start, d.end)
        recipient = reporting.recipient(doc.text[d.start : d.end])
        if recipient:
            result.optional[f"reporting[{i}].to"] = recipient
    return out


_WHY = {
    True: "read from a reporting table row",
    False: "no reporting section recognised, read from a dated sentence",
}
