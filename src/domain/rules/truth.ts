/** Three-valued truth: a rule that depends on an unanswered question is open, never passed. */
export type Truth = true | false | 'open'
