# หน้าแรก การค้นหาในแคตตาล็อก การ์ด และการแบ่งหน้า

home-title = เทคโนโลยีจากจีนเพื่ออาเซียน
home-heading = เทคโนโลยีจากจีนเพื่อแก้ปัญหาของบริษัทในอาเซียน
home-intro = พอร์ทัลนี้นำเสนอเทคโนโลยีที่ก้าวหน้าและนำไปใช้ได้จริงซึ่งคัดสรรจากทั่วประเทศจีนในรูปแบบเดียวกันทั้งหมด แก่บริษัทและหน่วยงานภาครัฐในสิบประเทศอาเซียน เพียงประกาศความต้องการของท่าน พันธมิตรการถ่ายทอดเทคโนโลยีจีน–อาเซียนจะเชื่อมโยงท่านกับสถาบันที่สามารถแก้ปัญหานั้นได้
search-label = ค้นหาเทคโนโลยีได้ด้วยทุกภาษาของพอร์ทัล
search-button = ค้นหา
home-search-placeholder = ค้นหาเทคโนโลยี: น้ำเสียจากมันสำปะหลัง, 木薯, การอบแห้งด้วยพลังงานแสงอาทิตย์…
home-figures = แคตตาล็อกในปัจจุบัน
figure-technologies = เทคโนโลยี
figure-institutions = สถาบัน
figure-alliance-members = สมาชิกพันธมิตร
figure-needs = ความต้องการที่ประกาศ
figure-countries-with-needs = ประเทศอาเซียนที่มีความต้องการ
home-cooperation = ความร่วมมือที่ผ่านมา
figure-projects = โครงการ
figure-enterprises-served = สถานประกอบการที่ได้รับบริการ
figure-agreements = ข้อตกลงความร่วมมือที่ลงนามแล้ว
figure-countries-reached = ประเทศอาเซียนที่เข้าถึงแล้ว
how-we-count = วิธีการนับ
how-we-count-text = ตัวเลขทุกตัวนับจากการเชื่อมโยงที่บันทึกไว้ในพอร์ทัลนี้ตามสถานะปัจจุบัน โครงการ คือการเชื่อมโยงที่สถาบันตอบรับแล้ว สถานประกอบการที่ได้รับบริการ คือบริษัทหรือหน่วยงานภาครัฐที่ขอการเชื่อมโยงอย่างน้อยหนึ่งครั้ง (หรือที่เจ้าหน้าที่พันธมิตรประสานการเชื่อมโยงให้) ข้อตกลง คือการเชื่อมโยงที่คู่สัญญาบันทึกว่าได้ลงนามข้อตกลงความร่วมมือแล้ว ประเทศที่เข้าถึงแล้ว คือประเทศอาเซียนที่มีการเชื่อมโยงที่ได้รับการตอบรับอย่างน้อยหนึ่งรายการ
home-domains = สาขา
technologies-count = เทคโนโลยี { $n } รายการ
home-latest = เทคโนโลยีล่าสุด
home-empty = ขณะนี้แคตตาล็อกยังว่างอยู่
home-all-newest = เทคโนโลยีทั้งหมด เรียงจากใหม่ที่สุด
home-needs = ความต้องการจากอาเซียน
home-needs-board = ดูกระดานความต้องการ
home-needs-countries = ความต้องการของแต่ละประเทศอาเซียน
written-in = ภาษาต้นฉบับ: { $language }

## Catalogue
catalogue-title = เทคโนโลยี
catalogue-title-search = “{ $text }” ในแคตตาล็อกเทคโนโลยี
title-page = { $title } หน้า { $page }
catalogue-description = ค้นหาเทคโนโลยีที่ก้าวหน้าและนำไปใช้ได้จริงจากจีน { $n } รายการ ตามคำสำคัญ สาขา ระดับความพร้อม รูปแบบความร่วมมือ และอื่น ๆ
catalogue-feed-title = เทคโนโลยีใหม่ของการค้นหานี้
catalogue-feed = ติดตามเทคโนโลยีใหม่ของการค้นหานี้ (ฟีด Atom)
catalogue-search-placeholder = เช่น น้ำเสียจากมันสำปะหลัง, 木薯, "ระบบน้ำหยด"
sort-by = เรียงตาม
filters = ตัวกรอง
filters-chosen = เลือกแล้ว { $n } รายการ
filters-chosen-label = ตัวกรองที่เลือก
filter-remove = นำออก
filters-clear = ล้างตัวกรองทั้งหมด
catalogue-found = { $count ->
    [0] ไม่พบเทคโนโลยี
   *[other] เทคโนโลยี { $n } รายการ
}
catalogue-found-for = { $count ->
    [0] ไม่พบเทคโนโลยีสำหรับ “{ $text }”
   *[other] เทคโนโลยี { $n } รายการสำหรับ “{ $text }”
}
catalogue-showing = (แสดงรายการที่ { $first }–{ $last })
catalogue-past-end = หน้านี้เลยผลลัพธ์สุดท้ายไปแล้ว
catalogue-first-page = กลับไปยังหน้าแรก
catalogue-nothing = ไม่มีรายการในแคตตาล็อกที่ตรงกับการค้นหานี้
catalogue-did-you-mean = ท่านหมายถึงคำใดคำหนึ่งต่อไปนี้หรือไม่
catalogue-tip-spelling = ตรวจสอบการสะกด หรือใช้คำให้น้อยลงหรือกว้างขึ้น
catalogue-tip-languages = ชื่อและบทสรุปเป็นภาษาอังกฤษและภาษาจีน ส่วนคำในภาษาต่าง ๆ ของอาเซียนจะค้นพบได้ผ่านอภิธานศัพท์เทคนิคของพอร์ทัล
catalogue-tip-remove-filters = นำตัวกรองออกแล้วค้นหาทั่วทั้งแคตตาล็อก
catalogue-tip-browse = ดูเทคโนโลยีทั้งหมด
catalogue-tip-post-need = หรือประกาศปัญหาของท่านบนกระดานความต้องการ
pages = หน้า
page-previous = ก่อนหน้า
page-next = ถัดไป

## Needs board
needs-from = ความต้องการจาก{ $country }
needs-description = ความต้องการด้านเทคโนโลยีที่บริษัทและหน่วยงานภาครัฐในสิบประเทศอาเซียนประกาศไว้
needs-feed = ติดตามความต้องการใหม่ (ฟีด Atom)
needs-feed-country = หรือฟีดของประเทศใดประเทศหนึ่ง:
needs-intro = ปัญหาที่บริษัทและหน่วยงานภาครัฐในอาเซียนต้องการแก้ไข สถาบันที่มีเทคโนโลยีที่เหมาะสมสามารถเสนอเทคโนโลยีนั้นผ่านพันธมิตรได้
filter-country = ประเทศ
filter-any-country = ทั้งสิบประเทศ
filter-domain = สาขา
filter-any-domain = ทุกสาขา
filter-organisation = องค์กร
filter-any-kind = ทุกประเภท
filter-language = ภาษา
filter-any-language = ทุกภาษา
filter-show = แสดง
needs-count = ความต้องการ { $n } รายการ
needs-none = ไม่มีความต้องการที่ตรงกับตัวกรองเหล่านี้
needs-see-all = ดูความต้องการทั้งหมด
institutions-members = สมาชิกพันธมิตร
institutions-not-members = ไม่ใช่สมาชิก

## Institutions
institutions-description = มหาวิทยาลัย สถาบันวิจัย วิสาหกิจ และศูนย์ถ่ายทอดเทคโนโลยีที่เสนอเทคโนโลยีแก่อาเซียน รวมถึงหน่วยงานภาคีของพันธมิตร
institutions-kind = ประเภท
institutions-place-filter = มณฑลหรือประเทศ
institutions-anywhere = ทุกพื้นที่
institutions-membership = การเป็นสมาชิกพันธมิตร
institutions-members-or-not = สมาชิกหรือไม่ใช่สมาชิก
institutions-count = สถาบัน { $n } แห่ง
institutions-none = ไม่มีสถาบันที่ตรงกับตัวกรองเหล่านี้
institutions-see-all = ดูสถาบันทั้งหมด
institutions-institution = สถาบัน
institutions-place = ที่ตั้ง
institutions-alliance = พันธมิตร
institutions-alliance-full = พันธมิตรการถ่ายทอดเทคโนโลยีจีน–อาเซียน
institutions-member = สมาชิก
institutions-member-since = สมาชิกตั้งแต่ { $date }
institutions-not-member = ไม่ใช่สมาชิก
institutions-website = เว็บไซต์
institutions-offers = เทคโนโลยีที่เสนอ ({ $n })
institutions-offers-none = สถาบันนี้ยังไม่มีเทคโนโลยีในแคตตาล็อก

## Countries
countries-title = ประเทศอาเซียน
countries-description = สิบประเทศอาเซียน: ความต้องการของแต่ละประเทศ เทคโนโลยีที่นำไปใช้งานแล้วในประเทศนั้น และสถาบันที่ตั้งอยู่ในประเทศนั้น
countries-heading = สิบประเทศอาเซียน
countries-technologies = เทคโนโลยีที่นำไปใช้งานในประเทศ
countries-institutions = สถาบันในประเทศ
country-technologies-here = เทคโนโลยีที่นำไปใช้งานในประเทศนี้
country-institutions-here = สถาบันในประเทศนี้
country-no-needs = ยังไม่มีการประกาศความต้องการจาก{ $country }
country-all-needs = ความต้องการทั้งหมดจาก{ $country } ({ $n } รายการ)
country-deployed = เทคโนโลยีที่นำไปใช้งานแล้วใน{ $country }
country-no-deployed = ยังไม่มีเทคโนโลยีในแคตตาล็อกที่รายงานการนำไปใช้งานในประเทศนี้
country-all-deployed = เทคโนโลยีทั้งหมดที่นำไปใช้งานใน{ $country } ({ $n } รายการ)
country-institutions = สถาบันที่ตั้งอยู่ใน{ $country }
country-no-institutions = ไม่มีสถาบันในแคตตาล็อกที่ตั้งอยู่ในประเทศนี้
