import { describe, expect, it } from 'vitest';
import { dayRanges, skillsToShow, weekOrder } from './profile-format';

describe('profile formatting', () => {
  it('starts the week where the reader’s language does', () => {
    expect(weekOrder('en')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(weekOrder('it')[0]).toBe(1);
    expect(weekOrder('he')).toEqual([7, 1, 2, 3, 4, 5, 6]);
    expect(weekOrder('ar')[0]).toBe(6);
  });

  it('writes working days as ranges in the reader’s week', () => {
    expect(dayRanges([5, 1, 2, 3, 4], 'en')).toBe('Monday–Friday');
    expect(dayRanges([1, 3], 'en')).toBe('Monday, Wednesday');
    // An Israeli week, Sunday to Thursday, is one run in Hebrew.
    expect(dayRanges([7, 1, 2, 3, 4], 'he')).toBe('יום ראשון–יום חמישי');
    // The same week in English, whose week starts on Monday, is still one run.
    expect(dayRanges([7, 1, 2, 3, 4], 'en')).toBe('Sunday–Thursday');
    expect(dayRanges([1, 6], 'en')).toBe('Monday, Saturday');
  });

  it('shows the skills a search matched first, without case or accents', () => {
    expect(skillsToShow(['Go', 'Terraform', 'Linux', 'Kubernetes'], { skill: 'kubernetes' })).toEqual({ shown: ['Kubernetes', 'Go', 'Terraform'], more: 1 });
    expect(skillsToShow(['Écriture', 'Go'], { query: 'ecriture' }).shown[0]).toBe('Écriture');
    expect(skillsToShow(['Go'], {})).toEqual({ shown: ['Go'], more: 0 });
  });
});
