"""Blind test plans r10c: three SECTOR plans (ministry 2026-2030 .pdf, provincial
department annual 2027 .txt, provincial Liên đoàn Lao động 2026-2030 .docx).

Written from plan-format.md and the three shared samples only.
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
# 1. Bộ Công Thương 2026-2030 (.pdf)
# ---------------------------------------------------------------------------

BCT_11 = (
    "Phấn đấu đến năm 2028 đạt 45% và đến năm 2030 đạt 55% các đơn vị thuộc Bộ "
    "có lãnh đạo chủ chốt là nữ."
)
BCT_12 = (
    "Tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp vụ, cục và tương đương "
    "đạt không dưới 30%; tỷ lệ nữ được bổ nhiệm lần đầu giữ chức vụ lãnh đạo cấp phòng và "
    "tương đương đạt từ 35% trở lên vào năm 2030."
)
BCT_13 = (
    "Bảo đảm tối thiểu 40% công chức, viên chức nữ được kết nạp Đảng trên tổng số công chức, "
    "viên chức được kết nạp Đảng của các đảng bộ, chi bộ trực thuộc."
)
BCT_21 = (
    "Tỷ lệ doanh nghiệp nhỏ và vừa do nữ làm giám đốc/chủ doanh nghiệp trong tổng số doanh "
    "nghiệp được hỗ trợ từ Chương trình khuyến công quốc gia và Chương trình cấp quốc gia về "
    "xúc tiến thương mại đạt trên 35% vào năm 2030."
)
BCT_22 = (
    "100% doanh nghiệp do Bộ Công Thương làm đại diện chủ sở hữu thực hiện đầy đủ chế độ, "
    "chính sách đối với lao động nữ theo quy định của Bộ luật Lao động."
)
BCT_23 = (
    "Giảm tỷ lệ lao động nữ làm các nghề, công việc nặng nhọc, độc hại, nguy hiểm tại các "
    "doanh nghiệp thuộc Bộ từ 18% (năm 2025) xuống còn 12% vào năm 2030."
)
BCT_31 = (
    "Tỷ lệ nữ học sinh, sinh viên được tuyển mới tại các trường cao đẳng, trung cấp thuộc Bộ "
    "đạt 40% vào năm 2028 và 45% vào năm 2030."
)
BCT_32 = (
    "Tỷ lệ nữ trong tổng số giảng viên có trình độ thạc sĩ tại các trường đại học, cao đẳng "
    "thuộc Bộ đạt ít nhất 50%; tỷ lệ nữ trong tổng số giảng viên có trình độ tiến sĩ đạt 30% "
    "vào năm 2030."
)
BCT_33 = (
    "Từ năm 2027 trở đi, nội dung về giới, bình đẳng giới được đưa vào chương trình bồi dưỡng "
    "cán bộ, công chức, viên chức của Bộ và chương trình đào tạo của các trường thuộc Bộ."
)
BCT_41 = (
    "Phấn đấu đến năm 2030 có 90% cán bộ, công chức, viên chức và người lao động các cơ quan, "
    "đơn vị thuộc Bộ được tiếp cận kiến thức cơ bản về bình đẳng giới."
)
BCT_42 = (
    "Báo Công Thương duy trì chuyên trang, chuyên mục về bình đẳng giới, mỗi tháng có ít nhất "
    "02 tin, bài."
)
BCT_43 = (
    "Trên 80% doanh nghiệp thuộc Bộ ban hành quy định nội bộ về phòng, chống quấy rối tình dục "
    "tại nơi làm việc vào năm 2030."
)

BCT_BLOCKS = [
    (
        "header",
        ["BỘ CÔNG THƯƠNG", "-------", "Số: 1187/QĐ-BCT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "Hà Nội, ngày 08 tháng 5 năm 2026",
        ],
    ),
    "**QUYẾT ĐỊNH**",
    "**Ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Công Thương giai đoạn 2026-2030**",
    "**BỘ TRƯỞNG BỘ CÔNG THƯƠNG**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Công văn số 1420/BNV-CTTN&BĐG ngày 16 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030;",
    "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.",
    "**QUYẾT ĐỊNH:**",
    "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Công Thương giai đoạn 2026-2030.",
    "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.",
    "**Điều 3.** Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc Bộ, Giám đốc Sở Công Thương các tỉnh, thành phố trực thuộc trung ương, Chủ tịch Công đoàn Công Thương Việt Nam và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "Nơi nhận:\n- Như Điều 3;\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Bộ Nội vụ (để phối hợp);\n- Ban VSTBPN Bộ Công Thương;\n- Cổng TTĐT Bộ Công Thương;\n- Lưu: VT, TCCB.",
    "**KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG**",
    "Phan Thị Thanh Hương",
    ("page",),
    "**BỘ CÔNG THƯƠNG**",
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Công Thương giai đoạn 2026-2030**",
    "*(Ban hành kèm theo Quyết định số 1187/QĐ-BCT ngày 08 tháng 5 năm 2026 của Bộ trưởng Bộ Công Thương)*",
    "**I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025**",
    "Giai đoạn 2021-2025, Ban Cán sự đảng, Lãnh đạo Bộ Công Thương đã quan tâm chỉ đạo triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong toàn ngành. Công tác lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, đề án thuộc lĩnh vực công nghiệp, thương mại được thực hiện nghiêm túc; nhận thức của cán bộ, công chức, viên chức và người lao động về bình đẳng giới từng bước được nâng lên.",
    "Đến hết năm 2025, tỷ lệ đơn vị thuộc Bộ có lãnh đạo chủ chốt là nữ đạt 38,5%; tỷ lệ nữ trong quy hoạch lãnh đạo cấp vụ, cục đạt 27,4%; tỷ lệ nữ học sinh, sinh viên tuyển mới tại các trường cao đẳng, trung cấp thuộc Bộ đạt 36,2%; tỷ lệ lao động nữ làm nghề, công việc nặng nhọc, độc hại, nguy hiểm tại các doanh nghiệp thuộc Bộ còn khoảng 18%. Bên cạnh kết quả đạt được, một số chỉ tiêu chưa đạt, nhất là chỉ tiêu về nữ lãnh đạo chủ chốt tại các tổng công ty, tập đoàn và các đơn vị sự nghiệp có tỷ lệ lao động nữ thấp; công tác thống kê số liệu tách biệt theo giới ở một số đơn vị còn chậm, thiếu đồng bộ.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "**1. Mục đích**",
    "- Triển khai đồng bộ, hiệu quả Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 trong ngành Công Thương; xác định rõ mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp và trách nhiệm của các đơn vị thuộc Bộ trong giai đoạn 2026-2030.",
    "- Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu các cơ quan, đơn vị về bình đẳng giới; tạo điều kiện, cơ hội để nữ cán bộ, công chức, viên chức và người lao động tham gia, thụ hưởng bình đẳng trong các lĩnh vực hoạt động của ngành.",
    "**2. Yêu cầu**",
    "- Các mục tiêu, chỉ tiêu phải phù hợp với đặc thù ngành Công Thương, có lộ trình thực hiện và gắn với kế hoạch công tác hằng năm của từng đơn vị.",
    "- Bảo đảm sự phối hợp chặt chẽ giữa các đơn vị thuộc Bộ, Sở Công Thương các tỉnh, thành phố với Công đoàn Công Thương Việt Nam và các tổ chức có liên quan; số liệu báo cáo phải được thu thập, tổng hợp có sự tách biệt giới.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, bảo đảm bình đẳng thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trong công tác cán bộ, lao động, việc làm, giáo dục, đào tạo thuộc phạm vi quản lý của Bộ Công Thương; góp phần thực hiện thành công các mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030.",
    "**2. Mục tiêu cụ thể¹**",
    "**2.1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành Công Thương**",
    "- Chỉ tiêu 1: " + BCT_11,
    "- Chỉ tiêu 2: " + BCT_12,
    "- Chỉ tiêu 3: " + BCT_13,
    (
        "footnote",
        "¹ Đối với các đơn vị có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động dưới 30%, Vụ Tổ chức cán bộ hướng dẫn việc xác định chỉ tiêu phù hợp với thực tiễn của đơn vị theo Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ.",
    ),
    "**2.2. Mục tiêu 2: Thu hẹp khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm thuộc phạm vi quản lý của ngành**",
    "- Chỉ tiêu 1: " + BCT_21,
    "- Chỉ tiêu 2: " + BCT_22,
    "- Chỉ tiêu 3: " + BCT_23,
    "**2.3. Mục tiêu 3: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo và phát triển nguồn nhân lực của ngành**",
    "- Chỉ tiêu 1: " + BCT_31,
    "- Chỉ tiêu 2: " + BCT_32,
    "- Chỉ tiêu 3: " + BCT_33,
    "**2.4. Mục tiêu 4: Nâng cao chất lượng thông tin, truyền thông về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong ngành**",
    "- Chỉ tiêu 1: " + BCT_41,
    "- Chỉ tiêu 2: " + BCT_42,
    "- Chỉ tiêu 3: " + BCT_43,
    "**IV. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Tăng cường sự lãnh đạo, chỉ đạo và trách nhiệm của người đứng đầu**",
    "- Cấp ủy, người đứng đầu các cơ quan, đơn vị thuộc Bộ trực tiếp chỉ đạo việc xây dựng và triển khai kế hoạch thực hiện công tác bình đẳng giới của đơn vị; đưa kết quả thực hiện các chỉ tiêu bình đẳng giới vào tiêu chí đánh giá, xếp loại tập thể, cá nhân hằng năm.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ Bộ Công Thương và các đơn vị; bố trí cán bộ đầu mối theo dõi công tác bình đẳng giới tại các đơn vị thuộc Bộ.",
    "**2. Hoàn thiện thể chế, chính sách và lồng ghép giới**",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong quá trình xây dựng văn bản quy phạm pháp luật, chiến lược, quy hoạch, chương trình, đề án do Bộ chủ trì; đánh giá tác động giới đối với các chính sách về phát triển công nghiệp, thương mại, năng lượng.",
    "- Rà soát các quy định nội bộ về tuyển dụng, quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm bảo đảm nguyên tắc bình đẳng giới; sửa đổi, bổ sung các quy định chưa phù hợp.",
    "**3. Nâng cao chất lượng công tác cán bộ nữ**",
    "- Thực hiện có hiệu quả công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; ưu tiên lựa chọn cán bộ nữ trẻ có năng lực tham gia các khóa bồi dưỡng kiến thức quản lý nhà nước, lý luận chính trị, ngoại ngữ, kỹ năng lãnh đạo.",
    "- Tạo điều kiện để cán bộ nữ được luân chuyển, thử thách ở các vị trí công tác quan trọng; khi có hai ứng viên nam và nữ có đủ tiêu chuẩn như nhau thì ưu tiên lựa chọn ứng viên nữ.",
    "**4. Hỗ trợ phụ nữ khởi nghiệp, phát triển doanh nghiệp và bảo đảm quyền lợi của lao động nữ**",
    "- Ưu tiên hỗ trợ các cơ sở công nghiệp nông thôn, doanh nghiệp nhỏ và vừa do phụ nữ làm chủ tham gia các đề án khuyến công, hội chợ, triển lãm, chương trình kết nối giao thương, thương mại điện tử.",
    "- Tăng cường kiểm tra việc thực hiện chính sách đối với lao động nữ tại các doanh nghiệp thuộc Bộ; cải thiện điều kiện làm việc, an toàn, vệ sinh lao động; bảo đảm lao động nữ được khám sức khỏe định kỳ, khám chuyên khoa phụ sản theo quy định.",
    "**5. Bình đẳng giới trong giáo dục, đào tạo**",
    "- Các trường thuộc Bộ đẩy mạnh tư vấn tuyển sinh, hướng nghiệp cho nữ học sinh đối với các ngành kỹ thuật, công nghệ; có chính sách hỗ trợ học bổng cho nữ sinh có hoàn cảnh khó khăn.",
    "- Biên soạn tài liệu, chuyên đề về giới, bình đẳng giới để đưa vào chương trình bồi dưỡng của Trường Đào tạo, bồi dưỡng cán bộ Công Thương Trung ương và các trường thuộc Bộ.",
    "**6. Thông tin, truyền thông và phòng ngừa bạo lực trên cơ sở giới**",
    "- Đa dạng hóa hình thức truyền thông về bình đẳng giới trên Cổng thông tin điện tử Bộ Công Thương, Báo Công Thương, Tạp chí Công Thương và trang thông tin của các đơn vị; tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ (8/3), ngày Gia đình Việt Nam (28/6), ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
    "- Hướng dẫn doanh nghiệp xây dựng Bộ quy tắc ứng xử về phòng, chống quấy rối tình dục tại nơi làm việc; thiết lập kênh tiếp nhận, xử lý phản ánh của người lao động.",
    "**7. Nâng cao năng lực và tăng cường kiểm tra, giám sát**",
    "- Tập huấn nâng cao năng lực cho thành viên Ban Vì sự tiến bộ của phụ nữ, cán bộ làm công tác tổ chức, cán bộ đầu mối về bình đẳng giới của các đơn vị thuộc Bộ và Sở Công Thương các địa phương.",
    "- Xây dựng, cập nhật cơ sở dữ liệu về cán bộ, công chức, viên chức, người lao động của ngành có phân tách theo giới; định kỳ kiểm tra, giám sát việc thực hiện Kế hoạch tại các đơn vị.",
    "- Tăng cường hợp tác quốc tế, tranh thủ sự hỗ trợ kỹ thuật của các tổ chức quốc tế trong việc thúc đẩy bình đẳng giới trong lĩnh vực năng lượng, công nghiệp chế biến, chế tạo và thương mại; chia sẻ kinh nghiệm về hỗ trợ doanh nghiệp do phụ nữ làm chủ tham gia chuỗi cung ứng.",
    "**V. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên hằng năm của các đơn vị thuộc Bộ theo phân cấp hiện hành; lồng ghép trong các chương trình, đề án, dự án có liên quan; nguồn tài trợ, viện trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác.",
    "2. Hằng năm, căn cứ nhiệm vụ được giao tại Kế hoạch này, các đơn vị xây dựng dự toán kinh phí gửi Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp tổng hợp, trình Bộ trưởng phê duyệt.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "Các đơn vị thuộc Bộ, Sở Công Thương các tỉnh, thành phố trực thuộc trung ương căn cứ Kế hoạch này xây dựng, ban hành kế hoạch thực hiện của đơn vị, ngành giai đoạn 2026-2030 trước ngày 30/6/2026 và gửi về Bộ (qua Vụ Tổ chức cán bộ) để theo dõi.",
    "**1. Vụ Tổ chức cán bộ**",
    "- Là cơ quan Thường trực Ban Vì sự tiến bộ của phụ nữ Bộ Công Thương, có trách nhiệm tham mưu Lãnh đạo Bộ tổ chức triển khai, hướng dẫn, đôn đốc, kiểm tra các đơn vị thực hiện Kế hoạch.",
    "- Tham mưu thực hiện công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; tổ chức tập huấn nghiệp vụ về bình đẳng giới cho cán bộ đầu mối của các đơn vị.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; Chỉ tiêu 3 Mục tiêu 3; Chỉ tiêu 1 Mục tiêu 4 của Kế hoạch.",
    "**2. Vụ Pháp chế**",
    "Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật thuộc phạm vi quản lý của Bộ; phối hợp với Vụ Tổ chức cán bộ tổ chức phổ biến, giáo dục pháp luật về bình đẳng giới, phòng, chống bạo lực gia đình cho cán bộ, công chức, viên chức và người lao động.",
    "**3. Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp**",
    "- Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ; hướng dẫn các đơn vị sử dụng kinh phí đúng quy định.",
    "- Chịu trách nhiệm theo dõi, đôn đốc các doanh nghiệp do Bộ làm đại diện chủ sở hữu và tổng hợp, báo cáo kết quả thực hiện Chỉ tiêu 2 Mục tiêu 2.",
    "**4. Cục Công Thương địa phương**",
    "Chủ trì triển khai các đề án khuyến công hỗ trợ cơ sở công nghiệp nông thôn do phụ nữ làm chủ; theo dõi, tổng hợp số liệu và báo cáo kết quả thực hiện Chỉ tiêu 1 của Mục tiêu 2.",
    "**5. Cục Xúc tiến thương mại**",
    "Ưu tiên lựa chọn doanh nghiệp do phụ nữ làm chủ tham gia các đề án thuộc Chương trình cấp quốc gia về xúc tiến thương mại; phối hợp với Cục Công Thương địa phương thu thập số liệu thực hiện Chỉ tiêu 1 Mục tiêu 2.",
    "**6. Cục Kỹ thuật an toàn và Môi trường công nghiệp**",
    "Hướng dẫn, kiểm tra việc thực hiện các quy định về an toàn, vệ sinh lao động đối với lao động nữ tại các doanh nghiệp trong ngành; chịu trách nhiệm theo dõi và báo cáo kết quả thực hiện Chỉ tiêu 3 (Mục tiêu 2) của Kế hoạch.",
    "**7. Các trường đại học, cao đẳng thuộc Bộ**",
    "- Xây dựng và triển khai kế hoạch bình đẳng giới của nhà trường; đưa nội dung về giới, bình đẳng giới vào chương trình đào tạo theo hướng dẫn của Bộ.",
    "- Theo dõi, tổng hợp số liệu tách biệt theo giới về tuyển sinh, đội ngũ giảng viên và báo cáo kết quả thực hiện chỉ tiêu số 1 và số 2 của Mục tiêu 3.",
    "**8. Báo Công Thương**",
    "Duy trì chuyên trang, chuyên mục về bình đẳng giới; chịu trách nhiệm tổ chức thực hiện, theo dõi và báo cáo Chỉ tiêu 2 Mục tiêu 4.",
    "**9. Tạp chí Công Thương**",
    "Dành thời lượng, số trang hợp lý cho các bài viết nghiên cứu, trao đổi về bình đẳng giới trong lĩnh vực công nghiệp, thương mại; phối hợp với Báo Công Thương thực hiện Chỉ tiêu 2 Mục tiêu 4.",
    "**10. Công đoàn Công Thương Việt Nam**",
    "- Đề nghị Công đoàn Công Thương Việt Nam chỉ đạo công đoàn các cấp giám sát việc thực hiện chế độ, chính sách đối với lao động nữ; phối hợp với Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp theo dõi việc thực hiện Chỉ tiêu 2 Mục tiêu 2.",
    "- Phối hợp với Vụ Tổ chức cán bộ tổ chức tuyên truyền, phổ biến kiến thức về bình đẳng giới cho đoàn viên, người lao động (Chỉ tiêu 1 Mục tiêu 4); chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 3 Mục tiêu 4.",
    "**11. Sở Công Thương các tỉnh, thành phố trực thuộc trung ương**",
    "Triển khai Kế hoạch phù hợp với điều kiện thực tế của địa phương; phối hợp cung cấp số liệu về doanh nghiệp do nữ làm chủ được hỗ trợ từ nguồn kinh phí khuyến công địa phương phục vụ theo dõi Chỉ tiêu 1 Mục tiêu 2; thực hiện chế độ báo cáo theo quy định tại Mục VII Kế hoạch này.",
    "**12. Văn phòng Bộ**",
    "Bảo đảm điều kiện làm việc, cơ sở vật chất phục vụ hoạt động của Ban Vì sự tiến bộ của phụ nữ Bộ; phối hợp với Vụ Tổ chức cán bộ đăng tải thông tin về bình đẳng giới trên Cổng thông tin điện tử Bộ Công Thương; tham mưu công tác thi đua, khen thưởng đối với tập thể, cá nhân có thành tích trong thực hiện Kế hoạch.",
    "**13. Thanh tra Bộ**",
    "Lồng ghép nội dung thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới, chính sách đối với lao động nữ trong kế hoạch thanh tra hằng năm của Bộ tại các doanh nghiệp, đơn vị sự nghiệp thuộc Bộ.",
    "**14. Các đơn vị khác thuộc Bộ**",
    "Căn cứ chức năng, nhiệm vụ được giao, chủ động lồng ghép các mục tiêu, chỉ tiêu của Kế hoạch vào kế hoạch công tác hằng năm của đơn vị; bố trí cán bộ đầu mối, cung cấp số liệu có phân tách theo giới khi được yêu cầu.",
    "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "**1. Báo cáo định kỳ**",
    "a) Các đơn vị thuộc Bộ, Sở Công Thương các tỉnh, thành phố trực thuộc trung ương báo cáo tình hình, kết quả thực hiện Kế hoạch (số liệu có sự tách biệt giới) gửi về Bộ Công Thương (qua Vụ Tổ chức cán bộ) như sau: báo cáo 6 tháng gửi trước ngày 05 tháng 6; báo cáo năm gửi trước ngày 20 tháng 11 hằng năm.",
    "b) Vụ Tổ chức cán bộ tổng hợp, trình Lãnh đạo Bộ ký báo cáo gửi Bộ Nội vụ trước ngày 15 tháng 6 (đối với báo cáo 6 tháng) và trước ngày 05 tháng 12 (đối với báo cáo năm) hằng năm.",
    "**2. Báo cáo sơ kết, tổng kết**",
    "- Trong năm 2028, các đơn vị thuộc Bộ, Sở Công Thương các tỉnh, thành phố tổ chức sơ kết giữa kỳ và gửi báo cáo sơ kết về Vụ Tổ chức cán bộ để tổng hợp, báo cáo Lãnh đạo Bộ.",
    "- Báo cáo tổng kết giai đoạn 2026-2030 của các đơn vị gửi về Vụ Tổ chức cán bộ trước ngày 30/9/2030; Vụ Tổ chức cán bộ tổng hợp, tham mưu Bộ trưởng báo cáo Bộ Nội vụ trước ngày 31/10/2030.",
    "**3. Báo cáo đột xuất**",
    "Thực hiện theo yêu cầu của Lãnh đạo Bộ hoặc của cơ quan có thẩm quyền.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần sửa đổi, bổ sung nội dung Kế hoạch, các đơn vị phản ánh về Vụ Tổ chức cán bộ để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./.",
]

BCT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới của ngành Công Thương giai đoạn 2026-2030",
    "issuer": "Bộ Công Thương",
    "level": "agency",
    "area": "ngành Công Thương",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Công văn số 1420/BNV-CTTN&BĐG ngày 16 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030",
    ],
    "parent": None,
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành Công Thương",
            "indicators": [
                I("1.1", BCT_11, T(45, "%", ">=", 2028), T(55, "%", ">=", 2030)),
                I(
                    "1.2",
                    BCT_12,
                    T(30, "%", ">=", 2030, label="quy hoạch"),
                    T(35, "%", ">=", 2030, label="bổ nhiệm lần đầu"),
                ),
                I("1.3", BCT_13, T(40, "%", ">=", 2030)),
            ],
        },
        {
            "code": "2",
            "title": "Thu hẹp khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm thuộc phạm vi quản lý của ngành",
            "indicators": [
                I("2.1", BCT_21, T(35, "%", ">", 2030)),
                I("2.2", BCT_22, T(100, "%", ">=", 2030)),
                I("2.3", BCT_23, T(12, "%", "<=", 2030, baseline=18)),
            ],
        },
        {
            "code": "3",
            "title": "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo và phát triển nguồn nhân lực của ngành",
            "indicators": [
                I("3.1", BCT_31, T(40, "%", ">=", 2028), T(45, "%", ">=", 2030)),
                I(
                    "3.2",
                    BCT_32,
                    T(50, "%", ">=", 2030, label="thạc sĩ"),
                    T(30, "%", ">=", 2030, label="tiến sĩ"),
                ),
                I("3.3", BCT_33, T(None, "bool", "=", 2027)),
            ],
        },
        {
            "code": "4",
            "title": "Nâng cao chất lượng thông tin, truyền thông về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong ngành",
            "indicators": [
                I("4.1", BCT_41, T(90, "%", ">=", 2030)),
                I("4.2", BCT_42, T(2, "items_per_month", ">=", 2030)),
                I("4.3", BCT_43, T(80, "%", ">", 2030)),
            ],
        },
    ],
    "assignments": [
        A("Vụ Tổ chức cán bộ", "lead", "1.1", "1.2", "1.3", "3.3", "4.1"),
        A("Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp", "lead", "2.2"),
        A("Cục Công Thương địa phương", "lead", "2.1"),
        A("Cục Xúc tiến thương mại", "support", "2.1"),
        A("Cục Kỹ thuật an toàn và Môi trường công nghiệp", "lead", "2.3"),
        A("Các trường đại học, cao đẳng thuộc Bộ", "lead", "3.1", "3.2"),
        A("Báo Công Thương", "lead", "4.2"),
        A("Tạp chí Công Thương", "support", "4.2"),
        A("Công đoàn Công Thương Việt Nam", "support", "2.2", "4.1"),
        A("Công đoàn Công Thương Việt Nam", "lead", "4.3"),
        A("Sở Công Thương các tỉnh, thành phố trực thuộc trung ương", "support", "2.1"),
    ],
    "reporting": [
        R("plan", "units", "2026-06-30"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "11-20"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-05"),
        R("midterm", "units", "2028"),
        R("final", "units", "2030-09-30"),
        R("final", "consolidator", "2030-10-31"),
    ],
}


# ---------------------------------------------------------------------------
# 2. Sở Y tế tỉnh Nghệ An, năm 2027 (.txt)
# ---------------------------------------------------------------------------

SYT_11 = (
    "Đến cuối năm 2027, phấn đấu có ít nhất 65% đơn vị trực thuộc Sở có lãnh đạo chủ chốt là nữ."
)
SYT_12 = (
    "Tỷ lệ nữ trong quy hoạch lãnh đạo, quản lý cấp phòng và tương đương trở lên tại các đơn "
    "vị trực thuộc đạt trên 40%."
)
SYT_31 = (
    "95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện đến cơ sở y tế "
    "được tiếp nhận, sơ cứu, điều trị và tư vấn kịp thời; 100% bệnh viện tuyến tỉnh bố trí bộ "
    "phận hoặc cán bộ đầu mối tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới."
)
SYT_41 = "Tỷ số giới tính khi sinh không quá 112 bé trai/100 bé gái sinh ra sống."
SYT_42 = "Tỷ số tử vong mẹ liên quan đến thai sản giảm xuống dưới 38/100.000 trẻ đẻ sống."
SYT_43 = (
    "Giảm tỷ suất sinh ở vị thành niên từ 21 ca sinh/1.000 phụ nữ (năm 2026) xuống còn 19 ca "
    "sinh/1.000 phụ nữ."
)
SYT_44 = "Tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần trong 3 thời kỳ thai nghén đạt 92%."
SYT_61 = (
    "100% đơn vị trực thuộc Sở được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết "
    "thực hiện bình đẳng giới."
)
SYT_62 = (
    "Trang thông tin điện tử của Sở Y tế mỗi quý có ít nhất 03 tin, bài về bình đẳng giới, "
    "phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
)

SYT_BLOCKS = [
    (
        "header",
        ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "", "Số: 412/KH-SYT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Nghệ An, ngày 22 tháng 02 năm 2027",
        ],
    ),
    "KẾ HOẠCH",
    "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế Nghệ An năm 2027",
    "Căn cứ Luật Bình đẳng giới năm 2006; Luật Phòng, chống bạo lực gia đình năm 2022;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Thực hiện Kế hoạch số 95/KH-UBND ngày 14/02/2027 của UBND tỉnh Nghệ An về thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh năm 2027;",
    "Sở Y tế xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế năm 2027, cụ thể như sau:",
    "I. KẾT QUẢ THỰC HIỆN NĂM 2026",
    "Năm 2026, công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế tiếp tục được lãnh đạo Sở và các đơn vị quan tâm chỉ đạo. Ban Vì sự tiến bộ của phụ nữ ngành được kiện toàn sau khi sắp xếp tổ chức bộ máy; 100% đơn vị trực thuộc đã ban hành kế hoạch thực hiện công tác bình đẳng giới năm 2026. Các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Tháng hành động vì bình đẳng giới được tổ chức với nhiều hình thức phong phú.",
    "Kết quả thực hiện một số chỉ tiêu chủ yếu: tỷ lệ đơn vị trực thuộc Sở có lãnh đạo chủ chốt là nữ đạt 61,3%; tỷ lệ nữ trong quy hoạch lãnh đạo cấp phòng trở lên đạt 38,7%; tỷ số giới tính khi sinh ước đạt 114,2 bé trai/100 bé gái; tỷ số tử vong mẹ khoảng 41/100.000 trẻ đẻ sống; tỷ suất sinh ở vị thành niên khoảng 21 ca sinh/1.000 phụ nữ; tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên trong 3 thời kỳ thai nghén đạt 89,5%; các cơ sở y tế đã tiếp nhận, điều trị 214 lượt người bị bạo lực gia đình (trong đó nữ chiếm 91,6%).",
    "Công tác cán bộ nữ tiếp tục được quan tâm: trong năm 2026 đã bổ nhiệm mới 17 viên chức nữ giữ chức vụ lãnh đạo, quản lý cấp khoa, phòng; cử 42 viên chức nữ đi đào tạo chuyên khoa cấp I, cấp II, thạc sĩ; 100% lao động nữ trong ngành được hưởng đầy đủ chế độ thai sản, nghỉ dưỡng sức theo quy định.",
    "Tuy nhiên, tình trạng mất cân bằng giới tính khi sinh vẫn ở mức cao, nhất là tại các xã đồng bằng ven biển; việc thống kê số liệu người bị bạo lực đến khám, điều trị tại một số trạm y tế chưa đầy đủ; một số đơn vị chưa bố trí được cán bộ đầu mối về bình đẳng giới; kinh phí dành cho hoạt động bình đẳng giới còn hạn chế.",
    "II. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Triển khai có hiệu quả các mục tiêu, chỉ tiêu về bình đẳng giới thuộc lĩnh vực y tế được UBND tỉnh giao tại Kế hoạch số 95/KH-UBND ngày 14/02/2027; nâng cao nhận thức, trách nhiệm của lãnh đạo các đơn vị, cán bộ, viên chức, người lao động toàn ngành về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.",
    "- Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe; từng bước thu hẹp khoảng cách giới trong công tác cán bộ của ngành.",
    "2. Yêu cầu",
    "- Các đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, phù hợp với chức năng, nhiệm vụ và điều kiện thực tế của đơn vị; lồng ghép với việc thực hiện nhiệm vụ chuyên môn.",
    "- Số liệu thống kê, báo cáo phải bảo đảm chính xác, kịp thời và có sự tách biệt theo giới tính.",
    "- Phát huy vai trò của Ban Vì sự tiến bộ của phụ nữ, tổ chức công đoàn, đoàn thanh niên trong các đơn vị; huy động sự tham gia của nam giới trong thực hiện các hoạt động chăm sóc sức khỏe sinh sản và phòng, chống bạo lực gia đình.",
    "III. MỤC TIÊU, CHỈ TIÊU",
    "1. Mục tiêu chung",
    "Tiếp tục nâng cao nhận thức, thay đổi hành vi về bình đẳng giới trong toàn ngành; tăng cường sự tham gia của nữ viên chức vào các vị trí lãnh đạo, quản lý; kiểm soát tình trạng mất cân bằng giới tính khi sinh, nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em và sức khỏe sinh sản, góp phần thực hiện thắng lợi Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh.",
    "2. Mục tiêu, chỉ tiêu cụ thể năm 2027",
    "(Số thứ tự các mục tiêu dưới đây được giữ nguyên theo Kế hoạch số 95/KH-UBND ngày 14/02/2027 của UBND tỉnh; ngành Y tế thực hiện các mục tiêu 1, 3, 4 và 6.)",
    "a) Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành Y tế",
    "- Chỉ tiêu 1: " + SYT_11,
    "- Chỉ tiêu 2 : " + SYT_12,
    "b) Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "Chỉ tiêu: " + SYT_31,
    "c) Mục tiêu 4: Trong lĩnh vực y tế",
    "- Chỉ tiêu 1: " + SYT_41,
    "- Chỉ tiêu 2: " + SYT_42,
    "- Chỉ tiêu 3: " + SYT_43,
    "- Chỉ tiêu 4: " + SYT_44,
    "d) Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
    "- Chỉ tiêu 1: " + SYT_61,
    "- Chỉ tiêu 2: " + SYT_62,
    "IV. NHIỆM VỤ, GIẢI PHÁP",
    "1. Công tác lãnh đạo, chỉ đạo",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ ngành Y tế và Ban Vì sự tiến bộ của phụ nữ tại các đơn vị trực thuộc; phân công thành viên phụ trách từng lĩnh vực, từng đơn vị.",
    "- Đưa nội dung thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ vào chương trình công tác năm 2027 của Sở và của các đơn vị; gắn kết quả thực hiện với công tác thi đua, khen thưởng.",
    "2. Công tác cán bộ nữ",
    "- Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các đơn vị trực thuộc bảo đảm tỷ lệ nữ theo chỉ tiêu đề ra; quan tâm đào tạo, bồi dưỡng chuyên môn sau đại học, lý luận chính trị, quản lý nhà nước cho viên chức nữ.",
    "- Thực hiện đầy đủ chế độ, chính sách đối với lao động nữ; tạo điều kiện để nữ viên chức, người lao động vừa hoàn thành nhiệm vụ chuyên môn vừa chăm lo gia đình.",
    "3. Chăm sóc sức khỏe bà mẹ, trẻ em và kiểm soát mất cân bằng giới tính khi sinh",
    "- Nâng cao chất lượng khám thai, quản lý thai nghén, chăm sóc trước, trong và sau sinh; củng cố mạng lưới cô đỡ thôn bản tại các xã vùng cao các huyện cũ Kỳ Sơn, Tương Dương, Quế Phong.",
    "- Tăng cường thanh tra, kiểm tra các cơ sở khám bệnh, chữa bệnh, cơ sở siêu âm trong việc thực hiện quy định nghiêm cấm lựa chọn giới tính thai nhi; xử lý nghiêm các trường hợp vi phạm.",
    "- Đẩy mạnh truyền thông, tư vấn về sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên; phòng ngừa mang thai ngoài ý muốn, tảo hôn ở vùng đồng bào dân tộc thiểu số.",
    "4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "- Các cơ sở khám bệnh, chữa bệnh thực hiện việc tiếp nhận, sơ cứu, điều trị, tư vấn cho người bị bạo lực gia đình, bạo lực trên cơ sở giới; bảo đảm bí mật thông tin và an toàn cho người bị bạo lực; ghi chép, thống kê số liệu theo mẫu quy định.",
    "- Tập huấn kỹ năng phát hiện, hỗ trợ người bị bạo lực cho nhân viên y tế tại khoa cấp cứu, khoa sản của các bệnh viện.",
    "5. Thông tin, truyền thông",
    "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12/2027).",
    '- Duy trì chuyên mục "Bình đẳng giới" trên Trang thông tin điện tử của Sở; lồng ghép nội dung bình đẳng giới trong các buổi sinh hoạt chuyên môn, sinh hoạt công đoàn, chi đoàn.',
    "- Phối hợp với Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh xây dựng các phóng sự, tin bài về chăm sóc sức khỏe sinh sản, phòng, chống lựa chọn giới tính thai nhi; cung cấp tài liệu truyền thông bằng tiếng dân tộc Thái, Mông cho các trạm y tế vùng cao.",
    "6. Chăm sóc sức khỏe cho lao động nữ và các nhóm yếu thế",
    "- Tổ chức khám sức khỏe định kỳ, khám chuyên khoa phụ sản cho nữ viên chức, người lao động trong ngành theo quy định; phối hợp với Liên đoàn Lao động tỉnh tổ chức khám sàng lọc ung thư vú, ung thư cổ tử cung cho nữ công nhân tại các khu công nghiệp Nam Cấm, VSIP Nghệ An.",
    "- Quan tâm chăm sóc sức khỏe người cao tuổi, người khuyết tật, phụ nữ và trẻ em gái người dân tộc thiểu số; bảo đảm các đối tượng này được tiếp cận bình đẳng các dịch vụ y tế cơ bản tại trạm y tế xã.",
    "7. Thống kê, cơ sở dữ liệu",
    "- Rà soát, chuẩn hóa các biểu mẫu thống kê chuyên ngành có phân tách theo giới tính; hướng dẫn các trạm y tế, bệnh viện ghi chép, thống kê số liệu về người bị bạo lực gia đình, bạo lực trên cơ sở giới đến khám, điều trị.",
    "- Cung cấp số liệu thuộc lĩnh vực y tế cho Thống kê tỉnh phục vụ xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
    "8. Kiểm tra, giám sát và thi đua, khen thưởng",
    "- Lồng ghép kiểm tra việc thực hiện công tác bình đẳng giới trong kiểm tra, đánh giá chất lượng bệnh viện và kiểm tra công tác năm của các đơn vị.",
    "- Biểu dương, khen thưởng kịp thời tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ; đề nghị Giám đốc Sở tặng Giấy khen cho các tập thể, cá nhân tiêu biểu nhân dịp tổng kết năm.",
    "V. KINH PHÍ",
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2027 của các đơn vị; lồng ghép từ kinh phí Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi (Dự án 8) và các nguồn kinh phí hợp pháp khác theo quy định.",
    "VI. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Tổ chức cán bộ",
    "- Là cơ quan thường trực Ban Vì sự tiến bộ của phụ nữ ngành Y tế; tham mưu Giám đốc Sở triển khai, hướng dẫn, kiểm tra việc thực hiện Kế hoạch.",
    "- Tham mưu rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý bảo đảm tỷ lệ nữ; thẩm định hồ sơ khen thưởng về công tác bình đẳng giới; tổng hợp kết quả thực hiện Kế hoạch của toàn ngành.",
    "- Làm đầu mối theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1, 2 của Mục tiêu 1 và chỉ tiêu 1 của Mục tiêu 6.",
    "2. Phòng Nghiệp vụ Y",
    "- Chỉ đạo các bệnh viện, trung tâm y tế thực hiện quy trình tiếp nhận, điều trị, tư vấn cho người bị bạo lực gia đình, bạo lực trên cơ sở giới.",
    "- Hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện đúng quy định về chẩn đoán, điều trị và ghi chép hồ sơ bệnh án đối với người bị bạo lực; tổ chức tập huấn chuyên môn cho nhân viên y tế.",
    "- Chịu trách nhiệm theo dõi, tổng hợp số liệu và báo cáo kết quả thực hiện chỉ tiêu của Mục tiêu 3.",
    "3. Chi cục Dân số - Kế hoạch hóa gia đình",
    "Triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản vị thành niên, thanh niên; theo dõi, báo cáo kết quả thực hiện chỉ tiêu 1 và chỉ tiêu 3 thuộc Mục tiêu 4.",
    "4. Trung tâm Kiểm soát bệnh tật tỉnh",
    "- Chủ trì theo dõi, tổng hợp số liệu về chăm sóc sức khỏe bà mẹ và báo cáo kết quả thực hiện chỉ tiêu 2, chỉ tiêu 4 (Mục tiêu 4).",
    "- Phối hợp với Chi cục Dân số - Kế hoạch hóa gia đình thực hiện chỉ tiêu 3 Mục tiêu 4 thông qua các hoạt động truyền thông, tư vấn sức khỏe sinh sản tại trường học.",
    "5. Văn phòng Sở",
    'Quản trị chuyên mục "Bình đẳng giới" trên Trang thông tin điện tử của Sở; chịu trách nhiệm theo dõi và báo cáo chỉ tiêu 2 của Mục tiêu 6. Bảo đảm kinh phí, cơ sở vật chất cho hoạt động của Ban Vì sự tiến bộ của phụ nữ ngành; tham mưu tổ chức các hoạt động nhân ngày 8/3, 20/10.',
    "6. Bệnh viện Sản Nhi Nghệ An",
    "Phối hợp với Phòng Nghiệp vụ Y thực hiện chỉ tiêu của Mục tiêu 3; phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh thu thập, thẩm định số liệu tử vong mẹ phục vụ theo dõi chỉ tiêu 2 Mục tiêu 4.",
    "7. Các đơn vị trực thuộc Sở",
    "- Xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2027 của đơn vị; bố trí cán bộ kiêm nhiệm làm công tác bình đẳng giới; cung cấp số liệu đầy đủ, đúng hạn theo đề nghị của các phòng chức năng Sở.",
    "- Lồng ghép nội dung bình đẳng giới trong sinh hoạt chuyên môn, hội nghị viên chức, người lao động.",
    "- Các Trung tâm Y tế khu vực chỉ đạo trạm y tế xã, phường thực hiện ghi chép, thống kê số liệu theo hướng dẫn; phối hợp với UBND các xã, phường tổ chức truyền thông tại cộng đồng.",
    "8. Thanh tra Sở",
    "Chủ trì thanh tra, kiểm tra các cơ sở khám bệnh, chữa bệnh, cơ sở siêu âm trong việc thực hiện quy định nghiêm cấm lựa chọn giới tính thai nhi và các quy định về bình đẳng giới trong lĩnh vực y tế; xử lý hoặc kiến nghị xử lý vi phạm theo quy định.",
    "9. Đề nghị Công đoàn ngành Y tế",
    "Phối hợp tuyên truyền, vận động đoàn viên công đoàn thực hiện pháp luật về bình đẳng giới; tham gia giám sát việc thực hiện chế độ, chính sách đối với lao động nữ; tổ chức các hoạt động nhân ngày 8/3 và 20/10.",
    "10. Chế độ thông tin, báo cáo",
    "- Các đơn vị trực thuộc Sở báo cáo kết quả thực hiện Kế hoạch (số liệu tách biệt theo giới tính) gửi về Sở Y tế qua Phòng Tổ chức cán bộ: báo cáo 6 tháng trước ngày 05/6/2027; báo cáo năm trước ngày 25/11/2027.",
    "- Phòng Tổ chức cán bộ tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 12/6/2027 đối với báo cáo 6 tháng và trước ngày 05/12/2027 đối với báo cáo năm.",
    "- Báo cáo đột xuất thực hiện khi có yêu cầu của UBND tỉnh, Sở Nội vụ hoặc Bộ Y tế. Nội dung báo cáo cần nêu rõ kết quả thực hiện từng chỉ tiêu, khó khăn, vướng mắc và đề xuất, kiến nghị; kèm theo biểu số liệu theo mẫu hướng dẫn của Phòng Tổ chức cán bộ.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế Nghệ An năm 2027. Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, phản ánh về Sở Y tế (qua Phòng Tổ chức cán bộ) để được hướng dẫn, giải quyết./.",
    "PHỤ LỤC: MỘT SỐ HOẠT ĐỘNG TRỌNG TÂM NĂM 2027",
    (
        "table",
        [
            ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            [
                "1",
                "Kiện toàn Ban Vì sự tiến bộ của phụ nữ ngành Y tế",
                "Phòng Tổ chức cán bộ",
                "Các đơn vị trực thuộc",
                "Quý I",
            ],
            [
                "2",
                "Tập huấn lồng ghép giới và kỹ năng hỗ trợ người bị bạo lực cho nhân viên y tế",
                "Phòng Nghiệp vụ Y",
                "Bệnh viện Đa khoa tỉnh, Bệnh viện Sản Nhi Nghệ An",
                "Quý II",
            ],
            [
                "3",
                "Truyền thông hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Công đoàn ngành Y tế",
                "Tháng 6",
            ],
            [
                "4",
                "Thanh tra, kiểm tra cơ sở siêu âm, cơ sở khám chữa bệnh về lựa chọn giới tính thai nhi",
                "Thanh tra Sở",
                "Chi cục Dân số - Kế hoạch hóa gia đình",
                "Quý III",
            ],
            [
                "5",
                "Khám sàng lọc ung thư vú, ung thư cổ tử cung cho nữ công nhân khu công nghiệp",
                "Bệnh viện Ung bướu Nghệ An",
                "Liên đoàn Lao động tỉnh",
                "Tháng 10",
            ],
            [
                "6",
                "Hoạt động hưởng ứng Tháng hành động vì bình đẳng giới",
                "Văn phòng Sở",
                "Các đơn vị trực thuộc",
                "15/11 - 15/12",
            ],
            [
                "7",
                "Kiểm tra việc thực hiện công tác bình đẳng giới tại một số đơn vị",
                "Phòng Tổ chức cán bộ",
                "Công đoàn ngành Y tế",
                "Quý IV",
            ],
        ],
    ),
    "Nơi nhận:\n- UBND tỉnh (để b/c);\n- Sở Nội vụ;\n- Giám đốc, các Phó Giám đốc Sở;\n- Các phòng chức năng, Chi cục, đơn vị trực thuộc;\n- Công đoàn ngành Y tế;\n- Lưu: VT, TCCB.",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Hồ Thị Minh Nguyệt",
]

SYT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Y tế Nghệ An năm 2027",
    "issuer": "Sở Y tế tỉnh Nghệ An",
    "level": "agency",
    "area": "Nghệ An",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Luật Bình đẳng giới năm 2006",
        "Luật Phòng, chống bạo lực gia đình năm 2022",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 95/KH-UBND ngày 14/02/2027 của UBND tỉnh Nghệ An về thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh năm 2027",
    ],
    "parent": "Kế hoạch số 95/KH-UBND ngày 14/02/2027 của UBND tỉnh Nghệ An",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý trong ngành Y tế",
            "indicators": [
                I("1.1", SYT_11, T(65, "%", ">=", 2027)),
                I("1.2", SYT_12, T(40, "%", ">", 2027)),
            ],
        },
        {
            "code": "3",
            "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "indicators": [
                I(
                    "3.1",
                    SYT_31,
                    T(95, "%", ">=", 2027, label="người bị bạo lực"),
                    T(100, "%", ">=", 2027, label="bệnh viện tuyến tỉnh"),
                ),
            ],
        },
        {
            "code": "4",
            "title": "Trong lĩnh vực y tế",
            "indicators": [
                I("4.1", SYT_41, T(112, "boys_per_100_girls", "<=", 2027)),
                I("4.2", SYT_42, T(38, "per_100000_live_births", "<", 2027)),
                I("4.3", SYT_43, T(19, "per_1000_women", "<=", 2027, baseline=21)),
                I("4.4", SYT_44, T(92, "%", ">=", 2027)),
            ],
        },
        {
            "code": "6",
            "title": "Trong lĩnh vực thông tin, truyền thông",
            "indicators": [
                I("6.1", SYT_61, T(100, "%", ">=", 2027)),
                I("6.2", SYT_62, T(3, "items_per_quarter", ">=", 2027)),
            ],
        },
    ],
    "assignments": [
        A("Phòng Tổ chức cán bộ", "lead", "1.1", "1.2", "6.1"),
        A("Phòng Nghiệp vụ Y", "lead", "3.1"),
        A("Chi cục Dân số - Kế hoạch hóa gia đình", "lead", "4.1", "4.3"),
        A("Trung tâm Kiểm soát bệnh tật tỉnh", "lead", "4.2", "4.4"),
        A("Trung tâm Kiểm soát bệnh tật tỉnh", "support", "4.3"),
        A("Văn phòng Sở", "lead", "6.2"),
        A("Bệnh viện Sản Nhi Nghệ An", "support", "3.1", "4.2"),
    ],
    "reporting": [
        R("semiannual", "units", "06-05"),
        R("annual", "units", "11-25"),
        R("semiannual", "consolidator", "06-12"),
        R("annual", "consolidator", "12-05"),
    ],
}


# ---------------------------------------------------------------------------
# 3. Liên đoàn Lao động tỉnh Quảng Ninh 2026-2030 (.docx)
# ---------------------------------------------------------------------------

LD_ROWS = [
    ["TT", "Mục tiêu, chỉ tiêu", "Đến năm 2028", "Đến năm 2030"],
    [
        "1",
        "Mục tiêu 1: Tăng cường sự tham gia của nữ đoàn viên, người lao động vào các vị trí lãnh đạo, quản lý trong tổ chức Công đoàn",
        "",
        "",
    ],
    [
        "1.1",
        "Tỷ lệ nữ tham gia Ban Chấp hành công đoàn các cấp",
        "Đạt 35% trở lên",
        "Đạt 38% trở lên",
    ],
    [
        "1.2",
        "Tỷ lệ nữ trong quy hoạch cán bộ lãnh đạo chủ chốt công đoàn cấp trên trực tiếp cơ sở",
        "Từ 30%",
        "Từ 35%",
    ],
    [
        "1.3",
        "Tỷ lệ công đoàn cơ sở có từ 30% nữ đoàn viên trở lên có cán bộ nữ giữ chức danh Chủ tịch hoặc Phó Chủ tịch công đoàn",
        "Trên 60%",
        "Trên 70%",
    ],
    [
        "2",
        "Mục tiêu 2: Bảo đảm quyền, lợi ích hợp pháp, chính đáng của lao động nữ trong lĩnh vực lao động, việc làm",
        "",
        "",
    ],
    [
        "2.1",
        "Tỷ lệ thỏa ước lao động tập thể được ký kết mới có điều khoản có lợi hơn cho lao động nữ so với quy định của pháp luật",
        "65%",
        "75%",
    ],
    [
        "2.2",
        "Tỷ lệ công đoàn cơ sở tại doanh nghiệp có từ 500 lao động nữ trở lên phối hợp với người sử dụng lao động hỗ trợ nhà trẻ, lớp mẫu giáo hoặc chi phí gửi trẻ cho con công nhân",
        "Đạt 40%",
        "Đạt 50%",
    ],
    [
        "3",
        "Mục tiêu 3: Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, quấy rối tình dục tại nơi làm việc",
        "",
        "",
    ],
    [
        "3.1",
        "Tỷ lệ công đoàn cơ sở doanh nghiệp phối hợp với người sử dụng lao động ban hành quy định về phòng, chống quấy rối tình dục tại nơi làm việc",
        "Đạt 50%",
        "Đạt 80%",
    ],
    [
        "3.2",
        "Tỷ lệ nữ đoàn viên, người lao động bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được công đoàn tư vấn, hỗ trợ kịp thời",
        "100%",
        "100%",
    ],
    [
        "4",
        "Mục tiêu 4: Nâng cao nhận thức về bình đẳng giới trong đoàn viên, người lao động",
        "",
        "",
    ],
    [
        "4.1",
        "Tỷ lệ đoàn viên, người lao động được tuyên truyền, phổ biến kiến thức cơ bản về bình đẳng giới",
        "Đạt 80%",
        "Đạt 90%",
    ],
    [
        "4.2",
        "Số tin, bài về bình đẳng giới trên Trang thông tin điện tử và Bản tin Lao động Quảng Ninh",
        "Ít nhất 06 tin, bài/quý",
        "Ít nhất 08 tin, bài/quý",
    ],
]

LD_BLOCKS = [
    (
        "header",
        ["TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG", "TỈNH QUẢNG NINH", "Số: 86/KH-LĐLĐ"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Quảng Ninh, ngày 15 tháng 6 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới trong các cấp công đoàn tỉnh Quảng Ninh giai đoạn 2026-2030**",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030; Kế hoạch số 174/KH-UBND ngày 05/5/2026 của UBND tỉnh Quảng Ninh về thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026-2030;",
    "Thực hiện Kế hoạch số 85/KH-TLĐ ngày 12/3/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về thực hiện Chiến lược quốc gia về bình đẳng giới trong tổ chức Công đoàn giai đoạn 2026-2030, Ban Thường vụ Liên đoàn Lao động tỉnh ban hành Kế hoạch thực hiện như sau:",
    "**I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025**",
    "Giai đoạn 2021-2025, các cấp công đoàn tỉnh đã tích cực triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong tổ chức Công đoàn. Công tác tuyên truyền về bình đẳng giới được lồng ghép trong các hoạt động nữ công, tháng công nhân, các hội nghị đối thoại, tuyên truyền pháp luật tại khu công nghiệp. Đến hết năm 2025, toàn tỉnh có hơn 96.000 nữ đoàn viên, chiếm 42,8% tổng số đoàn viên công đoàn; tỷ lệ nữ tham gia Ban Chấp hành công đoàn các cấp đạt 33,6%; 57,2% công đoàn cơ sở có từ 30% nữ đoàn viên trở lên có cán bộ nữ giữ chức danh Chủ tịch hoặc Phó Chủ tịch; 61% thỏa ước lao động tập thể ký mới có điều khoản có lợi hơn cho lao động nữ.",
    "Bên cạnh kết quả đạt được, tỷ lệ nữ trong ban thường vụ, chủ tịch công đoàn cấp trên trực tiếp cơ sở còn thấp; nhiều doanh nghiệp ngoài nhà nước chưa quan tâm hỗ trợ nhà trẻ, chi phí gửi trẻ; việc phát hiện, hỗ trợ nữ công nhân bị quấy rối tình dục tại nơi làm việc còn hạn chế do tâm lý e ngại của người lao động.",
    "**II. MỤC ĐÍCH, YÊU CẦU**",
    "1. Quán triệt sâu rộng đến cán bộ công đoàn, đoàn viên, người lao động chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới; nâng cao vai trò của tổ chức công đoàn trong đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của lao động nữ.",
    '2. Xác định rõ các mục tiêu, chỉ tiêu, nhiệm vụ và trách nhiệm của các ban, đơn vị thuộc LĐLĐ tỉnh, công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở trong việc triển khai Kế hoạch; gắn việc thực hiện Kế hoạch với phong trào thi đua "Giỏi việc nước, đảm việc nhà" trong nữ công nhân, viên chức, lao động.',
    "3. Việc triển khai phải thiết thực, phù hợp với đặc điểm đoàn viên, người lao động từng ngành, địa bàn, nhất là tại các khu công nghiệp, khu kinh tế và doanh nghiệp ngành Than.",
    "4. Các cấp công đoàn chủ động phối hợp với chuyên môn đồng cấp, người sử dụng lao động và các cơ quan, tổ chức có liên quan trong tổ chức thực hiện; số liệu theo dõi, báo cáo phải được thống kê có sự tách biệt giới.",
    "**III. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tạo chuyển biến mạnh mẽ về nhận thức và hành động của cán bộ công đoàn, đoàn viên, người lao động về bình đẳng giới; tăng cường sự tham gia của nữ đoàn viên vào các vị trí lãnh đạo, quản lý của tổ chức Công đoàn; bảo đảm quyền, lợi ích hợp pháp của lao động nữ, góp phần thực hiện thành công Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    "Các mục tiêu, chỉ tiêu cụ thể giai đoạn 2026-2030 được xác định tại biểu dưới đây:",
    ("table", LD_ROWS, [(1, 1, 1, 3), (5, 1, 5, 3), (8, 1, 8, 3), (11, 1, 11, 3)]),
    "*Ghi chú: Chỉ tiêu 1.3 tính trên tổng số công đoàn cơ sở có từ 30% nữ đoàn viên trở lên; chỉ tiêu 2.1 tính trên số thỏa ước lao động tập thể ký mới trong năm.*",
    "Căn cứ các chỉ tiêu nêu trên, các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở xác định chỉ tiêu cụ thể của đơn vị cho từng năm, bảo đảm không thấp hơn chỉ tiêu chung của LĐLĐ tỉnh; đơn vị nào đã đạt chỉ tiêu thì phấn đấu duy trì và nâng cao hơn. Việc đánh giá mức độ hoàn thành chỉ tiêu là một trong các căn cứ để xét thi đua, khen thưởng công tác nữ công hằng năm của các cấp công đoàn.",
    "**IV. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Tuyên truyền, nâng cao nhận thức về bình đẳng giới**",
    "- Đổi mới nội dung, hình thức tuyên truyền phù hợp với từng nhóm đối tượng; chú trọng tuyên truyền trực quan tại khu nhà trọ công nhân, trên nhóm mạng xã hội của công đoàn cơ sở.",
    "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "- Biên soạn tài liệu hỏi - đáp về bình đẳng giới, phòng, chống quấy rối tình dục tại nơi làm việc cấp phát cho công đoàn cơ sở.",
    '- Tuyên truyền về chia sẻ việc nhà, chăm sóc con cái giữa vợ và chồng trong gia đình công nhân, lao động; nhân rộng mô hình "Gia đình công nhân, viên chức, lao động tiêu biểu".',
    "**2. Nâng cao chất lượng công tác cán bộ nữ công đoàn**",
    "- Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; chuẩn bị nhân sự nữ tham gia ban chấp hành công đoàn các cấp tại đại hội công đoàn nhiệm kỳ 2028-2033.",
    "- Quan tâm phát hiện, giới thiệu nữ đoàn viên ưu tú để các cấp ủy đảng xem xét, kết nạp.",
    "- Tổ chức bồi dưỡng kỹ năng lãnh đạo, kỹ năng thương lượng, đối thoại cho cán bộ nữ công đoàn cơ sở, nhất là tại các doanh nghiệp dệt may, da giày, điện tử trong khu công nghiệp.",
    "**3. Đại diện, bảo vệ quyền và lợi ích hợp pháp của lao động nữ**",
    "- Tham gia xây dựng, thương lượng, ký kết thỏa ước lao động tập thể có điều khoản có lợi hơn cho lao động nữ; giám sát việc thực hiện chế độ thai sản, nghỉ dưỡng sức, khám sức khỏe định kỳ, khám phụ khoa cho lao động nữ.",
    '- Phối hợp với người sử dụng lao động hỗ trợ nhà trẻ, lớp mẫu giáo hoặc chi phí gửi trẻ; triển khai chương trình "Phòng vắt, trữ sữa mẹ" tại doanh nghiệp có đông lao động nữ.',
    "**4. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, quấy rối tình dục tại nơi làm việc**",
    "- Hướng dẫn công đoàn cơ sở phối hợp với người sử dụng lao động xây dựng quy định, quy trình tiếp nhận, xử lý phản ánh về quấy rối tình dục tại nơi làm việc.",
    "- Duy trì hoạt động của các câu lạc bộ nữ công, tổ tư vấn pháp luật tại công đoàn cơ sở; kịp thời tư vấn, hỗ trợ nữ đoàn viên bị bạo lực gia đình.",
    "**5. Kiểm tra, giám sát, sơ kết, tổng kết**",
    "- Lồng ghép kiểm tra việc thực hiện Kế hoạch với kiểm tra công tác nữ công hằng năm; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu.",
    "- Thực hiện thống kê số liệu đoàn viên, cán bộ công đoàn có phân tách theo giới trên phần mềm quản lý đoàn viên; cung cấp số liệu cho Sở Nội vụ và Thống kê tỉnh khi có yêu cầu.",
    "**6. Chăm lo đời sống, hỗ trợ lao động nữ**",
    '- Ưu tiên nữ đoàn viên có hoàn cảnh khó khăn, mẹ đơn thân trong các chương trình "Mái ấm Công đoàn", "Tết Sum vầy", hỗ trợ vay vốn từ Quỹ Trợ vốn công nhân, lao động nghèo.',
    "- Tổ chức các lớp tập huấn kỹ năng làm cha mẹ, kỹ năng phòng, chống xâm hại trẻ em cho công nhân lao động; tổ chức hoạt động vui chơi cho con công nhân nhân ngày Quốc tế Thiếu nhi 1/6 và Tết Trung thu.",
    "**7. Phối hợp với các cơ quan, tổ chức**",
    "- Phối hợp với Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Sở Nội vụ tổ chức các hoạt động truyền thông, tư vấn pháp luật, hỗ trợ nữ công nhân có hoàn cảnh khó khăn; tham gia ý kiến vào dự thảo chính sách của tỉnh có liên quan đến lao động nữ.",
    "- Phối hợp với Sở Y tế, Bảo hiểm xã hội tỉnh tổ chức khám sức khỏe, tư vấn chăm sóc sức khỏe sinh sản, chính sách bảo hiểm xã hội cho nữ công nhân tại các khu công nghiệp và các mỏ than.",
    "- Phối hợp với Ban Quản lý Khu kinh tế tỉnh vận động doanh nghiệp đầu tư thiết chế công đoàn, nhà trẻ, điểm sinh hoạt cộng đồng cho công nhân tại khu công nghiệp.",
    "**V. KINH PHÍ**",
    "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn tài chính công đoàn theo dự toán được duyệt hằng năm của các cấp công đoàn; kinh phí xã hội hóa và các nguồn hợp pháp khác.",
    "Các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở chủ động bố trí kinh phí cho hoạt động nữ công và bình đẳng giới trong dự toán thu, chi tài chính công đoàn hằng năm; vận động doanh nghiệp, nhà hảo tâm hỗ trợ kinh phí cho các hoạt động chăm lo nữ đoàn viên và con công nhân, lao động.",
    "**VI. TỔ CHỨC THỰC HIỆN**",
    "Ban Thường vụ LĐLĐ tỉnh phân công đồng chí Phó Chủ tịch phụ trách công tác nữ công trực tiếp chỉ đạo việc thực hiện Kế hoạch; các ban, đơn vị thuộc LĐLĐ tỉnh và các cấp công đoàn tổ chức thực hiện theo nhiệm vụ được phân công như sau:",
    "**1. Ban Tuyên giáo - Nữ công**",
    "- Là bộ phận thường trực tham mưu Ban Thường vụ LĐLĐ tỉnh chỉ đạo, hướng dẫn, kiểm tra các cấp công đoàn thực hiện Kế hoạch.",
    "- Xây dựng nội dung, tài liệu tuyên truyền; hướng dẫn tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới hằng năm; tổng hợp kết quả thực hiện Kế hoạch của các cấp công đoàn.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1.3; các chỉ tiêu thuộc Mục tiêu 3; chỉ tiêu 4.1, 4.2 của Kế hoạch.",
    "**2. Ban Tổ chức - Kiểm tra**",
    "- Tham mưu công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ công đoàn; hướng dẫn cơ cấu nhân sự nữ tham gia ban chấp hành công đoàn các cấp.",
    "- Hướng dẫn các công đoàn cấp trên trực tiếp cơ sở chuẩn bị nhân sự đại hội công đoàn các cấp nhiệm kỳ 2028-2033 bảo đảm cơ cấu nữ hợp lý; kiểm tra việc thực hiện Kế hoạch gắn với kiểm tra điều lệ công đoàn.",
    "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 1.1 và 1.2; phối hợp với Ban Tuyên giáo - Nữ công theo dõi chỉ tiêu 1.3.",
    "**3. Ban Chính sách - Pháp luật**",
    "- Hướng dẫn công đoàn cơ sở thương lượng, ký kết thỏa ước lao động tập thể; tư vấn pháp luật cho nữ đoàn viên, người lao động.",
    "- Tham gia các đoàn kiểm tra, giám sát liên ngành việc thực hiện chính sách đối với lao động nữ tại doanh nghiệp.",
    "- Tổng hợp, phân tích các vụ tranh chấp lao động, ngừng việc tập thể có liên quan đến quyền lợi của lao động nữ; đề xuất giải pháp với UBND tỉnh và các sở, ngành.",
    "- Theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 2; phối hợp với Ban Tuyên giáo - Nữ công thực hiện chỉ tiêu 3.1.",
    "**4. Văn phòng LĐLĐ tỉnh**",
    "Tham mưu bố trí kinh phí thực hiện Kế hoạch; phối hợp với Ban Tuyên giáo - Nữ công đăng tải tin, bài trên Trang thông tin điện tử LĐLĐ tỉnh theo chỉ tiêu 4.2.",
    "**5. Công đoàn Khu kinh tế tỉnh**",
    "Chỉ đạo công đoàn cơ sở tại các doanh nghiệp trong khu công nghiệp, khu kinh tế triển khai Kế hoạch; phối hợp với Ban Chính sách - Pháp luật theo dõi việc thực hiện chỉ tiêu 2.2 tại các doanh nghiệp có đông lao động nữ.",
    "**6. Các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở**",
    "- Căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với đặc điểm của ngành, địa bàn; chỉ đạo công đoàn cơ sở tổ chức thực hiện; định kỳ báo cáo kết quả về LĐLĐ tỉnh theo quy định.",
    "- Chủ động phối hợp với chính quyền, chuyên môn đồng cấp trong việc quy hoạch, bố trí cán bộ nữ; lồng ghép nội dung bình đẳng giới vào chương trình hoạt động của Ủy ban kiểm tra, Ban nữ công quần chúng.",
    "- Chỉ đạo công đoàn cơ sở đưa nội dung bảo đảm quyền lợi của lao động nữ vào đối thoại định kỳ tại nơi làm việc và hội nghị người lao động hằng năm; kịp thời phản ánh các vụ việc vi phạm quyền lợi lao động nữ về LĐLĐ tỉnh.",
    "**7. Công đoàn cơ sở**",
    "- Tổ chức tuyên truyền, phổ biến Kế hoạch đến đoàn viên, người lao động; phối hợp với người sử dụng lao động thực hiện các nội dung về bình đẳng giới tại đơn vị, doanh nghiệp.",
    "- Kiện toàn Ban nữ công quần chúng; xây dựng và duy trì hoạt động của các câu lạc bộ nữ công, tổ tư vấn tại doanh nghiệp; kịp thời phát hiện, báo cáo công đoàn cấp trên các trường hợp nữ đoàn viên bị bạo lực, quấy rối tình dục để có biện pháp hỗ trợ.",
    "**VII. CHẾ ĐỘ BÁO CÁO**",
    "1. Các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở và công đoàn cơ sở trực thuộc LĐLĐ tỉnh báo cáo kết quả thực hiện Kế hoạch (lồng ghép trong báo cáo công tác nữ công), gửi về LĐLĐ tỉnh (qua Ban Tuyên giáo - Nữ công): báo cáo 6 tháng trước ngày 31/5, báo cáo năm trước ngày 15/11 hằng năm.",
    "2. Ban Tuyên giáo - Nữ công tổng hợp, tham mưu Thường trực LĐLĐ tỉnh báo cáo Tổng Liên đoàn Lao động Việt Nam và UBND tỉnh (qua Sở Nội vụ): báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 30/11 hằng năm.",
    "3. Giữa kỳ, các đơn vị gửi báo cáo sơ kết 03 năm thực hiện Kế hoạch trước ngày 30/6/2028 để LĐLĐ tỉnh tổ chức sơ kết. Kết thúc giai đoạn, các đơn vị gửi báo cáo tổng kết trước ngày 30/6/2030; Ban Tuyên giáo - Nữ công tổng hợp, báo cáo Tổng Liên đoàn trước ngày 31/7/2030.",
    "4. Báo cáo đột xuất thực hiện theo yêu cầu của Tổng Liên đoàn Lao động Việt Nam, Tỉnh ủy, UBND tỉnh. Số liệu báo cáo thực hiện theo biểu mẫu do Ban Tuyên giáo - Nữ công hướng dẫn, có sự tách biệt giới.",
    "Ban Thường vụ LĐLĐ tỉnh yêu cầu các cấp công đoàn nghiêm túc triển khai thực hiện Kế hoạch. Quá trình thực hiện nếu có vướng mắc, phản ánh về LĐLĐ tỉnh (qua Ban Tuyên giáo - Nữ công) để được hướng dẫn./.",
    "Nơi nhận:\n- Tổng LĐLĐ Việt Nam (b/c);\n- Thường trực Tỉnh ủy, UBND tỉnh (b/c);\n- Sở Nội vụ;\n- Các đ/c UV BTV LĐLĐ tỉnh;\n- Các ban, đơn vị thuộc LĐLĐ tỉnh;\n- CĐ ngành, CĐ cấp trên trực tiếp cơ sở;\n- Lưu: VT, TG-NC.",
    "**TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH**",
    "Vũ Thị Thu Hằng",
]

# Blocks rendered with Word automatic numbering in the .docx (post-processing in
# make_plans_r10c.py): the "- " bullets of section III become 'List Bullet', the
# numbered agency headings of section V become 'List Number' (the number then
# comes from Word's numbering, not from the text).
LD_WORD_LISTS = {
    "List Bullet": [
        i
        for i, b in enumerate(LD_BLOCKS)
        if isinstance(b, str)
        and b.startswith("- ")
        and LD_BLOCKS.index("**IV. NHIỆM VỤ, GIẢI PHÁP**") < i < LD_BLOCKS.index("**V. KINH PHÍ**")
    ],
    "List Number": [
        i
        for i, b in enumerate(LD_BLOCKS)
        if isinstance(b, str)
        and LD_BLOCKS.index("**VI. TỔ CHỨC THỰC HIỆN**")
        < i
        < LD_BLOCKS.index("**VII. CHẾ ĐỘ BÁO CÁO**")
        and b.startswith("**")
        and b[2:3].isdigit()
    ],
}


def _row(code):
    return next(r for r in LD_ROWS if r[0] == code)


def _ld(code, *targets):
    return I(code, _row(code)[1], *targets)


LD_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trong các cấp công đoàn tỉnh Quảng Ninh giai đoạn 2026-2030",
    "issuer": "Liên đoàn Lao động tỉnh Quảng Ninh",
    "level": "agency",
    "area": "Quảng Ninh",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
        "Kế hoạch số 174/KH-UBND ngày 05/5/2026 của UBND tỉnh Quảng Ninh về thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026-2030",
        "Kế hoạch số 85/KH-TLĐ ngày 12/3/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về thực hiện Chiến lược quốc gia về bình đẳng giới trong tổ chức Công đoàn giai đoạn 2026-2030",
    ],
    "parent": "Kế hoạch số 85/KH-TLĐ ngày 12/3/2026 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
    "objectives": [
        {
            "code": "1",
            "title": "Tăng cường sự tham gia của nữ đoàn viên, người lao động vào các vị trí lãnh đạo, quản lý trong tổ chức Công đoàn",
            "indicators": [
                _ld("1.1", T(35, "%", ">=", 2028), T(38, "%", ">=", 2030)),
                _ld("1.2", T(30, "%", ">=", 2028), T(35, "%", ">=", 2030)),
                _ld("1.3", T(60, "%", ">", 2028), T(70, "%", ">", 2030)),
            ],
        },
        {
            "code": "2",
            "title": "Bảo đảm quyền, lợi ích hợp pháp, chính đáng của lao động nữ trong lĩnh vực lao động, việc làm",
            "indicators": [
                _ld("2.1", T(65, "%", ">=", 2028), T(75, "%", ">=", 2030)),
                _ld("2.2", T(40, "%", ">=", 2028), T(50, "%", ">=", 2030)),
            ],
        },
        {
            "code": "3",
            "title": "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới, quấy rối tình dục tại nơi làm việc",
            "indicators": [
                _ld("3.1", T(50, "%", ">=", 2028), T(80, "%", ">=", 2030)),
                _ld("3.2", T(100, "%", ">=", 2028), T(100, "%", ">=", 2030)),
            ],
        },
        {
            "code": "4",
            "title": "Nâng cao nhận thức về bình đẳng giới trong đoàn viên, người lao động",
            "indicators": [
                _ld("4.1", T(80, "%", ">=", 2028), T(90, "%", ">=", 2030)),
                _ld(
                    "4.2",
                    T(6, "items_per_quarter", ">=", 2028),
                    T(8, "items_per_quarter", ">=", 2030),
                ),
            ],
        },
    ],
    "assignments": [
        A("Ban Tuyên giáo - Nữ công", "lead", "1.3", "3.1", "3.2", "4.1", "4.2"),
        A("Ban Tổ chức - Kiểm tra", "lead", "1.1", "1.2"),
        A("Ban Tổ chức - Kiểm tra", "support", "1.3"),
        A("Ban Chính sách - Pháp luật", "lead", "2.1", "2.2"),
        A("Ban Chính sách - Pháp luật", "support", "3.1"),
        A("Văn phòng LĐLĐ tỉnh", "support", "4.2"),
        A("Công đoàn Khu kinh tế tỉnh", "support", "2.2"),
    ],
    "reporting": [
        R("semiannual", "units", "05-31"),
        R("annual", "units", "11-15"),
        R("semiannual", "consolidator", "06-10"),
        R("annual", "consolidator", "11-30"),
        R("midterm", "units", "2028-06-30"),
        R("final", "units", "2030-06-30"),
        R("final", "consolidator", "2030-07-31"),
    ],
}


PLANS = [
    {
        "name": "r10c-bo-cong-thuong-2026-2030",
        "ext": "pdf",
        "blocks": BCT_BLOCKS,
        "expected": BCT_EXPECTED,
    },
    {
        "name": "r10c-so-y-te-nghe-an-2027",
        "ext": "txt",
        "blocks": SYT_BLOCKS,
        "expected": SYT_EXPECTED,
    },
    {
        "name": "r10c-ldld-quang-ninh-2026-2030",
        "ext": "docx",
        "blocks": LD_BLOCKS,
        "expected": LD_EXPECTED,
        "word_lists": LD_WORD_LISTS,
    },
]
