"""Blind test plans r10b: three commune/ward plans (annual 2027 .md, 2026-2030 .docx, annual 2026 .pdf).

Written from the gem.plan/1 format spec and the three shared samples only.
Extra block types used by make_plans_r10b.py's own Word builder (docx / pdf plans):
  ("center", text)            a centred paragraph
  ("list", style, text)       a paragraph in a Word list style ("List Number", "List Bullet")
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


def IND(code, text, targets):
    return {"code": code, "text": text, "targets": targets}


def OBJ(code, title, indicators):
    return {"code": code, "title": title, "indicators": indicators}


def A(agency, role, indicators):
    return {"agency": agency, "role": role, "indicators": indicators}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# Plan 1: phường Tam An Đông (Đồng Nai), annual 2027, Markdown
# ---------------------------------------------------------------------------

A11 = "Tỷ lệ nữ trong tổng số cán bộ, công chức của phường đạt từ 45% trở lên."
A12 = "60% tổ dân phố có nữ tham gia Ban điều hành tổ dân phố ở vị trí Tổ trưởng hoặc Tổ phó."
A21 = "Tỷ lệ lao động nữ được tạo việc làm mới trong năm đạt trên 50% tổng số lao động được tạo việc làm mới."
A22 = "Tư vấn, giới thiệu việc làm, học nghề cho ít nhất 350 lượt lao động nữ, ưu tiên lao động nữ bị mất việc, lao động nữ trên 35 tuổi tại các khu, cụm công nghiệp."
A23 = "Tỷ lệ nữ làm chủ hộ kinh doanh, chủ doanh nghiệp, hợp tác xã trên địa bàn phường đạt 30%."
A31 = (
    "Đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; "
    "85% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn tại cộng đồng."
)
A32 = "100% nạn nhân bị mua bán trở về địa phương có nhu cầu được hỗ trợ tái hòa nhập cộng đồng."
A33 = 'Duy trì 100% tổ dân phố có Tổ hòa giải, "Địa chỉ tin cậy" hoặc nhóm phòng, chống bạo lực gia đình hoạt động hiệu quả.'
A41 = "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống."
A42 = "Giảm tỷ suất sinh ở vị thành niên xuống còn 8 ca sinh/1.000 phụ nữ."
A43 = "Trên 95% phụ nữ mang thai được khám thai ít nhất 04 lần trong thai kỳ."
A51 = (
    "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình tiểu học đạt 100%; "
    "tỷ lệ học sinh hoàn thành chương trình trung học cơ sở đạt từ 98% trở lên."
)
A61 = "Phần đấu 85% người dân trên địa bàn phường được tiếp cận kiến thức cơ bản về bình đẳng giới."
A62 = (
    "Hệ thống truyền thanh phường và Trang thông tin điện tử phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới, "
    "phòng ngừa, ứng phó với bạo lực trên cơ sở giới."
)
A63 = "100% tổ dân phố tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về bình đẳng giới trong năm."

PLAN_TAM_AN_DONG = {
    "name": "r10b-tam-an-dong-2027",
    "ext": "md",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "PHƯỜNG TAM AN ĐÔNG", "", "Số: 46/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "*Tam An Đông, ngày 03 tháng 3 năm 2027*",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn phường Tam An Đông**",
        "*Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;*",
        "*Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;*",
        "*Căn cứ Kế hoạch số 1187/KH-UBND ngày 10/02/2027 của Ủy ban nhân dân tỉnh Đồng Nai về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn tỉnh;*",
        "*Thực hiện Công văn số 352/SNV-CTTN&BĐG ngày 18/02/2027 của Sở Nội vụ tỉnh Đồng Nai về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027,*",
        "Ủy ban nhân dân phường Tam An Đông ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn phường, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Tiếp tục quán triệt, triển khai có hiệu quả Luật Bình đẳng giới, Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 và Kế hoạch của Ủy ban nhân dân tỉnh về công tác bình đẳng giới năm 2027; nâng cao vai trò, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội phường trong lãnh đạo, chỉ đạo và tổ chức thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.",
        "- Tạo chuyển biến rõ nét về nhận thức và hành vi của cán bộ, đảng viên, công nhân lao động và Nhân dân trên địa bàn phường về bình đẳng giới; từng bước thu hẹp khoảng cách giới trong các lĩnh vực chính trị, kinh tế, lao động, việc làm, gia đình; chủ động phòng ngừa, ứng phó với bạo lực trên cơ sở giới, nhất là ở các khu nhà trọ công nhân, khu dân cư đông người lao động nhập cư.",
        "- Phấn đấu hoàn thành các chỉ tiêu về bình đẳng giới năm 2027 của phường, góp phần thực hiện thắng lợi các mục tiêu Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh.",
        "**2. Yêu cầu**",
        "- Các phòng, đơn vị thuộc Ủy ban nhân dân phường, các ban, ngành, đoàn thể và tổ dân phố căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng nội dung, lồng ghép các hoạt động bình đẳng giới vào chương trình công tác năm 2027 của cơ quan, đơn vị, bảo đảm thiết thực, tránh hình thức, phù hợp với mô hình chính quyền địa phương hai cấp.",
        "- Tăng cường phối hợp giữa các cơ quan, đơn vị; thông tin, số liệu báo cáo phải đầy đủ, kịp thời, có sự tách biệt giới theo quy định.",
        "**II. MỤC TIÊU VÀ CÁC CHỈ TIÊU**",
        "**1. Mục tiêu chung**",
        "Thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; nâng cao vị thế của phụ nữ, nhất là nữ công nhân, lao động tự do; góp phần xây dựng phường Tam An Đông văn minh, hiện đại, phát triển bền vững.",
        "**2. Các chỉ tiêu cụ thể năm 2027**",
        "**Mục tiêu 1: Trong lĩnh vực chính trị**",
        "- Chỉ tiêu 1: " + A11,
        "- Chỉ tiêu 2: " + A12,
        "**Mục tiêu 2: Trong lĩnh vực kinh tế, lao động**",
        "- Chỉ tiêu 1: " + A21,
        "- Chỉ tiêu 2: " + A22,
        "- Chỉ tiêu 3: " + A23,
        "**Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
        "- Chỉ tiêu 1: " + A31,
        "- Chỉ tiêu 2: " + A32,
        "- Chỉ tiêu 3: " + A33,
        "**Mục tiêu 4: Trong lĩnh vực y tế**",
        "- Chỉ tiêu 1: " + A41,
        "- Chỉ tiêu 2: " + A42,
        "- Chỉ tiêu 3: " + A43,
        "**Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo**",
        "- Chỉ tiêu: " + A51,
        "**Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông**",
        "- Chỉ tiêu 1: " + A61,
        "- Chỉ tiêu 2: " + A62,
        "- Chỉ tiêu 3: " + A63,
        "**III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU**",
        "**1. Tăng cường sự lãnh đạo, chỉ đạo, nâng cao hiệu lực quản lý nhà nước về bình đẳng giới**",
        "- Quán triệt, triển khai kịp thời các văn bản chỉ đạo của Trung ương, của tỉnh về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ đến cán bộ, công chức, viên chức, người lao động và Nhân dân trên địa bàn phường. Đưa nội dung bình đẳng giới vào chương trình công tác năm của Ủy ban nhân dân phường và của từng cơ quan, đơn vị; gắn trách nhiệm của người đứng đầu với kết quả thực hiện các chỉ tiêu được giao.",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ phường sau sắp xếp tổ chức bộ máy; phân công cụ thể thành viên phụ trách từng lĩnh vực, từng tổ dân phố; duy trì chế độ giao ban 6 tháng, hằng năm.",
        "- Bố trí công chức Phòng Văn hóa - Xã hội kiêm nhiệm theo dõi công tác bình đẳng giới; cử công chức tham gia các lớp tập huấn nghiệp vụ do tỉnh tổ chức.",
        "**2. Đẩy mạnh thông tin, tuyên truyền, nâng cao nhận thức về bình đẳng giới**",
        "- Đa dạng hóa hình thức tuyên truyền: phát thanh trên hệ thống loa của phường, đăng tải trên Trang thông tin điện tử phường, nhóm Zalo của các tổ dân phố; tuyên truyền trực tiếp tại các buổi sinh hoạt tổ dân phố, sinh hoạt chi hội phụ nữ, chi đoàn thanh niên; phối hợp với công đoàn các doanh nghiệp tuyên truyền cho công nhân lao động tại nơi làm việc và khu nhà trọ.",
        "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (08/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027).",
        "- Tuyên truyền, vận động nam giới chia sẻ công việc gia đình, chăm sóc con cái; lên án các hành vi phân biệt đối xử về giới, bạo lực gia đình, quấy rối tình dục tại nơi làm việc.",
        "**3. Thúc đẩy bình đẳng giới trong lĩnh vực chính trị, kinh tế, lao động**",
        "- Thực hiện lồng ghép bình đẳng giới trong công tác cán bộ: quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm; chú trọng tạo nguồn cán bộ nữ trẻ, cán bộ nữ tại các tổ dân phố để giới thiệu tham gia Ban điều hành tổ dân phố, Ban công tác Mặt trận.",
        "- Phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức các phiên giao dịch việc làm lưu động tại phường; hỗ trợ lao động nữ tiếp cận thông tin thị trường lao động, học nghề, chuyển đổi nghề phù hợp; hướng dẫn phụ nữ khởi sự kinh doanh, đăng ký hộ kinh doanh, tiếp cận nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội.",
        "- Kiểm tra việc thực hiện chính sách đối với lao động nữ tại các doanh nghiệp trên địa bàn theo quy định của Bộ luật Lao động, nhất là chế độ thai sản, nuôi con nhỏ.",
        "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
        '- Duy trì và nâng cao hiệu quả hoạt động của các Tổ hòa giải, mô hình "Địa chỉ tin cậy ở cộng đồng", đường dây nóng tiếp nhận thông tin về bạo lực gia đình của phường; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực.',
        "- Tổ chức tư vấn, giáo dục, chuyển hóa đối với người có hành vi bạo lực gia đình tại cộng đồng; phối hợp với các cơ sở trợ giúp xã hội của tỉnh tiếp nhận, hỗ trợ nạn nhân khi cần thiết.",
        "- Rà soát, nắm tình hình người lao động đi làm việc ngoài tỉnh, nước ngoài; phòng ngừa nguy cơ mua bán người, đặc biệt là phụ nữ và trẻ em gái.",
        "**5. Bình đẳng giới trong lĩnh vực y tế, giáo dục**",
        "- Tuyên truyền, tư vấn về chăm sóc sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên, nữ công nhân; không lựa chọn giới tính thai nhi; quản lý thai nghén, khám thai định kỳ.",
        "- Vận động trẻ em trong độ tuổi đến trường đầy đủ, đặc biệt là con em gia đình công nhân, lao động nhập cư; lồng ghép nội dung giới, bình đẳng giới trong các hoạt động giáo dục kỹ năng sống tại các trường học trên địa bàn.",
        "**6. Kiểm tra, giám sát, sơ kết, đánh giá**",
        "Tổ chức kiểm tra việc thực hiện công tác bình đẳng giới tại một số cơ quan, đơn vị, tổ dân phố; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, chấn chỉnh những hạn chế, thiếu sót.",
        "**7. Nâng cao năng lực và công tác thống kê, dữ liệu về giới**",
        "- Tổ chức tập huấn kiến thức, kỹ năng về bình đẳng giới, lồng ghép giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới cho công chức các phòng, đơn vị thuộc Ủy ban nhân dân phường, Ban điều hành các tổ dân phố, chi hội trưởng chi hội phụ nữ và thành viên Tổ hòa giải.",
        "- Hướng dẫn các tổ dân phố mở sổ theo dõi, cập nhật thông tin về lao động, việc làm, hộ kinh doanh, các vụ việc bạo lực gia đình có phân tách theo giới tính; số liệu được tổng hợp 6 tháng, hằng năm làm cơ sở đánh giá kết quả thực hiện các chỉ tiêu của Kế hoạch và phục vụ cơ sở dữ liệu thống kê về giới của tỉnh.",
        "- Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, tuyên truyền về bình đẳng giới; khuyến khích người dân phản ánh các hành vi vi phạm pháp luật về bình đẳng giới, bạo lực gia đình qua ứng dụng, đường dây nóng của phường.",
        "**8. Huy động nguồn lực và hợp tác**",
        "Vận động các doanh nghiệp trên địa bàn, nhất là doanh nghiệp sử dụng đông lao động nữ, tham gia hỗ trợ xây dựng nhà giữ trẻ, nhóm trẻ độc lập cho con công nhân; hỗ trợ học bổng cho học sinh nữ có hoàn cảnh khó khăn; phối hợp tổ chức các hoạt động văn hóa, thể thao nhân các ngày lễ của phụ nữ và gia đình.",
        "**Các hoạt động trọng tâm năm 2027**",
        (
            "table",
            [
                ["TT", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
                [
                    "1",
                    'Tọa đàm "Phụ nữ với khởi nghiệp" nhân ngày Quốc tế Phụ nữ',
                    "Tháng 3/2027",
                    "Hội Liên hiệp Phụ nữ phường",
                    "Phòng Kinh tế, Hạ tầng và Đô thị",
                ],
                [
                    "2",
                    "Tập huấn kiến thức về bình đẳng giới cho Ban điều hành các tổ dân phố",
                    "Quý II/2027",
                    "Phòng Văn hóa - Xã hội",
                    "Văn phòng HĐND và UBND phường",
                ],
                [
                    "3",
                    "Truyền thông phòng, chống bạo lực gia đình tại khu nhà trọ công nhân",
                    "Tháng 6/2027",
                    "Phòng Văn hóa - Xã hội",
                    "Công an phường, Đoàn Thanh niên phường",
                ],
                [
                    "4",
                    'Ngày hội "Gia đình hạnh phúc"',
                    "Tháng 6/2027",
                    "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                    "Các tổ dân phố",
                ],
                [
                    "5",
                    "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới",
                    "15/11 - 15/12/2027",
                    "Phòng Văn hóa - Xã hội",
                    "Các ban, ngành, đoàn thể",
                ],
            ],
        ),
        "**IV. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2027 của phường giao cho các cơ quan, đơn vị theo phân cấp hiện hành; lồng ghép từ các chương trình, đề án có liên quan và huy động từ các nguồn xã hội hóa, tài trợ hợp pháp khác theo quy định. Các cơ quan, đơn vị được giao chủ trì hoạt động chủ động lập dự toán chi tiết, gửi Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp, tham mưu Ủy ban nhân dân phường xem xét, quyết định.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        "**1. Phòng Văn hóa - Xã hội**",
        "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, tổ dân phố thực hiện Kế hoạch này.",
        "- Chủ trì tổ chức các hoạt động truyền thông, Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027; hướng dẫn các tổ dân phố cập nhật, thống kê số liệu có tách biệt giới.",
        "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2; Chỉ tiêu 1 (số liệu về bạo lực gia đình, bạo lực trên cơ sở giới), Chỉ tiêu 3 của Mục tiêu 3; chỉ tiêu của Mục tiêu 5 và các chỉ tiêu thuộc Mục tiêu 6 của Kế hoạch.",
        "- Tổng hợp báo cáo kết quả thực hiện Kế hoạch theo quy định tại Mục VI Kế hoạch này.",
        "**2. Văn phòng HĐND và UBND phường**",
        "- Tham mưu thực hiện lồng ghép bình đẳng giới trong công tác tuyển dụng, quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ, công chức của phường; tham mưu kiện toàn Ban Vì sự tiến bộ của phụ nữ phường.",
        "- Tham mưu công tác thi đua, khen thưởng đối với tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
        "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1.",
        "**3. Phòng Kinh tế, Hạ tầng và Đô thị**",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường; hướng dẫn, hỗ trợ phụ nữ đăng ký thành lập hộ kinh doanh.",
        "- Theo dõi, thống kê và báo cáo Chỉ tiêu 3 Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội thực hiện Chỉ tiêu 1 Mục tiêu 2.",
        "**4. Trạm Y tế phường**",
        "Tổ chức tư vấn, cung cấp dịch vụ chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình; quản lý thai nghén; tuyên truyền không lựa chọn giới tính thai nhi. Chịu trách nhiệm thực hiện, theo dõi và báo cáo các chỉ tiêu thuộc Mục tiêu 4 của Kế hoạch.",
        "**5. Công an phường**",
        "- Tăng cường nắm tình hình, phát hiện, xử lý kịp thời các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em và mua bán người trên địa bàn.",
        "- Chủ trì theo dõi, báo cáo Chỉ tiêu 2 Mục tiêu 3; phối hợp cung cấp số liệu các vụ bạo lực gia đình để theo dõi Chỉ tiêu 1 Mục tiêu 3.",
        "**6. Các trường học trên địa bàn phường**",
        "Lồng ghép nội dung giới, bình đẳng giới, phòng chống xâm hại trẻ em trong hoạt động giáo dục; phối hợp với Phòng Văn hóa - Xã hội thống kê, báo cáo số liệu về học sinh hoàn thành chương trình các cấp học theo chỉ tiêu của Mục tiêu 5.",
        "**7. Hội Liên hiệp Phụ nữ phường**",
        "- Tổ chức các hoạt động hỗ trợ hội viên phụ nữ phát triển kinh tế, khởi nghiệp; vận động hội viên tham gia các mô hình phòng, chống bạo lực gia đình.",
        "- Phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị theo dõi, cung cấp số liệu về nữ chủ hộ kinh doanh, chủ doanh nghiệp, hợp tác xã (Chỉ tiêu 3 Mục tiêu 2).",
        "**8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội**",
        "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt chính sách, pháp luật về bình đẳng giới; tăng cường giám sát, phản biện xã hội việc thực hiện pháp luật về bình đẳng giới trên địa bàn phường.",
        "**9. Các tổ dân phố**",
        "Phổ biến nội dung Kế hoạch đến từng hộ gia đình; tổ chức sinh hoạt chuyên đề về bình đẳng giới; kịp thời phát hiện, thông tin các vụ việc bạo lực gia đình; cập nhật số liệu và báo cáo về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội).",
        "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Các phòng, đơn vị thuộc Ủy ban nhân dân phường, các ban, ngành, đoàn thể và các tổ dân phố báo cáo kết quả thực hiện Kế hoạch (số liệu có sự tách biệt giới) gửi về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày **05/6/2027**; báo cáo năm trước ngày **30/11/2027**.",
        "2. Phòng Văn hóa - Xã hội tổng hợp, tham mưu Ủy ban nhân dân phường báo cáo Sở Nội vụ: báo cáo 6 tháng trước ngày **12/6/2027**; báo cáo năm trước ngày **08/12/2027**.",
        "3. Ngoài báo cáo định kỳ, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn phường Tam An Đông. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân phường (qua Phòng Văn hóa - Xã hội) để được hướng dẫn, giải quyết./.",
        (
            "header",
            [
                "**Nơi nhận:**",
                "- Sở Nội vụ tỉnh Đồng Nai;",
                "- TT. Đảng ủy, TT. HĐND phường;",
                "- CT, các PCT UBND phường;",
                "- UBMTTQ Việt Nam phường;",
                "- Các phòng, đơn vị thuộc UBND phường;",
                "- Các tổ dân phố;",
                "- Lưu: VT, VHXH.",
            ],
            [
                "**TM. ỦY BAN NHÂN DÂN**",
                "**KT. CHỦ TỊCH**",
                "**PHÓ CHỦ TỊCH**",
                "",
                "",
                "Lê Thị Mỹ Hạnh",
            ],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn phường Tam An Đông",
        "issuer": "UBND phường Tam An Đông",
        "level": "commune",
        "area": "Tam An Đông",
        "period": {"start": 2027, "end": 2027},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 1187/KH-UBND ngày 10/02/2027 của Ủy ban nhân dân tỉnh Đồng Nai về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 trên địa bàn tỉnh",
            "Công văn số 352/SNV-CTTN&BĐG ngày 18/02/2027 của Sở Nội vụ tỉnh Đồng Nai về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
        ],
        "parent": "Kế hoạch số 1187/KH-UBND ngày 10/02/2027 của Ủy ban nhân dân tỉnh Đồng Nai",
        "objectives": [
            OBJ(
                "1",
                "Trong lĩnh vực chính trị",
                [
                    IND("1.1", A11, [T(45, "%", ">=", 2027)]),
                    IND("1.2", A12, [T(60, "%", ">=", 2027)]),
                ],
            ),
            OBJ(
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                [
                    IND("2.1", A21, [T(50, "%", ">", 2027)]),
                    IND("2.2", A22, [T(350, "count", ">=", 2027)]),
                    IND("2.3", A23, [T(30, "%", ">=", 2027)]),
                ],
            ),
            OBJ(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                [
                    IND(
                        "3.1",
                        A31,
                        [
                            T(90, "%", ">=", 2027, label="người bị bạo lực"),
                            T(85, "%", ">=", 2027, label="người gây bạo lực"),
                        ],
                    ),
                    IND("3.2", A32, [T(100, "%", ">=", 2027)]),
                    IND("3.3", A33, [T(100, "%", ">=", 2027)]),
                ],
            ),
            OBJ(
                "4",
                "Trong lĩnh vực y tế",
                [
                    IND("4.1", A41, [T(110, "boys_per_100_girls", "<=", 2027)]),
                    IND("4.2", A42, [T(8, "per_1000_women", "<=", 2027)]),
                    IND("4.3", A43, [T(95, "%", ">", 2027)]),
                ],
            ),
            OBJ(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                [
                    IND(
                        "5.1",
                        A51,
                        [
                            T(100, "%", ">=", 2027, label="tiểu học"),
                            T(98, "%", ">=", 2027, label="trung học cơ sở"),
                        ],
                    ),
                ],
            ),
            OBJ(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                [
                    IND("6.1", A61, [T(85, "%", ">=", 2027)]),
                    IND("6.2", A62, [T(3, "items_per_quarter", ">=", 2027)]),
                    IND("6.3", A63, [T(100, "%", ">=", 2027)]),
                ],
            ),
        ],
        "assignments": [
            A(
                "Phòng Văn hóa - Xã hội",
                "lead",
                ["2.1", "2.2", "3.1", "3.3", "5.1", "6.1", "6.2", "6.3"],
            ),
            A("Văn phòng HĐND và UBND phường", "lead", ["1.1", "1.2"]),
            A("Phòng Kinh tế, Hạ tầng và Đô thị", "lead", ["2.3"]),
            A("Phòng Kinh tế, Hạ tầng và Đô thị", "support", ["2.1"]),
            A("Trạm Y tế phường", "lead", ["4.1", "4.2", "4.3"]),
            A("Công an phường", "lead", ["3.2"]),
            A("Công an phường", "support", ["3.1"]),
            A("Các trường học trên địa bàn phường", "support", ["5.1"]),
            A("Hội Liên hiệp Phụ nữ phường", "support", ["2.3"]),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "11-30"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "consolidator", "12-08"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 2: xã Tả Mìn Chải (Lào Cai), 2026-2030, Word (.docx) with an indicator table
# and Word automatic numbering ("List Number") for the agencies
# ---------------------------------------------------------------------------

B_ROWS = [
    # (code or None, text in the table, cell 2028, cell 2030)
    ("M1", "Mục tiêu 1: Trong lĩnh vực chính trị"),
    (
        "1.1",
        "Chỉ tiêu 1: Tỷ lệ cán bộ, công chức nữ giữ chức vụ lãnh đạo, quản lý cấp phòng và tương đương thuộc Ủy ban nhân dân xã",
        "≥ 25%",
        "≥ 30%",
    ),
    ("1.2", "Chỉ tiêu 2: Tỷ lệ thôn có nữ Trưởng thôn hoặc nữ Bí thư chi bộ thôn", "20%", "30%"),
    ("M2", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động"),
    (
        "2.1",
        "Chỉ tiêu 1: Tỷ lệ lao động nữ nông thôn dưới 60 tuổi được đào tạo nghề, hướng nghiệp phù hợp với nhu cầu",
        "40%",
        "50%",
    ),
    (
        "2.2",
        "Chỉ tiêu 2: Tỷ trọng lao động nữ làm việc trong khu vực nông, lâm nghiệp trong tổng số lao động nữ có việc làm",
        "Dưới 70%",
        "Dưới 65%",
    ),
    (
        "2.3",
        "Chỉ tiêu 3: Tỷ lệ phụ nữ thuộc hộ nghèo, hộ cận nghèo có nhu cầu được vay vốn ưu đãi để phát triển sản xuất",
        "-",
        "100%",
    ),
    (
        "M3",
        "Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    ),
    (
        "3.1",
        "Chỉ tiêu 1: Số giờ trung bình làm công việc nội trợ và chăm sóc không được trả công của phụ nữ so với nam giới",
        "Giảm còn 1,7 lần",
        "Giảm còn 1,5 lần",
    ),
    (
        "3.2",
        "Chỉ tiêu 2: Người bị bạo lực và người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được hỗ trợ, tư vấn, trong đó:",
        "",
        "",
    ),
    (
        "3.2a",
        "- Tỷ lệ người bị bạo lực được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
        "80%",
        "90%",
    ),
    (
        "3.2b",
        "- Tỷ lệ người gây bạo lực ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
        "60%",
        "80%",
    ),
    (
        "3.3",
        'Chỉ tiêu 3: Tỷ lệ thôn có mô hình phòng, chống bạo lực gia đình, Tổ truyền thông cộng đồng hoặc "Địa chỉ tin cậy" hoạt động hiệu quả',
        "70%",
        "100%",
    ),
    ("M4", "Mục tiêu 4: Trong lĩnh vực y tế"),
    (
        "4.1",
        "Chỉ tiêu 1: Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)",
        "Dưới 111",
        "Ở mức 109",
    ),
    (
        "4.2",
        "Chỉ tiêu 2: Tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có sự hỗ trợ của cán bộ y tế",
        "Trên 90%",
        "Trên 95%",
    ),
    (
        "4.3",
        "Chỉ tiêu 3: Tỷ suất sinh ở vị thành niên giảm từ 36 ca sinh/1.000 phụ nữ từ 15 - 19 tuổi (năm 2025)",
        "Còn 30 ca sinh/1.000 phụ nữ",
        "Còn 25 ca sinh/1.000 phụ nữ",
    ),
    ("M5", "Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo"),
    (
        "5.1",
        "Chỉ tiêu 1: Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành chương trình giáo dục tiểu học",
        "98%",
        "99%",
    ),
    (
        "5.2",
        "Chỉ tiêu 2: Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành chương trình trung học cơ sở",
        "90%",
        "93%",
    ),
    (
        "5.3",
        "Chỉ tiêu 3: Nội dung về giới, bình đẳng giới, phòng, chống tảo hôn và hôn nhân cận huyết thống được lồng ghép trong hoạt động giáo dục ngoài giờ lên lớp tại các trường trên địa bàn xã",
        "Thực hiện từ năm 2026 trở đi",
        None,
    ),
    ("M6", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông"),
    (
        "6.1",
        "Chỉ tiêu 1: Tỷ lệ dân số từ 15 tuổi trở lên được tiếp cận kiến thức cơ bản về bình đẳng giới",
        "70%",
        "80%",
    ),
    (
        "6.2",
        "Chỉ tiêu 2: Số tin, bài về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới phát trên hệ thống loa truyền thanh của xã (bằng tiếng phổ thông và tiếng dân tộc)",
        "Ít nhất 02 tin, bài/tháng",
        "Ít nhất 04 tin, bài/tháng",
    ),
    (
        "6.3",
        "Chỉ tiêu 3: Tỷ lệ thôn tổ chức ít nhất 01 hoạt động truyền thông về bình đẳng giới trong Tháng hành động vì bình đẳng giới hằng năm",
        "90%",
        "100%",
    ),
]


def _b_table():
    rows = [["TT", "Mục tiêu, chỉ tiêu", "Đến năm 2028", "Đến năm 2030"]]
    merges = []
    obj_no = 0
    for row in B_ROWS:
        code, text = row[0], row[1]
        if code.startswith("M"):
            obj_no += 1
            rows.append([["I", "II", "III", "IV", "V", "VI"][obj_no - 1], text, "", ""])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
        else:
            c28, c30 = row[2], row[3]
            tt = code.split(".")[1] if code[-1].isdigit() else ""
            rows.append([tt, text, c28, c30 if c30 is not None else ""])
            if c30 is None:
                merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    return ("table", rows, merges)


def _b_text(code):
    for row in B_ROWS:
        if row[0] == code:
            return row[1].split(": ", 1)[1] if row[1].startswith("Chỉ tiêu") else row[1]
    raise KeyError(code)


B_32_TEXT = _b_text("3.2") + " " + _b_text("3.2a")[2:] + "; " + _b_text("3.2b")[2:]

PLAN_TA_MIN_CHAI = {
    "name": "r10b-ta-min-chai-2026-2030",
    "ext": "docx",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ TẢ MÌN CHẢI", "", "Số: 112/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Tả Mìn Chải, ngày 14 tháng 7 năm 2026",
            ],
        ),
        ("center", "**KẾ HOẠCH**"),
        (
            "center",
            "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Tả Mìn Chải**",
        ),
        "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Kế hoạch số 204/KH-UBND ngày 22/5/2026 của UBND tỉnh Lào Cai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Lào Cai; Nghị quyết Đại hội đại biểu Đảng bộ xã Tả Mìn Chải lần thứ I, nhiệm kỳ 2025 - 2030; căn cứ tình hình thực tế của địa phương, UBND xã Tả Mìn Chải xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã, cụ thể như sau:",
        "**Phần thứ nhất**",
        "**KHÁI QUÁT TÌNH HÌNH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025**",
        'Xã Tả Mìn Chải được thành lập trên cơ sở sắp xếp ba xã vùng cao biên giới, có 21 thôn, trên 2.900 hộ với gần 14.000 nhân khẩu, trong đó đồng bào dân tộc thiểu số chiếm trên 93%. Giai đoạn 2021 - 2025, công tác bình đẳng giới trên địa bàn các xã cũ đã đạt được một số kết quả: nhận thức về bình đẳng giới của cán bộ và Nhân dân từng bước được nâng lên; nhiều phụ nữ tham gia các tổ hợp tác trồng dược liệu, dệt thổ cẩm, làm du lịch cộng đồng; các mô hình "Địa chỉ tin cậy", Tổ truyền thông cộng đồng được duy trì ở một số thôn.',
        "Tuy nhiên, khoảng cách giới vẫn còn rõ nét: tỷ lệ nữ tham gia cấp ủy, Trưởng thôn còn thấp; tình trạng tảo hôn, hôn nhân cận huyết thống vẫn xảy ra ở một số thôn vùng sâu; phụ nữ gánh vác phần lớn công việc nội trợ, chăm sóc gia đình và lao động nương rẫy; tỷ lệ phụ nữ sinh con tại nhà còn cao; số liệu thống kê có tách biệt giới ở cấp thôn còn thiếu, chưa được cập nhật thường xuyên.",
        "**Phần thứ hai**",
        "**KẾ HOẠCH THỰC HIỆN GIAI ĐOẠN 2026 - 2030**",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của tỉnh phù hợp với điều kiện của xã vùng cao, biên giới, có đông đồng bào dân tộc Mông, Dao, Giáy sinh sống.",
        "- Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, các ban, ngành, đoàn thể, người có uy tín và Nhân dân trong thực hiện bình đẳng giới; từng bước xóa bỏ định kiến giới, phong tục tập quán lạc hậu như tảo hôn, hôn nhân cận huyết thống, trọng nam khinh nữ; nâng cao vị thế của phụ nữ và trẻ em gái người dân tộc thiểu số.",
        "**2. Yêu cầu**",
        '- Việc triển khai Kế hoạch phải gắn với thực hiện các Chương trình mục tiêu quốc gia trên địa bàn xã, đặc biệt là Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em"; bảo đảm thiết thực, hiệu quả, phù hợp với phong tục, tập quán và ngôn ngữ của từng dân tộc.',
        "- Phân công rõ trách nhiệm của từng phòng, đơn vị, ban, ngành, đoàn thể và các thôn; số liệu theo dõi, báo cáo phải bảo đảm tách biệt theo giới tính và theo dân tộc.",
        "- Hằng năm, căn cứ Kế hoạch giai đoạn và hướng dẫn của tỉnh, UBND xã ban hành kế hoạch thực hiện công tác bình đẳng giới năm; các chỉ tiêu năm phải bảo đảm lộ trình để hoàn thành các chỉ tiêu đến năm 2028 và năm 2030 của Kế hoạch này.",
        "**II. MỤC TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; nâng cao chất lượng cuộc sống của phụ nữ và trẻ em gái vùng đồng bào dân tộc thiểu số, góp phần vào sự phát triển bền vững của xã Tả Mìn Chải.",
        "**2. Mục tiêu, chỉ tiêu cụ thể**",
        "Các mục tiêu, chỉ tiêu cụ thể đến năm 2028 và đến năm 2030 của xã được xác định tại bảng sau:",
        _b_table(),
        "*Ghi chú: Số liệu năm 2025 là số liệu ước thực hiện do Trạm Y tế xã cung cấp; các chỉ tiêu còn lại được rà soát, điều chỉnh sau khi sơ kết giữa kỳ.*",
        "**III. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Nhóm giải pháp chung**",
        "- Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, HĐND, UBND xã đối với công tác bình đẳng giới; đưa các mục tiêu, chỉ tiêu bình đẳng giới vào Nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm của xã; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, Trưởng thôn với kết quả thực hiện.",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã; xây dựng đội ngũ cộng tác viên, tuyên truyền viên về bình đẳng giới ở các thôn, ưu tiên người biết tiếng dân tộc, người có uy tín trong cộng đồng.",
        "- Lồng ghép có hiệu quả nội dung bình đẳng giới trong triển khai các Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững, phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn xã.",
        "**2. Nhóm giải pháp trong lĩnh vực chính trị, kinh tế, lao động**",
        "- Quan tâm công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ, cán bộ nữ người dân tộc thiểu số; giới thiệu nữ ứng cử các chức danh Trưởng thôn, Bí thư chi bộ, Chi hội trưởng.",
        "- Tổ chức các lớp đào tạo nghề nông nghiệp, dệt thổ cẩm, chế biến dược liệu, du lịch cộng đồng cho lao động nữ; hỗ trợ phụ nữ tham gia tổ hợp tác, hợp tác xã; tạo điều kiện để phụ nữ nghèo tiếp cận vốn vay ưu đãi, khoa học kỹ thuật và thị trường tiêu thụ sản phẩm.",
        "**3. Nhóm giải pháp trong lĩnh vực gia đình, phòng ngừa và ứng phó với bạo lực trên cơ sở giới**",
        "- Tuyên truyền, vận động xóa bỏ tảo hôn, hôn nhân cận huyết thống; xây dựng, sửa đổi hương ước, quy ước thôn có nội dung bình đẳng giới; phát huy vai trò của già làng, trưởng dòng họ, thầy mo, thầy cúng trong vận động Nhân dân.",
        '- Duy trì, nhân rộng các mô hình "Địa chỉ tin cậy", Tổ truyền thông cộng đồng, Câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học; kịp thời phát hiện, hỗ trợ người bị bạo lực và tư vấn, giáo dục người gây bạo lực.',
        "- Phối hợp với lực lượng Bộ đội Biên phòng tuyên truyền phòng, chống mua bán người, xuất cảnh, kết hôn trái phép qua biên giới.",
        "- Củng cố hoạt động của các Tổ hòa giải ở thôn; lồng ghép nội dung phòng, chống bạo lực gia đình trong sinh hoạt của Chi hội Phụ nữ, Chi hội Nông dân, Chi hội Cựu chiến binh và Chi đoàn thanh niên; vận động nam giới tham gia chia sẻ công việc gia đình, chăm sóc con cái.",
        "**4. Nhóm giải pháp trong lĩnh vực y tế, giáo dục**",
        "- Tăng cường truyền thông về chăm sóc sức khỏe sinh sản, làm mẹ an toàn, sinh con tại cơ sở y tế; phát huy vai trò của cô đỡ thôn bản và nhân viên y tế thôn; kiểm soát mất cân bằng giới tính khi sinh.",
        "- Vận động trẻ em trong độ tuổi đến trường, nhất là trẻ em gái; duy trì sĩ số, hạn chế tình trạng học sinh bỏ học sớm để lấy chồng hoặc đi làm thuê; lồng ghép nội dung giới, bình đẳng giới trong các hoạt động giáo dục.",
        "**5. Nhóm giải pháp trong lĩnh vực thông tin, truyền thông**",
        "- Biên soạn tài liệu, tin, bài tuyên truyền bằng tiếng Mông, tiếng Dao phát trên hệ thống loa truyền thanh của xã và thôn; tuyên truyền qua các buổi họp thôn, chợ phiên, lễ hội truyền thống.",
        "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
        '- Xây dựng chuyên mục "Bình đẳng giới - Hạnh phúc gia đình" trên hệ thống truyền thanh của xã, phát định kỳ vào tối thứ Bảy hằng tuần; lựa chọn những tấm gương phụ nữ làm kinh tế giỏi, gia đình chia sẻ việc nhà để tuyên truyền, nhân rộng.',
        "**6. Nhóm giải pháp nâng cao năng lực quản lý nhà nước về bình đẳng giới**",
        "- Hằng năm tổ chức ít nhất 01 lớp tập huấn kiến thức, kỹ năng về bình đẳng giới, lồng ghép giới cho cán bộ, công chức xã, Trưởng thôn, Chi hội trưởng các đoàn thể; cử cán bộ tham gia các lớp tập huấn do tỉnh tổ chức.",
        "- Hướng dẫn các thôn thu thập, cập nhật số liệu theo dõi các chỉ tiêu có tách biệt giới tính và dân tộc; tổng hợp số liệu phục vụ xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
        "- Tăng cường kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu; xử lý nghiêm các hành vi vi phạm theo quy định.",
        "**IV. KINH PHÍ THỰC HIỆN**",
        "- Ngân sách nhà nước bố trí trong dự toán chi thường xuyên hằng năm của xã theo phân cấp quản lý ngân sách hiện hành.",
        "- Nguồn kinh phí lồng ghép từ các Chương trình mục tiêu quốc gia, các chương trình, dự án có liên quan; nguồn tài trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn huy động hợp pháp khác.",
        "**V. TỔ CHỨC THỰC HIỆN**",
        ("list", "List Number", "**Phòng Văn hóa - Xã hội**"),
        "- Là cơ quan thường trực giúp UBND xã triển khai, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; hướng dẫn các thôn xây dựng và triển khai kế hoạch hằng năm.",
        "- Chủ trì tổ chức các hoạt động truyền thông, Tháng hành động; phối hợp với các trường học triển khai giáo dục giới, bình đẳng giới.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện Chỉ tiêu 1 Mục tiêu 2; Chỉ tiêu 1, Chỉ tiêu 2, Chỉ tiêu 3 Mục tiêu 3; các chỉ tiêu thuộc Mục tiêu 5 và Mục tiêu 6 của Kế hoạch.",
        ("list", "List Number", "**Văn phòng HĐND và UBND xã**"),
        "- Tham mưu thực hiện lồng ghép bình đẳng giới trong công tác cán bộ; xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ nữ, cán bộ nữ người dân tộc thiểu số giai đoạn 2026 - 2030.",
        "- Theo dõi, báo cáo Chỉ tiêu 1, 2 Mục tiêu 1.",
        ("list", "List Number", "**Phòng Kinh tế**"),
        "- Lồng ghép các chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội hằng năm; tham mưu bố trí kinh phí thực hiện Kế hoạch.",
        "- Chủ trì theo dõi, báo cáo Chỉ tiêu 2 Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội thực hiện Chỉ tiêu 1 Mục tiêu 2.",
        ("list", "List Number", "**Trạm Y tế xã**"),
        "Triển khai các hoạt động chăm sóc sức khỏe sinh sản, làm mẹ an toàn, kiểm soát mất cân bằng giới tính khi sinh; chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        ("list", "List Number", "**Công an xã**"),
        "Chủ trì phòng ngừa, phát hiện, xử lý các hành vi bạo lực gia đình, mua bán người, xuất nhập cảnh trái phép; phối hợp với Phòng Văn hóa - Xã hội thu thập số liệu về người bị bạo lực, người gây bạo lực được phát hiện phục vụ theo dõi Chỉ tiêu 2 Mục tiêu 3.",
        (
            "list",
            "List Number",
            "**Các trường Mầm non, Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở trên địa bàn xã**",
        ),
        'Thực hiện giáo dục giới tính, sức khỏe sinh sản, kỹ năng sống phù hợp lứa tuổi; duy trì hoạt động Câu lạc bộ "Thủ lĩnh của sự thay đổi"; vận động học sinh, nhất là học sinh nữ, đi học đầy đủ.',
        "Phối hợp với Ban Chỉ đạo phổ cập giáo dục xã, các thôn rà soát, nắm chắc số học sinh có nguy cơ bỏ học; phối hợp với gia đình, người có uy tín vận động học sinh trở lại lớp; tổ chức hoạt động ngoại khóa về phòng, chống tảo hôn, hôn nhân cận huyết thống, xâm hại tình dục trẻ em.",
        ("list", "List Number", "**Hội Liên hiệp Phụ nữ xã**"),
        '- Chủ trì triển khai các hoạt động thuộc Dự án 8; nhân rộng các mô hình "Địa chỉ tin cậy", Tổ truyền thông cộng đồng.',
        "- Chủ trì, phối hợp với Phòng Giao dịch Ngân hàng Chính sách xã hội khu vực theo dõi, báo cáo Chỉ tiêu 3 Mục tiêu 2.",
        (
            "list",
            "List Number",
            "**Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội**",
        ),
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức thành viên tuyên truyền, vận động đoàn viên, hội viên thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới trên địa bàn xã.",
        ("list", "List Number", "**Các thôn**"),
        "Trưởng thôn phối hợp với Chi hội Phụ nữ, Chi đoàn thanh niên, người có uy tín tuyên truyền, vận động Nhân dân thực hiện bình đẳng giới; đưa nội dung bình đẳng giới vào hương ước, quy ước; thu thập, cập nhật số liệu và báo cáo UBND xã.",
        "Kịp thời phát hiện, can thiệp, thông tin về UBND xã, Công an xã các trường hợp tảo hôn, hôn nhân cận huyết thống, bạo lực gia đình, người có dấu hiệu bị lừa bán qua biên giới; lồng ghép nội dung bình đẳng giới trong các cuộc họp thôn ít nhất mỗi quý một lần.",
        ("list", "List Number", "**Chế độ thông tin, báo cáo**"),
        "- Các phòng, đơn vị, ban, ngành, đoàn thể và các thôn xây dựng kế hoạch triển khai thực hiện giai đoạn 2026 - 2030 của đơn vị mình gửi về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 15/8/2026.",
        "- Định kỳ, các phòng, đơn vị, ban, ngành, đoàn thể và các thôn gửi báo cáo kết quả thực hiện Kế hoạch về UBND xã (qua Phòng Văn hóa - Xã hội): báo cáo 6 tháng trước ngày 08/6, báo cáo năm trước ngày 08/12 hằng năm.",
        "- Phòng Văn hóa - Xã hội tham mưu UBND xã tổng hợp, báo cáo UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng trước ngày 12/6, báo cáo năm trước ngày 12/12 hằng năm.",
        "- Năm 2028, các phòng, đơn vị, ban, ngành, đoàn thể và các thôn gửi báo cáo sơ kết giữa kỳ về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 20/7/2028 để tổng hợp, tổ chức sơ kết.",
        "- Báo cáo tổng kết giai đoạn 2026 - 2030: các đơn vị, các thôn gửi báo cáo về UBND xã trước ngày 15/8/2030; UBND xã tổng hợp, báo cáo Sở Nội vụ trước ngày 30/8/2030.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Tả Mìn Chải. Yêu cầu các phòng, đơn vị, ban, ngành, đoàn thể và các thôn nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc báo cáo về UBND xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Sở Nội vụ tỉnh Lào Cai;",
                "- TT Đảng ủy xã;",
                "- TT HĐND xã;",
                "- CT, các PCT UBND xã;",
                "- UBMTTQ và các tổ chức CT-XH xã;",
                "- Các phòng, đơn vị thuộc UBND xã;",
                "- Các thôn;",
                "- Lưu: VT.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Sùng A Páo"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn xã Tả Mìn Chải",
        "issuer": "UBND xã Tả Mìn Chải",
        "level": "commune",
        "area": "Tả Mìn Chải",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 204/KH-UBND ngày 22/5/2026 của UBND tỉnh Lào Cai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Lào Cai",
            "Nghị quyết Đại hội đại biểu Đảng bộ xã Tả Mìn Chải lần thứ I, nhiệm kỳ 2025 - 2030",
        ],
        "parent": "Kế hoạch số 204/KH-UBND ngày 22/5/2026 của UBND tỉnh Lào Cai",
        "objectives": [
            OBJ(
                "1",
                "Trong lĩnh vực chính trị",
                [
                    IND("1.1", _b_text("1.1"), [T(25, "%", ">=", 2028), T(30, "%", ">=", 2030)]),
                    IND("1.2", _b_text("1.2"), [T(20, "%", ">=", 2028), T(30, "%", ">=", 2030)]),
                ],
            ),
            OBJ(
                "2",
                "Trong lĩnh vực kinh tế, lao động",
                [
                    IND("2.1", _b_text("2.1"), [T(40, "%", ">=", 2028), T(50, "%", ">=", 2030)]),
                    IND("2.2", _b_text("2.2"), [T(70, "%", "<", 2028), T(65, "%", "<", 2030)]),
                    IND("2.3", _b_text("2.3"), [T(100, "%", ">=", 2030)]),
                ],
            ),
            OBJ(
                "3",
                "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                [
                    IND(
                        "3.1",
                        _b_text("3.1"),
                        [T(1.7, "times", "<=", 2028), T(1.5, "times", "<=", 2030)],
                    ),
                    IND(
                        "3.2",
                        B_32_TEXT,
                        [
                            T(80, "%", ">=", 2028, label="người bị bạo lực"),
                            T(90, "%", ">=", 2030, label="người bị bạo lực"),
                            T(60, "%", ">=", 2028, label="người gây bạo lực"),
                            T(80, "%", ">=", 2030, label="người gây bạo lực"),
                        ],
                    ),
                    IND("3.3", _b_text("3.3"), [T(70, "%", ">=", 2028), T(100, "%", ">=", 2030)]),
                ],
            ),
            OBJ(
                "4",
                "Trong lĩnh vực y tế",
                [
                    IND(
                        "4.1",
                        _b_text("4.1"),
                        [
                            T(111, "boys_per_100_girls", "<", 2028),
                            T(109, "boys_per_100_girls", "=", 2030),
                        ],
                    ),
                    IND("4.2", _b_text("4.2"), [T(90, "%", ">", 2028), T(95, "%", ">", 2030)]),
                    IND(
                        "4.3",
                        _b_text("4.3"),
                        [
                            T(30, "per_1000_women", "<=", 2028, baseline=36),
                            T(25, "per_1000_women", "<=", 2030, baseline=36),
                        ],
                    ),
                ],
            ),
            OBJ(
                "5",
                "Trong lĩnh vực giáo dục, đào tạo",
                [
                    IND("5.1", _b_text("5.1"), [T(98, "%", ">=", 2028), T(99, "%", ">=", 2030)]),
                    IND("5.2", _b_text("5.2"), [T(90, "%", ">=", 2028), T(93, "%", ">=", 2030)]),
                    IND("5.3", _b_text("5.3"), [T(None, "bool", "=", 2026)]),
                ],
            ),
            OBJ(
                "6",
                "Trong lĩnh vực thông tin, truyền thông",
                [
                    IND("6.1", _b_text("6.1"), [T(70, "%", ">=", 2028), T(80, "%", ">=", 2030)]),
                    IND(
                        "6.2",
                        _b_text("6.2"),
                        [T(2, "items_per_month", ">=", 2028), T(4, "items_per_month", ">=", 2030)],
                    ),
                    IND("6.3", _b_text("6.3"), [T(90, "%", ">=", 2028), T(100, "%", ">=", 2030)]),
                ],
            ),
        ],
        "assignments": [
            A(
                "Phòng Văn hóa - Xã hội",
                "lead",
                ["2.1", "3.1", "3.2", "3.3", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3"],
            ),
            A("Văn phòng HĐND và UBND xã", "lead", ["1.1", "1.2"]),
            A("Phòng Kinh tế", "lead", ["2.2"]),
            A("Phòng Kinh tế", "support", ["2.1"]),
            A("Trạm Y tế xã", "lead", ["4.1", "4.2", "4.3"]),
            A("Công an xã", "support", ["3.2"]),
            A("Hội Liên hiệp Phụ nữ xã", "lead", ["2.3"]),
        ],
        "reporting": [
            R("plan", "units", "2026-08-15"),
            R("semiannual", "units", "06-08"),
            R("annual", "units", "12-08"),
            R("semiannual", "consolidator", "06-12"),
            R("annual", "consolidator", "12-12"),
            R("midterm", "units", "2028-07-20"),
            R("final", "units", "2030-08-15"),
            R("final", "consolidator", "2030-08-30"),
        ],
    },
}


# ---------------------------------------------------------------------------
# Plan 3: xã Quỳnh Tân Hải (Nghệ An), annual 2026, PDF (built as Word, converted by LibreOffice)
# indicators lettered a), b), c) under "Mục tiêu N."; agencies as bold run-in headings
# ---------------------------------------------------------------------------

C11 = "Phấn đấu tỷ lệ nữ đại biểu Hội đồng nhân dân xã nhiệm kỳ 2026 - 2031 đạt từ 30% trở lên."
C12 = "100% cơ quan Đảng, chính quyền, Mặt trận Tổ quốc xã có cán bộ nữ trong quy hoạch các chức danh lãnh đạo chủ chốt."
C21 = (
    "Tỷ lệ lao động nữ trong tổng số lao động được giải quyết việc làm mới trong năm đạt trên 45%."
)
C22 = "Hỗ trợ ít nhất 40 phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ vùng bãi ngang được tiếp cận vốn vay ưu đãi để chuyển đổi nghề, phát triển sinh kế."
C23 = "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp, thủy sản trong tổng số lao động nữ có việc làm xuống dưới 40%."
C31 = (
    "100% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; "
    "phấn đấu 90% người gây bạo lực gia đình được phát hiện được tư vấn, giáo dục, tham vấn tại cộng đồng."
)
C32 = "100% thôn xây dựng và thực hiện hương ước, quy ước có nội dung về bình đẳng giới, phòng, chống bạo lực gia đình."
C41 = "Tỷ số giới tính khi sinh giảm xuống dưới 112 bé trai/100 bé gái sinh ra sống."
C42 = "Tỷ lệ phụ nữ mang thai được quản lý thai nghén và khám thai định kỳ đạt 98%."
C43 = "Tỷ lệ phụ nữ trong độ tuổi sinh đẻ được tư vấn, khám sàng lọc sức khỏe sinh sản đạt ít nhất 60%."
C51 = (
    "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình tiểu học đạt 100%; "
    "hoàn thành chương trình trung học cơ sở đạt 99,5%."
)
C61 = "100% thôn mỗi quý có ít nhất 02 tin, bài về bình đẳng giới phát trên hệ thống loa truyền thanh thôn hoặc nhóm Zalo của thôn."
C62 = "Trang thông tin điện tử xã mỗi tháng có ít nhất 01 tin, bài tuyên truyền về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới."
C63 = "Đạt 75% cán bộ, công chức xã và người hoạt động không chuyên trách ở thôn được tập huấn, bồi dưỡng kiến thức về bình đẳng giới."

PLAN_QUYNH_TAN_HAI = {
    "name": "r10b-quynh-tan-hai-2026",
    "ext": "pdf",
    "blocks": [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "XÃ QUỲNH TÂN HẢI", "", "Số: 58/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Quỳnh Tân Hải, ngày 05 tháng 5 năm 2026",
            ],
        ),
        ("center", "**KẾ HOẠCH**"),
        (
            "center",
            "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Quỳnh Tân Hải năm 2026**",
        ),
        "Căn cứ Luật Bình đẳng giới năm 2006; Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "Căn cứ Kế hoạch số 318/KH-UBND ngày 15/4/2026 của UBND tỉnh Nghệ An về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026;",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2026,",
        "UBND xã Quỳnh Tân Hải xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 với những nội dung sau:",
        "**I. KẾT QUẢ THỰC HIỆN NĂM 2025**",
        "Năm 2025 là năm đầu tiên xã Quỳnh Tân Hải đi vào hoạt động theo mô hình chính quyền địa phương hai cấp sau khi sáp nhập. Công tác bình đẳng giới tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo của Đảng ủy, chính quyền; các ban, ngành, đoàn thể đã tích cực phối hợp triển khai các hoạt động tuyên truyền, hỗ trợ phụ nữ phát triển kinh tế. Tỷ lệ nữ trong Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 đạt 22,7%; tỷ lệ lao động nữ được giải quyết việc làm mới chiếm 41,3%; toàn xã phát hiện 07 vụ bạo lực gia đình, 100% người bị bạo lực được hỗ trợ; tỷ số giới tính khi sinh ở mức 115 bé trai/100 bé gái.",
        "Bên cạnh kết quả đạt được, công tác bình đẳng giới trên địa bàn vẫn còn một số hạn chế: tư tưởng trọng nam hơn nữ còn tồn tại trong một bộ phận Nhân dân vùng bãi ngang; tỷ số giới tính khi sinh còn cao; lao động nữ chủ yếu làm nghề biển, chế biến hải sản theo mùa vụ, thu nhập không ổn định; số liệu thống kê tách biệt giới ở cấp thôn chưa đầy đủ.",
        "Nguyên nhân của những hạn chế trên chủ yếu do một số cấp ủy, chính quyền thôn chưa thực sự quan tâm đến công tác bình đẳng giới; đội ngũ làm công tác bình đẳng giới ở cơ sở còn kiêm nhiệm, thường xuyên thay đổi; nguồn kinh phí bố trí cho công tác này còn hạn chế; một bộ phận nam giới đi làm ăn xa, đi biển dài ngày nên việc tuyên truyền, vận động gặp nhiều khó khăn.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "1. Tiếp tục nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về bình đẳng giới; tạo chuyển biến về hành vi, từng bước xóa bỏ định kiến giới, nhất là tư tưởng trọng nam hơn nữ, phải có con trai nối dõi.",
        "2. Các cơ quan, đơn vị, thôn xác định công tác bình đẳng giới là nhiệm vụ thường xuyên, lồng ghép trong chương trình công tác năm 2026; phân công cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành.",
        "3. Thông tin báo cáo kịp thời, chính xác, số liệu phải được tách biệt theo giới tính.",
        "4. Huy động sự vào cuộc của cả hệ thống chính trị, các xứ họ đạo, doanh nghiệp, hợp tác xã nghề cá và mỗi gia đình trong thực hiện bình đẳng giới; lấy kết quả thực hiện các chỉ tiêu bình đẳng giới là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm của các cơ quan, đơn vị, thôn.",
        "**III. MỤC TIÊU, CHỈ TIÊU**",
        "**1. Mục tiêu chung**",
        "Bảo đảm bình đẳng giới thực chất giữa nam và nữ trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; nâng cao vị thế của phụ nữ vùng biển, vùng bãi ngang; góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026 của xã.",
        "**2. Mục tiêu, chỉ tiêu cụ thể**",
        "**Mục tiêu 1. Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý**",
        "a) " + C11,
        "b) " + C12,
        "**Mục tiêu 2. Nâng cao vị thế kinh tế của phụ nữ, thu hẹp khoảng cách giới trong lao động, việc làm**",
        "a) " + C21,
        "b) " + C22,
        "c) " + C23,
        "**Mục tiêu 3. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, xây dựng gia đình no ấm, tiến bộ, hạnh phúc**",
        "a) " + C31,
        "b) " + C32,
        "**Mục tiêu 4. Bảo đảm bình đẳng giới trong tiếp cận dịch vụ chăm sóc sức khỏe**",
        "a) " + C41,
        "b) " + C42,
        "c) " + C43,
        "**Mục tiêu 5. Bình đẳng giới trong giáo dục, đào tạo**",
        C51,
        "**Mục tiêu 6. Thông tin, truyền thông về bình đẳng giới**",
        "a) " + C61,
        "b) " + C62,
        "c) " + C63,
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác lãnh đạo, chỉ đạo**",
        "Đưa nội dung công tác bình đẳng giới vào chương trình công tác, kế hoạch phát triển kinh tế - xã hội năm 2026 của xã; chỉ đạo các ban, ngành, đoàn thể, các thôn xây dựng kế hoạch cụ thể để triển khai. Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã; phân công thành viên phụ trách địa bàn các thôn.",
        "**2. Công tác thông tin, tuyên truyền**",
        "- Tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022, các quy định về nghiêm cấm lựa chọn giới tính thai nhi trên hệ thống loa truyền thanh, Trang thông tin điện tử xã, các nhóm Zalo thôn; lồng ghép trong các buổi sinh hoạt chi hội, câu lạc bộ, họp thôn.",
        "- Tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 08/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10; hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình tháng 6/2026 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11/2026 đến ngày 15/12/2026.",
        "- Vận động nam giới, ngư dân đi biển dài ngày chia sẻ công việc gia đình; phát huy vai trò của chức sắc tôn giáo, người có uy tín trong các xứ họ đạo trong tuyên truyền, vận động.",
        '- Xây dựng chuyên mục "Gia đình bình đẳng - Làng biển bình yên" phát trên hệ thống truyền thanh xã vào sáng thứ Hai và chiều thứ Năm hằng tuần; biên tập tài liệu hỏi - đáp ngắn gọn, dễ hiểu về bình đẳng giới, phòng, chống bạo lực gia đình để cấp phát cho các thôn, các tàu cá.',
        "- Tuyên truyền, biểu dương các tấm gương phụ nữ làm kinh tế giỏi, các gia đình tiêu biểu chia sẻ công việc nhà, nuôi dạy con tốt; tổ chức các cuộc thi tìm hiểu pháp luật về bình đẳng giới dành cho đoàn viên, hội viên và học sinh.",
        "**3. Thúc đẩy bình đẳng giới trong các lĩnh vực**",
        "- Lĩnh vực chính trị: giới thiệu nữ ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031 bảo đảm cơ cấu theo hướng dẫn; quan tâm quy hoạch, đào tạo, bồi dưỡng cán bộ nữ trẻ.",
        "- Lĩnh vực kinh tế, lao động: phối hợp tổ chức các lớp dạy nghề chế biến hải sản, may công nghiệp, dịch vụ du lịch biển cho lao động nữ; giới thiệu lao động nữ vào làm việc tại các doanh nghiệp trong Khu kinh tế; hỗ trợ phụ nữ tiếp cận nguồn vốn vay ưu đãi.",
        "- Lĩnh vực gia đình: kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực gia đình; duy trì hoạt động của Tổ hòa giải, nhóm phòng, chống bạo lực gia đình ở các thôn; tư vấn, giáo dục người có hành vi bạo lực.",
        "- Lĩnh vực y tế: tăng cường truyền thông chuyển đổi hành vi về mất cân bằng giới tính khi sinh; xử lý nghiêm các trường hợp vi phạm quy định về lựa chọn giới tính thai nhi; nâng cao chất lượng khám thai, chăm sóc bà mẹ, trẻ sơ sinh.",
        "- Tổ chức khám sàng lọc sức khỏe sinh sản miễn phí cho phụ nữ tại các thôn vùng bãi ngang, phụ nữ có chồng đi biển dài ngày; tư vấn tiền hôn nhân cho nam, nữ thanh niên chuẩn bị kết hôn; đẩy mạnh cung cấp các biện pháp tránh thai hiện đại, khuyến khích nam giới tham gia thực hiện kế hoạch hóa gia đình.",
        "- Lĩnh vực giáo dục: duy trì kết quả phổ cập giáo dục; lồng ghép giáo dục giới, bình đẳng giới, phòng, chống xâm hại trong các trường học.",
        '- Lĩnh vực văn hóa, thông tin: lồng ghép nội dung bình đẳng giới trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa", xây dựng gia đình văn hóa, thôn văn hóa; kiểm tra, nhắc nhở các cơ sở kinh doanh dịch vụ quảng cáo, in ấn không sử dụng hình ảnh, nội dung mang định kiến giới.',
        "**Các hoạt động cụ thể năm 2026**",
        (
            "table",
            [
                ["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"],
                [
                    "1",
                    "Hội nghị triển khai Kế hoạch, kiện toàn Ban Vì sự tiến bộ của phụ nữ xã",
                    "Tháng 5/2026",
                    "Phòng Văn hóa - Xã hội",
                    "Văn phòng HĐND và UBND xã",
                ],
                [
                    "2",
                    "Truyền thông về mất cân bằng giới tính khi sinh tại thôn Tân Hải, thôn Đông Hòa, thôn Phú Lợi",
                    "Quý II, quý III/2026",
                    "Trạm Y tế xã",
                    "Hội Liên hiệp Phụ nữ xã",
                ],
                [
                    "3",
                    "Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
                    "Tháng 6/2026",
                    "Phòng Văn hóa - Xã hội",
                    "Công an xã, các thôn",
                ],
                [
                    "4",
                    "Lớp tập huấn kiến thức về bình đẳng giới cho cán bộ, công chức và người hoạt động không chuyên trách ở thôn",
                    "Tháng 8/2026",
                    "Văn phòng HĐND và UBND xã",
                    "Phòng Văn hóa - Xã hội",
                ],
                [
                    "5",
                    'Diễn đàn "Phụ nữ vùng biển khởi nghiệp"',
                    "Tháng 10/2026",
                    "Hội Liên hiệp Phụ nữ xã",
                    "Phòng Kinh tế",
                ],
                [
                    "6",
                    "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                    "Từ 15/11 đến 15/12/2026",
                    "Phòng Văn hóa - Xã hội",
                    "Các ban, ngành, đoàn thể xã",
                ],
            ],
        ),
        "**4. Kiểm tra, giám sát**",
        "Tổ chức kiểm tra việc thực hiện công tác bình đẳng giới tại một số thôn, đơn vị vào quý III/2026; kịp thời đôn đốc, tháo gỡ khó khăn, vướng mắc.",
        "**5. Nâng cao năng lực và thống kê số liệu về giới**",
        "- Bố trí công chức Phòng Văn hóa - Xã hội theo dõi công tác bình đẳng giới; mỗi thôn phân công 01 cộng tác viên (ưu tiên Chi hội trưởng Chi hội Phụ nữ) theo dõi, cập nhật thông tin về bình đẳng giới, bạo lực gia đình.",
        "- Hướng dẫn các thôn ghi chép, cập nhật số liệu có tách biệt giới về lao động, việc làm, vay vốn, sinh con, bạo lực gia đình; số liệu được rà soát, đối chiếu với số liệu của Trạm Y tế, Công an xã trước khi tổng hợp báo cáo.",
        "**6. Khen thưởng**",
        "Cuối năm, UBND xã xem xét khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; lồng ghép việc đánh giá kết quả thực hiện Kế hoạch vào tiêu chí bình xét danh hiệu thôn văn hóa, gia đình văn hóa.",
        "**7. Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026**",
        'Hưởng ứng chủ đề Tháng hành động do Bộ Nội vụ phát động, UBND xã tổ chức lễ mít tinh tại Hội trường UBND xã; treo băng rôn, khẩu hiệu tại trụ sở UBND xã, nhà văn hóa các thôn và các trục đường chính; tổ chức diễu hành cổ động bằng xe đạp, xe máy với sự tham gia của đoàn viên, hội viên và học sinh; phát động các hoạt động "Nam giới chia sẻ việc nhà", "Thắp sáng ngọn đèn da cam" nhân ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11); thăm hỏi, tặng quà phụ nữ, trẻ em gái có hoàn cảnh đặc biệt khó khăn, người bị bạo lực gia đình.',
        "**V. KINH PHÍ**",
        "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi sự nghiệp trong dự toán ngân sách xã năm 2026 đã được HĐND xã thông qua; lồng ghép kinh phí các chương trình, dự án có liên quan và huy động các nguồn hợp pháp khác theo quy định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "Căn cứ nội dung Kế hoạch này, Thủ trưởng các cơ quan, đơn vị, Trưởng các ban, ngành, đoàn thể xã và Trưởng các thôn chủ động xây dựng chương trình, kế hoạch cụ thể của đơn vị mình; bố trí cán bộ theo dõi, bảo đảm các điều kiện cần thiết để triển khai có hiệu quả. Trách nhiệm cụ thể như sau:",
        "**- Phòng Văn hóa - Xã hội:** Là cơ quan thường trực, tham mưu UBND xã tổ chức triển khai Kế hoạch; hướng dẫn các thôn thu thập, cập nhật số liệu có tách biệt giới; chủ trì tổ chức các hoạt động truyền thông, Tháng hành động. Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu tại điểm a Mục tiêu 2; các chỉ tiêu của Mục tiêu 3, Mục tiêu 5; chỉ tiêu tại điểm a, điểm b Mục tiêu 6.",
        "**- Văn phòng HĐND và UBND xã:** Tham mưu công tác cán bộ bảo đảm mục tiêu bình đẳng giới; tham mưu tổ chức tập huấn kiến thức về bình đẳng giới cho cán bộ, công chức; công tác thi đua, khen thưởng. Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 1 và chỉ tiêu tại điểm c Mục tiêu 6.",
        "**- Phòng Kinh tế:** Tham mưu bố trí kinh phí thực hiện Kế hoạch; lồng ghép nội dung hỗ trợ phụ nữ trong các chương trình, dự án phát triển nông nghiệp, thủy sản. Chủ trì theo dõi, báo cáo chỉ tiêu tại điểm c Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội theo dõi chỉ tiêu tại điểm a Mục tiêu 2.",
        "**- Trạm Y tế xã:** Triển khai các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        "**- Công an xã:** Nắm chắc tình hình, giải quyết kịp thời các vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em; phối hợp theo dõi, cung cấp số liệu chỉ tiêu tại điểm a Mục tiêu 3.",
        "**- Các trường Tiểu học, Trung học cơ sở trên địa bàn xã:** Lồng ghép giáo dục giới, bình đẳng giới trong nhà trường; phối hợp với Phòng Văn hóa - Xã hội theo dõi, báo cáo chỉ tiêu của Mục tiêu 5.",
        '**- Hội Liên hiệp Phụ nữ xã:** Chủ trì theo dõi, báo cáo chỉ tiêu tại điểm b Mục tiêu 2; phối hợp với Phòng Văn hóa - Xã hội vận động các thôn thực hiện chỉ tiêu tại điểm b Mục tiêu 3; nhân rộng mô hình "Địa chỉ tin cậy", câu lạc bộ "Gia đình hạnh phúc".',
        "**- Đề nghị Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã:** Tuyên truyền, vận động đoàn viên, hội viên tham gia thực hiện bình đẳng giới; tổ chức các hoạt động truyền thông cho thanh thiếu niên về bình đẳng giới, phòng, chống bạo lực học đường.",
        "**- Các thôn:** Xây dựng kế hoạch thực hiện của thôn; đưa nội dung bình đẳng giới vào hương ước, quy ước; phát hiện, thông tin kịp thời về UBND xã các vụ việc bạo lực gia đình.",
        "**- Ban Vì sự tiến bộ của phụ nữ xã:** Giúp UBND xã chỉ đạo, đôn đốc các ban, ngành, đoàn thể thực hiện Kế hoạch; các thành viên được phân công phụ trách thôn có trách nhiệm nắm tình hình, hướng dẫn, kiểm tra việc thực hiện tại thôn phụ trách; tổ chức họp định kỳ 6 tháng một lần để đánh giá kết quả, đề xuất giải pháp khắc phục những tồn tại, hạn chế.",
        "**VII. CHẾ ĐỘ BÁO CÁO**",
        "Các phòng, đơn vị, ban, ngành, đoàn thể và các thôn báo cáo kết quả thực hiện 6 tháng đầu năm gửi về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 05/6/2026, báo cáo năm trước ngày 25/11/2026. Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo Sở Nội vụ: báo cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 05/12/2026. Kết quả Tháng hành động vì bình đẳng giới được lồng ghép trong báo cáo năm.",
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 trên địa bàn xã Quỳnh Tân Hải, đề nghị các cơ quan, đơn vị, các thôn nghiêm túc triển khai thực hiện./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Sở Nội vụ tỉnh Nghệ An;",
                "- TT Đảng ủy, TT HĐND xã;",
                "- Chủ tịch, các PCT UBND xã;",
                "- Các ban, ngành, đoàn thể xã;",
                "- Các thôn;",
                "- Lưu: VT, VHXH.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hồ Thị Thanh Nga"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn xã Quỳnh Tân Hải năm 2026",
        "issuer": "UBND xã Quỳnh Tân Hải",
        "level": "commune",
        "area": "Quỳnh Tân Hải",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
            "Kế hoạch số 318/KH-UBND ngày 15/4/2026 của UBND tỉnh Nghệ An về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
            "Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2026",
        ],
        "parent": "Kế hoạch số 318/KH-UBND ngày 15/4/2026 của UBND tỉnh Nghệ An",
        "objectives": [
            OBJ(
                "1",
                "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý",
                [
                    IND("1.1", C11, [T(30, "%", ">=", 2026)]),
                    IND("1.2", C12, [T(100, "%", ">=", 2026)]),
                ],
            ),
            OBJ(
                "2",
                "Nâng cao vị thế kinh tế của phụ nữ, thu hẹp khoảng cách giới trong lao động, việc làm",
                [
                    IND("2.1", C21, [T(45, "%", ">", 2026)]),
                    IND("2.2", C22, [T(40, "count", ">=", 2026)]),
                    IND("2.3", C23, [T(40, "%", "<", 2026)]),
                ],
            ),
            OBJ(
                "3",
                "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, xây dựng gia đình no ấm, tiến bộ, hạnh phúc",
                [
                    IND(
                        "3.1",
                        C31,
                        [
                            T(100, "%", ">=", 2026, label="người bị bạo lực"),
                            T(90, "%", ">=", 2026, label="người gây bạo lực"),
                        ],
                    ),
                    IND("3.2", C32, [T(100, "%", ">=", 2026)]),
                ],
            ),
            OBJ(
                "4",
                "Bảo đảm bình đẳng giới trong tiếp cận dịch vụ chăm sóc sức khỏe",
                [
                    IND("4.1", C41, [T(112, "boys_per_100_girls", "<", 2026)]),
                    IND("4.2", C42, [T(98, "%", ">=", 2026)]),
                    IND("4.3", C43, [T(60, "%", ">=", 2026)]),
                ],
            ),
            OBJ(
                "5",
                "Bình đẳng giới trong giáo dục, đào tạo",
                [
                    IND(
                        "5.1",
                        C51,
                        [
                            T(100, "%", ">=", 2026, label="tiểu học"),
                            T(99.5, "%", ">=", 2026, label="trung học cơ sở"),
                        ],
                    ),
                ],
            ),
            OBJ(
                "6",
                "Thông tin, truyền thông về bình đẳng giới",
                [
                    IND("6.1", C61, [T(100, "%", ">=", 2026)]),
                    IND("6.2", C62, [T(1, "items_per_month", ">=", 2026)]),
                    IND("6.3", C63, [T(75, "%", ">=", 2026)]),
                ],
            ),
        ],
        "assignments": [
            A("Phòng Văn hóa - Xã hội", "lead", ["2.1", "3.1", "3.2", "5.1", "6.1", "6.2"]),
            A("Văn phòng HĐND và UBND xã", "lead", ["1.1", "1.2", "6.3"]),
            A("Phòng Kinh tế", "lead", ["2.3"]),
            A("Phòng Kinh tế", "support", ["2.1"]),
            A("Trạm Y tế xã", "lead", ["4.1", "4.2", "4.3"]),
            A("Công an xã", "support", ["3.1"]),
            A("Các trường Tiểu học, Trung học cơ sở trên địa bàn xã", "support", ["5.1"]),
            A("Hội Liên hiệp Phụ nữ xã", "lead", ["2.2"]),
            A("Hội Liên hiệp Phụ nữ xã", "support", ["3.2"]),
        ],
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "11-25"),
            R("semiannual", "consolidator", "06-10"),
            R("annual", "consolidator", "12-05"),
        ],
    },
}

PLANS = [PLAN_TAM_AN_DONG, PLAN_TA_MIN_CHAI, PLAN_QUYNH_TAN_HAI]
