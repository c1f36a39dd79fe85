"""Objective layouts without a "Mục tiêu N" number, read through the whole extractor."""

from gem.ingest.extract import extract_document

FIELDS = """ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
KẾ HOẠCH
Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Bạc Liêu giai đoạn 2021 - 2025
II. MỤC TIÊU
1. Mục tiêu chung
Tiếp tục thu hẹp khoảng cách giới.
2. Mục tiêu cụ thể
2.1. Trong lĩnh vực chính trị
- Chỉ tiêu 1: Phấn đấu đến năm 2025 đạt 60% cơ quan có lãnh đạo chủ chốt là nữ.
- Chỉ tiêu 2: Tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp đạt từ 30% trở lên.
2.2. Trong lĩnh vực kinh tế, lao động:
- Chỉ tiêu 1: Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 50%.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành báo cáo về Sở Lao động - Thương binh và Xã hội trước ngày 15/11 hằng năm.
"""


def test_objectives_headed_by_their_field_are_coded_by_order_and_flagged():
    extraction = extract_document(FIELDS.encode(), "ke-hoach.txt")
    objectives = extraction.plan["objectives"]
    assert [(o["code"], o["title"]) for o in objectives] == [
        ("1", "Trong lĩnh vực chính trị"),
        ("2", "Trong lĩnh vực kinh tế, lao động"),
    ]
    codes = [(i["code"], i["targets"][0]["value"]) for o in objectives for i in o["indicators"]]
    assert codes == [("1.1", 60), ("1.2", 30), ("2.1", 50)]
    flagged = {path for path, message in extraction.warnings if "Mục tiêu" in message}
    assert flagged == {"objectives[0]", "objectives[1]"}
