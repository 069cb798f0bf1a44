import type { Configuration, Profile } from './buffer.js';

export interface ServiceLimit {
  service: string;
  type: string;
  name: string;
  characterLimit: number | undefined;
  scheduleLimit: number | undefined;
}

interface TypeEntry {
  name?: unknown;
  character_limit?: unknown;
  schedule_limit?: unknown;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Every service/type pair in `/info/configuration`, flattened for display. */
export function serviceLimits(configuration: Configuration): ServiceLimit[] {
  const services = (configuration as { services?: Record<string, { types?: Record<string, TypeEntry> }> })
    .services;
  const limits: ServiceLimit[] = [];
  for (const [service, entry] of Object.entries(services ?? {})) {
    for (const [type, info] of Object.entries(entry.types ?? {})) {
      limits.push({
        service,
        type,
        name: typeof info.name === 'string' ? info.name : `${service} ${type}`,
        characterLimit: asNumber(info.character_limit),
        scheduleLimit: asNumber(info.schedule_limit),
      });
    }
  }
  return limits;
}

/** The limit that applies to one profile: its service, and its service_type when Buffer says (page, group). */
export function limitForProfile(profile: Profile, limits: readonly ServiceLimit[]): ServiceLimit | undefined {
  const serviceType = (profile as { service_type?: unknown }).service_type;
  const wanted = typeof serviceType === 'string' && serviceType !== '' ? serviceType : 'profile';
  return (
    limits.find((l) => l.service === profile.service && l.type === wanted) ??
    limits.find((l) => l.service === profile.service && l.type === 'profile') ??
    limits.find((l) => l.service === profile.service)
  );
}
