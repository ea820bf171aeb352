import { labelledEnum, labelsOf } from '@shequ/kit';
import { certificateCatalogue, certificateStatusLabels } from '../domain/certificates.ts';
import { derivedGroupDefinitions, groupDefinitions } from '../domain/groups.ts';
import { housingHardshipLabels, relationshipLabels } from '../domain/households.ts';
import { facilityKindLabels, gridFocusLabels } from '../domain/places.ts';
import { offerKindLabels, unitKindLabels } from '../domain/units.ts';
import { visitFrequencyLabels, visitKindLabels } from '../domain/visits.ts';

/**
 * The registry's enums as named schemas with their Chinese labels, each defined once: requests and
 * responses share them, and the OpenAPI document carries the labels (`x-enum-labels`) to the console.
 */

export const sexSchema = labelledEnum('Sex', '性别', { male: '男', female: '女' });
export const residenceSchema = labelledEnum('ResidenceStatus', '户籍类型', { registered: '户籍', migrant: '流动' });
export const personStatusSchema = labelledEnum('PersonStatus', '人员状态', {
  active: '在册',
  'moved-out': '已迁出',
  deceased: '已死亡',
});
export const burialMethodSchema = labelledEnum('BurialMethod', '殡葬方式', { cremation: '火化', burial: '土葬', other: '其他' });

export const householdRelationshipSchema = labelledEnum('HouseholdRelationship', '与户主关系', relationshipLabels);
export const housingHardshipSchema = labelledEnum('HousingHardshipKind', '住房情况', housingHardshipLabels);
export const householdStatusSchema = labelledEnum('HouseholdStatus', '户状态', { active: '在册', dissolved: '已注销' });

export const groupCodeSchema = labelledEnum('GroupCode', '群体', labelsOf(groupDefinitions));
/** The stored groups and those derived from age and sex (60+, women 15–49), which can be listed and counted too. */
export const anyGroupCodeSchema = labelledEnum('AnyGroupCode', '群体', {
  ...labelsOf(groupDefinitions),
  ...labelsOf(derivedGroupDefinitions),
});
export const groupChangeSchema = labelledEnum('GroupChange', '变更类型', { joined: '纳入', changed: '属性变更', left: '退出' });

export const certificateTypeSchema = labelledEnum('CertificateType', '证照类型', labelsOf(certificateCatalogue));
export const certificateStatusSchema = labelledEnum('CertificateStatus', '证照状态', certificateStatusLabels);

export const visitKindSchema = labelledEnum('VisitKind', '走访类型', visitKindLabels);
export const visitFrequencySchema = labelledEnum('VisitFrequency', '走访周期', visitFrequencyLabels);

export const importStatusSchema = labelledEnum('ImportStatus', '导入状态', {
  queued: '排队中',
  running: '导入中',
  done: '已完成',
  failed: '失败',
  cancelled: '已取消',
});

export const areaLevelSchema = labelledEnum('AreaLevel', '地区层级', {
  district: '区',
  subdistrict: '街道',
  community: '社区',
  grid: '网格',
});
export const gridFocusSchema = labelledEnum('GridFocus', '网格特色', gridFocusLabels);
export const facilityKindSchema = labelledEnum('FacilityKind', '设施类型', facilityKindLabels);

export const unitKindSchema = labelledEnum('UnitKind', '单位类型', unitKindLabels);
export const offerKindSchema = labelledEnum('MutualAidOfferKind', '类型', {
  resource: `可提供的${offerKindLabels.resource}`,
  need: offerKindLabels.need,
});
export const mutualAidApplicationStatusSchema = labelledEnum('MutualAidApplicationStatus', '状态', {
  pending: '待审议',
  approved: '已批准',
  rejected: '已驳回',
});
export const mutualAidMembershipSchema = labelledEnum('MutualAidMembership', '共建互助联合会', {
  pending: '申请待审议',
  member: '会员',
});
export const agreementStatusSchema = labelledEnum('AgreementStatus', '协议状态', { active: '有效', expired: '已到期' });
