"""Blind test plans r11b: three commune/ward plans (2026-2030 .pdf, 2026 .docx, 2027 .txt).

Written from the format spec and real plans only; each plan's expected JSON is hand-checked.
Blocks follow ../blind3/render.py; ("li", style, text) is a Word list paragraph (style
'List Number' / 'List Bullet') used by make_plans_r11b.py for .docx output.
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
# Plan 1: Phường An Thạnh (Đồng Tháp), 2026-2030, PDF
# ---------------------------------------------------------------------------
_A_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        "a",
        [
            (
                "Phấn đấu đến năm 2030 có từ 75% trở lên các cơ quan, đơn vị thuộc Ủy ban nhân dân phường có lãnh đạo chủ chốt là nữ.",
                [T(75, "%", ">=", 2030)],
            ),
            ("Tỷ lệ nữ đại biểu Hội đồng nhân dân phường đạt trên 35%.", [T(35, "%", ">", 2030)]),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        "b",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương trên địa bàn phường đạt 55% vào năm 2028 và đạt 60% vào năm 2030.",
                [T(55, "%", ">=", 2028), T(60, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã, chủ hộ kinh doanh trên địa bàn phường đạt ít nhất 30% vào năm 2030.",
                [T(30, "%", ">=", 2030)],
            ),
            (
                "Đến năm 2030, có ít nhất 45% lao động nữ trong độ tuổi lao động có nhu cầu được hỗ trợ đào tạo nghề, chuyển đổi việc làm.",
                [T(45, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "c",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới từ 1,8 lần (năm 2025) xuống còn 1,4 lần vào năm 2030.",
                [T(1.4, "times", "<=", 2030, baseline=1.8)],
            ),
            (
                "Đến năm 2030, 95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 90% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(95, "%", ">=", 2030, label="người bị bạo lực"),
                    T(90, "%", ">=", 2030, label="người gây bạo lực"),
                ],
            ),
            (
                "100% khu phố có mô hình, câu lạc bộ phòng, chống bạo lực gia đình hoạt động hiệu quả.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        "d",
        [
            (
                "Tỷ số giới tính khi sinh không vượt quá 109 bé trai/100 bé gái sinh ra sống.",
                [T(109, "boys_per_100_girls", "<=", 2030)],
            ),
            (
                "Duy trì tỷ suất sinh ở vị thành niên dưới 10 ca sinh/1.000 phụ nữ.",
                [T(10, "per_1000_women", "<", 2030)],
            ),
            (
                "Phấn đấu 98% phụ nữ mang thai được khám thai ít nhất 04 lần trong thai kỳ vào năm 2030.",
                [T(98, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        "đ",
        [
            (
                "Từ năm 2027 trở đi, 100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường lồng ghép nội dung giáo dục về giới, bình đẳng giới trong các hoạt động giáo dục.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình giáo dục tiểu học đạt 100%; tỷ lệ hoàn thành chương trình trung học cơ sở đạt từ 97% trở lên.",
                [
                    T(100, "%", ">=", 2030, label="tiểu học"),
                    T(97, "%", ">=", 2030, label="trung học cơ sở"),
                ],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        "e",
        [
            (
                "Đến năm 2030 đạt 85% dân số trên địa bàn phường được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(85, "%", ">=", 2030)],
            ),
            (
                "100% khu phố mỗi quý có ít nhất 02 tin, bài về bình đẳng giới trên hệ thống loa truyền thanh, nhóm mạng xã hội của khu phố.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Trang thông tin điện tử của phường mỗi tháng có ít nhất 01 tin, bài tuyên truyền về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới.",
                [T(1, "items_per_month", ">=", 2030)],
            ),
        ],
    ),
]


def _objectives(objs):
    out = []
    for code, title, _letter, inds in objs:
        out.append(
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": f"{code}.{i + 1}", "text": text, "targets": targets}
                    for i, (text, targets) in enumerate(inds)
                ],
            }
        )
    return out


def _a_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN THẠNH", "", "Số: 87/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "An Thạnh, ngày 09 tháng 6 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn phường An Thạnh**",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh;",
        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội phường tại Tờ trình số 41/TTr-VHXH ngày 02/6/2026.",
        "Ủy ban nhân dân phường An Thạnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn phường, với các nội dung cụ thể như sau:",
        "**I. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025**",
        "**1. Kết quả đạt được**",
        "Giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn phường An Thạnh, phường Mỹ Phú (cũ) và xã An Bình (cũ), nay là phường An Thạnh, được cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo; nhận thức của cán bộ, đảng viên và Nhân dân về bình đẳng giới có chuyển biến tích cực. Đến cuối năm 2025, tỷ lệ nữ đại biểu Hội đồng nhân dân nhiệm kỳ 2021 - 2026 đạt 31,4%; có 05/09 cơ quan, đơn vị có lãnh đạo chủ chốt là nữ.",
        "Trong lĩnh vực kinh tế, lao động, tỷ lệ lao động nữ làm công hưởng lương năm 2025 đạt 51,2%; có 1.146 lượt hội viên phụ nữ được vay vốn từ Ngân hàng Chính sách xã hội với tổng dư nợ 38,6 tỷ đồng; 412 lao động nữ được đào tạo nghề ngắn hạn. Tỷ lệ nữ chủ doanh nghiệp, chủ hộ kinh doanh đạt 27,9%.",
        "Trong 05 năm, trên địa bàn phát hiện 47 vụ bạo lực gia đình; 100% người bị bạo lực được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ; 38/47 người gây bạo lực được tư vấn, giáo dục tại cộng đồng. Toàn phường duy trì 14 câu lạc bộ gia đình phát triển bền vững và 09 địa chỉ tin cậy ở cộng đồng.",
        "Tỷ số giới tính khi sinh năm 2025 là 111,8 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên là 11 ca sinh/1.000 phụ nữ; 96,4% phụ nữ mang thai được khám thai từ 04 lần trở lên. Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%, trung học cơ sở đạt 96,1%.",
        "**2. Tồn tại, hạn chế**",
        "Tỷ lệ nữ tham gia cấp ủy, lãnh đạo chủ chốt còn thấp so với tiềm năng; định kiến giới trong phân công lao động gia đình vẫn còn phổ biến, thời gian làm việc nhà không được trả công của phụ nữ còn gấp 1,8 lần nam giới. Việc thu thập số liệu thống kê có tách biệt giới ở một số đơn vị chưa đầy đủ; kinh phí bố trí cho công tác bình đẳng giới còn hạn chế; đội ngũ làm công tác bình đẳng giới chủ yếu kiêm nhiệm, thường xuyên thay đổi sau sắp xếp bộ máy.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của tỉnh phù hợp với điều kiện thực tế của phường sau khi sắp xếp đơn vị hành chính và vận hành mô hình chính quyền địa phương hai cấp.",
        "Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và Nhân dân về bình đẳng giới; tạo chuyển biến rõ nét trong thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong các lĩnh vực đời sống xã hội và gia đình.",
        "**2. Yêu cầu**",
        "- Các cơ quan, đơn vị thuộc phường, Ban điều hành các khu phố xác định rõ nhiệm vụ được giao, chủ động xây dựng kế hoạch và tổ chức triển khai thực hiện bảo đảm đồng bộ, thiết thực, hiệu quả.",
        "- Tăng cường phối hợp giữa các cơ quan chuyên môn với Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội; định kỳ kiểm tra, đánh giá kết quả thực hiện; số liệu báo cáo phải có sự tách biệt giới.",
        "- Việc triển khai Kế hoạch phải gắn với thực hiện Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030 và kế hoạch phát triển kinh tế - xã hội 05 năm 2026 - 2030 của phường; lồng ghép với các chương trình, đề án về giảm nghèo bền vững, xây dựng đô thị văn minh.",
        "- Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân phường về kết quả thực hiện các chỉ tiêu được phân công theo dõi.",
        "**III. MỤC TIÊU**",
        "**1. Mục tiêu tổng quát**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội; góp phần xây dựng phường An Thạnh phát triển nhanh, bền vững, văn minh.",
        "**2. Mục tiêu cụ thể**",
    ]
    for code, title, letter, inds in _A_OBJ:
        b.append(f"**{letter}) Mục tiêu {code}: {title}**")
        for i, (text, _t) in enumerate(inds):
            b.append(f"- Chỉ tiêu {i + 1}: {text}")
    b += [
        "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
        "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác hằng năm của phường; đề cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong việc thực hiện các biện pháp thúc đẩy bình đẳng giới.",
        "2. Thực hiện công tác cán bộ nữ: hằng năm rà soát, bổ sung quy hoạch, ưu tiên đào tạo, bồi dưỡng cán bộ nữ trẻ; quan tâm bố trí cán bộ nữ tại các đơn vị có từ 30% cán bộ, công chức nữ trở lên nhưng chưa có lãnh đạo chủ chốt là nữ.",
        "3. Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp, tiếp cận nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội; phối hợp với các cơ sở giáo dục nghề nghiệp mở lớp đào tạo nghề ngắn hạn, kỹ năng thương mại điện tử cho lao động nữ.",
        "4. Củng cố, duy trì hoạt động của các câu lạc bộ gia đình phát triển bền vững, nhóm phòng, chống bạo lực gia đình, địa chỉ tin cậy ở cộng đồng; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực; công khai số điện thoại đường dây nóng tại trụ sở khu phố.",
        "5. Tuyên truyền, nâng cao nhận thức về chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình; nghiêm cấm lựa chọn giới tính thai nhi; tư vấn sức khỏe sinh sản cho vị thành niên, thanh niên trong các trường học.",
        "6. Đẩy mạnh thông tin, truyền thông về bình đẳng giới; tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (8/3), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm); mỗi năm tổ chức ít nhất 02 hội nghị tuyên truyền tại cộng đồng.",
        "7. Nâng cao năng lực cho đội ngũ cán bộ, công chức làm công tác bình đẳng giới; thực hiện thu thập, cập nhật số liệu thống kê có tách biệt giới phục vụ cơ sở dữ liệu thống kê về giới của tỉnh.",
        "8. Nhóm giải pháp cụ thể theo từng lĩnh vực:",
        "a) Lĩnh vực chính trị: Thực hiện nghiêm quy định về tỷ lệ cán bộ nữ trong quy hoạch; giới thiệu nữ ứng cử đại biểu Hội đồng nhân dân phường nhiệm kỳ 2026 - 2031 bảo đảm tỷ lệ theo hướng dẫn; tổ chức tập huấn kỹ năng lãnh đạo, quản lý cho cán bộ nữ trong quy hoạch.",
        "b) Lĩnh vực kinh tế, lao động: Phối hợp tổ chức phiên giao dịch việc làm lưu động tại phường ít nhất 01 lần/năm; hỗ trợ phụ nữ đăng ký hộ kinh doanh, tham gia sàn thương mại điện tử; ưu tiên lao động nữ thuộc hộ nghèo, hộ cận nghèo khi xét chọn tham gia các dự án sinh kế.",
        "c) Lĩnh vực gia đình và phòng ngừa bạo lực: Rà soát, nắm danh sách hộ gia đình có nguy cơ xảy ra bạo lực; tổ chức đối thoại chính sách với nam giới về chia sẻ công việc gia đình; phối hợp các cơ sở trợ giúp xã hội của tỉnh tiếp nhận, chuyển gửi người bị bạo lực khi có yêu cầu.",
        "d) Lĩnh vực y tế: Tăng cường quản lý thai sản, tư vấn dinh dưỡng cho phụ nữ mang thai và nuôi con nhỏ; xử lý nghiêm các hành vi tuyên truyền, phổ biến phương pháp tạo giới tính thai nhi; truyền thông về sức khỏe sinh sản vị thành niên tại các trường học.",
        "đ) Lĩnh vực giáo dục, đào tạo: Lồng ghép giáo dục giới tính, kỹ năng sống, phòng, chống xâm hại trẻ em trong hoạt động trải nghiệm; vận động học sinh có hoàn cảnh khó khăn tiếp tục đến trường; khuyến khích nữ giáo viên tham gia học tập nâng cao trình độ.",
        "e) Lĩnh vực thông tin, truyền thông: Xây dựng chuyên mục “Bình đẳng giới và gia đình” trên Trang thông tin điện tử của phường; biên soạn tin, bài ngắn phát trên loa truyền thanh khu phố; tận dụng các nhóm Zalo của khu phố để thông tin kịp thời chính sách, pháp luật về bình đẳng giới.",
        "**V. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của phường theo phân cấp ngân sách hiện hành; lồng ghép từ các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và huy động từ các nguồn hợp pháp khác theo quy định của pháp luật.",
        "Hằng năm, các cơ quan, đơn vị được giao nhiệm vụ xây dựng dự toán kinh phí thực hiện gửi Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp, trình Ủy ban nhân dân phường xem xét, quyết định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "1. Phòng Văn hóa - Xã hội",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị, Ban điều hành các khu phố tham mưu Ủy ban nhân dân phường tổ chức triển khai thực hiện Kế hoạch; hướng dẫn, đôn đốc, kiểm tra việc thực hiện.",
        "- Chủ trì, theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 1; các chỉ tiêu thuộc Mục tiêu 3; Chỉ tiêu 1 (Mục tiêu 6) của Kế hoạch.",
        "- Tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm; đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
        "2. Phòng Kinh tế, Hạ tầng và Đô thị",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch; lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội hằng năm của phường.",
        "- Chịu trách nhiệm theo dõi và báo cáo kết quả thực hiện chỉ tiêu 1, 2, 3 thuộc Mục tiêu 2.",
        "- Phối hợp với Phòng Văn hóa - Xã hội thu thập số liệu phục vụ đánh giá Chỉ tiêu 1 Mục tiêu 3.",
        "3. Trạm Y tế phường",
        "- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; tuyên truyền kiểm soát mất cân bằng giới tính khi sinh.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu của Mục tiêu 4.",
        "- Phối hợp cung cấp số liệu về người bị bạo lực được hỗ trợ y tế để theo dõi Chỉ tiêu 2 Mục tiêu 3.",
        "4. Công an phường",
        "- Chủ trì tiếp nhận, xác minh, xử lý các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em và mua bán người trên địa bàn.",
        "- Phối hợp với Phòng Văn hóa - Xã hội theo dõi, tổng hợp số liệu về người gây bạo lực thuộc Chỉ tiêu 2 Mục tiêu 3.",
        "5. Các trường học trên địa bàn phường",
        "Lồng ghép nội dung giáo dục về giới, bình đẳng giới, kỹ năng phòng, chống xâm hại trong các hoạt động giáo dục; chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 1, 2 Mục tiêu 5.",
        "6. Trung tâm Cung ứng dịch vụ công phường",
        "Quản lý, vận hành hệ thống truyền thanh, Trang thông tin điện tử của phường; theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 2, Chỉ tiêu 3 của Mục tiêu 6.",
        "7. Văn phòng HĐND và UBND phường",
        "Tham mưu Ủy ban nhân dân phường đưa nội dung bình đẳng giới vào chương trình công tác; bảo đảm điều kiện phục vụ các hội nghị sơ kết, tổng kết thực hiện Kế hoạch.",
        "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội",
        "Tham gia tuyên truyền, vận động Nhân dân thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; giới thiệu cán bộ nữ có năng lực để quy hoạch, đào tạo.",
        "9. Hội Liên hiệp Phụ nữ phường",
        "Phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị theo dõi Chỉ tiêu 2 Mục tiêu 2; hỗ trợ hội viên phụ nữ thành lập, điều hành tổ hợp tác, hộ kinh doanh.",
        "10. Ban điều hành các khu phố",
        "Tổ chức tuyên truyền, triển khai Kế hoạch tại khu phố; xây dựng kế hoạch thực hiện hằng năm, gửi về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trước ngày 31/01 hằng năm.",
        "**VII. CHẾ ĐỘ BÁO CÁO**",
        "1. Báo cáo định kỳ",
        "- Báo cáo 6 tháng: Các cơ quan, đơn vị, Ban điều hành các khu phố gửi báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) trước ngày 05/6 hằng năm; Phòng Văn hóa - Xã hội tổng hợp, tham mưu Ủy ban nhân dân phường báo cáo Sở Nội vụ trước ngày 10/6 hằng năm.",
        "- Báo cáo năm: Các cơ quan, đơn vị, Ban điều hành các khu phố gửi báo cáo trước ngày 05/12 hằng năm; Phòng Văn hóa - Xã hội tổng hợp, tham mưu báo cáo Sở Nội vụ trước ngày 10/12 hằng năm.",
        "- Báo cáo đột xuất theo yêu cầu của cấp trên.",
        "2. Sơ kết, tổng kết",
        "- Năm 2028, Phòng Văn hóa - Xã hội tham mưu Ủy ban nhân dân phường tổ chức sơ kết giữa kỳ thực hiện Kế hoạch.",
        "- Các cơ quan, đơn vị, Ban điều hành các khu phố gửi báo cáo tổng kết giai đoạn 2026 - 2030 trước ngày 15/9/2030; Phòng Văn hóa - Xã hội tổng hợp, báo cáo Ủy ban nhân dân phường và Sở Nội vụ trước ngày 30/9/2030.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn phường An Thạnh. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo Ủy ban nhân dân phường xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Sở Nội vụ (b/c);",
                "- TT Đảng ủy, TT HĐND phường;",
                "- CT, các PCT UBND phường;",
                "- UBMTTQVN phường;",
                "- Các cơ quan, đơn vị tại Mục VI;",
                "- Lưu: VT, VHXH.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Mỹ Linh"],
        ),
    ]
    return b


PLAN_A = {
    "name": "r11b-an-thanh-2026-2030",
    "ext": "pdf",
    "blocks": _a_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn phường An Thạnh",
        "issuer": "UBND phường An Thạnh",
        "level": "commune",
        "area": "An Thạnh",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
        ],
        "parent": "Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Đồng Tháp",
        "objectives": _objectives(_A_OBJ),
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", ["1.1", "1.2", "3.1", "3.2", "3.3", "6.1"]),
            A("Phòng Kinh tế, Hạ tầng và Đô thị", "lead", ["2.1", "2.2", "2.3"]),
            A("Phòng Kinh tế, Hạ tầng và Đô thị", "support", ["3.1"]),
            A("Trạm Y tế phường", "lead", ["4.1", "4.2", "4.3"]),
            A("Trạm Y tế phường", "support", ["3.2"]),
            A("Công an phường", "support", ["3.2"]),
            A("Các trường học trên địa bàn phường", "lead", ["5.1", "5.2"]),
            A("Trung tâm Cung ứng dịch vụ công phường", "lead", ["6.2", "6.3"]),
            A("Hội Liên hiệp Phụ nữ phường", "support", ["2.2"]),
        ],
        "reporting": [
            R("plan", "units", "01-31"),
            R("semiannual", "units", "06-05"),
            R("semiannual", "consolidator", "06-10"),
            R("annual", "units", "12-05"),
            R("annual", "consolidator", "12-10"),
            R("midterm", "consolidator", "2028"),
            R("final", "units", "2030-09-15"),
            R("final", "consolidator", "2030-09-30"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 2: Xã Hưng Thịnh (Nghệ An), năm 2026, DOCX with an indicator table
# ---------------------------------------------------------------------------
# (code, title, [(text, unit col, result 2025, target 2026, targets)])
_B_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Tỷ lệ cơ quan, đơn vị thuộc UBND xã có lãnh đạo chủ chốt là nữ",
                "%",
                "50",
                "60",
                [T(60, "%", ">=", 2026, baseline=50)],
            ),
            (
                "Tỷ lệ nữ trong tổng số cán bộ, công chức xã được quy hoạch các chức danh lãnh đạo, quản lý",
                "%",
                "31,5",
                "≥ 35",
                [T(35, "%", ">=", 2026, baseline=31.5)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                "Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề, chuyển đổi nghề phù hợp với nhu cầu",
                "%",
                "46",
                "> 50",
                [T(50, "%", ">", 2026, baseline=46)],
            ),
            (
                "Số lao động nữ được tạo việc làm mới trong năm (kể cả đi làm việc ở nước ngoài theo hợp đồng)",
                "người",
                "105",
                "≥ 120",
                [T(120, "count", ">=", 2026, baseline=105)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
                "%",
                "85",
                "90",
                [T(90, "%", ">=", 2026, baseline=85)],
            ),
            (
                "Tỷ lệ người gây bạo lực gia đình được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "%",
                "80",
                "85",
                [T(85, "%", ">=", 2026, baseline=80)],
            ),
            (
                "Tỷ lệ xóm có câu lạc bộ, nhóm phòng, chống bạo lực gia đình duy trì sinh hoạt",
                "%",
                "90",
                "100",
                [T(100, "%", ">=", 2026, baseline=90)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh",
                "bé trai/100 bé gái",
                "115,3",
                "Dưới 112",
                [T(112, "boys_per_100_girls", "<", 2026, baseline=115.3)],
            ),
            (
                "Tỷ lệ phụ nữ mang thai được khám thai từ 04 lần trở lên trong thai kỳ",
                "%",
                "92,5",
                "95",
                [T(95, "%", ">=", 2026, baseline=92.5)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên",
                "ca sinh/1.000 phụ nữ",
                "14",
                "≤ 12",
                [T(12, "per_1000_women", "<=", 2026, baseline=14)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình giáo dục tiểu học",
                "%",
                "99,6",
                "100",
                [T(100, "%", ">=", 2026, baseline=99.6)],
            ),
            (
                "Nội dung về giới, bình đẳng giới được lồng ghép trong hoạt động trải nghiệm, ngoại khóa tại các trường trên địa bàn xã",
                "-",
                "Đã thực hiện",
                "Duy trì thực hiện",
                [T(None, "bool", "=", 2026)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Tỷ lệ xóm có tin, bài tuyên truyền về bình đẳng giới trên hệ thống loa truyền thanh, mỗi quý ít nhất 02 tin, bài",
                "%",
                "85",
                "100",
                [T(100, "%", ">=", 2026, baseline=85)],
            ),
            (
                "Số tin, bài về bình đẳng giới đăng trên Trang thông tin điện tử của xã",
                "tin, bài/quý",
                "2",
                "≥ 03",
                [T(3, "items_per_quarter", ">=", 2026, baseline=2)],
            ),
        ],
    ),
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _b_table():
    rows = [["TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"]]
    merges = []
    for k, (code, title, inds) in enumerate(_B_OBJ):
        rows.append([_ROMAN[k], f"Mục tiêu {code}: {title}", "", "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        for i, (text, unit, res, tgt, _t) in enumerate(inds):
            rows.append([str(i + 1), text, unit, res, tgt])
    return ("table", rows, merges)


def _b_blocks():
    return [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ HƯNG THỊNH", "", "Số: 52/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Hưng Thịnh, ngày 14 tháng 5 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Hưng Thịnh năm 2026**",
        "Thực hiện Luật Bình đẳng giới năm 2006; Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Kế hoạch số 305/KH-UBND ngày 21/4/2026 của UBND tỉnh Nghệ An về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026; căn cứ tình hình thực tế tại địa phương, UBND xã Hưng Thịnh xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Triển khai đồng bộ, kịp thời các nhiệm vụ, chỉ tiêu về bình đẳng giới năm 2026 theo hướng dẫn của tỉnh; tăng cường vai trò, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "2. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về bình đẳng giới; từng bước xóa bỏ định kiến giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới, nhất là ở các xóm vùng giáo, vùng sâu của xã.",
        "3. Các nhiệm vụ phải gắn với chức năng, nhiệm vụ của từng ban, ngành, đoàn thể; số liệu theo dõi, báo cáo phải được tách biệt theo giới tính, bảo đảm chính xác, kịp thời.",
        "4. Đánh giá đúng thực trạng công tác bình đẳng giới năm 2025: năm 2025, toàn xã có 03/06 cơ quan, đơn vị có lãnh đạo chủ chốt là nữ; phát hiện 07 vụ bạo lực gia đình, trong đó 06 người bị bạo lực được hỗ trợ tư vấn, chăm sóc y tế; tỷ số giới tính khi sinh còn ở mức cao (115,3 bé trai/100 bé gái); còn 04 trường hợp tảo hôn ở các xóm vùng cao. Đây là những nội dung cần tập trung chỉ đạo trong năm 2026.",
        "5. Nguyên nhân của những hạn chế nêu trên chủ yếu do một bộ phận Nhân dân, nhất là ở các xóm vùng cao, còn tư tưởng trọng nam khinh nữ, muốn sinh con trai để nối dõi; công tác tuyên truyền có lúc chưa thường xuyên, hình thức chưa phong phú; cán bộ làm công tác bình đẳng giới kiêm nhiệm nhiều việc, mới được phân công sau khi sắp xếp tổ chức bộ máy; kinh phí bố trí cho hoạt động bình đẳng giới còn hạn hẹp. Vì vậy, năm 2026 các ban, ngành, đoàn thể cần tập trung khắc phục, đổi mới cách làm, hướng mạnh về cơ sở, về từng hộ gia đình.",
        "6. Việc triển khai Kế hoạch phải gắn với thực hiện các phong trào thi đua của xã, Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và Chương trình mục tiêu quốc gia xây dựng nông thôn mới; kết quả thực hiện công tác bình đẳng giới là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm của các ban, ngành, đoàn thể và các xóm.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới; tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; góp phần thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2026 của xã. Tạo chuyển biến rõ nét trong nhận thức, hành vi của các tầng lớp Nhân dân về vai trò của phụ nữ và nam giới trong gia đình và xã hội; từng bước xóa bỏ các hủ tục, tập quán lạc hậu, tình trạng tảo hôn ở các xóm vùng cao; nâng cao đời sống vật chất, tinh thần cho phụ nữ, nhất là phụ nữ thuộc hộ nghèo, phụ nữ đơn thân, phụ nữ khuyết tật.",
        "**2. Mục tiêu, chỉ tiêu cụ thể năm 2026**",
        "Phấn đấu thực hiện đạt và vượt các chỉ tiêu bình đẳng giới năm 2026 theo biểu dưới đây:",
        _b_table(),
        "*(Các chỉ tiêu tính theo số liệu thống kê của xã đến ngày 30/11/2026; số liệu có phân tách theo giới tính.)*",
        "**III. NHIỆM VỤ TRỌNG TÂM**",
        "Để thực hiện đạt các chỉ tiêu trên, UBND xã xác định các nhiệm vụ trọng tâm năm 2026 như sau:",
        (
            "li",
            "List Number",
            "Tổ chức quán triệt, tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022 và các văn bản hướng dẫn đến cán bộ, đảng viên và Nhân dân; lồng ghép nội dung bình đẳng giới trong sinh hoạt chi bộ, sinh hoạt các đoàn thể ở xóm.",
        ),
        (
            "li",
            "List Number",
            "Rà soát, bổ sung quy hoạch cán bộ nữ; quan tâm đào tạo, bồi dưỡng cán bộ nữ trẻ, cán bộ nữ là người có uy tín trong cộng đồng; phấn đấu các xóm có ít nhất 01 nữ trong Ban Chi ủy hoặc Ban cán sự xóm.",
        ),
        (
            "li",
            "List Number",
            "Phối hợp với Ngân hàng Chính sách xã hội và Quỹ hỗ trợ phụ nữ phát triển tạo điều kiện cho phụ nữ, nhất là phụ nữ thuộc hộ nghèo, cận nghèo được vay vốn phát triển sản xuất; mở 02 lớp dạy nghề may công nghiệp, chế biến nông sản cho lao động nữ.",
        ),
        (
            "li",
            "List Number",
            "Duy trì hoạt động của các câu lạc bộ, nhóm phòng, chống bạo lực gia đình, mô hình “Địa chỉ tin cậy” ở cộng đồng; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực, nhất là phụ nữ và trẻ em.",
        ),
        (
            "li",
            "List Number",
            "Đẩy mạnh truyền thông về dân số, sức khỏe sinh sản; không lựa chọn giới tính thai nhi; tư vấn, khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên.",
        ),
        (
            "li",
            "List Number",
            "Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12/2026) với hình thức phù hợp, thiết thực.",
        ),
        (
            "li",
            "List Number",
            "Cử cán bộ, công chức phụ trách công tác bình đẳng giới tham gia các lớp tập huấn do tỉnh tổ chức; cập nhật số liệu thống kê về giới của xã vào hệ thống báo cáo của tỉnh.",
        ),
        (
            "li",
            "List Number",
            "Lồng ghép nội dung bình đẳng giới trong xây dựng hương ước, quy ước của các xóm, trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và xây dựng nông thôn mới nâng cao; biểu dương các gia đình tiêu biểu trong thực hiện bình đẳng giới, nam giới chia sẻ công việc gia đình.",
        ),
        (
            "li",
            "List Number",
            "Tổ chức kiểm tra việc thực hiện pháp luật về bình đẳng giới tại ít nhất 03 xóm và 02 trường học trong năm; kịp thời hướng dẫn, chấn chỉnh những hạn chế, thiếu sót; giải quyết các đơn thư, kiến nghị liên quan đến bình đẳng giới theo đúng quy định.",
        ),
        (
            "li",
            "List Number",
            "Triển khai các hoạt động của Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” tại các xóm đồng bào dân tộc thiểu số: duy trì 02 “Tổ truyền thông cộng đồng”, 01 “Câu lạc bộ thủ lĩnh của sự thay đổi” tại trường Trung học cơ sở.",
        ),
        (
            "li",
            "List Number",
            "Phối hợp với Trung tâm Y tế khu vực tổ chức khám sàng lọc ung thư vú, ung thư cổ tử cung cho phụ nữ từ 30 đến 54 tuổi; tư vấn chăm sóc sức khỏe cho người cao tuổi là nữ sống một mình.",
        ),
        (
            "li",
            "List Number",
            "Rà soát, cập nhật danh sách phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ đơn thân nuôi con nhỏ, phụ nữ khuyết tật để có biện pháp hỗ trợ phù hợp; phối hợp với Hội Chữ thập đỏ xã vận động các nhà hảo tâm trao tặng quà, học bổng cho trẻ em gái có hoàn cảnh khó khăn nhân dịp khai giảng năm học mới.",
        ),
        (
            "li",
            "List Number",
            "Nâng cao chất lượng hoạt động của Ban Vì sự tiến bộ của phụ nữ xã; phân công thành viên phụ trách từng xóm; định kỳ 06 tháng họp đánh giá tình hình, tiến độ thực hiện Kế hoạch và đề xuất với UBND xã các giải pháp tháo gỡ khó khăn, vướng mắc.",
        ),
        (
            "li",
            "List Number",
            "Ứng dụng công nghệ thông tin trong tuyên truyền: xây dựng nhóm Zalo “Gia đình bình đẳng” tại từng xóm; phát hành các video clip ngắn, infographic về phòng, chống bạo lực gia đình, tảo hôn trên Trang thông tin điện tử và trang mạng xã hội chính thức của xã.",
        ),
        "**IV. KIỂM TRA, KHEN THƯỞNG**",
        "UBND xã thành lập đoàn kiểm tra liên ngành do Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội làm trưởng đoàn để kiểm tra việc triển khai Kế hoạch tại các xóm, các đơn vị. Cuối năm, trên cơ sở kết quả thực hiện, UBND xã xem xét khen thưởng từ 02 đến 03 tập thể và 03 đến 05 cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "Hình thức khen thưởng thực hiện theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; ưu tiên khen thưởng các tập thể, cá nhân trực tiếp làm công tác hòa giải, hỗ trợ người bị bạo lực ở cơ sở, các gia đình có nam giới tích cực chia sẻ công việc nội trợ, chăm sóc con cái, các nữ chủ hộ tiêu biểu trong phát triển kinh tế.",
        "**V. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách xã năm 2026 đã giao cho các ban, ngành, đoàn thể; lồng ghép trong các chương trình mục tiêu quốc gia và huy động các nguồn xã hội hóa hợp pháp khác.",
        "Các ban, ngành, đoàn thể được giao nhiệm vụ lập dự toán chi tiết các hoạt động, gửi Phòng Kinh tế thẩm định, tổng hợp trình Chủ tịch UBND xã phê duyệt; việc sử dụng, thanh quyết toán kinh phí thực hiện theo đúng quy định hiện hành của Luật Ngân sách nhà nước. Khuyến khích các doanh nghiệp, hợp tác xã, nhà hảo tâm trên địa bàn tham gia hỗ trợ kinh phí tổ chức các hoạt động.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        (
            "li",
            "List Bullet",
            "**Phòng Văn hóa - Xã hội:** Là cơ quan thường trực giúp UBND xã triển khai Kế hoạch; hướng dẫn, đôn đốc các ban, ngành, xóm thực hiện; tham mưu tổ chức các hoạt động hưởng ứng Tháng hành động; tổng hợp danh sách đề nghị khen thưởng; hướng dẫn các xóm ghi chép sổ theo dõi các vụ việc bạo lực gia đình; phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức các lớp tập huấn nâng cao kỹ năng tư vấn, hòa giải cho thành viên tổ hòa giải, tổ an ninh trật tự cơ sở; chủ trì tổ chức sơ kết 06 tháng, tổng kết năm việc thực hiện Kế hoạch. Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 3 và Mục tiêu 6 tại biểu chỉ tiêu nêu trên.",
        ),
        (
            "li",
            "List Bullet",
            "**Phòng Kinh tế:** Tham mưu bố trí kinh phí thực hiện Kế hoạch; triển khai các chính sách hỗ trợ sinh kế cho phụ nữ; phối hợp với các doanh nghiệp trên địa bàn giới thiệu việc làm cho lao động nữ; ưu tiên phụ nữ làm chủ hộ tham gia các mô hình sản xuất nông nghiệp hữu cơ; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 2.",
        ),
        (
            "li",
            "List Bullet",
            "**Trạm Y tế xã:** Chủ trì theo dõi và báo cáo các chỉ tiêu Mục tiêu 4; tổ chức tư vấn sức khỏe sinh sản, khám thai định kỳ cho phụ nữ mang thai; chỉ đạo đội ngũ cộng tác viên dân số, nhân viên y tế xóm thống kê đầy đủ số trẻ sinh ra theo giới tính; tăng cường kiểm tra các cơ sở hành nghề y tư nhân trên địa bàn, không để xảy ra tình trạng chẩn đoán, lựa chọn giới tính thai nhi.",
        ),
        (
            "li",
            "List Bullet",
            "**Công an xã:** Tiếp nhận, xử lý kịp thời các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em; phối hợp với Phòng Văn hóa - Xã hội theo dõi chỉ tiêu 1, 2 Mục tiêu 3.",
        ),
        (
            "li",
            "List Bullet",
            "**Các trường học trên địa bàn xã:** Lồng ghép giáo dục giới, bình đẳng giới, kỹ năng sống, phòng, chống xâm hại và bạo lực học đường trong các hoạt động giáo dục; duy trì tổ tư vấn tâm lý học đường; vận động học sinh có nguy cơ bỏ học trở lại lớp; chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu của Mục tiêu 5.",
        ),
        (
            "li",
            "List Bullet",
            "**Văn phòng HĐND và UBND xã:** Quản trị Trang thông tin điện tử của xã; phối hợp với Phòng Văn hóa - Xã hội đăng tải tin, bài và theo dõi chỉ tiêu 2 Mục tiêu 6.",
        ),
        (
            "li",
            "List Bullet",
            "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội:** Tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới tại địa phương. Đoàn Thanh niên xã chủ động tổ chức các diễn đàn, sân chơi cho thanh thiếu niên về tình yêu, hôn nhân, gia đình; Hội Nông dân, Hội Cựu chiến binh vận động hội viên nam chia sẻ công việc gia đình, gương mẫu không vi phạm pháp luật về phòng, chống bạo lực gia đình.",
        ),
        (
            "li",
            "List Bullet",
            "**Hội Liên hiệp Phụ nữ xã:** Phối hợp với Phòng Kinh tế theo dõi chỉ tiêu 2 Mục tiêu 2; giới thiệu cán bộ nữ có năng lực để quy hoạch, đào tạo.",
        ),
        (
            "li",
            "List Bullet",
            "**Ban cán sự các xóm:** Tổ chức tuyên truyền, triển khai các nội dung của Kế hoạch tại xóm; nắm tình hình, kịp thời báo cáo các vụ việc bạo lực gia đình phát sinh.",
        ),
        "**Chế độ báo cáo:** Các ban, ngành, đoàn thể, các trường học và Ban cán sự các xóm báo cáo kết quả thực hiện 6 tháng trước ngày 08/6 và báo cáo năm trước ngày 08/12 về UBND xã (qua Phòng Văn hóa - Xã hội). Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng trước ngày 12/6, báo cáo năm trước ngày 12/12. Báo cáo đột xuất thực hiện khi có yêu cầu.",
        "Quá trình tổ chức thực hiện, các đơn vị chủ động lồng ghép nội dung của Kế hoạch với các nhiệm vụ chuyên môn; số liệu báo cáo phải thống nhất với số liệu thống kê của xã, có sự tách biệt nam, nữ và được gửi kèm biểu mẫu theo hướng dẫn của Sở Nội vụ. Trường hợp có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về UBND xã (qua Phòng Văn hóa - Xã hội) để được hướng dẫn, giải quyết.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Hưng Thịnh năm 2026. Yêu cầu các ban, ngành, đoàn thể, các xóm nghiêm túc triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Sở Nội vụ tỉnh Nghệ An (b/c);",
                "- TT Đảng ủy xã (b/c);",
                "- TT HĐND xã;",
                "- CT, PCT UBND xã;",
                "- Các ban, ngành, đoàn thể;",
                "- Ban cán sự các xóm;",
                "- Lưu: VT.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Văn Quang"],
        ),
    ]


def _b_objectives():
    return [
        {
            "code": code,
            "title": title,
            "indicators": [
                {"code": f"{code}.{i + 1}", "text": text, "targets": t}
                for i, (text, _u, _r, _g, t) in enumerate(inds)
            ],
        }
        for code, title, inds in _B_OBJ
    ]


PLAN_B = {
    "name": "r11b-hung-thinh-2026",
    "ext": "docx",
    "blocks": _b_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Hưng Thịnh năm 2026",
        "issuer": "UBND xã Hưng Thịnh",
        "level": "commune",
        "area": "Hưng Thịnh",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Kế hoạch số 305/KH-UBND ngày 21/4/2026 của UBND tỉnh Nghệ An về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
        ],
        "parent": "Kế hoạch số 305/KH-UBND ngày 21/4/2026 của UBND tỉnh Nghệ An",
        "objectives": _b_objectives(),
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", ["1.1", "1.2", "3.1", "3.2", "3.3", "6.1", "6.2"]),
            A("Phòng Kinh tế", "lead", ["2.1", "2.2"]),
            A("Trạm Y tế xã", "lead", ["4.1", "4.2", "4.3"]),
            A("Công an xã", "support", ["3.1", "3.2"]),
            A("Các trường học trên địa bàn xã", "lead", ["5.1", "5.2"]),
            A("Văn phòng HĐND và UBND xã", "support", ["6.2"]),
            A("Hội Liên hiệp Phụ nữ xã", "support", ["2.2"]),
        ],
        "reporting": [
            R("semiannual", "units", "06-08"),
            R("annual", "units", "12-08"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "consolidator", "12-12"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 3: Xã Minh Long Thượng (Quảng Ngãi), năm 2027, TXT
# ---------------------------------------------------------------------------
# (code, title, single_unnumbered, [(text, targets)])
_C_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        True,
        [
            (
                "Năm 2027, tỷ lệ nữ cán bộ, công chức xã được cử đi đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị đạt ít nhất 40% tổng số lượt cán bộ, công chức được cử đi học.",
                [T(40, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường tiếp cận của phụ nữ nghèo ở vùng đồng bào dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
        False,
        [
            ("Tỷ lệ lao động nữ làm công hưởng lương đạt 35%.", [T(35, "%", ">=", 2027)]),
            (
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống còn 68%.",
                [T(68, "%", "<=", 2027)],
            ),
            (
                "Hỗ trợ đào tạo nghề, tập huấn chuyển giao khoa học kỹ thuật cho ít nhất 60 lao động nữ nông thôn.",
                [T(60, "count", ">=", 2027)],
            ),
        ],
    ),
    (
        "3",
        "Nâng cao chất lượng đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        False,
        [
            (
                "Năm 2027, phần đấu 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(85, "%", ">=", 2027, label="người bị bạo lực"),
                    T(70, "%", ">=", 2027, label="người gây bạo lực"),
                ],
            ),
            ("Giảm số cặp tảo hôn trên địa bàn xã xuống dưới 05 cặp.", [T(5, "count", "<", 2027)]),
            (
                "100% thôn có tổ hòa giải, địa chỉ tin cậy ở cộng đồng hoạt động thường xuyên.",
                [T(100, "%", ">=", 2027)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        False,
        [
            (
                "Tỷ số giới tính khi sinh ở mức 108 bé trai/100 bé gái sinh ra sống.",
                [T(108, "boys_per_100_girls", "=", 2027)],
            ),
            (
                "Tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có cán bộ y tế đỡ đạt trên 90%.",
                [T(90, "%", ">", 2027)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm từ 32 ca sinh/1.000 phụ nữ năm 2026 xuống còn 28 ca sinh/1.000 phụ nữ.",
                [T(28, "per_1000_women", "<=", 2027, baseline=32)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        True,
        [
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98%, hoàn thành cấp trung học cơ sở đạt 92%.",
                [
                    T(98, "%", ">=", 2027, label="tiểu học"),
                    T(92, "%", ">=", 2027, label="trung học cơ sở"),
                ],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        False,
        [
            (
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới đạt 65% trong năm 2027, phấn đấu đạt 80% vào năm 2030.",
                [T(65, "%", ">=", 2027), T(80, "%", ">=", 2030)],
            ),
            (
                "100% thôn mỗi quý tổ chức ít nhất 01 buổi sinh hoạt cộng đồng có lồng ghép nội dung bình đẳng giới, phòng, chống bạo lực gia đình.",
                [T(100, "%", ">=", 2027)],
            ),
            (
                "Đài truyền thanh xã phát ít nhất 04 tin, bài về bình đẳng giới mỗi tháng, có phát bằng tiếng dân tộc Hrê.",
                [T(4, "items_per_month", ">=", 2027)],
            ),
        ],
    ),
]


def _c_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ MINH LONG THƯỢNG", "Số: 19/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Minh Long Thượng, ngày 26 tháng 02 năm 2027",
            ],
        ),
        "KẾ HOẠCH",
        "Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ xã Minh Long Thượng năm 2027",
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "- Luật Bình đẳng giới ngày 29/11/2006;",
        "- Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "- Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "- Kế hoạch số 96/KH-UBND ngày 29/01/2027 của UBND tỉnh Quảng Ngãi về triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027;",
        "- Tình hình thực hiện công tác bình đẳng giới năm 2026 và điều kiện thực tế của địa phương.",
        "Xã Minh Long Thượng được thành lập trên cơ sở sắp xếp 03 xã cũ, diện tích tự nhiên 187,5 km², dân số 14.262 người, trong đó đồng bào dân tộc Hrê chiếm 83,6%; có 21 thôn. Năm 2026, công tác bình đẳng giới của xã đạt được một số kết quả: tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới ước đạt 58%; 17/21 thôn có tổ hòa giải hoạt động thường xuyên; số cặp tảo hôn giảm từ 11 cặp (năm 2025) xuống 08 cặp. Tuy nhiên, tỷ lệ lao động nữ làm nông nghiệp còn cao (72,4%), tỷ suất sinh ở vị thành niên còn ở mức 32 ca sinh/1.000 phụ nữ, một bộ phận Nhân dân còn tư tưởng trọng nam khinh nữ. Nguyên nhân là do địa bàn rộng, giao thông đi lại khó khăn, nhất là vào mùa mưa; trình độ dân trí không đồng đều; một số hủ tục lạc hậu vẫn còn tồn tại; đội ngũ cán bộ làm công tác bình đẳng giới chủ yếu kiêm nhiệm, chưa được đào tạo chuyên sâu; nguồn lực đầu tư cho công tác bình đẳng giới chủ yếu dựa vào Chương trình mục tiêu quốc gia.",
        "Trên cơ sở đó, UBND xã xây dựng Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 như sau:",
        "II. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Tiếp tục triển khai có hiệu quả Luật Bình đẳng giới, Chiến lược quốc gia về bình đẳng giới và Kế hoạch của UBND tỉnh trên địa bàn xã; góp phần thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "- Xóa bỏ dần các hủ tục, tập quán lạc hậu như tảo hôn, hôn nhân cận huyết thống, trọng nam khinh nữ; nâng cao vị thế của phụ nữ dân tộc thiểu số trong gia đình và cộng đồng.",
        "- Nâng cao năng lực, hiệu quả quản lý nhà nước về bình đẳng giới ở cơ sở; bảo đảm đội ngũ cán bộ, công chức, người hoạt động không chuyên trách ở thôn nắm vững kiến thức cơ bản về giới, bình đẳng giới, kỹ năng lồng ghép giới trong các hoạt động chuyên môn.",
        "- Hỗ trợ phụ nữ, nhất là phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ đơn thân nuôi con nhỏ được tiếp cận bình đẳng các nguồn lực phát triển kinh tế, các dịch vụ xã hội cơ bản như giáo dục, y tế, nước sạch, trợ giúp pháp lý.",
        "2. Yêu cầu",
        "- Các ban, ngành, đoàn thể, Ban nhân dân các thôn căn cứ Kế hoạch chủ động triển khai, lồng ghép vào nhiệm vụ chuyên môn; bảo đảm thiết thực, tránh hình thức.",
        "- Phát huy vai trò của già làng, người có uy tín trong đồng bào dân tộc thiểu số trong công tác tuyên truyền, vận động.",
        "- Việc theo dõi, thống kê, báo cáo các chỉ tiêu phải có sự tách biệt giới, thống nhất về số liệu giữa các ban, ngành và các thôn; kịp thời phản ánh khó khăn, vướng mắc trong quá trình thực hiện.",
        "III. MỤC TIÊU, CHỈ TIÊU",
        "1. Mục tiêu chung",
        "Tạo chuyển biến về nhận thức và hành động của cán bộ, Nhân dân về bình đẳng giới; thu hẹp khoảng cách giới trong các lĩnh vực của đời sống xã hội, nhất là trong lĩnh vực kinh tế, gia đình và giáo dục; góp phần giảm nghèo bền vững tại địa phương.",
        "2. Mục tiêu cụ thể năm 2027",
    ]
    for k, (code, title, single, inds) in enumerate(_C_OBJ):
        b.append(f"2.{k + 1}. Mục tiêu {code}: {title}")
        if single:
            b.append(f"Chỉ tiêu: {inds[0][0]}")
        else:
            for i, (text, _t) in enumerate(inds):
                b.append(f"+ Chỉ tiêu {i + 1}: {text}")
    b += [
        "IV. NHIỆM VỤ, GIẢI PHÁP",
        "1. Công tác lãnh đạo, chỉ đạo: Đưa nội dung bình đẳng giới vào nghị quyết, chương trình công tác năm 2027 của Đảng ủy, HĐND, UBND xã; phân công 01 công chức Văn hóa - Xã hội phụ trách công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.",
        "2. Công tác tuyên truyền: Tuyên truyền bằng song ngữ Việt - Hrê qua hệ thống truyền thanh, các buổi sinh hoạt cộng đồng, lễ hội truyền thống; cấp phát tờ rơi, pa-nô tại nhà văn hóa thôn; lồng ghép tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống trong các buổi họp thôn.",
        "3. Hỗ trợ phát triển kinh tế: Ưu tiên phụ nữ thuộc hộ nghèo, cận nghèo tiếp cận vốn vay từ Ngân hàng Chính sách xã hội và nguồn vốn Chương trình mục tiêu quốc gia; xây dựng 01 mô hình tổ hợp tác trồng quế, keo do phụ nữ làm chủ.",
        "4. Phòng ngừa, ứng phó bạo lực trên cơ sở giới: Kiện toàn tổ hòa giải ở các thôn; duy trì hoạt động của “Địa chỉ tin cậy”; kịp thời phát hiện, hỗ trợ người bị bạo lực và xử lý nghiêm các hành vi vi phạm.",
        "5. Y tế và giáo dục: Vận động phụ nữ mang thai khám thai định kỳ, sinh con tại cơ sở y tế; vận động học sinh trong độ tuổi, nhất là học sinh nữ đến trường, hạn chế tình trạng bỏ học giữa chừng.",
        "6. Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2027 với chủ đề do Bộ Nội vụ hướng dẫn.",
        "7. Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã sau sắp xếp; phân công thành viên phụ trách từng cụm thôn; duy trì họp định kỳ 06 tháng một lần để đánh giá tiến độ thực hiện các chỉ tiêu.",
        "8. Công tác kiểm tra, giám sát: Lồng ghép kiểm tra việc thực hiện pháp luật về bình đẳng giới với kiểm tra thực hiện Chương trình mục tiêu quốc gia tại các thôn; ưu tiên kiểm tra các thôn có tỷ lệ tảo hôn cao; kịp thời giải quyết đơn thư, kiến nghị của Nhân dân.",
        "9. Các hoạt động cụ thể trong năm:",
        "- Tháng 3: Tổ chức gặp mặt nhân Ngày Quốc tế Phụ nữ 8/3 gắn với tuyên dương phụ nữ tiêu biểu người dân tộc thiểu số.",
        "- Tháng 6: Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Ngày Gia đình Việt Nam 28/6; tổ chức 01 hội thi “Gia đình hạnh phúc” cấp xã.",
        "- Quý III: Mở 02 lớp tập huấn kỹ năng truyền thông cho trưởng thôn, chi hội trưởng phụ nữ, người có uy tín; mở 01 lớp dạy nghề đan lát truyền thống cho phụ nữ.",
        "- Tháng 10 - 12: Tổ chức các hoạt động nhân Ngày Phụ nữ Việt Nam 20/10, Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; tổ chức diễu hành, cổ động tại trung tâm xã.",
        "10. Giải pháp đối với từng lĩnh vực:",
        "- Về chính trị: Thực hiện quy hoạch cán bộ nữ là người dân tộc thiểu số; cử cán bộ nữ trẻ tham gia các lớp trung cấp lý luận chính trị; bố trí cán bộ nữ đảm nhận các chức danh ở thôn khi kiện toàn.",
        "- Về kinh tế, lao động: Lồng ghép các dự án sinh kế thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững; hỗ trợ giống cây, con và hướng dẫn kỹ thuật cho hộ phụ nữ làm chủ; giới thiệu lao động nữ đi làm việc tại các khu công nghiệp trong tỉnh.",
        "- Về gia đình: Xây dựng mô hình “Gia đình không tảo hôn”, “Thôn không có bạo lực gia đình”; đưa nội dung phòng, chống tảo hôn vào hương ước, quy ước của thôn; biểu dương gia đình văn hóa tiêu biểu.",
        "- Về y tế: Duy trì hoạt động của cô đỡ thôn bản; tổ chức chiến dịch truyền thông lồng ghép cung cấp dịch vụ sức khỏe sinh sản, kế hoạch hóa gia đình tại các thôn vùng sâu; tư vấn sức khỏe tiền hôn nhân cho vị thành niên, thanh niên.",
        "- Về giáo dục: Duy trì phổ cập giáo dục tiểu học, trung học cơ sở; thực hiện tốt chính sách hỗ trợ học sinh bán trú; vận động học sinh nữ tiếp tục học lên trung học phổ thông, giáo dục nghề nghiệp.",
        "- Về thông tin, truyền thông: Biên soạn tài liệu tuyên truyền bằng tiếng Hrê; tăng thời lượng phát thanh vào buổi sáng sớm và buổi tối; phát huy vai trò của tổ truyền thông cộng đồng ở các thôn.",
        "11. Huy động sự tham gia của cộng đồng: Khuyến khích các tổ chức, cá nhân, doanh nghiệp đóng trên địa bàn hỗ trợ kinh phí, hiện vật cho các hoạt động bình đẳng giới; phối hợp với các tổ chức phi chính phủ đang hoạt động tại huyện cũ tiếp tục triển khai các dự án hỗ trợ phụ nữ, trẻ em gái dân tộc thiểu số.",
        "V. KINH PHÍ",
        "Sử dụng từ nguồn ngân sách xã được giao năm 2027, nguồn kinh phí Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8) và các nguồn hợp pháp khác.",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Phân công nhiệm vụ",
        "a) Phòng Văn hóa - Xã hội: Chủ trì, phối hợp với các ban, ngành, đoàn thể tham mưu UBND xã triển khai Kế hoạch; chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu Mục tiêu 1; chỉ tiêu 1, 2, 3 của Mục tiêu 3; chỉ tiêu 1, 2 của Mục tiêu 6.",
        "b) Phòng Kinh tế: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các thôn lựa chọn hộ phụ nữ nghèo tham gia dự án hỗ trợ phát triển sản xuất, chăn nuôi bò, trồng rừng gỗ lớn; lồng ghép các hoạt động hỗ trợ phụ nữ trong các dự án, chương trình phát triển sản xuất; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1, 2, 3 Mục tiêu 2.",
        "c) Trạm Y tế xã: Chủ trì theo dõi, báo cáo chỉ tiêu 1, 2, 3 Mục tiêu 4. Phối hợp với Phòng Văn hóa - Xã hội theo dõi chỉ tiêu 2 Mục tiêu 3 (số cặp tảo hôn).",
        "d) Công an xã: Tiếp nhận, xử lý tin báo về bạo lực gia đình, mua bán người; phối hợp theo dõi chỉ tiêu 1 Mục tiêu 3.",
        "đ) Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Minh Long Thượng: Vận động học sinh ra lớp, duy trì sĩ số; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu Mục tiêu 5.",
        "e) Văn phòng HĐND và UBND xã: Quản lý Đài truyền thanh xã, xây dựng chuyên mục bình đẳng giới; phối hợp biên dịch tin, bài sang tiếng Hrê; bảo đảm cơ sở vật chất, điều kiện tổ chức các hội nghị, hoạt động hưởng ứng; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 6.",
        "g) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã: Phối hợp tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới, phòng, chống tảo hôn; giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới.",
        "Các ban, ngành, đoàn thể căn cứ nhiệm vụ được phân công chủ động xây dựng kế hoạch hoạt động cụ thể của đơn vị, bố trí cán bộ theo dõi; định kỳ cập nhật số liệu có tách biệt giới; phối hợp chặt chẽ với Ban nhân dân các thôn trong quá trình triển khai, tránh chồng chéo, trùng lặp.",
        "2. Ban nhân dân các thôn",
        "Triển khai Kế hoạch đến từng hộ gia đình thông qua các cuộc họp thôn, sinh hoạt của các chi hội; lồng ghép nội dung bình đẳng giới, phòng, chống tảo hôn trong hương ước, quy ước; phối hợp với già làng, người có uy tín vận động Nhân dân thực hiện; kịp thời phát hiện, báo cáo các trường hợp tảo hôn, bạo lực gia đình về UBND xã.",
        "Trưởng thôn có trách nhiệm theo dõi, nắm tình hình hôn nhân, gia đình trên địa bàn thôn; phát hiện sớm các trường hợp chuẩn bị tổ chức tảo hôn để phối hợp với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, người có uy tín tuyên truyền, vận động gia đình không tổ chức; bố trí thời gian trong các cuộc họp thôn để phổ biến pháp luật về bình đẳng giới, hôn nhân và gia đình, phòng, chống bạo lực gia đình.",
        "Đề nghị già làng, người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền, vận động con cháu, dòng họ không tảo hôn, không kết hôn cận huyết thống; gương mẫu thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội; kịp thời phản ánh với chính quyền những vụ việc vi phạm pháp luật về hôn nhân và gia đình trên địa bàn.",
        "3. Chế độ hội họp: Ban Vì sự tiến bộ của phụ nữ xã họp định kỳ 06 tháng một lần, họp đột xuất khi cần thiết để đánh giá tình hình thực hiện Kế hoạch; thường trực Ban (Phòng Văn hóa - Xã hội) chuẩn bị nội dung, tài liệu phục vụ các cuộc họp.",
        "VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
        "Các ban, ngành, đoàn thể, Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Minh Long Thượng và Ban nhân dân các thôn báo cáo kết quả thực hiện gửi về UBND xã (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 10 tháng 6, báo cáo năm trước ngày 05 tháng 12.",
        "Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo Sở Nội vụ tỉnh Quảng Ngãi: báo cáo 6 tháng trước ngày 15 tháng 6, báo cáo năm trước ngày 10 tháng 12. Ngoài ra thực hiện báo cáo đột xuất theo yêu cầu của cấp trên.",
        "Nội dung báo cáo bám sát các chỉ tiêu, nhiệm vụ của Kế hoạch, đánh giá rõ kết quả đạt được, tồn tại, hạn chế, nguyên nhân và đề xuất, kiến nghị; số liệu phải có sự tách biệt giới và được gửi bằng văn bản giấy và bản điện tử qua hệ thống quản lý văn bản điều hành.",
        "Trên đây là Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 của UBND xã Minh Long Thượng. Đề nghị các ban, ngành, đoàn thể và Ban nhân dân các thôn triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Sở Nội vụ (b/c);",
                "- TT Đảng ủy, HĐND xã;",
                "- CT, các PCT UBND xã;",
                "- Như mục VI;",
                "- Lưu: VT, VHXH.",
            ],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Thị Hồng Nhung"],
        ),
    ]
    return b


PLAN_C = {
    "name": "r11b-minh-long-thuong-2027",
    "ext": "txt",
    "blocks": _c_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ xã Minh Long Thượng năm 2027",
        "issuer": "UBND xã Minh Long Thượng",
        "level": "commune",
        "area": "Minh Long Thượng",
        "period": {"start": 2027, "end": 2027},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29/11/2006",
            "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 96/KH-UBND ngày 29/01/2027 của UBND tỉnh Quảng Ngãi về triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027",
        ],
        "parent": "Kế hoạch số 96/KH-UBND ngày 29/01/2027 của UBND tỉnh Quảng Ngãi",
        "objectives": [
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": f"{code}.{i + 1}", "text": text, "targets": t}
                    for i, (text, t) in enumerate(inds)
                ],
            }
            for code, title, _s, inds in _C_OBJ
        ],
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", ["1.1", "3.1", "3.2", "3.3", "6.1", "6.2"]),
            A("Phòng Kinh tế", "lead", ["2.1", "2.2", "2.3"]),
            A("Trạm Y tế xã", "lead", ["4.1", "4.2", "4.3"]),
            A("Trạm Y tế xã", "support", ["3.2"]),
            A("Công an xã", "support", ["3.1"]),
            A(
                "Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Minh Long Thượng",
                "lead",
                ["5.1"],
            ),
            A("Văn phòng HĐND và UBND xã", "lead", ["6.3"]),
        ],
        "reporting": [
            R("semiannual", "units", "06-10"),
            R("annual", "units", "12-05"),
            R("semiannual", "consolidator", "06-15"),
            R("annual", "consolidator", "12-10"),
        ],
    },
}

PLANS = [PLAN_A, PLAN_B, PLAN_C]
