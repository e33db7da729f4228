# หน้าเทคโนโลยีและความต้องการ เทคโนโลยีที่เข้าข่ายจากการจับคู่ และเหตุผลประกอบ

breadcrumbs = เส้นทางการนำทาง
not-given = ไม่ได้ระบุ
none = ไม่มี
any = ทุกรูปแบบ
choose = เลือก…
technology-confirmed = เจ้าของยืนยันล่าสุดเมื่อ { $date }
technology-offered-by = เสนอโดย
technology-languages-note = เจ้าของเทคโนโลยีเขียนคำอธิบายเป็นภาษาอังกฤษและภาษาจีน คำในภาษาของท่านเชื่อมโยงกับเทคโนโลยีผ่านอภิธานศัพท์เทคนิคของพอร์ทัล ส่วนตัวคำอธิบายไม่ได้แปลด้วยเครื่อง
technology-summary = บทสรุป
technology-description = คำอธิบาย
technology-facts = ข้อมูลโดยสังเขป
field-domain = สาขา
field-readiness = ความพร้อม
technology-trl-of-9 = TRL { $trl } จาก 9
field-ip = ทรัพย์สินทางปัญญา
field-cooperation-offered = รูปแบบความร่วมมือที่เสนอ
field-typical-cost = ค่าใช้จ่ายโดยทั่วไปสำหรับผู้นำไปใช้
field-sdgs = เป้าหมายการพัฒนาที่ยั่งยืน
field-keywords = คำสำคัญ
technology-offered-by-heading = เสนอโดย
ask-introduction = ขอการเชื่อมโยง
technology-sign-in-to-ask = เข้าสู่ระบบในฐานะบริษัทเพื่อขอการเชื่อมโยง
technology-needs = ความต้องการที่เทคโนโลยีนี้อาจแก้ไขได้
match-percent = ตรงกัน { $percent }%
match-score = คะแนนความตรงกัน
technology-related = เทคโนโลยีที่เกี่ยวข้อง

## A need's page
need-description-meta = ความต้องการด้านเทคโนโลยีจาก{ $country }
need-confirmed = ยืนยันล่าสุดเมื่อ { $date }
field-min-trl = ความพร้อมขั้นต่ำที่ยอมรับได้
field-cooperation-accepted = รูปแบบความร่วมมือที่ยอมรับ
field-budget = งบประมาณ
field-deadline = กำหนดเวลา
candidates-heading = เทคโนโลยีที่อาจแก้ปัญหานี้ได้
candidates-none = ยังไม่มีเทคโนโลยีที่เข้าข่าย: ระบบจับคู่ทำงานเบื้องหลังและใช้เวลาเพียงไม่กี่วินาทีหลังจากความต้องการได้รับการเผยแพร่ ท่านสามารถค้นหาในแคตตาล็อกได้เช่นกัน
candidates-search = ค้นหาในแคตตาล็อก
candidates-ranked = เรียงตามความเหมาะสมของแต่ละเทคโนโลยีกับปัญหาและข้อจำกัด
candidates-search-more = ค้นหาเพิ่มเติมในแคตตาล็อก
verdict = ผลการพิจารณา
verdict-give = ยืนยันหรือตัดออก
verdict-confirm = ยืนยัน
verdict-dismiss-because = ตัดออกเนื่องจาก
verdict-reason = เหตุผลที่ตัดออก
verdict-note = หมายเหตุ
verdict-note-hint = (จำเป็นสำหรับ “อื่น ๆ”)
verdict-record = บันทึก

## Why a technology is a candidate (see the reason codes in the README)
reason-text = มีคำร่วมกัน: { $words }
reason-concept = ทั้งสองเกี่ยวกับ: { $concepts }
reason-domain-same = สาขาเดียวกัน: { $domain }
reason-domain-inferred = ความต้องการนี้น่าจะอยู่ในสาขา: { $domain }
reason-trl = TRL { $trl } ถึงเกณฑ์ขั้นต่ำ { $min }
reason-cooperation = เสนอในรูปแบบ: { $modes }
reason-budget = ค่าใช้จ่ายโดยทั่วไป { $cost } อยู่ในงบประมาณ { $budget }
reason-sdg = เป้าหมายร่วมกัน: { $goals }
reason-deployed-in = นำไปใช้งานแล้วใน { $countries }
reason-deployed-near = นำไปใช้งานแล้วในประเทศเพื่อนบ้าน: { $countries }
reason-confirmed = ยืนยันโดยเจ้าหน้าที่พันธมิตร

## The columns of an entry, as forms, previews and reviews name them
column-institution_ref = สถาบัน
column-title_en = ชื่อภาษาอังกฤษ
column-title_zh = ชื่อภาษาจีน
column-summary_en = บทสรุปภาษาอังกฤษ
column-summary_zh = บทสรุปภาษาจีน
column-description_en = คำอธิบาย
column-domain = สาขา
column-keywords = คำสำคัญ
column-trl = ระดับความพร้อม (TRL)
column-ip = ทรัพย์สินทางปัญญา
column-cooperation = รูปแบบความร่วมมือ
column-budget_band = ช่วงงบประมาณ
column-sdgs = เป้าหมายการพัฒนาที่ยั่งยืน
column-deployed_in = นำไปใช้งานแล้วใน
column-title = ชื่อเรื่อง
column-description = คำอธิบาย
column-language = ภาษา
column-country = ประเทศ
column-organisation = องค์กร
column-org_kind = ประเภทองค์กร
column-min_trl = ระดับความพร้อมต่ำสุดที่ยอมรับได้
column-deadline = กำหนดเวลา

## Writing a technology or a need
optional = (ไม่บังคับ)
entry-new-heading = { $kind ->
    [technology] เสนอเทคโนโลยี
   *[need] ประกาศความต้องการ
}
entry-edit-heading = { $kind ->
    [technology] แก้ไขเทคโนโลยี { $reference }
   *[need] แก้ไขความต้องการ { $reference }
}
form-nothing-saved = ยังไม่มีการบันทึกข้อมูล: โปรดแก้ไขช่องที่ระบุไว้ด้านล่าง
form-tech-what = เทคโนโลยีนี้คืออะไร
form-tech-how = ความพร้อมและรูปแบบการเสนอ
form-deployed-other = ประเทศอื่นที่นำไปใช้งานแล้ว
form-deployed-other-hint = รหัส ISO สองตัวอักษร คั่นด้วยเครื่องหมายจุลภาค เช่น KE, BR
form-need-step-1 = 1. ปัญหาของท่าน
form-need-step-2 = 2. สถานที่
form-need-step-3 = 3. ข้อจำกัด
form-need-step-4 = 4. ระยะเวลา
form-save-preview = บันทึกฉบับร่างและดูตัวอย่าง
form-save-submit = บันทึกและส่งเข้ารับการตรวจสอบ
form-back-technologies = กลับไปยังเทคโนโลยีของท่าน
form-back-needs = กลับไปยังความต้องการของท่าน
form-tech-title-en = ชื่อภาษาอังกฤษ
form-tech-title-en-hint = ระบุว่าเทคโนโลยีนี้ช่วยอะไรผู้ใช้ ไม่เกิน 256 ตัวอักษร
form-tech-title-zh = ชื่อภาษาจีน (中文标题)
form-tech-summary-en = บทสรุปภาษาอังกฤษ
form-tech-summary-en-hint = สองหรือสามประโยค ไม่เกิน 1,000 ตัวอักษร: ปัญหาที่แก้ไขได้และผลลัพธ์
form-tech-summary-zh = บทสรุปภาษาจีน (中文摘要)
form-tech-description-en = คำอธิบาย
form-tech-description-en-hint = หลักการทำงาน สถานที่ที่เคยนำไปใช้ และสิ่งที่ผู้นำไปใช้ต้องมี: ไม่เกิน 8,000 ตัวอักษร
form-tech-domain = สาขา
form-tech-keywords = คำสำคัญ
form-tech-keywords-hint = ไม่เกินสิบคำ คั่นด้วยเครื่องหมายจุลภาค
form-tech-trl = ระดับความพร้อม (TRL)
form-tech-ip = ทรัพย์สินทางปัญญา
form-tech-cooperation = รูปแบบความร่วมมือที่ท่านเสนอ
form-tech-cooperation-hint = เลือกอย่างน้อยหนึ่งรูปแบบ
form-tech-budget-band = ค่าใช้จ่ายโดยทั่วไปสำหรับผู้นำไปใช้
form-tech-sdgs = เป้าหมายการพัฒนาที่ยั่งยืนที่เทคโนโลยีนี้สนับสนุน
form-tech-deployed-in = นำไปใช้งานแล้วใน
form-need-title = ท่านต้องการอะไร (สรุปในหนึ่งบรรทัด)
form-need-title-hint = ตัวอย่างเช่น “บำบัดน้ำเสียจากการผลิตแป้งมันสำปะหลังสำหรับโรงงานกำลังการผลิต 200 ตันต่อวัน”
form-need-description = อธิบายปัญหา
form-need-description-hint = สิ่งที่เกิดขึ้นในปัจจุบัน สิ่งที่ท่านได้ลองแล้ว และสิ่งที่แนวทางแก้ไขที่ดีควรทำได้ ไม่เกิน 4,000 ตัวอักษร โปรดเขียนด้วยภาษาที่ท่านถนัดที่สุด
form-need-language = ภาษาที่ท่านใช้เขียน
form-need-country = ประเทศที่จะนำแนวทางแก้ไขไปใช้
form-need-domain = สาขา
form-need-domain-hint = เว้นว่างไว้ได้หากไม่แน่ใจ: ระบบจับคู่จะอ่านคำอธิบายของท่านด้วย
form-need-keywords = คำสำคัญ
form-need-keywords-hint = ไม่เกินสิบคำ คั่นด้วยเครื่องหมายจุลภาค
form-need-min-trl = ระดับความพร้อมต่ำสุดที่ท่านยอมรับได้
form-need-cooperation = รูปแบบความร่วมมือที่ท่านยอมรับ
form-need-cooperation-hint = ไม่ต้องเลือกช่องใดหากยอมรับได้ทุกรูปแบบ
form-need-budget-band = งบประมาณของท่าน
form-need-sdgs = เป้าหมายการพัฒนาที่ยั่งยืนที่ความต้องการนี้สนับสนุน
form-need-deadline = กำหนดเวลา
form-need-deadline-hint = วันที่ที่ท่านต้องการได้แนวทางแก้ไข ในรูปแบบ YYYY-MM-DD

## A member's list of entries, and one revision
mine-tech-intro = เทคโนโลยีที่ท่านเขียนจะได้รับการตรวจสอบจากเจ้าหน้าที่พันธมิตรก่อนปรากฏในแคตตาล็อกสาธารณะ ระหว่างที่การแก้ไขเทคโนโลยีที่เผยแพร่แล้วอยู่ระหว่างการตรวจสอบ แคตตาล็อกจะยังคงแสดงฉบับที่อนุมัติล่าสุด
mine-need-intro = ความต้องการที่ท่านประกาศจะได้รับการตรวจสอบจากเจ้าหน้าที่พันธมิตรก่อนปรากฏบนกระดานสาธารณะ ซึ่งสถาบันต่าง ๆ และระบบจับคู่จะมองเห็น
mine-tech-new = เสนอเทคโนโลยีใหม่
mine-need-new = ประกาศความต้องการใหม่
mine-tech-empty = ท่านยังไม่มีเทคโนโลยี เริ่มเสนอเทคโนโลยีแรกของท่านได้เลย โดยใช้เวลาประมาณสิบนาที
mine-need-empty = ท่านยังไม่ได้ประกาศความต้องการ โปรดอธิบายปัญหาแรกของท่าน ระบบจะแนะนำเทคโนโลยีที่ตรงกันเมื่อความต้องการนั้นได้รับการเผยแพร่
mine-caption = รายการของท่าน เรียงจากที่แก้ไขล่าสุด
mine-ref = รหัสอ้างอิง
mine-public = สาธารณะ
mine-review = การตรวจสอบ
mine-candidates = เทคโนโลยีที่เข้าข่าย
mine-changed = แก้ไขเมื่อ
mine-actions = การดำเนินการ
mine-not-yet = ยังไม่เผยแพร่
mine-staff = เจ้าหน้าที่:
mine-public-until = เผยแพร่ถึง { $date }
mine-confirm = ยืนยันว่ายังเป็นปัจจุบัน
mine-continue = แก้ไขต่อ
mine-edit = แก้ไข
mine-archive = จัดเก็บเข้าคลัง
mine-close = ปิด
mine-archive-confirm = ใช่ นำออกจากแคตตาล็อก
mine-close-confirm = ใช่ นำออกจากกระดาน
mine-open = เปิด
notice-saved = บันทึกฉบับร่างแล้ว โปรดตรวจดูตัวอย่าง แล้วส่งเข้ารับการตรวจสอบ
notice-submitted = ส่งแล้ว เจ้าหน้าที่พันธมิตรจะตรวจสอบ และท่านจะเห็นผลการตัดสินที่นี่
notice-withdrawn = ถอนฉบับแก้ไขแล้ว รายการที่เผยแพร่อยู่ (หากมี) ไม่มีการเปลี่ยนแปลง
notice-archived = จัดเก็บเข้าคลังแล้ว: รายการนี้ไม่ปรากฏในแคตตาล็อกสาธารณะอีกต่อไป
notice-closed = ปิดแล้ว: ความต้องการนี้ไม่ปรากฏบนกระดานสาธารณะอีกต่อไป
notice-confirmed = ยืนยันว่ายังเป็นปัจจุบันแล้ว: รายการนี้จะเผยแพร่ต่อไปอีกหนึ่งปี
revision-changes-to = { $kind ->
    [technology] การแก้ไขเทคโนโลยี
   *[need] การแก้ไขความต้องการ
}
revision-new = { $kind ->
    [technology] เทคโนโลยีใหม่
   *[need] ความต้องการใหม่
}
revision-status = สถานะ:
revision-submitted = ส่งเมื่อ { $date }
revision-staff-comment = ความเห็นจากเจ้าหน้าที่พันธมิตร
revision-submit = ส่งเข้ารับการตรวจสอบ
revision-withdraw = ถอน
revision-review-it = ตรวจสอบ
revision-preview = ตัวอย่าง
revision-preview-tech = ลักษณะที่จะปรากฏในแคตตาล็อกเมื่อได้รับการอนุมัติ
revision-preview-need = ลักษณะที่จะปรากฏบนกระดานความต้องการเมื่อได้รับการอนุมัติ
back = กลับ

## Problems a form can have, beside the field
problem-required = ช่องนี้จำเป็นต้องกรอกแต่ยังว่างอยู่
problem-too-long = ช่องนี้มีความยาว { $length } ตัวอักษร อนุญาตไม่เกิน { $max } ตัวอักษร
problem-too-many = ช่องนี้มี { $count } ค่า อนุญาตไม่เกิน { $max } ค่า
problem-date = ข้อมูลนี้ไม่ใช่วันที่: โปรดใช้รูปแบบ YYYY-MM-DD เช่น 2026-03-31
