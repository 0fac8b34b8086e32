// Helpers over the hub's JSON value shape (Results/CypherJson.cs): nodes, relationships and paths are
// objects tagged with "$type"; everything else is plain JSON.

export function isNode(value) {
  return value !== null && typeof value === 'object' && value.$type === 'node';
}

export function isRelationship(value) {
  return value !== null && typeof value === 'object' && value.$type === 'relationship';
}

/** Collects every node and relationship inside result values (lists, maps and paths included). */
export function collectGraph(values, nodes = new Map(), relationships = new Map()) {
  const visit = (value) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value.$type === 'node') {
      nodes.set(value.elementId, value);
    } else if (value.$type === 'relationship') {
      relationships.set(value.elementId, value);
    } else if (value.$type === 'path') {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else {
      Object.values(value).forEach(visit);
    }
  };
  values.forEach(visit);
  return { nodes, relationships };
}

/** The label shown for a node: its name in the current language, then any name, then its key. */
export function displayName(node, language) {
  const p = node.properties ?? {};
  const preferred = language === 'en' ? [p.name_en, p.name] : [p.name, p.name_en];
  const name = [...preferred, p.title, p.key].find((v) => typeof v === 'string' && v.length > 0);
  return name ?? node.elementId;
}

/** The label that classifies a node (Entity is on every node, so it never decides). */
export function primaryLabel(node) {
  return node.labels.find((label) => label !== 'Entity') ?? node.labels[0] ?? '';
}

/** A compact one-line text form of any value, for tables and property lists. */
export function formatValue(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value.$type === 'node') return `(:${value.labels.join(':')} ${formatValue(value.properties)})`;
  if (value.$type === 'relationship') return `[:${value.type} ${formatValue(value.properties)}]`;
  if (value.$type === 'path') return `<path of ${value.relationships.length}>`;
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ')}}`;
}
