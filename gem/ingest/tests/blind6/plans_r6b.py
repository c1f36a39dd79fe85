"""Blind plan documents r6b: three commune-level plans after the 2025 reform.

r6b-yen-phu-2026        commune (xã) annual plan 2026, PDF
r6b-dong-hai-2026-2030  ward (phường) 5-year plan, DOCX with indicator table
r6b-ly-son-2026         special zone (đặc khu) annual plan 2026, informal TXT
"""


def T(value, unit, comparator, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def I(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def O(code, title, *indicators):
    return {"code": code, "title": title, "indicators": list(indicators)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. Xã Yên Phú (Tuyên Quang), annual 2026, PDF
# ---------------------------------------------------------------------------

YP = {}
YP["1.1"] = (
    "Đạt từ 30% trở lên số thôn có lãnh đạo chủ chốt (Bí thư chi bộ hoặc Trưởng thôn) là nữ."
)
YP["1.2"] = "Tỷ lệ nữ trong tổng số cán bộ, công chức xã đạt ít nhất 35%."
YP["2.1"] = (
    "Tỷ lệ lao động nữ trong tổng số lao động được giải quyết việc làm mới trong năm đạt trên 45%."
)
YP["2.2"] = (
    "40% lao động nữ nông thôn trong độ tuổi lao động được đào tạo nghề hoặc tập huấn "
    "chuyển giao tiến bộ khoa học kỹ thuật."
)
YP["3.1"] = (
    "100% người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch vụ "
    "hỗ trợ cơ bản¹; 90% người gây bạo lực gia đình được phát hiện được tư vấn, góp ý, phê bình "
    "tại cộng đồng."
)
YP["3.2"] = (
    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu được hưởng các dịch vụ hỗ trợ "
    "và tái hòa nhập cộng đồng."
)
YP["3.3"] = "Số vụ bạo lực gia đình xảy ra trên địa bàn xã không quá 03 vụ trong năm."
YP["4.1"] = "Tỷ số giới tính khi sinh dưới 112 bé trai/100 bé gái sinh ra sống."
YP["4.2"] = "95% phụ nữ mang thai được khám thai ít nhất 04 lần trong thai kỳ."
YP["4.3"] = "Tỷ suất sinh ở vị thành niên giảm xuống dưới 18 ca sinh/1.000 phụ nữ."
YP["5.1"] = (
    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành chương trình giáo dục tiểu học "
    "đạt 99%."
)
YP["5.2"] = (
    "100% trường học trên địa bàn xã lồng ghép nội dung về giới, bình đẳng giới vào hoạt động "
    "giáo dục ngoài giờ lên lớp."
)
YP["6.1"] = (
    "Hệ thống truyền thanh xã mỗi quý có ít nhất 02 tin, bài về bình đẳng giới, phòng, chống "
    "bạo lực gia đình."
)
YP["6.2"] = (
    "Phấn đấu 70% người dân từ 16 tuổi trở lên được tiếp cận kiến thức cơ bản về bình đẳng giới."
)

YEN_PHU_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "XÃ YÊN PHÚ", "", "Số: 47/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Yên Phú, ngày 08 tháng 4 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Yên Phú năm 2026**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình "
    "đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 86/KH-UBND ngày 17/3/2026 của UBND tỉnh Tuyên Quang về thực hiện công tác bình "
    "đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn tỉnh;",
    "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân xã Yên Phú xây dựng Kế hoạch thực hiện công "
    "tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Mục đích",
    "- Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể xã, các "
    "thôn trong thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; từng bước thu hẹp khoảng cách "
    "giới, nâng cao vị thế của phụ nữ, nhất là phụ nữ dân tộc thiểu số trên địa bàn xã.",
    "- Cụ thể hóa các nhiệm vụ, chỉ tiêu tỉnh giao phù hợp với mô hình chính quyền địa phương hai cấp; phân "
    "công rõ trách nhiệm cho từng bộ phận, đơn vị và các thôn trong triển khai thực hiện.",
    "2. Yêu cầu",
    "- Các hoạt động phải thiết thực, hiệu quả, gắn với nhiệm vụ phát triển kinh tế - xã hội, xây dựng nông "
    "thôn mới và giảm nghèo bền vững của xã; lồng ghép với các chương trình mục tiêu quốc gia đang triển khai "
    "trên địa bàn.",
    "- Số liệu theo dõi, báo cáo phải đầy đủ, chính xác, có phân tách theo giới tính; các thôn, đơn vị phối "
    "hợp chặt chẽ, kịp thời, phấn đấu hoàn thành 100% nhiệm vụ được giao.",
    "**II. MỤC TIÊU, CHỈ TIÊU**",
    "1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình "
    "đẳng trong các lĩnh vực của đời sống xã hội; góp phần thực hiện thắng lợi các mục tiêu của Chiến lược "
    "quốc gia về bình đẳng giới giai đoạn 2021-2030 trên địa bàn xã.",
    "2. Mục tiêu, chỉ tiêu cụ thể năm 2026",
    "a) Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo",
    "- Chỉ tiêu 1: " + YP["1.1"],
    "- Chỉ tiêu 2: " + YP["1.2"],
    "b) Mục tiêu 2: Trong lĩnh vực kinh tế, lao động",
    "- Chỉ tiêu 1: " + YP["2.1"],
    "- Chỉ tiêu 2: " + YP["2.2"],
    "c) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "- Chỉ tiêu 1: " + YP["3.1"],
    "- Chỉ tiêu 2: " + YP["3.2"],
    "- Chỉ tiêu 3: " + YP["3.3"],
    (
        "footnote",
        "¹ Dịch vụ hỗ trợ cơ bản gồm: hỗ trợ y tế, tư vấn tâm lý, trợ giúp pháp lý, hỗ trợ nơi tạm "
        "lánh và hỗ trợ các nhu cầu thiết yếu khác cho người bị bạo lực.",
    ),
    "d) Mục tiêu 4: Trong lĩnh vực y tế",
    "- Chỉ tiêu 1: " + YP["4.1"],
    "- Chỉ tiêu 2: " + YP["4.2"],
    "- Chỉ tiêu 3: " + YP["4.3"],
    "đ) Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
    "- Chỉ tiêu 1: " + YP["5.1"],
    "- Chỉ tiêu 2: " + YP["5.2"],
    "e) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
    "- Chỉ tiêu 1: " + YP["6.1"],
    "- Chỉ tiêu 2: " + YP["6.2"],
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "1. Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, sự quản lý, điều hành của UBND xã đối với công tác bình "
    "đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác năm của xã và của từng thôn. Người đứng "
    "đầu các bộ phận, đơn vị chịu trách nhiệm về kết quả thực hiện các chỉ tiêu được phân công.",
    "2. Đẩy mạnh tuyên truyền, phổ biến pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình, phòng, "
    "chống mua bán người bằng nhiều hình thức phù hợp với đồng bào dân tộc thiểu số: qua hệ thống truyền "
    "thanh, các buổi họp thôn, sinh hoạt chi hội, tờ gấp song ngữ. Tổ chức các hoạt động hưởng ứng Ngày Quốc "
    "tế Phụ nữ (8/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt "
    "Nam (28/6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ "
    "ngày 15/11 đến ngày 15/12/2026).",
    '3. Củng cố, duy trì hoạt động của 05 Câu lạc bộ "Gia đình phát triển bền vững" và 08 địa chỉ tin cậy '
    "tại cộng đồng; kịp thời phát hiện, hỗ trợ người bị bạo lực; vận động xóa bỏ tảo hôn, hôn nhân cận huyết "
    "thống tại các thôn vùng cao.",
    "4. Hỗ trợ phụ nữ phát triển kinh tế: tạo điều kiện để phụ nữ tiếp cận vốn vay Ngân hàng Chính sách xã "
    "hội, tham gia tổ hợp tác, hợp tác xã sản xuất chè, quế và chăn nuôi; ưu tiên lao động nữ trong các lớp "
    "đào tạo nghề, tập huấn khuyến nông, chuyển đổi số cho hộ kinh doanh.",
    "5. Quan tâm công tác tạo nguồn, quy hoạch, bồi dưỡng cán bộ nữ ở xã và thôn; giới thiệu nữ đảng viên có "
    "năng lực tham gia bầu cử Trưởng thôn, Bí thư chi bộ.",
    "6. Tăng cường kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các thôn, trường học, cơ "
    "sở sản xuất kinh doanh; thực hiện thống kê, thu thập số liệu có phân tách theo giới tính phục vụ công tác "
    "báo cáo.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 (dự kiến 25.000.000 đồng), "
    "lồng ghép từ Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
    "tộc thiểu số và miền núi và các nguồn huy động hợp pháp khác theo quy định.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "1. Công chức Văn hóa - Xã hội",
    "- Là đầu mối tham mưu UBND xã tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các thôn, đơn vị thực "
    "hiện; tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở "
    "giới năm 2026.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 2; chỉ "
    "tiêu 1, chỉ tiêu 3 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 6.",
    "- Tổng hợp báo cáo của các thôn, đơn vị; tham mưu UBND xã báo cáo cấp trên theo quy định.",
    "2. Trạm Y tế xã",
    "- Tăng cường truyền thông về chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh, "
    "phòng, chống tảo hôn; quản lý thai nghén, khám thai định kỳ cho phụ nữ mang thai, nhất là tại các thôn "
    "xa trung tâm.",
    "- Chịu trách nhiệm theo dõi và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4 của Kế hoạch.",
    "3. Công an xã",
    "- Chủ động nắm tình hình, phát hiện, ngăn chặn và xử lý kịp thời các hành vi bạo lực gia đình, mua bán "
    "người; tiếp nhận, xác minh, bảo vệ nạn nhân theo quy định.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 của Mục tiêu 3; phối hợp cung cấp số liệu về các vụ bạo lực gia "
    "đình để theo dõi chỉ tiêu 3 của Mục tiêu 3.",
    "4. Trường Tiểu học Yên Phú",
    "- Lồng ghép nội dung giới, bình đẳng giới, kỹ năng phòng, chống xâm hại trẻ em vào các tiết sinh hoạt "
    "lớp, hoạt động trải nghiệm; vận động học sinh dân tộc thiểu số đi học đầy đủ, đúng độ tuổi.",
    "- Chủ trì, phối hợp với các trường Mầm non, Trung học cơ sở trên địa bàn theo dõi, tổng hợp và báo cáo "
    "các chỉ tiêu thuộc Mục tiêu 5.",
    "5. Hội Liên hiệp Phụ nữ xã",
    "- Tuyên truyền, vận động hội viên phụ nữ tham gia các hoạt động bình đẳng giới; phát huy vai trò của tổ "
    "hòa giải, địa chỉ tin cậy ở cộng đồng; giới thiệu nguồn cán bộ nữ cho cấp ủy, chính quyền.",
    "- Phối hợp với công chức Văn hóa - Xã hội theo dõi chỉ tiêu 2 của Mục tiêu 2 và chỉ tiêu 1 của Mục "
    "tiêu 3.",
    "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể",
    "Căn cứ chức năng, nhiệm vụ, lồng ghép nội dung bình đẳng giới trong các cuộc vận động, phong trào thi "
    "đua; tham gia giám sát việc thực hiện Kế hoạch tại cộng đồng.",
    "7. Các thôn",
    "Trưởng thôn phối hợp với Bí thư chi bộ, Chi hội trưởng Chi hội Phụ nữ tổ chức tuyên truyền tại các buổi "
    "họp thôn; theo dõi, nắm tình hình bạo lực gia đình, tảo hôn; tổng hợp số liệu của thôn gửi UBND xã.",
    "**VI. CHẾ ĐỘ BÁO CÁO**",
    "- Các thôn và các đơn vị được phân công tại Mục V gửi báo cáo kết quả thực hiện về UBND xã (qua công "
    "chức Văn hóa - Xã hội) để tổng hợp: báo cáo 6 tháng trước ngày 05/6/2026; báo cáo năm trước ngày "
    "05/12/2026.",
    "- Công chức Văn hóa - Xã hội tham mưu UBND xã tổng hợp, báo cáo Sở Nội vụ: báo cáo 6 tháng trước ngày "
    "10/6/2026; báo cáo năm trước ngày 10/12/2026.",
    "- Báo cáo đột xuất thực hiện khi có yêu cầu của cấp trên.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn "
    "xã Yên Phú. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các thôn, đơn vị phản ánh về UBND xã "
    "(qua công chức Văn hóa - Xã hội) để xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Sở Nội vụ tỉnh (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- UBMTTQ và các đoàn thể xã;",
            "- Các thôn;",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Lan"],
    ),
]

YEN_PHU = {
    "name": "r6b-yen-phu-2026",
    "ext": "pdf",
    "blocks": YEN_PHU_BLOCKS,
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Yên Phú năm 2026",
        "issuer": "UBND xã Yên Phú",
        "level": "commune",
        "area": "Yên Phú",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng "
            "giới giai đoạn 2021-2030",
            "Kế hoạch số 86/KH-UBND ngày 17/3/2026 của UBND tỉnh Tuyên Quang về thực hiện công tác bình đẳng "
            "giới và vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn tỉnh",
        ],
        "parent": "Kế hoạch số 86/KH-UBND ngày 17/3/2026 của UBND tỉnh Tuyên Quang",
        "objectives": [
            O(
                "1",
                "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo",
                I("1.1", YP["1.1"], T(30, "%", ">=", 2026)),
                I("1.2", YP["1.2"], T(35, "%", ">=", 2026)),
            ),
            O(
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                I("2.1", YP["2.1"], T(45, "%", ">", 2026)),
                I("2.2", YP["2.2"], T(40, "%", ">=", 2026)),
            ),
            O(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                I(
                    "3.1",
                    YP["3.1"],
                    T(100, "%", ">=", 2026, label="người bị bạo lực"),
                    T(90, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                I("3.2", YP["3.2"], T(100, "%", ">=", 2026)),
                I("3.3", YP["3.3"], T(3, "count", "<=", 2026)),
            ),
            O(
                "4",
                "Trong lĩnh vực y tế",
                I("4.1", YP["4.1"], T(112, "boys_per_100_girls", "<", 2026)),
                I("4.2", YP["4.2"], T(95, "%", ">=", 2026)),
                I("4.3", YP["4.3"], T(18, "per_1000_women", "<", 2026)),
            ),
            O(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                I("5.1", YP["5.1"], T(99, "%", ">=", 2026)),
                I("5.2", YP["5.2"], T(100, "%", ">=", 2026)),
            ),
            O(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                I("6.1", YP["6.1"], T(2, "items_per_quarter", ">=", 2026)),
                I("6.2", YP["6.2"], T(70, "%", ">=", 2026)),
            ),
        ],
        "assignments": [
            A(
                "Công chức Văn hóa - Xã hội",
                "lead",
                "1.1",
                "1.2",
                "2.1",
                "2.2",
                "3.1",
                "3.3",
                "6.1",
                "6.2",
            ),
            A("Trạm Y tế xã", "lead", "4.1", "4.2", "4.3"),
            A("Công an xã", "lead", "3.2"),
            A("Công an xã", "support", "3.3"),
            A("Trường Tiểu học Yên Phú", "lead", "5.1", "5.2"),
            A("Hội Liên hiệp Phụ nữ xã", "support", "2.2", "3.1"),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "12-05"),
            R("semiannual", "consolidator", "06-10"),
            R("annual", "consolidator", "12-10"),
        ],
    },
}


# ---------------------------------------------------------------------------
# 2. Phường Đông Hải (Khánh Hòa), 2026-2030, DOCX with an indicator table
# ---------------------------------------------------------------------------

DH_VP = "Văn phòng HĐND và UBND phường"
DH_KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
DH_VH = "Phòng Văn hóa - Xã hội"
DH_CA = "Công an phường"
DH_YT = "Trạm Y tế phường"
DH_TT = "Trung tâm Cung ứng dịch vụ công phường"

DH = {}
DH["1.1"] = "Tỷ lệ cơ quan, đơn vị thuộc UBND phường có lãnh đạo chủ chốt là nữ"
DH["1.2"] = "Tỷ lệ nữ đại biểu Hội đồng nhân dân phường nhiệm kỳ 2026-2031"
DH["2.1"] = "Tỷ lệ lao động nữ làm công hưởng lương trong tổng số lao động nữ có việc làm"
DH["2.2"] = "Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã, chủ hộ kinh doanh trên địa bàn phường"
DH["3.1a"] = (
    "a) Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít "
    "nhất một trong các dịch vụ hỗ trợ cơ bản"
)
DH["3.1b"] = (
    "b) Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy "
    "cứu trách nhiệm hình sự được tư vấn, tham vấn"
)
DH["3.2"] = (
    "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ "
    "và tái hòa nhập cộng đồng"
)
DH["3.3"] = "Tỷ lệ khu phố có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả"
DH["4.1"] = "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)"
DH["4.2"] = "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 đến 19 tuổi)"
DH["4.3"] = "Tỷ lệ phụ nữ trong độ tuổi sinh đẻ được tư vấn, khám sức khỏe sinh sản định kỳ"
DH["5.1"] = (
    "Tỷ lệ trường mầm non, tiểu học, trung học cơ sở trên địa bàn lồng ghép nội dung về giới, bình "
    "đẳng giới vào hoạt động giáo dục"
)
DH["5.2"] = (
    "Tỷ lệ nữ trong tổng số người được đào tạo nghề trình độ sơ cấp và đào tạo dưới 03 tháng"
)
DH["6.1"] = "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới"
DH["6.2"] = (
    "Số tin, bài về bình đẳng giới trên Trang thông tin điện tử và hệ thống truyền thanh phường "
    "(tin, bài/quý)"
)

_DH_ROWS = [
    ["STT", "Chỉ tiêu", "Năm 2026", "Năm 2028", "Năm 2030", "Đơn vị theo dõi"],
    ["I", "Mục tiêu 1: Trong lĩnh vực chính trị", "", "", "", ""],
    ["1.1", DH["1.1"], "50%", "60%", "75%", DH_VP],
    ["1.2", DH["1.2"], "≥ 35%", "-", "-", DH_VP],
    ["II", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "", "", "", ""],
    ["2.1", DH["2.1"], "58%", "60%", "62%", DH_KT],
    ["2.2", DH["2.2"], "30%", "32%", "35%", DH_KT],
    [
        "III",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "",
        "",
        "",
        "",
    ],
    ["3.1", DH["3.1a"], "85%", "90%", "95%", DH_VH],
    ["", DH["3.1b"], "60%", "75%", "90%", ""],
    ["3.2", DH["3.2"], "100%", "100%", "100%", DH_CA],
    ["3.3", DH["3.3"], "40%", "70%", "100%", DH_VH],
    ["IV", "Mục tiêu 4: Trong lĩnh vực y tế", "", "", "", ""],
    ["4.1", DH["4.1"], "dưới 111", "dưới 110", "ở mức 109", DH_YT],
    ["4.2", DH["4.2"], "≤ 12", "≤ 11", "≤ 10", DH_YT],
    ["4.3", DH["4.3"], "70%", "75%", "80%", DH_YT],
    ["V", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo", "", "", "", ""],
    ["5.1", DH["5.1"], "100%", "100%", "100%", DH_VH],
    ["5.2", DH["5.2"], "45%", "48%", "50%", DH_VH],
    ["VI", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", "", "", "", ""],
    ["6.1", DH["6.1"], "65%", "72%", "80%", DH_VH],
    ["6.2", DH["6.2"], "≥ 04", "≥ 05", "≥ 06", DH_TT],
]
_DH_MERGES = [
    (r, 1, r, 5) for r, row in enumerate(_DH_ROWS) if row[0] in ("I", "II", "III", "IV", "V", "VI")
]
_r31 = next(r for r, row in enumerate(_DH_ROWS) if row[0] == "3.1")
_DH_MERGES += [(_r31, 0, _r31 + 1, 0), (_r31, 5, _r31 + 1, 5)]

DONG_HAI_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI", "", "Số: 35/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Đông Hải, ngày 15 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn phường Đông Hải**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 140/KH-UBND ngày 22 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Khánh Hòa về thực hiện "
    "Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh;",
    "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Đông Hải lần thứ I, nhiệm kỳ 2025-2030;",
    "Ủy ban nhân dân phường Đông Hải ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai "
    "đoạn 2026-2030 trên địa bàn phường, với các nội dung sau:",
    "**I. KHÁI QUÁT KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021-2025**",
    "Giai đoạn 2021-2025, công tác bình đẳng giới trên địa bàn các phường cũ (nay sáp nhập thành phường Đông "
    "Hải) được cấp ủy, chính quyền quan tâm chỉ đạo và đạt nhiều kết quả tích cực. Tỷ lệ nữ đại biểu Hội đồng "
    "nhân dân nhiệm kỳ 2021-2026 đạt 31,4%; đến cuối năm 2025, 07/16 cơ quan, đơn vị có lãnh đạo chủ chốt là "
    "nữ (đạt 43,8%). Tỷ lệ lao động nữ làm công hưởng lương ước đạt 55,2%; toàn địa bàn có 214 doanh nghiệp, "
    "hợp tác xã và 1.086 hộ kinh doanh do nữ làm chủ.",
    "Công tác phòng, chống bạo lực gia đình có chuyển biến; số vụ bạo lực gia đình được phát hiện giảm từ 19 "
    "vụ (năm 2021) xuống còn 08 vụ (năm 2025), 100% người bị bạo lực được phát hiện được hỗ trợ, tư vấn. Tỷ "
    "số giới tính khi sinh năm 2025 là 112,6 bé trai/100 bé gái, vẫn ở mức cao so với mức cân bằng tự nhiên; "
    "tỷ suất sinh ở vị thành niên khoảng 13 ca sinh/1.000 phụ nữ.",
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: nhận thức về bình đẳng giới của một bộ phận người dân "
    "chưa đầy đủ, tư tưởng trọng nam hơn nữ còn tồn tại; lao động nữ trong các cơ sở chế biến thủy sản phần "
    "lớn làm việc theo thời vụ, chưa được tham gia bảo hiểm xã hội đầy đủ; số liệu thống kê có phân tách giới "
    "tính ở cấp cơ sở chưa được cập nhật thường xuyên; đội ngũ làm công tác bình đẳng giới thường xuyên thay "
    "đổi, kiêm nhiệm nhiều việc.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng "
    "giới giai đoạn 2026-2030 của tỉnh phù hợp với đặc điểm của phường sau sắp xếp đơn vị hành chính, là "
    "địa bàn đô thị ven biển có đông lao động nữ làm việc trong các cơ sở chế biến thủy sản, dịch vụ du lịch "
    "và buôn bán nhỏ.",
    "- Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã "
    "hội, cơ quan, đơn vị, doanh nghiệp và mỗi người dân về bình đẳng giới; tạo chuyển biến rõ nét trong "
    "hành vi, từng bước xóa bỏ định kiến giới, bảo đảm bình đẳng giới thực chất giữa nam và nữ.",
    "- Làm căn cứ để các cơ quan, đơn vị, Ban điều hành các khu phố xây dựng kế hoạch hằng năm, phân công "
    "rõ trách nhiệm theo dõi, đánh giá kết quả thực hiện từng chỉ tiêu.",
    "**2. Yêu cầu**",
    "- Bám sát các mục tiêu, chỉ tiêu của tỉnh, đồng thời phù hợp với điều kiện thực tế của phường; các chỉ "
    "tiêu phải được theo dõi, đánh giá hằng năm và có lộ trình cụ thể đến năm 2030.",
    "- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan chuyên môn thuộc UBND phường với Ủy ban Mặt trận Tổ "
    "quốc Việt Nam phường, các tổ chức chính trị - xã hội và các khu phố; huy động sự tham gia của doanh "
    "nghiệp, cơ sở sản xuất kinh doanh trên địa bàn.",
    "- Số liệu thống kê, báo cáo phải được tách biệt theo giới tính, bảo đảm chính xác, kịp thời, phục vụ "
    "xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu tổng quát**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình "
    "đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; chủ động phòng ngừa, ứng phó "
    "kịp thời với bạo lực trên cơ sở giới, góp phần xây dựng phường Đông Hải phát triển nhanh, bền vững, văn "
    "minh, hiện đại.",
    "**2. Mục tiêu cụ thể**",
    "Kế hoạch gồm 06 mục tiêu với 14 chỉ tiêu; lộ trình thực hiện và đơn vị chịu trách nhiệm theo dõi từng "
    "chỉ tiêu được xác định tại Bảng chỉ tiêu dưới đây:",
    "*Bảng chỉ tiêu bình đẳng giới phường Đông Hải giai đoạn 2026-2030*",
    ("table", _DH_ROWS, _DH_MERGES),
    "*Ghi chú: Các chỉ tiêu tỷ lệ (%) ghi tại cột năm là mức phải đạt được trong năm đó (đạt từ mức ghi trở "
    'lên, trừ trường hợp ghi rõ "dưới", "≤" hoặc "ở mức"); dấu (-) là năm không đặt chỉ tiêu. Số liệu '
    "theo dõi phải phân tách theo giới tính.*",
    "**IV. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Nhiệm vụ, giải pháp chung**",
    "- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, sự quản lý, điều hành của UBND phường đối với công tác "
    "bình đẳng giới; đưa mục tiêu, chỉ tiêu bình đẳng giới vào Nghị quyết, kế hoạch phát triển kinh tế - xã "
    "hội 05 năm và hằng năm của phường. Đề cao trách nhiệm người đứng đầu cơ quan, đơn vị trong thực hiện các "
    "chỉ tiêu được giao.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng và tổ chức thực hiện các chương trình, đề án, "
    "kế hoạch của phường; rà soát các quy chế, quy định của cơ quan, đơn vị để kịp thời sửa đổi những nội dung "
    "chưa bảo đảm nguyên tắc bình đẳng giới.",
    "- Kiện toàn đội ngũ làm công tác bình đẳng giới, vì sự tiến bộ của phụ nữ; bố trí công chức Phòng Văn hóa "
    "- Xã hội phụ trách lĩnh vực bình đẳng giới; tổ chức tập huấn, bồi dưỡng nghiệp vụ cho cán bộ phường, "
    "Ban điều hành khu phố, tổ hòa giải, cộng tác viên dân số.",
    "- Đẩy mạnh chuyển đổi số trong quản lý, theo dõi các chỉ tiêu bình đẳng giới; từng bước số hóa sổ theo "
    "dõi bạo lực gia đình, sổ theo dõi dân số của các khu phố, bảo đảm bảo mật thông tin cá nhân của người bị "
    "bạo lực.",
    "- Tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới tại các cơ sở sản xuất, kinh "
    "doanh, nhất là các cơ sở chế biến thủy sản sử dụng nhiều lao động nữ; xử lý nghiêm các hành vi vi phạm "
    "theo quy định.",
    "**2. Nhiệm vụ, giải pháp cụ thể**",
    "a) Trong lĩnh vực chính trị: thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; "
    "bảo đảm tỷ lệ nữ trong danh sách giới thiệu ứng cử đại biểu Hội đồng nhân dân phường nhiệm kỳ 2026-2031 "
    "theo quy định; chú trọng phát hiện, tạo nguồn cán bộ nữ trẻ, cán bộ nữ có trình độ chuyên môn cao.",
    "b) Trong lĩnh vực kinh tế, lao động: hỗ trợ phụ nữ khởi nghiệp, phát triển hộ kinh doanh, doanh nghiệp "
    "nhỏ và vừa; kết nối lao động nữ với các doanh nghiệp du lịch, dịch vụ, chế biến thủy sản; tổ chức các lớp "
    "đào tạo nghề ngắn hạn, kỹ năng bán hàng trực tuyến, thương mại điện tử cho phụ nữ; tạo điều kiện cho phụ "
    "nữ tiếp cận các nguồn vốn vay ưu đãi.",
    "c) Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: duy trì và nhân rộng mô "
    "hình phòng, chống bạo lực gia đình, địa chỉ tin cậy tại các khu phố; công khai số điện thoại đường dây "
    "nóng; phối hợp với các cơ sở trợ giúp xã hội của tỉnh tiếp nhận, hỗ trợ người bị bạo lực; tổ chức tư vấn, "
    "giáo dục người có hành vi bạo lực gia đình tại cộng đồng; truyền thông chia sẻ việc nhà giữa nam và nữ.",
    "d) Trong lĩnh vực y tế: tuyên truyền, nâng cao nhận thức về mất cân bằng giới tính khi sinh; quản lý "
    "chặt chẽ các cơ sở y tế tư nhân có cung cấp dịch vụ siêu âm, không để xảy ra tình trạng lựa chọn giới "
    "tính thai nhi; mở rộng tư vấn sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên và lao "
    "động nữ trong các doanh nghiệp.",
    "đ) Trong lĩnh vực giáo dục, đào tạo: hướng dẫn các trường học trên địa bàn lồng ghép nội dung giới, bình "
    "đẳng giới, giáo dục giới tính, kỹ năng phòng, chống xâm hại trong hoạt động giáo dục; phối hợp với các cơ "
    "sở giáo dục nghề nghiệp mở lớp đào tạo nghề phù hợp với phụ nữ.",
    "e) Trong lĩnh vực thông tin, truyền thông: đa dạng hóa hình thức truyền thông trên Trang thông tin điện "
    "tử, hệ thống truyền thanh, mạng xã hội Zalo của các khu phố; tổ chức các hoạt động nhân Ngày Quốc tế Phụ "
    "nữ 8/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và "
    "phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12 hằng năm.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách phường trong dự toán chi thường xuyên hằng "
    "năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình, đề án "
    "có liên quan và huy động từ các nguồn tài trợ, xã hội hóa hợp pháp khác.",
    "2. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí thực hiện gửi "
    "Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp, trình UBND phường xem xét, bố trí theo quy định của Luật Ngân "
    "sách nhà nước.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Văn hóa - Xã hội**",
    "- Là cơ quan thường trực, tham mưu UBND phường tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc các cơ "
    "quan, đơn vị và các khu phố thực hiện Kế hoạch; xây dựng kế hoạch thực hiện công tác bình đẳng giới hằng "
    "năm của phường.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 3.1, 3.3, 5.1, 5.2 và 6.1 tại Bảng chỉ "
    "tiêu; phối hợp với Công an phường theo dõi chỉ tiêu 3.2.",
    "- Tổng hợp báo cáo của các cơ quan, đơn vị; tham mưu UBND phường báo cáo Sở Nội vụ theo quy định; tham "
    "mưu tổ chức sơ kết giữa kỳ, tổng kết thực hiện Kế hoạch.",
    "**2. Văn phòng HĐND và UBND phường**",
    "- Tham mưu công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; lồng ghép giới trong công tác tuyển dụng, "
    "bố trí, sử dụng cán bộ, công chức của phường.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1.",
    "**3. Phòng Kinh tế, Hạ tầng và Đô thị**",
    "- Tham mưu lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội; bảo đảm kinh "
    "phí thực hiện Kế hoạch; hướng dẫn, hỗ trợ phụ nữ thành lập hộ kinh doanh, doanh nghiệp, hợp tác xã.",
    "- Chịu trách nhiệm theo dõi, thu thập số liệu và báo cáo chỉ tiêu 2.1, 2.2.",
    "**4. Trạm Y tế phường**",
    "- Triển khai các hoạt động truyền thông, tư vấn về chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình, "
    "kiểm soát mất cân bằng giới tính khi sinh; phối hợp kiểm tra các cơ sở y tế tư nhân trên địa bàn.",
    "- Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
    "**5. Công an phường**",
    "- Chủ trì thực hiện công tác phòng, chống mua bán người; tiếp nhận, xác minh, xử lý tin báo về bạo lực "
    "gia đình, bạo lực trên cơ sở giới; bảo vệ người bị bạo lực, người tố giác theo quy định.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 3.2; phối hợp với Phòng Văn hóa - Xã hội cung cấp số liệu về người "
    "gây bạo lực gia đình thuộc chỉ tiêu 3.1.",
    "**6. Trung tâm Cung ứng dịch vụ công phường**",
    "- Xây dựng chuyên mục về bình đẳng giới trên Trang thông tin điện tử và hệ thống truyền thanh phường; "
    "tăng thời lượng, tần suất tin, bài trong Tháng hành động vì bình đẳng giới.",
    "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 6.2.",
    "**7. Các trường học trên địa bàn phường**",
    "Lồng ghép nội dung giới, bình đẳng giới, giáo dục giới tính, phòng, chống xâm hại, bạo lực học đường "
    "trong các hoạt động giáo dục; cung cấp số liệu về học sinh, giáo viên có phân tách giới tính cho Phòng "
    "Văn hóa - Xã hội khi có yêu cầu.",
    "**8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội**",
    "Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; lồng ghép "
    "nội dung bình đẳng giới trong các cuộc vận động, phong trào thi đua. Trong đó:",
    "a) Hội Liên hiệp Phụ nữ phường: vận động hội viên tham gia các mô hình sinh kế, mô hình phòng, chống bạo "
    "lực gia đình; giới thiệu cán bộ nữ có năng lực cho cấp ủy, chính quyền; phối hợp theo dõi chỉ tiêu 2.2 "
    "và chỉ tiêu 3.3.",
    "b) Đoàn Thanh niên Cộng sản Hồ Chí Minh phường: tổ chức các hoạt động truyền thông về sức khỏe sinh sản, "
    "tình yêu, hôn nhân cho đoàn viên, thanh niên; phối hợp với Trạm Y tế phường theo dõi chỉ tiêu 4.2.",
    "**9. Ban điều hành các khu phố**",
    "Tổ chức tuyên truyền tại các buổi họp dân; nắm tình hình, kịp thời phát hiện, thông tin về các vụ bạo "
    "lực gia đình; thống kê, báo cáo số liệu của khu phố gửi UBND phường theo quy định.",
    "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "**1. Báo cáo định kỳ**",
    "- Báo cáo 6 tháng: các cơ quan, đơn vị và Ban điều hành các khu phố gửi báo cáo về UBND phường (qua Phòng "
    "Văn hóa - Xã hội) trước ngày 05/6 hằng năm; Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND phường báo cáo "
    "Sở Nội vụ trước ngày 12/6 hằng năm.",
    "- Báo cáo năm: các cơ quan, đơn vị và Ban điều hành các khu phố gửi báo cáo trước ngày 01/12 hằng năm; "
    "UBND phường tổng hợp, báo cáo Sở Nội vụ trước ngày 10/12 hằng năm.",
    "**2. Báo cáo đột xuất**",
    "Các cơ quan, đơn vị báo cáo đột xuất khi có yêu cầu của UBND phường hoặc cơ quan cấp trên.",
    "**3. Sơ kết, tổng kết**",
    "- Sơ kết giữa kỳ: các cơ quan, đơn vị gửi báo cáo sơ kết 03 năm (2026-2028) thực hiện Kế hoạch về UBND "
    "phường (qua Phòng Văn hóa - Xã hội) trước ngày 30/6/2028.",
    "- Tổng kết: các cơ quan, đơn vị gửi báo cáo tổng kết giai đoạn 2026-2030 trước ngày 15/9/2030; UBND "
    "phường tổng hợp, báo cáo Sở Nội vụ trước ngày 05/10/2030.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn "
    "phường Đông Hải. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản "
    "ánh về UBND phường (qua Phòng Văn hóa - Xã hội) để tổng hợp, xem xét, điều chỉnh cho phù hợp./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Sở Nội vụ tỉnh Khánh Hòa;",
            "- TT Đảng ủy phường;",
            "- TT HĐND phường;",
            "- CT, các PCT UBND phường;",
            "- UBMTTQVN phường;",
            "- Các cơ quan, đơn vị tại Mục VI;",
            "- Ban điều hành các khu phố;",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trần Minh Quang"],
    ),
]


def _dh3(code, vals, unit, comps, label=None, baseline=None):
    return [T(v, unit, c, y, baseline, label) for v, c, y in zip(vals, comps, (2026, 2028, 2030))]


DONG_HAI = {
    "name": "r6b-dong-hai-2026-2030",
    "ext": "docx",
    "blocks": DONG_HAI_BLOCKS,
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn phường Đông Hải",
        "issuer": "UBND phường Đông Hải",
        "level": "commune",
        "area": "Đông Hải",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về "
            "bình đẳng giới giai đoạn 2021-2030",
            "Kế hoạch số 140/KH-UBND ngày 22 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Khánh Hòa về thực hiện "
            "Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh",
            "Nghị quyết Đại hội đại biểu Đảng bộ phường Đông Hải lần thứ I, nhiệm kỳ 2025-2030",
        ],
        "parent": "Kế hoạch số 140/KH-UBND ngày 22 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh Khánh Hòa",
        "objectives": [
            O(
                "1",
                "Trong lĩnh vực chính trị",
                I("1.1", DH["1.1"], *_dh3("1.1", (50, 60, 75), "%", (">=",) * 3)),
                I("1.2", DH["1.2"], T(35, "%", ">=", 2026)),
            ),
            O(
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                I("2.1", DH["2.1"], *_dh3("2.1", (58, 60, 62), "%", (">=",) * 3)),
                I("2.2", DH["2.2"], *_dh3("2.2", (30, 32, 35), "%", (">=",) * 3)),
            ),
            O(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                I(
                    "3.1",
                    DH["3.1a"] + "; " + DH["3.1b"],
                    *_dh3("3.1", (85, 90, 95), "%", (">=",) * 3, label="người bị bạo lực"),
                    *_dh3("3.1", (60, 75, 90), "%", (">=",) * 3, label="người gây bạo lực"),
                ),
                I("3.2", DH["3.2"], *_dh3("3.2", (100, 100, 100), "%", (">=",) * 3)),
                I("3.3", DH["3.3"], *_dh3("3.3", (40, 70, 100), "%", (">=",) * 3)),
            ),
            O(
                "4",
                "Trong lĩnh vực y tế",
                I(
                    "4.1",
                    DH["4.1"],
                    *_dh3("4.1", (111, 110, 109), "boys_per_100_girls", ("<", "<", "=")),
                ),
                I("4.2", DH["4.2"], *_dh3("4.2", (12, 11, 10), "per_1000_women", ("<=",) * 3)),
                I("4.3", DH["4.3"], *_dh3("4.3", (70, 75, 80), "%", (">=",) * 3)),
            ),
            O(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                I("5.1", DH["5.1"], *_dh3("5.1", (100, 100, 100), "%", (">=",) * 3)),
                I("5.2", DH["5.2"], *_dh3("5.2", (45, 48, 50), "%", (">=",) * 3)),
            ),
            O(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                I("6.1", DH["6.1"], *_dh3("6.1", (65, 72, 80), "%", (">=",) * 3)),
                I("6.2", DH["6.2"], *_dh3("6.2", (4, 5, 6), "items_per_quarter", (">=",) * 3)),
            ),
        ],
        "assignments": [
            A(DH_VH, "lead", "3.1", "3.3", "5.1", "5.2", "6.1"),
            A(DH_VH, "support", "3.2"),
            A(DH_VP, "lead", "1.1", "1.2"),
            A(DH_KT, "lead", "2.1", "2.2"),
            A(DH_YT, "lead", "4.1", "4.2", "4.3"),
            A(DH_CA, "lead", "3.2"),
            A(DH_CA, "support", "3.1"),
            A(DH_TT, "lead", "6.2"),
            A("Hội Liên hiệp Phụ nữ phường", "support", "2.2", "3.3"),
            A("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "support", "4.2"),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "units", "12-01"),
            R("annual", "consolidator", "12-10"),
            R("midterm", "units", "2028-06-30"),
            R("final", "units", "2030-09-15"),
            R("final", "consolidator", "2030-10-05"),
        ],
    },
}


# ---------------------------------------------------------------------------
# 3. Đặc khu Lý Sơn (Quảng Ngãi), annual 2026, informal TXT
# ---------------------------------------------------------------------------

LS = {}
LS["1.1"] = (
    "Phấn đấu 100% cơ quan chuyên môn thuộc UBND đặc khu có cán bộ nữ trong quy hoạch các chức danh "
    "lãnh đạo, quản lý."
)
LS["1.2"] = (
    "Phần đấu tỷ lệ nữ cán bộ, công chức, viên chức được cử đi đào tạo, bồi dưỡng trong năm đạt từ "
    "40% trở lên."
)
LS["2.1"] = (
    "Tỷ lệ lao động nữ trong tổng số lao động được hỗ trợ đào tạo nghề, chuyển đổi nghề (du lịch, "
    "dịch vụ, chế biến hải sản) đạt trên 50%."
)
LS["2.2"] = "Hỗ trợ thành lập mới ít nhất 03 tổ hợp tác, mô hình sinh kế do phụ nữ làm chủ."
LS["3.1"] = (
    "Phấn đấu 100% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận "
    "ít nhất một trong các dịch vụ hỗ trợ cơ bản và 70% người gây bạo lực được phát hiện được tư vấn, "
    "giáo dục tại cộng đồng."
)
LS["3.2"] = (
    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu được hỗ trợ tái hòa nhập cộng đồng "
    "theo quy định."
)
LS["3.3"] = "Phấn đấu giảm số vụ bạo lực gia đình trên địa bàn đặc khu xuống dưới 04 vụ/năm."
LS["4.1"] = "Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái sinh ra sống."
LS["4.2"] = "98% phụ nữ có thai được quản lý thai nghén và sinh con tại cơ sở y tế."
LS["4.3"] = "Giảm tỷ suất sinh ở vị thành niên từ 15 xuống còn 12 ca sinh/1.000 phụ nữ."
LS["5.1"] = (
    "Duy trì tỷ lệ học sinh nữ hoàn thành chương trình trung học cơ sở đạt 98%, tỷ lệ học sinh nam "
    "đạt 97%."
)
LS["6.1"] = (
    "Phấn đấu 100% thôn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về bình đẳng giới, phòng chống "
    "bạo lực gia đình trong năm."
)
LS["6.2"] = (
    "Hệ thống truyền thanh đặc khu phát ít nhất 03 tin, bài về bình đẳng giới mỗi tháng, tăng thời "
    "lượng vào các đợt cao điểm."
)
LS["6.3"] = (
    "Lồng ghép nội dung bình đẳng giới, phòng chống bạo lực gia đình vào nội dung sinh hoạt định kỳ "
    "của các Chi hội nghề cá và tổ đoàn kết sản xuất trên biển."
)

LY_SON_BLOCKS = [
    (
        "header",
        ["UỶ BAN NHÂN DÂN", "ĐẶC KHU LÝ SƠN", "Số: 61 /KH-UBND"],
        [
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lý Sơn, ngày 25 tháng 3 năm 2026",
        ],
    ),
    "KẾ HOẠCH",
    "Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ và phòng ngừa, ứng phó với bạo lực trên "
    "cơ sở giới năm 2026 trên địa bàn đặc khu Lý Sơn",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình "
    "đẳng giới giai đoạn 2021-2030; Kế hoạch số 54/KH-UBND ngày 12/3/2026 của UBND tỉnh Quảng Ngãi về thực "
    "hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026; để tiếp tục đưa công tác bình đẳng "
    "giới trên đảo đi vào chiều sâu sau khi thành lập đặc khu, UBND đặc khu Lý Sơn xây dựng Kế hoạch thực "
    "hiện năm 2026 như sau:",
    "* Khái quát tình hình:",
    "Đặc khu Lý Sơn có trên 22.000 nhân khẩu, gần 6.000 hộ; khoảng 45% lao động làm nghề khai thác hải sản "
    "xa bờ, phần lớn là nam giới, thường đi biển từ 15 đến 30 ngày mỗi chuyến. Phụ nữ ở nhà đảm nhận gần như "
    "toàn bộ việc chăm sóc gia đình, sản xuất hành, tỏi và buôn bán phục vụ du khách. Năm 2025 trên địa bàn "
    "xảy ra 06 vụ bạo lực gia đình (giảm 02 vụ so với năm 2024), chủ yếu là bạo lực tinh thần và kinh tế; "
    "100% người bị bạo lực được phát hiện đã được tư vấn, hỗ trợ. Tỷ số giới tính khi sinh năm 2025 khoảng "
    "113 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên khoảng 15 ca sinh/1.000 phụ nữ.",
    "Tỷ lệ nữ trong cấp ủy đặc khu nhiệm kỳ 2025-2030 đạt 18,2%, tỷ lệ nữ lãnh đạo cấp phòng và tương đương "
    "đạt 25%. Hạn chế: đội ngũ làm công tác bình đẳng giới còn kiêm nhiệm; số liệu phân tách giới ở các thôn "
    "chưa đầy đủ; một bộ phận người dân vẫn coi bạo lực gia đình là chuyện riêng, ngại báo tin; điều kiện đi "
    "lại giữa đảo Lớn, đảo Bé và đất liền khó khăn vào mùa mưa bão nên việc tổ chức tập huấn, hội nghị còn bị "
    "động.",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Tiếp tục quán triệt, triển khai Luật Bình đẳng giới và các văn bản hướng dẫn đến cán bộ, đảng viên "
    "và Nhân dân trên đảo; nâng cao nhận thức của cả nam và nữ, nhất là các hộ ngư dân, về bình đẳng giới "
    "và phòng ngừa bạo lực gia đình.",
    "- Hỗ trợ phụ nữ ở các hộ có chồng, con đi biển dài ngày, phụ nữ làm nghề trồng hành, tỏi, buôn bán nhỏ "
    "phục vụ du lịch có thêm cơ hội học nghề, vay vốn, tham gia các hoạt động xã hội.",
    "- Giao nhiệm vụ cụ thể cho các cơ quan, đơn vị, các thôn, có người chịu trách nhiệm theo dõi từng chỉ "
    "tiêu, tránh tình trạng làm hình thức.",
    "2. Yêu cầu",
    "- Bám sát Kế hoạch của tỉnh nhưng phải phù hợp điều kiện đảo tiền tiêu, giao thông phụ thuộc thời tiết, "
    "dân cư tập trung ở đảo Lớn và đảo Bé.",
    "- Các hoạt động tổ chức gọn, tiết kiệm, lồng ghép với các hội nghị, sinh hoạt thôn, sinh hoạt chi hội "
    "và các ngày lễ lớn.",
    "- Số liệu báo cáo có phân tách nam, nữ; gửi đúng thời hạn để UBND đặc khu tổng hợp báo cáo tỉnh.",
    "- Phát huy vai trò của người có uy tín trong cộng đồng, các chủ tàu, thuyền trưởng trong vận động nam "
    "giới tham gia thực hiện bình đẳng giới, chia sẻ việc nhà khi nghỉ biển.",
    "II. MỤC TIÊU VÀ CHỈ TIÊU NĂM 2026",
    "1. Mục tiêu chung",
    "Tạo chuyển biến rõ về nhận thức và hành động của các cấp, các ngành và Nhân dân về bình đẳng giới; thu "
    "hẹp khoảng cách giới trong lao động, việc làm, tham gia quản lý; giảm bạo lực gia đình, góp phần xây "
    "dựng đặc khu Lý Sơn phát triển bền vững gắn với bảo vệ chủ quyền biển, đảo.",
    "2. Mục tiêu cụ thể",
    "2.1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý",
    "+ " + LS["1.1"],
    "+ " + LS["1.2"],
    "2.2. Mục tiêu 2: Trong lĩnh vực kinh tế, lao động và việc làm",
    "- Chỉ tiêu 1: " + LS["2.1"],
    "- Chỉ tiêu 2: " + LS["2.2"],
    "2.3. Mục tiêu 3: Trong đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
    "+ " + LS["3.1"],
    "+ " + LS["3.2"],
    "+ " + LS["3.3"],
    "2.4. Mục tiêu 4: Trong lĩnh vực y tế",
    "- Chỉ tiêu 1: " + LS["4.1"],
    "- Chỉ tiêu 2: " + LS["4.2"],
    "- Chỉ tiêu 3: " + LS["4.3"],
    "2.5. Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
    "- Chỉ tiêu: " + LS["5.1"],
    "2.6. Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
    "+ " + LS["6.1"],
    "+ " + LS["6.2"],
    "+ " + LS["6.3"],
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Công tác lãnh đạo, chỉ đạo",
    "- Đưa nội dung bình đẳng giới vào chương trình công tác năm 2026 của UBND đặc khu; các cơ quan, đơn vị "
    "phân công 01 lãnh đạo phụ trách và 01 công chức, viên chức làm đầu mối.",
    "- Kiện toàn Ban vì sự tiến bộ của phụ nữ đặc khu (nếu có thay đổi nhân sự) trong quý II/2026, phân công "
    "thành viên phụ trách từng thôn.",
    "- Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND đặc khu về kết quả thực hiện chỉ "
    "tiêu được giao.",
    "2. Tuyên truyền, phổ biến pháp luật",
    "- Tuyên truyền trên hệ thống truyền thanh, Trang thông tin điện tử đặc khu, nhóm Zalo các thôn; tổ chức "
    "nói chuyện chuyên đề ở các thôn vào thời điểm tàu cá về bến, ngư dân nghỉ biển để nam giới cùng tham gia.",
    "- Phát tờ rơi, sổ tay hỏi đáp về Luật Phòng, chống bạo lực gia đình năm 2022, về phòng chống mua bán "
    "người, lừa đảo lao động ra nước ngoài.",
    "- Tổ chức các hoạt động nhân 8/3, tháng 6 (Tháng hành động quốc gia về phòng, chống bạo lực gia đình), "
    "28/6, 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ "
    '15/11 - 15/12/2026): mít tinh, treo băng rôn, thi tìm hiểu, hội thi "Gia đình hạnh phúc" ở đảo Lớn.',
    "3. Hỗ trợ phụ nữ phát triển kinh tế",
    "- Phối hợp Trung tâm Dịch vụ việc làm tỉnh mở lớp nghề ngắn hạn tại đảo: nấu ăn phục vụ nhà hàng, "
    "hướng dẫn viên du lịch tại điểm, chế biến hải sản khô, làm đồ lưu niệm từ vỏ ốc, san hô chết (có kiểm "
    "soát).",
    "- Ưu tiên vốn vay giải quyết việc làm, vốn hộ nghèo, cận nghèo cho phụ nữ làm chủ hộ; hỗ trợ phụ nữ "
    "đưa sản phẩm hành, tỏi Lý Sơn lên sàn thương mại điện tử.",
    "- Khuyến khích phụ nữ tham gia homestay, du lịch cộng đồng; hướng dẫn thủ tục đăng ký hộ kinh doanh.",
    "4. Phòng ngừa, ứng phó bạo lực gia đình, bạo lực trên cơ sở giới",
    "- Duy trì 10 tổ hòa giải, 06 địa chỉ tin cậy ở cộng đồng; công khai số điện thoại đường dây nóng của "
    "Công an đặc khu, Hội LHPN đặc khu tại nhà văn hóa các thôn.",
    "- Khi phát hiện vụ việc phải kịp thời can thiệp, tách người bị bạo lực khỏi người gây bạo lực; hỗ trợ "
    "khám, điều trị, tư vấn tâm lý, tạm lánh; tổ chức góp ý, phê bình người gây bạo lực tại cộng đồng dân cư.",
    "- Tuyên truyền, cảnh báo thủ đoạn mua bán người qua mạng xã hội, môi giới đi làm thuê trên tàu cá nước "
    "ngoài; phối hợp đất liền tiếp nhận, hỗ trợ người trở về.",
    "5. Y tế, chăm sóc sức khỏe",
    "- Quản lý thai nghén, khám thai định kỳ, không để phụ nữ sinh con tại nhà; tư vấn sức khỏe sinh sản cho "
    "vị thành niên, thanh niên tại trường THCS, THPT trên đảo.",
    "- Tuyên truyền không lựa chọn giới tính thai nhi; kiểm tra các cơ sở siêu âm tư nhân (nếu có).",
    "6. Giáo dục, đào tạo",
    "- Các trường lồng ghép giáo dục giới, bình đẳng giới, kỹ năng sống; theo dõi sát học sinh có nguy cơ bỏ "
    "học để đi biển (học sinh nam) hoặc ở nhà phụ giúp gia đình (học sinh nữ).",
    "- Phối hợp với Trường THPT Lý Sơn tư vấn hướng nghiệp, khuyến khích học sinh nữ thi vào các ngành kỹ "
    "thuật, du lịch, công nghệ thông tin; học sinh nam học nghề máy tàu, điện lạnh, tránh bỏ học sớm.",
    "- Tăng cường giáo dục kỹ năng phòng, chống xâm hại, bạo lực học đường; các trường công khai số điện "
    "thoại của giáo viên chủ nhiệm, Tổng phụ trách Đội để học sinh báo tin.",
    "7. Nâng cao năng lực, kiểm tra giám sát",
    "- Cử công chức, viên chức tham gia tập huấn do tỉnh tổ chức; tập huấn lại cho Trưởng thôn, Chi hội "
    "trưởng phụ nữ, tổ hòa giải.",
    "- Kiểm tra việc thực hiện Kế hoạch tại một số cơ quan, thôn trong quý III/2026; lồng ghép với kiểm tra "
    "công tác gia đình, trẻ em.",
    "8. Xây dựng cơ sở dữ liệu, thống kê giới",
    "- Các cơ quan, đơn vị, các thôn cập nhật số liệu có phân tách giới tính (cán bộ, lao động, học sinh, vụ "
    "việc bạo lực gia đình, người được hỗ trợ...) vào biểu mẫu thống nhất do Phòng Văn hóa - Xã hội hướng dẫn.",
    "- Từng bước số hóa sổ theo dõi bạo lực gia đình, sổ hộ tịch, sổ theo dõi dân số tại các thôn; bảo mật "
    "thông tin của người bị bạo lực, người báo tin theo quy định.",
    "9. Huy động nguồn lực, xã hội hóa",
    "- Vận động các doanh nghiệp du lịch, chủ tàu cá, cơ sở kinh doanh trên đảo tham gia hỗ trợ phụ nữ khó "
    "khăn, học bổng cho học sinh nữ, quà cho các gia đình có người bị bạo lực trong Tháng hành động.",
    "- Tranh thủ hỗ trợ của các tổ chức, dự án về thích ứng biến đổi khí hậu, sinh kế ven biển có lồng ghép "
    "giới đang triển khai tại tỉnh.",
    "IV. KINH PHÍ",
    "- Từ dự toán ngân sách đặc khu năm 2026 giao cho Phòng Văn hóa - Xã hội và các cơ quan, đơn vị; kinh "
    "phí các chương trình mục tiêu quốc gia lồng ghép (nếu có).",
    "- Tổng kinh phí dự kiến: 48.500.000 đồng (Bốn mươi tám triệu năm trăm nghìn đồng), trong đó: tuyên "
    "truyền, cổ động 15.000.000 đồng; tập huấn 12.000.000 đồng; tổ chức Tháng hành động 13.500.000 đồng; kiểm "
    "tra, sơ kết, tổng kết 8.000.000 đồng.",
    "- Vận động tài trợ của doanh nghiệp, nhà hảo tâm, các tổ chức trong và ngoài đảo theo quy định.",
    "- Các cơ quan, đơn vị quản lý, sử dụng kinh phí đúng mục đích, thanh quyết toán theo quy định hiện hành; "
    "Phòng Kinh tế hướng dẫn lập dự toán, thẩm định và tham mưu UBND đặc khu bổ sung kinh phí khi cần thiết.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội",
    "- Là đầu mối giúp UBND đặc khu triển khai Kế hoạch này; hướng dẫn, đôn đốc các cơ quan, đơn vị, các thôn "
    "thực hiện; tham mưu tổ chức Tháng hành động năm 2026.",
    "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo: các chỉ tiêu ở Mục tiêu 3 (trừ chỉ tiêu về nạn nhân bị "
    "mua bán trở về do Công an đặc khu theo dõi), chỉ tiêu của Mục tiêu 5 và các chỉ tiêu thuộc Mục tiêu 6.",
    "- Tổng hợp báo cáo chung, tham mưu UBND đặc khu báo cáo Sở Nội vụ đúng thời gian quy định.",
    "2. Văn phòng HĐND và UBND đặc khu",
    "- Tham mưu công tác cán bộ, quy hoạch, đào tạo, bồi dưỡng cán bộ nữ của đặc khu.",
    "- Theo dõi, báo cáo các chỉ tiêu ở Mục tiêu 1.",
    "3. Phòng Kinh tế",
    "- Tham mưu bố trí kinh phí; lồng ghép các chương trình phát triển kinh tế biển, du lịch, nông nghiệp với "
    "hỗ trợ phụ nữ.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 1, chỉ tiêu 2 mục tiêu 2.",
    "4. Trung tâm Y tế đặc khu",
    "- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, quản lý thai nghén, kiểm soát mất cân bằng giới "
    "tính khi sinh.",
    "- Chịu trách nhiệm về số liệu và báo cáo các chỉ tiêu thuộc mục tiêu 4.",
    "5. Công an đặc khu",
    "- Tiếp nhận, giải quyết tin báo về bạo lực gia đình, mua bán người; xử lý nghiêm các hành vi vi phạm.",
    "- Theo dõi, báo cáo chỉ tiêu về nạn nhân bị mua bán trở về (Mục tiêu 3).",
    "6. Đồn Biên phòng Lý Sơn",
    "Phối hợp Công an đặc khu tuyên truyền phòng chống mua bán người cho ngư dân, thuyền viên; nắm tình hình "
    "người lạ đến đảo tuyển lao động.",
    "7. Trung tâm Dịch vụ tổng hợp đặc khu",
    "- Xây dựng chuyên mục bình đẳng giới trên hệ thống truyền thanh và Trang thông tin điện tử.",
    "- Phối hợp với Phòng Văn hóa - Xã hội theo dõi chỉ tiêu về số tin, bài phát trên hệ thống truyền thanh "
    "(Mục tiêu 6).",
    "8. Đề nghị UBMTTQ Việt Nam đặc khu và các tổ chức chính trị - xã hội",
    "- Tham gia tuyên truyền, giám sát thực hiện Kế hoạch.",
    "+ Hội Liên hiệp Phụ nữ đặc khu: chủ động phát hiện, hỗ trợ phụ nữ bị bạo lực; vận động hội viên tham "
    "gia tổ hợp tác, mô hình sinh kế; phối hợp theo dõi chỉ tiêu 2 mục tiêu 2 và các chỉ tiêu của Mục tiêu 3.",
    "+ Đoàn Thanh niên: tuyên truyền cho đoàn viên, thanh niên về tình yêu, hôn nhân, phòng chống xâm hại.",
    "+ Hội Cựu chiến binh, Hội Nông dân: vận động hội viên nam chia sẻ việc nhà, không sử dụng rượu bia "
    'gây mất trật tự, bạo lực trong gia đình; nhân rộng gương "người chồng, người cha mẫu mực".',
    "9. Các trường học trên địa bàn",
    "Lồng ghép giáo dục giới, bình đẳng giới, kỹ năng sống trong các tiết học, hoạt động ngoại khóa; phối "
    "hợp gia đình theo dõi học sinh có nguy cơ bỏ học; cung cấp số liệu học sinh có phân tách nam, nữ cho "
    "Phòng Văn hóa - Xã hội.",
    "10. Các thôn",
    "Trưởng thôn phối hợp Ban công tác Mặt trận thôn, Chi hội phụ nữ thôn tổ chức sinh hoạt chuyên đề; kịp "
    "thời báo tin vụ việc bạo lực gia đình về Công an đặc khu, Phòng Văn hóa - Xã hội; tổng hợp số liệu của "
    "thôn.",
    "* Một số hoạt động chính trong năm (dự kiến):",
    "+ Tháng 3: mít tinh kỷ niệm Ngày Quốc tế Phụ nữ 8/3 gắn với tuyên truyền Luật Bình đẳng giới.",
    "+ Tháng 4 - 5: tập huấn cho Trưởng thôn, Chi hội trưởng phụ nữ, tổ hòa giải ở đảo Lớn và đảo Bé.",
    "+ Tháng 6: hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Ngày Gia đình Việt "
    'Nam 28/6; hội thi "Gia đình hạnh phúc".',
    "+ Quý III: kiểm tra việc thực hiện Kế hoạch tại một số cơ quan, thôn; mở lớp nghề ngắn hạn cho lao động nữ "
    "trước mùa du lịch cuối năm.",
    "+ Từ 15/11 - 15/12: tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ "
    "sở giới; ra quân treo băng rôn, tuyên truyền lưu động trên các tuyến đường chính.",
    "VI. CHẾ ĐỘ BÁO CÁO",
    "- Căn cứ Kế hoạch này, các cơ quan, đơn vị, các thôn xây dựng kế hoạch cụ thể của đơn vị mình, gửi về "
    "Phòng Văn hóa - Xã hội trước ngày 15/4/2026 để theo dõi.",
    "- Các cơ quan, đơn vị, các đoàn thể và các thôn gửi báo cáo kết quả thực hiện về UBND đặc khu (qua "
    "Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 05 tháng 6; báo cáo năm gửi trước 30/11 (số liệu "
    "năm tính từ ngày 01/12/2025 đến hết ngày 30/11/2026).",
    "- Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND đặc khu báo cáo Sở Nội vụ tỉnh Quảng Ngãi: báo cáo 6 "
    "tháng trước ngày 12 tháng 6; báo cáo năm chậm nhất là ngày 10/12.",
    "- Kết quả Tháng hành động vì bình đẳng giới báo cáo lồng ghép trong báo cáo năm, không báo cáo riêng.",
    "Yêu cầu các cơ quan, đơn vị, các thôn nghiêm túc triển khai thực hiện. Quá trình thực hiện có vướng mắc "
    "thì phản ánh về UBND đặc khu (qua Phòng Văn hóa - Xã hội, điện thoại 0255.3xxx.xxx) để được hướng dẫn./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Sở Nội vụ tỉnh (b/c);",
            "- TT Đảng ủy, HĐND đặc khu;",
            "- CT, PCT UBND đặc khu;",
            "- UBMTTQVN đặc khu;",
            "- Các cơ quan, đơn vị tại mục V;",
            "- Các thôn;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Võ Thị Hồng"],
    ),
]

LY_SON = {
    "name": "r6b-ly-son-2026",
    "ext": "txt",
    "blocks": LY_SON_BLOCKS,
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ và phòng ngừa, ứng phó với bạo "
        "lực trên cơ sở giới năm 2026 trên địa bàn đặc khu Lý Sơn",
        "issuer": "UBND đặc khu Lý Sơn",
        "level": "commune",
        "area": "Lý Sơn",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng "
            "giới giai đoạn 2021-2030",
            "Kế hoạch số 54/KH-UBND ngày 12/3/2026 của UBND tỉnh Quảng Ngãi về thực hiện công tác bình đẳng "
            "giới và vì sự tiến bộ của phụ nữ năm 2026",
        ],
        "parent": "Kế hoạch số 54/KH-UBND ngày 12/3/2026 của UBND tỉnh Quảng Ngãi",
        "objectives": [
            O(
                "1",
                "Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý",
                I("1.1", LS["1.1"], T(100, "%", ">=", 2026)),
                I("1.2", LS["1.2"], T(40, "%", ">=", 2026)),
            ),
            O(
                "2",
                "Trong lĩnh vực kinh tế, lao động và việc làm",
                I("2.1", LS["2.1"], T(50, "%", ">", 2026)),
                I("2.2", LS["2.2"], T(3, "count", ">=", 2026)),
            ),
            O(
                "3",
                "Trong đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
                I(
                    "3.1",
                    LS["3.1"],
                    T(100, "%", ">=", 2026, label="người bị bạo lực"),
                    T(70, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                I("3.2", LS["3.2"], T(100, "%", ">=", 2026)),
                I("3.3", LS["3.3"], T(4, "count", "<", 2026)),
            ),
            O(
                "4",
                "Trong lĩnh vực y tế",
                I("4.1", LS["4.1"], T(110, "boys_per_100_girls", "<=", 2026)),
                I("4.2", LS["4.2"], T(98, "%", ">=", 2026)),
                I("4.3", LS["4.3"], T(12, "per_1000_women", "<=", 2026, baseline=15)),
            ),
            O(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                I(
                    "5.1",
                    LS["5.1"],
                    T(98, "%", ">=", 2026, label="học sinh nữ"),
                    T(97, "%", ">=", 2026, label="học sinh nam"),
                ),
            ),
            O(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                I("6.1", LS["6.1"], T(100, "%", ">=", 2026)),
                I("6.2", LS["6.2"], T(3, "items_per_month", ">=", 2026)),
                I("6.3", LS["6.3"], T(None, "bool", "=", 2026)),
            ),
        ],
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", "3.1", "3.3", "5.1", "6.1", "6.2", "6.3"),
            A("Văn phòng HĐND và UBND đặc khu", "lead", "1.1", "1.2"),
            A("Phòng Kinh tế", "lead", "2.1", "2.2"),
            A("Trung tâm Y tế đặc khu", "lead", "4.1", "4.2", "4.3"),
            A("Công an đặc khu", "lead", "3.2"),
            A("Trung tâm Dịch vụ tổng hợp đặc khu", "support", "6.2"),
            A("Hội Liên hiệp Phụ nữ đặc khu", "support", "2.2", "3.1", "3.2", "3.3"),
        ],
        "reporting": [
            R("plan", "units", "2026-04-15"),
            R("semiannual", "units", "06-05"),
            R("annual", "units", "11-30"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "consolidator", "12-10"),
        ],
    },
}

PLANS = [YEN_PHU, DONG_HAI, LY_SON]
