# หน้าสำหรับเจ้าหน้าที่และผู้ดูแลระบบ: คิวการตรวจสอบและการตัดสิน การอัปโหลด CSV คำขอบัญชี การพิจารณาเทคโนโลยีที่เข้าข่าย บัญชีผู้ใช้ กรวยการเชื่อมโยง และประวัติของรายการ

## Review queue
review-tabs-label = งานของเจ้าหน้าที่
review-queue-title = คิวการตรวจสอบ
review-kind = ประเภท
review-kind-any = เทคโนโลยีและความต้องการ
review-filter-edits = ใหม่หรือแก้ไข
review-edits-both = ทั้งสองแบบ
review-edits-new = รายการใหม่
review-edits-edits = การแก้ไขรายการที่เผยแพร่แล้ว
review-any = ทั้งหมด
review-filter-button = กรอง
review-waiting = มี { $n } รายการรอการตรวจสอบ เรียงจากเก่าที่สุด
review-nothing = ไม่มีรายการรอการตรวจสอบ
review-nothing-filtered = ไม่มีรายการรอการตรวจสอบตามตัวกรองเหล่านี้
review-show-everything = แสดงทั้งหมด
review-nothing-filtered-end = แทน
review-caption = รายการที่รอการตรวจสอบ เรียงจากเก่าที่สุด
review-select = เลือก
review-select-entry = เลือก { $reference }
review-col-submitted = วันที่ส่ง
review-col-entry = รายการ
review-col-from = จาก
review-badge-edit = แก้ไข
review-badge-new = ใหม่
review-bulk-reason = เหตุผลในการอนุมัติรายการที่เลือก
review-bulk-approve = อนุมัติรายการที่เลือก
review-done-approve = อนุมัติแล้ว: รายการนี้เผยแพร่สู่สาธารณะแล้ว
review-done-request-changes = ส่งกลับไปยังเจ้าของพร้อมคำขอให้แก้ไขของท่านแล้ว
review-done-reject = ปฏิเสธแล้ว เจ้าของจะเห็นเหตุผลของท่าน
review-bulk-approved = อนุมัติแล้ว { $n } รายการ: เผยแพร่สู่สาธารณะแล้ว
review-error-tick = โปรดเลือกรายการที่จะอนุมัติ
review-error-reason = โปรดระบุเหตุผลของการตัดสิน (ไม่เกิน { $max } ตัวอักษร) เจ้าของจะได้อ่านเหตุผลนี้
review-error-not-awaiting = ฉบับแก้ไข { $id } ไม่ได้รอการตรวจสอบแล้ว
review-error-not-approved = ฉบับแก้ไข { $id } ไม่ได้รับการอนุมัติ: { $problems }
review-error-decision = โปรดเลือก อนุมัติ ขอให้แก้ไข หรือ ปฏิเสธ
review-error-decided = ฉบับแก้ไขนี้ไม่ได้รอการตรวจสอบแล้ว: มีการตัดสินหรือถอนคืนไปในระหว่างนี้

## One revision under review
review-title = ตรวจสอบ: { $title }
review-edit-of-published = การแก้ไขรายการที่เผยแพร่แล้ว
review-new-entry = รายการใหม่
review-from-by = จาก { $owner } เขียนโดย { $author }
review-status = สถานะ:
review-submitted = ส่งเมื่อ { $date }
review-changes-heading = สิ่งที่การแก้ไขนี้เปลี่ยนแปลง
review-changes-note = แคตตาล็อกสาธารณะจะแสดงฉบับที่เผยแพร่อยู่จนกว่าท่านจะอนุมัติ
review-no-changes = ไม่มีช่องข้อมูลใดที่แตกต่างจากฉบับที่เผยแพร่
review-col-field = ช่องข้อมูล
review-col-published = ฉบับที่เผยแพร่
review-col-proposed = ฉบับที่เสนอ
review-decision = การตัดสิน
review-approve-publish = อนุมัติและเผยแพร่
review-request-changes = ขอให้แก้ไข
review-reject = ปฏิเสธ
review-reason = เหตุผล (แสดงให้เจ้าของเห็น)
review-record = บันทึกการตัดสิน
review-as-submitted = รายการตามที่ส่งมา

## An entry's history (audit log)
history-heading = ประวัติ
history-empty = ยังไม่มีการบันทึก
history-portal = ระบบพอร์ทัล
history-created-draft = สร้างฉบับร่าง
history-started-edit = เริ่มการแก้ไข
history-edited = แก้ไข
history-submitted = ส่งเข้ารับการตรวจสอบ
history-withdrew = ถอนฉบับแก้ไข
history-approved = อนุมัติ
history-requested-changes = ขอให้แก้ไข
history-rejected = ปฏิเสธ
history-archived = จัดเก็บเข้าคลัง
history-closed = ปิด
history-expired = หมดอายุ: ไม่ได้รับการยืนยันเป็นเวลาหนึ่งปี
history-confirmed-current = ยืนยันว่ายังเป็นปัจจุบัน
history-confirmed-candidate = ยืนยันเทคโนโลยีที่เข้าข่าย { $technology }
history-dismissed-candidate = ตัดเทคโนโลยีที่เข้าข่าย { $technology } ออก
history-changed-role = เปลี่ยนบทบาท
history-role-from-to = จาก{ $from ->
    [firm] สมาชิกของบริษัทหรือหน่วยงานในอาเซียน
    [institution] สมาชิกของสถาบัน
    [staff] เจ้าหน้าที่พันธมิตร
    [admin] ผู้ดูแลระบบของพันธมิตร
   *[other] { $from }
}เป็น{ $to ->
    [firm] สมาชิกของบริษัทหรือหน่วยงานในอาเซียน
    [institution] สมาชิกของสถาบัน
    [staff] เจ้าหน้าที่พันธมิตร
    [admin] ผู้ดูแลระบบของพันธมิตร
   *[other] { $to }
}

## Uploading catalogue files
import-tab = อัปโหลด CSV
import-title = อัปโหลดไฟล์แคตตาล็อก
import-done = นำเข้าแล้ว แคตตาล็อกมีข้อมูลแถวต่าง ๆ จาก { $files } แล้ว
import-valid = ไฟล์ถูกต้อง ยังไม่มีการเปลี่ยนแปลงใด: โปรดตรวจดูสิ่งที่การนำเข้าจะดำเนินการ แล้วยืนยัน
import-refused = ไฟล์ถูกปฏิเสธและไม่มีการเปลี่ยนแปลงใด: พบปัญหา { $n } รายการ
import-refused-listed = ไฟล์ถูกปฏิเสธและไม่มีการเปลี่ยนแปลงใด: พบปัญหา { $n } รายการ (แสดง { $shown } รายการแรก)
import-refused-fix = โปรดแก้ไขแล้วอัปโหลดไฟล์อีกครั้ง
import-did = สิ่งที่การนำเข้าได้ดำเนินการ
import-will-do = สิ่งที่การนำเข้าจะดำเนินการ
import-col-file = ไฟล์
import-col-new = ใหม่
import-col-changed = เปลี่ยนแปลง
import-col-unchanged = ไม่เปลี่ยนแปลง
import-confirm = ยืนยันการนำเข้า
import-cancel = ยกเลิก
import-files = ไฟล์ CSV
import-hint = ไฟล์ใดก็ได้จาก institutions.csv, technologies.csv และ needs.csv ในรูปแบบการแลกเปลี่ยนข้อมูลแคตตาล็อก ระบบจับคู่แถวตาม ref: ref ใหม่จะถูกเพิ่ม ref ที่มีอยู่แล้วจะถูกปรับปรุง รายการที่นำเข้าจะเผยแพร่ทันที
import-check = ตรวจสอบไฟล์
import-back = กลับไปยังคิวการตรวจสอบ

## Account requests
requests-title = คำขอบัญชี
requests-waiting = มีคำขอ { $n } รายการรอดำเนินการ เรียงจากเก่าที่สุด
requests-none = ไม่มีคำขอบัญชีที่รอดำเนินการ
requests-asks = ขอเข้าร่วมในฐานะ
requests-role = { $role ->
    [firm] สมาชิกบริษัท
    [institution] สมาชิกสถาบัน
   *[other] { $role }
}
requests-asks-of = ของ { $affiliation }
requests-sent = ส่งเมื่อ { $date }
requests-reason = เหตุผล (จำเป็น แสดงให้ผู้ขอเห็น)
requests-approve = อนุมัติ
requests-reject = ปฏิเสธ
requests-approved = อนุมัติคำขอแล้ว
requests-rejected = ปฏิเสธคำขอแล้ว
requests-error-decision = โปรดเลือก อนุมัติ หรือ ปฏิเสธ
requests-error-reason = โปรดระบุเหตุผลของการตัดสิน
requests-error-gone = คำขอนั้นได้รับการตัดสินแล้วหรือไม่มีอยู่

## Candidate verdicts
verdicts-title = การพิจารณาเทคโนโลยีที่เข้าข่าย
verdicts-intro = เจ้าหน้าที่ยืนยันหรือตัดเทคโนโลยีที่เข้าข่ายซึ่งระบบจับคู่เสนอออก ในหน้าของแต่ละความต้องการ เทคโนโลยีที่ถูกตัดออกจะไม่แสดงต่อบริษัทอีก ส่วนเทคโนโลยีที่ได้รับการยืนยันจะมีเครื่องหมายกำกับ จำนวนนับตามสัปดาห์ของการพิจารณาครั้งล่าสุดของแต่ละคู่
verdicts-none = ยังไม่มีการพิจารณา
verdicts-week-of = สัปดาห์ที่เริ่ม
verdicts-ip-not-available = ไม่มีทรัพย์สินทางปัญญาให้ใช้
verdicts-latest = การพิจารณาล่าสุด
verdicts-when = เมื่อ
verdicts-need = ความต้องการ
verdicts-technology = เทคโนโลยี
verdicts-verdict = ผลการพิจารณา
verdicts-by = โดย
verdicts-error-note-long = บันทึกต้องมีความยาวไม่เกิน 2,000 ตัวอักษร
verdicts-error-reason = โปรดเลือกเหตุผลที่ตัดเทคโนโลยีนี้ออก
verdicts-error-note = โปรดระบุในบันทึกว่าเหตุใดจึงตัดเทคโนโลยีนี้ออก
verdicts-error-verdict = โปรดเลือก ยืนยัน หรือ ตัดออก

## Accounts (administrators)
admin-role-changed = เปลี่ยนบทบาทแล้ว
admin-count = { $n } บัญชี เรียงเจ้าหน้าที่ก่อน
admin-members = สมาชิกจะเชื่อมโยงกับสถาบันหรือองค์กรของตนเมื่อเจ้าหน้าที่อนุมัติ
admin-members-link = คำขอบัญชี
admin-members-end = ของสมาชิกนั้น
admin-name = ชื่อ
admin-email = อีเมล
admin-role = บทบาท
admin-belongs-to = สังกัด
admin-since = ตั้งแต่
admin-change-role = เปลี่ยนบทบาท
admin-new-role = บทบาทใหม่ของ { $email }
admin-role-admin = ผู้ดูแลระบบ
admin-set = กำหนด
admin-you = (ท่าน)
admin-history = การเปลี่ยนบทบาทล่าสุด
admin-history-none = ยังไม่มีการเปลี่ยนบทบาท
admin-error-role = โปรดเลือกเจ้าหน้าที่หรือผู้ดูแลระบบ
admin-error-unchanged = ไม่มีการเปลี่ยนแปลง: บัญชีนี้มีบทบาทนี้อยู่แล้ว ไม่มีอยู่ หรือเป็นบัญชีของท่านเอง

## The introductions funnel
dashboard-title = การเชื่อมโยง: กรวยการดำเนินงาน
dashboard-all = การเชื่อมโยงทั้งหมด
dashboard-broker = ประสานการเชื่อมโยง
dashboard-csv = ดาวน์โหลด CSV
dashboard-note = แต่ละคอลัมน์นับจำนวนการเชื่อมโยงที่ไปถึงขั้นนั้น (การเชื่อมโยงที่อยู่ในขั้น “นำร่อง” ได้ผ่านการร้องขอ การตอบรับ การหารือ และการลงนาม NDA มาแล้ว)
dashboard-overall = ภาพรวม
dashboard-by-country = ตามประเทศของบริษัท
dashboard-by-domain = ตามสาขา
dashboard-by-province = ตามมณฑลของสถาบัน
dashboard-none = ยังไม่มีการเชื่อมโยง
dashboard-medians = ค่ามัธยฐานของระยะเวลาในแต่ละขั้น
dashboard-under-hour = ไม่ถึงหนึ่งชั่วโมง
dashboard-hours = { $n } ชม.
dashboard-days = { $n } วัน
