import { loggedPath } from './logger-options';

describe('the logged path', () => {
  it('leaves the query string and a survey link token out', () => {
    expect(loggedPath('/api/candidates?q=jansen')).toBe('/api/candidates');
    expect(loggedPath('/api/surveys/abcDEF_123-xyz')).toBe('/api/surveys/[token]');
    expect(loggedPath('/enquete/abcDEF_123-xyz?x=1')).toBe('/enquete/[token]');
    expect(loggedPath('/api/surveyspam/x')).toBe('/api/surveyspam/x');
  });
});
