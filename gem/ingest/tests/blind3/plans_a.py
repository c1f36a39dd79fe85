# ruff: noqa: E501  (long Vietnamese sentences of test documents)
"""Blind set 3, plans A: Lạng Sơn (.docx, merged-cell objectives table), Cao Bằng (.pdf, 'a)'
indicators), Sơn La (VNI .txt, two years in one clause), Quảng Ngãi (.md pipe tables)."""

from common import MOTTO, PURPOSE, TASKS, meta, plan, t

NQ28 = (
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030"
)

# ---------------------------------------------------------------- Lạng Sơn (docx)
LS_ROWS = [
    ["TT", "Mục tiêu", "Nội dung chỉ tiêu", "Chỉ tiêu đến năm 2030"],
    [
        "1.1",
        "Mục tiêu 1: Trong lĩnh vực chính trị",
        "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        "Đạt 70%",
    ],
    ["1.2", "", "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh", "Từ 35% trở lên"],
    [
        "2.1",
        "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động",
        "Tỷ lệ lao động nữ làm công hưởng lương",
        "55%",
    ],
    [
        "2.2",
        "",
        "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động "
        "nữ có việc làm",
        "Dưới 40%",
    ],
    [
        "3.1",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "Số giờ trung bình làm công việc nội trợ và chăm sóc không được trả công của phụ "
        "nữ so với nam giới",
        "Giảm còn 1,6 lần",
    ],
    [
        "3.2",
        "",
        "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được "
        "tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
        "Đạt 85%",
    ],
    [
        "4.1",
        "Mục tiêu 4: Trong lĩnh vực y tế",
        "Tỷ số giới tính khi sinh",
        "Dưới 112 bé trai/100 bé gái",
    ],
    ["4.2", "", "Tỷ lệ tử vong bà mẹ liên quan đến thai sản", "Dưới 50/100.000 trẻ đẻ sống"],
    ["4.3", "", "Tỷ suất sinh ở vị thành niên", "Không quá 25 ca sinh/1.000 phụ nữ"],
    [
        "5.1",
        "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
        "Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành giáo dục trung học cơ sở",
        "Đạt trên 90%",
    ],
    [
        "5.2",
        "",
        "Nội dung về giới, bình đẳng giới được đưa vào chương trình giáo dục của các cơ "
        "sở giáo dục trên địa bàn tỉnh",
        "Thực hiện từ năm 2027",
    ],
    [
        "6.1",
        "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
        "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
        "Khoảng 80%",
    ],
    [
        "6.2",
        "",
        "Tỷ lệ xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống "
        "thông tin cơ sở",
        "100%",
    ],
]
LS_MERGES = [(1, 1, 2, 1), (3, 1, 4, 1), (5, 1, 6, 1), (7, 1, 9, 1), (10, 1, 11, 1), (12, 1, 13, 1)]

LANG_SON = {
    "name": "lang-son-2026-2030",
    "ext": "docx",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "Số: 112/KH-UBND"],
            [*MOTTO, "Lạng Sơn, ngày 15 tháng 5 năm 2026"],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lạng Sơn giai đoạn "
        "2026 - 2030**",
        "Căn cứ " + NQ28 + ";",
        "Căn cứ Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn "
        "triển khai công tác bình đẳng giới năm 2026;",
        "Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch như sau:",
        *PURPOSE,
        "**II. MỤC TIÊU, CHỈ TIÊU**",
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham "
        "gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội.",
        "2. Các chỉ tiêu cụ thể (chi tiết tại bảng sau)",
        ("table", LS_ROWS, LS_MERGES),
        "**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
        *TASKS,
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "**Sở Nội vụ**",
        "Là cơ quan thường trực, tham mưu UBND tỉnh hướng dẫn, đôn đốc, kiểm tra việc thực hiện "
        "Kế hoạch. Chủ trì, theo dõi các chỉ tiêu: 1.1, 1.2, 2.1, 2.2, 3.2, 6.1. Định kỳ tổng hợp "
        "kết quả thực hiện, báo cáo theo quy định.",
        "**Sở Y tế**",
        "Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe "
        "sinh sản. Chủ trì, theo dõi các chỉ tiêu: 4.1, 4.2, 4.3; phối hợp với Sở Nội vụ theo "
        "dõi chỉ tiêu 3.2.",
        "**Sở Giáo dục và Đào tạo**",
        "Lồng ghép nội dung giáo dục về giới trong nhà trường. Chủ trì, theo dõi các chỉ tiêu: "
        "5.1, 5.2.",
        "**Thống kê tỉnh**",
        "Thu thập, công bố số liệu thống kê giới của tỉnh; chủ trì, theo dõi chỉ tiêu 3.1.",
        "**Sở Văn hóa, Thể thao và Du lịch**",
        "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới; chủ trì, theo dõi chỉ "
        "tiêu 6.2; phối hợp theo dõi chỉ tiêu 3.2.",
        "**Công an tỉnh**",
        "Phối hợp với Sở Nội vụ theo dõi chỉ tiêu 3.2 (số liệu về bạo lực trên cơ sở giới, mua "
        "bán người).",
        "**UBND các xã, phường**",
        "Xây dựng kế hoạch thực hiện tại địa phương, bố trí nguồn lực và tổ chức thực hiện.",
        "**V. CHẾ ĐỘ BÁO CÁO**",
        "1. Các sở, ngành, UBND các xã, phường báo cáo kết quả thực hiện định kỳ 6 tháng trước "
        "ngày 15/6, năm trước ngày 15/11 về Sở Nội vụ.",
        "2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 30/6 và 30/11.",
        "3. Tổ chức sơ kết giữa kỳ vào năm 2028 và tổng kết vào năm 2030.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
        "Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét./.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**KT. CHỦ TỊCH**",
        "**PHÓ CHỦ TỊCH**",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lạng Sơn giai "
            "đoạn 2026 - 2030",
            "UBND tỉnh Lạng Sơn",
            "Lạng Sơn",
            2026,
            2030,
            [
                NQ28,
                "Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng "
                "dẫn triển khai công tác bình đẳng giới năm 2026",
            ],
        ),
        [
            (
                "1",
                "Trong lĩnh vực chính trị",
                [("1.1", LS_ROWS[1][2], [t(70)]), ("1.2", LS_ROWS[2][2], [t(35)])],
            ),
            (
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                [("2.1", LS_ROWS[3][2], [t(55)]), ("2.2", LS_ROWS[4][2], [t(40, cmp="<")])],
            ),
            (
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                [("3.1", LS_ROWS[5][2], [t(1.6, "times", "<=")]), ("3.2", LS_ROWS[6][2], [t(85)])],
            ),
            (
                "4",
                "Trong lĩnh vực y tế",
                [
                    ("4.1", LS_ROWS[7][2], [t(112, "boys_per_100_girls", "<")]),
                    ("4.2", LS_ROWS[8][2], [t(50, "per_100000_live_births", "<")]),
                    ("4.3", LS_ROWS[9][2], [t(25, "per_1000_women", "<=")]),
                ],
            ),
            (
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                [
                    ("5.1", LS_ROWS[10][2], [t(90, cmp=">")]),
                    ("5.2", LS_ROWS[11][2], [t(None, "bool", "=", 2027)]),
                ],
            ),
            (
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                [("6.1", LS_ROWS[12][2], [t(80, cmp="=")]), ("6.2", LS_ROWS[13][2], [t(100)])],
            ),
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "3.2", "6.1"]),
            ("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
            ("Sở Y tế", "support", ["3.2"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2"]),
            ("Thống kê tỉnh", "lead", ["3.1"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["6.2"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "support", ["3.2"]),
            ("Công an tỉnh", "support", ["3.2"]),
        ],
        [
            ("semiannual", "units", "06-15"),
            ("annual", "units", "11-15"),
            ("semiannual", "consolidator", "06-30"),
            ("annual", "consolidator", "11-30"),
            ("midterm", "units", "2028"),
            ("final", "units", "2030"),
        ],
    ),
}

# ---------------------------------------------------------------- Cao Bằng (pdf)
CB = {
    "1a": "Phấn đấu đến năm 2030 có 70% cơ quan quản lý nhà nước, chính quyền địa phương các "
    "cấp có lãnh đạo chủ chốt là nữ¹.",
    "1b": "Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã đạt từ 30% trở lên.",
    "2a": "Tỷ lệ lao động nữ làm công hưởng lương đạt 45% vào năm 2030.",
    "2b": "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 25%.",
    "3a": "Đến năm 2030, 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện "
    "được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 75% người gây bạo lực gia "
    "đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình "
    "sự được tư vấn, tham vấn.",
    "3b": "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch "
    "vụ hỗ trợ và tái hòa nhập cộng đồng.",
    "4a": "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
    "4b": "Tỷ suất sinh ở vị thành niên giảm xuống dưới 30 ca sinh/1.000 phụ nữ.",
    "4c": "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm còn 60/100.000 trẻ đẻ ra sống.",
    "5a": "Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98%; hoàn "
    "thành giáo dục trung học cơ sở đạt 92%.",
    "5b": "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề "
    "nghiệp đạt trên 35%.",
    "6a": "Phấn đấu 75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
    "6b": "Đài Phát thanh - Truyền hình tỉnh mỗi tháng có ít nhất 02 chuyên mục về bình đẳng giới.",
}

CAO_BANG = {
    "name": "cao-bang-2026-2030",
    "ext": "pdf",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "Số: 1456/KH-UBND"],
            [*MOTTO, "Cao Bằng, ngày 20 tháng 4 năm 2026"],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn "
        "tỉnh Cao Bằng**",
        "Thực hiện " + NQ28 + "; Ủy ban nhân dân tỉnh Cao Bằng ban hành Kế hoạch thực hiện "
        "Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh với các "
        "nội dung cụ thể như sau:",
        *PURPOSE,
        "**II. MỤC TIÊU**",
        "1. Mục tiêu tổng quát",
        "Tiếp tục thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong các lĩnh vực của "
        "đời sống xã hội, nhất là phụ nữ vùng đồng bào dân tộc thiểu số, vùng biên giới.",
        "2. Mục tiêu cụ thể",
        "Mục tiêu 1: Trong lĩnh vực chính trị",
        "a) " + CB["1a"],
        "b) " + CB["1b"],
        (
            "footnote",
            "¹ Lãnh đạo chủ chốt gồm người đứng đầu hoặc cấp phó của người đứng đầu "
            "theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024 của UBND tỉnh.",
        ),
        "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động",
        "a) " + CB["2a"],
        "b) " + CB["2b"],
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "a) " + CB["3a"],
        "b) " + CB["3b"],
        "Mục tiêu 4: Trong lĩnh vực y tế",
        "a) " + CB["4a"],
        "b) " + CB["4b"],
        "c) " + CB["4c"],
        "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
        "a) " + CB["5a"],
        "b) " + CB["5b"],
        "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
        "a) " + CB["6a"],
        "b) " + CB["6b"],
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
        *TASKS,
        ("page",),
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "1. Sở Nội vụ",
        "- Là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương "
        "triển khai thực hiện Kế hoạch.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu tại Mục tiêu 1, "
        "Mục tiêu 2; chỉ tiêu tại điểm a, Mục tiêu 3 và điểm a, Mục tiêu 6.",
        "2. Công an tỉnh",
        "Chủ trì theo dõi chỉ tiêu tại điểm b, Mục tiêu 3; triển khai các biện pháp phòng, chống "
        "mua bán người.",
        "3. Sở Y tế",
        "Thực hiện các giải pháp nâng cao chất lượng chăm sóc sức khỏe sinh sản; chủ trì theo "
        "dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        "4. Sở Giáo dục và Đào tạo",
        "Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "Chủ trì theo dõi chỉ tiêu tại điểm b, Mục tiêu 6; phối hợp với Sở Nội vụ theo dõi chỉ "
        "tiêu tại điểm a, Mục tiêu 3.",
        "6. UBND các xã, phường",
        "Xây dựng và tổ chức thực hiện kế hoạch của địa phương; bố trí công chức phụ trách công "
        "tác bình đẳng giới.",
        "**V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "Các sở, ban, ngành, UBND các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở "
        "Nội vụ trước ngày 12/6 (báo cáo 6 tháng) và trước ngày 12/12 (báo cáo năm) hằng năm². "
        "Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/6 và 20/12 hằng "
        "năm.",
        "Năm 2028, các sở, ngành, địa phương tổ chức sơ kết giữa kỳ, gửi báo cáo về Sở Nội vụ "
        "trước ngày 30/9/2028; tổng kết thực hiện Kế hoạch trước ngày 30/9/2030.",
        (
            "footnote",
            "² Mẫu báo cáo theo Thông tư số 02/2026/TT-BNV ngày 15/01/2026 của Bộ Nội vụ.",
        ),
        "**TM. ỦY BAN NHÂN DÂN**",
        "**CHỦ TỊCH**",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa "
            "bàn tỉnh Cao Bằng",
            "UBND tỉnh Cao Bằng",
            "Cao Bằng",
            2026,
            2030,
            [NQ28],
        ),
        [
            (
                "1",
                "Trong lĩnh vực chính trị",
                [("1.1", CB["1a"], [t(70)]), ("1.2", CB["1b"], [t(30)])],
            ),
            (
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                [("2.1", CB["2a"], [t(45)]), ("2.2", CB["2b"], [t(25)])],
            ),
            (
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                [
                    (
                        "3.1",
                        CB["3a"],
                        [t(85, label="người bị bạo lực"), t(75, label="người gây bạo lực")],
                    ),
                    ("3.2", CB["3b"], [t(100)]),
                ],
            ),
            (
                "4",
                "Trong lĩnh vực y tế",
                [
                    ("4.1", CB["4a"], [t(110, "boys_per_100_girls", "<=")]),
                    ("4.2", CB["4b"], [t(30, "per_1000_women", "<")]),
                    ("4.3", CB["4c"], [t(60, "per_100000_live_births", "<=")]),
                ],
            ),
            (
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                [
                    ("5.1", CB["5a"], [t(98, label="tiểu học"), t(92, label="trung học cơ sở")]),
                    ("5.2", CB["5b"], [t(35, cmp=">")]),
                ],
            ),
            (
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                [("6.1", CB["6a"], [t(75)]), ("6.2", CB["6b"], [t(2, "items_per_month")])],
            ),
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "3.1", "6.1"]),
            ("Công an tỉnh", "lead", ["3.2"]),
            ("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["6.2"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "support", ["3.1"]),
        ],
        [
            ("semiannual", "units", "06-12"),
            ("annual", "units", "12-12"),
            ("semiannual", "consolidator", "06-20"),
            ("annual", "consolidator", "12-20"),
            ("midterm", "units", "2028-09-30"),
            ("final", "units", "2030-09-30"),
        ],
    ),
}

# ---------------------------------------------------------------- Sơn La (VNI txt)
SL = {
    "1.1": "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt "
    "là nữ (năm 2028: 60%, năm 2030: 75%).",
    "2.1": "Tăng tỷ lệ lao động nữ làm công hưởng lương (năm 2028: 40%; năm 2030: 45%).",
    "2.2": "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có "
    "việc làm giảm xuống dưới 60% vào năm 2030.",
    "3.1": "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc con nhỏ không được trả công "
    "của phụ nữ xuống 1,7 lần so với nam giới.",
    "3.2": "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp "
    "cận các dịch vụ hỗ trợ cơ bản (năm 2028: 70%, năm 2030: 80%).",
    "4.1": "Tỷ số giới tính khi sinh ở mức 110 bé trai/100 bé gái sinh ra sống.",
    "4.2": "Tỷ suất sinh ở vị thành niên giảm xuống còn 35 ca sinh/1.000 phụ nữ.",
    "5.1": "Tỷ lệ trẻ em gái dân tộc thiểu số hoàn thành chương trình giáo dục trung học cơ sở "
    "(năm 2028: 85%, năm 2030: 90%).",
    "5.2": "Tỷ lệ nữ học viên, học sinh, sinh viên tuyển mới trong các cơ sở giáo dục nghề "
    "nghiệp đạt 30%.",
    "6.1": "80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
    "6.2": "100% xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở với ít "
    "nhất 02 tin, bài mỗi quý.",
}
SL_TITLES = {
    "1": "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo",
    "2": "Nâng cao vị thế kinh tế của phụ nữ, thu hẹp khoảng cách giới trong lĩnh vực lao động",
    "3": "Bảo đảm bình đẳng giới trong đời sống gia đình, phòng ngừa bạo lực trên cơ sở giới",
    "4": "Bảo đảm bình đẳng giới trong lĩnh vực y tế",
    "5": "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
    "6": "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
}


def _sl_objectives():
    out = []
    for o, letter in zip("123456", "abcdeg", strict=True):
        out.append(f"{letter}) Mục tiêu {o}: {SL_TITLES[o]}.")
        for code in [c for c in SL if c.split(".")[0] == o]:
            out.append(f"- Chỉ tiêu {code.split('.')[1]}: {SL[code]}")
    return out


SON_LA = {
    "name": "son-la-2026-2030",
    "ext": "txt",
    "encoding": "vni",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 205/KH-UBND"],
            [*MOTTO, "Sơn La, ngày 08 tháng 5 năm 2026"],
        ),
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Sơn La giai đoạn 2026 - 2030",
        "Căn cứ Luật Bình đẳng giới ngày 29/11/2006;",
        "Căn cứ " + NQ28 + ";",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        *PURPOSE,
        "II. MỤC TIÊU VÀ CHỈ TIÊU",
        "1. Mục tiêu chung: Bảo đảm bình đẳng giới thực chất giữa nam và nữ.",
        "2. Mục tiêu, chỉ tiêu cụ thể",
        *_sl_objectives(),
        "III. NHIỆM VỤ, GIẢI PHÁP",
        *TASKS,
        "IV. KINH PHÍ THỰC HIỆN",
        "Từ nguồn ngân sách nhà nước theo phân cấp và các nguồn hợp pháp khác.",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "- Tham mưu UBND tỉnh tổ chức triển khai, kiểm tra, đôn đốc việc thực hiện Kế hoạch.",
        "- Chủ trì theo dõi, tổng hợp chỉ tiêu số 1 thuộc Mục tiêu 1; chỉ tiêu số 1, số 2 thuộc "
        "Mục tiêu 2; chỉ tiêu số 2 thuộc Mục tiêu 3; chỉ tiêu số 1, số 2 thuộc Mục tiêu 6.",
        "2. Sở Y tế",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu số 1, số 2 thuộc Mục tiêu 4.",
        "3. Sở Giáo dục và Đào tạo",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu số 1, số 2 thuộc Mục tiêu 5.",
        "4. Thống kê tỉnh",
        "- Chủ trì theo dõi chỉ tiêu số 1 thuộc Mục tiêu 3; cung cấp số liệu thống kê giới.",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "- Phối hợp theo dõi chỉ tiêu số 2 thuộc Mục tiêu 3.",
        "6. UBND các xã, phường",
        "- Xây dựng kế hoạch thực hiện tại địa phương.",
        "VI. CHẾ ĐỘ THÔNG TIN BÁO CÁO",
        "- Định kỳ hằng năm, các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện "
        "về Sở Nội vụ trước ngày 05/12 để tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày "
        "15/12.",
        "- Sơ kết giữa kỳ năm 2028, tổng kết năm 2030.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Sơn La giai đoạn 2026 - 2030",
            "UBND tỉnh Sơn La",
            "Sơn La",
            2026,
            2030,
            ["Luật Bình đẳng giới ngày 29/11/2006", NQ28],
        ),
        [
            ("1", SL_TITLES["1"], [("1.1", SL["1.1"], [t(60, year=2028), t(75)])]),
            (
                "2",
                SL_TITLES["2"],
                [
                    ("2.1", SL["2.1"], [t(40, year=2028), t(45)]),
                    ("2.2", SL["2.2"], [t(60, cmp="<")]),
                ],
            ),
            (
                "3",
                SL_TITLES["3"],
                [
                    ("3.1", SL["3.1"], [t(1.7, "times", "<=")]),
                    ("3.2", SL["3.2"], [t(70, year=2028), t(80)]),
                ],
            ),
            (
                "4",
                SL_TITLES["4"],
                [
                    ("4.1", SL["4.1"], [t(110, "boys_per_100_girls", "=")]),
                    ("4.2", SL["4.2"], [t(35, "per_1000_women", "<=")]),
                ],
            ),
            (
                "5",
                SL_TITLES["5"],
                [("5.1", SL["5.1"], [t(85, year=2028), t(90)]), ("5.2", SL["5.2"], [t(30)])],
            ),
            ("6", SL_TITLES["6"], [("6.1", SL["6.1"], [t(80)]), ("6.2", SL["6.2"], [t(100)])]),
        ],
        [
            ("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "3.2", "6.1", "6.2"]),
            ("Sở Y tế", "lead", ["4.1", "4.2"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2"]),
            ("Thống kê tỉnh", "lead", ["3.1"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "support", ["3.2"]),
        ],
        [
            ("annual", "units", "12-05"),
            ("annual", "consolidator", "12-15"),
            ("midterm", "units", "2028"),
            ("final", "units", "2030"),
        ],
    ),
}

# ---------------------------------------------------------------- Quảng Ngãi (md)
QN_ROWS = [
    ["TT", "Mục tiêu, chỉ tiêu", "Đơn vị tính", "Năm 2028", "Năm 2030"],
    ["**1**", "**Mục tiêu 1: Trong lĩnh vực chính trị**", "", "", ""],
    [
        "1.1",
        "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        "%",
        "60",
        "75",
    ],
    ["**2**", "**Mục tiêu 2: Trong lĩnh vực kinh tế, lao động**", "", "", ""],
    ["2.1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "48", "52"],
    [
        "2.2",
        "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ "
        "có việc làm",
        "%",
        "dưới 35",
        "dưới 30",
    ],
    [
        "**3**",
        "**Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ "
        "sở giới**",
        "",
        "",
        "",
    ],
    [
        "3.1",
        "Số giờ làm công việc nội trợ, chăm sóc không được trả công của phụ nữ so với nam giới",
        "lần",
        "còn 1,6",
        "còn 1,4",
    ],
    [
        "3.2",
        "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp "
        "cận dịch vụ hỗ trợ cơ bản",
        "%",
        "80",
        "90",
    ],
    ["**4**", "**Mục tiêu 4: Trong lĩnh vực y tế**", "", "", ""],
    ["4.1", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "dưới 111", "dưới 110"],
    ["4.2", "Tỷ suất sinh ở vị thành niên", "ca sinh/1.000 phụ nữ", "dưới 20", "dưới 18"],
    ["**5**", "**Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo**", "", "", ""],
    ["5.1", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ", "%", "45", "50"],
    ["5.2", "Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ", "%", "25", "30"],
    ["**6**", "**Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông**", "", "", ""],
    ["6.1", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", "70", "80"],
    [
        "6.2",
        "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với "
        "bạo lực trên cơ sở giới",
        "%",
        "100",
        "100",
    ],
]
QN_ASSIGN = [
    ["TT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["1", "1.1", "Sở Nội vụ", ""],
    ["2", "2.1", "Sở Nội vụ", "Thống kê tỉnh"],
    ["3", "2.2", "Sở Nội vụ", "Thống kê tỉnh"],
    ["4", "3.1", "Thống kê tỉnh", "Sở Nội vụ"],
    ["5", "3.2", "Sở Nội vụ", "Công an tỉnh; Sở Y tế"],
    ["6", "4.1", "Sở Y tế", "Thống kê tỉnh"],
    ["7", "4.2", "Sở Y tế", ""],
    ["8", "5.1", "Sở Giáo dục và Đào tạo", ""],
    ["9", "5.2", "Sở Giáo dục và Đào tạo", ""],
    ["10", "6.1", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"],
    ["11", "6.2", "Sở Nội vụ", ""],
]


def _qn_objectives():
    out, cur = [], None
    for row in QN_ROWS[1:]:
        if row[0].startswith("**"):
            title = row[1].strip("*").split(": ", 1)[1]
            cur = (row[0].strip("*"), title, [])
            out.append(cur)
            continue
        unit = {
            "%": "%",
            "lần": "times",
            "bé trai/100 bé gái": "boys_per_100_girls",
            "ca sinh/1.000 phụ nữ": "per_1000_women",
        }[row[2]]
        targets = []
        for cell, year in ((row[3], 2028), (row[4], 2030)):
            cmp = "<" if cell.startswith("dưới") else "<=" if cell.startswith("còn") else ">="
            value = float(cell.split()[-1].replace(",", "."))
            targets.append(t(int(value) if value.is_integer() else value, unit, cmp, year))
        cur[2].append((row[0], row[1], targets))
    return out


QUANG_NGAI = {
    "name": "quang-ngai-2026-2030",
    "ext": "md",
    "blocks": [
        (
            "header",
            ["**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**", "Số: 77/KH-UBND"],
            [
                "**" + MOTTO[0] + "**",
                "**" + MOTTO[1] + "**",
                "*Quảng Ngãi, ngày 02 tháng 6 năm 2026*",
            ],
        ),
        "# KẾ HOẠCH",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Quảng Ngãi giai "
        "đoạn 2026 - 2030**",
        "*Căn cứ " + NQ28 + ";*",
        "*Thực hiện Kế hoạch số 120/KH-BNV ngày 15/4/2026 của Bộ Nội vụ triển khai Chiến lược "
        "quốc gia về bình đẳng giới giai đoạn 2026 - 2030;*",
        "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch như sau:",
        *["## " + p.strip("*") if p.startswith("**") else p for p in PURPOSE],
        "## II. MỤC TIÊU",
        "### 1. Mục tiêu chung",
        "Bảo đảm bình đẳng giới thực chất giữa nam và nữ trong mọi lĩnh vực.",
        "### 2. Mục tiêu cụ thể và chỉ tiêu",
        ("table", QN_ROWS),
        "## III. NHIỆM VỤ, GIẢI PHÁP",
        *TASKS,
        "## IV. TỔ CHỨC THỰC HIỆN",
        "1. Các cơ quan được giao chủ trì theo dõi chỉ tiêu tại Phụ lục kèm theo Kế hoạch này có "
        "trách nhiệm thu thập số liệu có tách biệt giới, đánh giá mức độ thực hiện chỉ tiêu; "
        "cơ quan phối hợp cung cấp số liệu cho cơ quan chủ trì.",
        "2. UBND các xã, phường xây dựng kế hoạch thực hiện tại địa phương.",
        "## V. CHẾ ĐỘ BÁO CÁO",
        "- **Báo cáo định kỳ 6 tháng:** các sở, ban, ngành, UBND các xã, phường gửi Sở Nội vụ "
        "trước ngày 05/6; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/6.",
        "- **Báo cáo năm:** các sở, ban, ngành, UBND các xã, phường gửi Sở Nội vụ trước ngày "
        "05/12; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/12.",
        "- **Báo cáo sơ kết giai đoạn:** các sở, ban, ngành, UBND các xã, phường gửi Sở Nội vụ "
        "trước ngày 30/6/2028.",
        "- **Báo cáo đột xuất:** theo yêu cầu của UBND tỉnh, Bộ Nội vụ.",
        "## PHỤ LỤC: PHÂN CÔNG THEO DÕI, BÁO CÁO CHỈ TIÊU",
        ("table", QN_ASSIGN),
    ],
    "expected": plan(
        meta(
            "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Quảng Ngãi giai "
            "đoạn 2026 - 2030",
            "UBND tỉnh Quảng Ngãi",
            "Quảng Ngãi",
            2026,
            2030,
            [
                NQ28,
                "Kế hoạch số 120/KH-BNV ngày 15/4/2026 của Bộ Nội vụ triển khai Chiến lược "
                "quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
            ],
            parent="Kế hoạch số 120/KH-BNV ngày 15/4/2026 của Bộ Nội vụ",
        ),
        _qn_objectives(),
        [
            ("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "3.2", "6.1", "6.2"]),
            ("Sở Nội vụ", "support", ["3.1"]),
            ("Thống kê tỉnh", "lead", ["3.1"]),
            ("Thống kê tỉnh", "support", ["2.1", "2.2", "4.1"]),
            ("Công an tỉnh", "support", ["3.2"]),
            ("Sở Y tế", "lead", ["4.1", "4.2"]),
            ("Sở Y tế", "support", ["3.2"]),
            ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2"]),
            ("Sở Văn hóa, Thể thao và Du lịch", "support", ["6.1"]),
        ],
        [
            ("semiannual", "units", "06-05"),
            ("semiannual", "consolidator", "06-15"),
            ("annual", "units", "12-05"),
            ("annual", "consolidator", "12-15"),
            ("midterm", "units", "2028-06-30"),
        ],
    ),
}

PLANS_A = [LANG_SON, CAO_BANG, SON_LA, QUANG_NGAI]
