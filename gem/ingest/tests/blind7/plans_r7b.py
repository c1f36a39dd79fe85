"""Blind test plans, round 7 helper b: three commune/ward plans.

Block kinds beyond render.py's (used only by make_plans_r7b.py's own .docx builder):
("num", text) a Word 'List Number' paragraph (automatic numbering, continues the list);
("num", text, "restart") the same, starting a fresh list at 1;
("bul", text) a Word 'List Bullet' paragraph;
("sign", left_lines, right_lines) the "Nơi nhận" / signature block as a borderless 2-column table.
"""


def T(value, unit, comp, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comp,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def I(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. Xã Thạch Lâm Đông (Hà Tĩnh), annual 2027, .docx with automatic list numbering
# ---------------------------------------------------------------------------

TLD = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "XÃ THẠCH LÂM ĐÔNG", "", "Số: 21/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Thạch Lâm Đông, ngày 19 tháng 01 năm 2027",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn xã Thạch Lâm Đông**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 214/KH-UBND ngày 18/5/2026 của UBND tỉnh Hà Tĩnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Hà Tĩnh;",
    "Căn cứ Công văn số 35/SNV-CTTN&BĐG ngày 08/01/2027 của Sở Nội vụ tỉnh Hà Tĩnh về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027;",
    "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân xã Thạch Lâm Đông xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 như sau:",
    "**I. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026**",
    "Năm 2026 là năm đầu triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 sau khi sắp xếp đơn vị hành chính cấp xã. UBND xã đã ban hành kế hoạch, chỉ đạo các cơ quan, đơn vị, các thôn triển khai đồng bộ các nhiệm vụ; công tác tuyên truyền được duy trì thường xuyên, trong năm Đài truyền thanh xã phát 21 tin, bài, tổ chức 09 buổi sinh hoạt chuyên đề tại các thôn với hơn 1.100 lượt người tham dự.",
    "Một số kết quả nổi bật: tỷ lệ cơ quan, tổ chức trong hệ thống chính trị của xã có lãnh đạo chủ chốt là nữ đạt 55,6% (5/9 cơ quan, tổ chức); tỷ lệ lao động nữ làm công hưởng lương ước đạt 39,4%; 27 lao động nữ được hỗ trợ học nghề ngắn hạn (may công nghiệp, chế biến hải sản, kỹ thuật nuôi trồng thủy sản); tỷ số giới tính khi sinh là 112 bé trai/100 bé gái; 100% trường học lồng ghép nội dung giáo dục giới tính trong hoạt động ngoại khóa. Trên địa bàn phát hiện 04 vụ bạo lực gia đình, 100% người bị bạo lực được hỗ trợ, tư vấn.",
    "Bên cạnh kết quả đạt được, công tác bình đẳng giới của xã còn một số hạn chế: nhận thức của một bộ phận Nhân dân về bình đẳng giới chưa đầy đủ, tư tưởng trọng nam khinh nữ vẫn còn; tỷ số giới tính khi sinh còn cao so với mức chung của tỉnh; số liệu thống kê có tách biệt giới ở một số lĩnh vực chưa được cập nhật kịp thời; kinh phí bố trí cho công tác bình đẳng giới còn hạn chế.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    (
        "bul",
        "Tiếp tục nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và Nhân dân trên địa bàn xã về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; từng bước thu hẹp khoảng cách giới trong các lĩnh vực của đời sống xã hội ở cơ sở.",
    ),
    (
        "bul",
        "Cụ thể hóa các mục tiêu, chỉ tiêu của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 của tỉnh phù hợp với điều kiện thực tế của xã trong năm 2027, năm thứ hai của giai đoạn.",
    ),
    (
        "bul",
        "Phân công rõ trách nhiệm của từng cơ quan chuyên môn, đơn vị, đoàn thể và các thôn trong triển khai thực hiện, theo dõi và báo cáo kết quả các chỉ tiêu bình đẳng giới của xã.",
    ),
    "**2. Yêu cầu**",
    (
        "bul",
        "Các hoạt động phải được triển khai thường xuyên, thiết thực, gắn với thực hiện nhiệm vụ phát triển kinh tế - xã hội, xây dựng nông thôn mới nâng cao và phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trên địa bàn.",
    ),
    (
        "bul",
        "Tăng cường sự phối hợp giữa các cơ quan, đơn vị, đoàn thể; huy động sự tham gia của cộng đồng dân cư, người có uy tín ở thôn, các hộ gia đình trong việc thực hiện bình đẳng giới.",
    ),
    (
        "bul",
        "Số liệu theo dõi, báo cáo phải bảo đảm chính xác, kịp thời, có sự tách biệt giới (nam, nữ) theo hướng dẫn của cơ quan cấp trên.",
    ),
    "**III. MỤC TIÊU, CHỈ TIÊU**",
    "**1. Mục tiêu chung**",
    "Tạo chuyển biến rõ nét trong nhận thức và hành động của cán bộ và Nhân dân về bình đẳng giới; bảo đảm để phụ nữ và nam giới được tham gia, đóng góp và thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình, góp phần xây dựng xã Thạch Lâm Đông phát triển nhanh, bền vững.",
    "**2. Mục tiêu, chỉ tiêu cụ thể năm 2027**",
    "*Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, từng bước giảm khoảng cách giới trong lĩnh vực chính trị*",
    (
        "num",
        "Tỷ lệ cơ quan, tổ chức trong hệ thống chính trị của xã có lãnh đạo chủ chốt là nữ đạt tối thiểu 60%.",
        "restart",
    ),
    (
        "num",
        "Tỷ lệ nữ cán bộ, công chức được cử tham gia các lớp đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị trong năm không thấp hơn 40% tổng số người được cử đi học.",
    ),
    "*Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nông thôn, phụ nữ vùng bãi ngang ven biển đối với các nguồn lực kinh tế và thị trường lao động*",
    (
        "num",
        "Tăng tỷ lệ lao động nữ làm công hưởng lương trong tổng số lao động nữ có việc làm lên mức 42%.",
        "restart",
    ),
    (
        "num",
        "Giảm tỷ trọng lao động nữ làm việc trong lĩnh vực nông, lâm nghiệp và thủy sản trong tổng số lao động nữ có việc làm xuống còn 48%.",
    ),
    (
        "num",
        "Hỗ trợ ít nhất 30 lao động nữ được đào tạo nghề ngắn hạn, tư vấn, giới thiệu việc làm hoặc tham gia các tổ hợp tác, hợp tác xã.",
    ),
    "*Mục tiêu 3: Nâng cao chất lượng cuộc sống gia đình; phòng ngừa, ứng phó với bạo lực gia đình, bạo lực trên cơ sở giới*",
    (
        "num",
        "Không để xảy ra vụ bạo lực gia đình nghiêm trọng gây hậu quả chết người trên địa bàn xã.",
        "restart",
    ),
    (
        "num",
        "95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt tối thiểu 75%.",
    ),
    (
        "num",
        "100% nạn nhân bị mua bán trở về (nếu có) được phát hiện có nhu cầu hỗ trợ được tiếp nhận, hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
    ),
    "*Mục tiêu 4: Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe*",
    (
        "num",
        "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
        "restart",
    ),
    (
        "num",
        "Duy trì 100% phụ nữ mang thai được quản lý thai nghén và khám thai ít nhất 04 lần trong thai kỳ.",
    ),
    ("num", "Tỷ suất sinh ở vị thành niên giữ ở mức dưới 10 ca sinh/1.000 phụ nữ."),
    "*Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo*",
    (
        "num",
        "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình tiểu học đạt 100%; tỷ lệ hoàn thành chương trình trung học cơ sở đạt trên 98,5%.",
        "restart",
    ),
    (
        "num",
        "Nội dung về giới, bình đẳng giới, phòng, chống xâm hại trẻ em được lồng ghép vào hoạt động trải nghiệm, giáo dục kỹ năng sống tại 100% nhà trường trên địa bàn xã.",
    ),
    "*Mục tiêu 6: Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông*",
    (
        "num",
        "Đài truyền thanh xã phát sóng tối thiểu 02 tin, bài về bình đẳng giới, phòng, chống bạo lực gia đình mỗi tháng.",
        "restart",
    ),
    (
        "num",
        "Phấn đấu 85% người dân từ 15 tuổi trở lên được tiếp cận kiến thức cơ bản về bình đẳng giới.",
    ),
    (
        "num",
        "100% cán bộ, công chức, viên chức, người hoạt động không chuyên trách ở xã và ở thôn được phổ biến, cập nhật thông tin về bình đẳng giới.",
    ),
    "**IV. NHIỆM VỤ VÀ GIẢI PHÁP**",
    (
        "num",
        "**Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác bình đẳng giới**",
        "restart",
    ),
    (
        "bul",
        "Đưa nội dung bình đẳng giới vào chương trình công tác năm 2027 của UBND xã; lồng ghép các chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội năm 2027 và trong đánh giá kết quả thực hiện nhiệm vụ của các cơ quan, đơn vị.",
    ),
    (
        "bul",
        "Đề cao vai trò, trách nhiệm của người đứng đầu trong việc thực hiện các quy định của pháp luật về bình đẳng giới; quan tâm công tác quy hoạch, đào tạo, bồi dưỡng, bố trí cán bộ nữ, nhất là cán bộ nữ trẻ có năng lực.",
    ),
    ("num", "**Đẩy mạnh công tác thông tin, tuyên truyền, giáo dục về bình đẳng giới**"),
    (
        "bul",
        "Đa dạng hóa hình thức tuyên truyền qua Đài truyền thanh xã, trang thông tin điện tử của xã, nhóm Zalo các thôn, pano, áp phích; lồng ghép trong các buổi sinh hoạt chi bộ, họp thôn, sinh hoạt của các chi hội phụ nữ, chi đoàn thanh niên, câu lạc bộ gia đình phát triển bền vững.",
    ),
    (
        "bul",
        "Tổ chức các hoạt động truyền thông nhân ngày Quốc tế Phụ nữ (8/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027).",
    ),
    (
        "bul",
        "Tuyên truyền thay đổi quan niệm, tập quán lạc hậu về phân công lao động theo giới trong gia đình, khuyến khích nam giới chia sẻ công việc nội trợ, chăm sóc con cái; tuyên truyền về hậu quả của lựa chọn giới tính thai nhi và tư tưởng trọng nam khinh nữ.",
    ),
    ("num", "**Nâng cao năng lực đội ngũ làm công tác bình đẳng giới ở cơ sở**"),
    (
        "bul",
        "Cử cán bộ, công chức phụ trách công tác bình đẳng giới, Trưởng thôn, Chi hội trưởng phụ nữ tham gia đầy đủ các lớp tập huấn do tỉnh tổ chức; kiện toàn Ban Vì sự tiến bộ của phụ nữ xã sau khi có sự thay đổi nhân sự.",
    ),
    (
        "bul",
        "Củng cố, duy trì hoạt động của các địa chỉ tin cậy, nhóm phòng, chống bạo lực gia đình ở các thôn; bố trí người có uy tín, hiểu biết pháp luật tham gia hòa giải, tư vấn tại cộng đồng.",
    ),
    ("num", "**Triển khai các giải pháp trong từng lĩnh vực**"),
    (
        "bul",
        "Lĩnh vực kinh tế, lao động: ưu tiên phụ nữ thuộc hộ nghèo, hộ cận nghèo tham gia các lớp đào tạo nghề, chương trình tín dụng chính sách; hỗ trợ chị em phát triển mô hình kinh tế hộ, sản phẩm OCOP, ứng dụng thương mại điện tử trong tiêu thụ nông sản, hải sản.",
    ),
    (
        "bul",
        "Lĩnh vực gia đình: phát hiện sớm, can thiệp kịp thời các vụ việc bạo lực gia đình; hỗ trợ người bị bạo lực tiếp cận dịch vụ y tế, tư vấn tâm lý, trợ giúp pháp lý và nơi tạm lánh; phát huy vai trò của tổ hòa giải ở cơ sở.",
    ),
    (
        "bul",
        "Lĩnh vực y tế: nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình tại Trạm Y tế xã; tư vấn, khám sức khỏe trước khi kết hôn; quản lý thai nghén, theo dõi bà mẹ và trẻ sơ sinh.",
    ),
    (
        "bul",
        "Lĩnh vực giáo dục: vận động trẻ em trong độ tuổi đến trường, không để học sinh bỏ học vì hoàn cảnh khó khăn; lồng ghép giáo dục giới tính, kỹ năng tự bảo vệ cho học sinh.",
    ),
    ("num", "**Tăng cường công tác thống kê, cơ sở dữ liệu về giới ở cấp xã**"),
    (
        "bul",
        "Rà soát, chuẩn hóa các biểu mẫu thu thập số liệu có tách biệt giới ở các thôn; cập nhật số liệu về lao động, việc làm, hộ nghèo, bạo lực gia đình, học sinh theo giới tính định kỳ 6 tháng một lần để phục vụ báo cáo.",
    ),
    (
        "bul",
        "Ứng dụng cơ sở dữ liệu dân cư, cơ sở dữ liệu hộ gia đình của xã trong tổng hợp số liệu; phân công công chức phụ trách kiểm tra tính thống nhất của số liệu trước khi báo cáo cấp trên.",
    ),
    ("num", "**Xây dựng, nhân rộng các mô hình tại cộng đồng**"),
    (
        "bul",
        "Duy trì 05 câu lạc bộ “Gia đình phát triển bền vững” và 01 mô hình “Nam giới tiên phong chia sẻ việc nhà” tại thôn Bắc Sơn; thành lập mới ít nhất 01 tổ hợp tác do phụ nữ làm chủ trong lĩnh vực chế biến hải sản khô.",
    ),
    (
        "bul",
        "Tổ chức hội thi “Gia đình bình đẳng - hạnh phúc” cấp xã trong dịp kỷ niệm ngày Gia đình Việt Nam; biểu dương các gia đình, cá nhân tiêu biểu trong thực hiện bình đẳng giới.",
    ),
    ("num", "**Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới**"),
    (
        "bul",
        "Phối hợp với các đoàn kiểm tra của cấp trên; tự kiểm tra việc thực hiện pháp luật về bình đẳng giới tại các thôn, cơ quan, đơn vị trên địa bàn; kịp thời chấn chỉnh những tồn tại, hạn chế.",
    ),
    "**V. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2027 giao cho các cơ quan, đơn vị; lồng ghép từ các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và các nguồn huy động hợp pháp khác theo quy định. Các cơ quan, đơn vị được giao nhiệm vụ chủ động xây dựng dự toán chi tiết gửi Phòng Kinh tế thẩm định, trình Chủ tịch UBND xã xem xét, quyết định.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    ("num", "**Phòng Văn hóa - Xã hội**", "restart"),
    (
        "bul",
        "Là cơ quan thường trực, tham mưu UBND xã tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các cơ quan, đơn vị, các thôn thực hiện; chủ trì tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới năm 2027.",
    ),
    (
        "bul",
        "Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 2 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 6; phối hợp với Văn phòng HĐND và UBND xã theo dõi chỉ tiêu 2 của Mục tiêu 1.",
    ),
    (
        "bul",
        "Tổng hợp kết quả thực hiện Kế hoạch, tham mưu UBND xã báo cáo cấp trên theo quy định tại Mục VII.",
    ),
    ("num", "**Văn phòng HĐND và UBND xã**"),
    (
        "bul",
        "Tham mưu công tác cán bộ bảo đảm mục tiêu bình đẳng giới trong quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm; lồng ghép nội dung bình đẳng giới trong xây dựng các văn bản của HĐND, UBND xã.",
    ),
    (
        "bul",
        "Chịu trách nhiệm theo dõi, tổng hợp số liệu và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1 của Kế hoạch này.",
    ),
    ("num", "**Phòng Kinh tế**"),
    (
        "bul",
        "Tham mưu bố trí kinh phí thực hiện Kế hoạch; lồng ghép mục tiêu bình đẳng giới trong các chương trình phát triển sản xuất, giảm nghèo bền vững, xây dựng nông thôn mới.",
    ),
    ("bul", "Chủ trì theo dõi, báo cáo chỉ tiêu 1, 2, 3 của Mục tiêu 2."),
    ("num", "**Trạm Y tế xã**"),
    (
        "bul",
        "Tổ chức tư vấn, cung cấp dịch vụ chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình; tuyên truyền về mất cân bằng giới tính khi sinh; tiếp nhận, sơ cứu, điều trị ban đầu cho người bị bạo lực gia đình.",
    ),
    (
        "bul",
        "Chịu trách nhiệm theo dõi và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4.",
    ),
    ("num", "**Công an xã**"),
    (
        "bul",
        "Nắm chắc tình hình, kịp thời phát hiện, ngăn chặn, xử lý các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em, mua bán người trên địa bàn.",
    ),
    (
        "bul",
        "Chủ trì theo dõi, báo cáo chỉ tiêu 1 và chỉ tiêu 3 của Mục tiêu 3; phối hợp với Phòng Văn hóa - Xã hội thu thập số liệu về người gây bạo lực gia đình phục vụ báo cáo chỉ tiêu 2 của Mục tiêu 3.",
    ),
    ("num", "**Trường Tiểu học và Trung học cơ sở Thạch Lâm Đông**"),
    (
        "bul",
        "Lồng ghép nội dung giáo dục về giới, bình đẳng giới, kỹ năng phòng, chống xâm hại trong các hoạt động giáo dục; phối hợp với gia đình vận động học sinh đến trường.",
    ),
    (
        "bul",
        "Theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu 1, chỉ tiêu 2 thuộc Mục tiêu 5.",
    ),
    ("num", "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội**"),
    (
        "bul",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã: tuyên truyền, vận động Nhân dân thực hiện bình đẳng giới gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới tại địa phương.",
    ),
    (
        "bul",
        "Hội Liên hiệp Phụ nữ xã: phối hợp với Phòng Kinh tế thực hiện chỉ tiêu 3 của Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội duy trì các địa chỉ tin cậy, hỗ trợ thực hiện chỉ tiêu 2 của Mục tiêu 3; giới thiệu cán bộ nữ có năng lực để quy hoạch, đào tạo.",
    ),
    (
        "bul",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã: phối hợp với Trạm Y tế xã tuyên truyền, tư vấn sức khỏe sinh sản vị thành niên, thanh niên, góp phần thực hiện chỉ tiêu 3 của Mục tiêu 4; phát huy vai trò của thanh niên nam trong chia sẻ công việc gia đình.",
    ),
    ("num", "**Trưởng các thôn**"),
    (
        "bul",
        "Tuyên truyền, phổ biến nội dung Kế hoạch tới Nhân dân; đưa nội dung bình đẳng giới, phòng, chống bạo lực gia đình vào hương ước, quy ước của thôn; kịp thời nắm bắt, thông tin các vụ việc bạo lực gia đình về UBND xã.",
    ),
    "**VII. CHẾ ĐỘ BÁO CÁO**",
    "1. Các cơ quan, đơn vị, đoàn thể, Trường Tiểu học và Trung học cơ sở Thạch Lâm Đông và Trưởng các thôn gửi báo cáo kết quả thực hiện Kế hoạch về UBND xã (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 05/6/2027; báo cáo năm trước ngày 30/11/2027. Số liệu báo cáo phải có sự tách biệt giới.",
    "2. Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo Sở Nội vụ tỉnh Hà Tĩnh trước ngày 10/6/2027 (báo cáo 6 tháng) và trước ngày 05/12/2027 (báo cáo năm).",
    "3. Ngoài ra, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu của UBND xã hoặc cơ quan cấp trên.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn xã Thạch Lâm Đông. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo UBND xã xem xét, giải quyết./.",
    (
        "sign",
        [
            "Nơi nhận:",
            "- Sở Nội vụ tỉnh Hà Tĩnh (b/c);",
            "- TT Đảng ủy, TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- UBMTTQ và các đoàn thể xã;",
            "- Các cơ quan, đơn vị tại Mục VI;",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phan Thị Thu Hà"],
    ),
]

TLD_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn xã Thạch Lâm Đông",
    "issuer": "UBND xã Thạch Lâm Đông",
    "level": "commune",
    "area": "Thạch Lâm Đông",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 214/KH-UBND ngày 18/5/2026 của UBND tỉnh Hà Tĩnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Hà Tĩnh",
        "Công văn số 35/SNV-CTTN&BĐG ngày 08/01/2027 của Sở Nội vụ tỉnh Hà Tĩnh về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
    ],
    "parent": "Kế hoạch số 214/KH-UBND ngày 18/5/2026 của UBND tỉnh Hà Tĩnh",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, từng bước giảm khoảng cách giới trong lĩnh vực chính trị",
            "indicators": [
                I(
                    "1.1",
                    "Tỷ lệ cơ quan, tổ chức trong hệ thống chính trị của xã có lãnh đạo chủ chốt là nữ đạt tối thiểu 60%.",
                    T(60, "%", ">=", 2027),
                ),
                I(
                    "1.2",
                    "Tỷ lệ nữ cán bộ, công chức được cử tham gia các lớp đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị trong năm không thấp hơn 40% tổng số người được cử đi học.",
                    T(40, "%", ">=", 2027),
                ),
            ],
        },
        {
            "code": "2",
            "title": "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nông thôn, phụ nữ vùng bãi ngang ven biển đối với các nguồn lực kinh tế và thị trường lao động",
            "indicators": [
                I(
                    "2.1",
                    "Tăng tỷ lệ lao động nữ làm công hưởng lương trong tổng số lao động nữ có việc làm lên mức 42%.",
                    T(42, "%", ">=", 2027),
                ),
                I(
                    "2.2",
                    "Giảm tỷ trọng lao động nữ làm việc trong lĩnh vực nông, lâm nghiệp và thủy sản trong tổng số lao động nữ có việc làm xuống còn 48%.",
                    T(48, "%", "<=", 2027),
                ),
                I(
                    "2.3",
                    "Hỗ trợ ít nhất 30 lao động nữ được đào tạo nghề ngắn hạn, tư vấn, giới thiệu việc làm hoặc tham gia các tổ hợp tác, hợp tác xã.",
                    T(30, "count", ">=", 2027),
                ),
            ],
        },
        {
            "code": "3",
            "title": "Nâng cao chất lượng cuộc sống gia đình; phòng ngừa, ứng phó với bạo lực gia đình, bạo lực trên cơ sở giới",
            "indicators": [
                I(
                    "3.1",
                    "Không để xảy ra vụ bạo lực gia đình nghiêm trọng gây hậu quả chết người trên địa bàn xã.",
                    T(None, "bool", "=", 2027),
                ),
                I(
                    "3.2",
                    "95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt tối thiểu 75%.",
                    T(95, "%", ">=", 2027, label="người bị bạo lực"),
                    T(75, "%", ">=", 2027, label="người gây bạo lực"),
                ),
                I(
                    "3.3",
                    "100% nạn nhân bị mua bán trở về (nếu có) được phát hiện có nhu cầu hỗ trợ được tiếp nhận, hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                    T(100, "%", ">=", 2027),
                ),
            ],
        },
        {
            "code": "4",
            "title": "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
            "indicators": [
                I(
                    "4.1",
                    "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
                    T(110, "boys_per_100_girls", "<=", 2027),
                ),
                I(
                    "4.2",
                    "Duy trì 100% phụ nữ mang thai được quản lý thai nghén và khám thai ít nhất 04 lần trong thai kỳ.",
                    T(100, "%", ">=", 2027),
                ),
                I(
                    "4.3",
                    "Tỷ suất sinh ở vị thành niên giữ ở mức dưới 10 ca sinh/1.000 phụ nữ.",
                    T(10, "per_1000_women", "<", 2027),
                ),
            ],
        },
        {
            "code": "5",
            "title": "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                I(
                    "5.1",
                    "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình tiểu học đạt 100%; tỷ lệ hoàn thành chương trình trung học cơ sở đạt trên 98,5%.",
                    T(100, "%", ">=", 2027, label="tiểu học"),
                    T(98.5, "%", ">", 2027, label="trung học cơ sở"),
                ),
                I(
                    "5.2",
                    "Nội dung về giới, bình đẳng giới, phòng, chống xâm hại trẻ em được lồng ghép vào hoạt động trải nghiệm, giáo dục kỹ năng sống tại 100% nhà trường trên địa bàn xã.",
                    T(100, "%", ">=", 2027),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                I(
                    "6.1",
                    "Đài truyền thanh xã phát sóng tối thiểu 02 tin, bài về bình đẳng giới, phòng, chống bạo lực gia đình mỗi tháng.",
                    T(2, "items_per_month", ">=", 2027),
                ),
                I(
                    "6.2",
                    "Phấn đấu 85% người dân từ 15 tuổi trở lên được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                    T(85, "%", ">=", 2027),
                ),
                I(
                    "6.3",
                    "100% cán bộ, công chức, viên chức, người hoạt động không chuyên trách ở xã và ở thôn được phổ biến, cập nhật thông tin về bình đẳng giới.",
                    T(100, "%", ">=", 2027),
                ),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.2", "6.1", "6.2", "6.3"),
        A("Phòng Văn hóa - Xã hội", "support", "1.2"),
        A("Văn phòng HĐND và UBND xã", "lead", "1.1", "1.2"),
        A("Phòng Kinh tế", "lead", "2.1", "2.2", "2.3"),
        A("Trạm Y tế xã", "lead", "4.1", "4.2", "4.3"),
        A("Công an xã", "lead", "3.1", "3.3"),
        A("Công an xã", "support", "3.2"),
        A("Trường Tiểu học và Trung học cơ sở Thạch Lâm Đông", "lead", "5.1", "5.2"),
        A("Hội Liên hiệp Phụ nữ xã", "support", "2.3", "3.2"),
        A("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "support", "4.3"),
    ],
    "reporting": [
        R("semiannual", "units", "06-05"),
        R("annual", "units", "11-30"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "consolidator", "12-05"),
    ],
}


# ---------------------------------------------------------------------------
# 2. Phường Hòa Phú Đông (Đắk Lắk), 2026-2030, .pdf printed from Word by LibreOffice
# ---------------------------------------------------------------------------

HPD = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA PHÚ ĐÔNG", "", "Số: 186/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Hòa Phú Đông, ngày 22 tháng 7 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn phường Hòa Phú Đông giai đoạn 2026 - 2030**",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Kế hoạch số 3127/KH-UBND ngày 09 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh; Ủy ban nhân dân phường Hòa Phú Đông ban hành Kế hoạch thực hiện trên địa bàn phường giai đoạn 2026 - 2030, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Quán triệt, triển khai đầy đủ các mục tiêu, chỉ tiêu, nhiệm vụ của Chiến lược quốc gia về bình đẳng giới và Kế hoạch của tỉnh đến cán bộ, đảng viên, công chức, viên chức và Nhân dân trên địa bàn phường; xác định công tác bình đẳng giới là nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị.",
    "2. Phát huy vai trò, trách nhiệm của các cơ quan chuyên môn thuộc UBND phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội, các tổ dân phố, buôn trong việc thực hiện bình đẳng giới; bảo đảm sự phối hợp chặt chẽ, đồng bộ, hiệu quả trong bối cảnh vận hành mô hình chính quyền địa phương hai cấp.",
    "3. Các chỉ tiêu của Kế hoạch phải phù hợp với điều kiện của một phường đô thị đang phát triển, có đồng bào dân tộc thiểu số sinh sống xen kẽ; việc theo dõi, đánh giá phải dựa trên số liệu thống kê có tách biệt giới, được cập nhật hằng năm.",
    "4. Đánh giá thực trạng: Phường Hòa Phú Đông được thành lập trên cơ sở sắp xếp các phường, xã cũ, có 21 tổ dân phố và 04 buôn đồng bào Ê Đê, dân số trên 38.000 người, trong đó nữ chiếm 50,8%. Giai đoạn 2021-2025, các địa phương cũ đã đạt và vượt phần lớn các chỉ tiêu bình đẳng giới; tỷ lệ lao động nữ làm công hưởng lương năm 2025 đạt khoảng 52%, tỷ lệ nữ chủ doanh nghiệp, hộ kinh doanh đạt 31,2%; tuy nhiên tình trạng bạo lực gia đình vẫn còn xảy ra (giai đoạn 2021-2025 phát hiện 37 vụ), tỷ số giới tính khi sinh có năm lên tới 113 bé trai/100 bé gái, việc thu thập số liệu về thời gian làm việc nhà không được trả công còn khó khăn.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu tổng quát**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; góp phần xây dựng phường Hòa Phú Đông phát triển nhanh và bền vững, đạt chuẩn đô thị văn minh vào năm 2030.",
    "**2. Mục tiêu cụ thể**",
    "**a) Mục tiêu 1: Trong lĩnh vực chính trị**",
    "Chỉ tiêu: Đến năm 2028 có ít nhất 65% và đến hết năm 2030 đạt 75% cơ quan, đơn vị, tổ chức trong hệ thống chính trị của phường có lãnh đạo chủ chốt là nữ.",
    "**b) Mục tiêu 2: Trong lĩnh vực kinh tế, lao động**",
    "- Chỉ tiêu 1: Tỷ lệ lao động nữ làm công hưởng lương đạt mức 58% vào năm 2028 và tăng lên mức 65% vào năm 2030.",
    "- Chỉ tiêu 2. Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 15% vào năm 2030.",
    "- Chỉ tiêu 3: Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã, chủ hộ kinh doanh trên địa bàn phường không thấp hơn 35% vào năm 2030.",
    "**c) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Chỉ tiêu 1: Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới còn 1,5 lần vào năm 2028 và tối đa 1,3 lần vào năm 2030.",
    "- Chỉ tiêu 2: Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản (đạt 90% vào năm 2028, 100% vào năm 2030); người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn (đạt 70% vào năm 2028, 85% vào năm 2030).",
    "- Chỉ tiêu 3: Duy trì 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
    "**d) Mục tiêu 4: Trong lĩnh vực y tế**",
    "- Chỉ tiêu 1: Tỷ số giới tính khi sinh khoảng 108 bé trai/100 bé gái sinh ra sống vào năm 2030.",
    "- Chỉ tiêu 2: Tỷ suất sinh ở vị thành niên giảm từ 14 ca sinh/1.000 phụ nữ năm 2025 xuống còn 10 ca sinh/1.000 phụ nữ vào năm 2030.",
    "- Chỉ tiêu 3: Tỷ lệ phụ nữ mang thai được khám thai từ 04 lần trở lên trong thai kỳ duy trì ổn định ở mức trên 95%.",
    "**đ) Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo**",
    "- Chỉ tiêu 1: Từ năm 2027 trở đi, 100% trường học trên địa bàn phường lồng ghép nội dung giáo dục về giới, bình đẳng giới, phòng, chống xâm hại trẻ em vào các hoạt động giáo dục.",
    "- Chỉ tiêu 2: Tỷ lệ trẻ em trong độ tuổi hoàn thành chương trình tiểu học đạt 100%; tỷ lệ học sinh hoàn thành chương trình trung học cơ sở đạt tối thiểu 98% vào năm 2030.",
    "**e) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông** (các chỉ tiêu cụ thể theo bảng dưới đây)",
    (
        "table",
        [
            ["TT", "Chỉ tiêu", "Năm 2028", "Năm 2030"],
            [
                "1",
                "Tỷ lệ dân số trên địa bàn phường được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "75%",
                "85%",
            ],
            [
                "2",
                "Tỷ lệ tổ dân phố, buôn mỗi quý có ít nhất 01 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở (loa truyền thanh, bảng tin, nhóm Zalo tổ dân phố)",
                "100%",
                "100%",
            ],
            [
                "3",
                "Số tin, bài về bình đẳng giới đăng trên Trang thông tin điện tử của phường mỗi quý (tối thiểu)",
                "03",
                "05",
            ],
        ],
    ),
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Nhiệm vụ, giải pháp chung**",
    "- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, sự quản lý, điều hành của chính quyền phường đối với công tác bình đẳng giới; đưa các mục tiêu, chỉ tiêu bình đẳng giới vào nghị quyết, kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của phường. Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trực tiếp về kết quả thực hiện các chỉ tiêu được phân công.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng và tổ chức thực hiện các chương trình, đề án, kế hoạch của phường, nhất là các chương trình về chỉnh trang đô thị, giải quyết việc làm, giảm nghèo đa chiều, an sinh xã hội và chuyển đổi số.",
    "- Đẩy mạnh công tác thông tin, tuyên truyền, giáo dục về bình đẳng giới với nội dung, hình thức phù hợp từng nhóm đối tượng: công nhân lao động tại các cơ sở sản xuất, tiểu thương chợ Hòa Phú Đông, đồng bào dân tộc thiểu số tại các buôn, học sinh và thanh thiếu niên. Chú trọng truyền thông trên môi trường số, Trang thông tin điện tử của phường, nhóm Zalo tổ dân phố, hệ thống loa truyền thanh thông minh.",
    "- Hằng năm tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (8/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10), ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12).",
    "- Nâng cao năng lực quản lý nhà nước về bình đẳng giới; bố trí công chức phụ trách công tác bình đẳng giới ổn định; tổ chức tập huấn cho cán bộ tổ dân phố, buôn, chi hội phụ nữ, chi đoàn thanh niên về kỹ năng truyền thông, phát hiện, hỗ trợ người bị bạo lực.",
    "**2. Giải pháp cụ thể theo từng lĩnh vực**",
    "a) Lĩnh vực chính trị: Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ nữ; bảo đảm tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý; tạo nguồn cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số cho nhiệm kỳ 2030 - 2035.",
    "b) Lĩnh vực kinh tế, lao động: Tổ chức tư vấn, giới thiệu việc làm, kết nối cung - cầu lao động cho lao động nữ, nhất là lao động nữ bị mất việc, lao động nữ di cư từ nông thôn; hỗ trợ phụ nữ tiếp cận vốn vay ưu đãi, thành lập và phát triển hộ kinh doanh, doanh nghiệp nhỏ; khuyến khích phụ nữ tham gia khởi nghiệp, kinh doanh trên nền tảng số.",
    "c) Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: Duy trì, nhân rộng mô hình “Gia đình hạnh phúc, bền vững”, câu lạc bộ “Ông bà mẫu mực, con cháu thảo hiền”; củng cố mạng lưới địa chỉ tin cậy, tổ hòa giải ở các tổ dân phố, buôn; công khai số điện thoại đường dây nóng tiếp nhận tin báo về bạo lực gia đình, xâm hại trẻ em.",
    "d) Lĩnh vực y tế: Tuyên truyền, vận động không lựa chọn giới tính thai nhi; nâng cao chất lượng dịch vụ chăm sóc sức khỏe bà mẹ, trẻ em, sức khỏe sinh sản vị thành niên, thanh niên; thực hiện tư vấn và khám sức khỏe trước khi kết hôn.",
    "đ) Lĩnh vực giáo dục: Vận động trẻ em trong độ tuổi ra lớp, hạn chế tình trạng học sinh bỏ học, đặc biệt là học sinh nữ người dân tộc thiểu số; tổ chức các chuyên đề giáo dục giới tính, kỹ năng sống, phòng, chống bạo lực học đường.",
    "e) Lĩnh vực thông tin, truyền thông: Xây dựng chuyên mục “Bình đẳng giới và gia đình” trên Trang thông tin điện tử của phường; cập nhật tin, bài trên hệ thống thông tin cơ sở; biểu dương các tập thể, cá nhân điển hình trong thực hiện bình đẳng giới.",
    "g) Nâng cao năng lực và hiệu quả quản lý nhà nước: Kiện toàn Ban Vì sự tiến bộ của phụ nữ phường; bố trí công chức Phòng Văn hóa - Xã hội phụ trách công tác bình đẳng giới, gia đình, trẻ em; hằng năm tổ chức ít nhất 01 lớp tập huấn cho cán bộ tổ dân phố, buôn về lồng ghép giới, thống kê số liệu tách biệt giới, kỹ năng hỗ trợ người bị bạo lực.",
    "h) Huy động nguồn lực, xã hội hóa: Vận động các doanh nghiệp, hộ kinh doanh trên địa bàn tham gia hỗ trợ phụ nữ khởi nghiệp, tài trợ học bổng cho học sinh nữ có hoàn cảnh khó khăn; phối hợp với các tổ chức trong và ngoài nước triển khai các dự án về phòng ngừa bạo lực trên cơ sở giới tại cộng đồng.",
    "i) Kiểm tra, giám sát: Hằng năm lồng ghép kiểm tra việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp trên địa bàn; giải quyết kịp thời các kiến nghị, phản ánh liên quan đến phân biệt đối xử về giới, quấy rối tình dục tại nơi làm việc.",
    ("page",),
    "**IV. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách phường theo phân cấp hiện hành, lồng ghép trong kinh phí thực hiện các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan; huy động từ các tổ chức, cá nhân, doanh nghiệp trên địa bàn và các nguồn hợp pháp khác.",
    "2. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí thực hiện cùng thời điểm xây dựng dự toán ngân sách, gửi Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp, trình UBND phường xem xét, quyết định.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Văn hóa - Xã hội**",
    "- Là cơ quan thường trực giúp UBND phường tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; hằng năm tham mưu UBND phường ban hành kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 3 và Mục tiêu 6 của Kế hoạch.",
    "- Tham mưu tổ chức sơ kết giữa kỳ, tổng kết việc thực hiện Kế hoạch; đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
    "**2. Văn phòng HĐND và UBND phường**",
    "- Tham mưu công tác tổ chức, cán bộ bảo đảm thực hiện bình đẳng giới trong tuyển dụng, quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ, công chức của phường.",
    "- Theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu của Mục tiêu 1.",
    "**3. Phòng Kinh tế, Hạ tầng và Đô thị**",
    "- Tham mưu lồng ghép mục tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội, chương trình giảm nghèo, hỗ trợ phát triển hộ kinh doanh, doanh nghiệp; bảo đảm kinh phí thực hiện Kế hoạch.",
    "- Chủ trì theo dõi, báo cáo kết quả thực hiện chỉ tiêu 1, chỉ tiêu 2, chỉ tiêu 3 thuộc Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội thu thập thông tin phục vụ đánh giá chỉ tiêu 1 (Mục tiêu 3).",
    "**4. Trạm Y tế phường**",
    "- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; cung cấp dịch vụ y tế cho người bị bạo lực gia đình, bạo lực trên cơ sở giới.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4.",
    "**5. Công an phường**",
    "- Chủ trì công tác phòng, chống mua bán người, xâm hại phụ nữ, trẻ em; kịp thời phát hiện, xử lý nghiêm các hành vi vi phạm pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình.",
    "- Phối hợp cung cấp số liệu về các vụ bạo lực gia đình, mua bán người để Phòng Văn hóa - Xã hội tổng hợp chỉ tiêu 2, chỉ tiêu 3 của Mục tiêu 3.",
    "**6. Các trường Tiểu học, Trung học cơ sở trên địa bàn phường**",
    "- Lồng ghép nội dung giáo dục về giới, bình đẳng giới, sức khỏe sinh sản, phòng, chống xâm hại trẻ em trong hoạt động giáo dục của nhà trường.",
    "- Theo dõi, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 5 về UBND phường (qua Phòng Văn hóa - Xã hội).",
    "**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội**",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam phường tăng cường tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện pháp luật về bình đẳng giới; thực hiện giám sát, phản biện xã hội đối với việc thực hiện Kế hoạch.",
    "a) Hội Liên hiệp Phụ nữ phường: Phối hợp thực hiện chỉ tiêu 3 của Mục tiêu 2 và chỉ tiêu 2 của Mục tiêu 3; tham gia xây dựng, phản biện chính sách; giới thiệu cán bộ nữ ưu tú cho cấp ủy, chính quyền quy hoạch, đào tạo.",
    "b) Đoàn Thanh niên Cộng sản Hồ Chí Minh phường: Phối hợp với Trạm Y tế phường triển khai các hoạt động tư vấn sức khỏe sinh sản vị thành niên, góp phần thực hiện chỉ tiêu 2 thuộc Mục tiêu 4; xây dựng các mô hình thanh niên tham gia phòng, chống bạo lực học đường, bạo lực trên cơ sở giới.",
    "- Các tổ chức chính trị - xã hội khác (Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi phường) căn cứ chức năng, nhiệm vụ lồng ghép nội dung bình đẳng giới, phòng, chống bạo lực gia đình trong sinh hoạt của hội viên; nhân rộng các mô hình gia đình hạnh phúc, nam giới tham gia phòng, chống bạo lực gia đình.",
    "**8. Tổ trưởng tổ dân phố, Trưởng buôn**",
    "- Tuyên truyền, phổ biến Kế hoạch đến từng hộ gia đình; đưa nội dung bình đẳng giới vào quy ước, hương ước; phối hợp phát hiện, thông tin kịp thời các vụ việc bạo lực gia đình về UBND phường.",
    "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "1. Hằng năm, trước ngày 31 tháng 01, các cơ quan, đơn vị nêu tại Mục V xây dựng kế hoạch thực hiện công tác bình đẳng giới của năm, gửi về UBND phường (qua Phòng Văn hóa - Xã hội) để theo dõi.",
    "2. Báo cáo định kỳ: Các cơ quan, đơn vị gửi báo cáo 6 tháng trước ngày 05 tháng 6 và báo cáo năm trước ngày 05 tháng 12 hằng năm về UBND phường (qua Phòng Văn hóa - Xã hội). Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND phường báo cáo Sở Nội vụ trước ngày 10/6 và 10/12 hằng năm.",
    "3. Báo cáo sơ kết giữa kỳ: Các cơ quan, đơn vị đánh giá kết quả thực hiện giai đoạn 2026 - 2028, gửi báo cáo về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 15/7/2028 để tổng hợp, báo cáo Sở Nội vụ theo quy định.",
    "4. Báo cáo tổng kết: Các cơ quan, đơn vị gửi báo cáo tổng kết 05 năm thực hiện Kế hoạch trước ngày 30/9/2030; UBND phường tổng hợp, báo cáo Sở Nội vụ trước ngày 10/10/2030.",
    "5. Báo cáo đột xuất thực hiện theo yêu cầu của UBND phường và cơ quan cấp trên.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giớ trên địa bàn phường Hòa Phú Đông giai đoạn 2026 - 2030. Yêu cầu Thủ trưởng các cơ quan, đơn vị, Tổ trưởng tổ dân phố, Trưởng buôn nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, kịp thời phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo UBND phường xem xét, điều chỉnh./.",
    (
        "sign",
        [
            "Nơi nhận:",
            "- Sở Nội vụ tỉnh Đắk Lắk (b/c);",
            "- TT Đảng ủy phường;",
            "- TT HĐND phường;",
            "- CT, các PCT UBND phường;",
            "- UBMTTQVN phường;",
            "- Các cơ quan, đơn vị (Mục V);",
            "- Lưu: VT, VHXH.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Y Khuê Niê"],
    ),
]

HPD_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn phường Hòa Phú Đông giai đoạn 2026 - 2030",
    "issuer": "UBND phường Hòa Phú Đông",
    "level": "commune",
    "area": "Hòa Phú Đông",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 3127/KH-UBND ngày 09 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh",
    ],
    "parent": "Kế hoạch số 3127/KH-UBND ngày 09 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk",
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [
                I(
                    "1.1",
                    "Đến năm 2028 có ít nhất 65% và đến hết năm 2030 đạt 75% cơ quan, đơn vị, tổ chức trong hệ thống chính trị của phường có lãnh đạo chủ chốt là nữ.",
                    T(65, "%", ">=", 2028),
                    T(75, "%", ">=", 2030),
                ),
            ],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [
                I(
                    "2.1",
                    "Tỷ lệ lao động nữ làm công hưởng lương đạt mức 58% vào năm 2028 và tăng lên mức 65% vào năm 2030.",
                    T(58, "%", ">=", 2028),
                    T(65, "%", ">=", 2030),
                ),
                I(
                    "2.2",
                    "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 15% vào năm 2030.",
                    T(15, "%", "<", 2030),
                ),
                I(
                    "2.3",
                    "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã, chủ hộ kinh doanh trên địa bàn phường không thấp hơn 35% vào năm 2030.",
                    T(35, "%", ">=", 2030),
                ),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                I(
                    "3.1",
                    "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới còn 1,5 lần vào năm 2028 và tối đa 1,3 lần vào năm 2030.",
                    T(1.5, "times", "<=", 2028),
                    T(1.3, "times", "<=", 2030),
                ),
                I(
                    "3.2",
                    "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản (đạt 90% vào năm 2028, 100% vào năm 2030); người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn (đạt 70% vào năm 2028, 85% vào năm 2030).",
                    T(90, "%", ">=", 2028, label="người bị bạo lực"),
                    T(100, "%", ">=", 2030, label="người bị bạo lực"),
                    T(70, "%", ">=", 2028, label="người gây bạo lực"),
                    T(85, "%", ">=", 2030, label="người gây bạo lực"),
                ),
                I(
                    "3.3",
                    "Duy trì 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                    T(100, "%", ">=", 2030),
                ),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                I(
                    "4.1",
                    "Tỷ số giới tính khi sinh khoảng 108 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                    T(108, "boys_per_100_girls", "=", 2030),
                ),
                I(
                    "4.2",
                    "Tỷ suất sinh ở vị thành niên giảm từ 14 ca sinh/1.000 phụ nữ năm 2025 xuống còn 10 ca sinh/1.000 phụ nữ vào năm 2030.",
                    T(10, "per_1000_women", "<=", 2030, baseline=14),
                ),
                I(
                    "4.3",
                    "Tỷ lệ phụ nữ mang thai được khám thai từ 04 lần trở lên trong thai kỳ duy trì ổn định ở mức trên 95%.",
                    T(95, "%", ">", 2030),
                ),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                I(
                    "5.1",
                    "Từ năm 2027 trở đi, 100% trường học trên địa bàn phường lồng ghép nội dung giáo dục về giới, bình đẳng giới, phòng, chống xâm hại trẻ em vào các hoạt động giáo dục.",
                    T(100, "%", ">=", 2027),
                ),
                I(
                    "5.2",
                    "Tỷ lệ trẻ em trong độ tuổi hoàn thành chương trình tiểu học đạt 100%; tỷ lệ học sinh hoàn thành chương trình trung học cơ sở đạt tối thiểu 98% vào năm 2030.",
                    T(100, "%", ">=", 2030, label="tiểu học"),
                    T(98, "%", ">=", 2030, label="trung học cơ sở"),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                I(
                    "6.1",
                    "Tỷ lệ dân số trên địa bàn phường được tiếp cận kiến thức cơ bản về bình đẳng giới",
                    T(75, "%", ">=", 2028),
                    T(85, "%", ">=", 2030),
                ),
                I(
                    "6.2",
                    "Tỷ lệ tổ dân phố, buôn mỗi quý có ít nhất 01 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở (loa truyền thanh, bảng tin, nhóm Zalo tổ dân phố)",
                    T(100, "%", ">=", 2028),
                    T(100, "%", ">=", 2030),
                ),
                I(
                    "6.3",
                    "Số tin, bài về bình đẳng giới đăng trên Trang thông tin điện tử của phường mỗi quý (tối thiểu)",
                    T(3, "items_per_quarter", ">=", 2028),
                    T(5, "items_per_quarter", ">=", 2030),
                ),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.1", "3.2", "3.3", "6.1", "6.2", "6.3"),
        A("Văn phòng HĐND và UBND phường", "lead", "1.1"),
        A("Phòng Kinh tế, Hạ tầng và Đô thị", "lead", "2.1", "2.2", "2.3"),
        A("Phòng Kinh tế, Hạ tầng và Đô thị", "support", "3.1"),
        A("Trạm Y tế phường", "lead", "4.1", "4.2", "4.3"),
        A("Công an phường", "support", "3.2", "3.3"),
        A("Các trường Tiểu học, Trung học cơ sở trên địa bàn phường", "lead", "5.1", "5.2"),
        A("Hội Liên hiệp Phụ nữ phường", "support", "2.3", "3.2"),
        A("Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "support", "4.2"),
    ],
    "reporting": [
        R("plan", "units", "01-31"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "consolidator", "12-10"),
        R("midterm", "units", "2028-07-15"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-10"),
    ],
}


# ---------------------------------------------------------------------------
# 3. Xã Nậm Xe Thượng (Lai Châu), annual 2026, .md
# ---------------------------------------------------------------------------

NXT = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "XÃ NẬM XE THƯỢNG", "Số: 47/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Nậm Xe Thượng, ngày 06 tháng 4 năm 2026",
        ],
    ),
    "# KẾ HOẠCH",
    "**Triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn xã Nậm Xe Thượng**",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Kế hoạch số 118/KH-UBND ngày 20/3/2026 của UBND tỉnh Lai Châu về triển khai công tác bình đẳng giới năm 2026 trên địa bàn tỉnh; căn cứ Nghị quyết của Đảng ủy xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026, UBND xã Nậm Xe Thượng xây dựng Kế hoạch triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
    "## I. KẾT QUẢ THỰC HIỆN NĂM 2025",
    "Năm 2025, dưới sự lãnh đạo của Đảng ủy, sự phối hợp của Mặt trận Tổ quốc và các đoàn thể, công tác bình đẳng giới trên địa bàn xã có chuyển biến tích cực. Toàn xã tổ chức 36 buổi tuyên truyền tại 12 thôn, bản với 2.450 lượt người tham gia; Đài truyền thanh xã phát 14 tin, bài bằng tiếng phổ thông và tiếng Mông. Có 31 lao động nữ được hỗ trợ học nghề; tỷ lệ hộ nghèo do phụ nữ làm chủ hộ chiếm 21,3% tổng số hộ nghèo; tỷ lệ phụ nữ sinh con tại cơ sở y tế đạt 88,5%.",
    "Tuy nhiên, trên địa bàn vẫn xảy ra 03 trường hợp tảo hôn và 02 vụ bạo lực gia đình; tỷ lệ trẻ em gái hoàn thành chương trình trung học cơ sở mới đạt 86,7%; một số thôn, bản vùng cao chưa duy trì thường xuyên việc tuyên truyền. Nguyên nhân chủ yếu do địa bàn rộng, giao thông đi lại khó khăn, trình độ dân trí không đồng đều, phong tục tập quán lạc hậu còn ảnh hưởng; đội ngũ cán bộ phụ trách công tác bình đẳng giới kiêm nhiệm nhiều việc.",
    "## II. MỤC ĐÍCH, YÊU CẦU",
    "### 1. Mục đích",
    "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc trong xã về bình đẳng giới; từng bước xóa bỏ các phong tục, tập quán lạc hậu, định kiến giới, tình trạng tảo hôn, hôn nhân cận huyết thống còn tồn tại ở một số thôn, bản vùng cao.",
    "- Tạo điều kiện để phụ nữ, nhất là phụ nữ người dân tộc Mông, Dao, Thái tham gia học tập, lao động sản xuất, phát triển kinh tế hộ gia đình và tham gia các hoạt động xã hội ở cộng đồng.",
    "- Cụ thể hóa các chỉ tiêu bình đẳng giới của tỉnh phù hợp với điều kiện của xã trong năm đầu thực hiện mô hình chính quyền địa phương hai cấp ổn định.",
    "- Phát huy vai trò của hệ thống chính trị từ xã đến thôn, bản; tạo sự đồng thuận của Nhân dân trong thực hiện các chính sách về bình đẳng giới, chăm sóc sức khỏe bà mẹ, trẻ em và phát triển giáo dục vùng cao.",
    "### 2. Yêu cầu",
    "- Các hoạt động phải cụ thể, thiết thực, phù hợp với phong tục, tập quán, ngôn ngữ của đồng bào từng thôn, bản; lồng ghép với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em”.",
    "- Phân công rõ trách nhiệm, bảo đảm sự phối hợp giữa các cơ quan, đơn vị, đoàn thể và các thôn, bản; số liệu báo cáo có tách biệt giới.",
    "## III. MỤC TIÊU, CHỈ TIÊU",
    "### 1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong gia đình và xã hội; giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống, bạo lực gia đình; góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội năm 2026 của xã.",
    "### 2. Chỉ tiêu cụ thể năm 2026",
    "**a) Mục tiêu 1: Trong lĩnh vực chính trị**",
    "- Chỉ tiêu 1: Phấn đấu 50% cơ quan, tổ chức trong hệ thống chính trị của xã có lãnh đạo chủ chốt là nữ.",
    "- Chỉ tiêu 2: Tỷ lệ nữ trưởng thôn, bản, bí thư chi bộ thôn, bản đạt tối thiểu 20%.",
    "**b) Mục tiêu 2: Trong lĩnh vực kinh tế, lao động**",
    "- Chỉ tiêu 1: Hỗ trợ đào tạo nghề ngắn hạn, chuyển đổi nghề cho tối thiểu 40 lao động nữ.",
    "- Chỉ tiêu 2: Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 18% trong tổng số hộ nghèo của xã.",
    "**c) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "*(Chỉ tiêu 1 và chỉ tiêu 4 của Mục tiêu 3 do cấp tỉnh theo dõi, xã không giao chỉ tiêu)*",
    "- Chỉ tiêu 2: Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 85%; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 60%.",
    "- Chỉ tiêu 3: 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
    "**d) Mục tiêu 4: Trong lĩnh vực y tế**",
    "- Chỉ tiêu 1: Tỷ số giới tính khi sinh duy trì dưới 109 bé trai/100 bé gái sinh ra sống.",
    "- Chỉ tiêu 2: Ít nhất 92% phụ nữ mang thai sinh con tại cơ sở y tế hoặc có sự hỗ trợ của nhân viên y tế được đào tạo.",
    "- Chỉ tiêu 3: Không để xảy ra trường hợp tảo hôn, hôn nhân cận huyết thống trên địa bàn xã.",
    "**đ) Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo**",
    "- Chỉ tiêu 1: Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành chương trình tiểu học đạt trên 97%; hoàn thành chương trình trung học cơ sở đạt 90%.",
    "**e) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông**",
    "- Chỉ tiêu 1: 100% thôn, bản mỗi quý tổ chức ít nhất 01 buổi tuyên truyền về bình đẳng giới lồng ghép trong các buổi họp thôn, sinh hoạt cộng đồng.",
    "- Chỉ tiêu 2: Đài truyền thanh xã mỗi quý có ít nhất 04 tin, bài về bình đẳng giới, phòng, chống bạo lực gia đình, tảo hôn bằng tiếng phổ thông và tiếng dân tộc Mông, Dao.",
    "## IV. NHIỆM VỤ, GIẢI PHÁP",
    "**1. Công tác lãnh đạo, chỉ đạo**",
    "- Tham mưu Đảng ủy xã ban hành văn bản lãnh đạo, chỉ đạo công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác năm của UBND xã và kế hoạch hoạt động của các cơ quan, đơn vị, đoàn thể.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã; phân công cụ thể thành viên phụ trách từng thôn, bản.",
    "**2. Công tác thông tin, tuyên truyền**",
    "- Tuyên truyên Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình, Luật Hôn nhân và gia đình bằng nhiều hình thức: qua Đài truyền thanh xã, loa kéo di động, tờ gấp song ngữ, sinh hoạt câu lạc bộ “Thủ lĩnh của sự thay đổi” ở trường học, nói chuyện chuyên đề tại các buổi họp bản.",
    "- Phát huy vai trò của người có uy tín, già làng, trưởng dòng họ trong vận động đồng bào không tảo hôn, không kết hôn cận huyết thống, chia sẻ công việc gia đình; lồng ghép nội dung tuyên truyền trong các ngày lễ, tết truyền thống của đồng bào.",
    "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2026), ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2026.",
    "**3. Hỗ trợ phụ nữ phát triển kinh tế**",
    "- Ưu tiên phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ làm chủ hộ tham gia các mô hình sinh kế trồng cây dược liệu, chăn nuôi gia súc, phát triển du lịch cộng đồng; hướng dẫn chị em tiếp cận vốn vay Ngân hàng Chính sách xã hội qua các tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý.",
    "- Phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức các phiên tư vấn, giới thiệu việc làm, xuất khẩu lao động cho lao động nữ; cảnh báo nguy cơ mua bán người qua biên giới.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, tảo hôn**",
    "- Duy trì hoạt động của các địa chỉ tin cậy tại cộng đồng, tổ hòa giải thôn, bản; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực; xử lý nghiêm các hành vi bạo lực gia đình, tổ chức tảo hôn theo quy định.",
    "- Rà soát, quản lý học sinh có nguy cơ bỏ học, tảo hôn; phối hợp giữa nhà trường, gia đình và thôn, bản trong vận động học sinh trở lại lớp.",
    "**5. Chăm sóc sức khỏe**",
    "- Tăng cường khám thai định kỳ, tư vấn sinh con tại cơ sở y tế; củng cố mạng lưới cô đỡ thôn, bản; tư vấn sức khỏe sinh sản vị thành niên, khám sức khỏe tiền hôn nhân.",
    "**6. Nâng cao năng lực đội ngũ làm công tác bình đẳng giới**",
    "- Cử công chức Phòng Văn hóa - Xã hội, cán bộ Hội Phụ nữ, Trưởng thôn, bản tham gia các lớp tập huấn do tỉnh tổ chức; tổ chức 01 lớp tập huấn cấp xã về kỹ năng tuyên truyền, hòa giải, hỗ trợ người bị bạo lực cho tổ hòa giải, tổ truyền thông cộng đồng của 12 thôn, bản.",
    "- Hướng dẫn các thôn, bản ghi chép sổ theo dõi các trường hợp tảo hôn, bạo lực gia đình, học sinh bỏ học có phân tách nam, nữ để làm căn cứ tổng hợp báo cáo.",
    "- Bố trí cán bộ có khả năng nói tiếng dân tộc tham gia tổ truyền thông cộng đồng; biên soạn tài liệu tuyên truyền ngắn gọn, dễ hiểu, có hình ảnh minh họa phù hợp với đồng bào vùng cao.",
    "**7. Kiểm tra, giám sát**",
    "- Lồng ghép kiểm tra việc thực hiện pháp luật về bình đẳng giới trong các đợt kiểm tra thực hiện hương ước, quy ước của thôn, bản và phong trào xây dựng gia đình văn hóa.",
    "**8. Thực hiện các hoạt động của Dự án 8 năm 2026**",
    "- Duy trì hoạt động của 06 tổ truyền thông cộng đồng và 03 câu lạc bộ “Thủ lĩnh của sự thay đổi” tại điểm trường chính và các điểm trường lẻ; thành lập mới 01 tổ truyền thông cộng đồng tại bản Pa Khoang.",
    "- Tổ chức 02 hội thi tìm hiểu pháp luật về hôn nhân và gia đình, phòng, chống tảo hôn cho học sinh bán trú và thanh niên các bản; tổ chức đối thoại chính sách với phụ nữ, trẻ em gái về tiếp cận dịch vụ y tế, giáo dục, tín dụng.",
    "- Hỗ trợ xây dựng 01 mô hình sinh kế do phụ nữ làm chủ (trồng sa nhân tím dưới tán rừng) gắn với liên kết tiêu thụ sản phẩm; ưu tiên phụ nữ thuộc hộ nghèo, phụ nữ đơn thân nuôi con nhỏ tham gia.",
    "- Rà soát, lựa chọn người có uy tín, già làng, trưởng dòng họ ở các bản để tập huấn kỹ năng vận động, hòa giải; phát huy vai trò của họ trong việc xử lý các mâu thuẫn trong gia đình và ngăn chặn các cuộc tảo hôn ngay từ khi mới phát sinh.",
    "**9. Phối hợp giữa nhà trường, gia đình và cộng đồng**",
    "- Thường xuyên trao đổi thông tin giữa giáo viên chủ nhiệm, Trưởng bản và cha mẹ học sinh về tình hình học tập, chuyên cần của học sinh; kịp thời phát hiện học sinh có biểu hiện nghỉ học dài ngày, có nguy cơ tảo hôn để vận động, can thiệp.",
    "- Tổ chức các buổi sinh hoạt chuyên đề “Cha mẹ đồng hành cùng con” tại nhà văn hóa các bản vào thời điểm nông nhàn; khuyến khích nam giới tham gia cùng vợ trong các buổi sinh hoạt.",
    "## V. KINH PHÍ",
    "Kinh phí thực hiện được bố trí trong dự toán ngân sách xã năm 2026; lồng ghép nguồn vốn Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các nguồn kinh phí hợp pháp khác.",
    "Các cơ quan, đơn vị, đoàn thể được giao nhiệm vụ xây dựng dự toán chi tiết các hoạt động gửi Phòng Kinh tế tổng hợp, trình Chủ tịch UBND xã phê duyệt; việc quản lý, sử dụng, thanh quyết toán kinh phí thực hiện theo đúng quy định của Luật Ngân sách nhà nước và hướng dẫn của cơ quan tài chính cấp trên. Khuyến khích huy động sự đóng góp của các tổ chức, cá nhân, doanh nghiệp trong và ngoài xã để hỗ trợ phụ nữ, trẻ em gái có hoàn cảnh đặc biệt khó khăn.",
    "## VI. TỔ CHỨC THỰC HIỆN",
    "**1. Phòng Văn hóa - Xã hội**",
    "- Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các thôn, bản tổ chức thực hiện; tham mưu tổ chức Tháng hành động năm 2026.",
    "- Là đầu mối theo dõi, tổng hợp và báo cáo chỉ tiêu 2 (Mục tiêu 3) và các chỉ tiêu của Mục tiêu 6.",
    "**2. Văn phòng HĐND và UBND xã**",
    "- Tham mưu công tác cán bộ nữ; phối hợp theo dõi tình hình đăng ký kết hôn trên địa bàn.",
    "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1, 2 của Mục tiêu 1 và chỉ tiêu 3 của Mục tiêu 4.",
    "**3. Phòng Kinh tế**",
    "- Lồng ghép mục tiêu bình đẳng giới trong các chương trình giảm nghèo, phát triển sản xuất; tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "- Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 2.",
    "**4. Trạm Y tế xã**",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 1 và chỉ tiêu 2 thuộc Mục tiêu 4; phối hợp với Văn phòng HĐND và UBND xã theo dõi chỉ tiêu 3 (Mục tiêu 4).",
    "**5. Công an xã**",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 3 của Mục tiêu 3; phối hợp ngăn chặn, xử lý các trường hợp tổ chức tảo hôn, kết hôn cận huyết thống (chỉ tiêu 3, Mục tiêu 4).",
    "**6. Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Nậm Xe Thượng**",
    "- Duy trì sĩ số, vận động học sinh nữ đến trường; tổ chức giáo dục giới tính, kỹ năng sống cho học sinh bán trú.",
    "- Theo dõi, báo cáo kết quả thực hiện chỉ tiêu 1 của Mục tiêu 5.",
    "**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể**",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam xã: tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện Kế hoạch; giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới.",
    "- Hội Liên hiệp Phụ nữ xã: phối hợp với Phòng Kinh tế thực hiện chỉ tiêu 1 của Mục tiêu 2; phối hợp thực hiện chỉ tiêu 2 của Mục tiêu 3; triển khai các hoạt động của Dự án 8.",
    "- Đoàn Thanh niên xã: phối hợp tuyên truyền phòng, chống tảo hôn trong thanh thiếu niên, góp phần thực hiện chỉ tiêu 3 của Mục tiêu 4.",
    "- Các đoàn thể chủ động lồng ghép nội dung bình đẳng giới trong sinh hoạt định kỳ của chi hội, chi đoàn; tham gia giám sát việc thực hiện các chính sách hỗ trợ phụ nữ, trẻ em trên địa bàn.",
    "**8. Trưởng thôn, bản**",
    "- Tổ chức tuyên truyền trong các buổi họp thôn, bản; đưa nội dung không tảo hôn, không kết hôn cận huyết thống vào quy ước; báo cáo kịp thời các vụ việc bạo lực gia đình, tảo hôn về UBND xã.",
    "- Trưởng thôn, bản phối hợp với chi hội phụ nữ, chi đoàn thanh niên, y tế thôn, bản lập danh sách các cặp nam, nữ trong độ tuổi dưới 18 có nguy cơ tảo hôn; tổ chức cho các gia đình ký cam kết không tổ chức tảo hôn, không kết hôn cận huyết thống; kịp thời báo cáo UBND xã khi phát hiện trường hợp vi phạm để có biện pháp xử lý, can thiệp kịp thời.",
    "- Phân công thành viên Ban Vì sự tiến bộ của phụ nữ xã phụ trách từng cụm bản (cụm bản Nậm Xe, cụm bản Pa Khoang, cụm bản Sin Chải), định kỳ hằng quý nắm tình hình, hướng dẫn, đôn đốc việc triển khai Kế hoạch tại cơ sở.",
    "## VII. CHẾ ĐỘ BÁO CÁO",
    "- Các cơ quan, đơn vị, đoàn thể, trường học và Trưởng thôn, bản báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 08 tháng 6; báo cáo năm trước ngày 25 tháng 11 năm 2026.",
    "- Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo Sở Nội vụ tỉnh Lai Châu trước ngày 12/6/2026 (báo cáo 6 tháng) và trước ngày 05/12/2026 (báo cáo năm).",
    "- Số liệu báo cáo phải có sự tách biệt giới, ghi rõ nguồn số liệu; các chỉ tiêu không thu thập được số liệu phải nêu rõ lý do. Báo cáo đột xuất thực hiện theo yêu cầu của UBND xã và cơ quan cấp trên.",
    "Trên đây là Kế hoạch triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn xã Nậm Xe Thượng. UBND xã yêu cầu các cơ quan, đơn vị, đoàn thể và các thôn, bản nghiêm túc triển khai thực hiện./.",
    "**Nơi nhận:**",
    "- Sở Nội vụ tỉnh Lai Châu (b/c);",
    "- TT Đảng ủy, HĐND xã;",
    "- CT, các PCT UBND xã;",
    "- Các cơ quan, đơn vị (Mục VI);",
    "- Lưu: VT.",
    "**TM. ỦY BAN NHÂN DÂN**",
    "**CHỦ TỊCH**",
    "Giàng A Sùng",
]

NXT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Triển khai công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn xã Nậm Xe Thượng",
    "issuer": "UBND xã Nậm Xe Thượng",
    "level": "commune",
    "area": "Nậm Xe Thượng",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 118/KH-UBND ngày 20/3/2026 của UBND tỉnh Lai Châu về triển khai công tác bình đẳng giới năm 2026 trên địa bàn tỉnh",
    ],
    "parent": "Kế hoạch số 118/KH-UBND ngày 20/3/2026 của UBND tỉnh Lai Châu",
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [
                I(
                    "1.1",
                    "Phấn đấu 50% cơ quan, tổ chức trong hệ thống chính trị của xã có lãnh đạo chủ chốt là nữ.",
                    T(50, "%", ">=", 2026),
                ),
                I(
                    "1.2",
                    "Tỷ lệ nữ trưởng thôn, bản, bí thư chi bộ thôn, bản đạt tối thiểu 20%.",
                    T(20, "%", ">=", 2026),
                ),
            ],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [
                I(
                    "2.1",
                    "Hỗ trợ đào tạo nghề ngắn hạn, chuyển đổi nghề cho tối thiểu 40 lao động nữ.",
                    T(40, "count", ">=", 2026),
                ),
                I(
                    "2.2",
                    "Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 18% trong tổng số hộ nghèo của xã.",
                    T(18, "%", "<=", 2026),
                ),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                I(
                    "3.2",
                    "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 85%; người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 60%.",
                    T(85, "%", ">=", 2026, label="người bị bạo lực"),
                    T(60, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                I(
                    "3.3",
                    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                    T(100, "%", ">=", 2026),
                ),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                I(
                    "4.1",
                    "Tỷ số giới tính khi sinh duy trì dưới 109 bé trai/100 bé gái sinh ra sống.",
                    T(109, "boys_per_100_girls", "<", 2026),
                ),
                I(
                    "4.2",
                    "Ít nhất 92% phụ nữ mang thai sinh con tại cơ sở y tế hoặc có sự hỗ trợ của nhân viên y tế được đào tạo.",
                    T(92, "%", ">=", 2026),
                ),
                I(
                    "4.3",
                    "Không để xảy ra trường hợp tảo hôn, hôn nhân cận huyết thống trên địa bàn xã.",
                    T(None, "bool", "=", 2026),
                ),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                I(
                    "5.1",
                    "Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành chương trình tiểu học đạt trên 97%; hoàn thành chương trình trung học cơ sở đạt 90%.",
                    T(97, "%", ">", 2026, label="tiểu học"),
                    T(90, "%", ">=", 2026, label="trung học cơ sở"),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                I(
                    "6.1",
                    "100% thôn, bản mỗi quý tổ chức ít nhất 01 buổi tuyên truyền về bình đẳng giới lồng ghép trong các buổi họp thôn, sinh hoạt cộng đồng.",
                    T(100, "%", ">=", 2026),
                ),
                I(
                    "6.2",
                    "Đài truyền thanh xã mỗi quý có ít nhất 04 tin, bài về bình đẳng giới, phòng, chống bạo lực gia đình, tảo hôn bằng tiếng phổ thông và tiếng dân tộc Mông, Dao.",
                    T(4, "items_per_quarter", ">=", 2026),
                ),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.2", "6.1", "6.2"),
        A("Văn phòng HĐND và UBND xã", "lead", "1.1", "1.2", "4.3"),
        A("Phòng Kinh tế", "lead", "2.1", "2.2"),
        A("Trạm Y tế xã", "lead", "4.1", "4.2"),
        A("Trạm Y tế xã", "support", "4.3"),
        A("Công an xã", "lead", "3.3"),
        A("Công an xã", "support", "4.3"),
        A(
            "Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Nậm Xe Thượng",
            "lead",
            "5.1",
        ),
        A("Hội Liên hiệp Phụ nữ xã", "support", "2.1", "3.2"),
        A("Đoàn Thanh niên xã", "support", "4.3"),
    ],
    "reporting": [
        R("semiannual", "units", "06-08"),
        R("annual", "units", "11-25"),
        R("semiannual", "consolidator", "06-12"),
        R("annual", "consolidator", "12-05"),
    ],
}


PLANS = [
    {"name": "r7b-thach-lam-dong-2027", "ext": "docx", "blocks": TLD, "expected": TLD_EXPECTED},
    {
        "name": "r7b-hoa-phu-dong-2026-2030",
        "ext": "pdf",
        "via": "libreoffice",
        "blocks": HPD,
        "expected": HPD_EXPECTED,
    },
    {"name": "r7b-nam-xe-thuong-2026", "ext": "md", "blocks": NXT, "expected": NXT_EXPECTED},
]
