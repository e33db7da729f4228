# 首页、目录搜索、卡片和分页。

home-title = 面向东盟的中国技术
home-heading = 用中国技术解决东盟企业的难题
home-intro = 本门户以统一格式，向东盟十国的企业和公共部门展示从中国各地遴选的先进适用技术。发布您的需求，中国—东盟技术转移联盟将为您对接能够解决问题的机构。
search-label = 可使用门户支持的任何语言搜索技术
search-button = 搜索
home-search-placeholder = 搜索技术：淀粉废水、木薯、太阳能干燥……
home-figures = 目录概况
figure-technologies = 技术
figure-institutions = 机构
figure-alliance-members = 联盟成员
figure-needs = 已发布需求
figure-countries-with-needs = 有需求的东盟国家
home-cooperation = 合作成果
figure-projects = 项目
figure-enterprises-served = 服务企业
figure-agreements = 已签署合作协议
figure-countries-reached = 覆盖东盟国家
how-we-count = 统计口径
how-we-count-text = 所有数字均根据本门户记录的对接按当前状态统计。项目指机构已接受的对接。服务企业指至少申请过一次对接（或由联盟工作人员为其促成对接）的企业或公共部门。协议指双方已记录签署合作协议的对接。覆盖国家指至少有一项对接被接受的东盟国家。
home-domains = 领域
technologies-count = { $n } 项技术
home-latest = 最新技术
home-empty = 目录暂无内容。
home-all-newest = 全部技术（按最新排序）
home-needs = 东盟需求
home-needs-board = 浏览需求发布栏
home-needs-countries = 东盟各国的需求
written-in = 以{ $language }撰写

## 目录
catalogue-title = 技术
catalogue-title-search = 技术中的“{ $text }”
title-page = { $title }，第 { $page } 页
catalogue-description = 按关键词、领域、成熟度、合作方式等条件，搜索 { $n } 项来自中国的先进适用技术。
catalogue-feed-title = 此搜索的新技术
catalogue-feed = 订阅此搜索的新技术（Atom 订阅源）
catalogue-search-placeholder = 例如：淀粉废水、木薯、"滴灌"
sort-by = 排序方式
filters = 筛选
filters-chosen = 已选 { $n } 项
filters-chosen-label = 已选筛选条件
filter-remove = 移除
filters-clear = 清除所有筛选条件
catalogue-found = { $count ->
    [0] 未找到技术
   *[other] { $n } 项技术
}
catalogue-found-for = { $count ->
    [0] 未找到与“{ $text }”相关的技术
   *[other] 与“{ $text }”相关的技术 { $n } 项
}
catalogue-showing = （显示第 { $first }–{ $last } 项）
catalogue-past-end = 此页已超出最后一条结果。
catalogue-first-page = 返回第一页。
catalogue-nothing = 目录中没有与此搜索匹配的内容。
catalogue-did-you-mean = 您要找的是否是以下内容？
catalogue-tip-spelling = 请检查拼写，或减少用词、使用更通用的词语。
catalogue-tip-languages = 标题和摘要使用英文和中文；东盟各国语言的词语可通过门户的技术术语表检索。
catalogue-tip-remove-filters = 移除筛选条件，搜索整个目录。
catalogue-tip-browse = 浏览全部技术
catalogue-tip-post-need = 或在需求发布栏发布您的问题
pages = 页码
page-previous = 上一页
page-next = 下一页

## 需求发布栏
needs-from = 来自{ $country }的需求
needs-description = 东盟十国企业和公共部门发布的技术需求。
needs-feed = 订阅新需求（Atom 订阅源）
needs-feed-country = 或订阅单个国家的订阅源：
needs-intro = 东盟企业和公共部门希望解决的问题。拥有合适技术的机构可通过联盟提供技术。
filter-country = 国家
filter-any-country = 东盟十国
filter-domain = 领域
filter-any-domain = 全部领域
filter-organisation = 组织
filter-any-kind = 全部类型
filter-language = 语言
filter-any-language = 全部语言
filter-show = 显示
needs-count = { $n } 项需求
needs-none = 没有符合这些筛选条件的需求。
needs-see-all = 查看全部需求。
institutions-members = 联盟成员
institutions-not-members = 非成员

## 机构
institutions-description = 向东盟提供技术的高校、科研院所、企业和技术转移中心，以及联盟的合作伙伴单位。
institutions-kind = 类型
institutions-place-filter = 省份或国家
institutions-anywhere = 不限地区
institutions-membership = 联盟成员资格
institutions-members-or-not = 成员或非成员
institutions-count = { $n } 家机构
institutions-none = 没有符合这些筛选条件的机构。
institutions-see-all = 查看全部机构。
institutions-institution = 机构
institutions-place = 所在地
institutions-alliance = 联盟
institutions-alliance-full = 中国—东盟技术转移联盟
institutions-member = 成员
institutions-member-since = 自 { $date } 起为成员
institutions-not-member = 非成员
institutions-website = 网站
institutions-offers = 提供的技术（{ $n }）
institutions-offers-none = 该机构尚无技术列入目录。

## 国家
countries-title = 东盟国家
countries-description = 东盟十国：各国的需求、已在当地应用的技术以及设在当地的机构。
countries-heading = 东盟十国
countries-technologies = 已在当地应用的技术
countries-institutions = 当地机构
country-technologies-here = 已在此应用的技术
country-institutions-here = 此地的机构
country-no-needs = { $country }尚未发布需求。
country-all-needs = 来自{ $country }的全部 { $n } 项需求
country-deployed = 已在{ $country }应用的技术
country-no-deployed = 目录中尚无技术报告在此应用。
country-all-deployed = 已在{ $country }应用的全部 { $n } 项技术
country-institutions = 设在{ $country }的机构
country-no-institutions = 目录中没有设在此地的机构。
