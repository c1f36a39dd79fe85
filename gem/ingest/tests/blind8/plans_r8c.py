"""Blind test plans r8c: three sector plans (ministry .docx, Công an tỉnh .pdf, Hội LHPN tỉnh .md).

Paragraphs starting with "§LB " / "§LN " are turned into Word 'List Bullet' / 'List Number'
paragraphs by make_plans_r8c.py (docx and the docx-built pdf only).
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


def I(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# Plan 1: Bộ Nông nghiệp và Môi trường 2026-2030 (.docx)
# ---------------------------------------------------------------------------

A1 = "Phấn đấu đến năm 2030 có ít nhất 60% cơ quan, đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ."
A2 = (
    "Tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo cấp vụ, cục và tương đương đạt 30% vào năm 2028 "
    "và từ 35% trở lên vào năm 2030."
)
A3 = (
    "Tỷ lệ nữ được bổ nhiệm mới chức vụ lãnh đạo cấp phòng và tương đương trở lên không thấp hơn 35% "
    "tổng số người được bổ nhiệm mới trong giai đoạn."
)
B1 = (
    "Tỷ lệ lao động nữ nông thôn được hỗ trợ đào tạo nghề nông nghiệp, tập huấn chuyển giao tiến bộ kỹ thuật "
    "trong các chương trình, dự án do Bộ quản lý đạt trên 50% vào năm 2030."
)
B2 = (
    "Tỷ lệ nữ giám đốc (chủ tịch hội đồng quản trị) hợp tác xã nông nghiệp đạt 20% vào năm 2027 "
    "và 25% vào năm 2030."
)
B3 = (
    "100% chương trình, dự án đầu tư công do Bộ làm chủ quản có nội dung hỗ trợ sinh kế được lồng ghép "
    "vấn đề bình đẳng giới ngay từ khâu thiết kế."
)
C1 = (
    "Tỷ lệ nữ công chức, viên chức được cử tham gia các khóa đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, "
    "lý luận chính trị đạt không dưới 45%."
)
C2 = (
    "Tỷ lệ nữ thạc sĩ trong tổng số công chức, viên chức có trình độ thạc sĩ của Bộ đạt 50%; tỷ lệ nữ tiến sĩ "
    "trong tổng số người có trình độ tiến sĩ đạt 30% vào năm 2030."
)
C3 = (
    "Tỷ lệ nữ học sinh, sinh viên tuyển mới tại các trường đại học, cao đẳng thuộc Bộ ở các ngành kỹ thuật "
    "nông nghiệp, thủy lợi, môi trường ở mức khoảng 40% vào năm 2030."
)
D1 = (
    "Từ năm 2027 trở đi, 100% cơ quan, đơn vị thuộc Bộ ban hành và thực hiện Bộ quy tắc ứng xử về phòng, "
    "chống quấy rối tình dục tại nơi làm việc."
)
D2 = (
    "Giảm tỷ lệ nữ công chức, viên chức, người lao động phản ánh từng bị quấy rối tình dục tại nơi làm việc "
    "(qua khảo sát định kỳ) xuống dưới 2% vào năm 2030."
)
E1 = (
    "Đến năm 2028 đạt 90% và đến năm 2030 đạt 100% công chức, viên chức, người lao động trong các cơ quan, "
    "đơn vị thuộc Bộ được phổ biến kiến thức cơ bản về giới, bình đẳng giới."
)
E2 = (
    "Cổng Thông tin điện tử Bộ và Báo Nông nghiệp và Môi trường duy trì chuyên mục về bình đẳng giới, "
    "mỗi tháng có ít nhất 02 tin, bài."
)
E3 = (
    "Từ năm 2027, nội dung về giới và bình đẳng giới được đưa vào chương trình bồi dưỡng kiến thức quản lý "
    "nhà nước do Trường Cán bộ quản lý nông nghiệp và môi trường tổ chức."
)

P1_BLOCKS = [
    (
        "header",
        ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "________", "Số: 1847/KH-BNNMT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "________________",
            "Hà Nội, ngày 22 tháng 4 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Hành động thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026 - 2030**",
    "**I. CĂN CỨ XÂY DỰNG KẾ HOẠCH**",
    "- Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "- Nghị định số 70/2008/NĐ-CP ngày 04 tháng 6 năm 2008 của Chính phủ quy định chi tiết thi hành một số điều của Luật Bình đẳng giới;",
    "- Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "- Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
    "- Công văn số 1960/BNV-CTTN&BĐG ngày 10 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030.",
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ (Thường trực Ban Vì sự tiến bộ của phụ nữ Bộ), Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hành động thực hiện Chiến lược quốc gia về bình đẳng giới của ngành giai đoạn 2026 - 2030 (sau đây gọi tắt là Kế hoạch) như sau:",
    "*Kết quả giai đoạn 2021 - 2025:* Các cơ quan, đơn vị thuộc hai Bộ trước hợp nhất đã hoàn thành phần lớn các chỉ tiêu về bình đẳng giới; tỷ lệ cơ quan, đơn vị có lãnh đạo chủ chốt là nữ đạt 47,2%; tỷ lệ nữ trong quy hoạch lãnh đạo cấp vụ, cục đạt 26,8%; tỷ lệ nữ thạc sĩ đạt 48,1%, nữ tiến sĩ đạt 24,3%. Tuy nhiên, tỷ lệ nữ giữ chức vụ cấp trưởng ở các Cục chuyên ngành kỹ thuật, các Viện nghiên cứu còn thấp; số liệu về người hưởng lợi từ các chương trình, dự án chưa được thống kê đầy đủ theo giới; việc phòng, chống quấy rối tình dục tại nơi làm việc mới được quan tâm ở một số đơn vị.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "§LN Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với chức năng, nhiệm vụ quản lý nhà nước đa ngành, đa lĩnh vực của Bộ sau khi hợp nhất; kế thừa kết quả thực hiện giai đoạn 2021 - 2025 của hai Bộ trước đây.",
    "§LN Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu các cơ quan, đơn vị thuộc Bộ và của từng công chức, viên chức, người lao động trong thực hiện bình đẳng giới; coi kết quả thực hiện công tác bình đẳng giới là một tiêu chí đánh giá, xếp loại hằng năm.",
    "§LN Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chiến lược, quy hoạch, chương trình, đề án, dự án của ngành, đặc biệt là các chương trình hỗ trợ sinh kế, phát triển sản xuất nông nghiệp, ứng phó với biến đổi khí hậu ở vùng nông thôn, miền núi.",
    "§LN Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị thuộc Bộ với Công đoàn Bộ, các tổ chức quốc tế và các địa phương; số liệu theo dõi phải được thu thập, tổng hợp có phân tách theo giới, kịp thời, chính xác.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội bình đẳng để phụ nữ và nam giới tham gia, thụ hưởng trong các lĩnh vực thuộc phạm vi quản lý của ngành Nông nghiệp và Môi trường; nâng cao vị thế của phụ nữ trong lãnh đạo, quản lý và trong phát triển kinh tế nông nghiệp, nông thôn; góp phần thực hiện thành công Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030.",
    "**2. Mục tiêu cụ thể và chỉ tiêu**",
    "**Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành**",
    "- *Chỉ tiêu 1:* " + A1,
    "- *Chỉ tiêu 2:* " + A2,
    "- *Chỉ tiêu 3:* " + A3,
    "**Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm khu vực nông nghiệp, nông thôn**",
    "- *Chỉ tiêu 1:* " + B1,
    "- *Chỉ tiêu 2:* " + B2,
    "- *Chỉ tiêu 3:* " + B3,
    "**Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ của ngành**",
    "- *Chỉ tiêu 1:* " + C1,
    "- *Chỉ tiêu 2:* " + C2,
    "- *Chỉ tiêu 3:* " + C3,
    "**Mục tiêu 4: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, quấy rối tình dục tại nơi làm việc**",
    "- *Chỉ tiêu 1:* " + D1,
    "- *Chỉ tiêu 2:* " + D2,
    "**Mục tiêu 5: Trong lĩnh vực thông tin, truyền thông**",
    "- *Chỉ tiêu 1:* " + E1,
    "- *Chỉ tiêu 2:* " + E2,
    "- *Chỉ tiêu 3:* " + E3,
    "**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo và hoàn thiện thể chế**",
    "§LB Kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ và Ban Vì sự tiến bộ của phụ nữ các cơ quan, đơn vị thuộc Bộ sau sắp xếp tổ chức bộ máy; phân công rõ trách nhiệm của thành viên, bảo đảm hoạt động thực chất, hiệu quả.",
    "§LB Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng luật, nghị định, thông tư thuộc lĩnh vực quản lý của Bộ, nhất là các văn bản về đất đai, tài nguyên nước, khuyến nông, phát triển hợp tác xã, giảm nghèo bền vững; đánh giá tác động giới đối với các chính sách có liên quan.",
    "§LB Đưa nội dung thực hiện bình đẳng giới vào chương trình công tác năm của Bộ, của từng cơ quan, đơn vị; gắn với công tác thi đua, khen thưởng.",
    "**2. Nâng cao tỷ lệ và chất lượng cán bộ nữ tham gia lãnh đạo, quản lý**",
    "§LB Rà soát, bổ sung quy hoạch cán bộ bảo đảm tỷ lệ nữ theo quy định; chú trọng phát hiện, đào tạo, bồi dưỡng cán bộ nữ trẻ, cán bộ nữ là người dân tộc thiểu số có năng lực, triển vọng.",
    "§LB Thực hiện nghiêm các quy định về bình đẳng giới trong tuyển dụng, bổ nhiệm, luân chuyển, đào tạo, bồi dưỡng; tạo điều kiện để cán bộ nữ tham gia các khóa đào tạo dài hạn, các chương trình đào tạo ở nước ngoài.",
    "§LB Tổng hợp, phân tích số liệu cán bộ lãnh đạo, quản lý theo giới hằng năm làm căn cứ đề xuất giải pháp đối với các đơn vị có tỷ lệ nữ từ 30% trở lên nhưng chưa có lãnh đạo chủ chốt là nữ.",
    "**3. Thúc đẩy bình đẳng giới trong phát triển kinh tế nông nghiệp, nông thôn**",
    "§LB Ưu tiên phụ nữ nông thôn, phụ nữ vùng đồng bào dân tộc thiểu số trong các hoạt động khuyến nông, đào tạo nghề, chuyển giao khoa học kỹ thuật, chuyển đổi số trong sản xuất và tiêu thụ nông sản.",
    "§LB Hỗ trợ phụ nữ tham gia quản lý, điều hành hợp tác xã, tổ hợp tác; phát triển sản phẩm OCOP do phụ nữ làm chủ; tạo điều kiện tiếp cận tín dụng, thị trường, bảo hiểm nông nghiệp.",
    "§LB Lồng ghép giới trong thiết kế, giám sát, đánh giá các chương trình, dự án đầu tư công, dự án ODA; thu thập số liệu người hưởng lợi có phân tách theo giới.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới và quấy rối tình dục tại nơi làm việc**",
    "§LB Xây dựng, ban hành và niêm yết công khai Bộ quy tắc ứng xử về phòng, chống quấy rối tình dục tại nơi làm việc; thiết lập kênh tiếp nhận, xử lý phản ánh bảo đảm bảo mật thông tin.",
    "§LB Tổ chức khảo sát định kỳ về môi trường làm việc an toàn, bình đẳng; kịp thời xử lý các hành vi vi phạm theo quy định của pháp luật và quy chế của cơ quan, đơn vị.",
    "**5. Đẩy mạnh công tác thông tin, truyền thông**",
    "§LB Tuyên truyền, phổ biến pháp luật về bình đẳng giới cho công chức, viên chức, người lao động bằng các hình thức phù hợp; tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (8/3), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12).",
    "§LB Phát huy vai trò của Báo Nông nghiệp và Môi trường, Cổng Thông tin điện tử Bộ, các tạp chí chuyên ngành trong đưa tin, bài, phóng sự về các tấm gương phụ nữ tiêu biểu trong sản xuất, kinh doanh, nghiên cứu khoa học.",
    "§LB Phối hợp với Bộ Nội vụ, Tổng Liên đoàn Lao động Việt Nam hướng dẫn các doanh nghiệp nhà nước thuộc Bộ thực hiện các quy định về bảo vệ lao động nữ, bảo đảm điều kiện làm việc an toàn cho lao động nữ trong các ngành thủy sản, lâm nghiệp, đo đạc bản đồ, địa chất, khí tượng thủy văn.",
    "**6. Nâng cao năng lực và hợp tác quốc tế**",
    "§LB Xây dựng bộ công cụ hướng dẫn lồng ghép giới trong quản lý tài nguyên đất đai, tài nguyên nước và thích ứng với biến đổi khí hậu; tổ chức thí điểm tại một số địa phương vùng Đồng bằng sông Cửu Long và miền núi phía Bắc.",
    "§LB Nghiên cứu, cập nhật bộ chỉ số thống kê về giới của ngành, bảo đảm liên thông với Bộ chỉ tiêu thống kê phát triển giới của quốc gia; số hóa dữ liệu cán bộ, công chức, viên chức có phân tách theo giới.",
    "§LB Tập huấn, bồi dưỡng kiến thức, kỹ năng lồng ghép giới cho đội ngũ cán bộ làm công tác pháp chế, kế hoạch, quản lý dự án và thành viên Ban Vì sự tiến bộ của phụ nữ các cấp.",
    "§LB Tranh thủ sự hỗ trợ kỹ thuật, tài chính của các tổ chức quốc tế (FAO, UN Women, IFAD...) cho các hoạt động thúc đẩy bình đẳng giới trong nông nghiệp, quản lý tài nguyên và ứng phó với biến đổi khí hậu.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước giao trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị theo phân cấp hiện hành; lồng ghép trong kinh phí các chương trình mục tiêu quốc gia, chương trình, đề án, dự án có liên quan và nguồn tài trợ, viện trợ hợp pháp khác.",
    "2. Căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí thực hiện cùng với dự toán ngân sách năm, gửi Vụ Kế hoạch - Tài chính tổng hợp, trình Bộ trưởng xem xét theo quy định của Luật Ngân sách nhà nước.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "**1. Phân công theo dõi, đánh giá việc thực hiện các chỉ tiêu**",
    "Đơn vị được giao chủ trì chịu trách nhiệm theo dõi, thu thập số liệu có phân tách theo giới, đánh giá và báo cáo kết quả thực hiện chỉ tiêu; đơn vị phối hợp có trách nhiệm cung cấp thông tin, số liệu cho đơn vị chủ trì, cụ thể như sau:",
    (
        "table",
        [
            ["TT", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp"],
            ["1", "Các chỉ tiêu thuộc Mục tiêu 1", "Vụ Tổ chức cán bộ", "Văn phòng Bộ"],
            [
                "2",
                "Chỉ tiêu 1, Chỉ tiêu 2 (Mục tiêu 2)",
                "Cục Kinh tế hợp tác và Phát triển nông thôn",
                "Trung tâm Khuyến nông quốc gia",
            ],
            ["3", "Chỉ tiêu 3 (Mục tiêu 2)", "Vụ Kế hoạch - Tài chính", "Vụ Hợp tác quốc tế"],
            [
                "4",
                "Chỉ tiêu 1, 2 (Mục tiêu 3)",
                "Vụ Tổ chức cán bộ",
                "Trường Cán bộ quản lý nông nghiệp và môi trường",
            ],
            ["5", "Chỉ tiêu 3 (Mục tiêu 3)", "Vụ Khoa học và Công nghệ", "Vụ Tổ chức cán bộ"],
            [
                "6",
                "Mục tiêu 4",
                "Công đoàn Bộ Nông nghiệp và Môi trường",
                "Vụ Tổ chức cán bộ, Thanh tra Bộ",
            ],
            [
                "7",
                "Chỉ tiêu 1 - Mục tiêu 5",
                "Văn phòng Bộ",
                "Công đoàn Bộ Nông nghiệp và Môi trường",
            ],
            ["8", "Chỉ tiêu 2 - Mục tiêu 5", "Báo Nông nghiệp và Môi trường", "Văn phòng Bộ"],
            [
                "9",
                "Chỉ tiêu 3 - Mục tiêu 5",
                "Trường Cán bộ quản lý nông nghiệp và môi trường",
                "Vụ Tổ chức cán bộ",
            ],
        ],
    ),
    "**2. Trách nhiệm của các cơ quan, đơn vị**",
    "a) Vụ Tổ chức cán bộ (Thường trực Ban Vì sự tiến bộ của phụ nữ Bộ)",
    "§LB Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tham mưu kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ.",
    "§LB Là đầu mối tổng hợp kết quả thực hiện Kế hoạch của toàn ngành, tham mưu Lãnh đạo Bộ báo cáo Bộ Nội vụ theo quy định; đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
    "b) Vụ Kế hoạch - Tài chính: Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ; hướng dẫn các đơn vị lồng ghép mục tiêu bình đẳng giới trong kế hoạch đầu tư công trung hạn.",
    "c) Vụ Pháp chế: Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật thuộc phạm vi quản lý của Bộ; phối hợp tổ chức tập huấn cho cán bộ làm công tác pháp chế.",
    "d) Văn phòng Bộ: Chỉ đạo Cổng Thông tin điện tử Bộ phối hợp với Báo Nông nghiệp và Môi trường đăng tải tin, bài về bình đẳng giới; bảo đảm điều kiện làm việc phù hợp cho công chức, viên chức nữ (phòng vắt sữa, không gian chăm sóc con nhỏ) tại trụ sở Bộ.",
    "đ) Các Cục, Vụ, Thanh tra Bộ, đơn vị sự nghiệp công lập thuộc Bộ: Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch thực hiện của đơn vị; chịu trách nhiệm thực hiện các chỉ tiêu được phân công tại khoản 1 Mục này.",
    "e) Đề nghị Công đoàn Bộ Nông nghiệp và Môi trường: Chỉ đạo công đoàn cơ sở vận động đoàn viên, người lao động thực hiện tốt pháp luật về bình đẳng giới; tham gia giám sát việc thực hiện chế độ, chính sách đối với lao động nữ.",
    "g) Đề nghị Sở Nông nghiệp và Môi trường các tỉnh, thành phố: Phối hợp triển khai các nội dung có liên quan của Kế hoạch tại địa phương; lồng ghép mục tiêu bình đẳng giới trong các chương trình khuyến nông, phát triển hợp tác xã, giảm nghèo.",
    "**3. Chế độ báo cáo**",
    "a) Các cơ quan, đơn vị thuộc Bộ xây dựng kế hoạch thực hiện bình đẳng giới hằng năm của đơn vị; kế hoạch năm 2026 gửi về Vụ Tổ chức cán bộ trước ngày 15/6/2026.",
    "b) Định kỳ 6 tháng, hằng năm, các cơ quan, đơn vị gửi báo cáo kết quả thực hiện Kế hoạch (kèm biểu số liệu có phân tách theo giới) về Vụ Tổ chức cán bộ: báo cáo 6 tháng trước ngày 05 tháng 6; báo cáo năm trước ngày 05 tháng 12.",
    "c) Vụ Tổ chức cán bộ tổng hợp, trình Lãnh đạo Bộ báo cáo Bộ Nội vụ trước ngày 15 tháng 6 (báo cáo 6 tháng) và trước ngày 15 tháng 12 (báo cáo năm).",
    "d) Năm 2028, Vụ Tổ chức cán bộ chủ trì tham mưu Bộ tổ chức sơ kết giữa kỳ việc thực hiện Kế hoạch. Các cơ quan, đơn vị gửi báo cáo tổng kết giai đoạn 2026 - 2030 trước ngày 30/9/2030 để Bộ tổng hợp, báo cáo Bộ Nội vụ trước ngày 20/10/2030.",
    "đ) Ngoài báo cáo định kỳ, các đơn vị thực hiện báo cáo đột xuất khi có yêu cầu của Lãnh đạo Bộ hoặc cơ quan có thẩm quyền.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần sửa đổi, bổ sung, các cơ quan, đơn vị phản ánh về Bộ (qua Vụ Tổ chức cán bộ) để tổng hợp, trình Bộ trưởng xem xét, quyết định./.",
    (
        "table",
        [
            [
                "Nơi nhận:\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Bộ Nội vụ;\n- Các cơ quan, đơn vị thuộc Bộ;\n- Công đoàn Bộ;\n- Sở NN&MT các tỉnh, TP;\n- Lưu: VT, TCCB.",
                "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\nTrần Thị Minh Nguyệt",
            ],
        ],
    ),
]

P1_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Hành động thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026 - 2030",
    "issuer": "Bộ Nông nghiệp và Môi trường",
    "level": "agency",
    "area": "ngành Nông nghiệp và Môi trường",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị định số 70/2008/NĐ-CP ngày 04 tháng 6 năm 2008 của Chính phủ quy định chi tiết thi hành một số điều của Luật Bình đẳng giới",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường",
        "Công văn số 1960/BNV-CTTN&BĐG ngày 10 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành",
            "indicators": [
                I("1.1", A1, T(60, "%", ">=", 2030)),
                I("1.2", A2, T(30, "%", ">=", 2028), T(35, "%", ">=", 2030)),
                I("1.3", A3, T(35, "%", ">=", 2030)),
            ],
        },
        {
            "code": "2",
            "title": "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm khu vực nông nghiệp, nông thôn",
            "indicators": [
                I("2.1", B1, T(50, "%", ">", 2030)),
                I("2.2", B2, T(20, "%", ">=", 2027), T(25, "%", ">=", 2030)),
                I("2.3", B3, T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "3",
            "title": "Nâng cao chất lượng nguồn nhân lực nữ của ngành",
            "indicators": [
                I("3.1", C1, T(45, "%", ">=", 2030)),
                I(
                    "3.2",
                    C2,
                    T(50, "%", ">=", 2030, label="thạc sĩ"),
                    T(30, "%", ">=", 2030, label="tiến sĩ"),
                ),
                I("3.3", C3, T(40, "%", "=", 2030)),
            ],
        },
        {
            "code": "4",
            "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, quấy rối tình dục tại nơi làm việc",
            "indicators": [
                I("4.1", D1, T(100, "%", ">=", 2027)),
                I("4.2", D2, T(2, "%", "<", 2030)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                I("5.1", E1, T(90, "%", ">=", 2028), T(100, "%", ">=", 2030)),
                I("5.2", E2, T(2, "items_per_month", ">=", 2030)),
                I("5.3", E3, T(None, "bool", "=", 2027)),
            ],
        },
    ],
    "assignments": [
        A("Vụ Tổ chức cán bộ", "lead", "1.1", "1.2", "1.3", "3.1", "3.2"),
        A("Vụ Tổ chức cán bộ", "support", "3.3", "4.1", "4.2", "5.3"),
        A("Văn phòng Bộ", "lead", "5.1"),
        A("Văn phòng Bộ", "support", "1.1", "1.2", "1.3", "5.2"),
        A("Cục Kinh tế hợp tác và Phát triển nông thôn", "lead", "2.1", "2.2"),
        A("Trung tâm Khuyến nông quốc gia", "support", "2.1", "2.2"),
        A("Vụ Kế hoạch - Tài chính", "lead", "2.3"),
        A("Vụ Hợp tác quốc tế", "support", "2.3"),
        A("Trường Cán bộ quản lý nông nghiệp và môi trường", "lead", "5.3"),
        A("Trường Cán bộ quản lý nông nghiệp và môi trường", "support", "3.1", "3.2"),
        A("Vụ Khoa học và Công nghệ", "lead", "3.3"),
        A("Công đoàn Bộ Nông nghiệp và Môi trường", "lead", "4.1", "4.2"),
        A("Công đoàn Bộ Nông nghiệp và Môi trường", "support", "5.1"),
        A("Thanh tra Bộ", "support", "4.1", "4.2"),
        A("Báo Nông nghiệp và Môi trường", "lead", "5.2"),
    ],
    "reporting": [
        R("plan", "units", "2026-06-15"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-15"),
        R("midterm", "consolidator", "2028"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-20"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 2: Công an tỉnh Tuyên Quang 2026-2030 (.pdf, built from .docx by LibreOffice)
# ---------------------------------------------------------------------------

Q11 = (
    "Phấn đấu đến năm 2030 có từ 15% trở lên cán bộ nữ giữ chức vụ lãnh đạo, chỉ huy cấp phòng, "
    "Công an xã, phường và tương đương trở lên."
)
Q12 = "Tỷ lệ cán bộ nữ trong quy hoạch lãnh đạo, chỉ huy các cấp đạt không dưới 20% vào năm 2027 và 25% vào năm 2030."
Q21 = (
    "Từ năm 2027 trở đi, tỷ lệ nữ được cử đi đào tạo sau đại học đạt ít nhất 20% tổng số cán bộ được cử đi "
    "đào tạo sau đại học của Công an tỉnh."
)
Q22 = (
    "100% cán bộ nữ sau thời gian nghỉ chế độ thai sản được bố trí, sắp xếp công tác phù hợp, "
    "không bị phân biệt đối xử về giới."
)
Q31 = (
    "100% tin báo, tố giác về bạo lực gia đình, bạo lực trên cơ sở giới, xâm hại tình dục phụ nữ và trẻ em "
    "được tiếp nhận, phân loại, xác minh và giải quyết theo đúng quy định."
)
Q32 = (
    "Tỷ lệ điều tra, khám phá án mua bán người đạt trên 90%; 100% nạn nhân bị mua bán trở về được xác minh, "
    "xác định và chuyển giao cho cơ quan chức năng để hỗ trợ."
)
Q33 = (
    "Đến năm 2030, 100% Công an xã, phường có ít nhất 01 cán bộ được tập huấn kỹ năng tiếp nhận, xử lý tin báo "
    "về bạo lực gia đình, bạo lực trên cơ sở giới."
)
Q41 = (
    "100% cán bộ, chiến sĩ nữ được khám sức khỏe định kỳ ít nhất 01 lần/năm, trong đó có khám chuyên khoa "
    "phụ sản."
)
Q51 = (
    "Đến năm 2028 đạt 90% và đến năm 2030 đạt 100% cán bộ, chiến sĩ được phổ biến, quán triệt chủ trương của "
    "Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới."
)
Q52 = (
    "Trang thông tin điện tử Công an tỉnh mỗi quý có ít nhất 03 tin, bài về bình đẳng giới, phòng, chống bạo lực "
    "gia đình và mua bán người."
)
Q53 = (
    "100% Công an xã, phường phối hợp với Ủy ban nhân dân cùng cấp tuyên truyền về phòng, chống bạo lực gia đình, "
    "mua bán người trên hệ thống thông tin cơ sở ít nhất 01 lần mỗi quý."
)

P2_BLOCKS = [
    (
        "header",
        ["BỘ CÔNG AN", "CÔNG AN TỈNH TUYÊN QUANG", "______", "Số: 385/KH-CAT-PX01"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "______________",
            "Tuyên Quang, ngày 08 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an tỉnh Tuyên Quang giai đoạn 2026 - 2030**",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Kế hoạch số 117/KH-BCA-X01 ngày 14/3/2026 của Bộ Công an về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an nhân dân giai đoạn 2026 - 2030; Kế hoạch số 96/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh, Công an tỉnh xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ giai đoạn 2026 - 2030, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Quán triệt sâu sắc quan điểm của Đảng, chính sách, pháp luật của Nhà nước và chỉ đạo của Bộ Công an về bình đẳng giới; tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của cấp ủy, lãnh đạo, chỉ huy các cấp và toàn thể cán bộ, chiến sĩ Công an tỉnh.",
    "- Tạo điều kiện để cán bộ, chiến sĩ nữ phát huy vai trò, năng lực, trí tuệ trong thực hiện nhiệm vụ bảo đảm an ninh, trật tự; từng bước tăng tỷ lệ cán bộ nữ tham gia lãnh đạo, chỉ huy các cấp.",
    "- Nâng cao hiệu quả công tác phòng ngừa, phát hiện, xử lý các hành vi bạo lực gia đình, bạo lực trên cơ sở giới, xâm hại tình dục và mua bán người trên địa bàn tỉnh.",
    "**2. Yêu cầu**",
    "- Việc triển khai Kế hoạch phải gắn với thực hiện nhiệm vụ chính trị của từng đơn vị, phù hợp với đặc thù công tác của lực lượng Công an nhân dân và mô hình tổ chức Công an tỉnh, Công an xã, phường sau sắp xếp.",
    "- Các đơn vị xác định rõ nội dung, lộ trình, trách nhiệm; thường xuyên kiểm tra, đôn đốc; số liệu báo cáo phải có sự tách biệt giới, bảo đảm chính xác, kịp thời.",
    "**3. Tình hình**",
    "Giai đoạn 2021 - 2025, công tác bình đẳng giới trong Công an tỉnh đạt nhiều kết quả tích cực; tỷ lệ cán bộ nữ giữ chức vụ lãnh đạo, chỉ huy cấp phòng, Công an cấp huyện (cũ) và tương đương đạt 11,4%; 100% cán bộ, chiến sĩ nữ được khám sức khỏe định kỳ. Tuy nhiên, sau khi hợp nhất tỉnh và tổ chức lại Công an xã, phường, tỷ lệ cán bộ nữ tại Công an xã, phường vùng cao, biên giới còn thấp (khoảng 6,8%); tình hình mua bán người qua biên giới, bạo lực gia đình ở một số địa bàn vùng đồng bào dân tộc thiểu số còn diễn biến phức tạp.",
    "**II. MỤC TIÊU, CHỈ TIÊU**",
    "**1. Mục tiêu chung**",
    "Bảo đảm bình đẳng thực chất giữa cán bộ, chiến sĩ nam và nữ về cơ hội, sự tham gia và thụ hưởng trong công tác, học tập, rèn luyện; nâng cao vị thế của phụ nữ Công an tỉnh; góp phần phòng ngừa, ứng phó hiệu quả với bạo lực trên cơ sở giới và mua bán người, xây dựng lực lượng Công an tỉnh Tuyên Quang thực sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "**2.1. Mục tiêu 1: Tăng cường sự tham gia của cán bộ nữ vào vị trí lãnh đạo, chỉ huy**",
    "- Chỉ tiêu 1: " + Q11,
    "- Chỉ tiêu 2: " + Q12,
    "**2.2. Mục tiêu 2: Bảo đảm bình đẳng giới trong tuyển chọn, đào tạo, bồi dưỡng và sử dụng cán bộ**",
    "- Chỉ tiêu 1: " + Q21,
    "- Chỉ tiêu 2: " + Q22,
    "**2.3. Mục tiêu 3: Góp phần phòng ngừa, ứng phó với bạo lực trên cơ sở giới và mua bán người**",
    "- Chỉ tiêu 1: " + Q31,
    "- Chỉ tiêu 2: " + Q32,
    "- Chỉ tiêu 3: " + Q33,
    "**2.4. Mục tiêu 4: Chăm sóc sức khỏe cho cán bộ, chiến sĩ nữ**",
    "Chỉ tiêu: " + Q41,
    "**2.5. Mục tiêu 5: Trong lĩnh vực thông tin, tuyên truyền**",
    "- Chỉ tiêu 1: " + Q51,
    "- Chỉ tiêu 2: " + Q52,
    "- Chỉ tiêu 3: " + Q53,
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, lãnh đạo, chỉ huy các cấp**",
    "- Đưa nội dung công tác bình đẳng giới và vì sự tiến bộ của phụ nữ vào chương trình công tác, nghị quyết lãnh đạo hằng năm của Đảng ủy, Ban Giám đốc Công an tỉnh và cấp ủy, chỉ huy các đơn vị; gắn kết quả thực hiện với đánh giá, xếp loại tập thể và người đứng đầu.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ Công an tỉnh, bảo đảm thành phần có đại diện lãnh đạo các đơn vị liên quan; phân công cán bộ kiêm nhiệm theo dõi công tác bình đẳng giới tại từng đơn vị và Công an xã, phường.",
    "**2. Thực hiện bình đẳng giới trong công tác cán bộ**",
    "- Rà soát, bổ sung quy hoạch lãnh đạo, chỉ huy các cấp bảo đảm tỷ lệ cán bộ nữ theo chỉ tiêu đề ra; quan tâm đào tạo, bồi dưỡng, luân chuyển, tạo nguồn cán bộ nữ trẻ, cán bộ nữ là người dân tộc thiểu số.",
    "- Thực hiện công khai, minh bạch, bình đẳng trong tuyển chọn, tuyển sinh, cử đi đào tạo, xét nâng lương, thăng cấp bậc hàm; không để xảy ra phân biệt đối xử về giới.",
    "- Bố trí công tác phù hợp với cán bộ nữ trong thời gian mang thai, nuôi con nhỏ dưới 36 tháng tuổi; thực hiện đầy đủ chế độ, chính sách đối với lao động nữ theo quy định.",
    "**3. Nâng cao hiệu quả phòng ngừa, đấu tranh với bạo lực trên cơ sở giới, mua bán người**",
    "- Chỉ đạo Công an xã, phường nắm chắc tình hình địa bàn, kịp thời phát hiện, tiếp nhận, xử lý tin báo về bạo lực gia đình, xâm hại tình dục, mua bán người; phối hợp với Ủy ban nhân dân xã, phường, Hội Liên hiệp Phụ nữ cùng cấp hỗ trợ, bảo vệ nạn nhân.",
    "- Tăng cường điều tra, khám phá, xử lý nghiêm các vụ án mua bán người, nhất là các đường dây mua bán phụ nữ, trẻ em qua biên giới; phối hợp tiếp nhận, xác minh, bảo vệ nạn nhân trở về.",
    "- Tổ chức tập huấn cho lực lượng Công an xã, phường về kỹ năng tiếp nhận, xử lý tin báo, làm việc với nạn nhân bảo đảm nhạy cảm giới, thân thiện với phụ nữ và trẻ em.",
    "**4. Chăm lo sức khỏe, đời sống cán bộ, chiến sĩ nữ**",
    "- Tổ chức khám sức khỏe định kỳ, khám chuyên khoa phụ sản; tư vấn chăm sóc sức khỏe sinh sản, dinh dưỡng cho cán bộ, chiến sĩ nữ; quan tâm hỗ trợ cán bộ nữ có hoàn cảnh khó khăn.",
    "- Cải thiện điều kiện sinh hoạt, nghỉ ngơi tại doanh trại, trụ sở làm việc, nhất là tại các đơn vị có đông cán bộ nữ và Công an xã, phường vùng sâu, vùng biên giới.",
    "**5. Đẩy mạnh thông tin, tuyên truyền**",
    "- Đa dạng hóa hình thức tuyên truyền trên Trang thông tin điện tử Công an tỉnh, các nhóm mạng xã hội, bảng tin nội bộ; lồng ghép trong sinh hoạt chính trị, sinh hoạt chi bộ, chi hội phụ nữ.",
    "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6) và Tháng hành động vì bình đẳng giói và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12).",
    '- Phối hợp với Ban Chỉ huy Bộ đội Biên phòng tỉnh, Hội Liên hiệp Phụ nữ tỉnh tổ chức tuyên truyền phòng, chống mua bán người tại các xã biên giới giáp Trung Quốc; hướng dẫn người dân, nhất là phụ nữ và trẻ em gái, nhận diện thủ đoạn lừa đảo "việc nhẹ lương cao", môi giới kết hôn trái pháp luật.',
    "- Hằng năm rà soát, cập nhật số liệu về tình hình bạo lực gia đình, xâm hại tình dục, mua bán người có phân tách theo giới, độ tuổi, dân tộc, phục vụ công tác thống kê của tỉnh và của Bộ Công an.",
    "**6. Kiểm tra, giám sát, sơ kết, tổng kết**",
    "- Lồng ghép kiểm tra việc thực hiện công tác bình đẳng giới trong kiểm tra công tác xây dựng lực lượng hằng năm; kịp thời chấn chỉnh những hạn chế, thiếu sót.",
    "- Kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu; nhân rộng mô hình, cách làm hay trong thực hiện bình đẳng giới.",
    "- Hằng năm tổ chức hội nghị đánh giá kết quả thực hiện Kế hoạch tại các đơn vị; sơ kết giữa kỳ, tổng kết giai đoạn theo hướng dẫn của Bộ Công an và Ủy ban nhân dân tỉnh.",
    "**7. Nâng cao năng lực đội ngũ làm công tác bình đẳng giới**",
    "- Tổ chức tập huấn, bồi dưỡng kiến thức về giới, lồng ghép giới, kỹ năng thống kê số liệu có phân tách giới cho thành viên Ban Vì sự tiến bộ của phụ nữ, cán bộ Hội Phụ nữ và cán bộ kiêm nhiệm tại các đơn vị.",
    "- Cử cán bộ tham gia các lớp tập huấn, hội thảo, diễn đàn về bình đẳng giới, phòng, chống mua bán người do Bộ Công an, Ủy ban nhân dân tỉnh và các tổ chức quốc tế tổ chức; học tập kinh nghiệm của Công an các tỉnh bạn.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách bảo đảm hoạt động thường xuyên của Công an tỉnh và các đơn vị theo phân cấp; lồng ghép trong kinh phí thực hiện các chương trình, đề án phòng, chống tội phạm, phòng, chống mua bán người và các nguồn hợp pháp khác theo quy định.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Tổ chức cán bộ (Thường trực Ban Vì sự tiến bộ của phụ nữ Công an tỉnh)**",
    "- Tham mưu Ban Giám đốc triển khai, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; chủ trì, phối hợp với các đơn vị rà soát quy hoạch, đào tạo, bồi dưỡng cán bộ nữ.",
    "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 2 của Kế hoạch.",
    "- Là đầu mối tổng hợp chung kết quả thực hiện Kế hoạch, báo cáo Ban Giám đốc Công an tỉnh, Cục Tổ chức cán bộ - Bộ Công an và Ủy ban nhân dân tỉnh (qua Sở Nội vụ).",
    "**2. Phòng Cảnh sát hình sự**",
    "- Chủ trì theo dõi, tổng hợp kết quả thực hiện Chỉ tiêu 2 (Mục tiêu 3); tăng cường đấu tranh, triệt phá các đường dây mua bán người, đặc biệt là mua bán phụ nữ, trẻ em.",
    "- Phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự xã hội theo dõi Chỉ tiêu 1 (Mục tiêu 3) đối với các vụ xâm hại tình dục phụ nữ, trẻ em.",
    "**3. Phòng Cảnh sát quản lý hành chính về trật tự xã hội**",
    "- Hướng dẫn Công an xã, phường tiếp nhận, phân loại, xác minh tin báo về bạo lực gia đình, bạo lực trên cơ sở giới; tổ chức tập huấn kỹ năng cho cán bộ Công an xã, phường.",
    "- Theo dõi, báo cáo kết quả thực hiện chỉ tiêu 1, chỉ tiêu 3 của Mục tiêu 3.",
    "- Chủ trì hướng dẫn Công an xã, phường phối hợp tuyên truyền trên hệ thống thông tin cơ sở; theo dõi, báo cáo Chỉ tiêu 3 thuộc Mục tiêu 5.",
    "**4. Phòng Tham mưu**",
    "Tổng hợp số liệu về tình hình bạo lực gia đình, mua bán người vào báo cáo công tác Công an định kỳ; phối hợp theo dõi chỉ tiêu 2 của Mục tiêu 3; tham mưu Ban Giám đốc đưa nội dung bình đẳng giới vào chương trình công tác năm.",
    "**5. Phòng Hậu cần**",
    "Bảo đảm kinh phí, cơ sở vật chất thực hiện Kế hoạch; chủ trì, phối hợp với Bệnh xá Công an tỉnh tổ chức khám sức khỏe định kỳ cho cán bộ, chiến sĩ; theo dõi, báo cáo chỉ tiêu thuộc Mục tiêu 4.",
    "**6. Bệnh xá Công an tỉnh**",
    "Phối hợp với Phòng Hậu cần thực hiện Chỉ tiêu của Mục tiêu 4; tư vấn, chăm sóc sức khỏe sinh sản, sức khỏe tâm lý cho cán bộ, chiến sĩ nữ.",
    "**7. Phòng Công tác đảng và công tác chính trị**",
    "- Chủ trì công tác tuyên truyền, giáo dục chính trị tư tưởng về bình đẳng giới trong Công an tỉnh; biên tập tài liệu tuyên truyền, tin, bài đăng trên Trang thông tin điện tử.",
    "- Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 1, Chỉ tiêu 2 (Mục tiêu 5); phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự xã hội thực hiện Chỉ tiêu 3 (Mục tiêu 5).",
    "**8. Hội Phụ nữ Công an tỉnh**",
    "Phối hợp với Phòng Tổ chức cán bộ theo dõi, đánh giá việc thực hiện các chỉ tiêu thuộc Mục tiêu 2; tổ chức các hoạt động chăm lo, bảo vệ quyền, lợi ích hợp pháp của hội viên; giới thiệu cán bộ nữ ưu tú để quy hoạch, bồi dưỡng.",
    "**9. Công an các xã, phường**",
    "Căn cứ Kế hoạch, xây dựng nội dung thực hiện phù hợp với tình hình địa bàn; phối hợp chặt chẽ với Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp trong phòng ngừa, ứng phó với bạo lực gia đình, mua bán người; báo cáo kết quả về Công an tỉnh (qua Phòng Tổ chức cán bộ).",
    "**10. Các phòng nghiệp vụ còn lại**",
    "Căn cứ chức năng, nhiệm vụ, chủ động triển khai các nội dung của Kế hoạch tại đơn vị; tạo điều kiện để cán bộ, chiến sĩ nữ tham gia đầy đủ các hoạt động.",
    "**VI. CHẾ ĐỘ BÁO CÁO**",
    "1. Các đơn vị, Công an các xã, phường báo cáo kết quả thực hiện Kế hoạch (có số liệu phân tách theo giới) về Công an tỉnh (qua Phòng Tổ chức cán bộ): báo cáo 6 tháng trước ngày 20/5; báo cáo năm trước ngày 20/11 hằng năm.",
    "2. Phòng Tổ chức cán bộ tổng hợp, tham mưu Ban Giám đốc báo cáo Cục Tổ chức cán bộ - Bộ Công an và Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm).",
    "3. Năm 2028, các đơn vị gửi báo cáo sơ kết giữa kỳ về Phòng Tổ chức cán bộ trước ngày 15/10/2028 để tổng hợp, tham mưu Ban Giám đốc tổ chức hội nghị sơ kết.",
    "4. Kết thúc giai đoạn, các đơn vị gửi báo cáo tổng kết trước ngày 15/9/2030; Phòng Tổ chức cán bộ tổng hợp, báo cáo Bộ Công an và Ủy ban nhân dân tỉnh trước ngày 30/9/2030.",
    "5. Báo cáo đột xuất thực hiện theo yêu cầu của Ban Giám đốc Công an tỉnh và cơ quan cấp trên.",
    "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện Kế hoạch. Quá trình thực hiện có khó khăn, vướng mắc, báo cáo về Công an tỉnh (qua Phòng Tổ chức cán bộ) để hướng dẫn./.",
    (
        "table",
        [
            [
                "Nơi nhận:\n- Cục Tổ chức cán bộ - BCA (để b/c);\n- UBND tỉnh (để b/c);\n- Đ/c Giám đốc (để b/c);\n- Các đ/c Phó Giám đốc;\n- Sở Nội vụ;\n- Các đơn vị, Công an xã, phường;\n- Lưu: VT, PX01.",
                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nĐại tá Hoàng Thị Thu Hường",
            ],
        ],
    ),
]

P2_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an tỉnh Tuyên Quang giai đoạn 2026 - 2030",
    "issuer": "Công an tỉnh Tuyên Quang",
    "level": "agency",
    "area": "Tuyên Quang",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 117/KH-BCA-X01 ngày 14/3/2026 của Bộ Công an về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an nhân dân giai đoạn 2026 - 2030",
        "Kế hoạch số 96/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân tỉnh Tuyên Quang về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
    ],
    "parent": "Kế hoạch số 117/KH-BCA-X01 ngày 14/3/2026 của Bộ Công an",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của cán bộ nữ vào vị trí lãnh đạo, chỉ huy",
            "indicators": [
                I("1.1", Q11, T(15, "%", ">=", 2030)),
                I("1.2", Q12, T(20, "%", ">=", 2027), T(25, "%", ">=", 2030)),
            ],
        },
        {
            "code": "2",
            "title": "Bảo đảm bình đẳng giới trong tuyển chọn, đào tạo, bồi dưỡng và sử dụng cán bộ",
            "indicators": [
                I("2.1", Q21, T(20, "%", ">=", 2027)),
                I("2.2", Q22, T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "3",
            "title": "Góp phần phòng ngừa, ứng phó với bạo lực trên cơ sở giới và mua bán người",
            "indicators": [
                I("3.1", Q31, T(100, "%", ">=", 2030)),
                I(
                    "3.2",
                    Q32,
                    T(90, "%", ">", 2030, label="điều tra, khám phá án mua bán người"),
                    T(100, "%", ">=", 2030, label="nạn nhân bị mua bán trở về"),
                ),
                I("3.3", Q33, T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "4",
            "title": "Chăm sóc sức khỏe cho cán bộ, chiến sĩ nữ",
            "indicators": [
                I("4.1", Q41, T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "5",
            "title": "Trong lĩnh vực thông tin, tuyên truyền",
            "indicators": [
                I("5.1", Q51, T(90, "%", ">=", 2028), T(100, "%", ">=", 2030)),
                I("5.2", Q52, T(3, "items_per_quarter", ">=", 2030)),
                I("5.3", Q53, T(100, "%", ">=", 2030)),
            ],
        },
    ],
    "assignments": [
        A("Phòng Tổ chức cán bộ", "lead", "1.1", "1.2", "2.1", "2.2"),
        A("Phòng Cảnh sát hình sự", "lead", "3.2"),
        A("Phòng Cảnh sát hình sự", "support", "3.1"),
        A("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "lead", "3.1", "3.3", "5.3"),
        A("Phòng Tham mưu", "support", "3.2"),
        A("Phòng Hậu cần", "lead", "4.1"),
        A("Bệnh xá Công an tỉnh", "support", "4.1"),
        A("Phòng Công tác đảng và công tác chính trị", "lead", "5.1", "5.2"),
        A("Phòng Công tác đảng và công tác chính trị", "support", "5.3"),
        A("Hội Phụ nữ Công an tỉnh", "support", "2.1", "2.2"),
    ],
    "reporting": [
        R("semiannual", "units", "05-20"),
        R("annual", "units", "11-20"),
        R("semiannual", "consolidator", "06-05"),
        R("annual", "consolidator", "12-05"),
        R("midterm", "units", "2028-10-15"),
        R("final", "units", "2030-09-15"),
        R("final", "consolidator", "2030-09-30"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 3: Hội LHPN tỉnh Đồng Tháp, năm 2026 (.md)
# ---------------------------------------------------------------------------

H11 = "Giới thiệu nữ cán bộ, hội viên ưu tú cho tổ chức Đảng xem xét, bồi dưỡng, kết nạp"
H12 = "Tỷ lệ Hội LHPN xã, phường tổ chức bồi dưỡng kỹ năng hoạt động cho nữ đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031"
H21 = "Số hộ nghèo, hộ cận nghèo do phụ nữ làm chủ hộ được các cấp Hội hỗ trợ thoát nghèo"
H22 = "Tỷ lệ hội viên phụ nữ có nhu cầu được hỗ trợ tiếp cận nguồn vốn vay (Ngân hàng Chính sách xã hội, quỹ tín dụng của Hội)"
H23 = "Số hợp tác xã, tổ hợp tác do phụ nữ quản lý, điều hành được hỗ trợ thành lập mới"
H31 = (
    "Tỷ lệ người bị bạo lực gia đình được phát hiện được Hội tư vấn, hỗ trợ; tỷ lệ người gây bạo lực gia đình "
    "được Hội phối hợp tư vấn, giáo dục, cảm hóa"
)
H32 = "Xã, phường duy trì hoạt động của ít nhất 01 Địa chỉ tin cậy tại cộng đồng"
H33 = (
    "Tỷ lệ chi hội phụ nữ tổ chức sinh hoạt chuyên đề về phòng, chống bạo lực gia đình, xâm hại trẻ em trong "
    "Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6)"
)
H41 = "Số lượt phụ nữ được tuyên truyền, tư vấn về chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh"
H51 = "Trang thông tin điện tử và fanpage Hội LHPN tỉnh đăng tải tin, bài về bình đẳng giới"
H52 = (
    "Tỷ lệ Hội LHPN xã, phường mỗi quý có ít nhất 02 tin, bài về hoạt động bình đẳng giới gửi đăng trên hệ "
    "thống thông tin cơ sở"
)
H53 = "Tỷ lệ hội viên phụ nữ được tuyên truyền, phổ biến kiến thức cơ bản về bình đẳng giới"

P3_BLOCKS = [
    (
        "header",
        ["HỘI LHPN TỈNH ĐỒNG THÁP", "BAN THƯỜNG VỤ", "***", "Số: 41/KH-BTV"],
        ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "", "", "*Đồng Tháp, ngày 16 tháng 3 năm 2026*"],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026**",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Kế hoạch số 58/KH-UBND ngày 27/02/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026;",
    "Căn cứ Chương trình công tác năm 2026 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh,",
    "Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 như sau:",
    "## I. KẾT QUẢ THỰC HIỆN NĂM 2025",
    "Năm 2025, trong bối cảnh sắp xếp tổ chức bộ máy, hợp nhất tỉnh và thực hiện mô hình chính quyền địa phương hai cấp, các cấp Hội đã chủ động, linh hoạt triển khai công tác bình đẳng giới, đạt một số kết quả nổi bật:",
    "- Về tuyên truyền: các cấp Hội tổ chức 4.126 cuộc tuyên truyền, lồng ghép về bình đẳng giới, phòng, chống bạo lực gia đình với 168.540 lượt hội viên, phụ nữ tham dự; Trang thông tin điện tử và fanpage của Hội đăng tải 39 tin, bài về bình đẳng giới (bình quân hơn 03 tin, bài/tháng).",
    "- Về tạo nguồn cán bộ nữ: giới thiệu 547 hội viên ưu tú cho Đảng xem xét, kết nạp (đạt 109% chỉ tiêu năm); tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ các xã, phường nhiệm kỳ 2025 - 2030 đạt 21,6%.",
    "- Về hỗ trợ phát triển kinh tế: hỗ trợ 312 hộ nghèo, hộ cận nghèo do phụ nữ làm chủ hộ thoát nghèo; dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt trên 2.150 tỷ đồng với 61.300 hộ vay; hỗ trợ thành lập mới 12 hợp tác xã, tổ hợp tác do phụ nữ quản lý.",
    "- Về phòng, chống bạo lực gia đình: duy trì 178 Địa chỉ tin cậy tại cộng đồng; tiếp nhận, tư vấn, hỗ trợ 86/93 người bị bạo lực gia đình được phát hiện (đạt 92,5%); phối hợp tư vấn, cảm hóa 61 người có hành vi bạo lực.",
    "- Về chăm sóc sức khỏe: phối hợp ngành y tế tổ chức 2 đợt khám sàng lọc ung thư vú, ung thư cổ tử cung miễn phí cho 3.450 phụ nữ; tuyên truyền, tư vấn về sức khỏe sinh sản cho 21.800 lượt người.",
    "Bên cạnh kết quả đạt được, công tác bình đẳng giới của Hội vẫn còn một số hạn chế: một số cơ sở Hội sau sắp xếp chưa ổn định về nhân sự, việc tổng hợp số liệu phân tách theo giới còn chậm, chưa đầy đủ; nội dung tuyên truyền ở một số chi hội chưa phong phú, chưa thu hút được nam giới tham gia; nguồn lực hỗ trợ nạn nhân bạo lực gia đình còn hạn chế, nhất là tại các xã vùng sâu, vùng biên giới giáp Campuchia.",
    "Nguyên nhân của hạn chế chủ yếu do địa bàn rộng sau hợp nhất, đội ngũ cán bộ Hội cơ sở có nhiều biến động, một số cán bộ mới chưa được tập huấn về nghiệp vụ bình đẳng giới; một bộ phận hội viên, phụ nữ, nhất là ở vùng sâu, vùng xa, còn tâm lý ngại chia sẻ khi bị bạo lực; sự phối hợp giữa các cấp Hội với các ngành chức năng trong thu thập, chia sẻ số liệu có lúc chưa thường xuyên. Từ thực tiễn trên, năm 2026 các cấp Hội cần tập trung nâng cao chất lượng sinh hoạt chi, tổ hội, đổi mới nội dung, phương thức tuyên truyền, tăng cường ứng dụng công nghệ số trong quản lý, thống kê số liệu và hỗ trợ hội viên.",
    "## II. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát huy vai trò của các cấp Hội trong tham gia thực hiện các mục tiêu bình đẳng giới của tỉnh năm 2026; góp phần nâng cao nhận thức của hội viên, phụ nữ và cộng đồng về bình đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "2. Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp, giảm nghèo bền vững; nâng cao năng lực, tạo nguồn cán bộ nữ cho hệ thống chính trị, nhất là sau khi sắp xếp đơn vị hành chính cấp xã.",
    "3. Các hoạt động phải cụ thể, thiết thực, phù hợp với điều kiện của từng địa phương; lồng ghép với việc thực hiện các phong trào thi đua, cuộc vận động của Hội; tránh hình thức, trùng lặp.",
    "4. Tăng cường phối hợp với các sở, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tuyên truyền, vận động, giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới; bảo đảm số liệu thống kê, báo cáo của các cấp Hội đầy đủ, có phân tách theo giới, đúng thời gian quy định.",
    "5. Cán bộ, hội viên nắm vững nội dung Kế hoạch; mỗi cơ sở Hội xác định ít nhất 01 nội dung trọng tâm, 01 công trình, phần việc cụ thể hưởng ứng Tháng hành động vì bình đẳng giới năm 2026; gắn kết quả thực hiện với bình xét thi đua cuối năm.",
    "## III. CHỈ TIÊU",
    "Để góp phần thực hiện Kế hoạch số 58/KH-UBND của UBND tỉnh, năm 2026 các cấp Hội phấn đấu đạt các chỉ tiêu sau:",
    (
        "table",
        [
            ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu năm 2026"],
            [
                "**1**",
                "**Mục tiêu 1: Nâng cao vị thế, sự tham gia của phụ nữ trong lĩnh vực chính trị**",
                "",
            ],
            ["1.1", H11, "Ít nhất 600 người"],
            ["1.2", H12, "100%"],
            ["**2**", "**Mục tiêu 2: Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững**", ""],
            ["2.1", H21, "Từ 350 hộ trở lên"],
            ["2.2", H22, "Trên 85%"],
            ["2.3", H23, "Ít nhất 15 HTX, THT"],
            [
                "**3**",
                "**Mục tiêu 3: Xây dựng gia đình hạnh phúc, phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
                "",
            ],
            ["3.1", H31, "Người bị bạo lực: đạt 95%; người gây bạo lực: đạt 70%"],
            ["3.2", H32, "100% xã, phường"],
            ["3.3", H33, "Từ 80% trở lên"],
            ["**4**", "**Mục tiêu 4: Chăm sóc sức khỏe phụ nữ**", ""],
            ["4.1", H41, "Ít nhất 25.000 lượt người"],
            ["**5**", "**Mục tiêu 5: Thông tin, truyền thông về bình đẳng giới**", ""],
            ["5.1", H51, "Ít nhất 04 tin, bài/tháng"],
            ["5.2", H52, "100%"],
            ["5.3", H53, "Đạt 85%"],
        ],
    ),
    "## IV. NHIỆM VỤ, GIẢI PHÁP",
    "**1. Công tác tuyên truyền, giáo dục**",
    "- Tuyên truyền, phổ biến Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022, các chương trình, đề án về bình đẳng giới đến cán bộ, hội viên, phụ nữ thông qua sinh hoạt chi, tổ hội, câu lạc bộ, mạng xã hội (Zalo, Facebook) và hệ thống thông tin cơ sở.",
    "- Tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10; hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2026) với chủ đề do Trung ương Hội hướng dẫn.",
    '- Nhân rộng mô hình "Gia đình 5 có, 3 sạch", câu lạc bộ "Gia đình hạnh phúc", "Ông bà mẫu mực, con cháu thảo hiền"; vận động nam giới cùng chia sẻ công việc gia đình, chăm sóc con cái.',
    "- Biên soạn, phát hành tài liệu hỏi - đáp về bình đẳng giới bằng tiếng Việt và tiếng Khmer; xây dựng các video clip ngắn, infographic phù hợp đăng tải trên mạng xã hội; lựa chọn, bồi dưỡng đội ngũ tuyên truyền viên nòng cốt tại các chi hội.",
    "**2. Nâng cao năng lực, tạo nguồn cán bộ nữ**",
    "- Phối hợp với Ban Tổ chức Tỉnh ủy, Sở Nội vụ rà soát nguồn cán bộ nữ; giới thiệu cán bộ nữ có đủ tiêu chuẩn để quy hoạch, bồi dưỡng, bổ nhiệm.",
    "- Tổ chức các lớp bồi dưỡng kỹ năng thuyết trình, tiếp xúc cử tri, giám sát, phản biện xã hội cho nữ đại biểu Hội đồng nhân dân cấp xã, cán bộ Hội cơ sở.",
    "**3. Hỗ trợ phụ nữ phát triển kinh tế**",
    '- Triển khai Đề án "Hỗ trợ phụ nữ khởi nghiệp" và Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số tại các xã có đồng bào Khmer.',
    "- Phối hợp với Ngân hàng Chính sách xã hội tỉnh quản lý tốt nguồn vốn ủy thác; hướng dẫn phụ nữ xây dựng phương án sản xuất, kinh doanh; hỗ trợ tiêu thụ sản phẩm OCOP, sản phẩm đặc sản địa phương do phụ nữ làm chủ trên các sàn thương mại điện tử.",
    "- Tổ chức tập huấn kiến thức quản trị, kỹ năng kinh doanh, chuyển đổi số cho phụ nữ chủ hộ kinh doanh, thành viên hợp tác xã; kết nối phụ nữ khởi nghiệp với các doanh nghiệp, nhà khoa học, các quỹ hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh; tổ chức Hội chợ sản phẩm phụ nữ khởi nghiệp nhân dịp kỷ niệm ngày Phụ nữ Việt Nam 20/10.",
    "- Vận động hội viên tham gia các mô hình sinh kế thích ứng với biến đổi khí hậu, xâm nhập mặn vùng Đồng Tháp Mười và các xã ven biển; hỗ trợ phụ nữ tiếp cận thông tin thị trường lao động, đào tạo nghề, xuất khẩu lao động an toàn, tránh rơi vào bẫy mua bán người.",
    "**4. Phòng ngừa, ứng phó với bạo lực gia đình, bạo lực trên cơ sở giới**",
    "- Duy trì, nâng cao chất lượng hoạt động của Địa chỉ tin cậy, Nhà tạm lánh, đường dây nóng của Hội; kịp thời phát hiện, tiếp nhận, hỗ trợ, tư vấn cho nạn nhân bị bạo lực gia đình, xâm hại tình dục, mua bán người.",
    "- Phối hợp với Công an xã, phường và các ngành liên quan hòa giải, can thiệp, xử lý các vụ việc; theo dõi, cập nhật số liệu người bị bạo lực, người gây bạo lực có phân tách theo giới.",
    "- Tham gia giám sát việc thực hiện pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình tại một số xã, phường; kiến nghị cơ quan có thẩm quyền xử lý các vụ việc vi phạm quyền của phụ nữ và trẻ em.",
    '- Phối hợp với Tỉnh Đoàn, Hội Nông dân tỉnh tổ chức diễn đàn "Nam giới chung tay vì bình đẳng giới" tại một số xã có tỷ lệ bạo lực gia đình cao.',
    "**5. Chăm sóc sức khỏe phụ nữ**",
    "- Phối hợp với ngành y tế tổ chức truyền thông, tư vấn, khám sàng lọc ung thư vú, ung thư cổ tử cung cho phụ nữ; tuyên truyền về chăm sóc sức khỏe sinh sản vị thành niên, phòng, chống tảo hôn.",
    "- Vận động hội viên, phụ nữ tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện; tuyên truyền chăm sóc dinh dưỡng cho bà mẹ mang thai và trẻ em dưới 5 tuổi tại các xã còn tỷ lệ suy dinh dưỡng cao.",
    "**6. Công tác kiểm tra, giám sát, thống kê**",
    "- Thực hiện thống kê số liệu chỉ tiêu theo biểu mẫu hướng dẫn, có phân tách theo giới, theo xã, phường; cập nhật cơ sở dữ liệu hội viên trên phần mềm quản lý của Trung ương Hội.",
    "- Kiểm tra việc triển khai Kế hoạch tại ít nhất 10 cơ sở Hội xã, phường; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có cách làm hay, hiệu quả nhân dịp tổng kết công tác Hội năm 2026.",
    "## V. KINH PHÍ",
    "Kinh phí thực hiện từ nguồn ngân sách cấp cho hoạt động thường xuyên của Hội LHPN tỉnh năm 2026, kinh phí Dự án 8 và các chương trình, đề án được giao; nguồn vận động, tài trợ hợp pháp của các tổ chức, cá nhân trong và ngoài nước.",
    "## VI. TỔ CHỨC THỰC HIỆN",
    "**1. Ban Gia đình - Xã hội** (bộ phận thường trực)",
    "- Tham mưu Ban Thường vụ triển khai, theo dõi, đôn đốc thực hiện Kế hoạch; hướng dẫn Hội LHPN các xã, phường xây dựng kế hoạch cụ thể.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu 3.1, 3.2, 3.3 và chỉ tiêu 4.1; phối hợp với Ban Tuyên giáo - Chính sách luật pháp thực hiện chỉ tiêu 5.3.",
    "- Tổng hợp, tham mưu Ban Thường vụ báo cáo Trung ương Hội và UBND tỉnh (qua Sở Nội vụ) trước ngày 05/6/2026 (báo cáo 6 tháng) và trước ngày 30/11/2026 (báo cáo năm).",
    "**2. Ban Tổ chức - Kiểm tra**",
    "- Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 1; phối hợp rà soát, giới thiệu nguồn cán bộ nữ.",
    "- Lồng ghép kiểm tra việc thực hiện Kế hoạch trong chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ.",
    "**3. Ban Hỗ trợ phụ nữ phát triển kinh tế**",
    "- Chủ trì thực hiện, theo dõi và báo cáo kết quả các chỉ tiêu của Mục tiêu 2 (chỉ tiêu 2.1, 2.2, 2.3).",
    "- Phối hợp với Ngân hàng Chính sách xã hội tỉnh, Liên minh Hợp tác xã tỉnh triển khai các hoạt động hỗ trợ sinh kế.",
    "**4. Ban Tuyên giáo - Chính sách luật pháp**",
    "- Xây dựng nội dung, tài liệu tuyên truyền; theo dõi, báo cáo chỉ tiêu 5.1, 5.2, 5.3.",
    "- Phối hợp với Ban Gia đình - Xã hội thực hiện chỉ tiêu 3.3 (sinh hoạt chuyên đề trong tháng 6).",
    "- Tham mưu Ban Thường vụ phối hợp với Ban Tổ chức Tỉnh ủy theo dõi tình hình cán bộ nữ sau sắp xếp, đề xuất giải pháp đối với các xã, phường chưa có cán bộ nữ trong Ban Thường vụ Đảng ủy.",
    "**5. Văn phòng**: Bảo đảm kinh phí, điều kiện phục vụ các hoạt động; hướng dẫn thanh, quyết toán theo quy định.",
    "**6. Hội LHPN các xã, phường**",
    "- Xây dựng kế hoạch thực hiện năm 2026 phù hợp với tình hình địa phương, gửi về Ban Thường vụ Hội LHPN tỉnh (qua Ban Gia đình - Xã hội) trước ngày 10/4/2026.",
    "- Tham mưu cấp ủy, phối hợp với UBND xã, phường triển khai các nội dung có liên quan; báo cáo kết quả thực hiện 6 tháng trước ngày 25/5/2026, báo cáo năm trước ngày 15/11/2026; báo cáo đột xuất khi có yêu cầu.",
    "- Chỉ đạo chi hội, tổ phụ nữ rà soát, nắm tình hình hội viên có nguy cơ bị bạo lực gia đình, trẻ em gái có nguy cơ tảo hôn; phối hợp với Ban công tác Mặt trận ấp, khóm, tổ hòa giải kịp thời can thiệp, hỗ trợ; thống kê đầy đủ số liệu theo biểu mẫu của Hội LHPN tỉnh.",
    "**7. Đề nghị phối hợp**",
    "Đề nghị Sở Y tế phối hợp cung cấp tài liệu truyền thông, cử báo cáo viên hỗ trợ các cấp Hội thực hiện chỉ tiêu 4.1; đề nghị Sở Nội vụ hướng dẫn chuyên môn, nghiệp vụ về công tác bình đẳng giới cho cán bộ Hội.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Ban Thường vụ Hội LHPN tỉnh Đồng Tháp, đề nghị các ban, đơn vị và Hội LHPN các xã, phường nghiêm túc triển khai thực hiện./.",
    "**Nơi nhận:**",
    "- Đoàn Chủ tịch TW Hội (b/c);",
    "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
    "- Ủy ban MTTQ Việt Nam tỉnh;",
    "- Sở Nội vụ;",
    "- Các ban, VP Hội LHPN tỉnh;",
    "- Hội LHPN các xã, phường;",
    "- Lưu: VT, GĐXH.",
    "**TM. BAN THƯỜNG VỤ**",
    "**PHÓ CHỦ TỊCH**",
    "Lê Thị Ngọc Hân",
]

P3_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
    "issuer": "Ban Thường vụ Hội LHPN tỉnh Đồng Tháp",
    "level": "agency",
    "area": "Đồng Tháp",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 58/KH-UBND ngày 27/02/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026",
        "Chương trình công tác năm 2026 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh",
    ],
    "parent": "Kế hoạch số 58/KH-UBND ngày 27/02/2026 của Ủy ban nhân dân tỉnh Đồng Tháp",
    "objectives": [
        {
            "code": "1",
            "title": "Nâng cao vị thế, sự tham gia của phụ nữ trong lĩnh vực chính trị",
            "indicators": [
                I("1.1", H11, T(600, "count", ">=", 2026)),
                I("1.2", H12, T(100, "%", ">=", 2026)),
            ],
        },
        {
            "code": "2",
            "title": "Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững",
            "indicators": [
                I("2.1", H21, T(350, "count", ">=", 2026)),
                I("2.2", H22, T(85, "%", ">", 2026)),
                I("2.3", H23, T(15, "count", ">=", 2026)),
            ],
        },
        {
            "code": "3",
            "title": "Xây dựng gia đình hạnh phúc, phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                I(
                    "3.1",
                    H31,
                    T(95, "%", ">=", 2026, label="người bị bạo lực"),
                    T(70, "%", ">=", 2026, label="người gây bạo lực"),
                ),
                I("3.2", H32, T(100, "%", ">=", 2026)),
                I("3.3", H33, T(80, "%", ">=", 2026)),
            ],
        },
        {
            "code": "4",
            "title": "Chăm sóc sức khỏe phụ nữ",
            "indicators": [
                I("4.1", H41, T(25000, "count", ">=", 2026)),
            ],
        },
        {
            "code": "5",
            "title": "Thông tin, truyền thông về bình đẳng giới",
            "indicators": [
                I("5.1", H51, T(4, "items_per_month", ">=", 2026)),
                I("5.2", H52, T(100, "%", ">=", 2026)),
                I("5.3", H53, T(85, "%", ">=", 2026)),
            ],
        },
    ],
    "assignments": [
        A("Ban Gia đình - Xã hội", "lead", "3.1", "3.2", "3.3", "4.1"),
        A("Ban Gia đình - Xã hội", "support", "5.3"),
        A("Ban Tổ chức - Kiểm tra", "lead", "1.1", "1.2"),
        A("Ban Hỗ trợ phụ nữ phát triển kinh tế", "lead", "2.1", "2.2", "2.3"),
        A("Ban Tuyên giáo - Chính sách luật pháp", "lead", "5.1", "5.2", "5.3"),
        A("Ban Tuyên giáo - Chính sách luật pháp", "support", "3.3"),
        A("Sở Y tế", "support", "4.1"),
    ],
    "reporting": [
        R("semiannual", "consolidator", "06-05"),
        R("annual", "consolidator", "11-30"),
        R("plan", "units", "2026-04-10"),
        R("semiannual", "units", "05-25"),
        R("annual", "units", "11-15"),
    ],
}


PLANS = [
    {
        "name": "r8c-bo-nong-nghiep-moi-truong-2026-2030",
        "ext": "docx",
        "blocks": P1_BLOCKS,
        "expected": P1_EXPECTED,
    },
    {
        "name": "r8c-cong-an-tuyen-quang-2026-2030",
        "ext": "pdf",
        "blocks": P2_BLOCKS,
        "expected": P2_EXPECTED,
    },
    {
        "name": "r8c-hoi-lhpn-dong-thap-2026",
        "ext": "md",
        "blocks": P3_BLOCKS,
        "expected": P3_EXPECTED,
    },
]
