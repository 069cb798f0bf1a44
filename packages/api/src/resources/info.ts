import { type CallOptions, parseCallOptions } from '../call-options.js';
import type { Endpoint } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { ConfigurationSchema } from '../schemas/configuration.js';
import type { Configuration } from '../types.js';

export function configurationRequest(): Endpoint<Configuration> {
  return {
    request: { operation: 'info.configuration', method: 'GET', path: '/info/configuration.json' },
    schema: ConfigurationSchema,
  };
}

export interface InfoApi {
  /** Buffer's services, their character and schedule limits, and media rules. */
  configuration(options?: CallOptions): Promise<Configuration>;
}

export function createInfoApi(send: Sender): InfoApi {
  return {
    configuration: async (options) =>
      send(configurationRequest(), parseCallOptions(options, 'info.configuration')),
  };
}
