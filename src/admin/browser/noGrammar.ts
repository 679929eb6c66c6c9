/**
 * What the web editor gets instead of a code-highlighting grammar (src/integrations/cmsGrammars.ts):
 * a grammar module exports a list of grammars; this one has none.
 */
export default [];
