import { describe, expect, test } from 'vitest';
import { boardCycle, boardOffset, type BoardScrollTiming } from './board-scroll';

const timing: BoardScrollTiming = { holdTop: 8000, speed: 20, holdEnd: 5000 };

describe('ranking board scroll', () => {
  test('holds at the top for 8 s so rank 1 stays in view', () => {
    expect(boardOffset(0, 1000, timing)).toBe(0);
    expect(boardOffset(3000, 1000, timing)).toBe(0);
    expect(boardOffset(8000, 1000, timing)).toBe(0);
    expect(boardOffset(9000, 1000, timing)).toBe(20);
  });

  test('scrolls to the end, pauses there, then starts again from the top', () => {
    const scrollMs = (1000 / 20) * 1000;
    expect(boardCycle(1000, timing)).toBe(8000 + scrollMs + 5000);
    expect(boardOffset(8000 + scrollMs, 1000, timing)).toBe(1000);
    expect(boardOffset(8000 + scrollMs + 4999, 1000, timing)).toBe(1000);
    const next = boardCycle(1000, timing);
    expect(boardOffset(next + 1, 1000, timing)).toBe(0);
    expect(boardOffset(next + 7999, 1000, timing)).toBe(0);
    expect(boardOffset(next + 9000, 1000, timing)).toBe(20);
  });

  test('a board that fits never moves', () => {
    expect(boardOffset(20_000, 0, timing)).toBe(0);
    expect(boardOffset(20_000, -40, timing)).toBe(0);
  });
});
