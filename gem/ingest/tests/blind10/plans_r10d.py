"""Blind test plans r10d: three province annual plans (2026-2028), written without the extractor.

Nghệ An 2027 (.pdf), Đồng Tháp 2026 (.md), Lào Cai 2028 (.docx).
Each plan: name, ext, blocks (see ../blind3/render.py) and the hand-checked gem.plan/1 expectation.
"""


def T(value, unit="%", comparator=">=", year=None, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def _with_year(targets, year):
    out = []
    for t in targets:
        t = dict(t)
        if t["year"] is None:
            t["year"] = year
        out.append(t)
    return out


def _objectives(spec, year):
    """spec: [(code, title, [(text, [targets])...])] -> gem.plan/1 objectives."""
    objs = []
    for code, title, inds in spec:
        objs.append(
            {
                "code": code,
                "title": title,
                "indicators": [
                    {"code": f"{code}.{i}", "text": text, "targets": _with_year(tg, year)}
                    for i, (text, tg) in enumerate(inds, 1)
                ],
            }
        )
    return objs


# ---------------------------------------------------------------------------
# 1. Nghệ An 2027 (.pdf): "a) Mục tiêu 1:" + "- Chỉ tiêu 1:", agencies numbered "1.",
#    reporting regime in its own section VII, a review of 2026 with figures before the targets.
# ---------------------------------------------------------------------------

NA = 2027
NA_LB = [
    "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
    "Kế hoạch số 318/KH-UBND ngày 12/5/2026 của UBND tỉnh Nghệ An về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
    "Công văn số 7120/BNV-CTTN&BĐG ngày 18/11/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
]

NA_O1 = "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị"
NA_11 = "Phấn đấu năm 2027 có 66% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ."
NA_12 = "Tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp sở và tương đương đạt từ 30% trở lên."
NA_O2 = "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động"
NA_21 = "Tỷ lệ lao động nữ làm công hưởng lương đạt 53,5%."
NA_22 = "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống còn 38%."
NA_23 = "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 27,5%."
NA_O3 = "Nâng cao chất lượng bình đẳng giới trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"
NA_31 = "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới từ 1,8 lần (năm 2025) xuống còn 1,6 lần."
NA_32a = "85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản;"
NA_32b = "60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."
NA_33 = "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng."
NA_34 = "Có ít nhất 85% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
NA_O4 = "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe"
NA_41 = "Tỷ số giới tính khi sinh không quá 112 bé trai/100 bé gái sinh ra sống."
NA_42 = "Tỷ lệ tử vong bà mẹ liên quan đến thai sản duy trì dưới 40/100.000 trẻ đẻ sống."
NA_43 = "Tỷ suất sinh ở vị thành niên giảm xuống 17 ca sinh/1.000 phụ nữ."
NA_O5 = "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo"
NA_51 = "Nội dung về giới, bình đẳng giới tiếp tục được đưa vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh và được giảng dạy chính thức tại Trường Cao đẳng Sư phạm Nghệ An."
NA_52 = "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98,5%, hoàn thành cấp trung học cơ sở đạt 92%."
NA_53 = "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt khoảng 38%."
NA_54 = "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 31%."
NA_O6 = "Bảo đảm bình đẳng giới trong lĩnh vực thông tin và truyền thông"
NA_61 = "Phần đấu 75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới."
NA_62 = "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới."
NA_63 = "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở."
NA_64 = "Báo và Phát thanh, Truyền hình Nghệ An duy trì chuyên mục về bình đẳng giới, mỗi tháng có ít nhất 02 tin, bài, phóng sự nâng cao nhận thức về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới."

NA_SPEC = [
    ("1", NA_O1, [(NA_11, [T(66)]), (NA_12, [T(30)])]),
    (
        "2",
        NA_O2,
        [(NA_21, [T(53.5)]), (NA_22, [T(38, comparator="<=")]), (NA_23, [T(27.5, comparator=">")])],
    ),
    (
        "3",
        NA_O3,
        [
            (NA_31, [T(1.6, "times", "<=", baseline=1.8)]),
            (
                NA_32a + " " + NA_32b,
                [T(85, label="người bị bạo lực"), T(60, label="người gây bạo lực")],
            ),
            (NA_33, [T(100)]),
            (NA_34, [T(85)]),
        ],
    ),
    (
        "4",
        NA_O4,
        [
            (NA_41, [T(112, "boys_per_100_girls", "<=")]),
            (NA_42, [T(40, "per_100000_live_births", "<")]),
            (NA_43, [T(17, "per_1000_women", "<=")]),
        ],
    ),
    (
        "5",
        NA_O5,
        [
            (NA_51, [T(None, "bool", "=")]),
            (NA_52, [T(98.5, label="tiểu học"), T(92, label="trung học cơ sở")]),
            (NA_53, [T(38, comparator="=")]),
            (NA_54, [T(50, label="thạc sĩ"), T(31, label="tiến sĩ")]),
        ],
    ),
    (
        "6",
        NA_O6,
        [
            (NA_61, [T(75)]),
            (NA_62, [T(100)]),
            (NA_63, [T(100)]),
            (NA_64, [T(2, "items_per_month", ">=")]),
        ],
    ),
]

NA_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "", "Số: 412/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Nghệ An, ngày 22 tháng 01 năm 2027",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An năm 2027**",
    "Căn cứ " + NA_LB[0] + ";",
    "Căn cứ " + NA_LB[1] + ";",
    "Căn cứ " + NA_LB[2] + ";",
    "Căn cứ " + NA_LB[3] + ";",
    "Theo đề nghị của Sở Nội vụ tại Tờ trình số 95/TTr-SNV ngày 10/01/2027, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An năm 2027 như sau:",
    "**I. KẾT QUẢ THỰC HIỆN NĂM 2026**",
    "Năm 2026 là năm đầu triển khai Kế hoạch giai đoạn 2026 - 2030 trong điều kiện tổ chức bộ máy chính quyền địa phương hai cấp vừa được kiện toàn. Các sở, ban, ngành và UBND các xã, phường đã chủ động ban hành văn bản chỉ đạo, lồng ghép nội dung bình đẳng giới vào chương trình công tác năm; công tác truyền thông được đẩy mạnh, nhất là trong Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "Một số chỉ tiêu đạt khá: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ ước đạt 63,2%; tỷ lệ lao động nữ làm công hưởng lương ước đạt 51,8%; tỷ số giới tính khi sinh là 113,4 bé trai/100 bé gái¹; 100% nạn nhân bị mua bán trở về có nhu cầu được hỗ trợ. Tuy nhiên, tỷ trọng lao động nữ trong khu vực nông nghiệp còn cao (40,1%), tỷ suất sinh ở vị thành niên tại một số xã miền núi phía Tây còn trên 25 ca sinh/1.000 phụ nữ; số liệu tách biệt giới ở cấp xã chưa đầy đủ, việc cập nhật cơ sở dữ liệu thống kê về giới còn chậm.",
    (
        "footnote",
        "¹ Số liệu ước tính của Thống kê tỉnh Nghệ An, tháng 12/2026; số liệu chính thức sẽ được cập nhật trong báo cáo năm.",
    ),
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "1. Mục đích",
    "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch số 318/KH-UBND ngày 12/5/2026 của UBND tỉnh cho năm 2027; tiếp tục nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, các ngành, đoàn thể và Nhân dân về bình đẳng giới.",
    "- Thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội, nhất là ở vùng miền núi, vùng đồng bào dân tộc thiểu số phía Tây Nghệ An.",
    "2. Yêu cầu",
    "- Các sở, ban, ngành, UBND các xã, phường xác định nhiệm vụ cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành; lồng ghép việc thực hiện Kế hoạch với các chương trình mục tiêu quốc gia và nhiệm vụ chuyên môn của ngành, địa phương.",
    "- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị; số liệu báo cáo phải đầy đủ, chính xác, có sự tách biệt giới và đúng thời gian quy định.",
    "**III. MỤC TIÊU, CHỈ TIÊU NĂM 2027**",
    "1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần thực hiện thắng lợi mục tiêu phát triển kinh tế - xã hội của tỉnh năm 2027.",
    "2. Mục tiêu, chỉ tiêu cụ thể",
    "a) Mục tiêu 1: " + NA_O1 + ".",
    "- Chỉ tiêu 1: " + NA_11,
    "- Chỉ tiêu 2: " + NA_12,
    "b) Mục tiêu 2: " + NA_O2 + ".",
    "- Chỉ tiêu 1: " + NA_21,
    "- Chỉ tiêu 2: " + NA_22,
    "- Chỉ tiêu 3: " + NA_23,
    "c) Mục tiêu 3: " + NA_O3 + ".",
    "- Chỉ tiêu 1: " + NA_31,
    "- Chỉ tiêu 2: " + NA_32a,
    NA_32b,
    "- Chỉ tiêu 3: " + NA_33,
    ("page",),
    "- Chỉ tiêu 4: " + NA_34,
    "d) Mục tiêu 4: " + NA_O4 + ".",
    "- Chỉ tiêu 1: " + NA_41,
    "- Chỉ tiêu 2: " + NA_42,
    "- Chỉ tiêu 3: " + NA_43,
    "đ) Mục tiêu 5: " + NA_O5 + ".",
    "- Chỉ tiêu 1: " + NA_51,
    "- Chỉ tiêu 2: " + NA_52,
    "- Chỉ tiêu 3: " + NA_53,
    "- Chỉ tiêu 4: " + NA_54,
    "e) Mục tiêu 6: " + NA_O6 + ".",
    "- Chỉ tiêu 1: " + NA_61,
    "- Chỉ tiêu 2: " + NA_62,
    "- Chỉ tiêu 3: " + NA_63,
    "- Chỉ tiêu 4: " + NA_64,
    "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền các cấp đối với công tác bình đẳng giới; đưa chỉ tiêu về bình đẳng giới vào Kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh và của từng ngành, địa phương; đề cao trách nhiệm của người đứng đầu trong việc thực hiện các biện pháp thúc đẩy bình đẳng giới tại cơ quan, đơn vị.",
    "2. Rà soát, kiến nghị sửa đổi các văn bản có nội dung chưa bảo đảm nguyên tắc bình đẳng giới; thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của HĐND, UBND tỉnh; phấn đấu 100% dự thảo nghị quyết, quyết định quy phạm pháp luật có nội dung liên quan được đánh giá tác động giới.",
    "3. Đẩy mạnh công tác thông tin, truyền thông nâng cao nhận thức, thay đổi hành vi về bình đẳng giới; chú trọng truyền thông trên nền tảng số, mạng xã hội và hệ thống loa truyền thanh cơ sở; tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ (08/3), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10), Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027).",
    "4. Triển khai hiệu quả Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại các xã miền Tây Nghệ An (địa bàn các huyện Kỳ Sơn, Tương Dương, Quế Phong, Con Cuông trước đây); duy trì và nhân rộng mô hình “Địa chỉ tin cậy - Nhà tạm lánh” tại cộng đồng, câu lạc bộ “Thủ lĩnh của sự thay đổi” trong trường học.",
    "5. Nâng cao năng lực quản lý nhà nước về bình đẳng giới; tổ chức tập huấn cho đội ngũ công chức làm công tác bình đẳng giới cấp xã (dự kiến 04 lớp, khoảng 520 học viên), đội ngũ báo cáo viên, tuyên truyền viên; bố trí công chức phụ trách công tác bình đẳng giới tại Phòng Văn hóa - Xã hội các xã, phường.",
    "6. Hoàn thiện cơ sở dữ liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia; chuẩn hóa biểu mẫu thu thập số liệu có tách biệt giới từ cấp xã; kết nối với hệ thống báo cáo chuyên ngành của các sở, ngành.",
    "7. Tăng cường thanh tra, kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, doanh nghiệp, đặc biệt là các doanh nghiệp sử dụng nhiều lao động nữ tại các khu công nghiệp VSIP Nghệ An, Nam Cấm, WHA; xử lý nghiêm các hành vi vi phạm.",
    "8. Hỗ trợ phụ nữ phát triển kinh tế: ưu tiên phụ nữ nông thôn, phụ nữ dân tộc thiểu số tham gia các lớp đào tạo nghề ngắn hạn, đào tạo kỹ năng số; kết nối tín dụng chính sách qua Ngân hàng Chính sách xã hội; hỗ trợ các hợp tác xã do phụ nữ quản lý tham gia chương trình OCOP và các sàn thương mại điện tử.",
    "9. Huy động sự tham gia của nam giới và trẻ em trai trong thực hiện bình đẳng giới; tổ chức các hoạt động đối thoại chính sách giữa lãnh đạo địa phương với phụ nữ, thanh niên tại các xã, phường về các vấn đề bình đẳng giới, bạo lực gia đình, lao động di cư.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2027 của các sở, ban, ngành, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan.",
    "2. Huy động các nguồn tài trợ, viện trợ hợp pháp của các tổ chức, cá nhân trong và ngoài nước theo quy định của pháp luật.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "1. Sở Nội vụ",
    "- Là cơ quan thường trực, giúp UBND tỉnh hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027 trên địa bàn tỉnh.",
    "- Tham mưu công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; lồng ghép kiến thức về giới trong các chương trình bồi dưỡng cán bộ, công chức, viên chức.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, 2 Mục tiêu 2; chỉ tiêu 1, 2 Mục tiêu 6.",
    "- Phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (phần số liệu về bạo lực trên cơ sở giới).",
    "- Tổng hợp kết quả thực hiện Kế hoạch của các cơ quan, đơn vị, địa phương, tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo quy định.",
    "2. Sở Tài chính",
    "- Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước; hướng dẫn lồng ghép các chỉ tiêu về bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2027.",
    "- Chịu trách nhiệm thu thập, báo cáo số liệu chỉ tiêu 3 Mục tiêu 2.",
    "3. Sở Y tế",
    "- Triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh; tăng cường thanh tra, kiểm tra các cơ sở y tế trong việc chẩn đoán, lựa chọn giới tính thai nhi; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em tại các xã miền núi.",
    "- Chỉ đạo các cơ sở trợ giúp xã hội công lập triển khai các dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới.",
    "- Theo dõi, đánh giá và báo cáo các chỉ tiêu của Mục tiêu 4; chỉ tiêu 4 Mục tiêu 3.",
    "- Phối hợp với Công an tỉnh trong tiếp nhận, hỗ trợ y tế, tâm lý cho nạn nhân bị mua bán trở về (chỉ tiêu 3 Mục tiêu 3).",
    "4. Sở Giáo dục và Đào tạo",
    "- Chỉ đạo các cơ sở giáo dục lồng ghép nội dung giới, bình đẳng giới, giáo dục giới tính, sức khỏe sinh sản vào hoạt động dạy học và giáo dục; phòng, chống bạo lực học đường.",
    "- Tăng cường công tác tư vấn, hướng nghiệp, khuyến khích học sinh nữ theo học các ngành nghề kỹ thuật, công nghệ.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
    "5. Sở Văn hóa, Thể thao và Du lịch",
    "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng thời lượng tuyên truyền về bình đẳng giới; quản lý chặt chẽ các sản phẩm văn hóa, quảng cáo có nội dung định kiến giới.",
    "- Triển khai công tác phòng, chống bạo lực gia đình; thu thập, thống kê số liệu về bạo lực gia đình trên địa bàn tỉnh.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình); chỉ tiêu 3, 4 Mục tiêu 6.",
    "6. Công an tỉnh",
    "- Chủ trì triển khai các nhiệm vụ phòng, chống mua bán người, nhất là trên tuyến biên giới Việt - Lào; điều tra, xử lý nghiêm các vụ bạo lực gia đình, xâm hại phụ nữ, trẻ em.",
    "- Chủ trì, phối hợp với các đơn vị liên quan theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 3.",
    "7. Thống kê tỉnh",
    "- Chủ trì thu thập, cung cấp số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Nội vụ, Sở Tài chính tổng hợp số liệu các chỉ tiêu thuộc Mục tiêu 2.",
    "- Cập nhật, công bố số liệu của tỉnh thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia; hỗ trợ kỹ thuật xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
    "8. Sở Dân tộc và Tôn giáo",
    "- Tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ hủ tục, giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống.",
    "- Phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 Mục tiêu 5 đối với học sinh người dân tộc thiểu số.",
    "9. Sở Tư pháp: Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; tổ chức trợ giúp pháp lý cho phụ nữ là nạn nhân của bạo lực gia đình, mua bán người.",
    "10. Báo và Phát thanh, Truyền hình Nghệ An: Xây dựng, duy trì chuyên trang, chuyên mục về bình đẳng giới; phối hợp thực hiện chỉ tiêu 4 Mục tiêu 6.",
    "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
    "- Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; lồng ghép nội dung bình đẳng giới trong các cuộc vận động, phong trào thi đua.",
    "- Hội Liên hiệp Phụ nữ tỉnh: phối hợp cung cấp số liệu phục vụ theo dõi chỉ tiêu 2 Mục tiêu 3; tiếp tục triển khai Đề án hỗ trợ phụ nữ khởi nghiệp, giới thiệu cán bộ nữ có năng lực để quy hoạch, bồi dưỡng.",
    "12. UBND các xã, phường",
    "- Xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2027 của địa phương; bố trí kinh phí, nhân lực thực hiện; chỉ đạo Phòng Văn hóa - Xã hội theo dõi, tổng hợp kết quả thực hiện các chỉ tiêu trên địa bàn.",
    "- Thực hiện chế độ báo cáo theo quy định tại Mục VII Kế hoạch này.",
    "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "1. Các sở, ban, ngành cấp tỉnh, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch (có số liệu tách biệt theo giới) gửi về Sở Nội vụ như sau:",
    "- Báo cáo 6 tháng đầu năm: gửi trước ngày 05/6/2027;",
    "- Báo cáo năm: gửi trước ngày 25/11/2027.",
    "2. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 15/6/2027; báo cáo năm trước ngày 10/12/2027.",
    "3. Ngoài báo cáo định kỳ, các cơ quan, đơn vị, địa phương thực hiện báo cáo đột xuất khi có yêu cầu của cấp có thẩm quyền.",
    ("page",),
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An năm 2027. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành cấp tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX (Th).",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Bùi Đình Long"],
    ),
]

NA_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Nghệ An năm 2027",
    "issuer": "UBND tỉnh Nghệ An",
    "level": "province",
    "area": "Nghệ An",
    "period": {"start": NA, "end": NA},
    "legal_bases": NA_LB,
    "parent": "Kế hoạch số 318/KH-UBND ngày 12/5/2026 của UBND tỉnh Nghệ An",
    "objectives": _objectives(NA_SPEC, NA),
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2"],
        },
        {"agency": "Sở Nội vụ", "role": "support", "indicators": ["3.2"]},
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3", "3.4"]},
        {"agency": "Sở Y tế", "role": "support", "indicators": ["3.3"]},
        {
            "agency": "Sở Giáo dục và Đào tạo",
            "role": "lead",
            "indicators": ["5.1", "5.2", "5.3", "5.4"],
        },
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "role": "lead",
            "indicators": ["3.2", "6.3", "6.4"],
        },
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2", "2.3"]},
        {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["5.2"]},
        {
            "agency": "Báo và Phát thanh, Truyền hình Nghệ An",
            "role": "support",
            "indicators": ["6.4"],
        },
        {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["3.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-05"},
        {"kind": "annual", "by": "units", "due": "11-25"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-15"},
        {"kind": "annual", "by": "consolidator", "due": "12-10"},
    ],
}

PLAN_NGHE_AN = {
    "name": "r10d-nghe-an-2027",
    "ext": "pdf",
    "blocks": NA_BLOCKS,
    "expected": NA_EXPECTED,
}


# ---------------------------------------------------------------------------
# 2. Đồng Tháp 2026 (.md): indicators in a table (rows "I / Mục tiêu 1", "1, 2, 3"), the lead
#    agency of each indicator in the table's last column; "Tổ chức thực hiện" with "a)", "b)"
#    agencies that refer back to the table and add "phối hợp" duties; reporting regime as the
#    last point of "Tổ chức thực hiện", consolidator half-year date not given.
# ---------------------------------------------------------------------------

DT = 2026
DT_LB = [
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
    "Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
    "Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
]

DT_ROWS = [
    # (objective code, objective title, [(indicator cell, target cell, agency cell, [targets])])
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                "Đạt 62%",
                "Sở Nội vụ",
                [T(62)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            ("Tỷ lệ lao động nữ làm công hưởng lương", "51%", "Sở Nội vụ", [T(51)]),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
                "Dưới 33%",
                "Sở Nội vụ",
                [T(33, comparator="<")],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "Từ 26% trở lên",
                "Sở Tài chính",
                [T(26)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới",
                "Giảm còn 1,7 lần",
                "Thống kê tỉnh",
                [T(1.7, "times", "<=")],
            ),
            (
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "Người bị bạo lực: 82%; người gây bạo lực: 55%",
                "Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ",
                [T(82, label="người bị bạo lực"), T(55, label="người gây bạo lực")],
            ),
            (
                "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                "100%",
                "Công an tỉnh",
                [T(100)],
            ),
            (
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
                "80%",
                "Sở Y tế",
                [T(80)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)",
                "Ở mức 110",
                "Sở Y tế",
                [T(110, "boys_per_100_girls", "=")],
            ),
            (
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản (trên 100.000 trẻ đẻ sống)",
                "Dưới 30",
                "Sở Y tế",
                [T(30, "per_100000_live_births", "<")],
            ),
            (
                "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 đến 19 tuổi)",
                "Giảm từ 21 xuống 19",
                "Sở Y tế",
                [T(19, "per_1000_women", "<=", baseline=21)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục và được giảng dạy chính thức ở các trường sư phạm",
                "Thực hiện",
                "Sở Giáo dục và Đào tạo",
                [T(None, "bool", "=")],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học; hoàn thành cấp trung học cơ sở",
                "Tiểu học: trên 95%; trung học cơ sở: 88%",
                "Sở Giáo dục và Đào tạo",
                [T(95, comparator=">", label="tiểu học"), T(88, label="trung học cơ sở")],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
                "Trên 35%",
                "Sở Giáo dục và Đào tạo",
                [T(35, comparator=">")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "70%",
                "Sở Nội vụ",
                [T(70)],
            ),
            (
                "Tỷ lệ tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới",
                "100%",
                "Sở Nội vụ",
                [T(100)],
            ),
            (
                "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở của mỗi xã, phường",
                "Ít nhất 04 tin, bài/quý",
                "Sở Văn hóa, Thể thao và Du lịch",
                [T(4, "items_per_quarter", ">=")],
            ),
            (
                "Tỷ lệ cơ quan báo chí của tỉnh có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới hằng tháng",
                "100%",
                "Sở Văn hóa, Thể thao và Du lịch",
                [T(100)],
            ),
        ],
    ),
]

_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _dt_table():
    rows = [["TT", "Mục tiêu, chỉ tiêu", "Chỉ tiêu năm 2026", "Cơ quan chủ trì theo dõi"]]
    for k, (code, title, inds) in enumerate(DT_ROWS):
        rows.append([_ROMAN[k], f"**Mục tiêu {code}: {title}**", "", ""])
        for i, (cell, tcell, agency, _t) in enumerate(inds, 1):
            rows.append([str(i), cell, tcell, agency])
    return ("table", rows)


def _dt_assign():
    lead = {}
    for code, _title, inds in DT_ROWS:
        for i, (_c, _t, agencies, _tg) in enumerate(inds, 1):
            for a in agencies.split("; "):
                lead.setdefault(a, []).append(f"{code}.{i}")
    return [{"agency": a, "role": "lead", "indicators": v} for a, v in lead.items()]


DT_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 87/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đồng Tháp, ngày 16 tháng 4 năm 2026",
        ],
    ),
    "# KẾ HOẠCH",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026**",
    "Thực hiện " + DT_LB[0] + "; " + DT_LB[1] + "; " + DT_LB[2] + ".",
    "Xét đề nghị của Giám đốc Sở Nội vụ, Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026, cụ thể như sau:",
    "## I. MỤC ĐÍCH, YÊU CẦU",
    "**1. Mục đích**",
    "Tiếp tục triển khai có hiệu quả Luật Bình đẳng giới và Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn tỉnh sau khi hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang; thống nhất cách thức thu thập, tổng hợp số liệu bình đẳng giới giữa các địa bàn, bảo đảm số liệu năm 2026 là cơ sở để xây dựng Kế hoạch giai đoạn 2026 - 2030 của tỉnh.",
    "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, người đứng đầu cơ quan, đơn vị và của mỗi người dân đối với công tác bình đẳng giới; từng bước thu hẹp khoảng cách giới, tạo điều kiện để phụ nữ vùng nông thôn, vùng Đồng Tháp Mười và vùng ven biển Gò Công tham gia bình đẳng vào các hoạt động kinh tế - xã hội.",
    "**2. Yêu cầu**",
    "Các nhiệm vụ được triển khai thiết thực, phù hợp với chức năng, nhiệm vụ của từng cơ quan, đơn vị và điều kiện thực tế của các xã, phường theo mô hình chính quyền địa phương hai cấp; gắn việc thực hiện công tác bình đẳng giới với thực hiện nhiệm vụ chính trị của ngành, địa phương.",
    "Có sự phối hợp chặt chẽ giữa Sở Nội vụ với các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội và Ủy ban nhân dân các xã, phường trong tổ chức thực hiện, theo dõi, đánh giá kết quả.",
    "## II. MỤC TIÊU",
    "**1. Mục tiêu chung**",
    "Bảo đảm bình đẳng giới thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trên các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; phòng ngừa, ứng phó có hiệu quả với bạo lực trên cơ sở giới, góp phần vào sự phát triển nhanh và bền vững của tỉnh.",
    "**2. Mục tiêu, chỉ tiêu cụ thể năm 2026**",
    "Năm 2026, tỉnh phấn đấu thực hiện 06 mục tiêu với 18 chỉ tiêu theo Biểu dưới đây; cơ quan ghi tại cột “Cơ quan chủ trì theo dõi” chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu:",
    _dt_table(),
    "*Ghi chú: Các chỉ tiêu tỷ lệ được tính theo số liệu có tách biệt giới; đối với chỉ tiêu có số liệu điều tra (chỉ tiêu 1 Mục tiêu 3), sử dụng kết quả điều tra gần nhất do Thống kê tỉnh công bố.*",
    "## III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "**1. Công tác lãnh đạo, chỉ đạo và hoàn thiện thể chế**",
    "- Các sở, ban, ngành, Ủy ban nhân dân các xã, phường đưa nội dung bình đẳng giới vào chương trình công tác năm 2026; kiện toàn Ban Vì sự tiến bộ của phụ nữ theo hướng gọn nhẹ, phù hợp với tổ chức bộ máy mới; phân công công chức phụ trách công tác bình đẳng giới tại từng cơ quan, địa phương.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; rà soát, đề xuất sửa đổi, bổ sung hoặc bãi bỏ các quy định không còn phù hợp, chưa bảo đảm nguyên tắc bình đẳng giới sau khi hợp nhất tỉnh.",
    "**2. Công tác thông tin, truyền thông**",
    "- Đa dạng hóa hình thức truyền thông về bình đẳng giới trên Báo và Phát thanh, Truyền hình Đồng Tháp, Cổng Thông tin điện tử tỉnh, trang thông tin điện tử và hệ thống truyền thanh của các xã, phường; xây dựng các sản phẩm truyền thông ngắn phát trên nền tảng mạng xã hội, phù hợp với thanh niên, công nhân lao động tại các khu công nghiệp Long Giang, Tân Hương, Sa Đéc.",
    "- Tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 08/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10; hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2026) với chủ đề do Bộ Nội vụ hướng dẫn.",
    "- Biểu dương, nhân rộng các điển hình tiên tiến, mô hình hay trong thực hiện bình đẳng giới; phê phán các hành vi phân biệt đối xử về giới, định kiến giới.",
    "**3. Hỗ trợ phụ nữ tham gia lãnh đạo, quản lý và phát triển kinh tế**",
    "- Thực hiện quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; chú trọng tạo nguồn cán bộ nữ trẻ, cán bộ nữ người dân tộc Khmer, Hoa tại các xã có đông đồng bào dân tộc thiểu số.",
    "- Hỗ trợ lao động nữ nông thôn học nghề, chuyển đổi nghề gắn với nhu cầu của doanh nghiệp và xu hướng chuyển đổi số; hỗ trợ phụ nữ khởi nghiệp, phát triển hợp tác xã, tổ hợp tác do phụ nữ làm chủ, tham gia chuỗi giá trị các sản phẩm chủ lực như lúa, xoài, sầu riêng, thủy sản.",
    "- Kiểm tra việc thực hiện chế độ, chính sách đối với lao động nữ tại các doanh nghiệp, nhất là chính sách thai sản, nhà ở, nhà trẻ cho con công nhân.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Duy trì, nâng cao chất lượng hoạt động của các mô hình “Địa chỉ tin cậy ở cộng đồng”, đường dây nóng hỗ trợ người bị bạo lực; củng cố mạng lưới cộng tác viên tại các ấp, khu phố.",
    "- Kết nối các dịch vụ hỗ trợ thiết yếu (y tế, công an, tư pháp, xã hội) cho người bị bạo lực gia đình, bạo lực trên cơ sở giới; tư vấn, tham vấn cho người có hành vi bạo lực.",
    "- Phối hợp phát hiện, ngăn chặn, xử lý các vụ việc mua bán người, nhất là mua bán phụ nữ, trẻ em qua biên giới Campuchia và qua môi trường mạng.",
    "**5. Bình đẳng giới trong y tế, giáo dục**",
    "- Tăng cường truyền thông, tư vấn về chăm sóc sức khỏe sinh sản, sức khỏe vị thành niên; kiểm soát mất cân bằng giới tính khi sinh; nghiêm cấm việc lựa chọn giới tính thai nhi dưới mọi hình thức.",
    "- Đưa nội dung giáo dục giới, bình đẳng giới, phòng, chống xâm hại trẻ em vào các hoạt động giáo dục trong nhà trường; vận động học sinh dân tộc thiểu số, học sinh có hoàn cảnh khó khăn đi học đúng độ tuổi, hạn chế bỏ học giữa chừng.",
    "**6. Nâng cao năng lực và công tác thống kê**",
    "- Tập huấn kiến thức, kỹ năng về bình đẳng giới, lồng ghép giới cho công chức các sở, ngành và công chức Phòng Văn hóa - Xã hội các xã, phường (dự kiến 03 lớp trong quý II và quý III/2026).",
    "- Xây dựng bộ công cụ thu thập số liệu bình đẳng giới thống nhất toàn tỉnh; từng bước hình thành cơ sở dữ liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "- Định kỳ 6 tháng, Sở Nội vụ tổ chức giao ban với công chức phụ trách công tác bình đẳng giới của các sở, ngành và các xã, phường để nắm tình hình, tháo gỡ khó khăn trong thu thập số liệu.",
    "**7. Thanh tra, kiểm tra, giám sát**",
    "- Lồng ghép nội dung thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch thanh tra, kiểm tra năm 2026 của các sở, ngành; tập trung kiểm tra tại các doanh nghiệp sử dụng nhiều lao động nữ, các cơ sở giáo dục nghề nghiệp và các cơ sở trợ giúp xã hội.",
    "- Kiểm tra việc thực hiện Kế hoạch tại một số xã, phường; kịp thời chấn chỉnh những thiếu sót, xử lý nghiêm các hành vi vi phạm pháp luật về bình đẳng giới theo quy định.",
    "**8. Huy động nguồn lực và hợp tác**",
    "- Tranh thủ sự hỗ trợ về kỹ thuật, tài chính của các tổ chức quốc tế, tổ chức phi chính phủ để triển khai các mô hình phòng ngừa, ứng phó với bạo lực trên cơ sở giới, hỗ trợ sinh kế cho phụ nữ yếu thế.",
    "- Khuyến khích doanh nghiệp, nhà hảo tâm tham gia hỗ trợ phụ nữ nghèo, phụ nữ đơn thân, trẻ em gái có hoàn cảnh khó khăn; xây dựng nhà vệ sinh riêng, phòng vắt trữ sữa tại nơi làm việc.",
    "## IV. KINH PHÍ THỰC HIỆN",
    "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, bố trí trong dự toán năm 2026 của các cơ quan, đơn vị, địa phương; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và các nguồn vận động, tài trợ hợp pháp khác.",
    "## V. TỔ CHỨC THỰC HIỆN",
    "**1. Trách nhiệm của các cơ quan, đơn vị**",
    "a) Sở Nội vụ",
    "- Là cơ quan thường trực, tham mưu UBND tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương thực hiện.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu được giao tại Biểu chỉ tiêu (Mục II); tổng hợp kết quả thực hiện chung của tỉnh.",
    "- Tham mưu xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh.",
    "b) Sở Tài chính",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị lập dự toán kinh phí bình đẳng giới theo quy định.",
    "- Theo dõi, báo cáo chỉ tiêu được giao tại Biểu chỉ tiêu.",
    "c) Sở Y tế",
    "- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; chỉ đạo Trung tâm Công tác xã hội tỉnh và các cơ sở trợ giúp xã hội công lập cung cấp dịch vụ hỗ trợ người bị bạo lực trên cơ sở giới.",
    "- Phối hợp với Công an tỉnh hỗ trợ nạn nhân bị mua bán trở về, theo dõi chỉ tiêu 3 Mục tiêu 3.",
    "d) Sở Giáo dục và Đào tạo: Chỉ đạo các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp thực hiện các nhiệm vụ về bình đẳng giới trong giáo dục; theo dõi, báo cáo các chỉ tiêu của Mục tiêu 5 theo Biểu chỉ tiêu.",
    "đ) Sở Văn hóa, Thể thao và Du lịch: Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới; thực hiện công tác phòng, chống bạo lực gia đình; thống kê số liệu về bạo lực gia đình.",
    "e) Công an tỉnh: Chủ trì công tác phòng, chống mua bán người; điều tra, xử lý các vụ việc bạo lực gia đình, xâm hại tình dục phụ nữ, trẻ em.",
    "g) Thống kê tỉnh: Cung cấp số liệu thống kê về giới; phối hợp với Sở Nội vụ, Sở Tài chính cung cấp số liệu các chỉ tiêu 1, 2, 3 Mục tiêu 2.",
    "h) Sở Dân tộc và Tôn giáo: Phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 Mục tiêu 5; vận động đồng bào dân tộc thiểu số, chức sắc tôn giáo tham gia tuyên truyền về bình đẳng giới.",
    "i) Sở Tư pháp: Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; thực hiện trợ giúp pháp lý cho người bị bạo lực.",
    "k) Báo và Phát thanh, Truyền hình Đồng Tháp: Xây dựng chuyên trang, chuyên mục về bình đẳng giới; tăng thời lượng tin, bài tuyên truyền trong các đợt cao điểm.",
    "l) Các sở, ban, ngành khác: Căn cứ chức năng, nhiệm vụ, chủ động lồng ghép nội dung bình đẳng giới trong xây dựng và thực hiện các chương trình, đề án của ngành; tuyên truyền, phổ biến pháp luật về bình đẳng giới cho cán bộ, công chức, viên chức, người lao động; phân công lãnh đạo và công chức theo dõi công tác bình đẳng giới của cơ quan, đơn vị.",
    "**2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh**",
    "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới. Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ theo dõi chỉ tiêu 2 Mục tiêu 3; giới thiệu cán bộ nữ có năng lực để quy hoạch, đào tạo.",
    "Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở giám sát việc thực hiện chế độ, chính sách đối với lao động nữ; đưa nội dung bảo đảm bình đẳng giới, phòng, chống quấy rối tình dục tại nơi làm việc vào thỏa ước lao động tập thể. Đề nghị Tỉnh Đoàn phát huy vai trò của thanh niên, nam giới trong chia sẻ công việc gia đình, phòng, chống bạo lực trên cơ sở giới.",
    "**3. Ủy ban nhân dân các xã, phường**",
    "Xây dựng và triển khai kế hoạch năm 2026 của địa phương; bố trí kinh phí, công chức thực hiện; theo dõi, tổng hợp số liệu tách biệt giới trên địa bàn và thực hiện báo cáo theo quy định.",
    "**4. Chế độ báo cáo**",
    "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch gửi Sở Nội vụ: báo cáo 6 tháng trước ngày 12/6/2026, báo cáo năm trước ngày 20/11/2026. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo 6 tháng gửi Bộ Nội vụ theo quy định và báo cáo năm gửi Bộ Nội vụ trước ngày 05/12/2026.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
    "**Nơi nhận:**",
    "- Bộ Nội vụ;",
    "- TT/TU, TT/HĐND tỉnh;",
    "- CT, các PCT/UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBMTTQVN tỉnh và các tổ chức CT-XH tỉnh;",
    "- UBND các xã, phường;",
    "- LĐVP/UBND tỉnh;",
    "- Lưu: VT, NC/VX.",
    "**TM. ỦY BAN NHÂN DÂN**",
    "**KT. CHỦ TỊCH**",
    "**PHÓ CHỦ TỊCH**",
    "Nguyễn Thị Thu Hà",
]

DT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026",
    "issuer": "UBND tỉnh Đồng Tháp",
    "level": "province",
    "area": "Đồng Tháp",
    "period": {"start": DT, "end": DT},
    "legal_bases": DT_LB,
    "parent": None,
    "objectives": _objectives(
        [(c, t, [(cell, tg) for cell, _tc, _a, tg in inds]) for c, t, inds in DT_ROWS], DT
    ),
    "assignments": _dt_assign()
    + [
        {"agency": "Sở Y tế", "role": "support", "indicators": ["3.3"]},
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2", "2.3"]},
        {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["5.2"]},
        {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["3.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-12"},
        {"kind": "annual", "by": "units", "due": "11-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-05"},
    ],
}

PLAN_DONG_THAP = {
    "name": "r10d-dong-thap-2026",
    "ext": "md",
    "blocks": DT_BLOCKS,
    "expected": DT_EXPECTED,
}


# ---------------------------------------------------------------------------
# 3. Lào Cai 2028 (.docx): bold "Mục tiêu 1." headings with indicators lettered "a)", "b)";
#    one indicator with a 2028 and a 2030 target; agencies as bold "1. Sở ..." headings with
#    bullet lists (Word 'List Bullet' style, the "- " is not in the text); references written
#    "điểm a, b Mục tiêu 2"; reporting regime as a table in its own section, with a mid-term
#    review of the 2026-2030 plan due in 2028.
# ---------------------------------------------------------------------------

LC = 2028
LC_LB = [
    "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
    "Kế hoạch số 205/KH-UBND ngày 08/6/2026 của Ủy ban nhân dân tỉnh Lào Cai thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    "Công văn số 512/BNV-CTTN&BĐG ngày 26/01/2028 của Bộ Nội vụ hướng dẫn triển khai công tác bình đẳng giới năm 2028 và sơ kết giữa kỳ",
]

LC_O = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo",
        [
            (
                "Phấn đấu năm 2028 đạt 70% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(70), T(75, year=2030)],
            ),
            ("Tỷ lệ nữ cán bộ, công chức cấp xã đạt trên 35%.", [T(35, comparator=">")]),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        [
            ("Tỷ lệ lao động nữ làm công hưởng lương đạt 45%.", [T(45)]),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống dưới 52%.",
                [T(52, comparator="<")],
            ),
            ("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 28%.", [T(28)]),
        ],
    ),
    (
        "3",
        "Nâng cao chất lượng bình đẳng giới trong đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm còn 1,5 lần so với nam giới.",
                [T(1.5, "times", "<=")],
            ),
            (
                "88% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [T(88, label="người bị bạo lực"), T(70, label="người gây bạo lực")],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100)],
            ),
            (
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới đạt 90%.",
                [T(90)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "Tỷ số giới tính khi sinh dưới 111 bé trai/100 bé gái sinh ra sống.",
                [T(111, "boys_per_100_girls", "<")],
            ),
            (
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm còn 45/100.000 trẻ đẻ sống.",
                [T(45, "per_100000_live_births", "<=")],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm từ 30 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 26 ca sinh/1.000 phụ nữ.",
                [T(26, "per_1000_women", "<=", baseline=30)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Tiếp tục đưa nội dung về giới, bình đẳng giới vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh và giảng dạy chính thức tại Trường Cao đẳng Lào Cai.",
                [T(None, "bool", "=")],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 97%; hoàn thành cấp trung học cơ sở đạt 90%.",
                [T(97, label="tiểu học"), T(90, label="trung học cơ sở")],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt từ 32% trở lên.",
                [T(32)],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin và truyền thông",
        [
            ("80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.", [T(80)]),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Lào Cai có ít nhất 01 chuyên mục, chuyên đề về bình đẳng giới mỗi tháng.",
                [T(1, "items_per_month", ">=")],
            ),
        ],
    ),
]

_LETTERS = "abcdefgh"


def _lc_objective_blocks():
    out = []
    for code, title, inds in LC_O:
        out.append(f"**Mục tiêu {code}. {title}**")
        for i, (text, _tg) in enumerate(inds):
            out.append(f"{_LETTERS[i]}) {text}")
    return out


LC_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 63/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lào Cai, ngày 25 tháng 02 năm 2028",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Lào Cai**",
        "Căn cứ " + LC_LB[0] + ";",
        "Thực hiện " + LC_LB[1] + "; " + LC_LB[2] + ";",
        "UBND tỉnh Lào Cai ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh, với những nội dung sau:",
        "**I. ĐÁNH GIÁ KẾT QUẢ NĂM 2027**",
        "Năm 2027, các cấp, các ngành đã tích cực triển khai các nhiệm vụ về bình đẳng giới; công tác tuyên truyền được đổi mới, nhiều mô hình phù hợp với vùng đồng bào dân tộc thiểu số được duy trì. Theo báo cáo của các cơ quan, đơn vị, tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 67,4%; tỷ lệ lao động nữ làm công hưởng lương đạt 42,9%; 100% nạn nhân bị mua bán trở về được tiếp nhận, hỗ trợ; tỷ suất sinh ở vị thành niên giảm còn 28 ca sinh/1.000 phụ nữ.",
        "Bên cạnh đó, vẫn còn một số hạn chế: tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã vùng cao chưa được đẩy lùi; tỷ số giới tính khi sinh còn ở mức 112,6 bé trai/100 bé gái; một số sở, ngành và xã, phường báo cáo chậm, số liệu chưa tách biệt giới; đội ngũ làm công tác bình đẳng giới cấp xã kiêm nhiệm nhiều việc, thường xuyên thay đổi.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Triển khai đồng bộ các nhiệm vụ, giải pháp năm thứ ba của Kế hoạch số 205/KH-UBND ngày 08/6/2026 của UBND tỉnh; phấn đấu hoàn thành các chỉ tiêu bình đẳng giới năm 2028, tạo tiền đề hoàn thành các chỉ tiêu của giai đoạn 2026 - 2030.",
        "- Tổ chức sơ kết giữa kỳ, đánh giá khách quan kết quả thực hiện các mục tiêu, chỉ tiêu về bình đẳng giới giai đoạn 2026 - 2028; chỉ rõ những chỉ tiêu khó đạt, nguyên nhân và đề xuất giải pháp cho giai đoạn 2029 - 2030.",
        "- Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới của cán bộ, đảng viên và Nhân dân, nhất là đồng bào các dân tộc Mông, Dao, Hà Nhì, Tày, Giáy ở vùng cao.",
        "**2. Yêu cầu**",
        "- Các nhiệm vụ phải cụ thể, khả thi, gắn với trách nhiệm của từng cơ quan, đơn vị, địa phương; lồng ghép với việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "- Số liệu báo cáo bảo đảm chính xác, kịp thời, có sự tách biệt giới; thống nhất với số liệu của Thống kê tỉnh.",
        "**III. MỤC TIÊU**",
        "**1. Mục tiêu tổng quát**",
        "Tiếp tục thu hẹp khoảng cách giới giữa các vùng, các nhóm dân cư; tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; phòng ngừa và ứng phó hiệu quả với bạo lực trên cơ sở giới, mua bán người, tảo hôn và hôn nhân cận huyết thống.",
        "**2. Mục tiêu cụ thể và chỉ tiêu năm 2028**",
    ]
    + _lc_objective_blocks()
    + [
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác chỉ đạo, điều hành**",
        "- Đưa các chỉ tiêu về bình đẳng giới vào Kế hoạch phát triển kinh tế - xã hội năm 2028 của tỉnh, của các sở, ngành và các xã, phường; giao chỉ tiêu cụ thể cho từng cơ quan, đơn vị.",
        "- Người đứng đầu cơ quan, đơn vị, địa phương chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các chỉ tiêu được giao; đưa kết quả thực hiện công tác bình đẳng giới vào tiêu chí đánh giá, xếp loại thi đua hằng năm.",
        "**2. Tuyên truyền, nâng cao nhận thức**",
        "- Biên soạn tài liệu tuyên truyền song ngữ Việt - Mông, Việt - Dao về bình đẳng giới, phòng, chống bạo lực gia đình, mua bán người, tảo hôn; phát trên hệ thống loa truyền thanh của các thôn, bản.",
        "- Phát huy vai trò của người có uy tín, già làng, trưởng bản, chức sắc tôn giáo trong vận động đồng bào xóa bỏ định kiến giới, hủ tục lạc hậu.",
        "- Tổ chức các hoạt động truyền thông nhân Ngày Gia đình Việt Nam (28/6), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2028) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12/2028).",
        "**3. Thúc đẩy bình đẳng giới trong các lĩnh vực**",
        "- Chính trị: thực hiện quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ nữ; ưu tiên cán bộ nữ người dân tộc thiểu số trong công tác tạo nguồn cho nhiệm kỳ 2030 - 2035.",
        "- Kinh tế, lao động: hỗ trợ phụ nữ vùng cao tiếp cận vốn vay, đào tạo nghề, phát triển du lịch cộng đồng tại Sa Pa, Bắc Hà, Y Tý, Mù Cang Chải; phát triển sản phẩm OCOP do phụ nữ làm chủ.",
        "- Gia đình: nhân rộng mô hình “Gia đình hạnh phúc, không bạo lực”, câu lạc bộ “Không sinh con thứ ba, không tảo hôn”; củng cố các Địa chỉ tin cậy tại cộng đồng và Nhà tạm lánh.",
        "- Y tế: tăng cường chăm sóc sức khỏe sinh sản cho phụ nữ và vị thành niên vùng cao; vận động phụ nữ sinh con tại cơ sở y tế; khám sàng lọc trước sinh và sơ sinh.",
        "- Giáo dục: duy trì kết quả phổ cập giáo dục, huy động trẻ em gái dân tộc thiểu số đến trường; mở rộng mô hình trường phổ thông dân tộc bán trú có tổ tư vấn tâm lý.",
        "- Thông tin, truyền thông: nâng cao chất lượng chuyên trang, chuyên mục về bình đẳng giới; xử lý nghiêm sản phẩm truyền thông có nội dung định kiến giới.",
        "**4. Sơ kết giữa kỳ và thống kê**",
        "- Tổ chức sơ kết giữa kỳ việc thực hiện Kế hoạch số 205/KH-UBND ở cấp tỉnh và các xã, phường; khảo sát, đánh giá tại một số xã vùng cao biên giới.",
        "- Hoàn thiện cơ sở dữ liệu thống kê về giới của tỉnh, cập nhật đầy đủ số liệu các năm 2026, 2027 theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "**5. Nâng cao năng lực, thanh tra, kiểm tra**",
        "- Tập huấn kiến thức về giới, lồng ghép giới, kỹ năng thu thập số liệu tách biệt giới cho công chức Phòng Văn hóa - Xã hội các xã, phường và cộng tác viên tại thôn, bản; ưu tiên các xã mới thành lập sau sắp xếp.",
        "- Lồng ghép nội dung kiểm tra việc thực hiện pháp luật về bình đẳng giới trong các đoàn thanh tra, kiểm tra chuyên ngành; kiểm tra việc thực hiện chính sách đối với lao động nữ tại các doanh nghiệp khai khoáng, chế biến nông sản và du lịch.",
        "- Tăng cường hợp tác với các tổ chức quốc tế, tổ chức phi chính phủ trong triển khai các dự án hỗ trợ phụ nữ, trẻ em gái vùng cao; chia sẻ kinh nghiệm với các tỉnh biên giới phía Bắc.",
        "**V. KINH PHÍ**",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước bố trí trong dự toán năm 2028 của các cơ quan, đơn vị, địa phương theo phân cấp; nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8); nguồn tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "**1. Sở Nội vụ**",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn tổ chức sơ kết giữa kỳ; tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ.",
        "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo chỉ tiêu tại điểm a, b Mục tiêu 1; điểm a, b Mục tiêu 2; điểm a, b Mục tiêu 6.",
        "- Phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi chỉ tiêu tại điểm b Mục tiêu 3.",
        "- Tham mưu UBND tỉnh tổ chức Hội nghị sơ kết giữa kỳ cấp tỉnh trong quý III/2028; đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện công tác bình đẳng giới giai đoạn 2026 - 2028.",
        "- Hướng dẫn các xã, phường bố trí công chức Phòng Văn hóa - Xã hội phụ trách công tác bình đẳng giới; tổ chức tập huấn nghiệp vụ thống kê, báo cáo số liệu có tách biệt giới.",
        "**2. Sở Tài chính**",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch, kinh phí sơ kết giữa kỳ.",
        "- Chủ trì thu thập, báo cáo số liệu chỉ tiêu tại điểm c Mục tiêu 2.",
        "**3. Sở Y tế**",
        "- Chủ trì, chịu trách nhiệm về các chỉ tiêu của Mục tiêu 4 và chỉ tiêu tại điểm d Mục tiêu 3.",
        "- Chỉ đạo các cơ sở y tế, cơ sở trợ giúp xã hội công lập cung cấp dịch vụ hỗ trợ người bị bạo lực gia đình, bạo lực trên cơ sở giới, nạn nhân bị mua bán.",
        "- Triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh; thanh tra, kiểm tra việc chẩn đoán, lựa chọn giới tính thai nhi tại các cơ sở y tế, nhất là cơ sở y tế tư nhân.",
        "- Đẩy mạnh chăm sóc sức khỏe sinh sản vị thành niên, thanh niên; tư vấn, khám sức khỏe trước khi kết hôn tại các xã vùng cao.",
        "**4. Sở Giáo dục và Đào tạo**",
        "- Chỉ đạo thực hiện các nhiệm vụ về bình đẳng giới trong giáo dục; phòng, chống bạo lực học đường, xâm hại trẻ em.",
        "- Duy trì các lớp học xóa mù chữ, giáo dục thường xuyên cho phụ nữ dân tộc thiểu số vùng cao; tăng cường tư vấn hướng nghiệp, phân luồng học sinh nữ sau trung học cơ sở vào các cơ sở giáo dục nghề nghiệp.",
        "- Theo dõi, tổng hợp và báo cáo kết quả các chỉ tiêu thuộc Mục tiêu 5.",
        "**5. Sở Văn hóa, Thể thao và Du lịch**",
        "- Chủ trì công tác phòng, chống bạo lực gia đình; hướng dẫn hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới.",
        "- Hướng dẫn Báo và Phát thanh, Truyền hình Lào Cai, trang thông tin điện tử của các xã, phường xây dựng chuyên mục về bình đẳng giới; kiểm tra, xử lý các sản phẩm quảng cáo, xuất bản có nội dung định kiến giới.",
        "- Chủ trì theo dõi chỉ tiêu tại điểm b Mục tiêu 3 (số liệu về bạo lực gia đình) và điểm c, d Mục tiêu 6.",
        "**6. Công an tỉnh**",
        "- Chủ trì phòng, chống mua bán người trên tuyến biên giới Việt - Trung; tiếp nhận, xác minh, bảo vệ nạn nhân.",
        "- Tuyên truyền về phương thức, thủ đoạn của tội phạm mua bán người, lừa đảo lao động qua mạng xã hội tại các xã biên giới Bát Xát, Mường Khương, Pha Long, Y Tý; phối hợp với Bộ đội Biên phòng tỉnh trong phát hiện, giải cứu nạn nhân.",
        "- Chịu trách nhiệm báo cáo chỉ tiêu tại điểm c Mục tiêu 3.",
        "**7. Thống kê tỉnh**",
        "- Chủ trì thu thập số liệu chỉ tiêu tại điểm a Mục tiêu 3; cung cấp số liệu thống kê về giới phục vụ sơ kết giữa kỳ.",
        "- Hướng dẫn nghiệp vụ thống kê giới cho các sở, ngành; rà soát, đối chiếu số liệu các chỉ tiêu bình đẳng giới do các sở, ngành báo cáo trước khi tổng hợp, công bố.",
        "**8. Sở Dân tộc và Tôn giáo**",
        "- Chủ trì triển khai các hoạt động giảm thiểu tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
        "- Phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu tại điểm b Mục tiêu 5.",
        "**9. Các sở, ban, ngành khác**",
        "- Căn cứ chức năng, nhiệm vụ, lồng ghép nội dung bình đẳng giới trong các chương trình, đề án của ngành; báo cáo kết quả thực hiện theo quy định tại Mục VII.",
        "**10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
        "- Tham gia giám sát, phản biện xã hội; tham gia sơ kết giữa kỳ.",
        "- Đẩy mạnh tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; lồng ghép nội dung bình đẳng giới vào các cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, phong trào thi đua của các tổ chức thành viên.",
        "- Hội Liên hiệp Phụ nữ tỉnh phối hợp theo dõi chỉ tiêu tại điểm b Mục tiêu 1 và điểm b Mục tiêu 3.",
        "- Liên đoàn Lao động tỉnh giám sát việc thực hiện chính sách đối với lao động nữ; Tỉnh Đoàn vận động thanh niên, nam giới tham gia phòng, chống bạo lực trên cơ sở giới.",
        "**11. UBND các xã, phường**",
        "- Ban hành kế hoạch năm 2028 của địa phương; tổ chức sơ kết giữa kỳ tại địa phương; theo dõi, thu thập số liệu có tách biệt giới và báo cáo theo quy định.",
        "- Chỉ đạo trưởng thôn, bản, tổ dân phố, người có uy tín tham gia tuyên truyền, hòa giải ở cơ sở; kịp thời phát hiện, can thiệp các vụ việc bạo lực gia đình, tảo hôn, nghi vấn mua bán người trên địa bàn.",
        "**VII. CHẾ ĐỘ BÁO CÁO**",
        "Các cơ quan, đơn vị, địa phương thực hiện chế độ báo cáo theo bảng sau (số liệu phải tách biệt theo giới):",
        (
            "table",
            [
                ["Loại báo cáo", "Đơn vị báo cáo", "Thời hạn", "Nơi nhận"],
                [
                    "Báo cáo 6 tháng",
                    "Các sở, ban, ngành; UBND các xã, phường",
                    "Trước ngày 10/6/2028",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 20/6/2028", "UBND tỉnh, Bộ Nội vụ"],
                [
                    "Báo cáo sơ kết giữa kỳ giai đoạn 2026 - 2030",
                    "Các sở, ban, ngành; UBND các xã, phường",
                    "Trước ngày 31/7/2028",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 30/8/2028", "UBND tỉnh, Bộ Nội vụ"],
                [
                    "Báo cáo năm",
                    "Các sở, ban, ngành; UBND các xã, phường",
                    "Trước ngày 20/11/2028",
                    "Sở Nội vụ",
                ],
                ["", "Sở Nội vụ", "Trước ngày 05/12/2028", "UBND tỉnh, Bộ Nội vụ"],
                [
                    "Báo cáo đột xuất",
                    "Các cơ quan, đơn vị, địa phương",
                    "Theo yêu cầu",
                    "Sở Nội vụ",
                ],
            ],
            [(1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0)],
        ),
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Lào Cai. Yêu cầu các sở, ban, ngành, UBND các xã, phường nghiêm túc triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT. TU, HĐND tỉnh;",
                "- CT, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, TH, VX2.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Quốc Khánh"],
        ),
    ]
)

LC_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Lào Cai",
    "issuer": "UBND tỉnh Lào Cai",
    "level": "province",
    "area": "Lào Cai",
    "period": {"start": LC, "end": LC},
    "legal_bases": LC_LB,
    "parent": "Kế hoạch số 205/KH-UBND ngày 08/6/2026 của Ủy ban nhân dân tỉnh Lào Cai",
    "objectives": _objectives(LC_O, LC),
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2"],
        },
        {"agency": "Sở Nội vụ", "role": "support", "indicators": ["3.2"]},
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3", "3.4"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1", "5.2", "5.3"]},
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "role": "lead",
            "indicators": ["3.2", "6.3", "6.4"],
        },
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["5.2"]},
        {"agency": "Hội Liên hiệp Phụ nữ tỉnh", "role": "support", "indicators": ["1.2", "3.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-10"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
        {"kind": "midterm", "by": "units", "due": "2028-07-31"},
        {"kind": "midterm", "by": "consolidator", "due": "2028-08-30"},
        {"kind": "annual", "by": "units", "due": "11-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-05"},
    ],
}

PLAN_LAO_CAI = {
    "name": "r10d-lao-cai-2028",
    "ext": "docx",
    "blocks": LC_BLOCKS,
    "expected": LC_EXPECTED,
    "list_bullets": True,
}

PLANS = [PLAN_NGHE_AN, PLAN_DONG_THAP, PLAN_LAO_CAI]
