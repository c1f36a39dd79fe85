"""Part labels: which part of an indicator each target applies to.

An indicator with several targets either follows one quantity over several years ("60% vào
năm 2025 và 75% vào năm 2030": one part, label None) or splits into parts ("đạt 90% người bị
bạo lực ...; 90% người gây bạo lực ...", "tiểu học đạt 99%, trung học cơ sở đạt 95%", "nữ đạt
40%, nam đạt 45%"). A target's label is the distinguishing noun phrase next to its number:
the words of its stretch of the sentence that the other targets' stretches do not share.

Each target owns the words between the previous target (or the clause break after it)
and its number, and the words after its number up to the next clause break. In the words
before the number the phrase nearest the number is taken, else the first one after it; a
phrase is a run of words between punctuation and function words, cut to its distinguishing
words (plus up to two words completing them: "thạc" + "sĩ", "bị" + "bạo lực"). Known parts
(LEXICON) that tell the targets apart are preferred, and give the canonical spelling of a
generic phrase that overlaps one.
"""

import re

from gem.ingest.quantities import Quantity

# Canonical spellings of common parts; a generic phrase overlapping one is written like it.
LEXICON = [
    "người bị bạo lực", "người gây bạo lực", "nạn nhân bị mua bán", "người bị mua bán",
    "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông", "giáo dục nghề nghiệp",
    "cao đẳng", "đại học", "thạc sĩ", "tiến sĩ",
    "đại biểu Quốc hội", "Hội đồng nhân dân cấp tỉnh", "Hội đồng nhân dân cấp xã",
    "cấp tỉnh", "cấp xã", "cấp huyện", "cấp cơ sở",
    "nông thôn", "thành thị", "khu vực nông nghiệp",
    "cơ quan quản lý nhà nước", "chính quyền địa phương", "doanh nghiệp", "hợp tác xã",
]  # fmt: skip
_PHRASES = re.compile(
    "|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(LEXICON, key=len, reverse=True)),
    re.IGNORECASE,
)
_CANONICAL = {p.lower(): p for p in LEXICON}
# Words that join or frame phrases rather than name a part.
_FUNCTION = {
    "trong", "của", "có", "được", "là", "ở", "và", "với", "cho", "tại", "so", "từ", "khi",
    "các", "những", "về", "thuộc", "theo", "vào", "đến", "tới", "đạt", "trên", "dưới", "năm",
    "không", "ít", "nhất", "tối", "thiểu", "đa", "quá", "khoảng", "mức", "phấn", "đấu", "bảo",
    "đảm", "duy", "trì", "giảm", "tăng", "lên", "xuống", "còn", "trở", "hơn", "xấp", "xỉ",
    "tỷ", "lệ", "trọng", "suất", "tổng", "số", "cuối", "hoặc", "riêng", "đối", "mỗi", "hằng",
    "hàng",
}  # fmt: skip
_BREAK = re.compile(r"[;:.,]\s|[;:]|\n")
_STRONG = re.compile(r"[;:.]\s|[;:]|\n")
_WORD = re.compile(r"[^\W\d_]+")
_LIST_HEAD = re.compile(r"[:;]")
_MAX_LEN = 6  # words


def assign_labels(text: str, qs: list[Quantity]) -> list[str | None]:
    if len(qs) < 2:
        return [None] * len(qs)
    stretches = [_stretches(text, qs, i) for i in range(len(qs))]
    words = [{w.lower() for part in s for w in _words(text, *part)} for s in stretches]
    spans = [" ".join(text[lo:hi].lower() for lo, hi in s) for s in stretches]
    labels: list[str | None] = []
    for i, q in enumerate(qs):
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        other_text = " ".join(t for j, t in enumerate(spans) if j != i)
        label = _label(text, stretches[i], others, other_text)
        if (
            label is None
            and i
            and (
                not _BREAK.search(text, qs[i - 1].end, q.start)
                or _names_nothing(text, stretches[i])
            )
        ):
            # "tiểu học đạt 95% vào năm 2025 và 97% vào năm 2030", "...; đạt 90% vào năm 2030"
            label = labels[-1]
        labels.append(label)
    for i in range(len(qs) - 2, -1, -1):  # "Đạt 85% vào năm 2028 và 90% vào năm 2030 người bị
        if labels[i] is None and not _BREAK.search(text, qs[i].end, qs[i + 1].start):
            labels[i] = labels[i + 1]  # bạo lực ...": the part named after the last number
    if None in labels or len(set(labels)) < 2:
        return [None] * len(qs)  # one part followed over the years
    return labels


def _stretches(text: str, qs: list[Quantity], i: int) -> tuple[tuple[int, int], ...]:
    """(before, after): the spans of text target i owns on each side of its number."""
    q = qs[i]
    if i:
        # after the last full break (";", ". ", ":") between the two numbers, else the first
        # comma: "... tình dục vào năm 2028; 100% ...", "tiểu học đạt 96%, trung học ..."
        strong = list(_STRONG.finditer(text, qs[i - 1].end, q.start))
        weak = _BREAK.search(text, qs[i - 1].end, q.start)
        lo = strong[-1].end() if strong else weak.end() if weak else qs[i - 1].end
    else:  # after a heading that lists the parts: "Tỷ lệ nữ thạc sĩ, tiến sĩ: + ..."
        lo = max((m.end() for m in _LIST_HEAD.finditer(text, 0, q.start)), default=0)
    hi = qs[i + 1].start if i + 1 < len(qs) else len(text)
    stop = _BREAK.search(text, q.end, hi)
    return (lo, q.start), (q.end, stop.start() if stop else hi)


def _words(text: str, lo: int, hi: int) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text, lo, hi)]


def _names_nothing(text: str, stretches) -> bool:
    """A target whose stretch holds only direction and year words ("đạt ít nhất 90% vào năm
    2030") goes on with the part before it."""
    return all(w.lower() in _FUNCTION for lo, hi in stretches for w in _words(text, lo, hi))


def _label(text: str, stretches, others: set[str], other_text: str = "") -> str | None:
    (b_lo, b_hi), (a_lo, a_hi) = stretches
    for lo, hi, nearest_last in ((b_lo, b_hi, True), (a_lo, a_hi, False)):
        known = [
            m
            for m in _PHRASES.finditer(text, lo, hi)
            if _tells_apart(m, others) or m.group(0).lower() not in other_text
        ]
        if known:
            return _CANONICAL[known[-1 if nearest_last else 0].group(0).lower()]
    for lo, hi, nearest_last in ((b_lo, b_hi, True), (a_lo, a_hi, False)):
        phrases = _phrases(text, lo, hi)
        for phrase in reversed(phrases) if nearest_last else phrases:
            span = _distinct_span(phrase, others, trim_head=nearest_last)
            if span:
                return _canonical(text, span, lo, hi)
    return None


def _tells_apart(m: re.Match, others: set[str]) -> bool:
    return any(w.lower() not in others for w in _WORD.findall(m.group(0)))


def _phrases(text: str, lo: int, hi: int) -> list[list[re.Match]]:
    """Runs of content words between punctuation and function words."""
    out: list[list[re.Match]] = [[]]
    last_end = lo
    for m in _WORD.finditer(text, lo, hi):
        gap = text[last_end : m.start()]
        if m.group(0).lower() in _FUNCTION or (out[-1] and gap.strip(" ")):
            out.append([])
        if m.group(0).lower() not in _FUNCTION:
            out[-1].append(m)
        last_end = m.end()
    return [p for p in out if p]


def _distinct_span(phrase: list[re.Match], others: set[str], trim_head: bool):
    unique = [k for k, m in enumerate(phrase) if m.group(0).lower() not in others]
    if not unique:
        return None
    # the run of distinguishing words nearest the number
    first = last = unique[-1] if trim_head else unique[0]
    step = -1 if trim_head else 1
    while 0 <= first + step < len(phrase) and (first + step) in unique and trim_head:
        first += step
    while not trim_head and last + 1 in unique:
        last += 1
    start = first if trim_head else 0
    end = min(len(phrase) - 1, last + 2, start + _MAX_LEN - 1)
    return phrase[start].start(), phrase[end].end()


def _canonical(text: str, span: tuple[int, int], lo: int, hi: int) -> str:
    for m in _PHRASES.finditer(text, lo, hi):
        if m.start() < span[1] and span[0] < m.end():
            return _CANONICAL[m.group(0).lower()]
    return text[span[0] : span[1]]
