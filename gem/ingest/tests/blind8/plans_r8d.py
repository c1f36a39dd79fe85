"""Blind test plans r8d: three province annual plans (Hà Tĩnh 2026 .md, Đắk Lắk 2027 .pdf, Tuyên Quang 2026 .docx).

Extra block kinds used only by make_plans_r8d.py's own .docx writer (plan r8d-tuyen-quang-2026):
("li", style, text) a paragraph in a Word list style ("List Number" / "List Bullet", Word's automatic
numbering: the number or bullet is not part of the text).
"""


def t(value, unit, comp, year, baseline=None, label=None):
    return {
        "value": value,
        "unit": unit,
        "comparator": comp,
        "year": year,
        "baseline": baseline,
        "label": label,
    }


def ind(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


# ---------------------------------------------------------------------------------------------
# Plan 1: Hà Tĩnh 2026 (.md) - "Mục tiêu N:" then "- Chỉ tiêu N:", bold numbered agencies,
# reporting regime in its own section.
# ---------------------------------------------------------------------------------------------
HT = {}
HT["1.1"] = (
    "Phấn đấu năm 2026 đạt 62% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ và đạt 75% vào năm 2030."
)
HT["2.1"] = "Tỷ lệ lao động nữ làm công hưởng lương trong tổng số lao động nữ có việc làm đạt 53%."
HT["2.2"] = (
    "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống còn 29%."
)
HT["2.3"] = "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 27%."
HT["3.1"] = (
    "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới giảm còn 1,65 lần."
)
HT["3.2"] = (
    "85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 60% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."
)
HT["3.3"] = (
    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng."
)
HT["3.4"] = (
    "Duy trì 100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
)
HT["4.1"] = "Tỷ số giới tính khi sinh không vượt quá 111 bé trai/100 bé gái sinh ra sống."
HT["4.2"] = "Tỷ lệ tử vong bà mẹ liên quan đến thai sản duy trì dưới 40/100.000 trẻ đẻ ra sống."
HT["4.3"] = (
    "Tỷ suất sinh ở vị thành niên giảm từ 19,5 ca sinh/1.000 phụ nữ (năm 2025) xuống còn 18 ca sinh/1.000 phụ nữ."
)
HT["5.1"] = (
    "Nội dung về giới, bình đẳng giới tiếp tục được đưa vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh và được giảng dạy chính thức ở trường sư phạm."
)
HT["5.2"] = (
    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 97%, hoàn thành cấp trung học cơ sở đạt 92,5%."
)
HT["5.3"] = (
    "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt từ 36% trở lên."
)
HT["5.4"] = (
    "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 27%."
)
HT["6.1"] = "Phấn đấu 70% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới."
HT["6.2"] = (
    "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới."
)
HT["6.3"] = (
    "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở."
)
HT["6.4"] = (
    "Báo và Phát thanh, Truyền hình Hà Tĩnh mỗi tháng có ít nhất 02 tin, bài, phóng sự về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới."
)

ha_tinh_blocks = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 186/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "*Hà Tĩnh, ngày 09 tháng 6 năm 2026*",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh năm 2026**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
    "Thực hiện Kế hoạch số 97/KH-UBND ngày 24/4/2026 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Hà Tĩnh giai đoạn 2026-2030;",
    "Theo đề nghị của Sở Nội vụ tại Tờ trình số 1024/TTr-SNV ngày 02/6/2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2026, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch số 97/KH-UBND ngày 24/4/2026 của UBND tỉnh trong năm 2026 - năm đầu triển khai giai đoạn 2026-2030; làm căn cứ để các sở, ban, ngành, địa phương xây dựng kế hoạch và bố trí nguồn lực thực hiện.",
    "- Nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong việc thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ; từng bước thu hẹp khoảng cách giới trong các lĩnh vực của đời sống xã hội trên địa bàn tỉnh.",
    "- Tăng cường hiệu lực, hiệu quả quản lý nhà nước về bình đẳng giới trong bối cảnh vận hành mô hình chính quyền địa phương hai cấp; gắn công tác bình đẳng giới với chuyển đổi số và cải cách hành chính.",
    "**2. Yêu cầu**",
    "- Các nhiệm vụ phải được triển khai đồng bộ, thiết thực, có trọng tâm, trọng điểm; phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành.",
    "- Các cơ quan, đơn vị được giao theo dõi chỉ tiêu phải thu thập số liệu đầy đủ, có sự tách biệt giới, bảo đảm thống nhất với Bộ chỉ tiêu thống kê phát triển giới của quốc gia; định kỳ đánh giá, báo cáo kết quả đúng thời hạn.",
    "- Huy động sự tham gia của cả hệ thống chính trị và của Nhân dân, nhất là nam giới, trẻ em trai trong thực hiện bình đẳng giới tại gia đình và cộng đồng.",
    "**II. MỤC TIÊU, CHỈ TIÊU NĂM 2026**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; phấn đấu hoàn thành các chỉ tiêu năm 2026, tạo tiền đề thực hiện thắng lợi mục tiêu của Kế hoạch giai đoạn 2026-2030, góp phần vào sự phát triển nhanh và bền vững của tỉnh Hà Tĩnh.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "*Mục tiêu 1: Trong lĩnh vực chính trị*",
    "- Chỉ tiêu: " + HT["1.1"],
    "*Mục tiêu 2: Trong lĩnh vực kinh tế, lao động*",
    "- Chỉ tiêu 1: " + HT["2.1"],
    "- Chỉ tiêu 2: " + HT["2.2"],
    "- Chỉ tiêu 3: " + HT["2.3"],
    "*Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới*",
    "- Chỉ tiêu 1: " + HT["3.1"],
    "- Chỉ tiêu 2: " + HT["3.2"],
    "- Chỉ tiêu 3: " + HT["3.3"],
    "- Chỉ tiêu 4: " + HT["3.4"],
    "*Mục tiêu 4: Trong lĩnh vực y tế*",
    "- Chỉ tiêu 1: " + HT["4.1"],
    "- Chỉ tiêu 2: " + HT["4.2"],
    "- Chỉ tiêu 3: " + HT["4.3"],
    "*Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo*",
    "- Chỉ tiêu 1: " + HT["5.1"],
    "- Chỉ tiêu 2: " + HT["5.2"],
    "- Chỉ tiêu 3: " + HT["5.3"],
    "- Chỉ tiêu 4: " + HT["5.4"],
    "*Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông*",
    "- Chỉ tiêu 1: " + HT["6.1"],
    "- Chỉ tiêu 2: " + HT["6.2"],
    "- Chỉ tiêu 3: " + HT["6.3"],
    "- Chỉ tiêu 4: " + HT["6.4"],
    "**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo; hoàn thiện thể chế, chính sách về bình đẳng giới**",
    "- Quán triệt, triển khai đầy đủ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới đến cán bộ, đảng viên và Nhân dân; đưa mục tiêu bình đẳng giới vào chương trình công tác năm 2026 của các sở, ban, ngành và UBND các xã, phường.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển kinh tế - xã hội; nâng cao chất lượng đánh giá tác động giới của chính sách trong quá trình soạn thảo văn bản trình HĐND, UBND tỉnh.",
    "- Đề cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc thực hiện các biện pháp thúc đẩy bình đẳng giới; đưa kết quả thực hiện công tác bình đẳng giới vào tiêu chí đánh giá, xếp loại thi đua hằng năm.",
    "**2. Thúc đẩy sự tham gia của phụ nữ trong lĩnh vực chính trị**",
    "- Rà soát, bổ sung quy hoạch cán bộ nữ; chú trọng đào tạo, bồi dưỡng, luân chuyển cán bộ nữ trẻ, cán bộ nữ là người dân tộc thiểu số; ưu tiên bố trí cán bộ nữ ở các cơ quan, đơn vị có từ 30% trở lên nữ cán bộ, công chức nhưng chưa có lãnh đạo chủ chốt là nữ.",
    "- Tiếp tục triển khai Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách; theo dõi, đánh giá tỷ lệ nữ sau kiện toàn tổ chức bộ máy và sau bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031.",
    "**3. Nâng cao vị thế kinh tế của phụ nữ**",
    "- Hỗ trợ lao động nữ nông thôn, lao động nữ vùng bãi ngang, ven biển chuyển đổi nghề nghiệp, tham gia đào tạo nghề gắn với nhu cầu của doanh nghiệp tại Khu kinh tế Vũng Áng và các khu, cụm công nghiệp trên địa bàn.",
    "- Triển khai các hoạt động hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể, sản phẩm OCOP; tạo điều kiện để phụ nữ tiếp cận tín dụng ưu đãi, thương mại điện tử và các nền tảng số.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới; chăm sóc sức khỏe**",
    "- Củng cố, nhân rộng các mô hình phòng, chống bạo lực gia đình, địa chỉ tin cậy tại cộng đồng; duy trì đường dây nóng hỗ trợ nạn nhân; bảo đảm người bị bạo lực được phát hiện kịp thời và được tiếp cận dịch vụ hỗ trợ cơ bản.",
    "- Tăng cường công tác kiểm soát mất cân bằng giới tính khi sinh; nghiêm cấm lựa chọn giới tính thai nhi; nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em, nhất là ở các xã miền núi Hương Sơn, Hương Khê, Vũ Quang cũ.",
    "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2026), Ngày Gia đình Việt Nam 28/6 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2026).",
    "**5. Giáo dục, đào tạo và truyền thông**",
    "- Lồng ghép nội dung giới, bình đẳng giới trong hoạt động giáo dục chính khóa, ngoại khóa; tư vấn, hướng nghiệp cho học sinh nữ, nhất là trong các ngành khoa học, công nghệ, kỹ thuật.",
    "- Đa dạng hóa hình thức truyền thông về bình đẳng giới trên báo chí, mạng xã hội, hệ thống thông tin cơ sở; phát huy vai trò của người có uy tín trong cộng đồng, chức sắc tôn giáo trong vận động xóa bỏ định kiến giới.",
    "**6. Nâng cao năng lực quản lý nhà nước và xây dựng cơ sở dữ liệu**",
    "- Tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ công chức làm công tác bình đẳng giới cấp tỉnh và cấp xã sau sắp xếp; kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh.",
    "- Xây dựng, cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; thực hiện thống kê, báo cáo số liệu có tách biệt giới theo quy định.",
    "- Tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số cơ quan, đơn vị, doanh nghiệp.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách năm 2026 của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và các nguồn huy động hợp pháp khác. Các cơ quan, đơn vị chủ động sử dụng kinh phí đúng mục đích, tiết kiệm, hiệu quả.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Sở Nội vụ**",
    "- Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh triển khai Kế hoạch; hướng dẫn, đôn đốc, kiểm tra các sở, ban, ngành, địa phương tổ chức thực hiện.",
    "- Chủ trì thực hiện Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý; tham mưu công tác cán bộ nữ.",
    "- Theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu của Mục tiêu 1; Chỉ tiêu 1, 2 của Mục tiêu 2; Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới); Chỉ tiêu 1, 2 của Mục tiêu 6.",
    "- Tổng hợp kết quả thực hiện Kế hoạch của các cơ quan, đơn vị, địa phương; tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo quy định; tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
    "**2. Sở Tài chính**",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 theo khả năng cân đối ngân sách địa phương; hướng dẫn lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội.",
    "- Chủ trì thu thập, tổng hợp và báo cáo số liệu Chỉ tiêu 3 của Mục tiêu 2.",
    "**3. Sở Y tế**",
    "- Chỉ đạo thực hiện các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe bà mẹ, trẻ em, sức khỏe sinh sản vị thành niên; quản lý các cơ sở trợ giúp xã hội công lập.",
    "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 4 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
    "**4. Sở Giáo dục và Đào tạo**",
    "- Chỉ đạo các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp lồng ghép nội dung giới, bình đẳng giới, phòng chống bạo lực học đường; vận động trẻ em dân tộc thiểu số đi học đúng độ tuổi.",
    "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 5.",
    "**5. Sở Văn hóa, Thể thao và Du lịch**",
    "- Hướng dẫn công tác gia đình, phòng chống bạo lực gia đình; chỉ đạo cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về bình đẳng giới.",
    "- Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực gia đình); Chỉ tiêu 3, Chỉ tiêu 4 của Mục tiêu 6.",
    "**6. Công an tỉnh**",
    "- Chủ trì triển khai công tác phòng, chống mua bán người; điều tra, xử lý nghiêm các hành vi bạo lực gia đình, xâm hại tình dục phụ nữ, trẻ em.",
    "- Theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 3 của Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ cung cấp số liệu về người gây bạo lực phục vụ báo cáo Chỉ tiêu 2 của Mục tiêu 3.",
    "**7. Thống kê tỉnh**",
    "- Thu thập, công bố số liệu thống kê của tỉnh thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia; phối hợp xây dựng cơ sở dữ liệu thống kê về giới.",
    "- Chủ trì tổng hợp, báo cáo số liệu Chỉ tiêu 1 của Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu về lao động, việc làm để theo dõi Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2.",
    "**8. Sở Tư pháp**",
    "Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; thẩm định nội dung bình đẳng giới trong dự thảo văn bản do HĐND, UBND tỉnh ban hành; lồng ghép nội dung bình đẳng giới trong hoạt động phổ biến, giáo dục pháp luật và trợ giúp pháp lý.",
    "**9. Sở Dân tộc và Tôn giáo**",
    "Tuyên truyền, vận động đồng bào dân tộc thiểu số, chức sắc, chức việc các tôn giáo xóa bỏ hủ tục, định kiến giới; phối hợp triển khai các hoạt động bình đẳng giới trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
    "**10. Báo và Phát thanh, Truyền hình Hà Tĩnh**",
    "Duy trì chuyên mục về bình đẳng giới, gia đình; tăng thời lượng tin, bài, phóng sự phản ánh gương điển hình, mô hình hay trong thực hiện bình đẳng giới; kiểm soát chặt chẽ nội dung quảng cáo có định kiến giới.",
    "**11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
    "Tham gia triển khai Kế hoạch trong phạm vi chức năng, nhiệm vụ; đẩy mạnh tuyên truyền, vận động hội viên, đoàn viên; thực hiện giám sát, phản biện xã hội đối với việc thực hiện chính sách, pháp luật về bình đẳng giới; Hội Liên hiệp Phụ nữ tỉnh chủ động phối hợp giới thiệu cán bộ nữ đủ tiêu chuẩn để quy hoạch, bổ nhiệm.",
    "**12. Ủy ban nhân dân các xã, phường**",
    "Xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2026 phù hợp với điều kiện thực tế của địa phương; bố trí công chức phụ trách công tác bình đẳng giới; tổ chức thực hiện, theo dõi, thống kê số liệu tách biệt giới và báo cáo kết quả theo quy định.",
    "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "1. Các sở, ban, ngành cấp tỉnh và UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch (kèm số liệu các chỉ tiêu được giao theo dõi, có tách biệt theo giới) gửi về Sở Nội vụ: báo cáo 6 tháng trước ngày 05/6/2026; báo cáo năm trước ngày 05/12/2026.",
    "2. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/12/2026.",
    "3. Ngoài báo cáo định kỳ, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh năm 2026. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
    (
        "header",
        [
            "*Nơi nhận:*",
            "- Bộ Nội vụ (b/c);",
            "- TTr Tỉnh ủy, TTr HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- UBMTTQ Việt Nam tỉnh;",
            "- Các sở, ban, ngành cấp tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, VX1.",
        ],
        [
            "**TM. ỦY BAN NHÂN DÂN**",
            "**KT. CHỦ TỊCH**",
            "**PHÓ CHỦ TỊCH**",
            "",
            "",
            "Trần Thị Minh Hoa",
        ],
    ),
]

ha_tinh_expected = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh năm 2026",
    "issuer": "UBND tỉnh Hà Tĩnh",
    "level": "province",
    "area": "Hà Tĩnh",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        "Kế hoạch số 97/KH-UBND ngày 24/4/2026 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Hà Tĩnh giai đoạn 2026-2030",
    ],
    "parent": "Kế hoạch số 97/KH-UBND ngày 24/4/2026 của UBND tỉnh",
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [ind("1.1", HT["1.1"], t(62, "%", ">=", 2026), t(75, "%", ">=", 2030))],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [
                ind("2.1", HT["2.1"], t(53, "%", ">=", 2026)),
                ind("2.2", HT["2.2"], t(29, "%", "<=", 2026)),
                ind("2.3", HT["2.3"], t(27, "%", ">", 2026)),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                ind("3.1", HT["3.1"], t(1.65, "times", "<=", 2026)),
                ind(
                    "3.2",
                    HT["3.2"],
                    t(85, "%", ">=", 2026, label="người bị bạo lực"),
                    t(60, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                ind("3.3", HT["3.3"], t(100, "%", ">=", 2026)),
                ind("3.4", HT["3.4"], t(100, "%", ">=", 2026)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                ind("4.1", HT["4.1"], t(111, "boys_per_100_girls", "<=", 2026)),
                ind("4.2", HT["4.2"], t(40, "per_100000_live_births", "<", 2026)),
                ind("4.3", HT["4.3"], t(18, "per_1000_women", "<=", 2026, baseline=19.5)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                ind("5.1", HT["5.1"], t(None, "bool", "=", 2026)),
                ind(
                    "5.2",
                    HT["5.2"],
                    t(97, "%", ">=", 2026, label="tiểu học"),
                    t(92.5, "%", ">=", 2026, label="trung học cơ sở"),
                ),
                ind("5.3", HT["5.3"], t(36, "%", ">=", 2026)),
                ind(
                    "5.4",
                    HT["5.4"],
                    t(50, "%", ">=", 2026, label="thạc sĩ"),
                    t(27, "%", ">=", 2026, label="tiến sĩ"),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                ind("6.1", HT["6.1"], t(70, "%", ">=", 2026)),
                ind("6.2", HT["6.2"], t(100, "%", ">=", 2026)),
                ind("6.3", HT["6.3"], t(100, "%", ">=", 2026)),
                ind("6.4", HT["6.4"], t(2, "items_per_month", ">=", 2026)),
            ],
        },
    ],
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "2.1", "2.2", "3.2", "6.1", "6.2"],
        },
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.4", "4.1", "4.2", "4.3"]},
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
        {"agency": "Công an tỉnh", "role": "support", "indicators": ["3.2"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-05"},
        {"kind": "annual", "by": "units", "due": "12-05"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-15"},
        {"kind": "annual", "by": "consolidator", "due": "12-15"},
    ],
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Đắk Lắk 2027 (.pdf, built as .docx then converted by LibreOffice) - the year's
# indicators in a table (objective rows I..VI, indicator rows numbered from 1 in each objective),
# agencies lettered a), b)..., reporting regime inside "Tổ chức thực hiện".
# ---------------------------------------------------------------------------------------------
DL = {}
DL["1.1"] = (
    "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ"
)
DL["2.1"] = "Tỷ lệ lao động nữ làm công hưởng lương"
DL["2.2"] = (
    "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm"
)
DL["2.3"] = "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã"
DL["3.1"] = (
    "Số giờ trung bình làm công việc nội trợ, chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới"
)
DL["3.2"] = (
    "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn"
)
DL["3.3"] = (
    "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng"
)
DL["3.4"] = (
    "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới"
)
DL["4.1"] = "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)"
DL["4.2"] = "Tỷ lệ tử vong bà mẹ liên quan đến thai sản/100.000 trẻ đẻ ra sống"
DL["4.3"] = "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 đến 19 tuổi)"
DL["5.1"] = (
    "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục và được giảng dạy chính thức ở các trường sư phạm"
)
DL["5.2"] = (
    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học; hoàn thành cấp trung học cơ sở"
)
DL["5.3"] = (
    "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp"
)
DL["5.4"] = (
    "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ"
)
DL["6.1"] = "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới"
DL["6.2"] = (
    "Tỷ lệ tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới"
)
DL["6.3"] = (
    "Tỷ lệ xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở"
)
DL["6.4"] = (
    "Số tin, bài, phóng sự về bình đẳng giới, phòng, chống bạo lực gia đình trên Báo và Phát thanh, Truyền hình Đắk Lắk mỗi quý"
)

dak_lak_table = [
    ["TT", "Mục tiêu, chỉ tiêu", "Chỉ tiêu năm 2027"],
    ["I", "Mục tiêu 1: Trong lĩnh vực chính trị", ""],
    ["1", DL["1.1"], "Đạt 65%"],
    ["II", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", ""],
    ["1", DL["2.1"], "52%"],
    ["2", DL["2.2"], "Dưới 38%"],
    ["3", DL["2.3"], "Từ 26% trở lên"],
    [
        "III",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "",
    ],
    ["1", DL["3.1"], "Giảm còn 1,6 lần"],
    ["2", DL["3.2"], "- Người bị bạo lực: đạt 85%\n- Người gây bạo lực: đạt 65%"],
    ["3", DL["3.3"], "100%"],
    ["4", DL["3.4"], "100%"],
    ["IV", "Mục tiêu 4: Trong lĩnh vực y tế", ""],
    ["1", DL["4.1"], "Ở mức 109,5"],
    ["2", DL["4.2"], "Dưới 46"],
    ["3", DL["4.3"], "Không quá 27"],
    ["V", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo", ""],
    ["1", DL["5.1"], "Thực hiện"],
    ["2", DL["5.2"], "Tiểu học: 95%\nTrung học cơ sở: 88%"],
    ["3", DL["5.3"], "Trên 35%"],
    ["4", DL["5.4"], "Thạc sĩ: không dưới 45%\nTiến sĩ: 25%"],
    ["VI", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", ""],
    ["1", DL["6.1"], "72%"],
    ["2", DL["6.2"], "100%"],
    ["3", DL["6.3"], "100%"],
    ["4", DL["6.4"], "Ít nhất 06 tin, bài"],
]
dak_lak_merges = [
    (r, 1, r, 2)
    for r, row in enumerate(dak_lak_table)
    if row[0] in ("I", "II", "III", "IV", "V", "VI")
]

dak_lak_blocks = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 52/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đắk Lắk, ngày 20 tháng 01 năm 2027",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Triển khai công tác bình đẳng giới và thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 trên địa bàn tỉnh Đắk Lắk**",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Kế hoạch số 143/KH-UBND ngày 18/6/2026 của UBND tỉnh Đắk Lắk thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 (sau đây gọi tắt là Kế hoạch giai đoạn 2026 - 2030); Công văn số 8120/BNV-CTTN&BĐG ngày 26/12/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027, UBND tỉnh ban hành Kế hoạch triển khai năm 2027 như sau:",
    "**I. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026**",
    "Năm 2026 là năm đầu triển khai Kế hoạch giai đoạn 2026 - 2030 và cũng là năm đầu vận hành chính quyền địa phương hai cấp sau hợp nhất. Công tác bình đẳng giới được các cấp, các ngành quan tâm chỉ đạo; các sở, ban, ngành và UBND các xã, phường đã ban hành kế hoạch, văn bản hướng dẫn triển khai; công tác tuyên truyền được đẩy mạnh, nhất là trong Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "Theo báo cáo sơ bộ của các cơ quan, đơn vị, một số chỉ tiêu đạt khá so với năm 2025: tỷ lệ lao động nữ làm công hưởng lương ước đạt 49,8%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã ước đạt 24,6%; toàn tỉnh phát hiện 412 người bị bạo lực gia đình, trong đó 331 người được tiếp cận dịch vụ hỗ trợ cơ bản (80,3%); tỷ số giới tính khi sinh ước 110,2 bé trai/100 bé gái.",
    "Bên cạnh kết quả đạt được, công tác bình đẳng giới vẫn còn những hạn chế: tỷ lệ nữ tham gia lãnh đạo chủ chốt sau sắp xếp tổ chức bộ máy giảm so với trước; tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã vùng đồng bào dân tộc thiểu số còn xảy ra; tỷ suất sinh ở vị thành niên còn cao; số liệu thống kê tách biệt giới ở cấp xã chưa đầy đủ, báo cáo của một số đơn vị còn chậm so với thời gian quy định; đội ngũ làm công tác bình đẳng giới ở cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi.",
    "Nguyên nhân của hạn chế chủ yếu do địa bàn rộng, giao thông đi lại khó khăn; nhận thức về bình đẳng giới của một bộ phận Nhân dân còn hạn chế, định kiến giới còn tồn tại trong một số gia đình, dòng họ; nguồn lực bố trí cho công tác bình đẳng giới còn hạn hẹp, chủ yếu lồng ghép trong các chương trình, dự án khác.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "- Triển khai có hiệu quả Kế hoạch giai đoạn 2026 - 2030 trong năm 2027; xác định cụ thể chỉ tiêu năm, nhiệm vụ trọng tâm và trách nhiệm của từng cơ quan, đơn vị, địa phương.",
    "- Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới của cán bộ, đảng viên và các tầng lớp Nhân dân, đặc biệt là đồng bào dân tộc thiểu số tại chỗ ở vùng sâu, vùng xa và vùng ven biển phía Đông của tỉnh.",
    "- Khắc phục những hạn chế, tồn tại trong năm 2026, nhất là việc thu thập số liệu tách biệt giới ở cấp xã và thời hạn gửi báo cáo; phân công rõ trách nhiệm theo dõi từng chỉ tiêu cho các sở, ngành để bảo đảm số liệu thống nhất, làm cơ sở đánh giá kết quả thực hiện Kế hoạch giai đoạn 2026 - 2030.",
    "- Việc triển khai phải gắn với nhiệm vụ chính trị của từng ngành, địa phương; bảo đảm tiết kiệm, hiệu quả; số liệu báo cáo chính xác, kịp thời, có tách biệt giới.",
    "**III. MỤC TIÊU, CHỈ TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội; bảo đảm phụ nữ và nam giới, trẻ em gái và trẻ em trai được tham gia, thụ hưởng bình đẳng các thành quả phát triển của tỉnh; chú trọng phòng ngừa, ứng phó với bạo lực trên cơ sở giới và giảm tảo hôn trong vùng đồng bào dân tộc thiểu số.",
    "**2. Chỉ tiêu cụ thể năm 2027**",
    "Năm 2027, tỉnh phấn đấu thực hiện các chỉ tiêu thuộc 06 mục tiêu của Kế hoạch giai đoạn 2026 - 2030 ở mức như sau:",
    ("table", dak_lak_table, dak_lak_merges),
    "*(Chỉ tiêu 4 của Mục tiêu 6 là chỉ tiêu riêng của tỉnh, bổ sung so với Chiến lược quốc gia.)*",
    "**IV. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Công tác lãnh đạo, chỉ đạo và hoàn thiện chính sách**",
    "- Các sở, ban, ngành, UBND các xã, phường đưa nội dung bình đẳng giới vào chương trình công tác năm 2027; xác định rõ người đứng đầu chịu trách nhiệm về kết quả thực hiện chỉ tiêu được giao.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, đề án, chương trình phát triển kinh tế - xã hội; rà soát các quy định còn định kiến giới để kiến nghị sửa đổi.",
    "**2. Trong lĩnh vực chính trị, kinh tế, lao động**",
    "- Quan tâm đào tạo, bồi dưỡng, quy hoạch cán bộ nữ, cán bộ nữ người dân tộc thiểu số; bảo đảm tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý theo quy định.",
    "- Hỗ trợ phụ nữ nông thôn chuyển đổi cơ cấu lao động, tham gia chuỗi giá trị cà phê, hồ tiêu, sầu riêng và thủy sản; đào tạo nghề, giới thiệu việc làm cho lao động nữ; khuyến khích phụ nữ thành lập, quản lý doanh nghiệp, hợp tác xã.",
    "**3. Trong đời sống gia đình, phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Duy trì hoạt động các mô hình phòng, chống bạo lực gia đình, câu lạc bộ gia đình phát triển bền vững, nhóm phòng chống bạo lực gia đình tại buôn, thôn, tổ dân phố.",
    "- Tăng cường phát hiện, hỗ trợ người bị bạo lực, người bị mua bán; tư vấn, tham vấn cho người gây bạo lực; phát huy vai trò già làng, người có uy tín trong hòa giải ở cơ sở.",
    "- Tổ chức các hoạt động nhân Ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam 28/6 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027 (từ ngày 15/11 đến 15/12/2027).",
    "**4. Trong lĩnh vực y tế, giáo dục**",
    "- Tăng cường truyền thông về chăm sóc sức khỏe sinh sản, sức khỏe tình dục vị thành niên, thanh niên; giảm tình trạng tảo hôn, hôn nhân cận huyết thống; nâng cao chất lượng khám thai, sinh đẻ an toàn tại các trạm y tế xã.",
    "- Vận động học sinh dân tộc thiểu số, nhất là học sinh nữ, đến trường đúng độ tuổi và duy trì sĩ số; lồng ghép nội dung giới, bình đẳng giới trong các môn học và hoạt động trải nghiệm.",
    "**5. Trong lĩnh vực thông tin, truyền thông**",
    "- Đổi mới nội dung, hình thức truyền thông; chú trọng truyền thông bằng tiếng dân tộc (Ê Đê, M'nông) trên hệ thống thông tin cơ sở; xây dựng các sản phẩm truyền thông trên nền tảng số.",
    "- Kiểm soát chặt chẽ các sản phẩm báo chí, xuất bản, quảng cáo; kịp thời phát hiện, xử lý nội dung mang định kiến giới.",
    "- Phát huy vai trò của Hội Liên hiệp Phụ nữ các cấp trong hỗ trợ phụ nữ dân tộc thiểu số tiếp cận vốn vay, chuyển giao khoa học kỹ thuật, phát triển sinh kế bền vững; hình thành các tổ hợp tác, tổ liên kết do phụ nữ làm chủ.",
    "- Tăng cường sự tham gia của nam giới trong các hoạt động chăm sóc gia đình, phòng chống bạo lực; tổ chức truyền thông trực tiếp tại các buôn về chia sẻ việc nhà, nuôi dạy con.",
    "**6. Nâng cao năng lực, kiểm tra, giám sát**",
    "- Tập huấn nghiệp vụ cho đội ngũ làm công tác bình đẳng giới cấp tỉnh, cấp xã và cộng tác viên tại thôn, buôn; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
    "- Tổ chức kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số xã, phường và doanh nghiệp trong quý III/2027.",
    "**7. Khen thưởng, nhân rộng điển hình**",
    "- Lồng ghép nội dung bình đẳng giới trong các phong trào thi đua của tỉnh; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới, vì sự tiến bộ của phụ nữ và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027.",
    '- Tổ chức hội nghị chuyên đề cấp tỉnh về bình đẳng giới trong vùng đồng bào dân tộc thiểu số, trao đổi kinh nghiệm giữa các xã khu vực phía Tây và khu vực ven biển phía Đông; nhân rộng các mô hình hiệu quả như "Buôn không có bạo lực gia đình", "Nói không với tảo hôn", câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học.',
    "**V. KINH PHÍ**",
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước năm 2027 giao trong dự toán của các cơ quan, đơn vị, địa phương theo phân cấp; nguồn lồng ghép từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8) và các nguồn tài trợ, huy động hợp pháp khác.",
    "Căn cứ nhiệm vụ được giao, các sở, ban, ngành, UBND các xã, phường lập dự toán kinh phí thực hiện các hoạt động bình đẳng giới năm 2027, tổng hợp chung vào dự toán ngân sách của cơ quan, đơn vị, địa phương; quản lý, sử dụng và thanh quyết toán kinh phí theo đúng quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phân công nhiệm vụ**",
    "a) Sở Nội vụ: Là cơ quan thường trực giúp UBND tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương thực hiện; chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 1, chỉ tiêu 1, 2 thuộc Mục tiêu 2 và chỉ tiêu 1, 2 thuộc Mục tiêu 6; phối hợp với Sở Văn hóa, Thể thao và Du lịch tổng hợp số liệu về bạo lực trên cơ sở giới (chỉ tiêu 2, Mục tiêu 3); tổng hợp kết quả chung, báo cáo UBND tỉnh và Bộ Nội vụ.",
    "b) Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn lồng ghép chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội năm 2027; chịu trách nhiệm thu thập, báo cáo số liệu chỉ tiêu 3 thuộc Mục tiêu 2.",
    "c) Sở Y tế: Chỉ đạo các cơ sở y tế triển khai các giải pháp chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; quản lý hoạt động của các cơ sở trợ giúp xã hội công lập; theo dõi, báo cáo chỉ tiêu 4 thuộc Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
    "d) Sở Giáo dục và Đào tạo: Triển khai giáo dục giới, bình đẳng giới trong nhà trường; duy trì tỷ lệ học sinh dân tộc thiểu số hoàn thành các cấp học; theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
    "đ) Sở Văn hóa, Thể thao và Du lịch: Chủ trì công tác phòng, chống bạo lực gia đình; hướng dẫn hoạt động thông tin cơ sở; theo dõi, báo cáo chỉ tiêu 2 thuộc Mục tiêu 3, chỉ tiêu 3 và chỉ tiêu 4 thuộc Mục tiêu 6.",
    "e) Công an tỉnh: Chủ trì phòng, chống mua bán người; tiếp nhận, xác minh, xử lý các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em; theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 3.",
    "g) Thống kê tỉnh: Cung cấp số liệu thống kê giới theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia; chủ trì báo cáo chỉ tiêu 1 thuộc Mục tiêu 3; phối hợp với Sở Nội vụ thu thập số liệu chỉ tiêu 1, 2 thuộc Mục tiêu 2.",
    'h) Sở Dân tộc và Tôn giáo: Triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" trong vùng đồng bào dân tộc thiểu số; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 thuộc Mục tiêu 5 tại các xã vùng đồng bào dân tộc thiểu số.',
    "i) Sở Tư pháp: Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; lồng ghép nội dung bình đẳng giới trong phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và trợ giúp pháp lý cho phụ nữ.",
    "k) Báo và Phát thanh, Truyền hình Đắk Lắk: Xây dựng chuyên mục, chuyên trang về bình đẳng giới; phối hợp với Sở Văn hóa, Thể thao và Du lịch thực hiện chỉ tiêu 4 thuộc Mục tiêu 6.",
    "l) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn: Phối hợp tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; tham gia giám sát, phản biện xã hội; giới thiệu cán bộ nữ ưu tú để quy hoạch, đào tạo.",
    "m) UBND các xã, phường: Ban hành kế hoạch năm 2027 của địa phương; bố trí nguồn lực, chỉ đạo các thôn, buôn, tổ dân phố thực hiện; thống kê số liệu có tách biệt giới và báo cáo theo quy định.",
    "**2. Chế độ thông tin, báo cáo**",
    "Các sở, ban, ngành và UBND các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ (báo cáo 6 tháng trước ngày 12/6/2027, báo cáo năm trước ngày 08/12/2027), trong đó nêu rõ số liệu các chỉ tiêu được phân công theo dõi. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/6/2027 và trước ngày 18/12/2027 tương ứng. Trường hợp có yêu cầu báo cáo đột xuất, các cơ quan, đơn vị thực hiện theo văn bản yêu cầu.",
    "Trong quá trình triển khai, nếu có vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành, đoàn thể tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX (H).",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quang Vĩnh"],
    ),
]

dak_lak_expected = {
    "format": "gem.plan/1",
    "title": "Triển khai công tác bình đẳng giới và thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 trên địa bàn tỉnh Đắk Lắk",
    "issuer": "UBND tỉnh Đắk Lắk",
    "level": "province",
    "area": "Đắk Lắk",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 143/KH-UBND ngày 18/6/2026 của UBND tỉnh Đắk Lắk thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
        "Công văn số 8120/BNV-CTTN&BĐG ngày 26/12/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
    ],
    "parent": "Kế hoạch số 143/KH-UBND ngày 18/6/2026 của UBND tỉnh Đắk Lắk",
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [ind("1.1", DL["1.1"], t(65, "%", ">=", 2027))],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [
                ind("2.1", DL["2.1"], t(52, "%", ">=", 2027)),
                ind("2.2", DL["2.2"], t(38, "%", "<", 2027)),
                ind("2.3", DL["2.3"], t(26, "%", ">=", 2027)),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                ind("3.1", DL["3.1"], t(1.6, "times", "<=", 2027)),
                ind(
                    "3.2",
                    DL["3.2"],
                    t(85, "%", ">=", 2027, label="người bị bạo lực"),
                    t(65, "%", ">=", 2027, label="người gây bạo lực"),
                ),
                ind("3.3", DL["3.3"], t(100, "%", ">=", 2027)),
                ind("3.4", DL["3.4"], t(100, "%", ">=", 2027)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                ind("4.1", DL["4.1"], t(109.5, "boys_per_100_girls", "=", 2027)),
                ind("4.2", DL["4.2"], t(46, "per_100000_live_births", "<", 2027)),
                ind("4.3", DL["4.3"], t(27, "per_1000_women", "<=", 2027)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                ind("5.1", DL["5.1"], t(None, "bool", "=", 2027)),
                ind(
                    "5.2",
                    DL["5.2"],
                    t(95, "%", ">=", 2027, label="tiểu học"),
                    t(88, "%", ">=", 2027, label="trung học cơ sở"),
                ),
                ind("5.3", DL["5.3"], t(35, "%", ">", 2027)),
                ind(
                    "5.4",
                    DL["5.4"],
                    t(45, "%", ">=", 2027, label="thạc sĩ"),
                    t(25, "%", ">=", 2027, label="tiến sĩ"),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                ind("6.1", DL["6.1"], t(72, "%", ">=", 2027)),
                ind("6.2", DL["6.2"], t(100, "%", ">=", 2027)),
                ind("6.3", DL["6.3"], t(100, "%", ">=", 2027)),
                ind("6.4", DL["6.4"], t(6, "items_per_quarter", ">=", 2027)),
            ],
        },
    ],
    "assignments": [
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "2.1", "2.2", "6.1", "6.2"]},
        {"agency": "Sở Nội vụ", "role": "support", "indicators": ["3.2"]},
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.4", "4.1", "4.2", "4.3"]},
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
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2"]},
        {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["5.2"]},
        {
            "agency": "Báo và Phát thanh, Truyền hình Đắk Lắk",
            "role": "support",
            "indicators": ["6.4"],
        },
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-12"},
        {"kind": "annual", "by": "units", "due": "12-08"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-18"},
    ],
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Tuyên Quang 2026 (.docx) - "2.x. Mục tiêu N." headings, "Chỉ tiêu N." indicators that
# copy the 5-year wording with the year's level, an extra provincial indicator, agencies in Word
# automatic numbering ("List Number") with bulleted tasks ("List Bullet"), reporting as the last
# paragraph of "Tổ chức thực hiện" with long-form dates.
# ---------------------------------------------------------------------------------------------
TQ = {}
TQ["1.1"] = (
    "Phấn đấu đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ; năm 2026 đạt 60%."
)
TQ["1.2"] = "Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp xã nhiệm kỳ 2026-2031 đạt từ 30% trở lên."
TQ["2.1"] = (
    "Tăng tỷ lệ lao động nữ làm công hưởng lương lên khoảng 60% vào năm 2030; năm 2026 đạt 51%."
)
TQ["2.2"] = (
    "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 45%."
)
TQ["2.3"] = "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 25%."
TQ["3.1"] = (
    "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần so với nam giới."
)
TQ["3.2"] = (
    "Đạt 80% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt 55% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."
)
TQ["3.3"] = (
    "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng."
)
TQ["3.4"] = (
    "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
)
TQ["4.1"] = "Tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái sinh ra sống."
TQ["4.2"] = "Tỷ số tử vong mẹ giảm xuống 48/100.000 trẻ đẻ sống."
TQ["4.3"] = (
    "Tỷ suất sinh ở vị thành niên giảm từ 33 ca sinh/1.000 phụ nữ xuống dưới 31 ca sinh/1.000 phụ nữ."
)
TQ["5.1"] = (
    "Tiếp tục đưa nội dung về giới, bình đẳng giới vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh."
)
TQ["5.2"] = (
    "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 96,5%, hoàn thành cấp trung học cơ sở đạt 89%."
)
TQ["5.3"] = (
    "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 33%."
)
TQ["5.4"] = (
    "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 48%, tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt trên 20%."
)
TQ["6.1"] = "Phấn đấu đạt 68% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới."
TQ["6.2"] = (
    "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới."
)
TQ["6.3"] = (
    "100% xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở với tần suất ít nhất 01 tin, bài/tháng."
)

NUM, BUL = "List Number", "List Bullet"

tuyen_quang_blocks = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 231/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Tuyên Quang, ngày 03 tháng 6 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh Tuyên Quang**",
    "Căn cứ Luật Bình đẳng giới năm 2006; Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 88/KH-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2026, như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu năm 2026 của Kế hoạch giai đoạn 2026-2030; nâng cao nhận thức và trách nhiệm của các cấp, các ngành, các tổ chức và Nhân dân các dân tộc trong tỉnh đối với công tác bình đẳng giới.",
    "2. Gắn việc thực hiện bình đẳng giới với các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội của tỉnh sau hợp nhất; ưu tiên địa bàn vùng cao, vùng đồng bào dân tộc thiểu số phía Bắc tỉnh.",
    "3. Phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị; số liệu theo dõi, đánh giá bảo đảm có tách biệt giới, thống nhất giữa các ngành.",
    "4. Các hoạt động phải thiết thực, tránh hình thức, phù hợp với điều kiện địa hình, phong tục, tập quán của đồng bào các dân tộc; phát huy vai trò chủ thể của người dân, đặc biệt là phụ nữ và trẻ em gái, trong thực hiện các mục tiêu bình đẳng giới tại cộng đồng.",
    "Năm 2025, công tác bình đẳng giới trên địa bàn tỉnh (bao gồm địa bàn tỉnh Hà Giang trước hợp nhất) đạt được nhiều kết quả tích cực. Tỷ lệ nữ tham gia cấp ủy, chính quyền từng bước được cải thiện; lao động nữ được tạo điều kiện tiếp cận việc làm, đào tạo nghề và vốn vay; các mô hình phòng, chống bạo lực gia đình được duy trì tại phần lớn các thôn, bản; công tác truyền thông được đổi mới, phù hợp với đặc điểm vùng cao. Tuy nhiên, khoảng cách giới ở vùng đồng bào dân tộc thiểu số còn lớn; tỷ lệ tảo hôn, tỷ suất sinh ở vị thành niên và tỷ số tử vong mẹ còn cao hơn bình quân cả nước; số liệu thống kê giới ở cấp xã chưa đồng bộ sau sắp xếp.",
    "Để khắc phục những hạn chế nêu trên, năm 2026 các cấp, các ngành cần tập trung chỉ đạo quyết liệt, bố trí nguồn lực phù hợp và tăng cường phối hợp liên ngành; lấy địa bàn vùng cao, biên giới làm trọng điểm; gắn công tác bình đẳng giới với thực hiện các chương trình mục tiêu quốc gia và nhiệm vụ xây dựng nông thôn mới.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tạo chuyển biến rõ nét về bình đẳng giới trong các lĩnh vực chính trị, kinh tế, lao động, gia đình, y tế, giáo dục và thông tin, truyền thông; nâng cao vị thế, vai trò của phụ nữ, nhất là phụ nữ dân tộc thiểu số; góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026 của tỉnh.",
    "**2. Mục tiêu, chỉ tiêu cụ thể năm 2026**",
    "**2.1. Mục tiêu 1. Trong lĩnh vực chính trị**",
    "*Chỉ tiêu 1.* " + TQ["1.1"],
    "*Chỉ tiêu 2.* " + TQ["1.2"],
    "**2.2. Mục tiêu 2. Trong lĩnh vực kinh tế, lao động**",
    "*Chỉ tiêu 1.* " + TQ["2.1"],
    "*Chỉ tiêu 2.* " + TQ["2.2"],
    "*Chỉ tiêu 3.* " + TQ["2.3"],
    "**2.3. Mục tiêu 3. Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "*Chỉ tiêu 1.* " + TQ["3.1"],
    "*Chỉ tiêu 2.* " + TQ["3.2"],
    "*Chỉ tiêu 3.* " + TQ["3.3"],
    "*Chỉ tiêu 4.* " + TQ["3.4"],
    "**2.4. Mục tiêu 4. Trong lĩnh vực y tế**",
    "*Chỉ tiêu 1.* " + TQ["4.1"],
    "*Chỉ tiêu 2.* " + TQ["4.2"],
    "*Chỉ tiêu 3.* " + TQ["4.3"],
    "**2.5. Mục tiêu 5. Trong lĩnh vực giáo dục, đào tạo**",
    "*Chỉ tiêu 1.* " + TQ["5.1"],
    "*Chỉ tiêu 2.* " + TQ["5.2"],
    "*Chỉ tiêu 3.* " + TQ["5.3"],
    "*Chỉ tiêu 4.* " + TQ["5.4"],
    "**2.6. Mục tiêu 6. Trong lĩnh vực thông tin, truyền thông**",
    "*Chỉ tiêu 1.* " + TQ["6.1"],
    "*Chỉ tiêu 2.* " + TQ["6.2"],
    "*Chỉ tiêu 3.* " + TQ["6.3"],
    "**III. NHIỆM VỤ VÀ GIẢI PHÁP**",
    "**1. Công tác chỉ đạo, điều hành**",
    (
        "li",
        BUL,
        "Các cấp ủy, chính quyền tăng cường lãnh đạo, chỉ đạo thực hiện công tác bình đẳng giới; đưa chỉ tiêu bình đẳng giới vào nghị quyết, kế hoạch phát triển kinh tế - xã hội năm 2026 của địa phương.",
    ),
    (
        "li",
        BUL,
        "Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và bộ phận tham mưu công tác bình đẳng giới tại các xã, phường sau sắp xếp đơn vị hành chính.",
    ),
    (
        "li",
        BUL,
        "Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, đặc biệt các văn bản về chính sách hỗ trợ phát triển sản xuất, đào tạo nghề, giải quyết việc làm.",
    ),
    "**2. Công tác tuyên truyền, nâng cao nhận thức**",
    (
        "li",
        BUL,
        "Tuyên truyền bằng tiếng Kinh và tiếng dân tộc (Tày, Dao, Mông) trên hệ thống truyền thanh cơ sở, mạng xã hội, tại các buổi sinh hoạt cộng đồng; biên soạn tài liệu truyền thông phù hợp với phong tục, tập quán của từng dân tộc.",
    ),
    (
        "li",
        BUL,
        "Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6/2026), Ngày Gia đình Việt Nam (28/6) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12/2026); tổ chức Lễ phát động cấp tỉnh tại một xã vùng cao.",
    ),
    (
        "li",
        BUL,
        "Phát huy vai trò của già làng, trưởng bản, người có uy tín trong vận động xóa bỏ tảo hôn, hôn nhân cận huyết thống và các hủ tục mang định kiến giới.",
    ),
    "**3. Thúc đẩy bình đẳng giới trong các lĩnh vực**",
    (
        "li",
        BUL,
        "Chính trị: rà soát quy hoạch, tạo nguồn cán bộ nữ; theo dõi tỷ lệ nữ trúng cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031 và tỷ lệ nữ lãnh đạo chủ chốt sau kiện toàn tổ chức bộ máy.",
    ),
    (
        "li",
        BUL,
        "Kinh tế, lao động: hỗ trợ phụ nữ vùng cao phát triển kinh tế lâm nghiệp, dược liệu, du lịch cộng đồng (Na Hang, Lâm Bình, cao nguyên đá Đồng Văn); đào tạo nghề gắn với việc làm cho lao động nữ nông thôn.",
    ),
    (
        "li",
        BUL,
        'Gia đình và phòng, chống bạo lực: duy trì, nhân rộng mô hình "Địa chỉ tin cậy", nhà tạm lánh tại cộng đồng; hỗ trợ nạn nhân bị mua bán trở về tại các xã biên giới.',
    ),
    (
        "li",
        BUL,
        "Y tế: tăng cường chăm sóc sức khỏe bà mẹ, trẻ em; quản lý thai nghén, sinh đẻ tại cơ sở y tế; truyền thông về hậu quả của mất cân bằng giới tính khi sinh.",
    ),
    (
        "li",
        BUL,
        "Giáo dục: vận động trẻ em gái dân tộc thiểu số đến trường, hạn chế bỏ học; lồng ghép giáo dục giới tính, sức khỏe sinh sản, kỹ năng phòng tránh xâm hại.",
    ),
    (
        "li",
        BUL,
        "Lồng ghép các hoạt động bình đẳng giới trong xây dựng nông thôn mới, đô thị văn minh; đánh giá tiêu chí về bình đẳng giới trong bình xét danh hiệu gia đình văn hóa, thôn, tổ dân phố văn hóa.",
    ),
    (
        "li",
        BUL,
        'Tăng cường sự tham gia của nam giới, trẻ em trai trong chia sẻ công việc gia đình, chăm sóc con cái; tổ chức truyền thông "việc nhà bình đẳng" tại cộng đồng và trên mạng xã hội.',
    ),
    (
        "li",
        BUL,
        "Phối hợp với các tổ chức quốc tế, tổ chức phi chính phủ triển khai các dự án hỗ trợ phụ nữ, trẻ em gái vùng cao; tranh thủ hỗ trợ kỹ thuật trong xây dựng cơ sở dữ liệu và mô hình can thiệp.",
    ),
    "**4. Nâng cao năng lực và kiểm tra, giám sát**",
    (
        "li",
        BUL,
        "Bồi dưỡng kiến thức về giới, lồng ghép giới cho đội ngũ cán bộ lãnh đạo, quản lý và công chức làm công tác xây dựng chính sách ở các sở, ngành và xã, phường; biên soạn tài liệu hướng dẫn nghiệp vụ ngắn gọn, dễ áp dụng cho công chức cấp xã.",
    ),
    (
        "li",
        BUL,
        "Tập huấn cho công chức văn hóa - xã hội cấp xã, cộng tác viên thôn, bản về nghiệp vụ thống kê, báo cáo số liệu tách biệt giới; vận hành phần mềm cơ sở dữ liệu thống kê về giới của tỉnh.",
    ),
    (
        "li",
        BUL,
        "Kiểm tra việc thực hiện Kế hoạch tại một số sở, ngành và xã, phường trong quý IV năm 2026.",
    ),
    "**5. Khen thưởng và sơ kết, đánh giá**",
    (
        "li",
        BUL,
        "Đưa kết quả thực hiện công tác bình đẳng giới vào tiêu chí bình xét thi đua, khen thưởng hằng năm của các cơ quan, đơn vị, địa phương; biểu dương, khen thưởng kịp thời tập thể, cá nhân điển hình, nhất là phụ nữ dân tộc thiểu số tiêu biểu trong phát triển kinh tế và tham gia công tác xã hội.",
    ),
    (
        "li",
        BUL,
        "Các cơ quan, đơn vị chủ động đánh giá kết quả thực hiện các chỉ tiêu được giao theo dõi; phân tích nguyên nhân chỉ tiêu chưa đạt và đề xuất giải pháp khắc phục, làm cơ sở xây dựng kế hoạch năm 2027.",
    ),
    (
        "li",
        BUL,
        'Nhân rộng các mô hình hiệu quả như "Câu lạc bộ thủ lĩnh của sự thay đổi", "Tổ truyền thông cộng đồng", "Phụ nữ dân tộc thiểu số khởi nghiệp" tại các xã vùng cao.',
    ),
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp hiện hành, được bố trí trong dự toán năm 2026 của các cơ quan, đơn vị, địa phương; lồng ghép từ Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, các chương trình, đề án khác và nguồn xã hội hóa theo quy định.",
    "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ xây dựng dự toán kinh phí chi tiết, gửi Sở Tài chính tổng hợp, tham mưu UBND tỉnh xem xét, bố trí; các xã, phường chủ động cân đối ngân sách địa phương để thực hiện các hoạt động tại cơ sở, ưu tiên các xã vùng cao, biên giới.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    ("li", NUM, "**Sở Nội vụ**"),
    (
        "li",
        BUL,
        "Là cơ quan đầu mối, chủ trì hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tham mưu UBND tỉnh tổ chức các hoạt động cấp tỉnh trong Tháng hành động vì bình đẳng giới.",
    ),
    (
        "li",
        BUL,
        "Theo dõi, tổng hợp số liệu và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 1; Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2; Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới); các chỉ tiêu 1, 2 thuộc Mục tiêu 6.",
    ),
    (
        "li",
        BUL,
        "Tổng hợp báo cáo của các cơ quan, đơn vị, địa phương; tham mưu UBND tỉnh báo cáo Bộ Nội vụ theo quy định.",
    ),
    ("li", NUM, "**Sở Tài chính**"),
    (
        "li",
        BUL,
        "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các cơ quan, đơn vị lập dự toán, thanh quyết toán kinh phí theo quy định.",
    ),
    ("li", BUL, "Thu thập, tổng hợp và báo cáo số liệu Chỉ tiêu 3 của Mục tiêu 2."),
    ("li", NUM, "**Sở Y tế**"),
    (
        "li",
        BUL,
        "Triển khai các giải pháp chăm sóc sức khỏe sinh sản, giảm tử vong mẹ, kiểm soát mất cân bằng giới tính khi sinh; chỉ đạo các cơ sở trợ giúp xã hội công lập cung cấp dịch vụ hỗ trợ người bị bạo lực.",
    ),
    (
        "li",
        BUL,
        "Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 4 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
    ),
    ("li", NUM, "**Sở Giáo dục và Đào tạo**"),
    (
        "li",
        BUL,
        "Chỉ đạo lồng ghép nội dung bình đẳng giới trong hoạt động giáo dục; thực hiện các giải pháp nâng cao tỷ lệ hoàn thành các cấp học của học sinh dân tộc thiểu số; hướng dẫn tuyển sinh giáo dục nghề nghiệp.",
    ),
    ("li", BUL, "Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5."),
    ("li", NUM, "**Sở Văn hóa, Thể thao và Du lịch**"),
    (
        "li",
        BUL,
        "Chủ trì công tác gia đình, phòng, chống bạo lực gia đình; quản lý, hướng dẫn hoạt động thông tin cơ sở, báo chí về nội dung bình đẳng giới.",
    ),
    (
        "li",
        BUL,
        "Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực gia đình); Chỉ tiêu 3 của Mục tiêu 6.",
    ),
    ("li", NUM, "**Công an tỉnh**"),
    (
        "li",
        BUL,
        "Triển khai công tác phòng, chống mua bán người, nhất là tại các xã biên giới; tiếp nhận, xác minh, giải cứu và bàn giao nạn nhân; xử lý nghiêm các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em.",
    ),
    ("li", BUL, "Theo dõi, báo cáo kết quả thực hiện Chỉ tiêu 3 của Mục tiêu 3."),
    ("li", NUM, "**Thống kê tỉnh**"),
    (
        "li",
        BUL,
        "Cung cấp số liệu thống kê phát triển giới của tỉnh; hướng dẫn nghiệp vụ thống kê số liệu tách biệt giới; chủ trì tổng hợp, báo cáo số liệu Chỉ tiêu 1 của Mục tiêu 3.",
    ),
    ("li", NUM, "**Sở Nông nghiệp và Môi trường**"),
    (
        "li",
        BUL,
        "Lồng ghép bình đẳng giới trong các chương trình phát triển nông nghiệp, nông thôn; phối hợp với Sở Nội vụ thực hiện các giải pháp chuyển dịch cơ cấu lao động nữ, góp phần thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2.",
    ),
    ("li", NUM, "**Sở Dân tộc và Tôn giáo**"),
    (
        "li",
        BUL,
        "Chủ trì triển khai Dự án 8 thuộc Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi; phối hợp với Sở Y tế triển khai các giải pháp giảm tảo hôn, hôn nhân cận huyết thống, góp phần thực hiện Chỉ tiêu 3 của Mục tiêu 4.",
    ),
    ("li", NUM, "**Sở Tư pháp**"),
    (
        "li",
        BUL,
        "Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; tăng cường trợ giúp pháp lý cho phụ nữ dân tộc thiểu số, người bị bạo lực.",
    ),
    ("li", NUM, "**Báo và Phát thanh, Truyền hình Tuyên Quang**"),
    (
        "li",
        BUL,
        "Mở chuyên trang, chuyên mục về bình đẳng giới; tăng thời lượng tuyên truyền trong Tháng hành động; phát sóng chương trình bằng tiếng dân tộc.",
    ),
    (
        "li",
        NUM,
        "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh**",
    ),
    (
        "li",
        BUL,
        "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; Hội Liên hiệp Phụ nữ tỉnh giới thiệu cán bộ nữ có năng lực để quy hoạch, bổ nhiệm.",
    ),
    ("li", NUM, "**Ủy ban nhân dân các xã, phường**"),
    (
        "li",
        BUL,
        "Ban hành kế hoạch thực hiện công tác bình đẳng giới năm 2026 của địa phương, hoàn thành trước ngày 31 tháng 7 năm 2026, gửi Sở Nội vụ để theo dõi.",
    ),
    (
        "li",
        BUL,
        "Bố trí công chức phụ trách, kinh phí thực hiện; chỉ đạo các thôn, bản, tổ dân phố triển khai; thống kê, báo cáo số liệu có tách biệt giới.",
    ),
    "Về chế độ báo cáo: định kỳ 6 tháng (trước ngày 10 tháng 6 năm 2026) và hằng năm (trước ngày 10 tháng 12 năm 2026), các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch gửi Sở Nội vụ. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 20 tháng 6 và trước ngày 20 tháng 12 năm 2026.",
    "Yêu cầu các sở, ban, ngành, UBND các xã, phường nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ;",
            "- Thường trực Tỉnh ủy;",
            "- Thường trực HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các cơ quan tại Mục V;",
            "- Lưu: VT, KGVX.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Thu Huyền"],
    ),
]

tuyen_quang_expected = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh Tuyên Quang",
    "issuer": "UBND tỉnh Tuyên Quang",
    "level": "province",
    "area": "Tuyên Quang",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Luật Bình đẳng giới năm 2006",
        "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 88/KH-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030",
    ],
    "parent": "Kế hoạch số 88/KH-UBND ngày 15/5/2026 của Ủy ban nhân dân tỉnh Tuyên Quang",
    "objectives": [
        {
            "code": "1",
            "title": "Trong lĩnh vực chính trị",
            "indicators": [
                ind("1.1", TQ["1.1"], t(75, "%", ">=", 2030), t(60, "%", ">=", 2026)),
                ind("1.2", TQ["1.2"], t(30, "%", ">=", 2026)),
            ],
        },
        {
            "code": "2",
            "title": "Trong lĩnh vực kinh tế, lao động",
            "indicators": [
                ind("2.1", TQ["2.1"], t(60, "%", "=", 2030), t(51, "%", ">=", 2026)),
                ind("2.2", TQ["2.2"], t(45, "%", "<", 2026)),
                ind("2.3", TQ["2.3"], t(25, "%", ">=", 2026)),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                ind("3.1", TQ["3.1"], t(1.7, "times", "<=", 2026)),
                ind(
                    "3.2",
                    TQ["3.2"],
                    t(80, "%", ">=", 2026, label="người bị bạo lực"),
                    t(55, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                ind("3.3", TQ["3.3"], t(100, "%", ">=", 2026)),
                ind("3.4", TQ["3.4"], t(100, "%", ">=", 2026)),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                ind("4.1", TQ["4.1"], t(110, "boys_per_100_girls", "<", 2026)),
                ind("4.2", TQ["4.2"], t(48, "per_100000_live_births", "<=", 2026)),
                ind("4.3", TQ["4.3"], t(31, "per_1000_women", "<", 2026, baseline=33)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực giáo dục, đào tạo",
            "indicators": [
                ind("5.1", TQ["5.1"], t(None, "bool", "=", 2026)),
                ind(
                    "5.2",
                    TQ["5.2"],
                    t(96.5, "%", ">=", 2026, label="tiểu học"),
                    t(89, "%", ">=", 2026, label="trung học cơ sở"),
                ),
                ind("5.3", TQ["5.3"], t(33, "%", ">=", 2026)),
                ind(
                    "5.4",
                    TQ["5.4"],
                    t(48, "%", ">=", 2026, label="thạc sĩ"),
                    t(20, "%", ">", 2026, label="tiến sĩ"),
                ),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                ind("6.1", TQ["6.1"], t(68, "%", ">=", 2026)),
                ind("6.2", TQ["6.2"], t(100, "%", ">=", 2026)),
                ind("6.3", TQ["6.3"], t(100, "%", ">=", 2026)),
            ],
        },
    ],
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "1.2", "2.1", "2.2", "3.2", "6.1", "6.2"],
        },
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.4", "4.1", "4.2", "4.3"]},
        {
            "agency": "Sở Giáo dục và Đào tạo",
            "role": "lead",
            "indicators": ["5.1", "5.2", "5.3", "5.4"],
        },
        {"agency": "Sở Văn hóa, Thể thao và Du lịch", "role": "lead", "indicators": ["3.2", "6.3"]},
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Sở Nông nghiệp và Môi trường", "role": "support", "indicators": ["2.1", "2.2"]},
        {"agency": "Sở Dân tộc và Tôn giáo", "role": "support", "indicators": ["4.3"]},
    ],
    "reporting": [
        {"kind": "plan", "by": "units", "due": "2026-07-31"},
        {"kind": "semiannual", "by": "units", "due": "06-10"},
        {"kind": "annual", "by": "units", "due": "12-10"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-20"},
    ],
}

PLANS = [
    {
        "name": "r8d-ha-tinh-2026",
        "ext": "md",
        "blocks": ha_tinh_blocks,
        "expected": ha_tinh_expected,
    },
    {
        "name": "r8d-dak-lak-2027",
        "ext": "pdf",
        "blocks": dak_lak_blocks,
        "expected": dak_lak_expected,
    },
    {
        "name": "r8d-tuyen-quang-2026",
        "ext": "docx",
        "blocks": tuyen_quang_blocks,
        "expected": tuyen_quang_expected,
    },
]
