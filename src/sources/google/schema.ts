// The Google Workspace Reports API `activity` fields Trustline reads (others pass through).
import { z } from 'zod';

const str = z.string().nullish();

export const GoogleParameter = z.looseObject({
  name: z.string(),
  value: str,
  intValue: z.union([z.string(), z.number()]).nullish(),
  boolValue: z.boolean().nullish(),
  multiValue: z.array(z.string()).nullish(),
  multiIntValue: z.array(z.union([z.string(), z.number()])).nullish(),
  messageValue: z.unknown().optional(),
  multiMessageValue: z.unknown().optional(),
});

export const GoogleActivity = z.looseObject({
  kind: str,
  id: z.looseObject({
    time: z.union([z.string(), z.number()]).nullish(),
    uniqueQualifier: z.union([z.string(), z.number()]).nullish(),
    applicationName: str,
    customerId: str,
  }),
  actor: z.looseObject({ callerType: str, email: str, profileId: str, key: str }).nullish(),
  ownerDomain: str,
  ipAddress: str,
  networkInfo: z.looseObject({
    ipAsn: z.array(z.number()).nullish(), regionCode: str, subdivisionCode: str,
  }).nullish(),
  events: z.array(z.looseObject({ type: str, name: z.string(), parameters: z.array(GoogleParameter).nullish() })).min(1),
});
export type GoogleActivity = z.output<typeof GoogleActivity>;
export type GoogleParameter = z.output<typeof GoogleParameter>;
