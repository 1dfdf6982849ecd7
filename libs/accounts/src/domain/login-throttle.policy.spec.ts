import { delayAfterAttempt } from './login-throttle.policy';
import { summariseUserAgent } from './user-agent';

describe('login throttle policy', () => {
  it('lets five attempts through, then doubles the wait up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5].map(delayAfterAttempt)).toEqual([0, 0, 0, 0, 0]);
    expect([6, 7, 8, 9].map(delayAfterAttempt)).toEqual([2, 4, 8, 16]);
    expect(delayAfterAttempt(14)).toBe(512);
    expect(delayAfterAttempt(15)).toBe(900);
    expect(delayAfterAttempt(1000)).toBe(900);
  });
});

describe('user agent summary', () => {
  it('names browser and system, never the raw header', () => {
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect(summariseUserAgent(firefox)).toBe('Firefox op Windows');
    expect(summariseUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1')).toBe(
      'Safari op iOS',
    );
    expect(summariseUserAgent(null)).toBe('Onbekend apparaat');
    expect(summariseUserAgent('curl/8.0')).toBe('Onbekend programma');
  });
});
