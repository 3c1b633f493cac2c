import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNext';

const origin = 'https://koushin.example';

describe('where signing in may lead', () => {
  it('keeps a path of this site with its query and fragment', () => {
    expect(safeNextPath('/licences/QF7K-2M9P-XR4T-8WNC-3HJD', origin)).toBe('/licences/QF7K-2M9P-XR4T-8WNC-3HJD');
    expect(safeNextPath('/find?serial=ABCD&from=mail#result', origin)).toBe('/find?serial=ABCD&from=mail#result');
    expect(safeNextPath('/licences?q=%2F%2Fnot-a-host', origin)).toBe('/licences?q=%2F%2Fnot-a-host');
    expect(safeNextPath('/', origin)).toBe('/');
  });

  it('writes the path the way the browser resolves it, dot segments gone', () => {
    expect(safeNextPath('/licences/../find', origin)).toBe('/find');
  });

  it('refuses a protocol-relative address, with either slash', () => {
    expect(safeNextPath('//evil.example', origin)).toBeNull();
    expect(safeNextPath('//evil.example/licences', origin)).toBeNull();
    expect(safeNextPath('/\\evil.example', origin)).toBeNull();
    expect(safeNextPath('\\\\evil.example', origin)).toBeNull();
    expect(safeNextPath('/licences\\..\\..\\evil', origin)).toBeNull();
  });

  it('refuses an absolute address, even one naming this site', () => {
    expect(safeNextPath('https://evil.example', origin)).toBeNull();
    expect(safeNextPath('http://koushin.example/licences', origin)).toBeNull();
    expect(safeNextPath(`${origin}/licences`, origin)).toBeNull();
  });

  it('refuses a scheme that runs script or carries data', () => {
    expect(safeNextPath('javascript:alert(1)', origin)).toBeNull();
    expect(safeNextPath('JavaScript:alert(1)', origin)).toBeNull();
    expect(safeNextPath('data:text/html,<script>alert(1)</script>', origin)).toBeNull();
  });

  it('refuses an encoded slash or backslash that a decoder would turn into another host', () => {
    expect(safeNextPath('/%2F%2Fevil.example', origin)).toBeNull();
    expect(safeNextPath('/%2fevil.example', origin)).toBeNull();
    expect(safeNextPath('/%5Cevil.example', origin)).toBeNull();
    expect(safeNextPath('/%E0%A4%A', origin)).toBeNull();
  });

  it('refuses tabs, newlines and other control characters, which the URL parser would drop', () => {
    expect(safeNextPath('/\t/evil.example', origin)).toBeNull();
    expect(safeNextPath('/\n/evil.example', origin)).toBeNull();
    expect(safeNextPath('\r\n//evil.example', origin)).toBeNull();
    expect(safeNextPath('/licences\u0000', origin)).toBeNull();
    expect(safeNextPath('/%09/evil.example', origin)).toBeNull();
  });

  it('refuses nothing, a relative path, and a path too long to be one of ours', () => {
    expect(safeNextPath(null, origin)).toBeNull();
    expect(safeNextPath('', origin)).toBeNull();
    expect(safeNextPath('licences', origin)).toBeNull();
    expect(safeNextPath(' /licences', origin)).toBeNull();
    expect(safeNextPath(`/${'a'.repeat(2000)}`, origin)).toBeNull();
  });
});
