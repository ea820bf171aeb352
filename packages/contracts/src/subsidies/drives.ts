import { z } from 'zod';
import { areaCodeSchema, defineEvent } from '../envelope.ts';

/** Where donated money comes from (慈善捐款来源): residents, units, party dues (党员捐款) and the rest. */
export const donationSources = ['residents', 'units', 'party-dues', 'other'] as const;
export type DonationSource = (typeof donationSources)[number];

/** A donation is money (counted by source, in fen) or goods in kind (counted per item and unit). */
export const donationKinds = ['money', 'goods'] as const;
export type DonationKind = (typeof donationKinds)[number];

const fen = z.number().int().min(0);
const goodsLine = z.object({ item: z.string(), unit: z.string(), quantity: z.number().int().min(0) });

/**
 * One donation recorded in a drive, raised in the same transaction that adds it to the drive's totals.
 * Money carries `source` and `amountFen`; goods carry `item`, `quantity` and `unit` (and a `source` when
 * the worker gave one). Donor names stay in the subsidies table: an anonymous donor is only `anonymous`.
 */
export const DonationRecorded = defineEvent(
  'subsidies',
  'DonationRecorded',
  z.object({
    donationId: z.string(),
    driveId: z.string(),
    area: areaCodeSchema,
    kind: z.enum(donationKinds),
    source: z.enum(donationSources).optional(),
    amountFen: z.number().int().min(1).optional(),
    item: z.string().optional(),
    quantity: z.number().int().min(1).optional(),
    unit: z.string().optional(),
    receivedOn: z.iso.date(),
    anonymous: z.boolean(),
  }),
);

/** A drive stopped taking donations; its final totals travel with it so statistics needs no read-back. */
export const DriveClosed = defineEvent(
  'subsidies',
  'DriveClosed',
  z.object({
    driveId: z.string(),
    area: areaCodeSchema,
    name: z.string(),
    earmark: z.string().optional(),
    closedAt: z.iso.datetime({ offset: true }),
    closedBy: z.string(),
    moneyFen: fen,
    bySourceFen: z.object({ residents: fen, units: fen, 'party-dues': fen, other: fen }),
    goods: z.array(goodsLine),
    donationCount: z.number().int().min(0),
  }),
);
