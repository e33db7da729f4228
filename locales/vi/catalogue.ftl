# Trang chủ, tìm kiếm trong danh mục, thẻ và phân trang.

home-title = Công nghệ Trung Quốc cho ASEAN
home-heading = Công nghệ Trung Quốc cho các vấn đề của doanh nghiệp ASEAN
home-intro = Cổng thông tin giới thiệu các công nghệ tiên tiến, có tính ứng dụng được tuyển chọn trên khắp Trung Quốc, theo một định dạng thống nhất, tới doanh nghiệp và tổ chức công tại mười quốc gia ASEAN. Hãy đăng nhu cầu của bạn, Liên minh Chuyển giao Công nghệ Trung Quốc – ASEAN sẽ kết nối bạn với cơ quan có thể giải quyết nhu cầu đó.
search-label = Tìm kiếm công nghệ bằng bất kỳ ngôn ngữ nào của cổng thông tin
search-button = Tìm kiếm
home-search-placeholder = Tìm công nghệ: nước thải chế biến sắn, 木薯, sấy bằng năng lượng mặt trời…
home-figures = Danh mục hiện nay
figure-technologies = Công nghệ
figure-institutions = Cơ quan
figure-alliance-members = Thành viên liên minh
figure-needs = Nhu cầu đã đăng
figure-countries-with-needs = Quốc gia ASEAN có nhu cầu
home-cooperation = Kết quả hợp tác đến nay
figure-projects = Dự án
figure-enterprises-served = Doanh nghiệp được phục vụ
figure-agreements = Thỏa thuận hợp tác đã ký
figure-countries-reached = Quốc gia ASEAN đã tiếp cận
how-we-count = Cách chúng tôi thống kê
how-we-count-text = Mọi số liệu đều được tính từ các kết nối ghi nhận trên cổng thông tin này, theo tình trạng hiện tại. Một dự án là một kết nối đã được cơ quan chấp nhận. Một doanh nghiệp được phục vụ là một doanh nghiệp hoặc tổ chức công đã yêu cầu ít nhất một kết nối (hoặc được nhân viên liên minh làm trung gian kết nối). Một thỏa thuận là một kết nối mà các bên đã ghi nhận việc ký thỏa thuận hợp tác. Một quốc gia đã tiếp cận là một quốc gia ASEAN có ít nhất một kết nối được chấp nhận.
home-domains = Lĩnh vực
technologies-count = { $n } công nghệ
home-latest = Công nghệ mới nhất
home-empty = Danh mục hiện chưa có nội dung.
home-all-newest = Tất cả công nghệ, mới nhất trước
home-needs = Nhu cầu từ ASEAN
home-needs-board = Xem bảng nhu cầu
home-needs-countries = Nhu cầu của từng quốc gia ASEAN
written-in = viết bằng { $language }

## Danh mục
catalogue-title = Công nghệ
catalogue-title-search = “{ $text }” trong danh mục công nghệ
title-page = { $title }, trang { $page }
catalogue-description = Tìm kiếm trong { $n } công nghệ tiên tiến, có tính ứng dụng của Trung Quốc theo từ khóa, lĩnh vực, mức độ sẵn sàng, hình thức hợp tác và nhiều tiêu chí khác.
catalogue-feed-title = Công nghệ mới của tìm kiếm này
catalogue-feed = Theo dõi công nghệ mới của tìm kiếm này (nguồn cấp Atom)
catalogue-search-placeholder = ví dụ: nước thải chế biến sắn, 木薯, "tưới nhỏ giọt"
sort-by = Sắp xếp theo
filters = Bộ lọc
filters-chosen = Đã chọn { $n }
filters-chosen-label = Bộ lọc đã chọn
filter-remove = bỏ
filters-clear = Xóa tất cả bộ lọc
catalogue-found = { $count ->
    [0] Không tìm thấy công nghệ nào
   *[other] { $n } công nghệ
}
catalogue-found-for = { $count ->
    [0] Không tìm thấy công nghệ nào cho “{ $text }”
   *[other] { $n } công nghệ cho “{ $text }”
}
catalogue-showing = (hiển thị { $first }–{ $last })
catalogue-past-end = Trang này nằm ngoài kết quả cuối cùng.
catalogue-first-page = Quay lại trang đầu tiên.
catalogue-nothing = Không có nội dung nào trong danh mục khớp với tìm kiếm này.
catalogue-did-you-mean = Có phải bạn muốn tìm một trong những từ sau?
catalogue-tip-spelling = Kiểm tra chính tả, hoặc dùng ít từ hơn hay từ ngữ khái quát hơn.
catalogue-tip-languages = Tiêu đề và tóm tắt được viết bằng tiếng Anh và tiếng Trung; các từ bằng ngôn ngữ của các nước ASEAN được tìm thấy nhờ bảng thuật ngữ kỹ thuật của cổng thông tin.
catalogue-tip-remove-filters = Bỏ các bộ lọc và tìm kiếm trong toàn bộ danh mục.
catalogue-tip-browse = Xem tất cả công nghệ
catalogue-tip-post-need = hoặc đăng vấn đề của bạn lên bảng nhu cầu
pages = Trang
page-previous = Trang trước
page-next = Trang sau

## Bảng nhu cầu
needs-from = Nhu cầu từ { $country }
needs-description = Nhu cầu công nghệ do doanh nghiệp và tổ chức công tại mười quốc gia ASEAN đăng tải.
needs-feed = Theo dõi nhu cầu mới (nguồn cấp Atom)
needs-feed-country = hoặc nguồn cấp của một quốc gia:
needs-intro = Những vấn đề mà doanh nghiệp và tổ chức công ở ASEAN muốn được giải quyết. Cơ quan có công nghệ phù hợp có thể đề xuất thông qua liên minh.
filter-country = Quốc gia
filter-any-country = Cả mười quốc gia
filter-domain = Lĩnh vực
filter-any-domain = Mọi lĩnh vực
filter-organisation = Tổ chức
filter-any-kind = Mọi loại hình
filter-language = Ngôn ngữ
filter-any-language = Mọi ngôn ngữ
filter-show = Hiển thị
needs-count = { $n } nhu cầu
needs-none = Không có nhu cầu nào khớp với các bộ lọc này.
needs-see-all = Xem tất cả nhu cầu.
institutions-members = Thành viên liên minh
institutions-not-members = Không phải thành viên

## Cơ quan
institutions-description = Các trường đại học, viện, doanh nghiệp và trung tâm chuyển giao cung cấp công nghệ cho ASEAN, cùng các tổ chức đối tác của liên minh.
institutions-kind = Loại hình
institutions-place-filter = Tỉnh hoặc quốc gia
institutions-anywhere = Mọi nơi
institutions-membership = Tư cách thành viên liên minh
institutions-members-or-not = Thành viên hoặc không
institutions-count = { $n } cơ quan
institutions-none = Không có cơ quan nào khớp với các bộ lọc này.
institutions-see-all = Xem tất cả cơ quan.
institutions-institution = Cơ quan
institutions-place = Địa điểm
institutions-alliance = Liên minh
institutions-alliance-full = Liên minh Chuyển giao Công nghệ Trung Quốc – ASEAN
institutions-member = Thành viên
institutions-member-since = Thành viên từ { $date }
institutions-not-member = Không phải thành viên
institutions-website = Trang web
institutions-offers = Công nghệ cung cấp ({ $n })
institutions-offers-none = Cơ quan này chưa có công nghệ nào trong danh mục.

## Quốc gia
countries-title = Các quốc gia ASEAN
countries-description = Mười quốc gia ASEAN: nhu cầu của họ, các công nghệ đã được triển khai tại đó và các cơ quan đặt trụ sở tại đó.
countries-heading = Mười quốc gia ASEAN
countries-technologies = Công nghệ đã triển khai tại đó
countries-institutions = Cơ quan tại đó
country-technologies-here = Công nghệ đã triển khai tại đây
country-institutions-here = Cơ quan tại đây
country-no-needs = Chưa có nhu cầu nào được đăng từ { $country }.
country-all-needs = Tất cả { $n } nhu cầu từ { $country }
country-deployed = Công nghệ đã được triển khai tại { $country }
country-no-deployed = Chưa có công nghệ nào trong danh mục báo cáo đã triển khai tại đây.
country-all-deployed = Tất cả { $n } công nghệ đã triển khai tại { $country }
country-institutions = Cơ quan đặt trụ sở tại { $country }
country-no-institutions = Không có cơ quan nào trong danh mục đặt trụ sở tại đây.
