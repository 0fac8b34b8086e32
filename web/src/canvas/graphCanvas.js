// The Cytoscape.js canvas: adds nodes and relationships as result rows stream in, lays them out in
// batches, and reports taps (select) and double taps (expand). Labels are set through Cytoscape's data,
// which draws them as text on the canvas, never as HTML.
import cytoscape from 'cytoscape';
import { collectGraph, displayName, primaryLabel } from './values.js';

const MAX_FIT_ZOOM = 1.2;

// Long edges and strong repulsion: node labels are Chinese names up to ~15 characters wide.
const LAYOUT = {
  name: 'cose',
  animate: false,
  randomize: false,
  fit: true,
  padding: 40,
  idealEdgeLength: () => 120,
  nodeRepulsion: () => 400000,
  nodeOverlap: 40,
  gravity: 0.3,
  numIter: 1500,
};
const PALETTE = ['#c0392b', '#2471a3', '#229954', '#b9770e', '#7d3c98', '#138d75', '#a04000', '#566573'];

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      color: '#1f2328',
      'font-size': 12,
      'font-family': '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node:selected', style: { 'border-color': '#f1c40f', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 1.5,
      'line-color': '#a6acaf',
      'target-arrow-color': '#a6acaf',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#566573',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', width: 3 } },
];

export class GraphCanvas {
  #colors = new Map();
  #pendingLayout = 0;
  #language;

  constructor(container, { onSelect, onExpand, language }) {
    this.#language = language;
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node, edge', (event) => onSelect(event.target.data('value')));
    this.cy.on('dbltap', 'node', (event) => onExpand(event.target.id()));
  }

  /** Adds the graph inside result values; returns the number of new elements. */
  add(values, around = null) {
    const { nodes, relationships } = collectGraph(values);
    const added = [];
    const centre = around ? this.cy.getElementById(around) : null;
    const origin = centre?.nonempty() ? centre.position() : { x: 0, y: 0 };
    for (const node of nodes.values()) {
      if (this.cy.getElementById(node.elementId).nonempty()) continue;
      added.push({
        group: 'nodes',
        data: { id: node.elementId, label: displayName(node, this.#language), color: this.#colorOf(node), value: node },
        position: { x: origin.x + (Math.random() - 0.5) * 120, y: origin.y + (Math.random() - 0.5) * 120 },
      });
    }
    this.cy.add(added);
    const edges = [];
    for (const rel of relationships.values()) {
      if (this.cy.getElementById(rel.elementId).nonempty()) continue;
      if (this.cy.getElementById(rel.start).empty() || this.cy.getElementById(rel.end).empty()) continue;
      edges.push({ group: 'edges', data: { id: rel.elementId, source: rel.start, target: rel.end, label: rel.type, value: rel } });
    }
    this.cy.add(edges);
    if (added.length + edges.length > 0) this.#scheduleLayout();
    return added.length + edges.length;
  }

  select(elementId) {
    this.cy.elements().unselect();
    const element = this.cy.getElementById(elementId);
    element.select();
    return element.nonempty() ? element.data('value') : null;
  }

  clear() {
    this.cy.elements().remove();
  }

  setLanguage(language) {
    this.#language = language;
    this.cy.nodes().forEach((n) => n.data('label', displayName(n.data('value'), language)));
  }

  #colorOf(node) {
    const label = primaryLabel(node);
    if (!this.#colors.has(label)) this.#colors.set(label, PALETTE[this.#colors.size % PALETTE.length]);
    return this.#colors.get(label);
  }

  // Rows arrive one by one; laying out once per animation frame keeps a large stream cheap.
  #scheduleLayout() {
    if (this.#pendingLayout) return;
    this.#pendingLayout = requestAnimationFrame(() => {
      this.#pendingLayout = 0;
      this.cy.layout(LAYOUT).run();
      // Fitting a handful of nodes would blow them up to poster size.
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
    });
  }
}
