# 格式代码表及门户自身状态的标签：`<列表>-<代码>`。

## domain
domain-agriculture = 现代农业
domain-food = 食品加工与安全
domain-renewable_energy = 可再生能源
domain-energy_efficiency = 节能与储能
domain-water = 水资源与环境卫生
domain-environment = 环境保护与循环经济
domain-health = 健康与生物医药
domain-digital = 数字经济与智慧城市
domain-manufacturing = 先进制造
domain-materials = 新材料
domain-marine = 海洋与渔业
domain-forestry = 林业与生物多样性
domain-transport = 交通与物流
domain-disaster = 防灾减灾与气候韧性

## institution_kind
institution_kind-university = 高校
institution_kind-research_institute = 科研院所
institution_kind-enterprise = 企业
institution_kind-tech_transfer_centre = 技术转移中心
institution_kind-government_agency = 政府部门
institution_kind-association = 协会

## ip_kind
ip_kind-patent_granted = 已授权专利
ip_kind-patent_pending = 专利申请中
ip_kind-software_copyright = 软件著作权
ip_kind-plant_variety = 植物新品种权
ip_kind-know_how = 技术秘密
ip_kind-open = 开放（无限制）

## cooperation_mode
cooperation_mode-licence = 许可
cooperation_mode-transfer = 权利转让
cooperation_mode-joint_development = 联合开发
cooperation_mode-joint_venture = 合资经营
cooperation_mode-technical_service = 技术服务
cooperation_mode-equipment_supply = 设备供应
cooperation_mode-training = 培训

## budget_band
budget_band-under_50k = 5 万美元以下
budget_band-50k_500k = 5 万 – 50 万美元
budget_band-500k_5m = 50 万 – 500 万美元
budget_band-over_5m = 500 万美元以上

## org_kind
org_kind-sme = 中小企业
org_kind-large_enterprise = 大型企业
org_kind-government = 政府部门
org_kind-university = 高校
org_kind-research_institute = 科研院所
org_kind-ngo = 非政府组织
org_kind-cooperative = 合作社

## language
language-en = English
language-zh = 中文
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-vi = Tiếng Việt
language-th = ภาษาไทย
language-km = ភាសាខ្មែរ
language-lo = ພາສາລາວ
language-my = မြန်မာဘာသာ
language-fil = Filipino

## entry_status
entry_status-draft = 草稿
entry_status-submitted = 已提交审核
entry_status-published = 已发布
entry_status-changes_requested = 需要修改
entry_status-rejected = 已拒绝
entry_status-archived = 已归档
entry_status-expired = 已过期：一年内未确认

## entry_kind
entry_kind-technology = 技术
entry_kind-need = 需求

## user_role
user_role-firm = 东盟企业或公共部门成员
user_role-institution = 机构成员
user_role-staff = 联盟工作人员
user_role-admin = 联盟管理员

## revision_status
revision_status-draft = 草稿
revision_status-submitted = 待审核
revision_status-changes_requested = 需要修改
revision_status-approved = 已批准
revision_status-rejected = 已拒绝
revision_status-withdrawn = 已撤回

## dismissal_reason
dismissal_reason-not_relevant = 不相关
dismissal_reason-trl_too_low = 成熟度过低
dismissal_reason-too_costly = 成本过高
dismissal_reason-ip_not_available = 知识产权不可用
dismissal_reason-other = 其他

## match_verdict
match_verdict-confirmed = 已确认
match_verdict-dismissed = 已排除

## introduction_stage
introduction_stage-requested = 已申请
introduction_stage-accepted = 已接受
introduction_stage-in_discussion = 洽谈中
introduction_stage-nda_signed = 已签署保密协议
introduction_stage-pilot = 试点
introduction_stage-agreement_signed = 已签署协议
introduction_stage-declined = 已婉拒
introduction_stage-closed = 已关闭

## trl_band
trl_band-1-3 = TRL 1–3：研究阶段
trl_band-4-6 = TRL 4–6：开发与试点
trl_band-7-9 = TRL 7–9：已验证并投入使用

## sort
sort-relevance = 相关度
sort-newest = 最新
sort-trl = 技术成熟度（TRL）

## 各技术成熟度等级的含义
trl-1 = 发现基本原理：构想尚处于科学研究阶段。
trl-2 = 形成技术概念：已在理论上提出实际应用方案。
trl-3 = 概念验证：关键功能已在实验室中得到证明。
trl-4 = 实验室验证：各部件已在实验台上协同工作。
trl-5 = 相关环境验证：原型已在接近实际的条件下测试。
trl-6 = 相关环境演示：完整原型或试点已运行。
trl-7 = 运行环境演示：预商业化系统已在实际使用中运行。
trl-8 = 系统完成并通过鉴定：最终系统已得到验证，可以投入使用。
trl-9 = 运行中得到验证：已在商业或公共领域常规使用。

## 联合国可持续发展目标
sdg-1 = 无贫穷
sdg-2 = 零饥饿
sdg-3 = 良好健康与福祉
sdg-4 = 优质教育
sdg-5 = 性别平等
sdg-6 = 清洁饮水和卫生设施
sdg-7 = 经济适用的清洁能源
sdg-8 = 体面工作和经济增长
sdg-9 = 产业、创新和基础设施
sdg-10 = 减少不平等
sdg-11 = 可持续城市和社区
sdg-12 = 负责任消费和生产
sdg-13 = 气候行动
sdg-14 = 水下生物
sdg-15 = 陆地生物
sdg-16 = 和平、正义与强大机构
sdg-17 = 促进目标实现的伙伴关系

## 国家（东盟国家和中国；其他国家保留英文名称）
country-BN = 文莱
country-KH = 柬埔寨
country-ID = 印度尼西亚
country-LA = 老挝
country-MY = 马来西亚
country-MM = 缅甸
country-PH = 菲律宾
country-SG = 新加坡
country-TH = 泰国
country-VN = 越南
country-CN = 中国

## 目录的筛选维度（按 URL 参数）
facet-domain = 领域
facet-trl = 技术成熟度（TRL）
facet-ip = 知识产权
facet-cooperation = 合作方式
facet-budget = 预算
facet-sdg = 可持续发展目标
facet-country = 已应用于
facet-province = 机构所在省份
