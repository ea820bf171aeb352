import { communityOf } from '@shequ/contracts';
import { Conflict, HttpProblem, httpHandler, ValidationFailed } from '@shequ/kit';
import { applicationProblem, certificateCatalogue } from '../domain/certificates.ts';
import { activePersonInScope } from '../person-access.ts';
import { applyForCertificate as route, toCertificateView } from '../schemas/certificates.ts';
import { applyForCertificate, CertificateHeldError, isGroupMember } from '../store/certificates.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { getCommunitySetting, type OfficeHoursRecord } from '../store/places.ts';

const problemTitles = { 'not-eligible': '不符合办理条件', 'not-office-day': '非三证办理日' } as const;

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const person = await activePersonInScope(d, params.id, caller, '办理证件');

    const kind = certificateCatalogue[body.type];
    // The office days are part of the community's office hours, kept by places: one setting, one owner.
    const hours = kind.officeDaysOnly
      ? await getCommunitySetting<OfficeHoursRecord>(d, communityOf(person.area), 'OFFICEHOURS')
      : undefined;
    const inRequiredGroup = kind.requiresGroup ? await isGroupMember(d, person.id, kind.requiresGroup) : undefined;
    const problem = applicationProblem(
      body.type,
      { birthDate: person.birthDate, sex: person.sex, ...(inRequiredGroup === undefined ? {} : { inRequiredGroup }) },
      body.details,
      { now: d.now(), officeDays: hours?.certificateOfficeDays },
    );
    if (problem?.code === 'invalid-details') throw ValidationFailed.field(problem.field, problem.message);
    if (problem) throw new HttpProblem(422, problem.code, problemTitles[problem.code], problem.message);

    try {
      return { status: 201, body: toCertificateView(await applyForCertificate(d, person, body, caller.subject)) };
    } catch (error) {
      if (error instanceof CertificateHeldError) {
        throw new Conflict(
          'certificate-held',
          `该人员已有一张有效的${kind.label}（${error.existingId ?? '编号未知'}），如需补办请先作废原证`,
        );
      }
      throw error;
    }
  });
}

export const handler = createHandler();
