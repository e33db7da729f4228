# 工作人员与管理员页面：审核队列与审核决定、CSV 上传、账户申请、候选技术判定、账户管理、对接漏斗和条目历史记录。

## Review queue
review-tabs-label = 工作人员事务
review-queue-title = 审核队列
review-kind = 类型
review-kind-any = 技术和需求
review-filter-edits = 新建或修改
review-edits-both = 全部
review-edits-new = 新条目
review-edits-edits = 已发布条目的修改
review-any = 不限
review-filter-button = 筛选
review-waiting = { $n } 个条目待审核，按提交时间从早到晚排列。
review-nothing = 暂无待审核条目。
review-nothing-filtered = 在当前筛选条件下暂无待审核条目：
review-show-everything = 显示全部
review-nothing-filtered-end = 。
review-caption = 待审核条目，按提交时间从早到晚排列
review-select = 选择
review-select-entry = 选择 { $reference }
review-col-submitted = 提交日期
review-col-entry = 条目
review-col-from = 提交方
review-badge-edit = 修改
review-badge-new = 新建
review-bulk-reason = 批准所选条目的理由
review-bulk-approve = 批准所选条目
review-done-approve = 已批准：该条目现已公开。
review-done-request-changes = 已退回所有者，并附上您的修改要求。
review-done-reject = 已拒绝。所有者可以看到您填写的理由。
review-bulk-approved = 已批准 { $n } 个条目：现已公开。
review-error-tick = 请勾选要批准的条目。
review-error-reason = 请填写审核决定的理由（最多 { $max } 个字符），所有者会看到该理由。
review-error-not-awaiting = 修订 { $id } 已不在待审核状态。
review-error-not-approved = 修订 { $id } 未获批准：{ $problems }
review-error-decision = 请选择“批准”“要求修改”或“拒绝”。
review-error-decided = 该修订已不在待审核状态：期间已有人作出决定，或已被撤回。

## One revision under review
review-title = 审核：{ $title }
review-edit-of-published = 已发布条目的修改
review-new-entry = 新条目
review-from-by = 来自 { $owner }，由 { $author } 撰写
review-status = 状态：
review-submitted = 提交于 { $date }
review-changes-heading = 本次修改的内容
review-changes-note = 在您批准之前，公开目录仍显示已发布的版本。
review-no-changes = 没有与已发布版本不同的字段。
review-col-field = 字段
review-col-published = 已发布
review-col-proposed = 拟修改为
review-decision = 审核决定
review-approve-publish = 批准并发布
review-request-changes = 要求修改
review-reject = 拒绝
review-reason = 理由（所有者可见）
review-record = 记录决定
review-as-submitted = 提交的条目内容

## An entry's history (audit log)
history-heading = 历史记录
history-empty = 暂无记录。
history-portal = 门户系统
history-created-draft = 创建了草稿
history-started-edit = 开始修改
history-edited = 进行了编辑
history-submitted = 提交审核
history-withdrew = 撤回了修订
history-approved = 批准
history-requested-changes = 要求修改
history-rejected = 拒绝
history-archived = 归档
history-closed = 关闭
history-expired = 已过期：一年内未确认
history-confirmed-current = 确认内容仍然有效
history-confirmed-candidate = 确认了候选技术 { $technology }
history-dismissed-candidate = 排除了候选技术 { $technology }
history-changed-role = 更改了角色
history-role-from-to = 从“{ $from ->
    [firm] 东盟企业或公共部门成员
    [institution] 机构成员
    [staff] 联盟工作人员
    [admin] 联盟管理员
   *[other] { $from }
}”改为“{ $to ->
    [firm] 东盟企业或公共部门成员
    [institution] 机构成员
    [staff] 联盟工作人员
    [admin] 联盟管理员
   *[other] { $to }
}”

## Uploading catalogue files
import-tab = 上传 CSV
import-title = 上传目录文件
import-done = 导入完成。目录现已包含 { $files } 中的各行数据。
import-valid = 文件有效。目前尚未作任何更改：请查看导入将进行的操作，然后确认。
import-refused = 文件被拒绝，未作任何更改：共 { $n } 个问题。
import-refused-listed = 文件被拒绝，未作任何更改：共 { $n } 个问题（下面列出前 { $shown } 个）。
import-refused-fix = 请更正后重新上传文件。
import-did = 导入结果
import-will-do = 导入将进行的操作
import-col-file = 文件
import-col-new = 新增
import-col-changed = 更改
import-col-unchanged = 未变
import-confirm = 确认导入
import-cancel = 取消
import-files = CSV 文件
import-hint = 可上传 institutions.csv、technologies.csv 和 needs.csv 中的任意文件，须采用目录交换格式。各行按 ref 匹配：新的 ref 将被添加，已有的 ref 将被更新。导入的条目会立即发布。
import-check = 检查文件
import-back = 返回审核队列

## Account requests
requests-title = 账户申请
requests-waiting = { $n } 个申请待处理，按提交时间从早到晚排列。
requests-none = 暂无待处理的账户申请。
requests-asks = 申请以
requests-role = { $role ->
    [firm] 企业成员
    [institution] 机构成员
   *[other] { $role }
}
requests-asks-of = 身份加入 { $affiliation }。
requests-sent = 提交于 { $date }。
requests-reason = 理由（必填，申请人可见）
requests-approve = 批准
requests-reject = 拒绝
requests-approved = 申请已批准。
requests-rejected = 申请已拒绝。
requests-error-decision = 请选择“批准”或“拒绝”。
requests-error-reason = 请填写审核决定的理由。
requests-error-gone = 该申请已处理或不存在。

## Candidate verdicts
verdicts-title = 候选技术判定
verdicts-intro = 工作人员在各需求页面上确认或排除匹配系统推荐的候选技术。被排除的候选技术不再向企业显示；已确认的候选技术会加以标注。统计按每组需求与技术最近一次判定所在的周计算。
verdicts-none = 尚未作出任何判定。
verdicts-week-of = 周（起始日）
verdicts-ip-not-available = 知识产权不可用
verdicts-latest = 最近的判定
verdicts-when = 时间
verdicts-need = 需求
verdicts-technology = 技术
verdicts-verdict = 判定
verdicts-by = 判定人
verdicts-error-note-long = 备注请控制在 2,000 个字符以内。
verdicts-error-reason = 请选择排除该候选技术的原因。
verdicts-error-note = 请在备注中说明排除该候选技术的原因。
verdicts-error-verdict = 请选择“确认”或“排除”。

## Accounts (administrators)
admin-role-changed = 角色已更改。
admin-count = 共 { $n } 个账户，工作人员排在前面。
admin-members = 工作人员批准成员的
admin-members-link = 账户申请
admin-members-end = 后，成员即关联到其所属机构或组织。
admin-name = 姓名
admin-email = 电子邮箱
admin-role = 角色
admin-belongs-to = 所属单位
admin-since = 注册日期
admin-change-role = 更改角色
admin-new-role = { $email } 的新角色
admin-role-admin = 管理员
admin-set = 设置
admin-you = （您本人）
admin-history = 最近的角色变更
admin-history-none = 尚无角色变更。
admin-error-role = 请选择工作人员或管理员。
admin-error-unchanged = 未作更改：该账户已是此角色、账户不存在，或为您本人的账户。

## The introductions funnel
dashboard-title = 对接：漏斗分析
dashboard-all = 全部对接
dashboard-broker = 促成一项对接
dashboard-csv = 下载 CSV
dashboard-note = 每一列统计到达该阶段的对接数量（处于“试点”阶段的对接，也已经历申请、接受、洽谈和签署保密协议各阶段）。
dashboard-overall = 总体
dashboard-by-country = 按企业所在国家
dashboard-by-domain = 按领域
dashboard-by-province = 按机构所在省份
dashboard-none = 暂无对接。
dashboard-medians = 各阶段停留时间中位数
dashboard-under-hour = 不到 1 小时
dashboard-hours = { $n } 小时
dashboard-days = { $n } 天
