import type { HousingHardship } from '@shequ/contracts';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { type DisabilityCategory, disabilityCategories, type GroupName } from '@shequ/registry/domain/groups';
import type { Relationship } from '@shequ/registry/domain/households';
import { fullName, givenName, surname } from './names.ts';
import { type DemoBuilding, type DemoGrid, FEATURED_COMMUNITY, featuredGrids } from './places.ts';
import { Random } from './random.ts';

/**
 * The demo's people, generated without touching a store: 小学社区's register in households with every
 * special group, and a few residents in every other community. Birth dates count back from 1 January of
 * the year the demo is made, so the ages (and the 60+ and 15–49 counts) stay plausible whenever it runs.
 */

export type Sex = 'male' | 'female';

export interface DemoMembership {
  group: GroupName;
  attributes: Record<string, unknown>;
}

export interface DemoPerson {
  name: string;
  sex: Sex;
  birthDate: string;
  citizenId: string;
  phone?: string;
  residence: 'registered' | 'migrant';
  migrant?: { origin: string; arrivalDate: string };
  area: string;
  building?: string;
  room?: string;
  relationship: Relationship;
  /** Groups joined with the registration. */
  groups: DemoMembership[];
}

/** 低保 and 特困 are granted to a household: joined once the household exists, naming it. */
export interface HouseholdGrant {
  group: 'dibao' | 'tekun';
  attributes: Record<string, unknown>;
}

export interface DemoHousehold {
  area: string;
  address: string;
  /** The head first. */
  members: DemoPerson[];
  perCapitaIncome?: number;
  housingHardship?: HousingHardship;
  grant?: HouseholdGrant;
}

interface Origin {
  place: string;
  /** Area code the person's citizen ID was first issued under. */
  code: string;
  fujian: boolean;
}

/** Where 小学社区's migrants come from: mostly Fujian's interior, then the provinces that send workers to Xiamen. */
const ORIGINS: readonly (readonly [Origin, number])[] = [
  [{ place: '福建省泉州市安溪县', code: '350524', fujian: true }, 10],
  [{ place: '福建省泉州市南安市', code: '350583', fujian: true }, 6],
  [{ place: '福建省漳州市漳浦县', code: '350623', fujian: true }, 7],
  [{ place: '福建省龙岩市长汀县', code: '350821', fujian: true }, 6],
  [{ place: '福建省三明市大田县', code: '350425', fujian: true }, 4],
  [{ place: '福建省莆田市仙游县', code: '350322', fujian: true }, 5],
  [{ place: '江西省赣州市于都县', code: '360731', fujian: false }, 8],
  [{ place: '江西省上饶市鄱阳县', code: '361128', fujian: false }, 4],
  [{ place: '四川省南充市营山县', code: '511322', fujian: false }, 6],
  [{ place: '湖南省邵阳市邵东市', code: '430582', fujian: false }, 5],
  [{ place: '安徽省阜阳市临泉县', code: '341221', fujian: false }, 5],
  [{ place: '河南省信阳市固始县', code: '411525', fujian: false }, 5],
  [{ place: '湖北省黄冈市蕲春县', code: '421126', fujian: false }, 3],
  [{ place: '贵州省遵义市桐梓县', code: '520322', fujian: false }, 3],
  [{ place: '重庆市万州区', code: '500101', fujian: false }, 3],
];

/** Where a Xiamen-born resident's ID was first issued: 思明区 mostly, the districts merged into it or nearby. */
const LOCAL_ID_AREAS: readonly (readonly [string, number])[] = [
  ['350203', 70],
  ['350204', 14],
  ['350202', 6],
  ['350206', 5],
  ['350205', 5],
];

const WORK_PLACES = ['广东省深圳市', '广东省东莞市', '上海市', '浙江省宁波市', '福建省福州市', '江苏省苏州市', '海外（新加坡）'];
const SCHOOLS = ['厦门市大同中心小学', '思明区第二实验小学', '厦门市第五中学', '厦门第一中学初中部'];
const PHONE_PREFIXES = [
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '186',
  '187',
  '188',
  '189',
  '133',
  '153',
  '180',
  '177',
  '199',
];
const MEDICATIONS = ['利培酮片', '奥氮平片', '阿立哌唑片', '丙戊酸钠缓释片', '喹硫平片', '碳酸锂缓释片'];
const FORMER_EMPLOYERS = ['厦门第一棉纺织厂', '厦门罐头厂', '鹭江造船厂', '厦门灯泡厂', '思明区第二百货商店', '厦门搪瓷厂'];
const PLACEMENTS = ['鹭江街道办事处', '思明区城市管理局', '厦门市公安局思明分局', '思明区人民武装部'];
const SKILLS = ['电工', '物业管理', '养老护理', '育婴', '烹饪', '驾驶', '保洁', '收银', '电脑操作', '家政服务'];
const SERVICE_PLAN = {
  text: '每月入户一次，协调康复机构上门康复训练，申请辅助器具适配，节假日重点慰问。',
  goals: ['康复训练每周两次', '完成辅助器具适配', '家属照护培训'],
};

/** The cadres named as 包保联系人 of left-behind people, and the community's own phone. */
export const CONTACT_CADRES = [
  { name: '王丽萍', phone: '13906001001' },
  { name: '许丽娟', phone: '13906001101' },
  { name: '吴秋菊', phone: '13906001105' },
] as const;

/** The family of the demo's resident account: fixed citizen IDs, so the account finds her in any year. */
export const FEATURED_FAMILY = [
  { name: '郑国平', stem: '35020319650312003', relationship: 'head' },
  { name: '林丽华', stem: '35020319670908002', relationship: 'spouse' },
  { name: '郑雅婷', stem: '35020319940618004', relationship: 'child' },
] as const;
export const DEMO_RESIDENT_CITIZEN_ID = withCheckCharacter(FEATURED_FAMILY[2].stem);

/** The seed community's 63 disabled residents by category (第二代残疾人证 statistics). */
const DISABLED_BY_CATEGORY: readonly (readonly [DisabilityCategory, number])[] = [
  ['limb', 29],
  ['intellectual', 11],
  ['visual', 4],
  ['hearing', 8],
  ['mental', 11],
];

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Makes people: unique, valid citizen IDs whose 17th digit carries the sex, names that fit sex and generation. */
class Census {
  private readonly ids = new Set<string>();

  constructor(
    readonly random: Random,
    /** Ages are as on 1 January of this year. */
    readonly year: number,
  ) {}

  birthDate(age: number): string {
    return `${this.year - 1 - age}-${pad(this.random.int(1, 12))}-${pad(this.random.int(1, 28))}`;
  }

  citizenId(areaCode: string, birthDate: string, sex: Sex): string {
    for (;;) {
      // The 17th digit is odd for men and even for women.
      const sequence = `${pad(this.random.int(0, 99))}${this.random.int(0, 4) * 2 + (sex === 'male' ? 1 : 0)}`;
      const id = withCheckCharacter(`${areaCode}${birthDate.replaceAll('-', '')}${sequence}`);
      if (this.claim(id)) return id;
    }
  }

  claim(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    return true;
  }

  phone(): string {
    return `${this.random.pick(PHONE_PREFIXES)}${pad(this.random.int(0, 99_999_999), 8)}`;
  }

  person(input: { sex: Sex; age: number; family: string; origin?: Origin | undefined; relationship: Relationship }): DemoPerson {
    const birthDate = this.birthDate(input.age);
    const year = Number(birthDate.slice(0, 4));
    const area = input.origin?.code ?? this.random.weighted(LOCAL_ID_AREAS);
    const hasPhone = input.age >= 16 && (input.age < 80 || this.random.chance(0.5));
    return {
      name: fullName(this.random, input.sex, year, input.family),
      sex: input.sex,
      birthDate,
      citizenId: this.citizenId(area, birthDate, input.sex),
      ...(hasPhone ? { phone: this.phone() } : {}),
      residence: input.origin ? 'migrant' : 'registered',
      ...(input.origin ? { migrant: { origin: input.origin.place, arrivalDate: this.arrival(input.age) } } : {}),
      area: '',
      relationship: input.relationship,
      groups: [],
    };
  }

  /** Arrival in Xiamen: as an adult, most in the last ten years. */
  private arrival(age: number): string {
    const latest = this.year - 1;
    const earliest = Math.max(this.year - Math.min(18, Math.max(1, age - 17)), 2005);
    const year = Math.max(earliest, latest - Math.floor(this.random.next() ** 1.6 * (latest - earliest + 1)));
    return `${year}-${pad(this.random.int(1, 12))}-${pad(this.random.int(1, 28))}`;
  }
}

const ageOf = (person: DemoPerson, year: number) => year - 1 - Number(person.birthDate.slice(0, 4));

type HouseholdKind =
  | 'elderly-couple'
  | 'elderly-alone'
  | 'three-generations'
  | 'family-teens'
  | 'young-family'
  | 'middle-couple'
  | 'single-adult'
  | 'parent-and-adult-child'
  | 'left-behind-grandchildren'
  | 'left-behind-mother';

/** An old-town community: many elderly households, families in between, young migrant families renting. */
const HOUSEHOLD_KINDS: readonly (readonly [HouseholdKind, number])[] = [
  ['elderly-couple', 12],
  ['elderly-alone', 7],
  ['three-generations', 15],
  ['family-teens', 21],
  ['young-family', 17],
  ['middle-couple', 10],
  ['single-adult', 10],
  ['parent-and-adult-child', 6],
  ['left-behind-grandchildren', 1.2],
  ['left-behind-mother', 0.8],
];

/** The share of each kind of household that came from elsewhere (流动人口), for about 30 % of the register. */
const MIGRANT_SHARE: Record<HouseholdKind, number> = {
  'elderly-couple': 0.02,
  'elderly-alone': 0,
  'three-generations': 0.08,
  'family-teens': 0.42,
  'young-family': 0.8,
  'middle-couple': 0.2,
  'single-adult': 0.85,
  'parent-and-adult-child': 0.05,
  'left-behind-grandchildren': 0,
  'left-behind-mother': 0,
};

interface Flat {
  grid: DemoGrid;
  building: DemoBuilding;
  room: string;
}

/** Hands out flats: a grid by weight, a building in it, a free room on one of its floors. */
class Flats {
  private readonly taken = new Set<string>();

  constructor(private readonly random: Random) {}

  next(): Flat {
    for (;;) {
      const grid = this.random.weighted(featuredGrids.map((candidate) => [candidate, candidate.weight] as const));
      const building = this.random.weighted(
        grid.buildings.map((candidate) => [candidate, candidate.floors * candidate.perFloor] as const),
      );
      const room = `${this.random.int(1, building.floors)}${pad(this.random.int(1, building.perFloor))}`;
      const key = `${building.name}/${room}`;
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return { grid, building, room };
    }
  }
}

export interface FeaturedRegister {
  community: string;
  households: DemoHousehold[];
  persons: DemoPerson[];
}

/**
 * 小学社区's register: about `target` residents in households on the community's six grids, with the
 * seed community's 63 disabled residents, 低保 and 特困 households, 空巢/独居/孤老 elderly, 三留守,
 * military and martyr families, medication-card holders, laid-off and unemployed residents.
 */
export function featuredRegister(year: number, target = 3000): FeaturedRegister {
  const random = new Random(29_0060_29);
  const census = new Census(random, year);
  const flats = new Flats(random);
  const households: DemoHousehold[] = [];
  const kinds: HouseholdKind[] = [];

  const featured = featuredFamily(census);
  households.push(housed(featured, flats, random, featuredGrids[2]));
  kinds.push('family-teens');
  let persons = featured.length;
  while (persons < target) {
    const kind = random.weighted(HOUSEHOLD_KINDS);
    const origin = random.chance(MIGRANT_SHARE[kind]) ? random.weighted(ORIGINS) : undefined;
    const members = householdOf(kind, census, origin);
    households.push(housed(members, flats, random));
    kinds.push(kind);
    persons += members.length;
  }
  assignGroups(households, kinds, census);
  return { community: FEATURED_COMMUNITY, households, persons: households.flatMap((household) => household.members) };
}

function featuredFamily(census: Census): DemoPerson[] {
  return FEATURED_FAMILY.map((member) => {
    const citizenId = withCheckCharacter(member.stem);
    census.claim(citizenId);
    const birthDate = `${citizenId.slice(6, 10)}-${citizenId.slice(10, 12)}-${citizenId.slice(12, 14)}`;
    return {
      name: member.name,
      sex: Number(citizenId[16]) % 2 === 1 ? 'male' : 'female',
      birthDate,
      citizenId,
      phone: census.phone(),
      residence: 'registered',
      area: '',
      relationship: member.relationship,
      groups: [],
    };
  });
}

function housed(members: DemoPerson[], flats: Flats, random: Random, grid?: DemoGrid): DemoHousehold {
  let flat = flats.next();
  while (grid && flat.grid !== grid) flat = flats.next();
  const area = `${FEATURED_COMMUNITY}-${pad(flat.grid.number)}`;
  for (const member of members) {
    member.area = area;
    member.building = flat.building.name;
    member.room = flat.room;
  }
  // About half the households have declared an income (needed for 低保 and housing aid); the rest never applied.
  const income = random.chance(0.45) ? { perCapitaIncome: 100 * random.int(25, 95) } : {};
  return { area, address: `${flat.building.address}${flat.room}室`, members, ...income };
}

/** The members of one household, head first, each with a relationship to the head. */
function householdOf(kind: HouseholdKind, census: Census, origin: Origin | undefined): DemoPerson[] {
  const { random } = census;
  const family = surname(random, origin?.fujian ?? true);
  const otherFamily = () => surname(random, origin?.fujian ?? true);
  const person = (sex: Sex, age: number, relationship: Relationship, name = family) =>
    census.person({ sex, age, family: name, origin, relationship });
  const couple = (age: number): DemoPerson[] => [
    person('male', age, 'head'),
    person('female', Math.max(18, age - random.int(-2, 5)), 'spouse', otherFamily()),
  ];
  /** Children of a mother of `motherAge`, born when she was 22–38. */
  const children = (motherAge: number, count: number, relationship: Relationship = 'child', oldest = 40): DemoPerson[] =>
    Array.from({ length: count }, () => {
      const age = Math.max(0, Math.min(oldest, motherAge - random.int(22, 38)));
      return person(random.chance(0.52) ? 'male' : 'female', age, relationship);
    });

  switch (kind) {
    case 'elderly-couple':
      return couple(random.int(62, 88));
    case 'elderly-alone':
      return [person(random.chance(0.65) ? 'female' : 'male', random.int(66, 93), 'head')];
    case 'three-generations': {
      const parents = couple(random.int(32, 46));
      const mother = parents[1] as DemoPerson;
      const grandfather = person('male', ageOf(parents[0] as DemoPerson, census.year) + random.int(25, 32), 'parent');
      const grandmother = person('female', ageOf(grandfather, census.year) - random.int(0, 4), 'parent', otherFamily());
      const elders = random.chance(0.75) ? [grandfather, grandmother] : [random.chance(0.6) ? grandmother : grandfather];
      return [...parents, ...elders, ...children(ageOf(mother, census.year), random.int(1, 2), 'child', 17)];
    }
    case 'family-teens': {
      const parents = couple(random.int(38, 56));
      return [...parents, ...children(ageOf(parents[1] as DemoPerson, census.year), random.chance(0.7) ? 1 : 2, 'child', 28)];
    }
    case 'young-family': {
      const parents = couple(random.int(25, 38));
      const count = random.weighted([
        [0, 2],
        [1, 5],
        [2, 3],
      ] as const);
      return [...parents, ...children(ageOf(parents[1] as DemoPerson, census.year), count, 'child', 12)];
    }
    case 'middle-couple':
      return couple(random.int(47, 64));
    case 'single-adult':
      return [person(random.chance(0.55) ? 'male' : 'female', random.int(19, 48), 'head')];
    case 'parent-and-adult-child': {
      const parent = person(random.chance(0.7) ? 'female' : 'male', random.int(62, 84), 'head');
      const childAge = Math.max(25, ageOf(parent, census.year) - random.int(24, 34));
      return [parent, person(random.chance(0.5) ? 'male' : 'female', childAge, 'child')];
    }
    case 'left-behind-grandchildren': {
      const grandparents = couple(random.int(60, 72));
      return [
        ...grandparents,
        ...Array.from({ length: random.int(1, 2) }, () =>
          person(random.chance(0.5) ? 'male' : 'female', random.int(5, 13), 'grandchild'),
        ),
      ];
    }
    case 'left-behind-mother': {
      const mother = census.person({
        sex: 'female',
        age: random.int(28, 42),
        family: otherFamily(),
        origin,
        relationship: 'head',
      });
      return [mother, ...children(ageOf(mother, census.year), random.int(1, 2), 'child', 14)];
    }
  }
}

/**
 * Who is in which special group. Members are drawn from people who fit (60+ for the elderly groups,
 * children under 14 for 留守儿童), with a margin so they still fit when the demo loads late in the year.
 */
function assignGroups(households: DemoHousehold[], kinds: HouseholdKind[], census: Census): void {
  const { random, year } = census;
  const age = (person: DemoPerson) => ageOf(person, year);
  const inGroup = (person: DemoPerson, group: GroupName) => person.groups.some((membership) => membership.group === group);
  // A person is in a group once: the parent of two soldiers, or a soldier's mother who is also an officer's wife.
  const join = (person: DemoPerson, group: GroupName, attributes: Record<string, unknown>) => {
    if (!inGroup(person, group)) person.groups.push({ group, attributes });
  };
  const everyone = households.flatMap((household) => household.members);
  const cadre = () => ({ ...random.pick(CONTACT_CADRES) });
  const relativeName = (person: DemoPerson, sex: Sex, birthYear: number) =>
    `${person.name.slice(0, 1)}${givenName(random, sex, birthYear)}`;
  const since = (from: number, to: number) => `${random.int(from, to)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const sinceRecent = () => since(year - 3, year - 1);
  const of = (kind: HouseholdKind) => households.filter((_, index) => kinds[index] === kind);

  // 空巢: couples of 60+ whose children live elsewhere.
  for (const household of of('elderly-couple')) {
    const [head] = household.members as [DemoPerson];
    if (household.members.some((member) => age(member) < 61)) continue;
    const childrenCount = random.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
    ] as const);
    const child = relativeName(head, random.chance(0.5) ? 'male' : 'female', year - age(head) + 27);
    for (const member of household.members) {
      join(member, 'empty-nest', { childrenCount, childContact: { name: child, phone: census.phone() } });
    }
  }

  // 独居 and 孤老: old people living alone; the first of those without children are 特困 (supported at home or in the welfare home).
  let solitary = 0;
  for (const household of of('elderly-alone')) {
    const [person] = household.members as [DemoPerson];
    if (solitary < 8 && random.chance(0.22)) {
      solitary++;
      const inInstitution = solitary === 3;
      join(
        person,
        'solitary-elderly',
        inInstitution ? { support: 'institution', institution: '思明区社会福利中心' } : { support: 'home' },
      );
      if (solitary <= 5) {
        household.perCapitaIncome = 100 * random.int(3, 8);
        household.grant = {
          group: 'tekun',
          attributes: { support: inInstitution ? 'institution' : 'home', since: since(year - 9, year - 1) },
        };
      }
      continue;
    }
    join(person, 'living-alone', {
      emergencyContact: {
        name: relativeName(person, random.chance(0.5) ? 'male' : 'female', year - age(person) + 28),
        phone: census.phone(),
      },
    });
  }

  // 三留守: children and grandparents whose parents work elsewhere; mothers whose husbands do.
  for (const household of of('left-behind-grandchildren')) {
    const grandparent = household.members[1] ?? (household.members[0] as DemoPerson);
    const workingIn = random.pick(WORK_PLACES);
    for (const member of household.members) {
      if (member.relationship === 'grandchild' && age(member) <= 13) {
        join(member, 'left-behind-child', {
          school: random.pick(SCHOOLS.slice(0, 2)),
          guardian: {
            name: grandparent.name,
            relationship: 'grandparent',
            ...(grandparent.phone ? { phone: grandparent.phone } : {}),
          },
          parentsWorkingIn: workingIn,
          contactPerson: cadre(),
        });
      } else if (age(member) >= 62) {
        join(member, 'left-behind-elderly', { childrenWorkingIn: workingIn, contactPerson: cadre() });
      }
    }
  }
  for (const household of of('left-behind-mother')) {
    const [mother, ...kids] = household.members as [DemoPerson, ...DemoPerson[]];
    const workingIn = random.pick(WORK_PLACES);
    join(mother, 'left-behind-woman', { spouseWorkingIn: workingIn, contactPerson: cadre() });
    for (const kid of kids) {
      if (age(kid) <= 13) {
        join(kid, 'left-behind-child', {
          school: random.pick(SCHOOLS),
          guardian: { name: mother.name, relationship: 'parent', ...(mother.phone ? { phone: mother.phone } : {}) },
          parentsWorkingIn: workingIn,
          contactPerson: cadre(),
        });
      }
    }
  }

  // 残疾人: the seed community's 63 by category, grades from most to least severe, needs and a service plan for the severe.
  const candidates = random.sample(
    everyone.filter((person) => age(person) >= 8),
    everyone.length,
  );
  const fits: Record<DisabilityCategory, (person: DemoPerson) => boolean> = {
    limb: (person) => age(person) >= 18,
    intellectual: (person) => age(person) <= 55,
    visual: (person) => age(person) >= 40,
    hearing: () => true,
    mental: (person) => age(person) >= 20 && age(person) <= 65,
    speech: () => true,
    multiple: () => true,
  };
  const disabled: DemoPerson[] = [];
  for (const [category, count] of DISABLED_BY_CATEGORY) {
    const chosen = candidates.filter((person) => !inGroup(person, 'disabled') && fits[category](person)).slice(0, count);
    for (const person of chosen) {
      const grade = random.weighted([
        [1, 10],
        [2, 25],
        [3, 30],
        [4, 35],
      ] as const);
      const needs = random.sample(['rehabilitation', 'assistive-devices', 'employment', 'education'], random.int(0, 2));
      join(person, 'disabled', {
        category,
        grade,
        certificateNumber: `${person.citizenId}${disabilityCategories[category].digit}${grade}`,
        needs,
        ...(grade <= 2 ? { servicePlan: SERVICE_PLAN } : {}),
      });
      disabled.push(person);
    }
  }

  // 长期服药: the mentally disabled and a few more, each with a card and, where there is one, a relative as guardian.
  const householdOfPerson = new Map(
    households.flatMap((household) => household.members.map((member) => [member, household] as const)),
  );
  const medicated = [
    ...disabled.filter((person) => person.groups.some((m) => m.group === 'disabled' && m.attributes.category === 'mental')),
    ...random.sample(
      everyone.filter((person) => age(person) >= 25 && age(person) <= 60 && !inGroup(person, 'disabled')),
      3,
    ),
  ];
  medicated.forEach((person, index) => {
    const guardian = householdOfPerson
      .get(person)
      ?.members.find((member) => member !== person && age(member) >= 20 && member.phone !== undefined);
    join(person, 'mental-illness', {
      cardNumber: `CQFY-${year - 1 - (index % 4)}-${pad(index + 1, 4)}`,
      medication: random.pick(MEDICATIONS),
      visitMonthly: true,
      ...(guardian?.phone ? { guardian: { name: guardian.name, phone: guardian.phone } } : {}),
    });
  });

  // 失业 and 下岗.
  const working = everyone.filter((person) => age(person) >= 23 && age(person) <= 55 && !inGroup(person, 'disabled'));
  for (const person of random.sample(working, 45)) {
    join(person, 'unemployed', {
      since: sinceRecent(),
      registered: random.chance(0.7),
      skills: random.sample(SKILLS, random.int(0, 2)),
    });
  }
  const laidOff = everyone.filter((person) => age(person) >= 48 && age(person) <= 59 && !inGroup(person, 'unemployed'));
  for (const person of random.sample(laidOff, 15)) {
    join(person, 'laid-off', {
      since: since(1998, 2006),
      formerEmployer: random.pick(FORMER_EMPLOYERS),
      skills: random.sample(SKILLS, random.int(0, 2)),
    });
  }

  // 现役军人 (young men of the register) and their parents as 军属; spouses of officers serving elsewhere; 烈属; 军转干部.
  const soldiers = random.sample(
    everyone.filter(
      (person) => person.sex === 'male' && person.relationship === 'child' && age(person) >= 19 && age(person) <= 23,
    ),
    5,
  );
  for (const soldier of soldiers) {
    join(soldier, 'active-military', {
      enlistedOn: since(year - 4, year - 1)
        .slice(0, 7)
        .concat('-01'),
    });
    for (const parent of householdOfPerson.get(soldier)?.members ?? []) {
      if (parent.relationship === 'head' || parent.relationship === 'spouse') {
        join(parent, 'military-family', { serviceMemberName: soldier.name, relationship: 'parent' });
      }
    }
  }
  const wives = random.sample(
    everyone.filter(
      (person) => person.sex === 'female' && person.relationship === 'head' && age(person) >= 25 && age(person) <= 40,
    ),
    4,
  );
  for (const wife of wives) {
    join(wife, 'military-family', {
      serviceMemberName: relativeName(wife, 'male', year - age(wife) - 2),
      relationship: 'spouse',
    });
  }
  for (const person of random.sample(
    everyone.filter((candidate) => age(candidate) >= 70),
    3,
  )) {
    join(person, 'martyr-family', { martyrName: relativeName(person, 'male', year - age(person) - 25), relationship: 'child' });
  }
  for (const person of random.sample(
    everyone.filter((candidate) => candidate.sex === 'male' && age(candidate) >= 42 && age(candidate) <= 58),
    4,
  )) {
    // Officers leave the army in their thirties or forties.
    const born = year - 1 - age(person);
    join(person, 'transferred-officer', {
      transferredOn: since(Math.max(2000, born + 32), Math.min(year - 1, born + 45)),
      placement: random.pick(PLACEMENTS),
    });
  }

  // 低保: households with the least income, a severely disabled member, or an old parent and a jobless child.
  const poor = random.sample(
    households.filter(
      (household, index) =>
        !household.grant &&
        (kinds[index] === 'parent-and-adult-child' ||
          kinds[index] === 'left-behind-grandchildren' ||
          household.members.some((member) =>
            member.groups.some((m) => m.group === 'disabled' && Number(m.attributes.grade) <= 2),
          )),
    ),
    14,
  );
  poor.forEach((household, index) => {
    household.perCapitaIncome = 10 * random.int(30, 95);
    household.grant = { group: 'dibao', attributes: { since: since(year - 6, year - 1) } };
    if (index % 3 === 0) household.housingHardship = { kind: index % 2 === 0 ? 'low-rent-housing' : 'hardship' };
  });
  // A few more households in hardship, waiting for 公租房 or in a dilapidated old house.
  for (const [index, household] of random
    .sample(
      households.filter((candidate) => !candidate.housingHardship && candidate.members.length >= 3),
      8,
    )
    .entries()) {
    household.housingHardship = {
      kind: index % 2 === 0 ? 'public-rental-housing' : 'dilapidated',
      note: '已登记住房困难，等待配租',
    };
  }
}

/**
 * A few residents in every other community of the district, as before: single registrations with valid
 * IDs, names that fit their sex and age, about one in eight disabled.
 */
export function lightResidents(
  district: string,
  communities: readonly string[],
  year: number,
  perCommunity: number,
  /** Citizen IDs already given out (the featured register's), never given again. */
  taken: Iterable<string> = [],
): DemoPerson[] {
  const random = new Random(Number(district));
  const census = new Census(random, year);
  for (const id of taken) census.claim(id);
  const residents: DemoPerson[] = [];
  for (const community of communities) {
    for (let i = 0; i < perCommunity; i++) {
      const migrant = random.chance(0.3) ? random.weighted(ORIGINS) : undefined;
      const sex: Sex = random.chance(0.5) ? 'male' : 'female';
      const person = census.person({
        sex,
        age: random.int(3, 90),
        family: surname(random, migrant?.fujian ?? true),
        origin: migrant,
        relationship: 'head',
      });
      person.area = `${community}-${pad(random.int(1, 4))}`;
      person.building = `${random.int(1, 20)}号楼`;
      person.room = `${random.int(1, 18)}0${random.int(1, 4)}`;
      if (random.chance(0.125)) {
        const category = random.pick(Object.keys(disabilityCategories) as DisabilityCategory[]);
        const grade = random.int(1, 4);
        person.groups.push({
          group: 'disabled',
          attributes: {
            category,
            grade,
            certificateNumber: `${person.citizenId}${disabilityCategories[category].digit}${grade}`,
          },
        });
      }
      residents.push(person);
    }
  }
  return residents;
}
