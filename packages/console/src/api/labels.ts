// Chinese labels of the API enums, generated from the platform's OpenAPI document by `pnpm api:types`. Do not edit: change
// the services' manifests and run it again.

export const labels = {
  "ActivityKind": {
    "feature-course": "特色课程",
    "lecture": "讲座",
    "free-clinic": "义诊",
    "health-check": "健康体检",
    "after-school-class": "四点半课堂",
    "cultural-event": "文化活动",
    "job-training": "技能培训",
    "early-education": "早教活动（0–36 月龄免费）"
  },
  "ActivitySignUpStatus": {
    "confirmed": "已获名额",
    "waitlisted": "候补",
    "cancelled": "已取消"
  },
  "AgreementStatus": {
    "active": "有效",
    "expired": "已到期"
  },
  "AnyGroupCode": {
    "disabled": "残疾人",
    "empty-nest": "空巢老人",
    "living-alone": "独居老人",
    "solitary-elderly": "孤老",
    "left-behind-child": "留守儿童",
    "left-behind-woman": "留守妇女",
    "left-behind-elderly": "留守老人",
    "dibao": "低保",
    "tekun": "特困人员",
    "unemployed": "失业人员",
    "laid-off": "下岗职工",
    "military-family": "军属",
    "martyr-family": "烈属",
    "active-military": "现役军人",
    "transferred-officer": "军转干部",
    "mental-illness": "精神障碍患者（长期服药）",
    "elderly": "60 岁及以上老人",
    "elderly-80": "80 岁及以上高龄老人",
    "women-childbearing-age": "育龄妇女（15–49 岁）"
  },
  "AreaLevel": {
    "district": "区",
    "subdistrict": "街道",
    "community": "社区",
    "grid": "网格"
  },
  "BroadcastStatus": {
    "queued": "排队中",
    "sending": "发送中",
    "done": "已完成",
    "cancelled": "已取消"
  },
  "BurialMethod": {
    "cremation": "火化",
    "burial": "土葬",
    "other": "其他"
  },
  "CaseCategoryCode": {
    "security": "治安安全",
    "policy": "政策咨询",
    "environment": "环境卫生",
    "assistance": "困难帮扶",
    "neighbourhood": "邻里纠纷",
    "facilities": "设施维修",
    "property": "物业管理",
    "other": "其他事项"
  },
  "CaseChannel": {
    "mailbox": "民生信箱",
    "contact-card": "连心卡",
    "visit-diary": "走访日记",
    "reception-day": "接待日",
    "walk-in": "来访"
  },
  "CaseSatisfaction": {
    "satisfied": "满意",
    "basically-satisfied": "基本满意",
    "dissatisfied": "不满意"
  },
  "CaseStatus": {
    "received": "已登记，待受理",
    "accepted": "已受理，限期办理中",
    "handled": "已办结，待公示",
    "published": "结果已公示，待回访",
    "closed": "已回访，办结",
    "referred": "已转交其他单位办理",
    "declined": "不予受理",
    "withdrawn": "已撤回"
  },
  "CertificateStatus": {
    "applied": "已申请",
    "issued": "已签发",
    "revoked": "已作废"
  },
  "CertificateType": {
    "reproductive-health": "生殖健康服务证",
    "only-child": "独生子女证",
    "migrant-marriage-fertility": "流动人口婚育证明",
    "senior-preferential": "老年优待证",
    "disabled-free-bus": "残疾人免费乘车卡",
    "long-term-medication": "长期服药卡",
    "all-in-one": "一卡通",
    "rose": "玫瑰卡",
    "warm": "温馨卡",
    "clarity": "明白卡"
  },
  "DeliveryStatus": {
    "queued": "待发送",
    "held": "免打扰暂缓",
    "sending": "发送中",
    "sent": "已发送",
    "failed": "发送失败",
    "suppressed": "不发送"
  },
  "DisabilityCategory": {
    "visual": "视力残疾",
    "hearing": "听力残疾",
    "speech": "言语残疾",
    "limb": "肢体残疾",
    "intellectual": "智力残疾",
    "mental": "精神残疾",
    "multiple": "多重残疾"
  },
  "DonationDriveStatus": {
    "open": "进行中",
    "closed": "已结束"
  },
  "DonationKind": {
    "money": "善款",
    "goods": "物资"
  },
  "DonationSource": {
    "residents": "居民",
    "units": "单位",
    "party-dues": "党费（党员捐款）",
    "other": "其他"
  },
  "EmploymentBaseState": {
    "applied": "已申报待验收",
    "plaqued": "已挂牌",
    "not-approved": "验收未达标",
    "withdrawn": "已摘牌"
  },
  "EmploymentBaseType": {
    "placement": "企业安置型",
    "outreach": "辐射带动型"
  },
  "EscalationLevel": {
    "community": "社区",
    "subdistrict": "街道",
    "district": "区"
  },
  "EvidenceKind": {
    "photo": "现场照片",
    "contract": "劳动合同",
    "agreement": "帮扶协议",
    "roster": "花名册",
    "payroll": "工资发放记录",
    "accounts": "帐务",
    "plan": "工作计划和总结",
    "other": "其他"
  },
  "FacilityKind": {
    "community-academy": "社区书院",
    "party-home": "党群之家",
    "women-children-home": "妇女儿童家园",
    "silver-age-home": "银龄幸福之家",
    "silver-age-station": "银龄幸福之家服务站",
    "other": "其他"
  },
  "GardenPlotStatus": {
    "free": "空闲",
    "claimed": "已认领"
  },
  "GridFocus": {
    "hardship-help": "困难帮扶",
    "units": "单位共建",
    "high-rise": "高层楼宇",
    "estate-governance": "小区治理",
    "other": "其他"
  },
  "GroupAttributeType": {
    "text": "文字",
    "long-text": "多行文字",
    "date": "日期",
    "integer": "整数",
    "number": "数字",
    "boolean": "是/否",
    "one-of": "单选",
    "many-of": "多选",
    "text-list": "多项文字",
    "group": "一组信息"
  },
  "GroupChange": {
    "joined": "纳入",
    "changed": "属性变更",
    "left": "退出"
  },
  "GroupCode": {
    "disabled": "残疾人",
    "empty-nest": "空巢老人",
    "living-alone": "独居老人",
    "solitary-elderly": "孤老",
    "left-behind-child": "留守儿童",
    "left-behind-woman": "留守妇女",
    "left-behind-elderly": "留守老人",
    "dibao": "低保",
    "tekun": "特困人员",
    "unemployed": "失业人员",
    "laid-off": "下岗职工",
    "military-family": "军属",
    "martyr-family": "烈属",
    "active-military": "现役军人",
    "transferred-officer": "军转干部",
    "mental-illness": "精神障碍患者（长期服药）"
  },
  "GroupKind": {
    "managed": "登记认定",
    "derived": "按出生日期推算"
  },
  "GroupManagedBy": {
    "grid": "网格员及以上可纳入、退出",
    "community": "社区工作者及以上可纳入、退出"
  },
  "HouseholdRelationship": {
    "head": "户主",
    "spouse": "配偶",
    "child": "子女",
    "parent": "父母",
    "grandparent": "祖父母",
    "grandchild": "孙子女",
    "sibling": "兄弟姐妹",
    "other": "其他"
  },
  "HouseholdStatus": {
    "active": "在册",
    "dissolved": "已注销"
  },
  "HousingHardshipKind": {
    "none": "无住房困难",
    "hardship": "住房困难",
    "low-rent-housing": "廉租房",
    "public-rental-housing": "公租房",
    "dilapidated": "危旧房"
  },
  "ImportStatus": {
    "queued": "排队中",
    "running": "导入中",
    "done": "已完成",
    "failed": "失败",
    "cancelled": "已取消"
  },
  "JobOpeningStatus": {
    "open": "招聘中",
    "filled": "名额已满",
    "closed": "已截止"
  },
  "MessageKind": {
    "application": "补助申请进度",
    "payment": "补助发放",
    "notice": "公示公告",
    "reminder": "活动和办事提醒",
    "case": "诉求办理",
    "broadcast": "社区通知",
    "task": "工作待办"
  },
  "MicroWishStatus": {
    "open": "待认领",
    "claimed": "已认领",
    "fulfilled": "已实现",
    "cancelled": "已撤回"
  },
  "MutualAidActivityKind": {
    "training": "培训讲座",
    "salon": "会员沙龙",
    "culture": "文体联谊",
    "service": "便民服务",
    "other": "其他"
  },
  "MutualAidApplicationStatus": {
    "pending": "待审议",
    "approved": "已批准",
    "rejected": "已驳回"
  },
  "MutualAidMembership": {
    "pending": "申请待审议",
    "member": "会员"
  },
  "MutualAidOfferKind": {
    "resource": "可提供的资源",
    "need": "需求"
  },
  "NoticeKind": {
    "policy": "政策公告",
    "activity": "活动通知",
    "other": "公告",
    "subsidy-round": "补助公示",
    "case-outcome": "办理结果公示"
  },
  "NotificationChannel": {
    "in-app": "站内信",
    "sms": "短信",
    "email": "邮件"
  },
  "PairingFrequency": {
    "week": "每周",
    "fortnight": "每两周",
    "month": "每月",
    "quarter": "每季度"
  },
  "PairingHelperKind": {
    "worker": "社区工作者",
    "party-member": "党员",
    "volunteer": "志愿者"
  },
  "PairingStatus": {
    "active": "帮扶中",
    "ended": "已结束"
  },
  "PaymentRunState": {
    "running": "发放中",
    "done": "已完成",
    "failed": "中断"
  },
  "PersonStatus": {
    "active": "在册",
    "moved-out": "已迁出",
    "deceased": "已死亡"
  },
  "ResidenceStatus": {
    "registered": "户籍",
    "migrant": "流动"
  },
  "Role": {
    "district-admin": "区级管理员",
    "subdistrict-staff": "街道工作人员",
    "community-worker": "社区工作者",
    "grid-worker": "网格员",
    "volunteer": "志愿者",
    "unit": "单位",
    "resident": "居民"
  },
  "SeekerGroup": {
    "migrant": "流动人口",
    "disabled": "残疾人",
    "laid-off": "下岗失业人员"
  },
  "Sex": {
    "male": "男",
    "female": "女"
  },
  "SharedItemCondition": {
    "new": "全新",
    "good": "良好",
    "fair": "一般"
  },
  "SharedItemDonorKind": {
    "resident": "居民",
    "unit": "单位",
    "anonymous": "匿名"
  },
  "SharedItemStatus": {
    "available": "可借",
    "held": "已预约",
    "on-loan": "借出中",
    "withdrawn": "已下架"
  },
  "SharedLoanStatus": {
    "open": "未还",
    "returned": "已还"
  },
  "SubsidyApplicationState": {
    "submitted": "已提交",
    "community-review": "社区审核",
    "notice-1": "第一榜公示",
    "notice-2": "第二榜公示",
    "notice-3": "第三榜公示",
    "subdistrict-approval": "街道审批",
    "active": "享受中",
    "suspended": "已暂停",
    "ended": "已终止",
    "rejected": "已驳回",
    "withdrawn": "已撤回"
  },
  "SubsidyCommand": {
    "start-review": "开始社区审核",
    "record-home-visit": "登记入户抽查",
    "post-notice": "张榜公示",
    "raise-objection": "登记异议",
    "resolve-objection": "处理异议",
    "close-notice": "结束公示",
    "approve": "审批通过",
    "suspend": "暂停",
    "resume": "恢复",
    "end": "终止",
    "reject": "驳回",
    "withdraw": "撤回",
    "report-work": "登记就业（渐退）",
    "record-review": "登记复核",
    "hand-over": "登记实物发放",
    "record-repayment": "登记还款"
  },
  "SubsidyForm": {
    "cash": "现金",
    "in-kind": "实物",
    "loan": "贷款"
  },
  "SubsidyPeriod": {
    "monthly": "按月",
    "yearly": "按年",
    "one-off": "一次性"
  },
  "SubsidyProgrammeCode": {
    "dibao": "最低生活保障（低保）",
    "price-subsidy": "物价上涨补助",
    "severe-disability-allowance": "重度残疾人生活特别救助金",
    "mental-medication": "精神残疾人药费补助",
    "temporary-relief": "临时救助 / 特殊困难临时补助金",
    "serious-illness-relief": "大病医疗救助",
    "reemployment-subsidy": "再就业补助",
    "low-rent-housing": "廉租房补助",
    "aid-wheelchair": "轮椅发放",
    "aid-crutches": "拐杖发放",
    "aid-hearing": "助听器发放",
    "assistive-devices": "辅助器具适配",
    "cataract-surgery": "复明工程（白内障手术转介）",
    "disabled-insurance": "残疾人参保补贴",
    "happiness-project": "幸福工程贷款"
  },
  "SubsidyStep": {
    "submit": "提交申请",
    "start-review": "开始社区审核",
    "record-home-visit": "登记入户抽查",
    "post-notice": "张榜公示",
    "raise-objection": "登记异议",
    "resolve-objection": "处理异议",
    "close-notice": "结束公示",
    "approve": "审批通过",
    "suspend": "暂停",
    "resume": "恢复",
    "end": "终止",
    "reject": "驳回",
    "withdraw": "撤回",
    "report-work": "登记就业（渐退）",
    "record-review": "登记复核",
    "hand-over": "登记实物发放",
    "record-repayment": "登记还款",
    "expire": "到期终止"
  },
  "TrainingTrade": {
    "electrician": "电工",
    "property-management": "物业管理",
    "elder-carer": "养老护理员",
    "infant-carer": "育婴员"
  },
  "UnitKind": {
    "agency": "机关",
    "enterprise": "企业",
    "school": "学校",
    "hospital": "医院",
    "social-organization": "社会组织",
    "other": "其他"
  },
  "VisitFrequency": {
    "week": "每周",
    "month": "每月",
    "quarter": "每季度"
  },
  "VisitKind": {
    "routine": "日常走访",
    "medication-card": "长期服药卡随访",
    "left-behind": "留守人员关爱",
    "hardship": "困难帮扶",
    "disability": "残疾人走访",
    "other": "其他"
  },
  "VolunteerHoursSource": {
    "activity": "活动签到签退",
    "self": "本人登记"
  },
  "VolunteerHoursStatus": {
    "pending": "待审核",
    "approved": "已确认",
    "rejected": "已驳回"
  },
  "VolunteerSkill": {
    "medical": "医疗护理",
    "elder-care": "养老照护",
    "child-care": "育婴托幼",
    "tutoring": "课业辅导",
    "legal": "法律咨询",
    "psychology": "心理疏导",
    "electrician": "水电维修",
    "repair": "家电维修",
    "computer": "电脑网络",
    "photography": "摄影摄像",
    "writing": "文字宣传",
    "calligraphy": "书法绘画",
    "music": "音乐",
    "dance": "舞蹈",
    "sports": "体育健身",
    "cooking": "烹饪",
    "haircut": "理发",
    "sign-language": "手语",
    "translation": "外语翻译",
    "driving": "驾驶",
    "patrol": "治安巡逻",
    "first-aid": "急救"
  },
  "VolunteerStatus": {
    "pending": "待审核",
    "approved": "已通过",
    "rejected": "已驳回"
  },
  "VolunteerTeamKind": {
    "party-patrol": "党员巡逻队",
    "youth": "青年志愿服务队",
    "elderly": "老年志愿服务队",
    "women": "巾帼志愿服务队",
    "science": "科普志愿服务队",
    "culture": "文化志愿服务队",
    "vanguard": "先锋小分队"
  },
  "VolunteerTimeSlot": {
    "morning": "上午",
    "afternoon": "下午",
    "evening": "晚上"
  },
  "VolunteerWeekday": {
    "mon": "周一",
    "tue": "周二",
    "wed": "周三",
    "thu": "周四",
    "fri": "周五",
    "sat": "周六",
    "sun": "周日"
  }
} as const;

export type LabelledSchema = keyof typeof labels;

/** The Chinese label of an enum value, or the value itself when it has none (a value newer than these types). */
export function labelOf<S extends LabelledSchema>(schema: S, value: string | undefined | null): string {
  if (value === undefined || value === null) return '';
  const names: Record<string, string> = labels[schema];
  return names[value] ?? value;
}
