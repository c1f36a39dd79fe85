"""Blind commune-level plans (tag r9b): a 2026-2030 commune plan (.docx), an annual 2027
special-zone plan (.pdf, built from .docx through LibreOffice so its table survives) and an
annual 2026 ward plan (.txt). Written from the format spec and real plans only."""


def T(value, unit, comparator, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comparator,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def I(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def O(code, title, *indicators):
    return {"code": code, "title": title, "indicators": list(indicators)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# Plan 1: xã Phù Lưu Hạ, tỉnh Tuyên Quang, 2026-2030 (.docx)
# ---------------------------------------------------------------------------

PL_1_1 = "Phấn đấu đến năm 2030 có 60% cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND xã có lãnh đạo chủ chốt là nữ."
PL_1_2 = "Tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý của xã đạt từ 35% trở lên vào năm 2030."
PL_2_1 = "Tăng tỷ lệ lao động nữ làm công hưởng lương lên 30% vào năm 2028 và đạt 38% vào năm 2030."
PL_2_2 = "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông, lâm nghiệp trong tổng số lao động nữ có việc làm xuống dưới 65% vào năm 2030."
PL_2_3 = (
    "Tỷ lệ nữ giám đốc, chủ nhiệm hợp tác xã, tổ trưởng tổ hợp tác trên địa bàn xã đạt ít nhất 25%."
)
PL_3_1 = "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống còn 1,6 lần vào năm 2030."
PL_3_2 = (
    "Đến năm 2030, có 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; "
    "85% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."
)
PL_3_3 = "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng."
PL_4_1 = "Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái sinh ra sống vào năm 2030."
PL_4_2 = "Tỷ suất sinh ở vị thành niên giảm từ 32 ca sinh/1.000 phụ nữ năm 2025 xuống còn 24 ca sinh/1.000 phụ nữ vào năm 2030."
PL_4_3 = "Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên trong 3 thời kỳ thai nghén đạt trên 85%."
PL_5_1 = "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 99%, tỷ lệ hoàn thành cấp trung học cơ sở đạt 95% vào năm 2030."
PL_5_2 = "Từ năm 2027 trở đi, 100% trường học trên địa bàn xã lồng ghép nội dung về giới, bình đẳng giới trong hoạt động giáo dục ngoại khóa, sinh hoạt chuyên đề."
PL_6_1 = "Phấn đấu đạt 80% dân số trên địa bàn xã được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030."
PL_6_2 = "Trang thông tin điện tử và hệ thống truyền thanh cơ sở của xã mỗi quý có ít nhất 03 tin, bài về bình đẳng giới."
PL_6_3 = "100% thôn, bản có hoạt động truyền thông về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới lồng ghép trong sinh hoạt cộng đồng hằng quý."

PHU_LUU_HA = {
    "name": "r9b-phu-luu-ha-2026-2030",
    "ext": "docx",
    # make_plans_r9b.py turns the agency headings of section V into Word automatic
    # numbering ('List Number') and the dash bullets of section III into 'List Bullet'.
    "docx_lists": True,
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ PHÙ LƯU HẠ", "", "Số: 58/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Phù Lưu Hạ, ngày 18 tháng 6 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Phù Lưu Hạ**",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Tuyên Quang;",
        "Căn cứ tình hình thực tế tại địa phương, Ủy ban nhân dân xã Phù Lưu Hạ ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch số 214/KH-UBND của UBND tỉnh phù hợp với điều kiện của một xã vùng cao, biên giới có trên 90% dân số là đồng bào dân tộc thiểu số; nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và Nhân dân các dân tộc trong xã về công tác bình đẳng giới.",
        "- Từng bước thu hẹp khoảng cách giới, tạo điều kiện để phụ nữ, nhất là phụ nữ dân tộc Mông, Dao, Tày ở các thôn, bản vùng sâu, vùng xa được tham gia và thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình.",
        "- Làm căn cứ để các cơ quan, đơn vị thuộc UBND xã, các thôn, bản xây dựng kế hoạch công tác hằng năm và theo dõi, đánh giá kết quả thực hiện công tác bình đẳng giới trên địa bàn.",
        "**2. Yêu cầu**",
        "- Các mục tiêu, chỉ tiêu được xác định phù hợp với tình hình phát triển kinh tế - xã hội của xã, bảo đảm tính khả thi; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời hạn thực hiện.",
        "- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan chuyên môn thuộc UBND xã với Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội, các trường học, Trạm Y tế và các thôn, bản trong quá trình triển khai.",
        "- Việc thu thập số liệu, báo cáo kết quả thực hiện các chỉ tiêu phải bảo đảm đầy đủ, chính xác, kịp thời và có sự tách biệt giới theo quy định.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; xóa bỏ dần các hủ tục, tập quán lạc hậu, định kiến giới trong cộng đồng; góp phần xây dựng xã Phù Lưu Hạ phát triển nhanh, bền vững, giữ vững quốc phòng, an ninh khu vực biên giới.",
        "**2. Mục tiêu cụ thể**",
        "**Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị**",
        "- Chỉ tiêu 1: " + PL_1_1,
        "- Chỉ tiêu 2: " + PL_1_2,
        "**Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động**",
        "- Chỉ tiêu 1: " + PL_2_1,
        "- Chỉ tiêu 2: " + PL_2_2,
        "- Chỉ tiêu 3: " + PL_2_3,
        "**Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
        "- Chỉ tiêu 1: " + PL_3_1,
        "- Chỉ tiêu 2: " + PL_3_2,
        "- Chỉ tiêu 3: " + PL_3_3,
        "**Mục tiêu 4: Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe**",
        "- Chỉ tiêu 1: " + PL_4_1,
        "- Chỉ tiêu 2: " + PL_4_2,
        "- Chỉ tiêu 3: " + PL_4_3,
        "**Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo**",
        "- Chỉ tiêu 1: " + PL_5_1,
        "- Chỉ tiêu 2: " + PL_5_2,
        "**Mục tiêu 6: Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông**",
        "- Chỉ tiêu 1: " + PL_6_1,
        "- Chỉ tiêu 2: " + PL_6_2,
        "- Chỉ tiêu 3: " + PL_6_3,
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
        "**1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền đối với công tác bình đẳng giới**",
        "- Quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác hằng năm của Đảng ủy, HĐND, UBND xã.",
        "- Đề cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị, trưởng thôn, bản trong việc thực hiện các mục tiêu, chỉ tiêu về bình đẳng giới; lấy kết quả thực hiện công tác bình đẳng giới làm một trong các tiêu chí đánh giá, xếp loại thi đua hằng năm.",
        "- Kiện toàn Ban vì sự tiến bộ của phụ nữ xã, phân công cụ thể thành viên phụ trách từng thôn, bản; duy trì chế độ họp định kỳ 6 tháng, năm để đánh giá kết quả và đề ra giải pháp khắc phục những chỉ tiêu đạt thấp.",
        "**2. Thúc đẩy sự tham gia của phụ nữ trong lĩnh vực chính trị**",
        "- Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ, nhất là cán bộ nữ trẻ, cán bộ nữ là người dân tộc thiểu số; tạo nguồn cán bộ nữ cho các chức danh chủ chốt của xã và các thôn, bản.",
        "- Quan tâm giới thiệu cán bộ nữ có đủ tiêu chuẩn tham gia cấp ủy, ứng cử đại biểu HĐND các cấp; tạo điều kiện để cán bộ nữ được luân chuyển, rèn luyện thực tiễn tại các vị trí công tác phù hợp.",
        "- Rà soát, thống kê số lượng, tỷ lệ nữ cán bộ, công chức, viên chức theo từng cơ quan, đơn vị làm cơ sở đề xuất giải pháp phát triển đội ngũ cán bộ nữ giai đoạn 2026 - 2030.",
        "**3. Hỗ trợ phụ nữ phát triển kinh tế, tham gia thị trường lao động**",
        "- Lồng ghép có hiệu quả các nội dung về bình đẳng giới trong triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Chương trình mục tiêu quốc gia giảm nghèo bền vững và Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã.",
        "- Tổ chức tư vấn, giới thiệu việc làm, đào tạo nghề ngắn hạn cho lao động nữ nông thôn gắn với nhu cầu của doanh nghiệp trong và ngoài tỉnh; hỗ trợ phụ nữ tiếp cận nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội, vốn từ các tổ tiết kiệm và vay vốn.",
        "- Khuyến khích, hỗ trợ phụ nữ thành lập, tham gia quản lý hợp tác xã, tổ hợp tác sản xuất chè, dược liệu, chăn nuôi đại gia súc và du lịch cộng đồng; hỗ trợ xây dựng sản phẩm OCOP do phụ nữ làm chủ.",
        "- Hướng dẫn phụ nữ ứng dụng công nghệ thông tin, thương mại điện tử để quảng bá, tiêu thụ sản phẩm nông sản, thủ công truyền thống của địa phương.",
        "**4. Nâng cao chất lượng đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới**",
        "- Tuyên truyền, vận động xây dựng gia đình no ấm, tiến bộ, hạnh phúc; khuyến khích nam giới chia sẻ công việc nhà, chăm sóc con cái và các thành viên trong gia đình.",
        "- Củng cố, duy trì hoạt động các mô hình phòng, chống bạo lực gia đình, các “Địa chỉ tin cậy” tại cộng đồng, các nhóm phòng, chống bạo lực gia đình tại thôn, bản; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực.",
        "- Đẩy mạnh tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống, mua bán người, nhất là tại các thôn giáp biên giới; phối hợp với lực lượng Biên phòng quản lý chặt chẽ việc xuất, nhập cảnh trái phép qua đường mòn, lối mở.",
        "- Tiếp nhận, xác minh, hỗ trợ nạn nhân bị mua bán trở về ổn định cuộc sống, tái hòa nhập cộng đồng theo quy định.",
        "**5. Bảo đảm bình đẳng giới trong lĩnh vực y tế, giáo dục**",
        "- Tăng cường truyền thông về chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em, kế hoạch hóa gia đình; vận động phụ nữ mang thai khám thai định kỳ và sinh con tại cơ sở y tế; không lựa chọn giới tính thai nhi.",
        "- Duy trì và nâng cao chất lượng phổ cập giáo dục, xóa mù chữ; vận động trẻ em gái, nhất là trẻ em gái dân tộc Mông, đi học đúng độ tuổi, hạn chế tình trạng bỏ học giữa chừng; tăng cường công tác bán trú tại các điểm trường.",
        "- Đưa nội dung giáo dục về giới, bình đẳng giới, giáo dục giới tính, kỹ năng sống phù hợp với lứa tuổi vào các hoạt động trải nghiệm, ngoại khóa của nhà trường.",
        "**6. Đẩy mạnh thông tin, truyền thông về bình đẳng giới**",
        "- Đa dạng hóa hình thức tuyên truyền: qua hệ thống loa truyền thanh, trang thông tin điện tử của xã, mạng xã hội (Zalo, Facebook) của các thôn, bản; qua các buổi sinh hoạt cộng đồng, hội nghị, phiên chợ vùng cao; chú trọng tuyên truyền bằng tiếng dân tộc.",
        "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (8/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12) hằng năm.",
        "- Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số, già làng, trưởng bản, trưởng dòng họ trong vận động xóa bỏ định kiến giới và các hủ tục lạc hậu.",
        "**7. Nâng cao năng lực quản lý nhà nước về bình đẳng giới**",
        "- Bố trí công chức phụ trách công tác bình đẳng giới; tham gia đầy đủ các lớp tập huấn, bồi dưỡng nghiệp vụ do tỉnh tổ chức.",
        "- Thực hiện thu thập, cập nhật số liệu thống kê về giới của xã theo hướng dẫn của cấp tỉnh, phục vụ xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
        "- Tăng cường kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, thôn, bản; kịp thời chấn chỉnh những tồn tại, hạn chế.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của UBND xã theo phân cấp ngân sách hiện hành; lồng ghép trong kinh phí thực hiện các chương trình mục tiêu quốc gia, các chương trình, đề án có liên quan và huy động từ các nguồn xã hội hóa, tài trợ hợp pháp khác theo quy định của pháp luật.",
        "Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí thực hiện công tác bình đẳng giới, tổng hợp chung vào dự toán ngân sách xã trình cấp có thẩm quyền phê duyệt.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "**1. Phòng Văn hóa - Xã hội**",
        "- Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu UBND xã triển khai thực hiện Kế hoạch; hằng năm tham mưu xây dựng kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ của xã.",
        "- Hướng dẫn, đôn đốc, kiểm tra các thôn, bản trong việc thực hiện các nhiệm vụ về bình đẳng giới, phòng, chống bạo lực gia đình; tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm.",
        "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2; Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 3 và Chỉ tiêu 1 của Mục tiêu 6.",
        "- Phối hợp với Công an xã theo dõi, đánh giá kết quả thực hiện Chỉ tiêu 3 của Mục tiêu 3.",
        "- Tổng hợp kết quả thực hiện Kế hoạch của các cơ quan, đơn vị, thôn, bản; tham mưu UBND xã báo cáo cấp trên theo quy định.",
        "**2. Văn phòng HĐND và UBND xã**",
        "- Tham mưu thực hiện lồng ghép bình đẳng giới trong công tác tuyển dụng, quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ, công chức, viên chức của xã.",
        "- Tham mưu UBND xã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1 của Kế hoạch.",
        "**3. Phòng Kinh tế**",
        "- Lồng ghép các mục tiêu bình đẳng giới trong xây dựng kế hoạch phát triển kinh tế - xã hội, các dự án hỗ trợ phát triển sản xuất, chuyển đổi cơ cấu cây trồng, vật nuôi trên địa bàn xã.",
        "- Chủ trì theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 3 của Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội theo dõi Chỉ tiêu 1 của Mục tiêu 2.",
        "**4. Trạm Y tế xã**",
        "- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; tư vấn, cung cấp dịch vụ kế hoạch hóa gia đình; tuyên truyền về hậu quả của tảo hôn, hôn nhân cận huyết thống và mất cân bằng giới tính khi sinh.",
        "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4.",
        "**5. Các trường học trên địa bàn xã**",
        "- Lồng ghép nội dung giáo dục về giới, bình đẳng giới, phòng, chống xâm hại trẻ em trong hoạt động giáo dục; phối hợp với gia đình và các thôn, bản vận động học sinh đi học đầy đủ, đúng độ tuổi.",
        "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 5 về UBND xã (qua Phòng Văn hóa - Xã hội).",
        "**6. Công an xã**",
        "- Tăng cường nắm tình hình, phòng ngừa, phát hiện, xử lý các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em, mua bán người trên địa bàn.",
        "- Chủ trì theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 3 của Mục tiêu 3; phối hợp cung cấp số liệu về bạo lực gia đình phục vụ theo dõi Chỉ tiêu 2 của Mục tiêu 3.",
        "**7. Trung tâm Cung ứng dịch vụ công xã**",
        "- Xây dựng chuyên mục tuyên truyền về bình đẳng giới trên hệ thống truyền thanh cơ sở và trang thông tin điện tử của xã; biên tập, phát tin, bài bằng tiếng Kinh và tiếng dân tộc.",
        "- Chịu trách nhiệm thực hiện và báo cáo kết quả Chỉ tiêu 2, Chỉ tiêu 3 của Mục tiêu 6.",
        "**8. Ban Chỉ huy Quân sự xã**",
        "- Phối hợp với Đồn Biên phòng và Công an xã tuyên truyền, phòng ngừa tình trạng xuất cảnh trái phép, kết hôn với người nước ngoài không đúng quy định, mua bán người qua biên giới.",
        "**9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội**",
        "- Tham gia giám sát, phản biện xã hội việc thực hiện pháp luật về bình đẳng giới; lồng ghép nội dung bình đẳng giới trong các cuộc vận động, phong trào thi đua.",
        "- Hội Liên hiệp Phụ nữ xã phối hợp với Phòng Văn hóa - Xã hội thực hiện Chỉ tiêu 2 của Mục tiêu 3 và Chỉ tiêu 1 của Mục tiêu 6; duy trì hoạt động các câu lạc bộ, tổ nhóm phụ nữ tại thôn, bản.",
        "**10. Trưởng các thôn, bản**",
        "- Tuyên truyền, vận động Nhân dân thực hiện tốt pháp luật về bình đẳng giới; đưa nội dung bình đẳng giới vào hương ước, quy ước của thôn, bản; định kỳ báo cáo kết quả thực hiện về UBND xã.",
        "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "**1. Báo cáo định kỳ**",
        "- Báo cáo 6 tháng: Các cơ quan, đơn vị, trưởng các thôn, bản gửi báo cáo về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 05/6 hằng năm; Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 10/6 hằng năm.",
        "- Báo cáo năm: Các cơ quan, đơn vị, trưởng các thôn, bản gửi báo cáo trước ngày 05/12 hằng năm; Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12/12 hằng năm.",
        "**2. Báo cáo đột xuất:** Thực hiện theo yêu cầu của UBND tỉnh, Sở Nội vụ và UBND xã.",
        "**3. Báo cáo sơ kết, tổng kết**",
        "- Sơ kết giữa kỳ: Các cơ quan, đơn vị, các thôn, bản gửi báo cáo sơ kết 03 năm thực hiện Kế hoạch về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 15/7/2028 để tổng hợp, tổ chức sơ kết.",
        "- Tổng kết: Các cơ quan, đơn vị, các thôn, bản gửi báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030 trước ngày 15/9/2030; Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 05/10/2030.",
        "Số liệu báo cáo phải được tách biệt theo giới; các chỉ tiêu dạng tỷ lệ phải ghi rõ tử số, mẫu số để cấp trên tổng hợp.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Phù Lưu Hạ. Yêu cầu các cơ quan, đơn vị, các thôn, bản nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời phản ánh về UBND xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.",
        (
            "table",
            [
                [
                    "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ (b/c);\n- TT Đảng ủy, HĐND xã;\n- CT, các PCT UBND xã;\n- UBMTTQ và các đoàn thể xã;\n- Các cơ quan, đơn vị (mục V);\n- Các thôn, bản;\n- Lưu: VT, VHXH.",
                    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nSùng Thị Mai",
                ]
            ],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Phù Lưu Hạ",
        "issuer": "UBND xã Phù Lưu Hạ",
        "level": "commune",
        "area": "Phù Lưu Hạ",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Tuyên Quang",
        ],
        "parent": "Kế hoạch số 214/KH-UBND ngày 12/5/2026 của UBND tỉnh Tuyên Quang",
        "objectives": [
            O(
                "1",
                "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
                I("1.1", PL_1_1, T(60, "%", ">=", 2030)),
                I("1.2", PL_1_2, T(35, "%", ">=", 2030)),
            ),
            O(
                "2",
                "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
                I("2.1", PL_2_1, T(30, "%", ">=", 2028), T(38, "%", ">=", 2030)),
                I("2.2", PL_2_2, T(65, "%", "<", 2030)),
                I("2.3", PL_2_3, T(25, "%", ">=", 2030)),
            ),
            O(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                I("3.1", PL_3_1, T(1.6, "times", "<=", 2030)),
                I(
                    "3.2",
                    PL_3_2,
                    T(90, "%", ">=", 2030, label="người bị bạo lực"),
                    T(85, "%", ">=", 2030, label="người gây bạo lực"),
                ),
                I("3.3", PL_3_3, T(100, "%", ">=", 2030)),
            ),
            O(
                "4",
                "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
                I("4.1", PL_4_1, T(110, "boys_per_100_girls", "<=", 2030)),
                I("4.2", PL_4_2, T(24, "per_1000_women", "<=", 2030, baseline=32)),
                I("4.3", PL_4_3, T(85, "%", ">", 2030)),
            ),
            O(
                "5",
                "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
                I(
                    "5.1",
                    PL_5_1,
                    T(99, "%", ">=", 2030, label="tiểu học"),
                    T(95, "%", ">=", 2030, label="trung học cơ sở"),
                ),
                I("5.2", PL_5_2, T(100, "%", ">=", 2027)),
            ),
            O(
                "6",
                "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
                I("6.1", PL_6_1, T(80, "%", ">=", 2030)),
                I("6.2", PL_6_2, T(3, "items_per_quarter", ">=", 2030)),
                I("6.3", PL_6_3, T(100, "%", ">=", 2030)),
            ),
        ],
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", "2.1", "2.2", "3.1", "3.2", "6.1"),
            A("Phòng Văn hóa - Xã hội", "support", "3.3"),
            A("Văn phòng HĐND và UBND xã", "lead", "1.1", "1.2"),
            A("Phòng Kinh tế", "lead", "2.3"),
            A("Phòng Kinh tế", "support", "2.1"),
            A("Trạm Y tế xã", "lead", "4.1", "4.2", "4.3"),
            A("Các trường học trên địa bàn xã", "lead", "5.1", "5.2"),
            A("Công an xã", "lead", "3.3"),
            A("Công an xã", "support", "3.2"),
            A("Trung tâm Cung ứng dịch vụ công xã", "lead", "6.2", "6.3"),
            A("Hội Liên hiệp Phụ nữ xã", "support", "3.2", "6.1"),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("semiannual", "consolidator", "06-10"),
            R("annual", "units", "12-05"),
            R("annual", "consolidator", "12-12"),
            R("midterm", "units", "2028-07-15"),
            R("final", "units", "2030-09-15"),
            R("final", "consolidator", "2030-10-05"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 2: đặc khu Hải Lân, tỉnh Quảng Ninh, năm 2027 (.pdf from .docx, indicator table)
# ---------------------------------------------------------------------------

HL = {
    "1.1": "Tỷ lệ cơ quan chuyên môn, đơn vị sự nghiệp thuộc UBND đặc khu có lãnh đạo chủ chốt là nữ",
    "1.2": "Tỷ lệ nữ cán bộ, công chức, viên chức được cử đi đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, lý luận chính trị trong năm",
    "2.1": "Tỷ lệ lao động nữ làm công hưởng lương",
    "2.2": "Tỷ lệ lao động nữ được tạo việc làm mới trong lĩnh vực dịch vụ, du lịch, nuôi trồng và chế biến thủy sản trong tổng số lao động được tạo việc làm mới",
    "2.3": "Tỷ lệ nữ chủ hộ kinh doanh, chủ doanh nghiệp, chủ nhiệm hợp tác xã",
    "3.1": "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
    "3.2": "Tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
    "3.3": "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
    "4.1": "Tỷ số giới tính khi sinh",
    "4.2": "Tỷ suất sinh ở vị thành niên",
    "4.3": "Tỷ lệ phụ nữ mang thai được quản lý thai nghén và sàng lọc trước sinh",
    "5.1": "Tỷ lệ trẻ em gái trong độ tuổi hoàn thành chương trình giáo dục tiểu học; trung học cơ sở",
    "5.2": "Đưa nội dung giáo dục về giới, bình đẳng giới, phòng, chống xâm hại trẻ em vào hoạt động trải nghiệm, ngoại khóa tại các trường Tiểu học, Trung học cơ sở",
    "6.1": "Số tin, bài về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới đăng tải trên Trang thông tin điện tử đặc khu và phát trên hệ thống truyền thanh",
    "6.2": "Tỷ lệ thôn, khu có hoạt động truyền thông về bình đẳng giới trong Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "6.3": "Số hội nghị, buổi truyền thông trực tiếp về bình đẳng giới tổ chức tại cộng đồng dân cư, cảng cá, khu du lịch",
}

VP_DK = "Văn phòng HĐND và UBND đặc khu"
VHXH = "Phòng Văn hóa - Xã hội"
PKT = "Phòng Kinh tế"
CA_DK = "Công an đặc khu"
YT_DK = "Trung tâm Y tế đặc khu"
CU_DK = "Trung tâm Cung ứng dịch vụ công đặc khu"

HL_TABLE = [
    [
        "TT",
        "Chỉ tiêu",
        "Chỉ tiêu năm 2027",
        "Cơ quan chủ trì theo dõi, báo cáo",
        "Cơ quan phối hợp",
    ],
    ["I", "Mục tiêu 1: Trong lĩnh vực chính trị", "", "", ""],
    ["1", HL["1.1"], "≥ 50%", VP_DK, ""],
    ["2", HL["1.2"], "Đạt từ 40% trở lên", VP_DK, VHXH],
    ["II", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", "", "", ""],
    ["1", HL["2.1"], "Đạt 48%", VHXH, PKT],
    ["2", HL["2.2"], "Không dưới 45%", PKT, VHXH],
    ["3", HL["2.3"], "Trên 30%", PKT, ""],
    [
        "III",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "",
        "",
        "",
    ],
    ["1", HL["3.1"], "Đạt 92%", VHXH, CA_DK],
    ["2", HL["3.2"], "Đạt 80%", VHXH, CA_DK],
    ["3", HL["3.3"], "100%", CA_DK, "Đồn Biên phòng Hải Lân; " + VHXH],
    ["IV", "Mục tiêu 4: Trong lĩnh vực y tế", "", "", ""],
    ["1", HL["4.1"], "Dưới 111 bé trai/100 bé gái sinh ra sống", YT_DK, ""],
    ["2", HL["4.2"], "Không quá 8 ca sinh/1.000 phụ nữ", YT_DK, ""],
    ["3", HL["4.3"], "≥ 90%", YT_DK, ""],
    ["V", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo", "", "", ""],
    ["1", HL["5.1"], "Tiểu học: 100%; THCS: trên 97%", VHXH, "Các trường học trên địa bàn đặc khu"],
    ["2", HL["5.2"], "Hoàn thành", VHXH, "Các trường học trên địa bàn đặc khu"],
    ["VI", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", "", "", ""],
    ["1", HL["6.1"], "Ít nhất 02 tin, bài/tháng", CU_DK, VHXH],
    ["2", HL["6.2"], "100%", VHXH, "Ủy ban MTTQ Việt Nam đặc khu"],
    [
        "3",
        HL["6.3"],
        "Tối thiểu 06 buổi",
        "Hội Liên hiệp Phụ nữ đặc khu",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu",
    ],
]
HL_MERGES = [(r, 1, r, 4) for r, row in enumerate(HL_TABLE) if row[1].startswith("Mục tiêu")]

HAI_LAN = {
    "name": "r9b-hai-lan-2027",
    "ext": "pdf",
    # make_plans_r9b.py renders this one to .docx and converts it with LibreOffice, so that
    # the indicator table is kept in the PDF (render.py's own PDF writer skips tables).
    "pdf_via_docx": True,
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "ĐẶC KHU HẢI LÂN", "Số: 21/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Hải Lân, ngày 03 tháng 3 năm 2027",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn đặc khu Hải Lân năm 2027**",
        "Thực hiện Kế hoạch số 186/KH-UBND ngày 29/5/2026 của UBND tỉnh Quảng Ninh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh; Văn bản số 1012/SNV-CTTN&BĐG ngày 15/01/2027 của Sở Nội vụ tỉnh Quảng Ninh về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027; căn cứ kết quả thực hiện công tác bình đẳng giới năm 2026 và tình hình thực tế của địa phương, UBND đặc khu Hải Lân ban hành Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 như sau:",
        "**I. KẾT QUẢ THỰC HIỆN NĂM 2026**",
        "Năm 2026, công tác bình đẳng giới trên địa bàn đặc khu được triển khai đồng bộ ngay sau khi kiện toàn tổ chức bộ máy chính quyền địa phương hai cấp. UBND đặc khu đã ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 và Kế hoạch tổ chức Tháng hành động vì bình đẳng giới; kiện toàn Ban vì sự tiến bộ của phụ nữ đặc khu gồm 11 thành viên.",
        "Kết quả một số chỉ tiêu chủ yếu: tỷ lệ cơ quan, đơn vị có lãnh đạo chủ chốt là nữ đạt 44,4% (4/9 đơn vị); tỷ lệ lao động nữ làm công hưởng lương ước đạt 45,2%; tỷ số giới tính khi sinh 112,6 bé trai/100 bé gái; phát hiện 07 vụ bạo lực gia đình, 100% người bị bạo lực được hỗ trợ, tư vấn; Trang thông tin điện tử đặc khu đăng tải 21 tin, bài về bình đẳng giới.",
        "Bên cạnh kết quả đạt được, công tác bình đẳng giới còn một số hạn chế: việc thu thập số liệu tách biệt giới ở một số đơn vị còn chậm, chưa đầy đủ; lao động nữ chủ yếu làm việc theo mùa vụ du lịch, thu nhập chưa ổn định; tỷ số giới tính khi sinh còn ở mức cao; một bộ phận ngư dân còn tư tưởng trọng nam hơn nữ.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "1. Tiếp tục nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, các cơ quan, đơn vị, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân trên địa bàn đặc khu về bình đẳng giới; khắc phục những hạn chế của năm 2026.",
        "2. Phấn đấu hoàn thành các chỉ tiêu bình đẳng giới năm 2027 theo Kế hoạch của tỉnh, phù hợp với đặc thù của địa bàn hải đảo có kinh tế biển, du lịch là chủ lực.",
        "3. Các cơ quan, đơn vị được giao nhiệm vụ chủ động xây dựng kế hoạch, bố trí nguồn lực triển khai; thực hiện nghiêm chế độ thông tin, báo cáo, số liệu có sự tách biệt giới.",
        "4. Gắn việc thực hiện Kế hoạch với các nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh trên biển, đảo; phát huy vai trò của các lực lượng đóng quân trên địa bàn và cộng đồng ngư dân trong công tác tuyên truyền.",
        "**III. MỤC TIÊU, CHỈ TIÊU NĂM 2027**",
        "**1. Mục tiêu chung**",
        "Tạo chuyển biến rõ nét về nhận thức và hành động thực hiện bình đẳng giới; thu hẹp khoảng cách giới trong các lĩnh vực chính trị, kinh tế, lao động, gia đình, y tế, giáo dục và thông tin, truyền thông; nâng cao vị thế của phụ nữ trong phát triển kinh tế biển, du lịch bền vững trên địa bàn đặc khu.",
        "**2. Các chỉ tiêu cụ thể**",
        "Các chỉ tiêu năm 2027 và cơ quan chủ trì, phối hợp theo dõi được phân công như sau:",
        ("table", HL_TABLE, HL_MERGES),
        "*Ghi chú: Các chỉ tiêu dạng tỷ lệ được tính trên tổng số của cả năm 2027; cơ quan chủ trì chịu trách nhiệm cung cấp tử số, mẫu số có tách biệt giới.*",
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác lãnh đạo, chỉ đạo, tuyên truyền**",
        "- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, chính quyền đặc khu đối với công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác năm 2027 của các cơ quan, đơn vị; gắn trách nhiệm người đứng đầu với kết quả thực hiện các chỉ tiêu được giao.",
        "- Đổi mới nội dung, hình thức tuyên truyền phù hợp với từng nhóm đối tượng: ngư dân, người lao động trong các cơ sở lưu trú, nhà hàng, người dân tại các thôn, khu trên đảo; tăng cường tuyên truyền trên nền tảng số, các nhóm Zalo của thôn, khu, tổ đoàn kết trên biển.",
        "- Tổ chức các hoạt động nhân ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10, ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12/2027).",
        "**2. Thúc đẩy bình đẳng giới trong lĩnh vực chính trị**",
        "- Thực hiện rà soát, bổ sung quy hoạch cán bộ nữ; ưu tiên cử cán bộ nữ tham gia các lớp đào tạo, bồi dưỡng chuyên môn, lý luận chính trị, quản lý nhà nước; quan tâm cán bộ nữ trẻ, cán bộ nữ công tác tại các đảo nhỏ.",
        "- Thực hiện các biện pháp bảo đảm bình đẳng giới trong tuyển dụng, sử dụng, bổ nhiệm cán bộ, công chức, viên chức theo quy định.",
        "- Tạo điều kiện để cán bộ nữ tham gia các đoàn công tác, các lớp bồi dưỡng ngắn hạn tại tỉnh; quan tâm bố trí thời gian, hỗ trợ chi phí đi lại cho cán bộ nữ công tác tại các đảo xa đất liền khi tham gia học tập.",
        "- Đánh giá, rút kinh nghiệm việc giới thiệu nhân sự nữ ứng cử đại biểu HĐND đặc khu nhiệm kỳ 2026 - 2031 để làm cơ sở cho công tác cán bộ những năm tiếp theo.",
        "**3. Thúc đẩy bình đẳng giới trong lĩnh vực kinh tế, lao động**",
        "- Tư vấn, giới thiệu việc làm, đào tạo nghề du lịch, dịch vụ, ngoại ngữ giao tiếp cho lao động nữ; phối hợp với các doanh nghiệp du lịch, khu nuôi trồng thủy sản tuyển dụng lao động nữ địa phương.",
        "- Hỗ trợ phụ nữ tiếp cận nguồn vốn vay ưu đãi để phát triển kinh tế hộ, homestay, dịch vụ ăn uống, chế biến hải sản khô; hỗ trợ xây dựng, quảng bá sản phẩm OCOP của đặc khu do phụ nữ làm chủ.",
        "- Kiểm tra việc thực hiện chế độ, chính sách đối với lao động nữ tại các doanh nghiệp, cơ sở kinh doanh trên địa bàn, nhất là chế độ thai sản, bảo hiểm xã hội.",
        "**4. Bình đẳng giới trong gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới**",
        "- Duy trì hoạt động của các mô hình phòng, chống bạo lực gia đình, các “Địa chỉ tin cậy” tại các thôn, khu; công khai số điện thoại đường dây nóng tiếp nhận tin báo về bạo lực gia đình, xâm hại phụ nữ, trẻ em.",
        "- Phát hiện sớm, can thiệp kịp thời các vụ bạo lực gia đình; bảo đảm người bị bạo lực được hỗ trợ y tế, tư vấn tâm lý, trợ giúp pháp lý, chỗ tạm lánh khi cần thiết; người gây bạo lực được tư vấn, giáo dục tại cộng đồng.",
        "- Phòng, chống mua bán người, nhất là mua bán phụ nữ, trẻ em qua đường biển; tiếp nhận, hỗ trợ nạn nhân trở về tái hòa nhập cộng đồng.",
        "- Khuyến khích nam giới chia sẻ công việc gia đình, chăm sóc con cái, nhất là trong các gia đình có chồng đi biển dài ngày; hỗ trợ phụ nữ có chồng đi biển được tiếp cận thông tin, dịch vụ y tế, tín dụng, bảo hiểm.",
        "**5. Bình đẳng giới trong lĩnh vực y tế, giáo dục**",
        "- Nâng cao chất lượng chăm sóc sức khỏe sinh sản, quản lý thai nghén, sàng lọc trước sinh và sơ sinh; tuyên truyền, xử lý nghiêm hành vi lựa chọn giới tính thai nhi; tư vấn sức khỏe sinh sản vị thành niên, thanh niên tại trường học.",
        "- Duy trì kết quả phổ cập giáo dục; vận động học sinh con em ngư dân đi học đầy đủ; lồng ghép nội dung giáo dục giới, bình đẳng giới, phòng, chống xâm hại trẻ em trong các hoạt động trải nghiệm.",
        "**6. Nâng cao năng lực quản lý nhà nước về bình đẳng giới**",
        "- Tham gia đầy đủ các lớp tập huấn của tỉnh; tổ chức tập huấn cho cán bộ thôn, khu, cộng tác viên về kỹ năng truyền thông, thu thập số liệu thống kê về giới.",
        "- Cập nhật số liệu vào cơ sở dữ liệu thống kê về giới của tỉnh theo hướng dẫn của Sở Nội vụ; kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số cơ quan, đơn vị, doanh nghiệp.",
        "**7. Huy động nguồn lực và hợp tác**",
        "- Tranh thủ sự hỗ trợ của các sở, ngành tỉnh, các tổ chức phi chính phủ, doanh nghiệp du lịch trên địa bàn trong tổ chức các hoạt động truyền thông, đào tạo nghề, hỗ trợ sinh kế cho phụ nữ.",
        "- Vận động các chủ tàu, chủ cơ sở lưu trú, nhà hàng cam kết không sử dụng lao động trái quy định, không phân biệt đối xử về giới; tạo điều kiện cho lao động nữ tham gia các hoạt động đoàn thể, học tập nâng cao trình độ.",
        "- Lồng ghép các hoạt động bình đẳng giới với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, xây dựng nông thôn mới kiểu mẫu, thôn, khu văn hóa trên địa bàn đặc khu.",
        "**V. KINH PHÍ**",
        "Kinh phí thực hiện từ nguồn ngân sách đặc khu năm 2027 đã giao trong dự toán của các cơ quan, đơn vị; lồng ghép từ các chương trình mục tiêu quốc gia, chương trình, dự án liên quan và các nguồn huy động hợp pháp khác theo quy định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "1. Các cơ quan, đơn vị được giao chủ trì, phối hợp theo dõi chỉ tiêu tại mục III.2 của Kế hoạch có trách nhiệm tổ chức thực hiện, thu thập số liệu có tách biệt giới và báo cáo kết quả thực hiện chỉ tiêu được giao; cơ quan phối hợp cung cấp thông tin, số liệu cho cơ quan chủ trì.",
        "2. Phòng Văn hóa - Xã hội: Là cơ quan thường trực giúp UBND đặc khu triển khai Kế hoạch; hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, thôn, khu thực hiện; tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027; tổng hợp kết quả, tham mưu báo cáo theo quy định.",
        "3. Văn phòng HĐND và UBND đặc khu: Tham mưu công tác cán bộ nữ; lồng ghép bình đẳng giới trong đào tạo, bồi dưỡng; tham mưu khen thưởng tập thể, cá nhân có thành tích trong công tác bình đẳng giới.",
        "4. Phòng Kinh tế: Lồng ghép mục tiêu bình đẳng giới trong các chương trình phát triển kinh tế biển, du lịch, nuôi trồng thủy sản; phối hợp hướng dẫn hộ kinh doanh, hợp tác xã do phụ nữ làm chủ tiếp cận các chính sách hỗ trợ.",
        "5. Trung tâm Y tế đặc khu: Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; hỗ trợ y tế cho người bị bạo lực gia đình, bạo lực trên cơ sở giới.",
        "6. Công an đặc khu, Đồn Biên phòng Hải Lân: Nắm chắc tình hình, phát hiện, xử lý các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em, mua bán người; phối hợp quản lý người lao động, ngư dân hoạt động trên biển.",
        "7. Trung tâm Cung ứng dịch vụ công đặc khu: Xây dựng chuyên mục bình đẳng giới trên Trang thông tin điện tử và hệ thống truyền thanh; phát sóng các tin, bài, phóng sự về gương phụ nữ tiêu biểu trong phát triển kinh tế biển.",
        "8. Đề nghị Ủy ban MTTQ Việt Nam đặc khu, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Nông dân, Hội Nghề cá đặc khu: Lồng ghép nội dung bình đẳng giới trong sinh hoạt hội viên, đoàn viên; tham gia giám sát, phản biện xã hội; vận động hội viên thực hiện tốt các chỉ tiêu của Kế hoạch.",
        "Hội Liên hiệp Phụ nữ đặc khu duy trì các tổ phụ nữ tiết kiệm, vay vốn, câu lạc bộ phụ nữ làm du lịch cộng đồng; Đoàn Thanh niên đặc khu tổ chức các hoạt động tuyên truyền cho thanh niên, học sinh về phòng, chống xâm hại, bạo lực học đường, mua bán người.",
        "9. Trưởng các thôn, khu: Tuyên truyền, vận động Nhân dân; nắm tình hình, kịp thời báo cáo các vụ việc bạo lực gia đình; tổng hợp số liệu của thôn, khu gửi Phòng Văn hóa - Xã hội.",
        "10. Chế độ báo cáo",
        "- Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch thực hiện của cơ quan, đơn vị mình, gửi về Phòng Văn hóa - Xã hội trước ngày 20/3/2027.",
        "- Các cơ quan, đơn vị, trưởng các thôn, khu báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 08/6/2027, báo cáo năm trước ngày 04/12/2027 về UBND đặc khu (qua Phòng Văn hóa - Xã hội).",
        "- Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND đặc khu báo cáo UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng chậm nhất ngày 12/6/2027; báo cáo năm chậm nhất ngày 12/12/2027.",
        "- Báo cáo đột xuất thực hiện khi có yêu cầu của cơ quan cấp trên.",
        "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc hoặc cần điều chỉnh, bổ sung chỉ tiêu cho phù hợp với thực tế, các cơ quan, đơn vị kịp thời phản ánh về UBND đặc khu (qua Phòng Văn hóa - Xã hội) để tổng hợp, xem xét, giải quyết theo thẩm quyền.",
        "Trên đây là Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn đặc khu Hải Lân. Yêu cầu các cơ quan, đơn vị, thôn, khu nghiêm túc triển khai thực hiện./.",
        (
            "table",
            [
                [
                    "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ (b/c);\n- TT Đảng ủy, HĐND đặc khu;\n- CT, các PCT UBND đặc khu;\n- UBMTTQ và các đoàn thể đặc khu;\n- Các cơ quan, đơn vị, thôn, khu;\n- Lưu: VT, VHXH.",
                    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nVũ Thị Hằng Nga",
                ]
            ],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn đặc khu Hải Lân năm 2027",
        "issuer": "UBND đặc khu Hải Lân",
        "level": "commune",
        "area": "Hải Lân",
        "period": {"start": 2027, "end": 2027},
        "legal_bases": [
            "Kế hoạch số 186/KH-UBND ngày 29/5/2026 của UBND tỉnh Quảng Ninh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
            "Văn bản số 1012/SNV-CTTN&BĐG ngày 15/01/2027 của Sở Nội vụ tỉnh Quảng Ninh về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
        ],
        "parent": "Kế hoạch số 186/KH-UBND ngày 29/5/2026 của UBND tỉnh Quảng Ninh",
        "objectives": [
            O(
                "1",
                "Trong lĩnh vực chính trị",
                I("1.1", HL["1.1"], T(50, "%", ">=", 2027)),
                I("1.2", HL["1.2"], T(40, "%", ">=", 2027)),
            ),
            O(
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                I("2.1", HL["2.1"], T(48, "%", ">=", 2027)),
                I("2.2", HL["2.2"], T(45, "%", ">=", 2027)),
                I("2.3", HL["2.3"], T(30, "%", ">", 2027)),
            ),
            O(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                I("3.1", HL["3.1"], T(92, "%", ">=", 2027)),
                I("3.2", HL["3.2"], T(80, "%", ">=", 2027)),
                I("3.3", HL["3.3"], T(100, "%", ">=", 2027)),
            ),
            O(
                "4",
                "Trong lĩnh vực y tế",
                I("4.1", HL["4.1"], T(111, "boys_per_100_girls", "<", 2027)),
                I("4.2", HL["4.2"], T(8, "per_1000_women", "<=", 2027)),
                I("4.3", HL["4.3"], T(90, "%", ">=", 2027)),
            ),
            O(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                I(
                    "5.1",
                    HL["5.1"],
                    T(100, "%", ">=", 2027, label="tiểu học"),
                    T(97, "%", ">", 2027, label="trung học cơ sở"),
                ),
                I("5.2", HL["5.2"], T(None, "bool", "=", 2027)),
            ),
            O(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                I("6.1", HL["6.1"], T(2, "items_per_month", ">=", 2027)),
                I("6.2", HL["6.2"], T(100, "%", ">=", 2027)),
                I("6.3", HL["6.3"], T(6, "count", ">=", 2027)),
            ),
        ],
        "assignments": [
            A(VP_DK, "lead", "1.1", "1.2"),
            A(VHXH, "lead", "2.1", "3.1", "3.2", "5.1", "5.2", "6.2"),
            A(VHXH, "support", "1.2", "2.2", "3.3", "6.1"),
            A(PKT, "lead", "2.2", "2.3"),
            A(PKT, "support", "2.1"),
            A(CA_DK, "lead", "3.3"),
            A(CA_DK, "support", "3.1", "3.2"),
            A("Đồn Biên phòng Hải Lân", "support", "3.3"),
            A(YT_DK, "lead", "4.1", "4.2", "4.3"),
            A("Các trường học trên địa bàn đặc khu", "support", "5.1", "5.2"),
            A(CU_DK, "lead", "6.1"),
            A("Ủy ban MTTQ Việt Nam đặc khu", "support", "6.2"),
            A("Hội Liên hiệp Phụ nữ đặc khu", "lead", "6.3"),
            A("Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu", "support", "6.3"),
        ],
        "reporting": [
            R("plan", "units", "2027-03-20"),
            R("semiannual", "units", "06-08"),
            R("annual", "units", "12-04"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "consolidator", "12-12"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 3: phường Long Hưng Tây, thành phố Cần Thơ, năm 2026 (.txt)
# ---------------------------------------------------------------------------

LH_1_1 = "Tỷ lệ nữ đại biểu Hội đồng nhân dân phường nhiệm kỳ 2026 - 2031 đạt từ 30% trở lên."
LH_2_1 = "Tỷ lệ lao động nữ được tạo việc làm mới trong năm đạt ít nhất 40% tổng số lao động được tạo việc làm mới."
LH_2_2 = "Tỷ lệ lao động nữ làm công hưởng lương đạt 58%."
LH_3_1 = (
    "Trên 95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và "
    "trên 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."
)
LH_3_2 = "100% khu vực có mô hình, câu lạc bộ phòng, chống bạo lực gia đình hoạt động hiệu quả."
LH_4_1 = "Duy trì tỷ số giới tính khi sinh ở mức dưới 109 bé trai/100 bé gái sinh ra sống."
LH_4_2 = "Tỷ suất sinh ở vị thành niên không quá 10 ca sinh/1.000 phụ nữ."
LH_5_1 = "Nội dung về giới, bình đẳng giới được lồng ghép vào hoạt động ngoại khóa, sinh hoạt dưới cờ của các trường Tiểu học, Trung học cơ sở trên địa bàn phường."
LH_6_1 = "Đài truyền thanh phường mỗi tháng phát ít nhất 02 tin, bài về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới."
LH_6_2 = "Tổ chức ít nhất 04 buổi truyền thông trực tiếp về bình đẳng giới tại các khu vực trong năm 2026."
LH_6_3 = "70% cán bộ, công chức, người hoạt động không chuyên trách ở phường và khu vực được tập huấn, bồi dưỡng kiến thức về bình đẳng giới."

LONG_HUNG_TAY = {
    "name": "r9b-long-hung-tay-2026",
    "ext": "txt",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "PHƯỜNG LONG HƯNG TÂY", "Số: 112/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Long Hưng Tây, ngày 07 tháng 5 năm 2026",
            ],
        ),
        "KẾ HOẠCH",
        "Thực hiện công tác bình đẳng giới trên địa bàn phường Long Hưng Tây năm 2026",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị định số 48/2009/NĐ-CP ngày 19 tháng 5 năm 2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "Căn cứ Kế hoạch số 97/KH-UBND ngày 08 tháng 4 năm 2026 của Ủy ban nhân dân thành phố Cần Thơ về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn thành phố Cần Thơ;",
        "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 25 tháng 12 năm 2025 của Hội đồng nhân dân phường về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2026;",
        "Ủy ban nhân dân phường Long Hưng Tây xây dựng Kế hoạch thực hiện công tác bình đẳng giới năm 2026, cụ thể như sau:",
        "Năm 2025, trên địa bàn các phường trước sắp xếp (nay là phường Long Hưng Tây) công tác bình đẳng giới đạt một số kết quả: tỷ lệ lao động nữ được tạo việc làm mới chiếm 38,7%; phát hiện 05 vụ bạo lực gia đình, các nạn nhân đều được hỗ trợ, tư vấn; tỷ số giới tính khi sinh 108,2 bé trai/100 bé gái; tổ chức 03 buổi truyền thông trực tiếp với 240 lượt người tham dự. Tuy nhiên, một số khu vực chưa quan tâm đúng mức, việc báo cáo số liệu tách biệt giới còn chậm; nhận thức của một bộ phận người dân về bình đẳng giới còn hạn chế, tư tưởng trọng nam hơn nữ vẫn còn tồn tại trong một số gia đình.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Triển khai có hiệu quả Kế hoạch số 97/KH-UBND của UBND thành phố trên địa bàn phường trong năm đầu của giai đoạn 2026 - 2030; nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về bình đẳng giới, vì sự tiến bộ của phụ nữ.",
        "- Tạo điều kiện để phụ nữ tham gia ngày càng nhiều hơn vào các hoạt động chính trị, kinh tế, văn hóa, xã hội của phường; góp phần xây dựng phường văn minh đô thị, gia đình no ấm, tiến bộ, hạnh phúc.",
        "- Kịp thời phát hiện, ngăn chặn, xử lý các hành vi vi phạm pháp luật về bình đẳng giới, bạo lực gia đình; bảo vệ, hỗ trợ phụ nữ, trẻ em bị bạo lực, xâm hại trên địa bàn phường.",
        "- Làm cơ sở để các bộ phận chuyên môn, đơn vị, các khu vực đánh giá kết quả thực hiện công tác bình đẳng giới năm 2026, xây dựng kế hoạch năm 2027 sát với thực tiễn.",
        "2. Yêu cầu",
        "- Các bộ phận chuyên môn, đơn vị, các khu vực xác định rõ nhiệm vụ được giao, chủ động triển khai thực hiện; lồng ghép nội dung bình đẳng giới trong kế hoạch công tác năm 2026.",
        "- Việc tổ chức các hoạt động phải thiết thực, tiết kiệm, tránh hình thức; số liệu báo cáo phải đầy đủ, chính xác, có sự tách biệt giới.",
        "- Phát huy vai trò của Ủy ban MTTQ Việt Nam phường, các tổ chức chính trị - xã hội, Ban điều hành các khu vực và tổ nhân dân tự quản trong tuyên truyền, vận động, giám sát thực hiện bình đẳng giới tại cộng đồng dân cư.",
        "II. MỤC TIÊU, CHỈ TIÊU",
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, bảo đảm để phụ nữ và nam giới được tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; từng bước xóa bỏ định kiến giới, bạo lực gia đình, bạo lực trên cơ sở giới trên địa bàn phường.",
        "2. Chỉ tiêu cụ thể năm 2026",
        "2.1. Mục tiêu 1 - Lĩnh vực chính trị",
        "Chỉ tiêu: " + LH_1_1,
        "2.2. Mục tiêu 2 - Lĩnh vực kinh tế, lao động, việc làm",
        "a) Chỉ tiêu 1: " + LH_2_1,
        "b) Chỉ tiêu 2: " + LH_2_2,
        "2.3. Mục tiêu 3 - Đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sớ giới",
        "a) Chỉ tiêu 1: " + LH_3_1,
        "b) Chỉ tiêu 2: " + LH_3_2,
        "2.4. Mục tiêu 4 - Lĩnh vực y tế",
        "a) Chỉ tiêu 1: " + LH_4_1,
        "b) Chỉ tiêu 2: " + LH_4_2,
        "2.5. Mục tiêu 5 - Lĩnh vực giáo dục, đào tạo",
        "Chỉ tiêu: " + LH_5_1,
        "2.6. Mục tiêu 6 - Lĩnh vực thông tin, truyền thông",
        "a) Chỉ tiêu 1: " + LH_6_1,
        "b) Chỉ tiêu 2: " + LH_6_2,
        "c) Chỉ tiêu 3: " + LH_6_3,
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "1. Công tác chỉ đạo, điều hành",
        "- Kiện toàn Ban vì sự tiến bộ của phụ nữ phường sau sắp xếp đơn vị hành chính; phân công thành viên phụ trách các khu vực; xây dựng quy chế hoạt động và chương trình công tác năm 2026.",
        "- Đưa nội dung bình đẳng giới vào chương trình công tác của UBND phường; định kỳ nghe báo cáo, kiểm tra tiến độ thực hiện các chỉ tiêu; kịp thời chỉ đạo tháo gỡ khó khăn, vướng mắc.",
        "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng, triển khai các chương trình, kế hoạch phát triển kinh tế - xã hội, chỉnh trang đô thị của phường.",
        "2. Công tác tuyên truyền, nâng cao nhận thức",
        "- Tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022 và các văn bản hướng dẫn qua Đài truyền thanh phường, trang thông tin điện tử, nhóm Zalo các khu vực, các buổi sinh hoạt tổ nhân dân tự quản.",
        "- Chú trọng tuyên truyền đến các nhóm đối tượng: nam giới, thanh niên, người lao động tự do, công nhân thuê trọ, hộ kinh doanh tại các chợ, khu dân cư mới; phụ nữ khuyết tật, phụ nữ đơn thân, phụ nữ thuộc hộ nghèo, cận nghèo.",
        "- Phát huy vai trò của người có uy tín, chức sắc tôn giáo, chủ nhà trọ trong vận động thực hiện bình đẳng giới, phòng, chống bạo lực gia đình, xâm hại tình dục trẻ em.",
        "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình tháng 6, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2026.",
        "- Biểu dương, nhân rộng các gương phụ nữ tiêu biểu trong lao động, sản xuất, kinh doanh, các gia đình văn hóa tiêu biểu, các ông bố, người chồng chia sẻ việc nhà.",
        "3. Thúc đẩy bình đẳng giới trong các lĩnh vực",
        "a) Lĩnh vực chính trị: Quan tâm giới thiệu cán bộ nữ có đủ tiêu chuẩn ứng cử đại biểu HĐND phường; thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; bảo đảm tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý.",
        "b) Lĩnh vực kinh tế, lao động: Phối hợp với Trung tâm Dịch vụ việc làm thành phố tổ chức các phiên giao dịch việc làm lưu động; giới thiệu lao động nữ vào làm việc tại các khu công nghiệp, doanh nghiệp trên địa bàn; hỗ trợ phụ nữ tiếp cận vốn vay giải quyết việc làm, phát triển hộ kinh doanh, buôn bán nhỏ, dịch vụ ăn uống.",
        "c) Lĩnh vực gia đình: Duy trì hoạt động câu lạc bộ “Gia đình hạnh phúc”, tổ hòa giải ở cơ sở, “Địa chỉ tin cậy” tại các khu vực; phát hiện, can thiệp kịp thời các vụ việc bạo lực gia đình; hỗ trợ người bị bạo lực tiếp cận dịch vụ y tế, tư vấn, trợ giúp pháp lý.",
        "d) Lĩnh vực y tế: Tăng cường truyền thông chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình; nghiêm cấm lựa chọn giới tính thai nhi; tư vấn sức khỏe sinh sản cho vị thành niên, thanh niên; tầm soát ung thư vú, ung thư cổ tử cung cho phụ nữ.",
        "đ) Lĩnh vực giáo dục: Vận động học sinh đi học đúng độ tuổi, hạn chế bỏ học; lồng ghép giáo dục giới, kỹ năng sống, phòng, chống xâm hại, bạo lực học đường trong các hoạt động của nhà trường.",
        "e) Lĩnh vực thông tin, truyền thông: Duy trì chuyên mục bình đẳng giới trên Đài truyền thanh phường; kiểm tra, xử lý các biển hiệu, quảng cáo có nội dung định kiến giới trên địa bàn.",
        "g) Phòng, chống mua bán người: Tuyên truyền về thủ đoạn lừa đảo tuyển dụng lao động, môi giới kết hôn với người nước ngoài trái pháp luật, lừa đảo qua mạng xã hội; phối hợp tiếp nhận, hỗ trợ nạn nhân trở về hòa nhập cộng đồng.",
        "h) Người cao tuổi, người khuyết tật: Quan tâm hỗ trợ phụ nữ cao tuổi cô đơn, phụ nữ khuyết tật tiếp cận các dịch vụ chăm sóc sức khỏe, trợ giúp xã hội; bảo đảm bình đẳng giới trong thực hiện chính sách trợ giúp xã hội hằng tháng.",
        "4. Nâng cao năng lực cán bộ và công tác kiểm tra",
        "- Cử cán bộ, công chức tham gia các lớp tập huấn do thành phố tổ chức; tổ chức tập huấn tại phường cho trưởng khu vực, tổ trưởng tổ nhân dân tự quản, chi hội trưởng phụ nữ.",
        "- Thu thập, cập nhật số liệu thống kê về giới của phường theo hướng dẫn của Sở Nội vụ; phục vụ xây dựng cơ sở dữ liệu thống kê về giới của thành phố.",
        "- Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số cơ quan, đơn vị, doanh nghiệp, cơ sở sản xuất kinh doanh có đông lao động nữ.",
        "5. Phối hợp liên ngành và huy động nguồn lực",
        "- Tăng cường phối hợp giữa các bộ phận chuyên môn của UBND phường với Ủy ban MTTQ Việt Nam phường, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh, Hội Nông dân và các khu vực trong triển khai các hoạt động bình đẳng giới; tránh chồng chéo, trùng lặp.",
        "- Vận động các doanh nghiệp, nhà hảo tâm, các tổ chức tôn giáo trên địa bàn hỗ trợ kinh phí, hiện vật cho các hoạt động truyền thông, hỗ trợ phụ nữ, trẻ em có hoàn cảnh khó khăn, người bị bạo lực gia đình.",
        "- Phối hợp với các trường đại học, cao đẳng trên địa bàn thành phố tổ chức các hoạt động tình nguyện, tư vấn pháp lý, tư vấn tâm lý miễn phí cho phụ nữ, trẻ em tại các khu vực.",
        "6. Công tác khen thưởng",
        "- Lồng ghép nội dung bình đẳng giới vào tiêu chí bình xét thi đua của các bộ phận, đơn vị, các khu vực; kịp thời khen thưởng các tập thể, cá nhân có thành tích trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "- Tổ chức sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2026 vào cuối năm, gắn với tổng kết công tác của UBND phường; rút kinh nghiệm và đề ra phương hướng cho năm 2027.",
        "V. KINH PHÍ THỰC HIỆN",
        "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách phường năm 2026 giao cho các bộ phận, đơn vị; lồng ghép trong các chương trình, dự án có liên quan và các nguồn kinh phí hợp pháp khác.",
        "VI. TỔ CHỨC THỰC HIỆN",
        "1. Phân công nhiệm vụ",
        "a) Phòng Văn hóa - Xã hội",
        "- Là cơ quan thường trực, tham mưu UBND phường triển khai Kế hoạch; hướng dẫn, đôn đốc các bộ phận, đơn vị, các khu vực thực hiện; tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026.",
        "- Chủ trì, theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu 1, 2 Mục tiêu 2; các chỉ tiêu thuộc Mục tiêu 3, Mục tiêu 5 và chỉ tiêu 3 Mục tiêu 6.",
        "- Tham mưu UBND phường tổ chức các lớp tập huấn cho cán bộ, công chức, người hoạt động không chuyên trách; hướng dẫn các khu vực lập danh sách theo dõi các gia đình có nguy cơ xảy ra bạo lực gia đình.",
        "- Phối hợp với Hội Liên hiệp Phụ nữ phường xây dựng và nhân rộng mô hình “Ngôi nhà an toàn”, mô hình hỗ trợ phụ nữ khởi nghiệp; tham mưu khen thưởng tập thể, cá nhân điển hình.",
        "- Tổng hợp kết quả thực hiện Kế hoạch của các bộ phận, đơn vị, khu vực; tham mưu UBND phường báo cáo UBND thành phố theo quy định.",
        "b) Văn phòng HĐND và UBND phường: Tham mưu công tác cán bộ nữ, lồng ghép bình đẳng giới trong công tác tuyển dụng, đào tạo, bồi dưỡng; theo dõi, báo cáo chỉ tiêu của Mục tiêu 1.",
        "c) Phòng Kinh tế, Hạ tầng và Đô thị: Lồng ghép bình đẳng giới trong các chương trình phát triển thương mại, dịch vụ, chỉnh trang đô thị; phối hợp với Phòng Văn hóa - Xã hội thực hiện chỉ tiêu 1 Mục tiêu 2 (số liệu lao động nữ tại các doanh nghiệp, hộ kinh doanh).",
        "d) Trạm Y tế phường: Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; chịu trách nhiệm theo dõi và báo cáo chỉ tiêu 1, chỉ tiêu 2 thuộc Mục tiêu 4.",
        "   Phối hợp tổ chức khám sức khỏe định kỳ, tư vấn dinh dưỡng cho phụ nữ mang thai, bà mẹ nuôi con nhỏ; cung cấp dịch vụ kế hoạch hóa gia đình thân thiện với vị thành niên, thanh niên tại Trạm Y tế.",
        "đ) Công an phường: Phòng ngừa, phát hiện, xử lý các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em, mua bán người; phối hợp cung cấp thông tin, số liệu các vụ bạo lực gia đình phục vụ theo dõi chỉ tiêu 1 Mục tiêu 3.",
        "e) Trung tâm Cung ứng dịch vụ công phường: Xây dựng, phát sóng chuyên mục bình đẳng giới; tổ chức các buổi truyền thông trực tiếp tại khu vực; theo dõi, báo cáo chỉ tiêu 1, 2 Mục tiêu 6.",
        "g) Các trường Tiểu học và Trung học cơ sở trên địa bàn phường: Phối hợp thực hiện chỉ tiêu thuộc Mục tiêu 5; tổ chức các hoạt động giáo dục giới, kỹ năng sống cho học sinh.",
        "h) Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội: Tuyên truyền, vận động đoàn viên, hội viên thực hiện bình đẳng giới; tham gia giám sát việc thực hiện pháp luật về bình đẳng giới. Hội Liên hiệp Phụ nữ phường phối hợp tổ chức các buổi truyền thông trực tiếp theo chỉ tiêu 2 Mục tiêu 6.",
        "i) Trưởng các khu vực: Tuyên truyền, vận động Nhân dân; nắm tình hình, báo cáo kịp thời các vụ việc bạo lực gia đình về UBND phường.",
        "   Phối hợp với chi hội phụ nữ, chi đoàn thanh niên khu vực tổ chức các buổi sinh hoạt chuyên đề về bình đẳng giới; đưa nội dung bình đẳng giới, phòng, chống bạo lực gia đình vào quy ước của khu vực; cập nhật danh sách hộ gia đình có nguy cơ xảy ra bạo lực gia đình.",
        "k) Bộ phận Tư pháp - Hộ tịch: Tham mưu lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản của UBND phường; phối hợp tổ chức trợ giúp pháp lý, hòa giải ở cơ sở; thống kê số liệu đăng ký kết hôn, ly hôn có tách biệt giới.",
        "l) Ban Chỉ huy Quân sự phường: Phối hợp tuyên truyền pháp luật về bình đẳng giới trong lực lượng dân quân; tạo điều kiện cho nữ dân quân tham gia huấn luyện, các hoạt động phong trào; phối hợp với Công an phường giữ gìn an ninh trật tự tại các khu nhà trọ có đông công nhân, người lao động nữ.",
        "2. Chế độ báo cáo",
        "Các bộ phận, đơn vị, Trưởng các khu vực báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội: báo cáo 6 tháng trước ngày 05/6/2026; báo cáo năm trước ngày 04/12/2026. Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND phường báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 10/6/2026 (báo cáo 6 tháng) và trước ngày 10/12/2026 (báo cáo năm). Ngoài ra thực hiện báo cáo đột xuất khi có yêu cầu.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới trên địa bàn phường Long Hưng Tây năm 2026. Đề nghị các bộ phận, đơn vị, các khu vực nghiêm túc triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- UBND thành phố (b/c);",
                "- Sở Nội vụ (b/c);",
                "- TT. Đảng ủy, TT. HĐND phường;",
                "- CT, PCT UBND phường;",
                "- Như mục VI;",
                "- Lưu: VT.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Văn Út Em"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới trên địa bàn phường Long Hưng Tây năm 2026",
        "issuer": "UBND phường Long Hưng Tây",
        "level": "commune",
        "area": "Long Hưng Tây",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị định số 48/2009/NĐ-CP ngày 19 tháng 5 năm 2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
            "Kế hoạch số 97/KH-UBND ngày 08 tháng 4 năm 2026 của Ủy ban nhân dân thành phố Cần Thơ về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn thành phố Cần Thơ",
            "Nghị quyết số 03/NQ-HĐND ngày 25 tháng 12 năm 2025 của Hội đồng nhân dân phường về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2026",
        ],
        "parent": "Kế hoạch số 97/KH-UBND ngày 08 tháng 4 năm 2026 của Ủy ban nhân dân thành phố Cần Thơ",
        "objectives": [
            O("1", "Lĩnh vực chính trị", I("1.1", LH_1_1, T(30, "%", ">=", 2026))),
            O(
                "2",
                "Lĩnh vực kinh tế, lao động, việc làm",
                I("2.1", LH_2_1, T(40, "%", ">=", 2026)),
                I("2.2", LH_2_2, T(58, "%", ">=", 2026)),
            ),
            O(
                "3",
                "Đời sống gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sớ giới",
                I(
                    "3.1",
                    LH_3_1,
                    T(95, "%", ">", 2026, label="người bị bạo lực"),
                    T(70, "%", ">", 2026, label="người gây bạo lực"),
                ),
                I("3.2", LH_3_2, T(100, "%", ">=", 2026)),
            ),
            O(
                "4",
                "Lĩnh vực y tế",
                I("4.1", LH_4_1, T(109, "boys_per_100_girls", "<", 2026)),
                I("4.2", LH_4_2, T(10, "per_1000_women", "<=", 2026)),
            ),
            O("5", "Lĩnh vực giáo dục, đào tạo", I("5.1", LH_5_1, T(None, "bool", "=", 2026))),
            O(
                "6",
                "Lĩnh vực thông tin, truyền thông",
                I("6.1", LH_6_1, T(2, "items_per_month", ">=", 2026)),
                I("6.2", LH_6_2, T(4, "count", ">=", 2026)),
                I("6.3", LH_6_3, T(70, "%", ">=", 2026)),
            ),
        ],
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", "2.1", "2.2", "3.1", "3.2", "5.1", "6.3"),
            A("Văn phòng HĐND và UBND phường", "lead", "1.1"),
            A("Phòng Kinh tế, Hạ tầng và Đô thị", "support", "2.1"),
            A("Trạm Y tế phường", "lead", "4.1", "4.2"),
            A("Công an phường", "support", "3.1"),
            A("Trung tâm Cung ứng dịch vụ công phường", "lead", "6.1", "6.2"),
            A("Các trường Tiểu học và Trung học cơ sở trên địa bàn phường", "support", "5.1"),
            A("Hội Liên hiệp Phụ nữ phường", "support", "6.2"),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "12-04"),
            R("semiannual", "consolidator", "06-10"),
            R("annual", "consolidator", "12-10"),
        ],
    },
}

PLANS = [PHU_LUU_HA, HAI_LAN, LONG_HUNG_TAY]
