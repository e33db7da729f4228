# ป้ายกำกับของรายการรหัสตามรูปแบบข้อมูล และสถานะต่าง ๆ ของพอร์ทัล: `<list>-<code>`

## domain
domain-agriculture = เกษตรสมัยใหม่
domain-food = การแปรรูปและความปลอดภัยของอาหาร
domain-renewable_energy = พลังงานหมุนเวียน
domain-energy_efficiency = ประสิทธิภาพพลังงานและการกักเก็บพลังงาน
domain-water = น้ำและการสุขาภิบาล
domain-environment = การคุ้มครองสิ่งแวดล้อมและเศรษฐกิจหมุนเวียน
domain-health = สุขภาพและชีวการแพทย์
domain-digital = เศรษฐกิจดิจิทัลและเมืองอัจฉริยะ
domain-manufacturing = การผลิตขั้นสูง
domain-materials = วัสดุใหม่
domain-marine = ทะเลและการประมง
domain-forestry = ป่าไม้และความหลากหลายทางชีวภาพ
domain-transport = การขนส่งและโลจิสติกส์
domain-disaster = การป้องกันภัยพิบัติและการรับมือกับสภาพภูมิอากาศ

## institution_kind
institution_kind-university = มหาวิทยาลัย
institution_kind-research_institute = สถาบันวิจัย
institution_kind-enterprise = วิสาหกิจ
institution_kind-tech_transfer_centre = ศูนย์ถ่ายทอดเทคโนโลยี
institution_kind-government_agency = หน่วยงานภาครัฐ
institution_kind-association = สมาคม

## ip_kind
ip_kind-patent_granted = สิทธิบัตรที่ได้รับการจดทะเบียนแล้ว
ip_kind-patent_pending = สิทธิบัตรที่อยู่ระหว่างการยื่นคำขอ
ip_kind-software_copyright = ลิขสิทธิ์ซอฟต์แวร์
ip_kind-plant_variety = สิทธิคุ้มครองพันธุ์พืช
ip_kind-know_how = ความรู้เชิงเทคนิค (know-how)
ip_kind-open = เปิด (ไม่มีข้อจำกัด)

## cooperation_mode
cooperation_mode-licence = การอนุญาตให้ใช้สิทธิ
cooperation_mode-transfer = การโอนสิทธิทั้งหมด
cooperation_mode-joint_development = การพัฒนาร่วมกัน
cooperation_mode-joint_venture = การร่วมทุน
cooperation_mode-technical_service = บริการทางเทคนิค
cooperation_mode-equipment_supply = การจัดหาอุปกรณ์
cooperation_mode-training = การฝึกอบรม

## budget_band
budget_band-under_50k = ต่ำกว่า 50,000 ดอลลาร์สหรัฐ
budget_band-50k_500k = 50,000 – 500,000 ดอลลาร์สหรัฐ
budget_band-500k_5m = 500,000 – 5 ล้านดอลลาร์สหรัฐ
budget_band-over_5m = มากกว่า 5 ล้านดอลลาร์สหรัฐ

## org_kind
org_kind-sme = วิสาหกิจขนาดกลางและขนาดย่อม
org_kind-large_enterprise = วิสาหกิจขนาดใหญ่
org_kind-government = หน่วยงานภาครัฐ
org_kind-university = มหาวิทยาลัย
org_kind-research_institute = สถาบันวิจัย
org_kind-ngo = องค์กรนอกภาครัฐ
org_kind-cooperative = สหกรณ์

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
entry_status-draft = ฉบับร่าง
entry_status-submitted = ส่งเข้ารับการตรวจสอบแล้ว
entry_status-published = เผยแพร่แล้ว
entry_status-changes_requested = ขอให้แก้ไข
entry_status-rejected = ถูกปฏิเสธ
entry_status-archived = จัดเก็บเข้าคลังแล้ว
entry_status-expired = หมดอายุ: ไม่ได้รับการยืนยันเป็นเวลาหนึ่งปี

## entry_kind
entry_kind-technology = เทคโนโลยี
entry_kind-need = ความต้องการ

## user_role
user_role-firm = สมาชิกของบริษัทหรือหน่วยงานในอาเซียน
user_role-institution = สมาชิกของสถาบัน
user_role-staff = เจ้าหน้าที่พันธมิตร
user_role-admin = ผู้ดูแลระบบของพันธมิตร

## revision_status
revision_status-draft = ฉบับร่าง
revision_status-submitted = รอการตรวจสอบ
revision_status-changes_requested = ขอให้แก้ไข
revision_status-approved = อนุมัติแล้ว
revision_status-rejected = ถูกปฏิเสธ
revision_status-withdrawn = ถอนแล้ว

## dismissal_reason
dismissal_reason-not_relevant = ไม่เกี่ยวข้อง
dismissal_reason-trl_too_low = ระดับความพร้อมต่ำเกินไป
dismissal_reason-too_costly = ค่าใช้จ่ายสูงเกินไป
dismissal_reason-ip_not_available = ไม่มีทรัพย์สินทางปัญญาให้ใช้
dismissal_reason-other = อื่น ๆ

## match_verdict
match_verdict-confirmed = ยืนยันแล้ว
match_verdict-dismissed = ตัดออกแล้ว

## introduction_stage
introduction_stage-requested = ร้องขอแล้ว
introduction_stage-accepted = ตอบรับแล้ว
introduction_stage-in_discussion = อยู่ระหว่างหารือ
introduction_stage-nda_signed = ลงนาม NDA แล้ว
introduction_stage-pilot = นำร่อง
introduction_stage-agreement_signed = ลงนามข้อตกลงแล้ว
introduction_stage-declined = ปฏิเสธแล้ว
introduction_stage-closed = ปิดแล้ว

## trl_band
trl_band-1-3 = TRL 1–3: การวิจัย
trl_band-4-6 = TRL 4–6: การพัฒนาและการนำร่อง
trl_band-7-9 = TRL 7–9: สาธิตแล้วและใช้งานจริง

## sort
sort-relevance = ความเกี่ยวข้อง
sort-newest = ใหม่ล่าสุด
sort-trl = ความพร้อม (TRL)

## What each technology readiness level means
trl-1 = สังเกตพบหลักการพื้นฐาน: แนวคิดอยู่ในขั้นการวิจัยทางวิทยาศาสตร์
trl-2 = กำหนดแนวคิดแล้ว: มีการวางแนวทางการประยุกต์ใช้จริงไว้บนกระดาษ
trl-3 = พิสูจน์แนวคิด: แสดงให้เห็นการทำงานหลักในห้องปฏิบัติการแล้ว
trl-4 = ตรวจสอบความใช้ได้ในห้องปฏิบัติการ: ส่วนประกอบต่าง ๆ ทำงานร่วมกันได้ในการทดลองระดับห้องปฏิบัติการ
trl-5 = ตรวจสอบความใช้ได้ในสภาพแวดล้อมที่เกี่ยวข้อง: ทดสอบต้นแบบในสภาพที่ใกล้เคียงการใช้งานจริง
trl-6 = สาธิตในสภาพแวดล้อมที่เกี่ยวข้อง: ต้นแบบที่สมบูรณ์หรือการนำร่องได้ดำเนินการแล้ว
trl-7 = สาธิตในการปฏิบัติงาน: ระบบก่อนเชิงพาณิชย์ทำงานได้ในการใช้งานจริง
trl-8 = สมบูรณ์และผ่านการรับรอง: ระบบขั้นสุดท้ายได้รับการพิสูจน์แล้วและพร้อมใช้งาน
trl-9 = พิสูจน์แล้วในการปฏิบัติงาน: ใช้งานเป็นประจำในเชิงพาณิชย์หรือในภาคสาธารณะ

## The UN Sustainable Development Goals
sdg-1 = ขจัดความยากจน
sdg-2 = ขจัดความหิวโหย
sdg-3 = การมีสุขภาพและความเป็นอยู่ที่ดี
sdg-4 = การศึกษาที่เท่าเทียม
sdg-5 = ความเท่าเทียมทางเพศ
sdg-6 = การจัดการน้ำและสุขาภิบาล
sdg-7 = พลังงานสะอาดที่ทุกคนเข้าถึงได้
sdg-8 = การจ้างงานที่มีคุณค่าและการเติบโตทางเศรษฐกิจ
sdg-9 = อุตสาหกรรม นวัตกรรม และโครงสร้างพื้นฐาน
sdg-10 = ลดความเหลื่อมล้ำ
sdg-11 = เมืองและถิ่นฐานมนุษย์อย่างยั่งยืน
sdg-12 = แผนการบริโภคและการผลิตที่ยั่งยืน
sdg-13 = การรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ
sdg-14 = การใช้ประโยชน์จากมหาสมุทรและทรัพยากรทางทะเล
sdg-15 = การใช้ประโยชน์จากระบบนิเวศทางบก
sdg-16 = สังคมสงบสุข ยุติธรรม ไม่แบ่งแยก
sdg-17 = ความร่วมมือเพื่อการพัฒนาที่ยั่งยืน

## Countries (ASEAN and China; others keep their English name)
country-BN = บรูไน
country-KH = กัมพูชา
country-ID = อินโดนีเซีย
country-LA = ลาว
country-MY = มาเลเซีย
country-MM = เมียนมา
country-PH = ฟิลิปปินส์
country-SG = สิงคโปร์
country-TH = ไทย
country-VN = เวียดนาม
country-CN = จีน

## The catalogue's facets, by URL parameter
facet-domain = สาขา
facet-trl = ความพร้อม (TRL)
facet-ip = ทรัพย์สินทางปัญญา
facet-cooperation = รูปแบบความร่วมมือ
facet-budget = งบประมาณ
facet-sdg = เป้าหมายการพัฒนาที่ยั่งยืน
facet-country = นำไปใช้งานแล้วใน
facet-province = มณฑลของสถาบัน
