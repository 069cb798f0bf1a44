import * as z from 'zod';

export const SuccessSchema = z.looseObject({
  success: z.literal(true),
  message: z.string().optional(),
});

export const ErrorBodySchema = z.looseObject({
  success: z.literal(false),
  code: z.number().int(),
  message: z.string(),
  error: z.string().optional(),
});

export const TokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
});

export const OAuthErrorBodySchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
  error_uri: z.string().optional(),
});

export const LinkSharesSchema = z.looseObject({
  shares: z.number().int().min(0),
});
