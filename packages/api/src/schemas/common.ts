import * as z from 'zod/mini';

export const SuccessSchema = z.looseObject({
  success: z.literal(true),
  message: z.optional(z.string()),
});

export const ErrorBodySchema = z.looseObject({
  success: z.literal(false),
  code: z.number().check(z.int()),
  message: z.string(),
  error: z.optional(z.string()),
});

export const TokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.optional(z.string()),
});

export const OAuthErrorBodySchema = z.looseObject({
  error: z.string(),
  error_description: z.optional(z.string()),
  error_uri: z.optional(z.string()),
});

export const LinkSharesSchema = z.looseObject({
  shares: z.number().check(z.int(), z.gte(0)),
});
