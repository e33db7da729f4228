# 技术和需求页面、匹配候选及其理由。

breadcrumbs = 面包屑导航
not-given = 未填写
none = 无
any = 不限
choose = 请选择……
technology-confirmed = 所有者最近一次确认于 { $date }
technology-offered-by = 提供方：
technology-languages-note = 技术由其所有者以英文和中文描述。您所用语言的词语通过门户的技术术语表与之关联；描述本身未经机器翻译。
technology-summary = 摘要
technology-description = 详细介绍
technology-facts = 概览
field-domain = 领域
field-readiness = 成熟度
technology-trl-of-9 = TRL { $trl }（共 9 级）
field-ip = 知识产权
field-cooperation-offered = 提供的合作方式
field-typical-cost = 采用方典型成本
field-sdgs = 可持续发展目标
field-keywords = 关键词
technology-offered-by-heading = 提供方
ask-introduction = 申请对接
technology-sign-in-to-ask = 以企业身份登录后申请对接
technology-needs = 可能解决的需求
match-percent = 匹配度 { $percent }%
match-score = 匹配度
technology-related = 相关技术

## 需求页面
need-description-meta = 来自{ $country }的技术需求
need-confirmed = 最近一次确认于 { $date }
field-min-trl = 可接受的最低成熟度
field-cooperation-accepted = 可接受的合作方式
field-budget = 预算
field-deadline = 截止日期
candidates-heading = 可能解决该需求的技术
candidates-none = 暂无候选技术：匹配在后台运行，需求发布后需要几秒钟。您也可以搜索目录。
candidates-search = 搜索目录
candidates-ranked = 按各项技术与问题及其约束条件的契合程度排序。
candidates-search-more = 在目录中搜索更多技术。
verdict = 判定
verdict-give = 确认或排除
verdict-confirm = 确认
verdict-dismiss-because = 排除原因
verdict-reason = 排除理由
verdict-note = 备注
verdict-note-hint = （选择“其他”时必填）
verdict-record = 记录

## 技术成为候选的理由（参见 README 中的理由代码）
reason-text = 共有词语：{ $words }
reason-concept = 均涉及：{ $concepts }
reason-domain-same = 同一领域：{ $domain }
reason-domain-inferred = 需求内容属于{ $domain }
reason-trl = TRL { $trl } 达到最低要求 { $min }
reason-cooperation = 提供方式：{ $modes }
reason-budget = 典型成本 { $cost } 符合 { $budget } 的预算
reason-sdg = 共同目标：{ $goals }
reason-deployed-in = 已在{ $countries }应用
reason-deployed-near = 已在邻国{ $countries }应用
reason-confirmed = 已经联盟工作人员确认

## 条目各字段在表单、预览和审核中的名称
column-institution_ref = 机构
column-title_en = 英文标题
column-title_zh = 中文标题
column-summary_en = 英文摘要
column-summary_zh = 中文摘要
column-description_en = 详细介绍
column-domain = 领域
column-keywords = 关键词
column-trl = 技术成熟度等级（TRL）
column-ip = 知识产权
column-cooperation = 合作方式
column-budget_band = 预算区间
column-sdgs = 可持续发展目标
column-deployed_in = 已应用于
column-title = 标题
column-description = 描述
column-language = 语言
column-country = 国家
column-organisation = 组织
column-org_kind = 组织类型
column-min_trl = 可接受的最低成熟度等级
column-deadline = 截止日期

## 撰写技术或需求
optional = （选填）
entry-new-heading = { $kind ->
    [technology] 提供技术
   *[need] 发布需求
}
entry-edit-heading = { $kind ->
    [technology] 编辑技术 { $reference }
   *[need] 编辑需求 { $reference }
}
form-nothing-saved = 未保存任何内容：请更正下方标出的字段。
form-tech-what = 技术内容
form-tech-how = 成熟度与提供方式
form-deployed-other = 已应用的其他国家
form-deployed-other-hint = 两个字母的 ISO 代码，用逗号分隔，例如 KE, BR。
form-need-step-1 = 1. 您的问题
form-need-step-2 = 2. 地点
form-need-step-3 = 3. 约束条件
form-need-step-4 = 4. 时间
form-save-preview = 保存草稿并预览
form-save-submit = 保存并提交审核
form-back-technologies = 返回我的技术
form-back-needs = 返回我的需求
form-tech-title-en = 英文标题
form-tech-title-en-hint = 说明该技术能为用户做什么，最多 256 个字符。
form-tech-title-zh = 中文标题
form-tech-summary-en = 英文摘要
form-tech-summary-en-hint = 两三句话，最多 1,000 个字符：所解决的问题及取得的效果。
form-tech-summary-zh = 中文摘要
form-tech-description-en = 详细介绍
form-tech-description-en-hint = 工作原理、应用情况、采用方需具备的条件：最多 8,000 个字符。
form-tech-domain = 领域
form-tech-keywords = 关键词
form-tech-keywords-hint = 最多十个，用逗号分隔。
form-tech-trl = 技术成熟度等级（TRL）
form-tech-ip = 知识产权
form-tech-cooperation = 您提供的合作方式
form-tech-cooperation-hint = 至少选择一项。
form-tech-budget-band = 采用方典型成本
form-tech-sdgs = 所服务的可持续发展目标
form-tech-deployed-in = 已应用于
form-need-title = 用一句话说明您的需求
form-need-title-hint = 例如：“为日处理 200 吨的木薯淀粉厂处理废水”。
form-need-description = 描述问题
form-need-description-hint = 目前的情况、已尝试过的办法、理想的解决方案应达到的效果。最多 4,000 个字符；请使用您最熟悉的语言撰写。
form-need-language = 撰写所用语言
form-need-country = 解决方案的使用国家
form-need-domain = 领域
form-need-domain-hint = 如不确定可不填：匹配时也会读取您的描述。
form-need-keywords = 关键词
form-need-keywords-hint = 最多十个，用逗号分隔。
form-need-min-trl = 可接受的最低成熟度等级
form-need-cooperation = 可接受的合作方式
form-need-cooperation-hint = 如任何方式均可，请全部不勾选。
form-need-budget-band = 您的预算
form-need-sdgs = 所服务的可持续发展目标
form-need-deadline = 截止日期
form-need-deadline-hint = 需要获得解决方案的日期，格式为 YYYY-MM-DD。

## 成员的条目列表及单个修订
mine-tech-intro = 您撰写的技术须经联盟工作人员审核后才会出现在公开目录中。已发布技术的修改在审核期间，目录仍显示最近一次获批的版本。
mine-need-intro = 您发布的需求须经联盟工作人员审核后才会出现在公开的需求发布栏中，供机构查看并参与匹配。
mine-tech-new = 提供新技术
mine-need-new = 发布新需求
mine-tech-empty = 您还没有技术。提供您的第一项技术：大约需要十分钟。
mine-need-empty = 您还没有发布需求。描述您的第一个问题：发布后系统将推荐匹配的技术。
mine-caption = 您的条目，按最近修改时间排列
mine-ref = 编号
mine-public = 公开
mine-review = 审核
mine-candidates = 候选技术
mine-changed = 修改时间
mine-actions = 操作
mine-not-yet = 尚未公开
mine-staff = 工作人员：
mine-public-until = 公开至 { $date }
mine-confirm = 确认仍然有效
mine-continue = 继续编辑
mine-edit = 编辑
mine-archive = 归档
mine-close = 关闭
mine-archive-confirm = 是，从目录中撤下
mine-close-confirm = 是，从需求发布栏撤下
mine-open = 打开
notice-saved = 草稿已保存。请检查预览，然后提交审核。
notice-submitted = 已提交。联盟工作人员将进行审核，您可在此查看审核决定。
notice-withdrawn = 修订已撤回；已发布的条目（如有）保持不变。
notice-archived = 已归档：不再显示在公开目录中。
notice-closed = 已关闭：该需求不再显示在公开的需求发布栏中。
notice-confirmed = 已确认仍然有效：将继续公开一年。
revision-changes-to = { $kind ->
    [technology] 技术修改
   *[need] 需求修改
}
revision-new = { $kind ->
    [technology] 新技术
   *[need] 新需求
}
revision-status = 状态：
revision-submitted = 提交于 { $date }
revision-staff-comment = 联盟工作人员的意见
revision-submit = 提交审核
revision-withdraw = 撤回
revision-review-it = 审核
revision-preview = 预览
revision-preview-tech = 获批后在目录中显示的样子。
revision-preview-need = 获批后在需求发布栏中显示的样子。
back = 返回

## 表单字段旁显示的问题
problem-required = 此字段为必填项，但未填写。
problem-too-long = 此字段长 { $length } 个字符，最多允许 { $max } 个。
problem-too-many = 此字段列出了 { $count } 个值，最多允许 { $max } 个。
problem-date = 这不是有效日期：请使用 YYYY-MM-DD 格式，例如 2026-03-31。
