"""Blind plans, part B: Bộ Giáo dục và Đào tạo (PDF), Quảng Ninh 2026 (Word table),
Đồng Tháp 2026 (text), Huế (Word)."""

from make_files import t, yes

B, BT, BPS = "boys_per_100_girls", "per_100000_live_births", "per_1000_women"
VU_CT = "Vụ Giáo dục Chính trị và Công tác học sinh, sinh viên"

BO_GDDT = {
    "name": "bo-gddt-2026-2030",
    "ext": "pdf",
    "running_header": "Bộ Giáo dục và Đào tạo - Kế hoạch bình đẳng giới 2026-2030",
    "page_format": "{n}",
    "header": {
        "left": ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 1025/KH-BGDĐT"],
        "date": "Hà Nội, ngày 15 tháng 5 năm 2026",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Giáo dục giai đoạn 2026 - 2030"
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Giáo dục giai"
        " đoạn 2026 - 2030",
        "issuer": "Bộ Giáo dục và Đào tạo",
        "level": "agency",
        "area": None,
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
            " về bình đẳng giới giai đoạn 2021 - 2030",
            "Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 của Chính phủ quy định chức năng, nhiệm"
            " vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo",
        ],
        "parent": None,
    },
    "body": [
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26/02/2025 của Chính phủ quy định chức năng,"
        " nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;",
        "Bộ Giáo dục và Đào tạo ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng"
        " giới trong ngành Giáo dục giai đoạn 2026 - 2030 như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "Bảo đảm các mục tiêu bình đẳng giới trong lĩnh vực giáo dục, đào tạo được lồng ghép"
        " trong chiến lược phát triển giáo dục; 100% đơn vị thuộc Bộ xác định rõ nhiệm vụ.",
        ("h", "II. MỤC TIÊU VÀ CHỈ TIÊU"),
        "1. Mục tiêu chung",
        "Bảo đảm bình đẳng giới thực chất trong tiếp cận, tham gia và thụ hưởng giáo dục; nâng"
        " cao tỷ lệ nữ trong đội ngũ lãnh đạo, quản lý và nhà khoa học của ngành.",
        "2. Mục tiêu cụ thể và chỉ tiêu",
        (
            "obj",
            "1",
            "Mục tiêu 1: Bảo đảm bình đẳng giới trong tiếp cận giáo dục, đào tạo",
            "Bảo đảm bình đẳng giới trong tiếp cận giáo dục, đào tạo",
        ),
        (
            "ind",
            "1.1",
            "(1) ",
            "Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành chương trình giáo dục tiểu học"
            " đạt 97%, hoàn thành chương trình trung học cơ sở đạt 92% vào năm 2030.",
            [t(97, year=2030, label="tiểu học"), t(92, year=2030, label="trung học cơ sở")],
        ),
        (
            "ind",
            "1.2",
            "(2) ",
            "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới trong các ngành khoa học,"
            " công nghệ, kỹ thuật và toán học (STEM) đạt tối thiểu 35% vào năm 2030.",
            [t(35, year=2030)],
        ),
        (
            "obj",
            "2",
            "Mục tiêu 2: Tăng cường sự tham gia của nữ vào vị trí lãnh đạo, quản lý"
            " và đội ngũ có trình độ cao trong ngành",
            "Tăng cường sự tham gia của nữ vào vị trí"
            " lãnh đạo, quản lý và đội ngũ có trình độ cao trong ngành",
        ),
        (
            "ind",
            "2.1",
            "(1) ",
            "Tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý trong các cơ sở giáo dục đại học công lập đạt"
            " trên 35%.",
            [t(35, cmp=">")],
        ),
        (
            "ind",
            "2.2",
            "(2) ",
            "Tỷ lệ nữ thạc sĩ trong tổng số giảng viên có trình độ thạc sĩ đạt không dưới 55%;"
            " tỷ lệ nữ tiến sĩ trong tổng số giảng viên có trình độ tiến sĩ đạt 40% vào năm 2030.",
            [t(55, year=2030, label="thạc sĩ"), t(40, year=2030, label="tiến sĩ")],
        ),
        (
            "ind",
            "2.3",
            "(3) ",
            "Tỷ lệ nữ được công nhận đạt chuẩn chức danh giáo sư, phó giáo sư hằng năm đạt khoảng"
            " 30%.",
            [t(30, cmp="=")],
        ),
        (
            "obj",
            "3",
            "Mục tiêu 3: Lồng ghép nội dung giới trong chương trình giáo dục; phòng,"
            " chống bạo lực trên cơ sở giới trong trường học",
            "Lồng ghép nội dung giới trong"
            " chương trình giáo dục; phòng, chống bạo lực trên cơ sở giới trong trường học",
        ),
        (
            "ind",
            "3.1",
            "(1) ",
            "Nội dung về giới, bình đẳng giới được lồng ghép trong chương trình đào tạo, bồi"
            " dưỡng giáo viên của các trường sư phạm từ năm 2027 trở đi.",
            [yes(2027)],
        ),
        (
            "ind",
            "3.2",
            "(2) ",
            "100% cơ sở giáo dục phổ thông có tổ tư vấn tâm lý học đường hoạt động thường xuyên,"
            " hỗ trợ học sinh bị bạo lực, xâm hại.",
            [t(100)],
        ),
        (
            "ind",
            "3.3",
            "(3) ",
            "Ít nhất 90% học sinh, sinh viên được phổ biến kiến thức về phòng, chống bạo lực trên"
            " cơ sở giới, xâm hại tình dục vào năm 2028; 100% vào năm 2030.",
            [t(90, year=2028), t(100, year=2030)],
        ),
        (
            "obj",
            "4",
            "Mục tiêu 4: Đẩy mạnh truyền thông về bình đẳng giới trong ngành",
            "Đẩy mạnh truyền thông về bình đẳng giới trong ngành",
        ),
        (
            "ind",
            "4.1",
            "(1) ",
            "Cổng thông tin điện tử của Bộ đăng tải ít nhất 02 tin, bài về bình đẳng giới mỗi"
            " tháng.",
            [t(2, "items_per_month")],
        ),
        (
            "ind",
            "4.2",
            "(2) ",
            "100% sở giáo dục và đào tạo, cơ sở giáo dục đại học tổ chức hoạt động hưởng ứng"
            " Tháng hành động vì bình đẳng giới hằng năm.",
            [t(100)],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "1. Rà soát chương trình, sách giáo khoa bảo đảm không có định kiến giới; biên soạn 06"
        " chuyên đề bồi dưỡng giáo viên về giới.",
        "2. Hỗ trợ học sinh nữ vùng khó khăn; duy trì học bổng cho nữ sinh dân tộc thiểu số theo"
        " học các ngành STEM.",
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        f"1. {VU_CT}",
        "- Là đơn vị đầu mối, tham mưu Bộ trưởng chỉ đạo triển khai Kế hoạch; hướng dẫn, kiểm"
        " tra, tổng hợp kết quả thực hiện.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu 2, 3 Mục tiêu 3 và chỉ tiêu 2 Mục tiêu 4.",
        "2. Vụ Giáo dục Phổ thông",
        "- Chủ trì theo dõi chỉ tiêu 1 Mục tiêu 1; phối hợp theo dõi chỉ tiêu 1 Mục tiêu 3.",
        "3. Vụ Giáo dục Đại học",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 1 và chỉ tiêu 2 Mục tiêu 2.",
        "4. Vụ Tổ chức cán bộ",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 1 Mục tiêu 2.",
        "5. Cục Nhà giáo và Cán bộ quản lý giáo dục",
        "- Chủ trì theo dõi chỉ tiêu 1 Mục tiêu 3; chỉ tiêu 3 Mục tiêu 2.",
        "6. Trung tâm Truyền thông giáo dục",
        "- Chủ trì thực hiện chỉ tiêu 1 Mục tiêu 4; phối hợp thực hiện chỉ tiêu 2 Mục tiêu 4.",
        "7. Các sở giáo dục và đào tạo, cơ sở giáo dục đại học",
        "- Xây dựng kế hoạch thực hiện của đơn vị trước ngày 30/7/2026; bố trí nguồn lực thực"
        " hiện.",
        ("h", "V. CHẾ ĐỘ BÁO CÁO"),
        "Các đơn vị thuộc Bộ, sở giáo dục và đào tạo, cơ sở giáo dục đại học gửi báo cáo năm về"
        f" Bộ (qua {VU_CT}) trước ngày 20 tháng 11 hằng năm. {VU_CT} tổng hợp, báo cáo Bộ"
        " trưởng và Bộ Nội vụ trước ngày 10 tháng 12 hằng năm.",
        f"{VU_CT} chủ trì tham mưu tổ chức sơ kết giữa kỳ vào năm 2028 và báo cáo tổng kết trước"
        " ngày 30/10/2030.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- Bộ trưởng (để b/c);",
                "- Lưu: VT, Vụ GDCT&CTHSSV.",
                "KT. BỘ TRƯỞNG",
                "THỨ TRƯỞNG",
                "",
                "Ngô Thị Minh",
            ],
        ),
    ],
    "assignments": [
        {"agency": VU_CT, "role": "lead", "indicators": ["3.2", "3.3", "4.2"]},
        {"agency": "Vụ Giáo dục Phổ thông", "role": "lead", "indicators": ["1.1"]},
        {"agency": "Vụ Giáo dục Phổ thông", "role": "support", "indicators": ["3.1"]},
        {"agency": "Vụ Giáo dục Đại học", "role": "lead", "indicators": ["1.2", "2.2"]},
        {"agency": "Vụ Tổ chức cán bộ", "role": "lead", "indicators": ["2.1"]},
        {
            "agency": "Cục Nhà giáo và Cán bộ quản lý giáo dục",
            "role": "lead",
            "indicators": ["2.3", "3.1"],
        },
        {"agency": "Trung tâm Truyền thông giáo dục", "role": "lead", "indicators": ["4.1"]},
        {"agency": "Trung tâm Truyền thông giáo dục", "role": "support", "indicators": ["4.2"]},
    ],
    "reporting": [
        {"kind": "annual", "by": "units", "due": "11-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-10"},
        {"kind": "plan", "by": "units", "due": "2026-07-30"},
        {"kind": "midterm", "by": "consolidator", "due": "2028"},
        {"kind": "final", "by": "consolidator", "due": "2030-10-30"},
    ],
}

QN_ROWS = [
    ["STT", "Chỉ tiêu", "Chỉ tiêu năm 2026", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["I", "Mục tiêu 1: Trong lĩnh vực chính trị", "", "", ""],
    [
        "1",
        "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ",
        "≥ 68%",
        "Sở Nội vụ",
        "",
    ],
    ["II", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "", "", ""],
    ["1", "Tỷ lệ lao động nữ làm công hưởng lương", "58%", "Sở Nội vụ", "Thống kê tỉnh"],
    [
        "2",
        "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ"
        " có việc làm",
        "Dưới 20%",
        "Sở Nội vụ",
        "Thống kê tỉnh",
    ],
    [
        "3",
        "Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã",
        "Từ 29% trở lên",
        "Sở Tài chính",
        "Sở Nội vụ",
    ],
    [
        "III",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "",
        "",
        "",
    ],
    [
        "1",
        "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả"
        " công của phụ nữ so với nam giới (lần)",
        "≤ 1,6",
        "Thống kê tỉnh",
        "",
    ],
    [
        "2",
        "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp"
        " cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
        "88%",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Công an tỉnh",
    ],
    [
        "3",
        "Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư"
        " vấn, tham vấn",
        "85%",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Công an tỉnh",
    ],
    [
        "4",
        "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các"
        " dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
        "100%",
        "Công an tỉnh",
        "Sở Y tế",
    ],
    ["IV", "Mục tiêu 4: Trong lĩnh vực y tế", "", "", ""],
    ["1", "Tỷ số giới tính khi sinh (số bé trai/100 bé gái)", "≤ 109", "Sở Y tế", ""],
    ["2", "Tỷ số tử vong mẹ (trên 100.000 trẻ đẻ sống)", "< 40", "Sở Y tế", ""],
    ["3", "Tỷ suất sinh ở vị thành niên (ca sinh/1.000 phụ nữ 15-19 tuổi)", "≤ 16", "Sở Y tế", ""],
    ["V", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo", "", "", ""],
    [
        "1",
        "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
        "≥ 40%",
        "Sở Giáo dục và Đào tạo",
        "",
    ],
    [
        "2",
        "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ",
        "50%",
        "Sở Giáo dục và Đào tạo",
        "",
    ],
    [
        "3",
        "Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ",
        "35%",
        "Sở Giáo dục và Đào tạo",
        "",
    ],
    ["VI", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", "", "", ""],
    [
        "1",
        "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
        "75%",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Hội Liên hiệp Phụ nữ tỉnh",
    ],
    [
        "2",
        "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở của mỗi xã, phường, đặc"
        " khu (tin, bài/quý)",
        "≥ 4",
        "Sở Văn hóa, Thể thao và Du lịch",
        "",
    ],
]

QN_TARGETS = {
    "1.1": [t(68)],
    "2.1": [t(58)],
    "2.2": [t(20, cmp="<")],
    "2.3": [t(29)],
    "3.1": [t(1.6, "times", "<=")],
    "3.2": [t(88)],
    "3.3": [t(85)],
    "3.4": [t(100)],
    "4.1": [t(109, B, "<=")],
    "4.2": [t(40, BT, "<")],
    "4.3": [t(16, BPS, "<=")],
    "5.1": [t(40)],
    "5.2": [t(50)],
    "5.3": [t(35)],
    "6.1": [t(75)],
    "6.2": [t(4, "items_per_quarter")],
}


def _qn_expected_blocks() -> list:
    out, obj = [], None
    for row in QN_ROWS[1:]:
        if not row[0].isdigit():
            obj = str(len([b for b in out if b[0] == "xobj"]) + 1)
            out.append(("xobj", obj, row[1].split(": ", 1)[1]))
        else:
            code = f"{obj}.{row[0]}"
            out.append(("xind", code, row[1], QN_TARGETS[code]))
    return out


QUANG_NINH = {
    "name": "quang-ninh-2026",
    "ext": "docx",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH", "", "Số: 52/KH-UBND"],
        "date": "Quảng Ninh, ngày 10 tháng 3 năm 2026",
    },
    "title_lines": [
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ninh năm 2026"
    ],
    "meta": {
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng"
        " Ninh năm 2026",
        "issuer": "UBND tỉnh Quảng Ninh",
        "level": "province",
        "area": "Quảng Ninh",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Kế hoạch số 178/KH-UBND ngày 05/6/2021 của UBND tỉnh về thực hiện Chiến lược quốc"
            " gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2021 - 2030",
            "Công văn số 512/BNV-BĐG ngày 20/01/2026 của Bộ Nội vụ về hướng dẫn triển khai công"
            " tác bình đẳng giới năm 2026",
        ],
        "parent": "Kế hoạch số 178/KH-UBND ngày 05/6/2021 của UBND tỉnh",
    },
    "body": [
        "Thực hiện Kế hoạch số 178/KH-UBND ngày 05/6/2021 của UBND tỉnh về thực hiện Chiến"
        " lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2021 - 2030; Công văn số"
        " 512/BNV-BĐG ngày 20/01/2026 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng"
        " giới năm 2026, UBND tỉnh ban hành Kế hoạch năm 2026 như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "Phấn đấu hoàn thành các chỉ tiêu năm 2026, tạo tiền đề hoàn thành các mục tiêu của"
        " Chiến lược giai đoạn 2021 - 2030; số liệu báo cáo bảo đảm có sự tách biệt giới.",
        ("h", "II. CÁC CHỈ TIÊU NĂM 2026"),
        "Các chỉ tiêu cụ thể năm 2026 và cơ quan chủ trì theo dõi, cơ quan phối hợp được giao"
        " như sau:",
        ("table", QN_ROWS),
        *_qn_expected_blocks(),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "1. Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa,"
        " ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày 15/12/2026).",
        "2. Tập huấn cho khoảng 500 lượt cán bộ, công chức cấp xã về lồng ghép giới.",
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        "1. Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc các sở, ngành, địa phương thực"
        " hiện Kế hoạch; tổng hợp, báo cáo theo quy định.",
        "2. Các sở, ngành được giao chủ trì theo dõi chỉ tiêu tại Mục II có trách nhiệm thu"
        " thập số liệu, đánh giá kết quả thực hiện các chỉ tiêu được giao.",
        "3. Ủy ban nhân dân các xã, phường, đặc khu ban hành kế hoạch năm 2026 của địa phương"
        " trước ngày 31/3/2026.",
        ("h", "V. CHẾ ĐỘ BÁO CÁO"),
        "Các sở, ngành, địa phương báo cáo 6 tháng trước ngày 05/6/2026 và báo cáo năm trước"
        " ngày 05/12/2026 gửi Sở Nội vụ; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ"
        " trước ngày 15/12/2026.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (b/c);",
                "- Các sở, ngành;",
                "- Lưu: VT, VX3.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nghiêm Xuân Cường",
            ],
        ),
    ],
    "assignments": [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "2.1", "2.2"]},
        {"agency": "Sở Nội vụ", "role": "support", "indicators": ["2.3"]},
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "role": "lead",
            "indicators": ["3.2", "3.3", "6.1", "6.2"],
        },
        {"agency": "Công an tỉnh", "role": "support", "indicators": ["3.2", "3.3"]},
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.4"]},
        {"agency": "Sở Y tế", "role": "support", "indicators": ["3.4"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1", "5.2", "5.3"]},
        {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["6.1"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-05"},
        {"kind": "annual", "by": "units", "due": "12-05"},
        {"kind": "annual", "by": "consolidator", "due": "12-15"},
        {"kind": "plan", "by": "units", "due": "2026-03-31"},
    ],
}

DONG_THAP = {
    "name": "dong-thap-2026",
    "ext": "txt",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 88/KH-UBND"],
        "date": "Đồng Tháp, ngày 25 tháng 02 năm 2026",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh Đồng Tháp"
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh"
        " Đồng Tháp",
        "issuer": "UBND tỉnh Đồng Tháp",
        "level": "province",
        "area": "Đồng Tháp",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
            " về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 301/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh Đồng Tháp về thực"
            " hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
        ],
        "parent": "Kế hoạch số 301/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh Đồng Tháp",
    },
    "body": [
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Kế hoạch số 301/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh Đồng Tháp về"
        " thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới"
        " năm 2026 như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "• Triển khai có hiệu quả các chỉ tiêu năm 2026 trong điều kiện tỉnh Đồng Tháp mới"
        " (hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp) với 102 xã, phường.",
        "• Gắn trách nhiệm người đứng đầu với kết quả thực hiện.",
        ("h", "II. CHỈ TIÊU CỤ THỂ NĂM 2026"),
        (
            "obj",
            "1",
            "1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
            "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
        ),
        (
            "ind",
            "1.1",
            "• Chỉ tiêu 1: ",
            "Phấn đấu có 65% cơ quan quản lý nhà nước, chính quyền địa phương cấp xã có lãnh đạo"
            " chủ chốt là nữ.",
            [t(65)],
        ),
        (
            "obj",
            "2",
            "2. Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
            "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        ),
        (
            "ind",
            "2.1",
            "• Chỉ tiêu 1: ",
            "Tỷ lệ lao động nữ làm công hưởng lương đạt 52%.",
            [t(52)],
        ),
        (
            "ind",
            "2.2",
            "• Chỉ tiêu 2: ",
            "Tỷ lệ lao động nữ được hỗ trợ tạo việc làm mới chiếm khoảng 45% tổng số lao động"
            " được giải quyết việc làm trong năm.",
            [t(45, cmp="=")],
        ),
        (
            "obj",
            "3",
            "3. Mục tiêu 3: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "• Chỉ tiêu 1: ",
            "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp"
            " cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 86%; tỷ lệ người gây bạo lực"
            " được tư vấn, tham vấn đạt 82%.",
            [t(86, label="người bị bạo lực"), t(82, label="người gây bạo lực")],
        ),
        (
            "ind",
            "3.2",
            "• Chỉ tiêu 2: ",
            "Bảo đảm 100% nạn nhân bị mua bán trở về có nhu cầu được hỗ trợ tái hòa nhập cộng"
            " đồng.",
            [t(100)],
        ),
        (
            "ind",
            "3.3",
            "• Chỉ tiêu 3: ",
            "100% cơ sở trợ giúp xã hội công lập có hoạt động phòng ngừa, ứng phó với bạo lực"
            " trên cơ sở giới.",
            [t(100)],
        ),
        (
            "obj",
            "4",
            "4. Mục tiêu 4: Bảo đảm bình đẳng giới trong lĩnh vực y tế",
            "Bảo đảm bình đẳng giới trong lĩnh vực y tế",
        ),
        (
            "ind",
            "4.1",
            "• Chỉ tiêu 1: ",
            "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
            [t(110, B, "<=")],
        ),
        (
            "ind",
            "4.2",
            "• Chỉ tiêu 2: ",
            "Tỷ số tử vong mẹ giảm xuống còn 38/100.000 trẻ đẻ sống.",
            [t(38, BT, "<=")],
        ),
        (
            "ind",
            "4.3",
            "• Chỉ tiêu 3: ",
            "Tỷ suất sinh ở vị thành niên dưới 20 ca sinh/1.000 phụ nữ từ 15 - 19 tuổi.",
            [t(20, BPS, "<")],
        ),
        (
            "obj",
            "5",
            "5. Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
            "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        ),
        (
            "ind",
            "5.1",
            "• Chỉ tiêu 1: ",
            "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề"
            " nghiệp không thấp hơn 42%.",
            [t(42)],
        ),
        (
            "obj",
            "6",
            "6. Mục tiêu 6: Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
            "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "• Chỉ tiêu 1: ",
            "Ít nhất 95% xã, phường mỗi quý có từ 03 tin, bài trở lên về bình đẳng giới trên hệ"
            " thống thông tin cơ sở.",
            [t(95)],
        ),
        (
            "ind",
            "6.2",
            "• Chỉ tiêu 2: ",
            "Báo và Phát thanh, Truyền hình Đồng Tháp thực hiện tối thiểu 02 tin, bài về bình"
            " đẳng giới mỗi tháng.",
            [t(2, "items_per_month")],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "• Tuyên truyền nhân Ngày Quốc tế Phụ nữ 8/3, Ngày Gia đình Việt Nam 28/6.",
        "• Tập huấn cho 100% công chức văn hóa - xã hội cấp xã trong quý II/2026.",
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        "1. Sở Nội vụ",
        "+ Tham mưu Ủy ban nhân dân tỉnh chỉ đạo, hướng dẫn thực hiện Kế hoạch; tổng hợp báo cáo.",
        "+ Theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 2.",
        "2. Sở Y tế",
        "+ Theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 4 và chỉ tiêu 3 Mục tiêu 3.",
        "3. Công an tỉnh",
        "+ Chịu trách nhiệm báo cáo chỉ tiêu 2 của mục tiêu 3 (số liệu về nạn nhân bị mua bán);"
        " phối hợp cung cấp số liệu chỉ tiêu 1 của mục tiêu 3 (số liệu về bạo lực trên cơ sở"
        " giới).",
        "4. Sở Văn hóa, Thể thao và Du lịch",
        "+ Chủ trì theo dõi chỉ tiêu 1 của mục tiêu 3 (số liệu về bạo lực gia đình); các chỉ"
        " tiêu thuộc Mục tiêu 6.",
        "5. Sở Giáo dục và Đào tạo",
        "+ Theo dõi, báo cáo chỉ tiêu của Mục tiêu 5.",
        "6. Sở Tài chính",
        "+ Bảo đảm kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.",
        "7. Hội Liên hiệp Phụ nữ tỉnh",
        "+ Phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện chỉ tiêu 1 Mục tiêu 3.",
        "8. Ủy ban nhân dân các xã, phường",
        "+ Cụ thể hóa Kế hoạch tại địa phương; bố trí công chức theo dõi công tác bình đẳng giới.",
        ("h", "V. CHẾ ĐỘ BÁO CÁO"),
        "• Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường gửi báo cáo 6 tháng về Sở Nội"
        " vụ chậm nhất ngày 12/6/2026; báo cáo năm chậm nhất ngày 12/12/2026.",
        "• Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ trước ngày"
        " 20/6/2026 (báo cáo 6 tháng) và trước ngày 20/12/2026 (báo cáo năm).",
        "• Báo cáo đột xuất: khi có yêu cầu.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- Các sở, ngành;",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Huỳnh Minh Tuấn",
            ],
        ),
    ],
    "assignments": [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "2.1", "2.2"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.3", "4.1", "4.2", "4.3"]},
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.2"]},
        {"agency": "Công an tỉnh", "role": "support", "indicators": ["3.1"]},
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "role": "lead",
            "indicators": ["3.1", "6.1", "6.2"],
        },
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1"]},
        {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["3.1"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-12"},
        {"kind": "annual", "by": "units", "due": "12-12"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-20"},
    ],
}

HUE_HEALTH = [
    ["STT", "Chỉ tiêu", "Năm 2028", "Năm 2030"],
    ["1", "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)", "Dưới 110", "Dưới 109"],
    ["2", "Tỷ số tử vong mẹ (trên 100.000 trẻ đẻ sống)", "≤ 35", "≤ 30"],
    ["3", "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ)", "≤ 11", "≤ 9"],
]

HUE = {
    "name": "hue-2026-2030",
    "ext": "docx",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "", "Số: 140/KH-UBND"],
        "date": "Huế, ngày 08 tháng 5 năm 2026",
    },
    "title_lines": [
        "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn thành phố"
        " Huế giai đoạn 2026 - 2030"
    ],
    "meta": {
        "title": "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn"
        " thành phố Huế giai đoạn 2026 - 2030",
        "issuer": "UBND thành phố Huế",
        "level": "province",
        "area": "Huế",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
            " về bình đẳng giới giai đoạn 2021 - 2030",
            "Nghị quyết số 15/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân thành phố về"
            " kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
        ],
        "parent": None,
    },
    "body": [
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Nghị quyết số 15/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân thành phố"
        " về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030;",
        "Ủy ban nhân dân thành phố Huế ban hành Kế hoạch triển khai thực hiện Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2026 - 2030 như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "1. Cụ thể hóa mục tiêu, chỉ tiêu của Chiến lược phù hợp với đặc thù của thành phố di"
        " sản, trực thuộc Trung ương.",
        "2. Phân công rõ trách nhiệm theo dõi, thu thập số liệu của các cơ quan, đơn vị.",
        ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
        "1. Mục tiêu tổng quát",
        "Bảo đảm bình đẳng giới thực chất; tạo điều kiện để phụ nữ và nam giới tham gia, thụ"
        " hưởng bình đẳng trong mọi lĩnh vực.",
        "2. Mục tiêu, chỉ tiêu cụ thể",
        ("obj", "1", "a) Mục tiêu 1 - Lĩnh vực chính trị", "Lĩnh vực chính trị"),
        (
            "ind",
            "1.1",
            "Chỉ tiêu 1: ",
            "Đến năm 2030, có ít nhất 75% cơ quan quản lý nhà nước, chính quyền địa phương có"
            " lãnh đạo chủ chốt là nữ.",
            [t(75, year=2030)],
        ),
        (
            "ind",
            "1.2",
            "Chỉ tiêu 2: ",
            "Tỷ lệ nữ cán bộ lãnh đạo, quản lý cấp phòng và tương đương trở lên đạt từ 35% trở"
            " lên.",
            [t(35)],
        ),
        (
            "obj",
            "2",
            "b) Mục tiêu 2 - Lĩnh vực kinh tế, lao động, việc làm",
            "Lĩnh vực kinh tế, lao động, việc làm",
        ),
        (
            "ind",
            "2.1",
            "Chỉ tiêu 1: ",
            "Tỷ lệ lao động nữ làm công hưởng lương đạt 65% vào năm 2030.",
            [t(65, year=2030)],
        ),
        (
            "ind",
            "2.2",
            "Chỉ tiêu 2: ",
            "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ: nữ đạt 40%, nam đạt 45% vào năm"
            " 2030.",
            [t(40, year=2030, label="nữ"), t(45, year=2030, label="nam")],
        ),
        (
            "obj",
            "3",
            "c) Mục tiêu 3 - Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "Chỉ tiêu 1: ",
            "Giảm thời gian làm công việc nội trợ và chăm sóc gia đình không được trả công của"
            " phụ nữ xuống còn 1,3 lần so với nam giới.",
            [t(1.3, "times", "<=")],
        ),
        (
            "ind",
            "3.2",
            "Chỉ tiêu 2: ",
            [
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được"
                " tiếp cận dịch vụ hỗ trợ:",
                "+ Đến năm 2028 đạt 90%;",
                "+ Đến năm 2030 đạt 95%.",
            ],
            [t(90, year=2028), t(95, year=2030)],
        ),
        (
            "ind",
            "3.3",
            "Chỉ tiêu 3: ",
            "Tỷ lệ người gây bạo lực gia đình được tư vấn, tham vấn đạt 90% vào năm 2030.",
            [t(90, year=2030)],
        ),
        ("obj", "4", "d) Mục tiêu 4 - Lĩnh vực y tế", "Lĩnh vực y tế"),
        "Các chỉ tiêu về y tế theo từng mốc thời gian như sau:",
        ("table", HUE_HEALTH),
        ("xind", "4.1", HUE_HEALTH[1][1], [t(110, B, "<", 2028), t(109, B, "<", 2030)]),
        ("xind", "4.2", HUE_HEALTH[2][1], [t(35, BT, "<=", 2028), t(30, BT, "<=", 2030)]),
        ("xind", "4.3", HUE_HEALTH[3][1], [t(11, BPS, "<=", 2028), t(9, BPS, "<=", 2030)]),
        ("obj", "5", "đ) Mục tiêu 5 - Lĩnh vực giáo dục, đào tạo", "Lĩnh vực giáo dục, đào tạo"),
        (
            "ind",
            "5.1",
            "Chỉ tiêu 1: ",
            [
                "Tỷ lệ nữ thạc sĩ, tiến sĩ:",
                "+ Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 55%;",
                "+ Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 38%.",
            ],
            [t(55, label="thạc sĩ"), t(38, label="tiến sĩ")],
        ),
        (
            "ind",
            "5.2",
            "Chỉ tiêu 2: ",
            "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy tại các trường"
            " trung học phổ thông và giáo dục nghề nghiệp trên địa bàn.",
            [yes()],
        ),
        (
            "obj",
            "6",
            "e) Mục tiêu 6 - Lĩnh vực thông tin, truyền thông",
            "Lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "Chỉ tiêu 1: ",
            "Tỷ lệ người dân được tiếp cận kiến thức cơ bản về bình đẳng giới ở khu vực thành thị"
            " đạt 90%, khu vực nông thôn đạt 80%.",
            [t(90, label="thành thị"), t(80, label="nông thôn")],
        ),
        (
            "ind",
            "6.2",
            "Chỉ tiêu 2: ",
            "100% xã, phường có ít nhất 01 tin, bài về bình đẳng giới mỗi tháng trên trang thông"
            " tin điện tử.",
            [t(100)],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "1. Lồng ghép bình đẳng giới trong xây dựng và thực hiện quy hoạch thành phố Huế thời"
        " kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
        '2. Nhân rộng mô hình "Địa chỉ tin cậy" tại cộng đồng; phấn đấu mỗi phường có ít nhất'
        " 01 địa chỉ tin cậy.",
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        "1. Trách nhiệm của các cơ quan, đơn vị",
        "a) Sở Nội vụ: Là cơ quan thường trực; chủ trì theo dõi, tổng hợp chỉ tiêu 1, 2 Mục"
        " tiêu 1; chỉ tiêu 1, 2 Mục tiêu 2.",
        "b) Sở Y tế: Chủ trì theo dõi, tổng hợp các chỉ tiêu thuộc Mục tiêu 4.",
        "c) Sở Giáo dục và Đào tạo: Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "d) Sở Văn hóa và Thể thao: Chủ trì theo dõi, báo cáo chỉ tiêu 2, 3 Mục tiêu 3 (số"
        " liệu về bạo lực gia đình); các chỉ tiêu thuộc Mục tiêu 6.",
        "đ) Công an thành phố: Chủ trì cung cấp số liệu về bạo lực trên cơ sở giới thuộc chỉ"
        " tiêu 2 Mục tiêu 3; phối hợp với Sở Văn hóa và Thể thao theo dõi chỉ tiêu 3 Mục"
        " tiêu 3.",
        "e) Thống kê thành phố Huế: Chủ trì báo cáo chỉ tiêu 1 Mục tiêu 3; phối hợp cung cấp số"
        " liệu chỉ tiêu 1, 2 Mục tiêu 2.",
        "g) Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.",
        "h) Ủy ban nhân dân các xã, phường: Ban hành kế hoạch thực hiện giai đoạn 2026 - 2030"
        " trước ngày 15/7/2026.",
        "2. Chế độ báo cáo",
        "Định kỳ 6 tháng (trước ngày 20/6) và hằng năm (trước ngày 20/11), các cơ quan, đơn vị,"
        " địa phương báo cáo kết quả về Sở Nội vụ. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân"
        " thành phố báo cáo Bộ Nội vụ trước ngày 30/6 và 10/12 hằng năm.",
        "Các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết giữa kỳ trước ngày 15/10/2028 và"
        " báo cáo tổng kết trước ngày 15/10/2030.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Thành ủy;",
                "- Lưu: VT, VH.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Thanh Bình",
            ],
        ),
    ],
    "assignments": [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "1.2", "2.1", "2.2"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1", "5.2"]},
        {
            "agency": "Sở Văn hóa và Thể thao",
            "role": "lead",
            "indicators": ["3.2", "3.3", "6.1", "6.2"],
        },
        {"agency": "Công an thành phố", "role": "lead", "indicators": ["3.2"]},
        {"agency": "Công an thành phố", "role": "support", "indicators": ["3.3"]},
        {"agency": "Thống kê thành phố Huế", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Thống kê thành phố Huế", "role": "support", "indicators": ["2.1", "2.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-20"},
        {"kind": "annual", "by": "units", "due": "11-20"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-30"},
        {"kind": "annual", "by": "consolidator", "due": "12-10"},
        {"kind": "plan", "by": "units", "due": "2026-07-15"},
        {"kind": "midterm", "by": "units", "due": "2028-10-15"},
        {"kind": "final", "by": "units", "due": "2030-10-15"},
    ],
}

PLANS = [BO_GDDT, QUANG_NINH, DONG_THAP, HUE]
