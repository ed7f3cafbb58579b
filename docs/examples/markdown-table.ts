// Not shown in the guides: prints rows as a markdown table, so an example's output can be
// compared with the table committed in a guide (docs/examples.test.ts).

/** Logs `rows` under `header` as a GitHub-flavoured markdown table. */
export const printTable = (header: readonly string[], rows: readonly (readonly string[])[]) => {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  console.log(line(header));
  console.log(line(header.map(() => '---')));
  for (const row of rows) console.log(line(row));
};
