import { describe, expect, it } from 'vitest'
import { type Answers } from '../../src/domain/index'
import { evaluateTruth } from '../../src/domain/rules/evaluate'

// Rows of [description, rule, answers, expected]: the json-logic-js table style.
const rows: Array<[string, unknown, Answers, true | false | 'open']> = [
  [
    'missing number never passes an upper bound',
    { '<': [{ var: 'population' }, 35000] },
    {},
    'open',
  ],
  ['missing number never passes a lower bound', { '>=': [{ var: 'population' }, 0] }, {}, 'open'],
  [
    'answered number below bound',
    { '<': [{ var: 'population' }, 35000] },
    { population: 4000 },
    true,
  ],
  [
    'answered number above bound',
    { '<': [{ var: 'population' }, 35000] },
    { population: 90000 },
    false,
  ],
  ['boolean true', { '===': [{ var: 'leaderArea' }, true] }, { leaderArea: true }, true],
  ['boolean false', { '===': [{ var: 'leaderArea' }, true] }, { leaderArea: false }, false],
  [
    'or: one true branch decides despite an open one',
    { or: [{ '===': [{ var: 'leaderArea' }, true] }, { '<': [{ var: 'population' }, 5] }] },
    { leaderArea: true },
    true,
  ],
  [
    'or: false plus open stays open',
    { or: [{ '===': [{ var: 'leaderArea' }, true] }, { '<': [{ var: 'population' }, 5] }] },
    { leaderArea: false },
    'open',
  ],
  [
    'and: one false branch decides despite an open one',
    { and: [{ '===': [{ var: 'leaderArea' }, true] }, { '<': [{ var: 'population' }, 5] }] },
    { leaderArea: false },
    false,
  ],
  [
    'and: true plus open stays open',
    { and: [{ '===': [{ var: 'leaderArea' }, true] }, { '<': [{ var: 'population' }, 5] }] },
    { leaderArea: true },
    'open',
  ],
  ['not of open is open', { '!': { '===': [{ var: 'leaderArea' }, true] } }, {}, 'open'],
  [
    'not of false is true',
    { '!': { '===': [{ var: 'leaderArea' }, true] } },
    { leaderArea: false },
    true,
  ],
  [
    'overlap hit',
    { fb_overlaps: [{ var: 'themes' }, ['care', 'health']] },
    { themes: ['health'] },
    true,
  ],
  ['overlap miss', { fb_overlaps: [{ var: 'themes' }, ['care']] }, { themes: ['culture'] }, false],
  [
    'empty multi-choice is an answer',
    { fb_overlaps: [{ var: 'themes' }, ['care']] },
    { themes: [] },
    false,
  ],
  [
    'in single choice',
    { in: [{ var: 'areaCategory' }, ['rural', 'ruralCentre']] },
    { areaCategory: 'rural' },
    true,
  ],
  [
    'cost matrix cell',
    { '>': [{ var: 'projectCosts.investment.implementation' }, 0] },
    { projectCosts: { investment: { implementation: 5 } } },
    true,
  ],
  [
    'cost matrix missing cell counts as no cost',
    { '>': [{ var: 'projectCosts.investment.implementation' }, 0] },
    { projectCosts: {} },
    false,
  ],
]

describe('evaluateTruth', () => {
  it.each(rows)('%s', (_name, rule, answers, expected) => {
    expect(evaluateTruth(rule, answers)).toBe(expected)
  })
})
