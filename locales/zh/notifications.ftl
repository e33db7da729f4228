# 通知：通知列表及各类通知的内容。

notifications-none = 暂无通知。当您的条目完成审核、您的需求出现高匹配候选技术或对接取得进展时，会在此通知您。
notifications-mark-read = 全部标为已读
notifications-new = 新
notify-approved = { $kind ->
    [technology] 您的技术“{ $title }”已获批准并公开：{ $reason }
   *[need] 您的需求“{ $title }”已获批准并公开：{ $reason }
}
notify-changes-requested = { $kind ->
    [technology] 您的技术“{ $title }”需要修改：{ $reason }
   *[need] 您的需求“{ $title }”需要修改：{ $reason }
}
notify-rejected = { $kind ->
    [technology] 您的技术“{ $title }”未获通过：{ $reason }
   *[need] 您的需求“{ $title }”未获通过：{ $reason }
}
notify-expired = { $kind ->
    [technology] “{ $title }”已过期，已从公开目录中撤下：确认其仍然有效即可重新发布
   *[need] “{ $title }”已过期，已从公开的需求发布栏中撤下：确认其仍然有效即可重新发布
}
notify-expiring = { $kind ->
    [technology] 除非您确认“{ $title }”仍然有效，否则它将于 { $date } 从公开目录中撤下
   *[need] 除非您确认“{ $title }”仍然有效，否则它将于 { $date } 从公开的需求发布栏中撤下
}
notify-candidates = 为您的需求“{ $need }”找到 { $count } 项高匹配候选技术
notify-candidate = “{ $need }”有新的候选技术：{ $technology }
notify-introduction-asked = { $organisation } 申请对接 { $technology }
notify-stage-requested = { $technology } 的对接：已申请
notify-stage-accepted = { $technology } 的对接：已接受
notify-stage-in_discussion = { $technology } 的对接：洽谈中
notify-stage-nda_signed = { $technology } 的对接：已签署保密协议
notify-stage-pilot = { $technology } 的对接：试点
notify-stage-agreement_signed = { $technology } 的对接：已签署协议
notify-stage-declined = { $technology } 的对接：已婉拒
notify-stage-closed = { $technology } 的对接：已关闭
