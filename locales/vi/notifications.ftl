# Thông báo: danh sách và nội dung của từng thông báo.

notifications-none = Chưa có gì. Bạn sẽ được thông báo tại đây khi các mục của bạn được xét duyệt, khi xuất hiện một ứng viên phù hợp cho nhu cầu của bạn, và khi một kết nối chuyển sang giai đoạn mới.
notifications-mark-read = Đánh dấu tất cả là đã đọc
notifications-new = mới
notify-approved = { $kind ->
    [technology] Công nghệ “{ $title }” của bạn đã được phê duyệt và công khai: { $reason }
   *[need] Nhu cầu “{ $title }” của bạn đã được phê duyệt và công khai: { $reason }
}
notify-changes-requested = { $kind ->
    [technology] Công nghệ “{ $title }” của bạn cần chỉnh sửa: { $reason }
   *[need] Nhu cầu “{ $title }” của bạn cần chỉnh sửa: { $reason }
}
notify-rejected = { $kind ->
    [technology] Công nghệ “{ $title }” của bạn đã bị từ chối: { $reason }
   *[need] Nhu cầu “{ $title }” của bạn đã bị từ chối: { $reason }
}
notify-expired = { $kind ->
    [technology] “{ $title }” đã hết hạn và bị gỡ khỏi danh mục công khai: hãy xác nhận nội dung vẫn còn hiệu lực để công bố lại
   *[need] “{ $title }” đã hết hạn và bị gỡ khỏi bảng nhu cầu công khai: hãy xác nhận nội dung vẫn còn hiệu lực để công bố lại
}
notify-expiring = { $kind ->
    [technology] “{ $title }” sẽ bị gỡ khỏi danh mục công khai vào ngày { $date } trừ khi bạn xác nhận nội dung vẫn còn hiệu lực
   *[need] “{ $title }” sẽ bị gỡ khỏi bảng nhu cầu công khai vào ngày { $date } trừ khi bạn xác nhận nội dung vẫn còn hiệu lực
}
notify-candidates = Đã tìm thấy { $count } ứng viên phù hợp cho nhu cầu “{ $need }” của bạn
notify-candidate = Ứng viên mới cho “{ $need }”: { $technology }
notify-introduction-asked = { $organisation } yêu cầu kết nối với { $technology }
notify-stage-requested = Kết nối với { $technology }: Đã yêu cầu
notify-stage-accepted = Kết nối với { $technology }: Đã chấp nhận
notify-stage-in_discussion = Kết nối với { $technology }: Đang trao đổi
notify-stage-nda_signed = Kết nối với { $technology }: Đã ký NDA
notify-stage-pilot = Kết nối với { $technology }: Thí điểm
notify-stage-agreement_signed = Kết nối với { $technology }: Đã ký thỏa thuận
notify-stage-declined = Kết nối với { $technology }: Bị từ chối
notify-stage-closed = Kết nối với { $technology }: Đã đóng
