"""Blind test set (batch m): three sector / agency gender-equality plans.

Written from the format spec (shared/plan-format.md) and the three shared samples only,
modelled on the layout and wording of real ministry, department and corporation plans.
Each plan: name, ext, blocks (see ../blind3/render.py), expected (gem.plan/1).
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


def IND(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def OBJ(code, title, *indicators):
    return {"code": code, "title": title, "indicators": list(indicators)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# Plan 1: Bộ Nông nghiệp và Môi trường, 2026-2030, PDF (decision + attached plan)
# indicators numbered (1), (2), ... restarting under each "Mục tiêu N:"
# ---------------------------------------------------------------------------

P1_OBJ = {
    "1": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý tại các cơ quan, đơn vị thuộc Bộ",
    "2": "Nâng cao chất lượng nguồn nhân lực nữ của Bộ, ngành",
    "3": "Lồng ghép vấn đề bình đẳng giới trong xây dựng thể chế, chính sách của ngành",
    "4": "Hỗ trợ phụ nữ nông thôn tham gia phát triển kinh tế nông nghiệp, kinh tế hợp tác",
    "5": "Nâng cao nhận thức về bình đẳng giới trong cán bộ, công chức, viên chức và người lao động",
}

P1_IND = {
    "1.1": "Đến năm 2030 đạt 75% các vụ, cục, đơn vị sự nghiệp công lập thuộc Bộ có lãnh đạo chủ chốt là nữ; phấn đấu đến năm 2028 đạt ít nhất 65%.",
    "1.2": "Tỷ lệ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý cấp vụ, cục và tương đương đạt ít nhất 40%; cấp phòng và tương đương đạt 50% vào năm 2030.",
    "2.1": "Từ năm 2027 trở đi, hằng năm tỷ lệ nữ được cử đi đào tạo, bồi dưỡng lý luận chính trị, quản lý nhà nước, chuyên môn, nghiệp vụ đạt từ 45% trở lên trong tổng số công chức, viên chức được cử đi.",
    "2.2": "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ tại các viện nghiên cứu, trường đại học, cao đẳng thuộc Bộ đạt không dưới 45%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30% vào năm 2030.",
    "2.3": "Đến hết năm 2027, 100% công chức, viên chức làm công tác tổ chức cán bộ, pháp chế và xây dựng chính sách tại các vụ, cục được tập huấn kiến thức về giới và kỹ năng lồng ghép vấn đề bình đẳng giới.",
    "3.1": "100% dự án, dự thảo văn bản quy phạm pháp luật do Bộ chủ trì soạn thảo được xác định có nội dung liên quan đến bình đẳng giới hoặc có vấn đề bất bình đẳng giới, phân biệt đối xử về giới được lồng ghép vấn đề bình đẳng giới theo quy định.",
    "3.2": "Đến năm 2030, có ít nhất 80% chương trình, đề án, dự án về phát triển nông nghiệp, nông thôn, tài nguyên và môi trường do Bộ phê duyệt có nội dung phân tích giới và chỉ số theo dõi, đánh giá được tách biệt theo giới; năm 2028 đạt 60%.",
    "4.1": "Tỷ lệ nữ tham gia các lớp tập huấn khuyến nông, chuyển giao tiến bộ kỹ thuật do các đơn vị thuộc Bộ tổ chức đạt trên 40%.",
    "4.2": "Tỷ lệ nữ giám đốc hợp tác xã nông nghiệp đạt 25% vào năm 2028 và 30% vào năm 2030.",
    "5.1": "100% cơ quan, đơn vị thuộc Bộ được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
    "5.2": "Báo Nông nghiệp và Môi trường, Cổng Thông tin điện tử của Bộ mỗi quý có ít nhất 03 tin, bài về bình đẳng giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới trong ngành.",
    "5.3": "Phấn đấu đạt 90% cán bộ, công chức, viên chức, người lao động thuộc Bộ được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
}


def _p1_objectives_blocks():
    out = []
    for oc, title in P1_OBJ.items():
        out.append(f"**Mục tiêu {oc}: {title}**")
        for code, text in P1_IND.items():
            if code.split(".")[0] == oc:
                out.append(f"({code.split('.')[1]}) {text}")
    return out


PLAN1_BLOCKS = [
    (
        "header",
        ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------", "Số: 1187/QĐ-BNNMT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "Hà Nội, ngày 14 tháng 4 năm 2026",
        ],
    ),
    "**QUYẾT ĐỊNH**",
    "**Ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Bộ Nông nghiệp và Môi trường**",
    "**BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”;",
    "Căn cứ Công văn số 2855/BNV-CTTN&BDG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
    "**QUYẾT ĐỊNH:**",
    "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Bộ Nông nghiệp và Môi trường.",
    "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.",
    "**Điều 3.** Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các cơ quan, đơn vị thuộc Bộ và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Bộ trưởng (để b/c);",
            "- Các Thứ trưởng;",
            "- Bộ Nội vụ (để p/h);",
            "- Ban VSTBPN Bộ;",
            "- Công đoàn Bộ, Đoàn TN Bộ;",
            "- Lưu: VT, TCCB (3b).",
        ],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "(đã ký)", "", "Trần Thị Minh Nguyệt"],
    ),
    ("page",),
    (
        "header",
        ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "-------"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Bộ Nông nghiệp và Môi trường**",
    "*(Ban hành kèm theo Quyết định số 1187/QĐ-BNNMT ngày 14 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)*",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "a) Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với chức năng, nhiệm vụ của Bộ Nông nghiệp và Môi trường sau khi sắp xếp, tổ chức lại bộ máy; xác định rõ trách nhiệm của các cơ quan, đơn vị thuộc Bộ trong triển khai thực hiện giai đoạn 2026 - 2030.",
    "b) Nâng cao nhận thức, trách nhiệm của người đứng đầu, của cán bộ, công chức, viên chức và người lao động về bình đẳng giới; từng bước thu hẹp khoảng cách giới trong công tác cán bộ, đào tạo, bồi dưỡng và trong các chương trình, dự án phát triển nông nghiệp, nông thôn, tài nguyên và môi trường.",
    "c) Tạo điều kiện để phụ nữ nông thôn, phụ nữ dân tộc thiểu số tiếp cận bình đẳng các nguồn lực sản xuất, dịch vụ khuyến nông, tín dụng, thông tin thị trường; nâng cao năng lực thích ứng với biến đổi khí hậu, thiên tai và rủi ro môi trường.",
    "**2. Yêu cầu**",
    "a) Việc triển khai Kế hoạch phải gắn với thực hiện nhiệm vụ chính trị, chương trình công tác hằng năm của Bộ và của từng cơ quan, đơn vị; bảo đảm thiết thực, hiệu quả, tránh hình thức.",
    "b) Các cơ quan, đơn vị xác định cụ thể nhiệm vụ, lộ trình, sản phẩm đầu ra; bố trí nguồn lực thực hiện; thường xuyên theo dõi, đánh giá kết quả; số liệu báo cáo phải được tách biệt theo giới.",
    "c) Tăng cường phối hợp giữa các cơ quan, đơn vị thuộc Bộ với Công đoàn Bộ, Đoàn Thanh niên Bộ, Hội Liên hiệp Phụ nữ các cấp và các tổ chức quốc tế trong triển khai các hoạt động về bình đẳng giới, vì sự tiến bộ của phụ nữ.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới trong các cơ quan, đơn vị thuộc Bộ và trong lĩnh vực nông nghiệp, môi trường; tạo điều kiện, cơ hội để cán bộ, công chức, viên chức, người lao động nữ và nam tham gia, thụ hưởng bình đẳng trong công tác, học tập, đào tạo, bồi dưỡng, quy hoạch, bổ nhiệm; góp phần thực hiện thắng lợi nhiệm vụ chính trị của Bộ, ngành và sự phát triển bền vững của khu vực nông thôn.",
    "**2. Mục tiêu cụ thể và chỉ tiêu**",
    *_p1_objectives_blocks(),
    "**III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo và trách nhiệm của người đứng đầu**",
    "- Quán triệt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới và công tác phụ nữ đến toàn thể cán bộ, công chức, viên chức, người lao động; đưa nội dung bình đẳng giới vào chương trình công tác năm của Ban cán sự đảng, của lãnh đạo Bộ và của từng cơ quan, đơn vị.",
    "- Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Bộ trưởng về việc thực hiện các mục tiêu, chỉ tiêu bình đẳng giới thuộc phạm vi quản lý; kết quả thực hiện là một tiêu chí đánh giá, xếp loại tập thể và người đứng đầu hằng năm.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ và Ban Vì sự tiến bộ của phụ nữ tại các đơn vị sau sắp xếp; bố trí công chức, viên chức kiêm nhiệm làm công tác bình đẳng giới có đủ năng lực.",
    "**2. Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chiến lược, quy hoạch, chương trình**",
    "- Đơn vị chủ trì soạn thảo có trách nhiệm xác định vấn đề giới, đánh giá tác động về giới của chính sách ngay từ khâu lập đề nghị xây dựng văn bản; lấy ý kiến của Ban Vì sự tiến bộ của phụ nữ Bộ và Hội Liên hiệp Phụ nữ Việt Nam đối với dự thảo có nội dung liên quan.",
    "- Vụ Pháp chế kiểm tra việc lồng ghép vấn đề bình đẳng giới trong quá trình thẩm định, góp ý dự thảo văn bản quy phạm pháp luật; định kỳ rà soát các văn bản đang có hiệu lực để phát hiện quy định có nội dung phân biệt đối xử về giới, đề xuất sửa đổi, bổ sung.",
    "- Khi xây dựng chương trình, đề án, dự án phát triển nông nghiệp, nông thôn, tài nguyên và môi trường phải có nội dung phân tích giới, bộ chỉ số theo dõi tách biệt giới; ưu tiên các hoạt động hỗ trợ phụ nữ vùng đồng bào dân tộc thiểu số, vùng thường xuyên chịu ảnh hưởng của thiên tai.",
    "**3. Thực hiện công tác cán bộ bảo đảm bình đẳng giới**",
    "- Khi quy hoạch, bổ nhiệm, giới thiệu ứng cử phải bảo đảm tỷ lệ nữ theo quy định; trường hợp nam và nữ có đủ tiêu chuẩn, điều kiện như nhau thì ưu tiên lựa chọn nữ. Cơ quan, đơn vị có từ 30% công chức, viên chức là nữ trở lên cần có cán bộ lãnh đạo chủ chốt là nữ¹.",
    (
        "footnote",
        "¹ Lãnh đạo chủ chốt của cơ quan, đơn vị thuộc Bộ gồm người đứng đầu và cấp phó của người đứng đầu theo quy định về phân cấp quản lý cán bộ của Bộ.",
    ),
    "- Triển khai mô hình cố vấn (mentoring), “vườn ươm” lãnh đạo nữ trẻ trong các đơn vị sự nghiệp, viện nghiên cứu; tạo điều kiện để công chức, viên chức nữ được luân chuyển, rèn luyện thực tiễn tại cơ sở.",
    "- Rà soát, bảo đảm bình đẳng về độ tuổi trong quy hoạch, đào tạo, bổ nhiệm, nâng ngạch, thăng hạng giữa nam và nữ theo quy định của Bộ luật Lao động và pháp luật về cán bộ, công chức.",
    "**4. Đào tạo, bồi dưỡng, nâng cao năng lực**",
    "- Lồng ghép kiến thức về giới, bình đẳng giới vào chương trình bồi dưỡng ngạch, chức danh nghề nghiệp và bồi dưỡng lãnh đạo, quản lý do các cơ sở đào tạo thuộc Bộ tổ chức.",
    "- Tổ chức tập huấn kỹ năng lồng ghép giới trong xây dựng chính sách cho đội ngũ làm công tác pháp chế, tổ chức cán bộ, kế hoạch; biên soạn tài liệu hướng dẫn lồng ghép giới đặc thù của ngành.",
    "- Có chính sách hỗ trợ nữ viên chức nghiên cứu khoa học có con nhỏ dưới 36 tháng tuổi khi tham gia các khóa đào tạo dài hạn, đào tạo ở nước ngoài.",
    "**5. Hỗ trợ phụ nữ nông thôn phát triển sản xuất, kinh doanh**",
    "- Thiết kế nội dung, thời gian, địa điểm các lớp tập huấn khuyến nông phù hợp với điều kiện của phụ nữ; ưu tiên phụ nữ làm chủ hộ, phụ nữ dân tộc thiểu số tham gia các mô hình trình diễn.",
    "- Hỗ trợ thành lập, củng cố hợp tác xã, tổ hợp tác do phụ nữ làm chủ; bồi dưỡng kiến thức quản trị, chuyển đổi số, thương mại điện tử cho nữ giám đốc, nữ thành viên hội đồng quản trị hợp tác xã.",
    "- Lồng ghép nội dung hỗ trợ phụ nữ trong các chương trình mục tiêu quốc gia về xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi do Bộ được giao quản lý.",
    "**6. Thông tin, truyền thông nâng cao nhận thức**",
    "- Đa dạng hóa hình thức truyền thông trên Báo Nông nghiệp và Môi trường, Cổng Thông tin điện tử của Bộ, các tạp chí chuyên ngành và mạng xã hội; giới thiệu gương điển hình nữ nhà khoa học, nữ nông dân sản xuất giỏi, nữ cán bộ quản lý.",
    "- Hằng năm tổ chức các hoạt động nhân ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12).",
    "- Phối hợp với Hội Liên hiệp Phụ nữ Việt Nam, Hội Nông dân Việt Nam truyền thông thay đổi định kiến giới về phân công lao động trong hộ gia đình nông thôn.",
    "**7. Thống kê, cơ sở dữ liệu và kiểm tra, giám sát**",
    "- Xây dựng, cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của Bộ có thông tin tách biệt theo giới; bổ sung chỉ tiêu tách biệt giới trong hệ thống chỉ tiêu thống kê ngành nông nghiệp và môi trường phù hợp với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "- Lồng ghép nội dung kiểm tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch thanh tra, kiểm tra hằng năm của Bộ; biểu dương, khen thưởng kịp thời tập thể, cá nhân có thành tích xuất sắc.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị theo phân cấp quản lý ngân sách hiện hành; lồng ghép trong kinh phí thực hiện các chương trình mục tiêu quốc gia, chương trình, dự án do Bộ quản lý.",
    "2. Huy động nguồn tài trợ, viện trợ của các tổ chức quốc tế, doanh nghiệp và các nguồn hợp pháp khác theo quy định của pháp luật.",
    "3. Hằng năm, cùng thời điểm xây dựng dự toán ngân sách, các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ bình đẳng giới gửi Vụ Kế hoạch - Tài chính tổng hợp, trình Bộ trưởng xem xét, quyết định.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Ban Vì sự tiến bộ của phụ nữ Bộ**",
    "Chỉ đạo, đôn đốc, kiểm tra các cơ quan, đơn vị triển khai Kế hoạch; định kỳ họp đánh giá tình hình thực hiện các mục tiêu, chỉ tiêu; kiến nghị Bộ trưởng các giải pháp tháo gỡ khó khăn, vướng mắc.",
    "**2. Vụ Tổ chức cán bộ**",
    "- Là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ Bộ, chủ trì tham mưu Bộ trưởng tổ chức triển khai Kế hoạch; hướng dẫn các cơ quan, đơn vị xây dựng kế hoạch và báo cáo kết quả thực hiện.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu (1), (2) của Mục tiêu 1; chỉ tiêu (1), chỉ tiêu (3) của Mục tiêu 2 và chỉ tiêu (2) của Mục tiêu 2 đối với số liệu của các trường đại học, cao đẳng thuộc Bộ.",
    "- Phối hợp với Vụ Pháp chế thực hiện chỉ tiêu (1) của Mục tiêu 3.",
    "- Tham mưu tổ chức sơ kết giữa kỳ, tổng kết thực hiện Kế hoạch; tổng hợp báo cáo định kỳ, đột xuất theo quy định.",
    "**3. Vụ Pháp chế**",
    "- Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật thuộc phạm vi quản lý của Bộ; chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện chỉ tiêu (1) của Mục tiêu 3.",
    "- Phối hợp với Vụ Tổ chức cán bộ tổ chức tập huấn kỹ năng lồng ghép giới để thực hiện chỉ tiêu (3) của Mục tiêu 2.",
    "**4. Vụ Kế hoạch - Tài chính**",
    "- Tổng hợp, trình Bộ trưởng bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị; hướng dẫn lồng ghép chỉ tiêu bình đẳng giới trong kế hoạch phát triển ngành.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu (2) của Mục tiêu 3.",
    "**5. Vụ Khoa học và Công nghệ**",
    "Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu (2) của Mục tiêu 2 đối với số liệu của các viện nghiên cứu thuộc Bộ; ưu tiên giao nhiệm vụ khoa học và công nghệ cho nữ chủ nhiệm đề tài có đủ năng lực.",
    "**6. Cục Kinh tế hợp tác và Phát triển nông thôn**",
    "Hướng dẫn các địa phương hỗ trợ phát triển hợp tác xã do phụ nữ làm chủ; chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu (2) của Mục tiêu 4.",
    "**6. Trung tâm Khuyến nông quốc gia**",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu (1) của Mục tiêu 4; thống kê số lượt học viên tham gia tập huấn khuyến nông tách biệt theo giới.",
    "- Phối hợp với Cục Kinh tế hợp tác và Phát triển nông thôn thực hiện chỉ tiêu (2) của Mục tiêu 4.",
    "**7. Văn phòng Bộ**",
    "- Chủ trì theo dõi, báo cáo các chỉ tiêu (1), (3) của Mục tiêu 5; bảo đảm điều kiện làm việc, cơ sở vật chất cho các hoạt động bình đẳng giới của Bộ.",
    "- Phối hợp với Báo Nông nghiệp và Môi trường thực hiện chỉ tiêu (2) của Mục tiêu 5 trên Cổng Thông tin điện tử của Bộ.",
    "**8. Báo Nông nghiệp và Môi trường**",
    "Chủ trì thực hiện và báo cáo chỉ tiêu (2) của Mục tiêu 5; mở chuyên mục về bình đẳng giới, phụ nữ nông thôn trên báo in và báo điện tử.",
    "**9. Công đoàn Bộ, Đoàn Thanh niên Bộ**",
    "Phối hợp với Văn phòng Bộ và các đơn vị tổ chức các hoạt động truyền thông, thi đua; vận động đoàn viên, công chức, viên chức, người lao động thực hiện tốt chính sách, pháp luật về bình đẳng giới; giám sát việc thực hiện chế độ, chính sách đối với lao động nữ.",
    "**10. Thủ trưởng các cơ quan, đơn vị thuộc Bộ**",
    "Căn cứ Kế hoạch này, các cơ quan, đơn vị thuộc Bộ xây dựng kế hoạch thực hiện giai đoạn 2026 - 2030 của đơn vị, gửi về Vụ Tổ chức cán bộ trước ngày 30/6/2026; bố trí nguồn lực, tổ chức thực hiện và chịu trách nhiệm trước Bộ trưởng về kết quả thực hiện Kế hoạch tại cơ quan, đơn vị mình.",
    "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "1. Báo cáo định kỳ: Các cơ quan, đơn vị thuộc Bộ gửi báo cáo 6 tháng và báo cáo năm về kết quả thực hiện Kế hoạch (có số liệu tách biệt theo giới) về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 15/6 và 15/12 hằng năm để tổng hợp, báo cáo Bộ trưởng.",
    "Vụ Tổ chức cán bộ tổng hợp, báo cáo Bộ Nội vụ trước ngày 25/6 đối với báo cáo 6 tháng và trước ngày 25/12 đối với báo cáo năm.",
    "2. Báo cáo sơ kết, tổng kết: Năm 2028, các cơ quan, đơn vị gửi báo cáo sơ kết giữa kỳ thực hiện Kế hoạch về Vụ Tổ chức cán bộ trước ngày 30/9/2028. Báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030 gửi trước ngày 15/9/2030; Vụ Tổ chức cán bộ tổng hợp, tham mưu Bộ trưởng báo cáo Bộ Nội vụ trước ngày 05/10/2030.",
    "3. Báo cáo đột xuất: thực hiện theo yêu cầu của Bộ trưởng hoặc của cơ quan có thẩm quyền.",
    "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Bộ (qua Vụ Tổ chức cán bộ) để tổng hợp, báo cáo Bộ trưởng xem xét, điều chỉnh cho phù hợp./.",
]

PLAN1_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của Bộ Nông nghiệp và Môi trường",
    "issuer": "Bộ Nông nghiệp và Môi trường",
    "level": "agency",
    "area": "Bộ Nông nghiệp và Môi trường",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030”",
        "Công văn số 2855/BNV-CTTN&BDG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
    ],
    "parent": None,
    "objectives": [
        OBJ(
            "1",
            P1_OBJ["1"],
            IND("1.1", P1_IND["1.1"], T(75, year=2030), T(65, year=2028)),
            IND(
                "1.2",
                P1_IND["1.2"],
                T(40, label="cấp vụ, cục và tương đương"),
                T(50, label="cấp phòng và tương đương"),
            ),
        ),
        OBJ(
            "2",
            P1_OBJ["2"],
            IND("2.1", P1_IND["2.1"], T(45, year=2027)),
            IND("2.2", P1_IND["2.2"], T(45, label="thạc sĩ"), T(30, label="tiến sĩ")),
            IND("2.3", P1_IND["2.3"], T(100, year=2027)),
        ),
        OBJ(
            "3",
            P1_OBJ["3"],
            IND("3.1", P1_IND["3.1"], T(100)),
            IND("3.2", P1_IND["3.2"], T(80, year=2030), T(60, year=2028)),
        ),
        OBJ(
            "4",
            P1_OBJ["4"],
            IND("4.1", P1_IND["4.1"], T(40, comparator=">")),
            IND("4.2", P1_IND["4.2"], T(25, year=2028), T(30, year=2030)),
        ),
        OBJ(
            "5",
            P1_OBJ["5"],
            IND("5.1", P1_IND["5.1"], T(100)),
            IND("5.2", P1_IND["5.2"], T(3, unit="items_per_quarter")),
            IND("5.3", P1_IND["5.3"], T(90)),
        ),
    ],
    "assignments": [
        A("Vụ Tổ chức cán bộ", "lead", "1.1", "1.2", "2.1", "2.2", "2.3"),
        A("Vụ Tổ chức cán bộ", "support", "3.1"),
        A("Vụ Pháp chế", "lead", "3.1"),
        A("Vụ Pháp chế", "support", "2.3"),
        A("Vụ Kế hoạch - Tài chính", "lead", "3.2"),
        A("Vụ Khoa học và Công nghệ", "lead", "2.2"),
        A("Cục Kinh tế hợp tác và Phát triển nông thôn", "lead", "4.2"),
        A("Trung tâm Khuyến nông quốc gia", "lead", "4.1"),
        A("Trung tâm Khuyến nông quốc gia", "support", "4.2"),
        A("Văn phòng Bộ", "lead", "5.1", "5.3"),
        A("Văn phòng Bộ", "support", "5.2"),
        A("Báo Nông nghiệp và Môi trường", "lead", "5.2"),
    ],
    "reporting": [
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-15"),
        R("annual", "units", "12-15"),
        R("semiannual", "consolidator", "06-25"),
        R("annual", "consolidator", "12-25"),
        R("midterm", "units", "2028-09-30"),
        R("final", "units", "2030-09-15"),
        R("final", "consolidator", "2030-10-05"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 2: Sở Y tế tỉnh Nghệ An, 2026-2030, DOCX; indicators only in a Word table
# with year columns (2028, 2030), a baseline column and chủ trì / phối hợp columns.
# ---------------------------------------------------------------------------

P2_OBJ = {
    "1": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành Y tế",
    "2": "Chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh",
    "3": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong lĩnh vực y tế",
    "4": "Nâng cao chất lượng nguồn nhân lực nữ ngành Y tế",
    "5": "Thông tin, truyền thông về bình đẳng giới",
}

# code: (text, baseline cell, 2028 cell, 2030 cell, chủ trì, phối hợp)
P2_ROWS = [
    (
        "1.1",
        "Tỷ lệ cơ quan, đơn vị trực thuộc Sở Y tế có lãnh đạo chủ chốt là nữ",
        "54%",
        "65%",
        "75%",
        "Phòng Tổ chức cán bộ",
        "",
    ),
    (
        "1.2",
        "Tỷ lệ nữ trong quy hoạch chức danh lãnh đạo, quản lý cấp phòng, khoa và tương đương trở lên",
        "38%",
        "Ít nhất 45%",
        "50%",
        "Phòng Tổ chức cán bộ",
        "",
    ),
    (
        "2.1",
        "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)",
        "113,2",
        "Dưới 111",
        "Ở mức 109",
        "Chi cục Dân số",
        "Trung tâm Kiểm soát bệnh tật tỉnh, Thanh tra Sở",
    ),
    (
        "2.2",
        "Tỷ số tử vong mẹ (số ca tử vong/100.000 trẻ đẻ sống)",
        "41",
        "Dưới 38",
        "Không quá 35",
        "Phòng Nghiệp vụ Y",
        "Bệnh viện Sản Nhi Nghệ An, Trung tâm Kiểm soát bệnh tật tỉnh",
    ),
    (
        "2.3",
        "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 - 19 tuổi)",
        "21",
        "Dưới 19",
        "Giảm còn 16",
        "Chi cục Dân số",
        "Bệnh viện Sản Nhi Nghệ An",
    ),
    (
        "2.4",
        "Tỷ lệ phụ nữ mang thai được tầm soát (sàng lọc) trước sinh",
        "62%",
        "70%",
        "Trên 80%",
        "Chi cục Dân số",
        "Trung tâm Kiểm soát bệnh tật tỉnh",
    ),
    (
        "3.1",
        "Tỷ lệ bệnh viện tuyến tỉnh, bệnh viện đa khoa khu vực có điểm tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới",
        "40%",
        "80%",
        "100%",
        "Phòng Nghiệp vụ Y",
        "Bệnh viện Hữu nghị Đa khoa Nghệ An",
    ),
    (
        "3.2",
        "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện đến cơ sở y tế được khám, điều trị và tư vấn",
        "-",
        "-",
        "90%",
        "Phòng Nghiệp vụ Y",
        "",
    ),
    (
        "4.1",
        "Tỷ lệ nữ trong tổng số người được cử đi đào tạo sau đại học (chuyên khoa I, chuyên khoa II, thạc sĩ, tiến sĩ)",
        "41%",
        "45%",
        "50%",
        "Phòng Tổ chức cán bộ",
        "",
    ),
    (
        "4.2",
        "Tỷ lệ viên chức làm công tác tổ chức, pháp chế, truyền thông tại các đơn vị được tập huấn về giới, lồng ghép giới",
        "35%",
        "80%",
        "100%",
        "Phòng Tổ chức cán bộ",
        "Văn phòng Sở",
    ),
    (
        "5.1",
        "Số tin, bài về bình đẳng giới trong lĩnh vực y tế đăng trên Trang thông tin điện tử Sở Y tế (tin, bài/quý)",
        "01",
        "Ít nhất 02",
        "Ít nhất 03",
        "Văn phòng Sở",
        "Trung tâm Kiểm soát bệnh tật tỉnh",
    ),
    (
        "5.2",
        "Tỷ lệ đơn vị trực thuộc tổ chức hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "85%",
        "100%",
        "100%",
        "Văn phòng Sở",
        "Công đoàn ngành Y tế",
    ),
]


def _p2_table():
    rows = [
        [
            "TT",
            "Mục tiêu, chỉ tiêu",
            "Ước thực hiện năm 2025",
            "Chỉ tiêu năm 2028",
            "Chỉ tiêu năm 2030",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
        ]
    ]
    merges = []
    for oc, title in P2_OBJ.items():
        merges.append((len(rows), 1, len(rows), 6))
        rows.append([oc, f"Mục tiêu {oc}: {title}", "", "", "", "", ""])
        for code, text, base, y28, y30, lead, sup in P2_ROWS:
            if code.split(".")[0] == oc:
                rows.append([code, text, base, y28, y30, lead, sup])
    return ("table", rows, merges)


PLAN2_BLOCKS = [
    (
        "header",
        ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "--------", "Số: 1452/KH-SYT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "----------------",
            "Nghệ An, ngày 09 tháng 6 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới ngành Y tế tỉnh Nghệ An giai đoạn 2026 - 2030**",
    "Căn cứ Luật Bình đẳng giới ngày 29/11/2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Kế hoạch số 215/KH-UBND ngày 18/5/2026 của UBND tỉnh Nghệ An về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh;",
    "Căn cứ chức năng, nhiệm vụ được giao, Sở Y tế xây dựng Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới ngành Y tế tỉnh Nghệ An giai đoạn 2026 - 2030 như sau:",
    "**KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025**",
    "Giai đoạn 2021 - 2025, ngành Y tế Nghệ An đã triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong điều kiện vừa phòng, chống dịch COVID-19, vừa sắp xếp lại tổ chức bộ máy. Toàn ngành hiện có 72 đơn vị trực thuộc với 11.820 viên chức, người lao động, trong đó nữ chiếm 67,4%. Đến cuối năm 2025, ước có 54% cơ quan, đơn vị trực thuộc có lãnh đạo chủ chốt là nữ; tỷ lệ nữ trong quy hoạch lãnh đạo cấp phòng, khoa trở lên đạt 38%; 41% người được cử đi đào tạo sau đại học là nữ.",
    "Công tác chăm sóc sức khỏe sinh sản có nhiều chuyển biến: tỷ số tử vong mẹ giảm từ 48/100.000 trẻ đẻ sống (năm 2020) xuống khoảng 41/100.000; tỷ suất sinh ở vị thành niên giảm còn 21 ca sinh/1.000 phụ nữ từ 15 - 19 tuổi; tỷ lệ phụ nữ mang thai được tầm soát trước sinh đạt 62%. Tuy nhiên, tỷ số giới tính khi sinh vẫn ở mức cao (113,2 bé trai/100 bé gái), nhất là tại các phường đô thị và vùng đồng bằng ven biển; đến nay mới có 40% bệnh viện tuyến tỉnh, bệnh viện đa khoa khu vực thiết lập điểm tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới.",
    "Hạn chế chủ yếu là: số liệu thống kê tách biệt giới chưa đầy đủ, chưa thống nhất giữa các đơn vị; việc lồng ghép giới trong kế hoạch chuyên môn còn hình thức; viên chức nữ ở tuyến xã, vùng miền núi ít có cơ hội đào tạo nâng cao; kinh phí dành cho hoạt động bình đẳng giới còn hạn chế, chủ yếu lồng ghép trong các chương trình dân số, chăm sóc sức khỏe bà mẹ, trẻ em.",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Triển khai có hiệu quả các mục tiêu, chỉ tiêu của Kế hoạch số 215/KH-UBND ngày 18/5/2026 của UBND tỉnh thuộc lĩnh vực y tế; nâng cao nhận thức, trách nhiệm của lãnh đạo, viên chức, người lao động toàn ngành về bình đẳng giới và vì sự tiến bộ của phụ nữ.",
    "- Bảo đảm phụ nữ và nam giới, trẻ em gái và trẻ em trai được tiếp cận và thụ hưởng bình đẳng các dịch vụ chăm sóc sức khỏe; từng bước đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên; giảm tử vong mẹ, giảm sinh ở tuổi vị thành niên, nhất là tại các xã miền núi, vùng đồng bào dân tộc thiểu số.",
    "- Tạo điều kiện để viên chức nữ ngành Y tế được học tập, nâng cao trình độ chuyên môn, được quy hoạch, bổ nhiệm vào các vị trí lãnh đạo, quản lý tương xứng với tỷ lệ nữ trong toàn ngành.",
    "**2. Yêu cầu**",
    "- Các phòng chức năng thuộc Sở, các đơn vị trực thuộc căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch, lồng ghép các mục tiêu, chỉ tiêu bình đẳng giới vào kế hoạch chuyên môn hằng năm của đơn vị.",
    "- Số liệu theo dõi, báo cáo phải đầy đủ, kịp thời, có sự tách biệt giới; bảo đảm thống nhất với số liệu thống kê chuyên ngành y tế và cơ sở dữ liệu thống kê về giới của tỉnh.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Bảo đảm bình đẳng giới thực chất trong tiếp cận, sử dụng dịch vụ y tế và trong công tác tổ chức cán bộ của ngành; góp phần nâng cao chất lượng dân số, sức khỏe bà mẹ, trẻ em và thực hiện thắng lợi các mục tiêu bình đẳng giới của tỉnh Nghệ An đến năm 2030.",
    "**2. Mục tiêu cụ thể, chỉ tiêu và phân công thực hiện**",
    "Kế hoạch gồm 05 mục tiêu, 12 chỉ tiêu; chỉ tiêu từng giai đoạn và đơn vị chủ trì, đơn vị phối hợp theo dõi, tổng hợp, báo cáo được quy định tại bảng dưới đây:",
    _p2_table(),
    "*Ghi chú: Cột “Ước thực hiện năm 2025” là số liệu ước đạt đến ngày 31/12/2025 theo báo cáo thống kê chuyên ngành, dùng làm căn cứ so sánh; dấu “-” là chưa có số liệu hoặc không đặt chỉ tiêu cho giai đoạn đó.*",
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Tăng cường công tác lãnh đạo, chỉ đạo**",
    "- Đưa nội dung bình đẳng giới vào chương trình công tác năm của Sở và của từng đơn vị; người đứng đầu đơn vị chịu trách nhiệm về kết quả thực hiện các chỉ tiêu được giao.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ ngành Y tế sau khi sắp xếp tổ chức bộ máy; phân công viên chức kiêm nhiệm theo dõi công tác bình đẳng giới tại các đơn vị trực thuộc.",
    "**2. Thực hiện công tác cán bộ bảo đảm bình đẳng giới**",
    "- Thực hiện quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ theo quy định; trong trường hợp nam và nữ có đủ tiêu chuẩn, điều kiện như nhau thì ưu tiên lựa chọn nữ.",
    "- Tạo điều kiện để viên chức nữ, nhất là viên chức nữ công tác tại các trạm y tế xã miền núi, được tham gia đào tạo chuyên khoa, đào tạo sau đại học; hỗ trợ viên chức nữ có con nhỏ khi tham gia các khóa học dài hạn.",
    "**3. Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản**",
    "- Mở rộng mạng lưới tầm soát, chẩn đoán, điều trị sớm bệnh, tật trước sinh và sơ sinh; củng cố hệ thống cấp cứu sản khoa, chăm sóc sơ sinh tại các bệnh viện đa khoa khu vực và trung tâm y tế.",
    "- Tăng cường thanh tra, kiểm tra việc chấp hành quy định cấm lựa chọn giới tính thai nhi tại các cơ sở y tế công lập và ngoài công lập; xử lý nghiêm các hành vi vi phạm.",
    "- Cung cấp dịch vụ tư vấn sức khỏe sinh sản thân thiện với vị thành niên, thanh niên tại trường học và cộng đồng; chú trọng các xã vùng cao, vùng đồng bào dân tộc thiểu số.",
    "- Triển khai mô hình tư vấn và chăm sóc sức khỏe tiền hôn nhân tại các trạm y tế xã, phường; phối hợp với ngành Giáo dục đưa nội dung giáo dục giới tính, sức khỏe sinh sản vào hoạt động ngoại khóa tại các trường trung học cơ sở, trung học phổ thông.",
    "- Tăng cường truyền thông, vận động thay đổi hành vi về lựa chọn giới tính khi sinh, chú trọng đối tượng nam giới, người có uy tín trong dòng họ, cộng đồng; lồng ghép nội dung kiểm soát mất cân bằng giới tính khi sinh trong hương ước, quy ước của thôn, xóm, khối.",
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Hướng dẫn các bệnh viện thiết lập điểm tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới; thực hiện quy trình khám, điều trị, tư vấn, giữ bí mật thông tin và chuyển tuyến, chuyển gửi đến các cơ sở hỗ trợ khác.",
    "- Tập huấn cho nhân viên y tế kỹ năng phát hiện, sàng lọc, ghi chép và báo cáo các trường hợp bị bạo lực gia đình, bạo lực trên cơ sở giới; phòng, chống quấy rối tình dục tại nơi làm việc.",
    "- Xây dựng cơ chế phối hợp giữa cơ sở y tế với Công an, Hội Liên hiệp Phụ nữ, Phòng Văn hóa - Xã hội các xã, phường trong tiếp nhận, chuyển gửi và hỗ trợ người bị bạo lực; bảo đảm người bị bạo lực được tiếp cận dịch vụ y tế kịp thời, an toàn.",
    "**5. Thông tin, truyền thông**",
    "- Xây dựng chuyên mục bình đẳng giới trên Trang thông tin điện tử Sở Y tế; lồng ghép nội dung bình đẳng giới trong các chiến dịch truyền thông dân số, chăm sóc sức khỏe bà mẹ, trẻ em.",
    "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12 hằng năm.",
    "**6. Thống kê, kiểm tra, giám sát**",
    "- Cập nhật số liệu tách biệt giới trong hệ thống báo cáo thống kê y tế; cung cấp số liệu cho cơ sở dữ liệu thống kê về giới của tỉnh theo đề nghị của Sở Nội vụ.",
    "- Lồng ghép nội dung bình đẳng giới trong các đợt kiểm tra, đánh giá chất lượng bệnh viện hằng năm.",
    "**7. Thi đua, khen thưởng**",
    "- Đưa kết quả thực hiện các chỉ tiêu bình đẳng giới vào tiêu chí bình xét thi đua hằng năm của các đơn vị; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế.",
    "- Nhân rộng các mô hình hiệu quả như “Bệnh viện thân thiện với phụ nữ và trẻ em”, “Câu lạc bộ nam giới chia sẻ việc nhà”, “Điểm tư vấn sức khỏe sinh sản vị thành niên tại trường học” đã được triển khai thí điểm trong giai đoạn 2021 - 2025.",
    "- Ứng dụng công nghệ thông tin trong quản lý hồ sơ sức khỏe điện tử, bảo đảm các trường ngày sinh, giới tính, dân tộc được nhập đầy đủ để phục vụ việc tổng hợp số liệu tách biệt giới; định kỳ đối chiếu số liệu sinh theo giới tính giữa cơ sở y tế, Chi cục Dân số và cơ quan đăng ký hộ tịch.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "- Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của Sở Y tế và các đơn vị trực thuộc theo phân cấp ngân sách hiện hành; lồng ghép trong kinh phí các chương trình mục tiêu, đề án về dân số, chăm sóc sức khỏe sinh sản.",
    "- Các đơn vị sự nghiệp chủ động sử dụng nguồn thu hợp pháp, nguồn tài trợ của các tổ chức, cá nhân trong và ngoài nước để thực hiện các hoạt động về bình đẳng giới theo quy định.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Phòng Tổ chức cán bộ**",
    "- Là đơn vị đầu mối, tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các đơn vị trực thuộc xây dựng, thực hiện kế hoạch về bình đẳng giới của đơn vị.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu 1.1, 1.2, 4.1 và 4.2 tại bảng chỉ tiêu ở Mục II.",
    "- Tổng hợp báo cáo định kỳ, đột xuất; tham mưu tổ chức sơ kết, tổng kết thực hiện Kế hoạch.",
    "**2. Chi cục Dân số**",
    "- Chủ trì theo dõi, tổng hợp và báo cáo các chỉ tiêu 2.1, 2.3 và 2.4; tham mưu triển khai các đề án kiểm soát mất cân bằng giới tính khi sinh, tầm soát trước sinh và sơ sinh trên địa bàn tỉnh.",
    "- Phối hợp với Thanh tra Sở kiểm tra việc thực hiện quy định cấm lựa chọn giới tính thai nhi.",
    "**3. Phòng Nghiệp vụ Y**",
    "- Chủ trì theo dõi, tổng hợp và báo cáo các chỉ tiêu 2.2, 3.1 và 3.2; chỉ đạo các bệnh viện, trung tâm y tế thực hiện quy trình chuyên môn về chăm sóc sức khỏe sinh sản và hỗ trợ người bị bạo lực trên cơ sở giới.",
    "**4. Văn phòng Sở**",
    "- Chủ trì thực hiện, theo dõi và báo cáo các chỉ tiêu 5.1, 5.2; quản lý chuyên mục bình đẳng giới trên Trang thông tin điện tử Sở Y tế.",
    "- Phối hợp với Phòng Tổ chức cán bộ tổ chức tập huấn về giới, lồng ghép giới (chỉ tiêu 4.2).",
    "**5. Phòng Kế hoạch - Tài chính**",
    "Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định.",
    "**6. Thanh tra Sở**",
    "Phối hợp với Chi cục Dân số thực hiện chỉ tiêu 2.1; đưa nội dung kiểm tra việc thực hiện pháp luật về bình đẳng giới vào kế hoạch thanh tra, kiểm tra hằng năm của Sở.",
    "**7. Trung tâm Kiểm soát bệnh tật tỉnh**",
    "Phối hợp thực hiện các chỉ tiêu 2.1, 2.2, 2.4 và 5.1; cung cấp số liệu chuyên môn, tài liệu truyền thông về sức khỏe sinh sản, dân số có lồng ghép giới.",
    "**8. Các bệnh viện tuyến tỉnh, bệnh viện đa khoa khu vực, trung tâm y tế**",
    "- Thiết lập điểm tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới; thống kê, báo cáo số người được khám, điều trị, tư vấn có tách biệt giới, độ tuổi.",
    "- Bệnh viện Sản Nhi Nghệ An phối hợp thực hiện các chỉ tiêu 2.2 và 2.3; Bệnh viện Hữu nghị Đa khoa Nghệ An phối hợp thực hiện chỉ tiêu 3.1 và hỗ trợ chuyên môn cho các bệnh viện đa khoa khu vực.",
    "**9. Công đoàn ngành Y tế**",
    "Phối hợp với Văn phòng Sở thực hiện chỉ tiêu 5.2; vận động đoàn viên thực hiện tốt chính sách, pháp luật về bình đẳng giới; giám sát việc thực hiện chế độ, chính sách đối với lao động nữ.",
    "**10. Các đơn vị trực thuộc Sở Y tế**",
    "Từ năm 2027, các đơn vị trực thuộc xây dựng kế hoạch thực hiện công tác bình đẳng giới hằng năm của đơn vị, gửi về Sở Y tế (qua Phòng Tổ chức cán bộ) trước ngày 31/01 hằng năm; riêng kế hoạch năm 2026 gửi trước ngày 30/6/2026.",
    "**VI. CHẾ ĐỘ BÁO CÁO**",
    "1. Các đơn vị trực thuộc, các phòng chức năng được giao chủ trì chỉ tiêu gửi báo cáo kết quả thực hiện Kế hoạch về Sở Y tế (qua Phòng Tổ chức cán bộ) theo định kỳ: báo cáo 6 tháng trước ngày 05/6, báo cáo năm trước ngày 05/12 hằng năm.",
    "2. Phòng Tổ chức cán bộ tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) và Bộ Y tế: báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 10/12 hằng năm.",
    "3. Năm 2028, các đơn vị báo cáo sơ kết giữa kỳ thực hiện Kế hoạch gửi về Sở Y tế trước ngày 15/9/2028; báo cáo tổng kết giai đoạn 2026 - 2030 gửi trước ngày 15/9/2030.",
    "4. Báo cáo đột xuất thực hiện theo yêu cầu của Sở Y tế, UBND tỉnh và Bộ Y tế.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới ngành Y tế tỉnh Nghệ An giai đoạn 2026 - 2030. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Y tế (qua Phòng Tổ chức cán bộ) để tổng hợp, trình Giám đốc Sở xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- Sở Nội vụ (p/h);",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng chức năng, đơn vị trực thuộc;",
            "- Công đoàn ngành Y tế;",
            "- Lưu: VT, TCCB.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Thị Hoài Thu"],
    ),
]


# hand-checked reading of each table cell: code -> list of targets in column order
P2_TARGETS = {
    "1.1": [T(65, year=2028, baseline=54), T(75, year=2030, baseline=54)],
    "1.2": [T(45, year=2028, baseline=38), T(50, year=2030, baseline=38)],
    "2.1": [
        T(111, "boys_per_100_girls", "<", 2028, 113.2),
        T(109, "boys_per_100_girls", "=", 2030, 113.2),
    ],
    "2.2": [
        T(38, "per_100000_live_births", "<", 2028, 41),
        T(35, "per_100000_live_births", "<=", 2030, 41),
    ],
    "2.3": [T(19, "per_1000_women", "<", 2028, 21), T(16, "per_1000_women", "<=", 2030, 21)],
    "2.4": [T(70, year=2028, baseline=62), T(80, comparator=">", year=2030, baseline=62)],
    "3.1": [T(80, year=2028, baseline=40), T(100, year=2030, baseline=40)],
    "3.2": [T(90, year=2030)],
    "4.1": [T(45, year=2028, baseline=41), T(50, year=2030, baseline=41)],
    "4.2": [T(80, year=2028, baseline=35), T(100, year=2030, baseline=35)],
    "5.1": [T(2, "items_per_quarter", ">=", 2028, 1), T(3, "items_per_quarter", ">=", 2030, 1)],
    "5.2": [T(100, year=2028, baseline=85), T(100, year=2030, baseline=85)],
}

PLAN2_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới ngành Y tế tỉnh Nghệ An giai đoạn 2026 - 2030",
    "issuer": "Sở Y tế tỉnh Nghệ An",
    "level": "agency",
    "area": "Nghệ An",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29/11/2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 215/KH-UBND ngày 18/5/2026 của UBND tỉnh Nghệ An về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
    ],
    "parent": "Kế hoạch số 215/KH-UBND ngày 18/5/2026 của UBND tỉnh Nghệ An",
    "objectives": [
        OBJ(
            oc,
            title,
            *[
                IND(code, text, *P2_TARGETS[code])
                for code, text, *_ in P2_ROWS
                if code.split(".")[0] == oc
            ],
        )
        for oc, title in P2_OBJ.items()
    ],
    "assignments": [
        A("Phòng Tổ chức cán bộ", "lead", "1.1", "1.2", "4.1", "4.2"),
        A("Chi cục Dân số", "lead", "2.1", "2.3", "2.4"),
        A("Trung tâm Kiểm soát bệnh tật tỉnh", "support", "2.1", "2.2", "2.4", "5.1"),
        A("Thanh tra Sở", "support", "2.1"),
        A("Phòng Nghiệp vụ Y", "lead", "2.2", "3.1", "3.2"),
        A("Bệnh viện Sản Nhi Nghệ An", "support", "2.2", "2.3"),
        A("Bệnh viện Hữu nghị Đa khoa Nghệ An", "support", "3.1"),
        A("Văn phòng Sở", "support", "4.2"),
        A("Văn phòng Sở", "lead", "5.1", "5.2"),
        A("Công đoàn ngành Y tế", "support", "5.2"),
    ],
    "reporting": [
        R("plan", "units", "01-31"),
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "consolidator", "12-10"),
        R("midterm", "units", "2028-09-15"),
        R("final", "units", "2030-09-15"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 3: Tập đoàn Công nghiệp Cao su Việt Nam, annual plan 2026, TXT.
# Mixed indicator numbering ("1.1.", "a)", a single "Chỉ tiêu:"); assignment
# only in a tab-separated "Đơn vị chủ trì | Đơn vị phối hợp" table.
# ---------------------------------------------------------------------------

P3_OBJ = {
    "1": "Tăng cường sự tham gia của phụ nữ vào công tác lãnh đạo, quản lý",
    "2": "Bảo đảm bình đẳng giới trong lao động, việc làm, thu nhập và chăm sóc sức khỏe người lao động",
    "3": "Chăm lo đời sống gia đình, phòng ngừa bạo lực trên cơ sở giới và quấy rối tình dục tại nơi làm việc",
    "4": "Thông tin, truyền thông về bình đẳng giới",
}

P3_IND = {
    "1.1": "Tỷ lệ nữ cán bộ quản lý từ cấp phòng, nông trường, nhà máy và tương đương trở lên trong toàn Tập đoàn đạt 24% (năm 2025 đạt 22,6%).",
    "1.2": "Phấn đấu có ít nhất 45% công ty thành viên có lãnh đạo chủ chốt là nữ.",
    "1.3": "Tỷ lệ nữ trong quy hoạch cán bộ quản lý các cấp đạt từ 30% trở lên.",
    "2.1": "Thu nhập bình quân của công nhân nữ khai thác mủ không thấp hơn 95% thu nhập bình quân của công nhân nam cùng công việc, cùng định mức.",
    "2.2": "100% lao động nữ được khám sức khỏe định kỳ, trong đó có khám chuyên khoa phụ sản ít nhất 01 lần trong năm.",
    "2.3": "Tỷ lệ lao động nữ được đào tạo, bồi dưỡng nâng bậc thợ, chuyển đổi nghề đạt trên 35% tổng số lao động được đào tạo trong năm.",
    "3.1": "100% công ty thành viên ban hành và niêm yết công khai quy định về phòng, chống quấy rối tình dục tại nơi làm việc; 90% nông trường, nhà máy tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về bình đẳng giới, phòng, chống bạo lực gia đình trong năm.",
    "4.1": "Cổng Thông tin điện tử và Bản tin Cao su Việt Nam mỗi tháng có ít nhất 02 tin, bài về công tác bình đẳng giới, gương điển hình nữ công nhân, người lao động.",
    "4.2": "100% công ty thành viên mỗi quý có ít nhất 01 tin, bài về bình đẳng giới trên trang thông tin điện tử hoặc bản tin nội bộ của đơn vị.",
    "4.3": "Phấn đấu 85% công nhân, người lao động được tiếp cận kiến thức cơ bản về bình đẳng giới, phòng, chống quấy rối tình dục tại nơi làm việc.",
}

PLAN3_BLOCKS = [
    (
        "header",
        ["TẬP ĐOÀN CÔNG NGHIỆP", "CAO SU VIỆT NAM", "-------", "Số: 1036/KH-CSVN"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "TP. Hồ Chí Minh, ngày 10 tháng 4 năm 2026",
        ],
    ),
    "KẾ HOẠCH",
    "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Tập đoàn Công nghiệp Cao su Việt Nam",
    "Căn cứ Luật Bình đẳng giới năm 2006; Bộ luật Lao động năm 2019; Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động; Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
    "Thực hiện Kế hoạch số 3120/KH-CSVN ngày 25/12/2025 của Tập đoàn Công nghiệp Cao su Việt Nam về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ giai đoạn 2026 - 2030,",
    "Tập đoàn Công nghiệp Cao su Việt Nam (sau đây gọi tắt là Tập đoàn) ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 như sau:",
    "I. KẾT QUẢ THỰC HIỆN NĂM 2025",
    "1. Kết quả đạt được",
    "Năm 2025, toàn Tập đoàn có 81.460 lao động, trong đó lao động nữ 33.640 người, chiếm 41,3%; lao động nữ tập trung chủ yếu ở khâu khai thác mủ, chăm sóc vườn cây và chế biến. Tỷ lệ nữ cán bộ quản lý từ cấp phòng, nông trường, nhà máy và tương đương trở lên đạt 22,6% (tăng 1,1% so với năm 2024); 38% công ty thành viên có lãnh đạo chủ chốt là nữ; tỷ lệ nữ trong quy hoạch cán bộ quản lý các cấp đạt 27,4%.",
    "97,8% lao động nữ được khám sức khỏe định kỳ, 71% được khám chuyên khoa phụ sản; thu nhập bình quân của công nhân nữ khai thác mủ bằng 93,5% thu nhập bình quân của công nhân nam cùng công việc. Các đơn vị duy trì 146 nhà trẻ, nhóm trẻ tại nông trường với gần 5.200 cháu là con công nhân; 100% nữ công nhân nghỉ thai sản được hưởng đầy đủ chế độ theo quy định.",
    "Công tác tuyên truyền được quan tâm: năm 2025 các đơn vị tổ chức 412 buổi sinh hoạt chuyên đề về bình đẳng giới, phòng, chống bạo lực gia đình cho trên 28.000 lượt người tham dự; Cổng Thông tin điện tử Tập đoàn đăng 19 tin, bài về công tác nữ công và bình đẳng giới.",
    "Ban Vì sự tiến bộ của phụ nữ Tập đoàn đã phối hợp với Công đoàn Cao su Việt Nam tổ chức 03 lớp tập huấn về bình đẳng giới và kỹ năng lãnh đạo cho 186 cán bộ nữ; triển khai thí điểm chương trình cố vấn tại 05 công ty thành viên; biểu dương 120 gia đình công nhân tiêu biểu. Các đơn vị đã rà soát, sửa đổi 27 quy chế nội bộ về tuyển dụng, đào tạo, trả lương bảo đảm không có nội dung phân biệt đối xử về giới.",
    "2. Tồn tại, hạn chế",
    "- Tỷ lệ nữ cán bộ quản lý còn thấp so với tỷ lệ lao động nữ; một số công ty thành viên ở Tây Nguyên, miền núi phía Bắc và các công ty tại Lào, Campuchia chưa có nữ trong ban lãnh đạo.",
    "- Việc lồng ghép vấn đề giới trong xây dựng quy chế nội bộ chưa được chú trọng; số liệu báo cáo của một số đơn vị chưa tách biệt giới, còn chậm so với thời hạn.",
    "- Nhận thức của một bộ phận công nhân, người lao động về quấy rối tình dục tại nơi làm việc còn hạn chế; điều kiện làm việc ca đêm, khai thác mủ sớm ảnh hưởng đến việc chăm sóc con nhỏ của nữ công nhân.",
    "3. Nguyên nhân",
    "Nguyên nhân chủ yếu là đặc thù ngành có nhiều vị trí công việc nặng nhọc, làm việc xa trung tâm, phù hợp với lao động nam; một số lãnh đạo đơn vị chưa quan tâm đúng mức đến công tác quy hoạch, đào tạo cán bộ nữ; cán bộ làm công tác bình đẳng giới chủ yếu kiêm nhiệm, thường xuyên thay đổi; việc bố trí kinh phí cho hoạt động bình đẳng giới ở một số công ty thành viên gặp khó khăn do giá mủ cao su biến động, sản xuất kinh doanh chưa ổn định.",
    "II. MỤC ĐÍCH, YÊU CẦU",
    "1. Tiếp tục nâng cao nhận thức, trách nhiệm của cấp ủy, Hội đồng thành viên, Ban Tổng giám đốc, lãnh đạo các công ty thành viên và toàn thể người lao động về bình đẳng giới; thực hiện đầy đủ chính sách đối với lao động nữ theo Bộ luật Lao động.",
    "2. Cụ thể hóa các mục tiêu, chỉ tiêu của Kế hoạch giai đoạn 2026 - 2030 thành chỉ tiêu năm 2026; phân công rõ đơn vị chủ trì, đơn vị phối hợp theo dõi, báo cáo từng chỉ tiêu.",
    "3. Tăng cường sự phối hợp giữa chuyên môn, Công đoàn, Đoàn Thanh niên và Ban Vì sự tiến bộ của phụ nữ các cấp; phát huy vai trò của nam giới trong thực hiện bình đẳng giới tại gia đình và nơi làm việc.",
    "4. Các hoạt động phải thiết thực, gắn với nhiệm vụ sản xuất kinh doanh, phù hợp với đặc thù lao động nông nghiệp - công nghiệp cao su và điều kiện của từng đơn vị; số liệu báo cáo phải tách biệt theo giới.",
    "III. MỤC TIÊU, CHỈ TIÊU NĂM 2026",
    "1. Mục tiêu chung",
    "Thu hẹp khoảng cách giới trong các lĩnh vực lao động, việc làm, thu nhập và tham gia quản lý; tạo điều kiện để lao động nữ phát huy năng lực, nâng cao đời sống vật chất, tinh thần; xây dựng môi trường làm việc an toàn, không có bạo lực và quấy rối tình dục, góp phần phát triển bền vững Tập đoàn.",
    "2. Mục tiêu, chỉ tiêu cụ thể",
    "Mục tiêu 1: " + P3_OBJ["1"],
    "1.1. " + P3_IND["1.1"],
    "1.2. " + P3_IND["1.2"],
    "1.3. " + P3_IND["1.3"],
    "Mục tiêu 2: " + P3_OBJ["2"],
    "a) " + P3_IND["2.1"],
    "b) " + P3_IND["2.2"],
    "c) " + P3_IND["2.3"],
    "Mục tiêu 3: " + P3_OBJ["3"],
    "Chỉ tiêu: " + P3_IND["3.1"],
    "Mục tiêu 4: " + P3_OBJ["4"],
    "4.1. " + P3_IND["4.1"],
    "4.2. " + P3_IND["4.2"],
    "4.3 " + P3_IND["4.3"],
    "IV. NHIỆM VỤ, GIẢI PHÁP",
    "1. Nâng cao vai trò lãnh đạo, chỉ đạo",
    "- Đưa nội dung bình đẳng giới vào nghị quyết, chương trình công tác năm của Hội đồng thành viên, Ban Tổng giám đốc Tập đoàn và của các công ty thành viên; người đứng đầu đơn vị chịu trách nhiệm về kết quả thực hiện các chỉ tiêu tại đơn vị mình.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tại các công ty thành viên; bố trí cán bộ nữ công, cán bộ phụ trách công tác bình đẳng giới có năng lực, tâm huyết.",
    "- Lồng ghép nội dung bình đẳng giới trong thỏa ước lao động tập thể của các công ty thành viên khi ký kết mới hoặc sửa đổi, bổ sung; đối thoại định kỳ tại nơi làm việc phải có nội dung về điều kiện làm việc, chế độ, chính sách đối với lao động nữ và có đại diện lao động nữ tham gia.",
    "2. Công tác cán bộ",
    "- Rà soát, bổ sung quy hoạch cán bộ quản lý các cấp bảo đảm tỷ lệ nữ; ưu tiên bổ nhiệm nữ khi có đủ tiêu chuẩn, điều kiện như nam giới; quan tâm tạo nguồn cán bộ nữ là người dân tộc thiểu số tại các đơn vị ở Tây Nguyên, Tây Bắc.",
    "- Tổ chức 02 lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ nữ trong diện quy hoạch cấp phòng, nông trường; triển khai chương trình cố vấn giữa cán bộ quản lý có kinh nghiệm và cán bộ nữ trẻ.",
    "3. Lao động, việc làm, thu nhập",
    "- Rà soát quy chế trả lương, định mức khai thác, bảo đảm nguyên tắc trả lương bình đẳng cho công việc có giá trị như nhau; điều chỉnh định mức, bố trí phần cây hợp lý cho lao động nữ mang thai, nuôi con nhỏ dưới 12 tháng tuổi.",
    "- Ưu tiên đào tạo nghề, nâng bậc thợ, chuyển đổi nghề cho lao động nữ lớn tuổi, lao động nữ dân tộc thiểu số khi đơn vị chuyển đổi một phần diện tích cao su sang mục đích khác.",
    "- Tổ chức khám sức khỏe định kỳ, khám chuyên khoa phụ sản cho lao động nữ; cải thiện điều kiện vệ sinh, phòng vắt sữa, nhà trẻ tại nông trường, nhà máy.",
    "4. Phòng ngừa bạo lực gia đình, quấy rối tình dục tại nơi làm việc",
    "- Các công ty thành viên ban hành quy định về phòng, chống quấy rối tình dục tại nơi làm việc theo Bộ luật Lao động và Nghị định số 145/2020/NĐ-CP; thiết lập kênh tiếp nhận, xử lý phản ánh bảo mật.",
    "- Phối hợp với chính quyền, Hội Liên hiệp Phụ nữ địa phương hỗ trợ kịp thời công nhân, người lao động bị bạo lực gia đình; xây dựng, nhân rộng mô hình “Gia đình công nhân cao su hạnh phúc”.",
    "5. Thông tin, truyền thông",
    "- Đăng tải tin, bài trên Cổng Thông tin điện tử, Bản tin Cao su Việt Nam và các trang thông tin nội bộ; biên soạn tài liệu hỏi - đáp về bình đẳng giới, quấy rối tình dục bằng tiếng Việt và tiếng dân tộc thiểu số.",
    "- Tổ chức các hoạt động nhân ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2026; tuyên dương 50 nữ công nhân lao động giỏi tiêu biểu toàn Tập đoàn nhân ngày 20/10/2026.",
    "- Tiếp tục duy trì, nâng cấp hệ thống nhà trẻ, nhóm trẻ tại nông trường; hỗ trợ một phần chi phí gửi trẻ cho con công nhân ở những nơi chưa có nhà trẻ; bố trí giờ làm việc linh hoạt cho lao động nữ nuôi con nhỏ dưới 36 tháng tuổi khi điều kiện sản xuất cho phép.",
    "- Tổ chức hội thi “Nữ công nhân cao su tài năng, duyên dáng” cấp Tập đoàn vào quý III năm 2026; các công ty thành viên tổ chức vòng sơ khảo tại đơn vị.",
    "- Đối với các công ty thành viên tại Lào và Campuchia: lồng ghép nội dung bình đẳng giới, phòng, chống mua bán người, phòng, chống bạo lực gia đình trong sinh hoạt định kỳ của người lao động Việt Nam và lao động sở tại; tôn trọng phong tục, tập quán địa phương.",
    "6. Thống kê, kiểm tra, giám sát",
    "- Hoàn thiện phần mềm quản lý nhân sự của Tập đoàn bảo đảm trích xuất được số liệu tách biệt giới theo đơn vị, chức danh, độ tuổi, dân tộc.",
    "- Lồng ghép kiểm tra việc thực hiện chính sách đối với lao động nữ trong các đợt kiểm tra an toàn, vệ sinh lao động và kiểm tra của Công đoàn.",
    "- Định kỳ 6 tháng, Ban Vì sự tiến bộ của phụ nữ Tập đoàn tổ chức kiểm tra trực tiếp hoặc trực tuyến tại một số đơn vị; năm 2026 ưu tiên kiểm tra các đơn vị có tỷ lệ nữ cán bộ quản lý dưới 15% và các đơn vị có nhiều lao động nữ là người dân tộc thiểu số.",
    "7. Thi đua, khen thưởng",
    "Kết quả thực hiện Kế hoạch là một tiêu chí đánh giá, xếp loại thi đua cuối năm của các công ty thành viên và người đứng đầu đơn vị. Tập đoàn xem xét khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; đề nghị cấp trên khen thưởng đối với các điển hình tiêu biểu.",
    "V. KINH PHÍ THỰC HIỆN",
    "Kinh phí thực hiện Kế hoạch được hạch toán vào chi phí quản lý, chi phí đào tạo của Tập đoàn và các công ty thành viên theo quy chế tài chính hiện hành; nguồn kinh phí công đoàn, quỹ phúc lợi và các nguồn tài trợ hợp pháp khác. Các đơn vị chủ động bố trí kinh phí trong kế hoạch sản xuất kinh doanh năm 2026.",
    "VI. TỔ CHỨC THỰC HIỆN",
    "1. Ban Vì sự tiến bộ của phụ nữ Tập đoàn chỉ đạo, đôn đốc, kiểm tra việc thực hiện Kế hoạch; định kỳ 6 tháng họp đánh giá kết quả, đề xuất Tổng giám đốc biện pháp thúc đẩy thực hiện các chỉ tiêu còn chậm.",
    "2. Phân công theo dõi chỉ tiêu: Các Ban chuyên môn, tổ chức đoàn thể của Tập đoàn theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu tại Mục III theo bảng phân công sau:",
    (
        "table",
        [
            ["Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp"],
            ["Mục tiêu 1 (các chỉ tiêu 1.1, 1.2, 1.3)", "Ban Tổ chức - Nhân sự", ""],
            ["Mục tiêu 2, chỉ tiêu a)", "Ban Lao động - Tiền lương", "Công đoàn Cao su Việt Nam"],
            ["Mục tiêu 2, chỉ tiêu b)", "Công đoàn Cao su Việt Nam", "Ban Lao động - Tiền lương"],
            ["Mục tiêu 2, chỉ tiêu c)", "Ban Tổ chức - Nhân sự", ""],
            ["Mục tiêu 3", "Công đoàn Cao su Việt Nam", "Ban Vì sự tiến bộ của phụ nữ Tập đoàn"],
            ["Chỉ tiêu 4.1", "Văn phòng Tập đoàn", ""],
            ["Chỉ tiêu 4.2, 4.3", "Ban Truyền thông", "Văn phòng Tập đoàn"],
        ],
    ),
    "3. Ban Tổ chức - Nhân sự là cơ quan thường trực của Ban Vì sự tiến bộ của phụ nữ Tập đoàn: hướng dẫn, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp số liệu, báo cáo định kỳ và đột xuất; tham mưu khen thưởng tập thể, cá nhân có thành tích.",
    "4. Ban Lao động - Tiền lương hướng dẫn các đơn vị rà soát quy chế trả lương, định mức lao động; phối hợp với Công đoàn Cao su Việt Nam kiểm tra việc thực hiện chế độ, chính sách đối với lao động nữ.",
    "5. Công đoàn Cao su Việt Nam chỉ đạo công đoàn các cấp tổ chức khám sức khỏe, chăm lo đời sống cho nữ công nhân; tổ chức phong trào “Giỏi việc nước, đảm việc nhà”; tham gia giám sát việc thực hiện Kế hoạch.",
    "6. Văn phòng Tập đoàn, Ban Truyền thông xây dựng chuyên mục, định hướng nội dung tuyên truyền; hướng dẫn các công ty thành viên cập nhật tin, bài trên trang thông tin của đơn vị.",
    "Ban Tài chính - Kế toán hướng dẫn các đơn vị hạch toán kinh phí thực hiện Kế hoạch theo quy chế tài chính; Ban Kiểm tra - Pháp chế rà soát các quy chế, quy định nội bộ khi ban hành mới, bảo đảm không có nội dung phân biệt đối xử về giới.",
    "7. Đoàn Thanh niên Tập đoàn phối hợp tổ chức các hoạt động truyền thông trong đoàn viên, thanh niên công nhân; vận động nam thanh niên chia sẻ việc nhà, chăm sóc gia đình.",
    "8. Các công ty thành viên, đơn vị trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch năm 2026 của đơn vị, gửi về Tập đoàn (qua Ban Tổ chức - Nhân sự) trước ngày 30/4/2026 để theo dõi; bố trí nguồn lực và tổ chức thực hiện các chỉ tiêu tại đơn vị.",
    "VII. CHẾ ĐỘ BÁO CÁO",
    "1. Các công ty thành viên, đơn vị trực thuộc gửi báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ (có số liệu tách biệt giới) về Tập đoàn (qua Ban Tổ chức - Nhân sự) như sau:",
    "- Báo cáo 6 tháng đầu năm: trước ngày 10/6;",
    "- Báo cáo năm: trước ngày 25/11/2026 (số liệu tính đến ngày 31/10/2026 và ước thực hiện đến hết năm).",
    "2. Ban Tổ chức - Nhân sự tổng hợp, tham mưu Tổng giám đốc báo cáo Bộ Tài chính và Bộ Nội vụ trước ngày 20/6/2026 đối với báo cáo 6 tháng và trước ngày 10/12/2026 đối với báo cáo năm.",
    "3. Báo cáo đột xuất thực hiện theo yêu cầu của cơ quan quản lý nhà nước và của Tập đoàn.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Tập đoàn Công nghiệp Cao su Việt Nam. Đề nghị các Ban chuyên môn, các công ty thành viên, đơn vị trực thuộc triển khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về Ban Tổ chức - Nhân sự để tổng hợp, báo cáo Tổng giám đốc xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Tài chính (b/c);",
            "- Bộ Nội vụ (b/c);",
            "- HĐTV, Ban TGĐ;",
            "- Công đoàn CSVN;",
            "- Các Ban chuyên môn Tập đoàn;",
            "- Các công ty thành viên;",
            "- Lưu: VT, TCNS.",
        ],
        ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "Nguyễn Thị Kim Oanh"],
    ),
]

PLAN3_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Tập đoàn Công nghiệp Cao su Việt Nam",
    "issuer": "Tập đoàn Công nghiệp Cao su Việt Nam",
    "level": "agency",
    "area": "Tập đoàn Công nghiệp Cao su Việt Nam",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Luật Bình đẳng giới năm 2006",
        "Bộ luật Lao động năm 2019",
        "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        "Kế hoạch số 3120/KH-CSVN ngày 25/12/2025 của Tập đoàn Công nghiệp Cao su Việt Nam về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ giai đoạn 2026 - 2030",
    ],
    "parent": "Kế hoạch số 3120/KH-CSVN ngày 25/12/2025 của Tập đoàn Công nghiệp Cao su Việt Nam",
    "objectives": [
        OBJ(
            "1",
            P3_OBJ["1"],
            IND("1.1", P3_IND["1.1"], T(24, year=2026, baseline=22.6)),
            IND("1.2", P3_IND["1.2"], T(45, year=2026)),
            IND("1.3", P3_IND["1.3"], T(30, year=2026)),
        ),
        OBJ(
            "2",
            P3_OBJ["2"],
            IND("2.1", P3_IND["2.1"], T(95, year=2026)),
            IND("2.2", P3_IND["2.2"], T(100, year=2026)),
            IND("2.3", P3_IND["2.3"], T(35, comparator=">", year=2026)),
        ),
        OBJ(
            "3",
            P3_OBJ["3"],
            IND(
                "3.1",
                P3_IND["3.1"],
                T(100, year=2026, label="quy định phòng, chống quấy rối tình dục"),
                T(90, year=2026, label="sinh hoạt chuyên đề"),
            ),
        ),
        OBJ(
            "4",
            P3_OBJ["4"],
            IND("4.1", P3_IND["4.1"], T(2, unit="items_per_month", year=2026)),
            IND("4.2", P3_IND["4.2"], T(100, year=2026)),
            IND("4.3", P3_IND["4.3"], T(85, year=2026)),
        ),
    ],
    "assignments": [
        A("Ban Tổ chức - Nhân sự", "lead", "1.1", "1.2", "1.3", "2.3"),
        A("Ban Lao động - Tiền lương", "lead", "2.1"),
        A("Ban Lao động - Tiền lương", "support", "2.2"),
        A("Công đoàn Cao su Việt Nam", "lead", "2.2", "3.1"),
        A("Công đoàn Cao su Việt Nam", "support", "2.1"),
        A("Ban Vì sự tiến bộ của phụ nữ Tập đoàn", "support", "3.1"),
        A("Văn phòng Tập đoàn", "lead", "4.1"),
        A("Văn phòng Tập đoàn", "support", "4.2", "4.3"),
        A("Ban Truyền thông", "lead", "4.2", "4.3"),
    ],
    "reporting": [
        R("plan", "units", "2026-04-30"),
        R("semiannual", "units", "06-10"),
        R("annual", "units", "11-25"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-10"),
    ],
}


PLANS = [
    {
        "name": "bo-nong-nghiep-moi-truong-2026-2030",
        "ext": "pdf",
        "blocks": PLAN1_BLOCKS,
        "expected": PLAN1_EXPECTED,
    },
    {
        "name": "so-y-te-nghe-an-2026-2030",
        "ext": "docx",
        "blocks": PLAN2_BLOCKS,
        "expected": PLAN2_EXPECTED,
    },
    {
        "name": "tap-doan-cao-su-viet-nam-2026",
        "ext": "txt",
        "blocks": PLAN3_BLOCKS,
        "expected": PLAN3_EXPECTED,
    },
]
