// Redirects are followed only on the host that was asked (Slack's file host, a council's ModernGov
// site): every spelling of another host in a Location header is told apart from the same host.
import { describe, expect, it } from 'vitest';
import { sameHost } from '../../src/sync/bounded-fetch.ts';

const from = new URL('https://democracy.example.gov.uk/mgWebService.asmx/GetMeetings');
const resolve = (location: string) => new URL(location, from);

describe('sameHost', () => {
  it('follows a redirect on the same host, whatever the spelling of its path or case', () => {
    for (const location of ['/mgWebService.asmx/GetMeetings?x=1', 'https://DEMOCRACY.example.gov.uk/a', 'https://democracy.example.gov.uk:443/a', 'GetMeetings?page=2']) {
      expect(sameHost(from, resolve(location), false), location).toBe(true);
    }
  });

  it('refuses every other host, however it is dressed', () => {
    for (const location of [
      '//evil.test/a',
      'https://democracy.example.gov.uk.evil.test/a',
      'https://democracy.example.gov.uk@evil.test/a',
      'https://user:pw@democracy.example.gov.uk/a',
      'https://evil.test\\@democracy.example.gov.uk/a',
      'https://evil.test#@democracy.example.gov.uk/a',
      'https://democracy.example.gov.uk./a',
      'https://democracy.example.gov.uk:8443/a',
      'http://democracy.example.gov.uk/a',
      'https://127.0.0.1/a',
      'https://[::1]/a',
      'https://0x7f000001/a',
      'https://example.gov.uk/a',
    ]) {
      expect(sameHost(from, resolve(location), false), location).toBe(false);
    }
  });

  it('allows only the https upgrade of the same host when asked, never a downgrade or a port change', () => {
    const plain = new URL('http://democracy.example.gov.uk/a');
    expect(sameHost(plain, new URL('https://democracy.example.gov.uk/a'), true)).toBe(true);
    expect(sameHost(plain, new URL('https://democracy.example.gov.uk/a'), false)).toBe(false);
    expect(sameHost(plain, new URL('https://democracy.example.gov.uk:8443/a'), true)).toBe(false);
    expect(sameHost(plain, new URL('https://evil.test/a'), true)).toBe(false);
    expect(sameHost(from, new URL('http://democracy.example.gov.uk/a'), true)).toBe(false);
  });
});
