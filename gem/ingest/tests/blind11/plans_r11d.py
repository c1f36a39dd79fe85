"""Blind plans r11d: three province annual plans (Tuyên Quang 2027 .txt, Đồng Tháp 2026 .docx,
Gia Lai 2028 .pdf). Written from plan-format.md and the shared samples only.

Paragraphs starting with "§LB " / "§LN " become Word 'List Bullet' / 'List Number' paragraphs
(make_plans_r11d.py strips the marker); they are only used in the .docx plan.
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


def ind(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


def base(title, issuer, area, year, legal, parent, objectives, assignments, reporting):
    return {
        "format": "gem.plan/1",
        "title": title,
        "issuer": issuer,
        "level": "province",
        "area": area,
        "period": {"start": year, "end": year},
        "legal_bases": legal,
        "parent": parent,
        "objectives": objectives,
        "assignments": assignments,
        "reporting": reporting,
    }


# ---------------------------------------------------------------------------------------------
# 1. Tuyên Quang 2027 (.txt): "a) Mục tiêu 1:" + "- Chỉ tiêu 1:", agencies numbered "1.",
#    reporting in its own section V, dates written with the year (as in the Thái Nguyên sample).
# ---------------------------------------------------------------------------------------------
Y = 2027
TQ_OBJ = [
    {
        "code": "1",
        "title": "Trong lĩnh vực chính trị",
        "indicators": [
            ind(
                "1.1",
                "Phấn đấu năm 2027 có 68% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                T(68, "%", ">=", Y),
            ),
            ind(
                "1.2",
                "Tỷ lệ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp sở và tương đương đạt từ 35% trở lên.",
                T(35, "%", ">=", Y),
            ),
        ],
    },
    {
        "code": "2",
        "title": "Trong lĩnh vực kinh tế, lao động",
        "indicators": [
            ind("2.1", "Tỷ lệ lao động nữ làm công hưởng lương đạt 48,5%.", T(48.5, "%", ">=", Y)),
            ind(
                "2.2",
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống còn 52%.",
                T(52, "%", "<=", Y),
            ),
            ind(
                "2.3",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 26%.",
                T(26, "%", ">", Y),
            ),
        ],
    },
    {
        "code": "3",
        "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "indicators": [
            ind(
                "3.1",
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới không quá 1,6 lần.",
                T(1.6, "times", "<=", Y),
            ),
            ind(
                "3.2",
                "Đạt 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản và 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                T(85, "%", ">=", Y, label="người bị bạo lực"),
                T(70, "%", ">=", Y, label="người gây bạo lực"),
            ),
            ind(
                "3.3",
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                T(100, "%", ">=", Y),
            ),
        ],
    },
    {
        "code": "4",
        "title": "Trong lĩnh vực y tế",
        "indicators": [
            ind(
                "4.1",
                "Tỷ số giới tính khi sinh khoảng 111 bé trai/100 bé gái sinh ra sống.",
                T(111, "boys_per_100_girls", "=", Y),
            ),
            ind(
                "4.2",
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản duy trì dưới 45/100.000 trẻ đẻ ra sống.",
                T(45, "per_100000_live_births", "<", Y),
            ),
            ind(
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm từ 31 ca sinh/1.000 phụ nữ năm 2026 xuống còn 29 ca sinh/1.000 phụ nữ.",
                T(29, "per_1000_women", "<=", Y, baseline=31),
            ),
        ],
    },
    {
        "code": "5",
        "title": "Trong lĩnh vực giáo dục, đào tạo",
        "indicators": [
            ind(
                "5.1",
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 97%, hoàn thành cấp trung học cơ sở đạt 92%.",
                T(97, "%", ">=", Y, label="tiểu học"),
                T(92, "%", ">=", Y, label="trung học cơ sở"),
            ),
            ind(
                "5.2",
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 38%.",
                T(38, "%", ">=", Y),
            ),
        ],
    },
    {
        "code": "6",
        "title": "Trong lĩnh vực thông tin, truyền thông",
        "indicators": [
            ind(
                "6.1",
                "Phần đấu 72% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                T(72, "%", ">=", Y),
            ),
            ind(
                "6.2",
                "100% xã, phường mỗi quý có ít nhất 03 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                T(100, "%", ">=", Y),
            ),
            ind(
                "6.3",
                "Báo và Phát thanh, Truyền hình Tuyên Quang mỗi tháng có ít nhất 02 tin, bài, phóng sự về bình đẳng giới.",
                T(2, "items_per_month", ">=", Y),
            ),
        ],
    },
]


def _tq_objective_blocks():
    out = []
    letters = "abcdđe"
    for i, o in enumerate(TQ_OBJ):
        out.append(f"{letters[i]}) Mục tiêu {o['code']}: {o['title']}")
        for x in o["indicators"]:
            n = x["code"].split(".")[1]
            out.append(f"- Chỉ tiêu {n}: {x['text']}")
    return out


TQ_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số:  12 /KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Tuyên Quang, ngày 15 tháng 01 năm 2027",
        ],
    ),
    "KẾ HOẠCH",
    "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 118/KH-UBND ngày 22/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Tuyên Quang;",
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2140/TTr-SNV ngày 28/12/2026.",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh năm 2027, như sau:",
    "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026",
    "Năm 2026 là năm đầu thực hiện Kế hoạch giai đoạn 2026-2030 và cũng là năm đầu vận hành chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang. Các sở, ban, ngành, đoàn thể và UBND các xã, phường đã quan tâm triển khai công tác bình đẳng giới, lồng ghép vào nhiệm vụ chuyên môn; công tác tuyên truyền được đổi mới, nhiều mô hình phòng, chống bạo lực gia đình tiếp tục được duy trì ở các xã vùng cao.",
    "Kết quả một số chỉ tiêu chủ yếu năm 2026 (số liệu ước tính đến 31/12/2026): tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 64,3%; tỷ lệ lao động nữ làm công hưởng lương ước đạt 46,9%; tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 24,8%; tỷ số giới tính khi sinh là 112,4 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên còn 31 ca sinh/1.000 phụ nữ; 100% xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
    "Bên cạnh kết quả đạt được, công tác bình đẳng giới của tỉnh vẫn còn những hạn chế: một số chỉ tiêu chưa đạt kế hoạch (tỷ số giới tính khi sinh, tỷ lệ nữ giám đốc doanh nghiệp); tình trạng tảo hôn, hôn nhân cận huyết thống còn xảy ra ở một số xã biên giới; đội ngũ công chức làm công tác bình đẳng giới cấp xã phần lớn kiêm nhiệm, thường xuyên thay đổi; số liệu thống kê tách biệt giới còn thiếu, chưa đồng bộ.",
    "II. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Tiếp tục triển khai có hiệu quả Luật Bình đẳng giới, Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030 và Kế hoạch giai đoạn 2026-2030 của tỉnh; phấn đấu hoàn thành các chỉ tiêu về bình đẳng giới năm 2027, góp phần thu hẹp khoảng cách giới trên các lĩnh vực của đời sống xã hội, nhất là ở các xã vùng cao, vùng đồng bào dân tộc thiểu số.",
    "- Nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, cơ quan, đơn vị và Nhân dân về bình đẳng giới; tạo chuyển biến về hành vi, xóa bỏ dần định kiến giới, các hủ tục lạc hậu như tảo hôn, hôn nhân cận huyết thống.",
    "- Xác định rõ trách nhiệm của từng sở, ban, ngành, địa phương trong việc tổ chức thực hiện, theo dõi, đánh giá và báo cáo kết quả thực hiện các chỉ tiêu bình đẳng giới năm 2027.",
    "2. Yêu cầu",
    "- Các nhiệm vụ, hoạt động phải cụ thể, khả thi, gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị và điều kiện thực tế của địa phương sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp.",
    "- Lòng ghép việc thực hiện Kế hoạch với các chương trình mục tiêu quốc gia, các chương trình, đề án khác đang triển khai trên địa bàn; bảo đảm tiết kiệm, hiệu quả, tránh trùng lặp.",
    "- Số liệu báo cáo phải đầy đủ, chính xác, có sự tách biệt giới, đúng thời gian quy định.",
    "III. MỤC TIÊU",
    "1. Mục tiêu tổng quát",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; chú trọng phụ nữ, trẻ em gái vùng đồng bào dân tộc thiểu số, góp phần vào sự phát triển nhanh và bền vững của tỉnh.",
    "2. Mục tiêu cụ thể năm 2027",
    *_tq_objective_blocks(),
    "IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền các cấp đối với công tác bình đẳng giới",
    "- Quán triệt, triển khai đầy đủ các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới; đưa các mục tiêu, chỉ tiêu bình đẳng giới vào nghị quyết, chương trình, kế hoạch công tác năm 2027 của các cơ quan, đơn vị, địa phương.",
    "- Đề cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị trong việc thực hiện công tác bình đẳng giới; lấy kết quả thực hiện công tác bình đẳng giới là một tiêu chí đánh giá, xếp loại thi đua cuối năm.",
    "2. Hoàn thiện cơ chế, chính sách và lồng ghép vấn đề bình đẳng giới",
    "- Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành để kịp thời phát hiện, kiến nghị sửa đổi các quy định chưa bảo đảm nguyên tắc bình đẳng giới.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển kinh tế - xã hội hằng năm của tỉnh và của các xã, phường.",
    "3. Các giải pháp thực hiện mục tiêu trong từng lĩnh vực",
    "- Lĩnh vực chính trị: Rà soát, bổ sung quy hoạch cán bộ nữ; ưu tiên đào tạo, bồi dưỡng cán bộ nữ trẻ, cán bộ nữ người dân tộc thiểu số; quan tâm bố trí cán bộ nữ giữ các chức danh lãnh đạo chủ chốt ở những cơ quan, đơn vị có từ 30% nữ trở lên.",
    "- Lĩnh vực kinh tế, lao động: Hỗ trợ phụ nữ nông thôn học nghề, chuyển đổi nghề, tiếp cận vốn vay ưu đãi từ Ngân hàng Chính sách xã hội; hỗ trợ phụ nữ khởi nghiệp, thành lập và tham gia quản lý hợp tác xã, tổ hợp tác gắn với sản phẩm OCOP, du lịch cộng đồng.",
    "- Lĩnh vực gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: Duy trì và nhân rộng mô hình “Địa chỉ tin cậy ở cộng đồng”, câu lạc bộ “Gia đình hạnh phúc”, “Thủ lĩnh của sự thay đổi”; duy trì đường dây nóng tiếp nhận tin báo về bạo lực; kịp thời hỗ trợ, tư vấn cho người bị bạo lực và can thiệp đối với người gây bạo lực.",
    "- Lĩnh vực y tế: Kiểm soát tình trạng mất cân bằng giới tính khi sinh; nâng cao chất lượng dịch vụ chăm sóc sức khỏe bà mẹ, trẻ em tại trạm y tế xã, phường; đẩy mạnh truyền thông về sức khỏe sinh sản vị thành niên, thanh niên, giảm tình trạng tảo hôn.",
    "- Lĩnh vực giáo dục, đào tạo: Vận động trẻ em gái dân tộc thiểu số đến trường, duy trì sĩ số, giảm tình trạng bỏ học; tư vấn, hướng nghiệp, khuyến khích nữ thanh niên tham gia học nghề.",
    "- Lĩnh vực thông tin, truyền thông: Đa dạng hóa hình thức tuyên truyền bằng tiếng dân tộc; tăng thời lượng tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở, mạng xã hội, nền tảng số.",
    "4. Nâng cao năng lực quản lý nhà nước về bình đẳng giới",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và các xã, phường; bố trí công chức phụ trách công tác bình đẳng giới ổn định; tổ chức tập huấn cho đội ngũ làm công tác bình đẳng giới cấp xã.",
    "- Tiếp tục xây dựng, cập nhật cơ sở dữ liệu thống kê về giới của tỉnh theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "- Tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới; kiểm tra liên ngành tại một số xã, phường, doanh nghiệp có đông lao động nữ.",
    "5. Tổ chức các hoạt động hưởng ứng",
    "Tổ chức các hoạt động nhân ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027) thiết thực, phù hợp với điều kiện từng địa phương.",
    "IV. KINH PHÍ THỰC HIỆN",
    "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2027 của các sở, ban, ngành, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan.",
    "2. Huy động nguồn tài trợ, viện trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác theo quy định của pháp luật.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Nội vụ",
    "- Là cơ quan thường trực, giúp UBND tỉnh hướng dẫn, đôn đốc, kiểm tra các sở, ban, ngành, UBND các xã, phường triển khai thực hiện Kế hoạch; tổng hợp tình hình, kết quả thực hiện, báo cáo UBND tỉnh và Bộ Nội vụ theo quy định.",
    "- Tham mưu UBND tỉnh tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027; tổ chức tập huấn nghiệp vụ cho công chức làm công tác bình đẳng giới cấp xã.",
    "- Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, chỉ tiêu 2 Mục tiêu 2 và chỉ tiêu 1 Mục tiêu 6.",
    "2. Sở Tài chính",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn các cơ quan, đơn vị lập dự toán, quản lý, sử dụng và thanh quyết toán kinh phí theo quy định.",
    "- Lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh.",
    "- Chịu trách nhiệm thu thập, tổng hợp và báo cáo số liệu thực hiện chỉ tiêu 3 Mục tiêu 2.",
    "3. Sở Y tế",
    "- Chỉ đạo các cơ sở y tế triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; xử lý nghiêm các cơ sở vi phạm quy định về lựa chọn giới tính thai nhi.",
    "- Chỉ đạo các cơ sở trợ giúp xã hội tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về, người bị bạo lực có nhu cầu.",
    "- Theo dõi, đánh giá và báo cáo việc thực hiện chỉ tiêu 3 Mục tiêu 3 và các chỉ tiêu của Mục tiêu 4.",
    "4. Sở Giáo dục và Đào tạo",
    "- Chỉ đạo các trường học lồng ghép nội dung giới, bình đẳng giới, phòng chống xâm hại, bạo lực học đường vào các hoạt động giáo dục; vận động học sinh dân tộc thiểu số ra lớp, hạn chế bỏ học.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 1, chỉ tiêu 2 Mục tiêu 5.",
    "5. Sở Văn hóa, Thể thao và Du lịch",
    "- Triển khai công tác gia đình, phòng, chống bạo lực gia đình; xây dựng, nhân rộng các mô hình phòng, chống bạo lực gia đình tại cộng đồng; đưa nội dung bình đẳng giới vào hương ước, quy ước thôn, tổ dân phố.",
    "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng cường tuyên truyền về bình đẳng giới.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình) và chỉ tiêu 2 Mục tiêu 6; phối hợp với Sở Nội vụ thực hiện chỉ tiêu 1 Mục tiêu 6.",
    "6. Sở Nông nghiệp và Môi trường",
    "Lồng ghép nội dung bình đẳng giới trong các chương trình khuyến nông, phát triển sản xuất, chuyển đổi cơ cấu cây trồng, vật nuôi; hỗ trợ phụ nữ tham gia tổ hợp tác, hợp tác xã nông nghiệp, phát triển sản phẩm OCOP vùng cam sành, chè Shan tuyết.",
    "7. Sở Dân tộc và Tôn giáo",
    "Tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ tập tục lạc hậu, giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống; phát huy vai trò người có uy tín trong cộng đồng tham gia tuyên truyền về bình đẳng giới.",
    "8. Công an tỉnh",
    "- Chỉ đạo Công an các xã, phường tăng cường nắm tình hình, phát hiện, xử lý kịp thời các vụ việc bạo lực gia đình, bạo lực trên cơ sở giới, mua bán người, xâm hại tình dục phụ nữ và trẻ em.",
    "- Phối hợp với Sở Văn hóa, Thể thao và Du lịch, Sở Y tế cung cấp số liệu thực hiện chỉ tiêu 2, chỉ tiêu 3 Mục tiêu 3.",
    "9. Thống kê tỉnh",
    "Chủ trì thu thập, báo cáo số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu chỉ tiêu 1, chỉ tiêu 2 Mục tiêu 2; cập nhật các chỉ tiêu thống kê phát triển giới cấp tỉnh.",
    "10. Sở Khoa học và Công nghệ",
    "Hướng dẫn ứng dụng công nghệ thông tin, chuyển đổi số trong tuyên truyền về bình đẳng giới; hỗ trợ xây dựng phần mềm cơ sở dữ liệu thống kê về giới của tỉnh.",
    "11. Báo và Phát thanh, Truyền hình Tuyên Quang",
    "Mở chuyên trang, chuyên mục về bình đẳng giới; tăng thời lượng phát sóng bằng tiếng dân tộc; chịu trách nhiệm thực hiện và báo cáo chỉ tiêu 3 Mục tiêu 6.",
    "12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
    "- Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới; tuyên truyền, vận động đoàn viên, hội viên thực hiện bình đẳng giới.",
    "- Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Tài chính thực hiện chỉ tiêu 3 Mục tiêu 2 thông qua các hoạt động hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế tập thể; triển khai Đề án 938, Đề án 939 của Chính phủ.",
    "13. UBND các xã, phường",
    "- Xây dựng kế hoạch thực hiện công tác bình đẳng giới năm 2027 của địa phương; bố trí kinh phí, phân công công chức theo dõi công tác bình đẳng giới.",
    "- Tổ chức tuyên truyền đến thôn, bản, tổ dân phố; kịp thời phát hiện, hỗ trợ người bị bạo lực; thực hiện chế độ báo cáo theo quy định.",
    "VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
    "1. Các sở, ban, ngành, đoàn thể tỉnh và UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch (số liệu có sự tách biệt giới) gửi về Sở Nội vụ: báo cáo 6 tháng trước ngày 05/6/2027; báo cáo năm trước ngày 05/12/2027.",
    "2. Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 20/6/2027; báo cáo năm trước ngày 20/12/2027.",
    "3. Báo cáo đột xuất thực hiện theo yêu cầu của UBND tỉnh và Bộ Nội vụ.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Như mục V;",
            "- Lưu: VT, KGVX (Hg).",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Vân Anh"],
    ),
]

TQ = {
    "name": "r11d-tuyen-quang-2027",
    "ext": "txt",
    "blocks": TQ_BLOCKS,
    "expected": base(
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Tuyên Quang năm 2027",
        "UBND tỉnh Tuyên Quang",
        "Tuyên Quang",
        2027,
        [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Kế hoạch số 118/KH-UBND ngày 22/5/2026 của Ủy ban nhân dân tỉnh thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Tuyên Quang",
        ],
        "Kế hoạch số 118/KH-UBND ngày 22/5/2026 của Ủy ban nhân dân tỉnh",
        TQ_OBJ,
        [
            A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "6.1"),
            A("Sở Tài chính", "lead", "2.3"),
            A("Sở Y tế", "lead", "3.3", "4.1", "4.2", "4.3"),
            A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2"),
            A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.2"),
            A("Sở Văn hóa, Thể thao và Du lịch", "support", "6.1"),
            A("Công an tỉnh", "support", "3.2", "3.3"),
            A("Thống kê tỉnh", "lead", "3.1"),
            A("Thống kê tỉnh", "support", "2.1", "2.2"),
            A("Báo và Phát thanh, Truyền hình Tuyên Quang", "lead", "6.3"),
            A("Hội Liên hiệp Phụ nữ tỉnh", "support", "2.3"),
        ],
        [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "12-05"),
            R("semiannual", "consolidator", "06-20"),
            R("annual", "consolidator", "12-20"),
        ],
    ),
}


# ---------------------------------------------------------------------------------------------
# 2. Đồng Tháp 2026 (.docx): bold "Mục tiêu 1." headings, "Chỉ tiêu 1." items (period, no dash),
#    one unnumbered "Chỉ tiêu:", agencies lettered a) b) ... with Word bullet lists, reporting
#    regime as the last item of "Tổ chức thực hiện", a deadline for communes to issue their plans.
# ---------------------------------------------------------------------------------------------
Y = 2026
DT_OBJ = [
    {
        "code": "1",
        "title": "Trong lĩnh vực chính trị",
        "indicators": [
            ind(
                "1.1",
                "Đến cuối năm 2026, tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ đạt 62%.",
                T(62, "%", ">=", Y),
            ),
            ind(
                "1.2",
                "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2026-2031 đạt trên 30%.",
                T(30, "%", ">", Y),
            ),
        ],
    },
    {
        "code": "2",
        "title": "Trong lĩnh vực kinh tế, lao động",
        "indicators": [
            ind("2.1", "Tăng tỷ lệ lao động nữ làm công hưởng lương lên 51%.", T(51, "%", ">=", Y)),
            ind(
                "2.2",
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã từ 27,5% trở lên.",
                T(27.5, "%", ">=", Y),
            ),
        ],
    },
    {
        "code": "3",
        "title": "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "indicators": [
            ind(
                "3.1",
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ xuống 1,55 lần so với nam giới.",
                T(1.55, "times", "<=", Y),
            ),
            ind(
                "3.2",
                "Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản đạt 88%; tỷ lệ người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn đạt 75%.",
                T(88, "%", ">=", Y, label="người bị bạo lực"),
                T(75, "%", ">=", Y, label="người gây bạo lực"),
            ),
            ind(
                "3.3",
                "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                T(100, "%", ">=", Y),
            ),
        ],
    },
    {
        "code": "4",
        "title": "Trong lĩnh vực y tế",
        "indicators": [
            ind(
                "4.1",
                "Tỷ số giới tính khi sinh không vượt quá 110 bé trai/100 bé gái sinh ra sống.",
                T(110, "boys_per_100_girls", "<=", Y),
            ),
            ind(
                "4.2",
                "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống dưới 30/100.000 trẻ đẻ ra sống.",
                T(30, "per_100000_live_births", "<", Y),
            ),
            ind(
                "4.3",
                "Tỷ suất sinh ở vị thành niên giảm còn 15 ca sinh/1.000 phụ nữ.",
                T(15, "per_1000_women", "<=", Y),
            ),
        ],
    },
    {
        "code": "5",
        "title": "Trong lĩnh vực giáo dục, đào tạo",
        "indicators": [
            ind(
                "5.1",
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 45% và tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 25%.",
                T(45, "%", ">=", Y, label="thạc sĩ"),
                T(25, "%", ">=", Y, label="tiến sĩ"),
            ),
        ],
    },
    {
        "code": "6",
        "title": "Trong lĩnh vực thông tin, truyền thông",
        "indicators": [
            ind(
                "6.1",
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới.",
                T(100, "%", ">=", Y),
            ),
            ind(
                "6.2",
                "Mỗi xã, phường có ít nhất 01 tin, bài về bình đẳng giới mỗi quý trên hệ thống thông tin cơ sở.",
                T(1, "items_per_quarter", ">=", Y),
            ),
        ],
    },
]


def _dt_objective_blocks():
    out = []
    for o in DT_OBJ:
        out.append(f"**Mục tiêu {o['code']}. {o['title']}**")
        if len(o["indicators"]) == 1:
            out.append(f"*Chỉ tiêu:* {o['indicators'][0]['text']}")
            continue
        for x in o["indicators"]:
            n = x["code"].split(".")[1]
            out.append(f"*Chỉ tiêu {n}.* {x['text']}")
    return out


DT_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "––––––", "Số: 1187/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "–––––––––––––––",
            "Đồng Tháp, ngày 24 tháng 4 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026**",
    "Thực hiện Kế hoạch số 305/KH-UBND ngày 09/4/2026 của UBND tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030; Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "§LN Cụ thể hóa các mục tiêu, chỉ tiêu của Kế hoạch giai đoạn 2026-2030 thành nhiệm vụ năm 2026 phù hợp với tình hình tỉnh Đồng Tháp sau hợp nhất; bảo đảm sự liên tục trong chỉ đạo, điều hành công tác bình đẳng giới khi vận hành chính quyền địa phương hai cấp.",
    "§LN Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân, đặc biệt là người dân vùng nông thôn, vùng ven sông, cù lao về bình đẳng giới; từng bước xóa bỏ định kiến giới trong phân công lao động gia đình và trong sản xuất.",
    "§LN Phân công cụ thể cơ quan chủ trì, cơ quan phối hợp theo dõi từng chỉ tiêu; bảo đảm thông tin, số liệu báo cáo kịp thời, có tách biệt giới.",
    "§LN Việc tổ chức thực hiện phải thiết thực, tiết kiệm, lồng ghép với các phong trào thi đua và các chương trình, đề án đang triển khai trên địa bàn tỉnh.",
    "**II. MỤC TIÊU, CHỈ TIÊU NĂM 2026**",
    "**1. Mục tiêu chung**",
    "Bảo đảm bình đẳng giới thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trên các lĩnh vực; tạo chuyển biến rõ nét trong phòng ngừa, ứng phó với bạo lực trên cơ sở giới; góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của tỉnh năm 2026.",
    "**2. Mục tiêu, chỉ tiêu cụ thể**",
    *_dt_objective_blocks(),
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Công tác lãnh đạo, chỉ đạo và hoàn thiện thể chế**",
    "§LB Tham mưu Tỉnh ủy, UBND tỉnh ban hành các văn bản chỉ đạo về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong tình hình mới; đưa chỉ tiêu bình đẳng giới vào Nghị quyết phát triển kinh tế - xã hội năm 2026 của tỉnh.",
    "§LB Thực hiện lồng ghép vấn đề bình đẳng giới ngay từ khâu đề xuất chính sách, soạn thảo văn bản quy phạm pháp luật; nâng cao chất lượng báo cáo đánh giá tác động giới.",
    "§LB Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh sau sắp xếp tổ chức bộ máy; phân công thành viên phụ trách theo dõi từng lĩnh vực.",
    "**2. Công tác thông tin, tuyên truyền**",
    "§LB Tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình năm 2022, Luật Phòng, chống mua bán người năm 2024 trên Báo và Phát thanh, Truyền hình Đồng Tháp, hệ thống truyền thanh cơ sở, trang thông tin điện tử và mạng xã hội.",
    "§LB Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10; tổ chức Lễ phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới cấp tỉnh.",
    "§LB Biên soạn, phát hành tờ rơi, sổ tay hỏi đáp về bình đẳng giới cho hội viên phụ nữ, nông dân, công nhân tại các khu công nghiệp.",
    "**3. Nâng cao năng lực, hiệu quả quản lý nhà nước**",
    "§LB Tập huấn kiến thức, kỹ năng lồng ghép giới, thu thập số liệu thống kê giới cho công chức phụ trách bình đẳng giới các sở, ngành và 102 xã, phường.",
    "§LB Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành, địa phương và doanh nghiệp; giải quyết kịp thời khiếu nại, tố cáo liên quan.",
    "§LB Cập nhật cơ sở dữ liệu thống kê về giới của tỉnh; chuẩn hóa biểu mẫu thu thập số liệu theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "**4. Giải pháp theo từng lĩnh vực**",
    "§LB Lĩnh vực chính trị: rà soát, bổ sung quy hoạch cán bộ nữ các cấp; ưu tiên giới thiệu cán bộ nữ trẻ, cán bộ nữ người dân tộc Khmer tham gia đào tạo lý luận chính trị, bồi dưỡng kiến thức quản lý nhà nước.",
    "§LB Lĩnh vực kinh tế, lao động: tư vấn, giới thiệu việc làm cho lao động nữ tại các khu công nghiệp; hỗ trợ vay vốn giải quyết việc làm, vốn khởi nghiệp; đào tạo nghề ngắn hạn gắn với chuyển đổi cơ cấu nông nghiệp vùng Đồng Tháp Mười.",
    "§LB Lĩnh vực gia đình: tuyên truyền xây dựng gia đình no ấm, tiến bộ, hạnh phúc; khuyến khích nam giới chia sẻ công việc nội trợ, chăm sóc con; kịp thời phát hiện, can thiệp các vụ bạo lực gia đình, bạo lực trên cơ sở giới.",
    "§LB Lĩnh vực y tế: tăng cường quản lý các cơ sở siêu âm, xét nghiệm, không để xảy ra lựa chọn giới tính thai nhi; nâng cao chất lượng khám thai, quản lý thai nghén tại tuyến xã; tư vấn sức khỏe sinh sản vị thành niên trong trường học.",
    "§LB Lĩnh vực giáo dục, đào tạo: khuyến khích nữ cán bộ, giảng viên, giáo viên học tập nâng cao trình độ sau đại học; có chính sách hỗ trợ nữ tiến sĩ làm việc tại các cơ sở giáo dục đại học, viện, trung tâm nghiên cứu của tỉnh.",
    "§LB Lĩnh vực thông tin, truyền thông: duy trì tin, bài về bình đẳng giới trên hệ thống truyền thanh cơ sở; xây dựng chuyên mục hỏi đáp pháp luật về bình đẳng giới trên cổng thông tin điện tử của các xã, phường.",
    "**5. Các chương trình, mô hình**",
    "§LB Duy trì hoạt động của 46 mô hình “Địa chỉ tin cậy - Nhà tạm lánh” và các câu lạc bộ phòng, chống bạo lực gia đình; thí điểm mô hình “Nhóm nam giới tiên phong” tại các xã vùng cù lao.",
    "§LB Hỗ trợ phụ nữ khởi nghiệp, phát triển tổ hợp tác, hợp tác xã do phụ nữ làm chủ gắn với sản phẩm OCOP và thương mại điện tử.",
    "**6. Thanh tra, kiểm tra và giải quyết khiếu nại, tố cáo**",
    "§LB Lồng ghép nội dung thanh tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch thanh tra năm 2026 của Thanh tra tỉnh và các sở, ngành; chú trọng doanh nghiệp sử dụng nhiều lao động nữ tại các khu công nghiệp Sa Đéc, Tân Hương, Long Giang.",
    "§LB Tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của người dân về hành vi phân biệt đối xử về giới, quấy rối tình dục nơi làm việc; công khai kết quả xử lý theo quy định.",
    "**7. Hợp tác quốc tế và huy động nguồn lực**",
    "§LB Tranh thủ sự hỗ trợ kỹ thuật, tài chính của các tổ chức quốc tế, tổ chức phi chính phủ trong triển khai các dự án về bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới, nâng cao năng lực cho phụ nữ dân tộc Khmer, phụ nữ vùng biên giới.",
    "§LB Khuyến khích doanh nghiệp, nhà hảo tâm tham gia hỗ trợ các mô hình, hoạt động vì sự tiến bộ của phụ nữ; quản lý, sử dụng nguồn viện trợ đúng quy định.",
    "**8. Công tác thi đua, khen thưởng**",
    "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026; nhân rộng các điển hình tiên tiến, cách làm hay ở cơ sở. Dự kiến Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể và 15 cá nhân tiêu biểu.",
    "**IV. KINH PHÍ**",
    "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước bố trí trong dự toán năm 2026 của các cơ quan, đơn vị, địa phương theo phân cấp; lồng ghép trong các Chương trình mục tiêu quốc gia và huy động các nguồn hợp pháp khác. Các cơ quan, đơn vị căn cứ nhiệm vụ được giao lập dự toán chi tiết gửi cơ quan tài chính cùng cấp thẩm định theo quy định. Khuyến khích các doanh nghiệp, tổ chức, cá nhân đóng góp, tài trợ cho các hoạt động bình đẳng giới; việc tiếp nhận, quản lý và sử dụng các khoản tài trợ bảo đảm công khai, minh bạch, đúng mục đích.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Trách nhiệm của các cơ quan, đơn vị**",
    "**a) Sở Nội vụ**",
    "§LB Là cơ quan thường trực giúp UBND tỉnh tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đôn đốc các sở, ngành, địa phương thực hiện.",
    "§LB Tham mưu kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh; tổ chức tập huấn cho công chức làm công tác bình đẳng giới cấp xã; hướng dẫn biểu mẫu thu thập số liệu có tách biệt giới.",
    "§LB Tham mưu thực hiện các giải pháp nâng cao tỷ lệ nữ trong các cơ quan dân cử, tỷ lệ cán bộ nữ lãnh đạo, quản lý; rà soát công tác quy hoạch cán bộ nữ.",
    "§LB Chủ trì tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026; tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc.",
    "§LB Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1 Mục tiêu 2; chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới) và chỉ tiêu 1 Mục tiêu 6.",
    "**b) Sở Tài chính**",
    "§LB Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn quản lý, sử dụng kinh phí đúng quy định.",
    "§LB Phối hợp với Sở Nội vụ theo dõi, đánh giá chỉ tiêu 1 Mục tiêu 2; chịu trách nhiệm tổng hợp, báo cáo chỉ tiêu 2 Mục tiêu 2.",
    "**c) Sở Y tế**",
    "§LB Triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, nâng cao chất lượng chăm sóc sức khỏe sinh sản, sức khỏe bà mẹ, trẻ em; chỉ đạo các cơ sở trợ giúp xã hội công lập tổ chức các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
    "§LB Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
    "**d) Sở Giáo dục và Đào tạo**",
    "§LB Đưa nội dung giáo dục giới tính, bình đẳng giới, kỹ năng phòng chống xâm hại vào hoạt động giáo dục trong nhà trường.",
    "§LB Chủ trì, phối hợp với các cơ sở giáo dục đại học trên địa bàn tỉnh theo dõi, báo cáo chỉ tiêu của Mục tiêu 5.",
    "**đ) Sở Văn hóa, Thể thao và Du lịch**",
    "§LB Hướng dẫn triển khai công tác gia đình, phòng, chống bạo lực gia đình; quản lý, chỉ đạo hệ thống thông tin cơ sở tuyên truyền về bình đẳng giới.",
    "§LB Chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình) và chỉ tiêu 2 Mục tiêu 6.",
    "**e) Công an tỉnh**",
    "§LB Đấu tranh phòng, chống tội phạm mua bán người, xâm hại tình dục phụ nữ, trẻ em; xử lý nghiêm các hành vi bạo lực gia đình.",
    "§LB Phối hợp cung cấp số liệu về người bị bạo lực, người gây bạo lực phục vụ báo cáo chỉ tiêu 2 Mục tiêu 3.",
    "**g) Thống kê tỉnh**",
    "Chủ trì thu thập, báo cáo chỉ tiêu 1 Mục tiêu 3; cung cấp số liệu thống kê phát triển giới của tỉnh cho Sở Nội vụ phục vụ công tác tổng hợp.",
    "**h) Sở Công Thương**",
    "Phối hợp hướng dẫn doanh nghiệp thực hiện chính sách đối với lao động nữ; hỗ trợ phụ nữ tham gia xúc tiến thương mại, thương mại điện tử, đưa sản phẩm của hợp tác xã do phụ nữ quản lý lên các sàn giao dịch điện tử.",
    "**i) Sở Nông nghiệp và Môi trường**",
    "Lồng ghép bình đẳng giới trong chương trình xây dựng nông thôn mới, khuyến nông, chuyển đổi số trong nông nghiệp; ưu tiên tập huấn kỹ thuật sản xuất lúa chất lượng cao, nuôi trồng thủy sản cho lao động nữ.",
    "**k) Sở Khoa học và Công nghệ**",
    "Hỗ trợ xây dựng cơ sở dữ liệu thống kê về giới trên nền tảng số của tỉnh; hướng dẫn các cơ quan báo chí, cổng thông tin điện tử tăng cường thông tin về bình đẳng giới.",
    "**l) Sở Tư pháp**",
    "Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh; tăng cường trợ giúp pháp lý cho phụ nữ là nạn nhân bạo lực, phụ nữ thuộc hộ nghèo.",
    "**m) Báo và Phát thanh, Truyền hình Đồng Tháp**",
    "Duy trì chuyên mục “Phụ nữ và cuộc sống”, “Gia đình - Xã hội”; tăng thời lượng tin, bài, phóng sự về bình đẳng giới, phòng chống bạo lực gia đình, nêu gương điển hình tiên tiến.",
    "**n) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh**",
    "Tham gia giám sát việc thực hiện pháp luật về bình đẳng giới; Hội Liên hiệp Phụ nữ tỉnh tiếp tục thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp”, vận động hội viên tham gia các mô hình phòng, chống bạo lực gia đình.",
    "**o) Liên đoàn Lao động tỉnh, Tỉnh Đoàn**",
    "Liên đoàn Lao động tỉnh tăng cường giám sát việc thực hiện chế độ, chính sách đối với lao động nữ, thương lượng đưa nội dung bình đẳng giới vào thỏa ước lao động tập thể; Tỉnh Đoàn phát huy vai trò đoàn viên, thanh niên nam trong chia sẻ công việc gia đình, phòng chống bạo lực.",
    "**p) UBND các xã, phường**",
    "§LB Xây dựng, ban hành kế hoạch thực hiện công tác bình đẳng giới năm 2026 của địa phương trước ngày 15/5/2026, gửi về Sở Nội vụ để theo dõi.",
    "§LB Phân công công chức Văn hóa - Xã hội theo dõi công tác bình đẳng giới; thu thập số liệu có tách biệt giới từ các ấp, khóm.",
    "§LB Kiện toàn Ban Vì sự tiến bộ của phụ nữ xã, phường; tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại địa phương; đưa nội dung bình đẳng giới vào hương ước, quy ước ấp, khóm.",
    "**2. Chế độ báo cáo**",
    "Định kỳ 6 tháng (trước ngày 12/6) và hằng năm (trước ngày 12/12), các sở, ban, ngành, UBND các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 22/6 và 22/12.",
    "Báo cáo đột xuất thực hiện theo yêu cầu của cơ quan có thẩm quyền.",
    "Nội dung báo cáo phải đánh giá cụ thể kết quả thực hiện từng chỉ tiêu được phân công, có số liệu tách biệt giới, nêu rõ khó khăn, vướng mắc, nguyên nhân và đề xuất, kiến nghị; các chỉ tiêu chưa đạt phải có giải pháp khắc phục trong thời gian tiếp theo.",
    "**3. Kiểm tra, giám sát**",
    "Ban Vì sự tiến bộ của phụ nữ tỉnh chủ trì, phối hợp với các thành viên tổ chức kiểm tra, giám sát việc triển khai Kế hoạch tại một số sở, ngành và xã, phường trong quý III năm 2026; kết quả kiểm tra là căn cứ để đánh giá, xếp loại thi đua cuối năm của các cơ quan, đơn vị. Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao.",
    "Trên đây là Kế hoạch triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026. Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường triển khai thực hiện./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ;",
            "- TT/TU, TT/HĐND tỉnh;",
            "- CT, các PCT/UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, NC/VX.ntt.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Huỳnh Minh Tuấn"],
    ),
]

DT = {
    "name": "r11d-dong-thap-2026",
    "ext": "docx",
    "blocks": DT_BLOCKS,
    "expected": base(
        "Triển khai công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Đồng Tháp năm 2026",
        "UBND tỉnh Đồng Tháp",
        "Đồng Tháp",
        2026,
        [
            "Kế hoạch số 305/KH-UBND ngày 09/4/2026 của UBND tỉnh Đồng Tháp về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030",
            "Công văn số 2855/BNV-CTTN&BDG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "Kế hoạch số 305/KH-UBND ngày 09/4/2026 của UBND tỉnh Đồng Tháp",
        DT_OBJ,
        [
            A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "3.2", "6.1"),
            A("Sở Tài chính", "support", "2.1"),
            A("Sở Tài chính", "lead", "2.2"),
            A("Sở Y tế", "lead", "3.3", "4.1", "4.2", "4.3"),
            A("Sở Giáo dục và Đào tạo", "lead", "5.1"),
            A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.2"),
            A("Công an tỉnh", "support", "3.2"),
            A("Thống kê tỉnh", "lead", "3.1"),
        ],
        [
            R("plan", "units", "2026-05-15"),
            R("semiannual", "units", "06-12"),
            R("annual", "units", "12-12"),
            R("semiannual", "consolidator", "06-22"),
            R("annual", "consolidator", "12-22"),
        ],
    ),
}


# ---------------------------------------------------------------------------------------------
# 3. Gia Lai 2028 (.pdf, from .docx via LibreOffice): targets in a table (TT "1.1", unit column,
#    value column with ≥ / < / "Khoảng"), two-part indicators as merged sub-rows, agencies under
#    bold numbered headings citing indicators by decimal code, separate reporting section with a
#    mid-term review ("sơ kết") in 2028.
# ---------------------------------------------------------------------------------------------
Y = 2028
_GL_ROWS = [
    # (objective code, objective title) or (code, text, unit cell, value cell, target) or
    # (code, [(part text, value cell, target), ...], unit cell)
    ("1", "Lĩnh vực chính trị"),
    (
        "1.1",
        "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        "%",
        "≥ 70",
        T(70, "%", ">=", Y),
    ),
    (
        "1.2",
        "Tỷ lệ nữ trong số cán bộ, công chức được bổ nhiệm lần đầu giữ chức vụ lãnh đạo, quản lý cấp phòng và tương đương",
        "%",
        "≥ 35",
        T(35, "%", ">=", Y),
    ),
    ("2", "Lĩnh vực kinh tế, lao động"),
    ("2.1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "53", T(53, "%", ">=", Y)),
    (
        "2.2",
        "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
        "%",
        "< 38",
        T(38, "%", "<", Y),
    ),
    ("2.3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã", "%", "> 28", T(28, "%", ">", Y)),
    ("3", "Đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
    (
        "3.1",
        "Số giờ trung bình làm công việc nội trợ và chăm sóc không được trả công của phụ nữ so với nam giới",
        "Lần",
        "≤ 1,5",
        T(1.5, "times", "<=", Y),
    ),
    (
        "3.2",
        [
            (
                "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
                "≥ 90",
                T(90, "%", ">=", Y, label="người bị bạo lực"),
            ),
            (
                "Người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
                "≥ 80",
                T(80, "%", ">=", Y, label="người gây bạo lực"),
            ),
        ],
        "%",
    ),
    (
        "3.3",
        "Nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
        "%",
        "100",
        T(100, "%", ">=", Y),
    ),
    (
        "3.4",
        "Cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        "%",
        "100",
        T(100, "%", ">=", Y),
    ),
    ("4", "Lĩnh vực y tế"),
    (
        "4.1",
        "Tỷ số giới tính khi sinh",
        "Số bé trai/100 bé gái",
        "Khoảng 109",
        T(109, "boys_per_100_girls", "=", Y),
    ),
    (
        "4.2",
        "Tỷ lệ tử vong bà mẹ liên quan đến thai sản",
        "Số ca/100.000 trẻ đẻ sống",
        "< 40",
        T(40, "per_100000_live_births", "<", Y),
    ),
    (
        "4.3",
        "Tỷ suất sinh ở vị thành niên",
        "Số ca sinh/1.000 phụ nữ",
        "≤ 21",
        T(21, "per_1000_women", "<=", Y),
    ),
    ("5", "Lĩnh vực giáo dục, đào tạo"),
    (
        "5.1",
        "Nội dung về giới, bình đẳng giới được giảng dạy chính thức ở các trường sư phạm trên địa bàn tỉnh",
        "-",
        "Thực hiện",
        T(None, "bool", "=", Y),
    ),
    (
        "5.2",
        [
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học",
                "≥ 98",
                T(98, "%", ">=", Y, label="tiểu học"),
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở",
                "≥ 93",
                T(93, "%", ">=", Y, label="trung học cơ sở"),
            ),
        ],
        "%",
    ),
    (
        "5.3",
        "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
        "%",
        "≥ 40",
        T(40, "%", ">=", Y),
    ),
    ("6", "Lĩnh vực thông tin, truyền thông"),
    (
        "6.1",
        "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
        "%",
        "75",
        T(75, "%", ">=", Y),
    ),
    (
        "6.2",
        "Tỷ lệ xã, phường có ít nhất 04 tin, bài về bình đẳng giới mỗi quý trên hệ thống thông tin cơ sở",
        "%",
        "100",
        T(100, "%", ">=", Y),
    ),
]

ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _gl_build():
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2028"]]
    merges = []
    objectives = []
    for r in _GL_ROWS:
        if len(r) == 2:
            objectives.append({"code": r[0], "title": r[1], "indicators": []})
            rows.append([ROMAN[int(r[0]) - 1], f"Mục tiêu {r[0]}: {r[1]}", "", ""])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
        elif len(r) == 3:
            code, parts, unit = r
            first = len(rows)
            for i, (txt, val, _) in enumerate(parts):
                rows.append([code if i == 0 else "", txt, unit, val])
            merges.append((first, 0, len(rows) - 1, 0))
            objectives[-1]["indicators"].append(
                ind(code, "; ".join(p[0] for p in parts), *[p[2] for p in parts])
            )
        else:
            code, txt, unit, val, tgt = r
            rows.append([code, txt, unit, val])
            objectives[-1]["indicators"].append(ind(code, txt, tgt))
    return rows, merges, objectives


GL_ROWS, GL_MERGES, GL_OBJ = _gl_build()

GL_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "", "Số: 86/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Gia Lai, ngày 07 tháng 02 năm 2028",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Gia Lai**",
    "Căn cứ Luật Bình đẳng giới năm 2006; Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;",
    "Căn cứ Kế hoạch số 57/KH-UBND ngày 12/3/2026 của UBND tỉnh Gia Lai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030;",
    "Trên cơ sở kết quả thực hiện công tác bình đẳng giới năm 2027, UBND tỉnh Gia Lai ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028, cụ thể như sau:",
    "**A. KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2027**",
    "**1. Kết quả đạt được**",
    "Năm 2027, công tác bình đẳng giới trên địa bàn tỉnh tiếp tục nhận được sự quan tâm lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp. Các sở, ngành, địa phương đã ban hành kế hoạch, lồng ghép nội dung bình đẳng giới vào nhiệm vụ chuyên môn; Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới được tổ chức với nhiều hình thức phong phú tại 135 xã, phường.",
    "Theo số liệu ước thực hiện, một số chỉ tiêu cơ bản đạt và vượt kế hoạch: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 67,2%; tỷ lệ lao động nữ làm công hưởng lương đạt 50,8%; 88,5% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản; 100% nạn nhân bị mua bán trở về có nhu cầu được hỗ trợ; tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới đạt khoảng 71%.",
    "**2. Tồn tại, hạn chế**",
    "Một số chỉ tiêu chưa đạt: tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã mới đạt 25,6%; tỷ suất sinh ở vị thành niên còn 23 ca sinh/1.000 phụ nữ, cao ở các xã vùng đồng bào dân tộc thiểu số phía Tây; tỷ số giới tính khi sinh ở mức 111,3 bé trai/100 bé gái. Công tác thu thập số liệu thống kê giới ở cấp xã còn lúng túng; nguồn lực dành cho công tác bình đẳng giới còn hạn chế.",
    "**B. KẾ HOẠCH THỰC HIỆN NĂM 2028**",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Triển khai đồng bộ các nhiệm vụ, giải pháp nhằm hoàn thành các chỉ tiêu bình đẳng giới năm 2028 - năm giữa kỳ của Kế hoạch giai đoạn 2026-2030; tập trung khắc phục các chỉ tiêu còn đạt thấp trong năm 2027 như tỷ lệ nữ giám đốc doanh nghiệp, tỷ suất sinh ở vị thành niên tại các xã phía Tây của tỉnh.",
    "2. Đánh giá toàn diện kết quả 03 năm thực hiện Kế hoạch giai đoạn 2026-2030 (2026-2028), rút ra bài học kinh nghiệm và đề xuất điều chỉnh mục tiêu, chỉ tiêu cho giai đoạn còn lại.",
    "3. Gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện chỉ tiêu được phân công; thông tin, số liệu báo cáo phải có sự tách biệt giới, bảo đảm chính xác, kịp thời.",
    "4. Huy động sự tham gia của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, doanh nghiệp và cộng đồng dân cư, nhất là già làng, người có uy tín, chức sắc tôn giáo trong tuyên truyền, vận động thực hiện bình đẳng giới; bảo đảm các hoạt động thiết thực, tránh hình thức, phù hợp với phong tục, tập quán của từng vùng.",
    "**II. MỤC TIÊU**",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ trong các lĩnh vực của đời sống xã hội, nhất là phụ nữ vùng đồng bào dân tộc thiểu số Jrai, Bahnar và phụ nữ vùng ven biển; phòng ngừa, ứng phó hiệu quả với bạo lực trên cơ sở giới, góp phần phát triển kinh tế - xã hội nhanh, bền vững.",
    "**2. Chỉ tiêu cụ thể năm 2028**",
    "Phấn đấu năm 2028 đạt các chỉ tiêu tại bảng dưới đây:",
    ("table", GL_ROWS, GL_MERGES),
    "*(Các chỉ tiêu được xác định trên cơ sở Kế hoạch giai đoạn 2026-2030 của tỉnh và kết quả ước thực hiện năm 2027.)*",
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "**1. Lãnh đạo, chỉ đạo và thể chế**",
    "- Các cấp ủy, chính quyền tiếp tục quán triệt chủ trương, chính sách về bình đẳng giới; đưa chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2028 của ngành, địa phương và xem đây là tiêu chí đánh giá thi đua.",
    "- Rà soát các chính sách đặc thù của tỉnh sau hợp nhất; kiến nghị sửa đổi những quy định chưa bảo đảm nguyên tắc bình đẳng giới; nâng cao chất lượng lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật.",
    "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh và các xã, phường; bố trí công chức làm công tác bình đẳng giới ổn định, hạn chế thay đổi; xác định trách nhiệm của người đứng đầu khi để xảy ra vi phạm pháp luật về bình đẳng giới tại cơ quan, đơn vị.",
    "**2. Thúc đẩy sự tham gia của phụ nữ trong lãnh đạo, quản lý**",
    "- Chuẩn bị nguồn cán bộ nữ cho Đại hội Đảng bộ các cấp nhiệm kỳ tiếp theo; quy hoạch, đào tạo, bồi dưỡng cán bộ nữ, cán bộ nữ người dân tộc thiểu số.",
    "- Rà soát các cơ quan, đơn vị có từ 30% nữ trở lên nhưng chưa có lãnh đạo chủ chốt là nữ để có giải pháp bố trí phù hợp.",
    "**3. Kinh tế, lao động, việc làm**",
    "- Hỗ trợ lao động nữ nông thôn học nghề, chuyển đổi nghề gắn với nhu cầu của doanh nghiệp tại khu kinh tế Nhơn Hội và các khu công nghiệp; hỗ trợ phụ nữ tham gia chuỗi giá trị cà phê, hồ tiêu, mắc ca.",
    "- Tổ chức các lớp khởi sự doanh nghiệp, quản trị hợp tác xã cho phụ nữ; kết nối phụ nữ khởi nghiệp với quỹ hỗ trợ và tổ chức tín dụng.",
    "- Lồng ghép nội dung bình đẳng giới trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, Chương trình mục tiêu quốc gia giảm nghèo bền vững; ưu tiên hộ nghèo do phụ nữ làm chủ hộ.",
    "- Hướng dẫn doanh nghiệp thực hiện đúng chính sách đối với lao động nữ: thai sản, nuôi con nhỏ, bảo đảm điều kiện làm việc; phòng, chống quấy rối tình dục tại nơi làm việc.",
    "**4. Gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới**",
    "- Duy trì, nhân rộng mô hình phòng, chống bạo lực gia đình, mô hình “Địa chỉ tin cậy” tại các thôn, làng; tăng cường phối hợp liên ngành trong phát hiện, hỗ trợ, can thiệp các vụ việc bạo lực.",
    "- Triển khai các hoạt động tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về; phòng ngừa nguy cơ mua bán người qua mạng xã hội, qua biên giới.",
    "**5. Y tế, giáo dục**",
    "- Tăng cường truyền thông chuyển đổi hành vi về mất cân bằng giới tính khi sinh; nâng cao năng lực chăm sóc sức khỏe bà mẹ tại trạm y tế xã vùng sâu, vùng xa; giảm tảo hôn, mang thai ở tuổi vị thành niên.",
    "- Vận động trẻ em gái người dân tộc thiểu số đến trường, hạn chế bỏ học; đưa nội dung bình đẳng giới vào chương trình đào tạo tại Trường Đại học Quy Nhơn và Trường Cao đẳng Sư phạm.",
    "- Tăng cường kiểm tra, thanh tra các cơ sở khám bệnh, chữa bệnh trong việc thực hiện quy định cấm lựa chọn giới tính thai nhi; tuyên truyền về hậu quả của tảo hôn tại các trường trung học cơ sở vùng dân tộc thiểu số.",
    "**6. Thông tin, truyền thông và nâng cao năng lực**",
    "- Tuyên truyền bằng tiếng Jrai, Bahnar trên sóng phát thanh, truyền hình; phát huy vai trò già làng, người có uy tín.",
    "- Tập huấn cho công chức làm công tác bình đẳng giới cấp xã; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
    "- Tổ chức Hội nghị sơ kết giữa kỳ thực hiện Kế hoạch giai đoạn 2026-2030 của tỉnh; biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu; tổ chức đoàn kiểm tra liên ngành tại một số xã, phường.",
    "**7. Thanh tra, kiểm tra**",
    "- Thanh tra tỉnh lồng ghép nội dung thanh tra việc thực hiện pháp luật về bình đẳng giới trong kế hoạch thanh tra năm 2028; các sở, ngành tăng cường kiểm tra chuyên ngành, xử lý nghiêm các hành vi vi phạm.",
    "- Phát huy vai trò giám sát của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; tiếp nhận, giải quyết kịp thời phản ánh, kiến nghị của người dân về bình đẳng giới.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "Từ nguồn ngân sách nhà nước được giao trong dự toán năm 2028 của các cơ quan, đơn vị, địa phương; nguồn lồng ghép từ các Chương trình mục tiêu quốc gia; nguồn tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác.",
    "Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động bố trí kinh phí trong dự toán được giao; kinh phí tổ chức Hội nghị sơ kết giữa kỳ cấp tỉnh do Sở Nội vụ lập dự toán, gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét, quyết định. Việc quản lý, sử dụng và thanh quyết toán kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "**1. Sở Nội vụ**",
    "- Chủ trì, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, địa phương triển khai Kế hoạch; tham mưu UBND tỉnh tổ chức sơ kết giữa kỳ Kế hoạch giai đoạn 2026-2030.",
    "- Tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2028; tập huấn nghiệp vụ cho công chức làm công tác bình đẳng giới cấp xã; hướng dẫn cập nhật cơ sở dữ liệu thống kê về giới.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu 1.1, 1.2, 2.1, 2.2, 3.2 (số liệu về bạo lực trên cơ sở giới) và 6.1; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 5.3.",
    "**2. Sở Tài chính**",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch; lồng ghép chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội năm 2028.",
    "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 2.3.",
    "**3. Sở Y tế**",
    "- Chỉ đạo ngành y tế triển khai các giải pháp thực hiện các chỉ tiêu trong lĩnh vực y tế; chỉ đạo các cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
    "- Chủ trì theo dõi, báo cáo chỉ tiêu 3.4 và các chỉ tiêu thuộc Mục tiêu 4; phối hợp với Công an tỉnh theo dõi chỉ tiêu 3.3.",
    "**4. Sở Giáo dục và Đào tạo**",
    "Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5; chỉ đạo các cơ sở giáo dục lồng ghép nội dung bình đẳng giới, phòng chống bạo lực học đường trong hoạt động giáo dục.",
    "**5. Sở Văn hóa, Thể thao và Du lịch**",
    "Triển khai công tác gia đình, phòng, chống bạo lực gia đình; hướng dẫn hệ thống thông tin cơ sở tăng cường tin, bài về bình đẳng giới; chủ trì theo dõi, báo cáo chỉ tiêu 3.2 (số liệu về bạo lực gia đình) và chỉ tiêu 6.2.",
    "**6. Công an tỉnh**",
    "Đấu tranh, triệt phá các đường dây mua bán người, nhất là mua bán người qua biên giới Việt Nam - Campuchia; tiếp nhận, xác minh, bảo vệ nạn nhân; chỉ đạo Công an cấp xã phối hợp giải quyết các vụ việc bạo lực gia đình; chủ trì theo dõi, báo cáo chỉ tiêu 3.3.",
    "**7. Thống kê tỉnh**",
    "Chủ trì thu thập, báo cáo chỉ tiêu 3.1; phối hợp cung cấp số liệu các chỉ tiêu 2.1, 2.2, 2.3 cho các cơ quan chủ trì.",
    "**8. Sở Tư pháp**",
    "Thẩm định nội dung lồng ghép vấn đề bình đẳng giới trong các dự thảo văn bản quy phạm pháp luật của HĐND, UBND tỉnh; tăng cường trợ giúp pháp lý, hòa giải ở cơ sở cho phụ nữ, nhất là phụ nữ dân tộc thiểu số, phụ nữ bị bạo lực.",
    "**9. Sở Dân tộc và Tôn giáo**",
    "Tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ hủ tục, giảm tảo hôn, hôn nhân cận huyết thống; lồng ghép bình đẳng giới trong các chính sách dân tộc.",
    "**10. Báo và Phát thanh, Truyền hình Gia Lai**",
    "Duy trì chuyên mục “Bình đẳng giới và cuộc sống”; tăng thời lượng phát sóng bằng tiếng dân tộc thiểu số về bình đẳng giới, phòng, chống bạo lực gia đình; thông tin kịp thời về các hoạt động hưởng ứng Tháng hành động, Hội nghị sơ kết giữa kỳ; nêu gương tập thể, cá nhân điển hình.",
    "**11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội**",
    "Tham gia giám sát, phản biện xã hội; Hội Liên hiệp Phụ nữ tỉnh chủ động hỗ trợ phụ nữ khởi nghiệp, vận động hội viên tham gia các mô hình phòng, chống bạo lực gia đình.",
    "**12. UBND các xã, phường**",
    "Xây dựng kế hoạch năm 2028 của địa phương; chỉ đạo các thôn, làng, tổ dân phố tổ chức tuyên truyền; tổ chức sơ kết giữa kỳ tại địa phương; báo cáo kết quả theo quy định.",
    "**VI. CHẾ ĐỘ BÁO CÁO**",
    "1. Báo cáo định kỳ: Các sở, ban, ngành, UBND các xã, phường gửi báo cáo về Sở Nội vụ: báo cáo 6 tháng trước ngày 08/6, báo cáo năm trước ngày 08/12. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 18/6 (báo cáo 6 tháng) và trước ngày 18/12 (báo cáo năm).",
    "2. Báo cáo sơ kết giữa kỳ: Các sở, ban, ngành, UBND các xã, phường tổ chức sơ kết 03 năm thực hiện Kế hoạch giai đoạn 2026-2030, gửi báo cáo về Sở Nội vụ trước ngày 30/9/2028; Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 20/10/2028.",
    "3. Báo cáo đột xuất: Theo yêu cầu của UBND tỉnh, Bộ Nội vụ.",
    "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Gia Lai. Các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc, phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ;",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- Như mục V;",
            "- Lưu: VT, KGVX.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Tự Công Hoàng"],
    ),
]

GL = {
    "name": "r11d-gia-lai-2028",
    "ext": "pdf",
    "blocks": GL_BLOCKS,
    "expected": base(
        "Thực hiện Chiến lược quốc gia về bình đẳng giới năm 2028 trên địa bàn tỉnh Gia Lai",
        "UBND tỉnh Gia Lai",
        "Gia Lai",
        2028,
        [
            "Luật Bình đẳng giới năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
            "Kế hoạch số 57/KH-UBND ngày 12/3/2026 của UBND tỉnh Gia Lai về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030",
        ],
        "Kế hoạch số 57/KH-UBND ngày 12/3/2026 của UBND tỉnh Gia Lai",
        GL_OBJ,
        [
            A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "3.2", "6.1"),
            A("Sở Nội vụ", "support", "5.3"),
            A("Sở Tài chính", "lead", "2.3"),
            A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
            A("Sở Y tế", "support", "3.3"),
            A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
            A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.2"),
            A("Công an tỉnh", "lead", "3.3"),
            A("Thống kê tỉnh", "lead", "3.1"),
            A("Thống kê tỉnh", "support", "2.1", "2.2", "2.3"),
        ],
        [
            R("semiannual", "units", "06-08"),
            R("annual", "units", "12-08"),
            R("semiannual", "consolidator", "06-18"),
            R("annual", "consolidator", "12-18"),
            R("midterm", "units", "2028-09-30"),
            R("midterm", "consolidator", "2028-10-20"),
        ],
    ),
}

PLANS = [TQ, DT, GL]
