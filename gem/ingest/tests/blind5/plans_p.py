"""Blind set 5, part P: three province plans (2021-2030 / 2026-2030) written from the format spec
and real Vietnamese plans only, each with a hand-checked gem.plan/1 expectation."""


def T(value, unit, comparator, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def objectives_json(objs):
    out = []
    for code, title, inds in objs:
        out.append(
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": f"{code}.{n}", "text": text, "targets": targets}
                    for n, text, targets in inds
                ],
            }
        )
    return out


def assignments_json(pairs):
    """pairs: list of (agency, role, [codes]) possibly repeated; merged in order of appearance."""
    merged = {}
    for agency, role, codes in pairs:
        key = (agency, role)
        merged.setdefault(key, [])
        for c in codes:
            if c not in merged[key]:
                merged[key].append(c)
    return [{"agency": a, "role": r, "indicators": c} for (a, r), c in merged.items()]


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


BV = "người bị bạo lực"
GV = "người gây bạo lực"
TH = "tiểu học"
THCS = "trung học cơ sở"
THS = "thạc sĩ"
TS = "tiến sĩ"
P = "%"


# ---------------------------------------------------------------------------------------------
# 1. Tuyên Quang 2021-2030 (.docx): header in a Word table, indicators as paragraphs, an annex
#    table "TT | Chỉ tiêu | Năm 2025 | Năm 2030 | Cơ quan chủ trì | Cơ quan phối hợp" that carries
#    most of the assignments (merged objective rows, vertically merged agency cells).
# ---------------------------------------------------------------------------------------------

TQ_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Phấn đấu đến năm 2025 đạt 60% và đến năm 2030 đạt 75% các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(60, P, ">=", 2025), T(75, P, ">=", 2030)],
            ),
            (
                2,
                "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp đạt ít nhất 40% vào năm 2025 và đạt 50% vào năm 2030.",
                [T(40, P, ">=", 2025), T(50, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 45% vào năm 2025 và khoảng 55% vào năm 2030.",
                [T(45, P, ">=", 2025), T(55, P, "=", 2030)],
            ),
            (
                2,
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 50% vào năm 2025 và dưới 40% vào năm 2030.",
                [T(50, P, "<", 2025), T(40, P, "<", 2030)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 25% vào năm 2025 và 28% vào năm 2030.",
                [T(25, P, ">=", 2025), T(28, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                1,
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,8 lần vào năm 2025 và 1,5 lần vào năm 2030 so với nam giới.",
                [T(1.8, "times", "<=", 2025), T(1.5, "times", "<=", 2030)],
            ),
            (
                2,
                "Đến năm 2025 đạt 80% và đến năm 2030 đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đến năm 2025 đạt 50% và đến năm 2030 đạt 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(80, P, ">=", 2025, label=BV),
                    T(90, P, ">=", 2030, label=BV),
                    T(50, P, ">=", 2025, label=GV),
                    T(70, P, ">=", 2030, label=GV),
                ],
            ),
            (
                3,
                "Từ năm 2025 trở đi, 100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, P, ">=", 2025)],
            ),
            (
                4,
                "Đến năm 2025 có 80% và năm 2030 có 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(80, P, ">=", 2025), T(100, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh ở mức dưới 112 bé trai/100 bé gái sinh ra sống vào năm 2025 và ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(112, "boys_per_100_girls", "<", 2025), T(110, "boys_per_100_girls", "=", 2030)],
            ),
            (
                2,
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm còn 45/100.000 trẻ sinh sống vào năm 2025 và xuống dưới 42/100.000 trẻ sinh sống vào năm 2030.",
                [
                    T(45, "per_100000_live_births", "<=", 2025),
                    T(42, "per_100000_live_births", "<", 2030),
                ],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên giảm từ 32 ca sinh/1.000 phụ nữ năm 2020 xuống 26 ca sinh/1.000 phụ nữ vào năm 2025 và xuống 20 ca sinh/1.000 phụ nữ vào năm 2030.",
                [
                    T(26, "per_1000_women", "<=", 2025, baseline=32),
                    T(20, "per_1000_women", "<=", 2030),
                ],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                1,
                "Từ năm 2025 trở đi nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh theo hướng dẫn của Bộ Giáo dục và Đào tạo.",
                [T(None, "bool", "=", 2025)],
            ),
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 95% vào năm 2025 và 98% vào năm 2030; tỷ lệ hoàn thành cấp trung học cơ sở đạt 88% vào năm 2025 và 92% vào năm 2030.",
                [
                    T(95, P, ">=", 2025, label=TH),
                    T(98, P, ">=", 2030, label=TH),
                    T(88, P, ">=", 2025, label=THCS),
                    T(92, P, ">=", 2030, label=THCS),
                ],
            ),
            (
                3,
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30% vào năm 2025 và trên 35% vào năm 2030.",
                [T(30, P, ">", 2025), T(35, P, ">", 2030)],
            ),
            (
                4,
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 45% từ năm 2025 trở đi. Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 25% vào năm 2025 và 30% vào năm 2030.",
                [
                    T(45, P, ">=", 2025, label=THS),
                    T(25, P, ">=", 2025, label=TS),
                    T(30, P, ">=", 2030, label=TS),
                ],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "Đến năm 2025 đạt 60% và đến năm 2030 đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(60, P, ">=", 2025), T(80, P, ">=", 2030)],
            ),
            (
                2,
                "Từ năm 2025 trở đi, 100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, P, ">=", 2025)],
            ),
            (
                3,
                "Đến năm 2025 có 90% và đến năm 2030 có 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(90, P, ">=", 2025), T(100, P, ">=", 2030)],
            ),
            (
                4,
                "Từ năm 2022 trở đi, Đài Phát thanh và Truyền hình tỉnh có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới, mỗi tháng phát sóng ít nhất 02 tin, bài.",
                [T(2, "items_per_month", ">=", 2022)],
            ),
        ],
    ),
]

LDTBXH = "Sở Lao động - Thương binh và Xã hội"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
GDDT = "Sở Giáo dục và Đào tạo"
TTTT = "Sở Thông tin và Truyền thông"
KHDT = "Sở Kế hoạch và Đầu tư"

# annex rows: (indicator code, short name, 2025, 2030, lead cell, support cell)
TQ_ANNEX = [
    (
        "1",
        [
            (
                "1.1",
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                "60%",
                "75%",
                "Sở Nội vụ",
                LDTBXH,
            ),
            (
                "1.2",
                "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp",
                "≥ 40%",
                "50%",
                "Sở Nội vụ",
                "",
            ),
        ],
    ),
    (
        "2",
        [
            (
                "2.1",
                "Tỷ lệ lao động nữ làm công hưởng lương",
                "45%",
                "Khoảng 55%",
                LDTBXH,
                "Cục Thống kê tỉnh",
            ),
            (
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
                "Dưới 50%",
                "Dưới 40%",
                LDTBXH,
                "Cục Thống kê tỉnh",
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "≥ 25%",
                "≥ 28%",
                KHDT,
                "Liên minh Hợp tác xã tỉnh",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "3.1",
                "Số giờ trung bình làm công việc nội trợ và chăm sóc gia đình không được trả công của phụ nữ so với nam giới",
                "1,8 lần",
                "1,5 lần",
                "Cục Thống kê tỉnh",
                "",
            ),
            (
                "3.2a",
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
                "80%",
                "90%",
                VHTTDL
                + " (số liệu về bạo lực gia đình); "
                + LDTBXH
                + " (số liệu về bạo lực trên cơ sở giới)",
                "Công an tỉnh",
            ),
            (
                "3.2b",
                "Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "50%",
                "70%",
                "",
                "",
            ),
            (
                "3.3",
                "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                "Từ năm 2025 trở đi: 100%",
                "",
                "Công an tỉnh",
                LDTBXH,
            ),
            (
                "3.4",
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
                "80%",
                "100%",
                LDTBXH,
                "",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh",
                "Dưới 112 bé trai/100 bé gái",
                "110 bé trai/100 bé gái",
                "Sở Y tế",
                "",
            ),
            (
                "4.2",
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản",
                "45/100.000 trẻ sinh sống",
                "Dưới 42/100.000 trẻ sinh sống",
                "Sở Y tế",
                "",
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên",
                "26/1.000 phụ nữ",
                "20/1.000 phụ nữ",
                "Sở Y tế",
                "",
            ),
        ],
    ),
    (
        "5",
        [
            (
                "5.1",
                "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy",
                "Từ năm 2025 trở đi",
                "",
                GDDT,
                "",
            ),
            (
                "5.2a",
                "Tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học",
                "95%",
                "98%",
                GDDT,
                "Ban Dân tộc tỉnh",
            ),
            (
                "5.2b",
                "Tỷ lệ trẻ em dân tộc thiểu số hoàn thành cấp trung học cơ sở",
                "88%",
                "92%",
                "",
                "",
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
                "Trên 30%",
                "Trên 35%",
                LDTBXH,
                "",
            ),
            (
                "5.4a",
                "Tỷ lệ nữ thạc sĩ",
                "Không dưới 45% từ năm 2025 trở đi",
                "",
                GDDT,
                "Sở Khoa học và Công nghệ",
            ),
            ("5.4b", "Tỷ lệ nữ tiến sĩ", "25%", "30%", "", ""),
        ],
    ),
    (
        "6",
        [
            (
                "6.1",
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "60%",
                "80%",
                LDTBXH,
                TTTT,
            ),
            (
                "6.2",
                "Tỷ lệ tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới",
                "Từ năm 2025 trở đi: 100%",
                "",
                LDTBXH,
                "",
            ),
            (
                "6.3",
                "Tỷ lệ xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
                "90%",
                "100%",
                TTTT,
                "",
            ),
            (
                "6.4",
                "Đài Phát thanh và Truyền hình tỉnh có chuyên mục, chuyên đề về bình đẳng giới",
                "Từ năm 2022 trở đi: ít nhất 02 tin, bài mỗi tháng",
                "",
                TTTT,
                "Đài Phát thanh và Truyền hình tỉnh",
            ),
        ],
    ),
]

TQ_ASSIGN = assignments_json(
    [
        # from the annex (row by row)
        ("Sở Nội vụ", "lead", ["1.1", "1.2"]),
        (LDTBXH, "support", ["1.1"]),
        (LDTBXH, "lead", ["2.1", "2.2"]),
        ("Cục Thống kê tỉnh", "support", ["2.1", "2.2"]),
        (KHDT, "lead", ["2.3"]),
        ("Liên minh Hợp tác xã tỉnh", "support", ["2.3"]),
        ("Cục Thống kê tỉnh", "lead", ["3.1"]),
        (VHTTDL, "lead", ["3.2"]),
        (LDTBXH, "lead", ["3.2"]),
        ("Công an tỉnh", "support", ["3.2"]),
        ("Công an tỉnh", "lead", ["3.3"]),
        (LDTBXH, "support", ["3.3"]),
        (LDTBXH, "lead", ["3.4"]),
        ("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
        (GDDT, "lead", ["5.1", "5.2"]),
        ("Ban Dân tộc tỉnh", "support", ["5.2"]),
        (LDTBXH, "lead", ["5.3"]),
        (GDDT, "lead", ["5.4"]),
        ("Sở Khoa học và Công nghệ", "support", ["5.4"]),
        (LDTBXH, "lead", ["6.1", "6.2"]),
        (TTTT, "support", ["6.1"]),
        (TTTT, "lead", ["6.3", "6.4"]),
        ("Đài Phát thanh và Truyền hình tỉnh", "support", ["6.4"]),
    ]
)


def _tq_annex_table():
    header = ["TT", "Chỉ tiêu", "Năm 2025", "Năm 2030", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    rows, merges = [header], []
    roman = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}
    titles = {c: t for c, t, _ in TQ_OBJ}
    for obj, items in TQ_ANNEX:
        r = len(rows)
        rows.append([roman[obj], f"Mục tiêu {obj}: {titles[obj]}", "", "", "", ""])
        merges.append((r, 1, r, 5))
        for code, name, v25, v30, lead, sup in items:
            r = len(rows)
            tt = code.split(".")[1]
            if tt.endswith("b"):
                tt = ""
            elif tt.endswith("a"):
                tt = tt[:-1]
            rows.append([tt, name, v25, v30, lead, sup])
            if not v30 and v25:
                merges.append((r, 2, r, 3))
            if code.endswith("b"):
                # the agencies of the "a" row cover the "b" row too
                merges.append((r - 1, 4, r, 4))
                merges.append((r - 1, 5, r, 5))
                merges.append((r - 1, 0, r, 0))
    return ("table", rows, merges)


def _tq_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "-------", "Số: 97/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "---------------",
                "Tuyên Quang, ngày 14 tháng 6 năm 2021",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2021-2030**",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Công văn số 1243/LĐTBXH-BĐG ngày 07 tháng 4 năm 2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 86/TTr-SLĐTBXH ngày 28 tháng 5 năm 2021,",
        "Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2021-2030 (sau đây gọi tắt là Kế hoạch), với những nội dung sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với điều kiện phát triển kinh tế - xã hội của tỉnh; làm căn cứ để các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch thực hiện của ngành, địa phương.",
        "- Nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân các dân tộc trong tỉnh về bình đẳng giới; từng bước thu hẹp khoảng cách giới, nhất là ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
        "**2. Yêu cầu**",
        "- Việc triển khai thực hiện Kế hoạch phải được tiến hành đồng bộ, thường xuyên, có trọng tâm, trọng điểm; gắn với việc thực hiện các nhiệm vụ chính trị, chương trình, đề án phát triển kinh tế - xã hội của từng cơ quan, đơn vị, địa phương.",
        "- Xác định rõ trách nhiệm của cơ quan chủ trì, cơ quan phối hợp trong việc theo dõi, đánh giá từng chỉ tiêu; số liệu báo cáo phải đầy đủ, kịp thời, có sự tách biệt giới.",
        "- Tăng cường kiểm tra, giám sát, định kỳ sơ kết, tổng kết, đánh giá rút kinh nghiệm để kịp thời điều chỉnh các giải pháp cho phù hợp với thực tiễn.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Tuyên Quang phát triển nhanh và bền vững.",
        "**2. Mục tiêu cụ thể**",
    ]
    for i, (code, title, inds) in enumerate(TQ_OBJ, 1):
        b.append(f"*2.{i}. Mục tiêu {code}: {title}*")
        for n, text, _ in inds:
            b.append(f"- Chỉ tiêu {n}: {text}")
    b += [
        "(Chi tiết phân công cơ quan chủ trì, phối hợp theo dõi, đánh giá các chỉ tiêu tại Phụ lục kèm theo Kế hoạch này).",
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Nhiệm vụ, giải pháp chung**",
        "a) Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền các cấp đối với công tác bình đẳng giới. Đưa nội dung bình đẳng giới vào chương trình công tác hằng năm của các cơ quan, đơn vị, địa phương; đề cao vai trò, trách nhiệm của người đứng đầu trong việc thực hiện các mục tiêu, chỉ tiêu bình đẳng giới.",
        "b) Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, quy hoạch, kế hoạch phát triển kinh tế - xã hội của tỉnh và các huyện, thành phố; chú trọng lồng ghép trong các chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "c) Đẩy mạnh công tác thông tin, truyền thông nhằm thay đổi nhận thức, hành vi về bình đẳng giới; đa dạng hóa hình thức tuyên truyền phù hợp với phong tục, tập quán, ngôn ngữ của từng dân tộc; phát huy vai trò của người có uy tín, già làng, trưởng thôn, bản trong vận động Nhân dân xóa bỏ các hủ tục, tảo hôn, hôn nhân cận huyết thống.",
        "d) Củng cố, kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới, vì sự tiến bộ của phụ nữ các cấp; hằng năm tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng lồng ghép giới cho cán bộ, công chức cấp tỉnh, cấp huyện và cấp xã.",
        "đ) Tăng cường công tác thanh tra, kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới; kịp thời phát hiện, xử lý nghiêm các hành vi vi phạm.",
        "e) Xây dựng hệ thống thu thập, tổng hợp số liệu thống kê về giới của tỉnh, bảo đảm phục vụ việc theo dõi, đánh giá các chỉ tiêu của Kế hoạch và các chỉ tiêu thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "**2. Nhiệm vụ, giải pháp cụ thể**",
        "*a) Trong lĩnh vực chính trị*",
        "Rà soát, bổ sung quy hoạch cán bộ nữ ở các cấp, các ngành; thực hiện nghiêm nguyên tắc bình đẳng giới trong tuyển dụng, đào tạo, bồi dưỡng, đề bạt, bổ nhiệm cán bộ. Ưu tiên tạo nguồn cán bộ nữ trẻ, cán bộ nữ là người dân tộc thiểu số; bảo đảm các cơ quan, đơn vị có từ 30% cán bộ, công chức nữ trở lên có lãnh đạo chủ chốt là nữ.",
        "*b) Trong lĩnh vực kinh tế, lao động*",
        "Hỗ trợ phụ nữ nông thôn, phụ nữ dân tộc thiểu số tiếp cận các nguồn vốn vay ưu đãi, đào tạo nghề, chuyển giao khoa học kỹ thuật; phát triển các mô hình kinh tế tập thể, hợp tác xã do phụ nữ làm chủ gắn với sản phẩm OCOP và du lịch cộng đồng. Nâng cao chất lượng tư vấn, giới thiệu việc làm, ưu tiên lao động nữ thuộc hộ nghèo, hộ cận nghèo.",
        "*c) Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới*",
        "Duy trì, nhân rộng các mô hình phòng, chống bạo lực gia đình, địa chỉ tin cậy ở cộng đồng, nhóm phòng chống bạo lực gia đình tại thôn, bản, tổ dân phố. Tăng cường phát hiện, can thiệp sớm, hỗ trợ nạn nhân bạo lực gia đình, nạn nhân bị mua bán; nâng cao chất lượng dịch vụ của các cơ sở trợ giúp xã hội.",
        "*d) Trong lĩnh vực y tế*",
        "Tăng cường truyền thông chuyển đổi hành vi về kiểm soát mất cân bằng giới tính khi sinh; nghiêm cấm lựa chọn giới tính thai nhi dưới mọi hình thức. Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em, nhất là tại các xã đặc biệt khó khăn; tư vấn, giáo dục sức khỏe sinh sản cho vị thành niên, thanh niên.",
        "*đ) Trong lĩnh vực giáo dục, đào tạo*",
        "Thực hiện lồng ghép nội dung giới, bình đẳng giới trong các hoạt động giáo dục; vận động trẻ em gái người dân tộc thiểu số đến trường, hạn chế tình trạng bỏ học; hỗ trợ nữ cán bộ, công chức, viên chức tham gia đào tạo sau đại học.",
        "*e) Trong lĩnh vực thông tin, truyền thông*",
        "Đổi mới nội dung, hình thức tuyên truyền về bình đẳng giới trên báo chí, hệ thống thông tin cơ sở, mạng xã hội; kiểm soát chặt chẽ các sản phẩm thông tin, quảng cáo có nội dung định kiến giới.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án, dự án có liên quan.",
        "2. Huy động các nguồn tài trợ, viện trợ hợp pháp của các tổ chức, cá nhân trong và ngoài nước theo quy định của pháp luật.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "**1. Sở Lao động - Thương binh và Xã hội**",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố tổ chức triển khai thực hiện Kế hoạch; hướng dẫn, đôn đốc, kiểm tra việc thực hiện; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.",
        "- Chủ trì, phối hợp với các cơ quan liên quan theo dõi, đánh giá các chỉ tiêu được phân công tại Phụ lục kèm theo Kế hoạch; tổng hợp số liệu các chỉ tiêu bình đẳng giới của tỉnh.",
        "- Tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết việc thực hiện Kế hoạch vào năm 2025 và tổng kết vào năm 2030.",
        "**2. Các sở, ban, ngành được giao chủ trì, phối hợp theo dõi chỉ tiêu**",
        "Các cơ quan được giao chủ trì theo dõi, đánh giá chỉ tiêu tại Phụ lục kèm theo có trách nhiệm hướng dẫn, thu thập, tổng hợp số liệu và báo cáo kết quả thực hiện chỉ tiêu được giao; các cơ quan được giao phối hợp có trách nhiệm cung cấp thông tin, số liệu cho cơ quan chủ trì. Ngoài ra, thực hiện một số nhiệm vụ cụ thể sau:",
        "a) Sở Nội vụ: Thực hiện lồng ghép kiến thức về giới và bình đẳng giới trong đào tạo, bồi dưỡng cán bộ, công chức, viên chức; tham mưu thực hiện Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách.",
        "b) Sở Kế hoạch và Đầu tư: Lồng ghép các mục tiêu, chỉ tiêu về bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh; hướng dẫn các ngành, địa phương lồng ghép các chỉ tiêu bình đẳng giới trong xây dựng kế hoạch.",
        "c) Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách địa phương; hướng dẫn việc quản lý, sử dụng và thanh quyết toán kinh phí theo quy định.",
        "d) Sở Tư pháp: Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; tổ chức phổ biến, giáo dục pháp luật về bình đẳng giới.",
        "đ) Sở Y tế: Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, giảm tử vong mẹ, giảm tỷ suất sinh ở vị thành niên; chủ trì theo dõi, đánh giá, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4 của Kế hoạch.",
        "e) Sở Giáo dục và Đào tạo: Chỉ đạo các cơ sở giáo dục thực hiện lồng ghép nội dung bình đẳng giới trong giảng dạy; triển khai các giải pháp duy trì sĩ số, giảm tình trạng học sinh dân tộc thiểu số bỏ học.",
        "g) Sở Văn hóa, Thể thao và Du lịch: Triển khai công tác gia đình, phòng, chống bạo lực gia đình; hướng dẫn xây dựng và duy trì các mô hình phòng, chống bạo lực gia đình tại cộng đồng.",
        "h) Sở Thông tin và Truyền thông: Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng cường thông tin, tuyên truyền về bình đẳng giới; phối hợp kiểm tra, xử lý các sản phẩm thông tin có nội dung định kiến giới.",
        "i) Công an tỉnh: Chủ trì theo dõi, đánh giá chỉ tiêu 3 của Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch, Sở Lao động - Thương binh và Xã hội theo dõi chỉ tiêu 2 của Mục tiêu 3. Đẩy mạnh đấu tranh phòng, chống tội phạm mua bán người, tội phạm xâm hại phụ nữ, trẻ em.",
        "k) Cục Thống kê tỉnh: Chủ trì thu thập, công bố các chỉ tiêu thống kê phát triển giới của tỉnh; hướng dẫn nghiệp vụ thống kê có tách biệt giới cho các sở, ngành, địa phương.",
        "l) Ban Dân tộc tỉnh, Liên minh Hợp tác xã tỉnh, Sở Khoa học và Công nghệ, Đài Phát thanh và Truyền hình tỉnh, Báo Tuyên Quang: Theo chức năng, nhiệm vụ được giao, lồng ghép các hoạt động thúc đẩy bình đẳng giới vào chương trình, kế hoạch công tác của cơ quan, đơn vị; phối hợp theo dõi các chỉ tiêu theo phân công tại Phụ lục.",
        "**3. Ủy ban nhân dân các huyện, thành phố**",
        "Căn cứ Kế hoạch này và tình hình thực tế của địa phương, xây dựng và ban hành kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 của địa phương, gửi về Sở Lao động - Thương binh và Xã hội trước ngày 30 tháng 7 năm 2021; bố trí kinh phí, nhân lực thực hiện công tác bình đẳng giới tại địa phương.",
        "**4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh**",
        "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân thực hiện pháp luật về bình đẳng giới; tham gia giám sát, phản biện xã hội việc thực hiện Kế hoạch. Đề nghị Hội Liên hiệp Phụ nữ tỉnh tiếp tục thực hiện có hiệu quả các phong trào thi đua, cuộc vận động liên quan đến phụ nữ; giới thiệu cán bộ nữ ưu tú để quy hoạch, đào tạo, bồi dưỡng.",
        "**VI. CHẾ ĐỘ BÁO CÁO**",
        "1. Định kỳ 6 tháng, hằng năm, các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch gửi về Sở Lao động - Thương binh và Xã hội (báo cáo 6 tháng trước ngày 10 tháng 6; báo cáo năm trước ngày 10 tháng 12).",
        "2. Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Lao động - Thương binh và Xã hội trước ngày 20 tháng 6 và trước ngày 20 tháng 12 hằng năm.",
        "3. Báo cáo sơ kết giai đoạn 2021 - 2025 của các cơ quan, đơn vị, địa phương gửi về Sở Lao động - Thương binh và Xã hội trước ngày 30 tháng 9 năm 2025; báo cáo tổng kết 10 năm thực hiện Kế hoạch gửi trước ngày 15 tháng 10 năm 2030.",
        "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Lao động - TB&XH (b/c);",
                "- Thường trực Tỉnh ủy;",
                "- Thường trực HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành, đoàn thể tỉnh;",
                "- UBND các huyện, thành phố;",
                "- Chánh, Phó VP UBND tỉnh;",
                "- Lưu: VT, VX (Hg).",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Việt Phương"],
        ),
        "**Phụ lục**",
        "**PHÂN CÔNG CƠ QUAN CHỦ TRÌ, PHỐI HỢP THEO DÕI, ĐÁNH GIÁ CÁC CHỈ TIÊU**",
        "*(Kèm theo Kế hoạch số 97/KH-UBND ngày 14/6/2021 của Ủy ban nhân dân tỉnh Tuyên Quang)*",
        _tq_annex_table(),
        "*Ghi chú: Số liệu các chỉ tiêu được thu thập, tổng hợp có sự tách biệt giới; cơ quan chủ trì gửi kết quả về Sở Lao động - Thương binh và Xã hội cùng kỳ báo cáo 6 tháng, hằng năm.*",
    ]
    return b


TUYEN_QUANG = {
    "name": "tuyen-quang-2021-2030",
    "ext": "docx",
    "blocks": _tq_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2021-2030",
        "issuer": "UBND tỉnh Tuyên Quang",
        "level": "province",
        "area": "Tuyên Quang",
        "period": {"start": 2021, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 1243/LĐTBXH-BĐG ngày 07 tháng 4 năm 2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        ],
        "parent": None,
        "objectives": objectives_json(TQ_OBJ),
        "assignments": TQ_ASSIGN,
        "reporting": [
            R("midterm", "consolidator", "2025"),
            R("final", "consolidator", "2030"),
            R("plan", "units", "2021-07-30"),
            R("semiannual", "units", "06-10"),
            R("annual", "units", "12-10"),
            R("semiannual", "consolidator", "06-20"),
            R("annual", "consolidator", "12-20"),
            R("midterm", "units", "2025-09-30"),
            R("final", "units", "2030-10-15"),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# 2. Nghệ An 2026-2030 (.pdf): long, page numbers, footnotes, a results section full of
#    2021-2025 figures, baselines, 2028 interim targets, Sở Nội vụ as standing body, agencies
#    that lead some indicators and support others in the same bullet, a data cut-off sentence.
# ---------------------------------------------------------------------------------------------

NA_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Phấn đấu đến năm 2030 đạt 75% các cơ quan quản lý nhà nước, chính quyền địa phương cấp tỉnh, cấp xã có lãnh đạo chủ chốt là nữ.",
                [T(75, P, ">=", 2030)],
            ),
            (
                2,
                "Tỷ lệ nữ cán bộ, công chức giữ chức vụ lãnh đạo, quản lý cấp sở, ngành và cấp xã đạt từ 35% trở lên vào năm 2030.",
                [T(35, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tăng tỷ lệ lao động nữ làm công hưởng lương từ 47,3% năm 2025 lên 55% vào năm 2030.",
                [T(55, P, ">=", 2030, baseline=47.3)],
            ),
            (
                2,
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 35% vào năm 2028 và dưới 30% vào năm 2030.",
                [T(35, P, "<", 2028), T(30, P, "<", 2030)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 30% vào năm 2030.",
                [T(30, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                1,
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống còn 1,5 lần vào năm 2030.",
                [T(1.5, "times", "<=", 2030)],
            ),
            (
                2,
                "Phấn đấu đến năm 2030: 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [T(90, P, ">=", 2030, label=BV), T(70, P, ">=", 2030, label=GV)],
            ),
            (
                3,
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, P, ">=", 2030)],
            ),
            (
                4,
                "Duy trì 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh giảm xuống dưới 111 bé trai/100 bé gái sinh ra sống vào năm 2028 và ở mức 109 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(111, "boys_per_100_girls", "<", 2028), T(109, "boys_per_100_girls", "=", 2030)],
            ),
            (
                2,
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản không quá 38/100.000 trẻ sinh sống.",
                [T(38, "per_100000_live_births", "<=", 2030)],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên giảm xuống dưới 17 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(17, "per_1000_women", "<", 2030)],
            ),
            (
                4,
                "Có ít nhất 01 cơ sở y tế trên địa bàn tỉnh cung cấp dịch vụ chăm sóc sức khỏe dành cho người đồng tính, song tính và chuyển giới vào năm 2030.",
                [T(1, "count", ">=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                1,
                "Nội dung về giới, bình đẳng giới tiếp tục được giảng dạy chính thức trong các cơ sở giáo dục, đào tạo của tỉnh.",
                [T(None, "bool", "=", 2030)],
            ),
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99%; hoàn thành giáo dục trung học cơ sở đạt 95% vào năm 2030.",
                [T(99, P, ">=", 2030, label=TH), T(95, P, ">=", 2030, label=THCS)],
            ),
            (
                3,
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 40% vào năm 2030.",
                [T(40, P, ">", 2030)],
            ),
            (
                4,
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 33% vào năm 2030.",
                [T(50, P, ">=", 2030, label=THS), T(33, P, ">=", 2030, label=TS)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "Phấn đấu đến năm 2030 đạt 85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(85, P, ">=", 2030)],
            ),
            (
                2,
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, P, ">=", 2030)],
            ),
            (
                3,
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, P, ">=", 2030)],
            ),
            (
                4,
                "Báo và Phát thanh, Truyền hình Nghệ An mỗi quý có ít nhất 03 tin, bài, phóng sự chuyên đề về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
                [T(3, "items_per_quarter", ">=", 2030)],
            ),
        ],
    ),
]

NA_ASSIGN = assignments_json(
    [
        ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "3.2", "3.4", "5.3", "6.1", "6.2"]),
        ("Sở Tài chính", "lead", ["2.3"]),
        ("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "4.4"]),
        ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.4"]),
        ("Sở Giáo dục và Đào tạo", "support", ["5.3"]),
        ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3", "6.4"]),
        ("Sở Khoa học và Công nghệ", "support", ["5.4"]),
        ("Sở Dân tộc và Tôn giáo", "support", ["5.2"]),
        ("Công an tỉnh", "lead", ["3.3"]),
        ("Công an tỉnh", "support", ["3.2"]),
        ("Thống kê tỉnh", "lead", ["3.1"]),
        ("Thống kê tỉnh", "support", ["2.3"]),
        ("Báo và Phát thanh, Truyền hình Nghệ An", "support", ["6.4"]),
        ("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
    ]
)


def _na_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 412/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Nghệ An, ngày 22 tháng 5 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Nghệ An**",
        "Căn cứ Luật Bình đẳng giới ngày 29/11/2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Công văn số 3120/BNV-CTTN&BĐG ngày 10/4/2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
        "Trên cơ sở kết quả thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 như sau:",
        "**I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025**",
        "Sau 05 năm triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn tỉnh đã có nhiều chuyển biến tích cực. Nhận thức của cấp ủy, chính quyền và Nhân dân về bình đẳng giới từng bước được nâng lên; công tác lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển kinh tế - xã hội được quan tâm thực hiện.",
        "Đến hết năm 2025, tỉnh đạt và vượt 14/20 chỉ tiêu đề ra¹. Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 61,4%; tỷ lệ lao động nữ làm công hưởng lương đạt 47,3%; tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp giảm còn 38,6%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 26,1%. Tỷ số giới tính khi sinh năm 2025 là 113,2 bé trai/100 bé gái, vẫn ở mức cao so với bình quân chung cả nước.",
        (
            "footnote",
            "¹ Theo Báo cáo số 215/BC-UBND ngày 20/12/2025 của UBND tỉnh về kết quả thực hiện Kế hoạch giai đoạn 2021 - 2025; 06 chỉ tiêu chưa đạt gồm: chỉ tiêu 1 của Mục tiêu 1, chỉ tiêu 3 của Mục tiêu 2, chỉ tiêu 1 của Mục tiêu 4, chỉ tiêu 3 của Mục tiêu 4, chỉ tiêu 4 của Mục tiêu 5 và chỉ tiêu 1 của Mục tiêu 6.",
        ),
        "Bên cạnh kết quả đạt được, công tác bình đẳng giới còn một số hạn chế: tư tưởng trọng nam khinh nữ, định kiến giới vẫn còn tồn tại ở một bộ phận Nhân dân, nhất là ở khu vực miền núi phía Tây của tỉnh; tình trạng tảo hôn, bạo lực gia đình chưa được đẩy lùi triệt để; đội ngũ cán bộ làm công tác bình đẳng giới ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi, nhất là sau khi sắp xếp tổ chức bộ máy và thực hiện chính quyền địa phương hai cấp từ ngày 01/7/2025; số liệu thống kê có tách biệt giới chưa đầy đủ, chưa kịp thời.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "1. Tiếp tục triển khai có hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn tỉnh trong giai đoạn 2026 - 2030, phù hợp với mô hình chính quyền địa phương hai cấp; khắc phục những hạn chế, tồn tại của giai đoạn trước.",
        "2. Xác định cụ thể các chỉ tiêu, nhiệm vụ, giải pháp và trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường trong việc tổ chức thực hiện; bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị.",
        "3. Việc theo dõi, đánh giá các chỉ tiêu phải được thực hiện thường xuyên, thống nhất, dựa trên số liệu có tách biệt giới, bảo đảm phục vụ công tác báo cáo theo quy định.",
        "**III. MỤC TIÊU**",
        "**1. Mục tiêu tổng quát**",
        "Bảo đảm bình đẳng giới thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trên các lĩnh vực chính trị, kinh tế, văn hóa, xã hội; tiếp tục thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ, góp phần xây dựng Nghệ An trở thành tỉnh khá của khu vực phía Bắc vào năm 2030.",
        "**2. Mục tiêu cụ thể**",
    ]
    letters = "abcdđe"
    for i, (code, title, inds) in enumerate(NA_OBJ):
        b.append(f"{letters[i]}) Mục tiêu {code}: {title}")
        for n, text, _ in inds:
            b.append(f"- Chỉ tiêu {n}: {text}")
    b += [
        "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
        "**1. Tăng cường sự lãnh đạo, chỉ đạo và nâng cao hiệu lực, hiệu quả quản lý nhà nước về bình đẳng giới**",
        "- Các cấp ủy Đảng, chính quyền tiếp tục quán triệt, triển khai các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới; đưa mục tiêu, chỉ tiêu bình đẳng giới vào nghị quyết, chương trình, kế hoạch công tác hằng năm; xác định công tác bình đẳng giới là một trong những tiêu chí đánh giá kết quả hoàn thành nhiệm vụ của cơ quan, đơn vị và người đứng đầu.",
        "- Kiện toàn, nâng cao năng lực đội ngũ cán bộ, công chức làm công tác bình đẳng giới tại Sở Nội vụ, các sở, ngành và Phòng Văn hóa - Xã hội các xã, phường; bố trí công chức phụ trách công tác bình đẳng giới ổn định, hạn chế kiêm nhiệm nhiều lĩnh vực.",
        "- Hằng năm tổ chức ít nhất 02 lớp tập huấn, bồi dưỡng kiến thức về giới, lồng ghép giới và kỹ năng thu thập số liệu có tách biệt giới cho đội ngũ cán bộ làm công tác bình đẳng giới cấp tỉnh, cấp xã.",
        "- Tăng cường công tác thanh tra, kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp, nhất là các doanh nghiệp sử dụng nhiều lao động nữ tại các khu công nghiệp Nam Cấm, WHA, VSIP Nghệ An.",
        "**2. Hoàn thiện cơ chế, chính sách và lồng ghép vấn đề bình đẳng giới**",
        "- Rà soát các văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành để kịp thời sửa đổi, bổ sung các quy định chưa bảo đảm nguyên tắc bình đẳng giới.",
        "- Thực hiện đánh giá tác động giới đối với các chính sách trong quá trình xây dựng văn bản; bảo đảm nguồn lực cho việc thực hiện các chính sách có liên quan đến phụ nữ và trẻ em gái.",
        "**3. Đẩy mạnh thông tin, truyền thông, giáo dục về bình đẳng giới**",
        "- Đa dạng hóa nội dung, hình thức truyền thông, chú trọng truyền thông trên nền tảng số, mạng xã hội; xây dựng các chuyên trang, chuyên mục về bình đẳng giới trên Cổng thông tin điện tử tỉnh và trang thông tin điện tử của các xã, phường.",
        "- Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm) với hình thức phù hợp, thiết thực.",
        "- Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số, chức sắc tôn giáo, nam giới và trẻ em trai trong thúc đẩy bình đẳng giới; nhân rộng các mô hình “Câu lạc bộ thủ lĩnh của sự thay đổi”, “Địa chỉ tin cậy ở cộng đồng”.",
        "**4. Nhóm giải pháp trong từng lĩnh vực**",
        "*a) Lĩnh vực chính trị:* Thực hiện nghiêm quy định về tỷ lệ cán bộ nữ trong quy hoạch; ưu tiên bố trí, sử dụng cán bộ nữ khi có đủ tiêu chuẩn, điều kiện; bảo đảm ở những cơ quan, đơn vị có từ 30% nữ trở lên có cán bộ lãnh đạo chủ chốt là nữ. Tạo điều kiện để cán bộ nữ tham gia đào tạo, bồi dưỡng, luân chuyển tại các xã, phường sau sắp xếp.",
        "*b) Lĩnh vực kinh tế, lao động:* Hỗ trợ phụ nữ khởi nghiệp, phát triển doanh nghiệp, hợp tác xã; đào tạo nghề cho lao động nữ nông thôn gắn với nhu cầu của doanh nghiệp tại các khu công nghiệp; hỗ trợ phụ nữ tiếp cận các nguồn vốn tín dụng ưu đãi, chuyển đổi số và thương mại điện tử.",
        "*c) Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới:* Phát triển mạng lưới dịch vụ hỗ trợ nạn nhân bạo lực trên cơ sở giới; duy trì đường dây nóng; nâng cao năng lực của các cơ sở trợ giúp xã hội công lập, Trung tâm Công tác xã hội tỉnh trong tiếp nhận, hỗ trợ nạn nhân; phối hợp liên ngành trong phát hiện, xử lý các vụ việc.",
        "*d) Lĩnh vực y tế:* Thực hiện đồng bộ các giải pháp kiểm soát mất cân bằng giới tính khi sinh; xử lý nghiêm các cơ sở vi phạm quy định về lựa chọn giới tính thai nhi; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ sơ sinh tại các trạm y tế xã, phường, nhất là các xã miền núi, biên giới.",
        "*đ) Lĩnh vực giáo dục, đào tạo:* Tiếp tục lồng ghép nội dung về giới, bình đẳng giới trong chương trình giáo dục phổ thông; hỗ trợ học sinh dân tộc thiểu số, nhất là trẻ em gái, duy trì việc học; khuyến khích nữ cán bộ, viên chức tham gia đào tạo sau đại học.",
        "*e) Lĩnh vực thông tin, truyền thông:* Nâng cao chất lượng tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở; kiểm soát các sản phẩm báo chí, xuất bản, quảng cáo có nội dung định kiến giới; phổ biến thông tin về bình đẳng giới tới 100% tổ chức Đảng, chính quyền, đoàn thể các cấp.",
        "**5. Xây dựng cơ sở dữ liệu và tăng cường hợp tác**",
        "- Xây dựng, cập nhật cơ sở dữ liệu thống kê về giới của tỉnh, bảo đảm kết nối với Bộ chỉ tiêu thống kê phát triển giới của quốc gia; chuẩn hóa biểu mẫu thu thập số liệu có tách biệt giới cho các sở, ngành và các xã, phường.",
        "- Tranh thủ sự hỗ trợ của các tổ chức quốc tế, tổ chức phi chính phủ trong việc thực hiện các chương trình, dự án về bình đẳng giới trên địa bàn tỉnh.",
        "**V. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương; lồng ghép từ các chương trình mục tiêu quốc gia và các chương trình, đề án có liên quan.",
        "2. Khuyến khích huy động các nguồn kinh phí xã hội hóa, tài trợ hợp pháp của các tổ chức, cá nhân trong nước và quốc tế.",
        "3. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị, địa phương xây dựng dự toán kinh phí thực hiện Kế hoạch, tổng hợp chung vào dự toán ngân sách của cơ quan, đơn vị gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền phê duyệt.",
        ("page",),
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "**1. Sở Nội vụ**",
        "- Là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch; hướng dẫn, kiểm tra, đôn đốc việc thực hiện; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ.",
        "- Chủ trì theo dõi, đánh giá, tổng hợp kết quả thực hiện chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 1; chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 2; chỉ tiêu 2 (số liệu về bạo lực trên cơ sở giới), chỉ tiêu 4 của Mục tiêu 3; chỉ tiêu 3 của Mục tiêu 5; chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 6.",
        "- Thực hiện lồng ghép kiến thức về giới, bình đẳng giới trong đào tạo, bồi dưỡng cán bộ, công chức, viên chức; tham mưu thực hiện công tác quy hoạch, đào tạo, bổ nhiệm cán bộ nữ.",
        "- Tham mưu Ủy ban nhân dân tỉnh khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "**2. Sở Tài chính**",
        "- Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định; hướng dẫn các cơ quan, đơn vị lập dự toán, quản lý, sử dụng kinh phí.",
        "- Lồng ghép các mục tiêu, chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh.",
        "- Chủ trì theo dõi, đánh giá chỉ tiêu 3 của Mục tiêu 2.",
        "**3. Sở Y tế**",
        "Triển khai các chương trình, đề án về chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; hướng dẫn các cơ sở y tế cung cấp dịch vụ thân thiện với người đồng tính, song tính và chuyển giới. Chủ trì theo dõi, đánh giá, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4 của Kế hoạch.",
        "**4. Sở Giáo dục và Đào tạo**",
        "Chỉ đạo lồng ghép nội dung giới, bình đẳng giới, phòng, chống bạo lực học đường trong các cơ sở giáo dục; chủ trì theo dõi, đánh giá chỉ tiêu 1, chỉ tiêu 2 và chỉ tiêu 4 của Mục tiêu 5; phối hợp với Sở Nội vụ theo dõi chỉ tiêu 3 của Mục tiêu 5.",
        "**5. Sở Văn hóa, Thể thao và Du lịch**",
        "- Chủ trì công tác gia đình, phòng, chống bạo lực gia đình; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới; kiểm soát các sản phẩm văn hóa, xuất bản, quảng cáo có nội dung định kiến giới.",
        "- Chủ trì theo dõi, đánh giá chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực gia đình); chỉ tiêu 3, chỉ tiêu 4 của Mục tiêu 6.",
        "**6. Sở Khoa học và Công nghệ**",
        "Hỗ trợ ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý cơ sở dữ liệu về bình đẳng giới; phối hợp với Sở Giáo dục và Đào tạo theo dõi, cung cấp số liệu về chỉ tiêu 4 của Mục tiêu 5 (nữ thạc sĩ, tiến sĩ).",
        "**7. Sở Tư pháp**",
        "Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; phối hợp tổ chức phổ biến, giáo dục pháp luật về bình đẳng giới, trợ giúp pháp lý cho phụ nữ là nạn nhân của bạo lực.",
        "**8. Sở Dân tộc và Tôn giáo**",
        "Tuyên truyền, vận động đồng bào dân tộc thiểu số, đồng bào có đạo xóa bỏ các hủ tục, tảo hôn, hôn nhân cận huyết thống; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 của Mục tiêu 5.",
        "**9. Công an tỉnh**",
        "Chủ trì theo dõi, đánh giá chỉ tiêu 3 của Mục tiêu 3; phối hợp cung cấp số liệu về các vụ bạo lực gia đình, bạo lực trên cơ sở giới phục vụ việc theo dõi chỉ tiêu 2 của Mục tiêu 3. Tăng cường phòng ngừa, đấu tranh với tội phạm mua bán người, xâm hại tình dục phụ nữ và trẻ em.",
        "**10. Thống kê tỉnh**",
        "Chủ trì thu thập, tổng hợp và báo cáo số liệu chỉ tiêu 1 của Mục tiêu 3; phối hợp với Sở Tài chính theo dõi chỉ tiêu 3 của Mục tiêu 2; công bố các chỉ tiêu thống kê phát triển giới của tỉnh hằng năm.",
        "**11. Báo và Phát thanh, Truyền hình Nghệ An**",
        "Xây dựng các chuyên trang, chuyên mục về bình đẳng giới; phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi, báo cáo chỉ tiêu 4 của Mục tiêu 6.",
        "**12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
        "Tham gia tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện Kế hoạch. Trong đó, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch theo dõi, cung cấp thông tin về chỉ tiêu 2 của Mục tiêu 3.",
        "**13. Ủy ban nhân dân các xã, phường**",
        "- Xây dựng và ban hành kế hoạch thực hiện công tác bình đẳng giới giai đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 31/7/2026; xác định chỉ tiêu cụ thể phù hợp với điều kiện thực tế của địa phương.",
        "- Giao Phòng Văn hóa - Xã hội làm đầu mối tham mưu, theo dõi, tổng hợp tình hình thực hiện; bố trí kinh phí, nhân lực thực hiện công tác bình đẳng giới.",
        "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Báo cáo định kỳ: Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ trước ngày 05 tháng 6 (báo cáo 6 tháng) và trước ngày 05 tháng 12 (báo cáo năm); Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm.",
        "Thời gian chốt số liệu: báo cáo 6 tháng tính từ ngày 15/12 năm trước đến ngày 14/6 của kỳ báo cáo; báo cáo năm tính từ ngày 15/12 năm trước đến ngày 14/12 của kỳ báo cáo².",
        (
            "footnote",
            "² Theo quy định tại Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước.",
        ),
        "2. Báo cáo đột xuất: Thực hiện theo yêu cầu của Ủy ban nhân dân tỉnh, Bộ Nội vụ.",
        "3. Sơ kết, tổng kết: Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết giữa kỳ vào năm 2028; các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết về Sở Nội vụ trước ngày 30/6/2028. Báo cáo tổng kết giai đoạn 2026 - 2030 gửi về Sở Nội vụ trước ngày 15/9/2030; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 30/9/2030.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Nghệ An. Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (để b/c);",
                "- Thường trực Tỉnh ủy;",
                "- Thường trực HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành cấp tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Minh Khuê"],
        ),
    ]
    return b


NGHE_AN = {
    "name": "nghe-an-2026-2030",
    "ext": "pdf",
    "blocks": _na_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Nghệ An",
        "issuer": "UBND tỉnh Nghệ An",
        "level": "province",
        "area": "Nghệ An",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29/11/2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 3120/BNV-CTTN&BĐG ngày 10/4/2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
        ],
        "parent": None,
        "objectives": objectives_json(NA_OBJ),
        "assignments": NA_ASSIGN,
        "reporting": [
            R("plan", "units", "2026-07-31"),
            R("semiannual", "units", "06-05"),
            R("annual", "units", "12-05"),
            R("semiannual", "consolidator", "06-15"),
            R("annual", "consolidator", "12-15"),
            R("midterm", "consolidator", "2028"),
            R("midterm", "units", "2028-06-30"),
            R("final", "units", "2030-09-15"),
            R("final", "consolidator", "2030-09-30"),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# 3. Bến Tre 2021-2030 (.txt): plain text export of a Word file, tab header, title on two lines,
#    "Mục tiêu 1." headings without letters, inconsistent indicator markers ("- Chỉ tiêu 1:",
#    "+ Chỉ tiêu 2.", "Chỉ tiêu 3 :"), one indicator broken over two paragraphs, an extra
#    indicator (2.4), "trừ chỉ tiêu 1" in an assignment, two agencies sharing one item.
# ---------------------------------------------------------------------------------------------

BT_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Đến năm 2025 đạt 60% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(60, P, ">=", 2025), T(75, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 50% vào năm 2025 và khoảng 60% vào năm 2030.",
                [T(50, P, ">=", 2025), T(60, P, "=", 2030)],
            ),
            (
                2,
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm còn 35% vào năm 2025 và còn 30% vào năm 2030.",
                [T(35, P, "<=", 2025), T(30, P, "<=", 2030)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã từ 27% trở lên vào năm 2025 và từ 30% trở lên vào năm 2030.",
                [T(27, P, ">=", 2025), T(30, P, ">=", 2030)],
            ),
            (
                4,
                "Tỷ lệ lao động nữ ở nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật đạt 50% vào năm 2025 và 60% vào năm 2030.",
                [T(50, P, ">=", 2025), T(60, P, ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                1,
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống 1,7 lần vào năm 2025 và 1,4 lần vào năm 2030.",
                [T(1.7, "times", "<=", 2025), T(1.4, "times", "<=", 2030)],
            ),
            (
                2,
                "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 80% vào năm 2025 và 90% vào năm 2030; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 50% vào năm 2025 và 70% vào năm 2030.",
                [
                    T(80, P, ">=", 2025, label=BV),
                    T(90, P, ">=", 2030, label=BV),
                    T(50, P, ">=", 2025, label=GV),
                    T(70, P, ">=", 2030, label=GV),
                ],
            ),
            (
                3,
                "Từ năm 2025 trở đi, 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, P, ">=", 2025)],
            ),
            (
                4,
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới vào năm 2025.",
                [T(100, P, ">=", 2025)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2025 và 109 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(110, "boys_per_100_girls", "=", 2025), T(109, "boys_per_100_girls", "=", 2030)],
            ),
            (
                2,
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản duy trì dưới 30/100.000 trẻ sinh sống.",
                [T(30, "per_100000_live_births", "<", 2030)],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên giảm xuống 15 ca sinh/1.000 phụ nữ vào năm 2025 và dưới 12 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(15, "per_1000_women", "<=", 2025), T(12, "per_1000_women", "<", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                1,
                "Từ năm 2025 trở đi nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các trường phổ thông, cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2025)],
            ),
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99% vào năm 2025 và 99,5% vào năm 2030; tỷ lệ hoàn thành giáo dục trung học cơ sở đạt 95% vào năm 2025 và 97% vào năm 2030.",
                [
                    T(99, P, ">=", 2025, label=TH),
                    T(99.5, P, ">=", 2030, label=TH),
                    T(95, P, ">=", 2025, label=THCS),
                    T(97, P, ">=", 2030, label=THCS),
                ],
            ),
            (
                3,
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 35% vào năm 2025 và trên 40% vào năm 2030.",
                [T(35, P, ">", 2025), T(40, P, ">", 2030)],
            ),
            (
                4,
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50% từ năm 2025 trở đi; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 25% vào năm 2025 và 30% vào năm 2030.",
                [
                    T(50, P, ">=", 2025, label=THS),
                    T(25, P, ">=", 2025, label=TS),
                    T(30, P, ">=", 2030, label=TS),
                ],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "Đến năm 2025 đạt 60% và đến năm 2030 đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(60, P, ">=", 2025), T(80, P, ">=", 2030)],
            ),
            (
                2,
                "Đến năm 2025 có 100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, P, ">=", 2025)],
            ),
            (
                3,
                "Đến năm 2025, 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, P, ">=", 2025)],
            ),
            (
                4,
                "Đến năm 2025 có 100% Đài Truyền thanh các huyện, thành phố có chuyên mục về bình đẳng giới hằng tháng.",
                [T(100, P, ">=", 2025)],
            ),
        ],
    ),
]

BT_ASSIGN = assignments_json(
    [
        (LDTBXH, "lead", ["2.1", "2.2", "2.4", "3.2", "3.3", "3.4", "5.3", "6.1", "6.2"]),
        ("Sở Nội vụ", "lead", ["1.1"]),
        (KHDT, "lead", ["2.3"]),
        ("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
        (GDDT, "lead", ["5.1", "5.2", "5.4"]),
        (GDDT, "support", ["5.3"]),
        (VHTTDL, "lead", ["3.2"]),
        (TTTT, "lead", ["6.3", "6.4"]),
        ("Công an tỉnh", "support", ["3.3"]),
        ("Cục Thống kê tỉnh", "lead", ["3.1"]),
        ("Cục Thống kê tỉnh", "support", ["2.3"]),
        ("Ban Dân tộc tỉnh", "support", ["5.2"]),
        ("Đài Phát thanh và Truyền hình tỉnh", "support", ["6.4"]),
        ("Báo Đồng Khởi", "support", ["6.4"]),
    ]
)

# how each indicator line starts in the .txt (the inconsistency is deliberate)
_BT_MARK = {
    "1.1": "- Chỉ tiêu 1: ",
    "2.1": "- Chỉ tiêu 1: ",
    "2.2": "- Chỉ tiêu 2: ",
    "2.3": "- Chỉ tiêu 3: ",
    "2.4": "- Chỉ tiêu 4 (bổ sung): ",
    "3.1": "+ Chỉ tiêu 1. ",
    "3.2": "+ Chỉ tiêu 2. ",
    "3.3": "+ Chỉ tiêu 3. ",
    "3.4": "+ Chỉ tiêu 4. ",
    "4.1": "- Chỉ tiêu 1: ",
    "4.2": "- Chỉ tiêu 2: ",
    "4.3": "- Chỉ tiêu 3 : ",
    "5.1": "- Chỉ tiêu 1: ",
    "5.2": "- Chỉ tiêu 2: ",
    "5.3": "- Chỉ tiêu 3 : ",
    "5.4": "- Chỉ tiêu 4: ",
    "6.1": "Chỉ tiêu 1: ",
    "6.2": "Chỉ tiêu 2: ",
    "6.3": "Chỉ tiêu 3: ",
    "6.4": "Chỉ tiêu 4: ",
}


def _bt_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "", "Số: 2318/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Bến Tre, ngày 06 tháng 5 năm 2021",
            ],
        ),
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới",
        "trên địa bàn tỉnh Bến Tre giai đoạn 2021 - 2030",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
        "Căn cứ Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”;",
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025;",
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2021 - 2030, cụ thể như sau:",
        "I. KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC GIAI ĐOẠN 2011 - 2020",
        "Sau 10 năm thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020, công tác bình đẳng giới trên địa bàn tỉnh đạt được nhiều kết quả quan trọng. Tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 đạt 15,8%; tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2016 - 2021 đạt 27,1%. Tỷ lệ lao động nữ được tạo việc làm mới hằng năm chiếm khoảng 45% tổng số lao động được tạo việc làm; tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề đạt 41,2%.",
        "Tuy nhiên, việc thực hiện một số chỉ tiêu còn chậm; khoảng cách giới trong một số lĩnh vực vẫn còn, nhất là trong lĩnh vực chính trị và kinh tế; tình trạng bạo lực gia đình còn diễn biến phức tạp; tỷ số giới tính khi sinh năm 2020 là 111,3 bé trai/100 bé gái; nguồn lực cho công tác bình đẳng giới còn hạn chế.",
        "II. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Tổ chức triển khai thực hiện có hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành và toàn xã hội về công tác bình đẳng giới; tạo chuyển biến rõ nét trong việc thu hẹp khoảng cách giới ở các lĩnh vực còn có bất bình đẳng giới hoặc có nguy cơ bất bình đẳng giới.",
        "2. Yêu cầu",
        "- Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ xây dựng kế hoạch triển khai thực hiện phù hợp với điều kiện của ngành, địa phương; lồng ghép các chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội hằng năm.",
        "- Tăng cường phối hợp giữa các cơ quan quản lý nhà nước với Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội; bảo đảm số liệu theo dõi các chỉ tiêu có sự tách biệt giới, được cập nhật thường xuyên.",
        "III. MỤC TIÊU",
        "1. Mục tiêu tổng quát",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển bền vững của tỉnh Bến Tre.",
        "2. Mục tiêu cụ thể và chỉ tiêu",
    ]
    for code, title, inds in BT_OBJ:
        b.append(f"Mục tiêu {code}. {title}")
        for n, text, _ in inds:
            mark = _BT_MARK[f"{code}.{n}"]
            if f"{code}.{n}" == "3.2":
                first, second = text.split("; ", 1)
                b.append(mark + first + ";")
                b.append(second)
            else:
                b.append(mark + text)
    b += [
        "IV. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Nâng cao hiệu quả công tác lãnh đạo, chỉ đạo",
        "Các cấp ủy Đảng, chính quyền tăng cường lãnh đạo, chỉ đạo công tác bình đẳng giới; xác định đây là nhiệm vụ thường xuyên, gắn với việc thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương. Đưa nội dung bình đẳng giới vào chương trình làm việc hằng năm; kiện toàn Ban Vì sự tiến bộ của phụ nữ các cấp.",
        "2. Hoàn thiện thể chế, chính sách",
        "Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của tỉnh; rà soát, kiến nghị sửa đổi, bổ sung các chính sách chưa bảo đảm nguyên tắc bình đẳng giới; thực hiện các chính sách hỗ trợ phụ nữ nghèo, phụ nữ dân tộc thiểu số, phụ nữ khuyết tật.",
        "3. Đẩy mạnh công tác truyền thông",
        "Đổi mới nội dung, hình thức truyền thông về bình đẳng giới phù hợp với từng nhóm đối tượng; chú trọng truyền thông tại cộng đồng, ấp, khu phố; lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể, câu lạc bộ, tổ hòa giải. Phấn đấu mỗi năm tổ chức ít nhất 01 đợt truyền thông cao điểm tại mỗi huyện, thành phố trong Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        "4. Nâng cao năng lực đội ngũ làm công tác bình đẳng giới",
        "Hằng năm tổ chức tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác bình đẳng giới cấp tỉnh, huyện, xã; cán bộ làm công tác xây dựng văn bản quy phạm pháp luật; báo cáo viên, tuyên truyền viên pháp luật. Xây dựng đội ngũ cộng tác viên làm công tác bình đẳng giới ở ấp, khu phố.",
        "5. Các giải pháp trong từng lĩnh vực",
        "a) Lĩnh vực chính trị: Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; bảo đảm tỷ lệ nữ trong quy hoạch cấp ủy, lãnh đạo các cấp; quan tâm tạo nguồn cán bộ nữ trẻ, cán bộ nữ người dân tộc Khmer, Hoa.",
        "b) Lĩnh vực kinh tế, lao động: Hỗ trợ phụ nữ chuyển đổi nghề nghiệp thích ứng với biến đổi khí hậu, xâm nhập mặn; phát triển các tổ hợp tác, hợp tác xã do phụ nữ quản lý; hỗ trợ vay vốn từ Ngân hàng Chính sách xã hội, Quỹ hỗ trợ phụ nữ phát triển kinh tế.",
        "c) Lĩnh vực gia đình: Xây dựng và nhân rộng các mô hình phòng, chống bạo lực gia đình; nâng cao chất lượng hoạt động của các cơ sở trợ giúp xã hội, Trung tâm Công tác xã hội tỉnh; tăng cường hỗ trợ nạn nhân bị mua bán trở về.",
        "d) Lĩnh vực y tế: Tăng cường truyền thông, tư vấn về sức khỏe sinh sản, kế hoạch hóa gia đình; kiểm soát mất cân bằng giới tính khi sinh; nâng cao chất lượng khám thai, quản lý thai sản tại tuyến xã.",
        "đ) Lĩnh vực giáo dục, đào tạo: Lồng ghép nội dung bình đẳng giới trong các hoạt động giáo dục; hỗ trợ học sinh dân tộc thiểu số, học sinh có hoàn cảnh khó khăn duy trì việc học; khuyến khích nữ cán bộ, viên chức học tập nâng cao trình độ.",
        "e) Lĩnh vực thông tin, truyền thông: Tăng thời lượng, chất lượng các chuyên trang, chuyên mục về bình đẳng giới; kiểm tra, xử lý các sản phẩm truyền thông có nội dung định kiến giới.",
        "6. Tăng cường kiểm tra, giám sát và công tác thống kê",
        "- Hằng năm xây dựng kế hoạch kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành, huyện, thành phố và doanh nghiệp; chú trọng kiểm tra việc thực hiện chính sách đối với lao động nữ tại các khu công nghiệp Giao Long, An Hiệp.",
        "- Hoàn thiện hệ thống thu thập, tổng hợp số liệu thống kê có tách biệt giới của tỉnh; cập nhật thường xuyên các chỉ tiêu thống kê phát triển giới cấp tỉnh, bảo đảm phục vụ công tác theo dõi, đánh giá việc thực hiện Kế hoạch và xây dựng chính sách.",
        "- Ứng dụng công nghệ thông tin trong tiếp nhận, xử lý thông tin về các vụ việc bạo lực gia đình, bạo lực trên cơ sở giới; kết nối dữ liệu giữa các ngành Lao động - Thương binh và Xã hội, Văn hóa, Công an, Y tế.",
        "7. Huy động nguồn lực và hợp tác",
        "Tranh thủ sự hỗ trợ về kỹ thuật, tài chính của các tổ chức quốc tế, tổ chức phi chính phủ, doanh nghiệp cho các hoạt động bình đẳng giới; khuyến khích các doanh nghiệp xây dựng môi trường làm việc bình đẳng, không có quấy rối tình dục; nhân rộng các mô hình hay, cách làm hiệu quả trong công tác bình đẳng giới của các địa phương trong tỉnh.",
        "V. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp quản lý ngân sách hiện hành, lồng ghép trong kinh phí thực hiện các chương trình, đề án, dự án có liên quan; huy động các nguồn kinh phí hợp pháp khác theo quy định của pháp luật. Các cơ quan, đơn vị, địa phương xây dựng dự toán kinh phí thực hiện Kế hoạch cùng thời điểm xây dựng dự toán ngân sách hằng năm.",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Trách nhiệm của các sở, ban, ngành, địa phương",
        "a) Sở Lao động - Thương binh và Xã hội",
        "- Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh tổ chức triển khai, hướng dẫn, kiểm tra, đánh giá việc thực hiện Kế hoạch; tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch theo quy định.",
        "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1, 2, 4 Mục tiêu 2; các chỉ tiêu của Mục tiêu 3 (trừ chỉ tiêu 1; riêng chỉ tiêu 2 theo dõi số liệu về bạo lực trên cơ sở giới); chỉ tiêu 3 Mục tiêu 5; chỉ tiêu 1, 2 Mục tiêu 6.",
        "- Triển khai Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới, Chương trình truyền thông về bình đẳng giới trên địa bàn tỉnh.",
        "- Hướng dẫn Phòng Lao động - Thương binh và Xã hội các huyện, thành phố triển khai các hoạt động bình đẳng giới; tổ chức tập huấn, bồi dưỡng nghiệp vụ cho cán bộ làm công tác bình đẳng giới các cấp; hằng năm hướng dẫn tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        "b) Sở Nội vụ",
        "Thực hiện Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu thuộc Mục tiêu 1.",
        "c) Sở Kế hoạch và Đầu tư",
        "Lồng ghép chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội của tỉnh; chủ trì, phối hợp với Cục Thống kê tỉnh thu thập, báo cáo số liệu chỉ tiêu 3 Mục tiêu 2.",
        "d) Sở Tài chính",
        "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn quản lý, sử dụng, thanh quyết toán kinh phí theo quy định.",
        "đ) Sở Tư pháp",
        "Hướng dẫn, thẩm định việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; phổ biến, giáo dục pháp luật về bình đẳng giới.",
        "e) Sở Y tế",
        "Chủ trì theo dõi, đánh giá các chỉ tiêu của Mục tiêu 4; triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản.",
        "g) Sở Giáo dục và Đào tạo",
        "Chủ trì theo dõi, đánh giá chỉ tiêu 1, 2, 4 Mục tiêu 5; phối hợp với Sở Lao động - Thương binh và Xã hội theo dõi chỉ tiêu 3 Mục tiêu 5.",
        "h) Sở Văn hóa, Thể thao và Du lịch",
        "Triển khai công tác phòng, chống bạo lực gia đình; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình).",
        "i) Sở Thông tin và Truyền thông",
        "Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về bình đẳng giới; chủ trì theo dõi, đánh giá chỉ tiêu 3, chỉ tiêu 4 của Mục tiêu 6.",
        "k) Công an tỉnh",
        "Đấu tranh phòng, chống tội phạm mua bán người, xâm hại phụ nữ, trẻ em; phối hợp với Sở Lao động - Thương binh và Xã hội theo dõi chỉ tiêu 3 Mục tiêu 3.",
        "l) Cục Thống kê tỉnh",
        "Chủ trì theo dõi, tổng hợp số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Kế hoạch và Đầu tư theo dõi chỉ tiêu 3 Mục tiêu 2; cung cấp số liệu thống kê phát triển giới của tỉnh theo yêu cầu.",
        "m) Đài Phát thanh và Truyền hình tỉnh, Báo Đồng Khởi",
        "Xây dựng chuyên mục, chuyên trang về bình đẳng giới; phối hợp với Sở Thông tin và Truyền thông theo dõi, báo cáo kết quả thực hiện chỉ tiêu 4 của Mục tiêu 6.",
        "n) Ban Dân tộc tỉnh",
        "Tuyên truyền, vận động đồng bào dân tộc thiểu số thực hiện bình đẳng giới; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 Mục tiêu 5.",
        "o) Ủy ban nhân dân các huyện, thành phố",
        "Xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 của địa phương; chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn triển khai thực hiện; bố trí kinh phí, cán bộ làm công tác bình đẳng giới. Chỉ đạo Phòng Lao động - Thương binh và Xã hội, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh thu thập, cập nhật số liệu có tách biệt giới trên địa bàn; định kỳ báo cáo theo quy định tại mục VII Kế hoạch này.",
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên",
        "Phối hợp tuyên truyền, vận động Nhân dân thực hiện bình đẳng giới; tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; giới thiệu cán bộ nữ có đủ tiêu chuẩn để quy hoạch, bổ nhiệm.",
        "VII. CHẾ ĐỘ BÁO CÁO",
        "1. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành phố định kỳ 6 tháng, hằng năm báo cáo tình hình, kết quả thực hiện Kế hoạch (kèm theo số liệu các chỉ tiêu được giao theo dõi, có sự tách biệt giới) gửi về Sở Lao động - Thương binh và Xã hội: báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12.",
        "2. Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội; báo cáo 6 tháng trước ngày 25/6 và báo cáo năm trước ngày 25/12 hằng năm.",
        "3. Báo cáo sơ kết 5 năm (giai đoạn 2021 - 2025) của các sở, ngành, địa phương gửi về Sở Lao động - Thương binh và Xã hội trước ngày 31/10/2025; báo cáo tổng kết 10 năm gửi trước ngày 31/10/2030.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Bến Tre giai đoạn 2021 - 2030. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ LĐTBXH;",
                "- TT.TU, TT.HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các huyện, thành phố;",
                "- Lưu: VT.",
            ],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Bé Mười"],
        ),
    ]
    return b


BEN_TRE = {
    "name": "ben-tre-2021-2030",
    "ext": "txt",
    "blocks": _bt_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Bến Tre giai đoạn 2021 - 2030",
        "issuer": "UBND tỉnh Bến Tre",
        "level": "province",
        "area": "Bến Tre",
        "period": {"start": 2021, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”",
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025",
        ],
        "parent": None,
        "objectives": objectives_json(BT_OBJ),
        "assignments": BT_ASSIGN,
        "reporting": [
            R("semiannual", "units", "06-15"),
            R("annual", "units", "12-15"),
            R("semiannual", "consolidator", "06-25"),
            R("annual", "consolidator", "12-25"),
            R("midterm", "units", "2025-10-31"),
            R("final", "units", "2030-10-31"),
        ],
    },
}


PLANS = [TUYEN_QUANG, NGHE_AN, BEN_TRE]
