"""Blind test set C: three commune/ward plans (two-level local government, after the 2025 reform).

Written without reading the extractor.  Each plan: name, ext, blocks (see ../blind3/render.py)
and the hand-checked gem.plan/1 expectation.  Indicator texts are kept in one place so the
document and the expectation quote the very same sentence.
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


def IND(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------------------------
# Plan 1: xã Sơn Thủy, tỉnh Hà Tĩnh — annual plan 2026, Markdown converted from Word.
# ---------------------------------------------------------------------------------------------

A_TITLE = "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Sơn Thủy năm 2026"
A_PARENT = "Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh Hà Tĩnh"

A11 = (
    "Phấn đấu có ít nhất 35% cán bộ giữ chức vụ lãnh đạo, quản lý tại các phòng, ban, đơn vị "
    "thuộc UBND xã là nữ."
)
A21 = (
    "Tỷ lệ lao động nữ được hỗ trợ đào tạo nghề, giới thiệu việc làm trong tổng số lao động "
    "được hỗ trợ đạt 45%."
)
A22 = (
    "Hỗ trợ thành lập mới ít nhất 02 tổ hợp tác hoặc hợp tác xã do phụ nữ làm chủ hoặc tham "
    "gia quản lý."
)
A31 = (
    "100% người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch vụ "
    "hỗ trợ cơ bản; trên 70% người gây bạo lực gia đình được phát hiện được tư vấn, giáo dục "
    "tại cộng đồng."
)
A32 = "100% thôn duy trì hoạt động của tổ hòa giải và địa chỉ tin cậy tại cộng đồng."
A41 = "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống."
A42 = "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 04 lần trong 3 thai kỳ đạt 92%."
A61 = (
    "Hệ thống truyền thanh xã mỗi quý có ít nhất 01 tin, bài về bình đẳng giới, phòng, chống "
    "bạo lực gia đình."
)
A62 = (
    "Tổ chức ít nhất 02 lớp tập huấn, bồi dưỡng kiến thức về bình đẳng giới cho cán bộ, công "
    "chức xã, trưởng thôn và chi hội trưởng các đoàn thể."
)
A63 = "Phấn đấu 85% hộ gia đình trên địa bàn xã được tiếp cận thông tin về bình đẳng giới."

A_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "XÃ SƠN THỦY", "", "Số: 52/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Sơn Thủy, ngày 17 tháng 4 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**" + A_TITLE + "**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030;",
    "Thực hiện Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh Hà Tĩnh về thực hiện công tác "
    "bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026; Hướng dẫn số 37/HD-SNV ngày 02/4/2026 "
    "của Sở Nội vụ tỉnh Hà Tĩnh về hướng dẫn triển khai công tác bình đẳng giới cấp xã năm 2026,",
    "Ủy ban nhân dân xã Sơn Thủy xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự "
    "tiến bộ của phụ nữ trên địa bàn xã năm 2026, cụ thể như sau:",
    "**I. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2025**",
    "Năm 2025, trong điều kiện vừa sắp xếp đơn vị hành chính, vừa vận hành mô hình chính quyền "
    "địa phương hai cấp, công tác bình đẳng giới trên địa bàn xã tiếp tục được quan tâm. Đảng ủy, "
    "UBND xã đã lồng ghép nội dung bình đẳng giới trong chương trình công tác và kế hoạch phát "
    "triển kinh tế - xã hội; Ban Vì sự tiến bộ của phụ nữ xã được kiện toàn với 11 thành viên.",
    "Công tác tuyên truyền được triển khai với nhiều hình thức: phát 38 tin, bài trên hệ thống "
    "truyền thanh; tổ chức 14 buổi truyền thông tại thôn với gần 1.200 lượt người tham dự, trong "
    "đó nam giới chiếm khoảng 41%. Tỷ lệ cán bộ nữ giữ chức vụ lãnh đạo, quản lý các phòng, ban, "
    "đơn vị của xã đạt 31,2%; có 04/13 thôn có trưởng thôn là nữ.",
    "Trên địa bàn xã phát hiện 06 vụ bạo lực gia đình, 100% người bị bạo lực được tư vấn, hỗ trợ; "
    "05/06 người gây bạo lực được góp ý, giáo dục tại cộng đồng. Trạm Y tế xã quản lý 214 phụ nữ "
    "mang thai, tỷ số giới tính khi sinh của xã ở mức 112 bé trai/100 bé gái.",
    "Bên cạnh kết quả đạt được, công tác bình đẳng giới còn một số hạn chế: nhận thức của một bộ "
    "phận Nhân dân còn định kiến giới, tư tưởng trọng nam hơn nữ; số liệu thống kê có tách biệt "
    "giới chưa đầy đủ, chưa kịp thời; đội ngũ làm công tác bình đẳng giới kiêm nhiệm nhiều việc, "
    "thường xuyên thay đổi; kinh phí bố trí cho hoạt động còn hạn chế.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Tiếp tục quán triệt, triển khai có hiệu quả Luật Bình đẳng giới, Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030 và Kế hoạch của UBND tỉnh trên địa bàn xã trong bối cảnh "
    "vận hành mô hình chính quyền địa phương hai cấp; nâng cao vai trò, trách nhiệm của Đảng ủy, "
    "chính quyền, Ủy ban Mặt trận Tổ quốc và các đoàn thể xã trong lãnh đạo, chỉ đạo thực hiện "
    "công tác bình đẳng giới.",
    "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về bình đẳng giới; từng bước thu hẹp "
    "khoảng cách giới, nâng cao vị thế của phụ nữ trong gia đình và ngoài xã hội, nhất là trong "
    "lĩnh vực chính trị, kinh tế, lao động và phòng, chống bạo lực gia đình.",
    "- Phát huy kết quả đạt được năm 2025: toàn xã tổ chức 14 buổi truyền thông tại các thôn, "
    "phát hiện và can thiệp kịp thời 06 vụ bạo lực gia đình, hỗ trợ 03 hộ phụ nữ nghèo phát triển "
    "sinh kế; khắc phục những hạn chế trong công tác thống kê số liệu có tách biệt giới.",
    "- Tăng cường trách nhiệm của nam giới trong thực hiện bình đẳng giới; khuyến khích sự tham "
    "gia của người có uy tín trong dòng họ, cộng đồng dân cư vào việc xóa bỏ định kiến giới và các "
    "hủ tục lạc hậu; từng bước hình thành thói quen chia sẻ công việc gia đình giữa vợ và chồng.",
    "- Bảo đảm các điều kiện cần thiết để người bị bạo lực gia đình được bảo vệ, hỗ trợ kịp thời; "
    "người gây bạo lực được giáo dục, tư vấn để thay đổi hành vi.",
    "**2. Yêu cầu**",
    "- Các nhiệm vụ phải được triển khai đồng bộ, thiết thực, phù hợp với điều kiện thực tế của "
    "xã; gắn với thực hiện các chương trình mục tiêu quốc gia, phong trào thi đua và nhiệm vụ "
    "phát triển kinh tế - xã hội năm 2026.",
    "- Phân công cụ thể trách nhiệm cho từng phòng, ban, đơn vị; tăng cường phối hợp giữa chính "
    "quyền với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; số liệu báo cáo phải bảo đảm "
    "có sự tách biệt giới, đúng thời gian quy định.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, "
    "thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng xã Sơn Thủy "
    "phát triển nhanh, bền vững.",
    "**2. Mục tiêu, chỉ tiêu cụ thể năm 2026**",
    "**a) Mục tiêu 1: Trong lĩnh vực chính trị**",
    "*Chỉ tiêu:* " + A11,
    "**b) Mục tiêu 2: Trong lĩnh vực kinh tế, lao động, việc làm**",
    "- *Chỉ tiêu 1:* " + A21,
    "- *Chỉ tiêu 2:* " + A22,
    "**c) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- *Chỉ tiêu 1:* " + A31,
    "- *Chỉ tiêu 2:* " + A32,
    "**d) Mục tiêu 4: Trong lĩnh vực y tế**",
    "- *Chỉ tiêu 1:* " + A41,
    "- *Chỉ tiêu 2:* " + A42,
    "**đ) Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo**",
    "Tiếp tục duy trì kết quả phổ cập giáo dục, xóa mù chữ; bảo đảm trẻ em trai và trẻ em gái "
    "trên địa bàn xã được tiếp cận bình đẳng các cơ hội học tập; vận động học sinh có hoàn cảnh "
    "khó khăn, nhất là trẻ em gái, không bỏ học giữa chừng.",
    "**e) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông**",
    "- *Chỉ tiêu 1:* " + A61,
    "- *Chỉ tiêu 2:* " + A62,
    "- *Chỉ tiêu 3:* " + A63,
    "**IV. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Công tác lãnh đạo, chỉ đạo**",
    "- Tăng cường sự lãnh đạo của Đảng ủy, sự chỉ đạo, điều hành của UBND xã đối với công tác "
    "bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác năm, kế hoạch phát "
    "triển kinh tế - xã hội của xã; đề cao trách nhiệm của người đứng đầu các phòng, ban, đơn vị "
    "và trưởng thôn trong việc thực hiện các mục tiêu, chỉ tiêu của Kế hoạch.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã sau sắp xếp; phân công công chức Phòng Văn hóa - "
    "Xã hội theo dõi công tác bình đẳng giới, bảo đảm không gián đoạn nhiệm vụ khi có sự thay đổi "
    "nhân sự.",
    "**2. Công tác thông tin, tuyên truyền**",
    "- Đa dạng hóa hình thức tuyên truyền trên hệ thống truyền thanh xã, trang thông tin điện tử, "
    "nhóm Zalo của các thôn; lồng ghép nội dung bình đẳng giới trong các buổi sinh hoạt chi bộ, "
    "sinh hoạt chi hội, họp thôn.",
    "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về "
    "phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam "
    "20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới "
    "(từ ngày 15/11 đến ngày 15/12/2026).",
    "- Chú trọng truyền thông thay đổi định kiến giới trong phân công lao động gia đình, khuyến "
    "khích nam giới chia sẻ việc nhà, chăm sóc con cái; tuyên truyền về hậu quả của lựa chọn giới "
    "tính thai nhi.",
    "- Xây dựng, phát hành tờ gấp, pa-nô, áp phích tuyên truyền tại nhà văn hóa các thôn, trường "
    "học, chợ và Trung tâm Phục vụ hành chính công xã; lồng ghép thông điệp bình đẳng giới trong "
    "các hoạt động văn hóa, văn nghệ, thể dục thể thao.",
    "**3. Nâng cao năng lực, hiệu quả quản lý nhà nước về bình đẳng giới**",
    "- Tổ chức tập huấn cho đội ngũ cán bộ, công chức, trưởng thôn, chi hội trưởng về kỹ năng "
    "lồng ghép giới, kỹ năng hòa giải, tư vấn và hỗ trợ người bị bạo lực.",
    "- Từng bước hoàn thiện việc thu thập, cập nhật số liệu thống kê có tách biệt giới của xã phục "
    "vụ công tác báo cáo và xây dựng cơ sở dữ liệu về giới của tỉnh.",
    "- Lồng ghép kiểm tra việc thực hiện pháp luật về bình đẳng giới vào các đợt kiểm tra công "
    "tác văn hóa - xã hội tại các thôn.",
    "**4. Thúc đẩy bình đẳng giới trong lĩnh vực kinh tế, lao động**",
    "- Tạo điều kiện để phụ nữ tiếp cận nguồn vốn vay từ Ngân hàng Chính sách xã hội, các chương "
    "trình khuyến nông, chuyển giao khoa học kỹ thuật; ưu tiên lao động nữ nông thôn, phụ nữ "
    "thuộc hộ nghèo, hộ cận nghèo tham gia các lớp đào tạo nghề ngắn hạn.",
    "- Hỗ trợ phụ nữ khởi nghiệp, phát triển sản phẩm OCOP, kinh doanh trên nền tảng số.",
    "**5. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Duy trì và nâng cao hiệu quả hoạt động của tổ hòa giải, địa chỉ tin cậy, câu lạc bộ gia "
    "đình hạnh phúc; kịp thời phát hiện, can thiệp, xử lý các vụ việc bạo lực gia đình; tổ chức "
    "hỗ trợ, tư vấn cho người bị bạo lực và giáo dục người gây bạo lực tại cộng đồng.",
    "**6. Hợp tác, huy động nguồn lực**",
    "- Tranh thủ sự hỗ trợ của các tổ chức, cá nhân, doanh nghiệp, người con quê hương xa quê "
    "trong triển khai các mô hình hỗ trợ phụ nữ và trẻ em gái có hoàn cảnh khó khăn; vận động xã "
    "hội hóa kinh phí tổ chức các hoạt động truyền thông tại thôn.",
    "- Tổ chức sơ kết việc thực hiện Kế hoạch vào cuối năm 2026, đánh giá kết quả, rút kinh "
    "nghiệm, đề xuất nhiệm vụ năm 2027; biểu dương các tập thể, cá nhân có thành tích tiêu biểu.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã năm 2026 giao cho Phòng "
    "Văn hóa - Xã hội và các đơn vị liên quan; lồng ghép từ các chương trình mục tiêu quốc gia, "
    "nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định. Các đơn vị được giao nhiệm vụ "
    "chủ động lập dự toán, sử dụng kinh phí đúng mục đích, tiết kiệm, hiệu quả.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Văn hóa - Xã hội**",
    "- Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn, đôn đốc các "
    "phòng, ban, đơn vị, các thôn tổ chức thực hiện; tham mưu tổ chức các hoạt động trong Tháng "
    "hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026.",
    "- Phối hợp với các đoàn thể tổ chức truyền thông tại cộng đồng; hướng dẫn các thôn rà soát, "
    "bổ sung nội dung bình đẳng giới trong hương ước, quy ước.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu "
    "3; Chỉ tiêu 2, Chỉ tiêu 3 của Mục tiêu 6.",
    "- Tổng hợp kết quả thực hiện Kế hoạch, tham mưu UBND xã báo cáo theo quy định tại Mục VII.",
    "**2. Văn phòng HĐND và UBND**",
    "- Tham mưu công tác cán bộ nữ: rà soát, quy hoạch, đào tạo, bồi dưỡng, đề xuất bố trí cán bộ "
    "nữ giữ các chức vụ lãnh đạo, quản lý; chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện "
    "chỉ tiêu thuộc Mục tiêu 1.",
    "- Quản lý, vận hành hệ thống truyền thanh xã, xây dựng chuyên mục về bình đẳng giới và gia "
    "đình; theo dõi, báo cáo Chỉ tiêu 1 của Mục tiêu 6.",
    "- Phối hợp với Phòng Văn hóa - Xã hội tổ chức các lớp tập huấn nêu tại Chỉ tiêu 2 của Mục "
    "tiêu 6.",
    "**3. Phòng Kinh tế**",
    "- Lồng ghép nội dung bình đẳng giới trong thực hiện các chương trình, dự án phát triển sản "
    "xuất, khuyến nông, xây dựng nông thôn mới; ưu tiên hỗ trợ phụ nữ tiếp cận khoa học kỹ thuật.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 2.",
    "**4. Trạm Y tế xã**",
    "- Tuyên truyền, tư vấn về chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình; nghiêm cấm lựa "
    "chọn giới tính thai nhi dưới mọi hình thức; quản lý thai nghén, chăm sóc bà mẹ trước, trong "
    "và sau sinh.",
    "- Tiếp nhận, sơ cứu, chăm sóc y tế cho người bị bạo lực khi có yêu cầu.",
    "- Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
    "**5. Công an xã**",
    "- Tăng cường công tác nắm tình hình, phòng ngừa, đấu tranh với các hành vi bạo lực gia đình, "
    "xâm hại phụ nữ, trẻ em và mua bán người; xử lý nghiêm các vi phạm theo quy định.",
    "- Phối hợp với Phòng Văn hóa - Xã hội cung cấp số liệu các vụ bạo lực gia đình phục vụ theo "
    "dõi Chỉ tiêu 1 của Mục tiêu 3.",
    "**6. Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn xã**",
    "- Lồng ghép giáo dục giới, bình đẳng giới, kỹ năng sống, phòng, chống xâm hại trẻ em vào các "
    "hoạt động giáo dục; xây dựng trường học an toàn, thân thiện, phòng, chống bạo lực học đường.",
    "**7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã**",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam xã: tăng cường giám sát, phản biện xã hội việc thực hiện "
    "chính sách, pháp luật về bình đẳng giới; vận động Nhân dân xây dựng gia đình no ấm, tiến bộ, "
    "hạnh phúc.",
    "- Hội Liên hiệp Phụ nữ xã: vận động hội viên tham gia các tổ hợp tác, hợp tác xã, phối hợp "
    "với Phòng Kinh tế thực hiện Chỉ tiêu 2 của Mục tiêu 2; phối hợp thực hiện Chỉ tiêu 1 của Mục "
    "tiêu 3 thông qua hoạt động của các địa chỉ tin cậy; giới thiệu cán bộ nữ có năng lực để quy "
    "hoạch, đào tạo.",
    "- Đoàn Thanh niên xã: tuyên truyền bình đẳng giới, phòng, chống xâm hại, mua bán người trong "
    "đoàn viên, thanh niên; phát huy vai trò của thanh niên nam trong chia sẻ công việc gia đình.",
    "- Hội Nông dân, Hội Cựu chiến binh xã: tuyên truyền, vận động hội viên nam giới chia sẻ công "
    "việc gia đình, chăm sóc con cái, không sử dụng rượu bia gây mất trật tự, bạo lực trong gia "
    "đình; tham gia hòa giải các mâu thuẫn tại cộng đồng.",
    "**8. Các thôn**",
    "Trưởng thôn phối hợp với Chi hội Phụ nữ, Chi đoàn thanh niên triển khai các nội dung của Kế "
    "hoạch tại thôn; kịp thời thông tin về Phòng Văn hóa - Xã hội các vụ việc bạo lực gia đình phát "
    "sinh trên địa bàn.",
    "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "Các phòng, ban, đơn vị và các thôn báo cáo kết quả thực hiện Kế hoạch (số liệu có tách biệt "
    "giới) theo thời hạn sau:",
    (
        "table",
        [
            ["Loại báo cáo", "Đơn vị báo cáo", "Thời hạn", "Nơi nhận"],
            [
                "Báo cáo 6 tháng",
                "Các phòng, ban, đơn vị, các thôn",
                "Trước ngày 05 tháng 6",
                "Phòng Văn hóa - Xã hội",
            ],
            [
                "Báo cáo 6 tháng",
                "UBND xã (qua Phòng Văn hóa - Xã hội)",
                "Trước ngày 10/6",
                "Sở Nội vụ tỉnh Hà Tĩnh",
            ],
            [
                "Báo cáo năm",
                "Các phòng, ban, đơn vị, các thôn",
                "Trước 25/11",
                "Phòng Văn hóa - Xã hội",
            ],
            [
                "Báo cáo năm",
                "UBND xã (qua Phòng Văn hóa - Xã hội)",
                "Chậm nhất ngày 05/12",
                "Sở Nội vụ tỉnh Hà Tĩnh",
            ],
        ],
    ),
    "Báo cáo đột xuất thực hiện theo yêu cầu của UBND tỉnh, Sở Nội vụ và UBND xã.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa "
    "bàn xã Sơn Thủy năm 2026. Yêu cầu các phòng, ban, đơn vị, các thôn nghiêm túc triển khai thực "
    "hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời phản ánh về Phòng Văn hóa "
    "- Xã hội để tổng hợp, báo cáo UBND xã xem xét, giải quyết./.",
    "*Nơi nhận:*",
    "- Sở Nội vụ tỉnh Hà Tĩnh (b/c);",
    "- TT Đảng ủy, TT HĐND xã;",
    "- CT, các PCT UBND xã;",
    "- UBMTTQ và các đoàn thể xã;",
    "- Các phòng, ban, đơn vị thuộc xã;",
    "- Trưởng các thôn;",
    "- Lưu: VT, VHXH.",
    "**TM. ỦY BAN NHÂN DÂN**",
    "**KT. CHỦ TỊCH**",
    "**PHÓ CHỦ TỊCH**",
    "Phan Thị Hồng Nhung",
]

A_EXPECTED = {
    "format": "gem.plan/1",
    "title": A_TITLE,
    "issuer": "UBND xã Sơn Thủy",
    "level": "commune",
    "area": "Sơn Thủy",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
        "bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 86/KH-UBND ngày 14/3/2026 của UBND tỉnh Hà Tĩnh về thực hiện công tác bình "
        "đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
        "Hướng dẫn số 37/HD-SNV ngày 02/4/2026 của Sở Nội vụ tỉnh Hà Tĩnh về hướng dẫn triển khai "
        "công tác bình đẳng giới cấp xã năm 2026",
    ],
    "parent": A_PARENT,
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [IND("1.1", A11, T(35, "%", ">=", 2026))],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động, việc làm",
            "indicators": [
                IND("2.1", A21, T(45, "%", ">=", 2026)),
                IND("2.2", A22, T(2, "count", ">=", 2026)),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                IND(
                    "3.1",
                    A31,
                    T(100, "%", ">=", 2026, label="người bị bạo lực"),
                    T(70, "%", ">", 2026, label="người gây bạo lực"),
                ),
                IND("3.2", A32, T(100, "%", ">=", 2026)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                IND("4.1", A41, T(110, "boys_per_100_girls", "<=", 2026)),
                IND("4.2", A42, T(92, "%", ">=", 2026)),
            ],
        },
        {"code": "5", "title": "Trong lĩnh vực giáo dục, đào tạo", "indicators": []},
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                IND("6.1", A61, T(1, "items_per_quarter", ">=", 2026)),
                IND("6.2", A62, T(2, "count", ">=", 2026)),
                IND("6.3", A63, T(85, "%", ">=", 2026)),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.1", "3.2", "6.2", "6.3"),
        A("Văn phòng HĐND và UBND", "lead", "1.1", "6.1"),
        A("Văn phòng HĐND và UBND", "support", "6.2"),
        A("Phòng Kinh tế", "lead", "2.1", "2.2"),
        A("Trạm Y tế xã", "lead", "4.1", "4.2"),
        A("Công an xã", "support", "3.1"),
        A("Hội Liên hiệp Phụ nữ xã", "support", "2.2", "3.1"),
    ],
    "reporting": [
        R("semiannual", "units", "06-05"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "units", "11-25"),
        R("annual", "consolidator", "12-05"),
    ],
}

PLAN_A = {
    "name": "xa-son-thuy-ha-tinh-2026",
    "ext": "md",
    "blocks": A_BLOCKS,
    "expected": A_EXPECTED,
}


# ---------------------------------------------------------------------------------------------
# Plan 2: phường Tân An Thịnh, tỉnh Đắk Lắk — 2026-2030, plain text exported from Word: no blank
# lines between paragraphs, many lines indented with a tab, numbering as typed by the officer.
# ---------------------------------------------------------------------------------------------

B_TITLE = (
    "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn phường "
    "Tân An Thịnh"
)
B_PARENT = "Kế hoạch số 215/KH-UBND ngày 09/02/2026 của UBND tỉnh Đắk Lắk"

B11 = (
    "Phần đấu đến năm 2030 đạt 60% các phòng, đơn vị thuộc UBND phường có lãnh đạo chủ chốt là nữ."
)
B12 = (
    "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý của phường đạt 35% "
    "vào năm 2028 và 40% vào năm 2030."
)
B21 = (
    "Tỷ lệ lao động nữ được đào tạo nghề, bồi dưỡng kỹ năng số trong tổng số lao động được đào "
    "tạo trên địa bàn phường đạt 50% vào năm 2030."
)
B31 = (
    "Đến năm 2030 đạt 95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện "
    "được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 90% người gây bạo lực gia đình, "
    "bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư "
    "vấn, tham vấn."
)
B32 = (
    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ "
    "hỗ trợ tái hòa nhập cộng đồng."
)
B33 = "Duy trì 100% tổ dân phố, buôn có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả."
B41 = "Tỷ số giới tính khi sinh duy trì ở mức dưới 109 bé trai/100 bé gái sinh ra sống."
B42 = (
    "Tỷ suất sinh ở vị thành niên giảm từ 20 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 15 ca "
    "sinh/1.000 phụ nữ vào năm 2030."
)
B51 = (
    "Từ năm 2027 trở đi, nội dung giáo dục về giới, bình đẳng giới được lồng ghép vào hoạt "
    "động giáo dục ngoài giờ lên lớp ở các trường mầm non, tiểu học, trung học cơ sở trên địa "
    "bàn phường."
)
B61 = (
    "Hệ thống truyền thanh của phường mỗi quý phát ít nhất 02 tin, bài về bình đẳng giới và "
    "phòng, chống bạo lực trên cơ sở giới."
)
B62 = (
    "Đến năm 2030, 90% cán bộ, công chức phường, tổ trưởng tổ dân phố, buôn trưởng được tập "
    "huấn, bồi dưỡng kiến thức về giới, lồng ghép giới."
)

B_LINES = [
    "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHƯỜNG TÂN AN THỊNH\t\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 27/KH-UBND\t\tTân An Thịnh, ngày 06 tháng 3 năm 2026",
    "KẾ HOẠCH",
    B_TITLE,
    "\tCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "\tCăn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "\tCăn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030;",
    "\tThực hiện Kế hoạch số 215/KH-UBND ngày 09/02/2026 của UBND tỉnh Đắk Lắk về thực hiện Chiến "
    "lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh;",
    "\tỦy ban nhân dân phường Tân An Thịnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình "
    "đẳng giới giai đoạn 2026-2030 trên địa bàn phường như sau:",
    "I. THỰC TRẠNG CÔNG TÁC BÌNH ĐẲNG GIỚI TRÊN ĐỊA BÀN PHƯỜNG",
    "\tPhường Tân An Thịnh được thành lập trên cơ sở sắp xếp 03 đơn vị hành chính cấp xã cũ, có "
    "diện tích tự nhiên 41,6 km2, dân số trên 46.000 người, trong đó đồng bào dân tộc thiểu số "
    "chiếm khoảng 22%; toàn phường có 34 tổ dân phố và 09 buôn.",
    "\tGiai đoạn 2021-2025, công tác bình đẳng giới tại các đơn vị hành chính cũ đạt được nhiều "
    "kết quả: tỷ lệ nữ đại biểu Hội đồng nhân dân đạt bình quân 29,8%; tỷ lệ lao động nữ được đào "
    "tạo nghề đạt 43%; các vụ bạo lực gia đình được phát hiện đều được can thiệp, hỗ trợ kịp thời; "
    "tỷ suất sinh ở vị thành niên có xu hướng giảm nhưng còn cao ở các buôn đồng bào dân tộc thiểu "
    "số.",
    "\tTuy nhiên, định kiến giới, tư tưởng trọng nam khinh nữ vẫn còn tồn tại trong một bộ phận "
    "Nhân dân; tình trạng bạo lực gia đình, tảo hôn vẫn còn xảy ra; việc thu thập số liệu có tách "
    "biệt giới gặp khó khăn do thay đổi địa giới hành chính và tổ chức bộ máy; nguồn lực cho công "
    "tác bình đẳng giới còn hạn chế.",
    "II. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "\t- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch số 215/KH-UBND của UBND tỉnh phù "
    "hợp với điều kiện thực tế của phường sau khi sắp xếp đơn vị hành chính; nâng cao vai trò lãnh "
    "đạo của Đảng ủy, hiệu lực quản lý của chính quyền, trách nhiệm của Mặt trận Tổ quốc và các "
    "tổ chức chính trị - xã hội trong thực hiện công tác bình đẳng giới.",
    "\t- Tạo chuyển biến rõ nét về nhận thức và hành vi của cán bộ, đảng viên và Nhân dân, nhất là "
    "đồng bào dân tộc thiểu số tại các buôn; từng bước xóa bỏ định kiến giới, thu hẹp khoảng cách "
    "giới trong các lĩnh vực chính trị, kinh tế, gia đình.",
    "\t- Huy động sự tham gia của cộng đồng dân cư, doanh nghiệp, hộ kinh doanh và người có uy tín "
    "trong buôn, tổ dân phố vào công tác bình đẳng giới; phát huy vai trò của nam giới, thanh niên "
    "trong phòng, chống bạo lực gia đình và bạo lực trên cơ sở giới.",
    "\t- Phấn đấu hoàn thành các mục tiêu, chỉ tiêu về bình đẳng giới của phường đến năm 2030, góp "
    "phần thực hiện thành công Kế hoạch của UBND tỉnh và Chiến lược quốc gia về bình đẳng giới.",
    "2. Yêu cầu",
    "\t- Việc triển khai phải thường xuyên, liên tục, gắn với nhiệm vụ phát triển kinh tế - xã hội "
    "05 năm 2026-2030 và hằng năm của phường; phân công rõ cơ quan chủ trì, phối hợp.",
    "\t- Thực hiện chế độ báo cáo đúng thời gian; số liệu phải đầy đủ, chính xác, có sự tách biệt "
    "giới.",
    "III. MỤC TIÊU",
    "1. Mục tiêu tổng quát",
    "\tBảo đảm bình đẳng giới thực chất giữa nam và nữ; tạo điều kiện, cơ hội để phụ nữ và nam "
    "giới tham gia, thụ hưởng bình đẳng trong mọi lĩnh vực của đời sống xã hội và gia đình, góp "
    "phần xây dựng phường Tân An Thịnh văn minh, hiện đại, phát triển bền vững.",
    "2. Mục tiêu cụ thể đến năm 2030",
    "\ta/ Mục tiêu 1: Trong lĩnh vực chính trị",
    "\t- Chỉ tiêu 1. " + B11,
    "\t- Chỉ tiêu 2. " + B12,
    "\tb/ Mục tiêu 2: Trong lĩnh vực kinh tế, lao động",
    "\tChỉ tiêu: " + B21,
    "\tc/ Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "\t- Chỉ tiêu 1. " + B31,
    "\t- Chỉ tiêu 2. " + B32,
    "\t- Chỉ tiêu 3. " + B33,
    "\td/ Mục tiêu 4: Trong lĩnh vực y tế",
    "\t- Chỉ tiêu 1. " + B41,
    "\t- Chỉ tiêu 2. " + B42,
    "\tđ/ Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
    "\tChỉ tiêu: " + B51,
    "\te/ Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
    "\t- Chỉ tiêu 1. " + B61,
    "\t- Chỉ tiêu 2. " + B62,
    "IV. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Nhiệm vụ, giải pháp chung",
    "\t- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, trách nhiệm quản lý của UBND phường trong "
    "triển khai công tác bình đẳng giới; đưa mục tiêu, chỉ tiêu bình đẳng giới vào nghị quyết, "
    "chương trình công tác hằng năm; lấy kết quả thực hiện làm một tiêu chí đánh giá, xếp loại thi "
    "đua của các phòng, đơn vị, tổ dân phố, buôn.",
    "\t- Rà soát, lồng ghép vấn đề bình đẳng giới trong xây dựng và thực hiện các chương trình, đề "
    "án, kế hoạch phát triển kinh tế - xã hội của phường; chú trọng nhóm phụ nữ yếu thế, phụ nữ "
    "dân tộc thiểu số, phụ nữ khuyết tật, phụ nữ đơn thân nuôi con nhỏ.",
    "\t- Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong truyền thông và trong thu thập, "
    "quản lý số liệu thống kê có tách biệt giới của phường; phối hợp cung cấp số liệu cho cơ sở dữ "
    "liệu thống kê về giới của tỉnh.",
    "2. Giải pháp cụ thể",
    "\t2.1. Lĩnh vực chính trị",
    "\t+ Thực hiện nghiêm quy định về công tác cán bộ nữ trong quy hoạch, đào tạo, bồi dưỡng, bổ "
    "nhiệm; ưu tiên cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số có năng lực.",
    "\t+ Chuẩn bị nguồn nhân sự nữ tham gia ứng cử đại biểu Hội đồng nhân dân phường nhiệm kỳ "
    "2026-2031.",
    "\t2.2. Lĩnh vực kinh tế, lao động",
    "\t+ Tư vấn, giới thiệu việc làm, kết nối cung - cầu lao động; hỗ trợ lao động nữ tiếp cận "
    "vốn vay ưu đãi, chương trình khởi nghiệp, hộ kinh doanh cá thể, thương mại điện tử.",
    "\t+ Vận động doanh nghiệp, hộ kinh doanh trên địa bàn thực hiện đầy đủ chính sách đối với lao "
    "động nữ theo Bộ luật Lao động.",
    "\t2.3. Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "\t+ Củng cố hoạt động của tổ hòa giải ở cơ sở, địa chỉ tin cậy, câu lạc bộ phòng, chống bạo "
    "lực gia đình tại các tổ dân phố, buôn; sớm phát hiện, can thiệp, hỗ trợ người bị bạo lực; phối "
    "hợp tiếp nhận, hỗ trợ tái hòa nhập cộng đồng cho nạn nhân bị mua bán trở về.",
    "\t+ Lồng ghép nội dung bình đẳng giới trong hương ước, quy ước của buôn, tổ dân phố; vận động "
    "già làng, người có uy tín tham gia xóa bỏ các tập tục lạc hậu.",
    "\t+ Phối hợp với các cơ sở trợ giúp xã hội, Trung tâm Công tác xã hội của tỉnh trong tiếp "
    "nhận, chuyển gửi người bị bạo lực cần được hỗ trợ khẩn cấp; bố trí nơi tạm lánh an toàn tại "
    "cộng đồng.",
    "\t2.4. Lĩnh vực y tế",
    "\t+ Tăng cường truyền thông, tư vấn về chăm sóc sức khỏe sinh sản, sức khỏe tình dục cho vị "
    "thành niên, thanh niên; kiểm soát mất cân bằng giới tính khi sinh; quản lý chặt chẽ các cơ sở "
    "siêu âm, khám chữa bệnh tư nhân trên địa bàn.",
    "\t+ Tổ chức khám sàng lọc trước sinh, sơ sinh; tư vấn dinh dưỡng cho phụ nữ mang thai và trẻ "
    "em dưới 5 tuổi tại các buôn; phối hợp với các trường học tổ chức nói chuyện chuyên đề về sức "
    "khỏe sinh sản vị thành niên.",
    "\t2.5. Lĩnh vực giáo dục, đào tạo",
    "\t+ Phối hợp với các trường học đưa nội dung giới, bình đẳng giới, kỹ năng sống vào hoạt động "
    "trải nghiệm; vận động học sinh dân tộc thiểu số, nhất là học sinh nữ, đi học đầy đủ.",
    "\t2.6. Lĩnh vực thông tin, truyền thông",
    "\t+ Duy trì chuyên mục bình đẳng giới trên hệ thống truyền thanh và trang thông tin điện tử "
    "của phường; tổ chức tuyên truyền bằng tiếng Ê Đê tại các buôn; hưởng ứng ngày Quốc tế Phụ nữ "
    "8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10, ngày Quốc tế xóa bỏ bạo lực đối "
    "với phụ nữ 25/11 và Tháng hành động vì bình đẳng giới (15/11 - 15/12) hằng năm.",
    "\t+ Tổ chức đối thoại giữa lãnh đạo phường với phụ nữ, thanh niên về các vấn đề bình đẳng "
    "giới, việc làm, an sinh xã hội; tiếp thu, giải quyết kịp thời các kiến nghị chính đáng.",
    "\t+ Tăng cường kiểm tra việc thực hiện pháp luật về bình đẳng giới tại các cơ sở kinh doanh, "
    "doanh nghiệp trên địa bàn; xử lý nghiêm các hành vi phân biệt đối xử về giới theo Nghị định số "
    "125/2021/NĐ-CP của Chính phủ.",
    '\t+ Nhân rộng mô hình "Gia đình hạnh phúc, bền vững", "Nhóm phụ nữ tiết kiệm, vay vốn" tại '
    "các buôn; hỗ trợ phụ nữ đơn thân, phụ nữ khuyết tật tiếp cận dịch vụ trợ giúp xã hội.",
    "\t+ Phối hợp với Ban Chỉ huy Quân sự phường, Hội Cựu chiến binh vận động nam giới tham gia các "
    'hoạt động chia sẻ công việc gia đình; tổ chức câu lạc bộ "Nam giới tiên phong" tại một số tổ '
    "dân phố, buôn có nhiều vụ việc bạo lực gia đình.",
    "V. KINH PHÍ",
    "\t1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách phường theo phân cấp, bố trí trong "
    "dự toán chi thường xuyên hằng năm của các phòng, đơn vị; lồng ghép trong các chương trình mục "
    "tiêu quốc gia, đề án, dự án có liên quan.",
    "\t2. Huy động nguồn tài trợ của các tổ chức, cá nhân, doanh nghiệp và các nguồn kinh phí hợp "
    "pháp khác theo quy định của pháp luật.",
    "\t3. Hằng năm, căn cứ nhiệm vụ được giao, các phòng, đơn vị xây dựng dự toán gửi Phòng Kinh "
    "tế, Hạ tầng và Đô thị tổng hợp, trình UBND phường xem xét, bố trí.",
    "VI. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội",
    "\t- Là cơ quan thường trực giúp UBND phường tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc "
    "việc thực hiện Kế hoạch; tham mưu tổ chức sơ kết giữa kỳ và tổng kết Kế hoạch.",
    "\t- Chủ trì tổ chức các hoạt động truyền thông, Tháng hành động vì bình đẳng giới và phòng "
    "ngừa, ứng phó với bạo lực trên cơ sở giới; hướng dẫn nhân rộng các mô hình hiệu quả.",
    "\t- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 3 (Mục tiêu "
    "3); chỉ tiêu của Mục tiêu 5; Chỉ tiêu 1 (Mục tiêu 6).",
    "\t- Phối hợp với các trường học trên địa bàn tổ chức các hoạt động giáo dục giới tính, sức "
    "khỏe sinh sản, kỹ năng phòng, chống xâm hại cho học sinh; tham mưu UBND phường khen thưởng các "
    "tập thể, cá nhân có thành tích trong công tác bình đẳng giới hằng năm.",
    "\t- Hướng dẫn các tổ dân phố, buôn ghi chép, cập nhật số liệu có tách biệt giới; xây dựng cơ "
    "sở dữ liệu thống kê về giới của phường, kết nối với cơ sở dữ liệu của tỉnh.",
    "2. Văn phòng HĐND và UBND",
    "\t- Tham mưu thực hiện công tác cán bộ nữ; theo dõi, tổng hợp và báo cáo kết quả thực hiện "
    "Chỉ tiêu 1, 2 (Mục tiêu 1).",
    "\t- Chịu trách nhiệm tổ chức tập huấn, bồi dưỡng và báo cáo kết quả Chỉ tiêu 2 (Mục tiêu 6).",
    "3. Phòng Kinh tế, Hạ tầng và Đô thị",
    "\t- Lồng ghép bình đẳng giới trong các chương trình phát triển kinh tế, hỗ trợ hộ kinh doanh, "
    "chuyển đổi số; tham mưu bố trí kinh phí thực hiện Kế hoạch.",
    "\t- Chủ trì theo dõi, báo cáo chỉ tiêu của Mục tiêu 2.",
    "4. Trạm Y tế phường",
    "\t- Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi "
    "sinh; tư vấn sức khỏe vị thành niên, thanh niên tại trường học và cộng đồng.",
    "\t- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
    "5. Công an phường",
    "\t- Chủ trì công tác phòng, chống mua bán người trên địa bàn; tiếp nhận, xác minh, bàn giao "
    "nạn nhân bị mua bán trở về; theo dõi, báo cáo Chỉ tiêu 2 (Mục tiêu 3).",
    "\t- Phối hợp xử lý các vụ bạo lực gia đình, cung cấp số liệu phục vụ theo dõi Chỉ tiêu 1 (Mục "
    "tiêu 3).",
    "6. Trung tâm Cung ứng dịch vụ công phường",
    "\t- Phối hợp thực hiện Chỉ tiêu 1 (Mục tiêu 6): xây dựng, phát sóng các tin, bài về bình đẳng "
    "giới trên hệ thống truyền thanh của phường.",
    "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội",
    "\t- Ủy ban Mặt trận Tổ quốc Việt Nam phường: tham gia giám sát, phản biện xã hội việc thực hiện "
    'Kế hoạch; lồng ghép nội dung bình đẳng giới trong cuộc vận động "Toàn dân đoàn kết xây dựng '
    'nông thôn mới, đô thị văn minh".',
    "\t- Hội Liên hiệp Phụ nữ phường: phối hợp thực hiện chỉ tiêu thuộc Mục tiêu 2 và Chỉ tiêu 1 "
    "(Mục tiêu 3); giới thiệu cán bộ nữ ưu tú để quy hoạch, đào tạo; duy trì các địa chỉ tin cậy.",
    "\t- Đoàn Thanh niên phường: phối hợp với Trạm Y tế phường thực hiện Chỉ tiêu 2 (Mục tiêu 4) "
    "thông qua các hoạt động tư vấn, truyền thông cho đoàn viên, thanh thiếu niên.",
    "\t- Hội Cựu chiến binh, Hội Nông dân phường: tuyên truyền hội viên nam giới chia sẻ công việc "
    "gia đình, không sử dụng bạo lực.",
    "\t- Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn: lồng ghép nội dung giới, bình "
    "đẳng giới trong các hoạt động giáo dục; xây dựng môi trường học đường an toàn, phòng, chống "
    "bạo lực học đường, xâm hại tình dục trẻ em.",
    "8. Các tổ dân phố, buôn",
    "\tTổ chức tuyên truyền, vận động Nhân dân thực hiện Kế hoạch; nắm tình hình, kịp thời báo tin "
    "các vụ việc bạo lực gia đình về Công an phường và Phòng Văn hóa - Xã hội.",
    "9. Xây dựng kế hoạch và chế độ báo cáo",
    "\ta) Căn cứ Kế hoạch này, các phòng, đơn vị, đoàn thể phường xây dựng kế hoạch thực hiện của "
    "đơn vị, gửi về Phòng Văn hóa - Xã hội trước ngày 31/3/2026.",
    "\tb) Báo cáo định kỳ: Các phòng, đơn vị, tổ dân phố, buôn gửi báo cáo 6 tháng về UBND phường "
    "(qua Phòng Văn hóa - Xã hội) trước ngày 05/6 hằng năm, báo cáo năm trước 25/11 hằng năm. Phòng "
    "Văn hóa - Xã hội tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày "
    "10/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm) hằng năm.",
    "\tc) Sơ kết giữa kỳ: Năm 2028, các phòng, đơn vị gửi báo cáo sơ kết 03 năm thực hiện Kế hoạch "
    "về Phòng Văn hóa - Xã hội trước ngày 15/8/2028; UBND phường tổng hợp, báo cáo Sở Nội vụ trước "
    "ngày 30/8/2028.",
    "\td) Tổng kết: Các phòng, đơn vị gửi báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026-2030 "
    "trước ngày 15/9/2030; UBND phường báo cáo Sở Nội vụ trước ngày 30/9/2030.",
    "\tđ) Báo cáo đột xuất: thực hiện khi có yêu cầu của cấp trên.",
    "\tTrên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên "
    "địa bàn phường Tân An Thịnh. Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các phòng, "
    "đơn vị phản ánh về Phòng Văn hóa - Xã hội để tổng hợp, báo cáo UBND phường xem xét, điều chỉnh "
    "cho phù hợp./.",
    "Nơi nhận:\t\tTM. ỦY BAN NHÂN DÂN",
    "- Sở Nội vụ tỉnh Đắk Lắk;\t\tCHỦ TỊCH",
    "- TT Đảng ủy, TT HĐND phường;",
    "- CT, các PCT UBND phường;",
    "- UBMTTQVN và các đoàn thể phường;",
    "- Các phòng, đơn vị thuộc UBND phường;",
    "- Các tổ dân phố, buôn;",
    "- Lưu: VT, VHXH.\t\tY Thanh Niê",
]

B_EXPECTED = {
    "format": "gem.plan/1",
    "title": B_TITLE,
    "issuer": "UBND phường Tân An Thịnh",
    "level": "commune",
    "area": "Tân An Thịnh",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
        "bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 215/KH-UBND ngày 09/02/2026 của UBND tỉnh Đắk Lắk về thực hiện Chiến lược "
        "quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh",
    ],
    "parent": B_PARENT,
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [
                IND("1.1", B11, T(60, "%", ">=", 2030)),
                IND("1.2", B12, T(35, "%", ">=", 2028), T(40, "%", ">=", 2030)),
            ],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [IND("2.1", B21, T(50, "%", ">=", 2030))],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                IND(
                    "3.1",
                    B31,
                    T(95, "%", ">=", 2030, label="người bị bạo lực"),
                    T(90, "%", ">=", 2030, label="người gây bạo lực"),
                ),
                IND("3.2", B32, T(100, "%", ">=", 2030)),
                IND("3.3", B33, T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                IND("4.1", B41, T(109, "boys_per_100_girls", "<", 2030)),
                IND("4.2", B42, T(15, "per_1000_women", "<=", 2030, baseline=20)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [IND("5.1", B51, T(None, "bool", "=", 2027))],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                IND("6.1", B61, T(2, "items_per_quarter", ">=", 2030)),
                IND("6.2", B62, T(90, "%", ">=", 2030)),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.1", "3.3", "5.1", "6.1"),
        A("Văn phòng HĐND và UBND", "lead", "1.1", "1.2", "6.2"),
        A("Phòng Kinh tế, Hạ tầng và Đô thị", "lead", "2.1"),
        A("Trạm Y tế phường", "lead", "4.1", "4.2"),
        A("Công an phường", "lead", "3.2"),
        A("Công an phường", "support", "3.1"),
        A("Trung tâm Cung ứng dịch vụ công phường", "support", "6.1"),
        A("Hội Liên hiệp Phụ nữ phường", "support", "2.1", "3.1"),
        A("Đoàn Thanh niên phường", "support", "4.2"),
    ],
    "reporting": [
        R("plan", "units", "2026-03-31"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "11-25"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "consolidator", "12-05"),
        R("midterm", "units", "2028-08-15"),
        R("midterm", "consolidator", "2028-08-30"),
        R("final", "units", "2030-09-15"),
        R("final", "consolidator", "2030-09-30"),
    ],
}

PLAN_B = {
    "name": "phuong-tan-an-thinh-dak-lak-2026-2030",
    "ext": "txt",
    "blocks": ["\n".join(B_LINES)],
    "expected": B_EXPECTED,
}


# ---------------------------------------------------------------------------------------------
# Plan 3: xã Kim Bình Sơn, tỉnh Tuyên Quang — annual plan 2027, Word document with the header
# table and a budget table.
# ---------------------------------------------------------------------------------------------

C_TITLE = (
    "Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn xã "
    "Kim Bình Sơn"
)
C_PARENT = "Kế hoạch số 57/KH-UBND ngày 26/02/2027 của UBND tỉnh Tuyên Quang"

C11 = (
    "Tỷ lệ nữ cán bộ, công chức xã được cử đi đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý "
    "luận chính trị trong năm đạt từ 40% trở lên."
)
C31 = "Giảm tỷ lệ tảo hôn trên địa bàn xã xuống dưới 3% tổng số cặp kết hôn trong năm."
C32 = (
    "100% người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch "
    "vụ hỗ trợ cơ bản."
)
C41 = "Tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có nhân viên y tế đỡ đạt trên 95%."
C42 = "Tỷ số giới tính khi sinh ở mức 108 bé trai/100 bé gái sinh ra sống."
C51 = (
    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số trong độ tuổi hoàn thành chương trình "
    "tiểu học đạt 99%; tỷ lệ hoàn thành chương trình trung học cơ sở đạt 95%."
)
C61 = (
    "Hệ thống truyền thanh xã mỗi tháng có ít nhất 01 tin, bài về bình đẳng giới bằng tiếng "
    "Việt và tiếng Tày."
)
C62 = (
    "100% thôn tổ chức ít nhất 01 buổi sinh hoạt cộng đồng về bình đẳng giới, phòng, chống "
    "bạo lực gia đình trong Tháng hành động vì bình đẳng giới."
)
C63 = (
    "Tổ chức ít nhất 03 hội nghị, lớp tập huấn về bình đẳng giới, phòng, chống tảo hôn và hôn "
    "nhân cận huyết thống."
)

C_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "XÃ KIM BÌNH SƠN", "-------", "Số: 45/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "Kim Bình Sơn, ngày 20 tháng 3 năm 2027",
        ],
    ),
    "**KẾ HOẠCH**",
    "**" + C_TITLE + "**",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
    "bình đẳng giới giai đoạn 2021-2030; Nghị quyết Đại hội đại biểu Đảng bộ xã Kim Bình Sơn lần "
    "thứ I, nhiệm kỳ 2025-2030; Thực hiện Kế hoạch số 57/KH-UBND ngày 26/02/2027 của UBND tỉnh "
    "Tuyên Quang về triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027;",
    "Ủy ban nhân dân xã Kim Bình Sơn ban hành Kế hoạch triển khai công tác bình đẳng giới và vì sự "
    "tiến bộ của phụ nữ năm 2027 trên địa bàn xã, như sau:",
    "**I. KẾT QUẢ NĂM 2026**",
    "Năm 2026, UBND xã đã ban hành kế hoạch và các văn bản chỉ đạo triển khai công tác bình đẳng "
    "giới; tổ chức 02 hội nghị tuyên truyền tại trung tâm xã và 17 buổi sinh hoạt tại thôn; phát 14 "
    "tin, bài trên hệ thống truyền thanh. Tỷ lệ nữ cán bộ, công chức được cử đi đào tạo, bồi dưỡng "
    "đạt 37,5%. Trên địa bàn xã xảy ra 05 trường hợp tảo hôn (chiếm 4,1% số cặp kết hôn), 03 vụ bạo "
    "lực gia đình, 100% người bị bạo lực được hỗ trợ.",
    "Hạn chế: tình trạng tảo hôn, hôn nhân cận huyết thống chưa được đẩy lùi ở một số thôn vùng "
    "sâu; một bộ phận người dân còn tư tưởng trọng nam khinh nữ; công tác thống kê, báo cáo có lúc "
    "chưa kịp thời; cán bộ làm công tác bình đẳng giới kiêm nhiệm, chưa được tập huấn chuyên sâu.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "1. Triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu về bình đẳng giới năm 2027 theo chỉ "
    "đạo của UBND tỉnh, phù hợp với đặc điểm của xã vùng cao có đông đồng bào dân tộc Tày, Dao, "
    "Mông sinh sống; góp phần hoàn thành các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới "
    "trên địa bàn.",
    "2. Nâng cao nhận thức, thay đổi hành vi của cán bộ và Nhân dân về bình đẳng giới; tập trung "
    "giải quyết các vấn đề bức xúc như tảo hôn, hôn nhân cận huyết thống, bạo lực gia đình, định "
    "kiến giới trong phân công lao động.",
    "3. Các phòng, đơn vị, các thôn xác định rõ nhiệm vụ, chủ động phối hợp; thực hiện báo cáo "
    "đầy đủ, đúng hạn, số liệu có tách biệt giới.",
    "4. Tăng cường sự phối hợp giữa chính quyền với Mặt trận Tổ quốc, các đoàn thể và các trường "
    "học trên địa bàn; huy động sự tham gia của già làng, trưởng dòng họ, người có uy tín trong cộng "
    "đồng các dân tộc vào việc xóa bỏ hủ tục, xây dựng gia đình no ấm, tiến bộ, hạnh phúc.",
    '5. Gắn thực hiện Kế hoạch với các phong trào thi đua của xã như "Toàn dân đoàn kết xây dựng '
    'đời sống văn hóa", "Xây dựng gia đình 5 không, 3 sạch"; lồng ghép với các hoạt động của Dự '
    "án 8 để tránh trùng lặp, lãng phí nguồn lực.",
    "6. Kết quả thực hiện Kế hoạch là một trong những căn cứ để đánh giá mức độ hoàn thành nhiệm vụ "
    "năm 2027 của các phòng, đơn vị, các thôn và của người đứng đầu.",
    "**III. MỤC TIÊU, CHỈ TIÊU**",
    "**1. Mục tiêu chung**",
    "Thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ, nhất là phụ nữ dân tộc thiểu số; tạo "
    "điều kiện để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực chính trị, "
    "kinh tế, văn hóa, xã hội và gia đình.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "*a) Mục tiêu 1: Trong lĩnh vực chính trị*",
    "Chỉ tiêu: " + C11,
    "*b) Mục tiêu 2: Trong lĩnh vực kinh tế, lao động*",
    "Hỗ trợ phụ nữ, nhất là phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ dân tộc thiểu số tiếp cận "
    "nguồn vốn vay ưu đãi, chuyển giao khoa học kỹ thuật, phát triển kinh tế rừng, chăn nuôi đại "
    "gia súc và du lịch cộng đồng.",
    "*c) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới*",
    "- Chỉ tiêu 1: " + C31,
    "- Chỉ tiêu 2: " + C32,
    "*d) Mục tiêu 4: Trong lĩnh vực y tế*",
    "- Chỉ tiêu 1: " + C41,
    "- Chỉ tiêu 2: " + C42,
    "*đ) Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo*",
    "Chỉ tiêu: " + C51,
    "*e) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông*",
    "- Chỉ tiêu 1: " + C61,
    "- Chỉ tiêu 2: " + C62,
    "- Chỉ tiêu 3: " + C63,
    "**IV. NHIỆM VỤ TRỌNG TÂM**",
    "**1. Công tác chỉ đạo, điều hành**",
    "- Quán triệt, triển khai Kế hoạch của UBND tỉnh và Kế hoạch này đến cán bộ, công chức, các "
    "thôn; đưa nội dung bình đẳng giới vào chương trình công tác năm 2027 của UBND xã và của các "
    "phòng, đơn vị.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã; phân công thành viên phụ trách các thôn; duy trì "
    "giao ban 6 tháng một lần để đánh giá tiến độ thực hiện các chỉ tiêu.",
    "- Gắn việc thực hiện Kế hoạch với Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ "
    "xã; đưa kết quả thực hiện các chỉ tiêu bình đẳng giới vào đánh giá, xếp loại thi đua cuối năm "
    "của các phòng, đơn vị và các thôn.",
    "- Phân công lãnh đạo UBND xã phụ trách từng cụm thôn, trực tiếp kiểm tra, đôn đốc việc tổ chức "
    "các buổi sinh hoạt cộng đồng, việc nắm bắt, can thiệp các trường hợp có nguy cơ tảo hôn.",
    "**2. Tuyên truyền, nâng cao nhận thức**",
    "- Tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình, Luật Hôn nhân và gia "
    "đình qua hệ thống truyền thanh, các buổi họp thôn, chợ phiên, sinh hoạt câu lạc bộ; biên soạn "
    "tài liệu tuyên truyền song ngữ phù hợp với đồng bào dân tộc thiểu số.",
    "- Tổ chức 01 hội thi tìm hiểu pháp luật về bình đẳng giới và hôn nhân gia đình nhân ngày Gia "
    "đình Việt Nam 28/6/2027; tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và "
    "phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2027.",
    "- Phát huy vai trò của già làng, trưởng bản, người có uy tín, thầy mo, thầy cúng trong vận "
    "động xóa bỏ hủ tục, phong tục lạc hậu.",
    "**3. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới; phòng, chống tảo hôn**",
    '- Duy trì hoạt động của các mô hình "Địa chỉ tin cậy tại cộng đồng", "Câu lạc bộ thủ lĩnh '
    'của sự thay đổi" trong trường học; rà soát, nắm chắc các trường hợp có nguy cơ tảo hôn để '
    "can thiệp sớm.",
    "- Tăng cường kiểm tra việc đăng ký kết hôn; xử lý nghiêm các trường hợp vi phạm theo quy định.",
    "- Xây dựng quy trình phối hợp giữa Công an xã, Trạm Y tế xã, Hội Liên hiệp Phụ nữ xã và trưởng "
    "thôn trong tiếp nhận, xử lý tin báo về bạo lực gia đình; bảo đảm giữ bí mật thông tin và an "
    "toàn cho người bị bạo lực, người báo tin.",
    "- Bố trí nơi tạm lánh tại trụ sở UBND xã hoặc nhà văn hóa thôn khi cần thiết; kết nối người bị "
    "bạo lực với các dịch vụ trợ giúp pháp lý, tư vấn tâm lý, chăm sóc y tế của tỉnh.",
    "**4. Y tế, chăm sóc sức khỏe sinh sản**",
    "- Nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em; vận động phụ nữ mang thai khám thai "
    "định kỳ và sinh con tại cơ sở y tế; tư vấn tiền hôn nhân cho nam, nữ thanh niên.",
    "- Tổ chức khám sức khỏe sinh sản lưu động cho phụ nữ tại các thôn vùng sâu, vùng xa; truyền "
    "thông về tác hại của tảo hôn, hôn nhân cận huyết thống đối với sức khỏe bà mẹ và chất lượng "
    "giống nòi.",
    "**5. Giáo dục, đào tạo**",
    "- Phối hợp với các trường trên địa bàn duy trì sĩ số, vận động học sinh bỏ học trở lại "
    "trường; quan tâm hỗ trợ học sinh nữ dân tộc Mông, Dao ở các thôn vùng sâu.",
    "- Tổ chức các hoạt động ngoại khóa, sinh hoạt chuyên đề về giới, bình đẳng giới, kỹ năng sống "
    "cho học sinh trung học cơ sở; phát huy vai trò của giáo viên chủ nhiệm trong phát hiện sớm các "
    "trường hợp học sinh có nguy cơ bỏ học để kết hôn.",
    "**6. Kiểm tra, giám sát**",
    "- Lồng ghép kiểm tra công tác bình đẳng giới trong các đợt kiểm tra văn hóa - xã hội tại "
    "thôn; kịp thời chấn chỉnh các tồn tại, hạn chế.",
    "**7. Nâng cao năng lực đội ngũ làm công tác bình đẳng giới**",
    "- Cử công chức Phòng Văn hóa - Xã hội, thành viên Ban Vì sự tiến bộ của phụ nữ xã tham gia "
    "các lớp tập huấn do tỉnh tổ chức; bồi dưỡng kỹ năng thu thập, tổng hợp số liệu thống kê có "
    "tách biệt giới, kỹ năng lồng ghép giới trong xây dựng kế hoạch, kỹ năng tư vấn, hỗ trợ người bị "
    "bạo lực.",
    "- Hướng dẫn trưởng thôn, chi hội trưởng phụ nữ ghi chép sổ theo dõi các trường hợp tảo hôn, "
    "bạo lực gia đình, phụ nữ mang thai, trẻ em bỏ học tại thôn để phục vụ báo cáo định kỳ.",
    "- Ứng dụng phần mềm, nhóm Zalo trong trao đổi thông tin, tiếp nhận phản ánh của người dân về "
    "các vụ việc bạo lực gia đình, xâm hại phụ nữ và trẻ em.",
    "**8. Hỗ trợ phụ nữ phát triển kinh tế, nâng cao đời sống**",
    "- Lồng ghép nguồn vốn của Dự án 8 và các chương trình mục tiêu quốc gia để hỗ trợ phụ nữ phát "
    "triển sinh kế: trồng quế, chè Shan tuyết, chăn nuôi lợn đen, dệt thổ cẩm, làm homestay; ưu tiên "
    "phụ nữ thuộc hộ nghèo, phụ nữ đơn thân, phụ nữ khuyết tật.",
    "- Phối hợp với Ngân hàng Chính sách xã hội tổ chức giải ngân, quản lý tốt các nguồn vốn vay qua "
    "tổ tiết kiệm và vay vốn do Hội Liên hiệp Phụ nữ xã ủy thác; tổ chức các buổi chia sẻ kinh nghiệm "
    "làm kinh tế giỏi giữa các hội viên.",
    "- Tư vấn, giới thiệu việc làm, xuất khẩu lao động an toàn cho lao động nữ; tuyên truyền cảnh "
    "giác với thủ đoạn lừa đảo, mua bán người qua biên giới và trên không gian mạng.",
    "**9. Thi đua, khen thưởng**",
    "- Lồng ghép tiêu chí thực hiện bình đẳng giới trong bình xét danh hiệu gia đình văn hóa, thôn "
    "văn hóa; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu trong công "
    "tác bình đẳng giới, phòng, chống tảo hôn và hôn nhân cận huyết thống.",
    "**10. Sơ kết, đánh giá**",
    "- Tổ chức giao ban 6 tháng, đánh giá kết quả thực hiện các chỉ tiêu, kịp thời điều chỉnh biện "
    "pháp đối với những chỉ tiêu có nguy cơ không đạt; cuối năm tổ chức tổng kết, đánh giá kết quả "
    "thực hiện Kế hoạch năm 2027, đề xuất nhiệm vụ năm 2028 phù hợp với tình hình thực tế của xã.",
    "- Tiếp thu ý kiến phản ánh của Nhân dân, các đoàn thể để hoàn thiện các giải pháp về bình đẳng "
    "giới, nhất là giải pháp phòng, chống tảo hôn, hôn nhân cận huyết thống ở các thôn vùng sâu, "
    "vùng xa, thôn có đông đồng bào Mông, Dao sinh sống.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện từ nguồn ngân sách xã năm 2027, nguồn Dự án 8 thuộc Chương trình mục tiêu "
    "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các nguồn "
    "hợp pháp khác. Dự kiến một số nội dung chi chủ yếu như sau:",
    (
        "table",
        [
            ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Kinh phí dự kiến (đồng)"],
            [
                "1",
                "Hội nghị, lớp tập huấn về bình đẳng giới, phòng chống tảo hôn (03 lớp)",
                "Phòng Văn hóa - Xã hội",
                "Quý II - Quý III",
                "24.000.000",
            ],
            [
                "2",
                "Hội thi tìm hiểu pháp luật về bình đẳng giới",
                "Hội Liên hiệp Phụ nữ xã",
                "Tháng 6",
                "15.000.000",
            ],
            [
                "3",
                "Biên soạn, in tờ rơi song ngữ (2.000 tờ)",
                "Văn phòng HĐND và UBND",
                "Quý II",
                "8.000.000",
            ],
            [
                "4",
                "Hoạt động Tháng hành động vì bình đẳng giới",
                "Phòng Văn hóa - Xã hội",
                "15/11 - 15/12",
                "10.000.000",
            ],
            ["", "Tổng cộng", "", "", "57.000.000"],
        ],
        [(5, 0, 5, 1)],
    ),
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Văn hóa - Xã hội**",
    "- Tham mưu UBND xã triển khai, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; là đầu mối phối "
    "hợp với các đơn vị tổ chức các hoạt động truyền thông, hội nghị, tập huấn.",
    "- Theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 3 và Mục tiêu 5; Chỉ tiêu 2, Chỉ "
    "tiêu 3 của Mục tiêu 6.",
    "- Tổng hợp báo cáo kết quả thực hiện Kế hoạch của xã theo quy định tại Mục VII.",
    "**2. Văn phòng HĐND và UBND**",
    "- Tham mưu thực hiện công tác cán bộ nữ, cử cán bộ, công chức nữ đi đào tạo, bồi dưỡng; theo "
    "dõi, báo cáo chỉ tiêu Mục tiêu 1.",
    "- Quản lý hệ thống truyền thanh xã; chịu trách nhiệm thực hiện và báo cáo Chỉ tiêu 1 của Mục "
    "tiêu 6.",
    "- Bảo đảm cơ sở vật chất, hội trường, trang thiết bị phục vụ các hoạt động của Kế hoạch tại "
    "trung tâm xã; đăng tải Kế hoạch và các văn bản liên quan trên trang thông tin điện tử của xã.",
    "**3. Phòng Kinh tế**",
    "- Lồng ghép nội dung bình đẳng giới trong các dự án hỗ trợ phát triển sản xuất, đa dạng hóa "
    "sinh kế, phát triển du lịch cộng đồng; ưu tiên các hộ do phụ nữ làm chủ hộ.",
    "- Phối hợp với Hội Liên hiệp Phụ nữ xã lựa chọn, đề xuất các mô hình sinh kế có sự tham gia "
    "của phụ nữ để hỗ trợ từ nguồn vốn các chương trình mục tiêu quốc gia.",
    "**4. Trạm Y tế xã**",
    "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
    "- Phối hợp thực hiện Chỉ tiêu 1 của Mục tiêu 3 thông qua tư vấn tiền hôn nhân, chăm sóc sức "
    "khỏe sinh sản vị thành niên.",
    "**5. Công an xã**",
    "- Nắm chắc tình hình an ninh trật tự, kịp thời phát hiện, ngăn chặn, xử lý các hành vi bạo lực "
    "gia đình, mua bán người, xâm hại trẻ em; phối hợp thực hiện Chỉ tiêu 2 của Mục tiêu 3.",
    "- Tổ chức tuyên truyền phòng, chống mua bán người, xuất cảnh trái phép tại các thôn giáp "
    "biên; tiếp nhận, xác minh tin báo về các vụ việc bạo lực gia đình, xâm hại trẻ em.",
    "**6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể**",
    "- Hội Liên hiệp Phụ nữ xã: phối hợp thực hiện Chỉ tiêu 1 của Mục tiêu 3 và Chỉ tiêu 2 của Mục "
    "tiêu 6; chủ trì tổ chức Hội thi tìm hiểu pháp luật về bình đẳng giới.",
    "- Đoàn Thanh niên xã: phối hợp vận động học sinh, thanh thiếu niên đi học đầy đủ, góp phần "
    "thực hiện chỉ tiêu của Mục tiêu 5.",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Cựu chiến binh xã: tuyên truyền, vận "
    "động hội viên thực hiện bình đẳng giới; giám sát việc thực hiện Kế hoạch.",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với Ban Công tác Mặt trận các thôn đưa nội dung "
    "không tảo hôn, không bạo lực gia đình vào hương ước, quy ước của thôn; vận động người có uy "
    "tín, già làng, trưởng dòng họ cam kết thực hiện.",
    "- Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn xã: duy trì sĩ số học sinh, tổ "
    "chức các hoạt động giáo dục kỹ năng sống, giáo dục giới tính phù hợp lứa tuổi; phối hợp với "
    "cha mẹ học sinh và trưởng thôn vận động học sinh nghỉ học dài ngày trở lại lớp.",
    "**7. Các thôn**",
    "- Trưởng thôn chủ trì tổ chức buổi sinh hoạt cộng đồng tại thôn, nắm bắt các trường hợp có "
    "nguy cơ tảo hôn, bạo lực gia đình và thông tin kịp thời cho UBND xã.",
    "**VII. CHẾ ĐỘ BÁO CÁO**",
    "1. Các phòng, đơn vị, các thôn báo cáo kết quả thực hiện (có số liệu tách biệt giới) gửi về "
    "Phòng Văn hóa - Xã hội: báo cáo 6 tháng trước ngày 08/6/2027; báo cáo năm trước ngày "
    "20/11/2027.",
    "2. Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo Sở Nội vụ tỉnh Tuyên Quang chậm "
    "nhất ngày 12/6 đối với báo cáo 6 tháng và chậm nhất ngày 05/12 đối với báo cáo năm.",
    "3. Thực hiện báo cáo đột xuất khi có yêu cầu.",
    "Trên đây là Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 "
    "trên địa bàn xã Kim Bình Sơn; yêu cầu các phòng, đơn vị, các thôn triển khai thực hiện./.",
    "*Nơi nhận:*",
    "- Sở Nội vụ tỉnh (b/c);",
    "- TT Đảng ủy xã (b/c);",
    "- TT HĐND xã;",
    "- CT, PCT UBND xã;",
    "- MTTQ và các đoàn thể xã;",
    "- Các phòng, đơn vị; các thôn;",
    "- Lưu: VT.",
    "**TM. ỦY BAN NHÂN DÂN**",
    "**CHỦ TỊCH**",
    "Ma Văn Thắng",
]

C_EXPECTED = {
    "format": "gem.plan/1",
    "title": C_TITLE,
    "issuer": "UBND xã Kim Bình Sơn",
    "level": "commune",
    "area": "Kim Bình Sơn",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về "
        "bình đẳng giới giai đoạn 2021-2030",
        "Nghị quyết Đại hội đại biểu Đảng bộ xã Kim Bình Sơn lần thứ I, nhiệm kỳ 2025-2030",
        "Kế hoạch số 57/KH-UBND ngày 26/02/2027 của UBND tỉnh Tuyên Quang về triển khai công tác "
        "bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027",
    ],
    "parent": C_PARENT,
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [IND("1.1", C11, T(40, "%", ">=", 2027))],
        },
        {"code": "2", "title": "Trong lĩnh vực kinh tế, lao động", "indicators": []},
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                IND("3.1", C31, T(3, "%", "<", 2027)),
                IND("3.2", C32, T(100, "%", ">=", 2027)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                IND("4.1", C41, T(95, "%", ">", 2027)),
                IND("4.2", C42, T(108, "boys_per_100_girls", "=", 2027)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                IND(
                    "5.1",
                    C51,
                    T(99, "%", ">=", 2027, label="tiểu học"),
                    T(95, "%", ">=", 2027, label="trung học cơ sở"),
                )
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                IND("6.1", C61, T(1, "items_per_month", ">=", 2027)),
                IND("6.2", C62, T(100, "%", ">=", 2027)),
                IND("6.3", C63, T(3, "count", ">=", 2027)),
            ],
        },
    ],
    "assignments": [
        A("Phòng Văn hóa - Xã hội", "lead", "3.1", "3.2", "5.1", "6.2", "6.3"),
        A("Văn phòng HĐND và UBND", "lead", "1.1", "6.1"),
        A("Trạm Y tế xã", "lead", "4.1", "4.2"),
        A("Trạm Y tế xã", "support", "3.1"),
        A("Công an xã", "support", "3.2"),
        A("Hội Liên hiệp Phụ nữ xã", "support", "3.1", "6.2"),
        A("Đoàn Thanh niên xã", "support", "5.1"),
    ],
    "reporting": [
        R("semiannual", "units", "06-08"),
        R("annual", "units", "11-20"),
        R("semiannual", "consolidator", "06-12"),
        R("annual", "consolidator", "12-05"),
    ],
}

PLAN_C = {
    "name": "xa-kim-binh-son-tuyen-quang-2027",
    "ext": "docx",
    "blocks": C_BLOCKS,
    "expected": C_EXPECTED,
}

PLANS = [PLAN_A, PLAN_B, PLAN_C]
