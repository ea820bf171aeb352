import { communityOf } from '@shequ/contracts';
import { assertInScope, type FieldError, httpHandler, ValidationFailed } from '@shequ/kit';
import { presentRepresentatives, setRepresentatives as route } from '../schemas/representatives.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { personOf } from '../store/persons.ts';
import { saveRepresentatives } from '../store/representatives.ts';

/** Replaces a community's representatives: each must be a registry person living in that community now. */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const d = deps();
    const found = await Promise.all(body.persons.map((personId) => personOf(d, personId)));
    const errors: FieldError[] = [];
    const persons: { personId: string; name: string }[] = [];
    found.forEach((person, index) => {
      const field = `body.persons.${index}`;
      const personId = body.persons[index] as string;
      if (!person) errors.push({ field, message: `人员 ${personId} 不在人口库中（或尚未同步），请先登记` });
      else if (person.status !== 'active') errors.push({ field, message: `${person.name}已迁出或已故，不能担任居民代表` });
      else if (communityOf(person.area) !== params.community) {
        errors.push({ field, message: `${person.name}不住在社区 ${params.community}，不能担任本社区居民代表` });
      } else persons.push({ personId, name: person.name });
    });
    if (errors.length > 0) throw new ValidationFailed(errors, errors.length === 1 ? errors[0]?.message : undefined);
    const saved = await saveRepresentatives(
      d,
      { community: params.community, persons, staff: body.staff },
      body.version,
      caller.subject,
    );
    return { body: presentRepresentatives(params.community, saved) };
  });
}

export const handler = createHandler();
