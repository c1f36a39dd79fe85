"""Blind test plans r9d: three province annual plans (Tuyên Quang 2027 .docx,
Quảng Ngãi 2026 .txt, Đồng Tháp 2028 .pdf), written from plan-format.md and the
three shared samples only.

Each plan: {"name", "ext", "blocks", "expected"}; optional "list_styles"
({block index: python-docx paragraph style}) applied after render for .docx, and
"via_docx" (render as .docx, convert to .pdf with LibreOffice) for the .pdf plan.
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


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


def objectives(spec):
    """spec: [(code, title, [(icode, text, [targets])])] -> gem.plan/1 objectives."""
    return [
        {
            "code": c,
            "title": t,
            "indicators": [{"code": ic, "text": tx, "targets": tg} for ic, tx, tg in inds],
        }
        for c, t, inds in spec
    ]


# ---------------------------------------------------------------------------
# Plan 1: Tuyên Quang 2027 (.docx) - "Mục tiêu N:" bold, "- Chỉ tiêu N:" lines,
# agencies numbered by Word (List Number), reporting in its own section.
# ---------------------------------------------------------------------------

TQ = 2027
TQ_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Phấn đấu năm 2027 có 62% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ, tiến tới đạt 75% vào năm 2030.",
                [T(62, "%", ">=", 2027), T(75, "%", ">=", 2030)],
            ),
            (
                "1.2",
                "Tỷ lệ cán bộ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp tỉnh đạt từ 30% trở lên.",
                [T(30, "%", ">=", TQ)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương đạt 41,5%.", [T(41.5, "%", ">=", TQ)]),
            (
                "2.2",
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống còn 52%.",
                [T(52, "%", "<=", TQ)],
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 25%.",
                [T(25, "%", ">=", TQ)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới còn 1,6 lần.",
                [T(1.6, "times", "<=", TQ)],
            ),
            (
                "3.2",
                "85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; 80% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(85, "%", ">=", TQ, label="người bị bạo lực"),
                    T(80, "%", ">=", TQ, label="người gây bạo lực"),
                ],
            ),
            (
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", TQ)],
            ),
            (
                "3.4",
                "100% cơ sở trợ giúp xã hội công lập trên địa bàn tỉnh triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", TQ)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh không quá 111 bé trai/100 bé gái sinh ra sống.",
                [T(111, "boys_per_100_girls", "<=", TQ)],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ liên quan đến thai sản giảm xuống dưới 45/100.000 trẻ đẻ sống.",
                [T(45, "per_100000_live_births", "<", TQ)],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm còn 30 ca sinh/1.000 phụ nữ.",
                [T(30, "per_1000_women", "<=", TQ)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 97%, hoàn thành cấp trung học cơ sở đạt 92%.",
                [
                    T(97, "%", ">=", TQ, label="tiểu học"),
                    T(92, "%", ">=", TQ, label="trung học cơ sở"),
                ],
            ),
            (
                "5.2",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 35%.",
                [T(35, "%", ">", TQ)],
            ),
            (
                "5.3",
                "Nội dung về giới, bình đẳng giới được lồng ghép trong chương trình giáo dục của các trường phổ thông và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên địa bàn tỉnh.",
                [T(None, "bool", "=", TQ)],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "Phấn đấu 75% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(75, "%", ">=", TQ)],
            ),
            (
                "6.2",
                "100% xã, phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", TQ)],
            ),
            (
                "6.3",
                "Báo và Phát thanh, Truyền hình Tuyên Quang duy trì chuyên mục về bình đẳng giới, mỗi tháng phát sóng ít nhất 02 chương trình.",
                [T(2, "items_per_month", ">=", TQ)],
            ),
        ],
    ),
]


def _tq_objective_blocks():
    out = []
    for code, title, inds in TQ_OBJ:
        out.append(f"**Mục tiêu {code}: {title}**")
        for ic, text, _ in inds:
            out.append(f"- Chỉ tiêu {ic.split('.')[1]}: {text}")
    return out


TQ_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số: 52/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Tuyên Quang, ngày 20 tháng 01 năm 2027",
            ],
        ),
        "**KẾ HOẠCH**",
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027**",
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Kế hoạch số 96/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang giai đoạn 2026 - 2030;",
        "Căn cứ Công văn số 7105/BNV-CTTN&BĐG ngày 22/12/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh năm 2027, như sau:",
        "**I. KẾT QUẢ THỰC HIỆN NĂM 2026**",
        "**1. Kết quả đạt được**",
        "Năm 2026, năm đầu thực hiện Kế hoạch giai đoạn 2026 - 2030 sau khi hợp nhất tỉnh, công tác bình đẳng giới tiếp tục được các cấp, các ngành quan tâm. Theo số liệu tổng hợp, 12/17 chỉ tiêu đạt và vượt kế hoạch năm: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 58,6%; tỷ lệ lao động nữ làm công hưởng lương đạt 39,8%; 100% nạn nhân bị mua bán trở về có nhu cầu được hỗ trợ; 96,1% trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học; 100% xã, phường có tin, bài tuyên truyền về bình đẳng giới trên hệ thống thông tin cơ sở.",
        "Các hoạt động truyền thông được tổ chức đa dạng với 1.350 buổi tuyên truyền, thu hút trên 86.000 lượt người tham gia; duy trì 214 mô hình phòng, chống bạo lực gia đình và 57 địa chỉ tin cậy tại cộng đồng; tổ chức 09 lớp tập huấn cho 640 lượt cán bộ làm công tác bình đẳng giới.",
        "**2. Tồn tại, hạn chế**",
        "Một số chỉ tiêu chưa đạt: tỷ số giới tính khi sinh còn ở mức 112,4 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên còn 33 ca sinh/1.000 phụ nữ; tình trạng tảo hôn, hôn nhân cận huyết thống ở một số xã vùng cao chưa được đẩy lùi. Đội ngũ công chức làm công tác bình đẳng giới cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi sau sắp xếp; việc thu thập số liệu có tách biệt giới ở một số lĩnh vực còn chậm, thiếu đồng bộ.",
        "**II. MỤC ĐÍCH, YÊU CẦU**",
        "**1. Mục đích**",
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch số 96/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh thành các nhiệm vụ cụ thể của năm 2027, năm thứ hai thực hiện giai đoạn 2026 - 2030; phân công rõ trách nhiệm của các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các xã, phường trong tổ chức thực hiện.",
        "Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, người đứng đầu cơ quan, đơn vị và Nhân dân các dân tộc trong tỉnh về bình đẳng giới; từng bước thu hẹp khoảng cách giới, nhất là ở vùng đồng bào dân tộc thiểu số, vùng cao, biên giới của tỉnh.",
        "**2. Yêu cầu**",
        "Các nhiệm vụ phải bám sát chỉ tiêu được giao, phù hợp với chức năng, nhiệm vụ của từng cơ quan, đơn vị và điều kiện thực tế sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp.",
        "Bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị; thu thập, cập nhật số liệu có tách biệt giới đầy đủ, kịp thời phục vụ công tác theo dõi, đánh giá.",
        "Lồng ghép nội dung bình đẳng giới trong các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội của tỉnh, tránh hình thức, trùng lặp.",
        "**III. MỤC TIÊU, CHỈ TIÊU NĂM 2027**",
        "**1. Mục tiêu chung**",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; nâng cao vị thế của phụ nữ người dân tộc thiểu số, góp phần xây dựng tỉnh Tuyên Quang phát triển nhanh, bền vững.",
        "**2. Chỉ tiêu cụ thể**",
    ]
    + _tq_objective_blocks()
    + [
        "**IV. NHIỆM VỤ, GIẢI PHÁP**",
        "**1. Công tác lãnh đạo, chỉ đạo và hoàn thiện thể chế**",
        "- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bình đẳng giới; đưa kết quả thực hiện các chỉ tiêu bình đẳng giới vào tiêu chí đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu hằng năm.",
        "- Rà soát, đề xuất sửa đổi, bổ sung các văn bản của tỉnh bảo đảm nguyên tắc bình đẳng giới; thực hiện lồng ghép vấn đề bình đẳng giới ngay từ khâu đề xuất chính sách, dự thảo nghị quyết của Hội đồng nhân dân tỉnh.",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và các cơ quan, đơn vị sau sắp xếp tổ chức bộ máy; phân công công chức theo dõi công tác bình đẳng giới tại các xã, phường.",
        "**2. Thực hiện các nhóm giải pháp theo từng mục tiêu**",
        "- Đối với Mục tiêu 1: Rà soát, bổ sung quy hoạch cán bộ nữ, bảo đảm tỷ lệ cán bộ nữ trong quy hoạch theo chỉ tiêu đề ra; quan tâm đào tạo, bồi dưỡng, luân chuyển cán bộ nữ, cán bộ nữ người dân tộc thiểu số; ưu tiên bố trí cán bộ nữ ở những cơ quan, đơn vị có từ 30% cán bộ, công chức là nữ trở lên.",
        "- Đối với Mục tiêu 2: Hỗ trợ phụ nữ vùng nông thôn, vùng đồng bào dân tộc thiểu số học nghề, chuyển đổi nghề, tiếp cận vốn vay ưu đãi; hỗ trợ phụ nữ khởi nghiệp, thành lập và quản lý hợp tác xã, tổ hợp tác gắn với sản phẩm OCOP của địa phương.",
        "- Đối với Mục tiêu 3: Duy trì và nhân rộng mô hình phòng, chống bạo lực gia đình, địa chỉ tin cậy - nhà tạm lánh tại cộng đồng, đường dây nóng; tăng cường truyền thông thay đổi quan niệm về phân công lao động theo giới, khuyến khích nam giới chia sẻ việc nhà; phòng ngừa tảo hôn, hôn nhân cận huyết thống.",
        "- Đối với Mục tiêu 4: Thực hiện hiệu quả các hoạt động kiểm soát mất cân bằng giới tính khi sinh; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em ở tuyến xã, nhất là các xã vùng cao; tư vấn sức khỏe sinh sản, sức khỏe tình dục cho vị thành niên, thanh niên.",
        "- Đối với Mục tiêu 5: Vận động trẻ em gái người dân tộc thiểu số đi học đúng độ tuổi, hạn chế bỏ học giữa chừng; tư vấn, hướng nghiệp, khuyến khích nữ học sinh tham gia học nghề, nhất là các ngành nghề kỹ thuật.",
        "- Đối với Mục tiêu 6: Đa dạng hóa các hình thức truyền thông, chú trọng truyền thông bằng tiếng dân tộc thiểu số trên hệ thống thông tin cơ sở, mạng xã hội; biểu dương các điển hình tiên tiến trong thực hiện bình đẳng giới.",
        "**3. Tổ chức các hoạt động hưởng ứng các ngày, tháng kỷ niệm**",
        "Tổ chức các hoạt động truyền thông nhân Ngày Quốc tế Phụ nữ (8/3), Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10) và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027) với hình thức phù hợp, tiết kiệm, hiệu quả.",
        "**4. Nâng cao năng lực, kiểm tra, giám sát**",
        "- Tổ chức tập huấn kiến thức, kỹ năng lồng ghép giới, thu thập và phân tích số liệu thống kê có tách biệt giới cho cán bộ, công chức làm công tác bình đẳng giới cấp tỉnh và cấp xã; ưu tiên công chức mới được phân công nhiệm vụ.",
        "- Cập nhật cơ sở dữ liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        "- Lồng ghép nội dung kiểm tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch thanh tra, kiểm tra năm 2027 của các sở, ngành; kịp thời chấn chỉnh những tồn tại, hạn chế.",
        "**V. KINH PHÍ THỰC HIỆN**",
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2027 của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép từ các chương trình mục tiêu quốc gia, các đề án, dự án có liên quan và huy động từ các nguồn hợp pháp khác theo quy định của pháp luật.",
        "Căn cứ nhiệm vụ được giao, các cơ quan, đơn vị, địa phương chủ động xây dựng dự toán kinh phí thực hiện, gửi cơ quan tài chính cùng cấp tổng hợp, trình cấp có thẩm quyền xem xét, quyết định.",
        "**VI. TỔ CHỨC THỰC HIỆN**",
        # --- agencies: paragraphs styled 'List Number' after render (see TQ_LIST_STYLES) ---
        "**Sở Nội vụ**",
        "- Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch; tổ chức tập huấn nghiệp vụ về bình đẳng giới cho công chức cấp xã.",
        "- Tham mưu triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027; tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới.",
        "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện Chỉ tiêu 1, Chỉ tiêu 2 thuộc Mục tiêu 1; Chỉ tiêu 1, 2 thuộc Mục tiêu 2 và Chỉ tiêu 1 thuộc Mục tiêu 6.",
        "**Sở Tài chính**",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách; hướng dẫn các cơ quan, đơn vị lập dự toán, quyết toán kinh phí theo quy định; lồng ghép chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh.",
        "- Chịu trách nhiệm thu thập, tổng hợp và báo cáo số liệu Chỉ tiêu 3 thuộc Mục tiêu 2.",
        "**Sở Y tế**",
        "- Triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản; chỉ đạo các cơ sở y tế tiếp nhận, chăm sóc, điều trị người bị bạo lực.",
        "- Hướng dẫn các cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
        "- Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chỉ tiêu 4 thuộc Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
        "**Sở Giáo dục và Đào tạo**",
        "- Chỉ đạo các cơ sở giáo dục lồng ghép nội dung giới, bình đẳng giới, kỹ năng sống, phòng chống xâm hại trẻ em vào hoạt động giáo dục; thực hiện công tác phân luồng, hướng nghiệp cho học sinh.",
        "- Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "**Sở Văn hóa, Thể thao và Du lịch**",
        "- Triển khai Tháng hành động quốc gia về phòng, chống bạo lực gia đình; hướng dẫn lồng ghép nội dung bình đẳng giới trong hương ước, quy ước của thôn, tổ dân phố; quản lý hoạt động báo chí, xuất bản, quảng cáo bảo đảm không có nội dung định kiến giới.",
        "- Chỉ đạo hệ thống thông tin cơ sở tăng thời lượng tuyên truyền về bình đẳng giới.",
        "- Theo dõi, báo cáo Chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực gia đình) và Chỉ tiêu 2 thuộc Mục tiêu 6.",
        "**Công an tỉnh**",
        "- Chủ trì công tác phòng, chống mua bán người; tiếp nhận, xác minh, bảo vệ, hỗ trợ nạn nhân bị mua bán; điều tra, xử lý nghiêm các vụ bạo lực, xâm hại phụ nữ, trẻ em.",
        "- Chịu trách nhiệm theo dõi, báo cáo Chỉ tiêu 3 thuộc Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu các vụ bạo lực gia đình được phát hiện, xử lý phục vụ theo dõi Chỉ tiêu 2 thuộc Mục tiêu 3.",
        "**Thống kê tỉnh**",
        "Chủ trì thu thập, cung cấp số liệu Chỉ tiêu 1 thuộc Mục tiêu 3; phối hợp với Sở Nội vụ cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
        "**Sở Dân tộc và Tôn giáo**",
        "Tuyên truyền, vận động đồng bào các dân tộc xóa bỏ hủ tục, tảo hôn, hôn nhân cận huyết thống; phối hợp với Sở Giáo dục và Đào tạo theo dõi Chỉ tiêu 1 thuộc Mục tiêu 5 đối với trẻ em dân tộc thiểu số.",
        "**Sở Tư pháp**",
        "Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của tỉnh; lồng ghép nội dung bình đẳng giới trong công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và trợ giúp pháp lý cho phụ nữ.",
        "**Báo và Phát thanh, Truyền hình Tuyên Quang**",
        "Duy trì chuyên mục, chuyên trang về bình đẳng giới bằng tiếng Việt và tiếng dân tộc thiểu số; chịu trách nhiệm thực hiện và báo cáo kết quả Chỉ tiêu 3 thuộc Mục tiêu 6.",
        "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**",
        "Tăng cường giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; chỉ đạo các tổ chức thành viên lồng ghép nội dung bình đẳng giới trong hoạt động của tổ chức mình.",
        "**Đề nghị Hội Liên hiệp Phụ nữ tỉnh**",
        "Triển khai các đề án hỗ trợ phụ nữ khởi nghiệp, hỗ trợ hợp tác xã do phụ nữ quản lý; phối hợp với Sở Tài chính theo dõi, cung cấp thông tin về nữ chủ doanh nghiệp, hợp tác xã (Chỉ tiêu 3 thuộc Mục tiêu 2).",
        "**Ủy ban nhân dân các xã, phường**",
        "Xây dựng, ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2027 của địa phương, hoàn thành trước ngày 28/02/2027; bố trí công chức theo dõi công tác bình đẳng giới; chỉ đạo các thôn, tổ dân phố tổ chức tuyên truyền, thu thập số liệu và báo cáo theo quy định.",
        "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
        "1. Các sở, ban, ngành, đơn vị và Ủy ban nhân dân các xã, phường báo cáo tình hình, kết quả thực hiện Kế hoạch (kèm biểu số liệu có tách biệt giới) gửi về Sở Nội vụ: báo cáo 6 tháng đầu năm trước ngày 05/6/2027; báo cáo năm trước ngày 05/12/2027.",
        "2. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 15/6/2027; báo cáo năm trước ngày 15/12/2027.",
        "3. Báo cáo đột xuất thực hiện theo yêu cầu của cơ quan có thẩm quyền.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ (b/c);",
                "- Thường trực Tỉnh ủy;",
                "- Thường trực HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành, đoàn thể tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX (Hg).",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Minh Thu"],
        ),
    ]
)


def _list_styles(blocks, start_marker, end_marker):
    """Block indexes of the bold agency headings between two section headings."""
    out, inside = {}, False
    for i, b in enumerate(blocks):
        if b == start_marker:
            inside = True
            continue
        if b == end_marker:
            break
        if inside and isinstance(b, str) and b.startswith("**") and b.endswith("**"):
            out[i] = "List Number"
    return out


TQ_LIST_STYLES = _list_styles(
    TQ_BLOCKS, "**VI. TỔ CHỨC THỰC HIỆN**", "**VII. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**"
)

TQ_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027",
    "issuer": "UBND tỉnh Tuyên Quang",
    "level": "province",
    "area": "Tuyên Quang",
    "period": {"start": 2027, "end": 2027},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 96/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang giai đoạn 2026 - 2030",
        "Công văn số 7105/BNV-CTTN&BĐG ngày 22/12/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
    ],
    "parent": "Kế hoạch số 96/KH-UBND ngày 14/5/2026 của Ủy ban nhân dân tỉnh",
    "objectives": objectives(TQ_OBJ),
    "assignments": [
        A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "6.1"),
        A("Sở Tài chính", "lead", "2.3"),
        A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.2"),
        A("Công an tỉnh", "lead", "3.3"),
        A("Công an tỉnh", "support", "3.2"),
        A("Thống kê tỉnh", "lead", "3.1"),
        A("Sở Dân tộc và Tôn giáo", "support", "5.1"),
        A("Báo và Phát thanh, Truyền hình Tuyên Quang", "lead", "6.3"),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", "2.3"),
    ],
    "reporting": [
        R("plan", "units", "2027-02-28"),
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-15"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 2: Quảng Ngãi 2026 (.txt) - long-form objective titles "Mục tiêu N.",
# indicators "Chỉ tiêu N." (one typo "Chi tiêu"), agencies lettered a) b) c),
# reporting regime inside "Tổ chức thực hiện".
# ---------------------------------------------------------------------------

QN = 2026
QN_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Năm 2026, có ít nhất 58% cơ quan quản lý nhà nước, chính quyền địa phương ở cấp tỉnh và cấp xã có lãnh đạo chủ chốt là nữ.",
                [T(58, "%", ">=", QN)],
            ),
            (
                "1.2",
                "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031 đạt từ 35% trở lên.",
                [T(35, "%", ">=", QN)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương đạt 44%.", [T(44, "%", ">=", QN)]),
            (
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm dưới 38%.",
                [T(38, "%", "<", QN)],
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 26%.",
                [T(26, "%", ">=", QN)],
            ),
        ],
    ),
    (
        "3",
        "Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ xuống 1,7 lần so với nam giới.",
                [T(1.7, "times", "<=", QN)],
            ),
            (
                "3.2",
                "Có ít nhất 82% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 75% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(82, "%", ">=", QN, label="người bị bạo lực"),
                    T(75, "%", ">=", QN, label="người gây bạo lực"),
                ],
            ),
            (
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", QN)],
            ),
            (
                "3.4",
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", QN)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "4.1",
                "Duy trì tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống.",
                [T(109, "boys_per_100_girls", "<", QN)],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ không quá 48/100.000 trẻ đẻ sống.",
                [T(48, "per_100000_live_births", "<=", QN)],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm từ 34 ca sinh/1.000 phụ nữ năm 2025 xuống còn 31 ca sinh/1.000 phụ nữ.",
                [T(31, "per_1000_women", "<=", QN, baseline=34)],
            ),
        ],
    ),
    (
        "5",
        "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Tiếp tục đưa nội dung về giới, bình đẳng giới vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh.",
                [T(None, "bool", "=", QN)],
            ),
            (
                "5.2",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 96%, hoàn thành cấp trung học cơ sở đạt 90%.",
                [
                    T(96, "%", ">=", QN, label="tiểu học"),
                    T(90, "%", ">=", QN, label="trung học cơ sở"),
                ],
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 38%.",
                [T(38, "%", ">=", QN)],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "70% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(70, "%", ">=", QN)],
            ),
            (
                "6.2",
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới.",
                [T(100, "%", ">=", QN)],
            ),
            (
                "6.3",
                "100% xã, phường, đặc khu mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", QN)],
            ),
            (
                "6.4",
                "Báo và Phát thanh, Truyền hình Quảng Ngãi mỗi quý có ít nhất 06 tin, bài, phóng sự về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
                [T(6, "items_per_quarter", ">=", QN)],
            ),
        ],
    ),
]


def _qn_objective_blocks():
    out = []
    for code, title, inds in QN_OBJ:
        out.append(f"Mục tiêu {code}. {title}")
        for ic, text, _ in inds:
            word = "Chi tiêu" if ic == "3.3" else "Chỉ tiêu"  # typo as typed
            out.append(f"\t{word} {ic.split('.')[1]}. {text}")
    return out


QN_BLOCKS = (
    [
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "--------", "Số: 1187/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "---------------",
                "Quảng Ngãi, ngày 06 tháng 3 năm 2026",
            ],
        ),
        "KẾ HOẠCH",
        "Thực hiện công tác bình đẳng giới và Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh Quảng Ngãi",
        "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030; Kế hoạch số 128/KH-UBND ngày 09/01/2026 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Quảng Ngãi; Công văn số 1024/BNV-CTTN&BĐG ngày 27/02/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026; theo đề nghị của Giám đốc Sở Nội vụ, UBND tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới năm 2026 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Triển khai đồng bộ, có hiệu quả các mục tiêu, chỉ tiêu của Kế hoạch giai đoạn 2026 - 2030 ngay từ năm đầu; gắn công tác bình đẳng giới với việc tổ chức bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031, với việc ổn định tổ chức bộ máy của tỉnh sau hợp nhất.",
        "2. Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, cộng đồng và mỗi người dân về bình đẳng giới; quan tâm đến phụ nữ, trẻ em gái vùng đồng bào dân tộc thiểu số, miền núi phía Tây của tỉnh và đặc khu Lý Sơn.",
        "3. Các sở, ban, ngành, địa phương xác định nhiệm vụ cụ thể, có lộ trình, phân công rõ người, rõ việc; bảo đảm số liệu báo cáo đầy đủ, chính xác, có sự tách biệt giới.",
        "4. Công tác bình đẳng giới được triển khai trong bối cảnh tỉnh mới hợp nhất, địa bàn rộng, nhiều xã đặc biệt khó khăn; do đó các hoạt động phải thiết thực, lồng ghép với các chương trình, đề án đang triển khai, tránh trùng lặp, lãng phí.",
        "II. MỤC TIÊU VÀ CHỈ TIÊU NĂM 2026",
        "1. Mục tiêu chung",
        "Tạo chuyển biến rõ nét về bình đẳng giới ngay trong năm đầu của giai đoạn 2026 - 2030; thu hẹp khoảng cách giới ở các lĩnh vực còn nhiều hạn chế, góp phần xây dựng tỉnh Quảng Ngãi phát triển nhanh và bền vững.",
        "2. Mục tiêu, chỉ tiêu cụ thể",
    ]
    + _qn_objective_blocks()
    + [
        "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
        "1. Công tác chỉ đạo, điều hành",
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh sau khi sắp xếp, hợp nhất; các sở, ngành, UBND các xã, phường, đặc khu kiện toàn Ban Vì sự tiến bộ của phụ nữ hoặc phân công thành viên phụ trách công tác bình đẳng giới.",
        "- Đưa các chỉ tiêu về bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh và của từng địa phương; lấy kết quả thực hiện làm một tiêu chí bình xét thi đua, khen thưởng cuối năm.",
        "- Người đứng đầu các cơ quan, đơn vị, địa phương chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong Kế hoạch này.",
        "- Bảo đảm tỷ lệ người ứng cử là nữ trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân các cấp theo quy định của Luật Bầu cử; tạo điều kiện để ứng cử viên nữ tiếp xúc cử tri, vận động bầu cử.",
        "2. Công tác thông tin, truyền thông",
        "- Đẩy mạnh tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022 và các văn bản hướng dẫn; đa dạng hình thức tuyên truyền như tọa đàm, sân khấu hóa, cuộc thi tìm hiểu pháp luật, tuyên truyền trên mạng xã hội, trang thông tin điện tử của các cơ quan, đơn vị.",
        "- Biên soạn tài liệu truyền thông song ngữ (tiếng Việt - tiếng Hrê, tiếng Ca Dong, tiếng Xơ Đăng) phù hợp với đồng bào các dân tộc ở các xã miền núi.",
        "- Phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên pháp luật, cộng tác viên dân số, chi hội trưởng phụ nữ ở thôn, tổ dân phố trong tuyên truyền trực tiếp tại cộng đồng.",
        "- Tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam 28/6 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2026 với chủ đề do Bộ Nội vụ hướng dẫn.",
        "3. Thực hiện các chương trình, đề án",
        '- Triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; duy trì hoạt động các Tổ truyền thông cộng đồng, Địa chỉ tin cậy ở cộng đồng.',
        "- Thực hiện các hoạt động hỗ trợ phụ nữ khởi nghiệp, hỗ trợ lao động nữ học nghề, chuyển đổi nghề, đặc biệt là lao động nữ ven biển bị ảnh hưởng bởi chuyển đổi sinh kế.",
        "- Triển khai các mô hình can thiệp giảm tảo hôn, hôn nhân cận huyết thống; mô hình chăm sóc sức khỏe sinh sản cho vị thành niên, thanh niên ở các xã miền núi.",
        "4. Nâng cao năng lực và kiểm tra, giám sát",
        "- Tổ chức 02 lớp tập huấn về lồng ghép giới và kỹ năng thu thập, tổng hợp số liệu thống kê giới cho công chức cấp xã phụ trách công tác bình đẳng giới.",
        "- Các sở, ngành, địa phương tự kiểm tra việc thực hiện Kế hoạch tại cơ quan, đơn vị mình; kịp thời chấn chỉnh những tồn tại, hạn chế; tiếp nhận, giải quyết kịp thời các phản ánh, kiến nghị liên quan đến bình đẳng giới theo quy định.",
        "- Thực hiện kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành, địa phương; lồng ghép nội dung bình đẳng giới trong các cuộc thanh tra hành chính, thanh tra chuyên ngành.",
        "5. Công tác thống kê, cơ sở dữ liệu về giới",
        "- Rà soát, chuẩn hóa các biểu mẫu thu thập số liệu thống kê giới của các sở, ngành sau hợp nhất, bảo đảm thống nhất với Bộ chỉ tiêu thống kê phát triển giới của quốc gia; số liệu của các địa phương thuộc tỉnh Kon Tum (cũ) và tỉnh Quảng Ngãi (cũ) được tổng hợp chung, không tách riêng.",
        "- Cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; công bố số liệu thống kê giới năm 2025 làm cơ sở theo dõi việc thực hiện các chỉ tiêu giai đoạn 2026 - 2030.",
        "6. Hợp tác, huy động nguồn lực",
        "- Tiếp tục phối hợp với các tổ chức quốc tế, tổ chức phi chính phủ đang hoạt động trên địa bàn tỉnh triển khai các dự án hỗ trợ phụ nữ và trẻ em gái vùng đồng bào dân tộc thiểu số, phòng ngừa bạo lực trên cơ sở giới, hỗ trợ sinh kế cho phụ nữ yếu thế.",
        "- Khuyến khích doanh nghiệp, hợp tác xã tạo việc làm cho lao động nữ, xây dựng nhà trẻ, nhóm trẻ tại khu công nghiệp Dung Quất, khu kinh tế cửa khẩu quốc tế Bờ Y; xây dựng môi trường làm việc không có quấy rối tình dục.",
        "7. Thi đua, khen thưởng",
        "- Sở Nội vụ hướng dẫn các cơ quan, đơn vị, địa phương đưa nội dung bình đẳng giới vào phong trào thi đua năm 2026; tổng hợp, đề xuất Chủ tịch UBND tỉnh khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ (dự kiến 10 tập thể, 15 cá nhân).",
        "- Các cơ quan, đơn vị, địa phương kịp thời biểu dương, nhân rộng các gương điển hình, cách làm hay trong thực hiện bình đẳng giới ở cơ sở.",
        "IV. KINH PHÍ THỰC HIỆN",
        "1. Kinh phí thực hiện do ngân sách nhà nước bảo đảm theo phân cấp hiện hành, được bố trí trong dự toán chi thường xuyên năm 2026 của các cơ quan, đơn vị, địa phương; kinh phí thực hiện Dự án 8 thuộc Chương trình mục tiêu quốc gia; nguồn tài trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác.",
        "2. Các cơ quan, đơn vị sử dụng kinh phí đúng mục đích, tiết kiệm, hiệu quả và thanh quyết toán theo quy định hiện hành.",
        "V. TỔ CHỨC THỰC HIỆN",
        "1. Trách nhiệm của các cơ quan, đơn vị",
        "a) Sở Nội vụ",
        "- Là cơ quan thường trực, giúp UBND tỉnh hướng dẫn, theo dõi, đôn đốc các sở, ban, ngành, địa phương triển khai Kế hoạch; chủ trì tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026.",
        "- Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức liên quan theo dõi việc bảo đảm tỷ lệ nữ trong bầu cử đại biểu Hội đồng nhân dân các cấp.",
        "- Chủ trì theo dõi, đánh giá, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, 2 thuộc Mục tiêu 2 và chỉ tiêu 2 thuộc Mục tiêu 6.",
        "- Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả thực hiện Kế hoạch theo quy định.",
        "- Hướng dẫn các xã, phường, đặc khu bố trí công chức làm công tác bình đẳng giới; tổ chức tập huấn nghiệp vụ, cung cấp tài liệu hướng dẫn thu thập số liệu; kiểm tra việc thực hiện Kế hoạch tại một số địa phương miền núi.",
        "b) Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; chủ trì theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 2.",
        "c) Sở Y tế",
        "- Tổ chức thực hiện các hoạt động chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh, giảm tử vong mẹ ở các xã miền núi; chỉ đạo các cơ sở trợ giúp xã hội công lập lồng ghép hoạt động phòng ngừa, ứng phó bạo lực trên cơ sở giới.",
        "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo chỉ tiêu 4 thuộc Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
        "- Tăng cường thanh tra, kiểm tra các cơ sở khám bệnh, chữa bệnh trong việc chẩn đoán, lựa chọn giới tính thai nhi; mở rộng mạng lưới cộng tác viên dân số tại các thôn, làng vùng cao; phối hợp với Sở Giáo dục và Đào tạo tổ chức tư vấn sức khỏe sinh sản cho học sinh.",
        "d) Sở Giáo dục và Đào tạo: Chỉ đạo lồng ghép nội dung giới, bình đẳng giới trong các hoạt động giáo dục; duy trì sĩ số học sinh dân tộc thiểu số; chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "đ) Sở Văn hóa, Thể thao và Du lịch",
        "- Hướng dẫn, kiểm tra hoạt động của hệ thống thông tin cơ sở; chỉ đạo các cơ quan báo chí, xuất bản tăng cường tuyên truyền về bình đẳng giới.",
        "- Triển khai Tháng hành động quốc gia về phòng, chống bạo lực gia đình tháng 6/2026; hướng dẫn các địa phương xây dựng, nhân rộng mô hình phòng, chống bạo lực gia đình, xây dựng gia đình hạnh phúc, bền vững; lồng ghép nội dung bình đẳng giới vào hương ước, quy ước của thôn, tổ dân phố.",
        "- Kiểm tra, xử lý các sản phẩm quảng cáo, văn hóa phẩm có nội dung định kiến giới, phân biệt đối xử về giới.",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực gia đình); chỉ tiêu 1, 3 thuộc Mục tiêu 6.",
        "e) Công an tỉnh: Chủ trì phòng, chống mua bán người, tiếp nhận và hỗ trợ nạn nhân bị mua bán; theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 3; phối hợp với Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu về các vụ bạo lực gia đình (chỉ tiêu 2 thuộc Mục tiêu 3).",
        "g) Thống kê tỉnh: Chủ trì thu thập, tổng hợp số liệu chỉ tiêu 1 thuộc Mục tiêu 3; cung cấp số liệu thống kê giới theo yêu cầu của Sở Nội vụ.",
        "h) Sở Dân tộc và Tôn giáo: Vận động đồng bào xóa bỏ tập tục lạc hậu; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 thuộc Mục tiêu 5.",
        "i) Báo và Phát thanh, Truyền hình Quảng Ngãi: Xây dựng chuyên mục về bình đẳng giới; chịu trách nhiệm thực hiện và báo cáo chỉ tiêu 4 thuộc Mục tiêu 6.",
        "k) Sở Tư pháp, Sở Khoa học và Công nghệ, Thanh tra tỉnh: Theo chức năng, nhiệm vụ, lồng ghép nội dung bình đẳng giới trong công tác thẩm định văn bản, phổ biến pháp luật, chuyển đổi số và thanh tra, kiểm tra.",
        "l) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Tham gia tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới; giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới.",
        "m) UBND các xã, phường, đặc khu: Xây dựng kế hoạch thực hiện năm 2026 phù hợp với tình hình địa phương; phân công công chức phụ trách; thu thập số liệu có tách biệt giới và báo cáo theo quy định.",
        "Chỉ đạo các thôn, tổ dân phố đưa nội dung bình đẳng giới, phòng, chống bạo lực gia đình vào các buổi sinh hoạt cộng đồng; phát huy vai trò của già làng, người có uy tín trong vận động đồng bào xóa bỏ tảo hôn; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực.",
        "2. Chế độ báo cáo",
        "Các sở, ban, ngành, UBND các xã, phường, đặc khu gửi báo cáo 6 tháng về Sở Nội vụ trước ngày 08/6/2026, báo cáo năm trước ngày 08/12/2026. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 15/6/2026 (báo cáo 6 tháng) và trước ngày 15/12/2026 (báo cáo năm). Ngoài ra, các cơ quan, đơn vị báo cáo đột xuất khi có yêu cầu.",
        "Yêu cầu các sở, ban, ngành, UBND các xã, phường, đặc khu nghiêm túc triển khai thực hiện Kế hoạch này. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- CT, PCT UBND tỉnh;",
                "- Ủy ban MTTQVN tỉnh;",
                "- Các sở, ban, ngành tỉnh;",
                "- UBND các xã, phường, đặc khu;",
                "- VPUB: CVP, PCVP, KGVX;",
                "- Lưu: VT, KGVXtlh125.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Thị Hồng Minh"],
        ),
    ]
)

QN_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và Chiến lược quốc gia về bình đẳng giới năm 2026 trên địa bàn tỉnh Quảng Ngãi",
    "issuer": "UBND tỉnh Quảng Ngãi",
    "level": "province",
    "area": "Quảng Ngãi",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 128/KH-UBND ngày 09/01/2026 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh Quảng Ngãi",
        "Công văn số 1024/BNV-CTTN&BĐG ngày 27/02/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
    ],
    "parent": "Kế hoạch số 128/KH-UBND ngày 09/01/2026 của UBND tỉnh",
    "objectives": objectives(QN_OBJ),
    "assignments": [
        A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "6.2"),
        A("Sở Tài chính", "lead", "2.3"),
        A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.1", "6.3"),
        A("Công an tỉnh", "lead", "3.3"),
        A("Công an tỉnh", "support", "3.2"),
        A("Thống kê tỉnh", "lead", "3.1"),
        A("Sở Dân tộc và Tôn giáo", "support", "5.2"),
        A("Báo và Phát thanh, Truyền hình Quảng Ngãi", "lead", "6.4"),
    ],
    "reporting": [
        R("semiannual", "units", "06-08"),
        R("annual", "units", "12-08"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-15"),
    ],
}


# ---------------------------------------------------------------------------
# Plan 3: Đồng Tháp 2028 (.pdf via Word) - indicators in a table (TT restarts
# under each objective row), bold unnumbered agency headings, reporting and
# mid-term review as the last point of "Tổ chức thực hiện".
# ---------------------------------------------------------------------------

DT = 2028
# (code, indicator cell, target cell, targets)
DT_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "1.1",
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
                "Đạt 70%",
                [T(70, "%", ">=", DT)],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương", "Đạt 52%", [T(52, "%", ">=", DT)]),
            (
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
                "Dưới 28%",
                [T(28, "%", "<", DT)],
            ),
            (
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "Từ 29% trở lên",
                [T(29, "%", ">=", DT)],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "3.1",
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới",
                "Không quá 1,5 lần",
                [T(1.5, "times", "<=", DT)],
            ),
            (
                "3.2",
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "Người bị bạo lực: 88%;\nngười gây bạo lực: 85%",
                [
                    T(88, "%", ">=", DT, label="người bị bạo lực"),
                    T(85, "%", ">=", DT, label="người gây bạo lực"),
                ],
            ),
            (
                "3.3",
                "Tỷ lệ nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
                "100%",
                [T(100, "%", ">=", DT)],
            ),
            (
                "3.4",
                "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
                "100%",
                [T(100, "%", ">=", DT)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "4.1",
                "Tỷ số giới tính khi sinh (số bé trai/100 bé gái sinh ra sống)",
                "Ở mức 109",
                [T(109, "boys_per_100_girls", "=", DT)],
            ),
            (
                "4.2",
                "Tỷ số tử vong mẹ liên quan đến thai sản (trên 100.000 trẻ đẻ sống)",
                "Dưới 40",
                [T(40, "per_100000_live_births", "<", DT)],
            ),
            (
                "4.3",
                "Tỷ suất sinh ở vị thành niên (số ca sinh/1.000 phụ nữ từ 15 - 19 tuổi)",
                "Giảm từ 19 (năm 2027) xuống còn 17",
                [T(17, "per_1000_women", "<=", DT, baseline=19)],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "5.1",
                "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục của tỉnh",
                "Duy trì thực hiện",
                [T(None, "bool", "=", DT)],
            ),
            (
                "5.2",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học; hoàn thành cấp trung học cơ sở",
                "Tiểu học: 99%;\ntrung học cơ sở: 95%",
                [
                    T(99, "%", ">=", DT, label="tiểu học"),
                    T(95, "%", ">=", DT, label="trung học cơ sở"),
                ],
            ),
            (
                "5.3",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
                "Trên 40%",
                [T(40, "%", ">", DT)],
            ),
            (
                "5.4",
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ",
                "Thạc sĩ: 48%;\ntiến sĩ: 27%",
                [T(48, "%", ">=", DT, label="thạc sĩ"), T(27, "%", ">=", DT, label="tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "6.1",
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "Đạt 78%",
                [T(78, "%", ">=", DT)],
            ),
            (
                "6.2",
                "Tỷ lệ tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới",
                "100%",
                [T(100, "%", ">=", DT)],
            ),
            (
                "6.3",
                "Tỷ lệ xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
                "100%",
                [T(100, "%", ">=", DT)],
            ),
            (
                "6.4",
                "Chuyên mục về bình đẳng giới trên sóng phát thanh, truyền hình của Báo và Phát thanh, Truyền hình Đồng Tháp",
                "Ít nhất 01 chuyên mục/tháng",
                [T(1, "items_per_month", ">=", DT)],
            ),
        ],
    ),
]


def _dt_table():
    rows = [["TT", "Chỉ tiêu", "Chỉ tiêu năm 2028"]]
    merges = []
    for code, title, inds in DT_OBJ:
        merges.append((len(rows), 0, len(rows), 2))
        rows.append([f"Mục tiêu {code}: {title}", "", ""])
        for ic, text, cell, _ in inds:
            rows.append([ic.split(".")[1], text, cell])
    return ("table", rows, merges)


DT_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "", "Số: 39/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Đồng Tháp, ngày 14 tháng 02 năm 2028",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp năm 2028**",
    "Căn cứ Luật Bình đẳng giới năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Thực hiện Kế hoạch số 215/KH-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
    "Trên cơ sở kết quả thực hiện công tác bình đẳng giới năm 2027¹, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Tiếp tục triển khai có hiệu quả Kế hoạch số 215/KH-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh; năm 2028 là năm giữa kỳ, các cơ quan, đơn vị, địa phương tập trung rà soát, đánh giá việc thực hiện các chỉ tiêu, kịp thời đề ra giải pháp đối với những chỉ tiêu có nguy cơ không đạt.",
    "2. Phát huy vai trò, trách nhiệm của các sở, ban, ngành, đoàn thể, Ủy ban nhân dân các xã, phường trong công tác bình đẳng giới; bảo đảm sự phối hợp đồng bộ, thường xuyên giữa các cơ quan.",
    "3. Kịp thời phát hiện, biểu dương, nhân rộng các mô hình, cách làm hiệu quả trong thực hiện bình đẳng giới ở cơ sở; chú trọng các mô hình hỗ trợ phụ nữ phát triển kinh tế, phòng, chống bạo lực gia đình, phòng, chống mua bán người.",
    "4. Thông tin, số liệu báo cáo phải đầy đủ, chính xác, có sự tách biệt giới; thực hiện đúng thời gian quy định.",
    "5. Việc tổ chức thực hiện gắn với các nhiệm vụ phát triển kinh tế - xã hội năm 2028 của tỉnh, bảo đảm thiết thực, tiết kiệm, hiệu quả; phát huy vai trò của người có uy tín trong cộng đồng, chức sắc tôn giáo trong vận động thực hiện bình đẳng giới.",
    "**II. MỤC TIÊU, CHỈ TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của tỉnh năm 2028.",
    "**2. Chỉ tiêu cụ thể năm 2028**",
    "Các chỉ tiêu cụ thể năm 2028 được xác định như sau:",
    _dt_table(),
    "Ghi chú: Các chỉ tiêu được tính trên cơ sở số liệu có tách biệt giới; chỉ tiêu thuộc Mục tiêu 4 tính theo số liệu thống kê chuyên ngành y tế năm 2028. Năm 2027, tỷ lệ lao động nữ làm công hưởng lương của tỉnh đạt 50,3%, tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp là 30,1%, tỷ số giới tính khi sinh là 110,2 bé trai/100 bé gái.",
    (
        "footnote",
        "¹ Theo Báo cáo số 412/BC-UBND ngày 18/12/2027 của Ủy ban nhân dân tỉnh về kết quả thực hiện công tác bình đẳng giới năm 2027.",
    ),
    "**III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**",
    "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp; đưa nội dung bình đẳng giới vào chương trình công tác năm 2028 của các cơ quan, đơn vị; gắn trách nhiệm người đứng đầu với kết quả thực hiện các chỉ tiêu được giao.",
    "2. Lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, quy hoạch, kế hoạch phát triển kinh tế - xã hội; đánh giá tác động giới đối với các chính sách có liên quan đến phụ nữ và nam giới.",
    "3. Đẩy mạnh công tác truyền thông về bình đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới; chú trọng truyền thông trên nền tảng số, mạng xã hội; tổ chức các hoạt động nhân Ngày Quốc tế Phụ nữ 8/3, Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10, Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2028).",
    "4. Hỗ trợ phụ nữ vùng nông thôn, vùng Đồng Tháp Mười và các xã cù lao tham gia học nghề, chuyển đổi nghề, tiếp cận tín dụng, phát triển kinh tế hộ gắn với sản phẩm chủ lực của tỉnh (lúa, xoài, sen, thủy sản); hỗ trợ phụ nữ khởi nghiệp, tham gia thương mại điện tử.",
    '5. Nhân rộng mô hình "Gia đình hạnh phúc, bền vững", mô hình phòng, chống bạo lực gia đình, địa chỉ tin cậy ở cộng đồng; bảo đảm người bị bạo lực được phát hiện kịp thời, tiếp cận các dịch vụ hỗ trợ thiết yếu.',
    "6. Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; kiểm soát tình trạng mất cân bằng giới tính khi sinh; tư vấn, giáo dục sức khỏe sinh sản cho vị thành niên, thanh niên trong và ngoài nhà trường.",
    "7. Vận động học sinh dân tộc thiểu số (Khmer, Hoa, Chăm) đến trường; đẩy mạnh tư vấn tuyển sinh giáo dục nghề nghiệp cho nữ; khuyến khích nữ cán bộ, viên chức học tập nâng cao trình độ sau đại học.",
    "8. Tập huấn nâng cao năng lực cho đội ngũ làm công tác bình đẳng giới các cấp; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại một số cơ quan, đơn vị, địa phương.",
    "9. Thực hiện lồng ghép giới trong các chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững; ưu tiên hỗ trợ phụ nữ thuộc hộ nghèo, hộ cận nghèo, phụ nữ khuyết tật, phụ nữ đơn thân nuôi con nhỏ tiếp cận các nguồn vốn, dịch vụ khuyến nông, khuyến ngư.",
    "10. Tăng cường phòng, chống mua bán người, nhất là mua bán phụ nữ, trẻ em qua biên giới và qua không gian mạng tại các xã biên giới giáp Vương quốc Campuchia; thực hiện tốt việc tiếp nhận, xác minh, bảo vệ, hỗ trợ nạn nhân trở về.",
    "11. Sơ kết giữa kỳ việc thực hiện Kế hoạch giai đoạn 2026 - 2030: đánh giá toàn diện kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ; chỉ rõ những chỉ tiêu khó đạt, nguyên nhân và đề xuất điều chỉnh giải pháp cho giai đoạn 2029 - 2030.",
    "12. Tiếp tục kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh, các sở, ngành và các xã, phường; bố trí công chức có chuyên môn phù hợp theo dõi công tác bình đẳng giới, hạn chế thay đổi thường xuyên.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành, được bố trí trong dự toán năm 2028 của các cơ quan, đơn vị, địa phương; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và huy động từ các nguồn hợp pháp khác.",
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao xây dựng dự toán kinh phí thực hiện, tổng hợp chung vào dự toán ngân sách hằng năm của cơ quan, đơn vị, địa phương; sử dụng kinh phí đúng mục đích, tiết kiệm, hiệu quả và thanh quyết toán theo quy định. Khuyến khích các cơ quan, đơn vị, doanh nghiệp vận động các nguồn tài trợ hợp pháp để tổ chức các hoạt động hỗ trợ phụ nữ và trẻ em gái.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**Sở Nội vụ**",
    "- Là cơ quan thường trực tham mưu Ủy ban nhân dân tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương thực hiện.",
    "- Chủ trì tham mưu sơ kết giữa kỳ việc thực hiện Kế hoạch số 215/KH-UBND giai đoạn 2026 - 2030.",
    "- Tổ chức tập huấn nghiệp vụ cho công chức làm công tác bình đẳng giới cấp xã; hướng dẫn triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2028; tham mưu khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
    "- Theo dõi, tổng hợp, báo cáo kết quả thực hiện chỉ tiêu thuộc Mục tiêu 1, Chỉ tiêu 1 và Chỉ tiêu 2 thuộc Mục tiêu 2, các chỉ tiêu 1, 2 của Mục tiêu 6.",
    "**Sở Tài chính**",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn sử dụng, quyết toán kinh phí theo quy định.",
    "- Hướng dẫn lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2028 của tỉnh; theo dõi, đánh giá việc thực hiện chính sách hỗ trợ doanh nghiệp nhỏ và vừa do phụ nữ làm chủ.",
    "- Chủ trì cung cấp số liệu về tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã (Chỉ tiêu 3, Mục tiêu 2).",
    "**Sở Y tế**",
    "- Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, giảm tử vong mẹ, giảm sinh ở tuổi vị thành niên; chỉ đạo các cơ sở trợ giúp xã hội công lập thực hiện hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "- Chủ trì theo dõi, báo cáo Chỉ tiêu 4 thuộc Mục tiêu 3 và toàn bộ các chỉ tiêu thuộc Mục tiêu 4.",
    "- Phối hợp với Sở Văn hóa, Thể thao và Du lịch tổng hợp số liệu người bị bạo lực được tiếp nhận, hỗ trợ tại cơ sở y tế (Chỉ tiêu 2, Mục tiêu 3).",
    "- Tăng cường truyền thông về chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình tại các xã vùng sâu, cù lao; kiểm tra, xử lý nghiêm các cơ sở vi phạm quy định về lựa chọn giới tính thai nhi.",
    "**Sở Văn hóa, Thể thao và Du lịch**",
    "- Triển khai công tác gia đình, phòng, chống bạo lực gia đình; hướng dẫn hệ thống thông tin cơ sở, các cơ quan báo chí tuyên truyền về bình đẳng giới; kiểm tra, xử lý các sản phẩm văn hóa, quảng cáo có nội dung định kiến giới.",
    "- Tổ chức các hoạt động hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và Ngày Gia đình Việt Nam 28/6/2028; duy trì, nâng cao chất lượng hoạt động của các câu lạc bộ gia đình phát triển bền vững tại các ấp, khóm.",
    "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo Chỉ tiêu 2 (Mục tiêu 3) và Chỉ tiêu 3 (Mục tiêu 6).",
    "**Báo và Phát thanh, Truyền hình Đồng Tháp**",
    "Duy trì chuyên mục về bình đẳng giới; phản ánh các mô hình, điển hình tiên tiến; chịu trách nhiệm thực hiện và báo cáo Chỉ tiêu 4 thuộc Mục tiêu 6.",
    "**Sở Giáo dục và Đào tạo**",
    "- Lồng ghép nội dung giới, bình đẳng giới, phòng, chống xâm hại, bạo lực học đường trong hoạt động giáo dục; quản lý, chỉ đạo các cơ sở giáo dục nghề nghiệp thực hiện công tác tuyển sinh bảo đảm bình đẳng giới.",
    "- Tổ chức tư vấn hướng nghiệp, phân luồng học sinh sau trung học cơ sở, khuyến khích học sinh nữ lựa chọn các ngành kỹ thuật, công nghệ; vận động học sinh dân tộc Khmer, Chăm đi học đầy đủ, đúng độ tuổi.",
    "- Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5 (trừ Chỉ tiêu 4); phối hợp với Thống kê tỉnh thu thập số liệu Chỉ tiêu 4 thuộc Mục tiêu 5.",
    "**Thống kê tỉnh**",
    "Chủ trì thu thập, cung cấp số liệu Chỉ tiêu 1 (Mục tiêu 3) và Chỉ tiêu 4 (Mục tiêu 5); phối hợp với Sở Nội vụ cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
    "**Công an tỉnh**",
    "Chủ trì công tác phòng, chống mua bán người, tiếp nhận, xác minh, hỗ trợ nạn nhân; xử lý nghiêm các hành vi bạo lực, xâm hại phụ nữ, trẻ em; chịu trách nhiệm báo cáo kết quả Chỉ tiêu 3 thuộc Mục tiêu 3.",
    "**Sở Tư pháp, Sở Dân tộc và Tôn giáo, Sở Khoa học và Công nghệ**",
    "Căn cứ chức năng, nhiệm vụ, lồng ghép nội dung bình đẳng giới trong thẩm định văn bản quy phạm pháp luật, trợ giúp pháp lý, công tác dân tộc, tôn giáo và chuyển đổi số.",
    "**Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn**",
    "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân thực hiện bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới.",
    "**Đề nghị Liên đoàn Lao động tỉnh**",
    "Phối hợp với Sở Nội vụ theo dõi, cung cấp số liệu về lao động nữ làm công hưởng lương (Chỉ tiêu 1, Mục tiêu 2); giám sát việc thực hiện chế độ, chính sách đối với lao động nữ tại doanh nghiệp.",
    "**Ủy ban nhân dân các xã, phường**",
    "Xây dựng kế hoạch năm 2028 của địa phương; chịu trách nhiệm thực hiện và báo cáo kết quả Chỉ tiêu 3 thuộc Mục tiêu 6 tại địa phương; tổng hợp số liệu có tách biệt giới từ các ấp, khóm.",
    "Bố trí công chức Phòng Văn hóa - Xã hội theo dõi công tác bình đẳng giới; chỉ đạo các ấp, khóm lồng ghép nội dung bình đẳng giới, phòng, chống bạo lực gia đình trong các buổi sinh hoạt cộng đồng, họp dân; kịp thời phát hiện, can thiệp, hỗ trợ người bị bạo lực; tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại địa phương.",
    "**Chế độ báo cáo**",
    "- Định kỳ 6 tháng (trước ngày 12/6/2028) và hằng năm (trước ngày 10/12/2028), các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch, số liệu có tách biệt giới, về Sở Nội vụ; Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ trước ngày 20/6/2028 và trước ngày 20/12/2028.",
    "- Sơ kết giữa kỳ: các sở, ban, ngành, Ủy ban nhân dân các xã, phường đánh giá kết quả thực hiện Kế hoạch số 215/KH-UBND giai đoạn 2026 - 2028, gửi báo cáo sơ kết về Sở Nội vụ trước ngày 30/9/2028; Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết theo hướng dẫn của Bộ Nội vụ.",
    "Trên đây là Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp năm 2028; Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ;",
            "- TT/TU, TT/HĐND tỉnh;",
            "- CT, các PCT/UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các xã, phường;",
            "- LĐVP/UBND tỉnh;",
            "- Lưu: VT, KGVX.ntn.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Trí Quang"],
    ),
]

DT_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đồng Tháp năm 2028",
    "issuer": "UBND tỉnh Đồng Tháp",
    "level": "province",
    "area": "Đồng Tháp",
    "period": {"start": 2028, "end": 2028},
    "legal_bases": [
        "Luật Bình đẳng giới năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 215/KH-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": "Kế hoạch số 215/KH-UBND ngày 27/3/2026 của Ủy ban nhân dân tỉnh Đồng Tháp",
    "objectives": [
        {
            "code": c,
            "title": t,
            "indicators": [{"code": ic, "text": tx, "targets": tg} for ic, tx, _cell, tg in inds],
        }
        for c, t, inds in DT_OBJ
    ],
    "assignments": [
        A("Sở Nội vụ", "lead", "1.1", "2.1", "2.2", "6.1", "6.2"),
        A("Sở Tài chính", "lead", "2.3"),
        A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
        A("Sở Y tế", "support", "3.2"),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.3"),
        A("Báo và Phát thanh, Truyền hình Đồng Tháp", "lead", "6.4"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
        A("Sở Giáo dục và Đào tạo", "support", "5.4"),
        A("Thống kê tỉnh", "lead", "3.1", "5.4"),
        A("Công an tỉnh", "lead", "3.3"),
        A("Liên đoàn Lao động tỉnh", "support", "2.1"),
        A("Ủy ban nhân dân các xã, phường", "lead", "6.3"),
    ],
    "reporting": [
        R("semiannual", "units", "06-12"),
        R("annual", "units", "12-10"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-20"),
        R("midterm", "units", "2028-09-30"),
    ],
}


PLANS = [
    {
        "name": "r9d-tuyen-quang-2027",
        "ext": "docx",
        "blocks": TQ_BLOCKS,
        "list_styles": TQ_LIST_STYLES,
        "expected": TQ_EXPECTED,
    },
    {"name": "r9d-quang-ngai-2026", "ext": "txt", "blocks": QN_BLOCKS, "expected": QN_EXPECTED},
    {
        "name": "r9d-dong-thap-2028",
        "ext": "pdf",
        "via_docx": True,
        "blocks": DT_BLOCKS,
        "expected": DT_EXPECTED,
    },
]
