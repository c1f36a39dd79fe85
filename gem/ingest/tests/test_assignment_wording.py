"""Assignment wordings of real provincial plans, read through the whole extractor."""

from gem.ingest.extract import extract_document

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
KẾ HOẠCH
Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Bến Tre giai đoạn 2021 - 2030
II. MỤC TIÊU
Mục tiêu 1: Trong lĩnh vực chính trị.
- Chỉ tiêu 1: Đạt 60% vào năm 2025 và 75% vào năm 2030 cơ quan có lãnh đạo chủ chốt là nữ.
Mục tiêu 2: Trong lĩnh vực kinh tế, lao động.
- Chỉ tiêu 1: Tỷ lệ lao động nữ làm công hưởng lương đạt 50%.
- Chỉ tiêu 2: Tỷ lệ nữ giám đốc doanh nghiệp đạt 27%.
Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông.
- Chỉ tiêu 1: Đài có chuyên mục về bình đẳng giới đạt 100%.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: chủ trì theo dõi Mục tiêu 1; phối hợp thực hiện chỉ tiêu 2 Mục tiêu 2.
2. Sở Kế hoạch và Đầu tư, Cục Thống kê tỉnh: phối hợp theo dõi chỉ tiêu 2 của Mục tiêu 2.
3. Văn phòng HĐND và UBND tỉnh: chủ trì chỉ tiêu 1 Mục tiêu 2.
4. Sở Thông tin và Truyền thông: chủ trì chỉ tiêu 1 Mục tiêu 6; Đài Phát thanh và Truyền hình \
tỉnh phối hợp thực hiện.
"""


def _pairs():
    plan = extract_document(PLAN.encode(), "ke-hoach.txt").plan
    return {(a["agency"], code, a["role"]) for a in plan["assignments"] for code in a["indicators"]}


def test_two_agencies_in_one_heading_each_get_the_indicators():
    pairs = _pairs()
    assert ("Sở Kế hoạch và Đầu tư", "2.2", "support") in pairs
    assert ("Cục Thống kê tỉnh", "2.2", "support") in pairs


def test_one_office_named_with_va_is_not_split():
    assert ("Văn phòng HĐND và UBND tỉnh", "2.1", "lead") in _pairs()


def test_a_clause_with_its_own_agency_and_no_reference_takes_the_clause_before_it():
    pairs = _pairs()
    assert ("Sở Thông tin và Truyền thông", "6.1", "lead") in pairs
    assert ("Đài Phát thanh và Truyền hình tỉnh", "6.1", "support") in pairs
    assert ("Sở Nội vụ", "2.2", "support") in pairs and ("Sở Nội vụ", "1.1", "lead") in pairs


GLOBAL = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
KẾ HOẠCH
Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh An Giang giai đoạn 2026 - 2030
II. MỤC TIÊU
1. Mục tiêu 1: Lĩnh vực chính trị
Chỉ tiêu 1: Đạt 75% cơ quan có lãnh đạo chủ chốt là nữ vào năm 2030.
Chỉ tiêu 2: Tỷ lệ nữ đại biểu Hội đồng nhân dân đạt trên 35%.
2. Mục tiêu 2: Lĩnh vực kinh tế
Chỉ tiêu 3: Tỷ lệ lao động nữ làm công hưởng lương đạt 60%.
Chỉ tiêu 4: Tỷ lệ nữ giám đốc doanh nghiệp đạt ít nhất 30%.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: chủ trì theo dõi chỉ tiêu 1, chỉ tiêu 2, chỉ tiêu 3; phối hợp theo dõi chỉ tiêu 4.
2. Sở Tài chính: chủ trì chỉ tiêu 4.
"""


def test_indicators_numbered_across_objectives_are_found_by_their_number_alone():
    plan = extract_document(GLOBAL.encode(), "ke-hoach.txt").plan
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert pairs == {
        ("Sở Nội vụ", "1.1", "lead"),
        ("Sở Nội vụ", "1.2", "lead"),
        ("Sở Nội vụ", "2.3", "lead"),
        ("Sở Nội vụ", "2.4", "support"),
        ("Sở Tài chính", "2.4", "lead"),
    }


WARD = """UBND PHƯỜNG TÂN AN
KẾ HOẠCH
Thực hiện công tác bình đẳng giới trên địa bàn phường Tân An năm 2026
II/ MỤC TIÊU
a/ Mục tiêu 1: Trong lĩnh vực chính trị
- Chỉ tiêu 1. Đạt 60% phòng, đơn vị có lãnh đạo chủ chốt là nữ.
b/ Mục tiêu 2: Trong lĩnh vực kinh tế
Chỉ tiêu: Tỷ lệ lao động nữ được đào tạo nghề đạt 50%.
III/ TỔ CHỨC THỰC HIỆN
1/ Văn phòng HĐND và UBND: chủ trì theo dõi Chỉ tiêu 1 (Mục tiêu 1).
2/ Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội
- Hội Liên hiệp Phụ nữ phường: phối hợp thực hiện chỉ tiêu thuộc Mục tiêu 2; giới thiệu cán bộ.
- Đoàn Thanh niên phường: phối hợp với Phòng Kinh tế thực hiện Chỉ tiêu 1 (Mục tiêu 1).
| TT | Nội dung hoạt động | Kinh phí (đồng) | Đơn vị chủ trì |
| 1 | Hội nghị tập huấn | 5.000.000 | Phòng Văn hóa - Xã hội |
"""


def test_slash_markers_and_dash_items_that_name_their_own_agency():
    plan = extract_document(WARD.encode(), "ke-hoach.md").plan
    assert [i["code"] for o in plan["objectives"] for i in o["indicators"]] == ["1.1", "2.1"]
    pairs = {(a["agency"], c, a["role"]) for a in plan["assignments"] for c in a["indicators"]}
    assert pairs == {
        ("Văn phòng HĐND và UBND", "1.1", "lead"),
        ("Hội Liên hiệp Phụ nữ phường", "2.1", "support"),
        ("Đoàn Thanh niên phường", "1.1", "support"),
    }  # the budget table's "Đơn vị chủ trì" column names no indicator
