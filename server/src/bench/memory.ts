import { readFileSync } from 'node:fs';

/**
 * The process's RSS high-water mark in bytes: the kernel's VmHWM on Linux (every page ever resident
 * counts, nothing a sampler could miss), otherwise the highest of the samples taken.
 */
export function peakRss(sampledPeak: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.max(Number(m[1]) * 1024, sampledPeak);
  } catch {
    // not Linux: the samples are all there is
  }
  return sampledPeak;
}

/** Samples process.memoryUsage().rss every `everyMs` until stopped; returns the peak seen. */
export function rssSampler(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}
