// Build-time only: the one inline script of every page (its hash is in the CSP, scripts/security-headers.ts;
// test/unit/choose.test.ts runs it and checks the hash). Before the first paint it picks the language to
// offer in one line at the top (src/app.tsx renders the lines hidden; html[data-offer] shows one), so the
// line takes its space from the start and nothing shifts. It never changes the page's language: the
// address says that. Offered: the language the person chose earlier on this device, else the first of the
// browser's languages that we have, when it is not the page's. Not on links that name a language (?lang=),
// not in assisted mode (?mode=), not after the person closed the line. ES5, so it runs everywhere.
export const OFFER_SCRIPT =
  "(function(){try{var d=document.documentElement,L=['lv','en','ru','uk'],s=localStorage,o=s.getItem('e-gatavs.lang');" +
  "if(/[?&](lang|mode)=/.test(location.search)||s.getItem('e-gatavs.offer'))return;" +
  "if(L.indexOf(o)<0)o=(navigator.languages||[]).map(function(l){return String(l).toLowerCase().split('-')[0]})" +
  ".filter(function(l){return L.indexOf(l)>=0})[0];" +
  "if(o&&o!==d.lang)d.setAttribute('data-offer',o)}catch(e){}})()";
