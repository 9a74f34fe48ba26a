import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../../src/lib/markdown/rehype-base-links';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/kapitel/einleitung/' }, children: [] },
    { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'img', properties: { src: '/bild.png' }, children: [] }] },
    { type: 'element', tagName: 'a', properties: { href: 'https://www.ldi.nrw.de' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '#abschnitt' }, children: [] },
    { type: 'element', tagName: 'a', properties: { href: '/ik/daten/' }, children: [] },
  ],
});

describe('rehypeBaseLinks({ base })', () => {
  it('prefixes root-relative links and images under a sub-path, leaves others alone', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/ik/' })(t as never);
    const values = JSON.stringify(t).match(/"(href|src)":"[^"]*"/g);
    expect(values).toEqual(['"href":"/ik/kapitel/einleitung/"', '"src":"/ik/bild.png"', '"href":"https://www.ldi.nrw.de"', '"href":"#abschnitt"', '"href":"/ik/daten/"']);
  });

  it('changes nothing at the root', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })(t as never);
    expect(t).toEqual(tree());
  });
});
