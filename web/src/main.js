// Composes the page: search, canvas, properties, saved queries, the Cypher box and the result views,
// all talking to the server through hub/explorerClient.js.
import { ExplorerClient } from './hub/explorerClient.js';
import { GraphCanvas } from './canvas/graphCanvas.js';
import { displayName, primaryLabel } from './canvas/values.js';
import { CypherEditor } from './editor/cypherEditor.js';
import { applyStaticStrings, currentLanguage, onLanguageChange, t, toggleLanguage } from './i18n/i18n.js';
import { el } from './ui/dom.js';
import { PropertiesPanel } from './ui/propertiesPanel.js';
import { ResultTable } from './ui/resultTable.js';
import { SavedQueriesPanel } from './ui/savedQueriesPanel.js';
import { StatusBar } from './ui/statusBar.js';

const SEARCH_LIMIT = 50;
const EXPAND_LIMIT = 100;
const $ = (id) => document.getElementById(id);

const client = new ExplorerClient();
const status = new StatusBar($('status'), $('cancel'));
const properties = new PropertiesPanel($('properties'));
const table = new ResultTable($('table'));
const canvas = new GraphCanvas($('canvas'), {
  language: currentLanguage(),
  onSelect: (value) => properties.show(value),
  onExpand: (elementId) => expand(elementId),
});
const editor = new CypherEditor($('editor'), {
  initialText: 'MATCH (p:Person)-[r]->(s:School)\nRETURN p, r, s\nLIMIT 25',
  onRun: (text) => runCypher(text),
});
const saved = new SavedQueriesPanel($('saved-queries'), $('saved-form'), {
  onRun: (query, parameters) => {
    editor.text = query.text;
    runQuery((handlers) => client.runSaved(query.name, parameters, handlers));
  },
});

let searchHandle = null;

function search(text) {
  searchHandle?.cancel();
  const list = $('search-results');
  list.replaceChildren();
  let found = 0;
  searchHandle = status.track(client.search(text, SEARCH_LIMIT, {
    onRow: ([node]) => {
      found += 1;
      status.countRow();
      list.append(searchResultItem(node));
    },
    onSummary: (summary) => {
      status.summary(summary);
      if (found === 0) list.append(el('li', { className: 'muted', text: t('noResults') }));
    },
    onError: (error) => status.show(`${error.code}: ${error.message}`),
  }));
}

function searchResultItem(node) {
  const item = el('li', { className: 'item', attrs: { 'data-element-id': node.elementId } }, [
    el('span', { className: 'name', text: displayName(node, currentLanguage()) }),
    el('span', { className: 'badge', text: primaryLabel(node) }),
  ]);
  const other = currentLanguage() === 'en' ? node.properties.name : node.properties.name_en;
  if (typeof other === 'string') item.append(el('span', { className: 'secondary', text: other }));
  item.addEventListener('click', () => {
    canvas.add([node]);
    properties.show(canvas.select(node.elementId) ?? node);
  });
  return item;
}

function expand(elementId) {
  status.track(client.expand(elementId, EXPAND_LIMIT, {
    onRow: (values) => {
      status.countRow();
      canvas.add(values, elementId);
    },
    onSummary: (summary) => status.summary(summary),
    onError: (error) => status.show(`${error.code}: ${error.message}`),
  }));
}

function runCypher(text) {
  runQuery((handlers) => client.runCypher(text, {}, handlers));
}

// Shared by ad-hoc and saved queries: rows go to the table and the canvas as they arrive.
function runQuery(start) {
  showError(null);
  table.reset([]);
  status.track(start({
    onKeys: (keys) => table.reset(keys),
    onRow: (values) => {
      status.countRow();
      table.addRow(values);
      canvas.add(values);
    },
    onSummary: (summary) => status.summary(summary),
    onError: (error) => {
      showError(error);
      status.show(error.code);
    },
  }));
}

function showError(error) {
  const box = $('query-error');
  editor.markError(error?.start ?? null, error?.length ?? 0);
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const where = error.line ? `${error.line}:${error.column}` : '';
  box.replaceChildren(
    el('div', { className: 'code', text: error.code }),
    el('div', { className: 'where', text: where ? `${t('errorAt', error.line, error.column)} (${where})` : '' }),
    el('pre', { className: 'message', text: error.message }));
  box.dataset.code = error.code;
  box.dataset.line = error.line ?? '';
  box.dataset.column = error.column ?? '';
  box.hidden = false;
}

function showView(view) {
  $('canvas').hidden = view !== 'graph';
  $('table').hidden = view !== 'table';
  $('view-graph').classList.toggle('active', view === 'graph');
  $('view-table').classList.toggle('active', view === 'table');
  if (view === 'graph') canvas.cy.resize();
}

function wire() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    search($('search-input').value);
  });
  $('run').addEventListener('click', () => runCypher(editor.text));
  $('view-graph').addEventListener('click', () => showView('graph'));
  $('view-table').addEventListener('click', () => showView('table'));
  $('clear-canvas').addEventListener('click', () => {
    canvas.clear();
    properties.show(null);
  });
  $('language').addEventListener('click', () => toggleLanguage());
  onLanguageChange((language) => {
    $('language').textContent = t('otherLanguage');
    canvas.setLanguage(language);
    saved.render();
    properties.refresh();
    status.refresh();
  });
  client.onStateChange((state) => status.show(state === 'connected' ? '' : t(state === 'reconnecting' ? 'connecting' : 'disconnected')));
}

async function main() {
  applyStaticStrings();
  $('language').textContent = t('otherLanguage');
  wire();
  status.show(t('connecting'));
  await client.start();
  status.show('');
  try {
    saved.setQueries(await client.savedQueries());
  } catch (error) {
    status.show(String(error?.message ?? error));
  }
  document.body.dataset.ready = 'true';
}

// A hook for the browser tests and for debugging in the console: the Cytoscape instance and the client.
window.shanhai = { cy: canvas.cy, client, ready: main() };
