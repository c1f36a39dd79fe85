"""Blind test plans, helper r7d: three province plans in unusual shapes.

- r7d-quang-tri-2026-2030 (.md): heavily nested outline (I. / 1. / 1.1. / a) / - / +); the
  objectives are "1.1. Mục tiêu 1: ..." inside "1. Mục tiêu cụ thể" and the indicators are
  "-" items with no "Chỉ tiêu" label (coded by their order inside the objective); the
  agencies' duties name indicators as "chỉ tiêu thứ hai của Mục tiêu 3".
- r7d-dak-lak-2026-2030 (.txt): indicators numbered continuously "Chỉ tiêu 1" .. "Chỉ tiêu 18"
  across the six objectives (code = objective.number as written, e.g. "3.9"); duties cite
  the continuous numbers only.
- r7d-gia-lai-2026 (.pdf, built as .docx and converted by LibreOffice): annual plan, each
  objective with all its indicators and targets in ONE long paragraph; the assignment of
  indicators is a table (lead / support columns) inside "Tổ chức thực hiện".
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


def A(agency, role, indicators):
    return {"agency": agency, "role": role, "indicators": indicators}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# Plan 1: Quảng Trị 2026-2030, Markdown, nested outline, unlabelled indicators
# ---------------------------------------------------------------------------

QT_BASES = [
    "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
    "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
    "Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
    "Công văn số 1462/BNV-CTTN&BĐG ngày 09 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030",
]

QT_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo, quản lý trong hệ thống chính trị, từng bước thu hẹp khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                "Đến năm 2030, tối thiểu 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp trên địa bàn tỉnh có lãnh đạo chủ chốt là nữ.",
                [T(75, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ cán bộ nữ trong quy hoạch các chức danh lãnh đạo, quản lý các cấp không thấp hơn 45% vào năm 2028 và đạt 50% vào năm 2030.",
                [T(45, "%", ">=", 2028), T(50, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
        [
            (
                "Tăng tỷ lệ lao động nữ làm công hưởng lương lên mức 58% vào năm 2030.",
                [T(58, "%", ">=", 2030)],
            ),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống còn 28% vào năm 2028 và xuống dưới 25% vào năm 2030.",
                [T(28, "%", "<=", 2028), T(25, "%", "<", 2030)],
            ),
            (
                "Phấn đấu đạt 30% trở lên đối với tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã trên địa bàn tỉnh.",
                [T(30, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ lao động nữ ở nông thôn dưới 60 tuổi được đào tạo nghề và chuyên môn kỹ thuật đạt khoảng 55% vào năm 2030.",
                [T(55, "%", "=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Nâng cao chất lượng cuộc sống gia đình, bảo đảm bình đẳng giới trong gia đình; phòng ngừa, ứng phó hiệu quả với bạo lực trên cơ sở giới",
        [
            (
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới không vượt quá 1,5 lần vào năm 2030.",
                [T(1.5, "times", "<=", 2030)],
            ),
            (
                "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 85% vào năm 2028 và 90% vào năm 2030; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt tối thiểu 70% vào năm 2030.",
                [
                    T(85, "%", ">=", 2028, label="người bị bạo lực"),
                    T(90, "%", ">=", 2030, label="người bị bạo lực"),
                    T(70, "%", ">=", 2030, label="người gây bạo lực"),
                ],
            ),
            (
                "Từ năm 2026 trở đi, 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2026)],
            ),
            (
                "Đến hết năm 2030, 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới (năm 2028 đạt 80%).",
                [T(100, "%", ">=", 2030), T(80, "%", ">=", 2028)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "Kiềm chế tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống vào năm 2028 và đưa về mức 109 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(110, "boys_per_100_girls", "<=", 2028), T(109, "boys_per_100_girls", "=", 2030)],
            ),
            (
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản hạ xuống còn 38/100.000 trẻ đẻ sống vào năm 2030.",
                [T(38, "per_100000_live_births", "<=", 2030)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên (15-19 tuổi) thấp hơn 15 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(15, "per_1000_women", "<", 2030)],
            ),
            (
                "Có ít nhất 02 cơ sở y tế trên địa bàn tỉnh cung cấp dịch vụ chăm sóc sức khỏe thân thiện dành cho người đồng tính, song tính và chuyển giới vào năm 2030.",
                [T(2, "count", ">=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Từ năm 2026 trở đi, nội dung về giới, bình đẳng giới được lồng ghép trong chương trình giáo dục ở tất cả các cấp học và trong chương trình bồi dưỡng thường xuyên giáo viên trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2026)],
            ),
            None,  # 5.2 is written with "+" sub-items, built below
            (
                "Nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp chiếm từ 40% trở lên vào năm 2030.",
                [T(40, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ duy trì ổn định ở mức trên 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt tối thiểu 33% vào năm 2030.",
                [T(50, "%", ">", 2030, label="thạc sĩ"), T(33, "%", ">=", 2030, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực văn hóa, thông tin, truyền thông",
        [
            (
                "85% dân số trên địa bàn tỉnh được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030 (năm 2028 đạt 75%).",
                [T(85, "%", ">=", 2030), T(75, "%", ">=", 2028)],
            ),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Mỗi tháng có ít nhất 01 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở của mỗi xã, phường, đặc khu.",
                [T(1, "items_per_month", ">=", 2030)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Quảng Trị phát sóng, đăng tải ít nhất 02 chuyên mục, chuyên đề về bình đẳng giới mỗi tháng.",
                [T(2, "items_per_month", ">=", 2030)],
            ),
            (
                "Không để xảy ra việc cấp phép xuất bản, phát hành ấn phẩm, sản phẩm văn hóa có nội dung, hình ảnh mang định kiến giới trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2030)],
            ),
        ],
    ),
]

QT_52_HEAD = (
    "Tỷ lệ trẻ em trai và trẻ em gái người dân tộc thiểu số hoàn thành các cấp học đến năm 2030:"
)
QT_52_SUB = ["Cấp tiểu học đạt 99,5%;", "Cấp trung học cơ sở đạt không thấp hơn 96%."]
QT_52_TARGETS = [
    T(99.5, "%", ">=", 2030, label="tiểu học"),
    T(96, "%", ">=", 2030, label="trung học cơ sở"),
]


def _qt_objective_blocks():
    blocks = []
    for n, (code, title, inds) in enumerate(QT_OBJ, start=1):
        blocks.append(f"*1.{n}. Mục tiêu {code}: {title}*")
        if code == "3":
            blocks.append("Phấn đấu đạt được các chỉ tiêu sau:")
        for ind in inds:
            if ind is None:
                blocks.append("- " + QT_52_HEAD)
                blocks += ["  + " + s for s in QT_52_SUB]
            else:
                blocks.append("- " + ind[0])
    return blocks


def _qt_expected_objectives():
    out = []
    for code, title, inds in QT_OBJ:
        lst = []
        for i, ind in enumerate(inds, start=1):
            if ind is None:
                text, targets = QT_52_HEAD + " " + " ".join(QT_52_SUB), QT_52_TARGETS
            else:
                text, targets = ind
            lst.append({"code": f"{code}.{i}", "text": text, "targets": targets})
        out.append({"code": code, "title": title, "indicators": lst})
    return out


QT_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "", "Số: 215/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Quảng Trị, ngày 14 tháng 4 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Quảng Trị**",
    ]
    + ["*Căn cứ " + b + ";*" for b in QT_BASES]
    + [
        "*Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 388/TTr-SNV ngày 02 tháng 4 năm 2026.*",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Quảng Trị, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "1.1. Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 phù hợp với điều kiện thực tiễn của tỉnh sau khi sắp xếp đơn vị hành chính và vận hành mô hình chính quyền địa phương hai cấp.",
        "1.2. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân về bình đẳng giới; tạo chuyển biến rõ nét về hành vi, xóa bỏ dần định kiến giới, nhất là ở vùng đồng bào dân tộc thiểu số miền núi phía Tây của tỉnh và vùng bãi ngang ven biển.",
        "**2. Yêu cầu**",
        "2.1. Các sở, ban, ngành, UBND các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch, lồng ghép các mục tiêu, chỉ tiêu bình đẳng giới vào chương trình, kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của ngành, địa phương.",
        "2.2. Việc triển khai phải bảo đảm thực chất, hiệu quả, có sự phối hợp chặt chẽ giữa các cơ quan, đơn vị; số liệu theo dõi, báo cáo phải có sự tách biệt giới, thống nhất với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "**II. MỤC TIÊU**",
        "**Mục tiêu tổng quát:** Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội và gia đình; phấn đấu đến năm 2030 các chỉ số về bình đẳng giới của tỉnh Quảng Trị đạt và vượt mức bình quân chung của khu vực Bắc Trung Bộ, góp phần vào sự phát triển nhanh, bền vững của tỉnh.",
        "**1. Mục tiêu cụ thể**",
    ]
    + _qt_objective_blocks()
    + [
        "**2. Một số định hướng đối với cấp xã**",
        "Căn cứ các mục tiêu nêu trên, UBND các xã, phường, đặc khu xác định chỉ tiêu cụ thể của địa phương nhưng không thấp hơn mức chung của tỉnh; đối với các xã miền núi, vùng đồng bào dân tộc thiểu số có điều kiện kinh tế - xã hội đặc biệt khó khăn, có thể xác định lộ trình phù hợp và báo cáo Sở Nội vụ để theo dõi.",
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Nhiệm vụ, giải pháp chung**",
        "*1.1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền*",
        "a) Đưa nội dung bình đẳng giới vào chương trình công tác hằng năm của cấp ủy, chính quyền các cấp; đề cao trách nhiệm của người đứng đầu trong tổ chức thực hiện các mục tiêu, chỉ tiêu về bình đẳng giới.",
        "b) Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và ở các cơ quan, đơn vị; bố trí công chức phụ trách công tác bình đẳng giới tại Phòng Văn hóa - Xã hội các xã, phường, đặc khu.",
        "*1.2. Hoàn thiện cơ chế, chính sách và lồng ghép giới*",
        "a) Rà soát các văn bản do HĐND, UBND tỉnh ban hành để kịp thời sửa đổi, bổ sung những nội dung chưa bảo đảm nguyên tắc bình đẳng giới.",
        "b) Thực hiện lồng ghép vấn đề bình đẳng giới ngay từ khâu xây dựng đề án, chương trình, dự án, gồm:",
        "- Đánh giá tác động giới trong hồ sơ đề nghị xây dựng văn bản quy phạm pháp luật;",
        "- Thu thập, sử dụng số liệu có tách biệt giới để phân tích, dự báo;",
        "  + Ưu tiên các chương trình mục tiêu quốc gia giai đoạn 2026-2030;",
        "  + Chú trọng các đề án hỗ trợ phụ nữ khởi nghiệp, phụ nữ người dân tộc thiểu số.",
        "*1.3. Thông tin, giáo dục, truyền thông*",
        "a) Hằng năm tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ (08/3), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12).",
        "b) Đa dạng hóa hình thức truyền thông, chú trọng nền tảng số, mạng xã hội, truyền thông bằng tiếng Vân Kiều, Pa Kô tại các xã miền núi.",
        "**2. Giải pháp thực hiện từng mục tiêu**",
        "*2.1. Đối với Mục tiêu 1*",
        "- Thực hiện nghiêm quy định về tỷ lệ cán bộ nữ trong quy hoạch, đào tạo, bồi dưỡng; hằng năm rà soát, bổ sung nguồn cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số.",
        "- Mỗi năm tổ chức ít nhất 02 lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ nữ trong diện quy hoạch.",
        "*2.2. Đối với Mục tiêu 2*",
        "- Hỗ trợ phụ nữ tiếp cận vốn vay từ Ngân hàng Chính sách xã hội, các quỹ hỗ trợ phát triển hợp tác xã; đào tạo kỹ năng số, thương mại điện tử cho phụ nữ làm chủ cơ sở sản xuất, kinh doanh.",
        "- Đẩy mạnh tư vấn, giới thiệu việc làm, kết nối cung - cầu lao động thông qua các phiên giao dịch việc làm tại các khu kinh tế, khu công nghiệp của tỉnh.",
        "*2.3. Đối với Mục tiêu 3*",
        "- Duy trì, nhân rộng các mô hình “Địa chỉ tin cậy”, “Nhà tạm lánh” ở cộng đồng; củng cố đường dây nóng hỗ trợ người bị bạo lực.",
        "- Thực hiện có hiệu quả Chương trình phòng, chống mua bán người; tiếp nhận, xác minh, hỗ trợ kịp thời nạn nhân bị mua bán trở về qua các cửa khẩu Lao Bảo, La Lay.",
        "*2.4. Đối với Mục tiêu 4*",
        "- Tăng cường truyền thông thay đổi hành vi về lựa chọn giới tính thai nhi; xử lý nghiêm các cơ sở vi phạm quy định về chẩn đoán, lựa chọn giới tính thai nhi.",
        "- Nâng cao chất lượng chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em tại trạm y tế xã, phường, đặc khu.",
        "*2.5. Đối với Mục tiêu 5*",
        "- Rà soát, loại bỏ nội dung mang định kiến giới trong tài liệu giáo dục địa phương; hỗ trợ học sinh nữ người dân tộc thiểu số duy trì việc học, hạn chế bỏ học giữa chừng.",
        "*2.6. Đối với Mục tiêu 6*",
        "- Kiểm soát chặt chẽ nội dung các ấn phẩm, sản phẩm quảng cáo trước khi cấp phép; xây dựng chuyên trang, chuyên mục về bình đẳng giới trên cổng thông tin điện tử của tỉnh.",
        "**III. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp quản lý ngân sách hiện hành.",
        "2. Lồng ghép trong các chương trình mục tiêu quốc gia, các chương trình, đề án, dự án có liên quan; huy động nguồn tài trợ, viện trợ hợp pháp của các tổ chức, cá nhân trong và ngoài nước.",
        "**IV. TỔ CHỨC THỰC HIỆN**",
        "**1. Trách nhiệm của các sở, ban, ngành cấp tỉnh**",
        "*1.1. Sở Nội vụ*",
        "a) Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường, đặc khu hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ theo quy định.",
        "b) Tham mưu công tác cán bộ nữ; hướng dẫn các cơ quan, đơn vị thực hiện quy định về tỷ lệ nữ trong quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm.",
        "c) Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện:",
        "- Các chỉ tiêu thuộc Mục tiêu 1;",
        "- Chỉ tiêu thứ nhất (tỷ lệ lao động nữ làm công hưởng lương) và chỉ tiêu thứ hai (tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp) của Mục tiêu 2;",
        "- Chỉ tiêu thứ nhất và chỉ tiêu thứ hai của Mục tiêu 6.",
        "d) Chủ trì tham mưu tổ chức sơ kết giữa kỳ, tổng kết việc thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
        "*1.2. Sở Tài chính*",
        "a) Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn lồng ghép mục tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội.",
        "b) Chịu trách nhiệm theo dõi, tổng hợp, báo cáo chỉ tiêu về tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã thuộc Mục tiêu 2.",
        "*1.3. Sở Giáo dục và Đào tạo*",
        "a) Chỉ đạo các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp lồng ghép nội dung giới, bình đẳng giới trong hoạt động giáo dục; tư vấn hướng nghiệp không định kiến giới cho học sinh.",
        "b) Chủ trì theo dõi, báo cáo kết quả thực hiện chỉ tiêu về đào tạo nghề cho lao động nữ nông thôn (chỉ tiêu thứ tư của Mục tiêu 2) và toàn bộ các chỉ tiêu thuộc Mục tiêu 5.",
        "*1.4. Sở Y tế*",
        "a) Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe bà mẹ, trẻ em; chỉ đạo các cơ sở trợ giúp xã hội công lập cung cấp dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới.",
        "b) Chịu trách nhiệm theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 4 và chỉ tiêu thứ tư của Mục tiêu 3 (cơ sở trợ giúp xã hội công lập).",
        "c) Phối hợp với Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu về người bị bạo lực trên cơ sở giới được tiếp nhận, hỗ trợ tại các cơ sở y tế, cơ sở trợ giúp xã hội để theo dõi chỉ tiêu thứ hai của Mục tiêu 3.",
        "*1.5. Sở Văn hóa, Thể thao và Du lịch*",
        "a) Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới; quản lý hoạt động xuất bản, quảng cáo bảo đảm không có nội dung định kiến giới.",
        "b) Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu thứ hai của Mục tiêu 3; các chỉ tiêu thứ ba, thứ tư và thứ năm của Mục tiêu 6.",
        "*1.6. Công an tỉnh*",
        "a) Chủ trì phòng ngừa, đấu tranh với tội phạm mua bán người, xâm hại tình dục phụ nữ, trẻ em; xử lý nghiêm các hành vi bạo lực trên cơ sở giới.",
        "b) Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu thứ ba của Mục tiêu 3.",
        "*1.7. Thống kê tỉnh*",
        "Thu thập, công bố số liệu thống kê giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia; chủ trì thu thập, báo cáo số liệu chỉ tiêu thứ nhất của Mục tiêu 3 (thời gian làm công việc nội trợ, chăm sóc không được trả công).",
        "*1.8. Sở Tư pháp*",
        "Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của tỉnh; tăng cường trợ giúp pháp lý cho phụ nữ, nhất là phụ nữ bị bạo lực.",
        "*1.9. Sở Dân tộc và Tôn giáo*",
        "Vận động đồng bào các dân tộc xóa bỏ hủ tục, giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống; phát huy vai trò người có uy tín trong cộng đồng.",
        "*1.10. Báo và Phát thanh, Truyền hình Quảng Trị*",
        "Xây dựng chuyên trang, chuyên mục về bình đẳng giới; tăng thời lượng tin, bài tuyên truyền trong Tháng hành động vì bình đẳng giới.",
        "**2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
        "- Tăng cường giám sát, phản biện xã hội việc thực hiện pháp luật về bình đẳng giới; vận động hội viên, đoàn viên tham gia thực hiện Kế hoạch.",
        "- Hội Liên hiệp Phụ nữ tỉnh: chủ động tham gia quản lý nhà nước về bình đẳng giới; phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi, cung cấp thông tin phục vụ đánh giá chỉ tiêu thứ hai của Mục tiêu 3.",
        "**3. Ủy ban nhân dân các xã, phường, đặc khu**",
        "a) Xây dựng, ban hành kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 của địa phương, hoàn thành trước ngày 30/6/2026.",
        "b) Chỉ đạo Phòng Văn hóa - Xã hội theo dõi, tổng hợp số liệu có tách biệt giới; hướng dẫn các thôn, bản, tổ dân phố báo cáo kết quả về UBND cấp xã.",
        "**V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "**1. Báo cáo định kỳ**",
        "*1.1. Báo cáo 6 tháng*",
        "- Các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 05/6 hằng năm.",
        "- Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/6 hằng năm.",
        "*1.2. Báo cáo năm*",
        "- Các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo về Sở Nội vụ trước ngày 20/11 hằng năm.",
        "- Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 10/12 hằng năm.",
        "**2. Báo cáo sơ kết, tổng kết**",
        "a) Sơ kết giữa kỳ: các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo sơ kết giai đoạn 2026-2028 về Sở Nội vụ trước ngày 31/7/2028 để tổng hợp, tham mưu UBND tỉnh tổ chức hội nghị sơ kết.",
        "b) Tổng kết: các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo tổng kết về Sở Nội vụ trước ngày 30/9/2030; Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/10/2030.",
        "**3. Báo cáo đột xuất:** thực hiện theo yêu cầu của UBND tỉnh và Bộ Nội vụ.",
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh, bổ sung cho phù hợp./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (b/c);",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành (Mục IV);",
                "- UBND các xã, phường, đặc khu;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Minh Thư"],
        ),
    ]
)

QT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Quảng Trị",
    "issuer": "UBND tỉnh Quảng Trị",
    "level": "province",
    "area": "Quảng Trị",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": QT_BASES,
    "parent": None,
    "objectives": _qt_expected_objectives(),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["2.4", "5.1", "5.2", "5.3", "5.4"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "4.4", "3.4"]),
        A("Sở Y tế", "support", ["3.2"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3", "6.4", "6.5"]),
        A("Công an tỉnh", "lead", ["3.3"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
    ],
    "reporting": [
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-05"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "units", "11-20"),
        R("annual", "consolidator", "12-10"),
        R("midterm", "units", "2028-07-31"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-20"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 2: Đắk Lắk 2026-2030, plain text, Chỉ tiêu 1..18 numbered continuously
# ---------------------------------------------------------------------------

DL_BASES = [
    "Luật Bình đẳng giới ngày 29/11/2006",
    "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
    "Kết luận số 218-KL/TU ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác cán bộ nữ và bình đẳng giới trên địa bàn tỉnh",
]

# (objective code, title, [(continuous number, label punctuation, text, targets)])
DL_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                1,
                ":",
                "Đến năm 2030, có từ 75% trở lên cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ; riêng năm 2027 đạt không dưới 65%.",
                [T(75, "%", ">=", 2030), T(65, "%", ">=", 2027)],
            ),
            (
                2,
                ":",
                "Tỷ lệ nữ cán bộ, công chức người dân tộc thiểu số trong tổng số cán bộ, công chức nữ của tỉnh đạt tối thiểu 18% vào năm 2030.",
                [T(18, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        [
            (
                3,
                ":",
                "Tỷ lệ lao động nữ làm công hưởng lương tăng từ 41,2% (năm 2025) lên 52% vào năm 2030.",
                [T(52, "%", ">=", 2030, baseline=41.2)],
            ),
            (
                4,
                ":",
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 45% vào năm 2030.",
                [T(45, "%", "<", 2030)],
            ),
            (
                5,
                ":",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 28% vào năm 2030.",
                [T(28, "%", ">", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                6,
                ":",
                "Phấn đấu đến năm 2030, số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm còn 1,6 lần so với nam giới.",
                [T(1.6, "times", "<=", 2030)],
            ),
            (
                7,
                ":",
                "Đạt tối thiểu 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và tối thiểu 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn vào năm 2030.",
                [
                    T(90, "%", ">=", 2030, label="người bị bạo lực"),
                    T(70, "%", ">=", 2030, label="người gây bạo lực"),
                ],
            ),
            (
                8,
                ":",
                "Từ năm 2027 trở đi, bảo đảm 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được tiếp cận các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                9,
                ":",
                "Đến năm 2030, 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                10,
                ":",
                "Giữ tỷ số giới tính khi sinh không quá 108 bé trai/100 bé gái sinh ra sống.",
                [T(108, "boys_per_100_girls", "<=", 2030)],
            ),
            (
                11,
                ":",
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản không quá 50/100.000 trẻ đẻ sống vào năm 2027 và dưới 45/100.000 trẻ đẻ sống vào năm 2030.",
                [
                    T(50, "per_100000_live_births", "<=", 2027),
                    T(45, "per_100000_live_births", "<", 2030),
                ],
            ),
            (
                12,
                ".",
                "Tỷ suất sinh ở vị thành niên giảm từ 35 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 25 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(25, "per_1000_women", "<=", 2030, baseline=35)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                13,
                ":",
                "Từ năm 2027, nội dung về giới, bình đẳng giới được đưa vào giảng dạy chính thức trong chương trình giáo dục địa phương và các chương trình bồi dưỡng giáo viên của tỉnh.",
                [T(None, "bool", "=", 2027)],
            ),
            (
                14,
                " :",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp tiểu học đạt ít nhất 98%, hoàn thành cấp trung học cơ sở đạt ít nhất 92% và hoàn thành cấp trung học phổ thông đạt 70% vào năm 2030.",
                [
                    T(98, "%", ">=", 2030, label="tiểu học"),
                    T(92, "%", ">=", 2030, label="trung học cơ sở"),
                    T(70, "%", ">=", 2030, label="trung học phổ thông"),
                ],
            ),
            (
                15,
                ":",
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ không dưới 45%, tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 28% vào năm 2030.",
                [T(45, "%", ">=", 2030, label="thạc sĩ"), T(28, "%", ">=", 2030, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                16,
                ":",
                "Phấn đấu đến năm 2030 có ít nhất 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(80, "%", ">=", 2030)],
            ),
            (
                17,
                ":",
                "100% xã, phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở bằng tiếng Việt và tiếng dân tộc thiểu số (Ê Đê, M'nông, Gia Rai).",
                [T(100, "%", ">=", 2030)],
            ),
            (
                18,
                ":",
                "Báo và Phát thanh, Truyền hình Đắk Lắk mỗi quý phát sóng, đăng tải ít nhất 06 tin, bài, phóng sự về bình đẳng giới.",
                [T(6, "items_per_quarter", ">=", 2030)],
            ),
        ],
    ),
]

DL_OBJ_LETTERS = ["a", "b", "c", "d", "đ", "e"]


def _dl_objective_blocks():
    blocks = []
    for letter, (code, title, inds) in zip(DL_OBJ_LETTERS, DL_OBJ):
        blocks.append(f"{letter}) Mục tiêu {code}: {title}")
        for num, punct, text, _ in inds:
            blocks.append(f"- Chỉ tiêu {num}{punct} {text}")
    return blocks


def _dl_expected_objectives():
    return [
        {
            "code": code,
            "title": title,
            "indicators": [
                {"code": f"{code}.{num}", "text": text, "targets": tg} for num, _, text, tg in inds
            ],
        }
        for code, title, inds in DL_OBJ
    ]


DL_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "", "Số: 1087/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Đắk Lắk, ngày 27 tháng 3 năm 2026",
            ],
        ),
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030",
        "Căn cứ " + DL_BASES[0] + ";",
        "Căn cứ " + DL_BASES[1] + ";",
        "Căn cứ " + DL_BASES[2] + ";",
        "Thực hiện " + DL_BASES[3] + ";",
        "Để tiếp tục thực hiện có hiệu quả công tác bình đẳng giới sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Triển khai đồng bộ, hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trong giai đoạn 2026 - 2030 trên địa bàn tỉnh sau hợp nhất; xác định cụ thể mục tiêu, chỉ tiêu, nhiệm vụ và trách nhiệm của các cơ quan, đơn vị, địa phương.",
        "- Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới của cán bộ, đảng viên và Nhân dân, nhất là đồng bào dân tộc thiểu số tại chỗ, đồng bào di cư tự do; từng bước xóa bỏ định kiến giới, hủ tục lạc hậu.",
        "- Tạo điều kiện, cơ hội để phụ nữ tham gia đầy đủ, bình đẳng vào các lĩnh vực chính trị, kinh tế, văn hóa, xã hội; nâng cao vị thế của phụ nữ trong gia đình và xã hội.",
        "2. Yêu cầu",
        "- Các mục tiêu, chỉ tiêu phải phù hợp với điều kiện thực tế của tỉnh, bảo đảm tính khả thi, có lộ trình thực hiện; gắn với việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.",
        "- Các sở, ban, ngành, UBND các xã, phường chủ động xây dựng kế hoạch, lồng ghép nhiệm vụ bình đẳng giới vào kế hoạch công tác hằng năm; thường xuyên kiểm tra, giám sát, đánh giá kết quả thực hiện.",
        "- Bảo đảm sự phối hợp chặt chẽ giữa cơ quan quản lý nhà nước với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội; huy động sự tham gia của cộng đồng, người có uy tín, già làng, trưởng buôn.",
        "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
        "Giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn hai tỉnh Đắk Lắk và Phú Yên (cũ) đạt được nhiều kết quả: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 58,3%; tỷ lệ lao động nữ làm công hưởng lương đạt 41,2%; tỷ suất sinh ở vị thành niên còn ở mức cao (35 ca sinh/1.000 phụ nữ), tập trung ở các xã vùng đồng bào dân tộc thiểu số. Có 12/20 chỉ tiêu đạt và vượt, 05 chỉ tiêu đạt thấp, 03 chỉ tiêu chưa có số liệu đánh giá do chưa được điều tra, thống kê.",
        "Tồn tại, hạn chế: định kiến giới, tảo hôn, hôn nhân cận huyết thống vẫn còn xảy ra ở một số địa bàn; đội ngũ làm công tác bình đẳng giới ở cơ sở kiêm nhiệm nhiều việc, thường xuyên thay đổi; số liệu thống kê có tách biệt giới chưa đầy đủ.",
        "III. MỤC TIÊU, CHỈ TIÊU",
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Đắk Lắk phát triển nhanh, bền vững, trở thành trung tâm kết nối vùng Tây Nguyên với duyên hải Nam Trung Bộ.",
        "2. Mục tiêu, chỉ tiêu cụ thể (gồm 06 mục tiêu và 18 chỉ tiêu)",
    ]
    + _dl_objective_blocks()
    + [
        "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
        "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền; nâng cao hiệu lực, hiệu quả quản lý nhà nước về bình đẳng giới. Cấp ủy, chính quyền các cấp đưa mục tiêu bình đẳng giới vào nghị quyết, chương trình công tác hằng năm; phân công lãnh đạo phụ trách và bố trí công chức làm công tác bình đẳng giới tại từng xã, phường.",
        "2. Hoàn thiện cơ chế, chính sách; lồng ghép giới trong xây dựng văn bản quy phạm pháp luật và kế hoạch phát triển kinh tế - xã hội. Thẩm định việc lồng ghép vấn đề bình đẳng giới đối với 100% dự thảo nghị quyết của HĐND tỉnh có nội dung liên quan.",
        "- Rà soát các chính sách đặc thù của tỉnh đối với vùng đồng bào dân tộc thiểu số, bảo đảm phụ nữ được tiếp cận bình đẳng về đất sản xuất, nhà ở, tín dụng, khuyến nông.",
        "- Ưu tiên bố trí nguồn lực cho các xã có tỷ lệ tảo hôn, sinh con ở tuổi vị thành niên cao; các xã biên giới giáp Vương quốc Campuchia.",
        "- Nâng cao năng lực đội ngũ cán bộ làm công tác bình đẳng giới các cấp; mỗi năm tổ chức tối thiểu 02 lớp tập huấn cấp tỉnh cho công chức Phòng Văn hóa - Xã hội các xã, phường.",
        "3. Đẩy mạnh thông tin, giáo dục, truyền thông; đổi mới nội dung, hình thức truyền thông phù hợp với từng nhóm đối tượng, từng vùng (vùng đồng bào dân tộc thiểu số, vùng ven biển, đô thị). Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam 28/6 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12).",
        "4. Hỗ trợ phụ nữ tham gia phát triển kinh tế: đào tạo nghề, giới thiệu việc làm, tiếp cận tín dụng ưu đãi; hỗ trợ hợp tác xã, tổ hợp tác do phụ nữ làm chủ tham gia chuỗi giá trị cà phê, hồ tiêu, sầu riêng, thủy sản; phát triển sản phẩm OCOP do phụ nữ làm chủ.",
        "5. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới: củng cố mạng lưới “Địa chỉ tin cậy”, nhà tạm lánh, đường dây nóng; thực hiện hiệu quả cơ chế phối hợp liên ngành trong tiếp nhận, xử lý, hỗ trợ người bị bạo lực, nạn nhân bị mua bán.",
        "6. Nâng cao chất lượng chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; giảm tảo hôn, mang thai ở tuổi vị thành niên thông qua tư vấn, khám sức khỏe tiền hôn nhân tại trạm y tế xã.",
        "- Tăng cường đội ngũ cô đỡ thôn, buôn; hỗ trợ phụ nữ dân tộc thiểu số sinh con tại cơ sở y tế; duy trì khám thai định kỳ tối thiểu 04 lần trong thai kỳ.",
        "- Xử lý nghiêm các trường hợp tiết lộ giới tính thai nhi, quảng cáo, phổ biến phương pháp lựa chọn giới tính thai nhi.",
        "7. Tăng cường thanh tra, kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh, cập nhật số liệu tối thiểu 01 lần/năm.",
        "V. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Chương trình mục tiêu quốc gia giảm nghèo bền vững và các nguồn tài trợ, huy động hợp pháp khác. Các cơ quan, đơn vị, địa phương lập dự toán kinh phí thực hiện cùng thời điểm xây dựng dự toán ngân sách hằng năm.",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "- Là cơ quan thường trực giúp UBND tỉnh tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo theo quy định.",
        "- Tham mưu thực hiện chính sách cán bộ nữ, cán bộ nữ người dân tộc thiểu số; phối hợp với các cơ quan liên quan triển khai các chính sách lao động, việc làm đối với lao động nữ.",
        "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu số 1, 2, 3, 4 và 16; chỉ tiêu 7 (phần số liệu về bạo lực trên cơ sở giới) của Kế hoạch.",
        "2. Sở Tài chính",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị lập dự toán, quyết toán kinh phí.",
        "- Hướng dẫn lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội 05 năm 2026 - 2030 và hằng năm của tỉnh; vận động các nguồn tài trợ, viện trợ cho công tác bình đẳng giới.",
        "- Chủ trì thu thập, tổng hợp, báo cáo số liệu chỉ tiêu 5.",
        "3. Sở Y tế",
        "- Thực hiện các giải pháp nâng cao chất lượng chăm sóc sức khỏe sinh sản; quản lý các cơ sở trợ giúp xã hội công lập, bảo đảm cung cấp dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới.",
        "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 9 và các chỉ tiêu thuộc Mục tiêu 4.",
        "- Phối hợp với Công an tỉnh theo dõi, cung cấp số liệu về hỗ trợ nạn nhân bị mua bán trở về thuộc chỉ tiêu 8.",
        "4. Sở Giáo dục và Đào tạo",
        "- Đưa nội dung giáo dục giới, bình đẳng giới, giáo dục giới tính phù hợp lứa tuổi vào nhà trường; vận động học sinh dân tộc thiểu số, nhất là học sinh nữ, đi học đầy đủ.",
        "- Chỉ đạo các trường phổ thông dân tộc nội trú, bán trú xây dựng môi trường học tập an toàn, không bạo lực; phát hiện, can thiệp sớm các trường hợp học sinh có nguy cơ tảo hôn.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "- Chỉ đạo công tác phòng, chống bạo lực gia đình; hướng dẫn báo chí, hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới.",
        "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 7 (số liệu về bạo lực gia đình), chỉ tiêu 17 và chỉ tiêu 18.",
        "6. Công an tỉnh",
        "- Đấu tranh phòng, chống tội phạm mua bán người, bạo lực gia đình, xâm hại tình dục trẻ em; tiếp nhận, xác minh nạn nhân bị mua bán.",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 8.",
        "- Chỉ đạo Công an các xã, phường phối hợp với Ban công tác Mặt trận khu dân cư nắm tình hình, kịp thời can thiệp các vụ việc bạo lực gia đình; tiếp nhận, xử lý tin báo qua đường dây nóng.",
        "7. Thống kê tỉnh",
        "- Thu thập, công bố các chỉ tiêu thống kê phát triển giới của tỉnh; chủ trì cung cấp số liệu chỉ tiêu 6.",
        "8. Sở Dân tộc và Tôn giáo",
        "- Tuyên truyền, vận động đồng bào xóa bỏ hủ tục lạc hậu; phối hợp với Sở Nội vụ, Sở Giáo dục và Đào tạo theo dõi, cung cấp số liệu liên quan đến chỉ tiêu 2 và chỉ tiêu 14.",
        "9. Sở Tư pháp",
        "- Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật; tăng cường trợ giúp pháp lý miễn phí cho phụ nữ dân tộc thiểu số, phụ nữ bị bạo lực.",
        "10. Sở Khoa học và Công nghệ",
        "- Hướng dẫn ứng dụng nền tảng số trong truyền thông về bình đẳng giới; hỗ trợ xây dựng cơ sở dữ liệu thống kê về giới của tỉnh trên nền tảng số dùng chung.",
        "11. Các sở, ban, ngành khác",
        "- Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện của ngành; báo cáo kết quả về Sở Nội vụ theo quy định.",
        "12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh",
        "- Tham gia giám sát, phản biện xã hội; tuyên truyền, vận động hội viên, phụ nữ thực hiện bình đẳng giới; tham gia xây dựng, nhân rộng mô hình “Địa chỉ tin cậy” tại cộng đồng.",
        "13. UBND các xã, phường",
        "- Xây dựng, ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương trước ngày 31/5/2026; bố trí kinh phí, nhân lực thực hiện.",
        "- Chỉ đạo các thôn, buôn, tổ dân phố theo dõi, báo cáo tình hình bạo lực gia đình, tảo hôn trên địa bàn.",
        "VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
        "1. Báo cáo định kỳ",
        "a) Báo cáo 6 tháng (thời gian chốt số liệu từ ngày 15/12 năm trước đến ngày 14/6 của kỳ báo cáo): các sở, ban, ngành, UBND các xã, phường gửi về Sở Nội vụ chậm nhất ngày 16/6 hằng năm; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ chậm nhất ngày 22/6 hằng năm.",
        "b) Báo cáo năm (thời gian chốt số liệu từ ngày 15/12 năm trước đến ngày 14/12 của kỳ báo cáo): các sở, ban, ngành, UBND các xã, phường gửi về Sở Nội vụ chậm nhất ngày 16/12 hằng năm; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ chậm nhất ngày 22/12 hằng năm.",
        "2. Sơ kết, tổng kết",
        "a) Sở Nội vụ tham mưu UBND tỉnh tổ chức sơ kết giữa kỳ thực hiện Kế hoạch vào năm 2028.",
        "b) Các sở, ban, ngành, UBND các xã, phường gửi báo cáo tổng kết giai đoạn 2026 - 2030 về Sở Nội vụ trước ngày 15/9/2030 để tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ.",
        "3. Báo cáo đột xuất: theo yêu cầu của cơ quan có thẩm quyền.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030. Yêu cầu các sở, ban, ngành, UBND các xã, phường nghiêm túc triển khai thực hiện; quá trình thực hiện có vướng mắc, báo cáo về Sở Nội vụ để tổng hợp, trình UBND tỉnh xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT. Tỉnh ủy; TT. HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- UBMTTQ VN tỉnh;",
                "- Các sở, ban, ngành;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX (Hg).",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Y Kô Niê"],
        ),
    ]
)

DL_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030",
    "issuer": "UBND tỉnh Đắk Lắk",
    "level": "province",
    "area": "Đắk Lắk",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": DL_BASES,
    "parent": None,
    "objectives": _dl_expected_objectives(),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.3", "2.4", "6.16", "3.7"]),
        A("Sở Tài chính", "lead", ["2.5"]),
        A("Sở Y tế", "lead", ["3.9", "4.10", "4.11", "4.12"]),
        A("Sở Y tế", "support", ["3.8"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.13", "5.14", "5.15"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.7", "6.17", "6.18"]),
        A("Công an tỉnh", "lead", ["3.8"]),
        A("Thống kê tỉnh", "lead", ["3.6"]),
        A("Sở Dân tộc và Tôn giáo", "support", ["1.2", "5.14"]),
    ],
    "reporting": [
        R("plan", "units", "2026-05-31"),
        R("semiannual", "units", "06-16"),
        R("semiannual", "consolidator", "06-22"),
        R("annual", "units", "12-16"),
        R("annual", "consolidator", "12-22"),
        R("midterm", "consolidator", "2028"),
        R("final", "units", "2030-09-15"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 3: Gia Lai 2026 (annual), PDF via docx + LibreOffice, one paragraph per objective
# ---------------------------------------------------------------------------

GL_BASES = [
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
    "Kế hoạch số 96/KH-UBND ngày 18/3/2026 của UBND tỉnh thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Gia Lai",
    "Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
]
GL_PARENT = "Kế hoạch số 96/KH-UBND ngày 18/3/2026 của UBND tỉnh"

# (objective code, title, lead-in sentence, [(indicator text, targets)])
GL_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        "Tiếp tục tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý sau khi sắp xếp tổ chức bộ máy",
        [
            (
                "đến cuối năm 2026, tối thiểu 65% cơ quan chuyên môn thuộc UBND tỉnh và không dưới 60% UBND các xã, phường có lãnh đạo chủ chốt là nữ",
                [
                    T(65, "%", ">=", 2026, label="cơ quan chuyên môn thuộc UBND tỉnh"),
                    T(60, "%", ">=", 2026, label="UBND các xã, phường"),
                ],
            ),
            (
                "tỷ lệ cán bộ nữ được cử đi đào tạo, bồi dưỡng lý luận chính trị, quản lý nhà nước trong năm đạt từ 40% trở lên",
                [T(40, "%", ">=", 2026)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        "Tạo điều kiện để phụ nữ tiếp cận bình đẳng các nguồn lực kinh tế, việc làm, nhất là phụ nữ vùng đồng bào dân tộc thiểu số khu vực phía Tây của tỉnh",
        [
            (
                "tỷ lệ lao động nữ làm công hưởng lương tăng từ 44,8% năm 2025 lên 47% trong năm 2026",
                [T(47, "%", ">=", 2026, baseline=44.8)],
            ),
            (
                "tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống dưới 48%",
                [T(48, "%", "<", 2026)],
            ),
            (
                "tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 26,5%",
                [T(26.5, "%", ">=", 2026)],
            ),
            (
                "có ít nhất 1.500 phụ nữ nông thôn, phụ nữ người dân tộc thiểu số được hỗ trợ đào tạo nghề, chuyển đổi nghề trong năm",
                [T(1500, "count", ">=", 2026)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "Nâng cao nhận thức về chia sẻ công việc gia đình, bảo đảm người bị bạo lực được hỗ trợ kịp thời",
        [
            (
                "số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm xuống không quá 1,65 lần so với nam giới",
                [T(1.65, "times", "<=", 2026)],
            ),
            (
                "85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                [
                    T(85, "%", ">=", 2026, label="người bị bạo lực"),
                    T(60, "%", ">=", 2026, label="người gây bạo lực"),
                ],
            ),
            (
                "bảo đảm 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                [T(100, "%", ">=", 2026)],
            ),
            (
                "tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới đạt mức 85%",
                [T(85, "%", ">=", 2026)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        "Bảo đảm bình đẳng giới trong tiếp cận, thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "tỷ số giới tính khi sinh không quá 109,5 bé trai/100 bé gái sinh ra sống",
                [T(109.5, "boys_per_100_girls", "<=", 2026)],
            ),
            (
                "tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 46/100.000 trẻ đẻ sống",
                [T(46, "per_100000_live_births", "<", 2026)],
            ),
            (
                "tỷ suất sinh ở vị thành niên tối đa 28 ca sinh/1.000 phụ nữ",
                [T(28, "per_1000_women", "<=", 2026)],
            ),
            (
                "duy trì ít nhất 01 cơ sở y tế tuyến tỉnh cung cấp dịch vụ chăm sóc sức khỏe dành cho người đồng tính, song tính và chuyển giới",
                [T(1, "count", ">=", 2026)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        "Bảo đảm bình đẳng giới trong tiếp cận giáo dục, đào tạo ở các cấp học",
        [
            (
                "tiếp tục đưa nội dung về giới, bình đẳng giới vào hoạt động giáo dục trong nhà trường và chương trình bồi dưỡng thường xuyên giáo viên",
                [T(None, "bool", "=", 2026)],
            ),
            (
                "tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học (đạt 97,5%) và hoàn thành cấp trung học cơ sở (đạt 90%)",
                [
                    T(97.5, "%", ">=", 2026, label="tiểu học"),
                    T(90, "%", ">=", 2026, label="trung học cơ sở"),
                ],
            ),
            (
                "nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp chiếm khoảng 38%",
                [T(38, "%", "=", 2026)],
            ),
            (
                "tỷ lệ nữ thạc sĩ không thấp hơn 48% và tỷ lệ nữ tiến sĩ đạt trên 25% trong tổng số người có trình độ tương ứng",
                [T(48, "%", ">=", 2026, label="thạc sĩ"), T(25, "%", ">", 2026, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        "Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới trong toàn xã hội",
        [
            (
                "70% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                [T(70, "%", ">=", 2026)],
            ),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới",
                [T(100, "%", ">=", 2026)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
                [T(100, "%", ">=", 2026)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Gia Lai mỗi tháng có ít nhất 02 chuyên mục, chuyên đề về bình đẳng giới",
                [T(2, "items_per_month", ">=", 2026)],
            ),
        ],
    ),
]


def _gl_paragraph(code, title, lead, inds):
    parts = [f"chỉ tiêu {i}: {text}" for i, (text, _) in enumerate(inds, start=1)]
    body = "; ".join(parts)
    return f"**Mục tiêu {code}** - {title}: {lead}. Trong năm 2026 phấn đấu thực hiện: {body}."


def _gl_expected_objectives():
    return [
        {
            "code": code,
            "title": title,
            "indicators": [
                {"code": f"{code}.{i}", "text": text, "targets": tg}
                for i, (text, tg) in enumerate(inds, start=1)
            ],
        }
        for code, title, _, inds in GL_OBJ
    ]


GL_TABLE = [
    ["TT", "Chỉ tiêu", "Cơ quan chủ trì theo dõi, báo cáo", "Cơ quan phối hợp"],
    ["1", "Chỉ tiêu 1, 2 - Mục tiêu 1", "Sở Nội vụ", ""],
    ["2", "Chỉ tiêu 1, 2, 4 - Mục tiêu 2", "Sở Nội vụ", "Thống kê tỉnh"],
    ["3", "Chỉ tiêu 3 - Mục tiêu 2", "Sở Tài chính", "Thống kê tỉnh"],
    ["4", "Chỉ tiêu 1 - Mục tiêu 3", "Thống kê tỉnh", ""],
    [
        "5",
        "Chỉ tiêu 2 - Mục tiêu 3",
        "Sở Văn hóa, Thể thao và Du lịch (số liệu bạo lực gia đình); Sở Y tế (số liệu bạo lực trên cơ sở giới)",
        "Công an tỉnh; Hội Liên hiệp Phụ nữ tỉnh",
    ],
    ["6", "Chỉ tiêu 3 - Mục tiêu 3", "Công an tỉnh", "Sở Y tế"],
    ["7", "Chỉ tiêu 4 - Mục tiêu 3", "Sở Y tế", ""],
    ["8", "Các chỉ tiêu thuộc Mục tiêu 4", "Sở Y tế", ""],
    ["9", "Các chỉ tiêu thuộc Mục tiêu 5", "Sở Giáo dục và Đào tạo", ""],
    ["10", "Chỉ tiêu 1, 2 - Mục tiêu 6", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"],
    [
        "11",
        "Chỉ tiêu 3, 4 - Mục tiêu 6",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và Phát thanh, Truyền hình Gia Lai",
    ],
]

GL_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "", "Số: 173/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Gia Lai, ngày 08 tháng 4 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh Gia Lai**",
        "Thực hiện "
        + GL_BASES[0]
        + "; "
        + GL_BASES[1]
        + "; "
        + GL_BASES[2]
        + ", UBND tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh Gia Lai, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Cụ thể hóa nhiệm vụ năm 2026 của Kế hoạch giai đoạn 2026-2030, bảo đảm thực hiện đạt và vượt các chỉ tiêu về bình đẳng giới của tỉnh; gắn công tác bình đẳng giới với việc vận hành chính quyền địa phương hai cấp sau hợp nhất tỉnh Gia Lai và tỉnh Bình Định.",
        "2. Phân công rõ trách nhiệm của từng cơ quan, đơn vị, địa phương; bảo đảm số liệu báo cáo đầy đủ, kịp thời, có sự tách biệt giới.",
        "3. Tăng cường trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong thực hiện công tác bình đẳng giới; kết quả thực hiện Kế hoạch là một tiêu chí đánh giá, xếp loại thi đua cuối năm.",
        "4. Các hoạt động phải thiết thực, tránh hình thức; ưu tiên địa bàn vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, các xã biên giới; huy động sự tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và cộng đồng.",
        "**II. KẾT QUẢ NĂM 2025**",
        "Năm 2025, trong bối cảnh sắp xếp đơn vị hành chính và tổ chức bộ máy, công tác bình đẳng giới trên địa bàn tỉnh tiếp tục được quan tâm: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 57,1%; tỷ lệ lao động nữ làm công hưởng lương đạt 44,8%; 78,6% người bị bạo lực gia đình được phát hiện được tiếp cận dịch vụ hỗ trợ; tỷ số giới tính khi sinh là 111,2 bé trai/100 bé gái. Toàn tỉnh tổ chức 1.246 buổi truyền thông với hơn 86.000 lượt người tham dự.",
        "Tuy nhiên, một số chỉ tiêu đạt thấp so với kế hoạch như tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã (24,9%), tỷ suất sinh ở vị thành niên còn cao ở các xã phía Tây; nguồn lực cho công tác bình đẳng giới còn hạn chế; việc thu thập số liệu có tách biệt giới ở cấp xã sau sắp xếp chưa kịp thời.",
        "**III. MỤC TIÊU, CHỈ TIÊU NĂM 2026**",
        "Mục tiêu chung: Tiếp tục thu hẹp khoảng cách giới, bảo đảm phụ nữ và nam giới được tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội và gia đình, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026 của tỉnh. Các mục tiêu, chỉ tiêu cụ thể năm 2026 như sau:",
    ]
    + [_gl_paragraph(*o) for o in GL_OBJ]
    + [
        "**IV. NHIỆM VỤ TRỌNG TÂM**",
        "1. Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và các cơ quan, đơn vị sau sắp xếp; bố trí công chức phụ trách công tác bình đẳng giới tại 135 xã, phường của tỉnh; tổ chức tập huấn nghiệp vụ cho ít nhất 300 lượt cán bộ làm công tác bình đẳng giới cấp xã.",
        "2. Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, các chương trình mục tiêu quốc gia năm 2026; đánh giá tác động giới đối với các đề án, chính sách mới.",
        "3. Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 08/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2026), Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2026) với chủ đề do Bộ Nội vụ hướng dẫn.",
        "4. Duy trì, nhân rộng các mô hình “Địa chỉ tin cậy”, câu lạc bộ “Thủ lĩnh của sự thay đổi” tại các trường trung học cơ sở; hỗ trợ phụ nữ khởi nghiệp, phát triển sản phẩm OCOP, du lịch cộng đồng.",
        "5. Kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành và 10 xã, phường; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
        "6. Đẩy mạnh truyền thông thay đổi hành vi về chia sẻ công việc gia đình, chống lựa chọn giới tính thai nhi, phòng, chống tảo hôn và hôn nhân cận huyết thống; biên soạn tài liệu truyền thông song ngữ tiếng Việt - tiếng Gia Rai, tiếng Ba Na phục vụ các xã vùng đồng bào dân tộc thiểu số.",
        "7. Triển khai các hoạt động hỗ trợ phụ nữ tham gia phát triển kinh tế: tập huấn kỹ năng kinh doanh, thương mại điện tử; kết nối phụ nữ với các tổ chức tín dụng, Ngân hàng Chính sách xã hội; hỗ trợ thành lập mới tổ hợp tác, hợp tác xã do phụ nữ quản lý tại vùng sản xuất cà phê, hồ tiêu, điều và các làng nghề ven biển.",
        "8. Tổ chức hội nghị đối thoại chính sách giữa lãnh đạo UBND tỉnh với phụ nữ, lao động nữ tại các khu công nghiệp Nhơn Hội, Phú Tài, Trà Đa; lắng nghe, giải quyết kiến nghị về nhà ở, nhà trẻ, điều kiện làm việc của lao động nữ.",
        "9. Lồng ghép nội dung bình đẳng giới trong hương ước, quy ước thôn, làng, buôn; phát huy vai trò của già làng, người có uy tín trong hòa giải mâu thuẫn gia đình, phòng ngừa bạo lực.",
        "10. Củng cố mạng lưới cung cấp dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới gồm cơ sở y tế, cơ sở trợ giúp xã hội, trợ giúp pháp lý, công an cấp xã; duy trì hoạt động của đường dây nóng và nhà tạm lánh tại cộng đồng.",
        "11. Công tác thi đua, khen thưởng: Sở Nội vụ hướng dẫn, tổng hợp hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích tiêu biểu trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 (dự kiến 10 tập thể, 15 cá nhân), kết hợp biểu dương trong hội nghị tổng kết công tác năm.",
        "12. Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026: lễ phát động cấp tỉnh tổ chức tại một xã vùng đồng bào dân tộc thiểu số; các sở, ngành, địa phương treo băng rôn, khẩu hiệu, tổ chức diễu hành, đạp xe, mít tinh, tọa đàm; đăng tải thông điệp của Tháng hành động trên trang thông tin điện tử và mạng xã hội của cơ quan, đơn vị.",
        "**V. KINH PHÍ**",
        "1. Ngân sách tỉnh bố trí cho Sở Nội vụ để tổ chức các hoạt động cấp tỉnh: Tháng hành động vì bình đẳng giới, tập huấn, kiểm tra liên ngành, khen thưởng và các hoạt động khác theo Kế hoạch.",
        "2. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị, địa phương theo phân cấp; lồng ghép từ các chương trình mục tiêu quốc gia và nguồn xã hội hóa, tài trợ hợp pháp khác.",
        "3. UBND các xã, phường chủ động bố trí kinh phí từ ngân sách cấp xã để tổ chức các hoạt động bình đẳng giới tại địa phương, ưu tiên truyền thông tại thôn, làng, buôn, tổ dân phố, hỗ trợ người bị bạo lực và hoạt động của các mô hình tại cộng đồng; việc quản lý, sử dụng, thanh quyết toán kinh phí thực hiện theo quy định hiện hành.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "**1. Phân công theo dõi, báo cáo các chỉ tiêu**",
        "Các cơ quan được giao chủ trì chịu trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu; cơ quan phối hợp cung cấp số liệu có liên quan cho cơ quan chủ trì, cụ thể như sau:",
        ("table", GL_TABLE),
        "**2. Nhiệm vụ của các cơ quan, đơn vị**",
        "a) Sở Nội vụ: là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tham mưu tổ chức Tháng hành động vì bình đẳng giới; tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ.",
        "b) Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026.",
        "c) Sở Y tế: triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh; chỉ đạo các cơ sở trợ giúp xã hội công lập tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới; nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em tại trạm y tế xã, phường, nhất là ở các xã miền núi, biên giới; phối hợp với Sở Giáo dục và Đào tạo tổ chức tư vấn sức khỏe sinh sản vị thành niên trong trường học.",
        "d) Sở Giáo dục và Đào tạo: chỉ đạo các cơ sở giáo dục thực hiện lồng ghép giới trong hoạt động giáo dục; hỗ trợ học sinh dân tộc thiểu số duy trì việc học.",
        "đ) Sở Văn hóa, Thể thao và Du lịch: chỉ đạo công tác phòng, chống bạo lực gia đình; hướng dẫn công tác thông tin cơ sở, báo chí về bình đẳng giới; quản lý chặt chẽ hoạt động xuất bản, quảng cáo, biểu diễn nghệ thuật, không để lưu hành sản phẩm có nội dung định kiến giới; tổ chức các hoạt động nhân Ngày Gia đình Việt Nam 28/6 gắn với xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
        "e) Công an tỉnh: đấu tranh phòng, chống mua bán người; phối hợp xử lý các vụ việc bạo lực trên cơ sở giới.",
        "g) Sở Tư pháp: hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; chỉ đạo Trung tâm Trợ giúp pháp lý nhà nước tỉnh trợ giúp pháp lý cho phụ nữ bị bạo lực, phụ nữ người dân tộc thiểu số.",
        "h) Sở Dân tộc và Tôn giáo: tuyên truyền, vận động đồng bào dân tộc thiểu số, chức sắc, chức việc các tôn giáo thực hiện bình đẳng giới; lồng ghép nội dung bình đẳng giới trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "i) Thống kê tỉnh: thu thập, cập nhật số liệu thống kê giới của tỉnh; hướng dẫn các sở, ngành về phương pháp tính các chỉ số có tách biệt giới.",
        "k) Báo và Phát thanh, Truyền hình Gia Lai: duy trì chuyên mục về bình đẳng giới, gia đình; tăng thời lượng phát sóng bằng tiếng dân tộc thiểu số.",
        "l) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh: tăng cường giám sát, phản biện xã hội; tuyên truyền, vận động hội viên thực hiện bình đẳng giới.",
        "m) UBND các xã, phường: xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2026 của địa phương, gửi về Sở Nội vụ trước ngày 30/4/2026 để theo dõi.",
        "**VII. CHẾ ĐỘ BÁO CÁO**",
        "Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch 6 tháng trước ngày 08/6 và báo cáo năm trước ngày 25/11 về Sở Nội vụ; Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 18/6 (báo cáo 6 tháng) và trước ngày 10/12 (báo cáo năm). Báo cáo đột xuất thực hiện khi có yêu cầu.",
        "Các cơ quan, đơn vị, địa phương chịu trách nhiệm về tính chính xác của số liệu báo cáo; số liệu về các chỉ tiêu phải được tách biệt theo giới tính, dân tộc và địa bàn (khu vực đô thị, nông thôn) theo mẫu biểu do Sở Nội vụ hướng dẫn.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh Gia Lai. Đề nghị các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Tuấn Thanh"],
        ),
    ]
)

GL_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh Gia Lai",
    "issuer": "UBND tỉnh Gia Lai",
    "level": "province",
    "area": "Gia Lai",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": GL_BASES,
    "parent": GL_PARENT,
    "objectives": _gl_expected_objectives(),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "2.4", "6.1", "6.2"]),
        A("Thống kê tỉnh", "support", ["2.1", "2.2", "2.4", "2.3"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3", "6.4"]),
        A("Sở Y tế", "lead", ["3.2", "3.4", "4.1", "4.2", "4.3", "4.4"]),
        A("Công an tỉnh", "support", ["3.2"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
        A("Công an tỉnh", "lead", ["3.3"]),
        A("Sở Y tế", "support", ["3.3"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3", "5.4"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "support", ["6.1", "6.2"]),
        A("Báo và Phát thanh, Truyền hình Gia Lai", "support", ["6.3", "6.4"]),
    ],
    "reporting": [
        R("plan", "units", "2026-04-30"),
        R("semiannual", "units", "06-08"),
        R("annual", "units", "11-25"),
        R("semiannual", "consolidator", "06-18"),
        R("annual", "consolidator", "12-10"),
    ],
}


PLANS = [
    {"name": "r7d-quang-tri-2026-2030", "ext": "md", "blocks": QT_BLOCKS, "expected": QT_EXPECTED},
    {"name": "r7d-dak-lak-2026-2030", "ext": "txt", "blocks": DL_BLOCKS, "expected": DL_EXPECTED},
    {
        "name": "r7d-gia-lai-2026",
        "ext": "pdf",
        "via": "docx-soffice",
        "blocks": GL_BLOCKS,
        "expected": GL_EXPECTED,
    },
]
