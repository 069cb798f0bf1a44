import * as z from 'zod';

export const ServiceTypeConfigurationSchema = z.looseObject({
  name: z.string(),
  character_limit: z.number().int().optional(),
  schedule_limit: z.number().int().optional(),
  characters_per_media: z.number().int().optional(),
  short_url_length: z.number().int().optional(),
  short_url_length_https: z.number().int().optional(),
  link_attachments: z.boolean().optional(),
  icons: z.record(z.string(), z.string()).optional(),
  supported_interactions: z.array(z.string()).optional(),
});

export const ServiceConfigurationSchema = z.looseObject({
  types: z.record(z.string(), ServiceTypeConfigurationSchema),
  urls: z.record(z.string(), z.string()).optional(),
  analytics_filters: z.array(z.string()).optional(),
});

export const MediaConfigurationSchema = z.looseObject({
  picture_size_min: z.number().int().optional(),
  picture_size_max: z.number().int().optional(),
  picture_filetypes: z.array(z.string()).optional(),
});

export const ConfigurationSchema = z.looseObject({
  services: z.record(z.string(), ServiceConfigurationSchema),
  media: MediaConfigurationSchema.optional(),
});
