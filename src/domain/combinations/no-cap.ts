// A module of its own so the candidates and the flow network share the sentinel without
// importing each other (flow-network already imports candidates' types).
/** An upper bound that never binds: whole euros stay exact integers below it. */
export const NO_CAP = Number.MAX_SAFE_INTEGER
