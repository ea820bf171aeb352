import * as divisions from '@shequ/divisions';
import { communitiesOf, requireDistrict, subdistrictsOf } from '@shequ/divisions';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { type DisabilityCategory, disabilityCategories } from '@shequ/registry/domain/groups';
import { defaultRegistryDeps } from '@shequ/registry/store/deps';
import { joinOrUpdateGroup } from '@shequ/registry/store/groups';
import { registerPerson } from '@shequ/registry/store/persons';
import { seedDistrictAreas } from '@shequ/registry/store/places';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '林',
  '郑',
  '何',
  '高',
  '郭',
  '蔡',
  '许',
  '洪',
];
const GIVEN = [
  '秀英',
  '建国',
  '丽华',
  '志强',
  '美玲',
  '国平',
  '晓东',
  '海燕',
  '文博',
  '雅婷',
  '俊杰',
  '淑珍',
  '明辉',
  '佳怡',
  '德福',
  '小红',
];
const ORIGINS = ['福建省泉州市', '福建省漳州市', '江西省赣州市', '四川省南充市', '湖南省邵阳市', '安徽省阜阳市'];

/** Deterministic generator, so every fresh demo district holds the same people. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface DemoSummary {
  district: string;
  subdistricts: number;
  communities: number;
  persons: number;
  disabled: number;
}

/**
 * A demo district: its real sub-districts and communities, and a few synthetic residents in each
 * community with valid citizen IDs, registered through the registry's own code path (encrypted, audited,
 * with their events), so the counters and every consumer see them as they would real data.
 */
export async function loadDemoData(district: string, perCommunity = 4): Promise<DemoSummary> {
  requireDistrict(district);
  const random = seeded(Number(district));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const deps = defaultRegistryDeps();
  await seedDistrictAreas(deps, district, divisions);
  const subdistricts = subdistrictsOf(district);
  let communities = 0;
  let persons = 0;
  let disabled = 0;
  let sequence = 0;
  for (const subdistrict of subdistricts) {
    for (const community of communitiesOf(subdistrict.code)) {
      communities++;
      for (let i = 0; i < perCommunity; i++) {
        const age = 3 + Math.floor(random() * 88);
        const year = 2026 - age;
        const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
        const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
        sequence = (sequence + 1) % 1000;
        const citizenId = withCheckCharacter(`${district}${year}${month}${day}${String(sequence).padStart(3, '0')}`);
        const migrant = random() < 0.3;
        const grid = String(1 + Math.floor(random() * 6)).padStart(2, '0');
        const { person } = await registerPerson(
          deps,
          {
            name: pick(SURNAMES) + pick(GIVEN),
            citizenId,
            phone: `13${Math.floor(random() * 10)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
            residence: migrant ? 'migrant' : 'registered',
            ...(migrant ? { migrant: { origin: pick(ORIGINS), arrivalDate: `20${10 + Math.floor(random() * 16)}-03-01` } } : {}),
            area: `${community.code}-${grid}`,
            building: `${1 + Math.floor(random() * 20)}号楼`,
            room: `${1 + Math.floor(random() * 18)}0${1 + Math.floor(random() * 4)}`,
          },
          'demo-loader',
        );
        persons++;
        // About one in eight residents is disabled, as in the seed community (63 of ~500 registered).
        if (random() < 0.125) {
          const category = pick(Object.keys(disabilityCategories) as DisabilityCategory[]);
          const grade = 1 + Math.floor(random() * 4);
          await joinOrUpdateGroup(
            deps,
            {
              personId: person.id,
              group: 'disabled',
              attributes: { category, grade, certificateNumber: `${citizenId}${disabilityCategories[category].digit}${grade}` },
            },
            'demo-loader',
          );
          disabled++;
        }
      }
    }
  }
  return { district, subdistricts: subdistricts.length, communities, persons, disabled };
}
