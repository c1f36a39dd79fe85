"""Blind test plans r11a: three province plans 2026-2030 (Tuyên Quang .txt, Đồng Tháp .docx,
Quảng Ngãi .pdf), written from plan-format.md and real plans only.

Block extension used only by make_plans_r11a.py for the .docx/.pdf builds:
("li", style, text) = a Word paragraph in style "List Number"/"List Bullet" (automatic numbering).
"""


def T(value, unit="%", comparator=">=", year=2030, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def _objectives(objs):
    out = []
    for code, title, inds in objs:
        out.append(
            {
                "code": code,
                "title": title,
                "indicators": [{"code": c, "text": t, "targets": tg} for c, t, tg in inds],
            }
        )
    return out


def _assign(rows):
    return [{"agency": a, "role": r, "indicators": i} for a, r, i in rows]


def _rep(rows):
    return [{"kind": k, "by": b, "due": d} for k, b, d in rows]


# ---------------------------------------------------------------------------
# 1. Tuyên Quang (.txt) - conventional; "Mục tiêu n:" then "- Chỉ tiêu n:"; agencies "1."...;
#    reporting regime in its own section V.
# ---------------------------------------------------------------------------
TQ_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo, quản lý, từng bước thu hẹp khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Tỷ lệ các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 65% vào năm 2028 và đạt 75% vào năm 2030.",
                [T(65, year=2028), T(75)],
            ),
            (
                "1.2",
                "Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh đạt trên 30%; cấp xã đạt từ 28% trở lên.",
                [T(30, comparator=">", label="cấp tỉnh"), T(28, label="cấp xã")],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương đạt 45% vào năm 2030.", [T(45)]),
            (
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm từ 52% năm 2025 xuống còn 40% vào năm 2030.",
                [T(40, comparator="<=", baseline=52)],
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27% vào năm 2028, 30% vào năm 2030.",
                [T(27, year=2028), T(30)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống 1,5 lần vào năm 2030.",
                [T(1.5, unit="times", comparator="<=")],
            ),
            (
                "3.2",
                "Đạt 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [T(85, label="người bị bạo lực"), T(70, label="người gây bạo lực")],
            ),
            (
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100)],
            ),
            (
                "3.4",
                "Duy trì 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(110, unit="boys_per_100_girls", comparator="<=")],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ liên quan đến thai sản giảm xuống còn 45/100.000 trẻ đẻ sống vào năm 2030.",
                [T(45, unit="per_100000_live_births", comparator="<=")],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm từ 32 ca sinh/1.000 phụ nữ xuống dưới 25 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(25, unit="per_1000_women", comparator="<", baseline=32)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Từ năm 2027, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục phổ thông và giáo dục nghề nghiệp trên địa bàn tỉnh.",
                [T(None, unit="bool", comparator="=", year=2027)],
            ),
            (
                "5.2",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 97%, hoàn thành cấp trung học cơ sở đạt 92% vào năm 2030.",
                [T(97, label="tiểu học"), T(92, label="trung học cơ sở")],
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt khoảng 40%.",
                [T(40, comparator="=")],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "Đến năm 2028 đạt 75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới; đến năm 2030 đạt 85%.",
                [T(75, year=2028), T(85)],
            ),
            (
                "6.2",
                "100% xã, phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100)],
            ),
            (
                "6.3",
                "Báo và Phát thanh, Truyền hình Tuyên Quang duy trì chuyên mục về bình đẳng giới với ít nhất 02 tin, bài mỗi tháng.",
                [T(2, unit="items_per_month")],
            ),
        ],
    ),
]


def _tq_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số: 412/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Tuyên Quang, ngày 14 tháng 4 năm 2026",
            ],
        ),
        "KẾ HOẠCH",
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang giai đoạn 2026 - 2030",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030;",
        "Căn cứ Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
        "Trên cơ sở kết quả thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030, cụ thể như sau:",
        "I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025",
        "Sau 05 năm triển khai, công tác bình đẳng giới trên địa bàn tỉnh đạt nhiều kết quả tích cực. Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 58,3%; tỷ lệ lao động nữ làm công hưởng lương đạt 38,6%; tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp còn khoảng 52%. Tỷ số giới tính khi sinh năm 2025 là 111,2 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên khoảng 32 ca sinh/1.000 phụ nữ, vẫn cao hơn bình quân chung cả nước.",
        "Tuy nhiên, một số chỉ tiêu chưa đạt so với kế hoạch đề ra, nhất là các chỉ tiêu trong lĩnh vực y tế và lĩnh vực kinh tế, lao động; tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã vùng cao còn xảy ra; nguồn lực bố trí cho công tác bình đẳng giới còn hạn chế; đội ngũ cán bộ làm công tác bình đẳng giới ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi sau sắp xếp đơn vị hành chính.",
        "II. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Cụ thể hoá các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới phù hợp với điều kiện thực tế của tỉnh sau khi hợp nhất; tạo sự chuyển biến rõ nét về nhận thức và hành động của các cấp, các ngành và Nhân dân về bình đẳng giới.",
        "- Xác định rõ trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường trong việc tổ chức thực hiện, theo dõi, đánh giá các chỉ tiêu bình đẳng giới giai đoạn 2026 - 2030.",
        "2. Yêu cầu",
        "- Việc triển khai thực hiện phải bám sát các mục tiêu, chỉ tiêu của Chiến lược quốc gia; lồng ghép với các chương trình mục tiêu quốc gia, nhất là Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "- Số liệu theo dõi, báo cáo phải bảo đảm có sự tách biệt giới, chính xác, kịp thời, đúng thời gian quy định.",
        "III. MỤC TIÊU",
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển nhanh, bền vững của tỉnh Tuyên Quang.",
        "2. Mục tiêu cụ thể",
    ]
    for code, title, inds in TQ_OBJ:
        b.append(f"2.{code}. Mục tiêu {code}: {title}.")
        for c, text, _ in inds:
            b.append(f"- Chỉ tiêu {c.split('.')[1]}: {text}")
    b += [
        "IV. NHIỆM VỤ, GIẢI PHÁP",
        "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền; đề cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc thực hiện các mục tiêu, chỉ tiêu bình đẳng giới. Đưa kết quả thực hiện công tác bình đẳng giới là một tiêu chí đánh giá mức độ hoàn thành nhiệm vụ hằng năm của cơ quan, đơn vị.",
        "2. Rà soát, lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, các chương trình, đề án, kế hoạch phát triển kinh tế - xã hội của tỉnh; thực hiện các biện pháp thúc đẩy bình đẳng giới theo quy định của pháp luật.",
        "3. Đẩy mạnh công tác thông tin, truyền thông, giáo dục nhằm thay đổi nhận thức, hành vi về bình đẳng giới; chú trọng đối tượng là nam giới, người có uy tín trong cộng đồng, đồng bào dân tộc thiểu số; tổ chức các hoạt động nhân Ngày Quốc tế Phụ nữ 8/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
        "4. Hỗ trợ phụ nữ vùng đồng bào dân tộc thiểu số tiếp cận vốn vay ưu đãi, đào tạo nghề, chuyển đổi số; phát triển các tổ hợp tác, hợp tác xã do phụ nữ làm chủ gắn với sản phẩm OCOP và du lịch cộng đồng.",
        '5. Củng cố, nhân rộng các mô hình phòng, chống bạo lực gia đình, mô hình "Địa chỉ tin cậy" tại cộng đồng; duy trì hoạt động đường dây nóng tiếp nhận thông tin, hỗ trợ nạn nhân bạo lực trên cơ sở giới và nạn nhân bị mua bán.',
        "6. Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; tăng cường kiểm soát mất cân bằng giới tính khi sinh; giảm tình trạng tảo hôn, mang thai ở tuổi vị thành niên tại các xã vùng cao.",
        "7. Kiện toàn đội ngũ làm công tác bình đẳng giới các cấp; tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về bình đẳng giới, lồng ghép giới; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh phù hợp với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "8. Tăng cường thanh tra, kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới; kịp thời khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
        "9. Giải pháp cụ thể theo từng lĩnh vực",
        "a) Lĩnh vực chính trị: Rà soát, bổ sung quy hoạch cán bộ nữ ở các cơ quan, đơn vị có từ 30% cán bộ, công chức là nữ nhưng chưa có lãnh đạo chủ chốt là nữ; ưu tiên đào tạo, bồi dưỡng cán bộ nữ người dân tộc thiểu số, cán bộ nữ trẻ; chuẩn bị nguồn nhân sự nữ tham gia ứng cử đại biểu Hội đồng nhân dân các cấp.",
        "b) Lĩnh vực kinh tế, lao động: Triển khai các chính sách hỗ trợ phụ nữ khởi nghiệp, phát triển doanh nghiệp nhỏ và vừa, hợp tác xã; lồng ghép hỗ trợ sinh kế cho phụ nữ nghèo trong các chương trình mục tiêu quốc gia giảm nghèo bền vững và xây dựng nông thôn mới; tổ chức các phiên giao dịch việc làm lưu động tại các xã vùng cao.",
        'c) Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: Tuyên truyền, vận động nam giới chia sẻ công việc gia đình; xây dựng và duy trì các câu lạc bộ "Gia đình phát triển bền vững", nhóm phòng, chống bạo lực gia đình tại thôn, bản, tổ dân phố; bảo đảm người bị bạo lực được phát hiện kịp thời, được hỗ trợ y tế, pháp lý, tâm lý và nơi tạm lánh khi cần thiết.',
        "d) Lĩnh vực y tế: Mở rộng mạng lưới cộng tác viên dân số ở thôn, bản; tổ chức khám sức khỏe tiền hôn nhân, tư vấn sức khỏe sinh sản cho vị thành niên, thanh niên tại các trường phổ thông dân tộc nội trú; xử lý nghiêm các trường hợp tiết lộ giới tính thai nhi.",
        "đ) Lĩnh vực giáo dục, đào tạo: Thực hiện chính sách hỗ trợ học sinh dân tộc thiểu số, học sinh bán trú; vận động trẻ em gái vùng đồng bào dân tộc thiểu số đi học đầy đủ; khuyến khích nữ giáo viên, cán bộ quản lý giáo dục học tập nâng cao trình độ.",
        "e) Lĩnh vực thông tin, truyền thông: Biên soạn tài liệu truyền thông về bình đẳng giới bằng tiếng dân tộc (Tày, Dao, Mông, Nùng...); phát huy vai trò của đội ngũ tuyên truyền viên cơ sở, người có uy tín trong cộng đồng.",
        "V. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và huy động từ các nguồn hợp pháp khác theo quy định. Hằng năm, các cơ quan, đơn vị, địa phương xây dựng dự toán kinh phí thực hiện cùng thời điểm xây dựng dự toán ngân sách, gửi Sở Tài chính tổng hợp, trình cấp có thẩm quyền xem xét, quyết định.",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ theo quy định.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 2 và chỉ tiêu 1 của Mục tiêu 6.",
        "- Phối hợp với Công an tỉnh trong việc tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về (chỉ tiêu 3 của Mục tiêu 3).",
        "- Tham mưu tổ chức sơ kết giữa kỳ, tổng kết việc thực hiện Kế hoạch; tham mưu khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
        "2. Sở Tài chính",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước; lồng ghép các mục tiêu, chỉ tiêu về bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh.",
        "- Chủ trì thu thập, tổng hợp số liệu và báo cáo kết quả thực hiện chỉ tiêu 3 của Mục tiêu 2.",
        "3. Sở Y tế",
        "- Chủ trì triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản, giảm tử vong mẹ và giảm mang thai ở tuổi vị thành niên; quản lý các cơ sở trợ giúp xã hội công lập.",
        "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 4 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
        "- Phối hợp với Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu về người bị bạo lực được hỗ trợ y tế (chỉ tiêu 2 của Mục tiêu 3).",
        "4. Sở Giáo dục và Đào tạo",
        "- Lồng ghép nội dung giáo dục giới, bình đẳng giới, giáo dục giới tính, sức khỏe sinh sản vào các hoạt động giáo dục trong nhà trường; tăng cường vận động học sinh dân tộc thiểu số đi học đúng độ tuổi, hạn chế bỏ học.",
        "- Chủ trì theo dõi, đánh giá và báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "- Chủ trì thực hiện công tác phòng, chống bạo lực gia đình; hướng dẫn cơ quan báo chí, hệ thống thông tin cơ sở tăng cường thông tin, tuyên truyền về bình đẳng giới.",
        "- Theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 2 của Mục tiêu 3; chỉ tiêu 2 của Mục tiêu 6.",
        "6. Công an tỉnh",
        "- Chủ trì đấu tranh, phòng ngừa tội phạm mua bán người; điều tra, xử lý nghiêm các hành vi bạo lực trên cơ sở giới; phối hợp tiếp nhận, xác minh, bảo vệ nạn nhân.",
        "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện chỉ tiêu 3 của Mục tiêu 3.",
        "7. Thống kê tỉnh",
        "- Chủ trì cung cấp số liệu, theo dõi và báo cáo chỉ tiêu 1 của Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu về chỉ tiêu 1 và chỉ tiêu 2 của Mục tiêu 2.",
        "- Thu thập, công bố số liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "8. Sở Dân tộc và Tôn giáo",
        "Tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ hủ tục, tảo hôn, hôn nhân cận huyết thống; lồng ghép hoạt động bình đẳng giới trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
        "9. Báo và Phát thanh, Truyền hình Tuyên Quang",
        "Xây dựng chuyên mục, chuyên trang về bình đẳng giới; chịu trách nhiệm thực hiện và báo cáo kết quả chỉ tiêu 3 của Mục tiêu 6.",
        "10. Hội Liên hiệp Phụ nữ tỉnh",
        "Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch triển khai các mô hình hỗ trợ phụ nữ bị bạo lực, thực hiện chỉ tiêu 2 của Mục tiêu 3; tham gia giám sát việc thực hiện pháp luật về bình đẳng giới.",
        "11. Các sở, ban, ngành khác",
        "Căn cứ chức năng, nhiệm vụ, lồng ghép các mục tiêu, chỉ tiêu của Kế hoạch vào kế hoạch công tác hằng năm của cơ quan, đơn vị; báo cáo kết quả thực hiện về Sở Nội vụ theo quy định.",
        "12. Ủy ban nhân dân các xã, phường",
        "Xây dựng, ban hành kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 30/6/2026; bố trí cán bộ, kinh phí thực hiện; định kỳ báo cáo kết quả về Sở Nội vụ.",
        "VII. CHẾ ĐỘ BÁO CÁO",
        "1. Báo cáo định kỳ",
        "- Báo cáo 6 tháng: các sở, ban, ngành, Ủy ban nhân dân các xã, phường gửi báo cáo về Sở Nội vụ trước ngày 05/6; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 20/6 hằng năm.",
        "- Báo cáo năm: các cơ quan, đơn vị, địa phương gửi báo cáo trước ngày 25/11; Sở Nội vụ tổng hợp, báo cáo trước ngày 10/12 hằng năm.",
        "2. Báo cáo sơ kết, tổng kết",
        "- Năm 2028, các cơ quan, đơn vị, địa phương tổ chức sơ kết giữa kỳ, gửi báo cáo về Sở Nội vụ trước ngày 30/6/2028.",
        "- Các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết giai đoạn 2026 - 2030 về Sở Nội vụ trước ngày 15/9/2030; Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ trước ngày 15/10/2030.",
        "3. Báo cáo đột xuất: thực hiện khi có yêu cầu của cơ quan có thẩm quyền.",
        "Số liệu báo cáo phải có sự tách biệt giới. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./.",
        "Nơi nhận:",
        "- Bộ Nội vụ (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành (mục VI);",
        "- UBND các xã, phường;",
        "- Lưu: VT, KGVX.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**KT. CHỦ TỊCH**",
        "**PHÓ CHỦ TỊCH**",
        "Hoàng Thị Minh Nguyệt",
    ]
    return b


TQ = {
    "name": "r11a-tuyen-quang-2026-2030",
    "ext": "txt",
    "blocks": _tq_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Tuyên Quang",
        "level": "province",
        "area": "Tuyên Quang",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
            "Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": _objectives(TQ_OBJ),
        "assignments": _assign(
            [
                ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "6.1"]),
                ("Sở Nội vụ", "support", ["3.3"]),
                ("Sở Tài chính", "lead", ["2.3"]),
                ("Sở Y tế", "lead", ["3.4", "4.1", "4.2", "4.3"]),
                ("Sở Y tế", "support", ["3.2"]),
                ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3"]),
                ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.2"]),
                ("Công an tỉnh", "lead", ["3.3"]),
                ("Thống kê tỉnh", "lead", ["3.1"]),
                ("Thống kê tỉnh", "support", ["2.1", "2.2"]),
                ("Báo và Phát thanh, Truyền hình Tuyên Quang", "lead", ["6.3"]),
                ("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
            ]
        ),
        "reporting": _rep(
            [
                ("plan", "units", "2026-06-30"),
                ("semiannual", "units", "06-05"),
                ("semiannual", "consolidator", "06-20"),
                ("annual", "units", "11-25"),
                ("annual", "consolidator", "12-10"),
                ("midterm", "units", "2028-06-30"),
                ("final", "units", "2030-09-15"),
                ("final", "consolidator", "2030-10-15"),
            ]
        ),
    },
}


# ---------------------------------------------------------------------------
# 2. Đồng Tháp (.docx) - Quyết định ban hành + Kế hoạch kèm theo; "a) Mục tiêu 1: ..." then
#    "Chỉ tiêu n:"; agencies in "Tổ chức thực hiện" use Word automatic numbering (List Number),
#    tasks List Bullet; reporting regime is the last numbered item of "Tổ chức thực hiện".
# ---------------------------------------------------------------------------
DT_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo, quản lý nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Đến năm 2030, phấn đấu 70% cơ quan quản lý nhà nước, chính quyền địa phương cấp tỉnh, cấp xã có lãnh đạo chủ chốt là nữ.",
                [T(70)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
        [
            (
                "2.1",
                "Tỷ lệ lao động nữ làm công hưởng lương đạt trên 55% vào năm 2030.",
                [T(55, comparator=">")],
            ),
            (
                "2.2",
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30% vào năm 2030.",
                [T(30, comparator="<")],
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 28% vào năm 2028 và 30% vào năm 2030.",
                [T(28, year=2028), T(30)],
            ),
            (
                "2.4",
                "Giai đoạn 2026 - 2030, hỗ trợ đào tạo nghề, giải quyết việc làm cho ít nhất 15.000 lao động nữ, ưu tiên lao động nữ nông thôn, lao động nữ bị mất việc làm.",
                [T(15000, unit="count")],
            ),
        ],
    ),
    (
        "3",
        "Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,6 lần so với nam giới vào năm 2030.",
                [T(1.6, unit="times", comparator="<=")],
            ),
            (
                "3.2",
                "Đến năm 2028 đạt 85% và đến năm 2030 đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đến năm 2030 đạt 80% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(85, year=2028, label="người bị bạo lực"),
                    T(90, label="người bị bạo lực"),
                    T(80, label="người gây bạo lực"),
                ],
            ),
            (
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100)],
            ),
            (
                "3.4",
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "4.1",
                "Duy trì tỷ số giới tính khi sinh dưới 111 bé trai/100 bé gái sinh ra sống.",
                [T(111, unit="boys_per_100_girls", comparator="<")],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ liên quan đến thai sản không quá 30/100.000 trẻ đẻ ra sống.",
                [T(30, unit="per_100000_live_births", comparator="<=")],
            ),
            (
                "4.3",
                "Giảm tỷ suất sinh ở vị thành niên xuống 16 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(16, unit="per_1000_women", comparator="<=")],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Đến năm 2027, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy chính thức tại Trường Cao đẳng Cộng đồng Đồng Tháp và các cơ sở giáo dục nghề nghiệp công lập trên địa bàn tỉnh.",
                [T(None, unit="bool", comparator="=", year=2027)],
            ),
            (
                "5.2",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99%; hoàn thành cấp trung học cơ sở đạt 95%.",
                [T(99, label="tiểu học"), T(95, label="trung học cơ sở")],
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 45% vào năm 2030.",
                [T(45)],
            ),
            (
                "5.4",
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%.",
                [T(50, label="thạc sĩ"), T(30, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin và truyền thông",
        [
            (
                "6.1",
                "Phấn đấu đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
                [T(80)],
            ),
            (
                "6.2",
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100)],
            ),
            (
                "6.3",
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100)],
            ),
            (
                "6.4",
                "Mỗi quý, Báo và Phát thanh, Truyền hình Đồng Tháp có ít nhất 06 tin, bài, phóng sự về bình đẳng giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(6, unit="items_per_quarter")],
            ),
        ],
    ),
]

_LETTERS = ["a", "b", "c", "d", "đ", "e"]


def _dt_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "", "Số: 1186/QĐ-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Đồng Tháp, ngày 08 tháng 5 năm 2026",
            ],
        ),
        "**QUYẾT ĐỊNH**",
        "**Ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp giai đoạn 2026 - 2030**",
        "**ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP**",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị định số 48/2009/NĐ-CP ngày 19 tháng 5 năm 2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 24 tháng 4 năm 2026.",
        "**QUYẾT ĐỊNH:**",
        "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp giai đoạn 2026 - 2030.",
        "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.",
        "**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận: - Như Điều 3; - Bộ Nội vụ; - TT/TU, TT/HĐND tỉnh; - CT, các PCT UBND tỉnh; - Lưu: VT, KGVX.",
        "**TM. ỦY BAN NHÂN DÂN**",
        "**KT. CHỦ TỊCH**",
        "**PHÓ CHỦ TỊCH**",
        "Trần Thị Thu Hương",
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp giai đoạn 2026 - 2030**",
        "*(Kèm theo Quyết định số 1186/QĐ-UBND ngày 08 tháng 5 năm 2026 của Ủy ban nhân dân tỉnh Đồng Tháp)*",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Triển khai thực hiện có hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn tỉnh Đồng Tháp (sau hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp), bảo đảm tính kế thừa kết quả đạt được của hai địa phương trong giai đoạn 2021 - 2025.",
        "2. Phân công cụ thể trách nhiệm của các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường trong việc tổ chức thực hiện, theo dõi, đánh giá và báo cáo kết quả thực hiện các chỉ tiêu.",
        "3. Các cơ quan, đơn vị, địa phương chủ động lồng ghép các nội dung của Kế hoạch vào chương trình, kế hoạch công tác hằng năm; bảo đảm thiết thực, hiệu quả, tránh hình thức.",
        "4. Kết quả giai đoạn 2021 - 2025 là cơ sở xây dựng chỉ tiêu giai đoạn mới: năm 2025, tỷ lệ lao động nữ làm công hưởng lương của tỉnh (hợp nhất) đạt khoảng 48,7%; tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp còn 34,1%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 25,9%; tỷ số giới tính khi sinh ở mức 111,6 bé trai/100 bé gái. Một số chỉ tiêu còn khó đạt, nhất là tỷ số giới tính khi sinh và tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ ở cấp xã sau sắp xếp.",
        "5. Việc theo dõi, đánh giá các chỉ tiêu phải dựa trên số liệu thống kê chính thức, có sự tách biệt giới; các cơ quan được phân công chủ trì theo dõi chỉ tiêu chịu trách nhiệm về tính chính xác của số liệu báo cáo.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu tổng quát**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Đồng Tháp phát triển nhanh và bền vững.",
        "**2. Mục tiêu cụ thể**",
    ]
    for (code, title, inds), letter in zip(DT_OBJ, _LETTERS):
        b.append(f"**{letter}) Mục tiêu {code}: {title}**")
        if len(inds) == 1:
            b.append(f"- Chỉ tiêu: {inds[0][1]}")
        else:
            for c, text, _ in inds:
                b.append(f"- *Chỉ tiêu {c.split('.')[1]}:* {text}")
    b += [
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU**",
        "**1. Nhiệm vụ, giải pháp chung**",
        (
            "li",
            "List Bullet",
            "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền các cấp đối với công tác bình đẳng giới; đưa mục tiêu bình đẳng giới vào nghị quyết, chương trình, kế hoạch phát triển kinh tế - xã hội của tỉnh và của từng xã, phường.",
        ),
        (
            "li",
            "List Bullet",
            "Hoàn thiện bộ máy, kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới sau sắp xếp tổ chức bộ máy; bồi dưỡng kiến thức, kỹ năng lồng ghép giới cho cán bộ, công chức, viên chức.",
        ),
        (
            "li",
            "List Bullet",
            "Đổi mới nội dung, hình thức truyền thông về bình đẳng giới, ứng dụng nền tảng số, mạng xã hội; tổ chức hiệu quả Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm.",
        ),
        (
            "li",
            "List Bullet",
            "Xây dựng, cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; thực hiện thống kê, báo cáo có sự tách biệt giới.",
        ),
        "**2. Nhiệm vụ, giải pháp cụ thể**",
        "a) Trong lĩnh vực chính trị: thực hiện quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; bảo đảm tỷ lệ nữ trong quy hoạch lãnh đạo, quản lý các cấp không thấp hơn 35%; ưu tiên tạo nguồn cán bộ nữ trẻ, cán bộ nữ người dân tộc Khmer.",
        "b) Trong lĩnh vực kinh tế, lao động: hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể, kinh tế số; kết nối cung - cầu lao động; ưu tiên đào tạo nghề cho lao động nữ nông thôn gắn với chuyển đổi cơ cấu nông nghiệp, nuôi trồng thủy sản, chế biến trái cây.",
        'c) Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: nhân rộng mô hình "Gia đình hạnh phúc, bình đẳng, không bạo lực"; duy trì các địa chỉ tin cậy, nhà tạm lánh; nâng cao chất lượng dịch vụ hỗ trợ nạn nhân.',
        "d) Trong lĩnh vực y tế: tăng cường truyền thông chuyển đổi hành vi về mất cân bằng giới tính khi sinh; nghiêm cấm lựa chọn giới tính thai nhi; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em, sức khỏe sinh sản vị thành niên, thanh niên.",
        "đ) Trong lĩnh vực giáo dục, đào tạo: lồng ghép giáo dục giới, bình đẳng giới trong chương trình giảng dạy; hỗ trợ học sinh dân tộc thiểu số, học sinh vùng khó khăn duy trì việc học; khuyến khích nữ cán bộ, giảng viên học tập sau đại học.",
        "e) Trong lĩnh vực thông tin, truyền thông: nâng cao chất lượng tin, bài trên hệ thống thông tin cơ sở; kiểm soát chặt chẽ sản phẩm truyền thông, quảng cáo có nội dung định kiến giới.",
        "**3. Các chương trình, đề án ưu tiên**",
        (
            "li",
            "List Bullet",
            "Chương trình truyền thông về bình đẳng giới đến năm 2030; Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2026 - 2030.",
        ),
        (
            "li",
            "List Bullet",
            "Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2026 - 2030.",
        ),
        (
            "li",
            "List Bullet",
            "Đề án hỗ trợ phụ nữ khởi nghiệp và phát triển kinh tế hợp tác; Đề án kiểm soát mất cân bằng giới tính khi sinh của tỉnh; chương trình chuyển đổi số trong công tác thống kê giới.",
        ),
        (
            "li",
            "List Bullet",
            "Mô hình cung cấp dịch vụ hỗ trợ phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại cộng đồng, ưu tiên các xã có đông đồng bào Khmer và các xã biên giới với Vương quốc Cam-pu-chia.",
        ),
        "Các cơ quan được giao chủ trì các chương trình, đề án nêu trên xây dựng kế hoạch chi tiết, dự toán kinh phí, trình Ủy ban nhân dân tỉnh phê duyệt; tổ chức lồng ghép với các chương trình mục tiêu quốc gia để tránh trùng lắp, lãng phí nguồn lực.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp quản lý ngân sách hiện hành, được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương.",
        "2. Huy động sự hỗ trợ của các tổ chức, cá nhân trong nước và quốc tế, nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định của pháp luật.",
        "3. Hằng năm, các cơ quan, đơn vị, địa phương chủ động bố trí kinh phí tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 8/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; việc quản lý, sử dụng, thanh quyết toán kinh phí thực hiện theo đúng quy định hiện hành.",
        "**V. KHEN THƯỞNG**",
        "Hằng năm và khi sơ kết, tổng kết Kế hoạch, các cơ quan, đơn vị, địa phương lựa chọn tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, đề nghị cấp có thẩm quyền khen thưởng theo quy định của Luật Thi đua, khen thưởng. Ưu tiên khen thưởng tập thể, cá nhân trực tiếp làm công tác bình đẳng giới ở cơ sở, người có uy tín trong đồng bào dân tộc thiểu số, nam giới tiên phong trong chia sẻ công việc gia đình và phòng, chống bạo lực gia đình.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        ("li", "List Number", "**Sở Nội vụ**"),
        (
            "li",
            "List Bullet",
            "Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh hướng dẫn, theo dõi, đôn đốc, kiểm tra các sở, ban, ngành, địa phương triển khai thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo theo quy định.",
        ),
        (
            "li",
            "List Bullet",
            "Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu của Mục tiêu 1; các chỉ tiêu 1, 2, 4 của Mục tiêu 2; chỉ tiêu 1, 2 của Mục tiêu 6.",
        ),
        (
            "li",
            "List Bullet",
            "Tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết giữa kỳ vào năm 2028 và tổng kết thực hiện Kế hoạch vào năm 2030.",
        ),
        ("li", "List Number", "**Sở Tài chính**"),
        (
            "li",
            "List Bullet",
            "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội.",
        ),
        (
            "li",
            "List Bullet",
            "Chủ trì theo dõi, thu thập số liệu và báo cáo chỉ tiêu 3 của Mục tiêu 2.",
        ),
        ("li", "List Number", "**Sở Y tế**"),
        (
            "li",
            "List Bullet",
            "Triển khai các chương trình, đề án về dân số, sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; quản lý, hướng dẫn các cơ sở trợ giúp xã hội công lập thực hiện hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        ),
        (
            "li",
            "List Bullet",
            "Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3, chỉ tiêu 4 thuộc Mục tiêu 3 và các chỉ tiêu của Mục tiêu 4.",
        ),
        ("li", "List Number", "**Sở Giáo dục và Đào tạo**"),
        (
            "li",
            "List Bullet",
            "Chủ trì, theo dõi, đánh giá và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 5.",
        ),
        (
            "li",
            "List Bullet",
            "Phối hợp với Sở Nội vụ trong việc theo dõi kết quả đào tạo nghề cho lao động nữ (chỉ tiêu 4 của Mục tiêu 2).",
        ),
        ("li", "List Number", "**Sở Văn hóa, Thể thao và Du lịch**"),
        (
            "li",
            "List Bullet",
            "Chủ trì công tác gia đình, phòng, chống bạo lực gia đình; quản lý nhà nước về báo chí, thông tin cơ sở.",
        ),
        (
            "li",
            "List Bullet",
            "Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu 2 của Mục tiêu 3; chỉ tiêu 3, 4 của Mục tiêu 6.",
        ),
        ("li", "List Number", "**Công an tỉnh**"),
        (
            "li",
            "List Bullet",
            "Tăng cường đấu tranh với tội phạm mua bán người, xâm hại tình dục phụ nữ, trẻ em; xử lý nghiêm hành vi bạo lực gia đình.",
        ),
        (
            "li",
            "List Bullet",
            "Phối hợp với Sở Y tế theo dõi số liệu nạn nhân bị mua bán trở về (chỉ tiêu 3 của Mục tiêu 3); phối hợp cung cấp số liệu về người gây bạo lực (chỉ tiêu 2 của Mục tiêu 3).",
        ),
        ("li", "List Number", "**Thống kê tỉnh**"),
        (
            "li",
            "List Bullet",
            "Chủ trì theo dõi, cung cấp số liệu chỉ tiêu 1 của Mục tiêu 3; hướng dẫn các sở, ngành thu thập số liệu thống kê có sự tách biệt giới.",
        ),
        (
            "li",
            "List Number",
            "**Sở Tư pháp, Sở Dân tộc và Tôn giáo, Báo và Phát thanh, Truyền hình Đồng Tháp**",
        ),
        (
            "li",
            "List Bullet",
            "Theo chức năng, nhiệm vụ được giao, tổ chức triển khai các hoạt động lồng ghép giới trong xây dựng văn bản quy phạm pháp luật; tuyên truyền về bình đẳng giới trong vùng đồng bào dân tộc thiểu số; tăng thời lượng tin, bài, phóng sự về bình đẳng giới.",
        ),
        (
            "li",
            "List Number",
            "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
        ),
        (
            "li",
            "List Bullet",
            "Tham gia tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới.",
        ),
        ("li", "List Number", "**Ủy ban nhân dân các xã, phường**"),
        (
            "li",
            "List Bullet",
            "Xây dựng kế hoạch thực hiện của địa phương; bố trí cán bộ phụ trách và kinh phí; định kỳ báo cáo kết quả về Sở Nội vụ.",
        ),
        ("li", "List Number", "**Chế độ thông tin, báo cáo**"),
        "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch (báo cáo 06 tháng trước ngày 15/6, báo cáo năm trước ngày 20/11 hằng năm) gửi về Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 30/6 và ngày 10/12 hằng năm.",
        "Báo cáo đột xuất thực hiện theo yêu cầu của Ủy ban nhân dân tỉnh và Bộ Nội vụ.",
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
    ]
    return b


DT = {
    "name": "r11a-dong-thap-2026-2030",
    "ext": "docx",
    "blocks": _dt_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Đồng Tháp",
        "level": "province",
        "area": "Đồng Tháp",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị định số 48/2009/NĐ-CP ngày 19 tháng 5 năm 2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        ],
        "parent": None,
        "objectives": _objectives(DT_OBJ),
        "assignments": _assign(
            [
                ("Sở Nội vụ", "lead", ["1.1", "2.1", "2.2", "2.4", "6.1", "6.2"]),
                ("Sở Tài chính", "lead", ["2.3"]),
                ("Sở Y tế", "lead", ["3.3", "3.4", "4.1", "4.2", "4.3"]),
                ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3", "5.4"]),
                ("Sở Giáo dục và Đào tạo", "support", ["2.4"]),
                ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3", "6.4"]),
                ("Công an tỉnh", "support", ["3.2", "3.3"]),
                ("Thống kê tỉnh", "lead", ["3.1"]),
            ]
        ),
        "reporting": _rep(
            [
                ("semiannual", "units", "06-15"),
                ("annual", "units", "11-20"),
                ("semiannual", "consolidator", "06-30"),
                ("annual", "consolidator", "12-10"),
                ("midterm", "consolidator", "2028"),
                ("final", "consolidator", "2030"),
            ]
        ),
    },
}


# ---------------------------------------------------------------------------
# 3. Quảng Ngãi (.pdf, built as .docx and converted with LibreOffice) - bold Roman headings,
#    indicators "- Chỉ tiêu n." with a period; assignments given in a table
#    (chỉ tiêu | cơ quan chủ trì | cơ quan phối hợp) inside "Tổ chức thực hiện";
#    reporting regime in its own section.
# ---------------------------------------------------------------------------
QN_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 60% năm 2027, đạt 70% năm 2030.",
                [T(60, year=2027), T(70)],
            ),
            (
                "1.2",
                "Tỷ lệ nữ cán bộ, công chức cấp xã được quy hoạch vào các chức danh lãnh đạo, quản lý không dưới 30%.",
                [T(30)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2030.", [T(50)]),
            (
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm dưới 35% vào năm 2030.",
                [T(35, comparator="<")],
            ),
            ("2.3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã từ 27% trở lên.", [T(27)]),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm còn 1,5 lần so với nam giới.",
                [T(1.5, unit="times", comparator="<=")],
            ),
            (
                "3.2",
                "Đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 75%.",
                [T(90, label="người bị bạo lực"), T(75, label="người gây bạo lực")],
            ),
            (
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100)],
            ),
            (
                "3.4",
                "Đến năm 2027, 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, year=2027)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh khoảng 110 bé trai/100 bé gái sinh ra sống.",
                [T(110, unit="boys_per_100_girls", comparator="=")],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ liên quan đến thai sản giảm xuống dưới 40/100.000 trẻ đẻ sống.",
                [T(40, unit="per_100000_live_births", comparator="<")],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm từ 28 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 22 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(22, unit="per_1000_women", comparator="<=", baseline=28)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Từ năm 2026 trở đi, nội dung về giới, bình đẳng giới được lồng ghép vào chương trình bồi dưỡng cán bộ, công chức, viên chức và chương trình giảng dạy tại các cơ sở giáo dục trên địa bàn tỉnh.",
                [T(None, unit="bool", comparator="=", year=2026)],
            ),
            (
                "5.2",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98%; tỷ lệ hoàn thành cấp trung học cơ sở đạt 90%.",
                [T(98, label="tiểu học"), T(90, label="trung học cơ sở")],
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 40% năm 2028 và 45% năm 2030.",
                [T(40, year=2028), T(45)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "Đến năm 2030, 75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(75)],
            ),
            (
                "6.2",
                "100% xã, phường, đặc khu mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100)],
            ),
            (
                "6.3",
                "Trang thông tin điện tử của các sở, ban, ngành tỉnh có ít nhất 01 tin, bài về bình đẳng giới mỗi quý.",
                [T(1, unit="items_per_quarter")],
            ),
        ],
    ),
]

_ROMAN_OBJ = {"1": "2.1", "2": "2.2", "3": "2.3", "4": "2.4", "5": "2.5", "6": "2.6"}

_SNV, _STC, _SYT, _SGD = "Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo"
_VH, _CA, _TK = "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Thống kê tỉnh"
_DTTG, _KHCN = "Sở Dân tộc và Tôn giáo", "Sở Khoa học và Công nghệ"


def _qn_table():
    rows = [["TT", "Chỉ tiêu", "Cơ quan chủ trì theo dõi, báo cáo", "Cơ quan phối hợp"]]
    merges = []
    short = {
        "1.1": "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        "1.2": "Tỷ lệ nữ cán bộ, công chức cấp xã được quy hoạch lãnh đạo, quản lý",
        "2.1": "Tỷ lệ lao động nữ làm công hưởng lương",
        "2.2": "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp",
        "2.3": "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
        "3.1": "Số giờ làm công việc nội trợ, chăm sóc không được trả công của phụ nữ so với nam giới",
        "3.2": "Người bị bạo lực được tiếp cận dịch vụ hỗ trợ; người gây bạo lực được tư vấn, tham vấn",
        "3.3": "Nạn nhân bị mua bán trở về được hưởng dịch vụ hỗ trợ",
        "3.4": "Cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó bạo lực trên cơ sở giới",
        "5.1": "Nội dung về giới, bình đẳng giới được lồng ghép vào chương trình bồi dưỡng, giảng dạy",
        "5.2": "Trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học, trung học cơ sở",
        "5.3": "Tỷ lệ nữ được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
        "6.1": "Dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
        "6.2": "Xã, phường, đặc khu có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
        "6.3": "Tin, bài về bình đẳng giới trên trang thông tin điện tử của các sở, ban, ngành",
    }
    who = {
        "1.1": (_SNV, ""),
        "1.2": (_SNV, ""),
        "2.1": (_SNV, _TK),
        "2.2": (_SNV, _TK),
        "2.3": (_STC, ""),
        "3.1": (_TK, _SNV),
        "3.2": (_VH, _CA + "; " + _SYT),
        "3.3": (_CA, _SYT),
        "3.4": (_SYT, ""),
        "5.1": (_SGD, _SNV),
        "5.2": (_SGD, _DTTG),
        "5.3": (_SGD, ""),
        "6.1": (_VH, ""),
        "6.2": (_VH, ""),
        "6.3": (_KHCN, ""),
    }
    roman = ["I", "II", "III", "IV", "V", "VI"]
    n = 0
    for (code, title, inds), rn in zip(QN_OBJ, roman):
        rows.append([rn, f"Mục tiêu {code}: {title}", "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
        if code == "4":
            n += 1
            rows.append(
                [
                    str(n),
                    "Chỉ tiêu 1, 2, 3 (tỷ số giới tính khi sinh; tỷ số tử vong mẹ; tỷ suất sinh ở vị thành niên)",
                    _SYT,
                    "",
                ]
            )
            continue
        for c, _, _ in inds:
            n += 1
            lead, sup = who[c]
            rows.append([str(n), f"Chỉ tiêu {c.split('.')[1]}: {short[c]}", lead, sup])
    return ("table", rows, merges)


def _qn_blocks():
    b = [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "", "Số: 87/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Quảng Ngãi, ngày 21 tháng 4 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2026 - 2030**",
        "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 (sau đây gọi tắt là Chiến lược); Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026; Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chiến lược trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:",
        "Giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn hai tỉnh Quảng Ngãi và Kon Tum (trước hợp nhất) đạt được nhiều kết quả: tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh nhiệm kỳ 2021 - 2026 đạt 31,5%; tỷ lệ lao động nữ làm công hưởng lương đạt 44,2%; 100% xã có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở. Tuy nhiên, khoảng cách giới ở vùng đồng bào dân tộc thiểu số còn lớn; tỷ suất sinh ở vị thành niên còn khoảng 28 ca sinh/1.000 phụ nữ; tình trạng tảo hôn, bạo lực gia đình ở một số xã miền núi chưa được đẩy lùi; đội ngũ cán bộ làm công tác bình đẳng giới cấp xã thiếu và thường xuyên thay đổi.",
        "Để tiếp tục thực hiện các mục tiêu của Chiến lược trong giai đoạn 2026 - 2030, phù hợp với tổ chức chính quyền địa phương hai cấp, Ủy ban nhân dân tỉnh xác định mục đích, yêu cầu, mục tiêu và nhiệm vụ cụ thể như sau.",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Tiếp tục triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu của Chiến lược trên địa bàn tỉnh Quảng Ngãi sau khi hợp nhất với tỉnh Kon Tum; chú trọng vùng đồng bào dân tộc thiểu số, miền núi, biên giới và đặc khu Lý Sơn.",
        "2. Phân công rõ trách nhiệm chủ trì, phối hợp của các cơ quan, đơn vị, địa phương trong tổ chức thực hiện và theo dõi, báo cáo từng chỉ tiêu; bảo đảm số liệu được thu thập, tổng hợp có sự tách biệt giới.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển bền vững của tỉnh.",
        "**2. Mục tiêu cụ thể**",
    ]
    for code, title, inds in QN_OBJ:
        b.append(f"**{_ROMAN_OBJ[code]}. Mục tiêu {code}: {title}**")
        for c, text, _ in inds:
            b.append(f"- Chỉ tiêu {c.split('.')[1]}. {text}")
    b += [
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác lãnh đạo, chỉ đạo**",
        "Các cấp ủy Đảng, chính quyền tăng cường lãnh đạo, chỉ đạo thực hiện công tác bình đẳng giới; đưa các chỉ tiêu bình đẳng giới vào nghị quyết, kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm; người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả thực hiện bình đẳng giới tại cơ quan, đơn vị mình.",
        "**2. Hoàn thiện thể chế, chính sách**",
        "Rà soát, lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; ban hành chính sách hỗ trợ phụ nữ dân tộc thiểu số, phụ nữ vùng biển, hải đảo tiếp cận việc làm, sinh kế bền vững.",
        "**3. Truyền thông nâng cao nhận thức**",
        "Đa dạng hóa hình thức truyền thông: qua hệ thống thông tin cơ sở, loa truyền thanh, mạng xã hội, các buổi sinh hoạt cộng đồng bằng tiếng dân tộc (Hrê, Ca Dong, Xơ Đăng, Ba Na, Gié Triêng...); tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12).",
        "**4. Nâng cao năng lực, cơ sở dữ liệu**",
        "Tổ chức tập huấn cho đội ngũ cán bộ làm công tác bình đẳng giới, cộng tác viên ở thôn, tổ dân phố; xây dựng và cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; thực hiện chế độ báo cáo thống kê theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "**5. Kiểm tra, giám sát**",
        "Định kỳ kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các sở, ngành, địa phương; phát hiện, xử lý nghiêm các hành vi vi phạm pháp luật về bình đẳng giới.",
        "**6. Giải pháp trong từng lĩnh vực**",
        "- Về chính trị: thực hiện nghiêm quy định về tỷ lệ cán bộ nữ trong quy hoạch; đào tạo, bồi dưỡng, luân chuyển cán bộ nữ, nhất là cán bộ nữ người dân tộc thiểu số ở các xã miền núi, biên giới thuộc khu vực Kon Tum trước đây.",
        "- Về kinh tế, lao động: hỗ trợ phụ nữ tham gia các tổ hợp tác, hợp tác xã nông nghiệp, dược liệu (sâm Ngọc Linh), du lịch cộng đồng; đào tạo nghề gắn với nhu cầu của doanh nghiệp trong Khu kinh tế Dung Quất và các khu công nghiệp.",
        "- Về gia đình và phòng ngừa bạo lực: duy trì, nâng cao chất lượng các địa chỉ tin cậy, nhà tạm lánh; củng cố đội can thiệp nhanh, tổ hòa giải ở thôn, tổ dân phố; tăng cường phát hiện, hỗ trợ nạn nhân bị mua bán qua biên giới.",
        "- Về y tế: tăng cường truyền thông chuyển đổi hành vi về tảo hôn, hôn nhân cận huyết thống; cung cấp dịch vụ chăm sóc sức khỏe bà mẹ, trẻ sơ sinh tại các trạm y tế xã vùng sâu, vùng xa; bảo đảm thuốc, trang thiết bị thiết yếu cho y tế cơ sở.",
        "- Về giáo dục, đào tạo: duy trì sĩ số học sinh dân tộc thiểu số, nhất là học sinh nữ ở cấp trung học cơ sở; thực hiện hiệu quả chính sách hỗ trợ học sinh bán trú, học sinh trường phổ thông dân tộc nội trú.",
        "- Về thông tin, truyền thông: xây dựng chuyên mục bình đẳng giới trên cổng thông tin điện tử tỉnh, trang thông tin điện tử của các sở, ngành, địa phương; biên soạn tài liệu truyền thông song ngữ phù hợp với từng nhóm đối tượng.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "Ngân sách nhà nước bảo đảm theo phân cấp; lồng ghép trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8), các chương trình, đề án khác; huy động từ các tổ chức, cá nhân trong và ngoài nước theo quy định.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "**1. Phân công theo dõi, báo cáo các chỉ tiêu**",
        "Các cơ quan được giao chủ trì chịu trách nhiệm theo dõi, thu thập, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu; cơ quan phối hợp cung cấp số liệu, thông tin cho cơ quan chủ trì, cụ thể như sau:",
        _qn_table(),
        "**2. Trách nhiệm của các cơ quan, đơn vị, địa phương**",
        "a) Sở Nội vụ: Là cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương thực hiện; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ theo quy định.",
        "b) Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn các cơ quan, đơn vị lập dự toán, thanh quyết toán kinh phí theo quy định.",
        "c) Sở Y tế: Triển khai các giải pháp nâng cao chất lượng chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em ở vùng đồng bào dân tộc thiểu số; quản lý các cơ sở trợ giúp xã hội công lập.",
        "d) Sở Giáo dục và Đào tạo: Chỉ đạo các cơ sở giáo dục lồng ghép nội dung bình đẳng giới, phòng chống bạo lực học đường; vận động học sinh dân tộc thiểu số ra lớp, hạn chế bỏ học.",
        "đ) Sở Văn hóa, Thể thao và Du lịch: Hướng dẫn hệ thống thông tin cơ sở, cơ quan báo chí tăng cường tuyên truyền về bình đẳng giới; thực hiện công tác phòng, chống bạo lực gia đình.",
        "e) Công an tỉnh: Phòng ngừa, đấu tranh với tội phạm mua bán người, nhất là khu vực biên giới; tiếp nhận, xác minh, bảo vệ nạn nhân bị mua bán trở về.",
        "g) Sở Khoa học và Công nghệ, Sở Dân tộc và Tôn giáo, Thống kê tỉnh và các sở, ban, ngành khác: Theo chức năng, nhiệm vụ, thực hiện các chỉ tiêu được phân công tại điểm 1 mục này.",
        'h) Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện chỉ tiêu 2 của Mục tiêu 3 thông qua mô hình "Địa chỉ tin cậy", "Nhà tạm lánh" tại cộng đồng; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tăng cường giám sát, phản biện xã hội về bình đẳng giới.',
        "i) Ủy ban nhân dân các xã, phường, đặc khu: Ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương trước ngày 31/5/2026; bố trí nguồn lực thực hiện; báo cáo định kỳ về Sở Nội vụ.",
        "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Định kỳ 6 tháng (trước ngày 10 tháng 6) và hằng năm (trước ngày 05 tháng 12), các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 20 tháng 6 và trước ngày 15 tháng 12 hằng năm.",
        "2. Báo cáo sơ kết giữa kỳ giai đoạn 2026 - 2028 gửi về Sở Nội vụ trước ngày 31/7/2028; báo cáo tổng kết giai đoạn 2026 - 2030 gửi trước ngày 30/9/2030.",
        "3. Ngoài ra, các cơ quan, đơn vị, địa phương thực hiện báo cáo đột xuất khi có yêu cầu.",
        "Yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có vướng mắc, phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.",
        "Nơi nhận:",
        "- Bộ Nội vụ;",
        "- TT Tỉnh ủy; TT HĐND tỉnh;",
        "- CT, PCT UBND tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các xã, phường, đặc khu;",
        "- Lưu: VT, KGVX(tr).",
        "**KT. CHỦ TỊCH**",
        "**PHÓ CHỦ TỊCH**",
        "Y Ngọc Bình",
    ]
    return b


QN = {
    "name": "r11a-quang-ngai-2026-2030",
    "ext": "pdf",
    "via": "docx",
    "blocks": _qn_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Quảng Ngãi giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Quảng Ngãi",
        "level": "province",
        "area": "Quảng Ngãi",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": _objectives(QN_OBJ),
        "assignments": _assign(
            [
                (_SNV, "lead", ["1.1", "1.2", "2.1", "2.2"]),
                (_SNV, "support", ["3.1", "5.1"]),
                (_TK, "lead", ["3.1"]),
                (_TK, "support", ["2.1", "2.2"]),
                (_STC, "lead", ["2.3"]),
                (_VH, "lead", ["3.2", "6.1", "6.2"]),
                (_CA, "lead", ["3.3"]),
                (_CA, "support", ["3.2"]),
                (_SYT, "lead", ["3.4", "4.1", "4.2", "4.3"]),
                (_SYT, "support", ["3.2", "3.3"]),
                (_SGD, "lead", ["5.1", "5.2", "5.3"]),
                (_DTTG, "support", ["5.2"]),
                (_KHCN, "lead", ["6.3"]),
                ("Hội Liên hiệp Phụ nữ tỉnh", "support", ["3.2"]),
            ]
        ),
        "reporting": _rep(
            [
                ("plan", "units", "2026-05-31"),
                ("semiannual", "units", "06-10"),
                ("annual", "units", "12-05"),
                ("semiannual", "consolidator", "06-20"),
                ("annual", "consolidator", "12-15"),
                ("midterm", "units", "2028-07-31"),
                ("final", "units", "2030-09-30"),
            ]
        ),
    },
}

PLANS = [TQ, DT, QN]
