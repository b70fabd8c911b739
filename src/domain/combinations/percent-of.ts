/** `percent` % of `euros`, rounded down to whole euros (the 1e-9 absorbs float error: 85 % of 100). */
export const percentOf = (euros: number, percent: number) =>
  Math.floor((euros * percent) / 100 + 1e-9)
