"""Blind test plans, helper r9c: three SECTOR plans (ministry annual 2027 .txt,
provincial Sở GD&ĐT 2026-2030 .docx, provincial Hội LHPN 2026-2030 .pdf).

Paragraph strings starting with "[[LN]]" / "[[LB]]" are turned into Word
'List Number' / 'List Bullet' paragraphs (marker removed) by make_plans_r9c.py
after render.py has written the .docx (plan key "word_lists": True).
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


def A(agency, role, *inds):
    return {"agency": agency, "role": role, "indicators": list(inds)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. Bộ Nông nghiệp và Môi trường, kế hoạch năm 2027 (.txt)
# ---------------------------------------------------------------------------
_M = "Bộ Nông nghiệp và Môi trường"
m_ind = {
    "1.1": "Phấn đấu đến hết năm 2027 có ít nhất 60% cơ quan, đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ.",
    "1.2": "Tỷ lệ nữ trong danh sách quy hoạch lãnh đạo cấp vụ, cục và tương đương đạt từ 35% trở lên.",
    "2.1": "Tỷ lệ phụ nữ tham gia các lớp tập huấn, chuyển giao tiến bộ kỹ thuật của hệ thống khuyến nông đạt trên 45%.",
    "2.2": "Tỷ lệ nữ giám đốc hợp tác xã nông nghiệp thành lập mới trong năm đạt 22%.",
    "2.3": "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông, lâm, thủy sản trong tổng số lao động nữ có việc làm còn 27%.",
    "3.1": "100% công chức, viên chức làm công tác tổ chức cán bộ, pháp chế của các đơn vị thuộc Bộ được bồi dưỡng kiến thức về giới và kỹ năng lồng ghép giới.",
    "3.2": "Tỷ lệ nữ được cử đi đào tạo sau đại học trình độ thạc sĩ đạt 45%; trình độ tiến sĩ đạt không dưới 30%.",
    "4.1": "100% đơn vị thuộc Bộ ban hành và niêm yết công khai Bộ quy tắc ứng xử về phòng, chống quấy rối tình dục tại nơi làm việc.",
    "4.2": "Báo Nông nghiệp và Môi trường có ít nhất 04 tin, bài về bình đẳng giới, vì sự tiến bộ của phụ nữ mỗi tháng.",
    "4.3": 'Duy trì chuyên mục "Bình đẳng giới và vì sự tiến bộ của phụ nữ" trên Cổng Thông tin điện tử của Bộ.',
}

m_blocks = [
    (
        "header",
        ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "_______", "Số: 0418/QĐ-BNNMT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "_______________",
            "Hà Nội, ngày 22 tháng 01 năm 2027",
        ],
    ),
    "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 của Bộ Nông nghiệp và Môi trường",
    "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 5 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026 - 2030;",
    "Căn cứ Công văn số 6120/BNV-CTTN&BĐG ngày 18 tháng 11 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027;",
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 của Bộ Nông nghiệp và Môi trường.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ, Trưởng Ban Vì sự tiến bộ của phụ nữ Bộ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Bộ trưởng (để b/c);",
            "- Các Thứ trưởng;",
            "- Bộ Nội vụ (để biết);",
            "- Công đoàn Bộ;",
            "- Lưu: VT, TCCB (Ban VSTBPN).",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Hoàng Thị Bích Ngọc"],
    ),
    "KẾ HOẠCH",
    "Hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 của Bộ Nông nghiệp và Môi trường",
    "(Ban hành kèm theo Quyết định số 0418/QĐ-BNNMT ngày 22 tháng 01 năm 2027 của Bộ trưởng Bộ Nông nghiệp và Môi trường)",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Cụ thể hóa các mục tiêu, chỉ tiêu của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026 - 2030 trong năm 2027; nâng cao nhận thức, trách nhiệm của cấp ủy, lãnh đạo các cơ quan, đơn vị thuộc Bộ đối với công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.",
    "- Tạo điều kiện để nữ công chức, viên chức, người lao động trong ngành được tham gia bình đẳng vào công tác lãnh đạo, quản lý, đào tạo, bồi dưỡng; thúc đẩy bình đẳng giới trong phát triển nông nghiệp, nông thôn, quản lý tài nguyên và bảo vệ môi trường, ứng phó với biến đổi khí hậu.",
    "2. Yêu cầu",
    "- Các hoạt động phải bám sát chức năng, nhiệm vụ của từng đơn vị, lồng ghép với nhiệm vụ chuyên môn, bảo đảm thiết thực, tiết kiệm, tránh hình thức.",
    "- Số liệu theo dõi, báo cáo phải được thu thập có tách biệt giới, đầy đủ, đúng thời hạn; xác định rõ đơn vị chủ trì, đơn vị phối hợp đối với từng chỉ tiêu.",
    "II. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới trong các lĩnh vực thuộc phạm vi quản lý của Bộ; tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý; hỗ trợ phụ nữ nông thôn, phụ nữ vùng đồng bào dân tộc thiểu số tiếp cận bình đẳng các nguồn lực sản xuất, khoa học kỹ thuật và thị trường, góp phần thực hiện thắng lợi nhiệm vụ chính trị của ngành năm 2027.",
    "2. Mục tiêu, chỉ tiêu cụ thể năm 2027",
    "2.1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành",
    "- Chỉ tiêu 1: " + m_ind["1.1"],
    "- Chỉ tiêu 2: " + m_ind["1.2"],
    "2.2. Mục tiêu 2: Thu hẹp khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm ở khu vực nông thôn",
    "- Chỉ tiêu 1: " + m_ind["2.1"],
    "- Chỉ tiêu 2: " + m_ind["2.2"],
    "- Chỉ tiêu 3 : " + m_ind["2.3"],
    "2.3. Mục tiêu 3: Nâng cao chất lượng nguồn nhân lực nữ, bảo đảm bình đẳng giới trong đào tạo, bồi dưỡng",
    "- Chỉ tiêu 1: " + m_ind["3.1"],
    "- Chỉ tiêu 2: " + m_ind["3.2"],
    "2.4. Mục tiêu 4: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại nơi làm việc; đẩy mạnh thông tin, truyền thông về bình đẳng giới",
    "- Chỉ tiêu 1: " + m_ind["4.1"],
    "- Chỉ tiêu 2: " + m_ind["4.2"],
    "- chỉ tiêu 3: " + m_ind["4.3"],
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Công tác chỉ đạo, điều hành và hoàn thiện thể chế",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ và bộ phận giúp việc sau sắp xếp tổ chức bộ máy; phân công công chức theo dõi công tác bình đẳng giới tại các Vụ, Cục, đơn vị trực thuộc.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng các dự án luật, nghị định, thông tư thuộc lĩnh vực nông nghiệp, đất đai, tài nguyên nước, môi trường và biến đổi khí hậu được giao chủ trì soạn thảo năm 2027; thực hiện đánh giá tác động giới đối với các chính sách có liên quan.",
    "2. Công tác cán bộ nữ",
    "- Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp bảo đảm tỷ lệ nữ theo quy định; ưu tiên cử cán bộ nữ trong quy hoạch đi đào tạo, bồi dưỡng lý luận chính trị, quản lý nhà nước, ngoại ngữ.",
    "- Tại các đơn vị có từ 30% công chức, viên chức là nữ, chú trọng phát hiện, tạo nguồn để bố trí nữ tham gia cấp ủy, lãnh đạo chủ chốt khi đủ điều kiện, tiêu chuẩn.",
    "3. Hỗ trợ phụ nữ nông thôn phát triển kinh tế",
    "- Lồng ghép nội dung bình đẳng giới vào các chương trình khuyến nông, chương trình mục tiêu quốc gia xây dựng nông thôn mới, chương trình mỗi xã một sản phẩm (OCOP); ưu tiên phụ nữ dân tộc thiểu số, phụ nữ thuộc hộ nghèo, cận nghèo tham gia các mô hình sinh kế.",
    "- Hỗ trợ phụ nữ thành lập, quản lý tổ hợp tác, hợp tác xã nông nghiệp; tổ chức tập huấn kỹ năng quản trị, ứng dụng chuyển đổi số, thương mại điện tử trong tiêu thụ nông sản.",
    "4. Đào tạo, bồi dưỡng và truyền thông",
    "- Tổ chức 02 lớp bồi dưỡng kiến thức về giới, lồng ghép giới trong xây dựng văn bản quy phạm pháp luật cho công chức làm công tác tổ chức cán bộ, pháp chế.",
    "- Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12/2027); kỷ niệm ngày Quốc tế Phụ nữ 8/3 và ngày Phụ nữ Việt Nam 20/10 gắn với biểu dương nữ cán bộ, nhà khoa học tiêu biểu của ngành.",
    "- Xây dựng, phổ biến Bộ quy tắc ứng xử phòng, chống quấy rối tình dục tại nơi làm việc; thiết lập kênh tiếp nhận phản ánh bảo đảm bí mật thông tin cho người phản ánh.",
    "5. Kiểm tra, giám sát: Lồng ghép kiểm tra việc thực hiện công tác bình đẳng giới với kiểm tra công tác tổ chức cán bộ tại 05 đơn vị thuộc Bộ trong năm 2027.",
    "IV. KINH PHÍ THỰC HIỆN",
    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên năm 2027 của các đơn vị theo phân cấp; kinh phí hoạt động của Ban Vì sự tiến bộ của phụ nữ Bộ; nguồn tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác theo quy định của pháp luật.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Vụ Tổ chức cán bộ (Cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ Bộ)",
    "- Tham mưu Lãnh đạo Bộ chỉ đạo, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; chủ trì, phối hợp với Vụ Pháp chế tổ chức các lớp bồi dưỡng kiến thức về giới.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1 và chỉ tiêu 1, chỉ tiêu 2 của Mục tiêu 3.",
    "- Tổng hợp báo cáo của các đơn vị, tham mưu Lãnh đạo Bộ báo cáo Bộ Nội vụ theo quy định tại Mục VI Kế hoạch này.",
    "2. Cục Kinh tế hợp tác và Phát triển nông thôn",
    "Lồng ghép bình đẳng giới trong các chương trình phát triển kinh tế tập thể, hợp tác xã và xây dựng nông thôn mới; chịu trách nhiệm theo dõi, thu thập số liệu và báo cáo chỉ tiêu 2, chỉ tiêu 3 Mục tiêu 2.",
    "3. Trung tâm Khuyến nông quốc gia",
    "Hướng dẫn hệ thống khuyến nông các địa phương ưu tiên lao động nữ tham gia tập huấn, trình diễn mô hình; thống kê số học viên theo giới tính; theo dõi và báo cáo kết quả thực hiện chỉ tiêu 1 Mục tiêu 2.",
    "4. Vụ Pháp chế",
    "Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của Bộ; phối hợp với Vụ Tổ chức cán bộ theo dõi, đánh giá kết quả thực hiện chỉ tiêu 1 Mục tiêu 3.",
    "5. Công đoàn Bộ",
    'Chủ trì hướng dẫn, theo dõi các đơn vị xây dựng, niêm yết Bộ quy tắc ứng xử và báo cáo kết quả thực hiện chỉ tiêu 1 Mục tiêu 4; vận động nữ đoàn viên tham gia phong trào thi đua "Giỏi việc nước, đảm việc nhà".',
    "6. Văn phòng Bộ",
    "- Chủ trì duy trì, cập nhật chuyên mục về bình đẳng giới trên Cổng Thông tin điện tử của Bộ; chịu trách nhiệm báo cáo chỉ tiêu 3 Mục tiêu 4.",
    "- Phối hợp với Công đoàn Bộ theo dõi việc thực hiện chỉ tiêu 1 Mục tiêu 4 tại cơ quan Bộ.",
    "7. Báo Nông nghiệp và Môi trường",
    "Xây dựng chuyên trang, chuyên mục, tăng thời lượng tin, bài về bình đẳng giới, gương phụ nữ tiêu biểu trong sản xuất nông nghiệp, bảo vệ môi trường; theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 4.",
    "8. Vụ Kế hoạch - Tài chính",
    "Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027 của các đơn vị; hướng dẫn sử dụng, quyết toán kinh phí theo quy định.",
    "9. Các Vụ, Cục, đơn vị thuộc Bộ",
    "Căn cứ Kế hoạch này xây dựng kế hoạch hoạt động bình đẳng giới năm 2027 của đơn vị; phân công lãnh đạo phụ trách và công chức, viên chức theo dõi công tác bình đẳng giới; thực hiện chế độ báo cáo theo quy định.",
    "VI. CHẾ ĐỘ BÁO CÁO",
    "1. Các Vụ, Cục, đơn vị thuộc Bộ gửi kế hoạch hoạt động bình đẳng giới năm 2027 của đơn vị về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 28/02/2027.",
    "2. Báo cáo định kỳ: Các đơn vị gửi báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 05/6 và báo cáo năm trước ngày 20/11/2027 về Vụ Tổ chức cán bộ (kèm biểu số liệu có tách biệt giới). Vụ Tổ chức cán bộ tổng hợp, trình Lãnh đạo Bộ ký báo cáo gửi Bộ Nội vụ trước ngày 15/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm).",
    "3. Báo cáo đột xuất: Thực hiện theo yêu cầu của Lãnh đạo Bộ, Bộ Nội vụ và Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Vụ Tổ chức cán bộ để tổng hợp, báo cáo Lãnh đạo Bộ xem xét, quyết định./.",
]

m_expected = {
    "format": "gem.plan/1",
    "title": "Hoạt động bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2027 của Bộ Nông nghiệp và Môi trường",
    "issuer": _M,
    "level": "agency",
    "area": "Việt Nam",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 5 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Nông nghiệp và Môi trường giai đoạn 2026 - 2030",
        "Công văn số 6120/BNV-CTTN&BĐG ngày 18 tháng 11 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
    ],
    "parent": "Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 5 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành",
            "indicators": [
                {"code": "1.1", "text": m_ind["1.1"], "targets": [T(60, year=2027)]},
                {"code": "1.2", "text": m_ind["1.2"], "targets": [T(35, year=2027)]},
            ],
        },
        {
            "code": "2",
            "title": "Thu hẹp khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm ở khu vực nông thôn",
            "indicators": [
                {
                    "code": "2.1",
                    "text": m_ind["2.1"],
                    "targets": [T(45, comparator=">", year=2027)],
                },
                {"code": "2.2", "text": m_ind["2.2"], "targets": [T(22, year=2027)]},
                {
                    "code": "2.3",
                    "text": m_ind["2.3"],
                    "targets": [T(27, comparator="<=", year=2027)],
                },
            ],
        },
        {
            "code": "3",
            "title": "Nâng cao chất lượng nguồn nhân lực nữ, bảo đảm bình đẳng giới trong đào tạo, bồi dưỡng",
            "indicators": [
                {"code": "3.1", "text": m_ind["3.1"], "targets": [T(100, year=2027)]},
                {
                    "code": "3.2",
                    "text": m_ind["3.2"],
                    "targets": [
                        T(45, year=2027, label="thạc sĩ"),
                        T(30, year=2027, label="tiến sĩ"),
                    ],
                },
            ],
        },
        {
            "code": "4",
            "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại nơi làm việc; đẩy mạnh thông tin, truyền thông về bình đẳng giới",
            "indicators": [
                {"code": "4.1", "text": m_ind["4.1"], "targets": [T(100, year=2027)]},
                {
                    "code": "4.2",
                    "text": m_ind["4.2"],
                    "targets": [T(4, unit="items_per_month", year=2027)],
                },
                {
                    "code": "4.3",
                    "text": m_ind["4.3"],
                    "targets": [T(None, unit="bool", comparator="=", year=2027)],
                },
            ],
        },
    ],
    "assignments": [
        A("Vụ Tổ chức cán bộ", "lead", "1.1", "1.2", "3.1", "3.2"),
        A("Cục Kinh tế hợp tác và Phát triển nông thôn", "lead", "2.2", "2.3"),
        A("Trung tâm Khuyến nông quốc gia", "lead", "2.1"),
        A("Vụ Pháp chế", "support", "3.1"),
        A("Công đoàn Bộ", "lead", "4.1"),
        A("Văn phòng Bộ", "lead", "4.3"),
        A("Văn phòng Bộ", "support", "4.1"),
        A("Báo Nông nghiệp và Môi trường", "lead", "4.2"),
    ],
    "reporting": [
        R("plan", "units", "2027-02-28"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "11-20"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-05"),
    ],
}

# ---------------------------------------------------------------------------
# 2. Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi, giai đoạn 2026-2030 (.docx)
# ---------------------------------------------------------------------------
g_ind = {
    "1.1": "Tỷ lệ cơ sở giáo dục phổ thông, giáo dục thường xuyên trực thuộc Sở có nữ tham gia Ban Giám hiệu/Ban Giám đốc",
    "1.2": "Tỷ lệ nữ giữ chức vụ lãnh đạo cấp phòng và tương đương thuộc cơ quan Sở",
    "2.1": "Tỷ lệ cơ sở giáo dục mầm non, phổ thông tích hợp nội dung về giới, bình đẳng giới, phòng, chống bạo lực trên cơ sở giới vào hoạt động giáo dục",
    "2.2": "Nội dung về giới, bình đẳng giới được đưa vào chương trình bồi dưỡng thường xuyên cán bộ quản lý, giáo viên",
    "3.1": "Tỷ lệ trẻ em trai và trẻ em gái người dân tộc thiểu số hoàn thành chương trình, trong đó:",
    "3.2": "Tỷ lệ học sinh nữ người dân tộc thiểu số bỏ học ở cấp trung học cơ sở",
    "3.3": "Tỷ lệ nữ học sinh, học viên được tuyển mới trình độ sơ cấp, trung cấp tại các cơ sở giáo dục nghề nghiệp công lập trực thuộc Sở",
    "3.4": "Tỷ lệ nữ trong tổng số cán bộ quản lý, giáo viên có trình độ sau đại học:",
    "4.1": "Tỷ lệ cơ sở giáo dục có tổ tư vấn tâm lý học đường và công khai quy trình tiếp nhận, xử lý thông tin về bạo lực, xâm hại học sinh",
    "4.2": "Số tin, bài về bình đẳng giới đăng trên Trang thông tin điện tử của Sở (tin, bài/quý)",
}

g_table = [
    ["TT", "Mục tiêu, chỉ tiêu", "Lộ trình thực hiện", ""],
    ["", "", "Năm 2028", "Năm 2030"],
    [
        "I",
        "Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý trong ngành",
        "",
        "",
    ],
    ["1", g_ind["1.1"], "85%", "90%"],
    ["2", g_ind["1.2"], "", "≥ 35%"],
    [
        "II",
        "Mục tiêu 2: Đưa nội dung giới, bình đẳng giới vào hoạt động giáo dục và bồi dưỡng đội ngũ",
        "",
        "",
    ],
    ["1", g_ind["2.1"], "100%", "100%"],
    ["2", g_ind["2.2"], "", "Hoàn thành"],
    ["III", "Mục tiêu 3: Thu hẹp khoảng cách giới trong tiếp cận giáo dục, đào tạo", "", ""],
    ["1", g_ind["3.1"], "", ""],
    ["", "- Cấp tiểu học", "98,5%", "99%"],
    ["", "- Cấp trung học cơ sở", "93%", "95%"],
    ["2", g_ind["3.2"], "Dưới 2%", "Dưới 1,5%"],
    ["3", g_ind["3.3"], "Trên 32%", "Trên 35%"],
    ["4", g_ind["3.4"], "", ""],
    ["", "- Trình độ thạc sĩ", "48%", "50%"],
    ["", "- Trình độ tiến sĩ", "", "25%"],
    [
        "IV",
        "Mục tiêu 4: Phòng ngừa bạo lực trên cơ sở giới trong trường học; thông tin, truyền thông về bình đẳng giới",
        "",
        "",
    ],
    ["1", g_ind["4.1"], "90%", "100%"],
    ["2", g_ind["4.2"], "Ít nhất 02", "Ít nhất 03"],
]
g_merges = [
    (0, 0, 1, 0),
    (0, 1, 1, 1),
    (0, 2, 0, 3),
    (2, 1, 2, 3),
    (5, 1, 5, 3),
    (8, 1, 8, 3),
    (17, 1, 17, 3),
]

g_blocks = [
    (
        "header",
        ["UBND TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1245/KH-SGDĐT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Ngãi, ngày 12 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn 2026 - 2030**",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Kế hoạch số 688/KH-UBND ngày 21/4/2026 của UBND tỉnh Quảng Ngãi về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh;",
    "Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành giai đoạn 2026 - 2030, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Quán triệt, triển khai đầy đủ các mục tiêu, chỉ tiêu về bình đẳng giới trong lĩnh vực giáo dục, đào tạo được UBND tỉnh giao; nâng cao nhận thức của cán bộ quản lý, giáo viên, nhân viên, người lao động và học sinh về giới, bình đẳng giới, phòng chống bạo lực trên cơ sở giới.",
    "2. Xác định rõ trách nhiệm của các phòng chuyên môn, nghiệp vụ thuộc Sở, các đơn vị trực thuộc và sự phối hợp với UBND các xã, phường trong quản lý các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở sau khi tổ chức chính quyền địa phương hai cấp.",
    "3. Việc thu thập số liệu phải có tách biệt giới, tách biệt theo dân tộc và cấp học; đánh giá kết quả hằng năm làm cơ sở sơ kết, tổng kết.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Bảo đảm các vấn đề về giới, bình đẳng giới được lồng ghép trong chương trình, hoạt động giáo dục; thu hẹp khoảng cách giới trong tiếp cận giáo dục, nhất là ở vùng đồng bào dân tộc thiểu số phía Tây tỉnh; tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý các cơ sở giáo dục, góp phần nâng cao chất lượng nguồn nhân lực của tỉnh.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "Các chỉ tiêu cụ thể của ngành theo lộ trình đến năm 2028 và năm 2030 như sau:",
    ("table", g_table, g_merges),
    "*Ghi chú: các chỉ tiêu năm 2028 là chỉ tiêu phấn đấu giữa kỳ; số liệu tính theo năm học kết thúc trong năm tương ứng.*",
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Công tác tuyên truyền, nâng cao nhận thức**",
    "[[LB]]Tổ chức quán triệt Kế hoạch đến 100% cơ sở giáo dục; tuyên truyền về bình đẳng giới qua sinh hoạt dưới cờ, hoạt động trải nghiệm, câu lạc bộ, diễn đàn học sinh; hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 - 15/12) hằng năm.",
    '[[LB]]Biểu dương, nhân rộng các mô hình "Trường học an toàn, thân thiện, bình đẳng"; cung cấp tài liệu truyền thông bằng tiếng dân tộc Xơ Đăng, Ba Na, Hrê, Cor tại các trường phổ thông dân tộc nội trú, bán trú.',
    "**2. Lồng ghép bình đẳng giới trong chương trình, hoạt động giáo dục**",
    "[[LB]]Hướng dẫn các cơ sở giáo dục tích hợp nội dung giới, giới tính, sức khỏe sinh sản, kỹ năng phòng chống xâm hại vào các môn học và hoạt động giáo dục phù hợp với từng cấp học; rà soát tài liệu giáo dục địa phương để loại bỏ hình ảnh, nội dung mang định kiến giới.",
    "[[LB]]Đưa chuyên đề về giới, bình đẳng giới vào nội dung bồi dưỡng thường xuyên do Sở tổ chức từ năm học 2026 - 2027.",
    "**3. Công tác cán bộ nữ**",
    "[[LB]]Rà soát, bổ sung quy hoạch cán bộ quản lý các cơ sở giáo dục bảo đảm tỷ lệ nữ; ưu tiên bổ nhiệm nữ khi có đủ tiêu chuẩn, điều kiện ngang nhau; tạo điều kiện để nữ cán bộ quản lý, giáo viên học tập nâng cao trình độ thạc sĩ, tiến sĩ.",
    "**4. Hỗ trợ học sinh nữ vùng khó khăn và giáo dục nghề nghiệp**",
    "[[LB]]Thực hiện đầy đủ chính sách hỗ trợ học sinh bán trú, học sinh dân tộc thiểu số rất ít người; phối hợp với chính quyền cơ sở vận động học sinh nữ ra lớp, ngăn ngừa tình trạng tảo hôn, bỏ học giữa chừng.",
    "[[LB]]Tư vấn hướng nghiệp, phân luồng học sinh sau trung học cơ sở không định kiến giới; khuyến khích học sinh nữ học các nghề kỹ thuật, công nghệ.",
    "**5. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong trường học**",
    "[[LB]]Kiện toàn tổ tư vấn tâm lý học đường; bồi dưỡng kỹ năng tư vấn cho giáo viên làm công tác tư vấn; thiết lập hộp thư, đường dây tiếp nhận thông tin; phối hợp với Công an, y tế xử lý kịp thời các vụ việc bạo lực, xâm hại học sinh.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện từ nguồn chi thường xuyên của Sở và các đơn vị trực thuộc được giao hằng năm; lồng ghép trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; nguồn xã hội hóa và các nguồn hợp pháp khác. Các đơn vị chủ động lập dự toán cùng thời điểm xây dựng dự toán ngân sách hằng năm.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "[[LN]]**Phòng Tổ chức cán bộ**",
    "[[LB]]Là cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ ngành; tham mưu Giám đốc Sở chỉ đạo, kiểm tra việc thực hiện Kế hoạch; tổ chức bồi dưỡng thường xuyên có nội dung về bình đẳng giới.",
    "[[LB]]Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu của Mục tiêu 1; chỉ tiêu 2 Mục tiêu 2 và chỉ tiêu 4 Mục tiêu 3.",
    "[[LN]]**Phòng Giáo dục Mầm non - Tiểu học**",
    "[[LB]]Hướng dẫn các trường mầm non, tiểu học tích hợp nội dung giáo dục giới, phòng chống xâm hại trẻ em.",
    "[[LB]]Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1 Mục tiêu 2 đối với cấp mầm non, tiểu học và số liệu cấp tiểu học của chỉ tiêu 1 Mục tiêu 3.",
    "[[LN]]**Phòng Giáo dục Trung học**",
    "[[LB]]Hướng dẫn các trường trung học cơ sở, trung học phổ thông thực hiện nội dung giáo dục giới tính, bình đẳng giới; chỉ đạo công tác tư vấn tâm lý học đường.",
    "[[LB]]Theo dõi, tổng hợp, báo cáo: chỉ tiêu 1 Mục tiêu 2 (cấp trung học); chỉ tiêu 1 (cấp trung học cơ sở) và chỉ tiêu 2 Mục tiêu 3; chỉ tiêu 1 Mục tiêu 4.",
    "[[LN]]**Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên**",
    "[[LB]]Chủ trì theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 3; hướng dẫn các cơ sở giáo dục nghề nghiệp tư vấn tuyển sinh không định kiến giới.",
    "[[LB]]Phối hợp với Phòng Tổ chức cán bộ theo dõi chỉ tiêu 1 Mục tiêu 1 đối với các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.",
    "[[LN]]**Văn phòng Sở**",
    "[[LB]]Đăng tải tin, bài về bình đẳng giới trên Trang thông tin điện tử của Sở; theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 4.",
    "[[LN]]**Phòng Kế hoạch - Tài chính**",
    "[[LB]]Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Sở; hướng dẫn các đơn vị trực thuộc lập dự toán, thanh quyết toán theo quy định.",
    "[[LN]]**Công đoàn ngành Giáo dục tỉnh**",
    '[[LB]]Đề nghị Công đoàn ngành vận động nữ đoàn viên thi đua "Giỏi việc trường, đảm việc nhà"; phối hợp theo dõi chỉ tiêu 1 Mục tiêu 4 tại các công đoàn cơ sở trường học.',
    "[[LN]]**UBND các xã, phường**",
    "[[LB]]Đề nghị UBND các xã, phường chỉ đạo các trường mầm non, tiểu học, trung học cơ sở trên địa bàn triển khai Kế hoạch; cung cấp số liệu có tách biệt giới về Sở theo đề nghị.",
    "[[LN]]**Các trường trung học phổ thông, trường phổ thông dân tộc nội trú, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên**",
    "[[LB]]Xây dựng kế hoạch hằng năm của đơn vị; báo cáo kết quả thực hiện về Sở theo quy định.",
    "**Chế độ báo cáo:** Các đơn vị trực thuộc và UBND các xã, phường gửi báo cáo 6 tháng trước ngày 31/5 và báo cáo năm trước ngày 30/11 hằng năm về Sở (qua Phòng Tổ chức cán bộ). Phòng Tổ chức cán bộ tổng hợp, tham mưu Lãnh đạo Sở báo cáo UBND tỉnh (qua Sở Nội vụ) và Bộ Giáo dục và Đào tạo trước ngày 08/6 và 08/12 hằng năm. Sở Giáo dục và Đào tạo tổ chức sơ kết giữa kỳ vào năm 2028; các đơn vị gửi báo cáo tổng kết giai đoạn 2026 - 2030 về Sở trước ngày 15/9/2030.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn 2026 - 2030. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở (qua Phòng Tổ chức cán bộ) để được hướng dẫn./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Sở Nội vụ;",
            "- Giám đốc, các PGĐ Sở;",
            "- Như mục V;",
            "- Lưu: VT, TCCB.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đinh Thị Hồng Nhung"],
    ),
]

g_expected = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn 2026 - 2030",
    "issuer": "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
    "level": "agency",
    "area": "Quảng Ngãi",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 688/KH-UBND ngày 21/4/2026 của UBND tỉnh Quảng Ngãi về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
    ],
    "parent": "Kế hoạch số 688/KH-UBND ngày 21/4/2026 của UBND tỉnh Quảng Ngãi",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào vị trí lãnh đạo, quản lý trong ngành",
            "indicators": [
                {
                    "code": "1.1",
                    "text": g_ind["1.1"],
                    "targets": [T(85, year=2028), T(90, year=2030)],
                },
                {"code": "1.2", "text": g_ind["1.2"], "targets": [T(35, year=2030)]},
            ],
        },
        {
            "code": "2",
            "title": "Đưa nội dung giới, bình đẳng giới vào hoạt động giáo dục và bồi dưỡng đội ngũ",
            "indicators": [
                {
                    "code": "2.1",
                    "text": g_ind["2.1"],
                    "targets": [T(100, year=2028), T(100, year=2030)],
                },
                {
                    "code": "2.2",
                    "text": g_ind["2.2"],
                    "targets": [T(None, unit="bool", comparator="=", year=2030)],
                },
            ],
        },
        {
            "code": "3",
            "title": "Thu hẹp khoảng cách giới trong tiếp cận giáo dục, đào tạo",
            "indicators": [
                {
                    "code": "3.1",
                    "text": g_ind["3.1"],
                    "targets": [
                        T(98.5, year=2028, label="tiểu học"),
                        T(99, year=2030, label="tiểu học"),
                        T(93, year=2028, label="trung học cơ sở"),
                        T(95, year=2030, label="trung học cơ sở"),
                    ],
                },
                {
                    "code": "3.2",
                    "text": g_ind["3.2"],
                    "targets": [T(2, comparator="<", year=2028), T(1.5, comparator="<", year=2030)],
                },
                {
                    "code": "3.3",
                    "text": g_ind["3.3"],
                    "targets": [T(32, comparator=">", year=2028), T(35, comparator=">", year=2030)],
                },
                {
                    "code": "3.4",
                    "text": g_ind["3.4"],
                    "targets": [
                        T(48, year=2028, label="thạc sĩ"),
                        T(50, year=2030, label="thạc sĩ"),
                        T(25, year=2030, label="tiến sĩ"),
                    ],
                },
            ],
        },
        {
            "code": "4",
            "title": "Phòng ngừa bạo lực trên cơ sở giới trong trường học; thông tin, truyền thông về bình đẳng giới",
            "indicators": [
                {
                    "code": "4.1",
                    "text": g_ind["4.1"],
                    "targets": [T(90, year=2028), T(100, year=2030)],
                },
                {
                    "code": "4.2",
                    "text": g_ind["4.2"],
                    "targets": [
                        T(2, unit="items_per_quarter", year=2028),
                        T(3, unit="items_per_quarter", year=2030),
                    ],
                },
            ],
        },
    ],
    "assignments": [
        A("Phòng Tổ chức cán bộ", "lead", "1.1", "1.2", "2.2", "3.4"),
        A("Phòng Giáo dục Mầm non - Tiểu học", "lead", "2.1", "3.1"),
        A("Phòng Giáo dục Trung học", "lead", "2.1", "3.1", "3.2", "4.1"),
        A("Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên", "lead", "3.3"),
        A("Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên", "support", "1.1"),
        A("Văn phòng Sở", "lead", "4.2"),
        A("Công đoàn ngành Giáo dục tỉnh", "support", "4.1"),
    ],
    "reporting": [
        R("semiannual", "units", "05-31"),
        R("annual", "units", "11-30"),
        R("semiannual", "consolidator", "06-08"),
        R("annual", "consolidator", "12-08"),
        R("midterm", "consolidator", "2028"),
        R("final", "units", "2030-09-15"),
    ],
}

# ---------------------------------------------------------------------------
# 3. Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng, giai đoạn 2026-2030 (.pdf)
# ---------------------------------------------------------------------------
h_ind = {
    "1.1": "Đến năm 2030, 100% chủ tịch Hội LHPN các xã, phường, đặc khu được bồi dưỡng kiến thức về bình đẳng giới và kỹ năng tham gia xây dựng, giám sát chính sách.",
    "1.2": "Phấn đấu 95% cơ sở Hội giới thiệu được cán bộ nữ tạo nguồn tham gia cấp ủy, Hội đồng nhân dân cấp xã vào năm 2028 và 100% vào năm 2030.",
    "2.1": "Giai đoạn 2026 - 2030, hỗ trợ ít nhất 1.500 phụ nữ khởi nghiệp, phát triển ý tưởng kinh doanh, trong đó ưu tiên phụ nữ dân tộc thiểu số.",
    "2.2": "Giảm tỷ lệ hộ nghèo do phụ nữ làm chủ hộ từ 4,2% (cuối năm 2025) xuống dưới 2% vào năm 2030.",
    "2.3": "Thành lập mới 120 tổ hợp tác, hợp tác xã do phụ nữ quản lý, điều hành.",
    "3.1": "90% phụ nữ bị bạo lực gia đình được phát hiện được Hội các cấp hỗ trợ, kết nối với ít nhất một dịch vụ hỗ trợ cơ bản; 70% người gây bạo lực gia đình được phát hiện được góp ý, tư vấn, giáo dục tại cộng đồng.",
    "3.2": '100% xã, phường, đặc khu có ít nhất 01 "Địa chỉ tin cậy" hoặc nhóm phòng, chống bạo lực gia đình hoạt động hiệu quả.',
    "4.1": "Hằng quý, Trang thông tin điện tử và trang mạng xã hội của Hội LHPN tỉnh đăng tải ít nhất 06 tin, bài về bình đẳng giới, phòng, chống bạo lực gia đình.",
    "4.2": "Đạt 80% hội viên phụ nữ được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2028; đạt 90% vào năm 2030.",
}

h_blocks = [
    (
        "header",
        ["HỘI LHPN VIỆT NAM", "BCH HỘI LHPN TỈNH LÂM ĐỒNG", "Số: 47/KH-HPN"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lâm Đồng, ngày 20 tháng 5 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng**",
    "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Kế hoạch số 215/KH-UBND ngày 08/4/2026 của UBND tỉnh Lâm Đồng thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh; Hướng dẫn số 09/HD-ĐCT ngày 02/3/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác bình đẳng giới của các cấp Hội giai đoạn 2026 - 2030, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch thực hiện như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "- Phát huy vai trò của các cấp Hội trong tham gia thực hiện Chiến lược quốc gia về bình đẳng giới, giám sát và phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới trên địa bàn tỉnh sau hợp nhất.",
    "- Xác định rõ các chỉ tiêu của Hội, phân công cụ thể cho các ban chuyên môn Hội LHPN tỉnh và Hội LHPN các xã, phường, đặc khu; gắn với thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh và các cuộc vận động, phong trào thi đua của Hội.",
    "- Các hoạt động phù hợp đặc điểm vùng cao nguyên, vùng ven biển và đặc khu Phú Quý; chú trọng phụ nữ dân tộc thiểu số (K'Ho, Mạ, Chu Ru, M'Nông, Chăm, Raglai...).",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới trong hội viên, phụ nữ và cộng đồng; tạo điều kiện để phụ nữ phát triển kinh tế, tham gia lãnh đạo, quản lý; góp phần xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "**Mục tiêu 1: Nâng cao năng lực và tăng cường sự tham gia của phụ nữ vào lĩnh vực chính trị**",
    "Chỉ tiêu 1.1: " + h_ind["1.1"],
    "Chỉ tiêu 1.2: " + h_ind["1.2"],
    "**Mục tiêu 2: Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững**",
    "Chỉ tiêu 2.1: " + h_ind["2.1"],
    "Chỉ tiêu 2.2: " + h_ind["2.2"] + "(1)",
    "Chỉ tiêu 2.3: " + h_ind["2.3"],
    "**Mục tiêu 3: Xây dựng gia đình hạnh phúc; phòng ngừa, ứng phó với bạo lực gia đình, bạo lực trên cơ sở giới**",
    "Chỉ tiêu 3.1: " + h_ind["3.1"],
    "Chỉ tiêu 3.2: " + h_ind["3.2"],
    "**Mục tiêu 4: Nâng cao hiệu quả công tác thông tin, truyền thông về bình đẳng giới**",
    "Chỉ tiêu 4.1: " + h_ind["4.1"],
    "Chỉ tiêu 4.2: " + h_ind["4.2"],
    (
        "footnote",
        "(1) Theo kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2025 trên địa bàn tỉnh Lâm Đồng (sau hợp nhất) do Hội LHPN tỉnh tổng hợp từ báo cáo của cơ sở Hội.",
    ),
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Tuyên truyền, giáo dục, vận động**",
    "- Đổi mới nội dung, hình thức tuyên truyền về bình đẳng giới phù hợp với từng nhóm đối tượng; phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên, người có uy tín trong cộng đồng; tuyên truyền bằng song ngữ tại vùng đồng bào dân tộc thiểu số.",
    "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10, ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm.",
    "- Ứng dụng chuyển đổi số, mạng xã hội trong tuyên truyền; xây dựng các sản phẩm truyền thông ngắn, dễ hiểu, dễ nhớ.",
    "**2. Nâng cao năng lực, tạo nguồn cán bộ nữ**",
    "- Tổ chức bồi dưỡng cho cán bộ Hội cơ sở về kỹ năng lãnh đạo, kỹ năng tham gia xây dựng, giám sát chính sách; phát hiện, giới thiệu cán bộ nữ có năng lực để cấp ủy xem xét quy hoạch, đào tạo.",
    ("page",),
    "**3. Hỗ trợ phụ nữ phát triển kinh tế**",
    "- Triển khai hiệu quả Đề án hỗ trợ phụ nữ khởi nghiệp; tổ chức cuộc thi ý tưởng khởi nghiệp cấp tỉnh; kết nối nguồn vốn ủy thác Ngân hàng Chính sách xã hội, quỹ tín dụng vi mô của Hội để phụ nữ vay vốn phát triển sản xuất cà phê, chè, rau, hoa, thủy sản, du lịch cộng đồng.",
    '- Hỗ trợ thành lập, củng cố tổ hợp tác, hợp tác xã do phụ nữ quản lý; đào tạo kỹ năng quản trị, thương mại điện tử; giúp đỡ hộ nghèo do phụ nữ làm chủ hộ thoát nghèo thông qua mô hình "Chi hội nhận đỡ đầu hộ nghèo".',
    "**4. Xây dựng gia đình, phòng chống bạo lực**",
    '- Duy trì, nhân rộng các mô hình "Địa chỉ tin cậy", "Câu lạc bộ gia đình hạnh phúc", nhóm phòng, chống bạo lực gia đình; kết nối nạn nhân với các dịch vụ y tế, pháp lý, tâm lý, nhà tạm lánh.',
    "- Phối hợp với Công an, Ủy ban MTTQ các cấp trong phát hiện, can thiệp kịp thời các vụ việc bạo lực, mua bán phụ nữ, trẻ em.",
    "**5. Giám sát, phản biện xã hội**",
    "- Tham gia giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới tại các địa phương; đề xuất, kiến nghị tháo gỡ vướng mắc liên quan đến quyền, lợi ích hợp pháp của phụ nữ.",
    "**IV. KINH PHÍ**",
    "Kinh phí hoạt động thường xuyên của Hội LHPN tỉnh và Hội LHPN các xã, phường, đặc khu được cấp có thẩm quyền giao hằng năm; kinh phí lồng ghép từ Dự án 8 và các chương trình mục tiêu quốc gia; nguồn vận động tài trợ và các nguồn hợp pháp khác.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Ban Tổ chức - Kiểm tra**",
    "Tham mưu Ban Thường vụ trong công tác cán bộ nữ, tạo nguồn cán bộ nữ; chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1.1, 1.2; tham mưu kiểm tra việc thực hiện Kế hoạch tại cơ sở.",
    "**2. Ban Kinh tế**",
    "Chủ trì, phối hợp với Ban Gia đình - Xã hội và Hội LHPN các xã, phường, đặc khu theo dõi, đánh giá và báo cáo các chỉ tiêu thuộc Mục tiêu 2; hướng dẫn triển khai Đề án hỗ trợ phụ nữ khởi nghiệp.",
    "**3. Ban Gia đình - Xã hội**",
    "Chủ trì triển khai các hoạt động xây dựng gia đình hạnh phúc, phòng chống bạo lực gia đình; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3.1 và 3.2. Là đầu mối tổng hợp báo cáo định kỳ của các cơ sở Hội, tham mưu Ban Thường vụ báo cáo theo quy định.",
    "**4. Ban Tuyên giáo**",
    "Chủ trì xây dựng nội dung, tài liệu tuyên truyền; theo dõi, báo cáo kết quả thực hiện chỉ tiêu 4.1, 4.2. Phối hợp với Ban Gia đình - Xã hội theo dõi chỉ tiêu 3.1 (số liệu người gây bạo lực được góp ý, tư vấn tại cộng đồng).",
    "**5. Văn phòng Hội**",
    "Bảo đảm kinh phí, cơ sở vật chất; phối hợp với Ban Tuyên giáo quản trị Trang thông tin điện tử, cập nhật tin, bài và theo dõi chỉ tiêu 4.1.",
    "**6. Hội LHPN các xã, phường, đặc khu**",
    "Căn cứ Kế hoạch này và tình hình thực tế xây dựng kế hoạch thực hiện của cơ sở Hội; phối hợp với UBND cùng cấp triển khai các hoạt động; báo cáo kết quả thực hiện Kế hoạch về Hội LHPN tỉnh theo quy định.",
    "**VI. CHẾ ĐỘ BÁO CÁO**",
    "- Hội LHPN các xã, phường, đặc khu báo cáo kết quả 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 05/12 hằng năm về Hội LHPN tỉnh (qua Ban Gia đình - Xã hội).",
    "- Ban Gia đình - Xã hội tổng hợp, tham mưu Ban Thường vụ báo cáo Trung ương Hội LHPN Việt Nam và UBND tỉnh (qua Sở Nội vụ) trước ngày 12/6 và 12/12 hằng năm.",
    "- Sơ kết giữa kỳ: các cơ sở Hội gửi báo cáo sơ kết trước ngày 30/6/2028. Tổng kết: gửi báo cáo tổng kết giai đoạn 2026 - 2030 trước ngày 15/9/2030.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Hội LHPN tỉnh Lâm Đồng. Đề nghị các ban chuyên môn và Hội LHPN các xã, phường, đặc khu nghiêm túc triển khai thực hiện./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- TW Hội LHPN Việt Nam (b/c);",
            "- Thường trực Tỉnh ủy (b/c);",
            "- UBND tỉnh, Sở Nội vụ;",
            "- Hội LHPN các xã, phường, đặc khu;",
            "- Lưu: VP, GĐXH.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Ka Thị Hồng Loan"],
    ),
]

h_expected = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng",
    "issuer": "Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng",
    "level": "agency",
    "area": "Lâm Đồng",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 215/KH-UBND ngày 08/4/2026 của UBND tỉnh Lâm Đồng thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
        "Hướng dẫn số 09/HD-ĐCT ngày 02/3/2026 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác bình đẳng giới của các cấp Hội giai đoạn 2026 - 2030",
    ],
    "parent": "Kế hoạch số 215/KH-UBND ngày 08/4/2026 của UBND tỉnh Lâm Đồng",
    "objectives": [
        {
            "code": "1",
            "title": "Nâng cao năng lực và tăng cường sự tham gia của phụ nữ vào lĩnh vực chính trị",
            "indicators": [
                {"code": "1.1", "text": h_ind["1.1"], "targets": [T(100, year=2030)]},
                {
                    "code": "1.2",
                    "text": h_ind["1.2"],
                    "targets": [T(95, year=2028), T(100, year=2030)],
                },
            ],
        },
        {
            "code": "2",
            "title": "Hỗ trợ phụ nữ phát triển kinh tế, giảm nghèo bền vững",
            "indicators": [
                {
                    "code": "2.1",
                    "text": h_ind["2.1"],
                    "targets": [T(1500, unit="count", year=2030)],
                },
                {
                    "code": "2.2",
                    "text": h_ind["2.2"],
                    "targets": [T(2, comparator="<", year=2030, baseline=4.2)],
                },
                {"code": "2.3", "text": h_ind["2.3"], "targets": [T(120, unit="count", year=2030)]},
            ],
        },
        {
            "code": "3",
            "title": "Xây dựng gia đình hạnh phúc; phòng ngừa, ứng phó với bạo lực gia đình, bạo lực trên cơ sở giới",
            "indicators": [
                {
                    "code": "3.1",
                    "text": h_ind["3.1"],
                    "targets": [
                        T(90, year=2030, label="phụ nữ bị bạo lực"),
                        T(70, year=2030, label="người gây bạo lực"),
                    ],
                },
                {"code": "3.2", "text": h_ind["3.2"], "targets": [T(100, year=2030)]},
            ],
        },
        {
            "code": "4",
            "title": "Nâng cao hiệu quả công tác thông tin, truyền thông về bình đẳng giới",
            "indicators": [
                {
                    "code": "4.1",
                    "text": h_ind["4.1"],
                    "targets": [T(6, unit="items_per_quarter", year=2030)],
                },
                {
                    "code": "4.2",
                    "text": h_ind["4.2"],
                    "targets": [T(80, year=2028), T(90, year=2030)],
                },
            ],
        },
    ],
    "assignments": [
        A("Ban Tổ chức - Kiểm tra", "lead", "1.1", "1.2"),
        A("Ban Kinh tế", "lead", "2.1", "2.2", "2.3"),
        A("Ban Gia đình - Xã hội", "lead", "3.1", "3.2"),
        A("Ban Tuyên giáo", "lead", "4.1", "4.2"),
        A("Ban Tuyên giáo", "support", "3.1"),
        A("Văn phòng Hội", "support", "4.1"),
    ],
    "reporting": [
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-12"),
        R("annual", "consolidator", "12-12"),
        R("midterm", "units", "2028-06-30"),
        R("final", "units", "2030-09-15"),
    ],
}

# --- longer background / task sections (noise that real plans carry) -------


def _splice(blocks, before, new):
    i = blocks.index(before)
    blocks[i:i] = new


_splice(
    m_blocks,
    "II. MỤC TIÊU",
    [
        "3. Kết quả năm 2026",
        "Năm 2026, Ban Vì sự tiến bộ của phụ nữ Bộ được kiện toàn sau hợp nhất; 100% Vụ, Cục, đơn vị thuộc Bộ đã phân công lãnh đạo phụ trách công tác bình đẳng giới. Tỷ lệ cơ quan, đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ đạt 56,4%; tỷ lệ nữ trong quy hoạch lãnh đạo cấp vụ, cục đạt 31,2%; tỷ lệ nữ tham gia tập huấn khuyến nông đạt 43,8%. Tuy nhiên, số liệu của một số đơn vị chưa được tách biệt giới, báo cáo còn chậm so với thời hạn; tỷ lệ nữ được cử đi đào tạo tiến sĩ mới đạt 26%.",
        "Nguyên nhân chủ yếu là việc sắp xếp tổ chức bộ máy làm thay đổi đầu mối theo dõi; một bộ phận cán bộ chưa nhận thức đầy đủ về lồng ghép giới; nguồn kinh phí dành cho công tác bình đẳng giới còn hạn chế.",
    ],
)
_splice(
    m_blocks,
    "5. Kiểm tra, giám sát: Lồng ghép kiểm tra việc thực hiện công tác bình đẳng giới với kiểm tra công tác tổ chức cán bộ tại 05 đơn vị thuộc Bộ trong năm 2027.",
    [
        "- Triển khai nội dung bình đẳng giới trong các dự án thích ứng với biến đổi khí hậu, quản lý rủi ro thiên tai dựa vào cộng đồng: bảo đảm phụ nữ tham gia ban phòng chống thiên tai cấp xã, được tập huấn kỹ năng ứng phó; thu thập số liệu thiệt hại có tách biệt giới.",
        "- Phối hợp với Hội Liên hiệp Phụ nữ Việt Nam, Hội Nông dân Việt Nam triển khai các mô hình phụ nữ tham gia thu gom, phân loại rác thải sinh hoạt, sản xuất nông nghiệp tuần hoàn, giảm phát thải khí nhà kính trong trồng lúa.",
        "- Rà soát điều kiện làm việc của lao động nữ tại các đơn vị sự nghiệp, doanh nghiệp trực thuộc; bảo đảm chế độ thai sản, nuôi con nhỏ, phòng vắt trữ sữa tại nơi làm việc theo quy định của Bộ luật Lao động.",
        "- Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của Bộ có trường thông tin giới tính, dân tộc, trình độ để phục vụ báo cáo Bộ chỉ tiêu thống kê phát triển giới của quốc gia thuộc lĩnh vực được giao.",
    ],
)
_splice(
    m_blocks,
    "V. TỔ CHỨC THỰC HIỆN",
    [
        "Các đơn vị sự nghiệp công lập có nguồn thu chủ động sử dụng nguồn kinh phí của đơn vị để tổ chức các hoạt động hưởng ứng, khen thưởng tập thể, cá nhân có thành tích trong công tác bình đẳng giới; việc sử dụng kinh phí phải đúng mục đích, công khai, minh bạch.",
    ],
)

_splice(
    g_blocks,
    "**II. MỤC TIÊU**",
    [
        "**Đánh giá kết quả giai đoạn 2021 - 2025**",
        "Giai đoạn 2021 - 2025, công tác bình đẳng giới trong ngành được quan tâm; đến cuối năm học 2024 - 2025, 82,6% cơ sở giáo dục phổ thông, giáo dục thường xuyên có nữ tham gia Ban Giám hiệu/Ban Giám đốc; tỷ lệ nữ lãnh đạo cấp phòng thuộc cơ quan Sở đạt 30,8%; tỷ lệ học sinh nữ dân tộc thiểu số bỏ học cấp trung học cơ sở là 2,7%. Sau hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, quy mô ngành tăng lên với hơn 1.100 cơ sở giáo dục; nhiều trường ở các xã vùng cao còn thiếu giáo viên làm công tác tư vấn tâm lý, tỷ lệ trẻ em gái dân tộc thiểu số bỏ học, tảo hôn tại một số xã còn cao.",
        "Một số hạn chế: việc lồng ghép nội dung giới trong dạy học còn hình thức ở một số trường; số liệu thống kê chưa thống nhất giữa các đơn vị; chưa có cơ chế đủ mạnh để thúc đẩy bổ nhiệm nữ cán bộ quản lý ở các trường trung học phổ thông.",
    ],
)
_splice(
    g_blocks,
    "**IV. KINH PHÍ THỰC HIỆN**",
    [
        "**6. Kiểm tra, giám sát và thống kê**",
        "[[LB]]Lồng ghép nội dung kiểm tra việc thực hiện bình đẳng giới trong kiểm tra chuyên môn, kiểm tra công vụ hằng năm; xử lý nghiêm các hành vi phân biệt đối xử về giới, bạo lực học đường.",
        "[[LB]]Xây dựng biểu mẫu thống kê thống nhất, có tách biệt giới, dân tộc, cấp học; tích hợp vào cơ sở dữ liệu ngành để phục vụ báo cáo; phối hợp với Thống kê tỉnh cung cấp số liệu thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia trong lĩnh vực giáo dục.",
        "[[LB]]Tổ chức hội thảo chia sẻ kinh nghiệm giữa các trường vùng cao nguyên và vùng đồng bằng ven biển về giữ chân học sinh nữ, phòng chống tảo hôn; lựa chọn mô hình hiệu quả để nhân rộng.",
        "**7. Thi đua, khen thưởng**",
        "[[LB]]Đưa kết quả thực hiện công tác bình đẳng giới vào tiêu chí đánh giá, xếp loại thi đua của tập thể, cá nhân; biểu dương, khen thưởng kịp thời các đơn vị, cá nhân có thành tích tiêu biểu nhân dịp tổng kết năm học.",
    ],
)

_splice(
    h_blocks,
    "**II. MỤC TIÊU**",
    [
        "**Kết quả giai đoạn 2021 - 2025**",
        'Trong giai đoạn 2021 - 2025, các cấp Hội trong tỉnh (trước và sau hợp nhất) đã tổ chức hàng nghìn buổi tuyên truyền về bình đẳng giới, thu hút trên 850.000 lượt hội viên, phụ nữ tham gia; hỗ trợ 1.126 phụ nữ khởi nghiệp; thành lập mới 96 tổ hợp tác, hợp tác xã do phụ nữ quản lý; duy trì 312 "Địa chỉ tin cậy" tại cộng đồng. Tỷ lệ hộ nghèo do phụ nữ làm chủ hộ giảm còn 4,2% vào cuối năm 2025.',
        "Tuy nhiên, sau khi sắp xếp đơn vị hành chính và tổ chức bộ máy, đội ngũ cán bộ Hội cơ sở có nhiều biến động; địa bàn rộng, giao thông đi lại ở vùng cao và đặc khu còn khó khăn; một số nơi còn tư tưởng trọng nam khinh nữ, tình trạng tảo hôn, bạo lực gia đình vẫn còn xảy ra, nạn nhân còn tâm lý e ngại, chưa chủ động tìm kiếm sự hỗ trợ.",
    ],
)
_splice(
    h_blocks,
    "**5. Giám sát, phản biện xã hội**",
    [
        "- Phát huy hiệu quả các nhóm Zalo, fanpage của chi hội để kịp thời nắm bắt, phát hiện các vụ việc bạo lực; hướng dẫn hội viên sử dụng Tổng đài quốc gia bảo vệ trẻ em 111 và đường dây nóng của Hội.",
        "- Phối hợp với ngành y tế tuyên truyền về chăm sóc sức khỏe sinh sản, phòng chống tảo hôn, hôn nhân cận huyết thống tại các xã vùng đồng bào dân tộc thiểu số; lồng ghép nội dung mất cân bằng giới tính khi sinh trong sinh hoạt chi hội.",
    ],
)
_splice(
    h_blocks,
    "**IV. KINH PHÍ**",
    [
        "**6. Xây dựng tổ chức Hội vững mạnh**",
        "- Củng cố tổ chức Hội cơ sở sau sắp xếp; bồi dưỡng nghiệp vụ cho chủ tịch, phó chủ tịch Hội LHPN các xã, phường, đặc khu mới được kiện toàn; nâng cao chất lượng sinh hoạt chi hội, tổ phụ nữ gắn với nội dung bình đẳng giới.",
        "- Thực hiện chuyển đổi số trong quản lý hội viên, cập nhật dữ liệu phụ nữ khởi nghiệp, hộ nghèo do phụ nữ làm chủ hộ, nạn nhân bạo lực gia đình được hỗ trợ, làm cơ sở theo dõi các chỉ tiêu của Kế hoạch.",
        "- Biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu trong thực hiện Kế hoạch nhân dịp sơ kết, tổng kết và ngày Phụ nữ Việt Nam 20/10.",
    ],
)

_splice(
    m_blocks,
    "IV. KINH PHÍ THỰC HIỆN",
    [
        "6. Hoạt động trọng tâm theo thời gian",
        '- Quý I/2027: ban hành kế hoạch của các đơn vị; tổ chức các hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3 gắn với tọa đàm "Phụ nữ ngành Nông nghiệp và Môi trường với chuyển đổi xanh".',
        "- Quý II/2027: tổ chức lớp bồi dưỡng thứ nhất về lồng ghép giới cho công chức làm công tác tổ chức cán bộ, pháp chế; hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và ngày Gia đình Việt Nam 28/6.",
        "- Quý III/2027: kiểm tra việc thực hiện công tác bình đẳng giới tại một số Cục, đơn vị sự nghiệp; tổ chức lớp bồi dưỡng thứ hai; rà soát tiến độ thực hiện các chỉ tiêu để có giải pháp điều chỉnh.",
        "- Quý IV/2027: tổ chức các hoạt động nhân ngày Phụ nữ Việt Nam 20/10; hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; đánh giá kết quả thực hiện Kế hoạch năm 2027, xây dựng Kế hoạch năm 2028.",
        "7. Hợp tác quốc tế",
        "- Tranh thủ sự hỗ trợ kỹ thuật của Tổ chức Nông lương Liên hợp quốc (FAO), Quỹ Quốc tế về phát triển nông nghiệp (IFAD), Cơ quan Liên hợp quốc về bình đẳng giới và trao quyền cho phụ nữ (UN Women) trong lồng ghép giới vào các dự án phát triển nông thôn, ứng phó với biến đổi khí hậu.",
        "- Chia sẻ kinh nghiệm, tham gia các diễn đàn khu vực về vai trò của phụ nữ trong an ninh lương thực, quản lý tài nguyên nước và giảm nhẹ rủi ro thiên tai.",
    ],
)
_splice(
    m_blocks,
    "VI. CHẾ ĐỘ BÁO CÁO",
    [
        "10. Đề nghị Hội Liên hiệp Phụ nữ các cơ quan, đơn vị thuộc Bộ",
        "Phối hợp với thủ trưởng đơn vị tổ chức các hoạt động tuyên truyền, vận động nữ công chức, viên chức, người lao động; tham gia giám sát việc thực hiện chính sách đối với lao động nữ; giới thiệu cán bộ nữ có năng lực để đơn vị xem xét quy hoạch, bổ nhiệm.",
        "11. Ban Vì sự tiến bộ của phụ nữ Bộ",
        "Các thành viên Ban theo lĩnh vực được phân công có trách nhiệm đôn đốc, kiểm tra việc triển khai Kế hoạch tại các đơn vị được giao phụ trách; định kỳ họp đánh giá tình hình vào tháng 6 và tháng 12 năm 2027.",
    ],
)
_splice(
    g_blocks,
    "**IV. KINH PHÍ THỰC HIỆN**",
    [
        "**8. Lộ trình thực hiện**",
        "[[LB]]Năm 2026: quán triệt Kế hoạch; các đơn vị xây dựng kế hoạch của đơn vị; rà soát, chuẩn hóa số liệu đầu kỳ có tách biệt giới, dân tộc sau hợp nhất tỉnh.",
        "[[LB]]Năm 2027 - 2028: tập trung triển khai các nhiệm vụ, giải pháp; hoàn thành việc đưa chuyên đề bình đẳng giới vào bồi dưỡng thường xuyên; sơ kết giữa kỳ, điều chỉnh chỉ tiêu nếu cần thiết.",
        "[[LB]]Năm 2029 - 2030: duy trì, nhân rộng các mô hình hiệu quả; đánh giá mức độ hoàn thành các chỉ tiêu; tổng kết giai đoạn 2026 - 2030 và đề xuất phương hướng giai đoạn tiếp theo.",
        "**9. Phối hợp liên ngành**",
        "[[LB]]Phối hợp với Sở Y tế trong giáo dục sức khỏe sinh sản vị thành niên, chăm sóc sức khỏe tâm thần học sinh; với Công an tỉnh trong phòng ngừa, xử lý các vụ xâm hại, bạo lực học sinh, mua bán người; với Tỉnh đoàn, Hội LHPN tỉnh trong tổ chức các hoạt động ngoại khóa, diễn đàn trẻ em về bình đẳng giới.",
        "[[LB]]Phối hợp với Sở Dân tộc và Tôn giáo, chính quyền các xã vùng đồng bào dân tộc thiểu số vận động người có uy tín tham gia tuyên truyền, vận động gia đình cho con em, nhất là trẻ em gái, đi học đầy đủ, không tảo hôn.",
        "[[LB]]Phối hợp với các tổ chức quốc tế, tổ chức phi chính phủ đang hoạt động trên địa bàn (Plan International, World Vision...) triển khai các dự án hỗ trợ học sinh nữ vùng khó khăn, phù hợp với quy định của pháp luật.",
    ],
)
_splice(
    h_blocks,
    "**IV. KINH PHÍ**",
    [
        "**7. Phối hợp thực hiện**",
        "- Phối hợp với Sở Nội vụ, Sở Y tế, Công an tỉnh, Tòa án nhân dân tỉnh và các cơ quan liên quan trong triển khai các hoạt động hỗ trợ nạn nhân bạo lực gia đình, nạn nhân bị mua bán; tham gia các đoàn kiểm tra liên ngành về bình đẳng giới khi được mời.",
        '- Phối hợp với Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh trong tuyên truyền, vận động nam giới chia sẻ công việc gia đình, tham gia phòng, chống bạo lực gia đình; xây dựng mô hình "Nam giới tiên phong" tại cộng đồng.',
        "- Phối hợp với Ngân hàng Chính sách xã hội tỉnh, Ngân hàng Nông nghiệp và Phát triển nông thôn trong ủy thác cho vay, hỗ trợ phụ nữ tiếp cận nguồn vốn ưu đãi; phối hợp với Sở Công Thương, Sở Nông nghiệp và Môi trường hỗ trợ phụ nữ xây dựng thương hiệu, tham gia sàn thương mại điện tử, sản phẩm OCOP.",
        "**8. Lộ trình**",
        "- Năm 2026: quán triệt Kế hoạch; khảo sát số liệu đầu kỳ; cơ sở Hội xây dựng kế hoạch cụ thể.",
        "- Năm 2027 - 2028: tập trung thực hiện các chỉ tiêu; sơ kết giữa kỳ vào năm 2028, bổ sung giải pháp đối với chỉ tiêu chậm tiến độ.",
        "- Năm 2029 - 2030: nhân rộng mô hình hiệu quả; tổng kết, đánh giá toàn diện việc thực hiện Kế hoạch; đề xuất khen thưởng.",
    ],
)

_splice(
    m_blocks,
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    [
        "3. Yêu cầu đối với số liệu: Các chỉ tiêu tỷ lệ được tính trên cơ sở tử số và mẫu số do đơn vị báo cáo (không tính bình quân tỷ lệ giữa các đơn vị); số liệu về lao động nữ nông thôn sử dụng kết quả điều tra lao động - việc làm do cơ quan thống kê công bố và số liệu hành chính của hệ thống khuyến nông.",
    ],
)
_splice(
    h_blocks,
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    [
        "*Cách tính: chỉ tiêu 1.2 và 3.2 tính theo số cơ sở Hội (xã, phường, đặc khu) đạt yêu cầu trên tổng số cơ sở Hội; chỉ tiêu 3.1 tính trên tổng số vụ việc bạo lực gia đình được phát hiện trong năm; chỉ tiêu 4.2 tính theo kết quả khảo sát do Hội LHPN tỉnh tổ chức.*",
    ],
)
_splice(
    h_blocks,
    "**V. TỔ CHỨC THỰC HIỆN**",
    [
        "**Phụ lục: Một số hoạt động trọng tâm của Hội LHPN tỉnh**",
        "- Hằng năm tổ chức ít nhất 01 hội thi, diễn đàn cấp tỉnh về bình đẳng giới, phòng chống bạo lực gia đình dành cho hội viên, phụ nữ và nam giới; luân phiên tổ chức tại vùng cao nguyên và vùng ven biển.",
        "- Tổ chức tập huấn nâng cao năng lực cho đội ngũ tuyên truyền viên, báo cáo viên cấp tỉnh và cơ sở về kỹ năng truyền thông thay đổi hành vi, kỹ năng tư vấn, hòa giải mâu thuẫn gia đình, kỹ năng nhận diện và hỗ trợ nạn nhân bạo lực.",
        "- Khảo sát, đánh giá mức độ tiếp cận kiến thức về bình đẳng giới của hội viên, phụ nữ vào năm 2028 và năm 2030 để làm căn cứ báo cáo kết quả thực hiện chỉ tiêu; kết quả khảo sát được công bố tại hội nghị sơ kết, tổng kết.",
        '- Phối hợp xây dựng các chuyên mục "Phụ nữ Lâm Đồng" trên Báo và Phát thanh, Truyền hình Lâm Đồng; sản xuất các video ngắn bằng tiếng K\'Ho, tiếng Chăm về phòng, chống bạo lực gia đình, tảo hôn; phát hành tờ gấp, sổ tay hướng dẫn cho chi hội trưởng.',
        "- Hỗ trợ sinh kế cho phụ nữ là nạn nhân bạo lực gia đình, nạn nhân bị mua bán trở về thông qua vốn vay, con giống, cây giống, học nghề và giới thiệu việc làm; theo dõi, giúp đỡ sau hỗ trợ ít nhất 12 tháng.",
    ],
)


PLANS = [
    {
        "name": "r9c-bo-nong-nghiep-moi-truong-2027",
        "ext": "txt",
        "blocks": m_blocks,
        "expected": m_expected,
    },
    {
        "name": "r9c-so-gddt-quang-ngai-2026-2030",
        "ext": "docx",
        "blocks": g_blocks,
        "expected": g_expected,
        "word_lists": True,
    },
    {
        "name": "r9c-hoi-phu-nu-lam-dong-2026-2030",
        "ext": "pdf",
        "blocks": h_blocks,
        "expected": h_expected,
    },
]
