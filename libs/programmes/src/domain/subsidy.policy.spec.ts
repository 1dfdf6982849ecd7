import { DomainError, calendarDate } from '@app/shared';
import { checkSubsidy, formatAmount, needsRepaymentReport, repaymentRisk, type SubsidyInput } from './subsidy.policy';

const day = calendarDate;
const today = day('2026-03-15');

function refusedField(input: SubsidyInput): string | null {
  try {
    checkSubsidy(input, today);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.fields[0].field;
  }
}

describe('subsidy (R8)', () => {
  const applied: SubsidyInput = { appliedOn: day('2025-11-01'), amount: 20000 };

  it('accepts an application, a decision with its date and what was spent', () => {
    expect(refusedField(applied)).toBeNull();
    expect(refusedField({ ...applied, decision: 'granted', decidedOn: day('2025-12-15'), amountSpent: 20000 })).toBeNull();
    expect(refusedField({ ...applied, decision: 'refused', decidedOn: day('2025-11-01') })).toBeNull();
  });

  it('refuses dates in the future, a decision without its date and the other way round, and a decision before the application', () => {
    expect(refusedField({ ...applied, appliedOn: day('2026-03-16') })).toBe('appliedOn');
    expect(refusedField({ ...applied, decision: 'granted' })).toBe('decidedOn');
    expect(refusedField({ ...applied, decidedOn: day('2025-12-01') })).toBe('decision');
    expect(refusedField({ ...applied, decision: 'granted', decidedOn: day('2025-10-31') })).toBe('decidedOn');
    expect(refusedField({ ...applied, decision: 'granted', decidedOn: day('2026-03-16') })).toBe('decidedOn');
  });

  it('refuses spending more than the amount, or anything of a refused subsidy', () => {
    expect(refusedField({ ...applied, amountSpent: 20000.01 })).toBe('amountSpent');
    expect(refusedField({ ...applied, decision: 'refused', decidedOn: day('2025-12-01'), amountSpent: 1 })).toBe('amountSpent');
  });

  it('shows the unspent part as repayment risk after a dropout only', () => {
    const granted = { amount: 20000, amountSpent: 7500.5, decision: 'granted' as const };
    expect(repaymentRisk('dropped_out', granted)).toBe(12499.5);
    expect(repaymentRisk('dropped_out', { ...granted, decision: null })).toBe(12499.5);
    expect(repaymentRisk('dropped_out', { ...granted, decision: 'refused', amountSpent: 0 })).toBeNull();
    expect(repaymentRisk('term_expired', granted)).toBeNull(); // failing the final assessment: no repayment
    expect(repaymentRisk('qualified', granted)).toBeNull();
    expect(repaymentRisk('dropped_out', null)).toBeNull();
    expect(needsRepaymentReport(granted)).toBe(true);
    expect(needsRepaymentReport({ decision: 'refused' })).toBe(false);
    expect(needsRepaymentReport(null)).toBe(false);
  });

  it('writes amounts as Dutch people read them', () => {
    expect(formatAmount(12499.5)).toBe('€ 12.499,50');
  });
});
