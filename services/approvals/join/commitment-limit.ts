/**
 * Working days an applicant has to hand in what a case was accepted without: short enough that
 * every department has it well before its own limit runs out.
 */
export const commitmentLimitDays = 5;
