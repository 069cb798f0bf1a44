// The body of GET /info/configuration.json (reference §3.19, P-INFO values where known).
const icons = (service: string) => ({
  16: `http://static.bufferapp.com/images/services/${service}-16x16.png`,
  32: `http://static.bufferapp.com/images/services/${service}-32x32.png`,
  64: `http://static.bufferapp.com/images/services/${service}-64x64.png`,
});

export interface ServiceType {
  name: string;
  character_limit: number;
  schedule_limit: number;
  icons: Record<string, string>;
  supported_interactions: string[];
  link_attachments: boolean;
  [extra: string]: unknown;
}

export interface Configuration {
  services: Record<
    string,
    { types: Record<string, ServiceType>; urls: Record<string, string>; analytics_filters?: string[] }
  >;
  media: { picture_size_min: number; picture_size_max: number; picture_filetypes: string[] };
}

export function defaultConfiguration(): Configuration {
  return {
    services: {
      twitter: {
        types: {
          profile: {
            name: 'Twitter',
            character_limit: 140,
            schedule_limit: 730,
            characters_per_media: 24,
            short_url_length: 23,
            short_url_length_https: 23,
            icons: icons('twitter'),
            supported_interactions: ['mentions', 'mention', 'retweets', 'retweet', 'favorites', 'favorite'],
            link_attachments: false,
          },
        },
        urls: {
          user: 'https://twitter.com/',
          hashtag: 'https://twitter.com/#!/search?q=%23',
          cashtag: 'https://twitter.com/#!/search?q=%24',
        },
        analytics_filters: ['retweets', 'favorites', 'replies', 'clicks', 'reach'],
      },
      facebook: {
        types: {
          profile: {
            name: 'Facebook',
            character_limit: 5000,
            schedule_limit: 25,
            icons: icons('facebook'),
            supported_interactions: ['likes', 'like', 'comments', 'comment'],
            link_attachments: true,
          },
          page: {
            name: 'Facebook Page',
            character_limit: 5000,
            schedule_limit: 25,
            icons: icons('facebook'),
            supported_interactions: ['likes', 'like', 'comments', 'comment'],
            link_attachments: true,
          },
          group: {
            name: 'Facebook Group',
            character_limit: 5000,
            schedule_limit: 25,
            icons: icons('facebook'),
            supported_interactions: ['likes', 'like', 'comments', 'comment'],
            link_attachments: true,
          },
        },
        urls: { user: 'https://www.facebook.com/' },
      },
      linkedin: {
        types: {
          profile: {
            name: 'LinkedIn',
            character_limit: 700,
            schedule_limit: 25,
            icons: icons('linkedin'),
            supported_interactions: ['comments', 'comment', 'likes', 'like'],
            link_attachments: true,
          },
          page: {
            name: 'LinkedIn Page',
            character_limit: 700,
            schedule_limit: 25,
            icons: icons('linkedin'),
            supported_interactions: ['comments', 'comment', 'likes', 'like'],
            link_attachments: true,
          },
          group: {
            name: 'LinkedIn Group',
            character_limit: 200,
            schedule_limit: 100,
            icons: icons('linkedin'),
            supported_interactions: ['comments', 'comment', 'likes', 'like'],
            link_attachments: true,
          },
        },
        urls: { user: 'https://www.linkedin.com/' },
      },
    },
    media: {
      picture_size_min: 0,
      picture_size_max: 5242880,
      picture_filetypes: ['jpeg', 'jpg', 'gif', 'png'],
    },
  };
}
