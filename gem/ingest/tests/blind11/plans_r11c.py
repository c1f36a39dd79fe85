"""Blind plans r11c: three sector plans (ministry annual 2026 .docx, provincial
health department 2026-2030 .md, provincial police annual 2027 .pdf)."""


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


# ---------------------------------------------------------------------------
# A. Bộ Nông nghiệp và Môi trường, annual 2026 (.docx)
# ---------------------------------------------------------------------------

A_11 = (
    "Phấn đấu đến hết năm 2026 có ít nhất 62% cơ quan, đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ."
)
A_12 = "Tỷ lệ nữ được quy hoạch các chức danh lãnh đạo cấp vụ, cục và tương đương đạt trên 30%."
A_21 = "Tỷ lệ học viên nữ tham gia các lớp tập huấn khuyến nông, chuyển giao tiến bộ kỹ thuật do các đơn vị thuộc Bộ tổ chức đạt ít nhất 45%."
A_22 = (
    "Tỷ lệ Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cấp mới, cấp đổi trong năm "
    "ghi tên cả vợ và chồng đạt 70% đối với đất ở và 55% đối với đất nông nghiệp."
)
A_31 = (
    "100% cơ quan, đơn vị thuộc Bộ ban hành và niêm yết công khai Quy tắc ứng xử về phòng, chống quấy rối "
    "tình dục tại nơi làm việc."
)
A_41 = (
    "Tỷ lệ nữ học viên được tuyển mới trình độ sau đại học tại các cơ sở đào tạo thuộc Bộ đạt không dưới "
    "40% đối với trình độ thạc sĩ; 25% đối với trình độ tiến sĩ."
)
A_42 = (
    "Trong năm 2026, 100% trường đại học, cao đẳng thuộc Bộ đưa nội dung về giới, bình đẳng giới vào chương "
    "trình giảng dạy các học phần kỹ năng mềm, pháp luật đại cương."
)
A_51 = "Báo Nông nghiệp và Môi trường duy trì chuyên mục về bình đẳng giới, mỗi tháng có ít nhất 02 tin, bài về bình đẳng giới, vai trò của phụ nữ trong phát triển nông nghiệp, nông thôn."
A_52 = "Phấn đấu 85% công chức, viên chức và người lao động thuộc Bộ được phổ biến, cập nhật kiến thức cơ bản về bình đẳng giới."

PLAN_A = {
    "name": "r11c-bo-nong-nghiep-moi-truong-2026",
    "ext": "docx",
    "blocks": [
        (
            "header",
            ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "_______", "Số: 2417/KH-BNNMT"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "_______________________",
                "Hà Nội, ngày 21 tháng 4 năm 2026",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Bộ Nông nghiệp và Môi trường**",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
        "Căn cứ Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hành động về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026-2030;",
        "Thực hiện Công văn số 2855/BNV-CTTN&BDG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
        "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "- Cụ thể hóa các mục tiêu, chỉ tiêu của Kế hoạch hành động về bình đẳng giới của ngành giai đoạn 2026-2030 thành các nhiệm vụ, hoạt động cụ thể trong năm 2026, gắn với trách nhiệm của từng cơ quan, đơn vị thuộc Bộ.",
        "- Nâng cao nhận thức, trách nhiệm của cấp ủy, lãnh đạo các cơ quan, đơn vị và công chức, viên chức, người lao động trong ngành về bình đẳng giới; tạo điều kiện để lao động nữ phát huy năng lực, tham gia bình đẳng vào công tác lãnh đạo, quản lý và thụ hưởng thành quả phát triển của ngành.",
        "- Tăng cường lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chiến lược, quy hoạch, chương trình, đề án thuộc lĩnh vực nông nghiệp, tài nguyên và môi trường, nhất là trong bối cảnh sắp xếp tổ chức bộ máy sau hợp nhất.",
        "**2. Yêu cầu**",
        "- Các nhiệm vụ phải bám sát chức năng, nhiệm vụ của từng cơ quan, đơn vị; bảo đảm tính khả thi, tiết kiệm, hiệu quả, tránh hình thức.",
        "- Số liệu báo cáo phải đầy đủ, chính xác, có sự tách biệt giới, phản ánh đúng thực trạng công tác bình đẳng giới của đơn vị.",
        "- Tăng cường phối hợp giữa các cơ quan, đơn vị thuộc Bộ với Công đoàn Bộ, Ban Vì sự tiến bộ của phụ nữ Bộ và các địa phương trong quá trình triển khai.",
        "**II. KẾT QUẢ THỰC HIỆN NĂM 2025**",
        "Năm 2025, trong bối cảnh hợp nhất Bộ Nông nghiệp và Phát triển nông thôn với Bộ Tài nguyên và Môi trường, công tác bình đẳng giới của Bộ tiếp tục được duy trì. Ban Vì sự tiến bộ của phụ nữ của hai Bộ trước đây đã bàn giao hồ sơ, tài liệu và được kiện toàn tạm thời; các đơn vị cơ bản thực hiện chế độ báo cáo theo quy định. Tỷ lệ cơ quan, đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ ước đạt 58,3%; tỷ lệ nữ trong tổng số công chức, viên chức của Bộ khoảng 41%.",
        "Tuy nhiên, việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật ở một số đơn vị còn hình thức; số liệu thống kê theo giới trong lĩnh vực đất đai, khuyến nông chưa đầy đủ, chưa được cập nhật thường xuyên; một số đơn vị sự nghiệp chưa bố trí người làm công tác bình đẳng giới sau khi sắp xếp.",
        "Nguyên nhân chủ yếu là do khối lượng công việc sắp xếp tổ chức bộ máy lớn, cán bộ làm công tác bình đẳng giới chủ yếu kiêm nhiệm, thay đổi thường xuyên; kinh phí dành cho hoạt động bình đẳng giới còn hạn chế.",
        "**III. MỤC TIÊU, CHỈ TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới trong ngành Nông nghiệp và Môi trường; tạo điều kiện, cơ hội để nữ công chức, viên chức, người lao động và phụ nữ nông thôn tham gia, thụ hưởng bình đẳng trong các lĩnh vực do Bộ quản lý, góp phần thực hiện thắng lợi các mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030.",
        "**2. Mục tiêu, chỉ tiêu cụ thể năm 2026**",
        "**Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý**",
        "- Chỉ tiêu 1: " + A_11,
        "- Chỉ tiêu 2: " + A_12,
        "**Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, tiếp cận nguồn lực**",
        "- Chỉ tiêu 1: " + A_21,
        "- Chỉ tiêu 2: " + A_22,
        "**Mục tiêu 3: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại nơi làm việc**",
        "- Chỉ tiêu: " + A_31,
        "**Mục tiêu 4: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo của ngành**",
        "- Chỉ tiêu 1: " + A_41,
        "- Chỉ tiêu 2: " + A_42,
        "**Mục tiêu 5: Nâng cao nhận thức, thông tin, truyền thông về bình đẳng giới**",
        "- Chỉ tiêu 1: " + A_51,
        "- Chỉ tiêu 2: " + A_52,
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác chỉ đạo, điều hành và hoàn thiện thể chế**",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ Nông nghiệp và Môi trường sau sắp xếp tổ chức bộ máy; phân công nhiệm vụ cụ thể cho các thành viên; ban hành Quy chế hoạt động của Ban trong quý II năm 2026.",
        "- Thực hiện lồng ghép vấn đề bình đẳng giới trong quá trình xây dựng các dự án luật, nghị định, thông tư thuộc lĩnh vực quản lý của Bộ, trọng tâm là các văn bản hướng dẫn Luật Đất đai, Luật Tài nguyên nước, Luật Trồng trọt, Luật Chăn nuôi; bảo đảm việc đánh giá tác động giới được thực hiện thực chất trong hồ sơ đề nghị xây dựng văn bản.",
        "- Rà soát các chính sách hỗ trợ phát triển sản xuất nông nghiệp, chính sách đất đai, chính sách hỗ trợ ứng phó với biến đổi khí hậu để kịp thời phát hiện, kiến nghị sửa đổi các quy định chưa bảo đảm nguyên tắc bình đẳng giới.",
        "**2. Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý**",
        "- Thực hiện nghiêm các quy định về công tác cán bộ nữ trong quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm, luân chuyển; quan tâm giới thiệu cán bộ nữ có đủ tiêu chuẩn, điều kiện vào các chức danh lãnh đạo, quản lý các cấp.",
        "- Ưu tiên cử cán bộ nữ trong diện quy hoạch tham gia các khóa đào tạo, bồi dưỡng lý luận chính trị, quản lý nhà nước, ngoại ngữ, tin học và bồi dưỡng ở nước ngoài.",
        "- Rà soát, tổng hợp số liệu về cán bộ nữ lãnh đạo, quản lý tại các cơ quan, đơn vị sau khi sắp xếp; làm rõ nguyên nhân tại các đơn vị có trên 30% là nữ nhưng chưa có lãnh đạo chủ chốt là nữ.",
        "**3. Thúc đẩy bình đẳng giới trong kinh tế, lao động và tiếp cận nguồn lực**",
        "- Lồng ghép nội dung bình đẳng giới trong các chương trình khuyến nông, đào tạo nghề nông nghiệp cho lao động nông thôn; bố trí thời gian, địa điểm tập huấn phù hợp để phụ nữ, nhất là phụ nữ dân tộc thiểu số, có con nhỏ được tham gia.",
        "- Hướng dẫn các địa phương thực hiện quy định ghi tên cả vợ và chồng trên Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; theo dõi số liệu cấp giấy chứng nhận có phân tách theo giới trên hệ thống cơ sở dữ liệu đất đai quốc gia.",
        "- Hỗ trợ phụ nữ tham gia hợp tác xã, tổ hợp tác, chuỗi giá trị nông sản; xây dựng và nhân rộng các mô hình sinh kế thích ứng với biến đổi khí hậu do phụ nữ làm chủ.",
        "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
        "- Xây dựng, ban hành Quy tắc ứng xử về phòng, chống quấy rối tình dục tại nơi làm việc phù hợp với đặc thù của từng đơn vị; thiết lập kênh tiếp nhận, xử lý thông tin phản ánh bảo đảm bí mật cho người tố cáo.",
        "- Phối hợp với Công đoàn Bộ tổ chức đối thoại, tọa đàm với người lao động nữ về phòng, chống bạo lực gia đình, quấy rối tình dục nhân Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6).",
        "- Hướng dẫn các địa phương lồng ghép hoạt động hỗ trợ phụ nữ bị bạo lực trong các chương trình hỗ trợ sinh kế, phát triển sản xuất tại vùng nông thôn, vùng bị ảnh hưởng bởi thiên tai; chú trọng phụ nữ di cư lao động mùa vụ.",
        "- Đưa nội dung phòng, chống bạo lực trên cơ sở giới vào chương trình sinh hoạt chuyên đề của các tổ chức đoàn thể cơ sở trong các đơn vị thuộc Bộ ít nhất 01 lần trong năm.",
        "**5. Giáo dục, đào tạo**",
        "- Chỉ đạo các trường đại học, cao đẳng thuộc Bộ rà soát chương trình, giáo trình; loại bỏ nội dung, hình ảnh mang định kiến giới; bổ sung nội dung về giới, bình đẳng giới trong các học phần phù hợp.",
        "- Có chính sách khuyến khích nữ viên chức, giảng viên, nghiên cứu viên tham gia đào tạo trình độ thạc sĩ, tiến sĩ; ưu tiên nữ chủ nhiệm nhiệm vụ khoa học và công nghệ cấp Bộ.",
        "**6. Thông tin, truyền thông**",
        "- Đa dạng hóa hình thức tuyên truyền trên Cổng thông tin điện tử của Bộ, Báo Nông nghiệp và Môi trường, Tạp chí Nông nghiệp và Môi trường; biểu dương các tập thể, cá nhân điển hình trong công tác bình đẳng giới và phụ nữ nông thôn làm kinh tế giỏi.",
        "- Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ (8/3), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2026).",
        '- Phối hợp với Hội Liên hiệp Phụ nữ Việt Nam, Hội Nông dân Việt Nam tổ chức diễn đàn "Phụ nữ nông thôn với chuyển đổi số và kinh tế xanh" nhân Ngày Quốc tế Phụ nữ nông thôn (15/10).',
        "- Biên soạn, phát hành tài liệu hỏi - đáp về quyền của phụ nữ trong tiếp cận đất đai, tín dụng, khuyến nông; cung cấp cho hệ thống khuyến nông cơ sở và các hợp tác xã.",
        "**7. Kiểm tra, giám sát và thống kê**",
        "- Lồng ghép nội dung kiểm tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch kiểm tra công vụ hằng năm của Bộ; dự kiến kiểm tra tại 04 đơn vị trong quý III năm 2026.",
        "- Hoàn thiện bộ số liệu thống kê giới của ngành trên cơ sở các chỉ tiêu thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia do Bộ phụ trách thu thập.",
        "**V. KINH PHÍ THỰC HIỆN**",
        "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, dự án do Bộ quản lý.",
        "2. Khuyến khích các đơn vị huy động nguồn tài trợ hợp pháp của các tổ chức trong nước và quốc tế để triển khai các hoạt động về bình đẳng giới theo quy định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "1. Vụ Tổ chức cán bộ",
        "- Là cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ Bộ, chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Lãnh đạo Bộ và Bộ Nội vụ theo quy định.",
        "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 1; chỉ tiêu của Mục tiêu 3 và Chỉ tiêu 2 của Mục tiêu 5.",
        "2. Cục Khuyến nông",
        "- Lồng ghép bình đẳng giới trong các chương trình, dự án khuyến nông trung ương; hướng dẫn hệ thống khuyến nông địa phương thống kê học viên theo giới.",
        "- Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 1 thuộc Mục tiêu 2.",
        "3. Cục Quản lý đất đai",
        "- Hướng dẫn, đôn đốc các địa phương thực hiện việc ghi tên cả vợ và chồng trên Giấy chứng nhận; tổng hợp số liệu cấp giấy chứng nhận có phân tách theo giới.",
        "- Chủ trì theo dõi, tổng hợp số liệu và báo cáo Chỉ tiêu 2 (Mục tiêu 2).",
        "4. Vụ Khoa học và Công nghệ",
        "- Chủ trì, hướng dẫn các cơ sở đào tạo thuộc Bộ rà soát chương trình đào tạo; theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        "- Ưu tiên xét chọn nhiệm vụ khoa học và công nghệ có nội dung nghiên cứu về giới trong nông nghiệp, tài nguyên và môi trường.",
        "5. Báo Nông nghiệp và Môi trường",
        "- Xây dựng chuyên mục về bình đẳng giới; chịu trách nhiệm thực hiện, theo dõi và báo cáo kết quả Chỉ tiêu 1 của Mục tiêu 5.",
        "6. Văn phòng Bộ",
        "- Cập nhật tin, bài về bình đẳng giới trên Cổng thông tin điện tử của Bộ; phối hợp với Vụ Tổ chức cán bộ theo dõi, đánh giá Chỉ tiêu 2 của Mục tiêu 5.",
        "7. Vụ Kế hoạch - Tài chính",
        "- Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ; hướng dẫn các đơn vị sử dụng kinh phí đúng quy định.",
        "8. Vụ Pháp chế",
        "- Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Bộ; tổng hợp kết quả lồng ghép giới trong báo cáo năm.",
        "9. Công đoàn Bộ Nông nghiệp và Môi trường",
        "- Phối hợp với Vụ Tổ chức cán bộ theo dõi việc thực hiện chỉ tiêu của Mục tiêu 3; tổ chức các hoạt động chăm lo cho nữ đoàn viên, người lao động.",
        "- Tiếp tục chỉ đạo lồng ghép bình đẳng giới trong các chương trình, dự án hợp tác quốc tế do Vụ Hợp tác quốc tế quản lý; đề nghị các nhà tài trợ hỗ trợ hoạt động nâng cao năng lực cho nữ cán bộ khuyến nông, nữ chủ hợp tác xã.",
        "10. Các cơ quan, đơn vị thuộc Bộ",
        "- Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2026 của đơn vị, gửi về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 30/4/2026.",
        "- Bố trí công chức, viên chức kiêm nhiệm làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; thực hiện chế độ báo cáo theo quy định tại Mục VII Kế hoạch này.",
        "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Các cơ quan, đơn vị thuộc Bộ gửi báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ về Bộ (qua Vụ Tổ chức cán bộ) như sau: báo cáo 6 tháng đầu năm trước ngày 05/6/2026; báo cáo năm trước ngày 20/11/2026. Số liệu báo cáo phải có sự tách biệt giới.",
        "2. Vụ Tổ chức cán bộ tổng hợp, báo cáo Bộ trưởng và gửi Bộ Nội vụ: báo cáo 6 tháng trước ngày 20/6/2026; báo cáo năm trước ngày 15/12/2026.",
        "3. Ngoài ra, các đơn vị thực hiện báo cáo đột xuất khi có yêu cầu của Lãnh đạo Bộ hoặc cơ quan có thẩm quyền.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Vụ Tổ chức cán bộ để tổng hợp, báo cáo Bộ trưởng xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ trưởng (để b/c);",
                "- Các Thứ trưởng;",
                "- Bộ Nội vụ;",
                "- Các cơ quan, đơn vị thuộc Bộ;",
                "- Công đoàn Bộ;",
                "- Lưu: VT, TCCB.",
            ],
            ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Trịnh Thị Minh Hạnh"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Bộ Nông nghiệp và Môi trường",
        "issuer": "Bộ Nông nghiệp và Môi trường",
        "level": "agency",
        "area": "Việt Nam",
        "period": {"start": 2026, "end": 2026},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hành động về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026-2030",
            "Công văn số 2855/BNV-CTTN&BDG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": "Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch hành động về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026-2030",
        "objectives": [
            {
                "code": "1",
                "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý",
                "indicators": [
                    I("1.1", A_11, T(62, "%", ">=", 2026)),
                    I("1.2", A_12, T(30, "%", ">", 2026)),
                ],
            },
            {
                "code": "2",
                "title": "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, tiếp cận nguồn lực",
                "indicators": [
                    I("2.1", A_21, T(45, "%", ">=", 2026)),
                    I(
                        "2.2",
                        A_22,
                        T(70, "%", ">=", 2026, label="đất ở"),
                        T(55, "%", ">=", 2026, label="đất nông nghiệp"),
                    ),
                ],
            },
            {
                "code": "3",
                "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại nơi làm việc",
                "indicators": [
                    I("3.1", A_31, T(100, "%", ">=", 2026)),
                ],
            },
            {
                "code": "4",
                "title": "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo của ngành",
                "indicators": [
                    I(
                        "4.1",
                        A_41,
                        T(40, "%", ">=", 2026, label="thạc sĩ"),
                        T(25, "%", ">=", 2026, label="tiến sĩ"),
                    ),
                    I("4.2", A_42, T(100, "%", ">=", 2026)),
                ],
            },
            {
                "code": "5",
                "title": "Nâng cao nhận thức, thông tin, truyền thông về bình đẳng giới",
                "indicators": [
                    I("5.1", A_51, T(2, "items_per_month", ">=", 2026)),
                    I("5.2", A_52, T(85, "%", ">=", 2026)),
                ],
            },
        ],
        "assignments": [
            {
                "agency": "Vụ Tổ chức cán bộ",
                "role": "lead",
                "indicators": ["1.1", "1.2", "3.1", "5.2"],
            },
            {"agency": "Cục Khuyến nông", "role": "lead", "indicators": ["2.1"]},
            {"agency": "Cục Quản lý đất đai", "role": "lead", "indicators": ["2.2"]},
            {"agency": "Vụ Khoa học và Công nghệ", "role": "lead", "indicators": ["4.1", "4.2"]},
            {"agency": "Báo Nông nghiệp và Môi trường", "role": "lead", "indicators": ["5.1"]},
            {"agency": "Văn phòng Bộ", "role": "support", "indicators": ["5.2"]},
            {
                "agency": "Công đoàn Bộ Nông nghiệp và Môi trường",
                "role": "support",
                "indicators": ["3.1"],
            },
        ],
        "reporting": [
            {"kind": "plan", "by": "units", "due": "2026-04-30"},
            {"kind": "semiannual", "by": "units", "due": "06-05"},
            {"kind": "annual", "by": "units", "due": "11-20"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
            {"kind": "annual", "by": "consolidator", "due": "12-15"},
        ],
    },
}


# ---------------------------------------------------------------------------
# B. Sở Y tế tỉnh Gia Lai, 2026-2030 (.md)
# ---------------------------------------------------------------------------

B_11 = (
    "Tỷ lệ cơ quan, đơn vị trực thuộc Sở Y tế có lãnh đạo chủ chốt là nữ đến năm 2028 đạt 40% "
    "và đến năm 2030 đạt 45%."
)
B_12 = (
    "Phấn đấu 100% đơn vị sự nghiệp y tế có từ 30% cán bộ, viên chức nữ trở lên có cán bộ nữ trong "
    "ban lãnh đạo vào năm 2030."
)
B_21 = (
    "Tỷ số giới tính khi sinh giảm từ 112 bé trai/100 bé gái sinh ra sống năm 2025 xuống còn 110 bé "
    "trai/100 bé gái sinh ra sống vào năm 2030."
)
B_22 = "Duy trì tỷ số tử vong mẹ liên quan đến thai sản dưới 40/100.000 trẻ đẻ ra sống."
B_23 = (
    "Tỷ suất sinh ở vị thành niên giảm xuống dưới 20 ca sinh/1.000 phụ nữ từ 15-19 tuổi vào năm 2028 "
    "và không quá 17 ca sinh/1.000 phụ nữ từ 15-19 tuổi vào năm 2030."
)
B_24 = "Tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong 3 thời kỳ thai nghén đạt trên 90% vào năm 2030."
B_31 = (
    "Đến năm 2027, 100% bệnh viện tuyến tỉnh và trung tâm y tế khu vực bố trí bộ phận, nhân lực tiếp "
    "nhận, sàng lọc, hỗ trợ người bị bạo lực gia đình, bạo lực trên cơ sở giới."
)
B_32 = (
    "Đạt 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện tại cơ sở y tế được "
    "chăm sóc y tế và tư vấn tâm lý ban đầu."
)
B_41 = (
    "Từ năm 2027 trở đi, nội dung về giới, bình đẳng giới được đưa vào chương trình đào tạo của Trường "
    "Cao đẳng Y tế Gia Lai."
)
B_42 = (
    "Tỷ lệ nữ trong tổng số cán bộ y tế được cử đi đào tạo chuyên khoa cấp II, thạc sĩ, tiến sĩ đạt "
    "khoảng 50% vào năm 2030."
)
B_51 = "Trang thông tin điện tử của Sở Y tế mỗi quý có ít nhất 03 tin, bài về bình đẳng giới, sức khỏe sinh sản."
B_52 = (
    "Phấn đấu 80% cán bộ, viên chức, người lao động ngành y tế được tiếp cận kiến thức cơ bản về bình "
    "đẳng giới vào năm 2028 và 95% vào năm 2030."
)

PLAN_B = {
    "name": "r11c-so-y-te-gia-lai-2026-2030",
    "ext": "md",
    "blocks": [
        (
            "header",
            ["UBND TỈNH GIA LAI", "SỞ Y TẾ", "Số: 1368/KH-SYT"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Gia Lai, ngày 09 tháng 6 năm 2026",
            ],
        ),
        "# KẾ HOẠCH",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Y tế tỉnh Gia Lai giai đoạn 2026 - 2030**",
        "Căn cứ Luật Bình đẳng giới năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Quyết định số 2206/QĐ-BYT ngày 18/7/2025 của Bộ Y tế ban hành Kế hoạch hành động về bình đẳng giới của ngành Y tế đến năm 2030;",
        "Thực hiện Kế hoạch số 97/KH-UBND ngày 12/5/2026 của UBND tỉnh Gia Lai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh;",
        "Sở Y tế xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Y tế tỉnh giai đoạn 2026 - 2030, như sau:",
        "## I. MỤC ĐÍCH, YÊU CẦU",
        "1. Triển khai kịp thời, đồng bộ các mục tiêu, chỉ tiêu UBND tỉnh giao cho ngành Y tế tại Kế hoạch số 97/KH-UBND; xác định rõ trách nhiệm của các phòng chức năng, đơn vị trực thuộc Sở trong tổ chức thực hiện, theo dõi, báo cáo.",
        "2. Nâng cao nhận thức của cán bộ, viên chức, người lao động toàn ngành về giới, bình đẳng giới; lồng ghép có hiệu quả vấn đề bình đẳng giới trong các chương trình, đề án, kế hoạch chuyên môn về chăm sóc sức khỏe nhân dân, nhất là chăm sóc sức khỏe bà mẹ, trẻ em, dân số và phát triển.",
        "3. Bảo đảm số liệu theo dõi các chỉ tiêu được thu thập thường xuyên, có phân tách theo giới, thống nhất với hệ thống thống kê y tế và Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "## II. THỰC TRẠNG",
        "Giai đoạn 2021 - 2025, công tác bình đẳng giới trong ngành Y tế tỉnh đạt nhiều kết quả tích cực. Tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý tại các đơn vị trực thuộc Sở chiếm khoảng 36%; mạng lưới tư vấn sức khỏe sinh sản được duy trì đến tuyến xã. Tuy nhiên, tỷ số giới tính khi sinh năm 2025 vẫn ở mức 112 bé trai/100 bé gái, cao hơn mức cân bằng tự nhiên; tình trạng tảo hôn, sinh con ở tuổi vị thành niên tại một số xã vùng đồng bào dân tộc thiểu số phía Tây của tỉnh còn cao; việc phát hiện, hỗ trợ người bị bạo lực trên cơ sở giới tại cơ sở y tế còn hạn chế, chưa có quy trình thống nhất.",
        "Bên cạnh đó, tỷ lệ nữ trong tổng số viên chức toàn ngành chiếm khoảng 68%, nhưng tỷ lệ nữ giữ chức vụ giám đốc, phó giám đốc bệnh viện, trung tâm y tế khu vực mới đạt khoảng 29%; nữ viên chức có trình độ sau đại học tập trung chủ yếu ở các chuyên ngành điều dưỡng, dược, sản, nhi. Sau khi sắp xếp đơn vị hành chính cấp xã và tổ chức lại trung tâm y tế khu vực, một số trạm y tế chưa bố trí được viên chức phụ trách công tác dân số, việc thu thập số liệu có phân tách theo giới tại tuyến cơ sở bị gián đoạn trong năm 2025.",
        "Những hạn chế trên đặt ra yêu cầu ngành Y tế phải xác định các chỉ tiêu cụ thể, phân công rõ đơn vị chịu trách nhiệm theo dõi, báo cáo trong giai đoạn 2026 - 2030.",
        "## III. MỤC TIÊU",
        "### 1. Mục tiêu tổng quát",
        "Thu hẹp khoảng cách giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe; bảo đảm bình đẳng giới trong công tác cán bộ của ngành; góp phần thực hiện thắng lợi các mục tiêu của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Gia Lai giai đoạn 2026 - 2030.",
        "### 2. Mục tiêu cụ thể",
        "**Mục tiêu 1. Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý trong ngành Y tế**",
        "*Chỉ tiêu 1.* " + B_11,
        "*Chỉ tiêu 2.* " + B_12,
        "**Mục tiêu 2. Bảo đảm bình đẳng giới trong lĩnh vực y tế**",
        "*Chỉ tiêu 1.* " + B_21,
        "*Chỉ tiêu 2.* " + B_22,
        "*Chỉ tiêu 3.* " + B_23,
        "*Chỉ tiêu 4.* " + B_24,
        "**Mục tiêu 3. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong lĩnh vực y tế**",
        "*Chỉ tiêu 1.* " + B_31,
        "*Chỉ tiêu 2.* " + B_32,
        "**Mục tiêu 4. Bình đẳng giới trong giáo dục, đào tạo nhân lực y tế**",
        "*Chỉ tiêu 1.* " + B_41,
        "*Chỉ tiêu 2.* " + B_42,
        "**Mục tiêu 5. Thông tin, truyền thông về bình đẳng giới**",
        "*Chỉ tiêu 1.* " + B_51,
        "*Chỉ tiêu 2.* " + B_52,
        "## IV. NHIỆM VỤ, GIẢI PHÁP",
        "### 1. Nhiệm vụ, giải pháp chung",
        "- Tăng cường vai trò lãnh đạo của cấp ủy, trách nhiệm của người đứng đầu các đơn vị trong thực hiện công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác năm và tiêu chí thi đua của đơn vị.",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ ngành Y tế; phân công cán bộ kiêm nhiệm làm công tác bình đẳng giới tại các đơn vị trực thuộc; tổ chức tập huấn về lồng ghép giới cho đội ngũ này ít nhất 01 lần/năm.",
        "- Lồng ghép vấn đề bình đẳng giới trong xây dựng các đề án, kế hoạch chuyên môn của ngành trình UBND tỉnh; đánh giá tác động giới đối với các chính sách về khám bệnh, chữa bệnh, y tế dự phòng, dân số.",
        "- Tăng cường phối hợp với Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh, Hội Liên hiệp Phụ nữ tỉnh trong thực hiện các mục tiêu bình đẳng giới có liên quan đến lĩnh vực y tế; chia sẻ số liệu thống kê theo giới phục vụ xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
        "- Ứng dụng công nghệ thông tin trong quản lý thông tin dân số, sức khỏe bà mẹ, trẻ em; khai thác dữ liệu từ hồ sơ sức khỏe điện tử, phần mềm quản lý khám bệnh, chữa bệnh để theo dõi các chỉ tiêu có phân tách theo giới.",
        '- Lồng ghép hoạt động bình đẳng giới với thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030, nhất là Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em".',
        "### 2. Nhiệm vụ, giải pháp cụ thể",
        "**a) Đối với Mục tiêu 1**",
        "- Thực hiện quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ bảo đảm tỷ lệ theo quy định; ưu tiên cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số có năng lực.",
        "- Rà soát các đơn vị có từ 30% viên chức nữ trở lên nhưng chưa có nữ trong ban lãnh đạo để có giải pháp tạo nguồn trong giai đoạn 2026 - 2028.",
        "- Xây dựng cơ sở dữ liệu cán bộ, viên chức toàn ngành có phân tách theo giới, độ tuổi, dân tộc, trình độ chuyên môn; cập nhật định kỳ 6 tháng một lần phục vụ công tác quy hoạch.",
        "- Tổ chức lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ nữ trong diện quy hoạch của ngành, dự kiến mỗi năm 01 lớp.",
        "**b) Đối với Mục tiêu 2**",
        "- Triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh; tăng cường thanh tra, kiểm tra các cơ sở siêu âm, chẩn đoán hình ảnh, cơ sở phá thai; xử lý nghiêm các hành vi tiết lộ giới tính thai nhi.",
        "- Nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ sơ sinh; củng cố mạng lưới cô đỡ thôn bản tại các xã vùng khó khăn; bảo đảm thai phụ được quản lý, khám thai định kỳ.",
        "- Truyền thông, tư vấn về sức khỏe sinh sản, phòng tránh mang thai ngoài ý muốn cho vị thành niên, thanh niên; phối hợp ngành Giáo dục tổ chức các buổi nói chuyện chuyên đề tại trường trung học phổ thông.",
        '- Phối hợp với UBND các xã, phường vận động nam giới tham gia kế hoạch hóa gia đình, chăm sóc sức khỏe bà mẹ, trẻ em; xây dựng mô hình "Câu lạc bộ ông bố trách nhiệm" tại các xã có tỷ số giới tính khi sinh cao.',
        "- Lồng ghép hoạt động tư vấn, khám sức khỏe tiền hôn nhân với các đợt chiến dịch tăng cường tuyên truyền, vận động lồng ghép cung cấp dịch vụ chăm sóc sức khỏe sinh sản/kế hoạch hóa gia đình đến vùng đông dân có mức sinh cao, vùng khó khăn.",
        "- Tiếp tục thực hiện chương trình sàng lọc trước sinh và sơ sinh; mở rộng dịch vụ tư vấn và chăm sóc sức khỏe sinh sản thân thiện với vị thành niên, thanh niên tại các trạm y tế xã.",
        "**c) Đối với Mục tiêu 3**",
        "- Ban hành hướng dẫn quy trình tiếp nhận, sàng lọc, hỗ trợ, chuyển tuyến người bị bạo lực gia đình, bạo lực trên cơ sở giới tại cơ sở y tế; tập huấn cho nhân viên y tế khoa cấp cứu, sản, nhi.",
        "- Phối hợp với Công an tỉnh, Sở Nội vụ, Hội Liên hiệp Phụ nữ tỉnh trong chuyển gửi, hỗ trợ nạn nhân; bảo đảm bí mật thông tin người bệnh.",
        "- Lồng ghép nội dung phát hiện, hỗ trợ người bị bạo lực trong các buổi sinh hoạt chuyên môn của khoa, phòng; hướng dẫn ghi chép, lưu giữ hồ sơ bệnh án bảo đảm quyền riêng tư của người bệnh.",
        "- Cập nhật danh sách địa chỉ tin cậy, cơ sở trợ giúp xã hội, đường dây nóng trên địa bàn tỉnh và niêm yết tại khoa cấp cứu của các bệnh viện.",
        "**d) Đối với Mục tiêu 4**",
        "- Trường Cao đẳng Y tế Gia Lai rà soát, bổ sung nội dung về giới vào chương trình đào tạo các ngành điều dưỡng, hộ sinh, dược; biên soạn tài liệu giảng dạy phù hợp.",
        "- Xây dựng kế hoạch đào tạo nhân lực y tế trình độ sau đại học có tính đến yếu tố giới; hỗ trợ nữ viên chức có con nhỏ khi tham gia đào tạo dài hạn.",
        "**đ) Đối với Mục tiêu 5**",
        "- Đăng tải thường xuyên tin, bài về bình đẳng giới, chăm sóc sức khỏe sinh sản trên Trang thông tin điện tử của Sở và mạng xã hội của các đơn vị.",
        "- Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam (28/6), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12) hằng năm.",
        '- Phối hợp với Báo và Phát thanh, Truyền hình Gia Lai xây dựng chuyên mục "Sức khỏe cho mọi người" có nội dung về bình đẳng giới, dân số và phát triển; cung cấp tài liệu truyền thông bằng tiếng Jrai, tiếng Bahnar cho các xã vùng đồng bào dân tộc thiểu số.',
        "- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế nhân dịp sơ kết, tổng kết.",
        "### 3. Kiểm tra, giám sát",
        "- Lồng ghép kiểm tra việc thực hiện Kế hoạch trong các đợt kiểm tra chuyên môn, kiểm tra công tác y tế cuối năm tại các đơn vị trực thuộc.",
        "- Định kỳ tổ chức giao ban giữa các phòng chức năng, đơn vị được giao theo dõi chỉ tiêu để đánh giá tiến độ, kịp thời đề xuất giải pháp khắc phục.",
        "## V. KINH PHÍ",
        "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán chi thường xuyên hằng năm của Sở Y tế và các đơn vị trực thuộc; nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8); nguồn thu sự nghiệp và các nguồn hợp pháp khác theo quy định.",
        "Hằng năm, căn cứ nhiệm vụ được giao tại Kế hoạch này, các phòng chức năng và đơn vị trực thuộc xây dựng dự toán kinh phí thực hiện công tác bình đẳng giới cùng thời điểm xây dựng dự toán ngân sách của đơn vị, gửi Phòng Kế hoạch - Tài chính tổng hợp, trình Giám đốc Sở xem xét, bố trí theo quy định của Luật Ngân sách nhà nước. Việc quản lý, sử dụng, thanh quyết toán kinh phí thực hiện theo quy định hiện hành.",
        "Khuyến khích các đơn vị sự nghiệp y tế có nguồn thu sử dụng một phần kinh phí từ quỹ phúc lợi để tổ chức các hoạt động chăm lo cho lao động nữ, hỗ trợ nhà trẻ, phòng vắt trữ sữa mẹ tại nơi làm việc.",
        "## VI. TỔ CHỨC THỰC HIỆN",
        "**1. Phòng Tổ chức cán bộ**",
        "- Là đầu mối giúp Giám đốc Sở hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo kết quả thực hiện của toàn ngành.",
        "- Chịu trách nhiệm theo dõi, tổng hợp số liệu và báo cáo các chỉ tiêu 1, 2 của Mục tiêu 1 và chỉ tiêu 2 của Mục tiêu 4.",
        "- Tham mưu Giám đốc Sở kiện toàn Ban Vì sự tiến bộ của phụ nữ ngành Y tế; hướng dẫn các đơn vị phân công cán bộ làm công tác bình đẳng giới.",
        "**2. Phòng Nghiệp vụ Y - Dược**",
        "- Chỉ đạo các cơ sở khám bệnh, chữa bệnh triển khai quy trình hỗ trợ người bị bạo lực; chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 3.",
        "- Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh theo dõi, đánh giá chỉ tiêu 4 của Mục tiêu 2.",
        "**3. Chi cục Dân số**",
        "- Chủ trì triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản vị thành niên; là đầu mối theo dõi, báo cáo kết quả thực hiện chỉ tiêu 1, chỉ tiêu 3 thuộc Mục tiêu 2.",
        "**4. Trung tâm Kiểm soát bệnh tật tỉnh**",
        "- Chịu trách nhiệm thu thập, tổng hợp và báo cáo số liệu chỉ tiêu 2 và chỉ tiêu 4 (Mục tiêu 2); phối hợp với Văn phòng Sở thực hiện chỉ tiêu 1 của Mục tiêu 5.",
        "**5. Trường Cao đẳng Y tế Gia Lai**",
        "- Chủ trì thực hiện, theo dõi và báo cáo chỉ tiêu 1 Mục tiêu 4.",
        "**6. Văn phòng Sở**",
        "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1 và chỉ tiêu 2 thuộc Mục tiêu 5; bố trí kinh phí từ nguồn chi thường xuyên của Sở cho các hoạt động truyền thông.",
        "**7. Công đoàn ngành Y tế**",
        "- Phối hợp tuyên truyền, vận động đoàn viên thực hiện bình đẳng giới; phối hợp theo dõi chỉ tiêu 2 của Mục tiêu 5.",
        "**Phòng Kế hoạch - Tài chính**",
        "- Tổng hợp, tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của ngành; hướng dẫn các đơn vị lồng ghép nguồn kinh phí từ các chương trình mục tiêu quốc gia.",
        "**Thanh tra Sở**",
        "- Chủ trì, phối hợp với Chi cục Dân số thanh tra, kiểm tra các cơ sở cung cấp dịch vụ siêu âm, phá thai; xử lý nghiêm vi phạm về lựa chọn giới tính thai nhi.",
        "**8. Các đơn vị trực thuộc Sở**",
        "- Căn cứ Kế hoạch này xây dựng kế hoạch giai đoạn và hằng năm của đơn vị; thực hiện báo cáo theo quy định tại điểm 9 dưới đây.",
        "**9. Chế độ báo cáo**",
        "- Các đơn vị trực thuộc gửi báo cáo 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 05/12 hằng năm về Sở Y tế (qua Phòng Tổ chức cán bộ).",
        "- Phòng Tổ chức cán bộ tổng hợp, tham mưu Sở Y tế báo cáo UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 10/12 hằng năm.",
        "- Năm 2028, các đơn vị thực hiện sơ kết giữa kỳ và gửi báo cáo về Sở Y tế. Các đơn vị gửi báo cáo tổng kết giai đoạn 2026 - 2030 trước ngày 30/9/2030; Sở Y tế báo cáo tổng kết gửi UBND tỉnh trước ngày 15/10/2030.",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Y tế (qua Phòng Tổ chức cán bộ) để được hướng dẫn./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- UBND tỉnh (b/c);",
                "- Sở Nội vụ;",
                "- Giám đốc, các PGĐ Sở;",
                "- Các phòng, đơn vị trực thuộc;",
                "- Lưu: VT, TCCB.",
            ],
            ["GIÁM ĐỐC", "", "", "Rơ Mah H'Lan"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Y tế tỉnh Gia Lai giai đoạn 2026 - 2030",
        "issuer": "Sở Y tế tỉnh Gia Lai",
        "level": "agency",
        "area": "Gia Lai",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Quyết định số 2206/QĐ-BYT ngày 18/7/2025 của Bộ Y tế ban hành Kế hoạch hành động về bình đẳng giới của ngành Y tế đến năm 2030",
            "Kế hoạch số 97/KH-UBND ngày 12/5/2026 của UBND tỉnh Gia Lai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
        ],
        "parent": "Kế hoạch số 97/KH-UBND ngày 12/5/2026 của UBND tỉnh Gia Lai",
        "objectives": [
            {
                "code": "1",
                "title": "Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý trong ngành Y tế",
                "indicators": [
                    I("1.1", B_11, T(40, "%", ">=", 2028), T(45, "%", ">=", 2030)),
                    I("1.2", B_12, T(100, "%", ">=", 2030)),
                ],
            },
            {
                "code": "2",
                "title": "Bảo đảm bình đẳng giới trong lĩnh vực y tế",
                "indicators": [
                    I("2.1", B_21, T(110, "boys_per_100_girls", "<=", 2030, baseline=112)),
                    I("2.2", B_22, T(40, "per_100000_live_births", "<", 2030)),
                    I(
                        "2.3",
                        B_23,
                        T(20, "per_1000_women", "<", 2028),
                        T(17, "per_1000_women", "<=", 2030),
                    ),
                    I("2.4", B_24, T(90, "%", ">", 2030)),
                ],
            },
            {
                "code": "3",
                "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong lĩnh vực y tế",
                "indicators": [
                    I("3.1", B_31, T(100, "%", ">=", 2027)),
                    I("3.2", B_32, T(85, "%", ">=", 2030)),
                ],
            },
            {
                "code": "4",
                "title": "Bình đẳng giới trong giáo dục, đào tạo nhân lực y tế",
                "indicators": [
                    I("4.1", B_41, T(None, "bool", "=", 2027)),
                    I("4.2", B_42, T(50, "%", "=", 2030)),
                ],
            },
            {
                "code": "5",
                "title": "Thông tin, truyền thông về bình đẳng giới",
                "indicators": [
                    I("5.1", B_51, T(3, "items_per_quarter", ">=", 2030)),
                    I("5.2", B_52, T(80, "%", ">=", 2028), T(95, "%", ">=", 2030)),
                ],
            },
        ],
        "assignments": [
            {"agency": "Phòng Tổ chức cán bộ", "role": "lead", "indicators": ["1.1", "1.2", "4.2"]},
            {"agency": "Phòng Nghiệp vụ Y - Dược", "role": "lead", "indicators": ["3.1", "3.2"]},
            {"agency": "Phòng Nghiệp vụ Y - Dược", "role": "support", "indicators": ["2.4"]},
            {"agency": "Chi cục Dân số", "role": "lead", "indicators": ["2.1", "2.3"]},
            {
                "agency": "Trung tâm Kiểm soát bệnh tật tỉnh",
                "role": "lead",
                "indicators": ["2.2", "2.4"],
            },
            {
                "agency": "Trung tâm Kiểm soát bệnh tật tỉnh",
                "role": "support",
                "indicators": ["5.1"],
            },
            {"agency": "Trường Cao đẳng Y tế Gia Lai", "role": "lead", "indicators": ["4.1"]},
            {"agency": "Văn phòng Sở", "role": "lead", "indicators": ["5.1", "5.2"]},
            {"agency": "Công đoàn ngành Y tế", "role": "support", "indicators": ["5.2"]},
        ],
        "reporting": [
            {"kind": "semiannual", "by": "units", "due": "06-05"},
            {"kind": "annual", "by": "units", "due": "12-05"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-10"},
            {"kind": "annual", "by": "consolidator", "due": "12-10"},
            {"kind": "midterm", "by": "units", "due": "2028"},
            {"kind": "final", "by": "units", "due": "2030-09-30"},
            {"kind": "final", "by": "consolidator", "due": "2030-10-15"},
        ],
    },
}


# ---------------------------------------------------------------------------
# C. Công an tỉnh Quảng Trị, annual 2027 (.pdf, built from .docx by soffice)
# ---------------------------------------------------------------------------

C_11 = "Tỷ lệ cán bộ nữ trong quy hoạch cấp ủy, lãnh đạo, chỉ huy cấp phòng và tương đương đạt từ 15% trở lên"
C_12 = "Phấn đấu có ít nhất 70% Công an xã, phường bố trí cán bộ nữ"
C_21 = (
    "100% nạn nhân bị mua bán trở về được phát hiện, tiếp nhận được xác minh, bảo vệ an toàn và bàn giao "
    "cho cơ quan chức năng hỗ trợ tái hòa nhập cộng đồng"
)
C_22 = (
    "Tỷ lệ điều tra, khám phá các vụ án xâm hại tình dục phụ nữ, trẻ em đạt trên 90%, trong đó án rất "
    "nghiêm trọng, đặc biệt nghiêm trọng đạt trên 95%"
)
C_23 = (
    "100% tin báo, tố giác về bạo lực gia đình, bạo lực trên cơ sở giới được tiếp nhận, phân loại và giải "
    "quyết theo quy định"
)
C_24 = (
    "Tỷ lệ tái phạm của người có hành vi bạo lực gia đình đã bị xử phạt vi phạm hành chính dưới 5%"
)
C_31 = (
    "Trang thông tin điện tử và Trang Fanpage Công an tỉnh mỗi tháng đăng tải ít nhất 04 tin, bài về bình "
    "đẳng giới, phòng, chống bạo lực gia đình, mua bán người"
)
C_32 = (
    "95% cán bộ, chiến sĩ được tuyên truyền, phổ biến kiến thức về bình đẳng giới và phòng ngừa, ứng phó "
    "với bạo lực trên cơ sở giới"
)
C_41 = (
    "Tỷ lệ cán bộ nữ được cử đi đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ, lý luận chính "
    "trị đạt không dưới 18% tổng số cán bộ được cử đi học"
)

_C_TABLE = [
    ["TT", "Nội dung chỉ tiêu", "Kết quả năm 2026"],
    ["I", "Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, chỉ huy", ""],
    ["1.1", C_11, "13,8%"],
    ["1.2", C_12, "64%"],
    [
        "II",
        "Mục tiêu 2: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới; phòng, chống mua bán người",
        "",
    ],
    ["2.1", C_21, "100%"],
    ["2.2", C_22, "91,2%; án rất nghiêm trọng, đặc biệt nghiêm trọng: 96%"],
    ["2.3", C_23, "100%"],
    ["2.4", C_24, "Chưa thống kê"],
    ["III", "Mục tiêu 3: Thông tin, truyền thông về bình đẳng giới", ""],
    ["3.1", C_31, "03 tin, bài/tháng"],
    ["3.2", C_32, "90%"],
    ["IV", "Mục tiêu 4: Giáo dục, đào tạo, bồi dưỡng", ""],
    ["4.1", C_41, "16,5%"],
]

PLAN_C = {
    "name": "r11c-cong-an-quang-tri-2027",
    "ext": "pdf",
    "via": "soffice",
    "blocks": [
        (
            "header",
            ["BỘ CÔNG AN", "CÔNG AN TỈNH QUẢNG TRỊ", "Số: 176/KH-CAT-PCTCT"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Quảng Trị, ngày 18 tháng 01 năm 2027",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an tỉnh Quảng Trị năm 2027**",
        "Căn cứ Luật Bình đẳng giới năm 2006; Luật Phòng, chống bạo lực gia đình năm 2022; Luật Phòng, chống mua bán người năm 2024;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
        "Căn cứ Kế hoạch số 312/KH-BCA-X03 ngày 05/01/2027 của Bộ Công an về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an nhân dân năm 2027;",
        "Công an tỉnh xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027, cụ thể như sau:",
        "**I. MỤC ĐÍCH, YÊU CẦU**",
        "1. Quán triệt, triển khai nghiêm túc các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và chỉ đạo của Bộ Công an về bình đẳng giới, vì sự tiến bộ của phụ nữ; nâng cao nhận thức, trách nhiệm của cấp ủy, lãnh đạo, chỉ huy Công an các đơn vị, địa phương và cán bộ, chiến sĩ trong thực hiện công tác bình đẳng giới.",
        "2. Tạo điều kiện để cán bộ, chiến sĩ nữ phát huy vai trò, năng lực, tham gia bình đẳng vào công tác lãnh đạo, chỉ huy; nâng cao hiệu quả công tác phòng ngừa, đấu tranh với tội phạm xâm hại phụ nữ, trẻ em, tội phạm mua bán người, bạo lực gia đình trên địa bàn tỉnh.",
        'Đồng thời, tiếp tục thực hiện có hiệu quả Kế hoạch hành động của Công an tỉnh thực hiện Chương trình phòng, chống mua bán người giai đoạn 2026-2030 và Đề án phòng, chống bạo lực gia đình trong tình hình mới; lồng ghép nội dung bình đẳng giới trong các phong trào thi đua "Vì an ninh Tổ quốc", "Công an nhân dân vì Nhân dân phục vụ" và phong trào "Phụ nữ Công an tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".',
        "3. Việc triển khai phải gắn với thực hiện nhiệm vụ chính trị, chương trình công tác năm 2027 của Công an tỉnh; phân công rõ đơn vị chủ trì, đơn vị phối hợp; bảo đảm số liệu thống kê chính xác, có phân tách theo giới.",
        "**II. KẾT QUẢ NĂM 2026**",
        "Năm 2026, Ban Vì sự tiến bộ của phụ nữ Công an tỉnh đã tham mưu triển khai đầy đủ các nội dung theo hướng dẫn của Bộ Công an và UBND tỉnh. Toàn lực lượng có 1.286 cán bộ, chiến sĩ nữ, chiếm 14,2% quân số; 47 đồng chí nữ giữ chức vụ lãnh đạo, chỉ huy từ cấp đội và tương đương trở lên. Công an tỉnh đã phát hiện, điều tra 23 vụ xâm hại tình dục phụ nữ, trẻ em; tiếp nhận, xác minh 09 nạn nhân bị mua bán trở về; phối hợp tổ chức 146 buổi tuyên truyền tại các xã vùng biên giới với hơn 11.000 lượt người tham dự.",
        "Tuy nhiên, tỷ lệ cán bộ nữ trong quy hoạch lãnh đạo, chỉ huy cấp phòng còn thấp; việc thống kê số liệu về bạo lực gia đình tại Công an cấp xã sau khi sắp xếp chưa thống nhất biểu mẫu; một số đơn vị chưa quan tâm đúng mức đến việc tuyên truyền trên không gian mạng.",
        "Nguyên nhân của những hạn chế nêu trên chủ yếu là do khối lượng công việc sau sắp xếp tổ chức bộ máy Công an các cấp lớn; đội ngũ cán bộ làm công tác bình đẳng giới chủ yếu kiêm nhiệm, thường xuyên thay đổi; một bộ phận cán bộ, chiến sĩ còn tư tưởng định kiến giới, cho rằng công tác bình đẳng giới là nhiệm vụ riêng của Hội Phụ nữ.",
        "Trên cơ sở kết quả đạt được và những tồn tại, hạn chế năm 2026, Công an tỉnh xác định mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm năm 2027 như sau.",
        "**III. MỤC TIÊU, CHỈ TIÊU**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới trong lực lượng Công an tỉnh; bảo đảm quyền, lợi ích hợp pháp của cán bộ, chiến sĩ nữ; góp phần bảo đảm an ninh, trật tự, xây dựng môi trường sống an toàn cho phụ nữ, trẻ em trên địa bàn tỉnh Quảng Trị.",
        "**2. Các chỉ tiêu cụ thể năm 2027**",
        "Phấn đấu trong năm 2027 đạt các chỉ tiêu sau (chi tiết tại bảng):",
        ("table", _C_TABLE, [(1, 1, 1, 2), (4, 1, 4, 2), (9, 1, 9, 2), (12, 1, 12, 2)]),
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "1. Tiếp tục quán triệt, tuyên truyền các văn bản của Đảng, Nhà nước, Bộ Công an về bình đẳng giới thông qua sinh hoạt chi bộ, giao ban, hội nghị chuyên đề; đưa nội dung bình đẳng giới vào chương trình sinh hoạt của Hội Phụ nữ cơ sở.",
        "2. Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; rà soát, bổ sung quy hoạch lãnh đạo, chỉ huy các cấp nhiệm kỳ 2026-2031 bảo đảm tỷ lệ cán bộ nữ; quan tâm bố trí cán bộ nữ tại Công an xã, phường, nhất là các xã vùng đồng bào dân tộc thiểu số phía Tây của tỉnh.",
        "3. Triển khai đồng bộ các biện pháp phòng ngừa, phát hiện, đấu tranh với tội phạm mua bán người, xâm hại tình dục phụ nữ, trẻ em; tăng cường phối hợp với Bộ đội Biên phòng tỉnh kiểm soát tuyến biên giới Việt - Lào, các cửa khẩu Lao Bảo, La Lay; tiếp nhận, xác minh, bảo vệ nạn nhân bị mua bán trở về.",
        "4. Chỉ đạo Công an xã, phường nắm chắc tình hình hộ gia đình có nguy cơ xảy ra bạo lực gia đình; tiếp nhận, xử lý kịp thời tin báo, tố giác; phối hợp với UBND cấp xã, Hội Liên hiệp Phụ nữ áp dụng biện pháp cấm tiếp xúc, giáo dục người có hành vi bạo lực tại cộng đồng.",
        "5. Đổi mới hình thức tuyên truyền; xây dựng phóng sự, video clip ngắn về phòng, chống mua bán người, bạo lực gia đình đăng trên Trang thông tin điện tử, Fanpage Công an tỉnh; tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 8/3, Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10, Ngày toàn dân phòng, chống mua bán người 30/7 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12/2027).",
        "6. Thực hiện đầy đủ chế độ, chính sách đối với cán bộ, chiến sĩ nữ trong thời gian mang thai, nuôi con nhỏ; tổ chức khám sức khỏe định kỳ, khám chuyên khoa phụ sản cho cán bộ nữ ít nhất 01 lần/năm; quan tâm hỗ trợ cán bộ nữ có hoàn cảnh khó khăn.",
        '7. Tổ chức Hội thi "Nữ Công an Quảng Trị với văn hóa ứng xử" trong dịp kỷ niệm Ngày Phụ nữ Việt Nam; tọa đàm về kỹ năng cân bằng công việc và gia đình cho cán bộ, chiến sĩ trẻ.',
        "8. Rà soát, phân loại các hộ gia đình có người có hành vi bạo lực gia đình đã bị xử lý; giao Công an xã, phường phân công cán bộ theo dõi, quản lý, cảm hóa, giáo dục tại cộng đồng.",
        "9. Phối hợp với Sở Nội vụ, Sở Y tế, Hội Liên hiệp Phụ nữ tỉnh và Tòa án nhân dân tỉnh trong tiếp nhận, xử lý, hỗ trợ nạn nhân bạo lực gia đình, nạn nhân bị mua bán; duy trì, nâng cao hiệu quả hoạt động của đường dây nóng tiếp nhận tin báo.",
        "10. Nâng cao chất lượng công tác điều tra, truy tố, xét xử các vụ án xâm hại tình dục trẻ em; thực hiện phòng điều tra, lấy lời khai thân thiện đối với người bị hại là người dưới 18 tuổi, phụ nữ là nạn nhân bạo lực tình dục theo quy định của Bộ Công an.",
        "11. Rà soát các văn bản do Công an tỉnh ban hành để phát hiện nội dung chưa bảo đảm nguyên tắc bình đẳng giới; lồng ghép nội dung về giới trong xây dựng kế hoạch tuyển chọn công dân tham gia nghĩa vụ Công an nhân dân, tuyển sinh vào các trường Công an nhân dân.",
        "12. Tăng cường kiểm tra việc thực hiện pháp luật về bình đẳng giới, chính sách đối với lao động nữ tại các đơn vị; kịp thời chấn chỉnh những thiếu sót, biểu dương các tập thể, cá nhân điển hình.",
        '13. Duy trì hoạt động của các mô hình "Tổ liên gia an toàn phòng cháy, chữa cháy và phòng, chống bạo lực gia đình", "Địa chỉ tin cậy tại cộng đồng" ở 100% thôn, bản thuộc các xã biên giới; đánh giá, nhân rộng các mô hình hoạt động hiệu quả.',
        "14. Tổ chức sơ kết việc thực hiện công tác bình đẳng giới 6 tháng đầu năm và tổng kết công tác năm 2027 lồng ghép với hội nghị sơ kết, tổng kết công tác Hội Phụ nữ Công an tỉnh; kịp thời khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
        "**V. KINH PHÍ**",
        "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách chi thường xuyên của Công an tỉnh năm 2027; lồng ghép với kinh phí thực hiện các chương trình, đề án về phòng, chống tội phạm, phòng, chống mua bán người và nguồn kinh phí hoạt động của Hội Phụ nữ Công an tỉnh; huy động các nguồn tài trợ hợp pháp khác theo quy định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        "**1. Trách nhiệm của các đơn vị**",
        "a) Phòng Công tác đảng và công tác chính trị (Cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ Công an tỉnh): tham mưu Ban Giám đốc chỉ đạo, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo theo quy định; chủ trì theo dõi, báo cáo chỉ tiêu 3.2.",
        "b) Phòng Tổ chức cán bộ: tham mưu thực hiện công tác cán bộ nữ; chịu trách nhiệm theo dõi, tổng hợp số liệu và báo cáo các chỉ tiêu thuộc Mục tiêu 1 và Mục tiêu 4.",
        "c) Phòng Cảnh sát hình sự: chủ trì đấu tranh với tội phạm mua bán người; chủ trì theo dõi, tổng hợp và báo cáo chỉ tiêu 2.1, chỉ tiêu 2.2.",
        "d) Phòng Cảnh sát điều tra tội phạm về trật tự xã hội: phối hợp với Phòng Cảnh sát hình sự thống kê số liệu, theo dõi chỉ tiêu 2.2.",
        "đ) Phòng Cảnh sát quản lý hành chính về trật tự xã hội: hướng dẫn Công an xã, phường tiếp nhận, xử lý tin báo về bạo lực gia đình; chủ trì theo dõi, báo cáo chỉ tiêu 2.3 và 2.4.",
        "e) Phòng Tham mưu: chỉ đạo nội dung tuyên truyền trên Trang thông tin điện tử, Fanpage Công an tỉnh; chịu trách nhiệm thực hiện và báo cáo chỉ tiêu 3.1.",
        "g) Phòng Hậu cần: bảo đảm kinh phí, cơ sở vật chất phục vụ các hoạt động của Kế hoạch từ nguồn kinh phí thường xuyên được Bộ Công an phân bổ năm 2027.",
        "h) Công an các xã, phường: triển khai Kế hoạch tại địa bàn; phối hợp cung cấp số liệu phục vụ theo dõi các chỉ tiêu 2.3, 2.4.",
        "i) Phòng Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao: chủ trì phát hiện, xử lý các hành vi lợi dụng không gian mạng để lừa đảo, mua bán người, quấy rối, xâm hại tình dục phụ nữ, trẻ em; phối hợp với Phòng Tham mưu gỡ bỏ thông tin sai lệch, mang định kiến giới.",
        "k) Hội Phụ nữ Công an tỉnh: phối hợp với Phòng Tổ chức cán bộ theo dõi việc thực hiện chỉ tiêu 1.1; tổ chức các hoạt động chăm lo cho hội viên.",
        "l) Công an các đơn vị, địa phương căn cứ Kế hoạch này xây dựng kế hoạch thực hiện của đơn vị; bố trí cán bộ kiêm nhiệm làm công tác bình đẳng giới; đưa kết quả thực hiện công tác bình đẳng giới vào tiêu chí bình xét thi đua cuối năm.",
        "m) Đề nghị các cơ quan, đơn vị: Sở Nội vụ, Bộ đội Biên phòng tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh quan tâm phối hợp với Công an tỉnh trong công tác tiếp nhận, xác minh, bảo vệ, hỗ trợ nạn nhân bị mua bán, nạn nhân bạo lực gia đình; trao đổi, thống nhất số liệu phục vụ báo cáo.",
        "**2. Chế độ báo cáo**",
        "- Công an các đơn vị, địa phương báo cáo kết quả thực hiện Kế hoạch về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị): báo cáo 6 tháng trước ngày 08/6/2027; báo cáo năm trước ngày 12/11/2027 (số liệu tính từ ngày 15/11/2026 đến ngày 14/11/2027).",
        "- Phòng Công tác đảng và công tác chính trị tổng hợp, tham mưu Ban Giám đốc báo cáo Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng trước ngày 15/6/2027, báo cáo năm trước ngày 20/11/2027.",
        "- Báo cáo đột xuất thực hiện theo yêu cầu của Bộ Công an, Ban Giám đốc Công an tỉnh.",
        "Yêu cầu Công an các đơn vị, địa phương nghiêm túc triển khai thực hiện; quá trình thực hiện có khó khăn, vướng mắc báo cáo về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị) để hướng dẫn./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Cục CTĐ&CTCT (để b/c);",
                "- Đ/c Giám đốc (để b/c);",
                "- Các đ/c Phó Giám đốc;",
                "- Công an các đơn vị, địa phương;",
                "- Lưu: VT, PCTCT.",
            ],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đại tá Hồ Thị Kim Liên"],
        ),
    ],
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an tỉnh Quảng Trị năm 2027",
        "issuer": "Công an tỉnh Quảng Trị",
        "level": "agency",
        "area": "Quảng Trị",
        "period": {"start": 2027, "end": 2027},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Luật Phòng, chống bạo lực gia đình năm 2022",
            "Luật Phòng, chống mua bán người năm 2024",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Kế hoạch số 312/KH-BCA-X03 ngày 05/01/2027 của Bộ Công an về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong Công an nhân dân năm 2027",
        ],
        "parent": "Kế hoạch số 312/KH-BCA-X03 ngày 05/01/2027 của Bộ Công an",
        "objectives": [
            {
                "code": "1",
                "title": "Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, chỉ huy",
                "indicators": [
                    I("1.1", C_11, T(15, "%", ">=", 2027, baseline=13.8)),
                    I("1.2", C_12, T(70, "%", ">=", 2027, baseline=64)),
                ],
            },
            {
                "code": "2",
                "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới; phòng, chống mua bán người",
                "indicators": [
                    I("2.1", C_21, T(100, "%", ">=", 2027, baseline=100)),
                    I(
                        "2.2",
                        C_22,
                        T(
                            90,
                            "%",
                            ">",
                            2027,
                            baseline=91.2,
                            label="xâm hại tình dục phụ nữ, trẻ em",
                        ),
                        T(
                            95,
                            "%",
                            ">",
                            2027,
                            baseline=96,
                            label="án rất nghiêm trọng, đặc biệt nghiêm trọng",
                        ),
                    ),
                    I("2.3", C_23, T(100, "%", ">=", 2027, baseline=100)),
                    I("2.4", C_24, T(5, "%", "<", 2027)),
                ],
            },
            {
                "code": "3",
                "title": "Thông tin, truyền thông về bình đẳng giới",
                "indicators": [
                    I("3.1", C_31, T(4, "items_per_month", ">=", 2027, baseline=3)),
                    I("3.2", C_32, T(95, "%", ">=", 2027, baseline=90)),
                ],
            },
            {
                "code": "4",
                "title": "Giáo dục, đào tạo, bồi dưỡng",
                "indicators": [
                    I("4.1", C_41, T(18, "%", ">=", 2027, baseline=16.5)),
                ],
            },
        ],
        "assignments": [
            {
                "agency": "Phòng Công tác đảng và công tác chính trị",
                "role": "lead",
                "indicators": ["3.2"],
            },
            {"agency": "Phòng Tổ chức cán bộ", "role": "lead", "indicators": ["1.1", "1.2", "4.1"]},
            {"agency": "Phòng Cảnh sát hình sự", "role": "lead", "indicators": ["2.1", "2.2"]},
            {
                "agency": "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội",
                "role": "support",
                "indicators": ["2.2"],
            },
            {
                "agency": "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
                "role": "lead",
                "indicators": ["2.3", "2.4"],
            },
            {"agency": "Phòng Tham mưu", "role": "lead", "indicators": ["3.1"]},
            {"agency": "Công an các xã, phường", "role": "support", "indicators": ["2.3", "2.4"]},
            {"agency": "Hội Phụ nữ Công an tỉnh", "role": "support", "indicators": ["1.1"]},
        ],
        "reporting": [
            {"kind": "semiannual", "by": "units", "due": "06-08"},
            {"kind": "annual", "by": "units", "due": "11-12"},
            {"kind": "semiannual", "by": "consolidator", "due": "06-15"},
            {"kind": "annual", "by": "consolidator", "due": "11-20"},
        ],
    },
}

PLANS = [PLAN_A, PLAN_B, PLAN_C]
