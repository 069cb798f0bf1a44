export interface Clock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

/**
 * With a start time the clock is manual: it stands still until advanced or set (deterministic tests).
 * Without one it follows real time, shifted by any advance/set (the CLI and playground).
 */
export function createClock(start: number | undefined): Clock {
  if (start !== undefined) {
    let current = start;
    return {
      now: () => current,
      advance: (ms) => {
        current += ms;
      },
      set: (ms) => {
        current = ms;
      },
    };
  }
  let shift = 0;
  return {
    now: () => Date.now() + shift,
    advance: (ms) => {
      shift += ms;
    },
    set: (ms) => {
      shift = ms - Date.now();
    },
  };
}
