import { type CallOptions, parseCallOptions } from '../call-options.js';
import { type Endpoint, segment } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { SuccessSchema } from '../schemas/common.js';
import { pathId, type ScheduleInputValue, UpdateSchedulesInput } from '../schemas/inputs.js';
import { ProfileListSchema, ProfileSchema, ScheduleListSchema } from '../schemas/profile.js';
import type { Profile, Schedule, Success } from '../types.js';
import { parseInput } from '../validate.js';

export function listProfilesRequest(): Endpoint<Profile[]> {
  return {
    request: { operation: 'profiles.list', method: 'GET', path: '/profiles.json' },
    schema: ProfileListSchema,
  };
}

export function getProfileRequest(profileId: string): Endpoint<Profile> {
  const id = parseInput(pathId, profileId, 'profiles.get', 'profileId');
  return {
    request: { operation: 'profiles.get', method: 'GET', path: `/profiles/${segment(id)}.json` },
    schema: ProfileSchema,
  };
}

export function getSchedulesRequest(profileId: string): Endpoint<Schedule[]> {
  const operation = 'profiles.schedules.get';
  const id = parseInput(pathId, profileId, operation, 'profileId');
  return {
    request: { operation, method: 'GET', path: `/profiles/${segment(id)}/schedules.json` },
    schema: ScheduleListSchema,
  };
}

export function updateSchedulesRequest(
  profileId: string,
  schedules: readonly ScheduleInputValue[],
): Endpoint<Success> {
  const operation = 'profiles.schedules.update';
  const id = parseInput(pathId, profileId, operation, 'profileId');
  const form = parseInput(UpdateSchedulesInput, schedules, operation, 'schedules');
  return {
    request: { operation, method: 'POST', path: `/profiles/${segment(id)}/schedules/update.json`, form },
    schema: SuccessSchema,
  };
}

export interface SchedulesApi {
  get(profileId: string, options?: CallOptions): Promise<Schedule[]>;
  /** Replaces all of the profile's posting schedules. */
  update(
    profileId: string,
    schedules: readonly ScheduleInputValue[],
    options?: CallOptions,
  ): Promise<Success>;
}

export interface ProfilesApi {
  list(options?: CallOptions): Promise<Profile[]>;
  get(profileId: string, options?: CallOptions): Promise<Profile>;
  schedules: SchedulesApi;
}

export function createProfilesApi(send: Sender): ProfilesApi {
  return {
    list: async (options) => send(listProfilesRequest(), parseCallOptions(options, 'profiles.list')),
    get: async (profileId, options) =>
      send(getProfileRequest(profileId), parseCallOptions(options, 'profiles.get')),
    schedules: {
      get: async (profileId, options) =>
        send(getSchedulesRequest(profileId), parseCallOptions(options, 'profiles.schedules.get')),
      update: async (profileId, schedules, options) =>
        send(
          updateSchedulesRequest(profileId, schedules),
          parseCallOptions(options, 'profiles.schedules.update'),
        ),
    },
  };
}
