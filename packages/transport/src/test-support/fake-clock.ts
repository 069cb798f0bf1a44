/** An injected clock for createTransport: `sleep` records the wait and moves time forward at once. */
export function fakeClock(start = Date.UTC(2025, 0, 1)) {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

/** A sleep that never ends by itself: only an abort can get a caller past it. */
export function foreverSleep(calls: number[]) {
  return (ms: number) => {
    calls.push(ms);
    return new Promise<void>(() => {});
  };
}
