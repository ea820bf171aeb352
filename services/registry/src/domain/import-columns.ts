/**
 * The columns of the bulk-import template (人员台帐), declared as data: the template, the 说明 sheet, the
 * header matching of uploaded files and the column names in the error report all come from here.
 */

export type ImportField =
  | 'name'
  | 'citizenId'
  | 'phone'
  | 'residence'
  | 'origin'
  | 'arrivalDate'
  | 'grid'
  | 'building'
  | 'room'
  | 'groups'
  | 'disabilityCategory'
  | 'disabilityGrade'
  | 'certificateNumber';

export interface ImportColumn {
  field: ImportField;
  /** Header in the template; what the error report calls the column. */
  header: string;
  /** Other headers communities' own spreadsheets use for the same column. */
  aliases: readonly string[];
  /** A file without this column is refused as a whole. */
  required: boolean;
  /** The 说明 sheet's explanation: what to write and which values are allowed. */
  explanation: string;
  /** The template's example row. */
  example: string;
}

export const importColumns: readonly ImportColumn[] = [
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
    explanation:
      '必填，18 位，最后一位可为 X；出生日期和性别由它推导。请把本列设为“文本”格式，否则 Excel 会把号码存成数字并丢失末几位。同一区内一个号码只登记一人：已登记的人员按本行更新（须在本社区）。',
    example: '350203195603120021',
  },
  {
    field: 'phone',
    header: '联系电话',
    aliases: ['电话', '手机', '手机号', '手机号码', '联系方式'],
    required: false,
    explanation: '选填：11 位手机号或带区号的固定电话（如 0592-2345678）。',
    example: '13812345678',
  },
  {
    field: 'residence',
    header: '户籍类型',
    aliases: ['人口类型', '户籍性质', '户口性质'],
    required: true,
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
    explanation: '流动人口必填：日期，如 2023-05-01（也可写 2023/5/1、2023年5月1日，或用 Excel 日期格式）。',
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
  {
    field: 'groups',
    header: '特殊群体',
    aliases: ['人员类别', '特殊人群', '群体'],
    required: false,
    explanation:
      '选填：残疾人、独居老人；多个用顿号（、）分隔。填了残疾类别而本列留空时按残疾人登记。已在该群体的人员按本行更新其信息。',
    example: '残疾人',
  },
  {
    field: 'disabilityCategory',
    header: '残疾类别',
    aliases: ['残疾类型'],
    required: false,
    explanation: '残疾人必填：肢体、智力、视力、听力、言语、精神、多重（也可写 肢体残疾 等）。',
    example: '肢体',
  },
  {
    field: 'disabilityGrade',
    header: '残疾等级',
    aliases: ['残疾级别'],
    required: false,
    explanation: '残疾人必填：1–4（一级最重），也可写 一级、二级、三级、四级。',
    example: '二级',
  },
  {
    field: 'certificateNumber',
    header: '残疾证号',
    aliases: ['残疾人证号', '残疾证号码'],
    required: false,
    explanation: '残疾人必填：第二代残疾人证号，20 位 = 18 位公民身份号码 + 类别代码 + 等级代码。',
    example: '35020319560312002142',
  },
];

/** Header text as people type it: surrounding and inner spaces, full-width ones, a `*` for required, a hint in brackets. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[(（][^)）]*[)）]$/, '');
}

const byHeader = new Map<string, ImportColumn>(
  importColumns.flatMap((column) => [column.header, ...column.aliases].map((text) => [normaliseHeader(text), column] as const)),
);

/** The column a header names, or undefined for columns the import does not read (序号, 备注…). */
export function columnForHeader(text: string): ImportColumn | undefined {
  return byHeader.get(normaliseHeader(text));
}

export function columnOf(field: ImportField): ImportColumn {
  const column = importColumns.find((candidate) => candidate.field === field);
  if (!column) throw new Error(`no import column for ${field}`);
  return column;
}
