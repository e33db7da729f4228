# Nhãn của các danh mục mã trong định dạng và của các trạng thái riêng của cổng thông tin: `<list>-<code>`.

## domain
domain-agriculture = Nông nghiệp hiện đại
domain-food = Chế biến và an toàn thực phẩm
domain-renewable_energy = Năng lượng tái tạo
domain-energy_efficiency = Hiệu quả và lưu trữ năng lượng
domain-water = Nước và vệ sinh môi trường
domain-environment = Bảo vệ môi trường và kinh tế tuần hoàn
domain-health = Y tế và y sinh học
domain-digital = Kinh tế số và thành phố thông minh
domain-manufacturing = Sản xuất tiên tiến
domain-materials = Vật liệu mới
domain-marine = Biển và thủy sản
domain-forestry = Lâm nghiệp và đa dạng sinh học
domain-transport = Giao thông vận tải và logistics
domain-disaster = Phòng chống thiên tai và thích ứng khí hậu

## institution_kind
institution_kind-university = Trường đại học
institution_kind-research_institute = Viện nghiên cứu
institution_kind-enterprise = Doanh nghiệp
institution_kind-tech_transfer_centre = Trung tâm chuyển giao công nghệ
institution_kind-government_agency = Cơ quan nhà nước
institution_kind-association = Hiệp hội

## ip_kind
ip_kind-patent_granted = Bằng sáng chế đã được cấp
ip_kind-patent_pending = Sáng chế đang chờ cấp bằng
ip_kind-software_copyright = Quyền tác giả phần mềm
ip_kind-plant_variety = Quyền đối với giống cây trồng
ip_kind-know_how = Bí quyết kỹ thuật
ip_kind-open = Mở (không hạn chế)

## cooperation_mode
cooperation_mode-licence = Li-xăng
cooperation_mode-transfer = Chuyển nhượng toàn bộ quyền
cooperation_mode-joint_development = Cùng phát triển
cooperation_mode-joint_venture = Liên doanh
cooperation_mode-technical_service = Dịch vụ kỹ thuật
cooperation_mode-equipment_supply = Cung cấp thiết bị
cooperation_mode-training = Đào tạo

## budget_band
budget_band-under_50k = Dưới 50.000 USD
budget_band-50k_500k = 50.000 – 500.000 USD
budget_band-500k_5m = 500.000 USD – 5 triệu USD
budget_band-over_5m = Trên 5 triệu USD

## org_kind
org_kind-sme = Doanh nghiệp nhỏ và vừa
org_kind-large_enterprise = Doanh nghiệp lớn
org_kind-government = Cơ quan nhà nước
org_kind-university = Trường đại học
org_kind-research_institute = Viện nghiên cứu
org_kind-ngo = Tổ chức phi chính phủ
org_kind-cooperative = Hợp tác xã

## language
language-en = English
language-zh = 中文
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-vi = Tiếng Việt
language-th = ภาษาไทย
language-km = ភាសាខ្មែរ
language-lo = ພາສາລາວ
language-my = မြန်မာဘာသာ
language-fil = Filipino

## entry_status
entry_status-draft = Bản nháp
entry_status-submitted = Đã gửi xét duyệt
entry_status-published = Đã công bố
entry_status-changes_requested = Cần chỉnh sửa
entry_status-rejected = Bị từ chối
entry_status-archived = Đã lưu trữ
entry_status-expired = Hết hạn: không được xác nhận trong một năm

## entry_kind
entry_kind-technology = Công nghệ
entry_kind-need = Nhu cầu

## user_role
user_role-firm = Thành viên doanh nghiệp hoặc tổ chức ASEAN
user_role-institution = Thành viên cơ quan
user_role-staff = Nhân viên liên minh
user_role-admin = Quản trị viên liên minh

## revision_status
revision_status-draft = Bản nháp
revision_status-submitted = Đang chờ xét duyệt
revision_status-changes_requested = Cần chỉnh sửa
revision_status-approved = Đã phê duyệt
revision_status-rejected = Bị từ chối
revision_status-withdrawn = Đã rút lại

## dismissal_reason
dismissal_reason-not_relevant = Không phù hợp
dismissal_reason-trl_too_low = Mức độ sẵn sàng quá thấp
dismissal_reason-too_costly = Chi phí quá cao
dismissal_reason-ip_not_available = Không có quyền sở hữu trí tuệ
dismissal_reason-other = Lý do khác

## match_verdict
match_verdict-confirmed = Đã xác nhận
match_verdict-dismissed = Đã loại

## introduction_stage
introduction_stage-requested = Đã yêu cầu
introduction_stage-accepted = Đã chấp nhận
introduction_stage-in_discussion = Đang trao đổi
introduction_stage-nda_signed = Đã ký NDA
introduction_stage-pilot = Thí điểm
introduction_stage-agreement_signed = Đã ký thỏa thuận
introduction_stage-declined = Bị từ chối
introduction_stage-closed = Đã đóng

## trl_band
trl_band-1-3 = TRL 1–3: nghiên cứu
trl_band-4-6 = TRL 4–6: phát triển và thí điểm
trl_band-7-9 = TRL 7–9: đã trình diễn và đang sử dụng

## sort
sort-relevance = Mức độ liên quan
sort-newest = Mới nhất
sort-trl = Mức độ sẵn sàng (TRL)

## Ý nghĩa của từng mức độ sẵn sàng công nghệ
trl-1 = Đã quan sát được các nguyên lý cơ bản: ý tưởng đang ở giai đoạn nghiên cứu khoa học.
trl-2 = Đã hình thành khái niệm: một ứng dụng thực tế đã được xây dựng trên giấy.
trl-3 = Chứng minh khái niệm: các chức năng chính đã được thể hiện trong phòng thí nghiệm.
trl-4 = Đã thẩm định trong phòng thí nghiệm: các bộ phận hoạt động cùng nhau trên bàn thử nghiệm.
trl-5 = Đã thẩm định trong môi trường liên quan: một nguyên mẫu đã được thử nghiệm trong điều kiện thực tế.
trl-6 = Đã trình diễn trong môi trường liên quan: một nguyên mẫu hoàn chỉnh hoặc mô hình thí điểm đã vận hành.
trl-7 = Đã trình diễn trong vận hành: một hệ thống tiền thương mại đã hoạt động trong sử dụng thực tế.
trl-8 = Hoàn thiện và đạt chuẩn: hệ thống cuối cùng đã được kiểm chứng và sẵn sàng sử dụng.
trl-9 = Đã được kiểm chứng trong vận hành: được sử dụng thường xuyên trong thương mại hoặc khu vực công.

## Các Mục tiêu Phát triển Bền vững của Liên Hợp Quốc
sdg-1 = Xóa nghèo
sdg-2 = Không còn nạn đói
sdg-3 = Sức khỏe và có cuộc sống tốt
sdg-4 = Giáo dục có chất lượng
sdg-5 = Bình đẳng giới
sdg-6 = Nước sạch và vệ sinh
sdg-7 = Năng lượng sạch với giá thành hợp lý
sdg-8 = Việc làm tốt và tăng trưởng kinh tế
sdg-9 = Công nghiệp, đổi mới sáng tạo và phát triển hạ tầng
sdg-10 = Giảm bất bình đẳng
sdg-11 = Các thành phố và cộng đồng bền vững
sdg-12 = Tiêu dùng và sản xuất có trách nhiệm
sdg-13 = Hành động về khí hậu
sdg-14 = Tài nguyên và môi trường biển
sdg-15 = Tài nguyên và môi trường trên đất liền
sdg-16 = Hòa bình, công lý và các thể chế vững mạnh
sdg-17 = Quan hệ đối tác vì các mục tiêu

## Quốc gia (ASEAN và Trung Quốc; các nước khác giữ tên tiếng Anh)
country-BN = Brunei
country-KH = Campuchia
country-ID = Indonesia
country-LA = Lào
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thái Lan
country-VN = Việt Nam
country-CN = Trung Quốc

## Các bộ lọc của danh mục, theo tham số URL
facet-domain = Lĩnh vực
facet-trl = Mức độ sẵn sàng (TRL)
facet-ip = Sở hữu trí tuệ
facet-cooperation = Hình thức hợp tác
facet-budget = Ngân sách
facet-sdg = Mục tiêu Phát triển Bền vững
facet-country = Đã triển khai tại
facet-province = Tỉnh của cơ quan
