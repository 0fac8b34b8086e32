// The details panel: labels or type, every property, and the provenance quote set apart, all as text.
import { el } from './dom.js';
import { formatValue } from '../canvas/values.js';
import { t } from '../i18n/i18n.js';

// Names first, then the rest alphabetically.
const LEADING = ['name', 'name_en', 'pinyin', 'key'];
const rank = (key) => (LEADING.includes(key) ? LEADING.indexOf(key) : LEADING.length);

export class PropertiesPanel {
  constructor(container) {
    this.container = container;
    this.value = null;
  }

  show(value) {
    this.value = value;
    this.container.replaceChildren();
    if (!value) {
      this.container.append(el('p', { className: 'muted', text: t('selectHint') }));
      return;
    }
    const properties = value.properties ?? {};
    const heading = value.$type === 'node'
      ? el('div', { className: 'kind' }, value.labels.map((label) => el('span', { className: 'badge', text: label })))
      : el('div', { className: 'kind' }, [el('span', { className: 'badge rel', text: value.type })]);
    this.container.append(heading);
    if (typeof properties.quote === 'string') {
      this.container.append(el('h3', { text: t('source') }), el('blockquote', { className: 'quote', text: properties.quote }));
    }
    const rows = Object.entries(properties)
      .filter(([key]) => key !== 'quote')
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([key, item]) => el('tr', {}, [el('th', { text: key }), el('td', { text: formatValue(item) })]));
    this.container.append(el('table', { className: 'props' }, [el('tbody', {}, rows)]));
  }

  refresh() {
    this.show(this.value);
  }
}
