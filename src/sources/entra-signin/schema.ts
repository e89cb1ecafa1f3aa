// The Entra ID signIn fields Trustline reads (Graph v1.0/beta signIn, and Azure Monitor SignInLogs `properties`).
import { z } from 'zod';

const str = z.string().nullish();
const bool = z.union([z.boolean(), z.string()]).nullish();

export const SignIn = z.looseObject({
  id: str,
  createdDateTime: str,
  userPrincipalName: str, userId: str, userDisplayName: str,
  servicePrincipalName: str, servicePrincipalId: str,
  appId: str, appDisplayName: str, resourceDisplayName: str,
  ipAddress: str, userAgent: str, clientAppUsed: str, correlationId: str, sessionId: str,
  conditionalAccessStatus: str, authenticationRequirement: str, authenticationProtocol: str,
  isInteractive: bool,
  riskLevelDuringSignIn: str, riskLevelAggregated: str, riskState: str, riskDetail: str,
  riskEventTypes: z.array(z.string()).nullish(), riskEventTypes_v2: z.array(z.string()).nullish(),
  autonomousSystemNumber: z.union([z.number(), z.string()]).nullish(),
  status: z.looseObject({ errorCode: z.number().nullish(), failureReason: str, additionalDetails: str }).nullish(),
  deviceDetail: z.looseObject({
    deviceId: str, displayName: str, operatingSystem: str, browser: str,
    isCompliant: bool, isManaged: bool, trustType: str,
  }).nullish(),
  location: z.looseObject({
    city: str, state: str, countryOrRegion: str,
    geoCoordinates: z.looseObject({ latitude: z.number().nullish(), longitude: z.number().nullish() }).nullish(),
  }).nullish(),
  authenticationDetails: z.array(z.looseObject({ authenticationMethod: str, succeeded: bool, authenticationStepResultDetail: str })).nullish(),
  mfaDetail: z.looseObject({ authMethod: str, authDetail: str }).nullish(),
  networkLocationDetails: z.array(z.looseObject({ networkType: str, networkNames: z.array(z.string()).nullish() })).nullish(),
});
export type SignIn = z.output<typeof SignIn>;

/** Either a Graph signIn, or an Azure Monitor diagnostic record carrying one in `properties`. */
export const SignInRecord = SignIn.extend({
  time: str, category: str, operationName: str, resultType: z.union([z.string(), z.number()]).nullish(),
  properties: SignIn.nullish(),
  // Azure Monitor puts a country code string at the top level; Graph puts the location object there.
  location: z.union([SignIn.shape.location, z.string()]),
});
export type SignInRecord = z.output<typeof SignInRecord>;
