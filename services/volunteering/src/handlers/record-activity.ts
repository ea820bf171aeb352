import { assertInScope, HttpProblem, httpHandler, ValidationFailed } from '@shequ/kit';
import { recordActivity as route, toActivityView } from '../schemas/activities.ts';
import { photoKeyPrefix, recordActivity, requireActivity } from '../store/activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const activity = await requireActivity(d, params.id);
    assertInScope(caller, activity.area);
    const now = d.now();
    if (now.getTime() < Date.parse(activity.startsAt)) {
      throw new HttpProblem(422, 'not-held-yet', '活动尚未举办', '活动尚未开始，举办后再填写活动记录');
    }
    // Only photos uploaded for this activity: a key from elsewhere could point at anything.
    const prefix = photoKeyPrefix(activity);
    const foreign = body.photoKeys.findIndex((photoKey) => !photoKey.startsWith(prefix) || photoKey.includes('..'));
    if (foreign >= 0) {
      throw ValidationFailed.field(`body.photoKeys.${foreign}`, '照片须为本活动“申请上传活动照片”返回的 objectKey');
    }
    const note = { text: body.text, photoKeys: body.photoKeys, recordedAt: now.toISOString(), recordedBy: caller.subject };
    return { body: toActivityView(await recordActivity(d, activity, note, body.version)) };
  });
}

export const handler = createHandler();
