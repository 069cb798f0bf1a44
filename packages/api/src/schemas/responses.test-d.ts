// The zod schemas and the types generated from openapi/buffer-v1.yaml must describe the same bodies:
// toEqualTypeOf fails to compile on drift in either direction (a field added, dropped, renamed or retyped).
import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { components } from '../generated/buffer-v1.gen.js';
import type { Shape } from '../test-support/shape.js';
import type {
  ErrorBodySchema,
  LinkSharesSchema,
  OAuthErrorBodySchema,
  SuccessSchema,
  TokenResponseSchema,
} from './common.js';
import type {
  ConfigurationSchema,
  MediaConfigurationSchema,
  ServiceConfigurationSchema,
  ServiceTypeConfigurationSchema,
} from './configuration.js';
import type { InteractionSchema, InteractionsPageSchema, InteractionUserSchema } from './interaction.js';
import type {
  ProfileCountsSchema,
  ProfileSchema,
  ProfileStatisticsSchema,
  ScheduleSchema,
} from './profile.js';
import type {
  CreateUpdateResultSchema,
  EditUpdateResultSchema,
  MediaSchema,
  UpdateSchema,
  UpdateStatisticsSchema,
  UpdatesPageSchema,
  UpdatesResultSchema,
} from './update.js';
import type { ProfileGroupSchema, UserSchema } from './user.js';

type S = components['schemas'];

describe('zod output types equal the generated OpenAPI types', () => {
  test('common bodies', () => {
    expectTypeOf<Shape<z.output<typeof SuccessSchema>>>().toEqualTypeOf<Shape<S['Success']>>();
    expectTypeOf<Shape<z.output<typeof ErrorBodySchema>>>().toEqualTypeOf<Shape<S['Error']>>();
    expectTypeOf<Shape<z.output<typeof TokenResponseSchema>>>().toEqualTypeOf<Shape<S['TokenResponse']>>();
    expectTypeOf<Shape<z.output<typeof OAuthErrorBodySchema>>>().toEqualTypeOf<Shape<S['OAuthError']>>();
    expectTypeOf<Shape<z.output<typeof LinkSharesSchema>>>().toEqualTypeOf<Shape<S['LinkShares']>>();
  });

  test('user', () => {
    expectTypeOf<Shape<z.output<typeof UserSchema>>>().toEqualTypeOf<Shape<S['User']>>();
    expectTypeOf<Shape<z.output<typeof ProfileGroupSchema>>>().toEqualTypeOf<Shape<S['ProfileGroup']>>();
  });

  test('profiles', () => {
    expectTypeOf<Shape<z.output<typeof ProfileSchema>>>().toEqualTypeOf<Shape<S['Profile']>>();
    expectTypeOf<Shape<z.output<typeof ScheduleSchema>>>().toEqualTypeOf<Shape<S['Schedule']>>();
    expectTypeOf<Shape<z.output<typeof ProfileStatisticsSchema>>>().toEqualTypeOf<
      Shape<S['ProfileStatistics']>
    >();
    expectTypeOf<Shape<z.output<typeof ProfileCountsSchema>>>().toEqualTypeOf<Shape<S['ProfileCounts']>>();
  });

  test('updates', () => {
    expectTypeOf<Shape<z.output<typeof UpdateSchema>>>().toEqualTypeOf<Shape<S['Update']>>();
    expectTypeOf<Shape<z.output<typeof MediaSchema>>>().toEqualTypeOf<Shape<S['Media']>>();
    expectTypeOf<Shape<z.output<typeof UpdateStatisticsSchema>>>().toEqualTypeOf<
      Shape<S['UpdateStatistics']>
    >();
    expectTypeOf<Shape<z.output<typeof UpdatesPageSchema>>>().toEqualTypeOf<Shape<S['UpdatesPage']>>();
    expectTypeOf<Shape<z.output<typeof UpdatesResultSchema>>>().toEqualTypeOf<Shape<S['UpdatesResult']>>();
    expectTypeOf<Shape<z.output<typeof CreateUpdateResultSchema>>>().toEqualTypeOf<
      Shape<S['CreateUpdateResult']>
    >();
    expectTypeOf<Shape<z.output<typeof EditUpdateResultSchema>>>().toEqualTypeOf<
      Shape<S['EditUpdateResult']>
    >();
  });

  test('interactions', () => {
    expectTypeOf<Shape<z.output<typeof InteractionSchema>>>().toEqualTypeOf<Shape<S['Interaction']>>();
    expectTypeOf<Shape<z.output<typeof InteractionUserSchema>>>().toEqualTypeOf<
      Shape<S['InteractionUser']>
    >();
    expectTypeOf<Shape<z.output<typeof InteractionsPageSchema>>>().toEqualTypeOf<
      Shape<S['InteractionsPage']>
    >();
  });

  test('configuration', () => {
    expectTypeOf<Shape<z.output<typeof ConfigurationSchema>>>().toEqualTypeOf<Shape<S['Configuration']>>();
    expectTypeOf<Shape<z.output<typeof ServiceConfigurationSchema>>>().toEqualTypeOf<
      Shape<S['ServiceConfiguration']>
    >();
    expectTypeOf<Shape<z.output<typeof ServiceTypeConfigurationSchema>>>().toEqualTypeOf<
      Shape<S['ServiceTypeConfiguration']>
    >();
    expectTypeOf<Shape<z.output<typeof MediaConfigurationSchema>>>().toEqualTypeOf<
      Shape<S['MediaConfiguration']>
    >();
  });
});
