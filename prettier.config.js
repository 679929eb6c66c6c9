// @ts-check
/**
 * Prettier, checked by `npm test` (`npm run lint`); `npx prettier --write .` formats everything.
 * The options keep the code's existing style (single quotes, semicolons, trailing commas), with
 * lines up to 160 characters: many of the project's lines are long, and a narrower width would
 * rewrap most of the code. What Prettier leaves alone, and why: .prettierignore.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 160,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
};
