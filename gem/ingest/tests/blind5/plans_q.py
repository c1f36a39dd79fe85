"""Blind test plans (set q): three province/city plans with unusual layouts.

Written from the format spec (plan-format.md) and real plans read through search only;
the extractor's code and rules were not consulted.
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


def _objectives(objs):
    return [
        {
            "code": code,
            "title": title,
            "indicators": [
                {"code": f"{code}.{i + 1}", "text": text, "targets": targets}
                for i, (text, targets) in enumerate(inds)
            ],
        }
        for code, title, inds in objs
    ]


def _assign(pairs):
    """pairs: list of (agency, role, [codes]) in order of appearance -> grouped list."""
    out = []
    for agency, role, codes in pairs:
        for a in out:
            if a["agency"] == agency and a["role"] == role:
                a["indicators"] += [c for c in codes if c not in a["indicators"]]
                break
        else:
            out.append({"agency": agency, "role": role, "indicators": list(codes)})
    return out


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------
# 1. Hải Phòng, annual plan 2027, PDF. Narrative targets with baselines and
#    several parts (nữ/nam, thành thị/nông thôn).
# ---------------------------------------------------------------------------

HP_Y = 2027
HP_OBJ = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        [
            (
                "Năm 2027, tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp trên địa bàn thành phố có lãnh đạo chủ chốt là nữ tăng từ 64,5% (năm 2026) lên ít nhất 67%.",
                [T(67, "%", ">=", HP_Y, 64.5)],
            ),
            (
                "Tỷ lệ cán bộ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp thành phố đạt ít nhất 42%; ở cấp xã, phường, đặc khu đạt ít nhất 45%.",
                [
                    T(42, "%", ">=", HP_Y, None, "cấp thành phố"),
                    T(45, "%", ">=", HP_Y, None, "cấp xã, phường, đặc khu"),
                ],
            ),
        ],
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương trong tổng số lao động nữ có việc làm tăng từ 57,8% năm 2026 lên 59,5% vào cuối năm 2027.",
                [T(59.5, "%", ">=", HP_Y, 57.8)],
            ),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm của toàn thành phố giảm từ 21,6% xuống còn 20%; riêng khu vực nông thôn giảm xuống dưới 31%.",
                [
                    T(20, "%", "<=", HP_Y, 21.6, "toàn thành phố"),
                    T(31, "%", "<", HP_Y, None, "khu vực nông thôn"),
                ],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 28%.",
                [T(28, "%", ">", HP_Y)],
            ),
            (
                "Tỷ lệ lao động có bằng cấp, chứng chỉ trong tổng số lao động đang làm việc trong nền kinh tế: lao động nữ đạt 37%, lao động nam đạt 41%.",
                [
                    T(37, "%", ">=", HP_Y, None, "lao động nữ"),
                    T(41, "%", ">=", HP_Y, None, "lao động nam"),
                ],
            ),
        ],
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        [
            (
                "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ giảm xuống còn 1,6 lần so với nam giới.",
                [T(1.6, "times", "<=", HP_Y)],
            ),
            (
                "Đạt 86% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt 78% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(86, "%", ">=", HP_Y, None, "người bị bạo lực"),
                    T(78, "%", ">=", HP_Y, None, "người gây bạo lực"),
                ],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", HP_Y)],
            ),
            (
                "100% cơ sở trợ giúp xã hội công lập trên địa bàn thành phố triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", HP_Y)],
            ),
        ],
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        [
            (
                "Tỷ số giới tính khi sinh giảm từ 112,3 bé trai/100 bé gái sinh ra sống năm 2026 xuống còn 111,5 bé trai/100 bé gái sinh ra sống năm 2027.",
                [T(111.5, "boys_per_100_girls", "<=", HP_Y, 112.3)],
            ),
            (
                "Tỷ số tử vong mẹ liên quan đến thai sản duy trì ở mức dưới 20/100.000 trẻ đẻ sống.",
                [T(20, "per_100000_live_births", "<", HP_Y)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên khu vực thành thị duy trì dưới 6 ca sinh/1.000 phụ nữ; khu vực nông thôn giảm từ 11 ca sinh/1.000 phụ nữ xuống còn 10 ca sinh/1.000 phụ nữ.",
                [
                    T(6, "per_1000_women", "<", HP_Y, None, "khu vực thành thị"),
                    T(10, "per_1000_women", "<=", HP_Y, 11, "khu vực nông thôn"),
                ],
            ),
        ],
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Tiếp tục đưa nội dung về giới, bình đẳng giới vào chương trình giảng dạy trong các cơ sở giáo dục phổ thông, giáo dục nghề nghiệp và chương trình bồi dưỡng cán bộ, công chức của thành phố.",
                [T(None, "bool", "=", HP_Y)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình giáo dục tiểu học đạt 99,8%; hoàn thành chương trình trung học cơ sở đạt 98,5%.",
                [
                    T(99.8, "%", ">=", HP_Y, None, "tiểu học"),
                    T(98.5, "%", ">=", HP_Y, None, "trung học cơ sở"),
                ],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới trong các cơ sở giáo dục nghề nghiệp đạt 42%.",
                [T(42, "%", ">=", HP_Y)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt không dưới 52%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ tăng từ 30,5% lên 32%.",
                [T(52, "%", ">=", HP_Y, None, "thạc sĩ"), T(32, "%", ">=", HP_Y, 30.5, "tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới đạt 82% ở khu vực thành thị và 72% ở khu vực nông thôn.",
                [
                    T(82, "%", ">=", HP_Y, None, "khu vực thành thị"),
                    T(72, "%", ">=", HP_Y, None, "khu vực nông thôn"),
                ],
            ),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan, đơn vị, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, "%", ">=", HP_Y)],
            ),
            (
                "100% xã, phường, đặc khu mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", HP_Y)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Hải Phòng mỗi tháng có ít nhất 02 tin, bài, phóng sự chuyên đề nâng cao nhận thức về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.",
                [T(2, "items_per_month", ">=", HP_Y)],
            ),
        ],
    ),
]


def _hp_blocks():
    b = []
    b.append(
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "", "Số: 47/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Hải Phòng, ngày 26 tháng 02 năm 2027",
            ],
        )
    )
    b.append("**KẾ HOẠCH**")
    b.append(
        "**Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 trên địa bàn thành phố Hải Phòng**"
    )
    b.append(
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;"
    )
    b.append(
        "Căn cứ Kế hoạch số 214/KH-UBND ngày 18/6/2026 của Ủy ban nhân dân thành phố về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn thành phố Hải Phòng;"
    )
    b.append(
        "Căn cứ Văn bản số 1187/BNV-CTTN&BĐG ngày 20/01/2027 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027;"
    )
    b.append(
        "Xét đề nghị của Sở Nội vụ tại Tờ trình số 65/TTr-SNV ngày 12/02/2027, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 như sau:"
    )
    b.append("**I. KẾT QUẢ THỰC HIỆN NĂM 2026**")
    b.append(
        "Năm 2026 là năm đầu tiên thành phố triển khai Kế hoạch giai đoạn 2026 - 2030 sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu đã chủ động ban hành kế hoạch, bố trí kinh phí và cán bộ theo dõi công tác bình đẳng giới; công tác phối hợp liên ngành được duy trì, nhiều mô hình tiếp tục được nhân rộng tại các khu công nghiệp, khu dân cư ven biển."
    )
    b.append(
        "Theo số liệu tổng hợp¹, 15/21 chỉ tiêu của năm 2026 đạt và vượt kế hoạch. Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 64,5%; tỷ lệ lao động nữ làm công hưởng lương đạt 57,8%; tỷ số giới tính khi sinh là 112,3 bé trai/100 bé gái sinh ra sống, giảm 0,6 so với năm 2025; tỷ suất sinh ở vị thành niên khu vực nông thôn là 11 ca sinh/1.000 phụ nữ. Tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30,5%."
    )
    b.append(
        "Bên cạnh kết quả đạt được, vẫn còn 06 chỉ tiêu chưa đạt, chủ yếu thuộc lĩnh vực kinh tế, lao động và đời sống gia đình; tình trạng lựa chọn giới tính thai nhi còn diễn ra ở một số xã thuần nông; việc thu thập số liệu có tách biệt giới ở cấp xã sau sắp xếp chưa đồng bộ, một số đơn vị gửi báo cáo chậm so với thời hạn quy định."
    )
    b.append(
        (
            "footnote",
            "¹ Báo cáo số 402/BC-UBND ngày 18/12/2026 của Ủy ban nhân dân thành phố về kết quả thực hiện công tác bình đẳng giới năm 2026; số liệu năm 2026 là số ước thực hiện.",
        )
    )
    b.append("**II. MỤC ĐÍCH, YÊU CẦU**")
    b.append(
        "1. Tiếp tục triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu, nhiệm vụ của Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 của thành phố; khắc phục các hạn chế, tồn tại của năm 2026, phấn đấu hoàn thành các chỉ tiêu năm 2027."
    )
    b.append(
        "2. Xác định rõ trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu trong theo dõi, thu thập số liệu và báo cáo từng chỉ tiêu; bảo đảm số liệu được tách biệt theo giới, đầy đủ, kịp thời."
    )
    b.append(
        "3. Các hoạt động phải thiết thực, tránh hình thức, lồng ghép với các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội của thành phố và phù hợp với nguồn lực được giao."
    )
    b.append("**III. MỤC TIÊU, CHỈ TIÊU NĂM 2027**")
    b.append(
        "1. Mục tiêu chung: Thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội; góp phần xây dựng thành phố Hải Phòng phát triển nhanh, bền vững."
    )
    b.append("2. Các chỉ tiêu cụ thể")
    for code, title, inds in HP_OBJ:
        b.append(f"2.{code}. Mục tiêu {code}: {title}")
        for i, (text, _t) in enumerate(inds):
            b.append(f"- Chỉ tiêu {i + 1}: {text}")
    b.append(("page",))
    b.append("**IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**")
    b.append(
        "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bình đẳng giới; đưa việc thực hiện các chỉ tiêu bình đẳng giới vào nội dung đánh giá, xếp loại mức độ hoàn thành nhiệm vụ hằng năm của cơ quan, đơn vị và người đứng đầu."
    )
    b.append(
        "2. Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, đề án, chương trình, kế hoạch phát triển kinh tế - xã hội của thành phố; rà soát các văn bản hiện hành để kịp thời đề xuất sửa đổi những nội dung chưa bảo đảm nguyên tắc bình đẳng giới."
    )
    b.append(
        "3. Đẩy mạnh công tác truyền thông, giáo dục nâng cao nhận thức về bình đẳng giới, chú trọng nhóm công nhân lao động tại các khu công nghiệp, lao động di cư, ngư dân và người dân ở các xã ven biển, đặc khu; tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 08/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam 28/6, Ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12/2027)."
    )
    b.append(
        "4. Hỗ trợ phụ nữ tham gia phát triển kinh tế: tư vấn, giới thiệu việc làm, đào tạo nghề gắn với nhu cầu của doanh nghiệp trong các khu công nghiệp, khu kinh tế; hỗ trợ phụ nữ khởi nghiệp, chuyển đổi số, tiếp cận vốn vay ưu đãi; ưu tiên lao động nữ nông thôn chuyển dịch sang khu vực công nghiệp, dịch vụ."
    )
    b.append(
        "5. Củng cố mạng lưới địa chỉ tin cậy, nhà tạm lánh, đường dây nóng hỗ trợ người bị bạo lực gia đình, bạo lực trên cơ sở giới tại cộng đồng; nâng cao chất lượng dịch vụ tư vấn, tham vấn tại các cơ sở trợ giúp xã hội; phối hợp phát hiện, xử lý kịp thời các vụ việc bạo lực, mua bán người."
    )
    b.append(
        "6. Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, tập trung tại các xã có tỷ số giới tính khi sinh cao; tăng cường thanh tra, kiểm tra các cơ sở siêu âm, chẩn đoán hình ảnh, xử lý nghiêm các hành vi lựa chọn giới tính thai nhi; nâng cao chất lượng chăm sóc sức khỏe sinh sản, sức khỏe vị thành niên, thanh niên."
    )
    b.append(
        "7. Nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới ở cấp xã sau sắp xếp; hoàn thiện cơ sở dữ liệu thống kê về giới của thành phố, bảo đảm phù hợp với Bộ chỉ tiêu thống kê phát triển giới của quốc gia; ứng dụng phần mềm để thu thập, tổng hợp số liệu từ cấp xã."
    )
    b.append(
        "8. Tăng cường kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp, đặc biệt là việc thực hiện chính sách đối với lao động nữ trong các doanh nghiệp có vốn đầu tư nước ngoài; trong năm 2027 tổ chức ít nhất 01 đoàn kiểm tra liên ngành tại 06 đơn vị, địa phương."
    )
    b.append(
        "9. Thi đua, khen thưởng: Lồng ghép nội dung bình đẳng giới trong phong trào thi đua năm 2027; Ủy ban nhân dân thành phố tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác bình đẳng giới và vì sự tiến bộ của phụ nữ (dự kiến 10 tập thể, 10 cá nhân), trên cơ sở đề nghị của Sở Nội vụ."
    )
    b.append(
        "10. Huy động các doanh nghiệp, tổ chức xã hội, tổ chức quốc tế tham gia hỗ trợ các mô hình thúc đẩy bình đẳng giới; khuyến khích doanh nghiệp trong các khu công nghiệp xây dựng nhà trẻ, phòng vắt trữ sữa, chính sách hỗ trợ lao động nữ nuôi con nhỏ."
    )
    b.append("**V. KINH PHÍ THỰC HIỆN**")
    b.append(
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2027 của các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, đề án, dự án có liên quan và huy động từ các nguồn hợp pháp khác. Riêng kinh phí thành phố giao Sở Nội vụ thực hiện các hoạt động chung năm 2027 là 1.250 triệu đồng."
    )
    b.append("**VI. TỔ CHỨC THỰC HIỆN**")
    b.append("1. Sở Nội vụ")
    b.append(
        "- Là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch; tham mưu Ủy ban nhân dân thành phố tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2027."
    )
    b.append(
        "- Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác bình đẳng giới cấp xã; kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại một số sở, ngành, địa phương."
    )
    b.append(
        "- Chủ trì theo dõi, tổng hợp, báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, 2 và 4 của Mục tiêu 2; chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới); chỉ tiêu 1, 2 của Mục tiêu 6."
    )
    b.append("2. Sở Tài chính")
    b.append(
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định."
    )
    b.append("- Chịu trách nhiệm thu thập, báo cáo số liệu chỉ tiêu 3 của Mục tiêu 2.")
    b.append("3. Sở Y tế")
    b.append(
        "- Triển khai các hoạt động kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe bà mẹ, trẻ em; chỉ đạo các cơ sở trợ giúp xã hội công lập trực thuộc thực hiện hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
    )
    b.append(
        "- Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện chỉ tiêu 4 của Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4; phối hợp với Công an thành phố theo dõi, báo cáo chỉ tiêu 3 của Mục tiêu 3."
    )
    b.append("4. Sở Giáo dục và Đào tạo")
    b.append(
        "- Lồng ghép nội dung giới, bình đẳng giới, giáo dục giới tính, phòng chống xâm hại trẻ em trong các hoạt động giáo dục chính khóa, ngoại khóa; hướng dẫn các cơ sở giáo dục nghề nghiệp tư vấn tuyển sinh cho học sinh nữ."
    )
    b.append("- Chủ trì theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.")
    b.append(
        "5. Sở Khoa học và Công nghệ: Phối hợp với Sở Giáo dục và Đào tạo thu thập số liệu về nữ thạc sĩ, nữ tiến sĩ thuộc chỉ tiêu 4 của Mục tiêu 5; hỗ trợ phụ nữ tham gia các chương trình đổi mới sáng tạo, chuyển đổi số."
    )
    b.append("6. Sở Văn hóa, Thể thao và Du lịch")
    b.append(
        "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng cường tuyên truyền về bình đẳng giới; triển khai Bộ tiêu chí ứng xử trong gia đình; kiểm tra, xử lý các sản phẩm văn hóa, quảng cáo có nội dung định kiến giới."
    )
    b.append(
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực gia đình) và chỉ tiêu 3 của Mục tiêu 6."
    )
    b.append(
        "7. Báo và Phát thanh, Truyền hình Hải Phòng: Xây dựng chuyên trang, chuyên mục về bình đẳng giới; chịu trách nhiệm thực hiện và báo cáo kết quả chỉ tiêu 4 của Mục tiêu 6."
    )
    b.append("8. Công an thành phố")
    b.append(
        "- Chủ trì theo dõi, báo cáo kết quả thực hiện chỉ tiêu 3 của Mục tiêu 3; triển khai các biện pháp phòng ngừa, đấu tranh với tội phạm mua bán người, xâm hại tình dục phụ nữ và trẻ em."
    )
    b.append(
        "- Phối hợp với Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch cung cấp số liệu các vụ bạo lực gia đình, bạo lực trên cơ sở giới đã được phát hiện, xử lý để phục vụ theo dõi chỉ tiêu 2 của Mục tiêu 3."
    )
    b.append(
        "9. Thống kê thành phố: Chủ trì thu thập, báo cáo số liệu chỉ tiêu 1 của Mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu các chỉ tiêu 1, 2 của Mục tiêu 2; cập nhật các chỉ tiêu thống kê phát triển giới của thành phố."
    )
    b.append(
        "10. Sở Tư pháp: Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; thẩm định nội dung lồng ghép giới trong các dự thảo nghị quyết, quyết định của Hội đồng nhân dân, Ủy ban nhân dân thành phố."
    )
    b.append(
        "11. Sở Dân tộc và Tôn giáo: Tuyên truyền, vận động đồng bào có đạo, cộng đồng dân cư ven biển xóa bỏ định kiến giới, hủ tục; phối hợp triển khai các hoạt động bình đẳng giới tại vùng bãi ngang, ven biển."
    )
    b.append(
        "12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố tăng cường giám sát, phản biện xã hội việc thực hiện pháp luật về bình đẳng giới; tuyên truyền, vận động hội viên, đoàn viên thực hiện bình đẳng giới trong gia đình và cộng đồng."
    )
    b.append(
        "13. Ủy ban nhân dân các xã, phường, đặc khu: Ban hành kế hoạch thực hiện công tác bình đẳng giới năm 2027 của địa phương; bố trí công chức theo dõi công tác bình đẳng giới; thu thập số liệu có tách biệt giới, báo cáo kết quả theo quy định."
    )
    b.append("**VII. CHẾ ĐỘ BÁO CÁO**")
    b.append(
        "1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu gửi báo cáo kết quả thực hiện Kế hoạch (kèm biểu số liệu tách biệt giới) về Sở Nội vụ: báo cáo 6 tháng trước ngày 05/6/2027; báo cáo năm trước ngày 20/11/2027 (số liệu ước thực hiện đến hết ngày 31/12/2027)."
    )
    b.append(
        "2. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân thành phố báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 15/6/2027; báo cáo năm trước ngày 05/12/2027."
    )
    b.append("3. Báo cáo đột xuất thực hiện theo yêu cầu của Bộ Nội vụ, Ủy ban nhân dân thành phố.")
    b.append(
        "Trên đây là Kế hoạch triển khai thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 trên địa bàn thành phố Hải Phòng. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./."
    )
    b.append(
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT TU, TT HĐND TP;",
                "- CT, các PCT UBND TP;",
                "- Các sở, ban, ngành TP;",
                "- UBND các xã, phường, đặc khu;",
                "- Lưu: VT, VX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Minh Hằng"],
        )
    )
    return b


HP = {
    "name": "hai-phong-2027",
    "ext": "pdf",
    "blocks": _hp_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Triển khai thực hiện Chiến lược quốc gia về bình đẳng giới năm 2027 trên địa bàn thành phố Hải Phòng",
        "issuer": "UBND thành phố Hải Phòng",
        "level": "province",
        "area": "Hải Phòng",
        "period": {"start": 2027, "end": 2027},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Kế hoạch số 214/KH-UBND ngày 18/6/2026 của Ủy ban nhân dân thành phố về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn thành phố Hải Phòng",
            "Văn bản số 1187/BNV-CTTN&BĐG ngày 20/01/2027 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2027",
        ],
        "parent": "Kế hoạch số 214/KH-UBND ngày 18/6/2026 của Ủy ban nhân dân thành phố",
        "objectives": _objectives(HP_OBJ),
        "assignments": _assign(
            [
                ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "2.2", "2.4", "3.2", "6.1", "6.2"]),
                ("Sở Tài chính", "lead", ["2.3"]),
                ("Sở Y tế", "lead", ["3.4", "4.1", "4.2", "4.3"]),
                ("Sở Y tế", "support", ["3.3"]),
                ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3", "5.4"]),
                ("Sở Khoa học và Công nghệ", "support", ["5.4"]),
                ("Sở Văn hóa, Thể thao và Du lịch", "lead", ["3.2", "6.3"]),
                ("Báo và Phát thanh, Truyền hình Hải Phòng", "lead", ["6.4"]),
                ("Công an thành phố", "lead", ["3.3"]),
                ("Công an thành phố", "support", ["3.2"]),
                ("Thống kê thành phố", "lead", ["3.1"]),
                ("Thống kê thành phố", "support", ["2.1", "2.2"]),
            ]
        ),
        "reporting": [
            R("semiannual", "units", "06-05"),
            R("annual", "units", "11-20"),
            R("semiannual", "consolidator", "06-15"),
            R("annual", "consolidator", "12-05"),
        ],
    },
}


# ---------------------------------------------------------------------------
# 2. Tuyên Quang 2026-2030, DOCX. Capitalised objective headings, "Chỉ tiêu:" line
#    with a), b) indicators, and an annex Word table assigning lead/support agencies.
# ---------------------------------------------------------------------------

TQ_OBJ = [
    (
        "1",
        "TĂNG CƯỜNG SỰ THAM GIA CỦA PHỤ NỮ VÀO CÁC VỊ TRÍ LÃNH ĐẠO, QUẢN LÝ, TỪNG BƯỚC GIẢM DẦN KHOẢNG CÁCH GIỚI TRONG LĨNH VỰC CHÍNH TRỊ",
        [
            (
                "Đến năm 2030, có 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(75, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ cán bộ nữ trong quy hoạch các chức danh lãnh đạo, quản lý của tỉnh và cấp xã đạt ít nhất 45% vào năm 2028 và ít nhất 50% vào năm 2030.",
                [T(45, "%", ">=", 2028), T(50, "%", ">=", 2030)],
            ),
            (
                "Các xã, phường vùng đồng bào dân tộc thiểu số có cán bộ lãnh đạo chủ chốt là người dân tộc thiểu số phù hợp với cơ cấu dân số của địa phương.",
                [T(None, "bool", "=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "GIẢM KHOẢNG CÁCH GIỚI TRONG LĨNH VỰC KINH TẾ, LAO ĐỘNG, VIỆC LÀM; TĂNG CƯỜNG SỰ TIẾP CẬN CỦA PHỤ NỮ NGHÈO Ở NÔNG THÔN, PHỤ NỮ NGƯỜI DÂN TỘC THIỂU SỐ ĐỐI VỚI CÁC NGUỒN LỰC KINH TẾ, THỊ TRƯỜNG LAO ĐỘNG",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương đạt 38% vào năm 2028 và 43% vào năm 2030.",
                [T(38, "%", ">=", 2028), T(43, "%", ">=", 2030)],
            ),
            (
                "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 55% vào năm 2030.",
                [T(55, "%", "<", 2030)],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt từ 25% trở lên vào năm 2030.",
                [T(25, "%", ">=", 2030)],
            ),
            (
                "Đến năm 2030, tỷ lệ lao động nữ ở nông thôn dưới 60 tuổi được đào tạo nghề và chuyên môn kỹ thuật đạt 55%.",
                [T(55, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "3",
        "BẢO ĐẢM BÌNH ĐẲNG GIỚI TRONG ĐỜI SỐNG GIA ĐÌNH, TỪNG BƯỚC XÓA BỎ BẠO LỰC TRÊN CƠ SỞ GIỚI",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,5 lần so với nam giới vào năm 2030.",
                [T(1.5, "times", "<=", 2030)],
            ),
            (
                "Đến năm 2030, đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt 85% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
                [
                    T(90, "%", ">=", 2030, None, "người bị bạo lực"),
                    T(85, "%", ">=", 2030, None, "người gây bạo lực"),
                ],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Đến năm 2030, 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "BẢO ĐẢM BÌNH ĐẲNG GIỚI TRONG TIẾP CẬN VÀ THỤ HƯỞNG CÁC DỊCH VỤ CHĂM SÓC SỨC KHỎE",
        [
            (
                "Tỷ số giới tính khi sinh ở mức 109 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(109, "boys_per_100_girls", "=", 2030)],
            ),
            (
                "Tỷ số tử vong mẹ liên quan đến thai sản giảm xuống dưới 45/100.000 trẻ đẻ sống vào năm 2030.",
                [T(45, "per_100000_live_births", "<", 2030)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm xuống còn 28 ca sinh/1.000 phụ nữ vào năm 2028 và còn 24 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(28, "per_1000_women", "<=", 2028), T(24, "per_1000_women", "<=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "NÂNG CAO CHẤT LƯỢNG NGUỒN NHÂN LỰC NỮ, TỪNG BƯỚC BẢO ĐẢM SỰ THAM GIA BÌNH ĐẲNG GIỮA NAM VÀ NỮ TRONG LĨNH VỰC GIÁO DỤC, ĐÀO TẠO",
        [
            (
                "Từ năm 2027 trở đi, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục của tỉnh và được giảng dạy chính thức tại Trường Đại học Tân Trào.",
                [T(None, "bool", "=", 2027)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 98%; hoàn thành cấp trung học cơ sở đạt 92% vào năm 2030.",
                [
                    T(98, "%", ">=", 2030, None, "tiểu học"),
                    T(92, "%", ">=", 2030, None, "trung học cơ sở"),
                ],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 40% vào năm 2030.",
                [T(40, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 45%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 25% vào năm 2030.",
                [T(45, "%", ">=", 2030, None, "thạc sĩ"), T(25, "%", ">=", 2030, None, "tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "BẢO ĐẢM BÌNH ĐẲNG GIỚI TRONG LĨNH VỰC THÔNG TIN, TRUYỀN THÔNG",
        [
            (
                "Đến năm 2030, đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(80, "%", ">=", 2030)],
            ),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Báo và Phát thanh, Truyền hình Tuyên Quang mỗi quý phát sóng ít nhất 03 chương trình về bình đẳng giới bằng tiếng dân tộc thiểu số.",
                [T(3, "items_per_quarter", ">=", 2030)],
            ),
        ],
    ),
]

_LET = "abcdđe"

# annex rows: (objective, letter index, short name, lead cell, support cell)
TQ_ANNEX = [
    (
        "1",
        "Mục tiêu 1 - Lĩnh vực chính trị",
        [
            (
                "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ",
                "Sở Nội vụ",
                "UBND các xã, phường",
            ),
            (
                "Tỷ lệ cán bộ nữ trong quy hoạch lãnh đạo, quản lý",
                "Sở Nội vụ",
                "UBND các xã, phường",
            ),
            (
                "Cán bộ lãnh đạo chủ chốt là người dân tộc thiểu số",
                "Sở Nội vụ",
                "Sở Dân tộc và Tôn giáo",
            ),
        ],
    ),
    (
        "2",
        "Mục tiêu 2 - Lĩnh vực kinh tế, lao động, việc làm",
        [
            ("Tỷ lệ lao động nữ làm công hưởng lương", "Sở Nội vụ", "Thống kê tỉnh"),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp",
                "Thống kê tỉnh",
                "Sở Nông nghiệp và Môi trường; Sở Nội vụ",
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "Sở Tài chính",
                "Liên minh Hợp tác xã tỉnh; Hội Liên hiệp Phụ nữ tỉnh",
            ),
            (
                "Tỷ lệ lao động nữ nông thôn được đào tạo nghề, chuyên môn kỹ thuật",
                "Sở Giáo dục và Đào tạo",
                "Sở Nội vụ; Hội Liên hiệp Phụ nữ tỉnh",
            ),
        ],
    ),
    (
        "3",
        "Mục tiêu 3 - Đời sống gia đình, bạo lực trên cơ sở giới",
        [
            (
                "Số giờ làm công việc nội trợ, chăm sóc không được trả công của phụ nữ so với nam giới",
                "Thống kê tỉnh",
                "Sở Nội vụ",
            ),
            (
                "Người bị bạo lực được tiếp cận dịch vụ hỗ trợ; người gây bạo lực được tư vấn, tham vấn",
                "Sở Văn hóa, Thể thao và Du lịch (số liệu về bạo lực gia đình); Sở Nội vụ (số liệu về bạo lực trên cơ sở giới)",
                "Công an tỉnh; Sở Y tế",
            ),
            (
                "Nạn nhân bị mua bán trở về được hưởng dịch vụ hỗ trợ, tái hòa nhập cộng đồng",
                "Công an tỉnh",
                "Sở Y tế; Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            ),
            (
                "Cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
                "Sở Y tế",
                "Sở Nội vụ",
            ),
        ],
    ),
    (
        "4",
        "Mục tiêu 4 - Lĩnh vực y tế",
        [
            ("Tỷ số giới tính khi sinh", "Sở Y tế", "UBND các xã, phường"),
            ("Tỷ số tử vong mẹ liên quan đến thai sản", "", ""),
            ("Tỷ suất sinh ở vị thành niên", "", "Sở Giáo dục và Đào tạo; Tỉnh đoàn"),
        ],
    ),
    (
        "5",
        "Mục tiêu 5 - Lĩnh vực giáo dục, đào tạo",
        [
            (
                "Nội dung về giới, bình đẳng giới trong chương trình giảng dạy",
                "Sở Giáo dục và Đào tạo",
                "Trường Đại học Tân Trào",
            ),
            (
                "Trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học, trung học cơ sở",
                "",
                "Sở Dân tộc và Tôn giáo",
            ),
            ("Nữ học viên, học sinh, sinh viên tuyển mới giáo dục nghề nghiệp", "", "Sở Nội vụ"),
            (
                "Tỷ lệ nữ thạc sĩ, nữ tiến sĩ",
                "Sở Khoa học và Công nghệ",
                "Sở Giáo dục và Đào tạo; Sở Nội vụ",
            ),
        ],
    ),
    (
        "6",
        "Mục tiêu 6 - Lĩnh vực thông tin, truyền thông",
        [
            (
                "Dân số được tiếp cận kiến thức cơ bản về bình đẳng giới",
                "Sở Nội vụ",
                "Sở Văn hóa, Thể thao và Du lịch; Hội Liên hiệp Phụ nữ tỉnh",
            ),
            (
                "Tổ chức Đảng, chính quyền, đoàn thể được phổ biến thông tin, cam kết thực hiện bình đẳng giới",
                "Sở Nội vụ",
                "",
            ),
            (
                "Xã, phường có tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
                "Sở Văn hóa, Thể thao và Du lịch",
                "UBND các xã, phường",
            ),
            (
                "Chương trình về bình đẳng giới bằng tiếng dân tộc thiểu số",
                "Báo và Phát thanh, Truyền hình Tuyên Quang",
                "Sở Văn hóa, Thể thao và Du lịch",
            ),
        ],
    ),
]

_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _tq_annex_table():
    rows = [["STT", "Chỉ tiêu", "Cơ quan chủ trì theo dõi, tổng hợp, báo cáo", "Cơ quan phối hợp"]]
    merges = []
    n = 0
    for k, (_code, group, items) in enumerate(TQ_ANNEX):
        rows.append([_ROMAN[k], group, "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
        first = None
        for i, (name, lead, sup) in enumerate(items):
            n += 1
            rows.append([str(n), f"Chỉ tiêu {_LET[i]}: {name}", lead, sup])
            if lead:
                if first is not None and len(rows) - 2 > first:
                    merges.append((first, 2, len(rows) - 2, 2))
                first = len(rows) - 1
        if first is not None and len(rows) - 1 > first:
            merges.append((first, 2, len(rows) - 1, 2))
    return ("table", rows, merges)


def _tq_blocks():
    b = []
    b.append(
        (
            "header",
            ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "", "Số: 168/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Tuyên Quang, ngày 09 tháng 7 năm 2026",
            ],
        )
    )
    b.append("**KẾ HOẠCH**")
    b.append(
        "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2026 - 2030**"
    )
    b.append("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;")
    b.append(
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;"
    )
    b.append(
        "Căn cứ Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030;"
    )
    b.append(
        "Căn cứ Văn bản số 2855/BNV-CTTN&BĐG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;"
    )
    b.append(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2026 - 2030 (sau đây gọi tắt là Kế hoạch), cụ thể như sau:"
    )
    b.append("**I. MỤC ĐÍCH, YÊU CẦU**")
    b.append(
        "1. Cụ thể hóa các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới phù hợp với điều kiện của tỉnh sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, là tỉnh miền núi, biên giới có đông đồng bào dân tộc thiểu số sinh sống; xác định rõ trách nhiệm của các sở, ban, ngành, địa phương trong tổ chức thực hiện."
    )
    b.append(
        "2. Ưu tiên nguồn lực cho các xã vùng cao, biên giới, vùng đặc biệt khó khăn, nơi khoảng cách giới còn lớn; gắn thực hiện Kế hoạch với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
    )
    b.append(
        "3. Việc theo dõi, đánh giá kết quả thực hiện các chỉ tiêu phải dựa trên số liệu được thu thập có tách biệt theo giới, theo dân tộc và theo khu vực thành thị, nông thôn."
    )
    b.append("**II. MỤC TIÊU**")
    b.append("**1. Mục tiêu chung**")
    b.append(
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển nhanh, bền vững của tỉnh; quan tâm đặc biệt tới phụ nữ, trẻ em gái người dân tộc thiểu số."
    )
    b.append("**2. Mục tiêu cụ thể**")
    for code, title, inds in TQ_OBJ:
        b.append(f"**MỤC TIÊU {code}. {title}**")
        b.append("*Chỉ tiêu:*")
        for i, (text, _t) in enumerate(inds):
            b.append(f"{_LET[i]}) {text}")
    b.append("**III. NHIỆM VỤ, GIẢI PHÁP**")
    b.append("**1. Nhiệm vụ, giải pháp chung**")
    b.append(
        "a) Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp; đưa nội dung bình đẳng giới vào nghị quyết, chương trình công tác hằng năm của các cơ quan, đơn vị, địa phương. Người đứng đầu chịu trách nhiệm về kết quả thực hiện các chỉ tiêu được giao."
    )
    b.append(
        "b) Hoàn thiện cơ chế, chính sách của tỉnh bảo đảm nguyên tắc bình đẳng giới; thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, quy hoạch, kế hoạch phát triển kinh tế - xã hội."
    )
    b.append(
        "c) Đổi mới nội dung, hình thức truyền thông phù hợp với từng nhóm dân tộc; sử dụng tiếng dân tộc thiểu số, đội ngũ người có uy tín, già làng, trưởng thôn, trưởng dòng họ làm tuyên truyền viên tại cộng đồng; lồng ghép trong sinh hoạt chợ phiên, lễ hội truyền thống."
    )
    b.append(
        "d) Nâng cao năng lực quản lý nhà nước về bình đẳng giới; kiện toàn đội ngũ công chức làm công tác bình đẳng giới ở cấp xã; xây dựng cơ sở dữ liệu thống kê về giới của tỉnh, kết nối với Bộ chỉ tiêu thống kê phát triển giới của quốc gia."
    )
    b.append("**2. Nhiệm vụ, giải pháp cụ thể**")
    b.append(
        "a) Lĩnh vực chính trị: Rà soát, bổ sung quy hoạch cán bộ nữ, cán bộ nữ người dân tộc thiểu số; ưu tiên đào tạo, bồi dưỡng, luân chuyển cán bộ nữ trẻ có năng lực; bảo đảm tỷ lệ nữ hợp lý trong cơ cấu cấp ủy, chính quyền các cấp."
    )
    b.append(
        "b) Lĩnh vực kinh tế, lao động: Hỗ trợ phụ nữ vùng cao phát triển sinh kế gắn với sản phẩm OCOP, du lịch cộng đồng tại Cao nguyên đá Đồng Văn, Na Hang, Lâm Bình; đào tạo nghề cho lao động nữ nông thôn; hỗ trợ phụ nữ thành lập, quản lý hợp tác xã, tổ hợp tác."
    )
    b.append(
        "c) Lĩnh vực gia đình và phòng ngừa bạo lực: Nhân rộng mô hình phòng, chống bạo lực gia đình, mô hình giảm thiểu tảo hôn và hôn nhân cận huyết thống; duy trì các địa chỉ tin cậy tại cộng đồng, đường dây nóng; hỗ trợ nạn nhân bị mua bán trở về qua các cửa khẩu biên giới."
    )
    b.append(
        "d) Lĩnh vực y tế: Kiểm soát mất cân bằng giới tính khi sinh; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em ở tuyến xã; tăng cường đỡ đẻ tại cơ sở y tế, hạn chế sinh con tại nhà ở vùng cao; tư vấn sức khỏe sinh sản vị thành niên tại các trường phổ thông dân tộc nội trú, bán trú."
    )
    b.append(
        "đ) Lĩnh vực giáo dục, đào tạo: Vận động trẻ em gái người dân tộc thiểu số đi học đúng độ tuổi, hạn chế bỏ học; tăng cường giáo dục giới tính, bình đẳng giới trong nhà trường; khuyến khích nữ cán bộ, giáo viên học tập nâng cao trình độ sau đại học."
    )
    b.append(
        "e) Lĩnh vực thông tin, truyền thông: Tăng thời lượng phát sóng chương trình về bình đẳng giới bằng tiếng Tày, Dao, Mông; nâng cao chất lượng hệ thống thông tin cơ sở; kiểm soát các sản phẩm thông tin có nội dung định kiến giới."
    )
    b.append("**IV. KINH PHÍ THỰC HIỆN**")
    b.append(
        "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án, dự án có liên quan; nguồn tài trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác."
    )
    b.append(
        "2. Hằng năm, căn cứ nhiệm vụ được giao, các sở, ban, ngành, Ủy ban nhân dân các xã, phường lập dự toán kinh phí thực hiện, tổng hợp chung vào dự toán ngân sách của cơ quan, đơn vị, gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền quyết định."
    )
    b.append("**V. TỔ CHỨC THỰC HIỆN**")
    b.append(
        "1. Phân công cơ quan chủ trì, cơ quan phối hợp theo dõi, tổng hợp, báo cáo từng chỉ tiêu của Kế hoạch tại Phụ lục kèm theo. Cơ quan chủ trì chịu trách nhiệm thu thập số liệu, đánh giá mức độ đạt được của chỉ tiêu; cơ quan phối hợp có trách nhiệm cung cấp thông tin, số liệu thuộc lĩnh vực quản lý khi có đề nghị."
    )
    b.append(
        "2. Sở Nội vụ: Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổ chức tập huấn nâng cao năng lực cho đội ngũ làm công tác bình đẳng giới; hằng năm tham mưu tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; tổng hợp kết quả thực hiện chung của tỉnh."
    )
    b.append(
        "3. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch; lồng ghép các chỉ tiêu bình đẳng giới trong kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh."
    )
    b.append(
        "4. Sở Y tế: Thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh; chỉ đạo các cơ sở trợ giúp xã hội, Trung tâm Công tác xã hội tỉnh cung cấp dịch vụ hỗ trợ cho người bị bạo lực, nạn nhân bị mua bán."
    )
    b.append(
        "5. Sở Giáo dục và Đào tạo: Lồng ghép nội dung bình đẳng giới trong giảng dạy; chỉ đạo các cơ sở giáo dục nghề nghiệp tuyển sinh, đào tạo nghề cho lao động nữ nông thôn, lao động nữ người dân tộc thiểu số."
    )
    b.append(
        "6. Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo công tác phòng, chống bạo lực gia đình; hướng dẫn hệ thống thông tin cơ sở, cơ quan báo chí tuyên truyền về bình đẳng giới."
    )
    b.append(
        "7. Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh: Phòng ngừa, đấu tranh với tội phạm mua bán người, nhất là tại các xã biên giới; tiếp nhận, xác minh, bảo vệ nạn nhân."
    )
    b.append(
        "8. Sở Dân tộc và Tôn giáo: Lồng ghép nội dung bình đẳng giới trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; tuyên truyền giảm thiểu tảo hôn, hôn nhân cận huyết thống."
    )
    b.append(
        "9. Thống kê tỉnh: Thu thập, công bố số liệu thống kê phát triển giới của tỉnh; hướng dẫn các đơn vị thống nhất khái niệm, phương pháp tính các chỉ tiêu."
    )
    b.append(
        "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Liên minh Hợp tác xã tỉnh phối hợp tuyên truyền, vận động hội viên, đoàn viên thực hiện Kế hoạch; giám sát, phản biện xã hội việc thực hiện pháp luật về bình đẳng giới."
    )
    b.append(
        "11. Ủy ban nhân dân các xã, phường: Xây dựng, ban hành kế hoạch thực hiện bình đẳng giới giai đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 30/9/2026; bố trí công chức theo dõi, thu thập số liệu; định kỳ báo cáo theo quy định."
    )
    b.append("**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**")
    b.append(
        "1. Định kỳ 6 tháng, hằng năm, các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch (kèm theo số liệu tách biệt theo giới) gửi Sở Nội vụ: báo cáo 6 tháng trước ngày 12/6; báo cáo năm trước ngày 12/12."
    )
    b.append(
        "2. Sở Nội vụ tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ: báo cáo 6 tháng trước ngày 20/6; báo cáo năm trước ngày 20/12 hằng năm."
    )
    b.append(
        "3. Sơ kết giữa kỳ: Các sở, ban, ngành, Ủy ban nhân dân các xã, phường gửi báo cáo sơ kết 03 năm thực hiện Kế hoạch về Sở Nội vụ trước ngày 30/9/2028."
    )
    b.append(
        "4. Tổng kết: Các sở, ban, ngành, Ủy ban nhân dân các xã, phường gửi báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030 về Sở Nội vụ trước ngày 15/10/2030; Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ trước ngày 31/10/2030."
    )
    b.append(
        "Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh, bổ sung cho phù hợp./."
    )
    b.append(
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- Thường trực Tỉnh ủy;",
                "- Thường trực HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành;",
                "- UBND các xã, phường;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Thị Lan Phương"],
        )
    )
    b.append("**PHỤ LỤC**")
    b.append("**PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH**")
    b.append(
        "*(Kèm theo Kế hoạch số 168/KH-UBND ngày 09/7/2026 của Ủy ban nhân dân tỉnh Tuyên Quang)*"
    )
    b.append(_tq_annex_table())
    return b


def _tq_assignments():
    pairs = []
    for code, _g, items in TQ_ANNEX:
        lead = None
        for i, (_n, lead_cell, sup_cell) in enumerate(items):
            ind = f"{code}.{i + 1}"
            if lead_cell:
                lead = lead_cell
            for a in lead.split("; "):
                pairs.append((a.split(" (")[0], "lead", [ind]))
            for a in filter(None, sup_cell.split("; ")):
                pairs.append((a, "support", [ind]))
    return _assign(pairs)


TQ = {
    "name": "tuyen-quang-2026-2030",
    "ext": "docx",
    "blocks": _tq_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Tuyên Quang giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Tuyên Quang",
        "level": "province",
        "area": "Tuyên Quang",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Quyết định số 2282/QĐ-TTg ngày 31 tháng 12 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021 - 2030",
            "Văn bản số 2855/BNV-CTTN&BĐG ngày 27 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": _objectives(TQ_OBJ),
        "assignments": _tq_assignments(),
        "reporting": [
            R("plan", "units", "2026-09-30"),
            R("semiannual", "units", "06-12"),
            R("annual", "units", "12-12"),
            R("semiannual", "consolidator", "06-20"),
            R("annual", "consolidator", "12-20"),
            R("midterm", "units", "2028-09-30"),
            R("final", "units", "2030-10-15"),
            R("final", "consolidator", "2030-10-31"),
        ],
    },
}


# ---------------------------------------------------------------------------
# 3. Hà Tĩnh 2026-2030, VNI-encoded .txt, older style: long objective titles,
#    direction words, decimal commas / thousand dots, an indicator over two paragraphs.
# ---------------------------------------------------------------------------

HT_32_P1 = "Đến năm 2030, có từ 90% trở lên người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản;"
HT_32_P2 = "có từ 85% trở lên người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn."

HT_OBJ = [
    (
        "1",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị",
        [
            (
                "Phấn đấu đến năm 2030 có từ 75% trở lên cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                [T(75, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ cán bộ nữ được quy hoạch vào các chức danh lãnh đạo, quản lý các cấp đạt không dưới 50%.",
                [T(50, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "2",
        "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn đối với các nguồn lực kinh tế, thị trường lao động",
        [
            (
                "Tỷ lệ lao động nữ làm công hưởng lương chiếm khoảng 50% tổng số lao động nữ có việc làm vào năm 2030.",
                [T(50, "%", "=", 2030)],
            ),
            (
                "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm giảm xuống dưới 35% vào năm 2030.",
                [T(35, "%", "<", 2030)],
            ),
            (
                "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt trên 27%.",
                [T(27, "%", ">", 2030)],
            ),
            (
                "Giai đoạn 2026 - 2030, hỗ trợ khoảng 1.200 phụ nữ khởi sự kinh doanh, khởi nghiệp, trong đó có ít nhất 300 phụ nữ thuộc hộ nghèo, hộ cận nghèo.",
                [
                    T(1200, "count", "=", 2030, None, "phụ nữ khởi nghiệp"),
                    T(300, "count", ">=", 2030, None, "phụ nữ thuộc hộ nghèo, hộ cận nghèo"),
                ],
            ),
        ],
    ),
    (
        "3",
        "Bảo đảm bình đẳng giới trong đời sống gia đình, từng bước xóa bỏ bạo lực trên cơ sở giới",
        [
            (
                "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ xuống không vượt quá 1,4 lần so với nam giới vào năm 2030.",
                [T(1.4, "times", "<=", 2030)],
            ),
            (
                HT_32_P1 + " " + HT_32_P2,
                [
                    T(90, "%", ">=", 2030, None, "người bị bạo lực"),
                    T(85, "%", ">=", 2030, None, "người gây bạo lực"),
                ],
            ),
            (
                "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "Duy trì 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
    (
        "4",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        [
            (
                "Tỷ số giới tính khi sinh không vượt quá 112 bé trai/100 bé gái sinh ra sống vào năm 2028, phấn đấu duy trì ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
                [T(112, "boys_per_100_girls", "<=", 2028), T(110, "boys_per_100_girls", "=", 2030)],
            ),
            (
                "Tỷ số tử vong mẹ liên quan đến thai sản duy trì dưới 42/100.000 trẻ đẻ sống.",
                [T(42, "per_100000_live_births", "<", 2030)],
            ),
            (
                "Tỷ suất sinh ở vị thành niên giảm xuống còn 18 ca sinh/1.000 phụ nữ vào năm 2030.",
                [T(18, "per_1000_women", "<=", 2030)],
            ),
        ],
    ),
    (
        "5",
        "Nâng cao chất lượng nguồn nhân lực nữ, từng bước bảo đảm sự tham gia bình đẳng giữa nam và nữ trong lĩnh vực giáo dục, đào tạo",
        [
            (
                "Từ năm 2027 trở đi, nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong hệ thống giáo dục của tỉnh.",
                [T(None, "bool", "=", 2027)],
            ),
            (
                "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học trên 99%; hoàn thành cấp trung học cơ sở từ 95% trở lên.",
                [
                    T(99, "%", ">", 2030, None, "tiểu học"),
                    T(95, "%", ">=", 2030, None, "trung học cơ sở"),
                ],
            ),
            (
                "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt 38,5%.",
                [T(38.5, "%", ">=", 2030)],
            ),
            (
                "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ không dưới 50%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ khoảng 30%.",
                [T(50, "%", ">=", 2030, None, "thạc sĩ"), T(30, "%", "=", 2030, None, "tiến sĩ")],
            ),
        ],
    ),
    (
        "6",
        "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        [
            (
                "Phấn đấu đến năm 2030 có 85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
                [T(85, "%", ">=", 2030)],
            ),
            (
                "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
                [T(100, "%", ">=", 2030)],
            ),
            (
                "100% cơ quan báo chí của tỉnh có chuyên trang, chuyên mục nâng cao nhận thức về bình đẳng giới hằng tháng.",
                [T(100, "%", ">=", 2030)],
            ),
        ],
    ),
]


def _ht_blocks():
    b = []
    b.append(
        (
            "header",
            ["UỶ BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "", "Số: 392/KH-UBND"],
            [
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Hà Tĩnh, ngày 14 tháng 8 năm 2026",
            ],
        )
    )
    b.append("KẾ HOẠCH")
    b.append(
        "Hành động thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030"
    )
    b.append("Căn cứ Luật Bình đẳng giới năm 2006;")
    b.append(
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;"
    )
    b.append(
        "Căn cứ Nghị quyết số 87/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030;"
    )
    b.append(
        "Căn cứ Văn bản số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026;"
    )
    b.append(
        "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch hành động thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh giai đoạn 2026 - 2030 với những nội dung sau:"
    )
    b.append("Phần thứ nhất")
    b.append("KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025")
    b.append(
        "Sau 5 năm triển khai Kế hoạch số 152/KH-UBND ngày 20/5/2021 của UBND tỉnh, công tác bình đẳng giới trên địa bàn tỉnh đạt được nhiều kết quả tích cực. Nhận thức của các cấp, các ngành và Nhân dân về bình đẳng giới có chuyển biến rõ nét; sự tham gia của phụ nữ trong các lĩnh vực chính trị, kinh tế, xã hội ngày càng tăng."
    )
    b.append(
        "Đến cuối năm 2025, toàn tỉnh có 17/20 chỉ tiêu đạt và vượt kế hoạch; tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026 đạt 31,3%; tỷ lệ lao động nữ làm công hưởng lương đạt 41,6%; tỷ số giới tính khi sinh giảm từ 116,4 (năm 2020) xuống 114,2 bé trai/100 bé gái (năm 2025) nhưng vẫn ở mức cao so với cả nước; tỷ suất sinh ở vị thành niên khoảng 21 ca sinh/1.000 phụ nữ."
    )
    b.append(
        "Tuy nhiên, việc thực hiện một số chỉ tiêu còn gặp khó khăn: tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ mới đạt 52,7%; số giờ làm công việc nội trợ không được trả công của phụ nữ vẫn gấp 1,8 lần nam giới; số liệu thống kê về giới ở cấp cơ sở chưa đầy đủ, thiếu tính liên thông giữa các ngành."
    )
    b.append(
        "Nguyên nhân của những hạn chế nêu trên: một số cấp uỷ, chính quyền, người đứng đầu chưa thực sự quan tâm đến công tác bình đẳng giới; định kiến giới, tư tưởng trọng nam hơn nữ còn tồn tại trong một bộ phận Nhân dân, nhất là ở vùng nông thôn, vùng biển; đội ngũ cán bộ làm công tác bình đẳng giới ở cơ sở chủ yếu kiêm nhiệm, thường xuyên thay đổi; kinh phí bố trí cho công tác bình đẳng giới còn hạn hẹp, chưa đáp ứng yêu cầu."
    )
    b.append(
        "Bài học kinh nghiệm rút ra là phải có sự vào cuộc đồng bộ của cả hệ thống chính trị, sự phối hợp chặt chẽ giữa cơ quan thường trực với các sở, ngành, đoàn thể; gắn thực hiện mục tiêu bình đẳng giới với phong trào xây dựng nông thôn mới, đô thị văn minh; chú trọng kiểm tra, giám sát và kịp thời biểu dương, khen thưởng các điển hình tiên tiến."
    )
    b.append("Phần thứ hai")
    b.append("MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2026 - 2030")
    b.append("I. MỤC ĐÍCH, YÊU CẦU")
    b.append(
        "1. Triển khai có hiệu quả Luật Bình đẳng giới, Chiến lược quốc gia về bình đẳng giới; tạo chuyển biến mạnh mẽ về nhận thức và hành động của các cấp, các ngành, tổ chức và người dân trong thực hiện bình đẳng giới."
    )
    b.append(
        "2. Phân công cụ thể trách nhiệm của các sở, ban, ngành, địa phương; gắn việc thực hiện các chỉ tiêu bình đẳng giới với kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh."
    )
    b.append(
        "3. Các hoạt động phải cụ thể, khả thi, phù hợp với điều kiện kinh tế - xã hội của từng địa phương; chú trọng các xã vùng biển, vùng bãi ngang, vùng đồng bào có đạo và các xã miền núi phía Tây của tỉnh; bảo đảm số liệu theo dõi được tách biệt theo giới, cập nhật định kỳ."
    )
    b.append("II. MỤC TIÊU")
    b.append("1. Mục tiêu tổng quát")
    b.append(
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng Hà Tĩnh phát triển nhanh và bền vững."
    )
    b.append("2. Mục tiêu, chỉ tiêu cụ thể")
    for code, title, inds in HT_OBJ:
        b.append(f"Mục tiêu {code}: {title}.")
        for i, (text, _t) in enumerate(inds):
            if code == "3" and i == 1:
                b.append(f"- Chỉ tiêu {i + 1}: {HT_32_P1}")
                b.append(HT_32_P2)
            else:
                b.append(f"- Chỉ tiêu {i + 1}: {text}")
    b.append("III. NHIỆM VỤ VÀ GIẢI PHÁP")
    b.append(
        "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp uỷ Đảng, chính quyền; nâng cao hiệu lực, hiệu quả quản lý nhà nước về bình đẳng giới"
    )
    b.append(
        "- Quán triệt, triển khai các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới và công tác phụ nữ; đưa mục tiêu bình đẳng giới vào chương trình, kế hoạch công tác của các cơ quan, đơn vị, địa phương."
    )
    b.append(
        "- Kiện toàn Ban Vì sự tiến bộ của phụ nữ các cấp; bố trí cán bộ làm công tác bình đẳng giới ở cấp xã có đủ năng lực, ổn định."
    )
    b.append(
        "- Tăng cường kiểm tra, thanh tra liên ngành việc thực hiện pháp luật về bình đẳng giới; kịp thời phát hiện, xử lý các hành vi vi phạm."
    )
    b.append(
        "2. Đẩy mạnh thông tin, giáo dục, truyền thông thay đổi nhận thức, hành vi về bình đẳng giới"
    )
    b.append(
        "- Đa dạng hoá hình thức truyền thông: hội nghị, toạ đàm, sân khấu hoá, hệ thống loa truyền thanh, mạng xã hội; chú trọng truyền thông tại các xã vùng biển, vùng bãi ngang, vùng giáo, vùng có tỷ số giới tính khi sinh cao."
    )
    b.append(
        "- Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, Tháng hành động quốc gia về phòng, chống bạo lực gia đình, Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12 hằng năm)."
    )
    b.append("3. Thực hiện các giải pháp cụ thể trong từng lĩnh vực")
    b.append(
        "- Lĩnh vực chính trị: làm tốt công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; tạo nguồn cán bộ nữ trẻ cho cấp uỷ, chính quyền các cấp."
    )
    b.append(
        "- Lĩnh vực kinh tế, lao động: hỗ trợ phụ nữ tiếp cận vốn vay, khoa học kỹ thuật, chuyển đổi nghề; thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp; hỗ trợ lao động nữ đi làm việc ở nước ngoài theo hợp đồng an toàn, đúng pháp luật."
    )
    b.append(
        "- Lĩnh vực gia đình: duy trì, nhân rộng các mô hình câu lạc bộ gia đình phát triển bền vững, địa chỉ tin cậy ở cộng đồng; nâng cao chất lượng tư vấn, hỗ trợ người bị bạo lực tại Trung tâm Công tác xã hội tỉnh."
    )
    b.append(
        "- Lĩnh vực y tế: thực hiện quyết liệt các giải pháp kiểm soát mất cân bằng giới tính khi sinh; xử lý nghiêm cơ sở, cá nhân vi phạm quy định về lựa chọn giới tính thai nhi; nâng cao chất lượng khám thai, quản lý thai nghén."
    )
    b.append(
        "- Lĩnh vực giáo dục, đào tạo: lồng ghép nội dung giới, bình đẳng giới vào các môn học, hoạt động trải nghiệm; khuyến khích phụ nữ học tập sau đại học; tư vấn hướng nghiệp không định kiến giới."
    )
    b.append(
        "- Lĩnh vực thông tin, truyền thông: xây dựng chuyên trang, chuyên mục về bình đẳng giới; kiểm soát chặt các sản phẩm quảng cáo, xuất bản có nội dung định kiến giới."
    )
    b.append(
        "4. Xây dựng cơ sở dữ liệu thống kê về giới; bảo đảm số liệu được thu thập, tổng hợp có tách biệt theo giới theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia."
    )
    b.append(
        "5. Nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới, vì sự tiến bộ của phụ nữ các cấp; mỗi năm tổ chức ít nhất 02 lớp tập huấn cho cán bộ cấp xã về kỹ năng lồng ghép giới, thu thập số liệu và hỗ trợ người bị bạo lực; biên soạn tài liệu hướng dẫn nghiệp vụ phù hợp với đặc thù của tỉnh."
    )
    b.append(
        "6. Tăng cường hợp tác, tranh thủ sự hỗ trợ về kỹ thuật, tài chính của các tổ chức trong nước và quốc tế; học tập kinh nghiệm của các địa phương làm tốt công tác bình đẳng giới; khuyến khích doanh nghiệp, tổ chức xã hội tham gia xây dựng các mô hình hỗ trợ phụ nữ và phòng ngừa bạo lực trên cơ sở giới."
    )
    b.append(
        "7. Thi đua, khen thưởng: Hằng năm, lồng ghép nội dung bình đẳng giới trong phong trào thi đua của các cơ quan, đơn vị, địa phương; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc; phê bình, nhắc nhở các đơn vị không hoàn thành chỉ tiêu được giao hoặc chậm báo cáo."
    )
    b.append("IV. KINH PHÍ THỰC HIỆN")
    b.append(
        "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành, được bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị, địa phương; lồng ghép từ các chương trình mục tiêu quốc gia, đề án liên quan; nguồn tài trợ, viện trợ và các nguồn huy động hợp pháp khác. Dự kiến tổng kinh phí từ ngân sách tỉnh cho cả giai đoạn khoảng 6.500 triệu đồng."
    )
    b.append("V. TỔ CHỨC THỰC HIỆN")
    b.append("1. Sở Nội vụ")
    b.append(
        "- Là cơ quan thường trực, chủ trì, phối hợp các sở, ngành, địa phương hướng dẫn, triển khai Kế hoạch; kiểm tra, đôn đốc việc thực hiện; tổng hợp báo cáo UBND tỉnh, Bộ Nội vụ theo quy định."
    )
    b.append(
        "- Chủ trì theo dõi, tổng hợp, đánh giá và báo cáo kết quả thực hiện các chỉ tiêu: chỉ tiêu 1, 2 - mục tiêu 1; chỉ tiêu 1 - mục tiêu 2; chỉ tiêu 2 - mục tiêu 3 (phần bạo lực trên cơ sở giới); chỉ tiêu 1, 2 - mục tiêu 6."
    )
    b.append(
        "2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các cơ quan, đơn vị lập dự toán, quyết toán kinh phí. Chủ trì thu thập, báo cáo số liệu chỉ tiêu 3 - mục tiêu 2."
    )
    b.append(
        "3. Sở Nông nghiệp và Môi trường: Lồng ghép nội dung bình đẳng giới trong các chương trình, dự án phát triển nông nghiệp, nông thôn; phối hợp với Thống kê tỉnh theo dõi, đánh giá chỉ tiêu 2 - mục tiêu 2."
    )
    b.append(
        "4. Thống kê tỉnh: Chủ trì theo dõi, báo cáo chỉ tiêu 2 - mục tiêu 2 và chỉ tiêu 1 - mục tiêu 3; phối hợp với Sở Nội vụ cung cấp số liệu chỉ tiêu 1 - mục tiêu 2; công bố các chỉ tiêu thống kê phát triển giới của tỉnh theo quy định."
    )
    b.append(
        "5. Sở Y tế: Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khoẻ sinh sản; chỉ đạo các cơ sở trợ giúp xã hội công lập thực hiện các hoạt động hỗ trợ. Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện các chỉ tiêu thuộc mục tiêu 4; chỉ tiêu 3, 4 - mục tiêu 3."
    )
    b.append(
        "6. Sở Giáo dục và Đào tạo: Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện các chỉ tiêu 1, 2, 3 - mục tiêu 5; phối hợp với Sở Khoa học và Công nghệ thu thập số liệu chỉ tiêu 4 - mục tiêu 5."
    )
    b.append(
        "7. Sở Khoa học và Công nghệ: Chủ trì theo dõi, báo cáo chỉ tiêu 4 - mục tiêu 5; hỗ trợ phụ nữ tham gia nghiên cứu khoa học, đổi mới sáng tạo, chuyển đổi số."
    )
    b.append(
        "8. Sở Văn hoá, Thể thao và Du lịch: Hướng dẫn công tác phòng, chống bạo lực gia đình; chỉ đạo hệ thống thông tin cơ sở, cơ quan báo chí tuyên truyền về bình đẳng giới. Theo dõi, báo cáo chỉ tiêu 2 - mục tiêu 3 (phần bạo lực gia đình); chỉ tiêu 3, 4 - mục tiêu 6."
    )
    b.append(
        "9. Công an tỉnh: Đấu tranh phòng, chống tội phạm mua bán người, xâm hại tình dục; phối hợp với Sở Y tế theo dõi, báo cáo chỉ tiêu 3 - mục tiêu 3."
    )
    b.append(
        "10. Sở Tư pháp: Hướng dẫn lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật; tăng cường trợ giúp pháp lý cho phụ nữ nghèo, người bị bạo lực."
    )
    b.append(
        "11. Sở Dân tộc và Tôn giáo: Tuyên truyền bình đẳng giới trong đồng bào dân tộc thiểu số, đồng bào có đạo; phối hợp với Sở Giáo dục và Đào tạo theo dõi chỉ tiêu 2 - mục tiêu 5."
    )
    b.append(
        "12. Hội Liên hiệp Phụ nữ tỉnh: Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì theo dõi, đánh giá chỉ tiêu 4 - mục tiêu 2 (hỗ trợ phụ nữ khởi nghiệp); tham gia giám sát việc thực hiện chính sách, pháp luật về bình đẳng giới."
    )
    b.append(
        "13. Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tăng cường tuyên truyền, vận động Nhân dân thực hiện bình đẳng giới; thực hiện giám sát, phản biện xã hội."
    )
    b.append(
        "14. UBND các xã, phường: Xây dựng kế hoạch thực hiện bình đẳng giới của địa phương; bố trí kinh phí, nhân lực; thu thập số liệu có tách biệt giới và báo cáo định kỳ theo quy định."
    )
    b.append("VI. CHẾ ĐỘ BÁO CÁO")
    b.append(
        "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 22/6 và 22/12 hằng năm. Sở Nội vụ tham mưu UBND tỉnh tổ chức sơ kết giữa kỳ vào năm 2028 và tổng kết thực hiện Kế hoạch vào năm 2030."
    )
    b.append(
        "Trên đây là Kế hoạch hành động thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030; yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện./."
    )
    b.append(
        (
            "header",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT Tỉnh uỷ, TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các sở, ban, ngành, đoàn thể cấp tỉnh;",
                "- UBND các xã, phường;",
                "- Lưu: VT, VX1.",
            ],
            ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Hồng Lĩnh"],
        )
    )
    return b


HT = {
    "name": "ha-tinh-2026-2030",
    "ext": "txt",
    "encoding": "vni",
    "blocks": _ht_blocks(),
    "expected": {
        "format": "gem.plan/1",
        "title": "Hành động thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Hà Tĩnh",
        "level": "province",
        "area": "Hà Tĩnh",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Nghị quyết số 87/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
            "Văn bản số 2855/BNV-CTTN&BĐG ngày 27/3/2026 của Bộ Nội vụ về việc hướng dẫn triển khai công tác bình đẳng giới năm 2026",
        ],
        "parent": None,
        "objectives": _objectives(HT_OBJ),
        "assignments": _assign(
            [
                ("Sở Nội vụ", "lead", ["1.1", "1.2", "2.1", "3.2", "6.1", "6.2"]),
                ("Sở Tài chính", "lead", ["2.3"]),
                ("Sở Nông nghiệp và Môi trường", "support", ["2.2"]),
                ("Thống kê tỉnh", "lead", ["2.2", "3.1"]),
                ("Thống kê tỉnh", "support", ["2.1"]),
                ("Sở Y tế", "lead", ["4.1", "4.2", "4.3", "3.3", "3.4"]),
                ("Sở Giáo dục và Đào tạo", "lead", ["5.1", "5.2", "5.3"]),
                ("Sở Giáo dục và Đào tạo", "support", ["5.4"]),
                ("Sở Khoa học và Công nghệ", "lead", ["5.4"]),
                ("Sở Văn hoá, Thể thao và Du lịch", "lead", ["3.2", "6.3", "6.4"]),
                ("Công an tỉnh", "support", ["3.3"]),
                ("Sở Dân tộc và Tôn giáo", "support", ["5.2"]),
                ("Hội Liên hiệp Phụ nữ tỉnh", "lead", ["2.4"]),
            ]
        ),
        "reporting": [
            R("semiannual", "units", "06-15"),
            R("annual", "units", "12-15"),
            R("semiannual", "consolidator", "06-22"),
            R("annual", "consolidator", "12-22"),
            R("midterm", "consolidator", "2028"),
            R("final", "consolidator", "2030"),
        ],
    },
}

PLANS = [HP, TQ, HT]
