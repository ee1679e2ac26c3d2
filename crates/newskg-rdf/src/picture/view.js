// newskg's timeline viewer: makes a drawn timeline's marks choosable (click, Enter or
// Space) and shows the chosen event's claims: each source sentence with the trigger and the
// arguments highlighted, who says so, and the article. Used by `newskg serve`'s page and by
// the HTML files `newskg timeline` writes; no library, no network.
'use strict';
const newskgView = (() => {
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) e.setAttribute(k, v);
    }
    for (const kid of kids) e.append(kid);
    return e;
  };
  const statusWords = (s) => (s === 'UnderWay' ? 'under way' : String(s).toLowerCase());

  // One claim: its sentence with the marked pieces, then where it comes from.
  function claimItem(claim, articleLink) {
    const sentence = el('blockquote', { class: 'sentence' });
    for (const seg of claim.segments) {
      if (!seg.mark) { sentence.append(seg.text); continue; }
      const label = seg.mark === 'trigger' ? 'trigger' : seg.mark;
      sentence.append(el('mark', { class: 'arg ' + (seg.mark === 'trigger' ? 'trigger' : 'role-' + seg.mark), title: label, 'data-role': seg.mark }, seg.text));
    }
    const source = el('p', { class: 'source' });
    source.append(statusWords(claim.status));
    if (claim.attribution) source.append(' · according to ' + claim.attribution);
    source.append(' · sentence ' + (claim.sentence_index + 1) + ' of ');
    const name = claim.title || claim.article;
    if (claim.url) {
      source.append(el('a', { href: claim.url, target: '_blank', rel: 'noopener' }, name));
    } else {
      source.append(el('cite', {}, name));
    }
    if (claim.published) source.append(' (' + claim.published + ')');
    if (articleLink) {
      source.append(' · ');
      source.append(articleLink(claim));
    }
    return el('li', { class: 'claim' }, sentence, source);
  }

  // The chosen event: title, its actors with Wikidata links, its claims.
  function show(panel, mark, articleLink) {
    panel.replaceChildren();
    let when = mark.day ? (mark.placement === 'by-order' ? 'undated, placed near ' : '') + mark.day : 'undated';
    if (mark.placement === 'by-order' && mark.time_text) when += ' (“' + mark.time_text + '”)';
    const heading = el('h3', { id: 'claims-heading', tabindex: '-1' }, mark.event_type + ' — ' + statusWords(mark.status) + ' — ' + when);
    panel.append(heading);
    if (mark.actors.length) {
      const who = el('p', { class: 'actors' });
      mark.actors.forEach((r, i) => {
        if (i) who.append(', ');
        who.append(r.role + ': ');
        const q = r.entity.qid;
        who.append(q ? el('a', { href: 'https://www.wikidata.org/wiki/' + q, target: '_blank', rel: 'noopener' }, r.entity.label + ' (' + q + ')') : r.entity.label);
      });
      panel.append(who);
    }
    const list = el('ol', { class: 'claims' });
    for (const c of mark.claims) list.append(claimItem(c, articleLink));
    panel.append(list);
    heading.focus({ preventScroll: true });
  }

  // Makes the marks of the timeline in `container` choosable; `marks` are the timeline's
  // marks (as `/timeline` and the HTML file give them), shown in `panel`.
  function attach(container, marks, panel, articleLink) {
    const byId = new Map(marks.map((m) => [m.id, m]));
    const choose = (g) => {
      for (const other of container.querySelectorAll('.mark[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false');
      g.setAttribute('aria-pressed', 'true');
      const mark = byId.get(g.id);
      if (mark) show(panel, mark, articleLink);
    };
    for (const g of container.querySelectorAll('.mark')) {
      g.setAttribute('aria-pressed', 'false');
      g.addEventListener('click', () => choose(g));
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(g); }
      });
    }
  }

  return { attach, show, el, statusWords };
})();
