import { citizenIdFacts, citizenIdMessages, citizenIdProblem } from '@shequ/registry/domain/citizen-id';

/** What the form shows as the ID is typed: the rule's own Chinese message, or the birth date and sex it states. */
export function checkCitizenId(value: string | undefined): { error?: string; birthDate?: string; sex?: '男' | '女' } {
  const id = (value ?? '').trim().toUpperCase();
  if (!id) return {};
  if (id.length < 18) return { error: `还差 ${18 - id.length} 位（公民身份号码为 18 位）` };
  const problem = citizenIdProblem(id);
  if (problem) return { error: citizenIdMessages[problem] };
  const facts = citizenIdFacts(id);
  return { birthDate: facts.birthDate, sex: facts.sex === 'male' ? '男' : '女' };
}
