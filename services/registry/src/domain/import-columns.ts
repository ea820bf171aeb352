import { disabilityCategories, disabilityNeeds, type GroupName, gradeLabels, groupDefinitions } from './groups.ts';

/**
 * The columns of the bulk-import template (人员台帐), declared as data: the template, its drop-downs and
 * 说明 sheet, the header matching of uploaded files, the reading of each cell and the column names in the
 * error report all come from here. A special group is a 是/否 column and its key attribute columns, so a
 * community's whole register (every group) comes in with one file.
 */

export type PersonField = 'name' | 'citizenId' | 'phone' | 'residence' | 'origin' | 'arrivalDate' | 'grid' | 'building' | 'room';

/** The 是/否 column of each group. */
export type GroupFlagField =
  | 'isDisabled'
  | 'isEmptyNest'
  | 'isLivingAlone'
  | 'isSolitaryElderly'
  | 'isLeftBehindChild'
  | 'isLeftBehindWoman'
  | 'isLeftBehindElderly'
  | 'isDibao'
  | 'isTekun'
  | 'isUnemployed'
  | 'isLaidOff'
  | 'isMilitaryFamily'
  | 'isMartyrFamily'
  | 'isActiveMilitary'
  | 'isTransferredOfficer'
  | 'isMentalIllness';

export type AttributeField =
  | 'disabilityCategory'
  | 'disabilityGrade'
  | 'certificateNumber'
  | 'disabilityNeeds'
  | 'childrenCount'
  | 'childContactName'
  | 'childContactPhone'
  | 'emergencyContactName'
  | 'emergencyContactPhone'
  | 'support'
  | 'institution'
  | 'school'
  | 'guardianName'
  | 'guardianRelationship'
  | 'guardianPhone'
  | 'parentsWorkingIn'
  | 'spouseWorkingIn'
  | 'childrenWorkingIn'
  | 'caregiverName'
  | 'caregiverPhone'
  | 'contactPersonName'
  | 'contactPersonPhone'
  | 'householdId'
  | 'dibaoSince'
  | 'tekunSince'
  | 'unemployedSince'
  | 'unemploymentRegistered'
  | 'skills'
  | 'laidOffSince'
  | 'formerEmployer'
  | 'serviceMemberName'
  | 'serviceMemberRelationship'
  | 'martyrName'
  | 'martyrRelationship'
  | 'enlistedOn'
  | 'transferredOn'
  | 'placement'
  | 'medicationCard'
  | 'medication'
  | 'visitMonthly';

export type ImportField = PersonField | 'groups' | GroupFlagField | AttributeField;

/** One allowed value of a choice column: what is stored, what the template offers, what else people write. */
export interface Choice {
  value: string | number;
  label: string;
  aliases?: readonly string[];
}

/**
 * How a cell is read. `code`: an identifier whose digits matter (a number cell has lost them);
 * `date`: any form Excel produces; `count`: a whole number; `yes-no`: 是/否; `choice`: one of the
 * choices by label or alias; `list`: several, separated by 、 (free text when no choices are given).
 */
export type CellKind =
  | { kind: 'text' }
  | { kind: 'code' }
  | { kind: 'phone' }
  | { kind: 'date' }
  | { kind: 'count' }
  | { kind: 'yes-no' }
  | { kind: 'choice'; choices: readonly Choice[] }
  | { kind: 'list'; choices?: readonly Choice[] };

export interface ImportColumn {
  field: ImportField;
  /** Header in the template; what the error report calls the column. */
  header: string;
  /** Other headers communities' own spreadsheets use for the same column. */
  aliases: readonly string[];
  /** A file without this column is refused as a whole. */
  required: boolean;
  /** The groups whose attribute this column fills (or whose 是/否 column it is); none for a person column. */
  groups?: readonly GroupName[];
  /** Must be filled when the row names one of `groups`. */
  requiredInGroup?: boolean;
  /** How the cell is read; plain text by default. */
  read?: CellKind;
  /** Personal numbers: kept encrypted wherever a row error stores the cell. */
  sensitive?: boolean;
  /** The 说明 sheet's explanation: what to write and which values are allowed. */
  explanation: string;
  /** The template's example row. */
  example: string;
}

const yesNo: CellKind = { kind: 'yes-no' };
const date: CellKind = { kind: 'date' };
const phone: CellKind = { kind: 'phone' };

/** 肢体 / 肢体残疾 / limb → limb, in the certificate's order (视力 1 … 多重 7). */
export const categoryChoices: readonly Choice[] = Object.entries(disabilityCategories).map(([code, { label, digit }]) => ({
  value: code,
  label: label.replace(/残疾$/, ''),
  aliases: [label, code, digit],
}));

/** 一级 … 四级; the digits, 1级, 第一级 and roman numerals are read as well (一级 is the most severe). */
export const gradeChoices: readonly Choice[] = Object.entries(gradeLabels).map(([grade, label]) => ({
  value: Number(grade),
  label,
  aliases: [grade, `${grade}级`, `第${label}`, ['I', 'II', 'III', 'IV'][Number(grade) - 1] ?? grade],
}));

const needChoices: readonly Choice[] = Object.entries(disabilityNeeds).map(([code, label]) => ({
  value: code,
  label,
  aliases: [code, ...(code === 'assistive-devices' ? ['辅具', '辅助器械'] : [])],
}));

const supportChoices: readonly Choice[] = [
  { value: 'home', label: '分散供养', aliases: ['分散供养（居家）', '分散', '居家', '居家供养'] },
  { value: 'institution', label: '集中供养', aliases: ['集中供养（机构）', '集中', '机构', '机构供养', '敬老院', '福利院'] },
];

/** The person's kinship to the service member or martyr: 父母 (of a soldier), 配偶, 子女, 兄弟姐妹. */
const kinshipChoices: readonly Choice[] = [
  { value: 'parent', label: '父母', aliases: ['父亲', '母亲', '父', '母'] },
  { value: 'spouse', label: '配偶', aliases: ['妻子', '丈夫', '夫妻', '妻', '夫'] },
  { value: 'child', label: '子女', aliases: ['儿子', '女儿', '子', '女'] },
  { value: 'sibling', label: '兄弟姐妹', aliases: ['兄弟', '姐妹', '哥哥', '弟弟', '姐姐', '妹妹'] },
];

const guardianChoices: readonly Choice[] = [
  {
    value: 'grandparent',
    label: '祖父母/外祖父母',
    aliases: ['祖父母', '外祖父母', '祖父', '祖母', '外祖父', '外祖母', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷'],
  },
  { value: 'parent', label: '父母一方', aliases: ['父母', '父亲', '母亲', '父', '母'] },
  {
    value: 'relative',
    label: '其他亲属',
    aliases: ['亲属', '亲戚', '叔叔', '伯伯', '姑姑', '舅舅', '姨妈', '阿姨', '兄姐', '哥哥', '姐姐'],
  },
  { value: 'other', label: '其他' },
];

/** Labels a choice column offers, in order: `肢体、智力…`. */
export function choiceLabels(kind: CellKind | undefined): string[] {
  if (kind?.kind === 'yes-no') return ['是', '否'];
  if (kind?.kind === 'choice' || kind?.kind === 'list') return (kind.choices ?? []).map((choice) => choice.label);
  return [];
}

const flag = (field: GroupFlagField, group: GroupName, header: string, aliases: readonly string[], also = ''): ImportColumn => ({
  field,
  header,
  aliases,
  required: false,
  groups: [group],
  read: yesNo,
  explanation: `选填：是 表示本人属于${groupDefinitions[group].label}（也可写 √、Y）；否 或留空表示不属于。${also}也可在“特殊群体”列写“${groupDefinitions[group].label}”。导入不会把已登记的人移出群体。`,
  example: '',
});

const personColumns: readonly ImportColumn[] = [
  {
    field: 'name',
    header: '姓名',
    aliases: ['居民姓名', '人员姓名'],
    required: true,
    explanation: '必填，最多 50 个字。',
    example: '林秀英',
  },
  {
    field: 'citizenId',
    header: '公民身份号码',
    aliases: ['身份证号', '身份证号码', '公民身份证号码', '证件号码'],
    required: true,
    read: { kind: 'code' },
    sensitive: true,
    explanation:
      '必填，18 位，最后一位可为 X；出生日期和性别由它推导。请把本列设为“文本”格式（模板已设好），否则 Excel 会把号码存成数字，只保留前 15 位。同一区内一个号码只登记一人：已登记的人员按本行更新（须在本社区）。',
    example: '350203195603120021',
  },
  {
    field: 'phone',
    header: '联系电话',
    aliases: ['电话', '手机', '手机号', '手机号码', '联系方式'],
    required: false,
    read: phone,
    sensitive: true,
    explanation: '选填：11 位手机号或带区号的固定电话（如 0592-2345678）。',
    example: '13812345678',
  },
  {
    field: 'residence',
    header: '户籍类型',
    aliases: ['人口类型', '户籍性质', '户口性质'],
    required: true,
    read: {
      kind: 'choice',
      choices: [
        { value: 'registered', label: '户籍', aliases: ['户籍人口', '本地', '常住户籍'] },
        { value: 'migrant', label: '流动', aliases: ['流动人口', '外来', '外来人口'] },
      ],
    },
    explanation: '必填：户籍 或 流动（也可写 户籍人口、流动人口）。',
    example: '户籍',
  },
  {
    field: 'origin',
    header: '流出地',
    aliases: ['户籍地', '户籍所在地', '原籍'],
    required: false,
    explanation: '流动人口必填：户籍所在地，如 福建省泉州市安溪县。户籍人口留空。',
    example: '',
  },
  {
    field: 'arrivalDate',
    header: '来本地日期',
    aliases: ['来本地时间', '来厦日期', '到达日期', '居住起始日期'],
    required: false,
    read: date,
    explanation: '流动人口必填：日期，如 2023-05-01；也可写 2023/5/1、2023.5.1、2023年5月1日、20230501，或用 Excel 的日期格式。',
    example: '',
  },
  {
    field: 'grid',
    header: '网格号',
    aliases: ['网格', '所属网格', '网格编号'],
    required: false,
    explanation: '选填：本社区的网格序号，如 3 或 03（也可写完整代码 350203006029-03）。留空表示只登记到社区。',
    example: '03',
  },
  {
    field: 'building',
    header: '楼栋',
    aliases: ['楼号', '楼栋号', '楼幢'],
    required: false,
    explanation: '选填，最多 50 个字，如 3号楼。',
    example: '3号楼',
  },
  {
    field: 'room',
    header: '房号',
    aliases: ['房间号', '门牌号', '室号'],
    required: false,
    explanation: '选填，最多 20 个字，如 502。',
    example: '502',
  },
];

const groupListColumn: ImportColumn = {
  field: 'groups',
  header: '特殊群体',
  aliases: ['人员类别', '特殊人群', '群体'],
  required: false,
  explanation: `选填：${Object.values(groupDefinitions)
    .map((definition) => definition.label)
    .join(
      '、',
    )}；多个用顿号（、）分隔。与各群体的“是/否”列作用相同，填一处即可。填了残疾类别、等级或证号时按残疾人登记。已在该群体的人员按本行更新其信息。`,
  example: '残疾人',
};

const three = ['left-behind-child', 'left-behind-woman', 'left-behind-elderly'] as const satisfies readonly GroupName[];

const groupColumnList: readonly ImportColumn[] = [
  flag(
    'isDisabled',
    'disabled',
    '残疾人',
    ['是否残疾人', '是否残疾', '残疾'],
    '填了残疾类别、等级或证号而本列留空时也按残疾人登记。',
  ),
  {
    field: 'disabilityCategory',
    header: '残疾类别',
    aliases: ['残疾类型'],
    required: false,
    groups: ['disabled'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: categoryChoices },
    explanation: '残疾人必填：视力、听力、言语、肢体、智力、精神、多重（也可写 肢体残疾 等）。',
    example: '肢体',
  },
  {
    field: 'disabilityGrade',
    header: '残疾等级',
    aliases: ['残疾级别'],
    required: false,
    groups: ['disabled'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: gradeChoices },
    explanation: '残疾人必填：一级、二级、三级、四级（一级最重），也可写 1–4。',
    example: '二级',
  },
  {
    field: 'certificateNumber',
    header: '残疾证号',
    aliases: ['残疾人证号', '残疾证号码'],
    required: false,
    groups: ['disabled'],
    requiredInGroup: true,
    read: { kind: 'code' },
    sensitive: true,
    explanation: '残疾人必填：第二代残疾人证号，20 位 = 18 位公民身份号码 + 类别代码 + 等级代码。请保持“文本”格式。',
    example: '35020319560312002142',
  },
  {
    field: 'disabilityNeeds',
    header: '残疾人需求',
    aliases: ['需求', '服务需求', '康复需求'],
    required: false,
    groups: ['disabled'],
    read: { kind: 'list', choices: needChoices },
    explanation: '选填：康复、辅助器具、就业、教育，多个用顿号（、）分隔。',
    example: '康复、辅助器具',
  },
  flag('isEmptyNest', 'empty-nest', '空巢老人', ['是否空巢老人', '是否空巢', '空巢'], '须年满 60 周岁。'),
  {
    field: 'childrenCount',
    header: '子女人数',
    aliases: ['子女数', '子女个数'],
    required: false,
    groups: ['empty-nest'],
    requiredInGroup: true,
    read: { kind: 'count' },
    explanation: '空巢老人必填：子女人数，如 2（无子女的老人请登记为孤老）。',
    example: '',
  },
  {
    field: 'childContactName',
    header: '子女联系人',
    aliases: ['子女姓名', '子女联系人姓名'],
    required: false,
    groups: ['empty-nest'],
    explanation: '空巢老人选填：可联系的子女姓名；填了须同时填子女联系电话。',
    example: '',
  },
  {
    field: 'childContactPhone',
    header: '子女联系电话',
    aliases: ['子女电话', '子女联系人电话'],
    required: false,
    groups: ['empty-nest'],
    read: phone,
    sensitive: true,
    explanation: '空巢老人选填：子女联系人的电话。',
    example: '',
  },
  flag('isLivingAlone', 'living-alone', '独居老人', ['是否独居老人', '是否独居', '独居'], '须年满 60 周岁。'),
  {
    field: 'emergencyContactName',
    header: '紧急联系人',
    aliases: ['紧急联系人姓名'],
    required: false,
    groups: ['living-alone'],
    explanation: '独居老人选填：紧急联系人姓名；填了须同时填紧急联系人电话。',
    example: '',
  },
  {
    field: 'emergencyContactPhone',
    header: '紧急联系人电话',
    aliases: ['紧急联系电话', '紧急电话'],
    required: false,
    groups: ['living-alone'],
    read: phone,
    sensitive: true,
    explanation: '独居老人选填：紧急联系人的电话。',
    example: '',
  },
  flag('isSolitaryElderly', 'solitary-elderly', '孤老', ['是否孤老', '孤寡老人', '是否孤寡老人'], '须年满 60 周岁。'),
  {
    field: 'support',
    header: '供养方式',
    aliases: ['供养形式'],
    required: false,
    groups: ['solitary-elderly', 'tekun'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: supportChoices },
    explanation: '孤老、特困人员必填：分散供养（居家）或 集中供养（机构）。',
    example: '',
  },
  {
    field: 'institution',
    header: '供养机构',
    aliases: ['养老机构', '供养单位'],
    required: false,
    groups: ['solitary-elderly'],
    explanation: '孤老集中供养时必填：供养机构名称，如 鹭江街道敬老院。',
    example: '',
  },
  flag('isLeftBehindChild', 'left-behind-child', '留守儿童', ['是否留守儿童'], '须未满 16 周岁。'),
  {
    field: 'school',
    header: '就读学校',
    aliases: ['学校', '所在学校'],
    required: false,
    groups: ['left-behind-child'],
    explanation: '留守儿童选填：就读学校。',
    example: '',
  },
  {
    field: 'guardianName',
    header: '监护人',
    aliases: ['监护人姓名'],
    required: false,
    groups: ['left-behind-child', 'mental-illness'],
    requiredInGroup: true,
    explanation: '留守儿童必填：监护人姓名；长期服药人员选填（填了须同时填监护人电话）。',
    example: '',
  },
  {
    field: 'guardianRelationship',
    header: '监护人关系',
    aliases: ['与监护人关系', '监护人与本人关系'],
    required: false,
    groups: ['left-behind-child'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: guardianChoices },
    explanation: '留守儿童必填：监护人是本人的 祖父母/外祖父母、父母一方、其他亲属 或 其他（也可写 爷爷、奶奶、外婆、母亲 等）。',
    example: '',
  },
  {
    field: 'guardianPhone',
    header: '监护人电话',
    aliases: ['监护人联系电话'],
    required: false,
    groups: ['left-behind-child', 'mental-illness'],
    read: phone,
    sensitive: true,
    explanation: '留守儿童选填、长期服药人员填了监护人时必填：监护人的电话。',
    example: '',
  },
  {
    field: 'parentsWorkingIn',
    header: '父母务工地',
    aliases: ['父母外出务工地', '父母务工地点'],
    required: false,
    groups: ['left-behind-child'],
    explanation: '留守儿童选填：父母外出务工的地方，如 广东省深圳市。',
    example: '',
  },
  flag('isLeftBehindWoman', 'left-behind-woman', '留守妇女', ['是否留守妇女'], '须为年满 18 周岁的女性。'),
  {
    field: 'spouseWorkingIn',
    header: '配偶务工地',
    aliases: ['丈夫务工地', '配偶外出务工地'],
    required: false,
    groups: ['left-behind-woman'],
    explanation: '留守妇女选填：配偶外出务工的地方。',
    example: '',
  },
  flag('isLeftBehindElderly', 'left-behind-elderly', '留守老人', ['是否留守老人'], '须年满 60 周岁。'),
  {
    field: 'childrenWorkingIn',
    header: '子女务工地',
    aliases: ['子女外出务工地'],
    required: false,
    groups: ['left-behind-elderly'],
    explanation: '留守老人选填：子女外出务工的地方。',
    example: '',
  },
  {
    field: 'caregiverName',
    header: '照料人',
    aliases: ['照料人姓名'],
    required: false,
    groups: ['left-behind-elderly'],
    explanation: '留守老人选填：日常照料人姓名；填了须同时填照料人电话。',
    example: '',
  },
  {
    field: 'caregiverPhone',
    header: '照料人电话',
    aliases: ['照料人联系电话'],
    required: false,
    groups: ['left-behind-elderly'],
    read: phone,
    sensitive: true,
    explanation: '留守老人选填：照料人的电话。',
    example: '',
  },
  {
    field: 'contactPersonName',
    header: '包保联系人',
    aliases: ['包保人', '包保责任人', '联系人包保'],
    required: false,
    groups: three,
    requiredInGroup: true,
    explanation: '三留守人员（留守儿童、妇女、老人）必填：负责联系的包保干部姓名。',
    example: '',
  },
  {
    field: 'contactPersonPhone',
    header: '包保联系人电话',
    aliases: ['包保人电话', '包保责任人电话'],
    required: false,
    groups: three,
    requiredInGroup: true,
    read: phone,
    sensitive: true,
    explanation: '三留守人员必填：包保联系人的电话。',
    example: '',
  },
  flag('isDibao', 'dibao', '低保', ['是否低保', '低保户', '低保对象', '是否低保户']),
  {
    field: 'householdId',
    header: '户编号',
    aliases: ['所属户编号', '低保户编号'],
    required: false,
    groups: ['dibao', 'tekun'],
    read: { kind: 'code' },
    explanation: '低保、特困人员选填：本人所在户在本系统中的编号；留空时按本人已登记的所在户（须先在“户”中登记）。',
    example: '',
  },
  {
    field: 'dibaoSince',
    header: '纳入低保日期',
    aliases: ['低保起始日期', '享受低保日期', '低保开始日期'],
    required: false,
    groups: ['dibao'],
    read: date,
    explanation: '低保选填：纳入低保的日期，写法同“来本地日期”。',
    example: '',
  },
  flag('isTekun', 'tekun', '特困人员', ['是否特困', '特困', '特困供养人员', '是否特困人员']),
  {
    field: 'tekunSince',
    header: '认定特困日期',
    aliases: ['特困认定日期', '特困起始日期'],
    required: false,
    groups: ['tekun'],
    read: date,
    explanation: '特困人员选填：认定特困的日期。',
    example: '',
  },
  flag('isUnemployed', 'unemployed', '失业人员', ['是否失业', '失业', '是否失业人员'], '须年满 16 周岁。'),
  {
    field: 'unemployedSince',
    header: '失业日期',
    aliases: ['失业时间'],
    required: false,
    groups: ['unemployed'],
    requiredInGroup: true,
    read: date,
    explanation: '失业人员必填：失业的日期。',
    example: '',
  },
  {
    field: 'unemploymentRegistered',
    header: '已办失业登记',
    aliases: ['是否失业登记', '失业登记', '是否已办理失业登记'],
    required: false,
    groups: ['unemployed'],
    read: yesNo,
    explanation: '失业人员选填：是 或 否（留空按否）。',
    example: '',
  },
  {
    field: 'skills',
    header: '技能',
    aliases: ['职业技能', '技能特长', '特长'],
    required: false,
    groups: ['unemployed', 'laid-off'],
    read: { kind: 'list' },
    explanation: '失业人员、下岗职工选填：技能，多个用顿号（、）分隔，如 电工、烹饪。',
    example: '',
  },
  flag('isLaidOff', 'laid-off', '下岗职工', ['是否下岗', '下岗', '下岗人员', '是否下岗职工'], '须年满 16 周岁。'),
  {
    field: 'laidOffSince',
    header: '下岗日期',
    aliases: ['下岗时间'],
    required: false,
    groups: ['laid-off'],
    requiredInGroup: true,
    read: date,
    explanation: '下岗职工必填：下岗的日期。',
    example: '',
  },
  {
    field: 'formerEmployer',
    header: '原单位',
    aliases: ['原工作单位', '下岗前单位'],
    required: false,
    groups: ['laid-off'],
    explanation: '下岗职工选填：原工作单位。',
    example: '',
  },
  flag('isMilitaryFamily', 'military-family', '军属', ['是否军属', '现役军人家属']),
  {
    field: 'serviceMemberName',
    header: '军人姓名',
    aliases: ['现役军人姓名', '参军人员姓名'],
    required: false,
    groups: ['military-family'],
    requiredInGroup: true,
    explanation: '军属必填：现役军人的姓名。',
    example: '',
  },
  {
    field: 'serviceMemberRelationship',
    header: '与军人关系',
    aliases: ['与现役军人关系'],
    required: false,
    groups: ['military-family'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: kinshipChoices },
    explanation: '军属必填：本人是军人的 父母、配偶、子女 或 兄弟姐妹（也可写 母亲、妻子 等）。',
    example: '',
  },
  flag('isMartyrFamily', 'martyr-family', '烈属', ['是否烈属', '烈士家属', '烈士遗属']),
  {
    field: 'martyrName',
    header: '烈士姓名',
    aliases: [],
    required: false,
    groups: ['martyr-family'],
    requiredInGroup: true,
    explanation: '烈属必填：烈士的姓名。',
    example: '',
  },
  {
    field: 'martyrRelationship',
    header: '与烈士关系',
    aliases: [],
    required: false,
    groups: ['martyr-family'],
    requiredInGroup: true,
    read: { kind: 'choice', choices: kinshipChoices },
    explanation: '烈属必填：本人是烈士的 父母、配偶、子女 或 兄弟姐妹。',
    example: '',
  },
  flag('isActiveMilitary', 'active-military', '现役军人', ['是否现役军人', '现役']),
  {
    field: 'enlistedOn',
    header: '入伍日期',
    aliases: ['入伍时间'],
    required: false,
    groups: ['active-military'],
    requiredInGroup: true,
    read: date,
    explanation: '现役军人必填：入伍日期。',
    example: '',
  },
  flag('isTransferredOfficer', 'transferred-officer', '军转干部', ['是否军转干部', '军转干', '转业干部', '军队转业干部']),
  {
    field: 'transferredOn',
    header: '转业日期',
    aliases: ['转业时间'],
    required: false,
    groups: ['transferred-officer'],
    requiredInGroup: true,
    read: date,
    explanation: '军转干部必填：转业日期。',
    example: '',
  },
  {
    field: 'placement',
    header: '安置单位',
    aliases: ['转业安置单位'],
    required: false,
    groups: ['transferred-officer'],
    explanation: '军转干部选填：安置单位。',
    example: '',
  },
  flag('isMentalIllness', 'mental-illness', '长期服药人员', ['长期服药', '是否长期服药', '精神障碍患者', '是否精神障碍患者']),
  {
    field: 'medicationCard',
    header: '长期服药卡号',
    aliases: ['服药卡号', '长期服药卡'],
    required: false,
    groups: ['mental-illness'],
    requiredInGroup: true,
    read: { kind: 'code' },
    sensitive: true,
    explanation: '长期服药人员必填：长期服药卡号，4–30 位字母、数字或连字符。',
    example: '',
  },
  {
    field: 'medication',
    header: '所服药物',
    aliases: ['服用药物', '药物'],
    required: false,
    groups: ['mental-illness'],
    requiredInGroup: true,
    explanation: '长期服药人员必填：所服药物。',
    example: '',
  },
  {
    field: 'visitMonthly',
    header: '每月走访',
    aliases: ['是否每月走访'],
    required: false,
    groups: ['mental-illness'],
    read: yesNo,
    explanation: '长期服药人员选填：是 或 否（留空按是）。',
    example: '',
  },
];

export const importColumns: readonly ImportColumn[] = [...personColumns, groupListColumn, ...groupColumnList];

/** Header text as people type it: surrounding and inner spaces, full-width ones, a `*` for required, a hint in brackets. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[(（][^)）]*[)）]$/, '');
}

const byHeader = new Map<string, ImportColumn>();
for (const column of importColumns) {
  for (const text of [column.header, ...column.aliases]) {
    const normalised = normaliseHeader(text);
    const earlier = byHeader.get(normalised);
    if (earlier && earlier !== column) throw new Error(`import header ${text} names both ${earlier.field} and ${column.field}`);
    byHeader.set(normalised, column);
  }
}

/** The column a header names, or undefined for columns the import does not read (序号, 备注…). */
export function columnForHeader(text: string): ImportColumn | undefined {
  return byHeader.get(normaliseHeader(text));
}

const byField = new Map<ImportField, ImportColumn>(importColumns.map((column) => [column.field, column]));

export function columnOf(field: ImportField): ImportColumn {
  const column = byField.get(field);
  if (!column) throw new Error(`no import column for ${field}`);
  return column;
}

/** Fields whose cells are personal numbers (citizen IDs, phones, certificate and card numbers). */
export const sensitiveImportFields: ReadonlySet<ImportField> = new Set(
  importColumns.filter((column) => column.sensitive).map((column) => column.field),
);

/**
 * How each group's attributes come from the columns: attribute path (`guardian.name` for a nested
 * one) → column. `impliedBy`: columns that, filled, name the group even when its 是/否 column is
 * empty (only where the column means nothing else). `ownHousehold`: the attribute names the person's
 * own household; a row that leaves it blank gets the household the person is registered in.
 */
export interface GroupColumns {
  flag: GroupFlagField;
  /** Other ways the 特殊群体 column names the group, beside its label. */
  aliases: readonly string[];
  attributes: Readonly<Record<string, ImportField>>;
  impliedBy?: readonly ImportField[];
  ownHousehold?: string;
}

export const groupColumns: { readonly [G in GroupName]: GroupColumns } = {
  disabled: {
    flag: 'isDisabled',
    aliases: ['残疾', '残疾人员'],
    attributes: {
      category: 'disabilityCategory',
      grade: 'disabilityGrade',
      certificateNumber: 'certificateNumber',
      needs: 'disabilityNeeds',
    },
    impliedBy: ['disabilityCategory', 'disabilityGrade', 'certificateNumber'],
  },
  'empty-nest': {
    flag: 'isEmptyNest',
    aliases: ['空巢', '空巢老年人'],
    attributes: {
      childrenCount: 'childrenCount',
      'childContact.name': 'childContactName',
      'childContact.phone': 'childContactPhone',
    },
  },
  'living-alone': {
    flag: 'isLivingAlone',
    aliases: ['独居', '独居老年人'],
    attributes: { 'emergencyContact.name': 'emergencyContactName', 'emergencyContact.phone': 'emergencyContactPhone' },
  },
  'solitary-elderly': {
    flag: 'isSolitaryElderly',
    aliases: ['孤寡老人', '孤寡'],
    attributes: { support: 'support', institution: 'institution' },
  },
  'left-behind-child': {
    flag: 'isLeftBehindChild',
    aliases: [],
    attributes: {
      school: 'school',
      'guardian.name': 'guardianName',
      'guardian.relationship': 'guardianRelationship',
      'guardian.phone': 'guardianPhone',
      parentsWorkingIn: 'parentsWorkingIn',
      'contactPerson.name': 'contactPersonName',
      'contactPerson.phone': 'contactPersonPhone',
    },
  },
  'left-behind-woman': {
    flag: 'isLeftBehindWoman',
    aliases: [],
    attributes: {
      spouseWorkingIn: 'spouseWorkingIn',
      'contactPerson.name': 'contactPersonName',
      'contactPerson.phone': 'contactPersonPhone',
    },
  },
  'left-behind-elderly': {
    flag: 'isLeftBehindElderly',
    aliases: [],
    attributes: {
      childrenWorkingIn: 'childrenWorkingIn',
      'caregiver.name': 'caregiverName',
      'caregiver.phone': 'caregiverPhone',
      'contactPerson.name': 'contactPersonName',
      'contactPerson.phone': 'contactPersonPhone',
    },
  },
  dibao: {
    flag: 'isDibao',
    aliases: ['低保户', '低保对象'],
    attributes: { householdId: 'householdId', since: 'dibaoSince' },
    ownHousehold: 'householdId',
  },
  tekun: {
    flag: 'isTekun',
    aliases: ['特困', '特困供养人员', '特困供养'],
    attributes: { householdId: 'householdId', support: 'support', since: 'tekunSince' },
    ownHousehold: 'householdId',
  },
  unemployed: {
    flag: 'isUnemployed',
    aliases: ['失业'],
    attributes: { since: 'unemployedSince', registered: 'unemploymentRegistered', skills: 'skills' },
  },
  'laid-off': {
    flag: 'isLaidOff',
    aliases: ['下岗', '下岗人员'],
    attributes: { since: 'laidOffSince', formerEmployer: 'formerEmployer', skills: 'skills' },
  },
  'military-family': {
    flag: 'isMilitaryFamily',
    aliases: ['现役军人家属'],
    attributes: { serviceMemberName: 'serviceMemberName', relationship: 'serviceMemberRelationship' },
  },
  'martyr-family': {
    flag: 'isMartyrFamily',
    aliases: ['烈士家属', '烈士遗属'],
    attributes: { martyrName: 'martyrName', relationship: 'martyrRelationship' },
  },
  'active-military': { flag: 'isActiveMilitary', aliases: ['现役'], attributes: { enlistedOn: 'enlistedOn' } },
  'transferred-officer': {
    flag: 'isTransferredOfficer',
    aliases: ['军转干', '转业干部', '军队转业干部'],
    attributes: { transferredOn: 'transferredOn', placement: 'placement' },
  },
  'mental-illness': {
    flag: 'isMentalIllness',
    aliases: ['长期服药', '长期服药人员', '精神障碍患者'],
    attributes: {
      cardNumber: 'medicationCard',
      medication: 'medication',
      visitMonthly: 'visitMonthly',
      'guardian.name': 'guardianName',
      'guardian.phone': 'guardianPhone',
    },
  },
};
