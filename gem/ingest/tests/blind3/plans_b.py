# ruff: noqa: E501  (long Vietnamese sentences of test documents)
"""Blind set 3, plans B: Đà Nẵng (annual .docx, 'tăng từ ... lên', 'giảm 2 điểm phần trăm'),
Bắc Ninh (.pdf, targets on their own line, bold agency headings with dotted codes), xã Tân Hưng
of Cà Mau (commune .txt, one officer), Lâm Đồng (.docx, unlabelled indicator bullets)."""

from common import MOTTO, PURPOSE, TASKS, meta, plan, t

NQ28 = (
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030"
)

# ---------------------------------------------------------------- Đà Nẵng (annual docx)
DN = {
    "1.1": "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ "
    "tăng từ 45% (năm 2025) lên 55%.",
    "2.1": "Phấn đấu giảm 2 điểm phần trăm tỷ trọng lao động nữ làm việc trong khu vực nông "
    "nghiệp trong tổng số lao động nữ có việc làm so với năm 2025 (năm 2025: 12%).",
    "2.2": "Tỷ lệ lao động nữ làm công hưởng lương đạt trên 60%.",
    "3.1": "95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận "
    "ít nhất một trong các dịch vụ hỗ trợ cơ bản; 100% người gây bạo lực gia đình được "
    "phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
    "4.1": "Tỷ số giới tính khi sinh duy trì dưới 108 bé trai/100 bé gái sinh ra sống.",
    "6.1": "100% xã, phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới trên hệ thống "
    "thông tin cơ sở.",
    "6.2": "Báo Đà Nẵng mỗi quý đăng ít nhất 02 tin, bài về bình đẳng giới.",
}
DN_TITLES = {
    "1": "Trong lĩnh vực chính trị",
    "2": "Trong lĩnh vực kinh tế, lao động",
    "3": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "4": "Trong lĩnh vực y tế",
    "6": "Trong lĩnh vực thông tin, truyền thông",
}


def _dn_objectives():
    out = []
    for o, title in DN_TITLES.items():
        out.append(f"*Mục tiêu {o}: {title}*")
        out += [f"- Chỉ tiêu {c}: {txt}" for c, txt in DN.items() if c.startswith(o + ".")]
    return out


DA_NANG = {
    "name": "da-nang-2026",
    "ext": "docx",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "Số: 64/KH-UBND"],
            [*MOTTO, "Đà Nẵng, ngày 10 tháng 4 năm 2026"],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn thành phố "
        "Đà Nẵng năm 2026**",
        "Căn cứ " + NQ28 + ";",
        "Thực hiện Kế hoạch số 98/KH-UBND ngày 20/3/2026 của UBND thành phố về thực hiện Chiến "
        "lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
        "UBND thành phố ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2026 như sau:",
        *PURPOSE,
        "**II. MỤC TIÊU, CHỈ TIÊU NĂM 2026**",
        *_dn_objectives(),
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        *TASKS,
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "1. Sở Nội vụ: Chủ trì, theo dõi, tổng hợp và báo cáo chỉ tiêu số 1 thuộc Mục tiêu 1, "
        "chỉ tiêu số 1, số 2 thuộc Mục tiêu 2 và chỉ tiêu số 1 thuộc Mục tiêu 3.",
        "2. Sở Y tế: Chủ trì theo dõi chỉ tiêu số 1 thuộc Mục tiêu 4; phối hợp với Sở Nội vụ "
        "theo dõi chỉ tiêu số 1 thuộc Mục tiêu 3 (số liệu người bị bạo lực được hỗ trợ y tế).",
        "3. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, theo dõi các chỉ tiêu thuộc Mục tiêu 6.",
        "4. Công an thành phố: Phối hợp theo dõi chỉ tiêu số 1 thuộc Mục tiêu 3.",
        "5. UBND các xã, phường: Xây dựng kế hoạch năm 2026 của địa phương và tổ chức thực hiện.",
        "**V. CHẾ ĐỘ BÁO CÁO**",
        "Các sở, ngành, UBND các xã, phường báo cáo kết quả thực hiện định kỳ 6 tháng trước ngày "
        "15/6, năm trước ngày 15/11 về Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo UBND thành phố và "
        "Bộ Nội vụ trước ngày 30/6 và 30/11.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**CHỦ TỊCH**",
    ],
    "expected": plan(
        meta(
            "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn thành "
            "phố Đà Nẵng năm 2026",
            "UBND thành phố Đà Nẵng",
            "Đà Nẵng",
            2026,
            2026,
            [
                NQ28,
                "Kế hoạch số 98/KH-UBND ngày 20/3/2026 của UBND thành phố về thực hiện "
                "Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
            ],
            parent="Kế hoạch số 98/KH-UBND ngày 20/3/2026 của UBND thành phố",
        ),
        [
            ("1", DN_TITLES["1"], [("1.1", DN["1.1"], [t(55, year=2026, base=45)])]),
            (
                "2",
                DN_TITLES["2"],
                [
                    ("2.1", DN["2.1"], [t(10, cmp="<=", year=2026, base=12)]),
                    ("2.2", DN["2.2"], [t(60, cmp=">", year=2026)]),
                ],
            ),
            (
                "3",
                DN_TITLES["3"],
                [
                    (
                        "3.1",
                        DN["3.1"],
                        [
                            t(95, year=2026, label="người bị bạo lực"),
                            t(100, year=2026, label="người gây bạo lực"),
                        ],
                    )
                ],
            ),
            ("4", DN_TITLES["4"], [("4.1", DN["4.1"], [t(108, "boys_per_100_girls", "<", 2026)])]),
            (
                "6",
                DN_TITLES["6"],
                [
                    ("6.1", DN["6.1"], [t(100, year=2026)]),
                    ("6.2", DN["6.2"], [t(2, "items_per_quarter", year=2026)]),
                ],
            ),
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "3.1"]),
            ("Sở Y tế", "lead", ["4.1"]),
            ("Sở Y tế", "support", ["3.1"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["6.1", "6.2"]),
            ("Công an thành phố", "support", ["3.1"]),
        ],
        [
            ("semiannual", "units", "06-15"),
            ("annual", "units", "11-15"),
            ("semiannual", "consolidator", "06-30"),
            ("annual", "consolidator", "11-30"),
        ],
    ),
}

# ---------------------------------------------------------------- Bắc Ninh (pdf)
BN = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ "
                "chốt là nữ:",
                ["Đến năm 2028: 65%;", "Đến năm 2030: 75%."],
                [t(65, year=2028), t(75)],
            ),
            (
                "1.2",
                "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031:",
                ["Đạt từ 35% trở lên."],
                [t(35)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương:", ["Đến năm 2030: 70%."], [t(70)]),
            (
                "2.2",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã:",
                ["Đến năm 2030: đạt ít nhất 30%."],
                [t(30)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được "
                "tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản:",
                ["Đến năm 2030: 95%."],
                [t(95)],
            ),
            (
                "3.2",
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động phòng ngừa, ứng "
                "phó với bạo lực trên cơ sở giới:",
                ["Đến năm 2030: 100%."],
                [t(100)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh:",
                ["Đến năm 2030: dưới 112 bé trai/100 bé gái sinh ra sống."],
                [t(112, "boys_per_100_girls", "<")],
            ),
            (
                "4.2",
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản:",
                ["Đến năm 2030: dưới 30/100.000 trẻ đẻ sống."],
                [t(30, "per_100000_live_births", "<")],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên:",
                ["Đến năm 2030: giảm xuống 10 ca sinh/1.000 phụ nữ."],
                [t(10, "per_1000_women", "<=")],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ:",
                ["Đến năm 2030: không dưới 50%."],
                [t(50)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới:",
                ["Đến năm 2028: 75%;", "Đến năm 2030: 85%."],
                [t(75, year=2028), t(85)],
            ),
        ],
    ),
]


def _bn_blocks():
    out = []
    for code, title, inds in BN:
        out.append(f"Mục tiêu {code}: {title}")
        for icode, text, lines, _ in inds:
            out += [f"{icode}. {text}", *lines]
    return out


BAC_NINH = {
    "name": "bac-ninh-2026-2030",
    "ext": "pdf",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 318/KH-UBND"],
            [*MOTTO, "Bắc Ninh, ngày 25 tháng 5 năm 2026"],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Bắc Ninh giai đoạn 2026 - 2030**",
        "Căn cứ " + NQ28 + "¹;",
        (
            "footnote",
            "¹ Được sửa đổi, bổ sung theo Nghị quyết số 45/NQ-CP ngày 20/02/2026 của Chính phủ.",
        ),
        "UBND tỉnh Bắc Ninh ban hành Kế hoạch thực hiện với các nội dung sau:",
        *PURPOSE,
        "**II. MỤC TIÊU CỤ THỂ**",
        *_bn_blocks(),
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        *TASKS,
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "**Sở Nội vụ**",
        "Là cơ quan thường trực giúp UBND tỉnh tổ chức triển khai Kế hoạch. Chủ trì, theo dõi "
        "các chỉ tiêu: 1.1, 1.2, 2.1, 3.1, 3.2, 6.1; hướng dẫn, đôn đốc, kiểm tra các cơ quan, "
        "đơn vị thực hiện.",
        "**Sở Tài chính**",
        "Chủ trì, theo dõi chỉ tiêu 2.2; bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân "
        "sách.",
        "**Sở Y tế**",
        "Chủ trì, theo dõi các chỉ tiêu: 4.1, 4.2, 4.3; phối hợp với Sở Nội vụ theo dõi chỉ tiêu "
        "3.1.",
        "**Sở Giáo dục và Đào tạo**",
        "Chủ trì, theo dõi chỉ tiêu 5.1; lồng ghép giáo dục giới trong nhà trường.",
        "**Sở Văn hóa, Thể thao và Du lịch**",
        "Phối hợp với Sở Nội vụ theo dõi các chỉ tiêu 3.1 và 6.1.",
        "**Công an tỉnh**",
        "Phối hợp cung cấp số liệu về bạo lực trên cơ sở giới, mua bán người phục vụ theo dõi "
        "chỉ tiêu 3.1.",
        "**V. CHẾ ĐỘ BÁO CÁO**",
        "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12), các sở, ban, ngành, "
        "UBND các xã, phường báo cáo tình hình thực hiện Kế hoạch gửi Sở Nội vụ; Sở Nội vụ tổng "
        "hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 20/6 và 20/12.",
        "Tổng kết 5 năm thực hiện Kế hoạch: các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước "
        "ngày 15/10/2030.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**KT. CHỦ TỊCH**",
        "**PHÓ CHỦ TỊCH**",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Bắc Ninh giai đoạn 2026 - 2030",
            "UBND tỉnh Bắc Ninh",
            "Bắc Ninh",
            2026,
            2030,
            [NQ28],
        ),
        [
            (c, title, [(ic, " ".join([txt, *lines]), tg) for ic, txt, lines, tg in inds])
            for c, title, inds in BN
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "3.1", "3.2", "6.1"]),
            ("Sở Tài chính", "lead", ["2.2"]),
            ("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
            ("Sở Y tế", "support", ["3.1"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "support", ["3.1", "6.1"]),
            ("Công an tỉnh", "support", ["3.1"]),
        ],
        [
            ("semiannual", "units", "06-10"),
            ("annual", "units", "12-10"),
            ("semiannual", "consolidator", "06-20"),
            ("annual", "consolidator", "12-20"),
            ("final", "units", "2030-10-15"),
        ],
    ),
}

# ---------------------------------------------------------------- xã Tân Hưng, Cà Mau (txt)
TH = {
    "1": (
        "Trong lĩnh vực chính trị",
        "phấn đấu đến năm 2030 tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ xã đạt từ 20% trở lên.",
    ),
    "3": (
        "Trong đời sống gia đình",
        "100% người bị bạo lực gia đình được phát hiện được tiếp cận các dịch vụ hỗ trợ cơ bản.",
    ),
    "4": ("Trong lĩnh vực y tế", "tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái."),
    "6": (
        "Trong lĩnh vực thông tin, truyền thông",
        "Đài truyền thanh xã mỗi tháng có ít nhất 01 tin, bài tuyên truyền về bình đẳng giới.",
    ),
}

TAN_HUNG = {
    "name": "xa-tan-hung-ca-mau-2026-2030",
    "ext": "txt",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ TÂN HƯNG", "Số: 42/KH-UBND"],
            [*MOTTO, "Tân Hưng, ngày 12 tháng 6 năm 2026"],
        ),
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn xã Tân Hưng giai đoạn "
        "2026 - 2030",
        "Thực hiện Kế hoạch số 85/KH-UBND ngày 10/4/2026 của UBND tỉnh Cà Mau về thực hiện "
        "Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030, UBND xã Tân Hưng xây dựng "
        "Kế hoạch thực hiện trên địa bàn xã như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "\tNâng cao nhận thức của cán bộ và Nhân dân về bình đẳng giới; phân công cụ thể trách "
        "nhiệm trong triển khai thực hiện.",
        "II. MỤC TIÊU",
        *[f"\tMục tiêu {o}. {title}: {text}" for o, (title, text) in TH.items()],
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "\t1. Tuyên truyền trên Đài truyền thanh xã, lồng ghép trong sinh hoạt của các ấp, chi "
        "hội phụ nữ; tổ chức 01 hội nghị sơ kết vào quý IV hằng năm.",
        "\t2. Rà soát, hỗ trợ kịp thời người bị bạo lực gia đình; duy trì 05 địa chỉ tin cậy ở "
        "các ấp.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "\t1. Công chức Văn hóa - Xã hội: Là đầu mối tham mưu UBND xã triển khai Kế hoạch; chủ "
        "trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu tại Mục tiêu 1, 3, 4 và "
        "6 của Kế hoạch.",
        "\t2. Trạm Y tế xã: Phối hợp theo dõi chỉ tiêu thuộc Mục tiêu 4.",
        "\t3. Trưởng các ấp: Tuyên truyền, vận động Nhân dân thực hiện.",
        "V. CHẾ ĐỘ BÁO CÁO",
        "\tCác ấp, các ngành, đoàn thể xã báo cáo kết quả về UBND xã (qua công chức Văn hóa - Xã "
        "hội) trước ngày 25/5 và 25/11 hằng năm. Công chức Văn hóa - Xã hội tham mưu UBND xã tổng "
        "hợp, báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 05/6 và 05/12 hằng năm.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn xã Tân Hưng giai "
            "đoạn 2026 - 2030",
            "UBND xã Tân Hưng",
            "Tân Hưng",
            2026,
            2030,
            [
                "Kế hoạch số 85/KH-UBND ngày 10/4/2026 của UBND tỉnh Cà Mau về thực hiện Chiến "
                "lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030"
            ],
            parent="Kế hoạch số 85/KH-UBND ngày 10/4/2026 của UBND tỉnh Cà Mau",
            level="commune",
        ),
        [
            ("1", TH["1"][0], [("1.1", TH["1"][1], [t(20)])]),
            ("3", TH["3"][0], [("3.1", TH["3"][1], [t(100)])]),
            ("4", TH["4"][0], [("4.1", TH["4"][1], [t(109, "boys_per_100_girls", "<")])]),
            ("6", TH["6"][0], [("6.1", TH["6"][1], [t(1, "items_per_month")])]),
        ],
        [
            ("Công chức Văn hóa - Xã hội", "lead", ["1.1", "3.1", "4.1", "6.1"]),
            ("Trạm Y tế xã", "support", ["4.1"]),
        ],
        [
            ("semiannual", "units", "05-25"),
            ("annual", "units", "11-25"),
            ("semiannual", "consolidator", "06-05"),
            ("annual", "consolidator", "12-05"),
        ],
    ),
}

# ---------------------------------------------------------------- Lâm Đồng (docx)
LD = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Phấn đấu đến năm 2030 đạt 70% cơ quan quản lý nhà nước, chính quyền địa phương có lãnh "
                "đạo chủ chốt là nữ.",
                [t(70)],
            ),
            ("Tỷ lệ nữ tham gia cấp ủy các cấp đạt từ 25% trở lên.", [t(25)]),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2028 và 55% vào năm 2030.",
                [t(50, year=2028), t(55)],
            ),
            ("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 28%.", [t(28, cmp=">")]),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc không được trả công của phụ "
                "nữ xuống còn 1,5 lần so với nam giới.",
                [t(1.5, "times", "<=")],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch "
                "vụ hỗ trợ tái hòa nhập cộng đồng.",
                [t(100)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh khoảng 109 bé trai/100 bé gái.",
                [t(109, "boys_per_100_girls", "=")],
            ),
            (
                "Tỷ lệ tử vong mẹ dưới 45 trên 100.000 trẻ đẻ sống.",
                [t(45, "per_100000_live_births", "<")],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên tuyển mới trong giáo dục nghề nghiệp đạt 40%.",
                [t(40)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            ("85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.", [t(85)]),
            (
                "100% xã, phường có ít nhất 04 tin, bài/quý về bình đẳng giới trên hệ thống thông tin "
                "cơ sở.",
                [t(100)],
            ),
        ],
    ),
]


def _ld_blocks():
    out = []
    for code, title, inds in LD:
        out.append(f"**Mục tiêu {code}. {title}**")
        out += ["– " + text for text, _ in inds]
    return out


LAM_DONG = {
    "name": "lam-dong-2026-2030",
    "ext": "docx",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 1290/KH-UBND"],
            [*MOTTO, "Lâm Đồng, ngày 03 tháng 6 năm 2026"],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lâm Đồng giai đoạn "
        "2026 - 2030**",
        "Căn cứ " + NQ28 + ";",
        "UBND tỉnh Lâm Đồng ban hành Kế hoạch như sau:",
        *PURPOSE,
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tạo chuyển biến rõ nét về bình đẳng giới, nhất là ở vùng đồng bào dân tộc thiểu số.",
        "**2. Mục tiêu cụ thể**",
        *_ld_blocks(),
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        *TASKS,
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "**1. Sở Nội vụ**",
        "Chủ trì, theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 2 và Mục "
        "tiêu 6; chỉ tiêu 3.2.",
        "**2. Thống kê tỉnh**",
        "Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3.1.",
        "**3. Sở Y tế**",
        "Chủ trì theo dõi các chỉ tiêu thuộc Mục tiêu 4.",
        "**4. Sở Giáo dục và Đào tạo**",
        "Chủ trì theo dõi các chỉ tiêu thuộc Mục tiêu 5.",
        "**5. Công an tỉnh**",
        "Phối hợp với Sở Nội vụ theo dõi chỉ tiêu 3.2.",
        "**6. UBND các xã, phường**",
        "Xây dựng kế hoạch của địa phương, bố trí kinh phí và tổ chức thực hiện.",
        "**7. Chế độ báo cáo**",
        "Định kỳ trước ngày 20/6 (báo cáo 6 tháng) và trước ngày 20/12 (báo cáo năm), các sở, "
        "ngành, UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Nội vụ. Sở Nội vụ tổng "
        "hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 28/6 và 28/12 hằng năm.",
        "Năm 2028 tổ chức sơ kết giữa kỳ; năm 2030 tổng kết việc thực hiện Kế hoạch.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**CHỦ TỊCH**",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lâm Đồng giai "
            "đoạn 2026 - 2030",
            "UBND tỉnh Lâm Đồng",
            "Lâm Đồng",
            2026,
            2030,
            [NQ28],
        ),
        [
            (c, title, [(f"{c}.{i}", text, tg) for i, (text, tg) in enumerate(inds, 1)])
            for c, title, inds in LD
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2", "3.2"]),
            ("Thống kê tỉnh", "lead", ["3.1"]),
            ("Sở Y tế", "lead", ["4.1", "4.2"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1"]),
            ("Công an tỉnh", "support", ["3.2"]),
        ],
        [
            ("semiannual", "units", "06-20"),
            ("annual", "units", "12-20"),
            ("semiannual", "consolidator", "06-28"),
            ("annual", "consolidator", "12-28"),
            ("midterm", "units", "2028"),
            ("final", "units", "2030"),
        ],
    ),
}

PLANS_B = [DA_NANG, BAC_NINH, TAN_HUNG, LAM_DONG]
