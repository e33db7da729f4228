# Trang công nghệ và nhu cầu, các ứng viên đối sánh và lý do.

breadcrumbs = Đường dẫn
not-given = Không cung cấp
none = Không có
any = Bất kỳ
choose = Chọn…
technology-confirmed = được chủ sở hữu xác nhận lần gần nhất ngày { $date }
technology-offered-by = đơn vị cung cấp:
technology-languages-note = Công nghệ được chủ sở hữu mô tả bằng tiếng Anh và tiếng Trung. Các từ trong ngôn ngữ của bạn được liên kết với công nghệ thông qua bảng thuật ngữ kỹ thuật của cổng thông tin; bản thân phần mô tả không được dịch máy.
technology-summary = Tóm tắt
technology-description = Mô tả
technology-facts = Thông tin chính
field-domain = Lĩnh vực
field-readiness = Mức độ sẵn sàng
technology-trl-of-9 = TRL { $trl }/9
field-ip = Sở hữu trí tuệ
field-cooperation-offered = Hình thức hợp tác đề xuất
field-typical-cost = Chi phí thông thường cho bên áp dụng
field-sdgs = Mục tiêu Phát triển Bền vững
field-keywords = Từ khóa
technology-offered-by-heading = Bên cung cấp
ask-introduction = Yêu cầu kết nối
technology-sign-in-to-ask = Đăng nhập với tư cách doanh nghiệp để yêu cầu kết nối
technology-needs = Nhu cầu có thể giải quyết
match-percent = Phù hợp { $percent }%
match-score = Điểm phù hợp
technology-related = Công nghệ liên quan

## Trang của một nhu cầu
need-description-meta = Một nhu cầu công nghệ từ { $country }
need-confirmed = xác nhận lần gần nhất ngày { $date }
field-min-trl = Mức độ sẵn sàng tối thiểu chấp nhận
field-cooperation-accepted = Hình thức hợp tác chấp nhận
field-budget = Ngân sách
field-deadline = Thời hạn
candidates-heading = Công nghệ có thể giải quyết nhu cầu này
candidates-none = Chưa có ứng viên nào: việc đối sánh chạy ngầm và mất vài giây sau khi nhu cầu được công bố. Bạn cũng có thể tìm kiếm trong danh mục.
candidates-search = Tìm kiếm trong danh mục
candidates-ranked = Xếp hạng theo mức độ phù hợp của từng công nghệ với vấn đề và các ràng buộc của nhu cầu.
candidates-search-more = Tìm thêm trong danh mục.
verdict = Đánh giá
verdict-give = Xác nhận hoặc loại
verdict-confirm = Xác nhận
verdict-dismiss-because = Loại vì
verdict-reason = Lý do loại
verdict-note = Ghi chú
verdict-note-hint = (bắt buộc với “Lý do khác”)
verdict-record = Ghi nhận

## Vì sao một công nghệ là ứng viên (xem các mã lý do trong README)
reason-text = có chung: { $words }
reason-concept = cùng đề cập đến: { $concepts }
reason-domain-same = cùng lĩnh vực: { $domain }
reason-domain-inferred = nhu cầu thuộc lĩnh vực { $domain }
reason-trl = TRL { $trl } đạt mức tối thiểu { $min }
reason-cooperation = hình thức cung cấp: { $modes }
reason-budget = chi phí thông thường { $cost } phù hợp với ngân sách { $budget }
reason-sdg = mục tiêu chung: { $goals }
reason-deployed-in = đã triển khai tại { $countries }
reason-deployed-near = đã triển khai tại nước láng giềng { $countries }
reason-confirmed = được nhân viên liên minh xác nhận

## Các cột của một mục, theo tên gọi trong biểu mẫu, bản xem trước và xét duyệt
column-institution_ref = Cơ quan
column-title_en = Tiêu đề tiếng Anh
column-title_zh = Tiêu đề tiếng Trung
column-summary_en = Tóm tắt tiếng Anh
column-summary_zh = Tóm tắt tiếng Trung
column-description_en = Mô tả
column-domain = Lĩnh vực
column-keywords = Từ khóa
column-trl = Mức độ sẵn sàng (TRL)
column-ip = Sở hữu trí tuệ
column-cooperation = Hình thức hợp tác
column-budget_band = Khoảng ngân sách
column-sdgs = Mục tiêu Phát triển Bền vững
column-deployed_in = Đã triển khai tại
column-title = Tiêu đề
column-description = Mô tả
column-language = Ngôn ngữ
column-country = Quốc gia
column-organisation = Tổ chức
column-org_kind = Loại hình tổ chức
column-min_trl = Mức độ sẵn sàng thấp nhất chấp nhận được
column-deadline = Thời hạn

## Soạn một công nghệ hoặc một nhu cầu
optional = (không bắt buộc)
entry-new-heading = { $kind ->
    [technology] Cung cấp công nghệ
   *[need] Đăng nhu cầu
}
entry-edit-heading = { $kind ->
    [technology] Chỉnh sửa công nghệ { $reference }
   *[need] Chỉnh sửa nhu cầu { $reference }
}
form-nothing-saved = Chưa lưu được gì: vui lòng sửa các trường được đánh dấu bên dưới.
form-tech-what = Công nghệ là gì
form-tech-how = Mức độ sẵn sàng và hình thức cung cấp
form-deployed-other = Các quốc gia khác nơi công nghệ đã được triển khai
form-deployed-other-hint = Mã ISO hai chữ cái, phân cách bằng dấu phẩy, ví dụ: KE, BR.
form-need-step-1 = 1. Vấn đề của bạn
form-need-step-2 = 2. Địa điểm
form-need-step-3 = 3. Ràng buộc
form-need-step-4 = 4. Thời gian
form-save-preview = Lưu bản nháp và xem trước
form-save-submit = Lưu và gửi xét duyệt
form-back-technologies = Quay lại công nghệ của bạn
form-back-needs = Quay lại nhu cầu của bạn
form-tech-title-en = Tiêu đề tiếng Anh
form-tech-title-en-hint = Nêu công nghệ mang lại gì cho người dùng, tối đa 256 ký tự.
form-tech-title-zh = Tiêu đề tiếng Trung (中文标题)
form-tech-summary-en = Tóm tắt tiếng Anh
form-tech-summary-en-hint = Hai hoặc ba câu, tối đa 1.000 ký tự: vấn đề công nghệ giải quyết và kết quả đạt được.
form-tech-summary-zh = Tóm tắt tiếng Trung (中文摘要)
form-tech-description-en = Mô tả
form-tech-description-en-hint = Cách thức hoạt động, nơi đã được sử dụng, những gì bên áp dụng cần có: tối đa 8.000 ký tự.
form-tech-domain = Lĩnh vực
form-tech-keywords = Từ khóa
form-tech-keywords-hint = Tối đa mười từ, phân cách bằng dấu phẩy.
form-tech-trl = Mức độ sẵn sàng (TRL)
form-tech-ip = Sở hữu trí tuệ
form-tech-cooperation = Hình thức hợp tác bạn đề xuất
form-tech-cooperation-hint = Chọn ít nhất một hình thức.
form-tech-budget-band = Chi phí thông thường cho bên áp dụng
form-tech-sdgs = Mục tiêu Phát triển Bền vững mà công nghệ hướng tới
form-tech-deployed-in = Đã triển khai tại
form-need-title = Tóm gọn trong một dòng, bạn cần gì?
form-need-title-hint = Ví dụ: “Xử lý nước thải tinh bột sắn cho nhà máy công suất 200 tấn/ngày”.
form-need-description = Mô tả vấn đề
form-need-description-hint = Hiện trạng, những gì bạn đã thử, một giải pháp tốt cần đạt được điều gì. Tối đa 4.000 ký tự; hãy viết bằng ngôn ngữ bạn thấy thoải mái nhất.
form-need-language = Ngôn ngữ bạn đã dùng để viết
form-need-country = Quốc gia nơi giải pháp sẽ được sử dụng
form-need-domain = Lĩnh vực
form-need-domain-hint = Có thể bỏ trống nếu bạn không chắc chắn: việc đối sánh cũng đọc phần mô tả của bạn.
form-need-keywords = Từ khóa
form-need-keywords-hint = Tối đa mười từ, phân cách bằng dấu phẩy.
form-need-min-trl = Mức độ sẵn sàng thấp nhất bạn có thể chấp nhận
form-need-cooperation = Hình thức hợp tác bạn chấp nhận
form-need-cooperation-hint = Không đánh dấu ô nào nếu hình thức nào cũng được.
form-need-budget-band = Ngân sách của bạn
form-need-sdgs = Mục tiêu Phát triển Bền vững mà nhu cầu hướng tới
form-need-deadline = Thời hạn
form-need-deadline-hint = Ngày bạn cần có giải pháp, theo định dạng YYYY-MM-DD.

## Danh sách mục của một thành viên, và một bản sửa đổi
mine-tech-intro = Công nghệ bạn soạn sẽ được nhân viên liên minh xét duyệt trước khi xuất hiện trong danh mục công khai. Trong khi một thay đổi của công nghệ đã công bố đang được xét duyệt, danh mục vẫn giữ phiên bản được phê duyệt gần nhất.
mine-need-intro = Nhu cầu bạn đăng sẽ được nhân viên liên minh xét duyệt trước khi xuất hiện trên bảng công khai, nơi các cơ quan và hệ thống đối sánh có thể thấy.
mine-tech-new = Cung cấp công nghệ mới
mine-need-new = Đăng nhu cầu mới
mine-tech-empty = Bạn chưa có công nghệ nào. Hãy cung cấp công nghệ đầu tiên: chỉ mất khoảng mười phút.
mine-need-empty = Bạn chưa đăng nhu cầu nào. Hãy mô tả vấn đề đầu tiên của bạn: các công nghệ phù hợp sẽ được gợi ý khi nhu cầu được công bố.
mine-caption = Các mục của bạn, thay đổi gần nhất trước
mine-ref = Mã
mine-public = Công khai
mine-review = Xét duyệt
mine-candidates = Ứng viên
mine-changed = Thay đổi
mine-actions = Thao tác
mine-not-yet = Chưa
mine-staff = Nhân viên:
mine-public-until = công khai đến { $date }
mine-confirm = Xác nhận vẫn còn hiệu lực
mine-continue = Tiếp tục chỉnh sửa
mine-edit = Chỉnh sửa
mine-archive = Lưu trữ
mine-close = Đóng
mine-archive-confirm = Có, gỡ khỏi danh mục
mine-close-confirm = Có, gỡ khỏi bảng nhu cầu
mine-open = Mở
notice-saved = Đã lưu bản nháp. Hãy kiểm tra bản xem trước, rồi gửi xét duyệt.
notice-submitted = Đã gửi. Nhân viên liên minh sẽ xét duyệt; bạn sẽ thấy quyết định của họ tại đây.
notice-withdrawn = Bản sửa đổi đã được rút lại; mục đã công bố (nếu có) không thay đổi.
notice-archived = Đã lưu trữ: mục không còn xuất hiện trong danh mục công khai.
notice-closed = Đã đóng: nhu cầu không còn xuất hiện trên bảng công khai.
notice-confirmed = Đã xác nhận còn hiệu lực: mục tiếp tục được công khai thêm một năm.
revision-changes-to = { $kind ->
    [technology] Thay đổi đối với công nghệ
   *[need] Thay đổi đối với nhu cầu
}
revision-new = { $kind ->
    [technology] Công nghệ mới
   *[need] Nhu cầu mới
}
revision-status = Trạng thái:
revision-submitted = gửi ngày { $date }
revision-staff-comment = Nhận xét của nhân viên liên minh
revision-submit = Gửi xét duyệt
revision-withdraw = Rút lại
revision-review-it = Xét duyệt
revision-preview = Xem trước
revision-preview-tech = Như sẽ hiển thị trong danh mục sau khi được phê duyệt.
revision-preview-need = Như sẽ hiển thị trên bảng nhu cầu sau khi được phê duyệt.
back = Quay lại

## Các lỗi của biểu mẫu, hiển thị cạnh trường
problem-required = Trường này là bắt buộc nhưng đang để trống.
problem-too-long = Trường này dài { $length } ký tự; chỉ cho phép tối đa { $max } ký tự.
problem-too-many = Trường này liệt kê { $count } giá trị; chỉ cho phép tối đa { $max } giá trị.
problem-date = Đây không phải là ngày hợp lệ: hãy dùng định dạng YYYY-MM-DD, ví dụ: 2026-03-31.
