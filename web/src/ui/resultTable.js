// The table view of the last query: one column per key, rows appended as they stream in.
import { el } from './dom.js';
import { formatValue } from '../canvas/values.js';

export class ResultTable {
  constructor(container) {
    this.container = container;
    this.body = null;
  }

  reset(keys) {
    this.body = el('tbody');
    const head = el('thead', {}, [el('tr', {}, keys.map((key) => el('th', { text: key })))]);
    this.container.replaceChildren(el('table', { className: 'results' }, [head, this.body]));
  }

  addRow(values) {
    this.body?.append(el('tr', {}, values.map((value) => el('td', { text: formatValue(value) }))));
  }
}
