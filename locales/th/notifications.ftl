# การแจ้งเตือน: รายการแจ้งเตือน และข้อความของการแจ้งเตือนแต่ละประเภท

notifications-none = ยังไม่มีการแจ้งเตือน ท่านจะได้รับแจ้งที่นี่เมื่อรายการของท่านได้รับการตรวจสอบ เมื่อพบเทคโนโลยีที่เข้าข่ายอย่างชัดเจนสำหรับความต้องการของท่าน และเมื่อการเชื่อมโยงมีความคืบหน้า
notifications-mark-read = ทำเครื่องหมายว่าอ่านแล้วทั้งหมด
notifications-new = ใหม่
notify-approved = { $kind ->
    [technology] เทคโนโลยี “{ $title }” ของท่านได้รับการอนุมัติและเผยแพร่แล้ว: { $reason }
   *[need] ความต้องการ “{ $title }” ของท่านได้รับการอนุมัติและเผยแพร่แล้ว: { $reason }
}
notify-changes-requested = { $kind ->
    [technology] เทคโนโลยี “{ $title }” ของท่านต้องได้รับการแก้ไข: { $reason }
   *[need] ความต้องการ “{ $title }” ของท่านต้องได้รับการแก้ไข: { $reason }
}
notify-rejected = { $kind ->
    [technology] เทคโนโลยี “{ $title }” ของท่านถูกปฏิเสธ: { $reason }
   *[need] ความต้องการ “{ $title }” ของท่านถูกปฏิเสธ: { $reason }
}
notify-expired = { $kind ->
    [technology] “{ $title }” หมดอายุและถูกนำออกจากแคตตาล็อกสาธารณะแล้ว โปรดยืนยันว่ายังเป็นปัจจุบันเพื่อเผยแพร่อีกครั้ง
   *[need] “{ $title }” หมดอายุและถูกนำออกจากกระดานความต้องการสาธารณะแล้ว โปรดยืนยันว่ายังเป็นปัจจุบันเพื่อเผยแพร่อีกครั้ง
}
notify-expiring = { $kind ->
    [technology] “{ $title }” จะถูกนำออกจากแคตตาล็อกสาธารณะในวันที่ { $date } หากท่านไม่ยืนยันว่ายังเป็นปัจจุบัน
   *[need] “{ $title }” จะถูกนำออกจากกระดานความต้องการสาธารณะในวันที่ { $date } หากท่านไม่ยืนยันว่ายังเป็นปัจจุบัน
}
notify-candidates = พบเทคโนโลยีที่เข้าข่ายอย่างชัดเจน { $count } รายการสำหรับความต้องการ “{ $need }” ของท่าน
notify-candidate = เทคโนโลยีที่เข้าข่ายรายการใหม่สำหรับ “{ $need }”: { $technology }
notify-introduction-asked = { $organisation } ขอการเชื่อมโยงกับ { $technology }
notify-stage-requested = การเชื่อมโยงกับ { $technology }: ร้องขอแล้ว
notify-stage-accepted = การเชื่อมโยงกับ { $technology }: ตอบรับแล้ว
notify-stage-in_discussion = การเชื่อมโยงกับ { $technology }: อยู่ระหว่างหารือ
notify-stage-nda_signed = การเชื่อมโยงกับ { $technology }: ลงนาม NDA แล้ว
notify-stage-pilot = การเชื่อมโยงกับ { $technology }: นำร่อง
notify-stage-agreement_signed = การเชื่อมโยงกับ { $technology }: ลงนามข้อตกลงแล้ว
notify-stage-declined = การเชื่อมโยงกับ { $technology }: ปฏิเสธแล้ว
notify-stage-closed = การเชื่อมโยงกับ { $technology }: ปิดแล้ว
