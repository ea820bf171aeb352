import { clock } from '@shequ/contracts/clock';

/**
 * GB 11643-1999 citizen identity numbers: 6-digit area of first registration, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export type CitizenIdProblem = 'format' | 'birth-date' | 'check-digit';

export interface CitizenIdFacts {
  birthDate: string;
  sex: 'male' | 'female';
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/** Returns what is wrong with an ID, or undefined when it is valid. Lower-case `x` is accepted. */
export function citizenIdProblem(raw: string, today: Date = clock.now()): CitizenIdProblem | undefined {
  const id = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const birth = birthDateOf(id);
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) return 'birth-date';
  if (date.getTime() > today.getTime() || date.getUTCFullYear() < 1880) return 'birth-date';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'check-digit';
  return undefined;
}

export const citizenIdMessages: Record<CitizenIdProblem, string> = {
  format: '公民身份号码须为 18 位：前 17 位为数字，最后一位为数字或 X',
  'birth-date': '公民身份号码中的出生日期无效',
  'check-digit': '公民身份号码校验位错误，请核对后重新输入',
};

function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Birth date and sex as the ID states them; call only on a valid ID. */
export function citizenIdFacts(id: string): CitizenIdFacts {
  return { birthDate: birthDateOf(id), sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** Completes a 17-digit stem with its check character (demo data and tests build IDs this way). */
export function withCheckCharacter(first17: string): string {
  return first17 + checkCharacter(first17);
}

/** Whole years of age on a given day, so derived groups (60+, 15–49) stay right as people age. */
export function ageOn(birthDate: string, day: Date): number {
  const [year, month, date] = birthDate.split('-').map(Number) as [number, number, number];
  const shanghai = new Date(day.getTime() + 8 * 3600_000);
  let age = shanghai.getUTCFullYear() - year;
  const beforeBirthday =
    shanghai.getUTCMonth() + 1 < month || (shanghai.getUTCMonth() + 1 === month && shanghai.getUTCDate() < date);
  if (beforeBirthday) age -= 1;
  return age;
}
