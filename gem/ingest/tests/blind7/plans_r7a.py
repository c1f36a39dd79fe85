"""Blind test plans r7a: three province plans (Điện Biên 2026-2030 .pdf via LibreOffice,
Hưng Yên 2026-2030 .docx with Word auto-numbering, Cao Bằng 2027 .txt).

Blocks follow blind3/render.py, plus ("li", style, text[, "restart"]) for a paragraph in a
Word list style ('List Number', 'List Number 2', 'List Number 3', 'List Bullet'); those two
plans are built by make_plans_r7a.py's own python-docx builder (flag "builder": "r7a-docx").
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


def obj(code, title, inds):
    return {
        "code": code,
        "title": title,
        "indicators": [{"code": f"{code}.{n}", "text": t, "targets": tg} for n, t, tg in inds],
    }


def A(agency, role, inds):
    return {"agency": agency, "role": role, "indicators": inds}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. ĐIỆN BIÊN 2026-2030 (.docx -> LibreOffice -> .pdf), indicator and assignment tables
# ---------------------------------------------------------------------------

DB_TITLE = "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Điện Biên giai đoạn 2026 - 2030"

# rows: (code, indicator cell, baseline cell, 2028 cell, 2030 cell, targets)
DB_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                "52%",
                "Đạt 65%",
                "Tối thiểu 75%",
                [T(65, "%", ">=", 2028, 52), T(75, "%", ">=", 2030, 52)],
            ),
            (
                2,
                "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031",
                "33,3%",
                "-",
                "Trên 35%",
                [T(35, "%", ">", 2030, 33.3)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tỷ lệ lao động nữ làm công hưởng lương",
                "41,5%",
                "48%",
                "Không thấp hơn 52%",
                [T(48, "%", ">=", 2028, 41.5), T(52, "%", ">=", 2030, 41.5)],
            ),
            (
                2,
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
                "61,2%",
                "Dưới 55%",
                "Dưới 50%",
                [T(55, "%", "<", 2028, 61.2), T(50, "%", "<", 2030, 61.2)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "21%",
                "-",
                "Từ 27% trở lên",
                [T(27, "%", ">=", 2030, 21)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                1,
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới",
                "1,9 lần",
                "-",
                "Giảm còn 1,5 lần",
                [T(1.5, "times", "<=", 2030, 1.9)],
            ),
            (
                2,
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "Người bị bạo lực: 71%\nNgười gây bạo lực: 38%",
                "Người bị bạo lực: 80%\nNgười gây bạo lực: 60%",
                "Người bị bạo lực: 90%\nNgười gây bạo lực: 80%",
                [
                    T(80, "%", ">=", 2028, 71, "người bị bạo lực"),
                    T(60, "%", ">=", 2028, 38, "người gây bạo lực"),
                    T(90, "%", ">=", 2030, 71, "người bị bạo lực"),
                    T(80, "%", ">=", 2030, 38, "người gây bạo lực"),
                ],
            ),
            (
                3,
                "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                "100%",
                "100%",
                "100%",
                [T(100, "%", ">=", 2028, 100), T(100, "%", ">=", 2030, 100)],
            ),
            (
                4,
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
                "50%",
                "-",
                "100%",
                [T(100, "%", ">=", 2030, 50)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)",
                "111,2",
                "Không quá 110",
                "Ở mức 109",
                [
                    T(110, "boys_per_100_girls", "<=", 2028, 111.2),
                    T(109, "boys_per_100_girls", "=", 2030, 111.2),
                ],
            ),
            (
                2,
                "Tỷ số tử vong mẹ liên quan đến thai sản (số ca/100.000 trẻ đẻ ra sống)",
                "68,5",
                "Dưới 60",
                "Dưới 50",
                [
                    T(60, "per_100000_live_births", "<", 2028, 68.5),
                    T(50, "per_100000_live_births", "<", 2030, 68.5),
                ],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 - 19 tuổi)",
                "46",
                "Giảm xuống 40",
                "Tối đa 35",
                [T(40, "per_1000_women", "<=", 2028, 46), T(35, "per_1000_women", "<=", 2030, 46)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                1,
                "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy của các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh",
                "Chưa thực hiện",
                "-",
                "Hoàn thành",
                [T(None, "bool", "=", 2030)],
            ),
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học; tỷ lệ hoàn thành cấp trung học cơ sở",
                "Tiểu học: 95,8%\nTrung học cơ sở: 86,4%",
                "Tiểu học: 97%\nTrung học cơ sở: 90%",
                "Tiểu học: trên 98%\nTrung học cơ sở: trên 92%",
                [
                    T(97, "%", ">=", 2028, 95.8, "tiểu học"),
                    T(90, "%", ">=", 2028, 86.4, "trung học cơ sở"),
                    T(98, "%", ">", 2030, 95.8, "tiểu học"),
                    T(92, "%", ">", 2030, 86.4, "trung học cơ sở"),
                ],
            ),
            (
                3,
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
                "31%",
                "-",
                "Khoảng 40%",
                [T(40, "%", "=", 2030, 31)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "58%",
                "70%",
                "Ít nhất 80%",
                [T(70, "%", ">=", 2028, 58), T(80, "%", ">=", 2030, 58)],
            ),
            (
                2,
                "Tỷ lệ xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở (mỗi quý ít nhất 04 tin, bài)",
                "87%",
                "-",
                "100%",
                [T(100, "%", ">=", 2030, 87)],
            ),
            (
                3,
                "Chuyên mục, chuyên đề về bình đẳng giới phát sóng, đăng tải trên Báo và Phát thanh, Truyền hình Điện Biên",
                "01 chuyên mục/tháng",
                "01 chuyên mục/tháng",
                "Tối thiểu 02 chuyên mục/tháng",
                [T(1, "items_per_month", ">=", 2028, 1), T(2, "items_per_month", ">=", 2030, 1)],
            ),
        ],
    ),
]

_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _db_table():
    rows = [
        [
            "TT",
            "Mục tiêu, chỉ tiêu",
            "Ước thực hiện năm 2025",
            "Mục tiêu đến năm 2028",
            "Mục tiêu đến năm 2030",
        ]
    ]
    merges = []
    for i, (code, title, inds) in enumerate(DB_OBJ):
        merges.append((len(rows), 1, len(rows), 4))
        rows.append([_ROMAN[i], f"Mục tiêu {code}: {title}", "", "", ""])
        for n, text, base, y28, y30, _ in inds:
            rows.append([str(n), text, base, y28, y30])
    return ("table", rows, merges)


DB_ASSIGN_ROWS = [
    [
        "TT",
        "Cơ quan, đơn vị",
        "Chủ trì theo dõi, tổng hợp, báo cáo",
        "Phối hợp cung cấp thông tin, số liệu",
    ],
    [
        "1",
        "Sở Nội vụ",
        "Chỉ tiêu 1, 2 (Mục tiêu 1); Chỉ tiêu 1, 2 (Mục tiêu 2); Chỉ tiêu 3, 4 (Mục tiêu 3); Chỉ tiêu 3 (Mục tiêu 5); Chỉ tiêu 1 (Mục tiêu 6)",
        "Chỉ tiêu 2 (Mục tiêu 3)",
    ],
    ["2", "Sở Tài chính", "Chỉ tiêu 3 (Mục tiêu 2)", "Chỉ tiêu 1 (Mục tiêu 3)"],
    ["3", "Thống kê tỉnh", "Chỉ tiêu 1 (Mục tiêu 3)", "Các chỉ tiêu thuộc Mục tiêu 2"],
    ["4", "Sở Y tế", "Các chỉ tiêu thuộc Mục tiêu 4", "Chỉ tiêu 2 (Mục tiêu 3)"],
    ["5", "Sở Giáo dục và Đào tạo", "Chỉ tiêu 1, 2 (Mục tiêu 5)", "Chỉ tiêu 3 (Mục tiêu 5)"],
    [
        "6",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Chỉ tiêu 2 (Mục tiêu 3) - số liệu về bạo lực gia đình; Chỉ tiêu 2 (Mục tiêu 6)",
        "Chỉ tiêu 1 (Mục tiêu 6)",
    ],
    ["7", "Công an tỉnh", "-", "Chỉ tiêu 2, 3 (Mục tiêu 3)"],
    ["8", "Báo và Phát thanh, Truyền hình Điện Biên", "Chỉ tiêu 3 (Mục tiêu 6)", "-"],
    ["9", "Hội Liên hiệp Phụ nữ tỉnh", "-", "Chỉ tiêu 3 (Mục tiêu 2); Chỉ tiêu 2 (Mục tiêu 3)"],
    [
        "10",
        "UBND các xã, phường",
        "-",
        "Cung cấp thông tin, số liệu của địa phương theo đề nghị của cơ quan chủ trì",
    ],
]

DB_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "", "Số: 1186/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Điện Biên, ngày 14 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**" + DB_TITLE + "**",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”;",
    "Căn cứ Văn bản số 1947/BNV-CTTN&BĐG ngày 09 tháng 4 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
    "Theo đề nghị của Sở Nội vụ tại Tờ trình số 402/TTr-SNV ngày 28 tháng 4 năm 2026, Ủy ban nhân dân tỉnh Điện Biên ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:",
    "**I. ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN 2021 - 2025**",
    "Sau 05 năm triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn tỉnh đạt nhiều kết quả tích cực: 14/20 chỉ tiêu đạt và vượt kế hoạch; tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026 đạt 33,3%; tỷ lệ trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở tăng từ 78,9% năm 2020 lên 86,4% năm 2025; 100% xã, phường có mô hình phòng, chống bạo lực gia đình. Tuy nhiên, còn 06 chỉ tiêu chưa đạt, nhất là các chỉ tiêu về lao động nữ làm công hưởng lương, tỷ số tử vong mẹ và tỷ suất sinh ở vị thành niên; tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã vùng cao, biên giới chưa được đẩy lùi; số liệu thống kê có tách biệt giới ở cấp cơ sở chưa đầy đủ.",
    "Nguyên nhân chủ yếu là địa bàn rộng, địa hình chia cắt, giao thông đi lại khó khăn; trình độ dân trí ở vùng đồng bào dân tộc thiểu số còn hạn chế; phong tục, tập quán lạc hậu vẫn còn tồn tại; nguồn lực cho công tác bình đẳng giới chủ yếu từ Chương trình mục tiêu quốc gia, ngân sách địa phương bố trí còn thấp.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với điều kiện thực tế của tỉnh miền núi, biên giới có đông đồng bào dân tộc thiểu số sinh sống; tạo chuyển biến rõ nét về nhận thức và hành động của các cấp, các ngành và Nhân dân về bình đẳng giới.",
    "- Xác định rõ trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường và cơ chế phối hợp giữa các cơ quan, đơn vị trong theo dõi, đánh giá, thu thập số liệu có tách biệt giới, làm cơ sở đánh giá kết quả thực hiện Kế hoạch.",
    "**2. Yêu cầu**",
    "- Việc triển khai thực hiện Kế hoạch phải gắn với thực hiện các Chương trình mục tiêu quốc gia, đặc biệt là Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em”, bảo đảm không chồng chéo, lãng phí.",
    "- Các cơ quan, đơn vị được giao chủ trì chỉ tiêu phải chủ động xây dựng kế hoạch, lộ trình hằng năm; kịp thời báo cáo khó khăn, vướng mắc về Sở Nội vụ để tổng hợp, đề xuất Ủy ban nhân dân tỉnh xem xét, chỉ đạo.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, chú trọng phụ nữ và trẻ em gái người dân tộc thiểu số, vùng sâu, vùng xa, vùng biên giới, góp phần vào sự phát triển nhanh và bền vững của tỉnh Điện Biên.",
    "**2. Mục tiêu cụ thể**",
    "Phấn đấu đến năm 2028 và đến năm 2030 đạt được các chỉ tiêu cụ thể trong 06 lĩnh vực theo Bảng 1 dưới đây. Số liệu cột “Ước thực hiện năm 2025” là số liệu ước tính làm căn cứ so sánh, không phải chỉ tiêu giao.",
    "*Bảng 1. Các mục tiêu, chỉ tiêu bình đẳng giới tỉnh Điện Biên giai đoạn 2026 - 2030*",
    _db_table(),
    "*Ghi chú: Ô có ký hiệu “-” là chỉ tiêu không đặt mức phấn đấu năm 2028; kết quả được đánh giá vào năm 2030.*",
    "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo; hoàn thiện cơ chế phối hợp**",
    "Nâng cao vai trò, trách nhiệm của cấp ủy, chính quyền và người đứng đầu các cơ quan, đơn vị trong thực hiện công tác bình đẳng giới; đưa các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh, của từng ngành, địa phương. Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và các xã, phường sau sắp xếp đơn vị hành chính.",
    "**2. Lồng ghép vấn đề bình đẳng giới trong xây dựng và thực hiện chính sách**",
    "Thực hiện nghiêm việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; đánh giá tác động giới đối với các chính sách về đất đai, tín dụng, đào tạo nghề, hỗ trợ sinh kế cho đồng bào dân tộc thiểu số.",
    "**3. Thúc đẩy sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý**",
    "Quy hoạch, đào tạo, bồi dưỡng cán bộ nữ, cán bộ nữ người dân tộc thiểu số; bảo đảm tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý; giới thiệu đủ số lượng người ứng cử là nữ trong các cuộc bầu cử theo quy định.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới; nâng cao chất lượng dịch vụ hỗ trợ**",
    "Duy trì, nhân rộng các mô hình Địa chỉ tin cậy, nhà tạm lánh, đường dây nóng tại cộng đồng; tăng cường phối hợp liên ngành giữa công an, y tế, tư pháp, văn hóa và chính quyền cơ sở trong phát hiện, hỗ trợ, can thiệp các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em; giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống.",
    "**5. Truyền thông, nâng cao nhận thức về bình đẳng giới**",
    "Đổi mới nội dung, hình thức truyền thông phù hợp với từng nhóm đối tượng, sử dụng tiếng dân tộc (Thái, Mông, Khơ Mú...) trên hệ thống thông tin cơ sở; tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 08/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
    "**6. Thống kê, cơ sở dữ liệu và kiểm tra, giám sát**",
    "Hoàn thiện cơ sở dữ liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia; định kỳ kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp và địa phương.",
    "**7. Hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế**",
    "Ưu tiên phụ nữ dân tộc thiểu số, phụ nữ thuộc hộ nghèo, hộ cận nghèo tham gia các dự án hỗ trợ sinh kế, phát triển sản xuất theo chuỗi giá trị; tiếp cận vốn vay ưu đãi, đào tạo nghề gắn với giải quyết việc làm; hỗ trợ hợp tác xã, tổ hợp tác do phụ nữ làm chủ tham gia chương trình mỗi xã một sản phẩm (OCOP) và du lịch cộng đồng tại các bản văn hóa.",
    "Tập trung nguồn lực cho các xã khu vực III, xã biên giới; lồng ghép nguồn vốn của các chương trình mục tiêu quốc gia để hỗ trợ phụ nữ, trẻ em gái tiếp cận dịch vụ giáo dục, y tế, trợ giúp pháp lý.",
    "**8. Phát huy vai trò của người có uy tín trong cộng đồng**",
    "Phát huy vai trò của già làng, trưởng bản, trưởng dòng họ, chức sắc tôn giáo và người có uy tín trong tuyên truyền, vận động đồng bào xóa bỏ hủ tục, định kiến giới; xây dựng hương ước, quy ước của thôn, bản có nội dung bảo đảm bình đẳng giới, phòng, chống bạo lực gia đình, tảo hôn.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan; nguồn tài trợ, viện trợ của các tổ chức trong nước, quốc tế và các nguồn hợp pháp khác. Hằng năm, các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ được giao cùng với dự toán ngân sách của cơ quan, đơn vị, gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền phê duyệt.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phân công theo dõi, tổng hợp, báo cáo các chỉ tiêu**",
    "Các cơ quan, đơn vị có trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu của Kế hoạch theo phân công tại Bảng 2:",
    "*Bảng 2. Phân công cơ quan chủ trì, phối hợp theo dõi các chỉ tiêu*",
    ("table", DB_ASSIGN_ROWS, []),
    "**2. Nhiệm vụ cụ thể của các cơ quan, đơn vị**",
    "a) Sở Nội vụ: Là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tập huấn nghiệp vụ cho đội ngũ công chức làm công tác bình đẳng giới cấp tỉnh, cấp xã; tổng hợp, báo cáo kết quả thực hiện Kế hoạch theo quy định; tham mưu tổ chức sơ kết, tổng kết.",
    "b) Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch; chỉ đạo Thống kê tỉnh thu thập, công bố số liệu thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia trên địa bàn tỉnh.",
    "c) Sở Y tế: Triển khai các chương trình chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh, giảm tảo hôn và hôn nhân cận huyết thống; chỉ đạo các cơ sở trợ giúp xã hội công lập triển khai dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới.",
    "d) Sở Giáo dục và Đào tạo: Đưa nội dung giáo dục giới, bình đẳng giới vào các hoạt động giáo dục trong nhà trường; vận động trẻ em gái dân tộc thiểu số đến trường, duy trì sĩ số học sinh; tư vấn, hướng nghiệp cho học sinh nữ.",
    "đ) Sở Văn hóa, Thể thao và Du lịch: Hướng dẫn công tác phòng, chống bạo lực gia đình; quản lý hệ thống thông tin cơ sở; kiểm tra, xử lý các sản phẩm văn hóa, quảng cáo có nội dung định kiến giới.",
    "e) Công an tỉnh: Chủ trì công tác phòng, chống mua bán người; tiếp nhận, xác minh, điều tra, xử lý nghiêm các vụ việc bạo lực trên cơ sở giới, xâm hại phụ nữ và trẻ em.",
    "g) Báo và Phát thanh, Truyền hình Điện Biên: Xây dựng chuyên mục, chuyên đề về bình đẳng giới bằng tiếng Việt và tiếng dân tộc.",
    "h) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội; vận động hội viên, đoàn viên thực hiện bình đẳng giới.",
    "i) Ủy ban nhân dân các xã, phường: Xây dựng, ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 30/6/2026; bố trí công chức theo dõi công tác bình đẳng giới; thu thập số liệu có tách biệt giới trên địa bàn.",
    "**VII. CHẾ ĐỘ BÁO CÁO**",
    "1. Báo cáo định kỳ: Các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch (kèm biểu số liệu có tách biệt giới) gửi về Sở Nội vụ: báo cáo 6 tháng trước ngày 05 tháng 6, báo cáo năm trước ngày 05 tháng 12 hằng năm. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ trước ngày 20 tháng 6 (báo cáo 6 tháng) và trước ngày 20 tháng 12 (báo cáo năm).",
    "2. Sơ kết giữa kỳ: Các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết giữa kỳ thực hiện Kế hoạch về Sở Nội vụ trước ngày 30/9/2028 để tổng hợp, tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết.",
    "3. Tổng kết: Các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030 về Sở Nội vụ trước ngày 15/9/2030; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 10/10/2030.",
    "4. Ngoài các báo cáo trên, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu của cơ quan có thẩm quyền.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Điện Biên giai đoạn 2026 - 2030. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh cho phù hợp./.",
    (
        "table",
        [
            [
                "Nơi nhận:\n- Bộ Nội vụ (b/c);\n- TT. Tỉnh ủy, TT. HĐND tỉnh;\n- Lãnh đạo UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường;\n- Lưu: VT, KGVX.",
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLò Văn Thương",
            ]
        ],
        [],
    ),
]

DB_EXPECTED = {
    "format": "gem.plan/1",
    "title": DB_TITLE,
    "issuer": "UBND tỉnh Điện Biên",
    "level": "province",
    "area": "Điện Biên",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”",
        "Văn bản số 1947/BNV-CTTN&BĐG ngày 09 tháng 4 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": [
        obj(code, title, [(n, text, tg) for n, text, _b, _x, _y, tg in inds])
        for code, title, inds in DB_OBJ
    ],
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "3.3", "3.4", "5.3", "6.1"]),
        A("Sở Nội vụ", "support", ["3.2"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Tài chính", "support", ["3.1"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Thống kê tỉnh", "support", ["2.1", "2.2", "2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
        A("Sở Y tế", "support", ["3.2"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2"]),
        A("Sở Giáo dục và Đào tạo", "support", ["5.3"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.2"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "support", ["6.1"]),
        A("Công an tỉnh", "support", ["3.2", "3.3"]),
        A("Báo và Phát thanh, Truyền hình Điện Biên", "lead", ["6.3"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", ["2.3", "3.2"]),
    ],
    "reporting": [
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-20"),
        R("midterm", "units", "2028-09-30"),
        R("final", "units", "2030-09-15"),
        R("final", "consolidator", "2030-10-10"),
    ],
}


# ---------------------------------------------------------------------------
# 2. HƯNG YÊN 2026-2030 (.docx), Word automatic numbering: '1.' (List Number),
#    'a)' (List Number 2), 'Chỉ tiêu N:' (List Number 3), '-' (List Bullet) are not typed.
# ---------------------------------------------------------------------------

HY_TITLE = "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Hưng Yên giai đoạn 2026-2030"

HY_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Phấn đấu đến năm 2028 có ít nhất 65% và đến hết năm 2030 có 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp trên địa bàn tỉnh có lãnh đạo chủ chốt là nữ.",
                [T(65, "%", ">=", 2028), T(75, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tỷ lệ lao động nữ làm công hưởng lương tăng lên mức 62% vào năm 2030.",
                [T(62, "%", ">=", 2030)],
            ),
            (
                2,
                "Đến năm 2030, tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống còn 18%, từ mức 26,5% của năm 2025.",
                [T(18, "%", "<=", 2030, 26.5)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã không thấp hơn 30%.",
                [T(30, "%", ">=", 2030)],
            ),
            (
                4,
                "Giai đoạn 2026 - 2030 có ít nhất 15.000 lượt lao động nữ được tư vấn, giới thiệu việc làm, trong đó ưu tiên lao động nữ ở khu vực nông thôn bị thu hồi đất nông nghiệp.",
                [T(15000, "count", ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                1,
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới giảm còn 1,4 lần vào năm 2030.",
                [T(1.4, "times", "<=", 2030)],
            ),
            (
                2,
                "Đến năm 2030, tối thiểu 95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 90% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(95, "%", ">=", 2030, None, "người bị bạo lực"),
                    T(90, "%", ">=", 2030, None, "người gây bạo lực"),
                ],
            ),
            (
                3,
                "Duy trì 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                4,
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới từ năm 2027.",
                [T(100, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh giảm xuống dưới 112 bé trai/100 bé gái sinh ra sống vào năm 2028, tiến tới ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(112, "boys_per_100_girls", "<", 2028), T(110, "boys_per_100_girls", "=", 2030)],
            ),
            (
                2,
                "Tỷ số tử vong mẹ liên quan đến thai sản duy trì ổn định ở mức dưới 20/100.000 trẻ đẻ ra sống.",
                [T(20, "per_100000_live_births", "<", 2030)],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên tối đa 10 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(10, "per_1000_women", "<=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                1,
                "Từ năm 2027, nội dung về giới, bình đẳng giới được lồng ghép vào chương trình giảng dạy chính khóa và hoạt động trải nghiệm tại 100% trường trung học phổ thông trên địa bàn tỉnh.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành giáo dục tiểu học đạt trên 99,5%; hoàn thành cấp trung học cơ sở đạt trên 98%.",
                [
                    T(99.5, "%", ">", 2030, None, "tiểu học"),
                    T(98, "%", ">", 2030, None, "trung học cơ sở"),
                ],
            ),
            (
                3,
                "Nâng tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp lên 45% vào năm 2030 (năm 2025 đạt 38,2%).",
                [T(45, "%", ">=", 2030, 38.2)],
            ),
            (
                4,
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ và tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ tiếp tục tăng vào năm 2030 (thạc sĩ đạt 52%, tiến sĩ đạt 30%).",
                [T(52, "%", ">=", 2030, None, "thạc sĩ"), T(30, "%", ">=", 2030, None, "tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "90% dân số trong độ tuổi từ 15 tuổi trở lên được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
                [T(90, "%", ">=", 2030)],
            ),
            (
                2,
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                3,
                "Hệ thống thông tin cơ sở của 100% xã, phường có ít nhất 04 tin, bài/quý về bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                4,
                "Báo và Phát thanh, Truyền hình Hưng Yên duy trì tối thiểu 02 chuyên mục, chuyên đề về bình đẳng giới mỗi tháng.",
                [T(2, "items_per_month", ">=", 2030)],
            ),
        ],
    ),
]


def _hy_targets():
    out = []
    for code, title, inds in HY_OBJ:
        out.append(
            ("li", "List Number 2", f"Mục tiêu {code}: {title}", "restart" if code == "1" else None)
        )
        if len(inds) == 1:
            out.append("Chỉ tiêu: " + inds[0][1])
        else:
            for i, (n, text, _) in enumerate(inds):
                out.append(("li", "List Number 3", text, "restart" if i == 0 else None))
    return out


def LN(text, restart=False):
    return ("li", "List Number", text, "restart" if restart else None)


def LB(text):
    return ("li", "List Bullet", text)


def LA(text, restart=False):
    return ("li", "List Number 2", text, "restart" if restart else None)


HY_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "", "Số: 97/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Hưng Yên, ngày 02 tháng 6 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**" + HY_TITLE + "**",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030; Nghị quyết số 08/2026/NQ-HĐND ngày 15/4/2026 của Hội đồng nhân dân tỉnh về một số chính sách hỗ trợ phụ nữ khởi nghiệp trên địa bàn tỉnh Hưng Yên giai đoạn 2026 - 2030; Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Hưng Yên giai đoạn 2026-2030 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        LN("Mục đích", True),
        LB(
            "Triển khai đồng bộ, hiệu quả các mục tiêu của Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hưng Yên sau khi sắp xếp, hợp nhất đơn vị hành chính cấp tỉnh và tổ chức chính quyền địa phương hai cấp."
        ),
        LB(
            "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, doanh nghiệp và Nhân dân về bình đẳng giới; thu hẹp khoảng cách giới trong các lĩnh vực, nhất là lao động, việc làm ở khu vực nông thôn và khu công nghiệp."
        ),
        LN("Yêu cầu"),
        LB(
            "Xác định cụ thể nhiệm vụ, lộ trình và trách nhiệm của cơ quan chủ trì, cơ quan phối hợp đối với từng chỉ tiêu; bảo đảm số liệu có tách biệt giới, thống nhất với hệ thống chỉ tiêu thống kê của tỉnh."
        ),
        LB(
            "Lồng ghép việc thực hiện Kế hoạch với các chương trình, đề án phát triển kinh tế - xã hội của tỉnh; huy động sự tham gia của doanh nghiệp, các tổ chức chính trị - xã hội và cộng đồng."
        ),
        "**II. MỤC TIÊU**",
        LN("Mục tiêu tổng quát", True),
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Hưng Yên phát triển nhanh, bền vững.",
        LN("Mục tiêu cụ thể"),
    ]
    + _hy_targets()
    + [
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
        LN("Hoàn thiện thể chế, chính sách và lồng ghép giới", True),
        LB(
            "Rà soát các văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành trước thời điểm hợp nhất tỉnh để kiến nghị sửa đổi, bổ sung, bảo đảm nguyên tắc bình đẳng giới."
        ),
        LB(
            "Thực hiện lồng ghép vấn đề bình đẳng giới ngay từ khâu đề xuất chính sách; đánh giá tác động giới đối với các chính sách thu hồi đất, chuyển đổi nghề cho lao động nông nghiệp."
        ),
        LN("Thúc đẩy bình đẳng giới trong lao động, việc làm"),
        LB(
            "Tổ chức sàn giao dịch việc làm định kỳ hằng tháng, ưu tiên lao động nữ trên 35 tuổi và lao động nữ ở khu vực chuyển đổi mục đích sử dụng đất."
        ),
        LB(
            "Kiểm tra việc thực hiện chính sách đối với lao động nữ tại các doanh nghiệp trong khu công nghiệp Phố Nối, Thăng Long II, Yên Mỹ, Liên Hà Thái; vận động doanh nghiệp xây dựng nhà trẻ, nhà ở cho công nhân."
        ),
        LB(
            "Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể theo Nghị quyết số 08/2026/NQ-HĐND; kết nối doanh nghiệp do nữ làm chủ với các chương trình xúc tiến thương mại, chuyển đổi số; ưu tiên các hợp tác xã nông nghiệp công nghệ cao do phụ nữ quản lý."
        ),
        LB(
            "Nâng cao chất lượng đào tạo nghề cho lao động nữ theo nhu cầu của doanh nghiệp trong các khu công nghiệp; phối hợp với doanh nghiệp tổ chức đào tạo lại cho lao động nữ lớn tuổi có nguy cơ mất việc làm."
        ),
        LN("Phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
        LB(
            "Duy trì và nâng cao chất lượng hoạt động của các mô hình phòng, chống bạo lực gia đình, Địa chỉ tin cậy tại cộng đồng; bảo đảm tổng đài điện thoại quốc gia bảo vệ trẻ em 111 được truyền thông rộng rãi."
        ),
        LB(
            "Tăng cường phối hợp liên ngành trong tiếp nhận, xử lý thông tin, hỗ trợ người bị bạo lực, nạn nhân bị mua bán."
        ),
        LB(
            "Xây dựng quy trình phối hợp liên ngành trong tiếp nhận, xác minh, hỗ trợ, chuyển gửi người bị bạo lực trên cơ sở giới giữa công an, y tế, cơ sở trợ giúp xã hội, Ủy ban nhân dân cấp xã và các tổ chức chính trị - xã hội; tập huấn kỹ năng cho đội ngũ cộng tác viên, tổ hòa giải ở cơ sở."
        ),
        LB(
            "Quan tâm phòng ngừa bạo lực, quấy rối tình dục tại nơi làm việc, nhất là trong các doanh nghiệp sử dụng nhiều lao động nữ; khuyến khích doanh nghiệp ban hành bộ quy tắc ứng xử về phòng, chống quấy rối tình dục."
        ),
        LN("Nâng cao năng lực quản lý nhà nước về bình đẳng giới"),
        LB(
            "Bố trí công chức theo dõi công tác bình đẳng giới tại Sở Nội vụ và các xã, phường; tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng lồng ghép giới, thống kê giới, theo dõi đánh giá cho đội ngũ cán bộ làm công tác bình đẳng giới các cấp ít nhất một lần trong năm."
        ),
        LB(
            "Xây dựng, vận hành cơ sở dữ liệu thống kê về giới của tỉnh, kết nối với hệ thống thông tin của các sở, ngành; chuẩn hóa biểu mẫu thu thập số liệu có tách biệt giới từ cấp xã."
        ),
        LB(
            "Tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới, lao động nữ trong các doanh nghiệp; xử lý nghiêm các hành vi vi phạm pháp luật về bình đẳng giới theo quy định."
        ),
        LN("Chăm sóc sức khỏe, giáo dục, đào tạo"),
        LB(
            "Thực hiện quyết liệt các giải pháp kiểm soát mất cân bằng giới tính khi sinh; xử lý nghiêm hành vi lựa chọn giới tính thai nhi; đẩy mạnh tư vấn sức khỏe sinh sản vị thành niên, thanh niên."
        ),
        LB(
            "Lồng ghép giáo dục giới, bình đẳng giới trong các hoạt động giáo dục; tư vấn hướng nghiệp nhằm giảm định kiến giới trong lựa chọn ngành nghề."
        ),
        LB(
            "Tăng cường mạng lưới chăm sóc sức khỏe sinh sản tại cơ sở; nâng cao chất lượng dịch vụ chăm sóc trước, trong và sau sinh; khám sàng lọc trước sinh và sơ sinh; khám sức khỏe định kỳ, tầm soát ung thư cho lao động nữ tại các doanh nghiệp."
        ),
        LB(
            "Hỗ trợ học sinh nữ thuộc hộ nghèo, cận nghèo tiếp tục học tập; khuyến khích nữ học viên tham gia các ngành kỹ thuật, công nghệ, lĩnh vực STEM; tạo điều kiện để nữ cán bộ, giảng viên tham gia đào tạo sau đại học."
        ),
        LN("Thông tin, truyền thông"),
        LB(
            "Đa dạng hóa hình thức truyền thông trên nền tảng số, mạng xã hội; tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12) và Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6)."
        ),
        LB(
            "Xây dựng chuyên trang, chuyên mục về bình đẳng giới trên Cổng thông tin điện tử tỉnh và trang thông tin điện tử của các sở, ngành; khuyến khích các doanh nghiệp, khu công nghiệp truyền thông về bình đẳng giới qua hệ thống loa nội bộ, bảng tin, nhóm mạng xã hội của công nhân."
        ),
        LB(
            "Lồng ghép nội dung bình đẳng giới trong sinh hoạt của các câu lạc bộ gia đình, câu lạc bộ người cao tuổi, câu lạc bộ thanh niên; tổ chức đối thoại chính sách giữa lãnh đạo địa phương với phụ nữ, nam giới về các vấn đề bình đẳng giới tại cơ sở."
        ),
        LB(
            "Kiểm soát chặt chẽ nội dung các sản phẩm quảng cáo, ấn phẩm, chương trình biểu diễn; kịp thời phát hiện, xử lý các sản phẩm có nội dung định kiến giới, phân biệt đối xử về giới."
        ),
        LB(
            "Biên soạn, phát hành tài liệu truyền thông về bình đẳng giới cho công nhân lao động khu công nghiệp; phát triển đội ngũ tuyên truyền viên, báo cáo viên về bình đẳng giới tại cơ sở."
        ),
        LB(
            "Biểu dương, khen thưởng các tập thể, cá nhân, gia đình tiêu biểu trong thực hiện bình đẳng giới; nhân rộng các mô hình “Gia đình bình đẳng, không bạo lực”, “Nam giới tiên phong chia sẻ việc nhà”."
        ),
        "**IV. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình, đề án, dự án có liên quan; nguồn xã hội hóa và các nguồn hợp pháp khác. Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao lập dự toán kinh phí hằng năm, tổng hợp chung vào dự toán ngân sách của cơ quan, đơn vị theo quy định của Luật Ngân sách nhà nước.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        LN("**Sở Nội vụ**", True),
        LB(
            "Là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ theo quy định."
        ),
        LB(
            "Tham mưu thực hiện chính sách cán bộ nữ; quy hoạch, đào tạo, bồi dưỡng cán bộ nữ lãnh đạo, quản lý các cấp."
        ),
        LB(
            "Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu của Mục tiêu 1; chỉ tiêu 1, 2, 4 Mục tiêu 2 và chỉ tiêu 1, 2 Mục tiêu 6; phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới)."
        ),
        LN("**Sở Tài chính**"),
        LB(
            "Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch; lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội hằng năm của tỉnh."
        ),
        LB(
            "Chủ trì, phối hợp với Thống kê tỉnh thu thập, tổng hợp số liệu và báo cáo chỉ tiêu 3 của Mục tiêu 2."
        ),
        LN("**Sở Y tế**"),
        LB(
            "Triển khai các chương trình, đề án về dân số, sức khỏe sinh sản; chỉ đạo các cơ sở trợ giúp xã hội công lập triển khai dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới."
        ),
        LB(
            "Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4 và chỉ tiêu 4 Mục tiêu 3."
        ),
        LN("**Sở Giáo dục và Đào tạo**"),
        LB(
            "Chỉ đạo các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp lồng ghép nội dung bình đẳng giới trong dạy học; phòng, chống bạo lực học đường."
        ),
        LB("Theo dõi, đánh giá và báo cáo các chỉ tiêu thuộc Mục tiêu 5."),
        LN("**Sở Văn hóa, Thể thao và Du lịch**"),
        LB(
            "Hướng dẫn, kiểm tra công tác phòng, chống bạo lực gia đình; quản lý hoạt động thông tin cơ sở, xuất bản, quảng cáo bảo đảm không có nội dung định kiến giới."
        ),
        LB(
            "Chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình) và chỉ tiêu 3 Mục tiêu 6."
        ),
        LN("**Công an tỉnh**"),
        LB(
            "Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 3; phối hợp cung cấp số liệu về các vụ bạo lực trên cơ sở giới phục vụ theo dõi chỉ tiêu 2 Mục tiêu 3."
        ),
        LN("**Thống kê tỉnh**"),
        LB(
            "Chủ trì thu thập, báo cáo số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu chỉ tiêu 1, 2 Mục tiêu 2; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh."
        ),
        LN("**Báo và Phát thanh, Truyền hình Hưng Yên**"),
        LB(
            "Chịu trách nhiệm thực hiện và báo cáo chỉ tiêu 4 của Mục tiêu 6; tăng thời lượng tin, bài về bình đẳng giới trên các nền tảng."
        ),
        LN("**Sở Dân tộc và Tôn giáo, Sở Tư pháp**"),
        LB(
            "Tuyên truyền, phổ biến pháp luật về bình đẳng giới trong đồng bào có đạo, các cơ sở tôn giáo; thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật."
        ),
        LN("**Các sở, ban, ngành khác thuộc UBND tỉnh**"),
        LB(
            "Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện công tác bình đẳng giới của cơ quan, đơn vị; lồng ghép các mục tiêu, chỉ tiêu của Kế hoạch vào chương trình công tác hằng năm; bố trí công chức theo dõi công tác bình đẳng giới và vì sự tiến bộ của phụ nữ."
        ),
        LB(
            "Đưa kết quả thực hiện công tác bình đẳng giới thành một tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của cơ quan, đơn vị và người đứng đầu."
        ),
        LN("**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**"),
        LB(
            "Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; Hội Liên hiệp Phụ nữ tỉnh giới thiệu cán bộ nữ có đủ tiêu chuẩn để quy hoạch, bổ nhiệm."
        ),
        LN("**Ủy ban nhân dân các xã, phường**"),
        LB(
            "Xây dựng kế hoạch thực hiện Chiến lược giai đoạn 2026 - 2030 của địa phương, gửi Sở Nội vụ trước ngày 31/7/2026; bố trí công chức phụ trách công tác bình đẳng giới."
        ),
        "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        LA(
            "Báo cáo 6 tháng: các sở, ban, ngành, Ủy ban nhân dân các xã, phường gửi báo cáo về Sở Nội vụ trước ngày 12 tháng 6 hằng năm; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 22 tháng 6 hằng năm.",
            True,
        ),
        LA(
            "Báo cáo năm: gửi về Sở Nội vụ trước ngày 01 tháng 12 hằng năm (số liệu tính từ ngày 15/11 năm trước đến ngày 14/11 năm báo cáo); Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 15 tháng 12 hằng năm."
        ),
        LA(
            "Báo cáo sơ kết giữa kỳ: năm 2028, các sở, ban, ngành và Ủy ban nhân dân các xã, phường đánh giá giữa kỳ việc thực hiện Kế hoạch, gửi báo cáo về Sở Nội vụ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết."
        ),
        LA(
            "Báo cáo tổng kết: các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết về Sở Nội vụ trước ngày 30/9/2030; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 15/10/2030."
        ),
        LA("Báo cáo đột xuất theo yêu cầu của cơ quan có thẩm quyền."),
        "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phạm Thị Hằng"],
        ),
    ]
)

HY_EXPECTED = {
    "format": "gem.plan/1",
    "title": HY_TITLE,
    "issuer": "UBND tỉnh Hưng Yên",
    "level": "province",
    "area": "Hưng Yên",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
        "Nghị quyết số 08/2026/NQ-HĐND ngày 15/4/2026 của Hội đồng nhân dân tỉnh về một số chính sách hỗ trợ phụ nữ khởi nghiệp trên địa bàn tỉnh Hưng Yên giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": [obj(code, title, inds) for code, title, inds in HY_OBJ],
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "2.4", "6.1", "6.2"]),
        A("Sở Nội vụ", "support", ["3.2"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "3.4"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3", "5.4"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3"]),
        A("Công an tỉnh", "lead", ["3.3"]),
        A("Công an tỉnh", "support", ["3.2"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Thống kê tỉnh", "support", ["2.1", "2.2"]),
        A("Báo và Phát thanh, Truyền hình Hưng Yên", "lead", ["6.4"]),
    ],
    "reporting": [
        R("plan", "units", "2026-07-31"),
        R("semiannual", "units", "06-12"),
        R("semiannual", "consolidator", "06-22"),
        R("annual", "units", "12-01"),
        R("annual", "consolidator", "12-15"),
        R("midterm", "units", "2028"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-15"),
    ],
}


# ---------------------------------------------------------------------------
# 3. CAO BẰNG 2027 (.txt), annual plan keeping the national numbering (gaps), mixed markers
# ---------------------------------------------------------------------------

CB_TITLE = "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Cao Bằng năm 2027"

CB_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                1,
                "Năm 2027, tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt tối thiểu 66%.",
                [T(66, "%", ">=", 2027)],
            ),
            (
                2,
                "Tỷ lệ nữ cán bộ, công chức cấp xã được tham gia bồi dưỡng kiến thức quản lý nhà nước, lý luận chính trị đạt 40% trở lên.",
                [T(40, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                1,
                "Tỷ lệ lao động nữ làm công hưởng lương năm 2027 phấn đấu lên mức 38%.",
                [T(38, "%", ">=", 2027)],
            ),
            (
                3,
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã (ước đạt 24% năm 2026) tăng lên ít nhất 25%.",
                [T(25, "%", ">=", 2027, 24)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                2,
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 85%; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 70%.",
                [
                    T(85, "%", ">=", 2027, None, "người bị bạo lực"),
                    T(70, "%", ">=", 2027, None, "người gây bạo lực"),
                ],
            ),
            (
                3,
                "Bảo đảm 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ, tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                4,
                "Toàn tỉnh duy trì và thành lập mới, đạt tổng số không dưới 160 câu lạc bộ “Thủ lĩnh của sự thay đổi” tại các trường trung học cơ sở, trung học phổ thông và cộng đồng.",
                [T(160, "count", ">=", 2027)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                1,
                "Tỷ số giới tính khi sinh không vượt quá 108 bé trai/100 bé gái sinh ra sống.",
                [T(108, "boys_per_100_girls", "<=", 2027)],
            ),
            (
                2,
                "Giảm tỷ số tử vong mẹ liên quan đến thai sản xuống dưới 45/100.000 trẻ đẻ ra sống.",
                [T(45, "per_100000_live_births", "<", 2027)],
            ),
            (
                3,
                "Tỷ suất sinh ở vị thành niên từ 28 ca sinh/1.000 phụ nữ (năm 2026) giảm còn 25 ca sinh/1.000 phụ nữ.",
                [T(25, "per_1000_women", "<=", 2027, 28)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                2,
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học duy trì ổn định ở mức trên 95%; hoàn thành cấp trung học cơ sở tối thiểu 88%.",
                [
                    T(95, "%", ">", 2027, None, "tiểu học"),
                    T(88, "%", ">=", 2027, None, "trung học cơ sở"),
                ],
            ),
            (
                3,
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 35%.",
                [T(35, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                1,
                "75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(75, "%", ">=", 2027)],
            ),
            (
                2,
                "Mỗi xã, phường có ít nhất 01 tin, bài/tháng về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới trên trang thông tin điện tử hoặc hệ thống truyền thanh cơ sở.",
                [T(1, "items_per_month", ">=", 2027)],
            ),
            (
                3,
                "Không để xảy ra việc cấp phép xuất bản, phát hành ấn phẩm có nội dung, hình ảnh mang định kiến giới trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2027)],
            ),
        ],
    ),
]

_CB_LETTER = ["a", "b", "c", "d", "đ", "e"]


def _cb_targets():
    out = []
    for i, (code, title, inds) in enumerate(CB_OBJ):
        head = f"{_CB_LETTER[i]}) Mục tiêu {code}: {title}"
        if code == "3":
            head = f"{_CB_LETTER[i]}) Mục tiêu {code} : {title}"  # stray space before the colon
        out.append(head)
        for n, text, _ in inds:
            if code == "4":
                out.append(f"- Chỉ tiêu {code}.{n}: {text}")
            elif code == "1":
                out.append(f"+ Chỉ tiêu {n}: {text}")
            else:
                out.append(f"- Chỉ tiêu {n}: {text}")
    return out


CB_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "", "Số: 412/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Cao Bằng, ngày 26 tháng 02 năm 2027",
            ],
        ),
        "KẾ HOẠCH",
        CB_TITLE,
        "Căn cứ Luật Bình đẳng giới năm 2006; Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "Thực hiện Kế hoạch số 1285/KH-UBND ngày 20/6/2026 của UBND tỉnh Cao Bằng thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030; Văn bản số 611/BNV-CTTN&BĐG ngày 02/02/2027 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2027,",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027, cụ thể như sau:",
        "Phần thứ nhất",
        "KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026",
        "1. Công tác lãnh đạo, chỉ đạo: Năm 2026, UBND tỉnh đã ban hành Kế hoạch số 1285/KH-UBND thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 và 05 văn bản chỉ đạo, hướng dẫn triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ; 100% sở, ban, ngành và 56/56 xã, phường đã ban hành kế hoạch thực hiện của cơ quan, địa phương. Ban Vì sự tiến bộ của phụ nữ tỉnh được kiện toàn sau sắp xếp tổ chức bộ máy.",
        "2. Kết quả thực hiện các chỉ tiêu: Theo số liệu tổng hợp của các sở, ngành, tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ ước đạt 64,8%; tỷ lệ lao động nữ làm công hưởng lương đạt 35,6%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã ước đạt 24%. Tỷ số giới tính khi sinh là 107,4 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên 28 ca sinh/1.000 phụ nữ. Có 81,5% người bị bạo lực gia đình được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản; 142 câu lạc bộ “Thủ lĩnh của sự thay đổi” đang duy trì hoạt động. Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới ước đạt 71%.",
        "3. Công tác truyền thông: Các cơ quan báo chí của tỉnh đăng phát 1.240 tin, bài, phóng sự về bình đẳng giới và phòng chống bạo lực trên cơ sở giới; hệ thống truyền thanh cơ sở phát trên 3.500 lượt tin bằng tiếng Việt, tiếng Tày, Nùng, Mông. Tháng hành động vì bình đẳng giới năm 2026 được tổ chức với nhiều hoạt động thiết thực như diễu hành, thi tìm hiểu pháp luật, đối thoại chính sách với phụ nữ dân tộc thiểu số.",
        "4. Tồn tại, hạn chế: Số liệu có tách biệt giới ở cấp xã chưa đầy đủ, chưa kịp thời; tình trạng tảo hôn, hôn nhân cận huyết thống vẫn còn xảy ra ở một số xã vùng cao; đội ngũ làm công tác bình đẳng giới cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi sau sắp xếp bộ máy; nguồn lực bố trí cho công tác bình đẳng giới còn hạn chế, chủ yếu dựa vào Dự án 8. Một số chỉ tiêu còn thấp so với mục tiêu giai đoạn, nhất là tỷ lệ lao động nữ làm công hưởng lương và tỷ lệ nữ chủ doanh nghiệp.",
        "5. Nguyên nhân: Điều kiện kinh tế - xã hội của tỉnh còn nhiều khó khăn, địa bàn rộng, dân cư phân tán; nhận thức về bình đẳng giới của một bộ phận cán bộ, Nhân dân chưa đầy đủ, tư tưởng trọng nam khinh nữ vẫn còn tồn tại; việc phối hợp giữa các cơ quan trong thu thập, chia sẻ số liệu chưa chặt chẽ.",
        "Phần thứ hai",
        "KẾ HOẠCH THỰC HIỆN NĂM 2027",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Tiếp tục triển khai có hiệu quả Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của tỉnh; phấn đấu hoàn thành các chỉ tiêu năm 2027, tạo tiền đề thực hiện thắng lợi mục tiêu sơ kết giữa kỳ vào năm 2028.",
        "2. Nâng cao nhận thức và trách nhiệm của các cấp, các ngành, nhất là người đứng đầu, trong thực hiện pháp luật về bình đẳng giới; tập trung vào các xã vùng cao, biên giới còn nhiều khó khăn như Bảo Lâm, Hà Quảng, Trùng Khánh, Nguyên Bình.",
        "3. Các hoạt động phải cụ thể, thiết thực, lồng ghép với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, tránh hình thức.",
        "4. Tăng cường trách nhiệm phối hợp giữa các sở, ngành, địa phương và các tổ chức chính trị - xã hội trong thu thập, chia sẻ số liệu có tách biệt giới; bảo đảm số liệu báo cáo đúng thời hạn, đầy đủ, chính xác, phục vụ đánh giá kết quả thực hiện các chỉ tiêu của tỉnh.",
        "II. MỤC TIÊU, CHỈ TIÊU NĂM 2027",
        "1. Mục tiêu chung: Thu hẹp khoảng cách giới; nâng cao vị thế của phụ nữ và trẻ em gái người dân tộc thiểu số; bảo đảm quyền bình đẳng giữa nam và nữ trong các lĩnh vực của đời sống xã hội.",
        "2. Chỉ tiêu cụ thể",
        "(Giữ nguyên số thứ tự chỉ tiêu theo Kế hoạch số 1285/KH-UBND; các chỉ tiêu không giao trong năm 2027 được đánh giá theo kỳ sơ kết, tổng kết.)",
    ]
    + _cb_targets()
    + [
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Công tác chỉ đạo, điều hành",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và cấp xã; ban hành quy chế hoạt động, phân công thành viên phụ trách địa bàn.",
        "- Đưa nội dung bình đẳng giới vào chương trình công tác năm 2027 của các sở, ban, ngành, địa phương.",
        "- Thực hiện lồng ghép giới trong quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ; bảo đảm tỷ lệ nữ trong quy hoạch cấp ủy, lãnh đạo các cơ quan, đơn vị theo quy định; ưu tiên cán bộ nữ người dân tộc thiểu số, cán bộ nữ trẻ có năng lực.",
        "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng các nghị quyết của Hội đồng nhân dân tỉnh, quyết định của UBND tỉnh; Sở Tư pháp thẩm định nội dung lồng ghép giới trong các dự thảo văn bản quy phạm pháp luật theo quy định.",
        "- Hỗ trợ phụ nữ phát triển kinh tế: tạo điều kiện cho phụ nữ tiếp cận vốn vay ưu đãi từ Ngân hàng Chính sách xã hội, tham gia hợp tác xã, tổ hợp tác; phát triển sản phẩm OCOP, du lịch cộng đồng gắn với Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng; đào tạo nghề phi nông nghiệp cho lao động nữ nông thôn.",
        "2. Công tác truyền thông",
        "- Tuyên truyền bằng tiếng Tày, Nùng, Mông, Dao trên hệ thống truyền thanh cơ sở; xây dựng các tiểu phẩm, pa nô, áp phích về bình đẳng giới, phòng chống tảo hôn, hôn nhân cận huyết thống.",
        "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2027) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12/2027) với chủ đề do Bộ Nội vụ hướng dẫn.",
        "3. Nâng cao năng lực",
        "- Tổ chức 02 lớp tập huấn cho công chức Văn hóa - Xã hội các xã, phường về lồng ghép giới, thu thập số liệu có tách biệt giới; 01 lớp tập huấn cho thành viên tổ truyền thông cộng đồng.",
        "2",
        "- Hướng dẫn các xã, phường cập nhật số liệu vào cơ sở dữ liệu thống kê về giới của tỉnh, bảo đảm số liệu được tổng hợp đúng kỳ báo cáo.",
        "4. Hỗ trợ phụ nữ, trẻ em gái vùng khó khăn",
        "- Triển khai Dự án 8 thuộc Chương trình mục tiêu quốc gia: duy trì tổ truyền thông cộng đồng, Địa chỉ tin cậy, câu lạc bộ “Thủ lĩnh của sự thay đổi”; hỗ trợ phụ nữ dân tộc thiểu số sinh đẻ an toàn, chăm sóc sức khỏe trẻ em.",
        "5. Kiểm tra, giám sát",
        "- Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số cơ quan, đơn vị, doanh nghiệp và 06 xã, phường trong quý III/2027.",
        "- Giải quyết kịp thời các đơn thư khiếu nại, tố cáo liên quan đến bình đẳng giới, bạo lực gia đình; công khai kết quả kiểm tra, kiến nghị xử lý đối với cơ quan, đơn vị có vi phạm. Sau kiểm tra, Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh để chỉ đạo khắc phục các tồn tại, hạn chế.",
        "- Ban Vì sự tiến bộ của phụ nữ tỉnh phân công thành viên theo dõi, giám sát việc thực hiện Kế hoạch tại các xã, phường được phân công phụ trách; định kỳ trao đổi thông tin với cơ quan thường trực.",
        "6. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "- Duy trì hoạt động của 56 Địa chỉ tin cậy, nhà tạm lánh tại cộng đồng; công khai số điện thoại đường dây nóng của Công an xã, Trạm y tế, Hội Liên hiệp Phụ nữ xã để người dân kịp thời thông báo, tố giác hành vi bạo lực.",
        "- Tổ chức tư vấn, tham vấn cho người gây bạo lực gia đình chưa đến mức truy cứu trách nhiệm hình sự thông qua tổ hòa giải, chi hội phụ nữ, chi hội nông dân, người có uy tín trong cộng đồng dân tộc thiểu số.",
        "- Rà soát, hỗ trợ nạn nhân bị mua bán trở về tại các xã biên giới giáp Trung Quốc; phối hợp với lực lượng Bộ đội Biên phòng tỉnh trong phát hiện, giải cứu, tiếp nhận, bảo vệ nạn nhân.",
        "7. Công tác thống kê",
        "- Các sở, ngành, địa phương thực hiện thu thập, tổng hợp số liệu có tách biệt giới theo biểu mẫu do Sở Nội vụ hướng dẫn; số liệu phải thống nhất với số liệu của Thống kê tỉnh và các cơ quan chuyên ngành, ghi rõ nguồn số liệu, thời điểm thu thập.",
        "- Các xã, phường cử 01 công chức đầu mối cập nhật số liệu, bảo đảm số liệu được gửi kèm báo cáo định kỳ của địa phương.",
        "III. KINH PHÍ THỰC HIỆN",
        "Từ nguồn ngân sách nhà nước đã giao trong dự toán năm 2027 của các cơ quan, đơn vị, địa phương; nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8) và các nguồn hợp pháp khác.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "- Chủ trì, hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch; tổng hợp, báo cáo kết quả theo quy định.",
        "- Tham mưu UBND tỉnh tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027; tổ chức tập huấn nghiệp vụ cho công chức cấp xã; chủ trì kiểm tra liên ngành về bình đẳng giới.",
        "- Chủ trì theo dõi, tổng hợp và báo cáo chỉ tiêu 1 và 2 thuộc Mục tiêu 1, chỉ tiêu 1 Mục tiêu 2, chỉ tiêu 1 Mục tiêu 6; phối hợp theo dõi chỉ tiêu 3 Mục tiêu 2.",
        "2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch; chịu trách nhiệm thu thập, báo cáo số liệu chỉ tiêu 3 của Mục tiêu 2.",
        "3. Sở Y tế",
        "- Chỉ đạo kiểm soát mất cân bằng giới tính khi sinh; chăm sóc sức khỏe bà mẹ, trẻ em vùng cao; hỗ trợ nạn nhân bị mua bán trở về hòa nhập cộng đồng.",
        "- Theo dõi, báo cáo các chỉ tiêu của Mục tiêu 4; chỉ tiêu 3 của Mục tiêu 3.",
        "4. Sở Giáo dục và Đào tạo",
        "- Duy trì sĩ số, vận động học sinh nữ dân tộc thiểu số đi học đúng độ tuổi; chịu trách nhiệm báo cáo chỉ tiêu 2, 3 Mục tiêu 5.",
        "- Phối hợp với Hội Liên hiệp Phụ nữ tỉnh duy trì các câu lạc bộ “Thủ lĩnh của sự thay đổi” trong trường học (chỉ tiêu 4 Mục tiêu 3).",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "- Hướng dẫn phòng, chống bạo lực gia đình; quản lý hoạt động xuất bản, quảng cáo, thông tin cơ sở.",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu số 2 của Mục tiêu 3 (phần số liệu về bạo lực gia đình) và chỉ tiêu 3 Mục tiêu 6; phối hợp với Ủy ban nhân dân các xã, phường theo dõi chỉ tiêu 2 Mục tiêu 6.",
        "6. Công an tỉnh: Phòng, chống mua bán người, xử lý các vụ việc bạo lực trên cơ sở giới; phối hợp với Sở Y tế, Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu chỉ tiêu 2, 3 Mục tiêu 3.",
        "7. Sở Khoa học và Công nghệ: Hướng dẫn ứng dụng nền tảng số trong truyền thông về bình đẳng giới; hỗ trợ các xã, phường vận hành trang thông tin điện tử.",
        "7a. Sở Tư pháp: Thẩm định việc lồng ghép vấn đề bình đẳng giới trong các dự thảo văn bản quy phạm pháp luật; phổ biến, giáo dục pháp luật về bình đẳng giới, hôn nhân và gia đình cho đồng bào vùng cao thông qua đội ngũ hòa giải viên, trợ giúp viên pháp lý.",
        "7b. Sở Dân tộc và Tôn giáo: Phối hợp tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ tập quán lạc hậu, giảm thiểu tảo hôn và hôn nhân cận huyết thống; lồng ghép nội dung bình đẳng giới trong triển khai chính sách dân tộc; phát huy vai trò người có uy tín trong cộng đồng.",
        "7c. Báo và Phát thanh, Truyền hình Cao Bằng: Duy trì chuyên mục “Vì sự tiến bộ của phụ nữ”, “Gia đình và xã hội”; tăng thời lượng phát sóng bằng tiếng dân tộc; phản ánh kịp thời các mô hình hay, gương điển hình trong thực hiện bình đẳng giới.",
        "8. Đề nghị Hội Liên hiệp Phụ nữ tỉnh: Chủ trì theo dõi, báo cáo chỉ tiêu 4 của Mục tiêu 3; triển khai Dự án 8 theo phân công.",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền, vận động đoàn viên, hội viên thực hiện pháp luật về bình đẳng giới; tham gia giám sát, phản biện xã hội đối với việc thực hiện chính sách, pháp luật về bình đẳng giới trên địa bàn.",
        "9. Ủy ban nhân dân các xã, phường: Ban hành kế hoạch năm 2027 của địa phương ngay sau khi Kế hoạch này được ban hành; bố trí nguồn lực, tổ chức thực hiện và báo cáo theo quy định.",
        "V. CHẾ ĐỘ BÁO CÁO",
        "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện (số liệu có tách biệt giới) về Sở Nội vụ: báo cáo 6 tháng đầu năm 2027 trước ngày 15/6/2027; báo cáo năm 2027 trước ngày 10/12/2027. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ chậm nhất ngày 25/6/2027 (báo cáo 6 tháng) và ngày 20/12/2027 (báo cáo năm). Báo cáo đột xuất thực hiện khi có yêu cầu.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Cao Bằng năm 2027. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (b/c);",
                "- TT Tỉnh ủy; TT HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành;",
                "- UBND các xã, phường;",
                "- Lưu: VT, VX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nông Thị Tuyết"],
        ),
    ]
)

CB_EXPECTED = {
    "format": "gem.plan/1",
    "title": CB_TITLE,
    "issuer": "UBND tỉnh Cao Bằng",
    "level": "province",
    "area": "Cao Bằng",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Luật Bình đẳng giới năm 2006",
        "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
        "Kế hoạch số 1285/KH-UBND ngày 20/6/2026 của UBND tỉnh Cao Bằng thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
        "Văn bản số 611/BNV-CTTN&BĐG ngày 02/02/2027 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2027",
    ],
    "parent": "Kế hoạch số 1285/KH-UBND ngày 20/6/2026 của UBND tỉnh Cao Bằng",
    "objectives": [obj(code, title, inds) for code, title, inds in CB_OBJ],
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "6.1"]),
        A("Sở Nội vụ", "support", ["2.3"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "3.3"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.2", "5.3"]),
        A("Sở Giáo dục và Đào tạo", "support", ["3.4"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "support", ["6.2"]),
        A("Công an tỉnh", "support", ["3.2", "3.3"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "lead", ["3.4"]),
    ],
    "reporting": [
        R("semiannual", "units", "06-15"),
        R("annual", "units", "12-10"),
        R("semiannual", "consolidator", "06-25"),
        R("annual", "consolidator", "12-20"),
    ],
}


PLANS = [
    {
        "name": "r7a-dien-bien-2026-2030",
        "ext": "pdf",
        "builder": "r7a-docx-soffice",
        "blocks": DB_BLOCKS,
        "expected": DB_EXPECTED,
    },
    {
        "name": "r7a-hung-yen-2026-2030",
        "ext": "docx",
        "builder": "r7a-docx",
        "blocks": HY_BLOCKS,
        "expected": HY_EXPECTED,
    },
    {"name": "r7a-cao-bang-2027", "ext": "txt", "blocks": CB_BLOCKS, "expected": CB_EXPECTED},
]
