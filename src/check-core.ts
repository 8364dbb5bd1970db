// On the deep-linked result's critical path (preloaded by result pages; budget in scripts/check-size.mjs).
// Every screen that needs any of the check's rules, data or helpers imports this whole set (a bare import),
// so the bundler ships them as one chunk: one request on the deep-linked result's critical path, not eight.
import './flow/url';
import './flow/questions';
import './rules/evaluate';
import './rules/facts';
import './rules/fact-store';
import './rules/municipal';
import './rules/merged';
import './screens/check/names';
import './screens/check/factVars';
import './flow/device';
import './i18n/format';
