import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/**
 * linkedom is patched (patches/linkedom+*.patch, applied by `npm install`) to make a node's map of
 * event listeners on its first addEventListener instead of in every node's constructor: a parsed
 * page has hundreds of thousands of nodes, and none of them ever gets a listener in an import.
 * Listeners must still work as the DOM defines them.
 */
describe('linkedom with listener maps made on demand', () => {
  it('is the patched linkedom, in both of its builds', () => {
    const root = path.dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
    for (const build of ['cjs', 'esm']) {
      expect(readFileSync(path.join(root, build, 'interface/event-target.js'), 'utf8')).toContain('if (!map) wm.set(this, map = new Map)');
    }
  });

  it('calls listeners, lets events bubble, honours once, and removes what was added', () => {
    const { document } = parseHTML('<html><body><main><p id="lead">Hello</p></main></body></html>');
    const lead = document.getElementById('lead') as unknown as EventTarget;
    const main = document.querySelector('main') as unknown as EventTarget;
    const heard: string[] = [];
    const onLead = () => heard.push('lead');
    lead.addEventListener('ping', onLead);
    lead.addEventListener('ping', () => heard.push('once'), { once: true });
    main.addEventListener('ping', () => heard.push('main'));
    const ping = () => lead.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('ping', { bubbles: true }));
    ping();
    ping();
    lead.removeEventListener('ping', onLead);
    ping();
    expect(heard).toEqual(['lead', 'once', 'main', 'lead', 'main', 'main']);
  });

  it('dispatches on, and removes from, a node that never had a listener', () => {
    const { document } = parseHTML('<html><body><p>Quiet</p></body></html>');
    const quiet = document.querySelector('p') as unknown as EventTarget;
    expect(() => quiet.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(quiet.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('ping'))).toBe(true);
  });
});
