"""Blind test plans, module r8a: three province plans 2026-2030 (Tuyên Quang .docx, Gia Lai .pdf, Nghệ An .txt).

Written from plan-format.md and the shared samples only. Extra plan keys used by make_plans_r8a.py:
"styles" (docx: paragraph text -> Word style, for automatic numbering) and "via": "docx"
(PDF built as .docx and converted with LibreOffice, so that the appendix table is kept).
"""


def _plan_a():
    """r8a plan A: Tuyên Quang 2026-2030 (.docx, Word auto-numbered agency list)."""

    T = lambda v, u, c, y, b=None, l=None: {
        "value": v,
        "unit": u,
        "comparator": c,
        "year": y,
        "baseline": b,
        "label": l,
    }

    AGENCY_STYLE = "List Number"

    A_AGENCIES = [
        "Sở Nội vụ",
        "Sở Tài chính",
        "Sở Tư pháp",
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Công an tỉnh",
        "Thống kê tỉnh",
        "Sở Dân tộc và Tôn giáo",
        "Báo và Phát thanh, Truyền hình Tuyên Quang",
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Sở Khoa học và Công nghệ",
        "Liên đoàn Lao động tỉnh",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "Ủy ban nhân dân các xã, phường",
    ]

    I1 = [
        (
            "1.1",
            "Đến năm 2028 đạt 65% và đến năm 2030 đạt từ 75% trở lên các cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ.",
            [T(65, "%", ">=", 2028), T(75, "%", ">=", 2030)],
        ),
        (
            "1.2",
            "Tỷ lệ nữ cán bộ, công chức cấp xã được quy hoạch vào các chức danh lãnh đạo, quản lý đạt ít nhất 35% vào năm 2030.",
            [T(35, "%", ">=", 2030)],
        ),
    ]
    I2 = [
        (
            "2.1",
            "Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 45% vào năm 2030.",
            [T(45, "%", ">=", 2030)],
        ),
        (
            "2.2",
            "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 40% vào năm 2030.",
            [T(40, "%", "<", 2030)],
        ),
        (
            "2.3",
            "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 25% vào năm 2028 và 28% vào năm 2030.",
            [T(25, "%", ">=", 2028), T(28, "%", ">=", 2030)],
        ),
    ]
    I3 = [
        (
            "3.1",
            "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống còn 1,5 lần vào năm 2030.",
            [T(1.5, "times", "<=", 2030)],
        ),
        (
            "3.2",
            "Đến năm 2030, có ít nhất 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
            [
                T(85, "%", ">=", 2030, l="người bị bạo lực"),
                T(70, "%", ">=", 2030, l="người gây bạo lực"),
            ],
        ),
        (
            "3.3",
            "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
            [T(100, "%", ">=", 2030)],
        ),
        (
            "3.4",
            "Phấn đấu có ít nhất 30 mô hình “Địa chỉ tin cậy tại cộng đồng” được duy trì hoạt động hiệu quả vào năm 2030.",
            [T(30, "count", ">=", 2030)],
        ),
    ]
    I4 = [
        (
            "4.1",
            "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
            [T(110, "boys_per_100_girls", "<=", 2030)],
        ),
        (
            "4.2",
            "Giảm tỷ số tử vong mẹ liên quan đến thai sản xuống dưới 45/100.000 trẻ đẻ sống vào năm 2030.",
            [T(45, "per_100000_live_births", "<", 2030)],
        ),
        (
            "4.3",
            "Tỷ suất sinh ở vị thành niên giảm từ 28 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 22 ca sinh/1.000 phụ nữ vào năm 2030.",
            [T(22, "per_1000_women", "<=", 2030, b=28)],
        ),
    ]
    I5 = [
        (
            "5.1",
            "Từ năm 2027, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục phổ thông, giáo dục nghề nghiệp trên địa bàn tỉnh.",
            [T(None, "bool", "=", 2027)],
        ),
        (
            "5.2",
            "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98%, hoàn thành cấp trung học cơ sở đạt 93% vào năm 2030.",
            [T(98, "%", ">=", 2030, l="tiểu học"), T(93, "%", ">=", 2030, l="trung học cơ sở")],
        ),
        (
            "5.3",
            "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 35%.",
            [T(35, "%", ">", 2030)],
        ),
    ]
    I6 = [
        (
            "6.1",
            "Phấn đấu đến năm 2030 đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
            [T(80, "%", ">=", 2030)],
        ),
        (
            "6.2",
            "100% xã, phường mỗi quý có ít nhất 02 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
            [T(100, "%", ">=", 2030)],
        ),
        (
            "6.3",
            "Báo và Phát thanh, Truyền hình Tuyên Quang mỗi tháng có ít nhất 04 tin, bài, phóng sự về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
            [T(4, "items_per_month", ">=", 2030)],
        ),
    ]

    OBJ = [
        ("1", "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý", I1),
        ("2", "Trong lĩnh vực kinh tế, lao động, việc làm", I2),
        ("3", "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới", I3),
        ("4", "Trong lĩnh vực y tế", I4),
        ("5", "Trong lĩnh vực giáo dục, đào tạo", I5),
        ("6", "Trong lĩnh vực thông tin, truyền thông", I6),
    ]

    def _objective_blocks():
        out = []
        for code, title, inds in OBJ:
            out.append(f"**Mục tiêu {code}. {title}**")
            for icode, text, _ in inds:
                n = icode.split(".")[1]
                out.append(f"- *Chỉ tiêu {n}:* {text}")
        return out

    BLOCKS = (
        [
            (
                "header",
                ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số: 87/KH-UBND"],
                [
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "",
                    "Tuyên Quang, ngày 14 tháng 4 năm 2026",
                ],
            ),
            "**KẾ HOẠCH**",
            "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Tuyên Quang**",
            "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
            "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
            "Căn cứ Công văn số 2855/BNV-CTTN&BĐG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
            "Theo đề nghị của Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 02 tháng 4 năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh (sau đây gọi tắt là Kế hoạch), như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU**",
            "**1. Mục đích**",
            "- Cụ thể hóa các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với điều kiện thực tế của tỉnh sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
            "- Nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể và Nhân dân trong thực hiện bình đẳng giới; từng bước thu hẹp khoảng cách giới ở vùng đồng bào dân tộc thiểu số, vùng sâu, vùng xa, khu vực biên giới.",
            "**2. Yêu cầu**",
            "- Xác định rõ nhiệm vụ, trách nhiệm của các sở, ban, ngành, địa phương; bảo đảm sự phối hợp chặt chẽ, đồng bộ trong tổ chức thực hiện.",
            "- Việc theo dõi, đánh giá kết quả thực hiện các chỉ tiêu phải dựa trên số liệu thống kê có tách biệt giới, được cập nhật định kỳ, bảo đảm chính xác, kịp thời.",
            "- Kế thừa kết quả thực hiện giai đoạn 2021 - 2025 của tỉnh Tuyên Quang và tỉnh Hà Giang (cũ); khắc phục những hạn chế về tỷ lệ nữ tham gia lãnh đạo ở cấp cơ sở, tình trạng tảo hôn và bạo lực gia đình ở vùng sâu, vùng xa.",
            "- Các hoạt động triển khai phải thiết thực, tiết kiệm, phù hợp với đặc điểm văn hóa của từng dân tộc; huy động sự tham gia của cả nam giới và nữ giới, của gia đình, cộng đồng và doanh nghiệp.",
            "**II. MỤC TIÊU**",
            "**1. Mục tiêu chung**",
            "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Tuyên Quang phát triển nhanh, bền vững, bản sắc.",
            "**2. Mục tiêu, chỉ tiêu cụ thể**",
        ]
        + _objective_blocks()
        + [
            "**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
            "**1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp**",
            "Quán triệt sâu rộng chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới; đưa mục tiêu bình đẳng giới vào nghị quyết, chương trình, kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm của các ngành, địa phương; gắn trách nhiệm người đứng đầu với kết quả thực hiện các chỉ tiêu được giao.",
            "**2. Hoàn thiện cơ chế, chính sách và lồng ghép giới**",
            "Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành để kịp thời sửa đổi những nội dung chưa bảo đảm nguyên tắc bình đẳng giới; thực hiện lồng ghép vấn đề bình đẳng giới ngay từ khâu đề xuất chính sách, đánh giá tác động giới đối với các đề án, dự án có liên quan.",
            "**3. Đẩy mạnh thông tin, truyền thông**",
            "Đa dạng hóa hình thức truyền thông, chú trọng truyền thông bằng tiếng dân tộc tại các xã vùng cao như Mèo Vạc, Đồng Văn, Lâm Bình, Na Hang; phát huy vai trò của người có uy tín, già làng, trưởng bản, chức sắc tôn giáo trong vận động xóa bỏ tập tục lạc hậu, tảo hôn, hôn nhân cận huyết thống. Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
            "**4. Nâng cao năng lực quản lý nhà nước về bình đẳng giới**",
            "Kiện toàn đội ngũ công chức làm công tác bình đẳng giới ở cấp tỉnh và cấp xã sau sắp xếp; bồi dưỡng kiến thức, kỹ năng lồng ghép giới, thu thập và phân tích số liệu có tách biệt giới; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh gắn với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
            "**5. Huy động nguồn lực và hợp tác**",
            "Lồng ghép hoạt động bình đẳng giới với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Chương trình mục tiêu quốc gia giảm nghèo bền vững; tranh thủ sự hỗ trợ của các tổ chức quốc tế, doanh nghiệp.",
            "**6. Giải pháp cụ thể theo từng lĩnh vực**",
            "a) Nhóm giải pháp thực hiện Mục tiêu 1: Rà soát, bổ sung quy hoạch cán bộ nữ ở các cơ quan, đơn vị có từ 30% cán bộ, công chức là nữ trở lên nhưng chưa có lãnh đạo chủ chốt là nữ; ưu tiên đào tạo, bồi dưỡng cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số; thực hiện luân chuyển, điều động gắn với tạo nguồn cán bộ nữ cho các xã mới sau sắp xếp.",
            "b) Nhóm giải pháp thực hiện Mục tiêu 2: Hỗ trợ phụ nữ tiếp cận vốn vay ưu đãi của Ngân hàng Chính sách xã hội, phát triển kinh tế hộ gắn với các sản phẩm chủ lực như chè Shan tuyết, cam sành, du lịch cộng đồng; đào tạo nghề phi nông nghiệp cho lao động nữ nông thôn; khuyến khích phụ nữ thành lập, tham gia quản lý hợp tác xã, tổ hợp tác.",
            "c) Nhóm giải pháp thực hiện Mục tiêu 3: Truyền thông về chia sẻ công việc gia đình giữa vợ và chồng; củng cố mạng lưới tổ hòa giải, nhà tạm lánh, đường dây nóng ở thôn, bản; bảo đảm người bị bạo lực được phát hiện sớm, hỗ trợ kịp thời; phối hợp chặt chẽ với các tỉnh biên giới trong tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về.",
            "d) Nhóm giải pháp thực hiện Mục tiêu 4: Nâng cao chất lượng khám thai, quản lý thai nghén tại trạm y tế xã; nghiêm cấm lựa chọn giới tính thai nhi dưới mọi hình thức; tăng cường tư vấn sức khỏe sinh sản vị thành niên trong trường học, đặc biệt ở các trường phổ thông dân tộc nội trú, bán trú.",
            "đ) Nhóm giải pháp thực hiện Mục tiêu 5 và Mục tiêu 6: Bồi dưỡng giáo viên về giáo dục giới tính, bình đẳng giới; hỗ trợ học sinh nữ dân tộc thiểu số tiếp tục học trung học cơ sở; xây dựng chuyên mục về bình đẳng giới trên hệ thống thông tin cơ sở, mạng xã hội, nền tảng số; tổ chức các hội thi, diễn đàn trẻ em, thanh niên về bình đẳng giới.",
            "**7. Kiểm tra, giám sát, sơ kết, tổng kết**",
            "Định kỳ kiểm tra, giám sát việc thực hiện Kế hoạch tại các sở, ngành, địa phương; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích; chấn chỉnh các đơn vị chậm triển khai. Tổ chức sơ kết giữa giai đoạn và tổng kết giai đoạn để đánh giá kết quả, rút kinh nghiệm và đề xuất mục tiêu cho giai đoạn tiếp theo.",
            "**IV. KINH PHÍ THỰC HIỆN**",
            "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình, đề án, dự án có liên quan và các nguồn vận động, tài trợ hợp pháp khác. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị, địa phương lập dự toán kinh phí cùng với dự toán ngân sách của cơ quan, đơn vị gửi cơ quan tài chính cùng cấp thẩm định, trình cấp có thẩm quyền phê duyệt.",
            "**V. TỔ CHỨC THỰC HIỆN**",
            "**1. Trách nhiệm của các cơ quan, đơn vị, địa phương**",
            "**Sở Nội vụ**",
            "- Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện theo quy định.",
            "- Chủ trì thực hiện Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách; tham mưu công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ.",
            "- Chủ trì theo dõi, tổng hợp, báo cáo Chỉ tiêu 1, Chỉ tiêu 2 thuộc Mục tiêu 1; Chỉ tiêu 1, Chỉ tiêu 2 thuộc Mục tiêu 2; Chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới) và Chỉ tiêu 1 thuộc Mục tiêu 6.",
            "**Sở Tài chính**",
            "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội của tỉnh.",
            "- Chịu trách nhiệm thu thập, tổng hợp số liệu và báo cáo Chỉ tiêu 3 thuộc Mục tiêu 2.",
            "**Sở Tư pháp**",
            "Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của tỉnh; lồng ghép nội dung bình đẳng giới trong công tác phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho phụ nữ dân tộc thiểu số.",
            "**Sở Y tế**",
            "- Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe bà mẹ, trẻ em, sức khỏe sinh sản vị thành niên, thanh niên; quản lý các cơ sở trợ giúp xã hội được giao.",
            "- Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4; phối hợp cung cấp số liệu về người bị bạo lực được tiếp cận dịch vụ y tế để phục vụ việc theo dõi Chỉ tiêu 2 thuộc Mục tiêu 3.",
            "**Sở Giáo dục và Đào tạo**",
            "- Đưa nội dung giáo dục giới tính, bình đẳng giới, phòng, chống xâm hại vào hoạt động giáo dục trong nhà trường; duy trì sĩ số, hạn chế học sinh dân tộc thiểu số bỏ học; quản lý nhà nước về giáo dục nghề nghiệp theo quy định.",
            "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
            "**Sở Văn hóa, Thể thao và Du lịch**",
            "- Chỉ đạo, hướng dẫn công tác phòng, chống bạo lực gia đình; quản lý nhà nước về báo chí, xuất bản, thông tin cơ sở; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng thời lượng tuyên truyền về bình đẳng giới.",
            "- Chủ trì theo dõi, báo cáo Chỉ tiêu 2 (số liệu về bạo lực gia đình), Chỉ tiêu 4 thuộc Mục tiêu 3 và Chỉ tiêu 2, Chỉ tiêu 3 thuộc Mục tiêu 6.",
            "**Công an tỉnh**",
            "Chủ trì công tác phòng, chống mua bán người; tiếp nhận, xác minh, bảo vệ nạn nhân bị mua bán; xử lý nghiêm các hành vi bạo lực trên cơ sở giới. Chịu trách nhiệm theo dõi, tổng hợp và báo cáo Chỉ tiêu 3 thuộc Mục tiêu 3.",
            "**Thống kê tỉnh**",
            "Thu thập, công bố các chỉ tiêu thống kê phát triển giới của tỉnh; hỗ trợ các sở, ngành về nghiệp vụ thống kê có tách biệt giới; chủ trì báo cáo Chỉ tiêu 1 thuộc Mục tiêu 3.",
            "**Sở Dân tộc và Tôn giáo**",
            "Triển khai Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống.",
            "**Báo và Phát thanh, Truyền hình Tuyên Quang**",
            "Xây dựng chuyên trang, chuyên mục về bình đẳng giới; phối hợp cung cấp số liệu phục vụ theo dõi Chỉ tiêu 3 thuộc Mục tiêu 6.",
            "**Hội Liên hiệp Phụ nữ tỉnh**",
            "Đề nghị Hội Liên hiệp Phụ nữ tỉnh chỉ đạo các cấp hội duy trì, nhân rộng mô hình “Địa chỉ tin cậy tại cộng đồng”, câu lạc bộ “Thủ lĩnh của sự thay đổi”; phối hợp theo dõi, cung cấp số liệu đối với Chỉ tiêu 4 thuộc Mục tiêu 3.",
            "**Sở Nông nghiệp và Môi trường**",
            "Lồng ghép nội dung bình đẳng giới trong các chương trình khuyến nông, phát triển sản xuất, xây dựng nông thôn mới; hỗ trợ phụ nữ nông thôn tiếp cận khoa học kỹ thuật, đất đai, tín dụng; bảo đảm quyền của phụ nữ được ghi tên trong giấy chứng nhận quyền sử dụng đất.",
            "**Sở Khoa học và Công nghệ**",
            "Hướng dẫn các cơ quan, đơn vị đăng tải thông tin về bình đẳng giới trên cổng, trang thông tin điện tử; hỗ trợ ứng dụng công nghệ số trong thu thập, quản lý số liệu thống kê về giới; khuyến khích nữ cán bộ khoa học tham gia chủ trì nhiệm vụ khoa học và công nghệ.",
            "**Liên đoàn Lao động tỉnh**",
            "Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở giám sát việc thực hiện chế độ, chính sách đối với lao động nữ tại doanh nghiệp; tuyên truyền phòng, chống quấy rối tình dục tại nơi làm việc.",
            "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
            "Tăng cường tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện pháp luật về bình đẳng giới; thực hiện giám sát, phản biện xã hội đối với việc thực hiện chính sách, pháp luật về bình đẳng giới trên địa bàn tỉnh.",
            "**Ủy ban nhân dân các xã, phường**",
            "Xây dựng kế hoạch thực hiện bình đẳng giới giai đoạn 2026 - 2030 của địa phương; bố trí công chức phụ trách công tác bình đẳng giới; thu thập số liệu có tách biệt giới, định kỳ báo cáo kết quả về Sở Nội vụ.",
            "**2. Chế độ báo cáo**",
            "Định kỳ 6 tháng (trước ngày 12/6) và hằng năm (trước ngày 12/12), các sở, ban, ngành, đoàn thể tỉnh và UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch, kèm theo số liệu các chỉ tiêu được phân công, gửi về Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 20/6 (đối với báo cáo 6 tháng) và trước ngày 20/12 (đối với báo cáo năm).",
            "Kết thúc giai đoạn, các cơ quan, đơn vị, địa phương đánh giá, tổng kết việc thực hiện Kế hoạch giai đoạn 2026 - 2030, gửi báo cáo về Sở Nội vụ trước ngày 30/9/2030. Ngoài ra, thực hiện báo cáo đột xuất khi có yêu cầu.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh cho phù hợp./.",
            "*Nơi nhận:*",
            "- Bộ Nội vụ (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành, đoàn thể tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX (Hg).",
            "**TM. ỦY BAN NHÂN DÂN**",
            "**KT. CHỦ TỊCH**",
            "**PHÓ CHỦ TỊCH**",
            "Hoàng Thị Vân Anh",
        ]
    )

    EXPECTED = {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Tuyên Quang",
        "issuer": "UBND tỉnh Tuyên Quang",
        "level": "province",
        "area": "Tuyên Quang",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 2855/BNV-CTTN&BĐG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": [
            {
                "code": c,
                "title": t,
                "indicators": [{"code": ic, "text": tx, "targets": tg} for ic, tx, tg in inds],
            }
            for c, t, inds in OBJ
        ],
        "assignments": [
            {
                "agency": "Sở Nội vụ",
                "role": "lead",
                "indicators": ["1.1", "1.2", "2.1", "2.2", "3.2", "6.1"],
            },
            {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
            {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
            {"agency": "Sở Y tế", "role": "support", "indicators": ["3.2"]},
            {
                "agency": "Sở Giáo dục và Đào tạo",
                "role": "lead",
                "indicators": ["5.1", "5.2", "5.3"],
            },
            {
                "agency": "Sở Văn hóa, Thể thao và Du lịch",
                "role": "lead",
                "indicators": ["3.2", "3.4", "6.2", "6.3"],
            },
            {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
            {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
            {
                "agency": "Báo và Phát thanh, Truyền hình Tuyên Quang",
                "role": "support",
                "indicators": ["6.3"],
            },
            {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["3.4"]},
        ],
        "reporting": [
            {"kind": "semiannual", "by": "units", "due": "06-12"},
            {"kind": "annual", "by": "units", "due": "12-12"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
            {"kind": "annual", "by": "consolidator", "due": "12-20"},
            {"kind": "final", "by": "units", "due": "2030-09-30"},
        ],
    }

    PLAN = {
        "name": "r8a-tuyen-quang-2026-2030",
        "ext": "docx",
        "blocks": BLOCKS,
        "styles": dict.fromkeys(A_AGENCIES, AGENCY_STYLE),
        "expected": EXPECTED,
    }
    return PLAN


def _plan_b():
    """r8a plan B: Gia Lai 2026-2030 (.pdf from .docx via LibreOffice; assignments in an appendix table)."""

    T = lambda v, u, c, y, b=None, l=None: {
        "value": v,
        "unit": u,
        "comparator": c,
        "year": y,
        "baseline": b,
        "label": l,
    }

    OBJ = [
        (
            "1",
            "Trong lĩnh vực chính trị",
            [
                (
                    "1.1",
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
                    "2.1",
                    "Tỷ lệ lao động nữ làm công hưởng lương đạt khoảng 55% vào năm 2030.",
                    [T(55, "%", "=", 2030)],
                ),
                (
                    "2.2",
                    "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống còn 35% vào năm 2028 và dưới 30% vào năm 2030.",
                    [T(35, "%", "<=", 2028), T(30, "%", "<", 2030)],
                ),
                (
                    "2.3",
                    "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 30% vào năm 2030.",
                    [T(30, "%", ">", 2030)],
                ),
            ],
        ),
        (
            "3",
            "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            [
                (
                    "3.1",
                    "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm còn 1,4 lần so với nam giới.",
                    [T(1.4, "times", "<=", 2030)],
                ),
                (
                    "3.2",
                    "Đến năm 2030, 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 80% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                    [
                        T(90, "%", ">=", 2030, l="người bị bạo lực"),
                        T(80, "%", ">=", 2030, l="người gây bạo lực"),
                    ],
                ),
                (
                    "3.3",
                    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "3.4",
                    "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "3.5",
                    "Đến năm 2028, 100% xã, phường có ít nhất 01 mô hình phòng ngừa, ứng phó với bạo lực trên cơ sở giới hoạt động hiệu quả.",
                    [T(100, "%", ">=", 2028)],
                ),
            ],
        ),
        (
            "4",
            "Trong lĩnh vực y tế",
            [
                (
                    "4.1",
                    "Giữ tỷ số giới tính khi sinh dưới mức 109 bé trai/100 bé gái sinh ra sống.",
                    [T(109, "boys_per_100_girls", "<", 2030)],
                ),
                (
                    "4.2",
                    "Tỷ số tử vong mẹ liên quan đến thai sản không quá 38/100.000 trẻ đẻ sống.",
                    [T(38, "per_100000_live_births", "<=", 2030)],
                ),
                (
                    "4.3",
                    "Tỷ suất sinh ở vị thành niên giảm xuống 20 ca sinh/1.000 phụ nữ vào năm 2028 và 17 ca sinh/1.000 phụ nữ vào năm 2030.",
                    [T(20, "per_1000_women", "<=", 2028), T(17, "per_1000_women", "<=", 2030)],
                ),
            ],
        ),
        (
            "5",
            "Trong lĩnh vực giáo dục, đào tạo",
            [
                (
                    "5.1",
                    "Từ năm 2026, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục của tỉnh và được giảng dạy chính thức tại Trường Đại học Quy Nhơn.",
                    [T(None, "bool", "=", 2026)],
                ),
                (
                    "5.2",
                    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99%; hoàn thành cấp trung học cơ sở đạt 95%.",
                    [
                        T(99, "%", ">=", 2030, l="tiểu học"),
                        T(95, "%", ">=", 2030, l="trung học cơ sở"),
                    ],
                ),
                (
                    "5.3",
                    "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 40% vào năm 2030.",
                    [T(40, "%", ">=", 2030)],
                ),
                (
                    "5.4",
                    "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%.",
                    [T(50, "%", ">=", 2030, l="thạc sĩ"), T(30, "%", ">=", 2030, l="tiến sĩ")],
                ),
            ],
        ),
        (
            "6",
            "Trong lĩnh vực thông tin, truyền thông",
            [
                (
                    "6.1",
                    "85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                    [T(85, "%", ">=", 2030)],
                ),
                (
                    "6.2",
                    "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "6.3",
                    "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "6.4",
                    "Trang thông tin điện tử của các sở, ban, ngành tỉnh mỗi quý có ít nhất 01 tin, bài về bình đẳng giới.",
                    [T(1, "items_per_quarter", ">=", 2030)],
                ),
            ],
        ),
    ]

    LETTERS = ["a", "b", "c", "d", "đ", "e"]

    def _objective_blocks():
        out = []
        for (code, title, inds), let in zip(OBJ, LETTERS):
            out.append(f"{let}) Mục tiêu {code} – {title}")
            if len(inds) == 1:
                out.append(f"Chỉ tiêu: {inds[0][1]}")
            else:
                for icode, text, _ in inds:
                    out.append(f"- Chỉ tiêu {icode.split('.')[1]}. {text}")
        return out

    # appendix table: (indicator code, short name, lead agencies, support agencies)
    TABLE = [
        ("1", "Mục tiêu 1: Trong lĩnh vực chính trị"),
        (
            "1.1",
            "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
            ["Sở Nội vụ"],
            ["UBND các xã, phường"],
        ),
        ("2", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động"),
        ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương", ["Sở Nội vụ"], ["Thống kê tỉnh"]),
        (
            "2.2",
            "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp",
            ["Sở Nội vụ"],
            ["Sở Nông nghiệp và Môi trường"],
        ),
        (
            "2.3",
            "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
            ["Sở Tài chính"],
            ["Thống kê tỉnh", "Liên minh Hợp tác xã tỉnh"],
        ),
        (
            "3",
            "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "3.1",
            "Số giờ làm công việc nội trợ, chăm sóc không được trả công của phụ nữ so với nam giới",
            ["Thống kê tỉnh"],
            ["Sở Nội vụ"],
        ),
        (
            "3.2",
            "Tỷ lệ người bị bạo lực được tiếp cận dịch vụ hỗ trợ; tỷ lệ người gây bạo lực được tư vấn, tham vấn",
            ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"],
            ["Công an tỉnh", "Sở Y tế"],
        ),
        (
            "3.3",
            "Tỷ lệ nạn nhân bị mua bán trở về được hưởng dịch vụ hỗ trợ",
            ["Công an tỉnh"],
            ["Sở Nội vụ"],
        ),
        (
            "3.4",
            "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            ["Sở Y tế"],
            ["Sở Nội vụ"],
        ),
        (
            "3.5",
            "Tỷ lệ xã, phường có mô hình phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            ["Sở Nội vụ"],
            ["Hội Liên hiệp Phụ nữ tỉnh", "UBND các xã, phường"],
        ),
        ("4", "Mục tiêu 4: Trong lĩnh vực y tế"),
        ("4.1", "Tỷ số giới tính khi sinh", ["Sở Y tế"], ["Thống kê tỉnh"]),
        ("4.2", "Tỷ số tử vong mẹ liên quan đến thai sản", ["Sở Y tế"], []),
        ("4.3", "Tỷ suất sinh ở vị thành niên", ["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]),
        ("5", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo"),
        (
            "5.1",
            "Nội dung về giới, bình đẳng giới trong chương trình giảng dạy",
            ["Sở Giáo dục và Đào tạo"],
            ["Trường Đại học Quy Nhơn"],
        ),
        (
            "5.2",
            "Tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học, trung học cơ sở",
            ["Sở Giáo dục và Đào tạo"],
            ["Sở Dân tộc và Tôn giáo"],
        ),
        (
            "5.3",
            "Tỷ lệ nữ được tuyển mới trong hệ thống giáo dục nghề nghiệp",
            ["Sở Giáo dục và Đào tạo"],
            ["Sở Nội vụ"],
        ),
        ("5.4", "Tỷ lệ nữ thạc sĩ, nữ tiến sĩ", ["Sở Giáo dục và Đào tạo"], ["Sở Nội vụ"]),
        ("6", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông"),
        (
            "6.1",
            "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
            ["Sở Văn hóa, Thể thao và Du lịch"],
            ["Sở Nội vụ"],
        ),
        (
            "6.2",
            "Tỷ lệ tổ chức Đảng, chính quyền, cơ quan, đoàn thể được phổ biến, cập nhật thông tin về bình đẳng giới",
            ["Sở Nội vụ"],
            [],
        ),
        (
            "6.3",
            "Tỷ lệ xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
            ["Sở Văn hóa, Thể thao và Du lịch"],
            ["UBND các xã, phường"],
        ),
        (
            "6.4",
            "Tin, bài về bình đẳng giới trên trang thông tin điện tử của các sở, ban, ngành",
            ["Sở Văn hóa, Thể thao và Du lịch"],
            ["Sở Khoa học và Công nghệ"],
        ),
    ]
    ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}

    def _table_block():
        rows = [["STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp"]]
        merges = []
        for row in TABLE:
            if len(row) == 2:
                merges.append((len(rows), 1, len(rows), 3))
                rows.append([ROMAN[row[0]], row[1], "", ""])
            else:
                code, name, lead, sup = row
                rows.append([code.split(".")[1], name, "\n".join(lead), "\n".join(sup)])
        return ("table", rows, merges)

    def _assignments():
        acc = {}
        order = []
        for row in TABLE:
            if len(row) == 2:
                continue
            code, _, lead, sup = row
            for role, ags in (("lead", lead), ("support", sup)):
                for a in ags:
                    k = (a, role)
                    if k not in acc:
                        acc[k] = []
                        order.append(k)
                    acc[k].append(code)
        return [{"agency": a, "role": r, "indicators": acc[(a, r)]} for a, r in order]

    BLOCKS = (
        [
            (
                "header",
                ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "-------", "Số: 1326/KH-UBND"],
                [
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "---------------",
                    "Gia Lai, ngày 22 tháng 5 năm 2026",
                ],
            ),
            "**KẾ HOẠCH**",
            "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Gia Lai giai đoạn 2026-2030**",
            "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”; Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2026; trên cơ sở kết quả thực hiện giai đoạn 2021-2025 của tỉnh Gia Lai và tỉnh Bình Định (cũ), Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030, cụ thể như sau:",
            "**I. MỤC ĐÍCH, YÊU CẦU**",
            "1. Triển khai đồng bộ, hiệu quả các mục tiêu của Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh sau hợp nhất, bảo đảm sự thống nhất giữa khu vực ven biển và khu vực Tây Nguyên.",
            "2. Phân công cụ thể trách nhiệm chủ trì, phối hợp của các sở, ban, ngành và UBND các xã, phường trong theo dõi, đánh giá các chỉ tiêu; số liệu báo cáo phải có sự tách biệt giới.",
            "3. Gắn việc thực hiện Kế hoạch với các chương trình mục tiêu quốc gia, đề án về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, giảm nghèo bền vững và xây dựng nông thôn mới.",
            "4. Việc tổ chức thực hiện phải bảo đảm công khai, minh bạch, có sự kiểm tra, giám sát; kịp thời sơ kết, đánh giá, rút kinh nghiệm và điều chỉnh chỉ tiêu khi cần thiết.",
            "**II. MỤC TIÊU**",
            "**1. Mục tiêu tổng quát**",
            "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển bền vững của tỉnh Gia Lai.",
            "**2. Mục tiêu cụ thể**",
            "*(Các chỉ tiêu được xác định đến năm 2030, trừ trường hợp có ghi mốc thời gian khác)*",
        ]
        + _objective_blocks()
        + [
            (
                "footnote",
                "Số liệu năm 2025 của tỉnh được tổng hợp từ báo cáo của tỉnh Gia Lai và tỉnh Bình Định trước hợp nhất; Thống kê tỉnh rà soát, công bố lại trong năm 2026.",
            ),
            "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
            "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền; nâng cao trách nhiệm người đứng đầu trong việc thực hiện các mục tiêu bình đẳng giới; đưa chỉ tiêu bình đẳng giới vào hệ thống chỉ tiêu phát triển kinh tế - xã hội hằng năm của tỉnh.",
            "2. Hoàn thiện cơ chế, chính sách; thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, quy hoạch, kế hoạch của tỉnh; thẩm định việc lồng ghép vấn đề bình đẳng giới theo quy định.",
            "3. Đẩy mạnh truyền thông thay đổi nhận thức, hành vi về bình đẳng giới, chú trọng vùng đồng bào Jrai, Bahnar và các xã bãi ngang ven biển; tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
            "4. Phát triển mạng lưới dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới; duy trì đường dây nóng, nhà tạm lánh, địa chỉ tin cậy tại cộng đồng; tăng cường phối hợp liên ngành giữa công an, y tế, tư pháp và chính quyền cơ sở trong phát hiện, can thiệp, hỗ trợ.",
            "5. Hỗ trợ phụ nữ tham gia phát triển kinh tế, khởi nghiệp, chuyển đổi số; ưu tiên lao động nữ dân tộc thiểu số, lao động nữ nông thôn trong đào tạo nghề, vay vốn ưu đãi.",
            "6. Nâng cao năng lực quản lý nhà nước về bình đẳng giới; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh; tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới.",
            "7. Giải pháp theo từng lĩnh vực:",
            "- Lĩnh vực chính trị: Rà soát, bổ sung quy hoạch cán bộ nữ ở các cơ quan, đơn vị, địa phương sau sắp xếp; bảo đảm tỷ lệ nữ trong quy hoạch, đào tạo, bồi dưỡng; ưu tiên bố trí cán bộ nữ có đủ tiêu chuẩn vào các vị trí lãnh đạo chủ chốt khi kiện toàn bộ máy.",
            "- Lĩnh vực kinh tế, lao động: Hỗ trợ chuyển dịch lao động nữ từ nông nghiệp sang công nghiệp, dịch vụ tại các khu kinh tế Nhơn Hội, khu công nghiệp Phú Tài, Trà Đa; đào tạo kỹ năng quản trị cho nữ chủ hộ kinh doanh, chủ hợp tác xã; phát triển du lịch cộng đồng gắn với sinh kế của phụ nữ.",
            "- Lĩnh vực gia đình và phòng ngừa bạo lực trên cơ sở giới: Nhân rộng mô hình phòng ngừa, ứng phó với bạo lực trên cơ sở giới ở các xã, phường chưa có mô hình; tập huấn kỹ năng phát hiện, can thiệp cho công an xã, y tế cơ sở, cán bộ hội phụ nữ; tăng cường tư vấn, tham vấn cho người gây bạo lực.",
            "- Lĩnh vực y tế: Nâng cao chất lượng chăm sóc trước, trong và sau sinh ở tuyến xã; quản lý chặt chẽ các cơ sở siêu âm, chẩn đoán hình ảnh; mở rộng dịch vụ sức khỏe sinh sản thân thiện với vị thành niên, thanh niên tại các xã vùng đồng bào dân tộc thiểu số.",
            "- Lĩnh vực giáo dục, đào tạo: Tích hợp nội dung bình đẳng giới trong các môn học và hoạt động trải nghiệm; hỗ trợ học sinh dân tộc thiểu số duy trì việc học; khuyến khích nữ giảng viên, nhà khoa học tham gia đào tạo sau đại học và nhiệm vụ khoa học cấp tỉnh.",
            "- Lĩnh vực thông tin, truyền thông: Xây dựng chuyên mục bình đẳng giới trên hệ thống thông tin cơ sở; sản xuất tài liệu truyền thông bằng tiếng Jrai, Bahnar; ứng dụng nền tảng số trong truyền thông, bảo đảm nội dung không mang định kiến giới.",
            "**IV. KINH PHÍ THỰC HIỆN**",
            "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành; lồng ghép từ các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan; nguồn tài trợ, viện trợ và các nguồn hợp pháp khác theo quy định.",
            "**V. TỔ CHỨC THỰC HIỆN**",
            "1. Sở Nội vụ: Là cơ quan thường trực giúp UBND tỉnh tổ chức triển khai Kế hoạch; hướng dẫn các sở, ngành, địa phương xây dựng kế hoạch và thu thập số liệu; định kỳ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ; tham mưu tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch.",
            "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn lồng ghép các chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội hằng năm và 05 năm của tỉnh.",
            "3. Sở Tư pháp: Hướng dẫn, thẩm định việc lồng ghép vấn đề bình đẳng giới trong các dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh.",
            "4. Sở Y tế, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Thống kê tỉnh và các cơ quan có liên quan: Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện các nhiệm vụ thuộc lĩnh vực quản lý.",
            "5. Các cơ quan được phân công chủ trì, phối hợp theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu của Kế hoạch theo Phụ lục kèm theo. Cơ quan chủ trì chịu trách nhiệm thu thập số liệu, đánh giá mức độ đạt được của chỉ tiêu; cơ quan phối hợp có trách nhiệm cung cấp thông tin, số liệu thuộc phạm vi quản lý cho cơ quan chủ trì.",
            "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội: Tham gia tuyên truyền, vận động, giám sát việc thực hiện Kế hoạch. Hội Liên hiệp Phụ nữ tỉnh phát huy vai trò nòng cốt trong vận động phụ nữ tham gia các hoạt động thúc đẩy bình đẳng giới, xây dựng gia đình hạnh phúc; Tỉnh đoàn triển khai các câu lạc bộ “Thủ lĩnh của sự thay đổi” trong trường học; Liên đoàn Lao động tỉnh giám sát việc thực hiện chính sách đối với lao động nữ tại các doanh nghiệp.",
            "Sở Nông nghiệp và Môi trường lồng ghép nội dung bình đẳng giới trong các chương trình khuyến nông, khuyến ngư, xây dựng nông thôn mới; hỗ trợ phụ nữ ven biển chuyển đổi sinh kế bền vững, thích ứng với biến đổi khí hậu. Sở Khoa học và Công nghệ hướng dẫn ứng dụng công nghệ thông tin trong quản lý, cập nhật cơ sở dữ liệu thống kê về giới. Sở Dân tộc và Tôn giáo triển khai Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, vận động giảm tảo hôn, hôn nhân cận huyết thống.",
            "7. UBND các xã, phường: Xây dựng và triển khai kế hoạch thực hiện bình đẳng giới của địa phương giai đoạn 2026-2030; bố trí nguồn lực, phân công công chức theo dõi; tổng hợp số liệu có tách biệt giới trên địa bàn.",
            "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
            "1. Báo cáo định kỳ:",
            "- Báo cáo 6 tháng: Các sở, ban, ngành, UBND các xã, phường gửi báo cáo về Sở Nội vụ trước ngày 05/6; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/6 hằng năm.",
            "- Báo cáo năm: Các sở, ban, ngành, UBND các xã, phường gửi báo cáo về Sở Nội vụ trước ngày 05/12; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/12 hằng năm.",
            "2. Báo cáo sơ kết giữa kỳ (2026-2028): Các cơ quan, đơn vị, địa phương gửi báo cáo về Sở Nội vụ trước ngày 31/7/2028; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 31/8/2028.",
            "3. Báo cáo tổng kết giai đoạn 2026-2030: Các cơ quan, đơn vị, địa phương gửi báo cáo về Sở Nội vụ trước ngày 15/9/2030; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 30/9/2030.",
            "4. Báo cáo đột xuất thực hiện theo yêu cầu của cơ quan có thẩm quyền.",
            "Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
            "Nơi nhận:",
            "- Bộ Nội vụ;",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX.",
            "**KT. CHỦ TỊCH**",
            "**PHÓ CHỦ TỊCH**",
            "Nguyễn Thị Thanh Lịch",
            ("page",),
            "**PHỤ LỤC**",
            "**PHÂN CÔNG CHỦ TRÌ, PHỐI HỢP THEO DÕI, BÁO CÁO CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2026-2030**",
            "*(Kèm theo Kế hoạch số 1326/KH-UBND ngày 22/5/2026 của UBND tỉnh Gia Lai)*",
            _table_block(),
        ]
    )

    EXPECTED = {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Gia Lai giai đoạn 2026-2030",
        "issuer": "UBND tỉnh Gia Lai",
        "level": "province",
        "area": "Gia Lai",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”",
            "Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": [
            {
                "code": c,
                "title": t,
                "indicators": [{"code": ic, "text": tx, "targets": tg} for ic, tx, tg in inds],
            }
            for c, t, inds in OBJ
        ],
        "assignments": _assignments(),
        "reporting": [
            {"kind": "semiannual", "by": "units", "due": "06-05"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-15"},
            {"kind": "annual", "by": "units", "due": "12-05"},
            {"kind": "annual", "by": "consolidator", "due": "12-15"},
            {"kind": "midterm", "by": "units", "due": "2028-07-31"},
            {"kind": "midterm", "by": "consolidator", "due": "2028-08-31"},
            {"kind": "final", "by": "units", "due": "2030-09-15"},
            {"kind": "final", "by": "consolidator", "due": "2030-09-30"},
        ],
    }

    PLAN = {
        "name": "r8a-gia-lai-2026-2030",
        "ext": "pdf",
        "via": "docx",
        "page_before": ["PHỤ LỤC"],
        "col_widths": [1.2, 7.8, 3.8, 4.2],
        "blocks": BLOCKS,
        "expected": EXPECTED,
    }
    return PLAN


def _plan_c():
    """r8a plan C: Nghệ An 2026-2030 (.txt, lettered agencies, reporting in its own section)."""

    T = lambda v, u, c, y, b=None, l=None: {
        "value": v,
        "unit": u,
        "comparator": c,
        "year": y,
        "baseline": b,
        "label": l,
    }

    OBJ = [
        (
            "1",
            "Trong lĩnh vực chính trị",
            [
                (
                    "1.1",
                    "Phấn đấu đến năm 2030 có từ 70% trở lên cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                    [T(70, "%", ">=", 2030)],
                ),
                (
                    "1.2",
                    "Tỷ lệ nữ được bổ nhiệm mới vào các chức danh lãnh đạo, quản lý cấp sở và tương đương đạt không dưới 30% trong tổng số người được bổ nhiệm vào năm 2030.",
                    [T(30, "%", ">=", 2030)],
                ),
            ],
        ),
        (
            "2",
            "Trong lĩnh vực kinh tế, lao động",
            [
                (
                    "2.1",
                    "Tăng tỷ lệ lao động nữ làm công hưởng lương từ 46% năm 2025 lên 55% vào năm 2030.",
                    [T(55, "%", ">=", 2030, b=46)],
                ),
                (
                    "2.2",
                    "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 35% vào năm 2030.",
                    [T(35, "%", "<", 2030)],
                ),
                (
                    "2.3",
                    "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 28% vào năm 2028 và 30% vào năm 2030.",
                    [T(28, "%", ">=", 2028), T(30, "%", ">=", 2030)],
                ),
                (
                    "2.4",
                    "Giai đoạn 2026-2030, hỗ trợ đào tạo nghề cho ít nhất 25.000 lao động nữ nông thôn.",
                    [T(25000, "count", ">=", 2030)],
                ),
            ],
        ),
        (
            "3",
            "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            [
                (
                    "3.1",
                    "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,6 lần vào năm 2028 và 1,4 lần vào năm 2030 so với nam giới.",
                    [T(1.6, "times", "<=", 2028), T(1.4, "times", "<=", 2030)],
                ),
                (
                    "3.2",
                    "Đến năm 2030: 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 85% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                    [
                        T(90, "%", ">=", 2030, l="người bị bạo lực"),
                        T(85, "%", ">=", 2030, l="người gây bạo lực"),
                    ],
                ),
                (
                    "3.3",
                    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "3.4",
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
                    "4.1",
                    "Tỷ số giới tính khi sinh giảm từ 114,2 bé trai/100 bé gái sinh ra sống năm 2025 xuống còn 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                    [T(110, "boys_per_100_girls", "<=", 2030, b=114.2)],
                ),
                (
                    "4.2",
                    "Duy trì tỷ số tử vong mẹ liên quan đến thai sản dưới 40/100.000 trẻ đẻ sống.",
                    [T(40, "per_100000_live_births", "<", 2030)],
                ),
                (
                    "4.3",
                    "Tỷ suất sinh ở vị thành niên không quá 20 ca sinh/1.000 phụ nữ.",
                    [T(20, "per_1000_women", "<=", 2030)],
                ),
            ],
        ),
        (
            "5",
            "Trong lĩnh vực giáo dục, đào tạo",
            [
                (
                    "5.1",
                    "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục của tỉnh và được giảng dạy chính thức ở các trường sư phạm.",
                    [T(None, "bool", "=", 2030)],
                ),
                (
                    "5.2",
                    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99,5%, hoàn thành cấp trung học cơ sở đạt 96,5%.",
                    [
                        T(99.5, "%", ">=", 2030, l="tiểu học"),
                        T(96.5, "%", ">=", 2030, l="trung học cơ sở"),
                    ],
                ),
                (
                    "5.3",
                    "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 45%.",
                    [T(45, "%", ">=", 2030)],
                ),
                (
                    "5.4",
                    "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 32%.",
                    [T(50, "%", ">=", 2030, l="thạc sĩ"), T(32, "%", ">=", 2030, l="tiến sĩ")],
                ),
            ],
        ),
        (
            "6",
            "Trong lĩnh vực thông tin, truyền thông",
            [
                (
                    "6.1",
                    "Đạt trên 85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                    [T(85, "%", ">", 2030)],
                ),
                (
                    "6.2",
                    "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "6.3",
                    "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                    [T(100, "%", ">=", 2030)],
                ),
                (
                    "6.4",
                    "Đến năm 2027, hoàn thành xây dựng cơ sở dữ liệu thống kê về giới của tỉnh, cập nhật số liệu theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
                    [T(None, "bool", "=", 2027)],
                ),
            ],
        ),
    ]

    # the officer's list letters for objectives (note the repeated "d)" as in many real drafts)
    LETTERS = ["a", "b", "c", "d", "d", "e"]

    def _objective_blocks():
        out = []
        for (code, title, inds), let in zip(OBJ, LETTERS):
            sep = " : " if code == "3" else ": "
            out.append(f"{let}) Mục tiêu {code}{sep}{title}")
            for icode, text, _ in inds:
                n = icode.split(".")[1]
                lab = "chỉ tiêu" if icode == "4.2" else "Chỉ tiêu"
                out.append(f"- {lab} {n}: {text}")
        return out

    BLOCKS = (
        [
            (
                "header",
                ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "", "Số:     /KH-UBND"],
                [
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "",
                    "Nghệ An, ngày    tháng 6 năm 2026",
                ],
            ),
            "KẾ HOẠCH",
            "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An giai đoạn 2026-2030",
            "Căn cứ Luật Bình đẳng giới năm 2006;",
            "Căn cứ Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
            "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
            "Thực hiện Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
            "UBND tỉnh Nghệ An ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:",
            "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
            "Sau 05 năm triển khai, công tác bình đẳng giới trên địa bàn tỉnh đạt nhiều kết quả tích cực: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 58,6%; tỷ lệ lao động nữ làm công hưởng lương đạt 46%; 100% nạn nhân bị mua bán trở về được hỗ trợ theo quy định; tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98,9%. Tuy nhiên, tỷ số giới tính khi sinh vẫn ở mức cao (114,2 bé trai/100 bé gái năm 2025); tình trạng tảo hôn ở các xã miền núi phía Tây (thuộc các huyện Kỳ Sơn, Tương Dương, Quế Phong trước đây) còn diễn biến phức tạp; số liệu thống kê có tách biệt giới ở cấp xã chưa đầy đủ.",
            "Nguyên nhân của hạn chế: Một số cấp ủy, chính quyền chưa thực sự quan tâm đến công tác bình đẳng giới; định kiến giới còn tồn tại trong một bộ phận Nhân dân; nguồn lực bố trí cho công tác bình đẳng giới còn hạn chế; đội ngũ cán bộ làm công tác bình đẳng giới ở cơ sở thường xuyên thay đổi, kiêm nhiệm nhiều việc sau khi sắp xếp bộ máy.",
            "II. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích: Cụ thể hóa các mục tiêu của Chiến lược quốc gia về bình đẳng giới phù hợp với điều kiện của tỉnh trong giai đoạn 2026 - 2030; nâng cao hiệu quả quản lý nhà nước về bình đẳng giới trong mô hình chính quyền địa phương hai cấp.",
            "2. Yêu cầu: Các sở, ban, ngành, địa phương xác định công tác bình đẳng giới là nhiệm vụ thường xuyên; phân công rõ đơn vị chủ trì, phối hợp đối với từng chỉ tiêu; báo cáo đúng thời hạn, số liệu có tách biệt giới.",
            "3. Các hoạt động triển khai phải gắn với việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 và các chương trình mục tiêu quốc gia trên địa bàn; huy động sự vào cuộc của cả hệ thống chính trị.",
            "III. MỤC TIÊU",
            "1. Mục tiêu tổng quát",
            "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng Nghệ An trở thành tỉnh khá của cả nước.",
            "2. Mục tiêu cụ thể",
        ]
        + _objective_blocks()
        + [
            "IV. NHIỆM VỤ, GIẢI PHÁP",
            "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền; đưa nội dung bình đẳng giới vào chương trình công tác hằng năm; kiểm tra, giám sát việc thực hiện các chỉ tiêu bình đẳng giới tại cơ quan, đơn vị, địa phương.",
            "2. Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển kinh tế - xã hội; ưu tiên nguồn lực cho các xã miền núi, vùng đồng bào dân tộc thiểu số.",
            "3. Tuyên truyền, giáo dục thay đổi nhận thức, hành vi về bình đẳng giới; chú trọng truyền thông về mất cân bằng giới tính khi sinh, phòng, chống tảo hôn, hôn nhân cận huyết thống, mua bán người qua biên giới.",
            "4. Hỗ trợ phụ nữ phát triển kinh tế, tiếp cận vốn vay, khởi nghiệp; đào tạo nghề cho lao động nữ nông thôn gắn với giải quyết việc làm, xuất khẩu lao động an toàn.",
            "5. Kiện toàn hệ thống cung cấp dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới; nhân rộng mô hình “Địa chỉ tin cậy”, nhà tạm lánh, đường dây nóng tại cộng đồng.",
            "6. Nâng cao năng lực đội ngũ cán bộ làm công tác bình đẳng giới các cấp; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh; tăng cường thanh tra, kiểm tra liên ngành.",
            "7. Giải pháp cụ thể theo từng mục tiêu:",
            "a) Đối với Mục tiêu 1: Thực hiện nghiêm quy định về tỷ lệ nữ trong quy hoạch, đào tạo, bồi dưỡng; ưu tiên xem xét bổ nhiệm cán bộ nữ khi có đủ điều kiện, tiêu chuẩn; tạo nguồn cán bộ nữ là người dân tộc Thái, Mông, Khơ Mú ở các xã miền núi.",
            "b) Đối với Mục tiêu 2: Lồng ghép hỗ trợ lao động nữ trong các chương trình giảm nghèo, xây dựng nông thôn mới, giáo dục nghề nghiệp; phát triển các mô hình sinh kế như trồng dược liệu, dệt thổ cẩm, du lịch cộng đồng; hỗ trợ phụ nữ làm chủ doanh nghiệp nhỏ và vừa tiếp cận tín dụng, thị trường.",
            "c) Đối với Mục tiêu 3: Vận động nam giới chia sẻ công việc nhà; phát hiện sớm, can thiệp kịp thời các vụ bạo lực gia đình; hỗ trợ tâm lý, pháp lý, y tế cho người bị bạo lực; phối hợp với các lực lượng chức năng của nước bạn Lào trong tiếp nhận, xác minh, hỗ trợ nạn nhân bị mua bán trở về.",
            "d) Đối với Mục tiêu 4: Tăng cường truyền thông chuyển đổi hành vi về lựa chọn giới tính thai nhi; xử lý nghiêm các cơ sở vi phạm quy định về chẩn đoán, lựa chọn giới tính thai nhi; nâng cao năng lực cấp cứu sản khoa tại các bệnh viện đa khoa khu vực và trạm y tế xã.",
            "đ) Đối với Mục tiêu 5: Đưa nội dung bình đẳng giới vào chương trình giáo dục địa phương; duy trì và mở rộng mô hình trường phổ thông dân tộc bán trú; hỗ trợ học bổng cho học sinh nữ dân tộc thiểu số có hoàn cảnh khó khăn.",
            "e) Đối với Mục tiêu 6: Đa dạng hóa hình thức truyền thông trên báo chí, hệ thống loa truyền thanh cơ sở, mạng xã hội; biên soạn tài liệu truyền thông bằng tiếng Thái, tiếng Mông; định kỳ cập nhật số liệu thống kê về giới phục vụ công tác chỉ đạo, điều hành.",
            "V. KINH PHÍ THỰC HIỆN",
            "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án, dự án liên quan và huy động từ các nguồn hợp pháp khác. Các cơ quan, đơn vị, địa phương lập dự toán kinh phí thực hiện nhiệm vụ được giao, tổng hợp chung vào dự toán ngân sách hằng năm.",
            "VI. TỔ CHỨC THỰC HIỆN",
            "a) Sở Nội vụ",
            "- Là cơ quan thường trực, tham mưu UBND tỉnh chỉ đạo, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo theo quy định.",
            "- Chủ trì theo dõi, đánh giá và báo cáo kết quả thực hiện các chỉ tiêu thuộc mục tiêu 1; chỉ tiêu 1, 2, 4 mục tiêu 2; chỉ tiêu 2 mục tiêu 3 (phần số liệu về bạo lực trên cơ sở giới); chỉ tiêu 1, 2, 4 mục tiêu 6.",
            "- Chủ trì xây dựng cơ sở dữ liệu thống kê về giới của tỉnh; tham mưu tổ chức sơ kết, tổng kết Kế hoạch.",
            "b) Sở Tài chính",
            "- Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch; hướng dẫn lồng ghép chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội của tỉnh.",
            "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3 mục tiêu 2.",
            "c) Sở Y tế",
            "- Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản; chỉ đạo các cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
            "- Chủ trì theo dõi, báo cáo chỉ tiêu 4 mục tiêu 3 và các chỉ tiêu thuộc mục tiêu 4.",
            "d) Sở Giáo dục và Đào tạo",
            "- Lồng ghép nội dung bình đẳng giới trong chương trình giáo dục; quản lý nhà nước về giáo dục nghề nghiệp; vận động học sinh dân tộc thiểu số đến trường đúng độ tuổi.",
            "- Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc mục tiêu 5, trừ chỉ tiêu 4.",
            "đ) Sở Khoa học và Công nghệ",
            "- Lồng ghép bình đẳng giới trong các nhiệm vụ khoa học và công nghệ, chuyển đổi số; hướng dẫn các cơ quan đăng tải thông tin về bình đẳng giới trên cổng, trang thông tin điện tử.",
            "- Chủ trì theo dõi, báo cáo chỉ tiêu 4 mục tiêu 5.",
            "e) Sở Văn hóa, Thể thao và Du lịch",
            "- Chủ trì công tác phòng, chống bạo lực gia đình; quản lý báo chí, thông tin cơ sở; chỉ đạo Báo và Phát thanh, Truyền hình Nghệ An tăng thời lượng tuyên truyền về bình đẳng giới.",
            "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 mục tiêu 3 (phần số liệu về bạo lực gia đình) và chỉ tiêu 3 mục tiêu 6; phối hợp với Sở Nội vụ đánh giá chỉ tiêu 1 mục tiêu 6.",
            "g) Công an tỉnh",
            "- Chủ trì phòng, chống mua bán người, nhất là tuyến biên giới Việt - Lào; điều tra, xử lý nghiêm các hành vi bạo lực trên cơ sở giới.",
            "- Chủ trì theo dõi, báo cáo chỉ tiêu 3 mục tiêu 3.",
            "h) Thống kê tỉnh",
            "- Chủ trì thu thập, tính toán và báo cáo chỉ tiêu 1 mục tiêu 3.",
            "- Phối hợp cung cấp số liệu đối với chỉ tiêu 1, 2, 3 mục tiêu 2, chỉ tiêu 1 mục tiêu 4 và phối hợp với Sở Nội vụ xây dựng cơ sở dữ liệu thống kê về giới (chỉ tiêu 4 mục tiêu 6).",
            "i) Sở Dân tộc và Tôn giáo",
            "- Triển khai Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 mục tiêu 5.",
            "k) Sở Tư pháp",
            "- Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật; trợ giúp pháp lý cho người bị bạo lực trên cơ sở giới.",
            "l) Sở Nông nghiệp và Môi trường",
            "- Lồng ghép bình đẳng giới trong chương trình xây dựng nông thôn mới, khuyến nông; hỗ trợ phụ nữ dân tộc thiểu số phát triển kinh tế rừng, dược liệu dưới tán rừng; bảo đảm quyền sử dụng đất của phụ nữ.",
            "m) Báo và Phát thanh, Truyền hình Nghệ An",
            "- Duy trì chuyên mục về gia đình, bình đẳng giới trên sóng phát thanh, truyền hình và báo điện tử; tăng cường các tin, bài, phóng sự về gương phụ nữ tiêu biểu, về mô hình phòng, chống bạo lực gia đình hiệu quả ở cơ sở.",
            "n) Liên đoàn Lao động tỉnh, Tỉnh đoàn",
            "- Đề nghị Liên đoàn Lao động tỉnh giám sát việc thực hiện chính sách đối với lao động nữ tại các khu công nghiệp Bắc Vinh, VSIP Nghệ An, WHA; Tỉnh đoàn thành lập, duy trì các câu lạc bộ thanh niên về bình đẳng giới, phòng, chống tảo hôn.",
            "o) Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức thành viên",
            "- Tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới.",
            "- Hội Liên hiệp Phụ nữ tỉnh phối hợp cung cấp số liệu về người bị bạo lực được hỗ trợ tại các mô hình do Hội quản lý (chỉ tiêu 2 mục tiêu 3).",
            "p) UBND các xã, phường",
            "- Xây dựng, ban hành kế hoạch thực hiện công tác bình đẳng giới giai đoạn 2026 - 2030 của địa phương trước ngày 30/6/2026.",
            "- Bố trí công chức phụ trách, thu thập số liệu có tách biệt giới trên địa bàn; chỉ đạo các thôn, bản, khối, xóm triển khai các hoạt động bình đẳng giới.",
            "- Lồng ghép nội dung bình đẳng giới vào hương ước, quy ước của thôn, bản; kiện toàn tổ hòa giải, địa chỉ tin cậy, nhóm phòng, chống bạo lực gia đình ở cộng đồng; định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Sở Nội vụ theo quy định tại Mục VII.",
            "VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
            "1. Báo cáo định kỳ: Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch (báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 10/12 hằng năm) về Sở Nội vụ. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 30/6 (báo cáo 6 tháng) và trước ngày 25/12 (báo cáo năm).",
            "2. Sơ kết giữa kỳ: Năm 2028 tổ chức sơ kết 03 năm thực hiện Kế hoạch; các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết về Sở Nội vụ trước ngày 31/5/2028.",
            "3. Tổng kết: Các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết giai đoạn 2026 - 2030 về Sở Nội vụ trước ngày 15/10/2030; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 30/10/2030.",
            "4. Báo cáo đột xuất theo yêu cầu của UBND tỉnh và Bộ Nội vụ.",
            "Yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện. Quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./.",
            (
                "header",
                [
                    "Nơi nhận:",
                    "- Bộ Nội vụ (để b/c);",
                    "- TT Tỉnh ủy, TT HĐND tỉnh;",
                    "- Chủ tịch, các PCT UBND tỉnh;",
                    "- Các sở, ban, ngành cấp tỉnh;",
                    "- UBND các xã, phường;",
                    "- Lưu: VT, KGVX.",
                ],
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Bùi Đình Long"],
            ),
        ]
    )

    EXPECTED = {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An giai đoạn 2026-2030",
        "issuer": "UBND tỉnh Nghệ An",
        "level": "province",
        "area": "Nghệ An",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": [
            {
                "code": c,
                "title": t,
                "indicators": [{"code": ic, "text": tx, "targets": tg} for ic, tx, tg in inds],
            }
            for c, t, inds in OBJ
        ],
        "assignments": [
            {
                "agency": "Sở Nội vụ",
                "role": "lead",
                "indicators": ["1.1", "1.2", "2.1", "2.2", "2.4", "3.2", "6.1", "6.2", "6.4"],
            },
            {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
            {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.4", "4.1", "4.2", "4.3"]},
            {
                "agency": "Sở Giáo dục và Đào tạo",
                "role": "lead",
                "indicators": ["5.1", "5.2", "5.3"],
            },
            {"agency": "Sở Khoa học và Công nghệ", "role": "lead", "indicators": ["5.4"]},
            {
                "agency": "Sở Văn hóa, Thể thao và Du lịch",
                "role": "lead",
                "indicators": ["3.2", "6.3"],
            },
            {"agency": "Sở Văn hóa, Thể thao và Du lịch", "role": "support", "indicators": ["6.1"]},
            {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
            {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
            {
                "agency": "Thống kê tỉnh",
                "role": "support",
                "indicators": ["2.1", "2.2", "2.3", "4.1", "6.4"],
            },
            {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["5.2"]},
            {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["3.2"]},
        ],
        "reporting": [
            {"kind": "semiannual", "by": "units", "due": "06-15"},
            {"kind": "annual", "by": "units", "due": "12-10"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-30"},
            {"kind": "annual", "by": "consolidator", "due": "12-25"},
            {"kind": "midterm", "by": "units", "due": "2028-05-31"},
            {"kind": "final", "by": "units", "due": "2030-10-15"},
            {"kind": "final", "by": "consolidator", "due": "2030-10-30"},
            {"kind": "plan", "by": "units", "due": "2026-06-30"},
        ],
    }

    PLAN = {
        "name": "r8a-nghe-an-2026-2030",
        "ext": "txt",
        "blocks": BLOCKS,
        "expected": EXPECTED,
    }
    return PLAN


PLANS = [_plan_a(), _plan_b(), _plan_c()]
