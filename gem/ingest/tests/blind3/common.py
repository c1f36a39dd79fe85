"""Helpers to write a blind plan once: its blocks and its hand-checked gem.plan/1 expectation."""

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

PURPOSE = [
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Mục đích",
    "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả chủ trương của Đảng, chính sách, "
    "pháp luật của Nhà nước về bình đẳng giới; nâng cao nhận thức, trách nhiệm của các cấp, "
    "các ngành và toàn xã hội, góp phần thu hẹp khoảng cách giới.",
    "2. Yêu cầu",
    "Các cơ quan, đơn vị, địa phương xác định cụ thể nhiệm vụ, giải pháp, lộ trình thực hiện; "
    "bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cấp, các ngành trong triển khai thực hiện.",
]

TASKS = [
    "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bình "
    "đẳng giới; kiện toàn Ban Vì sự tiến bộ của phụ nữ, bố trí 01 công chức phụ trách công "
    "tác bình đẳng giới tại mỗi cơ quan, đơn vị.",
    "2. Đẩy mạnh truyền thông, giáo dục về bình đẳng giới; tổ chức Tháng hành động vì bình đẳng "
    "giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12 "
    "hằng năm; mỗi năm tổ chức ít nhất 02 lớp tập huấn cho đội ngũ cán bộ làm công tác bình "
    "đẳng giới.",
    "3. Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương "
    "trình, kế hoạch phát triển kinh tế - xã hội; thu thập, cập nhật số liệu thống kê có tách "
    "biệt giới phục vụ xây dựng cơ sở dữ liệu thống kê về giới.",
    "4. Huy động các nguồn lực thực hiện Kế hoạch; kinh phí thực hiện từ nguồn ngân sách nhà "
    "nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.",
]


def t(value, unit="%", cmp=">=", year=2030, base=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": cmp,
        "year": year,
        "baseline": base,
        "label": label,
    }


def plan(meta: dict, objectives, assignments, reporting) -> dict:
    objs = []
    for code, title, inds in objectives:
        objs.append(
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": icode, "text": text, "targets": targets}
                    for icode, text, targets in inds
                ],
            }
        )
    return {
        "format": "gem.plan/1",
        **meta,
        "objectives": objs,
        "assignments": [{"agency": a, "role": r, "indicators": list(i)} for a, r, i in assignments],
        "reporting": [{"kind": k, "by": b, "due": d} for k, b, d in reporting],
    }


def meta(title, issuer, area, start, end, bases, parent=None, level="province") -> dict:
    return {
        "title": title,
        "issuer": issuer,
        "level": level,
        "area": area,
        "period": {"start": start, "end": end},
        "legal_bases": bases,
        "parent": parent,
    }


def codes(objective: str, n: int) -> list[str]:
    return [f"{objective}.{i}" for i in range(1, n + 1)]
