import { manifest as cases } from '@shequ/cases';
import type { ServiceManifest } from '@shequ/kit';
import { manifest as notifications } from '@shequ/notifications';
import { manifest as registry } from '@shequ/registry';
import { manifest as statistics } from '@shequ/statistics';
import { manifest as subsidies } from '@shequ/subsidies';
import { manifest as volunteering } from '@shequ/volunteering';

/** Every service of the platform, in one list that infra and the local platform both read. */
export const allManifests: readonly ServiceManifest[] = [registry, subsidies, volunteering, cases, notifications, statistics];
