// Traffic Light Protocol markings as STIX 2.1 marking-definitions: TLP 2.0 (OASIS extension) and TLP 1.0 (STIX 2.1 §7.2.1.4).
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** The extension every TLP 2.0 marking-definition declares itself through (OASIS cti-stix-common-objects). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** Fixed ids: a marking is recognised by its id, so these must never be generated. */
export const TLP2_IDS: Record<Tlp, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** TLP 1.0 as predefined in STIX 2.1; read on import (white = clear). */
export const TLP1_IDS: Record<'white' | 'green' | 'amber' | 'red', string> = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
};

export interface MarkingDefinition {
  type: 'marking-definition';
  spec_version: '2.1';
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: Tlp }>;
}

/** The TLP 2.0 marking-definition object exactly as OASIS publishes it. */
export function tlpMarking(tlp: Tlp): MarkingDefinition {
  return {
    type: 'marking-definition', spec_version: '2.1', id: TLP2_IDS[tlp], created: '2022-10-01T00:00:00.000Z', name: `TLP:${tlp.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: tlp } },
  };
}

const BY_ID = new Map<string, Tlp>([
  ...Object.entries(TLP2_IDS).map(([k, v]) => [v, k as Tlp] as const),
  ...Object.entries(TLP1_IDS).map(([k, v]) => [v, (k === 'white' ? 'clear' : k) as Tlp] as const),
]);

const STRICTNESS: Record<Tlp, number> = { clear: 0, green: 1, amber: 2, 'amber+strict': 3, red: 4 };

/** The strictest TLP among marking refs (known ids, or marking objects in the same bundle); null when unmarked. */
export function tlpOf(refs: readonly string[], bundleMarkings: ReadonlyMap<string, Tlp> = new Map()): Tlp | null {
  let out: Tlp | null = null;
  for (const r of refs) {
    const t = BY_ID.get(r) ?? bundleMarkings.get(r);
    if (t && (out === null || STRICTNESS[t] > STRICTNESS[out])) out = t;
  }
  return out;
}

/** Reads a marking-definition object of any TLP flavour (2.0 extension, 1.0 `definition.tlp`). */
export function tlpOfMarking(o: Record<string, unknown>): Tlp | null {
  const ext = (o['extensions'] as Record<string, Record<string, unknown>> | undefined)?.[TLP2_EXTENSION_ID]?.['tlp_2_0'];
  if (typeof ext === 'string' && (TLP_LEVELS as readonly string[]).includes(ext)) return ext as Tlp;
  const def = (o['definition'] as Record<string, unknown> | undefined)?.['tlp'];
  if (o['definition_type'] === 'tlp' && typeof def === 'string') return def === 'white' ? 'clear' : (TLP_LEVELS as readonly string[]).includes(def) ? (def as Tlp) : null;
  return null;
}
