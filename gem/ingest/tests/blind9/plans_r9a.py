"""Blind plans r9a: three province plans 2026-2030 (Hà Tĩnh .pdf, Lai Châu .docx, Đồng Tháp .md)."""


def T(value, unit, comp, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comp,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def _objs(spec):
    """spec: [(code, title, [(text, [targets])...])...] -> gem.plan/1 objectives."""
    out = []
    for code, title, inds in spec:
        out.append(
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": f"{code}.{n}", "text": text, "targets": tg}
                    for n, (text, tg) in enumerate(inds, 1)
                ],
            }
        )
    return out


def A(agency, role, inds):
    return {"agency": agency, "role": role, "indicators": inds}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. Hà Tĩnh 2026-2030 (.pdf)
# ---------------------------------------------------------------------------
HT_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Phấn đấu đến năm 2028 đạt 70% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương cấp tỉnh, cấp xã có lãnh đạo chủ chốt là nữ.",
                [T(70, "%", ">=", 2028), T(75, "%", ">=", 2030)],
            ),
            (
                "Đến năm 2030, tỷ lệ cán bộ nữ trong quy hoạch lãnh đạo, quản lý cấp sở và tương đương đạt trên 30%.",
                [T(30, "%", ">", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương đạt 52% vào năm 2028 và khoảng 56% vào năm 2030.",
                [T(52, "%", ">=", 2028), T(56, "%", "=", 2030)],
            ),
            (
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 35% vào năm 2030.",
                [T(35, "%", "<", 2030)],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 28% vào năm 2030.",
                [T(28, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ xuống 1,5 lần so với nam giới vào năm 2030.",
                [T(1.5, "times", "<=", 2030)],
            ),
            (
                "Đến năm 2030, đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và đạt 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(90, "%", ">=", 2030, label="người bị bạo lực"),
                    T(70, "%", ">=", 2030, label="người gây bạo lực"),
                ],
            ),
            (
                "Duy trì 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Từ năm 2027 trở đi, 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh giảm từ 116 bé trai/100 bé gái sinh ra sống (năm 2025) xuống dưới 112 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(112, "boys_per_100_girls", "<", 2030, baseline=116)],
            ),
            (
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản không quá 30/100.000 trẻ đẻ sống.",
                [T(30, "per_100000_live_births", "<=", 2030)],
            ),
            (
                "Duy trì tỷ suất sinh ở vị thành niên dưới 15 ca sinh/1.000 phụ nữ.",
                [T(15, "per_1000_women", "<", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Từ năm 2026, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy tại các cơ sở giáo dục trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2026)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99%, hoàn thành giáo dục trung học cơ sở đạt 95%.",
                [
                    T(99, "%", ">=", 2030, label="tiểu học"),
                    T(95, "%", ">=", 2030, label="trung học cơ sở"),
                ],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 35%.",
                [T(35, "%", ">", 2030)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30% vào năm 2028 và 35% vào năm 2030.",
                [
                    T(50, "%", ">=", 2030, label="thạc sĩ"),
                    T(30, "%", ">=", 2028, label="tiến sĩ"),
                    T(35, "%", ">=", 2030, label="tiến sĩ"),
                ],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Đến năm 2030 có 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(80, "%", ">=", 2030)],
            ),
            (
                "100% cơ quan, đơn vị, tổ chức chính trị - xã hội cấp tỉnh và cấp xã được phổ biến, cập nhật thông tin về bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Hà Tĩnh duy trì chuyên mục về bình đẳng giới, mỗi tháng ít nhất 02 tin, bài.",
                [T(2, "items_per_month", ">=", 2030)],
            ),
        ],
    ),
]

HT_LETTERS = ["a", "b", "c", "d", "đ", "e"]


def _ht_targets_blocks():
    out = []
    for (code, title, inds), let in zip(HT_OBJ, HT_LETTERS):
        out.append(f"{let}) Mục tiêu {code}: {title}")
        for n, (text, _) in enumerate(inds, 1):
            out.append(f"- Chỉ tiêu {n}: {text}")
    return out


HT_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "", "Số: 214/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Hà Tĩnh, ngày 08 tháng 5 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030**",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Quyết định số 1790/QĐ-TTg ngày 23 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030;",
        "Thực hiện Công văn số 1468/BNV-CTTN&BĐG ngày 16 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
        "Theo đề nghị của Sở Nội vụ tại Tờ trình số 96/TTr-SNV ngày 24 tháng 4 năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Mục đích",
        "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với điều kiện thực tế của tỉnh sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
        "- Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, người đứng đầu các cơ quan, đơn vị, địa phương và các tầng lớp Nhân dân về công tác bình đẳng giới; tiếp tục thu hẹp khoảng cách giới trên các lĩnh vực, nhất là ở vùng miền núi, vùng bãi ngang ven biển.",
        "2. Yêu cầu",
        "- Các sở, ban, ngành, đoàn thể cấp tỉnh và Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch, lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội hằng năm của ngành, địa phương.",
        "- Số liệu theo dõi, báo cáo các chỉ tiêu phải có sự tách biệt giới, bảo đảm tính chính xác, kịp thời, thống nhất với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "- Tăng cường phối hợp liên ngành; định kỳ kiểm tra, đánh giá, kịp thời điều chỉnh những nội dung không còn phù hợp.",
        "**II. MỤC TIÊU**",
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Hà Tĩnh phát triển nhanh và bền vững.",
        "2. Mục tiêu cụ thể",
    ]
    + _ht_targets_blocks()
    + [
        (
            "footnote",
            "¹ Theo số liệu của Thống kê tỉnh, năm 2025 tỷ số giới tính khi sinh của tỉnh ở mức 116 bé trai/100 bé gái sinh ra sống, thuộc nhóm cao của cả nước.",
        ),
        ("page",),
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        "1. Nhiệm vụ, giải pháp chung",
        "- Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, sự quản lý của chính quyền các cấp đối với công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác hằng năm của cơ quan, đơn vị, địa phương; đề cao vai trò, trách nhiệm của người đứng đầu.",
        "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, đề án, kế hoạch phát triển kinh tế - xã hội của tỉnh; rà soát, kiến nghị sửa đổi các quy định còn định kiến giới.",
        "- Kiện toàn, nâng cao năng lực đội ngũ cán bộ làm công tác bình đẳng giới ở cấp tỉnh và cấp xã sau sắp xếp; bố trí công chức kiêm nhiệm theo dõi công tác bình đẳng giới tại Phòng Văn hóa - Xã hội các xã, phường.",
        "- Đẩy mạnh thông tin, tuyên truyền, nhất là trong Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam (28/6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
        "- Xây dựng, cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; ứng dụng chuyển đổi số trong thu thập, tổng hợp số liệu các chỉ tiêu bình đẳng giới.",
        "- Tăng cường thanh tra, kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới; xử lý nghiêm các hành vi vi phạm.",
        "2. Nhiệm vụ, giải pháp cụ thể",
        "a) Trong lĩnh vực chính trị",
        "- Thực hiện đồng bộ các khâu trong công tác cán bộ nữ; quan tâm quy hoạch, đào tạo, bồi dưỡng cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số; bảo đảm tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý.",
        "- Rà soát các cơ quan, đơn vị có từ 30% cán bộ, công chức, viên chức là nữ trở lên nhưng chưa có lãnh đạo chủ chốt là nữ để có giải pháp tạo nguồn, bổ nhiệm phù hợp.",
        "b) Trong lĩnh vực kinh tế, lao động",
        "- Hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế hộ gia đình, hợp tác xã; ưu tiên vay vốn từ Ngân hàng Chính sách xã hội cho lao động nữ nông thôn, phụ nữ vùng bãi ngang, miền núi.",
        "- Đào tạo nghề, giải quyết việc làm gắn với chuyển dịch cơ cấu lao động; tư vấn, hỗ trợ lao động nữ đi làm việc ở nước ngoài theo hợp đồng an toàn, hợp pháp.",
        "- Tổ chức tập huấn kỹ năng quản trị, thương mại điện tử cho nữ chủ doanh nghiệp, chủ hộ kinh doanh; phấn đấu mỗi năm hỗ trợ ít nhất 200 phụ nữ khởi sự kinh doanh.",
        "c) Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "- Duy trì, nhân rộng các mô hình “Địa chỉ tin cậy ở cộng đồng”, câu lạc bộ “Gia đình phát triển bền vững”, nhóm phòng, chống bạo lực gia đình ở thôn, tổ dân phố.",
        "- Nâng cao chất lượng dịch vụ hỗ trợ người bị bạo lực: tư vấn tâm lý, trợ giúp pháp lý, chăm sóc y tế, nơi tạm lánh; duy trì đường dây nóng tiếp nhận thông tin.",
        "- Tiếp nhận, xác minh, hỗ trợ nạn nhân bị mua bán trở về; phối hợp với các tỉnh bạn và nước bạn Lào trong công tác phòng, chống mua bán người qua biên giới.",
        "d) Trong lĩnh vực y tế",
        "- Triển khai quyết liệt các giải pháp kiểm soát mất cân bằng giới tính khi sinh; xử lý nghiêm các cơ sở y tế vi phạm quy định cấm lựa chọn giới tính thai nhi.",
        "- Nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em; tăng cường tư vấn sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên tại trường học và cộng đồng.",
        "đ) Trong lĩnh vực giáo dục, đào tạo",
        "- Lồng ghép nội dung giới, bình đẳng giới, phòng, chống xâm hại trẻ em vào hoạt động giáo dục chính khóa, ngoại khóa; bồi dưỡng giáo viên về giáo dục giới tính.",
        "- Vận động trẻ em gái dân tộc thiểu số đến trường; hỗ trợ học sinh có hoàn cảnh khó khăn tại các xã miền núi phía Tây của tỉnh.",
        "e) Trong lĩnh vực thông tin, truyền thông",
        "- Đa dạng hóa hình thức truyền thông về bình đẳng giới trên báo chí, hệ thống thông tin cơ sở, mạng xã hội; biên soạn tài liệu phù hợp từng nhóm đối tượng.",
        "- Kiểm soát nội dung quảng cáo, xuất bản phẩm; không để lưu hành sản phẩm có nội dung định kiến giới.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và nguồn huy động hợp pháp khác.",
        "2. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị, địa phương lập dự toán kinh phí thực hiện cùng thời điểm xây dựng dự toán ngân sách, gửi cơ quan tài chính cùng cấp thẩm định, trình cấp có thẩm quyền phê duyệt.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "1. Sở Nội vụ",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; tổ chức tập huấn nghiệp vụ cho đội ngũ làm công tác bình đẳng giới.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, chỉ tiêu 2 thuộc Mục tiêu 2; chỉ tiêu 1, chỉ tiêu 2 thuộc Mục tiêu 6.",
        "- Phối hợp với Công an tỉnh theo dõi, tổng hợp số liệu về chỉ tiêu 3 thuộc Mục tiêu 3.",
        "- Tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết giữa kỳ, tổng kết việc thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân có thành tích tiêu biểu.",
        "2. Sở Tài chính",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định; hướng dẫn lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh.",
        "- Chủ trì thu thập, tổng hợp và báo cáo số liệu chỉ tiêu 3 thuộc Mục tiêu 2.",
        "3. Sở Tư pháp",
        "Hướng dẫn, thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; tăng cường trợ giúp pháp lý cho phụ nữ là người bị bạo lực.",
        "4. Sở Y tế",
        "- Chỉ đạo các cơ sở y tế thực hiện các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản; quản lý các cơ sở trợ giúp xã hội công lập trên địa bàn.",
        "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện các chỉ tiêu của Mục tiêu 4 và chỉ tiêu 4 Mục tiêu 3.",
        "5. Sở Giáo dục và Đào tạo",
        "- Chỉ đạo lồng ghép giáo dục giới, bình đẳng giới trong các cấp học và giáo dục nghề nghiệp; tăng cường tư vấn hướng nghiệp cho học sinh nữ.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "6. Sở Văn hóa, Thể thao và Du lịch",
        "- Hướng dẫn công tác gia đình, phòng, chống bạo lực gia đình; chỉ đạo cơ quan báo chí, hệ thống thông tin cơ sở tăng cường thông tin về bình đẳng giới.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực gia đình) và chỉ tiêu 3 thuộc Mục tiêu 6.",
        "7. Công an tỉnh",
        "- Chủ trì công tác phòng, chống mua bán người; điều tra, xử lý nghiêm các vụ bạo lực gia đình, xâm hại tình dục phụ nữ, trẻ em.",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu về các vụ bạo lực gia đình phục vụ báo cáo chỉ tiêu 2 thuộc Mục tiêu 3.",
        "8. Thống kê tỉnh",
        "Chủ trì thu thập, cung cấp số liệu chỉ tiêu 1 thuộc Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu về chỉ tiêu 1, chỉ tiêu 2 thuộc Mục tiêu 2; cập nhật số liệu thống kê giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "9. Báo và Phát thanh, Truyền hình Hà Tĩnh",
        "Xây dựng chuyên trang, chuyên mục về bình đẳng giới; chịu trách nhiệm thực hiện và báo cáo chỉ tiêu 4 thuộc Mục tiêu 6.",
        "10. Sở Dân tộc và Tôn giáo",
        "Tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ hủ tục, tảo hôn; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 thuộc Mục tiêu 5.",
        "11. Các sở, ban, ngành khác",
        "Căn cứ chức năng, nhiệm vụ lồng ghép nội dung bình đẳng giới vào kế hoạch công tác của đơn vị; báo cáo kết quả thực hiện về Sở Nội vụ theo quy định.",
        "12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; tuyên truyền, vận động hội viên, đoàn viên tham gia thực hiện Kế hoạch; giới thiệu cán bộ nữ có năng lực để quy hoạch, đào tạo.",
        "13. Ủy ban nhân dân các xã, phường",
        "- Xây dựng, ban hành kế hoạch thực hiện công tác bình đẳng giới giai đoạn 2026 - 2030 của địa phương trước ngày 30/7/2026.",
        "- Bố trí công chức theo dõi công tác bình đẳng giới; thu thập số liệu có tách biệt giới trên địa bàn; kiện toàn Ban Vì sự tiến bộ của phụ nữ cấp xã.",
        "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Định kỳ 6 tháng và hằng năm, các sở, ban, ngành, đoàn thể cấp tỉnh và Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ: báo cáo 6 tháng trước ngày 05/6, báo cáo năm trước ngày 05/12 hằng năm.",
        "2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ: báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12 hằng năm.",
        "3. Năm 2028, tổ chức sơ kết giữa kỳ việc thực hiện Kế hoạch; các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết về Sở Nội vụ trước ngày 31/7/2028.",
        "4. Năm 2030, tổ chức tổng kết việc thực hiện Kế hoạch; các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết về Sở Nội vụ trước ngày 30/9/2030; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 20/10/2030.",
        "5. Báo cáo đột xuất thực hiện theo yêu cầu của Ủy ban nhân dân tỉnh và cơ quan có thẩm quyền.",
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành, đoàn thể cấp tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, VX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Minh Hằng"],
        ),
    ]
)

HT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030",
    "issuer": "UBND tỉnh Hà Tĩnh",
    "level": "province",
    "area": "Hà Tĩnh",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 1790/QĐ-TTg ngày 23 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030",
        "Công văn số 1468/BNV-CTTN&BĐG ngày 16 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": _objs(HT_OBJ),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2"]),
        A("Sở Nội vụ", "support", ["3.3"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "3.4"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3", "5.4"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3"]),
        A("Công an tỉnh", "lead", ["3.3"]),
        A("Công an tỉnh", "support", ["3.2"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Thống kê tỉnh", "support", ["2.1", "2.2"]),
        A("Báo và Phát thanh, Truyền hình Hà Tĩnh", "lead", ["6.4"]),
        A("Sở Dân tộc và Tôn giáo", "support", ["5.2"]),
    ],
    "reporting": [
        R("plan", "units", "2026-07-30"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-15"),
        R("midterm", "units", "2028-07-31"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-20"),
    ],
}


# ---------------------------------------------------------------------------
# 2. Lai Châu 2026-2030 (.docx; "- " paragraphs become Word 'List Bullet',
#    the agency headings listed in "list_number" become Word 'List Number')
# ---------------------------------------------------------------------------
LC_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo, quản lý",
        [
            (
                "Phấn đấu đến năm 2030 có 65% cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ.",
                [T(65, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ cán bộ, công chức cấp xã là người dân tộc thiểu số đạt 25% trở lên vào năm 2030.",
                [T(25, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        [
            (
                "Tăng tỷ lệ lao động nữ làm công hưởng lương lên 35% vào năm 2028, 40% vào năm 2030.",
                [T(35, "%", ">=", 2028), T(40, "%", ">=", 2030)],
            ),
            (
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm từ 68% năm 2025 xuống còn 60% vào năm 2030.",
                [T(60, "%", "<=", 2030, baseline=68)],
            ),
            ("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 20%.", [T(20, "%", ">=", 2030)]),
        ],
    ),
    (
        "3",
        "Nâng cao chất lượng đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,8 lần so với nam giới.",
                [T(1.8, "times", "<=", 2030)],
            ),
            (
                "Đạt 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản.",
                [T(85, "%", ">=", 2030)],
            ),
            (
                "Đạt 60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [T(60, "%", ">=", 2030)],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "Tỷ số giới tính khi sinh duy trì dưới 109 bé trai/100 bé gái sinh ra sống.",
                [T(109, "boys_per_100_girls", "<", 2030)],
            ),
            (
                "Giảm tỷ lệ tử vong bà mẹ liên quan đến thai sản xuống 50/100.000 trẻ đẻ sống vào năm 2030.",
                [T(50, "per_100000_live_births", "<=", 2030)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm còn 35 ca sinh/1.000 phụ nữ vào năm 2028 và dưới 30 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(35, "per_1000_women", "<=", 2028), T(30, "per_1000_women", "<", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Từ năm 2027 trở đi, 100% cơ sở giáo dục phổ thông lồng ghép nội dung về giới, bình đẳng giới trong các hoạt động giáo dục.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 95%; hoàn thành giáo dục trung học cơ sở đạt trên 85% vào năm 2030.",
                [
                    T(95, "%", ">", 2030, label="tiểu học"),
                    T(85, "%", ">", 2030, label="trung học cơ sở"),
                ],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 30%.",
                [T(30, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Phấn đấu 70% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
                [T(70, "%", ">=", 2030)],
            ),
            (
                "100% xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở ít nhất 02 lần/quý.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Mỗi quý có ít nhất 01 tin, bài tuyên truyền về bình đẳng giới bằng tiếng dân tộc thiểu số trên hệ thống truyền thanh cơ sở.",
                [T(1, "items_per_quarter", ">=", 2030)],
            ),
        ],
    ),
]


def _lc_targets_blocks():
    out = []
    for code, title, inds in LC_OBJ:
        out.append(f"**2.{code}. Mục tiêu {code}: {title}**")
        for n, (text, _) in enumerate(inds, 1):
            out.append(f"*Chỉ tiêu {n}:* {text}")
    return out


LC_AGENCIES = [
    "**Sở Nội vụ**",
    "**Sở Tài chính**",
    "**Sở Y tế**",
    "**Sở Giáo dục và Đào tạo**",
    "**Sở Văn hóa, Thể thao và Du lịch**",
    "**Công an tỉnh**",
    "**Thống kê tỉnh**",
    "**Sở Dân tộc và Tôn giáo**",
    "**Sở Tư pháp**",
    "**Các sở, ban, ngành khác**",
]

LC_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "", "Số: 1187/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Lai Châu, ngày 21 tháng 4 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Lai Châu giai đoạn 2026 - 2030**",
        "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ phê duyệt Đề án “Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số giai đoạn 2018 - 2025”; Công văn số 1468/BNV-CTTN&BĐG ngày 16/3/2026 của Bộ Nội vụ về hướng dẫn xây dựng kế hoạch giai đoạn 2026 - 2030; Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "- Triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh, phù hợp với đặc điểm tỉnh miền núi biên giới có đông đồng bào dân tộc thiểu số.",
        "- Xác định rõ trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường trong việc thực hiện, theo dõi, báo cáo các chỉ tiêu bình đẳng giới; bảo đảm số liệu có tách biệt giới và tách biệt theo dân tộc.",
        "- Huy động sự tham gia của Mặt trận Tổ quốc, các đoàn thể, người có uy tín trong cộng đồng, già làng, trưởng bản vào công tác bình đẳng giới.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Thu hẹp khoảng cách giới giữa vùng thuận lợi và vùng đặc biệt khó khăn; tạo điều kiện, cơ hội để phụ nữ và nam giới, đặc biệt là phụ nữ dân tộc thiểu số, tham gia và thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần phát triển kinh tế - xã hội bền vững của tỉnh.",
        "**2. Mục tiêu cụ thể**",
    ]
    + _lc_targets_blocks()
    + [
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
        "**1. Công tác lãnh đạo, chỉ đạo**",
        "- Cấp ủy, chính quyền các cấp đưa nội dung bình đẳng giới vào nghị quyết, chương trình công tác hằng năm; người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả thực hiện các chỉ tiêu được giao.",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và cấp xã sau sắp xếp đơn vị hành chính; phân công công chức theo dõi công tác bình đẳng giới tại Phòng Văn hóa - Xã hội các xã, phường.",
        "**2. Hoàn thiện cơ chế, chính sách**",
        "- Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, đề án, chương trình phát triển kinh tế - xã hội, nhất là các chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi.",
        "- Rà soát chính sách hỗ trợ phụ nữ dân tộc thiểu số sinh con đúng chính sách, hỗ trợ học sinh nữ bán trú, chính sách đào tạo nghề cho lao động nữ nông thôn.",
        "**3. Truyền thông nâng cao nhận thức**",
        "- Đổi mới nội dung, hình thức truyền thông phù hợp với phong tục, tập quán, ngôn ngữ của đồng bào các dân tộc Thái, Mông, Dao, Hà Nhì, Lự...; phát huy vai trò của người có uy tín trong cộng đồng.",
        "- Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ (8/3), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        "- Tuyên truyền xóa bỏ tảo hôn, hôn nhân cận huyết thống; phấn đấu giảm 5% số cặp tảo hôn mỗi năm tại các xã vùng cao.",
        "**4. Nâng cao năng lực quản lý nhà nước**",
        "- Tập huấn kiến thức, kỹ năng lồng ghép giới cho cán bộ, công chức cấp tỉnh và cấp xã; ít nhất 01 lớp tập huấn/năm cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở.",
        "- Xây dựng và vận hành phần mềm cơ sở dữ liệu thống kê về giới của tỉnh, kết nối với hệ thống báo cáo của Bộ Nội vụ.",
        "**5. Giải pháp theo từng lĩnh vực**",
        "- Lĩnh vực chính trị: quy hoạch, đào tạo, bồi dưỡng cán bộ nữ, cán bộ nữ dân tộc thiểu số; bảo đảm tỷ lệ nữ trong quy hoạch cấp ủy, chính quyền.",
        "- Lĩnh vực kinh tế, lao động: hỗ trợ sinh kế, phát triển hợp tác xã, tổ hợp tác do phụ nữ làm chủ; phát triển du lịch cộng đồng gắn với vai trò của phụ nữ; đào tạo nghề gắn với giải quyết việc làm.",
        "- Lĩnh vực gia đình: nhân rộng mô hình “Địa chỉ tin cậy ở cộng đồng”, câu lạc bộ “Thủ lĩnh của sự thay đổi”; hỗ trợ người bị bạo lực tiếp cận dịch vụ y tế, pháp lý, tâm lý.",
        "- Lĩnh vực y tế: nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ sơ sinh tại trạm y tế xã; tăng tỷ lệ phụ nữ sinh con tại cơ sở y tế; tư vấn sức khỏe sinh sản vị thành niên.",
        "- Lĩnh vực giáo dục: duy trì sĩ số học sinh nữ dân tộc thiểu số; hạn chế tình trạng bỏ học ở cấp trung học cơ sở; giáo dục giới tính phù hợp lứa tuổi.",
        "- Lĩnh vực thông tin, truyền thông: sản xuất tin, bài song ngữ; tăng thời lượng phát sóng chương trình tiếng dân tộc về bình đẳng giới.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "- Ngân sách nhà nước bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương theo phân cấp hiện hành.",
        "- Lồng ghép từ các chương trình mục tiêu quốc gia, đặc biệt là Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” và nguồn tài trợ, huy động hợp pháp khác.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "**1. Trách nhiệm của các sở, ban, ngành tỉnh**",
        LC_AGENCIES[0],
        "- Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp báo cáo định kỳ theo quy định.",
        "- Chủ trì, theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 1; Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2 và Chỉ tiêu 1 Mục tiêu 6.",
        "- Tham mưu tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch; hướng dẫn các xã, phường xây dựng kế hoạch của địa phương.",
        LC_AGENCIES[1],
        "- Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch; hướng dẫn lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.",
        "- Theo dõi, tổng hợp, báo cáo Chỉ tiêu 3 Mục tiêu 2.",
        LC_AGENCIES[2],
        "- Chịu trách nhiệm theo dõi, đánh giá việc thực hiện và báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        "- Phối hợp theo dõi Chỉ tiêu 2 Mục tiêu 3 đối với số người bị bạo lực được tiếp cận dịch vụ y tế.",
        LC_AGENCIES[3],
        "- Chỉ đạo các cơ sở giáo dục lồng ghép nội dung bình đẳng giới vào hoạt động giáo dục; quản lý, nâng cao chất lượng giáo dục nghề nghiệp.",
        "- Chủ trì theo dõi, báo cáo các chỉ tiêu của Mục tiêu 5.",
        LC_AGENCIES[4],
        "- Hướng dẫn công tác gia đình, phòng, chống bạo lực gia đình; quản lý hệ thống thông tin cơ sở.",
        "- Chủ trì theo dõi, tổng hợp số liệu và báo cáo Chỉ tiêu 2, Chỉ tiêu 3 Mục tiêu 3; Chỉ tiêu 2 Mục tiêu 6.",
        LC_AGENCIES[5],
        "- Chủ trì theo dõi, báo cáo Chỉ tiêu 4 Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch trong việc thu thập số liệu Chỉ tiêu 2 và Chỉ tiêu 3 Mục tiêu 3.",
        "- Tăng cường đấu tranh phòng, chống tội phạm mua bán người trên tuyến biên giới; tiếp nhận, xác minh, bảo vệ nạn nhân.",
        LC_AGENCIES[6],
        "- Chủ trì cung cấp số liệu Chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu Chỉ tiêu 1, Chỉ tiêu 2 Mục tiêu 2.",
        LC_AGENCIES[7],
        "- Tuyên truyền, vận động đồng bào dân tộc thiểu số thực hiện bình đẳng giới; triển khai các nội dung về bình đẳng giới trong chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi.",
        LC_AGENCIES[8],
        "- Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; trợ giúp pháp lý miễn phí cho phụ nữ dân tộc thiểu số là người bị bạo lực.",
        LC_AGENCIES[9],
        "- Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện công tác bình đẳng giới của ngành; cung cấp số liệu có liên quan khi có yêu cầu.",
        "**2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh**",
        "- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới.",
        "- Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Nội vụ theo dõi, đánh giá Chỉ tiêu 1 Mục tiêu 1; giới thiệu cán bộ nữ có năng lực để quy hoạch, bổ nhiệm.",
        "**3. Ủy ban nhân dân các xã, phường**",
        "- Xây dựng kế hoạch thực hiện công tác bình đẳng giới giai đoạn 2026 - 2030 và hằng năm của địa phương; bố trí kinh phí, nhân lực thực hiện.",
        "- Theo dõi, tổng hợp và báo cáo Chỉ tiêu 3 Mục tiêu 6 tại địa phương; chỉ đạo các thôn, bản, tổ dân phố cung cấp số liệu có tách biệt giới.",
        "**4. Chế độ báo cáo**",
        "Các cơ quan, đơn vị, địa phương thực hiện chế độ báo cáo theo bảng dưới đây:",
        (
            "table",
            [
                ["Loại báo cáo", "Cơ quan, đơn vị báo cáo", "Thời hạn gửi", "Nơi nhận"],
                [
                    "Báo cáo 6 tháng",
                    "Các sở, ban, ngành tỉnh; UBND các xã, phường",
                    "Trước ngày 10/6 hằng năm",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 20/6 hằng năm", "UBND tỉnh, Bộ Nội vụ"],
                [
                    "Báo cáo năm",
                    "Các sở, ban, ngành tỉnh; UBND các xã, phường",
                    "Trước ngày 01/12 hằng năm",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 15/12 hằng năm", "UBND tỉnh, Bộ Nội vụ"],
                [
                    "Báo cáo sơ kết giữa kỳ",
                    "Các sở, ban, ngành tỉnh; UBND các xã, phường",
                    "Trong năm 2028",
                    "Sở Nội vụ",
                ],
                [
                    "Báo cáo tổng kết",
                    "Các sở, ban, ngành tỉnh; UBND các xã, phường",
                    "Trước ngày 15/9/2030",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 30/9/2030", "UBND tỉnh, Bộ Nội vụ"],
            ],
            [(1, 0, 2, 0), (3, 0, 4, 0), (6, 0, 7, 0)],
        ),
        "Ngoài ra, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu. Số liệu báo cáo phải có sự tách biệt giới.",
        "Trên đây là Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Lai Châu giai đoạn 2026 - 2030. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (b/c);",
                "- TT. Tỉnh ủy; TT. HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Chiến"],
        ),
    ]
)


_LC_EXTRA = [
    "**6. Một số nhiệm vụ trọng tâm theo địa bàn**",
    "- Đối với các xã biên giới, xã đặc biệt khó khăn: ưu tiên nguồn lực hỗ trợ phụ nữ sinh con tại cơ sở y tế, hỗ trợ trẻ em gái đi học bán trú; xây dựng nhóm truyền thông nòng cốt tại mỗi bản, trong đó có ít nhất 01 thành viên là nam giới và 01 thành viên là người có uy tín.",
    "- Đối với các phường và xã trung tâm: tập trung nâng cao chất lượng việc làm cho lao động nữ trong khu vực dịch vụ, du lịch; hỗ trợ chuyển đổi số cho hộ kinh doanh do phụ nữ làm chủ; phát triển dịch vụ chăm sóc trẻ em nhằm giảm gánh nặng công việc không được trả công của phụ nữ.",
    "- Đối với vùng lòng hồ thủy điện và khu tái định cư: quan tâm sinh kế thay thế cho phụ nữ, nhất là phụ nữ đơn thân, phụ nữ cao tuổi; lồng ghép nội dung bình đẳng giới trong các dự án ổn định dân cư.",
    "**7. Tăng cường hợp tác và huy động nguồn lực**",
    "- Tranh thủ sự hỗ trợ kỹ thuật, tài chính của các tổ chức quốc tế, tổ chức phi chính phủ đang hoạt động trên địa bàn tỉnh trong các lĩnh vực sinh kế, chăm sóc sức khỏe sinh sản, phòng, chống bạo lực trên cơ sở giới.",
    "- Chia sẻ kinh nghiệm với các tỉnh vùng Tây Bắc về mô hình hỗ trợ phụ nữ dân tộc thiểu số tham gia lãnh đạo, quản lý và phát triển kinh tế tập thể.",
    "- Khuyến khích doanh nghiệp, hợp tác xã xây dựng môi trường làm việc bình đẳng, không quấy rối tình dục; biểu dương doanh nghiệp thực hiện tốt chính sách đối với lao động nữ.",
    "**8. Kiểm tra, giám sát, đánh giá**",
    "- Hằng năm xây dựng kế hoạch kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành và xã, phường; chú trọng kiểm tra việc thu thập, lưu trữ số liệu có tách biệt giới.",
    "- Đánh giá mức độ hoàn thành các chỉ tiêu của Kế hoạch là một trong các tiêu chí xét thi đua, khen thưởng hằng năm của cơ quan, đơn vị, địa phương.",
    "- Định kỳ rà soát, cập nhật các chỉ tiêu phù hợp với điều chỉnh của Trung ương và tình hình thực tế của tỉnh; kịp thời đề xuất điều chỉnh, bổ sung Kế hoạch khi cần thiết.",
]
_i = LC_BLOCKS.index("**IV. KINH PHÍ THỰC HIỆN**")
LC_BLOCKS[_i:_i] = _LC_EXTRA

LC_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Lai Châu giai đoạn 2026 - 2030",
    "issuer": "UBND tỉnh Lai Châu",
    "level": "province",
    "area": "Lai Châu",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ phê duyệt Đề án “Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số giai đoạn 2018 - 2025”",
        "Công văn số 1468/BNV-CTTN&BĐG ngày 16/3/2026 của Bộ Nội vụ về hướng dẫn xây dựng kế hoạch giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": _objs(LC_OBJ),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "6.1"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3"]),
        A("Sở Y tế", "support", ["3.2"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "3.3", "6.2"]),
        A("Công an tỉnh", "lead", ["3.4"]),
        A("Công an tỉnh", "support", ["3.2", "3.3"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Thống kê tỉnh", "support", ["2.1", "2.2"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", ["1.1"]),
        A("Ủy ban nhân dân các xã, phường", "lead", ["6.3"]),
    ],
    "reporting": [
        R("semiannual", "units", "06-10"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "units", "12-01"),
        R("annual", "consolidator", "12-15"),
        R("midterm", "units", "2028"),
        R("final", "units", "2030-09-15"),
        R("final", "consolidator", "2030-09-30"),
    ],
}


# ---------------------------------------------------------------------------
# 3. Đồng Tháp 2026-2030 (.md; indicators in a table with a running TT column)
# ---------------------------------------------------------------------------
DT_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Phấn đấu đến năm 2030 có ít nhất 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(75, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương đạt khoảng 55% vào năm 2030.",
                [T(55, "%", "=", 2030)],
            ),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống dưới 30% vào năm 2030.",
                [T(30, "%", "<", 2030)],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 27% vào năm 2028 và 30% vào năm 2030.",
                [T(27, "%", ">=", 2028), T(30, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới giảm còn 1,4 lần.",
                [T(1.4, "times", "<=", 2030)],
            ),
            (
                "Đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt 75% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(90, "%", ">=", 2030, label="người bị bạo lực"),
                    T(75, "%", ">=", 2030, label="người gây bạo lực"),
                ],
            ),
            (
                "100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh khoảng 108 bé trai/100 bé gái sinh ra sống.",
                [T(108, "boys_per_100_girls", "=", 2030)],
            ),
            (
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản duy trì dưới 20/100.000 trẻ sinh sống.",
                [T(20, "per_100000_live_births", "<", 2030)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm từ 20 ca sinh/1.000 phụ nữ (năm 2025) xuống 15 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(15, "per_1000_women", "<=", 2030, baseline=20)],
            ),
            (
                "Có ít nhất 01 cơ sở y tế cung cấp dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và chuyển giới.",
                [T(1, "count", ">=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục, đào tạo trên địa bàn tỉnh.",
                [T(None, "bool", "=", 2030)],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt từ 40% trở lên.",
                [T(40, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%, tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%.",
                [T(50, "%", ">=", 2030, label="thạc sĩ"), T(30, "%", ">=", 2030, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Đạt 85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(85, "%", ">=", 2030)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Đồng Tháp mỗi tháng có ít nhất 02 tin, bài, phóng sự về bình đẳng giới.",
                [T(2, "items_per_month", ">=", 2030)],
            ),
        ],
    ),
]

_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _dt_table():
    rows = [["TT", "Mục tiêu, chỉ tiêu", "Ghi chú"]]
    k = 0
    for (code, title, inds), rom in zip(DT_OBJ, _ROMAN):
        rows.append([rom, f"**Mục tiêu {code}: {title}**", ""])
        for n, (text, _) in enumerate(inds, 1):
            k += 1
            note = ""
            if (code, n) == ("4", 4):
                note = "Chỉ tiêu bổ sung của tỉnh"
            elif (code, n) == ("2", 3):
                note = "Đánh giá giữa kỳ năm 2028"
            rows.append([str(k), f"Chỉ tiêu {n}: {text}", note])
    return ("table", rows)


DT_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 356/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đồng Tháp, ngày 12 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Đồng Tháp giai đoạn 2026 - 2030**",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 2232/QĐ-TTg ngày 28/12/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình Việt Nam đến năm 2030;",
    "Căn cứ Công văn số 1468/BNV-CTTN&BĐG ngày 16/3/2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 142/TTr-SNV ngày 05/5/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:",
    "**I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025**",
    "Sau 05 năm triển khai, công tác bình đẳng giới trên địa bàn tỉnh (bao gồm địa bàn tỉnh Tiền Giang và tỉnh Đồng Tháp trước sắp xếp) đạt nhiều kết quả tích cực. Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 58,6%; tỷ lệ lao động nữ làm công hưởng lương đạt 47,2%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 24,9%; tỷ số giới tính khi sinh là 110,5 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên khoảng 20 ca sinh/1.000 phụ nữ; 76% người bị bạo lực gia đình được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản.",
    "Tuy nhiên, một số chỉ tiêu chưa đạt như tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp còn cao (khoảng 38%); tỷ lệ nữ tiến sĩ mới đạt 19%; số liệu tách biệt giới ở cấp xã chưa đầy đủ, thiếu đồng bộ.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "1. Tiếp tục triển khai có hiệu quả Luật Bình đẳng giới và Chiến lược quốc gia về bình đẳng giới trong giai đoạn mới, phù hợp với mô hình chính quyền địa phương hai cấp.",
    "2. Xác định các mục tiêu, chỉ tiêu cụ thể và phân công trách nhiệm theo dõi, báo cáo cho các cơ quan, đơn vị, địa phương; số liệu phải được tách biệt theo giới tính.",
    "3. Bảo đảm sự phối hợp chặt chẽ giữa các sở, ban, ngành, Mặt trận Tổ quốc, các đoàn thể và Ủy ban nhân dân các xã, phường.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu tổng quát**",
    "Bảo đảm bình đẳng giới thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trên các lĩnh vực chính trị, kinh tế, văn hóa, xã hội; thu hẹp khoảng cách giới giữa khu vực thành thị và nông thôn, góp phần xây dựng tỉnh Đồng Tháp phát triển nhanh, bền vững.",
    "**2. Mục tiêu, chỉ tiêu cụ thể đến năm 2030**",
    _dt_table(),
    "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "**1. Tăng cường lãnh đạo, chỉ đạo và nâng cao hiệu lực quản lý nhà nước**",
    "- Cấp ủy, chính quyền các cấp xác định bình đẳng giới là nhiệm vụ thường xuyên, đưa vào nghị quyết, kế hoạch phát triển kinh tế - xã hội; gắn kết quả thực hiện các chỉ tiêu với đánh giá, xếp loại người đứng đầu.",
    "- Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ở cấp tỉnh và cấp xã; tập huấn nâng cao năng lực ít nhất 01 lần/năm.",
    "**2. Hoàn thiện cơ chế, chính sách và lồng ghép giới**",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật và các đề án, chương trình của tỉnh.",
    "- Nghiên cứu chính sách hỗ trợ lao động nữ chuyển đổi nghề từ nông nghiệp sang công nghiệp, dịch vụ tại các khu công nghiệp Sa Đéc, Tân Hương, Long Giang.",
    "**3. Giải pháp theo từng lĩnh vực**",
    "- Chính trị: tạo nguồn cán bộ nữ; ưu tiên giới thiệu nữ ứng cử đại biểu Hội đồng nhân dân; đào tạo lý luận chính trị cho cán bộ nữ trong quy hoạch.",
    "- Kinh tế, lao động: hỗ trợ phụ nữ tham gia chuỗi giá trị lúa gạo, trái cây, thủy sản; phát triển hợp tác xã nông nghiệp do nữ làm giám đốc; hỗ trợ vay vốn, chuyển đổi số cho hộ kinh doanh do phụ nữ làm chủ.",
    "- Gia đình và phòng, chống bạo lực: duy trì mô hình phòng, chống bạo lực gia đình tại ấp, khóm; nâng cao năng lực cơ sở trợ giúp xã hội, nhà tạm lánh; tăng cường phát hiện, xử lý các vụ việc bạo lực.",
    "- Y tế: kiểm soát mất cân bằng giới tính khi sinh; tư vấn và khám sức khỏe trước khi kết hôn; mở rộng dịch vụ thân thiện với vị thành niên, thanh niên.",
    "- Giáo dục, đào tạo: lồng ghép giáo dục giới và bình đẳng giới trong nhà trường; khuyến khích nữ học sinh theo học các ngành khoa học, kỹ thuật, công nghệ; hỗ trợ nữ cán bộ học sau đại học.",
    "- Thông tin, truyền thông: đẩy mạnh truyền thông trên nền tảng số, mạng xã hội; phát huy hệ thống loa truyền thanh ở ấp, khóm; kiểm duyệt nội dung quảng cáo có định kiến giới.",
    "**4. Xây dựng cơ sở dữ liệu và tăng cường kiểm tra, giám sát**",
    "- Hoàn thiện cơ sở dữ liệu thống kê về giới của tỉnh, cập nhật định kỳ theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "- Tổ chức kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại các sở, ngành và xã, phường ít nhất 01 lần/năm.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án liên quan; nguồn xã hội hóa và tài trợ hợp pháp khác. Các cơ quan, đơn vị, địa phương lập dự toán kinh phí hằng năm gửi cơ quan tài chính cùng cấp tổng hợp, trình cấp có thẩm quyền xem xét, quyết định.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phân công nhiệm vụ**",
    "a) Sở Nội vụ: là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; chủ trì theo dõi, tổng hợp, báo cáo Chỉ tiêu 1 (Mục tiêu 1); Chỉ tiêu 1, 2 (Mục tiêu 2); Chỉ tiêu 1 (Mục tiêu 6).",
    "b) Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn lồng ghép chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội; chủ trì theo dõi, báo cáo Chỉ tiêu 3 (Mục tiêu 2).",
    "c) Sở Y tế: chủ trì theo dõi, báo cáo toàn bộ các chỉ tiêu tại Mục tiêu 4 và Chỉ tiêu 4 (Mục tiêu 3); chỉ đạo các cơ sở y tế thực hiện nghiêm quy định cấm lựa chọn giới tính thai nhi.",
    "d) Sở Giáo dục và Đào tạo: chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5; chỉ đạo lồng ghép nội dung giới trong chương trình giảng dạy.",
    "đ) Sở Văn hóa, Thể thao và Du lịch: chủ trì theo dõi, báo cáo Chỉ tiêu 2 (Mục tiêu 3) đối với số liệu về bạo lực gia đình và Chỉ tiêu 2 (Mục tiêu 6); phối hợp với Báo và Phát thanh, Truyền hình Đồng Tháp theo dõi Chỉ tiêu 3 (Mục tiêu 6).",
    "e) Công an tỉnh: chủ trì theo dõi, báo cáo Chỉ tiêu 3 (Mục tiêu 3); phối hợp theo dõi Chỉ tiêu 2 (Mục tiêu 3) đối với số liệu về bạo lực trên cơ sở giới; đấu tranh phòng, chống tội phạm mua bán người.",
    "g) Thống kê tỉnh: chủ trì cung cấp số liệu Chỉ tiêu 1 (Mục tiêu 3); hỗ trợ nghiệp vụ thống kê giới cho các sở, ngành, địa phương.",
    "h) Báo và Phát thanh, Truyền hình Đồng Tháp: chịu trách nhiệm thực hiện và báo cáo Chỉ tiêu 3 (Mục tiêu 6); mở chuyên mục về bình đẳng giới, gia đình.",
    "i) Sở Khoa học và Công nghệ: hướng dẫn ứng dụng công nghệ thông tin, chuyển đổi số trong thu thập, quản lý số liệu bình đẳng giới; hỗ trợ phụ nữ tiếp cận khoa học, công nghệ.",
    "k) Sở Tư pháp: hướng dẫn, thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật; tăng cường trợ giúp pháp lý cho phụ nữ.",
    "l) Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh theo dõi Chỉ tiêu 2 (Mục tiêu 3); vận động hội viên tham gia các mô hình phòng, chống bạo lực gia đình.",
    "m) Ủy ban nhân dân các xã, phường: xây dựng, ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương trước ngày 30/6/2026; theo dõi, báo cáo Chỉ tiêu 2 (Mục tiêu 6) trên địa bàn; bố trí kinh phí, nhân lực thực hiện.",
    "**2. Chế độ báo cáo**",
    "Các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường định kỳ báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ (báo cáo 6 tháng trước ngày 12/6, báo cáo năm trước ngày 12/12 hằng năm) để Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 20/6 (báo cáo 6 tháng) và trước ngày 20/12 (báo cáo năm) hằng năm.",
    "Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh sơ kết giữa kỳ, báo cáo Bộ Nội vụ trong năm 2028. Kết thúc giai đoạn, các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết thực hiện Kế hoạch về Sở Nội vụ trước ngày 31/8/2030.",
    "Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện. Trong quá trình thực hiện có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.",
    "**Nơi nhận:** - Bộ Nội vụ; - TT TU, TT HĐND tỉnh; - CT, các PCT UBND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các xã, phường; - Lưu: VT, KGVX.",
    "**TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH**",
    "Nguyễn Phước Thiện",
]


_DT_EXTRA = [
    "**5. Nhiệm vụ trọng tâm theo vùng, địa bàn**",
    "- Vùng Đồng Tháp Mười và các xã biên giới: hỗ trợ phụ nữ nghèo, phụ nữ yếu thế tiếp cận vốn vay ưu đãi, đào tạo nghề phi nông nghiệp; phòng ngừa tình trạng lừa đảo, mua bán người qua biên giới; nâng cao hiệu quả hoạt động của tổ hòa giải ở cơ sở.",
    "- Khu vực đô thị và các khu công nghiệp: chăm lo đời sống, nhà ở, nhà trẻ cho con công nhân; phát triển dịch vụ chăm sóc trẻ em, người cao tuổi nhằm chia sẻ gánh nặng công việc chăm sóc không được trả công của phụ nữ; phòng ngừa quấy rối tình dục tại nơi làm việc.",
    "- Các xã ven sông Tiền, sông Hậu: lồng ghép bình đẳng giới trong các chương trình ứng phó biến đổi khí hậu, phòng, chống thiên tai và sạt lở; bảo đảm phụ nữ được tham gia ý kiến trong quy hoạch di dời, tái định cư.",
    "**6. Huy động sự tham gia của xã hội**",
    "- Phát huy vai trò của Mặt trận Tổ quốc, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Nông dân, Liên đoàn Lao động trong tuyên truyền, vận động và giám sát việc thực hiện bình đẳng giới.",
    "- Khuyến khích các doanh nghiệp, cơ sở tôn giáo, tổ chức xã hội tham gia hỗ trợ người bị bạo lực, nạn nhân bị mua bán; nhân rộng mô hình “Nam giới tiên phong trong phòng, chống bạo lực gia đình”.",
    "- Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu; tổ chức các hội thi tìm hiểu pháp luật về bình đẳng giới cho hội viên, đoàn viên, người lao động.",
    "**7. Hợp tác và chia sẻ kinh nghiệm**",
    "- Tranh thủ sự hỗ trợ kỹ thuật và tài chính của các tổ chức quốc tế, các dự án phát triển trên địa bàn; chủ động trao đổi kinh nghiệm với các tỉnh, thành phố vùng đồng bằng sông Cửu Long về xây dựng cơ sở dữ liệu giới, phòng, chống bạo lực trên cơ sở giới.",
    "- Tổ chức các diễn đàn, hội thảo chuyên đề về vai trò của phụ nữ trong phát triển kinh tế nông nghiệp sinh thái, kinh tế số và du lịch nông thôn.",
]
_j = DT_BLOCKS.index("**V. KINH PHÍ THỰC HIỆN**")
DT_BLOCKS[_j:_j] = _DT_EXTRA
DT_BLOCKS[
    DT_BLOCKS.index("**II. MỤC ĐÍCH, YÊU CẦU**") - 1 : DT_BLOCKS.index("**II. MỤC ĐÍCH, YÊU CẦU**")
    - 1
] = [
    "Nguyên nhân chủ yếu là do nhận thức về bình đẳng giới của một bộ phận cán bộ và Nhân dân còn hạn chế, tư tưởng định kiến giới vẫn còn tồn tại; đội ngũ làm công tác bình đẳng giới ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi; nguồn lực đầu tư cho công tác bình đẳng giới còn hạn chế; việc sắp xếp tổ chức bộ máy trong năm 2025 làm gián đoạn một số hoạt động theo dõi, báo cáo.",
]

DT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Đồng Tháp giai đoạn 2026 - 2030",
    "issuer": "UBND tỉnh Đồng Tháp",
    "level": "province",
    "area": "Đồng Tháp",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 2232/QĐ-TTg ngày 28/12/2020 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình Việt Nam đến năm 2030",
        "Công văn số 1468/BNV-CTTN&BĐG ngày 16/3/2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": _objs(DT_OBJ),
    "assignments": [
        A("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "6.1"]),
        A("Sở Tài chính", "lead", ["2.3"]),
        A("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "4.4", "3.4"]),
        A("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.2"]),
        A("Sở Văn hóa, Thể thao và Du lịch", "support", ["6.3"]),
        A("Công an tỉnh", "lead", ["3.3"]),
        A("Công an tỉnh", "support", ["3.2"]),
        A("Thống kê tỉnh", "lead", ["3.1"]),
        A("Báo và Phát thanh, Truyền hình Đồng Tháp", "lead", ["6.3"]),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
        A("Ủy ban nhân dân các xã, phường", "lead", ["6.2"]),
    ],
    "reporting": [
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-12"),
        R("annual", "units", "12-12"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-20"),
        R("midterm", "consolidator", "2028"),
        R("final", "units", "2030-08-31"),
    ],
}


PLANS = [
    {"name": "r9a-ha-tinh-2026-2030", "ext": "pdf", "blocks": HT_BLOCKS, "expected": HT_EXPECTED},
    {
        "name": "r9a-lai-chau-2026-2030",
        "ext": "docx",
        "blocks": LC_BLOCKS,
        "expected": LC_EXPECTED,
        "list_bullet": True,
        "list_number": LC_AGENCIES,
    },
    {"name": "r9a-dong-thap-2026-2030", "ext": "md", "blocks": DT_BLOCKS, "expected": DT_EXPECTED},
]


# Extra realistic noise (results of the previous stage, requirements) to reach sample length.
LC_BLOCKS[
    LC_BLOCKS.index("**I. MỤC ĐÍCH, YÊU CẦU**") : LC_BLOCKS.index("**I. MỤC ĐÍCH, YÊU CẦU**")
] = [
    "Giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn tỉnh đạt được một số kết quả quan trọng: tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026 đạt 31,7%; tỷ lệ lao động nữ làm công hưởng lương tăng từ 24% lên khoảng 31%; tỷ số giới tính khi sinh duy trì ở mức 107 - 108 bé trai/100 bé gái; tỷ lệ trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 93%. Nhiều mô hình hỗ trợ phụ nữ dân tộc thiểu số phát triển sinh kế được duy trì và nhân rộng.",
    "Bên cạnh đó, công tác bình đẳng giới vẫn còn những hạn chế: tình trạng tảo hôn, hôn nhân cận huyết thống vẫn còn xảy ra ở một số xã vùng cao; tỷ lệ tử vong bà mẹ và tỷ suất sinh ở vị thành niên còn cao so với bình quân chung cả nước; phụ nữ dân tộc thiểu số còn hạn chế trong tiếp cận thông tin, dịch vụ; số liệu thống kê tách biệt giới ở cấp xã chưa đầy đủ. Trên cơ sở đó, Ủy ban nhân dân tỉnh xác định các mục tiêu, chỉ tiêu và giải pháp cho giai đoạn 2026 - 2030 như sau.",
]
LC_BLOCKS[LC_BLOCKS.index("**II. MỤC TIÊU**") : LC_BLOCKS.index("**II. MỤC TIÊU**")] = [
    "- Các chỉ tiêu của tỉnh được xác định trên cơ sở các chỉ tiêu của Chiến lược quốc gia, có điều chỉnh phù hợp với xuất phát điểm của tỉnh; một số chỉ tiêu thấp hơn chỉ tiêu chung của cả nước nhưng bảo đảm tính khả thi và xu hướng cải thiện qua từng năm.",
    "- Việc triển khai Kế hoạch phải gắn với thực hiện các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội của tỉnh; tránh hình thức, trùng lặp, lãng phí.",
]
DT_BLOCKS[DT_BLOCKS.index("**III. MỤC TIÊU**") : DT_BLOCKS.index("**III. MỤC TIÊU**")] = [
    "4. Các chỉ tiêu của Kế hoạch là căn cứ để các sở, ban, ngành, địa phương xây dựng kế hoạch hằng năm; kết quả thực hiện các chỉ tiêu được đánh giá hằng năm, công khai và là tiêu chí xét thi đua, khen thưởng.",
    "5. Quá trình triển khai phải bảo đảm thiết thực, hiệu quả, tiết kiệm; ưu tiên các nhóm phụ nữ yếu thế, phụ nữ khuyết tật, phụ nữ nghèo ở vùng nông thôn, vùng biên giới; lồng ghép với các phong trào thi đua của tỉnh.",
]
DT_BLOCKS[
    DT_BLOCKS.index("**V. KINH PHÍ THỰC HIỆN**") : DT_BLOCKS.index("**V. KINH PHÍ THỰC HIỆN**")
] = [
    "**8. Truyền thông chuyên đề theo các sự kiện trong năm**",
    "- Hưởng ứng Ngày Quốc tế Phụ nữ (8/3), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10), Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) bằng các hình thức phù hợp như mít tinh, diễu hành, tọa đàm, sân khấu hóa, thi tìm hiểu trực tuyến.",
    "- Tổ chức Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12) với chủ đề do Bộ Nội vụ hướng dẫn hằng năm; ưu tiên hoạt động tại ấp, khóm, trường học và doanh nghiệp.",
]
DT_BLOCKS[
    DT_BLOCKS.index("**VI. TỔ CHỨC THỰC HIỆN**") : DT_BLOCKS.index("**VI. TỔ CHỨC THỰC HIỆN**")
] = [
    "Khuyến khích các cơ quan, đơn vị, địa phương chủ động huy động thêm nguồn lực xã hội hóa để triển khai các mô hình, hoạt động hỗ trợ phụ nữ, trẻ em gái; việc quản lý, sử dụng, thanh quyết toán kinh phí thực hiện theo đúng quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.",
]
