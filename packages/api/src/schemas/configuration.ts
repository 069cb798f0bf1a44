import * as z from 'zod/mini';

export const ServiceTypeConfigurationSchema = z.looseObject({
  name: z.string(),
  character_limit: z.optional(z.number().check(z.int())),
  schedule_limit: z.optional(z.number().check(z.int())),
  characters_per_media: z.optional(z.number().check(z.int())),
  short_url_length: z.optional(z.number().check(z.int())),
  short_url_length_https: z.optional(z.number().check(z.int())),
  link_attachments: z.optional(z.boolean()),
  icons: z.optional(z.record(z.string(), z.string())),
  supported_interactions: z.optional(z.array(z.string())),
});

export const ServiceConfigurationSchema = z.looseObject({
  types: z.record(z.string(), ServiceTypeConfigurationSchema),
  urls: z.optional(z.record(z.string(), z.string())),
  analytics_filters: z.optional(z.array(z.string())),
});

export const MediaConfigurationSchema = z.looseObject({
  picture_size_min: z.optional(z.number().check(z.int())),
  picture_size_max: z.optional(z.number().check(z.int())),
  picture_filetypes: z.optional(z.array(z.string())),
});

export const ConfigurationSchema = z.looseObject({
  services: z.record(z.string(), ServiceConfigurationSchema),
  media: z.optional(MediaConfigurationSchema),
});
