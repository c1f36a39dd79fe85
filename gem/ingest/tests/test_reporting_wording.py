"""Reporting-duty wordings of real commune plans, read through the whole extractor."""

from gem.ingest.extract import extract_document

PLAN = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
KẾ HOẠCH
Thực hiện công tác bình đẳng giới trên địa bàn xã Hòa Bình năm 2026
I. MỤC TIÊU
Mục tiêu 1: Lĩnh vực chính trị
Chỉ tiêu: 30% cán bộ, công chức xã là nữ.
II. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội: chủ trì theo dõi Mục tiêu 1.
2. Các ban, ngành, đoàn thể xã gửi báo cáo 6 tháng chậm nhất vào ngày 05/6/2026 và báo cáo \
năm chậm nhất vào ngày 05/11/2026 về UBND xã (qua công chức Văn hóa - Xã hội).
3. Công chức Văn hóa - Xã hội tham mưu UBND xã báo cáo Sở Nội vụ: báo cáo 6 tháng trước ngày \
10/6/2026; báo cáo năm trước ngày 10/11/2026.
4. Văn phòng UBND xã tổng hợp, báo cáo Sở Nội vụ chậm nhất ngày 12/6 đối với báo cáo 6 tháng \
và chậm nhất ngày 05/12 đối với báo cáo năm.
5. Báo cáo đột xuất theo yêu cầu.
"""


def test_chậm_nhất_vào_ngày_is_a_deadline_and_a_commune_officer_consolidates():
    plan = extract_document(PLAN.encode(), "ke-hoach.txt").plan
    assert plan["reporting"] == [
        {"kind": "semiannual", "by": "units", "due": "06-05"},
        {"kind": "annual", "by": "units", "due": "11-05"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-10"},
        {"kind": "annual", "by": "consolidator", "due": "11-10"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-12"},
        {"kind": "annual", "by": "consolidator", "due": "12-05"},
    ]
