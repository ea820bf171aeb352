import type { GridFocus } from '@shequ/contracts';
import type { FacilityKind } from '@shequ/registry/domain/places';

/** 小学社区居委会 of 鹭江街道: the community the demo fills with a full register. */
export const FEATURED_COMMUNITY = '350203006029';
export const FEATURED_SUBDISTRICT = '350203006';

export interface DemoBuilding {
  name: string;
  floors: number;
  /** Flats per floor. */
  perFloor: number;
  address: string;
}

export interface DemoGrid {
  number: number;
  name: string;
  focus: GridFocus;
  leaderName: string;
  leaderPhone: string;
  /** How many of the community's households live here, relative to the other grids. */
  weight: number;
  buildings: DemoBuilding[];
}

/** Old low-rise blocks along a street: `局口街8号`, four to seven floors, two or three flats a floor. */
function street(name: string, numbers: readonly number[], floors: readonly number[], perFloor = 2): DemoBuilding[] {
  return numbers.map((number, index) => ({
    name: `${name}${number}号`,
    floors: floors[index % floors.length] as number,
    perFloor: perFloor + (index % 3 === 0 ? 1 : 0),
    address: `厦门市思明区${name}${number}号`,
  }));
}

function towers(estate: string, road: string, count: number, floors: number, perFloor: number): DemoBuilding[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `${estate}${index + 1}号楼`,
    floors,
    perFloor,
    address: `厦门市思明区${road}${estate}${index + 1}号楼`,
  }));
}

const evens = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index * 2);

/** 一网格一特色: six grids, each with its focus, its leader and its buildings. */
export const featuredGrids: readonly DemoGrid[] = [
  {
    number: 1,
    name: '局口街网格',
    focus: 'hardship-help',
    leaderName: '许丽娟',
    leaderPhone: '13906001101',
    weight: 16,
    buildings: street('局口街', evens(2, 22), [4, 5, 6]),
  },
  {
    number: 2,
    name: '大同路网格',
    focus: 'units',
    leaderName: '黄志明',
    leaderPhone: '13906001102',
    weight: 15,
    buildings: street('大同路', evens(101, 20), [5, 6, 7]),
  },
  {
    number: 3,
    name: '鹭江新城网格',
    focus: 'high-rise',
    leaderName: '林志强',
    leaderPhone: '13906001103',
    weight: 24,
    buildings: towers('鹭江新城', '公园南路', 4, 26, 4),
  },
  {
    number: 4,
    name: '思明北路网格',
    focus: 'estate-governance',
    leaderName: '陈美玲',
    leaderPhone: '13906001104',
    weight: 17,
    buildings: [...towers('小学花园', '思明北路', 3, 11, 4), ...street('思明北路', evens(20, 10), [6, 7])],
  },
  {
    number: 5,
    name: '小学路网格',
    focus: 'hardship-help',
    leaderName: '吴秋菊',
    leaderPhone: '13906001105',
    weight: 14,
    buildings: street('小学路', evens(1, 20), [4, 5]),
  },
  {
    number: 6,
    name: '镇邦路网格',
    focus: 'estate-governance',
    leaderName: '郑文斌',
    leaderPhone: '13906001106',
    weight: 14,
    buildings: [...street('镇邦路', evens(30, 12), [5, 6]), ...towers('镇邦花园', '镇邦路', 2, 9, 4)],
  },
];

export interface DemoFacility {
  kind: FacilityKind;
  name: string;
  address: string;
  openHours: string;
  description: string;
  /** Stations of the 银龄幸福之家 (1+6). */
  stations?: readonly { name: string; address: string; openHours: string; description: string }[];
}

export const featuredFacilities: readonly DemoFacility[] = [
  {
    kind: 'community-academy',
    name: '小学社区书院',
    address: '厦门市思明区小学路35号二楼',
    openHours: '周二至周日 09:00–21:00',
    description: '国学讲堂、四点半课堂、书法和南音兴趣班，每季度一门特色课程。',
  },
  {
    kind: 'party-home',
    name: '小学社区党群之家',
    address: '厦门市思明区小学路35号一楼',
    openHours: '周一至周五 08:30–17:30',
    description: '党员活动、志愿服务登记、共建单位议事；民生信箱就设在门口。',
  },
  {
    kind: 'women-children-home',
    name: '小学社区妇女儿童家园',
    address: '厦门市思明区大同路125号',
    openHours: '周一至周六 09:00–17:00',
    description: '0–3 岁早教、孕产妇温馨服务、家庭教育讲座和妇女维权咨询。',
  },
  {
    kind: 'silver-age-home',
    name: '小学社区银龄幸福之家',
    address: '厦门市思明区局口街20号',
    openHours: '每天 08:00–20:00',
    description: '老年助餐、日间照料、健康监测和文娱活动，带动六个服务站（1+6）。',
    stations: [
      {
        name: '局口街助餐服务站',
        address: '厦门市思明区局口街6号',
        openHours: '每天 10:30–12:30',
        description: '老年助餐点，可送餐上门。',
      },
      {
        name: '大同路健康驿站',
        address: '厦门市思明区大同路111号',
        openHours: '周一至周五 08:30–11:30',
        description: '血压血糖测量，家庭医生每周四坐诊。',
      },
      {
        name: '鹭江新城邻里站',
        address: '厦门市思明区公园南路鹭江新城2号楼架空层',
        openHours: '每天 09:00–18:00',
        description: '高层楼宇老人的邻里互助和代办服务。',
      },
      {
        name: '小学花园文娱站',
        address: '厦门市思明区思明北路小学花园1号楼一楼',
        openHours: '每天 14:00–20:00',
        description: '南音、棋牌和老年合唱。',
      },
      {
        name: '小学路日间照料站',
        address: '厦门市思明区小学路17号',
        openHours: '周一至周五 08:00–17:00',
        description: '失能半失能老人日间照料。',
      },
      {
        name: '镇邦路便民服务站',
        address: '厦门市思明区镇邦路40号',
        openHours: '周一至周六 09:00–17:00',
        description: '理发、维修和适老化改造咨询。',
      },
    ],
  },
];

export const featuredOfficeHours = {
  openDays: [1, 2, 3, 4, 5],
  periods: [
    { from: '08:30', to: '12:00' },
    { from: '14:30', to: '17:30' },
  ],
  certificateOfficeDays: [1, 3, 5],
  note: '周六上午 09:00–12:00 社区值班，可办理咨询和证明开具',
};

/** One lawyer serves several communities (一村一法律顾问: 6 lawyers for 24 communities). */
export const featuredLegalAdvisor = {
  name: '苏振宇',
  firm: '福建鹭江明德律师事务所',
  phone: '0592-2031688',
  serviceHours: '每周三下午 14:30–17:30 在社区党群之家坐班，其他时间电话预约',
};

/** Units in 大同路网格, whose focus is the units (驻区单位). */
export const featuredUnits = [
  {
    name: '厦门市大同中心小学',
    kind: 'school',
    grid: 2,
    address: '厦门市思明区大同路135号',
    contactName: '蔡晓燕',
    contactPhone: '13906002201',
  },
  {
    name: '鹭江街道社区卫生服务中心',
    kind: 'hospital',
    grid: 2,
    address: '厦门市思明区大同路150号',
    contactName: '何丽君',
    contactPhone: '13906002202',
  },
  {
    name: '思明区鹭江市场监督管理所',
    kind: 'agency',
    grid: 2,
    address: '厦门市思明区大同路168号',
    contactName: '庄国强',
    contactPhone: '13906002203',
  },
  {
    name: '厦门鹭江物业管理有限公司',
    kind: 'enterprise',
    grid: 3,
    address: '厦门市思明区公园南路鹭江新城1号楼',
    contactName: '柯建伟',
    contactPhone: '13906002204',
  },
  {
    name: '中国邮政大同路营业所',
    kind: 'enterprise',
    grid: 2,
    address: '厦门市思明区大同路119号',
    contactName: '叶海涛',
    contactPhone: '13906002205',
  },
  {
    name: '厦门市鹭江社会工作服务中心',
    kind: 'social-organization',
    grid: 1,
    address: '厦门市思明区局口街12号',
    contactName: '洪雅琴',
    contactPhone: '13906002206',
  },
] as const;

/** Grids of the other communities: numbered, focus only (the demo keeps them light). */
export const lightGridFocuses: readonly GridFocus[] = ['hardship-help', 'units', 'high-rise', 'estate-governance'];
