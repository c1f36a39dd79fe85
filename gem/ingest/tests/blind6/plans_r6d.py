"""Blind test plans, set r6d: three older-style / unusual layouts.

- r6d-yen-bai-2021-2025: province plan 2021-2025 (Sở Lao động - Thương binh và Xã hội as standing
  body), plain text encoded in TCVN3/ABC (.VnTime) bytes, CRLF line ends.
- r6d-dak-lak-2026-2030: province plan 2026-2030 as .docx; the objectives and indicators sit in a
  layout table (one row block per objective, several paragraphs per cell).
- r6d-quang-ngai-2026: province annual plan 2026 as .md exported from a web portal; the indicators
  live only in a "Phụ lục" pipe table whose "Kết quả năm 2025" column is the baseline.

Documents and expected JSON were written by hand from plan-format.md and the shared samples only.
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


def IND(code, text, *targets):
    return {"code": code, "text": text, "targets": list(targets)}


def OBJ(code, title, *indicators):
    return {"code": code, "title": title, "indicators": list(indicators)}


def A(agency, role, *codes):
    return {"agency": agency, "role": role, "indicators": list(codes)}


def R(kind, by, due):
    return {"kind": kind, "by": by, "due": due}


# ---------------------------------------------------------------------------------------------
# Plan 1: Yên Bái 2021-2025, TCVN3 text
# ---------------------------------------------------------------------------------------------

YB_IND = {
    "1.1": "Phấn đấu đến năm 2025 có 60% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
    "1.2": "Tỷ lệ cán bộ nữ trong quy hoạch các chức danh lãnh đạo, quản lý cấp tỉnh, cấp huyện đạt từ 25% trở lên vào năm 2025.",
    "2.1": "Tăng tỷ lệ lao động nữ làm công hưởng lương từ 36,5% năm 2020 lên đạt 42% vào năm 2025.",
    "2.2": "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 55% vào năm 2025.",
    "2.3": "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 22% vào năm 2023 và 24% vào năm 2025.",
    "2.4": "Đến năm 2025, 50% lao động nữ nông thôn trong độ tuổi lao động có nhu cầu được tư vấn học nghề, giới thiệu việc làm.",
    "3.1": "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,8 lần so với nam giới vào năm 2025.",
    "3.2a": "Đến năm 2025 đạt 75% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản;",
    "3.2b": "đạt 45% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
    "3.3": "Từ năm 2022 trở đi, 100% nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng.",
    "3.4": "Đến năm 2025 có 70% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
    "4.1": "Tỷ số giới tính khi sinh không vượt quá 112 bé trai/100 bé gái sinh ra sống vào năm 2025.",
    "4.2": "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm còn 52/100.000 trẻ đẻ sống vào năm 2025.",
    "4.3": "Tỷ suất sinh ở vị thành niên giảm từ 35 ca sinh/1.000 phụ nữ (năm 2020) xuống 28 ca sinh/1.000 phụ nữ vào năm 2025.",
    "5.1": "Từ năm 2025 trở đi nội dung về giới, bình đẳng giới được đưa vào chương trình giảng dạy trong các cơ sở giáo dục trên địa bàn tỉnh và được giảng dạy chính thức tại Trường Cao đẳng Sư phạm Yên Bái.",
    "5.2": "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 95%, hoàn thành giáo dục trung học cơ sở đạt trên 88% vào năm 2025.",
    "5.3": "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30%.",
    "5.4": "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 40%; tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 20% vào năm 2025.",
    "6.1": "Đạt 60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2025.",
    "6.2": "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới.",
    "6.3": "80% xã, phường, thị trấn mỗi quý có ít nhất 02 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.",
    "6.4": "Đài Phát thanh và Truyền hình tỉnh mỗi tháng có ít nhất 02 chương trình, chuyên mục nâng cao nhận thức về bình đẳng giới.",
}

YB_BLOCKS = [
    (
        "header",
        ["UỶ BAN NHÂN DÂN", "TỈNH YÊN BÁI", "----------", "Số: 1875/KH-UBND"],
        [
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "-----------------------",
            "Yên Bái, ngày 18 tháng 5 năm 2021",
        ],
    ),
    "KẾ HOẠCH",
    "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Yên Bái giai đoạn 2021 - 2025",
    "Căn cứ Luật Bình đẳng giới ngày 29/11/2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Công văn số 1120/LĐTBXH-BĐG ngày 02/4/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 64/TTr-LĐTBXH ngày 06/5/2021,",
    "Uỷ ban nhân dân tỉnh Yên Bái ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Yên Bái giai đoạn 2021 - 2025 (sau đây gọi tắt là Kế hoạch) như sau:",
    "Phần thứ nhất",
    "KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2011 - 2020",
    "1. Kết quả đạt được",
    "Sau 10 năm triển khai Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020, nhận thức của các cấp uỷ Đảng, chính quyền và Nhân dân các dân tộc trong tỉnh về bình đẳng giới đã có chuyển biến tích cực. Công tác lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển kinh tế - xã hội được quan tâm hơn; vị thế của phụ nữ trong gia đình và xã hội từng bước được nâng lên.",
    "Trong lĩnh vực chính trị, tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh nhiệm kỳ 2016 - 2021 đạt 28,6%, cấp huyện đạt 27,1%, cấp xã đạt 24,3%; đến cuối năm 2020 có 41/64 cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ (chiếm 64,1%, tính cả cấp phó). Trong lĩnh vực kinh tế, lao động, mỗi năm bình quân giải quyết việc làm mới cho khoảng 19.000 lao động, trong đó lao động nữ chiếm trên 45%; tỷ lệ lao động nữ nông thôn được đào tạo nghề đạt 48,2%.",
    "Trong lĩnh vực y tế, tỷ số giới tính khi sinh năm 2020 là 113,6 bé trai/100 bé gái; tỷ lệ tử vong mẹ còn ở mức cao so với bình quân chung cả nước, nhất là ở các huyện vùng cao Mù Cang Chải, Trạm Tấu. Trong lĩnh vực giáo dục, tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ của tỉnh đạt 36,8%, tỷ lệ nữ tiến sĩ đạt 14,3%.",
    "2. Tồn tại, hạn chế và nguyên nhân",
    "- Một số cấp uỷ, chính quyền, người đứng đầu cơ quan, đơn vị chưa quan tâm đúng mức đến công tác bình đẳng giới; việc lồng ghép giới trong hoạch định chính sách còn hình thức.",
    "- Tư tưởng trọng nam khinh nữ, tập quán tảo hôn, hôn nhân cận huyết thống vẫn còn tồn tại ở một bộ phận đồng bào dân tộc thiểu số vùng sâu, vùng xa.",
    "- Đội ngũ cán bộ làm công tác bình đẳng giới ở cấp huyện, cấp xã chủ yếu kiêm nhiệm, thường xuyên thay đổi; kinh phí bố trí cho công tác bình đẳng giới còn hạn hẹp; số liệu thống kê có tách biệt giới chưa đầy đủ, thiếu đồng bộ.",
    "Phần thứ hai",
    "KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Cụ thể hoá các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 phù hợp với điều kiện thực tế của tỉnh Yên Bái; xác định rõ trách nhiệm của các sở, ban, ngành, đoàn thể và Uỷ ban nhân dân các huyện, thị xã, thành phố trong tổ chức thực hiện.",
    "- Tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của các cấp, các ngành và Nhân dân về bình đẳng giới, từng bước thu hẹp khoảng cách giới, nâng cao vị thế của phụ nữ, nhất là phụ nữ dân tộc thiểu số.",
    "2. Yêu cầu",
    "- Việc triển khai Kế hoạch phải gắn với nhiệm vụ phát triển kinh tế - xã hội của tỉnh giai đoạn 2021 - 2025, bảo đảm thiết thực, hiệu quả, tránh hình thức.",
    "- Các cơ quan, đơn vị được phân công theo dõi chỉ tiêu phải thu thập số liệu có tách biệt giới, báo cáo đầy đủ, đúng thời hạn.",
    "II. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần vào sự phát triển nhanh và bền vững của tỉnh Yên Bái.",
    "2. Mục tiêu cụ thể và chỉ tiêu đến năm 2025",
    "2.1. Mục tiêu 1: Trong lĩnh vực chính trị",
    "Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo, nhằm từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị.",
    "- Chỉ tiêu 1: " + YB_IND["1.1"],
    "- Chỉ tiêu 2: " + YB_IND["1.2"],
    "2.2. Mục tiêu 2: Trong lĩnh vực kinh tế, lao động",
    "Giảm khoảng cách giới trong lĩnh vực kinh tế, lao động, việc làm; tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động.",
    "- Chỉ tiêu 1: " + YB_IND["2.1"],
    "- Chỉ tiêu 2: " + YB_IND["2.2"],
    "- Chỉ tiêu 3 : " + YB_IND["2.3"],
    "- Chỉ tiêu 4: " + YB_IND["2.4"],
    "2.3. Mục tiêu 3: Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
    "- Chỉ tiêu 1: " + YB_IND["3.1"],
    "- Chỉ tiêu 2: " + YB_IND["3.2a"],
    YB_IND["3.2b"],
    "- Chỉ tiêu 3: " + YB_IND["3.3"],
    "- Chỉ tiêu 4: " + YB_IND["3.4"],
    "2.4 Mục tiêu 4: Trong lĩnh vực y tế",
    "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khoẻ.",
    "- Chỉ tiêu 1: " + YB_IND["4.1"],
    "- Chỉ tiêu 2: " + YB_IND["4.2"],
    "- Chỉ tiêu 3: " + YB_IND["4.3"],
    "2.5. Mục tiêu 5: Trong lĩnh vực giáo dục, đào tạo",
    "- Chỉ tiêu 1: " + YB_IND["5.1"],
    "- Chỉ tiêu 2: " + YB_IND["5.2"],
    "- Chỉ tiêu 3: " + YB_IND["5.3"],
    "- Chỉ tiêu 4: " + YB_IND["5.4"],
    "2.6. Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông",
    "- Chỉ tiêu 1: " + YB_IND["6.1"],
    "- Chỉ tiêu 2: " + YB_IND["6.2"],
    "- Chỉ tiêu 3: " + YB_IND["6.3"],
    "- Chỉ tiêu 4: " + YB_IND["6.4"],
    "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
    "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp uỷ Đảng, chính quyền",
    "- Quán triệt sâu rộng các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới đến cán bộ, đảng viên và Nhân dân; đưa mục tiêu bình đẳng giới vào nghị quyết, chương trình công tác hằng năm của cấp uỷ, chính quyền các cấp.",
    "- Đề cao trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương trong việc thực hiện các mục tiêu, chỉ tiêu về bình đẳng giới; lấy kết quả thực hiện bình đẳng giới là một tiêu chí đánh giá, xếp loại thi đua hằng năm.",
    "2. Hoàn thiện và thực hiện có hiệu quả chính sách về bình đẳng giới",
    "- Rà soát các văn bản quy phạm pháp luật do Hội đồng nhân dân, Uỷ ban nhân dân tỉnh ban hành để phát hiện, kiến nghị sửa đổi những quy định chưa bảo đảm nguyên tắc bình đẳng giới.",
    "- Thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng quy hoạch, kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh, của các ngành và địa phương.",
    "3. Giải pháp thực hiện các mục tiêu cụ thể",
    "a) Trong lĩnh vực chính trị: thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, bố trí, bổ nhiệm cán bộ nữ; quan tâm tạo nguồn cán bộ nữ là người dân tộc thiểu số, cán bộ nữ trẻ; rà soát các cơ quan, đơn vị có từ 30% cán bộ, công chức là nữ trở lên nhưng chưa có lãnh đạo chủ chốt là nữ để có giải pháp phù hợp.",
    "b) Trong lĩnh vực kinh tế, lao động: lồng ghép các hoạt động hỗ trợ phụ nữ trong Chương trình mục tiêu quốc gia giảm nghèo bền vững, Chương trình xây dựng nông thôn mới và Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; hỗ trợ phụ nữ khởi sự kinh doanh, phát triển hợp tác xã, tổ hợp tác, tiếp cận vốn vay ưu đãi của Ngân hàng Chính sách xã hội; mở rộng các lớp đào tạo nghề ngắn hạn gắn với vùng nguyên liệu quế, chè, tre, măng.",
    'c) Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới: nhân rộng các mô hình "Địa chỉ tin cậy", "Nhà tạm lánh", câu lạc bộ phòng, chống bạo lực gia đình ở thôn, bản, tổ dân phố; duy trì đường dây nóng tư vấn, hỗ trợ; tuyên truyền xoá bỏ tảo hôn, hôn nhân cận huyết thống; thực hiện chiến dịch "việc nhà không của riêng ai" nhân ngày Gia đình Việt Nam 28/6.',
    "d) Trong lĩnh vực y tế: triển khai Đề án kiểm soát mất cân bằng giới tính khi sinh; xử lý nghiêm các cơ sở, cá nhân vi phạm quy định cấm lựa chọn giới tính thai nhi; nâng cao chất lượng khám thai, đỡ đẻ tại trạm y tế xã và tại nhà cho phụ nữ vùng cao; đẩy mạnh tư vấn sức khoẻ sinh sản vị thành niên, thanh niên.",
    "đ) Trong lĩnh vực giáo dục, đào tạo: lồng ghép kiến thức về giới, bình đẳng giới trong các môn học và hoạt động giáo dục ngoài giờ lên lớp; vận động học sinh dân tộc thiểu số, nhất là trẻ em gái, đến trường đúng độ tuổi; hỗ trợ nữ cán bộ, công chức, viên chức đi học sau đại học theo chính sách thu hút, đào tạo nguồn nhân lực của tỉnh.",
    "e) Trong lĩnh vực thông tin, truyền thông: đa dạng hoá hình thức truyền thông bằng tiếng phổ thông và tiếng dân tộc Mông, Dao, Tày, Thái; phát huy hệ thống loa truyền thanh cơ sở, trang thông tin điện tử, mạng xã hội; tổ chức hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ ngày 15/11 đến ngày 15/12 hằng năm).",
    "4. Nâng cao năng lực quản lý nhà nước về bình đẳng giới",
    "- Kiện toàn Ban vì sự tiến bộ của phụ nữ các cấp; bố trí cán bộ làm công tác bình đẳng giới ở cấp huyện, cấp xã ổn định; tập huấn, bồi dưỡng kiến thức, kỹ năng lồng ghép giới cho đội ngũ cán bộ làm công tác bình đẳng giới, cán bộ pháp chế, cán bộ hội phụ nữ.",
    "- Tăng cường thanh tra, kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới; từng bước xây dựng cơ sở dữ liệu thống kê về giới của tỉnh phù hợp với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "IV. KINH PHÍ THỰC HIỆN",
    "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của các sở, ban, ngành, đoàn thể và địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án, dự án có liên quan.",
    "2. Huy động sự hỗ trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn kinh phí hợp pháp khác theo quy định của pháp luật.",
    "3. Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí thực hiện, tổng hợp chung vào dự toán ngân sách của cơ quan, đơn vị gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền xem xét, quyết định.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Lao động - Thương binh và Xã hội",
    "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, đoàn thể tỉnh và Uỷ ban nhân dân các huyện, thị xã, thành phố tổ chức triển khai thực hiện Kế hoạch; hướng dẫn, đôn đốc, kiểm tra việc thực hiện.",
    "- Chủ trì tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm; triển khai các mô hình hỗ trợ nạn nhân bị bạo lực trên cơ sở giới, nạn nhân bị mua bán.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1, 2, 4 thuộc Mục tiêu 2; chỉ tiêu 2 (số liệu về bạo lực trên cơ sở giới), chỉ tiêu 3, 4 thuộc Mục tiêu 3; chỉ tiêu 3 thuộc Mục tiêu 5; chỉ tiêu 1, 2 thuộc Mục tiêu 6 của Kế hoạch này.",
    "- Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Uỷ ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.",
    "2. Sở Nội vụ",
    "- Tham mưu thực hiện công tác quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm cán bộ nữ; lồng ghép kiến thức về giới trong chương trình bồi dưỡng cán bộ, công chức, viên chức.",
    "- Theo dõi, tổng hợp và báo cáo kết quả thực hiện chỉ tiêu 1, 2 thuộc Mục tiêu 1.",
    "3. Sở Kế hoạch và Đầu tư",
    "- Lồng ghép các mục tiêu, chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh; bố trí vốn đầu tư phát triển cho các dự án có nội dung hỗ trợ phụ nữ theo quy định.",
    "- Chủ trì thu thập, tổng hợp và báo cáo số liệu chỉ tiêu 3 thuộc Mục tiêu 2.",
    "4. Cục Thống kê tỉnh",
    "- Thu thập, công bố các chỉ tiêu thống kê giới của tỉnh thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia; phối hợp xây dựng cơ sở dữ liệu thống kê về giới của tỉnh.",
    "- Chủ trì thu thập và báo cáo số liệu về chỉ tiêu 1 thuộc Mục tiêu 3; phối hợp với Sở Lao động - Thương binh và Xã hội theo dõi, cung cấp số liệu chỉ tiêu 1, 2 của Mục tiêu 2.",
    "5. Sở Y tế",
    "- Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khoẻ bà mẹ, trẻ em, sức khoẻ sinh sản vị thành niên; kiểm tra, xử lý vi phạm về lựa chọn giới tính thai nhi.",
    "- Chịu trách nhiệm theo dõi và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 4.",
    "6. Sở Giáo dục và Đào tạo",
    "- Chỉ đạo lồng ghép nội dung giới, bình đẳng giới, giáo dục giới tính trong các cấp học; rà soát sách giáo khoa, tài liệu địa phương bảo đảm không có định kiến giới.",
    "- Theo dõi, tổng hợp, báo cáo các chỉ tiêu 1, 2, 4 của Mục tiêu 5.",
    "7. Sở Văn hoá, Thể thao và Du lịch",
    "- Triển khai công tác phòng, chống bạo lực gia đình; xây dựng gia đình no ấm, tiến bộ, hạnh phúc; thống kê số vụ bạo lực gia đình, số nạn nhân và người gây bạo lực gia đình được tư vấn, hỗ trợ.",
    "- Chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực gia đình).",
    "8. Sở Thông tin và Truyền thông",
    "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về bình đẳng giới; kiểm tra, xử lý các sản phẩm thông tin có nội dung định kiến giới.",
    "- Theo dõi, tổng hợp, báo cáo chỉ tiêu 3, 4 của Mục tiêu 6.",
    "9. Công an tỉnh",
    "- Chủ trì triển khai công tác phòng, chống tội phạm mua bán người, xâm hại tình dục phụ nữ, trẻ em; điều tra, xử lý nghiêm các vụ việc bạo lực gia đình có dấu hiệu tội phạm.",
    "- Phối hợp với Sở Lao động - Thương binh và Xã hội theo dõi, cung cấp số liệu về nạn nhân bị mua bán trở về thuộc chỉ tiêu 3 Mục tiêu 3.",
    "10. Sở Tài chính",
    "Trên cơ sở dự toán của các cơ quan, đơn vị, tham mưu Uỷ ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo khả năng cân đối của ngân sách địa phương; hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định.",
    "11. Sở Tư pháp",
    "Hướng dẫn, kiểm tra việc lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật của tỉnh; lồng ghép nội dung pháp luật về bình đẳng giới trong các chương trình phổ biến, giáo dục pháp luật và trợ giúp pháp lý cho phụ nữ dân tộc thiểu số.",
    "12. Ban Dân tộc tỉnh",
    "Lồng ghép các hoạt động bình đẳng giới trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phát huy vai trò người có uy tín trong vận động xoá bỏ hủ tục, tảo hôn, hôn nhân cận huyết thống.",
    "13. Đài Phát thanh và Truyền hình tỉnh, Báo Yên Bái",
    "Duy trì chuyên trang, chuyên mục về bình đẳng giới, gia đình; tăng thời lượng phát sóng bằng tiếng dân tộc; phản ánh kịp thời gương điển hình tiên tiến và các hành vi vi phạm pháp luật về bình đẳng giới.",
    "14. Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
    "- Tham gia tuyên truyền, vận động hội viên, đoàn viên và Nhân dân thực hiện pháp luật về bình đẳng giới; giám sát, phản biện xã hội việc thực hiện chính sách, pháp luật về bình đẳng giới.",
    "- Hội Liên hiệp Phụ nữ tỉnh chủ động giới thiệu cán bộ nữ có năng lực để quy hoạch, bổ nhiệm; hỗ trợ hội viên phát triển kinh tế, khởi nghiệp; phối hợp với Sở Kế hoạch và Đầu tư theo dõi, cung cấp thông tin về chỉ tiêu 3 của Mục tiêu 2.",
    "15. Uỷ ban nhân dân các huyện, thị xã, thành phố",
    "- Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện giai đoạn 2021 - 2025 của địa phương, gửi về Sở Lao động - Thương binh và Xã hội trước ngày 30/6/2021; bố trí kinh phí, nhân lực thực hiện công tác bình đẳng giới tại địa phương.",
    "- Chỉ đạo Phòng Lao động - Thương binh và Xã hội, Uỷ ban nhân dân các xã, phường, thị trấn triển khai các hoạt động bình đẳng giới đến thôn, bản, tổ dân phố; thực hiện thống kê, báo cáo có tách biệt giới.",
    "VI. CHẾ ĐỘ BÁO CÁO",
    "1. Định kỳ 6 tháng và hằng năm, các sở, ban, ngành, đoàn thể tỉnh và Uỷ ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện Kế hoạch (có số liệu tách biệt giới) về Sở Lao động - Thương binh và Xã hội: báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 05/12 hằng năm.",
    "2. Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Uỷ ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội trước ngày 20/6 (báo cáo 6 tháng) và trước ngày 20/12 (báo cáo năm).",
    "3. Năm 2023, Sở Lao động - Thương binh và Xã hội tham mưu Uỷ ban nhân dân tỉnh tổ chức sơ kết giữa kỳ việc thực hiện Kế hoạch. Kết thúc giai đoạn, các sở, ban, ngành, địa phương gửi báo cáo tổng kết 5 năm thực hiện Kế hoạch về Sở Lao động - Thương binh và Xã hội trước ngày 15/10/2025 để tổng hợp, tham mưu Uỷ ban nhân dân tỉnh tổng kết.",
    "4. Ngoài báo cáo định kỳ, các cơ quan, đơn vị thực hiện báo cáo đột xuất khi có yêu cầu.",
    "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh kịp thời về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Uỷ ban nhân dân tỉnh xem xét, giải quyết./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ LĐTB&XH (b/c);",
            "- TT. Tỉnh uỷ; TT. HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành, đoàn thể tỉnh;",
            "- UBND các huyện, thị xã, thành phố;",
            "- Lưu: VT, VX.",
        ],
        ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vũ Thị Hiền Hạnh"],
    ),
]

YB_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Yên Bái giai đoạn 2021 - 2025",
    "issuer": "UBND tỉnh Yên Bái",
    "level": "province",
    "area": "Yên Bái",
    "period": {"start": 2021, "end": 2025},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29/11/2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Công văn số 1120/LĐTBXH-BĐG ngày 02/4/2021 của Bộ Lao động - Thương binh và Xã hội về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
    ],
    "parent": None,
    "objectives": [
        OBJ(
            "1",
            "Trong lĩnh vực chính trị",
            IND("1.1", YB_IND["1.1"], T(60, "%", ">=", 2025)),
            IND("1.2", YB_IND["1.2"], T(25, "%", ">=", 2025)),
        ),
        OBJ(
            "2",
            "Trong lĩnh vực kinh tế, lao động",
            IND("2.1", YB_IND["2.1"], T(42, "%", ">=", 2025, 36.5)),
            IND("2.2", YB_IND["2.2"], T(55, "%", "<", 2025)),
            IND("2.3", YB_IND["2.3"], T(22, "%", ">=", 2023), T(24, "%", ">=", 2025)),
            IND("2.4", YB_IND["2.4"], T(50, "%", ">=", 2025)),
        ),
        OBJ(
            "3",
            "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            IND("3.1", YB_IND["3.1"], T(1.8, "times", "<=", 2025)),
            IND(
                "3.2",
                YB_IND["3.2a"] + " " + YB_IND["3.2b"],
                T(75, "%", ">=", 2025, label="người bị bạo lực"),
                T(45, "%", ">=", 2025, label="người gây bạo lực"),
            ),
            IND("3.3", YB_IND["3.3"], T(100, "%", ">=", 2022)),
            IND("3.4", YB_IND["3.4"], T(70, "%", ">=", 2025)),
        ),
        OBJ(
            "4",
            "Trong lĩnh vực y tế",
            IND("4.1", YB_IND["4.1"], T(112, "boys_per_100_girls", "<=", 2025)),
            IND("4.2", YB_IND["4.2"], T(52, "per_100000_live_births", "<=", 2025)),
            IND("4.3", YB_IND["4.3"], T(28, "per_1000_women", "<=", 2025, 35)),
        ),
        OBJ(
            "5",
            "Trong lĩnh vực giáo dục, đào tạo",
            IND("5.1", YB_IND["5.1"], T(None, "bool", "=", 2025)),
            IND(
                "5.2",
                YB_IND["5.2"],
                T(95, "%", ">", 2025, label="tiểu học"),
                T(88, "%", ">", 2025, label="trung học cơ sở"),
            ),
            IND("5.3", YB_IND["5.3"], T(30, "%", ">", 2025)),
            IND(
                "5.4",
                YB_IND["5.4"],
                T(40, "%", ">=", 2025, label="thạc sĩ"),
                T(20, "%", ">=", 2025, label="tiến sĩ"),
            ),
        ),
        OBJ(
            "6",
            "Trong lĩnh vực thông tin, truyền thông",
            IND("6.1", YB_IND["6.1"], T(60, "%", ">=", 2025)),
            IND("6.2", YB_IND["6.2"], T(100, "%", ">=", 2025)),
            IND("6.3", YB_IND["6.3"], T(80, "%", ">=", 2025)),
            IND("6.4", YB_IND["6.4"], T(2, "items_per_month", ">=", 2025)),
        ),
    ],
    "assignments": [
        A(
            "Sở Lao động - Thương binh và Xã hội",
            "lead",
            "2.1",
            "2.2",
            "2.4",
            "3.2",
            "3.3",
            "3.4",
            "5.3",
            "6.1",
            "6.2",
        ),
        A("Sở Nội vụ", "lead", "1.1", "1.2"),
        A("Sở Kế hoạch và Đầu tư", "lead", "2.3"),
        A("Cục Thống kê tỉnh", "lead", "3.1"),
        A("Cục Thống kê tỉnh", "support", "2.1", "2.2"),
        A("Sở Y tế", "lead", "4.1", "4.2", "4.3"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.4"),
        A("Sở Văn hoá, Thể thao và Du lịch", "lead", "3.2"),
        A("Sở Thông tin và Truyền thông", "lead", "6.3", "6.4"),
        A("Công an tỉnh", "support", "3.3"),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", "2.3"),
    ],
    "reporting": [
        R("plan", "units", "2021-06-30"),
        R("semiannual", "units", "06-10"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-20"),
        R("midterm", "consolidator", "2023"),
        R("final", "units", "2025-10-15"),
    ],
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Đắk Lắk 2026-2030, .docx with the objectives in a layout table
# ---------------------------------------------------------------------------------------------

# Each indicator: the paragraphs of its table cell; the expected text joins them with a space.
DL_CELLS = {
    "1.1": [
        "Đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ."
    ],
    "1.2": [
        "Tỷ lệ nữ tham gia cấp ủy các cấp nhiệm kỳ 2025 - 2030 đạt từ 20% trở lên vào năm 2030."
    ],
    "2.1": ["Tăng tỷ lệ lao động nữ làm công hưởng lương lên khoảng 52% vào năm 2030."],
    "2.2": [
        "Giảm tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 45% vào năm 2030."
    ],
    "2.3": [
        "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt 28% vào năm 2028 và 30% vào năm 2030."
    ],
    "3.1": [
        "Giảm số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới xuống 1,5 lần vào năm 2030."
    ],
    "3.2": [
        "Đến năm 2030:",
        "- Đạt 90% người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản;",
        "- Đạt 70% người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn.",
    ],
    "3.3": [
        "100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng."
    ],
    "3.4": [
        "100% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
    ],
    "4.1": ["Tỷ số giới tính khi sinh ở mức 110 bé trai/100 bé gái sinh ra sống vào năm 2030."],
    "4.2": [
        "Tỷ lệ tử vong bà mẹ liên quan đến thai sản giảm xuống dưới 45/100.000 trẻ đẻ sống vào năm 2030."
    ],
    "4.3": [
        "Tỷ suất sinh ở vị thành niên giảm từ 30 ca sinh/1.000 phụ nữ năm 2025 xuống còn 25 ca sinh/1.000 phụ nữ vào năm 2030."
    ],
    "5.1": [
        "Từ năm 2026 trở đi, nội dung về giới, bình đẳng giới được lồng ghép vào chương trình giảng dạy của các cơ sở giáo dục trên địa bàn tỉnh và được giảng dạy chính thức trong các chương trình đào tạo giáo viên."
    ],
    "5.2": [
        "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục vào năm 2030:",
        "+ Cấp tiểu học đạt 99%;",
        "+ Cấp trung học cơ sở đạt 95%.",
    ],
    "5.3": [
        "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 35% vào năm 2030."
    ],
    "6.1": ["Đạt 80% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới vào năm 2030."],
    "6.2": [
        "100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới."
    ],
    "6.3": [
        "100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở."
    ],
    "6.4": [
        "Báo và Phát thanh, Truyền hình Đắk Lắk mỗi quý có ít nhất 06 tin, bài, phóng sự về bình đẳng giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới."
    ],
}

DL_OBJECTIVES = [
    (
        "1",
        "Trong lĩnh vực chính trị",
        "Tăng cường sự tham gia của phụ nữ vào các vị trí lãnh đạo, quản lý, từng bước giảm dần khoảng cách giới trong lĩnh vực chính trị.",
    ),
    (
        "2",
        "Trong lĩnh vực kinh tế, lao động",
        "Tăng cường sự tiếp cận của phụ nữ, nhất là phụ nữ đồng bào dân tộc thiểu số tại chỗ, đối với các nguồn lực kinh tế, thị trường lao động và việc làm bền vững.",
    ),
    (
        "3",
        "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "Giảm dần khoảng cách giới trong đời sống gia đình; từng bước xóa bỏ bạo lực trên cơ sở giới.",
    ),
    (
        "4",
        "Trong lĩnh vực y tế",
        "Bảo đảm bình đẳng giới trong tiếp cận và thụ hưởng các dịch vụ chăm sóc sức khỏe.",
    ),
    (
        "5",
        "Trong lĩnh vực giáo dục, đào tạo",
        "Bảo đảm bình đẳng giới trong tiếp cận giáo dục, đào tạo; nâng cao chất lượng nguồn nhân lực nữ.",
    ),
    (
        "6",
        "Trong lĩnh vực thông tin, truyền thông",
        "Nâng cao nhận thức, thay đổi hành vi về bình đẳng giới của cán bộ, công chức và Nhân dân.",
    ),
]


def _dl_table():
    rows, merges = [["Mục tiêu/Chỉ tiêu", "Nội dung (đến năm 2030)"]], []
    for code, title, desc in DL_OBJECTIVES:
        r = len(rows)
        rows.append([f"**Mục tiêu {code}: {title}**\n{desc}", ""])
        merges.append((r, 0, r, 1))
        n = 1
        while f"{code}.{n}" in DL_CELLS:
            rows.append([f"Chỉ tiêu {n}", "\n".join(DL_CELLS[f"{code}.{n}"])])
            n += 1
    return ("table", rows, merges)


def _dl_text(code):
    return " ".join(DL_CELLS[code])


DL_BLOCKS = [
    (
        "header",
        ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "", "Số: 214/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Đắk Lắk, ngày 22 tháng 4 năm 2026",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030**",
    "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
    "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Căn cứ Công văn số 1348/BNV-CTTN&BĐG ngày 20 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030;",
    "Trên cơ sở kết quả thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 của tỉnh Đắk Lắk và tỉnh Phú Yên (trước sắp xếp) và theo đề nghị của Sở Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030 như sau:",
    "**I. MỤC ĐÍCH, YÊU CẦU**",
    "1. Mục đích",
    "- Triển khai đồng bộ, hiệu quả các mục tiêu, chỉ tiêu của Chiến lược quốc gia về bình đẳng giới trong giai đoạn 2026 - 2030 trên địa bàn tỉnh sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp; xác định rõ nhiệm vụ, trách nhiệm của các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường.",
    "- Thu hẹp khoảng cách giới giữa vùng đồng bằng ven biển với vùng Tây Nguyên, giữa đồng bào Kinh với đồng bào Ê Đê, M'nông, Gia Rai và các dân tộc thiểu số khác; nâng cao vị thế, vai trò của phụ nữ trong phát triển kinh tế - xã hội của tỉnh.",
    "2. Yêu cầu",
    "- Các chỉ tiêu của Kế hoạch phải được cụ thể hóa trong kế hoạch phát triển kinh tế - xã hội hằng năm của các ngành, địa phương; bảo đảm tính khả thi, phù hợp với điều kiện thực tế.",
    "- Số liệu theo dõi, báo cáo phải có sự tách biệt giới, thống nhất với Bộ chỉ tiêu thống kê phát triển giới của quốc gia.",
    "**II. MỤC TIÊU**",
    "1. Mục tiêu tổng quát",
    "Tiếp tục thu hẹp khoảng cách giới, tạo điều kiện, cơ hội để phụ nữ và nam giới tham gia, thụ hưởng bình đẳng trong các lĩnh vực của đời sống xã hội, góp phần xây dựng tỉnh Đắk Lắk phát triển nhanh, bền vững, giàu bản sắc.",
    "2. Mục tiêu cụ thể",
    "Các mục tiêu và chỉ tiêu cụ thể đến năm 2030 được xác định như sau:",
    _dl_table(),
    "**III. NHIỆM VỤ, GIẢI PHÁP**",
    "1. Nhiệm vụ, giải pháp chung",
    "a) Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bình đẳng giới; đưa nội dung bình đẳng giới vào chương trình công tác, kế hoạch hằng năm của cơ quan, đơn vị, địa phương; đề cao trách nhiệm của người đứng đầu.",
    "b) Rà soát, hoàn thiện cơ chế, chính sách bảo đảm nguyên tắc bình đẳng giới; thực hiện lồng ghép vấn đề bình đẳng giới trong xây dựng văn bản quy phạm pháp luật, quy hoạch, kế hoạch phát triển kinh tế - xã hội của tỉnh.",
    "c) Kiện toàn đội ngũ công chức làm công tác bình đẳng giới ở cấp tỉnh và cấp xã sau sắp xếp; tổ chức tập huấn, bồi dưỡng kiến thức về giới, kỹ năng lồng ghép giới cho cán bộ, công chức, viên chức.",
    "d) Đẩy mạnh chuyển đổi số trong quản lý nhà nước về bình đẳng giới; xây dựng và cập nhật cơ sở dữ liệu thống kê về giới của tỉnh, kết nối với cơ sở dữ liệu của Bộ Nội vụ.",
    "đ) Tăng cường thanh tra, kiểm tra việc thực hiện pháp luật về bình đẳng giới; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu.",
    "2. Nhiệm vụ, giải pháp cụ thể",
    "a) Đối với Mục tiêu 1: Thực hiện quy hoạch, đào tạo, bồi dưỡng, luân chuyển cán bộ nữ; ưu tiên tạo nguồn cán bộ nữ là người dân tộc thiểu số tại chỗ, cán bộ nữ trẻ ở cấp xã; bảo đảm tỷ lệ nữ hợp lý trong cơ cấu cấp ủy, Hội đồng nhân dân các cấp và trong các cơ quan, đơn vị có đông nữ cán bộ, công chức.",
    "b) Đối với Mục tiêu 2: Hỗ trợ phụ nữ tiếp cận vốn tín dụng chính sách, chuyển giao khoa học kỹ thuật trong sản xuất cà phê, hồ tiêu, sầu riêng và nuôi trồng thủy sản ven biển; phát triển hợp tác xã, tổ hợp tác do phụ nữ làm chủ; đào tạo nghề phi nông nghiệp cho lao động nữ nông thôn gắn với nhu cầu của doanh nghiệp trong khu công nghiệp Hòa Phú, Hòa Hiệp.",
    'c) Đối với Mục tiêu 3: Duy trì, nhân rộng mô hình "Địa chỉ tin cậy", "Nhà an toàn" ở cộng đồng; nâng cao chất lượng dịch vụ tư vấn, tham vấn tại các cơ sở trợ giúp xã hội; vận động nam giới chia sẻ công việc gia đình; phát huy vai trò già làng, người có uy tín trong buôn, làng.',
    "d) Đối với Mục tiêu 4: Kiểm soát tình trạng mất cân bằng giới tính khi sinh; nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ sơ sinh ở vùng sâu, vùng xa; tăng cường tư vấn sức khỏe sinh sản cho vị thành niên, thanh niên, nhất là trong trường học và khu công nghiệp.",
    "đ) Đối với Mục tiêu 5: Lồng ghép nội dung bình đẳng giới trong hoạt động giáo dục; duy trì các lớp học tình thương, hỗ trợ học sinh dân tộc thiểu số, trẻ em gái có hoàn cảnh khó khăn đi học đúng độ tuổi; khuyến khích nữ học sinh theo học các ngành kỹ thuật, công nghệ.",
    "e) Đối với Mục tiêu 6: Đổi mới nội dung, hình thức truyền thông về bình đẳng giới trên báo chí, hệ thống thông tin cơ sở và mạng xã hội; biên soạn tài liệu truyền thông bằng tiếng Ê Đê, M'nông; tổ chức các hoạt động nhân ngày Quốc tế Phụ nữ 8/3, ngày Gia đình Việt Nam 28/6, ngày Phụ nữ Việt Nam 20/10 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12 hằng năm).",
    "3. Các chương trình, đề án ưu tiên thực hiện trong giai đoạn",
    "a) Chương trình truyền thông về bình đẳng giới đến năm 2030 trên địa bàn tỉnh; chú trọng truyền thông tại buôn, làng và trên nền tảng số, mạng xã hội.",
    "b) Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2026 - 2030; củng cố mạng lưới cộng tác viên, tư vấn viên ở cộng đồng, kết nối với các cơ sở trợ giúp xã hội, cơ sở y tế và cơ quan công an.",
    "c) Chương trình tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách; tập trung tạo nguồn cán bộ nữ cấp xã sau sắp xếp.",
    "d) Đề án kiểm soát mất cân bằng giới tính khi sinh và các dự án về chăm sóc sức khỏe sinh sản cho phụ nữ, trẻ em gái vùng đồng bào dân tộc thiểu số thuộc Chương trình mục tiêu quốc gia.",
    "đ) Đề án xây dựng cơ sở dữ liệu thống kê về giới của tỉnh, bảo đảm cập nhật số liệu theo từng xã, phường, có tách biệt giới, phục vụ theo dõi các chỉ tiêu của Kế hoạch.",
    "**IV. KINH PHÍ THỰC HIỆN**",
    "1. Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương; lồng ghép trong các chương trình mục tiêu quốc gia giai đoạn 2026 - 2030 và các chương trình, đề án có liên quan.",
    "2. Khuyến khích huy động các nguồn tài trợ, viện trợ hợp pháp của các tổ chức, cá nhân trong và ngoài nước để thực hiện Kế hoạch.",
    "**V. TỔ CHỨC THỰC HIỆN**",
    "1. Sở Nội vụ",
    "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp, đánh giá kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh, Bộ Nội vụ.",
    "- Tham mưu công tác cán bộ nữ; xây dựng kế hoạch phát triển đội ngũ nữ lãnh đạo, quản lý của tỉnh; lồng ghép nội dung bình đẳng giới trong đào tạo, bồi dưỡng cán bộ, công chức, viên chức.",
    "- Chủ trì theo dõi, tổng hợp, báo cáo: các chỉ tiêu thuộc Mục tiêu 1; Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 2; Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới); Chỉ tiêu 1, Chỉ tiêu 2 của Mục tiêu 6.",
    "2. Sở Tài chính",
    "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; lồng ghép các chỉ tiêu bình đẳng giới vào kế hoạch phát triển kinh tế - xã hội 05 năm và hằng năm của tỉnh.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo Chỉ tiêu 3 (Mục tiêu 2).",
    "3. Thống kê tỉnh",
    "- Thu thập, công bố số liệu thuộc Bộ chỉ tiêu thống kê phát triển giới của quốc gia trên địa bàn tỉnh; hỗ trợ kỹ thuật xây dựng cơ sở dữ liệu thống kê về giới.",
    "- Chủ trì thu thập, tổng hợp và báo cáo số liệu Chỉ tiêu 1 (Mục tiêu 3); phối hợp với Sở Nội vụ theo dõi, cung cấp số liệu Chỉ tiêu 1 và Chỉ tiêu 2 của Mục tiêu 2.",
    "4. Sở Y tế",
    "- Triển khai các chương trình chăm sóc sức khỏe sinh sản, kiểm soát mất cân bằng giới tính khi sinh; quản lý các cơ sở trợ giúp xã hội công lập trong việc trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
    "- Là đầu mối theo dõi, đánh giá và báo cáo kết quả thực hiện Chỉ tiêu 4 (Mục tiêu 3) và toàn bộ các chỉ tiêu của Mục tiêu 4.",
    "5. Sở Giáo dục và Đào tạo",
    "- Chỉ đạo lồng ghép giáo dục giới, bình đẳng giới, giới tính trong nhà trường; quản lý, nâng cao chất lượng giáo dục nghề nghiệp, tăng tỷ lệ nữ học sinh, sinh viên tuyển mới.",
    "- Chịu trách nhiệm theo dõi, tổng hợp và báo cáo kết quả thực hiện các chỉ tiêu thuộc Mục tiêu 5.",
    "6. Sở Văn hóa, Thể thao và Du lịch",
    "- Chủ trì công tác gia đình, phòng, chống bạo lực gia đình; quản lý hoạt động báo chí, xuất bản, thông tin cơ sở bảo đảm không có định kiến giới.",
    "- Theo dõi, tổng hợp, báo cáo Chỉ tiêu 2 của Mục tiêu 3 (số liệu về bạo lực gia đình); Chỉ tiêu 3, Chỉ tiêu 4 của Mục tiêu 6.",
    "7. Công an tỉnh",
    "- Chủ trì phòng, chống mua bán người; tiếp nhận, xác minh, bảo vệ nạn nhân bị mua bán; xử lý nghiêm các hành vi bạo lực gia đình, xâm hại phụ nữ, trẻ em.",
    "- Theo dõi, tổng hợp và báo cáo Chỉ tiêu 3 (Mục tiêu 3); phối hợp cung cấp số liệu về người gây bạo lực thuộc Chỉ tiêu 2 (Mục tiêu 3).",
    "8. Sở Dân tộc và Tôn giáo",
    "Vận động đồng bào các dân tộc thiểu số, chức sắc, chức việc các tôn giáo thực hiện bình đẳng giới, xóa bỏ tảo hôn, hôn nhân cận huyết thống; phối hợp với Sở Giáo dục và Đào tạo theo dõi, cung cấp số liệu Chỉ tiêu 2 của Mục tiêu 5 đối với học sinh dân tộc thiểu số.",
    "9. Sở Tư pháp",
    "Thẩm định việc lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh; tăng cường trợ giúp pháp lý cho phụ nữ là nạn nhân bạo lực, nạn nhân bị mua bán.",
    "10. Báo và Phát thanh, Truyền hình Đắk Lắk",
    "Xây dựng chuyên trang, chuyên mục về bình đẳng giới; tăng cường thời lượng phát sóng bằng tiếng dân tộc thiểu số; phản ánh gương điển hình và kịp thời đấu tranh với các biểu hiện định kiến giới.",
    "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
    "Tham gia giám sát, phản biện xã hội đối với việc thực hiện chính sách, pháp luật về bình đẳng giới; Hội Liên hiệp Phụ nữ tỉnh tiếp tục triển khai các phong trào thi đua, hỗ trợ phụ nữ khởi nghiệp, giới thiệu cán bộ nữ ưu tú để quy hoạch.",
    "12. Ủy ban nhân dân các xã, phường",
    "Căn cứ Kế hoạch này, ban hành kế hoạch thực hiện giai đoạn 2026 - 2030 của địa phương trước ngày 31/5/2026 và gửi về Sở Nội vụ; bố trí công chức văn hóa - xã hội theo dõi công tác bình đẳng giới; thực hiện chế độ báo cáo theo quy định.",
    "**VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**",
    "1. Báo cáo định kỳ: Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ: báo cáo 06 tháng trước ngày 05 tháng 6; báo cáo năm trước ngày 05 tháng 12 hằng năm. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Nội vụ trước ngày 15 tháng 6 (báo cáo 06 tháng) và trước ngày 15 tháng 12 (báo cáo năm) hằng năm.",
    "2. Sơ kết giữa kỳ: Các cơ quan, đơn vị, địa phương gửi báo cáo sơ kết 03 năm thực hiện Kế hoạch về Sở Nội vụ trước ngày 30/9/2028; Sở Nội vụ tổng hợp, trình Ủy ban nhân dân tỉnh tổ chức sơ kết trước ngày 31/10/2028.",
    "3. Tổng kết: Trước ngày 05/10/2030, các cơ quan, đơn vị, địa phương gửi báo cáo tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2030 về Sở Nội vụ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh tổng kết.",
    "4. Báo cáo đột xuất: thực hiện theo yêu cầu của cơ quan có thẩm quyền.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh cho phù hợp./.",
    (
        "header",
        [
            "Nơi nhận:",
            "- Bộ Nội vụ (b/c);",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- CT, các PCT UBND tỉnh;",
            "- UBMTTQ VN tỉnh;",
            "- Các sở, ban, ngành, đoàn thể tỉnh;",
            "- UBND các xã, phường;",
            "- Lưu: VT, KGVX.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Y Ngông Niê Kdăm"],
    ),
]

DL_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới tỉnh Đắk Lắk giai đoạn 2026 - 2030",
    "issuer": "UBND tỉnh Đắk Lắk",
    "level": "province",
    "area": "Đắk Lắk",
    "period": {"start": 2026, "end": 2030},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29 tháng 11 năm 2006",
        "Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Công văn số 1348/BNV-CTTN&BĐG ngày 20 tháng 3 năm 2026 của Bộ Nội vụ về việc hướng dẫn xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030",
    ],
    "parent": None,
    "objectives": [
        OBJ(
            "1",
            "Trong lĩnh vực chính trị",
            IND("1.1", _dl_text("1.1"), T(75, "%", ">=", 2030)),
            IND("1.2", _dl_text("1.2"), T(20, "%", ">=", 2030)),
        ),
        OBJ(
            "2",
            "Trong lĩnh vực kinh tế, lao động",
            IND("2.1", _dl_text("2.1"), T(52, "%", "=", 2030)),
            IND("2.2", _dl_text("2.2"), T(45, "%", "<", 2030)),
            IND("2.3", _dl_text("2.3"), T(28, "%", ">=", 2028), T(30, "%", ">=", 2030)),
        ),
        OBJ(
            "3",
            "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
            IND("3.1", _dl_text("3.1"), T(1.5, "times", "<=", 2030)),
            IND(
                "3.2",
                _dl_text("3.2"),
                T(90, "%", ">=", 2030, label="người bị bạo lực"),
                T(70, "%", ">=", 2030, label="người gây bạo lực"),
            ),
            IND("3.3", _dl_text("3.3"), T(100, "%", ">=", 2030)),
            IND("3.4", _dl_text("3.4"), T(100, "%", ">=", 2030)),
        ),
        OBJ(
            "4",
            "Trong lĩnh vực y tế",
            IND("4.1", _dl_text("4.1"), T(110, "boys_per_100_girls", "=", 2030)),
            IND("4.2", _dl_text("4.2"), T(45, "per_100000_live_births", "<", 2030)),
            IND("4.3", _dl_text("4.3"), T(25, "per_1000_women", "<=", 2030, 30)),
        ),
        OBJ(
            "5",
            "Trong lĩnh vực giáo dục, đào tạo",
            IND("5.1", _dl_text("5.1"), T(None, "bool", "=", 2026)),
            IND(
                "5.2",
                _dl_text("5.2"),
                T(99, "%", ">=", 2030, label="tiểu học"),
                T(95, "%", ">=", 2030, label="trung học cơ sở"),
            ),
            IND("5.3", _dl_text("5.3"), T(35, "%", ">", 2030)),
        ),
        OBJ(
            "6",
            "Trong lĩnh vực thông tin, truyền thông",
            IND("6.1", _dl_text("6.1"), T(80, "%", ">=", 2030)),
            IND("6.2", _dl_text("6.2"), T(100, "%", ">=", 2030)),
            IND("6.3", _dl_text("6.3"), T(100, "%", ">=", 2030)),
            IND("6.4", _dl_text("6.4"), T(6, "items_per_quarter", ">=", 2030)),
        ),
    ],
    "assignments": [
        A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "3.2", "6.1", "6.2"),
        A("Sở Tài chính", "lead", "2.3"),
        A("Thống kê tỉnh", "lead", "3.1"),
        A("Thống kê tỉnh", "support", "2.1", "2.2"),
        A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "6.3", "6.4"),
        A("Công an tỉnh", "lead", "3.3"),
        A("Công an tỉnh", "support", "3.2"),
        A("Sở Dân tộc và Tôn giáo", "support", "5.2"),
    ],
    "reporting": [
        R("semiannual", "units", "06-05"),
        R("annual", "units", "12-05"),
        R("semiannual", "consolidator", "06-15"),
        R("annual", "consolidator", "12-15"),
        R("midterm", "units", "2028-09-30"),
        R("midterm", "consolidator", "2028-10-31"),
        R("final", "units", "2030-10-05"),
        R("plan", "units", "2026-05-31"),
    ],
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Quảng Ngãi 2026 (annual), .md exported from the provincial web portal
# ---------------------------------------------------------------------------------------------

QN_GROUPS = [
    ("I", "1", "Trong lĩnh vực chính trị"),
    ("II", "2", "Trong lĩnh vực kinh tế, lao động"),
    ("III", "3", "Trong đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
    ("IV", "4", "Trong lĩnh vực y tế"),
    ("V", "5", "Trong lĩnh vực giáo dục, đào tạo"),
    ("VI", "6", "Trong lĩnh vực thông tin, truyền thông"),
]

# (indicator code, TT cell, indicator cell, unit cell, 2025 result cell, 2026 plan cell, note cell)
QN_ROWS = [
    (
        "1.1",
        "1",
        "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        "%",
        "61,5",
        "63",
        "",
    ),
    ("1.2", "2", "Tỷ lệ nữ tham gia cấp ủy cấp xã", "%", "21,3", "Trên 22", ""),
    ("2.1", "1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "47,2", "49", ""),
    (
        "2.2",
        "2",
        "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm",
        "%",
        "38,6",
        "Dưới 37",
        "",
    ),
    ("2.3", "3", "Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã", "%", "26,8", "27,5", ""),
    (
        "3.1",
        "1",
        "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới",
        "Lần",
        "1,7",
        "≤ 1,65",
        "Số liệu điều tra",
    ),
    (
        "3.2",
        "2",
        "Người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản",
        "%",
        "84",
        "86",
        "",
    ),
    (
        "3.2",
        "",
        "Người gây bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn",
        "%",
        "58",
        "62",
        "",
    ),
    (
        "3.3",
        "3",
        "Nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng",
        "%",
        "100",
        "100",
        "",
    ),
    (
        "3.4",
        "4",
        "Cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        "%",
        "80",
        "90",
        "",
    ),
    (
        "3.5",
        "5",
        "Mô hình, câu lạc bộ phòng, chống bạo lực gia đình, bình đẳng giới duy trì hoạt động hiệu quả ở xã, phường",
        "Mô hình",
        "112",
        "125",
        "Chỉ tiêu riêng của tỉnh",
    ),
    ("4.1", "1", "Tỷ số giới tính khi sinh", "Bé trai/100 bé gái", "111,4", "≤ 110,5", ""),
    (
        "4.2",
        "2",
        "Tỷ lệ tử vong bà mẹ liên quan đến thai sản",
        "Ca/100.000 trẻ đẻ sống",
        "44",
        "Dưới 43",
        "",
    ),
    ("4.3", "3", "Tỷ suất sinh ở vị thành niên", "Ca sinh/1.000 phụ nữ", "21", "Giảm còn 20", ""),
    (
        "5.1",
        "1",
        "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học",
        "%",
        "97,8",
        "98,2",
        "",
    ),
    (
        "5.2",
        "2",
        "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục trung học cơ sở",
        "%",
        "90,5",
        "92",
        "",
    ),
    (
        "5.3",
        "3",
        "Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp",
        "%",
        "33,4",
        "Trên 34",
        "",
    ),
    ("6.1", "1", "Dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", "68", "71", ""),
    (
        "6.2",
        "2",
        "Xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở",
        "%",
        "92",
        "100",
        "",
    ),
    (
        "6.3",
        "3",
        "Tin, bài, phóng sự về bình đẳng giới trên Báo và Phát thanh, Truyền hình Quảng Ngãi",
        "Tin, bài/quý",
        "10",
        "Ít nhất 12",
        "",
    ),
]

QN_TARGETS = {
    "1.1": [T(63, "%", ">=", 2026, 61.5)],
    "1.2": [T(22, "%", ">", 2026, 21.3)],
    "2.1": [T(49, "%", ">=", 2026, 47.2)],
    "2.2": [T(37, "%", "<", 2026, 38.6)],
    "2.3": [T(27.5, "%", ">=", 2026, 26.8)],
    "3.1": [T(1.65, "times", "<=", 2026, 1.7)],
    "3.2": [
        T(86, "%", ">=", 2026, 84, "người bị bạo lực"),
        T(62, "%", ">=", 2026, 58, "người gây bạo lực"),
    ],
    "3.3": [T(100, "%", ">=", 2026, 100)],
    "3.4": [T(90, "%", ">=", 2026, 80)],
    "3.5": [T(125, "count", ">=", 2026, 112)],
    "4.1": [T(110.5, "boys_per_100_girls", "<=", 2026, 111.4)],
    "4.2": [T(43, "per_100000_live_births", "<", 2026, 44)],
    "4.3": [T(20, "per_1000_women", "<=", 2026, 21)],
    "5.1": [T(98.2, "%", ">=", 2026, 97.8)],
    "5.2": [T(92, "%", ">=", 2026, 90.5)],
    "5.3": [T(34, "%", ">", 2026, 33.4)],
    "6.1": [T(71, "%", ">=", 2026, 68)],
    "6.2": [T(100, "%", ">=", 2026, 92)],
    "6.3": [T(12, "items_per_quarter", ">=", 2026, 10)],
}


def _qn_table():
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2025", "Kế hoạch năm 2026", "Ghi chú"]]
    for roman, ocode, title in QN_GROUPS:
        rows.append([f"**{roman}**", f"**Mục tiêu {ocode}: {title}**", "", "", "", ""])
        for code, tt, text, unit, res, plan, note in QN_ROWS:
            if code.split(".")[0] == ocode:
                rows.append([tt, text, unit, res, plan, note])
    return ("table", rows)


def _qn_objectives():
    objs = []
    for _roman, ocode, title in QN_GROUPS:
        inds, seen = [], {}
        for code, _tt, text, *_ in QN_ROWS:
            if code.split(".")[0] != ocode:
                continue
            if code in seen:
                seen[code]["text"] += "; " + text
                continue
            seen[code] = IND(code, text, *QN_TARGETS[code])
            inds.append(seen[code])
        objs.append(OBJ(ocode, title, *inds))
    return objs


QN_BLOCKS = [
    "[Trang chủ](https://quangngai.gov.vn/) › [Văn bản chỉ đạo, điều hành](https://quangngai.gov.vn/van-ban-chi-dao-dieu-hanh) › Kế hoạch thực hiện công tác bình đẳng giới năm 2026",
    "*Cập nhật: 14/5/2026 08:37 | Lượt xem: 1.268 | [In trang](javascript:window.print()) | [Gửi email](mailto:?subject=KH-BDG-2026)*",
    "# Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi năm 2026",
    (
        "header",
        ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 167/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "*Quảng Ngãi, ngày 12 tháng 5 năm 2026*",
        ],
    ),
    "**KẾ HOẠCH**",
    "**Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi năm 2026**",
    "Căn cứ [Luật Bình đẳng giới](https://vbpl.vn/luat-binh-dang-gioi-2006) ngày 29/11/2006;",
    "Căn cứ [Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ](https://vanban.chinhphu.vn/nq-28-2021) ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;",
    "Thực hiện Kế hoạch số 95/KH-UBND ngày 10/4/2026 của UBND tỉnh Quảng Ngãi về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh; Công văn số 1012/BNV-CTTN&BĐG ngày 18/3/2026 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2026;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026, cụ thể như sau:",
    "## KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2025",
    "Năm 2025, trong bối cảnh thực hiện sắp xếp đơn vị hành chính, hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, tổ chức chính quyền địa phương hai cấp, công tác bình đẳng giới và vì sự tiến bộ của phụ nữ của tỉnh vẫn được duy trì, đạt được một số kết quả:",
    '- Công tác chỉ đạo, điều hành được quan tâm; UBND tỉnh (cũ) ban hành Kế hoạch năm 2025 và tổ chức Tháng hành động vì bình đẳng giới với chủ đề "Chung tay chấm dứt bạo lực trên cơ sở giới"; 100% sở, ngành, địa phương xây dựng kế hoạch hưởng ứng.',
    "- Về chính trị: tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ đạt 61,5%; sau sắp xếp, có 31/96 xã, phường, đặc khu có nữ giữ chức danh chủ chốt.",
    "- Về kinh tế, lao động: giải quyết việc làm cho 28.450 lượt lao động, trong đó lao động nữ chiếm 48,6%; tỷ lệ lao động nữ làm công hưởng lương đạt 47,2%; 1.120 phụ nữ được hỗ trợ vay vốn khởi nghiệp.",
    "- Về gia đình, phòng chống bạo lực: toàn tỉnh phát hiện 214 vụ bạo lực gia đình (giảm 9,3% so với năm 2024); 84% người bị bạo lực được tiếp cận dịch vụ hỗ trợ cơ bản; 112 mô hình, câu lạc bộ duy trì hoạt động.",
    "- Về y tế, giáo dục, thông tin: tỷ số giới tính khi sinh là 111,4 bé trai/100 bé gái; tỷ suất sinh ở vị thành niên là 21 ca sinh/1.000 phụ nữ; tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới ước đạt 68%.",
    "Bên cạnh kết quả đạt được, vẫn còn một số tồn tại, hạn chế: số liệu tách biệt giới ở cấp xã chưa đầy đủ, chậm cập nhật do biến động về tổ chức bộ máy; tình trạng tảo hôn vẫn còn xảy ra ở các xã vùng cao thuộc khu vực Kon Tum (cũ); kinh phí bố trí cho công tác bình đẳng giới ở cơ sở còn hạn chế; đội ngũ công chức theo dõi bình đẳng giới cấp xã chủ yếu kiêm nhiệm, mới được bố trí sau sắp xếp.",
    "## I. MỤC ĐÍCH, YÊU CẦU",
    "1) Triển khai kịp thời, hiệu quả Kế hoạch giai đoạn 2026 - 2030 của tỉnh trong năm đầu thực hiện, trên địa bàn tỉnh Quảng Ngãi sau hợp nhất với tỉnh Kon Tum; tạo chuyển biến rõ nét ở các xã vùng đồng bào dân tộc thiểu số, vùng biên giới và huyện đảo Lý Sơn (nay là đặc khu Lý Sơn).",
    "2) Xác định cụ thể nhiệm vụ, chỉ tiêu năm 2026 và trách nhiệm theo dõi, báo cáo của từng cơ quan, đơn vị, địa phương; các chỉ tiêu phải được lượng hóa, có số liệu tách biệt giới.",
    "3) Các cơ quan, đơn vị được giao theo dõi chỉ tiêu phải chủ động thu thập số liệu, đánh giá mức độ hoàn thành so với kết quả năm 2025, kịp thời đề xuất giải pháp đối với các chỉ tiêu có nguy cơ không đạt.",
    "4) Gắn việc thực hiện Kế hoạch với các phong trào thi đua, các chương trình mục tiêu quốc gia và nhiệm vụ chính trị của từng cơ quan, đơn vị.",
    "## II. MỤC TIÊU",
    "**1. Mục tiêu chung**",
    "Tiếp tục thu hẹp khoảng cách giới, bảo đảm để phụ nữ và nam giới được tham gia, thụ hưởng bình đẳng trong các lĩnh vực chính trị, kinh tế, văn hóa, xã hội và gia đình; phòng ngừa, ứng phó hiệu quả với bạo lực trên cơ sở giới, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026 của tỉnh.",
    "**2. Mục tiêu cụ thể**",
    "Phấn đấu hoàn thành các chỉ tiêu năm 2026 thuộc 06 mục tiêu của Kế hoạch giai đoạn 2026 - 2030, gồm: Mục tiêu 1 (chính trị), Mục tiêu 2 (kinh tế, lao động), Mục tiêu 3 (đời sống gia đình và phòng ngừa, ứng phó với bạo lực trên cơ sở giới), Mục tiêu 4 (y tế), Mục tiêu 5 (giáo dục, đào tạo) và Mục tiêu 6 (thông tin, truyền thông). *Chi tiết các chỉ tiêu tại Phụ lục kèm theo Kế hoạch này.*",
    "## III. NHIỆM VỤ TRỌNG TÂM",
    "1) **Công tác chỉ đạo, điều hành:** Quán triệt, triển khai Kế hoạch giai đoạn 2026 - 2030 đến các sở, ban, ngành và 96 xã, phường, đặc khu; kiện toàn Ban Vì sự tiến bộ của phụ nữ tỉnh sau sắp xếp; đưa chỉ tiêu bình đẳng giới vào đánh giá, xếp loại thi đua năm 2026.",
    "2) **Hoàn thiện thể chế, chính sách:** Rà soát các văn bản quy phạm pháp luật của tỉnh để bảo đảm nguyên tắc bình đẳng giới; thực hiện đánh giá tác động giới trong các dự thảo nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ sản xuất, đào tạo nghề, an sinh xã hội.",
    "3) **Truyền thông, nâng cao nhận thức:** Tổ chức các hoạt động hưởng ứng Ngày Quốc tế Phụ nữ 8/3, Tháng hành động quốc gia về phòng, chống bạo lực gia đình (tháng 6), Ngày Gia đình Việt Nam 28/6 và Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (từ 15/11 đến 15/12/2026); đẩy mạnh truyền thông trên nền tảng số, mạng xã hội và bằng tiếng Ca Dong, Xơ Đăng, Hrê.",
    "4) **Phòng ngừa, ứng phó với bạo lực trên cơ sở giới:** Duy trì, nâng cao chất lượng hoạt động của các mô hình, câu lạc bộ ở cộng đồng; duy trì [đường dây nóng của tỉnh](https://quangngai.gov.vn/duong-day-nong) hỗ trợ nạn nhân; tăng cường phối hợp liên ngành trong phát hiện, tiếp nhận, hỗ trợ nạn nhân bị bạo lực, bị mua bán.",
    "5) **Nâng cao năng lực:** Tập huấn cho công chức văn hóa - xã hội cấp xã, cán bộ hội phụ nữ, người có uy tín trong cộng đồng về lồng ghép giới, thu thập số liệu tách biệt giới; cập nhật cơ sở dữ liệu thống kê về giới của tỉnh.",
    "6) **Phát triển kinh tế, việc làm cho phụ nữ:** Lồng ghép hỗ trợ phụ nữ trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; hỗ trợ phụ nữ khởi nghiệp, thành lập tổ hợp tác, hợp tác xã gắn với sản phẩm OCOP như sâm Ngọc Linh, quế Trà Bồng, tỏi Lý Sơn; tư vấn, giới thiệu việc làm cho lao động nữ tại các khu công nghiệp Dung Quất, VSIP Quảng Ngãi.",
    "7) **Chăm sóc sức khỏe, giáo dục:** Tăng cường truyền thông kiểm soát mất cân bằng giới tính khi sinh; tư vấn sức khỏe sinh sản cho vị thành niên; vận động trẻ em gái dân tộc thiểu số đi học đúng độ tuổi, hạn chế bỏ học giữa chừng, nhất là ở các xã vùng cao.",
    "8) **Kiểm tra, giám sát:** Tổ chức kiểm tra liên ngành việc thực hiện pháp luật về bình đẳng giới tại 08 sở, ngành và 15 xã, phường trong năm 2026.",
    "## IV. KINH PHÍ",
    "Kinh phí thực hiện được bố trí trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị, địa phương theo phân cấp; lồng ghép từ các chương trình mục tiêu quốc gia và các nguồn huy động hợp pháp khác.",
    "Các sở, ban, ngành, đoàn thể tỉnh và UBND các xã, phường, đặc khu chủ động cân đối, sử dụng kinh phí được giao để tổ chức các hoạt động theo Kế hoạch; ưu tiên kinh phí cho hoạt động truyền thông ở cơ sở, hỗ trợ nạn nhân bạo lực gia đình và tập huấn cho công chức cấp xã mới được bố trí. Sở Tài chính hướng dẫn việc lập dự toán, sử dụng và thanh quyết toán kinh phí theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.",
    "Khuyến khích các cơ quan, đơn vị huy động sự hỗ trợ của doanh nghiệp, các tổ chức quốc tế, tổ chức phi chính phủ đang hoạt động trên địa bàn tỉnh cho các hoạt động về bình đẳng giới, phòng ngừa và ứng phó với bạo lực trên cơ sở giới, bảo đảm công khai, minh bạch và đúng quy định.",
    "## V. TỔ CHỨC THỰC HIỆN",
    "1) **Sở Nội vụ**: Là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, địa phương thực hiện Kế hoạch; chủ trì tổ chức Tháng hành động vì bình đẳng giới năm 2026; theo dõi, tổng hợp và báo cáo các chỉ tiêu thuộc Mục tiêu 1; chỉ tiêu 1, 2 thuộc Mục tiêu 2; chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực trên cơ sở giới) và chỉ tiêu 1 thuộc Mục tiêu 6 tại Phụ lục.",
    "2) **Sở Tài chính**: Tham mưu bố trí kinh phí thực hiện Kế hoạch; chủ trì theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 2.",
    "3) **Thống kê tỉnh**: Cung cấp số liệu thống kê giới của tỉnh năm 2025; chủ trì thu thập, báo cáo chỉ tiêu 1 thuộc Mục tiêu 3.",
    "4) **Sở Y tế**: Triển khai các giải pháp kiểm soát mất cân bằng giới tính khi sinh, chăm sóc sức khỏe bà mẹ, trẻ em; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 4 thuộc Mục tiêu 3 và các chỉ tiêu thuộc Mục tiêu 4.",
    "5) **Sở Giáo dục và Đào tạo**: Lồng ghép giáo dục giới, bình đẳng giới trong nhà trường; chịu trách nhiệm theo dõi, báo cáo các chỉ tiêu thuộc Mục tiêu 5.",
    "6) **Sở Văn hóa, Thể thao và Du lịch**: Chủ trì công tác phòng, chống bạo lực gia đình; theo dõi, báo cáo chỉ tiêu 2 thuộc Mục tiêu 3 (số liệu về bạo lực gia đình), chỉ tiêu 5 thuộc Mục tiêu 3 và chỉ tiêu 2 thuộc Mục tiêu 6; phối hợp với Báo và Phát thanh, Truyền hình Quảng Ngãi theo dõi chỉ tiêu 3 thuộc Mục tiêu 6.",
    "7) **Công an tỉnh**: Chủ trì phòng, chống mua bán người; theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 3.",
    '8) **Báo và Phát thanh, Truyền hình Quảng Ngãi**: Duy trì chuyên mục "Bình đẳng giới" trên báo in, báo điện tử và sóng phát thanh, truyền hình; chịu trách nhiệm theo dõi, báo cáo chỉ tiêu 3 thuộc Mục tiêu 6.',
    "9) **Sở Tư pháp**: Thẩm định nội dung lồng ghép vấn đề bình đẳng giới trong các dự thảo văn bản quy phạm pháp luật của tỉnh; tổ chức trợ giúp pháp lý lưu động cho phụ nữ vùng đồng bào dân tộc thiểu số, phụ nữ là nạn nhân bạo lực gia đình.",
    "10) **Sở Dân tộc và Tôn giáo**: Phối hợp tuyên truyền, vận động đồng bào dân tộc thiểu số xóa bỏ tảo hôn, hôn nhân cận huyết thống; phát huy vai trò người có uy tín, chức sắc tôn giáo trong thực hiện bình đẳng giới.",
    "11) **Sở Nông nghiệp và Môi trường**: Lồng ghép nội dung bình đẳng giới trong các chương trình khuyến nông, chuyển giao kỹ thuật, phát triển hợp tác xã nông nghiệp; ưu tiên phụ nữ nông thôn tham gia các lớp tập huấn, mô hình sinh kế thích ứng với biến đổi khí hậu.",
    "12) **Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh** và các tổ chức chính trị - xã hội tham gia tuyên truyền, giám sát việc thực hiện Kế hoạch. Hội Liên hiệp Phụ nữ tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch theo dõi, cung cấp số liệu về chỉ tiêu 5 thuộc Mục tiêu 3.",
    "13) **Ủy ban nhân dân các xã, phường, đặc khu**: Ban hành kế hoạch thực hiện công tác bình đẳng giới năm 2026 của địa phương trước ngày 30/5/2026; bố trí kinh phí, công chức theo dõi; thực hiện báo cáo theo quy định.",
    "## VI. CHẾ ĐỘ BÁO CÁO",
    "1) Các sở, ban, ngành, đoàn thể tỉnh và UBND các xã, phường, đặc khu báo cáo kết quả thực hiện Kế hoạch (kèm biểu số liệu theo Phụ lục, có tách biệt giới) về Sở Nội vụ: báo cáo 6 tháng trước ngày **12/6/2026**; báo cáo năm trước ngày **10/12/2026**.",
    "2) Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày **20/6/2026** (báo cáo 6 tháng) và trước ngày **20/12/2026** (báo cáo năm).",
    "3) Báo cáo đột xuất thực hiện theo yêu cầu của UBND tỉnh và Bộ Nội vụ.",
    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi năm 2026. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
    "**TM. ỦY BAN NHÂN DÂN**  \n**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**  \n*(Đã ký)*  \nĐinh Thị Hồng Minh",
    "*Nơi nhận:* Bộ Nội vụ (b/c); TT Tỉnh ủy, TT HĐND tỉnh; CT, các PCT UBND tỉnh; các sở, ban, ngành, đoàn thể tỉnh; UBND các xã, phường, đặc khu; Lưu: VT, KGVX.",
    "### PHỤ LỤC",
    "**CHỈ TIÊU THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026**  \n*(Kèm theo Kế hoạch số 167/KH-UBND ngày 12/5/2026 của UBND tỉnh Quảng Ngãi)*",
    _qn_table(),
    "---",
    "**Tệp đính kèm:** [167-KH-UBND-2026.pdf](https://quangngai.gov.vn/Uploads/2026/5/167-KH-UBND.pdf) (412 KB) · [Phu-luc-chi-tieu-BDG-2026.xlsx](https://quangngai.gov.vn/Uploads/2026/5/Phu-luc-BDG-2026.xlsx) (36 KB)",
    "**Tin liên quan:**",
    "- [Hội nghị triển khai Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030](https://quangngai.gov.vn/tin-tuc/hoi-nghi-trien-khai-bdg-2026-2030) *(24/4/2026)*",
    "- [Tập huấn kỹ năng lồng ghép giới cho công chức văn hóa - xã hội cấp xã](https://quangngai.gov.vn/tin-tuc/tap-huan-long-ghep-gioi) *(07/5/2026)*",
    "- [Quảng Ngãi: 100% xã, phường có mô hình phòng, chống bạo lực gia đình](https://quangngai.gov.vn/tin-tuc/mo-hinh-pcbl-gia-dinh) *(02/3/2026)*",
    "© Cổng thông tin điện tử tỉnh Quảng Ngãi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
]

QN_EXPECTED = {
    "format": "gem.plan/1",
    "title": "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi năm 2026",
    "issuer": "UBND tỉnh Quảng Ngãi",
    "level": "province",
    "area": "Quảng Ngãi",
    "period": {"start": 2026, "end": 2026},
    "legal_bases": [
        "Luật Bình đẳng giới ngày 29/11/2006",
        "Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
        "Kế hoạch số 95/KH-UBND ngày 10/4/2026 của UBND tỉnh Quảng Ngãi về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 - 2030 trên địa bàn tỉnh",
        "Công văn số 1012/BNV-CTTN&BĐG ngày 18/3/2026 của Bộ Nội vụ về hướng dẫn triển khai công tác bình đẳng giới năm 2026",
    ],
    "parent": "Kế hoạch số 95/KH-UBND ngày 10/4/2026 của UBND tỉnh Quảng Ngãi",
    "objectives": _qn_objectives(),
    "assignments": [
        A("Sở Nội vụ", "lead", "1.1", "1.2", "2.1", "2.2", "3.2", "6.1"),
        A("Sở Tài chính", "lead", "2.3"),
        A("Thống kê tỉnh", "lead", "3.1"),
        A("Sở Y tế", "lead", "3.4", "4.1", "4.2", "4.3"),
        A("Sở Giáo dục và Đào tạo", "lead", "5.1", "5.2", "5.3"),
        A("Sở Văn hóa, Thể thao và Du lịch", "lead", "3.2", "3.5", "6.2"),
        A("Sở Văn hóa, Thể thao và Du lịch", "support", "6.3"),
        A("Công an tỉnh", "lead", "3.3"),
        A("Báo và Phát thanh, Truyền hình Quảng Ngãi", "lead", "6.3"),
        A("Hội Liên hiệp Phụ nữ tỉnh", "support", "3.5"),
    ],
    "reporting": [
        R("plan", "units", "2026-05-30"),
        R("semiannual", "units", "06-12"),
        R("annual", "units", "12-10"),
        R("semiannual", "consolidator", "06-20"),
        R("annual", "consolidator", "12-20"),
    ],
}


PLANS = [
    {
        "name": "r6d-yen-bai-2021-2025",
        "ext": "txt",
        "encoding": "tcvn3",
        "blocks": YB_BLOCKS,
        "expected": YB_EXPECTED,
    },
    {
        "name": "r6d-dak-lak-2026-2030",
        "ext": "docx",
        "cell_paragraphs": True,
        "blocks": DL_BLOCKS,
        "expected": DL_EXPECTED,
    },
    {"name": "r6d-quang-ngai-2026", "ext": "md", "blocks": QN_BLOCKS, "expected": QN_EXPECTED},
]
