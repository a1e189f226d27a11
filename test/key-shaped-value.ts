/**
 * A string shaped like an AWS access key id, put together at run time, for tests that check pasted keys are
 * refused. No key-shaped literal is committed, so secret scanners have nothing to flag (and it was never a key).
 */
export const keyShapedValue = (): string => ["AKIA", "TEST".repeat(4)].join("");
