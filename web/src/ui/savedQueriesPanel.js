// The saved-query side panel: the catalogue from the hub, and for the chosen query a form with one
// input per declared parameter (prefilled with its default) that runs it.
import { el } from './dom.js';
import { currentLanguage, t } from '../i18n/i18n.js';

export class SavedQueriesPanel {
  constructor(list, form, { onRun }) {
    this.list = list;
    this.form = form;
    this.onRun = onRun;
    this.queries = [];
    this.current = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.current) this.onRun(this.current, this.#readParameters());
    });
  }

  setQueries(queries) {
    this.queries = queries;
    this.render();
  }

  render() {
    let active = null;
    this.list.replaceChildren(...this.queries.map((query) => {
      const item = el('li', { className: 'item', text: this.#title(query), title: query.description, attrs: { 'data-name': query.name } });
      item.addEventListener('click', () => this.choose(query));
      if (query === this.current) {
        item.classList.add('active');
        active = item;
      }
      return item;
    }));
    if (active) {
      // The form opens right under the chosen query, not at the end of a long list.
      this.#renderForm(this.current);
      active.after(el('li', { className: 'form-holder' }, [this.form]));
    }
  }

  choose(query) {
    this.current = query;
    this.render();
  }

  #title(query) {
    return currentLanguage() === 'en' && query.titleEn ? query.titleEn : query.title;
  }

  #renderForm(query) {
    const fields = query.parameters.map((parameter) => {
      const input = el('input', { attrs: { name: parameter.name, 'data-type': parameter.type } });
      input.value = parameter.defaultValue === null || parameter.defaultValue === undefined
        ? ''
        : typeof parameter.defaultValue === 'string' ? parameter.defaultValue : JSON.stringify(parameter.defaultValue);
      return el('label', { title: parameter.description ?? '' }, [el('span', { text: `$${parameter.name} (${parameter.type})` }), input]);
    });
    this.form.replaceChildren(
      el('p', { className: 'description', text: query.description }),
      ...fields,
      el('button', { text: t('runSaved'), attrs: { type: 'submit' } }));
    this.form.hidden = false;
  }

  // Text inputs are sent as typed JSON where the declared type is not a string (the server converts too);
  // an empty non-string input is left out so the server applies the default.
  #readParameters() {
    const parameters = {};
    for (const input of this.form.querySelectorAll('input[name]')) {
      const type = input.dataset.type;
      const text = input.value;
      if (type === 'string') {
        parameters[input.name] = text;
      } else if (text.trim() !== '') {
        try {
          parameters[input.name] = JSON.parse(text);
        } catch {
          parameters[input.name] = text;
        }
      }
    }
    return parameters;
  }
}
