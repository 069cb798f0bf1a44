export type { Clock } from './clock.js';
export {
  createEmulator,
  DEMO_APP,
  type Emulator,
  type EmulatorOptions,
  type EmulatorSnapshot,
  type ListeningEmulator,
  type RecordedRequest,
} from './create-emulator.js';
export { BUFFER_ERRORS, type BufferErrorBody, type BufferErrorCode, DUPLICATE_MESSAGE } from './errors.js';
export { DEFAULT_COUNT } from './routes/updates-read.js';
export { type Configuration, defaultConfiguration } from './state/configuration.js';
export { DEMO_IDS, demoSeed, SEED_CLIENT_ID } from './state/seed.js';
export type {
  AppRegistration,
  InteractionRecord,
  ProfileRecord,
  Schedule,
  Seed,
  UpdateRecord,
  UserRecord,
} from './state/types.js';
