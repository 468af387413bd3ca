import { describe, expect, test } from 'vitest';
import { createSSRApp, h } from 'vue';
import { createI18n } from 'vue-i18n';
import { renderToString } from 'vue/server-renderer';
import zhCN from '@/i18n/zh-CN';
import DataTable from './DataTable.vue';

/** Renders DataTable with the given props and slots, as the server would (no DOM needed), without comments and scope ids. */
async function render(props: Record<string, unknown>, slots: Record<string, (scope?: never) => unknown>): Promise<string> {
  const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN } });
  const html = await renderToString(createSSRApp({ render: () => h(DataTable, props, slots) }).use(i18n));
  return html.replace(/<!--[^]*?-->/g, '').replace(/ data-v-[0-9a-f]+/g, '');
}

interface Unit {
  code: string;
  name: string;
}
const units: Unit[] = [
  { code: 'U1', name: 'North' },
  { code: 'U2', name: 'South' },
];

describe('DataTable', () => {
  test('the default slot is the whole inside of the table, as before', async () => {
    const html = await render({ testid: 't', class: 'mine' }, { default: () => h('tbody', [h('tr', [h('td', 'x')])]) });
    expect(html).toContain('<div class="mine table-wrap">');
    expect(html).toContain('<table class="data-table" data-testid="t"><tbody><tr><td>x</td></tr></tbody></table>');
  });

  test('with rows it writes the header row, one <tr> per row with its attributes, and the foot', async () => {
    const html = await render(
      {
        rows: units,
        rowKey: (u: Unit) => u.code,
        rowAttrs: (u: Unit) => ({ 'data-testid': 'unit-row', 'data-unit-code': u.code, class: { own: u.code === 'U2' } }),
      },
      {
        head: () => h('th', 'Unit'),
        'before-rows': () => h('tr', { class: 'first' }, [h('td', '-')]),
        row: ({ row }: { row: Unit }) => h('td', row.name),
        foot: () => h('tr', [h('td', 'total')]),
      } as never,
    );
    expect(html).toContain('<thead><tr><th>Unit</th></tr></thead>');
    expect(html).toContain(
      '<tbody><tr class="first"><td>-</td></tr>'
        + '<tr data-testid="unit-row" data-unit-code="U1" class=""><td>North</td></tr>'
        + '<tr data-testid="unit-row" data-unit-code="U2" class="own"><td>South</td></tr></tbody>',
    );
    expect(html).toContain('<tfoot><tr><td>total</td></tr></tfoot>');
  });

  test('row attributes may be one object for every row; no head or foot slot, no thead or tfoot', async () => {
    const html = await render(
      { rows: units, rowAttrs: { 'data-testid': 'unit-row' } },
      { row: ({ row }: { row: Unit }) => h('td', row.code) } as never,
    );
    expect(html.match(/<tr data-testid="unit-row">/g)).toHaveLength(2);
    expect(html).not.toContain('<thead');
    expect(html).not.toContain('<tfoot');
  });
});
