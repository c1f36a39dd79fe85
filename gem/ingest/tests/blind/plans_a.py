"""Blind plans, part A: Lào Cai (Word), xã Bát Xát (Markdown), Cần Thơ (PDF), Gia Lai (text)."""

from make_files import t, yes

B, BT, BPS = "boys_per_100_girls", "per_100000_live_births", "per_1000_women"

LAO_CAI = {
    "name": "lao-cai-2026-2030",
    "ext": "docx",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "", "Số: 215/KH-UBND"],
        "date": "Lào Cai, ngày 20 tháng 4 năm 2026",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lào Cai"
        " giai đoạn 2026 - 2030"
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lào Cai"
        " giai đoạn 2026 - 2030",
        "issuer": "UBND tỉnh Lào Cai",
        "level": "province",
        "area": "Lào Cai",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
            "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược"
            " quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 1120/BNV-BĐG ngày 10 tháng 02 năm 2026 của Bộ Nội vụ về việc hướng dẫn"
            " xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn"
            " 2026 - 2030",
        ],
        "parent": None,
    },
    "body": [
        "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược"
        " quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Công văn số 1120/BNV-BĐG ngày 10 tháng 02 năm 2026 của Bộ Nội vụ về việc hướng dẫn"
        " xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
        "Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng"
        " giới trên địa bàn tỉnh giai đoạn 2026 - 2030, như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "1. Cụ thể hóa các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới phù hợp"
        " với điều kiện thực tế của tỉnh miền núi, biên giới có đông đồng bào dân tộc thiểu số.",
        "2. Bảo đảm 100% các sở, ban, ngành, Ủy ban nhân dân các xã, phường xây dựng và triển"
        " khai kế hoạch; gắn trách nhiệm của người đứng đầu với kết quả thực hiện.",
        ("h", "II. MỤC TIÊU"),
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham"
        " gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát"
        " triển bền vững của tỉnh.",
        "2. Mục tiêu cụ thể",
        (
            "obj",
            "1",
            "2.1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản"
            " lý, từng bước thu hẹp khoảng cách giới trong lĩnh vực chính trị",
            "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý, từng bước thu"
            " hẹp khoảng cách giới trong lĩnh vực chính trị",
        ),
        (
            "ind",
            "1.1",
            "- Chỉ tiêu 1: ",
            "Phấn đấu đến năm 2028 đạt 65% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước,"
            " chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
            [t(65, year=2028), t(75, year=2030)],
        ),
        (
            "ind",
            "1.2",
            "- Chỉ tiêu 2: ",
            "Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh đạt từ 35% trở lên; tỷ lệ nữ đại biểu Hội"
            " đồng nhân dân cấp xã đạt từ 30% trở lên.",
            [
                t(35, label="Hội đồng nhân dân tỉnh"),
                t(30, label="Hội đồng nhân dân cấp xã"),
            ],
        ),
        (
            "obj",
            "2",
            "2.2. Mục tiêu 2: Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm;"
            " tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số"
            " đối với các nguồn lực kinh tế, thị trường lao động",
            "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp"
            " cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn"
            " lực kinh tế, thị trường lao động",
        ),
        (
            "ind",
            "2.1",
            "- Chỉ tiêu 1: ",
            "Tăng tỷ lệ lao động nữ làm công hưởng lương lên 45% vào năm 2028 và 50% vào năm 2030.",
            [t(45, year=2028), t(50, year=2030)],
        ),
        (
            "ind",
            "2.2",
            "- Chỉ tiêu 2: ",
            "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động"
            " nữ có việc làm từ 58% năm 2025 xuống còn 50% vào năm 2030.",
            [t(50, cmp="<=", year=2030, baseline=58)],
        ),
        (
            "ind",
            "2.3",
            "- Chỉ tiêu 3: ",
            "Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã đạt tối thiểu 25%.",
            [t(25)],
        ),
        (
            "obj",
            "3",
            "2.3. Mục tiêu 3: Nâng cao chất lượng cuộc sống gia đình, giảm thời gian làm việc"
            " nhà không được trả công; phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Nâng cao chất lượng cuộc sống gia đình, giảm thời gian làm việc nhà không được trả"
            " công; phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "- Chỉ tiêu 1: ",
            "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả"
            " công của phụ nữ so với nam giới giảm xuống còn 1,5 lần vào năm 2030.",
            [t(1.5, "times", "<=", 2030)],
        ),
        (
            "ind",
            "3.2",
            "- Chỉ tiêu 2: ",
            "Đạt ít nhất 85% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện"
            " được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản; đạt ít nhất 80% người"
            " gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư vấn, tham vấn.",
            [t(85, label="người bị bạo lực"), t(80, label="người gây bạo lực")],
        ),
        (
            "ind",
            "3.3",
            "- Chỉ tiêu 3: ",
            "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch"
            " vụ hỗ trợ và tái hòa nhập cộng đồng.",
            [t(100)],
        ),
        (
            "obj",
            "4",
            "2.4. Mục tiêu 4: Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ"
            " chăm sóc sức khỏe",
            "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe",
        ),
        (
            "ind",
            "4.1",
            "- Chỉ tiêu 1: ",
            "Tỷ số giới tính khi sinh không vượt quá 112 bé trai/100 bé gái sinh ra sống vào năm"
            " 2028 và không vượt quá 110 bé trai/100 bé gái sinh ra sống vào năm 2030.",
            [t(112, B, "<=", 2028), t(110, B, "<=", 2030)],
        ),
        (
            "ind",
            "4.2",
            "- Chỉ tiêu 2: ",
            "Tỷ số tử vong mẹ giảm xuống còn 46/100.000 trẻ đẻ sống.",
            [t(46, BT, "<=")],
        ),
        (
            "ind",
            "4.3",
            "- Chỉ tiêu 3: ",
            "Tỷ suất sinh ở vị thành niên giảm từ 38 ca sinh/1.000 phụ nữ năm 2025 xuống dưới 30"
            " ca sinh/1.000 phụ nữ vào năm 2030.",
            [t(30, BPS, "<", 2030, baseline=38)],
        ),
        (
            "obj",
            "5",
            "2.5. Mục tiêu 5: Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
            "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        ),
        (
            "ind",
            "5.1",
            "- Chỉ tiêu 1: ",
            "Tỷ lệ trẻ em gái người dân tộc thiểu số hoàn thành chương trình giáo dục tiểu học"
            " đạt 96%, hoàn thành cấp trung học cơ sở đạt 90%.",
            [t(96, label="tiểu học"), t(90, label="trung học cơ sở")],
        ),
        (
            "ind",
            "5.2",
            "- Chỉ tiêu 2: ",
            "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề"
            " nghiệp đạt 35%.",
            [t(35)],
        ),
        (
            "obj",
            "6",
            "2.6. Mục tiêu 6: Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
            "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "- Chỉ tiêu 1: ",
            "Phấn đấu 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
            [t(80, year=2030)],
        ),
        (
            "ind",
            "6.2",
            "- Chỉ tiêu 2: ",
            "100% xã, phường có ít nhất 02 tin, bài về bình đẳng giới mỗi quý trên hệ thống thông"
            " tin cơ sở.",
            [t(100)],
        ),
        (
            "ind",
            "6.3",
            "- Chỉ tiêu 3: ",
            "Báo và Phát thanh, Truyền hình Lào Cai duy trì chuyên mục về bình đẳng giới với ít"
            " nhất 02 tin, bài mỗi tháng.",
            [t(2, "items_per_month")],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp; mỗi năm tổ chức"
        " ít nhất 02 lớp tập huấn cho đội ngũ cán bộ làm công tác bình đẳng giới cấp xã.",
        "2. Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng"
        " phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12) và Tháng hành động quốc"
        " gia về phòng, chống bạo lực gia đình (tháng 6).",
        "3. Xây dựng cơ sở dữ liệu thống kê về giới của tỉnh, bảo đảm số liệu có sự tách biệt"
        " giới theo Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hằng năm của các cơ"
        " quan, đơn vị theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác.",
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        "1. Sở Nội vụ",
        "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch; hướng"
        " dẫn, đôn đốc, kiểm tra các sở, ngành, địa phương thực hiện; tổng hợp báo cáo Ủy ban"
        " nhân dân tỉnh, Bộ Nội vụ theo quy định.",
        "- Chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, 2 Mục"
        " tiêu 2; chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới); chỉ tiêu 1 Mục"
        " tiêu 6.",
        "2. Sở Tài chính",
        "- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; chủ trì"
        " theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 2.",
        "3. Sở Y tế",
        "- Sở Y tế chủ trì theo dõi, tổng hợp chỉ tiêu 1, 2, 3 Mục tiêu 4; phối hợp với Công an"
        " tỉnh theo dõi chỉ tiêu 3 Mục tiêu 3.",
        "4. Sở Giáo dục và Đào tạo",
        "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
        "5. Sở Văn hóa, Thể thao và Du lịch",
        "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tăng thời lượng tuyên truyền"
        " về bình đẳng giới; chủ trì theo dõi, báo cáo chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo"
        " lực gia đình) và chỉ tiêu 2, 3 Mục tiêu 6.",
        "6. Công an tỉnh",
        "- Chủ trì theo dõi, tổng hợp, báo cáo chỉ tiêu 3 Mục tiêu 3; phối hợp cung cấp số liệu"
        " về bạo lực trên cơ sở giới thuộc chỉ tiêu 2 Mục tiêu 3.",
        "7. Thống kê tỉnh",
        "- Chủ trì thu thập, báo cáo số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp với Sở Nội vụ cung"
        " cấp số liệu chỉ tiêu 1, 2 Mục tiêu 2.",
        "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "- Tham gia giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng"
        " giới; tuyên truyền, vận động hội viên, đoàn viên thực hiện Kế hoạch.",
        "9. Ủy ban nhân dân các xã, phường",
        "- Xây dựng, ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương trước"
        " ngày 30/5/2026; bố trí công chức phụ trách công tác bình đẳng giới.",
        ("h", "VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"),
        "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch"
        " (báo cáo 6 tháng và báo cáo năm) về Sở Nội vụ trước ngày 15/6 và 15/12 hằng năm. Sở"
        " Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 25/6 và 25/12"
        " hằng năm.",
        "Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết giữa kỳ vào năm 2028. Các sở,"
        " ngành, địa phương gửi báo cáo tổng kết về Sở Nội vụ trước ngày 30/9/2030; Sở Nội vụ"
        " tổng hợp, báo cáo tổng kết Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 20/10/2030.",
        "Trên đây là Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh"
        " Lào Cai giai đoạn 2026 - 2030./.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT. TU, HĐND tỉnh;",
                "- Lưu: VT, VX.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Giàng Thị Dung",
            ],
        ),
    ],
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "1.2", "2.1", "2.2", "3.2", "6.1"],
        },
        {"agency": "Sở Tài chính", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
        {"agency": "Sở Y tế", "role": "support", "indicators": ["3.3"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1", "5.2"]},
        {
            "agency": "Sở Văn hóa, Thể thao và Du lịch",
            "role": "lead",
            "indicators": ["3.2", "6.2", "6.3"],
        },
        {"agency": "Công an tỉnh", "role": "lead", "indicators": ["3.3"]},
        {"agency": "Công an tỉnh", "role": "support", "indicators": ["3.2"]},
        {"agency": "Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-15"},
        {"kind": "annual", "by": "units", "due": "12-15"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-25"},
        {"kind": "annual", "by": "consolidator", "due": "12-25"},
        {"kind": "plan", "by": "units", "due": "2026-05-30"},
        {"kind": "midterm", "by": "consolidator", "due": "2028"},
        {"kind": "final", "by": "units", "due": "2030-09-30"},
        {"kind": "final", "by": "consolidator", "due": "2030-10-20"},
    ],
}

BAT_XAT = {
    "name": "bat-xat-2026-2030",
    "ext": "md",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "XÃ BÁT XÁT", "Số: 48/KH-UBND"],
        "date": "Bát Xát, ngày 02 tháng 6 năm 2026",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn xã Bát Xát"
        " giai đoạn 2026 - 2030"
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn xã Bát Xát"
        " giai đoạn 2026 - 2030",
        "issuer": "UBND xã Bát Xát",
        "level": "commune",
        "area": "Bát Xát",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Kế hoạch số 215/KH-UBND ngày 20/4/2026 của UBND tỉnh Lào Cai về thực hiện Chiến"
            " lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lào Cai giai đoạn 2026 - 2030",
            "Nghị quyết số 12/NQ-HĐND ngày 15/3/2026 của Hội đồng nhân dân xã về nhiệm vụ phát"
            " triển kinh tế - xã hội giai đoạn 2026 - 2030",
        ],
        "parent": "Kế hoạch số 215/KH-UBND ngày 20/4/2026 của UBND tỉnh Lào Cai",
    },
    "body": [
        "Căn cứ Kế hoạch số 215/KH-UBND ngày 20/4/2026 của UBND tỉnh Lào Cai về thực hiện"
        " Chiến lược quốc gia về bình đẳng giới trên địa bàn tỉnh Lào Cai giai đoạn 2026 - 2030;",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 15/3/2026 của Hội đồng nhân dân xã về nhiệm vụ"
        " phát triển kinh tế - xã hội giai đoạn 2026 - 2030;",
        "UBND xã Bát Xát ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên"
        " địa bàn xã giai đoạn 2026 - 2030 như sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "- Triển khai kịp thời, hiệu quả Kế hoạch của UBND tỉnh; xác định rõ trách nhiệm của"
        " các ban, ngành, đoàn thể xã và các thôn, tổ dân phố.",
        "- Các chỉ tiêu phải phù hợp với điều kiện thực tế của xã có 14 thôn, 2 tổ dân phố, trên"
        " 70% dân số là đồng bào dân tộc thiểu số.",
        ("h", "II. MỤC TIÊU, CHỈ TIÊU"),
        "### 1. Mục tiêu chung",
        "Nâng cao nhận thức và thay đổi hành vi về bình đẳng giới của cán bộ và Nhân dân; từng"
        " bước thu hẹp khoảng cách giới trên các lĩnh vực.",
        "### 2. Mục tiêu cụ thể",
        ("obj", "1", "Mục tiêu 1. Lĩnh vực chính trị", "Lĩnh vực chính trị"),
        (
            "ind",
            "1.1",
            "- **Chỉ tiêu 1.** ",
            "Tỷ lệ nữ đại biểu Hội đồng nhân dân xã đạt trên 35%.",
            [t(35, cmp=">")],
        ),
        (
            "ind",
            "1.2",
            "- **Chỉ tiêu 2.** ",
            "Tỷ lệ cán bộ, công chức nữ của xã được đào tạo, bồi dưỡng nâng cao trình độ đạt ít"
            " nhất 70% vào năm 2028 và 90% vào năm 2030.",
            [t(70, year=2028), t(90, year=2030)],
        ),
        (
            "obj",
            "2",
            "Mục tiêu 2. Lĩnh vực kinh tế, lao động, việc làm",
            "Lĩnh vực kinh tế, lao động, việc làm",
        ),
        (
            "ind",
            "2.1",
            "- **Chỉ tiêu 1.** ",
            "Hằng năm hỗ trợ đào tạo nghề cho ít nhất 120 lao động nữ.",
            [t(120, "count")],
        ),
        (
            "ind",
            "2.2",
            "- **Chỉ tiêu 2.** ",
            "Tỷ lệ lao động nữ nông thôn dưới 60 tuổi được tư vấn học nghề, việc làm đạt 80%.",
            [t(80)],
        ),
        (
            "obj",
            "3",
            "Mục tiêu 3. Gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            "Gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "- **Chỉ tiêu 1.** ",
            "100% người bị bạo lực gia đình được phát hiện được tiếp cận dịch vụ hỗ trợ cơ bản;"
            " ít nhất 90% người gây bạo lực gia đình được tư vấn, giáo dục tại cộng đồng.",
            [t(100, label="người bị bạo lực"), t(90, label="người gây bạo lực")],
        ),
        (
            "ind",
            "3.2",
            "- **Chỉ tiêu 2.** ",
            'Duy trì và nhân rộng tối thiểu 05 câu lạc bộ "Gia đình phát triển bền vững" trên'
            " địa bàn xã.",
            [t(5, "count")],
        ),
        ("obj", "4", "Mục tiêu 4. Lĩnh vực y tế", "Lĩnh vực y tế"),
        (
            "ind",
            "4.1",
            "- **Chỉ tiêu 1.** ",
            "Tỷ số giới tính khi sinh duy trì ở mức dưới 110 bé trai/100 bé gái.",
            [t(110, B, "<")],
        ),
        (
            "ind",
            "4.2",
            "- **Chỉ tiêu 2.** ",
            "Giảm tỷ lệ tảo hôn xuống dưới 3% vào năm 2030.",
            [t(3, cmp="<", year=2030)],
        ),
        (
            "ind",
            "4.3",
            "- **Chỉ tiêu 3.** ",
            "100% phụ nữ mang thai được khám thai ít nhất 04 lần trong thai kỳ.",
            [t(100)],
        ),
        ("obj", "5", "Mục tiêu 5. Lĩnh vực giáo dục", "Lĩnh vực giáo dục"),
        (
            "ind",
            "5.1",
            "- **Chỉ tiêu 1.** ",
            "Tỷ lệ trẻ em trai và trẻ em gái hoàn thành chương trình tiểu học đạt 99%; hoàn thành"
            " chương trình trung học cơ sở đạt 95%.",
            [t(99, label="tiểu học"), t(95, label="trung học cơ sở")],
        ),
        (
            "obj",
            "6",
            "Mục tiêu 6. Lĩnh vực thông tin, truyền thông",
            "Lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "- **Chỉ tiêu 1.** ",
            "Đài truyền thanh xã phát ít nhất 03 tin, bài về bình đẳng giới mỗi quý.",
            [t(3, "items_per_quarter")],
        ),
        (
            "ind",
            "6.2",
            "- **Chỉ tiêu 2.** ",
            "Khoảng 85% người dân được tiếp cận kiến thức cơ bản về bình đẳng giới.",
            [t(85, cmp="=")],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "- Lồng ghép nội dung bình đẳng giới trong các buổi họp thôn; mỗi thôn tổ chức ít nhất"
        " 01 buổi truyền thông mỗi năm.",
        "  + Chú trọng nhóm phụ nữ dân tộc thiểu số, người khuyết tật, người cao tuổi.",
        "  + Phát huy vai trò người có uy tín trong cộng đồng.",
        "- Hưởng ứng Ngày Gia đình Việt Nam (28/6), Ngày Phụ nữ Việt Nam (20/10).",
        ("h", "IV. KINH PHÍ"),
        "Từ ngân sách xã được giao hằng năm và các nguồn huy động hợp pháp khác.",
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        "**1. Phòng Văn hóa - Xã hội**",
        "- Là cơ quan thường trực, tham mưu UBND xã tổ chức triển khai Kế hoạch; hướng dẫn,"
        " kiểm tra các thôn, tổ dân phố.",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 1, 2 Mục tiêu 2; các chỉ tiêu thuộc Mục tiêu 3;"
        " các chỉ tiêu thuộc Mục tiêu 6.",
        "**2. Văn phòng HĐND và UBND xã**",
        "- Chủ trì theo dõi các chỉ tiêu của Mục tiêu 1.",
        "**3. Trạm Y tế xã**",
        "- Chịu trách nhiệm theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 4.",
        "**4. Trường Tiểu học và Trung học cơ sở Bát Xát**",
        "- Chủ trì theo dõi, báo cáo chỉ tiêu 1 Mục tiêu 5.",
        "**5. Công an xã**",
        "- Phối hợp với Phòng Văn hóa - Xã hội theo dõi, cung cấp số liệu chỉ tiêu 1 Mục tiêu 3"
        " (số liệu về người gây bạo lực).",
        "**6. Hội Liên hiệp Phụ nữ xã**",
        "- Phối hợp thực hiện chỉ tiêu 2 Mục tiêu 3 và chỉ tiêu 2 Mục tiêu 4.",
        "**7. Các thôn, tổ dân phố**",
        "- Tuyên truyền, vận động Nhân dân; báo cáo kết quả về UBND xã.",
        ("h", "VI. CHẾ ĐỘ BÁO CÁO"),
        "- Các ban, ngành, đoàn thể, trường học và các thôn, tổ dân phố gửi báo cáo 6 tháng"
        " trước ngày 05/6 và báo cáo năm trước ngày 05/12 hằng năm về UBND xã (qua Phòng Văn"
        " hóa - Xã hội).",
        "- Phòng Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Nội vụ)"
        " trước ngày 10/6 và ngày 10/12 hằng năm.",
        "- Báo cáo đột xuất khi có yêu cầu.",
        (
            "sig",
            [
                "**Nơi nhận:**",
                "- UBND tỉnh (qua Sở Nội vụ);",
                "- TT Đảng ủy, HĐND xã;",
                "- Lưu: VT.",
                "**TM. ỦY BAN NHÂN DÂN**",
                "**CHỦ TỊCH**",
                "",
                "Lò Văn Sơn",
            ],
        ),
    ],
    "assignments": [
        {
            "agency": "Phòng Văn hóa - Xã hội",
            "role": "lead",
            "indicators": ["2.1", "2.2", "3.1", "3.2", "6.1", "6.2"],
        },
        {"agency": "Văn phòng HĐND và UBND xã", "role": "lead", "indicators": ["1.1", "1.2"]},
        {"agency": "Trạm Y tế xã", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
        {
            "agency": "Trường Tiểu học và Trung học cơ sở Bát Xát",
            "role": "lead",
            "indicators": ["5.1"],
        },
        {"agency": "Công an xã", "role": "support", "indicators": ["3.1"]},
        {"agency": "Hội Liên hiệp Phụ nữ xã", "role": "support", "indicators": ["3.2", "4.2"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-05"},
        {"kind": "annual", "by": "units", "due": "12-05"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-10"},
        {"kind": "annual", "by": "consolidator", "due": "12-10"},
    ],
}

CAN_THO = {
    "name": "can-tho-2026-2030",
    "ext": "pdf",
    "running_header": "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới - TP Cần Thơ",
    "page_format": "Trang {n}",
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "", "Số: 97/KH-UBND"],
        "date": "Cần Thơ, ngày 12 tháng 5 năm 2026",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn thành phố Cần Thơ"
        " giai đoạn 2026 - 2030"
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn thành phố Cần"
        " Thơ giai đoạn 2026 - 2030",
        "issuer": "UBND thành phố Cần Thơ",
        "level": "province",
        "area": "Cần Thơ",
        "period": {"start": 2026, "end": 2030},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
            " về bình đẳng giới giai đoạn 2021 - 2030",
            "Quyết định số 1790/QĐ-BNV ngày 05/12/2025 của Bộ trưởng Bộ Nội vụ ban hành Bộ chỉ"
            " số theo dõi, đánh giá thực hiện Chiến lược quốc gia về bình đẳng giới",
        ],
        "parent": None,
    },
    "body": [
        "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2021 - 2030;",
        "Căn cứ Quyết định số 1790/QĐ-BNV ngày 05/12/2025 của Bộ trưởng Bộ Nội vụ ban hành Bộ"
        " chỉ số theo dõi, đánh giá thực hiện Chiến lược quốc gia về bình đẳng giới;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 28/4/2026, Ủy ban"
        " nhân dân thành phố Cần Thơ ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình"
        " đẳng giới trên địa bàn thành phố giai đoạn 2026 - 2030 với các nội dung sau:",
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        "1. Triển khai đồng bộ, hiệu quả các mục tiêu của Chiến lược trong bối cảnh thành phố"
        " Cần Thơ mới được hợp nhất từ thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng.",
        "2. Xác định cụ thể nhiệm vụ, trách nhiệm của các sở, ban, ngành, Ủy ban nhân dân các"
        " xã, phường trong việc theo dõi, thu thập số liệu có sự tách biệt giới.",
        ("h", "II. MỤC TIÊU"),
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, bảo đảm bình đẳng giới thực chất, góp phần xây"
        " dựng thành phố Cần Thơ phát triển nhanh, bền vững.",
        "2. Mục tiêu cụ thể",
        (
            "obj",
            "1",
            "Mục tiêu 1. Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
            "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
        ),
        (
            "ind",
            "1.1",
            "- Chỉ tiêu thứ nhất: ",
            "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt"
            " là nữ đạt không thấp hơn 70% vào năm 2028 và đạt 75% vào năm 2030.",
            [t(70, year=2028), t(75, year=2030)],
        ),
        (
            "ind",
            "1.2",
            "- Chỉ tiêu thứ hai: ",
            "Tỷ lệ nữ cán bộ, công chức, viên chức giữ chức vụ lãnh đạo, quản lý cấp sở và tương"
            " đương trở lên đạt trên 30%.",
            [t(30, cmp=">")],
        ),
        (
            "obj",
            "2",
            "Mục tiêu 2. Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
            "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        ),
        (
            "ind",
            "2.1",
            "- Chỉ tiêu thứ nhất: ",
            "Tỷ lệ lao động nữ làm công hưởng lương phấn đấu đạt 62% vào năm 2030.",
            [t(62, year=2030)],
        ),
        (
            "ind",
            "2.2",
            "- Chỉ tiêu thứ hai: ",
            "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ"
            " có việc làm không vượt quá 22%.",
            [t(22, cmp="<=")],
        ),
        (
            "ind",
            "2.3",
            "- Chỉ tiêu thứ ba: ",
            "Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã đạt khoảng 32%.",
            [t(32, cmp="=")],
        ),
        (
            "obj",
            "3",
            "Mục tiêu 3. Nâng cao chất lượng cuộc sống gia đình; phòng ngừa, ứng phó"
            " với bạo lực trên cơ sở giới",
            "Nâng cao chất lượng cuộc sống gia đình; phòng ngừa,"
            " ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "- Chỉ tiêu thứ nhất: ",
            "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được"
            " trả công của phụ nữ so với nam giới từ 1,8 lần năm 2025 xuống còn 1,4 lần vào năm"
            " 2030.",
            [t(1.4, "times", "<=", 2030, baseline=1.8)],
        ),
        (
            "ind",
            "3.2",
            "- Chỉ tiêu thứ hai: ",
            [
                "Đến năm 2030, 95% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát"
                " hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản;",
                "90% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tư"
                " vấn, tham vấn.",
            ],
            [
                t(95, year=2030, label="người bị bạo lực"),
                t(90, year=2030, label="người gây bạo lực"),
            ],
        ),
        (
            "ind",
            "3.3",
            "- Chỉ tiêu thứ ba: ",
            "Bảo đảm 100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp,"
            " phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
            [t(100)],
        ),
        (
            "obj",
            "4",
            "Mục tiêu 4. Bảo đảm bình đẳng giới trong tiếp cận các dịch vụ chăm sóc sức khỏe",
            "Bảo đảm bình đẳng giới trong tiếp cận các dịch vụ chăm sóc sức khỏe",
        ),
        (
            "ind",
            "4.1",
            "- Chỉ tiêu thứ nhất: ",
            "Tỷ số giới tính khi sinh duy trì ở mức 108 bé trai/100 bé gái sinh ra sống.",
            [t(108, B, "=")],
        ),
        (
            "ind",
            "4.2",
            "- Chỉ tiêu thứ hai: ",
            "Tỷ số tử vong mẹ dưới 40/100.000 trẻ đẻ sống.",
            [t(40, BT, "<")],
        ),
        (
            "ind",
            "4.3",
            "- Chỉ tiêu thứ ba: ",
            "Tỷ suất sinh ở vị thành niên giảm xuống còn 15 ca sinh/1.000 phụ nữ vào năm 2030.",
            [t(15, BPS, "<=", 2030)],
        ),
        (
            "obj",
            "5",
            "Mục tiêu 5. Bảo đảm bình đẳng giới trong giáo dục, đào tạo",
            "Bảo đảm bình đẳng giới trong giáo dục, đào tạo",
        ),
        (
            "ind",
            "5.1",
            "- Chỉ tiêu thứ nhất: ",
            "Nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy tại các cơ sở"
            " giáo dục nghề nghiệp của thành phố từ năm 2027.",
            [yes(2027)],
        ),
        (
            "ind",
            "5.2",
            "- Chỉ tiêu thứ hai: ",
            "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt ít nhất 50%; tỷ lệ nữ"
            " tiến sĩ trong tổng số người có trình độ tiến sĩ đạt ít nhất 30%.",
            [t(50, label="thạc sĩ"), t(30, label="tiến sĩ")],
        ),
        (
            "obj",
            "6",
            "Mục tiêu 6. Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
            "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "- Chỉ tiêu thứ nhất: ",
            "85% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030.",
            [t(85, year=2030)],
        ),
        (
            "ind",
            "6.2",
            "- Chỉ tiêu thứ hai: ",
            "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống"
            " thông tin cơ sở.",
            [t(100)],
        ),
        (
            "ind",
            "6.3",
            "- Chỉ tiêu thứ ba: ",
            "Báo và Phát thanh, Truyền hình Cần Thơ có ít nhất 04 tin, bài về bình đẳng giới mỗi"
            " tháng.",
            [t(4, "items_per_month")],
        ),
        ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
        "1. Hoàn thiện thể chế, chính sách; lồng ghép vấn đề bình đẳng giới trong xây dựng văn"
        " bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân thành phố.",
        "2. Đẩy mạnh truyền thông; phấn đấu mỗi năm có trên 200 lượt cán bộ được tập huấn về"
        " lồng ghép giới; tổ chức Tháng hành động từ ngày 15/11 đến ngày 15/12 hằng năm.",
        "3. Kiện toàn đội ngũ cán bộ làm công tác bình đẳng giới; xây dựng cơ sở dữ liệu thống"
        " kê về giới của thành phố.",
        ("h", "IV. KINH PHÍ THỰC HIỆN"),
        "Ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu"
        " quốc gia và nguồn xã hội hóa.",
        ("h", "V. TỔ CHỨC THỰC HIỆN"),
        "1. Trách nhiệm của các cơ quan, đơn vị",
        "a) Sở Nội vụ: Là cơ quan thường trực giúp Ủy ban nhân dân thành phố triển khai Kế"
        " hoạch; chủ trì theo dõi, tổng hợp, báo cáo các chỉ tiêu thuộc Mục tiêu 1, Mục tiêu 2"
        " và chỉ tiêu 1, 2 Mục tiêu 6.",
        "b) Sở Tài chính: Tham mưu bố trí kinh phí; phối hợp với Sở Nội vụ theo dõi chỉ tiêu 3"
        " Mục tiêu 2.",
        "c) Sở Y tế: Chủ trì theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc"
        " Mục tiêu 4 và chỉ tiêu 3 Mục tiêu 3.",
        "d) Sở Giáo dục và Đào tạo: Chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục"
        " tiêu 5.",
        "đ) Sở Văn hóa, Thể thao và Du lịch: Chủ trì theo dõi, báo cáo chỉ tiêu 2 của Mục tiêu 3"
        " (số liệu về bạo lực gia đình) và chỉ tiêu 3 của Mục tiêu 6.",
        "e) Công an thành phố: Chủ trì cung cấp số liệu chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo"
        " lực trên cơ sở giới); tăng cường đấu tranh phòng, chống tội phạm mua bán người.",
        "g) Thống kê thành phố: Chủ trì thu thập và báo cáo số liệu chỉ tiêu 1 Mục tiêu 3.",
        "h) Sở Nông nghiệp và Môi trường: Lồng ghép bình đẳng giới trong các chương trình"
        " khuyến nông, phát triển sinh kế cho phụ nữ nông thôn.",
        "i) Ủy ban nhân dân các xã, phường: Ban hành kế hoạch thực hiện của địa phương trước"
        " ngày 30/6/2026; bố trí nguồn lực thực hiện.",
        "2. Chế độ báo cáo",
        "Các sở, ban, ngành, đoàn thể thành phố, Ủy ban nhân dân các xã, phường gửi báo cáo về"
        " Sở Nội vụ: báo cáo 6 tháng gửi trước ngày 10 tháng 6; báo cáo năm gửi trước ngày 10"
        " tháng 12 hằng năm. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Nội vụ"
        " trước ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm. Báo cáo đột xuất thực hiện khi có"
        " yêu cầu.",
        "Năm 2028, các cơ quan, đơn vị báo cáo sơ kết giữa kỳ trước ngày 31/10/2028; báo cáo"
        " tổng kết giai đoạn gửi trước ngày 30/9/2030.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ Nội vụ;",
                "- TT. Thành ủy;",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Trần Thị Xuân Mai",
            ],
        ),
    ],
    "assignments": [
        {
            "agency": "Sở Nội vụ",
            "role": "lead",
            "indicators": ["1.1", "1.2", "2.1", "2.2", "2.3", "6.1", "6.2"],
        },
        {"agency": "Sở Tài chính", "role": "support", "indicators": ["2.3"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["3.3", "4.1", "4.2", "4.3"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1", "5.2"]},
        {"agency": "Sở Văn hóa, Thể thao và Du lịch", "role": "lead", "indicators": ["3.2", "6.3"]},
        {"agency": "Công an thành phố", "role": "lead", "indicators": ["3.2"]},
        {"agency": "Thống kê thành phố", "role": "lead", "indicators": ["3.1"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-10"},
        {"kind": "annual", "by": "units", "due": "12-10"},
        {"kind": "semiannual", "by": "consolidator", "due": "06-20"},
        {"kind": "annual", "by": "consolidator", "due": "12-20"},
        {"kind": "plan", "by": "units", "due": "2026-06-30"},
        {"kind": "midterm", "by": "units", "due": "2028-10-31"},
        {"kind": "final", "by": "units", "due": "2030-09-30"},
    ],
}

GIA_LAI = {
    "name": "gia-lai-2021-2025",
    "ext": "txt",
    "blank_lines": False,
    "header": {
        "left": ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 1032/KH-UBND"],
        "date": "Gia Lai, ngày 14 tháng 5 năm 2021",
    },
    "title_lines": [
        "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025",
        "trên địa bàn tỉnh Gia Lai",
    ],
    "meta": {
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên"
        " địa bàn tỉnh Gia Lai",
        "issuer": "UBND tỉnh Gia Lai",
        "level": "province",
        "area": "Gia Lai",
        "period": {"start": 2021, "end": 2025},
        "legal_bases": [
            "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia"
            " về bình đẳng giới giai đoạn 2021 - 2030",
            "Công văn số 1215/LĐTBXH-BĐG ngày 12/4/2021 của Bộ Lao động - Thương binh và Xã hội"
            " về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược",
        ],
        "parent": None,
    },
    "body": [
        "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc"
        " gia về bình đẳng giới giai đoạn 2021 - 2030; Công văn số 1215/LĐTBXH-BĐG ngày"
        " 12/4/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn xây dựng kế hoạch"
        " thực hiện Chiến lược, Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch thực hiện giai"
        " đoạn 2021 - 2025 như sau:",
        ("h", "I. MỤC TIÊU"),
        "1. Mục tiêu chung",
        "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham"
        " gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội.",
        "2. Mục tiêu cụ thể",
        (
            "obj",
            "1",
            "Mục tiêu 1. Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
            "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo và quản lý",
        ),
        (
            "ind",
            "1.1",
            "Chỉ tiêu 1. ",
            "Tỷ lệ nữ tham gia cấp ủy đảng nhiệm kỳ 2020 - 2025 đạt từ 25% trở lên.",
            [t(25)],
        ),
        (
            "ind",
            "1.2",
            "Chỉ tiêu 2. ",
            "Phấn đấu đến năm 2025 có 60% cơ quan quản lý nhà nước, chính quyền địa phương các"
            " cấp có lãnh đạo chủ chốt là nữ.",
            [t(60, year=2025)],
        ),
        (
            "obj",
            "2",
            "Mục tiêu 2. Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
            "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm",
        ),
        (
            "ind",
            "2.1",
            "Chỉ tiêu 1. ",
            "Tăng tỷ lệ lao động nữ làm công hưởng lương lên đạt 40% vào năm 2025.",
            [t(40, year=2025)],
        ),
        (
            "ind",
            "2.2",
            "Chỉ tiêu 2. ",
            "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có"
            " việc làm dưới 65% vào năm 2025.",
            [t(65, cmp="<", year=2025)],
        ),
        (
            "ind",
            "2.3",
            "Chỉ tiêu 3. ",
            "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 20% vào năm 2023 và 25% vào năm"
            " 2025.",
            [t(20, year=2023), t(25, year=2025)],
        ),
        (
            "obj",
            "3",
            "Mục tiêu 3. Nâng cao chất lượng cuộc sống gia đình; phòng ngừa, ứng phó"
            " với bạo lực trên cơ sở giới",
            "Nâng cao chất lượng cuộc sống gia đình; phòng ngừa,"
            " ứng phó với bạo lực trên cơ sở giới",
        ),
        (
            "ind",
            "3.1",
            "Chỉ tiêu 1. ",
            "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được"
            " trả công của phụ nữ xuống còn 1,7 lần so với nam giới vào năm 2025.",
            [t(1.7, "times", "<=", 2025)],
        ),
        (
            "ind",
            "3.2",
            "Chỉ tiêu 2. ",
            "Đạt 80% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp"
            " cận ít nhất một trong các dịch vụ hỗ trợ cơ bản. Đạt 50% người gây bạo lực gia"
            " đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm"
            " hình sự được tư vấn, tham vấn.",
            [t(80, label="người bị bạo lực"), t(50, label="người gây bạo lực")],
        ),
        (
            "ind",
            "3.3",
            "Chỉ tiêu 3. ",
            "100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch"
            " vụ hỗ trợ và tái hòa nhập cộng đồng.",
            [t(100)],
        ),
        (
            "ind",
            "3.4",
            "Chỉ tiêu 4. ",
            "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và"
            " ứng phó với bạo lực trên cơ sở giới.",
            [t(100)],
        ),
        (
            "obj",
            "4",
            "Mục tiêu 4. Bảo đảm bình đẳng giới trong lĩnh vực y tế",
            "Bảo đảm bình đẳng giới trong lĩnh vực y tế",
        ),
        (
            "ind",
            "4.1",
            "Chỉ tiêu 1. ",
            "Tỷ số giới tính khi sinh không quá 111 bé trai/100 bé gái sinh ra sống.",
            [t(111, B, "<=")],
        ),
        (
            "ind",
            "4.2",
            "Chỉ tiêu 2. ",
            "Giảm tỷ số tử vong bà mẹ liên quan đến thai sản xuống 58/100.000 trẻ đẻ sống.",
            [t(58, BT, "<=")],
        ),
        (
            "ind",
            "4.3",
            "Chỉ tiêu 3. ",
            "Giảm tỷ suất sinh ở vị thành niên xuống dưới 35 ca sinh/1.000 phụ nữ.",
            [t(35, BPS, "<")],
        ),
        (
            "obj",
            "5",
            "Mục tiêu 5. Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
            "Bảo đảm bình đẳng giới trong lĩnh vực giáo dục, đào tạo",
        ),
        (
            "ind",
            "5.1",
            "Chỉ tiêu 1. ",
            "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt"
            " 90%, hoàn thành cấp trung học cơ sở đạt 80%.",
            [t(90, label="tiểu học"), t(80, label="trung học cơ sở")],
        ),
        (
            "ind",
            "5.2",
            "Chỉ tiêu 2. ",
            "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề"
            " nghiệp đạt 30% trở lên.",
            [t(30)],
        ),
        (
            "obj",
            "6",
            "Mục tiêu 6. Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
            "Bảo đảm bình đẳng giới trong lĩnh vực thông tin, truyền thông",
        ),
        (
            "ind",
            "6.1",
            "Chỉ tiêu 1. ",
            "60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới.",
            [t(60)],
        ),
        (
            "ind",
            "6.2",
            "Chỉ tiêu 2. ",
            "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp"
            " được phổ biến, cập nhật thông tin về bình đẳng giới.",
            [t(100)],
        ),
        (
            "ind",
            "6.3",
            "Chỉ tiêu 3. ",
            "80% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ"
            " thống thông tin cơ sở.",
            [t(80)],
        ),
        (
            "ind",
            "6.4",
            "Chỉ tiêu 4. ",
            "Đài Phát thanh - Truyền hình Gia Lai có chuyên mục nâng cao nhận thức về bình đẳng"
            " giới hằng tháng.",
            [yes()],
        ),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        "1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền các cấp đối với công"
        " tác bình đẳng giới.",
        "2. Triển khai 05 chương trình thuộc Chiến lược: truyền thông; phòng ngừa, ứng phó với"
        " bạo lực trên cơ sở giới; nâng cao năng lực; tăng cường sự tham gia của phụ nữ vào vị"
        " trí lãnh đạo; thống kê giới.",
        ("h", "III. KINH PHÍ"),
        "Ngân sách nhà nước theo phân cấp; nguồn tài trợ, viện trợ và huy động hợp pháp khác.",
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        "1. Sở Lao động - Thương binh và Xã hội",
        "Là cơ quan thường trực, chủ trì, phối hợp các sở, ngành, địa phương triển khai Kế"
        " hoạch; hướng dẫn, kiểm tra, tổng hợp báo cáo Ủy ban nhân dân tỉnh, Bộ Lao động -"
        " Thương binh và Xã hội.",
        "Chịu trách nhiệm theo dõi, tổng hợp, báo cáo Mục tiêu 2 (trừ chỉ tiêu 3); chỉ tiêu 2,"
        " 3, 4 Mục tiêu 3; chỉ tiêu 2 Mục tiêu 5; chỉ tiêu 1, 2 Mục tiêu 6.",
        "2. Sở Nội vụ",
        "Chủ trì theo dõi, báo cáo các chỉ tiêu của Mục tiêu 1.",
        "3. Sở Kế hoạch và Đầu tư",
        "Chủ trì, phối hợp với Cục Thống kê tỉnh theo dõi, báo cáo chỉ tiêu 3 Mục tiêu 2.",
        "4. Cục Thống kê tỉnh",
        "Chủ trì thu thập, cung cấp số liệu chỉ tiêu 1 Mục tiêu 3; phối hợp cung cấp số liệu"
        " các chỉ tiêu 1, 2 Mục tiêu 2.",
        "5. Sở Y tế",
        "Chịu trách nhiệm theo dõi, báo cáo kết quả thực hiện Mục tiêu 4.",
        "6. Sở Giáo dục và Đào tạo",
        "Chủ trì theo dõi, báo cáo chỉ tiêu 1 Mục tiêu 5.",
        "7. Sở Văn hóa, Thể thao và Du lịch",
        "Phối hợp theo dõi chỉ tiêu 2 Mục tiêu 3 (số liệu về bạo lực gia đình).",
        "8. Sở Thông tin và Truyền thông",
        "Chủ trì theo dõi, báo cáo chỉ tiêu 3, 4 Mục tiêu 6.",
        "9. Công an tỉnh",
        "Phối hợp cung cấp số liệu chỉ tiêu 3 Mục tiêu 3.",
        "10. Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Xây dựng kế hoạch thực hiện giai đoạn 2021 - 2025 của địa phương trước ngày 30/6/2021.",
        ("h", "V. CHẾ ĐỘ BÁO CÁO"),
        "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ban, ngành,"
        " Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Lao động"
        " - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động -"
        " Thương binh và Xã hội trước ngày 25/12 hằng năm.",
        "Sở Lao động - Thương binh và Xã hội tham mưu tổ chức sơ kết giữa kỳ vào năm 2023 và"
        " tổng kết vào năm 2025.",
        (
            "sig",
            [
                "Nơi nhận:",
                "- Bộ LĐTBXH;",
                "- TT. Tỉnh ủy;",
                "- Lưu: VT, KGVX.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Nguyễn Thị Thanh Lịch",
            ],
        ),
    ],
    "assignments": [
        {
            "agency": "Sở Lao động - Thương binh và Xã hội",
            "role": "lead",
            "indicators": ["2.1", "2.2", "3.2", "3.3", "3.4", "5.2", "6.1", "6.2"],
        },
        {"agency": "Sở Nội vụ", "role": "lead", "indicators": ["1.1", "1.2"]},
        {"agency": "Sở Kế hoạch và Đầu tư", "role": "lead", "indicators": ["2.3"]},
        {"agency": "Cục Thống kê tỉnh", "role": "lead", "indicators": ["3.1"]},
        {"agency": "Cục Thống kê tỉnh", "role": "support", "indicators": ["2.1", "2.2"]},
        {"agency": "Sở Y tế", "role": "lead", "indicators": ["4.1", "4.2", "4.3"]},
        {"agency": "Sở Giáo dục và Đào tạo", "role": "lead", "indicators": ["5.1"]},
        {"agency": "Sở Văn hóa, Thể thao và Du lịch", "role": "support", "indicators": ["3.2"]},
        {"agency": "Sở Thông tin và Truyền thông", "role": "lead", "indicators": ["6.3", "6.4"]},
        {"agency": "Công an tỉnh", "role": "support", "indicators": ["3.3"]},
    ],
    "reporting": [
        {"kind": "semiannual", "by": "units", "due": "06-15"},
        {"kind": "annual", "by": "units", "due": "12-15"},
        {"kind": "annual", "by": "consolidator", "due": "12-25"},
        {"kind": "plan", "by": "units", "due": "2021-06-30"},
        {"kind": "midterm", "by": "consolidator", "due": "2023"},
        {"kind": "final", "by": "consolidator", "due": "2025"},
    ],
}

PLANS = [LAO_CAI, BAT_XAT, CAN_THO, GIA_LAI]
