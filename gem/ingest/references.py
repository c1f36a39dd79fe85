"""References to indicators inside a sentence.

Understood: "Chỉ tiêu 1, 2 (Mục tiêu 2)", "chỉ tiêu 3, 4 của mục tiêu 3", "Chỉ tiêu 2 (số liệu
về bạo lực gia đình) của mục tiêu 3", "Chỉ tiêu 1, Chỉ tiêu 2 (Mục tiêu 6)", "(các) chỉ tiêu
thuộc/của Mục tiêu 4", "04 chỉ tiêu của mục tiêu 4", "Mục tiêu 1, 3, 4,5,6", "chỉ tiêu 1.2".
"""

import re
from dataclasses import dataclass, field

# "1, 2", "1.2 và 1.3", "(1), (2)" (a ministry's bracketed numbers)
_NUM = r"(?:\d{1,2}(?:\.\d{1,2})?|\(\d{1,2}\))"
# a note may stand between two numbers: "3.2 (số liệu về bạo lực trên cơ sở giới) và 6.1"
_NUMS = rf"{_NUM}(?:\s*(?:\([^()]{{1,80}}\))?\s*(?:,|và|&)\s*(?:số\s+)?{_NUM})*"
ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
             "bảy": 7, "tám": 8, "chín": 9, "mười": 10}  # fmt: skip
_ORD = "(?:" + "|".join(ORDINALS) + r")\b"
_TOKEN = re.compile(
    rf"(?P<all>(?:(?P<count>\d{{1,2}})\s+)?(?:(?:các|những|toàn bộ|tất cả)\s+)*chỉ tiêu\s+"
    rf"(?:thuộc|của|trong|tại)\s+(?:các\s+)?mục tiêu\s+(?P<all_objs>{_NUMS}))"
    rf"|(?P<pt>điểm\s+(?P<letters>[a-zđ](?:\s*(?:,|và)\s*(?:điểm\s+)?[a-zđ])*)\s*,?\s*"
    rf"(?:(?:của|thuộc)\s+)?"
    rf"mục tiêu\s+(?P<pt_obj>\d{{1,2}}))"
    rf"|(?P<cv>chỉ tiêu\s+về\s+(?P<cv_text>[^();.]{{3,120}}))"
    rf"|(?P<ct>chỉ tiêu\s*:?\s+(?:số\s+)?(?P<ct_nums>{_NUMS}))"
    rf"|(?P<co>(?:các\s+)?chỉ tiêu\s+"
    rf"(?P<co_words>thứ\s+{_ORD}(?:\s*(?:,|và)\s*(?:thứ\s+)?{_ORD})*))"
    rf"|(?P<cl>chỉ tiêu\s+(?P<cl_letters>[a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\)?(?!\w))"
    rf"|(?P<mt>mục tiêu\s+(?:số\s+)?(?P<mt_nums>{_NUMS}))",
    re.IGNORECASE,
)
_EXCEPT = re.compile(r"(?:\btrừ|không bao gồm|không kể)\s*(?:các\s+)?$", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^()]{1,160})\)")
_MT_IN_NOTE = re.compile(rf"[,;]?\s*(?:của\s+|thuộc\s+)?mục tiêu\s+{_NUMS}\s*[,;]?", re.I)


LETTERS = "abcdđeghiklmn"


@dataclass
class Reference:
    start: int
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def numbers(text: str) -> list[str]:
    return re.findall(r"\d{1,2}(?:\.\d{1,2})?", text)


def find_references(sentence: str, objectives: dict[str, list[str]]) -> list[Reference]:
    """objectives maps an objective code to its indicator codes, in order."""
    refs: list[Reference] = []
    pending: list[tuple[str, str, int]] = []  # (indicator number, note, token start)
    whole: list[str] = []  # the objectives of the last "Mục tiêu N" taken whole
    last_end, last_kind = -1, None
    skip_to = -1  # the "(Mục tiêu 3)" naming the objective of a reference by content
    for m in _TOKEN.finditer(sentence):
        if m.start() < skip_to:
            continue
        if m.group("co"):  # "chỉ tiêu thứ hai của Mục tiêu 3": by position
            for n in _ordinal_numbers(m.group("co_words")):
                pending.append((n, "", m.start()))
            whole = []
            continue
        if m.group("cv"):  # "chỉ tiêu về nạn nhân bị mua bán trở về (Mục tiêu 3)"
            if after := _OBJECTIVE_AFTER.match(sentence, m.end()):
                skip_to = after.end()
            code = _by_content(m, sentence, whole, objectives)
            if code and whole and _EXCEPT.search(sentence, 0, m.start()):
                refs[-1].codes = [c for c in refs[-1].codes if c != code]
            elif code:
                refs.append(Reference(m.start(), [code]))
                whole = []
            continue
        if m.group("ct") and whole and _EXCEPT.search(sentence, 0, m.start()):
            # "Mục tiêu 2 (trừ chỉ tiêu 3)": leave those indicators out of the objective
            drop = {f"{o}.{n}" for o in whole for n in numbers(m.group("ct_nums"))}
            refs[-1].codes = [c for c in refs[-1].codes if c not in drop]
            continue
        if m.group("ct") and whole and _inside_parentheses(sentence, m.start()):
            continue  # "các chỉ tiêu của Mục tiêu 3 (...; riêng chỉ tiêu 2 theo dõi ...)"
        if (
            (m.group("ct") or m.group("cl"))
            and len(whole) == 1
            and last_end >= 0
            and last_kind == "mt"
            and re.fullmatch(r"\s*[,:\-–]?\s*", sentence[last_end : m.start()])
            and not _OBJECTIVE_AFTER.match(sentence, m.end())
        ):  # "Mục tiêu 2, chỉ tiêu a)", "Mục tiêu 2 - chỉ tiêu 1": that indicator of it
            refs[-1].codes = _narrow(whole[0], m, objectives)
            whole, last_end = [], m.end()
            continue
        last_end, last_kind = m.end(), m.lastgroup
        if m.group("cl"):
            continue  # a lettered indicator with no objective before it
        whole = []
        if m.group("pt"):  # "chỉ tiêu tại điểm a, b Mục tiêu 3": the items lettered a), b)
            obj = m.group("pt_obj")
            letters = re.findall(r"(?<![a-zđ])[a-zđ](?![a-zđ])", m.group("letters"))
            codes = [f"{obj}.{LETTERS.index(x) + 1}" for x in letters]
            refs.append(Reference(m.start(), [c for c in codes if _known(c, objectives)]))
        elif m.group("all"):
            ref = Reference(m.start())
            for obj in numbers(m.group("all_objs")):
                ref.codes.extend(objectives.get(obj, []))
            refs.append(ref)
            whole = numbers(m.group("all_objs"))
        elif m.group("ct"):
            note = _note_after(sentence, m.end())
            for n in numbers(m.group("ct_nums")):
                if "." in n:
                    refs.append(Reference(m.start(), [n] if _known(n, objectives) else []))
                else:
                    pending.append((n, note, m.start()))
        elif pending:
            obj = numbers(m.group("mt_nums"))[0]
            refs.append(_resolve(pending, obj, objectives))
            pending = []
        else:
            ref = Reference(m.start())
            for obj in numbers(m.group("mt_nums")):
                ref.codes.extend(objectives.get(obj, []))
            refs.append(ref)
            whole = numbers(m.group("mt_nums"))
    if pending and (numbered := _global_numbers(objectives)):
        # "chỉ tiêu 3, 4" with no objective, in a plan that numbers indicators across objectives
        for n, _note, start in pending:
            if n in numbered:
                refs.append(Reference(start, [numbered[n]]))
    return sorted((r for r in refs if r.codes), key=lambda r: r.start)


def _global_numbers(objectives: dict[str, list[str]]) -> dict[str, str]:
    """Indicator number -> code when the plan numbers its indicators across objectives
    (Mục tiêu 2 goes on with "Chỉ tiêu 3"): every number is then one indicator's."""
    codes = [c for cs in objectives.values() for c in cs]
    by_number = {c.rsplit(".", 1)[-1]: c for c in codes}
    restarts = sum(1 for cs in objectives.values() if cs and cs[0].endswith(".1"))
    if len(by_number) != len(codes) or restarts > 1 or len(objectives) < 2:
        return {}
    return by_number


class Index(dict):
    """Objective code -> its indicator codes, with each indicator's text (`texts`) for
    references by content ("chỉ tiêu về tỷ số giới tính khi sinh")."""

    def __init__(self, codes: dict[str, list[str]], texts: dict[str, str]):
        super().__init__(codes)
        self.texts = texts


_WORD = re.compile(r"\w+")
_OBJECTIVE_AFTER = re.compile(r"\s*\(?\s*(?:của|thuộc|tại|ở)?\s*mục tiêu\s+(\d{1,2})", re.I)
_CONTENT_STOP = re.compile(r"\s+(?:do|của|thuộc|tại|ở|trong|mục tiêu)\b.*$", re.I)


def _by_content(m: re.Match, sentence: str, whole: list[str], objectives) -> str | None:
    """The indicator whose text holds the words after "chỉ tiêu về" (of the objective named
    after it, or taken whole before it, else of any objective), when one matches best."""
    texts = getattr(objectives, "texts", {})
    after = _OBJECTIVE_AFTER.match(sentence, m.end())
    scope = [after.group(1)] if after else whole or list(objectives)
    words = set(_WORD.findall(_CONTENT_STOP.sub("", m.group("cv_text")).casefold()))
    words = {w for w in words if len(w) > 1}
    if len(words) < 2:
        return None
    scored = []
    for obj in scope:
        for code in objectives.get(obj, []):
            have = set(_WORD.findall(texts.get(code, "").casefold()))
            scored.append((len(words & have) / len(words), code))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < 0.6 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _ordinal_numbers(words: str) -> list[str]:
    return [str(ORDINALS[w]) for w in re.findall(r"\w+", words.lower()) if w in ORDINALS]


def _narrow(obj: str, m: re.Match, objectives) -> list[str]:
    if m.group("cl"):
        found = re.findall(r"[a-zđ]", m.group("cl_letters"))
        codes = [f"{obj}.{LETTERS.index(x) + 1}" for x in found if x in LETTERS]
    else:
        codes = [n if "." in n else f"{obj}.{n}" for n in numbers(m.group("ct_nums"))]
    return [c for c in codes if _known(c, objectives)]


def _inside_parentheses(sentence: str, pos: int) -> bool:
    return sentence.count("(", 0, pos) > sentence.count(")", 0, pos)


def _resolve(pending, obj: str, objectives) -> Reference:
    ref = Reference(pending[0][2])
    for n, note, _start in pending:
        code = f"{obj}.{n}"
        if _known(code, objectives) and code not in ref.codes:
            ref.codes.append(code)
            if note:
                ref.notes.append(f"{code}: {note}")
    return ref


def _known(code: str, objectives) -> bool:
    return code in objectives.get(code.split(".")[0], [])


def _note_after(sentence: str, pos: int) -> str:
    m = _PAREN.match(sentence, pos)
    if not m:
        return ""
    return _MT_IN_NOTE.sub("", m.group(1)).strip(" ,;")
