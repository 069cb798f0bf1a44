import type { createBufferClient } from '@bufferkit/api';

/** The typed client and its shapes, taken from @bufferkit/api so the playground cannot drift from it. */
export type BufferClient = ReturnType<typeof createBufferClient>;
export type Transport = NonNullable<Parameters<typeof createBufferClient>[0]['transport']>;
export type User = Awaited<ReturnType<BufferClient['user']['get']>>;
export type Profile = Awaited<ReturnType<BufferClient['profiles']['list']>>[number];
export type Update = Awaited<ReturnType<BufferClient['updates']['get']>>;
export type Configuration = Awaited<ReturnType<BufferClient['info']['configuration']>>;
export type Schedule = Awaited<ReturnType<BufferClient['profiles']['schedules']['get']>>[number];
