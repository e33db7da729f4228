# Các trang dành cho nhân viên và quản trị viên: hàng đợi xét duyệt và quyết định, tải lên CSV, yêu cầu tài khoản, đánh giá ứng viên, tài khoản, phễu kết nối và lịch sử mục.

## Review queue
review-tabs-label = Công việc của nhân viên
review-queue-title = Hàng đợi xét duyệt
review-kind = Loại
review-kind-any = Công nghệ và nhu cầu
review-filter-edits = Mới hoặc chỉnh sửa
review-edits-both = Cả hai
review-edits-new = Mục mới
review-edits-edits = Chỉnh sửa mục đã công bố
review-any = Tất cả
review-filter-button = Lọc
review-waiting = { $n } mục đang chờ, cũ nhất trước.
review-nothing = Không có mục nào chờ xét duyệt.
review-nothing-filtered = Không có mục nào chờ xét duyệt với các bộ lọc này:
review-show-everything = hiển thị tất cả
review-nothing-filtered-end = .
review-caption = Các mục chờ xét duyệt, cũ nhất trước
review-select = Chọn
review-select-entry = Chọn { $reference }
review-col-submitted = Ngày gửi
review-col-entry = Mục
review-col-from = Từ
review-badge-edit = chỉnh sửa
review-badge-new = mới
review-bulk-reason = Lý do phê duyệt các mục đã chọn
review-bulk-approve = Phê duyệt các mục đã chọn
review-done-approve = Đã phê duyệt: mục này hiện đã được công khai.
review-done-request-changes = Đã gửi lại cho chủ sở hữu kèm yêu cầu chỉnh sửa của bạn.
review-done-reject = Đã từ chối. Chủ sở hữu sẽ thấy lý do của bạn.
review-bulk-approved = Đã phê duyệt { $n } mục: các mục này hiện đã được công khai.
review-error-tick = Hãy đánh dấu các mục cần phê duyệt.
review-error-reason = Hãy ghi lý do cho quyết định của bạn (tối đa { $max } ký tự): chủ sở hữu sẽ đọc lý do này.
review-error-not-awaiting = Bản sửa đổi { $id } không còn chờ xét duyệt.
review-error-not-approved = Bản sửa đổi { $id } chưa được phê duyệt: { $problems }
review-error-decision = Hãy chọn Phê duyệt, Yêu cầu chỉnh sửa hoặc Từ chối.
review-error-decided = Bản sửa đổi này không còn chờ xét duyệt: trong lúc đó nó đã được quyết định hoặc đã bị rút lại.

## One revision under review
review-title = Xét duyệt: { $title }
review-edit-of-published = chỉnh sửa một mục đã công bố
review-new-entry = mục mới
review-from-by = từ { $owner }, do { $author } soạn
review-status = Trạng thái:
review-submitted = gửi ngày { $date }
review-changes-heading = Nội dung thay đổi trong lần chỉnh sửa này
review-changes-note = Danh mục công khai vẫn hiển thị phiên bản đã công bố cho đến khi bạn phê duyệt.
review-no-changes = Không có trường nào khác với phiên bản đã công bố.
review-col-field = Trường
review-col-published = Đã công bố
review-col-proposed = Đề xuất
review-decision = Quyết định
review-approve-publish = Phê duyệt và công bố
review-request-changes = Yêu cầu chỉnh sửa
review-reject = Từ chối
review-reason = Lý do (hiển thị cho chủ sở hữu)
review-record = Ghi nhận quyết định
review-as-submitted = Nội dung mục như đã gửi

## An entry's history (audit log)
history-heading = Lịch sử
history-empty = Chưa có gì được ghi nhận.
history-portal = cổng thông tin
history-created-draft = đã tạo bản nháp
history-started-edit = đã bắt đầu chỉnh sửa
history-edited = đã chỉnh sửa
history-submitted = đã gửi xét duyệt
history-withdrew = đã rút lại bản sửa đổi
history-approved = đã phê duyệt
history-requested-changes = đã yêu cầu chỉnh sửa
history-rejected = đã từ chối
history-archived = đã lưu trữ
history-closed = đã đóng
history-expired = đã hết hạn: không được xác nhận trong một năm
history-confirmed-current = đã xác nhận nội dung vẫn còn hiệu lực
history-confirmed-candidate = đã xác nhận ứng viên { $technology }
history-dismissed-candidate = đã loại ứng viên { $technology }
history-changed-role = đã thay đổi vai trò
history-role-from-to = từ { $from ->
    [firm] thành viên doanh nghiệp hoặc tổ chức ASEAN
    [institution] thành viên cơ quan
    [staff] nhân viên liên minh
    [admin] quản trị viên liên minh
   *[other] { $from }
} thành { $to ->
    [firm] thành viên doanh nghiệp hoặc tổ chức ASEAN
    [institution] thành viên cơ quan
    [staff] nhân viên liên minh
    [admin] quản trị viên liên minh
   *[other] { $to }
}

## Uploading catalogue files
import-tab = Tải lên CSV
import-title = Tải lên tệp danh mục
import-done = Đã nhập. Danh mục hiện chứa các dòng của { $files }.
import-valid = Các tệp hợp lệ. Chưa có gì thay đổi: hãy kiểm tra những gì lần nhập sẽ thực hiện, rồi xác nhận.
import-refused = Các tệp bị từ chối và không có gì thay đổi: { $n } lỗi.
import-refused-listed = Các tệp bị từ chối và không có gì thay đổi: { $n } lỗi ({ $shown } lỗi đầu tiên được liệt kê).
import-refused-fix = Hãy sửa các lỗi này và tải lên lại các tệp.
import-did = Những gì lần nhập đã thực hiện
import-will-do = Những gì lần nhập sẽ thực hiện
import-col-file = Tệp
import-col-new = Mới
import-col-changed = Thay đổi
import-col-unchanged = Không đổi
import-confirm = Xác nhận nhập
import-cancel = Hủy
import-files = Tệp CSV
import-hint = Bất kỳ tệp nào trong số institutions.csv, technologies.csv và needs.csv, theo định dạng trao đổi danh mục. Các dòng được đối chiếu theo ref: ref mới được thêm vào, ref đã có được cập nhật. Các mục được nhập sẽ được công bố ngay.
import-check = Kiểm tra tệp
import-back = Quay lại hàng đợi xét duyệt

## Account requests
requests-title = Yêu cầu tài khoản
requests-waiting = { $n } yêu cầu đang chờ, cũ nhất trước.
requests-none = Không có yêu cầu tài khoản nào đang chờ.
requests-asks = Đề nghị tham gia với tư cách
requests-role = { $role ->
    [firm] thành viên doanh nghiệp
    [institution] thành viên cơ quan
   *[other] { $role }
}
requests-asks-of = của { $affiliation }.
requests-sent = Gửi ngày { $date }.
requests-reason = Lý do (bắt buộc, hiển thị cho người yêu cầu)
requests-approve = Phê duyệt
requests-reject = Từ chối
requests-approved = Đã phê duyệt yêu cầu.
requests-rejected = Đã từ chối yêu cầu.
requests-error-decision = Hãy chọn Phê duyệt hoặc Từ chối.
requests-error-reason = Hãy ghi lý do cho quyết định của bạn.
requests-error-gone = Yêu cầu đó đã được quyết định hoặc không tồn tại.

## Candidate verdicts
verdicts-title = Đánh giá ứng viên
verdicts-intro = Nhân viên xác nhận hoặc loại các ứng viên do hệ thống đối sánh đề xuất, trên trang của từng nhu cầu. Ứng viên bị loại sẽ không còn hiển thị cho doanh nghiệp; ứng viên được xác nhận sẽ được đánh dấu. Số liệu được tính theo tuần của lần đánh giá gần nhất đối với mỗi cặp.
verdicts-none = Chưa có đánh giá nào.
verdicts-week-of = Tuần bắt đầu
verdicts-ip-not-available = Không có quyền SHTT
verdicts-latest = Các đánh giá gần đây
verdicts-when = Thời gian
verdicts-need = Nhu cầu
verdicts-technology = Công nghệ
verdicts-verdict = Đánh giá
verdicts-by = Người đánh giá
verdicts-error-note-long = Ghi chú phải dưới 2.000 ký tự.
verdicts-error-reason = Hãy chọn lý do loại ứng viên.
verdicts-error-note = Hãy nêu trong ghi chú lý do loại ứng viên.
verdicts-error-verdict = Hãy chọn Xác nhận hoặc Loại.

## Accounts (administrators)
admin-role-changed = Đã thay đổi vai trò.
admin-count = { $n } tài khoản, nhân viên trước.
admin-members = Thành viên được gắn với cơ quan hoặc tổ chức của mình khi nhân viên phê duyệt
admin-members-link = yêu cầu tài khoản
admin-members-end = của họ.
admin-name = Tên
admin-email = Email
admin-role = Vai trò
admin-belongs-to = Thuộc về
admin-since = Từ ngày
admin-change-role = Đổi vai trò
admin-new-role = Vai trò mới của { $email }
admin-role-admin = Quản trị viên
admin-set = Đặt
admin-you = (bạn)
admin-history = Các thay đổi vai trò gần đây
admin-history-none = Chưa có vai trò nào được thay đổi.
admin-error-role = Hãy chọn nhân viên hoặc quản trị viên.
admin-error-unchanged = Không có gì thay đổi: tài khoản đã có vai trò này, không tồn tại, hoặc là tài khoản của chính bạn.

## The introductions funnel
dashboard-title = Kết nối: phễu
dashboard-all = Tất cả kết nối
dashboard-broker = Làm trung gian kết nối
dashboard-csv = Tải xuống CSV
dashboard-note = Mỗi cột đếm số kết nối đã đạt đến giai đoạn đó (một kết nối ở giai đoạn “thí điểm” cũng đã được yêu cầu, chấp nhận, trao đổi và ký NDA).
dashboard-overall = Tổng thể
dashboard-by-country = Theo quốc gia của doanh nghiệp
dashboard-by-domain = Theo lĩnh vực
dashboard-by-province = Theo tỉnh của cơ quan
dashboard-none = Chưa có kết nối nào.
dashboard-medians = Thời gian trung vị ở mỗi giai đoạn
dashboard-under-hour = dưới một giờ
dashboard-hours = { $n } giờ
dashboard-days = { $n } ngày
